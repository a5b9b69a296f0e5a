//! What is wrong with a plan file, in the page's language: every word from the locale files.

use hps_importer::Problem as FinishProblem;
use hps_model::lang::Lang;
use hps_model::plan::problem::{Problem, ProblemKind, kind_key};

use crate::i18n;

/// Each problem of a plan file with its place (its JSON path, or "(whole file)").
pub fn placed(problems: &[Problem], lang: Lang) -> Vec<(String, String)> {
    problems
        .iter()
        .map(|p| {
            let place = if p.path.is_empty() {
                i18n::t(lang, "loader.whole_file").to_string()
            } else {
                p.path.clone()
            };
            (place, p.message(lang))
        })
        .collect()
}

/// Why a confirmed import cannot be written, each with its place (a field, a row, the file).
pub fn finish_problems(problems: &[FinishProblem], lang: Lang) -> Vec<(String, String)> {
    let t = |key| i18n::t(lang, key).to_string();
    problems
        .iter()
        .flat_map(|p| match p {
            FinishProblem::RegionRequired => {
                vec![(t("import.region"), t("import.region_required"))]
            }
            FinishProblem::LabelRequired(n) => vec![(
                i18n::tf(lang, "import.row_n", &[("n", &n.to_string())]),
                t("import.label_required"),
            )],
            FinishProblem::NoRows => vec![(t("loader.whole_file"), t("import.no_rows"))],
            FinishProblem::Invalid(ps) => placed(ps, lang),
            FinishProblem::BuiltinId(id) => vec![(
                "id".to_string(),
                i18n::tf(lang, "loader.builtin_id", &[("id", id)]),
            )],
        })
        .collect()
}

/// A problem said in words.
pub trait Explain {
    fn message(&self, lang: Lang) -> String;
}

impl Explain for Problem {
    /// What is wrong, in `lang`: every word comes from the locale files.
    fn message(&self, lang: Lang) -> String {
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

#[cfg(test)]
mod tests {
    use super::*;
    use hps_model::plan::problem::{Expected, Rule};

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
