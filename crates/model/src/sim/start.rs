//! Where a region's levers start and the pace they move at by default, each with where it came
//! from. The order of trust: the plan's own base-year figures (Jiaohe's), then an official count
//! for the region, then a density times the region's population — the region's own density
//! (statistics), else its province's, else the nation's (an assumption the page labels so).
//! The pace is the recent change of a density in the bulletins, applied to the region; the
//! population's is its own last two years' change (the region's, else its province's, else the
//! nation's). Only statistics of the link's data edition are read (see [`crate::plan::edition`]).

use crate::catalog::{Catalog, IndicatorKind, QuantityIx};
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
        matches!(self, Provenance::Density { own: false, .. })
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

impl Start {
    /// The starting point of `plan`, reading statistics of `edition` from the plan itself and
    /// then from the plans it inherits (`chain`, nearest first: province, then nation).
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
        let base = plan.base_year;
        let mut values: Vec<Option<StartValue>> = vec![None; n];
        let mut pace: Vec<Option<Pace>> = vec![None; n];

        if let Some(b) = &plan.baseline {
            for v in &b.values {
                if let Some(slot) = values.get_mut(v.quantity) {
                    *slot = Some(StartValue {
                        value: v.value,
                        provenance: Provenance::Plan {
                            derived: v.derived.clone(),
                        },
                    });
                }
            }
        }
        // Official counts for the region itself.
        for (q, slot) in values.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            let counts = sources[0]
                .2
                .iter()
                .copied()
                .filter(|s| matches!(s.subject, Subject::Quantity(sq) if sq == q));
            if let Some(s) = nearest(counts, base) {
                *slot = Some(StartValue {
                    value: s.value,
                    provenance: Provenance::Statistic {
                        year: s.year,
                        source: s.source.clone(),
                        confidence: s.confidence,
                        caveat: s.caveat.clone(),
                    },
                });
            }
        }

        let population = catalog
            .population()
            .and_then(|p| values.get(p).cloned().flatten())
            .map(|v| v.value)
            .filter(|p| *p > 0.0);
        for q in 0..n {
            // Densities: the region's own first, then its province's, then the nation's.
            if values[q].is_none()
                && let Some(pop) = population
            {
                let found = sources.iter().find_map(|(src, own, stats)| {
                    let of_q = stats
                        .iter()
                        .copied()
                        .filter(|s| density_parts(catalog, s).is_some_and(|(dq, _)| dq == q));
                    nearest(of_q, base).map(|s| (*src, *own, s))
                });
                if let Some((src, own, s)) = found
                    && let Some((_, per)) = density_parts(catalog, s)
                {
                    values[q] = Some(StartValue {
                        value: (s.value * pop / per).round(),
                        provenance: Provenance::Density {
                            scope: src.region.clone(),
                            own,
                            year: s.year,
                            density: s.value,
                            per,
                            source: s.source.clone(),
                            confidence: s.confidence,
                            caveat: s.caveat.clone(),
                        },
                    });
                }
            }
            // The pace: the first series (two years or more) along the same chain.
            pace[q] = sources.iter().find_map(|(src, _, stats)| {
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
            });
        }
        let population_pace = catalog
            .population()
            .filter(|_| edition.has_population_pace())
            .and_then(|pop| {
                sources
                    .iter()
                    .find_map(|(src, own, stats)| population_pace(src, *own, stats, pop))
            });
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
