//! The page's state: the plan, the scenario and the settings, as signals shared through context.
//! The model does the work; this only holds the signals and the memos that call it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n;
use crate::model::benchmark::Benchmark;
use crate::model::catalog::{Catalog, QuantityIx};
use crate::model::history::History;
use crate::model::plan::Plan;
use crate::model::projection::Projection;
use crate::model::report::{Milestone, Report, report};
use crate::model::saved::Saved;
use crate::model::scenario::Scenario;
use crate::model::share::Shared;
use crate::model::sweep::Sweep;
use crate::model::text::{Lang, Text};

/// How the page shows the scenario: part of a share link, not of the scenario itself.
#[derive(Clone, Debug, PartialEq)]
pub struct ViewSettings {
    /// The indicator the trajectory chart shows.
    pub chart: Option<String>,
    /// National benchmarks beside the plan's targets.
    pub benchmarks: bool,
    pub view: Option<String>,
    /// Embedded in another page: no site chrome.
    pub embed: bool,
    /// The levers shown when embedded (all when `None`).
    pub embed_levers: Option<Vec<String>>,
    /// What an embedding page fixed: `plan`, `milestone`, `levers`.
    pub lock: Vec<String>,
    /// Population growth as a range (low, high percent per year) for the uncertainty sweep.
    pub range: Option<(f64, f64)>,
    pub seed: u64,
}

impl Default for ViewSettings {
    fn default() -> Self {
        ViewSettings {
            chart: None,
            benchmarks: false,
            view: None,
            embed: false,
            embed_levers: None,
            lock: Vec::new(),
            range: None,
            seed: DEFAULT_SEED,
        }
    }
}

/// The uncertainty sweep's seed when the link gives none.
pub const DEFAULT_SEED: u64 = 20_250_101;

impl ViewSettings {
    pub fn from_shared(s: &Shared) -> Self {
        ViewSettings {
            chart: s.chart.clone(),
            benchmarks: s.benchmarks,
            view: s.view.clone(),
            embed: s.embed,
            embed_levers: s.embed_levers.clone(),
            lock: s.lock.clone(),
            range: s.range,
            seed: s.seed.unwrap_or(DEFAULT_SEED),
        }
    }

    pub fn write_into(&self, s: &mut Shared) {
        s.chart = self.chart.clone();
        s.benchmarks = self.benchmarks;
        s.view = self.view.clone();
        s.embed = self.embed;
        s.embed_levers = self.embed_levers.clone();
        s.lock = self.lock.clone();
        s.range = self.range;
        s.seed = self.range.map(|_| self.seed);
    }

    pub fn locked(&self, what: &str) -> bool {
        self.embed && self.lock.iter().any(|l| l == what)
    }

    pub fn presenting(&self) -> bool {
        self.view.as_deref() == Some("present")
    }
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub catalog: &'static Catalog,
    /// Built-in plans first, then the user's own.
    pub plans: RwSignal<Vec<Arc<Plan>>>,
    pub plan: RwSignal<Arc<Plan>>,
    pub scenario: RwSignal<Scenario>,
    pub milestone: RwSignal<Milestone>,
    pub lang: RwSignal<Lang>,
    pub projection: Memo<Projection>,
    pub report: Memo<Report>,
    /// The user's own plans: id and the text they loaded (kept in local storage).
    pub user_plans: RwSignal<Vec<(String, String)>>,
    /// Messages the page shows until dismissed (ignored link parameters, plans that no longer load).
    pub notices: RwSignal<Vec<String>>,
    pub view: RwSignal<ViewSettings>,
    pub benchmarks: &'static [Benchmark],
    /// The plan's baseline held flat: the comparison line on the chart.
    pub baseline_projection: Memo<Projection>,
    /// The latest uncertainty sweep, when a growth range is set.
    pub sweep: RwSignal<Option<Sweep>>,
    /// How long the last sweep took in the browser, in milliseconds.
    pub sweep_ms: RwSignal<f64>,
    pub history: RwSignal<History>,
    /// Which dialog is open, if any.
    pub dialog: RwSignal<Option<Dialog>>,
    /// Presenter mode: the lever column can be hidden to give the screen to the results.
    pub levers_hidden: RwSignal<bool>,
    /// Named scenarios saved in this browser.
    pub saved: RwSignal<Vec<Saved>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Share,
    Embed,
    Scenarios,
    Compare,
    Help,
}

