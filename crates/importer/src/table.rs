//! Tables as they come out of a web page or a Word file: cells split by tabs, by runs of
//! spaces, or one cell a line; a header naming the years of the columns (2020年 | 2025年目标),
//! a unit column or a unit in the label, "-" or "——" for an empty cell, 预期性/约束性 in the
//! last column, "其中" and "#" sub-rows; and yearbook tables with a year a row and the
//! indicators in columns.

use std::ops::{Range, RangeInclusive};

use super::label::{Context, cmp_of, tracked_label};
use super::numbers::{After, Num, cell_figure};
use super::scan::{Doc, is_cjk, is_note_mark};
use super::synonyms::{
    Basis, Subject, basis_of, match_label, population_basis, without_inclusions,
};
use super::{Cmp, Goal, Reason, Role, Row, Unresolved};
use hps_model::catalog::Catalog;
use hps_model::plan::Nature;
use hps_model::text::fold_whitespace;
use layout::{split_spaced_header, without_unit_lines, years_across};
use units::{count_scale, lines_above, listed_unit, units_listed};

/// The character ranges of the input that tables took, so prose does not read them again.
pub type Taken = Vec<Range<usize>>;

#[derive(Clone, Debug, PartialEq)]
enum Cell {
    Label(String),
    Figure(Num),
    /// 提高1岁左右, 增长10%.
    Increase(f64),
    Coverage,
    Empty,
    Nature(Nature),
    Unit,
    /// A header cell naming a column's year, whether it is a goal (目标) or a figure (现状),
    /// and the population it counts on ("2020年(户籍)").
    Year(i32, Option<Role>, Option<Basis>),
    /// 户籍 / 常住 over columns, on a header line of its own.
    Basis(Basis),
    /// A column read past: changes (增长(%), 比上年增减), whose figures are neither now nor a
    /// goal, or another region's (全国2025年目标, 全省平均).
    Change,
    /// Another place's column beside the region's ("全市 | 汉台区"): read past. A line of them
    /// opens a header of its own.
    Elsewhere,
    /// 现状值, 目标值, 基期 without a year.
    Kind(Role),
    /// 绝对数, 年末数: a report's figures of its own year.
    Current,
    /// 上年, 上年数: the year before the report's.
    LastYear,
    /// 备注: a column of notes after the figures.
    Note,
    /// 持续提高, 稳步下降: a goal stated in words, with no figure to read.
    InWords,
    Words,
}

/// How a column names the document's own place: "本市2020年", "2020年本市".
const OWN_PLACE_WORDS: &[&str] = &[
    "本市", "本省", "本县", "本区", "我市", "我省", "我县", "我区",
];

fn classify(s: &str) -> Cell {
    // "3 512①": a footnote's mark after a figure.
    let s = s
        .trim()
        .trim_end_matches(|c| ('①'..='⑳').contains(&c))
        .trim_end();
    // "本  年", "上  年": a short header word padded to its column's width.
    let padded: String;
    let s = if s.contains(char::is_whitespace)
        && s.chars().filter(|c| !c.is_whitespace()).count() <= 3
        && s.chars().all(|c| c.is_whitespace() || is_cjk(c))
    {
        padded = s.chars().filter(|c| !c.is_whitespace()).collect();
        match classify(&padded) {
            Cell::Label(_) | Cell::Words => s,
            _ => &padded,
        }
    } else {
        s
    };
    let chars: Vec<char> = s.chars().collect();
    if matches!(
        s,
        "-" | "—" | "——" | "/" | "无" | "——————" | "--" | "—-" | "_" | "…"
    ) {
        return Cell::Empty;
    }
    // A row's number in a list of indicators ("1.1.2"): no figure.
    if s.split('.').count() >= 3
        && s.split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Cell::Words;
    }
    // (指导性, "guiding": no more binding than 预期性.)
    if matches!(
        s,
        "预期" | "预期性" | "(预期性)" | "预期型" | "指导性" | "(指导性)"
    ) {
        return Cell::Nature(Nature::Expected);
    }
    if matches!(s, "约束" | "约束性" | "(约束性)" | "约束型") {
        return Cell::Nature(Nature::Binding);
    }
    if s.contains("全覆盖") && s.chars().count() <= 6 {
        return Cell::Coverage;
    }
    // Another region's column ("全国2025年目标", "全省平均(2020年)", "国家标准"): read past.
    if ["全国", "国家", "全省", "我国", "省平均", "省级"]
        .iter()
        .any(|w| s.starts_with(w))
        && (s.chars().any(|c| c.is_ascii_digit())
            || ["目标", "标准", "平均", "水平"]
                .iter()
                .any(|w| s.contains(w)))
        && s.chars().count() <= 14
    {
        return Cell::Change;
    }
    // The document's own column beside another's: "本市2020年 | 本市2025年".
    if let Some(rest) = OWN_PLACE_WORDS
        .iter()
        .find_map(|w| s.strip_prefix(w))
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    {
        return classify(rest);
    }
    // The year first, then whose: "2020年全国" is another region's column; "2020年本市",
    // "2025年本市目标" the document's own. (全市 is no own word here: a district's plan sets
    // the city's column beside its own.)
    if chars.len() > 5 && chars[..4].iter().all(|c| c.is_ascii_digit()) && chars[4] == '年' {
        let year: String = chars[..5].iter().collect();
        let rest: String = chars[5..].iter().collect();
        if [
            "全国",
            "国家",
            "全省",
            "我国",
            "省平均",
            "全市平均",
            "市平均",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
        {
            return Cell::Change;
        }
        if let Some(kind) = OWN_PLACE_WORDS.iter().find_map(|w| rest.strip_prefix(w)) {
            return classify(&format!("{year}{kind}"));
        }
    }
    // A period's end ("“十三五”末", "十四五期末"), a kind with its year in brackets ("基期值(2020年)").
    if let Some(cell) = period_or_bracketed_header(s) {
        return cell;
    }
    // A year marked by a note ("2023p" preliminary, "2022r" revised, "2021*"; a circled mark
    // is trimmed above): the year.
    if chars.len() == 5
        && chars[..4].iter().all(|c| c.is_ascii_digit())
        && (is_note_mark(chars[4]) || matches!(chars[4], 'p' | 'P' | 'r' | 'R'))
    {
        return classify(&s[..4]);
    }
    // "上半年完成值", "2026年1—6月": part of a year, no year's column; read past.
    {
        let part = s
            .get(4..)
            .filter(|_| year_at_start(s))
            .map_or(s, |r| r.trim_start_matches('年'));
        let months = part.chars().take_while(char::is_ascii_digit).count();
        let month_span =
            months >= 1 && part[months..].starts_with(['—', '-', '~', '至']) && part.contains('月');
        if month_span
            || [
                "上半年",
                "下半年",
                "一季度",
                "第一季度",
                "前三季度",
                "二季度",
                "三季度",
            ]
            .iter()
            .any(|w| part.starts_with(w))
        {
            return Cell::Change;
        }
    }
    // A header cell with a year: 2020年, 2025年目标, 2020年现状值, 2025.
    if chars.len() >= 4 && chars[..4].iter().all(|c| c.is_ascii_digit()) {
        let y: i32 = s[..4].parse().unwrap_or(0);
        let rest = &s[4..];
        // ("2025年现有(张)": the column's unit after its words.)
        let rest_bare = match rest.rfind('(') {
            Some(i) if rest.ends_with(')') && is_unit(&rest[i..]) => &rest[..i],
            _ => rest,
        };
        // (A yearbook's 1985年 column too: its figures are said to be out of the page's years,
        // and the columns after it keep their places.)
        if ((2000..=2035).contains(&y) || (1949..2000).contains(&y) && rest.starts_with('年'))
            && (rest.is_empty() || rest.starts_with('年'))
            && !rest_bare.contains(['张', '人', '%'])
            && rest_bare.chars().count() <= 8
            && header_words_only(rest_bare.trim_start_matches('年'))
        {
            // ("2023年计划 | 2023年完成 | 2024年计划": a year's plan and what it brought.)
            let role = if ["目标", "规划", "远景", "展望", "远期", "计划"]
                .iter()
                .any(|w| rest.contains(w) && !rest.contains("完成"))
            {
                Some(Role::Target)
            } else if [
                "现状", "基期", "基数", "实际", "基线", "底", "末", "完成", "监测", "评估", "现有",
                // "2025年实现值" in a final review: what was reached.
                "实现",
                // "2025年(预计)" in a 十五五 plan of late 2025: what the year is expected to reach.
                "预计",
            ]
            .iter()
            .any(|w| rest.contains(w))
            {
                Some(Role::Figure)
            } else {
                None
            };
            return Cell::Year(y, role, population_basis(rest));
        }
    }
    let bare: String = s
        .chars()
        .filter(|c| !matches!(c, '(' | ')' | '%' | ' ' | '〔' | '〕' | '[' | ']'))
        .collect();
    // "年均增长〔累计〕": a change, yearly or over the period.
    let bare = bare.strip_suffix("累计").unwrap_or(&bare).to_string();
    // "〔0.59〕": the change over the period, in that column.
    if s.starts_with('〔') && s.ends_with('〕') {
        return Cell::Empty;
    }
    if matches!(
        bare.as_str(),
        "构成"
            | "构成比"
            | "占比"
            | "比重"
            | "增长"
            | "增减"
            | "增减量"
            | "增加量"
            | "增量"
            | "增减数"
            | "增长率"
            | "比上年增长"
            | "比上年增减"
            | "同比增长"
            | "增速"
            | "增幅"
            | "变化"
            | "年均增长"
            | "年均增速"
            | "年均增长率"
            | "年均增幅"
            // A review's columns after its figures: how far along, and its verdict (in words,
            // which end a row: see `Header::columns_for`).
            | "时序进度"
            | "序时进度"
            | "评估结论"
            | "是否完成"
            | "是否达标"
    ) {
        return Cell::Change;
    }
    // "2016-2023年年均增长(%)", "“十三五”时期年均增长": a period's yearly change.
    if ["年均增长", "年均增速", "年均增长率", "年均增幅", "平均增长"]
        .iter()
        .any(|w| bare.ends_with(w))
        && bare.chars().count() <= 20
    {
        return Cell::Change;
    }
    // "2020年比2019年增长(%)", "较上年增减": a column of changes against a year.
    if !s.contains(' ')
        && (bare.contains('比') || bare.contains('较'))
        && [
            "增长",
            "增减",
            "增长率",
            "增幅",
            "增速",
            "变化",
            "增加",
            "减少",
        ]
        .iter()
        .any(|w| bare.ends_with(w))
        && bare.chars().count() <= 16
    {
        return Cell::Change;
    }
    if matches!(s, "户籍" | "户籍人口" | "按户籍人口") {
        return Cell::Basis(Basis::Registered);
    }
    if matches!(s, "常住" | "常住人口" | "按常住人口") {
        return Cell::Basis(Basis::Resident);
    }
    if matches!(
        s,
        "目标值" | "目标" | "规划目标" | "规划值" | "期末值" | "预期目标"
    ) {
        return Cell::Kind(Role::Target);
    }
    if matches!(
        s,
        "现状值"
            | "基期值"
            | "基数"
            | "现状"
            | "基期"
            | "基线值"
            | "现值"
            | "实际"
            | "实际值"
            | "完成值"
            | "实现值"
            | "(预计)"
            | "预计"
            | "预计值"
            | "预计完成"
    ) {
        return Cell::Kind(Role::Figure);
    }
    // A bulletin's table: "指标 | 单位 | 绝对数 | 比上年增长(%)".
    if matches!(
        s,
        "绝对数"
            | "绝对值"
            | "年末数"
            | "本年数"
            | "实际数"
            | "数量"
            | "人数"
            | "人口数"
            | "本年"
            | "本期"
            | "本期数"
    ) {
        return Cell::Current;
    }
    // A note's column ("含村卫生室床位" in it): no figure of its own.
    if matches!(s, "备注" | "说明备注") {
        return Cell::Note;
    }
    if matches!(s, "上年" | "上年数" | "上期" | "上期数" | "上年同期") {
        return Cell::LastYear;
    }
    // "1/10万" is a unit column's cell, not the figure 1.
    if is_unit(s) {
        return Cell::Unit;
    }
    if let Some(n) = cell_figure(&chars) {
        return Cell::Figure(n);
    }
    for w in ["提高", "增加", "增长"] {
        if let Some(rest) = s.strip_prefix(w) {
            let rc: Vec<char> = rest.trim_start_matches(['到', '至']).chars().collect();
            if !rest.starts_with(['到', '至'])
                && let Some(n) = cell_figure(&rc)
            {
                return Cell::Increase(n.value);
            }
            if let Some(n) = cell_figure(&rc) {
                return Cell::Figure(n);
            }
        }
    }
    if in_words(s) {
        return Cell::InWords;
    }
    if chars.iter().any(|c| is_cjk(*c)) && chars.len() >= 2 {
        // Header words over columns are not labels.
        if [
            "指标",
            "单位",
            "属性",
            "性质",
            "序号",
            "类别",
            "领域",
            "指标名称",
            "维度",
            "数值",
            "备注",
        ]
        .contains(&s)
        {
            return Cell::Words;
        }
        if says_a_figure(s) {
            return Cell::Words;
        }
        return Cell::Label(s.to_string());
    }
    Cell::Words
}

/// Whether a cell is a sentence with its own figure ("人均预期寿命超79岁", a headline above a
/// page's view count): a verb of reaching right before a figure that is no year.
fn says_a_figure(s: &str) -> bool {
    let c: Vec<char> = s.chars().collect();
    ["超", "达", "达到", "提高到", "增至", "降至", "为"]
        .iter()
        .any(|v| {
            let v: Vec<char> = v.chars().collect();
            c.windows(v.len() + 1).enumerate().any(|(i, w)| {
                w[..v.len()] == v[..]
                    && w[v.len()].is_ascii_digit()
                    && !(c.len() >= i + v.len() + 5
                        && c[i + v.len()..i + v.len() + 4]
                            .iter()
                            .all(char::is_ascii_digit)
                        && c[i + v.len() + 4] == '年')
            })
        })
}

/// Only English words ("Health Technicians", "Total"): a bilingual table's second name.
fn english_words(cell: &[char]) -> bool {
    cell.iter().any(char::is_ascii_alphabetic)
        && cell.iter().all(|c| {
            c.is_ascii_alphabetic() || matches!(c, ' ' | '(' | ')' | '-' | '&' | ',' | '.')
        })
}

/// Whether a row's label is a place and nothing else: "甲市", "全省", "XX县".
fn is_place(label: &str) -> bool {
    let l = label.trim();
    matches!(l, "全国" | "全省" | "全市" | "全县" | "全区" | "全州")
        || super::head::region_in(l).is_some_and(|r| r == l)
}

/// Whether what follows a header's year is header words (目标值, 现状, 年末, (户籍), 预计…), not
/// a caption's ("2023年末卫生资源情况").
fn header_words_only(rest: &str) -> bool {
    const WORDS: &[&str] = &[
        "基准值",
        "基准",
        "预期性",
        "指导性",
        "约束性",
        "约束",
        "指标值",
        "指标",
        "水平",
        "目标值",
        "目标",
        "规划值",
        "规划",
        "现状值",
        "现状",
        "基期值",
        "基期",
        "基数",
        "实际值",
        "实际",
        "基线值",
        "基线",
        "预计值",
        "预计",
        "预期值",
        "预期",
        "完成值",
        "完成",
        "实现值",
        "实现",
        "现有",
        "计划",
        // A mid-term review's "2022年监测值", "2022年评估值".
        "监测值",
        "监测",
        "评估值",
        "情况",
        // "2025年(快报数)", "2025年(初步数)": a yearbook's first count of the year.
        "快报数",
        "快报",
        "初步数",
        "初步",
        "修订数",
        // "2030年(远景)": a plan's farther goal.
        "远景",
        "展望",
        "远期",
        "数值",
        "期末",
        "年底",
        "年末",
        "底",
        "末",
        "值",
        "数",
        "户籍",
        "常住",
        "(",
        ")",
        "（",
        "）",
        " ",
    ];
    let mut rest = rest;
    while let Some(w) = WORDS.iter().find(|w| rest.starts_with(**w)) {
        rest = &rest[w.len()..];
    }
    rest.chars().all(|c| !is_cjk(c))
}

/// A value cell that states a goal in words ("持续提高", "稳步下降", "逐步提升"): short, no digit,
/// a word of direction after a word of manner.
fn in_words(s: &str) -> bool {
    const MANNER: &[&str] = &[
        "持续",
        "稳步",
        "逐步",
        "进一步",
        "不断",
        "明显",
        "有所",
        "稳中有",
        "显著",
        "逐年",
    ];
    const DIRECTION: &[&str] = &[
        "提高", "提升", "增加", "增长", "下降", "降低", "减少", "改善", "上升",
    ];
    s.chars().count() <= 8
        && !s.chars().any(|c| c.is_ascii_digit())
        && MANNER.iter().any(|m| s.starts_with(m))
        && DIRECTION.iter().any(|d| s.ends_with(d))
}

/// A header cell naming a period's end or a kind with its year in brackets.
fn period_or_bracketed_header(s: &str) -> Option<Cell> {
    let bare: String = s
        .chars()
        .filter(|c| !matches!(c, '“' | '”' | '"' | ' ' | '(' | ')'))
        .collect();
    for (name, end) in super::time::PERIODS
        .iter()
        .map(|(n, first)| (*n, first + 4))
    {
        if let Some(rest) = bare.strip_prefix(name)
            && matches!(
                rest,
                "末" | "期末" | "时期末" | "末期" | "期末值" | "末目标" | "期末目标"
            )
        {
            let role = rest.contains("目标").then_some(Role::Target);
            return Some(Cell::Year(end, role, None));
        }
    }
    let role = if ["目标值", "目标", "规划值", "期末值", "规划目标"]
        .iter()
        .any(|w| bare.starts_with(w))
    {
        Role::Target
    } else if ["基期值", "基期", "基数", "现状值", "现状", "基线值"]
        .iter()
        .any(|w| bare.starts_with(w))
    {
        Role::Figure
    } else {
        return None;
    };
    let digits: String = bare
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take(4)
        .collect();
    let y: i32 = digits.parse().ok()?;
    let tail = bare.split(digits.as_str()).nth(1)?;
    ((2000..=2035).contains(&y) && matches!(tail, "年" | "")).then_some(Cell::Year(
        y,
        Some(role),
        None,
    ))
}

fn is_unit(s: &str) -> bool {
    let s = s.trim_matches(|c| c == '(' || c == ')');
    matches!(
        s,
        "张" | "人"
            | "名"
            | "个"
            | "%"
            | "‰"
            | "岁"
            | "所"
            | "家"
            | "万人"
            | "张/千人"
            | "人/千人"
            | "人/万人"
            | "个/千人"
            | "1/10万"
            | "/10万"
            | "人/10万人"
            | "张/千人口"
            | "人/千人口"
            | "人/万人口"
            | "万张"
            | "比值"
            | "年"
    )
}

/// The multiplier a label's or a header's unit gives its counts: "(万人)", "万张" → 10,000;
/// "(千人)" → 1,000. A base is no multiplier ("每万人口", "人/万人").
pub fn scale_of(text: &str) -> f64 {
    let t: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if t.contains('每') || t.contains('/') || t.contains("万人口") || t.contains("千人口") {
        return 1.0;
    }
    if ["万人", "万张", "万个", "万元", "(万)", "万床"]
        .iter()
        .any(|w| t.contains(w))
    {
        10_000.0
    } else if ["千人", "千张"].iter().any(|w| t.contains(w)) {
        1_000.0
    } else {
        1.0
    }
}

/// A line reads as prose (a sentence), not as table cells.
fn is_prose(doc: &Doc, line: &Range<usize>) -> bool {
    let s = doc.norm(line);
    let n = s.chars().count();
    if s.contains('。') {
        return true;
    }
    // "县文旅广体局、县烟草局、…各乡镇人民政府 |": a copied table's cell, however long (one
    // with figures is a sentence in a cell, read as one).
    if n <= 200 && s.trim_end().ends_with('|') && !s.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let long = n > 110 || (n > 45 && s.contains([',', ';']));
    // A long line of short cells is a table's header (an English one, a yearbook's); a cell of
    // Chinese longer than a column's name is a sentence's. Cells are split only for a long line.
    long && {
        let cells = doc.cells(line);
        let short_cells = cells.len() >= 3
            && cells.iter().all(|c| {
                let cjk = doc.chars[c.clone()].iter().any(|x| is_cjk(*x));
                c.len() <= if cjk { 20 } else { 60 }
            });
        !short_cells
    }
}

/// A cell: where it is, what it holds, and its line.
type Placed = (Range<usize>, Cell, usize);

struct Block {
    cells: Vec<Placed>,
}

