//! Places as columns: "指    标 | 全  市 | 汉台区 | 南郑区", "指标 | 讷河市 | 黑龙江省 | 全国". The
//! region's own column (全市 in a city's text, or its name) holds its figures; every other
//! place's is read past. A line of places none of which is the region's (a continuation
//! page's counties) opens a table of its own, read past whole.

use super::{Cell, Doc, Placed, ROW_HEADS, is_place};

/// The cells with each header line of places made the header's columns.
pub(super) fn own_column(doc: &Doc, cells: Vec<Placed>, own: Option<&str>) -> Vec<Placed> {
    let mut out: Vec<Placed> = Vec::with_capacity(cells.len());
    for line in super::layout::lines_of(&cells) {
        let line = &cells[line];
        match places_line(doc, line, own) {
            Some(placed) => out.extend(placed),
            None => out.extend(line.iter().cloned()),
        }
    }
    out
}

/// The region's own place among a header's: its 全市 (全县, 全省 … by its own kind), its name,
/// its name without 市.
pub(super) fn is_own(place: &str, own: Option<&str>, first: bool) -> bool {
    // A text that names no region: only a 全市 leading the places ("全市 | 汉台区"), never one
    // after another's ("泽川县 | 全市", the county beside its city).
    let Some(own) = own else {
        return first && place.starts_with('全') && place != "全国";
    };
    let kind = own.chars().last();
    if let Some(rest) = place
        .strip_prefix('全')
        .or_else(|| place.strip_prefix('本'))
    {
        return rest.chars().count() == 1 && rest.chars().next() == kind && place != "全国";
    }
    let bare = own.trim_end_matches(['市', '县', '区', '省', '州', '旗']);
    // ("绍兴市柯桥区": its district's own name, after its city's.)
    let last_part = own.ends_with(place) && place.chars().count() >= 3 && {
        let before = &own[..own.len() - place.len()];
        before.ends_with(['市', '省', '州'])
    };
    // ("郑州市" in a text that names its region as 郑州, "郑州统计年鉴2026".)
    let own_with_level = place
        .strip_suffix(['市', '县', '区', '省', '州', '旗'])
        .is_some_and(|p| p == own && own.chars().count() >= 2);
    place == own || (bare.chars().count() >= 2 && place == bare) || last_part || own_with_level
}

fn places_line(doc: &Doc, line: &[Placed], own: Option<&str>) -> Option<Vec<Placed>> {
    if line.len() < 2
        || !line
            .iter()
            .all(|c| matches!(c.1, Cell::Label(_) | Cell::Words))
    {
        return None;
    }
    let names: Vec<String> = line.iter().map(|c| doc.squeezed(&c.0)).collect();
    let head = usize::from(ROW_HEADS.iter().any(|w| names[0].starts_with(w)) || names[0] == "地区");
    // "指标 | 单位 | 全市 | 钟山区": the units' column's head after the labels'.
    let head = head
        + usize::from(head == 1 && names.get(1).is_some_and(|n| n == "单位" || n == "计量单位"));
    // "… | 海曙区占全市比重(%)": a share's column after the places, read past; so are "榆林占
    // 全省(%)" and a rank's, "位次".
    let shares = names[head..]
        .iter()
        .rev()
        .take_while(|n| {
            n.contains("比重")
                || n.contains("占比")
                || n.contains('占') && n.contains('%')
                || ["位次", "排位", "排名", "位序"]
                    .iter()
                    .any(|w| n.ends_with(w))
        })
        .count();
    let places = &names[head..names.len() - shares];
    let is_a_place = |p: &String| {
        is_place(p)
            || p.strip_prefix('本')
                .is_some_and(|r| is_place(&format!("全{r}")))
    };
    // (市区, 城区: a city's part, not a place beside it; a name again, under years: categories.)
    let distinct = places
        .iter()
        .enumerate()
        .all(|(k, p)| !places[..k].contains(p));
    if places.len() < 2
        || !distinct
        || !places.iter().all(is_a_place)
        || places.iter().any(|p| super::categories::is_part(p))
    {
        return None;
    }
    let mut owns: Vec<bool> = places
        .iter()
        .enumerate()
        .map(|(k, p)| is_own(p, own, k == 0))
        .collect();
    // "榆林市 | 全省" in a text that names no region: the one place named first, beside wider
    // wholes only (全省, 全国), is the text's own.
    if own.is_none()
        && !owns.iter().any(|o| *o)
        && !places[0].starts_with('全')
        && places[1..]
            .iter()
            .all(|p| matches!(p.as_str(), "全省" | "全国"))
    {
        owns[0] = true;
    }
    // Two columns that would both be the region's cannot be told apart: none is read.
    let one_own = owns.iter().filter(|o| **o).count() == 1;
    Some(
        line.iter()
            .cloned()
            .enumerate()
            .map(|(k, (range, _, li))| {
                let cell = match k.checked_sub(head) {
                    None => Cell::Words,
                    Some(p) if p < places.len() && one_own && owns[p] => Cell::Current,
                    Some(_) => Cell::Elsewhere,
                };
                (range, cell, li)
            })
            .collect(),
    )
}
