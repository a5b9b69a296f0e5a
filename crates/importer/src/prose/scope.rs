//! Whose a sentence's figures are: the region's, or another place's (the nation's, a wider
//! region's, a place listed, named or compared in brackets).

use super::{Found, REGION_WIDE, Sentence, WHOLE, has_any};

/// The places a sentence names, clause by clause: one named keeps the figures after it until the
/// region's whole is named again.
pub(super) struct Places {
    open: bool,
    /// The place open is the nation ("我国…,其中,…"): a sentence going on with 此外 is its too.
    nation: bool,
    /// A clause opened on the nation ("2023年末全国…"): past a semicolon its figures go on.
    nation_opened: bool,
}

impl Places {
    /// `open`: the paragraph went over to the region's parts (`Paragraph::by_parts`), or the
    /// sentence opens on one, a clause of its own: "州城(恩施市)优质资源高度集中,每千常住人口床位数
    /// 达10.8张".
    pub(super) fn new(open: bool, text: &str) -> Self {
        let first = text
            .trim_start_matches(|c: char| c.is_whitespace() || c == '…')
            .split([',', ';', ':'])
            .next()
            .unwrap_or("");
        let opens_on_a_part = !first.chars().any(|c| c.is_ascii_digit())
            && [
                "州城",
                "县城",
                "中心城区",
                "主城区",
                "老城区",
                "城区",
                "团场",
            ]
            .iter()
            .any(|w| first.starts_with(w));
        Places {
            open: open || opens_on_a_part,
            nation: false,
            nation_opened: false,
        }
    }

    /// Whether the figures now are the nation's, its clause opened on it ("2023年末全国…").
    pub(super) fn nation_opened(&self) -> bool {
        self.open && (self.nation || self.nation_opened)
    }

    /// Whether the figures now are the nation's.
    pub(super) fn nations(&self) -> bool {
        self.open && self.nation
    }