fn blocks(doc: &Doc, own: Option<&str>, contents: &[usize]) -> Vec<Block> {
    let mut out = Vec::new();
    let mut cur: Vec<(Range<usize>, Cell, usize)> = Vec::new();
    let mut blank = 0;
    let mut titled = false;
    let mut nonempty = 0;
    for (li, line) in doc.lines.iter().enumerate() {
        let t = doc.trim(line.clone());
        if t.is_empty() {
            blank += 1;
            if blank > 3 && !cur.is_empty() {
                out.push(Block::new(doc, std::mem::take(&mut cur)));
            }
            continue;
        }
        blank = 0;
        if contents.contains(&li) {
            continue;
        }
        // A page's date line under a table's caption ("日期:2018-03-30    文章来源:"): the
        // caption still heads the table below.
        if page_date_line(&doc.norm(&t))
            && !cur.is_empty()
            && !cur
                .iter()
                .any(|c| matches!(c.1, Cell::Figure(_) | Cell::Year(..)))
        {
            continue;
        }
        if is_prose(doc, &t)
            || super::label::is_page_meta(&doc.norm(&t))
            || breadcrumb(&doc.norm(&t))
        {
            if numbers_the_paragraph(&cur, &doc.norm(&t)) {
                cur.pop();
            }
            if !cur.is_empty() {
                out.push(Block::new(doc, std::mem::take(&mut cur)));
            }
            continue;
        }
        let cells = glued_first_value(doc, doc.cells(&t));
        // The document's title ("平江县统计资料简编 2023") is no table's header line: its year
        // would be taken for a column's.
        let title = !titled
            && cells.len() == 2
            && matches!(classify(&doc.norm(&cells[1])), Cell::Year(..))
            && !is_a_caption(&doc.norm(&t))
            && !is_table_number(doc.norm(&cells[0]).trim());
        titled = true;
        // A year alone on a line before any table ("2023" under a handbook's title).
        nonempty += 1;
        let edition = nonempty == 2
            && !cur
                .iter()
                .any(|c| matches!(c.1, Cell::Figure(_) | Cell::Year(..)))
            && cells.len() == 1
            && doc
                .norm(&cells[0])
                .trim()
                .chars()
                .all(|c| c.is_ascii_digit())
            && matches!(classify(&doc.norm(&cells[0])), Cell::Year(..));
        if title || edition {
            continue;
        }
        // "医疗机构病床使用情况(2025年)" between two tables: the caption of the next one,
        // which starts there (else its header would be read as the first one's rows).
        // "表3  孕产妇及儿童死亡率(2022年)" after a table's rows: the next one, whose header
        // is its own (not the years of the one before).
        let numbered = {
            let words: Vec<String> = doc
                .norm(&t)
                .split_whitespace()
                .map(str::to_string)
                .collect();
            ((2..=4).contains(&words.len())
                && (is_table_number(&words[0])
                    || is_table_number(&format!("{}{}", words[0], words[1]))))
                // "一、综合": a section's heading, whose table is its own.
                || (words.len() == 1
                    && super::label::strip_numbering(&words[0]).len() < words[0].len()
                    && words[0].chars().nth(1) == Some('、')
                    && !words[0].chars().any(|c| c.is_ascii_digit()))
        };
        // (A numbered caption starts a table whatever came before: "平江县 2023" over it is the
        // page's, not a header line whose year the table's columns would take.)
        if (cells.len() == 1
            && is_a_caption(&doc.norm(&t))
            && cur.iter().any(|c| matches!(c.1, Cell::Figure(_))))
            || (numbered && !cur.is_empty())
        {
            out.push(Block::new(doc, std::mem::take(&mut cur)));
        }
        // "表6-3  2022年 按城乡分…": a numbered caption is one cell; its year is no column's.
        let cells = if numbered && cells.len() > 2 {
            vec![t.clone()]
        } else {
            cells
        };
        let placed: Vec<Placed> = cells
            .into_iter()
            .map(|c| {
                let cell =
                    placed_column(&doc.norm(&c), own).unwrap_or_else(|| classify(&doc.norm(&c)));
                (c, cell, li)
            })
            .collect();
        cur.extend(placed);
    }
    if !cur.is_empty() {
        out.push(Block::new(doc, cur));
    }
    out
}

