//! A plan: one source document's baseline, targets (each with the plan's own words), goals stated
//! only in words, and notes on the source's defects. Read from JSON by a validator that lists every
//! problem with its path.

pub mod edition;
pub mod problem;
pub mod reader;
pub mod user_plan;

use std::collections::HashSet;
use std::sync::Arc;

use serde_json::Value;

use crate::catalog::{Catalog, Direction, Indicator, IndicatorKind, QuantityIx};
use crate::named::Named;
use crate::plan::edition::Edition;
use crate::plan::problem::{Expected, Problem, ProblemKind, Rule, malformed};
use crate::plan::reader::{Object, Reader, index, join};
use crate::text::Text;

/// The plan-file format this build reads.
pub const FORMAT_VERSION: f64 = 1.0;

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Level {
    Nation,
    Province,
    City,
    CountyCity,
    County,
    Other,
}

impl Named for Level {
    const NAMES: &'static [(Level, &'static str)] = &[
        (Level::Nation, "nation"),
        (Level::Province, "province"),
        (Level::City, "city"),
        (Level::CountyCity, "county_city"),
        (Level::County, "county"),
        (Level::Other, "other"),
    ];
}

impl Level {
    /// Its words' key in the locale files.
    pub fn key(self) -> &'static str {
        match self {
            Level::Nation => "level.nation",
            Level::Province => "level.province",
            Level::City => "level.city",
            Level::CountyCity => "level.county_city",
            Level::County => "level.county",
            Level::Other => "level.other",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Nature {
    /// 预期性
    Expected,
    /// 约束性
    Binding,
}

/// One population band of a rule keyed on population size ("30万—50万人口的不低于50张").
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Inclusive lower edge.
    pub from: f64,
    /// Exclusive upper edge (inclusive for the last band).
    pub to: f64,
    pub at_least: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Comparison {
    /// 以上 / 不低于 / 不少于 / 至少 / plain 达到 (see the rule in docs/data.md).
    AtLeast(f64),
    /// 以内 / 以下 / 控制在 / 不超过.
    AtMost(f64),
    /// 左右: a band of ±tolerance around the value; it can be missed from above.
    About { value: f64, tolerance: f64 },
    /// 1—1.5 per 10,000 and the like.
    Between { low: f64, high: f64 },
    /// 全覆盖: the user marks it achieved.
    FullCoverage,
    /// A thing to build or do, with no number to compare: the user marks it done.
    Done,
    /// 提高 / 增长: an increase over `base` (when the plan gives it) of at least `value`.
    IncreaseBy {
        value: f64,
        base: Option<f64>,
        tolerance: Option<f64>,
    },
    /// A count whose minimum depends on the population size.
    PopulationRule {
        population: QuantityIx,
        bands: Vec<Band>,
    },
}

impl Comparison {
    pub fn name(&self) -> &'static str {
        match self {
            Comparison::AtLeast(_) => "at_least",
            Comparison::AtMost(_) => "at_most",
            Comparison::About { .. } => "about",
            Comparison::Between { .. } => "between",
            Comparison::FullCoverage => "full_coverage",
            Comparison::Done => "done",
            Comparison::IncreaseBy { .. } => "increase_by",
            Comparison::PopulationRule { .. } => "population_rule",
        }
    }

    /// The population band's threshold for a rule; `None` for other comparisons or out of bands.
    pub fn rule_threshold(&self, population: f64) -> Option<f64> {
        match self {
            Comparison::PopulationRule { bands, .. } => {
                let last = bands.len().saturating_sub(1);
                bands
                    .iter()
                    .enumerate()
                    .find(|(i, b)| {
                        population >= b.from
                            && (population < b.to || (*i == last && population <= b.to))
                    })
                    .map(|(_, b)| b.at_least)
            }
            _ => None,
        }
    }
}

/// How well a reference figure was confirmed (REFERENCES.md's confidence column), ordered from
/// the best confirmed: the larger of two is the less certain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Confidence {
    #[default]
    High,
    Medium,
    Low,
}

impl Named for Confidence {
    const NAMES: &'static [(Confidence, &'static str)] = &[
        (Confidence::High, "high"),
        (Confidence::Medium, "medium"),
        (Confidence::Low, "low"),
    ];
}

