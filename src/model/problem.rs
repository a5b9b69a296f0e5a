//! Problems found in a plan or catalog file, each with its JSON path and a plain message.

use super::lang::Lang;
use crate::i18n;

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

    /// What is wrong, in `lang`: every word comes from the locale files.
    pub fn message(&self, lang: Lang) -> String {
        use ProblemKind::*;
        let tf = |key, args: &[(&str, &str)]| i18n::tf(lang, key, args);
        match &self.kind {
            Malformed {
                line,
                column,
                detail,
            } => tf(
                "problem.malformed",
                &[
                    ("line", &line.to_string()),
                    ("column", &column.to_string()),
                    ("detail", detail),
                ],
            ),
            Missing => tf("problem.missing", &[]),
            WrongType { expected } => tf(
                "problem.wrong_type",
                &[("expected", i18n::t(lang, expected.key()))],
            ),
            UnknownIndicator(id) => tf("problem.unknown_indicator", &[("id", id)]),
            UnknownQuantity(id) => tf("problem.unknown_quantity", &[("id", id)]),
            Duplicate(id) => tf("problem.duplicate", &[("id", id)]),
            YearOutOfRange(y) => tf("problem.year_out_of_range", &[("year", &y.to_string())]),
            Negative(v) => tf("problem.negative", &[("value", &v.to_string())]),
            NotFinite => tf("problem.not_finite", &[]),
            ComparisonMismatch {
                comparison,
                indicator_kind,
            } => tf(
                "problem.comparison_mismatch",
                &[
                    ("comparison", comparison),
                    ("kind", i18n::t(lang, kind_key(indicator_kind))),
                ],
            ),
            NotOneOf { found, allowed } => {
                let sep = i18n::t(lang, "problem.list_separator");
                tf(
                    "problem.not_one_of",
                    &[("found", found), ("allowed", &allowed.join(sep))],
                )
            }
            Empty => tf("problem.empty", &[]),
            Invalid(rule) => tf("problem.invalid", &[("rule", i18n::t(lang, rule.key()))]),
            UnknownKey {
                key,
                suggestion: Some(s),
            } => tf(
                "problem.unknown_key_suggest",
                &[("key", key), ("suggestion", s)],
            ),
            UnknownKey {
                key,
                suggestion: None,
            } => tf("problem.unknown_key", &[("key", key)]),
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A missing translation shows its key; every enum's words must exist in both languages.
    #[test]
    fn every_reason_has_words_in_both_languages() {
        let keys = Rule::ALL
            .iter()
            .map(|r| r.key())
            .chain(Expected::ALL.iter().map(|e| e.key()))
            .chain(["density", "ratio", "share", "count", "tracked"].map(kind_key));
        for key in keys {
            for lang in [Lang::Zh, Lang::En] {
                assert_ne!(i18n::t(lang, key), key, "{key} in {lang:?}");
            }
        }
    }

    #[test]
    fn a_chinese_page_reads_chinese() {
        let p = Problem::new(
            "statistics[0]",
            ProblemKind::Invalid(Rule::QuantityOrIndicator),
        );
        let zh = p.message(Lang::Zh);
        assert!(
            zh.starts_with("无效:") && !zh.contains("give either"),
            "{zh}"
        );
        assert_eq!(
            p.message(Lang::En),
            "invalid: give either a quantity or an indicator"
        );
        let t = Problem::new(
            "",
            ProblemKind::WrongType {
                expected: Expected::Text,
            },
        );
        assert_eq!(t.message(Lang::Zh), "类型错误:应为含 zh 和 en 的对象");
    }
}