    /// Whether figure `k` of `found`, with `clause_before` up to it, is another place's than the
    /// region's; `named`: the catalog names its subject.
    pub(super) fn elsewhere(
        &mut self,
        s: &Sentence,
        found: &[Found],
        k: usize,
        clause_before: &str,
        named: bool,
    ) -> bool {
        let (doc, cx, f) = (s.doc, s.cx, &found[k]);
        // The nation's (or, in a city's text, the province's) figure names what the
        // region's after it counts ("…,全市为6.10张").
        // A place listed after 其中 goes on in the clauses after it ("其中,郑州市床位数
        // 10.6万张,每千人口床位8.33张"), until the region's whole is named again; so does a
        // wider whole that opens a clause ("全省每千人口床位数达8.12张,每千人口执业(助理)
        // 医师3.35人"), and a province's capital ("省会石家庄每千人口床位8.35张").
        if has_any(clause_before, WHOLE) || has_any(clause_before, OWN_WORDS) {
            self.open = false;
            self.nation = false;
            self.nation_opened = false;
        }
        // (Past a year it opens with: "2020年全国每千人口…", "2022年末全省…".)
        // (And past 到 before it: "到2025年全国每千人口…达到3.2人".)
        // (And past a note's mark: "注:全国2022年每千人口床位数为6.92张,…8.27人".)
        let opening = clause_before.trim_start_matches([',', ' ', ':']);
        let opening = opening
            .strip_prefix("注:")
            .or_else(|| opening.strip_prefix("注："))
            .unwrap_or(opening)
            .trim_start_matches(['到', '至']);
        let opening = match opening.char_indices().nth(4) {
            Some((at, '年')) if opening[..at].chars().all(|c| c.is_ascii_digit()) => {
                opening[at + '年'.len_utf8()..].trim_start_matches(['末', '底', ',', ' '])
            }
            _ => opening,
        };
        if named
            && (cx.wider.iter().any(|w| opening.starts_with(w))
                || (!cx.national && NATION.iter().any(|w| opening.starts_with(w)))
                || opening.starts_with("省会"))
        {
            self.open = true;
            // (From the sentence's first figure on: not "…3.96人,全国为4.16人;", the nation's
            // beside the region's.)
            self.nation_opened = (k == 0 || self.nation_opened)
                && !cx.national
                && NATION.iter().any(|w| opening.starts_with(w));
        }
        // "其中,吉首市作为州府所在地,到2025年…11.2张": a place opening a clause with no figure
        // before the figure's.
        let gap_start = found[..k]
            .last()
            .map_or(s.s.start, |p| p.clause.end.min(f.clause.start));
        let gap = doc.between(gap_start, f.clause.start);
        // Whether `text` names another place than the region (`after_qizhong`: listed after 其中).
        // (Where the text names no region, a district or a county is a part after the whole
        // was named, "全市…;甲新区…", not where it opens the text, "乙县…,全市为3.4人".)
        let whole_before = cx
            .whole_named_at
            .filter(|(at, _)| *at < f.clause.start)
            .map(|(_, level)| level);
        let another = |text: &str, after_qizhong: bool| {
            another_place(
                text,
                cx.region.as_deref(),
                !cx.wider.is_empty(),
                after_qizhong,
                cx.speaks_as_province,
                whole_before,
            )
        };
        if gap.contains("其中")
            && gap
                .split(',')
                .any(|piece| !piece.chars().any(|c| c.is_ascii_digit()) && another(piece, true))
        {
            self.open = true;
        }
        // "…显示,我国各项生命健康指标均有所提高,其中,居民人均预期寿命由…": the nation's,
        // listed after 其中.
        // (Not where the figure's clause names the region, "其中,我市人均预期寿命…", nor a
        // city's honours, "全国文明城市…".)
        if !cx.national
            && gap.contains("其中")
            && !has_any(clause_before, WHOLE)
            && !has_any(clause_before, OWN_WORDS)
            && gap.split([',', ':']).any(|piece| {
                let piece = piece.trim_start();
                !piece.chars().any(|c| c.is_ascii_digit())
                    && ["我国", "全国"].iter().any(|w| piece.starts_with(w))
                    && ["居民", "各项", "卫生", "人均", "健康指标"]
                        .iter()
                        .any(|w| piece.chars().take(8).collect::<String>().contains(w))
            })
        {
            self.open = true;
            self.nation = true;
        }
        // "《全国医疗卫生服务体系规划纲要(2015—2020年)》提出,到2020年…6张左右": the
        // nation's plan's goals.
        // (So are another place's: "根据《天津市医疗卫生机构布局规划》,到2020年…5.5张" in a
        // district's text.)
        let nations_plan = {
            let before = doc.between(s.s.start, f.num.range.start);
            // ("全省“十五五”规划纲要提出,到2030年…" in a city's text: the province's plan.)
            let wider_plan = cx.wider.iter().any(|w| {
                before.match_indices(w).any(|(at, _)| {
                    let rest: String = before[at + w.len()..].chars().take(14).collect();
                    // (Its own plan, not "全省统一部署和本市规划".)
                    let plan = rest.find("规划").or_else(|| rest.find("纲要"));
                    plan.is_some_and(|p| !rest[..p].contains(['和', '及', '本', '我', '与']))
                })
            });
            let cited = (!cx.national && has_any(&before, &["《全国", "《国家"]))
                || wider_plan
                || before
                    .match_indices('《')
                    .any(|(at, _)| another(&before[at + '《'.len_utf8()..], false));
            cited && has_any(&before, &["提出", "要求", "明确", "根据", "按照", "依据"])
        };
        // "上杭县、连城县,2022年每千人口床位数分别为6.31张、6.48张": places listed, and their
        // figures respectively.
        let respectively_of_places =
            clause_before.contains("分别") && names_places(&doc.between(s.s.start, f.clause.start));
        // "龙山、永顺、花垣等县不低于6.5张", "南宁、柳州、桂林3市…超过7张": places listed.
        let places_listed = nations_plan
            || respectively_of_places
            || has_any(clause_before, &["等县", "等市", "等区", "各县", "各市"])
            // ("各设区市…原则上不低于6.5张": each of them, opening the clause; not "在各区共同
            // 努力下全市…", "全市各区域…".)
            || ["各区", "各设区市", "各地市", "各州"].iter().any(|w| {
                clause_before
                    .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
                    .strip_prefix(w)
                    .is_some_and(|r| !r.starts_with('域'))
            })
            || places_counted(clause_before)
            || in_brackets_after_a_place(clause_before, cx.region.as_deref());
        // "鼓楼区介绍,全区每千常住人口…9.6人" in a city's text: the whole of the district the
        // sentence named, not the city's.
        // (So is a province's 全市, 全州: "黔东南州…全州每千常住人口注册护士数达到4.05人".)
        let parts_wholes: &[&str] = match cx.region.as_deref() {
            Some(r) if r.ends_with('市') => &["全区", "全县"],
            Some(r) if r.ends_with('省') => &["全市", "全州", "全县"],
            _ => &[],
        };
        let a_parts_whole = parts_wholes.iter().any(|w| opening.starts_with(w))
            && another(&doc.between(s.s.start, f.clause.start), false)
            // "遵义市介绍,该市每千常住人口床位数已达8.41张": the place named before, never the
            // text's own (which says 我市, 全市).
            || ["该市", "该县", "该区", "该州", "该地", "该省"]
                .iter()
                .any(|w| opening.starts_with(w));
        let elsewhere = named
            && (a_parts_whole
                || self.open && !has_any(clause_before, WHOLE)
                || places_listed
                || another(
                    clause_before,
                    doc.between(s.s.start, f.clause.start)
                        .trim_end_matches([',', ' ', ':'])
                        .ends_with("其中")
                        || clause_before.trim_start().starts_with("其中"),
                ));
        // ("兰州市每千人口执业(助理)医师数已达到4.82人,每千人口床位数9.6张": any place
        // named as the clause's subject; not one compared in brackets, "仅次于长沙市(9.83张)".)
        // (And one whose own figure was not read: "盐城市每千常住人口床位数8.41张,…3.78人".)
        // (Or some areas of another place counting their hospitals: "青岛市市内五区共有三级医院
        // 17所".)
        let opens_on_another = !named
            && (names_its_subject(clause_before) || counts_its_institutions(clause_before, f))
            && another(clause_before, false);
        if (elsewhere || opens_on_another) && open_bracket(clause_before).is_none() {
            self.open = true;
        }
        // The count of them is no figure at all ("3市").
        let count_of_places = clause_before.contains('、') && {
            let mut after = f.after.trim_start_matches('个').chars();
            after
                .next()
                .is_some_and(|c| matches!(c, '市' | '县' | '区'))
                && after.next().is_some_and(|c| !"级域(办属、".contains(c))
        };
        // (A place in brackets closed before the figure is an aside's: "床位数5.62张(全市6.35张)、
        // 执业(助理)医师3.12人".)
        let outside = without_closed_brackets(clause_before);
        // "每千人口执业(助理)医师2.09人(国家2.21人)": the nation's, in brackets beside it.
        let nation_in_brackets = open_bracket(clause_before).is_some_and(|at| {
            let inside = clause_before[at + 1..].trim_start();
            inside.starts_with("国家") && !inside.starts_with("国家级")
        });
        count_of_places
            || (!cx.national
                && (has_any(&outside, NATION)
                    || nation_in_brackets
                    || nations_periods_goal(&outside)))
            || has_any(&outside, cx.wider)
            || has_any(&outside, OTHER_PLACES)
            || elsewhere
            || compared_in_brackets(clause_before)
            || another_place_in_brackets(clause_before, s)
    }
}