/// Where a plan file's words come from, and so what its quotes are checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Origin {
    /// Extracted from a plan document under `seeds/`: quotes are that document's words.
    #[default]
    Seed,
    /// Built from `seeds/REFERENCES.md`: quotes are its documents' titles and figures.
    Reference,
}

/// What a statistic counts: a quantity (a population) or a density (physicians per 1,000).
#[derive(Clone, Debug)]
pub enum Subject {
    Quantity(QuantityIx),
    Indicator(Indicator),
}

/// An official figure for the plan's region in one year, with its source: used for starting
/// values (a count, or a density times the population) and, as a series, for the recent pace.
#[derive(Clone, Debug)]
pub struct Statistic {
    pub subject: Subject,
    pub year: i32,
    pub value: f64,
    pub source: Text,
    /// The source's words or table row, verbatim from `seeds/REFERENCES.md`.
    pub quote: String,
    pub confidence: Confidence,
    pub caveat: Option<Text>,
    /// The data edition it arrived in: links made with an earlier edition do not see it.
    pub edition: Edition,
}

#[derive(Clone, Debug)]
pub struct Target {
    pub id: String,
    pub indicator: Indicator,
    pub year: i32,
    /// The sentence gives no year: the plan horizon (or the document's year) was assumed.
    pub year_inferred: bool,
    pub comparison: Comparison,
    pub nature: Option<Nature>,
    /// Overrides the indicator's label where the plan words it differently.
    pub label: Option<Text>,
    /// The plan's own words, verbatim; a table row and a sentence in the text are both kept.
    pub quotes: Vec<String>,
    /// Shown beside a figure that was only partly confirmed (reference data).
    pub caveat: Option<Text>,
    /// The data edition it arrived in: links made with an earlier edition do not see it.
    pub edition: Edition,
}

impl Target {
    pub fn label(&self) -> &Text {
        self.label.as_ref().unwrap_or(&self.indicator.label)
    }

    /// The range a value typed for a tracked target must fall in: 0–100 for a percentage (or
    /// percentage points), any sign for an increase without a base, else not negative.
    pub fn entry_range(&self) -> (f64, f64) {
        let percent = matches!(self.indicator.unit.zh.as_str(), "%" | "个百分点");
        match self.comparison {
            Comparison::IncreaseBy { base: None, .. } => (-1e6, 1e6),
            _ if percent => (0.0, 100.0),
            _ => (0.0, 1e12),
        }
    }

    /// The figure the comparison states (a range's lower edge), if it has one.
    pub fn comparison_figure(&self) -> Option<f64> {
        match &self.comparison {
            Comparison::AtLeast(v) | Comparison::AtMost(v) => Some(*v),
            Comparison::About { value, .. } | Comparison::IncreaseBy { value, .. } => Some(*value),
            Comparison::Between { low, .. } => Some(*low),
            _ => None,
        }
    }

    pub fn is_tracked(&self) -> bool {
        self.indicator.kind.is_tracked()
    }
}

#[derive(Clone, Debug)]
pub struct BaselineValue {
    pub quantity: QuantityIx,
    pub value: f64,
    pub quote: Option<String>,
    /// Set when the plan gives no count and the value was derived from a stated rate.
    pub derived: Option<Text>,
}

/// A figure the plan states for its base year (e.g. 6.82 beds per 1,000), used to check the
/// baseline counts against the plan's own arithmetic.
#[derive(Clone, Debug)]
pub struct StatedFigure {
    pub indicator: String,
    pub value: f64,
    pub quote: String,
}

#[derive(Clone, Debug)]
pub struct Baseline {
    pub year: i32,
    pub values: Vec<BaselineValue>,
    pub stated: Vec<StatedFigure>,
}

/// A goal the plan states in words only (most 2035 goals).
#[derive(Clone, Debug)]
pub struct Goal {
    pub year: i32,
    pub quote: String,
    pub summary: Text,
}

#[derive(Clone, Debug)]
pub struct Note {
    pub text: Text,
    /// Targets the note concerns; empty for the document as a whole.
    pub targets: Vec<String>,
}

