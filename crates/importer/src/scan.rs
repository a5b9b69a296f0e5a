//! The input as the importer reads it: one normalised character per input character (full-width
//! digits and punctuation as ASCII), each with its byte offset, so every match maps back to a
//! verbatim slice of the input for its quote.

use std::ops::Range;

use super::simplified::simplified;

pub struct Doc<'a> {
    pub text: &'a str,
    /// Normalised characters.
    pub chars: Vec<char>,
    /// Byte offset of each character in `text`, plus one past the end.
    pub offsets: Vec<usize>,
    /// Lines as character ranges (without the line break).
    pub lines: Vec<Range<usize>>,
    /// See `values_above_labels` (found once, on first use).
    labelled_below: std::cell::OnceCell<Vec<usize>>,
}

/// Whether the quotation mark opening at `i` opens speech ("“2019年我市…达到83.82岁,已经…。”"),
/// whose clauses are read as the text's own, rather than a name ("“十四五”", "“健康南阳”").
pub fn opens_speech(chars: &[char], i: usize) -> bool {
    // Said by someone: a verb of saying or a colon right before the mark, or the quote opens
    // its line. A quoted goal or standard ("提出“到2025年,…”", "“…”的目标") is not speech.
    let before: String = chars[i.saturating_sub(6)..i].iter().collect();
    // (Past a comma: "…局长林告诉记者,“…”".)
    let verb = before.trim_end_matches([',', '，']);
    let said = ["表示", "说", "指出", "介绍", "强调", "透露", "称", ":"]
        .iter()
        .any(|w| before.ends_with(w))
        // (Only one told to a reporter: not "可以说,“…”", nor a document's 强调,"…".)
        || ["告诉记者", "对记者说", "向记者介绍", "对记者表示"]
            .iter()
            .any(|w| verb.ends_with(w))
        || i == 0
        || chars[i - 1] == '\n';
    let inner: Vec<char> = chars
        .iter()
        .skip(i + 1)
        .take(400)
        .take_while(|c| **c != '”' && **c != '\n')
        .copied()
        .collect();
    let after: String = chars.iter().skip(i + 2 + inner.len()).take(3).collect();
    said && !["的目标", "目标", "的要求", "要求", "的标准", "标准"]
        .iter()
        .any(|w| after.starts_with(w))
        && inner
            .iter()
            .any(|c| matches!(c, ',' | '。' | ';' | '!' | '?'))
}

/// How many characters at the start of `rest` a repost added to the text (`prev`: the text's
/// character before them): a pinyin gloss after a character ("預(yù)期", some sites'
/// traditional reposts), or spaces between a figure and its 年 ("从 2020 年的").
fn added_by_reposts(prev: Option<char>, rest: &str) -> Option<usize> {
    let prev = normalise(prev?);
    let mut next = rest.chars();
    let c = normalise(next.next()?);
    if c == '(' && is_cjk(prev) {
        let gloss: Vec<char> = next
            .clone()
            .take_while(|x| x.is_alphabetic() && !is_cjk(*x) && *x != '(')
            .collect();
        let has_tone = gloss
            .iter()
            .any(|x| "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü".contains(*x));
        let closes = next.nth(gloss.len()).is_some_and(|x| normalise(x) == ')');
        if (1..=6).contains(&gloss.len()) && has_tone && closes {
            return Some(gloss.len() + 2);
        }
    }
    // Markdown's bold ("| **全市** | **12 850** |"), as a page converted to text keeps it.
    if c == '*' && next.next().is_some_and(|x| normalise(x) == '*') {
        return Some(2);
    }
    if c == ' ' && prev.is_ascii_digit() {
        let spaces = rest.chars().take_while(|x| *x == ' ').count();
        // (Its unit in traditional characters too: "79.13 歲", "2.38 萬張".)
        let after = rest
            .chars()
            .nth(spaces)
            .map(|x| crate::simplified::simplified(normalise(x)));
        if spaces <= 2 && after == Some('年') {
            return Some(spaces);
        }
        // "床位 2.38 万张", "5 岁以下", "4.87 ‰": a PDF's space between a figure and its unit.
        // (Not before 人 or 个 alone: "3 312 个" keeps its thousands apart.)
        if spaces == 1 && matches!(after, Some('万' | '岁' | '‰' | '%' | '％')) {
            return Some(1);
        }
    }
    // "由 2015年3393张": a PDF's space before a review's year (a table's cells, "2019年 78.5岁
    // 79.1岁", keep theirs).
    if c == ' ' && matches!(prev, '由' | '从' | '到' | '至' | '较' | '比') {
        // (The space may be an ideographic one, three bytes.)
        let tail = &rest[rest.chars().next().map_or(1, char::len_utf8)..];
        let digits = tail
            .bytes()
            .take_while(|b| b.is_ascii_digit() || *b == b'.')
            .count();
        if digits == 4 && tail[digits..].starts_with('年') {
            return Some(1);
        }
    }
    // "— 23 —", "· 246 ·": a page's number on a line of its own, between two lines of a
    // paragraph a PDF broke across pages.
    if prev == '\n' {
        return page_number_line(rest);
    }
    None
}

