//! Bilingual text from the data, and the plain-text helpers (escaping, folding whitespace).

use crate::lang::Lang;

/// A piece of user-facing text in both languages.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    pub fn new(zh: &str, en: &str) -> Self {
        Text {
            zh: zh.to_string(),
            en: en.to_string(),
        }
    }

    /// "四川省 · 实施方案": a region with a plan's title, or a plan with one of its targets. The
    /// one way the page joins two names.
    pub fn pair(first: &Text, second: &Text) -> Text {
        Text {
            zh: format!("{} · {}", first.zh, second.zh),
            en: format!("{} · {}", first.en, second.en),
        }
    }

    /// `{"zh": …, "en": …}`, as plan files write it.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({ "zh": self.zh, "en": self.en })
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// Full-width forms and look-alikes as ASCII (digits, brackets, colon, comma, full stop in a
/// number, percent, dashes): the one place the page's number boxes, the importer and its quotes
/// fold what a Chinese input method or a PDF writes.
pub fn ascii_form(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        '（' => '(',
        '）' => ')',
        '：' | '∶' | '﹕' => ':',
        '，' => ',',
        '；' => ';',
        '．' => '.',
        '％' => '%',
        '＋' => '+',
        '～' | '〜' => '~',
        '－' | '−' | '–' => '-',
        '—' | '―' => '—',
        '\u{3000}' | '\u{a0}' => ' ',
        '＜' => '<',
        '＞' => '>',
        '＃' => '#',
        '｜' | '│' | '┃' => '|',
        _ => c,
    }
}

/// Text made safe inside HTML, SVG or an attribute value (the chart, the print report, the
/// embed snippet all go through this one function).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Runs of whitespace become one space; used to compare quotes with their source.
pub fn fold_whitespace(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space && !out.is_empty() {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes() {
        assert_eq!(Lang::from_code("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::from_code("EN-gb"), Some(Lang::En));
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn escaping() {
        assert_eq!(
            escape_html(r#"<a href="x">'1 & 2'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;1 &amp; 2&#39;&lt;/a&gt;"
        );
        assert_eq!(escape_html("医护比 1:1.2"), "医护比 1:1.2");
    }

    #[test]
    fn folding() {
        assert_eq!(fold_whitespace("  a\n\n  b\tc  "), "a b c");
    }
}
