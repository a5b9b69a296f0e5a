//! The importer: a plan's or a statistical bulletin's own text in, a proposed plan out.
//!
//! It reads the kinds of text plans are written in — sentences ("到2025年,每千人口…达到X张"),
//! enumerations ("分别达到a张、b人"), 主要指标 tables as they come out of a web page or a Word file
//! (cells split by tabs, by runs of spaces, or one cell a line), yearbook tables and reviews
//! ("由2020年的X张增加到2023年的Y张") — and proposes targets and actual figures, each with a
//! verbatim piece of the input as its quote. Nothing is proposed that the text does not say; what
//! had to be assumed (a year, a comparison) is marked. The user reviews the proposal and the plan
//! file is written from what they confirmed ([`Proposal::to_plan_json`]).

mod finish;
mod head;
mod label;
mod numbers;
mod plan_json;
mod prose;
mod scan;
mod simplified;
mod synonyms;
mod table;
pub mod text;
mod time;

use std::ops::Range;

use serde::{Deserialize, Serialize};

use hps_model::catalog::Catalog;
use hps_model::plan::{Level, Nature};

pub use plan_json::level_for;

pub use finish::{AddProblem, Edits, Finished, Problem, row_from_quote};
pub use synonyms::{Basis, Subject, match_label};

/// The most text the importer reads (10 MB of text reads in bounded time, but the page would
/// not want to review it): longer input is cut here and the cut is reported.
pub const MAX_INPUT_BYTES: usize = 2_000_000;

/// The most rows one import proposes: a plan has a few dozen targets, a bulletin a few hundred
/// figures; past this the text is not one plan, and reading stops with a notice.
pub const MAX_ROWS: usize = 1_000;

/// Whether a row is a goal the plan sets or a figure it reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    Target,
    /// An actual figure (a baseline, a statistic): it starts the levers.
    Figure,
}

/// How a target compares, read from the plan's words.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cmp {
    AtLeast(f64),
    AtMost(f64),
    About(f64),
    Between(f64, f64),
    FullCoverage,
    /// 提高/增长 … by this much (percent or the unit), over the plan's base where it gives one.
    IncreaseBy(f64),
}

impl Cmp {
    /// Every kind, in the order the review offers them.
    pub const NAMES: [&'static str; 6] = [
        "at_least",
        "at_most",
        "about",
        "between",
        "full_coverage",
        "increase_by",
    ];

    pub fn name(self) -> &'static str {
        match self {
            Cmp::AtLeast(_) => "at_least",
            Cmp::AtMost(_) => "at_most",
            Cmp::About(_) => "about",
            Cmp::Between(..) => "between",
            Cmp::FullCoverage => "full_coverage",
            Cmp::IncreaseBy(_) => "increase_by",
        }
    }

    /// The figure compared against (the lower end of a range); `None` for full coverage.
    pub fn value(self) -> Option<f64> {
        match self {
            Cmp::AtLeast(v) | Cmp::AtMost(v) | Cmp::About(v) | Cmp::IncreaseBy(v) => Some(v),
            Cmp::Between(lo, _) => Some(lo),
            Cmp::FullCoverage => None,
        }
    }

    /// The same kind with another figure (a range keeps its width's upper end if still above).
    pub fn with_value(self, v: f64) -> Cmp {
        match self {
            Cmp::AtLeast(_) => Cmp::AtLeast(v),
            Cmp::AtMost(_) => Cmp::AtMost(v),
            Cmp::About(_) => Cmp::About(v),
            Cmp::IncreaseBy(_) => Cmp::IncreaseBy(v),
            Cmp::Between(_, hi) => Cmp::Between(v, hi.max(v)),
            Cmp::FullCoverage => Cmp::FullCoverage,
        }
    }

    /// The same comparison with its figures multiplied (a table's "万人" unit), without the
    /// binary fraction's tail (9.12 × 10,000 is 91200).
    pub fn scaled(self, k: f64) -> Cmp {
        match self {
            Cmp::AtLeast(v) => Cmp::AtLeast(v * k),
            Cmp::AtMost(v) => Cmp::AtMost(v * k),
            Cmp::About(v) => Cmp::About(v * k),
            Cmp::IncreaseBy(v) => Cmp::IncreaseBy(v * k),
            Cmp::Between(a, b) => Cmp::Between(a * k, b * k),
            Cmp::FullCoverage => Cmp::FullCoverage,
        }
        .rounded()
    }

    /// The figures rounded to 9 decimals: what a division by 10 leaves of a decimal figure.
    pub fn rounded(self) -> Cmp {
        let r = numbers::without_tail;
        match self {
            Cmp::AtLeast(v) => Cmp::AtLeast(r(v)),
            Cmp::AtMost(v) => Cmp::AtMost(r(v)),
            Cmp::About(v) => Cmp::About(r(v)),
            Cmp::IncreaseBy(v) => Cmp::IncreaseBy(r(v)),
            Cmp::Between(a, b) => Cmp::Between(r(a), r(b)),
            Cmp::FullCoverage => Cmp::FullCoverage,
        }
    }

    /// Another kind, keeping the figure where it has one.
    pub fn of_kind(self, name: &str) -> Cmp {
        let v = self.value().unwrap_or(0.0);
        match name {
            "at_most" => Cmp::AtMost(v),
            "about" => Cmp::About(v),
            "between" => match self {
                Cmp::Between(..) => self,
                _ => Cmp::Between(v, v),
            },
            "full_coverage" => Cmp::FullCoverage,
            "increase_by" => Cmp::IncreaseBy(v),
            _ => Cmp::AtLeast(v),
        }
    }
}