#[derive(Clone, Debug)]
pub struct Plan {
    pub id: String,
    pub region: Text,
    pub level: Level,
    pub title: Text,
    pub issuer: Text,
    pub date: Option<String>,
    /// The source text under `seeds/`.
    pub source: String,
    pub document_year: i32,
    /// The year the levers describe: the baseline's year, or the document's year.
    pub base_year: i32,
    pub baseline: Option<Baseline>,
    pub targets: Vec<Target>,
    pub goals: Vec<Goal>,
    pub notes: Vec<Note>,
    pub origin: Origin,
    /// Shown in the plan picker; `false` for files that only hold standards or statistics a
    /// region inherits (a province's).
    pub listed: bool,
    /// Plans whose standards bind this region too (its province's, its nation's), nearest
    /// first; `None` means the nation's (`china`).
    pub inherits: Option<Vec<String>>,
    pub statistics: Vec<Statistic>,
}

/// The plan every region inherits unless its file says otherwise.
pub const NATION: &str = "china";

const COMPARISONS: &[&str] = &[
    "at_least",
    "at_most",
    "about",
    "between",
    "full_coverage",
    "done",
    "increase_by",
    "population_rule",
];

/// Keys of each object in a plan file (what the reader and `schema/plan.schema.json` accept).
pub const PLAN_KEYS: &[&str] = &[
    "$schema",
    "format",
    "id",
    "origin",
    "listed",
    "inherits",
    "region",
    "level",
    "title",
    "issuer",
    "date",
    "source",
    "document_year",
    "baseline",
    "statistics",
    "indicators",
    "targets",
    "goals",
    "notes",
];
const BASELINE_KEYS: &[&str] = &["year", "values", "stated"];
const BASELINE_VALUE_KEYS: &[&str] = &["value", "quote", "derived"];
const STATED_KEYS: &[&str] = &["indicator", "value", "quote"];
const TARGET_KEYS: &[&str] = &[
    "id",
    "indicator",
    "year",
    "year_inferred",
    "comparison",
    "nature",
    "label",
    "quotes",
    "caveat",
    "edition",
];
const INLINE_INDICATOR_KEYS: &[&str] = &["label", "unit", "decimals", "direction"];
const COMPARISON_KEYS: &[&str] = &[
    "type",
    "value",
    "tolerance",
    "low",
    "high",
    "base",
    "population",
    "bands",
];
const BAND_KEYS: &[&str] = &["from", "to", "at_least"];
const GOAL_KEYS: &[&str] = &["year", "quote", "summary"];
const NOTE_KEYS: &[&str] = &["text", "targets"];
const STATISTIC_KEYS: &[&str] = &[
    "quantity",
    "indicator",
    "year",
    "value",
    "source",
    "quote",
    "confidence",
    "caveat",
    "edition",
];

/// Default half-width of a 左右 band.
pub const ABOUT_TOLERANCE: f64 = 0.05;

/// The edges of a 左右 band: `value` less and plus its tolerance (a share of it). The one place
/// the band is computed; judging, the gap, the chart and the words all read it from here.
pub fn about_band(value: f64, tolerance: f64) -> (f64, f64) {
    (value * (1.0 - tolerance), value * (1.0 + tolerance))
}

impl Plan {
    /// Parses and validates a plan file. Every problem is returned, each with its JSON path.
    pub fn parse(text: &str, catalog: &Catalog) -> Result<Plan, Vec<Problem>> {
        // Windows Notepad starts a UTF-8 file with a byte-order mark; it is not part of the JSON.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let value: Value = serde_json::from_str(text).map_err(|e| vec![malformed(&e)])?;
        let mut r = Reader::default();
        let plan = read_plan(&mut r, &value, catalog);
        match plan {
            Some(p) if r.problems.is_empty() => Ok(p),
            _ => {
                if r.problems.is_empty() {
                    r.report(
                        "",
                        ProblemKind::WrongType {
                            expected: Expected::Object,
                        },
                    );
                }
                Err(r.problems)
            }
        }
    }

    /// The plan as a link of `edition` sees it: the targets and statistics that had arrived by
    /// then. The same plan when nothing arrived later (every plan but a reference file).
    pub fn as_of(plan: &Arc<Plan>, edition: Edition) -> Arc<Plan> {
        let later = plan.targets.iter().any(|t| t.edition > edition)
            || plan.statistics.iter().any(|s| s.edition > edition);
        if !later {
            return plan.clone();
        }
        let mut p = Plan::clone(plan);
        p.targets.retain(|t| t.edition <= edition);
        p.statistics.retain(|s| s.edition <= edition);
        Arc::new(p)
    }