/// The lines of a table of contents, under "目录" ("(三)总体目标 7") until the text itself:
/// their numbers are pages. (The pages only go on: a figure smaller than the page before is the
/// text's.)
fn contents_lines(doc: &Doc) -> Vec<usize> {
    let mut out = Vec::new();
    let mut open = false;
    let mut last_page = 0;
    for (li, line) in doc.lines.iter().enumerate() {
        let t = doc.trim(line.clone());
        if t.is_empty() {
            continue;
        }
        let squeezed = doc.squeezed(&t);
        if squeezed == "目录" {
            (open, last_page) = (true, 0);
            out.push(li);
            continue;
        }
        match a_contents_line(&squeezed).filter(|p| open && *p >= last_page) {
            Some(page) => {
                last_page = page;
                out.push(li);
            }
            None => open = false,
        }
    }
    // Without 目录 over it: five numbered headings or more in a row, each with its page, the
    // pages going on ("一、规划背景 4", "(一)发展现状 4", "(二)主要问题 8", …).
    let mut run: Vec<(usize, u32)> = Vec::new();
    let flush = |run: &mut Vec<(usize, u32)>, out: &mut Vec<usize>| {
        if run.len() >= 5 {
            out.extend(run.iter().map(|(li, _)| *li));
        }
        run.clear();
    };
    for (li, line) in doc.lines.iter().enumerate() {
        let t = doc.trim(line.clone());
        if t.is_empty() || out.contains(&li) {
            continue;
        }
        let squeezed = doc.squeezed(&t);
        let page = a_contents_line(&squeezed).filter(|_| numbered_heading(&squeezed));
        match page {
            Some(p) if run.last().is_none_or(|(_, last)| p >= *last) => run.push((li, p)),
            Some(p) => {
                flush(&mut run, &mut out);
                run.push((li, p));
            }
            None => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out.sort_unstable();
    out
}

/// A heading's number at the start of a line: "一、", "(三)", "第二章", "附表1", "3.".
fn numbered_heading(squeezed: &str) -> bool {
    let numeral = squeezed
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    (numeral > 0 && squeezed.chars().nth(numeral) == Some('、'))
        || squeezed.starts_with('(')
            && squeezed
                .chars()
                .nth(1)
                .is_some_and(|c| "一二三四五六七八九十".contains(c) || c.is_ascii_digit())
        || squeezed.starts_with('第')
        || ["附表", "附图", "附件"]
            .iter()
            .any(|w| squeezed.starts_with(w))
        || super::label::strip_numbering(squeezed).len() < squeezed.len()
}

/// A line of a table of contents: a heading and its page ("(三)总体目标 7", "第二章 主要任务12").
fn a_contents_line(squeezed: &str) -> Option<u32> {
    let words = squeezed.trim_end_matches(|c: char| c.is_ascii_digit());
    let page = &squeezed[words.len()..];
    let words = words.trim_end_matches(['.', '…', '·', '-']);
    ((1..=3).contains(&page.len())
        && words.chars().count() >= 2
        && words.chars().filter(|c| c.is_ascii_digit()).count() <= 2
        && !words.ends_with(['%', '‰', '.']))
    .then(|| page.parse().ok())
    .flatten()
}

/// A page's navigation ("首页>>统计信息>>卫生统计简编>>…"): no table's caption.
fn breadcrumb(t: &str) -> bool {
    let t = t.trim();
    let steps = t.matches(">>").count() + t.matches('»').count();
    steps >= 2 || steps == 1 && (t.starts_with("首页") || t.contains("位置"))
}

/// A page's date line: "日期:2018-03-30", "发布时间:2022-05-12 来源:…".
fn page_date_line(t: &str) -> bool {
    let t = t.trim();
    super::head::DATE_FIELDS.iter().chain(&["时间"]).any(|w| {
        t.strip_prefix(w).is_some_and(|r| {
            r.starts_with([':', '：'])
                && super::head::year_at(r.trim_start_matches([':', '：', ' ']), 0).is_some()
        })
    })
}

/// A header cell naming a place and a year ("徐州市2022年", "宿州市2025年目标"): the document's
/// own region's column is read as its year's; another's is read past.
fn placed_column(s: &str, own: Option<&str>) -> Option<Cell> {
    // "绍兴2020年 | 绍兴2025年目标": the region's name without its 市.
    if let Some(o) = own {
        let bare = o.trim_end_matches(['市', '县', '区', '省']);
        if bare.chars().count() >= 2
            && let Some(rest) = s.strip_prefix(bare)
            && rest.starts_with(|c: char| c.is_ascii_digit())
            && let year @ Cell::Year(..) = classify(rest)
        {
            return Some(year);
        }
    }
    let place = super::head::region_in(s)?;
    // (徐州市: the name reads as 徐州 before its 市.)
    let rest = s.strip_prefix(place.as_str())?;
    let (place, rest) = match rest.strip_prefix(['市', '县', '区', '省']) {
        Some(r) => (format!("{place}{}", &rest[..rest.len() - r.len()]), r),
        None => (place, rest),
    };
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let year = classify(rest);
    if !matches!(year, Cell::Year(..)) {
        return None;
    }
    let own = own.is_some_and(|o| o.contains(&place) || place.contains(o));
    Some(if own { year } else { Cell::Change })
}

/// "每千人口执业(助理)医师(人)3.24      3.35": a label whose unit's bracket runs into the row's
/// first value, in a row of values: two cells.
fn glued_first_value(doc: &Doc, mut cells: Vec<Range<usize>>) -> Vec<Range<usize>> {
    let Some(first) = cells.first().cloned() else {
        return cells;
    };
    let c = &doc.chars[first.clone()];
    let Some(close) = c.iter().rposition(|ch| *ch == ')' || *ch == '）') else {
        return cells;
    };
    let rest = &c[close + 1..];
    let number = !rest.is_empty()
        && rest[0].is_ascii_digit()
        && rest
            .iter()
            .all(|ch| ch.is_ascii_digit() || matches!(ch, '.' | ','));
    let values_after = cells.len() >= 2
        && cells[1..]
            .iter()
            .all(|r| doc.chars[r.clone()].iter().any(|ch| ch.is_ascii_digit()));
    if number && values_after && c[..close].iter().any(|ch| is_cjk(*ch)) {
        let at = first.start + close + 1;
        cells[0] = first.start..at;
        cells.insert(1, at..first.end);
    }
    cells
}

/// "数字里的“强基建” / 1 / 804家医疗卫生机构遍布全区…": a whole number alone on its line
/// right before a paragraph numbers that paragraph; it is no value of the line above it. A
/// table's note (注:…, 资料来源…) is no numbered paragraph.
fn numbers_the_paragraph(cur: &[Placed], next: &str) -> bool {
    let alone = match cur {
        [.., before, last] => before.2 != last.2,
        [_] => true,
        [] => false,
    };
    let note = ["注", "资料来源", "数据来源", "说明", "备注"]
        .iter()
        .any(|w| next.trim_start().starts_with(w));
    alone
        && !note
        && cur
            .last()
            .is_some_and(|c| matches!(&c.1, Cell::Figure(n) if is_serial(n)))
}

/// A table's caption on a line of its own: words naming what it holds, ending with its year in
/// brackets ("医疗机构病床使用情况(2025年)"), or opening with its number ("表3 …", "16-2 …").
fn is_a_caption(t: &str) -> bool {
    let t = t.trim();
    let words = t.chars().filter(|c| is_cjk(*c)).count() >= 6;
    let year_in_brackets = t
        .strip_suffix(')')
        .and_then(|r| r.rsplit_once('('))
        .is_some_and(|(_, y)| {
            let y = y.trim_end_matches('年');
            y.len() == 4 && y.chars().all(|c| c.is_ascii_digit())
        });
    let numbered = t.split_whitespace().next().is_some_and(is_table_number);
    words && (year_in_brackets || numbered)
}

impl Block {
    fn new(doc: &Doc, cells: Vec<Placed>) -> Block {
        Block {
            cells: years_across(
                doc,
                without_unit_lines(doc, split_spaced_header(doc, cells)),
            ),
        }
    }
}

/// What a value column holds.
#[derive(Clone, Copy, Debug)]
struct Column {
    year: Option<i32>,
    role: Option<Role>,
    basis: Option<Basis>,
    /// A column of changes, read past.
    skip: bool,
    /// A report's 绝对数: of the year it reports.
    current: bool,
    /// A report's 上年数: of the year before.
    previous: bool,
    /// Years named again ("2006 2007 2006 2007"): read past as another measure, unless bases
    /// over them tell them apart (户籍 | 常住).
    again: bool,
}

/// Reads every table; returns the ranges it took.
pub fn read(
    doc: &Doc,
    catalog: &Catalog,
    cx: &Context,
    rows: &mut Vec<Row>,
    goals: &mut Vec<Goal>,
    unresolved: &mut Vec<Unresolved>,
) -> Taken {
    let contents = contents_lines(doc);
    let mut taken: Taken = contents.iter().map(|l| doc.lines[*l].clone()).collect();
    for b in blocks(doc, cx.region.as_deref(), &contents) {
        if rows.len() >= super::MAX_ROWS {
            break;
        }
        // Figures over their names, a block each: the sentences read them, each with its own
        // name (a table would pair each name with the figure under it, the next one's).
        if b.cells.iter().any(|c| {
            doc.values_above_labels().contains(&c.2)
                || c.2 > 0 && doc.values_above_labels().contains(&(c.2 - 1))
        }) {
            continue;
        }
        // "注:本表仅统计县属公立医疗卫生机构": a table its note narrows to a part.
        if let Some(note) = narrowed_to_a_part(doc, &b) {
            let (first, last) = (&b.cells[0].0, &b.cells[b.cells.len() - 1].0);
            taken.push(first.start..last.end);
            unresolved.push(Unresolved {
                quote: fold_whitespace(doc.quote(&note)),
                reason: Reason::Part,
            });
            continue;
        }
        if long_format::read(doc, &b, catalog, cx.region.as_deref(), rows, &mut taken)
            || yearbook(doc, &b, catalog, rows, &mut taken)
        {
            continue;
        }
        if breakdown(doc, &b, catalog, cx, rows, &mut taken, unresolved) {
            continue;
        }
        let before = taken.len();
        indicator_rows(doc, &b, catalog, cx, rows, goals, &mut taken);
        // A grid no reader could place gives no figure: not to prose either, which would
        // read its rows run together as one sentence.
        if taken.len() == before && is_a_grid(&b) {
            let (first, last) = (&b.cells[0].0, &b.cells[b.cells.len() - 1].0);
            taken.push(first.start..last.end);
            let opening = doc.trim(doc.lines[b.cells[0].2].clone());
            unresolved.push(Unresolved {
                quote: fold_whitespace(doc.quote(&opening)),
                reason: Reason::UnplacedTable,
            });
        }
    }
    taken
}

/// The note under (or just over) a table that narrows it to a part: "注:本表仅统计县属公立医疗
/// 卫生机构", "注:以上数据仅为公立医院数据", "说明:统计范围为全县二级及以上医院".
fn narrowed_to_a_part(doc: &Doc, b: &Block) -> Option<Range<usize>> {
    let first = b.cells.first()?.2;
    let last = b.cells.last()?.2;
    // The line just over the table, and those under it up to the next caption.
    let under = (last + 1..=last + 3).take_while(|l| {
        doc.lines
            .get(*l)
            .is_some_and(|r| !doc.norm(r).trim_start().starts_with('表'))
    });
    std::iter::once(first.saturating_sub(1))
        .chain(under)
        .filter_map(|l| doc.lines.get(l))
        .find(|r| {
            let t = doc.norm(r);
            let t = t.trim_start();
            // (A note, "注:", "说明:", not a row of 注册护士; about this table, not 表2.)
            let note = ["注:", "注1", "注①", "说明:", "备注:"]
                .iter()
                .any(|w| t.starts_with(w));
            let narrows = [
                "仅统计",
                "只统计",
                "仅为",
                "仅含",
                "仅包括",
                "统计范围为",
                "统计口径为",
            ]
            .iter()
            .filter_map(|w| t.find(w).map(|at| &t[at + w.len()..]))
            .any(|rest| {
                let rest: String = rest.chars().take(12).collect();
                note_names_a_part(&rest)
            })
            // "本表为医院数据", "表中数据均为公立医院口径", "以上数据为县级医院(…)合计数": what
            // the table is, one kind (not "为医院、基层医疗卫生机构…合计", every kind listed).
            || t.match_indices('为').any(|(at, w)| {
                let rest = &t[at + w.len()..];
                let clause = &rest[..rest.find([',', '。', ';', '(']).unwrap_or(rest.len())];
                clause.chars().count() <= 16
                    && !clause.contains(['、', '和', '及'])
                    && note_names_a_part(clause)
            });
            // (The table's own data, not one row's: "注:三级医院数仅统计公立医院".)
            let whole_table = [
                "本表",
                "以上数据",
                "以上均",
                "表中数据",
                "统计范围",
                "统计口径",
            ]
            .iter()
            .any(|w| t.contains(w));
            let another_table = t
                .match_indices('表')
                .any(|(at, w)| t[at + w.len()..].starts_with(|c: char| c.is_ascii_digit()));
            note && narrows
                && whole_table
                && !another_table
                && !["所有", "各级各类", "全部"].iter().any(|w| t.contains(w))
        })
        .cloned()
}

/// The year a note under a table says its figures are of: "注:本表数据为2023年末数",
/// "注:表中数据均为2023年12月31日数据", "说明:…本表为2023年数据,2024年数据详见…".
fn note_year(doc: &Doc, cells: &[Placed]) -> Option<i32> {
    // (Under it only: the line over its caption may be the table before's note.)
    let last = cells.last()?.2;
    (last + 1..=last + 3)
        .filter_map(|l| doc.lines.get(l))
        .find_map(|r| {
            let t = doc.norm(r);
            let t = t.trim_start();
            if !["注", "说明", "备注"].iter().any(|w| t.starts_with(w)) {
                return None;
            }
            ["本表数据", "本表", "表中数据", "以上数据"]
                .iter()
                .filter_map(|w| t.find(w).map(|at| &t[at + w.len()..]))
                .find_map(|rest| {
                    let rest = rest
                        .trim_start_matches("均")
                        .strip_prefix('为')
                        .or_else(|| rest.strip_prefix("截至"))?;
                    let y = super::head::year_at(rest, 0)?;
                    rest[4..].starts_with('年').then_some(y)
                })
        })
}

/// Whether a note's words name one kind or level of institution: a part of the region's.
fn note_names_a_part(words: &str) -> bool {
    [
        "公立",
        "县属",
        "市属",
        "区属",
        "省属",
        "县级",
        "市级",
        "二级",
        "三级",
        "医院",
        "基层",
        "乡镇卫生院",
        "卫生院",
        // "本表人员数为…编制内在编人员,不含合同制…": the staff on the books, a part.
        "在编",
        "编制内",
    ]
    .iter()
    .any(|w| words.contains(w))
}

/// Two lines or more of three figures or more each, or three of two ("1 | 汉中市 | 8.72", a
/// ranking's rows): a table's rows.
fn is_a_grid(b: &Block) -> bool {
    let per_line: Vec<usize> = layout::lines_of(&b.cells)
        .iter()
        .map(|l| {
            b.cells[l.clone()]
                .iter()
                .filter(|c| matches!(c.1, Cell::Figure(_)))
                .count()
        })
        .collect();
    per_line.iter().filter(|n| **n >= 3).count() >= 2
        || per_line.iter().filter(|n| **n >= 2).count() >= 3
}

/// A yearbook table: a header line of indicator names, then lines that start with a year. The
/// cells may come a row a line, or one a line (a page's table copied): then the header is the
/// Chinese cells after 年份, and each row a year and one figure a column.
fn yearbook(
    doc: &Doc,
    b: &Block,
    catalog: &Catalog,
    rows: &mut Vec<Row>,
    taken: &mut Taken,
) -> bool {
    let Some((header, data)) = year_rows(doc, b).or_else(|| year_rows_one_a_line(doc, b)) else {
        return false;
    };
    if header.is_empty() {
        // A yearbook's rows under a header that cannot be placed: the block is this reader's,
        // and gives nothing.
        taken.extend(
            data.iter()
                .filter_map(|c| Some(c.first()?.0.start..c.last()?.0.end)),
        );
        return true;
    }
    let columns: Vec<Option<Subject>> = header
        .iter()
        .enumerate()
        .map(|(k, (s, _))| {
            match_label(s, catalog, None).or_else(|| {
                let next = header.get(k + 1).map_or("", |(n, _)| n.as_str());
                staff_whole_before(s, next)
                    .then(|| match_label("卫生人员", catalog, None))
                    .flatten()
            })
        })
        .collect();
    // "全科医生数(人) | #注册为全科医学专业(人)": a part named like its whole counts no second
    // whole; the first column of a subject is its, but one per registered residents gives way
    // to the resident one ("年末户籍人口 | 年末常住人口").
    let mut columns = columns;
    let registered = |k: usize| population_basis(&header[k].0) == Some(Basis::Registered);
    for k in 1..columns.len() {
        let Some(j) = (0..k).find(|&j| columns[k].is_some() && columns[j] == columns[k]) else {
            continue;
        };
        if registered(j) && !registered(k) {
            columns[j] = None;
        } else {
            columns[k] = None;
        }
    }
    // "22-3 人口平均预期寿命" over "年份 | 合计 | 男 | 女": the whole's column is the rate the
    // caption names (or its count: "表14-3 医疗卫生机构床位数"); the others are parts.
    let first_data = data.first().and_then(|l| l.first()).map(|c| c.0.start);
    if let Some(measure) = caption_subject(doc, b, first_data, catalog) {
        for (k, (name, _)) in header.iter().enumerate() {
            let bare: String = name.chars().filter(|c| !c.is_whitespace()).collect();
            if columns[k].is_none() && matches!(bare.as_str(), "合计" | "总计" | "平均" | "全体")
            {
                columns[k] = Some(measure.clone());
            }
        }
    }
    if columns.iter().filter(|c| c.is_some()).count() < 1 {
        return false;
    }
    let above: Vec<Placed> = b
        .cells
        .iter()
        .take_while(|c| Some(c.0.start) != first_data)
        .cloned()
        .collect();
    let listed_units = units_listed(lines_above(doc, &above));
    // "表 6-9  医院床位及人员(2018—2022年)": a table of one kind of institution; its rows
    // are that kind's, none the region's.
    let first_line = above.first().map_or(0, |c| c.2);
    let mut caption_lines: Vec<usize> = (first_line.saturating_sub(3)..first_line).collect();
    caption_lines.extend(above.iter().map(|c| c.2));
    caption_lines.dedup();
    if caption_lines
        .iter()
        .filter_map(|l| doc.lines.get(*l))
        .any(|r| {
            let l = doc.norm(r);
            let l = l.trim();
            let captioned = l.starts_with('表')
                || is_a_caption(l)
                || l.split_whitespace().next().is_some_and(is_table_number);
            captioned && names_a_part(l)
        })
    {
        taken.extend(
            data.iter()
                .filter_map(|c| Some(c.first()?.0.start..c.last()?.0.end)),
        );
        return true;
    }
    let mut found: Vec<Row> = Vec::new();
    for cells in &data {
        if rows.len() >= super::MAX_ROWS {
            break;
        }
        let Some(first) = cells.first() else { continue };
        let ys = doc.norm(&first.0);
        // "2020年比2019年增长(%)", "“十三五”时期年均增长(%)": a row of changes, no year's.
        let Some(year) = ys
            .get(..4)
            .and_then(|y| y.parse::<i32>().ok())
            .filter(|y| (2000..=2035).contains(y))
            // (A note's mark after it: "2024①", "2024*", "2024a" for 初步数.)
            .filter(|_| {
                let tail = ys[4..].trim();
                let tail = tail
                    .strip_suffix(|c: char| is_note_mark(c) || c.is_ascii_lowercase())
                    .unwrap_or(tail);
                matches!(tail, "" | "年" | "年末" | "年底")
            })
        else {
            continue;
        };
        // "2021 | 甲区 | 9,870 | 3,902": a year and a place a row (a panel); only the whole's
        // rows (全市, 合计) are the region's.
        // (A place: not a revision mark or 年末 beside the year.)
        let place = cells[1..]
            .iter()
            .find(|c| matches!(&c.1, Cell::Label(l) if is_place(l)))
            .map(|c| doc.squeezed(&c.0));
        if place.is_some_and(|p| another_place(&p, None)) {
            taken.push(cells[0].0.start..cells[cells.len() - 1].0.end);
            continue;
        }
        for (k, c) in cells.iter().enumerate().skip(1) {
            let col = k - 1;
            // "2016 | 312 | 1846 | 2035 | …": a count such as 2035 among the figures reads like
            // a year; here it is a figure.
            let as_count = year_as_count(doc, c);
            let figure = match (&c.1, &as_count) {
                (Cell::Figure(n), _) => n,
                (_, Some(n)) => n,
                _ => continue,
            };
            let (Some(Some(subject)), n) = (columns.get(col), figure) else {
                continue;
            };
            let hdr = &header[col];
            // "卫生技术人员(万人)": the header's unit multiplies a count, not a density; else
            // the unit a line above lists for its kind (单位:个、万张、万人).
            let own = scale_of(&hdr.0);
            let scale = match subject {
                Subject::Quantity(q) if own == 1.0 => match count_scale(&listed_units, q, own) {
                    Some(s) => s,
                    None => continue,
                },
                Subject::Quantity(_) => own,
                _ => 1.0,
            };
            let quote = fold_whitespace(&format!(
                "{} {} {}",
                hdr.1,
                doc.quote(&first.0),
                doc.quote(&c.0)
            ));
            let span = doc.bytes(&(first.0.start..c.0.end));
            found.push(Row {
                role: Role::Figure,
                subject: subject.clone(),
                year,
                year_inferred: false,
                cmp: Cmp::AtLeast(n.value).scaled(scale),
                cmp_inferred: false,
                nature: None,
                quote,
                span,
                basis: population_basis(&hdr.0),
                rebased_from: None,
            });
        }
        taken.push(cells[0].0.start..cells[cells.len() - 1].0.end);
    }
    // Each year's staff must add up (no part above its whole), or the names were not the
    // figures' and nothing is read.
    if !adds_up(&found) {
        return true;
    }
    // "注:*2024年起按实有床位数统计,以前年度为编制床位数": those years' beds were authorised,
    // not there.
    if let Some(authorised) = data
        .last()
        .and_then(|c| c.last())
        .and_then(|c| authorised_beds_years(doc, c.2))
    {
        found.retain(|r| {
            !(authorised.contains(&r.year)
                && matches!(&r.subject, Subject::Quantity(q) | Subject::Indicator(q)
                    if q.starts_with("beds_")))
        });
    }
    let any = !found.is_empty();
    rows.extend(found);
    any
}

/// Whether a note's words say beds are authorised or approved ones: "为编制床位数", "为核定
/// 床位数", "床位为编制数", "按编制床位" — not "非编制床位数", "较编制床位数多860张", "新增核定
/// 床位520张", "床位数中核定床位数为3980张".
fn says_authorised(t: &str) -> bool {
    ["为编制", "为核定", "按编制", "按核定"]
        .iter()
        .any(|w| t.match_indices(w).any(|(at, _)| !t[..at].ends_with('非')))
}

/// Whether the years' columns (`years_line`), where they come again, are `measure`'s first:
/// unless the line over them names two groups or more in Chinese ("机构数(个) | 床位数(张)"),
/// past the rows' head ("指标", "机构类别"), the first of which counts what `measure` does.
fn first_group_names(
    doc: &Doc,
    cells: &[Placed],
    years_line: Option<usize>,
    measure: &str,
    catalog: &Catalog,
) -> bool {
    let Some(years_line) = years_line else {
        return true;
    };
    // (The nearest line above with words: past a page's "| --- | --- |".)
    let groups: Vec<String> = (years_line.saturating_sub(3)..years_line)
        .rev()
        .map(|above| {
            cells
                .iter()
                .filter(|c| c.2 == above)
                .map(|c| doc.squeezed(&c.0))
                .filter(|t| {
                    t.chars().any(is_cjk)
                        && !ROW_HEADS.iter().any(|w| t.starts_with(w))
                        && !t.ends_with("类别")
                        && !t.ends_with("分类")
                        && t != "地区"
                })
                .collect::<Vec<String>>()
        })
        .find(|names| !names.is_empty())
        .unwrap_or_default();
    groups.len() < 2 || {
        let named = match_label(&groups[0], catalog, None);
        named.is_some() && named == match_label(measure, catalog, None)
    }
}

/// The years a note under a table (its lines after `last`) says its beds were authorised ones
/// (编制床位), not those there, read in the note's clause that says so: "2021—2023年为编制
/// 床位数" (those), "2023年及以前年份床位数为编制床位数" (up to 2023), "2024年床位数为编制床位数"
/// (that one); "2024年起按实有床位数统计,以前年度为编制床位数" (before the year the other
/// clause starts from); naming no year, all.
fn authorised_beds_years(doc: &Doc, last: usize) -> Option<RangeInclusive<i32>> {
    let note = (last + 1..=last + 3)
        .filter_map(|l| doc.lines.get(l))
        .map(|r| doc.norm(r).trim_start().to_string())
        .find(|t| {
            ["注", "说明", "备注", "*", "①"]
                .iter()
                .any(|w| t.starts_with(w))
                && says_authorised(t)
        })?;
    let years_in = |t: &str| -> Vec<(i32, usize)> {
        (0..t.len())
            .filter(|&i| t.is_char_boundary(i) && (i == 0 || !t.as_bytes()[i - 1].is_ascii_digit()))
            .filter_map(|i| super::head::year_at(t, i).map(|y| (y, i)))
            .filter(|(_, i)| t[i + 4..].starts_with(['年', '—', '-', '至']))
            .collect()
    };
    // The words after the year at `i` of clause `c`, and whether they start from it ("2024年起").
    let after = |c: &str, i: usize| {
        c.get(i + 4..)
            .unwrap_or("")
            .trim_start_matches('年')
            .to_string()
    };
    let starts_there =
        |c: &str, i: usize| ["起", "开始"].iter().any(|w| after(c, i).starts_with(w));
    let clauses: Vec<&str> = note.split([',', ';', '。']).collect();
    let clause = *clauses.iter().find(|c| says_authorised(c))?;
    let before = |i: usize, words: &[&str]| words.iter().any(|w| after(clause, i).starts_with(w));
    let all = i32::MIN..=i32::MAX;
    Some(match years_in(clause).as_slice() {
        [(a, i), (b, _), ..] if clause[i + 4..].starts_with(['—', '-', '至']) => *a..=*b,
        [(y0, i), ..] if starts_there(clause, *i) => *y0..=i32::MAX,
        [(y0, i), ..] if before(*i, &["及以前", "及之前"]) => i32::MIN..=*y0,
        [(y0, i), ..] if before(*i, &["以前", "之前"]) => i32::MIN..=*y0 - 1,
        [(y0, _)] => *y0..=*y0,
        // "以前年度为编制床位数" after "2024年起按实有床位数统计".
        [] if ["以前", "之前"].iter().any(|w| clause.contains(w)) => clauses
            .iter()
            .find_map(|c| {
                years_in(c)
                    .into_iter()
                    .find_map(|(y, i)| starts_there(c, i).then_some(y))
            })
            .map_or(all, |y0| i32::MIN..=y0 - 1),
        _ => all,
    })
}

/// A yearbook header's column names and where each is quoted from. The first cell may name the
/// year column ("年份", "年度", "指标"): that is no column. A name is quoted as the text has it.
type Names = Vec<(String, String)>;

/// The rate or whole count a table's numbered caption names ("22-3 人口平均预期寿命", "表14-3
/// 医疗卫生机构床位数"), from its lines above the rows.
fn caption_subject(
    doc: &Doc,
    b: &Block,
    first_data: Option<usize>,
    catalog: &Catalog,
) -> Option<Subject> {
    let mut lines: Vec<usize> = b
        .cells
        .iter()
        .take_while(|c| Some(c.0.start) != first_data)
        .map(|c| c.2)
        .collect();
    lines.dedup();
    lines.into_iter().find_map(|l| {
        let text = doc.norm(doc.lines.get(l)?);
        let mut words = text.split_whitespace();
        if !is_table_number(words.next()?) {
            return None;
        }
        let rest: String = words.collect();
        match match_label(&rest, catalog, None) {
            Some(s @ Subject::Indicator(_)) => Some(s),
            // "表14-3 医疗卫生机构床位数(2021—2025年)" over "年份 | 合计 | 医院 | 卫生院": one
            // count of the whole the caption names, no part's, no list.
            _ => caption_measure(&rest).and_then(|m| match_label(m, catalog, None)),
        }
    })
}

fn column_names(doc: &Doc, header: &[&Placed]) -> Names {
    let header: Names = header
        .iter()
        .filter(|c| {
            let t = doc.norm(&c.0);
            !matches!(c.1, Cell::Words | Cell::Unit)
                || t.contains("年份")
                // (A whole's and its parts' columns, "年份 | 合计 | 男 | 女".)
                || matches!(t.trim(), "合计" | "总计")
                || (matches!(c.1, Cell::Words) && matches!(t.trim(), "男" | "女"))
        })
        .map(|c| (doc.norm(&c.0), doc.quote(&c.0).to_string()))
        .collect();
    let named_rows = header
        .first()
        .is_some_and(|(s, _)| s.contains("年") || s.contains("指标") || s.contains("Year"));
    header[usize::from(named_rows)..].to_vec()
}

/// A header over two lines whose upper cells spanned columns, flattened when copied:
/// `年份 | 床位数(张) | 卫生技术人员(人)` over `合计 | #医院 | 合计 | #执业(助理)医师 | #注册护士`.
/// A total word (合计, 小计, 计) opens each upper cell's columns; the total takes the upper
/// name, the others keep their own with the upper's unit. Unless the groups match the upper
/// cells one for one, the lower line is read alone, as before.
fn spanned(doc: &Doc, upper: &[&Placed], lower: &[&Placed], width: usize) -> Option<Names> {
    let upper = column_names(doc, upper);
    let lower: Names = lower
        .iter()
        .filter(|c| !matches!(c.1, Cell::Empty))
        .map(|c| (doc.norm(&c.0), doc.quote(&c.0).to_string()))
        .collect();
    spanned_names(&upper, lower, width)
}

/// `spanned` on names alone: the upper cells' names, then the lower line's.
/// A unit alone in brackets under an upper cell ("床位数" over "(张)") is that cell's single
/// column; a "#" part right after it ("卫生技术人员" over "(人) | #执业(助理)医师 | 注册护士")
/// opens its group as a total word does.
fn spanned_names(upper: &Names, lower: Names, width: usize) -> Option<Names> {
    let is_total = |s: &str| {
        let bare: String = s.chars().take_while(|c| *c != '(').collect();
        let bare = bare.trim();
        SUBTOTALS.contains(&bare) || matches!(bare, "总计" | "总数" | "Total")
    };
    let unit_alone = |s: &str| s.starts_with('(') && is_unit(s);
    if lower.len() != width || upper.len() < 2 {
        return None;
    }
    let mut names = Vec::with_capacity(width);
    // The next upper cell, and the open group's unit (with whether its next part must be
    // marked "#").
    let mut next = 0;
    let mut group: Option<(String, bool)> = None;
    for (s, at) in lower {
        if unit_alone(&s) || is_total(&s) {
            let (top, top_at) = upper.get(next)?;
            let name = if unit_alone(&s) && !top.ends_with(')') {
                format!("{top}{s}")
            } else {
                top.clone()
            };
            let unit = name.rfind('(').map_or("", |i| &name[i..]).to_string();
            names.push((name, top_at.clone()));
            group = Some((unit, unit_alone(&s)));
            next += 1;
        } else {
            let (unit, marked) = group.take()?;
            if marked && !s.starts_with('#') {
                return None;
            }
            // "#执业(助理)医师" under "卫生技术人员(万人)" counts in 万人 too.
            let name = if s.ends_with(')') {
                s
            } else {
                format!("{s}{unit}")
            };
            names.push((name, at));
            group = Some((unit, false));
        }
    }
    (next == upper.len()).then_some(names)
}

/// A header whose every name is split over lines, a line a part of each column:
/// `年份 | 卫 生 | 卫生机构` over `机构数 | 床位数` over `(个) | (张)`. From the 年份 line down
/// to the figures, every line with Chinese holds one cell a column; each column's name is its
/// cells joined, quoted as its cells one after another.
fn stacked(doc: &Doc, lines: &[Vec<&Placed>], width: usize) -> Option<Names> {
    let bare = |c: &Placed| -> String {
        doc.norm(&c.0)
            .chars()
            .filter(|x| !x.is_whitespace())
            .collect()
    };
    let top = lines.iter().rposition(|l| {
        l.first()
            .is_some_and(|c| matches!(bare(c).as_str(), "年份" | "年度"))
    })?;
    // ("床位 | 卫生技术" over "年份 | (张) | 人员(人)": the names' first parts above the 年份
    // line, a cell a column, no caption.)
    let names_above = |l: &Vec<&Placed>| {
        let first = l
            .first()
            .map(|c| doc.norm(&doc.lines[c.2]))
            .unwrap_or_default();
        width >= 2
            && l.len() == width
            && !first.contains("单位")
            && l.iter().all(|c| {
                let t = bare(c);
                matches!(c.1, Cell::Label(_) | Cell::Words)
                    && t.chars().any(is_cjk)
                    && !t.chars().any(|x| x.is_ascii_digit())
            })
            && !is_a_caption(first.trim())
            && !first.trim().starts_with('表')
    };
    let above = lines[..top]
        .iter()
        .rev()
        .take_while(|l| names_above(l))
        .count();
    let parts: Vec<Vec<&Placed>> = lines[top - above..]
        .iter()
        .enumerate()
        .map(|(i, l)| {
            l.iter()
                .skip(usize::from(i == above))
                .filter(|c| !matches!(c.1, Cell::Empty))
                .copied()
                .collect::<Vec<_>>()
        })
        .filter(|l| l.iter().any(|c| bare(c).chars().any(is_cjk)))
        .collect();
    if parts.len() < 2 || parts.iter().any(|l| l.len() != width) {
        return None;
    }
    let names = (0..width)
        .map(|k| {
            let name: String = parts.iter().map(|l| bare(l[k])).collect();
            let quote: Vec<&str> = parts.iter().map(|l| doc.quote(&l[k].0)).collect();
            (name, quote.join(" "))
        })
        .collect();
    Some(names)
}

/// Whether a table's staff add up, year by year: physicians, nurses and both together no more
/// than the technicians, 执业医师 no more than 执业(助理)医师.
fn adds_up(rows: &[Row]) -> bool {
    // Each year's first figure of each count, looked up once (a long series is thousands of rows).
    let mut first: std::collections::HashMap<(i32, &str), Option<f64>> =
        std::collections::HashMap::new();
    for r in rows {
        if let Subject::Quantity(q) = &r.subject {
            first
                .entry((r.year, q.as_str()))
                .or_insert_with(|| r.value());
        }
    }
    let value = |year: i32, id: &str| first.get(&(year, id)).copied().flatten();
    let years: std::collections::BTreeSet<i32> = rows.iter().map(|r| r.year).collect();
    years.into_iter().all(|y| {
        let (tech, phys, lic, nurses) = (
            value(y, "health_technicians"),
            value(y, "physicians"),
            value(y, "licensed_physicians"),
            value(y, "nurses"),
        );
        let both = phys.or(lic).zip(nurses).map(|(d, n)| d + n);
        [
            (phys, tech),
            (lic, tech),
            (nurses, tech),
            (lic, phys),
            (both, tech),
        ]
        .iter()
        .all(|(part, whole)| part.zip(*whole).is_none_or(|(p, w)| p <= w))
    })
}

/// A cell that is a year alone, starting a yearbook's row: "2018", "2018年".
fn is_year_cell(doc: &Doc, c: &Placed) -> bool {
    matches!(c.1, Cell::Year(..)) || matches!(&c.1, Cell::Figure(n) if n.is_year) || {
        let s = doc.norm(&c.0);
        s.len() == 4 && s.parse::<i32>().is_ok_and(|y| (2000..=2035).contains(&y))
    }
}

/// A yearbook table a row a line: the header line (the nearest above the first year line with
/// two or more labels: Chinese over English), and the lines from the first year line on.
fn year_rows<'b>(doc: &Doc, b: &'b Block) -> Option<(Names, Vec<Vec<&'b Placed>>)> {
    let mut by_line: Vec<Vec<&Placed>> = Vec::new();
    for c in &b.cells {
        match by_line.last_mut() {
            Some(l) if l[0].2 == c.2 => l.push(c),
            _ => by_line.push(vec![c]),
        }
    }
    if by_line.len() < 2 {
        return None;
    }
    // A row's year has figures after it; "2019年 | 2018年" alone is a header of years across.
    let fy = by_line
        .iter()
        .position(|l| {
            is_year_cell(doc, l[0]) && !l[1..].iter().all(|c| matches!(c.1, Cell::Year(..)))
        })
        .filter(|&i| i > 0)?;
    let h = (0..fy).rev().find(|&i| {
        by_line[i]
            .iter()
            .filter(|c| matches!(c.1, Cell::Label(_)))
            .count()
            >= 2
    })?;
    let labels = |l: &[&Placed]| l.iter().filter(|c| matches!(c.1, Cell::Label(_))).count();
    let width = by_line[fy].len() - 1;
    if let Some(names) = stacked(doc, &by_line[..fy], width) {
        return Some((names, by_line.split_off(fy)));
    }
    // Above a lower header line, the upper one (English lines between are passed over).
    let upper = (h.saturating_sub(3)..h)
        .rev()
        .find(|&u| labels(&by_line[u]) >= 2);
    // "卫生技术" over a line of its end alone ("人员"), right above the rows.
    if fy == h + 2
        && let Some(names) = wrapped::over_two_lines(doc, &by_line[h], &by_line[h + 1], width)
    {
        return Some((names, by_line.split_off(fy)));
    }
    let header = upper
        .and_then(|u| spanned(doc, &by_line[u], &by_line[h], width))
        .unwrap_or_else(|| column_names(doc, &by_line[h]));
    if header.len() == width {
        return Some((header, by_line.split_off(fy)));
    }
    if let Some(names) =
        upper.and_then(|u| wrapped::over_two_lines(doc, &by_line[u], &by_line[h], width))
    {
        return Some((names, by_line.split_off(fy)));
    }
    // `年份 | 机构(个) | 床位(张) | 卫生技术人员(人) | 其中` over `执业(助理)医师 | 注册护士`: the
    // last upper cell spans the lower ones. Any other count of names leaves the table unread
    // (no names): figures under the wrong names are worse than none.
    let upper = upper.map_or_else(Vec::new, |u| column_names(doc, &by_line[u]));
    let lower = column_names(doc, &by_line[h]);
    // The spanning cell must be a group of staff (其中, 卫生人员, 卫生技术人员) and the lower cells
    // its kinds of staff, with no total of their own; a group elsewhere shifts every column.
    let staff = |s: &str| {
        STAFF_KINDS
            .iter()
            .chain(&["医生", "人员"])
            .any(|w| s.contains(w))
    };
    let spans = upper
        .last()
        .is_some_and(|(s, _)| s.trim_end_matches([':', ':']) == "其中" || s.contains("人员"))
        && lower.iter().all(|(s, _)| staff(s));
    if upper.len() + lower.len() != width + 1 || upper.is_empty() || !spans {
        return Some((Vec::new(), by_line.split_off(fy)));
    }
    Some({
        let (own, over) = upper.split_at(upper.len() - 1);
        let unit = over[0].0.rfind('(').map_or("", |i| &over[0].0[i..]);
        let under = lower.into_iter().map(|(s, at)| {
            let s = if s.ends_with(')') {
                s
            } else {
                format!("{s}{unit}")
            };
            (s, at)
        });
        (
            own.iter().cloned().chain(under).collect(),
            by_line.split_off(fy),
        )
    })
}

/// A yearbook table one cell a line: 年份 (or Year) heads the header, whose Chinese cells name
/// the columns (English lines and units between are left out); then each row is a year and
/// exactly one figure (or a dash) a column, the years in order. Anything else is not this table.
fn year_rows_one_a_line<'b>(doc: &Doc, b: &'b Block) -> Option<(Names, Vec<Vec<&'b Placed>>)> {
    let cells: Vec<&Placed> = b.cells.iter().collect();
    let head = cells.iter().position(|c| {
        let s: String = doc
            .norm(&c.0)
            .chars()
            .filter(|x| !x.is_whitespace())
            .collect();
        s == "年份" || s == "年度"
    })?;
    // A series may start before 2000 (1978, 1979, …): its rows are found by their years, and
    // only those from 2000 on are read.
    let is_year_cell = |doc: &Doc, c: &Placed| {
        is_year_cell(doc, c) || {
            let s = doc.norm(&c.0);
            s.len() == 4 && s.parse::<i32>().is_ok_and(|y| (1949..2000).contains(&y))
        }
    };
    let first = head
        + 1
        + cells[head + 1..]
            .iter()
            .position(|c| is_year_cell(doc, c))?;
    let header: Vec<&Placed> = std::iter::once(cells[head])
        .chain(
            cells[head + 1..first]
                .iter()
                .copied()
                .filter(|c| matches!(c.1, Cell::Label(_))),
        )
        .collect();
    // The row's width, from the next year's cell where the years run on; else the header's.
    let year_of = |c: &Placed| doc.norm(&c.0).get(..4).and_then(|y| y.parse::<i32>().ok());
    let y0 = year_of(cells[first]);
    let measured = cells[first + 1..]
        .iter()
        .position(|c| {
            is_year_cell(doc, c) && y0.zip(year_of(c)).is_some_and(|(a, b)| a.abs_diff(b) == 1)
        })
        .filter(|&w| w >= 2);
    let grid = measured.and_then(|w| header_grid(doc, cells[head].2, cells[first].2, w + 1));
    // Empty cells kept in the header ("|" alone on a line) are a header of several lines: read
    // down as a grid, or not placed at all — its names one after another are not the columns'.
    // (An empty line after the last name is a trailing empty column, as every row has.)
    let empty = |l: &Range<usize>| doc.norm(l).chars().all(|c| c.is_whitespace() || c == '|');
    let header_lines = &doc.lines[cells[head].2..cells[first].2];
    let named = header_lines.len() - header_lines.iter().rev().take_while(|l| empty(l)).count();
    let gapped = header_lines[..named].iter().any(empty);
    let names = match (grid, measured) {
        (Some(names), _) => names,
        (None, _) if gapped => Names::new(),
        (None, Some(w)) if w + 1 != header.len() => one_a_line_spanned(doc, &header, w)?,
        _ => column_names(doc, &header),
    };
    let width = measured.unwrap_or(header.len() - 1);
    let rest = &cells[first..];
    if width < 2 || rest.len() < width + 1 {
        return None;
    }
    let data: Vec<Vec<&Placed>> = rest
        .chunks(width + 1)
        .take_while(|row| row.len() == width + 1 && is_year_cell(doc, row[0]))
        .map(<[&Placed]>::to_vec)
        .collect();
    let all_figures = data.iter().all(|row| {
        row[1..]
            .iter()
            .all(|c| matches!(c.1, Cell::Figure(_) | Cell::Empty))
    });
    let years: Vec<String> = data.iter().map(|row| doc.norm(&row[0].0)).collect();
    let in_order = years.windows(2).all(|w| w[0] < w[1]) || years.windows(2).all(|w| w[0] > w[1]);
    (!data.is_empty() && all_figures && in_order).then_some((names, data))
}

