//! Whether a sentence's figures are a part's (one kind of institution's) rather than the
//! region's, as it goes from figure to figure.

use super::{Found, Named, REGION_WIDE, Sentence, WHOLE, has_any};
use crate::synonyms::{Subject, is_part, is_total, names_a_parts_kind, names_part_institutions};

/// What a sentence has said of parts up to a figure.
pub(super) struct Parts {
    /// The figures now are a part's.
    of_a_part: bool,
    /// The first figure is a kind of institution's ("乡镇卫生院卫生技术人员1230人").
    first_is_part: bool,
    /// From its 其中 on, the list's items are the first part's breakdown.
    breakdown: bool,
    /// About one kind of part only, named first, and no whole's institutions: 其中 lists are a
    /// breakdown.
    kinds: usize,
    in_a_row: usize,
    /// Hospitals among the kinds listed in a row: with the primary ones, every kind.
    hospitals_in_a_row: bool,
    whole_institutions: bool,
    /// The figure before counted employees (在职职工) of no named institutions.
    employees_before: bool,
    /// Under a report's heading naming a part ("三、基层卫生服务").
    in_a_parts_section: bool,
    /// The figure stepped to is a total's, counted under that heading with no whole named.
    totals_of_the_section: bool,
}

impl Parts {
    pub(super) fn new(s: &Sentence) -> Self {
        // A part carried from the sentence before ends where this one names the region
        // ("全县卫生技术人员2860人").
        let region_first = WHOLE.iter().any(|w| s.text.starts_with(w))
            || ["本市", "本县", "本区", "本省"]
                .iter()
                .any(|w| s.text.starts_with(w));
        Parts {
            of_a_part: (s.part_before
                || opens_on_one_institution(s.text)
                || opens_on_a_kind_before_a_colon(s.text))
                && !region_first,
            first_is_part: false,
            breakdown: false,
            kinds: 0,
            in_a_row: 0,
            hospitals_in_a_row: false,
            whole_institutions: false,
            employees_before: false,
            in_a_parts_section: s.in_a_parts_section,
            totals_of_the_section: false,
        }
    }

