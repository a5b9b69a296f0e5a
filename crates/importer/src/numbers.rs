//! Figures as plans write them: 8.2, 1,098, 32.89万, 3千, 90%, 3.5‰, 12/10万, 1:1.2 (or 1∶1.2,
//! normalised), ranges (1—1.5, 2-3%, 3万—10万), and the word after them (以上, 以下, 以内, 左右).

use std::ops::Range;

use super::scan::{is_cjk, is_note_mark};

/// What follows a figure and changes how it compares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum After {
    None,
    /// 以上, 及以上
    AtLeast,
    /// 以下, 以内
    AtMost,
    /// 左右, 上下
    About,
}

/// One figure found in normalised characters.
#[derive(Clone, Debug, PartialEq)]
pub struct Num {
    /// The characters of the figure and its unit and qualifier.
    pub range: Range<usize>,
    pub value: f64,
    /// The upper end of a range.
    pub high: Option<f64>,
    /// Written 1:x: `value` is x.
    pub ratio: bool,
    pub percent: bool,
    /// Written as a rate per 10万 (12/10万) or ‰.
    pub per_mille_or_rate: bool,
    /// The counting word after the figure (张, 人, 名, 个, 所, 家, …), if any.
    pub unit: Option<char>,
    pub after: After,
    /// A year (2025年), a date or an ordinal (第3), not a figure.
    pub is_year: bool,
}

impl Num {
    /// A ratio written 1:x (or x:1 the other way round): `value` is x.
    fn ratio(range: Range<usize>, value: f64, high: Option<f64>, after: After) -> Num {
        Num {
            range,
            value,
            high,
            ratio: true,
            percent: false,
            per_mille_or_rate: false,
            unit: None,
            after,
            is_year: false,
        }
    }
}

const UNITS: &[char] = &[
    '张', '人', '名', '个', '所', '家', '项', '支', '批', '次', '例', '岁', '元', '天', '台', '辆',
    '座', '间', '种', '类', '级', '床', '位', '万', '公', '分', '小', '周', '年', '月', '日', '倍',
    '户', '处',
];

fn digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// Reads a plain decimal at `i` ("1,098.5"): value and the index after it.
fn decimal(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let mut j = i;
    let mut s = String::new();
    while j < chars.len() {
        let c = chars[j];
        if digit(c) {
            s.push(c);
        } else if c == '\n'
            && !s.is_empty()
            && !s.contains('.')
            && j > i
            && digit(chars[j - 1])
            && {
                // "卫生技术人员11\n536人": a PDF's line broken inside a count, which its unit
                // right after the digits on the next line closes.
                let run = chars[j + 1..].iter().take_while(|c| digit(**c)).count();
                (1..=4).contains(&run)
                    && chars
                        .get(j + 1 + run)
                        .is_some_and(|u| matches!(u, '张' | '人' | '名' | '个' | '所' | '家'))
            }
        {
        } else if c == '.' && j + 1 < chars.len() && digit(chars[j + 1]) && !s.contains('.') {
            s.push('.');
        } else if c == '.'
            && matches!(chars.get(j + 1), Some(' ' | '\n'))
            && chars.get(j + 2).copied().is_some_and(digit)
            && !s.contains('.')
        {
            // "6. 93张", "3.\n12 人": a PDF's space or line break after the decimal point.
            s.push('.');
            j += 1;
        } else if c == ' '
            && (1..=3).contains(&s.len())
            && !s.contains('.')
            && chars
                .get(j + 1..j + 4)
                .is_some_and(|d| d.iter().all(|c| digit(*c)))
            && {
                // "床位 38 652 张": a space between thousands, only before the unit (in a row
                // of cells, "68 612 298", each is its own).
                let mut k = j + 4;
                let mut groups = 1;
                while chars.get(k) == Some(&' ')
                    && chars.get(k + 1).copied().is_some_and(digit)
                    && chars
                        .get(k + 1..k + 4)
                        .is_some_and(|d| d.iter().all(|c| digit(*c)))
                    && !chars.get(k + 4).copied().is_some_and(digit)
                {
                    k += 4;
                    groups += 1;
                }
                let k = if chars.get(k) == Some(&' ') { k + 1 } else { k };
                // (Or the end of a table's cell, the whole cell: "32 806"; "68 612 298" in a
                // line are three cells.)
                (k >= chars.len() && groups == 1 && i == 0)
                    // ("9 870*", "3 512①": the whole cell, with a note's mark.)
                    || (k + 1 == chars.len()
                        && groups == 1
                        && i == 0
                        && is_note_mark(chars[k]))
                    // ("6 604.0": the whole cell, a decimal's thousands set apart.)
                    || (i == 0
                        && groups == 1
                        && chars.get(k) == Some(&'.')
                        && chars.len() > k + 1
                        && chars[k + 1..].iter().all(|c| digit(*c)))
                    || chars.get(k).is_some_and(|u| {
                        matches!(u, '张' | '人' | '个' | '名' | '所' | '家' | '万')
                    })
            }
        {
            // A thousands separator written as a space.
        } else if c == ','
            && j + 3 < chars.len() + 1
            && chars
                .get(j + 1..j + 4)
                .is_some_and(|d| d.iter().all(|c| digit(*c)))
            && !chars.get(j + 4).copied().is_some_and(digit)
            && !s.is_empty()
            && !s.contains('.')
        {
            // A thousands separator: exactly three digits follow.
        } else if c == ','
            && chars.get(j + 1) == Some(&'\n')
            && chars
                .get(j + 2..j + 5)
                .is_some_and(|d| d.iter().all(|c| digit(*c)))
            && !chars.get(j + 5).copied().is_some_and(digit)
            && (1..=3).contains(&s.len())
            && !s.contains('.')
        {
            // "床位数23,\n642张": a PDF's line broken after the separator.
            j += 1;
        } else {
            break;
        }
        j += 1;
    }
    if s.is_empty() {
        return None;
    }
    s.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| (v, j))
}

