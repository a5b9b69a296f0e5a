//! The names plans give their indicators, mapped to the catalog: 每千人口 / 每千常住人口 / 千人 /
//! 每千人口拥有 …, 医生 for 执业(助理)医师, 医护比, 床人比. Data, not code paths: one table of
//! subjects (what is counted) and one of bases (per how many of whom).

use hps_model::catalog::{Catalog, IndicatorKind};
use serde::{Deserialize, Serialize};

/// What a row is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Subject {
    /// A catalog indicator (density, ratio, count) by id.
    Indicator(String),
    /// A catalog quantity counted (beds, physicians, the population) by id.
    Quantity(String),
    /// Anything else: the plan's own label and unit, entered by hand in the page.
    Tracked { label: String, unit: String },
}

/// Which population a per-1,000 figure is counted on, where the text says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Basis {
    /// 常住人口
    Resident,
    /// 户籍人口
    Registered,
}

/// What is counted, most specific first: (words that must all appear, words that must not,
/// quantity id).
/// Words that make a count of health staff a part of them: public health's, primary care's, the
/// posts authorised (编制) or those on them (在编).
// (Nor those trained or hired: "全年培训基层卫生计生人员1500人".)
const NOT_ALL_STAFF: &[&str] = &["公共", "基层", "编制", "在编", "培训", "招聘", "引进"];
const PRIVATE_PARTS: &[&str] = &["编制", "综合医院", "专科医院", "中医医院", "专科"];

/// Doctors practising at a second site or in training: some of the doctors, or none yet.
const TRAINEES_OR_SECOND_SITE: &[&str] =
    &["多点执业", "住院医师", "在培", "规培", "规范化培训", "见习"];
/// A change of a level (门诊次均费用增幅), never the level.
const CHANGE_WORDS: &[&str] = &["增幅", "增速", "降幅", "涨幅"];
/// A size of change held under a cap (医疗费用增长幅度控制在10%以下).
const CAP_WORDS: &[&str] = &["控制", "以内", "以下", "不超过", "低于"];

/// Words of the GPs that make a count of doctors (or of GPs) a part, unless named as included.
const GPS_WORDS: &[&str] = &["全科", "全科医学专业", "培训合格证书"];

const SUBJECTS: &[(&[&str], &[&str], &str)] = &[
    (&["精神科", "护士"], &[], "psych_nurses"),
    (&["精神科", "医"], &[], "psych_physicians"),
    (&["精神", "医师"], &[], "psych_physicians"),
    (&["儿科", "床"], &[], "beds_paediatric"),
    (&["儿科", "医"], &[], "paediatricians"),
    (&["康复治疗师"], &[], "rehab_therapists"),
    (&["康复医师"], &[], "rehab_physicians"),
    // "中医类别全科医生": the kind of GPs a TCM plan counts, not all of them.
    // ("其中注册为全科医学专业的2515人,取得全科医生培训合格证书的6453人": the two kinds the
    // count of GPs adds, each a part.)
    (
        &["全科医"],
        &["中医", "全科医学专业", "培训合格证书"],
        "gps",
    ),
    // 中医类医院床位 without 公立 counts private hospitals too: not the catalog's.
    (&["公立", "中医", "床"], &["非公立"], "beds_tcm_public"),
    (&["中医", "医师"], &[], "tcm_physicians"),
    (&["中医", "医生"], &["全科"], "tcm_physicians"),
    // The catalog's private beds are every private institution's beds set up: a kind of
    // private hospital's (民营综合医院, 民营专科医院), or beds authorised (编制床位), are not.
    (&["非公立", "床"], PRIVATE_PARTS, "beds_private"),
    (&["社会办", "床"], PRIVATE_PARTS, "beds_private"),
    (&["民营", "床"], PRIVATE_PARTS, "beds_private"),
    (&["市办", "床"], &[], "beds_city"),
    (&["市办及以上"], &[], "beds_city"),
    // The catalog's county beds are 县办公立医院 and 基层 together; 县办医院 alone is a part.
    (&["县办", "基层", "床"], &[], "beds_county"),
    (&["县办公立医院及基层"], &[], "beds_county"),
    // "二级以上公立医院床位", "县级公立医院床位": some of the public hospitals' beds.
    (
        &["公立医院", "床"],
        &[
            "二级", "三级", "县级", "市级", "省级", "区级", "县属", "市属", "区属", "省属", "县办",
            "区办", "委属", "部属",
        ],
        "beds_public",
    ),
    (&["传染病", "床"], &[], "beds_surge_infectious"),
    // 编制床位: beds authorised, not beds set up (实有床位); 家庭病床 and 养老床位 are beds
    // at home and in care homes, not the health institutions'.
    (
        &["床"],
        &[
            "护",
            "人比",
            "人员比",
            "观察",
            "编制",
            "家庭病床",
            // "家庭病床…,累计建床超3000张": home beds are set up (建床); an institution's are
            // opened or built (开放床位, 建成床位).
            "建床",
            // "核定床位", "审批床位": beds approved, like 编制床位, not those set up.
            "核定",
            "审批",
            "批准",
            // "规划床位5000张": beds planned, not those there are (not "规划到2025年,每千人口
            // 床位数…", a plan's goal).
            "规划床位",
            "规划设置床位",
            // "临床销售", "临床医生": clinical, no bed (临床床位 are).
            "临床销售",
            "临床医",
            "临床科",
            "临床重点",
            "临床专科",
            "养老",
            "福利",
            "收养",
            "敬老",
            // "特困供养机构床位": the care homes of those without support.
            "特困",
            "供养",
            "社会服务",
            "提供住宿",
            "救助",
            // "病床周转次数", "平均住院日", "实际占用总床日数": how beds are used, not how many.
            "周转",
            "次数",
            "住院日",
            "床日",
            // "重症医学科床位486张", "每10万人口ICU床位12.3张": one kind of bed.
            "重症",
            "ICU",
            "监护",
        ],
        "beds_total",
    ),
    (&["注册护士"], &[], "nurses"),
    // "注册护理人员2546人": an older bulletin's name for them (not 护理人员 alone: aides too).
    (&["注册护理人员"], &[], "nurses"),
    // ("注册护师(士)": the nurses of both grades.)
    (&["注册护师"], &[], "nurses"),
    (&["护士"], &["医护", "床护", "护比"], "nurses"),
    // 中药师, 西药师 and 临床药师 are kinds of the health institutions' 药师(士), a part, never
    // the total (执业药师 are another count: see `match_label`).
    (&["药师"], &["中药师", "西药师", "临床药师"], "pharmacists"),
    // An older yearbook's name for 药师(士).
    (&["药剂人员"], &[], "pharmacists"),
    // "其中执业医师1968人,药剂师331人": a bulletin's name for them.
    (&["药剂师"], &[], "pharmacists"),
    // "执业医师1390人(全科25人)": the GPs among them, a part (全科医生 is the catalog's gps).
    (&["执业", "医师"], &["全科"], "physicians"),
    (&["执业", "医生"], &["全科"], "physicians"),
    // ("医生技术人员1597人,含执业(助理)医师564人": a slip for 卫生技术人员, not the doctors.)
    (
        &["医生"],
        &["护", "乡村", "家庭", "村医", "个体", "技术人员", "全科"],
        "physicians",
    ),
    (
        &["医师"],
        &["护", "乡村", "公共卫生医师", "职业病", "全科"],
        "physicians",
    ),
    (
        &["疾病预防控制", "人员"],
        &["专业技术", "编制", "卫生技术人员"],
        "cdc_staff",
    ),
    (
        &["疾控", "人员"],
        &["专业技术", "编制", "卫生技术人员"],
        "cdc_staff",
    ),
    // "专业公共卫生机构卫生技术人员": the technicians among them, not all their staff.
    (
        &["专业公共卫生", "人员"],
        &["卫生技术", "卫技", "技术人员"],
        "public_health_staff",
    ),
    (
        &["公共卫生人员"],
        &["编制", "科室", "收入"],
        "public_health_staff",
    ),
    // The technicians of a kind of institution are a part of its staff, never all of it.
    // (The catalog's are their 保健人员: all who work there, "妇幼保健院人员1320人", are not.)
    (&["妇幼保健", "保健人员"], &["卫生技术人员"], "mch_staff"),
    (&["卫生监督员"], &[], "health_supervisors"),
    (&["健康教育", "人员"], &[], "health_educators"),
    (&["基层卫生人员"], &[], "primary_care_workers"),
    // "卫生人员8.5万人,其中…基层医疗卫生机构2.2万人": the staff of primary care (not its
    // technicians, physicians or nurses alone).
    (
        &["基层医疗卫生机构", "人员"],
        &["卫生技术", "卫技", "技术人员", "医师", "护士", "每"],
        "primary_care_workers",
    ),
    (&["卫生技术人员"], QUALIFIED, "health_technicians"),
    (&["卫技人员"], QUALIFIED, "health_technicians"),
    (&["卫生专业技术人员"], QUALIFIED, "health_technicians"),
    // ("编制人数", "在编人员": the posts authorised or filled on them, not all the staff.)
    (&["卫生人员"], NOT_ALL_STAFF, "health_workers"),
    // "全市卫生和计生人员28917人": the years the two commissions were one (2013–2018).
    (&["卫生和计生人员"], NOT_ALL_STAFF, "health_workers"),
    (&["卫生计生人员"], NOT_ALL_STAFF, "health_workers"),
    (&["卫生机构人员"], NOT_ALL_STAFF, "health_workers"),
    (&["卫生工作人员"], &["编制", "在编"], "health_workers"),
    (&["卫生健康人员"], NOT_ALL_STAFF, "health_workers"),
    (&["卫生人力"], NOT_ALL_STAFF, "health_workers"),
    (&["托位"], &[], "nursery_places"),
    // "其中0—14岁人口92.16万人": the children, however the span is written.
    (&["0-14岁"], NOT_CHILDREN, "children"),
    (&["0—14岁"], NOT_CHILDREN, "children"),
    (&["0–14岁"], NOT_CHILDREN, "children"),
    (&["0~14岁"], NOT_CHILDREN, "children"),
    (&["0～14岁"], NOT_CHILDREN, "children"),
    (&["0至14岁"], NOT_CHILDREN, "children"),
    (&["常住人口"], NOT_POPULATION, "population"),
    (&["总人口"], NOT_POPULATION, "population"),
    (&["人口总数"], NOT_POPULATION, "population"),
    (&["户籍人口"], NOT_POPULATION, "population"),
];

