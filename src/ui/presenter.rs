//! Presenter mode: full screen, large type, high contrast, the results filling the screen.

use leptos::prelude::*;

use super::state::AppState;

pub fn toggle_presenting(app: AppState) {
    let on = !app
        .named_view
        .with_untracked(|v| v.as_deref() == Some("present"));
    app.named_view.set(on.then(|| "present".to_string()));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if on {
        if let Some(root) = doc.document_element() {
            // Browsers may refuse (an iframe without permission, a test): presenter mode still applies.
            let _ = root.request_fullscreen();
        }
    } else if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    }
}

/// Leaving full screen with the browser's own Escape ends presenter mode too.
pub fn follow_fullscreen(app: AppState) {
    let _ = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("fullscreenchange"),
        move |_| {
            let full = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.fullscreen_element().is_some());
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
