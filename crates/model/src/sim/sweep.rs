//! Uncertainty: population growth drawn from a range instead of a point. Each draw projects the
//! population and judges every computed target at its year and at 2035; the share of draws in
//! which a target is met is its probability. Seeded, so a shared link shows the same numbers.

use crate::catalog::Catalog;
use crate::plan::Plan;
use crate::sim::assess::status_only;
use crate::sim::projection::Projection;
use crate::sim::scenario::{Growth, Scenario, follows_population};
use crate::sim::timeline::{END_YEAR, held_to_end};

/// Draws the page runs.
pub const DRAWS: usize = 10_000;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Sweep {
    pub draws: usize,
    /// Per target (plan order): probability of being met at its own year (`None`: tracked or not
    /// assessable in any draw).
    pub at_year: Vec<Option<f64>>,
    /// Per target due by 2025: probability the standard still holds in 2035.
    pub at_2035: Vec<Option<f64>>,
}

/// Runs `draws` projections with the yearly growth rate uniform in `[low, high]` percent.
pub fn sweep(
    catalog: &Catalog,
    plan: &Plan,
    scenario: &Scenario,
    (low, high): (f64, f64),
    draws: usize,
    seed: u64,
) -> Sweep {
    let base = scenario.base_year;
    // Everything but the population is the same in every draw: project it once.
    let mut flat = scenario.clone();
    flat.growth = Growth::Rate(0.0);
    let projection = Projection::new(catalog, &flat);
    let pop_quantities: Vec<usize> = (0..catalog.quantities.len())
        .filter(|q| follows_population(catalog, *q))
        .collect();
    let n = plan.targets.len();
    let mut met_year = vec![0usize; n];
    let mut met_2035 = vec![0usize; n];
    let mut judged_year = vec![0usize; n];
    let mut judged_2035 = vec![0usize; n];
    let mut rng = oorandom::Rand64::new(u128::from(seed));
    let mut buffer: Vec<Option<f64>> = Vec::with_capacity(catalog.quantities.len());
    let (low, high) = (low.min(high), low.max(high));
    let judge = |buffer: &mut Vec<Option<f64>>,
                 year: i32,
                 rate: f64,
                 ti: usize,
                 counts: (&mut [usize], &mut [usize])| {
        buffer.clear();
        buffer.extend_from_slice(projection.at(year));
        let factor = (1.0 + rate / 100.0).powi(year - base);
        for &q in &pop_quantities {
            if let Some(Some(v)) = buffer.get_mut(q) {
                *v *= factor;
            }
        }
        let Some(t) = plan.targets.get(ti) else {
            return;
        };
        let status = status_only(catalog, t, buffer);
        if status != crate::sim::assess::Status::NotAssessable {
            counts.1[ti] += 1;
            if status.is_success() {
                counts.0[ti] += 1;
            }
        }
    };
    for _ in 0..draws {
        let rate = low + (high - low) * rng.rand_float();
        for (ti, t) in plan.targets.iter().enumerate() {
            if t.is_tracked() {
                continue;
            }
            judge(
                &mut buffer,
                t.year.max(base),
                rate,
                ti,
                (&mut met_year, &mut judged_year),
            );
            if held_to_end(t.year) {
                judge(
                    &mut buffer,
                    END_YEAR,
                    rate,
                    ti,
                    (&mut met_2035, &mut judged_2035),
                );
            }
        }
    }
    let share = |met: &[usize], judged: &[usize]| -> Vec<Option<f64>> {
        met.iter()
            .zip(judged)
            .map(|(m, j)| (*j > 0).then(|| *m as f64 / *j as f64))
            .collect()
    };
    Sweep {
        draws,
        at_year: share(&met_year, &judged_year),
        at_2035: share(&met_2035, &judged_2035),
    }
}
