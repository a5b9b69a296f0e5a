//! Figures a user added to a plan from a pasted bulletin (issue 25 §3), kept in this browser per
//! plan so that choosing the plan again brings them back. A link carries its plan's in `st`.

use std::collections::BTreeMap;

use crate::browser::storage;
use hps_model::catalog::Catalog;
use hps_model::plan::{Statistic, read_statistics_json, statistics_json};

const KEY: &str = "hps.added.v1";

/// Every plan's added figures as stored: plan id → its statistics file.
fn stored() -> BTreeMap<String, String> {
    storage::get(KEY)
        .and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

/// The figures this browser keeps for a plan; none if they no longer read.
pub fn load(plan: &str, catalog: &Catalog) -> Vec<Statistic> {
    stored()
        .get(plan)
        .and_then(|text| read_statistics_json(text, catalog).ok())
        .unwrap_or_default()
}

/// Keeps (or, for none, forgets) a plan's added figures. `false` when the browser would not
/// store them (they still apply for the session).
pub fn save(plan: &str, stats: &[Statistic], catalog: &Catalog) -> bool {
    let mut all = stored();
    if stats.is_empty() {
        all.remove(plan);
    } else {
        all.insert(plan.to_string(), statistics_json(stats, catalog));
    }
    serde_json::to_string(&all).is_ok_and(|s| storage::set(KEY, &s))
}

/// The figures a link carries (`st`), and whether its value was damaged (the page says so and
/// opens the plan without them).
pub fn from_link(st: Option<&str>, catalog: &Catalog) -> (Vec<Statistic>, bool) {
    match st.map(|v| hps_model::link::travel::statistics_from_param(v, catalog)) {
        None => (Vec::new(), false),
        Some(Some(Ok(stats))) => (stats, false),
        Some(_) => (Vec::new(), true),
    }
}