/// A header of several lines flattened one cell a line, its empty cells kept as lines of their
/// own ("|"): `年份 | 机构数 | | 人员总数 | #卫生技术 | …` then `| (个) | #医院 | (人) | 人员 | …`.
/// When the lines from 年份 to the first year are whole rows of `n` cells, each column's name is
/// its cells read down, the year column left out.
fn header_grid(doc: &Doc, from: usize, to: usize, n: usize) -> Option<Names> {
    // A blank line is the page's spacing between cells, no empty cell ("|" alone is one).
    let lines: Vec<&Range<usize>> = doc
        .lines
        .get(from..to)?
        .iter()
        .filter(|l| !doc.norm(l).trim().is_empty())
        .collect();
    if n < 3 || !lines.len().is_multiple_of(n) || lines.len() / n < 2 {
        return None;
    }
    // One cell a line, and only names: a line with a figure is no header's.
    if lines.iter().any(|l| {
        let cells = doc.cells(l);
        cells.len() > 1
            || cells
                .iter()
                .any(|c| matches!(classify(&doc.norm(c)), Cell::Figure(_)))
    }) {
        return None;
    }
    let cells: Vec<(String, String)> = lines
        .iter()
        .map(|l| {
            let t: String = doc
                .norm(l)
                .chars()
                .filter(|c| !c.is_whitespace() && *c != '|')
                .collect();
            (
                t,
                doc.quote(l)
                    .trim_matches(|c: char| c.is_whitespace() || c == '|')
                    .to_string(),
            )
        })
        .collect();
    let names: Names = (1..n)
        .map(|k| {
            let parts: Vec<&(String, String)> = cells
                .iter()
                .skip(k)
                .step_by(n)
                .filter(|(t, _)| !t.is_empty())
                .collect();
            (
                parts.iter().map(|(t, _)| t.as_str()).collect::<String>(),
                parts
                    .iter()
                    .map(|(_, q)| q.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        })
        .collect();
    // Every column named, in Chinese.
    names
        .iter()
        .all(|(t, _)| t.chars().any(is_cjk))
        .then_some(names)
}

/// A two-line header flattened into one cell a line: the lower line's cells are the last
/// `width`, under the upper cells (see `spanned`); or a 其中 over the last columns, passed over.
fn one_a_line_spanned(doc: &Doc, header: &[&Placed], width: usize) -> Option<Names> {
    let split = header.len().checked_sub(width).filter(|&s| s > 1)?;
    if let Some(names) = spanned(doc, &header[..split], &header[split..], width) {
        return Some(names);
    }
    let names: Names = column_names(doc, header)
        .into_iter()
        .filter(|(s, _)| !matches!(s.trim_end_matches([':', ':']), "其中"))
        .collect();
    (names.len() == width).then_some(names)
}

/// A group's own column under its name in a two-level header: "合计", "小计".
const SUBTOTALS: &[&str] = &["合计", "小计", "计"];

/// Words of the kinds of health technicians a yearbook's columns name under their group.
const STAFF_KINDS: &[&str] = &["医师", "护士", "药师", "药剂", "技师", "检验"];

/// Whether a panel's place is another than the region's whole (全市, 合计, or its own name).
fn another_place(place: &str, region: Option<&str>) -> bool {
    !TOTAL_ROWS.contains(&place) && !places::is_own(place, region, false)
}

/// The rows naming a whole region of some level.
const LEVEL_ROWS: &[&str] = &["全国", "全省", "全市", "全县", "全区", "全州"];

/// Words that name a table's row of the region's total, above its breakdown.
const TOTAL_ROWS: &[&str] = &[
    "总计", "合计", "总数", "全市", "全省", "全县", "全区", "全州", "全盟", "Total", "total",
    "TOTAL",
];

/// A yearbook's breakdown table: a header of indicators (机构数 | 床位数(张) | 卫生技术人员(人) |
/// #执业(助理)医师 …), a 总计 (全市) row, then a row per kind of institution (医院, 基层医疗卫生
/// 机构…). Only the total is the region's, and only when the table is about every institution:
/// a table of hospitals ("各类医院基本情况") is a part. Its year is the caption's, else the
/// document's (inferred). The cells come a row a line or one a line; a header cell split over
/// lines ("机构数" / "(个)", "#卫生技术" / "人员") is joined where that names a column. When the
/// header's columns cannot be matched one for one with the total's figures, nothing is read.
fn breakdown(
    doc: &Doc,
    b: &Block,
    catalog: &Catalog,
    cx: &Context,
    rows: &mut Vec<Row>,
    taken: &mut Taken,
    unresolved: &mut Vec<Unresolved>,
) -> bool {
    let cells = &b.cells;
    let squeezed = |c: &Placed| doc.squeezed(&c.0);
    // "全国 | 全省 | 湖州市", "安吉县 | 全市 | 全省": rows of several levels compare the region
    // with those around it; a 全X row is then the region's only where X is its own level.
    let levels: Vec<String> = cells
        .iter()
        .filter(|c| matches!(c.1, Cell::Label(_) | Cell::Words))
        .map(squeezed)
        .filter(|t| LEVEL_ROWS.contains(&t.as_str()))
        .fold(Vec::new(), |mut seen, t| {
            if !seen.contains(&t) {
                seen.push(t);
            }
            seen
        });
    // (Or a caption comparing the region with a wider whole, not its parts: "2023年全省及湖州市
    // 卫生资源比较", not "各乡镇(街道)卫生资源比较".)
    let caption: String = cells
        .first()
        .map(|c| {
            (c.2.saturating_sub(1)..=c.2)
                .filter_map(|l| doc.lines.get(l))
                .map(|r| doc.norm(r))
                .collect()
        })
        .unwrap_or_default();
    let compared_in_caption = ["比较", "对比"].iter().any(|w| caption.contains(w))
        && (["全国", "全省", "全市"].iter().any(|w| caption.contains(w))
            || cx.region.as_deref().is_some_and(|r| caption.contains(r)))
        && !caption.contains('各');
    // (Or the region's own name in a row beside a 全X one: "安吉县 | 全省".)
    let own_named = cells.iter().any(|c| {
        let t = squeezed(c);
        matches!(c.1, Cell::Label(_) | Cell::Words)
            && !t.starts_with('全')
            && cx.region.is_some()
            && places::is_own(&t, cx.region.as_deref(), false)
    });
    let compares_levels =
        levels.len() >= 2 || (own_named || compared_in_caption) && !levels.is_empty();
    // With no region known, the lowest whole among the rows is the text's own ("全市 | 全省 |
    // 全国"), where no row names a place by its name ("全国 | 全省 | 湖州市": none is).
    let named_place_row = cells
        .iter()
        .any(|c| matches!(&c.1, Cell::Label(l) if is_place(l) && !l.starts_with('全')));
    let lowest = levels
        .iter()
        .min_by_key(|l| match l.as_str() {
            "全国" => 4,
            "全省" => 3,
            "全州" | "全市" => 2,
            _ => 1,
        })
        .cloned();
    let is_total = |c: &Placed| {
        let t = squeezed(c);
        // "全  市 Total": a bilingual yearbook's row names the total in both languages.
        let t = match t.trim_end_matches(|x: char| x.is_ascii_alphabetic()) {
            "" => t.as_str(),
            cjk => cjk,
        };
        matches!(c.1, Cell::Label(_) | Cell::Words)
            && !(compares_levels
                && LEVEL_ROWS.contains(&t)
                && match cx.region.as_deref() {
                    Some(r) => !places::is_own(t, Some(r), false),
                    // (Under a caption listing the parts, "各县(市、区)…", the places named
                    // are the text's own parts, not a peer.)
                    None => {
                        named_place_row && !caption.contains('各') || lowest.as_deref() != Some(t)
                    }
                })
            && (TOTAL_ROWS
                .iter()
                .any(|w| t == *w || (t.starts_with(w) && t.chars().count() <= 4))
                // "湖州市 | 17,360 | …" over its districts' rows: the region's own name.
                || cx.region.is_some() && places::is_own(t, cx.region.as_deref(), false))
    };
    // The header's names as they come, for a layout that only its sums can place.
    let mut plain: Vec<String> = Vec::new();
    // The total row: labelled 总计, else the unlabelled first row of figures under the header.
    // A 合计 among the header's names (a group's total column, one cell a line) is followed by
    // a name, not by figures: the total row is the first followed by a figure.
    let total_row = (0..cells.len()).find(|&k| {
        is_total(&cells[k])
            && cells[k + 1..]
                .iter()
                .find(|c| !matches!(c.1, Cell::Words | Cell::Empty))
                .is_some_and(|c| matches!(c.1, Cell::Figure(_)))
    });
    let (ti, header, values, mut caption, row_head) =
        if let Some(ti) = total_row.or_else(|| cells.iter().position(is_total)) {
            let values = total_figures(doc, cells, ti);
            let (caption, skip) = caption_of(doc, cells, is_total, squeezed);
            // The header's cells, squeezed once for the three readings of them below.
            // "城关镇 | 68,420 | 612 …" rows above a 全县 row at the bottom: the header ends where
            // the first row of figures starts.
            let first_row = (skip..ti)
                .find(|&k| {
                    matches!(cells[k].1, Cell::Label(_))
                        && cells
                            .get(k + 1)
                            .is_some_and(|n| n.2 == cells[k].2 && matches!(n.1, Cell::Figure(_)))
                })
                .unwrap_or(ti);
            // "Region | Institutions | Beds …" under the Chinese names: a bilingual yearbook's
            // English line names no column the Chinese has not.
            let header_cells: Vec<(String, usize)> = cells[skip..first_row]
                .iter()
                .filter(|c| !english_words(&doc.chars[c.0.clone()]))
                .map(|c| (squeezed(c), c.2))
                .collect();
            let header = breakdown_header(header_cells.iter().cloned(), catalog);
            plain = plain_names(header_cells.iter().map(|(t, _)| t.clone()), catalog);
            // "(2004年)" on a line of its own under the caption is the caption's year.
            let dated = header_cells.iter().map(|(t, _)| t).find(|t| {
                let inner = t.trim_start_matches('(').trim_end_matches(')');
                let inner = inner.strip_suffix('年').unwrap_or(inner);
                t.starts_with('(')
                    && t.ends_with(')')
                    && inner.len() == 4
                    && inner.bytes().all(|b| b.is_ascii_digit())
            });
            let caption = match dated {
                Some(d) if year_in_caption(&caption).is_none() => format!("{caption}\n{d}"),
                _ => caption,
            };
            let row_head = header_cells
                .iter()
                .any(|(t, _)| ROW_HEADS.iter().any(|w| t.starts_with(w)));
            (Some(ti), header, values, caption, row_head)
        } else if let Some(u) = unlabelled_total(doc, cells) {
            let (caption, _) = caption_of(doc, cells, is_total, squeezed);
            // Names split at spaces are whole: none joins the next.
            (
                None,
                u.header,
                u.values,
                format!("{caption}\n{}", u.caption),
                true,
            )
        } else {
            return false;
        };
    // (One figure is a table's only where a labelled total gives it under one name the catalog
    // knows: "机构类别 | 床位数(张)" over "总计 | 496,215".)
    let one_named = values.len() == 1
        && ti.is_some()
        && header.len() == 1
        && match_label(header[0].trim_start_matches('#'), catalog, None).is_some();
    if values.len() < 2 && !one_named {
        return false;
    }
    // "名称 | 医疗卫生机构(个) | 床位(张) | …" over "合计 | 2315 | 28650 | …": one name more than
    // figures, the first naming nothing the catalog counts, heads the row labels' column —
    // unless a known head did ("机构类别 | 说明 | …": 说明 is a column the total leaves empty).
    let mut header = header;
    if !row_head
        && header.len() == values.len() + 1
        && match_label(&header[0], catalog, None).is_none()
        && !header[0].chars().any(|c| c.is_ascii_digit())
        && !header[0]
            .rfind('(')
            .is_some_and(|i| is_unit(&header[0][i..]))
    {
        let head = header.remove(0);
        if plain.first() == Some(&head) {
            plain.remove(0);
        }
    }
    // "机构数(个) | 床位数(张)" over "年末数 | 比上年增减 | 年末数 | 比上年增减": each upper name
    // heads a pair, the year's figure then its change; any other placing of changes is not read.
    let is_change = |h: &str| {
        ["比上年增减", "比上年增长", "比上年增加", "增减", "增长"]
            .iter()
            .any(|w| h.starts_with(w))
    };
    const CURRENT: &[&str] = &["年末数", "本年数", "绝对数", "实有数", "年末"];
    if header.iter().any(|h| is_change(h)) {
        let upper: Vec<String> = header
            .iter()
            .filter(|h| !is_change(h) && !CURRENT.contains(&h.as_str()))
            .cloned()
            .collect();
        let lower = &header[upper.len().min(header.len())..];
        let paired = upper.len() * 2 == lower.len()
            && lower.len() == values.len()
            && header[..upper.len()] == upper[..]
            && lower
                .chunks(2)
                .all(|p| CURRENT.contains(&p[0].as_str()) && is_change(&p[1]));
        if !paired {
            return false;
        }
        header = upper
            .into_iter()
            .flat_map(|u| [u, "比上年增减".to_string()])
            .collect();
        plain = header.clone();
    }
    caption = caption.trim().to_string();
    // "类别 | 合计 | 执业医师 | …" under "…卫生技术人员构成": the first column's total counts
    // what the caption names.
    let measure = caption_measure(&caption);
    let mut total_named = false;
    if let (Some(m), Some(first)) = (measure, header.first_mut())
        && matches!(
            first.trim_end_matches([')', '人', '张', '(']),
            "合计" | "总计" | "小计"
        )
    {
        *first = m.to_string();
        total_named = true;
    }
    // A table of one kind of institution (hospitals, township hospitals, 基层医疗卫生机构,
    // 专业公共卫生机构, 中医类, 公立, 政府办…) is a part: its 合计 is that kind's. What a caption
    // says it includes ("(含村卫生室等基层医疗机构)") names no kind.
    let named = without_inclusions(&caption);
    const KINDS: &[&str] = &[
        "基层医疗",
        "专业公共卫生",
        "中医",
        "民营",
        "公立",
        "政府办",
        "社会办",
        // One level's or one owner's: "某县县级医疗机构床位情况", "市级医疗卫生单位基本情况",
        // "市本级…", "区级医疗卫生单位…".
        "县级医疗",
        "市级医疗",
        "市级医院",
        "市本级",
        "区级医疗",
        "区级医院",
        "县级医院",
        "县级公立",
        "县属",
        "区属",
        "市属",
        "省属",
        "市直",
        "县直",
    ];
    // ("(市本级及区县)": the areas it covers listed, not a part.)
    let named = ["市本级及", "市本级和", "市本级、"]
        .iter()
        .fold(named, |n, w| n.replace(w, ""));
    let whole = (named.contains("卫生机构") || named.contains("医疗机构"))
        && !KINDS
            .iter()
            .chain(ONE_DEPARTMENTS_OR_THE_BOOKS)
            .any(|w| named.contains(w));
    // (One kind of public-health institution's: "各区县疾病预防控制中心人员情况".)
    if !whole
        && ["医院", "卫生院", "基层", "社区", "村卫生室"]
            .iter()
            .chain(KINDS)
            .chain(PUBLIC_HEALTH_INSTITUTIONS)
            .chain(ONE_DEPARTMENTS_OR_THE_BOOKS)
            .any(|w| named.contains(w))
    {
        return false;
    }
    // Not health's at all: "22-9 社会服务机构和床位", care homes' beds.
    if ["社会服务", "社会福利", "民政", "养老", "收养", "提供住宿"]
        .iter()
        .any(|w| named.contains(w))
    {
        return false;
    }
    // A header flattened from two levels lists the upper level first: a group's total
    // (小计) and its parts come after columns that follow the group. Regrouped, it must still
    // add up (no part above its total), or nothing is read.
    let flattened = header
        .iter()
        .any(|x| x.starts_with("卫生技术(") || SUBTOTALS.contains(&x.as_str()));
    // Else, a header flattened from levels is placed where the technicians' sums say, or
    // regrouped by its names.
    let in_order =
        (parts_follow_their_totals(&header, catalog) && !flattened).then_some(header.clone());
    let figures: Vec<Option<f64>> = values.iter().map(|c| count_in(doc, c)).collect();
    let Some(header) = in_order
        .or_else(|| staff_tree::placed_by_sums(&plain, &figures))
        .or_else(|| {
            let mut all = vec![figures.clone()];
            all.extend(rows_below(doc, cells, ti?, values.len()));
            marked_parts::placed_by_marks(&plain, &all)
        })
        // Two levels flattened upper first, one cell a line: "床位数 | 卫生技术人员" then
        // "小计 | #医院 | 小计 | #执业(助理)医师 | #注册护士".
        .or_else(|| {
            let split = header.len().checked_sub(values.len())?;
            let names =
                |h: &[String]| -> Names { h.iter().map(|x| (x.clone(), x.clone())).collect() };
            let lower = names(&header[split..]);
            let placed = spanned_names(&names(&header[..split]), lower, values.len())?;
            Some(placed.into_iter().map(|(n, _)| n).collect::<Vec<_>>())
        })
        .filter(|h| h.len() == values.len() && parts_follow_their_totals(h, catalog))
        .or_else(|| regrouped(&header, catalog))
        .filter(|h| h.len() == values.len() && parts_follow_their_totals(h, catalog))
        // (Read with its 其中 cells, which mark a second level: plain names without them would
        // join the wrong columns.)
        .or_else(|| {
            let qizhong = header.iter().any(|h| h.starts_with("其中"));
            wrapped::unwrapped(
                if qizhong { &header } else { &plain },
                values.len(),
                catalog,
            )
        })
        .filter(|h| h.len() == values.len() && parts_follow_their_totals(h, catalog))
    else {
        return false;
    };
    // "卫生机构、床位和人员情况 | 机构数 床位数 人员数": the staff of a health table are its 卫生人员.
    let staff_of_health = caption.contains("卫生") && caption.contains("人员");
    // A line of units, one a kind ("单位:个、万张、万人"), above the figures or in the caption.
    let listed_units = units_listed(
        caption
            .lines()
            .map(str::to_string)
            .chain(lines_above(doc, &cells[..ti.unwrap_or(0)])),
    );
    let subjects: Vec<Option<Subject>> = header
        .iter()
        .map(|h| {
            let h = h.trim_start_matches('#');
            match_label(h, catalog, None).or_else(|| {
                let bare = h.strip_suffix("(人)").unwrap_or(h);
                (staff_of_health && matches!(bare, "人员数" | "人员" | "人员总数"))
                    .then(|| match_label("卫生人员", catalog, None))
                    .flatten()
            })
        })
        .collect();
    // (One subject is enough where the header's names are as many as the total's figures:
    // "机构数 | #医院 | #基层医疗卫生机构 | 床位数 | #医院" over 全市's five.)
    let aligned = header.len() == values.len() && (header.len() >= 2 || one_named);
    if subjects.iter().flatten().count() < if total_named || aligned { 1 } else { 2 } {
        return false;
    }
    // A column head as long as a caption, or two columns of one subject: the header was not
    // placed, and no figure is read from it.
    let mut seen: Vec<&Subject> = subjects.iter().flatten().collect();
    seen.sort_by_key(|s| format!("{s:?}"));
    seen.dedup();
    if header.iter().any(|h| h.chars().count() > 20)
        || seen.len() != subjects.iter().flatten().count()
    {
        return false;
    }
    // The caption's year ("(2020年)", "(2023)"), else the year before a yearbook's edition
    // ("统计年鉴2023" holds 2022's figures), else the document's. No year anywhere: the
    // figures are read, then set aside as undated.
    // Only a caption's own lines name its edition, not a sentence above the table ("对照《中国
    // 卫生健康统计年鉴2023》全国水平,我市情况如下:").
    let edition = caption
        .lines()
        .filter(|l| !l.contains([',', '。', ':', ';']))
        .find_map(super::head::yearbook_edition)
        // Else the yearbook the text's title names.
        .or(cx.yearbook_edition);
    // The caption's year other than the edition's own digits, the nearest line's first.
    let own = match edition {
        Some(e) => caption.replacen(&e.to_string(), "", 1),
        None => caption.clone(),
    };
    // (Else a note's: "注:本表数据为2023年末数。", over or under the table.)
    let caption_year = own
        .lines()
        .rev()
        .find_map(year_in_caption)
        .or_else(|| note_year(doc, cells));
    let (year, inferred) = match (caption_year, edition, cx.document_year) {
        (Some(y), _, _) => (y, false),
        (None, Some(e), _) => (e - 1, true),
        // (A page's "2022年各地州市卫生资源情况表", out in 2023: the year it reports.)
        (None, None, Some(d)) => (cx.latest_reported.filter(|y| *y <= d).unwrap_or(d), true),
        (None, None, None) => (0, true),
    };
    let row_range =
        ti.map_or(values[0].0.start, |ti| cells[ti].0.start)..values[values.len() - 1].0.end;
    let label = ti.map(|ti| squeezed(&cells[ti])).unwrap_or_default();
    let mut found: Vec<Row> = Vec::new();
    for (k, c) in values.iter().enumerate() {
        let year_count = year_as_count(doc, c);
        let n = match (&c.1, &year_count) {
            (Cell::Figure(n), _) => n,
            (_, Some(n)) if k > 0 => n,
            _ => continue,
        };
        let Some(Some(subject)) = subjects.get(k) else {
            continue;
        };
        if n.percent || n.high.is_some() {
            continue;
        }
        let own_unit = header[k]
            .rfind('(')
            .is_some_and(|i| is_unit(&header[k][i..]));
        let fallback = scale_of(&format!("{}{caption}", header[k]));
        let scale = match subject {
            // "单位:个、万张、万人": each count takes the listed unit of its kind.
            Subject::Quantity(q) if !own_unit => match count_scale(&listed_units, q, fallback) {
                Some(s) => s,
                None => continue,
            },
            Subject::Quantity(_) => fallback,
            _ => 1.0,
        };
        found.push(Row {
            role: Role::Figure,
            subject: subject.clone(),
            year,
            year_inferred: inferred,
            cmp: Cmp::AtLeast(n.value).scaled(scale),
            cmp_inferred: false,
            nature: None,
            quote: fold_whitespace(&format!("{} {label} {}", header[k], doc.quote(&c.0))),
            span: doc.bytes(&row_range),
            basis: population_basis(&header[k]),
            rebased_from: None,
        });
    }
    // The total's staff must add up (no part above its whole): a header set over the wrong
    // figures shows here, and gives nothing.
    if !adds_up(&found) {
        return false;
    }
    if year == 0 {
        if let Some(r) = found.first() {
            unresolved.push(Unresolved {
                quote: r.quote.clone(),
                reason: Reason::Undated,
            });
            // Read, but of no year: no other reader takes its rows.
            if let (Some(a), Some(z)) = (cells.first(), cells.last()) {
                taken.push(a.0.start..z.0.end);
            }
            return true;
        }
        return false;
    }
    let any = !found.is_empty();
    rows.extend(found);
    // The whole table is taken: its breakdown rows are parts, never the region's.
    if let (Some(a), Some(z)) = (cells.first(), cells.last()) {
        taken.push(a.0.start..z.0.end);
    }
    any
}

/// The one count a caption names ("…卫生技术人员构成", "…医疗卫生机构床位数(按经济类型分)"), as
/// the catalog's name; none where it names several ("卫生机构、床位和人员").
fn caption_measure(caption: &str) -> Option<&'static str> {
    // "卫生机构、床位和人员": a list names several; "乡镇卫生院床位数", a part's.
    const PARTS: &[&str] = &[
        "医院",
        "卫生院",
        "社区",
        "村卫生室",
        "基层",
        "专业公共卫生",
        "妇幼",
        "疾病预防",
        "中医",
        "民营",
        "公立",
        "政府办",
        "社会办",
        "私立",
        "非公",
    ];
    // "各市每千人口床位数目标": a density, not the count.
    let rate = ["每千", "每万", "千人", "万人口", "人均", "率", "比"]
        .iter()
        .any(|w| caption.contains(w));
    // ("新增医疗卫生机构床位数", "床位数构成(%)", "…床位数增长速度": what was added, shares and
    // rates of change, not the count.)
    // (构成 alone is a breakdown of counts: "卫生技术人员构成", 单位:人.)
    let changes = [
        "新增",
        "增加",
        "增长",
        "增减",
        "速度",
        "构成(%)",
        "%",
        "占",
        "变化",
        "减少",
    ]
    .iter()
    .any(|w| caption.contains(w));
    // ("…医疗机构编制床位": beds authorised, not set up.)
    if rate
        || changes
        || caption.contains(['、', '和', '及'])
        || PARTS.iter().any(|w| caption.contains(w))
        || caption.contains("编制")
    {
        return None;
    }
    const MEASURES: &[(&str, &str)] = &[
        ("卫生技术人员", "卫生技术人员"),
        ("执业(助理)医师", "执业(助理)医师"),
        ("注册护士", "注册护士"),
        ("床位", "床位数"),
        ("卫生人员", "卫生人员"),
        // "表3-6 平均预期寿命" over "合计 | 男 | 女".
        ("预期寿命", "人均预期寿命"),
        ("期望寿命", "人均预期寿命"),
    ];
    let named: Vec<&str> = MEASURES
        .iter()
        .filter(|(w, _)| caption.contains(w))
        .map(|(_, m)| *m)
        .collect();
    // 卫生技术人员 names 卫生人员 too, inside it.
    match named.as_slice() {
        [one] => Some(one),
        ["卫生技术人员", "卫生人员"] => Some("卫生技术人员"),
        _ => None,
    }
}

/// The rows under a table's total row that hold as many figures as it ("济南市 | 1413 | …"), as
/// counts; the first row of another length ends them.
fn rows_below(doc: &Doc, cells: &[Placed], ti: usize, width: usize) -> Vec<Vec<Option<f64>>> {
    let mut out = Vec::new();
    let mut k = ti + 1;
    // Past the total's own figures (and an English name under it).
    while k < cells.len() && !matches!(cells[k].1, Cell::Label(_)) {
        k += 1;
    }
    while k < cells.len() {
        // A row's label (and its English name), then its figures.
        k += 1;
        while k < cells.len() && matches!(cells[k].1, Cell::Words) {
            k += 1;
        }
        let row: Vec<Option<f64>> = cells[k..]
            .iter()
            .take_while(|c| !matches!(c.1, Cell::Label(_) | Cell::Words))
            .map(|c| count_in(doc, c))
            .collect();
        if row.len() != width {
            break;
        }
        k += row.len();
        out.push(row);
    }
    out
}

/// A bare four-digit count that reads like a year ("2023" technicians).
fn year_as_count(doc: &Doc, c: &Placed) -> Option<Num> {
    let chars = &doc.chars[c.0.clone()];
    (matches!(c.1, Cell::Year(_, None, None))
        && chars.len() == 4
        && chars.iter().all(char::is_ascii_digit))
    .then(|| cell_figure(chars))
    .flatten()
}

/// A total row's cell as a count, if it is one.
fn count_in(doc: &Doc, c: &Placed) -> Option<f64> {
    match &c.1 {
        Cell::Figure(n) if !n.percent && n.high.is_none() => Some(n.value),
        _ => year_as_count(doc, c).map(|n| n.value),
    }
}

/// A breakdown header's names one a cell, none joined: the unit cells of a units row, English
/// lines, the row-label column's head and a caption left out.
fn plain_names(cells: impl Iterator<Item = String>, catalog: &Catalog) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in cells {
        let t = t.trim_matches('|').to_string();
        let unit_only = t.starts_with('(') && t.ends_with(')') && t.chars().count() <= 6;
        // "(2004年)": the caption's year.
        let dated = t.chars().filter(char::is_ascii_digit).count() >= 4;
        if t.is_empty()
            || unit_only
            || dated
            || !t.chars().any(is_cjk)
            || t.contains(['、', ':'])
            || ROW_HEADS.iter().any(|w| t.starts_with(w))
            || t.ends_with("机构分类")
            || t.ends_with("机构类别")
        {
            continue;
        }
        // "医疗卫生机构" first: the row-label column's head.
        if out.is_empty() && t.ends_with("机构") && match_label(&t, catalog, None).is_none() {
            continue;
        }
        out.push(t);
    }
    out
}