    /// Steps to figure `k`, `f`, as the catalog named it, with `clause_before` up to it.
    pub(super) fn step(
        &mut self,
        text: &str,
        k: usize,
        f: &Found,
        named: &Named,
        clause_before: &str,
    ) {
        // "共有基层医疗卫生机构3232所,…,卫生专业技术人员22248人": the staff and beds after a
        // part's institutions in a sentence are that part's, unless named region-wide. Past
        // a semicolon only where the part is what the sentence is about: not a part counted
        // after the whole's institutions ("医疗卫生机构3543个,其中医院120个,基层医疗卫生机构
        // 3232个;卫生技术人员…": the staff after the semicolon are the region's).
        let institutions =
            named.subject.is_none() && matches!(f.num.unit, Some('所' | '家' | '个'));
        // "三级医院达到12家", "新改扩建乡镇卫生院12所": what was reached or built, not the
        // kind of institution the sentence goes on about.
        // (Reached as the sentence's first figure, "全省妇幼保健机构达到105家,床位13818张",
        // they are what it goes on about.)
        let built = has_any(
            clause_before,
            &["新增", "新建", "扩建", "建成", "创建", "新开", "升级"],
        ) || (k > 0 && clause_before.contains("达到"));
        if institutions && !built {
            if names_part_institutions(&f.matchable) {
                self.of_a_part = true;
                self.kinds += 1;
                self.in_a_row += 1;
                // (Or named by their level: "县级医疗卫生单位6家".)
                self.hospitals_in_a_row |= has_any(&f.matchable, &["医院", "县级", "市级", "区级"]);
            } else if has_any(&f.matchable, &["县级", "市级", "区级"])
                && f.matchable.contains("单位")
            {
                // "县级医疗卫生单位6家": the hospitals, by their level.
                self.in_a_row += 1;
                self.hospitals_in_a_row = true;
            } else if ["医疗卫生机构", "卫生机构", "医疗机构"]
                .iter()
                .any(|w| f.matchable.contains(w))
            {
                self.whole_institutions = true;
            } else if self.whole_institutions {
                // "医疗卫生机构5431家,社康机构926家,医院159家,床位69877张": another kind of the
                // whole's, listed.
                self.in_a_row += 1;
            }
        } else {
            // "县级公立医院3所,乡镇卫生院17所,村卫生室240个,卫生技术人员2710人": after two
            // or more kinds listed one after another, the staff and beds are no one kind's
            // but the region's. One kind alone ("其中,各类医院707所,病床位14.45万张")
            // keeps them its own.
            // Not a part's own breakdown ("基层医疗卫生机构3232个,其中社区卫生服务中心120个,
            // 乡镇卫生院45个,卫生技术人员…": still 基层's).
            // Nor primary kinds alone ("乡镇卫生院11个,社区卫生服务中心4个,床位588张": 基层's).
            if self.in_a_row >= 2
                && (self.whole_institutions || (self.hospitals_in_a_row && !text.contains("其中")))
            {
                self.of_a_part = false;
            }
            self.in_a_row = 0;
            self.hospitals_in_a_row = false;
        }
        // "…,全市医疗卫生机构床位3.2万张、卫生技术人员3.9万人": the whole named again ends
        // the part.
        let whole_again = match &named.subject {
            Some(Subject::Indicator(_)) => true,
            Some(sub) => {
                // (Or of all kinds: "医院床位数6160张,各类卫生技术人员8683人".)
                is_total(sub)
                    && (has_any(&f.matchable, REGION_WIDE)
                        || has_any(
                            &f.matchable,
                            &["医疗卫生机构", "卫生机构", "医疗机构", "各类"],
                        ))
            }
            None => false,
        };
        if whole_again {
            self.of_a_part = false;
        }
        // "三、基层卫生服务 / 2025年末,全市床位8,102张,卫生人员22,465人": the section's, unless it
        // names every institution ("全市医疗卫生机构床位…").
        self.totals_of_the_section = self.in_a_parts_section
            && named.subject.as_ref().is_some_and(is_total)
            && (names_a_parts_kind(&f.matchable) || !has_any(&f.matchable, INSTITUTIONS));
        // "全市公立医院在岗职工1.26万人,其中卫生技术人员1.08万人": a kind of institution's staff
        // first, its breakdown after.
        // (Or the staff of one kind of institution the catalog counts: "妇幼保健机构人员1850人,
        // 其中卫生技术人员1500人".)
        if k == 0 {
            let a_kinds_staff = matches!(&named.subject, Some(Subject::Quantity(q))
                if ["mch_staff", "cdc_staff", "public_health_staff", "primary_care_workers"]
                    .contains(&q.as_str()));
            self.first_is_part = ((is_part(&f.matchable) || names_part_institutions(&f.matchable))
                && ["医院", "卫生院", "机构", "社区"]
                    .iter()
                    .any(|w| f.matchable.contains(w)))
                || a_kinds_staff;
        }
        // From its 其中 on, the list's items ("其中注册护士320人、药师60人") are the part's.
        // So are those of employees ("在职职工667人,其中卫生专业技术人员593人"): the staff of
        // the units that report them, not of every institution.
        let breaks_down = f.matchable.trim_start().starts_with("其中");
        self.breakdown = self.breakdown
            || (k > 0 && (self.first_is_part || self.employees_before) && breaks_down);
        // (Every institution's employees, "全市医疗卫生机构在岗职工43084人", are the region's;
        // so are those of every institution the sentence counted, "全县共有医疗卫生单位35个,…
        // 在职职工1820人".)
        self.employees_before = named.subject.is_none()
            && f.matchable.contains("职工")
            && !has_any(&f.matchable, INSTITUTIONS)
            && !counts_every_institution(text)
            && matches!(f.num.unit, Some('人' | '名'));
    }

    /// Whether the figure stepped to is a part's.
    pub(super) fn covers(&self) -> bool {
        self.of_a_part || self.breakdown || self.totals_of_the_section
    }

    /// Whether the figure stepped to is a total counted under a part's heading.
    pub(super) fn totals_of_the_section(&self) -> bool {
        self.totals_of_the_section
    }

    /// "全市二级以上公立医院床位1.1万张,执业医师4200人", "市属医疗机构执业(助理)医师3100人,
    /// 注册护士4200人": a sentence opening on one kind of institution's beds or staff goes on
    /// about that kind's (not "其中医院床位…").
    pub(super) fn opens_on_a_kinds_count(&mut self, k: usize, f: &Found, named: &Named) {
        // (Its first count may be one the catalog does not take, "县医共体总医院现有编制床位800
        // 张,实际开放床位1020张": still that kind's.)
        let kinds_count = crate::synonyms::names_a_parts_kind(&f.matchable)
            && has_any(&f.matchable, &["床位", "人员", "医师", "护士"]);
        if k == 0
            && !f.matchable.trim_start().starts_with("其中")
            && (is_part(&f.matchable)
                || kinds_count
                || matches!(&named.subject, Some(Subject::Quantity(q))
                    if q.starts_with("beds_") && q != "beds_total"))
            && ["医院", "卫生院", "机构", "卫生服务中心", "卫生服务站", "医共体", "医联体"]
                .iter()
                .any(|w| f.matchable.contains(w))
            // "医院和卫生院床位9.5千张,卫生专业技术人员1.3万人": older bulletins count the
            // beds of both kinds; the staff after them are the region's.
            && !has_any(&f.matchable, &["医院和卫生院", "医院、卫生院", "医院与卫生院"])
        {
            self.of_a_part = true;
        }
    }

