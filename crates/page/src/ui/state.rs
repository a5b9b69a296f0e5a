//! The page's state: the plan, the scenario and the settings, as signals shared through context.
//! The model does the work; this only holds the signals and the memos that call it.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;

use super::notices::Notices;
use super::rows::RowSignals;
use hps_model::catalog::{Catalog, QuantityIx};
use hps_model::data::library::Library;
use hps_model::lang::Lang;
use hps_model::link::embed::Embedding;
use hps_model::link::view::{NamedView, ViewSettings};
use hps_model::plan::edition::Edition;
use hps_model::plan::{Plan, Statistic, Subject};
use hps_model::sim::assess::Tracked;
use hps_model::sim::benchmark::Benchmark;
use hps_model::sim::projection::Projection;
use hps_model::sim::report::{self, Report};
use hps_model::sim::reported::{Reports, reports};
use hps_model::sim::scenario::{Growth, PaceChoice, Scenario};
use hps_model::sim::solve::{LeverPlan, apply};
use hps_model::sim::start::Start;
use hps_model::sim::timeline::{Milestone, Today};
use hps_model::text::Text;
use hps_words::i18n;
use hps_words::words::Words;

/// The plans whose standards bind the open plan (its province's, its nation's), nearest first.
/// Compared by identity: the plans themselves never change once loaded.
#[derive(Clone, Default)]
pub struct Inherited(pub Vec<Arc<Plan>>);

impl PartialEq for Inherited {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|(a, b)| Arc::ptr_eq(a, b))
    }
}

/// What one lever reads of the scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LeverState {
    pub value: Option<f64>,
    pub choice: PaceChoice,
    pub yearly: f64,
    pub recent: Option<f64>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub catalog: &'static Catalog,
    /// Every plan the page knows, each with its origin (built-in, or the user's own).
    pub library: RwSignal<Library>,
    pub plan: RwSignal<Arc<Plan>>,
    pub scenario: RwSignal<Scenario>,
    /// How the page shows the scenario; written only through the setters below.
    view: RwSignal<ViewSettings>,
    // Each setting read on its own, so a change to one wakes only its readers.
    pub milestone: Memo<Milestone>,
    /// The milestone the open plan opens on (links do not write it).
    opening: Memo<Milestone>,
    /// Today by the browser's clock, read once: which years are past.
    pub today: Today,
    /// What the region reported for its passed targets and its standards'.
    pub reports: Memo<Arc<AllReports>>,
    pub lang: RwSignal<Lang>,
    pub projection: Memo<Projection>,
    pub report: Memo<Report>,
    /// The report's rows as signals of their own, for the table cells (see `rows.rs`).
    pub rows: RowSignals,
    /// The data edition the page opened on (a link's own; the newest for a fresh visit).
    pub edition: RwSignal<Edition>,
    /// Where the open plan's levers start and their recent pace, with sources.
    pub start: Memo<Arc<Start>>,
    /// The plans whose standards bind the open plan, nearest first.
    pub inherited: Memo<Inherited>,
    /// What each lever shows of the scenario (catalog order), and each lever's yearly change.
    /// The inputs and rows read these rather than the scenario: a slider move then wakes two
    /// memos, not the hundred inputs and cells that each subscribed to the scenario (issue 9).
    pub lever_states: Memo<Vec<LeverState>>,
    pub yearly: Memo<Vec<f64>>,
    /// What the user entered for tracked targets, by target id.
    pub tracked: Memo<BTreeMap<String, Tracked>>,
    /// Each inherited plan judged under the scenario (same order as `inherited`).
    pub standards: Memo<Vec<Report>>,
    /// The indicator the trajectory chart shows (the first one when `None`).
    pub chart: Memo<Option<String>>,
    /// The international comparisons beside the plan.
    pub international: Memo<bool>,
    /// Presenter mode.
    pub presenting: Memo<bool>,
    /// Population growth as a range (low, high percent a year) for the uncertainty sweep.
    pub range: Memo<Option<(f64, f64)>>,
    pub seed: Memo<u64>,
    /// What an embedding page fixed; read-only.
    pub embedding: &'static Embedding,
    pub benchmarks: &'static [Benchmark],
    /// The same starting values with no lever changing: the comparison line on the chart.
    pub baseline_projection: Memo<Projection>,
    /// Figures the user added to the open plan (from a pasted bulletin), beside its own.
    pub added: RwSignal<Vec<Statistic>>,
    /// How each user plan travels with its links (its compressed copy, or the file it came from).
    pub travel: super::carry::Travel,
    /// Where the page tells what it could not do (a handle on the `Notices` context).
    notices: Notices,
}