/// The unlabelled total row of a breakdown table typeset with spaces: lines of column names
/// (split at single spaces), then a line of figures only, then a line that starts with a part
/// ("一、医院 92 19833 …").
struct UnlabelledTotal<'c> {
    header: Vec<String>,
    values: Vec<&'c Placed>,
    /// The block's lines above the header ("17-6 卫生机构、床位和人员情况", "(2023) 单位:…").
    caption: String,
}

fn unlabelled_total<'c>(doc: &Doc, cells: &'c [Placed]) -> Option<UnlabelledTotal<'c>> {
    let line_of = |l: usize| -> Vec<&'c Placed> { cells.iter().filter(|c| c.2 == l).collect() };
    let names_only = |line: &[&Placed]| {
        !line.is_empty()
            && line.iter().all(|c| {
                matches!(c.1, Cell::Label(_))
                    && !doc.norm(&c.0).chars().any(|ch| ch.is_ascii_digit())
            })
    };
    let figures_only = |line: &[&Placed]| {
        line.len() >= 2
            && line
                .iter()
                .all(|c| matches!(c.1, Cell::Figure(_) | Cell::Empty))
    };
    let mut lines: Vec<usize> = cells.iter().map(|c| c.2).collect();
    lines.dedup();
    let v = lines
        .iter()
        .position(|&l| figures_only(&line_of(l)))
        .filter(|&k| k > 0)?;
    let next = line_of(*lines.get(v + 1)?);
    let part = next.first().map(|c| doc.norm(&c.0)).unwrap_or_default();
    if !["医院", "基层", "一、", "卫生院", "社区"]
        .iter()
        .any(|w| part.contains(w))
    {
        return None;
    }
    let h0 = (0..v)
        .rev()
        .take_while(|&k| names_only(&line_of(lines[k])))
        .last()?;
    let header = lines[h0..v]
        .iter()
        .flat_map(|&l| line_of(l))
        .flat_map(|c| {
            doc.norm(&c.0)
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let caption = lines[..h0]
        .iter()
        .flat_map(|&l| line_of(l))
        .map(|c| doc.norm(&c.0))
        .collect::<Vec<_>>()
        .join(" ");
    Some(UnlabelledTotal {
        header,
        values: line_of(lines[v]),
        caption,
    })
}

/// A header flattened from several levels lists a total's parts away from it ("卫生技术人员 |
/// 其他技术人员 | … | 执业(助理)医师"): its columns cannot be placed. Where both are named, a part
/// comes right after its total (or after a sibling part).
fn parts_follow_their_totals(header: &[String], catalog: &Catalog) -> bool {
    const PARTS_OF: &[(&str, &[&str])] = &[
        ("health_workers", &["health_technicians"]),
        (
            "health_technicians",
            &["physicians", "licensed_physicians", "nurses"],
        ),
        ("physicians", &["licensed_physicians"]),
    ];
    let ids: Vec<Option<String>> = header
        .iter()
        .map(
            |h| match match_label(h.trim_start_matches('#'), catalog, None) {
                Some(Subject::Quantity(q)) => Some(q),
                _ => None,
            },
        )
        .collect();
    let at = |id: &str| ids.iter().position(|x| x.as_deref() == Some(id));
    PARTS_OF.iter().all(|(total, parts)| {
        let Some(t) = at(total) else { return true };
        // The first of its parts named must come right after it.
        parts
            .iter()
            .filter_map(|p| at(p))
            .min()
            .is_none_or(|first| first == t + 1)
    })
}

/// A breakdown table's caption: the lines just above it, and a first line of the block that is
/// one long cell, after a table number if any ("表5 | 医疗卫生机构、床位和人员(2022年)"); how many
/// cells of the block that first line holds, where it is a caption.
fn caption_of(
    doc: &Doc,
    cells: &[Placed],
    is_total: impl Fn(&Placed) -> bool,
    squeezed: impl Fn(&Placed) -> String,
) -> (String, usize) {
    let first_line = cells.first().map_or(0, |c| c.2);
    let long = |c: &Placed| squeezed(c).chars().filter(|ch| is_cjk(*ch)).count() >= 6;
    // The block's first lines that are a caption each ("某某市统计年鉴2023", "16-2 各类医疗卫生
    // 机构、床位和人员(2022年)"): one long cell, with at most a number or words beside it.
    let mut skip = 0;
    let mut after_number = false;
    // Up to three short lines with words right above, past a page's empty cells ("|") and
    // English lines. A blank line, a sentence, a note (注:…), a page's own lines (发布时间…) or
    // a row of figures (the table above's) ends the search.
    let mut caption_lines: Vec<usize> = Vec::new();
    // A blank line or two right above the header (under a caption and its English line) is
    // passed over.
    let mut blanks = 0;
    for l in (first_line.saturating_sub(12)..first_line).rev() {
        let Some(r) = doc.lines.get(l) else { break };
        let t = doc.norm(&doc.trim(r.clone()));
        if t.is_empty() {
            blanks += 1;
            if caption_lines.is_empty() && blanks <= 2 {
                continue;
            }
            break;
        }
        if !t.chars().any(is_cjk) {
            continue;
        }
        let note = ["注", "资料来源", "来源", "发布", "说明"]
            .iter()
            .any(|w| t.starts_with(w))
            || super::label::is_page_meta(&t);
        let figures = doc
            .cells(r)
            .iter()
            .any(|c| matches!(classify(&doc.norm(c)), Cell::Figure(_)));
        if note || figures || caption_lines.len() == 3 || r.len() > 40 || is_prose(doc, r) {
            break;
        }
        caption_lines.push(l);
    }
    caption_lines.reverse();
    loop {
        let line = cells.get(skip).map_or(0, |c| c.2);
        let on_line: Vec<&Placed> = cells[skip..].iter().take_while(|c| c.2 == line).collect();
        // After the first, a caption line names a table (a number, 表, 情况, 年鉴, 统计), so a
        // long column head (医疗卫生机构数(个)) one cell a line is not taken for one.
        let names_a_table = |c: &&Placed| {
            let t = squeezed(c);
            t.chars().any(|ch| ch.is_ascii_digit())
                || ["表", "情况", "年鉴", "统计", "基本"]
                    .iter()
                    .any(|w| t.contains(w))
                // "全市卫生机构、床位、人员数": what the table counts, listed.
                || t.contains('、')
                    && ["机构", "床位", "人员"].iter().filter(|w| t.contains(*w)).count() >= 2
        };
        // "14-3", "表1" on a line of its own above the caption: the table's number (not a
        // page's, "— 15 —").
        let number_alone = on_line.len() == 1 && is_table_number(&squeezed(on_line[0]));
        if number_alone && cells.len() > skip + on_line.len() {
            caption_lines.push(line);
            skip += on_line.len();
            after_number = true;
            continue;
        }
        // "(龙湾新区)", "(2022年)" on a line of its own under the caption: the caption's.
        let bracketed_alone = (skip > 0 || !caption_lines.is_empty())
            && on_line.len() == 1
            && cells.len() > skip + 1
            && {
                let t = squeezed(on_line[0]);
                t.starts_with('(') && t.ends_with(')') && t.chars().count() <= 16
            };
        // "Health Institutions, Beds and Personnel (2022)": the caption in English, under it.
        let english_alone = (skip > 0 || !caption_lines.is_empty())
            && cells.len() > skip + on_line.len()
            && on_line.iter().all(|c| {
                let t = squeezed(c);
                !t.chars().any(is_cjk) && !matches!(c.1, Cell::Figure(_) | Cell::Year(..))
            })
            && on_line.iter().any(|c| {
                squeezed(c)
                    .chars()
                    .filter(|ch| ch.is_ascii_alphabetic())
                    .count()
                    >= 6
            });
        if bracketed_alone || english_alone {
            caption_lines.push(line);
            skip += on_line.len();
            continue;
        }
        let caption_line = cells.len() > skip + on_line.len()
            && (skip == 0
                || std::mem::take(&mut after_number)
                || on_line.iter().any(names_a_table))
            && on_line.iter().filter(|c| long(c)).count() == 1
            && on_line.iter().all(|c| {
                long(c)
                    || matches!(c.1, Cell::Words | Cell::Figure(_))
                    || is_table_number(&squeezed(c))
            })
            && !on_line.iter().any(|c| is_total(c));
        if !caption_line {
            break;
        }
        caption_lines.push(line);
        skip += on_line.len();
    }
    let caption: String = caption_lines
        .iter()
        .filter_map(|l| doc.lines.get(*l))
        .map(|l| doc.norm(l))
        .filter(|t| t.chars().filter(|c| is_cjk(*c)).count() >= 4 || year_in_caption(t).is_some())
        .collect::<Vec<_>>()
        .join("\n");
    (caption, skip)
}

/// Whether a table's caption is about one kind of institution ("21-8 乡镇卫生院基本情况",
/// "民营医院情况"): its figures are that kind's, not the region's. A plan's table of indicators
/// (…主要指标) is not one.
fn names_a_part(caption: &str) -> bool {
    let words: String = caption
        .chars()
        .skip_while(|c| !is_cjk(*c) || *c == '表')
        .filter(|c| !c.is_whitespace())
        .collect();
    // "某市统计年鉴2021基层医疗卫生机构情况(2020年)": past the edition's name.
    let words = match words.rfind("年鉴") {
        Some(i) => words[i + "年鉴".len()..]
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '—' | '.'))
            .to_string(),
        None => words,
    };
    // "2023年湄州湾区民营医疗机构情况": past the year and the place it opens with.
    let words = match words.char_indices().nth(4) {
        Some((at, '年')) if words[..at].bytes().all(|b| b.is_ascii_digit()) => {
            words[at + '年'.len_utf8()..].to_string()
        }
        _ => words,
    };
    let words = match super::head::region_in(&words) {
        Some(place) if words.starts_with(&place) => {
            let rest = &words[place.len()..];
            rest.strip_prefix(['市', '县', '区', '省', '州'])
                .unwrap_or(rest)
                .to_string()
        }
        _ => words,
    };
    // "各区县疾病预防控制中心人员情况", "各县(区)医养结合机构情况": past the parts it is given by.
    let words = [
        "各县(市、区)",
        "各县(市区)",
        "各县(区)",
        "各区(县)",
        "各区县",
        "各县区",
    ]
    .iter()
    .find_map(|w| words.strip_prefix(w))
    .map_or(words.clone(), str::to_string);
    // "全市卫生健康系统医疗机构床位和人员情况": past 全市.
    let words = ["全市", "全县", "全区"]
        .iter()
        .find_map(|w| words.strip_prefix(w))
        .map_or(words.clone(), str::to_string);
    ONE_DEPARTMENTS_OR_THE_BOOKS
        .iter()
        .any(|w| words.contains(w))
        || !words.contains("指标")
            && [
                "民营医疗机构",
                "社会办医",
                "非公立医疗机构",
                "医院",
                "乡镇卫生院",
                "卫生院",
                "社区卫生",
                "村卫生室",
                "民营医院",
                "公立医院",
                "基层医疗卫生机构",
                "专业公共卫生机构",
                "妇幼保健计划生育",
                "中医",
                // Not health's at all, but read alike: care homes' beds are no region's beds.
                "社会服务",
                "社会福利",
                "民政",
                "养老",
                "收养",
                "提供住宿",
                // "安吉县县级公立医院资源情况" (its 县 may have gone with the place's name).
                "县级公立医院",
                "级公立医院",
            ]
            .iter()
            .chain(PUBLIC_HEALTH_INSTITUTIONS)
            .any(|w| words.starts_with(w))
}

/// A caption's words that narrow a table to the institutions one department runs
/// ("卫生健康部门所属医疗卫生机构…") or to the staff on the books ("…医疗卫生机构在编人员情况").
/// (Not 卫生健康系统, which names the whole sector as often: "湖州市卫生健康系统主要指标".)
const ONE_DEPARTMENTS_OR_THE_BOOKS: &[&str] = &[
    "卫生健康部门",
    "卫健部门",
    "卫生部门",
    "在编人员",
    "编制内人员",
];

/// One kind of public-health institution, named as a table's subject ("各区县疾病预防控制中心人员
/// 情况", "妇幼保健机构基本情况", "卫生监督机构人员", "医养结合机构情况"): its figures are that kind's.
/// Its institutions; not "妇幼保健情况", the region's mothers' and children's health.
const PUBLIC_HEALTH_INSTITUTIONS: &[&str] = &[
    "疾病预防控制",
    "疾控中心",
    "疾控机构",
    "妇幼保健院",
    "妇幼保健机构",
    "妇幼保健所",
    "卫生监督",
    "精神卫生专业",
    "精神专科",
    "专科医院",
    "医养结合",
];

/// Whether `name` is the health staff's total, known by its first marked part: "职工人数" or
/// "人员总数" right before "# 卫生技术人员" (a yearbook's rows or columns) is the 卫生人员.
fn staff_whole_before(name: &str, next: &str) -> bool {
    let next = bare_name(next);
    let marked = next
        .strip_prefix('#')
        .or_else(|| next.strip_prefix("其中:"));
    marked.is_some_and(|n| n.starts_with("卫生技术人员")) && names_staff_whole(name)
}