/// Groups whose family-doctor rate is their own; the first, 重点人群, has its indicator, and
/// 人群 names any group but that one.
const NOT_ALL_SIGNED: [&str; 17] = [
    "重点人群",
    "人群",
    "老年",
    "岁以上",
    "儿童",
    "孕产妇",
    "患者",
    "残疾",
    "贫困",
    "脱贫",
    "农村",
    "城市",
    "慢性",
    "失能",
    "低保",
    "特殊家庭",
    "计划生育",
];
const SIGNED_GROUPS: &[&str] = NOT_ALL_SIGNED.split_at(2).1;

/// A population's ratio, rate or flow (出生性别比, 城镇化率, 出生, 外来常住人口) is not it.
/// The children's share, rates, care or doctors are not their number.
const NOT_CHILDREN: &[&str] = &[
    "比重",
    "占",
    "%",
    "率",
    "死亡",
    "每",
    "/",
    "保健",
    "管理",
    "接种",
    "签约",
    "儿科",
    "床",
    "医",
    // What was done for them is no count of them: "就诊人次", "筛查…儿童".
    "人次",
    "就诊",
    "门急诊",
    "筛查",
    "体检",
    "近视",
    "服务",
    // (A census's count at its hour: "2020年11月1日零时".)
    "零时",
    "普查",
    // 10—14岁 holds 0—14岁.
    "10-14",
    "10—14",
    "10–14",
    "10~14",
    "10～14",
    "10至14",
];

const NOT_POPULATION: &[&str] = &[
    // ("常住人口180余万人,2017年GDP突破3400亿": the economy's, after the people.)
    "GDP",
    "生产总值",
    // ("60岁及以上老年人口总数", "贫困人口总数", "签约服务人口总数": groups, not the people.)
    "老年",
    "岁",
    "贫困",
    "签约",
    "参保",
    "服务人口",
    "每",
    "/",
    "千人口",
    "万人口",
    "比",
    "率",
    "出生",
    "死亡",
    "外来",
    "流动",
    "迁入",
    "迁出",
    // "其中农业人口39.86万人", "城镇人口", "男性": a group of the people, never all of them.
    "农业",
    "城镇",
    "乡村",
    "农村",
    "男",
    "女",
];

/// A group's outcome ("城区人均预期寿命", "农村孕产妇死亡率") is a part, not the region's.
const GROUPS: &[&str] = &["城区", "城市", "城镇", "农村", "男性", "女性"];