/// What the region reported for the passed targets of its own plan and of each standard it
/// inherits (in `inherited`'s order).
#[derive(Clone, Debug, PartialEq)]
pub struct AllReports {
    pub own: Reports,
    pub standards: Vec<Reports>,
}

/// What the page opens on: a plan, its scenario and the data edition that scenario starts from.
pub struct Opened {
    /// The plan as the library has it (every edition, nothing added).
    pub plan: Arc<Plan>,
    /// Figures the user added to it (a link's `st`).
    pub added: Vec<Statistic>,
    pub scenario: Scenario,
    pub edition: Edition,
    pub view: ViewSettings,
}

impl AppState {
    pub fn new(
        catalog: &'static Catalog,
        benchmarks: &'static [Benchmark],
        library: Library,
        opened: Opened,
        lang: Lang,
        embedding: &'static Embedding,
        notices: Notices,
    ) -> Self {
        let view = RwSignal::new(opened.view);
        let library = RwSignal::new(library);
        let edition = RwSignal::new(opened.edition);
        let plan = RwSignal::new(Plan::as_shown(&opened.plan, opened.edition, &opened.added));
        let added = RwSignal::new(opened.added);
        let scenario = RwSignal::new(opened.scenario);
        let today = crate::browser::page::today();
        let projection = Memo::new(move |_| scenario.with(|s| Projection::new(catalog, s)));
        let baseline_projection =
            Memo::new(move |_| scenario.with(|s| Projection::new(catalog, &s.held_flat())));
        let inherited = Memo::new(move |_| {
            let e = edition.get();
            library.with(|l| {
                plan.with(|p| Inherited(l.chain(p).iter().map(|c| Plan::as_of(c, e)).collect()))
            })
        });
        // What the region reported for its passed targets and for the standards it inherits:
        // computed when the plan, its data or the day change, never on a slider move.
        let reports = Memo::new(move |_| {
            let e = edition.get();
            plan.with(|p| {
                inherited.with(|inh| {
                    let chain: Vec<&Plan> = inh.0.iter().map(|c| c.as_ref()).collect();
                    let of = |targets: &[hps_model::plan::Target]| {
                        reports(catalog, targets, p, &chain, e, today)
                    };
                    Arc::new(AllReports {
                        own: of(&p.targets),
                        standards: inh.0.iter().map(|ip| of(&ip.targets)).collect(),
                    })
                })
            })
        });
        let report = Memo::new(move |_| {
            reports.with(|r| {
                plan.with(|p| {
                    scenario
                        .with(|s| projection.with(|pr| report::report(catalog, p, s, pr, &r.own)))
                })
            })
        });
        let start = Memo::new(move |_| {
            let edition = edition.get();
            library.with(|l| plan.with(|p| Arc::new(l.start(catalog, p, edition))))
        });
        let standards = Memo::new(move |_| {
            reports.with(|r| {
                inherited.with(|inh| {
                    scenario.with(|s| {
                        projection.with(|pr| {
                            inh.0
                                .iter()
                                .zip(&r.standards)
                                .map(|(ip, rep)| report::report(catalog, ip, s, pr, rep))
                                .collect::<Vec<_>>()
                        })
                    })
                })
            })
        });
        // Where the open plan opens: the first milestone its own targets fall in.
        let opening =
            Memo::new(move |_| plan.with(|p| Milestone::opening(p.targets.iter().map(|t| t.year))));
        let lever_states = Memo::new(move |_| {
            scenario.with(|s| {
                (0..catalog.quantities.len())
                    .map(|q| LeverState {
                        value: s.lever(q),
                        choice: s.pace_choice(q),
                        yearly: s.yearly_change(q),
                        recent: s.recent_yearly(q),
                    })
                    .collect()
            })
        });
        let yearly = Memo::new(move |_| {
            lever_states.with(|ls: &Vec<LeverState>| ls.iter().map(|l| l.yearly).collect())
        });
        let tracked = Memo::new(move |_| scenario.with(|s| s.tracked.clone()));
        let rows = RowSignals::new(report);
        AppState {
            catalog,
            library,
            rows,
            lever_states,
            yearly,
            tracked,
            plan,
            scenario,
            edition,
            view,
            milestone: Memo::new(move |_| view.with(|v| v.milestone_or(opening.get()))),
            opening,
            today,
            reports,
            lang: RwSignal::new(lang),
            projection,
            report,
            start,
            inherited,
            standards,
            chart: Memo::new(move |_| view.with(|v| v.chart.clone())),
            international: Memo::new(move |_| view.with(|v| v.benchmarks)),
            presenting: Memo::new(move |_| view.with(|v| v.presenting())),
            range: Memo::new(move |_| view.with(|v| v.range)),
            seed: Memo::new(move |_| view.with(|v| v.seed)),
            embedding,
            benchmarks,
            baseline_projection,
            added,
            travel: super::carry::Travel::default(),
            notices,
        }
    }