fn starts(chars: &[char], i: usize, word: &str) -> bool {
    (i..)
        .zip(word.chars())
        .all(|(k, w)| chars.get(k) == Some(&w))
}

/// A multiplier word right after a figure: 万, 千, 亿.
fn multiplier(chars: &[char], j: usize) -> (f64, usize) {
    match chars.get(j) {
        // "3万亿元".
        Some('万') if chars.get(j + 1) == Some(&'亿') => (1_000_000_000_000.0, j + 2),
        Some('万') => (10_000.0, j + 1),
        Some('亿') => (100_000_000.0, j + 1),
        // "常住人口180余万人", "180多万人": more than 180 ten-thousands.
        Some('余' | '多') if matches!(chars.get(j + 1), Some('万' | '亿')) => {
            multiplier(chars, j + 1)
        }
        // After a figure 千 is always "thousand": per-thousand rates are written 每千人口3.9人.
        Some('千') if chars.get(j + 1) != Some(&'米') => (1_000.0, j + 1),
        _ => (1.0, j),
    }
}

/// `v` without the binary fraction's tail a product or a quotient leaves: 9.12 × 10,000 is
/// 91200, not 91199.99999999999 (rounded to 9 decimals).
pub fn without_tail(v: f64) -> f64 {
    (v * 1e9).round() / 1e9
}

/// `v` times a multiplier (万, 千, 亿).
fn times(v: f64, m: f64) -> f64 {
    if m == 1.0 { v } else { without_tail(v * m) }
}

/// Every figure in `range` of `chars`.
pub fn figures(chars: &[char], range: Range<usize>) -> Vec<Num> {
    let mut out = Vec::new();
    let mut i = range.start;
    while i < range.end {
        if let Some(n) = zero_rate(chars, i, range.start, range.end)
            .or_else(|| no_maternal_death(chars, i, range.start, range.end))
        {
            out.push(n);
            i += 1;
            continue;
        }
        if let Some(n) = rate_in_words(chars, i, range.end) {
            i = n.range.end;
            out.push(n);
            continue;
        }
        if !digit(chars[i]) || (i > range.start && (digit(chars[i - 1]) || chars[i - 1] == '.')) {
            i += 1;
            continue;
        }
        // "床位数/年末常住人口×1000": a formula's factor, no figure.
        if i > range.start && matches!(chars[i - 1], '×' | '*' | '÷') {
            i += 1;
            while i < range.end && (digit(chars[i]) || chars[i] == '.') {
                i += 1;
            }
            continue;
        }
        if let Some(end) = footnote_mark(chars, i, range.start, range.end) {
            i = end;
            continue;
        }
        if let Some(end) = a_tables_number(chars, i, range.start, range.end) {
            i = end;
            continue;
        }
        if let Some(end) = misread(chars, i, range.end) {
            // A row of cells with one misread ("28 4O6 30 115"): its neighbours in the run
            // cannot be told apart from it either.
            while out.last().is_some_and(|n: &Num| {
                n.range.end < i && chars[n.range.end..i].iter().all(|c| *c == ' ')
            }) {
                out.pop();
            }
            i = end;
            while i + 1 < range.end
                && chars[i] == ' '
                && (digit(chars[i + 1]) || like_a_digit(chars[i + 1]))
            {
                i = scanned_token_end(chars, i + 1, range.end);
            }
            continue;
        }
        // "2023-08-24 23:23:56": a date and a time of day.
        if let Some(end) =
            a_date(chars, i, range.end).or_else(|| a_time_of_day(chars, i, range.end))
        {
            i = end;
            continue;
        }
        // "报料热线:021-962866", "japanese…xxxx10", "PM2.5": a telephone number, or digits
        // glued to a Latin word, are no figure.
        let glued = i > range.start && chars[i - 1].is_ascii_alphabetic();
        let phone = (i == range.start || !digit(chars[i - 1]) && chars[i - 1] != '.')
            && phone_number(&chars[i..range.end]);
        if glued || phone {
            while i < range.end && (digit(chars[i]) || matches!(chars[i], '-' | '.')) {
                i += 1;
            }
            continue;
        }
        if let Some(end) = in_a_file_name(chars, i, range.end) {
            i = end;
            continue;
        }
        if between_english_words(chars, i, range.start, range.end) {
            while i < range.end && (digit(chars[i]) || matches!(chars[i], '.' | ',' | ' ')) {
                i += 1;
            }
            continue;
        }
        match figure_at(chars, i, range.end) {
            Some(n) => {
                i = n.range.end.max(i + 1);
                out.push(n);
            }
            // No figure here: nor in the rest of its digits ("2022428日" is no 22428).
            None => {
                i += 1;
                while i < range.end && digit(chars[i]) {
                    i += 1;
                }
            }
        }
    }
    out
}

/// How many digits run from `k` (none past the end).
fn digits_at(chars: &[char], k: usize) -> usize {
    chars
        .get(k..)
        .map_or(0, |r| r.iter().take_while(|c| digit(**c)).count())
}

/// Whether `chars` open on a telephone number: an area code from 0, a dash, five digits or
/// more ("021-962866", "0571-88886666"); or a mobile number, eleven digits from 13 to 19
/// ("18330064396").
fn phone_number(chars: &[char]) -> bool {
    let code = digits_at(chars, 0);
    let landline = chars.first() == Some(&'0')
        && (3..=4).contains(&code)
        && chars.get(code) == Some(&'-')
        && digits_at(chars, code + 1) >= 5;
    let mobile = code == 11
        && chars[0] == '1'
        && ('3'..='9').contains(&chars[1])
        && chars.get(11).is_none_or(|c| *c != '.');
    landline || mobile
}

