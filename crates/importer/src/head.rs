//! What the document says about itself: its title, the region it is for, its year, and the
//! horizon a target without a year belongs to.

use std::collections::HashMap;
use std::ops::Range;

use super::Found;
use super::scan::{Doc, is_cjk, without_planned_services};
use super::time;

pub struct Head {
    pub region: Option<Found<String>>,
    pub title: Option<Found<String>>,
    pub document_year: Option<Found<i32>>,
    pub document_year_inferred: bool,
    /// The year of the page's own date (a dateline, a date field), where it gives one: news of
    /// a bulletin is dated after the bulletin's year.
    pub page_year: Option<i32>,
    /// The page came out in the first three months of its year (its dateline says so).
    pub early_in_its_year: bool,
    /// The year of a statistical bulletin named in the first lines (see `bulletins_year`).
    pub bulletins_year: Option<i32>,
    /// The title, or a caption in the first lines, names a plan (规划, 计划, 方案, 行动 …).
    pub planned: bool,
    /// A text that aims nowhere: the latest year it reports a figure for.
    pub latest_reported: Option<i32>,
    /// The year a work summary's title sums up ("乙市卫生健康局2025年工作总结"): its look back
    /// (一年来, 五年来) ends in that year.
    pub summed_up: Option<i32>,
    /// The year a target without one is taken to be due, and whether it came from the text's
    /// own horizon (十四五, an annual plan's year).
    pub horizon: Option<i32>,
    /// The first year of the five-year period the document is a plan for (十四五: 2021), where
    /// its title or first lines name one: a goal for a year before it reports what was reached.
    pub period_start: Option<i32>,
    /// The document reports what was reached (a statistical bulletin, a yearbook, a white
    /// paper), as its title says: a figure without a year is of its year, and only words of
    /// aim (力争, 目标, a year ahead) make a goal.
    pub reports: bool,
    /// The nation's document: no region in the title, and 全国 / 我国 / 中国 in it.
    pub national: bool,
    /// The last year of a period the text looks back on (回顾“十四五”, “十四五”以来): an undated
    /// work report's look back reaches that year.
    pub reviewed_until: Option<i32>,
    /// The last year of a period a press conference says was completed (完成“十四五”, 收官,
    /// 答卷, 成就), not one still running (“十四五”以来): its 目前 is that period's end.
    pub period_done: Option<i32>,
    /// A government work report, delivered to the people's congress as its year opens: what it
    /// says of 今年 is that year's plan, what was reached is 去年 / 过去一年.
    pub opens_its_year: bool,
}

/// Words of a title that reports rather than plans.
const REPORT_WORDS: &[&str] = &[
    "公报",
    "年鉴",
    "统计",
    "发展情况",
    "工作总结",
    "工作情况",
    "白皮书",
    // A plan's review: "…规划中期评估报告", "…规划实施情况评估", "…指标完成情况".
    "中期评估",
    "评估报告",
    "实施情况",
    "完成情况",
    "进展情况",
    // A people's congress hears how things stand: "关于…人才队伍建设情况的报告".
    "情况的报告",
    // A bureau head's report on the year's work: "述职报告", "述职述责述廉报告".
    "述职",
];

/// A title's words for a text that reports of itself, whether it is found as the title or
/// read for what it is: a government site's page on its region ("涧西区情概况", "县情简介") and a
/// chronicle of events ("某县卫生健康大事记(2021—2024)"); a local chronicle is told apart by
/// `names_a_chronicle`.
const SELF_REPORTS: &[&str] = &["区情", "县情", "市情", "大事记"];

/// Whether a title names a text that reports of itself (`SELF_REPORTS`, a local chronicle).
fn reports_of_itself(title: &str) -> bool {
    names_a_chronicle(title) || SELF_REPORTS.iter().any(|w| title.contains(w))
}

/// The five-year periods plans are named after, with their first year.
use super::time::PERIODS;

/// A title's words for a plan (民生实事项目: the year's projects, each a goal).
const PLANNED: &[&str] = &[
    "规划",
    "方案",
    "计划",
    "任务",
    "意见",
    "纲要",
    "要点",
    "民生实事",
];
/// A title's words for a report of what was reached.
const REPORTED: &[&str] = &["公报", "统计", "总结", "报告", "年鉴"];
const PLACE_ENDS: &[char] = &['省', '市', '县', '区', '州', '盟', '旗'];

pub fn read(doc: &Doc) -> Head {
    let title = title(doc);
    let region = title
        .as_ref()
        .and_then(|t| region_in(&t.value).map(|r| (r, t.quote.clone())))
        .or_else(|| issuer_region(doc))
        .or_else(|| headline_region(doc))
        .or_else(|| delivery_region(doc))
        .or_else(|| body_region(doc))
        .or_else(|| source_region(doc))
        .or_else(|| caption_region(doc))
        .map(|(value, quote)| Found { value, quote });
    let dated = document_year(doc, title.as_ref());
    // A text that aims nowhere reports what was reached: a figure without a year in it is of
    // the latest year it reports (never a comparison's, never after the document's), marked
    // inferred.
    let planned = title.as_ref().is_some_and(|t| {
        let plain = without_planned_services(&t.value);
        PLANNED.iter().any(|w| plain.contains(w))
    });
    let aims_nowhere = !planned && !aims_anywhere(doc, dated.as_ref().map(|d| d.value));
    let news_of_figures = !planned && reports_figures(doc);
    // "2024年工作总结和2025年工作计划", out in January 2025: what it says without a year is of
    // the year it sums up.
    let summed_up = title
        .as_ref()
        // ("关于2024年度健康…建设工作情况的报告": a year's work reported on.)
        .filter(|t| {
            ["工作总结", "工作情况", "完成情况", "述职"]
                .iter()
                .any(|w| t.value.contains(w))
        })
        // ("述 职 报 告" over "(二〇二五年度)": the year on the line under the title.)
        .and_then(|t| title_year(&t.value).or_else(|| year_line_under_title(doc)))
        .filter(|y| dated.as_ref().is_none_or(|d| *y <= d.value));
    // ("…规划中期评估结果出炉", out in August 2023: its undated figures are of the latest year
    // it reports, 截至2022年底.)
    let reported_in_title = title.as_ref().is_some_and(|t| {
        reports_of_itself(&t.value)
            || REPORT_WORDS
                .iter()
                // (Not a plan's drafting: "关于…规划(草案)编制情况的报告".)
                .filter(|w| {
                    **w != "情况的报告" || !["编制", "草案"].iter().any(|d| t.value.contains(d))
                })
                .any(|w| t.value.contains(w))
    });
    let bulletin = bulletins_year(doc);
    let latest_reported = match summed_up {
        // (The year a report sums up, named in its title, before a year its plans name.)
        Some(y) if !(aims_nowhere || news_of_figures) => Some(y),
        _ => (aims_nowhere || news_of_figures || reported_in_title)
            .then(|| latest_reported_year(doc, dated.as_ref().map(|d| d.value), bulletin))
            .flatten()
            .or(summed_up),
    };
    // A yearbook's entry posted on a page: its undated figures are of the year the entry
    // covers, never the page's.
    // (Not a work summary's 【基本情况】: "…2024年工作总结", its own year.)
    let entrys_year = (summed_up.is_none()
        && !title.as_ref().is_some_and(|t| {
            ["总结", "报告", "计划", "要点"]
                .iter()
                .any(|w| t.value.contains(w))
        }))
    .then(|| yearbook_entrys_year(doc, dated.as_ref().map(|d| d.value)))
    .flatten();
    let latest_reported = entrys_year.or(latest_reported);
    let (document_year, inferred) = match dated {
        Some(y) => (Some(y), false),
        None => (None, true),
    };
    let horizon = horizon(doc, title.as_ref(), document_year.as_ref().map(|y| y.value));
    let head_text: String = title
        .iter()
        .map(|t| t.value.clone())
        .chain(first_lines(doc).take(6).map(|l| doc.norm(&l)))
        .collect();
    // The period named first (the title's): a 十四五 plan's review of 十三五 comes after.
    // A period over before the document was written is one it looks back on, not its own.
    let period_start = PERIODS
        .iter()
        .filter(|(_, y)| document_year.as_ref().is_none_or(|d| d.value < y + 5))
        .filter_map(|(name, y)| {
            head_text
                .match_indices(name)
                .find(|&(at, _)| !names_its_goals(&head_text, at, name))
                .map(|(at, _)| (at, *y))
        })
        .min()
        .map(|(_, y)| y);
    // "“十四五”卫生健康发展成就新闻发布会": the text reports what a period achieved. A news
    // page's lead may come after a dozen short lines of the page's own (date, paper, column).
    let lead: String = first_lines(doc).take(14).map(|l| doc.norm(&l)).collect();
    let period_reviewed = period_reviewed(&head_text).or_else(|| period_reviewed(&lead));
    let period_done = period_completed(&head_text).or_else(|| period_completed(&lead));
    let reports = reported_in_title
        || (aims_nowhere && period_start.is_none())
        || news_of_figures
        || period_reviewed.is_some();
    // The title, else a news page's headline (its first line): "国家卫健委:中国人均预期寿命达78.6岁".
    let headline = title
        .as_ref()
        .map(|t| t.value.clone())
        .or_else(|| first_lines(doc).next().map(|l| doc.norm(&l)));
    // (Not a county's news of the nation's bulletin: "…我国卫生健康事业发展统计公报 我县多项指标
    // 优于全国平均".)
    let national = region.is_none()
        && super::label::own_level(doc).is_none()
        && (title
            .as_ref()
            .is_some_and(|t| ["全国", "我国", "中国"].iter().any(|w| t.value.contains(w)))
            // A headline names the nation as the subject of a figure (not 全国, which
            // comparisons use, nor 中国式, 健康中国 or a site's name).
            || headline.is_some_and(|t| {
                ["我国", "中国人均", "中国居民", "中国人口"]
                    .iter()
                    .any(|w| t.contains(w))
            }));
    // (Not a text about one: "关于印发2024年《政府工作报告》重点工作任务分工方案的通知",
    // "…《政府工作报告》目标任务前三季度进展情况".)
    let opens_its_year = title.as_ref().is_some_and(|t| {
        t.value.contains("政府工作报告")
            && ![
                "分工",
                "分解",
                "清单",
                "台账",
                "方案",
                "进展",
                "完成情况",
                "通知",
                "落实",
            ]
            .iter()
            // (The title's whole line: a book title's marks hold only the report's name.)
            .any(|w| t.quote.contains(w))
    });
    let page = page_date(doc);
    // The page came out in January–March: its date field or dateline says so, else the date
    // line under the title ("二〇二六年二月", read as 2026年二月).
    // (Not a yearbook's entry, dated by its edition: "本卷记述时限为2023年1月1日至…" is no
    // page of January.)
    let early_month = |q: &str| {
        // (A date line's head only: a page on one line is its own first line.)
        let q: String = q.chars().take(80).collect::<String>().replace('／', "/");
        date_in(&q).is_some_and(|(_, at)| {
            let rest = &q[at + 4..];
            let rest = rest.trim_start_matches(['-', '/', '年']);
            let m: String = rest.chars().take_while(char::is_ascii_digit).collect();
            m.parse::<u32>().is_ok_and(|m| (1..=3).contains(&m))
        }) || q.match_indices('年').any(|(at, _)| {
            // (The raw quote: its year may be in numerals, "二〇二六年二月", where the text's
            // characters were read as 2026; bytes are sliced only where they are ASCII.)
            let year_before = at
                .checked_sub(4)
                .and_then(|from| q.get(from..at))
                .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()));
            let numerals: Vec<char> = q[..at].chars().rev().take(4).collect();
            let in_numerals = numerals.len() == 4
                && numerals
                    .iter()
                    .all(|c| "〇零一二三四五六七八九".contains(*c));
            (year_before || in_numerals)
                && ["一月", "二月", "三月"]
                    .iter()
                    .any(|m| q[at + '年'.len_utf8()..].trim_start().starts_with(m))
        })
    };
    let early_in_its_year = entrys_year.is_none()
        && match &page {
            Some(f) => early_month(&f.quote),
            None => document_year
                .as_ref()
                .is_some_and(|d| d.quote.chars().count() <= 16 && early_month(&d.quote)),
        };
    Head {
        reports,
        national,
        opens_its_year,
        reviewed_until: reviewed_until(doc)
            .max(period_reviewed)
            .or_else(|| period_over(doc, document_year.as_ref().map(|d| d.value))),
        period_done,
        region,
        title,
        document_year,
        document_year_inferred: inferred,
        page_year: page.as_ref().map(|f| f.value),
        // (Not a yearbook's entry, dated by its edition: "本卷记述时限为2023年1月1日至…" is no
        // page of January.)
        early_in_its_year,
        bulletins_year: bulletin,
        // (Or a caption's in the first lines: "某市健康某某行动主要指标", a plan's table copied
        // alone.)
        planned: planned
            || doc.lines.iter().take(3).any(|l| {
                let l = doc.norm(l);
                ["规划", "计划", "方案", "行动", "目标", "要点"]
                    .iter()
                    .any(|w| l.contains(w))
            }),
        latest_reported,
        summed_up,
        horizon,
        period_start,
    }
}

