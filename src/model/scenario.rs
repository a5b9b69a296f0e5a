//! A scenario: the lever values in the base year, how they change each year, how the population
//! grows, and what the user entered for tracked targets.

use std::collections::BTreeMap;

use super::assess::Tracked;
use super::catalog::{Catalog, Group};
use super::plan::Plan;

/// How the population (and the child and served populations with it) changes.
#[derive(Clone, Debug, PartialEq)]
pub enum Growth {
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
    /// Base-year value of each quantity (catalog order); `None` is "not entered".
    pub levers: Vec<Option<f64>>,
    /// Net change per year of each non-population quantity (additions minus departures).
    pub yearly: Vec<f64>,
    pub growth: Growth,
    /// What the user entered for tracked targets, by target id.
    pub tracked: BTreeMap<String, Tracked>,
}

impl Scenario {
    /// An empty scenario: nothing entered, everything flat.
    pub fn empty(catalog: &Catalog) -> Scenario {
        Scenario {
            levers: vec![None; catalog.quantities.len()],
            yearly: vec![0.0; catalog.quantities.len()],
            growth: Growth::default(),
            tracked: BTreeMap::new(),
        }
    }

    /// The plan's baseline, held flat. Plans without a baseline start empty.
    pub fn baseline(catalog: &Catalog, plan: &Plan) -> Scenario {
        let mut s = Scenario::empty(catalog);
        if let Some(b) = &plan.baseline {
            for v in &b.values {
                if let Some(slot) = s.levers.get_mut(v.quantity) {
                    *slot = Some(v.value);
                }
            }
        }
        s
    }

    pub fn lever(&self, q: usize) -> Option<f64> {
        self.levers.get(q).copied().flatten()
    }

    pub fn set_lever(&mut self, q: usize, v: Option<f64>) {
        if let Some(slot) = self.levers.get_mut(q) {
            *slot = v;
        }
    }

    pub fn yearly_change(&self, q: usize) -> f64 {
        self.yearly.get(q).copied().unwrap_or(0.0)
    }

    pub fn set_yearly(&mut self, q: usize, v: f64) {
        if let Some(slot) = self.yearly.get_mut(q) {
            *slot = v;
        }
    }
}

/// Whether a quantity follows the population's growth rather than a yearly net change.
pub fn follows_population(catalog: &Catalog, q: usize) -> bool {
    catalog
        .quantities
        .get(q)
        .is_some_and(|c| c.group == Group::Population)
}