/// The characters of a line that holds only a page's number between marks, with its line
/// break.
fn page_number_line(rest: &str) -> Option<usize> {
    let line = rest.split('\n').next()?;
    let marks = |c: char| {
        matches!(
            c,
            '—' | '-' | '－' | '–' | '·' | '•' | ' ' | '\u{3000}' | '\r'
        )
    };
    let inner = line.trim_matches(marks);
    let marked = line
        .trim_start()
        .starts_with(|c: char| marks(c) && c != ' ')
        && line.trim_end().ends_with(|c: char| marks(c) && c != ' ');
    (marked && (1..=4).contains(&inner.len()) && inner.bytes().all(|b| b.is_ascii_digit()))
        .then(|| line.chars().count() + usize::from(rest.len() > line.len()))
}

/// A year written in numerals ("二〇二五年", as a document's date is often signed) read as its
/// digits, one for one so the quotes keep the text's own: four numerals before 年, no more.
fn years_in_numerals(chars: &mut [char]) {
    let digit = |c: char| match c {
        '〇' | '○' | '零' => Some('0'),
        _ => "一二三四五六七八九"
            .chars()
            .position(|x| x == c)
            .map(|i| char::from(b'1' + i as u8)),
    };
    let mut i = 0;
    // Every character of every input passes here: nothing is allocated per position.
    while i + 4 < chars.len() {
        if !matches!(chars[i], '一' | '二') || chars[i + 4] != '年' {
            i += 1;
            continue;
        }
        let mut d = ['0'; 4];
        let run = chars[i..i + 4]
            .iter()
            .zip(&mut d)
            .all(|(c, out)| digit(*c).map(|x| *out = x).is_some());
        let alone = i == 0 || digit(chars[i - 1]).is_none();
        // Only 19xx and 20xx: "三四五六年" is no year.
        if run && alone && matches!(&d[..2], ['1', '9'] | ['2', '0']) {
            chars[i..i + 4].copy_from_slice(&d);
            i += 5;
        } else {
            i += 1;
        }
    }
}

