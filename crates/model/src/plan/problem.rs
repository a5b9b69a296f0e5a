//! Problems found in a plan or catalog file, each with its JSON path and a plain message.

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The text is not JSON at all.
    Malformed {
        line: usize,
        column: usize,
        detail: String,
    },
    Missing,
    WrongType {
        expected: Expected,
    },
    UnknownIndicator(String),
    UnknownQuantity(String),
    Duplicate(String),
    YearOutOfRange(i64),
    Negative(f64),
    NotFinite,
    ComparisonMismatch {
        comparison: String,
        /// The indicator kind's name in the format (`density`, `ratio`, …).
        indicator_kind: &'static str,
    },
    NotOneOf {
        found: String,
        allowed: Vec<&'static str>,
    },
    Empty,
    Invalid(Rule),
    /// A key the format does not have (a misspelling is otherwise silently lost).
    UnknownKey {
        key: String,
        suggestion: Option<&'static str>,
    },
}

/// The JSON type a field should have had.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    String,
    Number,
    WholeNumber,
    Array,
    Bool,
    /// An object with `zh` and `en`.
    Text,
}

impl Expected {
    pub const ALL: &[Expected] = &[
        Expected::Object,
        Expected::String,
        Expected::Number,
        Expected::WholeNumber,
        Expected::Array,
        Expected::Bool,
        Expected::Text,
    ];

    /// Its words' key in the locale files.
    pub fn key(self) -> &'static str {
        match self {
            Expected::Object => "problem.type.object",
            Expected::String => "problem.type.string",
            Expected::Number => "problem.type.number",
            Expected::WholeNumber => "problem.type.whole_number",
            Expected::Array => "problem.type.array",
            Expected::Bool => "problem.type.bool",
            Expected::Text => "problem.type.text",
        }
    }
}

/// A rule of the format a value breaks beyond its type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    LowAboveHigh,
    BandsOverlap,
    PerNotPositive,
    ToleranceRange,
    FormatVersion,
    YearBeforeBase,
    NoSuchTarget,
    StatisticNotDensity,
    QuantityOrIndicator,
    /// A statistic names a data edition newer than this page knows.
    UnknownEdition,
}

impl Rule {
    pub const ALL: &[Rule] = &[
        Rule::LowAboveHigh,
        Rule::BandsOverlap,
        Rule::PerNotPositive,
        Rule::ToleranceRange,
        Rule::FormatVersion,
        Rule::YearBeforeBase,
        Rule::NoSuchTarget,
        Rule::StatisticNotDensity,
        Rule::QuantityOrIndicator,
        Rule::UnknownEdition,
    ];

    /// Its words' key in the locale files.
    pub fn key(self) -> &'static str {
        match self {
            Rule::LowAboveHigh => "problem.rule.low_above_high",
            Rule::BandsOverlap => "problem.rule.bands_overlap",
            Rule::PerNotPositive => "problem.rule.per_not_positive",
            Rule::ToleranceRange => "problem.rule.tolerance_range",
            Rule::FormatVersion => "problem.rule.format_version",
            Rule::YearBeforeBase => "problem.rule.year_before_base",
            Rule::NoSuchTarget => "problem.rule.no_such_target",
            Rule::StatisticNotDensity => "problem.rule.statistic_not_density",
            Rule::QuantityOrIndicator => "problem.rule.quantity_or_indicator",
            Rule::UnknownEdition => "problem.rule.unknown_edition",
        }
    }
}

/// The locale key of an indicator kind's name.
pub fn kind_key(kind: &str) -> &'static str {
    match kind {
        "density" => "problem.kind.density",
        "ratio" => "problem.kind.ratio",
        "share" => "problem.kind.share",
        "count" => "problem.kind.count",
        _ => "problem.kind.tracked",
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Where in the file, e.g. `targets[12].year`; empty for the whole file.
    pub path: String,
    pub kind: ProblemKind,
}

impl Problem {
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Self {
        Problem {
            path: path.into(),
            kind,
        }
    }
}

/// Line and column of a serde_json syntax error, as a problem at the top of the file.
pub fn malformed(err: &serde_json::Error) -> Problem {
    let detail = err.to_string();
    // serde_json appends " at line L column C"; the position is given separately.
    let detail = match detail.find(" at line ") {
        Some(i) => detail[..i].to_string(),
        None => detail,
    };
    Problem::new(
        "",
        ProblemKind::Malformed {
            line: err.line(),
            column: err.column(),
            detail,
        },
    )
}