/// Outcomes the catalog tracks (reported, not computed from levers): (words any of which names
/// it, words that must not appear, indicator id). Checked before shares and rates.
const OUTCOMES: &[(&[&str], &[&str], &str)] = &[
    (
        &[
            "人均预期寿命",
            "人均期望寿命",
            "平均预期寿命",
            "人口平均预期寿命",
            // "户籍人口期望寿命", "全市居民预期寿命".
            "期望寿命",
            "预期寿命",
            // News words for it: "人均寿命由1951年的35.5岁增加到2019年的71.1岁".
            "人均寿命",
            "平均寿命",
        ],
        // Life expectancy at an age (65岁老年人预期寿命) or a gap between groups is not it.
        &[
            "健康预期寿命",
            "老年",
            "岁时",
            "岁组",
            "余寿",
            "差距",
            "城区",
            "城市",
            "城镇",
            "农村",
            "男性",
            "女性",
            // ("尘肺病患者平均寿命": the sick's.)
            "患者",
            "病人",
        ],
        "life_expectancy",
    ),
    (&["孕产妇死亡率"], GROUPS, "maternal_mortality"),
    (
        &["5岁以下儿童死亡率", "五岁以下儿童死亡率"],
        GROUPS,
        "under5_mortality",
    ),
    (&["婴儿死亡率"], GROUPS, "infant_mortality"),
    // A group's rate (老年人, 慢病患者, 脱贫人口…) is neither the region's nor its key groups'.
    (
        &[
            "重点人群家庭医生签约",
            "重点人群签约率",
            "重点人群签约覆盖率",
            "重点人群签约服务覆盖率",
        ],
        SIGNED_GROUPS,
        "family_doctor_coverage_key",
    ),
    (
        &[
            "家庭医生签约服务覆盖率",
            "家庭医生签约覆盖率",
            "家庭医生签约率",
            "家庭医生签约服务率",
            // "家庭医生居民签约服务覆盖率".
            "家庭医生居民签约服务覆盖率",
            "家庭医生居民签约率",
            // "常住人口签约率达到43.8%": the rate named by the people it covers.
            "常住人口签约率",
            "常住人口签约覆盖率",
            "常住人口签约服务覆盖率",
        ],
        &NOT_ALL_SIGNED,
        "family_doctor_coverage",
    ),
];

/// Words that make a count a part of the region's total (hospitals' beds, primary care's staff,
/// a township hospital's): never matched to the total. A part the catalog has (公立医院,
/// 中医类, 市办, 县办, 非公立) is matched to its own indicator before this is asked.
const PARTS: &[&str] = &[
    "医院",
    "基层",
    "乡镇",
    "卫生院",
    "社区",
    // "武康街道卫生服务中心床位120张", "某某卫生服务站": one centre's, one station's.
    "卫生服务中心",
    "卫生服务站",
    "村卫生室",
    "村级",
    "专业公共卫生",
    "公共卫生机构",
    "妇幼",
    "疾控",
    "疾病预防控制",
    "养老",
    // "现有医养结合机构344所、床位5.2万张": care homes with medical care, and their beds.
    "医养结合",
    // "两大医共体共有床位3286张", "医共体成员单位共有卫生技术人员…": the groups' members, not
    // every institution.
    "医共体",
    "医疗共同体",
    "医联体",
    "护理院",
    "康复",
    "精神",
    "专科",
    "民营",
    "社会办",
    "非公立",
    // "按主办单位分:政府办…,个人办…": those the government runs, those persons run.
    "政府办",
    "个人办",
    // "其中公立医疗机构4.73张": the public institutions' (公立医院 is the catalog's own).
    "公立",
    "中医",
    "市办",
    "县办",
    "市级",
    "县级",
    // "其中区属医疗机构床位1186张": those the district runs, beside those of the city and
    // the province in it.
    "区属",
    // "县(市)每千常住人口床位数达到6张左右": the counties' own.
    "县(市",
    "市属",
    "县属",
    "省属",
    "诊所",
    "门诊",
    "急救",
    "传染",
    "儿科",
    "监督",
    "检验",
    // "普惠托位720个" beside "总托位数4331个"; the places of a kind of provider.
    "普惠",
    "举办",
    "用人单位",
    "幼儿园",
    "托班",
    // "村卫生机构人员", "村医".
    "村卫生",
    // "城区人均预期寿命…,农村地区…": the town's or the country's people, not the region's.
    "城区",
    "农村",
    "城镇居民",
    "城市居民",
    // "滨海新区核心区每千人床位数": the district's core.
    "核心区",
    // "两院开放床位分别达到1020张和560张": the two hospitals named before.
    "两院",
    // "新院区整体搬迁后一期将开放床位250张": one hospital's campus (not 医院区域…).
    "新院区",
    // "城市医疗卫生机构床位数" beside 农村…: the towns' institutions.
    "城市医",
    "城市卫生",
    "城市每",
    // "口腔类别医师9635人", "公共卫生类别医师": one kind of practice of the physicians (中医
    // 类别 is the catalog's own count); "中药师(士)": one kind of pharmacist.
    "类别",
    "口腔",
    "中药",
    // "急诊医师320人", "产科医生200人", "外科护士": the physicians or nurses of one specialty.
    "急诊",
    "麻醉",
    "病理",
    "放射",
    "超声",
    "重症",
    "ICU",
    "手术室",
    "科医",
    "科护",
    "科执业",
    "科注册",
    // "藏医医师85人": a people's medicine, counted with 中医 (a part). (Not 藏医 alone:
    // "西藏医疗卫生机构床位".)
    "民族医",
    "藏医医",
    "蒙医医",
    "维医医",
    // "一级及以下医疗机构床位3110张": the institutions of a grade.
    "一级",
    "二级",
    "三级",
    "未定级",
    // "全市医共体床位1.8万张", "医疗集团卫生技术人员", "中心血站…": the institutions of one
    // alliance or group, or the blood banks'.
    "医共体",
    "医联体",
    "集团",
    "血站",
    "采供血",
];

/// Words of what is added, built or trained: a count after them is not the total.
pub(crate) const ADDED: &[&str] = &[
    "新增",
    "净增",
    "新建",
    "新开放",
    "扩增",
    "增设",
    "培养",
    "培训",
    "招聘",
    "招录",
    "招引",
    "引进",
    "引育",
    // "增加卫生技术人员3005名": what was added; "增加到", "增加了" are a level and a change.
    "增加",
];

/// After a word of [`ADDED`], what makes it no addition: 增加到 names a level, 增加了 a change,
/// 新建区 is a district.
pub(crate) fn not_an_addition(rest: &str) -> bool {
    rest.starts_with([
        '区', '县', '市', '镇', '乡', '到', '至', '了', '值', '幅', '额', '率',
    ])
}