/// A date at `i` written with dashes, slashes or points ("2022-04-06", "2021/8/4"), and where
/// it ends.
fn a_date(chars: &[char], i: usize, end: usize) -> Option<usize> {
    let chars = &chars[..end];
    let run = |k: usize| digits_at(chars, k);
    let year = run(i) == 4 && (i == 0 || !digit(chars[i - 1])) && matches!(chars[i], '1' | '2');
    let sep = chars
        .get(i + 4)
        .copied()
        .filter(|c| matches!(c, '-' | '/' | '.'))?;
    let month = run(i + 5);
    let day_at = i + 5 + month;
    let day = run(day_at + 1);
    (year && (1..=2).contains(&month) && chars.get(day_at) == Some(&sep) && (1..=2).contains(&day))
        .then_some(day_at + 1 + day)
}

/// A time of day at `i` ("23:23:56", "9:30"), and where it ends; not a ratio (1:1.2).
fn a_time_of_day(chars: &[char], i: usize, end: usize) -> Option<usize> {
    let chars = &chars[..end];
    let hours = digits_at(chars, i);
    // ":23", or ":0" where seconds follow ("14:0:0"): where the minutes end.
    let minutes = |k: usize| {
        let n = digits_at(chars, k + 1);
        let after = chars.get(k + 1 + n);
        (chars.get(k) == Some(&':')
            && (n == 2 || n == 1 && after == Some(&':'))
            && after.is_none_or(|c| *c != '.'))
        .then_some(k + 1 + n)
    };
    let is_hour = (1..=2).contains(&hours) && !(hours == 1 && chars[i] == '1');
    if !is_hour || i > 0 && digit(chars[i - 1]) {
        return None;
    }
    let k = minutes(i + hours)?;
    // Seconds, one digit or two ("11:31:0").
    let seconds = digits_at(chars, k + 1);
    Some(
        if chars.get(k) == Some(&':') && (1..=2).contains(&seconds) {
            k + 1 + seconds
        } else {
            k
        },
    )
}

/// A table's or a figure's number at `i` ("见表8-1", "表 14-3", "图2"), and where it ends.
fn a_tables_number(chars: &[char], i: usize, start: usize, end: usize) -> Option<usize> {
    let mut k = i;
    while k > start && (digit(chars[k - 1]) || matches!(chars[k - 1], '-' | '—' | '–' | ' ')) {
        k -= 1;
    }
    let named = k > start && matches!(chars[k - 1], '表' | '图');
    // (Not "图表", "列表" counting something: the number follows right after, or after N-.)
    (named
        && chars[k..i]
            .iter()
            .all(|c| digit(*c) || matches!(c, '-' | '—' | '–' | ' ')))
    .then(|| {
        i + chars[i..end]
            .iter()
            .take_while(|c| digit(**c) || matches!(c, '-' | '—' | '–' | '.'))
            .count()
    })
}

/// A figure a scan misread at `i`, and where it ends: a letter O, o, l or I between digits
/// ("1,3O8人", "2Ol8年"). No part of it is a figure.
fn misread(chars: &[char], i: usize, end: usize) -> Option<usize> {
    let token = scanned_token_end(chars, i, end);
    chars[i..token]
        .windows(2)
        .any(|w| digit(w[0]) && like_a_digit(w[1]) || like_a_digit(w[0]) && digit(w[1]))
        .then_some(token)
}

/// A letter a scan writes for a digit: O for 0, l and I for 1.
fn like_a_digit(c: char) -> bool {
    matches!(c, 'O' | 'o' | 'l' | 'I')
}

/// Where a scanned number starting at `i` ends: its digits, the letters a scan writes for
/// them, its separators.
fn scanned_token_end(chars: &[char], i: usize, end: usize) -> usize {
    i + chars[i..end]
        .iter()
        .take_while(|c| digit(**c) || like_a_digit(**c) || matches!(c, ',' | '.'))
        .count()
}

/// A PDF's footnote mark at `i`, and where it ends: "常住人口[2]436.5万人" (a bracketed
/// number of one or two digits after a word), "8.12/10万3," (one digit glued to a unit, before a
/// mark ending the clause).
fn footnote_mark(chars: &[char], i: usize, start: usize, end: usize) -> Option<usize> {
    let run = chars[i..end].iter().take_while(|c| digit(**c)).count();
    let before = (i > start).then(|| chars[i - 1]);
    let after = chars.get(i + run).copied();
    if matches!(before, Some('[' | '［'))
        && run <= 2
        && matches!(after, Some(']' | '］'))
        && i >= start + 2
        && is_cjk(chars[i - 2])
    {
        return Some(i + run + 1);
    }
    // "注:2、括驻京部队医院": a note's number.
    let notes = i >= start + 2
        && chars[i - 2] == '注'
        && matches!(before, Some(':' | '：'))
        && run <= 2
        && matches!(after, Some('、' | '.' | ')' | '）'))
        && chars.get(i + run + 1).is_none_or(|c| !digit(*c));
    if notes {
        return Some(i + run + 1);
    }
    let glued = matches!(before, Some('万' | '岁' | '‰' | '%'))
        && run == 1
        && after.is_none_or(|c| matches!(c, '。' | ',' | ';' | '、' | '\n'))
        && chars.get(i.wrapping_sub(2)).is_some_and(|c| digit(*c));
    glued.then_some(i + run)
}

