//! Where a region's levers start and the pace they move at by default, each with where it came
//! from. The order of trust: the plan's own base-year figures (Jiaohe's), then an official count
//! for the region, then a density times the region's population — the region's own density
//! (statistics), else its province's, else the nation's (an assumption the page labels so).
//! The pace is the recent change of a density in the bulletins, applied to the region; the
//! population's is its own last two years' change (the region's, else its province's, else the
//! nation's). Only statistics of the link's data edition are read (see [`crate::plan::edition`]).

use crate::catalog::{Catalog, Group, IndicatorKind, QuantityIx};
use crate::plan::edition::Edition;
use crate::plan::{Confidence, Plan, Statistic, Subject};
use crate::text::Text;

/// Where a starting value came from.
#[derive(Clone, Debug, PartialEq)]
pub enum Provenance {
    /// The plan's own base-year figure; `derived` explains one the plan gives only as a rate.
    Plan { derived: Option<Text> },
    /// An official count for this region (its population).
    Statistic {
        year: i32,
        source: Text,
        confidence: Confidence,
        caveat: Option<Text>,
    },
    /// The plan's own figure for an earlier year, carried forward to the base year at the
    /// recent pace (`per_year`: whole units a year, or percent a year for the population).
    Carried {
        from: i32,
        value: f64,
        per_year: f64,
        inner: Box<Provenance>,
    },
    /// A density times this region's population. `own` when the density is the region's own
    /// statistic; otherwise it is a province's or the nation's average: an assumption.
    Density {
        scope: Text,
        own: bool,
        year: i32,
        density: f64,
        per: f64,
        source: Text,
        confidence: Confidence,
        caveat: Option<Text>,
    },
}

impl Provenance {
    /// Whether the page must call the value an assumption to be replaced by local data.
    pub fn is_assumption(&self) -> bool {
        matches!(
            self,
            Provenance::Density { own: false, .. } | Provenance::Carried { .. }
        )
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct StartValue {
    pub value: f64,
    pub provenance: Provenance,
}

/// The recent pace of a density: its average change a year between the first and the last
/// year of a series of official figures.
#[derive(Clone, Debug, PartialEq)]
pub struct Pace {
    /// Whose series it is ("全国").
    pub scope: Text,
    pub from: i32,
    pub to: i32,
    pub density_from: f64,
    pub density_to: f64,
    /// The density's base (1,000 or 10,000 people).
    pub per: f64,
    pub source: Text,
}

impl Pace {
    /// Change of the density per year, in the density's own unit.
    pub fn per_year(&self) -> f64 {
        let years = f64::from((self.to - self.from).max(1));
        (self.density_to - self.density_from) / years
    }

    /// Whole units a year for a region of `population` people: the per-person change applied
    /// to the region (you cannot add 0.3 of a nurse).
    pub fn yearly(&self, population: f64) -> f64 {
        let v = (self.per_year() / self.per * population).round();
        if v.is_finite() { v + 0.0 } else { 0.0 }
    }
}

/// The population's recent pace: its change between the last two years of a series of official
/// counts, as a percent a year.
#[derive(Clone, Debug, PartialEq)]
pub struct PopulationPace {
    /// Whose counts they are ("吉林省").
    pub scope: Text,
    /// The region's own counts, not its province's or the nation's.
    pub own: bool,
    pub from: i32,
    pub to: i32,
    pub count_from: f64,
    pub count_to: f64,
    pub source: Text,
    pub confidence: Confidence,
    pub caveat: Option<Text>,
}

impl PopulationPace {
    /// Percent a year, compounded.
    pub fn percent(&self) -> f64 {
        let years = f64::from((self.to - self.from).max(1));
        let p = ((self.count_to / self.count_from).powf(1.0 / years) - 1.0) * 100.0;
        if p.is_finite() { p } else { 0.0 }
    }
}

/// The starting point of a plan's levers.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Start {
    pub base_year: i32,
    /// The data edition it was read from.
    pub edition: Edition,
    /// Per quantity (catalog order): the starting value and where it came from.
    pub values: Vec<Option<StartValue>>,
    /// Per quantity: the recent pace, where a series exists.
    pub pace: Vec<Option<Pace>>,
    /// The population's recent pace (from the edition that brought it).
    pub population_pace: Option<PopulationPace>,
}

/// The quantity a density statistic counts, when it is "one quantity per N residents".
fn density_parts(catalog: &Catalog, s: &Statistic) -> Option<(QuantityIx, f64)> {
    let Subject::Indicator(ind) = &s.subject else {
        return None;
    };
    match &ind.kind {
        IndicatorKind::Density {
            numerator,
            denominator,
            per,
        } if numerator.len() == 1 && Some(*denominator) == catalog.population() => {
            Some((numerator[0], *per))
        }
        _ => None,
    }
}

/// The statistic nearest `year` (the earlier of two equally near: it was known by then).
fn nearest<'a>(stats: impl Iterator<Item = &'a Statistic>, year: i32) -> Option<&'a Statistic> {
    stats.min_by_key(|s| ((s.year - year).abs(), s.year))
}