/// The staff of a grade or a degree ("副高级以上卫生专业技术人员", "本科及以上学历卫生技术人员"):
/// a part, never the technicians.
const QUALIFIED: &[&str] = &[
    "高级",
    "中级",
    "初级",
    "正高",
    "副高",
    "职称",
    "学历",
    "学位",
    "本科",
    "大专",
    "研究生",
    "硕士",
    "博士",
    // "取得执业医师资格者2人": those qualified, among village doctors.
    "资格",
    // "男护士320人", "女医生4300人": the staff of one sex.
    "男",
    "女",
    // "合同制护士3100人", "聘用医生420人", "在编人员": those on one kind of contract.
    "合同制",
    "聘用",
    "在编",
    "编外",
    "编制内",
    "临聘",
    "派遣",
    // "援藏医生12人", "下派医生120名": those sent to help elsewhere.
    "援",
    "帮扶",
    "下派",
    "派驻",
    "外派",
    "驻村",
    // "进修医生60人", "实习医生", "离退休医生", "外籍医生", "签约医生", "医学毕业生": those
    // training, retired, from abroad, signed with families or graduating, not the region's staff.
    "进修",
    "实习",
    "退休",
    "外籍",
    "签约",
    "毕业",
    // "执业兽医师130人", "公卫医师": animals' doctors; public health's (a 类别 of its own).
    "兽医",
    "公卫",
    // "兼职健康教育人员386名", "专(兼)职…": those doing it beside another job.
    "兼职",
    "兼)职",
];

/// "卫生技术人员4165人,其中西医1419人、中医240人、护理2507人": the technicians of one
/// discipline (中医 is a part already), never all of them.
const DISCIPLINES: &[&str] = &["西医", "护理", "药剂", "检验", "影像"];

/// Physicians and nurses named together ("执业(助理)医师与注册护士合计", "医护人员"); with 与 or
/// 及 only as a sum (合计): "医师与注册护士分别为…" lists the two.
const COMBINED: &[&str] = &[
    "医师和注册护士",
    "医师与护士",
    "医护人员",
    "医师与注册护士合计",
    // "每千人口执业(助理)医师与注册护士数" (a list of the two, "…医师与注册护士分别为…", is split
    // before it is named).
    "医师与注册护士",
    "医师及注册护士合计",
    "医师和护士合计",
    "医师护士合计",
];

/// The region-wide totals a part must not be taken for.
const TOTALS: &[&str] = &[
    "beds_total",
    "physicians",
    "licensed_physicians",
    "nurses",
    "pharmacists",
    "health_workers",
    "health_technicians",
    "nursery_places",
];

/// Per how many of whom: (words, denominator quantity, per). Longest first.
const BASES: &[(&str, &str, f64)] = &[
    ("每千名儿童", "children", 1000.0),
    ("每千儿童", "children", 1000.0),
    ("千名儿童", "children", 1000.0),
    ("每千服务人口", "population_served", 1000.0),
    ("千服务人口", "population_served", 1000.0),
    ("每10万人口", "population", 100_000.0),
    ("每十万人口", "population", 100_000.0),
    ("/10万人口", "population", 100_000.0),
    ("/10万人", "population", 100_000.0),
    ("人/10万", "population", 100_000.0),
    ("10万人口", "population", 100_000.0),
    ("每千名常住人口", "population", 1000.0),
    ("每千常住人口", "population", 1000.0),
    ("每千名居民", "population", 1000.0),
    ("每千居民", "population", 1000.0),
    ("每千人均", "population", 1000.0),
    ("千人均", "population", 1000.0),
    ("每千户籍人口", "population", 1000.0),
    ("每千人口", "population", 1000.0),
    ("每千人", "population", 1000.0),
    ("千人口", "population", 1000.0),
    ("千人", "population", 1000.0),
    ("每万名常住人口", "population", 10_000.0),
    ("每万常住人口", "population", 10_000.0),
    ("每万名居民", "population", 10_000.0),
    ("每万居民", "population", 10_000.0),
    ("每万户籍人口", "population", 10_000.0),
    ("每万人口", "population", 10_000.0),
    ("每万人", "population", 10_000.0),
    ("万人口", "population", 10_000.0),
    ("/万人", "population", 10_000.0),
];

/// Ratios by name: (words any of which names it, indicator id), written without brackets as
/// labels are matched with theirs removed.
const RATIOS: &[(&[&str], &str)] = &[
    (
        &[
            "医护比",
            "护比",
            // "护医比1.21:1": nurses to a doctor, the same ratio the other way round.
            "护医比",
            "医师与护士之比",
            "医生与护士之比",
            "医师护士比",
            "医师与注册护士比",
            "医护比例",
            "医护之比",
        ],
        "doctor_nurse_ratio",
    ),
    (
        &["床人比", "床人卫生人员比", "床位与卫生人员", "床位与人员比"],
        "bed_worker_ratio",
    ),
];

/// Words that make a label a share or a ratio the catalog does not have.
const SHARE_WORDS: &[&str] = &["比例", "比重", "占比", "率", "床护比", "床医比"];

/// Per how many of whom the label counts, if it says.
/// The words of the base a label names (每千人口), if any.
pub fn base_words(label: &str) -> Option<&'static str> {
    BASES
        .iter()
        .find(|(w, _, _)| label.contains(w))
        .map(|(w, _, _)| *w)
}

pub fn basis_of(label: &str) -> Option<(&'static str, f64)> {
    BASES
        .iter()
        .find(|(w, _, _)| label.contains(w))
        .map(|(_, d, p)| (*d, *p))
}

/// 户籍 or 常住, where the label says.
pub fn population_basis(label: &str) -> Option<Basis> {
    if label.contains("户籍") {
        Some(Basis::Registered)
    } else if label.contains("常住") {
        Some(Basis::Resident)
    } else {
        None
    }
}

/// A label without its bracketed list of what it includes ("(含执业医师数、护士数…)").
fn included_list(label: &str) -> Option<String> {
    let open = label.find(['(', '\u{FF08}'])?;
    let rest = &label[open..];
    let close = rest
        .char_indices()
        .find(|(_, c)| matches!(c, ')' | '\u{FF09}'))
        .map_or(label.len(), |(c, ch)| open + c + ch.len_utf8());
    let inner = &label[open..close];
    (inner.contains('含') && inner.contains('、'))
        .then(|| format!("{}{}", &label[..open], &label[close..]))
}

/// Whether a label counts assistant physicians alone (执业助理医师, 助理医师), not 执业(助理)医师
/// or 执业医师(含助理).
fn assistants_alone(label: &str) -> bool {
    // "助理执业医师", the order of an older yearbook's row, is the same part.
    let mut at = label.match_indices("助理医").collect::<Vec<_>>();
    at.extend(label.match_indices("助理执业医"));
    at.into_iter().any(|(at, _)| {
        // "执业医师和执业助理医师": both, the catalog's count.
        let before = label[..at].strip_suffix("执业").unwrap_or(&label[..at]);
        !matches!(
            before.chars().next_back(),
            Some('(' | '（' | '含' | '及' | '和' | '与' | '、')
        )
    })
}

