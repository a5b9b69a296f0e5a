//! What tables and sentences share: what the document's head said, and how a label is read —
//! its numbering, its tracked name, whether its indicator is kept down, and a goal's comparison.

use crate::Cmp;
use crate::numbers::{After, Num};

/// What the document's head said, for its tables and sentences.
pub struct Context {
    pub document_year: Option<i32>,
    /// No date was found: the document's year was taken from its targets.
    pub document_year_inferred: bool,
    /// The year of the page's own date (see `Head::page_year`).
    pub page_year: Option<i32>,
    /// The page came out in the first three months of its year: what it says is now is the
    /// year before's end.
    pub early_in_its_year: bool,
    /// The year a bulletin named in the text's first lines reports (news of it comes out after).
    pub bulletins_year: Option<i32>,
    /// The text names a plan (see `Head::planned`).
    pub planned: bool,
    /// A text that aims nowhere (see `Head::latest_reported`): the year of its figures that
    /// name none.
    pub latest_reported: Option<i32>,
    /// The year a work summary's title sums up (see `Head::summed_up`).
    pub summed_up: Option<i32>,
    /// Where the text first names a whole (全市, 全县, 全区), and its level: a district or a
    /// county (a town) it names after it, in a text naming no region, is its part.
    pub whole_named_at: Option<(usize, char)>,
    pub horizon: Option<i32>,
    /// The first year of the plan's period (十四五: 2021), where the document names one.
    pub period_start: Option<i32>,
    /// The last year of a period the text looks back on (see `Head::reviewed_until`).
    pub reviewed_until: Option<i32>,
    /// The last year of a period a press conference says was completed (see
    /// `Head::period_done`).
    pub period_done: Option<i32>,
    /// A bulletin, a yearbook, a white paper: it reports (see `Head::reports`).
    pub reports: bool,
    /// The document is the nation's (its title names 全国 / 我国 / 中国 and no region).
    pub national: bool,
    /// Words naming a region wider than the document's (a city's 全省): a figure after them is
    /// that region's.
    pub wider: &'static [&'static str],
    /// The document's region as its head names it (苏州市), to tell another place named in a
    /// sentence ("其中,甲市每千人口床位数8.5张") from it.
    pub region: Option<String>,
    /// The document is about health (its title says so): every goal in it is the health plan's.
    /// Only in a document about everything (a work report, a bulletin) are goals sorted by their
    /// own words.
    pub about_health: bool,
    /// The yearbook the text's title names ("某某市统计年鉴2024"): its tables hold the year
    /// before's figures.
    pub yearbook_edition: Option<i32>,
    /// Naming no region, the text speaks of its whole as 全省 first (a province's news): a city
    /// or a county it names is one of its parts.
    pub speaks_as_province: bool,
    /// The last years of the five-year periods the text names (see `time::periods_named`).
    pub periods_named: Vec<i32>,
    /// A government work report (see `Head::opens_its_year`): its 今年 is the year ahead.
    pub opens_its_year: bool,
    /// The latest year the text names as reached (not aimed at, nor compared with).
    pub latest_named: Option<i32>,
}

impl Context {
    /// The year `back` years before the page's (去年: 1, 今年: 0). 去年 counts from the page's own
    /// date where that is the year after the document's (news of a bulletin; a page updated
    /// years later dates nothing it says); 今年 from the document's (a year's summary is posted
    /// in January).
    /// `years_back` for the word that says it: 去年 in news of a bulletin ("《2025年…统计公报》
    /// 解读", with no date of its own) is the bulletin's year, counted from the year after it;
    /// 上年 in the bulletin itself is the year before its own.
    pub fn years_back_said(&self, back: i32, word: char) -> Option<i32> {
        match self.bulletins_year {
            Some(b)
                if word == '去'
                    && self.page_year.is_none()
                    && self.document_year.is_none_or(|d| d == b) =>
            {
                Some(b + 1 - back)
            }
            _ => self.years_back(back),
        }
    }

