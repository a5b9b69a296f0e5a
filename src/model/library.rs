//! The built-in plans, embedded at build time from `seeds/plans/`, and how a plan finds the
//! plans it inherits standards and statistics from.

use std::borrow::Borrow;

use super::catalog::Catalog;
use super::plan::{NATION, Plan};
use super::problem::Problem;

include!(concat!(env!("OUT_DIR"), "/plans.rs"));

/// Every built-in plan that validates, in file order, with the problems of any that do not.
pub fn builtin_plans(catalog: &Catalog) -> (Vec<Plan>, Vec<(String, Vec<Problem>)>) {
    let mut plans = Vec::new();
    let mut broken = Vec::new();
    for (file, text) in BUILTIN_PLANS {
        match Plan::parse(text, catalog) {
            Ok(p) => plans.push(p),
            Err(e) => broken.push((file.to_string(), e)),
        }
    }
    (plans, broken)
}

/// The plans whose standards bind `plan` too and whose statistics it may borrow, nearest first
/// (its province's, then the nation's). A file that names none inherits the nation's; ids that
/// match no loaded plan are skipped.
pub fn chain<'a, P: Borrow<Plan>>(plans: &'a [P], plan: &Plan) -> Vec<&'a P> {
    let default = [NATION.to_string()];
    let ids: &[String] = plan.inherits.as_deref().unwrap_or(&default);
    ids.iter()
        .filter(|id| **id != plan.id)
        .filter_map(|id| plans.iter().find(|p| &(*p).borrow().id == id))
        .collect()
}

/// [`chain`] as plain references, for [`super::start::Start::new`].
pub fn chain_plans<'a, P: Borrow<Plan>>(plans: &'a [P], plan: &Plan) -> Vec<&'a Plan> {
    chain(plans, plan).into_iter().map(Borrow::borrow).collect()
}
