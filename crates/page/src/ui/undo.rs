//! Undo, redo and reset over scenarios on screen (`link_state::Snapshot`), each recorded once
//! the page has been still for a moment, so a slider drag is one step.

use leptos::prelude::*;

use super::history::History;
use super::link_state::{PageChanged, Snapshot, restore, snapshot};
use super::state::AppState;
use crate::browser::timer::Debounce;

#[derive(Clone, Copy)]
pub struct Undo {
    /// The recording that waits for the page to be still (one per burst of changes).
    recording: Debounce,
    /// The steps back and forward.
    pub history: RwSignal<History<Snapshot>>,
}

impl Undo {
    /// Records a change still waiting for the page to be still, so undo goes back one step.
    fn flush(&self, app: AppState) {
        self.recording.cancel();
        let snap = snapshot(app);
        self.history.update(|h| h.record(snap));
    }

    pub fn undo(&self, app: AppState) {
        self.flush(app);
        let mut prev = None;
        self.history.update(|h| prev = h.undo());
        if let Some(s) = prev {
            restore(app, &s);
        }
    }

    pub fn redo(&self, app: AppState) {
        self.recording.cancel();
        let mut next = None;
        self.history.update(|h| next = h.redo());
        if let Some(s) = next {
            restore(app, &s);
        }
    }

    /// Back to where the plan starts (itself a step that can be undone).
    pub fn reset(&self, app: AppState) {
        app.reset_scenario();
        app.set_range(None);
    }
}

/// Starts recording after every change of the page, and returns the handle the buttons and
/// shortcuts use. A restored snapshot is the history's current entry already, so recording it
/// again changes nothing.
pub fn keep_history(app: AppState, changed: PageChanged) -> Undo {
    let recording = Debounce::new(400);
    let history = RwSignal::new(History::default());
    history.update(|h| h.record(snapshot(app)));
    Effect::new(move |_| {
        changed.track();
        recording.schedule(move || {
            let snap = snapshot(app);
            history.update(|h| h.record(snap));
        });
    });
    Undo { recording, history }
}
