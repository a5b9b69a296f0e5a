//! A header whose names wrap over two lines, one cell a line: the first line's names
//! (机构数 | 编制 | 实有 | 人员总数 | 卫生技 | 其他技 | 管理人员 | 工勤人员), then the second line's
//! ends and units, each under its own column ((个) | 床位 | 床位 | (人) | 术人员 | 术人员). Names
//! that are whole (管理人员) take no end. A name over several columns (床位数 over 编制 | 实有)
//! is their group, not a column.

use super::{Cell, Doc, Names, Placed, is_unit, match_label};
use crate::synonyms::Subject;
use hps_model::catalog::Catalog;

/// Names that are whole though the catalog does not count them.
const WHOLE: &[&str] = &[
    "机构数",
    "机构个数",
    "人员总数",
    "管理人员",
    "工勤人员",
    "工勤技能人员",
    "其他技术人员",
];

fn is_unit_cell(s: &str) -> bool {
    s.starts_with('(') && s.ends_with(')') && is_unit(s)
}

fn has_unit(s: &str) -> bool {
    s.rfind('(').is_some_and(|i| is_unit_cell(&s[i..]))
}

/// The stem a group's name shares with its columns: "床位数(张)Beds(pcs)" → "床位".
fn stem(s: &str) -> String {
    let cjk: String = s
        .split('(')
        .next()
        .unwrap_or(s)
        .chars()
        .filter(|c| super::is_cjk(*c))
        .collect();
    cjk.trim_end_matches('数').to_string()
}

/// The columns' names, the second line's ends and units joined to the first line's names in
/// order, where that gives exactly `width` columns; else none.
pub(super) fn unwrapped(names: &[String], width: usize, catalog: &Catalog) -> Option<Vec<String>> {
    // A group over several columns: its stem is in two or more of the names after it.
    // (A base alone, "每千人口" over "床位数(张)", is a column's start, never a group, and names
    // no measure yet.)
    let base_only = |s: &str| {
        s.starts_with('每') && (s.ends_with("人口") || s.ends_with('人')) && s.chars().count() <= 8
    };
    let names: Vec<&String> = names
        .iter()
        .enumerate()
        .filter(|(i, n)| {
            let s = stem(n);
            base_only(n)
                || s.chars().count() < 2
                || names[i + 1..].iter().filter(|m| m.contains(&s)).count() < 2
        })
        .map(|(_, n)| n)
        .collect();
    // "每千人口 | 每万人口" over "床位数(张) | 执业(助理)医师(人) | 全科医生(人)": a line of bases
    // over a line of whole names spans them; each base heads a run of columns.
    let lead = names.iter().take_while(|n| base_only(n)).count();
    if lead > 0 && names.len() == lead + width {
        return bases_over_names(&names[..lead], &names[lead..], catalog);
    }
    let mut out: Vec<String> = Vec::new();
    let mut next = 0;
    let mut wrapped = false;
    let complete = |s: &str| {
        !base_only(s)
            && (WHOLE.iter().any(|w| s.starts_with(w)) || match_label(s, catalog, None).is_some())
    };
    for n in names {
        if is_unit_cell(n) {
            let q = (next..out.len()).find(|&q| !has_unit(&out[q]))?;
            out[q].push_str(n);
            next = q + 1;
            wrapped = true;
        } else if out.len() == width || wrapped {
            // After the first end or unit, the first line is over: every cell is an end.
            // A part marked (#医院, 其中…) or a group's total (合计) is a column's whole name,
            // never an end: such a header is two levels, not wrapped.
            let level = |s: &str| {
                s.starts_with('#')
                    || s.starts_with("其中")
                    || ["合计", "小计", "总计"].iter().any(|w| s.starts_with(w))
            };
            if level(n) {
                return None;
            }
            let q = (next..out.len()).find(|&q| !has_unit(&out[q]) && !complete(&out[q]))?;
            if level(&out[q]) {
                return None;
            }
            out[q].push_str(n);
            next = q + 1;
            wrapped = true;
        } else {
            out.push(n.clone());
        }
    }
    (wrapped && out.len() == width).then_some(out)
}