    /// The plan as the page shows it: as a link of `edition` sees it, with the figures the user
    /// added (from a pasted bulletin) beside its own statistics.
    pub fn as_shown(plan: &Arc<Plan>, edition: Edition, added: &[Statistic]) -> Arc<Plan> {
        let of_edition = Plan::as_of(plan, edition);
        if added.is_empty() {
            return of_edition;
        }
        let mut p = Plan::clone(&of_edition);
        p.statistics.extend(added.iter().cloned());
        Arc::new(p)
    }

    pub fn target(&self, id: &str) -> Option<&Target> {
        self.targets.iter().find(|t| t.id == id)
    }

    pub fn baseline_value(&self, q: QuantityIx) -> Option<f64> {
        self.baseline
            .as_ref()
            .and_then(|b| b.values.iter().find(|v| v.quantity == q))
            .map(|v| v.value)
    }

    /// Notes that concern a target.
    pub fn notes_for<'a>(&'a self, target: &'a str) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes
            .iter()
            .filter(move |n| n.targets.iter().any(|t| t == target))
    }

    /// Indices of the targets due in a milestone: the computed ones, or the tracked ones.
    pub fn due_in(&self, milestone: crate::sim::timeline::Milestone, tracked: bool) -> Vec<usize> {
        self.targets
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is_tracked() == tracked && milestone.includes(t.year))
            .map(|(i, _)| i)
            .collect()
    }

    /// The plan with the computed standards of the plans it inherits added to its targets (ids
    /// prefixed with the standard's plan), for the what-it-takes solver: a region must meet both.
    pub fn with_standards(&self, inherited: &[&Plan]) -> Plan {
        let mut merged = self.clone();
        for other in inherited {
            for t in other.targets.iter().filter(|t| !t.is_tracked()) {
                let mut t = t.clone();
                t.id = format!("{}:{}", other.id, t.id);
                t.label = Some(Text::pair(&other.region, t.label()));
                merged.targets.push(t);
            }
        }
        merged
    }

    /// Quantities the plan's computed targets read, in catalog order: the levers to show.
    pub fn lever_quantities(&self) -> Vec<QuantityIx> {
        let mut qs: Vec<QuantityIx> = self
            .targets
            .iter()
            .flat_map(|t| {
                let mut q = t.indicator.kind.quantities();
                if let Comparison::PopulationRule { population, .. } = t.comparison {
                    q.push(population);
                }
                q
            })
            .collect();
        qs.sort_unstable();
        qs.dedup();
        qs
    }
}

