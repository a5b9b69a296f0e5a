//! What it takes: the steady yearly net change of each lever (and a change at once, only for
//! targets due in the base year) that reaches every target's stated figure when it is due and
//! keeps the 2025 standards within their bands through 2035 under the projected population.
//! The lever's current pace (the recent national pace by default) is kept where it suffices; the
//! page reports the extra beyond it. A change below the pace is only to come back into a band.

use crate::catalog::{Catalog, QuantityIx};
use crate::plan::{Comparison, Plan, Target};
use crate::sim::assess::{Status, assess};
use crate::sim::projection::Projection;
use crate::sim::scenario::Scenario;
use crate::sim::timeline::{END_YEAR, Today, held_to_end};

#[derive(Clone, Debug, PartialEq)]
pub struct LeverPlan {
    pub quantity: QuantityIx,
    /// Added at once in the base year (negative: removed), when a steady change cannot do it.
    pub top_up: f64,
    /// Whole units added each year, net of departures (below the pace only to come back into a
    /// band).
    pub yearly: f64,
    /// The lever's yearly change before the plan (its pace): `yearly - pace` is the extra.
    pub pace: f64,
    /// The target and year that set the figure.
    pub binding: Option<(usize, i32)>,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct WhatItTakes {
    pub levers: Vec<LeverPlan>,
    /// Targets the plan meets: the stated figure when due and, for standards due by 2025,
    /// within the band every year to 2035.
    pub claims: Vec<usize>,
    /// Targets no lever value can reach (a value not entered, or beyond any sensible count).
    pub unreachable: Vec<usize>,
    /// Targets met when due that a steady change cannot keep within their band through 2035
    /// (a flat population outgrows a 左右 band), with the first year and status that fail.
    pub conflicts: Vec<(usize, i32, Status)>,
}

/// Whether the solver treats a comparison as a floor to reach.
fn has_floor(c: &Comparison) -> bool {
    matches!(
        c,
        Comparison::AtLeast(_)
            | Comparison::About { .. }
            | Comparison::Between { .. }
            | Comparison::PopulationRule { .. }
    )
}

/// The year a target is due in, if that is still ahead: a target whose year has passed is
/// judged on what happened, and no plan from now can change it.
pub fn due_year(t: &Target, base_year: i32, today: Today) -> Option<i32> {
    (!today.is_past(t.year)).then(|| t.year.max(base_year))
}

/// The years a plan from now must meet a target in: its own year (while still ahead), and every
/// later year to 2035 for a standard due by 2025. Empty for a passed target that is not held.
pub fn required_years(t: &Target, base_year: i32, today: Today) -> std::ops::RangeInclusive<i32> {
    let due = due_year(t, base_year, today);
    let from = due.unwrap_or(today.year.max(base_year));
    // A passed target that is not held has no year left: an empty range.
    let to = match (held_to_end(t.year), due) {
        (true, _) => END_YEAR,
        (false, Some(y)) => y,
        (false, None) => from - 1,
    };
    from..=to
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
        // A lever whose pace already suffices keeps its choice (the recent pace stays recent).
        if lp.yearly != scenario.yearly_change(lp.quantity) {
            s.set_yearly(lp.quantity, lp.yearly);
        }
    }
    s
}

fn ceil_whole(x: f64) -> f64 {
    (x - 1e-9).ceil()
}

fn floor_whole(x: f64) -> f64 {
    (x + 1e-9).floor()
}

/// What one target needs of its lever in one year.
#[derive(Clone, Copy, Debug)]
struct Bound {
    target: usize,
    year: i32,
    /// The target's own year (as opposed to a later year it is held in).
    due: bool,
    low: f64,
    high: f64,
}

/// The whole value in `[low, high]` closest to `preferred`, if there is one.
fn nearest(preferred: f64, low: f64, high: f64) -> Option<f64> {
    let (lo, hi) = (ceil_whole(low), floor_whole(high));
    (lo <= hi).then(|| preferred.round().clamp(lo, hi))
}

/// A change now (only for targets due in the base year) and a steady yearly change that keep
/// the lever within every bound, preferring no change now and the lever's current pace. When no steady change can keep a standard
/// through 2035 (a band outgrown by a flat population), the targets are met when due and the
/// later years are reported as conflicts.
fn plan_lever(l0: f64, pace: f64, base: i32, bounds: &[Bound]) -> (f64, f64, Option<(usize, i32)>) {
    if bounds.is_empty() {
        return (0.0, pace, None);
    }
    let now: Vec<&Bound> = bounds.iter().filter(|b| b.year == base).collect();
    let top_low = now
        .iter()
        .map(|b| b.low - l0)
        .fold(f64::NEG_INFINITY, f64::max);
    let top_high = now
        .iter()
        .map(|b| b.high - l0)
        .fold(f64::INFINITY, f64::min);
    let top = nearest(0.0, top_low, top_high).unwrap_or_else(|| ceil_whole(top_low.max(0.0)));
    let solve = |due_only: bool| {
        // The steepest floor and the flattest ceiling on the yearly change.
        let mut a_low = (f64::NEG_INFINITY, None);
        let mut a_high = (f64::INFINITY, None);
        for b in bounds
            .iter()
            .filter(|b| b.year > base && (!due_only || b.due))
        {
            let n = f64::from(b.year - base);
            let lo = (b.low - l0 - top) / n;
            let hi = (b.high - l0 - top) / n;
            if lo > a_low.0 {
                a_low = (lo, Some((b.target, b.year)));
            }
            if hi < a_high.0 {
                a_high = (hi, Some((b.target, b.year)));
            }
        }
        nearest(pace, a_low.0, a_high.0).map(|a| {
            let binding = if a > pace {
                a_low.1
            } else if a < pace {
                a_high.1
            } else {
                a_low.1.or(a_high.1)
            };
            (a, binding, a_low)
        })
    };
    match solve(false).or_else(|| solve(true)) {
        Some((a, binding, _)) => {
            let binding = if a == pace && top != 0.0 {
                now.first().map(|b| (b.target, b.year))
            } else {
                binding
            };
            (top, a, binding)
        }
        // Even the due years conflict (two targets on one lever): the floors win.
        None => {
            let a_low = bounds
                .iter()
                .filter(|b| b.year > base)
                .map(|b| {
                    (
                        (b.low - l0 - top) / f64::from(b.year - base),
                        (b.target, b.year),
                    )
                })
                .max_by(|x, y| x.0.total_cmp(&y.0));
            match a_low {
                Some((a, binding)) => (top, ceil_whole(a.max(pace)), Some(binding)),
                None => (top, pace, None),
            }
        }
    }
}

