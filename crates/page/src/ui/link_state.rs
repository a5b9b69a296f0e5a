//! The one owner of "the page ↔ a link". The page becomes a link here (`to_link`: the address
//! bar, the share and embed dialogs, the exports) and a link becomes the page here (`open_link`:
//! undo and redo, a saved scenario, a carried plan, the newest data); undo keeps scenarios
//! (`Snapshot`), not link strings. One "page changed" trigger, fed by everything a link holds,
//! wakes the address bar and undo alike.

use leptos::prelude::*;

use super::added;
use super::state::{AppState, Opened};
use hps_model::link::embed::Embedding;
use hps_model::link::travel::statistics_param;
use hps_model::link::view::ViewSettings;
use hps_model::link::{Shared, scenario_from, shared_from};
use hps_model::plan::Plan;
use hps_model::plan::edition::Edition;
use hps_model::sim::scenario::Scenario;

/// The whole page as link parameters: the plan and its scenario, the language, the view, the
/// figures added to the plan, what an embedder fixed, and a user's plan (its file or itself).
/// Tracked: an effect that calls it follows the page.
pub fn to_link(app: AppState) -> Shared {
    let mut s = app.plan.with(|p| {
        app.start
            .with(|st| app.scenario.with(|sc| shared_from(app.catalog, p, st, sc)))
    });
    s.lang = Some(app.lang.get());
    s.view = app.view_settings();
    s.st = app.added.with(|a| statistics_param(a, app.catalog));
    s.embedding = app.embedding.clone();
    app.travel.write_into(app.library, &mut s);
    s
}

/// The scenario on screen as link parameters, without the embedding (an embed's own settings)
/// and, for saved scenarios, without the language.
pub fn scenario_link(app: AppState, keep_lang: bool) -> Shared {
    let mut s = to_link(app);
    if !keep_lang {
        s.lang = None;
    }
    s.embedding = Embedding::default();
    s
}

/// Subscribes the running effect to everything a link holds, without building the link.
fn track(app: AppState) {
    app.plan.track();
    app.start.track();
    app.scenario.track();
    app.lang.track();
    app.track_view();
    app.library.track();
    app.added.track();
    app.travel.track();
}

/// Opens a link's scenario on the page: its plan (the open one if it names none the library
/// has), data edition, figures added, levers and view.
pub fn open_link(app: AppState, s: &Shared) {
    let plan = s
        .plan
        .as_ref()
        .and_then(|id| app.library.with_untracked(|l| l.find_listed(id)))
        .or_else(|| {
            let id = app.plan.with_untracked(|p| p.id.clone());
            app.library.with_untracked(|l| l.find(&id))
        })
        .unwrap_or_else(|| app.plan.get_untracked());
    let (added, _) = added::from_link(s.st.as_deref(), app.catalog);
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

/// One step of undo: the scenario on screen, not the language, the embedding or a carried plan's
/// copy (the plan is in the library already; its copy arriving is no step).
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    plan: String,
    edition: Edition,
    scenario: Scenario,
    view: ViewSettings,
    /// The figures added to the plan, as a link carries them.
    added: Option<String>,
}

/// The scenario on screen, untracked.
pub fn snapshot(app: AppState) -> Snapshot {
    Snapshot {
        plan: app.plan.with_untracked(|p| p.id.clone()),
        edition: app.edition.get_untracked(),
        scenario: app.scenario.get_untracked(),
        view: app.view_untracked(),
        added: app
            .added
            .with_untracked(|a| statistics_param(a, app.catalog)),
    }
}

/// Puts a snapshot back on screen.
pub fn restore(app: AppState, s: &Snapshot) {
    let Some(plan) = app.library.with_untracked(|l| l.find(&s.plan)) else {
        return;
    };
    let (added, _) = added::from_link(s.added.as_deref(), app.catalog);
    app.open(Opened {
        plan,
        added,
        scenario: s.scenario.clone(),
        edition: s.edition,
        view: s.view.clone(),
    });
}

/// "The page changed": one trigger, notified after any change to what a link holds.
#[derive(Clone, Copy)]
pub struct PageChanged(Trigger);

impl PageChanged {
    /// Subscribes the running effect.
    pub fn track(&self) {
        self.0.track();
    }
}

/// Starts watching the page; the address bar and undo follow the trigger it returns.
pub fn watch(app: AppState) -> PageChanged {
    let changed = Trigger::new();
    Effect::new(move |prev: Option<()>| {
        track(app);
        // The page opened on what the address already says: no change yet.
        if prev.is_some() {
            changed.notify();
        }
    });
    PageChanged(changed)
}