/// Full-width forms and look-alikes as the ASCII the rules are written in (the model's one
/// folding, shared with the page's number boxes).
pub use hps_model::text::ascii_form as normalise;

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let mut chars = Vec::with_capacity(text.len() / 2);
        let mut offsets = Vec::with_capacity(text.len() / 2 + 1);
        // What a repost adds is read past; the quotes still hold it, from the offsets.
        let (mut skip, mut prev) = (0, None);
        for (at, c) in text.char_indices() {
            if skip == 0
                && let Some(n) = added_by_reposts(prev, &text[at..])
            {
                skip = n;
            }
            prev = Some(c);
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let c = simplified(normalise(c));
            // "3.41%o": ‰ as OCR reads it.
            let per_mille = c == '%' && {
                let mut after = text[at..].chars().skip(1);
                after.next().is_some_and(|o| o == 'o' || o == 'O')
                    && !after.next().is_some_and(|x| x.is_ascii_alphabetic())
            };
            chars.push(match c {
                // Corner quotation marks, as texts from Hong Kong and Taiwan write them.
                '「' | '『' => '“',
                '」' | '』' => '”',
                _ if per_mille => '‰',
                c => c,
            });
            offsets.push(at);
            if per_mille {
                skip = 1;
            }
        }
        offsets.push(text.len());
        years_in_numerals(&mut chars);
        let mut lines = Vec::new();
        let mut start = 0;
        for (i, c) in chars.iter().enumerate() {
            if *c == '\n' {
                let end = if i > start && chars[i - 1] == '\r' {
                    i - 1
                } else {
                    i
                };
                lines.push(start..end);
                start = i + 1;
            }
        }
        if start < chars.len() {
            lines.push(start..chars.len());
        }
        Doc {
            text,
            chars,
            offsets,
            lines,
            labelled_below: std::cell::OnceCell::new(),
        }
    }

    /// "3.82万张" over "医疗卫生机构床位", each pair a block of its own between blank lines (an
    /// infographic's text, 一图读懂): the lines of the figures whose names are on the line after
    /// them. Three such blocks make the layout; fewer are read as they come.
    pub fn values_above_labels(&self) -> &[usize] {
        self.labelled_below
            .get_or_init(|| self.find_values_above_labels())
    }

    fn find_values_above_labels(&self) -> Vec<usize> {
        let blank = |i: usize| {
            self.lines
                .get(i)
                .is_none_or(|l| self.trim(l.clone()).is_empty())
        };
        let figure_only = |i: usize| {
            let t: String = self.norm(&self.lines[i]).split_whitespace().collect();
            let digits = t
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .count();
            digits > 0
                && t.chars().count() <= 12
                && t.chars()
                    .skip(digits)
                    .all(|c| "万亿张人个名岁所家‰%/".contains(c) || c.is_ascii_digit())
        };
        // (A name may open on an age: "5岁以下儿童死亡率"; never a change under the figure,
        // "较上年增加0.21张", nor a year, "2021年".)
        let label_only = |i: usize| {
            let t = self.norm(&self.lines[i]);
            let t = t.trim();
            let change = t.chars().any(|c| c.is_ascii_digit())
                && ["增", "减", "升", "降", "提高", "比", "较", "同比"]
                    .iter()
                    .any(|w| t.contains(w));
            let a_year = t
                .trim_end_matches(['年', '度'])
                .chars()
                .all(|c| c.is_ascii_digit());
            !t.is_empty()
                && !change
                && !a_year
                && t.chars().count() <= 30
                && !figure_only(i)
                && t.chars().any(is_cjk)
                && !t.contains(['。', ';', ',', ':'])
        };
        let found: Vec<usize> = (0..self.lines.len().saturating_sub(1))
            .filter(|&i| {
                (i == 0 || blank(i - 1)) && blank(i + 2) && figure_only(i) && label_only(i + 1)
            })
            .collect();
        if found.len() >= 3 { found } else { Vec::new() }
    }

    /// The normalised text of a range without its whitespace ("全  市" → "全市").
    pub fn squeezed(&self, r: &Range<usize>) -> String {
        self.norm(r)
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect()
    }

    /// The line that holds character `at` (the one it ends, at a line's end).
    pub fn line_at(&self, at: usize) -> Option<usize> {
        let k = self.lines.partition_point(|l| l.end < at);
        self.lines.get(k).filter(|l| l.start <= at).map(|_| k)
    }

    /// The verbatim input for a range of characters.
    pub fn quote(&self, r: &Range<usize>) -> &'a str {
        &self.text[self.bytes(r)]
    }

    pub fn bytes(&self, r: &Range<usize>) -> Range<usize> {
        self.offsets[r.start]..self.offsets[r.end]
    }

    /// The normalised characters of a range, as a string.
    pub fn norm(&self, r: &Range<usize>) -> String {
        self.chars[r.clone()].iter().collect()
    }

    /// "5 206 5 418 5 632", a row's counts with their thousands set apart by single spaces: each
    /// short head joined to the three digits after it, where every head has its three digits and
    /// no three stand alone (not "86 102", nor "1 324 756").
    fn thousands_joined(&self, tokens: Vec<Range<usize>>) -> Vec<Range<usize>> {
        let digits = |t: &Range<usize>| self.chars[t.clone()].iter().all(char::is_ascii_digit);
        let head = |t: &Range<usize>| digits(t) && (1..=2).contains(&t.len());
        let tail = |t: &Range<usize>| digits(t) && t.len() == 3;
        let heads = tokens.iter().filter(|t| head(t)).count();
        let paired = tokens.iter().enumerate().all(|(k, t)| {
            (!head(t) || tokens.get(k + 1).is_some_and(tail))
                && (!tail(t) || k > 0 && head(&tokens[k - 1]))
        });
        if heads < 2 || !paired {
            return tokens;
        }
        let mut out: Vec<Range<usize>> = Vec::new();
        for t in tokens {
            match out.last_mut() {
                Some(last) if tail(&t) && head(last) => last.end = t.end,
                _ => out.push(t),
            }
        }
        out
    }

    /// "床位数(张):1 842" as a label's cell and a count's; any other cell as it is.
    fn label_colon_count(&self, cell: Range<usize>) -> Vec<Range<usize>> {
        let c = &self.chars[cell.clone()];
        // (The last colon: "其中:执业(助理)医师(人):1 082".)
        let Some(colon) = c.iter().rposition(|x| *x == ':') else {
            return vec![cell];
        };
        let after = colon + 1 + c[colon + 1..].iter().take_while(|x| **x == ' ').count();
        let groups: Vec<&[char]> = c[after..].split(|x| *x == ' ').collect();
        if colon == 0 || !thousands_groups(&groups) || !c[..colon].iter().any(|x| is_cjk(*x)) {
            return vec![cell];
        }
        vec![cell.start..cell.start + colon, cell.start + after..cell.end]
    }

    /// Whether the text wrote an ASCII comma at `i` that sets thousands apart ("12,100人"): no
    /// clause ends there.
    pub fn sets_thousands_apart(&self, i: usize) -> bool {
        self.text[self.offsets[i]..].starts_with(',') && self.thousands_comma(i, 0)
    }

    /// Whether the comma at `i` sets thousands apart: a digit before it, exactly three after.
    fn thousands_comma(&self, i: usize, start: usize) -> bool {
        i > start
            && self.chars[i - 1].is_ascii_digit()
            && self
                .chars
                .get(i + 1..i + 4)
                .is_some_and(|d| d.iter().all(char::is_ascii_digit))
            && !self.chars.get(i + 4).is_some_and(char::is_ascii_digit)
    }

    /// A line exported as CSV ("2016,\"8,905\",\"10,230\""): its fields, split at the commas
    /// the text wrote as ASCII ones outside double quotes, the quotes left out. Prose (a
    /// full-width comma or a full stop) and long fields are no CSV.
    fn csv_fields(&self, line: &Range<usize>) -> Option<Vec<Range<usize>>> {
        let raw = |i: usize| self.text[self.offsets[i]..].chars().next().unwrap_or(' ');
        let mut fields = Vec::new();
        let (mut start, mut quoted, mut commas) = (line.start, false, 0);
        for i in line.clone() {
            match raw(i) {
                '"' => quoted = !quoted,
                // A thousands separator ("38,120") separates no fields.
                ',' if !quoted && !self.thousands_comma(i, line.start) => {
                    fields.push(start..i);
                    start = i + 1;
                    commas += 1;
                }
                '，' | '。' | ';' | '；' | '、' => return None,
                _ => {}
            }
        }
        fields.push(start..line.end);
        if commas < 3 || quoted {
            return None;
        }
        let fields: Vec<Range<usize>> = fields
            .into_iter()
            .map(|f| {
                let f = self.trim(f);
                let (mut a, mut b) = (f.start, f.end);
                if a < b && raw(a) == '"' {
                    a += 1;
                }
                if b > a && raw(b - 1) == '"' {
                    b -= 1;
                }
                a..b
            })
            .collect();
        (fields.iter().all(|f| f.len() <= 24))
            .then(|| fields.into_iter().filter(|f| !f.is_empty()).collect())
    }

    /// The normalised characters from `from` to `to`; empty where that is no range of the text.
    pub fn between(&self, from: usize, to: usize) -> String {
        self.chars
            .get(from..to)
            .map(|c| c.iter().collect())
            .unwrap_or_default()
    }

    /// Where the line around `at` starts, looked for in the 300 characters before it (a
    /// sentence is read only up to 2,000).
    pub fn line_start_near(&self, at: usize) -> usize {
        let from = at.saturating_sub(300);
        self.chars[from..at]
            .iter()
            .rposition(|c| *c == '\n')
            .map_or(from, |p| from + p + 1)
    }

    /// Whether `at` stands inside a document's title, a 《 opened on its line and not closed.
    pub fn in_book_title(&self, at: usize) -> bool {
        let before = &self.chars[self.line_start_near(at)..at];
        let opens = before.iter().filter(|c| **c == '《').count();
        let closes = before.iter().filter(|c| **c == '》').count();
        opens > closes
    }

    /// `r` without leading and trailing whitespace.
    pub fn trim(&self, r: Range<usize>) -> Range<usize> {
        let (mut s, mut e) = (r.start, r.end);
        while s < e && self.chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && self.chars[e - 1].is_whitespace() {
            e -= 1;
        }
        s..e
    }

    /// The cells of a line: split at tabs and at runs of two or more spaces; a line of short
    /// space-separated tokens with figures among them ("蛟河市 328925 2242 6.82") is split at
    /// single spaces too.
    /// The words of `r` split at single spaces, each its own range.
    pub fn words(&self, r: &Range<usize>) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = r.start;
        for i in r.clone() {
            if self.chars[i] == ' ' {
                if i > start {
                    out.push(start..i);
                }
                start = i + 1;
            }
        }
        if r.end > start {
            out.push(start..r.end);
        }
        out
    }

    pub fn cells(&self, line: &Range<usize>) -> Vec<Range<usize>> {
        let line = self.trim(line.clone());
        if let Some(fields) = self.csv_fields(&line) {
            return fields;
        }
        let mut out = Vec::new();
        let mut start = line.start;
        let mut i = line.start;
        while i < line.end {
            let c = self.chars[i];
            // (An ideographic space alone sets cells apart too: "机构数（个）　床位数（张）".)
            let wide = c == '\t'
                || c == '|'
                || (c == ' ' && i + 1 < line.end && self.chars[i + 1].is_whitespace())
                || (c == ' '
                    && self.text[self.offsets[i]..].starts_with('\u{3000}')
                    // (Not between digits: "２　４１５", its thousands set apart.)
                    && !(i > line.start
                        && self.chars[i - 1].is_ascii_digit()
                        && self.chars.get(i + 1).is_some_and(char::is_ascii_digit)));
            if wide {
                let cell = self.trim(start..i);
                if !cell.is_empty() {
                    out.push(cell);
                }
                while i < line.end && (self.chars[i].is_whitespace() || self.chars[i] == '|') {
                    i += 1;
                }
                start = i;
            } else {
                i += 1;
            }
        }
        if line.end > start {
            out.push(start..line.end);
        }
        // "床位数（张）：1 842": a label and its count after a colon, one cell each (the count's
        // thousands kept together).
        let out: Vec<Range<usize>> = out
            .into_iter()
            .flat_map(|cell| self.label_colon_count(cell))
            .collect();
        let mut split = Vec::new();
        let out_len = out.len();
        for cell in out {
            let mut cell = cell;
            let mut tokens = self.words(&cell);
            // "2024 ①", "2024 (1)", "2024 p": a footnote's mark a space after a year or a
            // figure is no cell of its own (the row's figures would move a column).
            // ("全　市 ①": after a row's name too, but not a small letter.)
            if let [.., figure, mark] = tokens.as_slice()
                && (self.chars[figure.clone()].iter().all(char::is_ascii_digit)
                    && is_mark_token(&self.chars[mark.clone()])
                    || self.chars.get(figure.end - 1).is_some_and(|c| is_cjk(*c))
                        && is_mark_token(&self.chars[mark.clone()])
                        && !self.chars[mark.clone()]
                            .iter()
                            .any(char::is_ascii_lowercase))
            {
                cell = cell.start..figure.end;
                tokens.pop();
            }
            // ("2024 ① 2510 31200" with single spaces: a mark between figures too.)
            let marks: Vec<usize> = (1..tokens.len())
                .filter(|&k| {
                    self.chars[tokens[k - 1].clone()]
                        .iter()
                        .all(char::is_ascii_digit)
                        && is_mark_token(&self.chars[tokens[k].clone()])
                        && tokens
                            .get(k + 1)
                            .is_some_and(|n| self.chars[n.clone()].iter().all(char::is_ascii_digit))
                })
                .collect();
            for k in marks.into_iter().rev() {
                tokens.remove(k);
            }
            let figures = tokens
                .iter()
                .filter(|t| self.chars[t.start].is_ascii_digit())
                .count();
            let prose = self.chars[cell.clone()]
                .iter()
                .any(|c| matches!(c, '。' | ',' | ';'));
            // "32 806" between wide gaps: one count, its thousands set apart by a space (and a
            // footnote's mark after it, "3 512①").
            let last = tokens.len().saturating_sub(1);
            let groups: Vec<&[char]> = tokens
                .iter()
                .enumerate()
                .map(|(k, t)| {
                    let marked = k == last && t.len() > 3 && is_note_mark(self.chars[t.end - 1]);
                    &self.chars[t.start..t.end - usize::from(marked)]
                })
                .collect();
            let thousands = thousands_groups(&groups);
            // "Beds per 1000 Population": a yearbook's English caption, whose number is no
            // cell's figure.
            // (A number between English words; "Beds(unit) 81407 87321" splits.)
            let word = |t: &Range<usize>| {
                t.len() >= 2 && self.chars[t.clone()].iter().all(char::is_ascii_alphabetic)
            };
            let english = tokens
                .windows(3)
                .any(|w| word(&w[0]) && self.chars[w[1].start].is_ascii_digit() && word(&w[2]));
            // ("19 604" alone on its line, one cell a line: one count too.)
            let alone = out_len == 1 && tokens.len() == 2;
            if tokens.len() > 1
                && figures >= 1
                && !prose
                && !english
                && !(thousands && (out_len > 1 || alone))
            {
                split.extend(self.thousands_joined(tokens));
            } else {
                split.push(cell);
            }
        }
        // "合  计", "项    目": a word spaced out over a column is one cell; only spaces between.
        // (A part's "#医  院", "#女  性" too.)
        let one_char = |r: &Range<usize>| r.len() == 1 && is_cjk(self.chars[r.start]);
        let marked = |r: &Range<usize>| {
            r.len() == 2 && self.chars[r.start] == '#' && is_cjk(self.chars[r.start + 1])
        };
        // "全  市 Total": the spaced word's last character and its English name.
        let named_in_english = |r: &Range<usize>| {
            let c = &self.chars[r.clone()];
            c.len() > 3
                && is_cjk(c[0])
                && c[1] == ' '
                && c[2..].iter().all(|x| x.is_ascii_alphabetic() || *x == ' ')
        };
        // ("床    位    数": a word spaced out already joined goes on with the next character.)
        let spaced = |r: &Range<usize>| {
            let c = &self.chars[r.clone()];
            c.len() >= 3
                && is_cjk(c[0])
                && c.windows(2).all(|w| !(is_cjk(w[0]) && is_cjk(w[1])))
                && c.iter()
                    .all(|x| is_cjk(*x) || *x == ' ' || *x == '\u{3000}')
        };
        let mut joined: Vec<Range<usize>> = Vec::new();
        for cell in split {
            match joined.last_mut() {
                Some(last)
                    if (one_char(last)
                        || marked(last)
                        // (At the word's own spacing: "合  计       县  城" is two words.)
                        || spaced(last)
                            && self.chars[last.clone()]
                                .iter()
                                .skip(1)
                                .take_while(|c| !is_cjk(**c))
                                .count()
                                == cell.start - last.end)
                        && (one_char(&cell) || named_in_english(&cell))
                        && self.chars[last.end..cell.start]
                            .iter()
                            .all(|c| *c == ' ' || *c == '\u{3000}')
                        // (Not "男        女": two columns, each a sex.)
                        && !(matches!(self.chars[last.start], '男' | '女')
                            && matches!(self.chars[cell.start], '男' | '女')) =>
                {
                    last.end = cell.end;
                }
                _ => joined.push(cell),
            }
        }
        joined
    }
}

