//! What tables and sentences share: what the document's head said, and how a label is read —
//! its numbering, its tracked name, whether its indicator is kept down, and a goal's comparison.

use crate::Cmp;
use crate::numbers::{After, Num};

/// What the document's head said, for its tables and sentences.
pub struct Context {
    pub document_year: Option<i32>,
    /// No date was found: the document's year was taken from its targets.
    pub document_year_inferred: bool,
    pub horizon: Option<i32>,
    /// The first year of the plan's period (十四五: 2021), where the document names one.
    pub period_start: Option<i32>,
}

/// A paragraph's numbering at the start: "(1)", "2.", "3、", "①".
pub fn strip_numbering(s: &str) -> &str {
    let t = s.trim_start();
    if let Some(rest) = t.strip_prefix('(') {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(')') {
            return &rest[digits + 1..];
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let mark = t[digits..]
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '、'));
    if digits > 0
        && let Some(mark) = mark
    {
        let rest = &t[digits + mark.len_utf8()..];
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return rest;
        }
    }
    let first = t.chars().next();
    if first.is_some_and(|c| ('①'..='⑳').contains(&c)) {
        return &t[first.map_or(0, char::len_utf8)..];
    }
    t
}

/// The label without its numbering and its unit in brackets.
pub fn tracked_label(label: &str) -> String {
    let mut s = label.trim();
    for p in ["其中:", "其中", "#"] {
        if let Some(r) = s.strip_prefix(p) {
            s = r.trim();
        }
    }
    let s = strip_numbering(s);
    let mut out = s.to_string();
    if let Some(p) = out.rfind('(')
        && out.ends_with(')')
        && out[p..].chars().count() <= 8
    {
        out.truncate(p);
    }
    if out.trim().is_empty() {
        label.to_string()
    } else {
        out.trim().to_string()
    }
}

pub fn lower_is_better(label: &str) -> bool {
    [
        "死亡率",
        "发病率",
        "发生率",
        "感染率",
        "患病率",
        "下降",
        "降低",
        "减少",
        "控制在",
        "不超过",
        "半径",
    ]
    .iter()
    .any(|w| label.contains(w))
}

/// How a target figure compares: its own word, else at least (at most for what plans keep
/// down: mortality, incidence), marked as assumed.
pub fn cmp_of(n: &Num, label: &str) -> (Cmp, bool) {
    if let Some(h) = n.high {
        return (Cmp::Between(n.value, h), false);
    }
    match n.after {
        After::AtLeast => (Cmp::AtLeast(n.value), false),
        After::AtMost => (Cmp::AtMost(n.value), false),
        After::About => (Cmp::About(n.value), false),
        After::None => {
            if lower_is_better(label) {
                (Cmp::AtMost(n.value), true)
            } else {
                (Cmp::AtLeast(n.value), true)
            }
        }
    }
}
