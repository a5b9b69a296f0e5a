//! A plan judged under a scenario: each target at its own year, the 2025 standards held at 2035,
//! and the first year each target is met.

use crate::catalog::Catalog;
use crate::plan::Plan;
use crate::sim::assess::{Outcome, Status, assess, status_only};
use crate::sim::projection::Projection;
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

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Index into the plan's targets.
    pub target: usize,
    /// The year it was judged at.
    pub year: i32,
    pub outcome: Outcome,
    pub first_met: FirstMet,
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

/// Assesses every target of a plan under a scenario.
pub fn report(
    catalog: &Catalog,
    plan: &Plan,
    scenario: &Scenario,
    projection: &Projection,
) -> Report {
    let mut rows = Vec::with_capacity(plan.targets.len());
    let mut held = Vec::new();
    for (i, t) in plan.targets.iter().enumerate() {
        let tracked = scenario.tracked.get(&t.id).copied();
        let year = t.year.max(projection.base_year);
        let outcome = assess(catalog, t, projection.at(year), tracked);
        let first_met = if t.is_tracked() || outcome.status == Status::NotAssessable {
            FirstMet::Unknown
        } else {
            (projection.base_year..=END_YEAR)
                .find(|y| status_only(catalog, t, projection.at(*y)).is_success())
                .map(FirstMet::Year)
                .unwrap_or(FirstMet::NotBy2035)
        };
        if !t.is_tracked() && held_to_end(t.year) {
            held.push(Row {
                target: i,
                year: END_YEAR,
                outcome: assess(catalog, t, projection.at(END_YEAR), None),
                first_met,
            });
        }
        rows.push(Row {
            target: i,
            year,
            outcome,
            first_met,
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

    pub fn held_tally(&self) -> Tally {
        let mut t = Tally::default();
        for r in &self.held {
            t.add(r.outcome.status);
        }
        t
    }
}
