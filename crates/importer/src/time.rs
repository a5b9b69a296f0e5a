//! The grammar of time in a sentence: which year each figure is for. A figure's year is the one
//! its clause anchors (到2025年, 截至2022年末, 2023年末, 2021年,), or its own in a review (由2019年
//! 的a增加到2021年的b); a year after 比 / 较 / 与…相比 / 同比 is a comparison, never a figure's,
//! and a figure in a comparison's clause (比上年增加58张, 比2017年增长18.6%) is a change, not a
//! figure of the region at a year. A review's years carry to the next review in the sentence,
//! and "与2016年相比,分别从a增长到b" starts the review in 2016.

use std::ops::Range;

use crate::numbers::Num;
use crate::scan::Doc;

/// What a year says about the figures after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearKind {
    /// 到2025年, 至2030年, 2025年前: the year a goal aims at.
    Aim,
    /// 截至2022年末, 2023年末, 2021年,: the year figures are reported for.
    AsOf,
    /// 比2017年, 较2020年, 与2016年相比: compared against, never a figure's year.
    Comparison,
    /// 由2019年的 / 从2018年的: where a review starts.
    From,
    /// 增加到2021年的: where a review ends.
    To,
    /// The 2015 of "2015~2020年": where a span starts; the reviews after it start there (those
    /// after a plan's five years, "2021—2025年", at its base: 2020).
    Since,
}

/// A year written in a sentence: where, which, and what kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The year's first character.
    pub at: usize,
    pub year: i32,
    pub kind: YearKind,
}

/// A review's years carried to the next sentence of a paragraph.
pub type Carry = Option<(Option<i32>, Option<i32>)>;

/// Where a figure stands in a review ("由a增加到b").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    From,
    To,
}

/// The time of one sentence.
pub struct Time {
    pub mentions: Vec<Mention>,
    /// Ranges whose figures are changes against a comparison.
    pub changes: Vec<Range<usize>>,
    /// Reviews: (where 由/从 stands, where the figure it ends at starts, the clause's end).
    reviews: Vec<Review>,
    /// Bracketed asides ("(2020年:6.2张)"): a year in one anchors nothing after it.
    brackets: Vec<Range<usize>>,
    /// Documents' titles, 《…》: a period they name dates nothing after them.
    titles: Vec<Range<usize>>,
}

#[derive(Clone, Copy, Debug)]
struct Review {
    /// The 由 / 从.
    from: usize,
    /// The verb that ends it (增加到, 调整为, …): figures before it are where it started.
    verb: usize,
    /// The review's clause ends here.
    end: usize,
    from_year: Option<i32>,
    to_year: Option<i32>,
}

/// Words that say a goal was met: "已实现…目标", "提前完成2020年预期目标" (the last four, met
/// early: `MET_EARLY`).
pub const MET: &[&str] = &[
    "已实现",
    "已达到",
    "已完成",
    "已经实现",
    "已经达到",
    "已达成",
    "提前完成",
    "提前实现",
    "提前达到",
    "提前达成",
];

/// Words after a goal that say it was met: "主要目标全部实现", "各项目标任务圆满完成".
pub const MET_AFTER: &[&str] = &[
    "全部实现",
    "全面实现",
    "全部完成",
    "全面完成",
    "圆满完成",
    "顺利完成",
    "如期完成",
    "如期实现",
    "胜利完成",
    "超额完成",
    "均已完成",
    "均已实现",
    "已全部完成",
    "已全面完成",
    "已完成",
    "已实现",
];

/// Whether the words right after a goal (`after`, from just past 目标) say it was met, its
/// 任务 between: "全部实现:", "任务圆满完成".
pub fn said_met(after: &str) -> bool {
    let after = after.trim_start_matches("任务").trim_start();
    MET_AFTER.iter().any(|w| after.starts_with(w))
}

/// Words that say a goal was met before its time: "提前完成…目标".
pub const MET_EARLY: &[&str] = MET.split_at(6).1;

/// "提前 6 年达成", "提前3年完成": met some years before its time; how many characters.
fn met_years_early(c: &[char], i: usize) -> Option<usize> {
    if !at(c, i, "提前") {
        return None;
    }
    let mut k = i + 2;
    let skip = |k: &mut usize, f: &dyn Fn(char) -> bool| {
        while c.get(*k).is_some_and(|x| f(*x)) {
            *k += 1;
        }
    };
    skip(&mut k, &|x| x == ' ');
    let digits = k;
    skip(&mut k, &|x| {
        x.is_ascii_digit() || "一二三四五六七八九十两".contains(x)
    });
    if k == digits || c.get(k).is_none() {
        return None;
    }
    skip(&mut k, &|x| x == ' ');
    if c.get(k) != Some(&'年') {
        return None;
    }
    k += 1;
    skip(&mut k, &|x| x == ' ');
    ["达成", "实现", "完成", "达到"]
        .iter()
        .any(|w| at(c, k, w))
        .then_some(k + 2 - i)
}

/// `text` without the goals it says were met ("提前完成2020年预期目标"): no aim of its own.
pub fn without_goals_met(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut spans = goals_met(&c, &(0..c.len())).into_iter().peekable();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < c.len() {
        // (Spans come in order; one inside another is cut with it.)
        while spans.peek().is_some_and(|r| r.start < i) {
            spans.next();
        }
        if let Some(r) = spans.next_if(|r| r.start == i) {
            i = r.end;
        } else if let Some(w) = MET.iter().find(|w| at(&c, i, w)) {
            // (A met word with no goal after it is cut alone.)
            i += w.chars().count();
        } else {
            out.push(c[i]);
            i += 1;
        }
    }
    out
}

/// Where the goals a sentence says were met lie: from the met word to its 目标 in the clause.
fn goals_met(c: &[char], s: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for i in s.clone() {
        // (Every met word opens on 已 or 提: a quick test for the text's other characters.)
        if !matches!(c[i], '已' | '提') {
            continue;
        }
        let Some(len) = MET
            .iter()
            .find(|w| at(c, i, w))
            .map(|w| w.chars().count())
            .or_else(|| met_years_early(c, i))
        else {
            continue;
        };
        let from = i + len;
        let end = (from..s.end)
            .take_while(|&k| !matches!(c[k], ',' | ';' | '。'))
            .find(|&k| at(c, k, "目标"));
        if let Some(end) = end {
            out.push(i..end + 2);
        }
    }
    out
}

/// Verbs that end a review: the figure after them is where it went.
pub const REVIEW_VERBS: &[&str] = &[
    "增加到",
    "增加至",
    "提高到",
    "提高至",
    "增长到",
    "增长至",
    "提升到",
    "提升至",
    "上升到",
    "上升至",
    "调整为",
    "调整到",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "减少到",
    "减少至",
    "降至",
    "增至",
    "延长到",
    "延长至",
    "缩短到",
    "缩短至",
    "扩大到",
    "扩大至",
    "达到",
    // "医护比由1:1.24优化为1:1.20", "由4.2‰降为2.1‰".
    "优化为",
    "优化至",
    "优化到",
    "降为",
    "降到",
    "提高为",
    "增加为",
    "改善为",
];

/// Words that open a look back in a work report or a press conference: what follows reports
/// what was reached ("五年来", "过去一年", "这是…的五年"), with how many years it looks back
/// over where it says.
const LOOKING_BACK: &[(&str, Option<i32>)] = &[
    // "今年以来": this year so far (a span of none: the document's own year).
    ("今年以来", Some(0)),
    ("五年来", Some(5)),
    ("过去五年", Some(5)),
    ("过去一年", Some(1)),
    ("一年来", Some(1)),
    ("的五年", Some(5)),
    ("的一年", Some(1)),
    ("回顾", None),
    ("收官之年", None),
    ("这十年", Some(10)),
    ("十年来", Some(10)),
    ("这五年", Some(5)),
    // A plan's review section: "一、发展基础", "(一)发展现状".
    ("发展基础", None),
    ("发展现状", None),
    ("发展成就", None),
    ("主要成就", None),
    // "“十三五”以来", "2016年以来", "十八大以来": up to the document's own time (not "自《规划》
    // 实施以来", which a plan's review of its own progress says).
    ("年以来", None),
    ("”以来", None),
    ("五以来", None),
    ("大以来", None),
];

