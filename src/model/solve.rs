//! What it takes: the steady yearly net additions (and any top-up needed at once, for targets due
//! in the base year) that meet every target due by 2025 at its year and keep those standards
//! through 2035 under the projected population; plans for 2026–2035 targets at their year.

use super::assess::{Status, assess};
use super::catalog::{Catalog, QuantityIx};
use super::plan::{Comparison, Plan, Target};
use super::projection::{END_YEAR, Projection};
use super::scenario::Scenario;

#[derive(Clone, Debug, PartialEq)]
pub struct LeverPlan {
    pub quantity: QuantityIx,
    /// Added at once in the base year (only for targets already due then).
    pub top_up: f64,
    /// Whole units added each year (net of departures), never below zero.
    pub yearly: f64,
    /// The target and year that set the figure.
    pub binding: Option<(usize, i32)>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct WhatItTakes {
    pub levers: Vec<LeverPlan>,
    /// Targets the plan meets at every year it is judged.
    pub claims: Vec<usize>,
    /// Targets no lever value can reach (a value not entered, or beyond any sensible count).
    pub unreachable: Vec<usize>,
    /// Targets the plan pushes above their band or range in some year (e.g. a shrinking region).
    pub over: Vec<(usize, i32)>,
}

/// Whether the solver treats a comparison as a floor to reach.
fn has_floor(c: &Comparison) -> bool {
    matches!(
        c,
        Comparison::AtLeast(_) | Comparison::About { .. } | Comparison::Between { .. } | Comparison::PopulationRule { .. }
    )
}

/// The years a target is judged in: its own year, and every year to 2035 for standards due by 2025.
pub fn required_years(t: &Target, base_year: i32) -> std::ops::RangeInclusive<i32> {
    let y = t.year.max(base_year);
    if t.year <= 2025 { y..=END_YEAR } else { y..=y }
}

/// Targets the solver works on: computed, with a lever, with a floor.
fn solvable(plan: &Plan) -> Vec<(usize, QuantityIx)> {
    plan.targets
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.is_tracked() && has_floor(&t.comparison))
        .filter_map(|(i, t)| t.indicator.kind.lever().map(|l| (i, l)))
        .collect()
}

/// The scenario with a set of lever plans applied: top-ups on the base values, yearly additions.
pub fn apply(scenario: &Scenario, plans: &[LeverPlan]) -> Scenario {
    let mut s = scenario.clone();
    for lp in plans {
        if let Some(v) = scenario.lever(lp.quantity) {
            s.set_lever(lp.quantity, Some(v + lp.top_up));
        }
        s.set_yearly(lp.quantity, lp.yearly);
    }
    s
}

fn ceil_whole(x: f64) -> f64 {
    (x - 1e-9).ceil()
}

pub fn what_it_takes(catalog: &Catalog, plan: &Plan, scenario: &Scenario) -> WhatItTakes {
    let base = plan.base_year;
    let work = solvable(plan);
    let mut levers: Vec<QuantityIx> = work.iter().map(|(_, l)| *l).collect();
    levers.sort_unstable();
    levers.dedup();
    // Levers without a value cannot be planned; their targets are unreachable.
    let mut unreachable: Vec<usize> = Vec::new();
    levers.retain(|l| scenario.lever(*l).is_some_and(|v| v.is_finite() && v >= 0.0));
    let mut plans: Vec<LeverPlan> = levers
        .iter()
        .map(|&q| LeverPlan {
            quantity: q,
            top_up: 0.0,
            yearly: 0.0,
            binding: None,
        })
        .collect();

    // Ratios make one lever's need depend on another's plan: iterate to a fixed point.
    for _ in 0..8 {
        let candidate = apply(scenario, &plans);
        let projection = Projection::new(catalog, &candidate, base);
        let mut changed = false;
        for lp in plans.iter_mut() {
            let l0 = scenario.lever(lp.quantity).unwrap_or(0.0);
            let mut needs: Vec<(usize, i32, f64)> = Vec::new();
            for &(ti, _) in work.iter().filter(|(_, l)| *l == lp.quantity) {
                let Some(t) = plan.targets.get(ti) else { continue };
                for y in required_years(t, base) {
                    let o = assess(catalog, t, projection.at(y), None);
                    match o.lever.and_then(|g| g.min) {
                        Some(min) => needs.push((ti, y, min)),
                        None => {
                            if !unreachable.contains(&ti) {
                                unreachable.push(ti);
                            }
                        }
                    }
                }
            }
            let top_up = needs
                .iter()
                .filter(|(_, y, _)| *y == base)
                .map(|(_, _, min)| (min - l0).max(0.0))
                .fold(0.0, f64::max);
            // The steepest constraint sets the yearly figure (and names the binding target).
            let mut steepest = f64::NEG_INFINITY;
            let mut binding = None;
            for &(ti, y, min) in needs.iter().filter(|(_, y, _)| *y > base) {
                let a = (min - l0 - top_up) / f64::from(y - base);
                if a > steepest {
                    steepest = a;
                    binding = Some((ti, y));
                }
            }
            let yearly = if steepest.is_finite() { ceil_whole(steepest).max(0.0) } else { 0.0 };
            if yearly == 0.0 && top_up > 0.0 {
                binding = needs
                    .iter()
                    .filter(|(_, y, _)| *y == base)
                    .max_by(|a, b| a.2.total_cmp(&b.2))
                    .map(|(ti, y, _)| (*ti, *y));
            }
            if lp.top_up != top_up || lp.yearly != yearly {
                changed = true;
            }
            lp.top_up = top_up;
            lp.yearly = yearly;
            lp.binding = binding;
        }
        if !changed {
            break;
        }
    }

    // Floating point can leave a claim one short: bump the lever until every year is met.
    let mut claims = Vec::new();
    let mut over = Vec::new();
    for _ in 0..4 {
        let candidate = apply(scenario, &plans);
        let projection = Projection::new(catalog, &candidate, base);
        claims.clear();
        over.clear();
        let mut short: Vec<QuantityIx> = Vec::new();
        for &(ti, l) in &work {
            if unreachable.contains(&ti) || !levers.contains(&l) {
                continue;
            }
            let Some(t) = plan.targets.get(ti) else { continue };
            let mut all_met = true;
            for y in required_years(t, base) {
                match assess(catalog, t, projection.at(y), None).status {
                    Status::Met => {}
                    Status::Over => {
                        over.push((ti, y));
                        all_met = false;
                    }
                    _ => {
                        all_met = false;
                        if !short.contains(&l) {
                            short.push(l);
                        }
                    }
                }
            }
            if all_met {
                claims.push(ti);
            }
        }
        if short.is_empty() {
            break;
        }
        for lp in plans.iter_mut().filter(|lp| short.contains(&lp.quantity)) {
            lp.yearly += 1.0;
        }
    }
    over.dedup_by_key(|(t, _)| *t);
    for (ti, l) in &work {
        if !levers.contains(l) && !unreachable.contains(ti) {
            unreachable.push(*ti);
        }
    }
    unreachable.sort_unstable();
    WhatItTakes {
        levers: plans,
        claims,
        unreachable,
        over,
    }
}