/// "提前完成“十四五”规划目标", "实现“十四五”规划目标(7.0张)": the period named as the owner of
/// goals met (or missed), in a text about how a plan is going; not the text's own period.
pub(crate) fn names_its_goals(text: &str, at: usize, name: &str) -> bool {
    let before = super::scan::last_chars(&text[..at], 4);
    let after: String = text[at + name.len()..].chars().take(12).collect();
    let met = ["完成", "实现", "超额完成", "提前完成", "达到", "接近"]
        .iter()
        .any(|w| before.trim_end_matches(['“', '"', '\'']).ends_with(w));
    let goals = after
        .trim_start_matches(['”', '"', '\''])
        .starts_with("规划目标")
        || after
            .trim_start_matches(['”', '"', '\''])
            .starts_with("目标");
    met || goals
}

/// The last year of a period the text looks back on: "回顾“十四五”", "“十三五”以来".
fn reviewed_until(doc: &Doc) -> Option<i32> {
    last_reviewed(&doc.norm(&(0..doc.chars.len())), looks_back_on)
}

/// The last year of the period a press conference's title or lead says it reviews
/// ("高质量完成“十四五”规划系列主题新闻发布会", "“十四五”发展成就新闻发布会").
fn period_reviewed(head_text: &str) -> Option<i32> {
    if !head_text.contains("发布会") {
        return None;
    }
    last_reviewed(head_text, |t, name| {
        looks_back_on(t, name) || completed(t, name)
    })
}

/// `period_reviewed` for a period said to be completed, not one looked back on since.
fn period_completed(head_text: &str) -> Option<i32> {
    if !head_text.contains("发布会") {
        return None;
    }
    last_reviewed(head_text, completed)
}

/// Whether `t` says period `name` was completed: 完成, 收官, 答卷, its 成就 or 发展情况.
fn completed(t: &str, name: &str) -> bool {
    t.contains(&format!("完成{name}"))
        || t.contains(&format!("{name}收官"))
        // "“湖南‘十四五’答卷”", "“十四五”答卷丨…": the period's results.
        || t.contains(&format!("{name}答卷"))
        // "十四五”卫生健康发展成就": the achievements of that period, named together.
        // "“十三五”卫生健康事业改革发展情况发布会": how the period went.
        || t.match_indices(name).any(|(at, _)| {
            let after: String = t[at..].chars().take(16).collect();
            // ("“十三五”河南卫生健康工作成绩单来了": its report card; not one of its first year
            // or its half, "开局之年成绩单", "实施过半成绩单".)
            after.contains("成就")
                || after.contains("发展情况")
                || after.contains("成绩单")
                    && ![
                        "开局", "过半", "中期", "以来", "半年", "首年", "第一年", "第二年", "第三年",
                        "第四年", "年度",
                    ]
                        .iter()
                        .any(|w| after.contains(w))
        })
}

/// The last year of a period named as a time ("“十三五”时期", "“十三五”期间") that was over
/// when the document was written: the text looks back on it.
fn period_over(doc: &Doc, document_year: Option<i32>) -> Option<i32> {
    let d = document_year?;
    let t = unquoted(&doc.norm(&(0..doc.chars.len())));
    PERIODS
        .iter()
        .filter(|(name, first)| {
            first + 4 < d
                && (t.contains(&format!("{name}时期")) || t.contains(&format!("{name}期间")))
        })
        .map(|(_, first)| first + 4)
        .max()
}

/// Text without its quotation marks: "“湖南‘十四五’答卷”" names 十四五答卷.
fn unquoted(text: &str) -> String {
    text.replace(['“', '”', '"', '‘', '’'], "")
}

/// Whether `t` looks back on period `name`: "回顾十四五", "十四五以来".
fn looks_back_on(t: &str, name: &str) -> bool {
    t.contains(&format!("回顾{name}")) || t.contains(&format!("{name}以来"))
}

/// The last year of the latest period `reviews` says `text` reviews (quotation marks left out).
fn last_reviewed(text: &str, reviews: impl Fn(&str, &str) -> bool) -> Option<i32> {
    let t = unquoted(text);
    PERIODS
        .iter()
        .filter(|(name, _)| reviews(&t, name))
        .map(|(_, first)| first + 4)
        .max()
}

/// Words that look ahead, in a text that names no year it aims at.
const AIM_WORDS: &[&str] = &[
    "目标",
    "力争",
    "争取",
    "规划",
    "预计",
    "将达到",
    "将提高",
    "将增加",
    "预期性",
    "预期目标",
    "期末",
    "控制在",
    "工作安排",
    "工作计划",
    "重点任务",
    "不低于",
    "不超过",
    "不少于",
    "确保",
];