/// Whether the period `name` at `at` is named as a time gone by: "“十三五”时期", "十三五期间",
/// "回顾“十三五”", "“十三五”发展主要成就" — never "“十三五”以来", which runs up to now.
fn names_period_as_past(text: &str, at: usize, name: &str) -> bool {
    let after: String = text[at + name.len()..]
        .trim_start_matches('”')
        .chars()
        .take(8)
        .collect();
    let before = super::scan::last_chars(&text[..at], 3);
    // Its achievements in a heading ("“十三五”发展主要成就"), not a sentence building on them
    // ("在巩固“十四五”发展成效的基础上,…达到81岁").
    let heading = text.chars().count() <= 30 && !text.contains(['。', ',', ';']);
    !after.starts_with("以来")
        && (after.starts_with("时期")
            || after.starts_with("期间")
            || before.contains("回顾")
            || (heading
                && ["成就", "成效", "发展情况"]
                    .iter()
                    .any(|w| after.contains(w))))
}

/// Words that turn to what is ahead ("今后五年", "今年工作", "主要预期目标").
const LOOKING_AHEAD: &[&str] = &[
    "新的一年",
    "新的五年",
    "未来的五年",
    "今后的五年",
    "发展目标",
    "总体目标",
    "面临形势",
    "今后五年",
    "未来五年",
    "今年",
    "明年",
    "预期目标",
    "主要目标",
    "总体要求",
    "工作安排",
    "工作计划",
    "工作思路",
    "工作打算",
    "下一步",
    "展望",
];

/// Whether the 收官之年 after `before` is a year not yet over when the text was written: the
/// period named last before it ends then or later ("2025年是“十四五”规划收官之年" in 2025), or
/// the year named before it does ("今年是…").
fn closes_ahead(before: &str, document_year: Option<i32>) -> bool {
    let Some(d) = document_year else {
        return false;
    };
    let period_end = PERIODS
        .iter()
        .filter_map(|(name, first)| before.rfind(name).map(|at| (at, first + 4)))
        .max()
        .map(|(_, last)| last);
    let tail: String = before
        .chars()
        .rev()
        .take(16)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    period_end.is_some_and(|last| last >= d) || tail.contains("今年是")
}

/// Whether the text is looking back, paragraph by paragraph, over how many years, and the
/// latest year it has named up to here: a work report's "五年来…托位数增至14.6万个" is that
/// year's figure.
#[derive(Clone, Copy, Debug, Default)]
pub struct Retrospect {
    pub back: bool,
    span: Option<i32>,
    latest: Option<i32>,
    /// A comparison year plus the span looked back over ("五年来…较2020年提高1.16岁": 2025).
    implied: Option<i32>,
    /// The base year of a period looked back on since ("“十四五”以来": 2020): where a review
    /// without years starts.
    since: Option<i32>,
}

impl Retrospect {
    /// A new paragraph: its words may turn back or ahead. A period named as a time that was
    /// over when the document was written ("“十三五”时期" in 2021) is looked back on.
    pub fn paragraph(&mut self, text: &str, document_year: Option<i32>) {
        // Never one compared against ("较“十三五”时期末"): that is a comparison.
        let over = PERIODS
            .iter()
            .map(|(name, first)| (name, first + 4))
            .filter(|(_, last)| document_year.is_some_and(|d| *last < d))
            .flat_map(|(name, last)| {
                text.match_indices(name)
                    .filter(|(at, _)| names_period_as_past(text, *at, name))
                    .map(move |(at, _)| (at, last))
                    .collect::<Vec<_>>()
            })
            .filter(|(at, _)| {
                let before: String = text[..*at].chars().rev().take(2).collect();
                !["较", "比", "与", "同"].iter().any(|w| before.contains(w))
            })
            // Where the first is named, and the latest of them ("在“十三五”时期打下的基础上,
            // “十四五”期间…": 十四五's end).
            .fold(None, |acc: Option<(usize, i32)>, (at, last)| match acc {
                Some((a, l)) => Some((a.min(at), l.max(last))),
                None => Some((at, last)),
            });
        // "2025年是“十四五”收官之年" in a text of 2025 opens the year ahead, not a look back.
        // ("新的一年", "未来的五年", "今后的五年": ahead, not the year or years gone by.)
        let back_at = |w: &str| {
            text.match_indices(w)
                .map(|(at, _)| at)
                .find(|at| {
                    !(w.starts_with('的')
                        && ["新", "来", "后"].iter().any(|b| text[..*at].ends_with(b)))
                })
                .filter(|at| w != "收官之年" || !closes_ahead(&text[..*at], document_year))
        };
        let first_back = LOOKING_BACK
            .iter()
            .filter_map(|(w, _)| back_at(w))
            .chain(over.map(|(at, _)| at))
            .min()
            .map(|at| {
                let span = LOOKING_BACK
                    .iter()
                    .filter_map(|(w, span)| Some((back_at(w)?, (*span)?)))
                    .min()
                    .map(|(_, span)| span);
                (at, span)
            });
        // "今年以来" looks back; only "今年" alone looks ahead.
        let first_ahead = LOOKING_AHEAD
            .iter()
            .filter_map(|w| {
                text.match_indices(w)
                    .find(|(at, _)| !(*w == "今年" && text[at + w.len()..].starts_with("以来")))
                    .map(|(at, _)| at)
            })
            .min();
        match (first_back, first_ahead) {
            (Some((b, span)), a) if a.is_none_or(|a| b < a) => {
                self.back = true;
                // A period over, named here, spans its five years unless this paragraph says
                // its own span ("回顾“十四五”" after a paragraph on 过去一年).
                self.span = span.or(over.map(|_| 5)).or(self.span);
                self.since = PERIODS
                    .iter()
                    .filter(|(name, _)| {
                        text.contains(&format!("{name}以来"))
                            || text.contains(&format!("{name}”以来"))
                    })
                    .map(|(_, first)| first - 1)
                    .max()
                    .or(self.since);
                // A period over when the text was written: its figures are of its end.
                // Its five years: "“十三五”时期…从21.14/10万降至13.49/10万" starts in 2015.
                if let Some((_, last)) = over {
                    self.latest = self.latest.max(Some(last));
                }
                // "五年来,…托位数增至14.6万个,…较2020年提高1.16岁": the paragraph's comparison
                // year dates its figures before it too.
                if let Some(span) = self.span.filter(|s| *s > 0) {
                    let c: Vec<char> = text.chars().collect();
                    for m in year_mentions(&c, &(0..c.len())) {
                        if m.kind == YearKind::Comparison {
                            self.implied = self.implied.max(Some(m.year + span));
                        }
                    }
                }
            }
            (None, None) => {}
            _ => self.back = false,
        }
    }

    /// A sentence that opens on the year gone by ("一年来,…"): it looks back over one year, to
    /// the document's time, not to a year named before it.
    pub fn one_year_back(&mut self) {
        self.back = true;
        self.span = Some(1);
        self.latest = None;
    }

    /// A sentence that opens on last year ("去年,全市…"): it looks back over one year.
    pub fn last_year(&mut self) {
        self.back = true;
        self.span = Some(1);
    }

    /// The years a sentence reports ("2025年是“十四五”收官之年"), never one it aims at.
    pub fn sentence(&mut self, time: &Time, document_year: Option<i32>) {
        if !self.back {
            return;
        }
        for m in &time.mentions {
            // "(2015年为15.07/10万)": an aside's year is its own figure's.
            if time.in_aside(m.at) {
                continue;
            }
            // "由2020年的4.5张增加到2025年的5.8张": where a review ends is reached too.
            // (Undated, "将由2020年的5.1张增加到2030年的7.5张" may aim: only 截至 is reached.)
            let reached = match m.kind {
                YearKind::AsOf => document_year.is_none_or(|d| m.year <= d),
                YearKind::To => document_year.is_some_and(|d| m.year <= d),
                _ => false,
            };
            if reached {
                self.latest = self.latest.max(Some(m.year));
            }
            // "截至“十二五”末,…。“十三五”以来,…提高到78.6岁": since then runs up to now.
            if m.kind == YearKind::Since && self.latest.is_some_and(|l| l <= m.year) {
                self.latest = None;
            }
            // (And a review's start: "这五年,…从2020年的82.4岁提升至83.9岁" goes to 2025.)
            if matches!(m.kind, YearKind::Comparison | YearKind::From)
                && let Some(span) = self.span.filter(|s| *s > 0)
                && document_year.is_none_or(|d| m.year + span < d)
            {
                self.implied = self.implied.max(Some(m.year + span));
            }
        }
    }

