//! Sentences: "到2025年,每千人口医疗卫生机构床位数达到8.2张左右", enumerations ("床位数、执业(助理)
//! 医师数分别达到a张、b人"), sub-figures ("其中公立医院5.2张"), reviews ("由2020年的X张增加到2023年
//! 的Y张", "从a人调整为b人") and bulletins ("2023年末全市共有床位2.4万张").

use std::ops::Range;

use super::label::{
    Context, about_health, cmp_of, is_page_meta, lower_is_better, strip_numbering, tracked_label,
};
use super::numbers::{Num, figures};
use super::scan::{Doc, ends_with_any, is_cjk, opens_speech, without_planned_services};
use super::synonyms::{
    Basis, Subject, base_words, basis_of, is_part, is_total, match_label, population_basis, rebased,
};
use super::table::Taken;
use super::time::{Retrospect, Side, Time, YearKind};
use super::{Cmp, Goal, Reason, Role, Row, Unresolved};
use hps_model::catalog::Catalog;
use hps_model::plan::Nature;
use parts::Parts;
use scope::{OWN_WORDS, Places, by_parts};

/// Comparison verbs: they make a figure a goal, and they are not part of its label.
const VERBS: &[&str] = &[
    // "重点人群家庭医生签约服务率≥80%": a sign says it as well as a word.
    "≥",
    "≤",
    "达到",
    "不低于",
    "不少于",
    "至少",
    "不超过",
    "不高于",
    "控制在",
    "小于",
    "提高到",
    "提高至",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "提升到",
    "提升至",
    "降至",
    "降低到",
    "下降到",
    "达",
    "原则上",
];

/// Other words that make a figure a goal.
const TARGET_WORDS: &[&str] = &[
    "力争",
    "争取",
    "确保",
    "预期性",
    "约束性",
    "目标",
    "以上",
    "以内",
    "左右",
    "实现",
    "建成",
    "建设",
    "培养",
    "配备",
    "设置",
    "新建",
    "按照",
    "按每",
    "按",
    "开展",
    "完成",
    "引进",
    "组建",
    "选建",
    "培训",
    "推进",
    "打造",
];

/// Words of a goal that is not health's (the economy's, culture's, poverty's).
const NOT_HEALTH: &[&str] = &[
    "生产总值",
    "就业",
    "失业",
    "老旧小区",
    "二次供水",
    "公路",
    "GDP",
    "财政",
    "可支配收入",
    "居民收入",
    "文化产业",
    "旅游",
    "脱贫",
    "贫困人口",
    "城镇化",
    "美元",
    "粮食",
    "进出口",
    "固定资产",
    // ("建设100个口袋公园、10座体育公园": the city's works, listed beside health's.)
    "公园",
    // "每人每月退休工资都超过15000元": a household's income, told as a story.
    "工资",
    "退休金",
];

/// Words that make a figure a count already reached.
const FIGURE_WORDS: &[&str] = &[
    "截至",
    "截止",
    "年末",
    "年底",
    "现有",
    "共有",
    "实有",
    "已达",
    "已有",
    "比上年",
    "同比",
    "较上年",
    "末全",
    "实际",
    // "本科及以上学历占比仅为28.6%": how little there is now.
    "仅为",
    "仅占",
    "仅有",
];

/// Times named in words, long ago: a figure of then is no figure of a year the page can use.
const OLD_TIMES: &[&str] = &[
    "建国初期",
    "建国之初",
    "建国前",
    "解放前",
    "解放初期",
    "和平解放",
    "新中国成立",
    "成立之初",
    "年代",
];

