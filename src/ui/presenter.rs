//! Presenter mode: full screen, large type, high contrast, the results filling the screen.

use leptos::prelude::*;

use super::state::AppState;
use crate::browser::page;

pub fn toggle_presenting(app: AppState) {
    let on = !app
        .named_view
        .with_untracked(|v| v.as_deref() == Some("present"));
    app.named_view.set(on.then(|| "present".to_string()));
    // The browser may refuse full screen (an iframe, a test): presenter mode applies anyway.
    if on {
        page::enter_fullscreen();
    } else {
        page::exit_fullscreen();
    }
}

/// Leaving full screen with the browser's own Escape ends presenter mode too.
pub fn follow_fullscreen(app: AppState) {
    let _ = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("fullscreenchange"),
        move |_| {
            let full = page::is_fullscreen();
            if !full
                && app
                    .named_view
                    .with_untracked(|v| v.as_deref() == Some("present"))
            {
                app.named_view.set(None);
            }
        },
    );
}