    /// Bare beds (`label` 床位, 病床) after a clause about one institution (`clause_before`,
    /// read only for them), with no figure but its land or cost, are that institution's.
    pub(super) fn after_one_institution(
        &mut self,
        label: &str,
        clause_before: impl FnOnce() -> String,
    ) {
        let bare = label
            .trim()
            .trim_start_matches(['有', '共'])
            .trim_end_matches(['为', '达', '有']);
        if matches!(
            bare,
            "床位" | "床位数" | "病床" | "开放床位" | "实际开放床位" | "编制床位"
        ) && opens_on_one_institution(&clause_before())
        {
            self.of_a_part = true;
        }
    }

    /// Whether the sentence was about one kind of part's institutions only (for the sentence
    /// after a semicolon).
    pub(super) fn one_kind_only(&self, text: &str) -> bool {
        self.kinds == 1 && !self.whole_institutions && !text.starts_with("其中")
    }
}

/// The words of institutions of every kind.
const INSTITUTIONS: &[&str] = &[
    "医疗卫生机构",
    "卫生机构",
    "医疗机构",
    "医疗卫生单位",
    "卫生单位",
];

/// A sentence that counts every institution, not a kind of them ("全市社会办医疗机构…").
fn counts_every_institution(text: &str) -> bool {
    has_any(text, INSTITUTIONS)
        && !has_any(
            text,
            &[
                "社会办",
                "民营",
                "非公",
                "专业公共卫生",
                "基层医疗",
                "公立医疗",
                "村卫生",
            ],
        )
}

/// "某某县人民医院始建于1952年,是一所…综合医院": one institution, named and introduced.
pub(super) fn introduces_one_institution(text: &str) -> bool {
    // (Read a sentence at a time: most name no 院 at all.)
    if !text.contains('院') {
        return false;
    }
    const INTRODUCED: &[&str] = &[
        "是",
        "创建于",
        "始建于",
        "成立于",
        "建于",
        "位于",
        "坐落",
        "前身",
        // "某某县总医院(县域紧密型医共体)于2018年组建".
        "于19",
        "于20",
    ];
    let Some(at) = INTRODUCED.iter().filter_map(|w| text.find(w)).min() else {
        return false;
    };
    // (Past an aside of what it is: "尤溪县总医院(县域紧密型医共体)".)
    let name = text[..at].trim();
    let name = match name.strip_suffix(')').and_then(|n| n.rfind('(')) {
        Some(open) => name[..open].trim_end(),
        None => name,
    };
    // A proper name ("某某县人民医院", "市第二人民医院", "县中医院"), not a kind ("公立医院是…主体",
    // "县级医院是…龙头", "妇幼保健院是…核心").
    const KINDS: &[&str] = &[
        "公立",
        "民营",
        "社会办",
        "县级",
        "市级",
        "省级",
        "二级",
        "三级",
        "综合",
        "专科",
        "乡镇",
        "社区",
        "基层",
        "各级",
        "城市",
        "农村",
    ];
    let proper = [
        "人民医院",
        "中心医院",
        "附属医院",
        "中医院",
        "中医医院",
        "妇幼保健院",
        "总医院",
        "第",
    ]
    .iter()
    .any(|w| name.find(w).is_some_and(|k| k > 0))
        && !KINDS.iter().any(|k| name.contains(k));
    proper
        && (name.ends_with("医院") || name.ends_with("卫生院") || name.ends_with("保健院"))
        && name.chars().count() <= 24
        && !name.chars().any(|c| c.is_ascii_digit())
        && !name.contains(['、', '和', '及', ',', ';', ':'])
        && !has_any(name, REGION_WIDE)
        && !has_any(name, &["各", "所有", "全部", "基层"])
}