/// "附件下载:17-1卫生机构床位数.xls": a number in an attachment's file name, and where the
/// name ends.
fn in_a_file_name(chars: &[char], i: usize, end: usize) -> Option<usize> {
    let name_end = (i..end)
        .find(|&k| chars[k].is_whitespace() || matches!(chars[k], ',' | '。' | ';' | ')'))
        .unwrap_or(end);
    let name: String = chars[i..name_end].iter().collect::<String>().to_lowercase();
    [".xls", ".doc", ".pdf", ".wps", ".csv", ".zip"]
        .iter()
        .any(|x| name.contains(x))
        .then_some(name_end)
}

/// "Beds per 1 000 Population": a number inside a yearbook's English caption.
fn between_english_words(chars: &[char], i: usize, start: usize, end: usize) -> bool {
    let word_before = {
        let mut k = i;
        while k > start && chars[k - 1] == ' ' {
            k -= 1;
        }
        let letters = chars[start..k]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        letters >= 2
    };
    let mut k = i;
    while k < end && (digit(chars[k]) || matches!(chars[k], ' ' | ',')) {
        k += 1;
    }
    let word_after = chars[k..end]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count()
        >= 2;
    word_before && word_after
}

/// A rate of none, said in words at `i` ("为零", "无孕产妇死亡").
fn none_at(i: usize) -> Num {
    Num {
        range: i..i + 1,
        value: 0.0,
        high: None,
        ratio: false,
        percent: false,
        per_mille_or_rate: true,
        unit: None,
        after: After::None,
        is_year: false,
    }
}

/// "孕产妇死亡率为零", "婴儿死亡率降为零": a death rate of none, written as a word.
fn zero_rate(chars: &[char], i: usize, start: usize, end: usize) -> Option<Num> {
    if chars[i] != '零' || i < start + 4 {
        return None;
    }
    let before: String = chars[i.saturating_sub(5).max(start)..i].iter().collect();
    let closed = chars
        .get(i + 1)
        .is_none_or(|c| matches!(c, '。' | ',' | ';' | '、' | '\n'))
        || i + 1 >= end;
    // "婴儿死亡率、孕产妇死亡率分别下降至2.9‰、零": none, listed after a rate with 分别.
    let listed = chars[i - 1] == '、'
        && matches!(chars[i - 2], '‰' | '万')
        && chars[start..i].windows(2).any(|w| w == ['分', '别']);
    (before.ends_with("死亡率为")
        || before.ends_with("亡率降为")
        || before.ends_with("率保持为")
        || listed)
        .then_some(())
        .filter(|_| closed)?;
    // "城关镇孕产妇死亡率为零", "某乡卫生院辖区…为零": a town's or a health centre's none.
    let from = chars[start..i]
        .iter()
        .rposition(|c| matches!(c, '。' | ';' | '\n'))
        .map_or(start, |p| start + p + 1);
    let clause: String = chars[from..i].iter().collect();
    if ["镇", "乡", "村", "辖区", "卫生院", "医院"]
        .iter()
        .any(|w| clause.contains(w))
    {
        return None;
    }
    Some(none_at(i))
}

/// "实现孕产妇零死亡", "全年无孕产妇死亡", "未发生孕产妇死亡": no mother died, a maternal
/// mortality of none (the figure at the word that says so: 零, 无 or 未).
pub(crate) fn no_maternal_death(chars: &[char], i: usize, start: usize, end: usize) -> Option<Num> {
    if !matches!(chars[i], '零' | '无' | '未') {
        return None;
    }
    let text = |a: usize, b: usize| -> String { chars[a.max(start)..b.min(end)].iter().collect() };
    let after = text(i + 1, i + 12);
    let rest = match chars[i] {
        '零' if text(i.saturating_sub(3), i) == "孕产妇" => after.strip_prefix("死亡")?,
        '无' => after.strip_prefix("孕产妇死亡")?,
        _ => ["有孕产妇死亡", "发生孕产妇死亡", "出现孕产妇死亡"]
            .iter()
            .find_map(|w| after.strip_prefix(w))?,
    };
    // (Not "孕产妇死亡率", "孕产妇死亡人数", nor "基本实现孕产妇零死亡".)
    let rest = ["发生", "病例", "事件"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let closed = rest.is_empty() || rest.starts_with(['。', ',', ';', '、', '\n', ')']);
    let from = chars[start..i]
        .iter()
        .rposition(|c| matches!(c, '。' | ';' | '\n' | ','))
        .map_or(start, |p| start + p + 1);
    let clause: String = chars[from..i].iter().collect();
    // A town's or an institution's none (市妇幼保健院, …服务中心); "基本实现": nearly none.
    if !closed
        || [
            "镇", "乡", "村", "辖区", "院", "中心", "所", "机构", "科", "基本",
        ]
        .iter()
        .any(|w| clause.contains(w))
    {
        return None;
    }
    Some(none_at(i))
}

/// How an issuer's name ends, signing a document ("某某市人民政府办公厅"): a date run together
/// under it is the signature's.
pub(crate) const ISSUER_ENDS: &[&str] = &["办公厅", "办公室", "人民政府", "委员会", "局"];

/// Whether digits run together read as a date of this century: 2017613 (2017-6-13), 20171205.
fn signature_date(digits: &str) -> bool {
    if digits.len() < 7
        || !digits[..4]
            .parse::<i32>()
            .is_ok_and(|y| (2000..=2035).contains(&y))
    {
        return false;
    }
    let rest = &digits[4..];
    (1..rest.len()).any(|cut| {
        let (m, d) = rest.split_at(cut);
        m.len() <= 2
            && d.len() <= 2
            && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m))
            && d.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    })
}

