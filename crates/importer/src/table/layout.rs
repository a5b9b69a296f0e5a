//! Tables as pages copy them, made regular before they are read: a header set with single spaces
//! split into its names past a line of units or of English, lines of units that say nothing the
//! names do not left out, and years across that start before 2000 placed.

use std::ops::Range;

use super::{Cell, Doc, Placed, ROW_HEADS, classify, is_cjk, is_unit, is_year_cell};

/// Each line's cells, in order: the ranges of `cells` that share a line.
pub(super) fn lines_of(cells: &[Placed]) -> Vec<Range<usize>> {
    let mut lines: Vec<Range<usize>> = Vec::new();
    for (i, c) in cells.iter().enumerate() {
        match lines.last_mut() {
            Some(l) if cells[l.start].2 == c.2 => l.end = i + 1,
            _ => lines.push(i..i + 1),
        }
    }
    lines
}

/// "年份 卫生机构数(个) 床位数(张) 卫生技术人员(人)" over "2020 2210 26120 32050", as a PDF
/// copies a table with single spaces: the header's names split at its spaces where they are as
/// many as the figures of the line below, each a name (a spaced name, "床 位 数", never is; a
/// spaced "年 份" opening the header is one). A line of units ("(个) (张) (人)") or of English
/// between them is passed over, and a line of units as many as the columns is split too.
pub(super) fn split_spaced_header(doc: &Doc, cells: Vec<Placed>) -> Vec<Placed> {
    let lines = lines_of(&cells);
    let words_of = |c: &Placed| -> Vec<String> {
        doc.words(&c.0)
            .iter()
            .map(|w| doc.chars[w.clone()].iter().collect())
            .collect()
    };
    // A line of units or of English only, as yearbooks set under their Chinese header.
    let aside = |l: &Range<usize>| -> bool {
        cells[l.clone()].iter().all(|c| {
            let words = words_of(c);
            !words.is_empty()
                && words
                    .iter()
                    .all(|w| is_unit(w) || w.chars().all(|x| x.is_ascii() && !x.is_ascii_digit()))
        })
    };
    // The lines split at their spaces.
    let mut splits: Vec<usize> = Vec::new();
    for (k, l) in lines.iter().enumerate() {
        if l.len() != 1 || !matches!(cells[l.start].1, Cell::Label(_)) {
            continue;
        }
        let Some(fig) = (k + 1..lines.len().min(k + 5)).find(|&j| !aside(&lines[j])) else {
            continue;
        };
        if fig > k + 1 && (k + 1..fig).any(|j| lines[j].len() != 1) {
            continue;
        }
        let next_line = &cells[lines[fig].clone()];
        let width = next_line.len();
        // "2020 2210 26120", "全 市 2315 28650", "床位数 张 2050 6.8": a year or a name (and
        // its unit), then figures only.
        let figures_below = next_line.iter().enumerate().all(|(i, c)| {
            matches!(c.1, Cell::Figure(_))
                || (i == 0 && matches!(c.1, Cell::Label(_)))
                // A bilingual yearbook's total row, named in English only.
                || (i == 0 && doc.squeezed(&c.0).eq_ignore_ascii_case("total"))
                || (i == 1 && matches!(c.1, Cell::Unit))
                || is_year_cell(doc, c)
        });
        let words: Vec<String> = header_words(doc, &cells[l.start].0)
            .iter()
            .map(|w| squeezed(doc, w))
            .collect();
        let names = words
            .iter()
            .all(|w| w.chars().count() >= 2 && w.chars().any(is_cjk));
        if width >= 3 && figures_below && words.len() == width && names {
            splits.push(k);
            // The units between, where they are one a column (under the names, or under all
            // but the first), split one a column too (`without_unit_lines` then leaves out a
            // line of them that scales nothing).
            for j in k + 1..fig {
                let units = words_of(&cells[lines[j].start]);
                if (units.len() == width || units.len() + 1 == width)
                    && units.iter().all(|w| is_unit(w))
                {
                    splits.push(j);
                }
            }
        }
    }
    // Built anew rather than spliced in place: a block may hold a table of thousands of cells.
    let mut out = Vec::with_capacity(cells.len());
    let mut next_split = splits.iter().peekable();
    for (k, l) in lines.iter().enumerate() {
        match next_split.peek() {
            Some(&&line) if line == k => {
                next_split.next();
                let c = &cells[l.start];
                for w in header_words(doc, &c.0) {
                    let cell = classify(&squeezed(doc, &w));
                    out.push((w, cell, c.2));
                }
            }
            _ => out.extend(cells[l.clone()].iter().cloned()),
        }
    }
    out
}