/// One proposed target or figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Row {
    pub role: Role,
    pub subject: Subject,
    pub year: i32,
    /// The text gives no year for it: the plan's horizon or the document's year was assumed.
    pub year_inferred: bool,
    /// For a figure, the value is in `cmp` as `AtLeast(value)`; read it with [`Row::value`].
    pub cmp: Cmp,
    /// No comparison word stood by the figure ("3.9" in a target column): at least was assumed.
    pub cmp_inferred: bool,
    pub nature: Option<Nature>,
    /// The plan's words: a sentence, a clause or the table row's cells, verbatim.
    pub quote: String,
    /// Where the quote is in the input (bytes), to show it in its surrounding text.
    pub span: Range<usize>,
    /// Which population a per-1,000 figure counts (户籍 or 常住), where the text says.
    pub basis: Option<Basis>,
    /// The text gives the figure per this many people (每万人口执业(助理)医师18.16人): the value
    /// is rebased to the catalog's indicator (per 1,000: 1.816), and the plan says so.
    #[serde(default)]
    pub rebased_from: Option<f64>,
}

impl Row {
    pub fn value(&self) -> Option<f64> {
        self.cmp.value()
    }
}

/// A goal the text states only in words ("到2035年,全面建立…").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Goal {
    pub year: i32,
    pub quote: String,
    pub span: Range<usize>,
}

/// Something the importer saw but could not turn into a row, said in one line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Unresolved {
    pub quote: String,
    pub reason: Reason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Reason {
    /// A figure with a target word but no year and no plan horizon to assume.
    NoYear,
    /// A year outside 2000–2035, which the page cannot show.
    YearOutOfRange,
    /// The input was longer than [`MAX_INPUT_BYTES`] and was cut.
    Truncated,
    /// More than [`MAX_ROWS`] rows: the rest of the text was not read.
    TooManyRows,
    /// The nation's or another region's figure, beside the region's own.
    OtherRegion,
    /// A part of a total (医院, 基层, 乡镇卫生院…), never the region's total.
    Part,
    /// A figure counted on another basis than the catalog's (per registered residents, 户籍人口).
    OtherBasis,
    /// A figure of the region with no year in its sentence, and none in the text to assume.
    Undated,
    /// A table whose columns could not be placed (which year, whose, a total or a part): no
    /// figure is taken from it.
    UnplacedTable,
}

impl Reason {
    pub fn key(self) -> &'static str {
        match self {
            Reason::NoYear => "import.reason.no_year",
            Reason::YearOutOfRange => "import.reason.year_range",
            Reason::Truncated => "import.reason.truncated",
            Reason::TooManyRows => "import.reason.too_many",
            Reason::OtherRegion => "import.reason.other_region",
            Reason::Part => "import.reason.part",
            Reason::OtherBasis => "import.reason.other_basis",
            Reason::Undated => "import.reason.undated",
            Reason::UnplacedTable => "import.reason.unplaced_table",
        }
    }
}

/// A value the text names once, with its words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Found<T> {
    pub value: T,
    pub quote: String,
}