fn read_plan(r: &mut Reader, value: &Value, catalog: &Catalog) -> Option<Plan> {
    let o = r.object(value, "")?;
    r.known_keys(o, "", PLAN_KEYS);
    if let Some(v) = r.number(o, "", "format")
        && v != FORMAT_VERSION
    {
        r.report("format", ProblemKind::Invalid(Rule::FormatVersion));
    }
    let id = r.string(o, "", "id");
    let region = r.text(o, "", "region");
    let level = r.named::<Level>(o, "", "level", true);
    let title = r.text(o, "", "title");
    let issuer = r.text(o, "", "issuer");
    let date = r.opt_string(o, "", "date");
    let source = r.string(o, "", "source");
    let document_year = r.year(o, "", "document_year");
    let origin = match r.choice(o, "", "origin", &["seed", "reference"], false) {
        Some("reference") => Origin::Reference,
        _ => Origin::Seed,
    };
    let listed = r.opt_bool(o, "", "listed").unwrap_or(true);
    let inherits = o
        .contains_key("inherits")
        .then(|| r.strings(o, "", "inherits", true))
        .flatten();

    // The plan's own indicators (mostly tracked ones), then its targets against them.
    let mut local: Vec<Indicator> = Vec::new();
    if let Some(arr) = r.opt_array(o, "", "indicators") {
        for (i, v) in arr.iter().enumerate() {
            let p = index("indicators", i);
            if let Some(io) = r.object(v, &p)
                && let Some(ind) = catalog.read_indicator(r, io, &p)
            {
                if catalog.indicator(&ind.id).is_some() || local.iter().any(|l| l.id == ind.id) {
                    r.report(join(&p, "id"), ProblemKind::Duplicate(ind.id.clone()));
                } else {
                    local.push(ind);
                }
            }
        }
    }

    let baseline = r
        .opt_object(o, "", "baseline")
        .and_then(|b| read_baseline(r, b, catalog, &local));

    let mut targets = Vec::new();
    let mut seen = HashSet::new();
    if let Some(arr) = r.array(o, "", "targets") {
        for (i, v) in arr.iter().enumerate() {
            let p = index("targets", i);
            // A duplicate is reported, and the rest of that target is still checked.
            let duplicate = v
                .get("id")
                .and_then(Value::as_str)
                .is_some_and(|id| !seen.insert(id.to_string()));
            if duplicate {
                let id = v.get("id").and_then(Value::as_str).unwrap_or_default();
                r.report(join(&p, "id"), ProblemKind::Duplicate(id.to_string()));
            }
            if let Some(t) = read_target(r, v, &p, catalog, &local)
                && !duplicate
            {
                targets.push(t);
            }
        }
    }

    let mut goals = Vec::new();
    if let Some(arr) = r.opt_array(o, "", "goals") {
        for (i, v) in arr.iter().enumerate() {
            let p = index("goals", i);
            if let Some(go) = r.object(v, &p) {
                r.known_keys(go, &p, GOAL_KEYS);
                let year = r.year(go, &p, "year");
                let quote = r.string(go, &p, "quote");
                let summary = r.text(go, &p, "summary");
                if let (Some(year), Some(quote), Some(summary)) = (year, quote, summary) {
                    goals.push(Goal {
                        year,
                        quote,
                        summary,
                    });
                }
            }
        }
    }

    let mut notes = Vec::new();
    if let Some(arr) = r.opt_array(o, "", "notes") {
        for (i, v) in arr.iter().enumerate() {
            let p = index("notes", i);
            if let Some(no) = r.object(v, &p) {
                r.known_keys(no, &p, NOTE_KEYS);
                let text = r.text(no, &p, "text");
                let ts = r.strings(no, &p, "targets", false).unwrap_or_default();
                for (j, t) in ts.iter().enumerate() {
                    if !seen.contains(t) {
                        r.report(
                            index(&join(&p, "targets"), j),
                            ProblemKind::Invalid(Rule::NoSuchTarget),
                        );
                    }
                }
                if let Some(text) = text {
                    notes.push(Note { text, targets: ts });
                }
            }
        }
    }

    let statistics = read_statistics(r, o, catalog);

    let document_year = document_year?;
    let base_year = baseline.as_ref().map(|b| b.year).unwrap_or(document_year);
    for (i, t) in targets.iter().enumerate() {
        if t.year < base_year {
            r.report(
                join(&index("targets", i), "year"),
                ProblemKind::Invalid(Rule::YearBeforeBase),
            );
        }
    }

    Some(Plan {
        id: id?,
        region: region?,
        level: level?,
        title: title?,
        issuer: issuer?,
        date,
        source: source?,
        document_year,
        base_year,
        baseline,
        targets,
        goals,
        notes,
        origin,
        listed,
        inherits,
        statistics,
    })
}

/// Statistics on their own, `{"statistics": [...]}`, in a plan file's format: the figures a
/// user brings from a bulletin, kept and carried in links apart from the plan they are added to.
pub fn read_statistics_json(text: &str, catalog: &Catalog) -> Result<Vec<Statistic>, Vec<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| vec![malformed(&e)])?;
    let mut r = Reader::default();
    let Some(o) = r.object(&value, "") else {
        return Err(r.problems);
    };
    r.known_keys(o, "", &["statistics"]);
    let stats = read_statistics(&mut r, o, catalog);
    if r.problems.is_empty() {
        Ok(stats)
    } else {
        Err(r.problems)
    }
}

/// Writes statistics as [`read_statistics_json`] reads them.
pub fn statistics_json(stats: &[Statistic], catalog: &Catalog) -> String {
    let items: Vec<Value> = stats
        .iter()
        .map(|s| {
            let mut o = serde_json::Map::new();
            match &s.subject {
                Subject::Quantity(q) => {
                    let id = catalog.quantities.get(*q).map(|c| c.id.clone());
                    o.insert("quantity".into(), id.unwrap_or_default().into());
                }
                Subject::Indicator(i) => {
                    o.insert("indicator".into(), i.id.clone().into());
                }
            }
            o.insert("year".into(), s.year.into());
            o.insert("value".into(), s.value.into());
            o.insert("source".into(), s.source.to_json());
            o.insert("quote".into(), s.quote.clone().into());
            o.insert("confidence".into(), s.confidence.name().into());
            if let Some(c) = &s.caveat {
                o.insert("caveat".into(), c.to_json());
            }
            if s.edition != Edition::FIRST {
                o.insert("edition".into(), s.edition.number().into());
            }
            Value::Object(o)
        })
        .collect();
    serde_json::json!({ "statistics": items }).to_string()
}

