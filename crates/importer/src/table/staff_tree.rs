//! A yearbook's staff columns placed by their sums.
//!
//! A table copied one cell a line loses its header's shape: the names come a header row after
//! another (在岗职工, then 卫生技术人员 | 其他技术人员 | 管理人员, then 执业(助理)医师 | 注册护士 | …,
//! then 执业医师 | 检验师 …), while the figures come in the columns' order, each group's parts
//! right after it. The names alone cannot say which figure is whose. The figures can: a
//! yearbook's 卫生技术人员 is the exact sum of its kinds (执业(助理)医师, 注册护士, 药师, 技师,
//! 卫生监督员, 其他), and each kind's own parts (执业医师; 检验师, 影像师) are at most the kind.
//! The kinds are laid out in the standard order, and only where the total's figures add up
//! exactly is the layout taken; else nothing is read.

/// A kind of health technician, or a part of one, as a yearbook names its column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// 小计 under 卫生技术人员: the group's own column.
    Subtotal,
    Physicians,
    Licensed,
    Assistants,
    Nurses,
    Pharmacists,
    /// 中药师, 西药师: parts of 药师.
    PharmacistsPart,
    /// 技师(士).
    Technicians,
    /// 检验师, 影像师, 康复师: parts of 技师, or a kind of their own without it.
    Laboratory,
    Supervisors,
    Others,
    /// 见习医师: a part of 其他.
    Trainees,
}

/// Drops a trailing unit ("(人)") and a part's marks ("#", "其中:").
fn bare(name: &str) -> &str {
    let n = name
        .trim_start_matches('#')
        .trim_start_matches("其中:")
        .trim_start_matches("其中");
    match n.rfind('(') {
        Some(i) if n.ends_with(')') && matches!(&n[i..], "(人)" | "(名)" | "(个)") => &n[..i],
        _ => n,
    }
}

fn kind(name: &str) -> Option<Kind> {
    let n = bare(name);
    Some(match n {
        "小计" | "合计" => Kind::Subtotal,
        "执业(助理)医师" | "执业医师(含助理)" => Kind::Physicians,
        "执业医师" => Kind::Licensed,
        "助理医师" | "执业助理医师" => Kind::Assistants,
        "注册护士" | "护士" => Kind::Nurses,
        "其他" | "其他卫生技术人员" => Kind::Others,
        _ if n.starts_with("药师") || n.starts_with("药剂") => Kind::Pharmacists,
        _ if n.starts_with("中药师") || n.starts_with("西药师") => Kind::PharmacistsPart,
        _ if n.starts_with("技师") => Kind::Technicians,
        _ if ["检验", "影像", "康复", "放射"]
            .iter()
            .any(|w| n.starts_with(w))
            && n.chars().count() <= 8 =>
        {
            Kind::Laboratory
        }
        _ if n.starts_with("卫生监督") => Kind::Supervisors,
        _ if n.starts_with("见习") => Kind::Trainees,
        _ => return None,
    })
}

fn is_technicians(name: &str) -> bool {
    let n = bare(name);
    n.starts_with("卫生技术人员") || n.starts_with("卫生技术(") || n == "卫技人员"
}

/// The kind a part belongs to, where that kind is a column of the table.
fn parent(k: Kind, kinds: &[Kind]) -> Option<Kind> {
    let p = match k {
        Kind::Licensed | Kind::Assistants => Kind::Physicians,
        Kind::PharmacistsPart => Kind::Pharmacists,
        Kind::Laboratory => Kind::Technicians,
        Kind::Trainees => Kind::Others,
        _ => return None,
    };
    kinds.contains(&p).then_some(p)
}

