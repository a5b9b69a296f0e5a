//! Judging one target against lever values: its status, the indicator's value, and the gap both
//! in the indicator's unit and in the lever's unit.

use crate::catalog::{Catalog, Direction, IndicatorKind, QuantityIx};
use crate::plan::{Comparison, Target, about_band};

/// Lever values, indexed by the catalog's quantity index; `None` is "not entered".
pub type Values = [Option<f64>];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// The stated figure is reached.
    Met,
    /// Inside a 左右 band but below the stated figure (counts as meeting it).
    Band,
    Missed,
    /// Above a 左右 band or a range: over-supply, which plans restrain too.
    Over,
    NotAssessable,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::Band => "band",
            Status::Missed => "missed",
            Status::Over => "over",
            Status::NotAssessable => "na",
        }
    }

    /// Met and within-band both count as meeting the target.
    pub fn is_success(self) -> bool {
        matches!(self, Status::Met | Status::Band)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Bad {
    Negative,
    NotFinite,
    TooLarge,
}

/// Why a target cannot be judged.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reason {
    /// A lever the indicator needs has no value yet.
    NotEntered(QuantityIx),
    Invalid(QuantityIx, Bad),
    /// The base of a density or ratio is zero (no population, no physicians, …).
    ZeroBase(QuantityIx),
    /// A population-keyed rule has no band for this population.
    OutsideBands {
        population: f64,
    },
    /// A tracked value the user has not entered.
    TrackedNotEntered,
}

/// What the user entered for a tracked target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Tracked {
    Number(f64),
    Done(bool),
}

/// The lever's side of a gap: what the lever would have to be at the target's year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LeverGap {
    pub quantity: QuantityIx,
    pub current: f64,
    /// Smallest whole value that reaches the stated figure (or the lower edge of a range).
    pub min: Option<f64>,
    /// Smallest whole value inside a 左右 band (its lower edge), for "about" targets.
    pub band_min: Option<f64>,
    /// Largest whole value still allowed (upper edge of a band or range, or an at-most cap).
    pub max: Option<f64>,
}

/// The lever value to type now, in the base year, so the target is met at its year given the
/// lever's yearly change: the page's `data-needed`.
pub fn needed_now(o: &Outcome, year: i32, base_year: i32, yearly: f64) -> Option<f64> {
    let lg = o.lever?;
    let at_year = lg.needed(o.status)?;
    let years = f64::from(year - base_year);
    Some((at_year - yearly * years).max(0.0))
}

impl LeverGap {
    /// Drops the edge the plan does not hold a band or range to: no ceiling for an indicator it
    /// wants higher, no floor for a quota it only reserves.
    fn toward(mut self, c: &Comparison, direction: Direction) -> LeverGap {
        if matches!(c, Comparison::About { .. } | Comparison::Between { .. }) {
            match direction {
                Direction::Higher => self.max = None,
                Direction::Lower => {
                    self.min = None;
                    self.band_min = None;
                }
                Direction::Either => {}
            }
        }
        self
    }