fn read_statistics(r: &mut Reader, o: &Object, catalog: &Catalog) -> Vec<Statistic> {
    let mut out = Vec::new();
    let Some(arr) = r.opt_array(o, "", "statistics") else {
        return out;
    };
    for (i, v) in arr.iter().enumerate() {
        let p = index("statistics", i);
        let Some(so) = r.object(v, &p) else { continue };
        r.known_keys(so, &p, STATISTIC_KEYS);
        let subject = match (so.get("quantity"), so.get("indicator")) {
            (Some(_), None) => r.string(so, &p, "quantity").and_then(|id| {
                let q = catalog.quantity(&id);
                if q.is_none() {
                    r.report(join(&p, "quantity"), ProblemKind::UnknownQuantity(id));
                }
                q.map(Subject::Quantity)
            }),
            (None, Some(_)) => {
                r.string(so, &p, "indicator")
                    .and_then(|id| match catalog.indicator(&id) {
                        // A density (per 1,000 …) or a figure only reported (life expectancy).
                        Some(ind)
                            if matches!(
                                ind.kind,
                                IndicatorKind::Density { .. } | IndicatorKind::Tracked
                            ) =>
                        {
                            Some(Subject::Indicator(ind.clone()))
                        }
                        Some(_) => {
                            r.report(
                                join(&p, "indicator"),
                                ProblemKind::Invalid(Rule::StatisticNotDensity),
                            );
                            None
                        }
                        None => {
                            r.report(join(&p, "indicator"), ProblemKind::UnknownIndicator(id));
                            None
                        }
                    })
            }
            _ => {
                r.report(p.clone(), ProblemKind::Invalid(Rule::QuantityOrIndicator));
                None
            }
        };
        let year = r.year(so, &p, "year");
        let value = r.non_negative(so, &p, "value");
        let source = r.text(so, &p, "source");
        let quote = r.string(so, &p, "quote");
        let confidence = r.named::<Confidence>(so, &p, "confidence", true);
        let caveat = r.opt_text(so, &p, "caveat");
        let edition = read_edition(r, so, &p);
        if let (
            Some(subject),
            Some(year),
            Some(value),
            Some(source),
            Some(quote),
            Some(confidence),
        ) = (subject, year, value, source, quote, confidence)
        {
            out.push(Statistic {
                subject,
                year,
                value,
                source,
                quote,
                confidence,
                caveat,
                edition,
            });
        }
    }
    out
}

/// A statistic's or a target's `edition`: absent is the first; one this page does not know is refused, so a
/// file made for newer data is not read as if it were older.
fn read_edition(r: &mut Reader, o: &Object, path: &str) -> Edition {
    let Some(v) = o.get("edition") else {
        return Edition::FIRST;
    };
    let Some(n) = v.as_u64() else {
        r.report(
            join(path, "edition"),
            ProblemKind::WrongType {
                expected: Expected::WholeNumber,
            },
        );
        return Edition::FIRST;
    };
    match n.to_string().parse::<Edition>() {
        Ok(e) => e,
        Err(_) => {
            r.report(
                join(path, "edition"),
                ProblemKind::Invalid(Rule::UnknownEdition),
            );
            Edition::FIRST
        }
    }
}