impl AppState {
    pub fn new(
        catalog: &'static Catalog,
        benchmarks: &'static [Benchmark],
        plans: Vec<Arc<Plan>>,
        plan: Arc<Plan>,
        scenario: Scenario,
        lang: Lang,
    ) -> Self {
        let plans = RwSignal::new(plans);
        let plan = RwSignal::new(plan);
        let scenario = RwSignal::new(scenario);
        let projection = Memo::new(move |_| {
            let base = plan.with(|p| p.base_year);
            scenario.with(|s| Projection::new(catalog, s, base))
        });
        let baseline_projection = Memo::new(move |_| {
            plan.with(|p| Projection::new(catalog, &Scenario::baseline(catalog, p), p.base_year))
        });
        let report = Memo::new(move |_| {
            plan.with(|p| scenario.with(|s| projection.with(|pr| report(catalog, p, s, pr))))
        });
        AppState {
            catalog,
            plans,
            plan,
            scenario,
            milestone: RwSignal::new(Milestone::default()),
            lang: RwSignal::new(lang),
            projection,
            report,
            user_plans: RwSignal::new(Vec::new()),
            notices: RwSignal::new(Vec::new()),
            view: RwSignal::new(ViewSettings::default()),
            benchmarks,
            baseline_projection,
            sweep: RwSignal::new(None),
            sweep_ms: RwSignal::new(0.0),
            history: RwSignal::new(History::default()),
            dialog: RwSignal::new(None),
            levers_hidden: RwSignal::new(false),
            saved: RwSignal::new(Vec::new()),
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

    pub fn set_lever(&self, q: QuantityIx, v: Option<f64>) {
        self.scenario.update(|s| s.set_lever(q, v));
    }

    /// Switches plan, starting from its baseline.
    pub fn choose_plan(&self, plan: Arc<Plan>) {
        self.scenario.set(Scenario::baseline(self.catalog, &plan));
        self.plan.set(plan);
    }

    pub fn choose_plan_id(&self, id: &str) -> bool {
        let found = self
            .plans
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned());
        match found {
            Some(p) => {
                self.choose_plan(p);
                true
            }
            None => false,
        }
    }

    pub fn is_user_plan(&self, id: &str) -> bool {
        self.user_plans.with(|u| u.iter().any(|(uid, _)| uid == id))
    }

    /// Adds (or replaces) a user's plan, keeps it in local storage and opens it.
    /// Returns `false` when the browser would not store it (it is still used for the session).
    pub fn add_user_plan(&self, plan: Plan, text: String) -> bool {
        let plan = Arc::new(plan);
        let id = plan.id.clone();
        self.plans.update(|ps| {
            ps.retain(|p| p.id != id);
            ps.push(plan.clone());
        });
        self.user_plans.update(|u| {
            u.retain(|(uid, _)| *uid != id);
            u.push((id, text));
        });
        self.choose_plan(plan);
        self.save_user_plans()
    }

    pub fn remove_user_plan(&self, id: &str) {
        self.plans.update(|ps| ps.retain(|p| p.id != id));
        self.user_plans.update(|u| u.retain(|(uid, _)| uid != id));
        self.save_user_plans();
        if self.plan.with_untracked(|p| p.id == id) {
            let next = self.plans.with_untracked(|ps| ps.first().cloned());
            if let Some(p) = next {
                self.choose_plan(p);
            }
        }
    }

    fn save_user_plans(&self) -> bool {
        let texts: Vec<String> = self
            .user_plans
            .with_untracked(|u| u.iter().map(|(_, t)| t.clone()).collect());
        super::user_plans::save_texts(&texts)
    }

    pub fn notify(&self, message: String) {
        self.notices.update(|n| n.push(message));
    }
}

pub fn use_app() -> AppState {
    // The App component provides it before any child renders.
    use_context::<AppState>().unwrap_or_else(|| panic!("AppState not provided"))
}