/// The change between the last two years of `src`'s population counts, if it has two.
fn population_pace(
    src: &Plan,
    own: bool,
    stats: &[&Statistic],
    pop: QuantityIx,
) -> Option<PopulationPace> {
    let mut counts: Vec<&Statistic> = stats
        .iter()
        .copied()
        .filter(|s| matches!(s.subject, Subject::Quantity(q) if q == pop) && s.value > 0.0)
        .collect();
    counts.sort_by_key(|s| s.year);
    counts.dedup_by_key(|s| s.year);
    let [.., a, b] = counts.as_slice() else {
        return None;
    };
    Some(PopulationPace {
        scope: src.region.clone(),
        own,
        from: a.year,
        to: b.year,
        count_from: a.value,
        count_to: b.value,
        source: b.source.clone(),
        confidence: a.confidence.max(b.confidence),
        caveat: b.caveat.clone().or_else(|| a.caveat.clone()),
    })
}

/// The latest year the region's own statistics give a bed or staff count or density (not the
/// population alone, nor a figure only reported, such as life expectancy).
fn latest_lever_year(catalog: &Catalog, own: &[&Statistic]) -> Option<i32> {
    own.iter()
        .filter(|s| match &s.subject {
            Subject::Quantity(q) => catalog
                .quantities
                .get(*q)
                .is_some_and(|c| c.group != Group::Population),
            Subject::Indicator(_) => density_parts(catalog, s).is_some(),
        })
        .map(|s| s.year)
        .max()
}

/// A density found for a lever, with whose it is.
struct FoundDensity<'a> {
    src: &'a Plan,
    own: bool,
    stat: &'a Statistic,
    per: f64,
}

impl FoundDensity<'_> {
    /// The density times `population`, with where it came from.
    fn times(&self, population: f64) -> StartValue {
        let s = self.stat;
        StartValue {
            value: (s.value * population / self.per).round(),
            provenance: Provenance::Density {
                scope: self.src.region.clone(),
                own: self.own,
                year: s.year,
                density: s.value,
                per: self.per,
                source: s.source.clone(),
                confidence: s.confidence,
                caveat: s.caveat.clone(),
            },
        }
    }
}

/// The density of lever `q` nearest `year` (or for `year` itself when `exact`) along `sources`,
/// nearest plan first.
fn density_from<'a>(
    catalog: &Catalog,
    sources: &[(&'a Plan, bool, Vec<&'a Statistic>)],
    q: QuantityIx,
    year: i32,
    exact: bool,
) -> Option<FoundDensity<'a>> {
    sources.iter().find_map(|(src, own, stats)| {
        let of_q = stats
            .iter()
            .copied()
            .filter(|s| density_parts(catalog, s).is_some_and(|(dq, _)| dq == q))
            .filter(|s| !exact || s.year == year);
        let stat = nearest(of_q, year)?;
        let (_, per) = density_parts(catalog, stat)?;
        Some(FoundDensity {
            src,
            own: *own,
            stat,
            per,
        })
    })
}

/// The first series (two years or more) of lever `q`'s density along `sources`.
fn recent_pace(
    catalog: &Catalog,
    sources: &[(&Plan, bool, Vec<&Statistic>)],
    q: QuantityIx,
) -> Option<Pace> {
    sources.iter().find_map(|(src, _, stats)| {
        let mut series: Vec<(&Statistic, f64)> = stats
            .iter()
            .copied()
            .filter_map(|s| {
                density_parts(catalog, s)
                    .filter(|(dq, _)| *dq == q)
                    .map(|(_, per)| (s, per))
            })
            .collect();
        series.sort_by_key(|(s, _)| s.year);
        let (first, per) = *series.first()?;
        let (last, _) = *series.last()?;
        (last.year > first.year).then(|| Pace {
            scope: src.region.clone(),
            from: first.year,
            to: last.year,
            density_from: first.value,
            density_to: last.value,
            per,
            source: last.source.clone(),
        })
    })
}