/// A single-spaced header's names: its words, where a spaced pair of characters opening it is
/// one ("年 份", "地 区", "项 目") and a unit in brackets after a name is the name's
/// ("机构数 (个)").
fn header_words(doc: &Doc, r: &Range<usize>) -> Vec<Range<usize>> {
    let mut words = doc.words(r);
    let one_char = |w: &Range<usize>| w.len() == 1 && is_cjk(doc.chars[w.start]);
    if words.len() > 2 && one_char(&words[0]) && one_char(&words[1]) {
        let joined = words[0].start..words[1].end;
        words.splice(0..2, [joined]);
    }
    let mut out: Vec<Range<usize>> = Vec::with_capacity(words.len());
    for w in words {
        let text: String = doc.chars[w.clone()].iter().collect();
        match out.last_mut() {
            // A line of units alone ("(个) (万张)") keeps one a column.
            Some(prev)
                if text.starts_with('(')
                    && is_unit(&text)
                    && !is_unit(&doc.chars[prev.clone()].iter().collect::<String>()) =>
            {
                prev.end = w.end
            }
            _ => out.push(w),
        }
    }
    out
}

/// A spaced pair of characters as one word ("年 份" → "年份"); other names as they are.
fn squeezed(doc: &Doc, w: &Range<usize>) -> String {
    let text = doc.norm(w);
    let bare: String = text.chars().filter(|c| *c != ' ').collect();
    if bare.chars().count() == 2 && bare.chars().all(is_cjk) {
        bare
    } else {
        text
    }
}

/// A line of units under a header's names ("(个) | (张) | (人)"), none of which scales its
/// counts, says nothing the names do not: left out, so the names stand over the figures.
pub(super) fn without_unit_lines(doc: &Doc, cells: Vec<Placed>) -> Vec<Placed> {
    let unit_line = |line: &[Placed]| {
        line.len() >= 2
            && line.iter().all(|c| {
                let t = doc.norm(&c.0);
                matches!(c.1, Cell::Unit) && !t.contains('万') && !t.contains('千')
            })
    };
    let mut out = Vec::with_capacity(cells.len());
    let mut i = 0;
    while i < cells.len() {
        let end = (i..cells.len())
            .find(|&k| cells[k].2 != cells[i].2)
            .unwrap_or(cells.len());
        if !unit_line(&cells[i..end]) {
            out.extend_from_slice(&cells[i..end]);
        }
        i = end;
    }
    out
}

/// "项目 | 1995 | 2000 | 2005 | 2010": a header of years across, some before 2000 (whose
/// columns are then read and left out as years the page cannot show). Under a row-label head
/// (项目, 指标, with or without 单位) only, where the years run in order: a row of counts
/// ("床位数 1995 2000") never is one.
pub(super) fn years_across(doc: &Doc, mut cells: Vec<Placed>) -> Vec<Placed> {
    let mut i = 0;
    while i < cells.len() {
        let line = cells[i].2;
        let end = (i..cells.len())
            .find(|&k| cells[k].2 != line)
            .unwrap_or(cells.len());
        let first_figure = (i..end)
            .find(|&k| matches!(cells[k].1, Cell::Figure(_)))
            .unwrap_or(end);
        let head: String = cells[i..first_figure]
            .iter()
            .flat_map(|c| doc.norm(&c.0).chars().collect::<Vec<_>>())
            .filter(|c| !c.is_whitespace())
            .collect();
        let head = head.strip_suffix("单位").unwrap_or(&head);
        let years: Vec<i32> = cells[first_figure..end]
            .iter()
            .filter_map(|c| match &c.1 {
                Cell::Figure(n)
                    if n.value.fract() == 0.0
                        && (1949.0..=2035.0).contains(&n.value)
                        && doc.norm(&c.0).trim().chars().count() == 4 =>
                {
                    Some(n.value as i32)
                }
                Cell::Year(y, None, None) => Some(*y),
                _ => None,
            })
            .collect();
        let in_order = years.windows(2).all(|w| w[0] < w[1]);
        if first_figure < end
            && years.len() == end - first_figure
            && years.len() >= 2
            && in_order
            && years.iter().any(|y| *y < 2000)
            && ROW_HEADS.contains(&head)
        {
            for (c, y) in cells[first_figure..end].iter_mut().zip(years) {
                c.1 = Cell::Year(y, None, None);
            }
        }
        i = end;
    }
    cells
}
