//! How far to trust the recent pace: start the pace method at an earlier year of a series of
//! official figures, using only the years up to that start, and compare what it projects with
//! the figures the bulletins later reported. Densities move by their average yearly change; the
//! population by its last change in percent (as [`crate::sim::start::PopulationPace`] does).

use crate::catalog::{Catalog, Indicator};
use crate::plan::{Plan, Subject};
use crate::text::Text;

/// The first years the page back-tests from.
pub const ORIGINS: [i32; 3] = [2019, 2020, 2021];

/// One later year: what the pace method projected and what the bulletin reported.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Check {
    pub year: i32,
    pub projected: f64,
    pub actual: f64,
}

impl Check {
    /// Projected minus actual, in the indicator's unit.
    pub fn error(&self) -> f64 {
        self.projected - self.actual
    }

    /// The error as a percent of the actual value.
    pub fn percent(&self) -> f64 {
        if self.actual == 0.0 {
            0.0
        } else {
            self.error() / self.actual * 100.0
        }
    }
}

/// Which series was back-tested.
#[derive(Clone, Debug)]
pub enum Series {
    Density(Indicator),
    /// The resident population; its pace is a percent a year.
    Population {
        label: Text,
        unit: Text,
    },
}

impl Series {
    /// The hook the page marks its row with (`physicians_per_1000`, `population`).
    pub fn id(&self) -> &str {
        match self {
            Series::Density(i) => &i.id,
            Series::Population { .. } => "population",
        }
    }

    pub fn label(&self) -> &Text {
        match self {
            Series::Density(i) => &i.label,
            Series::Population { label, .. } => label,
        }
    }

    pub fn unit(&self) -> &Text {
        match self {
            Series::Density(i) => &i.unit,
            Series::Population { unit, .. } => unit,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Backtest {
    pub series: Series,
    /// The year the projection starts from.
    pub origin: i32,
    /// The pace known at the start (per year: in the density's unit, or percent for the
    /// population); `None` when the start is the series' first year, so the method can only
    /// hold the value flat.
    pub pace: Option<f64>,
    pub checks: Vec<Check>,
}

impl Backtest {
    /// Mean absolute error over the later years, in the indicator's unit.
    pub fn mean_abs_error(&self) -> f64 {
        mean(self.checks.iter().map(|c| c.error().abs()))
    }

    /// Mean absolute error as a percent of the actual values.
    pub fn mean_abs_percent(&self) -> f64 {
        mean(self.checks.iter().map(|c| c.percent().abs()))
    }

    /// The furthest year checked.
    pub fn last(&self) -> Option<&Check> {
        self.checks.last()
    }
}

fn mean(xs: impl Iterator<Item = f64>) -> f64 {
    let (sum, n) = xs.fold((0.0, 0usize), |(s, n), x| (s + x, n + 1));
    if n == 0 { 0.0 } else { sum / n as f64 }
}

/// The pace method on one series (year, value), started at `origin`: the value at the origin,
/// moved each year by the average yearly change from the series' first year to the origin.
/// `None` when the series has no value at the origin or none after it.
pub fn backtest_series(series: &[(i32, f64)], origin: i32) -> Option<(Option<f64>, Vec<Check>)> {
    let mut known: Vec<(i32, f64)> = series.iter().copied().filter(|p| p.0 <= origin).collect();
    known.sort_by_key(|p| p.0);
    let &(oy, ov) = known.last().filter(|p| p.0 == origin)?;
    let pace = known
        .first()
        .filter(|f| f.0 < oy)
        .map(|f| (ov - f.1) / f64::from(oy - f.0));
    let mut checks: Vec<Check> = series
        .iter()
        .filter(|p| p.0 > origin)
        .map(|&(year, actual)| Check {
            year,
            projected: ov + pace.unwrap_or(0.0) * f64::from(year - oy),
            actual,
        })
        .collect();
    checks.sort_by_key(|c| c.year);
    (!checks.is_empty()).then_some((pace, checks))
}

/// The population's pace method on a series of counts, started at `origin`: the count there,
/// changed each year by the percent change between the two years before it (compounded).
pub fn backtest_population(
    series: &[(i32, f64)],
    origin: i32,
) -> Option<(Option<f64>, Vec<Check>)> {
    let mut known: Vec<(i32, f64)> = series.iter().copied().filter(|p| p.0 <= origin).collect();
    known.sort_by_key(|p| p.0);
    let &(oy, ov) = known.last().filter(|p| p.0 == origin)?;
    let pace = match known.as_slice() {
        [.., (ay, av), _] if *av > 0.0 => {
            Some(((ov / av).powf(1.0 / f64::from(oy - ay)) - 1.0) * 100.0)
        }
        _ => None,
    };
    let mut checks: Vec<Check> = series
        .iter()
        .filter(|p| p.0 > origin)
        .map(|&(year, actual)| Check {
            year,
            projected: ov * (1.0 + pace.unwrap_or(0.0) / 100.0).powi(year - oy),
            actual,
        })
        .collect();
    checks.sort_by_key(|c| c.year);
    (!checks.is_empty()).then_some((pace, checks))
}

/// The density series a plan's statistics hold, one per indicator, in the order first seen.
pub fn series(plan: &Plan) -> Vec<(Indicator, Vec<(i32, f64)>)> {
    let mut out: Vec<(Indicator, Vec<(i32, f64)>)> = Vec::new();
    for s in &plan.statistics {
        let Subject::Indicator(ind) = &s.subject else {
            continue;
        };
        match out.iter_mut().find(|(i, _)| i.id == ind.id) {
            Some((_, pts)) => pts.push((s.year, s.value)),
            None => out.push((ind.clone(), vec![(s.year, s.value)])),
        }
    }
    for (_, pts) in &mut out {
        pts.sort_by_key(|p| p.0);
    }
    out
}

/// Every series of the plan back-tested from each origin (indicator by indicator, then the
/// population).
pub fn backtest_plan(catalog: &Catalog, plan: &Plan, origins: &[i32]) -> Vec<Backtest> {
    let mut out = Vec::new();
    for (indicator, pts) in series(plan) {
        for &origin in origins {
            if let Some((pace, checks)) = backtest_series(&pts, origin) {
                out.push(Backtest {
                    series: Series::Density(indicator.clone()),
                    origin,
                    pace,
                    checks,
                });
            }
        }
    }
    let Some(pop) = catalog.population() else {
        return out;
    };
    let mut counts: Vec<(i32, f64)> = plan
        .statistics
        .iter()
        .filter(|s| matches!(s.subject, Subject::Quantity(q) if q == pop))
        .map(|s| (s.year, s.value))
        .collect();
    counts.sort_by_key(|p| p.0);
    let c = &catalog.quantities[pop];
    for &origin in origins {
        if let Some((pace, checks)) = backtest_population(&counts, origin) {
            out.push(Backtest {
                series: Series::Population {
                    label: c.label.clone(),
                    unit: c.unit.clone(),
                },
                origin,
                pace,
                checks,
            });
        }
    }
    out
}