/// Whether the text aims anywhere: a year aimed at (到2025年, 2030年前) or words of aim. An
/// undated passage that aims nowhere ("2011年,全市…床位达10412张。与2010年比较,…") reports
/// what was reached, as a yearbook's or a bulletin's text does.
fn aims_anywhere(doc: &Doc, document_year: Option<i32>) -> bool {
    let all = 0..doc.chars.len();
    // "至2013年末" in a text of 2015 is a year reached, not aimed at.
    time::year_mentions(&doc.chars, &all)
        .iter()
        .any(|m| m.kind == time::YearKind::Aim && document_year.is_none_or(|d| m.year >= d))
        || {
            let text = doc.norm(&all);
            // "各项既定目标圆满完成": goals met are no aim.
            let text = [
                "目标圆满完成",
                "目标全面完成",
                "目标顺利完成",
                "目标任务全面完成",
            ]
            .iter()
            .fold(without_planned_services(&text), |t, w| t.replace(w, ""));
            // "提前完成2020年预期目标": a goal met early.
            let text = time::without_goals_met(&text);
            AIM_WORDS.iter().any(|w| text.contains(w))
        }
}

/// The latest year the text reports a figure for (2011年, 截至2011年底, 增加到2011年的).
/// (`bulletin`: the year of a bulletin the first lines name, see `bulletins_year`.)
/// "【概  况】 辖区内医疗卫生机构611个…", posted on a page of 2017-04-13: a comprehensive
/// yearbook's entry (its headings in 【】) covers a year before the page; its undated figures are
/// of the latest year it names (2015年6月, an event of that year), else of the year before the
/// page's. An edition named in the first lines (武进年鉴(2023), "… > 海门年鉴(2024) > 卫生健康")
/// says it outright: the year before the edition's.
fn yearbook_entrys_year(doc: &Doc, page_year: Option<i32>) -> Option<i32> {
    // (A line of its own, no sentence: not a yearbook a sentence cites.)
    let edition = first_lines(doc).take(3).find_map(|l| {
        let t = doc.norm(&l);
        (t.chars().count() <= 60 && !t.contains(['。', ',', ';', ':']))
            .then(|| yearbook_edition(&t))
            .flatten()
    });
    if let Some(e) = edition {
        return Some(e - 1);
    }
    let page_year = page_year?;
    let entry = doc.lines.iter().any(|l| {
        let t: String = doc.norm(l).chars().filter(|c| !c.is_whitespace()).collect();
        t.starts_with("【概况】")
    });
    if !entry {
        return None;
    }
    let all = 0..doc.chars.len();
    let named = time::year_mentions(&doc.chars, &all)
        .into_iter()
        .filter(|m| !matches!(m.kind, time::YearKind::Comparison | time::YearKind::Aim))
        .map(|m| m.year)
        .filter(|y| *y < page_year)
        .max();
    Some(named.unwrap_or(page_year - 1))
}

pub(crate) fn latest_reported_year(
    doc: &Doc,
    document_year: Option<i32>,
    bulletin: Option<i32>,
) -> Option<i32> {
    let all = 0..doc.chars.len();
    time::year_mentions(&doc.chars, &all)
        .into_iter()
        .filter(|m| !matches!(m.kind, time::YearKind::Comparison | time::YearKind::Aim))
        // "我县以2010年启动医改为标志", "自2015年起": a time since which, not one reported.
        .filter(|m| !(m.at > 0 && matches!(doc.chars[m.at - 1], '以' | '自')))
        // "《健康龙江行动(2019—2030年)实施方案》": the end of a plan's period, in its title.
        .filter(|m| !(span_end(&doc.chars, m.at) && doc.in_book_title(m.at)))
        .filter(|m| document_year.is_none_or(|d| m.year <= d))
        .filter(|m| !time::an_awards_year(&doc.chars, m.at))
        // "每千人口床位数4.88张(全国2017年5.72张)": the year of a wider place's figure beside
        // the region's is no year the text reports its own for.
        .filter(|m| !in_a_wider_places_aside(doc, m.at))
        // "2023年计划新增床位300张": a year the text plans for, not one it reports; "《安吉年鉴
        // (2023)》": an edition, out the year after the one it holds.
        .filter(|m| {
            // (Past a comma: "2025年,计划实施…".)
            let after = doc
                .between(m.at + 4, (m.at + 9).min(doc.chars.len()))
                .replacen(",", "", 1);
            let before = doc.between(m.at.saturating_sub(3), m.at);
            // ("2023年荆门统计年鉴正式出版": the edition named first.)
            let edition = doc.between(m.at + 4, (m.at + 12).min(doc.chars.len()));
            // ("…预计2025年底建成投用", "2025年,祁东县将…", "力争2025年…": a year planned for.)
            let planned_before = ["预计", "计划", "力争", "争取", "拟", "将于", "有望"]
                .iter()
                .any(|w| {
                    before.ends_with(w) || doc.between(m.at.saturating_sub(4), m.at).ends_with(w)
                });
            let ahead: String = doc
                .between(m.at + 4, (m.at + 14).min(doc.chars.len()))
                .chars()
                .take_while(|c| !matches!(c, '。' | ';'))
                .collect();
            let planned_after =
                ahead.contains("力争") || ahead.contains('将') && !ahead.contains("将近");
            !planned_before
                && !planned_after
                && ![
                    "年计划",
                    "年预计",
                    "年将",
                    "年力争",
                    "年目标",
                    "年要",
                    "年版",
                ]
                .iter()
                .any(|w| after.starts_with(w))
                && !before.ends_with("年鉴")
                && !before.ends_with("年鉴(")
                && !["年鉴", "统计手册", "统计资料", "资料汇编"]
                    .iter()
                    .any(|w| edition.contains(w))
        })
        // A date (2023年05月06日) is when it was written, not a year it reports; unless it is
        // what the figures are as of ("截至2022年2月28日").
        .filter(|m| {
            // Only a title's or a header's (the first lines): a 截至…月 in the body dates its
            // own sentence, not the text.
            let in_head = doc.lines.iter().take(3).any(|l| l.contains(&m.at));
            let as_of = in_head
                && (doc.between(m.at.saturating_sub(2), m.at).ends_with("截至")
                    || doc.between(m.at.saturating_sub(2), m.at).ends_with("截止"));
            // Or a note of its own that says so, anywhere: "(以上数据截至2024年12月31日)",
            // "(统计截止时间:2024年12月底)".
            let noted = doc
                .lines
                .iter()
                .find(|l| l.contains(&m.at))
                // (A short line only: a page on one line is not read again at each year.)
                .is_some_and(|l| {
                    l.len() <= 40 && {
                        let t = doc.norm(l);
                        t.chars().count() <= 30
                            && ["数据截至", "数据截止", "统计截止", "截止时间", "截至时间"]
                                .iter()
                                .any(|w| t.contains(w))
                    }
                });
            // (A count to the year's last day is to its end: "截至2025年12月31日,全县…".)
            let to_its_end = ["截至", "截止"]
                .iter()
                .any(|w| doc.between(m.at.saturating_sub(2), m.at).ends_with(w))
                && ["12月31日", "12月底", "12月末"].iter().any(|w| {
                    doc.between(m.at + 5, (m.at + 11).min(doc.chars.len()))
                        .starts_with(w)
                });
            as_of
                || noted
                || to_its_end
                || !doc.chars.get(m.at + 5..m.at + 7).is_some_and(|c| {
                    c[0].is_ascii_digit() && (c[1] == '月' || c[1].is_ascii_digit())
                })
        })
        .map(|m| m.year)
        // (Last year, of news of a bulletin, is the bulletin's own.)
        .chain(
            document_year
                .filter(|_| as_of_last_year(doc))
                .map(|d| if bulletin == Some(d) { d } else { d - 1 }),
        )
        .max()
}

/// Whether the year at `at` ends a span of years ("2019—2030年").
fn span_end(c: &[char], at: usize) -> bool {
    at >= 5
        && matches!(c[at - 1], '-' | '—' | '–' | '~' | '～' | '至')
        && c[at - 5..at - 1].iter().all(char::is_ascii_digit)
}

/// Whether the year at `at` stands in brackets that open on a wider place: "(全国2017年5.72张)".
fn in_a_wider_places_aside(doc: &Doc, at: usize) -> bool {
    let before = doc.between(at.saturating_sub(12), at);
    before.rfind(['(', '（']).is_some_and(|open| {
        let inside = before[open..].trim_start_matches(['(', '（']);
        !inside.contains([')', '）'])
            && ["全国", "全省", "我国", "国家"]
                .iter()
                .any(|w| inside.starts_with(w))
    })
}

