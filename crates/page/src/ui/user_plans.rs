//! Plans a ministry brings itself: validated like the built-in ones, kept in local storage
//! until removed.

use crate::browser::storage;
use hps_model::catalog::Catalog;
use hps_model::plan::Plan;

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
pub fn load(catalog: &Catalog) -> (Vec<(Plan, String)>, usize) {
    let mut ok = Vec::new();
    let mut broken = 0;
    for text in load_texts() {
        match Plan::parse(&text, catalog) {
            Ok(p) => ok.push((p, text)),
            Err(_) => broken += 1,
        }
    }
    (ok, broken)
}
