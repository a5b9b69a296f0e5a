//! What happened, beside what was projected. A target whose year has passed is judged on the
//! figure the region reported for that year, where its data has one — read as stated, or
//! computed from reported counts (a doctor : nurse ratio from the two counts), and then said to
//! be computed — with what the recent pace had predicted for that year beside it. Only the
//! region's own figures count: a province's or the nation's figure never judges a city's target.

use crate::catalog::{Catalog, Indicator, IndicatorKind, QuantityIx};
use crate::plan::edition::Edition;
use crate::plan::{Confidence, Plan, Statistic, Subject, Target};
use crate::sim::assess::{Outcome, indicator_value, judge_value};
use crate::sim::projection::Projection;
use crate::sim::scenario::Scenario;
use crate::sim::start::Start;
use crate::sim::timeline::Today;
use crate::text::Text;

/// A figure reported for a year, with its sources.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportedValue {
    pub value: f64,
    pub year: i32,
    /// The statistics it was read or computed from (one, or the counts of a ratio or density).
    pub sources: Vec<Text>,
    /// Their own words, verbatim.
    pub quotes: Vec<String>,
    /// The least certain of them.
    pub confidence: Confidence,
    pub caveats: Vec<Text>,
    /// Computed from reported counts or densities rather than stated.
    pub computed: bool,
}

impl ReportedValue {
    fn from(stats: &[&Statistic], value: f64, year: i32, computed: bool) -> ReportedValue {
        let mut sources: Vec<Text> = Vec::new();
        for s in stats {
            if !sources.contains(&s.source) {
                sources.push(s.source.clone());
            }
        }
        ReportedValue {
            value,
            year,
            sources,
            quotes: stats.iter().map(|s| s.quote.clone()).collect(),
            confidence: stats.iter().map(|s| s.confidence).max().unwrap_or_default(),
            caveats: stats.iter().filter_map(|s| s.caveat.clone()).collect(),
            computed,
        }
    }
}

/// The region's reported count of `q` for `year`.
fn count(stats: &[Statistic], q: QuantityIx, year: i32) -> Option<&Statistic> {
    stats
        .iter()
        .find(|s| s.year == year && matches!(s.subject, Subject::Quantity(sq) if sq == q))
}

/// The region's reported density "one quantity per `per` residents" of `q` for `year`.
fn density_of<'a>(
    catalog: &Catalog,
    stats: &'a [Statistic],
    q: QuantityIx,
    year: i32,
) -> Option<(&'a Statistic, f64)> {
    stats.iter().find_map(|s| match &s.subject {
        Subject::Indicator(i) if s.year == year => match &i.kind {
            IndicatorKind::Density {
                numerator,
                denominator,
                per,
            } if numerator.as_slice() == [q] && Some(*denominator) == catalog.population() => {
                Some((s, *per))
            }
            _ => None,
        },
        _ => None,
    })
}

/// What the region reported for `indicator` in `year`: the figure as stated, else computed
/// from the counts (or densities) it reported that year.
pub fn reported_value(
    catalog: &Catalog,
    stats: &[Statistic],
    indicator: &Indicator,
    year: i32,
) -> Option<ReportedValue> {
    if let Some(s) = stats.iter().find(|s| {
        s.year == year && matches!(&s.subject, Subject::Indicator(i) if i.id == indicator.id)
    }) {
        return Some(ReportedValue::from(&[s], s.value, year, false));
    }
    match &indicator.kind {
        IndicatorKind::Density {
            numerator,
            denominator,
            per,
        } => {
            let den = count(stats, *denominator, year).filter(|s| s.value > 0.0)?;
            let nums: Option<Vec<&Statistic>> =
                numerator.iter().map(|q| count(stats, *q, year)).collect();
            if let Some(nums) = nums {
                let v = nums.iter().map(|s| s.value).sum::<f64>() / den.value * per;
                let mut all = nums;
                all.push(den);
                return Some(ReportedValue::from(&all, v, year, true));
            }
            // Several quantities' densities on the same base add up (physicians and nurses).
            let parts: Option<Vec<(&Statistic, f64)>> = numerator
                .iter()
                .map(|q| density_of(catalog, stats, *q, year))
                .collect();
            let parts = parts.filter(|p| p.len() > 1)?;
            let v = parts.iter().map(|(s, p)| s.value / p * per).sum();
            let all: Vec<&Statistic> = parts.iter().map(|(s, _)| *s).collect();
            Some(ReportedValue::from(&all, v, year, true))
        }
        IndicatorKind::Ratio { first, second } => {
            let side = |qs: &[QuantityIx]| -> Option<(f64, Vec<&Statistic>)> {
                // Counts, or else densities on one base (per 1,000 both).
                let counts: Option<Vec<&Statistic>> =
                    qs.iter().map(|q| count(stats, *q, year)).collect();
                if let Some(c) = counts {
                    return Some((c.iter().map(|s| s.value).sum(), c));
                }
                let ds: Option<Vec<(&Statistic, f64)>> = qs
                    .iter()
                    .map(|q| density_of(catalog, stats, *q, year))
                    .collect();
                let ds = ds?;
                let v: f64 = ds.iter().map(|(s, per)| s.value / per).sum();
                Some((v, ds.into_iter().map(|(s, _)| s).collect()))
            };
            let (a, mut sa) = side(first)?;
            let (b, sb) = side(second)?;
            if a <= 0.0 {
                return None;
            }
            // Both sides from counts, or both from densities: never one of each.
            let counted = |v: &[&Statistic]| matches!(v[0].subject, Subject::Quantity(_));
            if counted(&sa) != counted(&sb) {
                return None;
            }
            sa.extend(sb);
            Some(ReportedValue::from(&sa, b / a, year, true))
        }
        IndicatorKind::Count { quantity } => {
            count(stats, *quantity, year).map(|s| ReportedValue::from(&[s], s.value, year, false))
        }
        IndicatorKind::Share { .. } | IndicatorKind::Tracked => None,
    }
}

