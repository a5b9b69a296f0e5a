//! The built-in plans, embedded at build time from `seeds/plans/`.

use super::catalog::Catalog;
use super::plan::Plan;
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