/// "对照国家“十五五”提出的每千人口执业(助理)医师数3.8人的目标": the nation's goal for a period,
/// its name between 国家 and the verb (国家提出 and the like are in `NATION`).
fn nations_periods_goal(clause_before: &str) -> bool {
    let bare: String = clause_before
        .chars()
        .filter(|c| !matches!(c, '“' | '”' | '"'))
        .collect();
    bare.match_indices("国家").any(|(at, w)| {
        let rest = &bare[at + w.len()..];
        ["十三五", "十四五", "十五五"].iter().any(|p| {
            rest.strip_prefix(p)
                .map(|r| r.trim_start_matches("时期").trim_start_matches("期间"))
                .is_some_and(|r| {
                    ["提出", "要求", "确定", "下达", "规定", "目标", "规划"]
                        .iter()
                        .any(|v| r.starts_with(v))
                })
        })
    })
}

/// Whether a clause opens on a place whose measure follows it ("盐城市每千常住人口床位数"), not
/// on words that only read like one ("新建市人民医院新院区").
fn names_its_subject(clause_before: &str) -> bool {
    let t = clause_before.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':'));
    let Some(place) = crate::head::region_in(t) else {
        return false;
    };
    t.strip_prefix(place.as_str()).is_some_and(|rest| {
        [
            "每千",
            "每万",
            "医疗卫生机构",
            "卫生技术",
            "床位",
            "执业",
            "注册护士",
            "人均",
            "孕产妇",
            "婴儿",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
    })
}