/// Whether a name can be a staff total by itself ("职工人数(人)", "人员总数"): `staff_whole_before`
/// tells whether it is.
fn names_staff_whole(name: &str) -> bool {
    [
        "人员总数",
        "职工人数",
        "职工总数",
        "人员数",
        "人员",
        "职工",
        "工作人员",
        "从业人员",
    ]
    .contains(&bare_name(name).as_str())
}

/// A name without its spaces and its bracketed unit: "职工人数 (人)" → "职工人数".
fn bare_name(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .take_while(|c| *c != '(')
        .collect()
}

/// A table's number: "14-3", "表1", "表5-2" (not a page's, "— 15 —").
fn is_table_number(t: &str) -> bool {
    // "表3", "附表1", "专栏2": a table's or a box's number.
    let numbered = ["专栏", "附表", "表"]
        .iter()
        .find_map(|p| t.strip_prefix(p));
    let n = numbered.unwrap_or(t);
    let dash = |c: char| matches!(c, '-' | '—');
    // ("附表 2025年各县(市、区)卫生资源情况": an appendix's table, unnumbered.)
    if matches!(t, "附表" | "专栏" | "附录") {
        return true;
    }
    // "表二", "表 附3", "表Ⅲ-2": numbered in words, as an appendix's, or in Roman numerals.
    if let Some(rest) = t.strip_prefix('表') {
        let rest = rest.trim_start().trim_start_matches('附');
        if !rest.is_empty()
            && rest.chars().all(|c| {
                c.is_ascii_digit()
                    || "一二三四五六七八九十ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ".contains(c)
                    || matches!(c, '-' | '—' | '.')
            })
            && !rest.starts_with(['-', '—', '.'])
        {
            return true;
        }
    }
    !n.is_empty()
        && n.chars().all(|c| c.is_ascii_digit() || dash(c) || c == '.')
        && (numbered.is_some() || n.chars().any(dash))
        && !n.starts_with(dash)
        && !n.ends_with(dash)
}

/// The heads of a table's row-label column.
const ROW_HEADS: &[&str] = &[
    "指标",
    "项目",
    "机构分类",
    "机构类别",
    "机构名称",
    "类别",
    "分类",
    "地区",
    "区域",
    "区县",
    "县区",
    "县(市",
    "县市区",
    "区(县",
    "市县",
    "行政区",
    "单位",
    "Item",
];

/// The head of a column of row numbers or ranks, before the row labels.
const RANK_HEADS: &[&str] = &["序号", "编号", "排名", "排序", "名次", "位次", "序"];

/// A breakdown's total row's figures: the cells after its label (and its English name, "总 计
/// | Total | 6404 | …"), up to the next label, or the end of its line where the row has one.
fn total_figures<'b>(doc: &Doc, cells: &'b [Placed], ti: usize) -> Vec<&'b Placed> {
    let english = cells[ti + 1..]
        .iter()
        .take_while(|c| {
            matches!(c.1, Cell::Words) && !doc.chars[c.0.clone()].iter().any(|x| is_cjk(*x))
        })
        .count();
    // A count such as 2023 among the figures reads like a year: here it is a figure.
    let after = &cells[ti + 1 + english..];
    let figure = |k: usize| after.get(k).is_some_and(|c| matches!(c.1, Cell::Figure(_)));
    // (A row on a line of its own ends with its line: the next row's number, "2 | 甲区 | …",
    // is none of its figures.)
    let row_line = cells[ti].2;
    let one_line = after.first().is_some_and(|c| c.2 == row_line);
    after
        .iter()
        .enumerate()
        .take_while(|(k, c)| {
            (!one_line || c.2 == row_line)
                && (matches!(c.1, Cell::Figure(_) | Cell::Empty)
                    || (*k > 0
                        && figure(k - 1)
                        && figure(k + 1)
                        && year_as_count(doc, c).is_some()))
        })
        .map(|(_, c)| c)
        .collect()
}

/// A breakdown table's column heads from its header cells (whitespace taken out), joined where
/// a split names a column; the row-label column's head and English lines left out.
fn breakdown_header(
    cells: impl Iterator<Item = (String, usize)>,
    catalog: &Catalog,
) -> Vec<String> {
    let mut header: Vec<String> = Vec::new();
    // Names side by side on one line ("机构个数 | 床位数") are whole: only a name broken over
    // lines joins.
    let mut last_line = None;
    for (t, line) in cells {
        let same_line = last_line == Some(line);
        last_line = Some(line);
        // An English line's words under the Chinese are no column's and join none; nor is a
        // row's number or rank before its label ("序号 | 县(市、区) | …", "排名 | …").
        if !t.chars().any(is_cjk) || RANK_HEADS.contains(&t.as_str()) {
            continue;
        }
        // "机构数" / "(个)": a unit joins its column; "#卫生技术" / "人员": a split name joins
        // where only the whole names something. A cell that ends with its unit is whole.
        let unit_end = |h: &str| {
            h.rfind('(')
                .is_some_and(|i| h.ends_with(')') && is_unit(&h[i..]))
        };
        let joins = !same_line
            && header.last().is_some_and(|last| {
                // "地区" / "床位数(张)": the row-label column's head joins nothing.
                let row_head = ROW_HEADS.iter().any(|w| last.starts_with(w));
                // "卫生机构数" / "床位数": a name ending in 数 is whole.
                t.starts_with('(')
                    || (!unit_end(last)
                        && !row_head
                        && !last.ends_with('数')
                        && match_label(last.trim_start_matches('#'), catalog, None).is_none()
                    // "执业(助理)" / "注册护士": a whole name on its own is its own column
                    // ("医师", "护士" alone are the rest of a broken one).
                    && (t.trim_start_matches('#').chars().count() < 4
                        || match_label(t.trim_start_matches('#'), catalog, None).is_none())
                        && match_label(
                            &format!("{}{t}", last.trim_start_matches('#')),
                            catalog,
                            None,
                        )
                        .is_some())
            });
        match header.last_mut() {
            Some(last) if joins => last.push_str(&t),
            _ => header.push(t),
        }
    }
    // The row-label column's head ("指标", "机构分类", "项目") is not a column of figures, nor
    // an English line's words under the Chinese.
    // "医疗机构分类" too.
    header.retain(|h| {
        !ROW_HEADS.iter().any(|w| h.starts_with(w))
            && !h.ends_with("机构分类")
            && !h.ends_with("机构类别")
            && !h.ends_with("机构类型")
            && h != "类别"
            && h != "类型"
            && h.chars().any(is_cjk)
    });
    header
}

/// A breakdown header flattened from two levels, put in the order of its figures:
/// `机构数 | 床位数 | 卫生技术(人) | 诊疗人次 | 执业(助理)医师 | 注册护士` has the technicians'
/// parts listed after 诊疗人次, a column of the upper level; `卫生技术人员 | 其他 | 小计 | 执业
/// 医师 | …` has the group's total under 小计 and its 其他 listed first. The parts move right
/// after their total, 其他 to the group's end, and 小计 takes the group's name.
fn regrouped(header: &[String], catalog: &Catalog) -> Option<Vec<String>> {
    let quantity = |h: &str| match match_label(h.trim_start_matches('#'), catalog, None) {
        Some(Subject::Quantity(q)) => Some(q),
        _ => None,
    };
    // "卫生技术(人)": the name lost its 人员 where the line broke.
    let tech_name = |h: &str| {
        quantity(h).as_deref() == Some("health_technicians")
            || h.trim_start_matches('#').starts_with("卫生技术(")
    };
    let mut h: Vec<String> = header.to_vec();
    let t = h.iter().position(|x| tech_name(x))?;
    let mut others: Vec<String> = Vec::new();
    if let Some(st) = h
        .iter()
        .position(|x| SUBTOTALS.contains(&x.as_str()))
        .filter(|&st| st > t)
    {
        // The group's own column is its 小计; an 其他 listed before it ends the group.
        h[st] = "卫生技术人员".to_string();
        h.remove(t);
        let mut k = t;
        while k < h.len() && !tech_name(&h[k]) {
            if h[k].starts_with("其他") {
                others.push(h.remove(k));
            } else {
                k += 1;
            }
        }
    }
    let t = h.iter().position(|x| tech_name(x))?;
    let is_part = |x: &str| {
        matches!(
            quantity(x).as_deref(),
            Some("physicians" | "licensed_physicians" | "nurses" | "pharmacists")
        ) || STAFF_KINDS.iter().chain(&["执业"]).any(|w| x.contains(w))
    };
    let first = (t + 1..h.len()).find(|&k| is_part(&h[k]))?;
    let end = (first..h.len())
        .find(|&k| !is_part(&h[k]))
        .unwrap_or(h.len());
    // Parts again after the run are a third level (执业医师 under 执业(助理)医师), whose place
    // among the figures cannot be told: not regrouped.
    if h[end..].iter().any(|x| is_part(x)) {
        return None;
    }
    let intruders: Vec<String> = h.drain(t + 1..first).collect();
    let parts_end = t + 1 + (end - first);
    let mut out: Vec<String> = h[..parts_end].to_vec();
    out.extend(others);
    out.extend(intruders);
    out.extend(h[parts_end..].iter().cloned());
    // Names that lost their last word where the line broke.
    for x in out.iter_mut().filter(|x| quantity(x).is_none()) {
        if x.starts_with("卫生技术(") {
            *x = format!("卫生技术人员{}", &x["卫生技术".len()..]);
        } else if x.trim_start_matches('#') == "执业(助理)" {
            *x = "执业(助理)医师".to_string();
        }
    }
    Some(out)
}

/// Groups of the people a row may be qualified by, in a cell before its label.
const ROW_GROUPS: &[&str] = &[
    "城市", "农村", "城镇", "乡村", "城区", "市区", "县城", "郊区", "男", "女", "男性", "女性",
];

/// A year in a caption: "(2020年)", "(2023)".
fn year_in_caption(caption: &str) -> Option<i32> {
    caption.char_indices().find_map(|(i, _)| {
        let y: i32 = caption.get(i..i + 4)?.parse().ok()?;
        let next = caption.get(i + 4..)?.chars().next();
        let prev = caption.get(..i)?.chars().last();
        ((2000..=2035).contains(&y)
            && matches!(next, Some('年') | Some(')'))
            && !prev.is_some_and(|c| c.is_ascii_digit()))
        .then_some(y)
    })
}

/// Whether a caption's year was over when the text was written: a report's own year or one
/// before it, a plan's year before its own ("临湖区2024年卫生健康工作要点" over "表5 2023年…"), or,
/// undated, before the year it aims at. Its one column of figures is what that year reached
/// (not a later note's year, "注：2024年起…", nor the plan's goals).
fn caption_reached(y: i32, cx: &Context) -> bool {
    match (cx.document_year, cx.horizon) {
        (Some(d), _) if cx.reports => y <= d,
        (Some(d), _) => y < d,
        (None, Some(h)) => y < h,
        (None, None) => cx.reports,
    }
}

/// The header of a 主要指标 table as read so far: its value columns (a year, a kind, a base,
/// a change) and the 户籍 | 常住 line under them. A label row closes it; a header cell after
/// rows opens the next table's.
#[derive(Default)]
struct Header {
    columns: Vec<Column>,
    /// A 备注 column after the value columns: a row's last cell may be its note.
    notes: bool,
    bases: Vec<Basis>,
    closed: bool,
    /// The line the last year column was named on: kinds on a line of their own ("基数 |
    /// 目标" under "2020年 | 2025年") go to the years in order.
    years_line: Option<usize>,
    /// The line the last kind without a year was named on ("基期 | 目标" over the years).
    kinds_line: Option<usize>,
}

impl Header {
    /// Takes a header cell on `line` (`shares_line`: with other cells); `false` for a label or
    /// a value.
    fn take(&mut self, cell: &Cell, line: usize, shares_line: bool) -> bool {
        let column = |year, role, basis, skip| Column {
            year,
            role,
            basis,
            skip,
            current: false,
            previous: false,
            again: false,
        };
        match cell {
            Cell::Year(y, role, basis) => {
                self.reopen();
                // "基期 | 目标" over "2020年 | 2025年": each year is the next kind's, where the
                // kinds came on a line of their own before the years and agree with them.
                let kinds_before = self.kinds_line.is_some_and(|l| l != line);
                match self.columns.iter_mut().find(|c| {
                    kinds_before
                        && c.year.is_none()
                        && c.role.is_some()
                        && !c.skip
                        && (role.is_none() || *role == c.role)
                }) {
                    Some(c) => {
                        c.year = Some(*y);
                        c.role = role.or(c.role);
                        c.basis = basis.or(c.basis);
                    }
                    None => {
                        // "2006 2007 2006 2007": the years again, with nothing to tell them
                        // apart, head another measure (a 构成 in %, a change): read past.
                        let again = role.is_none()
                            && basis.is_none()
                            && self.bases.is_empty()
                            && self.columns.iter().any(|c| c.year == Some(*y) && !c.skip);
                        self.columns.push(Column {
                            again,
                            ..column(Some(*y), *role, *basis, again)
                        })
                    }
                }
                self.years_line = Some(line);
            }
            // "基数 | 目标" on a line under "2020年 | 2025年": the first year without a kind.
            // One cell a line ("2025年" / "目标值"), a kind is its year's.
            Cell::Kind(role)
                if !self.closed
                    && shares_line
                    && self.years_line.is_some_and(|l| l != line)
                    && self.columns.iter().any(|c| c.role.is_none()) =>
            {
                if let Some(c) = self.columns.iter_mut().find(|c| c.role.is_none()) {
                    c.role = Some(*role);
                }
            }
            Cell::Basis(b) if !self.closed => self.bases.push(*b),
            Cell::Change if !self.closed => self.columns.push(column(None, None, None, true)),
            Cell::Elsewhere => {
                self.reopen();
                self.columns.push(column(None, None, None, true));
            }
            // "2020年 数值" / "2025年 目标值": the kind belongs to the year before it.
            Cell::Kind(role) => match self.columns.last_mut() {
                Some(c) if !self.closed && c.role.is_none() => c.role = Some(*role),
                _ => {
                    self.reopen();
                    self.columns.push(column(None, Some(*role), None, false));
                    self.kinds_line = Some(line);
                }
            },
            Cell::Current => {
                self.reopen();
                self.columns.push(Column {
                    current: true,
                    ..column(None, Some(Role::Figure), None, false)
                });
            }
            Cell::Note => self.notes = true,
            Cell::LastYear => {
                self.reopen();
                self.columns.push(Column {
                    previous: true,
                    ..column(None, Some(Role::Figure), None, false)
                });
            }
            Cell::Label(_) => return false,
            _ if matches!(cell, Cell::Basis(_) | Cell::Change) => {}
            _ => return false,
        }
        true
    }

    fn reopen(&mut self) {
        if self.closed {
            self.columns.clear();
            self.bases.clear();
            self.notes = false;
            self.closed = false;
        }
    }

    /// Spreads a 户籍 | 常住 line over the years above it, once, at the first row.
    fn spread_bases(&mut self) {
        if self.closed || self.bases.is_empty() || self.columns.is_empty() {
            return;
        }
        let m = self.bases.len() / self.columns.len();
        if m >= 1 && self.bases.len().is_multiple_of(self.columns.len()) {
            self.columns = self
                .bases
                .iter()
                .enumerate()
                .map(|(k, b)| {
                    let c = self.columns[k / m];
                    Column {
                        basis: Some(*b),
                        // The bases tell years named again apart.
                        skip: c.skip && !c.again,
                        again: false,
                        ..c
                    }
                })
                .collect();
        }
    }

    /// The columns of a row of `n` values: the header's; else two values are (now, goal) and
    /// one is the goal, or in a report (项目 | 数值) what it reports. Three or more the header
    /// did not place are left unplaced: which is the goal and which another region's or
    /// basis's cannot be told.
    /// Whether a row of `n` values fills the columns, or all but those read past after them
    /// (a verdict in words ends its row: "… | 43.6% | 滞后").
    fn fits(&self, n: usize) -> bool {
        self.columns.len() == n
            || (self.notes && n == self.columns.len() + 1)
            || (n < self.columns.len() && self.columns[n..].iter().all(|c| c.skip))
    }

    fn columns_for(&self, n: usize, reports: bool) -> Vec<Column> {
        if self.columns.len() == n {
            return self.columns.clone();
        }
        // "5.78 | 6.5 | 含村卫生室床位" under "2020年 | 2025年 | 备注": the note is read past (as
        // a column named again, which makes no series).
        if self.notes && n == self.columns.len() + 1 {
            let mut cols = self.columns.clone();
            cols.push(Column {
                year: None,
                role: None,
                basis: None,
                skip: true,
                current: false,
                previous: false,
                again: true,
            });
            return cols;
        }
        // "2.6 | 3.2 |  | 约束性" under 2020年 | 2025年 | 年均增长(%): a change column left
        // blank; the figures are the year columns'.
        let kept: Vec<Column> = self.columns.iter().filter(|c| !c.skip).cloned().collect();
        if kept.len() == n && kept.iter().all(|c| c.year.is_some() || c.role.is_some()) {
            return kept;
        }
        // "78.5 | 79.3 | 79.6 | 72.7% | 达到序时进度" under "… | 时序进度 | 评估结论": a verdict in
        // words ends the row before its column.
        if n < self.columns.len()
            && self.columns[n..].iter().all(|c| c.skip)
            && self.columns[..n]
                .iter()
                .filter(|c| !c.skip)
                .all(|c| c.year.is_some() || c.role.is_some())
        {
            return self.columns[..n].to_vec();
        }
        let mut v = vec![
            Column {
                year: None,
                role: None,
                basis: None,
                skip: false,
                current: false,
                previous: false,
                again: false,
            };
            n
        ];
        // In a report, two values under no header are no base and goal: another region's, last
        // year's, which cannot be told ("床位数 张 24 860 170 612" under 武侯区 | 成都市).
        if reports && n == 2 {
            return v;
        }
        if n <= 2
            && let Some(l) = v.last_mut()
        {
            if reports && n == 1 {
                // 项目 | 数值 in a report: what it reports, as a 绝对数 column.
                l.role = Some(Role::Figure);
                l.current = true;
            } else {
                l.role = Some(Role::Target);
            }
        }
        if n == 2 {
            v[0].role = Some(Role::Figure);
        }
        v
    }
}

/// A label's cells: its values, its 预期性 / 约束性, its unit column's words, and where the
/// row ends (the next cell to read).
struct LabelRow<'c> {
    values: Vec<&'c Cell>,
    /// The year a value's cell names for itself ("78.2(2021年)"), one a value.
    own_years: Vec<Option<i32>>,
    nature: Option<Nature>,
    unit_words: String,
    end: usize,
}

/// Gathers the values of the label at `i` up to the next label (or the end of its line when
/// the label shares a line with other cells).
static EMPTY: Cell = Cell::Empty;

fn label_row<'c>(doc: &Doc, cells: &'c [Placed], i: usize) -> LabelRow<'c> {
    let label_line = cells[i].2;
    let shares_line = cells.get(i + 1).is_some_and(|c| c.2 == label_line);
    let mut row = LabelRow {
        values: Vec::new(),
        own_years: Vec::new(),
        nature: None,
        unit_words: String::new(),
        end: i + 1,
    };
    while let Some((range, c, l)) = cells.get(row.end) {
        if shares_line && *l != label_line {
            break;
        }
        // "5." / "62", one cell a line: a decimal a PDF broke at its point, which cannot be
        // told for sure; its column holds no figure.
        let t = doc.norm(range);
        let t = t.trim();
        if t.len() >= 2
            && t.ends_with('.')
            && t[..t.len() - 1].bytes().all(|b| b.is_ascii_digit())
            && cells
                .get(row.end + 1)
                .is_some_and(|n| matches!(&n.1, Cell::Figure(f) if f.value.fract() == 0.0))
        {
            row.values.push(&EMPTY);
            row.own_years.push(None);
            row.end += 2;
            continue;
        }
        match c {
            // "7.35 | 由市人民政府根据实际情况确定 | 预期性": a goal in words holds its column
            // (the figure before it does not slide into it).
            Cell::Words | Cell::Label(_) | Cell::InWords
                if shares_line && *l == label_line && !row.values.is_empty() && {
                    let t = doc.norm(range);
                    t.chars().filter(|c| is_cjk(*c)).count() >= 6
                        && !t.chars().any(|c| c.is_ascii_digit())
                } =>
            {
                row.values.push(&EMPTY);
                row.own_years.push(None);
            }
            // "执业(助理)医师(人) | 2018": a count that reads like a year, alone after a count's
            // label on its line, is no year heading the rows after it; which it is cannot be
            // told, so its cell holds no figure.
            Cell::Year(..)
                if shares_line
                    && row.values.is_empty()
                    && cells.get(row.end + 1).is_none_or(|n| n.2 != *l)
                    && doc.norm(range).trim().bytes().all(|b| b.is_ascii_digit())
                    && {
                        // (A count's label, not the header's first cell: "项目(人) | 2023".)
                        let label = doc.norm(&cells[i].0);
                        let label = label.trim();
                        ["(人)", "(张)", "(个)", "(名)"].iter().any(|u| {
                            label.strip_suffix(u).is_some_and(|name| {
                                ![
                                    "项目",
                                    "指标",
                                    "单位",
                                    "类别",
                                    "名称",
                                    "指标名称",
                                    "项目名称",
                                ]
                                .contains(&name.trim())
                            })
                        })
                    } =>
            {
                row.values.push(&EMPTY);
                row.own_years.push(None);
            }
            // "注册护士(人) | 5588 | 2011 | 2480": a count that reads like a year among a row's
            // figures, on its label's line, holds its column (which it is cannot be told, so no
            // figure), not a year heading the rows after.
            Cell::Year(..)
                if shares_line
                    && !row.values.is_empty()
                    && doc.norm(range).trim().bytes().all(|b| b.is_ascii_digit())
                    && cells
                        .get(row.end + 1)
                        .is_some_and(|n| n.2 == *l && matches!(n.1, Cell::Figure(_))) =>
            {
                row.values.push(&EMPTY);
                row.own_years.push(None);
            }
            // (A column read past, "公立 | 非公立", heads the next line's columns too.)
            Cell::Label(_)
            | Cell::Year(..)
            | Cell::Kind(_)
            | Cell::Current
            | Cell::LastYear
            | Cell::Note
            | Cell::Change
            | Cell::Elsewhere => break,
            // After the values it ends the row; before them ("指标 | 属性 | 单位 | 2020年 |
            // 2025年") the values follow.
            Cell::Nature(n) => {
                row.nature = Some(*n);
                if !row.values.is_empty() {
                    row.end += 1;
                    break;
                }
            }
            Cell::Unit => row.unit_words.push_str(&doc.norm(range)),
            Cell::Words => {}
            // One cell a line: a whole number right before the next label is that row's
            // serial (序号); on one line, "健康水平 | 1 | 人均预期寿命 | …": a field's name,
            // then the serial of the label after it.
            Cell::Figure(n)
                if is_serial(n)
                    && (!shares_line || row.values.is_empty())
                    && cells.get(row.end + 1).is_some_and(|c| {
                        matches!(c.1, Cell::Label(_)) && (!shares_line || c.2 == *l)
                    }) =>
            {
                break;
            }
            other => {
                row.values.push(other);
                row.own_years.push(year_in_brackets(&doc.norm(range)));
            }
        }
        row.end += 1;
    }
    row
}