/// The bases (每千人口, 每万人口) over whole names, each base over a run of the names in
/// order: the one way of spreading them under which every column names a catalog density;
/// `None` where no way or more than one does (每千人口 | 每千人口 over three could split
/// anywhere).
fn bases_over_names(
    bases: &[&String],
    names: &[&String],
    catalog: &Catalog,
) -> Option<Vec<String>> {
    if names.iter().any(|n| is_unit_cell(n) || n.starts_with('每')) || bases.len() > names.len() {
        return None;
    }
    // Each cut is where the next base's run begins: choose `bases.len() - 1` of the gaps.
    let spreads = |bases: usize, width: usize| -> Vec<Vec<usize>> {
        let mut all = vec![vec![0usize]];
        for _ in 1..bases {
            all = all
                .into_iter()
                .flat_map(|cuts: Vec<usize>| {
                    let from = cuts.last().copied().unwrap_or(0) + 1;
                    (from..width).map(move |c| {
                        let mut v = cuts.clone();
                        v.push(c);
                        v
                    })
                })
                .collect();
        }
        all
    };
    let named = |cuts: &[usize]| -> Option<Vec<String>> {
        names
            .iter()
            .enumerate()
            .map(|(k, n)| {
                let base = bases[cuts.iter().rposition(|&c| c <= k)?];
                let name = format!("{base}{n}");
                matches!(
                    match_label(&name, catalog, None),
                    Some(Subject::Indicator(_))
                )
                .then_some(name)
            })
            .collect()
    };
    let mut found = spreads(bases.len(), names.len())
        .into_iter()
        .filter_map(|cuts| named(&cuts));
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Where a cell starts and ends on its line, in a monospaced page's columns (a Chinese
/// character two wide).
fn display_span(doc: &Doc, c: &Placed) -> (usize, usize) {
    let line_start = doc.lines.get(c.2).map_or(c.0.start, |l| l.start);
    let width = |k: usize| if doc.chars[k].is_ascii() { 1 } else { 2 };
    let start: usize = (line_start..c.0.start).map(width).sum();
    (start, start + c.0.clone().map(width).sum::<usize>())
}

/// "年份 | 卫生人员 | 卫生技术 | 执业医师 | 执业助理 | 注册护士 | 乡村医生和" over "人员 | 医师 |
/// 卫生员", each end under its own column: a header whose names wrap onto a second line, rows
/// a line. Each end joins the name it stands under; `None` unless the names are as many as the
/// columns and every end stands under a name of its own.
pub(super) fn over_two_lines(
    doc: &Doc,
    upper: &[&Placed],
    lower: &[&Placed],
    width: usize,
) -> Option<Names> {
    let upper: Vec<&Placed> = upper
        .iter()
        .copied()
        .filter(|c| matches!(c.1, Cell::Label(_)))
        .collect();
    let heads = usize::from(upper.first().is_some_and(|c| {
        let t = doc.norm(&c.0);
        t.contains("年") || t.contains("指标") || t.contains("Year")
    }));
    let upper = &upper[heads..];
    let short =
        |c: &&Placed| !matches!(c.1, Cell::Figure(_)) && doc.norm(&c.0).trim().chars().count() <= 8;
    // (Every column's end or unit may stand there: "(个) | (万张) | 人员(万人)".)
    if upper.len() != width || lower.is_empty() || lower.len() > width || !lower.iter().all(short) {
        return None;
    }
    let spans: Vec<(usize, usize)> = upper.iter().map(|c| display_span(doc, c)).collect();
    let mut ends: Vec<Option<&Placed>> = vec![None; width];
    for c in lower {
        let (s, e) = display_span(doc, c);
        let (k, overlap) = spans
            .iter()
            .enumerate()
            .map(|(k, (us, ue))| (k, e.min(*ue).saturating_sub(s.max(*us))))
            .max_by_key(|(_, o)| *o)?;
        if overlap == 0 || ends[k].is_some() {
            return None;
        }
        ends[k] = Some(c);
    }
    Some(
        upper
            .iter()
            .zip(ends)
            .map(|(c, end)| {
                let (mut name, mut quote) = (doc.norm(&c.0), doc.quote(&c.0).to_string());
                if let Some(e) = end {
                    name.push_str(doc.norm(&e.0).trim());
                    quote.push_str(doc.quote(&e.0).trim());
                }
                (name, quote)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::names;
    use super::unwrapped;
    use hps_model::catalog::Catalog;

    #[test]
    fn ends_and_units_join_their_columns_and_a_group_is_dropped() {
        let n = names(
            "床位数(张) 机构数 编制 实有 人员总数 卫生技 其他技 管理人员 工勤人员 (个) 床位 床位 (人) 术人员 术人员",
        );
        assert_eq!(
            unwrapped(&n, 8, &Catalog::builtin()),
            Some(names(
                "机构数(个) 编制床位 实有床位 人员总数(人) 卫生技术人员 其他技术人员 管理人员 工勤人员"
            ))
        );
    }

    #[test]
    fn ends_with_no_column_to_take_them_place_nothing() {
        // Every first-line name is whole: an end left over.
        let n = names("机构数 床位数 卫生技术人员 术人员");
        assert_eq!(unwrapped(&n, 3, &Catalog::builtin()), None);
        // Not as many columns as figures.
        let n = names("机构数 编制 实有 (个) 床位 床位");
        assert_eq!(unwrapped(&n, 4, &Catalog::builtin()), None);
    }
}