/// Whether character `at` is in a news page's headline: a short first line over a dateline
/// ("2025-01-09 07:45 来源:十堰晚报").
fn in_a_news_headline(doc: &Doc, at: usize) -> bool {
    let mut lines = doc.lines.iter().filter(|l| !doc.norm(l).trim().is_empty());
    let (Some(first), Some(second)) = (lines.next(), lines.next()) else {
        return false;
    };
    let headline = doc.norm(first);
    let dateline = doc.norm(second);
    let dated = dateline.contains("来源")
        || dateline
            .split(|c: char| !c.is_ascii_digit() && c != '-')
            .any(|w| w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-');
    first.contains(&at) && headline.chars().count() <= 40 && !headline.contains('。') && dated
}

/// What a figure's label is matched by, read in its text:
/// - the region's own name says nothing of a part ("东城区户籍居民平均期望寿命" in a text of 东城区
///   is not a 城区's, the town's people);
/// - a label a PDF broke across lines keeps the words it started with ("年末全市各类养老机" /
///   "构床位1.05万张"; for what it counts, not for its quote);
/// - "床位数、执业(助理)医师数按常住人口76.2万人计算" counts the population the rates are counted
///   on, not the staff (not a rate's base: "按照每万人口1.75人的比例").
fn read_in_its_text(doc: &Doc, own: Option<&str>, f: &mut Found) {
    if let Some(own) = own {
        f.matchable = f.matchable.replace(own, "");
    }
    if let Some(head) = wrapped_label_head(doc, f.label_start) {
        f.matchable = format!("{head}{}", f.matchable);
    }
    if let Some(name) = named_by_its_addition(doc, f) {
        f.matchable = format!("{name}{}", f.matchable);
    }
    if let Some(at) = f.label.rfind('按')
        && f.label[at..].ends_with("人口")
        && !f.label[at..].contains('每')
    {
        f.matchable = f.label[at + '按'.len_utf8()..].to_string();
    }
}

/// "新增执业(助理)医师356人,总数达到5,218人": a total whose name the clause before gave to
/// what was added; the name it counts.
fn named_by_its_addition(doc: &Doc, f: &Found) -> Option<String> {
    let label = f.label.trim();
    if !["总数", "总量", "总人数"]
        .iter()
        .any(|w| label.starts_with(w))
    {
        return None;
    }
    let end = f.clause.start.checked_sub(1)?;
    let start = doc.chars[end.saturating_sub(60)..end]
        .iter()
        .rposition(|c| matches!(c, ',' | '。' | ';' | ':'))
        .map_or(end.saturating_sub(60), |p| end.saturating_sub(60) + p + 1);
    let before = doc.between(start, end);
    let (_, after) = crate::synonyms::ADDED
        .iter()
        .filter_map(|w| before.rfind(w).map(|at| (at, &before[at + w.len()..])))
        .max_by_key(|(at, _)| *at)?;
    let name: String = after.chars().take_while(|c| !c.is_ascii_digit()).collect();
    (name.chars().count() >= 2 && name.chars().all(|c| is_cjk(c) || "()".contains(c)))
        .then_some(name)
}

/// The words a label broken across lines started with on the line before, where the label
/// opens character `at`'s line and the line before ends in the middle of a clause without a
/// figure ("全市乡镇卫生" / "院床位3120张"); not after a heading, nor before a line that opens a
/// clause of its own (全市…, a year).
fn wrapped_label_head(doc: &Doc, at: usize) -> Option<String> {
    let k = doc
        .line_at(at)
        .filter(|&k| doc.trim(doc.lines[k].clone()).start == at)?;
    let before = doc.norm(doc.lines.get(k.checked_sub(1)?)?);
    let before = before.trim_end();
    if !before.chars().last().is_some_and(is_cjk) || is_heading(before) {
        return None;
    }
    let head = before.rsplit(['。', ',', ';', ':', '!', '?']).next()?;
    let here: String = doc.chars[at..doc.lines[k].end].iter().take(6).collect();
    // (A line opening on the figure itself, "卫生技术人员" / "3580人,…", goes on with the
    // label; one opening on a year, "2023年,…", opens a clause.)
    // (Not where the line before names a part's kind or what was added: "乡镇卫生院15个,床位" /
    // "680张", "招聘卫生技术人员" / "120人", whose words a sentence on one line reads.)
    let digits = here.chars().take_while(char::is_ascii_digit).count();
    let figure_opens = digits > 0
        && here
            .chars()
            .nth(digits)
            .is_some_and(|u| "人张名个".contains(u));
    let sentence_start = doc.chars[at.saturating_sub(200)..at]
        .iter()
        .rposition(|c| matches!(c, '。' | ';'))
        .map_or(at.saturating_sub(200), |p| at.saturating_sub(200) + p + 1);
    let sentence_before = doc.norm(&(sentence_start..at));
    let context_before = crate::synonyms::names_a_parts_kind(&sentence_before)
        || crate::synonyms::ADDED
            .iter()
            .any(|w| sentence_before.contains(w));
    let opens = has_any(&here, WHOLE)
        || has_any(&here, OWN_WORDS)
        || digits > 0 && (!figure_opens || context_before);
    (!opens && !head.chars().any(|c| c.is_ascii_digit()) && head.chars().count() <= 20)
        .then(|| head.trim().to_string())
}

/// The year of the national census a sentence reports from (第七次全国人口普查, 七普: 2020).
fn census_year(sentence: &str) -> Option<i32> {
    [
        ("第七次", "七普", 2020),
        ("第六次", "六普", 2010),
        ("第五次", "五普", 2000),
    ]
    .iter()
    .find(|(nth, short, _)| {
        sentence.contains(short)
            || sentence.match_indices(nth).any(|(at, _)| {
                sentence[at..]
                    .chars()
                    .take(10)
                    .collect::<String>()
                    .contains("人口普查")
            })
    })
    .map(|(_, _, y)| *y)
}

/// The last place of a region's full name: 东城区 of 北京市东城区, 郊区 of 某某市郊区.
fn own_name(region: &str) -> &str {
    let cut = region[..region.len() - region.chars().last().map_or(0, char::len_utf8)]
        .rfind(['省', '市', '州', '盟'])
        .map_or(0, |at| at + '市'.len_utf8());
    &region[cut..]
}

/// Whether the words after a figure make it a difference: "保持1.7岁的领先优势", "3.2人的差距".
fn names_a_difference(after: &str) -> bool {
    let rest = after.trim_start_matches(['张', '人', '岁', '个', '名', '%', '‰', '的']);
    ["领先", "优势", "差距", "落差"]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// Whether the words after a figure make it a goal named ("6张的目标", "…的要求").
fn names_a_goal(after: &str) -> bool {
    let rest = after.trim_start_matches(['张', '人', '岁', '个', '名', '%', '‰']);
    ["的目标", "目标", "的要求", "的标准", "的任务"]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// Words of a heading that plans what comes ("二、2025年工作安排").
const PLANNING: &[&str] = &[
    "计划",
    "安排",
    "目标",
    "任务",
    "打算",
    "思路",
    "展望",
    "重点工作",
];

/// A heading's words of how goals or tasks were carried out: "…规划目标完成情况", "…执行情况".
const GOALS_MET_HEADINGS: &[&str] = &["完成情况", "执行情况", "实现情况", "落实情况", "进展情况"];

/// A heading's words of what was done: "一、2023年工作回顾", "一、今年工作完成情况", "2024年工作亮点".
const REVIEW_HEADINGS: &[&str] = &[
    "完成", "情况", "回顾", "总结", "成效", "成绩", "亮点", "成果", "进展",
];

/// The verbs a list of names meets its list of figures at: those that reach a level, without
/// a review's 上升/调整/延长 … (where a list of names goes without 分别), with 控制在, 达 and 为.
const LEVEL_VERBS: &[&str] = &[
    "控制在",
    "降至",
    "下降到",
    "下降至",
    "降低到",
    "降低至",
    "达到",
    "达",
    "提高到",
    "提高至",
    "增至",
    "增加到",
    "增加至",
    "增长到",
    "增长至",
    "提升到",
    "提升至",
    "为",
];

/// A work report's headings of the sections that plan: "二、今后五年的奋斗目标", "三、2026年重点工作".
const AHEAD_HEADINGS: &[&str] = &[
    "今后五年",
    "未来五年",
    "奋斗目标",
    "主要目标",
    "工作安排",
    "重点工作",
    "工作打算",
    "工作任务",
];

/// A work report's words of a pledge: a paragraph with them sets goals ("…确保居民收入增速
/// 不低于经济增速;…人均预期寿命提升到80岁以上").
const REPORT_AIMS: &[&str] = &["确保", "力争", "争取", "不低于"];

/// Words that turn a report to its next five years.
const FIVE_YEARS_AHEAD: &[&str] = &["今后五年", "未来五年"];

/// Groups of the population a figure may be given for: never the region's whole.
const GROUPS: &[&str] = &[
    "城市",
    "农村",
    "城镇",
    "乡村",
    "男性",
    "女性",
    "男子",
    "女子",
    "城区",
    "郊区",
    "县域",
    "县城",
    "市区",
    // The banners and counties beside a city's districts: "旗县区每千人口床位5.12张".
    "旗县区",
    // A seat's town ("州城(恩施市)") and a corps' farms (团场) too.
    "州城",
    "团场", // "少数民族卫生技术人员3.36万人": a people's share of the staff.
    "少数民族",
];

/// Ends of a label that name who or what is counted or measured: such a label ("其他技术人员",
/// "管理人员", "乡村医生", "新生儿死亡率") is a kind of its own, never a part of the figure
/// before it ("注册护士1856人", "孕产妇死亡率3.85/10万").
const KIND_ENDS: &[&str] = &[
    "人员", "员", "医师", "医生", "护士", "护师", "药师", "技师", "床位", "率", "寿命",
];

/// Whether a label ends naming a kind (`KIND_ENDS`), past a short bracket: "技师(士)".
fn names_a_kind(label: &str) -> bool {
    let bare = match label.rfind('(') {
        Some(p) if label.ends_with(')') && label[p..].chars().count() <= 4 => &label[..p],
        _ => label,
    };
    KIND_ENDS.iter().any(|w| bare.ends_with(w))
}

/// Words that make a label a count, whatever base the figure before it had.
const COUNT_WORDS: &[&str] = &["总数", "总量", "总计", "合计", "共有", "人数", "数量"];

/// Words that say a figure is of the document's own time.
const NOW: &[&str] = &[
    "目前",
    "当前",
    "现阶段",
    "截至目前",
    "截止目前",
    // "眼下,…覆盖率达46.8%", "如今,…达到3.58人" (not 现在, "现在,我代表市人民政府…").
    "眼下",
    "如今",
];

/// Words that make a count the region's whole.
const REGION_WIDE: &[&str] = &[
    "全市",
    "全省",
    "全县",
    "全区",
    "全州",
    "全自治区",
    "医疗卫生机构",
    "卫生机构",
];

/// The region's whole named (全市, 全省…): it ends a paragraph's or a sentence's turn to its parts
/// (not a part's "医疗卫生机构", "邵东市医疗卫生机构床位7812张").
const WHOLE: &[&str] = REGION_WIDE.split_at(6).0;

/// Verbs and leading words stripped from a label.
const LEAD: &[&str] = &[
    "到2025年",
    "全市",
    "全省",
    "全县",
    "全区",
    "我市",
    "我省",
    "力争",
    "争取",
    "其中:",
    "其中",
    "以及",
    "并且",
    "同时",
    "和",
    "及",
    "、",
    ",",
    ":",
    "将",
    "使",
    "要",
    "实现",
    "确保",
    "推动",
    "每年",
];
const TRAIL: &[&str] = &[
    "的预期性指标为",
    "的约束性指标为",
    "预期性指标为",
    "约束性指标为",
    "分别达到",
    "分别控制在",
    "分别",
    "保持在",
    "要达",
    "为",
    "的",
    "数量",
    "超过",
    "突破",
    "提高",
    "增长",
    "增加",
    "提升",
    "拥有",
    "有",
    // "医疗机构总床位数将达到16万张", "人口总量预计达到6400万".
    "将",
    "预计",
    // "家庭医生签约服务覆盖率力争达到60%以上".
    "力争",
    "争取",
];

fn strip_label(s: &str) -> String {
    let mut s = s.trim().to_string();
    let mut changed = true;
    while changed {
        changed = false;
        // The longest that ends it: 不超过 whole, not 超过 leaving a 不.
        let longest = TRAIL
            .iter()
            .chain(VERBS)
            .filter(|t| s.ends_with(**t))
            .max_by_key(|t| t.len());
        if let Some(t) = longest {
            s = s[..s.len() - t.len()].trim_end().to_string();
            changed = true;
        }
        // A change's words are no part of the name: "床位总数年均", "注册护士数较2020年".
        if let Some(r) = s.strip_suffix("年均") {
            s = r.trim_end().to_string();
            changed = true;
        }
        let chars: Vec<char> = s.chars().collect();
        if let [head @ .., c, y1, y2, y3, y4, '年'] = chars.as_slice()
            && matches!(c, '较' | '比')
            && [y1, y2, y3, y4].iter().all(|d| d.is_ascii_digit())
            && !head.is_empty()
        {
            s = head.iter().collect::<String>().trim_end().to_string();
            changed = true;
        }
    }
    // Leading year phrases ("到2025年,", "2023年底前") and connectives.
    let mut changed = true;
    while changed {
        changed = false;
        let chars: Vec<char> = s.chars().collect();
        if let Some(e) = year_phrase_len(&chars, 0) {
            s = chars[e..].iter().collect::<String>();
            changed = true;
        }
        for l in LEAD {
            if let Some(r) = s.strip_prefix(l) {
                s = r.trim_start().to_string();
                changed = true;
            }
        }
        let t = strip_numbering(&s);
        if t.len() != s.len() && !t.is_empty() {
            s = t.to_string();
            changed = true;
        }
        // "(其中中医床位": a bracket the figure stands inside is no part of its name.
        if let Some(r) = s.strip_prefix('(')
            && !r.contains(')')
        {
            s = r.trim_start().to_string();
            changed = true;
        }
    }
    s
}

/// A year phrase at `i`: 到2025年, 至2025年底, 2025年前, 2023年上半年; its length in chars.
fn year_phrase_len(chars: &[char], i: usize) -> Option<usize> {
    let mut k = i;
    if matches!(
        chars.get(k),
        Some('到') | Some('至') | Some('在') | Some('于')
    ) {
        k += 1;
    }
    let y: String = chars.get(k..k + 4)?.iter().collect();
    let y: i32 = y.parse().ok()?;
    if !(1990..=2100).contains(&y) || chars.get(k + 4) != Some(&'年') {
        return None;
    }
    k += 5;
    for w in [
        "底前",
        "年底",
        "底",
        "末",
        "前",
        "上半年",
        "下半年",
        "内",
        "起",
        ",",
        ":",
    ] {
        let wc: Vec<char> = w.chars().collect();
        if chars.get(k..k + wc.len()) == Some(&wc[..]) {
            k += wc.len();
        }
    }
    if chars.get(k) == Some(&',') {
        k += 1;
    }
    Some(k - i)
}

/// A year mentioned in `chars[range]` before `at`, nearest first, with where it is.
fn year_before(chars: &[char], range: &Range<usize>, at: usize) -> Option<(i32, usize)> {
    let mut i = at.min(range.end);
    while i >= range.start + 4 {
        if chars[i - 1] == '年' || (i < chars.len() && chars[i] == '年') {
            let e = if chars[i - 1] == '年' { i - 1 } else { i };
            if e >= 4 + range.start.min(e) {
                let s: String = chars[e - 4..e].iter().collect();
                if let Ok(y) = s.parse::<i32>()
                    && (1990..=2100).contains(&y)
                    && (e < 5 || !chars[e - 5].is_ascii_digit())
                    && e - 4 >= range.start
                {
                    return Some((y, e - 4));
                }
            }
        }
        i -= 1;
    }
    None
}

/// The words before a figure aim at a year ("到2025年", "至2030年"), not a "截至" date.
fn aims_at(s: &str) -> bool {
    s.contains("到20")
        || s.replace("截至20", "")
            .replace("截止20", "")
            .contains("至20")
}

/// Whether the start of a review ("由…的", "从…") names a time in words (初期, 解放前, 建国之初).
fn names_a_time(before: &str) -> bool {
    let from = before.rfind(['由', '从']).map_or(before, |i| &before[i..]);
    // "人均预期寿命由和平解放初期的35.5岁提高至70.6岁,孕产妇死亡率从5000/10万下降到…":
    // reviews side by side start at the first one's time.
    let first_start = before
        .match_indices(['由', '从'])
        .map(|(i, _)| &before[i..])
        .map(|rest| {
            &rest[..rest
                .find(|c: char| c.is_ascii_digit())
                .unwrap_or(rest.len())]
        })
        .next()
        .is_some_and(|start| has_any(start, TIMES_IN_WORDS));
    first_start || has_any(from, TIMES_IN_WORDS)
}

/// Times named in words ("和平解放初期", "新中国成立之初"), and the ends of periods not read as
/// years.
const TIMES_IN_WORDS: &[&str] = &[
    "初期",
    "之初",
    "前",
    "时期",
    "年代",
    "成立",
    "解放",
    "建国",
    "当时",
    // "从“十一五”末的76.5岁": the end of a period not read as a year.
    "五”末",
    "五末",
    "五”期末",
    "五期末",
];

/// Whether a sentence opens on a time in words and no year ("和平解放初期,西藏人均预期寿命
/// 只有35.5岁"): its figures are of that time.
fn opens_on_a_time_in_words(sentence_before: &str) -> bool {
    let first = sentence_before
        .trim_start()
        .split([',', ','])
        .next()
        .unwrap_or("");
    first.chars().count() <= 12
        && !first.chars().any(|c| c.is_ascii_digit())
        && ["初期", "之初", "解放前", "成立前", "建国前", "当时"]
            .iter()
            .any(|w| first.ends_with(w))
}

fn has_any(s: &str, words: &[&str]) -> bool {
    words.iter().any(|w| s.contains(w))
}

fn sentences(doc: &Doc, taken: &Taken, long: Option<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // Tables took whole lines: their ranges are in order, so a search finds the one around a line.
    let mut starts: Vec<&Range<usize>> = taken.iter().collect();
    starts.sort_by_key(|t| t.start);
    let mut reach = Vec::with_capacity(starts.len());
    let mut far = 0;
    for t in &starts {
        far = far.max(t.end);
        reach.push(far);
    }
    // A line a table row took part of (its cells, without the bars around them) is the table's.
    let inside = |l: &Range<usize>| {
        let k = starts.partition_point(|t| t.start < l.end);
        k > 0 && reach[k - 1] > l.start
    };
    // Text from a PDF breaks lines inside sentences: a long line that does not end a sentence
    // goes on in the next one, unless that starts a numbered paragraph. A narrow column's lines
    // are shorter: long is near the width most of its lines break at.
    let mut carry: Option<usize> = None;
    // A news page's links to other stories ("相关新闻:" and the headlines under it, up to a blank
    // line): their figures are other places' and other days'.
    let mut related = false;
    for (index, line) in doc.lines.iter().enumerate() {
        let line = doc.trim(line.clone());
        let heads_related = || {
            let t = doc.norm(&line);
            let t = t.trim_start_matches(|c: char| !is_cjk(c));
            RELATED.iter().any(|w| t.starts_with(w)) && t.chars().count() <= 12
        };
        if related && (line.is_empty() || line.end - line.start > 60) {
            related = false;
        }
        if !line.is_empty() && (related || heads_related()) {
            related = true;
            if let Some(c) = carry.take() {
                out.push(doc.trim(c..line.start));
            }
            continue;
        }
        // A row of tab-separated cells is a table's, read or not: its serials and columns are
        // no sentence's ("序号\t指标\t单位\t2020年…", "2\t孕产妇死亡率\t/10万\t8.95…").
        let tabbed = doc.chars[line.clone()]
            .split(|c| *c == '\t')
            .filter(|cell| cell.iter().any(|c| !c.is_whitespace()))
            .count()
            >= 3;
        if line.is_empty() || inside(&line) || tabbed {
            if let Some(c) = carry.take() {
                out.push(c..doc.trim(c..line.start).end);
            }
            continue;
        }
        let numbered = {
            let t = doc.norm(&(line.start..(line.start + 4).min(line.end)));
            t.starts_with('(')
                || t.starts_with('第')
                || strip_numbering(&t).len() != t.len()
                || (t.chars().nth(1) == Some('、')
                    && t.chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c)))
        };
        let mut start = match carry.take() {
            Some(c) if !numbered => c,
            Some(c) => {
                out.push(doc.trim(c..line.start));
                line.start
            }
            None => line.start,
        };
        for i in line.clone() {
            // "比上年增长8.4%.卫生技术人员2,583人": a half-width full stop after a word (never
            // inside a number, nor after a paragraph's number "1.").
            let full_stop = doc.chars[i] == '.'
                && i > line.start
                && !doc.chars[i - 1].is_ascii_digit()
                && !doc.chars[i - 1].is_ascii_alphabetic()
                && doc.chars.get(i + 1).is_none_or(|c| is_cjk(*c));
            if full_stop || matches!(doc.chars[i], '。' | ';' | '!' | '?' | '！' | '？') {
                if i > start {
                    out.push(start..i);
                }
                start = i + 1;
            }
        }
        let last = doc.chars[line.end - 1];
        // A short line of a narrow PDF column goes on too where the next line cannot start a
        // sentence: "…执业(助理)医师3452" / "人、注册护士…", "…每千常住人口执业(助理)" / "医师2.48人".
        let next_line = doc
            .lines
            .get(index + 1)
            .map(|l| doc.norm(&doc.trim(l.clone())));
        let next_continues = next_line.as_ref().is_some_and(|n| {
            let mut c = n.chars();
            let first = c.next();
            let second = c.next();
            (first.is_some_and(|f| "人张个名岁家所".contains(f))
                    && second.is_some_and(|s| matches!(s, ',' | '、' | ';' | '。')))
                    // (Not after a figure: "医疗卫生机构(个):4186" / "床位数(张):35620", a list.)
                    || (!last.is_ascii_digit()
                        && ["医师", "护士", "床位数"].iter().any(|w| n.starts_with(w)))
                    // "…卫生技术人员11" / "536人,比上年增长4.1%": a count broken inside.
                    // (Or after its thousands separator: "…11," / "536人".)
                    || ({
                        let separated = last == ','
                            && line.end - line.start >= 2
                            && doc.chars[line.end - 2].is_ascii_digit();
                        last.is_ascii_digit() || separated
                    } && {
                        let run = n.chars().take_while(char::is_ascii_digit).count();
                        (1..=4).contains(&run)
                            && (last != ',' || run == 3)
                            && n.chars()
                                .nth(run)
                                .is_some_and(|u| "人张个名家所".contains(u))
                    })
        });
        // A line in brackets under a title ("(2025年1月8日在…会议上)") is the title's, whole.
        let bracketed = matches!(doc.chars[line.start], '(' | '（') && matches!(last, ')' | '）');
        // A page's header line ("发布日期:…　来源:…") is whole too.
        // (Unwrapped, a long line goes on only where it stops inside a number or a clause:
        // "…执业(助理)医师 3." / "12 人。", "…床位数6.57张,".)
        let stops_inside =
            || last.is_ascii_digit() || matches!(last, '.' | ',' | '、' | '(' | '，' | '（');
        // (And "…每千人口床位数达到" / "6.5张,…": a label whose number opens the next line.)
        let next_opens_on_a_number = || {
            is_cjk(last)
                && next_line.as_ref().is_some_and(|n| {
                    n.chars().next().is_some_and(|c| c.is_ascii_digit())
                        && n.chars().any(|c| !(c.is_ascii_digit() || c == '.'))
                })
        };
        let goes_on = (match long {
            Some(long) => line.end - line.start >= long,
            None => {
                matches!(last, ',' | '、' | '(' | '，' | '（')
                    || (line.end - line.start >= 30 && (stops_inside() || next_opens_on_a_number()))
            }
        } || next_continues)
            && !bracketed
            && !is_page_meta(&doc.norm(&line))
            && !matches!(last, '。' | ';' | ':' | '!' | '?' | '”');
        if line.end > start {
            if goes_on {
                carry = Some(start);
            } else {
                out.push(start..line.end);
            }
        }
    }
    if let Some(c) = carry {
        out.push(doc.trim(c..doc.chars.len()));
    }
    out
}

/// Institutions of social welfare and care, not of health: their beds are not the health
/// institutions' (a bulletin's 社会保障 section).
const WELFARE_INSTITUTIONS: &[&str] = &[
    "社会服务机构",
    "提供住宿",
    "社会福利",
    "福利院",
    "敬老院",
    "养老机构",
    "养老院",
    "收养",
    "救助",
    "民政",
    "光荣院",
    "特困供养",
];

/// "全省医疗卫生机构57639个,床位数523215张,…;截至2024年底,…" in a page of December 2025: the
/// year before the page's that its paragraph says it reports to (截至…年底, …年末), after a
/// figure naming none.
fn reported_to_later(doc: &Doc, cx: &Context, n: &Num) -> Option<i32> {
    // (Undated, "…床位数523215张,…;截至2024年底,…" in a look back over a period: that year too.)
    let d = cx.document_year.unwrap_or(i32::MAX);
    let line = doc
        .lines
        .get(doc.lines.partition_point(|l| l.end < n.range.start))?;
    // (Within reach of the figure: a text pasted as one line may run on for megabytes.)
    let end = line.end.min(n.range.end + 400);
    super::time::year_mentions(&doc.chars, &(n.range.end..end))
        .into_iter()
        .find(|m| {
            let before: String = doc.chars[m.at.saturating_sub(2)..m.at].iter().collect();
            let after: String = doc.chars[m.at + 5..(m.at + 7).min(doc.chars.len())]
                .iter()
                .collect();
            m.kind == YearKind::AsOf
                && m.year < d
                && (before == "截至" || before == "截止" || after == "年底" || after == "年末")
        })
        .map(|m| m.year)
}

/// Where a clause between `start` and `end` opens on last year ("…获悉,去年,我市…床位达到
/// 4.27万张"), or the one before (前年), or on this year's date ("截至今年6月底,…"), after any year written, and how many
/// years before the page's it is: the figures after it are of that year.
fn relative_year_clause(c: &[char], start: usize, end: usize) -> Option<(i32, usize)> {
    (start..end.saturating_sub(2))
        .rev()
        .find_map(|i| {
            // (And "截至去年底,全市…".)
            let opens = i == start
                || matches!(c[i - 1], ',' | ':' | ';')
                || (i >= start + 2 && matches!(c[i - 2..i], ['截', '至'] | ['截', '止']));
            // (前年, "前年全县人均预期寿命为80.2岁": two years before.)
            let back = match c[i] {
                '去' | '上' => 1,
                '前' => 2,
                _ => 0,
            };
            let last = back > 0
                && c[i + 1] == '年'
                && match c.get(i + 2) {
                    Some(',' | '我' | '全' | '本') => true,
                    // "前年…为80.2岁,去年提高到80.5岁": where it went.
                    Some('提' | '增' | '达' | '升' | '降') => true,
                    // "去年底,全县…"; not "上年末为2.84万张", last year's figure named beside.
                    Some('底' | '末') => !matches!(c.get(i + 3), Some('为' | '是' | '的')),
                    // "去年年底,北京市常住人口为2069.3万人".
                    Some('年') => {
                        matches!(c.get(i + 3), Some('底' | '末'))
                            && !matches!(
                                c.get(i + 4),
                                Some('为' | '是' | '的' | '以' | '至' | '前' | '起')
                            )
                    }
                    _ => false,
                };
            // (Not "今年以来", nor 今年 alone: a goal's year in a plan.)
            let this = c[i] == '今'
                && c[i + 1] == '年'
                && i >= start + 2
                && matches!(c[i - 2..i], ['截', '至'] | ['截', '止']);
            // "上年末…为1.36万张,本年末达到1.42万张": a clause opening on this year's end.
            // (And "上年末…为1.36万张,年末达到1.42万张", the year's end named alone after last
            // year's.)
            let this_end = opens
                && ([['本', '年', '末'], ['本', '年', '底']]
                    .iter()
                    .any(|w| c.get(i..i + 3) == Some(&w[..]))
                    || i > start
                        && [['年', '末'], ['年', '底']]
                            .iter()
                            .any(|w| c.get(i..i + 2) == Some(&w[..]))
                        && c[start..i]
                            .windows(3)
                            .any(|w| w == ['上', '年', '末'] || w == ['上', '年', '底']));
            if opens && last {
                Some((back, i))
            } else if this || this_end {
                Some((0, i))
            } else {
                None
            }
        })
        .filter(|&(_, i)| super::time::year_mentions(c, &(i..end)).is_empty())
        // ("前年,我市启动…,目前全市…达到6.6张": now, not the year the clause before opened on.)
        .filter(|&(_, i)| {
            let after: String = c[i..end].iter().collect();
            !has_any(&after, &["目前", "当前", "眼下", "如今", "现阶段"])
        })
}

/// The width (characters) a PDF's text was broken at, where most of its lines break inside a
/// sentence ("…截至2020年末,全" / "市医疗卫生机构床位数达到43 450张,每千常住人口床位"): the
/// median length of those lines; `None` for text whose lines end its sentences.
fn wrapped_width(doc: &Doc) -> Option<usize> {
    let mut open = Vec::new();
    let mut lines = 0;
    for l in doc.lines.iter().take(2000) {
        let l = doc.trim(l.clone());
        if l.is_empty() {
            continue;
        }
        lines += 1;
        let last = doc.chars[l.end - 1];
        if is_cjk(last) || last.is_ascii_digit() || matches!(last, ',' | '、' | '(' | '（') {
            open.push(l.end - l.start);
        }
    }
    if open.len() < 5 || open.len() * 2 < lines {
        return None;
    }
    open.sort_unstable();
    Some(open[open.len() / 2])
}

/// Headings of a news page's links to other stories.
const RELATED: &[&str] = &[
    "相关新闻",
    "相关报道",
    "相关链接",
    "相关阅读",
    "延伸阅读",
    "推荐阅读",
    "热点新闻",
    "猜你喜欢",
];

/// Clauses of a sentence: split at commas that are not inside brackets.
fn clauses(doc: &Doc, s: &Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut start = s.start;
    let mut speech = false;
    for i in s.clone() {
        match doc.chars[i] {
            '“' if opens_speech(&doc.chars, i) => speech = true,
            '”' if speech => speech = false,
            '(' | '“' | '《' | '〈' => depth += 1,
            ')' | '”' | '》' | '〉' => depth -= 1,
            // (An ellipsis ends one too: "…增长12.1%……年末全区常住人口160.13万人".)
            ',' | '…' if depth <= 0 && !doc.sets_thousands_apart(i) => {
                if i > start {
                    out.push(start..i);
                }
                start = i + 1;
            }
            _ => {}
        }
    }
    if s.end > start {
        out.push(start..s.end);
    }
    out
}

/// "2021年1—6月", "2023年上半年", "2024年前三季度": the year at `year_at` is named for a part of
/// it.
fn part_of_a_year(c: &[char], year_at: usize) -> bool {
    let after: String = c[(year_at + 5).min(c.len())..(year_at + 12).min(c.len())]
        .iter()
        .collect();
    if [
        "上半年",
        "前三季度",
        "一季度",
        "第一季度",
        "前两季度",
        "上半月",
    ]
    .iter()
    .any(|w| after.starts_with(w))
    {
        return true;
    }
    // "1—6月", "1-9月", "1至6月": months short of the twelfth.
    let months: Vec<&str> = after.splitn(2, '月').collect();
    months.len() == 2
        && months[0]
            .split(['—', '-', '~', '至', '–'])
            .filter_map(|m| m.trim().parse::<u32>().ok())
            .collect::<Vec<_>>()
            .as_slice()
            .last()
            .is_some_and(|&last| last < 12 && months[0].contains(['—', '-', '~', '至', '–']))
}

/// Whether a clause names a whole year of its own: "2024年全市…", "全年…".
fn names_its_whole_year(clause: &str) -> bool {
    clause.contains("全年")
        || clause.match_indices('年').any(|(at, _)| {
            at.checked_sub(4)
                .and_then(|from| clause.get(from..at))
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// Whether a clause opens on months short of the twelfth: "1—3月", "1-6月", "1至9月".
fn months_short_of_the_year(clause: &str) -> bool {
    let Some((months, _)) = clause.split_once('月') else {
        return false;
    };
    let parts: Vec<u32> = months
        .split(['—', '-', '~', '至', '–'])
        .filter_map(|m| m.trim().parse().ok())
        .collect();
    parts.len() == 2 && parts[0] == 1 && parts[1] < 12
}

/// "其目标是到2025年底", "目标为:到2030年": the year at `year_at` is the one a goal is set for.
fn aim_named_as_a_goal(c: &[char], year_at: usize) -> bool {
    ends_with_any(
        &c[..year_at],
        &[
            "目标是到",
            "目标为到",
            "目标:到",
            "目标是:到",
            "目标为:到",
            "目标是至",
        ],
    )
}

/// A figure in a label ("5岁以下儿童", "65岁以上老年人", "0-36个月儿童"), not a value.
fn in_label(doc: &Doc, n: &Num) -> bool {
    // ("全年无孕产妇死亡": after 年, a figure all the same.)
    if no_maternal_death_written(doc, n) {
        return false;
    }
    let prev = n.range.start.checked_sub(1).map(|i| doc.chars[i]);
    // 每10万人口, 每3万—10万居民, /10万: a base, not a figure.
    // 2023年6月30日: a date; but "提高到2020年77.6岁", "2015年7.5%": a year's own figure.
    // A count after a year is its figure where the year stands inside a clause ("提高到
    // 2020年6.2张", "床位数2020年5.8张"), not where it opens one ("2023年60张床位投入使用",
    // ",2024年10名医生获评…").
    let after_a_year = prev == Some('年')
        && n.range.start >= 5
        && doc.chars[n.range.start - 5..n.range.start - 1]
            .iter()
            .all(char::is_ascii_digit)
        && (n.percent
            || n.per_mille_or_rate
            || n.unit == Some('岁')
            || (n.unit.is_some_and(|u| matches!(u, '张' | '人' | '名'))
                && n.range.start >= 6
                && doc.chars[n.range.start - 6].is_alphabetic()
                // "全市2021年20名医生获评…", "600张床位投入使用": a count before its noun.
                && !doc
                    .chars
                    .get(n.range.end)
                    .is_some_and(|c| {
                        is_cjk(*c)
                            && !matches!(
                                c,
                                '和' | '及' | '与' | '增' | '提' | '上' | '下' | '降' | '减' | '达'
                            )
                    })));
    if matches!(prev, Some('每') | Some('/') | Some('年') | Some('月')) && !after_a_year {
        return true;
    }
    // "2016 年 12 月 29 日": a day after its month, spaces between.
    if prev == Some(' ')
        && doc.chars[..n.range.start].iter().rev().find(|c| **c != ' ') == Some(&'月')
    {
        return true;
    }
    // "表2 各市每千人口床位数目标", "附表3", "专栏1": a table's, a figure's or a box's number.
    let prev2 = n.range.start.checked_sub(2).map(|i| doc.chars[i]);
    if matches!(prev, Some('表') | Some('图'))
        || (prev == Some('栏') && prev2 == Some('专'))
        || (prev == Some(' ') && matches!(prev2, Some('表') | Some('图')))
    {
        return true;
    }
    // Inside quotation marks: a name ("“5.20”中国学生营养日").
    // Looked for in the 300 characters before (a sentence is read only up to 2,000).
    let line_start0 = doc.line_start_near(n.range.start);
    let q_open = doc.chars[line_start0..n.range.start]
        .iter()
        .filter(|c| **c == '“')
        .count();
    let q_close = doc.chars[line_start0..n.range.start]
        .iter()
        .filter(|c| **c == '”')
        .count();
    let last_open = doc.chars[line_start0..n.range.start]
        .iter()
        .rposition(|c| *c == '“')
        .map(|p| line_start0 + p);
    if q_open > q_close && !last_open.is_some_and(|p| opens_speech(&doc.chars, p)) {
        return true;
    }
    let rest: String = doc.chars[n.range.end..(n.range.end + 3).min(doc.chars.len())]
        .iter()
        .collect();
    // "15分钟内能够到达", "30分钟医疗服务圈": a time in a name.
    // (The unit may have taken the time's first character: "15分|钟内".)
    if rest.starts_with("人口")
        || rest.starts_with("居民")
        || rest.starts_with("户")
        || rest.starts_with("分钟")
        || rest.starts_with("小时")
        || n.unit == Some('分') && rest.starts_with('钟')
        || n.unit == Some('小') && rest.starts_with('时')
    {
        return true;
    }
    // "100张床位以下医院", "500张及以上的医院": a kind of institution by its size.
    let rest: String = doc.chars[n.range.end..(n.range.end + 9).min(doc.chars.len())]
        .iter()
        .collect();
    let bound = rest
        .strip_prefix("床位")
        .or_else(|| rest.strip_prefix('床'))
        .unwrap_or(&rest);
    if ["以下", "以上", "及以上", "及以下"].iter().any(|w| {
        bound.strip_prefix(w).is_some_and(|r| {
            // ("500张床以上大医院12所".)
            [
                "医院",
                "的医院",
                "机构",
                "的机构",
                "规模",
                "大医院",
                "大型",
                "综合医院",
                "公立医院",
            ]
            .iter()
            .any(|x| r.starts_with(x))
        })
    }) {
        return true;
    }
    // "50万人以上的县可适当增加…", "1亿元以上中央预算内投资项目15个": a size that names a class
    // of what follows, not a figure (unlike "95%以上的目标").
    // (The figure's own words may hold its 以上.)
    let own: String = doc.chars[n.range.clone()].iter().collect();
    // (A share of them, "75%以上的村卫生室", is a goal.)
    let bounded = !n.percent && (own.ends_with("以上") || own.ends_with("以下"));
    let class = bounded
        && rest.strip_prefix('的').is_some_and(|r| {
            r.starts_with(is_cjk)
                && !["目标", "水平", "要求", "标准", "增长", "幅度"]
                    .iter()
                    .any(|x| r.starts_with(x))
        })
        || own.ends_with("元以上") && rest.starts_with(|c: char| is_cjk(c) && c != '的');
    if class {
        return true;
    }
    // Numbering: "2.加强能力建设", "(1)", "3、" at the start of a line or a sentence.
    let at_start = n.range.start == 0
        || matches!(
            prev,
            Some('\n') | Some('(') | Some(' ') | Some('。') | Some(';')
        )
        || prev.is_some_and(char::is_whitespace);
    if at_start
        && n.unit.is_none()
        && matches!(
            doc.chars.get(n.range.end),
            Some('.') | Some('、') | Some(')')
        )
        && n.value.fract() == 0.0
    {
        return true;
    }
    // "…(一)立足新发展阶段1.发展基础": a heading's number run into the text; a point before a
    // word is never a decimal's.
    if n.unit.is_none()
        && n.value.fract() == 0.0
        && n.value <= 30.0
        && doc.chars.get(n.range.end) == Some(&'.')
        && doc.chars.get(n.range.end + 1).copied().is_some_and(is_cjk)
    {
        return true;
    }
    // Inside a document's title 《…》.
    if doc.in_book_title(n.range.start) {
        return true;
    }
    let next = doc.chars.get(n.range.end).copied();
    let noun_follows = next.is_some_and(is_cjk)
        && !matches!(
            next,
            Some('的') | Some('和') | Some('及') | Some('或') | Some('以')
        );
    // "65岁以上老年人", "0-6岁儿童": an age names people; "由76.83岁提高到…" is a figure.
    let after = after_figure(doc, n, 4);
    let people = [
        "儿童",
        "老年",
        "以上",
        "以下",
        "及以上",
        "及以下",
        "人口",
        "人群",
        "妇女",
        "青少年",
        "婴幼儿",
        "幼儿",
        "学生",
        "孕",
        "组",
        "男",
        "女",
        "居民",
        "至",
    ]
    .iter()
    .any(|w| after.starts_with(w));
    (n.unit == Some('岁') && people)
        || ((n.unit == Some('月') || n.unit == Some('周')) && noun_follows)
        || (n.unit == Some('年') && !n.is_year)
        || (n.unit == Some('个') && doc.chars.get(n.range.end) == Some(&'月'))
        // "市政府第十七届75次常务会议": a meeting's number.
        // (Not "每年至少召开1次常委会", a goal of how often.)
        || (n.unit == Some('次')
            && n.range.start > 0
            && doc.chars[n.range.start - 1] == '届'
            && (after.contains("会议") || after.starts_with("常委")))
        // "(记者…)12月30日": a month's day, a date.
        || (n.unit == Some('月') && {
            let day = after_figure(doc, n, 3);
            let digits = day.chars().take_while(char::is_ascii_digit).count();
            digits > 0 && matches!(day.chars().nth(digits), Some('日' | '号'))
        })
}

/// The figure before in the same sentence: its subject, base, label and counting word.
struct Prev {
    subject: Subject,
    /// Where its figure ends: a density in brackets right after it is its own.
    end: usize,
    base: Option<(&'static str, f64)>,
    label: String,
    /// The label of the figure that named its subject itself, which a run of sub-figures
    /// ("其中市办及以上医院2.0张、县办医院2.9张") each qualify on their own.
    head: String,
    unit: Option<char>,
}

struct Found {
    num: Num,
    label: String,
    /// The label and what follows the figure, for matching its base (8.68人/10万人口).
    matchable: String,
    clause: Range<usize>,
    label_start: usize,
    /// The words after the figure up to the next mark, for a label whose noun follows.
    after: String,
}

/// What is carried from sentence to sentence within a paragraph: the year it anchored last,
/// the years of its last review, and whether the text is looking back.
#[derive(Default)]
struct Paragraph {
    line: Option<usize>,
    /// The line the last sentence entered ended on.
    end_line: Option<usize>,
    year: Option<(i32, usize)>,
    /// That year was aimed at ("到2025年,…将达到6.5张。"): a sentence of now after it
    /// ("全市现有…") is not of it.
    year_aimed: bool,
    carry: super::time::Carry,
    retrospect: Retrospect,
    /// The year a numbered heading names ("二、2024年工作计划"), for the paragraphs under it.
    section_year: Option<(i32, usize)>,
    /// That heading plans (计划, 安排, 目标, 任务): what its paragraphs state are goals.
    section_ahead: bool,
    /// A report's heading names a part's kind ("三、基层卫生服务", "(四)民营医疗机构"): the beds
    /// and staff counted under it are that part's.
    section_part: bool,
    /// The paragraph turned ahead in a sentence of its own ("过去五年,…。今后五年,…").
    turned_ahead: bool,
    /// It turned ahead to the next five years ("今后五年,…"): its goals are of their end.
    five_years_ahead: bool,
    /// A sentence opened on the region's parts ("分区县看,…"): the figures after it are
    /// theirs until the region's whole is named again or the paragraph ends.
    by_parts: bool,
    /// The sentence before aimed at a year and set goals ("到2025年,…达到7.8张;"), up to a
    /// semicolon: a sentence after it naming no time of its own goes on with that goal.
    aim_open: bool,
    /// The base the sentence before named, up to a semicolon ("每千常住人口…床位数达到6张;执业
    /// (助理)医师数达到2.5人"): a count with a fraction after it is on that base.
    base_open: Option<(&'static str, f64)>,
    /// The catalog's subject the sentence before ended on, up to a semicolon, and its figure's
    /// counting word ("…床位数6.1张;到2025年,提高到7.0张": the goal names none of its own).
    subject_open: Option<(Subject, Option<char>)>,
    /// The year of a heading before that reviewed ("一、2023年工作回顾"; `i32::MIN` without
    /// one): a 主要工作 heading of a later year plans.
    reviewed: Option<i32>,
    /// The sentence before, in this paragraph, ended on the nation's figures.
    elsewhere_before: bool,
    /// The sentence before ended on a semicolon with the nation's figures ("2023年末全国…
    /// 7.23张;每千人口执业(助理)医师3.40人"): they go on, until the region is named.
    elsewhere_past_semicolon: bool,
    /// Under a heading that plans ("二、今后五年的奋斗目标", "三、2026年重点工作"), until one that
    /// reviews: a work report's paragraphs no longer look back.
    heading_ahead: bool,
    /// That heading names the next five years ("今后五年要努力实现以下主要目标:").
    heading_five_years: bool,
    /// The paragraph's line has words of a pledge (`REPORT_AIMS`).
    line_aims: bool,
    /// The sentence before, in this paragraph, ended on a figure reached: a sentence opening
    /// on 其中 counts its parts ("…卫生技术人员7683人,比2015年增加1436人。其中执业(助理)
    /// 医师达到3046人").
    reported_before: bool,
}

impl Paragraph {
    /// Moves to line `line`, and notes whether it aims (`line_aims`).
    fn enter_line(&mut self, doc: &Doc, line: usize) {
        self.line = Some(line);
        self.line_aims = doc
            .lines
            .get(line)
            .is_some_and(|l| has_any(&doc.norm(l), REPORT_AIMS));
    }

    /// Enters sentence `s`: a new line starts a paragraph, whose words may turn back or ahead.
    fn enter(
        &mut self,
        doc: &Doc,
        s: &Range<usize>,
        document_year: Option<i32>,
        wrap: Option<usize>,
    ) {
        let line = doc.lines.partition_point(|l| l.end < s.start);
        // A sentence that starts on the line the one before ended on, or after a line as long
        // as the text's wrapped ones (a PDF's lines broken inside paragraphs), goes on in its
        // paragraph.
        let wrapped_before = line > 0
            && self.end_line == Some(line - 1)
            && wrap.is_some_and(|w| {
                doc.lines.get(line - 1).is_some_and(|l| {
                    let l = doc.trim(l.clone());
                    (w * 4 / 5..=w * 6 / 5).contains(&(l.end - l.start))
                        && !matches!(doc.chars[l.end - 1], '。' | '!' | '?' | '！' | '？' | ':')
                })
            });
        let ended_here = self
            .end_line
            .replace(doc.lines.partition_point(|l| l.end < s.end))
            == Some(line)
            || wrapped_before;
        if self.line != Some(line) && ended_here {
            self.enter_line(doc, line);
        }
        if self.line != Some(line) {
            self.year = None;
            self.year_aimed = false;
            self.carry = None;
            self.turned_ahead = false;
            self.five_years_ahead = false;
            self.aim_open = false;
            self.by_parts = false;
            self.reported_before = false;
            self.elsewhere_before = false;
            self.elsewhere_past_semicolon = false;
            self.enter_line(doc, line);
            if let Some(l) = doc.lines.get(line) {
                let t = doc.norm(l);
                self.retrospect.paragraph(&t, document_year);
                let heading = is_heading(&t);
                if heading {
                    self.section_part = names_a_parts_section(&t);
                }
                // "三、明年工作打算", "二、今年主要工作" plan; "一、今年工作完成情况" does not.
                let reviews = heading && has_any(&t, REVIEW_HEADINGS);
                // (Nor does "一、“十四五”规划目标完成情况": how the goals were met.)
                let plans = heading
                    && has_any(&without_planned_services(&t), PLANNING)
                    && !has_any(&t, GOALS_MET_HEADINGS);
                // (Only a section's own words: "(五)巩固拓展脱贫攻坚成果" reviews nothing, "(三)重点
                // 任务扎实推进" plans nothing.)
                if heading && has_any(&t, &["回顾", "总结"]) {
                    self.heading_ahead = false;
                    self.heading_five_years = false;
                } else if heading && has_any(&t, AHEAD_HEADINGS) {
                    self.heading_ahead = true;
                    self.heading_five_years = has_any(&t, FIVE_YEARS_AHEAD);
                }
                // (A heading with a year is a heading: `heading_year` asks `is_heading` first.)
                if let Some(y) = heading_year(doc, l, document_year) {
                    self.section_year = Some(y);
                    // "二、2024年主要工作" after a review plans; a summary's "一、2023年主要工作"
                    // is what was done.
                    self.section_ahead = plans
                        || (t.contains("主要工作")
                            && !reviews
                            && self.reviewed.is_some_and(|r| y.0 > r))
                        || relative_year(&t).is_some_and(|(after, _)| after == 1 || !reviews);
                    // A heading that plans turns the text ahead.
                    if self.section_ahead && !reviews {
                        self.retrospect.back = false;
                    }
                    if reviews {
                        self.reviewed = self.reviewed.max(Some(y.0));
                    }
                } else if heading {
                    self.section_year = None;
                    self.section_ahead = false;
                    if reviews && !t.contains("基本情况") {
                        self.reviewed = self.reviewed.max(Some(i32::MIN));
                    }
                } else if let Some((y, aims)) = list_year(doc, l, &t) {
                    // "到2025年,主要指标如下:" over a list of lines: each a goal of that year;
                    // "截至2023年底:" each a figure of it.
                    self.section_year = Some(y);
                    self.section_ahead = aims;
                }
            }
        }
    }
}

/// A bulletin's heading that names a part's kind and nothing done to it: "三、基层卫生服务",
/// "(一)农村卫生", "(四)民营医疗机构" (not "(二)加强基层医疗卫生服务体系建设").
fn names_a_parts_section(heading: &str) -> bool {
    let t = strip_numbering(heading.trim()).trim();
    t.chars().count() <= 12
        && !t.chars().any(|c| c.is_ascii_digit())
        && (crate::synonyms::names_a_parts_kind(t) || has_any(t, &["农村卫生"]))
        && !has_any(
            t,
            &[
                "加强", "推进", "提升", "强化", "完善", "建设", "发展", "优化", "健全", "提高",
                "改革", "深化", "实施", "体系",
            ],
        )
}

/// A numbered heading: "二、2024年工作计划", "(一)发展基础", "1.优化床位布局".
fn is_heading(line: &str) -> bool {
    let t = line.trim();
    // "十一、卫生和社会保障": a numeral of up to three characters before its mark.
    let numeral = t
        .chars()
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .count();
    // "(2022年3月15日)" under a bulletin's title is its date, not a heading.
    let date =
        t.starts_with('(') && t.contains('月') && t.chars().filter(|c| is_cjk(*c)).count() <= 4;
    let numbered = strip_numbering(t).len() != t.len()
        || (t.starts_with('(') && !date)
        || (1..=3).contains(&numeral) && t.chars().nth(numeral) == Some('、')
        || t.starts_with('第');
    // "2023年工作计划" on a line of its own: a year's section, unnumbered.
    let years_section = t.chars().count() <= 14
        && t.get(..4)
            .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        && t[4..].starts_with('年')
        && (has_any(t, PLANNING) || has_any(t, REVIEW_HEADINGS));
    // "“十五五”时期经济社会发展的主要目标:" on a line of its own: a section that aims, unnumbered.
    // (Not "“十四五”时期主要目标完成情况:", a review.)
    let aims_ahead = t.ends_with([':', '：'])
        && has_any(t, AHEAD_HEADINGS)
        && !has_any(
            t,
            &[
                "完成",
                "已实现",
                "情况",
                "回顾",
                "成就",
                "成效",
                "进展",
                "评估",
            ],
        );
    (numbered || years_section || aims_ahead)
        && t.chars().count() <= 30
        && !t.contains(['。', ',', ';'])
}

/// The one year a numbered heading names, where it names one and no span; a period it names
/// ("二、“十五五”主要目标任务") stands for its last year; 今年 and 明年 ("三、明年工作打算") the
/// document's year and the next.
fn heading_year(
    doc: &Doc,
    line: &Range<usize>,
    document_year: Option<i32>,
) -> Option<(i32, usize)> {
    let t = doc.norm(line);
    if !is_heading(&t) || t.contains(['-', '—', '~', '至', '到']) {
        return None;
    }
    // "(2025年1月8日在…会议上)": the day a report was delivered, not a section of that year.
    if t.trim().starts_with('(') && t.trim().ends_with(')') {
        return None;
    }
    let mentions = super::time::year_mentions(&doc.chars, line);
    match mentions.as_slice() {
        [m] => Some((m.year, m.at)),
        [] => match super::time::period_mentions(&doc.chars, line).as_slice() {
            // "第一章 “十三五”卫生计生事业发展基础": what the period starts from, the end of the
            // one before.
            [m] if m.kind == YearKind::Aim && t.contains("基础") && !t.contains("目标") => {
                Some((m.year - 5, m.at))
            }
            [m] if m.kind == YearKind::Aim => Some((m.year, m.at)),
            [] => {
                let (after, at) = relative_year(&t)?;
                Some((document_year? + after, line.start + t[..at].chars().count()))
            }
            _ => None,
        },
        _ => None,
    }
}

/// The one year of a line that opens a list ("到2025年,主要健康指标如下:", "截至2023年底:"), and
/// whether it aims at it.
fn list_year(doc: &Doc, line: &Range<usize>, t: &str) -> Option<((i32, usize), bool)> {
    if !t.trim_end().ends_with([':', '：']) || t.chars().count() > 40 {
        return None;
    }
    match super::time::year_mentions(&doc.chars, line).as_slice() {
        [m] if matches!(m.kind, YearKind::Aim | YearKind::AsOf) => {
            Some(((m.year, m.at), m.kind == YearKind::Aim))
        }
        _ => None,
    }
}

/// "孕产妇死亡率和婴儿死亡率由…176.12/10万和24.84‰": a rate written per mille is no maternal
/// mortality (per 100,000), nor one per 100,000 a child's (per mille): paired wrongly.
fn rate_of_another_base(doc: &Doc, f: &Found, named: &Named) -> bool {
    // (Looked at for these three only: it runs at every figure.)
    let written = || doc.between(f.num.range.start, f.num.range.end);
    match &named.subject {
        Some(Subject::Indicator(i)) if i == "maternal_mortality" => written().contains('‰'),
        Some(Subject::Indicator(i)) if i == "infant_mortality" || i == "under5_mortality" => {
            let w = written();
            ["10万", "十万", "100000"].iter().any(|b| w.contains(b))
        }
        _ => false,
    }
}

/// Whether a label is only a time and a verb of change ("到2025年,提高到"), or nothing at all.
fn names_only_a_change(label: &str) -> bool {
    let mut t = label.to_string();
    // (Longest first: 提高到 before 到.)
    for w in super::time::REVIEW_VERBS.iter().chain(&[
        "达到",
        "力争",
        "进一步",
        "将",
        "到",
        "至",
        "年底",
        "年末",
        "年",
        "底",
        "末",
    ]) {
        t = t.replace(w, "");
    }
    let t =
        t.trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || ",，、".contains(c));
    t.is_empty()
}

/// Whether `text` speaks of the year it is written in (年内, 全年, 当年, 年底前), not of some
/// years ahead ("5年内", "三年内").
fn within_the_year(text: &str) -> bool {
    ["年内", "全年", "当年", "年底前"].iter().any(|w| {
        text.match_indices(w).any(|(at, _)| {
            !text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两几多".contains(c))
                // (Not "全年龄段", "当年出生".)
                && !text[at + w.len()..].starts_with(['龄', '出'])
        })
    })
}

/// A year named from the document's own: 今年 (0) or 明年 (1), the last one in `text`, and
/// where it is (bytes); never one that looks back ("今年以来") or a piece of another word
/// (说明年度, 表明年均, 如今年轻).
fn relative_year(text: &str) -> Option<(i32, usize)> {
    [("明年", 1), ("今年", 0)]
        .iter()
        .flat_map(|(w, after)| {
            text.match_indices(w)
                .filter(|(at, _)| {
                    !text[at + w.len()..].starts_with("以来")
                        && !matches!(
                            text[..*at].chars().next_back(),
                            Some('说' | '表' | '证' | '如' | '于')
                        )
                })
                .map(|(at, _)| (*after, at))
                .collect::<Vec<_>>()
        })
        .max_by_key(|(_, at)| *at)
}

/// Words of the time a text is written in, or of one before it: a clause with them is no
/// goal's going on ("…达到7.8张;目前为6.5张").
const NOW_WORDS: &[&str] = &[
    "目前", "现有", "现为", "当前", "已", "截至", "年末", "年底", "比", "较", "同比", "上年",
    "眼下", "如今",
];

/// Words that say a count is of the time the text is written ("全市现有…"): a year aimed at
/// the sentence before does not date it.
const TODAY_WORDS: &[&str] = &["现有", "目前", "当前", "现为", "截至", "截止"];

/// Reads the sentences outside the tables: goals, figures and reviews.
pub fn read(
    doc: &Doc,
    catalog: &Catalog,
    cx: &Context,
    taken: &Taken,
    rows: &mut Vec<Row>,
    goals: &mut Vec<Goal>,
    unresolved: &mut Vec<Unresolved>,
) {
    let mut paragraph = Paragraph::default();
    // A part's institutions named before a semicolon ("共有基层医疗卫生机构3232所,…;2021年…床位
    // 数8003张"): the sentence after it goes on about that part.
    let mut part_open = false;
    // A text that introduces one institution ("某某县人民医院始建于1952年,是…") goes on about it
    // ("医院现有职工860人,…开放床位600张") until it names the region.
    let mut one_institution = false;
    // A line as long as a PDF's wrapped lines: its sentence goes on in the next line. A page
    // whose lines are not wrapped ends a sentence with its line (a web page's paragraph that
    // lost its 。), unless the next line cannot start one.
    let wrap = wrapped_width(doc);
    let long = wrap.map(|w| (w * 3 / 4).clamp(12, 30));
    for s in sentences(doc, taken, long) {
        if rows.len() >= super::MAX_ROWS {
            break;
        }
        let text = doc.norm(&s);
        // (Ended by the region named, a heading, or a sentence opening on a year.)
        if one_institution
            && (has_any(&text, WHOLE)
                || has_any(&text, OWN_WORDS)
                || is_heading(&text)
                || opens_on_a_year(&text))
        {
            one_institution = false;
        }
        let part_before = std::mem::take(&mut part_open) || one_institution;
        one_institution = one_institution || parts::introduces_one_institution(&text);
        paragraph.enter(doc, &s, cx.document_year, wrap);
        if text.chars().count() > 2000 || is_page_meta(&text) || is_an_example(&text) {
            continue;
        }
        if by_parts(&text) {
            paragraph.by_parts = true;
        }
        // "过去五年,…。今后五年,每千人口执业(助理)医师达到3.5人": from here the paragraph aims.
        // "今年主要预期目标:…" too; the year named before is no longer the sentences'.
        let opening: String = text.trim_start().chars().take(12).collect();
        // "过去一年,…", "五年来,…": a sentence that opens looking back over a span.
        let opens_looking_back = ["过去一年", "过去五年", "五年来", "一年来"]
            .iter()
            .any(|w| opening.starts_with(w));
        // (Not "今年全县卫生健康工作目标任务圆满完成": a goal named as met.)
        let goal_names = ["目标是", "目标为", "目标:", "预期目标", "主要目标"];
        let states_goals = goal_names.iter().any(|w| opening.contains(w));
        // "2026年全市经济社会发展主要预期目标是:…" in that year's report: its goals.
        let own_years_goals = cx.opens_its_year && {
            let lead: String = text.trim_start().chars().take(20).collect();
            lead.get(..4)
                .and_then(|y| y.parse::<i32>().ok())
                .is_some_and(|y| {
                    lead[4..].starts_with('年') && cx.document_year.is_some_and(|d| y >= d)
                })
                && goal_names.iter().any(|w| lead.contains(w))
        };
        // A government work report is delivered as its year opens: its 今年 is that year's plan.
        // (So is its 新的一年.)
        let this_year_ahead = cx.opens_its_year
            && (opening.starts_with("今年") && !opening.starts_with("今年以来")
                || opening.starts_with("新的一年"));
        // "2025年是“十四五”收官之年。主要目标:…": a sentence that opens on the goals aims.
        let opens_on_goals = [
            "主要目标",
            "主要预期目标",
            "工作目标",
            "发展目标",
            "总体目标",
        ]
        .iter()
        .any(|w| {
            opening.starts_with(w)
                // (Not "主要目标全部实现:…", goals met.)
                && !text
                    .trim_start()
                    .get(w.len()..)
                    .is_some_and(super::time::said_met)
        });
        // ("报告明确了今后五年福州发展蓝图:…": the goals the report sets for them.)
        let five_years = FIVE_YEARS_AHEAD.iter().any(|w| opening.contains(w));
        // "今后一个时期,我们将…": ahead, read as the next five years (the year it ends inferred).
        // (Only in a report that opens a five-year period: 2021's, 2026's.)
        let a_time_ahead = cx.opens_its_year
            && cx.document_year.is_some_and(|d| d.rem_euclid(5) == 1)
            && [
                "今后一个时期",
                "今后一段时期",
                "未来一个时期",
                "未来一段时期",
            ]
            .iter()
            .any(|w| opening.starts_with(w));
        if five_years
            || (["今年", "明年", "新的一年"]
                .iter()
                .any(|w| opening.starts_with(w))
                && states_goals)
            || this_year_ahead
            || opens_on_goals
            || own_years_goals
            || a_time_ahead
        {
            paragraph.turned_ahead = true;
            paragraph.five_years_ahead = five_years || a_time_ahead;
            paragraph.year = None;
        } else if opening.starts_with("去年") && !opening.starts_with("去年同期") {
            // "去年,全市人均预期寿命达到80.2岁": the year before the document's.
            paragraph.turned_ahead = false;
            paragraph.retrospect.last_year();
        } else if paragraph.turned_ahead && opens_looking_back {
            // "…今后五年的主要目标是:…。过去一年,…": back again.
            paragraph.turned_ahead = false;
            paragraph.retrospect.paragraph(&text, cx.document_year);
        }
        // "今年,我市将…": not of the year the sentence before was of; nor is "一年来,…" after
        // "2024年,全县每千人口床位数为5.02张。" in a summary of 2025.
        if opening.starts_with("今年") && !opening.starts_with("今年以来") {
            paragraph.year = None;
        }
        if ["一年来", "过去一年"]
            .iter()
            .any(|w| opening.starts_with(w))
        {
            paragraph.year = None;
            paragraph.retrospect.one_year_back();
        }
        // A work report, delivered as its year opens, looks back unless it turns ahead (今年,
        // 今后五年, a heading of the year's tasks) or its paragraph aims ("…确保居民收入增速不低于
        // 经济增速;…人均预期寿命提升到80岁以上": the next period's goals, of a year it does not
        // name).
        // (Not a sentence that opens looking back: "一年来,全县…达到5.3张。新的一年,…力争…".)
        let opens_back = opens_looking_back || opening.starts_with("去年");
        let paragraph_aims = cx.opens_its_year && paragraph.line_aims && !opens_back;
        let report_looks_back = cx.opens_its_year
            && !paragraph.turned_ahead
            && !paragraph.section_ahead
            && !paragraph.heading_ahead
            && !paragraph_aims;
        let looking_back = paragraph.retrospect.back || cx.reports || report_looks_back;
        let covered = coverage(doc, &s, cx, paragraph.year, looking_back, rows);
        let time = Time::read(doc, &s, paragraph.carry);
        paragraph.carry = time.carry().or(paragraph.carry);
        paragraph.retrospect.sentence(&time, cx.document_year);
        // A change against a comparison (比上年增加58张) is no figure of a year; in a plan's goal
        // ("较2020年提高1岁") it is the goal's increase, read below.
        // Under a heading of a year not yet over ("二、2025年工作安排") a sentence aims too.
        let under_aim = paragraph.turned_ahead
            || paragraph.section_ahead
                && paragraph.section_year.is_some_and(|(y, _)| {
                    !paragraph.retrospect.back && cx.document_year.is_none_or(|d| y >= d)
                });
        let aims_at_a_year = time
            .mentions
            .iter()
            .any(|m| m.kind == YearKind::Aim && cx.document_year.is_none_or(|d| m.year >= d));
        // "…;每千常住人口药师(士)数0.54人。": the goal goes on, unless the sentence turns to now.
        let aim_carried = std::mem::take(&mut paragraph.aim_open) && !has_any(&text, NOW_WORDS);
        // "…;每千人口床位数为4.5张,其中2021年…分别规划…": up to the sentence's own first year.
        let goal_goes_on =
            aim_carried.then(|| time.mentions.iter().map(|m| m.at).min().unwrap_or(s.end));
        let goes_on_aiming = aim_carried && time.mentions.is_empty();
        let aims = under_aim || aims_at_a_year;
        let found = figures(&doc.chars, s.clone());
        // "总计 2642 16843 20250": a table's row of bare figures, whose columns a sentence cannot
        // tell apart, is never read as prose.
        let bare = bare_runs(doc, &found);
        let all: Vec<Num> = found
            .into_iter()
            .enumerate()
            .filter(|(k, _)| !bare.contains(k))
            .map(|(_, n)| n)
            .filter(|n| !n.is_year && !in_label(doc, n) && !in_alternative(doc, n))
            .filter(|n| !covered.iter().any(|c| c.contains(&n.range.start)))
            .filter(|n| aims || !time.is_change(n) || goal_words(doc, &s, n))
            .filter(|n| aims || !after_a_bare_change(doc, n) || goal_words(doc, &s, n))
            .filter(|n| !an_average_per_unit(doc, n) && !after_a_gap(doc, n))
            .filter(|n| !each_parts_floor(doc, n) && !per_ten_thousand(doc, n))
            .filter(|n| {
                !a_table_titles_year(doc, n)
                    && !a_hospitals_size(doc, n)
                    && !a_bare_year(doc, n)
                    && !a_days_date(doc, n)
                    && !picks_places(doc, n)
                    && !another_ones_compared(doc, n)
            })
            // "比规划目标高0.3人", "比全国平均水平多0.5张": a difference from a norm, never a goal.
            .filter(|n| !time.compared_to_a_norm(doc, n))
            .collect();
        if all.is_empty() {
            goal_in_words(doc, &s, &text, goals);
            // "到2025年,…;孕产妇死亡率控制在十万分之九以内;…": a goal in words goes on with it.
            paragraph.aim_open = goes_on_aiming && doc.chars.get(s.end) == Some(&';');
            // (Not a comparison's: "与2022年末相比,床位增加72张。")
            if let Some(y) = year_before(&doc.chars, &s, s.end)
                && !super::time::an_awards_year(&doc.chars, y.1)
                && !super::time::an_events_year(&doc.chars, y.1)
                && !super::time::names_a_meeting_looking_back(&doc.chars, y.1)
                && !time
                    .mentions
                    .iter()
                    .any(|m| m.at == y.1 && m.kind == YearKind::Comparison)
            {
                paragraph.year = Some(y);
                paragraph.year_aimed = false;
            }
            continue;
        }
        let sentence = Sentence {
            doc,
            cx,
            s: &s,
            text: &text,
            time: &time,
            aims,
            under_aim,
            goal_goes_on,
            paragraph_year: paragraph
                .year
                .filter(|_| {
                    // ("在现有基础上,…提高到4.0人" aims on from today.)
                    !(paragraph.year_aimed && has_any(&text.replace("现有基础", ""), TODAY_WORDS))
                })
                .or(paragraph.section_year),
            retrospect: paragraph.retrospect,
            part_before,
            in_a_parts_section: cx.reports && paragraph.section_part,
            // ("…我国…其中,居民人均预期寿命由…。此外,孕产妇死亡率从…": the nation's still; not
            // 同时 or 另外, which often turn to the region.)
            places_open: paragraph.by_parts
                || (std::mem::take(&mut paragraph.elsewhere_before)
                    && text.trim_start().starts_with("此外"))
                // (Not where it names the region: "…7.23张;泰州市每千人口…", "鄞州区…" of 宁波市
                // 鄞州区, "沛县…", "当地…".)
                || (std::mem::take(&mut paragraph.elsewhere_past_semicolon)
                    && !has_any(&text, &["当地", "本地"])
                    && cx.region.as_deref().is_none_or(|r| {
                        let own = r
                            .rfind(['市', '省', '州'])
                            .filter(|at| at + '市'.len_utf8() < r.len())
                            .map_or(r, |at| &r[at + '市'.len_utf8()..]);
                        let short = own.trim_end_matches(['市', '县', '区', '省']);
                        let name = if short.chars().count() < 2 { own } else { short };
                        !text.contains(name)
                    })),
            base_before: std::mem::take(&mut paragraph.base_open),
            subject_before: paragraph.subject_open.take(),
            report_looks_back,
            paragraph_aims,
            five_years_ahead: (paragraph.turned_ahead && paragraph.five_years_ahead)
                || (paragraph.heading_ahead && paragraph.heading_five_years),
            parts_of_a_report: paragraph.reported_before
                && text.trim_start().starts_with("其中")
                && time.mentions.is_empty(),
        };
        let before = rows.len();
        let read = sentence.read(catalog, &all, rows, unresolved);
        let about_a_part = read.about_a_part;
        paragraph.elsewhere_before = read.elsewhere;
        paragraph.elsewhere_past_semicolon =
            read.open_elsewhere && doc.chars.get(s.end) == Some(&';');
        paragraph.reported_before = rows[before..]
            .last()
            .is_some_and(|r| r.role == Role::Figure);
        paragraph.base_open = read.base.filter(|_| doc.chars.get(s.end) == Some(&';'));
        paragraph.subject_open = read.last.filter(|_| doc.chars.get(s.end) == Some(&';'));
        // The whole named again ends the parts (its figure was read as the region's).
        if has_any(&text, WHOLE) || has_any(&text, OWN_WORDS) {
            paragraph.by_parts = false;
        }
        // ("今年,我市将…达到4.5个;推进…,覆盖率达到85%以上": the year's tasks go on too.)
        paragraph.aim_open = (aims_at_a_year || goes_on_aiming || sets_the_years_tasks(&text, cx))
            && doc.chars.get(s.end) == Some(&';')
            && rows[before..].iter().any(|r| r.role == Role::Target);
        // Only to the next sentence on the same line.
        part_open = about_a_part
            && doc.chars.get(s.end) == Some(&';')
            && doc.chars[s.end..]
                .iter()
                .take_while(|c| **c != '\n')
                .any(|c| !c.is_whitespace() && *c != ';');
        // ("…距离国家提出的到2030年每万人口全科医生5人的目标仍有差距。全市有…98人": a goal
        // someone set, held up to, dates no figure after it.)
        let set_by_another = |m: &super::time::Mention| {
            m.kind == YearKind::Aim
                && ["提出的", "确定的", "要求的"]
                    .iter()
                    .any(|w| doc.between(m.at.saturating_sub(5), m.at).contains(w))
        };
        let relative = relative_year_clause(&doc.chars, s.start, s.end);
        if let Some(m) = time
            .carried_anchor(&doc.chars)
            .filter(|m| !set_by_another(m))
            // (The day a report was made, before "…获悉,去年…": last year goes on.)
            .filter(|m| {
                !relative.is_some_and(|(back, at)| {
                    back > 0 && m.at < at && super::time::opens_a_days_date(&doc.chars, m.at)
                })
            })
        {
            paragraph.year = Some((m.year, m.at));
            paragraph.year_aimed = m.kind == YearKind::Aim;
        } else if let Some((back, at)) = relative
            && let Some(y) = cx.years_back_said(back, doc.chars[at])
        {
            // "…获悉,去年,…4.27万张;每千常住人口执业(助理)医师3.41人": on over the semicolon.
            paragraph.year = Some((y, at));
            paragraph.year_aimed = false;
        }
    }
    set_aside_registered_beside_resident(rows, unresolved);
    drop_headlines_told_again(doc, rows);
}

/// "长兴县每千人口床位达6.9张" over a body that gives 6.87 张: the headline's figure is the body's,
/// rounded (or named loosely, 执业医师 for 执业(助理)医师); the body's stands alone.
fn drop_headlines_told_again(doc: &Doc, rows: &mut Vec<Row>) {
    let Some(first) = doc.lines.iter().find(|l| !doc.norm(l).trim().is_empty()) else {
        return;
    };
    let headline = doc.norm(first);
    if headline.chars().count() > 40 || headline.contains('。') {
        return;
    }
    let head = doc.bytes(first);
    let in_head = |r: &Row| head.contains(&r.span.start);
    let loose = |s: &Subject| match s {
        Subject::Indicator(i) | Subject::Quantity(i) => {
            i.replace("licensed_physicians", "physicians")
        }
        Subject::Tracked { label, .. } => label.clone(),
    };
    // (Told again: the same measure, the same year, a value no more than a tenth apart.)
    let told: Vec<(String, i32, f64)> = rows
        .iter()
        .filter(|r| r.role == Role::Figure && !in_head(r))
        .filter_map(|r| Some((loose(&r.subject), r.year, r.value()?)))
        .collect();
    rows.retain(|r| {
        !(r.role == Role::Figure
            && in_head(r)
            && told.iter().any(|(s, y, v)| {
                *s == loose(&r.subject)
                    && *y == r.year
                    && r.value().is_some_and(|h| (h - v).abs() <= 0.1 * v.abs())
            }))
    });
}

/// A figure per registered resident beside the same figure per resident (按户籍人口计算…;按常住
/// 人口计算…, a yearbook's 每千户籍人口床位数 row over its 每千常住人口 one, a 户籍人口 row beside
/// 常住人口) is another basis's, said so rather than proposed; alone, it is proposed marked.
fn set_aside_registered_beside_resident(rows: &mut Vec<Row>, unresolved: &mut Vec<Unresolved>) {
    super::set_aside_other_basis(rows, unresolved, |k, rows| {
        let r = &rows[k];
        let population = matches!(&r.subject, Subject::Quantity(q) if q == "population");
        // (A 户籍人口 alone is no resident population either.)
        r.basis == Some(Basis::Registered) && population
            || r.basis == Some(Basis::Registered)
                && rows.iter().any(|o| {
                    o.basis != Some(Basis::Registered)
                        && o.subject == r.subject
                        && o.year == r.year
                        && o.role == r.role
                })
    });
}

/// "例如:床位数6 000张、常住人口100万人时,每千人口床位数为6.00张": a definition's worked
/// example, no region's figures.
fn is_an_example(text: &str) -> bool {
    let t = text.trim_start();
    ["例如", "比如", "假设", "假定", "举例", "例:"]
        .iter()
        .any(|w| t.starts_with(w))
        // A definition: "婴儿死亡率 指年内未满1岁婴儿死亡人数与同年活产数之比".
        || t.contains("是指")
        || t.contains(" 指")
}

/// One sentence with figures, and what the text around it says of its time.
struct Sentence<'a> {
    doc: &'a Doc<'a>,
    cx: &'a Context,
    s: &'a Range<usize>,
    text: &'a str,
    time: &'a Time,
    /// It aims at a year not yet over (到2025年).
    aims: bool,
    /// It stands under a heading of a year not yet over ("二、2025年工作安排").
    under_aim: bool,
    /// It goes on with the goal of the sentence before its semicolon (`Paragraph::aim_open`),
    /// up to where it names a year of its own.
    goal_goes_on: Option<usize>,
    paragraph_year: Option<(i32, usize)>,
    retrospect: Retrospect,
    /// The sentence before, up to a semicolon, named a part's institutions.
    part_before: bool,
    /// It stands under a report's heading naming a part (`Paragraph::section_part`).
    in_a_parts_section: bool,
    /// The paragraph went over to the region's parts (`Paragraph::by_parts`).
    places_open: bool,
    /// The base the sentence before its semicolon named (`Paragraph::base_open`).
    base_before: Option<(&'static str, f64)>,
    /// The subject the sentence before its semicolon ended on (`Paragraph::subject_open`).
    subject_before: Option<(Subject, Option<char>)>,
    /// It opens on 其中 after a sentence that reported (`Paragraph::reported_before`).
    parts_of_a_report: bool,
    /// A work report's sentence in a paragraph that neither turns ahead nor aims: it reports
    /// the years before the report.
    report_looks_back: bool,
    /// In a paragraph that turned to the next five years (`Paragraph::five_years_ahead`).
    five_years_ahead: bool,
    /// A work report's paragraph that aims (确保, 力争, 争取, 不低于): the look back of the
    /// paragraphs before it ends, and its undated levels are of no year it names.
    paragraph_aims: bool,
}

/// What a sentence read tells the next one after its semicolon.
struct Read {
    /// It is about a part's institutions.
    about_a_part: bool,
    /// It ended on the nation's figures: "此外,…" goes on with them.
    elsewhere: bool,
    /// It ended on the nation's figures, opened on it ("2023年末全国…").
    open_elsewhere: bool,
    /// The base of its last density ("每千常住人口").
    base: Option<(&'static str, f64)>,
    /// The catalog's subject of its last figure, with that figure's counting word.
    last: Option<(Subject, Option<char>)>,
}

/// A figure's role and year, where its year was taken from, and whether it was assumed.
struct When {
    role: Role,
    year: i32,
    year_inferred: bool,
    /// A goal a plan set for a year gone by, named in a later text: neither reached nor ahead.
    goal_named: bool,
    /// Where the year was written, for the quote to start there.
    at: Option<usize>,
}

/// Subjects carried from figure to figure in a sentence.
#[derive(Default)]
struct Subjects<'a> {
    prev: Option<Prev>,
    /// What a review started from: where it went is the same ("从30岁延长至72.35岁").
    from: Option<Subject>,
    /// The base of the figure before, and where it ended, matched or not: an enumeration
    /// shares it ("每万人拥有医院床位数60.3张、执业医师21.2人").
    last_base: Option<((&'static str, f64), usize)>,
    /// The last word of the last rate named, in the catalog or not ("新生儿死亡率1.2‰,婴儿2.1‰":
    /// 死亡率), with its figure's unit, for a group after it.
    last_rate: Option<(&'static str, Option<char>)>,
    /// The region's own name (`own_name`), which names no group ("东城区户籍居民").
    own_name: Option<&'a str>,
    /// The base the sentence before its semicolon named (`Sentence::base_before`).
    carried_base: Option<(&'static str, f64)>,
    /// The subject the sentence before its semicolon ended on (`Sentence::subject_before`).
    carried_subject: Option<(Subject, Option<char>)>,
    /// The first catalog subject the sentence named: a sentence about one goes on with it past
    /// its semicolon, one about several (a part's after the whole's) does not.
    first: Option<Subject>,
    /// The last base the sentence named itself, for the one after its semicolon (a review's
    /// end names none: "每千常住人口…床位数由4.8增至5.5;执业(助理)医师由3.4增至4.4").
    named_base: Option<(&'static str, f64)>,
}

/// What a figure counts: its subject (if the catalog's), whether it is a part of a total,
/// and its label.
struct Named {
    subject: Option<Subject>,
    part: bool,
    label: String,
    /// Rebased from the text's base (每万人口) to the catalog's: (the text's per, the factor).
    rebased: Option<(f64, f64)>,
    /// A percent that is a rate's level, not a change.
    rate: bool,
}

impl Sentence<'_> {
    /// Reads the sentence's figures into `rows`; what the sentence after its semicolon goes on
    /// with.
    fn read(
        &self,
        catalog: &Catalog,
        all: &[Num],
        rows: &mut Vec<Row>,
        unresolved: &mut Vec<Unresolved>,
    ) -> Read {
        let doc = self.doc;
        // The counts proposed so far in the sentence, with where their figures end.
        let mut counted: Vec<(Subject, i32, usize)> = Vec::new();
        let mut found = label_figures(doc, self.s, all);
        let review = all.iter().any(|n| self.time.review_side(n).is_some());
        let mut subjects = Subjects::default();
        let own = self
            .cx
            .region
            .as_deref()
            .map(own_name)
            .filter(|o| o.chars().count() >= 2);
        subjects.own_name = own;
        subjects.carried_base = self.base_before;
        subjects.carried_subject = self.subject_before.clone();
        for f in &mut found {
            read_in_its_text(doc, own, f);
        }
        let mut parts = Parts::new(self);
        // "市第三人民医院(市精神卫生中心)…,实际开放床位860张": a sentence about one institution.
        let opens_on_one = parts::opens_on_one_institution(self.text);
        let mut places = Places::new(self.places_open, self.text);
        for (k, f) in found.iter().enumerate() {
            let side = self.time.review_side(&f.num);
            subjects.review_step(side, match_label(&f.matchable, catalog, None));
            let when = self.when(f, side, all);
            // "中医民族医医疗机构已由1985年的38所增加到2014年的78所,床位数由…增加到…": a part's
            // institutions, though no figure of their own is proposed, still say whose the beds
            // after them are.
            if when.is_err() && matches!(f.num.unit, Some('所' | '家' | '个')) {
                let clause_before = doc.between(f.clause.start, f.num.range.start);
                let bare = Named {
                    subject: None,
                    part: false,
                    label: f.matchable.clone(),
                    rebased: None,
                    rate: false,
                };
                parts.step(self.text, k, f, &bare, &clause_before);
            }
            let when = match when {
                Ok(w) => w,
                // Only a figure the catalog names is worth telling about.
                Err(Some(Reason::Undated))
                    if match_label(&f.matchable, catalog, None).is_none() =>
                {
                    continue;
                }
                Err(Some(reason)) => {
                    unresolved.push(Unresolved {
                        quote: doc.quote(&f.clause).to_string(),
                        reason,
                    });
                    continue;
                }
                Err(None) => continue,
            };
            // "建国初期我国人均预期寿命只有40岁左右", "高于全国平均水平的6.7张": not this
            // region's figure of a year.
            let clause_before: String = doc.chars[f.clause.start..f.num.range.start]
                .iter()
                .collect();
            if when.at.is_none() && has_any(&clause_before, OLD_TIMES) {
                continue;
            }
            // "以执业(助理)医师为1": the term a ratio is given on, in its definition.
            if f.num.unit.is_none()
                && clause_before.trim_start().starts_with('以')
                && clause_before.trim_end().ends_with('为')
            {
                continue;
            }
            let mut named = subjects.name(doc, catalog, f, side, review && k == 1);
            // "每千人拥有执业医师2.01人(含执业助理医师)": the assistants counted in, so the
            // catalog's 执业(助理)医师.
            let after_unit = f.after.trim_start_matches(['人', '名']);
            if after_unit.starts_with("(含执业助理医师") || after_unit.starts_with("(含助理医师")
            {
                named.subject = match named.subject.take() {
                    Some(Subject::Indicator(i)) if i == "licensed_physicians_per_1000" => {
                        Some(Subject::Indicator("physicians_per_1000".into()))
                    }
                    Some(Subject::Quantity(q)) if q == "licensed_physicians" => {
                        Some(Subject::Quantity("physicians".into()))
                    }
                    other => other,
                };
            }
            // "10项指标中增速最快的是千人口全科医生数": a count of items, visits or money is no
            // measure the catalog names.
            let counts_other_things = named.subject.is_some()
                && matches!(
                    f.num.unit,
                    Some('项' | '次' | '台' | '辆' | '元' | '批' | '支' | '例')
                );
            // "35岁以下执业医师3200人": an age group of the staff or beds (托位 are for an age).
            let an_age_group = named.subject.as_ref().is_some_and(|s| {
                is_total(s) && !matches!(s, Subject::Quantity(q) if q == "nursery_places")
            }) && {
                let near = f.clause.start.max(f.label_start.saturating_sub(8));
                has_any(
                    &doc.between(near, f.num.range.start),
                    &["岁以下", "岁以上", "岁及以下", "岁及以上"],
                )
            };
            if when.goal_named
                || counts_other_things
                || an_age_group
                || excludes_a_place(&f.label)
                || rate_of_another_base(doc, f, &named)
            {
                continue;
            }
            // Where the review went counts what its start was named as ("注册护士数由3.28人提升至
            // 4.25人" after a density: both per 1,000).
            if matches!(side, Some((Side::From, _))) && named.subject.is_some() {
                subjects.from = named.subject.clone();
            }
            // "规划确定的每千人口床位数6张的目标顺利完成": a goal named, whose year is over, is no
            // figure of what was reached (its subject still names the figure after it).
            // In a report, the goal it names ("超过规划确定的3.0人的目标", "提前完成规划目标(5.5张)")
            // is the reviewed plan's, not one of its own.
            let goal_named = names_a_goal(&f.after)
                || in_goals_listed(doc, self.s, f)
                // ("…2.91人,规划目标为3.2人": the goal beside a figure, in a review too.)
                || (clause_before
                        .trim_end_matches(['(', ':', '为'])
                        .trim_end_matches('值')
                        .ends_with("目标"));
            // "仍有欠账2980张", "缺口1200张": what is lacking; "按全区常住人口402.36万人计算": the
            // basis of a sum. Neither is a figure or a goal of its own.
            let lacking = ["欠账", "缺口"]
                .iter()
                .any(|w| clause_before.trim_end().ends_with(w));
            // (The population a note counts rates on is the population: "注:…按常住人口76.2万人
            // 计算".)
            let basis = f
                .after
                .trim_start_matches(['张', '人', '个'])
                .starts_with("计算")
                && !(when.role == Role::Figure
                    && matches!(&named.subject, Some(Subject::Quantity(q)) if q == "population"));
            // "若含驻甬部队医院,床位总数为60,215张", "如计入省属医院,…": a count on another
            // basis, supposed.
            let supposed = on_a_supposed_basis(doc, self.text, self.s, f);
            // (A report's own plan's goal for a year it names, still ahead: "每千人口床位数2025年
            // 目标为6.5张" in a review of 2024 is the region's goal, as "…目标是6.5张" is.)
            let own_goal_ahead = when.role == Role::Target
                && matches!(
                    named.subject,
                    Some(Subject::Indicator(_) | Subject::Quantity(_))
                )
                && !has_any(&clause_before, &["国家", "全国", "省", "县域", "其中"])
                && !when.year_inferred
                && when.at.is_some_and(|at| at >= self.s.start)
                && !names_a_goal(&f.after)
                && !in_goals_listed(doc, self.s, f);
            if names_a_difference(&f.after)
                || lacking
                || basis
                || supposed
                || (goal_named && (when.role == Role::Figure || self.cx.reports && !own_goal_ahead))
            {
                continue;
            }
            parts.step(self.text, k, f, &named, &clause_before);
            // "老的定安县人民医院占地面积只有46亩,床位150张": bare beds after a clause about one
            // hospital are its own.
            if k == 0 || found[k - 1].num.range.end <= f.clause.start {
                parts.after_one_institution(&f.label, || {
                    let mut end = f.clause.start.max(self.s.start);
                    while end > self.s.start && matches!(doc.chars[end - 1], ',' | ';' | ':' | ' ')
                    {
                        end -= 1;
                    }
                    back_to_mark(doc, end, end - self.s.start, &[',', ';', '。', ':'])
                });
            }
            // "编制床位数1403张(公立833张,民营570张)": beds authorised, whatever their kind.
            let kind = a_kind_in_brackets(doc, f);
            let named = match &kind {
                Some(head) if head.contains("编制") && named.subject.is_some() => Named {
                    subject: None,
                    part: true,
                    ..named
                },
                _ => named,
            };
            // "其中县人民医院编制床位600张、实际开放床位820张": a clause opening on one
            // institution after 其中 is that institution's, every figure of it.
            // (Or a sentence opening on one institution, "市第三人民医院…,实际开放床位860张",
            // in a clause that does not name the region's whole.)
            let head = doc.between(f.clause.start, f.num.range.start);
            let head = head.trim_start();
            let after_qizhong = head.strip_prefix("其中");
            let one_institutions = after_qizhong.is_some()
                && crate::synonyms::names_part_institutions(before_a_figure(head))
                || opens_on_one && {
                    // (Not after a clause that names the region's whole: "…新院区正式投入使用,…,
                    // 全县每千人口…达到5.2张,执业(助理)医师达到2105人".)
                    let first_end = (self.s.start..f.clause.start)
                        .find(|&k| matches!(doc.chars[k], ',' | ';'))
                        .unwrap_or(f.clause.start);
                    !has_any(&doc.between(first_end, f.clause.end), REGION_WIDE)
                };
            // "…每10万人口康复治疗师11.8名,其中县人民医院康复医师15名、康复治疗师28名": after 其中,
            // one named hospital's figures, whatever they would be named (not a rate carried on).
            let named_hospital = after_qizhong.is_some_and(|rest| {
                parts::opens_on_one_institution(before_a_figure(
                    rest.trim_start_matches([',', ':']),
                ))
            });
            let named = match named.subject {
                Some(ref sub)
                    // (Nursery places after a kind of institution's beds are no medical
                    // part: "医养结合机构344所、床位5.2万张,婴幼儿托育机构2616个、托位10.9万个".)
                    if (parts.covers() && !matches!(sub, Subject::Quantity(q) if q == "nursery_places")
                        || kind.is_some()
                        || one_institutions)
                        && (is_total(sub) || crate::synonyms::counts_a_kind(sub))
                        // (Under a part's heading, 全市 names no whole: "三、基层卫生服务 / …全市
                        // 床位8,102张".)
                        && (!has_any(&f.matchable, REGION_WIDE) || parts.totals_of_the_section())
                        || named_hospital =>
                {
                    Named {
                        subject: None,
                        part: true,
                        label: named.label,
                        rebased: None,
                        rate: false,
                    }
                }
                _ => named,
            };
            parts.opens_on_a_kinds_count(k, f, &named);
            // What was added is never the catalog's count; with its own label it stays a row.
            // (A density or a rate is never added: "新增床位1200张、每千人口床位6.8张".)
            if (matches!(named.subject, Some(Subject::Quantity(_)))
                || (named.subject.is_some() && bracketed_after_a_figure(doc, f)))
                && in_an_addition(doc, self.time, self.s, &f.num)
            {
                continue;
            }
            if places.elsewhere(self, &found, k, &clause_before, named.subject.is_some()) {
                if named.subject.is_some() {
                    unresolved.push(Unresolved {
                        quote: doc.quote(&f.clause).to_string(),
                        reason: Reason::OtherRegion,
                    });
                }
                continue;
            }
            // "按户籍人口计算,每千人口床位7.2张": per registered resident, said on the row.
            let registered = population_basis(&clause_before) == Some(Basis::Registered)
                || self::clause_before(doc, &f.clause).is_some_and(|(t, _)| {
                    has_any(&t, &["按户籍", "以户籍", "户籍口径", "户籍人口计算"])
                });
            match self.row(catalog, f, &when, named) {
                // "执业(助理)医师1.2万人,其中在岗执业(助理)医师1.1万人", "床位2.4万张,其中,可开放
                // 床位2.1万张": after 其中, the same count again is a part of the one before.
                Ok(row)
                    if is_total(&row.subject)
                        && counted.iter().any(|(subject, year, end)| {
                            *subject == row.subject
                                && *year == row.year
                                && doc.between(*end, f.num.range.start).contains("其中")
                        }) => {}
                // "6.1张(2025年目标6.5张)": the figure before a dated goal in brackets is of a
                // year the text does not give here (the goal's is not its); not proposed.
                // (One of its own year stays: "截至2020年底,…达到2.86人(2020年规划目标2.5人)".)
                Ok(row)
                    if (row.role == Role::Target || row.year_inferred)
                        && dated_goal_follows(doc, &f.num) => {}
                // "床位数 现状6.02张 目标6.5张": the present, named so, is no goal (and its year
                // is not given here).
                Ok(row)
                    if row.role == Role::Target
                        && ["现状", "现状值", "现状为", "现状值为"].iter().any(|w| {
                            doc.between(f.clause.start, f.num.range.start)
                                .trim_end()
                                .trim_end_matches(':')
                                .ends_with(w)
                        }) => {}
                Ok(mut row) => {
                    if registered {
                        row.basis = Some(Basis::Registered);
                    }
                    if is_total(&row.subject) {
                        counted.push((row.subject.clone(), row.year, f.num.range.end));
                    }
                    rows.push(row);
                }
                Err(Some(u)) => unresolved.push(u),
                Err(None) => {}
            }
        }
        Read {
            about_a_part: parts.one_kind_only(self.text),
            elsewhere: places.nations(),
            open_elsewhere: places.nation_opened(),
            // (Carried on through a list of goals, one a semicolon.)
            base: subjects
                .last_base
                .map(|(b, _)| b)
                .or(subjects.named_base)
                .or(self.base_before),
            last: subjects
                .prev
                .as_ref()
                .filter(|p| !matches!(p.subject, Subject::Tracked { .. }))
                .filter(|p| subjects.first.as_ref() == Some(&p.subject))
                .map(|p| (p.subject.clone(), p.unit)),
        }
    }

    /// Whether `m` is a period's end (“十四五”末) after every year an undated page names: a page
    /// of 2020 speaks of it ahead.
    fn period_end_ahead(&self, m: &super::time::Mention) -> bool {
        m.kind == YearKind::AsOf
            && self.doc.chars.get(m.at) == Some(&'十')
            && self.cx.document_year.is_none()
            && self.cx.latest_named.is_some_and(|y| y < m.year)
    }

    /// Whether figure `f` goes on with the goal of the sentence before its semicolon.
    fn goes_on_aiming(&self, f: &Found) -> bool {
        self.goal_goes_on
            .is_some_and(|until| f.num.range.start < until)
    }

    /// The role and year of figure `f`: a review's side's year, the figure's own ("2019年的"),
    /// the one anchored before it in the sentence (never a comparison year), else the
    /// paragraph's; a goal where it aims at a year ahead. `Err` where it has none the page
    /// can use, with the reason to tell where there is one.
    fn when(
        &self,
        f: &Found,
        side: Option<(Side, Option<i32>)>,
        all: &[Num],
    ) -> Result<When, Option<Reason>> {
        let (doc, cx, time, text) = (self.doc, self.cx, self.time, self.text);
        // "累计争取12个国家区域医疗中心项目": won, not striven for.
        // "注册护士数3.55人(目标值3.8人)": the goal in brackets is not the figure's; unless the
        // bracket names its year, which year the goal is of cannot be told.
        let goal_bracket = goal_in_brackets(doc, &f.clause);
        if let Some(b) = &goal_bracket
            && b.contains(&f.num.range.start)
            && super::time::year_mentions(&doc.chars, b).is_empty()
        {
            return Err(None);
        }
        let clause_text = achieved(&match &goal_bracket {
            Some(b) => format!(
                "{}{}",
                doc.between(f.clause.start, b.start),
                doc.between(b.end, f.clause.end)
            ),
            None => doc.norm(&f.clause),
        });
        let sentence_before = achieved(
            &doc.chars[self.s.start..f.num.range.start]
                .iter()
                .collect::<String>(),
        );
        let anchored = time.anchor_before(f.num.range.start);
        // "到2025年和2035年,…分别达到3.2人和3.6人": a list of years pairs with the figures after
        // 分别, in order; where they do not pair, the year is not guessed.
        // A span with 分别 ("2021—2023年,…分别为3.1人、3.3人、3.5人") is a list of its years.
        let anchored = match anchored {
            Some(a) if side.is_none() => {
                // The 分别 of the figure's own clause ("…分别达到6.5张和7张,执业医师数分别达到
                // 3.2人和3.6人").
                let respectively = (a.at..f.num.range.start)
                    .rev()
                    .find(|&i| doc.chars[i] == '分' && doc.chars.get(i + 1) == Some(&'别'));
                let listed = time.listed_years(doc, a);
                let years = match respectively {
                    _ if listed.len() > 1 => listed,
                    Some(_) => time.span_years(doc, a),
                    None => Vec::new(),
                };
                if years.len() > 1 {
                    let paired =
                        respectively.and_then(|r| paired_year(doc, self.s, all, &years, &f.num, r));
                    Some(paired.ok_or(None)?)
                } else {
                    Some(a)
                }
            }
            a => a,
        };
        let bracketed = super::time::bracketed_year(&doc.chars, f.num.range.end)
            .map(|y| (y, f.num.range.start));
        // "较2020年末的5.2张增至6.1张", "较2022年末5010人增加220人": the comparison's own
        // figure is of its year, reached.
        let compared = time
            .compared_figures_year(&doc.chars, &f.num)
            .map(|y| (y, f.num.range.start));
        // "2021年1—6月,…死亡率为8.2/10万": a part of the year's rate, not the year's.
        // "上半年,孕产妇死亡率0/10万": a half year's rate with no year written, too.
        // ("1—3月全市婴儿死亡率1.21‰", "截至6月底,…;1—6月,全县婴儿死亡率…": months short of
        // the year; "上半年全市孕产妇死亡率为0": a rate written without its base.)
        // (Past a news dateline and 今年: "本报讯(记者 …)今年一季度,…", "今年1—6月,…",
        // "今年以来,…"; "去年同期,…" is the same part of the year before.)
        let sentence_start = sentence_before
            .rsplit(['。', ';'])
            .next()
            .unwrap_or(&sentence_before)
            .trim_start();
        let sentence_start = sentence_start
            .strip_prefix("本报讯")
            .map_or(sentence_start, |r| {
                r.strip_prefix('(')
                    .and_then(|r| r.split_once(')').map(|(_, rest)| rest))
                    .unwrap_or(r)
            })
            .trim_start();
        // (And past who reports it: "会议通报,今年1—11月…", "据统计,今年上半年…".)
        let sentence_start = match sentence_start.split_once([',', ':']) {
            Some((who, rest))
                if who.chars().count() <= 12
                    && !who.chars().any(|c| c.is_ascii_digit())
                    && ["通报", "获悉", "显示", "介绍", "统计", "表示", "指出"]
                        .iter()
                        .any(|w| who.ends_with(w)) =>
            {
                rest.trim_start()
            }
            _ => sentence_start,
        };
        let sentence_start = sentence_start
            .strip_prefix("今年")
            .or_else(|| sentence_start.strip_prefix("本年"))
            .unwrap_or(sentence_start);
        let partial_dated = anchored.is_some_and(|m| part_of_a_year(&doc.chars, m.at));
        // (Not where the sentence goes on to name a whole year: "今年一季度,市卫生健康委发布2024年
        // 全市卫生健康主要指标:…"; nor a count at the year's end, "上半年启动…,年末全区床位总数…".)
        let whole_year_after_lead = anchored
            .is_some_and(|m| m.at >= self.s.start && !part_of_a_year(&doc.chars, m.at))
            || has_any(sentence_start, &["年末", "年底"]);
        let partial_lead = !whole_year_after_lead
            && !names_its_whole_year(&doc.between(f.clause.start, f.num.range.start))
            && ([
                    "上半年",
                    "前三季度",
                    "一季度",
                    "第一季度",
                    "以来",
                    "年初以来",
                    "去年同期",
                    "上年同期",
                ]
                .iter()
                .any(|w| sentence_start.starts_with(w))
                    // (Not "今年以来,…截至目前,…覆盖率达到38.2%": where it stands now.)
                    && !(sentence_start.starts_with("以来")
                        && has_any(sentence_start, &["截至", "截止", "目前"]))
                || months_short_of_the_year(
                    sentence_start
                        .split([',', ';'])
                        .next()
                        .unwrap_or("")
                        .trim_start(),
                ));
        let rate = f.num.per_mille_or_rate
            || f.num.percent
            || f.matchable.contains("死亡率")
            || f.matchable.ends_with('率');
        if (partial_dated || partial_lead) && rate {
            return Err(None);
        }
        // "2025年末…36,804张。今年一季度,…床位总数达到37,124张": a count where part of a year
        // stands, with no year of its own in its sentence, is not of the year a sentence before
        // named.
        // (今年以来 in a year's summary is the year so far, its year.)
        // (Nor a count that says it is today's: "上半年…,全区现有执业(助理)医师1860人".)
        if partial_lead
            && !sentence_start.contains("以来")
            && !has_any(&doc.between(f.clause.start, f.num.range.start), TODAY_WORDS)
            && anchored.is_none_or(|m| m.at < self.s.start)
            && (self
                .paragraph_year
                .is_some_and(|(_, at)| at < self.s.start)
                // (Or the latest year the text reports, before the one it came out in.)
                || cx
                    .latest_reported
                    .zip(cx.document_year)
                    .is_some_and(|(l, d)| l < d))
        {
            return Err(None);
        }
        // "其目标是到2025年底…达3.3人,目前已达3.1人": now, not the year an earlier clause aims at.
        let now_here = has_any(&doc.between(f.clause.start, f.num.range.start), NOW);
        let anchored = anchored.filter(|m| !(now_here && m.at < f.clause.start));
        let relative = relative_year_clause(&doc.chars, self.s.start, f.num.range.start);
        // "2026年1月20日,记者从市卫健委获悉,去年我市…": last year, of the day the report was
        // made, not that day's year.
        let anchored = anchored.filter(|m| {
            !relative.is_some_and(|(back, at)| {
                back > 0 && m.at < at && super::time::opens_a_days_date(&doc.chars, m.at)
            })
        });
        // "…“十四五”时期,…。去年,北京居民人均期望寿命83.93岁": last year, of a page whose year
        // is not known, is no year of the period named before it.
        if cx.document_year.is_none()
            && cx.bulletins_year.is_none()
            && side.is_none()
            && anchored.is_none_or(|m| m.at < self.s.start)
            && relative.is_some_and(|(back, _)| back > 0)
        {
            return Err(Some(Reason::Undated));
        }
        let year_here = match side {
            _ if compared.is_some() => compared,
            _ if bracketed.is_some() => bracketed,
            Some((_, Some(y))) => Some((y, f.num.range.start)),
            Some((Side::From, None)) => None,
            // A sentence of now ("目前,…") or looking back since ("“十三五”以来") is not of the
            // year an earlier sentence of its paragraph anchored.
            _ => time
                .own_year(doc, &f.num)
                .map(|y| (y, f.num.range.start))
                .or(anchored.map(|m| (m.year, m.at)))
                // "根据第七次全国人口普查结果,全省人均预期寿命为75.64岁": the census's year.
                .or_else(|| census_year(&sentence_before).map(|y| (y, f.num.range.start)))
                .or_else(|| {
                    relative
                        .and_then(|(back, at)| Some((cx.years_back_said(back, doc.chars[at])?, at)))
                })
                .or(self.paragraph_year.filter(|_| {
                    !has_any(&sentence_before, NOW)
                        // ("2026年12月18日召开会议。会议要求,明年…": the year after the page's.)
                        && relative_year(&sentence_before).is_none_or(|(after, _)| after == 0)
                        && !time
                            .mentions
                            .iter()
                            .any(|m| m.kind == YearKind::Since && m.at < f.num.range.start)
                })),
        };
        // "2019—2023年,…分别为…;每千人口注册护士分别为2.48人、…和3.06人": a span carried from
        // the sentence before is a list of its years for a 分别 list, paired in order (or, where
        // they do not pair, no year is guessed).
        let carried_span =
            (anchored.is_none() && side.is_none() && year_here == self.paragraph_year)
                .then_some(self.paragraph_year)
                .flatten()
                .and_then(|(y, at)| {
                    let before: Vec<char> = doc.chars[at.saturating_sub(5)..at].to_vec();
                    let first: String = before.get(..4)?.iter().collect();
                    let first: i32 = first.parse().ok()?;
                    (before.len() == 5
                        && matches!(before[4], '—' | '-' | '~' | '～' | '–')
                        && first < y
                        && y - first <= 10)
                        .then_some((first, y, at))
                });
        let year_here = match carried_span {
            Some((first, last, at)) => {
                let respectively = (f.clause.start..f.num.range.start)
                    .rev()
                    .find(|&i| doc.chars[i] == '分' && doc.chars.get(i + 1) == Some(&'别'));
                // (Names listed before 分别 pair with the figures, not the years: "…筛查率、
                // …筛查率分别达98%以上、92%".)
                let names_listed = respectively
                    .is_some_and(|r| doc.between(f.clause.start, r).contains(['、', '和']));
                match respectively {
                    Some(r) if !names_listed => {
                        let years: Vec<super::time::Mention> = (first..=last)
                            .map(|year| super::time::Mention {
                                at,
                                year,
                                kind: YearKind::AsOf,
                            })
                            .collect();
                        let m = paired_year(doc, self.s, all, &years, &f.num, r).ok_or(None)?;
                        Some((m.year, at))
                    }
                    _ => year_here,
                }
            }
            None => year_here,
        };
        // A headline's "床位数达7.46张 提前完成“十四五”目标" with no year: reached before the
        // goal's year, but which year the headline does not say.
        let headline = doc.lines.first().is_some_and(|l| l.contains(&self.s.start));
        if headline
            && year_here.is_none()
            && has_any(
                &doc.between(f.num.range.end, self.s.end),
                super::time::MET_EARLY,
            )
        {
            return Err(None);
        }
        // A year before the plan's own period (or, without one, before the document) reports
        // what was reached, even after 到 ("到2020年,…分别达到6.02张" in a 十四五 plan).
        // (Not a forecast of then, "预计到2020年,…将达到8.5张" in a later repost: never
        // reached as the text says it.)
        let forecast = cx.period_start.is_none() && {
            let before = doc.between(self.s.start, f.num.range.start);
            before
                .find("预计")
                .is_some_and(|at| before[at..].contains('将'))
        };
        let passed = !forecast
            && match (year_here, cx.period_start, cx.document_year) {
                (Some((y, _)), Some(start), _) => y < start,
                (Some((y, _)), None, Some(d)) => y < d && !cx.document_year_inferred,
                _ => false,
            };
        // "《行动计划》提出,到2022年…达到6.8张" in a report of 2023: a goal the plan set, named;
        // neither what was reached nor a goal ahead.
        // (Not a figure after the words that say what was met: "…确定的6张的目标顺利完成,实际
        // 达到6.4张"; "…达到3.7人,均已超额完成" names the goal, and no figure.)
        // (Named, it still names what the figures after it count: "…实际达到6.4张".)
        let before_figure = doc.between(self.s.start, f.num.range.start);
        let goal_named = passed
            && (anchored.is_some_and(|m| m.kind == YearKind::Aim)
                && has_any(&before_figure, &["提出", "要求", "规定", "确定"])
                && !has_any(&before_figure, &["已", "实际", "完成", "实现"])
                // "每千人口执业(助理)医师数目标为1.6人,实际为1.42人": the goal named, in a review.
                || ["目标为", "目标是", "目标值为", "目标值"].iter().any(|w| {
                    doc.between(f.clause.start, f.num.range.start)
                        .trim_end()
                        .ends_with(w)
                }));
        // "全县共有医疗卫生机构312家,床位2680张": the sentence's 共有 reaches every clause.
        let looking_back =
            (self.retrospect.back && !self.paragraph_aims || self.report_looks_back) && !self.aims;
        // ("结合我县实际,到2025年,…": the county's circumstances, no figure reached.)
        let plain_before = [
            "结合我县实际",
            "结合我市实际",
            "结合我区实际",
            "结合实际",
            "从实际出发",
            "实际情况",
        ]
        .iter()
        .fold(sentence_before.clone(), |t, w| t.replace(w, ""));
        // ("努力实现「十四五」末全市…": a period's end aimed at, not 年末全市.)
        let aimed_end = |t: &str| {
            if anchored.is_some_and(|m| m.kind == YearKind::Aim) {
                t.replace("末全", "")
            } else {
                t.to_string()
            }
        };
        let figure_words = cx.reports
            || looking_back
            || has_any(&aimed_end(&clause_text), FIGURE_WORDS)
            || has_any(&aimed_end(&plain_before), FIGURE_WORDS)
            || has_any(&sentence_before, NOW);
        // In a bulletin "总数达到了1548个" reports; only words of aim make a goal.
        let aim_words: &[&str] = if cx.reports || looking_back {
            // ("2025年,全区每千人口床位数将提高到5.5张": will; not 将近, nearly.)
            &[
                "力争",
                "不低于",
                "不少于",
                "目标",
                "要达到",
                "将达到",
                "将提高",
                "将提升",
                "将增加",
                "将增至",
                "将降",
                "将控制",
            ]
        } else if anchored.is_some_and(|m| m.kind == YearKind::Aim) {
            // "到2030年底,…降至8/10万", "…控制在3‰以内": a year's end aimed at, brought down
            // or held to a bound, as 达到 is.
            &[
                "达到",
                "力争",
                "不低于",
                "不少于",
                "降至",
                "降到",
                "降低到",
                "下降到",
                "控制在",
            ]
        } else {
            &["达到", "力争", "不低于", "不少于"]
        };
        let clause_before_figure = doc.between(f.clause.start, f.num.range.start);
        // "预计到今年底,…将达到7.8张,…达到4.2人": a forecast of what will be goes on past its
        // comma (not "预计到2020年底,…达到2.8人" at that year's end, what was reached).
        let forecast_ahead = sentence_before.contains("预计到") && sentence_before.contains('将');
        // "其中2021年、2022年分别规划3.85张、4.10张": what is planned for a year is its goal.
        let planned = clause_before_figure.rfind("规划").is_some_and(|i| {
            clause_before_figure[i + "规划".len()..]
                .chars()
                .all(|c| c.is_ascii_digit() || ".、和张人个名岁%‰ ".contains(c))
        });
        let target_words = planned
            || has_any(&clause_text, TARGET_WORDS)
            || has_any(&clause_text, VERBS)
            || aims_at(&sentence_before)
            || has_any(&sentence_before, &["力争", "目标", "确保"])
            || forecast_ahead;
        // "其目标是到2025年底,…达79.2岁": a year's end aimed at is no report of it (but
        // "完成年度目标,到2024年底…达6.2张", "目标是…,目前已达79.3岁" report).
        let a_goals_year = anchored
            .is_some_and(|m| m.kind == YearKind::Aim && aim_named_as_a_goal(&doc.chars, m.at))
            && !has_any(&clause_text, &["已", "目前", "实际", "当前"]);
        // "…全科医生数达到3.72人,比2020年增加1.1人": how far it moved since a year gone by says
        // it was reached (not "将比2020年提高1岁", a goal's increase).
        let moved_since = {
            let rest: String = doc.chars[f.num.range.end..self.s.end.min(f.num.range.end + 16)]
                .iter()
                .collect();
            let rest = rest.trim_start_matches(['人', '张', '岁', '个', '名', ',', '、']);
            ["比", "较"].iter().any(|w| {
                rest.strip_prefix(w).is_some_and(|r| {
                    r.get(..4)
                        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
                        && has_any(r, &["增加", "提高", "增长", "下降", "减少", "降低"])
                        && cx
                            .document_year
                            .is_none_or(|d| r[..4].parse::<i32>().is_ok_and(|y| y < d))
                })
            })
        };
        // Words of a sentence that aims or forecasts: what is said done or dated in it is not.
        let aiming = has_any(
            &sentence_before,
            &["力争", "将", "预计", "确保", "争取", "目标", "规划", "计划"],
        );
        // "规划目标7.0张,2025年实际达到6.72张": the actual beside the plan's goal (not in a
        // sentence that pledges: 力争, 将, 确保).
        let actual = ["实际完成", "实际达到", "实际为", "实际"]
            .iter()
            .any(|w| clause_before_figure.trim_end().ends_with(w))
            && !has_any(&sentence_before, &["力争", "将", "预计", "确保", "争取"]);
        // "2022年,全市…达到了5.1张": a verb done (了) reports, in a page that plans too.
        let done = ([
            "达到了",
            "提高到了",
            "提升到了",
            "增加到了",
            "增长到了",
            "下降到了",
            "降低到了",
            "降到了",
            "突破了",
            // "北京居民人均期望寿命已经达到82.3岁": already.
            "已达到",
            "已经达到",
            "已超过",
            "已经超过",
            // "规划目标2.5人,2020年实际完成2.86人": what was actually reached.
            "实际完成",
            "实际达到",
            "实际为",
            "实际",
        ]
        .iter()
        .any(|w| clause_before_figure.trim_end().ends_with(w))
            // "“十三五”期间,…已建成急救分站175个": built, already (its noun after the verb).
            || has_any(
                &clause_before_figure,
                &["已建成", "已经建成", "累计建成", "已累计建成"],
            ))
            && (!aiming || actual);
        // "居民平均期望寿命达到81.72岁(2015年末)": a figure with its data's year in brackets
        // was reached then, outside a goal's sentence.
        let dated_in_brackets = bracketed.is_some_and(|(y, _)| {
            cx.document_year.is_some_and(|d| y < d) || cx.period_start.is_some_and(|p| y < p) || {
                after_figure(doc, &f.num, 12)
                    .split(')')
                    .next()
                    .is_some_and(|b| has_any(b, &["末", "底", "数据"]))
            }
        }) && !aims_at(&sentence_before)
            && !aiming;
        // "达到2.86人(规划目标2.5人)": the plan's goal in brackets right after the figure; the
        // figure is what was reached.
        // (Or in the clause after it: "达到3.14人,规划目标为3.0人,完成率104.7%".)
        // (The goal a figure of its own: "(目标值)" alone names the figure as the goal; and
        // never in a sentence aiming, "力争…", "到2025年…".)
        let goal_beside = (goal_bracket.as_ref().is_some_and(|b| {
            b.start >= f.num.range.end
                && b.start <= f.num.range.end + 1
                && doc.chars[b.clone()].iter().any(char::is_ascii_digit)
        }) || {
            let after = after_figure(doc, &f.num, 12);
            let after = after.trim_start_matches(['人', '张', '岁', '个', '名', '%', '‰']);
            after.strip_prefix(',').is_some_and(|a| {
                ["规划目标为", "规划目标是", "目标值为", "规划目标值为"]
                    .iter()
                    .filter_map(|w| a.strip_prefix(w))
                    .any(|r| r.starts_with(|c: char| c.is_ascii_digit()))
            })
        }) && !has_any(&sentence_before, &["力争", "确保", "争取"])
            && !anchored.is_some_and(|m| m.kind == YearKind::Aim);
        let role = match (year_here, cx.document_year) {
            _ if passed || compared.is_some() || done || dated_in_brackets || goal_beside => {
                Role::Figure
            }
            // "会议强调,今年要重点抓好…,每千人口执业(助理)医师数达到3.7人": the year's tasks,
            // what it will do (see `sets_the_years_tasks`).
            _ if sets_the_years_tasks(&sentence_before, cx)
                && !has_any(&clause_text, FIGURE_WORDS) =>
            {
                Role::Target
            }
            _ if self.parts_of_a_report
                && !has_any(
                    &sentence_before,
                    &[
                        "力争",
                        "将",
                        "预计",
                        "确保",
                        "争取",
                        "目标",
                        "规划",
                        "计划",
                        "不低于",
                        "不少于",
                        "要达到",
                        "应",
                        "至少",
                        "以上",
                        "新增",
                        "期间",
                    ],
                ) =>
            {
                Role::Figure
            }
            // (Not in a goal's sentence, nor one going on with it past a semicolon.)
            _ if moved_since
                && !self.aims
                && !self.goes_on_aiming(f)
                && !anchored.is_some_and(|m| m.kind == YearKind::Aim)
                // (A year ahead named on its line: "到2025年,…;…达到3.0人,比2020年提高0.52人".)
                && !year_here.is_some_and(|(y, at)| {
                    cx.document_year.is_none_or(|d| y > d)
                        && doc.line_at(at) == doc.line_at(f.num.range.start)
                })
                && !has_any(&clause_text, &["力争", "将", "预计"]) =>
            {
                Role::Figure
            }
            // Under a heading of the year ahead: "人均预期寿命提高0.3岁".
            _ if self.under_aim => Role::Target,
            // "截至2026年3月底,全市托位总数达2.56万个" in 2025's bulletin, out in 2026: a month
            // of the year it came out in, reached.
            (Some((y, at)), Some(d))
                if y == d + 1
                    && {
                        let before: String = doc.chars[at.saturating_sub(2)..at].iter().collect();
                        // (The month or quarter after the year: "2026年3月底", "一季度末".)
                        let month: String = doc.chars
                            [(at + 5).min(doc.chars.len())..(at + 10).min(doc.chars.len())]
                            .iter()
                            .collect();
                        let a_month = month.starts_with(|c: char| c.is_ascii_digit())
                            && month.chars().take(3).any(|c| c == '月');
                        let a_quarter = [
                            "一季度",
                            "二季度",
                            "三季度",
                            "第一季度",
                            "第二季度",
                            "第三季度",
                        ]
                        .iter()
                        .any(|w| month.starts_with(w));
                        // (至 alone, "至2026年3月末", where the month's end follows.)
                        let to_an_end = before.ends_with('至')
                            && ["月末", "月底", "季度末"].iter().any(|w| month.contains(w));
                        (before == "截至" || before == "截止" || to_an_end)
                            && (a_month || a_quarter)
                    }
                    // (A report's; not a deadline set: "要求截至2026年6月底,…达到5个", "按照计划,
                    // 至2026年6月末".)
                    && cx.reports
                    && !has_any(
                        &sentence_before,
                        &[
                            "力争", "争取", "确保", "预计", "要求", "计划", "目标", "将", "须", "应",
                        ],
                    ) =>
            {
                Role::Figure
            }
            (Some((y, _)), Some(d)) if y > d => Role::Target,
            // "到2025年,…达到9人" in a report of 2023 whose date is not known: a year aimed at
            // after the latest the text reports is ahead of it.
            (Some((y, _)), None)
                if anchored.is_some_and(|m| {
                    m.kind == YearKind::Aim
                        && m.year == y
                        && doc.chars.get(m.at).is_some_and(char::is_ascii_digit)
                }) && side.is_none()
                    && !time.is_change(&f.num)
                    && cx.latest_named.is_some_and(|l| y > l) =>
            {
                Role::Target
            }
            (Some((y, _)), Some(d)) if y < d && !aims_at(&sentence_before) => Role::Figure,
            // "目前全市人均预期寿命达到80岁": now, in a plan too ("目前,全市…", the sentence
            // opening on it).
            (None, _)
                if has_any(&clause_before_figure, NOW)
                    || NOW
                        .iter()
                        .any(|w| sentence_before.trim_start().starts_with(w)) =>
            {
                Role::Figure
            }
            // "截至11月底,全市…达到4.28个": so far this year, reached (whatever the text
            // forecasts after it).
            // (Not a deadline: "要求截至6月底,…要达到5个".)
            (None, _)
                if to_a_month_end(&sentence_before)
                    && !has_any(
                        &sentence_before,
                        &["要求", "力争", "确保", "争取", "将", "计划", "要达到", "前"],
                    ) =>
            {
                Role::Figure
            }
            // Undated, "截至2020年底,…达到6.36张" still says what was reached; so does
            // "截至今年6月底,…达到4.93万张" in a page of that year.
            (Some((y, at)), d)
                if d.is_none_or(|d| y <= d)
                    && {
                        let before: String = doc.chars[at.saturating_sub(2)..at].iter().collect();
                        before == "截至" || before == "截止"
                    }
                    && !has_any(&sentence_before, &["力争", "争取", "确保"]) =>
            {
                Role::Figure
            }
            // "“十三五”末,全市每千人口床位数达到6.21张": a period's end the sentence opens on
            // as a time (not "到“十四五”末"), what was reached then.
            // (Not the end of the plan's own period: "“十四五”末,全市…达到7张" in a 十四五 plan.)
            _ if anchored.is_some_and(|m| {
                m.kind == YearKind::AsOf
                    && doc.chars.get(m.at) == Some(&'十')
                    && cx.document_year.is_none_or(|d| m.year < d)
                    && !self.period_end_ahead(&m)
                    && !(cx.period_start.is_some_and(|p| m.year >= p)
                        && !cx.reports
                        && cx.document_year.is_none_or(|d| d <= m.year)
                        && {
                            // (The plan's period named before the sentence, in its title: the
                            // page's first lines.)
                            let name = doc.between(m.at, (m.at + 3).min(doc.chars.len()));
                            doc.between(0, self.s.start.min(200)).contains(&name)
                        })
            }) && !has_any(&sentence_before, &["力争", "将", "预计", "确保", "争取"]) =>
            {
                Role::Figure
            }
            // "2025年,计划实施民生实事11项,其中:…达到4人": what the year is planned to bring.
            _ if year_here.is_some_and(|(y, at)| {
                cx.document_year.is_none_or(|d| y >= d)
                    && super::time::plans_its_year(&doc.chars, at)
            }) =>
            {
                Role::Target
            }
            // "到2025年,全市…达到7.5张" on a page of January 2025: the year has only begun, so
            // what it is to reach by then is still ahead, in a report too.
            _ if anchored.is_some_and(|m| {
                m.kind == YearKind::Aim
                    && year_here.is_some_and(|(y, _)| y == m.year)
                    && cx.early_in_its_year
                    && cx.page_year == Some(m.year)
                    && cx.document_year == Some(m.year)
            }) && !has_any(&clause_text, &["已", "实际", "目前"]) =>
            {
                Role::Target
            }
            _ if figure_words
                && !has_any(&clause_text, aim_words)
                // (Nor a goal going on past its semicolon: "今年,我市将…达到4.5个;推进…,覆盖率
                // 达到85%以上".)
                && !self.goes_on_aiming(f)
                // "按照规划,到2025年,全市人均预期寿命要达到79.5岁": the plan's goal, told.
                // ("《规划》提出,到2025年…达到3.5人", "“十四五”规划要求,2025年…达到82.5岁": the
                // plan's goal quoted, in a review too.)
                // ("报告明确今年…主要预期目标:…,每千人口注册护士达到4.3人": each a goal.)
                && !has_any(&sentence_before, &["力争", "争取", "确保"])
                && !names_goals_not_met(&sentence_before)
                // ("…,超额完成规划目标6.5张": what was reached, held up to the plan.)
                && !goal_quoted(&sentence_before, text)
                && !forecast_ahead
                && !a_goals_year =>
            {
                Role::Figure
            }
            _ if target_words || self.goes_on_aiming(f) => Role::Target,
            // "到“十四五”期末,全市人均期望寿命80岁": a year aimed at makes a goal; so does a
            // period's end after every year an undated text names ("「十四五」末,…3.85人").
            _ if anchored.is_some_and(|m| m.kind == YearKind::Aim || self.period_end_ahead(&m)) => {
                Role::Target
            }
            _ => Role::Figure,
        };
        // A review: where it started is a figure; where it went is a figure if its year is
        // over (or no year ahead is named), else the goal.
        let (role, figure_words) = match side {
            // "每千人均配置执业(助理)医师数从1.84人调整为1.88人": what a plan is adjusted from is
            // its old goal, no figure reached.
            Some((Side::From, _))
                if {
                    after_figure(doc, &f.num, 6)
                        .trim_start_matches(['人', '张', '个', '名', '岁'])
                        .starts_with("调整")
                } =>
            {
                return Err(None);
            }
            Some((Side::From, _)) => (Role::Figure, true),
            Some((Side::To, y)) => {
                // "由2008年底的22703张,增加到目前的46266张": where it went is now, reached.
                let to_now = has_any(
                    &doc.between(f.num.range.start.saturating_sub(4), f.num.range.start),
                    &["目前", "现在", "当前"],
                );
                let ahead = match (y.or(year_here.map(|y| y.0)), cx.document_year) {
                    _ if passed || to_now => false,
                    (Some(y), Some(d)) => y > d,
                    // "由2020年的5.6张增加到2023年的6.4张,但距离“十四五”规划目标7.0张仍有差距":
                    // a year it went to, before the one the sentence aims at, was reached.
                    (Some(to), None)
                        if y.is_some()
                            && time
                                .mentions
                                .iter()
                                .any(|m| m.kind == YearKind::Aim && m.year > to) =>
                    {
                        false
                    }
                    // "截至2025年底,…由2020年的6.12张增加到7.35张": where a review went by the
                    // time the sentence reports to was reached, its horizon or not.
                    (Some(to), None)
                        if anchored.is_some_and(|m| {
                            let before = doc.between(m.at.saturating_sub(2), m.at);
                            m.year == to && (before == "截至" || before == "截止")
                        }) && !has_any(
                            &sentence_before,
                            &["确保", "力争", "争取", "将", "要", "目标", "预计"],
                        ) =>
                    {
                        false
                    }
                    // Undated, a plan's review going to its own horizon ("《健康2030规划》…从2015年
                    // 的5.28‰降到2030年的5‰") goes to its goal.
                    // (Not in a paragraph looking back: "五年来" of a work report, "…从2020年的
                    // 75.2岁提升至2025年的76.8岁左右" was reached.)
                    (Some(to), None) if y.is_some() && cx.horizon.is_some_and(|h| to >= h) => {
                        // (A sentence aiming, "今后五年,…", aims still.)
                        let aiming =
                            has_any(&sentence_before, &["今后", "未来", "力争", "将", "预计"]);
                        !cx.reports && (!looking_back || aiming)
                    }
                    // In a report, where a review went without a year is what was reached.
                    (Some(_), None) | (None, _) => self.aims && !cx.reports,
                };
                if ahead {
                    (Role::Target, figure_words)
                } else {
                    (Role::Figure, true)
                }
            }
            None => (role, figure_words),
        };
        // "较2020年增加0.6人" is how much a figure moved: in a goal's sentence it is the goal's
        // increase (read as such); it never stands as a figure of its own.
        if role == Role::Figure && time.is_change(&f.num) {
            return Err(None);
        }
        let from_without_year = matches!(side, Some((Side::From, None)));
        // "由“十三五”末的2.6人提高到3.2人" in a plan: where it went has no year to tell a figure
        // from a goal by.
        let to_without_year = matches!(side, Some((Side::To, None)));
        // "2024年达6.85张,规划目标为7.0张": the plan's goal named beside a year reached, not a
        // plan's last, is of the plan's year, not that one.
        let year_here = year_here.filter(|_| {
            !(role == Role::Target
                && anchored.is_some_and(|m| {
                    m.kind == YearKind::AsOf && m.at < f.clause.start && m.year % 5 != 0
                })
                && has_any(&clause_text, &["规划目标", "目标值", "目标为"]))
        });
        let (year, year_inferred) = match (year_here, role) {
            (Some((y, _)), _) => (y, false),
            (None, Role::Target) => {
                // 今年 / 明年, or 年内 / 全年: the page's own year, or the one after.
                let own_year_on = relative_year(&sentence_before)
                    .map(|(after, _)| after)
                    .or_else(|| within_the_year(text).then_some(0));
                if let Some(after) = own_year_on {
                    match cx.document_year {
                        Some(d) => (d + after, false),
                        // "今年,全市…将达到6.5张" in a page whose year is not known: this year's
                        // goal, not the period's end the page names elsewhere.
                        None => return Err(Some(Reason::Undated)),
                    }
                } else if names_the_period_ahead(text, 2025) {
                    (2025, false)
                } else if cx.period_start.is_none()
                    && (has_any(text, FIVE_YEARS_AHEAD) || self.five_years_ahead)
                    // (Undated, the five years after the last one it reports: "新华网福州1月8日电
                    // 2021年,预计…;…今后五年…每千人口执业(助理)医师数达3.8人".)
                    && let Some(end) = cx
                        .document_year
                        .map(|d| d + 4)
                        .or(cx.latest_named.map(|y| y + 5))
                        // (Or its only years a forecast's: "2021年,预计…增长9%".)
                        .or_else(|| {
                            super::time::year_mentions(&doc.chars, &(0..doc.chars.len()))
                                .iter()
                                .map(|m| m.year)
                                .min()
                                .map(|y| y + 5)
                        })
                {
                    // A report's next five years, this one counted: marked inferred (a plan's
                    // are its period's).
                    (end, true)
                } else if in_a_news_headline(doc, f.num.range.start) {
                    // "十堰市人均预期寿命达到79.36岁" over a dateline: news of what was reached,
                    // whose year the body tells; no goal of the plan the text names.
                    return Err(None);
                } else if has_any(
                    text,
                    &["未能完成", "未完成", "未能实现", "未实现", "未达到"],
                ) || (text.contains("连续") && text.contains("年控制在"))
                {
                    // (Or "孕产妇死亡率连续三年控制在10/10万以下": a bound kept, no goal set.)
                    // "…(规划目标2.0人)两项指标未能完成": a past plan's goal, missed; no goal
                    // of the text's own horizon.
                    return Err(None);
                } else if let Some(h) = cx.horizon {
                    (h, true)
                } else {
                    return Err(Some(Reason::NoYear));
                }
            }
            // "由和平解放初期的35.5岁": a time named in words is no year to guess.
            (None, Role::Figure) if from_without_year && names_a_time(&sentence_before) => {
                return Err(None);
            }
            (None, Role::Figure) if opens_on_a_time_in_words(&sentence_before) => {
                return Err(None);
            }
            // "从“十一五”末的76.5岁提高到77.92岁" in a 十三五 plan: a review from the end of the
            // period before last went to the end of the last one, the plan's base year.
            (None, Role::Figure)
                if to_without_year
                    && !looking_back
                    && let Some(p) = cx.period_start
                    && time.review_start(&f.num) == Some(p - 6) =>
            {
                (p - 1, true)
            }
            (None, Role::Figure) if to_without_year && !cx.reports && !looking_back => {
                return Err(None);
            }
            // "五年来,…由6.4张增至7.6张": a look back over five years starts five years back.
            (None, Role::Figure)
                if from_without_year
                    && looking_back
                    && let Some(y) = self.retrospect.start(cx.document_year, cx.reviewed_until) =>
            {
                (y, true)
            }
            // Where a plan's review starts, when it names no year: a 十四五 plan's base is
            // 2020; otherwise the year before the document's. Marked inferred.
            // "“十三五”期间,…截至2020年底,…由4.14张提高到6.31张": a review that went to a
            // period's end, in a text naming that period, started five years before.
            (None, Role::Figure)
                if from_without_year
                    && let Some(end) = time
                        .review_end(&f.num)
                        .or(self.paragraph_year.map(|(y, _)| y))
                    && cx
                        .document_year
                        .or(cx.period_start)
                        .is_some_and(|d| end < d)
                    && cx.periods_named.contains(&end) =>
            {
                (end - 5, true)
            }
            // "2023年,…由上年的6.98张增加到7.26张": the year before the review's end; in news
            // of a bulletin that names none, the year before the bulletin's (inferred), else
            // none is guessed.
            (None, Role::Figure) if from_without_year && names_a_year_before(doc, f) == Some(1) => {
                match time.review_end(&f.num) {
                    Some(end) => (end - 1, false),
                    // (Else the year before the one the text reports or dates itself by.)
                    None => match cx
                        .bulletins_year
                        .or(cx.latest_reported)
                        .or(cx.document_year)
                    {
                        Some(b) => (b - 1, true),
                        // (No year anywhere: the user is told.)
                        None => return Err(Some(Reason::Undated)),
                    },
                }
            }
            // Without one, a start of the same year as the end is no start.
            (None, Role::Figure)
                if from_without_year
                    && time.review_end(&f.num).is_some_and(|end| {
                        cx.document_year
                            .or(cx.period_start)
                            .is_some_and(|d| end < d)
                            && (end == 2020 && has_any(text, &["十四五"])
                                || cx.document_year.or(cx.period_start) == Some(end + 1))
                    }) =>
            {
                return Err(None);
            }
            (None, Role::Figure) if from_without_year => match cx.document_year {
                Some(_) if has_any(text, &["十四五"]) => (2020, true),
                // A work report's review reaches the year before it: where it started is
                // earlier, by a span its words do not give.
                Some(_) if cx.opens_its_year => return Err(None),
                Some(d) => (d - 1, true),
                // An undated review of a period starts where the period does.
                None => match cx.reviewed_until.filter(|_| cx.reports) {
                    Some(last) => (last - 5, true),
                    None => return Err(Some(Reason::Undated)),
                },
            },
            // "今年以来,全市又新增床位1320张,目前全市床位总数达6.55万张": now is this year, not
            // the year the paragraph reported before.
            (None, Role::Figure)
                if now_here
                    && sentence_before.contains("今年以来")
                    && let Some(d) = cx.document_year =>
            {
                (d, true)
            }
            (None, Role::Figure) if self.retrospect.back && !self.aims && !self.paragraph_aims => {
                // ("乙市卫生健康局2025年工作总结:一年来,…": the year it sums up.)
                let year = match cx.summed_up {
                    Some(y) => Some(self.retrospect.latest_or(y)),
                    None => self.retrospect.year(cx.document_year, cx.reviewed_until),
                };
                match year {
                    Some(y) => (y, true),
                    // ("五年来,…每千人口托位数达4.6个" with no year anywhere: the user is told.)
                    None if figure_words
                        && cx.document_year.is_none()
                        && cx.latest_named.is_none() =>
                    {
                        return Err(Some(Reason::Undated));
                    }
                    None => return Err(None),
                }
            }
            // "目前全市共有床位…": now, the document's year; else, in a text that aims nowhere,
            // the latest year it reports.
            // Undated, a press conference on a period completed is at that period's end (not
            // one on a period still running: “十四五”以来).
            (None, Role::Figure) if has_any(&sentence_before, NOW) => {
                match cx.document_year.or(cx.period_done) {
                    Some(d) if figure_words || now_here => (d, true),
                    // ("目前,河南省人均预期寿命达到77.9岁" with no year anywhere: the user is told.)
                    None if figure_words || now_here => return Err(Some(Reason::Undated)),
                    _ => return Err(None),
                }
            }
            // A work report's aim with no year ("推动人均预期寿命达到80岁"): this year's task or the
            // next period's goal, the excerpt does not say which.
            (None, Role::Figure)
                if cx.opens_its_year
                    && (self.paragraph_aims
                        || has_any(&sentence_before, &["力争", "争取", "确保"])
                        // (推动 in the figure's own clause: "我们推动优质资源下沉,每千人口
                        // 执业(助理)医师数达到3.4人" reports.)
                        || has_any(&clause_before_figure, &["推动", "努力"])) =>
            {
                return Err(None);
            }
            // An undated press conference on what a period achieved: that period's end.
            // (A work report, delivered as its year opens, reports the years before it.)
            (None, Role::Figure) => match cx
                .latest_reported
                .or_else(|| reported_to_later(doc, cx, &f.num))
                .or(cx.period_done)
                .or(cx.document_year)
                .or(cx.reviewed_until.filter(|_| cx.reports))
                .map(|y| match cx.document_year {
                    Some(d) if cx.opens_its_year => y.min(d - 1),
                    // "江西日报 2026年1月12日": a page of January reports the year just ended.
                    // (Or its date line, "二〇二六年二月", under a report's title.)
                    Some(d)
                        if cx.early_in_its_year
                            && y == d
                            && cx.page_year.is_none_or(|p| p == d) =>
                    {
                        d - 1
                    }
                    _ => y,
                }) {
                Some(d) if figure_words => (d, true),
                // No year anywhere in the text: the user is told, not left to guess why.
                None if figure_words => return Err(Some(Reason::Undated)),
                _ => return Err(None),
            },
        };
        // "6.6张(上年为6.3张)": the year before the one the sentence reports, unless a year is
        // written for the figure itself.
        let back = (year_here.is_none_or(|(_, at)| at < f.clause.start)
            && role == Role::Figure
            && side.is_none())
        .then(|| names_a_year_before(doc, f))
        .flatten();
        let year = year - back.unwrap_or(0);
        if !(2000..=2035).contains(&year) {
            // (A figure of 1992 too: the user is told why nothing of it is proposed.)
            return Err(Some(Reason::YearOutOfRange));
        }
        // "从2010年的76.5岁提高到77.92岁": where a review went, undated, is later than where it
        // started; a year guessed at or before that start is no year of it.
        if to_without_year && time.review_start(&f.num).is_some_and(|start| year <= start) {
            return Err(None);
        }
        // "规划提出每千人口注册护士数达到4.0人,实际为3.76人": a plan's goal held beside what was
        // actually reached is neither (named, it still says what the figure after counts).
        // ("2024年…床位数由3.21万张修订为3.25万张": what a revision replaces was withdrawn.)
        let goal_named = goal_named
            || role == Role::Figure
                && has_any(&sentence_before, &["提出", "要求", "确定", "目标", "规划"])
                && goal_beside_actual(doc, &f.num)
            || {
                let after = after_figure(doc, &f.num, 6);
                let after = after.trim_start_matches(['人', '张', '个', '名', '岁', '%']);
                ["修订为", "更正为", "修正为"]
                    .iter()
                    .any(|w| after.starts_with(w))
            };

        Ok(When {
            role,
            year,
            year_inferred,
            goal_named,
            at: year_here.map(|(_, at)| at),
        })
    }

    /// The row figure `f` gives, or why it gives none.
    fn row(
        &self,
        catalog: &Catalog,
        f: &Found,
        when: &When,
        named: Named,
    ) -> Result<Row, Option<Unresolved>> {
        let doc = self.doc;
        let clause_text = doc.norm(&f.clause);
        let nature = if clause_text.contains("约束性") {
            Some(Nature::Binding)
        } else if clause_text.contains("预期性") {
            Some(Nature::Expected)
        } else {
            None
        };
        // The quote: from the year phrase or the label to the end of the clause.
        let qstart = match when.at {
            Some(at) if at >= self.s.start && at < f.label_start => clauses(doc, self.s)
                .iter()
                .find(|c| c.contains(&at))
                .map(|c| c.start)
                .unwrap_or(at),
            _ => f.label_start.min(f.clause.start),
        };
        let qr = doc.trim(qstart..f.clause.end.max(f.num.range.end));
        let quote = hps_model::text::fold_whitespace(doc.quote(&qr));
        // 51.2 per 10,000 is 5.12 per 1,000, not 5.120000000000001.
        let rebase = |c: Cmp| match named.rebased {
            Some((_, factor)) => c.scaled(factor),
            None => c,
        };
        let row = |subject, cmp, cmp_inferred, nature| Row {
            role: when.role,
            subject,
            year: when.year,
            year_inferred: when.year_inferred,
            cmp,
            cmp_inferred,
            nature,
            quote: quote.clone(),
            span: doc.bytes(&qr),
            basis: population_basis(&f.matchable),
            rebased_from: named.rebased.map(|(per, _)| per),
        };
        match (when.role, named.subject) {
            (Role::Figure, None) => Err(named.part.then(|| Unresolved {
                quote: quote.clone(),
                reason: Reason::Part,
            })),
            (Role::Figure, Some(_)) if f.num.high.is_some() || (f.num.percent && !named.rate) => {
                Err(None)
            }
            // "常住人口接近2500万人": short of the figure, by how much the text does not say.
            (Role::Figure, Some(_)) if nearly(doc, &f.num) => Err(None),
            // "注册护士总数突破1.6万人", "床位总数超过3000张": a floor the year passed, not
            // its figure.
            (Role::Figure, Some(_)) if a_floor(doc, &f.num) => Err(None),
            // A life expectancy is said in years: "…达高收入国家水平 11" is no age.
            (_, Some(Subject::Indicator(i)))
                if i == "life_expectancy"
                    && f.num.unit != Some('岁')
                    && !(f.num.unit.is_none() && compared_in_brackets(doc, &f.num)) =>
            {
                Err(None)
            }
            // "床位达到6.5张" without a base: a count of 6.5 beds is no count (a density whose
            // base the text left out); counts in 万 are whole once multiplied out.
            (Role::Figure, Some(Subject::Quantity(_)))
                if (f.num.value - f.num.value.round()).abs() > 1e-6 =>
            {
                Err(None)
            }
            // "孕产妇死亡率控制在10/10万以内", "低于5‰": a bound the year kept under, not its
            // figure.
            (Role::Figure, Some(_))
                if {
                    let before: String =
                        doc.chars[f.clause.start.max(f.num.range.start.saturating_sub(6))
                            ..f.num.range.start]
                            .iter()
                            .collect();
                    // (A precise one, "控制在4.12‰以内", is the year's rate said as kept.)
                    // "连续4年超过81岁": a bound kept for years, either way.
                    f.num.value.fract() == 0.0
                        && (has_any(&before, &["低于", "不高于", "不超过", "少于", "控制在"])
                            || f.num.after == super::numbers::After::AtMost
                            || before.contains("连续") && before.contains('年'))
                } =>
            {
                Err(None)
            }
            // "收养性社会福利机构66个,床位7812张": beds of the care homes the sentence named.
            (_, Some(Subject::Quantity(q)))
                if q.starts_with("beds")
                    && has_any(
                        &doc.between(self.s.start, f.num.range.start),
                        WELFARE_INSTITUTIONS,
                    ) =>
            {
                Err(None)
            }
            // "医疗卫生机构床位数 29.36万人": a count of beds in people, a line run into another.
            (Role::Figure, Some(Subject::Quantity(q)))
                if (q.starts_with("beds") && matches!(f.num.unit, Some('人' | '名')))
                    || (!q.starts_with("beds") && f.num.unit == Some('张')) =>
            {
                Err(None)
            }
            // "民营医院2.2万个", "50个省级临床医学中心": institutions counted, whatever label
            // the sentence gave them, are no count of beds or people. (A goal's count of
            // institutions, "至少有1所公立医院设置…", is kept by its own label below.)
            (Role::Figure, Some(Subject::Quantity(q)))
                if q != "nursery_places"
                    && matches!(f.num.unit, Some('个' | '所' | '家' | '项' | '座' | '处')) =>
            {
                Err(None)
            }
            (Role::Figure, Some(sub)) => {
                Ok(row(sub, rebase(Cmp::AtLeast(f.num.value)), false, None))
            }
            (Role::Target, None) if named.label.is_empty() => Err(None),
            // "浮梁县、乐平市…分别仅为2.36人", "(省定目标分别为12/10万…)": a label that is only a
            // place, or names another scope's goal, labels no goal of the region's.
            (Role::Target, None)
                if named.label.contains("省定")
                    || crate::head::region_in(named.label.trim())
                        .is_some_and(|p| p == named.label.trim())
                        && doc
                            .between(f.clause.start, f.num.range.start)
                            .contains(&format!("{}、", named.label.trim())) =>
            {
                Err(None)
            }
            // "《规划》共设置26项指标", "22项主要指标中,已完成9项": the plan's own items counted, no goal
            // of health (unlike "科研项目立项达800项").
            (Role::Target, None)
                if f.num.unit == Some('项')
                    && has_any(
                        &doc.between(self.s.start, self.s.end),
                        &["指标", "任务", "实事"],
                    ) =>
            {
                Err(None)
            }
            // "18项健康广东行动深入实施": programmes counted, no quantity of health.
            (Role::Target, None)
                if f.num.unit == Some('项')
                    && has_any(&counted_after(doc, f), &["行动", "工程"]) =>
            {
                Err(None)
            }
            // "4个主要健康水平指标实现“一升三降”", "即1个总目标、4大主要任务": the plan's own
            // parts counted.
            (Role::Target, None)
                if (f.num.unit == Some('个') || doc.chars.get(f.num.range.end) == Some(&'大'))
                    // (Or "…控烟限酒和心理健康等4个专项工作", "从5个方面明确…".)
                    && has_any(
                        &counted_after(doc, f),
                        &["指标", "任务", "目标", "专项", "方面"],
                    ) =>
            {
                Err(None)
            }
            // A goal of sports medals or clean-air days is not the health plan's.
            (Role::Target, None) if !self.cx.about_health && !about_health(self.text) => Err(None),
            // "生产总值达到3万亿元、人均超过1万美元" in a health news of a work report: the
            // economy's goals, never the health plan's.
            (Role::Target, None)
                if NOT_HEALTH.iter().any(|w| named.label.contains(w))
                    && !about_health(&named.label) =>
            {
                Err(None)
            }
            // "到2030年,进一步增长到76岁", "仅为2.91%": an adverb names nothing.
            (Role::Target, None)
                if [
                    "进一步",
                    "稳步",
                    "逐步",
                    "持续",
                    "不断",
                    "仅",
                    "再",
                    "力争",
                    "争取",
                    "预计",
                    "",
                ]
                .contains(
                    // (Joined on: "并逐步增加至350".)
                    &tracked_label(&named.label)
                        .trim()
                        .trim_start_matches(['并', '且', '还']),
                ) =>
            {
                Err(None)
            }
            // "建设用地45亩", "建筑面积5.6万平方米": land and floor space, no health quantity.
            // (Not one per head, "人均体育场地面积达到2.6平方米": a healthy city's measure.)
            (Role::Target, None)
                if ["亩", "平方米", "平米", "公顷"].iter().any(|u| {
                    f.after
                        .trim_start_matches(['多', '余', '万'])
                        .starts_with(u)
                }) && !has_any(&named.label, &["人均", "每千", "每万", "体育"]) =>
            {
                Err(None)
            }
            // "50%的县(市、区)至少1家县级公立医院…": a label cut after a share's 的 names a
            // piece of a phrase, not a quantity.
            // "…由 2015年3393张增加到2020年3867张": a label that is only a verb and its year
            // ("增加到2020年") names nothing; nor does one of marks ("$3 . 1 \\times 1 0 ^ { 4 }$",
            // a paper's formula split into digits).
            (Role::Target, None) if names_nothing(&tracked_label(&named.label)) => Err(None),
            // "完成年度目标的130%", "目标完成率101.1%": how far a goal was met, no goal.
            (_, None)
                if {
                    let label = tracked_label(&named.label);
                    label.contains("完成") && (label.contains("目标") || label.ends_with('率'))
                } =>
            {
                Err(None)
            }
            (Role::Target, subject) => {
                let before: String = doc.chars[f.clause.start..f.num.range.start]
                    .iter()
                    .collect();
                let (cmp, cmp_inferred) = target_cmp(&f.num, &before, &named.label);
                let cmp = rebase(cmp);
                let label = tracked_label(&named.label);
                // "卫生技术人员年均增长3%": a yearly growth, said so in its label (not 3% over
                // the period).
                let tail = super::scan::last_chars(before.trim_end(), 6);
                // "床位数比2025年提高10%": a rise by a share of a level the text does not give
                // is no rise of the level by 10; tracked, said as a share (a rate's points,
                // "覆盖率提高5%", stay as they are).
                let relative_rise = matches!(cmp, Cmp::IncreaseBy(_))
                    && f.num.percent
                    && !["率", "比例", "占比", "比重"]
                        .iter()
                        .any(|w| named.label.contains(w))
                    && !tail.contains("年均")
                    && match_label(&named.label, catalog, None).is_some();
                let label = match tail.find("年均") {
                    Some(at) if matches!(cmp, Cmp::IncreaseBy(_)) && !label.contains("年均") => {
                        let verb: String = tail[at..].chars().take(4).collect();
                        format!("{label}{verb}")
                    }
                    _ => label,
                };
                let label = match ["提高", "增长", "增加", "提升"]
                    .iter()
                    .find(|v| tail.contains(**v))
                {
                    Some(verb) if relative_rise => format!("{label}{verb}(%)"),
                    _ => label,
                };
                let subject = match subject {
                    Some(Subject::Indicator(i)) if !relative_rise => Subject::Indicator(i),
                    // "卫生技术人员由2015年的2.1万人增加到2020年的2.6万人" aimed at: where it went
                    // names only its verb; the count is the one it started from.
                    Some(Subject::Quantity(q)) if names_nothing(&label) => Subject::Tracked {
                        label: catalog
                            .quantity(&q)
                            .and_then(|ix| catalog.quantities.get(ix))
                            .map_or(label, |q| q.label.zh.clone()),
                        unit: unit_of(&f.num),
                    },
                    _ => Subject::Tracked {
                        label,
                        unit: unit_of(&f.num),
                    },
                };
                Ok(row(subject, cmp, cmp_inferred, nature))
            }
        }
    }
}

impl Subjects<'_> {
    /// Keeps what a review started from for where it went.
    fn review_step(&mut self, side: Option<(Side, Option<i32>)>, own: Option<Subject>) {
        match (side, own) {
            (Some((Side::From, _)), own) => self.from = own,
            (None, _) => self.from = None,
            _ => {}
        }
    }

    /// What figure `f` counts: its own label's subject, or the one it takes from the figure
    /// before it in the sentence ("其中公立医院5.2张", "康复治疗师达到12人"), from the start of its
    /// review, or from an enumeration's shared base. `second_of_review`: the second figure of
    /// a sentence with a review, which names the first's subject.
    fn name(
        &mut self,
        doc: &Doc,
        catalog: &Catalog,
        f: &Found,
        side: Option<(Side, Option<i32>)>,
        second_of_review: bool,
    ) -> Named {
        let label = strip_label(&f.label);
        let own = match_label(&f.matchable, catalog, None);
        let own_base = basis_of(&f.matchable);
        let mut used_label = f.matchable.clone();
        let mut head: Option<String> = None;
        // "卫技人员6961人(每千人口5.51人)": the count's density, in brackets after it. It names
        // nothing for what follows ("、执业(助理)医师3736人" is no density).
        // "执业(助理)医师2.08万人,每千常住人口3.77人": the base alone after a comma, too.
        let base_alone = matches!(
            label
                .trim_start_matches("拥有")
                .trim_end_matches(['为', '达', '是']),
            "每千常住人口"
                | "每千人口"
                | "每千户籍人口"
                | "每万常住人口"
                | "每万人口"
                | "每10万人口"
                | "每十万人口"
                | "每10万常住人口"
                | "每千名儿童"
                | "每千儿童"
        );
        if own.is_none()
            && own_base.is_some()
            && (bracketed_after_a_figure(doc, f) || base_alone)
            && let Some(p) = self.prev.as_ref().filter(|p| {
                // The count right before the bracket, not one before it (a part's, an added
                // one's, read past).
                // A figure ending past this label's start (a label read across it) is none.
                let Some(between) = doc.chars.get(p.end..f.label_start.min(f.num.range.start))
                else {
                    return false;
                };
                p.base.is_none()
                    && between.iter().all(|c| {
                        !c.is_ascii_digit()
                            && !matches!(c, '、' | ';' | '。')
                            && (base_alone || *c != ',')
                    })
                    && between.iter().filter(|c| **c == ',').count() <= 1
            })
        {
            let combined = format!("{label}{}", p.head);
            return match match_label(&combined, catalog, None) {
                Some(subject @ Subject::Indicator(_)) => Named {
                    subject: Some(subject),
                    part: false,
                    label: combined,
                    rebased: None,
                    rate: false,
                },
                _ => Named {
                    subject: None,
                    part: false,
                    label: f.matchable.clone(),
                    rebased: None,
                    rate: false,
                },
            };
        }
        let enumerated_base = self
            .last_base
            .filter(|(_, end)| {
                let between: String = doc.chars[*end..f.label_start.max(*end)].iter().collect();
                between.contains('、') && !between.contains([',', ';', '。'])
            })
            .map(|(b, _)| b);
        self.last_base = own_base.or(enumerated_base).map(|b| (b, f.num.range.end));
        self.named_base = own_base.or(self.named_base);
        // "1.25万人": a figure written in tens of thousands is a count, never a density.
        let in_thousands = !f.num.per_mille_or_rate
            && doc.chars[f.num.range.clone()]
                .iter()
                .any(|c| matches!(c, '万' | '千' | '亿'));
        let mut base_carried = None;
        let subject = match (&own, &self.prev) {
            _ if in_thousands && matches!(own, Some(Subject::Quantity(_))) => own.clone(),
            // A count in a list of densities is the density of that base, or nothing.
            (Some(Subject::Quantity(_)), _) if own_base.is_none() && enumerated_base.is_some() => {
                match_label(&f.matchable, catalog, enumerated_base)
            }
            (None, _) if matches!(side, Some((Side::To, _))) && self.from.is_some() => {
                self.from.clone()
            }
            (None, Some(p)) if second_of_review => Some(p.subject.clone()),
            // "婴儿死亡率为2.31‰,比2020年(3.05‰)下降…": the comparison's own level.
            (None, Some(p))
                if compared_in_brackets(doc, &f.num)
                    && (p.unit == f.num.unit || f.num.unit.is_none()) =>
            {
                Some(p.subject.clone())
            }
            // "全科医生总数达到1000人" after a density names a count, not the density.
            (
                Some(Subject::Quantity(q)),
                Some(Prev {
                    base: Some(base), ..
                }),
            ) if own_base.is_none()
                && q != "population"
                && !f.num.percent
                && !names_a_count(&f.matchable, f.num.value)
                // "每千常住人口卫生技术人员5.76人,其中执业(助理)医师3120人": a whole number in
                // the hundreds or more is a count, not a density on the row's base.
                && !(f.num.value >= 100.0 && f.num.value.fract() == 0.0) =>
            {
                // A sub-figure on the row's base: the next one qualifies the row, not this one.
                head = self.prev.as_ref().map(|p| p.head.clone());
                match_label(&f.matchable, catalog, Some(*base)).or(own.clone())
            }
            // A label with a base of its own (每床位配备护士) does not take the row's.
            // (Nor one naming a trade of its own: "执业医师1968人,影像师331人" is no count of
            // 执业医师.)
            (None, Some(p))
                if label.chars().count() <= 8
                    && p.unit == f.num.unit
                    && !label.contains('每')
                    && !names_a_kind(&label)
                    && !label
                        .trim_end_matches(['为', '是', '达', '有'])
                        .ends_with(['师', '士', '员'])
                    // (Nor a grade: "执业医师9658人,正高职称115人" counts some of them.)
                    && !has_any(&label, &["职称", "正高", "副高", "学历"])
                    // (Nor the list's total, "…,工勤技能人员3077人,合计4.98万人", nor an
                    // institution, "其中疾病预防控制中心186人、妇幼保健院(所)612人": neither is
                    // the row's kind.)
                    && !has_any(&label, &["合计", "共计", "总计", "总数"]) =>
            {
                // "婴儿死亡率2.1‰,5岁以下儿童3.0‰": the head's last word first (5岁以下儿童死亡率),
                // never the whole head (5岁以下儿童婴儿死亡率 reads as the infants').
                let name = strip_label(p.head.split('/').next().unwrap_or(&p.head));
                let group = label.trim_end_matches(['为', '是', '达']);
                let combined = match shared_suffix(&name) {
                    // "5岁以下儿童为3.00‰": the group without its verb (no group: the head).
                    Some(sfx) if !group.is_empty() => format!("{group}{sfx}"),
                    _ => format!("{label}{}", p.head),
                };
                let m = match_label(&combined, catalog, p.base);
                // "专业公共卫生机构人员1032人,其中疾病预防控制中心186人、妇幼保健院(所)612人": an
                // institution that names nothing the head did not is a part of the head's count.
                let m = m.filter(|m| {
                    !has_any(&label, &["院", "所", "中心", "站"])
                        || match_label(&p.head, catalog, p.base).as_ref() != Some(m)
                });
                if m.is_some() {
                    used_label = combined;
                    head = Some(p.head.clone());
                }
                m
            }
            // "新生儿死亡率1.2‰,婴儿2.1‰": after a rate the catalog lacks, a group takes its last
            // word.
            (None, None)
                if label.chars().count() <= 8
                    && let Some((sfx, unit)) = self.last_rate
                    && unit == f.num.unit =>
            {
                let combined = format!("{}{sfx}", label.trim_end_matches(['为', '是', '达']));
                let m = match_label(&combined, catalog, None);
                if m.is_some() {
                    used_label = combined;
                }
                m
            }
            // "每千常住人口…床位数达到6张;执业(助理)医师数达到2.5人": a count with a fraction,
            // after a semicolon, is on the base the goal before it named.
            (Some(Subject::Quantity(q)), None)
                if own_base.is_none()
                    && q != "population"
                    && !f.num.percent
                    && f.num.value.fract() != 0.0
                    && f.num.value < 100.0
                    && !doc.chars[f.num.range.clone()].contains(&'万')
                    && let Some(base) = self.carried_base =>
            {
                base_carried = Some(base);
                match_label(&f.matchable, catalog, Some(base)).or(own.clone())
            }
            // "…床位数6.1张;到2025年,提高到7.0张": a goal that names nothing but its verb, after
            // a semicolon, is of what the clause before counted.
            (None, None)
                if names_only_a_change(&label)
                    && let Some((sub, unit)) = &self.carried_subject
                    && *unit == f.num.unit =>
            {
                Some(sub.clone())
            }
            // "按照每千人口1.8张左右床位为非公立医院预留空间": what is counted follows.
            (None, _) if own_base.is_some() => {
                match_label(&format!("{}{}", f.matchable, f.after), catalog, None)
            }
            _ => own.clone(),
        };
        // A percent is a change (增长3.2%) unless it is a rate's level: "签约率30%以上", named
        // by its own label; a group's rate after it ("其中老年人签约率80%") is not the region's.
        let rate = f.num.percent
            && rate_level(doc, f)
            && percent_unit(own.as_ref(), catalog)
            && subject == own;
        let subject = subject.filter(|_| !f.num.percent || f.num.ratio || rate);
        // "其中城市8.1张、农村4.9张", "男性76.8岁": a group's figure, not the region's.
        // ("平原新城等每千常住人口床位数达到5.09张": some areas, named with 等, not the whole.)
        let group = has_any(
            &crate::synonyms::without_district_names(
                &self
                    .own_name
                    .map_or(label.clone(), |o| label.replace(o, "")),
            ),
            GROUPS,
        ) || ["等每", "等千人", "等人均"]
            .iter()
            .any(|w| label.contains(w))
            // "市区(…)每千人口床位9.84张、每千人口卫生技术人员12.36人": the group opening the
            // clause is each listed figure's.
            || {
                // (Not a whole named in the figure's own label, "…、全市每千人口…6.52张", nor a
                // group that is the region's own name, 城区 of "阳泉市城区", nor 县域, which in a
                // county's text is the county.)
                let opening = doc.between(f.clause.start, f.num.range.start);
                let opening = opening.trim_start();
                let opening = opening.strip_prefix("其中").unwrap_or(opening).trim_start();
                GROUPS.iter().any(|g| {
                    opening.starts_with(g)
                        && *g != "县域"
                        && !self.own_name.is_some_and(|r| r.contains(g))
                }) && !has_any(&label, REGION_WIDE)
                    && !GROUPS.iter().any(|g| label.contains(g))
            }
            // "男女平均预期寿命达到70.06岁和73.01岁": each sex's (one figure is both's).
            || label.contains("男女") && {
                let clause = &doc.chars[f.clause.clone()];
                clause.iter().filter(|c| **c == '岁').count() >= 2
                    || doc.norm(&f.clause).contains("分别")
            };
        let subject = subject.filter(|_| !group);
        // "其中医院拥有床位34396张": a part, said to be one where nothing else is proposed.
        // (A group's jobs or income, "城镇新增就业人数8946人", are no part of health's.)
        let part = subject.is_none()
            && ((group && about_health(&f.matchable))
                || is_part(&f.matchable)
                || self
                    .prev
                    .as_ref()
                    .is_some_and(|p| is_part(&format!("{label}{}", p.label))));
        if let Some(sfx) = shared_suffix(&strip_label(&f.label)) {
            self.last_rate = Some((sfx, f.num.unit));
        }
        if let Some(sub) = &subject {
            self.first.get_or_insert_with(|| sub.clone());
            self.prev = Some(Prev {
                subject: sub.clone(),
                end: f.num.range.end,
                // ("…执业(助理)医师数达到2.5人,其中中医执业(助理)医师达到0.4人": the base carried
                // goes on to the sub-figure.)
                base: own_base
                    .or(base_carried)
                    .or(self.prev.as_ref().and_then(|p| p.base)),
                head: head.unwrap_or_else(|| used_label.clone()),
                label: used_label,
                unit: f.num.unit,
            });
        }
        // "每万人口执业(助理)医师18.16人": the catalog counts it per 1,000.
        let (subject, rebased) = match subject {
            // "每万人拥有…60.3张、执业医师21.2人": the base the enumeration shares.
            None if !part && !f.num.percent => match rebased(&f.matchable, catalog).or_else(|| {
                let (den, per) = enumerated_base?;
                let word = match per {
                    1_000.0 => "每千人口",
                    10_000.0 => "每万人口",
                    100_000.0 => "每10万人口",
                    _ => return None,
                };
                (den == "population")
                    .then(|| rebased(&format!("{word}{}", f.matchable), catalog))
                    .flatten()
            }) {
                Some((sub, per, factor)) => (Some(sub), Some((per, factor))),
                None => (None, None),
            },
            s => (s, None),
        };
        Named {
            subject,
            part,
            label,
            rebased,
            rate,
        }
    }
}

/// Whether `text` names the period ending in `last` as its time (十四五, 到“十四五”末), not a
/// period it builds on (巩固“十四五”成效, 在“十四五”…基础上).
fn names_the_period_ahead(text: &str, last: i32) -> bool {
    let c: Vec<char> = text.chars().collect();
    super::time::period_mentions(&c, &(0..c.len()))
        .iter()
        .any(|m| m.year == last && m.kind == YearKind::Aim)
}

/// Words that suppose another basis for a count: "若含驻甬部队医院,床位总数为…".
const SUPPOSED: &[&str] = &[
    "若含",
    "如含",
    "若计入",
    "如计入",
    "若包括",
    "如包括",
    "如果包括",
    "如果计入",
    "若加上",
    "如加上",
];

/// Words that open a bracket on another basis: "6.21张(不含民营医疗机构为5.12张)".
const WITHOUT_A_PART: &[&str] = &["不含", "扣除", "剔除", "除去"];

/// Words of a density on another population than the residents, in the figure's own clause:
/// "按常住人口计算…4.92张,按服务人口计算为4.15张".
const SERVED_BASIS: &[&str] = &["按服务人口", "以服务人口", "按服务人口数"];

/// Whether figure `f` of sentence `s` (its text `text`) is a count on another basis: in
/// brackets that leave out a part ("(扣除民营医院床位后为4.71张)"), or after a supposition in its
/// clause or the one before, not closed in its own brackets ("若含驻甬部队医院,床位总数为…", not
/// "(如包括村卫生室则为3012个),床位…"), or on the population served (`SERVED_BASIS`). Read from
/// the last semicolon.
fn on_a_supposed_basis(doc: &Doc, text: &str, s: &Range<usize>, f: &Found) -> bool {
    // (Most sentences say none of it: no prefix is copied for them.)
    if !has_any(text, SUPPOSED) && !has_any(text, WITHOUT_A_PART) && !has_any(text, SERVED_BASIS) {
        return false;
    }
    if has_any(
        &doc.between(f.clause.start, f.num.range.start),
        SERVED_BASIS,
    ) {
        return true;
    }
    let before = doc.between(s.start, f.num.range.start);
    let since = before
        .rfind(';')
        .map_or(before.as_str(), |at| &before[at..]);
    let in_brackets = since
        .rfind('(')
        .filter(|&at| !since[at..].contains(')'))
        .map(|at| &since[at + 1..]);
    let open = scope::without_closed_brackets(since);
    let from = open
        .rmatch_indices([',', ':'])
        .nth(1)
        .map_or(0, |(at, _)| at + 1);
    in_brackets.is_some_and(|b| WITHOUT_A_PART.iter().any(|w| b.starts_with(w)))
        || has_any(&open[from..], SUPPOSED)
}

/// Whether a meeting or a plan sets the year's tasks before a figure: "今年要重点抓好…",
/// "今年将…", "会议明确,年内全县…", "提出年内…", "明确全年…要达到" — not a summary's results
/// after them ("…提出今年要新增托位600个,截至12月底…实际…", "对照年初明确全年的目标任务,…均超额
/// 完成", "今年将“县招县管”作为…", 将 there taking its object; "按照…决策部署,全年…").
fn sets_the_years_tasks(before: &str, cx: &Context) -> bool {
    let before = before.replace("将近", "");
    let at = [
        "今年要",
        "今年将",
        "全年要",
        "明年要",
        "明年将",
        "明确全年",
        "明确今年",
        // "报告对今年的卫生健康工作也作出了安排:…": the year's work arranged.
        "对今年",
        "对明年",
        "明确,年内",
        "明确年内",
        "提出年内",
        "提出,年内",
    ]
    .iter()
    .filter_map(|w| before.find(w).map(|at| (at, w.len())))
    // "今年,我市将继续…", "明年全县要…", "2025年,南山区将新增…": the year, who, then 将 / 要.
    // (A year that is over is read as passed before this is asked.)
    .chain(years_then_who(&before, cx).filter_map(|(at, rest)| {
        let rest = rest.trim_start_matches([',', ' ']);
        let who = [
            "我市",
            "我县",
            "我区",
            "我省",
            "全市",
            "全县",
            "全区",
            "我们",
            "市政府",
        ]
        .iter()
        .find_map(|s| rest.strip_prefix(s))
        .or_else(|| {
            // A place's own name: "南山区", "祁东县".
            let name: String = rest.chars().take_while(|c| is_cjk(*c)).take(6).collect();
            let end = name.rfind(['市', '县', '区', '州', '旗'])?;
            (end > 0).then(|| &rest[end + '区'.len_utf8()..])
        })?;
        // (Not 将近, nor 要素 or 要求: "龙华区要素保障持续加强".)
        if ["将近", "要素", "要求"].iter().any(|w| who.starts_with(w)) {
            return None;
        }
        let verb = ["将", "要"].iter().find(|v| who.starts_with(**v))?;
        Some((at, before.len() - who.len() + verb.len() - at))
    }))
    .min();
    let Some((at, len)) = at else {
        return false;
    };
    let (ahead, after) = (&before[..at], &before[at + len..]);
    !has_any(ahead, &["年初", "对照", "通报", "去年"])
        && !has_any(
            after,
            &[
                "截至", "实际", "作为", "列为", "纳入", "通报", "去年", "完成",
                // 将 as 把: "2024年,我们将…工作摆在突出位置,…达到5.2张".
                "摆在", "放在", "当作", "摆上",
            ],
        )
}

/// Where a sentence names its year as 今年, 明年 or "2025年" (the document's year or later, after
/// any year the text sums up: "2024年,我们将…工作摆在突出位置" in 2024's summary is what was
/// done), and the words after it.
fn years_then_who<'a>(before: &'a str, cx: &Context) -> impl Iterator<Item = (usize, &'a str)> {
    let (document_year, summed_up) = (cx.document_year, cx.summed_up);
    // (今年 in a summary of the page's year is the year summed up, what was done.)
    let this_year_summed = summed_up.is_some_and(|s| document_year.is_none_or(|d| s >= d));
    let words = ["今年", "明年"]
        .into_iter()
        .filter(move |w| *w != "今年" || !this_year_summed)
        .filter_map(|w| before.find(w).map(|at| (at, &before[at + w.len()..])));
    // ("2025年": four digits, then 年, at the sentence's start.)
    let numbered = before
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .and_then(|(at, _)| {
            let y = before.get(at..at + 4)?;
            // (The page's own year only early in it: "2024年,南山区将…" on a page of December
            // is the year's look back.)
            let y_ahead = y.parse::<i32>().is_ok_and(|y| {
                document_year.is_some_and(|d| y > d || y == d && cx.early_in_its_year)
                    && summed_up.is_none_or(|s| y > s)
            });
            (y_ahead && before[at + 4..].starts_with('年'))
                .then(|| (at, &before[at + 4 + '年'.len_utf8()..]))
        });
    words.chain(numbered)
}

/// Whether the words right before a figure say it is not reached yet: 接近, 将近, 近.
fn nearly(doc: &Doc, n: &Num) -> bool {
    let before: String = doc.chars[n.range.start.saturating_sub(2)..n.range.start]
        .iter()
        .collect();
    before.ends_with('近')
}

/// Whether the words before a figure name the main goals it is one of ("…主要预期目标:…"),
/// not goals met ("完成了年初确定的主要预期目标,…", "主要目标全部实现:").
fn names_goals_not_met(before: &str) -> bool {
    has_any(before, &["预期目标", "主要目标"]) && !has_any(before, &["完成", "实现"])
}

/// Whether a sentence quotes a plan's goal (`quotes_a_plan`) and says nothing was reached.
fn goal_quoted(before: &str, sentence: &str) -> bool {
    quotes_a_plan(before) && !has_any(sentence, &["超额", "提前完成", "已完成", "完成规划目标"])
}

/// Whether the words before a figure quote a plan's goals: "按照规划", "按照“十四五”规划",
/// "《规划》提出", "市“十四五”规划明确" (not "规划目标为3.2人,2022年实际值为2.96人", a goal
/// held beside what was reached).
fn quotes_a_plan(before: &str) -> bool {
    // ("按照“十四五”规划要求,…2025年末…达到6.8张", "…超额完成规划目标": what was reached.)
    if ["年末", "年底", "截至", "已", "超额", "实际"]
        .iter()
        .any(|w| before.contains(w))
    {
        return false;
    }
    before.match_indices("规划").any(|(at, w)| {
        let after = before[at + w.len()..].trim_start_matches(['”', '》', '"']);
        let ahead: String = before[..at].chars().rev().take(10).collect();
        ["明确", "提出", "要求", "确定"]
            .iter()
            .any(|v| after.starts_with(v))
            || ["照按", "据根"].iter().any(|v| ahead.contains(v))
    }) || ["》明确", "》提出", "》要求", "》确定"]
        .iter()
        .any(|w| before.contains(w))
}

/// Whether a figure is said to be passed, not reached: 突破, 超过, 逾 before it. (A level 以上,
/// "签约率30%以上", and "180余万人" stay the figures the text gives.)
fn a_floor(doc: &Doc, n: &Num) -> bool {
    let before: String = doc.chars[n.range.start.saturating_sub(4)..n.range.start]
        .iter()
        .collect();
    // (And past 了: "首次突破了1.6万人".)
    let before = before.strip_suffix('了').unwrap_or(&before);
    ["突破", "超过", "逾", "超"]
        .iter()
        .any(|w| before.ends_with(w) && !before.ends_with("不超过"))
}

/// Whether a percent figure follows its rate's name with at most a verb of being between:
/// "签约率30%", "覆盖率达到95%", "签约率为60%以上"; never "增长3.2%", "提高5个百分点".
fn rate_level(doc: &Doc, f: &Found) -> bool {
    let before: String = doc.chars[f.clause.start..f.num.range.start]
        .iter()
        .filter(|c| !c.is_whitespace())
        .collect();
    // "46.8%" over "家庭医生签约服务覆盖率": the rate named after its figure.
    if before.is_empty() && f.label_start == f.num.range.start {
        return f.label.trim_end().ends_with('率');
    }
    // ("签约服务率≥80%", "覆盖率不低于90%": a floor, said in a sign or in words.)
    let name = [
        "达到",
        "保持在",
        "稳定在",
        "为",
        "达",
        "是",
        ":",
        "≥",
        ">",
        "不低于",
        "提高到",
        "提高至",
    ]
    .iter()
    .find_map(|v| before.strip_suffix(v))
    .unwrap_or(&before);
    name.ends_with('率')
}

/// Whether the catalog counts a subject in percent.
fn percent_unit(subject: Option<&Subject>, catalog: &Catalog) -> bool {
    matches!(subject, Some(Subject::Indicator(i))
        if catalog.indicator(i).is_some_and(|d| d.unit.zh == "%"))
}

/// The text with 争取 where it reports what was won (累计争取, 已争取, 共争取, 争取到) written as
/// 获得, so it makes no goal.
fn achieved(text: &str) -> String {
    let mut t = text.replace("争取到", "获得");
    for w in ["累计争取", "已争取", "共争取", "先后争取"] {
        t = t.replace(w, "累计获得");
    }
    // "均优于规划目标", "与目标仍有差距", "距离2025年80岁的目标仅一步之遥": a goal the figures are
    // held up to, no goal of theirs.
    let held: Vec<(usize, bool)> = t
        .match_indices("目标")
        .map(|(at, _)| at)
        .filter_map(|at| {
            let before: String = t[..at]
                .chars()
                .rev()
                .take_while(|c| !matches!(c, ',' | ';' | '。'))
                .take(12)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            let after: String = t[at + "目标".len()..].chars().take(6).collect();
            // (The goal itself named, "距“十四五”末80.5岁的奋斗目标还有一定差距", stays one.)
            let names_it = before.rfind('的').is_some_and(|d| {
                before[d + '的'.len_utf8()..].chars().count() <= 2
                    && before[..d]
                        .trim_end_matches(['张', '人', '岁', '%', '‰', '名'])
                        .ends_with(|c: char| c.is_ascii_digit())
            });
            // (And a goal said met: "在2022年底已实现每万人口4名全科医师目标".)
            let clause_start = clause_start(&t[..at]);
            // (Or met early: "提高至70.6岁,提前完成2020年预期目标".)
            let met = super::time::MET
                .iter()
                .any(|w| t[clause_start..at].contains(w));
            // ("主要目标全部实现:…", "各项目标任务圆满完成,…": goals said met.)
            // (Not a goal's own figure before it: "注册护士数(3.6人)目标已完成".)
            let met = met
                || (super::time::said_met(&t[at + "目标".len()..])
                    && !before.chars().any(|c| c.is_ascii_digit()));
            let held = met
                || [
                    "优于", "好于", "超过", "超出", "高于", "低于", "接近", "距离", "距",
                ]
                .iter()
                .any(|w| before.contains(w))
                || ["差距", "一步之遥"].iter().any(|w| after.contains(w))
                // "2.81人(目标2.9人),注册护士3.77人": a goal in brackets beside its figure.
                || ["(", "(规划", "(年度", "(计划"].iter().any(|w| before.ends_with(w));
            (held && !names_it).then_some((at, met))
        })
        .collect();
    // From the last back; a goal inside a span already replaced is gone with it.
    let mut limit = t.len();
    for (at, met) in held.into_iter().rev() {
        if at + "目标".len() > limit {
            continue;
        }
        // A goal met is said done, its verb too ("提前完成…目标" makes no goal of the clause).
        let start = if met {
            let clause_start = clause_start(&t[..at]);
            super::time::MET
                .iter()
                .filter_map(|w| t[clause_start..at].find(w))
                .min()
                .map_or(at, |k| clause_start + k)
        } else {
            at
        };
        t.replace_range(
            start..at + "目标".len(),
            if met { "业已做到" } else { "标杆" },
        );
        limit = start;
    }
    t
}

/// Where the clause `before` ends in starts: past its last stop (，；。 as normalised).
fn clause_start(before: &str) -> usize {
    before
        .char_indices()
        .rfind(|(_, c)| matches!(c, ',' | ';' | '。'))
        .map_or(0, |(k, c)| k + c.len_utf8())
}

/// A change stated as a goal ("力争…同比增长10%以上"): target words in its clause.
fn goal_words(doc: &Doc, s: &Range<usize>, n: &Num) -> bool {
    let c = clauses(doc, s)
        .into_iter()
        .find(|c| c.contains(&n.range.start))
        .unwrap_or(s.clone());
    let text = doc.norm(&(c.start..n.range.end.max(c.end).min(doc.chars.len())));
    has_any(
        &text,
        &["力争", "确保", "争取", "目标", "以上", "不低于", "不少于"],
    )
}

/// How many years before the one the sentence reports the words right before a figure name as
/// its own ("上年为6.3张", "去年同期为…", "上年末的…"; "前年为80.2岁", two): the year word, then
/// only 为 / 是 / 的 / 末 / 底 / 同期, then the figure; never a comparison (比上年, 较上年, 在上年
/// 基础上), nor 前年 of another word (目前年末, 提前年底, 五年前年底).
fn names_a_year_before(doc: &Doc, f: &Found) -> Option<i32> {
    let start = f.num.range.start.saturating_sub(8).max(f.clause.start);
    let before: String = doc.chars[start..f.num.range.start].iter().collect();
    [
        ("上一年", 1),
        ("前一年", 1),
        ("上年", 1),
        ("去年", 1),
        ("前年", 2),
    ]
    .iter()
    .find(|(w, _)| {
        before.rfind(w).is_some_and(|at| {
            let rest = &before[at + w.len()..];
            let own = rest
                .trim_start_matches(['末', '底'])
                .trim_start_matches("同期")
                .trim_start_matches(['为', '是', '的', ':'])
                .is_empty();
            own && ![
                "比", "较", "同", "在", "目", "当", "提", "此", "之", "以", "年",
            ]
            .iter()
            .any(|c| before[..at].ends_with(c))
        })
    })
    .map(|(_, back)| *back)
}

/// The figures (by index) that stand next to another with only spaces, tabs or bars between:
/// a row of a table's columns.
fn bare_runs(doc: &Doc, nums: &[Num]) -> Vec<usize> {
    let mut out = Vec::new();
    for (k, w) in nums.windows(2).enumerate() {
        let gap = &doc.chars[w[0].range.end.min(w[1].range.start)..w[1].range.start];
        if !gap.is_empty() && gap.iter().all(|c| c.is_whitespace() || *c == '|') {
            out.extend([k, k + 1]);
        }
    }
    out.dedup();
    out
}

/// A change said with its verb alone ("全市人均预期寿命提升1.67岁", "床位增加了800张"): how
/// much a figure moved, never where it stands. "提升到", "提高至" name the level.
fn after_a_bare_change(doc: &Doc, n: &Num) -> bool {
    let before: String = doc.chars[n.range.start.saturating_sub(8)..n.range.start]
        .iter()
        .collect();
    // "增加 500张", "提高约1.2岁", "增加了近800张".
    let before = before.trim_end_matches([' ', '约', '近', '了']);
    [
        "提高", "提升", "增加", "增长", "延长", "上升", "下降", "降低", "减少", "缩短", "净增",
        "新增",
    ]
    .iter()
    .any(|w| before.ends_with(w))
}

/// What a count counts: the words after it, up to 12 and its clause's next mark.
fn counted_after(doc: &Doc, f: &Found) -> String {
    let end = (f.num.range.end + 12)
        .min(f.clause.end)
        .max(f.num.range.end);
    doc.chars[f.num.range.end..end]
        .iter()
        .take_while(|c| !matches!(c, '、' | ',' | ';' | '。'))
        .collect()
}

/// Up to `len` characters before figure `n`.
fn before_figure(doc: &Doc, n: &Num, len: usize) -> String {
    doc.chars[n.range.start.saturating_sub(len)..n.range.start]
        .iter()
        .collect()
}

/// Up to `len` characters after figure `n`.
fn after_figure(doc: &Doc, n: &Num, len: usize) -> String {
    doc.chars[n.range.end..(n.range.end + len).min(doc.chars.len())]
        .iter()
        .collect()
}

/// The name after a dash of a figure that opens its line ("6.12张——每千人口医疗卫生机构床位数",
/// "3.04人——这是每千人口执业(助理)医师数"), up to the line's or the sentence's end.
fn named_after_a_dash(doc: &Doc, n: &Num) -> Option<String> {
    let c = &doc.chars;
    // Back over the blanks and bullets before it only (not to the line's start: a page on one
    // line would be read again for each figure).
    let opens_at = c[..n.range.start]
        .iter()
        .rposition(|ch| {
            !(ch.is_whitespace() && *ch != '\n' || matches!(ch, '·' | '●' | '■' | '◆' | '▶'))
        })
        .map_or(0, |at| at + 1);
    if opens_at > 0 && c[opens_at - 1] != '\n' {
        return None;
    }
    let mut k = n.range.end;
    while k < c.len() && (c[k].is_whitespace() && c[k] != '\n' || "张人岁个名%‰万".contains(c[k]))
    {
        k += 1;
    }
    let dashes = c[k..]
        .iter()
        .take_while(|ch| matches!(ch, '—' | '-' | '─'))
        .count();
    if dashes < 2 {
        return None;
    }
    let label: String = c[k + dashes..]
        .iter()
        .take_while(|ch| !matches!(ch, '\n' | '。' | ';' | ','))
        .collect();
    let label = label.trim().trim_start_matches("这是").trim().to_string();
    // (Not a clause with its own figure: "3.2人——全省每千人口…达到3.2人", whose sentence says
    // whose it is.)
    // (A figure its verb reaches; not a year, "3.04人——这是2025年末我县…", nor a name's digits,
    // "4.5人——每10万人口精神科…", "2.1‰——5岁以下儿童死亡率".)
    let own_figure = [
        "达到",
        "为",
        "达",
        "提高到",
        "增至",
        "增加到",
        "降至",
        "下降到",
    ]
    .iter()
    .any(|v| {
        label
            .match_indices(v)
            .any(|(at, v)| label[at + v.len()..].starts_with(|c: char| c.is_ascii_digit()))
    });
    (label.chars().any(crate::scan::is_cjk) && !own_figure).then_some(label)
}

/// Whether a sentence says how far it has come by a month's end, with no year:
/// "截至11月底", "截止十月末".
fn to_a_month_end(sentence: &str) -> bool {
    ["截至", "截止"].iter().any(|w| {
        sentence.match_indices(w).any(|(at, w)| {
            let rest = &sentence[at + w.len()..];
            let month = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c))
                .count();
            (1..=3).contains(&month) && {
                let after: String = rest.chars().skip(month).take(2).collect();
                after == "月底" || after == "月末"
            }
        })
    })
}

/// Whether the clause after a figure opens on what was actually reached ("…达到4.0人,实际为
/// 3.76人", "…,2025年实际达到3.41人", "…,而实际仅3.6人").
fn goal_beside_actual(doc: &Doc, n: &Num) -> bool {
    let after = after_figure(doc, n, 16);
    let Some(rest) = after
        .trim_start_matches(['人', '张', '个', '名', '岁', '%', '‰'])
        .trim_start_matches("左右")
        .trim_start_matches("以上")
        .strip_prefix([',', ';'])
    else {
        return false;
    };
    let rest = rest.trim_start_matches(['而', '但']);
    let rest = match rest.get(..4) {
        Some(y) if y.bytes().all(|b| b.is_ascii_digit()) => rest[4..].trim_start_matches('年'),
        _ => rest,
    };
    // (What was actually reached of the same measure: 实际为 / 实际达到 / 实际仅 and its figure,
    // not "实际开放床位数5.9张", another measure, nor "实际高于…", in fact.)
    let Some(actual) = rest.trim_start_matches(['底', '末']).strip_prefix("实际") else {
        return false;
    };
    ["为", "达到", "达", "完成", "仅为", "仅", "只有"]
        .iter()
        .filter_map(|v| actual.strip_prefix(v))
        .any(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// "在国内仅次于上海的82.51岁", "低于深圳的83.5岁": the figure of the one compared with, named
/// right before it.
fn another_ones_compared(doc: &Doc, n: &Num) -> bool {
    if n.range.start == 0 || doc.chars[n.range.start - 1] != '的' {
        return false;
    }
    let before = before_figure(doc, n, 12);
    let name = &before[..before.len() - '的'.len_utf8()];
    // (Not a bound, "不低于床位总量的20%": a share of a whole. 次于 covers 仅次于.)
    ["次于", "低于", "高于", "超过", "不及"]
        .iter()
        .filter_map(|w| {
            let at = name.rfind(w)?;
            (!name[..at].ends_with('不')).then(|| &name[at + w.len()..])
        })
        .any(|who| {
            (1..=6).contains(&who.chars().count())
                && who.chars().all(is_cjk)
                && !has_any(who, &["总", "目标", "标准", "人口", "费用"])
        })
}

/// "建设成为拥有500张床位的三级医院", "开放床位800张的新院区": the size of the hospital it
/// describes, never the region's beds nor a goal of its own.
fn a_hospitals_size(doc: &Doc, n: &Num) -> bool {
    let after = after_figure(doc, n, 16);
    let after = after.trim_start_matches('张');
    let rest = after
        .strip_prefix("床位的")
        .or_else(|| after.strip_prefix("病床的"))
        .or_else(|| {
            (n.unit == Some('张'))
                .then(|| after.strip_prefix('的'))
                .flatten()
        });
    rest.is_some_and(|r| {
        let r: String = r
            .chars()
            .take(10)
            .take_while(|c| !matches!(c, ',' | '。' | ';'))
            .collect();
        ["医院", "院区", "病房楼", "住院楼", "医疗中心"]
            .iter()
            .any(|w| r.contains(w))
    })
}

/// "人口超过50万的县(市、区)设立1家以上二级老年医院": a size that picks the places a rule is
/// for, no figure of the region.
fn picks_places(doc: &Doc, n: &Num) -> bool {
    // (Not a share of them: "60%的县(市、区)达到…" is a goal.)
    if n.percent {
        return false;
    }
    let after = after_figure(doc, n, 8);
    // "11个设区市中有8个设区市…超过3.5人": how many places, a count of them (not "6个城市
    // 医联体", groups of a kind).
    let counted = doc.chars.get(n.range.end.wrapping_sub(1)) == Some(&'个');
    if n.value.fract() == 0.0
        && (if counted {
            Some(after.as_str())
        } else {
            after.strip_prefix('个')
        })
        .is_some_and(|r| {
            [
                "设区市",
                "省辖市",
                "地级市",
                "县(市",
                "县市",
                "区县",
                "县区",
                "地市",
                "市州",
                "乡镇",
                "街道",
                "省份",
            ]
            .iter()
            .any(|w| r.starts_with(w))
        })
    {
        return true;
    }
    // ("达到2.5人目标的城市": the places that reached a goal.)
    let after = after
        .trim_start_matches(['人', '张', '及', '以', '上', '下'])
        .trim_start_matches("目标");
    after.strip_prefix('的').is_some_and(|r| {
        ["县", "市", "区", "乡镇", "街道", "地区", "城市", "镇"]
            .iter()
            .any(|w| r.starts_with(w))
    }) || {
        // "达到5人及以上的城市有47个": how many places are so, a count of them.
        ends_with_any(
            &doc.chars[..n.range.start],
            &[
                "城市有",
                "城市就高达",
                "城市高达",
                "城市达",
                "的县有",
                "地市有",
                "省份有",
            ],
        )
    }
}

/// "新华社沈阳11月8日电", "辽宁省卫计委8日宣布": a day of the month, a news item's date.
fn a_days_date(doc: &Doc, n: &Num) -> bool {
    n.unit == Some('日') && n.value.fract() == 0.0 && (1.0..=31.0).contains(&n.value) && {
        let after = after_figure(doc, n, 3);
        [
            "电", "讯", "宣布", "发布", "召开", "举行", "报道", "获悉", "上午", "下午", "晚",
        ]
        .iter()
        .any(|w| after.starts_with(w))
    }
}

/// "2025深圳最新规划": a year written without 年 before words, no figure (a unit after it,
/// "2030张", makes it one).
fn a_bare_year(doc: &Doc, n: &Num) -> bool {
    let written = doc.between(n.range.start, n.range.end);
    n.unit.is_none()
        && !n.percent
        && n.high.is_none()
        && written.len() == 4
        && written.bytes().all(|b| b.is_ascii_digit())
        && (1990.0..=2100.0).contains(&n.value)
        && doc.chars.get(n.range.end).is_some_and(|c| is_cjk(*c))
        // (Opening its line, a title's: "全市共有医疗机构2016间" is a count.)
        && doc
            .between(doc.line_start_near(n.range.start), n.range.start)
            .trim()
            .is_empty()
}

/// "表三、某市病床数统计 2006": a table's title ends on the year it counts, a bare four
/// digits, never a count of beds.
fn a_table_titles_year(doc: &Doc, n: &Num) -> bool {
    let title = || doc.between(doc.line_start_near(n.range.start), n.range.start);
    n.unit.is_none()
        && !n.percent
        && n.high.is_none()
        && n.value.fract() == 0.0
        && (1949.0..=2100.0).contains(&n.value)
        && doc
            .between(n.range.start, n.range.end)
            .trim()
            .chars()
            .count()
            == 4
        && doc.chars[n.range.end..]
            .iter()
            .take_while(|c| **c != '\n')
            .all(|c| c.is_whitespace())
        && {
            let title = title();
            let title = title.trim_start();
            title.starts_with(['表', '续'])
                && title.chars().filter(|c| c.is_ascii_digit()).count() <= 3
        }
}

/// "距规划目标尚差0.37张", "与目标相差0.2人": how far a figure is from a goal, never a goal.
fn after_a_gap(doc: &Doc, n: &Num) -> bool {
    let before: String = doc.chars[n.range.start.saturating_sub(4)..n.range.start]
        .iter()
        .collect();
    let before = before.trim_end_matches([' ', '约', '近', '了']);
    let clause = back_to_mark(doc, n.range.start, 20, &[',', ';', '。']);
    ["尚差", "还差", "相差", "差距为", "差距"]
        .iter()
        .any(|w| before.ends_with(w))
        // "距规划目标(79岁)差0.64岁".
        || (before.ends_with('差') && clause.contains('距'))
        // "分别超过规划目标0.15人、0.12人", "高出全省0.3张": by how much a goal was passed;
        // "较“十四五”规划目标(6.2张)高0.28张": by how much a figure passes another.
        || ["超过规划目标", "超过目标", "超出规划目标", "超出目标", "高出", "超出", "多出"]
            .iter()
            .any(|w| clause.contains(w))
        // ("与宜昌市平均水平相比,我县每千人口执业(助理)医师数低0.45人": the comparison in a
        // clause before.)
        || ((clause.contains('较')
            || clause.contains('比')
            || back_to_mark(doc, n.range.start, 60, &[';', '。']).contains("相比"))
            && ["目标", "平均", "水平", "全国", "全省", "相比"]
                .iter()
                .any(|w| back_to_mark(doc, n.range.start, 60, &[';', '。']).contains(w))
            && ["高", "低", "多", "少"].iter().any(|w| before.ends_with(w))
            // (A goal's increase, "比2020年提高至少1岁", is its own.)
            && !["提高", "升高", "降低", "减少", "增多", "至少", "最少", "不少"]
                .iter()
                .any(|w| before.ends_with(w)))
}

/// The text before `end`, back to the nearest of `marks` and at most `reach` characters.
fn back_to_mark(doc: &Doc, end: usize, reach: usize, marks: &[char]) -> String {
    let before: Vec<char> = doc.chars[end.saturating_sub(reach)..end]
        .iter()
        .rev()
        .take_while(|c| !marks.contains(c))
        .copied()
        .collect();
    before.into_iter().rev().collect()
}

/// An average per institution ("乡镇卫生院平均配备8名全科医师"): what each has, not the
/// region's count.
fn an_average_per_unit(doc: &Doc, n: &Num) -> bool {
    // Back to the clause's start: "平均配备8名全科医师和3名高级职称医师" has two.
    let before = back_to_mark(doc, n.range.start, 30, &[',', ';', '。', ':']);
    // "平均每千常住人口拥有床位5.39张" is a density.
    ["平均配备", "平均拥有", "平均有"]
        .iter()
        .any(|w| before.contains(w))
        && !before.contains("平均有效")
        // "平均每千常住人口拥有床位5.39张", "千人口平均拥有床位6.2张": a density.
        && !["千人", "万人", "每千", "每万", "每百", "人均"]
            .iter()
            .any(|w| before.contains(w))
}

/// A count in a list of what was added ("新增执业(助理)医师86人、注册护士142人", "净增床位1500张、
/// 卫生技术人员2100人") or in the breakdown of one ("引进卫生专业技术人员326名,其中执业医师98名"):
/// the verb reaches every item, and what was added is never the total.
fn in_an_addition(doc: &Doc, time: &Time, s: &Range<usize>, n: &Num) -> bool {
    let clauses = clauses(doc, s);
    let Some(k) = clauses.iter().position(|c| c.contains(&n.range.start)) else {
        return false;
    };
    // Where the last word of adding ends, unless a level is named after it ("新建医院3家、
    // 床位总数达到3000张", "…、全县执业(助理)医师1250人"). Only a verb: a word inside a name
    // ("住院医师规范化培训基地") or a change against last year ("比上年新增1500人") adds nothing.
    let adds = |text: &str| {
        super::synonyms::ADDED
            .iter()
            .flat_map(|w| text.match_indices(w).map(move |(at, _)| (at, at + w.len())))
            .filter(|&(at, after)| {
                let (before, rest) = (&text[..at], &text[after..]);
                // A name, not a verb: "规范化培训基地", "新建区" (a district).
                let name = [
                    "基地", "中心", "项目", "工程", "计划", "制度", "体系", "平台", "经费", "资金",
                ]
                .iter()
                .any(|w| rest.starts_with(w))
                    || super::synonyms::not_an_addition(rest);
                !name
                    && !["比上年", "较上年", "同比", "比", "较"]
                        .iter()
                        .any(|w| before.ends_with(w))
            })
            .map(|(_, after)| after)
            .max()
            // ("新增注册护士、药师分别为186名、24名": 分别为 pairs what was added.)
            .filter(|&after| {
                !has_any(
                    &text[after..].replace("分别为", ""),
                    &[
                        "达到",
                        "达",
                        "为",
                        "增至",
                        "增加到",
                        "共有",
                        "总",
                        "现有",
                        "拥有",
                        "年末",
                        "年底",
                        "全市",
                        "全县",
                        "全区",
                        "全省",
                        "全州",
                        "全旗",
                    ],
                )
            })
    };
    // "现有职工689人(正式职工607人,招聘人员82人),其中:…": a kind named in brackets adds nothing.
    let unbracketed = |r: Range<usize>| -> String {
        r.filter(|&i| !time.in_aside(i))
            .map(|i| doc.chars[i])
            .collect()
    };
    let before = unbracketed(clauses[k].start..n.range.start);
    // The first item's label holds the verb and is read as what was added ("培训社会体育指导员
    // 2000人" stays a row of its own); the items after it are the ones the verb reaches.
    // ("新增儿科、精神科执业医师各15名", "新增注册护士、药师分别为186名、24名": names listed after
    // the verb share it, and the label read holds only the last of them.)
    if adds(&before).is_some_and(|after| {
        before[after..]
            .chars()
            .any(|c| c.is_ascii_digit() || c == '、')
    }) {
        return true;
    }
    // "引进卫生专业技术人员326名,其中执业医师98名,注册护士120名": the breakdown of what was
    // added, not of a total changed ("36000人,净增1500人,其中…": the verb names nothing of its
    // own). The breakdown runs from its 其中 until the region is named again.
    let Some(j) = (0..=k).rev().find(|&j| {
        doc.norm(&clauses[j]).trim_start().starts_with("其中")
            && (j..=k).all(|i| !has_any(&doc.norm(&clauses[i]), REGION_WIDE))
    }) else {
        return false;
    };
    let head = unbracketed(clauses[j.saturating_sub(1)].clone());
    j > 0
        && adds(&head).is_some_and(|after| {
            head[after..]
                .chars()
                .take_while(|c| !c.is_ascii_digit())
                .any(is_cjk)
        })
}

/// "编制床位数1403张(公立833张,民营570张)": a kind of institution in brackets right after a
/// figure breaks it down; each is a part of it, never the total. The clause before the
/// bracket, which names what is broken down.
fn a_kind_in_brackets(doc: &Doc, f: &Found) -> Option<String> {
    const KINDS: &[&str] = &[
        "公立",
        "民营",
        "非公立",
        "社会办",
        "政府办",
        "私立",
        "城市",
        "农村",
        "城区",
        "县级",
        "乡镇",
        "医院",
        "基层",
    ];
    let start = f.num.range.start.saturating_sub(40);
    let before = &doc.chars[start..f.num.range.start];
    let open = before.iter().rposition(|c| *c == '(')?;
    let own = f
        .matchable
        .trim_start_matches(['(', ',', '、', ' '])
        .trim_start_matches("其中");
    let kind = !before[open..].contains(&')')
        && doc.chars[..start + open]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| matches!(c, '人' | '张' | '名' | '个'))
        && KINDS.iter().any(|w| own.starts_with(w));
    kind.then(|| back_to_mark(doc, start + open, start + open, &[',', ';', '。', '\n']))
}

/// Whether `n` is "孕产妇零死亡", "无孕产妇死亡" (see `numbers::no_maternal_death`).
fn no_maternal_death_written(doc: &Doc, n: &Num) -> bool {
    n.value == 0.0
        && n.unit.is_none()
        && matches!(doc.chars.get(n.range.start), Some('零' | '无' | '未'))
        && crate::numbers::no_maternal_death(&doc.chars, n.range.start, 0, doc.chars.len())
            .is_some()
}

/// "全市(不含安吉县)每千人口床位数": the region short of a place it holds, not the region (not
/// "(不含村卫生室)", a kind left out of its count).
fn excludes_a_place(label: &str) -> bool {
    EXCLUDING.iter().any(|w| {
        label.split(&format!("({w}")).skip(1).any(|inner| {
            let excluded = inner.split(')').next().unwrap_or(inner);
            excluded.ends_with(['县', '区', '市', '旗'])
                && !has_any(excluded, &["机构", "医院", "卫生", "人员", "床"])
        })
    })
}

/// The words a bracket opens with to say what a count leaves out.
const EXCLUDING: &[&str] = &["不含", "不包括", "未含", "除"];

/// "卫生机构(不含村卫生室)": what a count leaves out names no part it counts.
fn without_exclusions(label: &str) -> String {
    without_brackets(label, |inner| {
        EXCLUDING.iter().any(|w| inner.starts_with(w))
    })
}

/// "卫生技术人员(含村卫生室)", "医疗卫生机构(含医共体成员单位)床位": the institutions a count
/// includes name no part it counts (a staff kind it includes, "执业医师(含助理)", stays: it
/// names the kind).
fn without_included_institutions(label: &str) -> String {
    without_brackets(label, |inner| {
        inner
            .strip_prefix('含')
            .is_some_and(|r| r.ends_with(['室', '站', '院', '所', '构', '位', '心']))
    })
}

/// `label` without each closed bracket whose words (inside it) `drop` says to leave out.
fn without_brackets(label: &str, drop: impl Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(label.len());
    let mut rest = label;
    while let Some(open) = rest.find('(') {
        let inner = &rest[open + 1..];
        match inner.find(')') {
            Some(c) if drop(&inner[..c]) => {
                out.push_str(&rest[..open]);
                rest = &inner[c + 1..];
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

/// "《…“十三五”…规划》提出的到2020年…床位数达到6.5张、…等主要目标全面完成": a list of a plan's
/// goals, named as met; none of them is what was reached.
fn in_goals_listed(doc: &Doc, s: &Range<usize>, f: &Found) -> bool {
    let rest = doc.between(f.num.range.end, s.end);
    let rest = rest.split(['。', ';']).next().unwrap_or("");
    let before = doc.between(s.start, f.num.range.start);
    ["等主要目标", "等目标", "等主要指标", "等指标", "等各项目标"]
        .iter()
        .any(|w| rest.contains(w))
        && ["提出", "确定", "要求", "设定"]
            .iter()
            .any(|w| before.contains(w))
}

/// "(目标值3.8人)", "(规划目标7.8张)" in a clause: the bracket, which holds a goal beside the
/// figure before it.
fn goal_in_brackets(doc: &Doc, clause: &Range<usize>) -> Option<Range<usize>> {
    let c = &doc.chars;
    let open = (clause.start..clause.end).find(|&i| {
        c[i] == '('
            // ("2.81人(计划2.9人)", "(计划值3.8人)": the year's plan beside its figure.)
            && (["目标", "规划目标", "计划目标", "年度目标", "计划"].iter().any(|w| {
                w.chars()
                    .enumerate()
                    .all(|(k, ch)| c.get(i + 1 + k) == Some(&ch))
            })
                // "距规划目标(每千人口床位数4.5张)": the bracket right after the goal's name.
                || (i >= 2 && c[i - 2] == '目' && c[i - 1] == '标')
                || (i >= 3 && c[i - 3] == '目' && c[i - 2] == '标' && c[i - 1] == '值')
                // "均控制在市下达的目标以内(分别为6‰、5‰和15/10万)".
                || (i >= 4 && c[i - 4..i] == ['目', '标', '以', '内']))
    })?;
    let close = (open..clause.end.min(open + 24)).find(|&i| c[i] == ')')?;
    Some(open..close + 1)
}

/// Whether a bracket opening on a year's goal ("(2025年目标6.5张)", "(2025年规划目标为…)")
/// follows figure `n` right after its unit.
fn dated_goal_follows(doc: &Doc, n: &Num) -> bool {
    // (Within a few characters: a unit, then the bracket.)
    let near = &doc.chars[n.range.end..(n.range.end + 20).min(doc.chars.len())];
    let after: String = near
        .iter()
        .skip_while(|c| !matches!(c, '(' | ',' | ';' | '。'))
        .take(12)
        .collect();
    let unit: String = near.iter().take_while(|c| **c != '(').collect();
    unit.chars().count() <= 4
        && !unit.contains([',', ';', '。'])
        && after.strip_prefix('(').is_some_and(|b| {
            b.chars().take(4).all(|c| c.is_ascii_digit())
                && ["年目标", "年规划目标", "年底目标", "年末目标"]
                    .iter()
                    .any(|w| b[4.min(b.len())..].starts_with(w))
        })
}

/// Whether a label says it counts (总数, 总量 …), or counts the whole in whole numbers ("按照每万名
/// 常住人口配备1名卫生监督员的要求,到2025年全县卫生监督员达到62名"): no density on a base before
/// it ("全市注册护士达到4.05人" still is one).
fn names_a_count(label: &str, value: f64) -> bool {
    has_any(label, COUNT_WORDS)
        || value.fract() == 0.0 && has_any(label, &["全市", "全县", "全区", "全州", "全省"])
}

/// A label's words up to its first figure.
fn before_a_figure(t: &str) -> &str {
    t.split(|c: char| c.is_ascii_digit()).next().unwrap_or(t)
}

/// "3.1‱", "万分之3.1", "2.5/万": per 10,000, a base no catalog rate counts by (maternal
/// mortality is per 10万, infant mortality per 1,000); not read, rather than read ten times off.
fn per_ten_thousand(doc: &Doc, n: &Num) -> bool {
    let c = &doc.chars;
    let after = &c[n.range.end.min(c.len())..(n.range.end + 2).min(c.len())];
    let before = &c[n.range.start.saturating_sub(4)..n.range.start];
    c.get(n.range.end.saturating_sub(1)) == Some(&'‱')
        || after.first() == Some(&'‱')
        || after == ['/', '万']
        || before.ends_with(&['万', '分', '之'])
            && !before.ends_with(&['十', '万', '分', '之'])
            && !before.ends_with(&['0', '万', '分', '之'])
}

/// "达到10名以上(其中各区县不低于5名)": a floor each of the region's parts must reach, in
/// brackets after the region's goal; no goal of the region's.
fn each_parts_floor(doc: &Doc, n: &Num) -> bool {
    let Some(inner) = open_bracket_before(doc, n, 16) else {
        return false;
    };
    let inner = inner.trim_start_matches("其中").trim_start_matches(',');
    inner.starts_with('各')
        || ["山区县", "每个区县", "每个县"]
            .iter()
            .any(|w| inner.starts_with(w))
}

/// The words inside a bracket still open right before figure `n`, within `reach` characters.
fn open_bracket_before(doc: &Doc, n: &Num, reach: usize) -> Option<String> {
    let start = n.range.start.saturating_sub(reach);
    let before = &doc.chars[start..n.range.start];
    let open = before.iter().rposition(|c| *c == '(')?;
    (!before[open..].contains(&')')).then(|| before[open + 1..].iter().collect())
}

/// Whether a figure stands in brackets right after another ("6961人(每千人口5.51人)").
fn bracketed_after_a_figure(doc: &Doc, f: &Found) -> bool {
    let start = f.num.range.start.saturating_sub(12);
    let before = &doc.chars[start..f.num.range.start];
    let Some(open) = before.iter().rposition(|c| *c == '(') else {
        return false;
    };
    !before[open..].contains(&')')
        && !before[open..].iter().any(|c| matches!(c, ',' | ';' | '。'))
        && doc.chars[..start + open]
            .iter()
            .rev()
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| matches!(c, '人' | '张' | '名' | '个'))
}

/// "比2020年(78.60岁)", "较2020年末(3.05‰)", "与2013年(82.16)相比": the figure in brackets right
/// after a comparison's year, alone in them, is that year's level of what the clause counts.
fn compared_in_brackets(doc: &Doc, n: &Num) -> bool {
    let c = &doc.chars;
    let Some(open) = n.range.start.checked_sub(1).filter(|&o| c[o] == '(') else {
        return false;
    };
    let mut k = open;
    while k > 0 && matches!(c[k - 1], '末' | '底') {
        k -= 1;
    }
    let year_ok = k >= 6
        && c[k - 1] == '年'
        && c[k - 5..k - 1].iter().all(char::is_ascii_digit)
        && matches!(c[k - 6], '比' | '较' | '与' | '同');
    // Past its unit, the bracket closes: "(4.8万人)", "(12.3/10万)".
    let closes = c[n.range.end..]
        .iter()
        .take(6)
        .take_while(|ch| !matches!(ch, ',' | '、' | ';' | '。'))
        .position(|ch| *ch == ')')
        .is_some_and(|at| {
            c[n.range.end..n.range.end + at]
                .iter()
                .all(|ch| "岁‰%张人名个万/10".contains(*ch))
        });
    // (Not a goal's, "与2025年(7.50张)规划目标相比", "比2025年(3.50人)目标值低".)
    year_ok && closes && !super::time::a_goal_after_its_bracket(c, n.range.end)
}

/// A figure inside brackets that give it on another basis ("(含可开放床位,可达6.1张)"): the
/// same goal counted otherwise, not a figure of its own.
fn in_alternative(doc: &Doc, n: &Num) -> bool {
    open_bracket_before(doc, n, 30).is_some_and(|inside| {
        ["含", "包括", "包含", "若", "如", "按", "可达"]
            .iter()
            .any(|w| inside.starts_with(w))
    })
}

/// "实现村级医疗卫生服务全覆盖": a target to mark reached, one per clause; the clauses it took.
fn coverage(
    doc: &Doc,
    s: &Range<usize>,
    cx: &Context,
    paragraph_year: Option<(i32, usize)>,
    looking_back: bool,
    rows: &mut Vec<Row>,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // A look back's "实现全覆盖" is done, not a goal.
    if looking_back {
        return out;
    }
    // A network's coverage is not health's: the sentence says which it is (基本实现家庭全覆盖
    // after 签约服务覆盖率 is a family doctor's).
    let of_health = cx.about_health || about_health(&doc.norm(s));
    if !of_health {
        return out;
    }
    for c in clauses(doc, s) {
        let text = doc.norm(&c);
        // ("建立健全覆盖全域的…网络": 健全 then 覆盖, no coverage; "保健全覆盖" is 保健's.)
        let full = text
            .match_indices("全覆盖")
            .any(|(at, _)| !text[..at].ends_with('健') || text[..at].ends_with("保健"));
        if !full || text.chars().count() > 80 {
            continue;
        }
        let year_here = year_before(&doc.chars, &(s.start..c.end), c.end).or(paragraph_year);
        // "2023年,…实现县域全覆盖" in a page of 2024: done, no goal.
        if year_here.is_some_and(|(y, _)| cx.document_year.is_some_and(|d| y < d)) {
            continue;
        }
        let (year, year_inferred) = match (year_here, cx.horizon) {
            (Some((y, _)), _) => (y, false),
            (None, Some(h)) => (h, true),
            (None, None) => continue,
        };
        if !(2000..=2035).contains(&year) {
            continue;
        }
        let mut label = text.replace("全覆盖", "");
        for w in ["基本实现", "全面实现", "实现", "达到", "做到"] {
            label = label.replace(w, "");
        }
        let label = tracked_label(&strip_label(&label));
        if label.chars().count() < 2 {
            continue;
        }
        let qr = doc.trim(c.clone());
        rows.push(Row {
            role: Role::Target,
            subject: Subject::Tracked {
                label,
                unit: String::new(),
            },
            year,
            year_inferred,
            cmp: Cmp::FullCoverage,
            cmp_inferred: false,
            nature: None,
            quote: hps_model::text::fold_whitespace(doc.quote(&qr)),
            span: doc.bytes(&qr),
            basis: None,
            rebased_from: None,
        });
        out.push(c);
    }
    out
}

fn unit_of(n: &Num) -> String {
    if n.percent {
        "%".into()
    } else if n.per_mille_or_rate {
        "‰".into()
    } else if n.ratio {
        "1:x".into()
    } else {
        n.unit.map(|u| u.to_string()).unwrap_or_default()
    }
}

const INCREASE_VERBS: &[&str] = &["提高", "增长", "增加", "提升"];
const INCREASE_SIZES: &[&str] = &["提升幅度", "提高幅度", "增长幅度", "增幅"];

/// Whether `tail` ends on one of `words`, then one of `afters` ("" for none).
fn ends_with_word_then(tail: &str, words: &[&str], afters: &[&str]) -> bool {
    afters.iter().any(|a| {
        tail.strip_suffix(a)
            .is_some_and(|t| words.iter().any(|w| t.ends_with(w)))
    })
}

/// How a sentence's figure compares: the word before it (不低于, 控制在, 提高…) or after it.
fn target_cmp(n: &Num, before: &str, label: &str) -> (Cmp, bool) {
    // (A page that spaces its figures: "提高 1 岁左右".)
    let tail = super::scan::last_chars(before.trim_end(), 8);
    // "比2020年提高1岁左右", "提高至少1岁": the increase, whatever word follows it.
    // ("平均预期寿命的提升幅度应至少1岁": the size of the increase.)
    if n.high.is_none()
        && (ends_with_word_then(&tail, INCREASE_VERBS, &["", "了", "至少"])
            || ends_with_word_then(
                &tail,
                INCREASE_SIZES,
                &["", "应至少", "至少", "为", "达到", "达"],
            ))
    {
        return (Cmp::IncreaseBy(n.value), false);
    }
    if n.high.is_some() || n.after != super::numbers::After::None {
        return cmp_of(n, label);
    }
    // "降到2030年的≤5‰": the bound's sign before the figure.
    match tail.chars().next_back() {
        Some('≤') => return (Cmp::AtMost(n.value), false),
        Some('≥') => return (Cmp::AtLeast(n.value), false),
        _ => {}
    }
    if has_any(&tail, &["不低于", "不少于", "不得低于", "不得少于"]) {
        return (Cmp::AtLeast(n.value), false);
    }
    if has_any(
        &tail,
        &[
            "控制在",
            "不超过",
            "不高于",
            "不多于",
            "不得超过",
            "低于",
            "小于",
            "降至",
            "降到",
            "降低到",
            "降低至",
            "下降到",
            "下降至",
            "减少到",
            "减少至",
            "压减到",
        ],
    ) {
        return (Cmp::AtMost(n.value), false);
    }
    if has_any(
        &tail,
        &[
            "至少",
            "达到",
            "达",
            "提高到",
            "提高至",
            "增加到",
            "增加至",
            "增长到",
            "增长至",
            "上升到",
            "上升至",
            "增至",
            "提升到",
            "提升至",
            "超过",
        ],
    ) {
        return (Cmp::AtLeast(n.value), false);
    }
    if has_any(&tail, &["提高", "增长", "增加", "提升"]) {
        return (Cmp::IncreaseBy(n.value), false);
    }
    if lower_is_better(label) {
        (Cmp::AtMost(n.value), true)
    } else {
        (Cmp::AtLeast(n.value), true)
    }
}

/// Each figure with the words it is about. Enumerations with 分别 pair labels and figures in
/// order; otherwise a figure's label is what stands before it in its clause, back to the
/// previous figure or an enumeration mark.
fn label_figures(doc: &Doc, s: &Range<usize>, nums: &[Num]) -> Vec<Found> {
    let cls = clauses(doc, s);
    let clause_of = |at: usize| {
        cls.iter()
            .find(|c| c.start <= at && at < c.end)
            .cloned()
            .unwrap_or(s.clone())
    };
    let mut out = Vec::new();
    // 分别: "A、B、C分别达到a、b、c"; a review of a list without it: "A和B由a、b降至c、d".
    let text: Vec<char> = doc.chars[s.clone()].to_vec();
    let fb: String = text.iter().collect();
    let respectively = fb.find("分别");
    // "孕产妇死亡率、婴儿死亡率持续控制在8.5/10万和5‰": names listed, then as many figures.
    let review_at = list_review_at(&fb);
    let bound_at = review_at.is_none().then(|| list_bound_at(&fb)).flatten();
    // (Read first where it comes in a clause before a 分别: "…医师、注册护士达到3.25人和3.53人,
    // 比2015年分别增加…".)
    let bound_list = bound_at
        .is_some_and(|b| respectively.is_none_or(|r| b < r && fb[b..r].contains([',', ';'])));
    let first = if bound_list {
        bound_at
    } else {
        respectively.or(review_at).or(bound_at)
    };
    if let Some(p) = first {
        let p = s.start + fb[..p].chars().count();
        // Labels: from the clause start (or a year phrase) to 分别, split at 、 和 及; the
        // figures: those after 分别 in its clause.
        let c = clause_of(p);
        // "A数、B数由2020年的a、b分别提高到c、d": the names end where the review starts, and
        // its figures, both ends, come after.
        // Only where nothing but the start's figures and year lies between: "由120家增加到135家、
        // 床位数、医师数分别达到…" names more after its 由.
        let only_figures = |k: usize| {
            doc.chars[k + 1..p].iter().all(|ch| {
                ch.is_ascii_digit()
                    || ch.is_whitespace()
                    || ".、和的年末/%‰万千张人名个所家岁床“”".contains(*ch)
            })
        };
        let p = (c.start..p)
            .find(|&k| {
                matches!(doc.chars[k], '由' | '从')
                    && nums.iter().any(|n| n.range.start > k && n.range.start < p)
                    && only_figures(k)
            })
            .unwrap_or(p);
        let mut after: Vec<&Num> = nums
            .iter()
            .filter(|n| n.range.start > p && n.range.start < c.end)
            .collect();
        // "分别由2016年的a、b、c,下降到2019年的d、e、f": where the list went, in the next clause
        // opening on the review's verb, pairs with the same names.
        let mut c = c;
        if (matches!(doc.chars[p], '由' | '从')
            || matches!(doc.chars.get(p + 2), Some('由' | '从')) && doc.chars[p] == '分')
            && let Some(next) = cls.iter().find(|x| x.start >= c.end)
        {
            let opening: String = doc.chars[next.clone()]
                .iter()
                .skip_while(|ch| ch.is_whitespace())
                .take(4)
                .collect();
            let went: Vec<&Num> = nums
                .iter()
                .filter(|n| next.contains(&n.range.start))
                .collect();
            if super::time::REVIEW_VERBS
                .iter()
                .any(|v| opening.starts_with(v))
                && went.len() == after.len()
                && after.len() >= 2
            {
                after.extend(went);
                c = c.start..next.end;
            }
        }
        // "分别为a、b、c,较2015年的d、e、f分别下降…": the compared year's figures, in the next
        // clause right after its 的, pair with the same names (not "比2020年的全国平均水平…").
        let mut compared: Vec<&Num> = Vec::new();
        let mut compared_end = c.end;
        if respectively.is_some()
            && after.len() >= 2
            && let Some(next) = cls.iter().find(|x| x.start >= c.end)
        {
            let own_at = next.start
                + doc.chars[next.clone()]
                    .iter()
                    .take_while(|ch| ch.is_whitespace())
                    .count();
            let opening = &doc.chars[own_at..next.end];
            let year_len = opening
                .first()
                .filter(|ch| matches!(ch, '较' | '比'))
                .and_then(|_| year_phrase_len(opening, 1));
            if let Some(len) = year_len
                && opening.get(1 + len) == Some(&'的')
            {
                let stop = opening
                    .windows(2)
                    .position(|w| w == ['分', '别'])
                    .map_or(next.end, |at| own_at + at);
                let compared_figures: Vec<&Num> = nums
                    .iter()
                    .filter(|n| n.range.start > own_at && n.range.start < stop && !n.is_year)
                    .collect();
                // (The first right after 的: 较 or 比, the year, 的.)
                let listed = compared_figures
                    .first()
                    .is_some_and(|f| f.range.start == own_at + 1 + len + 1)
                    && compared_figures
                        .windows(2)
                        .all(|w| doc.between(w[0].range.end, w[1].range.start) == "、");
                if listed
                    && compared_figures.len() == after.len()
                    && compared_figures
                        .iter()
                        .zip(&after)
                        .all(|(a, b)| a.unit == b.unit && a.percent == b.percent)
                {
                    compared = compared_figures;
                    compared_end = next.end;
                }
            }
        }
        let mut start = c.start;
        while start < p {
            if let Some(len) = year_phrase_len(&doc.chars, start) {
                start += len;
                // "2021年、2022年、2023年…分别为": a list of years is no name.
                if matches!(doc.chars.get(start), Some('、' | '和' | '及' | '与'))
                    && year_phrase_len(&doc.chars, start + 1).is_some()
                {
                    start += 1;
                }
            } else {
                break;
            }
        }
        let mut start = start.min(p);
        let mut head: String = doc.chars[start..p]
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect();
        // "床位数、医师数与2016年相比,分别从…": the names are in the clause before, with the
        // comparison after them.
        if head.is_empty()
            && let Some(prev) = cls.iter().rev().find(|x| x.end <= c.start)
        {
            let mut ps = prev.start;
            while let Some(len) = year_phrase_len(&doc.chars, ps) {
                ps += len;
            }
            // A year phrase may run past the clause ("2020年,"): nothing of it is a name.
            let ps = ps.min(prev.end);
            let text: String = doc.chars[ps..prev.end]
                .iter()
                .filter(|c| !c.is_whitespace())
                .collect();
            let cut = ["与", "同", "较", "比"]
                .iter()
                .filter_map(|w| {
                    text.rfind(&format!("{w}20"))
                        .or_else(|| text.rfind(&format!("{w}上年")))
                })
                .max()
                .unwrap_or(text.len());
            head = strip_label(&text[..cut]);
            start = ps;
        }
        // "婴儿以及孕产妇死亡率": 以及 lists too; so does 与 between two names ("执业(助理)医师与
        // 注册护士分别为…"), not before a compared year ("与上年相比").
        let mut parts: Vec<String> = lists_with_and(&head.replace("以及", "、"))
            .split(['、', '和', '及'])
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(str::to_string)
            .collect();
        // "其中执业(助理)医师1.25万人、注册护士1.43万人,每千人口分别为3.26人和3.72人": a base
        // alone before 分别 takes its names from the figures of the clause before.
        if let [only] = parts.as_slice()
            && let Some((names, from)) = names_on_base(doc, &cls, &c, only, nums)
            && names.len() == after.len()
        {
            parts = names;
            start = from;
        }
        // "城乡孕产妇死亡率分别为8.6/10万和11.3/10万": the town's and the country's, two names.
        if let [only] = parts.as_slice()
            && only.contains("城乡")
            && after.len() == 2
            && respectively.is_some()
        {
            parts = vec![only.replace("城乡", "城市"), only.replace("城乡", "农村")];
        }
        // The compared year's figures, one a name: each name twice.
        let compared_too =
            parts.len() >= 2 && compared.len() == parts.len() && after.len() == parts.len();
        if compared_too {
            after.extend(compared);
            c = c.start..compared_end;
        }
        // "分别从a、b、c增长到d、e、f": each name twice, where it started and where it went.
        let twice = compared_too
            || (parts.len() >= 2 && after.len() == 2 * parts.len() && {
                let rest: String = doc.chars[p..s.end].iter().collect();
                (rest.contains('从') || rest.contains('由'))
                    && super::time::REVIEW_VERBS.iter().any(|v| rest.contains(v))
            });
        if parts.len() >= 2
            && (twice || (parts.len() == after.len() && (respectively.is_some() || bound_list)))
        {
            let last = &parts[parts.len() - 1];
            let suffix = shared_suffix(last);
            let kind = kind_listed_first(&parts[0]);
            for (part, n) in parts.iter().cycle().zip(&after) {
                let mut label = part.to_string();
                // "每千人口基层卫生技术人员、执业(助理)医师数和注册护士数": the kind named first
                // is every name's.
                // (Not a name with its own base: "基层…诊疗量占比、每千人口执业(助理)医师数".)
                if let Some(kind) = kind
                    && !crate::synonyms::names_a_parts_kind(&label)
                    && !has_any(&label, &["人口", "每千", "每万"])
                {
                    label.insert_str(0, kind);
                }
                // "执业(助理)医师、注册护士、床位数": a name of its own kind takes no suffix, nor
                // one counted ("执业(助理)医师数、注册护士数、医疗卫生机构床位数").
                if let Some(sfx) = suffix
                    && !label.contains(sfx)
                    && !names_a_kind(&label)
                    && !names_a_kind(label.trim_end_matches('数'))
                {
                    label.push_str(sfx);
                }
                out.push(Found {
                    num: (*n).clone(),
                    matchable: format!(
                        "{}{}",
                        without_included_institutions(&without_exclusions(&label)),
                        tail_after(doc, n)
                    ),
                    label,
                    clause: c.start..clause_of(n.range.start).end.max(n.range.end),
                    label_start: start,
                    after: after_text(doc, n, &clause_of(n.range.start)),
                });
            }
            out.extend(around_enumeration(doc, s, &c, p, nums, &clause_of));
            out.sort_by_key(|f| f.num.range.start);
            return out;
        }
        // A list of names whose figures do not pair with them: the list's figures are not
        // guessed; the rest of the sentence is read as usual.
        if parts.len() >= 2 && respectively.is_some() && !bound_list {
            out.extend(around_enumeration(doc, s, &c, p, nums, &clause_of));
            out.sort_by_key(|f| f.num.range.start);
            return out;
        }
    }
    for n in nums {
        out.push(simple(doc, n, nums, &clause_of(n.range.start)));
    }
    specialty_listed_on(doc, &mut out);
    out
}

/// "精神科执业(助理)医师428人、注册护士1106人": a staff kind listed right after a specialty's
/// staff is that specialty's (not every nurse's).
fn specialty_listed_on(doc: &Doc, found: &mut [Found]) {
    // (The labels as written: a name given here does not pass on down the list.)
    let written: Vec<String> = found.iter().map(|f| f.label.clone()).collect();
    for k in 1..found.len() {
        // (A specialty's staff, not its beds: "儿科床位980张、执业(助理)医师1.25万人".)
        let Some(specialty) = ["精神科", "儿科"].into_iter().find(|w| {
            written[k - 1].contains(w)
                && strip_label(&written[k - 1])
                    .trim_end_matches('数')
                    .ends_with(['师', '士', '生'])
        }) else {
            continue;
        };
        let cur = &found[k];
        let listed = cur.label_start >= found[k - 1].num.range.end
            && doc
                .between(found[k - 1].num.range.end, cur.label_start)
                .trim_start_matches(['人', '名', '张', '位'])
                == "、";
        let bare = ["注册护士", "护士", "执业(助理)医师", "执业医师", "医师"]
            .iter()
            .any(|w| cur.label.trim_start().starts_with(w));
        if listed && bare {
            let cur = &mut found[k];
            cur.label.insert_str(0, specialty);
            cur.matchable.insert_str(0, specialty);
        }
    }
}

/// A list's names with each 与 joining two names read as 、 (a 与 before a year or 上年 compares).
fn lists_with_and(head: &str) -> String {
    let mut out = String::with_capacity(head.len());
    let mut rest = head;
    while let Some(at) = rest.find('与') {
        let after = &rest[at + '与'.len_utf8()..];
        let compares = after.starts_with(|c: char| c.is_ascii_digit())
            || ["上年", "去年", "上一年", "同期", "前一年"]
                .iter()
                .any(|w| after.starts_with(w));
        out.push_str(&rest[..at]);
        out.push(if compares { '与' } else { '、' });
        rest = after;
    }
    out.push_str(rest);
    out
}

/// The figures of a sentence around its enumeration (its clause `c`, its 分别 at `p`): those
/// before, each by its own words; those after, as a sentence of their own, so that a second
/// enumeration ("…分别达到3.2人、3.8人,孕产妇死亡率、婴儿死亡率分别降至6.5/10万和2.1‰") pairs too.
fn around_enumeration(
    doc: &Doc,
    s: &Range<usize>,
    c: &Range<usize>,
    p: usize,
    nums: &[Num],
    clause_of: &dyn Fn(usize) -> Range<usize>,
) -> Vec<Found> {
    let mut out: Vec<Found> = nums
        .iter()
        .filter(|n| n.range.start <= p)
        .map(|n| simple(doc, n, nums, &clause_of(n.range.start)))
        .collect();
    let later: Vec<Num> = nums
        .iter()
        .filter(|n| n.range.start >= c.end)
        .cloned()
        .collect();
    if !later.is_empty() && c.end < s.end {
        out.extend(label_figures(doc, &(c.end..s.end), &later));
    }
    out
}

/// Where a review of a list of names starts ("婴儿死亡率和5岁以下儿童死亡率由21.45‰、26.78‰降至…"):
/// the 由 / 从 after a name list joined by 和 or 、 in its clause, followed by a list of figures.
fn list_review_at(s: &str) -> Option<usize> {
    s.char_indices()
        .filter(|(_, c)| matches!(c, '由' | '从'))
        .map(|(i, _)| i)
        .find(|&i| {
            let head = &s[s[..i].rfind([',', ';', ':']).map_or(0, |k| k + 1)..i];
            let next = s[i..].chars().nth(1);
            (head.contains('和') || head.contains('、'))
                && next.is_some_and(|c| c.is_ascii_digit())
                && s[i..]
                    .split([',', ';'])
                    .next()
                    .is_some_and(|c| c.contains('、'))
        })
}

/// Where a list of names meets its list of figures without 分别 ("孕产妇死亡率、婴儿死亡率持续控制
/// 在8.5/10万和5‰以下"): the verb after names joined by 、 or 和, followed by figures joined so.
fn list_bound_at(s: &str) -> Option<usize> {
    LEVEL_VERBS
        .iter()
        .flat_map(|v| s.match_indices(v).map(move |(i, _)| (i, v.len())))
        .filter(|&(i, len)| {
            let head = &s[s[..i].rfind([',', ';', ':']).map_or(0, |k| k + 1)..i];
            let rest = &s[i + len..];
            let rest = &rest[..rest.find([',', ';', '。']).unwrap_or(rest.len())];
            // (An age in a name, "5岁以下儿童死亡率", is no figure before the verb.)
            let head_figure = head
                .char_indices()
                .any(|(k, c)| c.is_ascii_digit() && !head[k + 1..].starts_with('岁'));
            !head_figure
            && rest.starts_with(|c: char| c.is_ascii_digit())
            && (rest.contains('、') || rest.contains('和'))
            // (Not 、 inside brackets: "各县(市、区)每千人口执业(助理)医师达2.9人、注册护士3.4人".)
            && {
                let bare_head = scope::without_closed_brackets(head);
                bare_head.contains('、') || bare_head.contains('和')
            }
        })
        .map(|(i, _)| i)
        .min()
}

/// The words after a figure up to the clause's end, for its base ("人/10万人口").
fn tail_after(doc: &Doc, n: &Num) -> String {
    // "1.1/10万人": the rate's base is inside the figure.
    let text: String = doc.chars[n.range.clone()].iter().collect();
    if text.contains("/10万") || text.contains("/十万") {
        return "/10万人口".into();
    }
    if doc.chars.get(n.range.end) != Some(&'/') {
        return String::new();
    }
    let mut e = n.range.end;
    while e < doc.chars.len()
        && e < n.range.end + 8
        && !matches!(doc.chars[e], ',' | '、' | ';' | '。' | '(' | ')' | '\n')
    {
        e += 1;
    }
    doc.chars[n.range.end..e].iter().collect()
}

/// A goal's tracked label that names nothing: cut after a share's 的, only a verb and its year,
/// or fewer than two Chinese characters.
fn names_nothing(label: &str) -> bool {
    label.starts_with('的')
        || only_a_verb_and_year(label)
        || label.chars().filter(|c| is_cjk(*c)).count() < 2
        || several_figures(label)
}

/// "2023年,…", "到2025年,…": a sentence that opens on a year.
fn opens_on_a_year(text: &str) -> bool {
    text.trim_start()
        .trim_start_matches('到')
        .get(..4)
        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
}

/// "目录1.区卫生健康局2023年工作总结和2024年工作计划22.区…": a label holding two years and
/// more figures besides (page numbers) is text run together — a contents list — not a name
/// ("0-6岁儿童和65岁以上老年人…", "截至2023年12月31日" are names and dates).
fn several_figures(label: &str) -> bool {
    let runs = label
        .split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .count();
    let years = label
        .match_indices('年')
        .filter(|(at, _)| {
            label[..*at]
                .chars()
                .rev()
                .take_while(char::is_ascii_digit)
                .count()
                == 4
        })
        .count();
    years >= 2 && runs >= years + 2
}

/// "增加到2020年", "提高到2025年", "增至": a review's or a goal's verb (with its year), and
/// nothing named.
fn only_a_verb_and_year(label: &str) -> bool {
    // ("增至", "增至2020年末": the year, and its end, may be left out.)
    let label = label.trim().trim_end_matches(['末', '底']);
    let verb = match label.strip_suffix('年') {
        Some(dated) => {
            let digits = dated.chars().rev().take_while(char::is_ascii_digit).count();
            if digits != 4 {
                return false;
            }
            &dated[..dated.len() - 4]
        }
        None => label,
    };
    super::time::REVIEW_VERBS
        .iter()
        .chain(&["到", "至", "达到"])
        .any(|v| verb == *v)
}

/// The kind of institution a list's first name opens on, past its place and base
/// ("西藏每千人口基层卫生技术人员": 基层): in "A、B和C分别为…" it qualifies each name.
fn kind_listed_first(first: &str) -> Option<&'static str> {
    // (A share or a rate names what it measures, not the kind of the names after it:
    // "乡镇卫生院标准化达标率、每千人口床位数".)
    if has_any(first, &["率", "占比", "比例"]) {
        return None;
    }
    let rest = first
        .rfind("人口")
        .map_or(first, |at| &first[at + "人口".len()..]);
    let rest = WHOLE
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    ["基层医疗卫生机构", "基层", "乡镇卫生院", "社区卫生服务机构"]
        .into_iter()
        .find(|k| rest.starts_with(k))
}

fn shared_suffix(last: &str) -> Option<&'static str> {
    [
        "死亡率",
        "筛查率",
        "管理率",
        "覆盖率",
        "服药率",
        "接种率",
        "发病率",
        "比例",
        "床位数",
        "人数",
    ]
    .into_iter()
    .find(|s| last.ends_with(s))
}

/// The names a base alone before 分别 ("每千人口分别为…") counts: the base joined to each figure's
/// name in the clause before, where every figure there is a count of the catalog's (执业(助理)医师
/// 1.25万人、注册护士1.43万人).
fn names_on_base(
    doc: &Doc,
    cls: &[Range<usize>],
    c: &Range<usize>,
    head: &str,
    nums: &[Num],
) -> Option<(Vec<String>, usize)> {
    let word = base_words(head)?;
    let rest = head.replacen(word, "", 1);
    if !["", "拥有", "均", "数"].contains(&strip_label(&rest).as_str()) {
        return None;
    }
    // The clause before, in the sentence (a list read apart starts its own range).
    let prev = cls
        .iter()
        .rev()
        .find(|x| x.end <= c.start)
        .cloned()
        .or_else(|| {
            let end = c.start.checked_sub(1).filter(|&e| doc.chars[e] == ',')?;
            let start = (0..end)
                .rev()
                .find(|&i| matches!(doc.chars[i], ',' | '。' | ';' | '\n'))
                .map_or(0, |i| i + 1);
            Some(start..end)
        })?;
    let prev = &prev;
    // "执业(助理)医师、注册护士分别达到1.2万人、1.5万人,每千人口分别为2.8人、3.5人": the
    // names of the list before its own 分别.
    let in_prev = figures(&doc.chars, prev.clone())
        .iter()
        .filter(|n| !n.is_year)
        .count();
    let text = doc.norm(prev);
    if text.contains("分别") {
        let chars: Vec<char> = text.chars().collect();
        let mut from = 0;
        while let Some(len) = year_phrase_len(&chars, from) {
            from += len;
        }
        let list: String = text.chars().skip(from).collect::<String>();
        let list = &list[..list.find("分别").unwrap_or(list.len())];
        let list = REGION_WIDE
            .iter()
            .find_map(|w| list.trim_start_matches(['年', '末', '底']).strip_prefix(w))
            .unwrap_or(list);
        let names: Vec<String> = strip_label(list)
            .split(['、', '和', '及'])
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .map(|x| format!("{word}{x}"))
            .collect();
        return (names.len() >= 2 && names.len() == in_prev).then_some((names, prev.start));
    }
    let names: Vec<String> = nums
        .iter()
        .filter(|n| prev.contains(&n.range.start))
        .map(|n| {
            let label = strip_label(&simple(doc, n, nums, prev).label);
            format!("{word}{}", label.trim_start_matches("其中"))
        })
        .collect();
    (names.len() >= 2).then_some((names, prev.start))
}

fn simple(doc: &Doc, n: &Num, nums: &[Num], clause: &Range<usize>) -> Found {
    // A figure named by words after it, not before.
    let named_after = |label: String| Found {
        num: n.clone(),
        matchable: label.clone(),
        label,
        clause: clause.clone(),
        label_start: n.range.start,
        after: after_text(doc, n, clause),
    };
    // "全年无孕产妇死亡": the rate of none, named by the words after its figure.
    if no_maternal_death_written(doc, n) {
        return named_after("孕产妇死亡率".to_string());
    }
    // "6.12张——每千人口医疗卫生机构床位数" on a line of its own: the value first, its name
    // after the dash (the name before it is the line above's).
    if let Some(label) = named_after_a_dash(doc, n) {
        return named_after(label);
    }
    // "3.82万张" over "医疗卫生机构床位", a block of an infographic's text: named by the line
    // under it, which the quote takes in.
    if let Some(line) = doc.line_at(n.range.start)
        && doc.values_above_labels().contains(&line)
        && let Some(below) = doc.lines.get(line + 1)
    {
        let label = doc.norm(below).trim().to_string();
        return Found {
            num: n.clone(),
            matchable: label.clone(),
            label,
            clause: clause.start..below.end,
            label_start: n.range.start,
            after: String::new(),
        };
    }
    // Back from the figure to the previous figure in the clause or an enumeration mark.
    let mut start = clause.start;
    for m in nums {
        if m.range.end <= n.range.start && m.range.end > start && m.range.start >= clause.start {
            start = m.range.end;
        }
    }
    let mut k = n.range.start;
    // "妇幼保健院(所、站)机构卫生技术人员696人": a mark inside brackets ends no name.
    let mut depth = 0i32;
    while k > start {
        match doc.chars[k - 1] {
            ')' => depth += 1,
            '(' => depth -= 1,
            _ => {}
        }
        if depth <= 0 && matches!(doc.chars[k - 1], '、' | ':') {
            // "每千人口医疗卫生机构床位数:6.5张": a name, a colon, its figure.
            let named_after = doc.chars[k..n.range.start]
                .iter()
                .any(|c| !c.is_whitespace());
            if named_after || doc.chars[k - 1] == '、' {
                break;
            }
        }
        k -= 1;
    }
    // "人均预期寿命较2020年提高1.16岁、达到79.72岁": a bare verb after 、 names nothing; the
    // name is before it.
    let bare: String = doc.chars[k..n.range.start].iter().collect();
    if k > start
        && doc.chars[k - 1] == '、'
        && ["达到", "增至", "增加到", "提高到", "提高至", "为"].contains(&bare.trim())
    {
        k = start;
    }
    // "执业医师、助理医师5.18万人": one count named as its two kinds, not the assistants alone.
    if k > start && doc.chars[k - 1] == '、' {
        let name: String = doc.chars[k..n.range.start].iter().collect();
        let before: String = doc.chars[start..k - 1].iter().collect();
        if (name.starts_with("助理医师") || name.starts_with("执业助理医师"))
            && before.ends_with("执业医师")
        {
            k -= 1 + "执业医师".chars().count();
        }
    }
    // "执业(助理)医师、注册护士5000人", "乡村医生、个体医生357人": one count of staff after
    // kinds listed with no figure of their own (the first opening the clause); the label is
    // the list, no one kind's.
    let a_count = !n.percent && matches!(n.unit, Some('人' | '名'));
    while a_count && k > start && doc.chars[k - 1] == '、' {
        let mut j = k - 1;
        let mut depth = 0i32;
        while j > start {
            match doc.chars[j - 1] {
                ')' => depth += 1,
                '(' => depth -= 1,
                _ => {}
            }
            if depth <= 0 && matches!(doc.chars[j - 1], '、' | ',' | ';' | ':' | '。' | ' ' | '\n')
            {
                break;
            }
            j -= 1;
        }
        let piece = &doc.chars[j..k - 1];
        // ("新建9家三级医院、4个区域医疗中心": a piece right after a figure is that figure's.)
        let after_a_mark = j > start || start == clause.start;
        // Kinds of staff only: "医院、卫生院床位" names institutions, whose staff after it are
        // read as before.
        let bare: String = piece.iter().filter(|c| !c.is_whitespace()).collect();
        let named = after_a_mark
            && [
                "医师",
                "医生",
                "护士",
                "药师",
                "技师",
                "人员",
                "卫生员",
                "村医",
            ]
            .iter()
            .any(|w| bare.trim_end_matches(['(', ')', '士']).ends_with(w) || bare.ends_with(w))
            && !piece.iter().any(|c| c.is_ascii_digit());
        if !named {
            break;
        }
        k = j;
    }
    let mut label: String = doc.chars[k..n.range.start]
        .iter()
        .filter(|c| !c.is_whitespace())
        .collect();
    // "人均期望寿命高于全国平均水平,由2012年的76.83岁提高到…": a review whose clause names
    // nothing is of the name in the clause before.
    let mut label_start = k;
    if k == clause.start
        && starts_a_bare_review(&label)
        && let Some((name, from)) = name_clause_before(doc, clause)
    {
        label = format!("{name}{label}");
        label_start = from;
    }
    // "户籍人口从2011年的736.90万人,增长到2019年的801.38万人": where a review went, after a
    // comma, is of the name its start had.
    if k == clause.start
        && super::time::REVIEW_VERBS
            .iter()
            .any(|v| label.starts_with(v))
        && let Some((name, from)) = name_of_review_started_before(doc, clause)
    {
        label = format!("{name}{label}");
        label_start = from;
    }
    // "人均预期寿命比2020年提高1岁,达到80.5岁": a bare verb after a change names what changed.
    // (Past a year it opens with: "注册护士年均增长8.2%,2020年达到15860人".)
    let verb = label
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|_| label[4..].strip_prefix('年'))
        .map(|v| v.trim_start_matches(['末', '底']))
        .unwrap_or(&label);
    // (A dated verb only after a change with its figure: not "根据…人口增长趋势预测,2025年为
    // 40万人", a trend named.)
    let dated = verb != label;
    if k == clause.start
        // ("…较上年增加了9650人,现为363490人": now, after the change.)
        && ["达到", "增至", "增加到", "提高到", "提高至", "为", "达", "现为", "现达"]
            .contains(&verb)
        && let Some((name, from)) = name_of_change_before(doc, clause)
        && (!dated || doc.between(from, clause.start).chars().any(|c| c.is_ascii_digit()))
    {
        label = format!("{name}{verb}");
        label_start = from;
    }
    // "…注册护士2712人,疾病预防控制中心,防疫站,卫生技术人员201人": a part's institutions
    // named in the clauses before (a page that lost their brackets) are whose staff these are.
    if k == clause.start && clause.start > 0 && doc.chars[clause.start - 1] == ',' {
        let from = nums
            .iter()
            .map(|m| m.range.end)
            .filter(|&e| e < clause.start)
            .max()
            .unwrap_or(0)
            .max(clause.start.saturating_sub(24));
        let between: String = doc.chars[from..clause.start - 1]
            .iter()
            .filter(|c| !c.is_whitespace())
            .collect();
        let between = between.trim_start_matches([',', '、', ';', '。']);
        let named = format!("{}{label}", between.replace(',', ""));
        if (2..=16).contains(&between.chars().count())
            && !between
                .chars()
                .any(|c| c.is_ascii_digit() || matches!(c, '。' | ';' | ':'))
            && ["中心", "站", "院", "所", "机构", "室"]
                .iter()
                .any(|w| between.ends_with(w))
            && is_part(&named)
            && !is_part(&label)
        {
            label = named;
        }
    }
    // "全市千人均医疗机构床位数,力争达到6.3张": a goal's verb alone, after a clause that only
    // names what it is of.
    if k == clause.start
        && ["力争达到", "力争达", "争取达到", "达到", "要达到", "将达到"].contains(&label.as_str())
        && let Some((name, from)) = name_clause_before(doc, clause)
        && ["数", "率", "寿命", "比", "床位", "医师", "护士", "医生"]
            .iter()
            .any(|w| name.ends_with(w))
    {
        label = format!("{name}{label}");
        label_start = from;
    }
    // "每千人口床位数:现状值(2025年)5.92张,2030年目标值6.80张": a clause that names only
    // its figure's role or year is of the name a line's head gives before its colon.
    // (Or in the clause before: "…指标:每千人口医疗卫生机构床位数,现状值5.92张".)
    // (Not a figure of now with no year of its own, "现状值4.1人": the goal's year is not its.)
    let undated_now =
        label.contains("现状") && !doc.between(clause.start, clause.end).contains('年');
    if names_only_a_role(&label)
        && !undated_now
        && let Some((head, from)) = head_before_colon(doc, k)
            .filter(|(head, _)| names_a_measure(head))
            .or_else(|| name_clause_before(doc, clause).filter(|(name, _)| names_a_measure(name)))
    {
        label = format!("{head}{label}");
        label_start = from;
    }
    // "建设5家互联网医院", "配备1名公共卫生医师": the thing counted follows the figure.
    let measure = matches!(
        n.unit,
        Some(
            '个' | '所'
                | '家'
                | '支'
                | '项'
                | '批'
                | '次'
                | '例'
                | '台'
                | '辆'
                | '座'
                | '间'
                | '种'
                | '处'
                | '名'
        )
    );
    let verb_only = label_is_verb_only(&strip_label(&label));
    if n.percent && verb_only && doc.chars.get(n.range.end) == Some(&'的') {
        // "60%的县(市、区)达到…标准": the share's subject follows it.
        label = after_text(doc, n, clause);
    } else if (measure || verb_only) && doc.chars.get(n.range.end).copied().is_some_and(is_cjk) {
        label = format!("{}{}", strip_label(&label), after_text(doc, n, clause));
    }
    Found {
        num: n.clone(),
        matchable: format!(
            "{}{}",
            without_included_institutions(&without_exclusions(&label)),
            tail_after(doc, n)
        ),
        label,
        clause: clause.clone(),
        label_start,
        after: after_text(doc, n, clause),
    }
}

/// Whether a label says only which of a line's figures it is: its role (现状值, 目标值, 预期值,
/// 基期值…) or its year, "2030年目标值", "现状值(2025年)", "2025年".
fn names_only_a_role(label: &str) -> bool {
    let mut t: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    // (Bracketed years and words: "(2025年)".)
    while let (Some(a), Some(b)) = (t.find('('), t.find(')')) {
        if b < a {
            break;
        }
        t.replace_range(a..b + ')'.len_utf8(), "");
    }
    let t: String = t
        .split('年')
        .map(|p| p.trim_start_matches(|c: char| c.is_ascii_digit()))
        .collect::<Vec<_>>()
        .join("");
    let rest = [
        "规划目标值",
        "规划目标",
        "现状值",
        "目标值",
        "预期值",
        "规划值",
        "基期值",
        "基准值",
        "完成值",
        "实际值",
        "现状",
        "目标",
        "基期",
        "基数",
        "力争达到",
        "达到",
        "为",
    ]
    .iter()
    .fold(t, |t, w| t.replace(w, ""));
    let rest = rest.trim_matches([',', ':', ';', '、']);
    rest.is_empty() && !label.trim().is_empty()
}

/// Whether a name ends as a measure's does ("…床位数", "医护比", "人均预期寿命", "…(张)"), not
/// as a heading's ("主要发展指标", "…完成情况").
fn names_a_measure(name: &str) -> bool {
    let bare = match name.rfind('(') {
        Some(at) if name.ends_with(')') => &name[..at],
        _ => name,
    };
    [
        "数", "率", "比", "寿命", "床位", "医师", "护士", "医生", "人员", "托位",
    ]
    .iter()
    .any(|w| bare.ends_with(w))
}

/// The head of a line's list before its colon, "1.每千人口医疗卫生机构床位数:", when only the
/// list's own figures stand between it and the label starting at `label_start`; and where it
/// starts.
fn head_before_colon(doc: &Doc, label_start: usize) -> Option<(String, usize)> {
    let colon = (label_start.saturating_sub(40)..label_start)
        .rev()
        .take_while(|&i| !matches!(doc.chars[i], '。' | ';' | '\n'))
        .find(|&i| doc.chars[i] == ':')?;
    let start = (colon.saturating_sub(40)..colon)
        .rev()
        .find(|&i| matches!(doc.chars[i], '。' | ';' | '\n' | ':'))
        .map_or(colon.saturating_sub(40), |i| i + 1);
    let head: String = doc.chars[start..colon]
        .iter()
        .filter(|c| !c.is_whitespace())
        .collect();
    // (Past the list's number: "1.", "(2)", "——".)
    let head = head
        .trim_start_matches(|c: char| {
            c.is_ascii_digit() || matches!(c, '.' | '、' | '(' | ')' | '—' | '-')
        })
        .to_string();
    // (A base in figures is the name's own: "每10万人口精神科执业(助理)医师数".)
    let bare = ["每10万", "每1000", "每100"]
        .iter()
        .fold(head.clone(), |h, w| h.replace(w, ""));
    (!head.is_empty() && head.chars().count() <= 30 && !bare.chars().any(|c| c.is_ascii_digit()))
        .then_some((head, start))
}

/// "由2012年的", "从": a review's start that names nothing.
fn starts_a_bare_review(label: &str) -> bool {
    let Some(rest) = label.strip_prefix('由').or(label.strip_prefix('从')) else {
        return false;
    };
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let rest = rest.strip_prefix('年').unwrap_or(rest);
    let rest = rest
        .strip_prefix('底')
        .or(rest.strip_prefix('末'))
        .unwrap_or(rest);
    rest.strip_prefix('的').unwrap_or(rest).is_empty()
}

/// The year of `years` (a list: "2025年和2035年") that figure `n` pairs with: the figures after
/// the 分别 at `respectively`, up to the end of its clause, are one a year.
fn paired_year(
    doc: &Doc,
    s: &Range<usize>,
    all: &[Num],
    years: &[super::time::Mention],
    n: &Num,
    respectively: usize,
) -> Option<super::time::Mention> {
    let c = &doc.chars;
    let end = (respectively..s.end)
        .find(|&i| matches!(c[i], ',' | ';' | '。'))
        .unwrap_or(s.end);
    let paired: Vec<&Num> = all
        .iter()
        .filter(|m| (respectively..end).contains(&m.range.start))
        .collect();
    // "床位数和执业医师数分别达到6.5张和3.2人": figures of two names, not of two years.
    if paired.len() != years.len() || paired.iter().any(|m| m.unit != n.unit) {
        return None;
    }
    let k = paired.iter().position(|m| m.range == n.range)?;
    years.get(k).copied()
}

/// The clause before `clause` in its sentence, where it is a name without figures.
fn name_clause_before(doc: &Doc, clause: &Range<usize>) -> Option<(String, usize)> {
    let (text, start) = clause_before(doc, clause)?;
    (!text.is_empty() && !text.chars().any(|c| c.is_ascii_digit())).then_some((text, start))
}

/// The clause before `clause` when a comma ends it (up to 40 characters back), whitespace taken
/// out, and where it starts.
fn clause_before(doc: &Doc, clause: &Range<usize>) -> Option<(String, usize)> {
    let end = clause.start.checked_sub(1)?;
    if doc.chars.get(end) != Some(&',') {
        return None;
    }
    // (Not at a comma that sets thousands apart: "比上年增加1,234张,达到2.56万张".)
    let start = (end.saturating_sub(40)..end)
        .rev()
        .find(|&i| {
            matches!(doc.chars[i], ',' | '。' | ';' | ':' | '\n') && !doc.sets_thousands_apart(i)
        })
        .map_or(end.saturating_sub(40), |i| i + 1);
    let text: String = doc.chars[start..end]
        .iter()
        .filter(|c| !c.is_whitespace())
        .collect();
    Some((text, start))
}

/// The name before a review's 从/由 and its first figure in the clause before `clause`
/// ("户籍人口从2011年的736.90万人").
fn name_of_review_started_before(doc: &Doc, clause: &Range<usize>) -> Option<(String, usize)> {
    let (text, start) = clause_before(doc, clause)?;
    let from = text.rfind(['从', '由'])?;
    // (Its first figure right after: "从2011年的…".)
    if !text[from..]
        .chars()
        .nth(1)
        .is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    a_name(strip_label(&text[..from]), start)
}

/// `name`, from `start`, where it names something: not empty, and no figure in it.
fn a_name(name: String, start: usize) -> Option<(String, usize)> {
    (!name.is_empty() && !name.chars().any(|c| c.is_ascii_digit())).then_some((name, start))
}

/// The name a change in the clause before is of: "人均预期寿命" of "人均预期寿命比2020年提高1岁"
/// or "…在2020年基础上提高1岁".
fn name_of_change_before(doc: &Doc, clause: &Range<usize>) -> Option<(String, usize)> {
    let (text, start) = clause_before(doc, clause)?;
    if !super::time::CHANGE_VERBS.iter().any(|v| text.contains(v)) {
        return None;
    }
    // "…比2020年提高1岁", or the verb itself: "每千人口执业(助理)医师数增长10%以上,达到3.2人".
    let cut = ["比", "较", "在20", "与20", "同比"]
        .iter()
        .chain(super::time::CHANGE_VERBS)
        .filter_map(|w| text.find(w))
        .min()?;
    a_name(strip_label(text[..cut].trim_end_matches("年均")), start)
}

fn after_text(doc: &Doc, n: &Num, clause: &Range<usize>) -> String {
    let mut e = n.range.end;
    let mut depth = 0i32;
    while e < clause.end && e < n.range.end + 24 {
        match doc.chars[e] {
            '(' => depth += 1,
            ')' => depth -= 1,
            '、' | ',' | ';' | '和' | '及' if depth <= 0 => break,
            // "1670名卫生人员中有卫生专业技术人员735名": what is among them is the next
            // figure's.
            '中' if matches!(doc.chars.get(e + 1), Some('有' | ',')) => break,
            // "60岁以上老人1796万人占常住人口的18.1%": the whole it is a share of.
            '占' if doc.chars.get(e + 1) != Some(&'地') => break,
            _ => {}
        }
        e += 1;
    }
    let s: String = doc.chars[n.range.end..e]
        .iter()
        .filter(|c| !c.is_whitespace())
        .collect();
    s.trim_start_matches('的').to_string()
}

fn label_is_verb_only(s: &str) -> bool {
    s.chars().count() <= 3
}

/// "到2035年,全面建立…": a goal the plan states in words for a year.
fn goal_in_words(doc: &Doc, s: &Range<usize>, text: &str, goals: &mut Vec<Goal>) {
    let chars: Vec<char> = text.chars().collect();
    let Some(len) = year_phrase_len(&chars, 0) else {
        return;
    };
    if !matches!(chars.first(), Some('到') | Some('至')) || chars.len() < len + 12 {
        return;
    }
    let y: String = chars[1..5].iter().collect();
    let Ok(year) = y.parse::<i32>() else { return };
    if !(2000..=2035).contains(&year) {
        return;
    }
    let r = doc.trim(s.clone());
    goals.push(Goal {
        year,
        quote: doc.quote(&r).to_string(),
        span: doc.bytes(&r),
    });
}

mod parts;
mod scope;
#[cfg(test)]
mod tests;
