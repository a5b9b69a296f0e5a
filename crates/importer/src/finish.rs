//! The importer's finishing step, shared by the page's review and the `plan-from-text` command:
//! the proposal as the user confirmed it, written as a plan file and read back by the same
//! reader a ministry's own file goes through, so what the importer writes always loads; and a
//! row the user adds from a passage of the text.

use hps_model::catalog::Catalog;
use hps_model::plan::problem::Problem as FileProblem;
use hps_model::plan::user_plan::{Refusal, check};
use hps_model::plan::{Level, Plan};
use hps_model::text::fold_whitespace;

use crate::synonyms::match_label;
use crate::text::{find_loose, first_number};
use crate::{Cmp, Proposal, Role, Row, Subject};

/// What the user confirmed in the review.
#[derive(Clone, Debug, PartialEq)]
pub struct Edits {
    pub region: String,
    pub level: Level,
    /// The population as it stands: the text's own (written with its quote), another typed one
    /// (written as the user's), or `None` when the box was emptied (left out).
    pub population: Option<f64>,
    /// The rows kept, each with its number in the review (for the messages).
    pub rows: Vec<(usize, Row)>,
}

/// Why the confirmed proposal cannot be written.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    RegionRequired,
    /// A row not in the catalog needs its label (row number in the review).
    LabelRequired(usize),
    NoRows,
    /// The written file does not read: the reader's problems, each with its path.
    Invalid(Vec<FileProblem>),
    /// Its id is a built-in plan's.
    BuiltinId(String),
}

/// A confirmed proposal, written and read back.
#[derive(Clone, Debug)]
pub struct Finished {
    pub plan: Plan,
    /// The plan file, as it is saved and carried in links.
    pub json: String,
}

impl Proposal {
    /// The plan file for what the user confirmed, read back by the plan reader and refused where
    /// it would take a built-in plan's place; every problem is returned.
    pub fn finish(
        &self,
        edits: Edits,
        catalog: &Catalog,
        builtin_ids: &[String],
    ) -> Result<Finished, Vec<Problem>> {
        let mut problems = Vec::new();
        let region = edits.region.trim().to_string();
        if region.is_empty() {
            problems.push(Problem::RegionRequired);
        }
        for (n, row) in &edits.rows {
            if let Subject::Tracked { label, .. } = &row.subject
                && label.trim().is_empty()
            {
                problems.push(Problem::LabelRequired(*n));
            }
        }
        if edits.rows.is_empty() {
            problems.push(Problem::NoRows);
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut proposal = Proposal {
            rows: edits.rows.into_iter().map(|(_, r)| r).collect(),
            level: Some(edits.level),
            ..self.clone()
        };
        // The text's own population keeps its quote; a typed one is the user's; none: left out.
        let found = proposal.population.as_ref().map(|(f, _)| f.value);
        let typed = match edits.population {
            None => {
                proposal.population = None;
                None
            }
            Some(v) if found == Some(v) => None,
            typed => typed,
        };
        let json = proposal.to_plan_json(&region, typed);
        match check(&json, catalog, builtin_ids) {
            Ok(plan) => Ok(Finished { plan, json }),
            Err(Refusal::Invalid(ps)) => Err(vec![Problem::Invalid(ps)]),
            Err(Refusal::BuiltinId(id)) => Err(vec![Problem::BuiltinId(id)]),
        }
    }

    /// Every row kept as proposed, for a command with nobody to review them.
    pub fn as_confirmed(&self, region: &str) -> Edits {
        Edits {
            region: region.to_string(),
            level: self.level.unwrap_or_else(|| crate::level_for(region)),
            population: self.population.as_ref().map(|(f, _)| f.value),
            rows: self
                .rows
                .iter()
                .cloned()
                .enumerate()
                .map(|(i, r)| (i + 1, r))
                .collect(),
        }
    }

    /// The year the plan aims at: its latest target's, else 2025.
    pub fn horizon(&self) -> i32 {
        self.rows
            .iter()
            .filter(|r| r.role == Role::Target)
            .map(|r| r.year)
            .max()
            .unwrap_or(2025)
    }
}

/// Why a passage cannot become a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddProblem {
    Empty,
    /// The passage is not a piece of the text that was read.
    NotInText,
}

impl AddProblem {
    pub fn key(self) -> &'static str {
        match self {
            AddProblem::Empty => "import.add.empty",
            AddProblem::NotInText => "import.add.not_in_text",
        }
    }
}