/// Staff (and beds) of a kind the catalog counts region-wide (全科医生, 儿科医师, 儿科床位 …),
/// whose words name no institution of their own: one kind of institution's are a part, and so
/// are those after one institution's or one kind's count.
const STAFF_KINDS: &[&str] = &[
    "gps",
    "beds_paediatric",
    "tcm_physicians",
    "paediatricians",
    "psych_physicians",
    "psych_nurses",
    "rehab_physicians",
    "rehab_therapists",
];

/// Staff named by their institutions (疾控, 卫生监督): one level's are a part ("市级疾控中心312
/// 人"), but after their kind of institution's count they are the region's ("专业公共卫生机构
/// 人员2865人,其中疾病预防控制中心人员612人").
const INSTITUTIONS_STAFF: &[&str] = &["cdc_staff", "health_supervisors"];

/// The words that make a count of `STAFF_KINDS` a part: "基层医疗卫生机构全科医生", "乡镇卫生院全科
/// 医生", "县人民医院…", "市级疾控中心人员".
const KINDS_PARTS: &[&str] = &[
    "医院",
    "基层",
    "乡镇",
    "卫生院",
    "社区",
    "卫生服务中心",
    "卫生服务站",
    "村卫生",
    "村级",
    "省级",
    "市级",
    "县级",
    "区级",
    "县(区)级",
    "市属",
    "县属",
    "区属",
    "省属",
    "市直",
    "县直",
];

/// Whether a label counts a part of a total the catalog has (其中医院床位, 乡镇卫生院人员).
pub fn is_part(label: &str) -> bool {
    quantity_of(label).is_some_and(|q| TOTALS.contains(&q)) && names_a_parts_kind(label)
}

/// Whether a label counts the institutions of a part (基层医疗卫生机构3232所, 其中医院85家):
/// the staff and beds named after it in its sentence may be theirs.
pub fn names_part_institutions(label: &str) -> bool {
    names_a_parts_kind(label)
        // (护理院, 诊所, 急救站: 院, 所 and 站 name one too.)
        && ["机构", "院", "中心", "卫生室", "所", "站"]
            .iter()
            .any(|w| label.contains(w))
        && quantity_of(label).is_none()
}

/// `label` without the names of districts that end in 城区 (北京市东城区, 西城区): "西城区人均期望
/// 寿命" is the district's own, not an urban area's (城区, a group).
pub fn without_district_names(label: &str) -> std::borrow::Cow<'_, str> {
    if label.contains("城区") {
        label.replace("东城区", "").replace("西城区", "").into()
    } else {
        label.into()
    }
}

/// Whether a label names a part's kind of institution (基层, 医院, 乡镇卫生院 …); what it says
/// it includes ("卫生机构(含村卫生室)") names none.
pub fn names_a_parts_kind(label: &str) -> bool {
    let label = without_inclusions(label);
    PARTS.iter().any(|w| label.contains(w))
}

/// A caption or a label without what it says it includes: "医疗卫生机构情况(含村卫生室等基层医疗
/// 机构)".
pub(crate) fn without_inclusions(caption: &str) -> String {
    let mut out = String::with_capacity(caption.len());
    let mut rest = caption;
    while let Some(i) = rest.find("(含") {
        out.push_str(&rest[..i]);
        rest = rest[i..].find(')').map_or("", |j| &rest[i + j + 1..]);
    }
    out.push_str(rest);
    out
}

/// "市疾控中心免疫规划所工作人员23名", "区疾控中心健康教育科专职人员7名": one department of
/// the centre (not "疾病预防控制中心(所)", the centre by its other name).
fn names_a_department(label: &str) -> bool {
    label.match_indices("中心").any(|(at, w)| {
        let after = &label[at + w.len()..];
        let unit = after
            .split(|c: char| c.is_ascii_digit())
            .next()
            .unwrap_or(after);
        let unit = unit.split("人员").next().unwrap_or(unit);
        !after.starts_with('(') && unit.contains(['所', '科', '室', '部'])
    })
}

/// Whether a subject counts staff (or beds) of a kind the catalog counts region-wide
/// (`STAFF_KINDS`): after one institution's or one kind's count, a part too.
pub fn counts_a_kind(subject: &Subject) -> bool {
    matches!(subject, Subject::Quantity(q) if STAFF_KINDS.contains(&q.as_str()))
}

/// Whether a subject is a region-wide total a part must not be taken for.
pub fn is_total(subject: &Subject) -> bool {
    matches!(subject, Subject::Quantity(q) if TOTALS.contains(&q.as_str()))
}

/// The quantity a label counts, if it names one.
pub fn quantity_of(label: &str) -> Option<&'static str> {
    // The GPs a count includes ("执业(助理)医师(含乡村全科执业助理医师)", "全科医生数(含注册为全科
    // 医学专业…)") make it no part.
    let before_included = label.split('含').next().unwrap_or(label);
    SUBJECTS
        .iter()
        .find(|(all, none, _)| {
            all.iter().all(|w| label.contains(w))
                && !none.iter().any(|w| {
                    if GPS_WORDS.contains(w) {
                        before_included.contains(w)
                    } else {
                        label.contains(w)
                    }
                })
        })
        .map(|(_, _, q)| *q)
        .filter(|q| !q.starts_with("__"))
}

