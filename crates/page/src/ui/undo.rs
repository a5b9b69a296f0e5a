//! Undo, redo and reset. Each snapshot is the scenario as a share-link query (plan, levers,
//! growth, tracked values, milestone, chart and benchmark settings), recorded once the page has
//! been still for a moment, so a slider drag is one step.

use leptos::prelude::*;

use crate::browser::timer::Debounce;

use super::address_bar::{scenario_shared, track_link};
use super::state::{AppState, Opened};
use hps_model::link::{Shared, decode, encode, scenario_from};
use hps_model::plan::Plan;

/// What a snapshot holds: not the language or the embedding, which are not the scenario, nor the
/// plan's compressed copy (the plan is in the library already; its copy arriving is no step).
fn snapshot(app: AppState) -> String {
    let mut s = scenario_shared(app, false);
    s.pz = None;
    s.src = None;
    encode(&s)
}

/// Puts a snapshot on screen. The history already holds it as its current entry, so the
/// recorder's later record of the same snapshot changes nothing.
fn restore(app: AppState, query: &str) {
    apply_shared(app, &decode(query, app.catalog).shared);
}

/// Applies a link's scenario to the page (its plan, data edition, levers and view settings).
pub fn apply_shared(app: AppState, s: &Shared) {
    let plan = s
        .plan
        .as_ref()
        .and_then(|id| app.library.with_untracked(|l| l.find_listed(id)))
        .unwrap_or_else(|| app.plan.get_untracked());
    let (added, _) = super::added::from_link(s.st.as_deref(), app.catalog);
    let shown = Plan::as_shown(&plan, s.edition(), &added);
    let start = app.start_for(&shown, s.edition());
    let scenario = scenario_from(app.catalog, &shown, &start, s);
    app.open(Opened {
        plan,
        added,
        scenario,
        edition: s.edition(),
        view: s.view.clone(),
    });
}

#[derive(Clone, Copy)]
pub struct Undo {
    /// The recording that waits for the page to be still (one per burst of changes).
    recording: Debounce,
}

impl Undo {
    /// Records a change still waiting for the page to be still, so undo goes back one step.
    fn flush(&self, app: AppState) {
        self.recording.cancel();
        let snap = snapshot(app);
        app.history.update(|h| h.record(snap));
    }

    pub fn undo(&self, app: AppState) {
        self.flush(app);
        let mut prev = None;
        app.history.update(|h| prev = h.undo());
        if let Some(q) = prev {
            restore(app, &q);
        }
    }

    pub fn redo(&self, app: AppState) {
        self.recording.cancel();
        let mut next = None;
        app.history.update(|h| next = h.redo());
        if let Some(q) = next {
            restore(app, &q);
        }
    }

    /// Back to where the plan starts (itself a step that can be undone).
    pub fn reset(&self, app: AppState) {
        app.reset_scenario();
        app.set_range(None);
    }
}

/// Starts recording and returns the handle the buttons and shortcuts use.
pub fn keep_history(app: AppState) -> Undo {
    let recording = Debounce::new(400);
    app.history.update(|h| h.record(snapshot(app)));
    Effect::new(move |prev: Option<()>| {
        track_link(app);
        if prev.is_none() {
            return; // the first run only subscribes; the opening state is recorded above
        }
        recording.schedule(move || {
            let snap = snapshot(app);
            app.history.update(|h| h.record(snap));
        });
    });
    Undo { recording }
}