    /// The year of a figure looked back on without a year of its own: the latest the text
    /// named, else the year before the document's (a report of 2026 looks back on 2025), else
    /// a comparison's year plus the span looked back over, else the end of the period the text
    /// says it reviews (回顾“十四五”).
    pub fn year(&self, document_year: Option<i32>, reviewed_until: Option<i32>) -> Option<i32> {
        let back = if self.span == Some(0) { 0 } else { 1 };
        self.latest
            .or(document_year.map(|d| d - back))
            .or(self.implied)
            .or(reviewed_until)
    }

    /// The year of a figure looked back on in a text summing up year `summed`: the latest the
    /// text named, else that year.
    pub fn latest_or(&self, summed: i32) -> i32 {
        self.latest.unwrap_or(summed)
    }

    /// Where a look back over a span starts: "五年来…由6.4张增至7.6张" of 2025 starts in 2020.
    pub fn start(&self, document_year: Option<i32>, reviewed_until: Option<i32>) -> Option<i32> {
        match self.span {
            Some(span) => Some(self.year(document_year, reviewed_until)? - span),
            // "“十四五”以来,…由6.9张增加到7.9张": from the period's base year.
            None => self.since,
        }
    }
}

/// Words of change after a comparison: "比上年增加", "较2020年提高".
const CHANGE: &[&str] = &[
    "增加", "增长", "减少", "下降", "提高", "降低", "上升", "多", "少", "高", "低", "持平",
];

/// Verbs whose number is the amount of a change.
pub const CHANGE_VERBS: &[&str] = &[
    "增加", "增长", "减少", "下降", "提高", "降低", "上升", "高出", "低出", "超出", "多出",
];

fn at(chars: &[char], i: usize, w: &str) -> bool {
    w.chars()
        .enumerate()
        .all(|(k, c)| chars.get(i + k) == Some(&c))
}

fn ends_before(chars: &[char], i: usize, w: &str) -> bool {
    // (Past the spaces a page sets around figures: "较 2020 年".)
    let mut i = i;
    while i > 0 && chars[i - 1] == ' ' {
        i -= 1;
    }
    let n = w.chars().count();
    i >= n && at(chars, i - n, w)
}

/// Where a review after a span starts: its first year, or, for a plan's five years
/// ("2021—2025年,…由3.41万人增加到4.18万人", "2021年至2025年"), the year before them, the
/// period's base.
fn plan_periods_base(c: &[char], m: &Mention) -> i32 {
    // (Past the first year's 年, if written, and the mark between.)
    let from = m.at + 4 + usize::from(c.get(m.at + 4) == Some(&'年')) + 1;
    let end: Option<i32> = c
        .get(from..from + 4)
        .map(|d| d.iter().collect::<String>())
        .and_then(|d| d.parse().ok());
    match end {
        Some(e) if e - m.year == 4 && m.year % 5 == 1 => m.year - 1,
        _ => m.year,
    }
}

/// The clause around `i` in `s`: split at commas, semicolons and 。 outside brackets.
fn clause_end(chars: &[char], s: &Range<usize>, i: usize) -> usize {
    let mut depth = 0i32;
    let mut speech = false;
    for (k, c) in chars.iter().enumerate().take(s.end).skip(i) {
        match c {
            '“' if super::scan::opens_speech(chars, k) => speech = true,
            '”' if speech => speech = false,
            '(' | '“' | '《' => depth += 1,
            ')' | '”' | '》' => depth -= 1,
            ',' | ';' | '。' if depth <= 0 => return k,
            _ => {}
        }
    }
    s.end
}

impl Time {
    /// The time of sentence `s`; `carry` is the years of the last review of the sentence before
    /// in the same paragraph ("…从2018年的a增加到2022年的b;床位数由c提高到d").
    pub fn read(doc: &Doc, s: &Range<usize>, carry: Carry) -> Time {
        let c = &doc.chars;
        let mut mentions = year_mentions(c, s);
        mentions.extend(period_mentions(c, s));
        mentions.sort_by_key(|m| m.at);
        let mut time = Time {
            mentions,
            changes: changes(c, s),
            reviews: reviews(doc, s),
            // ("——中期目标(2027年):…达到2.9人": a goal's year in brackets after its name is no
            // aside; it dates the goals after it.)
            brackets: brackets(c, s)
                .into_iter()
                .filter(|b| {
                    !(b.len() == 7
                        && ends_before(c, b.start, "目标")
                        && c[b.start + 1..b.start + 5].iter().all(char::is_ascii_digit)
                        && c[b.start + 5] == '年')
                })
                .collect(),
            titles: titles(c, s),
        };
        time.settle_reviews(c, s, carry);
        time
    }

    /// Each review's own years, else the previous review's in the sentence; a comparison year
    /// before the first review starts it; the sentence's own year ends it.
    fn settle_reviews(&mut self, c: &[char], s: &Range<usize>, carry: Carry) {
        let mut carried: (Option<i32>, Option<i32>) = carry.unwrap_or((None, None));
        // Whether `carried` is a review's of this sentence.
        let mut handed_on = false;
        for r in &mut self.reviews {
            let own = |kind: YearKind, range: Range<usize>| {
                self.mentions
                    .iter()
                    .find(|m| m.kind == kind && range.contains(&m.at))
                    .map(|m| m.year)
            };
            // (Not past a year the review goes to of its own, other than the one carried: "由和平
            // 解放前的35.5岁提高到2012年的67岁" after a review from 2012 to 2019.)
            let own_to = own(YearKind::To, r.verb..r.end);
            let from_year = own(YearKind::From, r.from..r.verb)
                .or(carried
                    .0
                    .filter(|_| own_to.is_none() || own_to == carried.1))
                .or_else(|| {
                    self.mentions
                        .iter()
                        .rev()
                        .find(|m| m.kind == YearKind::Since && m.at < r.from && m.at >= s.start)
                        .map(|m| plan_periods_base(c, m))
                })
                .or_else(|| {
                    // 与2016年相比: a comparison before the review, in the sentence.
                    self.mentions
                        .iter()
                        .rev()
                        .find(|m| {
                            m.kind == YearKind::Comparison && m.at < r.from && m.at >= s.start
                        })
                        .map(|m| m.year)
                });
            // The sentence's own time before one carried from the sentence before ("至2015年,…
            // 由2010年的5.20万人增加至7.13万人" after one that went to 2014); a review before it in
            // the sentence hands on its years first ("…增长到2023年的82.51岁,婴儿死亡率从2.87‰
            // 下降到1.50‰").
            let anchored = || {
                self.mentions
                    .iter()
                    .rev()
                    .find(|m| {
                        matches!(m.kind, YearKind::AsOf | YearKind::Aim)
                            && m.at < r.from
                            && m.at >= s.start
                    })
                    .map(|m| m.year)
            };
            let to_year = own(YearKind::To, r.verb..r.end).or(if handed_on {
                carried.1.or_else(anchored)
            } else {
                anchored().or(carried.1)
            });
            r.from_year = from_year;
            r.to_year = to_year;
            if own(YearKind::From, r.from..r.verb).is_some() {
                carried = (from_year, to_year);
                handed_on = true;
            }
        }
    }

    /// The years of the last review that named its own, for the next sentence.
    pub fn carry(&self) -> Carry {
        self.reviews
            .iter()
            .rev()
            .find(|r| r.from_year.is_some() || r.to_year.is_some())
            .map(|r| (r.from_year, r.to_year))
    }