/// A rate written in words at `i`: "十万分之九" (9/10万), "千分之五点五" (5.5‰).
fn rate_in_words(chars: &[char], i: usize, end: usize) -> Option<Num> {
    // (A quick test first: this runs at every character.)
    if !matches!(chars.get(i), Some('十' | '1' | '千')) {
        return None;
    }
    let chars = &chars[..end.min(chars.len())];
    let head = ["十万分之", "10万分之", "千分之"]
        .iter()
        .find(|h| starts(chars, i, h))?;
    let mut j = i + head.chars().count();
    let (value, after_numeral) = match decimal(chars, j) {
        Some(d) => d,
        None => numeral_in_words(chars, j)?,
    };
    j = after_numeral;
    let (after, j) = after_word(chars, j);
    Some(Num {
        range: i..j,
        value,
        high: None,
        ratio: false,
        percent: false,
        per_mille_or_rate: true,
        unit: None,
        after,
        is_year: false,
    })
}

/// A number up to 99 written in Chinese numerals, with any decimals after 点 ("二十三点五").
fn numeral_in_words(chars: &[char], i: usize) -> Option<(f64, usize)> {
    let digit_of = |c: char| "零一二三四五六七八九".chars().position(|d| d == c);
    let mut j = i;
    let mut value: Option<f64> = None;
    let mut tens = false;
    while let Some(&c) = chars.get(j) {
        match (c, digit_of(c)) {
            ('两', _) if value.is_none() => value = Some(2.0),
            ('十', _) if !tens => {
                tens = true;
                value = Some(value.unwrap_or(1.0) * 10.0);
            }
            (_, Some(d)) if tens || value.is_none() => {
                value = Some(value.unwrap_or(0.0) + d as f64);
            }
            _ => break,
        }
        j += 1;
    }
    let mut value = value?;
    // ("一百": a hundred and more is not read.)
    if matches!(chars.get(j), Some('百' | '千' | '万')) {
        return None;
    }
    if chars.get(j) == Some(&'点') {
        let mut scale = 0.1;
        let mut k = j + 1;
        while let Some(d) = chars.get(k).and_then(|c| digit_of(*c)) {
            value += d as f64 * scale;
            scale /= 10.0;
            k += 1;
        }
        if k > j + 1 {
            j = k;
        }
    }
    Some((value, j))
}