/// What the importer proposes; the review edits it and [`Proposal::to_plan_json`] writes the file.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct Proposal {
    pub region: Option<Found<String>>,
    pub title: Option<Found<String>>,
    /// The document's year; `inferred` when no date was found and a year had to be taken.
    pub document_year: Option<Found<i32>>,
    pub document_year_inferred: bool,
    /// The resident population the text gives, with its year.
    pub population: Option<(Found<f64>, i32)>,
    /// The region's level as the user chose it; `None`: guessed from its name
    /// ([`level_for`]), since a text rarely says that 蛟河市 is a county-level city.
    pub level: Option<Level>,
    pub rows: Vec<Row>,
    pub goals: Vec<Goal>,
    pub unresolved: Vec<Unresolved>,
}

/// Why nothing could be proposed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportError {
    Empty,
    /// Not text: NUL bytes or a Word / PDF / zip file's signature.
    NotText,
    /// Text, but no figure the importer recognises.
    NoFigure,
    /// Figures, but each of another region or a part of a total: none is the region's.
    OnlyOtherScopes,
    /// The region's figures, but no year for them anywhere in the text.
    Undated,
    /// Only tables whose columns could not be placed.
    UnplacedTable,
    /// The region's figures, but all of years the page cannot show (before 2000, after 2035).
    OutOfRange,
}

impl ImportError {
    const ALL: [ImportError; 7] = [
        ImportError::Empty,
        ImportError::NotText,
        ImportError::NoFigure,
        ImportError::OnlyOtherScopes,
        ImportError::Undated,
        ImportError::UnplacedTable,
        ImportError::OutOfRange,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ImportError::Empty => "import.error.empty",
            ImportError::NotText => "import.error.not_text",
            ImportError::NoFigure => "import.error.no_figure",
            ImportError::OnlyOtherScopes => "import.error.only_other_scopes",
            ImportError::Undated => "import.error.undated",
            ImportError::UnplacedTable => "import.error.unplaced_table",
            ImportError::OutOfRange => "import.error.out_of_range",
        }
    }

    /// The error a key names (the worker sends its key).
    pub fn from_key(key: &str) -> Option<ImportError> {
        ImportError::ALL.into_iter().find(|e| e.key() == key)
    }
}