    /// The year of a comparison whose own figure follows it: "较2020年末的5.2张", "比2022年底
    /// 5010人", "与2019年的4.8张相比", "较2020年末(3.05‰)" — that figure is of the comparison's
    /// year.
    pub fn compared_figures_year(&self, c: &[char], n: &Num) -> Option<i32> {
        self.mentions
            .iter()
            .filter(|m| m.kind == YearKind::Comparison && c.get(m.at + 4) == Some(&'年'))
            .find(|m| {
                let mut k = m.at + 5;
                let mut of = false;
                while k < n.range.start && matches!(c[k], '末' | '底' | '的' | '(') {
                    of |= c[k] == '的';
                    k += 1;
                }
                // ("比2014年的居民平均期望寿命75.73岁略高": its label between, no change's word.)
                if of && k < n.range.start && n.range.start - k <= 16 {
                    let label: String = c[k..n.range.start].iter().collect();
                    // (Not a goal or an average compared: "比2015年的规划目标5.8张高出0.7张".)
                    if label.chars().all(super::scan::is_cjk)
                        && !CHANGE.iter().any(|w| label.contains(w))
                        && ![
                            "目标",
                            "标准",
                            "规划",
                            "预期",
                            "全国",
                            "全省",
                            "平均水平",
                            "延长",
                            "缩短",
                        ]
                        .iter()
                        .any(|w| label.contains(w))
                    {
                        k = n.range.start;
                    }
                }
                // (Not a goal's level in brackets: "与2025年(7.50张)规划目标相比".)
                k == n.range.start
                    && !(c[m.at + 5..n.range.start].contains(&'(')
                        && a_goal_after_its_bracket(c, n.range.end))
            })
            .map(|m| m.year)
    }

    /// Whether position `i` stands in a bracketed aside.
    pub fn in_aside(&self, i: usize) -> bool {
        self.brackets.iter().any(|b| b.contains(&i))
    }

    /// Whether a figure is a change against a comparison, not a figure of a year.
    pub fn is_change(&self, n: &Num) -> bool {
        self.changes.iter().any(|r| r.contains(&n.range.start))
    }

    /// Whether a figure is a change against a goal, a standard or an average ("比规划目标高0.3人").
    pub fn compared_to_a_norm(&self, doc: &Doc, n: &Num) -> bool {
        self.changes
            .iter()
            .filter(|r| r.contains(&n.range.start))
            .any(|r| {
                let before: String = doc.chars[r.start..n.range.start].iter().collect();
                ["目标", "标准", "平均", "要求"]
                    .iter()
                    .any(|w| before.contains(w))
            })
    }

    /// Where a figure stands in a review, and the year of that side (if the text gives one).
    pub fn review_side(&self, n: &Num) -> Option<(Side, Option<i32>)> {
        let r = self
            .reviews
            .iter()
            .find(|r| r.from < n.range.start && n.range.start < r.end)?;
        Some(if n.range.start < r.verb {
            (Side::From, r.from_year)
        } else {
            (Side::To, r.to_year)
        })
    }

    /// The year the review around a figure started at, if the text gives one.
    pub fn review_start(&self, n: &Num) -> Option<i32> {
        self.reviews
            .iter()
            .find(|r| r.from < n.range.start && n.range.start < r.end)
            .and_then(|r| r.from_year)
    }

    /// The year the review around a figure went to, if the text gives one.
    pub fn review_end(&self, n: &Num) -> Option<i32> {
        self.reviews
            .iter()
            .find(|r| r.from < n.range.start && n.range.start < r.end)
            .and_then(|r| r.to_year)
    }

    /// The year the text anchors before `pos` (a comparison year never), nearest first, with
    /// its kind.
    pub fn anchor_before(&self, pos: usize) -> Option<Mention> {
        self.mentions
            .iter()
            .rev()
            .find(|m| {
                m.at < pos
                    && !matches!(
                        m.kind,
                        YearKind::Comparison | YearKind::Since | YearKind::From
                    )
                    // "(2020年:6.2张),每千人口注册护士数达到3.8人": an aside's year stays in it.
                    && !self
                        .brackets
                        .iter()
                        .any(|b| b.contains(&m.at) && b.end <= pos)
                    // "由“十三五”末的2.6人提高到3.2人": where it started is not where it went.
                    && !self
                        .reviews
                        .iter()
                        .any(|r| (r.from..r.verb).contains(&m.at) && pos >= r.verb)
            })
            .copied()
    }

    /// The list of years that `last` ends ("到2025年和2035年", "2025年、2030年"), in order; `last`
    /// alone where it ends none.
    pub fn listed_years(&self, doc: &Doc, last: Mention) -> Vec<Mention> {
        let mut years = vec![last];
        for m in self.mentions.iter().rev().filter(|m| m.at < last.at) {
            let first = years[0];
            let gap = doc.between(m.at + 5, first.at);
            let anchors = |k: YearKind| matches!(k, YearKind::Aim | YearKind::AsOf);
            if !anchors(m.kind)
                || !anchors(first.kind)
                || !matches!(gap.as_str(), "和" | "、" | "及" | "与" | "以及")
            {
                break;
            }
            years.insert(0, *m);
        }
        years
    }

    /// The years of a span that `last` ends ("2021—2023年": 2021, 2022, 2023), in order; empty
    /// where it ends none.
    pub fn span_years(&self, doc: &Doc, last: Mention) -> Vec<Mention> {
        let Some(start) = self
            .mentions
            .iter()
            .rev()
            .find(|m| m.kind == YearKind::Since && m.at < last.at)
        else {
            return Vec::new();
        };
        let gap = doc.between(start.at + 4, last.at);
        let dash = matches!(gap.as_str(), "—" | "-" | "~" | "～" | "–");
        if !dash || start.year >= last.year || last.year - start.year > 10 {
            return Vec::new();
        }
        (start.year..=last.year)
            .map(|year| Mention {
                at: last.at,
                year,
                kind: YearKind::AsOf,
            })
            .collect()
    }

    /// The year written right before a figure ("2019年的2.41人"), if any.
    pub fn own_year(&self, doc: &Doc, n: &Num) -> Option<i32> {
        // "较2021年的6.3张", "较2020年(5.6张)": the comparison's own figure is of its year.
        let compared = self
            .mentions
            .iter()
            .rev()
            .find(|m| m.kind == YearKind::Comparison && m.at < n.range.start)
            .filter(|m| {
                // ("较2015年的4.35‰、5.91‰、10.46/10万": each of the list's.)
                let gap = doc.between(m.at + 5, n.range.start);
                matches!(gap.as_str(), "的" | "(")
                    || gap.strip_prefix('的').is_some_and(|rest| {
                        // (Figures and their units only: "的9.1天、", not "的全国平均水平5.4‰、".)
                        rest.starts_with(|c: char| c.is_ascii_digit())
                            && rest.ends_with('、')
                            && !rest.contains([',', ';', '。', '的', '比', '较'])
                    })
            })
            .map(|m| m.year);
        // ("由2010年的76.3岁增加了约1岁": where a change started, though no review's verb ends
        // it.)
        let m = self.anchor_before(n.range.start).or_else(|| {
            self.mentions
                .iter()
                .rev()
                .find(|m| m.kind == YearKind::From && m.at < n.range.start)
                .copied()
        });
        let own = m.and_then(|m| {
            let gap: String = doc.chars.get(m.at + 5..n.range.start)?.iter().collect();
            // ("降到2030年的≤5‰": the bound written before the figure.)
            let gap = gap.trim_end_matches(['≤', '≥']);
            (gap == "的" || gap.is_empty()).then_some(m.year)
        });
        compared.or(own)
    }

