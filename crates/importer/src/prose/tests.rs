//! The sentence reader's tests: each rule on text the team wrote in the plans' style.

use super::super::{Cmp, Role, Subject, import};
use hps_model::catalog::Catalog;

fn rows(text: &str) -> Vec<(Role, String, i32, Cmp, bool)> {
    let p = import(text, &Catalog::builtin()).expect("imports");
    for r in &p.rows {
        assert!(
            text.contains(&r.quote) || hps_model::text::fold_whitespace(text).contains(&r.quote),
            "{}",
            r.quote
        );
    }
    p.rows
        .into_iter()
        .map(|r| {
            let id = match r.subject {
                Subject::Indicator(i) | Subject::Quantity(i) => i,
                Subject::Tracked { label, .. } => format!("tracked:{label}"),
            };
            (r.role, id, r.year, r.cmp, r.year_inferred)
        })
        .collect()
}

/// The values proposed for one catalog id, in order.
fn values_of(got: &[(Role, String, i32, Cmp, bool)], id: &str) -> Vec<f64> {
    got.iter()
        .filter(|r| r.1 == id)
        .filter_map(|r| r.3.value())
        .collect()
}

fn has(got: &[(Role, String, i32, Cmp, bool)], role: Role, id: &str, year: i32, cmp: Cmp) {
    assert!(
        got.iter()
            .any(|r| r.0 == role && r.1 == id && r.2 == year && r.3 == cmp),
        "{role:?} {id} {year} {cmp:?} not in {got:#?}"
    );
}

/// Asserts each (role, indicator, year, comparison) is proposed.
fn has_all(got: &[(Role, String, i32, Cmp, bool)], want: &[(Role, &str, i32, Cmp)]) {
    for (role, id, year, cmp) in want {
        has(got, *role, id, *year, *cmp);
    }
}

/// The rows proposed, none where the text gives no plan at all.
fn rows_or_none(text: &str) -> Vec<super::super::Row> {
    import(text, &Catalog::builtin())
        .map(|p| p.rows)
        .unwrap_or_default()
}

/// Asserts that rows were proposed and every one of them is `ok`.
fn every_row<T: std::fmt::Debug>(got: &[T], ok: impl Fn(&T) -> bool) {
    assert!(!got.is_empty() && got.iter().all(ok), "{got:#?}");
}

/// Asserts that none of the counts `ids` is proposed from `text` (nothing where it gives no plan).
fn proposes_none_of(text: &str, ids: &[&str]) {
    let rows = rows_or_none(text);
    assert!(
        rows.iter()
            .all(|r| !matches!(&r.subject, Subject::Quantity(q) if ids.contains(&q.as_str()))),
        "{text}: {rows:#?}"
    );
}

const HEAD: &str = "成文日期: 2023年05月26日\n";

#[test]
fn a_sentence_with_a_year_and_a_floor() {
    let got = rows(&format!(
        "{HEAD}到2025年,每千人口医疗卫生机构床位数的预期性指标为8.2张左右,其中公立医院5.2张左右,公立中医医院0.85张左右。"
    ));
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::About(8.2)),
            (Role::Target, "beds_public_per_1000", 2025, Cmp::About(5.2)),
            (
                Role::Target,
                "beds_tcm_public_per_1000",
                2025,
                Cmp::About(0.85),
            ),
        ],
    );
}

#[test]
fn staff_sentences_ratios_and_sub_figures() {
    let got = rows(&format!(
        "{HEAD}到2025年,全市每千人口注册护士数达到4.65人,每千人口执业(助理)医师数3.9人(其中中医类别0.62人),医护比达到1:1.20,每万人口全科医生数达到4.32人。"
    ));
    has_all(
        &got,
        &[
            (Role::Target, "nurses_per_1000", 2025, Cmp::AtLeast(4.65)),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.9)),
            (
                Role::Target,
                "tcm_physicians_per_1000",
                2025,
                Cmp::AtLeast(0.62),
            ),
            (Role::Target, "doctor_nurse_ratio", 2025, Cmp::AtLeast(1.2)),
            (Role::Target, "gps_per_10000", 2025, Cmp::AtLeast(4.32)),
        ],
    );
}

#[test]
fn an_enumeration_with_fen_bie() {
    let got = rows(&format!(
        "{HEAD}到2025年,每千人口医疗卫生机构床位数、执业(助理)医师数、注册护士数分别达到6.5张、3.2人、3.8人。"
    ));
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.5)),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.2)),
            (Role::Target, "nurses_per_1000", 2025, Cmp::AtLeast(3.8)),
        ],
    );
    let got = rows(&format!(
        "{HEAD}2023年贵阳贵安孕产妇、婴儿、5岁以下儿童死亡率分别控制在12/10万、3.5‰、5‰以内。"
    ));
    // The catalog's outcomes, each with its own base (/10万, ‰).
    has_all(
        &got,
        &[
            (Role::Target, "maternal_mortality", 2023, Cmp::AtMost(12.0)),
            (Role::Target, "infant_mortality", 2023, Cmp::AtMost(3.5)),
            (Role::Target, "under5_mortality", 2023, Cmp::AtMost(5.0)),
        ],
    );
}

#[test]
fn a_review_gives_two_figures_the_first_a_fact() {
    let got =
        rows("发布日期: 2024年1月5日\n全市医疗卫生机构床位由2020年的2242张增加到2023年的2500张。");
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2020, Cmp::AtLeast(2242.0)),
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(2500.0)),
        ],
    );
    let got = rows("发布日期: 2024年1月5日\n到2025年,每千人口执业(助理)医师数由2.8人提高到3.2人。");
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.2),
    );
    assert!(
        got.iter().any(|r| r.0 == Role::Figure
            && r.1 == "physicians_per_1000"
            && r.3 == Cmp::AtLeast(2.8))
    );
}

#[test]
fn a_bulletin_gives_counts_with_wan_and_the_year() {
    let got = rows(
        "2023年末,全市共有医疗卫生机构床位2.4万张,卫生技术人员3.1万人,其中执业(助理)医师1.2万人、注册护士1.4万人。年末常住人口328.9万人。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(24_000.0)),
            (Role::Figure, "physicians", 2023, Cmp::AtLeast(12_000.0)),
            (Role::Figure, "nurses", 2023, Cmp::AtLeast(14_000.0)),
        ],
    );
}

#[test]
fn a_sentence_broken_over_lines_as_a_pdf_gives_it() {
    let got = rows(&format!(
        "{HEAD}到2025年,全市每千人口医疗卫生机构床位数达到6.5张,每千人口注\n册护士数达到3.8人,每千人口执业(助理)医师数达到3.2人。\n(二)基层\n"
    ));
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.5)),
            (Role::Target, "nurses_per_1000", 2025, Cmp::AtLeast(3.8)),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.2)),
        ],
    );
}

#[test]
fn comparison_words() {
    let got = rows(&format!(
        "{HEAD}到2025年,孕产妇死亡率控制在12/10万以下。精神科执业(助理)医师数量不低于4.0人/10万人口。每万人口卫生监督员1—1.5人。二级以上医院设置发热门诊比例达到100%。"
    ));
    has_all(
        &got,
        &[
            (Role::Target, "maternal_mortality", 2025, Cmp::AtMost(12.0)),
            (
                Role::Target,
                "psych_physicians_per_100000",
                2025,
                Cmp::AtLeast(4.0),
            ),
            (
                Role::Target,
                "health_supervisors_per_10000",
                2025,
                Cmp::Between(1.0, 1.5),
            ),
        ],
    );
    assert!(
        got.iter()
            .any(|r| r.1.starts_with("tracked:") && r.3 == Cmp::AtLeast(100.0))
    );
}

#[test]
fn inferred_years_are_marked() {
    let got =
        rows("深化医药卫生体制改革2024年重点工作任务\n发表时间:2024-8-12\n县域就诊率达90%以上。");
    assert!(
        got.iter()
            .any(|r| r.2 == 2024 && r.4 && r.3 == Cmp::AtLeast(90.0)),
        "{got:#?}"
    );
}

#[test]
fn an_undated_text_that_aims_nowhere_reports() {
    // No date, no year aimed at: its figures are of the latest year it reports, and a
    // change's amount (增加320张) is no figure.
    let got = rows(
        "【概述】2019年,全县卫生机构达356个。\n  床位全县医疗机构床位达2840张,与2018年比较,增加320张,增长12.7%。\n",
    );
    has(&got, Role::Figure, "beds_total", 2019, Cmp::AtLeast(2840.0));
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(320.0)), "{got:#?}");
}

#[test]
fn a_review_of_a_list_pairs_names_and_figures() {
    let got = rows(&format!(
        "{HEAD}“十四五”期间,全市孕产妇死亡率和婴儿死亡率由2020年的12.5/10万、5.1‰降至2022年的9.8/10万、3.6‰。"
    ));
    has_all(
        &got,
        &[
            (Role::Figure, "maternal_mortality", 2020, Cmp::AtLeast(12.5)),
            (Role::Figure, "infant_mortality", 2020, Cmp::AtLeast(5.1)),
            (Role::Figure, "maternal_mortality", 2022, Cmp::AtLeast(9.8)),
            (Role::Figure, "infant_mortality", 2022, Cmp::AtLeast(3.6)),
        ],
    );
}

#[test]
fn a_review_without_de_and_a_bracketed_year() {
    let got = rows(&format!(
        "{HEAD}居民健康素养水平由2017年8.1%提升到2022年21.3%。人均预期寿命由76.10岁提高到77.45岁(2021年数据)。"
    ));
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2021, Cmp::AtLeast(77.45)),
            (Role::Figure, "life_expectancy", 2017, Cmp::AtLeast(76.1)),
        ],
    );
}

#[test]
fn a_review_named_in_the_clause_before() {
    let got = rows(&format!(
        "{HEAD}全市人均预期寿命高于全省平均水平,由2016年的77.12岁提高到2022年的78.90岁。"
    ));
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2016, Cmp::AtLeast(77.12)),
            (Role::Figure, "life_expectancy", 2022, Cmp::AtLeast(78.9)),
        ],
    );
}

#[test]
fn staff_after_a_parts_institutions_are_the_parts() {
    let got = rows(&format!(
        "{HEAD}截至2022年底,全市共有基层医疗卫生机构1210个,卫生技术人员8650人,床位2130张。全市医疗卫生机构床位15600张。"
    ));
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(2130.0)), "{got:#?}");
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(8650.0)), "{got:#?}");
    has(
        &got,
        Role::Figure,
        "beds_total",
        2022,
        Cmp::AtLeast(15600.0),
    );
}

#[test]
fn a_look_back_over_five_years_starts_five_years_back() {
    let got = rows(
        "各位代表！2025年是“十四五”收官之年。五年来,我们砥砺前行。\n——民生福祉持续增进。每千人口床位数由5.8张增至6.9张,人均预期寿命较2020年提高1.2岁、达到79.6岁。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(5.8)),
            (Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(6.9)),
            (Role::Figure, "life_expectancy", 2025, Cmp::AtLeast(79.6)),
        ],
    );
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(1.2)), "{got:#?}");
}

#[test]
fn in_a_citys_text_the_provinces_figure_is_not_the_citys() {
    let got = rows(
        "某某市2022年卫生健康事业发展统计公报\n年末全市每千常住人口医疗卫生机构床位数6.82张,全省平均水平为6.21张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2022,
        Cmp::AtLeast(6.82),
    );
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(6.21)), "{got:#?}");
}

#[test]
fn a_plans_review_section_reports_and_its_goals_section_aims() {
    let got = rows(
        "某某市“十四五”卫生健康事业发展规划\n成文日期: 2021年11月02日\n一、发展基础\n全市每千人口医疗卫生机构床位数达到5.96张。\n二、发展目标\n每千人口医疗卫生机构床位数达到7张。\n",
    );
    assert!(
        got.iter().any(|r| r.0 == Role::Figure
            && r.1 == "beds_per_1000"
            && r.2 == 2020
            && r.3 == Cmp::AtLeast(5.96)
            && r.4),
        "{got:#?}"
    );
    has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.0));
}

#[test]
fn a_work_report_looks_back_and_ahead() {
    let got = rows(
        "政府工作报告\n——2024年1月10日在某某县第十八届人民代表大会第三次会议上\n一、2023年工作回顾\n过去一年,县人民医院新院区投入使用,新增床位500张,全县每千人口床位数达到6.8张。\n二、2024年工作安排\n今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。每千人口床位数达到7张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.8)),
            (Role::Target, "beds_per_1000", 2024, Cmp::AtLeast(7.0)),
        ],
    );
    // What was added is no total; the economy's goal is not the health plan's.
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(500.0)), "{got:#?}");
    assert!(!got.iter().any(|r| r.3 == Cmp::About(6.0)), "{got:#?}");
}

#[test]
fn a_list_takes_only_the_figures_of_its_clause_and_the_nations_requirement_is_not_the_regions() {
    let got = rows(
        "某某省“十四五”卫生健康发展规划\n发布日期:2021-11-20\n全省每万人口全科医生数达到2.5人,超过国家要求的2人。到2025年,全省每千人口医疗卫生机构床位数控制在7张以内,每千人口执业(助理)医师数、注册护士数分别达到3.3人、3.9人,每万人口全科医生数不低于3.5人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.3)),
            (Role::Target, "nurses_per_1000", 2025, Cmp::AtLeast(3.9)),
            (Role::Target, "gps_per_10000", 2025, Cmp::AtLeast(3.5)),
        ],
    );
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(2.0)), "{got:#?}");
    assert!(
        !got.iter()
            .any(|r| r.1 == "nurses_per_1000" && r.3 == Cmp::AtLeast(3.3)),
        "{got:#?}"
    );
}

#[test]
fn a_dated_page_that_aims_nowhere_reports_its_latest_year() {
    let got = rows(
        "某某市卫生健康事业发展情况\n2023年05月06日 来源:某某市卫生健康委员会\n截至2022年底,全市每千人口床位数6.5张。与全国平均水平相比,每千人口注册护士数高出0.5人。\n全市执业(助理)医师达1.2万人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(6.5)),
            (Role::Figure, "physicians", 2022, Cmp::AtLeast(12_000.0)),
        ],
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(0.5)), "{got:#?}");
}

#[test]
fn a_total_count_after_a_density_is_no_density() {
    let got = rows(&format!(
        "{HEAD}到2025年,每万人口全科医生数达到3.93人,全科医生总数达到1000人。"
    ));
    has(
        &got,
        Role::Target,
        "gps_per_10000",
        2025,
        Cmp::AtLeast(3.93),
    );
    assert!(
        !got.iter()
            .any(|r| r.1 == "gps_per_10000" && r.3 == Cmp::AtLeast(1000.0)),
        "{got:#?}"
    );
}

#[test]
fn a_headings_year_reaches_its_paragraphs_and_li_zheng_its_sentence() {
    let got = rows(
        "某某区卫生健康局2023年工作总结和2024年工作计划\n一、2023年工作完成情况\n截至2023年12月底,全区每千常住人口床位数达5.62张,每千常住人口执业(助理)医师2.94人。\n二、2024年工作计划\n力争每千常住人口床位数达到6张,每千常住人口执业(助理)医师数达到3.1人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(5.62)),
            (
                Role::Figure,
                "physicians_per_1000",
                2023,
                Cmp::AtLeast(2.94),
            ),
            (Role::Target, "beds_per_1000", 2024, Cmp::AtLeast(6.0)),
            (Role::Target, "physicians_per_1000", 2024, Cmp::AtLeast(3.1)),
        ],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn now_is_the_documents_year() {
    let got = rows(
        "我省印发医疗卫生服务体系规划\n2022-07-12 来源:某某日报\n到2025年,全省每千常住人口医疗卫生机构床位数达到7.2张左右。\n目前,全省每千常住人口床位数为6.48张,略高于全国平均水平。全国平均水平为6.46张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::About(7.2)),
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(6.48)),
        ],
    );
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(6.46)), "{got:#?}");
}

#[test]
fn a_density_per_ten_thousand_is_rebased_to_the_catalogs_per_thousand() {
    let text = "某某省2013年卫生统计公报\n年末全省每万人口执业(助理)医师18.16人,每万人口医疗卫生机构床位数51.2张。\n";
    let p = import(text, &Catalog::builtin()).expect("imports");
    let r = p
        .rows
        .iter()
        .find(|r| r.subject == Subject::Indicator("physicians_per_1000".into()))
        .expect("rebased");
    assert!((r.value().unwrap_or(0.0) - 1.816).abs() < 1e-9, "{r:?}");
    assert_eq!(r.rebased_from, Some(10_000.0));
    assert!(r.quote.contains("18.16"));
    let beds = p
        .rows
        .iter()
        .find(|r| r.subject == Subject::Indicator("beds_per_1000".into()))
        .expect("rebased");
    assert!(
        (beds.value().unwrap_or(0.0) - 5.12).abs() < 1e-9,
        "{beds:?}"
    );
    // The catalog's own per-10,000 indicators are not rebased.
    let got = rows("某某省2013年卫生统计公报\n年末全省每万人口全科医生数2.3人。\n");
    assert!(
        got.iter()
            .any(|r| r.1 == "gps_per_10000" && r.3 == Cmp::AtLeast(2.3)),
        "{got:#?}"
    );
}

#[test]
fn a_city_named_in_a_provinces_text_is_another_region() {
    let got = rows(
        "某某省2022年卫生健康事业发展统计公报\n年末全省每千常住人口医疗卫生机构床位数6.9张。其中,甲市每千常住人口床位数8.5张,乙州每千常住人口床位数4.2张。\n",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    has(&got, Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(6.9));
}

#[test]
fn a_groups_figure_is_not_the_regions() {
    let got = rows(
        "某某市2021年卫生健康事业发展统计公报\n年末全市每千人口医疗卫生机构床位数6.4张,其中城市8.1张、农村4.9张。全市人均预期寿命79.3岁,其中男性76.8岁,女性82.1岁。\n",
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2021, Cmp::AtLeast(6.4)),
            (Role::Figure, "life_expectancy", 2021, Cmp::AtLeast(79.3)),
        ],
    );
}

#[test]
fn an_enumeration_shares_a_base_per_ten_thousand_and_a_paragraphs_comparison_dates_it() {
    let got =
        rows("某某省2016年卫生统计公报\n年末每万人拥有卫生技术人员60.3人、执业医师21.2人。\n");
    assert!(
        got.iter()
            .any(|r| r.1 == "licensed_physicians_per_1000" && r.3 == Cmp::AtLeast(2.12)),
        "{got:#?}"
    );
    let got = rows(
        "五年来,民生福祉持续增进,婴幼儿托位数增至14.6万个,全市人均预期寿命较2020年提高1.16岁、达到79.72岁。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "nursery_places",
                2025,
                Cmp::AtLeast(146_000.0),
            ),
            (Role::Figure, "life_expectancy", 2025, Cmp::AtLeast(79.72)),
        ],
    );
}

#[test]
fn an_asides_year_stays_in_it_and_a_reviews_start_is_not_its_end() {
    let got = rows(&format!(
        "{HEAD}到2025年,每千常住人口医疗卫生机构床位数达到7.0张(2020年:6.2张),每千人口注册护士数达到3.8人。每千人口执业(助理)医师数由“十三五”末的2.6人提高到3.2人。"
    ));
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.0)),
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.2)),
            (Role::Target, "nurses_per_1000", 2025, Cmp::AtLeast(3.8)),
        ],
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.3 == Cmp::AtLeast(3.2)),
        "{got:#?}"
    );
}

#[test]
fn sub_figures_each_qualify_the_row_and_an_increase_stays_one() {
    let got = rows(&format!(
        "{HEAD}到2025年,全市每千常住人口拥有医疗卫生机构床位数达到6.8张,其中市办及以上医院2.0张、县办医院2.9张、基层医疗卫生机构1.9张。到2025年,全市人均预期寿命比2020年提高1岁左右。"
    ));
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.8)),
            (Role::Target, "beds_city_per_1000", 2025, Cmp::AtLeast(2.0)),
        ],
    );
    // 县办医院 alone is a part of the catalog's county beds (县办公立医院及基层), not them.
    assert!(
        !got.iter()
            .any(|r| r.1.starts_with("beds_") && r.3 == Cmp::AtLeast(2.9)),
        "{got:#?}"
    );
    assert!(
        !got.iter()
            .any(|r| r.1.starts_with("beds_") && r.3 == Cmp::AtLeast(1.9)),
        "{got:#?}"
    );
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::IncreaseBy(1.0),
    );
}

#[test]
fn under_a_heading_of_the_year_ahead_an_increase_is_a_goal() {
    let got = rows(
        "政府工作报告\n——2025年1月15日在某某省第十四届人民代表大会第三次会议上\n一、2024年工作回顾\n过去一年,人均预期寿命达到79.3岁。\n二、2025年工作安排\n推进健康某某建设,每千人口床位数达到7.2张,人均预期寿命提高0.3岁。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2024, Cmp::AtLeast(79.3)),
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.2)),
            (Role::Target, "life_expectancy", 2025, Cmp::IncreaseBy(0.3)),
        ],
    );
}

#[test]
fn a_past_goal_named_is_no_figure_but_what_was_reached_is() {
    let got = rows(
        "某某市“十四五”卫生健康规划\n成文日期: 2021年10月08日\n“十三五”规划确定的每千人口医疗卫生机构床位数6张的目标顺利完成,实际达到6.4张。\n",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    has(&got, Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.4));
}

#[test]
fn a_comparisons_own_figure_is_of_its_year() {
    let got = rows(
        "某某市2022年卫生健康事业发展统计公报\n2022年全市每千人口床位数6.5张,较2021年的6.3张增加0.2张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(6.5)),
            (Role::Figure, "beds_per_1000", 2021, Cmp::AtLeast(6.3)),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn an_undated_report_reviewing_a_period_reports_its_last_year_and_plans_the_next() {
    let got = rows(
        "这是民生福祉持续增进的五年。\n全省每千人口床位数提高到6.9张,人均预期寿命提高到78.2岁。\n回顾“十四五”,成绩来之不易。\n二、“十五五”主要目标任务\n(五)提高人民生活品质。\n人均预期寿命再提高1岁,每千人口执业(助理)医师数达到3.6人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(6.9)),
            (Role::Figure, "life_expectancy", 2025, Cmp::AtLeast(78.2)),
            (Role::Target, "life_expectancy", 2030, Cmp::IncreaseBy(1.0)),
            (Role::Target, "physicians_per_1000", 2030, Cmp::AtLeast(3.6)),
        ],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn a_bulletins_counts_and_their_densities_named_once() {
    let got = rows(
        "某某市2023年卫生健康事业发展统计公报\n截至2023年末,全市每千人口床位5.91张,高于全省平均水平0.41张。卫生技术人员2.64万人,每千人口卫生技术人员7.72人,其中执业(助理)医师1.02万人、注册护士1.17万人,每千人口分别为2.98人和3.42人。人均预期寿命78.9岁,比全国平均水平高0.9岁。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(5.91)),
            (
                Role::Figure,
                "health_technicians_per_1000",
                2023,
                Cmp::AtLeast(7.72),
            ),
            (
                Role::Figure,
                "physicians_per_1000",
                2023,
                Cmp::AtLeast(2.98),
            ),
            (Role::Figure, "nurses_per_1000", 2023, Cmp::AtLeast(3.42)),
            (Role::Figure, "life_expectancy", 2023, Cmp::AtLeast(78.9)),
        ],
    );
    // 1.02万人 is a count, not a density on the row's base; 0.41 and 0.9 are differences.
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(26_400.0),
            ),
            (Role::Figure, "physicians", 2023, Cmp::AtLeast(10_200.0)),
            (Role::Figure, "nurses", 2023, Cmp::AtLeast(11_700.0)),
        ],
    );
    assert_eq!(got.len(), 8, "{got:#?}");
}

#[test]
fn a_base_the_catalog_does_not_count_by_gives_nothing() {
    let got = rows(
        "某某市2024年统计公报\n2024年末,每千人口药师(士)0.48人,每床位配备护士0.58人,每百张床位配备药师1.2人。\n",
    );
    has(
        &got,
        Role::Figure,
        "pharmacists_per_1000",
        2024,
        Cmp::AtLeast(0.48),
    );
    assert_eq!(got.len(), 1, "{got:#?}");
}

#[test]
fn so_far_this_year_reports_the_documents_year() {
    let got = rows(
        "市卫健委召开上半年工作新闻发布会\n发布时间:2024-07-16 来源:市卫生健康委\n今年以来,各项工作扎实推进。截至6月底,全市每千常住人口执业(助理)医师数达3.31人;每千常住人口注册护士数达3.94人。\n下一步,力争到年底每千人口托位数达到4.2个。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "physicians_per_1000",
                2024,
                Cmp::AtLeast(3.31),
            ),
            (Role::Figure, "nurses_per_1000", 2024, Cmp::AtLeast(3.94)),
            (
                Role::Target,
                "nursery_places_per_1000",
                2024,
                Cmp::AtLeast(4.2),
            ),
        ],
    );
    assert_eq!(got.len(), 3, "{got:#?}");
}

/// News of a plan's mid-term review (a title that reports), out in August 2023: its undated
/// figures are of the latest year it reports (截至2022年底), not of the page's year.
#[test]
fn a_reviews_undated_figures_are_of_its_latest_year() {
    let got = rows(
        "来源:某某日报 发布时间:2023-08-14 08:41\n\n某市“十四五”卫生健康规划中期评估结果出炉\n\n记者日前从市卫健委获悉,规划中期评估工作已完成。\n截至2022年底,全市人均预期寿命达到79.52岁。\n资源配置方面,全市每千人口医疗卫生机构床位数6.91张,每千人口执业(助理)医师数2.97人。下一步,确保到2025年每千人口执业(助理)医师数达到3.2人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(6.91)),
            (
                Role::Figure,
                "physicians_per_1000",
                2022,
                Cmp::AtLeast(2.97),
            ),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.2)),
        ],
    );
}

/// A goal the figures are held up to is no goal of theirs: "距离2025年80岁的目标仅一步之遥。
/// …分别为7.36/10万和2.41‰,均优于规划目标", "(0.62人)…与目标仍有差距"; the goal itself named
/// ("距“十四五”末80.5岁的奋斗目标还有一定差距") stays one.
#[test]
fn figures_held_up_to_a_goal() {
    let got = rows(
        "某市卫生健康规划中期评估新闻发布会\n\n截至2022年底,全市人均预期寿命达到79.52岁,距离2025年80岁的目标仅一步之遥。孕产妇死亡率、婴儿死亡率分别为7.36/10万和2.41‰,均优于规划目标。每千人口公共卫生人员数(0.62人)、医护比(1:1.16)与目标仍有差距。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "maternal_mortality", 2022, Cmp::AtLeast(7.36)),
            (Role::Figure, "infant_mortality", 2022, Cmp::AtLeast(2.41)),
            (Role::Figure, "doctor_nurse_ratio", 2022, Cmp::AtLeast(1.16)),
        ],
    );
    assert!(!got.iter().any(|r| r.0 == Role::Target), "{got:#?}");
    let got = rows(
        "某市2024年卫生健康工作总结\n\n2024年,全市居民人均预期寿命达到80.06岁,距“十四五”末80.5岁的奋斗目标还有一定差距。\n",
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.3.value() == Some(80.5)),
        "{got:#?}"
    );
}

/// "低于“十四五”规划提出的2025年3.93人的目标": the plan and its goal's year are held up to, no
/// time of the sentences after.
#[test]
fn a_plans_goal_held_up_to_dates_nothing_after() {
    let got = rows(
        "某某市卫生健康事业发展“十四五”规划中期评估\n截至2023年底,每万人口全科医生数3.12人,低于“十四五”规划提出的2025年3.93人的目标。孕产妇死亡率8.93/10万。\n",
    );
    has(
        &got,
        Role::Figure,
        "maternal_mortality",
        2023,
        Cmp::AtLeast(8.93),
    );
}

/// No tracked goal labelled with places listed ("甲县、乙市…分别仅为2.36人、2.51人") or with a
/// province's goal ("(省定目标分别为12/10万、5‰、7‰)").
#[test]
fn no_goal_labelled_by_places_or_the_provinces_goal() {
    let got = rows(
        "某某市卫生健康事业发展“十四五”规划中期评估\n截至2023年底,每万人口全科医生数3.12人,低于“十四五”规划提出的2025年3.93人的目标。浮梁县、乐平市每千人口执业(助理)医师分别仅为2.36人、2.51人。孕产妇死亡率8.93/10万,均控制在省定目标以内(省定目标分别为12/10万、5‰、7‰)。\n",
    );
    assert!(
        !got.iter()
            .any(|r| r.3.value() == Some(2.36) || r.3.value() == Some(12.0)),
        "{got:#?}"
    );
}

/// "每千人拥有执业医师2.01人(含执业助理医师)": the catalog's 执业(助理)医师.
#[test]
fn licensed_physicians_with_assistants_counted_in() {
    let got = rows(
        "某某县2023年国民经济和社会发展统计公报\n卫生:全县共有医疗卫生机构281个,每千人拥有执业医师2.01人(含执业助理医师)、注册护士2.56人。\n",
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2023,
        Cmp::AtLeast(2.01),
    );
    assert!(!got.iter().any(|r| r.1.starts_with("licensed")), "{got:#?}");
}

/// "2023年工作计划" on a line of its own opens that year's plan; "医护比为1比1.13" is one ratio.
#[test]
fn an_unnumbered_years_section_and_a_ratio_in_words() {
    let got = rows(
        "2022年工作总结\n全县人均期望寿命达到78.35岁。千人均床位数5.6张,医护比为1比1.13。\n2023年工作计划\n千人均床位数达到5.9张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(5.6)),
            (Role::Target, "beds_per_1000", 2023, Cmp::AtLeast(5.9)),
        ],
    );
    assert_eq!(
        values_of(&got, "doctor_nurse_ratio"),
        vec![1.13],
        "{got:#?}"
    );
}

/// "…本科及以上学历占比仅为28.6%" in a plan: how little there is now, no goal.
#[test]
fn only_so_much_now_is_no_goal() {
    let got = rows_or_none(
        "某县“十四五”卫生健康规划\n全县卫生技术人员中本科及以上学历占比仅为28.6%。到2025年,每千人口床位数达到6.5张。\n",
    );
    assert!(!got.iter().any(|r| r.cmp.value() == Some(28.6)), "{got:#?}");
}

/// "某县人民医院2024年工作总结": one hospital's own text gives no figure of the county's, and
/// says why.
#[test]
fn one_institutions_own_text() {
    let text = "某某县人民医院2024年工作总结及2025年工作计划\n发布时间:2025-01-08\n\n2024年,医院实际开放床位1150张,卫生技术人员1296人,其中执业(助理)医师432人、注册护士651人。\n";
    assert!(rows_or_none(text).is_empty());
    assert_eq!(
        super::super::import(text, &hps_model::catalog::Catalog::builtin()).err(),
        Some(super::super::ImportError::OnlyOtherScopes)
    );
}

/// "其中县人民医院编制床位600张、实际开放床位820张": one hospital's, every figure of the clause.
#[test]
fn a_clause_of_one_institution_after_qizhong() {
    let got = rows(
        "某县2023年卫生健康概况\n全县医疗卫生机构实有床位3 215张,比上年增加186张,其中县人民医院编制床位600张、实际开放床位820张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![3215.0], "{got:#?}");
}

/// "特困供养机构床位1 260张": the care homes' beds, no health institution's.
#[test]
fn care_homes_for_those_without_support() {
    let got =
        rows_or_none("某县2023年概况\n全县医疗卫生机构床位3 516张。特困供养机构床位1 260张。\n");
    assert!(
        !got.iter().any(|r| r.cmp.value() == Some(1260.0)),
        "{got:#?}"
    );
}

/// "2019—2023年,…分别为…;每千人口注册护士分别为2.48人、…和3.06人": the span carried past
/// the semicolon pairs with the second list too.
#[test]
fn a_span_carried_to_the_next_list() {
    let got = rows(
        "2019—2023年,全市每千人口床位数分别为5.62张、5.87张、6.15张、6.58张和7.02张;每千人口注册护士分别为2.48人、2.61人、2.73人、2.90人和3.06人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "nurses_per_1000", 2019, Cmp::AtLeast(2.48)),
            (Role::Figure, "nurses_per_1000", 2023, Cmp::AtLeast(3.06)),
        ],
    );
    assert_eq!(
        got.iter()
            .filter(|r| r.1 == "nurses_per_1000" && r.2 == 2023)
            .count(),
        1,
        "{got:#?}"
    );
}

/// "“十三五”末,全市…达到6.21张,…较“十二五”末分别增加1.36张…": the period's end the sentence
/// opens on is what was reached then; the changes are no goals.
#[test]
fn a_periods_end_opening_a_sentence() {
    let got = rows(
        "“十三五”末,全市每千人口医疗卫生机构床位数达到6.21张,每千人口执业(助理)医师2.74人,较“十二五”末分别增加1.36张、0.52人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.21)),
            (
                Role::Figure,
                "physicians_per_1000",
                2020,
                Cmp::AtLeast(2.74),
            ),
        ],
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
}

/// "每千常住人口床位数6.48张(其中公立医疗机构4.73张)": the public institutions' part.
#[test]
fn public_institutions_are_a_part() {
    for text in [
        "2021年末,全市每千常住人口床位数6.48张(其中公立医疗机构4.73张)。\n",
        "2021年末,全市每千常住人口床位数6.48张,其中公立医疗机构4.73张。\n",
    ] {
        let got = rows(text);
        assert_eq!(values_of(&got, "beds_per_1000"), vec![6.48], "{got:#?}");
    }
}

/// The year's plan or a goal in brackets beside a figure ("2.81人(目标2.9人)", "3.77人(计划值
/// 3.8人)", "目标以内(分别为6‰、5‰和15/10万)"): neither a figure nor a goal of the text's, and
/// the figures after them stay figures.
#[test]
fn plans_and_goals_in_brackets_beside_figures() {
    let got = rows(
        "某市2023年卫生健康事业发展统计公报\n2023年,全市每千常住人口执业(助理)医师2.81人(目标2.9人),注册护士3.77人(计划值3.8人)。全市婴儿死亡率和孕产妇死亡率分别为2.71‰和11.52/10万,均控制在市下达的目标以内(分别为5‰和15/10万)。\n",
    );
    assert_eq!(
        values_of(&got, "physicians_per_1000"),
        vec![2.81],
        "{got:#?}"
    );
    assert_eq!(values_of(&got, "nurses_per_1000"), vec![3.77], "{got:#?}");
    assert_eq!(
        values_of(&got, "maternal_mortality"),
        vec![11.52],
        "{got:#?}"
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
}

/// A PDF's short line broken inside a count ("卫生技术人" / "员11" / "536人", "…11," / "536人"):
/// the count runs on into the next line.
#[test]
fn counts_broken_over_short_lines() {
    let got = rows(
        "某市2017年国民经济和社会发展统计公报\n全市卫生机构共有床位数9786张。卫生技术人\n员11\n536人,其中执业(助理)医师4\n218人,注册护士4635人。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2017,
                Cmp::AtLeast(11536.0),
            ),
            (Role::Figure, "physicians", 2017, Cmp::AtLeast(4218.0)),
        ],
    );
    let got = rows("2017年某市\n年末卫生技术人员11,\n536人,注册护士4635人。\n");
    assert_eq!(
        values_of(&got, "health_technicians"),
        vec![11536.0],
        "{got:#?}"
    );
}

/// "遵义市介绍,该市每千常住人口床位数已达8.41张": the place named before, not the text's; a
/// province's 全州 after its prefecture is named is that prefecture's.
#[test]
fn that_city_and_a_named_prefectures_whole() {
    let got = rows(
        "2025年全省卫生健康工作会议召开\n发布时间:2025-02-20 来源:某某省卫生健康委\n\n会议指出,2024年全省每千常住人口床位数达到7.92张。会上,遵义市、黔东南州等地作交流发言。遵义市介绍,该市每千常住人口床位数已达8.41张;黔东南州通过“县管乡用”盘活人才,全州每千常住人口注册护士数达到4.05人。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.92], "{got:#?}");
    assert!(values_of(&got, "nurses_per_1000").is_empty(), "{got:#?}");
}

/// "2024年民生实事项目完成情况及2025年民生实事项目安排": what it says without a year is of 2024;
/// "2025年,计划实施民生实事11项,其中:…;每万人口全科医生数达到4人" plans 2025.
#[test]
fn a_years_projects_done_and_planned() {
    let got = rows(
        "某某区2024年民生实事项目完成情况及2025年民生实事项目安排\n\n发布时间:2025-01-22\n\n2024年,某某区确定的12项民生实事全部完成。\n——医疗服务升级。全区医疗卫生机构床位总数达到1983张。\n2025年,计划实施民生实事11项,其中:每千人口拥有3岁以下婴幼儿托位数达到4.5个;每万人口全科医生数达到4人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2024, Cmp::AtLeast(1983.0)),
            (Role::Target, "gps_per_10000", 2025, Cmp::AtLeast(4.0)),
        ],
    );
    assert!(!got.iter().any(|r| r.3.value() == Some(11.0)), "{got:#?}");
}

/// "鼓楼区介绍,全区每千常住人口…9.6人" in a city's news: the district's whole, not the city's.
#[test]
fn a_named_districts_whole_in_a_citys_text() {
    let got = rows(
        "某某市召开2025年全市卫生健康工作会议\n发布时间:2025-02-26 来源:某某市卫生健康委\n\n会议指出,2024年全市人均预期寿命达到80.62岁。会上,鼓楼区、长乐区卫生健康局作交流发言。鼓楼区介绍,全区每千常住人口执业(助理)医师数已达9.6人。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2024,
        Cmp::AtLeast(80.62),
    );
    assert!(
        values_of(&got, "physicians_per_1000").is_empty(),
        "{got:#?}"
    );
}

/// "某某概况(2024年版)": an edition's year is no year the page reports; its undated figures
/// are of the latest year it names (2023年末).
#[test]
fn an_editions_year_is_not_reported() {
    let got = rows(
        "某某区概况（2024年版）\n\n【人口】2023年末常住人口88.26万人。\n【卫生】全区人均预期寿命81.2岁。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2023,
        Cmp::AtLeast(81.2),
    );
    assert!(!got.iter().any(|r| r.2 == 2024), "{got:#?}");
}

/// A note under a province's table, "注:全国2022年每千人口床位数为6.92张,每千人口卫生技术人员
/// 为8.27人": the nation's, every clause of it.
#[test]
fn a_notes_nation_goes_on() {
    let got = rows_or_none(
        "某某省统计年鉴2023\n注:全国2022年每千人口床位数为6.92张,每千人口卫生技术人员为8.27人。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

/// "与2022年末相比,床位增加72张。" gives no figure and no year to the sentence after it.
#[test]
fn a_comparisons_year_stays_in_its_sentence() {
    let got = rows(
        "某市2023年国民经济和社会发展统计公报\n\n年末全市医疗卫生机构床位2160张。与2022年末相比,床位增加72张。全市婴儿死亡率3.1‰。\n",
    );
    has(
        &got,
        Role::Figure,
        "infant_mortality",
        2023,
        Cmp::AtLeast(3.1),
    );
    assert!(!got.iter().any(|r| r.2 == 2022), "{got:#?}");
}

/// "截至去年底,…" in news of February 2024: the page reports 2023, and a paragraph after it
/// with no year of its own is of 2023 too.
#[test]
fn news_as_of_last_year() {
    let got = rows(
        "我市医疗资源持续扩容\n2024-02-27 08:15 来源:某某日报\n\n本报讯 昨日,记者从市卫生健康委获悉,截至去年底,我市医疗卫生机构床位数达到4.12万张,比上年末增加2310张。\n\n人才队伍方面,全市卫生技术人员达到4.96万人,每千人口执业(助理)医师3.51人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(41200.0)),
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(49600.0),
            ),
            (
                Role::Figure,
                "physicians_per_1000",
                2023,
                Cmp::AtLeast(3.51),
            ),
        ],
    );
    assert!(!got.iter().any(|r| r.2 == 2024), "{got:#?}");
}

/// "由2020年的5.6张增加到2023年的6.4张,但距离“十四五”规划目标7.0张仍有差距": where the review
/// went, in a year before the one the sentence aims at, was reached.
#[test]
fn a_review_short_of_its_periods_goal() {
    let got = rows(
        "某市医疗资源扩容提质\n\n近年来,全市每千人口床位由2020年的5.6张增加到2023年的6.4张,但距离“十四五”规划目标7.0张仍有差距。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.4)),
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(5.6)),
        ],
    );
    assert!(
        !got.iter().any(|r| r.0 == Role::Target && r.2 == 2023),
        "{got:#?}"
    );
}

/// A news page copied from its lead: the lead's first sentence stands for the headline, so a
/// goal later in the paragraph (将, 力争) does not make the told figures goals.
#[test]
fn a_news_lead_without_headline() {
    let got = rows(
        "本报讯(记者 王丽)3月12日,记者从某市卫生健康委获悉,2024年我市卫生健康事业稳步发展,年末全市医疗卫生机构床位数达到8.12万张,每千人口床位数7.12张。今年,我市将新增床位800张,力争每千人口床位达到7.4张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2024, Cmp::AtLeast(81200.0)),
            (Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(7.12)),
        ],
    );
    assert!(
        !got.iter().any(|r| r.0 == Role::Target && r.2 == 2024),
        "{got:#?}"
    );
}

/// "关于2024年度…工作情况的报告", out in March 2025: a year's work reported on; its undated
/// figures are of that year, even with next year's goals at its end.
#[test]
fn a_report_on_a_years_work() {
    let got = rows(
        "某县人民政府\n关于2024年度健康某县建设工作情况的报告\n\n发布时间:2025-03-20\n\n一、工作成效\n全县共有医疗卫生机构392个,实有床位2781张;每千人口床位6.38张。全县卫生人员3614人,卫生技术人员2917人。\n二、下一步打算\n2025年,力争每千人口执业(助理)医师数达到2.8人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2024, Cmp::AtLeast(2781.0)),
            (Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(6.38)),
            (Role::Figure, "health_workers", 2024, Cmp::AtLeast(3614.0)),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(2.8)),
        ],
    );
}

/// "在2020年77.8岁的基础上提高1岁左右": the base's figure between its year and 基础上 leaves
/// the goals after it in their year.
#[test]
fn a_base_years_figure_before_its_base() {
    let got = rows(
        "某省“十四五”卫生健康规划\n到2025年,全省人均预期寿命在2020年77.8岁的基础上提高1岁左右,达到78.8岁;每千人口医疗卫生机构床位数达到7.0张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.0)),
            (Role::Target, "life_expectancy", 2025, Cmp::AtLeast(78.8)),
        ],
    );
    assert!(
        !got.iter().any(|r| r.0 == Role::Target && r.2 == 2020),
        "{got:#?}"
    );
}

#[test]
fn a_goal_on_a_base_year_and_the_level_after_its_change() {
    let got = rows(
        "某某市“十四五”卫生健康规划\n发布日期:2022-03-02\n到2025年,每千常住人口床位数达到6.8张,其中中医类医院床位数0.9张;人均预期寿命在2020年基础上提高1岁,达到79.9岁;婴儿死亡率控制在4‰以下。人均预期寿命比2020年提高0.5岁,达到79.4岁。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.8)),
            (Role::Target, "life_expectancy", 2025, Cmp::AtLeast(79.9)),
            (Role::Target, "life_expectancy", 2025, Cmp::AtLeast(79.4)),
            (Role::Target, "infant_mortality", 2025, Cmp::AtMost(4.0)),
        ],
    );
    // 中医类医院 without 公立 is not the catalog's public TCM beds.
    assert!(!got.iter().any(|r| r.1.contains("tcm")), "{got:#?}");
    assert!(
        !got.iter().any(|r| r.2 == 2020),
        "the base year is a comparison: {got:#?}"
    );
}

#[test]
fn a_county_areas_figure_is_a_group_and_a_year_end_review_dates_both_sides() {
    let got = rows(
        "某某省2021年卫生健康事业发展统计公报\n每千人口医疗卫生机构床位由2020年末的6.31张增加到2021年末的6.52张。全省县域内每千人口床位数5.6张,主城区每千人口床位数9.3张。\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "beds_per_1000".into(),
                2020,
                Cmp::AtLeast(6.31),
                false
            ),
            (
                Role::Figure,
                "beds_per_1000".into(),
                2021,
                Cmp::AtLeast(6.52),
                false
            ),
        ]
    );
}

#[test]
fn this_year_and_next_are_named_from_the_documents_year() {
    // 明年 in the sentence, and a heading of next year or this year: goals of that year, stated.
    let got = rows(
        "某某县卫生健康局2023年工作总结\n一、工作成效\n全县每千人口执业(助理)医师2.95人。\n二、明年工作打算\n每千人口床位数达到6.5张。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "physicians_per_1000",
                2023,
                Cmp::AtLeast(2.95),
            ),
            (Role::Target, "beds_per_1000", 2024, Cmp::AtLeast(6.5)),
        ],
    );
    assert!(
        got.iter().all(|r| !(r.0 == Role::Target && r.4)),
        "{got:#?}"
    );
    let got =
        rows("某某县卫生健康局2023年工作总结\n明年工作打算:力争每万人口全科医生数达到4人。\n");
    has(&got, Role::Target, "gps_per_10000", 2024, Cmp::AtLeast(4.0));
    let got = rows(
        "2024年某某县政府工作报告\n一、2023年工作回顾\n全县每千人口床位数6.8张。\n二、今年主要工作\n每万人口全科医生数达到4人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.8)),
            (Role::Target, "gps_per_10000", 2024, Cmp::AtLeast(4.0)),
        ],
    );
    // "今年以来" looks back: no heading of the year ahead.
    let got = rows(
        "某某县卫生健康局2023年工作总结\n二、今年以来工作成效\n全县每千人口注册护士3.42人。\n",
    );
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2023,
        Cmp::AtLeast(3.42),
    );
}

#[test]
fn a_figure_per_registered_resident_is_on_another_basis() {
    let text = "某某市2022年卫生健康事业发展统计公报\n按户籍人口计算,每千人口床位7.2张;按常住人口计算,每千人口床位6.5张。户籍人口每千人口执业(助理)医师3.4人。\n";
    let p = import(text, &Catalog::builtin()).expect("imports");
    let got: Vec<_> = p
        .rows
        .iter()
        .map(|r| (r.subject.clone(), r.cmp, r.basis))
        .collect();
    // Beside the resident figure the registered one is set aside and said so; alone, it is
    // proposed marked, for the page to ask about.
    assert_eq!(
        got,
        vec![
            (
                Subject::Indicator("beds_per_1000".into()),
                Cmp::AtLeast(6.5),
                None
            ),
            (
                Subject::Indicator("physicians_per_1000".into()),
                Cmp::AtLeast(3.4),
                Some(super::super::Basis::Registered)
            ),
        ]
    );
    let other: Vec<&str> = p
        .unresolved
        .iter()
        .filter(|u| u.reason == super::super::Reason::OtherBasis)
        .map(|u| u.quote.as_str())
        .collect();
    assert_eq!(other.len(), 1, "{:#?}", p.unresolved);
}

#[test]
fn a_list_of_years_pairs_with_the_figures_after_respectively() {
    let got = rows(&format!(
        "{HEAD}到2025年和2035年,每千人口执业(助理)医师数分别达到3.2人和3.6人。到2025年、2030年,每千人口注册护士数分别达到3.8人、4.2人,医护比达到1:1.2。\n"
    ));
    has_all(
        &got,
        &[
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.2)),
            (Role::Target, "physicians_per_1000", 2035, Cmp::AtLeast(3.6)),
            (Role::Target, "nurses_per_1000", 2025, Cmp::AtLeast(3.8)),
            (Role::Target, "nurses_per_1000", 2030, Cmp::AtLeast(4.2)),
        ],
    );
    // The ratio after the pairs is of both years or either: none is guessed.
    assert_eq!(got.len(), 4, "{got:#?}");
    // Figures that do not pair one a year: no year is guessed for them.
    let got = import(
        &format!(
            "{HEAD}到2025年和2035年,每千人口床位数和执业(助理)医师数分别达到6.5张、3.2人和7张、3.6人。\n"
        ),
        &Catalog::builtin(),
    );
    assert!(
        got.as_ref()
            .is_err_and(|e| *e == super::super::ImportError::NoFigure),
        "{got:#?}"
    );
}

#[test]
fn a_bracket_the_figure_stands_in_is_no_part_of_its_label() {
    let p = import(
        &format!("{HEAD}到2025年,每千人口床位数达到6.5张(其中中医床位0.9张)。\n"),
        &Catalog::builtin(),
    )
    .expect("imports");
    let labels: Vec<String> = p
        .rows
        .iter()
        .filter_map(|r| match &r.subject {
            Subject::Tracked { label, .. } => Some(label.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(labels, vec!["中医床位".to_string()]);
}

#[test]
fn a_press_conference_on_a_periods_achievements_reports_what_was_reached() {
    // Undated: the figures are of the period's end, marked assumed; 提升至 reports here.
    let got = rows(
        "某某市“十四五”卫生健康发展成就新闻发布会\n在新闻发布会上,市卫生健康委主任介绍了五年来的工作成效。\n全市每千人口医疗卫生机构床位数提升至7.2张,每万人口全科医生数达4.1人。\n下一步,我市将锚定“十五五”目标任务,持续推进健康建设。\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "beds_per_1000".into(),
                2025,
                Cmp::AtLeast(7.2),
                true
            ),
            (
                Role::Figure,
                "gps_per_10000".into(),
                2025,
                Cmp::AtLeast(4.1),
                true
            ),
        ]
    );
    // "“十三五”以来" starts a review at the period's base year; the goal a report names is the
    // reviewed plan's, and a difference from a goal or an average is no figure.
    let got = rows(
        "某某市“十三五”卫生健康发展成就新闻发布会\n2020年11月20日,市政府新闻办举行新闻发布会。\n“十三五”以来,全市每千人口床位数从4.8张增加到6.2张,提前完成“十三五”规划目标(5.5张)。预计到2020年底,每千人口执业(助理)医师达到2.8人,比“十三五”规划目标高0.3人。全市每千人口注册护士达到3.1人,超过规划确定的3.0人的目标。\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "beds_per_1000".into(),
                2015,
                Cmp::AtLeast(4.8),
                false
            ),
            (
                Role::Figure,
                "beds_per_1000".into(),
                2020,
                Cmp::AtLeast(6.2),
                true
            ),
            (
                Role::Figure,
                "physicians_per_1000".into(),
                2020,
                Cmp::AtLeast(2.8),
                false
            ),
            // The sentence before named 2020年底 for the paragraph.
            (
                Role::Figure,
                "nurses_per_1000".into(),
                2020,
                Cmp::AtLeast(3.1),
                false
            ),
        ]
    );
}

#[test]
fn a_level_after_a_growth_names_what_grew_and_a_changes_words_leave_its_label() {
    let got = rows(&format!(
        "{HEAD}到2025年,全市床位总数年均增长3%,每千人口执业(助理)医师数增长10%以上,达到3.2人。到2025年,每千人口注册护士数较2020年增长20%。\n"
    ));
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.2),
    );
    // (A yearly growth says so: 年均增长; a level's rise by a share says it is one: 增长(%).)
    for label in [
        "tracked:床位总数年均增长",
        "tracked:每千人口注册护士数增长(%)",
    ] {
        assert!(got.iter().any(|r| r.1 == label), "{label} in {got:#?}");
    }
}

#[test]
fn a_bracketed_average_of_the_province_and_last_years_figure() {
    // No region named, but "我市": the province's average is another region's.
    let got = rows(
        "我市发布2023年卫生健康事业发展统计公报\n发布时间:2024-06-03\n每千人口医疗卫生机构床位数6.6张(全省平均6.1张),每万人口全科医生3.8人(全省3.5人)。\n",
    );
    assert_eq!(
        got.iter().map(|r| (r.1.as_str(), r.3)).collect::<Vec<_>>(),
        vec![
            ("beds_per_1000", Cmp::AtLeast(6.6)),
            ("gps_per_10000", Cmp::AtLeast(3.8))
        ],
        "{got:#?}"
    );
    // 上年为 dates the figure a year before the report's.
    let got = rows("某某市2023年卫生健康事业发展统计公报\n每千人口床位6.6张(上年为6.3张)。\n");
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.6)),
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(6.3)),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_comparisons_bracketed_figure_is_of_its_year_and_a_period_starts_a_review() {
    let got = rows(
        "《某某市“十四五”卫生健康发展规划》解读\n发布日期:2022-03-15\n到2025年,全市每千人口床位数达到6.5张,较2020年(5.6张)增加0.9张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.5)),
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(5.6)),
        ],
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Target && r.3 == Cmp::AtLeast(5.6)),
        "{got:#?}"
    );
    let got = rows(
        "《某某市“十四五”卫生健康发展规划》解读\n发布日期:2022-03-15\n每千人口床位数从“十三五”末的5.6张增加到6.5张。\n",
    );
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "beds_per_1000".into(),
            2020,
            Cmp::AtLeast(5.6),
            false
        )]
    );
}

#[test]
fn a_list_or_a_span_of_years_with_respectively_gives_each_year_its_figure() {
    for text in [
        "某某市2023年卫生健康事业发展统计公报\n2021年、2022年、2023年全市每千人口床位数分别为6.1张、6.3张、6.5张。\n",
        "某某市2023年卫生健康事业发展统计公报\n2021—2023年,全市每千人口床位数分别为6.1张、6.3张、6.5张。\n",
    ] {
        assert_eq!(
            rows(text),
            vec![
                (
                    Role::Figure,
                    "beds_per_1000".into(),
                    2021,
                    Cmp::AtLeast(6.1),
                    false
                ),
                (
                    Role::Figure,
                    "beds_per_1000".into(),
                    2022,
                    Cmp::AtLeast(6.3),
                    false
                ),
                (
                    Role::Figure,
                    "beds_per_1000".into(),
                    2023,
                    Cmp::AtLeast(6.5),
                    false
                ),
            ],
            "{text}"
        );
    }
}

#[test]
fn a_second_reads_cases_stay_figures_of_their_own_years() {
    // A heading of this year that reviews does not plan.
    let got = rows(
        "某某市卫生健康局2023年工作总结\n一、今年工作完成情况\n全市每千人口床位数达到6.8张。\n",
    );
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "beds_per_1000".into(),
            2023,
            Cmp::AtLeast(6.8),
            false
        )]
    );
    // 上年的 starts a review a year back once; the end is the report's year.
    let got =
        rows("某某市2023年卫生健康事业发展统计公报\n每千人口床位数由上年的6.3张增加到6.6张。\n");
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(6.3)),
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.6)),
        ],
    );
    // 去年 naming the time of a look back is not "the year before" it.
    let got = rows("2024年某某县政府工作报告\n过去一年,去年全县每千人口床位数达到6.8张。\n");
    has(&got, Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.8));
    // The 明年 nearest before the figure, not the sentence's first 今年.
    let got = rows(
        "某某县卫生健康局2023年工作总结\n今年每千人口注册护士3.4人,明年力争每千人口床位数达到7张。\n",
    );
    has(&got, Role::Target, "beds_per_1000", 2024, Cmp::AtLeast(7.0));
    // Figures of two names over a span of two years are not the years'.
    assert!(
        import(
            "某某市2023年卫生健康事业发展统计公报\n2022—2023年,每千人口床位数和执业(助理)医师数分别达到6.5张和3.2人。\n",
            &Catalog::builtin()
        )
        .map_or(true, |p| p.rows.is_empty())
    );
    // A registered population named before is no basis for the figure after it; the resident
    // population starts the levers; a count of 6.5 beds is none.
    let p = import(
        "某某市2023年卫生健康事业发展统计公报\n全市户籍人口85万人,常住人口92.3万人。每千人口床位数6.8张。今年床位达到6.5张。\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert_eq!(p.population.map(|(f, _)| f.value), Some(923_000.0));
    let beds: Vec<_> = p
        .rows
        .iter()
        .map(|r| (r.subject.clone(), r.basis))
        .collect();
    assert_eq!(
        beds,
        vec![(Subject::Indicator("beds_per_1000".into()), None)],
        "{:#?}",
        p.rows
    );
}

#[test]
fn a_line_that_opens_a_list_dates_its_items_and_a_colon_joins_a_name_to_its_figure() {
    let got = rows(
        "某某县“十四五”卫生健康规划\n(二)主要指标\n到2025年,主要健康指标如下:\n1.每千人口医疗卫生机构床位数:6.5张;\n2.每千人口执业(助理)医师数:3.2人;\n3.人均预期寿命:79岁以上。\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Target,
                "beds_per_1000".into(),
                2025,
                Cmp::AtLeast(6.5),
                false
            ),
            (
                Role::Target,
                "physicians_per_1000".into(),
                2025,
                Cmp::AtLeast(3.2),
                false
            ),
            (
                Role::Target,
                "life_expectancy".into(),
                2025,
                Cmp::AtLeast(79.0),
                false
            ),
        ]
    );
    let got = rows(
        "某某市卫生健康事业发展情况\n截至2023年底:\n1.每千人口医疗卫生机构床位数:6.5张;\n2.每千人口注册护士数:3.6人。\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "beds_per_1000".into(),
                2023,
                Cmp::AtLeast(6.5),
                false
            ),
            (
                Role::Figure,
                "nurses_per_1000".into(),
                2023,
                Cmp::AtLeast(3.6),
                false
            ),
        ]
    );
}

#[test]
fn a_rates_level_in_percent_is_a_figure_a_change_in_percent_never() {
    let got = rows(
        "某某市2017年国民经济和社会发展统计公报\n常住居民家庭医生签约率30%以上,重点人群签约率达到60%。卫生技术人员比上年增长3.2%。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "family_doctor_coverage",
                2017,
                Cmp::AtLeast(30.0),
            ),
            (
                Role::Figure,
                "family_doctor_coverage_key",
                2017,
                Cmp::AtLeast(60.0),
            ),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    // A group's rate, after the region's or on its own, is not the region's.
    let got = rows(
        "某某市2024年政府工作报告\n2024年,全市家庭医生签约服务覆盖率达到45%,其中65岁以上老年人签约率达到80%;慢病患者家庭医生签约率达到70%。\n",
    );
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "family_doctor_coverage".into(),
            2024,
            Cmp::AtLeast(45.0),
            false
        )]
    );
}

#[test]
fn words_inside_brackets_and_older_names_keep_a_figure_what_it_is() {
    // "(所、站)" ends no name: the technicians of the 妇幼 institutions are a part, not the
    // region's 696 technicians; neither are the disease-control centre's its whole staff.
    let got = rows(
        "某某市2022年统计公报\n年末卫生技术人员18887人。按机构分,妇幼保健院(所、站)机构卫生技术人员696人,疾病预防控制中心(防疫站)卫生技术人员238人。\n",
    );
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "health_technicians".into(),
            2022,
            Cmp::AtLeast(18887.0),
            true
        )]
    );
    // 出生性别比 is a ratio of the population, not its count; 户籍人口期望寿命 is a life expectancy.
    let got =
        rows("某某市2017年统计公报\n户籍人口期望寿命达到83.37岁;全市常住人口出生性别比为107。\n");
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "life_expectancy".into(),
            2017,
            Cmp::AtLeast(83.37),
            true
        )]
    );
}

#[test]
fn a_news_text_of_a_years_bulletin_reports_its_figures_and_counts_no_flow_as_the_population() {
    // "至2013年末" in a text of 2015 is a year reached, not aimed at: the text reports, and its
    // undated 期望寿命 is of the year it reports, never a goal.
    const TEXT: &str = "某某市常住人口总数为2415.15万人,比上年增加34.72万人\n\n发布日期:2015-01-27    类别:某某\n\n据《2013年某某市国民经济和社会发展统计公报》数据,至2013年末,某某市常住人口总数为2415.15万人,比上年增加34.72万人。其中,外来常住人口990.01万人,增加29.77万人。全年常住人口出生11.6万人,常住人口接近2500万人。\n\n寿命方面,户籍人口平均期望寿命达到82.47岁。\n";
    let got = rows(TEXT);
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2013,
        Cmp::AtLeast(82.47),
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    // Births, migrants and a figure not yet reached (接近) are no population.
    let p = import(TEXT, &Catalog::builtin()).expect("imports");
    let (found, year) = p.population.expect("the resident population");
    assert_eq!((found.value, year), (24_151_500.0, 2013));
}

#[test]
fn a_repost_in_traditional_characters_or_with_glosses_and_spaces_reads_as_the_original() {
    // Traditional characters, read with the same words; the quote stays as the text has it.
    let got = rows(
        "某某省2020年衛生健康統計公報\n年末全省實有床位數272424張,執業(助理)醫師113864人,注冊護士155481人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2020, Cmp::AtLeast(272424.0)),
            (Role::Figure, "physicians", 2020, Cmp::AtLeast(113864.0)),
            (Role::Figure, "nurses", 2020, Cmp::AtLeast(155481.0)),
        ],
    );
    // A pinyin gloss after a character, spaces between a year and its 年.
    let got = rows(
        "某某市健康行動\n某某市人均預(yù)期壽命到2030年將達(dá)到80.5歲。到 2025 年,每千人口執業(助理)醫師數達到 3.2 人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "life_expectancy", 2030, Cmp::AtLeast(80.5)),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.2)),
        ],
    );
}

#[test]
fn speech_is_read_a_compared_places_figure_and_a_lead_are_not_the_regions() {
    // Quoted speech is the text's own sentence, not a name; 上海's figure in brackets after
    // 超过 is 上海's.
    let got = rows(
        "某某市召开全市卫生与健康大会\n“2019年我市人均期望寿命达到83.82岁,已经超过上海(83.66岁)。”\n",
    );
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "life_expectancy".into(),
            2019,
            Cmp::AtLeast(83.82),
            false
        )]
    );
    // A look back on a period reports its end; a bound (超过80岁) gives way to the figure
    // itself; a lead (1.7岁的领先优势) and a figure of "少数省份" are not the region's.
    let got = rows(
        "某某省人均预期寿命高出全国1.7岁\n省政府工作报告在回顾“十四五”时期工作时指出,某某人均预期寿命超过80岁。2025年,某某人均预期寿命已提高到80.7岁,较全国平均水平高出1.7岁。\n放眼全国,目前仅有少数省份人均预期寿命突破80岁,我省能保持1.7岁的领先优势。\n",
    );
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "life_expectancy".into(),
            2025,
            Cmp::AtLeast(80.7),
            false
        )]
    );
}

#[test]
fn a_kind_of_hospital_by_its_size_is_no_count_of_beds() {
    let got = rows(
        "某某市2017年卫生计生统计公报\n年末全市医院87个,按床位数分:100张床位以下医院43个,500张及以上的医院9个。年末全市实有床位28153张。\n",
    );
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "beds_total".into(),
            2017,
            Cmp::AtLeast(28153.0),
            true
        )]
    );
}

#[test]
fn an_undated_press_conference_on_a_period_gives_its_reviews_both_ends() {
    // Corner quotation marks as 「」『』; the review's start is the period's (2020), where it
    // went the period's end; the second review counts per 1,000 as the first did.
    let got = rows(
        "1月19日,某某市政府新聞辦召開「高質量完成『十四五』規劃」系列主題新聞發布會。\n2025年,每千人口执业(助理)医师数由2.98人增长至3.45人,注册护士数由3.28人提升至4.25人。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "physicians_per_1000",
                2020,
                Cmp::AtLeast(2.98),
            ),
            (
                Role::Figure,
                "physicians_per_1000",
                2025,
                Cmp::AtLeast(3.45),
            ),
            (Role::Figure, "nurses_per_1000", 2020, Cmp::AtLeast(3.28)),
            (Role::Figure, "nurses_per_1000", 2025, Cmp::AtLeast(4.25)),
        ],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn a_press_conference_on_a_period_named_below_a_news_pages_own_lines_reports() {
    let got = rows(
        "电子报阅读机\n2025-12-20\n星期六\n当前报纸名称:某某日报\n\n守护人民健康 筑牢幸福之基\n\n日期:10-17\n字号:\n版面:第A1版:时政要闻\n\n本报讯 10月16日,市政府新闻办举行某某市高质量完成“十四五”规划系列主题新闻发布会。\n\n至目前,全市拥有医疗卫生机构床位数7.86万张,较2020年增加了1.38万张;每千人口病床数8.32张,较2020年增加1.76张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2025, Cmp::AtLeast(78600.0)),
            (Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(8.32)),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_text_written_after_a_period_looks_back_on_it_and_a_span_of_years_ends_in_its_last() {
    // 2021's news of "“十三五”时期…各项既定目标圆满完成": goals met, not aimed at; its figures
    // are of the period's end, and the headline's is the same figure, once.
    let got = rows(
        "某某市人均预期寿命达到78.12岁\n\n来源:某某日报 发布日期:2021-03-30 08:51\n\n记者从某某市卫生健康委获悉,“十三五”时期,全市卫生健康系统各项既定目标圆满完成。全市人均预期寿命达到78.12岁,孕产妇死亡率降至10.73/10万。\n\n大力推动医疗卫生资源提质扩容,千人口床位数达到6.2张,千人口执业(助理)医师达到4.02人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2020, Cmp::AtLeast(78.12)),
            (
                Role::Figure,
                "maternal_mortality",
                2020,
                Cmp::AtLeast(10.73),
            ),
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.2)),
            (
                Role::Figure,
                "physicians_per_1000",
                2020,
                Cmp::AtLeast(4.02),
            ),
        ],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
    // "“湖南‘十四五’答卷”": a period's results; "2020年至2024年" ends in 2024, and 目前 of an
    // undated text is the latest year it names.
    let got = rows(
        "中新网长沙12月2日电 “某某‘十四五’答卷”系列主题新闻发布会全省卫生健康事业发展成就专场2日在长沙举行。\n2020年至2024年,全省个人卫生支出占比持续下降。\n聚力体系构建,目前每千人口执业(助理)医师3.43人,每千人口注册护士4.09人。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "physicians_per_1000",
                2024,
                Cmp::AtLeast(3.43),
            ),
            (Role::Figure, "nurses_per_1000", 2024, Cmp::AtLeast(4.09)),
        ],
    );
}

#[test]
fn a_label_that_lists_what_it_includes_is_not_what_it_lists() {
    let text = "某某县2018年医疗服务信息\n3、医务人员数(含执业医师数、执业助理医师数、护士数、医技人员数等) 1366人。\n";
    let p = import(text, &Catalog::builtin());
    assert!(p.as_ref().map_or(true, |p| p.rows.is_empty()), "{p:#?}");
}

#[test]
fn names_listed_with_yiji_share_their_figures_in_order() {
    let got = rows(
        "某某市2016年卫生和计划生育事业发展统计公报\n全市婴儿以及孕产妇死亡率分别保持在3.49‰、9.15/10万的低位水平。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "infant_mortality", 2016, Cmp::AtLeast(3.49)),
            (Role::Figure, "maternal_mortality", 2016, Cmp::AtLeast(9.15)),
        ],
    );
}

#[test]
fn the_regions_figures_without_any_year_are_said_to_lack_one() {
    let text = "全市年末卫生机构1860个,卫生技术人员25796人,比上年末增长4.1%,其中,执业(助理)医师10504人,注册护士11277人。医疗卫生机构床位数17487张,同比增长4.2%。\n";
    assert_eq!(
        import(text, &Catalog::builtin()).err(),
        Some(super::super::ImportError::Undated)
    );
    // A five-year look back with no year anywhere: told so too, not "nothing found".
    assert_eq!(
        import(
            "五年来,全省民生福祉不断增进,每千人口托位数达4.6个,人均预期寿命预计达79岁。",
            &Catalog::builtin()
        )
        .err(),
        Some(super::super::ImportError::Undated)
    );
    // With its title, the same paragraph is read.
    let got = rows(&format!("某某市2024年国民经济和社会发展统计公报\n{text}"));
    has(
        &got,
        Role::Figure,
        "beds_total",
        2024,
        Cmp::AtLeast(17487.0),
    );
}

#[test]
fn a_press_conference_on_how_a_period_went_reports_and_a_time_is_no_figure() {
    let got = rows(
        "10月28日,国新办举行“十三五”卫生健康事业改革发展情况发布会。84%的县级医院达到二级及以上医院水平。从2015—2019年,每千人口医疗卫生机构床位数从5.11张增长到6.3张。近90%的家庭15分钟内能够到达最近医疗点。\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "beds_per_1000".into(),
                2015,
                Cmp::AtLeast(5.11),
                false
            ),
            (
                Role::Figure,
                "beds_per_1000".into(),
                2019,
                Cmp::AtLeast(6.3),
                false
            ),
        ]
    );
}

#[test]
fn a_news_page_whose_headline_names_the_nation_reads_the_nations_figures() {
    let got = rows(
        "国家卫健委:中国人均预期寿命达78.6岁\n2023年末,全国床位1017.4万张,比上年增加42.4万张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_total",
        2023,
        Cmp::AtLeast(10_174_000.0),
    );
    // 全国 in a headline is what comparisons say: a page with no region of its own is not the
    // nation's for it.
    let text = "卫生资源高于全国平均水平\n2023年末,全国床位1017.4万张。\n";
    let p = import(text, &Catalog::builtin());
    assert!(p.as_ref().map_or(true, |p| p.rows.is_empty()), "{p:#?}");
}

#[test]
fn a_list_of_what_is_included_in_full_width_brackets_reads_safely() {
    for label in [
        "医务人员数（含执业医师、护士）",
        "医务人员数(含执业医师、护士）",
        "医务人员数（含执业医师、护士",
    ] {
        let _ = super::super::synonyms::match_label(label, &Catalog::builtin(), None);
    }
}

#[test]
fn a_second_reading_of_the_sessions_rules_finds_no_misfire() {
    let none = |text: &str| {
        let p = import(text, &Catalog::builtin());
        assert!(p.as_ref().map_or(true, |p| p.rows.is_empty()), "{p:#?}");
    };
    // A period compared against (较“十三五”时期末) is no look back: the bulletin's year stays.
    let got = rows(
        "某某市2023年卫生健康事业发展统计公报\n年末全市医疗卫生机构床位4.8万张,较“十三五”时期末增加6200张。\n全市卫生技术人员5.6万人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(48000.0)),
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(56000.0),
            ),
        ],
    );
    // A quoted goal of the nation is no speech of the city's.
    none(
        "某某市卫生健康新闻\n发布时间:2023-05-06\n国家卫健委明确提出“到2025年,每千人口医疗卫生机构床位数达到7.4张,每千人口执业(助理)医师达到3.2人”。\n",
    );
    // 中国式 in a headline does not make a city's page the nation's.
    let got = rows(
        "奋力谱写中国式现代化健康篇章\n2023年,我市人均预期寿命达到81.2岁,同期全国人均预期寿命为78.6岁。\n",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    // A group's rate, an age's life expectancy and a gap are not the region's.
    let got = rows(
        "某某市2023年统计公报\n2023年,全市家庭医生签约服务覆盖率达到42.5%,其中慢性病人群家庭医生签约率达到75.3%。全市居民人均预期寿命82.5岁;65岁老年人预期寿命达到21.3岁。城乡居民预期寿命差距缩小到1.2岁。\n",
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    // A 截至 date in the body dates its own sentence, not the text's undated figures.
    let got = rows(
        "发布时间:2024-04-12\n2023年末,全市医疗卫生机构床位4.21万张。\n\n全市卫生技术人员5.12万人。\n\n截至2024年3月底,全市家庭医生团队达到1260个。\n",
    );
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2023,
        Cmp::AtLeast(51200.0),
    );
    // A span that aims (将) still aims.
    let got = rows("从2020年到2025年,全市每千人口医疗卫生机构床位数将由6.2张增加到7.0张。\n");
    has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.0));
    // 目前 is now, in a plan too; its figure is no goal, and the goal keeps its own sentence.
    let p = import(
        "某某市卫生健康规划\n目前全市人均预期寿命达到80岁。到2025年,人均预期寿命达到80岁以上。\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert!(
        p.rows
            .iter()
            .all(|r| r.role == Role::Target && r.quote.starts_with("到2025年")),
        "{:#?}",
        p.rows
    );
}

/// Sentences written for the test, in the manner of a region's review of a period.
#[test]
fn a_change_an_average_per_institution_and_a_headline_give_no_wrong_figure() {
    // "提升1.67岁" says how far it moved, not where it stands.
    let p = import(
        "某某市2026年卫生健康工作会议召开\n发布日期:2026-02-03\n“十四五”时期,全市人均预期寿命提升1.52岁,床位增加了820张。\n",
        &Catalog::builtin(),
    );
    assert!(p.as_ref().map_or(true, |p| p.rows.is_empty()), "{p:#?}");
    // A level after 提升到 stays, and a goal's increase stays a goal.
    let got = rows("某某市2026年卫生健康工作会议召开\n2025年全市人均预期寿命提升到80.3岁。\n");
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2025,
        Cmp::AtLeast(80.3),
    );
    // What each institution has on average is no count of the region's.
    let got = rows(
        "某某省高质量完成“十四五”规划新闻发布会\n截至2024年底,全省每千人口执业(助理)医师3.61人,乡镇卫生院平均配备6名全科医生和2名高级职称医师。\n",
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2024,
        Cmp::AtLeast(3.61),
    );
    assert!(got.iter().all(|r| r.1 != "gps"), "{got:#?}");
    // A headline's figure dated by the period it looks back on gives way to the same figure
    // whose sentence names its year.
    let got = rows(
        "“十四五”答卷丨某某省人均预期寿命达79.41岁\n发布时间:2025-11-20 08:05:00\n11月19日,省政府新闻办召开“十四五”答卷系列新闻发布会。截至2024年底,全省人均预期寿命达79.41岁,较2020年提高1.3岁。\n",
    );
    let life: Vec<_> = got.iter().filter(|r| r.1 == "life_expectancy").collect();
    assert_eq!(life.len(), 1, "{got:#?}");
    assert_eq!(life[0].2, 2024);
}

#[test]
fn changes_however_spaced_are_no_level_and_a_density_per_head_stays() {
    let text = "某某市2025年卫生健康工作会议召开\n发布日期:2025-02-03\n2024年,全市床位增加 500张,人均预期寿命提高约1.2岁,执业(助理)医师净增320人。全市千人口平均拥有床位6.2张。\n";
    let got = rows(text);
    has(&got, Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(6.2));
    assert_eq!(got.len(), 1, "{got:#?}");
}

#[test]
fn a_parts_institutions_carry_past_a_semicolon_only_when_they_are_the_subject() {
    // The sentence is about 基层: its beds after the semicolon are the part's too.
    proposes_none_of(
        "某某市2023年卫生健康事业发展情况\n全市共有基层医疗卫生机构2150所,卫生技术人员16420人;2023年门急诊人次2210万人次、床位数6120张。\n",
        &["beds_total", "health_technicians"],
    );
    // Parts counted after the whole's institutions are a breakdown: the staff and beds after the
    // semicolon are the region's.
    let got = rows(
        "某某市2023年国民经济和社会发展统计公报\n年末全市共有医疗卫生机构2860个,其中医院96个,基层医疗卫生机构2650个;卫生技术人员3.1万人;床位2.2万张。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(31000.0),
            ),
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(22000.0)),
        ],
    );
}

#[test]
fn a_part_carried_past_a_semicolon_ends_where_the_region_is_named_again() {
    // A breakdown of the whole's institutions in the sentence after: staff are the region's.
    let got = rows(
        "某某市2023年国民经济和社会发展统计公报\n年末全市共有医疗卫生机构2710个。其中,医院92个,乡镇卫生院17个,社区卫生服务中心23个;卫生技术人员3.02万人;床位2.14万张。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(30200.0),
            ),
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(21400.0)),
        ],
    );
    // Several kinds of institution named first, none a whole: a list, not a part's sentence.
    let got = rows(
        "某某县2023年国民经济和社会发展统计公报\n全县现有县级公立医院3所,乡镇卫生院17所,村卫生室240个;卫生技术人员2710人;开放床位2040张。\n",
    );
    has(&got, Role::Figure, "beds_total", 2023, Cmp::AtLeast(2040.0));
    // The region named again after the semicolon, or a new line: its own figures.
    let got = rows(
        "某某市2023年国民经济和社会发展统计公报\n全市共有基层医疗卫生机构3120所,卫生技术人员21500人;全市卫生技术人员5.02万人,床位3.14万张。\n全市共有基层医疗卫生机构3120所,卫生技术人员21500人;\n医疗卫生机构床位3.14万张。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(50200.0),
            ),
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(31400.0)),
        ],
    );
}

#[test]
fn staff_after_a_list_of_kinds_of_institution_are_the_regions() {
    let got = rows(
        "某某县2023年国民经济和社会发展统计公报\n全县现有县级公立医院3所,乡镇卫生院17所,村卫生室240个,卫生技术人员2710人,开放床位2040张。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(2710.0),
            ),
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(2040.0)),
        ],
    );
    // One kind after the whole keeps what follows it its own; a kind's beds between kinds too.
    for text in [
        "某某区2016年卫生事业发展情况\n截至2016年底,全区已有各类卫生机构1572个,其中,各类医院70所,病床位1.44万张,医生5100人。\n",
        "某某区2016年卫生事业发展情况\n截至2016年底,全区有医院70所,床位1.44万张,乡镇卫生院12所,床位820张。\n",
        "某某区2016年卫生事业发展情况\n截至2016年底,全区共有基层医疗卫生机构1502个,其中社区卫生服务中心21个,乡镇卫生院12所,床位1820张。\n",
    ] {
        proposes_none_of(text, &["beds_total", "physicians"]);
    }
}

#[test]
fn what_was_won_is_no_goal() {
    let p = import(
        "某某省优质医疗资源下沉成效显著\n\n发布时间:2025-10-20\n\n日前,某某省召开高质量完成“十四五”规划系列主题新闻发布会。截至2024年底,全省婴儿死亡率为2.61‰。\n\n优质医疗资源下沉成效显著。某某省累计争取9个国家区域医疗中心项目,数量位居全国第一。\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert!(
        p.rows.iter().all(|r| r.role == Role::Figure),
        "{:#?}",
        p.rows
    );
}

#[test]
fn a_kind_of_staff_of_its_own_is_no_part_of_the_figure_before() {
    // "其他技术人员859人" after "注册护士1856人" was proposed as 859 nurses.
    let text = "2022年末,全市共有卫生技术人员4322人。其中,执业医师1276人,执业助理医师331人,注册护士1856人,其他技术人员859人,管理人员310人。";
    let got = rows(text);
    has(&got, Role::Figure, "nurses", 2022, Cmp::AtLeast(1856.0));
    assert_eq!(
        got.iter().filter(|r| r.1 == "nurses").count(),
        1,
        "{got:#?}"
    );
    // An elided name still takes the head before it: "其中医院2473张" stays a part, and
    // "民营医院" after "公立医院床位" is that kind's beds, not the total's.
    let got = rows("2022年末,全市床位3515张,其中公立医院床位2100张,民营医院900张。");
    assert_eq!(
        got.iter().filter(|r| r.1 == "beds_total").count(),
        1,
        "{got:#?}"
    );
}

#[test]
fn a_heading_on_a_past_periods_achievements_dates_its_figures_at_its_end() {
    // A 十四五 plan of 2022 on what 十三五 achieved: its figures are 2020's, not 2021's.
    let text = "《某省“十四五”卫生与健康发展规划》政策解读\n发布时间:2022年02月11日\n\n“十三五”发展主要成就\n\n1、医疗卫生服务能力稳步提升,每千人口医疗卫生机构床位数达到7.4张,比十二五末增加21.2%。全省城乡居民人均期望寿命79岁。\n\n“十四五”主要目标\n";
    let got = rows(text);
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(7.4)),
            (Role::Figure, "life_expectancy", 2020, Cmp::AtLeast(79.0)),
        ],
    );
    // "“十三五”以来" runs up to the document's time: the year before it.
    let got = rows(&text.replace("“十三五”发展主要成就", "“十三五”以来取得的成就"));
    has(&got, Role::Figure, "beds_per_1000", 2021, Cmp::AtLeast(7.4));
}

#[test]
fn where_a_review_ends_dates_the_undated_figures_after_it() {
    // A summary of 2025 looking back: "增加到2025年的5.8张" is reached, so the undated figures
    // after it are 2025's (marked assumed), not the year before the document's.
    let got = rows(
        "2025年全县卫生健康工作总结\n“十四五”以来,全县每千人口床位数由2020年的4.5张增加到2025年的5.8张。全县医疗卫生机构床位达12000张。人均预期寿命达到79.6岁,较2020年提高1.2岁。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(5.8)),
            (Role::Figure, "beds_total", 2025, Cmp::AtLeast(12000.0)),
            (Role::Figure, "life_expectancy", 2025, Cmp::AtLeast(79.6)),
        ],
    );
}

#[test]
fn a_past_periods_review_from_and_to_without_years_spans_the_period() {
    // A 十四五 plan of 2023 on 十三五: "分别从…降至…" with no years runs from 2015 to 2020.
    let got = rows(
        "发布日期:2023年10月25日\n(一)发展现状\n“十三五”时期,全市城乡居民健康水平稳步提升,孕产妇死亡率、婴儿死亡率分别从21.14/10万、3.19‰降至13.49/10万、2.16‰。",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "maternal_mortality",
                2015,
                Cmp::AtLeast(21.14),
            ),
            (
                Role::Figure,
                "maternal_mortality",
                2020,
                Cmp::AtLeast(13.49),
            ),
            (Role::Figure, "infant_mortality", 2015, Cmp::AtLeast(3.19)),
            (Role::Figure, "infant_mortality", 2020, Cmp::AtLeast(2.16)),
        ],
    );
}

#[test]
fn now_in_an_undated_press_conference_on_a_period_is_its_end() {
    // No year for the page; the conference reviews 十四五: "至目前" is 2025, marked assumed.
    let got = rows(
        "本报讯 10月16日,市政府新闻办举行高质量完成“十四五”规划系列主题新闻发布会。\n“十四五”期间,全市卫生健康事业稳步发展。至目前,全市拥有医疗卫生机构床位数7.86万张,较2020年增加了1.38万张。",
    );
    has(
        &got,
        Role::Figure,
        "beds_total",
        2025,
        Cmp::AtLeast(78600.0),
    );
    assert!(
        got.iter().any(|r| r.1 == "beds_total" && r.4),
        "assumed: {got:#?}"
    );
}

#[test]
fn two_enumerations_in_one_sentence_each_pair_their_own() {
    // The second 分别 was read name by name: 6.5/10万 went to 婴儿死亡率. And 床位数, last, lent
    // its word to 执业(助理)医师 before it: 3.2 went to beds.
    let got = rows(
        "发布时间:2026-01-20\n2025年,全市每千人口拥有执业(助理)医师、注册护士、床位数分别达到3.2人、3.8人、6.5张,全市人均预期寿命达到80.2岁,孕产妇死亡率、婴儿死亡率分别降至6.5/10万和2.1‰,主要健康指标居全省前列。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "physicians_per_1000", 2025, Cmp::AtLeast(3.2)),
            (Role::Figure, "nurses_per_1000", 2025, Cmp::AtLeast(3.8)),
            (Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(6.5)),
            (Role::Figure, "maternal_mortality", 2025, Cmp::AtLeast(6.5)),
            (Role::Figure, "infant_mortality", 2025, Cmp::AtLeast(2.1)),
        ],
    );
    assert_eq!(got.len(), 6, "{got:#?}");
    // A shared word still reaches names that are not kinds of their own.
    let got = rows("2025年,全市公立医院、民营医院床位数分别达到2.1万张、0.9万张。");
    assert!(got.iter().all(|r| r.1 != "beds_total"), "parts: {got:#?}");
}

#[test]
fn a_list_reviewed_from_before_its_fen_bie_pairs_both_ends() {
    // "A、B由2020年的a、b分别提高到c、d": the names end at 由; a, b are 2020's, c, d where it went.
    let got = rows(
        "发布时间:2026-02-10\n“十四五”期间,每千常住人口执业(助理)医师数、注册护士数由2020年的2.8人、3.1人分别提高到3.4人、3.9人。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "physicians_per_1000", 2020, Cmp::AtLeast(2.8)),
            (Role::Figure, "nurses_per_1000", 2020, Cmp::AtLeast(3.1)),
            (Role::Figure, "physicians_per_1000", 2025, Cmp::AtLeast(3.4)),
            (Role::Figure, "nurses_per_1000", 2025, Cmp::AtLeast(3.9)),
        ],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
    // More names after the 由 than its figures: no pairing, and nothing guessed (1.2万张 went to
    // 执业(助理)医师 when the names were cut at 由).
    proposes_none_of(
        "发布时间:2021-02-01\n2020年,全市医疗卫生机构由120家增加到135家、床位数、执业(助理)医师数分别达到1.2万张、5000人。",
        &["physicians", "beds_total"],
    );
}

#[test]
fn a_review_without_years_since_a_period_starts_at_its_base() {
    // "“十四五”以来" in the sentence before: 6.9 is 2020's, where it gave the same year as 7.9.
    let got = rows(
        "发布时间:2025-12-20\n会上介绍,“十四五”以来,我省卫生健康事业取得显著成效。每千人口医疗卫生机构床位数由6.9张增加到7.9张。",
    );
    has(&got, Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.9));
    assert!(
        got.iter()
            .any(|r| r.1 == "beds_per_1000" && r.2 > 2020 && r.3 == Cmp::AtLeast(7.9)),
        "{got:#?}"
    );
}

/// A second reading of the seventh session's time rules: inputs a helper wrote in the style of
/// plans and reports, where they first misfired.
#[test]
fn the_seventh_sessions_time_rules_keep_to_their_cases() {
    // Building on a period gone by (巩固“十四五”成效) dates nothing: a 十五五 plan's goals.
    let got = rows(
        "某市卫生健康事业发展“十五五”规划\n发布日期:2026年3月10日\n三、发展目标\n\n在巩固“十四五”发展成效的基础上,全市人均预期寿命达到81岁,每千人口医疗卫生机构床位数达到7.5张。",
    );
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2030,
        Cmp::AtLeast(81.0),
    );
    let got = rows(
        "2026年全市卫生健康工作会议报告\n“十四五”时期,全市卫生健康工作取得显著成效。2025年,全市每千人口床位数达到7.2张。\n二、2026年工作安排\n巩固“十四五”成效,全市新增床位1200张,每千人口床位数达到7.4张。",
    );
    has(&got, Role::Target, "beds_per_1000", 2026, Cmp::AtLeast(7.4));
    // Of two periods named, the latest is the one reported on.
    let got = rows(
        "某市卫生健康事业发展“十五五”规划\n发布日期:2026年3月10日\n一、发展基础\n在“十三五”时期打下的坚实基础上,“十四五”期间全市卫生健康事业稳步发展。全市每千人口医疗卫生机构床位数达到7.2张,人均预期寿命达到80.1岁。",
    );
    has(&got, Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(7.2));
    // 回顾“十四五” spans five years, whatever the paragraph before said (过去一年).
    let got = rows(
        "某区2026年政府工作报告\n一、2025年工作回顾\n过去一年,全区新建社区卫生服务中心3个,全区医疗卫生机构床位达到5600张。\n回顾“十四五”,全区人均预期寿命由78.2岁提高到79.6岁。",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2020,
        Cmp::AtLeast(78.2),
    );
    // Undated, a year a review goes to may be aimed at: it dates nothing after it.
    let got = rows(
        "市卫健委召开“十四五”卫生健康发展成就新闻发布会\n“十四五”以来,全市每千人口床位数由2020年的5.1张增加到6.3张。全市每千人口执业(助理)医师提高到2030年的3.5人的目标正在推进。\n\n全市共有医疗卫生机构床位2.1万张,人均预期寿命79.5岁。",
    );
    assert!(
        got.iter().all(|r| r.2 != 2030 || r.0 == Role::Target),
        "{got:#?}"
    );
    // 目前 in a conference on a period still running (“十四五”以来) is no period's end.
    let got = rows(
        "市卫健委召开“十四五”以来卫生健康工作新闻发布会\n“十四五”以来,全市卫生健康事业稳步发展。截至2023年底,全市医疗卫生机构床位达2.3万张。\n\n下一步,全市将加快推进区域医疗中心建设。\n\n目前,全市每千人口执业(助理)医师3.1人,每千人口床位数6.5张。",
    );
    assert!(got.iter().all(|r| r.2 != 2025), "{got:#?}");
    // A title's span of years (二〇二一年—二〇二五年) is the plan's horizon: its last year.
    let got = rows(
        "某市卫生健康事业发展规划(二〇二一年—二〇二五年)\n主要目标:全市人均预期寿命达到80岁,每千人口医疗卫生机构床位数达到6.5张。",
    );
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::AtLeast(80.0),
    );
}

#[test]
fn what_was_added_changes_and_a_kind_of_its_own_are_not_the_regions_figures() {
    let value = |c: &Cmp| match c {
        Cmp::AtLeast(v) | Cmp::AtMost(v) | Cmp::About(v) | Cmp::IncreaseBy(v) => Some(*v),
        _ => None,
    };
    let catalog_values = |got: &[(Role, String, i32, Cmp, bool)], id: &str| -> Vec<f64> {
        got.iter()
            .filter(|r| r.1 == id)
            .filter_map(|r| value(&r.3))
            .collect()
    };
    // 新增 reaches every item of its list; the level after it is the region's.
    let got = rows(
        "2023年,全县新增执业(助理)医师86人、注册护士142人、床位120张。年末全县共有床位2856张。",
    );
    assert!(catalog_values(&got, "nurses").is_empty(), "{got:#?}");
    assert_eq!(catalog_values(&got, "beds_total"), vec![2856.0], "{got:#?}");
    let got = rows("2024年全市净增床位1500张、卫生技术人员2100人,年末每千人口床位达到6.8张。");
    assert!(
        catalog_values(&got, "health_technicians").is_empty(),
        "{got:#?}"
    );
    has(&got, Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(6.8));
    // So does 引进 to the breakdown after 其中.
    let got = rows(
        "2024年全县引进和招聘卫生专业技术人员326名,其中执业医师98名。年末全县执业医师1102人。",
    );
    assert_eq!(
        catalog_values(&got, "licensed_physicians"),
        vec![1102.0],
        "{got:#?}"
    );
    // A level named after the verb is its own.
    let got = rows("2024年,全县新增床位500张、全县床位总数达到3000张。");
    has(&got, Role::Figure, "beds_total", 2024, Cmp::AtLeast(3000.0));
    // What was added, under its own label, stays a row.
    let got = rows("到2025年,全市培训社会体育指导员2000人。");
    assert!(got.iter().any(|r| r.1.starts_with("tracked:")), "{got:#?}");
    // A change against a year is never a figure, whatever the anchor (到…年底).
    let got = rows("到2025年底,全市每千常住人口执业(助理)医师数将达到3.4人,较2020年增加0.6人。");
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.4),
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && value(&r.3) == Some(0.6)),
        "{got:#?}"
    );
    // A rate of its own kind (新生儿死亡率) never takes the head of the figure before.
    let got = rows(
        "2022年,全区孕产妇死亡率为3.85/10万,新生儿、婴儿和5岁以下儿童死亡率分别为0.93‰、1.62‰、1.93‰。",
    );
    assert_eq!(
        catalog_values(&got, "maternal_mortality"),
        vec![3.85],
        "{got:#?}"
    );
    has_all(
        &got,
        &[
            (Role::Figure, "infant_mortality", 2022, Cmp::AtLeast(1.62)),
            (Role::Figure, "under5_mortality", 2022, Cmp::AtLeast(1.93)),
        ],
    );
    let got = rows("2022年,全区孕产妇死亡率为3.85/10万,新生儿死亡率为0.93‰。");
    assert_eq!(
        catalog_values(&got, "maternal_mortality"),
        vec![3.85],
        "{got:#?}"
    );
    // 普惠托位 is a part of the places.
    let got = rows("2023年全区新增托位数845个,普惠托位720个,总托位数4331个。");
    assert_eq!(
        catalog_values(&got, "nursery_places"),
        vec![4331.0],
        "{got:#?}"
    );
}

#[test]
fn a_time_in_words_and_an_awards_year_date_nothing() {
    // The end of an earlier period where a review starts (“十一五”末) is read, not guessed: 2010.
    let got: Vec<_> = rows_or_none("某市“十三五”卫生与健康规划\n发布时间:2016/9/12\n居民平均预期寿命从“十一五”末的76.5岁提高到77.92岁。")
    .into_iter()
    .map(|r| (r.year, r.cmp))
    .collect();
    assert!(
        got.iter().all(|r| r.1 != Cmp::AtLeast(76.5) || r.0 == 2010),
        "{got:#?}"
    );
    // "获评…2021年度…考核" names what was judged; the text's year stays 2022.
    let got = rows(
        "2022年,是具有特殊重要意义的一年。某区获评全市2021年度综合医改考核A等次。全区孕产妇死亡率为3.85/10万。",
    );
    has(
        &got,
        Role::Figure,
        "maternal_mortality",
        2022,
        Cmp::AtLeast(3.85),
    );
    // "2020年被评为…先进集体" is no year the text reports: undated, its figures are not dated
    // 2020 (the user is asked for the date).
    let got = rows_or_none(
        "某县卫生健康局\n2020年被评为全省抗击疫情先进集体。全县医疗机构发展到673个,开放床位增至5885张,每千常住人口拥有床位增至6.14张。",
    );
    assert!(got.iter().all(|r| r.year != 2020), "{got:#?}");
}

#[test]
fn a_report_turns_ahead_under_its_main_work_and_in_its_next_five_years() {
    // "二、2024年主要工作" plans; "一、2023年主要工作回顾" would not.
    let got = rows(
        "某县2024年政府工作报告\n一、2023年工作回顾\n过去一年,县人民医院新院区投入使用,全县每千人口床位数达到6.2张。\n二、2024年主要工作\n加快推进县中医院建设,全县每千人口执业(助理)医师数达到2.8人。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.2)),
            (Role::Target, "physicians_per_1000", 2024, Cmp::AtLeast(2.8)),
        ],
    );
    // "过去五年,…。今后五年,…": the second sentence aims, at the fifth year counting this one,
    // marked inferred.
    let got = rows(
        "某市政府工作报告\n2022年5月18日\n过去五年,全市每千人口执业(助理)医师由2.3人提高到3.1人。今后五年,每千人口执业(助理)医师达到3.5人。",
    );
    assert!(
        got.iter().any(|r| r.0 == Role::Target
            && r.1 == "physicians_per_1000"
            && r.2 == 2026
            && r.3 == Cmp::AtLeast(3.5)
            && r.4),
        "{got:#?}"
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.3 == Cmp::AtLeast(3.5)),
        "{got:#?}"
    );
}

#[test]
fn a_sentence_turning_ahead_drops_the_year_named_before_it() {
    // One paragraph: 2025 reached, then the next five years and this year's goals.
    let got = rows(
        "某市2026年政府工作报告\n“十四五”时期主要目标任务全面完成。2025年末全市每千人口床位7.1张、执业(助理)医师3.3人。今后五年,每千人口执业(助理)医师达到3.8人。今年主要预期目标:人均预期寿命达到81岁。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "physicians_per_1000", 2025, Cmp::AtLeast(3.3)),
            (Role::Target, "physicians_per_1000", 2030, Cmp::AtLeast(3.8)),
            (Role::Target, "life_expectancy", 2026, Cmp::AtLeast(81.0)),
        ],
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.3 == Cmp::AtLeast(3.8)),
        "{got:#?}"
    );
}

#[test]
fn a_base_alone_before_fen_bie_takes_the_names_of_the_list_before() {
    let got = rows(
        "2024年末,全市执业(助理)医师和注册护士分别为12000人和15000人,每千常住人口分别为2.8人和3.5人。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "physicians", 2024, Cmp::AtLeast(12000.0)),
            (Role::Figure, "physicians_per_1000", 2024, Cmp::AtLeast(2.8)),
            (Role::Figure, "nurses_per_1000", 2024, Cmp::AtLeast(3.5)),
        ],
    );
    // A list of parts stays parts on the base too.
    proposes_none_of(
        "2024年全市医院、基层医疗卫生机构床位分别为2.1万张、0.6万张,每千人口分别为4.2张、1.2张。",
        &["beds_total"],
    );
    let got = rows_or_none(
        "2024年全市医院、基层医疗卫生机构床位分别为2.1万张、0.6万张,每千人口分别为4.2张、1.2张。",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Indicator(i) if i == "beds_per_1000")),
        "{got:#?}"
    );
}

#[test]
fn a_sentence_opening_on_one_kinds_beds_goes_on_about_its_staff() {
    proposes_none_of(
        "2024年全市二级以上公立医院床位1.1万张,执业医师4200人。",
        &["licensed_physicians", "physicians"],
    );
    proposes_none_of(
        "2024年,全市医院床位1.2万张,卫生技术人员1.5万人。",
        &["health_technicians"],
    );
    // A part after 其中 does not carry; the region named again is the region's.
    let got = rows("2024年末全市共有床位1.6万张,其中医院床位1.2万张,卫生技术人员2.1万人。");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2024,
        Cmp::AtLeast(21000.0),
    );
    let got = rows("2024年全市公立医院床位1.1万张,全市卫生技术人员2.1万人。");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2024,
        Cmp::AtLeast(21000.0),
    );
}

#[test]
fn a_bracketed_density_is_its_counts_and_reaches_nothing_after() {
    let got = rows(
        "2013年底,全市共有卫技人员6961人(每千人口5.51人)、注册执业医师和助理医师3736人、注册护士2546人。",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2013,
                Cmp::AtLeast(6961.0),
            ),
            (
                Role::Figure,
                "health_technicians_per_1000",
                2013,
                Cmp::AtLeast(5.51),
            ),
            (Role::Figure, "physicians", 2013, Cmp::AtLeast(3736.0)),
            (Role::Figure, "nurses", 2013, Cmp::AtLeast(2546.0)),
        ],
    );
    assert!(
        !got.iter().any(|r| r.1 == "physicians_per_1000"),
        "{got:#?}"
    );
    // The others are no catalog count, whatever their brackets name.
    let got = rows("2011年末全区卫生技术人员1.2万人,其他技术(药师、技师、其他)人员2300人。");
    assert!(!got.iter().any(|r| r.1 == "pharmacists"), "{got:#?}");
}

#[test]
fn the_eighth_sessions_second_reading_keeps_the_rules_to_their_cases() {
    let values = |got: &[(Role, String, i32, Cmp, bool)], id: &str| -> Vec<(i32, Cmp)> {
        got.iter()
            .filter(|r| r.1 == id)
            .map(|r| (r.2, r.3))
            .collect()
    };
    // A change against last year adds nothing to its 其中.
    let got = rows(
        "2023年末,全市卫生技术人员36000人,比上年新增1500人,其中执业(助理)医师13000人、注册护士16000人。",
    );
    has(
        &got,
        Role::Figure,
        "physicians",
        2023,
        Cmp::AtLeast(13000.0),
    );
    let got = rows(
        "2023年末,全市卫生技术人员36000人,净增1500人,其中执业(助理)医师13000人、注册护士16000人。",
    );
    has(&got, Role::Figure, "nurses", 2023, Cmp::AtLeast(16000.0));
    // 培训 inside a name is no verb; the region named again is a stock; a density is never added.
    let got = rows(
        "2023年,全市拥有国家级住院医师规范化培训基地3个、执业(助理)医师21000人、注册护士24500人。",
    );
    has(
        &got,
        Role::Figure,
        "physicians",
        2023,
        Cmp::AtLeast(21000.0),
    );
    let got = rows("2023年,全区新开放床位600张、全区床位28000张、每千人口床位6.5张。");
    has(
        &got,
        Role::Figure,
        "beds_total",
        2023,
        Cmp::AtLeast(28000.0),
    );
    let got = rows("2023年全市新增医疗卫生机构床位1200张、每千人口床位6.8张。");
    has(&got, Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.8));
    // A level after a comparison's verb (提高到, 达到, 下降至) is the level.
    let got = rows("2023年,全市每千人口执业(助理)医师较2020年提高到3.1人。");
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2023,
        Cmp::AtLeast(3.1),
    );
    let got = rows("2023年,全市人均预期寿命比2020年提高0.8岁达到80.2岁。");
    assert_eq!(
        values(&got, "life_expectancy"),
        vec![(2023, Cmp::AtLeast(80.2))]
    );
    // The comparison's own figure is of its year.
    let got = rows("2023年,全县卫生技术人员5230人,较2022年末5010人增加220人。");
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2022,
                Cmp::AtLeast(5010.0),
            ),
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(5230.0),
            ),
        ],
    );
    // 获得 is no award.
    let got =
        rows("某县卫生健康工作综述\n全县上下齐心协力,2023年获得显著成效。全县每千人口床位6.3张。");
    has(&got, Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.3));
    // A summary's "一、2023年主要工作" is what was done; back again after 今后五年.
    let got = rows(
        "某县卫生健康局2023年工作总结\n一、2023年主要工作\n全县每千人口床位达到6.2张。\n三、2024年工作计划\n全县每千人口床位达到6.5张。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.2)),
            (Role::Target, "beds_per_1000", 2024, Cmp::AtLeast(6.5)),
        ],
    );
    let got = rows(
        "某市政府工作报告\n2023年1月12日\n今后五年的主要目标是:人均预期寿命达到81岁以上。过去一年,全市每千人口床位达到6.3张。",
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Figure && r.1 == "beds_per_1000" && r.2 == 2022),
        "{got:#?}"
    );
    // A plan's 未来五年 is its period's.
    let got = rows(
        "某市“十四五”卫生健康发展规划\n发布日期:2022年3月1日\n未来五年,全市每千人口床位数达到6.5张。",
    );
    assert_eq!(
        values(&got, "beds_per_1000"),
        vec![(2025, Cmp::AtLeast(6.5))]
    );
    // A grade's staff, the villages' staff, a provider's places are parts.
    proposes_none_of(
        "2023年,全市有副高级以上卫生专业技术人员2100人。",
        &["health_technicians"],
    );
    proposes_none_of("2023年,全市村卫生机构人员1800人。", &["health_workers"]);
    let got = rows(
        "2023年,全区社区托育服务托位3200个,医疗机构举办托育机构托位800个,全区托位总数6100个。",
    );
    assert_eq!(
        values(&got, "nursery_places"),
        vec![(2023, Cmp::AtLeast(6100.0))]
    );
    // A group after a rate takes the rate's last word, never its whole name.
    let got = rows("2023年,全市婴儿死亡率2.1‰,5岁以下儿童3.0‰。");
    has(
        &got,
        Role::Figure,
        "under5_mortality",
        2023,
        Cmp::AtLeast(3.0),
    );
    let got = rows("2023年,全市孕产妇死亡率8.5/10万,婴儿2.1‰。");
    assert_eq!(
        values(&got, "maternal_mortality"),
        vec![(2023, Cmp::AtLeast(8.5))]
    );
}

#[test]
fn the_eighth_sessions_third_reading_keeps_the_rules_to_their_cases() {
    // The whole named again ends a part; a count of what was reached or built names no part.
    let got =
        rows("2023年全市公立医院床位1.1万张,全市医疗卫生机构床位3.2万张、卫生技术人员3.9万人。");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2023,
        Cmp::AtLeast(39000.0),
    );
    let got = rows("2023年,全市三级医院达到12家,每千人口床位数6.9张,卫生技术人员3.9万人。");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2023,
        Cmp::AtLeast(39000.0),
    );
    // A year-end summary's goal named as met is no goal; 去年 in a report is the year before.
    let got = rows(
        "某县卫生健康局2023年工作总结\n今年全县卫生健康工作目标任务圆满完成,全县每千人口床位达到6.2张。",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    let got = rows(
        "某市2024年政府工作报告\n今年经济社会发展的主要预期目标是:地区生产总值增长6%左右。\n去年,全市人均预期寿命达到80.2岁,每千人口床位6.9张。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2023, Cmp::AtLeast(80.2)),
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.9)),
        ],
    );
    // 主要工作 of the year just reviewed is what was done.
    let got = rows(
        "某县卫生健康局2024年工作总结\n一、2024年工作亮点\n全县每千人口床位达到6.4张。\n二、2024年主要工作\n全县人均预期寿命达到79.9岁。",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2024,
        Cmp::AtLeast(79.9),
    );
    // "提高至少1岁" is an increase; "提高到原来的1.3倍" no level.
    let got = rows("某市“十四五”卫生健康发展规划\n到2025年,全市人均预期寿命比2020年提高至少1岁。");
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::IncreaseBy(1.0),
    );
    proposes_none_of(
        "2023年,全市卫生技术人员4.3万人,比2022年增加至少1800人。",
        &["nurses"],
    );
    let got = rows("2023年,全市卫生技术人员4.3万人,比2022年增加至少1800人。");
    assert_eq!(got.len(), 1, "{got:#?}");
    // Adding verbs after other words (公开招聘, 定向培养, 柔性引进), a whole 其中 list, 新建区.
    for text in [
        "2023年,全县面向社会公开招聘卫生专业技术人员320人、执业(助理)医师110人、注册护士150人。",
        "2023年,全市柔性引进专家28人、卫生技术人员160人。",
        "2023年,全市医疗卫生机构新增执业(助理)医师620人、注册护士810人。",
        "2024年全县引进卫生专业技术人员326名,其中执业医师98名,注册护士120名。",
    ] {
        proposes_none_of(
            text,
            &[
                "physicians",
                "nurses",
                "health_technicians",
                "licensed_physicians",
            ],
        );
    }
    let got = rows("2023年,新建区卫生技术人员5200人、执业(助理)医师1800人、注册护士2300人。");
    has(&got, Role::Figure, "nurses", 2023, Cmp::AtLeast(2300.0));
    // A bracketed density after an added count or a part is not the region's.
    for text in [
        "2023年,全市新增执业(助理)医师147人、注册护士592人(每千人口0.13人)。",
        "2023年,全市新增床位877张,其中医院床位831张(每千人口3.82张)。",
    ] {
        let got = rows_or_none(text);
        assert!(
            got.iter()
                .all(|r| !matches!(&r.subject, Subject::Indicator(_))),
            "{text}: {got:#?}"
        );
    }
    // A province in a city's text, and the province's average in brackets, are another's.
    let got = rows(
        "2023年全市每千人口床位6.8张,全市人均预期寿命79.5岁。\n江南省常住人口5100万人,江南省人均预期寿命78.9岁。",
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    let got = rows("2023年,全市每千人口卫生技术人员8.5人(全省平均为7.9人)。");
    assert_eq!(got.len(), 1, "{got:#?}");
    // A grade's physicians are a part; a group after a rate with 为; a level after 较…的 figure.
    let got = rows("2023年末全市执业(助理)医师1.3万人,其中具有高级职称医师3200人。");
    assert_eq!(got.len(), 1, "{got:#?}");
    let got = rows("2023年,全市婴儿死亡率为2.10‰,5岁以下儿童为3.00‰。");
    has(
        &got,
        Role::Figure,
        "under5_mortality",
        2023,
        Cmp::AtLeast(3.0),
    );
    let got = rows("2023年,全市婴儿死亡率较2019年的4.1‰降至2.3‰。");
    has_all(
        &got,
        &[
            (Role::Figure, "infant_mortality", 2019, Cmp::AtLeast(4.1)),
            (Role::Figure, "infant_mortality", 2023, Cmp::AtLeast(2.3)),
        ],
    );
}

#[test]
fn a_group_after_a_rate_the_catalog_lacks_takes_its_last_word() {
    let got = rows("2023年,全市新生儿死亡率1.2‰,婴儿2.1‰,5岁以下儿童3.0‰。");
    has_all(
        &got,
        &[
            (Role::Figure, "infant_mortality", 2023, Cmp::AtLeast(2.1)),
            (Role::Figure, "under5_mortality", 2023, Cmp::AtLeast(3.0)),
        ],
    );
    // A district named 新建 is no addition.
    let got = rows("2023年,新建区卫生技术人员5200人、执业(助理)医师1800人。");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2023,
        Cmp::AtLeast(5200.0),
    );
}

#[test]
fn a_kind_in_brackets_adds_nothing_and_the_qualified_are_a_part() {
    // "招聘人员82人" in brackets names a kind of staff, not an intake.
    let got = rows(
        "2011年末,卫生系统现有职工689人(正式职工607人,招聘人员82人),其中:卫生技术人员578人,管理人员68个。",
    );
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2011,
        Cmp::AtLeast(578.0),
    );
    proposes_none_of(
        "2011年末,全县乡村医生440人,取得执业医师资格者2人,助理医师资格者3人。",
        &["licensed_physicians", "physicians"],
    );
}

#[test]
fn the_ninth_sessions_rules_on_years_and_goals() {
    // A year's own figure right after it, without 的, where a review went.
    let got = rows(&format!(
        "{HEAD}全县人均预期寿命由2016年75.2岁提高到2021年77.9岁,每千人口床位从2016年的4.1张增加到2021年5.3张。"
    ));
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2016, Cmp::AtLeast(75.2)),
            (Role::Figure, "life_expectancy", 2021, Cmp::AtLeast(77.9)),
            (Role::Figure, "beds_per_1000", 2021, Cmp::AtLeast(5.3)),
        ],
    );
    // A date is still no figure: the 6 of 2023年6月.
    let got = rows("截至2023年6月30日,全市医疗卫生机构床位4800张。");
    assert_eq!(got.len(), 1, "{got:#?}");
    has(&got, Role::Figure, "beds_total", 2023, Cmp::AtLeast(4800.0));
    // A year's end aimed at, in news of that year: a goal, with a tracked label that stops
    // before its comparison.
    let got = rows(
        "某州卫健委3月5日讯 其目标是到2026年底,居民健康素养水平较上年度提升3%,人均预期寿命达80.1岁。",
    );
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2026,
        Cmp::AtLeast(80.1),
    );
    assert!(
        got.iter().any(|r| r.1 == "tracked:居民健康素养水平"),
        "{got:#?}"
    );
    // Reported as of an earlier period's end: its last year; not where a review starts.
    let got = rows(
        "某市卫生事业发展“十三五”规划\n(2016年3月)\n截至“十二五”末,全市有医疗卫生机构980个。每千常住人口拥有医疗卫生机构床位4.92张、执业(助理)医师2.31名。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2015, Cmp::AtLeast(4.92)),
            (
                Role::Figure,
                "physicians_per_1000",
                2015,
                Cmp::AtLeast(2.31),
            ),
        ],
    );
    // Where a review starts, it is that period's end, and where it went the last period's.
    let got = rows_or_none(
        "某市卫生健康事业发展“十四五”规划\n人均预期寿命从“十二五”末的75.1岁提高到78.0岁。",
    );
    assert!(
        got.iter()
            .all(|r| (r.year, r.cmp.value()) != (2015, Some(78.0))
                && (r.cmp.value() != Some(75.1) || r.year == 2015)),
        "{got:#?}"
    );
}

#[test]
fn hospitals_and_health_centres_beds_leave_the_staff_the_regions() {
    let got = rows("2015年末,全县医院和卫生院床位2.4千张,卫生专业技术人员3100人。");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2015,
        Cmp::AtLeast(3100.0),
    );
    // One kind's beds still go on about that kind's staff.
    proposes_none_of(
        "2015年末,全县二级以上公立医院床位2400张,卫生技术人员3100人。",
        &["health_technicians"],
    );
}

#[test]
fn the_ninth_sessions_second_reading_keeps_the_rules_to_their_cases() {
    // A count right after a year that opens its clause is not that year's total.
    proposes_none_of(
        "某区卫生健康局2023年工作总结\n2023年新建村卫生室20个,2023年60张床位投入使用,2023年10名医生获评省级名医。",
        &["beds_total", "physicians"],
    );
    let got = rows("全市每千人口床位数2020年5.8张,其中城区2020年8.1张。");
    has(&got, Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(5.8));
    assert_eq!(got.len(), 1, "{got:#?}");
    // A group's outcome is not the region's.
    let got = rows_or_none(
        "某市卫生健康事业发展“十四五”规划\n城区人均预期寿命由2015年77.1岁提高到2020年79.0岁,农村地区由2015年74.2岁提高到2020年76.3岁。",
    );
    assert!(
        got.iter()
            .all(|r| r.subject != Subject::Indicator("life_expectancy".into())),
        "{got:#?}"
    );
    // A year-end summary that names its goal met reports; so does 目前 after a goal.
    let got = rows(
        "某市卫生健康局2024年工作总结\n全面完成年度目标任务,到2024年底,全市每千人口床位数达6.2张。",
    );
    has(&got, Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(6.2));
    let got = rows("2023年12月20日\n其目标是到2023年底人均预期寿命达到79岁,目前已达79.3岁。");
    has_all(
        &got,
        &[
            (Role::Target, "life_expectancy", 2023, Cmp::AtLeast(79.0)),
            (Role::Figure, "life_expectancy", 2023, Cmp::AtLeast(79.3)),
        ],
    );
    // "以来" runs up to now: not the year of an earlier period's end named before it.
    let got = rows(
        "某市卫生健康事业发展“十四五”规划\n截至“十二五”末,全市每千人口床位4.6张。“十三五”以来,人均预期寿命提高到78.6岁。",
    );
    has(&got, Role::Figure, "beds_per_1000", 2015, Cmp::AtLeast(4.6));
    assert!(
        got.iter()
            .all(|r| !(r.1 == "life_expectancy" && r.2 == 2015)),
        "{got:#?}"
    );
}

#[test]
fn a_death_rate_of_none_written_as_a_word() {
    let got = rows("2022年,全县孕产妇死亡率为零,婴儿死亡率3.1‰。");
    has_all(
        &got,
        &[
            (Role::Figure, "maternal_mortality", 2022, Cmp::AtLeast(0.0)),
            (Role::Figure, "infant_mortality", 2022, Cmp::AtLeast(3.1)),
        ],
    );
    // Not a goal's name nor a word inside another.
    assert!(rows_or_none("2022年,全县实现孕产妇死亡率为零的目标。").is_empty());
}

#[test]
fn registered_nursing_staff_are_the_nurses_but_nursing_staff_alone_are_not() {
    let got = rows("2013年底,全市共有卫技人员6100人、注册护理人员2400人。");
    has(&got, Role::Figure, "nurses", 2013, Cmp::AtLeast(2400.0));
    proposes_none_of("2013年底,全市共有护理人员2400人。", &["nurses"]);
}

#[test]
fn the_ninth_sessions_third_reading_keeps_the_prose_rules_to_their_cases() {
    // A count after a year, before its noun, is no total.
    proposes_none_of(
        "全市2021年20名医生获评省级名医,全市2023年600张床位投入使用。",
        &["physicians", "beds_total"],
    );
    // A town's or a health centre's none is not the region's.
    let got = rows_or_none(
        "某县2020年卫生健康事业发展统计公报\n城关镇孕产妇死亡率为零。某乡卫生院辖区婴儿死亡率降为零。",
    );
    assert!(got.iter().all(|r| r.cmp.value() != Some(0.0)), "{got:#?}");
    // A part's own breakdown after 其中 is the part's.
    proposes_none_of(
        "2005年末,乡镇卫生院卫生技术人员1230人,其中注册护士320人、注册护理人员300人。",
        &["nurses", "health_technicians"],
    );
}

#[test]
fn a_part_of_a_year_and_now_after_a_goal() {
    // A rate of the year's first months is not the year's.
    let got = rows(
        "某市2021年卫生健康事业发展统计公报\n2021年1—6月,全市孕产妇死亡率为8.2/10万。全年孕产妇死亡率为9.1/10万。",
    );
    assert!(got.iter().all(|r| r.3 != Cmp::AtLeast(8.2)), "{got:#?}");
    has(
        &got,
        Role::Figure,
        "maternal_mortality",
        2021,
        Cmp::AtLeast(9.1),
    );
    // What is reached now, after a goal's year: the document's year, not the goal's.
    let got = rows(
        "某市卫生健康局2023年工作总结\n按照规划,其目标是到2025年底每千人口执业(助理)医师达3.3人,目前已达3.1人。",
    );
    has_all(
        &got,
        &[
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.3)),
            (Role::Figure, "physicians_per_1000", 2023, Cmp::AtLeast(3.1)),
        ],
    );
}

/// What a clause adds with 增加 before its noun is an addition; 增加到 still names a level.
#[test]
fn a_count_added_with_zengjia_is_no_total() {
    let got = rows_or_none("2024年,全县增加卫生技术人员312名、业务科室95个。");
    assert!(
        !got.iter()
            .any(|r| matches!(&r.subject, Subject::Quantity(q) if q == "health_technicians")),
        "{got:#?}"
    );
    let got = rows("2023年,全县卫生技术人员增加到3120人。");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2023,
        Cmp::AtLeast(3120.0),
    );
}

/// A kind of institution in brackets after a figure is a part of it (公立, 民营…), and beds
/// authorised (编制床位) are no beds set up, whatever their kind.
#[test]
fn kinds_in_brackets_after_a_figure_are_its_parts() {
    let got = rows("2023年末,全市卫生技术人员3.4万人(公立2.7万人),床位2.2万张。");
    let technicians = values_of(&got, "health_technicians");
    assert_eq!(technicians, vec![34000.0], "{got:#?}");
    let got = rows_or_none("截至2013年底,全市编制床位数1620张(公立910张,民营710张)。");
    assert!(
        !got.iter()
            .any(|r| matches!(&r.subject, Subject::Quantity(q) if q.starts_with("beds"))),
        "{got:#?}"
    );
    let got =
        rows_or_none("截至2013年底,全市共有专科医院9所,实有床位1210张(其中民营专科医院430张)。");
    assert!(
        !got.iter()
            .any(|r| matches!(&r.subject, Subject::Quantity(q) if q == "beds_private")),
        "{got:#?}"
    );
}

/// A review that went to a period's end, in a plan naming that period, started five years
/// before it (marked inferred); without the period named, no start year is guessed.
#[test]
fn a_periods_review_starts_five_years_before_its_end() {
    let text = "某市“十四五”卫生健康事业发展规划\n\n一、规划背景\n\n(一)“十三五”时期取得的成就\n\n“十三五”期间,全市卫生健康事业获得了长足发展。截至2020年底,全市人均预期寿命78.1岁;婴儿死亡率由4.2‰下降到2.6‰;每千人口医疗机构床位数由4.3张提高到6.2张。\n";
    let got = rows(text);
    let at = |id: &str, year: i32, v: f64| {
        got.iter()
            .any(|r| r.0 == Role::Figure && r.1 == id && r.2 == year && r.3.value() == Some(v))
    };
    assert!(
        at("beds_per_1000", 2015, 4.3) && at("beds_per_1000", 2020, 6.2),
        "{got:#?}"
    );
    assert!(at("infant_mortality", 2015, 4.2), "{got:#?}");
    assert!(
        got.iter().filter(|r| r.2 == 2015).all(|r| r.4),
        "the start's year is inferred: {got:#?}"
    );
    let unnamed = text.replace("(一)“十三五”时期取得的成就\n\n“十三五”期间,", "");
    let got = rows(&unnamed);
    assert!(
        !got.iter().any(|r| r.3.value() == Some(4.3)),
        "no period named, no start year: {got:#?}"
    );
}

/// A bulletin's date in brackets under its title is no heading of the year it names, and a
/// section numbered 十一、 is a heading like 十、: the figures are the bulletin's year's.
#[test]
fn a_bulletins_date_line_and_its_eleventh_section() {
    let text = "某省2021年国民经济和社会发展统计公报\n某省统计局\n(2022年3月15日)\n\n……\n\n十一、卫生和社会保障\n\n年末全省共有卫生机构21783个。卫生机构床位20.4万张,增长4.9%。卫生技术人员22.8万人,增长5.5%。全年孕产妇死亡率为9.21/10万,婴儿死亡率为3.12‰。\n";
    let got = rows(text);
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2021, Cmp::AtLeast(204_000.0)),
            (Role::Figure, "infant_mortality", 2021, Cmp::AtLeast(3.12)),
        ],
    );
}

/// 优化为, 降为 end a review like 提高到: where it started is of its own year.
#[test]
fn a_review_with_youhuawei() {
    let got = rows(
        "2022年,全市每千人口注册护士由2017年的2.11人提高到3.16人,医护比由1:1.14优化为1:1.26。",
    );
    let ratio: Vec<(i32, Option<f64>)> = got
        .iter()
        .filter(|r| r.1 == "doctor_nurse_ratio")
        .map(|r| (r.2, r.3.value()))
        .collect();
    assert_eq!(
        ratio,
        vec![(2017, Some(1.14)), (2022, Some(1.26))],
        "{got:#?}"
    );
}

/// News of how a plan is going: "提前完成“十四五”规划目标(6.2张)" names the period that owns the
/// goal, not the text's own period nor a time of the figures after it; a year's meeting is
/// held in the year its headline names.
#[test]
fn a_plans_goals_met_early_are_no_period_of_the_text() {
    let text = "我市提前完成“十四五”卫生健康规划多项指标\n2024-05-16  来源:某市卫生健康局\n\n截至2023年底,我市每千人口医疗卫生机构床位数达到6.58张,提前完成“十四五”规划目标(6.4张);每千人口执业(助理)医师数2.71人、注册护士数3.11人,分别完成规划目标值的95.1%和91.2%。全市人均预期寿命达78.2岁。下一步将力争到2025年每千人口执业(助理)医师数达到2.85人。\n";
    let got = rows(text);
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "physicians_per_1000",
                2023,
                Cmp::AtLeast(2.71),
            ),
            (Role::Figure, "life_expectancy", 2023, Cmp::AtLeast(78.2)),
            (
                Role::Target,
                "physicians_per_1000",
                2025,
                Cmp::AtLeast(2.85),
            ),
        ],
    );
    assert!(
        !got.iter()
            .any(|r| r.3.value() == Some(95.1) || (r.0 == Role::Target && r.2 != 2025)),
        "{got:#?}"
    );
    let text = "2024年某某市卫生健康工作会议召开\n\n2月26日,全市卫生健康工作会议召开。会议指出,2023年全市每千人口医疗卫生机构床位数达到6.9张,提前实现“十四五”规划目标(6.8张);全市人均预期寿命达到78.3岁。会议要求,2024年每千人口注册护士数要达到3.7人。\n";
    let got = rows(text);
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.9)),
            (Role::Figure, "life_expectancy", 2023, Cmp::AtLeast(78.3)),
            (Role::Target, "nurses_per_1000", 2024, Cmp::AtLeast(3.7)),
        ],
    );
    // Goals met at the period's end still date what follows.
    let got = rows(
        "某县2021年政府工作报告\n\n过去五年,我们圆满完成“十三五”规划目标任务,全县每千人口床位数达到6.3张。\n",
    );
    has(&got, Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.3));
}

/// A mid-term review: a figure held up to "2025年目标值" keeps its own year (the goal's year
/// dates nothing after it), and the goal in brackets after a figure is not the figure's role
/// nor, without its year, proposed.
#[test]
fn a_review_holds_figures_up_to_goals() {
    let text = "某市“十四五”卫生健康发展规划中期评估报告\n\n二、主要指标完成情况\n2022年,全市人均预期寿命达到78.12岁,已接近2025年目标值(78.6岁)。婴儿死亡率为3.42‰,优于规划目标。每千常住人口医疗卫生机构床位数8.01张。每千人口注册护士数3.45人(目标值3.9人)。\n";
    let got = rows(text);
    has_all(
        &got,
        &[
            (Role::Figure, "infant_mortality", 2022, Cmp::AtLeast(3.42)),
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(8.01)),
            (Role::Figure, "nurses_per_1000", 2022, Cmp::AtLeast(3.45)),
        ],
    );
    assert!(
        !got.iter().any(|r| r.3.value() == Some(3.9) || r.2 == 2025),
        "{got:#?}"
    );
}

/// A work summary's sentence about one hospital counts that hospital's beds; a plan's goals
/// listed as met ("…提出的到2020年…达到6.5张…等主要目标全面完成") are not what was reached; how
/// far a figure is from its goal ("尚差0.37张") and the goal in brackets after its name are
/// neither figures nor goals of the year.
#[test]
fn one_hospital_old_goals_and_gaps_are_not_the_regions_figures() {
    let got = rows(
        "某县卫生健康委员会2023年工作总结\n\n县人民医院新病房大楼投入使用,新增床位300张,开放床位达到1300张。全县医疗卫生机构床位总数达到4286张。\n",
    );
    let beds = values_of(&got, "beds_total");
    assert_eq!(beds, vec![4286.0], "{got:#?}");
    let got = rows(
        "某市“十四五”卫生健康事业发展规划\n(2022年1月)\n\n一、发展基础\n《某市“十三五”卫生与健康规划》提出的到2020年每千常住人口医疗卫生机构床位数达到6.4张、每千人口执业(助理)医师数达到2.6人等主要目标全面完成。到2020年,全市每千常住人口床位数达到7.52张。\n",
    );
    let beds = values_of(&got, "beds_per_1000");
    assert_eq!(beds, vec![7.52], "{got:#?}");
    assert!(
        !got.iter().any(|r| r.1 == "physicians_per_1000"),
        "{got:#?}"
    );
    let got = rows(
        "某市“十二五”卫生事业发展规划中期评估报告\n(2013年6月)\n\n2012年末,全市每千人口医疗机构床位数达到4.23张,距规划目标(每千人口床位数4.6张)尚差0.37张。\n",
    );
    let beds: Vec<(Role, f64)> = got
        .iter()
        .filter(|r| r.1 == "beds_per_1000")
        .filter_map(|r| r.3.value().map(|v| (r.0, v)))
        .collect();
    assert_eq!(beds, vec![(Role::Figure, 4.23)], "{got:#?}");
}

/// A mid-term review: "距规划目标(79岁)差0.64岁" is a gap, "规划目标为3.2人" the goal beside a
/// figure, and "22项主要指标中,已完成9项" counts the plan's items; none is a figure or a goal.
#[test]
fn a_reviews_gaps_goals_beside_and_items_counted() {
    let got = rows(
        "关于《某市“十四五”卫生健康发展规划》实施情况的中期评估报告\n(2023年9月)\n\n《规划》确定的22项主要指标中,已完成或提前完成9项。2022年全市人均预期寿命达到78.36岁,较2020年提高0.52岁,距规划目标(79岁)差0.64岁。每千常住人口执业(助理)医师2.91人,规划目标为3.2人,完成进度为64%。\n",
    );
    assert_eq!(values_of(&got, "life_expectancy"), vec![78.36], "{got:#?}");
    assert_eq!(
        values_of(&got, "physicians_per_1000"),
        vec![2.91],
        "{got:#?}"
    );
    assert!(got.iter().all(|r| r.3.value() != Some(9.0)), "{got:#?}");
}

/// A half year's rates are not the year's, even with no year written; "确保年底前…达到" in a
/// summary's plan is the year's goal; undated, "截至2020年底…达到" still reports.
#[test]
fn half_years_year_end_goals_and_undated_as_of() {
    let got = rows_or_none(
        "某区卫生健康局2024年上半年工作总结\n\n到2022年底,全区每千常住人口医疗卫生机构床位数达到7.6张。上半年,孕产妇死亡率0/10万,婴儿死亡率1.76‰。\n",
    );
    assert!(
        !got.iter()
            .any(|r| matches!(&r.subject, Subject::Indicator(i) if i.ends_with("mortality"))),
        "{got:#?}"
    );
    let got = rows(
        "某市卫生健康委员会2024年上半年工作总结和下半年工作计划\n\n截至2024年6月底,全市每千常住人口床位数4.26张。\n下半年,继续推进优质医疗资源扩容,确保年底前全市每千常住人口床位数达到4.4张。\n",
    );
    has(&got, Role::Target, "beds_per_1000", 2024, Cmp::AtLeast(4.4));
    let got = rows(
        "我市卫生健康规划多项指标进展顺利\n截至2020年底,我市每千人口医疗卫生机构床位数达到6.26张。全市人均预期寿命达78.3岁。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.26)),
            (Role::Figure, "life_expectancy", 2020, Cmp::AtLeast(78.3)),
        ],
    );
}

/// A half-width full stop after a word ends a sentence ("增长8.4%.卫生技术人员2,583人"), never
/// one inside a number.
#[test]
fn a_half_width_full_stop_ends_a_sentence() {
    let got = rows(
        "某县2013年国民经济和社会发展统计公报\n\n年末全县卫生机构床位数2,136张,比上年增长8.4%.卫生技术人员2,483人,其中注册护士794人.\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2013, Cmp::AtLeast(2136.0)),
            (
                Role::Figure,
                "health_technicians",
                2013,
                Cmp::AtLeast(2483.0),
            ),
            (Role::Figure, "nurses", 2013, Cmp::AtLeast(794.0)),
        ],
    );
}

/// A narrow PDF column breaks a label or a count over lines ("…执业(助理)" / "医师2.48人",
/// "…医师3452" / "人、…"): the next line goes on with the sentence.
#[test]
fn a_narrow_columns_line_breaks_inside_a_label() {
    let text = "某市“十四五”卫生健康事业发展规划\n一、发展基础\n截至2020年底,全市卫生技术人员7765人,其中执业(助理)医师3152\n人、注册护士3902人,每千常住人口执业(助理)\n医师2.38人、注册护士2.85人。\n";
    let got = rows(text);
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "physicians_per_1000",
                2020,
                Cmp::AtLeast(2.38),
            ),
            (Role::Figure, "nurses_per_1000", 2020, Cmp::AtLeast(2.85)),
        ],
    );
}

/// In a province's text that names no province, a city listed after 其中 is one of its parts,
/// and so are the clauses after it, until the whole is named again; a title opening with its
/// year still names the region.
#[test]
fn a_city_listed_after_qizhong_in_a_provinces_text() {
    let got = rows(
        "2021年全省卫生健康统计数据发布\n2022-08-18  来源:某某日报\n\n2021年末,全省医疗卫生机构床位数达到60.2万张,每千人口床位7.01张。其中,甲州市床位数9.6万张,每千人口床位8.13张。全省卫生技术人员65.6万人。\n",
    );
    let beds: Vec<f64> = got
        .iter()
        .filter(|r| r.1.starts_with("beds"))
        .filter_map(|r| r.3.value())
        .collect();
    assert_eq!(beds, vec![602_000.0, 7.01], "{got:#?}");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2021,
        Cmp::AtLeast(656_000.0),
    );
    let got = rows(
        "2022年乙州市卫生健康事业发展统计公报\n2022年末,全市医疗卫生机构床位数4.62万张。其中,丙山区床位1.01万张。\n",
    );
    let beds = values_of(&got, "beds_total");
    assert_eq!(beds, vec![46_200.0], "{got:#?}");
}

/// The third reading's cases: a goal passed by how much ("分别超过规划目标0.15人、0.12人") is no
/// goal; "规划目标值为3.93人" in a review is the goal, not a figure; a goal's year after 距
/// dates nothing after it; a period in a plan's title carries no year to the next sentence;
/// a kind of institution's 医护比 and a district-run part (区属) are not the region's; a
/// county's 全市 is the city around it, and a headline opening with the place names the region.
#[test]
fn the_tenth_sessions_third_reading() {
    let got = rows(
        "某区2025年卫生健康工作总结\n\n全区每千常住人口执业(助理)医师3.45人、注册护士3.82人,分别超过规划目标0.15人、0.12人。\n",
    );
    assert!(
        !got.iter()
            .any(|r| r.3.value() == Some(0.12) || r.3.value() == Some(0.15)),
        "{got:#?}"
    );
    let got = rows(
        "某市“十四五”规划中期评估报告\n\n截至2023年底,全市每万人口全科医生数3.02人,规划目标值为3.83人。\n",
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.3.value() == Some(3.83)),
        "{got:#?}"
    );
    let got = rows(
        "某市“十四五”规划中期评估报告(2023年)\n\n截至2022年底,全市每千常住人口执业(助理)医师3.01人,距2025年规划目标(3.3人)尚差0.29人;每千常住人口注册护士3.54人。\n",
    );
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2022,
        Cmp::AtLeast(3.54),
    );
    let got = rows(
        "某市床位数提前达标\n2024-03-21  来源:某某日报\n\n截至2023年底,我市每千常住人口医疗卫生机构床位数达7.36张,提前实现《某市“十四五”卫生健康发展规划》确定的7.1张目标。全市共有医疗卫生机构床位8016张;每千常住人口注册护士4.11人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(8016.0)),
            (Role::Figure, "nurses_per_1000", 2023, Cmp::AtLeast(4.11)),
        ],
    );
    let got = rows(
        "某市2020年卫生健康统计公报\n\n2020年,全市医护比为1:1.21。其中,三级医院医护比达到1:1.62,基层医疗卫生机构医护比仅为1:0.58。全区医疗卫生机构实有床位15362张,其中区属医疗机构床位1186张。\n",
    );
    let ratios = values_of(&got, "doctor_nurse_ratio");
    assert_eq!(ratios, vec![1.21], "{got:#?}");
    assert!(!got.iter().any(|r| r.3.value() == Some(1186.0)), "{got:#?}");
    let got = rows(
        "甲善县:每千人口床位数达5.8张\n2021-06-11  来源:某某日报\n\n2020年末,全市每千人口医疗卫生机构床位数6.07张,其中甲善县5.80张。甲善县卫生技术人员达到6210人。\n",
    );
    assert!(!got.iter().any(|r| r.3.value() == Some(6.07)), "{got:#?}");
}

/// 我县, 我州, 我区 are the text's own region, never another place.
#[test]
fn wo_xian_is_the_region_itself() {
    for own in ["我县", "我州", "我区", "我旗"] {
        let got = rows(&format!(
            "某县“十四五”卫生健康规划\n\n2020年,{own}每千人口医疗卫生机构床位数为4.76张。\n"
        ));
        has(
            &got,
            Role::Figure,
            "beds_per_1000",
            2020,
            Cmp::AtLeast(4.76),
        );
    }
}

/// What a count leaves out in brackets ("卫生机构(不含村卫生室)") names no part it counts.
#[test]
fn an_exclusion_in_brackets_names_no_part() {
    let got = rows(
        "某市2011年国民经济和社会发展统计公报\n\n十一、卫生\n年末全市卫生机构(不含村卫生室)共有327个,实有病床0.98万张,增长9.1%;卫生技术人员1.02万人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2011, Cmp::AtLeast(9800.0)),
            (
                Role::Figure,
                "health_technicians",
                2011,
                Cmp::AtLeast(10200.0),
            ),
        ],
    );
}

/// A wider whole opening a clause goes on in the clauses after it ("全省…8.12张,每千人口执业
/// (助理)医师3.35人"); in a province's text naming no province, a city is one of its parts
/// (西安市…, 省会…); a figure held up against another's in brackets after 仅次于 is not the
/// region's.
#[test]
fn a_wider_wholes_clauses_and_a_provinces_cities() {
    let got = rows(
        "全省卫生健康统计公报发布 我市床位数居全省第二\n2024-06-18  来源:某某日报\n\n截至2023年底,全省每千人口医疗卫生机构床位数达8.02张,每千人口执业(助理)医师3.25人。我市每千人口床位数达到9.36张,仅次于甲沙市(9.73张),每千人口执业(助理)医师3.42人。\n",
    );
    let values: Vec<f64> = got.iter().filter_map(|r| r.3.value()).collect();
    assert_eq!(values, vec![9.36, 3.42], "{got:#?}");
    let got = rows(
        "我省卫生资源持续增长\n2022-03-01  来源:某某日报\n\n2021年底,全省每千人口医疗卫生机构床位数7.05张。西川市每千人口床位数达到8.12张。省会东城每千人口床位8.35张。\n",
    );
    let values: Vec<f64> = got.iter().filter_map(|r| r.3.value()).collect();
    assert_eq!(values, vec![7.05], "{got:#?}");
}

/// A number broken after its decimal point by a line ("3.\n12 人") is one number; "较…规划目标
/// (6.2张)高0.28张" is a difference; "国家提出到2025年…" is the nation's goal; a clause opening
/// with its year then 全国 is the nation's, and so are the clauses after it.
#[test]
fn the_tenth_sessions_fifth_reading_sentences() {
    let got = rows(
        "某区“十四五”卫生健康规划\n\n2020年,全区常住人口206.7万人,每千常住人口执业(助理)医师 3.\n12 人。\n",
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2020,
        Cmp::AtLeast(3.12),
    );
    let got = rows(
        "某县2025年卫生健康工作总结\n\n2025年,全县每千常住人口医疗卫生机构床位数达6.38张,较“十四五”规划目标(6.2张)高0.18张。\n",
    );
    assert!(!got.iter().any(|r| r.3.value() == Some(0.18)), "{got:#?}");
    let got = rows(
        "某市“十四五”卫生健康规划\n\n从全国看,2020年全国每千人口医疗卫生机构床位数6.46张,每千人口执业(助理)医师2.90人。国家提出到2025年每千人口执业(助理)医师数达到3.2人的目标。我市2020年每千人口床位数5.92张。\n",
    );
    let values: Vec<f64> = got.iter().filter_map(|r| r.3.value()).collect();
    assert_eq!(values, vec![5.92], "{got:#?}");
}

/// The fourth reading's sentences: a multiple of another year's ("是2012年的1.8倍") dates
/// nothing after it; a bound a year kept under ("控制在10/10万以内", "低于5‰") is not its figure
/// (控制在3.95‰ is); beds counted in people are a line run into another; a report's delivery
/// line and a news page's source (赣州日报, with 我市) name the region.
#[test]
fn the_tenth_sessions_sixth_reading_sentences() {
    let got = rows(
        "某州卫生健康事业发展成就\n\n截至2023年底,全州床位数达2.66万张,是2012年的1.8倍;每千人口床位数7.15张;卫生技术人员2.59万人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(7.15)),
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(25_900.0),
            ),
        ],
    );
    let got = rows(
        "某市2021年卫生健康工作总结\n\n全年孕产妇死亡率控制在10/10万以内,婴儿死亡率控制在3.95‰,5岁以下儿童死亡率低于5‰。\n",
    );
    let mortality: Vec<(String, Option<f64>)> =
        got.iter().map(|r| (r.1.clone(), r.3.value())).collect();
    assert_eq!(
        mortality,
        vec![("infant_mortality".to_string(), Some(3.95))],
        "{got:#?}"
    );
    let got = rows(
        "某市2020年国民经济和社会发展统计公报\n\n年末全市医疗卫生机构床位数        29.36万人,比上年末增加1.02万人;卫生技术人员2.31万人。\n",
    );
    assert!(!got.iter().any(|r| r.1 == "beds_total"), "{got:#?}");
    let got = rows(
        "政府工作报告\n——2022年1月6日在甲州市第十七届人民代表大会第一次会议上\n\n过去五年,全市每千人口床位数达到6.9张。其中,乙阳市每千人口床位数达到7.1张。\n",
    );
    let beds = values_of(&got, "beds_per_1000");
    assert_eq!(beds, vec![6.9], "{got:#?}");
}

/// A report's date in brackets under its title dates it ((2008年9月)): a mid-term review's
/// 到2010年…要达到 are goals ahead; a plan's goal named as set (《行动计划》提出,到2022年…) in a
/// later report is neither a figure nor a goal ahead, while 到2022年底…达到 there reports.
#[test]
fn a_reviews_date_line_and_the_goals_it_names() {
    let got = rows(
        "某市卫生事业发展“十一五”规划中期评估报告\n(2008年9月)\n\n至2007年底,全市每千人口病床2.39张。按照规划要求,到2010年每千人口病床要达到3张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2007, Cmp::AtLeast(2.39)),
            (Role::Target, "beds_per_1000", 2010, Cmp::AtLeast(3.0)),
        ],
    );
    let got = rows(
        "某市卫生健康委员会关于三年行动计划实施情况的报告\n(2023年2月)\n\n《行动计划》提出,到2022年全市每千人口医疗卫生机构床位数达到6.8张。经过三年努力,到2022年底,全市每千人口床位数达到6.83张。\n",
    );
    let beds: Vec<(Role, i32, Option<f64>)> = got
        .iter()
        .filter(|r| r.1 == "beds_per_1000")
        .map(|r| (r.0, r.2, r.3.value()))
        .collect();
    assert_eq!(beds, vec![(Role::Figure, 2022, Some(6.83))], "{got:#?}");
}

#[test]
fn a_government_work_report_plans_its_own_year() {
    // Delivered as its year opens: 去年 reached, 今年 aims; the delivery line in brackets dates
    // it and is not a section of that year; a title may give its year in characters.
    for head in [
        "2025年某某市人民政府工作报告\n",
        "某某市人民政府工作报告\n（2025年1月8日在某某市第七届人民代表大会第五次会议上）\n",
        "二〇二五年某某市人民政府工作报告\n",
    ] {
        let got = rows(&format!(
            "{head}去年，全市每千人口执业（助理）医师数达到3.12人，人均预期寿命提高到78.9岁。\n今年，每千人口注册护士数达到3.7人。\n"
        ));
        has_all(
            &got,
            &[
                (
                    Role::Figure,
                    "physicians_per_1000",
                    2024,
                    Cmp::AtLeast(3.12),
                ),
                (Role::Figure, "life_expectancy", 2024, Cmp::AtLeast(78.9)),
                (Role::Target, "nurses_per_1000", 2025, Cmp::AtLeast(3.7)),
            ],
        );
        assert_eq!(got.len(), 3, "{head}: {got:#?}");
    }
    // A summary written as its year closes: its 今年 is what was reached.
    let got = rows("某某县卫生健康局2023年工作总结\n今年，全县每千人口注册护士3.42人。\n");
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2023,
        Cmp::AtLeast(3.42),
    );
}

#[test]
fn a_goal_goes_on_after_its_semicolon() {
    // The clauses after "到2025年,…达到7.8张;" without a verb of their own are that year's goals.
    let got = rows(
        "某某市卫生健康发展规划\n到2025年,全市每千常住人口医疗卫生机构床位数达到7.8张;每千常住人口执业(助理)医师数达到3.2人,其中中医类别执业(助理)医师0.62人;每千常住人口药师(士)数0.54人;个人卫生支出占卫生总费用小于28%。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Target,
                "tcm_physicians_per_1000",
                2025,
                Cmp::AtLeast(0.62),
            ),
            (
                Role::Target,
                "pharmacists_per_1000",
                2025,
                Cmp::AtLeast(0.54),
            ),
            (
                Role::Target,
                "tracked:个人卫生支出占卫生总费用",
                2025,
                Cmp::AtMost(28.0),
            ),
        ],
    );
    assert!(got.iter().all(|r| r.0 == Role::Target), "{got:#?}");
    // Not past a clause of now, nor after a sentence that reached a year (截止到2018年底).
    let got = rows(
        "某某市卫生健康发展规划\n到2025年,全市每千常住人口医疗卫生机构床位数达到7.8张;目前每千常住人口药师(士)数0.44人。\n",
    );
    assert!(
        got.iter().all(|r| r.1 != "pharmacists_per_1000"),
        "{got:#?}"
    );
    let got = rows_or_none(
        "某某市2018年卫生机构基本情况\n截止到2018年底,全市拥有卫生机构5270个;其中医院274个,卫生院117个。\n",
    );
    assert!(got.iter().all(|r| r.role == Role::Figure), "{got:#?}");
}

#[test]
fn care_homes_beds_are_not_the_regions_beds() {
    // A bulletin's 社会保障 section counts the beds of care homes and welfare institutions.
    for text in [
        "某某省2017年国民经济和社会发展统计公报\n年末全省医疗卫生机构床位45.84万张。年末各类提供住宿的社会服务机构床位32.4万张。\n",
        "某某市2013年国民经济和社会发展统计公报\n年末全市医疗卫生机构床位14256张。全市共有各类收养性社会福利机构66个,床位7812张。\n",
        "某某县2008年国民经济和社会发展统计公报\n年末全县医疗卫生机构床位1432张。全县敬老院床位560张。\n",
        "某某市统计年鉴2022\n15-9  社会服务机构及床位(2021年)\n项目                      单位        数量\n提供住宿的民政机构        个          236\n  床位数                  张          21 506\n  #养老机构床位           张          19 812\n",
    ] {
        let beds = rows_or_none(text)
            .into_iter()
            .filter(|r| matches!(&r.subject, Subject::Quantity(q) if q == "beds_total"))
            .count();
        assert!(beds <= 1, "{text}");
    }
    let got = rows(
        "某某市2013年国民经济和社会发展统计公报\n年末全市医疗卫生机构床位14256张。全市共有各类收养性社会福利机构66个,床位7812张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![14256.0]);
}

#[test]
fn a_news_pages_links_to_other_stories_are_not_read() {
    let got = rows(
        "湘西州“十四五”卫生健康规划出台\n到2025年,全州每千人口床位数达到7.5张。\n相关新闻：\n· 张家界市“十四五”卫生健康规划出台 每千人口床位达7.2张\n· 怀化：到2025年人均预期寿命达到78岁\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.5]);
    assert!(values_of(&got, "life_expectancy").is_empty(), "{got:#?}");
    // A story after a blank line is read again.
    let got = rows(
        "某某市卫生健康新闻\n相关链接：\n>> 杭州：到2030年每千人口执业（助理）医师数达5.2人\n\n到2025年,全市每千人口床位数达到7.5张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.5]);
    assert!(
        values_of(&got, "physicians_per_1000").is_empty(),
        "{got:#?}"
    );
}

#[test]
fn a_pdfs_footnote_marks_are_no_figures() {
    let got = rows(
        "某某市2025年国民经济和社会发展统计公报\n年末全市常住人口[2]436.5万人。医疗卫生机构床位[19]3.26万张。卫生技术人员3.58万人,其中执业(助理)医师[20]1.42万人,注册护士1.57万人。每千人口执业(助理)医师[21]3.25人。\n[2] 常住人口为城乡一体化住户调查推算数。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![32600.0]);
    assert_eq!(values_of(&got, "physicians"), vec![14200.0]);
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.25]);
    // One digit glued to a unit before the clause ends: "8.12/10万3,".
    let got = rows(
        "某某市2020年卫生健康事业发展统计公报\n2020年,全市人均预期寿命达到77.86岁2,孕产妇死亡率为8.12/10万3,婴儿死亡率3.1‰。\n",
    );
    assert_eq!(values_of(&got, "maternal_mortality"), vec![8.12]);
    assert_eq!(values_of(&got, "life_expectancy"), vec![77.86]);
    // A document number's year in brackets still marks a page's header line.
    assert!(super::super::label::is_page_meta("某政发[2023]15号"));
    assert!(!super::super::label::is_page_meta(
        "执业(助理)医师[20]1.42万人"
    ));
}

#[test]
fn figures_of_the_regions_parts_and_of_a_wider_whole_are_not_its_own() {
    // "分市看," opens the parts until the whole is named again.
    let got = rows(
        "山东省2022年卫生健康事业发展统计公报\n2022年末,全省每千人口床位数7.18张。分市看,济南、青岛每千人口床位数分别为8.93张、7.62张,武陵区每千人口床位数达14.6张。全省每千人口执业(助理)医师3.56人。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.18]);
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.56]);
    // A wider whole after a year's end ("2022年末全省…") goes on over the clauses after it.
    let got = rows(
        "某某市2022年卫生健康事业发展统计公报\n2022年末,全市每千常住人口床位数7.1张,执业(助理)医师4.02人。从全省看,2022年末全省每千常住人口床位数6.95张,执业(助理)医师3.56人,注册护士3.89人。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![4.02]);
    assert!(values_of(&got, "nurses_per_1000").is_empty(), "{got:#?}");
    // An average in brackets, or one the figure is a share of, is a wider region's.
    let got = rows(
        "某某县年鉴(2021)\n2020年末,全县每千常住人口床位数8.12张(某某州平均7.85张),每千人口执业(助理)医师数2.27人,仅为某某市平均水平(3.98人)的57%。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![8.12]);
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![2.27]);
}

#[test]
fn a_place_named_as_a_clauses_subject_goes_on_over_its_list() {
    // The conference is in 兰州; its offices' speeches are theirs; the source names the province.
    let text = "全省卫生健康工作会议在兰州召开\n发布日期：2024-01-25 17:42　来源：甘肃省卫生健康委员会\n会议指出,2023年,全省人均预期寿命达到75.6岁,全省每千人口床位数7.92张。\n会上,兰州市、天水市、酒泉市卫生健康委作交流发言。兰州市每千人口执业(助理)医师数已达到4.82人,每千人口床位数9.6张;……酒泉市婴儿死亡率降至2.9‰。\n";
    let got = rows(text);
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.92]);
    assert!(
        values_of(&got, "physicians_per_1000").is_empty(),
        "{got:#?}"
    );
    assert!(values_of(&got, "infant_mortality").is_empty(), "{got:#?}");
    let p = import(text, &Catalog::builtin()).expect("imports");
    assert_eq!(p.region.map(|r| r.value), Some("甘肃省".to_string()));
    // A place compared in brackets does not take the clauses after it.
    let got = rows(
        "全省卫生健康统计公报发布 我市每千人口床位数居全省第二\n2024-06-18 09:12  来源：株洲日报\n截至2023年底,全省每千人口医疗卫生机构床位数达8.12张。株洲市每千人口床位数达到9.46张,仅次于长沙市(9.83张),每千人口执业(助理)医师3.52人。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![9.46]);
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.52]);
}

#[test]
fn a_news_leads_figures_without_a_year_are_of_the_year_its_paragraph_reports_to() {
    // The page's header line does not run into the lead; the lead's figures are of 2024, the
    // year it says it reports to, not of the page's December 2025.
    let got = rows(
        "发布时间:2025-12-03 05:31:23 来源: 财联社\n中新网长沙12月2日电 全省医疗卫生机构57639个,床位数523215张;截至2024年底,全省人均预期寿命提升至79岁。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2024, Cmp::AtLeast(523215.0)),
            (Role::Figure, "life_expectancy", 2024, Cmp::AtLeast(79.0)),
        ],
    );
}

#[test]
fn a_news_page_told_its_figures_reports_them() {
    // Told at a press conference: its undated 达到 are the latest year it reports, not goals of
    // the year a last sentence aims at.
    let got = rows(
        "我市每千人口床位数达8.12张 优质医疗资源扩容下沉\n2024-05-22 08:46:17　来源：某某日报\n本报讯 记者从发布会上获悉,截至2023年底,全市医疗卫生机构床位达到57326张。\n人才队伍持续壮大。全市卫生技术人员达到6.43万人;每千人口执业(助理)医师3.41人。\n下一步,我市将力争到2025年每千人口执业(助理)医师数达到3.6人。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2023,
                Cmp::AtLeast(64300.0),
            ),
            (
                Role::Figure,
                "physicians_per_1000",
                2023,
                Cmp::AtLeast(3.41),
            ),
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(8.12)),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.6)),
        ],
    );
    // 去年 / 上年 opening a clause inside the sentence, and over its semicolons; 今年 ends it.
    let got = rows(
        "某某市政府新闻办举行卫生健康事业发展新闻发布会\n发布时间：2025年1月16日  来源：某某网\n记者从新闻发布会上获悉，去年，我市医疗卫生资源总量持续增加，全市医疗卫生机构床位达到4.27万张；每千常住人口执业（助理）医师3.41人。今年，我市将新增床位1500张，力争每千人口执业（助理）医师达到3.5人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2024, Cmp::AtLeast(42700.0)),
            (
                Role::Figure,
                "physicians_per_1000",
                2024,
                Cmp::AtLeast(3.41),
            ),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(3.5)),
        ],
    );
    let got = rows(
        "某某市2024年卫生健康工作要点\n发布时间:2024-03-12\n上年，全市每千常住人口医疗卫生机构床位数达到6.72张，每千常住人口执业（助理）医师3.05人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.72)),
            (
                Role::Figure,
                "physicians_per_1000",
                2023,
                Cmp::AtLeast(3.05),
            ),
        ],
    );
}

#[test]
fn a_plans_span_in_its_title_dates_it_at_the_spans_start() {
    // "(2021-2025年)": written as the period opened; its 2025 goals are ahead.
    let got = rows(
        "某某市医疗卫生服务体系规划(2021-2025年)\n到2025年,每千常住人口医疗卫生机构床位数由2020年的5.86张增加到6.5张左右。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(5.86)),
            (Role::Target, "beds_per_1000", 2025, Cmp::About(6.5)),
        ],
    );
    // A data page's span is of its last year.
    let got = rows(
        "2016-2021年某某市卫生机构、床位及卫生技术人员数据\n截至2021年底,某某市共有卫生技术人员11476人。\n",
    );
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2021,
        Cmp::AtLeast(11476.0),
    );
}

#[test]
fn a_summary_and_plan_reads_its_goals_and_its_years() {
    let got = rows(
        "某县卫生健康局2024年工作总结和2025年工作计划\n发布日期：2025-01-20 15:32\n二、存在的问题\n一是医疗资源总量不足，每千人口床位数仅3.08张。\n三、2025年工作计划\n2025年是“十四五”规划收官之年。主要目标：全县每千常住人口执业（助理）医师数达到2.7人，每千人口床位数达到3.5张以上，孕产妇死亡率控制在8/10万以下。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(3.08)),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(2.7)),
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(3.5)),
            (Role::Target, "maternal_mortality", 2025, Cmp::AtMost(8.0)),
        ],
    );
}

#[test]
fn a_kind_named_with_its_bracket_is_its_own() {
    // "技师(士)2210人" is no 执业医师 nor 药师 count; the bracket does not hide the kind.
    let got = rows(
        "某某市2022年卫生健康工作总结\n截至2022年底,全市卫生技术人员3.36万人,其中执业医师1.36万人,技师(士)2210人。\n",
    );
    assert_eq!(values_of(&got, "licensed_physicians"), vec![13600.0]);
    let got = rows(
        "某某市2022年卫生健康工作总结\n截至2022年底,全市卫生技术人员3.36万人,其中注册护士1.52万人,药师(士)1580人,技师(士)2210人。\n",
    );
    assert_eq!(values_of(&got, "pharmacists"), vec![1580.0]);
}

#[test]
fn the_year_of_the_population_a_rate_is_counted_on_is_not_the_rates() {
    let got = rows(
        "某某市卫生健康委2025年上半年工作总结\n发布时间:2025-07-15\n截至6月底,全市医疗卫生机构床位数达到3.86万张,按2024年末常住人口计算,每千人口床位数7.42张。\n",
    );
    assert!(got.iter().all(|r| r.2 != 2024), "{got:#?}");
}

#[test]
fn this_years_date_and_last_years_end_date_the_figures_after_them() {
    let got = rows(
        "我县基层医疗服务能力持续提升\n2023-10-26 17:02　来源：某某县人民政府网\n记者从县卫健局获悉，截至今年9月底，全县医疗卫生机构床位达到4126张，较去年底的3958张增加168张。去年底，全县卫生技术人员3872人，每千人口床位数4.52张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2023, Cmp::AtLeast(4126.0)),
            (
                Role::Figure,
                "health_technicians",
                2022,
                Cmp::AtLeast(3872.0),
            ),
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(4.52)),
        ],
    );
    // "上年末为2.84万张" names last year's figure beside; the sentences after are the year's.
    let got = rows(
        "2019年某某市国民经济和社会发展统计公报\n年末全市卫生机构床位数2.97万张，比上年末增加0.13万张，上年末为2.84万张。卫生技术人员2.65万人。\n",
    );
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2019,
        Cmp::AtLeast(26500.0),
    );
}

#[test]
fn a_base_alone_after_a_count_is_that_counts_density() {
    let got = rows(
        "某某市2023年国民经济和社会发展统计公报\n年末全市卫生技术人员5.62万人,每千常住人口7.21人;执业(助理)医师2.08万人,每千常住人口3.77人;注册护士2.31万人,每千常住人口4.18人。\n",
    );
    assert_eq!(values_of(&got, "health_technicians_per_1000"), vec![7.21]);
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.77]);
    assert_eq!(values_of(&got, "nurses_per_1000"), vec![4.18]);
    // Not across a count of another kind between.
    let got = rows(
        "某某市2023年国民经济和社会发展统计公报\n年末全市卫生技术人员5.62万人,床位2.1万张,每千常住人口7.21人。\n",
    );
    assert!(
        values_of(&got, "health_technicians_per_1000").is_empty(),
        "{got:#?}"
    );
}

#[test]
fn a_count_in_the_thousands_after_a_density_is_a_count() {
    let got = rows(
        "某某市2020年卫生健康事业发展统计公报\n2020年末,全市卫生技术人员7250人,每千常住人口卫生技术人员5.76人,其中执业(助理)医师3120人、注册护士3425人。\n",
    );
    assert_eq!(values_of(&got, "physicians"), vec![3120.0]);
    assert_eq!(values_of(&got, "nurses"), vec![3425.0]);
    assert_eq!(values_of(&got, "health_technicians_per_1000"), vec![5.76]);
}

#[test]
fn a_place_named_in_a_clause_before_and_places_listed_are_not_the_region() {
    let got = rows(
        "《某某自治州“十四五”卫生健康事业发展规划》印发实施\n到2025年全州每千人口床位数将达7.8张。《规划》还对各县市提出了差异化要求。其中,吉首市作为州府所在地,到2025年每千人口床位数将达到11.2张,龙山、永顺、花垣等县不低于6.5张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.8]);
}

#[test]
fn a_pdfs_narrow_lines_are_read_as_their_sentences() {
    // Lines broken at ~22 characters inside sentences; "个、" opening a line is no numbering;
    // a count's unit on the next line is its unit.
    let got = rows(
        "某某市“十四五”卫生健康事业发展规划\n截至2020年底，全市共有各级各类医疗卫生机构\n1086个，其中医院32家、基层医疗卫生机构1038\n个、专业公共卫生机构16个；编制床位7985张，\n实有床位9126张，每千常住人口床位数6.57张；\n卫生技术人员8765人，其中执业（助理）医师3452\n人、注册护士4102人，每千常住人口执业（助理）\n医师2.48人、注册护士2.95人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2020, Cmp::AtLeast(9126.0)),
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.57)),
            (Role::Figure, "physicians", 2020, Cmp::AtLeast(3452.0)),
            (Role::Figure, "nurses", 2020, Cmp::AtLeast(4102.0)),
            (
                Role::Figure,
                "physicians_per_1000",
                2020,
                Cmp::AtLeast(2.48),
            ),
        ],
    );
    // A decimal broken at its point is read whole ("床位7.\n22张"), never as 7.
    let got = rows(
        "2019年某某市国民经济和社会发展统计公报\n年末全市卫生技术人员2.01万人，其中执业（助理）医师0.68万人。每千人口医疗卫生机构床位7.\n22张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.22]);
}

#[test]
fn neighbours_in_brackets_gaps_one_hospitals_beds_and_tcm_gps_are_not_the_regions() {
    let got = rows(
        "长兴县卫生健康事业发展情况\n2021年,全县每千人口执业(助理)医师3.23人,与邻近的德清县(执业(助理)医师每千人口3.41人)、安吉县(3.18人)相比仍有差距。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.23]);
    let got = rows_or_none(
        "某某县卫生健康发展规划\n2020年,与宜昌市平均水平相比,我县每千人口执业(助理)医师数低0.45人。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
    let got = rows(
        "某某区2024年政府工作报告\n2023年,青岛大学附属医院西海岸院区二期投入使用,开放床位1100张。全区医疗卫生机构床位达到12600张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![12600.0]);
    let got = rows_or_none(
        "某某市中医药发展规划\n到2025年,每千人口中医类别执业(助理)医师数达到0.85人,每万人口中医类别全科医生数达到0.8人。\n",
    );
    assert!(
        got.iter().all(
            |r| !matches!(&r.subject, Subject::Indicator(i) if i == "gps_per_10000")
                && r.value() != Some(0.08)
        ),
        "{got:#?}"
    );
}

#[test]
fn a_past_plans_goal_named_in_a_later_review_is_not_a_figure() {
    let got = rows(
        "某某市卫生健康事业发展“十三五”规划\n成文日期: 2016年10月08日\n“十二五”规划提出到2015年每千人口医疗卫生机构床位数达到4.5张,实际达到4.86张;每千人口执业(助理)医师数目标为1.6人,实际为1.42人。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![4.86]);
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![1.42]);
    let got = rows(
        "某某市“十五五”卫生健康规划政策问答\n发布时间:2026-03-02\n答:2025年,全市每千人口执业(助理)医师数3.85人。“十四五”规划确定到2025年每千人口执业(助理)医师数达到3.7人,均已超额完成。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.85]);
}

#[test]
fn the_nations_goals_after_a_year_aimed_at_are_not_the_regions() {
    let got = rows(
        "某某省卫生健康新闻发布会\n2023年,全省每千人口执业(助理)医师数3.3人。国家“十四五”国民健康规划提出,到2025年全国每千人口执业(助理)医师数达到3.2人,每千人口注册护士数达到3.8人。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.3]);
    assert!(values_of(&got, "nurses_per_1000").is_empty(), "{got:#?}");
}

#[test]
fn an_autonomous_regions_cities_goals_are_not_its_own() {
    let got = rows(
        "自治区印发卫生健康事业发展“十四五”规划\n到2025年,全区每千人口医疗卫生机构床位数达到7张。《规划》明确,支持南宁市建设国际医疗中心,到2025年南宁市每千人口床位数达到9.5张;柳州市每千人口执业(助理)医师数达到3.6人,百色市每千人口床位数不低于6.5张。全区已有14个设区市启动规划编制。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.0]);
    assert!(
        values_of(&got, "physicians_per_1000").is_empty(),
        "{got:#?}"
    );
}

#[test]
fn a_formulas_factor_and_the_nations_plans_goals_are_no_figures() {
    let got = rows_or_none(
        "某某市统计年鉴2021\n指标解释\n每千人口医疗卫生机构床位数 计算公式：医疗卫生机构床位数/年末常住人口×1000。《全国医疗卫生服务体系规划纲要（2015—2020年）》提出，到2020年每千常住人口医疗卫生机构床位数控制在6张左右。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_compared_figure_in_a_bracket_holding_a_bracket_is_the_compared_ones() {
    // "仅次于上海(执业(助理)医师每千人口3.41人)": the inner (助理) does not close the outer bracket.
    let got = rows(
        "某某市2021年卫生健康事业发展统计公报\n2021年末,全市每千人口执业(助理)医师3.23人,仅次于上海(执业(助理)医师每千人口3.41人)。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.23]);
}

#[test]
fn a_family_planning_heading_or_issuer_names_no_plan() {
    // 计划生育 and 计划免疫 are services: a section "三、计划生育" or an issuer "卫生和计划生育委员会"
    // is no plan's title, and the report's undated figures keep its year.
    for line in [
        "三、计划生育",
        "某某市卫生和计划生育委员会 2015年5月",
        "四、计划免疫",
    ] {
        let got = rows(&format!(
            "2014年某某市卫生计生事业发展情况\n\n全市孕产妇死亡率13.76/10万,婴儿死亡率4.91‰。\n\n{line}\n全市人口出生率12.36‰。\n"
        ));
        has(
            &got,
            Role::Figure,
            "infant_mortality",
            2014,
            Cmp::AtLeast(4.91),
        );
    }
}

#[test]
fn a_province_named_with_zhou_speaks_of_its_whole_as_quan_sheng() {
    // 贵州省: the 州 is the name's; a province's 全省 is its own whole, not a wider region's.
    let got = rows(
        "贵州省2023年国民经济和社会发展统计公报\n\n年末全省医疗卫生机构床位21.38万张。年末全省常住人口3865.00万人。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![213800.0]);
}

#[test]
fn the_closing_year_of_a_period_still_running_opens_the_year_ahead() {
    // "2025年是“十四五”规划收官之年" in a report of 2025 looks ahead; in one of 2026 it looks back.
    let text = |d: i32| {
        format!(
            "某某市2024年工作总结和2025年工作计划\n发布日期：{d}-01-20\n一、2024年工作总结\n全市每千人口执业（助理）医师数3.62人。\n二、2025年工作计划\n2025年是“十四五”规划收官之年。\n（一）加强人才队伍建设。每千人口执业（助理）医师数达到3.8人。\n"
        )
    };
    let got = rows(&text(2025));
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.8),
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.3 == Cmp::AtLeast(3.8)),
        "{got:#?}"
    );
}

#[test]
fn a_figure_in_a_bracket_opening_on_another_place_is_that_places() {
    for text in [
        "广州市天河区概况\n2024年末,全区每千常住人口执业(助理)医师8.56人、注册护士11.02人(同期广州市每千人口床位数为6.82张)。全区每千常住人口床位数10.18张。\n",
        "某某县2023年国民经济和社会发展统计公报\n年末全县每千人口床位数9.1张(湘西州为8.02张)。\n",
    ] {
        let got = rows(text);
        assert_eq!(values_of(&got, "beds_per_1000").len(), 1, "{got:#?}");
        assert!(
            !values_of(&got, "beds_per_1000").contains(&6.82),
            "{got:#?}"
        );
        assert!(
            !values_of(&got, "beds_per_1000").contains(&8.02),
            "{got:#?}"
        );
    }
}

#[test]
fn a_districts_own_name_names_no_group() {
    // 东城区, 郊区: a district named like a town's part (城区, 郊区) is the text's own region.
    for name in ["东城区", "郊区"] {
        let got = rows(&format!(
            "{name}2023年卫生健康事业发展统计公报\n2023年{name}户籍居民平均期望寿命84.63岁。\n{name}每千人口执业（助理）医师3.2人。\n"
        ));
        has(
            &got,
            Role::Figure,
            "life_expectancy",
            2023,
            Cmp::AtLeast(84.63),
        );
    }
    // In a city's text the town's people stay a group.
    let got = rows_or_none(
        "某某市2023年卫生健康事业发展统计公报\n全市人均预期寿命80.1岁,其中城区人均预期寿命81.5岁。\n",
    );
    assert!(got.iter().all(|r| r.cmp.value() != Some(81.5)), "{got:#?}");
}

#[test]
fn groups_of_people_regions_of_the_nation_and_one_kind_of_bed_are_not_the_whole() {
    let got = rows(
        "2023年某某市卫生健康统计公报\n年末全市总人口46.17万人,其中农业人口39.86万人。\n全国东部地区每千人口床位6.45张,中部地区7.14张,西部地区7.23张。\n全市重症医学科床位达到486张,每10万人口ICU床位12.3张;全市医疗卫生机构床位总数3.06万张,每千人口床位7.02张。\n",
    );
    // (The total is the plan's population, not a row.)
    assert!(values_of(&got, "population").is_empty(), "{got:#?}");
    assert_eq!(values_of(&got, "beds_total"), vec![30_600.0]);
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.02]);
}

#[test]
fn the_term_a_ratio_is_given_on_is_no_figure() {
    let got = rows_or_none(
        "某某统计年鉴—2023\n主要统计指标解释\n医护比：指执业（助理）医师与注册护士之比，以执业（助理）医师为1。\n2022年末全市执业（助理）医师8120人。\n",
    );
    assert!(got.iter().all(|r| r.cmp.value() != Some(1.0)), "{got:#?}");
}

#[test]
fn a_headline_opening_on_a_county_names_it_and_its_citys_whole_is_another() {
    let got = rows(
        "泰和县每千人口床位数居全市前列\n2022-08-03 来源：某某新闻网\n全县现有卫生技术人员3368人。吉安市卫健委相关负责人表示，全市共有卫生技术人员3.69万人。\n",
    );
    assert_eq!(values_of(&got, "health_technicians"), vec![3368.0]);
    // "两区…", "浙江省各市…": a count of places or all of them is no region's name.
    let got = rows(
        "浙江省各市每千人口床位数公布\n2020-09-14 来源：浙江在线\n记者从省卫生健康委获悉，2019年全省每千人口医疗卫生机构床位数5.77张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2019,
        Cmp::AtLeast(5.77),
    );
}

#[test]
fn now_after_this_year_so_far_is_this_year() {
    let got = rows(
        "我市医疗卫生资源持续扩容\n2025-08-19 08:05　来源：某某日报\n根据《2024年全市卫生健康事业发展统计公报》，截至去年底，全市医疗卫生机构床位6.42万张。今年以来，全市又新增床位1320张，目前全市床位总数达6.55万张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_total",
        2025,
        Cmp::AtLeast(65500.0),
    );
    assert!(
        !got.iter()
            .any(|r| r.2 == 2024 && r.3 == Cmp::AtLeast(65500.0)),
        "{got:#?}"
    );
}

#[test]
fn a_plans_goal_told_in_news_stays_a_goal_and_an_undated_headline_is_no_goal() {
    let text = |told: &str| {
        format!(
            "十堰市人均预期寿命达到79.36岁\n2025-01-09 07:45　来源：某某晚报\n\n1月8日，记者从市卫生健康委{told}，2024年全市孕产妇死亡率为7.89/10万。\n\n按照规划，到2025年，全市人均预期寿命要达到79.5岁。\n"
        )
    };
    for told in ["获悉", "了解到"] {
        let got = rows(&text(told));
        has(
            &got,
            Role::Target,
            "life_expectancy",
            2025,
            Cmp::AtLeast(79.5),
        );
        assert!(
            !got.iter()
                .any(|r| r.0 == Role::Target && r.3 == Cmp::AtLeast(79.36)),
            "{got:#?}"
        );
    }
}

#[test]
fn a_kind_of_institutions_staff_and_its_breakdown_are_a_part() {
    let got = rows_or_none(
        "2023年某某市卫生健康工作总结\n全市公立医院在岗职工1.26万人，其中卫生技术人员1.08万人、执业（助理）医师3862人、注册护士5214人。据统计，全市卫生人员总数达到3.15万人。\n",
    );
    for id in ["health_technicians", "physicians", "nurses"] {
        assert!(
            got.iter()
                .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == id)),
            "{got:#?}"
        );
    }
}

#[test]
fn places_listed_and_counted_are_not_the_region_nor_is_their_count() {
    let got = rows(
        "2024年某某自治区政府工作报告\n全区医疗卫生机构床位数达到32.4万张。南宁、柳州、桂林3市每千人口床位数超过7张。\n",
    );
    assert!(values_of(&got, "beds_per_1000").is_empty(), "{got:#?}");
}

#[test]
fn a_year_dating_only_its_own_figure_is_not_handed_on_past_a_semicolon() {
    let got = rows(
        "某某县卫生健康事业发展“十五五”规划\n到2030年，全县人均预期寿命达到84.5岁，到2035年达到85岁以上；每千常住人口医疗卫生机构床位数2030年达到7张、2035年达到7.5张；每千常住人口执业（助理）医师数达到4.8人，婴儿死亡率控制在3‰以内。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "physicians_per_1000", 2030, Cmp::AtLeast(4.8)),
            (Role::Target, "infant_mortality", 2030, Cmp::AtMost(3.0)),
            (Role::Target, "beds_per_1000", 2035, Cmp::AtLeast(7.5)),
        ],
    );
}

#[test]
fn a_forecasts_year_is_not_handed_to_the_next_sentence() {
    let got = rows(
        "某某市“十四五”卫生健康规划实施中期评估报告（2023年10月）\n从评估情况看，2022年全市每千人口医疗卫生机构床位数为7.02张，按近两年年均增速测算，预计到2025年可达到7.6张。每千人口注册护士数为3.31人。孕产妇死亡率8.96/10万。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "nurses_per_1000", 2022, Cmp::AtLeast(3.31)),
            (Role::Figure, "maternal_mortality", 2022, Cmp::AtLeast(8.96)),
        ],
    );
}

#[test]
fn a_figure_from_the_census_is_of_the_census_year() {
    let got = rows(
        "某某省2022年卫生健康事业发展统计公报\n根据第七次全国人口普查结果，全省人均预期寿命为75.64岁。2022年末全省每千人口床位数6.9张。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2020,
        Cmp::AtLeast(75.64),
    );
}

#[test]
fn as_of_last_years_end_is_last_year_and_a_bracketed_plans_goal_is_no_figure() {
    let got = rows(
        "我市卫生资源总量稳步增长\n2024-03-12 来源：某某日报\n截至去年底，全市每千常住人口床位数8.23张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2023,
        Cmp::AtLeast(8.23),
    );
    let got = rows(
        "某某市2024年国民经济和社会发展计划执行情况的报告\n2024年，每千人口医疗卫生机构床位数8.21张（计划目标8.0张），每千人口注册护士4.0人（计划目标3.9人）。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![8.21]);
    assert_eq!(values_of(&got, "nurses_per_1000"), vec![4.0]);
}

#[test]
fn the_resident_population_beats_a_total_population_of_its_year() {
    let p = import(
        "某某市2012年国民经济和社会发展统计公报\n年末全市总人口1111.5万人，常住人口879.5万人。年末全市医疗卫生机构床位3.2万张。\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert_eq!(p.population.map(|(f, _)| f.value), Some(8_795_000.0));
    assert!(
        p.rows
            .iter()
            .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == "population")),
        "{:#?}",
        p.rows
    );
}

#[test]
fn an_autonomous_prefectures_long_name_is_the_region_and_its_cities_are_parts() {
    let got = rows(
        "恩施土家族苗族自治州2015年国民经济和社会发展统计公报\n年末全州医疗卫生机构床位2.05万张。其中恩施市医疗卫生机构床位6820张，卫生技术人员7302人；利川市床位3012张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![20500.0]);
}

#[test]
fn a_parts_institutions_named_do_not_end_a_turn_to_the_parts() {
    let got = rows(
        "2024年全市卫生健康统计数据发布\n2025-04-18 09:02　来源：某某新闻网\n全市医疗卫生机构床位4.57万张。\n分县市区看，甲区每千人口床位数最高，达10.26张；乙县最低，为4.13张。丙市医疗卫生机构床位7812张，居各县市区首位。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![45700.0]);
}

#[test]
fn the_population_a_note_counts_rates_on_is_the_population_not_the_staff() {
    let p = import(
        "某某市卫生健康局2023年部门整体支出绩效自评报告\n2023年全市每千人口执业（助理）医师数3.05人。\n注：1.床位数、执业（助理）医师数按常住人口76.2万人计算。\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert_eq!(p.population.map(|(f, _)| f.value), Some(762_000.0));
    assert!(
        p.rows
            .iter()
            .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == "physicians")),
        "{:#?}",
        p.rows
    );
}

#[test]
fn a_sentence_opening_on_now_reports_and_a_stations_dateline_dates_the_page() {
    let got = rows(
        "某某市新闻发布会实录\n发布时间：2024-03-21\n　　今年，力争每万常住人口全科医生数达到4.5人。\n　　目前，全市每万常住人口全科医生数达到4.26人，比全省平均水平高0.3人。\n",
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Figure && r.3 == Cmp::AtLeast(4.26)),
        "{got:#?}"
    );
    let got = rows(
        "某某县融媒体中心　2025-02-14\n　　据悉，规划确定的“到2025年每千人口床位数达到6.5张”目标已于2023年提前实现。2024年，全县每千人口床位数达到6.92张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2024,
        Cmp::AtLeast(6.92),
    );
}

#[test]
fn a_sentence_opening_on_a_seats_town_or_farms_is_about_that_part() {
    let got = rows_or_none(
        "某某州医疗卫生服务体系规划（2021—2025年）\n二、存在问题\n……州城（某某市）优质资源高度集中，每千常住人口床位数达10.8张，而甲县、乙县不足6张。团场每千人口床位数达到5.1张。\n",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Indicator(i) if i == "beds_per_1000")),
        "{got:#?}"
    );
}

#[test]
fn a_label_broken_across_lines_keeps_the_words_it_started_with() {
    let got = rows_or_none(
        "2018年某某市国民经济和社会发展统计公报\n全市医疗卫生机构床位1.86万张。年末全市各类养老机\n构床位1.05万张。全市乡镇卫生\n院床位3120张。\n",
    );
    assert!(
        got.iter()
            .filter(|r| matches!(&r.subject, Subject::Quantity(q) if q == "beds_total"))
            .all(|r| r.cmp.value() == Some(18600.0)),
        "{got:#?}"
    );
    let got = rows(
        "2021年某某县国民经济和社会发展统计公报\n九、卫生健康\n医疗卫生机构床位3,862张，每千人口医疗卫生机构床\n位7.32张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.32]);
}

#[test]
fn a_wider_places_figure_in_brackets_closed_before_does_not_take_the_list_after() {
    let got = rows(
        "某某县2023年国民经济和社会发展统计公报\n年末全县每千常住人口医疗卫生机构床位数5.62张（全市6.35张）、执业（助理）医师3.12人（全市3.47人）、注册护士3.58人（全市4.02人）。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![5.62]);
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.12]);
    assert_eq!(values_of(&got, "nurses_per_1000"), vec![3.58]);
}

#[test]
fn a_whole_number_in_the_hundreds_after_a_density_is_a_count() {
    let got = rows(
        "某某市2010年卫生事业发展情况\n2010年底，全市卫生技术人员3017人，每千人口拥有卫生技术人员4.13人，其中执业（助理）医师1286人、注册护士862人。\n",
    );
    assert_eq!(values_of(&got, "nurses"), vec![862.0]);
    assert!(values_of(&got, "nurses_per_1000").is_empty(), "{got:#?}");
}

#[test]
fn a_years_work_named_in_a_reports_opening_is_not_what_it_looks_back_to() {
    let got = rows(
        "政府工作报告\n——2023年1月12日在某某市第六届人民代表大会第一次会议上\n各位代表：\n　　现在，我代表市人民政府，向大会报告过去五年政府工作和今后五年的目标任务，以及2023年重点工作，请予审议。\n一、过去五年工作回顾\n　　五年来，全市每千人口床位数由6.33张提高到8.51张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(8.51)),
            (Role::Figure, "beds_per_1000", 2017, Cmp::AtLeast(6.33)),
        ],
    );
}

#[test]
fn a_figure_said_to_have_moved_since_a_past_year_is_no_goal() {
    let got = rows_or_none(
        "某某市卫生健康发布会\n截至2023年底，全市每千人口床位数7.26张。到2025年，全市每千人口床位数达到7.5张。\n记者：请问基层方面有哪些举措？\n张某：全市每万人口全科医生数达到3.72人，比2020年增加1.1人。\n",
    );
    assert!(
        got.iter()
            .all(|r| !(r.role == Role::Target && r.cmp.value() == Some(3.72))),
        "{got:#?}"
    );
    // A goal's own increase stays the goal's.
    let got = rows(
        "答：《规划》提出，到2025年，我市每千人口医疗卫生机构床位数将达到6.6张，比2020年的5.9张增加0.7张；每千人口执业（助理）医师数达到3.0人，比2020年提高0.52人。\n",
    );
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.0),
    );
}

#[test]
fn places_listed_before_respectively_take_its_figures() {
    let got = rows(
        "某某县2022年卫生健康事业发展统计公报\n2022年，全县每千人口床位数7.66张。同样是山区县的甲县、乙县，2022年每千人口床位数分别为6.31张、6.48张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.66]);
}

#[test]
fn a_pdfs_page_number_spaces_before_units_and_ocrs_per_mille_are_read_past() {
    // A paragraph broken across pages, with the page's number between its lines; a space
    // between a figure and its 万 or 岁; ‰ read as "%o".
    let got = rows(
        "2017年某某市国民经济和社会发展统计公报\n年末全市医疗卫生机构床位 1.84 万张，每千人口床\n— 17 —\n位数 5.36 张。婴儿死亡率 3.02%o、5 岁以下儿童死亡率 4.15%o。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2017, Cmp::AtLeast(18_400.0)),
            (Role::Figure, "beds_per_1000", 2017, Cmp::AtLeast(5.36)),
            (Role::Figure, "infant_mortality", 2017, Cmp::AtLeast(3.02)),
            (Role::Figure, "under5_mortality", 2017, Cmp::AtLeast(4.15)),
        ],
    );
    for v in [17.0, 5.0] {
        assert!(
            got.iter().all(|r| r.3.value() != Some(v)),
            "{v} in {got:#?}"
        );
    }
}

#[test]
fn a_county_level_citys_prefecture_is_wider_than_it() {
    // 全州 in a county-level city's text is the autonomous prefecture around it.
    let got = rows(
        "某里市2021年卫生健康情况\n截至2021年底，全市每千常住人口床位数7.46张。全州床位总数2.86万张，全州每千人口床位数为6.92张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2021,
        Cmp::AtLeast(7.46),
    );
    for v in [28_600.0, 6.92] {
        assert!(
            got.iter().all(|r| r.3.value() != Some(v)),
            "{v} in {got:#?}"
        );
    }
}

#[test]
fn news_told_by_a_planning_office_or_learned_by_a_reporter_reports() {
    // A department's name (规划信息科) plans nothing; "记者…了解到" and "据统计" say the page
    // was told the figures, as 获悉 does.
    for text in [
        "某马店市2022年卫生资源\n市卫健委规划信息科负责人介绍，2022年全市医疗卫生机构床位数达5.62万张，每千人口床位数8.05张。\n",
        "某马店市卫生资源总量稳步增长\n记者从市卫健委了解到，2022年，全市医疗卫生机构床位数达到5.62万张。\n到2025年每千人口床位数力争达到8.5张。\n",
        "某马店市卫生资源总量稳步增长\n据统计，2022年，全市医疗卫生机构床位数达到5.62万张。\n到2025年每千人口床位数力争达到8.5张。\n",
    ] {
        let got = rows(text);
        has(
            &got,
            Role::Figure,
            "beds_total",
            2022,
            Cmp::AtLeast(56_200.0),
        );
        assert!(
            got.iter().all(|r| r.0 == Role::Figure || r.2 == 2025),
            "{got:#?}"
        );
    }
}

#[test]
fn an_english_captions_number_and_an_attachments_file_name_are_no_figures() {
    for text in [
        "6-8\t城乡每千人口卫生技术人员、床位数（2016—2021年）\n\tHealth Technicians and Beds per 1000 Population in Urban and Rural Areas\n",
        "2021年某南市卫生统计资料\n附件下载：17-1卫生机构床位数.xls\n",
    ] {
        let got = import(text, &Catalog::builtin()).map(|p| p.rows);
        assert!(
            got.as_ref().is_ok_and(Vec::is_empty) || got.is_err(),
            "{got:#?}"
        );
    }
}

#[test]
fn a_definitions_worked_example_is_no_figure() {
    let got = import(
        "2023年某山市统计年鉴\n主要统计指标解释\n每千人口医疗卫生机构床位数=医疗卫生机构床位数/常住人口数×1000。例如：床位数6 000张、常住人口100万人时，每千人口床位数为6.00张。\n",
        &Catalog::builtin(),
    );
    let rows = got.as_ref().map(|p| p.rows.len()).unwrap_or(0);
    let population = got.as_ref().ok().and_then(|p| p.population.clone());
    assert!(rows == 0 && population.is_none(), "{got:#?}");
}

#[test]
fn a_years_plan_and_a_yearbooks_edition_are_no_year_it_reports() {
    // A county yearbook (2023) holds 2022: its undated rates are of 2022, not of the
    // edition's year nor of the year a plan sentence names.
    let got = rows(
        "《某吉年鉴(2023)》 卫生健康\n来源：某吉县史志研究室   发布日期：2023-12-01\n【概况】 2022年末，全县实有病床3 380张。\n【妇幼保健】 全县婴儿死亡率1.64‰。\n【医共体建设】 2023年计划新增床位300张。\n",
    );
    assert!(
        got.iter()
            .any(|r| r.1 == "infant_mortality" && r.2 == 2022 && r.3.value() == Some(1.64)),
        "{got:#?}"
    );
}

#[test]
fn news_of_a_yearbooks_release_reports_the_year_the_book_holds() {
    let got = rows(
        "2023年某门统计年鉴正式出版\n发布日期：2023-12-11 10:02  来源：某门市统计局\n近日，《某门统计年鉴2023》正式出版发行。年鉴全面反映了2022年某门经济社会发展情况。\n年末全市医疗卫生机构床位1.92万张，卫生技术人员2.16万人。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_total",
        2022,
        Cmp::AtLeast(19_200.0),
    );
    assert!(got.iter().all(|r| r.2 == 2022), "{got:#?}");
}

#[test]
fn places_counted_in_words_are_not_the_region() {
    for text in [
        "某冈市卫生健康事业发展规划\n到2026年，两县每千常住人口执业（助理）医师数均要达到3.2人以上。\n",
        "某川省“十五五”卫生健康规划\n推动甲孜、乙坝、丙山三州医疗卫生服务能力提升，三州人均预期寿命提高到74岁以上。\n",
    ] {
        let got = import(text, &Catalog::builtin()).map(|p| p.rows);
        let none = got.as_ref().map_or(true, |r| {
            r.iter().all(|r| {
                !matches!(&r.subject, Subject::Indicator(i) if i == "physicians_per_1000" || i == "life_expectancy")
            })
        });
        assert!(none, "{got:#?}");
    }
}

#[test]
fn a_years_projects_are_goals_and_a_forecast_goes_on_past_its_comma() {
    // 民生实事项目: each project a goal of its year.
    let got = rows(
        "2024年度某陵县重点民生实事项目\n　　2．提升基层医疗服务能力。新增床位260张，每千常住人口床位数达到6.3张。每万人口全科医生数达到3.1人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2024, Cmp::AtLeast(6.3)),
            (Role::Target, "gps_per_10000", 2024, Cmp::AtLeast(3.1)),
        ],
    );
    // "预计到今年底,…将达到7.8张,…达到4.2人": both are the forecast, neither reached.
    let got = rows(
        "某兴市卫生健康“十四五”规划实施情况新闻发布会\n发布时间：2025-09-18\n预计到今年底，全市每千常住人口床位数将达到7.8张，每千常住人口执业（助理）医师数达到4.2人。\n",
    );
    assert!(
        got.iter()
            .all(|r| r.0 == Role::Target || r.3.value() != Some(4.2)),
        "{got:#?}"
    );
}

#[test]
fn a_past_plans_goal_said_missed_is_no_goal_of_the_text() {
    let got = rows(
        "某平县卫生事业发展“十三五”规划\n但对照《某平县卫生事业发展“十二五”规划》，每千人口床位数（规划目标4.5张）、每千人口执业（助理）医师数（规划目标2.0人）两项指标未能完成。\n到2020年，每千人口执业（助理）医师数达到2.3人。\n",
    );
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2020,
        Cmp::AtLeast(2.3),
    );
    assert!(
        got.iter()
            .all(|r| r.3.value() != Some(2.0) && r.3.value() != Some(4.5)),
        "{got:#?}"
    );
}

#[test]
fn a_goal_to_break_through_a_figure_keeps_its_label_clean() {
    let got = rows(
        "某县“十四五”卫生健康发展规划\n到2025年，力争全县医疗卫生机构床位总数突破6000张，每千常住人口床位数超过7张。\n",
    );
    assert!(
        got.iter()
            .any(|r| r.1 == "tracked:医疗卫生机构床位总数" && r.3 == Cmp::AtLeast(6000.0)),
        "{got:#?}"
    );
    has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.0));
}

#[test]
fn a_city_whose_own_figure_was_not_read_still_keeps_the_clauses_after_it() {
    let got = rows(
        "江苏省2022年卫生健康事业发展统计公报\n全省每千常住人口床位数7.62张。盐城市每千常住人口床位数8.41张，每千常住人口执业（助理）医师3.78人。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.62]);
    assert!(
        values_of(&got, "physicians_per_1000").is_empty(),
        "{got:#?}"
    );
}

#[test]
fn the_countys_circumstances_make_no_goal_a_figure() {
    let got = rows(
        "宁某县“十四五”医疗卫生服务体系规划\n按照《商某市“十四五”医疗卫生服务体系规划》要求，到2025年，全市每千常住人口医疗卫生机构床位数达到7.2张。结合我县实际，到2025年，全县每千常住人口医疗卫生机构床位数达到5.8张，每千常住人口执业（助理）医师2.6人，注册护士2.9人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(2.6)),
            (Role::Target, "nurses_per_1000", 2025, Cmp::AtLeast(2.9)),
        ],
    );
}

#[test]
fn an_ellipsis_ends_a_clause_and_a_registered_population_alone_is_none() {
    let got = rows("某山市“十四五”卫生健康发展规划\n……到2025年，人均预期寿命达到83岁以上。\n");
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::AtLeast(83.0),
    );
    let p = import(
        "2016年某水市国民经济和社会发展统计公报\n年末全市户籍人口269.50万人。全市医疗卫生机构床位1.62万张。\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert!(p.population.is_none(), "{:?}", p.population);
    assert!(
        p.rows
            .iter()
            .all(|r| r.subject != Subject::Quantity("population".into())),
        "{:?}",
        p.rows
    );
}

#[test]
fn a_link_a_definition_and_places_listed_then_counted_are_not_the_regions() {
    for (text, v) in [
        (
            "某山县2021年卫生健康事业发展情况\n2021年全县每千人口床位数6.35张。\n相关链接：上某市2021年每千人口床位数6.62张\n",
            6.62,
        ),
        (
            "某海省“十四五”卫生健康发展规划\n2020年全省每千人口执业（助理）医师2.93人，玉某、果某两州每千人口执业（助理）医师不足2.2人。\n",
            2.2,
        ),
        (
            "2023年某省统计年鉴\n主要统计指标解释\n婴儿死亡率 指年内未满1岁婴儿死亡人数与同年活产数之比。\n",
            1.0,
        ),
    ] {
        let got = import(text, &Catalog::builtin())
            .map(|p| p.rows)
            .unwrap_or_default();
        assert!(
            got.iter().all(|r| r.cmp.value() != Some(v)),
            "{v} in {got:#?}"
        );
    }
}

#[test]
fn a_review_from_an_earlier_periods_end_and_an_undated_end() {
    // From the end of the period before last, in a plan: to the end of the last one.
    let got = rows(
        "某明市“十三五”卫生计生事业发展规划\n居民健康水平显著提高。某明市居民平均预期寿命从“十一五”末的75.3岁提高到77.1岁。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2010, Cmp::AtLeast(75.3)),
            (Role::Figure, "life_expectancy", 2015, Cmp::AtLeast(77.1)),
        ],
    );
    // An undated end is no year at or before the start.
    let got = rows("某明市居民平均预期寿命从2010年的75.3岁提高到77.1岁。\n");
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2010,
        Cmp::AtLeast(75.3),
    );
    assert!(values_of(&got, "life_expectancy") == [75.3], "{got:#?}");
}

#[test]
fn institutions_counted_are_no_count_of_beds_or_people() {
    for text in [
        "某省医疗卫生机构数量及医疗卫生机构床位数量分析2019年年末全省共有医疗卫生机构1.4万个,其中医院3400个,在医院中有公立医院1200个,民营医院2200个;医疗卫生机构床位8.9万张。",
        "2023年,某省医疗卫生机构床位数达到12.6万张。建设4个区域医疗中心和30个省级临床医学中心。",
    ] {
        let got = rows(text);
        for v in [14000.0, 2200.0, 30.0] {
            assert!(
                got.iter().all(|r| r.3.value() != Some(v)),
                "{v} in {got:#?}"
            );
        }
        assert!(values_of(&got, "beds_total").len() == 1, "{got:#?}");
    }
}

#[test]
fn the_worlds_and_other_countries_figures_are_not_the_regions() {
    let got = rows(
        "某市“十四五”卫生健康规划\n2020年,全市人均预期寿命达到78.6岁。根据世界银行数据,2019年世界人均预期寿命为72.8岁,其中发展中国家人口平均预期寿命仅为70.9岁,上中等收入国家为75.4岁,美国为78.8岁。\n",
    );
    assert_eq!(values_of(&got, "life_expectancy"), [78.6], "{got:#?}");
}

#[test]
fn where_a_list_went_in_the_next_clause_pairs_with_its_names() {
    let got = rows(
        "某自治区卫生健康统计公报\n全区每千人口床位数、执业(助理)医师数分别由2016年的4.1张、2.0人,增加到2019年的4.9张、2.4人。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2016, Cmp::AtLeast(4.1)),
            (Role::Figure, "physicians_per_1000", 2016, Cmp::AtLeast(2.0)),
            (Role::Figure, "beds_per_1000", 2019, Cmp::AtLeast(4.9)),
            (Role::Figure, "physicians_per_1000", 2019, Cmp::AtLeast(2.4)),
        ],
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), [2.0, 2.4]);
}

#[test]
fn a_span_written_out_starts_the_reviews_after_it() {
    let got = rows(
        "某市“十四五”卫生健康规划\n2015年至2020年,全市人均预期寿命从76.3岁提高到77.9岁,婴儿死亡率从8.1‰降至5.4‰。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2015, Cmp::AtLeast(76.3)),
            (Role::Figure, "life_expectancy", 2020, Cmp::AtLeast(77.9)),
            (Role::Figure, "infant_mortality", 2015, Cmp::AtLeast(8.1)),
            (Role::Figure, "infant_mortality", 2020, Cmp::AtLeast(5.4)),
        ],
    );
}

#[test]
fn a_goal_said_met_is_a_figure() {
    let got = rows(
        "某市卫生健康事业发展统计公报\n2024年,全市每千人口床位数6.8张。某市在2022年底已实现每万人口4名全科医师目标。",
    );
    has(&got, Role::Figure, "gps_per_10000", 2022, Cmp::AtLeast(4.0));
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
}

#[test]
fn a_time_in_words_dates_its_sentence_and_the_reviews_beside_it() {
    let got = rows_or_none(
        "某自治区卫生健康委员会\n2021年,全区人均预期寿命达72.2岁。\n和平解放初期,全区人均预期寿命只有35.5岁,医疗卫生从业人员不足百人。\n全区人均预期寿命由和平解放初期的35.5岁提高至70.6岁,孕产妇死亡率从5000/10万下降到56.52/10万,婴儿死亡率从430‰下降到11.59‰。\n",
    );
    for v in [35.5, 5000.0, 430.0] {
        assert!(
            got.iter().all(|r| r.cmp.value() != Some(v)),
            "{v} in {got:#?}"
        );
    }
}

#[test]
fn a_goal_said_as_where_it_goes_is_reached_not_added() {
    let got = rows(
        "某市“十四五”卫生健康规划\n到2025年,全市每千人口床位数由5.1张增长至6.3张,每千人口执业(助理)医师由2.4人增加至2.9人,婴儿死亡率由4.1‰下降至3.5‰。",
    );
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.3)),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtLeast(2.9)),
            (Role::Target, "infant_mortality", 2025, Cmp::AtMost(3.5)),
        ],
    );
}

#[test]
fn the_plans_own_parts_counted_are_no_goals() {
    let got = rows_or_none(
        "《某市卫生健康事业发展“十四五”规划》主要内容可以用“1+4+20”概括,即1个总目标、4大主要任务、20项重点工程。到2025年,全市每千人口床位数达到6.5张。规划共设置30个指标(17个约束性指标,13个预期性指标)。",
    );
    assert!(
        got.iter()
            .all(|r| matches!(r.subject, Subject::Indicator(_))),
        "{got:#?}"
    );
}

#[test]
fn a_size_that_names_a_class_is_no_figure() {
    let got = rows_or_none(
        "某省“十四五”卫生健康规划\n到2025年,全省每千人口床位数达到6.5张。50万人以上的县可适当增加公立医院数量。谋划布局1亿元以上中央预算内投资项目15个。实现75%以上的村卫生室能够提供中医药服务。全省500张床以上大医院12所。",
    );
    for v in [500_000.0, 100_000_000.0, 500.0] {
        assert!(
            got.iter().all(|r| r.cmp.value() != Some(v)),
            "{v} in {got:#?}"
        );
    }
    assert!(got.iter().any(|r| r.cmp.value() == Some(75.0)), "{got:#?}");
}

#[test]
fn a_part_reached_opening_the_sentence_keeps_its_beds_and_visits_are_no_staff() {
    let got = rows_or_none(
        "某省卫生健康委员会\n2019年12月3日\n全省医疗卫生机构床位28.6万张。全省妇幼保健机构达到105家,床位13818张,卫生技术人员21574人,年门急诊1368.66万人次,年住院59.81万人次。\n",
    );
    assert_eq!(
        got.iter().filter_map(|r| r.cmp.value()).collect::<Vec<_>>(),
        [286_000.0],
        "{got:#?}"
    );
}

#[test]
fn a_disciplines_technicians_and_a_bound_kept_for_years_are_no_figures() {
    let got = rows(
        "某县2022年国民经济和社会发展统计公报\n年末全县共有卫生技术人员4165人,其中西医1419人、中医240人、护理2507人。年末全县专业公共卫生机构卫生技术人员141人。",
    );
    assert_eq!(
        got.iter().filter_map(|r| r.3.value()).collect::<Vec<_>>(),
        [4165.0],
        "{got:#?}"
    );
    let got =
        rows("某市2014年卫生统计\n2014年,全市居民期望寿命为81.08岁,比2013年微降,连续4年超过81岁。");
    assert_eq!(values_of(&got, "life_expectancy"), [81.08], "{got:#?}");
}

#[test]
fn a_goal_met_early_makes_no_goal_and_a_wider_places_aside_dates_nothing() {
    let got = rows(
        "某区人均预期寿命提高至70.6岁\n发布时间:2019-05-24 09:32:00来源: 新闻网\n某区人均预期寿命提高至70.6岁,提前完成2020年预期目标。\n当前,全区床位16787张。每千人口床位数4.88张(全国2017年5.72张)、执业(助理)医师2.41人(全国2017年2.44人)。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2019, Cmp::AtLeast(70.6)),
            (Role::Figure, "beds_per_1000", 2019, Cmp::AtLeast(4.88)),
            (
                Role::Figure,
                "physicians_per_1000",
                2019,
                Cmp::AtLeast(2.41),
            ),
        ],
    );
    assert!(
        got.iter().all(|r| r.0 == Role::Figure && r.2 == 2019),
        "{got:#?}"
    );
}

#[test]
fn provinces_listed_and_counted_are_not_the_regions() {
    let got = rows_or_none(
        "某省卫生健康委\n到2025年,全省人均预期寿命达到79.5岁。北京、天津、上海、江苏、浙江、广东和海南七个省市的人均预期寿命超过80岁。",
    );
    assert_eq!(
        got.iter().filter_map(|r| r.cmp.value()).collect::<Vec<_>>(),
        [79.5],
        "{got:#?}"
    );
}

#[test]
fn a_goal_met_after_a_full_stop_is_read_without_a_panic() {
    // The clause starts past a 。, three bytes long.
    let got =
        rows("某市卫生统计公报\n2023年末全市床位4.1万张。全市已实现每万人口4名全科医生目标。");
    has(
        &got,
        Role::Figure,
        "beds_total",
        2023,
        Cmp::AtLeast(41_000.0),
    );
}

#[test]
fn an_asides_year_does_not_date_the_year_looked_back_on() {
    let got = rows(
        "某省新闻\n2017-06-05 来源:新华网\n去年某省孕产妇死亡率为17.12/10万,与2015年相比有所反弹(2015年为15.07/10万)。",
    );
    has(
        &got,
        Role::Figure,
        "maternal_mortality",
        2016,
        Cmp::AtLeast(17.12),
    );
    assert!(got.iter().all(|r| r.2 == 2016), "{got:#?}");
}

#[test]
fn a_spread_between_places_is_no_level() {
    let got = rows_or_none(
        "某市卫生统计\n各区县每万人口社区全科医生数的最大值/最小值由2011年的4.03增加到2014年的4.82。",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn names_listed_then_as_many_figures_pair_without_fen_bie() {
    let got = rows(
        "某市卫生健康新闻\n2021-09-10\n2020年,全市孕产妇死亡率、婴儿死亡率控制在10/10万和6‰以下。到2025年,全市孕产妇死亡率、婴儿死亡率持续控制在8.5/10万和5‰以下。",
    );
    has_all(
        &got,
        &[
            (Role::Target, "maternal_mortality", 2025, Cmp::AtMost(8.5)),
            (Role::Target, "infant_mortality", 2025, Cmp::AtMost(5.0)),
        ],
    );
    // The year's bounds kept are no figures of it.
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn names_listed_then_as_many_figures_pair_after_any_verb_of_level() {
    // A work report's review: "增至" or "为" between the names and their figures, no 分别.
    let got = rows(
        "某省2026年政府工作报告\n2025年,全省每千人口床位数、执业(助理)医师数增至7.83张、3.57人,孕产妇死亡率、婴儿死亡率为8.5/10万、3.1‰。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(7.83)),
            (
                Role::Figure,
                "physicians_per_1000",
                2025,
                Cmp::AtLeast(3.57),
            ),
            (Role::Figure, "maternal_mortality", 2025, Cmp::AtLeast(8.5)),
            (Role::Figure, "infant_mortality", 2025, Cmp::AtLeast(3.1)),
        ],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn another_places_plan_cited_and_a_districts_core_are_not_the_regions() {
    let got = rows(
        "某新区卫生规划新闻\n2018-05-10\n到2020年,某新区每千人口床位数达到6张。根据《某某市医疗卫生机构布局规划》,到2020年实现每千人5.5张病床。某新区核心区每千人床位数指标控制在7张。",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), [6.0], "{got:#?}");
}

#[test]
fn a_density_per_thousand_the_catalog_counts_per_ten_thousand_is_rebased_up() {
    let got = rows(
        "某市“十三五”卫生计生事业发展规划\n到2020年,每千常住人口执业(助理)医师2.5人、注册护士3.14人、全科医生0.2人。",
    );
    has_all(
        &got,
        &[
            (Role::Target, "physicians_per_1000", 2020, Cmp::AtLeast(2.5)),
            (Role::Target, "gps_per_10000", 2020, Cmp::AtLeast(2.0)),
        ],
    );
    let p = import(
        "某市“十三五”卫生计生事业发展规划\n到2020年,每千常住人口全科医生0.2人。",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert_eq!(p.rows[0].rebased_from, Some(1000.0));
}

#[test]
fn a_base_goes_on_through_a_list_of_goals_one_a_semicolon() {
    let got = rows(
        "某省卫生与健康事业发展规划\n到2020年,全省每千常住人口医疗卫生机构床位数达到6张,其中每千常住人口中医床位达到0.55张;执业(助理)医师数达到2.5人;注册护士数达到3.12人;卫生技术人员达到52.6万人。",
    );
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2020, Cmp::AtLeast(6.0)),
            (Role::Target, "physicians_per_1000", 2020, Cmp::AtLeast(2.5)),
            (Role::Target, "nurses_per_1000", 2020, Cmp::AtLeast(3.12)),
        ],
    );
    // A count in 万 is a count, on no base.
    assert!(
        got.iter().all(|r| r.1 != "health_technicians_per_1000"),
        "{got:#?}"
    );
}

#[test]
fn a_goal_said_with_a_sign_and_the_key_groups_listed() {
    let got = rows(
        "未来5年某市“卫生强市”战略,到2020年将实现:\n7、全市常住人口千人床位数达到4.3张\n8、老年人以及高血压、糖尿病患者等重点人群家庭医生签约服务率≥80%\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "beds_per_1000", 2020, Cmp::AtLeast(4.3)),
            (
                Role::Target,
                "family_doctor_coverage_key",
                2020,
                Cmp::AtLeast(80.0),
            ),
        ],
    );
}

/// "执业医师、助理医师5.18万人": one count named as its two kinds (the catalog's 执业(助理)医师),
/// not the assistants alone.
#[test]
fn physicians_named_as_their_two_kinds() {
    let got = rows(
        "某自治区2009年国民经济和社会发展统计公报\n年末全区拥有卫生技术人员11.69万人,比上年末增长6.2%。执业医师、助理医师5.18万人,注册护士3.48万人,分别比上年增长3.9%和10.1%。\n",
    );
    has(
        &got,
        Role::Figure,
        "physicians",
        2009,
        Cmp::AtLeast(51800.0),
    );
    assert!(!got.iter().any(|r| r.1.contains("助理")), "{got:#?}");
}

/// A goal goes on past a semicolon up to a year of the clause's own; what is planned for a year
/// ("分别规划3.85张、4.10张") is that year's goal; a goal in words between keeps the chain.
#[test]
fn a_goal_goes_on_past_a_goal_in_words_and_yearly_plans() {
    let got = rows(
        "某市“十四五”卫生健康事业发展规划\n到2025年,全市人均期望寿命将达81.63岁;孕产妇死亡率控制在十万分之九以内;婴儿死亡率控制在3.8‰以内;每千人口医疗机构床位数为4.5张,其中2021年、2022年分别规划3.85张、4.10张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "life_expectancy", 2025, Cmp::AtLeast(81.63)),
            (Role::Target, "infant_mortality", 2025, Cmp::AtMost(3.8)),
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(4.5)),
            (Role::Target, "beds_per_1000", 2021, Cmp::AtLeast(3.85)),
            (Role::Target, "beds_per_1000", 2022, Cmp::AtLeast(4.1)),
        ],
    );
    assert!(!got.iter().any(|r| r.0 == Role::Figure), "{got:#?}");
}

/// "第一章 “十三五”…发展基础": the basis a period starts from is the end of the period before,
/// not the period's own end.
#[test]
fn a_periods_basis_heading_is_the_period_before() {
    let got = rows(
        "某市卫生计生“十三五”规划\n第一章 “十三五”卫生计生事业发展基础\n全市医疗机构床位从103624张增加到176674张,每千常住人口床位数达到5.86张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2015, Cmp::AtLeast(176674.0)),
            (Role::Figure, "beds_per_1000", 2015, Cmp::AtLeast(5.86)),
        ],
    );
    assert!(!got.iter().any(|r| r.2 == 2020), "{got:#?}");
}

/// Undated, a news lead's figures before "截至2024年底" in its line are of that year too, also
/// where the page gives no date of its own.
#[test]
fn an_undated_lead_takes_the_year_its_line_reports_to() {
    let got = rows(
        "中新网长沙12月2日电 (记者 某某)全省医疗卫生机构57639个,床位数523215张,卫生人员总数685492人;截至2024年底,全省人均预期寿命提升至79岁……“十四五”时期,全省居民健康水平迈上新台阶。\n“全省‘十四五’答卷”系列主题新闻发布会卫生健康事业发展成就专场2日举行,介绍“十四五”时期全省卫生健康事业发展成就,各项规划任务落地见效。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2024, Cmp::AtLeast(523215.0)),
            (Role::Figure, "life_expectancy", 2024, Cmp::AtLeast(79.0)),
        ],
    );
    assert!(!got.iter().any(|r| r.2 == 2025), "{got:#?}");
}

/// "卫生健康人员" is all the staff; the posts authorised in brackets (编制人数) are not; the total
/// after a change ("较上年增加了9650人,现为363490人") is the figure.
#[test]
fn staff_named_with_health_posts_and_a_total_after_its_change() {
    let got = rows(
        "某省2020年卫生健康事业发展统计公报\n3.人员。全省共有卫生健康人员445299人(编制人数158462人),较上年增加了9743人。卫生技术人员较上年增加了9650人,现为363490人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "health_workers", 2020, Cmp::AtLeast(445299.0)),
            (
                Role::Figure,
                "health_technicians",
                2020,
                Cmp::AtLeast(363490.0),
            ),
        ],
    );
    assert_eq!(
        values_of(&got, "health_workers"),
        vec![445299.0],
        "{got:#?}"
    );
    assert!(values_of(&got, "health_technicians").len() == 1, "{got:#?}");
}

/// "…(一)立足新发展阶段1.发展基础“十三五”期间": a heading's number run into the text is no figure.
#[test]
fn a_headings_number_run_into_the_text_is_no_figure() {
    let got = rows_or_none(
        "某区医疗卫生服务体系建设方案\n一、开启医疗卫生服务体系现代化建设新征程(一)立足新发展阶段1.发展基础“十三五”期间,全区每千人口执业(助理)医师数达到3.03人。\n",
    );
    assert!(got.iter().all(|r| r.cmp.value() != Some(1.0)), "{got:#?}");
    assert!(got.iter().any(|r| r.cmp.value() == Some(3.03)), "{got:#?}");
}

/// A paper's figures of 1992 are the region's, of a year the page cannot show: the user is told
/// so, not that nothing was found.
#[test]
fn the_regions_figures_before_2000_are_said_to_be_out_of_range() {
    let text = "某市卫生事业发展概况\n到1992年底,全市各级各类医疗卫生机构共938所,床位28537张,全市卫生人员53747名,其中卫生技术人员40039人。\n";
    assert_eq!(
        import(text, &Catalog::builtin()).err(),
        Some(super::super::ImportError::OutOfRange)
    );
    // The same figures of 2019 are read.
    let got = rows(&text.replace("1992", "2019"));
    has(
        &got,
        Role::Figure,
        "beds_total",
        2019,
        Cmp::AtLeast(28537.0),
    );
}

/// Undated, a page whose latest year is 2020 speaks of 「十四五」末 ahead: its figures are goals;
/// "努力实现「十四五」末全市…提高 1 岁左右" (spaced) is the goal's increase, not a level.
#[test]
fn a_periods_end_after_every_year_an_undated_page_names_is_aimed_at() {
    let got = rows(
        "某市卫生健康委 建设健康城市\n2020年,全市人均预期寿命达到80.5岁。\n「十四五」末,人均预期寿命达到 81.5 岁左右,每千人口执业(助理)医师 3.85 人,每万人口全科医生数达到 3 人。\n「十四五」时期,将坚持预防为主的工作方针,努力实现「十四五」末全市人均期望寿命提高 1 岁左右。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2020, Cmp::AtLeast(80.5)),
            (Role::Target, "life_expectancy", 2025, Cmp::About(81.5)),
            (
                Role::Target,
                "physicians_per_1000",
                2025,
                Cmp::AtLeast(3.85),
            ),
            (Role::Target, "gps_per_10000", 2025, Cmp::AtLeast(3.0)),
            (Role::Target, "life_expectancy", 2025, Cmp::IncreaseBy(1.0)),
        ],
    );
    assert!(
        !got.iter().any(|r| r.0 == Role::Figure && r.2 == 2025),
        "{got:#?}"
    );
}

/// "福州全市…" in 福州市's text is its own name without 市, not another place; "…床位数,力争
/// 达到6.3张" names its figure in the clause before the verb; "注册护师(士)" are the nurses.
#[test]
fn the_regions_short_name_a_name_before_its_goals_verb_and_nurses_of_both_grades() {
    let got = rows(
        "福州市“十四五”卫生健康专项规划\n到2025年,福州全市人均期望寿命80岁;全市千人均医疗机构床位数,力争达到6.3张。\n2015年,全市每千常住人口注册护师(士)2.66人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "life_expectancy", 2025, Cmp::AtLeast(80.0)),
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.3)),
            (Role::Figure, "nurses_per_1000", 2015, Cmp::AtLeast(2.66)),
        ],
    );
}

/// "在卫生技术人员中,少数民族卫生技术人员3.36万人": a people's share of the staff, not the total.
#[test]
fn a_peoples_share_of_the_staff_is_no_total() {
    let got = rows(
        "某自治区2001年国民经济和社会发展统计公报\n年末全区共有卫生技术人员9.75万人。在卫生技术人员中,少数民族卫生技术人员3.36万人,占总数的34.5%。\n",
    );
    assert_eq!(
        values_of(&got, "health_technicians"),
        vec![97500.0],
        "{got:#?}"
    );
}

/// "…注册护士2712人,疾病预防控制中心,防疫站,卫生技术人员201人" (brackets lost): the staff of the
/// institutions named just before, not the region's.
#[test]
fn staff_after_an_institutions_name_whose_brackets_were_lost_are_its_own() {
    let got = rows(
        "2011年,全市共有各类卫生机构1319个。拥有各类卫生技术人员8683人。其中执业医师和执业助理医师3787人,注册护士2712人,疾病预防控制中心,防疫站,卫生技术人员201人。\n",
    );
    has(&got, Role::Figure, "physicians", 2011, Cmp::AtLeast(3787.0));
    assert!(
        !values_of(&got, "health_technicians").contains(&201.0),
        "{got:#?}"
    );
}

/// "拥有医院、卫生院床位数6160张,各类卫生技术人员8683人": staff of all kinds after a part's beds
/// are the region's.
#[test]
fn staff_of_all_kinds_after_a_parts_beds_are_the_regions() {
    let got = rows(
        "2011年,全市共有各类卫生机构1319个。拥有医院、卫生院床位数6160张,各类卫生技术人员8683人。\n",
    );
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2011,
        Cmp::AtLeast(8683.0),
    );
    assert!(values_of(&got, "beds_total").is_empty(), "{got:#?}");
}

/// "从2015年的5.28‰降到2030年的≤5‰": 降到 ends a review, the sign before the figure bounds it,
/// and in a plan for 2030 where it goes is the goal.
#[test]
fn a_review_down_to_the_plans_horizon_with_a_bound_sign() {
    let got = rows(
        "某省“健康2030”规划\n到2030年,婴儿死亡率从2015年的5.28‰降到2030年的≤5‰、孕产妇死亡率降低到12/10万。\n5岁以下儿童死亡率从2015年的7.2‰降到2030年的6‰。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "infant_mortality", 2015, Cmp::AtLeast(5.28)),
            (Role::Target, "infant_mortality", 2030, Cmp::AtMost(5.0)),
            (Role::Target, "maternal_mortality", 2030, Cmp::AtMost(12.0)),
            (Role::Figure, "under5_mortality", 2015, Cmp::AtLeast(7.2)),
            (Role::Target, "under5_mortality", 2030, Cmp::AtMost(6.0)),
        ],
    );
    assert!(
        !got.iter().any(|r| r.0 == Role::Figure && r.2 != 2015),
        "{got:#?}"
    );
}

/// "2024年中国居民期望寿命已达79岁" in a province's news is the nation's figure.
#[test]
fn the_chinese_residents_figure_is_the_nations() {
    let got =
        rows("某省卫生健康新闻\n2024年中国居民期望寿命已达79岁。2024年全省人均预期寿命80.5岁。\n");
    assert_eq!(values_of(&got, "life_expectancy"), vec![80.5], "{got:#?}");
}

/// "全市共拥有医疗卫生机构5431家,社康机构926家,医院159家,床位69877张": beds after the whole's
/// institutions and two of its kinds listed are the region's.
#[test]
fn beds_after_the_wholes_institutions_and_its_kinds_are_the_regions() {
    let got =
        rows("截至2023年末,全市共拥有医疗卫生机构5431家,社康机构926家,医院159家,床位69877张。\n");
    has(
        &got,
        Role::Figure,
        "beds_total",
        2023,
        Cmp::AtLeast(69877.0),
    );
}

/// "仍有欠账2980张" is what is lacking, "按全区常住人口402.36万人计算" the basis of a sum, and
/// "医生技术人员" (a slip for 卫生技术人员) no doctors: none is proposed.
#[test]
fn a_shortfall_a_sums_basis_and_a_slip_are_not_proposed() {
    let got = rows_or_none(
        "某区2023年卫生健康工作调研报告\n“十一五”规划完成床位数仍有欠账2980张。按全区常住人口402.36万人计算,每千人拥有病床数为1.53张。各医疗卫生机构共有在岗职工2058人,其中医生技术人员1597人,含执业(助理)医师564人。\n",
    );
    for v in [2980.0, 4_023_600.0, 1597.0] {
        assert!(
            got.iter().all(|r| r.cmp.value() != Some(v)),
            "{v} in {got:#?}"
        );
    }
    assert!(got.iter().any(|r| r.cmp.value() == Some(564.0)), "{got:#?}");
}

/// "婴儿死亡率、5岁以下儿童死亡率和孕产妇死亡率下降到6.03‰、8.02‰和10.2/10万": a names list
/// whose name holds an age pairs with its figures in order.
#[test]
fn a_names_list_with_an_age_in_a_name_pairs_in_order() {
    let got = rows(
        "某省卫生计生事业发展规划\n到2020年,婴儿死亡率、5岁以下儿童死亡率和孕产妇死亡率下降到6.03‰、8.02‰和10.2/10万。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "infant_mortality", 2020, Cmp::AtMost(6.03)),
            (Role::Target, "under5_mortality", 2020, Cmp::AtMost(8.02)),
            (Role::Target, "maternal_mortality", 2020, Cmp::AtMost(10.2)),
        ],
    );
}

/// "…医师、注册护士达到3.25人和3.53人,比2015年分别增加…": a names list bound to its figures is
/// read before a later clause's 分别.
#[test]
fn a_bound_names_list_before_a_later_respectively() {
    let got = rows(
        "某省2021年卫生健康新闻\n2020年,全省每千人口医疗卫生机构床位数达到6.42张,每千人口执业(助理)医师、注册护士达到3.25人和3.53人,比2015年分别增加1.15张、0.84人和0.95人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.42)),
            (
                Role::Figure,
                "physicians_per_1000",
                2020,
                Cmp::AtLeast(3.25),
            ),
            (Role::Figure, "nurses_per_1000", 2020, Cmp::AtLeast(3.53)),
        ],
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![6.42], "{got:#?}");
}

/// "…提前达到健康中国行动2022年≤18/10万的目标;婴儿死亡率为1.98‰,…": the year of a goal met is
/// no time of the figures after it, and the goal met is no goal of the text's.
#[test]
fn the_year_of_a_goal_met_dates_nothing_after_it() {
    let got = rows_or_none(
        "人民网北京8月2日电 健康北京行动监测结果发布\n2020年北京市居民期望寿命为82.43岁。\n常住人口孕产妇死亡率为4.34/10万,比五年前下降48%,提前达到健康中国行动2022年≤18/10万的目标;婴儿死亡率为1.98‰,比五年前下降10.4%,提前达到健康中国行动2022年≤7.5‰的目标。\n",
    );
    assert!(got.iter().all(|r| r.year != 2022), "{got:#?}");
    assert!(
        got.iter()
            .all(|r| r.cmp.value() != Some(7.5) && r.cmp.value() != Some(18.0)),
        "{got:#?}"
    );
    // (Of the year the page reports.)
    assert!(
        got.iter()
            .any(|r| r.year == 2020 && r.cmp.value() == Some(1.98)),
        "{got:#?}"
    );
}

/// "…“十四五”时期,…。去年,北京居民人均期望寿命83.93岁": last year, in a page whose year is not
/// known, is not the period's end; "平原新城等每千常住人口床位数" is some areas', not the whole's.
#[test]
fn last_year_of_an_undated_page_and_areas_named_with_deng() {
    let got = rows_or_none(
        "本报讯 在“十四五”规划高质量收官系列主题新闻发布会上,记者了解到,“十四五”时期,首都卫生健康系统全方位全周期保障人民健康。去年,北京居民人均期望寿命83.93岁。\n本市持续推动优质医疗资源向薄弱区域转移,平原新城等每千常住人口床位数达到5.09张,较2021年增长14.6%。\n",
    );
    assert!(
        got.iter()
            .all(|r| r.cmp.value() != Some(83.93) && r.cmp.value() != Some(5.09)),
        "{got:#?}"
    );
}

/// The region's own figures without a year beside only other scopes' say they lack a year (not
/// that every figure is another place's).
#[test]
fn undated_own_figures_beside_parts_say_they_lack_a_year() {
    let text = "本报讯 在“十四五”规划高质量收官系列主题新闻发布会上,记者了解到,“十四五”时期,首都卫生健康系统全方位全周期保障人民健康。去年,北京居民人均期望寿命83.93岁。\n本市持续推动优质医疗资源向薄弱区域转移,平原新城等每千常住人口床位数达到5.09张,较2021年增长14.6%。\n";
    assert_eq!(
        import(text, &Catalog::builtin()).err(),
        Some(super::super::ImportError::Undated)
    );
}

/// "…从2010年的38.2%下降到2014年的25.62%。至2015年,…各类卫生人员由2010年的5.20万人增加至
/// 7.13万人": the sentence's own time ends its review, not the year the sentence before went to;
/// a review before it in its own sentence still hands on its years.
#[test]
fn a_reviews_end_is_its_own_sentences_time_before_one_carried() {
    let got = rows(
        "某省卫生事业发展“十三五”规划\n“十二五”期间,全省个人卫生支出比重从2010年的38.2%下降到2014年的25.62%。至2015年,全省卫生机构总数达到5046个,各类卫生人员由2010年的5.20万人增加至7.13万人。\n",
    );
    has(
        &got,
        Role::Figure,
        "health_workers",
        2015,
        Cmp::AtLeast(71300.0),
    );
    let got = rows(
        "某市卫生健康委2024年8月22日发布的数据显示,全市居民平均期望寿命从2012年的81.35岁增长到2023年的82.51岁,婴儿死亡率从2.87‰下降到1.50‰。\n",
    );
    has(
        &got,
        Role::Figure,
        "infant_mortality",
        2023,
        Cmp::AtLeast(1.5),
    );
}

/// "我省人均期望寿命由2010年的76.3岁增加了约1岁": where a change started is of its own year,
/// though no review's verb ends it.
#[test]
fn where_a_change_started_is_of_its_own_year() {
    let got = rows(
        "某省卫生事业发展规划\n至2015年,全省卫生机构总数达到5046个。我省人均期望寿命由2010年的76.3岁增加了约1岁。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2010,
        Cmp::AtLeast(76.3),
    );
    assert_eq!(values_of(&got, "life_expectancy"), vec![76.3], "{got:#?}");
}

/// "生产总值达到3万亿元、人均超过1万美元", "331万贫困人口全部脱贫" in a news of a work report about
/// health: the economy's and poverty's goals are not the health plan's.
#[test]
fn the_economys_goals_in_health_news_are_not_the_plans() {
    let got = rows(
        "某省计划2020年人均预期寿命达76.7岁\n2020年,生产总值达到3万亿元、人均超过1万美元;文化产业年均增长15%以上;331万贫困人口全部脱贫;人均预期寿命达76.7岁。\n",
    );
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2020,
        Cmp::AtLeast(76.7),
    );
    assert_eq!(got.len(), 1, "{got:#?}");
}

/// "执业医师1390人(全科25人)": the GPs among the doctors, in brackets or after a comma, are a part
/// of them, not more of the doctors.
#[test]
fn the_gps_among_the_doctors_are_a_part() {
    for text in [
        "某县概况\n2022年,全县共有执业医师1390人(全科25人)、执业助理504人(乡村全科162人、执助全科8人)。\n",
        "某县概况\n2022年,全县共有执业医师1390人,全科25人。\n",
    ] {
        let got = rows(text);
        has(
            &got,
            Role::Figure,
            "licensed_physicians",
            2022,
            Cmp::AtLeast(1390.0),
        );
        assert_eq!(
            values_of(&got, "licensed_physicians"),
            vec![1390.0],
            "{got:#?}"
        );
    }
}

/// "其中,位于龙华民治的深圳市第二儿童医院已进入精装修阶段,…规划床位1500张": one hospital named by its
/// kind, past 其中, is what the sentence goes on about; its beds are not the city's.
#[test]
fn one_hospital_named_by_its_kind_keeps_its_beds() {
    proposes_none_of(
        "某市卫生健康工作\n2023年,全市新增床位3200张以上。其中,位于龙华民治的市第二儿童医院已进入精装修阶段,预计今年底建成,规划床位1500张。\n",
        &["beds_total"],
    );
    proposes_none_of(
        "某市卫生健康工作\n2023年,市妇产医院正式开诊,开放床位800张。\n",
        &["beds_total"],
    );
}

/// "今年,全市…将达到6.5张" in a news page whose year is not known is this year's goal: not the
/// end of the period (十四五) the page names elsewhere. "5年内" is no 年内.
#[test]
fn this_years_goal_in_an_undated_page_has_no_year() {
    let got = rows(
        "3月18日,记者从市卫生健康委获悉,今年,全市每千人口床位数将达到6.5张,全年新增床位3200张以上。“十四五”期间,全市计划把市属公立儿童医院增加到3家。\n",
    );
    assert!(values_of(&got, "beds_per_1000").is_empty(), "{got:#?}");
    let got = rows("某省预计5年内人均预期寿命超79岁\n“十四五”期间,全省人均预期寿命将超过79岁。\n");
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::AtLeast(79.0),
    );
}

/// "2022年,全市每千人口床位数达到了5.1张" in a page that also plans: a verb done (了) reports
/// what was reached.
#[test]
fn a_verb_done_reports_in_a_page_that_plans() {
    let got = rows(
        "某市卫生健康事业发展\n2022年,全市每千人口床位数达到了5.1张。\n“十四五”期间,全市计划把每千人口床位数增加到6张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2022, Cmp::AtLeast(5.1)),
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.0)),
        ],
    );
}

/// "湖北日报网讯(记者某某)12月30日,…": a month's day after a byline is a date, not a figure.
#[test]
fn a_months_day_is_a_date() {
    let got = rows_or_none(
        "湖北日报网讯(记者某某)12月30日,县长作政府工作报告,将实施公共卫生补短板工程。\n提前3年完成“十四五”目标。\n",
    );
    assert!(got.iter().all(|r| r.cmp != Cmp::AtLeast(12.0)), "{got:#?}");
}

/// "建设100个口袋公园" among a work report's works: the city's, not the health plan's.
#[test]
fn parks_are_no_health_goal() {
    let got = rows_or_none(
        "2025年某市将办好15件重点民生实事\n今年,某市将办好15件重点民生实事。具体包括:\n建设100个口袋公园、10座体育公园。\n为200万中小学生开展心理健康测评。\n",
    );
    assert!(got.iter().all(|r| r.cmp != Cmp::AtLeast(100.0)), "{got:#?}");
}

/// "中医民族医医疗机构已由1985年的38所增加到2014年的78所,床位数由1944张增加到12870张": a part's
/// institutions in a review, no figure of their own, still make the beds after them theirs.
#[test]
fn a_parts_institutions_in_a_review_keep_its_beds() {
    proposes_none_of(
        "某区卫生事业六十年\n全区县级以上政府举办的中医民族医医疗机构已由1985年的38所增加到2014年的78所,床位数由1944张增加到12870张。\n",
        &["beds_total"],
    );
}

/// "我县以2010年启动医改为标志" below an undated profile's figures: a time since which, not the
/// year the figures are of. The page is told its year is missing.
#[test]
fn a_time_since_which_dates_no_figure() {
    let got = import(
        "全县执业(助理)医师845人,注册护士851人,每千人拥有床位数2.39张。\n我县以2010年启动医改为标志,全县卫生健康工作开启了一个崭新的时代。\n",
        &Catalog::builtin(),
    );
    assert!(
        matches!(got, Err(super::super::ImportError::Undated)),
        "{got:#?}"
    );
}

/// "常住人口180余万人", "180多万人": more than 180 ten-thousands, not 180; the GDP after it is
/// no population.
#[test]
fn more_than_some_ten_thousands() {
    for text in [
        "某新区概况\n2017年,新区常住人口180余万人,2017年GDP突破3400亿,每千人口床位数4.2张。\n",
        "某新区概况\n2017年,新区常住人口180多万人,每千人口床位数4.2张。\n",
    ] {
        let p = import(text, &Catalog::builtin()).expect("imports");
        assert_eq!(
            p.population.map(|(f, _)| f.value),
            Some(1_800_000.0),
            "{text}"
        );
    }
}

/// "青岛市市内五区共有三级医院17所以上,每千人口医师数平均为3.01人" in a new district's text: the
/// place that counts its hospitals is what the clause after it goes on about.
#[test]
fn a_place_counting_its_hospitals_goes_on_in_the_next_clause() {
    let got = rows(
        "西海岸新区医疗资源不足\n2017年,青岛市市内五区共有三级医院17所以上,每千人口医师数平均为3.01人;而西海岸新区每千人口床位数4.2张,每千人口医师数2.58人。\n",
    );
    assert_eq!(
        values_of(&got, "physicians_per_1000"),
        vec![2.58],
        "{got:#?}"
    );
}

/// "孕产妇死亡率为10.5/十万。": a rate per 十万 at a sentence's end reads (it had run a character
/// past the sentence and panicked).
#[test]
fn a_rate_per_shi_wan_at_a_sentences_end() {
    let got = rows("某市卫生健康统计公报\n2020年,全市孕产妇死亡率为10.5/十万。\n");
    has(
        &got,
        Role::Figure,
        "maternal_mortality",
        2020,
        Cmp::AtLeast(10.5),
    );
}

/// "…分别为5.05人、2.14人、1.96人,分别下降1.66人、0.64人、0.71人": each amount a list of changes
/// gives is a change, not the first alone.
#[test]
fn every_amount_of_a_list_of_changes_is_a_change() {
    let got = rows(
        "某市卫生事业统计分析\n2010年,每千人口拥有卫生技术人员、执业(助理)医师、注册护士分别为5.05人、2.14人、1.96人,分别下降1.66人、0.64人、0.71人。\n",
    );
    assert_eq!(
        values_of(&got, "health_technicians_per_1000"),
        vec![5.05],
        "{got:#?}"
    );
    assert_eq!(got.len(), 3, "{got:#?}");
}

/// "…由2012年的…下降至2019年的…。…预期寿命由和平解放前的35.5岁提高到2012年的67岁": a review
/// that goes to a year of its own, not the one carried, does not start at the year carried.
#[test]
fn a_review_to_its_own_year_takes_no_start_carried() {
    let got = rows(
        "某区卫生发展成效\n孕产妇死亡率由2012年的176.12/10万下降至2019年的63.68/10万。人口平均预期寿命由和平解放前的35.5岁提高到2012年的67岁。\n",
    );
    assert_eq!(values_of(&got, "life_expectancy"), vec![67.0], "{got:#?}");
}

/// "孕产妇死亡率和婴儿死亡率由2012年的176.12/10万和24.84‰": a rate per mille is no maternal
/// mortality, whatever the pairing gave it.
#[test]
fn a_rate_per_mille_is_no_maternal_mortality() {
    let got = rows(
        "某区卫生发展成效\n孕产妇死亡率和婴儿死亡率由2012年的176.12/10万和24.84‰已分别下降至2019年的63.68/10万、8.9‰。\n",
    );
    assert!(
        !values_of(&got, "maternal_mortality").contains(&24.84),
        "{got:#?}"
    );
    assert!(
        !values_of(&got, "infant_mortality").contains(&176.12),
        "{got:#?}"
    );
}

/// "10项指标中增速最快的是千人口全科医生数": a count of items is no density of GPs.
#[test]
fn a_count_of_items_is_no_catalog_measure() {
    let got = rows_or_none(
        "某市医疗卫生资源预测\n到2025年千人口床位数、注册护士数、全科医生数均完成规划提出的预期性指标,10项指标中增速最快的是千人口全科医生数,增长率为7.12%。\n",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Indicator(i) if i == "gps_per_10000")),
        "{got:#?}"
    );
}

/// "提前 6 年达成…2030 年目标" is a goal met, no year of the page's; "较 2020 年增加" is a
/// comparison, spaces around the year or not.
#[test]
fn a_goal_met_years_early_and_a_spaced_comparison() {
    let got = rows(
        "某市卫生健康新闻发布会\n居民健康素养水平从 2020 年的 24.45% 跃升至 2024 年的 31.92%,提前 6 年达成健康中原行动 2030 年目标。\n五年来,全市医疗卫生机构床位数增至 7.86 万张,较 2020 年增加 1.38 万张;卫生技术人员达 10.49 万人,新增 1.21 万人。\n",
    );
    for (id, v) in [("beds_total", 78_600.0), ("health_technicians", 104_900.0)] {
        // (Inferred: the page's year is not written; five years on from 2020, or the last
        // year it names.)
        let r = got.iter().find(|r| r.1 == id).expect(id);
        assert!(
            [2024, 2025].contains(&r.2) && r.4 && r.3.value() == Some(v),
            "{got:#?}"
        );
    }
}

/// "经市政府第十七届75次常务会议…审议同意": a meeting's number, no goal; "每年至少召开1次常委会"
/// still is one.
#[test]
fn a_meetings_number_is_no_figure() {
    let got = rows_or_none(
        "某市卫生健康事业发展“十四五”规划\n《某市卫生健康事业发展“十四五”规划》已经市政府第十七届75次常务会议和市委十四届第110次常委会会议审议同意,到2025年,全市每千人口床位数达到6张。\n",
    );
    assert!(got.iter().all(|r| r.cmp != Cmp::AtLeast(75.0)), "{got:#?}");
    let got = rows("某市医改方案\n到2023年,市、县党委每年至少召开1次常委会专题研究医改工作。\n");
    assert_eq!(got.len(), 1, "{got:#?}");
}

/// "每千常住人口…床位数达到6.1张;执业(助理)医师数达到2.5人,其中中医执业(助理)医师达到0.4人":
/// the base carried past the semicolon goes on to the sub-figure.
#[test]
fn a_base_carried_goes_on_to_the_sub_figure() {
    let got = rows(
        "某省卫生计生事业发展规划\n到2020年,每千常住人口医疗卫生机构床位数达到6.1张;执业(助理)医师数达到2.5人,其中中医执业(助理)医师达到0.4人。\n",
    );
    has(
        &got,
        Role::Target,
        "tcm_physicians_per_1000",
        2020,
        Cmp::AtLeast(0.4),
    );
}

/// "每千常住人口…床位数由4.8增至5.5;执业(助理)医师由3.4增至4.4": the base a sentence named goes
/// on past its semicolon though its last figure, a review's end, names none.
#[test]
fn a_reviews_base_goes_on_past_its_semicolon() {
    let got = rows(
        "某市卫生工作会议\n2010年至2015年间,每千常住人口对应的医疗机构床位数由4.8增至5.5;执业(助理)医师由3.4增至4.4;注册护士由3.4增至5.3。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "physicians_per_1000", 2010, Cmp::AtLeast(3.4)),
            (Role::Figure, "physicians_per_1000", 2015, Cmp::AtLeast(4.4)),
            (Role::Figure, "nurses_per_1000", 2015, Cmp::AtLeast(5.3)),
        ],
    );
}

/// "《健康龙江行动(2019—2030年)实施方案》": the end of a plan's period in its title is no year a
/// page reports; a figure reached is not dated 2030 by it.
#[test]
fn a_plans_period_in_its_title_dates_no_figure() {
    let got = rows_or_none(
        "某省人均预期寿命提高到78.75岁\n2019年,省政府印发《健康龙江行动(2019—2030年)实施方案》,全面推进实施健康龙江行动。\n",
    );
    assert!(got.iter().all(|r| r.year != 2030), "{got:#?}");
}

/// "2016 年 12 月 29 日某区…实施方案": a day after its month, spaces between, is a date.
#[test]
fn a_spaced_date_is_no_figure() {
    let got = rows_or_none(
        "2016 年 12 月 29 日某区医疗卫生服务体系建设规划实施方案\n到2020年,全区每千人口床位数达到6张。\n",
    );
    assert!(got.iter().all(|r| r.cmp != Cmp::AtLeast(29.0)), "{got:#?}");
}

/// "到2030年,进一步增长到76岁": an adverb alone names no goal of its own.
#[test]
fn an_adverb_names_no_goal() {
    let got = rows(
        "某省健康规划\n到2020年全省居民人均预期寿命从2015年的73.25岁增长到74岁。到2030年,进一步增长到76岁。\n",
    );
    assert!(got.iter().all(|r| r.1 != "tracked:进一步"), "{got:#?}");
}

/// "“十四五”末,全市…达到7张" in a 十四五 plan: the end of the plan's own period is its goal, not a
/// figure reached; "“十三五”末" in it still reports.
#[test]
fn the_end_of_the_plans_own_period_is_its_goal() {
    let got = rows(
        "某市“十四五”卫生健康事业发展规划\n“十三五”末,全市每千常住人口床位数达到6张。“十四五”末,全市每千常住人口床位数达到7张,每千常住人口执业(助理)医师数控制在4人以内。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.0)),
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.0)),
            (Role::Target, "physicians_per_1000", 2025, Cmp::AtMost(4.0)),
        ],
    );
}

/// "2020年,全市每千常住人口床位数6.1张;到2025年,提高到7.0张": a goal naming nothing but its
/// verb, after a semicolon, is of what the clause before counted.
#[test]
fn a_goal_naming_only_its_verb_goes_on_with_the_subject_before() {
    let got = rows(
        "某市“十四五”卫生健康事业发展规划\n2020年,全市每千常住人口床位数6.1张;到2025年,提高到7.0张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.1)),
            (Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.0)),
        ],
    );
}

/// "…床位数6.1张,其中公立医院4.3张;到2025年,提高到7.0张": a sentence that ends on a part's figure
/// after the whole's hands no subject on; the goal is not the part's.
#[test]
fn a_part_last_hands_no_subject_on() {
    let got = rows(
        "某市卫生健康规划\n2020年,全市每千常住人口床位数6.1张,其中公立医院4.3张;到2025年,提高到7.0张。\n",
    );
    assert!(
        values_of(&got, "beds_public_per_1000")
            .iter()
            .all(|v| *v != 7.0),
        "{got:#?}"
    );
}

/// Text no writer would send, found by the suite's property test: a goal met whose verb stands
/// before an earlier 目标 (the two spans overlap), and a label read across the figure before
/// it. Both had sliced past a character or backwards and panicked.
#[test]
fn overlapping_goals_met_and_a_label_across_a_figure_read_without_a_panic() {
    for text in [
        "提前达到目标0目标",
        "某市卫生统计公报\n全市提前完成目标和目标6张。",
        "每千人口、1:1.2分别达到床位1:1.2以来2101到2025年床位",
    ] {
        let _ = rows_or_none(text);
    }
    let got = rows("某市卫生统计公报\n2023年末全市床位4.1万张,已提前完成目标、规划目标。");
    has(
        &got,
        Role::Figure,
        "beds_total",
        2023,
        Cmp::AtLeast(41_000.0),
    );
}

/// "到2030年底,…降至8/10万": a year's end aimed at (到, 至) is a goal's time, not a year's end
/// reported; a falling verb or a bound after it made a figure of 2030, or nothing.
#[test]
fn a_years_end_aimed_at_makes_a_goal_whatever_its_verb() {
    let got = rows(
        "某市卫生健康事业发展规划\n到2030年底,全市孕产妇死亡率降至8/10万。\n到2030年末,全市每千人口床位数控制在8张以内,婴儿死亡率控制在3‰以内。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "maternal_mortality", 2030, Cmp::AtMost(8.0)),
            (Role::Target, "beds_per_1000", 2030, Cmp::AtMost(8.0)),
            (Role::Target, "infant_mortality", 2030, Cmp::AtMost(3.0)),
        ],
    );
    assert!(got.iter().all(|r| r.0 == Role::Target), "{got:#?}");
    // (A year's end reported stays one: "2025年末,全市婴儿死亡率降至3.1‰".)
    let got = rows("某市卫生健康事业发展规划\n2025年末,全市婴儿死亡率降至3.1‰。\n");
    every_row(&got, |r| r.0 == Role::Figure);
}

/// "50%的县(市、区)至少1家县级公立医院落实…": the 1 after a share's 的 is no quantity named
/// "的县(市、区)…".
#[test]
fn a_label_cut_after_a_shares_de_names_nothing() {
    let got = rows(
        "某市实施方案\n到2023年,全部市级公立医院、50%的县（市、区）至少1家县级公立医院落实党委书记、院长年薪制。\n",
    );
    every_row(&got, |r| !r.1.starts_with("tracked:的"));
}

/// "截至2025年底,…由2020年的6.12张增加到7.35张" in an undated look back over 十四五: where the
/// review went by the year the sentence reports to was reached, though that year is the
/// period's horizon.
#[test]
fn a_review_to_the_year_reported_to_is_reached_at_the_horizon_too() {
    let got = rows(
        "“十四五”时期卫生健康事业发展回顾\n“十四五”以来,全市医疗卫生资源持续扩容。截至2025年底,全市每千常住人口医疗卫生机构床位数由2020年的6.12张增加到7.35张,每千常住人口注册护士数由3.12人增加到4.08人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.12)),
            (Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(7.35)),
            (Role::Figure, "nurses_per_1000", 2020, Cmp::AtLeast(3.12)),
            (Role::Figure, "nurses_per_1000", 2025, Cmp::AtLeast(4.08)),
        ],
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
}

/// A work report looking back over five years: "这五年,…从2020年的82.4岁提升至83.9岁" went to
/// the fifth year after its start (inferred), and "…从2020年的75.2岁提升至2025年的76.8岁左右"
/// in a paragraph that says 五年来 was reached, though 2025 is the horizon the text names.
#[test]
fn a_five_year_look_back_dates_its_reviews_ends_as_reached() {
    let got = rows(
        "某市政府工作报告\n这五年,全市民生持续改善,人均预期寿命从2020年的80.4岁提升至81.9岁。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2020,
        Cmp::AtLeast(80.4),
    );
    let end = got
        .iter()
        .find(|r| r.3 == Cmp::AtLeast(81.9))
        .expect("the review's end");
    assert_eq!(
        (end.0, end.2, end.4),
        (Role::Figure, 2025, true),
        "{got:#?}"
    );
    let got = rows(
        "某省政府工作报告\n以提高人均预期寿命为目标,深入实施卫生健康专项行动,人均预期寿命从2020年的75.5岁提升至2025年的77.1岁左右。逐步提高基本民生保障标准,城乡低保平均标准分别从2020年的600元/月、4100元/年提高到2025年的800元/月、7000元/年。五年来,民生事业显著进步。\n",
    );
    assert!(
        got.iter().all(|r| r.0 == Role::Figure) && got.len() == 2,
        "{got:#?}"
    );
}

/// "…卫生技术人员7683人,比2015年增加1436人。其中执业(助理)医师达到3046人": a sentence
/// opening on 其中 after one that reported counts that figure's parts, reached too — its 达到
/// had made a goal in an undated page.
#[test]
fn a_sentence_opening_on_qizhong_after_a_report_reports() {
    let got = rows(
        "G市卫生健康事业\n2021年,G市卫生健康系统卫生技术人员6210人,比2015年增加1120人,增长22.0%。其中执业(助理)医师达到2480人,注册护士2890人。\n“十四五”期间,我们将更加注重资源下沉。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "health_technicians",
                2021,
                Cmp::AtLeast(6210.0),
            ),
            (Role::Figure, "physicians", 2021, Cmp::AtLeast(2480.0)),
            (Role::Figure, "nurses", 2021, Cmp::AtLeast(2890.0)),
        ],
    );
    // (A goal's parts stay goals: "到2025年,…达到9000人。其中执业(助理)医师达到3500人".)
    let got = rows(
        "某市卫生健康规划\n到2025年,全市卫生技术人员达到9000人。其中执业(助理)医师达到3500人。\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Target), "{got:#?}");
}

/// A page whose lines are not a PDF's wrapped ones: a line without a full stop ends its
/// sentence there. "G市有医疗机构863间(其中:…)、卫生单位3个" had run into the next line, whose
/// 实现 made goals of its counts; a PDF's long lines (wrapped) still go on.
#[test]
fn an_unwrapped_line_without_a_full_stop_ends_its_sentence() {
    let got = rows_or_none(
        "G市卫生健康事业\nG市有医疗机构863间(其中:县级医院4间、镇级卫生院26间、社区卫生服务中心5间)、卫生单位3个\nG市实现了以“健康为中心”的转变,全市实现省卫生镇村全覆盖,成为省内全域创建省卫生镇并全域通过的地区。\n2021年,G市卫生技术人员7683人。\n“十四五”期间,我们将更加注重资源下沉。\n",
    );
    assert!(
        got.iter()
            .all(|r| r.role != Role::Target || r.quote.contains("全覆盖")),
        "{got:#?}"
    );
    assert!(
        got.iter().any(|r| r.cmp == Cmp::AtLeast(7683.0)),
        "{got:#?}"
    );
}

/// "表三、某市病床数统计 2006": the year a table's title ends on is no count of beds (a
/// yearbook's title over its cells, flattened one to a line).
#[test]
fn a_table_titles_year_is_no_count() {
    let got = rows_or_none(
        "某市医疗资源现况\n\n  时间:2008-01-10 10:29    来源:某网\n\n表三、某市病床数统计 2006\n\n类别\n\n急性病床数\n\n病床数\n\n1200\n\n1888\n",
    );
    assert!(
        got.iter().all(|r| r.cmp != Cmp::AtLeast(2006.0)),
        "{got:#?}"
    );
}

/// News of one hospital: "老的某县人民医院占地面积只有46亩,床位150张" (its land told first),
/// "计划是一家三级专科医院,估计有500张床位" and "建设成为拥有500张床位的三级医院" are that
/// hospital's beds, never the region's nor a goal of the region's.
#[test]
fn one_hospitals_beds_in_the_news_are_its_own() {
    for text in [
        "某省县级医院大变脸\n发布时间:2012-10-15 11:24\n某县距某市34公里,老的某县人民医院占地面积只有46亩,床位150张,难以满足群众看病需求。\n",
        "某区将建三所医院\n发布时间:2012-10-15 11:24\n某联合骨科医院由某集团出资。计划是一家三级专科医院,估计有500张床位。2016年9月投入使用。\n",
        "某区将建三所三级医院\n发布时间:2021-09-20 20:14:21\n三江口医院将与区政府、某投资有限公司合作,建设成为拥有500张床位的三级医院。预计一期工程将于今年年底完工,2016年9月投入使用。\n",
    ] {
        let got = rows_or_none(text);
        assert!(got.is_empty(), "{text}: {got:#?}");
    }
}

/// A forecast an official told a reporter ("…局长告诉记者,“…预计到2020年,某区千人拥有床位数
/// 将达到8.5张,比全市…多出6.05张。”"): the speech is read, its forecast is a goal of that
/// year though the repost is dated later, and how much more it is than the city's is no goal.
#[test]
fn a_forecast_in_speech_after_a_comma_is_a_goal() {
    let got = rows(
        "某区将建三所三级医院\n发布时间:2021-09-20\n“都说‘小病不出镇’,大病过后我们在全区都能看到。目前,某区正筹备建设三所三级医院。”某区卫生局局长告诉记者,“三家医院投入使用后,预计到2020年,某区千人拥有床位数将达到8.5张,比全市千人拥有床位数预计多出6.05张。”\n",
    );
    assert_eq!(
        got.iter()
            .map(|r| (r.0, r.1.as_str(), r.2, r.3))
            .collect::<Vec<_>>(),
        [(Role::Target, "beds_per_1000", 2020, Cmp::AtLeast(8.5))],
        "{got:#?}"
    );
}

/// A new campus's news: its land ("建设用地45亩") is no goal of health, its beds ("新院区…
/// 开放床位250张") are the campus's, and "并逐步增加至350" names nothing by an adverb.
#[test]
fn a_campus_land_and_beds_are_no_regions() {
    let got = rows_or_none(
        "某县同时扩建三家医院\n时间:2017-12-25 20:52:48\n某县中医院新院区项目,将进一步优化我县医院配置。该项目建设用地45亩,总投资1.7亿元,合同竣工时间2016年6月。\n新院区整体搬迁后一期将开放床位250张,并逐步增加至350\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

/// A look back naming no year anywhere ("这五年,…每千人口托位数从0.5个增至4.8个"): the user is
/// told the figures have no year, not that none was found.
#[test]
fn an_undated_review_says_it_lacks_a_year() {
    assert_eq!(
        import(
            "这五年,民生福祉得到新改善。每千人口托位数从0.5个增至4.8个,人均预期寿命从76.5岁提高到78.1岁。\n",
            &Catalog::builtin()
        )
        .err(),
        Some(super::super::ImportError::Undated)
    );
}

/// "全省医疗机构总床位数将达到16万张": the 将 before the verb is no part of the label.
#[test]
fn a_label_leaves_its_jiang_behind() {
    let got = rows(
        "某省医疗机构设置规划\n到2015年,全省医疗机构总床位数将达到16万张,三级医院总数将达到13所。\n",
    );
    every_row(&got, |r| !r.1.ends_with('将'));
}

/// "每千人口执业(助理)医师2.09人(国家2.21人)": the nation's figure in brackets beside the
/// region's is not the region's (it had been proposed as a second value).
#[test]
fn the_nations_figure_in_brackets_is_not_the_regions() {
    let got = rows(
        "某省医疗健康产业发展规划\n截至2015年年底,全省每千人口执业(助理)医师2.09人(国家2.21人),每千人口注册护士2.71人(国家2.36人);每千人口拥有床位4.24张(国家5.11张)。\n",
    );
    assert_eq!(
        got.iter().filter_map(|r| r.3.value()).collect::<Vec<_>>(),
        [2.09, 2.71, 4.24],
        "{got:#?}"
    );
}

/// "“十三五”期间,18项健康广东行动深入实施": programmes counted are no goal of health.
#[test]
fn programmes_counted_are_no_goal() {
    let got = rows_or_none(
        "某省卫生健康发展成就发布会\n“十三五”期间,18项健康行动深入实施,健康生活方式逐步形成共识。到2025年,全省每千人口床位数达到6.5张。\n",
    );
    every_row(&got, |r| r.cmp.value() != Some(18.0));
}

/// "居民平均期望寿命达到81.72岁(2015年末)": a figure with its data's year in brackets was
/// reached then (its 达到 had made a goal in an undated news page).
#[test]
fn a_figure_dated_in_brackets_was_reached() {
    let got = rows(
        "居民平均期望寿命达到81.72岁(2015年末)。资料显示,“十二五”期末,全市常住人口年均出生人数15.06万人。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2015,
        Cmp::AtLeast(81.72),
    );
    // (A goal's sentence keeps it a goal: "到2025年,…达到80岁(2025年)".)
    let got = rows("某市卫生健康规划\n到2025年,人均预期寿命达到80岁(2025年)。\n");
    assert!(got.iter().all(|r| r.0 == Role::Target), "{got:#?}");
}

/// A page's title opening on a year without 年 ("2025深圳最新规划(…)开展…行动") gives no goal
/// of 2025; a byline with its time of day ("某市卫生健康委 10/25/2021 12:00:00 AM") is no
/// sentence.
#[test]
fn a_bare_year_and_a_byline_are_no_figures() {
    let got = rows(
        "2025某市最新规划(某市宣布一流大规划)开展食品安全放心工程建设行动。到2025年,全市每千人口床位数达到6.5张。\n",
    );
    every_row(&got, |r| r.3.value() != Some(2025.0));
    assert!(crate::label::is_page_meta(
        "某市卫生健康委 1243 10/25/2021 12:00:00 AM"
    ));
    assert!(!crate::label::is_page_meta(
        "2023年末,全市每千人口床位数6.1张,执业(助理)医师2.9人,注册护士3.3人,卫生技术人员达到2.4万人,比上年增长5.1%。"
    ));
}

/// "其中执业医师1968人,药剂师331人,影像师120人": 药剂师 are pharmacists, and a trade the
/// catalog lacks is no count of the doctors before it (331 had been proposed as 执业医师);
/// 卫生和计生人员 are the health workers of the years the two commissions were one.
#[test]
fn a_trade_named_is_its_own() {
    let got = rows(
        "某区2013年国民经济和社会发展统计公报\n全区拥有卫生技术人员5154人,其中执业医师1968人,药剂师331人,影像师120人。全区卫生和计生人员6206人。\n",
    );
    has_all(
        &got,
        &[
            (
                Role::Figure,
                "licensed_physicians",
                2013,
                Cmp::AtLeast(1968.0),
            ),
            (Role::Figure, "pharmacists", 2013, Cmp::AtLeast(331.0)),
            (Role::Figure, "health_workers", 2013, Cmp::AtLeast(6206.0)),
        ],
    );
    assert_eq!(values_of(&got, "licensed_physicians"), [1968.0], "{got:#?}");
}

/// "成功举办了2013年春节、元宵节大型社火表演活动。…拥有床位4224张": an event's year dates no
/// figure after it; the figures' year is marked inferred.
#[test]
fn an_events_year_dates_no_figure() {
    let got = rows(
        "文体事业日新月异。成功举办了2013年春节、元宵节大型社火表演活动。卫生服务能力不断进步。全区拥有卫生机构619个;拥有床位4224张。\n",
    );
    let beds = got.iter().find(|r| r.1 == "beds_total").expect("beds");
    assert!(beds.4, "{got:#?}");
}

/// "新华社沈阳11月8日电 辽宁省卫计委8日宣布": a news item's day is no figure (it had been a goal
/// of 8).
#[test]
fn a_news_days_date_is_no_figure() {
    let got = rows(
        "  10月13日,记者从某省卫生计生委获悉,《某省社会资本举办医疗机构投资指引(2017版)》出台。今年,各市社会办医床位占比要提高3%,到2020年各市社会办医疗机构服务量和床位占比将达到30%以上。\n某省取消三级以上医院门诊输液\n  近日,记者从省卫计委获悉,某省频道\n某省取消三级以上医院门诊输液\n  新华社沈阳11月8日电 某省卫计委8日宣布,某省频道\n某市鼓励养老机构开办老年病医院等\n",
    );
    every_row(&got, |r| r.3.value() != Some(8.0));
}

/// "…公报》显示,我国各项生命健康指标均有所提高,其中,居民人均预期寿命由2018年的77.0岁提高到
/// 2019年的77.3岁。此外,孕产妇死亡率从…": the nation's, after 其中 and past 此外, in a city's
/// news; "…已经达到82.3岁" was reached.
#[test]
fn the_nations_figures_after_qizhong_and_ciwai_are_not_the_citys() {
    let got = rows(
        "某市居民人均期望寿命82.3岁\n截至2019年年底,某市居民人均期望寿命已经达到82.3岁。\n此前6月5日国家卫生健康委发布的《2019年我国卫生健康事业发展统计公报》显示,我国各项生命健康指标均有所提高,其中,居民人均预期寿命由2018年的77.0岁提高到2019年的77.3岁。此外,孕产妇死亡率从18.3/10万下降到17.8/10万,婴儿死亡率从6.1‰下降到5.6‰。\n",
    );
    assert_eq!(
        got.iter().map(|r| (r.0, r.3)).collect::<Vec<_>>(),
        [(Role::Figure, Cmp::AtLeast(82.3))],
        "{got:#?}"
    );
}

/// "2015年的居民平均期望寿命是76.27岁,比2014年的居民平均期望寿命75.73岁略高": the value
/// compared against, its label between, is of the comparison's year (it had been dated 2015).
#[test]
fn a_compared_value_with_its_label_is_of_the_comparisons_year() {
    let got = rows(
        "某市疾控中心发布居民期望寿命\n2015年的居民平均期望寿命是76.27岁,比2014年的居民平均期望寿命75.73岁略高。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2015,
        Cmp::AtLeast(76.27),
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2014,
        Cmp::AtLeast(75.73),
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

/// "…显示:去年年底,北京市常住人口为2069.3万人" in a page of 2013: last year's end is 2012 (the
/// page's year had been taken).
#[test]
fn last_years_end_written_in_full_is_the_year_before() {
    let got = rows(
        "本报北京6月22日消息 发布者: 某某|2013-6-23 06:16\n刚刚颁布的《某市卫生与人群健康白皮书》显示:去年年底,某市户籍居民期望寿命为81.35岁,比2011年的81.12岁增长了0.23岁。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2012,
        Cmp::AtLeast(81.35),
    );
}

/// "2020年中国人的平均寿命是77岁" in a city's page: the nation's.
#[test]
fn chinese_people_named_are_the_nation() {
    let got = rows(
        "某市卫生健康委答问\n2020年中国人的平均寿命是77岁。2020年,全市人均预期寿命达到81.5岁。\n",
    );
    assert_eq!(values_of(&got, "life_expectancy"), [81.5], "{got:#?}");
}

/// "目前,全省人均预期寿命达到77.9岁" with no year anywhere: the user is told the figures lack a
/// year, not that none was found.
#[test]
fn figures_of_now_without_a_year_say_so() {
    assert_eq!(
        import(
            "目前,全省人均预期寿命达到77.9岁,千人口医疗机构床位数提高到6.71张。\n",
            &Catalog::builtin()
        )
        .err(),
        Some(super::super::ImportError::Undated)
    );
}

/// "由2015年底的4.5张,增加到目前的6.2张,到2025年…将达到7张": where the review went is now,
/// reached, never a second goal of 2025.
#[test]
fn a_review_going_to_now_is_no_goal() {
    let got = rows(
        "某市卫生健康规划\n近年来,全市每千人口床位数由2015年底的4.5张,增加到目前的6.2张,到2025年,全市每千人口床位数将达到7张。\n",
    );
    assert!(
        got.iter()
            .all(|r| !(r.0 == Role::Target && r.3 == Cmp::AtLeast(6.2))),
        "{got:#?}"
    );
    has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.0));
}

/// "人口超过50万的县(市、涉农区)设立1家以上二级老年医院": 50万 picks the counties the rule is for,
/// no goal of 500,000; the goal is the one hospital (a share of counties, "60%的县", stays one).
#[test]
fn a_size_that_picks_places_is_no_goal() {
    let got = rows(
        "某省老年健康服务体系实施意见\n到2022年,每个设区市至少设立1家三级老年医院,人口超过50万的县(市、涉农区)设立1家以上二级老年医院。\n",
    );
    every_row(&got, |r| r.3.value() != Some(500_000.0));
}

/// "人口总量预计达到6400万": the label leaves its 预计 behind; "到2018年预计突破500万" names
/// nothing but the forecast.
#[test]
fn a_forecasts_word_is_no_label() {
    let got = rows(
        "某省人口发展规划\n到2015年,全省人均预期寿命达到76岁,全省人口总量预计达到6400万。到2018年,全省老年人口预计突破500万,每千名老年人拥有养老床位40张。\n",
    );
    assert!(
        got.iter().all(|r| !r.1.ends_with("预计")) && got.len() == 4,
        "{got:#?}"
    );
}

/// Wordings a second read of the eighteenth session's rules found them misreading, and what the
/// narrowed rules give.
#[test]
fn the_eighteenth_sessions_second_read() {
    // The nation before 其中 does not own a clause naming the region.
    let got = rows(
        "某市卫生健康委\n近年来,我国居民健康水平持续提高,其中,我市人均预期寿命由2015年的78.5岁提高到2020年的80.1岁。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2015,
        Cmp::AtLeast(78.5),
    );
    // A plan's estimated base (预计…将) of the year before its period is a figure.
    let got = rows(
        "某市卫生健康事业发展“十四五”规划\n“十三五”以来,全市卫生事业长足发展。预计到2020年底,全市每千人口床位数将达到6.2张。\n",
    );
    has(&got, Role::Figure, "beds_per_1000", 2020, Cmp::AtLeast(6.2));
    // A goal's year in brackets stays a goal.
    let got = rows(
        "某市卫生健康事业发展“十四五”规划\n发布日期:2021年12月1日\n——健康水平持续提升。全市人均预期寿命达到80岁(2025年),婴儿死亡率控制在4‰以下。\n",
    );
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::AtLeast(80.0),
    );
    // A label whose number opens the next line, in a page not wrapped.
    let got = rows(
        "某市统计公报\n2023年末,全市医疗卫生机构中,其中医院56个,全市每千人口床位数达到\n6.5张,执业(助理)医师3.1人。\n",
    );
    has(&got, Role::Figure, "beds_per_1000", 2023, Cmp::AtLeast(6.5));
    // A caption of totals and densities both gives its rows no base.
    let got = rows(
        "某市统计年鉴2021\n表5 卫生资源总量及每千人口拥有量\n项目 2019 2020\n床位数(张) 18230 19120\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_total",
        2020,
        Cmp::AtLeast(19_120.0),
    );
    // A header's unit before the label, "(万人)", is no base of 10,000.
    let got = rows("某市统计年鉴\n项目 2019 2020\n(万人)卫生技术人员 1.2 1.3\n");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2020,
        Cmp::AtLeast(13_000.0),
    );
    // 同时 turns back to the region.
    let got = rows(
        "某市卫生健康委\n2021年,《公报》显示,我国各项健康指标均有所提高,其中,居民人均预期寿命由2020年的77.9岁提高到2021年的78.2岁。同时,全市人均预期寿命达到83.6岁,高于全国平均水平。\n",
    );
    assert_eq!(values_of(&got, "life_expectancy"), [83.6], "{got:#?}");
    // A clock without a date is no byline.
    for line in [
        "出生人口性别比 105:100 106:100",
        "截至12月31日24:00,全市累计接种2100万剂次",
    ] {
        assert!(!crate::label::is_page_meta(line), "{line}");
    }
}

/// "全市有中医执业医师9658人,中医正高职称115人,副高职称420人": the grades are some of the doctors,
/// no counts of them; "“十三五”期间,…已建成急救分站175个" was built, no goal of 2020; "从5个方面
/// 明确…26项具体任务" counts the plan's own parts.
#[test]
fn grades_things_built_and_a_plans_own_parts() {
    let got = rows(
        "某市中医药发展新闻发布会\n至2021年7月底,全市有中医执业医师9658人,中医正高职称115人,副高职称420人。\n",
    );
    assert_eq!(values_of(&got, "tcm_physicians"), [9658.0], "{got:#?}");
    let got = rows_or_none(
        "某市院前急救发展\n据了解,“十三五”期间,全市连续4年落实“新建急救分站”实事项目,已建成急救分站175个,全市院前急救网络不断完善。到2025年,全市每千人口床位数达到6.5张。\n",
    );
    every_row(&got, |r| r.cmp.value() != Some(175.0));
    let got = rows_or_none(
        "某市发布中医药强市三年行动方案\n11月8日,某市人民政府办公厅印发《某市中医药强市三年行动方案(2024—2026年)》。某市卫生健康委相关负责人表示,为实现中医药强市建设目标,某市从5个方面明确和细化了26项具体任务。到2026年,全市每千人口床位数达到7张。\n",
    );
    every_row(&got, |r| r.cmp.value() != Some(5.0));
}

#[test]
fn a_work_report_reports_the_years_before_it_and_its_undated_aims_are_no_figures() {
    // Delivered as 2026 opens: what it says was reached is of 2025 at the latest.
    let got = rows(
        "2026年某省政府工作报告\n加快健全养老育幼服务体系,养老服务床位增至52.4万张,婴幼儿托位增至27.5万个。",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    has(
        &got,
        Role::Figure,
        "nursery_places",
        2025,
        Cmp::AtLeast(275_000.0),
    );
    assert!(got[0].4, "the year is inferred: {got:#?}");
    // An aim with no year: this year's task or the next period's goal, the text does not say.
    let got =
        rows_or_none("2026年某省政府工作报告\n实施健康优先发展战略,推动人均预期寿命达到80岁。");
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn the_kind_a_list_opens_on_qualifies_every_name_in_it() {
    // 基层 before the first name: the doctors and nurses listed after it are 基层's too.
    let got = rows_or_none(
        "某县卫生资源研究\n截止2020年底,全县每千人口基层医疗卫生机构卫生人员数为5.62人;全县每千人口基层卫生技术人员、执业(助理)医师数和注册护士数分别为1.94人、0.61人和0.30人。",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Indicator(i)
            if i == "physicians_per_1000" || i == "nurses_per_1000")),
        "{got:#?}"
    );
}

#[test]
fn a_pdfs_space_before_a_reviews_year_is_read_past() {
    let got = rows("某县卫生资源研究\n全县医疗卫生机构床位数由 2015年3393张增加到2020年3867张。");
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2015, Cmp::AtLeast(3393.0)),
            (Role::Figure, "beds_total", 2020, Cmp::AtLeast(3867.0)),
        ],
    );
    // A part's review read as a goal left a label of only its verb and year: no row.
    let got = rows_or_none(
        "某地区研究\n西藏自治区基层医疗卫生机构床位数由 2015年3393张增加到2020年3867张,“十三五\"期间,西藏自治区千人口床位数基本稳定。",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn each_sexs_life_expectancy_is_no_regions() {
    let got = rows_or_none("某省统计\n2000年全省男女平均预期寿命达到70.06岁和73.01岁。\n");
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn where_a_review_went_after_a_comma_is_of_the_name_it_started_with() {
    let p = import(
        "某市人口发展现状\n人口总量平稳增加。全市户籍人口从2011年的736.90万人,增长到2019年的801.38万人;常住人口从2011年的715.55万人,增长到2019年的739.52万人。",
        &Catalog::builtin(),
    )
    .expect("imports");
    // The registered population is not the resident one the catalog counts.
    let values: Vec<f64> = p
        .rows
        .iter()
        .filter_map(|r| r.cmp.value())
        .chain(p.population.iter().map(|(f, _)| f.value))
        .collect();
    assert!(!values.contains(&8_013_800.0), "{values:?}");
    assert!(values.contains(&7_395_200.0), "{values:?}");
}

#[test]
fn jian_quan_then_fu_gai_is_no_full_coverage() {
    let got = rows(
        "某市卫生健康规划\n到2025年,建立健全覆盖全市的紧急医学救援网络。实现家庭医生签约服务全覆盖。",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    has(
        &got,
        Role::Target,
        "tracked:家庭医生签约服务",
        2025,
        Cmp::FullCoverage,
    );
}

#[test]
fn the_beds_of_care_homes_with_medical_care_are_theirs() {
    let got = rows(
        "某省卫生健康新闻\n2020年,全省每千常住人口医疗卫生机构床位6.71张。“一老一小”照护服务发展较快,现有医养结合机构344所、床位5.2万张,婴幼儿托育机构2616个、托位10.9万个。",
    );
    assert!(values_of(&got, "beds_total").is_empty(), "{got:#?}");
    assert_eq!(values_of(&got, "nursery_places"), [109_000.0], "{got:#?}");
}

#[test]
fn a_news_lead_restating_the_headlines_figure_sets_no_goal() {
    let got = rows(
        "“十三五”某省卫生健康工作成绩单来了 全省人均预期寿命提高到77.7岁\n\n2021年06月07日16:00\n\n来源:某某网\n\n  某某网讯(记者 某某)全省人均预期寿命提高到77.7岁,药品和耗材加成全面取消……6月7日,省政府新闻办举行“开局十四五 奋进新征程”系列新闻发布会。\n\n  2020年全省每千常住人口医疗卫生机构床位6.71张。",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2020,
        Cmp::AtLeast(77.7),
    );
}

#[test]
fn a_periods_report_card_dates_its_undated_figures_at_the_periods_end() {
    let got = rows(
        "“十三五”某省卫生健康工作成绩单来了\n\n2021年06月07日16:00\n\n来源:某某网\n\n  某某网讯(记者 某某)全省人均预期寿命提高到77.7岁,药品和耗材加成全面取消……6月7日,省政府新闻办举行“开局十四五 奋进新征程”系列新闻发布会。",
    );
    assert_eq!(got.len(), 1, "{got:#?}");
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2020,
        Cmp::AtLeast(77.7),
    );
}

#[test]
fn a_groups_jobs_are_no_part_of_healths() {
    // Only jobs of the towns: nothing found, not "only other places' or parts".
    assert_eq!(
        import(
            "某区2016年国民经济和社会发展统计公报\n城镇新增就业人数8946人,其中下岗失业再就业人数4225人。年末城镇登记失业率控制在3.52%以内。",
            &Catalog::builtin()
        )
        .err(),
        Some(super::super::ImportError::NoFigure)
    );
}

#[test]
fn what_is_among_a_count_is_the_next_figures() {
    let got = rows(
        "某县卫生概况\n2020年,全县有医疗卫生机构312个,全系统1670名卫生人员中有卫生专业技术人员735名,拥有1230张床位。",
    );
    assert_eq!(values_of(&got, "health_workers"), [1670.0], "{got:#?}");
    assert_eq!(values_of(&got, "health_technicians"), [735.0], "{got:#?}");
}

#[test]
fn a_work_report_looks_back_unless_it_turns_ahead() {
    let got = rows(
        "2026年某省政府工作报告\n——人民生活水平实现新跃升。建成全国唯一医养结合示范省,千人口床位数由6.4张增至7.6张,国家级慢性病防控示范区达到34个,人均预期寿命达到80.5岁。\n今后五年,我们将推动人均预期寿命达到81.5岁。\n今年,每千人口执业(助理)医师数提高到3.6人。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(7.6)),
            (Role::Figure, "life_expectancy", 2025, Cmp::AtLeast(80.5)),
            (Role::Target, "life_expectancy", 2030, Cmp::AtLeast(81.5)),
            (Role::Target, "physicians_per_1000", 2026, Cmp::AtLeast(3.6)),
        ],
    );
    // Neither the review's start (of a year it does not give) nor its counts as goals.
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn a_goals_label_of_marks_names_nothing() {
    let got = rows_or_none(
        "某省卫生资源研究\n至2018年,卫生人员数由 $7 . 8 \\times 1 0 ^ { 6 }$ 人达到 $1 . 2 \\times 1 0 ^ { 7 }$ 人。",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Tracked { label, .. }
            if label.chars().filter(|c| crate::scan::is_cjk(*c)).count() < 2)),
        "{got:#?}"
    );
}

#[test]
fn a_work_reports_aiming_paragraph_ends_its_look_back() {
    let got = rows(
        "2026年某省政府工作报告\n这五年,人民群众获得感持续提高。人均预期寿命提升到79岁。\n六是坚持以人民为中心,推动共同富裕取得新进展。实施城乡居民增收计划,确保居民收入增速不低于经济增速;实施基本公共服务提质工程,促进人口高质量发展,人均预期寿命提升到80岁以上。",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2025,
        Cmp::AtLeast(79.0),
    );
    // The next period's goal is no figure reached.
    assert!(
        got.iter()
            .all(|r| !(r.0 == Role::Figure && r.3.value() == Some(80.0))),
        "{got:#?}"
    );
}

#[test]
fn a_district_named_cheng_qu_is_no_urban_area() {
    let got = rows(
        "某报讯 西城区两会于近日开幕\n2025年,西城区人均期望寿命达到85.05岁,孕产妇死亡率0/10万,婴儿死亡率1.38‰。",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2025,
        Cmp::AtLeast(85.05),
    );
    // An urban area's is still a group's.
    let got = rows_or_none("某县卫生统计\n2025年,全县城区人均预期寿命达到80.2岁。");
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn the_nineteenth_sessions_second_read() {
    // One figure of both sexes is the region's.
    let got = rows("某市统计\n2020年,全市户籍人口男女平均期望寿命为82.5岁。");
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2020,
        Cmp::AtLeast(82.5),
    );
    // 、 inside brackets lists no names.
    let got = rows(
        "某市卫生统计\n2023年,全市(含开发区和高新区)每千人口执业(助理)医师达2.9人、注册护士3.4人。",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), [2.9], "{got:#?}");
    assert_eq!(values_of(&got, "nurses_per_1000"), [3.4], "{got:#?}");
    // A rate's kind is not the names' after it, nor is it a name's with its own base.
    let got = rows(
        "某市卫生健康规划\n到2025年,基层医疗卫生机构诊疗量占比、每千人口执业(助理)医师数和注册护士数分别达到65%、3.2人和3.8人。",
    );
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.2),
    );
    // 推动 elsewhere in a review's sentence does not make its figure an aim.
    let got = rows(
        "2026年某省政府工作报告\n我们推动优质医疗资源扩容下沉,每千人口执业(助理)医师数达到3.4人。",
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.4),
    );
    // Under a heading of the next five years' goals, a work report no longer looks back.
    let got = rows_or_none(
        "2022年某市政府工作报告\n二、今后五年的奋斗目标\n——民生福祉持续增进。人均预期寿命达到80岁以上。",
    );
    assert!(got.iter().all(|r| r.role != Role::Figure), "{got:#?}");
    // A task list of a work report is no report delivered as its year opens: nothing of it is
    // put back to the year before.
    let got = rows(
        "关于印发2024年《政府工作报告》重点工作任务分工方案的通知\n每千人口执业(助理)医师数达到3.3人。",
    );
    assert!(got.iter().all(|r| r.2 == 2024), "{got:#?}");
    let got = rows_or_none("2024年《政府工作报告》重点任务分解清单\n每千人口托位数提升至4.3个。");
    assert!(got.iter().all(|r| r.year != 2023), "{got:#?}");
    // A sub-heading with a word of results ("(五)巩固拓展脱贫攻坚成果") does not turn the
    // year's tasks back into a review.
    let got = rows(
        "2024年某市政府工作报告\n三、2024年重点工作\n（五）巩固拓展脱贫攻坚成果\n防止规模性返贫。\n（八）持续增进民生福祉\n每千人口执业(助理)医师达到3.5人。",
    );
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2024,
        Cmp::AtLeast(3.5),
    );
    // Both sexes' ages listed with one 岁: each sex's.
    let got = rows_or_none("某省统计\n2000年全省男女平均预期寿命分别为77.20、82.51岁。");
    assert!(got.is_empty(), "{got:#?}");
    // 保健全覆盖 is full coverage of 保健.
    let got = rows("某县卫生健康规划\n到2025年,实现0-6岁儿童保健全覆盖。");
    assert!(got.iter().any(|r| r.3 == Cmp::FullCoverage), "{got:#?}");
}

#[test]
fn a_years_work_meeting_dates_its_news_and_reviews_the_year_before() {
    let text = "  2月6日上午,2024年全市卫生健康工作会议召开。副市长出席会议并讲话。\n  2023年,全市卫生健康工作取得新突破,紧密型县域医共体全面组建,全市共组建14个紧密型县域医共体,实现县域全覆盖。人均预期寿命达到79.8岁。家庭病床服务到家,累计建床超3000张。";
    let p = import(text, &Catalog::builtin()).expect("imports");
    assert_eq!(p.document_year.map(|d| d.value), Some(2024));
    let got = rows(text);
    // The year reviewed: what was done then is no goal of it, home beds are no institution's.
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2023,
        Cmp::AtLeast(79.8),
    );
    assert!(values_of(&got, "beds_total").is_empty(), "{got:#?}");
}

#[test]
fn the_figure_of_the_one_compared_with_is_its_own() {
    let got = rows("某市卫生统计\n2014年某市居民人均期望寿命达82.50岁,在国内仅次于上海的82.51岁。");
    assert_eq!(values_of(&got, "life_expectancy"), [82.5], "{got:#?}");
    // A bound of a share is no comparison with another's.
    let got = rows("某市卫生健康规划\n到2020年,社会办医床位不低于床位总量的20%。");
    assert!(!got.is_empty(), "{got:#?}");
}

#[test]
fn housing_and_roads_are_no_health_goals() {
    let got = rows_or_none(
        "某市2025年政府工作报告\n今年,新增医疗卫生机构床位1000张,完成老旧小区改造100个以上,200个小区二次供水设施提标改造,99%乡镇通三级及以上等级公路。",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Tracked { label, .. }
            if label.contains("小区") || label.contains("公路"))),
        "{got:#?}"
    );
}

#[test]
fn places_counted_and_a_goal_passed_are_no_goals() {
    let got = rows_or_none(
        "某市卫生健康蓝皮书新闻\n2020年,全国城市每千人口执业(助理)医师数平均为3.756人,超过了《“十三五”全国卫生计生人才发展规划》的2.5人的目标,其中达到2.5人目标的城市就高达230个,4人及以上的城市有110个,达到5人及以上的城市有47个。",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_reports_next_five_years_named_inside_its_opening_are_goals_of_their_end() {
    // Undated news of a report: the five years after the one it reports.
    let got = rows(
        "新华网某市1月8日电(记者)2021年,预计全市地区生产总值增长9%左右。\n报告明确了今后五年某市发展蓝图:地区生产总值增速保持7.6%左右;居民人均可支配收入年均增长8%,每千人口执业(助理)医师数达3.8人,人口平均预期寿命达80岁。",
    );
    has_all(
        &got,
        &[
            (Role::Target, "physicians_per_1000", 2026, Cmp::AtLeast(3.8)),
            (Role::Target, "life_expectancy", 2026, Cmp::AtLeast(80.0)),
        ],
    );
    assert!(got.iter().all(|r| r.0 == Role::Target && r.4), "{got:#?}");
}

#[test]
fn a_pdfs_space_before_a_traditional_unit_is_read_past() {
    let got = rows(
        "某省新闻\n我省人均預期壽命由2015年的78歲上升至2020年的 79.13 歲。截至2020年底,全市醫療衛生機構床位 3.49 萬張。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2020, Cmp::AtLeast(79.13)),
            (Role::Figure, "beds_total", 2020, Cmp::AtLeast(34_900.0)),
        ],
    );
}

#[test]
fn one_count_of_kinds_listed_is_no_one_kinds() {
    // Kinds of staff listed with one figure after them: a count of them together.
    for text in [
        "2018年,全县有执业(助理)医师、注册护士4200人。",
        "2018年,全县有乡村医生、个体医生260人。",
        "2018年,全县有药师、技师310人。",
        // (And one kind alone that is no catalog's: private doctors.)
        "2018年,全县有个体医生48人。",
    ] {
        proposes_none_of(text, &["physicians", "nurses", "pharmacists"]);
    }
    // Two names of one kind, and kinds each with their figure, are read as before.
    let got = rows("2018年,全县执业医师、助理医师1.36万人,注册护士1.52万人、药师(士)1860人。");
    has_all(
        &got,
        &[
            (Role::Figure, "physicians", 2018, Cmp::AtLeast(13600.0)),
            (Role::Figure, "nurses", 2018, Cmp::AtLeast(15200.0)),
            (Role::Figure, "pharmacists", 2018, Cmp::AtLeast(1860.0)),
        ],
    );
}

#[test]
fn employees_breakdown_is_a_part_unless_of_every_institution() {
    // The staff of the units that report them (在职职工), not of every institution.
    proposes_none_of(
        "2018年,全县卫生健康系统在职职工1530人,其中卫生技术人员1320人、管理人员96人。",
        &["health_technicians"],
    );
    let got = rows("截至2018年底,全市医疗卫生机构在岗职工2.61万人,其中卫生技术人员2.18万人。");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2018,
        Cmp::AtLeast(21800.0),
    );
}

#[test]
fn a_contents_list_run_together_names_nothing() {
    // A compilation's contents: titles with years and page numbers, the last page number
    // after a title that plans.
    let got = rows_or_none(
        "卫生健康局2022年工作总结汇编(4篇)\n范文网,公文素材。 卫生健康局2022年工作总结汇编(4篇) 目录 1. 区卫生健康局2022年工作总结和2023年工作计划 2 2.区卫生健康局2022年工作总结及2023年工作计划 9 3.县卫生健康局2022年度依法行政工作总结 15 4.县卫生健康局2022年工作总结和2023年工作思路 24 区卫生健康局2022年工作总结和2023年工作计划 2022年,我局开工3个医院建设项目,区妇幼保健院排名全省同类医院第一;新增1个国家特色专科。",
    );
    assert!(got.iter().all(|r| r.role != Role::Target), "{got:#?}");
}

#[test]
fn a_line_that_introduces_the_periods_aims_turns_a_report_ahead() {
    // Unnumbered, ending on its colon: the goals of the period it names, not the year before
    // the report's.
    let got = rows(
        "某某县2026年政府工作报告\n“十五五”时期经济社会发展的主要目标:\n——健康水平持续提升。人均预期寿命达到80.2岁,每千人口拥有执业(助理)医师3.4人。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "life_expectancy", 2030, Cmp::AtLeast(80.2)),
            (Role::Target, "physicians_per_1000", 2030, Cmp::AtLeast(3.4)),
        ],
    );
    assert!(got.iter().all(|r| r.0 == Role::Target), "{got:#?}");
}

#[test]
fn a_reports_own_years_goals_and_its_time_ahead_are_goals() {
    let got = rows(
        "某某市2026年政府工作报告\n今后一个时期,我们将全面建设健康某某,人均预期寿命达到80.8岁,每千人口执业(助理)医师数达到3.7人。\n2026年全市主要预期目标是:地区生产总值增长5%左右,每千人口托位数达到4.3个。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "life_expectancy", 2030, Cmp::AtLeast(80.8)),
            (Role::Target, "physicians_per_1000", 2030, Cmp::AtLeast(3.7)),
            (
                Role::Target,
                "nursery_places_per_1000",
                2026,
                Cmp::AtLeast(4.3),
            ),
        ],
    );
    assert!(got.iter().all(|r| r.0 == Role::Target), "{got:#?}");
}

#[test]
fn what_a_figure_is_a_share_of_is_not_what_it_counts() {
    // "…老人N万人占常住人口的x%": the elderly, a share of the population, not the population.
    proposes_none_of(
        "2020年,全省60岁以上老人1520万人占常住人口的17.2%。",
        &["population"],
    );
}

#[test]
fn the_size_of_an_increase_and_a_households_income_are_no_levels() {
    let got = rows(
        "省“十四五”规划纲要新增“人均预期寿命”指标:到2025年,人均预期寿命达79岁左右。对照这一目标,全省未来5年人均预期寿命的提升幅度应至少1岁。家住城区的王老师和老伴每人每月退休工资都超过9000元。",
    );
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(1.0)), "{got:#?}");
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::IncreaseBy(1.0),
    );
    assert!(got.iter().all(|r| r.3.value() != Some(9000.0)), "{got:#?}");
}

#[test]
fn a_lists_figures_compared_with_a_years_pair_with_its_names() {
    let got = rows(
        "2020年,全省婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别为3.3‰、4.6‰、9.8/10万,较2015年的4.9‰、6.2‰、12.1/10万分别下降32.7%、25.8%、19.0%。全市每千人口床位数、执业(助理)医师数分别为6.4张、2.8人,比2015年的5.1张、2.2人分别增加1.3张、0.6人。",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "infant_mortality", 2020, Cmp::AtLeast(3.3)),
            (Role::Figure, "infant_mortality", 2015, Cmp::AtLeast(4.9)),
            (Role::Figure, "under5_mortality", 2015, Cmp::AtLeast(6.2)),
            (Role::Figure, "maternal_mortality", 2015, Cmp::AtLeast(12.1)),
            (Role::Figure, "beds_per_1000", 2015, Cmp::AtLeast(5.1)),
            (Role::Figure, "physicians_per_1000", 2015, Cmp::AtLeast(2.2)),
            (Role::Figure, "physicians_per_1000", 2020, Cmp::AtLeast(2.8)),
        ],
    );
    // The changes are no figures.
    assert!(
        got.iter()
            .all(|r| !matches!(r.3.value(), Some(v) if v == 32.7 || v == 1.3)),
        "{got:#?}"
    );
}

#[test]
fn the_twentieth_sessions_second_read() {
    // A cap on a growth (增幅…控制在5%以内) is no increase of a level.
    let got = rows_or_none("到2025年,全市门诊次均费用增幅控制在5%以内,人均预期寿命的增幅达到1岁。");
    assert!(
        got.iter().all(|r| r.cmp != Cmp::IncreaseBy(5.0)),
        "{got:#?}"
    );
    // The in-post staff of every institution the sentence counted are the region's.
    let got =
        rows("2018年,全县共有医疗卫生单位35个,床位1260张,在职职工1820人,其中卫生技术人员1560人。");
    has(
        &got,
        Role::Figure,
        "health_technicians",
        2018,
        Cmp::AtLeast(1560.0),
    );
    // 今后一个时期 in a report of a period's middle names no year.
    let got = rows_or_none(
        "某某市2023年政府工作报告\n今后一个时期,我们将全面建设健康某某,人均预期寿命达到81岁。\n",
    );
    assert!(got.iter().all(|r| r.year != 2027), "{got:#?}");
    // Age bands and a date in a goal's name are no contents list.
    let got = rows("到2025年,全市0-6岁儿童和65岁以上老年人健康管理率分别达到90%、72%。");
    assert_eq!(
        got.iter().filter(|r| r.0 == Role::Target).count(),
        2,
        "{got:#?}"
    );
    // A heading of what the goals came to reviews.
    let got = rows(
        "某某市2026年政府工作报告\n“十四五”时期主要目标完成情况:\n人均预期寿命达到80.1岁,每千人口执业(助理)医师数达到3.4人。\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    // Clinical beds are beds; a pharmacist's two grades one kind; the nation's figures compared
    // pair with no name.
    let got = rows("2018年,全市医疗机构临床床位1200张。全县有药师、药士85人。");
    has(&got, Role::Figure, "beds_total", 2018, Cmp::AtLeast(1200.0));
    has(&got, Role::Figure, "pharmacists", 2018, Cmp::AtLeast(85.0));
    let got = rows(
        "2020年,全市婴儿死亡率、孕产妇死亡率分别为3.1‰、8.8/10万,比2020年的全国平均水平5.4‰、16.9/10万分别低2.3个千分点、8.1个十万分点。",
    );
    assert_eq!(values_of(&got, "infant_mortality"), vec![3.1], "{got:#?}");
}

#[test]
fn a_text_that_introduces_one_hospital_counts_its_beds_not_the_regions() {
    proposes_none_of(
        "发布时间:2023-05-10\n某某县人民医院是一所集医疗、教学、科研于一体的二级甲等综合医院。医院现有职工860人,其中卫生技术人员720人;开放床位600张。",
        &["beds_total", "health_technicians"],
    );
    // Until the region is named again.
    let got = rows(
        "发布时间:2023-05-10\n某某县人民医院始建于1952年,是全县规模最大的综合医院,开放床位600张。2022年末,全县医疗卫生机构床位2860张。",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![2860.0], "{got:#?}");
}

#[test]
fn some_public_hospitals_beds_are_no_public_hospitals_beds() {
    let got = rows(
        "2023年,全市县级公立医院床位1150张,三级公立医院床位3300张,二级以上公立医院床位5200张,每千常住人口公立医院床位数4.2张。",
    );
    assert!(values_of(&got, "beds_public").is_empty(), "{got:#?}");
    assert!(values_of(&got, "beds_total").is_empty(), "{got:#?}");
    assert_eq!(
        values_of(&got, "beds_public_per_1000"),
        vec![4.2],
        "{got:#?}"
    );
}

#[test]
fn licensed_pharmacists_are_not_the_institutions_pharmacists() {
    let got = rows("2023年,全市执业药师480人,每万人口执业药师数4.1人;中药师120人;药师(士)1790人。");
    assert_eq!(values_of(&got, "pharmacists"), vec![1790.0], "{got:#?}");
    assert!(
        values_of(&got, "pharmacists_per_1000").is_empty(),
        "{got:#?}"
    );
}

#[test]
fn the_twentieth_sessions_second_read_of_the_later_rules() {
    // A kind of hospital introduced is no one hospital: the plan's goals after it stay.
    let got = rows(
        "某某市“十四五”医疗卫生服务体系规划\n公立医院是医疗服务体系的主体。每千人口医疗卫生机构床位数达到6.5张。\n",
    );
    has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.5));
    // A growth's cap or floor is no level.
    let got = rows_or_none(
        "到2025年,全市门诊次均费用增幅控制在5%以内,人均预期寿命增幅不低于1岁,医疗费用增长幅度控制在10%以下。",
    );
    assert!(
        got.iter()
            .all(|r| matches!(r.subject, Subject::Tracked { .. })),
        "{got:#?}"
    );
    // A heading that aims ahead may say 实现.
    let got = rows(
        "某某市2026年政府工作报告\n五年来,人均预期寿命达到80.1岁。\n今后五年要努力实现以下主要目标:\n人均预期寿命达到81岁,每千人口执业(助理)医师数达到3.6人。\n",
    );
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2030,
        Cmp::AtLeast(81.0),
    );
    // Employees of one kind of institution, and its breakdown, are a part; a district's
    // public hospitals' beds are some of the public hospitals'.
    let got = rows_or_none(
        "2023年,全市社会办医疗机构1260个,床位9800张,在岗职工8600人,其中卫生技术人员6900人。全市区属公立医院床位3200张。",
    );
    assert!(
        got.iter()
            .all(|r| r.cmp.value() != Some(6900.0) && r.cmp.value() != Some(3200.0)),
        "{got:#?}"
    );
}

#[test]
fn beds_approved_are_not_beds_set_up() {
    let got = rows("2023年,全市医疗卫生机构核定床位2.6万张,实际开放床位2.9万张。");
    assert_eq!(values_of(&got, "beds_total"), vec![29000.0], "{got:#?}");
}

#[test]
fn doctors_at_a_second_site_or_in_training_are_not_the_regions_doctors() {
    let got = rows(
        "2023年,全市多点执业医师480人,在培住院医师760人,规范化培训住院医师310人,执业(助理)医师1.28万人。",
    );
    assert_eq!(values_of(&got, "physicians"), vec![12800.0], "{got:#?}");
    assert!(
        values_of(&got, "licensed_physicians").is_empty(),
        "{got:#?}"
    );
}

#[test]
fn a_period_compared_with_in_plain_quotes_is_a_comparison() {
    // "比"十三五"末增加…": a page's plain quotes mark the period as well as “ ” do.
    for q in [("\"", "\""), ("“", "”"), ("「", "」")] {
        let got = rows(&format!(
            "2026年某某县政府工作报告\n{0}十四五{1}时期,全县每千人口床位数达到6.6张,比{0}十三五{1}末增加1.0张;每千人口执业(助理)医师数3.1人,提高0.7人。\n",
            q.0, q.1
        ));
        has(
            &got,
            Role::Figure,
            "physicians_per_1000",
            2025,
            Cmp::AtLeast(3.1),
        );
    }
}

#[test]
fn the_breakdown_of_one_kind_of_institutions_staff_is_theirs() {
    let got = rows(
        "2023年,全市妇幼保健机构人员1720人,其中卫生技术人员1410人、注册护士690人。全市疾病预防控制机构人员610人,其中卫生技术人员480人。",
    );
    assert!(values_of(&got, "health_technicians").is_empty(), "{got:#?}");
    assert!(values_of(&got, "nurses").is_empty(), "{got:#?}");
}

#[test]
fn a_ratio_written_the_other_way_is_one_figure() {
    // "护医比1.05:1": nurses to one doctor; its 1 is no figure of its own.
    let got = rows("2023年,全市医护比为1:0.95,护医比为1.05:1。");
    assert!(
        !values_of(&got, "doctor_nurse_ratio").contains(&1.0),
        "{got:#?}"
    );
}

#[test]
fn a_thousands_separator_ends_no_clause() {
    // "12,100人、注册护士…": the second kind's quote had begun inside the first's figure.
    let text = "某市2023年统计公报\n全市卫生技术人员达31,200人,其中执业(助理)医师12,100人、注册护士14,300人。\n";
    let p = import(text, &Catalog::builtin()).expect("imports");
    let nurses = p
        .rows
        .iter()
        .find(|r| r.subject == Subject::Quantity("nurses".into()))
        .expect("nurses");
    assert_eq!(nurses.value(), Some(14300.0));
    assert!(
        nurses.quote.contains("12,100人、注册护士14,300人"),
        "{}",
        nurses.quote
    );
    // A comma between figures that is not one still ends a clause.
    let got = rows("某市2023年统计公报\n全市卫生技术人员31200人,1200人为新增。\n");
    assert_eq!(values_of(&got, "health_technicians"), vec![31200.0]);
}

#[test]
fn the_staff_of_one_sex_are_a_part() {
    let got = rows(
        "某市2023年卫生健康事业发展统计公报\n全市注册护士1.2万人,其中男护士320人。全市共有女医生4300人。\n",
    );
    assert_eq!(values_of(&got, "nurses"), vec![12000.0]);
    assert!(values_of(&got, "physicians").is_empty(), "{got:#?}");
}

#[test]
fn the_beds_after_a_care_home_or_a_clinic_counted_are_theirs() {
    // 护理院 (a nursing home): its beds, like a hospital's, are a part.
    proposes_none_of(
        "某市2023年卫生健康工作总结\n全市有护理院12家,床位1800张。\n",
        &["beds_total"],
    );
    let got = rows("某市2023年卫生健康工作总结\n全市有医疗卫生机构2300家,床位2.4万张。\n");
    assert_eq!(values_of(&got, "beds_total"), vec![24000.0]);
}

#[test]
fn the_same_count_again_after_qizhong_is_a_part() {
    let got = rows(
        "某市2023年卫生健康工作总结\n全市共有执业(助理)医师1.2万人,其中在岗执业(助理)医师1.1万人。注册护士1.4万人,其中在岗1.35万人。\n",
    );
    assert_eq!(values_of(&got, "physicians"), vec![12000.0]);
    assert_eq!(values_of(&got, "nurses"), vec![14000.0]);
    // 其中 a clause of its own, and a list after it.
    let got = rows(
        "某市2023年卫生健康工作总结\n全市医疗卫生机构床位2.4万张,其中,可开放床位2.1万张,实际开放床位2.2万张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![24000.0]);
}

#[test]
fn the_physicians_or_nurses_of_one_specialty_are_a_part() {
    let got = rows(
        "某市2023年卫生健康工作总结\n全市执业(助理)医师1.2万人,注册护士1.4万人。全市急诊医师320人,麻醉医师210人,产科医生200人,外科护士1800人,ICU护士260人,精神科医师150人。\n",
    );
    assert_eq!(values_of(&got, "physicians"), vec![12000.0]);
    assert_eq!(values_of(&got, "nurses"), vec![14000.0]);
    // The catalog's own specialty is still its own.
    assert_eq!(values_of(&got, "psych_physicians"), vec![150.0]);
}

#[test]
fn staff_on_one_contract_sent_elsewhere_or_of_an_age_are_a_part() {
    let got = rows(
        "某市2023年卫生健康工作总结\n全市执业(助理)医师1.2万人,注册护士1.4万人。全市合同制护士3100人,聘用医生420人,援藏医生12人,下派医生120名。全市35岁以下执业(助理)医师3200人,注册护士中45岁及以下的8700人。\n",
    );
    assert_eq!(values_of(&got, "physicians"), vec![12000.0]);
    assert_eq!(values_of(&got, "nurses"), vec![14000.0]);
}

#[test]
fn beds_planned_are_not_the_beds_there_are() {
    let got = rows("某市2023年卫生健康工作总结\n全市现有床位2.4万张,规划床位5000张。\n");
    assert_eq!(values_of(&got, "beds_total"), vec![24000.0]);
    // A plan's goal with 规划 before it is still the goal.
    let got = rows("某市卫生健康规划\n规划到2025年,全市每千人口床位数达到6.8张。\n");
    assert_eq!(values_of(&got, "beds_per_1000"), vec![6.8]);
}

#[test]
fn staff_training_retired_or_of_another_medicine_and_an_alliances_beds_are_a_part() {
    let got = rows(
        "某市2023年卫生健康工作总结\n全市执业(助理)医师1.2万人,床位2.4万张,卫生技术人员3.1万人。全市医共体床位1.8万张,医疗集团卫生技术人员6200人,中心血站卫生技术人员120人。全市公卫医师210人,藏医医师85人,执业兽医师130人,进修医生60人,实习医生220人,离退休医生340人,外籍医生5人,签约医生1800人,医学毕业生900人。\n",
    );
    assert_eq!(values_of(&got, "physicians"), vec![12000.0]);
    assert_eq!(values_of(&got, "beds_total"), vec![24000.0]);
    assert_eq!(values_of(&got, "health_technicians"), vec![31000.0]);
    // Tibet's own beds are no Tibetan medicine's.
    let got =
        rows("西藏自治区2023年卫生健康事业发展统计公报\n年末西藏医疗卫生机构床位数1.9万张。\n");
    assert_eq!(values_of(&got, "beds_total"), vec![19000.0]);
}

#[test]
fn a_sentence_opening_on_one_kinds_staff_goes_on_about_that_kind() {
    let got = rows_or_none(
        "某市2023年卫生健康工作总结\n市属医疗机构执业(助理)医师3100人,注册护士4200人,床位6500张。全市二级以上医院执业(助理)医师6200人,注册护士8100人。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
    // The region named again is the region's.
    let got = rows(
        "某市2023年卫生健康工作总结\n市属医疗机构执业(助理)医师3100人,全市注册护士1.4万人。\n",
    );
    assert_eq!(values_of(&got, "nurses"), vec![14000.0]);
}

#[test]
fn the_region_short_of_a_place_it_holds_is_not_the_region() {
    let got = rows(
        "湖州市2023年统计公报\n全市每千人口床位数6.5张。全市(不含安吉县)每千人口床位数6.8张。全市卫生技术人员(不含村卫生室)3.1万人。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![6.5]);
    // A kind left out of a count is still the region's.
    assert_eq!(values_of(&got, "health_technicians"), vec![31000.0]);
}

#[test]
fn no_mother_dying_is_a_maternal_mortality_of_none() {
    for text in [
        "某县2023年卫生健康工作总结\n全年无孕产妇死亡,婴儿死亡率1.85‰。\n",
        "某县2023年统计公报\n全县实现孕产妇零死亡,婴儿死亡率1.85‰。\n",
        "某县2023年统计公报\n全县未发生孕产妇死亡,婴儿死亡率1.85‰。\n",
    ] {
        let got = rows(text);
        has(
            &got,
            Role::Figure,
            "maternal_mortality",
            2023,
            Cmp::AtLeast(0.0),
        );
    }
    // A town's none, nearly none, or the rate named after 无 are not it.
    for text in [
        "某县2023年卫生健康工作总结\n城关镇无孕产妇死亡,全县婴儿死亡率1.85‰。\n",
        "某县2023年卫生健康工作总结\n基本实现孕产妇零死亡,婴儿死亡率1.85‰。\n",
        "某县2023年卫生健康工作总结\n全县无孕产妇死亡率上升,婴儿死亡率1.85‰。\n",
    ] {
        assert!(
            values_of(&rows(text), "maternal_mortality").is_empty(),
            "{text}"
        );
    }
}

#[test]
fn the_beds_open_beside_the_beds_there_are_are_no_second_total() {
    for text in [
        "某区2023年卫生健康工作总结\n全区实有床位4982张,开放床位4760张。\n",
        "某区2023年卫生健康工作总结\n全区开放床位4760张,实有床位4982张。\n",
        "某区卫生资源基本情况(2023年)\n编制床位(张)\t5,600\n实有床位(张)\t4,982\n开放床位(张)\t4,760\n",
    ] {
        assert_eq!(values_of(&rows(text), "beds_total"), vec![4982.0], "{text}");
    }
    // Open beds alone are the beds.
    let got = rows("某区2023年卫生健康工作总结\n全区开放床位4760张。\n");
    assert_eq!(values_of(&got, "beds_total"), vec![4760.0]);
}

#[test]
fn last_year_counts_from_the_pages_date_in_news_of_a_bulletin() {
    // The bulletin's year in the headline (2023), the page's date after it (2024): 去年 is 2023.
    let got = rows(
        "我市发布2023年卫生健康事业发展统计公报\n来源:某市日报  发布时间:2024-06-12\n记者从市卫健委获悉,《2023年某市卫生健康事业发展统计公报》日前发布。公报显示,截至去年底,全市医疗卫生机构床位达5.37万张;全市每千常住人口执业(助理)医师3.35人。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_total",
        2023,
        Cmp::AtLeast(53700.0),
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2023,
        Cmp::AtLeast(3.35),
    );
}

#[test]
fn physicians_and_nurses_together_are_neither_alone() {
    let got = rows(
        "某县2021年卫生健康工作总结\n全县每千人口执业(助理)医师与注册护士合计5.36人,执业(助理)医师与注册护士合计2.45万人。\n",
    );
    assert_eq!(values_of(&got, "physicians_nurses_per_1000"), vec![5.36]);
    assert!(values_of(&got, "nurses").is_empty(), "{got:#?}");
    assert!(values_of(&got, "nurses_per_1000").is_empty(), "{got:#?}");
}

#[test]
fn a_figure_beside_the_plans_goal_for_it_was_reached() {
    // Undated: "“十三五”末" alone would aim; the goal beside the figure says it was reached.
    let got = rows(
        "“十三五”规划确定的主要指标全面完成。“十三五”末,全区每千人口执业(助理)医师数达到2.86人(规划目标2.5人),每千人口注册护士数达到3.24人(规划目标3.0人)。\n",
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2020,
        Cmp::AtLeast(2.86),
    );
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2020,
        Cmp::AtLeast(3.24),
    );
    let got = rows("2020年,全市每千人口注册护士数达到3.24人,规划目标为3.0人。\n");
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2020,
        Cmp::AtLeast(3.24),
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Target && r.3 == Cmp::AtLeast(3.24)),
        "{got:#?}"
    );
}

#[test]
fn what_a_report_says_its_own_year_will_bring_is_a_goal() {
    for text in [
        "某区2025年政府工作报告\n2024年,全区每千人口床位数达到4.8张。\n2025年,全区每千人口床位数将提高到5.5张。\n",
        "某区2025年政府工作报告\n2024年,全区每千人口床位数达到4.8张。\n2025年,我们将新建区妇幼保健院,全区每千人口床位数提高到5.5张。\n",
    ] {
        let got = rows(text);
        has(&got, Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(4.8));
        has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(5.5));
    }
}

#[test]
fn all_who_work_at_mch_institutions_are_not_their_health_care_staff() {
    // The catalog counts the 保健人员 of 妇幼保健机构, not all their staff.
    proposes_none_of(
        "某市2023年卫生健康统计公报\n2023年末,全市妇幼保健机构人员1320人。\n",
        &["mch_staff"],
    );
    let got = rows("某市2023年卫生健康统计公报\n2023年末,全市妇幼保健机构保健人员860人。\n");
    assert_eq!(values_of(&got, "mch_staff"), vec![860.0]);
}

#[test]
fn a_count_aimed_at_through_a_review_is_named_by_where_it_started() {
    // A plan (undated): where the review goes is a goal; its count keeps the name it started
    // with, not the verb ("增加到2020年", "增至").
    let got = rows(
        "某市“十三五”卫生计生事业发展规划\n“十三五”期间,全市医疗卫生机构床位由2015年的1.82万张增加到2020年的2.54万张,注册护士由6210人增至9840人。\n",
    );
    for r in got.iter().filter(|r| r.0 == Role::Target) {
        assert!(
            matches!(
                r.1.as_str(),
                "tracked:医疗卫生机构床位" | "tracked:注册护士"
            ),
            "{got:#?}"
        );
    }
}

#[test]
fn what_the_institutions_include_makes_them_no_part() {
    let got = rows(
        "某区2012年国民经济和社会发展统计公报\n年末全区拥有卫生机构(含村卫生室)412个,床位3856张,卫生技术人员4102人,注册护士1488人。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![3856.0]);
    assert_eq!(values_of(&got, "health_technicians"), vec![4102.0]);
    // A part named outside the brackets still is one.
    proposes_none_of(
        "某区2012年统计公报\n年末全区拥有村卫生室(含卫生所)210个,床位120张。\n",
        &["beds_total"],
    );
}

#[test]
fn a_label_ending_a_line_names_the_figure_opening_the_next() {
    // A PDF's line broken between a label and its figure.
    let got = rows(
        "某县2018年国民经济和社会发展统计公报\n年末全县卫生人员\n5632人,卫生技术人员\n3580人,注册护士\n1420人。\n",
    );
    assert_eq!(values_of(&got, "health_workers"), vec![5632.0]);
    assert_eq!(values_of(&got, "health_technicians"), vec![3580.0]);
    assert_eq!(values_of(&got, "nurses"), vec![1420.0]);
}

#[test]
fn nurses_to_a_doctor_is_the_doctor_nurse_ratio_the_other_way_round() {
    let got = rows("某市2021年卫生健康统计公报\n截至2021年底,全市护医比达1.21:1。\n");
    has(
        &got,
        Role::Figure,
        "doctor_nurse_ratio",
        2021,
        Cmp::AtLeast(1.21),
    );
}

#[test]
fn a_kinds_first_count_the_catalog_does_not_take_still_makes_the_rest_its_own() {
    proposes_none_of(
        "某县2023年卫生健康工作总结\n县医共体总医院现有编制床位800张,实际开放床位1020张,卫生技术人员1350人。\n",
        &["beds_total", "health_technicians"],
    );
}

#[test]
fn the_beds_of_institutions_of_a_grade_are_a_part() {
    let got = rows(
        "某区2022年卫生健康统计公报\n2022年末,全区一级及以下医疗机构床位3110张,三级医院床位9860张。全区床位2.1万张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![21000.0]);
}

#[test]
fn a_districts_office_news_is_the_districts_and_its_citys_figure_is_not() {
    let got = rows("吴兴区卫健局消息:截至2024年底,吴兴区每千人口注册护士数3.6人,全市为3.4人。\n");
    assert_eq!(values_of(&got, "nurses_per_1000"), vec![3.6]);
}

#[test]
fn a_dated_verb_after_a_change_names_what_changed() {
    let got = rows("2020年,全市卫生技术人员3.71万人;注册护士年均增长8.2%,2020年达到15860人。\n");
    assert_eq!(values_of(&got, "nurses"), vec![15860.0]);
    assert_eq!(values_of(&got, "health_technicians"), vec![37100.0]);
}

#[test]
fn the_second_reads_misfires_stay_mended() {
    // An institution's none is not the region's maternal mortality.
    let got = rows_or_none(
        "某市2023年卫生健康工作总结\n市妇幼保健院全年无孕产妇死亡,全市婴儿死亡率2.1‰。\n",
    );
    assert!(
        got.iter()
            .all(|r| r.subject != Subject::Indicator("maternal_mortality".into())),
        "{got:#?}"
    );
    // "(目标值)" names the figure as the goal: a plan's goal stays one.
    let got = rows(
        "某市卫生健康事业发展“十四五”规划\n到2025年,全市每千人口执业(助理)医师数达到3.2人(目标值)。\n",
    );
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.2),
    );
    // 将 as 把: a year's summary reports.
    let got = rows(
        "某区2024年卫生健康工作总结\n2024年,我们将卫生健康工作摆在突出位置,全区每千人口床位数提高到5.2张。\n",
    );
    has(&got, Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(5.2));
    // A page updated years later dates nothing it says.
    let got = rows_or_none(
        "某市2022年国民经济和社会发展统计公报\n更新时间:2025-03-02\n去年全市医疗卫生机构床位2.1万张。\n",
    );
    assert!(got.iter().all(|r| r.year != 2024), "{got:#?}");
    // A label at a line's end after a part's institutions stays the part's.
    let got = rows_or_none(
        "某县2018年统计公报\n年末全县有乡镇卫生院15个,床位\n680张,卫生技术人员\n820人。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
    // 护医比 written 1:x is not the catalog's ratio.
    let got = rows_or_none("某市2021年卫生健康统计公报\n截至2021年底,全市护医比为1:0.83。\n");
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn names_joined_by_yu_pair_with_their_figures() {
    // "医师与注册护士分别为a和b": two names, each its figure (not the nurses' twice).
    let got = rows("2023年末,全市每千常住人口执业(助理)医师与注册护士分别为3.12人和3.85人。\n");
    assert_eq!(values_of(&got, "physicians_per_1000"), [3.12], "{got:#?}");
    assert_eq!(values_of(&got, "nurses_per_1000"), [3.85], "{got:#?}");
    let got = rows("2023年末,全市执业(助理)医师与注册护士分别为1.25万人和1.53万人。\n");
    assert_eq!(values_of(&got, "physicians"), [12500.0], "{got:#?}");
    assert_eq!(values_of(&got, "nurses"), [15300.0], "{got:#?}");
    // 和 lists as before.
    let got = rows("2023年末,全市执业(助理)医师和注册护士分别为1.25万人和1.53万人。\n");
    assert_eq!(values_of(&got, "nurses"), [15300.0], "{got:#?}");
}

#[test]
fn institutions_a_count_includes_name_no_part() {
    let got = rows(
        "2023年末,全市共有卫生技术人员(含村卫生室)2.35万人,医疗卫生机构(含医共体成员单位)床位1.62万张。\n",
    );
    assert_eq!(values_of(&got, "health_technicians"), [23500.0], "{got:#?}");
    assert_eq!(values_of(&got, "beds_total"), [16200.0], "{got:#?}");
    let got = rows("截至2024年底,全区医疗卫生机构床位数(含村卫生室)5860张。\n");
    assert_eq!(values_of(&got, "beds_total"), [5860.0], "{got:#?}");
    // A staff kind included names the kind: 执业医师(含助理) are the catalog's physicians.
    let got = rows("2023年末,全市执业医师(含助理)3994人。\n");
    assert_eq!(values_of(&got, "physicians"), [3994.0], "{got:#?}");
    // A part's count with what it includes stays the part's.
    let got = rows_or_none("2023年末,全市基层医疗卫生机构(含村卫生室)床位3200张。\n");
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_count_of_today_is_not_of_the_year_aimed_before() {
    // "到2025年,…将达到6.5张。全市现有…": the sentence after the goal counts what there is now.
    let got = rows(
        "某市2023年卫生健康工作总结\n到2025年,全市每千人口床位数将达到6.5张。全市现有执业(助理)医师1.2万人。\n",
    );
    has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.5));
    has(
        &got,
        Role::Figure,
        "physicians",
        2023,
        Cmp::AtLeast(12000.0),
    );
    assert!(
        got.iter().all(|r| r.2 != 2025 || r.1 == "beds_per_1000"),
        "{got:#?}"
    );
}

#[test]
fn a_summary_looks_back_on_the_year_it_sums_up() {
    // "一年来" in a summary of 2025 is 2025, not the year before it.
    let got = rows(
        "乙市卫生健康局2025年工作总结\n一年来,全市卫生健康资源持续扩容,每千常住人口医疗卫生机构床位数达到5.92张,全科医生达到186名。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2025,
        Cmp::AtLeast(5.92),
    );
    has(&got, Role::Figure, "gps", 2025, Cmp::AtLeast(186.0));
    assert!(got.iter().all(|r| r.2 == 2025), "{got:#?}");
}

#[test]
fn one_kind_of_institutions_staff_of_a_kind_is_a_part() {
    // The region's GPs, then the primary-care institutions' and the township hospitals'.
    let got = rows(
        "截至2021年底,全县全科医生312人,每万人口全科医生3.58人。\n其中基层全科医生246人。全县乡镇卫生院全科医生187人,社区卫生服务中心全科医生59人。\n",
    );
    assert_eq!(values_of(&got, "gps"), [312.0], "{got:#?}");
    // One level's CDC staff or supervisors.
    let got = rows(
        "2022年末,全省卫生监督员3120人(省级86人、市级712人、县级2322人),疾病预防控制中心人员8600人(市级疾控中心3120人,县级疾控中心5480人)。\n",
    );
    assert_eq!(values_of(&got, "health_supervisors"), [3120.0], "{got:#?}");
    assert_eq!(values_of(&got, "cdc_staff"), [8600.0], "{got:#?}");
    // One hospital's specialists and beds, each of the list.
    let got = rows_or_none(
        "2022年末,市儿童医院现有儿科执业(助理)医师312人、儿科床位1000张。市第三人民医院现有精神科执业(助理)医师45人、精神科注册护士128人。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
    // After their kind of institution's count, the CDC's staff are the region's.
    let got = rows(
        "2023年末,全市专业公共卫生机构人员2865人,其中疾病预防控制中心人员612人、妇幼保健院(所)人员1320人。\n",
    );
    assert_eq!(values_of(&got, "cdc_staff"), [612.0], "{got:#?}");
}

#[test]
fn a_staff_kind_listed_after_a_specialtys_is_the_specialtys() {
    let got = rows(
        "2022年末,全市精神科执业(助理)医师428人、注册护士1106人,每10万人口精神科执业(助理)医师4.35名、注册护士11.24名。\n",
    );
    assert_eq!(values_of(&got, "psych_nurses"), [1106.0], "{got:#?}");
    assert_eq!(
        values_of(&got, "psych_nurses_per_100000"),
        [11.24],
        "{got:#?}"
    );
    assert!(values_of(&got, "nurses").is_empty(), "{got:#?}");
    assert!(values_of(&got, "nurses_per_1000").is_empty(), "{got:#?}");
    let got = rows("到2030年,每10万人口拥有精神科执业(助理)医师达到4.5名、注册护士达到10名。\n");
    has(
        &got,
        Role::Target,
        "psych_nurses_per_100000",
        2030,
        Cmp::AtLeast(10.0),
    );
}

#[test]
fn town_and_country_listed_are_parts() {
    // "城乡…分别为a和b": the towns' and the country's rates, neither the region's.
    let got = rows(
        "2020年,全市孕产妇死亡率9.52/10万;城乡孕产妇死亡率分别为7.80/10万、12.04/10万。城乡婴儿死亡率分别为2.01‰和3.58‰。\n",
    );
    assert_eq!(values_of(&got, "maternal_mortality"), [9.52], "{got:#?}");
    assert!(values_of(&got, "infant_mortality").is_empty(), "{got:#?}");
}

#[test]
fn a_thousands_separator_ends_no_review() {
    // "与2015年相比,…由4,215人增加到4,986人": where it started is 2015's, not the end's year.
    let got = rows(
        "某市2020年卫生健康事业发展统计公报\n与2015年相比,全市专业公共卫生机构人员由4,215人增加到4,986人。\n",
    );
    has(
        &got,
        Role::Figure,
        "public_health_staff",
        2015,
        Cmp::AtLeast(4215.0),
    );
    has(
        &got,
        Role::Figure,
        "public_health_staff",
        2020,
        Cmp::AtLeast(4986.0),
    );
    assert_eq!(values_of(&got, "public_health_staff").len(), 2, "{got:#?}");
}

#[test]
fn a_figure_before_a_dated_goal_in_brackets_is_no_goal() {
    // "6.1张(2025年目标6.5张)": the goal is 2025's; the figure before it is of a year not
    // given here, and no goal.
    let got = rows(
        "某市“十四五”卫生健康发展主要指标完成情况\n1. 每千人口医疗卫生机构床位数:6.1张(2025年目标6.5张)\n2. 孕产妇死亡率:8.2/10万(2025年目标≤12/10万)\n",
    );
    has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.5));
    assert_eq!(values_of(&got, "beds_per_1000"), [6.5], "{got:#?}");
    assert_eq!(values_of(&got, "maternal_mortality"), [12.0], "{got:#?}");
    // With its own year, the figure stays.
    let got = rows("截至2020年底,全市每千人口执业(助理)医师达到2.86人(2020年规划目标2.5人)。\n");
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2020,
        Cmp::AtLeast(2.86),
    );
}

#[test]
fn a_district_named_after_the_whole_is_its_part() {
    // No region named: the whole first (全市), then a new district and a development zone.
    let got = rows(
        "2025年末,全市每千人口注册护士3.95人;甲新区每千人口注册护士2.61人,乙开发区每千人口注册护士2.37人。\n",
    );
    assert_eq!(values_of(&got, "nurses_per_1000"), [3.95], "{got:#?}");
    // A county named first, its city after it: the county's text.
    let got = rows("2024年,乙县每千人口注册护士数3.6人,全市为3.4人,全省为3.7人。\n");
    assert!(
        values_of(&got, "nurses_per_1000").contains(&3.6),
        "{got:#?}"
    );
}

#[test]
fn as_of_a_periods_end_is_reached() {
    // "截至“十四五”末,…达到": what was reached by the period's end, not its goal.
    let got = rows(
        "截至“十四五”末,全市每千人口执业(助理)医师数达到3.4人,每千人口注册护士数达到4.0人。\n",
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.4),
    );
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2025,
        Cmp::AtLeast(4.0),
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
}

#[test]
fn the_actual_beside_a_plans_goal_is_reached() {
    let got = rows(
        "每千人口医疗卫生机构床位数规划目标7.0张,2025年实际达到6.72张;每千人口注册护士数规划目标3.8人,2025年实际达到4.02人。\n",
    );
    has(
        &got,
        Role::Target,
        "nurses_per_1000",
        2025,
        Cmp::AtLeast(3.8),
    );
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2025,
        Cmp::AtLeast(4.02),
    );
    assert!(
        got.iter()
            .all(|r| !(r.0 == Role::Target
                && matches!(r.3.value(), Some(v) if v == 4.02 || v == 6.72))),
        "{got:#?}"
    );
}

#[test]
fn a_rate_per_ten_thousand_is_no_rate_of_the_catalogs() {
    // "2.5‱", "万分之3.1": per 10,000, not the catalog's per 10万 (they had been 10 times low).
    for text in [
        "2005年,全县孕产妇死亡率为2.5‱,人均预期寿命71.2岁。\n",
        "2008年,全县孕产妇死亡率为万分之3.1,人均预期寿命71.2岁。\n",
    ] {
        let got = rows(text);
        assert!(values_of(&got, "maternal_mortality").is_empty(), "{got:#?}");
        assert_eq!(values_of(&got, "life_expectancy"), [71.2], "{got:#?}");
    }
    // 十万分之 stays the catalog's.
    let got = rows("2008年,全县孕产妇死亡率为十万分之31。\n");
    assert_eq!(values_of(&got, "maternal_mortality"), [31.0], "{got:#?}");
}

#[test]
fn a_lists_total_or_an_institution_takes_no_kind_from_the_row() {
    // "…,工勤技能人员3077人,合计4.98万人": the list's total is no technicians' count.
    let got = rows(
        "2025年末,全市卫生人员中,卫生技术人员4.02万人,乡村医生和卫生员3105人,管理人员1516人,合计4.98万人。\n",
    );
    assert_eq!(values_of(&got, "health_technicians"), [40200.0], "{got:#?}");
    // The institutions after 其中 that name nothing the head did not are its parts.
    let got = rows(
        "2025年末,全市专业公共卫生机构人员1032人,其中疾病预防控制中心186人、妇幼保健院(所)612人、卫生监督所74人。\n",
    );
    assert_eq!(values_of(&got, "public_health_staff"), [1032.0], "{got:#?}");
    assert_eq!(values_of(&got, "cdc_staff"), [186.0], "{got:#?}");
}

#[test]
fn a_sentence_about_one_institution_counts_its_own() {
    // One hospital, said to be the region's largest: its beds and staff are its own.
    let got = rows_or_none(
        "2023年,市第三人民医院是全市规模最大的精神专科医院,编制床位1000张,实际开放床位860张。区人民医院作为全区护理龙头,现有注册护士612人。朝阳街道社区卫生服务中心承担辖区基本医疗服务,现有全科医生18名、注册护士25名。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
    // The region's whole named in the figure's clause stays the region's.
    let got = rows("2023年,市人民医院新院区投入使用,全市医疗卫生机构床位达到2.1万张。\n");
    assert_eq!(values_of(&got, "beds_total"), [21000.0], "{got:#?}");
}

#[test]
fn after_qizhong_one_named_hospitals_figures_are_its_own() {
    // "其中县人民医院康复医师15名、康复治疗师28名": the hospital's staff, not a rate per 10万.
    let got = rows(
        "2022年末,全县每10万人口康复医师6.7名、每10万人口康复治疗师11.8名,其中县人民医院康复医师15名、康复治疗师28名。\n",
    );
    assert_eq!(
        values_of(&got, "rehab_therapists_per_100000"),
        [11.8],
        "{got:#?}"
    );
    assert_eq!(
        values_of(&got, "rehab_physicians_per_100000"),
        [6.7],
        "{got:#?}"
    );
    // A kind of institution after 其中 stays its catalog part.
    let got = rows("2020年,全市每千人口医疗卫生机构床位数6.35张,其中公立医院4.12张。\n");
    assert_eq!(values_of(&got, "beds_public_per_1000"), [4.12], "{got:#?}");
}

#[test]
fn a_year_aimed_after_the_latest_reported_is_a_goal() {
    // A report whose date is not read: "到2025年…达到" after its 2023 figures is ahead.
    let got = rows(
        "湖州市卫生健康事业发展情况(2023年度)\n2023年末,全市每万人口全科医生8.09人。\n到2025年,全市每万人口全科医生数达到9人;到2030年,人均预期寿命达到84岁。\n",
    );
    has(
        &got,
        Role::Figure,
        "gps_per_10000",
        2023,
        Cmp::AtLeast(8.09),
    );
    has(&got, Role::Target, "gps_per_10000", 2025, Cmp::AtLeast(9.0));
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2030,
        Cmp::AtLeast(84.0),
    );
}

#[test]
fn the_two_hospitals_or_one_opened_this_year_count_their_own_beds() {
    let got = rows(
        "2025年,区人民医院、区中医院分别新增开放床位120张、80张,两院开放床位分别达到1020张和560张;全区每千人口床位数提高至5.9张。\n",
    );
    assert!(values_of(&got, "beds_total").is_empty(), "{got:#?}");
    assert_eq!(values_of(&got, "beds_per_1000"), [5.9], "{got:#?}");
    let got = rows(
        "某市2025年卫生健康工作总结\n年内,市人民医院新院区投用,开放床位达到1800张。全市医疗卫生机构床位3.12万张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), [31200.0], "{got:#?}");
}

#[test]
fn each_parts_floor_in_brackets_is_no_goal_of_the_regions() {
    let got = rows(
        "到2025年,全市每万人口全科医生数达到9人以上(其中山区县不低于7人),每千人口药师(士)数达到0.6人(各区县不低于0.5人)。\n",
    );
    assert_eq!(values_of(&got, "gps_per_10000"), [9.0], "{got:#?}");
    assert_eq!(values_of(&got, "pharmacists_per_1000"), [0.6], "{got:#?}");
}

#[test]
fn a_departments_or_part_timers_staff_is_a_part() {
    let got = rows(
        "2023年末,全市疾病预防控制机构人员1260人,市疾控中心免疫规划所工作人员23名;全区各级医疗卫生机构配备兼职健康教育人员386名。\n",
    );
    assert_eq!(values_of(&got, "cdc_staff"), [1260.0], "{got:#?}");
    assert!(values_of(&got, "health_educators").is_empty(), "{got:#?}");
}

#[test]
fn a_review_over_a_plans_five_years_starts_at_its_base() {
    // "2021—2025年,…由5.76张提高到6.62张": the start is 2020's, the period's base.
    let got = rows("2021—2025年,全市每千人口医疗卫生机构床位数由5.76张提高到6.62张。\n");
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2020,
        Cmp::AtLeast(5.76),
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2025,
        Cmp::AtLeast(6.62),
    );
    // A span that is no plan's period starts where it says.
    let got = rows("2015~2020年,全市每千人口医疗卫生机构床位数由4.5张提高到5.8张。\n");
    has(&got, Role::Figure, "beds_per_1000", 2015, Cmp::AtLeast(4.5));
}

#[test]
fn a_count_of_the_whole_takes_no_base_from_a_standard_before_it() {
    // "按照每万名常住人口配备1名卫生监督员的要求,…全县卫生监督员达到62名": 62 supervisors.
    let got = rows(
        "某县卫生健康事业发展“十四五”规划\n按照每万名常住人口配备1名卫生监督员的要求,到2025年全县卫生监督员达到62名。\n",
    );
    assert!(
        values_of(&got, "health_supervisors_per_10000")
            .iter()
            .all(|v| *v < 10.0),
        "{got:#?}"
    );
}

#[test]
fn the_present_named_beside_a_goal_is_no_goal() {
    let got = rows(
        "德清县卫生健康“十四五”规划指标进展\n(1)每千人口医疗卫生机构床位数  现状6.02张  目标6.5张\n(2)医护比  现状1:1.15  目标1:1.2\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), [6.5], "{got:#?}");
    assert_eq!(values_of(&got, "doctor_nurse_ratio"), [1.2], "{got:#?}");
}

#[test]
fn the_twenty_second_sessions_second_read_stays_mended() {
    // A specialty's beds before the region's staff rename no one.
    let got = rows(
        "2023年末,全市医疗卫生机构床位3.12万张、儿科床位980张、执业(助理)医师1.25万人、注册护士1.53万人。\n",
    );
    assert_eq!(values_of(&got, "physicians"), [12500.0], "{got:#?}");
    assert_eq!(values_of(&got, "nurses"), [15300.0], "{got:#?}");
    assert!(values_of(&got, "paediatricians").is_empty(), "{got:#?}");
    // 在现有基础上 aims on: the goals keep the year aimed at.
    let got = rows(
        "二、2024年工作计划\n到2025年,全市每千人口医疗卫生机构床位数达到6.5张。在现有基础上,每千人口注册护士数提高到4.0人。\n",
    );
    has(
        &got,
        Role::Target,
        "nurses_per_1000",
        2025,
        Cmp::AtLeast(4.0),
    );
    // 完全市场化 names no whole; 我县 before 全市 is the county speaking of its city.
    let got = rows(
        "2023年,我区坚持完全市场化运营与公办托育并举。吴兴区每千人口医疗卫生机构床位数5.42张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), [5.42], "{got:#?}");
    let got = rows(
        "2023年,我县深入贯彻全市卫生健康大会精神,安吉县每千人口医疗卫生机构床位数达到4.86张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), [4.86], "{got:#?}");
    // After a clause naming the whole, a hospital's opening sentence counts the region's.
    let got = rows(
        "2023年,县人民医院新院区正式投入使用,新增开放床位300张,全县每千人口医疗卫生机构床位数达到5.2张,执业(助理)医师达到2105人。\n",
    );
    assert_eq!(values_of(&got, "physicians"), [2105.0], "{got:#?}");
    // A density of the whole keeps the base before it.
    let got = rows("2023年末,每千常住人口执业(助理)医师达到3.46人,全市注册护士达到4.05人。\n");
    assert_eq!(values_of(&got, "nurses_per_1000"), [4.05], "{got:#?}");
    // "2021年至2025年" is the plan's five years too; "2.5/万" and ‱ are per 10,000.
    let got = rows("2021年至2025年,全市每万人口全科医生数由3.6人增加到4.8人。\n");
    has(&got, Role::Figure, "gps_per_10000", 2020, Cmp::AtLeast(3.6));
    let got = rows_or_none(
        "到2025年,全县孕产妇死亡率控制在1‱以下,出生缺陷发生率控制在万分之80以下。2005年,全县孕产妇死亡率为2.5/万。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_bulletin_without_its_year_reports_the_year_before_it_came_out() {
    // Dated by the page, or signed with a month at its end: 年末 is the year before's.
    for text in [
        "湖州市卫生健康事业发展统计公报\n发布时间:2026-03-12\n年末全市医疗卫生机构床位3.21万张,每千常住人口床位6.35张。\n",
        "湖州市卫生健康事业发展统计公报\n年末全市医疗卫生机构床位3.21万张,每千常住人口床位6.35张。\n湖州市卫生健康委员会\n2026年3月\n",
    ] {
        let got = rows(text);
        has(
            &got,
            Role::Figure,
            "beds_per_1000",
            2025,
            Cmp::AtLeast(6.35),
        );
        assert!(got.iter().all(|r| r.2 == 2025 && r.4), "{got:#?}");
    }
    // A plan signed with a month is dated by it: its 2025 is no goal in 2026.
    let got = rows(
        "湖州市卫生健康事业发展规划\n到2030年,每千常住人口床位数达到7.2张。2025年,全市每千常住人口床位6.35张。\n湖州市人民政府\n2026年3月\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2025,
        Cmp::AtLeast(6.35),
    );
    has(&got, Role::Target, "beds_per_1000", 2030, Cmp::AtLeast(7.2));
}

#[test]
fn one_health_service_centres_beds_and_staff_are_its_own() {
    // A community or street health service centre, named with or without 其中 and 社区.
    for t in [
        "其中,武康街道卫生服务中心床位120张,执业(助理)医师85人。",
        "武康街道卫生服务中心床位120张,执业(助理)医师85人。",
        "其中,武康社区卫生服务中心床位120张,执业(助理)医师85人。",
    ] {
        let got = rows(&format!(
            "德清县卫生健康事业发展情况\n截至2025年底,全县共有医疗卫生机构386家,床位3210张。{t}\n"
        ));
        assert_eq!(values_of(&got, "beds_total"), [3210.0], "{got:#?}");
        assert!(values_of(&got, "physicians").is_empty(), "{got:#?}");
    }
}

#[test]
fn the_year_gone_by_is_the_one_a_summary_sums_up_not_a_year_named_before() {
    let got = rows(
        "安吉县卫生健康局2025年工作总结\n2024年,全县每千人口床位数为5.02张。一年来,全县新增床位320张,每千人口床位数达到5.41张,每千人口执业(助理)医师达到3.02人。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2024,
        Cmp::AtLeast(5.02),
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2025,
        Cmp::AtLeast(5.41),
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.02),
    );
}

#[test]
fn a_period_opening_or_worked_towards_is_no_year_aimed_at() {
    for text in [
        "长兴县卫生健康局2026年工作总结\n今年以来,县卫健局紧紧围绕“十五五”开局之年目标任务,截至11月底,全县每千人口3岁以下婴幼儿托位数达到4.62个。\n",
        "南浔区卫生健康局2026年工作总结\n今年以来,我局紧紧围绕“十五五”规划目标任务,截至11月底,全区每千人口托位数达到4.41个。\n",
        "海盐县卫生健康局2026年工作总结\n一年来,全县卫生健康系统聚焦“十五五”开局,全县每千人口3岁以下婴幼儿托位数达到4.62个。\n",
    ] {
        let got = rows(text);
        every_row(&got, |r| r.0 == Role::Figure && r.2 == 2026);
    }
    // A goal of the period still aims at its end.
    let got = rows(
        "湖州市“十五五”卫生健康规划\n到“十五五”末,全市每千人口3岁以下婴幼儿托位数达到5.5个。\n",
    );
    has(
        &got,
        Role::Target,
        "nursery_places_per_1000",
        2030,
        Cmp::AtLeast(5.5),
    );
}

#[test]
fn a_review_of_a_plan_named_in_book_marks_reports_what_was_reached() {
    let got = rows(
        "关于《长兴县卫生健康事业发展“十四五”规划》实施情况中期评估的报告\n——2023年9月在县人大常委会第十三次会议上\n规划实施以来,各项指标总体进展顺利。2022年,全县人均预期寿命达到82.15岁,每千人口执业(助理)医师数达到3.35人。\n",
    );
    every_row(&got, |r| r.0 == Role::Figure && r.2 == 2022);
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2022,
        Cmp::AtLeast(3.35),
    );
    // A goal someone set, held up to, dates no figure in the sentence after it.
    let got = rows(
        "市人大常委会执法检查组关于检查《基本医疗卫生与健康促进法》实施情况的报告(2023年9月)\n我市每万人口全科医生3.6人,距离国家提出的到2030年每万人口全科医生5人的目标仍有差距。全市有精神科执业(助理)医师98人。\n",
    );
    assert!(got.iter().all(|r| r.2 != 2030), "{got:#?}");
}

#[test]
fn a_report_on_how_things_stand_reports_and_a_new_year_looks_ahead() {
    // "关于…建设情况的报告": figures reached, though the text names the plan.
    let got = rows(
        "关于嘉兴市卫生健康人才队伍建设情况的报告\n——2025年10月在市人大常委会第二十二次会议上\n规划实施以来,全市卫生人员总数由2020年的4.86万人增加到2024年的6.12万人。全市每千人口卫生技术人员达到9.01人。\n",
    );
    every_row(&got, |r| r.0 == Role::Figure);
    // "新的一年" in a government work report: the year's goals.
    let got = rows(
        "新的一年,全县经济社会发展的主要预期目标是:地区生产总值增长6.5%左右;婴儿死亡率控制在3‰以内;人均预期寿命达到82.8岁。\n——摘自《2025年海盐县人民政府工作报告》\n",
    );
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::AtLeast(82.8),
    );
    every_row(&got, |r| r.0 == Role::Target);
}

#[test]
fn a_yearly_growth_says_so_in_its_label() {
    let p = import(
        "某市“十五五”卫生健康规划\n到2030年,全市卫生技术人员年均增长3%,执业(助理)医师数年均增加500人以上。\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    let labels: Vec<String> = p
        .rows
        .iter()
        .filter_map(|r| match &r.subject {
            Subject::Tracked { label, .. } => Some(label.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(
        labels,
        ["卫生技术人员年均增长", "执业(助理)医师数年均增加"],
        "{:#?}",
        p.rows
    );
}

#[test]
fn an_attachments_number_is_no_figure() {
    let got = rows_or_none(
        "附件1 德清县“十四五”卫生健康规划主要指标实现情况\n到2025年,每千人口执业(助理)医师数达到3.5人。\n",
    );
    assert!(
        got.iter().all(
            |r| !matches!(&r.subject, Subject::Tracked { label, .. } if label.contains("附件"))
        ),
        "{got:#?}"
    );
    assert!(!got.is_empty());
}

#[test]
fn a_floor_passed_is_no_figure_but_a_level_above_stays() {
    let got = rows_or_none(
        "湖州市卫生健康委2025年工作总结\n2025年,全市注册护士总数突破1.6万人,床位总数超过3000张,卫生技术人员逾4万人。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
    // "签约率30%以上": the level the text gives.
    let got = rows("2025年,全市常住居民家庭医生签约率30%以上,全市注册护士16321人。\n");
    assert_eq!(
        values_of(&got, "family_doctor_coverage"),
        [30.0],
        "{got:#?}"
    );
    assert_eq!(values_of(&got, "nurses"), [16321.0], "{got:#?}");
}

#[test]
fn a_city_set_beside_the_regions_figure_is_another_place() {
    // The region by its short name in the headline and its office in the body; the prefecture
    // set beside with 同期.
    let got = rows(
        "义乌每千人口执业(助理)医师数达3.9人\n发布时间:2025-04-30\n近日,义乌市卫健局发布2024年全市卫生健康事业发展统计数据。去年,全市执业(助理)医师7,402人,每千人口执业(助理)医师数3.9人。同期金华市每千人口执业(助理)医师数为4.11人。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), [3.9], "{got:#?}");
    // A district's headline about its nurses; its city after 而.
    let got = rows(
        "临平区护理队伍持续壮大\n发布时间:2025-05-12\n2024年,全区每千人口注册护士数4.36人,而杭州市为5.12人。\n",
    );
    assert_eq!(values_of(&got, "nurses_per_1000"), [4.36], "{got:#?}");
    // No region named; a county's text (全县) naming a city.
    let got = rows(
        "长兴每千人口床位数达5.31张\n2024年,全县每千人口医疗卫生机构床位数5.31张。同期湖州市每千人口床位数为6.05张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), [5.31], "{got:#?}");
}

#[test]
fn a_lists_role_words_take_the_name_its_line_opens_with() {
    // "名称:现状值…,目标值…": the name before the colon, not 目标值, is what the goal is of.
    let got = rows(
        "海宁市卫生健康事业发展“十五五”规划\n主要发展指标\n1.每千人口医疗卫生机构床位数:现状值(2025年)5.92张,2030年目标值6.80张;\n2.每10万人口精神科执业(助理)医师数:现状值(2025年)4.3人,2030年目标值5.0人。\n",
    );
    has(&got, Role::Target, "beds_per_1000", 2030, Cmp::AtLeast(6.8));
    has(
        &got,
        Role::Target,
        "psych_physicians_per_100000",
        2030,
        Cmp::AtLeast(5.0),
    );
    assert!(got.iter().all(|r| !r.1.contains("目标值")), "{got:#?}");
    // Or in the clause before; a goal named beside an interim year reached is of the plan's.
    let got = rows(
        "海宁市卫生健康事业发展“十五五”规划\n主要发展指标:每千人口注册护士数,现状值4.05人(2025年),目标值4.75人(2030年)。\n",
    );
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2025,
        Cmp::AtLeast(4.05),
    );
    has(
        &got,
        Role::Target,
        "nurses_per_1000",
        2030,
        Cmp::AtLeast(4.75),
    );
    let got = rows(
        "长兴县\"十四五\"卫生健康主要指标完成情况\n1.每千人口医疗卫生机构床位数:2024年达6.85张,规划目标为7.0张。\n",
    );
    assert!(
        got.iter().all(|r| !(r.0 == Role::Target && r.2 == 2024)),
        "{got:#?}"
    );
    // A heading before the colon names no measure.
    let got = rows_or_none(
        "十三五规划主要指标完成情况:每千人口执业(助理)医师数,规划目标2.5人,2020年实际完成2.86人。\n",
    );
    assert!(
        got.iter().all(
            |r| !matches!(&r.subject, Subject::Tracked { label, .. } if label.contains("完成情况"))
        ),
        "{got:#?}"
    );
}

#[test]
fn recruits_are_no_total() {
    let got = rows_or_none(
        "湖州市卫生健康委2025年工作总结\n2025年,全年新招引全科医生120名,其中全年招引执业(助理)医师430名、注册护士510名。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn how_far_a_goal_was_met_is_no_goal() {
    let got = rows(
        "湖州市2025年民生实事项目完成情况\n2025年,全市新增3岁以下婴幼儿托位2600个,完成年度目标的130%;全市每千人口注册护士数达到3.14人,规划目标为3.0人,完成率104.7%。\n",
    );
    assert!(got.iter().all(|r| !r.1.contains("完成")), "{got:#?}");
}

#[test]
fn a_plans_goal_quoted_in_a_review_stays_a_goal() {
    for text in [
        "湖州市“十四五”卫生健康规划实施情况评估\n《湖州市卫生健康事业发展“十四五”规划》明确,到2025年全市每万人口全科医生数达到5人。\n",
        "湖州市“十四五”卫生健康规划实施情况评估\n市“十四五”规划明确,到2025年全市每万人口全科医生数达到5人。\n",
    ] {
        let got = rows(text);
        has(&got, Role::Target, "gps_per_10000", 2025, Cmp::AtLeast(5.0));
        every_row(&got, |r| r.0 == Role::Target);
    }
    // "按照“十四五”规划" over a list: each item the plan's; what was reached after it stays.
    let got = rows(
        "长兴县“十四五”卫生健康规划实施情况评估\n按照“十四五”规划,2025年全县每千人口床位数要达到6.0张,人均预期寿命达到82.5岁。到2025年底,全县人均预期寿命82.9岁。\n",
    );
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::AtLeast(82.5),
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2025,
        Cmp::AtLeast(82.9),
    );
}

#[test]
fn names_listed_after_a_verb_of_adding_share_it() {
    for text in [
        "2025年,全区新增康复、护理床位320张,新增儿科、精神科执业医师各15名。\n",
        "2025年,全区新增儿科执业医师、精神科执业医师分别为12名、6名。\n",
        "2025年,全县新增注册护士、药师分别为186名、24名。\n",
    ] {
        let got = rows_or_none(text);
        assert!(
            got.iter()
                .all(|r| !matches!(r.subject, Subject::Quantity(_))),
            "{text}: {got:#?}"
        );
    }
}

#[test]
fn a_new_areas_page_is_its_own_and_the_city_another() {
    for text in [
        "南太湖新区2025年社会事业发展情况\n发布时间:2026-02-10\n全区医疗卫生机构床位1,905张,每千人口执业(助理)医师2.98人。湖州市每千人口执业(助理)医师为4.02人。\n",
        "莫干山高新区2025年社会事业发展情况\n2025年,区内医疗卫生机构床位达到1,260张,卫生技术人员1,105人。全市医疗卫生机构床位3.21万张,卫生技术人员4.12万人。\n",
    ] {
        let got = rows(text);
        assert!(
            got.iter()
                .all(|r| r.3.value().is_some_and(|v| v != 4.02 && v < 30000.0)),
            "{got:#?}"
        );
    }
}

#[test]
fn a_countys_news_of_the_nations_bulletin_is_the_countys() {
    let got = rows(
        "国家卫健委发布2024年我国卫生健康事业发展统计公报 我县多项指标优于全国平均\n安吉县融媒体中心 2025年9月18日\n日前,国家卫生健康委发布统计公报,2024年末全国每千人口医疗卫生机构床位7.23张,每千人口执业(助理)医师3.6人。同期,我县每千人口执业(助理)医师4.01人,高于全国平均水平。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), [4.01], "{got:#?}");
    assert!(values_of(&got, "beds_per_1000").is_empty(), "{got:#?}");
}

#[test]
fn every_item_of_a_years_main_goals_is_a_goal() {
    let got = rows(
        "南浔区2026年政府工作报告解读\n发布时间:2026-01-21\n报告提出2026年主要预期目标:每千人口执业(助理)医师达到3.5人,家庭医生签约服务覆盖率达到47%。\n",
    );
    every_row(&got, |r| r.0 == Role::Target && r.2 == 2026);
    has(
        &got,
        Role::Target,
        "family_doctor_coverage",
        2026,
        Cmp::AtLeast(47.0),
    );
}

#[test]
fn a_part_of_the_years_rate_is_no_figure() {
    for text in [
        "湖州市卫生健康委2025年上半年工作总结\n上半年全市孕产妇死亡率为0,全市医疗卫生机构床位26,013张。\n",
        "湖州市2025年一季度卫生健康简报\n1—3月全市婴儿死亡率1.21‰,5岁以下儿童死亡率1.65‰。全市共有全科医生2,214人。\n",
    ] {
        let got = rows(text);
        assert!(
            got.iter().all(|r| !r.1.contains("mortality")),
            "{text}: {got:#?}"
        );
    }
}

#[test]
fn the_second_reads_misfires_of_the_twenty_third_session_stay_mended() {
    // A plan followed, and what was reached after it: figures.
    for text in [
        "湖州市卫生健康委2025年工作总结\n按照“十四五”规划部署,到2025年全市每千人口医疗卫生机构床位数达到6.8张,超额完成规划目标6.5张。\n",
        "湖州市卫生健康委2025年工作总结\n按照“十四五”规划要求,全市加快推进医疗资源扩容,2025年末每千人口医疗卫生机构床位数达到6.8张。\n",
    ] {
        let got = rows(text);
        has(&got, Role::Figure, "beds_per_1000", 2025, Cmp::AtLeast(6.8));
    }
    // A figure of now with no year of its own takes no goal's year.
    let got = rows_or_none(
        "湖州市卫生健康事业发展“十五五”规划\n(三)卫生人力资源。全市卫技人员:现状值(2025年)3.6万人,2030年目标值4.2万人。每千人口注册护士数:现状值4.1人,目标值4.8人。\n",
    );
    assert!(
        got.iter()
            .all(|r| !(r.role == Role::Figure && r.year == 2030)),
        "{got:#?}"
    );
    // A quarter's bulletin is of the year it came out in; a month left at a text's end under no
    // issuer dates nothing.
    let got = rows(
        "湖州市第一季度卫生健康统计公报\n季末全市执业(助理)医师13300人。\n湖州市卫生健康委员会\n2025年4月\n",
    );
    assert!(got.iter().all(|r| r.2 == 2025), "{got:#?}");
    let got = rows_or_none(
        "湖州市卫生健康事业发展统计公报\n全市执业(助理)医师13100人,注册护士14900人。\n附:2025年1月—2025年3月主要指标\n2025年3月\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_reports_year_is_its_drafts_so_the_year_before_was_reached() {
    let got = rows(
        "关于长兴县2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n一、2025年计划执行情况\n民生福祉持续增进。全县医疗卫生机构床位达到4,780张,每千人口执业(助理)医师达到3.81人,人均预期寿命达到82.9岁。\n",
    );
    every_row(&got, |r| r.0 == Role::Figure && r.2 == 2025);
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2025,
        Cmp::AtLeast(82.9),
    );
}

#[test]
fn a_headlines_rounded_figure_gives_way_to_the_bodys() {
    for (text, id, value) in [
        (
            "长兴县每千人口床位达6.9张\n发布时间:2025-03-20 来源:长兴新闻网\n截至2024年末,全县每千人口医疗卫生机构床位6.87张。\n",
            "beds_per_1000",
            6.87,
        ),
        (
            "湖州全市医疗床位突破2.5万张 每千人口执业医师3.9人\n发布时间:2025-03-20 来源:湖州日报\n截至2024年末,全市每千人口执业(助理)医师3.86人。\n",
            "physicians_per_1000",
            3.86,
        ),
    ] {
        let got = rows(text);
        assert_eq!(values_of(&got, id), [value], "{got:#?}");
        assert!(
            values_of(&got, "licensed_physicians_per_1000").is_empty(),
            "{got:#?}"
        );
    }
}

#[test]
fn a_floor_passed_after_le_and_a_day_with_a_dot_are_no_figures() {
    let got = rows_or_none(
        "湖州市卫生健康委2025年工作总结\n2025年,全市注册护士总数首次突破了1.6万人,医疗卫生机构床位数超过了3.2万张。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
    let got = rows_or_none(
        "杭州护士节系列活动启动\n发布时间:2025-05-11\n5·12国际护士节前夕,全市举办护理技能竞赛。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn the_last_reads_misfires_of_the_twenty_third_session_stay_mended() {
    // A work report's look back, on a line that goes on to the year's goals.
    let got = rows(
        "安吉县2025年政府工作报告\n一年来,全县每千人口医疗卫生机构床位达到5.3张。新的一年,全县每千人口执业(助理)医师力争达到3.4人。\n",
    );
    has(&got, Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(5.3));
    // Goals met are no goals.
    let got = rows(
        "2026年湖州市政府工作报告\n2026年1月\n\n过去一年,我们完成了年初确定的主要预期目标,全市每千人口医疗卫生机构床位数达到6.9张,人均预期寿命达到83.1岁。\n",
    );
    every_row(&got, |r| r.0 == Role::Figure && r.2 == 2025);
    // 月 in a place's name is no month.
    let got = rows(
        "海曙区月湖街道卫生健康统计公报\n发布时间:2026-03-12\n\n全街道共有医疗卫生机构42个,床位数860张,执业(助理)医师412人。\n",
    );
    every_row(&got, |r| r.2 == 2025);
    // A whole year's rate in a sentence that also names months or a half year stands.
    let got = rows(
        "湖州市2025年卫生健康工作总结\n湖州市卫生健康委员会\n2026年1月\n\n2025年,全市家庭医生签约服务持续扩面,1-10月新增签约12.3万人,全年家庭医生签约服务覆盖率达到45.2%。\n",
    );
    has(
        &got,
        Role::Figure,
        "family_doctor_coverage",
        2025,
        Cmp::AtLeast(45.2),
    );
    let got = rows(
        "湖州市妇幼健康工作会议召开\n发布时间:2025-07-18\n\n上半年,市卫生健康委召开全市妇幼健康工作会议,会议通报,2024年全市孕产妇死亡率为0,婴儿死亡率为1.89‰。\n",
    );
    assert_eq!(values_of(&got, "maternal_mortality"), [0.0], "{got:#?}");
    // A headline's loosely named figure far from the body's is its own.
    let got = rows(
        "安吉县每千人口执业医师达3.2人\n发布时间:2026-02-10 09:30\n\n近日,县卫生健康局公布2025年卫生资源统计数据。截至2025年末,全县每千人口执业(助理)医师3.86人。\n",
    );
    assert_eq!(
        values_of(&got, "licensed_physicians_per_1000"),
        [3.2],
        "{got:#?}"
    );
}

#[test]
fn goals_said_met_before_the_figures_make_them_no_goals() {
    // "主要目标全部实现:" opening a summary's line: what follows was reached.
    let got = rows(
        "德清县2025年卫生健康工作总结\n\n主要目标全部实现:2025年全县孕产妇死亡率为0,每千人口执业(助理)医师数达到3.71人。\n",
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.71),
    );
    // "各项目标任务圆满完成:" before the figures, the year from the title.
    let got = rows(
        "南浔区2025年卫生健康工作总结\n\n各项目标任务顺利完成,全区每千人口注册护士数达到3.92人,婴儿死亡率降至2.1‰。\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:?}");
    assert!(
        got.iter()
            .any(|r| r.1 == "nurses_per_1000" && r.3.value() == Some(3.92)),
        "{got:?}"
    );
    // The goal's own figure before 目标已完成 stays the goal, not what was reached.
    let got = rows(
        "德清县卫生健康“十四五”规划实施情况报告\n规划确定的每千人口执业(助理)医师数(3.4人)目标已完成,2024年达到3.55人。\n",
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.3.value() == Some(3.4)),
        "{got:?}"
    );
    // Goals set, not met, still aim.
    let got = rows(
        "德清县“十五五”卫生健康发展规划\n\n主要目标:到2030年,全县每千人口执业(助理)医师数达到4.1人。\n",
    );
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2030,
        Cmp::AtLeast(4.1),
    );
}

#[test]
fn beds_after_primary_kinds_listed_or_under_a_parts_heading_are_that_parts() {
    // Two primary kinds listed, then beds and staff: 基层's, not the county's.
    let got = rows_or_none(
        "德清县2025年卫生健康事业发展统计公报\n2025年末,全县共有乡镇卫生院9个、社区卫生服务中心3个,床位512张,卫生技术人员934人。\n",
    );
    assert!(
        got.iter()
            .all(|r| r.value() != Some(512.0) && r.value() != Some(934.0)),
        "{got:#?}"
    );
    // Under a bulletin's heading naming a part, 全县's beds are the part's.
    let got = rows_or_none(
        "德清县2025年卫生健康事业发展统计公报\n一、卫生资源\n2025年末,全县医疗卫生机构床位3,210张。\n三、基层卫生服务\n2025年末,全县床位1,105张,卫生人员2,310人,其中卫生技术人员1,876人。\n(三)家庭医生签约服务\n全县家庭医生签约服务覆盖率达43.2%。\n",
    );
    let beds: Vec<f64> = got
        .iter()
        .filter(|r| r.subject == Subject::Quantity("beds_total".into()))
        .filter_map(|r| r.value())
        .collect();
    assert_eq!(beds, vec![3210.0], "{got:#?}");
    assert!(
        got.iter()
            .all(|r| r.value() != Some(2310.0) && r.value() != Some(1876.0)),
        "{got:#?}"
    );
    // The rate under a later heading is the county's.
    assert!(got.iter().any(|r| r.value() == Some(43.2)), "{got:#?}");
    // Hospitals listed with the primary kinds: every kind, the region's beds.
    let got = rows(
        "德清县2025年国民经济和社会发展统计公报\n十、卫生健康\n年末全县共有医院12个、卫生院9个、村卫生室143个,卫生机构床位3,210张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![3210.0], "{got:?}");
}

#[test]
fn a_signature_in_brackets_dates_the_text_and_this_years_tasks_are_goals() {
    // "(德清县卫生健康局 2025年4月)" on the last line: a text of 2025, so 2024's figures
    // were reached and the goal of 2027 is ahead.
    let got = rows(
        "2024年,全县每千人口医疗卫生机构床位数达到6.12张,每千人口注册护士数达到3.66人。\n下一步,我县将继续补齐短板,力争到2027年每千人口床位数达到6.8张。\n(德清县卫生健康局 2025年4月)\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2024,
        Cmp::AtLeast(6.12),
    );
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2024,
        Cmp::AtLeast(3.66),
    );
    has(&got, Role::Target, "beds_per_1000", 2027, Cmp::AtLeast(6.8));
    // A date written with dashes; 今年要 / 今年将 set the year's tasks.
    let got = rows(
        "会议指出,今年要重点抓好四方面工作,每万人口全科医生数达到4.6人。今年将新建社区卫生服务站3个,每千人口托位数达到4.8个。\n(德清县卫健局 2026-02-27)\n",
    );
    has(&got, Role::Target, "gps_per_10000", 2026, Cmp::AtLeast(4.6));
    has(
        &got,
        Role::Target,
        "nursery_places_per_1000",
        2026,
        Cmp::AtLeast(4.8),
    );
}

#[test]
fn a_month_of_the_year_a_bulletin_came_out_in_is_reached_not_aimed_at() {
    // 2025's bulletin, out in 2026, tells where a count stood at a month's end of 2026.
    let got = rows(
        "湖州市2025年卫生健康事业发展统计公报\n(三)卫生人员\n2025年末,全市注册护士2.46万人。截至2026年3月底,全市注册护士2.49万人,每千常住人口注册护士7.02人。\n",
    );
    has(&got, Role::Figure, "nurses", 2025, Cmp::AtLeast(24_600.0));
    has(&got, Role::Figure, "nurses", 2026, Cmp::AtLeast(24_900.0));
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2026,
        Cmp::AtLeast(7.02),
    );
    // Aimed at, it stays a goal.
    let got = rows(
        "湖州市2025年卫生健康事业发展统计公报\n力争截至2026年6月底,全市每千常住人口注册护士达到7.2人。\n",
    );
    assert!(got.iter().all(|r| r.0 != Role::Figure), "{got:?}");
}

#[test]
fn a_count_on_a_supposed_basis_is_no_second_total() {
    let got = rows(
        "舟山市2025年卫生健康事业发展统计公报\n2025年末,全市医疗卫生机构床位8,412张(不含部队医院);若含驻舟部队医院,床位总数为9,036张。如计入省属医院,全市卫生技术人员达1.42万人。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![8412.0], "{got:?}");
    assert!(values_of(&got, "health_technicians").is_empty(), "{got:?}");
}

#[test]
fn a_rate_of_part_of_this_year_is_no_figure_of_a_year() {
    // 今年 before the part, a news dateline before it, the same part of the year before.
    let got = rows(
        "上半年我县主要健康指标保持良好\n发布时间:2025-07-30  来源:德清县卫生健康局\n今年上半年,全县婴儿死亡率1.05‰,5岁以下儿童死亡率1.52‰。2024年全县婴儿死亡率为1.77‰。\n",
    );
    assert_eq!(values_of(&got, "infant_mortality"), vec![1.77], "{got:?}");
    assert!(values_of(&got, "under5_mortality").is_empty(), "{got:?}");
    for text in [
        "本报讯(记者 王敏)今年一季度,全市婴儿死亡率1.21‰。\n(湖州日报 2025年4月22日)\n",
        "今年1—6月,全市婴儿死亡率为1.18‰。\n发布时间:2025-07-21\n",
        "今年以来,全区婴儿死亡率0.98‰。\n发布时间:2026-06-18\n",
        "前三季度我市卫生健康工作综述\n去年同期,全市婴儿死亡率为1.71‰。\n(湖州日报 2025年10月28日)\n",
    ] {
        let got = rows_or_none(text);
        assert!(got.is_empty(), "{text}: {got:#?}");
    }
    // Where it stands now, since the year began, is a figure.
    let got = rows(
        "今年以来,我区持续推进医共体建设,截至目前,全区家庭医生签约服务覆盖率达到39.6%。\n(德清县融媒体中心 2025年9月20日)\n",
    );
    assert_eq!(
        values_of(&got, "family_doctor_coverage"),
        vec![39.6],
        "{got:?}"
    );
}

#[test]
fn a_note_of_the_date_the_figures_stand_at_dates_them_wherever_it_stands() {
    for text in [
        "安吉县卫生健康基本情况\n更新时间:2025-03-18  来源:安吉县卫生健康局\n全县现有医疗卫生机构318家,床位3,104张,卫生技术人员4,862人。\n(以上数据截至2024年12月31日)\n",
        "安吉县卫生健康基本情况\n全县现有医疗卫生机构318家,床位3,104张,卫生技术人员4,862人。\n(统计截止时间:2024年12月底)\n发布时间:2025-06-03\n",
    ] {
        let got = rows(text);
        has(&got, Role::Figure, "beds_total", 2024, Cmp::AtLeast(3104.0));
        has(
            &got,
            Role::Figure,
            "health_technicians",
            2024,
            Cmp::AtLeast(4862.0),
        );
    }
}

#[test]
fn a_line_opening_on_a_kind_of_institution_and_a_colon_is_that_kinds() {
    let got = rows_or_none(
        "湖州市专业公共卫生机构情况(2024年)\n疾病预防控制中心:机构数 6个,人员 512人,其中卫生技术人员 431人。\n卫生监督机构:人员 236人,其中执业(助理)医师 88人。\n",
    );
    assert!(
        got.iter()
            .all(|r| r.value() != Some(431.0) && r.value() != Some(88.0)),
        "{got:#?}"
    );
    // The whole's line still reads.
    let got = rows(
        "湖州市2024年卫生健康事业发展统计公报\n医疗卫生机构:床位 2.61万张,卫生技术人员 3.98万人。\n",
    );
    assert_eq!(
        values_of(&got, "health_technicians"),
        vec![39_800.0],
        "{got:?}"
    );
}

#[test]
fn a_health_meetings_year_dates_no_figure_its_look_back_is_the_year_before() {
    let got = rows(
        "2026年全县卫生健康工作会议召开\n发布时间:2026-02-11  来源:德清县卫生健康局\n2月10日,2026年全县卫生健康工作会议召开。会议总结了过去一年工作:全县人均预期寿命达到82.9岁,每千人口执业(助理)医师数达到3.64人。\n会议部署了今年重点工作,明确全年每千人口执业(助理)医师数要达到3.8人,每万人口全科医生数达到5.2人。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2025,
        Cmp::AtLeast(82.9),
    );
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.64),
    );
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2026,
        Cmp::AtLeast(3.8),
    );
    has(&got, Role::Target, "gps_per_10000", 2026, Cmp::AtLeast(5.2));
    // "2025年度…工作会议" is the year's own.
    let got = rows(
        "2025年度全县卫生健康工作会议召开。会议总结了过去一年工作,全县每千人口注册护士数达到4.02人。\n发布时间:2026-01-20\n",
    );
    has(
        &got,
        Role::Figure,
        "nurses_per_1000",
        2025,
        Cmp::AtLeast(4.02),
    );
}

#[test]
fn a_development_zones_page_of_its_services_names_it_and_its_citys_figures_are_anothers() {
    let got = rows(
        "莫干山高新技术产业开发区社会事业概况\n全区常住人口9.6万人。全区现有医疗卫生机构31家,床位540张;每千人口床位数5.63张。全市每千人口床位数为6.48张,每千人口注册护士为4.12人。\n(数据截至2024年底)\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![5.63], "{got:?}");
    assert!(values_of(&got, "nurses_per_1000").is_empty(), "{got:?}");
}

#[test]
fn now_in_words_and_the_years_tasks_a_meeting_sets() {
    // 眼下 is now, not the year a later sentence compares with.
    let got = rows(
        "德清:家庭医生签约覆盖率稳步提升\n发布时间:2025-09-03\n眼下,全县家庭医生签约服务覆盖率达48.1%。2021年,这一比例仅为37.6%。\n",
    );
    has(
        &got,
        Role::Figure,
        "family_doctor_coverage",
        2025,
        Cmp::AtLeast(48.1),
    );
    // 会议明确,年内…: the year's goals.
    let got = rows(
        "德清县召开卫生健康工作会议\n发布时间:2026-02-11\n会议明确,年内全县每千人口注册护士达到3.9人,每万人口全科医生达到5.4人。\n",
    );
    has(
        &got,
        Role::Target,
        "nurses_per_1000",
        2026,
        Cmp::AtLeast(3.9),
    );
    has(&got, Role::Target, "gps_per_10000", 2026, Cmp::AtLeast(5.4));
}

#[test]
fn a_quarters_end_reached_and_a_count_of_part_of_a_year_with_no_year() {
    // 截至2026年一季度末 / 至2026年3月末 in 2025's bulletin: reached, 2026's.
    let got = rows(
        "湖州市2025年卫生健康事业发展统计公报\n2025年末,全市托位2.46万个。截至2026年一季度末,全市托位数已增至2.63万个。至2026年3月末,全市共有全科医生1,986人。\n",
    );
    has(
        &got,
        Role::Figure,
        "nursery_places",
        2026,
        Cmp::AtLeast(26_300.0),
    );
    has(&got, Role::Figure, "gps", 2026, Cmp::AtLeast(1986.0));
    // "今年一季度" after a sentence of 2025: no year the text names.
    let got = rows(
        "湖州新闻网 2026-04-12\n2025年末全市医疗卫生机构床位31,806张。今年一季度,全市新增床位280张,床位总数达到32,086张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![31_806.0], "{got:?}");
    // A count said to be today's stands.
    let got = rows(
        "德清县卫生健康局2025年上半年工作总结\n上半年全县新增执业医师96名,全县现有执业(助理)医师2,140人。\n",
    );
    assert_eq!(values_of(&got, "physicians"), vec![2140.0], "{got:?}");
}

#[test]
fn a_medical_groups_beds_and_staff_are_its_own() {
    for text in [
        "德清县县域医共体建设成效明显\n发布时间:2025-05-28\n2024年,全县两大医共体共有床位2410张,卫生技术人员3560人,其中执业(助理)医师1380人。\n",
        "德清县紧密型县域医共体建设情况\n2024年,全县紧密型医共体成员单位共有卫生技术人员3560人,执业(助理)医师1380人,注册护士1610人。\n",
    ] {
        let got = rows_or_none(text);
        assert!(
            got.iter()
                .all(|r| ![2410.0, 3560.0, 1380.0, 1610.0].contains(&r.value().unwrap_or(0.0))),
            "{text}: {got:#?}"
        );
    }
}

#[test]
fn a_figure_in_brackets_without_a_part_is_on_another_basis() {
    let got = rows(
        "德清县2024年卫生健康事业发展统计公报\n全县每千人口医疗卫生机构床位数为5.87张(不含民营医疗机构为4.96张),每千人口注册护士3.71人(扣除民营医院后为3.20人)。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![5.87], "{got:?}");
    assert!(
        values_of(&got, "beds_private_per_1000").is_empty(),
        "{got:?}"
    );
    assert_eq!(values_of(&got, "nurses_per_1000"), vec![3.71], "{got:?}");
}

#[test]
fn the_second_reads_misfires_of_the_twenty_fourth_session_stay_mended() {
    // A summary's results after words of the year's tasks stay results.
    for text in [
        "德清县卫生健康局2025年工作总结\n2025年,按照省委省政府决策部署,全年全县每千人口托位数达到4.6个,人均预期寿命达到83.2岁。\n",
        "德清县卫生健康局2025年工作总结\n对照年初明确全年的目标任务,全县每千人口托位数达到4.6个,均超额完成。\n",
        "德清县卫生健康局2025年工作总结\n年初县委县政府提出今年要新增托位500个,截至12月底全县实际新增托位560个,每千人口托位数达到4.6个。\n",
        "德清县卫生健康局2025年工作总结\n今年将“县招县管”作为人才引育重点,全县每千人口执业(助理)医师达到3.61人。\n(德清县卫生健康局 2025年12月)\n",
    ] {
        let got = rows(text);
        assert!(got.iter().all(|r| r.0 == Role::Figure), "{text}: {got:?}");
    }
    // A deadline set in a notice stays a goal.
    for text in [
        "关于加快发展普惠托育服务的通知\n(2025年11月20日)\n要求截至2026年6月底,全县每千人口托位数达到5个。\n",
        "德清县2026年卫生健康工作要点\n(2025年12月30日)\n按照计划,至2026年6月末,全县每万人口全科医生数达到5人。\n",
    ] {
        let got = rows(text);
        assert!(got.iter().all(|r| r.0 == Role::Target), "{text}: {got:?}");
    }
    // A data source's line dates nothing.
    let got = rows_or_none(
        "全县共有医疗卫生机构312个,床位3,104张,每千人口床位数6.02张。\n(数据来源:德清县统计局 2025年3月)\n",
    );
    assert!(got.iter().all(|r| r.year != 2025), "{got:#?}");
    // A supposition closed in its brackets, or two clauses back, leaves the figures after it.
    let got = rows(
        "2025年末,全县共有医疗卫生机构312个(如包括村卫生室则为498个),床位总数3,104张,卫生技术人员4,512人。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![3104.0], "{got:?}");
    // Hospitals named by their level, listed with the primary kinds: every kind's beds.
    let got = rows(
        "德清县2025年卫生健康事业发展统计公报\n年末全县有县级医疗卫生单位5家、乡镇卫生院9家、社区卫生服务中心3家,共有床位3,104张,卫生技术人员4,512人。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![3104.0], "{got:?}");
    // Part of a year that only dates an event, or when last year's figures came out.
    let got = rows(
        "德清县2024年卫生健康工作总结\n2024年,全县新增床位180张。上半年启动县人民医院新院区建设,年末全县床位总数达到3,104张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![3104.0], "{got:?}");
    let got = rows(
        "本报讯(记者 沈雯)今年一季度,县卫生健康局发布2024年全县卫生健康主要指标:全县人均预期寿命83.1岁,婴儿死亡率1.52‰。\n(德清新闻网 2025年3月28日)\n",
    );
    has(
        &got,
        Role::Figure,
        "infant_mortality",
        2024,
        Cmp::AtLeast(1.52),
    );
}

/// Names counted in a list (医师数、注册护士数、…床位数) keep their own kind: the last name's 床位数
/// is no suffix of theirs.
#[test]
fn counted_names_in_a_list_keep_their_kind() {
    let got = rows(
        "诸暨市卫生健康事业发展“十五五”规划\n(2026年4月)\n2025年,每千人口执业(助理)医师数、注册护士数、医疗卫生机构床位数分别达到3.6人、4.1人、6.9张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![6.9], "{got:?}");
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.6], "{got:?}");
    assert_eq!(values_of(&got, "nurses_per_1000"), vec![4.1], "{got:?}");
}

/// 明年 is the year after the page's, whatever year the sentence before named; 前年 two years
/// before the one the sentence reports.
#[test]
fn next_year_and_the_year_before_last() {
    let got = rows(
        "仙居县2026年12月18日召开卫生健康工作会议。会议要求,明年全县每千人口床位数要达到5.2张。\n(仙居县卫生健康局 2026年12月20日)\n",
    );
    has(&got, Role::Target, "beds_per_1000", 2027, Cmp::AtLeast(5.2));
    assert!(got.iter().all(|r| r.2 != 2026), "{got:?}");
    let got = rows("2025年,我县人均预期寿命为80.5岁,前年为80.2岁。\n");
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2023,
        Cmp::AtLeast(80.2),
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2025,
        Cmp::AtLeast(80.5),
    );
    // Opening a clause in a summary of last year: two years before the page's.
    let got = rows(
        "庆元县卫生健康局2025年工作总结\n(2026年1月5日)\n前年全县人均预期寿命为80.2岁,去年提高到80.5岁。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "life_expectancy", 2024, Cmp::AtLeast(80.2)),
            (Role::Figure, "life_expectancy", 2025, Cmp::AtLeast(80.5)),
        ],
    );
}

/// A heading of how a plan's goals were met (一、“十四五”规划目标完成情况) heads what was reached,
/// not goals.
#[test]
fn a_heading_of_goals_met_heads_figures() {
    let got = rows(
        "2025年衢州市卫生健康事业发展统计公报\n\n一、“十四五”规划目标完成情况\n2025年末,全市每千人口医疗卫生机构床位数达6.72张,床位总数达到1.53万张,每万人口全科医生达到4.38人。\n",
    );
    every_row(&got, |r| r.0 == Role::Figure && r.2 == 2025);
    assert_eq!(values_of(&got, "beds_total"), vec![15300.0], "{got:?}");
    // A heading of the goals ahead still aims.
    let got = rows(
        "衢州市卫生健康事业发展“十五五”规划\n(2026年3月)\n二、“十五五”发展目标\n到2030年,全市每千人口医疗卫生机构床位数达到7.2张。\n",
    );
    has(&got, Role::Target, "beds_per_1000", 2030, Cmp::AtLeast(7.2));
}

/// A clause opening on 本年末 after one on 上年末 is of the bulletin's year, not the one before.
#[test]
fn this_years_end_after_last_years() {
    let got = rows(
        "2025年丽水市卫生健康事业发展统计公报\n\n上年末全市医疗卫生机构床位数为1.36万张,本年末达到1.42万张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_total",
        2025,
        Cmp::AtLeast(14200.0),
    );
    has(
        &got,
        Role::Figure,
        "beds_total",
        2024,
        Cmp::AtLeast(13600.0),
    );
}

/// How many places reach a level (11个设区市中有8个设区市…超过3.5人) is a count of places, no
/// figure of the region's.
#[test]
fn a_count_of_places_is_no_figure() {
    let got = rows_or_none(
        "浙江省医疗卫生服务体系“十五五”规划\n(2026年2月)\n2025年,11个设区市中有8个设区市每千人口执业(助理)医师数超过3.5人,全省每千人口执业(助理)医师数达到3.86人。\n",
    );
    assert!(
        got.iter()
            .all(|r| r.value() != Some(8.0) && r.value() != Some(11.0)),
        "{got:?}"
    );
}

/// The nation's goal for a period (对照国家“十五五”提出的…3.8人的目标) is no goal of the region.
#[test]
fn the_nations_goal_for_a_period_is_anothers() {
    let got = rows_or_none(
        "普陀区卫生健康“十五五”规划\n(2026年4月)\n对照国家“十五五”提出的每千人口执业(助理)医师数3.8人的目标,我区仍有差距。\n",
    );
    assert!(got.is_empty(), "{got:?}");
}

/// A plan's goal held beside what was actually reached (规划提出…达到4.0人,实际为3.76人) is no
/// figure; what was reached is.
#[test]
fn a_goal_beside_what_was_actually_reached() {
    let got = rows(
        "某市卫生健康事业发展“十五五”规划\n(2026年5月)\n“十四五”规划提出每千人口执业(助理)医师数达到3.2人,2025年实际达到3.41人;规划提出每千人口注册护士数达到4.0人,实际为3.76人,未完成规划目标。\n",
    );
    assert_eq!(values_of(&got, "nurses_per_1000"), vec![3.76], "{got:?}");
    assert_eq!(
        values_of(&got, "physicians_per_1000"),
        vec![3.41],
        "{got:?}"
    );
}

/// A level's rise by a share (床位数比2025年提高10%) is tracked and said as a share, not a rise of
/// 10 beds per 1,000; a rate's rise stays its points.
#[test]
fn a_rise_by_a_share_is_said_as_one() {
    let got = rows(
        "德清县医疗卫生服务体系“十五五”规划\n(2026年2月)\n到2030年,每千人口医疗卫生机构床位数比2025年提高10%。\n",
    );
    has(
        &got,
        Role::Target,
        "tracked:每千人口医疗卫生机构床位数提高(%)",
        2030,
        Cmp::IncreaseBy(10.0),
    );
    assert!(values_of(&got, "beds_per_1000").is_empty(), "{got:?}");
}

/// How far a year has come by a month's end (截至11月底,…达到4.28个) is reached, whatever the
/// text forecasts after it; a deadline (要求截至6月底) still aims.
#[test]
fn so_far_by_a_months_end_is_reached() {
    let got = rows(
        "我市托育服务提前完成年度目标\n(2026年12月9日 合肥晚报)\n\n截至11月底,全市今年新增托位4,200个,每千人口3岁以下婴幼儿托位数达到4.28个,提前完成年度目标(4.0个)。预计到年底,全市托位总数将超过4.2万个。\n",
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Figure && r.1 == "nursery_places_per_1000" && r.2 == 2026),
        "{got:?}"
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Target && r.1 == "nursery_places_per_1000"),
        "{got:?}"
    );
    let got = rows(
        "关于加快发展普惠托育服务的通知\n(2026年5月20日)\n要求截至6月底,全县每千人口托位数要达到5个。\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Target), "{got:?}");
}

/// A rate of part of this year after who reports it (会议通报,今年1—11月…覆盖率达43.6%) is no
/// year's figure, nor a goal.
#[test]
fn a_part_of_the_years_rate_after_who_reports_it() {
    let got = rows_or_none(
        "全县卫生健康工作推进会召开\n2026年12月18日,全县卫生健康工作推进会召开。会议通报,今年1—11月全县家庭医生签约服务覆盖率达43.6%,重点人群签约覆盖率达81.2%。会议要求,到2027年底前实现每千人口托位数4.5个。\n(仙居县融媒体中心 2026年12月18日)\n",
    );
    assert!(
        got.iter()
            .all(|r| r.value() != Some(43.6) && r.value() != Some(81.2)),
        "{got:?}"
    );
}

/// A density on the population served (按服务人口计算为4.15张) is on another basis than the
/// residents': no second beds per 1,000.
#[test]
fn a_density_on_the_population_served() {
    let got = rows(
        "截至2025年底,昆山市医疗卫生机构床位总数1.38万张,按常住人口计算每千人口床位数4.92张,按服务人口计算为4.15张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![4.92], "{got:?}");
}

/// What a revision replaces (由3.21万张修订为3.25万张) was withdrawn: only the revised figure.
#[test]
fn a_revised_figure_replaces_the_old() {
    let got = rows(
        "2026-03-20  来源:扬州市卫生健康委员会\n2024年全市医疗卫生机构床位数由3.21万张修订为3.25万张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![32500.0], "{got:?}");
}

/// A wider region's plan cited in a city's text (全省“十五五”规划提出,到2030年…) sets the
/// province's goals, not the city's.
#[test]
fn a_wider_regions_plan_sets_its_goals() {
    let got = rows(
        "2025年洛阳市卫生健康事业发展统计公报\n\n2025年末,全市每千人口床位数7.76张。全省“十五五”规划提出,到2030年每千人口执业(助理)医师数达到4.2人。\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:?}");
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.76], "{got:?}");
}

/// A floor each of a province's cities must reach (各设区市…原则上不低于6.5张) is theirs, not the
/// province's goal.
#[test]
fn each_citys_floor_is_theirs() {
    let got = rows(
        "江西省“十五五”医疗卫生服务体系规划\n(2026年3月)\n到2030年,全省每千人口医疗卫生机构床位数控制在7.8张以内;各设区市每千人口床位数原则上不低于6.5张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.8], "{got:?}");
}

/// The second read's misfires of this session's prose rules: 实际 of another measure or "in
/// fact"; 各区 not opening the clause; a city's own plan beside the province's deployment; now
/// after a clause opening on 前年; 五年前年底.
#[test]
fn the_second_reads_prose_misfires() {
    for (text, id, v) in [
        (
            "东阳市2025年卫生健康工作总结(2025年12月)\n“十四五”规划实施以来,全市每千人口医疗卫生机构床位数达到6.8张,实际开放床位数5.9张。\n",
            "beds_per_1000",
            6.8,
        ),
        (
            "义乌市2025年卫生健康事业发展统计公报\n经统计部门核查确定,全市每千人口执业(助理)医师数为3.05人,实际高于全省平均水平。\n",
            "physicians_per_1000",
            3.05,
        ),
        (
            "婺城区2025年卫生健康工作总结(2025年12月)\n围绕年度目标,全区家庭医生签约服务覆盖率达到46%,2025年实际签约人数28.6万人。\n",
            "family_doctor_coverage",
            46.0,
        ),
        (
            "杭州市2025年卫生健康工作总结(2025年12月)\n在各区共同努力下全市每千人口医疗卫生机构床位数达到6.3张。\n",
            "beds_per_1000",
            6.3,
        ),
        (
            "杭州市2025年卫生健康工作总结(2025年12月)\n全市各区域每千人口医疗卫生机构床位数平均达到6.3张。\n",
            "beds_per_1000",
            6.3,
        ),
        (
            "丽水市“十五五”卫生健康事业发展规划(2026年4月)\n根据全省统一部署和本市规划,到2030年全市每千人口执业(助理)医师数达到3.9人。\n",
            "physicians_per_1000",
            3.9,
        ),
    ] {
        let got = rows(text);
        assert!(values_of(&got, id).contains(&v), "{text}: {got:?}");
    }
    let got = rows(
        "慈溪市卫生健康局2025年工作总结\n前年,我市启动县域医共体建设,目前全市每千人口医疗卫生机构床位数达到6.6张。\n",
    );
    assert!(got.iter().all(|r| r.2 == 2025), "{got:?}");
    let got = rows(
        "2025年余姚市卫生健康事业发展统计公报\n2025年末全市每千人口医疗卫生机构床位数为6.9张,而五年前年底为5.8张。\n",
    );
    assert!(got.iter().all(|r| r.2 != 2023), "{got:?}");
}

/// Values before their names, one a line (6.12张——每千人口医疗卫生机构床位数): each value takes
/// the name after its own dash, not the line above's.
#[test]
fn values_before_their_names() {
    let got = rows(
        "【数读2025】一组数据看义乌卫生健康\n2026-01-03 义乌商报\n\n6.12张——每千人口医疗卫生机构床位数\n3.75人——每千人口执业(助理)医师数\n82.36岁——人均预期寿命\n4.6人——每万人口全科医生数\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![6.12], "{got:?}");
    assert_eq!(
        values_of(&got, "physicians_per_1000"),
        vec![3.75],
        "{got:?}"
    );
    assert_eq!(values_of(&got, "life_expectancy"), vec![82.36], "{got:?}");
    assert_eq!(values_of(&got, "gps_per_10000"), vec![4.6], "{got:?}");
}

/// "截至2025年12月31日,…。全县…床位5218张": a date the figures are counted to, written to the
/// day, dates the sentences after it as 截至2025年底 does (the page came out in 2026).
#[test]
fn a_count_to_the_last_day_of_a_year_carries_its_year() {
    for to in [
        "截至2025年12月31日",
        "截止2025年12月31日",
        "截至2025年12月底",
    ] {
        let got = rows(&format!(
            "某某县卫生健康概况\n发布时间:2026-03-10\n\n{to},全县共有医疗卫生机构496个。全县医疗卫生机构实有床位5218张,每千常住人口床位数6.21张。\n"
        ));
        every_row(&got, |r| r.2 == 2025 && !r.4);
        assert_eq!(values_of(&got, "beds_total"), vec![5218.0], "{to}");
    }
}

/// "2026年1月20日,记者从市卫健委获悉,去年我市…": last year of the day the report was made,
/// in its sentence and the next; a paper's dateline "某某网讯 2026年1月20日" dates the page.
#[test]
fn last_year_after_the_day_a_report_was_made() {
    for text in [
        "2026年1月20日,记者从市卫健委获悉,去年我市人均预期寿命达到79.8岁。全市医疗卫生机构床位4.1万张。\n",
        "东营网讯(记者 王丽)2026年1月20日,记者从市卫健委获悉,去年,全市人均预期寿命达到79.8岁;床位4.1万张。\n",
        "东营网讯 2026年1月20日\n去年,我市人均预期寿命达到79.8岁。全市医疗卫生机构床位4.1万张。\n",
        "本报讯 2026年1月20日\n截至去年年底,全市人均预期寿命达到79.8岁,医疗卫生机构床位4.1万张。\n",
    ] {
        let got = rows(text);
        has(
            &got,
            Role::Figure,
            "life_expectancy",
            2025,
            Cmp::AtLeast(79.8),
        );
        has(
            &got,
            Role::Figure,
            "beds_total",
            2025,
            Cmp::AtLeast(41_000.0),
        );
        every_row(&got, |r| r.2 == 2025);
    }
    // A year written after the date is the figures' own.
    let got = rows("2026年1月20日,记者获悉,2024年全市人均预期寿命达到79.5岁。\n");
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2024,
        Cmp::AtLeast(79.5),
    );
}

/// A county page of March 2026 whose body counts "截至2025年12月31日": its undated paragraphs
/// after are of 2025 (inferred), not of the year the page came out.
#[test]
fn a_pages_undated_paragraph_after_a_count_to_the_years_last_day() {
    let got = rows(
        "某某县卫生健康概况\n发布时间:2026-03-10  来源:县卫健委\n\n截至2025年12月31日,全县共有各级各类医疗卫生机构496个。全县医疗卫生机构实有床位5218张。\n全县卫生人员8562人,其中卫生技术人员6890人;执业(助理)医师2705人,注册护士3012人。\n",
    );
    has(&got, Role::Figure, "nurses", 2025, Cmp::AtLeast(3012.0));
    every_row(&got, |r| r.2 == 2025);
}

/// "贵州发布…规划" over 全省 goals: 贵州 is the province (its short name ends as 杭州's does),
/// so 全省 is its own whole, not a wider place's.
#[test]
fn guizhou_named_short_in_a_headline_is_the_province() {
    let text = "贵州发布“十五五”卫生健康规划\n2026年2月15日\n到2030年,全省人均预期寿命提高到78.5岁,每千常住人口医疗卫生机构床位数达到7.8张。\n";
    let got = rows(text);
    has(&got, Role::Target, "beds_per_1000", 2030, Cmp::AtLeast(7.8));
    let p = import(text, &Catalog::builtin()).expect("imports");
    assert_eq!(p.region.map(|r| r.value).as_deref(), Some("贵州省"));
}

/// "每千人口床位数2025年目标为6.5张" in a review of 2024: the goal of a year it names, still
/// ahead, is the region's as "目标是" is; once the year is over it is no figure.
#[test]
fn a_goal_named_for_a_year_still_ahead_in_a_review() {
    for goal in [
        "每千人口医疗卫生机构床位数2025年目标为6.5张,2023年为6.32张。",
        "2025年每千人口医疗卫生机构床位数目标为6.5张。",
        "每千人口医疗卫生机构床位数:2025年目标6.5张。",
        "每千人口医疗卫生机构床位数2025年目标值为6.5张。",
    ] {
        let got = rows(&format!("规划实施情况报告(2024年3月)\n{goal}\n"));
        has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(6.5));
    }
    // Over, or with no year of its own, it is not proposed.
    let got = rows(
        "规划实施情况总结(2026年3月)\n每千人口医疗卫生机构床位数2025年目标为6.5张,实际为6.32张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![6.32]);
    assert!(
        rows_or_none("规划实施情况报告(2024年3月)\n每千人口医疗卫生机构床位数目标为6.5张。\n")
            .is_empty()
    );
}

/// "新增执业(助理)医师356人,总数达到5,218人": the total counts what the clause before added
/// (the addition itself is no figure).
#[test]
fn a_total_named_by_the_addition_before_it() {
    let got = rows(
        "2025年,我市新增执业(助理)医师356人,总数达到5,218人;新增全科医生48人,总数达到612人。\n",
    );
    assert_eq!(values_of(&got, "physicians"), vec![5218.0]);
    assert_eq!(values_of(&got, "gps"), vec![612.0]);
    every_row(&got, |r| r.0 == Role::Figure && r.2 == 2025);
}

/// "名称(单位):值" a line: a line opening on a name after a line ending on a figure is no unit
/// of that figure (床 of 床位数 had become 4186's unit, and "位数(张)" the figure after it took
/// the technicians' name: a wrong value), nor the rest of a name broken across lines.
#[test]
fn a_list_of_names_and_values_a_line() {
    let got = rows(
        "2025年某某市卫生事业主要指标\n卫生技术人员(人):41870\n医疗卫生机构(个):4186\n床位数(张):35620\n其中:执业(助理)医师(人):15430\n",
    );
    assert_eq!(values_of(&got, "health_technicians"), vec![41870.0]);
    assert_eq!(values_of(&got, "beds_total"), vec![35620.0]);
    let got = rows(
        "2025年某某市卫生事业主要指标\n医疗卫生机构(个):4186\n床位数(张):35620\n卫生技术人员(人):41870\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![35620.0]);
    // A count broken from its unit by a PDF's line still has it: "…1038" / "个,…".
    let got = rows("2025年末,全市共有医疗卫生机构1038\n个,床位3120\n张,比上年增加120张。\n");
    assert_eq!(values_of(&got, "beds_total"), vec![3120.0]);
}

/// "其中0—14岁人口92.16万人": the children the catalog counts, however the span is written;
/// their share or their doctors are not their number.
#[test]
fn children_aged_0_to_14() {
    for span in ["0—14岁", "0-14岁", "0～14岁", "0至14岁"] {
        let got = rows(&format!(
            "2025年末,台州市常住人口668.42万人,其中{span}人口92.16万人。\n"
        ));
        assert_eq!(values_of(&got, "children"), vec![921_600.0], "{span}");
    }
    let got = rows("2025年末,台州市常住人口668.42万人,0—14岁人口占13.8%。\n");
    assert!(values_of(&got, "children").is_empty(), "{got:#?}");
}

/// News of a bulletin ("《2025年…统计公报》解读", "…统计公报》日前发布"), with no date of its
/// own: its 去年 is the bulletin's year (it came out the year after); the bulletin's own 上年末
/// is still the year before its own.
#[test]
fn last_year_in_news_of_a_bulletin() {
    for text in [
        "“健康新疆”建设成效明显——《2025年新疆维吾尔自治区卫生健康事业发展统计公报》解读\n\n统计公报显示,截至去年年底,全区医疗卫生机构床位达到19.86万张。\n",
        "《2025年甘肃省卫生健康事业发展统计公报》日前发布。\n去年全省床位总数为18.47万张,每千人口床位数达到7.48张。\n",
        "2025年甘肃省卫生健康事业发展统计公报\n去年全省床位总数为18.47万张。\n",
    ] {
        let got = rows(text);
        every_row(&got, |r| r.2 == 2025 && r.0 == Role::Figure);
    }
    let got = rows(
        "2025年某某市卫生健康事业发展统计公报\n上年末全市医疗卫生机构床位数为1.36万张,年末达到1.42万张。\n",
    );
    assert_eq!(
        got.iter().map(|r| (r.2, r.3.value())).collect::<Vec<_>>(),
        vec![(2024, Some(13_600.0)), (2025, Some(14_200.0))]
    );
}

/// "3.2人——全省每千人口…达到3.2人,…": a headline figure before a dash whose clause has its own
/// figure is no value named after it; the clause's own figure says whose it is (全省, in a
/// city's plan: not the city's).
#[test]
fn a_figure_before_a_dash_whose_clause_has_its_own() {
    let got = rows_or_none(
        "沈阳市卫生健康事业发展“十五五”规划\n沈阳市人民政府 2026年3月\n\n3.2人——全省每千人口执业(助理)医师数达到3.2人,比2020年增加0.7人。\n",
    );
    assert!(got.is_empty(), "{got:#?}");
    let got =
        rows("某某县数读2025\n2026年1月5日\n\n3.04人——这是2025年末我县每千人口执业(助理)医师数\n");
    has(
        &got,
        Role::Figure,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.04),
    );
}

/// A page dated in the first three months of a year, whose figures name no year: what it says
/// is now is the year just ended's (inferred), not the page's year.
#[test]
fn an_undated_figure_on_a_page_of_early_in_the_year() {
    let got = rows("某某县卫生健康概况\n发布时间:2026-03-10\n全县医疗卫生机构实有床位5218张。\n");
    has(&got, Role::Figure, "beds_total", 2025, Cmp::AtLeast(5218.0));
    assert!(got.iter().all(|r| r.4), "{got:#?}");
    let got = rows("某某县卫生健康概况\n发布时间:2026-07-10\n全县医疗卫生机构实有床位5218张。\n");
    has(&got, Role::Figure, "beds_total", 2026, Cmp::AtLeast(5218.0));
}

/// "常住人口签约率达到43.8%": the family doctors' coverage named by the people it covers;
/// a tracked label drops the 力争 before its verb.
#[test]
fn coverage_named_by_the_people_it_covers() {
    for rate in ["常住人口签约率", "家庭医生常住人口签约覆盖率"] {
        let got = rows(&format!("2025年,全县{rate}达到43.8%。\n"));
        has(
            &got,
            Role::Figure,
            "family_doctor_coverage",
            2025,
            Cmp::AtLeast(43.8),
        );
    }
    let got = rows("到2023年底,安宁疗护试点力争达到10家。\n");
    assert!(
        got.iter().any(|r| r.1 == "tracked:安宁疗护试点"),
        "{got:#?}"
    );
}

/// A work report delivered "——二〇二六年一月十日在…会议上": its date in numerals dates it, and
/// its 过去一年 is the year before.
#[test]
fn a_reports_delivery_date_in_numerals() {
    let got = rows(
        "政府工作报告\n——二〇二六年一月十日在宁乡市第十八届人民代表大会第五次会议上\n\n过去一年,全市每千人口医疗卫生机构床位数达到7.12张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2025,
        Cmp::AtLeast(7.12),
    );
}

/// A second read's misfires, mended: a date the figures are counted to on a 本报讯 line is no
/// page date; a goal named for a year ahead is the region's only as its own catalog figure (not
/// 国家's, a 县域 part's, nor a bare 目标); a name's digits after a dash (每10万人口, 5岁以下) are no
/// figure of its clause; 10—14岁 and what was done for children are not their count.
#[test]
fn the_second_reads_misfires() {
    let got = rows(
        "本报讯 截至2025年12月31日,某某市医疗卫生机构床位达到1.3万张。今年,全市每千人口医疗卫生机构床位数将达到7.2张。\n",
    );
    assert!(
        got.iter().all(|r| !(r.0 == Role::Target && r.2 == 2025)),
        "{got:#?}"
    );
    for goal in [
        "2024年,全市每千人口执业(助理)医师数达到2.9人,距国家2025年目标为3.2人仍有差距。",
        "2024年,全市每千人口医疗卫生机构床位数达到6.6张。其中,县域每千人口医疗卫生机构床位数2025年目标为5.0张。",
        "2024年,全市每千人口医疗卫生机构床位数达到6.9张。按照省下达任务,全市2025年目标为7.2张。",
    ] {
        let got = rows(&format!("某某市2024年卫生健康工作总结\n{goal}\n"));
        assert!(got.iter().all(|r| r.0 != Role::Target), "{got:#?}");
    }
    let got = rows(
        "2025年某某市精神卫生工作关键数字\n4.5人——每10万人口精神科执业(助理)医师数\n2.1‰——5岁以下儿童死亡率\n",
    );
    assert_eq!(values_of(&got, "under5_mortality"), vec![2.1]);
    assert_eq!(values_of(&got, "psych_physicians_per_100000"), vec![4.5]);
    for text in [
        "2025年,全市10—14岁青少年人口38.6万人,近视率为52.3%。\n",
        "2025年,全市0～14岁儿童门急诊就诊人次达到86.5万人次。\n",
        "2025年,全市共筛查0—14岁儿童12.6万人,筛查率达到98%。\n",
    ] {
        assert!(
            rows_or_none(text)
                .iter()
                .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == "children")),
            "{text}"
        );
    }
}

/// "按主办单位分:政府办…床位21,430张,…个人办…床位6,868张": the beds of those the government or
/// persons run are parts, not the region's total.
#[test]
fn beds_by_who_runs_the_institutions_are_parts() {
    let got = rows(
        "2025年某某市卫生健康事业发展统计公报\n2025年末,全市医疗卫生机构床位共计33,516张。按主办单位分:政府办医疗卫生机构床位21,430张,个人办医疗卫生机构床位6,868张。\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![33_516.0]);
    let got = rows_or_none(
        "2025年某某市卫生健康事业发展统计公报\n2025年末,全市政府办医疗卫生机构床位21,430张。\n",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == "beds_total")),
        "{got:#?}"
    );
}

/// "床位比上年增加1,234张,达到2.56万张": the level after a change written with a thousands comma
/// is named by the clause before it, as it is without the comma.
#[test]
fn a_level_after_a_change_with_a_thousands_comma() {
    for text in [
        "2025年末,临沂市医疗卫生机构床位比上年增加1,234张,达到2.56万张。\n",
        "2025年末,临沂市医疗卫生机构床位增加1,234张,达到25,600张。\n",
    ] {
        let got = rows(text);
        assert_eq!(values_of(&got, "beds_total"), vec![25_600.0], "{text}");
        has(
            &got,
            Role::Figure,
            "beds_total",
            2025,
            Cmp::AtLeast(25_600.0),
        );
    }
}

/// "比2020年(3.05‰)下降…", "与2013年(82.16)相比": the figure alone in brackets right after a
/// comparison's year is that year's level of what the clause counts, with or without its unit.
#[test]
fn a_comparisons_level_in_brackets_after_its_year() {
    let got = rows(
        "2025年,临沂市婴儿死亡率为2.31‰,较2020年末(3.05‰)有所下降。孕产妇死亡率为8.5/10万,比2020年(12.3/10万)下降3.8个十万分点。\n",
    );
    has(
        &got,
        Role::Figure,
        "infant_mortality",
        2020,
        Cmp::AtLeast(3.05),
    );
    has(
        &got,
        Role::Figure,
        "infant_mortality",
        2025,
        Cmp::AtLeast(2.31),
    );
    has(
        &got,
        Role::Figure,
        "maternal_mortality",
        2020,
        Cmp::AtLeast(12.3),
    );
    let got = rows("2025年临沂市人均预期寿命与2020年(78.60)相比增加了1.52岁。\n");
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2020,
        Cmp::AtLeast(78.6),
    );
    // Another region's level in brackets is not the region's.
    let got = rows("2025年,临沂市人均预期寿命80.1岁,比全国(79.0岁)高1.1岁。\n");
    assert_eq!(values_of(&got, "life_expectancy"), vec![80.1]);
}

/// A comprehensive yearbook's entry (【概  况】) posted on a page of 2017: its undated figures
/// are of the year the entry covers — the latest it names, else the year before the page's —
/// never the page's own.
#[test]
fn a_yearbook_entrys_undated_figures_are_of_the_year_it_covers() {
    let entry = |tail: &str| {
        format!(
            "医 疗 卫 生\n\n日期:2017-04-13    来源:区委党史办\n\n【概  况】  辖区内卫技人员8769人,其中,执业(助理)医师3362人,注册护士3380人,实有床位3494张。\n\n【改革与管理】  探索公立医院改革。{tail}\n"
        )
    };
    let got = rows(&entry("2015年6月,组建卫生和计划生育委员会。"));
    every_row(&got, |r| r.2 == 2015 && r.4);
    assert_eq!(values_of(&got, "beds_total"), vec![3494.0]);
    let got = rows(&entry(""));
    every_row(&got, |r| r.2 == 2016 && r.4);
    // A page without the yearbook's headings keeps the page's year.
    let got = rows("日期:2017-04-13    来源:区卫生计生委\n全区卫技人员8769人,实有床位3494张。\n");
    every_row(&got, |r| r.2 == 2017);
}

/// "武进年鉴(2023)" over its entries, or a breadcrumb "… > 海门年鉴(2024) > 卫生健康" over a page
/// of 2025: the edition holds the year before its own, whatever the page's date.
#[test]
fn a_yearbooks_edition_dates_its_entries_undated_figures() {
    let got = rows(
        "武进年鉴(2023)\n卫生健康\n【概况】 年末,全区有医疗卫生机构517个,实有床位8946张,每千常住人口床位5.78张。\n",
    );
    every_row(&got, |r| r.2 == 2022 && r.4);
    assert_eq!(values_of(&got, "beds_total"), vec![8946.0]);
    let got = rows(
        "数字方志馆 > 年鉴 > 海门年鉴(2024) > 卫生健康\n概况\n发布时间:2025-06-03    来源:海门区地方志办公室\n年末,全区医疗卫生机构床位5628张,每千人口床位6.51张。\n",
    );
    every_row(&got, |r| r.2 == 2023 && r.4);
    // A year the entry writes is its own.
    let got = rows("芜湖年鉴(2024)\n卫生健康\n【妇幼健康】 2022年,全市婴儿死亡率1.58‰。\n");
    has(
        &got,
        Role::Figure,
        "infant_mortality",
        2022,
        Cmp::AtLeast(1.58),
    );
}

/// "到2025年,全市…达到7.5张" in a report of 2024's work dated January 2025: the year has only
/// begun, so what it is to reach by its end is a goal, not a figure of 2025.
#[test]
fn a_goal_for_the_year_just_begun_in_a_report_of_january() {
    let text = "南阳市卫健委举行2024年卫生健康事业发展情况新闻发布会\n\n来源:南阳日报  2025-01-23 17:28\n\n截至2024年底,全市每千人口床位7.43张。关于2025年工作目标,到2025年,全市每千人口医疗卫生机构床位数达到7.5张,人均预期寿命达到79.5岁以上。\n";
    let got = rows(text);
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2024,
        Cmp::AtLeast(7.43),
    );
    has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(7.5));
    has(
        &got,
        Role::Target,
        "life_expectancy",
        2025,
        Cmp::AtLeast(79.5),
    );
    // In December the year is over as the page reports it.
    let got = rows(&text.replace("2025-01-23", "2025-12-23"));
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
}

/// News of a work report, January 2026: "今年,我市将继续…达到4.5个;推进…,覆盖率达到85%以上" are
/// this year's goals, the one past the semicolon too — not figures of the year just ended.
#[test]
fn this_years_tasks_with_who_between_and_past_a_semicolon() {
    let got = rows(
        "2026-01-15 08:12   来源:南昌日报\n本报讯 1月14日,市十六届人大五次会议开幕。\n去年,全市每千人口托位数4.1个。今年,我市将继续扩大普惠托育服务供给,每千人口3岁以下婴幼儿托位数达到4.5个;推进家庭医生签约服务提质扩面,重点人群家庭医生签约服务覆盖率达到85%以上。\n",
    );
    has(
        &got,
        Role::Figure,
        "nursery_places_per_1000",
        2025,
        Cmp::AtLeast(4.1),
    );
    has(
        &got,
        Role::Target,
        "nursery_places_per_1000",
        2026,
        Cmp::AtLeast(4.5),
    );
    has(
        &got,
        Role::Target,
        "family_doctor_coverage_key",
        2026,
        Cmp::AtLeast(85.0),
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.1 == "family_doctor_coverage_key"),
        "{got:#?}"
    );
}

/// "2023年,…由上年的6.98张增加到7.26张": where the review started is the year before its end
/// (it had been dropped as a start of the end's own year); in news of a bulletin that names no
/// year for it, the year before the bulletin's.
#[test]
fn a_review_from_the_year_before() {
    let got = rows(
        "《2023年岳阳市卫生健康事业发展统计公报》日前发布。公报显示,2023年全市每千人口床位数由上年的6.98张增加到7.26张。\n\n全市居民人均预期寿命由上年的78.32岁提高到78.65岁。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2022,
        Cmp::AtLeast(6.98),
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2023,
        Cmp::AtLeast(7.26),
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2022,
        Cmp::AtLeast(78.32),
    );
    assert!(
        !got.iter()
            .any(|r| r.1 == "life_expectancy" && r.2 == 2023 && r.3.value() == Some(78.32)),
        "{got:#?}"
    );
}

/// An infographic's text (一图读懂): each figure on its line over its name, a block each between
/// blank lines. Each name is its own figure's, not the next block's (every figure had moved up a
/// name: 1.92万人 read as the technicians, 2.18/10万 as the life expectancy).
#[test]
fn figures_over_their_names_in_blocks() {
    let text = "一图读懂丨2023年绍兴市卫生健康事业发展统计公报\n\n3.82万张\n医疗卫生机构床位\n\n4.76万人\n卫生技术人员\n\n1.92万人\n执业(助理)医师\n\n83.21岁\n人均预期寿命\n\n2.18/10万\n孕产妇死亡率\n\n1.62‰\n5岁以下儿童死亡率\n\n46.8%\n家庭医生签约服务覆盖率\n";
    let got = rows(text);
    assert_eq!(values_of(&got, "beds_total"), vec![38_200.0]);
    assert_eq!(values_of(&got, "health_technicians"), vec![47_600.0]);
    assert_eq!(values_of(&got, "physicians"), vec![19_200.0]);
    assert_eq!(values_of(&got, "life_expectancy"), vec![83.21]);
    assert_eq!(values_of(&got, "maternal_mortality"), vec![2.18]);
    assert_eq!(values_of(&got, "under5_mortality"), vec![1.62]);
    assert_eq!(values_of(&got, "family_doctor_coverage"), vec![46.8]);
    every_row(&got, |r| r.2 == 2023);
    // Names over their figures, blocks between blank lines, are read as before.
    let got = rows(
        "2023年绍兴市卫生健康事业发展统计公报\n\n医疗卫生机构床位\n3.82万张\n\n卫生技术人员\n4.76万人\n\n执业(助理)医师\n1.92万人\n\n人均预期寿命\n83.21岁\n",
    );
    assert_eq!(values_of(&got, "beds_total"), vec![38_200.0]);
    assert_eq!(values_of(&got, "physicians"), vec![19_200.0]);
    assert_eq!(values_of(&got, "life_expectancy"), vec![83.21]);
}

/// "2023年末全国…7.23张;每千人口执业(助理)医师3.40人,…": the nation's figures go on past the
/// semicolon until the region is named again (they had become the city's).
#[test]
fn the_nations_figures_go_on_past_a_semicolon() {
    let got = rows(
        "2023年泰州市卫生健康事业发展统计公报解读\n2023年末全国每千人口医疗卫生机构床位7.23张;每千人口执业(助理)医师3.40人,每千人口注册护士4.00人;全国居民人均预期寿命达到78.6岁。全市每千人口医疗卫生机构床位6.62张;每千人口执业(助理)医师3.51人。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.51]);
    assert!(values_of(&got, "nurses_per_1000").is_empty(), "{got:#?}");
    let got = rows(
        "2023年泰州市卫生健康事业发展统计公报解读\n2023年末全国每千人口医疗卫生机构床位7.23张;泰州市每千人口医疗卫生机构床位6.62张,每千人口执业(助理)医师3.51人。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![6.62]);
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.51]);
}

/// "鄞州区", "通州区": a district whose name ends in 州 is named whole (it had been cut to 鄞州
/// and taken for a prefecture, whose 全市 is no wider place: the city's figures in brackets
/// became the district's).
#[test]
fn a_district_named_with_zhou() {
    let got = rows(
        "2024年鄞州区卫生健康事业发展情况\n\n每千人口床位数5.86张(全市6.12张),每千人口执业(助理)医师4.07人(全市3.82人)。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![5.86]);
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![4.07]);
}

/// A local chronicle, "荆州市志·卫生健康(2011—2020)": written after the years it covers, so its
/// 十三五 review's 2020 is what was reached, not a goal; and its title names its region (a
/// county become a city, 全县 early and 全市 later, is the one region).
#[test]
fn a_chronicle_reports_the_years_it_covers() {
    let got = rows(
        "荆州市志·卫生健康(2011—2020)\n第五章 妇幼卫生\n“十三五”期间,全市孕产妇死亡率由2015年的16.8/10万降至2020年的8.24/10万,婴儿死亡率由2015年的5.86‰降至2020年的3.12‰。\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    has(
        &got,
        Role::Figure,
        "maternal_mortality",
        2020,
        Cmp::AtLeast(8.24),
    );
    has(
        &got,
        Role::Figure,
        "infant_mortality",
        2015,
        Cmp::AtLeast(5.86),
    );
    let got = rows(
        "兴化市志(1986—2020)\n第二十三卷 卫生\n1985年,全县有医疗卫生机构87个,病床1456张。1987年12月,撤销兴化县,设立兴化市。2020年末,全市医疗卫生机构床位6748张,每千人口床位5.38张。\n",
    );
    has(&got, Role::Figure, "beds_total", 2020, Cmp::AtLeast(6748.0));
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2020,
        Cmp::AtLeast(5.38),
    );
}

/// "市妇幼保健院开放儿科床位320张": a clause that opens on the city's one institution of its
/// kind counts that institution's beds, not the region's.
#[test]
fn one_institutions_beds_in_a_clause_of_its_own() {
    let got = rows(
        "2020年,荆州市有儿科床位2480张,每千名儿童儿科床位2.82张。市妇幼保健院开放儿科床位320张。县人民医院实有床位860张。\n",
    );
    assert_eq!(values_of(&got, "beds_paediatric"), vec![2480.0]);
    assert!(values_of(&got, "beds_total").is_empty(), "{got:#?}");
}

/// "述 职 报 告" over "(二〇二五年度)": a bureau head's report on the year's work, titled spaced
/// out, reports that year; its 下步打算 aims at the next (its figures had all been dropped).
#[test]
fn a_bureau_heads_report_on_the_year() {
    let got = rows(
        "述 职 报 告\n(二〇二五年度)\n萍乡市湘东区卫生健康委员会主任\n\n一、主要工作及成效\n年末全区医疗卫生机构床位1846张;卫生技术人员2706人。全区人均预期寿命78.9岁,婴儿死亡率3.05‰。\n\n三、下步打算\n二〇二六年,力争全区每千人口医疗卫生机构床位数达到6.0张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Figure, "beds_total", 2025, Cmp::AtLeast(1846.0)),
            (
                Role::Figure,
                "health_technicians",
                2025,
                Cmp::AtLeast(2706.0),
            ),
            (Role::Figure, "life_expectancy", 2025, Cmp::AtLeast(78.9)),
            (Role::Target, "beds_per_1000", 2026, Cmp::AtLeast(6.0)),
        ],
    );
}

/// "其中,市区(…)每千人口床位9.84张、每千人口卫生技术人员12.36人,旗县区每千人口床位5.12张": the
/// group opening a clause is each listed figure's, and the banners and counties are a group too
/// (the districts' staff and the banners' beds had become the city's).
#[test]
fn a_group_opening_its_clause_holds_for_its_list() {
    let got = rows(
        "2024年末,包头市每千人口床位8.61张,每千人口卫生技术人员10.65人。其中,市区(昆都仑区、青山区)每千人口床位9.84张、每千人口卫生技术人员12.36人,旗县区每千人口床位5.12张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![8.61]);
    assert_eq!(values_of(&got, "health_technicians_per_1000"), vec![10.65]);
}

/// "尤溪县总医院(县域紧密型医共体)于2018年组建,…。现有编制床位1260张,开放床位1420张": a text
/// introducing one institution by its founding goes on about it (its open beds had become the
/// county's, of the year it was founded).
#[test]
fn an_institution_introduced_by_its_founding() {
    let got = rows_or_none(
        "尤溪县总医院简介\n尤溪县总医院(县域紧密型医共体)于2018年组建,由县医院、县中医院及15家乡镇卫生院组成。现有编制床位1260张,开放床位1420张;卫生技术人员1604人。\n县域卫生概况:截至2024年末,全县医疗卫生机构床位1806张。\n",
    );
    let beds: Vec<_> = got
        .iter()
        .filter(|r| matches!(&r.subject, Subject::Quantity(q) if q == "beds_total"))
        .map(|r| (r.year, r.cmp.value()))
        .collect();
    assert_eq!(beds, vec![(2024, Some(1806.0))], "{got:#?}");
}

/// "精神科执业(助理)医师312人,每10万人口8.36人", "儿科执业(助理)医师806人,每千名儿童0.92人": the
/// base alone after a comma, per 100,000 or per 1,000 children, is the count's density too.
#[test]
fn a_base_alone_per_100000_or_per_children() {
    let got = rows(
        "2023年,芜湖市精神科执业(助理)医师312人,每10万人口8.36人;儿科执业(助理)医师806人,每千名儿童0.92人。\n",
    );
    assert_eq!(values_of(&got, "psych_physicians_per_100000"), vec![8.36]);
    assert_eq!(
        values_of(&got, "paediatricians_per_1000_children"),
        vec![0.92]
    );
}

/// "婴儿死亡率、孕产妇死亡率分别下降至2.9‰、零": none written as a word, listed after a rate
/// with 分别 (the pair had been dropped).
#[test]
fn none_in_words_listed_after_a_rate() {
    let got = rows("2025年,全县婴儿死亡率、孕产妇死亡率分别下降至2.9‰、零。\n");
    assert_eq!(values_of(&got, "infant_mortality"), vec![2.9]);
    assert_eq!(values_of(&got, "maternal_mortality"), vec![0.0]);
}

/// A government site's page on its region (区情概况, 县情简介) reports: its undated figures are of
/// the latest year it reports (截至2024年末), not of a year it plans for ("预计2025年底建成投用",
/// "2025年,祁东县将…力争…") nor the page's date.
#[test]
fn a_region_page_reports_its_latest_year() {
    let got = rows(
        "涧西区情概况\n发布时间:2025-04-10 09:30  来源:涧西区人民政府办公室\n截至2024年末,全区常住人口72.85万人。\n社会事业:辖区内实有床位9860张,卫生技术人员11240人。每千常住人口拥有床位13.53张。区妇幼保健院新院区预计2025年底建成投用。\n",
    );
    has(&got, Role::Figure, "beds_total", 2024, Cmp::AtLeast(9860.0));
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2024,
        Cmp::AtLeast(13.53),
    );
    let got = rows(
        "县情简介\n更新时间:2025-05-20  来源:祁东县人民政府办公室\n【人口】 2024年末,全县常住人口76.52万人。\n【社会事业】 医疗卫生机构床位5682张,每千人口床位7.43张。全县人均预期寿命达78.9岁。\n【发展目标】 2025年,祁东县将深入实施“强县富民”工程,力争每千人口执业(助理)医师达到3.0人。\n",
    );
    has(
        &got,
        Role::Figure,
        "life_expectancy",
        2024,
        Cmp::AtLeast(78.9),
    );
    has(&got, Role::Figure, "beds_total", 2024, Cmp::AtLeast(5682.0));
    has(
        &got,
        Role::Target,
        "physicians_per_1000",
        2025,
        Cmp::AtLeast(3.0),
    );
}

/// "蚌埠年鉴(2024)" with "本卷记述时限为2023年1月1日至12月31日": the edition holds 2023; the note's
/// first day of January is no page of January (its entries had gone back to 2022).
#[test]
fn a_yearbooks_time_span_note_is_no_page_date() {
    let got = rows(
        "蚌埠年鉴(2024)\n编辑说明(节选):本卷记述时限为2023年1月1日至12月31日,部分内容适当上溯或下延。\n【健康水平】 全市居民人均预期寿命79.46岁,婴儿死亡率2.12‰。\n",
    );
    every_row(&got, |r| r.2 == 2023);
}

/// "每千人口注册护士数3.96人,全国为4.16人;每千人口医疗卫生机构床位数7.58张": the nation's
/// figure beside the region's is a comparison, and the region's figures go on past the
/// semicolon (only a sentence opening on the nation hands it on).
#[test]
fn the_nation_beside_the_regions_figure_hands_nothing_on() {
    let got = rows(
        "2024年泰州市卫生健康事业发展统计公报解读\n2024年末,全市每千人口注册护士数3.96人,全国为4.16人;每千人口医疗卫生机构床位数7.58张,高于全国平均水平(7.23张)。\n",
    );
    assert_eq!(values_of(&got, "nurses_per_1000"), vec![3.96]);
    assert_eq!(values_of(&got, "beds_per_1000"), vec![7.58]);
}

/// "2025年,南山区将新增床位1200张,每千人口床位数达到5.2张" on a page of March 2025: the year's
/// tasks, named by the place's own name, are goals (the density had been a figure of 2025).
#[test]
fn a_years_tasks_with_the_places_name() {
    let got = rows(
        "2025-03-12 来源:南山区卫生健康局\n2024年,南山区每千人口床位数4.8张。2025年,南山区将新增床位1200张,每千人口床位数达到5.2张。\n",
    );
    has(&got, Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(4.8));
    has(&got, Role::Target, "beds_per_1000", 2025, Cmp::AtLeast(5.2));
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.1 == "beds_per_1000" && r.2 == 2025),
        "{got:#?}"
    );
}

/// "——中期目标(2027年):…达到2.9人" / "——远期目标(2030年):…": a goal's year in brackets after its
/// name dates the goals after it (they had all taken the plan's own year, inferred).
#[test]
fn a_goals_year_in_brackets_after_its_name() {
    let got = rows(
        "汝城县卫生健康局2026年工作计划\n一、工作目标\n——近期目标(2026年):全县人均预期寿命达到78.2岁。\n——中期目标(2027年):每千人口执业(助理)医师数达到2.9人,每千人口注册护士数达到3.3人。\n——远期目标(2030年):每千人口医疗卫生机构床位数达到7.0张。\n",
    );
    has_all(
        &got,
        &[
            (Role::Target, "life_expectancy", 2026, Cmp::AtLeast(78.2)),
            (Role::Target, "physicians_per_1000", 2027, Cmp::AtLeast(2.9)),
            (Role::Target, "nurses_per_1000", 2027, Cmp::AtLeast(3.3)),
            (Role::Target, "beds_per_1000", 2030, Cmp::AtLeast(7.0)),
        ],
    );
}

/// "报告对今年的卫生健康工作也作出了安排:…每千人口3岁以下婴幼儿托位数提高到4.6个": the year's
/// work arranged, goals of the page's year (they had been figures of the year before).
#[test]
fn the_years_work_arranged_in_news_of_a_report() {
    let got = rows(
        "政府工作报告里的“健康账单”\n2026-01-11 07:45:12  来源:荣昌日报\n报告显示,去年全区每千人口3岁以下婴幼儿托位数3.9个。\n记者注意到,报告对今年的卫生健康工作也作出了安排:新增普惠托位600个,每千人口3岁以下婴幼儿托位数提高到4.6个;家庭医生签约服务覆盖率达到50%以上。\n",
    );
    has(
        &got,
        Role::Figure,
        "nursery_places_per_1000",
        2025,
        Cmp::AtLeast(3.9),
    );
    has(
        &got,
        Role::Target,
        "nursery_places_per_1000",
        2026,
        Cmp::AtLeast(4.6),
    );
    assert!(
        got.iter().all(|r| r.0 == Role::Target || r.2 == 2025),
        "{got:#?}"
    );
}

/// A report dated under its title in numerals of January ("二〇二六年一月二十日"): where its undated
/// look back went is the year just ended, not the date's year; the date's numerals never panic
/// on a byte slice.
#[test]
fn a_reports_date_line_in_numerals_early_in_the_year() {
    let got = rows(
        "某县卫生健康局2025年度述职报告\n二〇二六年一月二十日\n三年来,全县每千人口医疗卫生机构床位数从5.12张提升至6.03张。\n",
    );
    has(
        &got,
        Role::Figure,
        "beds_per_1000",
        2025,
        Cmp::AtLeast(6.03),
    );
    assert!(got.iter().all(|r| r.2 != 2026), "{got:#?}");
    // A work report's delivery line in numerals reads as before.
    let got = rows_or_none(
        "政 府 工 作 报 告\n——二〇二六年一月十三日在临沂市第二十届人民代表大会第五次会议上\n过去一年,全市每千人口医疗卫生机构床位数达到7.2张。\n",
    );
    assert!(got.iter().all(|r| r.year == 2025), "{got:#?}");
}

/// The second read's misfires of the twenty-seventh session's rules, each mended; every text
/// reads as it did before the rules.
#[test]
fn the_twenty_seventh_sessions_misfires_stay_mended() {
    let no_figure_of = |text: &str, id: &str, year: i32| {
        let got = rows_or_none(text);
        assert!(
            !got.iter().any(|r| r.role == Role::Figure
                && r.year == year
                && matches!(&r.subject, Subject::Indicator(i) | Subject::Quantity(i) if i == id)),
            "{text}: {got:#?}"
        );
    };
    // 志愿 is no chronicle (市志, 卫生志).
    let got = rows(
        "郑州市志愿服务助力健康郑州行动方案(2023—2025年)\n到2025年,全市每千人口3岁以下婴幼儿托位数达到4.5个。\n",
    );
    has(
        &got,
        Role::Target,
        "nursery_places_per_1000",
        2025,
        Cmp::AtLeast(4.5),
    );
    // A goal's level in brackets after a comparison's year is no figure of that year.
    no_figure_of(
        "泰州市2023年卫生健康事业发展统计公报\n2023年末,全市每千人口医疗卫生机构床位6.50张,与2025年(7.50张)规划目标相比仍有差距。\n",
        "beds_per_1000",
        2025,
    );
    // A work summary's 【基本情况】 is of its own year.
    let got = rows(
        "阜平县卫生健康局2024年工作总结\n发布时间:2024-12-20\n【基本情况】全县共有医疗卫生机构312个,医疗卫生机构床位2860张。\n",
    );
    has(&got, Role::Figure, "beds_total", 2024, Cmp::AtLeast(2860.0));
    // 将 as 把, 要素, a page of December, 今年 in the year's summary: what was done.
    for text in [
        "发布时间:2024-12-28\n2024年,南山区将基层医疗卫生服务体系建设摆在突出位置,全区每千人口医疗卫生机构床位数达到5.2张。\n",
        "发布时间:2024-12-26\n2024年,龙华区要素保障持续加强,全区每千人口医疗卫生机构床位数达到5.2张。\n",
        "阜平县卫生健康局2024年工作总结\n发布时间:2024-12-20\n今年,我们将健康乡村建设摆在突出位置,全县每千人口医疗卫生机构床位数达到5.2张。\n",
    ] {
        let got = rows(text);
        has(&got, Role::Figure, "beds_per_1000", 2024, Cmp::AtLeast(5.2));
    }
    // A group opening a clause holds not for a whole after it, nor where it is the region.
    let got = rows(
        "2023年末,城市每千人口医疗卫生机构床位9.81张、农村每千人口医疗卫生机构床位4.23张、全市每千人口医疗卫生机构床位6.52张。\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![6.52]);
    let got = rows(
        "阳泉市城区2023年卫生健康事业发展统计公报\n2023年末,城区每千人口医疗卫生机构床位8.15张、每千人口执业(助理)医师3.62人。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.62]);
    // The nation's figures end where the region is named: by its own part of a long name, a
    // one-character county's name, or 当地.
    for (text, v) in [
        (
            "宁波市鄞州区2023年卫生健康事业发展统计公报\n2023年末,全国每千人口医疗卫生机构床位7.23张;鄞州区每千人口医疗卫生机构床位5.86张。\n",
            5.86,
        ),
        (
            "沛县2023年卫生健康事业发展统计公报\n2023年末,全国每千人口医疗卫生机构床位7.23张;沛县每千人口医疗卫生机构床位5.45张。\n",
            5.45,
        ),
        (
            "涞源县卫生健康事业发展综述\n2023年末,全国每千人口医疗卫生机构床位7.23张;当地每千人口医疗卫生机构床位数为5.10张。\n",
            5.10,
        ),
    ] {
        assert_eq!(values_of(&rows(text), "beds_per_1000"), vec![v], "{text}");
    }
    // A figure over its change note is no infographic's figure over its name.
    let got = rows(
        "2023年泰州市卫生健康事业发展统计公报\n\n每千人口医疗卫生机构床位\n\n6.52张\n较上年增加0.21张\n\n每千人口执业(助理)医师\n\n3.12人\n较上年增加0.11人\n\n人均预期寿命\n\n80.1岁\n较上年提高0.3岁\n",
    );
    assert_eq!(values_of(&got, "beds_per_1000"), vec![6.52]);
    // 由上年的 where the bulletin's year is not named: the year before the one it reports.
    let got = rows(
        "泰州市卫生健康事业发展统计公报发布\n发布时间:2024-04-18\n公报显示,全市每千人口执业(助理)医师由上年的3.05人增加到3.21人。\n",
    );
    assert_eq!(values_of(&got, "physicians_per_1000"), vec![3.05, 3.21]);
}

/// A title broken after its 的 with its spaced-out end on the next line ("…服务体系的" over
/// "实  施  方  案") is one title, the whole of it (a spaced title is now read as one, and had
/// been taken alone as "实施方案").
#[test]
fn a_title_broken_before_its_spaced_end() {
    let p = import(
        "关于进一步完善医疗卫生服务体系的\n实  施  方  案\n\n到2025年,全市每千人口医疗卫生机构床位数达到7张。\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert_eq!(
        p.title.map(|t| t.value).as_deref(),
        Some("关于进一步完善医疗卫生服务体系的实施方案")
    );
}
