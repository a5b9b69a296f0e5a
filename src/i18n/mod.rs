//! User-facing strings, one JSON file per language under `locales/`. The test suite fails if a
//! key exists in one language and not the other, or if the code uses a key neither has.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::text::Lang;

pub const ZH_JSON: &str = include_str!("../../locales/zh.json");
pub const EN_JSON: &str = include_str!("../../locales/en.json");

fn table(lang: Lang) -> &'static HashMap<String, String> {
    static ZH: OnceLock<HashMap<String, String>> = OnceLock::new();
    static EN: OnceLock<HashMap<String, String>> = OnceLock::new();
    let (cell, json) = match lang {
        Lang::Zh => (&ZH, ZH_JSON),
        Lang::En => (&EN, EN_JSON),
    };
    cell.get_or_init(|| serde_json::from_str(json).unwrap_or_default())
}

/// The string for `key`; a missing key shows itself rather than failing.
pub fn t(lang: Lang, key: &'static str) -> &'static str {
    table(lang).get(key).map(String::as_str).unwrap_or(key)
}

/// The string for `key` with `{name}` placeholders filled in.
pub fn tf(lang: Lang, key: &'static str, args: &[(&str, &str)]) -> String {
    let mut s = t(lang, key).to_string();
    for (name, value) in args {
        s = s.replace(&format!("{{{name}}}"), value);
    }
    s
}

/// Every key of a language file (for the tests).
pub fn keys(lang: Lang) -> Vec<&'static str> {
    let mut k: Vec<&str> = table(lang).keys().map(String::as_str).collect();
    k.sort_unstable();
    k
}