fn is_serial(n: &Num) -> bool {
    n.value.fract() == 0.0
        && n.value <= 999.0
        && n.unit.is_none()
        && !n.percent
        && !n.ratio
        && n.after == After::None
}

/// The base a table's caption or units line names for all its rows: "(每千名人口)",
/// "单位:每千人口", "表3 每千人口卫生资源" (not one naming what it counts by it, "每千人口床位数").
fn base_of_the_table(line: &str, catalog: &Catalog) -> Option<(&'static str, f64)> {
    let t = line.trim();
    let bare = t
        .strip_prefix("计量单位")
        .or_else(|| t.strip_prefix("单位"))
        .map(|r| r.trim_start_matches([':', '：', ' ']))
        .unwrap_or(t)
        .trim_matches(['(', ')', '（', '）', ' ']);
    let words = crate::synonyms::base_words(bare)?;
    let alone = bare == words;
    // (Not a caption of counts and densities both: "表5 卫生资源总量及每千人口拥有量".)
    let caption = t.starts_with('表')
        && bare.contains(words)
        && !bare.contains(['及', '和', '与', '、'])
        && !bare.contains("总量")
        && match_label(bare, catalog, None).is_none();
    (alone || caption).then(|| basis_of(words)).flatten()
}

/// The base a sub-row takes from the rows above ("每千人口床位 | 其中公立医院"): the last base
/// named, for a 其中 / # row and the rows that follow it without one of their own.
#[derive(Default)]
struct Inherited {
    last: Option<(&'static str, f64)>,
    running: bool,
}

impl Inherited {
    fn base_for(&mut self, label: &str) -> Option<(&'static str, f64)> {
        let sub = label.starts_with("其中") || label.starts_with('#') || label.starts_with('-');
        let own = basis_of(label);
        let inherit = if own.is_none() && (sub || self.running) {
            self.last
        } else {
            None
        };
        self.running = inherit.is_some();
        if own.is_some() {
            self.last = own;
        }
        inherit
    }
}

/// A 主要指标 table: a header of years (and kinds, bases, changes), then a row a label.
fn indicator_rows(
    doc: &Doc,
    b: &Block,
    catalog: &Catalog,
    cx: &Context,
    rows: &mut Vec<Row>,
    goals: &mut Vec<Goal>,
    taken: &mut Taken,
) {
    let cells = places::own_column(doc, b.cells.clone(), cx.region.as_deref());
    let cells = &categories::whole_and_parts(doc, cells);
    let mut header = Header::default();
    let mut inherited = Inherited::default();
    // "表2 卫生人员总数(万人)": the caption's unit counts the table's figures.
    let mut caption_unit: Option<String> = None;
    // "18-20 医疗卫生机构工作人员", "卫生机构各类人员数": a table of the health staff, whose
    // total row (合计, 总计), its first row, is the 卫生人员. Each caption says anew.
    let staff_caption = |caption: &str| {
        (caption.contains("卫生") || caption.contains("医疗"))
            && caption.contains("人员")
            && ![
                "技术人员",
                "每",
                "基层",
                "乡村",
                "村",
                "医院",
                "公共卫生",
                "疾控",
                "中医",
                "民营",
                "社区",
                "妇幼",
                // "医疗卫生机构床位及人员": its first total may be the beds'.
                "床位",
            ]
            .iter()
            .any(|w| caption.contains(w))
    };
    let first_line: String = cells
        .iter()
        .take_while(|c| c.2 == cells[0].2)
        .map(|c| doc.norm(&c.0))
        .collect();
    let mut of_health_staff = staff_caption(&first_line);
    // A table of one kind of institution (21-8 乡镇卫生院基本情况): its figures are that kind's.
    let mut of_a_part = names_a_part(&first_line);
    // "表16-9 中医药服务资源": the region's TCM resources, not one kind of institution's; the
    // rows the catalog counts as TCM (公立中医类医院床位, 中医类别执业(助理)医师) are the region's.
    let tcm_resources = first_line.contains("中医")
        && first_line.contains("资源")
        && ![
            "医院",
            "机构",
            "卫生院",
            "门诊",
            "诊所",
            "卫生室",
            "中心",
            "中医馆",
            "站",
        ]
        .iter()
        .any(|w| first_line.contains(w));
    // "表2 乙县2023年卫生资源", "附:全省2023年卫生资源" after the region's table: another
    // place's figures, until a caption of the region's own.
    let first_place = caption_place(&first_line);
    let mut of_another_place = false;
    let mut measure = caption_measure(&first_line);
    // "床位数(张)" over "合计 | 公立 | 民营", "孕产妇死亡率(1/10万)" over "合计 | 城市 | 农村": a
    // group's name on a line of its own, whose total row is the region's figure.
    let mut group: Option<String> = None;
    let mut density_beside = false;
    // "表5 2023年临湖区卫生资源": the year of a caption over figures under no year.
    let mut caption_year: Option<i32> = None;
    // "单位:万人、万张" under it: each count's unit, by its kind.
    let mut listed_units: Vec<String> = Vec::new();
    // "(每千人口)", "单位:每千人口", "表3 每千人口卫生资源": a base every row counts by.
    let mut table_base: Option<(&'static str, f64)> = None;
    let mut last_subject: Option<Subject> = None;
    // The last whole row's label, for a part under it named alone ("其中:中医类别").
    let mut whole_label: Option<String> = None;
    let mut rows_read = 0;
    // A header cell after its years that could not be placed: a row's leading dash is then no
    // unit column's (it is that column's first year's, and which is which cannot be told).
    let mut unplaced_column = false;
    let staff_total = "卫生人员".to_string();
    let mut i = 0;
    while i < cells.len() && rows.len() < super::MAX_ROWS {
        let line = cells[i].2;
        let shares_line =
            (i > 0 && cells[i - 1].2 == line) || cells.get(i + 1).is_some_and(|c| c.2 == line);
        // "常住人口 | 万人 | 320 | 335": the population's row, not a header's 常住 over columns.
        let basis_row = matches!(cells[i].1, Cell::Basis(_))
            && !header.columns.is_empty()
            && cells[i + 1..]
                .iter()
                .take_while(|c| c.2 == line)
                .any(|c| matches!(c.1, Cell::Figure(_)));
        if !basis_row && header.take(&cells[i].1, line, shares_line) {
            i += 1;
            continue;
        }
        // "2023年 | 2024年 | 2025年(暂定)": a year after the years the header cannot place (not
        // a 指标性质 or 备注 after them).
        if header.years_line == Some(line)
            && i > 0
            && cells[i - 1].2 == line
            && matches!(cells[i - 1].1, Cell::Year(..))
            && matches!(&cells[i].1, Cell::Label(l) if crate::head::year_at(l.trim(), 0).is_some())
        {
            unplaced_column = true;
        }
        let basis_label;
        let label = match &cells[i].1 {
            Cell::Label(label) => label,
            _ if basis_row => {
                basis_label = doc.norm(&cells[i].0).trim().to_string();
                &basis_label
            }
            _ => {
                i += 1;
                continue;
            }
        };
        // "农村 | 每千人口卫生技术人员(人) | 4.92": a group named in a cell of its own before the
        // label, the row's first; the group's figures, never the region's.
        if i > 0
            && cells[i - 1].2 == line
            && (i < 2 || cells[i - 2].2 != line)
            && matches!(&cells[i - 1].1, Cell::Label(g) if ROW_GROUPS.contains(&g.trim()))
        {
            i += 1;
            continue;
        }
        let squeezed: String = label.chars().filter(|c| !c.is_whitespace()).collect();
        let label = if of_health_staff
            && rows_read == 0
            && matches!(squeezed.as_str(), "总计" | "合计" | "总数")
            && (!header.columns.iter().any(|c| c.again)
                || first_group_names(doc, cells, header.years_line, &staff_total, catalog))
        {
            &staff_total
        } else {
            label
        };
        // "表4-5 …医疗卫生机构床位数" over "机构类别 | 2021年 | 2022年": the 总计 row counts all
        // of what the caption names (its other rows, a kind each, stay as they are); a group's
        // name on a line of its own above it names it before the caption.
        let measured;
        let label = match group.clone().or(measure.map(str::to_string)) {
            // (Where the years come again, "2024年 | 2025年 | 2024年 | 2025年", the first years
            // are the measure's only under a group line that names it first: not under
            // "机构数(个) | 床位数(张)".)
            Some(m)
                if header.columns.iter().any(|c| c.year.is_some())
                    && (!header.columns.iter().any(|c| c.again)
                        || first_group_names(doc, cells, header.years_line, &m, catalog))
                    && TOTAL_ROWS.contains(&squeezed.as_str()) =>
            {
                measured = m;
                &measured
            }
            _ => label,
        };
        // "每千人口医疗卫" / "生机构床位数" / 张 / 7.26: a PDF's label wrapped over two lines,
        // one cell a line: the first half, alone on its line with no figure, is the label's.
        let unwrapped;
        let mut label_from = i;
        let label = match wrapped_label_start(doc, cells, i) {
            Some(start) => {
                let joined = format!("{start}{label}");
                // (Not a whole label after another: "注册护士" over "每千人口床位数(张)".)
                let alone = match_label(label, catalog, None);
                match match_label(&joined, catalog, None) {
                    Some(Subject::Indicator(_))
                        if !matches!(alone, Some(Subject::Indicator(_)))
                            && !label.trim_start().starts_with('每') =>
                    {
                        unwrapped = joined;
                        label_from = i - 1;
                        &unwrapped
                    }
                    _ => label,
                }
            }
            None => label,
        };
        let mut row = label_row(doc, cells, i);
        // "注册护士 | 2018 | 2021 | 2024" under "2023年 | 2024年 | 2025年": counts that read like
        // years, as many as the header's and not its years, are a row (which figure is which
        // cannot be told, so none), not a header for the rows after.
        if row.values.is_empty()
            && header.years_line.is_some_and(|l| l != line)
            && match_label(label, catalog, None).is_some()
        {
            let header_years: Vec<i32> = header.columns.iter().filter_map(|c| c.year).collect();
            let on_line: Vec<&Placed> = cells[i + 1..].iter().take_while(|c| c.2 == line).collect();
            let like_years: Vec<i32> = on_line
                .iter()
                .filter_map(|c| match c.1 {
                    Cell::Year(y, None, None)
                        if doc.norm(&c.0).trim().bytes().all(|b| b.is_ascii_digit()) =>
                    {
                        Some(y)
                    }
                    _ => None,
                })
                .collect();
            if like_years.len() >= 2
                && like_years.len() == on_line.len()
                && like_years.len() == header_years.len()
                && like_years != header_years
            {
                i += 1 + on_line.len();
                continue;
            }
        }
        // "职工人数 | 131879" over "# 卫生技术人员 | 110042": the health staff's total.
        // (Its mark may stand in a cell of its own: "#" | "卫生技术人员".) Looked for only
        // under such a name.
        let next_label = || {
            let from = row.end.min(cells.len());
            cells[from..]
                .iter()
                .position(|c| matches!(c.1, Cell::Label(_)))
                .map(|k| {
                    let j = from + k;
                    let mark = j > 0 && doc.norm(&cells[j - 1].0).trim() == "#";
                    format!("{}{}", if mark { "#" } else { "" }, doc.norm(&cells[j].0))
                })
        };
        let label = if names_staff_whole(label)
            && match_label(label, catalog, None).is_none()
            && next_label().is_some_and(|n| staff_whole_before(label, &n))
        {
            &staff_total
        } else {
            label
        };
        // "总计 | 2860 | 22000", "医院 | 96 | 16000" under column names no reader placed: a
        // breakdown's rows, never a label with its figure and goal.
        if header.columns.is_empty()
            && label == &squeezed
            && (TOTAL_ROWS.contains(&squeezed.as_str())
                || matches!(
                    squeezed.as_str(),
                    "医院" | "基层医疗卫生机构" | "专业公共卫生机构"
                ))
        {
            i = row.end.max(i + 1);
            continue;
        }
        // "甲市 | 6.8 | 7.5": a row a place, under a header that names no indicator, is not
        // this region's indicator to guess.
        if is_place(label) {
            i = row.end.max(i + 1);
            continue;
        }
        // "甲区 | 卫生技术人员(人) | 10,902 | 11,380": a place, then the indicator, a row (a
        // panel); only the whole's rows (全市) are the region's.
        let place_before = cells[..i]
            .iter()
            .rev()
            .take_while(|c| c.2 == line)
            .filter(|c| matches!(&c.1, Cell::Label(l) if is_place(l)))
            .any(|c| another_place(&doc.squeezed(&c.0), cx.region.as_deref()));
        if place_before {
            i = row.end.max(i + 1);
            continue;
        }
        header.spread_bases();
        // An empty unit column ("-") before the figures.
        while !header.columns.is_empty()
            && !unplaced_column
            && row.values.len() > header.columns.len()
            && matches!(row.values.first(), Some(Cell::Empty))
        {
            row.values.remove(0);
            row.own_years.remove(0);
        }
        let next = row.end.max(i + 1);
        // A wide row (a region and a dozen figures under a header of several levels) is not
        // read: which figure is which cannot be told from the cells alone.
        // "项目 | 总量 | 每千人口": a count and its density side by side, not a base and a goal.
        if row.values.is_empty()
            && header.columns.is_empty()
            && (squeezed.starts_with("每千") || squeezed.starts_with("每万"))
            && squeezed.chars().count() <= 8
        {
            density_beside = true;
        }
        if density_beside && header.columns.is_empty() && row.values.len() >= 2 {
            i = next;
            continue;
        }
        if row.values.len() > 3 && !header.fits(row.values.len()) {
            i = next;
            continue;
        }
        // A line with no figures ends the caption's table, unless it is the next caption.
        if row.values.is_empty() {
            // A caption (not its unit line, 单位:人).
            let words = label.chars().filter(|c| is_cjk(*c)).count();
            // ("床位(张) | 卫生技术人员(人)" over "2022 | 2023 | 2022 | 2023": two kinds on the
            // line, each over its own columns, are no one group's name.
            let kinds_on_line = cells
                .iter()
                .filter(|c| c.2 == line)
                .filter(
                    |c| matches!(&c.1, Cell::Label(l) if match_label(l, catalog, None).is_some()),
                )
                .count();
            group = (words < 10
                && kinds_on_line <= 1
                && !label
                    .chars()
                    .any(|c| c.is_ascii_digit() && c != '1' && c != '0')
                && !label.contains(['、', '和', '及'])
                && !label.starts_with('表')
                && !label.starts_with("其中")
                && match_label(label, catalog, None).is_some())
            .then(|| label.to_string());
            // (Nor is either a caption: a caption names one kind, if any.)
            if (words >= 6 || label.starts_with('表'))
                && !label.starts_with("单位")
                && kinds_on_line <= 1
            {
                of_health_staff = staff_caption(label);
                of_a_part = names_a_part(label);
                of_another_place = caption_of_another_place(label, first_place.as_deref(), cx);
                measure = caption_measure(label);
                caption_year = year_in_caption(label);
                listed_units.clear();
                table_base = None;
                rows_read = 0;
            }
            if let Some(base) = base_of_the_table(label, catalog) {
                table_base = Some(base);
            }
            if label.starts_with("单位") || label.starts_with("计量单位") {
                listed_units = units_listed(std::iter::once(label.to_string()));
            }
            caption_unit = label
                .starts_with('表')
                .then(|| label.rfind('('))
                .flatten()
                .filter(|&k| scale_of(&label[k..]) > 1.0)
                .map(|k| label[k..].to_string());
        }
        // 万人 counts people, never beds.
        if let Some(u) = &caption_unit
            && scale_of(&format!("{label}{}", row.unit_words)) == 1.0
            && !(u.contains('人') && label.contains('床'))
        {
            row.unit_words.push_str(u);
        }
        if row.values.is_empty() {
            // A row with a nature but no figure is a goal stated in words.
            if row.nature.is_some() && row.end > i + 1 {
                let r = cells[i].0.start..cells[row.end - 1].0.end;
                goals.push(Goal {
                    year: cx.horizon.unwrap_or(2025),
                    quote: fold_whitespace(doc.quote(&r)),
                    span: doc.bytes(&r),
                });
                taken.push(r);
            }
            i += 1;
            continue;
        }
        header.closed = true;
        rows_read += 1;
        // "全国孕产妇死亡率(1/10万) | 17.8 …" under a city's rows: the nation's, or a wider
        // region's, row beside the region's own.
        let elsewhere = {
            let l = label.trim_start();
            (!cx.national && ["全国", "我国"].iter().any(|w| l.starts_with(w)))
                || cx.wider.iter().any(|w| l.starts_with(w))
        };
        let counted_as_tcm = tcm_resources
            && matches!(match_label(label, catalog, None),
                Some(Subject::Indicator(id) | Subject::Quantity(id)) if id.contains("tcm"));
        if of_a_part && !counted_as_tcm || elsewhere || of_another_place {
            taken.push(cells[i].0.start..cells[row.end - 1].0.end);
            i = row.end.max(i + 1);
            continue;
        }
        // A count without a unit of its own takes the listed one of its kind; none listed of
        // its kind among units in 万: not read.
        if !listed_units.is_empty()
            && scale_of(&format!("{label}{}", row.unit_words)) == 1.0
            && let Some(Subject::Quantity(q)) = match_label(label, catalog, None)
        {
            match count_scale(&listed_units, &q, 1.0) {
                Some(_) => {
                    if let Some(u) = listed_unit(&listed_units, &q) {
                        row.unit_words.push_str(u);
                    }
                }
                None => {
                    i = row.end.max(i + 1);
                    continue;
                }
            }
        }
        let inherit = inherited
            .base_for(label)
            .or(table_base.filter(|_| basis_of(label).is_none()));
        // "全科医生数 | 318" over "#注册为全科医学专业的人数 | 196": a part named like its whole
        // counts no second whole.
        let subject_here = match_label(label, catalog, inherit);
        let marked = label.trim_start().starts_with('#') || label.trim_start().starts_with("其中");
        // "其中:中医类别 | 0.5 | 0.6" under "每千常住人口执业(助理)医师数(人)": the kind of the
        // row above, named after its base ("中医类别执业(助理)医师数").
        // (Only a kind's short name under a density: not "#仅从事管理的人员" under a count.)
        let part = label
            .trim_start()
            .trim_start_matches('#')
            .trim_start_matches("其中")
            .trim_start_matches([':', '：'])
            .trim();
        let with_whole: Option<(String, Subject)> = match whole_label.as_deref() {
            Some(whole) if marked && subject_here.is_none() && a_kinds_short_name(part) => whole
                .rfind("人口")
                .map(|k| format!("{part}{}", &whole[k + "人口".len()..]))
                .and_then(|named| {
                    let s = match_label(&named, catalog, inherit)?;
                    (Some(&s) != last_subject.as_ref()).then_some((named, s))
                }),
            _ => None,
        };
        if !marked && subject_here.is_some() {
            whole_label = Some(label.to_string());
        }
        let (named_with_whole, subject_here) = match with_whole {
            Some((named, s)) => (Some(named), Some(s)),
            None => (None, subject_here),
        };
        if marked && subject_here.is_some() && subject_here == last_subject {
            taken.push(cells[i].0.start..cells[row.end - 1].0.end);
            i = next;
            continue;
        }
        last_subject = subject_here;
        // "某某制药-医药代表 | 6001-8000" under no header: a name the catalog lacks beside a bare
        // figure, with no unit and no 预期性, is a listing (a job's pay), not a plan's goal.
        if header.columns.is_empty()
            && last_subject.is_none()
            && row.nature.is_none()
            && row.unit_words.trim().is_empty()
            && row.values.len() == 1
            && matches!(row.values[0], Cell::Figure(n) if n.unit.is_none() && !n.percent)
        {
            i = row.end.max(i + 1);
            continue;
        }
        let range = cells[label_from].0.start..cells[row.end - 1].0.end;
        // "7.6 | — | —" under "2025年基数 | 2030年目标 | 属性": the 属性 column's dash is no
        // value column's.
        while row.values.len() > header.columns.len()
            && !header.columns.is_empty()
            && matches!(row.values.last(), Some(Cell::Empty))
        {
            row.values.pop();
            row.own_years.pop();
        }
        let cols = header.columns_for(row.values.len(), cx.reports);
        // (And a whole's column beside its parts': "合计 | #医院".)
        let cols: Vec<Column> = match caption_year {
            Some(y) if caption_reached(y, cx) => cols
                .iter()
                .map(|c| match c {
                    Column { year: None, .. } if cols.len() == 1 || c.current || c.previous => {
                        Column {
                            year: Some(y - i32::from(c.previous)),
                            role: Some(Role::Figure),
                            ..*c
                        }
                    }
                    _ => *c,
                })
                .collect(),
            _ => cols,
        };
        push_label_row(
            doc,
            catalog,
            cx,
            named_with_whole.as_deref().unwrap_or(label),
            inherit,
            &row,
            &cols,
            range.clone(),
            rows,
        );
        // "每千人口执业(助理)医师数 | 3.5 | 持续提高": the goal is said in words only.
        if let Some(col) = row
            .values
            .iter()
            .zip(&cols)
            .find(|(c, _)| matches!(c, Cell::InWords))
            .map(|(_, col)| col)
            && let Some((Role::Target, year, _)) = role_and_year(col, &cols, row.nature, cx)
        {
            goals.push(Goal {
                year,
                quote: fold_whitespace(doc.quote(&range)),
                span: doc.bytes(&range),
            });
        }
        taken.push(range);
        i = next;
    }
}

/// The label cell right before `i`, alone on the line before it: the first half of a label a
/// PDF wrapped (kept only where the whole names a density its second half does not).
fn wrapped_label_start(doc: &Doc, cells: &[Placed], i: usize) -> Option<String> {
    let prev = cells.get(i.checked_sub(1)?)?;
    let alone = |k: usize| {
        let l = cells[k].2;
        (k == 0 || cells[k - 1].2 != l) && cells.get(k + 1).is_none_or(|c| c.2 != l)
    };
    let text = doc.norm(&prev.0);
    let t = text.trim();
    // (Its second half may head a row of figures: "每千人口执业(助理)" / "医师数(人) | 2.95".)
    (matches!(prev.1, Cell::Label(_))
        && prev.2 + 1 == cells[i].2
        && alone(i - 1)
        && t.chars().count() <= 12
        && t.chars().all(|c| is_cjk(c) || matches!(c, '(' | ')')))
    .then(|| t.to_string())
}

/// The role and year of a value under `col` (a year column after the document's is a goal; a
/// series of years reports), with whether the year was assumed; `None` where it has none.
fn role_and_year(
    col: &Column,
    cols: &[Column],
    nature: Option<Nature>,
    cx: &Context,
) -> Option<(Role, i32, bool)> {
    // A report's values the header did not place: which year they are of cannot be told.
    if cx.reports && col.role.is_none() && col.year.is_none() {
        return None;
    }
    // "2025年目标值 | 2025年实际值" in a review of 2026: the goal of a year that is over is no
    // goal ahead, and not what was reached either.
    if col.role == Some(Role::Target)
        && let Some(y) = col.year
        && cx.document_year.is_some_and(|d| y < d)
    {
        return None;
    }
    let last_year = cols.iter().filter_map(|c| c.year).max();
    let mut years: Vec<i32> = cols.iter().filter_map(|c| c.year).collect();
    // "2013年 | 2012年": a series, newest first or last.
    years.sort_unstable();
    years.dedup();
    // Three or more year columns with no goal among them, no 预期/约束, or a change column
    // (比上年增长), or years one apart (2021 | 2022, never a plan's base and goal): a series.
    let consecutive = years.len() >= 2 && years.windows(2).all(|w| w[1] - w[0] == 1);
    // "2025年 | 2030年 | 2035年": a plan's horizons five years apart out to 2030 or later, not a
    // yearbook's series.
    // ("2022年 | 2025年 | 2030年", "2023年 | 2025年 | 2030年": a base, then the periods' ends.)
    let horizons = years.len() >= 3
        && (years.windows(2).all(|w| w[1] - w[0] == 5)
            || years[1..].iter().all(|y| y % 5 == 0) && years[1] - years[0] > 1)
        && years.last().is_some_and(|y| *y >= 2030);
    // "基期值 | 2025年 | 2030年": a base column with no year before the years; every year is
    // then a goal.
    let base_before_years = cols
        .iter()
        .position(|c| c.role == Some(Role::Figure) && c.year.is_none() && !c.skip)
        .zip(cols.iter().position(|c| c.year.is_some()))
        .is_some_and(|(base, year)| base < year);
    let series =
        (years.len() >= 3 && !horizons || consecutive || cols.iter().any(|c| c.skip && !c.again))
            && !cols.iter().any(|c| c.role == Some(Role::Target))
            && nature.is_none();
    let role = col
        .role
        .unwrap_or_else(|| match (col.year, cx.document_year) {
            (Some(y), Some(d)) if y > d => Role::Target,
            (Some(_), Some(_)) => Role::Figure,
            // A yearbook holds what was reached; a plan of a period aims at its years.
            (Some(_), None) if cx.yearbook_edition.is_some() => Role::Figure,
            // A review of a plan ("…主要指标中期进展情况", 2020年 | 2023年 | 2025年): what its
            // years before the period's end reached, and the plan's goal for that end.
            (Some(y), None)
                if cx.reports
                    && cx.period_start.is_some()
                    && years.len() >= 2
                    && cx.horizon.is_some_and(|h| years.last() == Some(&h)) =>
            {
                if Some(&y) == years.last() {
                    Role::Target
                } else {
                    Role::Figure
                }
            }
            (Some(y), None) if !cx.reports && cx.period_start.is_some() => {
                if cx.period_start.is_some_and(|s| y >= s) {
                    Role::Target
                } else {
                    Role::Figure
                }
            }
            // "2020年 | 2024年 | 2025年目标 | 2030年目标": a year no period ends on, before the
            // goals the header names as such, is one reached.
            // (Only after a base on a period's end, "2020年 | 2024年 | …": a three-year plan's
            // "2024年 | 2026年 | 2027年目标" aims at 2026 too.)
            (Some(y), None)
                if y % 5 != 0
                    && years.first().is_some_and(|f| f % 5 == 0 && *f < y)
                    && cx.period_start.is_none_or(|p| y < p)
                    && cols
                        .iter()
                        .filter(|c| c.role == Some(Role::Target))
                        .filter_map(|c| c.year)
                        .min()
                        .is_some_and(|g| y < g) =>
            {
                Role::Figure
            }
            // A plan's table with a 属性 column (预期性, 约束性): its first year is the base,
            // the later ones its goals ("2020年 | 2025年 | 2030年 | 属性").
            (Some(y), None) if !cx.reports && nature.is_some() && years.len() >= 2 => {
                if years.first() == Some(&y) && !base_before_years {
                    Role::Figure
                } else {
                    Role::Target
                }
            }
            (Some(_), None) if series => Role::Figure,
            // An undated table out to its horizons: the first year its base, the rest goals.
            (Some(y), None) if horizons => {
                if years.first() == Some(&y) && !base_before_years {
                    Role::Figure
                } else {
                    Role::Target
                }
            }
            // "泉港区 2023" over one column, in a text that aims at no year and names no
            // plan's period or 属性: what a year reached. (Two years five apart, "2020年 |
            // 2025年", remain a plan's base and goal.)
            (Some(_), None)
                if years.len() == 1 && cx.horizon.is_none() && cx.period_start.is_none() =>
            {
                Role::Figure
            }
            (Some(y), None) if last_year.is_some_and(|l| y < l) => Role::Figure,
            // "2020年 | 2023年" in a text that aims at no year: a year no period ends on,
            // under no kind or 属性, is one reached ("2020年 | 2025年" stays a base and a goal).
            (Some(y), None)
                if y % 5 != 0
                    && nature.is_none()
                    && !cx.planned
                    && cx.horizon.is_none()
                    && cx.period_start.is_none() =>
            {
                Role::Figure
            }
            _ => Role::Target,
        });
    match (col.year, role) {
        (Some(y), _) => Some((role, y, false)),
        // (Not a goal whose year is over when the text was written: "指标 | 目标 | 完成" in a
        // review of 2026 names the 十四五's goals, met or not.)
        (None, Role::Target) => cx
            .horizon
            .filter(|h| cx.document_year.is_none_or(|d| d <= *h))
            .map(|h| (role, h, true)),
        // "本年 | 上年" in a yearbook named by its edition (某某统计年鉴2026): the year before
        // the edition's, and the one before it, marked inferred.
        (None, Role::Figure) if cx.yearbook_edition.is_some() && (col.current || col.previous) => {
            cx.yearbook_edition
                .map(|e| (role, e - 1 - i32::from(col.previous), true))
        }
        // A report's 绝对数 is of the year it reports, marked assumed.
        (None, Role::Figure) if cx.reports && (col.current || col.previous) => cx
            .latest_reported
            .or(cx.document_year)
            .map(|y| (role, y - i32::from(col.previous), true)),
        // "现状值 | 目标值" in a plan of a named period: the base is the year before the
        // period opens, marked inferred.
        // (Only a plan out as its period opens, its base before its goal: not an evaluation's
        // 现状值 of a later year.)
        (None, Role::Figure)
            if !cx.reports
                && col.role == Some(Role::Figure)
                && cx
                    .document_year
                    .zip(cx.period_start)
                    .is_none_or(|(d, s)| d <= s + 1)
                && cols
                    .iter()
                    .position(|c| std::ptr::eq(c, col))
                    .zip(
                        cols.iter()
                            .position(|c| c.role == Some(Role::Target) && c.year.is_none()),
                    )
                    .is_some_and(|(base, goal)| base < goal) =>
        {
            cx.period_start.map(|s| (role, s - 1, true))
        }
        // A figure without a year cannot start a lever.
        (None, Role::Figure) => None,
    }
}

/// Whether `s` opens on a year of the page's range ("2026年1—6月").
fn year_at_start(s: &str) -> bool {
    crate::head::year_at(s, 0).is_some() && s[4..].starts_with('年')
}

/// A caption past its number ("表2  ", "附表1 ", "附:").
fn caption_text(caption: &str) -> &str {
    let rest = caption.trim_start();
    let rest = rest.strip_prefix("附:").unwrap_or(rest);
    let rest = rest.strip_prefix("附").unwrap_or(rest);
    match rest.strip_prefix('表') {
        Some(numbered) => numbered
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '-' | '.' | '—'))
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}'),
        None => rest,
    }
}