    /// The last year anchored in the sentence, for the next sentence of the paragraph.
    /// The year a sentence hands on to the next past its semicolon: its last anchor, but not a
    /// year that only dates its own figure beside the one the sentence opened on ("到2030年,…
    /// 84.5岁,到2035年达到85岁以上;" and "床位数2030年达到7张、2035年达到7.5张;" hand on 2030).
    pub fn carried_anchor(&self, c: &[char]) -> Option<Mention> {
        let anchors: Vec<Mention> = self.anchors().collect();
        let own_figure = |m: &Mention| {
            let after: String = c.iter().skip(m.at + 5).take(5).collect();
            let after = after.trim_start_matches(['底', '末']);
            [
                "达到",
                "为",
                "达",
                "提高到",
                "增加到",
                "可达到",
                "可达",
                "将达到",
            ]
            .iter()
            .any(|w| {
                after
                    .strip_prefix(w)
                    .is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()))
            })
        };
        match anchors.split_first() {
            Some((first, rest)) if rest.iter().any(|m| m.year != first.year) => anchors
                .iter()
                .rev()
                .find(|m| !own_figure(m) || m.at == first.at)
                .copied(),
            _ => anchors.last().copied(),
        }
    }

    fn anchors(&self) -> impl Iterator<Item = Mention> + '_ {
        self.mentions
            .iter()
            .filter(|m| {
                matches!(m.kind, YearKind::Aim | YearKind::AsOf)
                    && !self.brackets.iter().any(|b| b.contains(&m.at))
                    && !self.titles.iter().any(|b| b.contains(&m.at))
            })
            .copied()
    }
}

/// "2025年全市卫生健康工作会议召开。会议总结了过去一年…": the year at `year_at` names a health
/// meeting that looks back, which dates no figure (its 过去一年 is the year before; not
/// "2024年度…工作会议", the year's own).
pub fn names_a_meeting_looking_back(c: &[char], year_at: usize) -> bool {
    let after = year_at + 5;
    if c.get(after) == Some(&'度') {
        return false;
    }
    // (Read in place: every year of every sentence comes here.)
    let holds = |to: usize, w: &str| {
        let n = w.chars().count();
        (after..to.min(c.len()))
            .take_while(|k| k + n <= to.min(c.len()))
            .any(|k| at(c, k, w))
    };
    let name_end = (after..(after + 16).min(c.len()))
        .find(|&k| matches!(c[k], ',' | '。' | ';' | ':' | '、' | '\n'))
        .unwrap_or((after + 16).min(c.len()));
    holds(name_end, "工作会议")
        && holds(name_end, "卫生")
        && ["过去一年", "一年来"].iter().any(|w| holds(after + 160, w))
}

/// Every "2020年" of sentence `s` with what it is (an aim, a comparison, a review's start or
/// end, a time as of which), and the start of a span ("2015~2020年").
pub fn year_mentions(c: &[char], s: &Range<usize>) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let mut i = s.start;
    while i + 5 <= s.end {
        // "2015~2020年", "2016-2020年": a span; its end is read as a year below.
        let span_start = c[i..i + 4].iter().all(char::is_ascii_digit)
            && (i == 0 || !c[i - 1].is_ascii_digit())
            && matches!(
                c.get(i + 4),
                Some('~' | '-' | '—' | '–' | '－' | '～' | '至' | '到')
            )
            && c.get(i + 5..i + 9)
                .is_some_and(|d| d.iter().all(char::is_ascii_digit))
            && c.get(i + 9) == Some(&'年');
        if span_start {
            let year: i32 = c[i..i + 4].iter().collect::<String>().parse().unwrap_or(0);
            mentions.push(Mention {
                at: i,
                year,
                kind: YearKind::Since,
            });
            i += 5;
            continue;
        }
        let is_year = c[i..i + 4].iter().all(char::is_ascii_digit)
            && c.get(i + 4) == Some(&'年')
            && (i == 0 || !c[i - 1].is_ascii_digit());
        if !is_year {
            i += 1;
            continue;
        }
        let year: i32 = c[i..i + 4].iter().collect::<String>().parse().unwrap_or(0);
        if !(1900..=2100).contains(&year) {
            i += 5;
            continue;
        }
        let after = i + 5;
        if names_a_meeting_looking_back(c, i) {
            i = after;
            continue;
        }
        let span_end = i > 0
            && mentions
                .last()
                .is_some_and(|m: &Mention| m.kind == YearKind::Since && m.at + 5 == i);
        // "2015年至2020年,…从76.34岁提高到77.93岁": a span's first year, written out, starts it.
        let opens_span = matches!(
            c.get(after),
            Some('至' | '到' | '-' | '—' | '–' | '~' | '～')
        ) && c
            .get(after + 1..after + 5)
            .is_some_and(|d| d.iter().all(char::is_ascii_digit))
            && c.get(after + 5) == Some(&'年');
        let kind = if opens_span && !ends_before(c, i, "从") && !ends_before(c, i, "由") {
            YearKind::Since
        } else {
            year_kind(c, i, span_end)
        };
        mentions.push(Mention { at: i, year, kind });
        i = after;
    }
    // "提前达到健康中国行动2022年≤7.5‰的目标": a goal met names its year, no time of the text's
    // figures.
    let met = goals_met(c, s);
    mentions.retain(|m: &Mention| !met.iter().any(|r| r.contains(&m.at)));
    mentions
}

/// What the words around the year at `i` make of it; `span_end`: it ends a span.
fn year_kind(c: &[char], i: usize, span_end: bool) -> YearKind {
    let after = i + 5;
    // "2020年至2024年": the end of a span of years, not a year aimed at; unless the words after
    // it aim ("从2020年到2025年,…将由6.2张增加到7.0张").
    let aims_after = {
        let after: String = c.iter().skip(after).take(30).collect();
        ["将", "力争", "预计", "目标", "争取"]
            .iter()
            .any(|w| after.contains(w))
    };
    let span_end = span_end
        || (i >= 6
            && matches!(c[i - 1], '至' | '到' | '-' | '—' | '~' | '～')
            && c[i - 2] == '年'
            && c[i - 6..i - 2].iter().all(char::is_ascii_digit)
            && !aims_after);
    if span_end {
        YearKind::AsOf
    } else if (ends_before(c, i, "按") || ends_before(c, i, "以"))
        && [
            "末常住人口",
            "常住人口",
            "末户籍人口",
            "户籍人口",
            "末人口",
            "人口",
        ]
        .iter()
        .any(|w| at(c, after, w))
    {
        // "按2024年末常住人口计算,每千人口床位数7.42张": the population the rate is counted
        // on, not the rate's year (a report of mid-2025).
        YearKind::Comparison
    } else if ends_before(c, i, "比")
        || ends_before(c, i, "较")
        || ends_before(c, i, "与")
        || ends_before(c, i, "同")
        || ends_before(c, i, "相比")
        // "在2020年基础上提高1岁", "以2020年为基数".
        || at(c, after, "基础上")
        // "提高至70.6岁,提前完成2020年预期目标": a goal's year met early, no year of the
        // figures'.
        || MET_EARLY.iter().any(|w| ends_before(c, i, w))
        || at(c, after, "的基础上")
        // "在2020年77.8岁的基础上提高1岁": the base's figure between the year and its 基础上;
        // "距离2025年80岁的目标仅一步之遥": a goal's figure, held up to.
        || ({
            let rest: String = c[after.min(c.len())..]
                .iter()
                .take(20)
                .take_while(|c| !matches!(c, ',' | ';' | '。' | '，' | '；'))
                .collect();
            // ("低于“十四五”规划提出的2025年3.93人的目标": held up to, words before the year.)
            let before: String = c[i.saturating_sub(20)..i]
                .iter()
                .rev()
                .take_while(|c| !matches!(c, ',' | ';' | '。' | '，' | '；'))
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            (ends_before(c, i, "在") && rest.contains("基础上"))
                || (["距", "距离", "接近"].iter().any(|w| ends_before(c, i, w))
                    && rest.contains("目标"))
                || (["低于", "高于", "超过", "优于"].iter().any(|w| before.contains(w))
                    && rest.contains("的目标"))
        })
        || (ends_before(c, i, "以") && at(c, after, "为基"))
        // "是2012年的1.8倍": a multiple of that year's, no time of what follows.
        || (at(c, after, "的")
            && c[after..(after + 8).min(c.len())].contains(&'倍'))
        // "已接近2025年目标值(78.5岁)", "超过2025年目标": a figure held up to a goal's year.
        || ((at(c, after, "目标") || at(c, after, "规划目标"))
            && ["接近", "超过", "完成", "实现", "达到", "距", "离", "低于", "高于"]
                .iter()
                .any(|w| ends_before(c, i, w)))
    {
        YearKind::Comparison
    } else if names_its_figure(c, after) && (ends_before(c, i, "由") || ends_before(c, i, "从")) {
        YearKind::From
    } else if names_its_figure(c, after)
        && (ends_before(c, i, "到") || ends_before(c, i, "至") || ends_before(c, i, "为"))
        // (Not "截至2025年12月31日,…": a date the figures are counted to, read by its month.)
        && !(ends_before(c, i, "截至") || ends_before(c, i, "截止"))
    {
        YearKind::To
    } else if ends_before(c, i, "截至") || ends_before(c, i, "截止") {
        YearKind::AsOf
    } else if ends_before(c, i, "到")
        || ends_before(c, i, "至")
        || at(c, after, "前")
        || at(c, after, "底前")
        // "以及2023年重点工作": a year's work ahead.
        || ["重点工作", "工作安排", "工作计划", "工作要点", "目标任务", "主要任务"]
            .iter()
            .any(|w| at(c, after, w))
        || plans_its_year(c, i)
        // "——中期目标(2027年):…达到2.9人": a goal's year in brackets after its name.
        || (ends_before(c, i, "目标(") && at(c, after, ")"))
    {
        YearKind::Aim
    } else {
        YearKind::AsOf
    }
}

