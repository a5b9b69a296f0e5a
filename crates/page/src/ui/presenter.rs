//! Presenter mode: full screen, large type, high contrast, the results filling the screen.

use leptos::prelude::*;

use super::deferred::{once_all_shown, show_all_now};
use super::dialogs::{Dialog, Dialogs};
use super::state::AppState;
use crate::browser::page;
use hps_model::link::view::NamedView;

/// Presenter mode: the lever column can be hidden to give the screen to the results. A small
/// context of its own; not carried in links (a presenter hides it for a moment).
#[derive(Clone, Copy)]
pub struct LeversHidden(RwSignal<bool>);

impl LeversHidden {
    /// Provides the context for the page below; the levers show.
    pub fn provide() -> LeversHidden {
        let hidden = LeversHidden(RwSignal::new(false));
        provide_context(hidden);
        hidden
    }

    /// Whether they are hidden (tracked).
    pub fn get(self) -> bool {
        self.0.get()
    }

    pub fn toggle(self) {
        self.0.update(|h| *h = !*h);
    }
}

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
pub fn go_to_named_view(app: AppState, dialogs: Dialogs) {
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
            dialogs.open(Dialog::Compare);
        } else if let Ok(Some(el)) = document().query_selector(target) {
            el.scroll_into_view();
        }
    });
}