/// Checks raw bytes are text before they are read: a .docx, .pdf or binary file renamed .txt is
/// refused with a reason, not read as mojibake.
pub fn text_of(bytes: &[u8]) -> Result<&str, ImportError> {
    const SIGNATURES: [&[u8]; 4] = [b"PK\x03\x04", b"%PDF", b"\xD0\xCF\x11\xE0", b"{\\rtf"];
    if SIGNATURES.iter().any(|s| bytes.starts_with(s)) {
        return Err(ImportError::NotText);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    check_text(text)?;
    Ok(text)
}

fn check_text(text: &str) -> Result<(), ImportError> {
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let control = text
        .chars()
        .take(20_000)
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if text.contains('\0') || control > 8 {
        return Err(ImportError::NotText);
    }
    Ok(())
}

/// Reads `text` and proposes a plan.
/// Moves out of `rows` the ones `pick` (given a row's place among the rows as they stand) finds
/// counted on another basis than the figure kept, each told so.
fn set_aside_other_basis(
    rows: &mut Vec<Row>,
    unresolved: &mut Vec<Unresolved>,
    mut pick: impl FnMut(usize, &[Row]) -> bool,
) {
    let mut k = 0;
    while k < rows.len() {
        if pick(k, rows) {
            let r = rows.remove(k);
            unresolved.push(Unresolved {
                quote: r.quote,
                reason: Reason::OtherBasis,
            });
        } else {
            k += 1;
        }
    }
}

pub fn import(text: &str, catalog: &Catalog) -> Result<Proposal, ImportError> {
    check_text(text)?;
    let mut unresolved = Vec::new();
    let text = if text.len() > MAX_INPUT_BYTES {
        let mut cut = MAX_INPUT_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        unresolved.push(Unresolved {
            quote: String::new(),
            reason: Reason::Truncated,
        });
        &text[..cut]
    } else {
        text
    };
    let doc = scan::Doc::new(text);
    let head = head::read(&doc);
    let context = label::Context {
        document_year: head.document_year.as_ref().map(|f| f.value),
        document_year_inferred: head.document_year_inferred,
        page_year: head.page_year,
        bulletins_year: head.bulletins_year,
        early_in_its_year: head.early_in_its_year,
        planned: head.planned,
        latest_reported: head.latest_reported,
        summed_up: head.summed_up,
        whole_named_at: label::whole_named_at(&doc),
        horizon: head.horizon,
        period_start: head.period_start,
        reviewed_until: head.reviewed_until,
        period_done: head.period_done,
        reports: head.reports,
        national: head.national,
        // Without a name, the text's own words say its level: "我市" has a province around it.
        wider: match &head.region {
            Some(r) => label::wider_than(&r.value),
            None => label::wider_than(
                label::own_level(&doc)
                    .or_else(|| label::whole_level(&doc))
                    .unwrap_or("省"),
            ),
        },
        region: head.region.as_ref().map(|r| r.value.clone()),
        speaks_as_province: head.region.is_none() && label::speaks_as_province(&doc),
        periods_named: time::periods_named(&doc.norm(&(0..doc.chars.len()))),
        opens_its_year: head.opens_its_year,
        latest_named: head::latest_reported_year(&doc, None, None),
        about_health: head
            .title
            .as_ref()
            .is_some_and(|t| label::about_health(&t.value)),
        // A title on a line of its own, not a yearbook a sentence names (对照《中国…年鉴2023》,…).
        yearbook_edition: head
            .title
            .as_ref()
            .filter(|t| !t.quote.contains([',', '。', ':', '\u{ff0c}', '\u{ff1a}']))
            .and_then(|t| head::yearbook_edition(&t.value)),
    };
    let mut rows = Vec::new();
    let mut goals = Vec::new();
    let tables = table::read(
        &doc,
        catalog,
        &context,
        &mut rows,
        &mut goals,
        &mut unresolved,
    );
    prose::read(
        &doc,
        catalog,
        &context,
        &tables,
        &mut rows,
        &mut goals,
        &mut unresolved,
    );
    // The headline: the first line with words.
    let lead = text.len() - text.trim_start().len();
    let headline_end = text[lead..].find('\n').map_or(text.len(), |e| lead + e);
    dedupe(&mut rows, headline_end);
    // "岳池县人民医院2024年工作总结": one institution's own text; its beds and staff are a part
    // of the region's, never its figures.
    if head.title.as_ref().is_some_and(|t| {
        let rest = head
            .region
            .as_ref()
            .and_then(|r| t.value.split_once(r.value.as_str()))
            .map_or(t.value.as_str(), |(_, rest)| rest);
        let name: String = rest.chars().take_while(|c| !c.is_ascii_digit()).collect();
        name.chars().count() <= 12
            && ["医院", "卫生院", "保健院", "疾病预防控制中心", "疾控中心"]
                .iter()
                .any(|w| name.contains(w))
            && !name.contains("卫生健康")
    }) {
        for r in rows.drain(..) {
            unresolved.push(Unresolved {
                quote: r.quote,
                reason: Reason::Part,
            });
        }
    }
    // "实有床位4982张" beside "开放床位4760张": the beds there are, and of them those open;
    // the open ones are no second beds total.
    // (A row's name is the last of the two its quote holds.)
    let beds_named = |r: &Row, w: &str| {
        let q: String = r.quote.chars().filter(|c| !c.is_whitespace()).collect();
        let last = ["实有床位", "开放床位"]
            .into_iter()
            .filter_map(|x| q.rfind(x).map(|at| (at, x)))
            .max();
        r.subject == Subject::Quantity("beds_total".into())
            && r.role == Role::Figure
            && last.is_some_and(|(_, x)| x == w)
    };
    let actual_years: Vec<i32> = rows
        .iter()
        .filter(|r| beds_named(r, "实有床位"))
        .map(|r| r.year)
        .collect();
    rows.retain(|r| !(beds_named(r, "开放床位") && actual_years.contains(&r.year)));
    // "护医比为1:0.83": nurses to a doctor written the other way (0.83 doctors a nurse); the
    // catalog's ratio (nurses a doctor) is not that figure.
    rows.retain(|r| {
        !(r.subject == Subject::Indicator("doctor_nurse_ratio".into())
            && r.quote.contains("护医比")
            && r.value().is_some_and(|v| v < 1.0))
    });
    // A density no place can have (执业(助理)医师3736 per 1,000 people, where a bracketed
    // density's base reached the count after it): a figure read under the wrong name.
    rows.retain(|r| match (&r.subject, r.value()) {
        (Subject::Indicator(id), Some(v)) => match catalog.indicator(id).map(|i| &i.kind) {
            Some(hps_model::catalog::IndicatorKind::Density { per, .. }) => v < per / 10.0,
            _ => true,
        },
        _ => true,
    });
    // A count with a fraction (3.12 beds, 312.46 people): a density or a count in 万 read under
    // a count's name, never a count.
    rows.retain(|r| match (&r.subject, r.value()) {
        (Subject::Quantity(_), Some(v)) => (v - v.round()).abs() < 1e-6,
        _ => true,
    });
    // A yearbook's 1995 column: a year the page cannot show, said once a quote.
    let mut said: std::collections::HashSet<String> =
        unresolved.iter().map(|u| u.quote.clone()).collect();
    rows.retain(|r| {
        let shown = (2000..=2035).contains(&r.year);
        if !shown && said.insert(r.quote.clone()) {
            unresolved.push(Unresolved {
                quote: r.quote.clone(),
                reason: Reason::YearOutOfRange,
            });
        }
        shown
    });
    if rows.len() >= MAX_ROWS {
        rows.truncate(MAX_ROWS);
        unresolved.push(Unresolved {
            quote: String::new(),
            reason: Reason::TooManyRows,
        });
    }
    // The resident population starts the levers; a registered one (户籍人口) is not it, and a
    // 总人口 (an older bulletin's registered count) gives way to the 常住人口 of its year.
    let candidate = |r: &Row| {
        r.role == Role::Figure
            && r.subject == Subject::Quantity("population".into())
            && r.basis != Some(Basis::Registered)
    };
    let population = rows
        .iter()
        .position(candidate)
        .map(|i| {
            rows.iter()
                .position(|r| {
                    candidate(r) && r.basis == Some(Basis::Resident) && r.year == rows[i].year
                })
                .unwrap_or(i)
        })
        .map(|i| {
            let r = rows.remove(i);
            // The 总人口 beside it is another basis's count, said so.
            if r.basis == Some(Basis::Resident) {
                set_aside_other_basis(&mut rows, &mut unresolved, |k, rows| {
                    candidate(&rows[k]) && rows[k].basis.is_none() && rows[k].year == r.year
                });
            }
            (
                Found {
                    value: r.value().unwrap_or_default(),
                    quote: r.quote,
                },
                r.year,
            )
        });
    if rows.is_empty() && population.is_none() {
        let scoped = unresolved
            .iter()
            .any(|u| matches!(u.reason, Reason::OtherRegion | Reason::Part));
        let undated = unresolved.iter().any(|u| u.reason == Reason::Undated);
        let unplaced = unresolved.iter().any(|u| u.reason == Reason::UnplacedTable);
        let out_of_range = unresolved
            .iter()
            .any(|u| u.reason == Reason::YearOutOfRange);
        // (The region's own figures without a year come first: "only other places'" would be
        // untrue of them.)
        return Err(if undated {
            ImportError::Undated
        } else if scoped {
            ImportError::OnlyOtherScopes
        } else if unplaced {
            ImportError::UnplacedTable
        } else if out_of_range {
            ImportError::OutOfRange
        } else {
            ImportError::NoFigure
        });
    }
    Ok(Proposal {
        region: head.region,
        title: head.title,
        document_year_inferred: head.document_year_inferred,
        document_year: head.document_year,
        population,
        level: None,
        rows,
        goals,
        unresolved,
    })
}

/// A table row and the sentence that repeats it are one target: the first (the table's) stays,
/// the same subject, year, role and figure found again is dropped. A figure said as a bound
/// ("人均预期寿命超过80岁") gives way to the same year's figure itself ("提高到80.7岁").
fn dedupe(rows: &mut Vec<Row>, headline_end: usize) {
    let mut seen = std::collections::HashSet::new();
    rows.retain(|r| {
        seen.insert((
            r.role == Role::Target,
            r.subject.clone(),
            r.year,
            r.cmp.value().map(f64::to_bits),
        ))
    });
    let said_as_bound = |r: &Row| {
        let q: Vec<char> = r
            .quote
            .chars()
            .map(|c| simplified::simplified(scan::normalise(c)))
            .collect();
        ["超过", "突破", "逾", "超"].iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            q.windows(w.len() + 1)
                .any(|x| x[..w.len()] == w[..] && x[w.len()].is_ascii_digit())
        })
    };
    let bound: Vec<bool> = rows.iter().map(said_as_bound).collect();
    let exact: Vec<(Subject, i32)> = rows
        .iter()
        .zip(&bound)
        .filter(|(r, b)| r.role == Role::Figure && !**b)
        .map(|(r, _)| (r.subject.clone(), r.year))
        .collect();
    let mut i = 0;
    rows.retain(|r| {
        i += 1;
        r.role != Role::Figure || !bound[i - 1] || !exact.contains(&(r.subject.clone(), r.year))
    });
    // A headline's figure with an assumed year, said again below ("石家庄市人均预期寿命达到
    // 78.12岁" over "“十三五”时期…达到78.12岁"): the same figure, once, with the body's year.
    let figures: Vec<(Subject, Option<u64>, i32, bool, usize)> = rows
        .iter()
        .map(|r| {
            let v = r.cmp.value().map(f64::to_bits);
            (r.subject.clone(), v, r.year, r.year_inferred, r.span.start)
        })
        .collect();
    let roles: Vec<Role> = rows.iter().map(|r| r.role).collect();
    let mut i = 0;
    rows.retain(|r| {
        let me = &figures[i];
        i += 1;
        r.role != Role::Figure
            || !r.year_inferred
            || !figures.iter().zip(&roles).any(|(o, role)| {
                *role == Role::Figure
                    && o.0 == me.0
                    && o.1 == me.1
                    && o.2 != me.2
                    && (!o.3 || o.4 > me.4)
            })
    });
    // A news lead restating the headline's figure ("…全省人均预期寿命提高到77.7岁" under
    // "“十三五”…成绩单来了 全省人均预期寿命提高到77.7岁"): no goal, where its own words name no
    // year, period or aim.
    // The lead: a news page's first paragraph under its headline, about 600 characters (a
    // scraped page's breadcrumb and byline may come first); spans count bytes.
    let lead_end = headline_end + 1800;
    let reached: Vec<(Subject, Option<u64>, i32)> = rows
        .iter()
        .filter(|r| r.role == Role::Figure)
        .map(|r| (r.subject.clone(), r.cmp.value().map(f64::to_bits), r.year))
        .collect();
    // (A sentence's verb: a table's row, "0.85 | 0.85左右", keeps its goal; so does a bound
    // kept, "婴儿死亡率下降到3‰以下", and a sentence past the lead.)
    let restates_the_headline = |r: &Row| {
        let q = &r.quote;
        r.span.start < lead_end
            && !matches!(r.cmp, Cmp::AtMost(_))
            && time::REVIEW_VERBS.iter().any(|v| q.contains(v))
            && !q.contains('年')
            && !q.contains("五”")
            && !["力争", "目标", "将", "预计", "确保", "争取", "努力", "规划"]
                .iter()
                .any(|w| q.contains(w))
            && reached.iter().any(|(s, v, y)| {
                *s == r.subject && *v == r.cmp.value().map(f64::to_bits) && *y < r.year
            })
    };
    rows.retain(|r| r.role != Role::Target || !restates_the_headline(r));
    // A headline's figure said again below with its year ("“十四五”答卷丨…人均预期寿命达
    // 79.03岁" over "截至2024年底,…达79.03岁"): the year the body's own words name wins over
    // the one the headline's period gave.
    let names_its_year = |r: &Row| r.quote.contains(&format!("{}年", r.year));
    let stated: Vec<(Subject, Cmp, i32)> = rows
        .iter()
        .filter(|r| r.role == Role::Figure && names_its_year(r) && r.span.start >= headline_end)
        .map(|r| (r.subject.clone(), r.cmp, r.year))
        .collect();
    rows.retain(|r| {
        r.role != Role::Figure
            || r.span.start >= headline_end
            || names_its_year(r)
            || !stated
                .iter()
                .any(|(s, c, y)| *s == r.subject && *c == r.cmp && *y != r.year)
    });
}

impl Proposal {
    /// The plan file (format 1) for what the user confirmed: `region`, `population` (typed or
    /// the text's) and the rows as they now stand.
    pub fn to_plan_json(&self, region: &str, population: Option<f64>) -> String {
        plan_json::write(self, region, population)
    }
}
