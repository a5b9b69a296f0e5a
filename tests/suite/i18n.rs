//! Both languages have the same keys, and every key the page uses exists.

use std::collections::BTreeSet;

use hps_words::i18n::{keys, t};

use crate::common;
use hps_model::lang::Lang;

fn used_keys() -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    // The components, and the sentences they show (every file of the words layer but the
    // lookup itself, whose test asks for a key that does not exist).
    fn rust_files(dir: std::path::PathBuf, out: &mut Vec<std::path::PathBuf>) {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}"));
        for path in entries.map(|e| e.expect("entry").path()) {
            if path.is_dir() {
                rust_files(path, out);
            } else if path.extension().is_some_and(|x| x == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    for d in ["crates/page/src/ui", "crates/words/src"] {
        rust_files(std::path::Path::new(common::ROOT).join(d), &mut files);
    }
    let files = files.into_iter().filter(|p| !p.ends_with("i18n.rs"));
    for path in files {
        let text = std::fs::read_to_string(&path).expect("read");
        // Every string literal shaped like a key ("group.name"), wherever it is written.
        for part in text.split('"').skip(1).step_by(2) {
            let is_key = !part.starts_with("hps.")
                && part.contains('.')
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '.')
                && !part.starts_with('.')
                && !part.ends_with('.')
                && part
                    .split('.')
                    .next()
                    .is_some_and(|g| g.chars().all(|c| c.is_ascii_lowercase() || c == '_'));
            if is_key {
                found.insert(part.to_string());
            }
        }
    }
    found
}

#[test]
fn both_languages_have_the_same_keys() {
    let zh: BTreeSet<_> = keys(Lang::Zh).into_iter().collect();
    let en: BTreeSet<_> = keys(Lang::En).into_iter().collect();
    assert!(!zh.is_empty());
    let only_zh: Vec<_> = zh.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&zh).collect();
    assert!(
        only_zh.is_empty() && only_en.is_empty(),
        "only in zh: {only_zh:?}; only in en: {only_en:?}"
    );
}

#[test]
fn every_key_the_page_uses_exists() {
    let zh: BTreeSet<_> = keys(Lang::Zh).into_iter().map(str::to_string).collect();
    let used = used_keys();
    assert!(
        used.len() > 30,
        "found only {} keys: the scan is broken",
        used.len()
    );
    let missing: Vec<_> = used.difference(&zh).collect();
    assert!(
        missing.is_empty(),
        "keys used in src/ui or src/model/words.rs but missing from locales: {missing:?}"
    );
}

#[test]
fn no_value_is_empty() {
    for lang in [Lang::Zh, Lang::En] {
        for k in keys(lang) {
            assert!(
                !hps_words::i18n::t(lang, Box::leak(k.to_string().into_boxed_str()))
                    .trim()
                    .is_empty(),
                "{k} is empty in {lang:?}"
            );
        }
    }
}

/// The `{name}` placeholders of a string.
fn placeholders(s: &str) -> Vec<String> {
    let mut out: Vec<String> = s
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name.to_string()))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[test]
fn both_languages_fill_the_same_placeholders() {
    use hps_words::i18n::t;
    let mut checked = 0;
    for key in keys(Lang::Zh) {
        let (zh, en) = (t(Lang::Zh, key), t(Lang::En, key));
        assert_eq!(placeholders(zh), placeholders(en), "{key}: “{zh}” / “{en}”");
        checked += usize::from(!placeholders(zh).is_empty());
    }
    assert!(checked > 40, "only {checked} strings with placeholders");
    assert_eq!(
        placeholders("需 {value} {unit}({delta})"),
        ["delta", "unit", "value"]
    );
}

/// Keys the model hands the page (a plan's level), which the scan of string literals cannot see.
#[test]
fn every_level_has_its_words() {
    use hps_model::named::Named;
    use hps_model::plan::Level;
    use hps_words::i18n::t;
    for &(level, _) in Level::NAMES {
        for lang in [Lang::Zh, Lang::En] {
            assert_ne!(t(lang, level.key()), level.key(), "{level:?} {lang:?}");
        }
    }
}

/// The page's static description (what a search engine shows before any script runs) is the
/// Chinese one from the locale file, word for word; the English page sets its own from en.json.
#[test]
fn the_page_description_is_the_locale_files() {
    let html = std::fs::read_to_string(format!("{}/index.html", common::ROOT)).expect("index.html");
    let at = html
        .find(r#"<meta name="description" content=""#)
        .expect("index.html has a description");
    let rest = &html[at + r#"<meta name="description" content=""#.len()..];
    let content = &rest[..rest.find('"').expect("closing quote")];
    assert_eq!(content, t(Lang::Zh, "app.description"));
    assert!(t(Lang::En, "app.description").starts_with("Check a Chinese region"));
    for lang in [Lang::Zh, Lang::En] {
        // Search results cut descriptions at about 160 characters (Latin) or 80 (Chinese).
        let n = t(lang, "app.description").chars().count();
        assert!(
            (40..=200).contains(&n),
            "{lang:?} description is {n} characters"
        );
    }
}