/// Maps a label (normalised text) to the catalog: a ratio, a density (a subject and a base), a
/// count (a subject without a base) or nothing. `inherited` is the base of the row above for a
/// "其中" sub-row that does not repeat it.
pub fn match_label(
    label: &str,
    catalog: &Catalog,
    inherited: Option<(&'static str, f64)>,
) -> Option<Subject> {
    // "医务人员数(含执业医师数、执业助理医师数、护士数…)": what it includes, listed, is not
    // what it is.
    let listed = included_list(label);
    let label = listed.as_deref().unwrap_or(label);
    // "执业(助理)医师、注册护士5000人", "药师、技师357人": one count of two kinds listed
    // (outside brackets) is neither's — unless both name one ("执业医师、助理医师").
    if let Some((before, last)) = last_two_listed(label)
        && !(assistants_alone(last) && before.ends_with("执业医师"))
        // ("药师、药士": one kind's two grades.)
        && !before.strip_suffix('师').is_some_and(|stem| {
            last.strip_suffix('士')
                .is_some_and(|l| !l.is_empty() && stem.ends_with(l))
        })
        && let Some(first) = match_label(before, catalog, inherited)
        && match_label(last, catalog, inherited) != Some(first)
    {
        return None;
    }
    // "其中医院" is 其中 + 医院, not 中医; a yearbook spaces its labels ("药 师(士)", "执 业(助
    // 理)医 师").
    let label: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    // "老年人以及高血压、糖尿病患者等重点人群家庭医生签约服务率": the groups listed are the key
    // groups, not one of them.
    let label = match label.find("等重点人群") {
        Some(at) => label[at + "等".len()..].to_string(),
        None => label,
    };
    // "各区县每万人口全科医生数的最大值/最小值": a spread between places, no level.
    if ["最大值", "最小值", "极差", "差距"]
        .iter()
        .any(|w| label.contains(w))
    {
        return None;
    }
    // 执业医师 alone is the narrower count, without assistant physicians.
    let assistants = label.contains("助理");
    // "执业助理医师0.23万人", "助理医师": the assistants alone, a part of 执业(助理)医师.
    if assistants_alone(&label) {
        return None;
    }
    // (Written so, not a header's "(万人)" unit before the label.)
    let opens_on_wanren = label.starts_with("万人");
    let label = without_district_names(&label)
        .replace(['(', ')', '（', '）'], "")
        .replace("助理", "")
        .replace("其中", "");
    // "万人全科医师数5.4人": a label opening on 万人 counts per 10,000, as one on 千人 per 1,000
    // (not "万人次", nor a header's "(万人)" unit, whose brackets stand before it).
    let label = match label.strip_prefix("万人") {
        Some(rest) if !rest.starts_with('次') && !rest.is_empty() && opens_on_wanren => {
            format!("每万人{rest}")
        }
        _ => label,
    };
    let label = label.as_str();
    // "多点执业医师520人", "在培住院医师830人": doctors practising at a second site, or in
    // training — some of them, or none yet.
    if TRAINEES_OR_SECOND_SITE.iter().any(|w| label.contains(w)) {
        return None;
    }
    // "门诊次均费用增幅", "增速", "医疗费用增长幅度控制在…": a change, never the level it
    // changes. (An increase said to reach a size, "提升幅度应至少1岁", is read as one.)
    if CHANGE_WORDS.iter().any(|w| label.contains(w))
        || (label.contains("幅度") && CAP_WORDS.iter().any(|w| label.contains(w)))
    {
        return None;
    }
    // 执业药师 are licensed by the drug regulator, mostly in pharmacies: another count than
    // the health institutions' 药师(士) ("执业药师(士)" is theirs, written loosely).
    if label.contains("执业药师") && !label.contains("执业药师士") {
        return None;
    }
    // "其他技术(药师、技师、其他)人员": the others, whatever their brackets name.
    if label.starts_with("其他") || label.contains("其他技术") || label.contains("其他卫生技术")
    {
        return None;
    }
    if let Some((_, _, id)) = OUTCOMES.iter().find(|(any, none, _)| {
        any.iter().any(|w| label.contains(w)) && !none.iter().any(|w| label.contains(w))
    }) {
        return catalog
            .indicator(id)
            .map(|i| Subject::Indicator(i.id.clone()));
    }
    // Shares and rates (比例, 覆盖率, 占比) are tracked even when they name staff or beds, and a
    // bed : nurse ratio is not in the catalog.
    // ("床护比1:0.75/万人": beds to nurses, though a base follows it.)
    let ratio = RATIOS
        .iter()
        .find(|(names, _)| names.iter().any(|n| label.contains(n)))
        .filter(|_| !["床护比", "床医比"].iter().any(|w| label.contains(w)));
    // A ratio named with a share's word ("医护比例") is still that ratio.
    let ratio_named_as_share = ratio.is_some_and(|(names, _)| {
        names
            .iter()
            .any(|n| label.contains(n) && SHARE_WORDS.iter().any(|w| n.contains(w)))
    });
    if SHARE_WORDS.iter().any(|w| label.contains(w))
        && basis_of(label).is_none()
        && !ratio_named_as_share
    {
        return None;
    }
    if let Some((_, id)) = ratio {
        // "三级医院医护比", "基层医疗卫生机构医护比": a kind of institution's ratio.
        if [
            "医院",
            "基层",
            "卫生院",
            "社区",
            "卫生室",
            "三级",
            "二级",
            "公立",
            "民营",
        ]
        .iter()
        .any(|w| label.contains(w))
        {
            return None;
        }
        return catalog
            .indicator(id)
            .map(|i| Subject::Indicator(i.id.clone()));
    }
    // "新增床位500张", "培养全科医生200名": what is added or trained, never the total.
    // (新建区 is a district, not what was built.)
    let added = ADDED.iter().any(|w| {
        label
            .match_indices(w)
            .any(|(at, _)| !not_an_addition(&label[at + w.len()..]))
    });
    if added && basis_of(label).is_none() {
        return None;
    }
    let mut quantity = quantity_of(label)?;
    if quantity == "physicians" && !assistants && label.contains("执业医师") {
        quantity = "licensed_physicians";
    }
    // A part of a total (其中医院…, 基层医疗卫生机构床位, 乡镇卫生院人员), or the staff of a
    // grade or degree (具有高级职称医师), is not the total.
    // (A grade is a part of any staff count: "中医正高职称115人" is no count of 中医.)
    if QUALIFIED.iter().any(|w| label.contains(w))
        || TOTALS.contains(&quantity) && PARTS.iter().any(|w| label.contains(w))
        || quantity == "health_technicians" && DISCIPLINES.iter().any(|w| label.contains(w))
        || (STAFF_KINDS.contains(&quantity) || INSTITUTIONS_STAFF.contains(&quantity))
            && KINDS_PARTS.iter().any(|w| label.contains(w))
        || INSTITUTIONS_STAFF.contains(&quantity) && names_a_department(label)
    {
        return None;
    }
    // "每床位配备护士0.6人", "每百张床位": a base the catalog does not count by is no
    // density of it, and no count either; a base named earlier in the sentence does not reach it.
    if label.contains('每') && basis_of(label).is_none() {
        return None;
    }
    let q = catalog.quantity(quantity)?;
    // 医师和护士 together: the combined density; their count together is neither's.
    if matches!(quantity, "physicians" | "nurses") && COMBINED.iter().any(|w| label.contains(w)) {
        let (d, p) = basis_of(label).or(inherited)?;
        return density(
            catalog,
            &[q_of(catalog, "physicians"), q_of(catalog, "nurses")],
            d,
            p,
        );
    }
    match basis_of(label).or(inherited) {
        // A staff or bed label with a base the catalog does not have (per 100 beds) matches nothing.
        Some((d, p)) if quantity != "population" => density(catalog, &[Some(q)], d, p),
        _ => {
            let counted = catalog
                .indicators
                .iter()
                .find(|i| matches!(&i.kind, IndicatorKind::Count { quantity: cq } if *cq == q));
            Some(match counted {
                Some(i) if label.contains("疫情") || label.contains("迅速开放") => {
                    Subject::Indicator(i.id.clone())
                }
                _ => Subject::Quantity(quantity.to_string()),
            })
        }
    }
}

/// A density the text gives per 10,000 or 100,000 residents where the catalog counts it per
/// 1,000 (每万人口执业(助理)医师18.16人): the catalog's indicator, the text's per, and the
/// factor that rebases the value (0.1).
pub fn rebased(label: &str, catalog: &Catalog) -> Option<(Subject, f64, f64)> {
    let (word, den, per) = BASES
        .iter()
        .find(|(w, _, _)| label.contains(w))
        .map(|(w, d, p)| (*w, *d, *p))?;
    if den != "population" || ![1_000.0, 10_000.0, 100_000.0].contains(&per) {
        return None;
    }
    if match_label(label, catalog, None).is_some() {
        return None;
    }
    // "每千常住人口…全科医生0.2人" the other way: the catalog counts GPs per 10,000.
    [
        ("每千人口", 1_000.0),
        ("每万人口", 10_000.0),
        ("每10万人口", 100_000.0),
    ]
    .into_iter()
    .filter(|(_, p)| *p != per)
    .find_map(
        |(base, p)| match match_label(&label.replacen(word, base, 1), catalog, None)? {
            Subject::Indicator(i)
                if matches!(
                    catalog.indicator(&i).map(|d| &d.kind),
                    Some(IndicatorKind::Density { per: q, .. }) if (*q - p).abs() < 1e-9
                ) =>
            {
                Some((Subject::Indicator(i), per, p / per))
            }
            _ => None,
        },
    )
}

fn q_of(catalog: &Catalog, id: &str) -> Option<usize> {
    catalog.quantity(id)
}

fn density(catalog: &Catalog, numerator: &[Option<usize>], den: &str, per: f64) -> Option<Subject> {
    let numerator: Option<Vec<usize>> = numerator.iter().copied().collect();
    let numerator = numerator?;
    let d = catalog.quantity(den)?;
    catalog
        .indicators
        .iter()
        .find(|i| {
            matches!(&i.kind, IndicatorKind::Density { numerator: n, denominator, per: p }
                if *n == numerator && *denominator == d && (*p - per).abs() < 1e-9)
        })
        .map(|i| Subject::Indicator(i.id.clone()))
}

/// The last two names of a list joined by 、 outside brackets ("乡村医生、个体医生").
fn last_two_listed(label: &str) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    let (mut prev, mut last) = (None, None);
    for (i, c) in label.char_indices() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            '、' if depth <= 0 => (prev, last) = (last, Some(i)),
            _ => {}
        }
    }
    let last = last?;
    let from = prev.map_or(0, |p: usize| p + '、'.len_utf8());
    let before = &label[from..last];
    let after = &label[last + '、'.len_utf8()..];
    let named = |s: &str| s.chars().count() >= 2 && !s.chars().any(|c| c.is_ascii_digit());
    (named(before) && named(after)).then_some((before, after))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(label: &str) -> Option<String> {
        match match_label(label, &Catalog::builtin(), None) {
            Some(Subject::Indicator(i)) | Some(Subject::Quantity(i)) => Some(i),
            _ => None,
        }
    }

    #[test]
    fn one_test_per_synonym() {
        let cases = [
            ("每千人口医疗卫生机构床位数", "beds_per_1000"),
            ("家庭医生居民签约服务覆盖率", "family_doctor_coverage"),
            ("家庭医生签约服务率", "family_doctor_coverage"),
            ("重点人群签约覆盖率", "family_doctor_coverage_key"),
            ("基层医疗卫生机构人员", "primary_care_workers"),
            (
                "老年人以及高血压、糖尿病患者等重点人群家庭医生签约服务率",
                "family_doctor_coverage_key",
            ),
            ("重点人群家庭医生签约服务率", "family_doctor_coverage_key"),
            ("每千常住人口医疗卫生机构床位数", "beds_per_1000"),
            ("每千人口拥有医疗卫生机构床位", "beds_per_1000"),
            ("千人床位数", "beds_per_1000"),
            ("每千人口床位", "beds_per_1000"),
            ("每千户籍人口床位数", "beds_per_1000"),
            ("每千人口公立医院床位数", "beds_public_per_1000"),
            ("每千人口公立中医类医院床位数", "beds_tcm_public_per_1000"),
            ("每千人口市办及以上公立医院床位", "beds_city_per_1000"),
            (
                "每千人口县办公立医院及基层医疗卫生机构床位",
                "beds_county_per_1000",
            ),
            ("每千人口执业(助理)医师数", "physicians_per_1000"),
            ("每千人口执业（助理）医师数", "physicians_per_1000"),
            ("每千人口执业医师数", "licensed_physicians_per_1000"),
            ("每千人口拥有执业医师数", "licensed_physicians_per_1000"),
            ("执业医师", "licensed_physicians"),
            ("每千人口卫生技术人员数", "health_technicians_per_1000"),
            ("卫生技术人员", "health_technicians"),
            ("医疗机构总床位数", "beds_total"),
            ("千人均床位数", "beds_per_1000"),
            ("每千人均配置执业(助理)医师数", "physicians_per_1000"),
            ("人均预期寿命", "life_expectancy"),
            ("人均期望寿命(岁)", "life_expectancy"),
            ("孕产妇死亡率(/10万)", "maternal_mortality"),
            ("婴儿死亡率(‰)", "infant_mortality"),
            ("5岁以下儿童死亡率", "under5_mortality"),
            ("每千常住人口医生数", "physicians_per_1000"),
            ("每千人口拥有医生", "physicians_per_1000"),
            ("每千人口注册护士数", "nurses_per_1000"),
            ("每千人口护士数", "nurses_per_1000"),
            ("每千人口药师(士)数", "pharmacists_per_1000"),
            ("每万人口全科医生数", "gps_per_10000"),
            ("万人全科医师数", "gps_per_10000"),
            ("每万常住人口全科医生", "gps_per_10000"),
            ("每万名居民拥有全科医生", "gps_per_10000"),
            ("每千名常住人口执业(助理)医师", "physicians_per_1000"),
            ("每千人口卫技人员数", "health_technicians_per_1000"),
            ("医护比例", "doctor_nurse_ratio"),
            ("执业医师(含助理)", "physicians"),
            ("执业医师和执业助理医师", "physicians"),
            ("医护之比", "doctor_nurse_ratio"),
            (
                "每千人口中医类别执业(助理)医师数",
                "tcm_physicians_per_1000",
            ),
            (
                "每千人口专业公共卫生机构人员数",
                "public_health_staff_per_1000",
            ),
            (
                "每万人口专业公共卫生机构人员",
                "public_health_staff_per_10000",
            ),
            ("每万人口疾病预防控制机构人员", "cdc_staff_per_10000"),
            ("每万人口卫生监督员", "health_supervisors_per_10000"),
            (
                "每10万人口精神科执业(助理)医师",
                "psych_physicians_per_100000",
            ),
            (
                "精神科注册护士数量不低于8.68人/10万人口",
                "psych_nurses_per_100000",
            ),
            ("每10万人口康复医师", "rehab_physicians_per_100000"),
            (
                "每千名儿童儿科执业(助理)医师数",
                "paediatricians_per_1000_children",
            ),
            (
                "每千名儿童拥有儿科执业(助理)医生",
                "paediatricians_per_1000_children",
            ),
            ("每千名儿童儿科床位", "paediatric_beds_per_1000_children"),
            ("每千人口3岁以下婴幼儿托位数", "nursery_places_per_1000"),
            ("每千人口拥有3岁以下婴幼儿托位数", "nursery_places_per_1000"),
            (
                "每千服务人口基层卫生人员数",
                "primary_care_workers_per_1000_served",
            ),
            (
                "每千人口执业(助理)医师和注册护士",
                "physicians_nurses_per_1000",
            ),
            ("医护比", "doctor_nurse_ratio"),
            ("护比", "doctor_nurse_ratio"),
            ("医师与护士之比", "doctor_nurse_ratio"),
            ("床人比", "bed_worker_ratio"),
            ("床人(卫生人员)比", "bed_worker_ratio"),
            ("医疗卫生机构床位", "beds_total"),
            ("执业(助理)医师", "physicians"),
            ("注册护士", "nurses"),
            ("注册护师(士)", "nurses"),
            ("全科医生", "gps"),
            ("卫生人员", "health_workers"),
            ("卫生机构人员", "health_workers"),
            ("全省共有卫生健康人员", "health_workers"),
            ("居民人均寿命", "life_expectancy"),
            ("卫生专业技术人员", "health_technicians"),
            ("全市卫生人力总量", "health_workers"),
            ("每万常住人口拥有培训合格的全科医生", "gps_per_10000"),
            ("药 师(士)", "pharmacists"),
            ("药剂人员", "pharmacists"),
            ("药剂师", "pharmacists"),
            ("卫生和计生人员", "health_workers"),
            ("常住人口", "population"),
            ("全旗人口总数", "population"),
            // The GPs named as included.
            (
                "每万常住人口全科医生数(含注册为全科医学专业和取得全科医生培训合格证书的医师)",
                "gps_per_10000",
            ),
        ];
        for (label, want) in cases {
            assert_eq!(id(label).as_deref(), Some(want), "{label}");
        }
        // What is added, trained or only authorised is not the total; nor are the others.
        for label in [
            "其他技术(药师、技师、其他)人员",
            "其他卫生技术人员",
            "新增床位",
            "培养全科医生",
            "新增执业(助理)医师",
            "编制床位数(张)",
            "开设家庭病床",
            "新增公办养老床位",
            "年末各类收养性社会福利单位床位",
            "卫生监督检验机构卫生技术人员",
            "3、医务人员数(含执业医师数、执业助理医师数、护士数、医技人员数等)",
            // The GPs among the licensed doctors.
            "全科执业医师",
            // One of the two kinds of GPs counted.
            "其中注册为全科医学专业的",
            "取得全科医生培训合格证书的",
            // Groups of people, not the population.
            "60岁及以上老年人口总数",
            "建档立卡贫困人口总数",
        ] {
            assert_eq!(id(label), None, "{label}");
        }
        // Assistant physicians alone are a part of 执业(助理)医师.
        for label in [
            "执业助理医师",
            "其中助理医师",
            "每千人口执业助理医师",
            "助理执业医师",
        ] {
            assert_eq!(id(label), None, "{label}");
        }
    }

    #[test]
    fn a_sub_row_takes_the_base_of_the_row_above() {
        let cat = Catalog::builtin();
        let base = basis_of("每千人口医疗卫生机构床位数");
        assert_eq!(
            match_label("其中:公立医院", &cat, base),
            None,
            "公立医院 alone names no beds"
        );
        assert_eq!(
            match_label("其中:公立医院床位", &cat, base),
            Some(Subject::Indicator("beds_public_per_1000".into()))
        );
        assert_eq!(
            match_label("市办及以上公立医院(张)", &cat, base),
            Some(Subject::Indicator("beds_city_per_1000".into()))
        );
    }

    #[test]
    fn a_part_is_never_the_total() {
        for label in [
            "其中医院床位",
            "医院床位数",
            "基层医疗卫生机构床位",
            "每千常住人口基层医疗卫生机构床位数",
            "乡镇卫生院床位",
            "医院卫生技术人员",
            "基层卫生技术人员",
            "其中:乡镇卫生院执业(助理)医师",
            "专业公共卫生机构注册护士",
            "口腔类别医师",
            "基层医疗卫生机构卫生技术人员",
            "公共卫生类别执业医师",
            "卫生机构中药师(士)",
            "城市医疗卫生机构床位数",
        ] {
            assert_eq!(id(label), None, "{label}");
        }
        // A part the catalog has is matched to its own indicator.
        assert_eq!(
            id("每千人口公立医院床位数").as_deref(),
            Some("beds_public_per_1000")
        );
        assert_eq!(
            id("每千人口中医类别执业(助理)医师数").as_deref(),
            Some("tcm_physicians_per_1000")
        );
        assert_eq!(id("健康预期寿命"), None);
        // A header's unit stays a unit; 万人次 counts visits.
        assert_eq!(id("执业(助理)医师数(万人)").as_deref(), Some("physicians"));
        assert_eq!(id("万人次诊疗"), None);
    }

    #[test]
    fn what_is_not_a_lever_is_not_matched() {
        for label in [
            "孕产妇系统管理率",
            "县域就诊率",
            "床护比",
            "床护比1:0.75/万人的比例审定",
            "乡村医生中执业(助理)医师比例",
        ] {
            assert_eq!(id(label), None, "{label}");
        }
        assert_eq!(
            population_basis("每千户籍人口床位"),
            Some(Basis::Registered)
        );
    }
}