/// The figure that starts at `i` (a digit), read up to `end`.
pub fn figure_at(chars: &[char], i: usize, end: usize) -> Option<Num> {
    let chars = &chars[..end.min(chars.len())];
    let (v, mut j) = decimal(chars, i)?;
    // "床位7.\n22张": a decimal a PDF broke at its point; which it is cannot be told for sure.
    // (Nor "达到3. 海南新闻中心", a page cut after the point.)
    if chars.get(j) == Some(&'.') && chars.get(j + 1).is_none_or(|c| *c == '\n' || *c == ' ') {
        return None;
    }
    // "办公室 2022428日": a date whose 年 and 月 were lost; "办公厅\n\n2017613" at a line's end,
    // a signature's date; "规划(20162020年)": a period whose dash was lost.
    if (6..=8).contains(&(j - i)) && chars[i] == '2' && chars.get(i + 1) == Some(&'0') {
        let digits: String = chars[i..j].iter().collect();
        let line_ends = chars[j..]
            .iter()
            .take_while(|c| **c != '\n')
            .all(|c| c.is_whitespace());
        let two_years = digits.len() == 8
            && matches!(
                (digits[..4].parse::<i32>(), digits[4..].parse::<i32>()),
                (Ok(a), Ok(b)) if (1..=15).contains(&(b - a))
                    && (2000..=2035).contains(&a)
            )
            && (chars.get(j) == Some(&'年') || line_ends);
        // (Under the issuer's name only: "208156" alone on a line is a table's cell.)
        let under_an_issuer = {
            let before: String = chars[i.saturating_sub(40)..i].iter().collect();
            let last = before.trim_end().lines().last().unwrap_or("").trim();
            ISSUER_ENDS.iter().any(|w| last.ends_with(w))
        };
        if matches!(chars.get(j), Some('日' | '号'))
            || (line_ends && under_an_issuer && signature_date(&digits))
            || two_years
        {
            return None;
        }
    }
    // 1:1.2 — the figure is the second number.
    // (Or 1比1.13.)
    if v == 1.0
        && matches!(chars.get(j), Some(':' | '比'))
        && chars.get(j + 1).copied().is_some_and(digit)
    {
        let (x, mut k) = decimal(chars, j + 1)?;
        // "1:1-1:1.2", "1:1.1～1:1.3": a range of ratios.
        let mut high = None;
        if matches!(
            chars.get(k),
            Some('-' | '—' | '–' | '~' | '～' | '至' | '到')
        ) && chars.get(k + 1) == Some(&'1')
            && matches!(chars.get(k + 2), Some(':' | '比'))
            && let Some((h, e)) = decimal(chars, k + 3)
            && h >= x
        {
            high = Some(h);
            k = e;
        }
        let (after, k) = after_word(chars, k);
        return Some(Num::ratio(i..k, x, high, after));
    }
    // "护医比1.2:1": the other way round, a to 1 — one figure, its 1 no figure of its own.
    if v != 1.0
        && v < 10.0
        && chars.get(j) == Some(&':')
        && chars.get(j + 1) == Some(&'1')
        && !chars
            .get(j + 2)
            .is_some_and(|c| c.is_ascii_digit() || *c == '.')
    {
        let (after, k) = after_word(chars, j + 2);
        return Some(Num::ratio(i..k, v, None, after));
    }
    let is_year = (1949.0..=2100.0).contains(&v)
        && v.fract() == 0.0
        && j - i == 4
        && (matches!(
            chars.get(j),
            Some('年') | Some('-') | Some('—') | Some('.') | Some('/')
        ) && !(chars.get(j) == Some(&'年') && starts(chars, j, "年龄"))
            // "2015~2020年": a span of years.
            || matches!(chars.get(j), Some('~' | '～' | '至' | '到'))
                && chars.get(j + 1..j + 5).is_some_and(|d| d.iter().all(|c| c.is_ascii_digit()))
                && chars.get(j + 5) == Some(&'年'))
        || (i > 0 && chars[i - 1] == '第')
        // "5·12国际护士节": a day of a month, written with a dot.
        || (i >= 2 && matches!(chars[i - 1], '·' | '•') && chars[i - 2].is_ascii_digit())
        // "附件1 德清县…主要指标实现情况", "附表2": an attachment's number.
        || (i >= 2 && matches!(chars[i - 2..i], ['附', '件' | '表' | '录' | '图']))
        // "健康渭南2030规划", "“健康中国2030”": a year in a name.
        || ((2000.0..=2060.0).contains(&v)
            && v.fract() == 0.0
            && j - i == 4
            && (["规划", "纲要", "行动", "计划"].iter().any(|w| starts(chars, j, w))
                || matches!(chars.get(j), Some('”' | '"' | '》' | '’'))));
    // (A multiplier is read within the range only.)
    let (m, k) = match multiplier(chars, j) {
        (_, k) if k > end => (1.0, j),
        mk => mk,
    };
    let mut value = times(v, m);
    j = k;
    // "1万2千人": the thousands after the ten-thousands.
    // (One digit: the character after it is 千.)
    if m == 10_000.0
        && v.fract() == 0.0
        && j + 2 <= end
        && chars.get(j + 1) == Some(&'千')
        && let Some(d) = chars.get(j).and_then(|c| c.to_digit(10))
    {
        value += f64::from(d) * 1_000.0;
        j += 2;
    }
    // A range: 1—1.5, 2-3%, 3万—10万, 1~2, 1至2; "85%-90%" too.
    let mut high = None;
    let percent_range = chars.get(j) == Some(&'%')
        && matches!(chars.get(j + 1), Some('-' | '—' | '~' | '～' | '至' | '到'))
        && chars.get(j + 2).copied().is_some_and(digit);
    if percent_range && !is_year {
        j += 1;
    }
    if !is_year
        && matches!(
            chars.get(j),
            Some('-') | Some('—') | Some('~') | Some('至') | Some('到')
        )
    {
        let mut s = j + 1;
        while chars.get(s) == Some(&'—') {
            s += 1;
        }
        if chars.get(s).copied().is_some_and(digit)
            && let Some((h, e)) = decimal(chars, s)
        {
            let (hm, e) = multiplier(chars, e);
            let h = times(h, if hm == 1.0 { m } else { hm });
            if h >= value {
                high = Some(h);
                j = e;
                // "3-6名": the first figure takes the second's multiplier.
                if hm != 1.0 && m == 1.0 {
                    value = times(value, hm);
                }
            }
        }
    }
    if percent_range && !is_year && high.is_none() {
        j -= 1;
    }
    // "1个-2个", "2项—3项": a range whose unit is written twice.
    if high.is_none()
        && !is_year
        // (Not ages, "15岁-64岁人口": an age band.)
        && let Some(&u) = chars.get(j).filter(|c| UNITS.contains(c) && !matches!(**c, '年' | '岁'))
        && matches!(chars.get(j + 1), Some('-' | '—' | '~' | '～'))
        && chars.get(j + 2).copied().is_some_and(digit)
        && let Some((h, e)) = decimal(chars, j + 2)
        && chars.get(e) == Some(&u)
        && h >= value
        && m == 1.0
    {
        high = Some(h);
        j = e;
    }
    let mut percent = percent_range && high.is_some();
    let mut rate = false;
    match chars.get(j) {
        Some('%') => {
            percent = true;
            j += 1;
        }
        Some('‰') => {
            rate = true;
            j += 1;
        }
        // ("/十万" is a character shorter than "/10万".)
        Some('/') if starts(chars, j + 1, "10万") => {
            rate = true;
            j += 4;
        }
        Some('/') if starts(chars, j + 1, "十万") => {
            rate = true;
            j += 3;
        }
        _ => {}
    }
    if starts(chars, j, "个百分点") {
        percent = true;
        j += 4;
    }
    // "…基层医疗卫生机构1038\n个": a PDF's line break between a count and its unit.
    // (Not a line that opens on a name: "医疗卫生机构(个):4186" / "床位数(张):35620".)
    if !is_year
        && chars.get(j) == Some(&'\n')
        && chars.get(j + 1).is_some_and(|c| UNITS.contains(c))
        && chars
            .get(j + 2)
            .is_none_or(|c| !crate::scan::is_cjk(*c) || "比较其占同增减共".contains(*c))
    {
        j += 1;
    }
    // 人 before 口 is "population" (30万人口), not the counting word.
    let unit = chars
        .get(j)
        .copied()
        // ("10.46/10万分别下降…": no counting word after a rate or a share, and 分别 is none.)
        .filter(|c| UNITS.contains(c) && !is_year && !rate && !percent)
        .filter(|_| !starts(chars, j, "分别"))
        .filter(|c| !(*c == '人' && chars.get(j + 1) == Some(&'口')))
        // "1368.66万人次": visits, not people.
        .filter(|c| !(*c == '人' && chars.get(j + 1) == Some(&'次')));
    if unit.is_some() {
        j += 1;
    }
    let (after, j) = after_word(chars, j);
    Some(Num {
        range: i..j,
        value,
        high,
        ratio: false,
        percent,
        per_mille_or_rate: rate,
        unit,
        after,
        is_year,
    })
}

