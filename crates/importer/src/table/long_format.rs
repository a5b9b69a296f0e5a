//! A data portal's table in the long format, one figure a row: "序号 | 指标名称 | 统计年度 | 计量单位
//! | 数值 | 备注". Each row names its indicator, its year, its unit and its value.

use super::{Block, Cell, Doc, Taken, classify, scale_of};
use crate::synonyms::{Subject, is_part, match_label, population_basis};
use crate::{Cmp, Role, Row};
use hps_model::catalog::Catalog;
use hps_model::text::fold_whitespace;

/// The columns of such a table, by their heads.
struct Columns {
    label: usize,
    year: usize,
    unit: Option<usize>,
    value: usize,
    /// "地区": whose each row's figure is.
    place: Option<usize>,
}

fn columns(heads: &[String]) -> Option<Columns> {
    let find = |names: &[&str]| heads.iter().position(|h| names.contains(&h.as_str()));
    Some(Columns {
        label: find(&["指标名称", "指标", "统计指标", "项目"])?,
        year: find(&["统计年度", "年度", "年份", "统计年份", "数据年度", "时间"])?,
        unit: find(&["计量单位", "单位"]),
        value: find(&["数值", "指标值", "数据", "统计数值"])?,
        place: find(&["地区", "区域", "行政区划", "地区名称", "行政区"]),
    })
}

/// Reads block `b` if it is such a table; whether it was.
pub(super) fn read(
    doc: &Doc,
    b: &Block,
    catalog: &Catalog,
    own: Option<&str>,
    rows: &mut Vec<Row>,
    taken: &mut Taken,
) -> bool {
    // The cells, a line each.
    let lines: Vec<Vec<std::ops::Range<usize>>> = super::layout::lines_of(&b.cells)
        .into_iter()
        .map(|l| b.cells[l].iter().map(|c| c.0.clone()).collect())
        .collect();
    let squeezed = |r: &std::ops::Range<usize>| doc.squeezed(r);
    let Some((h, cols)) = lines.iter().enumerate().find_map(|(k, l)| {
        let heads: Vec<String> = l.iter().map(squeezed).collect();
        columns(&heads).map(|c| (k, c))
    }) else {
        return false;
    };
    // With a column of places, only the region's rows are its (a county's are not the city's);
    // one place alone is the table's.
    let places: Vec<String> = cols.place.map_or_else(Vec::new, |p| {
        let mut v: Vec<String> = lines[h + 1..]
            .iter()
            .filter_map(|l| l.get(p).map(squeezed))
            .collect();
        v.sort();
        v.dedup();
        v
    });
    let theirs = |place: &str| {
        places.len() <= 1 || super::places::is_own(place, own, place.starts_with('全'))
    };
    let mut read_any = false;
    for line in &lines[h + 1..] {
        let cell = |k: usize| line.get(k).map(squeezed);
        if cols.place.and_then(cell).is_some_and(|p| !theirs(&p)) {
            taken.push(line[0].start..line[line.len() - 1].end);
            continue;
        }
        let (Some(label), Some(year), Some(value)) =
            (cell(cols.label), cell(cols.year), cell(cols.value))
        else {
            continue;
        };
        let Ok(year) = year.trim_end_matches('年').parse::<i32>() else {
            continue;
        };
        let Cell::Figure(n) = classify(&value) else {
            continue;
        };
        if !(1990..=2100).contains(&year) || n.percent || n.high.is_some() {
            continue;
        }
        // "其中:医院床位数": a part, never the total.
        if label.starts_with("其中") || label.starts_with('#') || is_part(&label) {
            continue;
        }
        let unit = cols.unit.and_then(cell).unwrap_or_default();
        let Some(subject) = match_label(&label, catalog, None) else {
            continue;
        };
        let scale = match &subject {
            Subject::Quantity(_) => scale_of(&format!("{label}{unit}")),
            _ => 1.0,
        };
        let range = line[0].start..line[line.len() - 1].end;
        rows.push(Row {
            role: Role::Figure,
            subject,
            year,
            year_inferred: false,
            cmp: Cmp::AtLeast(n.value).scaled(scale),
            cmp_inferred: false,
            nature: None,
            quote: fold_whitespace(doc.quote(&range)),
            span: doc.bytes(&range),
            basis: population_basis(&label),
            rebased_from: None,
        });
        taken.push(range);
        read_any = true;
    }
    read_any
}