/// "32 806", "1 842", "6 604.0": digit groups of one count, its thousands set apart (one to
/// three digits, then three a group, the last with any decimals; two groups at least).
fn thousands_groups(groups: &[&[char]]) -> bool {
    let last = groups.len().saturating_sub(1);
    groups.len() >= 2
        && groups.iter().enumerate().all(|(k, g)| {
            // (A decimal's fraction after the last group: "604.0".)
            let g = match g.iter().position(|c| *c == '.') {
                Some(p)
                    if k == last
                        && p + 1 < g.len()
                        && g[p + 1..].iter().all(char::is_ascii_digit) =>
                {
                    &g[..p]
                }
                _ => g,
            };
            g.iter().all(char::is_ascii_digit)
                && if k == 0 {
                    (1..=3).contains(&g.len())
                } else {
                    g.len() == 3
                }
        })
}

/// Whether `chars` ends with one of `words`, compared character by character (no string built
/// for the window before a position).
pub fn ends_with_any(chars: &[char], words: &[&str]) -> bool {
    words.iter().any(|w| {
        let n = w.chars().count();
        chars.len() >= n && chars[chars.len() - n..].iter().copied().eq(w.chars())
    })
}

/// A footnote's mark standing as a word: "①", "*", "(1)", "(a)", a lone small letter ("p" for
/// 初步数).
fn is_mark_token(t: &[char]) -> bool {
    let inner = match t {
        ['(' | '（', inner @ .., ')' | '）'] => inner,
        _ => t,
    };
    matches!(inner, [c] if is_note_mark(*c) || c.is_ascii_lowercase())
        || matches!(t, ['(' | '（', d, ')' | '）'] if d.is_ascii_digit())
}

