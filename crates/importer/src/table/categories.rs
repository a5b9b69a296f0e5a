//! Columns by category: "指标 | 合计 | #医院", "合计 | 县城 | 乡村", "公立 | 非公立 | 合计",
//! "合计 | #女性", under years or not ("2022年 | 2023年" over "合计 | #医院 | 合计 | #医院"). The
//! whole's column holds the region's figures; the parts' columns are read past.

use super::{Cell, Doc, Placed};

/// Names of the whole's column.
const WHOLES: &[&str] = &[
    "合计", "总计", "总数", "全市", "全县", "全区", "全省", "全部",
];

/// Names of a part's column (besides any marked "#" or "其中").
const PARTS: &[&str] = &[
    "医院",
    "县城",
    "乡村",
    "城市",
    "农村",
    "城镇",
    "城区",
    "郊区",
    "市区",
    "公立",
    "非公立",
    "民营",
    "政府办",
    "社会办",
    "基层",
    "男",
    "女",
    "男性",
    "女性",
    "内资",
    "国有",
    "集体",
    "私营",
    "其他",
];

/// Whether a header's name is a part's column ("市区", "#医院").
pub(super) fn is_part(name: &str) -> bool {
    matches!(category(name), Some(Category::Part))
}

enum Category {
    Whole,
    Part,
}

fn category(name: &str) -> Option<Category> {
    let bare: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    if WHOLES.contains(&bare.as_str()) {
        Some(Category::Whole)
    } else if bare.starts_with('#') || bare.starts_with("其中") || PARTS.contains(&bare.as_str())
    {
        Some(Category::Part)
    } else {
        None
    }
}

/// The cells with a header line of categories made the header's columns: the whole's a
/// figure of the table's year (of the year above it, where years span the categories), the
/// parts' read past, the row heads' name above the labels ("指 标") no label.
pub(super) fn whole_and_parts(doc: &Doc, mut cells: Vec<Placed>) -> Vec<Placed> {
    let lines = super::layout::lines_of(&cells);
    let mut drop_line: Option<usize> = None;
    for (k, l) in lines.iter().enumerate() {
        if l.len() < 2 || !matches!(cells[l.start].1, Cell::Label(_) | Cell::Words) {
            continue;
        }
        // The row heads' name opens the line ("指 标"), or the line is the categories alone.
        let from = l.start + usize::from(category(&doc.norm(&cells[l.start].0)).is_none());
        if l.end - from < 2 {
            continue;
        }
        let kinds: Option<Vec<Category>> = cells[from..l.end]
            .iter()
            .map(|c| match c.1 {
                Cell::Label(_) | Cell::Words => category(&doc.norm(&c.0)),
                _ => None,
            })
            .collect();
        let Some(kinds) = kinds else {
            continue;
        };
        let wholes = kinds
            .iter()
            .filter(|k| matches!(k, Category::Whole))
            .count();
        if wholes == 0 || wholes == kinds.len() {
            continue;
        }
        // Years over the categories, one a whole: each whole takes its year.
        let years: Vec<Cell> = match k.checked_sub(1).map(|p| &lines[p]) {
            Some(above) if wholes > 1 => {
                let ys: Vec<Cell> = cells[above.clone()]
                    .iter()
                    .filter(|c| matches!(c.1, Cell::Year(..)))
                    .map(|c| c.1.clone())
                    .collect();
                // (After the row heads' name, "指 标 | 2022年 | 2023年", at most.)
                let heads = above.len() - ys.len();
                if ys.len() != wholes
                    || heads > 1
                    || (heads == 1 && matches!(cells[above.start].1, Cell::Year(..)))
                {
                    continue;
                }
                drop_line = Some(k - 1);
                ys
            }
            _ if wholes > 1 => continue,
            _ => Vec::new(),
        };
        let mut years = years.into_iter();
        if from > l.start {
            cells[l.start].1 = Cell::Words;
        }
        for (c, kind) in cells[from..l.end].iter_mut().zip(kinds) {
            c.1 = match kind {
                Category::Whole => years.next().unwrap_or(Cell::Current),
                Category::Part => Cell::Change,
            };
        }
    }
    if let Some(k) = drop_line {
        let gone = lines[k].clone();
        cells.drain(gone);
    }
    cells
}
