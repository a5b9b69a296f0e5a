//! A units line above a table ("单位:个、万张、万人", "计量单位:万人"): which listed unit each
//! count takes, by its kind.

use super::{Doc, Placed, is_unit, scale_of};

/// The words of `cells` and of the three lines above them, where a caption or a units line
/// stands.
pub(super) fn lines_above<'a>(
    doc: &'a Doc,
    cells: &'a [Placed],
) -> impl Iterator<Item = String> + 'a {
    let first = cells.first().map_or(0, |c| c.2);
    (first.saturating_sub(3)..first)
        .filter_map(|l| doc.lines.get(l).map(|r| doc.norm(r)))
        .chain(cells.iter().map(|c| doc.norm(&c.0)))
}

/// The units a "单位:个、万张、万人" (or "计量单位:万人") line lists.
pub(super) fn units_listed(lines: impl Iterator<Item = String>) -> Vec<String> {
    lines
        .filter_map(|t| {
            let t = t.trim();
            let rest = t
                .strip_prefix("计量单位")
                .or_else(|| t.strip_prefix("单位"))?;
            let rest = rest.trim_start_matches([':', '：', ' ']);
            let units: Vec<String> = rest
                .split(['、', ',', '，', ';', '；', ' '])
                .map(|u| u.trim().to_string())
                .filter(|u| !u.is_empty())
                .collect();
            // Units: short words such as 个, 万张, 万人, 万人次, 元.
            let unit = |u: &String| {
                u.chars().count() <= 4
                    && (is_unit(u) || u.ends_with(['人', '张', '个', '次', '元', '所', '家']))
            };
            (!units.is_empty() && units.iter().all(unit)).then_some(units)
        })
        .next()
        .unwrap_or_default()
}

/// What a count of `quantity` without a unit of its own is multiplied by: the unit a line
/// above lists for its kind, else `otherwise`; none (the count is not read) where the line
/// lists units in 万 or 千 but none of this kind ("单位:万人次、万张" over a column of staff).
pub(super) fn count_scale(listed: &[String], quantity: &str, otherwise: f64) -> Option<f64> {
    match listed_unit(listed, quantity) {
        Some(unit) => Some(scale_of(unit)),
        None if listed.iter().any(|u| u.contains('万') || u.contains('千')) => None,
        None => Some(otherwise),
    }
}

/// The listed unit a count of `quantity` takes: beds' in 张, staff's in 人; none where the
/// list names no unit of that kind, or two.
pub(super) fn listed_unit<'u>(units: &'u [String], quantity: &str) -> Option<&'u str> {
    let kind = if quantity.starts_with("beds") {
        '张'
    } else if quantity == "children" || quantity == "nursery_places" {
        return None;
    } else {
        '人'
    };
    let mut of_kind = units.iter().filter(|u| u.ends_with(kind));
    let unit = of_kind.next()?;
    of_kind.next().is_none().then_some(unit.as_str())
}