/// The year ending before `after` is its figure's: "2015年的7.5%", "由2015年7.5%提升到2020年16.7%".
fn names_its_figure(c: &[char], after: usize) -> bool {
    // "由2020年末的6.45张".
    let after = if at(c, after, "末") || at(c, after, "底") {
        after + 1
    } else {
        after
    };
    at(c, after, "的")
        || c.get(after)
            .is_some_and(|d| d.is_ascii_digit() || matches!(d, '≤' | '≥'))
}

/// Whether the words right after the bracket a figure stands in name a goal or a norm
/// ("(7.50张)规划目标", "(3.50人)目标值"): the figure is that goal's, not a level reached.
pub fn a_goal_after_its_bracket(c: &[char], figure_end: usize) -> bool {
    let after: String = c[figure_end..]
        .iter()
        .skip_while(|ch| **ch != ')')
        .skip(1)
        .take(6)
        .collect();
    ["规划", "目标", "要求", "标准"]
        .iter()
        .any(|w| after.contains(w))
}

/// A year in brackets right after a figure is its own: "74.70岁(2019年数据)", "6.2张(2022年)".
pub fn bracketed_year(c: &[char], figure_end: usize) -> Option<i32> {
    // Past the unit ("岁", "/10万", "‰").
    let open = (figure_end..(figure_end + 5).min(c.len())).find(|&k| c[k] == '(')?;
    if c[figure_end..open]
        .iter()
        .any(|x| matches!(x, ',' | '、' | ';' | '。') || x.is_ascii_digit())
    {
        return None;
    }
    let digits: String = c.get(open + 1..open + 5)?.iter().collect();
    let year: i32 = digits.parse().ok()?;
    let rest: String = c.get(open + 5..(open + 10).min(c.len()))?.iter().collect();
    let closes = ["年)", "年数据)", "年数)", "年值)", "年底)", "年末)"]
        .iter()
        .any(|w| rest.starts_with(w));
    ((1949..=2100).contains(&year) && closes).then_some(year)
}

/// "获评广州市2021年度综合医改考核A等次", "2020年被评为…先进集体": the year of an award or an
/// assessment names what was judged, not the time of the text's figures.
pub fn an_awards_year(c: &[char], at: usize) -> bool {
    const AWARDS: &[&str] = &["获评", "荣获", "评为", "授予", "表彰"];
    let text = |from: usize, to: usize| -> String {
        c.get(from.min(c.len())..to.min(c.len()))
            .map(|x| x.iter().collect())
            .unwrap_or_default()
    };
    let after = text(at + 4, at + 10);
    let before = text(at.saturating_sub(12), at);
    match after.strip_prefix('年') {
        Some(rest) if rest.starts_with('度') => AWARDS.iter().any(|w| before.contains(w)),
        Some(rest) => AWARDS.iter().any(|w| {
            rest.starts_with(w) || rest.strip_prefix('被').is_some_and(|r| r.starts_with(w))
        }),
        None => false,
    }
}

/// "成功举办了2013年春节、元宵节大型社火表演活动": the year of an event held, or of a festival,
/// dates no figure of the sentences after it.
pub fn an_events_year(c: &[char], at: usize) -> bool {
    let text = |from: usize, to: usize| -> String {
        c.get(from.min(c.len())..to.min(c.len()))
            .map(|x| x.iter().collect())
            .unwrap_or_default()
    };
    let before = text(at.saturating_sub(8), at);
    let before = before.rsplit([',', '。', ';', ':']).next().unwrap_or("");
    let after = text(at + 4, at + 8);
    ["举办了", "举行了", "承办了", "举办", "举行", "承办"]
        .iter()
        .any(|w| before.ends_with(w))
        || after.strip_prefix('年').is_some_and(|r| {
            ["春节", "元宵", "国庆", "中秋", "端午", "元旦"]
                .iter()
                .any(|w| r.starts_with(w))
        })
}

/// Whether the year at `at` opens a day's date ("2026年1月20日"): a date a report was made
/// on, whose clause a later "去年…" looks back from.
pub fn opens_a_days_date(c: &[char], at: usize) -> bool {
    let rest: String = c.iter().skip(at + 5).take(7).collect();
    let month = rest.chars().take_while(char::is_ascii_digit).count();
    (1..=2).contains(&month) && rest.chars().nth(month) == Some('月') && {
        let day: String = rest.chars().skip(month + 1).collect();
        let digits = day.chars().take_while(char::is_ascii_digit).count();
        (1..=2).contains(&digits) && matches!(day.chars().nth(digits), Some('日' | '号'))
    }
}

/// The five-year periods plans are named after, with their first year (the last is four on).
pub const PERIODS: &[(&str, i32)] = &[("十三五", 2016), ("十四五", 2021), ("十五五", 2026)];

/// The last years of the five-year periods a text names (“十三五”: 2020), read once a text.
pub fn periods_named(text: &str) -> Vec<i32> {
    PERIODS
        .iter()
        .chain(EARLIER_PERIODS)
        .filter(|(name, _)| text.contains(name))
        .map(|(_, first)| first + 4)
        .collect()
}

/// Periods before the plans' own, read only where a figure is reported as of their end
/// ("截至“十二五”末,…"): elsewhere a sentence naming them may start a review or build on them.
const EARLIER_PERIODS: &[(&str, i32)] = &[("十一五", 2006), ("十二五", 2011)];