/// "截至去年底,我市…床位数达到4.12万张": the text reports last year's figures (not "比去年底
/// 增加", a comparison, nor "去年底为4.03万张", last year's named beside).
fn as_of_last_year(doc: &Doc) -> bool {
    let text: String = doc.chars.iter().collect();
    ["去年底", "去年末"].iter().any(|w| {
        text.match_indices(w).any(|(at, _)| {
            !text[..at]
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '比' | '较' | '与' | '同'))
                && !text[at + w.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| matches!(c, '为' | '是' | '的'))
        })
    })
}

/// A news page reporting figures: its headline and lead say it was told them (获悉, a press
/// conference's 发布…情况, 数据显示) and speak of no plan. Its undated 达到 reports, and only words
/// of aim (力争, 目标, a year ahead) make a goal; a goal sentence at its end does not make it a plan.
fn reports_figures(doc: &Doc) -> bool {
    // (A page copied from its lead has no headline: its first sentence stands for one.)
    let Some(headline) = first_lines(doc).next().map(|l| {
        doc.norm(&l)
            .split('。')
            .next()
            .unwrap_or_default()
            .to_string()
    }) else {
        return false;
    };
    let lead: String = first_lines(doc)
        .take(6)
        .map(|l| doc.norm(&l).chars().take(200).collect::<String>())
        .collect();
    const TOLD: &[&str] = &[
        "获悉",
        "了解到",
        "据统计",
        "统计公报",
        "统计数据",
        "数据显示",
        "统计显示",
        "发展情况",
        "统计年鉴",
    ];
    const PLANS: &[&str] = &[
        "规划", "方案", "计划", "纲要", "意见", "印发", "出台", "提出", "目标", "行动", "要点",
        "任务", "将",
    ];
    // A plan the lead names as issued ("《…规划》近日印发"); not one whose goal a figure met
    // ("提前实现“十四五”规划提出的80岁目标").
    const ISSUED: &[&str] = &[
        "规划》",
        "方案》",
        "计划》",
        "纲要》",
        "意见》",
        "要点》",
        "印发",
        "出台",
    ];
    TOLD.iter().any(|w| lead.contains(w))
        && !PLANS
            .iter()
            .any(|w| without_planned_services(&headline).contains(w))
        && !ISSUED.iter().any(|w| lead.contains(w))
}

fn first_lines<'d>(doc: &'d Doc) -> impl Iterator<Item = Range<usize>> + 'd {
    doc.lines
        .iter()
        .map(|l| doc.trim(l.clone()))
        .filter(|l| !l.is_empty())
        .take(40)
}

/// The text between 《 and 》 in `s`, if any.
fn in_book_marks(s: &str) -> Option<&str> {
    let a = s.find('《')? + '《'.len_utf8();
    let b = s[a..].find('》')? + a;
    (b > a).then(|| &s[a..b])
}

fn title(doc: &Doc) -> Option<Found<String>> {
    // "标题: …" in a government site's header block.
    for l in first_lines(doc) {
        let s = doc.norm(&l);
        let squeezed: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(rest) = squeezed.strip_prefix("标题:")
            && !rest.is_empty()
        {
            return Some(Found {
                value: rest.to_string(),
                quote: doc.quote(&l).to_string(),
            });
        }
    }
    let lines: Vec<Range<usize>> = first_lines(doc).collect();
    for (k, l) in lines.iter().enumerate() {
        let s = doc.norm(l);
        // ("述 职 报 告": a title spaced out.)
        let plain: String = without_planned_services(&s)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if s.chars().count() > 90
            || s.contains('。')
            || !(PLANNED.iter().chain(REPORTED).any(|w| plain.contains(w))
                || reports_of_itself(&plain))
        {
            continue;
        }
        // ("关于《…“十四五”规划》实施情况中期评估的报告": a review of the plan named, titled
        // by the whole line.)
        let reviews_it = s.rsplit_once('》').is_some_and(|(_, after)| {
            ["评估", "实施情况", "完成情况", "进展情况", "执行情况"]
                .iter()
                .any(|w| after.contains(w))
        });
        if let Some(inner) = in_book_marks(&s).filter(|_| !reviews_it) {
            return Some(Found {
                value: inner.to_string(),
                quote: doc.quote(l).to_string(),
            });
        }
        if s.starts_with("各") || s.contains(':') {
            continue;
        }
        // A title broken over two lines ("…服务体系的" / "实 施 方 案").
        let mut value: String = s.chars().filter(|c| !c.is_whitespace()).collect();
        let mut range = l.clone();
        if let Some(next) = lines.get(k + 1)
            && value.ends_with('的')
        {
            value.extend(doc.norm(next).chars().filter(|c| !c.is_whitespace()));
            range = l.start..next.end;
        }
        // (Its first half on the line above, "关于进一步完善医疗卫生服务体系的" over "实 施 方 案".)
        if let Some(prev) = k.checked_sub(1).and_then(|p| lines.get(p)) {
            let above: String = doc
                .norm(prev)
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            if above.ends_with('的') && above.chars().count() <= 60 {
                value = format!("{above}{value}");
                range = prev.start..range.end;
            }
        }
        return Some(Found {
            value,
            quote: doc.quote(&range).to_string(),
        });
    }
    None
}

/// The place a title or an issuer's name starts with: 四川省, 吉林省蛟河市, 贵阳市.
pub fn region_in(s: &str) -> Option<String> {
    let mut s = s;
    for p in ["关于印发", "关于", "中共"] {
        if let Some(rest) = s.strip_prefix(p) {
            s = rest;
        }
    }
    // "2022年赣州市卫生健康事业发展统计公报": past the year it opens with.
    if s.len() > 7 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit) && s[4..].starts_with('年')
    {
        s = s[4 + '年'.len_utf8()..].trim_start_matches('度');
    }
    let chars: Vec<char> = s.chars().collect();
    let mut end = None;
    let mut i = 0;
    loop {
        let from = i;
        let mut k = from;
        // "恩施土家族苗族自治州": an autonomous place's name is longer.
        let autonomous = chars[from..]
            .iter()
            .take(14)
            .collect::<String>()
            .contains("自治");
        // (So is a development zone's: "莫干山高新技术产业开发区".)
        let zone = chars[from..]
            .iter()
            .take(14)
            .collect::<String>()
            .contains("开发区");
        let longest = if autonomous || zone { 12 } else { 8 };
        while k < chars.len() && is_cjk(chars[k]) && k - from < longest {
            if PLACE_ENDS.contains(&chars[k]) && k - from >= 1 {
                break;
            }
            k += 1;
        }
        // "两区", "各市", "全县": a count or a word for all, not a name ("浙江省各市…": 浙江省).
        let no_name =
            k - from == 1 && "一两二三四五六七八九十各全本我该其此每".contains(chars[from]);
        if k < chars.len() && PLACE_ENDS.contains(&chars[k]) && k - from >= 1 && !no_name {
            end = Some(k + 1);
            i = k + 1;
            // 自治区, 新区
            continue;
        }
        break;
    }
    let mut end = end?;
    // "贵州省", "广州市": 州 is the name's, the level follows it; so it is in "鄞州区", "通州区"
    // (not "恩施州区域…", a prefecture's region).
    if chars[end - 1] == '州'
        && (matches!(chars.get(end), Some('省' | '市' | '县'))
            || chars.get(end) == Some(&'区') && chars.get(end + 1) != Some(&'域'))
    {
        end += 1;
    }
    let name: String = chars[..end].iter().collect();
    // "贵州发布…规划": the one province whose short name ends as a prefecture's does.
    if name == "贵州" {
        return Some("贵州省".to_string());
    }
    if name.starts_with('各') || name.starts_with('本') {
        return None;
    }
    // Words that end in a place character but are not places.
    if [
        "全市", "全省", "全县", "我市", "我省", "本市", "地区", "社区", "我县", "本县", "我州",
        "本州", "全州", "我旗", "全旗", "我盟", "全盟", "我区", "本区", "全区",
    ]
    .iter()
    .any(|w| name.contains(w))
    {
        return None;
    }
    Some(name)
}

/// The year a statistical bulletin named in the first lines reports ("2025年某某市卫生健康事业发展
/// 统计公报", "《2025年…统计公报》解读", "《2025年…统计公报》日前发布"): it comes out the year
/// after, which is the year a 去年 in news of it counts back from.
fn bulletins_year(doc: &Doc) -> Option<i32> {
    // (A title's line only: a page on one line is not read again.)
    first_lines(doc)
        .take(3)
        .filter(|l| l.len() <= 200)
        .find_map(|l| {
            let t = doc.norm(&l);
            let at = t.find("统计公报")?;
            let before = &t[..at];
            let y = before
                .find('年')
                .and_then(|k| before.get(k.checked_sub(4)?..k))?;
            let y: i32 = y.parse().ok()?;
            (2000..=2100).contains(&y).then_some(y)
        })
}

