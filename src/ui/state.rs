//! The page's state: the plan, the scenario and the settings, as signals shared through context.
//! The model does the work; this only holds the signals and the memos that call it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n;
use crate::model::catalog::{Catalog, QuantityIx};
use crate::model::plan::Plan;
use crate::model::projection::Projection;
use crate::model::report::{Milestone, Report, report};
use crate::model::scenario::Scenario;
use crate::model::text::{Lang, Text};

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
}

impl AppState {
    pub fn new(
        catalog: &'static Catalog,
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
}

pub fn use_app() -> AppState {
    // The App component provides it before any child renders.
    use_context::<AppState>().unwrap_or_else(|| panic!("AppState not provided"))
}