    /// The lever value the page reports as "needed" for this status, and its change from now.
    pub fn needed(&self, status: Status) -> Option<f64> {
        match status {
            Status::Over => self.max,
            Status::Missed | Status::Band => self.min.or(self.max),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Outcome {
    pub status: Status,
    pub value: Option<f64>,
    pub reason: Option<Reason>,
    /// For population rules: the threshold for this population.
    pub threshold: Option<f64>,
    /// Signed distance to the figure in the indicator's unit (positive: more is needed).
    pub gap: Option<f64>,
    pub lever: Option<LeverGap>,
}

impl Outcome {
    fn not_assessable(reason: Reason) -> Outcome {
        Outcome {
            status: Status::NotAssessable,
            value: None,
            reason: Some(reason),
            threshold: None,
            gap: None,
            lever: None,
        }
    }
}

fn eps(t: f64) -> f64 {
    1e-9 * t.abs().max(1.0)
}

/// Whether one lever value can be used: entered, finite, not negative, not absurdly large.
fn usable(catalog: &Catalog, values: &Values, q: QuantityIx) -> Result<f64, Reason> {
    let Some(v) = values.get(q).copied().flatten() else {
        return Err(Reason::NotEntered(q));
    };
    if !v.is_finite() {
        Err(Reason::Invalid(q, Bad::NotFinite))
    } else if v < 0.0 {
        Err(Reason::Invalid(q, Bad::Negative))
    } else if catalog.quantities.get(q).is_some_and(|c| v > c.max) {
        Err(Reason::Invalid(q, Bad::TooLarge))
    } else {
        Ok(v)
    }
}

/// Checks the levers an indicator reads.
fn check(catalog: &Catalog, values: &Values, qs: &[QuantityIx]) -> Result<(), Reason> {
    qs.iter()
        .try_for_each(|&q| usable(catalog, values, q).map(|_| ()))
}

/// Checks one lever value on its own (used by the page's number boxes too).
pub fn check_value(catalog: &Catalog, q: QuantityIx, v: f64) -> Result<(), Bad> {
    let vals: Vec<Option<f64>> = (0..=q)
        .map(|i| if i == q { Some(v) } else { None })
        .collect();
    match check(catalog, &vals, &[q]) {
        Err(Reason::Invalid(_, bad)) => Err(bad),
        _ => Ok(()),
    }
}

fn sum(values: &Values, qs: &[QuantityIx], lever: Option<(QuantityIx, f64)>) -> f64 {
    qs.iter()
        .map(|&q| match lever {
            Some((l, x)) if l == q => x,
            _ => values.get(q).copied().flatten().unwrap_or(0.0),
        })
        .sum()
}

/// The indicator's value, with one lever optionally replaced by `x`.
fn value_with(
    kind: &IndicatorKind,
    values: &Values,
    lever: Option<(QuantityIx, f64)>,
) -> Result<f64, Reason> {
    match kind {
        IndicatorKind::Density {
            numerator,
            denominator,
            per,
        } => {
            let den = sum(values, &[*denominator], lever);
            if den <= 0.0 {
                return Err(Reason::ZeroBase(*denominator));
            }
            Ok(sum(values, numerator, lever) / den * per)
        }
        IndicatorKind::Ratio { first, second } => {
            let a = sum(values, first, lever);
            if a <= 0.0 {
                return Err(Reason::ZeroBase(first.first().copied().unwrap_or(0)));
            }
            Ok(sum(values, second, lever) / a)
        }
        IndicatorKind::Share { part, whole } => {
            let w = sum(values, whole, lever);
            if w <= 0.0 {
                return Err(Reason::ZeroBase(whole.first().copied().unwrap_or(0)));
            }
            Ok(sum(values, part, lever) / w * 100.0)
        }
        IndicatorKind::Count { quantity } => Ok(sum(values, &[*quantity], lever)),
        IndicatorKind::Tracked => Err(Reason::TrackedNotEntered),
    }
}

/// The computed indicator value for these levers (for charts and the overview).
pub fn indicator_value(
    catalog: &Catalog,
    kind: &IndicatorKind,
    values: &Values,
) -> Result<f64, Reason> {
    check(catalog, values, &kind.quantities())?;
    value_with(kind, values, None)
}

/// Judges a value against a comparison; `threshold` is a population rule's resolved figure.
pub fn judge(c: &Comparison, v: f64, threshold: Option<f64>) -> Status {
    let at_least = |t: f64| {
        if v >= t - eps(t) {
            Status::Met
        } else {
            Status::Missed
        }
    };
    match c {
        Comparison::AtLeast(t) => at_least(*t),
        Comparison::AtMost(t) => {
            if v <= t + eps(*t) {
                Status::Met
            } else {
                Status::Missed
            }
        }
        Comparison::About { value, tolerance } => {
            let (lo, hi) = about_band(*value, *tolerance);
            if v < lo - eps(lo) {
                Status::Missed
            } else if v < value - eps(*value) {
                Status::Band
            } else if v <= hi + eps(hi) {
                Status::Met
            } else {
                Status::Over
            }
        }
        Comparison::Between { low, high } => {
            if v < low - eps(*low) {
                Status::Missed
            } else if v > high + eps(*high) {
                Status::Over
            } else {
                Status::Met
            }
        }
        Comparison::FullCoverage => at_least(100.0),
        Comparison::Done => at_least(1.0),
        Comparison::IncreaseBy {
            value, tolerance, ..
        } => match at_least(*value) {
            Status::Met => Status::Met,
            _ => match tolerance {
                Some(tol) if v >= about_band(*value, *tol).0 - eps(*value) => Status::Band,
                _ => Status::Missed,
            },
        },
        Comparison::PopulationRule { .. } => match threshold {
            Some(t) => at_least(t),
            None => Status::NotAssessable,
        },
    }
}

/// Judges a value the way the plan wants the indicator to move: for a 左右 band or a range, a
/// `Higher` indicator is met above it too, and a `Lower` one below it (see [`Direction`]).
pub fn judge_toward(
    c: &Comparison,
    v: f64,
    threshold: Option<f64>,
    direction: Direction,
) -> Status {
    let status = judge(c, v, threshold);
    let two_sided = matches!(c, Comparison::About { .. } | Comparison::Between { .. });
    match (direction, status) {
        (Direction::Higher, Status::Over) if two_sided => Status::Met,
        (Direction::Lower, Status::Missed | Status::Band) if two_sided => Status::Met,
        _ => status,
    }
}

/// The figure a value is measured against for the gap (the stated value, a range's nearer edge).
fn reference(c: &Comparison, status: Status, threshold: Option<f64>) -> Option<f64> {
    match (c, status) {
        (Comparison::AtLeast(t) | Comparison::AtMost(t), _) => Some(*t),
        (Comparison::About { value, tolerance }, Status::Over) => {
            Some(about_band(*value, *tolerance).1)
        }
        (Comparison::About { value, .. }, _) => Some(*value),
        (Comparison::Between { high, .. }, Status::Over) => Some(*high),
        (Comparison::Between { low, .. }, _) => Some(*low),
        (Comparison::FullCoverage, _) => Some(100.0),
        (Comparison::IncreaseBy { value, .. }, _) => Some(*value),
        (Comparison::PopulationRule { .. }, _) => threshold,
        (Comparison::Done, _) => None,
    }
}

/// Judges a figure the region reported for the target's year (no lever can change the past, so
/// there is a gap in the indicator's unit but none in a lever's). An increase over a stated base
/// is judged on the reported value less that base.
pub fn judge_value(target: &Target, reported: f64) -> Outcome {
    let c = &target.comparison;
    let v = match c {
        Comparison::IncreaseBy { base: Some(b), .. } => reported - b,
        _ => reported,
    };
    if !v.is_finite() {
        return Outcome::not_assessable(Reason::TrackedNotEntered);
    }
    let status = judge_toward(c, v, None, target.indicator.direction);
    let gap = reference(c, status, None).map(|r| r - v);
    Outcome {
        status,
        value: Some(v),
        reason: None,
        threshold: None,
        gap: if status == Status::Met { None } else { gap },
        lever: None,
    }
}

/// Assesses a target. `values` are the levers at the target's year; `tracked` is what the user
/// entered for a tracked target.
pub fn assess(
    catalog: &Catalog,
    target: &Target,
    values: &Values,
    tracked: Option<Tracked>,
) -> Outcome {
    let c = &target.comparison;
    if target.is_tracked() {
        let v = match (tracked, c) {
            (None, _) => return Outcome::not_assessable(Reason::TrackedNotEntered),
            (Some(Tracked::Done(d)), Comparison::FullCoverage) => {
                if d {
                    100.0
                } else {
                    0.0
                }
            }
            (Some(Tracked::Done(d)), _) => f64::from(u8::from(d)),
            (Some(Tracked::Number(n)), Comparison::IncreaseBy { base: Some(b), .. }) => n - b,
            (Some(Tracked::Number(n)), _) => n,
        };
        if !v.is_finite() {
            return Outcome::not_assessable(Reason::TrackedNotEntered);
        }
        let status = judge_toward(c, v, None, target.indicator.direction);
        let gap = reference(c, status, None).map(|r| r - v);
        return Outcome {
            status,
            value: Some(v),
            reason: None,
            threshold: None,
            gap: if status == Status::Met { None } else { gap },
            lever: None,
        };
    }

    let kind = &target.indicator.kind;
    let mut qs = kind.quantities();
    let rule_pop = match c {
        Comparison::PopulationRule { population, .. } => {
            qs.push(*population);
            Some(*population)
        }
        _ => None,
    };
    if let Err(reason) = check(catalog, values, &qs) {
        return Outcome::not_assessable(reason);
    }
    let threshold = match rule_pop {
        Some(p) => {
            let pop = values.get(p).copied().flatten().unwrap_or(0.0);
            match c.rule_threshold(pop) {
                Some(t) => Some(t),
                None => return Outcome::not_assessable(Reason::OutsideBands { population: pop }),
            }
        }
        None => None,
    };
    let v = match value_with(kind, values, None) {
        Ok(v) => v,
        Err(reason) => return Outcome::not_assessable(reason),
    };
    let direction = target.indicator.direction;
    let status = judge_toward(c, v, threshold, direction);
    let gap = reference(c, status, threshold).map(|r| r - v);
    let lever = kind
        .lever()
        .and_then(|l| lever_gap(catalog, kind, c, values, l, threshold))
        .map(|g| g.toward(c, direction));
    Outcome {
        status,
        value: Some(v),
        reason: None,
        threshold,
        gap: if status == Status::Met { None } else { gap },
        lever,
    }
}

/// The status alone, without the gap and without allocating: for the uncertainty sweep, which
/// judges each target tens of thousands of times.
pub fn status_only(catalog: &Catalog, target: &Target, values: &Values) -> Status {
    if target.is_tracked() {
        return Status::NotAssessable;
    }
    let valid = |q: QuantityIx| usable(catalog, values, q).is_ok();
    if !target.indicator.kind.all_quantities(valid) {
        return Status::NotAssessable;
    }
    let c = &target.comparison;
    let threshold = match c {
        Comparison::PopulationRule { population, .. } => {
            if !valid(*population) {
                return Status::NotAssessable;
            }
            match c.rule_threshold(values.get(*population).copied().flatten().unwrap_or(0.0)) {
                Some(t) => Some(t),
                None => return Status::NotAssessable,
            }
        }
        _ => None,
    };
    match value_with(&target.indicator.kind, values, None) {
        Ok(v) => judge_toward(c, v, threshold, target.indicator.direction),
        Err(_) => Status::NotAssessable,
    }
}

/// The whole-number lever values that bound a target: smallest to reach the figure, the band's
/// lower edge, and the largest still allowed.
fn lever_gap(
    catalog: &Catalog,
    kind: &IndicatorKind,
    c: &Comparison,
    values: &Values,
    lever: QuantityIx,
    threshold: Option<f64>,
) -> Option<LeverGap> {
    let current = values.get(lever).copied().flatten()?;
    let max_allowed = catalog
        .quantities
        .get(lever)
        .map(|q| q.max)
        .unwrap_or(f64::MAX);
    let reach = |t: f64| smallest(kind, values, lever, t, max_allowed);
    let cap = |t: f64| largest(kind, values, lever, t, max_allowed);
    let (min, band_min, max) = match c {
        Comparison::AtLeast(t) => (reach(*t), None, None),
        Comparison::AtMost(t) => (None, None, cap(*t)),
        Comparison::About { value, tolerance } => {
            let (lo, hi) = about_band(*value, *tolerance);
            (reach(*value), reach(lo), cap(hi))
        }
        Comparison::Between { low, high } => (reach(*low), None, cap(*high)),
        Comparison::PopulationRule { .. } => (threshold.and_then(reach), None, None),
        _ => (None, None, None),
    };
    Some(LeverGap {
        quantity: lever,
        current,
        min,
        band_min,
        max,
    })
}

/// The lever's continuous value that makes the indicator equal `t`.
fn solve_continuous(
    kind: &IndicatorKind,
    values: &Values,
    lever: QuantityIx,
    t: f64,
) -> Option<f64> {
    let others = |qs: &[QuantityIx]| -> f64 {
        qs.iter()
            .filter(|&&q| q != lever)
            .map(|&q| values.get(q).copied().flatten().unwrap_or(0.0))
            .sum()
    };
    match kind {
        IndicatorKind::Density {
            numerator,
            denominator,
            per,
        } => {
            let den = values.get(*denominator).copied().flatten()?;
            Some(t * den / per - others(numerator))
        }
        IndicatorKind::Ratio { first, second } => {
            Some(t * sum(values, first, None) - others(second))
        }
        IndicatorKind::Share { part, whole } => {
            Some(t / 100.0 * sum(values, whole, None) - others(part))
        }
        IndicatorKind::Count { .. } => Some(t),
        IndicatorKind::Tracked => None,
    }
}

/// Smallest whole lever value whose indicator reaches `t`.
fn smallest(
    kind: &IndicatorKind,
    values: &Values,
    lever: QuantityIx,
    t: f64,
    max: f64,
) -> Option<f64> {
    let reaches =
        |x: f64| value_with(kind, values, Some((lever, x))).is_ok_and(|v| v >= t - eps(t));
    let x = solve_continuous(kind, values, lever, t)?;
    if !x.is_finite() {
        return None;
    }
    let mut c = x.ceil().max(0.0);
    // Floating point can land one off either way; the comparator decides.
    for _ in 0..4 {
        if c >= 1.0 && reaches(c - 1.0) {
            c -= 1.0;
        } else {
            break;
        }
    }
    for _ in 0..4 {
        if reaches(c) {
            break;
        }
        c += 1.0;
    }
    (reaches(c) && c <= max).then_some(c)
}

/// Largest whole lever value whose indicator stays at or below `t`.
fn largest(
    kind: &IndicatorKind,
    values: &Values,
    lever: QuantityIx,
    t: f64,
    max: f64,
) -> Option<f64> {
    let within = |x: f64| value_with(kind, values, Some((lever, x))).is_ok_and(|v| v <= t + eps(t));
    let x = solve_continuous(kind, values, lever, t)?;
    if !x.is_finite() || x < 0.0 {
        return None;
    }
    let mut c = x.floor().min(max);
    for _ in 0..4 {
        if within(c + 1.0) && c + 1.0 <= max {
            c += 1.0;
        } else {
            break;
        }
    }
    for _ in 0..4 {
        if within(c) || c <= 0.0 {
            break;
        }
        c -= 1.0;
    }
    within(c).then_some(c)
}