    pub fn years_back(&self, back: i32) -> Option<i32> {
        let from = match (self.page_year, self.document_year) {
            (Some(p), Some(d)) if back > 0 && p == d + 1 => p,
            _ => self.document_year?,
        };
        Some(from - back)
    }
}

/// Where the text first names its whole as a word (全市, 全县, 全区; not 完全市场, 健全县乡),
/// and its level; none where it speaks of itself at a lower level (我县…全市 is the city around
/// it).
pub fn whole_named_at(doc: &crate::scan::Doc) -> Option<(usize, char)> {
    let c = &doc.chars;
    let (at, level) = c.windows(3).enumerate().find_map(|(at, w)| {
        let word = w[0] == '全'
            && matches!(w[1], '市' | '县' | '区')
            && !(at > 0 && matches!(c[at - 1], '完' | '健' | '安' | '齐' | '周'))
            && !matches!(w[2], '场' | '域' | '乡' | '面' | '国');
        word.then_some((at, w[1]))
    })?;
    let lower_self = match level {
        '市' => ["我县", "我区", "本县", "本区", "全县", "全区"]
            .iter()
            .any(|w| doc.between(0, at).contains(w)),
        _ => false,
    };
    (!lower_self).then_some((at, level))
}

/// Words naming the regions wider than one called `region` (苏州市: the province's 全省).
pub fn wider_than(region: &str) -> &'static [&'static str] {
    if region.ends_with('省') || region.ends_with("自治区") {
        &[]
    } else if region.ends_with('州') || region.ends_with('盟') {
        &["全省", "省平均", "全区平均"]
    } else if region.ends_with('市') {
        // A county-level city's 全州 is the prefecture around it (凯里市 in 黔东南州).
        &["全省", "省平均", "全区平均", "全州", "州平均"]
    } else if region.starts_with("全州") {
        // (全州县: its own name.)
        &["全省", "省平均", "全市平均", "市平均", "全市"]
    } else {
        // A county's or a district's 全市 is the city around it (全州, the prefecture).
        &[
            "全省",
            "省平均",
            "全市平均",
            "市平均",
            "全市",
            "全州",
            "州平均",
        ]
    }
}

/// The level a text speaks of itself at, where it names no region: 我市 / 本市 → "市", 我县 /
/// 本县 → "县", 我区 / 本区 → "区"; a province's own words, or none, give `None`.
pub fn own_level(doc: &crate::scan::Doc) -> Option<&'static str> {
    let text = doc.norm(&(0..doc.chars.len()));
    // In an autonomous region's text 我区 is the province's level; 本区域 is no 区.
    if text.contains("自治区") {
        return None;
    }
    [
        ("市", ["我市", "本市"]),
        ("县", ["我县", "本县"]),
        ("区", ["我区", "本区"]),
    ]
    .into_iter()
    .filter_map(|(level, words)| {
        words
            .iter()
            .filter_map(|w| {
                text.match_indices(w)
                    .find(|(at, _)| !text[at + w.len()..].starts_with('域'))
                    .map(|(at, _)| at)
            })
            .min()
            .map(|at| (at, level))
    })
    .min()
    .map(|(_, level)| level)
}

/// The level a text's whole is named at where it names neither its region nor 我市: 全市 → "市",
/// 全县 → "县" (never 全区, which an autonomous region's text says of itself); `None` where it
/// names the province's whole (全省) first.
pub fn whole_level(doc: &crate::scan::Doc) -> Option<&'static str> {
    let text = doc.norm(&(0..doc.chars.len()));
    if text.contains("自治区") {
        return None;
    }
    // The whole named first: a city's text compares with 全省 after its own 全市.
    [("省", "全省"), ("市", "全市"), ("县", "全县")]
        .into_iter()
        .filter_map(|(level, w)| text.find(w).map(|at| (at, level)))
        .min()
        .map(|(_, level)| level)
        .filter(|level| *level != "省")
}