/// A passed target's reported figure, judged, and what the recent pace had predicted for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Reported {
    pub value: ReportedValue,
    pub outcome: Outcome,
    /// The projection from the region's figures before that year, at the recent pace: the year
    /// it started from and the value it gave (none where a lever had no starting value).
    pub predicted: Option<(i32, f64)>,
}

/// What the region reported for each of a plan's passed targets (target order), as a link of
/// `edition` sees the data, on `today`.
#[derive(Clone, Debug, PartialEq)]
pub struct Reports {
    pub today: Today,
    pub rows: Vec<Option<Reported>>,
}

impl Reports {
    /// No target judged on a report (every row projected).
    pub fn none(today: Today) -> Reports {
        Reports {
            today,
            rows: Vec::new(),
        }
    }

    pub fn get(&self, target: usize) -> Option<&Reported> {
        self.rows.get(target).and_then(Option::as_ref)
    }
}

/// The plan and its chain as they stood before `year`: only statistics of earlier years.
fn before(plan: &Plan, year: i32) -> Plan {
    let mut p = plan.clone();
    p.statistics.retain(|s| s.year < year);
    p
}

/// The figures `region` reported for the passed ones of `targets` (its own, or a standard it
/// inherits), each with what the pace had predicted from the region's data before that year.
pub fn reports(
    catalog: &Catalog,
    targets: &[Target],
    region: &Plan,
    chain: &[&Plan],
    edition: Edition,
    today: Today,
) -> Reports {
    let plan = region;
    let own: Vec<Statistic> = plan
        .statistics
        .iter()
        .filter(|s| s.edition <= edition)
        .cloned()
        .collect();
    // One prediction per year reported, from the data before it.
    let mut predictions: Vec<(i32, Projection)> = Vec::new();
    let rows = targets
        .iter()
        .map(|t| {
            if !today.is_past(t.year) {
                return None;
            }
            let value = reported_value(catalog, &own, &t.indicator, t.year)?;
            let outcome = judge_value(t, value.value);
            let predicted = if t.is_tracked() {
                None
            } else {
                let at = match predictions.iter().position(|(y, _)| *y == t.year) {
                    Some(i) => i,
                    None => {
                        let p = before(plan, t.year);
                        let c: Vec<Plan> = chain.iter().map(|c| before(c, t.year)).collect();
                        let refs: Vec<&Plan> = c.iter().collect();
                        let start = Start::new(catalog, &p, &refs, edition);
                        let s = Scenario::starting(catalog, &start);
                        predictions.push((t.year, Projection::new(catalog, &s)));
                        predictions.len() - 1
                    }
                };
                let (_, projection) = &predictions[at];
                indicator_value(catalog, &t.indicator.kind, projection.at(t.year))
                    .ok()
                    .filter(|_| projection.base_year < t.year)
                    .map(|v| (projection.base_year, v))
            };
            Some(Reported {
                value,
                outcome,
                predicted,
            })
        })
        .collect();
    Reports { today, rows }
}