/// A report's delivery line: "——2022年1月6日在常州市第十七届人民代表大会第一次会议上".
fn delivery_region(doc: &Doc) -> Option<(String, String)> {
    first_lines(doc).take(8).find_map(|l| {
        let t = doc.norm(&l);
        let at = t.find("人民代表大会")?;
        let before = &t[..at];
        let start = before.rfind('在')? + '在'.len_utf8();
        let name = before[start..].split('第').next()?;
        let name = region_in(name).filter(|n| n.chars().count() <= 8)?;
        Some((name, doc.quote(&l).to_string()))
    })
}

/// A news page's source, where the text speaks of 我市 / 我县: "来源:赣州日报" (its city),
/// "来源:浦江县融媒体中心", "赣州日报讯".
/// Offices a page names as its source ("来源:甘肃省卫生健康委员会").
const SOURCE_OFFICES: &[&str] = &["卫生健康委员会", "卫生健康委", "卫健委", "人民政府"];

fn source_region(doc: &Doc) -> Option<(String, String)> {
    let level = super::label::own_level(doc)
        .or_else(|| super::label::speaks_as_province(doc).then_some("省"));
    first_lines(doc).take(8).find_map(|l| {
        let t = doc.norm(&l);
        // "厦门日报讯(记者…)": a newspaper's dateline opening its story.
        let dateline = !t.contains("来源") && (t.contains("日报讯") || t.contains("晚报讯"));
        let rest = match t.find("来源") {
            Some(at) => t[at + "来源".len()..].trim_start_matches([':', ' ', '\u{3000}']),
            None if dateline => t.trim_start(),
            None => return None,
        };
        let end = ["日报", "晚报", "融媒体中心", "广播电视台"]
            .iter()
            .chain(SOURCE_OFFICES)
            .filter_map(|w| rest.find(w))
            .min()?;
        let name = &rest[..end];
        let n = name.chars().count();
        if !(2..=6).contains(&n) || !name.chars().all(is_cjk) {
            return None;
        }
        // (The dateline's paper named after a place the text names in full: 厦门市.)
        if dateline && !PLACE_ENDS.iter().any(|c| name.ends_with(*c)) {
            let all = doc.norm(&(0..doc.chars.len()));
            let named = PLACE_ENDS
                .iter()
                .map(|c| format!("{name}{c}"))
                .max_by_key(|full| all.matches(full.as_str()).count())
                .filter(|full| all.contains(full.as_str()));
            if let Some(full) = named {
                return Some((full, doc.quote(&l).to_string()));
            }
        }
        let level = level?;
        // "来源:甘肃省卫生健康委员会": an office of a region of the level the text speaks as.
        let office = SOURCE_OFFICES.iter().any(|w| rest[end..].starts_with(w));
        if office && !name.ends_with(level) {
            return None;
        }
        // (贵州日报 in a province's text: 贵州省, though 州 ends a name too.)
        let name = if name.ends_with(level)
            || (level != "省" && PLACE_ENDS.iter().any(|c| name.ends_with(*c)))
        {
            name.to_string()
        } else {
            format!("{name}{level}")
        };
        Some((name, doc.quote(&l).to_string()))
    })
}

/// A news headline opening with its place: "嘉善县:每千人口床位数达5.8张".
fn headline_region(doc: &Doc) -> Option<(String, String)> {
    let line = first_lines(doc).next()?;
    let t = doc.norm(&line);
    let name = region_in(&t)?;
    let rest = t.strip_prefix(name.as_str())?;
    // "泰和县每千人口床位数居全市前列": a headline that opens on a place and goes on about its
    // health is that place's news.
    let about_its_health = t.chars().count() <= 40
        && !t.contains(['。', ','])
        && [
            "每千",
            "每万",
            "床位",
            "医师",
            "医生",
            "护士",
            "护理",
            "卫生",
            "健康",
            "医疗",
            "寿命",
            "托位",
            "托育",
            "妇幼",
            // "湖州经济技术开发区社会事业概况": a page of the place's own services.
            "社会事业",
        ]
        .iter()
        .any(|w| rest.contains(w));
    // "吴兴区卫健局消息:…", "…讯": its own office's news (not "四川省统计局发布:成都市…",
    // another's figure told, nor "据包头市统计局…", a source a sentence names: `body_region`).
    let its_office = OWN_OFFICES.iter().any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|r| r.starts_with("消息") || r.starts_with('讯') || r.starts_with(':'))
    }) && !BEFORE_A_NAME.iter().any(|w| name.starts_with(w));
    // ("南太湖新区2025年社会事业发展情况": the place, then the year its page is of.)
    let its_year = t.chars().count() <= 40
        && rest.len() > 7
        && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && rest[4..].starts_with('年');
    (rest.starts_with([':', ' ', '\u{3000}', '|']) || about_its_health || its_office || its_year)
        .then(|| (name, doc.quote(&line).to_string()))
}

/// A table's caption that opens on a place: "表2 绍兴市“十四五”卫生健康主要指标…".
fn caption_region(doc: &Doc) -> Option<(String, String)> {
    first_lines(doc).take(3).find_map(|l| {
        let t = doc.norm(&l);
        // "2023年湖州市及所辖区县卫生资源", "湖州市各区县医疗卫生资源": a caption of the region
        // and its parts.
        let parts_at = [
            "及所辖",
            "各区县",
            "各县(市、区)",
            "各县(市区)",
            "分地区",
            "分县",
        ]
        .iter()
        .filter_map(|w| t.find(w))
        .min();
        if t.chars().count() <= 40
            && !t.contains(['。', ',', ';'])
            && (t.contains("卫生") || t.contains("医疗"))
            && let Some(at) = parts_at
            && let Some(name) = region_in(t[..at].trim())
        {
            return Some((name, doc.quote(&l).to_string()));
        }
        // The table's number ("表 16-11"), then any year ("2023年泉港市…": region_in's).
        let rest = t
            .strip_prefix('表')?
            .trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        let number = rest
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '.' | '—')))
            .unwrap_or(rest.len());
        let rest = &rest[number..];
        // (A number glued to a year's digits cannot be told apart: "表3 2023年" has its gap.)
        let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{3000}');
        let name = region_in(rest)?;
        Some((name, doc.quote(&l).to_string()))
    })
}

/// "贵阳市卫生健康局", "XX县人民政府" on a line of its own.
fn issuer_region(doc: &Doc) -> Option<(String, String)> {
    for l in first_lines(doc) {
        let s = doc.norm(&l);
        let s = s.trim_matches(|c: char| c == '(' || c == ')' || c.is_whitespace());
        if s.chars().count() <= 30
            && (s.contains("卫生健康") || s.contains("人民政府") || s.contains("卫生局"))
            && let Some(r) = region_in(s)
        {
            return Some((r, doc.quote(&l).to_string()));
        }
    }
    None
}

/// What names a region's own office or people in a text's body: "包头市统计局", "番禺区卫生健康局",
/// "包头市常住人口".
const OWN_OFFICES: &[&str] = &[
    "统计局",
    "卫生健康委",
    "卫健委",
    "卫生健康局",
    "卫健局",
    "卫生局",
    "人民政府",
    "常住人口",
    "户籍人口",
];

/// Words a place's name starts after ("据包头市统计局…").
const BEFORE_A_NAME: &[&str] = &[
    "据", "经", "由", "在", "对", "从", "显示", "获悉", "日前", "近日",
];

/// Place words that name no one region: "自治区常住人口" in a city's text is the province's.
const NO_NAME: &[&str] = &[
    "自治区",
    "自治州",
    "自治县",
    "全区",
    "全州",
    "全县",
    "全盟",
    "城区",
    "市区",
    "辖区",
    "各区",
    "各县",
    "各市",
    "本区",
    "我区",
    "该市",
    "该县",
    "该区",
    "新区",
    "园区",
    "省区",
    "县区",
];