/// Whether a clause opens on some areas of a place counting what they have of their
/// institutions ("青岛市市内五区共有三级医院17所以上,每千人口医师数平均为3.01人"): the areas the
/// clauses after it go on about. (Not a place's whole: "某州共有医疗卫生机构…个,床位…张".)
fn counts_its_institutions(clause_before: &str, f: &Found) -> bool {
    let t = clause_before.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':'));
    matches!(f.num.unit, Some('所' | '家' | '个'))
        && crate::head::region_in(t).is_some_and(|place| {
            t.strip_prefix(place.as_str()).is_some_and(|rest| {
                // (The areas are found as the place's name, "青岛市市内五区", or after it.)
                let areas: String = place.chars().chain(rest.chars().take(6)).collect();
                ["市内", "城区", "市区", "主城", "中心城"]
                    .iter()
                    .any(|w| areas.contains(w))
                    && rest.contains('有')
                    && ["医院", "机构", "卫生院"].iter().any(|w| rest.contains(w))
            })
        })
}

/// Another scope than the region's own: the nation's average beside the region's figure.
const NATION: &[&str] = &[
    "全国",
    "我国",
    // ("2024年中国居民期望寿命已达79岁"; not 中国特色….)
    "中国居民",
    "中国人均",
    // ("2020年中国人的平均寿命是77岁", "中国女性平均预期寿命"; not 中国人民, 中国人口.)
    "中国人的",
    "中国人平均",
    "中国女性",
    "中国男性",
    "国家要求",
    "国家提出",
    "国家确定",
    "国家标准",
    "国家目标",
    "国家规定",
    "国家下达",
    "国家平均",
];

/// Whether a clause opens with another place than the document's ("其中,甲市每千人口…",
/// "乙州…"): its figure is that place's.
fn another_place(
    clause_before: &str,
    own: Option<&str>,
    below_province: bool,
    after_qizhong: bool,
    speaks_as_province: bool,
    whole_before: Option<char>,
) -> bool {
    let t = clause_before
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '…'))
        .trim_start_matches("其中")
        .trim_start_matches([',', ':']);
    // "同期金华市每千人口…为4.11人", "而杭州市为5.12人": past the word that sets it beside.
    let t = ["同期", "同年", "相比之下", "相较之下", "同时", "而"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
        .map_or(t, |r| r.trim_start_matches([',', ' ']));
    // "到2025年南宁市每千人口床位数达到9.5张": past the year a goal is for.
    let t = match t.strip_prefix(['到', '至']) {
        Some(r) if r.len() > 7 && r.as_bytes()[..4].iter().all(u8::is_ascii_digit) => r[4..]
            .trim_start_matches('年')
            .trim_start_matches(['底', '末', ',']),
        _ => t,
    };
    let Some(place) = crate::head::region_in(t) else {
        return false;
    };
    const NOT_PLACES: &[&str] = &[
        "全区", "本区", "我区", "全州", "城区", "市区", "辖区", "园区", "新区", "城市", "县区",
        "县市", "市县", "省市", "市级", "县级", "区级", "地市", "州市", "县域", "全盟", "全旗",
    ];
    if NOT_PLACES.iter().any(|w| place.starts_with(w)) {
        return false;
    }
    // Where the document names no region of its own, a place named is taken to be it — unless
    // it is a province in a text that speaks of a city's or a county's whole (全市, 我县).
    // In a province's text naming no province, a city or a county listed after 其中 ("全省…,
    // 其中,郑州市床位数10.6万张") is one of its parts.
    match own {
        // (The wider place the region's full name opens with, 广州市 in 广州市天河区, is another.)
        // ("福州全市…" in 福州市's text: its own name without 市.)
        Some(o) => {
            let own_short = o
                .strip_prefix(place.as_str())
                .is_some_and(|rest| ["市", "县", "区", "省"].contains(&rest));
            (!o.contains(&place) || o.starts_with(&place) && o.len() > place.len() && !own_short)
                && !place.contains(o)
        }
        // (A text that spoke of its whole as 全市 names its districts and counties as its
        // parts after it, one that spoke of 全县 its towns (`whole_before`: that whole's
        // level): "甲新区每千人口注册护士2.61人", "高新技术产业开发区卫生技术人员3860人".)
        None if below_province => {
            place.ends_with('省')
                || match whole_before {
                    Some('市') => place.ends_with(['区', '县', '镇', '乡']),
                    // (A city named in a county's or a district's text is its own city or
                    // another: "全县…。同期湖州市每千人口床位数为6.05张".)
                    Some('县' | '区') => place.ends_with(['镇', '乡', '市']),
                    _ => false,
                }
        }
        None => {
            (after_qizhong || speaks_as_province)
                && !place.ends_with('省')
                && !place.ends_with("自治区")
        }
    }
}