    /// The page's language. Not tracked: the whole page is rebuilt when the language changes
    /// (a rare event), so its many labels are plain text rather than one closure each.
    pub fn lang(&self) -> Lang {
        self.lang.get_untracked()
    }

    /// A string in the page's language.
    pub fn t(&self, key: &'static str) -> &'static str {
        i18n::t(self.lang(), key)
    }

    pub fn tf(&self, key: &'static str, args: &[(&str, &str)]) -> String {
        i18n::tf(self.lang(), key, args)
    }

    /// The page's sentences about the model, in its language.
    pub fn words(&self) -> Words<'static> {
        Words {
            catalog: self.catalog,
            lang: self.lang(),
        }
    }

    /// A bilingual text from the data, in the page's language.
    pub fn text(&self, text: &Text) -> String {
        text.get(self.lang()).to_string()
    }

    pub fn quantity_label(&self, q: QuantityIx) -> String {
        self.catalog
            .quantities
            .get(q)
            .map(|c| c.label.get(self.lang()).to_string())
            .unwrap_or_default()
    }

    pub fn quantity_unit(&self, q: QuantityIx) -> String {
        self.catalog
            .quantities
            .get(q)
            .map(|c| c.unit.get(self.lang()).to_string())
            .unwrap_or_default()
    }

    // Every change to the scenario goes through one of these, so a reader sees where it happens.

    pub fn set_lever(&self, q: QuantityIx, v: Option<f64>) {
        self.scenario.update(|s| s.set_lever(q, v));
    }

    /// A lever's pace: the recent pace, held flat, or the user's own yearly change.
    pub fn set_pace(&self, q: QuantityIx, p: PaceChoice) {
        self.scenario.update(|s| s.set_pace(q, p));
    }

    pub fn set_growth(&self, g: Growth) {
        self.scenario.update(|s| s.growth = g);
    }

    /// What the user entered for a tracked target (`None` clears it).
    pub fn set_tracked(&self, id: &str, v: Option<Tracked>) {
        self.scenario.update(|s| match v {
            Some(v) => {
                s.tracked.insert(id.to_string(), v);
            }
            None => {
                s.tracked.remove(id);
            }
        });
    }

    /// Applies what it takes: the lever plans' top-ups and yearly changes.
    pub fn apply_lever_plans(&self, plans: &[LeverPlan]) {
        self.scenario.update(|s| *s = apply(s, plans));
    }