/// A row from a passage the user selected in the text: its quote is that piece of `source`
/// (whitespace as the text has it), its figure the first in it, its indicator the catalog's where
/// the words name one, its year the plan's horizon, marked assumed.
pub fn row_from_quote(
    source: &str,
    quote: &str,
    role: Role,
    year: i32,
    catalog: &Catalog,
) -> Result<Row, AddProblem> {
    if quote.trim().is_empty() {
        return Err(AddProblem::Empty);
    }
    let span = find_loose(source, quote).ok_or(AddProblem::NotInText)?;
    let piece = fold_whitespace(source.get(span.clone()).unwrap_or(quote));
    let value = first_number(&piece).unwrap_or(0.0);
    let subject = match_label(&piece, catalog, None).unwrap_or(Subject::Tracked {
        label: String::new(),
        unit: String::new(),
    });
    Ok(Row {
        role,
        subject,
        year,
        year_inferred: true,
        cmp: Cmp::AtLeast(value),
        cmp_inferred: true,
        nature: None,
        quote: piece,
        span,
        basis: None,
        rebased_from: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::builtin()
    }

    const TEXT: &str =
        "示例县卫生规划\n到2025年,每千人口医疗卫生机构床位数达到6.5张,医护比达到1:1.2。";

    #[test]
    fn a_confirmed_proposal_reads_back_as_a_plan() {
        let cat = catalog();
        let p = crate::import(TEXT, &cat).expect("a proposal");
        let done = p
            .finish(p.as_confirmed("示例县"), &cat, &[])
            .expect("reads back");
        assert_eq!(done.plan.region.zh, "示例县");
        assert!(
            done.plan
                .targets
                .iter()
                .any(|t| t.indicator.id == "beds_per_1000")
        );
        assert!(check(&done.json, &cat, &[]).is_ok());
    }

    #[test]
    fn every_problem_is_named() {
        let cat = catalog();
        let p = crate::import(TEXT, &cat).expect("a proposal");
        let mut edits = p.as_confirmed(" ");
        edits.rows[0].1.subject = Subject::Tracked {
            label: " ".into(),
            unit: String::new(),
        };
        let problems = p.finish(edits, &cat, &[]).expect_err("refused");
        assert_eq!(
            problems,
            vec![Problem::RegionRequired, Problem::LabelRequired(1)]
        );
        let mut none = p.as_confirmed("示例县");
        none.rows.clear();
        assert_eq!(
            p.finish(none, &cat, &[]).expect_err("no rows"),
            vec![Problem::NoRows]
        );
        let done = p
            .finish(p.as_confirmed("示例县"), &cat, &[])
            .expect("reads");
        let taken = vec![done.plan.id.clone()];
        let refused = p.finish(p.as_confirmed("示例县"), &cat, &taken).err();
        assert!(matches!(refused.as_deref(), Some([Problem::BuiltinId(_)])));
    }

    #[test]
    fn a_row_from_a_selected_passage() {
        let cat = catalog();
        let r = row_from_quote(TEXT, "医护比达到1:1.2", Role::Target, 2025, &cat).expect("row");
        assert_eq!(
            r.cmp,
            Cmp::AtLeast(1.2),
            "a ratio's figure is its second term"
        );
        assert_eq!(r.subject, Subject::Indicator("doctor_nurse_ratio".into()));
        assert_eq!(&TEXT[r.span.clone()], "医护比达到1:1.2");
        assert!(r.year_inferred && r.cmp_inferred);
        assert_eq!(
            row_from_quote(TEXT, "每千人口医师", Role::Target, 2025, &cat),
            Err(AddProblem::NotInText)
        );
        assert_eq!(
            row_from_quote(TEXT, "  ", Role::Figure, 2025, &cat),
            Err(AddProblem::Empty)
        );
    }

    #[test]
    fn a_rebased_figure_says_so_in_the_plan() {
        let cat = catalog();
        let text = "示例县2013年卫生统计公报\n年末全县每万人口执业(助理)医师18.16人。";
        let p = crate::import(text, &cat).expect("a proposal");
        let done = p
            .finish(p.as_confirmed("示例县"), &cat, &[])
            .expect("reads back");
        assert!(done.json.contains("原文按每万人口计"), "{}", done.json);
        assert!(done.json.contains("1.816"), "{}", done.json);
    }
}