/// The header's names set over the total row's figures, one for one (an empty name where a
/// column is not read), when the technicians' kinds add up exactly to their total. The names
/// before 卫生技术人员 are the upper level's columns, in order; the names after it that are no
/// kind of technician (其他技术人员, 管理人员, 工勤技能人员) are left unread.
pub(super) fn placed_by_sums(names: &[String], values: &[Option<f64>]) -> Option<Vec<String>> {
    let t = names.iter().position(|n| is_technicians(n))?;
    let kinds: Vec<(Kind, &String)> = names[t + 1..]
        .iter()
        .filter_map(|n| kind(n).map(|k| (k, n)))
        .collect();
    let present: Vec<Kind> = kinds.iter().map(|(k, _)| *k).collect();
    // Each kind once (its parts may be several): a kind named twice is two groups' (其他
    // under two totals), not placed.
    for (i, k) in present.iter().enumerate() {
        if parent(*k, &present).is_none() && present[..i].contains(k) {
            return None;
        }
    }
    // The group's parts as named, each followed by its own parts; an 其他 named before the
    // group's 小计 spans the header's rows and is its last column.
    let mut groups: Vec<(Kind, &String)> = kinds
        .iter()
        .filter(|(k, _)| *k != Kind::Subtotal && parent(*k, &present).is_none())
        .copied()
        .collect();
    let at = |kind: Kind| present.iter().position(|k| *k == kind);
    if let (Some(o), Some(st)) = (at(Kind::Others), at(Kind::Subtotal))
        && o < st
    {
        groups.sort_by_key(|(k, _)| *k == Kind::Others);
    }
    let mut columns: Vec<(Kind, &String, bool)> = Vec::new();
    for (g, name) in &groups {
        columns.push((*g, name, true));
        for (k, n) in &kinds {
            if parent(*k, &present) == Some(*g) {
                columns.push((*k, n, false));
            }
        }
    }
    let has = |k: Kind| groups.iter().any(|(g, _)| *g == k);
    if groups.len() < 3
        || !has(Kind::Nurses)
        || !(has(Kind::Physicians) || has(Kind::Licensed))
        || t + 1 + columns.len() > values.len()
    {
        return None;
    }
    let value = |i: usize| values.get(i).copied().flatten();
    let total = value(t)?;
    let figures: Vec<f64> = (0..columns.len())
        .map(|i| value(t + 1 + i))
        .collect::<Option<_>>()?;
    // Counts of people: whole numbers that add up exactly.
    if std::iter::once(total)
        .chain(figures.iter().copied())
        .any(|v| v.fract() != 0.0 || v < 0.0)
    {
        return None;
    }
    let sum: f64 = columns
        .iter()
        .zip(&figures)
        .filter(|(c, _)| c.2)
        .map(|(_, v)| v)
        .sum();
    if sum != total || total == 0.0 {
        return None;
    }
    // A kind's parts are at most the kind, together too.
    for (i, (_, _, top)) in columns.iter().enumerate() {
        if !top {
            continue;
        }
        let parts: f64 = columns[i + 1..]
            .iter()
            .zip(&figures[i + 1..])
            .take_while(|(c, _)| !c.2)
            .map(|(_, v)| v)
            .sum();
        if parts > figures[i] {
            return None;
        }
    }
    let mut out = vec![String::new(); values.len()];
    for (k, n) in names[..t].iter().enumerate() {
        out[k] = n.clone();
    }
    out[t] = "卫生技术人员".to_string();
    for (i, (k, n, _)) in columns.iter().enumerate() {
        // Only the kinds the catalog counts are named; 技师, 其他 and their parts stay unread.
        if matches!(
            k,
            Kind::Physicians
                | Kind::Licensed
                | Kind::Nurses
                | Kind::Pharmacists
                | Kind::Supervisors
        ) {
            out[t + 1 + i] = bare(n).to_string();
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{figures, names};
    use super::placed_by_sums;

    // Sentences written for the test: a header three levels deep, read a row after another.
    const THREE_LEVELS: &str = "机构数(个) 实有床位数(张) 在岗职工 卫生技术人员 其他技术人员 管理人员 \
        执业(助理)医师 注册护士 药师(士) 技师(士) 其他 执业医师 检验师";

    #[test]
    fn the_kinds_are_set_in_the_columns_order_where_they_add_up() {
        // 机构 床位 在岗 卫技 | 执业(助理) 执业 | 护士 | 药师 | 技师 检验 | 其他 | 其他技术 管理
        let v = figures(&[
            900.0, 8000.0, 12000.0, 10000.0, 3600.0, 3000.0, 4500.0, 500.0, 600.0, 400.0, 800.0,
            700.0, 1300.0,
        ]);
        let out = placed_by_sums(&names(THREE_LEVELS), &v).expect("placed");
        assert_eq!(out[1], "实有床位数(张)");
        assert_eq!(out[3], "卫生技术人员");
        assert_eq!(out[4], "执业(助理)医师");
        assert_eq!(out[5], "执业医师");
        assert_eq!(out[6], "注册护士");
        assert_eq!(out[7], "药师(士)");
        assert!(out[8..].iter().all(String::is_empty), "{out:?}");
    }

    #[test]
    fn figures_that_do_not_add_up_place_nothing() {
        // One figure missing from the kinds (an empty cell dropped): the sums fail.
        let v = figures(&[
            900.0, 8000.0, 12000.0, 10000.0, 3600.0, 4500.0, 500.0, 600.0, 400.0, 800.0, 700.0,
            1300.0, 50.0,
        ]);
        assert_eq!(placed_by_sums(&names(THREE_LEVELS), &v), None);
        // A part above its kind.
        let v = figures(&[
            900.0, 8000.0, 12000.0, 10000.0, 3600.0, 3700.0, 4500.0, 500.0, 600.0, 400.0, 800.0,
            700.0, 1300.0,
        ]);
        assert_eq!(placed_by_sums(&names(THREE_LEVELS), &v), None);
        // Figures in 万 with decimals: no exact sum to trust.
        let v = figures(&[
            0.09, 0.8, 1.2, 1.0, 0.36, 0.3, 0.45, 0.05, 0.06, 0.04, 0.14, 0.07, 0.13,
        ]);
        assert_eq!(placed_by_sums(&names(THREE_LEVELS), &v), None);
    }

    #[test]
    fn a_subtotal_is_the_groups_column_and_its_others_go_last() {
        // 卫生技术人员 spans: 其他 over two rows is named before 小计; 执业医师 and 助理医师 are kinds.
        let n = names(
            "机构数 床位数 卫生技术人员(人) 其他 小计 执业医师 助理医师 注册护士 药剂人员 技师(士) 检验人员",
        );
        let v = figures(&[
            600.0, 4000.0, 5000.0, 1500.0, 300.0, 2000.0, 250.0, 350.0, 200.0, 600.0,
        ]);
        let out = placed_by_sums(&n, &v).expect("placed");
        assert_eq!(out[1], "床位数");
        assert_eq!(out[2], "卫生技术人员");
        assert_eq!(out[3], "执业医师");
        assert_eq!(out[4], "", "assistants alone are no catalog count");
        assert_eq!(out[5], "注册护士");
        assert_eq!(out[6], "药剂人员");
        assert_eq!(out[9], "", "其他 is not read");
    }

    #[test]
    fn without_nurses_and_physicians_or_twice_named_kinds_nothing_is_placed() {
        let n = names("机构数 卫生技术人员 药师(士) 技师(士) 其他");
        assert_eq!(
            placed_by_sums(&n, &figures(&[1.0, 100.0, 30.0, 30.0, 40.0])),
            None
        );
        let n = names("卫生技术人员 执业(助理)医师 注册护士 其他 药师 其他");
        assert_eq!(
            placed_by_sums(&n, &figures(&[100.0, 40.0, 40.0, 10.0, 10.0, 5.0])),
            None
        );
    }
}