    /// Puts a whole scenario on screen at once: a link's, an undo step's, a saved one's.
    pub fn open(&self, o: Opened) {
        self.scenario.set(o.scenario);
        let changed = self.edition.get_untracked() != o.edition
            || self.plan.with_untracked(|p| p.id != o.plan.id)
            || self.added.with_untracked(|a| !same_statistics(a, &o.added));
        self.edition.set(o.edition);
        if changed {
            self.plan.set(Plan::as_shown(&o.plan, o.edition, &o.added));
            self.added.set(o.added);
        }
        self.set_view(o.view);
    }

    /// Back to where the open plan starts.
    pub fn reset_scenario(&self) {
        self.scenario.set(self.starting_scenario());
    }

    /// Where a plan starts on `edition`'s data, with the plans it inherits from.
    pub fn start_for(&self, plan: &Plan, edition: Edition) -> Start {
        self.library
            .with_untracked(|l| l.start(self.catalog, plan, edition))
    }

    /// The open plan's starting scenario: its starting values at the recent pace.
    pub fn starting_scenario(&self) -> Scenario {
        Scenario::starting(self.catalog, &self.start.get_untracked())
    }

    /// Switches plan, starting from its starting values at the recent pace.
    pub fn choose_plan(&self, plan: Arc<Plan>) {
        let edition = self.edition.get_untracked();
        let added = super::added::load(&plan.id, self.catalog);
        let plan = Plan::as_shown(&plan, edition, &added);
        let start = self.start_for(&plan, edition);
        self.scenario.set(Scenario::starting(self.catalog, &start));
        self.added.set(added);
        self.plan.set(plan);
    }

    pub fn choose_plan_id(&self, id: &str) -> bool {
        let found = self.library.with_untracked(|l| l.find_listed(id));
        match found {
            Some(p) => {
                self.choose_plan(p);
                true
            }
            None => {
                self.report_broken_plans();
                false
            }
        }
    }

    /// Adds reported figures to the open plan (a figure for the same indicator and year replaces
    /// the one added before), keeps them in this browser, and starts the levers again from the
    /// data as it now stands. `false` when the browser would not store them.
    pub fn add_statistics(&self, new: Vec<Statistic>) -> bool {
        let mut all = self.added.get_untracked();
        all.retain(|old| {
            !new.iter()
                .any(|n| n.year == old.year && same_subject(n, old))
        });
        all.extend(new);
        self.set_added(all)
    }

    /// Takes the added figures off the open plan.
    pub fn remove_statistics(&self) -> bool {
        self.set_added(Vec::new())
    }

    fn set_added(&self, added: Vec<Statistic>) -> bool {
        let id = self.plan.with_untracked(|p| p.id.clone());
        let stored = super::added::save(&id, &added, self.catalog);
        let Some(plan) = self.library.with_untracked(|l| l.find(&id)) else {
            return stored;
        };
        let edition = self.edition.get_untracked();
        let shown = Plan::as_shown(&plan, edition, &added);
        let start = self.start_for(&shown, edition);
        self.added.set(added);
        self.scenario.set(Scenario::starting(self.catalog, &start));
        self.plan.set(shown);
        stored
    }

    /// A notice for each built-in plan file found to have errors when it was opened.
    pub fn report_broken_plans(&self) {
        for (file, _) in self.library.with_untracked(|l| l.broken()) {
            self.notices
                .push(self.tf("app.builtin_broken", &[("file", &file)]));
        }
    }

    pub fn is_user_plan(&self, id: &str) -> bool {
        self.library.with(|l| l.is_user(id))
    }

    /// Adds (or replaces) a user's plan, keeps it in local storage and opens it.
    /// Returns `false` when the browser would not store it (it is still used for the session).
    pub fn add_user_plan(&self, plan: Plan, text: String) -> bool {
        let mut added = None;
        self.library
            .update(|l| added = Some(l.add_user(plan, text)));
        if let Some(plan) = added {
            self.choose_plan(plan);
        }
        self.save_user_plans()
    }

