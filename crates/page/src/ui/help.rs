//! Keyboard shortcuts, and the `?` overlay that lists them.

use leptos::prelude::*;

use crate::browser::page;

use super::dialogs::{Dialog, Dialogs};
use super::modal::Modal;
use super::presenter::LeversHidden;
use super::presenter::toggle_presenting;
use super::state::{AppState, use_app};
use super::undo::Undo;
use hps_model::sim::timeline::Milestone;

/// (keys, what they do) for the overlay.
const SHORTCUTS: &[(&str, &str)] = &[
    ("?", "help.k_help"),
    ("P", "help.k_present"),
    ("L", "help.k_levers"),
    ("1 / 2 / 3", "help.k_milestone"),
    ("B", "help.k_bench"),
    ("S", "help.k_share"),
    ("Ctrl+Z", "help.k_undo"),
    ("Ctrl+Shift+Z / Ctrl+Y", "help.k_redo"),
    ("R", "help.k_reset"),
    ("Esc", "help.k_escape"),
];

#[component]
pub fn HelpDialog() -> impl IntoView {
    let app = use_app();
    view! {
        <Modal kind=Dialog::Help title=app.t("help.title")>
            <table class="shortcuts" data-shortcuts="">
                <tbody>
                    {SHORTCUTS.iter().map(|(k, what)| view! { <tr><th scope="row"><kbd>{*k}</kbd></th><td>{app.t(what)}</td></tr> }).collect_view()}
                </tbody>
            </table>
            <p class="hint">{app.t("help.tab")}</p>
        </Modal>
    }
}

/// Global shortcuts. Keys go to a field while one has focus, except Escape.
pub fn keyboard_shortcuts(app: AppState, undo: Undo, dialogs: Dialogs, levers: LeversHidden) {
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let key = ev.key();
        let in_field = page::typing_into_a_field(&ev);
        if ctrl && !in_field {
            match key.as_str() {
                "z" | "Z" if ev.shift_key() => undo.redo(app),
                "z" => undo.undo(app),
                "y" => undo.redo(app),
                _ => return,
            }
            ev.prevent_default();
            return;
        }
        // A dialog that is open in the page (its state may lag its closing by a moment) keeps
        // the keys for itself.
        let dialog_open = page::dialog_open();
        if ctrl || ev.alt_key() || in_field || dialog_open {
            return;
        }
        match key.as_str() {
            "?" => dialogs.open(Dialog::Help),
            "p" | "P" => toggle_presenting(app),
            "l" | "L" => levers.toggle(),
            "1" => app.set_milestone(Milestone::Y2025),
            "2" if app.offers(Milestone::Y2030) => app.set_milestone(Milestone::Y2030),
            "3" => app.set_milestone(Milestone::Y2035),
            "b" | "B" => app.toggle_benchmarks(),
            "s" | "S" => dialogs.open(Dialog::Share),
            "r" | "R" => undo.reset(app),
            "Escape" if app.presenting.get_untracked() => toggle_presenting(app),
            _ => return,
        }
        ev.prevent_default();
    });
}