/// "县人民医院新病房大楼投入使用,…开放床位达到1200张": a sentence whose first clause, with no
/// figure, is about one institution goes on about that institution's beds and staff.
pub(super) fn opens_on_one_institution(text: &str) -> bool {
    // Past a time it opens with ("2023年,某某医院新院区投入使用").
    let first: &str = text
        .split([',', ';', ':'])
        .find(|p| {
            let bare = p
                .trim()
                .trim_end_matches(['末', '底'])
                .trim_end_matches('年');
            // (And past 其中: "其中,位于…的市第二儿童医院已进入精装修阶段,…规划床位1500张".)
            !(bare.chars().all(|c| c.is_ascii_digit())
                || ["去", "今", "上", "其中", "年内", "全年", "今年以来"].contains(&bare))
        })
        .unwrap_or("");
    const ONE: &[&str] = &[
        "人民医院",
        "中心医院",
        "中医院",
        "中医医院",
        "妇幼保健院",
        "卫生院",
        "医疗中心",
        "分院",
        "新院区",
        "院区",
        "附属医院",
        // One hospital of a kind, by its name ("深圳市第二儿童医院").
        "儿童医院",
        "肿瘤医院",
        "妇产医院",
        "口腔医院",
        "传染病医院",
        "康复医院",
        "精神卫生中心",
        "专科医院",
        // A community health centre, a nursery by its name ("朝阳街道社区卫生服务中心…现有全科
        // 医生18名", "安吉县托育服务中心一家就提供托位180个").
        "卫生服务中心",
        "托育服务中心",
        "托育园",
    ];
    // (Its land or its cost may be told: "老的定安县人民医院占地面积只有46亩,床位150张".)
    let first = without_land_or_cost(first);
    // "市妇幼保健院开放儿科床位320张": one clause opening on the city's (county's, district's)
    // one institution of its kind, before its figure.
    let first = match first.find(|c: char| c.is_ascii_digit()) {
        Some(at)
            if ONE.iter().any(|w| {
                ["市", "县", "区"].iter().any(|level| {
                    first[..at]
                        .strip_prefix(level)
                        .is_some_and(|r| r.starts_with(w))
                })
            }) =>
        {
            first[..at].to_string()
        }
        _ => first,
    };
    let first = first.as_str();
    // (Not hospitals listed: "加快推进市儿童医院、市肿瘤医院新院区建设,床位总数达到4.2万张".)
    !first.chars().any(|c| c.is_ascii_digit())
        && !first.contains(['、', '和', '及'])
        && first.chars().count() <= 30
        && (ONE.iter().any(|w| first.contains(w))
            // "计划是一家三级专科医院", "建成一所二级医院".
            || (["一家", "一所"].iter().any(|w| first.contains(w))
                && first.contains("医院")
                && !has_any(first, &["每个", "每一", "至少"])))
        // (What it is said to be in the region names no whole: "市第三人民医院是全市规模最大的
        // 精神专科医院", "区人民医院作为全区护理龙头".)
        && !has_any(
            ["是全", "作为全", "为全"]
                .iter()
                .filter_map(|w| first.find(w))
                .min()
                .map_or(first, |at| &first[..at]),
            REGION_WIDE,
        )
        && !has_any(first, &["各", "所有", "全部", "乡镇卫生院", "基层"])
}

/// "疾病预防控制中心:机构数 15个,人员 1,082人,其中卫生技术人员 864人": a line opening on a
/// kind of institution and a colon goes on about that kind.
fn opens_on_a_kind_before_a_colon(text: &str) -> bool {
    text.split_once(':').is_some_and(|(head, _)| {
        let head = head.trim();
        head.chars().count() <= 12
            && !head.chars().any(|c| c.is_ascii_digit())
            && names_part_institutions(head)
            && !has_any(head, REGION_WIDE)
    })
}

/// `text` without its amounts of land or money ("占地面积46亩", "总投资1.5亿元"): they count no
/// beds or staff.
fn without_land_or_cost(text: &str) -> String {
    const UNITS: &[&str] = &["亩", "平方米", "平米", "公顷", "亿元", "万元", "元", "公里"];
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        let run = rest[at..]
            .find(|c: char| !(c.is_ascii_digit() || c == '.'))
            .map_or(rest.len(), |k| at + k);
        let after = rest[run..].trim_start_matches(['多', '余', '万', '亿']);
        match UNITS.iter().find(|u| after.starts_with(**u)) {
            Some(u) => {
                out.push_str(&rest[..at]);
                rest = &after[u.len()..];
            }
            None => {
                out.push_str(&rest[..run]);
                rest = &rest[run..];
            }
        }
    }
    out.push_str(rest);
    out
}
