//! Text helpers for the review: a quote found in the text whatever its whitespace, shown in its
//! surrounding words, and the first figure of a passage the user selects.

use std::ops::Range;

use hps_model::text::{ascii_form, fold_whitespace};

/// Where `quote` is in `text`, whitespace ignored on both sides (a passage pasted from a PDF
/// breaks lines inside words; a quote copied from the page has none): the byte range of the
/// matching piece of `text`, first occurrence.
pub fn find_loose(text: &str, quote: &str) -> Option<Range<usize>> {
    let q: Vec<char> = quote.chars().filter(|c| !c.is_whitespace()).collect();
    let first = *q.first()?;
    'candidates: for (start, _) in text.match_indices(first) {
        let mut rest = text[start..].char_indices();
        let mut end = start;
        for &qc in &q {
            let c = loop {
                match rest.next() {
                    Some((_, c)) if c.is_whitespace() => continue,
                    Some((i, c)) => {
                        end = start + i + c.len_utf8();
                        break c;
                    }
                    None => continue 'candidates,
                }
            };
            if c != qc {
                continue 'candidates;
            }
        }
        return Some(start..end);
    }
    None
}

/// A quote in its surrounding words: up to `around` characters before and after, whitespace
/// folded, "…" where the text goes on. `None` when `span` is not a piece of `text`.
pub fn in_context(
    text: &str,
    span: &Range<usize>,
    around: usize,
) -> Option<(String, String, String)> {
    let quote = text.get(span.clone())?;
    let head = &text[..span.start];
    let tail = &text[span.end..];
    let cut = head
        .char_indices()
        .rev()
        .nth(around.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let mut before = fold_whitespace(&head[cut..]);
    if cut > 0 {
        before.insert(0, '…');
    }
    if head[cut..].ends_with(char::is_whitespace) && !before.is_empty() {
        before.push(' ');
    }
    let end = tail
        .char_indices()
        .nth(around)
        .map_or(tail.len(), |(i, _)| i);
    let mut after = fold_whitespace(&tail[..end]);
    if tail[..end].starts_with(char::is_whitespace) && !after.is_empty() {
        after.insert(0, ' ');
    }
    if end < tail.len() {
        after.push('…');
    }
    Some((before, fold_whitespace(quote), after))
}

/// The first figure written in `s` (ASCII or full-width digits, a decimal point) that is not a
/// year ("到2025年" is skipped), for a row the user adds; a ratio "1:1.2" gives its second term.
pub fn first_number(s: &str) -> Option<f64> {
    let norm: Vec<char> = s.chars().map(ascii_form).collect();
    let mut i = 0;
    while i < norm.len() {
        if !norm[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < norm.len() && (norm[i].is_ascii_digit() || norm[i] == '.') {
            i += 1;
        }
        let digits: String = norm[start..i].iter().collect();
        if norm.get(i) == Some(&'年') {
            continue;
        }
        // "1:1.2" and "1∶1.2" are a ratio: its figure is the second term.
        if digits == "1" && norm.get(i) == Some(&':') {
            i += 1;
            continue;
        }
        if let Ok(v) = digits.trim_end_matches('.').parse() {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_is_found_whatever_its_whitespace() {
        let text = "到2025年,每千人口\n  床位数达到8.2张左右。";
        let r = find_loose(text, "每千人口床位数达到8.2张").expect("found");
        assert_eq!(&text[r.clone()], "每千人口\n  床位数达到8.2张");
        assert!(find_loose(text, "每千 人口 床位").is_some());
        assert_eq!(find_loose(text, "每千人口医师"), None);
        assert_eq!(find_loose(text, "   "), None);
        assert_eq!(find_loose("", "a"), None);
        assert_eq!(find_loose("abc", "abcd"), None);
    }

    #[test]
    fn context_around_a_quote() {
        let text = "一二三四五 六七八九十";
        let s = text.find('六').expect("six");
        let (b, q, a) = in_context(text, &(s..s + '六'.len_utf8()), 2).expect("in range");
        assert_eq!(
            (b.as_str(), q.as_str(), a.as_str()),
            ("…五 ", "六", "七八…")
        );
        assert_eq!(in_context(text, &(1..2), 2), None);
        assert_eq!(in_context(text, &(0..1000), 2), None);
        let (b, _, a) = in_context("ab", &(0..2), 5).expect("whole");
        assert_eq!((b.as_str(), a.as_str()), ("", ""));
    }

    #[test]
    fn first_numbers() {
        assert_eq!(first_number("床位数达到8.2张左右"), Some(8.2));
        assert_eq!(first_number("达到３．９人"), Some(3.9));
        assert_eq!(first_number("到2025年,医护比达到1:1.2"), Some(1.2));
        assert_eq!(first_number("医护比1∶1.25"), Some(1.25));
        assert_eq!(first_number("到2025年"), None);
        assert_eq!(first_number("全覆盖"), None);
        assert_eq!(first_number("5."), Some(5.0));
    }
}