/// A five-year period names its last year: "到“十四五”期末", "“十三五”时期".
pub fn period_mentions(c: &[char], s: &Range<usize>) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for (name, last) in EARLIER_PERIODS.iter().map(|(n, first)| (*n, first + 4)) {
        for k in s.clone().filter(|&k| at(c, k, name)) {
            let as_of = ["截至", "截至“", "截止", "截止“"]
                .iter()
                .any(|w| ends_before(c, k, w));
            let its_end = ["末", "”末", "期末", "”期末", "”末期", "末期"]
                .iter()
                .any(|w| at(c, k + 3, w));
            // "从“十一五”末的76.5岁提高到77.92岁": where a review starts.
            let from = ["从", "从“", "由", "由“"]
                .iter()
                .any(|w| ends_before(c, k, w));
            if its_end && (as_of || from) {
                mentions.push(Mention {
                    at: k,
                    year: last,
                    kind: if as_of {
                        YearKind::AsOf
                    } else {
                        YearKind::From
                    },
                });
            }
        }
    }
    for (name, last) in PERIODS.iter().map(|(n, first)| (*n, first + 4)) {
        let mut k = s.start;
        while k < s.end {
            // "巩固“十四五”成效", "在“十三五”时期打下的坚实基础上": a period built on is no time
            // of the sentence's.
            let builds_on = at(c, k, name)
                && (["巩固", "巩固“", "拓展", "拓展“"]
                    .iter()
                    .any(|w| ends_before(c, k, w))
                    || c[k..(k + 16).min(c.len())]
                        .iter()
                        .collect::<String>()
                        .contains("基础上"));
            // "提前实现“十四五”规划目标(7.0张)": goals met before the period's end; the period
            // is no time of the sentence's figures. (Met at its end, "完成“十三五”规划目标", it
            // still dates them.)
            let met_early = at(c, k, name)
                && MET_EARLY.iter().any(|w| {
                    ends_before(c, k, w)
                        || ends_before(c, k, &format!("{w}“"))
                        || ends_before(c, k, &format!("{w}\""))
                });
            // "“十五五”开局之年,我市…达到4.7个", "进入“十五五”,全市…已达3.76人", "紧紧围绕“十五
            // 五”规划目标任务,截至11月底,…": the period opening, or one worked towards, is no
            // time the sentence's figures aim at.
            let opening_or_framed = at(c, k, name)
                && (["开局", "”开局", "开好局", "”开好局", "起步", "”起步"]
                    .iter()
                    .any(|w| at(c, k + 3, w))
                    || ["进入", "围绕", "聚焦"]
                        .iter()
                        .any(|w| ends_before(c, k, w) || ends_before(c, k, &format!("{w}“"))));
            if builds_on || met_early || opening_or_framed {
                k += 3;
                continue;
            }
            if at(c, k, name) {
                // A comparison ("比“十三五”末") is read as one.
                // A figure held up to the period's plan: "低于“十四五”规划提出的2025年3.93人的
                // 目标" names the plan, not a time of the sentence's.
                let held_to_plan = {
                    let before: String = c[k.saturating_sub(12)..k]
                        .iter()
                        .rev()
                        .take_while(|c| !matches!(c, ',' | ';' | '。'))
                        .collect();
                    let after: String = c[(k + 3).min(c.len())..(k + 10).min(c.len())]
                        .iter()
                        .collect();
                    ["于低", "于高", "过超", "于优"]
                        .iter()
                        .any(|w| before.contains(w))
                        && [
                            "规划提出",
                            "规划确定",
                            "规划目标",
                            "”规划提出",
                            "”规划确定",
                            "”规划目标",
                        ]
                        .iter()
                        .any(|w| after.starts_with(w))
                };
                // (Past the period's opening quote: “, or a page's plain " or ‘; corner quotes
                // are “ already, as `Doc::new` reads them.)
                let q = if k > 0 && matches!(c[k - 1], '“' | '"' | '‘') {
                    k - 1
                } else {
                    k
                };
                let kind = if ends_before(c, q, "比") || ends_before(c, q, "较") || held_to_plan {
                    YearKind::Comparison
                } else if ["从", "由"].iter().any(|w| ends_before(c, q, w)) {
                    // "从“十三五”末的5.6张增加到6.5张": where a review starts.
                    YearKind::From
                } else if ["回顾", "完成", "截至", "截止"]
                    .iter()
                    .any(|w| ends_before(c, q, w))
                {
                    // "回顾“十四五”时期工作", "截至“十四五”末": the period's end is a year reached.
                    YearKind::AsOf
                } else if ["末,", "”末,", "末，", "”末，", "\"末,"]
                    .iter()
                    .any(|w| at(c, k + 3, w))
                    && (k == s.start || !matches!(c[k - 1], '到' | '至'))
                    && (k < 2 || !matches!(c[k - 2], '到' | '至'))
                {
                    // "“十三五”末,全市每千人口床位数达到6.21张": the sentence opens on the
                    // period's end as a time, not one it aims at ("到“十四五”末").
                    YearKind::AsOf
                } else {
                    YearKind::Aim
                };
                // "“十三五”以来": a look back from the year before the period, its base.
                let since = at(c, k + 3, "以来") || at(c, k + 3, "”以来");
                mentions.push(if since {
                    Mention {
                        at: k,
                        year: last - 5,
                        kind: YearKind::Since,
                    }
                } else {
                    Mention {
                        at: k,
                        year: last,
                        kind,
                    }
                });
                k += 3;
            } else {
                k += 1;
            }
        }
    }
    mentions
}

/// "2025年,计划实施民生实事11项" (the year at `year_at`): what the year is to bring (not
/// 计划生育).
pub fn plans_its_year(c: &[char], year_at: usize) -> bool {
    let after = year_at + 5;
    // ("2025年,我们将新建…": what the year will bring, in a report of that year; not "全市将
    // …", where 将 may be 把.)
    c.get(year_at + 4) == Some(&'年')
        && [",计划", "计划", ",我们将"].iter().any(|w| {
            // (Not "全市将近3000张", nearly; nor "我们将卫生健康工作摆在…", 将 as 把.)
            let next = after + w.chars().count();
            let as_ba = || {
                let clause: String = c[next.min(c.len())..]
                    .iter()
                    .take_while(|ch| !matches!(ch, ',' | '。' | ';'))
                    .take(30)
                    .collect();
                ["作为", "摆在", "放在", "列为", "纳入", "当作", "当成"]
                    .iter()
                    .any(|x| clause.contains(x))
            };
            at(c, after, w) && !at(c, next, "生育") && !at(c, next, "近") && !as_ba()
        })
}

/// Whether the level verb `w` at `j` names where a figure went: not "提高至少1岁" (at least
/// one more) nor "提高到原来的1.3倍" (a multiple).
fn names_a_level(c: &[char], j: usize, w: &str, end: usize) -> bool {
    if !at(c, j, w) {
        return false;
    }
    let after = j + w.chars().count();
    let Some(d) = (after..end).find(|&k| c[k].is_ascii_digit()) else {
        return false;
    };
    let between: String = c[after..d].iter().collect();
    let unit = c.get(number_end(c, d, end));
    !between.starts_with(['少', '多']) && !between.contains("原来") && unit != Some(&'倍')
}

/// A comparison's clause: what follows is a change, unless a review follows it
/// ("与2016年相比,分别从a增长到b": then the comparison's year starts the review).
fn changes(c: &[char], s: &Range<usize>) -> Vec<Range<usize>> {
    let mut changes = Vec::new();
    let mut k = s.start;
    while k < s.end {
        let marker = if at(c, k, "比上年") || at(c, k, "较上年") || at(c, k, "同比") {
            Some(k)
        } else if (c[k] == '比' || c[k] == '较')
            && !matches!(c.get(k + 1), Some('例') | Some('重') | Some('率'))
            && k > s.start
            && !matches!(c[k - 1], '医' | '护' | '床' | '人' | '相')
        {
            // 比 / 较 followed within a few characters by a word of change.
            let window: String = c[k..(k + 12).min(s.end)].iter().collect();
            CHANGE
                .iter()
                .any(|w| window[window.char_indices().nth(1).map_or(0, |(b, _)| b)..].contains(w))
                .then_some(k)
        } else {
            None
        };
        // "床位增加1340张", "增长了7.56%": the amount of a change, in any sentence, never a
        // level; a level follows 到 / 至 / 为 ("增加到").
        if marker.is_none()
            && let Some(verb) = CHANGE_VERBS.iter().find(|w| at(c, k, w))
        {
            let mut j = k + verb.chars().count();
            if c.get(j) == Some(&'了') {
                j += 1;
            }
            if c.get(j).is_some_and(|d| d.is_ascii_digit()) {
                let mut end = number_end(c, j, s.end);
                // "分别下降1.66人、0.64人、0.71人": each amount listed is a change (after 分别
                // only: "增长12.5%、60岁以上老年人…" lists no more amounts).
                if k >= 2 && at(c, k - 2, "分别") {
                    loop {
                        let mut e = end;
                        while e < s.end && "人张岁个名家所%‰万".contains(c[e]) {
                            e += 1;
                        }
                        if e + 1 < s.end && matches!(c[e], '、' | '和') && c[e + 1].is_ascii_digit()
                        {
                            end = number_end(c, e + 1, s.end);
                        } else {
                            break;
                        }
                    }
                }
                changes.push(k..end);
                k = end;
                continue;
            }
        }
        // "高于全省平均水平0.32张", "低于全国0.5个百分点": the amount by which it differs from
        // what is named between; "高于90%" (nothing between) is a threshold.
        if marker.is_none()
            && ["高于", "低于", "多于", "少于"].iter().any(|w| at(c, k, w))
            && !(k > s.start && c[k - 1] == '不')
            && let Some(d) = (k + 2..clause_end(c, s, k)).find(|&j| c[j].is_ascii_digit())
            && d > k + 2
            && d - k <= 16
            && !c[k + 2..d].iter().any(|x| matches!(x, '、' | '为' | '是'))
            && !at(c, d - 2, "达到")
        {
            let end = number_end(c, d, s.end);
            changes.push(k..end);
            k = end;
            continue;
        }
        if let Some(m) = marker {
            // "较2020年提高1.16岁、达到79.72岁", "较2020年提高到3.1人", "比2020年提高0.8岁达到
            // 80.2岁": the change ends where the level's verb begins.
            let mut end = clause_end(c, s, m);
            if let Some(j) = (m..end).find(|&j| {
                (c[j] == '、'
                    && ["达到", "增至", "提高到", "提高至", "为"]
                        .iter()
                        .any(|w| at(c, j + 1, w)))
                    || REVIEW_VERBS.iter().any(|w| names_a_level(c, j, w, end))
            }) {
                end = j;
            }
            changes.push(m..end);
            k = end.max(k + 1);
        } else {
            k += 1;
        }
    }
    changes
}