    pub fn remove_user_plan(&self, id: &str) {
        self.library.update(|l| l.remove_user(id));
        self.save_user_plans();
        if self.plan.with_untracked(|p| p.id == id) {
            let next = self.library.with_untracked(|l| l.first_listed());
            if let Some(p) = next {
                self.choose_plan(p);
            }
        }
    }

    fn save_user_plans(&self) -> bool {
        let texts = self.library.with_untracked(|l| l.user_texts());
        super::user_plans::save_texts(&texts)
    }

    // Every change to the view settings goes through one of these.

    /// Whether the milestone switch offers `m`: 2025 and 2035 always, 2030 where the plan or a
    /// standard it inherits has a target due 2026–2030.
    pub fn offers(&self, m: Milestone) -> bool {
        if m != Milestone::Y2030 {
            return true;
        }
        let has = |p: &Plan| p.targets.iter().any(|t| m.includes(t.year));
        self.plan.with(|p| has(p)) || self.inherited.with(|i| i.0.iter().any(|p| has(p)))
    }

    /// Shows a milestone; the one the plan opens on is not written into links.
    pub fn set_milestone(&self, m: Milestone) {
        let opening = self.opening.get_untracked();
        self.view
            .update(|v| v.milestone = (m != opening).then_some(m));
    }

    pub fn set_chart(&self, indicator: Option<String>) {
        self.view.update(|v| v.chart = indicator);
    }

    pub fn toggle_benchmarks(&self) {
        self.update_view(|v| v.benchmarks = !v.benchmarks);
    }

    pub fn set_presenting(&self, on: bool) {
        self.view
            .update(|v| v.view = on.then_some(NamedView::Present));
    }

    pub fn set_range(&self, range: Option<(f64, f64)>) {
        self.view.update(|v| v.range = range);
    }

    /// One view setting, read (tracked): a new setting's control reads it with this, wrapped in
    /// a `Memo` where many things follow it.
    pub fn view<T>(&self, f: impl FnOnce(&ViewSettings) -> T) -> T {
        self.view.with(f)
    }

    /// Changes the view settings; the address bar and undo follow (they track the whole view).
    pub fn update_view(&self, f: impl FnOnce(&mut ViewSettings)) {
        self.view.update(f);
    }

    /// All the view settings at once (a link, an undo step).
    pub fn set_view(&self, settings: ViewSettings) {
        self.view.set(settings);
    }

    /// Subscribes the running effect to the view settings, without copying them.
    pub fn track_view(&self) {
        self.view.track();
    }

    /// The view settings as they are (tracked: a link follows them).
    pub fn view_settings(&self) -> ViewSettings {
        self.view.get()
    }

    /// The view settings, without subscribing.
    pub fn view_untracked(&self) -> ViewSettings {
        self.view.get_untracked()
    }

    /// Tells the user something until dismissed (see `Notices`).
    pub fn notify(&self, message: impl Into<String>) {
        self.notices.push(message);
    }

    /// The named view the page opened on, without subscribing.
    pub fn named_view(&self) -> Option<NamedView> {
        self.view.with_untracked(|v| v.view)
    }
}

/// Two statistics about the same quantity or indicator.
fn same_subject(a: &Statistic, b: &Statistic) -> bool {
    match (&a.subject, &b.subject) {
        (Subject::Quantity(x), Subject::Quantity(y)) => x == y,
        (Subject::Indicator(x), Subject::Indicator(y)) => x.id == y.id,
        _ => false,
    }
}

/// The same figures, in the same order (statistics have no equality of their own).
fn same_statistics(a: &[Statistic], b: &[Statistic]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            same_subject(x, y) && x.year == y.year && x.value == y.value && x.quote == y.quote
        })
}

pub fn use_app() -> AppState {
    // The App component provides it before any child renders.
    use_context::<AppState>().unwrap_or_else(|| panic!("AppState not provided"))
}
