//! Named scenarios saved in the browser: a name and a share-link query each.

use serde::{Deserialize, Serialize};
use serde_json::Value;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub name: String,
    pub query: String,
}

/// Reads the stored list; anything malformed is skipped rather than failing the page.
pub fn parse(text: &str) -> Vec<Saved> {
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    // Entry by entry, so one damaged entry does not lose the others.
    items
        .into_iter()
        .filter_map(|i| serde_json::from_value(i).ok())
        .collect()
}

pub fn to_json(list: &[Saved]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

/// A name not yet used: "情景 1", "情景 2", … (or the given stem).
pub fn fresh_name(list: &[Saved], stem: &str) -> String {
    (1..)
        .map(|n| format!("{stem} {n}"))
        .find(|name| !list.iter().any(|s| &s.name == name))
        .unwrap_or_else(|| stem.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_bad_input() {
        let list = vec![Saved {
            name: "高增长 \"A\"".into(),
            query: "v=1&plan=jiaohe".into(),
        }];
        assert_eq!(parse(&to_json(&list)), list);
        assert!(parse("not json").is_empty());
        assert_eq!(
            parse(r#"[{"name": 3}, {"name": "x", "query": "v=1"}]"#).len(),
            1
        );
        assert_eq!(fresh_name(&list, "情景"), "情景 1");
    }
}
