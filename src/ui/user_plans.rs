//! Plans a ministry brings itself: validated like the built-in ones, kept in local storage
//! until removed.

use std::sync::Arc;

use crate::browser::storage;
use crate::model::catalog::Catalog;
use crate::model::plan::Plan;
use crate::model::problem::Problem;

const KEY: &str = "hps.user-plans.v1";

/// The raw texts of the user's plans, as stored.
pub fn load_texts() -> Vec<String> {
    storage::get(KEY)
        .and_then(|s| serde_json::from_str::<Vec<String>>(&s).ok())
        .unwrap_or_default()
}

pub fn save_texts(texts: &[String]) -> bool {
    serde_json::to_string(texts).is_ok_and(|s| storage::set(KEY, &s))
}

/// Stored plans that still validate, and how many no longer do (the format may have changed).
pub fn load(catalog: &Catalog) -> (Vec<(Arc<Plan>, String)>, usize) {
    let mut ok = Vec::new();
    let mut broken = 0;
    for text in load_texts() {
        match Plan::parse(&text, catalog) {
            Ok(p) => ok.push((Arc::new(p), text)),
            Err(_) => broken += 1,
        }
    }
    (ok, broken)
}

/// Why a user's plan was refused beyond what the validator says.
#[derive(Clone, Debug, PartialEq)]
pub enum Refusal {
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