/// The place a caption opens with, past its number and year ("表2  乙县2023年卫生资源": 乙县).
fn caption_place(caption: &str) -> Option<String> {
    crate::head::region_in(caption_text(caption))
}

/// Whether a caption inside a table's run opens on another place than the region's: a wider
/// whole ("附:全省2023年卫生资源"), or a place other than the region (or, where the text
/// names none, than the first caption's).
fn caption_of_another_place(caption: &str, first: Option<&str>, cx: &Context) -> bool {
    let text = caption_text(caption);
    let text = text.trim_start_matches(|c: char| c.is_ascii_digit() || c == '年');
    let own = cx.region.as_deref().or(first);
    let wider = (!cx.national && text.starts_with("全国"))
        || own
            .map_or(cx.wider, crate::label::wider_than)
            .iter()
            .any(|w| text.starts_with(w));
    // (A caption, numbered or dated, not a label's line: "每千人口县办公立医院…".)
    // (A dated caption: "2023年湖州市…", "湖州市2023年…"; not any line opening on a digit.)
    let dated_first = caption_text(caption).len() > text.len()
        && caption_text(caption)
            .chars()
            .nth(4)
            .is_some_and(|c| c == '年');
    let dated_after = |p: &str| {
        text.strip_prefix(p).is_some_and(|r| {
            r.chars().take(4).all(|c| c.is_ascii_digit()) && r.chars().nth(4) == Some('年')
        })
    };
    let captioned = caption.trim_start().starts_with(['表', '附'])
        || dated_first
        || caption_place(caption).is_some_and(|p| dated_after(&p));
    // (A place by its short name is the same: 湖州 is 湖州市.)
    let bare = |p: &str| {
        p.strip_suffix(['市', '县', '区', '省'])
            .unwrap_or(p)
            .to_string()
    };
    wider
        || captioned
            && caption_place(caption).is_some_and(|p| {
                own.is_some_and(|o| {
                    !o.ends_with(&p)
                        && !p.ends_with(o)
                        && !bare(o).ends_with(&bare(&p))
                        && !places::is_own(&p, Some(o), false)
                })
            })
}

/// "中医类别": a kind's short name, no staff, beds or institutions of its own.
fn a_kinds_short_name(part: &str) -> bool {
    part.chars().count() <= 6
        && !["人员", "人数", "床位", "医师", "医生", "护士", "机构"]
            .iter()
            .any(|w| part.contains(w))
}

/// The rows one label's values give, a value a column.
#[allow(clippy::too_many_arguments)]
fn push_label_row(
    doc: &Doc,
    catalog: &Catalog,
    cx: &Context,
    label: &str,
    inherit: Option<(&'static str, f64)>,
    row: &LabelRow,
    cols: &[Column],
    range: Range<usize>,
    rows: &mut Vec<Row>,
) {
    // "福建省人民政府办公厅 | 2017613": an issuer's signature and its date, run together.
    if super::numbers::ISSUER_ENDS
        .iter()
        .any(|w| label.trim().ends_with(w))
    {
        return;
    }
    // "医疗卫生机构床位数 | 张/千人": a unit cell with a base makes the label a density.
    let with_base = (super::synonyms::base_words(label).is_none()
        && row.unit_words.contains('/')
        && super::synonyms::base_words(&row.unit_words).is_some())
    .then(|| format!("{label}{}", row.unit_words));
    let subject =
        match_label(with_base.as_deref().unwrap_or(label), catalog, inherit).filter(|s| {
            // A percent figure under a staff or bed label is a share, tracked (not one in a
            // column read past: a review's 时序进度); an indicator counted in percent
            // (家庭医生签约服务覆盖率 | 45% | 55%以上) is itself.
            matches!(s, Subject::Indicator(i)
                if catalog.indicator(i).is_some_and(|i| i.unit.zh == "%"))
                || !row
                    .values
                    .iter()
                    .zip(cols.iter().map(Some).chain(std::iter::repeat(None)))
                    .filter(|(_, col)| !col.is_some_and(|c| c.skip))
                    .any(|(c, _)| matches!(c, Cell::Figure(n) if n.percent))
                || matches!(s, Subject::Tracked { .. })
        });
    // "每万人医疗机构床位数(张) | 81.67": the catalog counts it per 1,000. (Not a row run
    // together with its English name, "…Per 10 000 Population 24.9", whose cells cannot be
    // told from the name's digits.)
    // ("…per 10000 Population (unit) 54.24 56.62": a name whose base is one word is read.)
    let split_base = {
        let t = doc.norm(&range);
        t.chars().any(|c| c.is_ascii_alphabetic()) && (t.contains("10 000") || t.contains("1 000"))
    };
    let rebase = (subject.is_none() && !split_base)
        .then(|| super::synonyms::rebased(label, catalog))
        .flatten();
    let subject = subject.or_else(|| rebase.as_ref().map(|(s, _, _)| s.clone()));
    // A count's unit multiplies it (常住人口 | 万人 | 32.9); a density's is its own.
    let scale = match (&subject, &rebase) {
        (_, Some((_, _, factor))) => *factor,
        (Some(Subject::Quantity(_)), _) => scale_of(&format!("{label}{}", row.unit_words)),
        _ => 1.0,
    };
    // "生机构床位数 | 张 | 7.26 | 8.0": a count with a fraction and no 万 is a density whose
    // base the row lost; no count is read from it.
    // (Its figures, not a change column's: "4873 | 6.2" under 绝对数 | 增长%.)
    let read: Vec<f64> = row
        .values
        .iter()
        .zip(cols)
        .filter(|(_, col)| !col.skip)
        .filter_map(|(c, _)| match c {
            Cell::Figure(n) => Some(n.value),
            _ => None,
        })
        .collect();
    let fractional = read.iter().any(|v| v.fract() != 0.0) && read.iter().all(|v| *v < 100.0);
    if scale == 1.0
        && fractional
        && matches!(&subject, Some(Subject::Quantity(q)) if q != "population")
    {
        return;
    }
    let quote = fold_whitespace(doc.quote(&range));
    let span = doc.bytes(&range);
    let label_basis = population_basis(label);
    // Two or more figures under columns the header did not place (no year, no 现状 / 目标):
    // which is the goal cannot be told, so none is read.
    let unplaced = |col: &Column| col.year.is_none() && col.role.is_none() && !col.skip;
    let unplaced_figures = row
        .values
        .iter()
        .zip(cols)
        .filter(|(cell, col)| unplaced(col) && matches!(cell, Cell::Figure(_)))
        .count();
    let first_year = cols.iter().filter_map(|c| c.year).min();
    for (k, (cell, col)) in row.values.iter().zip(cols).enumerate() {
        if col.skip || (unplaced_figures >= 2 && unplaced(col)) {
            continue;
        }
        let Some((role, year, year_inferred)) = role_and_year(col, cols, row.nature, cx) else {
            continue;
        };
        // "≥79.2" under 2025年 in a plan of 2025 (after a base column, 2022年): a bound is a
        // goal, never a figure reached; in a report, under a year gone by, under the base
        // column or a column of 现状, it is neither.
        let bounded = matches!(cell, Cell::Figure(n)
            if n.high.is_some() || matches!(n.after, After::AtLeast | After::AtMost));
        let role = match role {
            Role::Figure if bounded => {
                if !cx.reports
                    && col.role.is_none()
                    && first_year.is_some_and(|f| year > f)
                    && cx.document_year.is_some_and(|d| year >= d)
                {
                    Role::Target
                } else {
                    continue;
                }
            }
            r => r,
        };
        // "78.2(2021年)" under 2022年: the cell names its own year; "人均预期寿命(岁)(2020年)",
        // the row's label does.
        let year = match row.own_years.get(k) {
            Some(Some(y)) if role == Role::Figure => *y,
            _ if role == Role::Figure => labels_own_year(label).unwrap_or(year),
            _ => year,
        };
        let (subject, cmp, cmp_inferred) = match (role, cell) {
            (Role::Figure, Cell::Figure(n)) => {
                let Some(s) = subject.clone() else { continue };
                // A count with a fraction (三、床位情况 (张) | 3.1, the next row's number) is no
                // count.
                let v = n.value * scale;
                let whole = !matches!(s, Subject::Quantity(_)) || (v - v.round()).abs() < 1e-6;
                // (A percent is a figure only of an indicator counted in percent.)
                let in_percent = matches!(&s, Subject::Indicator(i)
                    if catalog.indicator(i).is_some_and(|i| i.unit.zh == "%"));
                if n.percent && !in_percent || n.high.is_some() || !whole {
                    continue;
                }
                (s, Cmp::AtLeast(n.value).scaled(scale), false)
            }
            (Role::Figure, _) => continue,
            (Role::Target, c) => {
                let (cmp, cmp_inferred) = match c {
                    Cell::Figure(n) => {
                        let (cmp, inferred) = cmp_of(n, label);
                        (cmp.scaled(scale), inferred)
                    }
                    Cell::Increase(v) => (Cmp::IncreaseBy(*v), false),
                    Cell::Coverage => (Cmp::FullCoverage, false),
                    _ => continue,
                };
                let subject = match (&subject, c) {
                    (Some(s), Cell::Figure(_)) => s.clone(),
                    _ => Subject::Tracked {
                        label: tracked_label(label),
                        unit: unit_of(label, c),
                    },
                };
                (subject, cmp, cmp_inferred)
            }
        };
        rows.push(Row {
            role,
            subject,
            year,
            year_inferred,
            cmp,
            cmp_inferred,
            nature: (role == Role::Target).then_some(row.nature).flatten(),
            quote: quote.clone(),
            span: span.clone(),
            basis: col.basis.or(label_basis),
            rebased_from: rebase.as_ref().map(|(_, per, _)| *per),
        });
    }
}

/// The year a value's cell names for itself in brackets after its figure: "78.2(2021年)",
/// "3.6(2022)"; not a span ("8.5(2020-2022年平均)") or anything else in brackets.
fn year_in_brackets(cell: &str) -> Option<i32> {
    let c: Vec<char> = cell.trim().chars().collect();
    let open = c.iter().position(|x| *x == '(')?;
    if open == 0 || !c[open - 1].is_ascii_digit() || c.last() != Some(&')') {
        return None;
    }
    let inner: String = c[open + 1..c.len() - 1].iter().collect();
    let inner = inner.strip_suffix('年').unwrap_or(&inner);
    (inner.len() == 4)
        .then(|| inner.parse::<i32>().ok())
        .flatten()
        .filter(|y| (2000..=2035).contains(y))
}

/// The year a row's label ends on in brackets: "人均预期寿命(岁)(2020年)", "(2020年数据)".
fn labels_own_year(label: &str) -> Option<i32> {
    let inner = label.trim_end().strip_suffix(')')?;
    let inner = &inner[inner.rfind('(')? + 1..];
    let inner = inner
        .strip_suffix("数据")
        .unwrap_or(inner)
        .trim_end_matches(['末', '底']);
    let digits = inner.strip_suffix('年')?;
    (digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse::<i32>().ok())
        .flatten()
        .filter(|y| (2000..=2035).contains(y))
}

/// The unit a tracked row is counted in: its cell's (%), or the label's brackets.
fn unit_of(label: &str, cell: &Cell) -> String {
    if let Cell::Figure(n) = cell {
        if n.percent {
            return "%".into();
        }
        if n.ratio {
            return "1:x".into();
        }
    }
    if let Some(p) = label.rfind('(')
        && label.ends_with(')')
    {
        let u = &label[p + 1..label.len() - 1];
        if u.chars().count() <= 6 {
            return u.to_string();
        }
    }
    match cell {
        Cell::Figure(Num { unit: Some(u), .. }) => u.to_string(),
        _ => String::new(),
    }
}

mod categories;
mod layout;
mod long_format;
mod marked_parts;
mod places;
mod staff_tree;
mod units;
mod wrapped;

/// What the readers' own tests build their headers and rows from.
#[cfg(test)]
mod fixtures {
    /// Names split at spaces, a header's cells.
    pub fn names(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_string).collect()
    }

    /// A row of figures, none of them missing.
    pub fn figures(v: &[f64]) -> Vec<Option<f64>> {
        v.iter().map(|x| Some(*x)).collect()
    }
}

#[cfg(test)]
mod tests;