/// Whether a sentence opens on the region's parts: "分区县看,", "分县(市、区)看,", "分市看:",
/// "从各县区看,".
pub(super) fn by_parts(text: &str) -> bool {
    let t = text.trim_start();
    let Some(rest) = ["分", "从各", "从", "按"]
        .iter()
        .find_map(|w| t.strip_prefix(w))
    else {
        return false;
    };
    let Some(look) = rest.find("看") else {
        return false;
    };
    let between = &rest[..look];
    between.chars().count() <= 8
        && rest[look + "看".len()..].starts_with([',', ':', '，', '：'])
        && ["县", "区", "市", "地区", "乡镇"]
            .iter()
            .any(|w| between.contains(w))
        && !has_any(between, &["城乡", "城区", "全"])
}

/// Where the bracket still open at the end of `s` opens, past any closed inside it ("德清县(执业
/// (助理)医师每千人口": at 德清县's).
fn open_bracket(s: &str) -> Option<usize> {
    let mut depth = 0;
    for (at, c) in s.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some(at),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// Whether a figure stands in brackets right after another place's name: "与邻近的德清县(执业
/// (助理)医师每千人口3.41人)、安吉县(3.18人)相比".
fn in_brackets_after_a_place(clause_before: &str, own: Option<&str>) -> bool {
    let Some(open) = open_bracket(clause_before) else {
        return false;
    };
    let name = crate::scan::cjk_tail(&clause_before[..open], 6);
    let Some(last) = name.chars().last() else {
        return false;
    };
    // The name after the last word a name cannot start with (邻近的德清县: 德清县).
    let name = name
        .rsplit(['的', '与', '和', '及', '、'])
        .next()
        .unwrap_or(&name);
    ['县', '市', '区', '省', '州', '旗'].contains(&last)
        && name.chars().count() >= 2
        && !name.starts_with(['全', '本', '我', '该'])
        && own.is_none_or(|o| !o.contains(name) && !name.contains(o))
}

/// `s` without its brackets closed within it (an open one at its end stays).
pub(super) fn without_closed_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut held: Vec<String> = Vec::new();
    for c in s.chars() {
        match c {
            '(' => held.push(String::from('(')),
            ')' if !held.is_empty() => {
                held.pop();
            }
            _ => match held.last_mut() {
                Some(inner) => inner.push(c),
                None => out.push(c),
            },
        }
    }
    // What is still open is the figure's own bracket: kept.
    for inner in held {
        out.push_str(&inner);
    }
    out
}

/// Whether `text` lists two or more places by name ("上杭县、连城县"; not "各县、市、区").
fn names_places(text: &str) -> bool {
    let c: Vec<char> = text.chars().collect();
    let place = |x: char| matches!(x, '县' | '市' | '区' | '州' | '旗');
    c.iter().enumerate().any(|(i, x)| {
        *x == '、'
            && i >= 3
            && place(c[i - 1])
            && crate::scan::is_cjk(c[i - 2])
            && !matches!(c[i - 2], '各' | '全' | '本' | '县' | '市' | '区')
            && (i + 2..(i + 7).min(c.len())).any(|k| place(c[k]))
    })
}