/// Whether the whole a text names first is 全省 (a province's text, not a city's that compares
/// with its province after its own 全市), and it speaks of no city or county as 我市 / 本县.
pub fn speaks_as_province(doc: &crate::scan::Doc) -> bool {
    let text = doc.norm(&(0..doc.chars.len()));
    let first = [
        ("省", "全省"),
        ("市", "全市"),
        ("县", "全县"),
        ("区", "全区"),
    ]
    .into_iter()
    .filter_map(|(level, w)| text.find(w).map(|at| (at, level)))
    .min()
    .map(|(_, level)| level);
    // An autonomous region's text speaks of its whole as 全区 ("全区已有14个设区市…").
    let region_as_province =
        first == Some("区") && (text.contains("自治区") || text.contains("设区市"));
    (first == Some("省") || region_as_province) && own_level(doc).is_none()
}

/// A page's header fields and document numbers: their figures are dates and serials.
pub const META: &[&str] = &[
    "发布时间",
    "发布日期",
    "成文日期",
    "发表时间",
    "浏览次数",
    "点击次数",
    "索引号",
    "索  引",
    "发文字号",
    "印发日期",
    "来源:",
    "作者:",
    "点赞",
    "IP属地",
    "责任编辑",
    "阅读量",
    "浏览量",
];

/// Whether a line is a page's byline or header ("作者:本站 248 阅读 0 评论 0 点赞").
pub fn is_page_meta(line: &str) -> bool {
    // "相关链接:上饶市2021年每千人口床位数6.62张": a link to another page, not the text's.
    let t = line.trim_start();
    if [
        "相关链接",
        "相关新闻",
        "相关阅读",
        "延伸阅读",
        "推荐阅读",
        "相关报道",
    ]
    .iter()
    .any(|w| {
        t.strip_prefix(w)
            .is_some_and(|r| r.starts_with([':', '：']))
    }) {
        return true;
    }
    // "[2023]15号": a document number's year in brackets (not a footnote mark, "医师[20]1.42万人").
    let numbered = line.match_indices("[20").any(|(at, _)| {
        let rest = &line.as_bytes()[at + 3..];
        rest.len() >= 3 && rest[..2].iter().all(u8::is_ascii_digit) && rest[2] == b']'
    });
    // "〔2022〕15号": a document number (not "年均增长〔累计〕", a plan table's column).
    let document_number = line.match_indices('〔').any(|(at, _)| {
        let rest = &line.as_bytes()[at + '〔'.len_utf8()..];
        rest.len() >= 4 && rest[..4].iter().all(u8::is_ascii_digit)
    });
    // "14-1 卫生机构、床位和人员 ……… 312": a table of contents' line and its page.
    let contents = {
        let rest = line
            .trim_end()
            .trim_end_matches(|c: char| c.is_ascii_digit());
        // (At least three leader dots before the page.)
        rest.len() < line.trim_end().len()
            && rest
                .trim_end()
                .chars()
                .rev()
                .take_while(|c| matches!(c, '…' | '.' | '·' | '⋯'))
                .count()
                >= 3
    };
    // "上海市卫生健康委 1243 10/25/2021 12:00:00 AM": a page's byline, its hits and its time
    // of day, with few words.
    let clock = line.as_bytes().windows(5).any(|w| {
        w[0].is_ascii_digit()
            && w[1].is_ascii_digit()
            && w[2] == b':'
            && w[3].is_ascii_digit()
            && w[4].is_ascii_digit()
    });
    // (A date beside it, "10/25/2021" or "2021-10-25": not "105:100", nor "24:00" alone.)
    let dated = line.as_bytes().windows(6).any(|w| {
        w[0].is_ascii_digit()
            && matches!(w[1], b'/' | b'-')
            && w[2].is_ascii_digit()
            && w[3..].iter().any(|c| matches!(c, b'/' | b'-'))
    });
    let byline = clock && dated && line.chars().filter(|c| crate::scan::is_cjk(*c)).count() <= 20;
    numbered || document_number || contents || byline || META.iter().any(|w| line.contains(w))
}