/// 以上 / 及以上 / 以下 / 以内 / 左右 / 上下 right after a figure.
fn after_word(chars: &[char], j: usize) -> (After, usize) {
    for (w, a) in [
        ("及以上", After::AtLeast),
        ("以上", After::AtLeast),
        ("以下", After::AtMost),
        ("以内", After::AtMost),
        ("左右", After::About),
        ("上下", After::About),
    ] {
        if starts(chars, j, w) {
            return (a, j + w.chars().count());
        }
    }
    (After::None, j)
}

/// A table cell that is a figure and nothing else ("8.2左右", "1:1.20", "90%", "32.89万").
pub fn cell_figure(cell: &[char]) -> Option<Num> {
    let start = cell.iter().position(|c| !c.is_whitespace())?;
    // A leading comparison word in a cell: ≥, ≤, 不低于, 不超过.
    let (lead, s) = match cell[start] {
        '≥' | '>' => (After::AtLeast, start + 1),
        '≤' | '<' => (After::AtMost, start + 1),
        _ => (After::None, start),
    };
    let s = (s..cell.len()).find(|&k| !cell[k].is_whitespace())?;
    // (Nor a telephone number, "021-962866".)
    if !digit(cell[s]) || phone_number(&cell[s..]) {
        return None;
    }
    let mut n = figure_at(cell, s, cell.len())?;
    // A unit in brackets or a trailing word may follow ("6.82(张)"): allow only short tails.
    let rest: String = cell[n.range.end..].iter().collect();
    let rest = rest.trim();
    let tail_ok = rest.is_empty()
        || rest.starts_with('(')
        || (rest.chars().count() <= 3 && !rest.chars().any(digit));
    if !tail_ok || n.is_year {
        return None;
    }
    if n.after == After::None {
        n.after = lead;
    }
    Some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Num {
        let c: Vec<char> = s.chars().collect();
        let f = figures(&c, 0..c.len());
        assert_eq!(f.len(), 1, "{s}: {f:?}");
        f[0].clone()
    }

    /// A PDF line broken after a thousands separator joins; a scan's letter for a digit makes
    /// no figure of any part of its number, nor of the cells in its run; a table's number
    /// ("见表8-1") is none.
    #[test]
    fn broken_and_misread_counts() {
        assert_eq!(one("床位数23,\n642张").value, 23642.0);
        let values = |s: &str| -> Vec<f64> {
            let c: Vec<char> = s.chars().collect();
            figures(&c, 0..c.len()).iter().map(|n| n.value).collect()
        };
        assert_eq!(
            values("执业(助理)医师1,3O8人,注册护士1,367人"),
            vec![1367.0]
        );
        assert!(values("床位数(张) 28 4O6 30 115 31 870").is_empty());
        assert!(values("全县医疗卫生机构床位总数见表8-1").is_empty());
        // A cell's decimal with its thousands set apart.
        assert_eq!(
            cell_figure(&"6 604.0".chars().collect::<Vec<_>>()).map(|n| n.value),
            Some(6604.0)
        );
        assert!(values("详见表 14-3、图2").is_empty());
        // (A line's last figure before a sentence going on is its own: "23,\n年末".)
        assert_eq!(values("床位数23,\n年末"), vec![23.0]);
    }

    #[test]
    fn plain_figures_units_and_qualifiers() {
        let n = one("达到8.2张左右");
        assert_eq!((n.value, n.unit, n.after), (8.2, Some('张'), After::About));
        let n = one("床位1,098张");
        assert_eq!(n.value, 1098.0);
        let n = one("达到90%以上");
        assert!(n.percent && n.after == After::AtLeast && n.value == 90.0);
        let n = one("控制在12/10万以下");
        assert!(n.per_mille_or_rate && n.after == After::AtMost && n.value == 12.0);
        let n = one("3.5‰");
        assert!(n.per_mille_or_rate);
    }

    /// "控制在十万分之九以内", "千分之二十三点五": rates written in words.
    #[test]
    fn rates_in_words() {
        let n = one("孕产妇死亡率控制在十万分之九以内");
        assert!(n.per_mille_or_rate && n.after == After::AtMost && n.value == 9.0);
        assert_eq!(one("千分之二十三点五").value, 23.5);
        assert_eq!(one("千分之十二").value, 12.0);
        assert_eq!(one("10万分之15.5").value, 15.5);
        assert!(figures(&"十万分之一百".chars().collect::<Vec<_>>(), 0..6).is_empty());
    }

    #[test]
    fn ten_thousands_and_thousands_in_counts() {
        assert_eq!(one("常住人口32.89万人").value, 328_900.0);
        assert_eq!(one("床位1.5万张").value, 15_000.0);
        assert_eq!(one("卫生人员总数9.12万人").value, 91_200.0);
        let n = one("床位使用率保持在85%-90%");
        assert_eq!((n.value, n.high, n.percent), (85.0, Some(90.0), true));
        assert_eq!(one("培训3千人次").value, 3_000.0);
        assert_eq!(one("3千人").value, 3_000.0);
        assert_eq!(one("卫生技术人员1万2千人").value, 12_000.0);
        // A rate per 十万 ends where its base does, at the text's end too.
        for s in ["孕产妇死亡率为10.5/十万", "孕产妇死亡率为10.5/10万"] {
            let n = one(s);
            assert!(
                n.per_mille_or_rate && n.range.end == s.chars().count(),
                "{s}: {n:?}"
            );
        }
    }

    #[test]
    fn ten_thousand_hundred_millions_and_visits() {
        let c: Vec<char> = "3万亿元".chars().collect();
        assert_eq!(figures(&c, 0..c.len())[0].value, 3e12);
        let c: Vec<char> = "1368.66万人次".chars().collect();
        assert_eq!(figures(&c, 0..c.len())[0].unit, None);
    }

    #[test]
    fn digits_that_are_no_figures() {
        // A decimal cut after its point, dates and times, a note's number, telephone and mobile
        // numbers, digits glued to Latin letters.
        for s in [
            "达到3. 某某新闻中心",
            "办公室 2022428日",
            "办公厅\n\n2017613   \n",
            "服务体系规划(20162020年)",
            "2023126号",
            "时间:2023-08-24 23:23:56",
            "公开日期: 2022-04-06 11:31:0",
            "发布:2024/5/27 14:0:0",
            "发布于 9:30",
            "注:2、注册护士数包括驻京部队医院。",
            "报料热线:021-962866",
            "热线0571-12345678",
            "咨询热线:18330064396",
            "japanese护士xxxx10",
            "PM2.5",
        ] {
            let c: Vec<char> = s.chars().collect();
            assert!(figures(&c, 0..c.len()).is_empty(), "{s}");
        }
        // Nor is a telephone number a table's cell.
        for s in ["021-962866", "18330064396"] {
            let c: Vec<char> = s.chars().collect();
            assert!(cell_figure(&c).is_none(), "{s}");
        }
        // Figures beside such words stay figures: after a note's colon, a Latin word and a
        // space, before 日 in words.
        for (s, v) in [
            ("注:2.5万人为户籍人口", 25_000.0),
            ("床位 0.85万张", 8500.0),
            ("ICU 12张", 12.0),
            ("共3.5万人,床位数达到20万张", 35_000.0),
        ] {
            let c: Vec<char> = s.chars().collect();
            assert_eq!(
                figures(&c, 0..c.len()).first().map(|n| n.value),
                Some(v),
                "{s}"
            );
        }
    }

    #[test]
    fn a_range_of_ratios() {
        for s in ["1:1-1:1.2", "1:1～1:1.2", "1比1至1比1.2"] {
            let c: Vec<char> = s.chars().collect();
            let n = figure_at(&c, 0, c.len()).expect(s);
            assert!(n.ratio && (n.value, n.high) == (1.0, Some(1.2)), "{s}");
            assert_eq!(n.range, 0..c.len(), "{s}");
        }
    }

    #[test]
    fn ratios_in_every_spelling() {
        for s in ["1:1.2", "医护比达到1:1.2", "1:1.20"] {
            let n = one(s);
            assert!(n.ratio && (n.value - 1.2).abs() < 1e-9, "{s}");
        }
        let n = one("1:1.6以上");
        assert!(n.ratio && n.after == After::AtLeast);
    }

    #[test]
    fn ranges() {
        let n = one("每万人口1—1.5人");
        assert_eq!((n.value, n.high), (1.0, Some(1.5)));
        let n = one("2-3%");
        assert_eq!((n.value, n.high, n.percent), (2.0, Some(3.0), true));
        let n = one("每3万—10万居民");
        assert_eq!((n.value, n.high), (30_000.0, Some(100_000.0)));
        // The unit written twice: "新增1名-2名", "建成2个—3个".
        for (s, want) in [
            ("新增1名-2名杰青", (1.0, Some(2.0))),
            ("建成2个—3个中心", (2.0, Some(3.0))),
        ] {
            let n = one(s);
            assert_eq!((n.value, n.high), want, "{s}");
        }
    }

    #[test]
    fn years_are_not_figures() {
        let c: Vec<char> = "到2025年,每千人口床位数达到8.2张".chars().collect();
        let f = figures(&c, 0..c.len());
        assert!(f[0].is_year);
        assert!(!f[1].is_year && f[1].value == 8.2);
        // A year in a name ("健康渭南2030规划", "“健康中国2030”") is no figure either.
        let c: Vec<char> = "加快“健康某市2030规划”建设,落实“健康中国2030”,床位2030张"
            .chars()
            .collect();
        let f = figures(&c, 0..c.len());
        assert!(f[0].is_year && f[1].is_year, "{f:?}");
        assert!(!f[2].is_year && f[2].value == 2030.0);
    }

    #[test]
    fn a_pdfs_spaces_inside_numbers() {
        let c: Vec<char> = "床位数6. 93张,床位 38 652 张,医师 7 634 人"
            .chars()
            .collect();
        let f = figures(&c, 0..c.len());
        let values: Vec<f64> = f.iter().map(|n| n.value).collect();
        assert_eq!(values, vec![6.93, 38652.0, 7634.0]);
        // A row of cells, each its own: no unit after the group.
        let c: Vec<char> = "城关镇 68 612 298".chars().collect();
        let values: Vec<f64> = figures(&c, 0..c.len()).iter().map(|n| n.value).collect();
        assert_eq!(values, vec![68.0, 612.0, 298.0]);
    }

    #[test]
    fn cells() {
        let c: Vec<char> = "8.2左右".chars().collect();
        assert_eq!(cell_figure(&c).map(|n| n.after), Some(After::About));
        let c: Vec<char> = "≥90%".chars().collect();
        assert_eq!(cell_figure(&c).map(|n| n.after), Some(After::AtLeast));
        let c: Vec<char> = "预期".chars().collect();
        assert!(cell_figure(&c).is_none());
        let c: Vec<char> = "2020年".chars().collect();
        assert!(cell_figure(&c).is_none());
    }
}
