//! Presenter mode: full screen, large type, high contrast, the results filling the screen.

use leptos::prelude::*;

use super::deferred::{once_all_shown, show_all_now};
use super::state::{AppState, Dialog};
use crate::browser::page;
use hps_model::link::view::NamedView;

pub fn toggle_presenting(app: AppState) {
    let on = !app.presenting.get_untracked();
    app.set_presenting(on);
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
            if !full && app.presenting.get_untracked() {
                app.set_presenting(false);
            }
        },
    );
}

/// A link made while showing the chart, the tracked targets, the scoreboard or a comparison
/// opens there: the part is scrolled to (or the dialog opened) once it is on the page.
pub fn go_to_named_view(app: AppState) {
    let target = match app.named_view() {
        Some(NamedView::Chart) => "[data-chart]",
        Some(NamedView::Tracked) => "#tracked-title",
        Some(NamedView::Scoreboard) => "#scoreboard-title",
        Some(NamedView::Compare) => "",
        Some(NamedView::Present) | None => return,
    };
    show_all_now();
    once_all_shown(move || {
        if target.is_empty() {
            app.dialog.set(Some(Dialog::Compare));
        } else if let Ok(Some(el)) = document().query_selector(target) {
            el.scroll_into_view();
        }
    });
}