enum Claim {
    Met,
    /// Met when due, but not kept in a later year.
    Later(i32, Status),
    Short,
}

/// Met when due and, for a standard due by 2025, within its band every year after.
fn judge_claim(
    catalog: &Catalog,
    t: &Target,
    projection: &Projection,
    base: i32,
    today: Today,
) -> Claim {
    let due = due_year(t, base, today);
    for y in required_years(t, base, today) {
        let due = Some(y) == due;
        let status = assess(catalog, t, projection.at(y), None).status;
        if due && status != Status::Met {
            return Claim::Short;
        }
        if !due && !status.is_success() {
            return Claim::Later(y, status);
        }
    }
    Claim::Met
}

/// What it takes from now (`today`) to meet every target still ahead and keep the standards
/// due by 2025 through 2035, from the scenario's base year.
pub fn what_it_takes(
    catalog: &Catalog,
    plan: &Plan,
    scenario: &Scenario,
    today: Today,
) -> WhatItTakes {
    let base = scenario.base_year;
    let work: Vec<(usize, QuantityIx)> = solvable(plan)
        .into_iter()
        .filter(|(i, _)| {
            plan.targets
                .get(*i)
                .is_some_and(|t| !required_years(t, base, today).is_empty())
        })
        .collect();
    let mut levers: Vec<QuantityIx> = work.iter().map(|(_, l)| *l).collect();
    levers.sort_unstable();
    levers.dedup();
    // Levers without a value cannot be planned; their targets are unreachable.
    let mut unreachable: Vec<usize> = Vec::new();
    levers.retain(|l| {
        scenario
            .lever(*l)
            .is_some_and(|v| v.is_finite() && v >= 0.0)
    });
    let mut plans: Vec<LeverPlan> = levers
        .iter()
        .map(|&q| LeverPlan {
            quantity: q,
            top_up: 0.0,
            yearly: scenario.yearly_change(q),
            pace: scenario.yearly_change(q),
            binding: None,
        })
        .collect();

    // Ratios make one lever's need depend on another's plan: iterate to a fixed point.
    for _ in 0..8 {
        let candidate = apply(scenario, &plans);
        let projection = Projection::new(catalog, &candidate);
        let mut changed = false;
        for lp in plans.iter_mut() {
            let l0 = scenario.lever(lp.quantity).unwrap_or(0.0);
            let mut bounds: Vec<Bound> = Vec::new();
            for &(ti, _) in work.iter().filter(|(_, l)| *l == lp.quantity) {
                let Some(t) = plan.targets.get(ti) else {
                    continue;
                };
                let due = due_year(t, base, today);
                for y in required_years(t, base, today) {
                    let o = assess(catalog, t, projection.at(y), None);
                    let Some(g) = o.lever else {
                        if !unreachable.contains(&ti) {
                            unreachable.push(ti);
                        }
                        continue;
                    };
                    // The stated figure when due; inside the band in the years it is held.
                    let low = if Some(y) == due {
                        g.min
                    } else {
                        g.band_min.or(g.min)
                    };
                    // A quota the plan only reserves ("预留…左右") has a ceiling and no floor.
                    let low = match (low, g.max) {
                        (Some(low), _) => low,
                        (None, Some(_)) => 0.0,
                        (None, None) => {
                            if !unreachable.contains(&ti) {
                                unreachable.push(ti);
                            }
                            continue;
                        }
                    };
                    bounds.push(Bound {
                        target: ti,
                        year: y,
                        due: Some(y) == due,
                        low,
                        high: g.max.unwrap_or(f64::INFINITY),
                    });
                }
            }
            let (top_up, yearly, binding) = plan_lever(l0, lp.pace, base, &bounds);
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
    let mut conflicts = Vec::new();
    for _ in 0..4 {
        let candidate = apply(scenario, &plans);
        let projection = Projection::new(catalog, &candidate);
        claims.clear();
        conflicts.clear();
        let mut short: Vec<QuantityIx> = Vec::new();
        for &(ti, l) in &work {
            if unreachable.contains(&ti) || !levers.contains(&l) {
                continue;
            }
            let Some(t) = plan.targets.get(ti) else {
                continue;
            };
            match judge_claim(catalog, t, &projection, base, today) {
                Claim::Met => claims.push(ti),
                Claim::Later(y, st) => conflicts.push((ti, y, st)),
                Claim::Short => {
                    if !short.contains(&l) {
                        short.push(l);
                    }
                }
            }
        }
        if short.is_empty() {
            break;
        }
        for lp in plans.iter_mut().filter(|lp| short.contains(&lp.quantity)) {
            lp.yearly += 1.0;
        }
    }

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
        conflicts,
    }
}