/// Where the digits of a number starting at `from` end (before `end`).
fn number_end(c: &[char], from: usize, end: usize) -> usize {
    (from..end)
        .find(|&e| !(c[e].is_ascii_digit() || c[e] == '.'))
        .unwrap_or(end)
}

/// The bracketed asides of a sentence, each from its "(" to just past its ")".
fn brackets(c: &[char], s: &Range<usize>) -> Vec<Range<usize>> {
    pairs(c, s, '(', ')')
}

fn titles(c: &[char], s: &Range<usize>) -> Vec<Range<usize>> {
    pairs(c, s, '《', '》')
}

/// The ranges from each `open` to the `close` after it, not nested.
fn pairs(c: &[char], s: &Range<usize>, open_mark: char, close_mark: char) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut open = None;
    for i in s.clone() {
        if c[i] == open_mark && open.is_none() {
            open = Some(i);
        } else if c[i] == close_mark
            && let Some(o) = open.take()
        {
            out.push(o..i + 1);
        }
    }
    out
}

/// Reviews: 由/从 … a verb of change … ("从2015年的76.7岁,提高至78岁").
fn reviews(doc: &Doc, s: &Range<usize>) -> Vec<Review> {
    let c = &doc.chars;
    // "由4,215人增加到4,986人": a thousands separator ends no clause.
    let clause_end = |c: &[char], s: &Range<usize>, from: usize| {
        let mut end = clause_end(c, s, from);
        while end < s.end && doc.sets_thousands_apart(end) {
            end = clause_end(c, s, end + 1);
        }
        end
    };
    let mut reviews = Vec::new();
    let mut k = s.start;
    while k < s.end {
        if (c[k] == '由' || c[k] == '从') && k + 1 < s.end {
            let mut end = clause_end(c, s, k);
            // The verb that ends the review, in the same clause or starting the next
            // ("从2015年的76.7岁,提高至78岁", "…,将提高到…").
            let mut verb = (k + 1..end).find(|&j| REVIEW_VERBS.iter().any(|v| at(c, j, v)));
            if verb.is_none() && end < s.end && c[end] == ',' {
                let next = end + 1 + usize::from(at(c, end + 1, "将"));
                if REVIEW_VERBS.iter().any(|v| at(c, next, v)) {
                    verb = Some(next);
                    end = clause_end(c, s, next);
                }
            }
            if let Some(verb) = verb {
                reviews.push(Review {
                    from: k,
                    verb,
                    end,
                    from_year: None,
                    to_year: None,
                });
                k = end;
                continue;
            }
        }
        k += 1;
    }
    reviews
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numbers::figures;

    fn time(text: &str) -> (Doc<'_>, Time, Vec<Num>) {
        let doc = Doc::new(text);
        let s = 0..doc.chars.len();
        let t = Time::read(&doc, &s, None);
        let nums = figures(&doc.chars, s)
            .into_iter()
            .filter(|n| !n.is_year)
            .collect();
        (doc, t, nums)
    }

    #[test]
    fn a_comparison_year_and_its_change() {
        let (_, t, nums) = time("截至2022年末,全市床位3.12万张,比2017年增长18.6%。");
        assert_eq!(
            t.mentions
                .iter()
                .map(|m| (m.year, m.kind))
                .collect::<Vec<_>>(),
            [(2022, YearKind::AsOf), (2017, YearKind::Comparison)]
        );
        assert!(!t.is_change(&nums[0]) && t.is_change(&nums[1]));
        assert_eq!(
            t.anchor_before(nums[1].range.start).map(|m| m.year),
            Some(2022)
        );
        let (_, t, nums) = time("年末全市共有床位2415张,比上年增加58张。医护比达到1:1.2。");
        assert!(!t.is_change(&nums[0]) && t.is_change(&nums[1]) && !t.is_change(&nums[2]));
    }

    #[test]
    fn a_review_and_the_next_one_in_the_sentence() {
        let (_, t, nums) =
            time("注册护士从2018年的2.10人增加到2022年的2.95人;床位数由4.88张提高到5.61张。");
        let sides: Vec<_> = nums.iter().map(|n| t.review_side(n)).collect();
        assert_eq!(
            sides,
            [
                Some((Side::From, Some(2018))),
                Some((Side::To, Some(2022))),
                Some((Side::From, Some(2018))),
                Some((Side::To, Some(2022))),
            ]
        );
    }

    #[test]
    fn a_comparison_year_starts_a_review_after_it() {
        let (_, t, nums) =
            time("2021年,床位数、医师数与2016年相比,分别从3.92张、1.87人增长到4.85张、2.41人。");
        let sides: Vec<_> = nums.iter().map(|n| t.review_side(n)).collect();
        assert_eq!(sides[0], Some((Side::From, Some(2016))));
        assert_eq!(sides[3], Some((Side::To, Some(2021))));
        assert!(nums.iter().all(|n| !t.is_change(n)));
    }

    #[test]
    fn a_review_whose_verb_starts_the_next_clause() {
        let (_, t, nums) = time("人均预期寿命将从2015年的76.7岁,提高至2020年的78岁,增长1.3岁。");
        assert_eq!(t.review_side(&nums[0]), Some((Side::From, Some(2015))));
        assert_eq!(t.review_side(&nums[1]), Some((Side::To, Some(2020))));
        assert_eq!(t.review_side(&nums[2]), None);
        // Where a review started anchors nothing after it.
        let (_, t, nums) = time("其中人均预期寿命从2015年的76.7岁,提高至78岁。");
        assert_eq!(t.review_side(&nums[1]), Some((Side::To, None)));
        assert_eq!(t.anchor_before(nums[1].range.start), None);
    }

    #[test]
    fn a_change_then_the_figure_it_reached() {
        let (_, t, nums) = time("全市人均预期寿命较2020年提高1.16岁、达到79.72岁。");
        assert!(t.is_change(&nums[0]) && !t.is_change(&nums[1]));
    }

    #[test]
    fn a_span_starts_the_reviews_after_it() {
        let (_, t, nums) =
            time("2015~2020年,人均期望寿命从76.5岁增长到78岁,婴儿死亡率从6.36‰下降到2.87‰。");
        assert_eq!(nums.len(), 4, "{nums:?}");
        let sides: Vec<_> = nums.iter().map(|n| t.review_side(n)).collect();
        assert_eq!(
            sides,
            [
                Some((Side::From, Some(2015))),
                Some((Side::To, Some(2020))),
                Some((Side::From, Some(2015))),
                Some((Side::To, Some(2020))),
            ]
        );
        // A span's start anchors nothing.
        assert_eq!(
            t.anchor_before(nums[0].range.start).map(|m| m.year),
            Some(2020)
        );
    }
}