/// Words of health, care and its resources: a goal the text's own label names without one of
/// them (a sports medal count, days of clean air) is not the health plan's.
const HEALTH_WORDS: &[&str] = &[
    "医",
    "卫生",
    "健康",
    "床",
    "护",
    "药",
    "疾",
    "病",
    "疫",
    "诊",
    "死亡",
    "寿命",
    "妇",
    "幼",
    "婴",
    "孕",
    "产妇",
    "产前",
    "产后",
    "助产",
    "托育",
    "养老",
    "康复",
    "体检",
    "残疾",
    "精神",
    "心理",
    "保健",
    "急救",
    "血",
    "检",
    "院",
    "生育",
    "接种",
    "筛查",
    "签约",
    "慢",
    "癌",
    "传染",
    "艾滋",
    "结核",
    "营养",
    "体育",
    "健身",
    "锻炼",
    "吸烟",
    "控烟",
    "食品",
    "饮用水",
    "厕所",
    "救护",
    "医保",
    "照护",
    "老年",
    "儿童",
    "母婴",
    "诊疗",
    "卫健",
    "疾控",
    "职业",
    "安宁",
    "献血",
];

/// Whether a label speaks of health or its resources.
pub fn about_health(label: &str) -> bool {
    HEALTH_WORDS.iter().any(|w| label.contains(w))
}

/// A paragraph's numbering at the start: "(1)", "2.", "3、", "①".
pub fn strip_numbering(s: &str) -> &str {
    let t = s.trim_start();
    if let Some(rest) = t.strip_prefix('(') {
        let digits = rest.chars().take_while(char::is_ascii_digit).count();
        if digits > 0 && rest[digits..].starts_with(')') {
            return &rest[digits + 1..];
        }
    }
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    let mark = t[digits..]
        .chars()
        .next()
        .filter(|c| matches!(c, '.' | '、'));
    if digits > 0
        && let Some(mark) = mark
    {
        let rest = &t[digits + mark.len_utf8()..];
        if !rest.starts_with(|c: char| c.is_ascii_digit()) {
            return rest;
        }
    }
    let first = t.chars().next();
    if first.is_some_and(|c| ('①'..='⑳').contains(&c)) {
        return &t[first.map_or(0, char::len_utf8)..];
    }
    t
}

/// The label without its numbering and its unit in brackets.
pub fn tracked_label(label: &str) -> String {
    let mut s = label.trim();
    for p in ["其中:", "其中", "#"] {
        if let Some(r) = s.strip_prefix(p) {
            s = r.trim();
        }
    }
    let mut s = strip_numbering(s);
    // "居民健康素养水平较上年度提升2%": the comparison is the figure's, not the label's.
    for w in ["较上年度", "较上一年", "较上年", "比上年", "同比"] {
        if let Some(r) = s.strip_suffix(w)
            && !r.trim().is_empty()
        {
            s = r.trim_end();
        }
    }
    let mut out = s.to_string();
    if let Some(p) = out.rfind('(')
        && out.ends_with(')')
        && out[p..].chars().count() <= 8
    {
        out.truncate(p);
    }
    if out.trim().is_empty() {
        label.to_string()
    } else {
        out.trim().to_string()
    }
}

pub fn lower_is_better(label: &str) -> bool {
    [
        "死亡率",
        "发病率",
        "发生率",
        "感染率",
        "患病率",
        "下降",
        "降低",
        "减少",
        "控制在",
        "不超过",
        "半径",
    ]
    .iter()
    .any(|w| label.contains(w))
}

/// How a target figure compares: its own word, else at least (at most for what plans keep
/// down: mortality, incidence), marked as assumed.
pub fn cmp_of(n: &Num, label: &str) -> (Cmp, bool) {
    if let Some(h) = n.high {
        return (Cmp::Between(n.value, h), false);
    }
    match n.after {
        After::AtLeast => (Cmp::AtLeast(n.value), false),
        After::AtMost => (Cmp::AtMost(n.value), false),
        After::About => (Cmp::About(n.value), false),
        After::None => {
            if lower_is_better(label) {
                (Cmp::AtMost(n.value), true)
            } else {
                (Cmp::AtLeast(n.value), true)
            }
        }
    }
}
