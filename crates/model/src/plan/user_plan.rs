//! A plan file a ministry brings itself: validated like the built-in ones, and refused if it
//! would take the place of a built-in plan.

use crate::catalog::Catalog;
use crate::plan::Plan;
use crate::plan::problem::Problem;

/// Why a user's plan was refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
    /// What the validator found, every problem with its path.
    Invalid(Vec<Problem>),
    /// Its id is a built-in plan's.
    BuiltinId(String),
}

pub fn check(text: &str, catalog: &Catalog, builtin_ids: &[String]) -> Result<Plan, Refusal> {
    let plan = Plan::parse(text, catalog).map_err(Refusal::Invalid)?;
    if builtin_ids.contains(&plan.id) {
        return Err(Refusal::BuiltinId(plan.id));
    }
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../../../tests/e2e/fixtures/example-plan.json");

    #[test]
    fn a_plan_of_ones_own_is_checked_and_may_not_take_a_built_in_id() {
        let cat = Catalog::builtin();
        assert!(check(EXAMPLE, &cat, &["jiaohe".into()]).is_ok());
        assert_eq!(
            check(EXAMPLE, &cat, &["example-county".into()]).err(),
            Some(Refusal::BuiltinId("example-county".into()))
        );
        assert!(matches!(
            check("{", &cat, &[]),
            Err(Refusal::Invalid(ps)) if !ps.is_empty()
        ));
    }
}