/// Whether a clause counts the places it is about: "南宁、柳州、桂林3市", "其中5个县".
fn places_counted(clause_before: &str) -> bool {
    let c: Vec<char> = clause_before.chars().collect();
    // (Not "500个市级", "县域", "县(市、区)": after a list of names only.)
    let place = |k: usize| {
        c.get(k)
            .is_some_and(|x| matches!(x, '市' | '县' | '区' | '州' | '旗' | '省'))
            && c.get(k + 1).is_some_and(|x| !"级域(办属、".contains(*x))
    };
    // "两县每千常住人口…均要达到3.2人", "三州人均预期寿命提高到74岁": a clause that opens on
    // places counted in words.
    let opening: Vec<char> = clause_before
        .trim_start_matches([',', ' ', ':', ';'])
        .chars()
        .collect();
    let counted_in_words = opening.len() > 2
        && "两二三四五六七八九十".contains(opening[0])
        && matches!(opening[1], '市' | '县' | '区' | '州' | '旗')
        && !"级域(办属、".contains(opening[2]);
    // ("玉树、果洛两州": a list, then its count in words.)
    let counted = |x: char| x.is_ascii_digit() || "两二三四五六七八九十".contains(x);
    counted_in_words
        || clause_before.contains('、')
            && c.windows(2)
                .enumerate()
                .any(|(i, w)| counted(w[0]) && (place(i + 1) || (w[1] == '个' && place(i + 2))))
}

/// Whether a figure stands in a bracket that opens on another place: "(同期广州市每千人口床位数
/// 为6.82张)", "(湘西州为8.02张)".
fn another_place_in_brackets(clause_before: &str, s: &Sentence) -> bool {
    let Some(open) = open_bracket(clause_before) else {
        return false;
    };
    let inside = clause_before[open + '('.len_utf8()..]
        .trim_start_matches("同期")
        .trim_start_matches("同年");
    another_place(
        inside,
        s.cx.region.as_deref(),
        !s.cx.wider.is_empty(),
        // (Where the text names no region, a city or a county in brackets is another, as one
        // listed after 其中 is.)
        true,
        s.cx.speaks_as_province,
        None,
    )
}

/// A text's words for its own region.
pub(super) const OWN_WORDS: &[&str] = &[
    "我市", "本市", "我县", "本县", "我区", "本区", "我省", "本省", "我州", "我旗", "我盟",
];

/// Places counted together or others than the region: "少数省份…突破80岁", "周边城市".
/// The nation's regions: "东部地区每千人口床位6.45张,中部地区7.14张".
const OTHER_PLACES: &[&str] = &[
    "省份",
    "其他城市",
    "兄弟城市",
    "周边城市",
    "其他地区",
    "东部地区",
    "中部地区",
    "西部地区",
    "东北地区",
    // "2014年世界人均预期寿命为71.5岁,其中发展中国家…,美国为78.9岁": the world's and other
    // countries'.
    "世界",
    "全球",
    "发达国家",
    "发展中国家",
    "收入国家",
    "经合组织",
    "OECD",
    "美国",
    "日本",
];

/// Whether a figure in brackets is of what the region is compared with: "超过上海(83.66岁)",
/// "高于全省平均水平(79.3岁)".
fn compared_in_brackets(clause_before: &str) -> bool {
    let Some(open) = open_bracket(clause_before) else {
        return false;
    };
    let inside = &clause_before[open..];
    // "(湘西州平均7.85张)", "仅为长沙市平均水平(3.98人)": an average named beside the figure is a
    // wider region's (not the region's own, "(全县平均3.5张)").
    let average = (inside.contains("平均") || clause_before[..open].ends_with("平均水平"))
        && !has_any(inside, REGION_WIDE);
    average
        || [
            "超过", "高于", "低于", "优于", "好于", "领先", "接近", "不及", "次于",
        ]
        .iter()
        .any(|w| clause_before[..open].contains(w))
}
