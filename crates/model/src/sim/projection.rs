//! Year-by-year projection from the base year to 2035.

use crate::catalog::Catalog;
use crate::sim::scenario::{Growth, Scenario, follows_population};

use crate::sim::timeline::{END_YEAR, FIRST_MILESTONE};

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Projection {
    pub base_year: i32,
    /// Lever values per year, from the base year to 2035 (never empty when built by `new`).
    years: Vec<Vec<Option<f64>>>,
}

/// The population at `year` as a multiple of the base-year population.
pub fn population_factor(
    growth: &Growth,
    p0: Option<f64>,
    base_year: i32,
    year: i32,
) -> Option<f64> {
    let n = (year - base_year).max(0);
    match growth {
        // Resolved by the scenario (`Scenario::growth_in_effect`) before it gets here.
        Growth::Recent => Some(1.0),
        Growth::Rate(pct) => {
            let f = (1.0 + pct / 100.0).powi(n);
            f.is_finite().then_some(f.max(0.0))
        }
        Growth::Points { y2025, y2035 } => {
            let p0 = p0.filter(|p| *p > 0.0)?;
            let mut knots = vec![(base_year, p0)];
            if let Some(p) = y2025.filter(|_| FIRST_MILESTONE > base_year) {
                knots.push((FIRST_MILESTONE, p));
            }
            if let Some(p) = y2035.filter(|_| END_YEAR > base_year) {
                knots.push((END_YEAR, p));
            }
            let p = interpolate(&knots, year);
            (p.is_finite() && p >= 0.0).then_some(p / p0)
        }
    }
}

/// Linear interpolation through knots sorted by year; flat beyond the last knot.
fn interpolate(knots: &[(i32, f64)], year: i32) -> f64 {
    let mut prev = knots[0];
    for &k in &knots[1..] {
        if year <= k.0 {
            let span = f64::from(k.0 - prev.0);
            let t = f64::from(year - prev.0) / span;
            return prev.1 + (k.1 - prev.1) * t.clamp(0.0, 1.0);
        }
        prev = k;
    }
    prev.1
}

impl Projection {
    /// Every year from the scenario's base year to 2035.
    pub fn new(catalog: &Catalog, s: &Scenario) -> Projection {
        let base_year = s.base_year;
        let pop0 = catalog.population().and_then(|p| s.lever(p));
        let growth = s.growth_in_effect();
        let years = (base_year..=END_YEAR.max(base_year))
            .map(|year| {
                let n = f64::from(year - base_year);
                let factor = population_factor(&growth, pop0, base_year, year);
                (0..s.levers.len())
                    .map(|q| {
                        let v0 = s.lever(q)?;
                        if follows_population(catalog, q) {
                            factor.map(|f| v0 * f)
                        } else {
                            // A bad base value stays as it is so the assessment can say why;
                            // departures cannot take a count below zero.
                            if !v0.is_finite() || v0 < 0.0 {
                                return Some(v0);
                            }
                            Some((v0 + s.yearly_change(q) * n).max(0.0))
                        }
                    })
                    .collect()
            })
            .collect();
        Projection { base_year, years }
    }

    /// Lever values at `year`, clamped to the projected span (nothing for an empty projection:
    /// every target then says which value is missing).
    pub fn at(&self, year: i32) -> &[Option<f64>] {
        let last = self.years.len().saturating_sub(1);
        let i = usize::try_from(year.saturating_sub(self.base_year))
            .unwrap_or(0)
            .min(last);
        self.years.get(i).map(Vec::as_slice).unwrap_or(&[])
    }

    /// A projection with no years at all (what `Default` gives); `at` answers with no values.
    pub fn empty(base_year: i32) -> Projection {
        Projection {
            base_year,
            years: Vec::new(),
        }
    }

    pub fn end_year(&self) -> i32 {
        self.base_year + self.years.len().saturating_sub(1) as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_projection_answers_without_panicking() {
        let p = Projection::empty(2024);
        for y in [i32::MIN, 1999, 2024, 2035, i32::MAX] {
            assert!(p.at(y).is_empty());
        }
        assert_eq!(Projection::default().at(2025), &[] as &[Option<f64>]);
        assert_eq!(p.end_year(), 2024);
    }
}