fn read_baseline(
    r: &mut Reader,
    o: &Object,
    catalog: &Catalog,
    local: &[Indicator],
) -> Option<Baseline> {
    let p = "baseline";
    r.known_keys(o, p, BASELINE_KEYS);
    let year = r.year(o, p, "year");
    let mut values = Vec::new();
    if let Some(vals) = r.req_object(o, p, "values") {
        let vp = join(p, "values");
        for (key, v) in vals {
            let kp = join(&vp, key);
            let Some(q) = catalog.quantity(key) else {
                r.report(kp, ProblemKind::UnknownQuantity(key.clone()));
                continue;
            };
            // A bare number, or an object with the plan's words and how it was derived.
            if v.is_number() {
                if let Some(n) = r.non_negative(vals, &vp, key) {
                    values.push(BaselineValue {
                        quantity: q,
                        value: n,
                        quote: None,
                        derived: None,
                    });
                }
            } else if let Some(vo) = r.object(v, &kp) {
                r.known_keys(vo, &kp, BASELINE_VALUE_KEYS);
                let value = r.non_negative(vo, &kp, "value");
                let quote = r.opt_string(vo, &kp, "quote");
                let derived = r.opt_text(vo, &kp, "derived");
                if let Some(value) = value {
                    values.push(BaselineValue {
                        quantity: q,
                        value,
                        quote,
                        derived,
                    });
                }
            }
        }
    }
    let mut stated = Vec::new();
    if let Some(arr) = r.opt_array(o, p, "stated") {
        for (i, v) in arr.iter().enumerate() {
            let sp = index(&join(p, "stated"), i);
            if let Some(so) = r.object(v, &sp) {
                r.known_keys(so, &sp, STATED_KEYS);
                let ind = r.string(so, &sp, "indicator");
                let value = r.non_negative(so, &sp, "value");
                let quote = r.string(so, &sp, "quote");
                if let Some(ind) = &ind
                    && catalog.indicator(ind).is_none()
                    && !local.iter().any(|l| &l.id == ind)
                {
                    r.report(
                        join(&sp, "indicator"),
                        ProblemKind::UnknownIndicator(ind.clone()),
                    );
                }
                if let (Some(indicator), Some(value), Some(quote)) = (ind, value, quote) {
                    stated.push(StatedFigure {
                        indicator,
                        value,
                        quote,
                    });
                }
            }
        }
    }
    Some(Baseline {
        year: year?,
        values,
        stated,
    })
}

fn read_target(
    r: &mut Reader,
    v: &Value,
    p: &str,
    catalog: &Catalog,
    local: &[Indicator],
) -> Option<Target> {
    let o = r.object(v, p)?;
    r.known_keys(o, p, TARGET_KEYS);
    let id = r.string(o, p, "id");
    let indicator = match o.get("indicator") {
        // A tracked indicator defined in place: `{"label": …, "unit": …}`, named after the target.
        Some(Value::Object(io)) => inline_indicator(r, io, &join(p, "indicator"), id.as_deref()),
        _ => r.string(o, p, "indicator").and_then(|iid| {
            let found = local
                .iter()
                .find(|l| l.id == iid)
                .or_else(|| catalog.indicator(&iid))
                .cloned();
            if found.is_none() {
                r.report(join(p, "indicator"), ProblemKind::UnknownIndicator(iid));
            }
            found
        }),
    };
    let year = r.year(o, p, "year");
    let year_inferred = r.opt_bool(o, p, "year_inferred").unwrap_or(false);
    let nature = r
        .choice(o, p, "nature", &["expected", "binding"], false)
        .map(|n| {
            if n == "binding" {
                Nature::Binding
            } else {
                Nature::Expected
            }
        });
    let label = r.opt_text(o, p, "label");
    let caveat = r.opt_text(o, p, "caveat");
    let edition = read_edition(r, o, p);
    let quotes = r.strings(o, p, "quotes", true);
    if let Some(q) = &quotes
        && q.is_empty()
    {
        r.report(join(p, "quotes"), ProblemKind::Empty);
    }
    let comparison = r
        .req_object(o, p, "comparison")
        .and_then(|c| read_comparison(r, c, &join(p, "comparison"), catalog));
    let indicator = indicator?;
    let comparison = comparison?;
    if !fits(&comparison, &indicator.kind) {
        r.report(
            join(p, "comparison"),
            ProblemKind::ComparisonMismatch {
                comparison: comparison.name().to_string(),
                indicator_kind: indicator.kind.name(),
            },
        );
        return None;
    }
    Some(Target {
        id: id?,
        indicator,
        year: year?,
        year_inferred,
        comparison,
        nature,
        label,
        quotes: quotes?,
        caveat,
        edition,
    })
}