/// The region of a text that names it only in its body, where one place alone has an office or
/// a population named after it in the first lines ("据包头市统计局…,包头市常住人口…"). Two
/// places so named (a province's bureau on a city's figures) give none.
fn body_region(doc: &Doc) -> Option<(String, String)> {
    let mut found: Option<(String, String)> = None;
    let all = doc.norm(&(0..doc.chars.len()));
    // Each name counted once over the text (a long one-line text names it thousands of times).
    let mut counts: HashMap<String, usize> = HashMap::new();
    for l in first_lines(doc) {
        // The opening of a line: a page's first lines, not a megabyte on one line.
        let line: String = doc.chars[l.clone()].iter().take(2000).collect();
        // "数据来源:广东省统计局" under a chart of 东莞市's figures.
        if line.contains("来源") {
            continue;
        }
        for office in OWN_OFFICES {
            for (at, _) in line.match_indices(office) {
                let before = &line[..at];
                let Some(end) = before.chars().next_back() else {
                    continue;
                };
                if !PLACE_ENDS.contains(&end) {
                    continue;
                }
                // Back to a mark, a space or a word a name starts after.
                // "兰州市、天水市、酒泉市卫生健康委…作交流发言": offices listed are others'.
                if before.trim_end_matches(|c: char| is_cjk(c)).ends_with('、') {
                    continue;
                }
                let mut name = super::scan::cjk_tail(before, 9);
                for w in BEFORE_A_NAME {
                    if let Some(i) = name.rfind(w) {
                        name = name[i + w.len()..].to_string();
                    }
                }
                // "2022年包头市", "截至2023年末包头市": the time before the name is no part of it.
                for w in ["年末", "年底", "年度", "年", "月", "日"] {
                    if let Some(i) = name.rfind(w) {
                        name = name[i + w.len()..].to_string();
                    }
                }
                let n = name.chars().count();
                if !(3..=8).contains(&n)
                    || NO_NAME.iter().any(|w| name.ends_with(w))
                    || region_in(&name).as_deref() != Some(name.as_str())
                {
                    continue;
                }
                // Named once, it may be a helper's office ("在包头市卫生健康委的指导下,我区…").
                // (Its short name counts too: "义乌每千人口…" over "义乌市卫健局发布…".)
                let named = *counts.entry(name.clone()).or_insert_with(|| {
                    let short = name.trim_end_matches(['市', '县', '区']);
                    if short.chars().count() >= 2 {
                        all.matches(short).count()
                    } else {
                        all.matches(name.as_str()).count()
                    }
                });
                if named < 2 {
                    continue;
                }
                // The words around it, not a whole long line.
                let pos = l.start + before.chars().count();
                let around = pos.saturating_sub(40).max(l.start)..(pos + 40).min(l.end);
                let quote = doc.quote(&around).to_string();
                match &found {
                    None => found = Some((name, quote)),
                    Some((f, _)) if f.contains(&name) => {}
                    Some((f, _)) if name.contains(f.as_str()) => found = Some((name, quote)),
                    Some(_) => return None,
                }
            }
        }
    }
    // "江南省常住人口5100万人" in a text that speaks of 全市: the province is another's.
    found.filter(|(name, _)| {
        !name.ends_with('省')
            || ![
                "全市", "我市", "本市", "全县", "我县", "本县", "全区", "我区", "本区",
            ]
            .iter()
            .any(|w| all.contains(w))
    })
}

pub(crate) fn year_at(s: &str, i: usize) -> Option<i32> {
    let y: i32 = s.get(i..i + 4)?.parse().ok()?;
    (2000..=2035).contains(&y).then_some(y)
}

/// The first full date in `s` ("2019-05-23", "2019/5/23", "2017年06月01日") and where it starts.
fn date_in(s: &str) -> Option<(i32, usize)> {
    let b = s.as_bytes();
    (0..b.len().saturating_sub(7)).find_map(|i| {
        if i > 0 && b[i - 1].is_ascii_digit() {
            return None;
        }
        let y = year_at(s, i)?;
        let rest = s.get(i + 4..)?;
        let rest = rest
            .strip_prefix('-')
            .or_else(|| rest.strip_prefix('/'))
            .or_else(|| rest.strip_prefix('年'))?;
        let m = rest.chars().take_while(char::is_ascii_digit).count();
        let after = &rest[m..];
        let full = (1..=2).contains(&m)
            && after
                .strip_prefix(['-', '/', '月'])
                .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()));
        // ("——二〇二六年一月十日在…会议上": the month and day in numerals too.)
        let numeral = |c: char| "一二三四五六七八九十".contains(c);
        let n = rest.chars().take_while(|c| numeral(*c)).count();
        let in_numerals = (1..=2).contains(&n)
            && rest.chars().nth(n).is_some_and(|c| c == '月')
            && rest
                .chars()
                .nth(n + 1)
                .is_some_and(|c| numeral(c) || c.is_ascii_digit());
        (full || in_numerals).then_some((y, i))
    })
}

/// The names of a page's date field ("成文日期: 2023年…", "发表于:2021/8/4 13:09:22").
pub(crate) const DATE_FIELDS: &[&str] = &[
    "成文日期",
    "发布日期",
    "发布时间",
    "发表时间",
    "印发日期",
    "日期",
    // A forum's or a blog's post.
    "发表于",
    "发布于",
];

/// The document's date: a header field, a signature date on a line of its own, the 〔2024〕 of a
/// document number, or the year in an annual plan's title.
fn document_year(doc: &Doc, title: Option<&Found<String>>) -> Option<Found<i32>> {
    // A statistical bulletin is of the year its title names ("石家庄市2012年…统计公报", out in
    // 2013): its 年末 and 全年 are that year's.
    if let Some(t) = title.filter(|t| t.value.contains("公报"))
        && let Some(p) = t.value.find("年")
        && let Some(y) = p.checked_sub(4).and_then(|b| year_at(&t.value, b))
    {
        return Some(Found {
            value: y,
            quote: t.quote.clone(),
        });
    }
    let dated = page_date(doc).or_else(|| numbered_or_titled_year(doc, title));
    // "荆州市志·卫生健康(2011—2020)": a chronicle is written after the last year it covers;
    // the years up to it are over (the 2020 its 十三五 review went to is no goal).
    if let Some(t) = title.filter(|t| names_a_chronicle(&t.value))
        && let Some(end) = span_end_in(&t.value)
        && dated.as_ref().is_none_or(|d| d.value <= end)
    {
        return Some(Found {
            value: end,
            quote: t.quote.clone(),
        });
    }
    // A bulletin whose title names no year ("湖州市卫生健康事业发展统计公报", dated 2026-03-12)
    // reports the year before the one it came out in: bulletins sum up a year that is over.
    // (Not a quarter's or a month's: "湖州市第一季度卫生健康统计公报" is of the year it came out in.)
    if title.is_some_and(|t| {
        ["统计公报", "普查公报"].iter().any(|w| t.value.contains(w)) && !of_part_of_a_year(&t.value)
    }) {
        return dated.map(|d| Found {
            value: d.value - 1,
            quote: d.quote,
        });
    }
    dated
}

/// "(二〇二五年度)", "(2025年度)" on a line of its own among the first: the year a report
/// sums up.
fn year_line_under_title(doc: &Doc) -> Option<i32> {
    first_lines(doc).take(4).find_map(|l| {
        let t: String = doc
            .norm(&l)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        let t = t.trim_start_matches('(').trim_end_matches(')');
        let y = t.strip_suffix("年度")?;
        (y.len() == 4).then(|| year_at(y, 0)).flatten()
    })
}

/// The edition of a yearbook named in a caption: "三明统计年鉴2023", "统计年鉴—2023",
/// "2023统计年鉴", "2023年鉴".
pub(crate) fn yearbook_edition(caption: &str) -> Option<i32> {
    let chars: Vec<char> = caption.chars().collect();
    let digit = |k: Option<&char>| k.is_some_and(char::is_ascii_digit);
    let year_at = |i: usize| -> Option<i32> {
        let y: i32 = chars
            .get(i..i + 4)?
            .iter()
            .collect::<String>()
            .parse()
            .ok()?;
        let apart = !digit(i.checked_sub(1).and_then(|k| chars.get(k))) && !digit(chars.get(i + 4));
        ((2000..=2036).contains(&y) && apart).then_some(y)
    };
    (0..chars.len()).find_map(|i| {
        if chars.get(i..i + 2)? != ['年', '鉴'] {
            return None;
        }
        // After: "年鉴2023", "年鉴—2023", "年鉴(2023)"; never a year of its own ("年鉴》,2022年").
        let mut k = i + 2;
        if matches!(chars.get(k), Some('—' | '-' | '(' | ' ' | '·')) {
            k += 1;
        }
        let after = year_at(k).filter(|_| chars.get(k + 4) != Some(&'年'));
        // Before: "2023统计年鉴", "2023年鉴", or past the place it is of: "2023年三明市统计年鉴",
        // "《2023年某某卫生健康统计年鉴》" (the edition all the same).
        after.or_else(|| {
            let before = if chars[..i].ends_with(&['统', '计']) {
                i - 2
            } else {
                i
            };
            before.checked_sub(4).and_then(year_at).or_else(|| {
                let name = chars[..before]
                    .iter()
                    .rev()
                    .take_while(|c| is_cjk(**c) && **c != '年')
                    .count();
                let at = before - name;
                (name > 0 && at > 0 && chars[at - 1] == '年')
                    .then(|| year_at((at - 1).checked_sub(4)?))
                    .flatten()
            })
        })
    })
}

/// The words of a local chronicle's title.
const CHRONICLES: &[&str] = &["市志", "县志", "区志", "卫生志", "健康志", "大事记"];

/// Whether a title names a local chronicle ("荆州市志·卫生健康", "兴化市志"), not volunteers
/// ("郑州市志愿服务…", "卫生志愿服务").
pub(crate) fn names_a_chronicle(title: &str) -> bool {
    CHRONICLES.iter().any(|w| {
        title
            .match_indices(w)
            .any(|(at, _)| !title[at + w.len()..].starts_with('愿'))
    })
}