/// A note's mark after a figure or a year: ① … ⑳, or *.
pub fn is_note_mark(c: char) -> bool {
    ('①'..='⑳').contains(&c) || c == '*'
}

pub fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// The last `n` characters of `s`, in order: the words right before a position.
pub fn last_chars(s: &str, n: usize) -> String {
    let Some(back) = n.checked_sub(1) else {
        return String::new();
    };
    let start = s.char_indices().rev().nth(back).map_or(0, |(at, _)| at);
    s[start..].to_string()
}

/// The Chinese characters that end `s`, at most `max` of them: the name before a mark
/// ("与邻近的德清县" before its bracket, "酒泉市" before 卫生健康委).
pub fn cjk_tail(s: &str, max: usize) -> String {
    let mut tail: Vec<char> = s
        .chars()
        .rev()
        .take_while(|c| is_cjk(*c))
        .take(max)
        .collect();
    tail.reverse();
    tail.into_iter().collect()
}

/// `s` without the services whose names hold 计划 (计划生育, 计划免疫): a heading "三、计划生育" or
/// an issuer "卫生和计划生育委员会" names no plan.
pub fn without_planned_services(s: &str) -> String {
    let s = s.replace("计划生育", "生育").replace("计划免疫", "免疫");
    // A department's name: "规划信息科负责人介绍", "发展规划处".
    if !s.contains("规划") {
        return s;
    }
    [
        "规划信息",
        "规划发展",
        "规划财务",
        "发展规划处",
        "规划科",
        "规划处",
    ]
    .iter()
    .fold(s, |t, w| t.replace(w, "科室"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_characters_of_a_text() {
        assert_eq!(last_chars("提前完成“十四五", 4), "“十四五");
        assert_eq!(last_chars("较", 3), "较");
        assert_eq!(last_chars("较", 0), "");
        assert_eq!(cjk_tail("与邻近的德清县", 3), "德清县");
    }

    #[test]
    fn a_year_in_numerals_reads_as_its_digits() {
        let d = Doc::new("二〇二五年末,全市床位;二○一九年;三四五六年;一二〇二五年");
        assert_eq!(d.norm(&(0..5)), "2025年");
        assert_eq!(d.quote(&(0..5)), "二〇二五年");
        assert!(
            d.norm(&(0..d.chars.len()))
                .contains(";2019年;三四五六年;一二〇二五年")
        );
    }

    #[test]
    fn a_word_spaced_out_over_its_column_is_one_cell() {
        let d = Doc::new("合  计 Total 214612 227267\n男 | 女 | 12");
        let cells = d.cells(&d.lines[0]);
        assert_eq!(d.norm(&cells[0]), "合  计");
        assert_eq!(d.norm(&cells[2]), "214612");
        // Cells set apart by a bar stay apart.
        assert_eq!(d.cells(&d.lines[1]).len(), 3);
    }

    #[test]
    fn quotes_are_the_input_verbatim_after_normalising() {
        let d = Doc::new("床位（张）\t６.８２\n医护比 1∶1.2");
        assert_eq!(d.norm(&(0..5)), "床位(张)");
        assert_eq!(d.quote(&(0..5)), "床位（张）");
        assert_eq!(d.lines.len(), 2);
        let cells = d.cells(&d.lines[0]);
        assert_eq!(cells.len(), 2);
        assert_eq!(d.norm(&cells[1]), "6.82");
        let cells = d.cells(&d.lines[1]);
        assert_eq!(
            cells.iter().map(|c| d.norm(c)).collect::<Vec<_>>(),
            ["医护比", "1:1.2"]
        );
    }

    #[test]
    fn cells_split_at_vertical_bars() {
        let d = Doc::new("| 每千人口床位数 | 张 | 6.82 | 8.2左右 |");
        let c: Vec<String> = d.cells(&d.lines[0]).iter().map(|c| d.norm(c)).collect();
        assert_eq!(c, ["每千人口床位数", "张", "6.82", "8.2左右"]);
    }

    #[test]
    fn cells_split_at_tabs_and_runs_of_spaces() {
        let d = Doc::new("每千人口床位数  张   6.82  8.2左右\t预期");
        let c: Vec<String> = d.cells(&d.lines[0]).iter().map(|c| d.norm(c)).collect();
        assert_eq!(c, ["每千人口床位数", "张", "6.82", "8.2左右", "预期"]);
    }
}