fn inline_indicator(
    r: &mut Reader,
    o: &Object,
    p: &str,
    target_id: Option<&str>,
) -> Option<Indicator> {
    r.known_keys(o, p, INLINE_INDICATOR_KEYS);
    let label = r.text(o, p, "label");
    let unit = r.text(o, p, "unit");
    let decimals = r.opt_non_negative(o, p, "decimals").unwrap_or(1.0).min(6.0) as u8;
    let direction = r
        .named::<Direction>(o, p, "direction", false)
        .unwrap_or_default();
    Some(Indicator {
        id: target_id?.to_string(),
        label: label?,
        unit: unit?,
        decimals,
        kind: IndicatorKind::Tracked,
        direction,
    })
}

fn read_comparison(r: &mut Reader, o: &Object, p: &str, catalog: &Catalog) -> Option<Comparison> {
    r.known_keys(o, p, COMPARISON_KEYS);
    let kind = r.choice(o, p, "type", COMPARISONS, true)?;
    Some(match kind {
        "at_least" => Comparison::AtLeast(r.non_negative(o, p, "value")?),
        "at_most" => Comparison::AtMost(r.non_negative(o, p, "value")?),
        "about" => {
            let value = r.non_negative(o, p, "value");
            let tolerance = tolerance(r, o, p).unwrap_or(ABOUT_TOLERANCE);
            Comparison::About {
                value: value?,
                tolerance,
            }
        }
        "between" => {
            let low = r.non_negative(o, p, "low");
            let high = r.non_negative(o, p, "high");
            let (low, high) = (low?, high?);
            if low > high {
                r.report(p, ProblemKind::Invalid(Rule::LowAboveHigh));
                return None;
            }
            Comparison::Between { low, high }
        }
        "full_coverage" => Comparison::FullCoverage,
        "done" => Comparison::Done,
        "increase_by" => {
            let value = r.non_negative(o, p, "value");
            let base = r.opt_number(o, p, "base");
            let tol = tolerance(r, o, p);
            Comparison::IncreaseBy {
                value: value?,
                base,
                tolerance: tol,
            }
        }
        _ => {
            let population = match r.opt_string(o, p, "population") {
                Some(id) => match catalog.quantity(&id) {
                    Some(q) => Some(q),
                    None => {
                        r.report(join(p, "population"), ProblemKind::UnknownQuantity(id));
                        None
                    }
                },
                None => catalog.population(),
            };
            let bands = read_bands(r, o, p);
            Comparison::PopulationRule {
                population: population?,
                bands: bands?,
            }
        }
    })
}

fn tolerance(r: &mut Reader, o: &Object, p: &str) -> Option<f64> {
    let t = r.opt_number(o, p, "tolerance")?;
    if (0.0..1.0).contains(&t) {
        Some(t)
    } else {
        r.report(
            join(p, "tolerance"),
            ProblemKind::Invalid(Rule::ToleranceRange),
        );
        None
    }
}

fn read_bands(r: &mut Reader, o: &Object, p: &str) -> Option<Vec<Band>> {
    let arr = r.array(o, p, "bands")?;
    let bp = join(p, "bands");
    if arr.is_empty() {
        r.report(bp, ProblemKind::Empty);
        return None;
    }
    let mut bands = Vec::new();
    for (i, v) in arr.iter().enumerate() {
        let ip = index(&bp, i);
        if let Some(bo) = r.object(v, &ip) {
            r.known_keys(bo, &ip, BAND_KEYS);
            let from = r.non_negative(bo, &ip, "from");
            let to = r.non_negative(bo, &ip, "to");
            let at_least = r.non_negative(bo, &ip, "at_least");
            if let (Some(from), Some(to), Some(at_least)) = (from, to, at_least) {
                bands.push(Band { from, to, at_least });
            }
        }
    }
    let ordered =
        bands.windows(2).all(|w| w[0].to <= w[1].from) && bands.iter().all(|b| b.from < b.to);
    if !ordered {
        r.report(bp, ProblemKind::Invalid(Rule::BandsOverlap));
        return None;
    }
    (bands.len() == arr.len()).then_some(bands)
}

/// Whether a comparison makes sense for an indicator of this kind.
fn fits(c: &Comparison, kind: &IndicatorKind) -> bool {
    match c {
        Comparison::AtLeast(_)
        | Comparison::AtMost(_)
        | Comparison::About { .. }
        | Comparison::Between { .. } => true,
        Comparison::FullCoverage | Comparison::Done | Comparison::IncreaseBy { .. } => {
            kind.is_tracked()
        }
        Comparison::PopulationRule { .. } => matches!(kind, IndicatorKind::Count { .. }),
    }
}