/// The last year of a span a title names: "(2011—2020)", "1991-2020年".
fn span_end_in(title: &str) -> Option<i32> {
    let c: Vec<char> = title.chars().collect();
    (5..c.len().saturating_sub(3)).find_map(|i| {
        let dash = matches!(c[i - 1], '—' | '-' | '–' | '~' | '～' | '至');
        let before = c[i - 5..i - 1].iter().all(char::is_ascii_digit);
        let y: String = c.get(i..i + 4)?.iter().collect();
        let y: i32 = y.parse().ok()?;
        (dash && before && (1949..=2100).contains(&y)).then_some(y)
    })
}

/// The date the page says it was written or published: a date field, a news dateline, a date
/// in brackets under the title, a date alone on a line.
fn page_date(doc: &Doc) -> Option<Found<i32>> {
    let lines: Vec<Range<usize>> = first_lines(doc).collect();
    for l in &lines {
        let s: String = doc.norm(l).chars().filter(|c| !c.is_whitespace()).collect();
        for f in DATE_FIELDS {
            if let Some(p) = s.find(f) {
                // "成文日期: 2023年…", "【成文日期】2017-12-31".
                let rest = &s[p + f.len()..];
                let rest = rest.trim_start_matches([':', '】', ']', ')']);
                if let Some(y) = year_at(rest, 0) {
                    return Some(Found {
                        value: y,
                        quote: doc.quote(l).to_string(),
                    });
                }
            }
        }
    }
    // A news page's dateline: "2017年06月01日 15:56 来源:新华网", "来源:中国新闻网 2019-05-23 10:26".
    for l in &lines {
        let s = doc.norm(l);
        // (Or a paper's or a station's name before it: "柳城县融媒体中心 2025-02-14".)
        let dateline = [
            "来源",
            "发布",
            "时间",
            "日期",
            "编辑",
            "作者",
            "融媒体",
            "日报",
            "晚报",
            "新闻网",
            "电视台",
            "记者",
            // "东营网讯 2026年1月20日", "本报讯 2026年1月20日".
            "网讯",
            "报讯",
        ]
        .iter()
        .any(|w| s.contains(w));
        // "——2024年1月10日在…人民代表大会…上": a report's delivery line.
        // "(2025年1月8日在…会议上)" too.
        let delivered = (s.starts_with('—') || s.starts_with('('))
            && (s.contains("大会") || s.contains("会议"));
        if s.chars().count() <= 80
            && let Some((y, at)) = date_in(&s)
            && (at == 0 || dateline || delivered)
            // (Not a date the figures are counted to: "本报讯 截至2025年12月31日,…".)
            && !["截至", "截止"].iter().any(|w| s[..at].trim_end().ends_with(w))
        {
            return Some(Found {
                value: y,
                quote: doc.quote(l).to_string(),
            });
        }
    }
    // A date in brackets under the title ("(2008年9月)", "(2022年3月15日)"), or ending it
    // ("…主要指标完成情况(2026年1月)"); an issuer and a date under it ("宁海县人民政府 2026年4月").
    for l in &lines {
        let s = doc.norm(l);
        let s = s.trim();
        if let Some(y) = signature(s) {
            return Some(Found {
                value: y,
                quote: doc.quote(l).to_string(),
            });
        }
        let s = match s.rfind('(') {
            Some(at) if s.ends_with(')') => &s[at..],
            _ => s,
        };
        if let Some(inner) = s.strip_prefix('(').and_then(|r| r.strip_suffix(')'))
            && inner.chars().count() <= 11
            && inner.contains('月')
            && let Some(y) = year_at(inner, 0)
            && inner[4..].starts_with('年')
        {
            return Some(Found {
                value: y,
                quote: doc.quote(l).to_string(),
            });
        }
    }
    // A date alone on a line ("2023年3月30日"), anywhere in the document; a signature's month
    // ("2026年3月") on one of its last lines.
    let last = doc.lines.len().saturating_sub(3);
    for (k, l) in doc.lines.iter().enumerate() {
        let l = doc.trim(l.clone());
        let s = doc.norm(&l);
        // (Under the issuer's name: not a table's "2025年3月" heading left at the end.)
        let under_an_issuer = k > 0
            && doc.lines.get(k - 1).is_some_and(|p| {
                let p = doc.norm(&doc.trim(p.clone()));
                ["委员会", "局", "政府", "办公室", "委", "中心", "院"]
                    .iter()
                    .any(|w| p.ends_with(w))
            });
        // (Or right under a title: "德清县政府工作报告(摘要)" over "2026年1月".)
        let signed = (k >= last && under_an_issuer || (1..=2).contains(&k)) && year_month(&s);
        // "(安吉县卫生健康局 2025年3月)", "(德清县卫健局 2026-03-02)": a signature in brackets
        // on one of the last lines.
        if k >= last
            && let Some(y) = bracketed_signature(&s)
        {
            return Some(Found {
                value: y,
                quote: doc.quote(&l).to_string(),
            });
        }
        if s.chars().count() <= 12
            && (s.ends_with('日') || signed)
            && s.contains('年')
            && s.contains('月')
            && let Some(y) = year_at(&s, 0)
        {
            return Some(Found {
                value: y,
                quote: doc.quote(&l).to_string(),
            });
        }
    }
    None
}

/// Whether a title names a part of a year: a quarter, a half, a month written out ("1—3月",
/// "3月份"), not a place whose name holds 月 (月湖街道).
fn of_part_of_a_year(t: &str) -> bool {
    ["季度", "上半年", "月份", "月报"]
        .iter()
        .any(|w| t.contains(w))
        || t.match_indices('月').any(|(at, _)| {
            t[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
        })
}

/// The year of a signature in brackets, an issuer and a date: "(安吉县卫生健康局 2025年3月)",
/// "(德清县卫健局 2026-03-02)", "(湖州市人民政府办公室 2026年1月5日)".
fn bracketed_signature(s: &str) -> Option<i32> {
    signature(s.trim().strip_prefix('(')?.strip_suffix(')')?)
}

/// The year of an issuer and a date: "宁海县人民政府 2026年4月", "德清县卫健局 2026-03-02".
fn signature(inner: &str) -> Option<i32> {
    let at = inner.find(|c: char| c.is_ascii_digit())?;
    let (issuer, date) = (inner[..at].trim(), inner[at..].trim());
    // (Not a source's line: "(数据来源:湖州市统计局 2025年3月)".)
    if issuer.contains("来源") {
        return None;
    }
    let issued = ["委员会", "局", "政府", "办公室", "委", "中心", "院"]
        .iter()
        .any(|w| issuer.ends_with(w))
        && issuer.chars().count() <= 20;
    let dated = year_month(date)
        || date_in(date).is_some_and(|(_, i)| i == 0)
            && date.chars().count() <= 11
            && (date.ends_with('日')
                || date
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '-' || c == '/'));
    (issued && dated).then(|| year_at(date, 0)).flatten()
}

/// Whether `s` is a year and a month and nothing else: "2026年3月".
fn year_month(s: &str) -> bool {
    s.get(4..)
        .and_then(|r| r.strip_prefix('年'))
        .and_then(|r| r.strip_suffix('月'))
        .and_then(|m| m.parse::<u8>().ok())
        .is_some_and(|m| (1..=12).contains(&m))
        && year_at(s, 0).is_some()
}

/// Undated, the year of the document's number (〔2022〕15号), of the meeting it reports, or
/// of its title.
fn numbered_or_titled_year(doc: &Doc, title: Option<&Found<String>>) -> Option<Found<i32>> {
    let lines: Vec<Range<usize>> = first_lines(doc).collect();
    for l in &lines {
        let s = doc.norm(l);
        if let Some(p) = s.find('〔')
            && let Some(y) = year_at(&s, p + '〔'.len_utf8())
        {
            return Some(Found {
                value: y,
                quote: doc.quote(l).to_string(),
            });
        }
    }
    // News of a year's meeting, held in that year: its first line, or a lead among the first three.
    for (k, l) in lines.iter().take(3).enumerate() {
        if let Some(y) = meeting_year(&doc.norm(l), k == 0) {
            return Some(Found {
                value: y,
                quote: doc.quote(l).to_string(),
            });
        }
    }
    let t = title?;
    // A table's header taken for the title ("指标 | 2022年 | 2023年 | 2025年(规划)") is no
    // document's date: its first year is the table's first column's.
    let year_cells = t
        .quote
        .split(|c: char| c.is_whitespace() || c == '|')
        .filter(|w| w.len() >= 4 && w.as_bytes()[..4].iter().all(u8::is_ascii_digit))
        .count();
    if year_cells >= 2 {
        return None;
    }
    Some(Found {
        value: title_year(&t.value)?,
        quote: t.quote.clone(),
    })
}

