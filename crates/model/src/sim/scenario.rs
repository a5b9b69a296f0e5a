//! A scenario: the lever values in the base year, how they change each year, how the population
//! grows, and what the user entered for tracked targets.

use std::collections::BTreeMap;

use crate::catalog::{Catalog, Group};
use crate::named::Named;
use crate::plan::Plan;
use crate::sim::assess::Tracked;
use crate::sim::start::Start;

/// How a lever moves from its starting value, year by year.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub enum PaceChoice {
    /// The recent pace of the nation's (or the region's) density, applied to the region: the
    /// default. A lever without such a series stays flat.
    #[default]
    Recent,
    /// Held at its starting value.
    Flat,
    /// The user's own net change per year.
    Own(f64),
}

/// The three ways a lever (or the population) can move, as a choice on the page: the select's
/// values, read back with `from_name`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PaceKind {
    Recent,
    Flat,
    Own,
}

impl Named for PaceKind {
    const NAMES: &'static [(PaceKind, &'static str)] = &[
        (PaceKind::Recent, "recent"),
        (PaceKind::Flat, "flat"),
        (PaceKind::Own, "own"),
    ];
}

/// How the population (and the child and served populations with it) changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Growth {
    /// The population's recent pace (see [`crate::sim::start::PopulationPace`]): where a plan opens
    /// when its data edition has one; flat without one.
    Recent,
    /// Percent per year, compounded; negative for a shrinking region.
    Rate(f64),
    /// Values the user sets for 2025 and 2035; the years between are interpolated linearly.
    Points {
        y2025: Option<f64>,
        y2035: Option<f64>,
    },
}

impl Default for Growth {
    fn default() -> Self {
        Growth::Rate(0.0)
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Scenario {
    /// The year the lever values are for: where the projection starts (the latest year the
    /// region's figures report, or the plan's own base year).
    pub base_year: i32,
    /// Base-year value of each quantity (catalog order); `None` is "not entered".
    pub levers: Vec<Option<f64>>,
    /// How each non-population quantity changes per year (additions minus departures).
    pub pace: Vec<PaceChoice>,
    /// Per quantity: the recent pace as a change per resident per year, where a series exists.
    pub pace_rate: Vec<Option<f64>>,
    /// The catalog's resident population, which the recent pace is applied to.
    pub population: Option<usize>,
    pub growth: Growth,
    /// The population's recent pace, percent a year, where the data has one.
    pub population_pace: Option<f64>,
    /// What the user entered for tracked targets, by target id.
    pub tracked: BTreeMap<String, Tracked>,
}

impl Scenario {
    /// An empty scenario for `base_year`: nothing entered, everything flat.
    pub fn empty(catalog: &Catalog, base_year: i32) -> Scenario {
        let n = catalog.quantities.len();
        Scenario {
            base_year,
            levers: vec![None; n],
            pace: vec![PaceChoice::Flat; n],
            pace_rate: vec![None; n],
            population: catalog.population(),
            growth: Growth::default(),
            population_pace: None,
            tracked: BTreeMap::new(),
        }
    }

    /// Where a plan opens: its starting values, each lever at the recent pace.
    pub fn starting(catalog: &Catalog, start: &Start) -> Scenario {
        let mut s = Scenario::empty(catalog, start.base_year);
        for q in 0..s.levers.len() {
            s.levers[q] = start.value(q);
            s.pace[q] = PaceChoice::Recent;
            s.pace_rate[q] = start.pace(q).map(|p| p.per_year() / p.per);
        }
        s.population_pace = start.population_pace.as_ref().map(|p| p.percent());
        s.growth = Growth::Recent;
        s
    }

    /// Where a plan opened in link format 1: only the plan's own baseline, every lever flat.
    /// Old links keep opening exactly as they did; the recent pace is there to switch on.
    pub fn legacy(catalog: &Catalog, plan: &Plan, start: &Start) -> Scenario {
        let mut s = Scenario::starting(catalog, start);
        s.base_year = plan.base_year;
        s.levers = vec![None; s.levers.len()];
        for q in 0..s.pace.len() {
            s.set_pace(q, PaceChoice::Flat);
        }
        s.growth = Growth::default();
        if let Some(b) = &plan.baseline {
            for v in &b.values {
                if let Some(slot) = s.levers.get_mut(v.quantity) {
                    *slot = Some(v.value);
                }
            }
        }
        s
    }

    /// The plan's own baseline held flat, with no recent pace to switch to: the model on the
    /// plan's figures alone.
    pub fn baseline(catalog: &Catalog, plan: &Plan) -> Scenario {
        Scenario::legacy(catalog, plan, &Start::default())
    }

    /// The same starting values with no lever changing: the chart's comparison line.
    pub fn held_flat(&self) -> Scenario {
        let mut s = self.clone();
        for q in 0..s.pace.len() {
            s.set_pace(q, PaceChoice::Flat);
        }
        s
    }

    /// The growth the projection uses: the recent pace resolved to its rate (flat without one).
    pub fn growth_in_effect(&self) -> Growth {
        match &self.growth {
            Growth::Recent => Growth::Rate(self.population_pace.unwrap_or(0.0)),
            g => g.clone(),
        }
    }

    pub fn lever(&self, q: usize) -> Option<f64> {
        self.levers.get(q).copied().flatten()
    }

    pub fn set_lever(&mut self, q: usize, v: Option<f64>) {
        if let Some(slot) = self.levers.get_mut(q) {
            *slot = v;
        }
    }

    /// The net change per year the projection uses for a lever under its pace choice.
    pub fn yearly_change(&self, q: usize) -> f64 {
        match self.pace.get(q).copied().unwrap_or_default() {
            PaceChoice::Own(v) => v,
            PaceChoice::Flat => 0.0,
            PaceChoice::Recent => self.recent_yearly(q).unwrap_or(0.0),
        }
    }

    /// The recent pace in whole units a year for this region's starting population, if a
    /// series exists for the lever.
    pub fn recent_yearly(&self, q: usize) -> Option<f64> {
        let rate = self.pace_rate.get(q).copied().flatten()?;
        let pop = self.population.and_then(|p| self.lever(p))?;
        let v = (rate * pop).round();
        v.is_finite().then_some(v + 0.0)
    }

    pub fn pace_choice(&self, q: usize) -> PaceChoice {
        self.pace.get(q).copied().unwrap_or_default()
    }

    /// Sets a lever's pace. Without a recent pace to follow, flat and recent are the same
    /// thing; it is kept as `Recent` so equal scenarios compare equal.
    pub fn set_pace(&mut self, q: usize, p: PaceChoice) {
        let has_rate = self.pace_rate.get(q).copied().flatten().is_some();
        if let Some(slot) = self.pace.get_mut(q) {
            *slot = match p {
                PaceChoice::Flat if !has_rate => PaceChoice::Recent,
                p => p,
            };
        }
    }

    /// The user's own yearly change.
    pub fn set_yearly(&mut self, q: usize, v: f64) {
        self.set_pace(q, PaceChoice::Own(v));
    }
}

/// Whether a quantity follows the population's growth rather than a yearly net change.
pub fn follows_population(catalog: &Catalog, q: usize) -> bool {
    catalog
        .quantities
        .get(q)
        .is_some_and(|c| c.group == Group::Population)
}
