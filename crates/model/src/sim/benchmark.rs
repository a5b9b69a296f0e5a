//! National and international benchmark figures (`seeds/benchmarks.json`, from REFERENCES.md).
//! They are never a plan's target: the page shows them apart, with their source and confidence.

use serde_json::Value;

use crate::catalog::{Catalog, Indicator};
use crate::plan::Comparison;
use crate::plan::problem::{Problem, malformed};
use crate::plan::reader::{Reader, index};
use crate::sim::assess::{Status, judge};
use crate::text::Text;

pub const BENCHMARKS_JSON: &str = include_str!("../../../../seeds/benchmarks.json");

use crate::plan::Confidence;

#[derive(Clone, Debug)]
pub struct Benchmark {
    pub id: String,
    pub indicator: Indicator,
    pub year: i32,
    pub value: f64,
    pub international: bool,
    /// A figure to compare with, not a goal to meet (international averages and thresholds).
    pub reference_only: bool,
    pub confidence: Confidence,
    pub source: Text,
    /// Shown beside medium- and low-confidence figures.
    pub caveat: Option<Text>,
}

impl Benchmark {
    /// The year a region is compared in: a target's own year, or the milestone for a reference
    /// figure (an average is not due in any year).
    pub fn year_for(&self, milestone_year: i32) -> i32 {
        if self.reference_only {
            milestone_year
        } else {
            self.year
        }
    }

    /// A benchmark that is a target is judged as a floor; a reference figure never is.
    pub fn judge(&self, value: Option<f64>) -> Status {
        match value {
            Some(v) if !self.reference_only => judge(&Comparison::AtLeast(self.value), v, None),
            _ => Status::NotAssessable,
        }
    }

    /// Higher or lower than a reference figure (`None` without a value).
    pub fn above(&self, value: Option<f64>) -> Option<bool> {
        value.map(|v| v >= self.value)
    }
}

pub fn parse(text: &str, catalog: &Catalog) -> Result<Vec<Benchmark>, Vec<Problem>> {
    let v: Value = serde_json::from_str(text).map_err(|e| vec![malformed(&e)])?;
    let mut r = Reader::default();
    let mut out = Vec::new();
    if let Some(root) = r.object(&v, "")
        && let Some(arr) = r.array(root, "", "benchmarks")
    {
        for (i, b) in arr.iter().enumerate() {
            let p = index("benchmarks", i);
            let Some(o) = r.object(b, &p) else { continue };
            let id = r.string(o, &p, "id");
            let indicator = r.string(o, &p, "indicator").and_then(|iid| {
                let found = catalog.indicator(&iid).cloned();
                if found.is_none() {
                    r.report(
                        format!("{p}.indicator"),
                        crate::plan::problem::ProblemKind::UnknownIndicator(iid),
                    );
                }
                found
            });
            let year = r.year(o, &p, "year");
            let value = r.non_negative(o, &p, "value");
            let scope = r.choice(o, &p, "scope", &["national", "international"], true);
            let confidence = r.choice(o, &p, "confidence", &["high", "medium", "low"], true);
            let reference_only = r.opt_bool(o, &p, "reference_only").unwrap_or(false);
            let source = r.text(o, &p, "source");
            let caveat = r.opt_text(o, &p, "caveat");
            if let (
                Some(id),
                Some(indicator),
                Some(year),
                Some(value),
                Some(scope),
                Some(conf),
                Some(source),
            ) = (id, indicator, year, value, scope, confidence, source)
            {
                out.push(Benchmark {
                    id,
                    indicator,
                    year,
                    value,
                    international: scope == "international",
                    reference_only,
                    confidence: match conf {
                        "high" => Confidence::High,
                        "medium" => Confidence::Medium,
                        _ => Confidence::Low,
                    },
                    source,
                    caveat,
                });
            }
        }
    }
    if r.problems.is_empty() {
        Ok(out)
    } else {
        Err(r.problems)
    }
}

/// The shipped benchmarks (checked by the tests; an error yields none rather than a panic).
pub fn builtin(catalog: &Catalog) -> Vec<Benchmark> {
    parse(BENCHMARKS_JSON, catalog).unwrap_or_default()
}