impl Start {
    /// The starting point of `plan`, reading statistics of `edition` from the plan itself and
    /// then from the plans it inherits (`chain`, nearest first: province, then nation).
    ///
    /// The levers start in the latest year the region's own figures report a bed or staff count
    /// or density (never before the plan's own base year): a plan of 2020 whose region has since
    /// reported 2023 starts in 2023. There, in this order of trust: the plan's own base-year
    /// figure (when the base year is the plan's); the region's own figure for that year; the
    /// plan's figure carried forward at the recent pace (when the base year moved past it); the
    /// region's own figure nearest that year; a density times the population, the region's own
    /// first, then its province's, then the nation's.
    pub fn new<'a>(
        catalog: &Catalog,
        plan: &'a Plan,
        chain: &[&'a Plan],
        edition: Edition,
    ) -> Start {
        // Each plan's statistics of this edition, borrowed, nearest plan first.
        let of = |p: &'a Plan| -> Vec<&'a Statistic> {
            p.statistics
                .iter()
                .filter(|s| s.edition <= edition)
                .collect()
        };
        let sources: Vec<(&Plan, bool, Vec<&Statistic>)> = std::iter::once((plan, true, of(plan)))
            .chain(chain.iter().map(|p| (*p, false, of(p))))
            .collect();
        let n = catalog.quantities.len();
        let pop_q = catalog.population();
        let own = &sources[0].2;
        let base =
            latest_lever_year(catalog, own).map_or(plan.base_year, |y| y.max(plan.base_year));
        let moved = base > plan.base_year;
        let pace: Vec<Option<Pace>> = (0..n).map(|q| recent_pace(catalog, &sources, q)).collect();
        let population_pace = pop_q
            .filter(|_| edition.has_population_pace())
            .and_then(|pop| {
                sources
                    .iter()
                    .find_map(|(src, own, stats)| population_pace(src, *own, stats, pop))
            });
        let mut values: Vec<Option<StartValue>> = vec![None; n];

        // The plan's own base-year figures, as they are or carried forward to the base year.
        let plan_population = pop_q.and_then(|p| plan.baseline_value(p));
        let carried = |q: QuantityIx, v: &super::super::plan::BaselineValue| -> StartValue {
            let years = base - plan.base_year;
            let inner = Provenance::Plan {
                derived: v.derived.clone(),
            };
            if !moved {
                return StartValue {
                    value: v.value,
                    provenance: inner,
                };
            }
            let (value, per_year) = if Some(q) == pop_q {
                let pct = population_pace
                    .as_ref()
                    .map_or(0.0, PopulationPace::percent);
                ((v.value * (1.0 + pct / 100.0).powi(years)).round(), pct)
            } else {
                let yearly = match (&pace[q], plan_population) {
                    (Some(p), Some(pop)) => p.yearly(pop),
                    _ => 0.0,
                };
                ((v.value + yearly * f64::from(years)).max(0.0), yearly)
            };
            StartValue {
                value,
                provenance: Provenance::Carried {
                    from: plan.base_year,
                    value: v.value,
                    per_year,
                    inner: Box::new(inner),
                },
            }
        };
        let baseline = |q: QuantityIx| {
            plan.baseline
                .as_ref()
                .and_then(|b| b.values.iter().find(|v| v.quantity == q))
        };
        let own_count = |q: QuantityIx, exact: bool| {
            let counts = own
                .iter()
                .copied()
                .filter(move |s| matches!(s.subject, Subject::Quantity(sq) if sq == q))
                .filter(move |s| !exact || s.year == base);
            nearest(counts, base).map(|s| StartValue {
                value: s.value,
                provenance: Provenance::Statistic {
                    year: s.year,
                    source: s.source.clone(),
                    confidence: s.confidence,
                    caveat: s.caveat.clone(),
                },
            })
        };
        // The population first: the densities below are applied to it.
        let order: Vec<QuantityIx> = pop_q
            .into_iter()
            .chain((0..n).filter(|q| Some(*q) != pop_q))
            .collect();
        for q in order {
            let population = pop_q
                .and_then(|p| values.get(p).cloned().flatten())
                .map(|v| v.value)
                .filter(|p| *p > 0.0);
            let own_density = |exact: bool| {
                population.and_then(|pop| {
                    density_from(catalog, &sources[..1], q, base, exact).map(|d| d.times(pop))
                })
            };
            let plan_figure = baseline(q).map(|v| carried(q, v));
            values[q] = if moved {
                own_count(q, true)
                    .or_else(|| own_density(true))
                    .or(plan_figure)
                    .or_else(|| own_count(q, false))
            } else {
                plan_figure.or_else(|| own_count(q, false))
            }
            .or_else(|| {
                population.and_then(|pop| {
                    density_from(catalog, &sources, q, base, false).map(|d| d.times(pop))
                })
            });
        }
        Start {
            base_year: base,
            edition,
            values,
            pace,
            population_pace,
        }
    }

    pub fn value(&self, q: QuantityIx) -> Option<f64> {
        self.values.get(q).and_then(|v| v.as_ref()).map(|v| v.value)
    }

    pub fn provenance(&self, q: QuantityIx) -> Option<&Provenance> {
        self.values
            .get(q)
            .and_then(|v| v.as_ref())
            .map(|v| &v.provenance)
    }

    pub fn pace(&self, q: QuantityIx) -> Option<&Pace> {
        self.pace.get(q).and_then(|p| p.as_ref())
    }
}
