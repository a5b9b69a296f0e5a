//! A plan judged under a scenario: each target at its own year — on what was reported for it
//! once its year has passed and the data has a report, else on the projection — the 2025
//! standards held at 2035, and the first year each target is met.

use crate::catalog::Catalog;
use crate::plan::Plan;
use crate::sim::assess::{Outcome, Status, assess, status_only};
use crate::sim::projection::Projection;
use crate::sim::reported::{Reported, Reports};
use crate::sim::scenario::Scenario;
use crate::sim::timeline::Milestone;
use crate::sim::timeline::{END_YEAR, held_to_end};

/// The first year a target is met under the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FirstMet {
    Year(i32),
    NotBy2035,
    /// Tracked targets and targets without the values to judge them.
    Unknown,
}

impl FirstMet {
    pub fn code(self) -> String {
        match self {
            FirstMet::Year(y) => y.to_string(),
            FirstMet::NotBy2035 => "none".into(),
            FirstMet::Unknown => "unknown".into(),
        }
    }
}

/// What a row's verdict rests on.
#[derive(Clone, Debug, PartialEq)]
pub enum Basis {
    /// The projection: the year is still ahead, or it has passed (`past`) and the data has no
    /// report for it yet.
    Projected { past: bool },
    /// What the region reported for the year (the projection stays beside it).
    Reported(Box<Reported>),
    /// A tracked target's value as the user typed it: a typed value always wins.
    Entered,
}

impl Basis {
    /// The page's `data-basis`.
    pub fn code(&self) -> &'static str {
        match self {
            Basis::Projected { .. } => "projected",
            Basis::Reported(_) => "reported",
            Basis::Entered => "entered",
        }
    }

    pub fn reported(&self) -> Option<&Reported> {
        match self {
            Basis::Reported(r) => Some(r),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index into the plan's targets.
    pub target: usize,
    /// The year it was judged at.
    pub year: i32,
    pub outcome: Outcome,
    pub first_met: FirstMet,
    pub basis: Basis,
    /// The projection's verdict at the target's year (the same as `outcome` unless reported).
    pub projected: Outcome,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Report {
    /// Every target at its own year.
    pub rows: Vec<Row>,
    /// The computed targets due by 2025, judged again with the 2035 values.
    pub held: Vec<Row>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Tally {
    pub met: usize,
    pub band: usize,
    pub missed: usize,
    pub over: usize,
    pub not_assessable: usize,
}

impl Tally {
    pub fn add(&mut self, s: Status) {
        match s {
            Status::Met => self.met += 1,
            Status::Band => self.band += 1,
            Status::Missed => self.missed += 1,
            Status::Over => self.over += 1,
            Status::NotAssessable => self.not_assessable += 1,
        }
    }

    pub fn total(&self) -> usize {
        self.met + self.band + self.missed + self.over + self.not_assessable
    }

    /// Met or within band.
    pub fn succeeded(&self) -> usize {
        self.met + self.band
    }
}

/// A milestone's rows by what their verdicts rest on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ByBasis {
    /// Judged on what was reported for their year.
    pub reported: Tally,
    /// Their year has passed with no report yet: judged on the projection.
    pub no_report: Tally,
    /// Still ahead (or a typed value): judged on the projection.
    pub ahead: Tally,
}

/// Assesses every target of a plan under a scenario; `reports` holds what was reported for the
/// targets whose year has passed.
pub fn report(
    catalog: &Catalog,
    plan: &Plan,
    scenario: &Scenario,
    projection: &Projection,
    reports: &Reports,
) -> Report {
    let mut rows = Vec::with_capacity(plan.targets.len());
    let mut held = Vec::new();
    for (i, t) in plan.targets.iter().enumerate() {
        let tracked = scenario.tracked.get(&t.id).copied();
        let year = t.year.max(projection.base_year);
        let projected = assess(catalog, t, projection.at(year), tracked);
        let (outcome, basis, year) = match reports.get(i) {
            Some(_) if tracked.is_some() && t.is_tracked() => (projected, Basis::Entered, year),
            Some(r) => (r.outcome, Basis::Reported(Box::new(r.clone())), t.year),
            None if tracked.is_some() && t.is_tracked() => (projected, Basis::Entered, year),
            None => (
                projected,
                Basis::Projected {
                    past: reports.today.is_past(t.year),
                },
                year,
            ),
        };
        let first_met = if t.is_tracked() || outcome.status == Status::NotAssessable {
            FirstMet::Unknown
        } else {
            (projection.base_year..=END_YEAR)
                .find(|y| status_only(catalog, t, projection.at(*y)).is_success())
                .map(FirstMet::Year)
                .unwrap_or(FirstMet::NotBy2035)
        };
        if !t.is_tracked() && held_to_end(t.year) {
            let at_end = assess(catalog, t, projection.at(END_YEAR), None);
            held.push(Row {
                target: i,
                year: END_YEAR,
                outcome: at_end,
                first_met,
                basis: Basis::Projected { past: false },
                projected: at_end,
            });
        }
        rows.push(Row {
            target: i,
            year,
            outcome,
            first_met,
            basis,
            projected,
        });
    }
    Report { rows, held }
}

impl Report {
    /// Tally of the rows due in a milestone, split into computed and tracked targets.
    pub fn tally(&self, plan: &Plan, milestone: Milestone) -> (Tally, Tally) {
        let mut computed = Tally::default();
        let mut tracked = Tally::default();
        for r in &self.rows {
            let Some(t) = plan.targets.get(r.target) else {
                continue;
            };
            if !milestone.includes(t.year) {
                continue;
            }
            if t.is_tracked() {
                tracked.add(r.outcome.status);
            } else {
                computed.add(r.outcome.status);
            }
        }
        (computed, tracked)
    }

    /// The rows due in a milestone by what they rest on: judged on reports, passed without a
    /// report yet (judged on the projection), and still ahead.
    pub fn by_basis(&self, plan: &Plan, milestone: Milestone, tracked: bool) -> ByBasis {
        let mut out = ByBasis::default();
        for r in &self.rows {
            let Some(t) = plan.targets.get(r.target) else {
                continue;
            };
            if !milestone.includes(t.year) || t.is_tracked() != tracked {
                continue;
            }
            match &r.basis {
                Basis::Reported(_) => out.reported.add(r.outcome.status),
                Basis::Projected { past: true } => out.no_report.add(r.outcome.status),
                Basis::Projected { past: false } | Basis::Entered => {
                    out.ahead.add(r.outcome.status)
                }
            }
        }
        out
    }

    pub fn held_tally(&self) -> Tally {
        let mut t = Tally::default();
        for r in &self.held {
            t.add(r.outcome.status);
        }
        t
    }
}