/// The year of a meeting a line says was held: "2024年通辽市卫生健康工作会议召开" as a page's first
/// line (`first`), or "2月6日上午,2024年全市卫生健康工作会议召开。" as its lead.
fn meeting_year(s: &str, first: bool) -> Option<i32> {
    if first
        && s.chars().count() <= 40
        && (s.contains("会议") || s.contains("大会"))
        && let Some(y) = year_at(s, 0)
        && s[4..].starts_with('年')
    {
        return Some(y);
    }
    let lead = s.split('。').next().unwrap_or("");
    if !["召开", "举行", "开幕"].iter().any(|w| lead.contains(w)) {
        return None;
    }
    lead.match_indices("年").find_map(|(p, _)| {
        let y = year_at(lead, p.checked_sub(4)?)?;
        let after: String = lead[p..].chars().take(16).collect();
        // (Not "2023年度全县卫生健康工作会议", held the year after.)
        (after.contains("工作会议") && !after.starts_with("年度")).then_some(y)
    })
}

/// The year before a title's first 年 (in characters too: `scan::Doc` reads "二〇二五年" as its
/// digits).
fn title_year(t: &str) -> Option<i32> {
    // "关于2025年…计划执行情况与2026年计划草案的报告": delivered as the draft's year opens.
    if let Some(draft) = t.find("草案")
        && let Some(y) = t[..draft]
            .match_indices('年')
            .filter_map(|(p, _)| year_at(t, p.checked_sub(4)?))
            .next_back()
        && t[..draft].contains("执行情况")
    {
        return Some(y);
    }
    let p = t.find('年')?;
    let y = year_at(t, p.checked_sub(4)?)?;
    // "规划(2021-2025年)": a span's first year, when the plan was written, not its last (a data
    // page's "2016-2021年…数据" is of its last year).
    let before = &t[..p - 4];
    let dash = before.trim_end_matches(['-', '—', '–', '~', '～', '至']);
    let first = (dash.len() < before.len()
        && ["规划", "方案", "计划", "纲要"]
            .iter()
            .any(|w| t.contains(w)))
    .then(|| year_at(dash, dash.len().checked_sub(4)?))
    .flatten()
    .filter(|f| *f < y);
    Some(first.unwrap_or(y))
}

/// 十四五 plans end in 2025; an annual plan ("2024年重点工作任务") in its year; else the year the
/// text most often aims at ("到2025年").
fn horizon(doc: &Doc, title: Option<&Found<String>>, document_year: Option<i32>) -> Option<i32> {
    let t = title.map(|t| t.value.as_str()).unwrap_or("");
    if t.contains("十四五") {
        return Some(2025);
    }
    if t.contains("十五五") {
        return Some(2030);
    }
    // "(2021—2025年)", "(2021年—2025年)": a span's last year; else the title's one year.
    let years: Vec<i32> = (0..t.len())
        .filter(|&i| t.is_char_boundary(i) && (i == 0 || !t.as_bytes()[i - 1].is_ascii_digit()))
        .filter_map(|i| year_at(t, i))
        .collect();
    let spanned = t.contains(['—', '-', '~', '至']) && years.len() == 2 && years[0] < years[1];
    if spanned {
        return Some(years[1]);
    }
    if let Some(y) = title_year(t) {
        return Some(y);
    }
    let mut counts: HashMap<i32, usize> = HashMap::new();
    let text: String = doc.chars.iter().collect();
    for (p, _) in text.match_indices("到20") {
        if let Some(y) = year_at(&text, p + "到".len()) {
            *counts.entry(y).or_default() += 1;
        }
    }
    if text.contains("十四五") {
        *counts.entry(2025).or_default() += 2;
    }
    counts
        .into_iter()
        .filter(|(y, _)| document_year.is_none_or(|d| *y >= d))
        .max_by_key(|(y, n)| (*n, -*y))
        .map(|(y, _)| y)
        .or(document_year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_region_named_only_in_the_body_by_its_office_or_people() {
        let region = |t: &str| read(&Doc::new(t)).region.map(|r| r.value);
        assert_eq!(
            region("知道吗?包头人口平均预期寿命居首位\n据包头市统计局日前发布的数据显示,包头市常住人口平均预期寿命为77.89岁。自治区常住人口平均预期寿命为74.44岁。").as_deref(),
            Some("包头市")
        );
        assert_eq!(
            region("2022年,番禺区卫生健康局围绕发展主线,多项工作成绩明显。番禺区获评先进。")
                .as_deref(),
            Some("番禺区")
        );
        // Named once, a helper's office; the time before a name is no part of it.
        assert_eq!(
            region("2023年,在包头市卫生健康委的指导下,我区卫生健康工作取得新进展。"),
            None
        );
        assert_eq!(
            region("据包头市统计局数据,2022年包头市常住人口272万人。").as_deref(),
            Some("包头市")
        );
        assert_eq!(
            region("2023年,全旗常住人口12.3万人,鄂尔多斯市卫生健康委对我旗开展督导。"),
            None
        );
        // Two places with offices of their own: none is taken.
        assert_eq!(region("四川省统计局发布:成都市常住人口2140万人。"), None);
        // A chart's source is not the text's region.
        assert_eq!(
            region(
                "截至2021年底,东莞市共有卫生机构3434个。\n数据来源:广东省统计局,华经产业研究院整理"
            ),
            None
        );
    }

    #[test]
    fn regions_from_titles() {
        assert_eq!(
            region_in("四川省建设优质高效医疗卫生服务体系实施方案").as_deref(),
            Some("四川省")
        );
        assert_eq!(
            region_in("蛟河市“十四五”医疗卫生服务体系规划").as_deref(),
            Some("蛟河市")
        );
        assert_eq!(
            region_in("吉林省蛟河市卫生健康局").as_deref(),
            Some("吉林省蛟河市")
        );
        assert_eq!(region_in("关于进一步完善医疗卫生服务体系的实施方案"), None);
        assert_eq!(region_in("全市卫生健康工作要点"), None);
    }

    /// "厦门日报讯(记者…)": the paper's place, as the text writes it in full (厦门市), though
    /// the text compares with 全省.
    #[test]
    fn a_newspapers_dateline_names_the_region() {
        let d = Doc::new(
            "医疗资源更均衡\n厦门日报讯(记者 某某)昨日,市卫健委介绍了厦门市卫生健康事业发展情况。\n2021年厦门市居民平均期望寿命81.1岁,妇幼卫生指标位居全省前列。全市医疗卫生机构已建成床位25642张。\n",
        );
        assert_eq!(read(&d).region.map(|r| r.value).as_deref(), Some("厦门市"));
    }

    #[test]
    fn the_head_of_a_government_page() {
        let d = Doc::new(
            "发文机关: 蛟河市卫生健康局\n成文日期: 2023年05月26日\n标      题: 蛟河市“十四五”医疗卫生服务体系规划(征求意见稿)\n正文",
        );
        let h = read(&d);
        assert_eq!(
            h.title.map(|t| t.value).as_deref(),
            Some("蛟河市“十四五”医疗卫生服务体系规划(征求意见稿)")
        );
        assert_eq!(h.region.map(|r| r.value).as_deref(), Some("蛟河市"));
        assert_eq!(h.document_year.map(|y| y.value), Some(2023));
        assert_eq!(h.horizon, Some(2025));
    }

    #[test]
    fn a_news_pages_dateline_dates_it() {
        for (text, year) in [
            (
                "标题\n来源:中国新闻网 2019-05-23 10:26 http://x\n正文",
                2019,
            ),
            (
                "标题\n\n2017年06月01日 15:56 来源:新华网 参与互动\n正文",
                2017,
            ),
            ("标题\n【成文日期】2017-12-31\n正文", 2017),
            (
                "主题: 某区人均预期寿命公布\n  • 阅读:329\n  • 发表于:2021/8/4 13:09:22\n",
                2021,
            ),
            (
                "石家庄市2012年国民经济和社会发展统计公报\n\n2013-03-15 石家庄市统计局\n",
                2012,
            ),
        ] {
            let h = read(&Doc::new(text));
            assert_eq!(h.document_year.map(|y| y.value), Some(year), "{text}");
        }
        // A year in a sentence is not a date line.
        let h = read(&Doc::new("截至2016年年底,全市床位2680张。"));
        assert_eq!(h.document_year, None);
    }

    #[test]
    fn the_titles_period_is_the_plans() {
        let h = read(&Doc::new(
            "湖北省卫生健康事业发展“十四五”规划\n(一)成效\n“十三五”时期,全省上下……\n",
        ));
        assert_eq!(h.period_start, Some(2021));
    }

    #[test]
    fn an_annual_plan_is_due_in_its_year() {
        let d = Doc::new(
            "浙江省人民政府发布深化医药卫生体制改革2024年重点工作任务\n发表时间:2024-8-12\n",
        );
        let h = read(&d);
        assert_eq!(h.region.map(|r| r.value).as_deref(), Some("浙江省"));
        assert_eq!(h.document_year.map(|y| y.value), Some(2024));
        assert_eq!(h.horizon, Some(2024));
    }
}
