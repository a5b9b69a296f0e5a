//! Named scenarios saved in the browser: a name and a share-link query each.

use serde_json::{Value, json};

#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    pub name: String,
    pub query: String,
}

/// Reads the stored list; anything malformed is skipped rather than failing the page.
pub fn parse(text: &str) -> Vec<Saved> {
    let Ok(Value::Array(items)) = serde_json::from_str::<Value>(text) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|i| {
            Some(Saved {
                name: i.get("name")?.as_str()?.to_string(),
                query: i.get("query")?.as_str()?.to_string(),
            })
        })
        .collect()
}

pub fn to_json(list: &[Saved]) -> String {
    Value::Array(
        list.iter()
            .map(|s| json!({"name": s.name, "query": s.query}))
            .collect(),
    )
    .to_string()
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
