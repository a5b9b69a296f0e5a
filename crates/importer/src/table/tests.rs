//! The table reader's tests: each header and layout on tables the team wrote.

use super::super::{Cmp, Role, Subject, import};
use hps_model::catalog::Catalog;

fn rows(text: &str) -> Vec<(Role, String, i32, Cmp)> {
    let p = import(text, &Catalog::builtin()).expect("imports");
    p.rows
        .into_iter()
        .map(|r| {
            let id = match r.subject {
                Subject::Indicator(i) | Subject::Quantity(i) => i,
                Subject::Tracked { label, .. } => format!("tracked:{label}"),
            };
            (r.role, id, r.year, r.cmp)
        })
        .collect()
}

/// Asserts that each (indicator, value) is proposed as a figure of `year`.
/// The values proposed for one catalog id, in order.
fn values_of_table(got: &[(Role, String, i32, Cmp)], id: &str) -> Vec<f64> {
    got.iter()
        .filter(|r| r.1 == id)
        .filter_map(|r| r.3.value())
        .collect()
}

fn has_figures(got: &[(Role, String, i32, Cmp)], year: i32, want: &[(&str, f64)]) {
    for (id, v) in want {
        assert!(
            got.iter().any(|r| r.0 == Role::Figure
                && r.1 == *id
                && r.2 == year
                && r.3.value() == Some(*v)),
            "{id} {v} in {got:#?}"
        );
    }
}

/// The rows proposed, none where the text gives no plan at all.
fn rows_or_none(text: &str) -> Vec<super::super::Row> {
    import(text, &Catalog::builtin())
        .map(|p| p.rows)
        .unwrap_or_default()
}

const WANT: [(&str, f64, f64); 3] = [
    ("beds_per_1000", 6.82, 8.2),
    ("physicians_per_1000", 3.34, 3.9),
    ("doctor_nurse_ratio", 0.95, 1.2),
];

fn check(text: &str) {
    let got = rows(text);
    for (id, now, goal) in WANT {
        assert!(
            got.iter().any(|r| r.0 == Role::Figure
                && r.1 == id
                && r.2 == 2020
                && r.3.value() == Some(now)),
            "{id} {now} in 2020 not found in {got:#?}"
        );
        assert!(
            got.iter().any(|r| r.0 == Role::Target
                && r.1 == id
                && r.2 == 2025
                && r.3.value() == Some(goal)),
            "{id} {goal} by 2025 not found in {got:#?}"
        );
    }
    assert!(
        got.iter()
            .any(|r| r.1 == "beds_per_1000" && matches!(r.3, Cmp::About(_)))
    );
}

#[test]
fn cells_split_by_tabs() {
    check(
        "主要指标\n指标\t单位\t2020年\t2025年\t指标性质\n每千人口医疗卫生机构床位数\t张\t6.82\t8.2左右\t预期性\n每千人口执业(助理)医师数\t人\t3.34\t3.9\t预期性\n医护比\t-\t1:0.95\t1:1.2\t预期性\n",
    );
}

#[test]
fn cells_split_by_runs_of_spaces_and_no_unit_column() {
    check(
        "指标名称        2020年     2025年      属性\n每千人口医疗卫生机构床位数(张)   6.82   8.2左右   预期性\n每千人口执业(助理)医师数(人)   3.34   3.9   预期性\n医护比    1∶0.95    1∶1.2    预期性\n",
    );
}

#[test]
fn one_cell_a_line() {
    check(
        "指标\n\n2020年\n\n2025年\n\n指标性质\n\n每千人口医疗卫生机构床位数(张)\n\n6.82\n\n8.2左右\n\n预期\n\n每千人口执业(助理)医师数(人)\n\n3.34\n\n3.9\n\n预期\n\n医护比\n\n1:0.95\n\n1:1.2\n\n预期\n",
    );
}

#[test]
fn empty_cells_and_sub_rows() {
    let got = rows(
        "指标\t2020年\t2025年\t属性\n每千人口医疗卫生机构床位数(张)\t6.82\t8.2左右\t预期性\n其中:公立医院床位(张)\t-\t5.2左右\t预期性\n发热门诊设置比例(%)\t——\t100\t约束性\n",
    );
    assert!(
        got.iter()
            .any(|r| r.1 == "beds_public_per_1000" && r.0 == Role::Target)
    );
    assert!(
        !got.iter()
            .any(|r| r.1 == "beds_public_per_1000" && r.0 == Role::Figure)
    );
    assert!(
        got.iter()
            .any(|r| r.1.starts_with("tracked:发热门诊设置比例") && r.3 == Cmp::AtLeast(100.0)),
        "{got:#?}"
    );
}

#[test]
fn registered_and_resident_columns_say_which_population() {
    let p = import(
        "指标\t2020年\t\t2025年\n\t户籍\t常住\t户籍\t常住\n每千人口医疗卫生机构床位数(张)\t7.1\t6.8\t8.5\t8.2\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    let beds: Vec<_> = p
        .rows
        .iter()
        .filter(|r| r.subject == Subject::Indicator("beds_per_1000".into()))
        .map(|r| (r.role, r.year, r.value(), r.basis))
        .collect();
    use super::super::Basis::Resident;
    // The catalog counts per resident: the 户籍 columns beside the 常住 ones are set aside as
    // another basis, said so.
    assert_eq!(
        beds,
        [
            (Role::Figure, 2020, Some(6.8), Some(Resident)),
            (Role::Target, 2025, Some(8.2), Some(Resident))
        ]
    );
    let other_basis = p
        .unresolved
        .iter()
        .filter(|u| u.reason == super::super::Reason::OtherBasis)
        .count();
    assert_eq!(other_basis, 2, "{:?}", p.unresolved);
}

#[test]
fn a_yearbook_table_a_year_a_column() {
    let got = rows(
        "主要卫生资源\n指标\t2021年\t2022年\t2023年\n医疗卫生机构床位数(张)\t2300\t2350\t2420\n每千人口执业(助理)医师数(人)\t3.1\t3.2\t3.35\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    assert!(
        got.iter()
            .any(|r| r.1 == "beds_total" && r.2 == 2023 && r.3.value() == Some(2420.0))
    );
    assert!(
        got.iter()
            .any(|r| r.1 == "physicians_per_1000" && r.2 == 2021 && r.3.value() == Some(3.1))
    );
}

#[test]
fn a_bulletin_table_with_a_change_column_and_bars() {
    let got = rows(
        "| 指标 | 2022年 | 2023年 | 比上年增长(%) |\n| 医疗卫生机构床位数(张) | 2350 | 2420 | 3.0 |\n| 注册护士(人) | 1120 | 1190 | 6.3 |\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    assert!(
        got.iter()
            .any(|r| r.1 == "beds_total" && r.2 == 2023 && r.3.value() == Some(2420.0))
    );
    assert!(
        got.iter()
            .any(|r| r.1 == "nurses" && r.2 == 2022 && r.3.value() == Some(1120.0))
    );
    assert!(!got.iter().any(|r| r.3.value() == Some(3.0)));
}

#[test]
fn serial_numbers_and_a_unit_column_one_cell_a_line() {
    check(
        "序号\n指标名称\n单位\n2020年\n2025年\n1\n每千人口医疗卫生机构床位数\n张\n6.82\n8.2左右\n2\n每千人口执业(助理)医师数\n人\n3.34\n3.9\n3\n医护比\n—\n1:0.95\n1:1.2\n4\n每万人口全科医生数\n人\n2\n3\n",
    );
    let got = rows(
        "序号\t指标\t2020年\t2025年\n1\t每万人口全科医生数(人)\t2\t3\n2\t每千人口注册护士数(人)\t3.17\t4.65\n",
    );
    assert!(
        got.iter()
            .any(|r| r.1 == "gps_per_10000" && r.0 == Role::Target && r.3.value() == Some(3.0)),
        "{got:#?}"
    );
    assert!(
        got.iter()
            .any(|r| r.1 == "nurses_per_1000" && r.0 == Role::Figure && r.3.value() == Some(3.17))
    );
}

#[test]
fn a_breakdown_table_gives_the_total_only() {
    let got = rows(
        "2023年卫生机构、床位及人员情况\n项目\t机构数(个)\t床位数(张)\t卫生技术人员(人)\t#执业(助理)医师\t#注册护士\nItem\tInstitutions\tBeds\tHealth technicians\tPhysicians\tNurses\n总计\t1320\t30150\t28020\t10210\t12330\n医院\t85\t25100\t20100\t7100\t9800\n基层医疗卫生机构\t1200\t4300\t6800\t2900\t2300\n",
    );
    has_figures(
        &got,
        2023,
        &[
            ("beds_total", 30150.0),
            ("health_technicians", 28020.0),
            ("physicians", 10210.0),
            ("nurses", 12330.0),
        ],
    );
    assert_eq!(got.len(), 4, "the breakdown is not the region's: {got:#?}");
}

#[test]
fn a_breakdown_table_one_cell_a_line() {
    // A city's total under a header split over lines, its cells between bars.
    let got = rows(
        "表5 医疗卫生机构、床位和人员(2022年)\n指 标\n|\n机构数\n(个)\n|\n床位数\n(张)\n|\n#卫生技术\n人员\n|\n#执业(助理)\n医师\n|\n全 市\n|\n812\n|\n20110\n|\n23050\n|\n8120\n|\n医院\n|\n60\n|\n16200\n|\n16800\n|\n5900\n|\n",
    );
    has_figures(
        &got,
        2022,
        &[
            ("beds_total", 20110.0),
            ("health_technicians", 23050.0),
            ("physicians", 8120.0),
        ],
    );
    assert_eq!(got.len(), 3, "{got:#?}");
    // The same table of hospitals alone: a part, nothing is the region's.
    let hospitals = "表5 各类医院基本情况(2022年)\n指 标\n|\n机构数\n(个)\n|\n床位数\n(张)\n|\n#卫生技术\n人员\n|\n全 市\n|\n60\n|\n16200\n|\n16800\n|\n综合医院\n|\n30\n|\n9000\n|\n9900\n|\n";
    assert!(
        import(hospitals, &Catalog::builtin()).map_or(true, |p| p
            .rows
            .iter()
            .all(|r| r.subject != Subject::Quantity("beds_total".into()))),
        "hospitals' beds are not the city's"
    );
}

#[test]
fn a_yearbook_table_a_year_a_row() {
    let got = rows(
        "年份\t常住人口(万人)\t医疗卫生机构床位(张)\t执业(助理)医师(人)\t注册护士(人)\nYear\tPopulation\tBeds\tPhysicians\tNurses\n2021\t32.5\t2300\t1100\t1080\n2022\t32.1\t2350\t1150\t1120\n",
    );
    assert!(
        got.iter()
            .any(|r| r.1 == "beds_total" && r.2 == 2022 && r.3.value() == Some(2350.0)),
        "{got:#?}"
    );
    assert!(
        got.iter()
            .any(|r| r.1 == "nurses" && r.2 == 2021 && r.3.value() == Some(1080.0))
    );
}

#[test]
fn a_breakdown_typeset_with_spaces_and_an_unlabelled_total() {
    let got = rows(
        "表9  医疗卫生机构、床位和人员\n       (2022) 单位:个、张、人\n  机构数 床位数 人员数\n卫生技术人员 管理人员\n       1520      12480      15210         12020        830\n一、医院       41        9120       9950          8300        410\n",
    );
    assert!(
        got.contains(&(
            Role::Figure,
            "beds_total".into(),
            2022,
            Cmp::AtLeast(12480.0)
        )),
        "{got:#?}"
    );
    assert!(
        got.contains(&(
            Role::Figure,
            "health_technicians".into(),
            2022,
            Cmp::AtLeast(12020.0)
        )),
        "{got:#?}"
    );
    // 人员数 in a table of health institutions' staff is its 卫生人员.
    assert!(
        got.contains(&(
            Role::Figure,
            "health_workers".into(),
            2022,
            Cmp::AtLeast(15210.0)
        )),
        "{got:#?}"
    );
    // The hospitals' row is a part, never the region's.
    assert!(!got.iter().any(|r| r.3 == Cmp::AtLeast(9120.0)), "{got:#?}");
}

#[test]
fn a_header_flattened_from_levels_gives_no_figure() {
    // 执业(助理)医师 and 注册护士 are parts of 卫生技术人员 listed before it, as a header
    // flattened from two levels lists them: the columns cannot be placed.
    let got = rows_or_none(
        "医疗卫生机构、床位和人员数(2022年)\n床位数 |\n执业(助理)医师 |\n注册护士 |\n卫生技术人员 |\n管理人员 |\n机构数 |\n总 计 |\n1520 |\n12480 |\n12020 |\n4310 |\n5120 |\n830 |\n一、医院 |\n41 |\n9120 |\n8300 |\n2900 |\n3800 |\n410 |\n",
    );
    assert!(
        !got.iter().any(
            |r| matches!(&r.subject, Subject::Quantity(q) if q == "physicians" || q == "nurses")
        ),
        "{got:#?}"
    );
}

#[test]
fn a_name_with_its_unit_never_heads_the_row_labels() {
    // A header copied from a PDF, its names broken over lines and one name more than the
    // total's figures: 机构数(个) has a unit, so it is a column of figures, not the head of the
    // places' column; dropping it had set 床位数 over the count of institutions.
    let got = rows_or_none(
        "表5-3 各县卫生事业基本情况(2019年)\n机构数\n(个)\n床位数\n(张)\n机构人员\n(人)\n医 院 疾病预防\n机 构 数\n妇幼保\n健机构\n医 院 卫生技\n术人员\n(人)\n医 生 注 册\n护 士\n全市总计 3120 88 12 9 15640 10210 24110 18630 7020 7810\n甲 县 1200 30 4 3 5200 3300 8100 6200 2300 2600\n乙 县 1920 58 8 6 10440 6910 16010 12430 4720 5210\n",
    );
    assert!(
        !got.iter().any(
            |r| matches!(&r.subject, Subject::Quantity(q) if q == "beds_total")
                && r.cmp.value() != Some(15640.0)
        ),
        "{got:#?}"
    );
}

#[test]
fn the_nations_column_is_read_past() {
    let got = rows(
        "成文日期: 2022年03月01日\n主要指标\t2020年现状\t2025年目标\t全国2025年目标\t指标性质\n每千常住人口医疗卫生机构床位数(张)\t6.12\t7.3\t7.4-7.5\t预期性\n每千人口执业(助理)医师数(人)\t2.71\t≥3.2\t3.4\t预期性\n",
    );
    assert!(got.contains(&(
        Role::Figure,
        "beds_per_1000".into(),
        2020,
        Cmp::AtLeast(6.12)
    )));
    assert!(got.contains(&(
        Role::Target,
        "beds_per_1000".into(),
        2025,
        Cmp::AtLeast(7.3)
    )));
    assert!(got.contains(&(
        Role::Target,
        "physicians_per_1000".into(),
        2025,
        Cmp::AtLeast(3.2)
    )));
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn three_columns_the_header_does_not_place_give_nothing() {
    let got = rows_or_none(
        "成文日期: 2022年03月01日\n主要指标\t基础\t本市目标\t参考值\t指标性质\n每千常住人口医疗卫生机构床位数(张)\t6.12\t7.3\t7.4\t预期性\n每千人口执业(助理)医师数(人)\t2.71\t3.2\t3.4\t预期性\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_fields_name_and_a_serial_before_the_label() {
    let got = rows(
        "成文日期: 2021年12月08日\n领域\t序号\t主要指标\t单位\t2020年\t2025年\t2030年\t指标性质\n资源配置\t4\t每千人口医疗卫生机构床位数\t张/千人\t5.4\t6.5左右\t7.0\t预期性\n\t5\t每千人口执业(助理)医师数\t人\t2.5\t3.0以上\t3.4\t预期性\n",
    );
    assert!(got.contains(&(Role::Target, "beds_per_1000".into(), 2025, Cmp::About(6.5))));
    assert!(got.contains(&(
        Role::Target,
        "beds_per_1000".into(),
        2030,
        Cmp::AtLeast(7.0)
    )));
    assert!(got.contains(&(
        Role::Figure,
        "physicians_per_1000".into(),
        2020,
        Cmp::AtLeast(2.5)
    )));
    assert!(!got.iter().any(|r| r.1.starts_with("tracked:")), "{got:#?}");
}

#[test]
fn headers_that_name_periods_kinds_in_brackets_or_kinds_on_a_line_of_their_own() {
    for header in [
        "指标名称\t“十三五”末\t“十四五”末\t属性\n",
        "指标名称\t基期值(2020年)\t目标值(2025年)\t属性\n",
        "指标名称\t2020年\t2025年\t属性\n\t基数\t目标\t\n",
    ] {
        let got = rows(&format!(
            "成文日期: 2021年10月08日\n{header}每千常住人口医疗卫生机构床位数(张)\t5.8\t6.8\t预期性\n"
        ));
        assert_eq!(
            got,
            vec![
                (
                    Role::Figure,
                    "beds_per_1000".into(),
                    2020,
                    Cmp::AtLeast(5.8)
                ),
                (
                    Role::Target,
                    "beds_per_1000".into(),
                    2025,
                    Cmp::AtLeast(6.8)
                ),
            ],
            "{header}"
        );
    }
}

#[test]
fn a_counties_table_with_a_numbered_caption_and_a_total_row() {
    let got = rows(
        "12-3  各县(市、区)医疗卫生机构床位和人员数(2022年)\n地 区\t床位数(张)\t卫生技术人员(人)\t#执业(助理)医师\t#注册护士\n全 市\t23540\t31200\t12100\t13900\n甲 区\t6520\t9800\t3800\t4500\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "beds_total".into(),
                2022,
                Cmp::AtLeast(23540.0)
            ),
            (
                Role::Figure,
                "health_technicians".into(),
                2022,
                Cmp::AtLeast(31200.0)
            ),
            (
                Role::Figure,
                "physicians".into(),
                2022,
                Cmp::AtLeast(12100.0)
            ),
            (Role::Figure, "nurses".into(), 2022, Cmp::AtLeast(13900.0)),
        ]
    );
}

#[test]
fn the_documents_own_columns_beside_the_nations() {
    let got = rows(
        "成文日期: 2022年03月01日\n指标\t全国2025年目标\t本市2020年\t本市2025年\t属性\n每千常住人口医疗卫生机构床位数(张)\t7.4\t6.1\t7.0\t预期性\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "beds_per_1000".into(),
                2020,
                Cmp::AtLeast(6.1)
            ),
            (
                Role::Target,
                "beds_per_1000".into(),
                2025,
                Cmp::AtLeast(7.0)
            ),
        ]
    );
}

#[test]
fn a_total_row_named_in_english_only() {
    // "total", "Total" or "TOTAL" opening the row under a single- or double-spaced header: the
    // region's.
    for total in ["total", "Total", "    TOTAL"] {
        for gap in [" ", "  "] {
            let header = [
                "项目",
                "机构数(个)",
                "床位数(张)",
                "卫生技术人员(人)",
                "注册护士(人)",
            ]
            .join(gap);
            let got = rows(&format!(
                "表4 卫生机构、床位及人员(2003年)\n{header}\n{total} 6120 40210 51020 20330\n医院   hospitals 310 30120 31020 12010\n"
            ));
            has_figures(
                &got,
                2003,
                &[
                    ("beds_total", 40210.0),
                    ("health_technicians", 51020.0),
                    ("nurses", 20330.0),
                ],
            );
            assert!(
                !got.iter().any(|r| r.3.value() == Some(30120.0)),
                "{got:#?}"
            );
        }
    }
}

#[test]
fn a_bilingual_yearbook_series_a_row_a_line_or_one_cell_a_line() {
    let a_row_a_line = "8-2 卫生机构、床位和人员\nHealth Institutions, Beds and Personnel\n年份\t卫生机构(个)\t床位数(张)\t卫生技术人员(人)\t#执业(助理)医师\t#注册护士\nYear\tHealth Institutions (unit)\tBeds (unit)\tHealth Technical Personnel (person)\tLicensed (Assistant) Doctors\tRegistered Nurses\n2020\t3120\t41250\t60310\t23880\t26740\n2021\t3185\t42960\t63020\t24910\t28100\n";
    let one_a_line = "8-2 卫生机构、床位和人员\nHealth Institutions, Beds and Personnel\n年份\nYear\n卫生机构(个)\nHealth Institutions (unit)\n床位数(张)\nBeds (unit)\n卫生技术人员(人)\nHealth Technical Personnel (person)\n#执业(助理)医师\nLicensed (Assistant) Doctors\n#注册护士\nRegistered Nurses\n2020\n3120\n41250\n60310\n23880\n26740\n2021\n3185\n42960\n63020\n24910\n28100\n";
    for text in [a_row_a_line, one_a_line] {
        let got = rows(text);
        for (id, year, v) in [
            ("beds_total", 2020, 41250.0),
            ("health_technicians", 2021, 63020.0),
            ("physicians", 2021, 24910.0),
            ("nurses", 2020, 26740.0),
        ] {
            assert!(
                got.iter()
                    .any(|r| r.1 == id && r.2 == year && r.3.value() == Some(v)),
                "{id} {year}: {got:#?}"
            );
        }
        assert_eq!(got.len(), 8, "{got:#?}");
    }
    // A row short of a figure is left unread, never shifted into the wrong columns.
    let short = rows(&one_a_line.replace("\n24910\n", "\n"));
    assert!(short.iter().all(|r| r.2 == 2020), "{short:#?}");
    assert_eq!(short.len(), 4, "{short:#?}");
}

#[test]
fn a_goal_in_words_in_a_table_is_said_never_read_from_the_figure_beside_it() {
    let text = "某某市“十五五”卫生健康事业发展规划\n主要指标\n序号\t指标名称\t基期值(2025年)\t目标值(2030年)\t属性\n1\t每千人口执业(助理)医师数(人)\t3.5\t持续提高\t预期性\n2\t每万人口全科医生数(人)\t4.1\t5\t约束性\n";
    let got = rows(text);
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "physicians_per_1000".into(),
                2025,
                Cmp::AtLeast(3.5)
            ),
            (
                Role::Figure,
                "gps_per_10000".into(),
                2025,
                Cmp::AtLeast(4.1)
            ),
            (
                Role::Target,
                "gps_per_10000".into(),
                2030,
                Cmp::AtLeast(5.0)
            ),
        ]
    );
    let p = import(text, &Catalog::builtin()).expect("imports");
    assert_eq!(p.goals.len(), 1, "{:#?}", p.goals);
    assert_eq!(p.goals[0].year, 2030);
    assert!(p.goals[0].quote.contains("持续提高"));
    // One cell a line, as a web page copies it: the same.
    let one_a_line = text.replace('\t', "\n");
    assert_eq!(rows(&one_a_line), got);
}

#[test]
fn a_unit_column_gives_the_base_and_a_blank_change_column_shifts_nothing() {
    let text = "某某市卫生健康事业发展“十四五”规划\n发布日期:2021-12-20\n指标\t单位\t2020年\t2025年\t年均增长(%)\t属性\n常住人口\t万人\t320\t335\t0.9\t预期性\n医疗卫生机构床位数\t张/千人\t5.6\t6.5以上\t3.0\t预期性\n孕产妇死亡率\t1/10万\t10.2\t10/10万以下\t\t预期性\n执业(助理)医师\t人/千人\t2.6\t3.2\t\t约束性\n";
    let got = rows(text);
    // The population's row ("常住人口", not a header's 常住 over columns) starts the levers.
    let population = import(text, &Catalog::builtin())
        .expect("imports")
        .population
        .map(|(f, year)| (f.value, year));
    assert_eq!(population, Some((3_200_000.0, 2020)));
    for (role, id, year, value) in [
        (Role::Target, "population", 2025, 3_350_000.0),
        (Role::Figure, "beds_per_1000", 2020, 5.6),
        (Role::Target, "beds_per_1000", 2025, 6.5),
        (Role::Figure, "maternal_mortality", 2020, 10.2),
        (Role::Target, "maternal_mortality", 2025, 10.0),
        (Role::Figure, "physicians_per_1000", 2020, 2.6),
        (Role::Target, "physicians_per_1000", 2025, 3.2),
    ] {
        assert!(
            got.iter()
                .any(|r| r.0 == role && r.1 == id && r.2 == year && r.3.value() == Some(value)),
            "{role:?} {id} {year} {value} not in {got:#?}"
        );
    }
    assert_eq!(got.len(), 7, "{got:#?}");
}

#[test]
fn kinds_over_years_on_two_header_lines() {
    let want = vec![
        (
            Role::Figure,
            "beds_per_1000".to_string(),
            2020,
            Cmp::AtLeast(5.9),
        ),
        (
            Role::Target,
            "beds_per_1000".to_string(),
            2025,
            Cmp::AtLeast(6.8),
        ),
    ];
    // Tabs, and one cell a line.
    let text = "某某市“十四五”卫生健康发展规划\n指标\t基期\t目标\n\t2020年\t2025年\n每千人口医疗卫生机构床位数(张)\t5.9\t6.8\n";
    assert_eq!(rows(text), want);
    assert_eq!(
        rows(
            "某某市“十四五”卫生健康发展规划\n指标\n基期值\n2020年\n目标值\n2025年\n每千人口医疗卫生机构床位数(张)\n5.9\n6.8\n"
        ),
        want
    );
}

#[test]
fn a_bulletins_table_of_absolute_numbers_and_growth() {
    // The caption's year is no column; 绝对数 is the report's year, the growth column is read past.
    let want = vec![
        (
            Role::Figure,
            "beds_total".to_string(),
            2023,
            Cmp::AtLeast(23500.0),
        ),
        (
            Role::Figure,
            "health_technicians".to_string(),
            2023,
            Cmp::AtLeast(32100.0),
        ),
    ];
    for growth in ["比上年增长(%)", "增长(%)"] {
        let text = format!(
            "某某市2023年国民经济和社会发展统计公报\n表8 2023年末卫生资源情况\n指标\t单位\t绝对数\t{growth}\n床位数\t张\t23500\t3.2\n卫生技术人员\t人\t32100\t4.1\n"
        );
        assert_eq!(rows(&text), want, "{growth}");
    }
}

#[test]
fn a_row_a_place_under_a_header_without_an_indicator_gives_nothing() {
    let text = "某某省“十四五”卫生健康发展规划\n表2 各市每千人口床位数目标\n地区\t2020年\t2025年\n全省\t6.2\t7.0\n甲市\t6.8\t7.5\n乙市\t5.1\t6.2\n";
    assert!(rows_or_none(text).is_empty(), "{:#?}", rows_or_none(text));
}

#[test]
fn a_breakdown_under_a_yearbooks_title_and_its_tables_caption() {
    let text = "某某市统计年鉴2023\n16-2 各类医疗卫生机构、床位和人员(2022年)\n机构类别\t机构数(个)\t床位数(张)\t卫生技术人员(人)\t执业(助理)医师(人)\t注册护士(人)\n总计\t2642\t16843\t20250\t7466\t9122\n医院\t60\t13333\t12666\t4112\t6604\n";
    let want = vec![
        (
            Role::Figure,
            "beds_total".to_string(),
            2022,
            Cmp::AtLeast(16843.0),
        ),
        (
            Role::Figure,
            "health_technicians".to_string(),
            2022,
            Cmp::AtLeast(20250.0),
        ),
        (
            Role::Figure,
            "physicians".to_string(),
            2022,
            Cmp::AtLeast(7466.0),
        ),
        (
            Role::Figure,
            "nurses".to_string(),
            2022,
            Cmp::AtLeast(9122.0),
        ),
    ];
    assert_eq!(rows(text), want);
    // One cell a line, with or without bars.
    assert_eq!(rows(&text.replace('\t', "\n")), want);
    assert_eq!(rows(&text.replace('\t', " |\n")), want);
}

#[test]
fn a_row_of_bare_figures_is_never_read_as_a_sentence() {
    // A header the breakdown reader cannot place (a column of its own beside the row heads):
    // nothing, never every figure under the last column's name.
    let text = "某某市统计年鉴2023\n16-2 各类医疗卫生机构、床位和人员(2022年)\n机构类别\t说明\t机构数(个)\t床位数(张)\t卫生技术人员(人)\t执业(助理)医师(人)\t注册护士(人)\n总计\t2642\t16843\t20250\t7466\t9122\n";
    assert!(rows_or_none(text).is_empty(), "{:#?}", rows_or_none(text));
}

#[test]
fn a_yearbook_header_over_two_lines_whose_upper_cells_spanned_columns() {
    let rows_of = |header: &str| {
        format!(
            "某某市统计年鉴2023\n表17-3 卫生机构、床位和卫生技术人员\n{header}\n2019\t2345\t120\t30210\t24100\t41230\t15210\t17890\n2020\t2401\t125\t31560\t25230\t43100\t15980\t18920\n"
        )
    };
    let totals = "年份\t卫生机构数(个)\t床位数(张)\t卫生技术人员(人)\n合计\t#医院\t合计\t#医院\t合计\t#执业(助理)医师\t#注册护士";
    let one_a_line: String = rows_of(totals)
        .split(['\t', '\n'])
        .map(|c| format!("{c} |\n"))
        .collect();
    for text in [rows_of(totals), one_a_line] {
        let got = rows(&text);
        has_figures(
            &got,
            2019,
            &[
                ("beds_total", 30210.0),
                ("health_technicians", 41230.0),
                ("physicians", 15210.0),
                ("nurses", 17890.0),
            ],
        );
        // The hospitals' beds (24100) are a part: never the region's.
        assert_eq!(got.len(), 8, "{got:#?}");
    }
    // 其中 over the last two columns.
    let text = "年份\t卫生机构(个)\t床位(张)\t卫生技术人员(人)\t其中\n执业(助理)医师\t注册护士\n2019\t2345\t30210\t41230\t15210\t17890\n";
    has_figures(
        &rows(text),
        2019,
        &[("beds_total", 30210.0), ("physicians", 15210.0)],
    );
    // Names that cannot be set over the figures one for one: the table is left unread, never
    // read into the wrong columns (2345 institutions as physicians).
    let text = "年份\t卫生机构(个)\t床位(张)\n执业(助理)医师\t注册护士\n2019\t2345\t30210\t41230\t15210\t17890\n";
    assert!(rows_or_none(text).is_empty(), "{:#?}", rows_or_none(text));
}

#[test]
fn a_yearbook_header_whose_names_are_split_over_lines_a_part_a_line() {
    let text = "某某市历年卫生基本情况 | ||||||\n11―5 | ||||||\n年份 | 卫 生 | 其中: | 卫生机构 | 其中: | 卫生技术 |\n机构数 | 医院 | 床位数 | 医院 | 人员数 | \n(个) | (个) | (张) | (张) | (人) | \n2015 | 378 | 174 | 3338 | 2923 | 3801 |\n2016 | 367 | 221 | 3519 | 3060 | 4139 |\n";
    let got = rows(text);
    has_figures(
        &got,
        2016,
        &[("beds_total", 3519.0), ("health_technicians", 4139.0)],
    );
    // The hospitals' beds (其中: 医院 (张)) are a part.
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn a_reports_list_of_values_is_of_the_year_it_reports_and_its_shares_and_numbers_are_no_figures() {
    // 项目 | 数值 under a title dated by 截至: figures of that year.
    let got = rows(
        "某某区医疗服务信息概况(截至2022年2月28日)\n| 项目 | 数值 |\n| 二、床位数(张) | 2660 |\n| (一)执业(助理)医师数 | 1026 |\n| 四、床位使用率(%) | 74.57 |\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_total", 2660.0), ("physicians", 1026.0)],
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    // 数量 | 构成(%): the share is read past; a row's number (2.1.2, 3.1) is no figure.
    let got = rows(
        "2023年第三季度某某市医疗服务信息情况一览表\n序号\t指标名称(单位)\t数量\t构成(%)\n2.1.1\t执业(助理)医师\t10830\t40.304\n2.1.2\t注册护士\t16041\t59.696\n3.1\t床位数\t39608\t——\n",
    );
    has_figures(
        &got,
        2023,
        &[
            ("physicians", 10830.0),
            ("nurses", 16041.0),
            ("beds_total", 39608.0),
        ],
    );
    assert_eq!(got.len(), 3, "{got:#?}");
    // A headline that says its figure is a sentence, not a label for the number under it.
    let got = rows_or_none("某某省预计5年内人均预期寿命超79岁 健康指标达高收入国家水平\n\n11\n");
    assert!(got.iter().all(|r| r.cmp.value() != Some(11.0)), "{got:#?}");
}

#[test]
fn a_breakdown_header_flattened_from_two_levels_is_put_in_its_figures_order_or_not_read() {
    // The technicians' parts listed after 诊疗人次, an upper-level column; "卫生技术" lost its
    // 人员 where the line broke.
    let text = "19-13  各类医疗卫生机构基本情况(2015年)\n医疗机构分类 机构数\n(个)\n床位数\n(张)\n卫生技术\n   \n(人)\n    诊疗人\n \n(万人次)\n执业\n(助理)\n医师\n注册\n护士\n             \n总计 77435 519342 618644 237108 254167 61559\n医院 1926 378854 384713 133122 183618 18711\n";
    let got = rows(text);
    has_figures(
        &got,
        2015,
        &[
            ("beds_total", 519342.0),
            ("health_technicians", 618644.0),
            ("physicians", 237108.0),
            ("nurses", 254167.0),
        ],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
    // Names side by side on one line are whole, without units too.
    let got = rows(
        "2024年1-3月某某市医疗机构、床位和卫生技术人员数\n机构分类 | 机构个数 | 床位数 | 卫生技术人员 |\n总 计 | 2901 | 100587 | 143624 |\n一.医院 | 414 | 95386 | 108504 |\n",
    );
    has_figures(
        &got,
        2024,
        &[("beds_total", 100587.0), ("health_technicians", 143624.0)],
    );
    // Parts above their whole: the header is not the figures', and nothing is read.
    let got = rows_or_none(
        "各类医疗卫生机构基本情况(2015年)\n机构分类\t机构数(个)\t卫生技术人员(人)\t执业(助理)医师\t注册护士\n总计\t77435\t237108\t254167\t61559\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_captions_unit_counts_its_table_and_years_newest_first_are_a_series() {
    let got = rows(
        "表2 卫生人员总数(万人) | ||\n2013年 | 2012年 | |\n卫生技术人员 | 42.90 | 39.61 |\n注册护士 | 17.42 | 15.53 |\n",
    );
    has_figures(
        &got,
        2013,
        &[("health_technicians", 429000.0), ("nurses", 174200.0)],
    );
    has_figures(
        &got,
        2012,
        &[("health_technicians", 396100.0), ("nurses", 155300.0)],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn a_yearbook_series_whose_staff_do_not_add_up_is_not_read() {
    // Names one column off: "physicians" above the technicians in every year.
    let text = "某某市统计年鉴2023\n表17-3 卫生机构、床位和卫生技术人员\n年份\t床位数(张)\t执业(助理)医师\t卫生技术人员(人)\t注册护士\n2019\t30210\t41230\t15210\t17890\n2020\t31560\t43100\t15980\t18920\n";
    assert!(rows_or_none(text).is_empty(), "{:#?}", rows_or_none(text));
}

#[test]
fn a_breakdown_header_whose_names_broke_over_lines_beside_whole_ones() {
    // "执业 (助理)" lost its 医师; "注册 护士" is whole and never joins it; 诊疗人次 sits between
    // the technicians and their parts; "医疗机构分类" heads the rows.
    let text = "19-3 各类医疗卫生机构基本情况(2012年) | |||||||||\n医疗机构分类 | 机构数 (个) |\n床位数 (张) |\n卫生技术 人 员 (人) |\n诊疗人 次 数 (万人次) |\n|||||\n执业 (助理) |\n注册 护士 |\n||||||||\n总计 | 60840 | 470768 | 510082 | 190465 | 181721 | 52265 | |||\n医院 | 1549 | 322007 | 311203 | 110541 | 136332 | 15224 | |||\n";
    let got = rows(text);
    has_figures(
        &got,
        2012,
        &[
            ("beds_total", 470768.0),
            ("health_technicians", 510082.0),
            ("physicians", 190465.0),
            ("nurses", 181721.0),
        ],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn a_breakdown_header_of_three_levels_is_not_regrouped() {
    let cat = Catalog::builtin();
    let names = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    // Two levels: the technicians' parts move next to them, 诊疗人次 after.
    assert_eq!(
        super::regrouped(
            &names(&[
                "机构数(个)",
                "床位数(张)",
                "卫生技术(人)",
                "诊疗人次(万人次)",
                "执业(助理)医师",
                "注册护士"
            ]),
            &cat
        ),
        Some(names(&[
            "机构数(个)",
            "床位数(张)",
            "卫生技术人员(人)",
            "执业(助理)医师",
            "注册护士",
            "诊疗人次(万人次)"
        ]))
    );
    // 执业医师 and 检验师 after the run are a third level: where their figures sit cannot be
    // told (a regrouping would put 执业医师's figure under 注册护士).
    assert_eq!(
        super::regrouped(
            &names(&[
                "机构个数(个)",
                "实有床位数(张)",
                "卫生技术人员",
                "其他技术人员",
                "执业(助理)医师",
                "注册护士",
                "药师(士)",
                "技师(士)",
                "卫生监督员",
                "执业医师",
                "检验师",
            ]),
            &cat
        ),
        None
    );
}

#[test]
fn a_caption_unit_ends_with_its_table_and_a_group_elsewhere_is_not_spread() {
    let got = rows(
        "某某省2023年卫生统计公报\n表2 卫生人员总数(万人)\n指标 | 2023年 | 2022年\n卫生人员 | 12.6 | 12.1\n医疗卫生机构床位\n床位总数 | 52341 | 50126\n",
    );
    has_figures(
        &got,
        2023,
        &[("health_workers", 126000.0), ("beds_total", 52341.0)],
    );
    // The group with its parts comes first: reading the last upper cell as the group would
    // shift every column.
    let got = rows_or_none(
        "某某市统计年鉴\n年份\t卫生技术人员(人)\t床位数(张)\t卫生机构数(个)\n\t合计\t执业(助理)医师\t注册护士\n2021\t35210\t12840\t15620\t28450\t1230\n",
    );
    assert!(
        got.iter()
            .all(|r| r.cmp.value() != Some(12840.0) && r.cmp.value() != Some(1230.0)),
        "{got:#?}"
    );
}

/// A header three levels deep, one cell a line, as a yearbook page's table comes out when
/// copied: the upper level's names first, the technicians' kinds and their parts later.
const THREE_LEVELS_ONE_A_LINE: &str = "机构分类 |\n机构个数(个) |\n编制床位数(张) |\n实有床位数(张) |\n在岗职工 |\n|\n卫生技术人员 |\n|\n|\n其他技术人员 |\n管理人员 |\n工勤技能人员 |\n执业(助理)医师 |\n注册护士 |\n药师(士) |\n技师(士) |\n卫生监督员 |\n其他 |\n执业医师 |\n检验师 |\n影像师 |\n见习医师 |\n总 计 |\n1210 |\n7300 |\n8420 |\n12600 |\n10000 |\n3700 |\n3100 |\n4400 |\n520 |\n610 |\n390 |\n150 |\n90 |\n680 |\n240 |\n900 |\n800 |\n900\n|\n一、医院 |\n40 |\n5200 |\n6100 |\n7300 |\n6100 |\n";

#[test]
fn a_header_of_three_levels_is_placed_where_the_technicians_add_up() {
    let got = rows(&format!(
        "某某市统计年鉴2024\n\n\n14-3 医疗卫生机构、床位和人员数\n{THREE_LEVELS_ONE_A_LINE}"
    ));
    // The 2024 yearbook holds 2023's figures.
    has_figures(
        &got,
        2023,
        &[
            ("beds_total", 8420.0),
            ("health_technicians", 10000.0),
            ("physicians", 3700.0),
            ("licensed_physicians", 3100.0),
            ("nurses", 4400.0),
            ("pharmacists", 520.0),
            ("health_supervisors", 90.0),
        ],
    );
    // The edition's year named first, before the place, all the same.
    let got_named_first = rows(&format!(
        "2024年某某市统计年鉴\n\n\n14-3 医疗卫生机构、床位和人员数\n{THREE_LEVELS_ONE_A_LINE}"
    ));
    has_figures(&got_named_first, 2023, &[("beds_total", 8420.0)]);
    // Authorised beds, the hospitals' row and the parts of 技师 and 其他 are not read.
    for v in [7300.0, 6100.0, 390.0, 240.0] {
        assert!(
            got.iter().all(|r| r.3.value() != Some(v)),
            "{v} in {got:#?}"
        );
    }
    // One figure less among the kinds (an empty cell lost): the sums fail, nothing is read.
    let shifted = THREE_LEVELS_ONE_A_LINE.replace("520 |\n", "");
    let got = rows_or_none(&format!("某某市统计年鉴2024\n\n\n{shifted}"));
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q != "beds_total")),
        "{got:#?}"
    );
}

#[test]
fn a_yearbook_table_with_no_year_anywhere_asks_for_one() {
    assert_eq!(
        import(THREE_LEVELS_ONE_A_LINE, &Catalog::builtin()).err(),
        Some(super::super::ImportError::Undated)
    );
}

#[test]
fn a_yearbooks_edition_is_the_year_after_its_figures() {
    use crate::head::yearbook_edition as e;
    assert_eq!(e("某某统计年鉴2023"), Some(2023));
    assert_eq!(e("《某某统计年鉴—2021》 16-2"), Some(2021));
    assert_eq!(e("2019统计年鉴 表5"), Some(2019));
    assert_eq!(e("某某年鉴(2024)"), Some(2024));
    assert_eq!(e("2023年某某市统计年鉴"), Some(2023));
    assert_eq!(e("《2022年某某卫生健康统计年鉴》"), Some(2022));
    assert_eq!(e("2022年医疗卫生机构情况(某某年鉴)"), None);
    assert_eq!(e("医疗卫生机构、床位和人员数(2022年)"), None);
    assert_eq!(e("统计年鉴 表20231"), None);
}

#[test]
fn the_years_again_head_another_measure_and_are_read_past() {
    // Counts for two years, then each kind's share of the total for the same two years.
    let got = rows(
        "某某市卫生机构各类人员数\n单位:人、%\n人员分类\n2022 2023 2022 2023\n卫生技术人员 41250 43120 81.2 80.9\n注册护士 18230 19410 35.9 36.4\n",
    );
    has_figures(
        &got,
        2022,
        &[("health_technicians", 41250.0), ("nurses", 18230.0)],
    );
    has_figures(
        &got,
        2023,
        &[("health_technicians", 43120.0), ("nurses", 19410.0)],
    );
    assert!(
        got.iter().all(|r| r.3.value().is_some_and(|v| v > 1000.0)),
        "{got:#?}"
    );
}

#[test]
fn marked_parts_listed_after_their_wholes_go_where_every_row_allows() {
    // A province's table of cities, its header of two levels flattened, the year on a line
    // of its own under the caption.
    let table = "17-2 各市卫生事业基本情况\n(2021年)\n地 区 | 卫生机构数(个) |\n床位数(张) |\n卫生技术人员(人) |\n#医 院 | #妇幼保健站数 |\n#医 院 | #医 生 | #注册护士 |\n全省总计 | 12000 | 800 | 120 | 150000 | 110000 | 210000 | 90000 | 70000 |\n甲市 | 1500 | 90 | 12 | 20000 | 15000 | 26000 | 11000 | 9000 |\n乙市 | 900 | 60 | 9 | 11000 | 8000 | 15000 | 6000 | 5200 |\n";
    let got = rows(table);
    has_figures(
        &got,
        2021,
        &[
            ("beds_total", 150000.0),
            ("health_technicians", 210000.0),
            ("physicians", 90000.0),
            ("nurses", 70000.0),
        ],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
    // A row that no layout fits (a city's nurses above its technicians): nothing is read.
    let broken = table.replace("| 9000 |\n乙市", "| 99000 |\n乙市");
    assert!(rows_or_none(&broken).is_empty());
}

#[test]
fn the_total_of_a_table_of_health_staff_is_the_health_workers() {
    let got = rows(
        "18-20 医疗卫生机构工作人员\n单位:人\n项    目 Item 2022 2023\n合  计 Total 61230 63410\n卫生技术人员 Medical Technical Personnel 50120 52300\n",
    );
    has_figures(
        &got,
        2022,
        &[("health_workers", 61230.0), ("health_technicians", 50120.0)],
    );
    has_figures(
        &got,
        2023,
        &[("health_workers", 63410.0), ("health_technicians", 52300.0)],
    );
    // A table of technicians: its total is theirs, not every worker's.
    let got =
        rows_or_none("卫生技术人员数\n项目 2022 2023\n合计 50120 52300\n注册护士 21000 22100\n");
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == "health_workers")),
        "{got:#?}"
    );
}

#[test]
fn a_header_wrapped_over_two_lines_one_cell_a_line_is_joined_column_by_column() {
    let got = rows(
        "17-3\n卫生机构、床位、人员数 |\n|\n|\nNumber of Health Institutions |\n|\n(2022年) |\n类 别 |\n床位数(张) |\n机构数 |\n编制 |\n实有 |\n人员总数 |\n卫生技 |\n其他技 |\n管理人员 |\n工勤人员 |\n(个) |\n床位 |\n床位 |\n(人) |\n术人员 |\n术人员 |\n总计 |\n1310 |\n17200 |\n19350 |\n28400 |\n24100 |\n1200 |\n1300 |\n1800 |\n医院合计 |\n210 |\n16800 |\n18900 |\n24600 |\n21000 |\n1100 |\n1000 |\n1500 |\n",
    );
    has_figures(
        &got,
        2022,
        &[
            ("beds_total", 19350.0),
            ("health_technicians", 24100.0),
            // The table number on a line of its own, the caption under it: 人员总数 is the
            // 卫生人员 of a table of health institutions' staff.
            ("health_workers", 28400.0),
        ],
    );
    // Authorised beds and the hospitals' row are not read.
    assert!(
        got.iter()
            .all(|r| r.3.value() != Some(17200.0) && r.3.value() != Some(18900.0)),
        "{got:#?}"
    );
}

/// The second reading's cases: each new rule where it must not fire.
#[test]
fn the_sessions_table_rules_keep_to_their_tables() {
    // A table of staff, then one of beds in the same block: the beds' 合计 is no 卫生人员.
    let got = rows_or_none(
        "表1 全市卫生人员情况\n项目 2022年 2023年\n卫生技术人员 9500 10000\n表2 全市医疗卫生机构床位数\n项目 2022年 2023年\n合计 8000 8400\n",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == "health_workers")),
        "{got:#?}"
    );
    // The staff of a part (基层) are not the region's.
    let got = rows_or_none("基层医疗卫生机构人员情况\n项目 2022年 2023年\n合计 21000 21500\n");
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == "health_workers")),
        "{got:#?}"
    );
    // Years named twice over bases that come after them are two bases, not a measure again.
    let p = import(
        "指标\t2020年\t2020年\t2025年\t2025年\n\t户籍\t常住\t户籍\t常住\n每千人口医疗卫生机构床位数(张)\t7.1\t6.8\t8.5\t8.2\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert!(
        p.rows.iter().any(|r| r.role == Role::Target
            && r.year == 2025
            && r.value() == Some(8.2)
            && r.basis == Some(super::super::Basis::Resident)),
        "{:#?}",
        p.rows
    );
    // A life expectancy the same two years running stays in both years.
    let got = rows(
        "指标 | 2021年 | 2022年 | 2023年\n人均预期寿命(岁) | 80.2 | 80.5 | 80.5\n2022年全市人均预期寿命80.5岁。\n",
    );
    has_figures(&got, 2023, &[("life_expectancy", 80.5)]);
    has_figures(&got, 2022, &[("life_expectancy", 80.5)]);
    // A yearbook named in a sentence is no edition of the table.
    assert_eq!(
        crate::head::yearbook_edition("据《某省统计年鉴》,2022年"),
        None
    );
    // A sentence above the table is no caption: its year does not date the table.
    assert_eq!(
        import(
            &format!("2019年以来,全市卫生事业稳步发展,各项指标持续向好。\n|\n|\n14-3\n{THREE_LEVELS_ONE_A_LINE}"),
            &Catalog::builtin()
        )
        .err(),
        Some(super::super::ImportError::Undated)
    );
    // …nor is one a sentence above the table names: the table stays undated.
    assert_eq!(
        import(
            &format!(
                "对照《中国卫生健康统计年鉴2023》全国水平,我市情况如下:\n{THREE_LEVELS_ONE_A_LINE}"
            ),
            &Catalog::builtin()
        )
        .err(),
        Some(super::super::ImportError::Undated)
    );
}

/// A second reading's cases for captions: each must keep to its own table.
#[test]
fn a_caption_is_the_tables_own_lines() {
    // The note under the table above is no caption of this one: its year does not date it.
    let got = rows(
        "某某市2023年卫生健康事业发展统计公报\n表1 居民健康主要指标\n指标 | 2023年 | 2022年\n人均预期寿命(岁) | 80.6 | 80.3\n注:2022年起孕产妇死亡率按常住人口口径统计\n\n\n\n\n表2 医疗卫生机构、床位和人员数(2023年)\n机构类别 | 机构数(个) | 床位数(张) | 卫生技术人员(人) | 注册护士(人)\n总计 | 2710 | 21400 | 30200 | 13800\n医院 | 92 | 15800 | 21500 | 9700\n",
    );
    has_figures(&got, 2023, &[("beds_total", 21400.0), ("nurses", 13800.0)]);
    assert!(
        got.iter().all(|r| r.1 == "life_expectancy" || r.2 == 2023),
        "{got:#?}"
    );
    // A table's number on a line of its own under the document's title, then its caption.
    let got = rows(
        "某某市2023年卫生健康事业发展统计公报\n\n表1\n医疗卫生机构、床位和人员数\n机构类别 | 机构数(个) | 床位数(张) | 卫生技术人员(人) | 注册护士(人)\n总计 | 2710 | 21400 | 30200 | 13800\n医院 | 92 | 15800 | 21500 | 9700\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 21400.0), ("health_technicians", 30200.0)],
    );
    // A breakdown whose columns name too little to place: its total and its parts are no
    // label with a figure and a goal.
    let got = rows_or_none(
        "某某市2023年卫生健康事业发展统计公报\n\n机构类别 | 机构数(个) | 床位数(张)\n总计 | 2710 | 21400\n医院 | 92 | 15800\n",
    );
    assert!(got.iter().all(|r| r.role != Role::Target), "{got:#?}");
}

#[test]
fn the_yearbook_the_title_names_dates_a_table_far_below_it() {
    // The title apart from the table (a page's empty lines between): its edition still holds.
    let got = rows(&format!(
        "某某市统计年鉴 2024\n\n\n\n\n{THREE_LEVELS_ONE_A_LINE}"
    ));
    has_figures(&got, 2023, &[("beds_total", 8420.0), ("nurses", 4400.0)]);
}

#[test]
fn a_breakdown_one_cell_a_line_with_whole_names_english_and_units() {
    let want = [
        ("beds_total", 301234.0),
        ("health_technicians", 402345.0),
        ("physicians", 156789.0),
        ("nurses", 178901.0),
    ];
    // "卫生机构数" / "床位数": a name ending in 数 is whole, never the start of the next.
    let plain = "21-5 各市卫生机构、床位及人员情况(2023年)\n地  区\n卫生机构数\n床位数\n卫生技术人员\n#执业(助理)医师\n#注册护士\n全  省\n12345\n301234\n402345\n156789\n178901\n甲  市\n2345\n60123\n80234\n31234\n35678\n";
    has_figures(&rows(plain), 2023, &want);
    // An English line under each Chinese name joins none of them.
    let english = plain
        .replace("卫生机构数\n", "卫生机构数\nHealth Institutions\n")
        .replace("床位数\n", "床位数\nBeds\n")
        .replace(
            "卫生技术人员\n",
            "卫生技术人员\nHealth Technical Personnel\n",
        );
    let got = rows(&english);
    has_figures(&got, 2023, &want);
    assert_eq!(got.len(), 4, "{got:#?}");
    // Units on lines of their own, under a caption after its table number (表5-2 …).
    let units = "表5-2 2022年各县(市、区)医疗卫生机构、床位、人员数\n地区\n机构数\n(个)\n床位数\n(张)\n卫生人员\n(人)\n卫生技术人员\n(人)\n执业(助理)医师\n(人)\n注册护士\n(人)\n合计\n3456\n28765\n41234\n33210\n12890\n14560\nA县\n1200\n9876\n13210\n10987\n4321\n4876\n";
    has_figures(
        &rows(units),
        2022,
        &[
            ("beds_total", 28765.0),
            ("health_workers", 41234.0),
            ("health_technicians", 33210.0),
            ("physicians", 12890.0),
            ("nurses", 14560.0),
        ],
    );
}

#[test]
fn two_levels_flattened_upper_first_one_cell_a_line() {
    // 床位数 over 小计 | #医院, 卫生技术人员 over 小计 | #执业(助理)医师 | #注册护士.
    let text = "表3 各区卫生资源(2024年)\n区域\n床位数\n卫生技术人员\n小计\n#医院\n小计\n#执业(助理)医师\n#注册护士\n全市\n30125\n24321\n37890\n14230\n16780\n甲区\n12000\n10000\n15000\n6000\n7000\n";
    let got = rows(text);
    has_figures(
        &got,
        2024,
        &[
            ("beds_total", 30125.0),
            ("health_technicians", 37890.0),
            ("physicians", 14230.0),
            ("nurses", 16780.0),
        ],
    );
    // The hospitals' beds (24321) are a part.
    assert_eq!(got.len(), 4, "{got:#?}");
    // 合计 for 小计: the header's 合计 is followed by a name, the total row's by figures.
    assert_eq!(rows(&text.replace("小计", "合计")), got);
}

#[test]
fn a_bound_is_a_goal_and_a_cell_may_name_its_own_year() {
    // A plan of April 2025: "≥79.2" under 2025年 is a goal, not a figure reached; 78.2 under
    // 2022年 says it is 2021's. Columns of agencies after the figures, one cell a line, one of
    // them longer than a sentence's clause.
    let text = "某县人民政府办公室\n2025年4月25日\n某县人均预期寿命提升行动计划主要目标责任清单\n序号 |\n指标名称 |\n单位 |\n2022年 |\n2025年 |\n2027年 |\n牵头单位 |\n责任单位 |\n1 |\n人均预期寿命 |\n岁 |\n78.2(2021年) |\n≥79.2 |\n≥80 |\n县卫健局 |\n县文旅广体局、县烟草局、市生态环境局某县分局、县农业农村局、县住建局、县城管局、县市场监管局、县发改局、县医保局、县民政局、县教育局、县应急局、县交警大队等单位,各乡镇人民政府 |\n2 |\n孕产妇死亡率 |\n/10万 |\n8.5 |\n≤9 |\n≤8.8 |\n县卫健局 |\n县妇计中心,各乡镇人民政府 |\n3 |\n婴儿死亡率 |\n‰ |\n3.64 |\n持续改善 |\n持续改善 |\n县卫健局 |\n县妇计中心,各乡镇人民政府 |\n";
    let got = rows(text);
    for want in [
        (Role::Figure, "life_expectancy", 2021, Cmp::AtLeast(78.2)),
        (Role::Target, "life_expectancy", 2025, Cmp::AtLeast(79.2)),
        (Role::Target, "life_expectancy", 2027, Cmp::AtLeast(80.0)),
        (Role::Figure, "maternal_mortality", 2022, Cmp::AtLeast(8.5)),
        (Role::Target, "maternal_mortality", 2025, Cmp::AtMost(9.0)),
        (Role::Figure, "infant_mortality", 2022, Cmp::AtLeast(3.64)),
    ] {
        assert!(
            got.iter()
                .any(|r| (r.0, r.1.as_str(), r.2, r.3) == (want.0, want.1, want.2, want.3)),
            "{want:?} in {got:#?}"
        );
    }
    assert!(
        got.iter().all(|r| r.0 == Role::Target || r.2 <= 2022),
        "no bound is a figure: {got:#?}"
    );
}

#[test]
fn a_two_line_header_flattened_with_its_empty_cells_and_a_series_from_before_2000() {
    // Two header lines of eight cells, one cell a line, the empty ones kept as "|": each
    // column's name is its two cells read down. Rows from 1999 are found by their years; only
    // those from 2000 on are read.
    let header = "年 份 |\n机 构 数 |\n|\n人员总数 |\n#卫生技术 |\n|\n|\n床位数 |\n|\n(个) |\n# 医院 |\n(人) |\n人 员 |\n# 医生(士) |\n# 护 士 |\n(张) |\n";
    let rows_text = "1999 |\n300 |\n20 |\n28349 |\n23022 |\n10292 |\n7192 |\n17483 |\n2000 |\n310 |\n21 |\n27636 |\n22664 |\n10331 |\n9641 |\n17253 |\n2001 |\n320 |\n22 |\n26682 |\n21907 |\n10226 |\n9171 |\n16915 |\n";
    let text = format!("15-51\n卫生机构、人员数(1999-2001) |\n{header}{rows_text}");
    let got = rows(&text);
    has_figures(
        &got,
        2000,
        &[
            ("health_technicians", 22664.0),
            ("physicians", 10331.0),
            ("nurses", 9641.0),
            ("beds_total", 17253.0),
        ],
    );
    has_figures(&got, 2001, &[("beds_total", 16915.0)]);
    assert!(got.iter().all(|r| r.2 >= 2000), "{got:#?}");
    // One header cell short: the header's lines no longer fill whole rows, and its names one
    // after another are not the columns' (床位数 would take the technicians'): nothing is read.
    let short = text.replacen("# 护 士 |\n", "", 1);
    let got = rows_or_none(&short);
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn the_staff_total_is_known_by_its_first_marked_part() {
    // Rows: "职工人数" over "# 卫生技术人员" is the 卫生人员 (old yearbooks' name for it).
    let got = rows(
        "t1 Item 2008 2009\n床位() Beds(unit) 81407 87321\n职工人数() Persons Engaged in Health Institution(person) 131879 139488\n# 卫生技术人员 Medical Technical Personnel 110042 117197\n管理人员 Managerical Personnel 6714 7284\n",
    );
    has_figures(
        &got,
        2009,
        &[
            ("health_workers", 139488.0),
            ("health_technicians", 117197.0),
        ],
    );
    // Without the marked part under it, 职工人数 is no one's: nothing is guessed.
    let got = rows(
        "t1 Item 2008 2009\n床位() Beds(unit) 81407 87321\n职工人数() Persons Engaged(person) 131879 139488\n管理人员 Managerical Personnel 6714 7284\n",
    );
    assert!(got.iter().all(|r| r.1 != "health_workers"), "{got:#?}");
    // Columns: "人员总数" right before "#卫生技术人员".
    let got = rows(
        "年份\t机构数(个)\t人员总数(人)\t#卫生技术人员\t床位数(张)\n2020\t300\t27636\t22664\t17253\n2021\t310\t26682\t21907\t16915\n",
    );
    has_figures(
        &got,
        2021,
        &[("health_workers", 26682.0), ("health_technicians", 21907.0)],
    );
}

/// A second reading of the seventh session's table rules: inputs a helper wrote in the style of
/// plans, bulletins and yearbooks, where they first misfired.
#[test]
fn the_seventh_sessions_table_rules_keep_to_their_cases() {
    // A bound in a bulletin's table is no goal.
    let got = rows(
        "2024年某县国民经济和社会发展统计公报\n2025年3月20日\n表5 卫生健康主要指标\n指标 | 单位 | 2023年 | 2024年\n人均预期寿命 | 岁 | 79.1 | 79.3\n适龄儿童免疫规划疫苗接种率 | % | >95 | >95\n每千人口床位数 | 张 | 6.1 | 6.3\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    has_figures(
        &got,
        2024,
        &[("life_expectancy", 79.3), ("beds_per_1000", 6.3)],
    );
    // A bound under a 十五五 plan's base column (2025年, in a plan of December 2025) is neither.
    let got = rows(
        "某市“十五五”卫生健康事业发展规划\n2025年12月28日\n表1 “十五五”卫生健康发展主要指标\n领域 | 指标 | 单位 | 2025年 | 2030年 | 指标性质\n健康水平 | 孕产妇死亡率 | /10万 | <10 | <9 | 预期性\n医疗服务 | 每千人口医疗卫生机构床位数 | 张 | 6.8 | 7.5 | 预期性\n",
    );
    assert!(
        got.iter().all(|r| r.2 == 2030 || r.3 == Cmp::AtLeast(6.8)),
        "{got:#?}"
    );
    // A cell's own year is that cell's, not every cell of the same value in its row.
    let got = rows(
        "某县卫生健康事业发展规划中期评估报告\n2023年6月\n主要指标完成情况\n指标 | 单位 | 2020年 | 2022年 | 2025年目标\n人均预期寿命 | 岁 | 78.2 | 78.2(2021年) | 79\n",
    );
    has_figures(&got, 2020, &[("life_expectancy", 78.2)]);
    has_figures(&got, 2021, &[("life_expectancy", 78.2)]);
    // A goal's sentence in a cell of a task table is still read.
    let got = rows(
        "某市卫生健康事业发展规划\n2022年3月\n重点任务分工表\n序号 |\n任务内容 |\n牵头单位 |\n1 |\n到2025年,全市每千人口医疗卫生机构床位数达到6.8张,每千人口执业(助理)医师数达到3.2人 |\n市卫健委 |\n",
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.1 == "beds_per_1000" && r.2 == 2025),
        "{got:#?}"
    );
    // A trailing empty column, header and rows alike, is no gap in the header.
    let got = rows(
        "某市统计年鉴2024\n21-2 卫生机构、床位及人员\n年份 |\n卫生机构数(个) |\n床位数(张) |\n卫生技术人员(人) |\n|\n2021 |\n1210 |\n18900 |\n24102 |\n|\n2022 |\n1215 |\n19543 |\n25011 |\n|\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_total", 19543.0), ("health_technicians", 25011.0)],
    );
    // A table of one kind of institution gives none of the region's figures.
    let got = rows_or_none(
        "某市统计年鉴2024\n21-8 乡镇卫生院基本情况\nItem 2022 2023\n机构数(个) Institutions 45 45\n床位数(张) Beds 2100 2180\n职工人数(人) Staff 3200 3310\n# 卫生技术人员 Health Technical Personnel 2700 2790\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_header_copied_with_single_spaces_is_split_where_it_fits_the_figures_below() {
    // A year a row.
    let got = rows(
        "主要年份卫生事业情况\n年份 卫生机构数(个) 床位数(张) 卫生技术人员(人) 执业(助理)医师(人) 注册护士(人)\n2015 2120 23400 28800 10900 11800\n2020 2210 26120 32050 12310 14020\n",
    );
    has_figures(
        &got,
        2020,
        &[
            ("beds_total", 26120.0),
            ("health_technicians", 32050.0),
            ("physicians", 12310.0),
            ("nurses", 14020.0),
        ],
    );
    has_figures(&got, 2015, &[("beds_total", 23400.0)]);
    // A region a row, the whole first.
    let got = rows(
        "各县(市、区)卫生机构、床位及人员情况(2022年)\n地区 卫生机构数(个) 床位数(张) 卫生技术人员(人)\n全市 2315 28650 35120\n甲县 412 3560 4120\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_total", 28650.0), ("health_technicians", 35120.0)],
    );
    // Names that do not fit the figures below (a spaced name) are not split into columns.
    let got = rows_or_none(
        "卫生机构、床位和人员\n年份 床 位 数(张) 卫生技术人员(人)\n2020 26120 32050\n",
    );
    assert!(
        got.iter().all(|r| r.value() != Some(32050.0)
            || r.year != 2020
            || matches!(&r.subject, Subject::Quantity(q) if q == "health_technicians")),
        "{got:#?}"
    );
}

#[test]
fn a_region_tables_row_label_head_is_no_column() {
    // Its total row, 合计, under a head the reader may not know (区县, 名称): the figures keep
    // their columns.
    for head in ["区县", "名称", "县(市、区)"] {
        let got = rows(&format!(
            "各区县卫生资源情况(2024年)\n{head} | 医疗卫生机构(个) | 床位(张) | 卫生技术人员(人) | 每千人口床位(张)\n合计 | 2315 | 28650 | 35120 | 6.43\nA区 | 856 | 16230 | 21050 | 9.1\nB县 | 412 | 3560 | 4120 | 4.2\n"
        ));
        has_figures(
            &got,
            2024,
            &[
                ("beds_total", 28650.0),
                ("health_technicians", 35120.0),
                ("beds_per_1000", 6.43),
            ],
        );
        assert_eq!(got.len(), 3, "{head}: {got:#?}");
    }
}

#[test]
fn a_density_no_place_can_have_is_never_proposed() {
    // A per-1,000 figure over 100 is a count read under a density's name.
    let got = rows_or_none(
        "主要指标\n指标 | 2020年 | 2025年\n每千人口执业(助理)医师数(人) | 3736 | 3.2\n每千人口床位数(张) | 6.1 | 7.0\n",
    );
    assert!(
        got.iter().all(|r| r.value().is_none_or(|v| v < 100.0)),
        "{got:#?}"
    );
    assert!(got.iter().any(|r| r.value() == Some(6.1)), "{got:#?}");
}

#[test]
fn a_single_spaced_header_over_a_line_of_units_or_of_english() {
    // A line of units under the names (none scales its counts): the names stand over the
    // figures.
    let got = rows(
        "某市统计年鉴2021\n18-3 主要年份卫生事业基本情况\n年份 卫生机构数 床位数 卫生技术人员 执业(助理)医师 注册护士\n  (个) (张) (人) (人) (人)\n2010 1200 20000 30000 11000 12000\n2020 1350 27456 38567 14345 16567\n",
    );
    has_figures(
        &got,
        2020,
        &[
            ("beds_total", 27456.0),
            ("health_technicians", 38567.0),
            ("physicians", 14345.0),
            ("nurses", 16567.0),
        ],
    );
    has_figures(&got, 2010, &[("beds_total", 20000.0)]);
    // Units that scale (万张, 万人) are kept, one a column.
    let got = rows(
        "某省统计年鉴2021\n18-3 主要年份卫生事业基本情况\n年份 卫生机构数 床位数 卫生技术人员 执业(助理)医师\n(个) (万张) (万人) (万人)\n2010 1200 2.0 3.0 1.1\n2020 1350 2.7 3.9 1.4\n",
    );
    has_figures(
        &got,
        2020,
        &[
            ("beds_total", 27000.0),
            ("health_technicians", 39000.0),
            ("physicians", 14000.0),
        ],
    );
    // A spaced "年 份" and an English line between the names and the figures.
    let got = rows(
        "18-3 主要年份卫生事业基本情况\n年 份 卫生机构数 床位数 卫生技术人员 #执业(助理)医师 #注册护士\nYear Institutions Beds Technicians Doctors Nurses\n2016 1234 23456 34567 12345 14567\n2020 1350 27456 38567 14345 16567\n",
    );
    has_figures(&got, 2016, &[("beds_total", 23456.0), ("nurses", 14567.0)]);
    // A region table: its whole's row under the names, past the units.
    let got = rows(
        "某市统计年鉴2021\n表14-5 各区县卫生机构、床位及人员(2020年)\n地区 机构数 床位数 卫生技术人员 执业(助理)医师 注册护士\n (个) (张) (人) (人) (人)\n全 市 2310 28650 36520 14210 16320\n城关区 310 8650 10520 4210 5320\n东山县 520 4650 6520 2210 2320\n",
    );
    has_figures(&got, 2020, &[("beds_total", 28650.0), ("nurses", 16320.0)]);
    assert!(got.iter().all(|r| r.3.value() != Some(8650.0)), "{got:#?}");
}

#[test]
fn a_column_of_changes_against_a_named_year_is_read_past() {
    let got = rows(
        "某市统计年鉴2021\n18-1 卫生事业基本情况\n指标\t2019年\t2020年\t2020年比2019年增长(%)\n卫生机构(个)\t1250\t1300\t4.0\n床位(张)\t25456\t27456\t7.9\n卫生技术人员(人)\t36567\t38567\t5.5\n",
    );
    has_figures(
        &got,
        2020,
        &[("beds_total", 27456.0), ("health_technicians", 38567.0)],
    );
    has_figures(&got, 2019, &[("beds_total", 25456.0)]);
    assert!(got.iter().all(|r| r.3.value() != Some(7.9)), "{got:#?}");
}

#[test]
fn a_caption_between_two_tables_starts_the_second() {
    let got = rows(
        "某区2025年卫生健康统计\n医疗机构业务量(2025年)\n年份 | 诊疗总人次 (万人次) | 出院人数 (万人次) |\n2025年 | 645.63 | 8.42 |\n医疗机构病床使用情况(2025年)\n年份 | 实际床位数 (张) | 病床周转次数 (次) | 病床使用率 (%) |\n2025年 | 4274 | 20.15 | 69.76 |\n",
    );
    has_figures(&got, 2025, &[("beds_total", 4274.0)]);
    // How often a bed turns over is no count of beds.
    assert!(got.iter().all(|r| r.3.value() != Some(20.15)), "{got:#?}");
}

#[test]
fn the_ninth_sessions_table_probes_keep_their_figures_right() {
    // A table of one kind of institution: its 合计 is that kind's, not the region's.
    for caption in [
        "基层医疗卫生机构情况(2020年)",
        "专业公共卫生机构床位及人员(2020年)",
        "中医类医疗卫生机构情况(2020年)",
    ] {
        let text = format!(
            "某市统计年鉴2021\n{caption}\n机构类别\t机构数(个)\t床位数(张)\t卫生技术人员(人)\t执业(助理)医师(人)\n合计\t2352\t5890\t5420\t2780\n乡镇卫生院\t62\t4180\t3010\t1180\n"
        );
        assert!(
            rows_or_none(&text)
                .iter()
                .all(|r| !matches!(&r.subject, Subject::Quantity(_))),
            "{caption}"
        );
    }
    // A bulletin's table copied with single spaces, a unit column and a change column.
    let got = rows(
        "某县2020年国民经济和社会发展统计公报\n表6 2020年卫生事业主要指标\n指标 单位 绝对数 比上年增长(%)\n医疗卫生机构 个 412 0.5\n床位数 张 2050 6.8\n卫生技术人员 人 1705 5.9\n",
    );
    has_figures(
        &got,
        2020,
        &[("beds_total", 2050.0), ("health_technicians", 1705.0)],
    );
    assert!(got.iter().all(|r| r.3.value() != Some(6.8)), "{got:#?}");
    // A row of changes under the years is no year's.
    let got = rows(
        "某市统计年鉴2021\n主要年份卫生事业发展情况\n年份\t床位数(张)\t卫生技术人员(人)\n2019\t29120\t24310\n2020\t30215\t25106\n2020年比2019年增长(%)\t3.8\t3.3\n",
    );
    has_figures(&got, 2020, &[("beds_total", 30215.0)]);
    assert!(got.iter().all(|r| r.3.value() != Some(3.8)), "{got:#?}");
    // A yearbook's two columns five years apart are both reached.
    let got = rows(
        "某省统计年鉴2021\n卫生人力资源\n指标\t单位\t2015\t2020\n卫生技术人员\t万人\t30.52\t40.12\n",
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    has_figures(&got, 2020, &[("health_technicians", 401200.0)]);
    // A plan of a period aims at its years, undated as the page is.
    let got = rows(
        "某市卫生健康事业发展“十四五”规划\n表1 主要健康指标\n指标\t单位\t2020年\t2025年\t2035年\n人均预期寿命\t岁\t78.62\t79.5\t81\n孕产妇死亡率\t/10万\t9.8\t≤9.5\t≤8\n",
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.1 == "life_expectancy" && r.2 == 2025),
        "{got:#?}"
    );
    assert!(
        got.iter().any(|r| r.0 == Role::Target
            && r.1 == "maternal_mortality"
            && r.2 == 2025
            && r.3 == Cmp::AtMost(9.5)),
        "{got:#?}"
    );
    // A yearbook's spaced names: 执 业(助 理)医 师 are the physicians with their assistants.
    let got = rows(
        "某县统计年鉴2021\n主 要 年 份 卫 生 事 业 情 况\n年 份\t床 位 数(张)\t执 业(助 理)医 师(人)\n2019\t1920\t640\n2020\t1990\t672\n",
    );
    has_figures(&got, 2020, &[("physicians", 672.0)]);
    assert!(got.iter().all(|r| r.1 != "licensed_physicians"), "{got:#?}");
    // A line of units one a kind: 万张 for the beds, 万人 for the staff.
    let got = rows(
        "某省统计年鉴2021\n22-3 卫生机构、床位及人员(2020年)\n单位:个、万张、万人\n机构类别\t机构数\t床位数\t卫生技术人员\t执业(助理)医师\n总计\t36215\t32.48\t40.12\t15.36\n医院\t1120\t24.61\t28.02\t9.81\n",
    );
    has_figures(
        &got,
        2020,
        &[
            ("beds_total", 324800.0),
            ("health_technicians", 401200.0),
            ("physicians", 153600.0),
        ],
    );
    let got = rows(
        "某省统计年鉴2021\n22-1 主要年份卫生资源\n单位:个、万张、万人\n年份\t机构数\t床位数\t卫生技术人员\n2019\t36000\t31.2\t38.5\n2020\t36215\t32.48\t40.12\n",
    );
    has_figures(&got, 2020, &[("beds_total", 324800.0)]);
    // A box's number is no figure.
    let got = rows_or_none(
        "某市卫生健康事业发展“十四五”规划\n专栏1 “十三五”规划主要指标完成情况\n指标\t单位\t2020年目标\t2020年完成\n人均预期寿命\t岁\t78\t78.62\n",
    );
    assert!(
        got.iter().all(
            |r| !matches!(&r.subject, Subject::Tracked { label, .. } if label.contains("专栏"))
        ),
        "{got:#?}"
    );
}

#[test]
fn a_units_line_in_wide_columns_and_a_nature_column_before_the_values() {
    let got = rows(
        "某市统计年鉴2021\n            卫生机构、床位及人员数(2020年)\n  机构类别                 机构数      床位数     卫生人员    卫生技术人员\n                            (个)        (张)        (人)          (人)\n  总    计                  2496       30215       32480         25106\n  医    院                    86       22870       21250         17960\n",
    );
    has_figures(
        &got,
        2020,
        &[
            ("beds_total", 30215.0),
            ("health_workers", 32480.0),
            ("health_technicians", 25106.0),
        ],
    );
    let got = rows(
        "某市卫生健康事业发展“十四五”规划\n表1 主要指标\n指标\t属性\t单位\t2020年\t2025年\n人均预期寿命\t预期性\t岁\t78.62\t79.5\n每千人口注册护士数\t约束性\t人\t2.20\t3.0\n",
    );
    has_figures(&got, 2020, &[("life_expectancy", 78.62)]);
    assert!(
        got.iter().any(|r| r.0 == Role::Target
            && r.1 == "nurses_per_1000"
            && r.2 == 2025
            && r.3.value() == Some(3.0)),
        "{got:#?}"
    );
}

#[test]
fn the_ninth_sessions_third_reading_keeps_the_table_rules_to_their_cases() {
    // A plan's mid-term review reports its years gone by; only its goal column aims.
    let got = rows(
        "某市“十三五”卫生与健康规划中期评估报告\n表1 主要发展指标\n指标\t2015年\t2018年\t2020年\t属性\n每千人口医疗卫生机构床位数(张)\t5.12\t5.86\t6.0\t预期性\n",
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Figure && r.2 == 2018 && r.3.value() == Some(5.86)),
        "{got:#?}"
    );
    // 公立, 政府办: a kind of institution; what a caption includes names none.
    for caption in [
        "公立医疗卫生机构情况(2021年)",
        "政府办医疗卫生机构情况(2021年)",
    ] {
        let text = format!(
            "某市统计年鉴2022\n{caption}\n机构类别\t机构数(个)\t床位数(张)\t卫生技术人员(人)\n合计\t320\t19860\t18240\n医院\t40\t15000\t14000\n"
        );
        assert!(
            rows_or_none(&text)
                .iter()
                .all(|r| !matches!(&r.subject, Subject::Quantity(_))),
            "{caption}"
        );
    }
    let got = rows(
        "某县统计年鉴2021\n医疗卫生机构情况(含村卫生室等基层医疗机构)(2020年)\n机构类别\t机构数(个)\t床位数(张)\t卫生技术人员(人)\n合计\t420\t2860\t2410\n医院\t12\t2100\t1800\n",
    );
    has_figures(&got, 2020, &[("beds_total", 2860.0)]);
    // One unit for all the counts, or units of other kinds beside it.
    let got = rows(
        "某省统计年鉴2021\n21-6 主要年份卫生人员\n单位:万人\n年份\t卫生人员\t卫生技术人员\n2019\t41.25\t31.25\n2020\t43.06\t33.06\n",
    );
    has_figures(&got, 2020, &[("health_technicians", 330600.0)]);
    let got = rows(
        "某省统计年鉴2021\n21-8 卫生服务和人员\n单位:万人次、万人\n年份\t诊疗人次\t出院人数\t卫生技术人员\n2019\t28650\t1020\t31.25\n2020\t25410\t910\t33.06\n",
    );
    has_figures(&got, 2020, &[("health_technicians", 330600.0)]);
    // Units in 万 of no count's kind: the count is not read rather than read unscaled.
    let got = rows_or_none(
        "某省统计年鉴2021\n21-9 卫生服务\n单位:万人次\n年份\t诊疗人次\t卫生技术人员\n2019\t28650\t31.25\n2020\t25410\t33.06\n",
    );
    assert!(got.iter().all(|r| r.cmp.value() != Some(33.06)), "{got:#?}");
}

#[test]
fn an_undated_plans_table_with_a_nature_column_aims_past_its_base() {
    let got = rows(
        "某市卫生健康事业发展规划\n表1 主要发展指标\n指标\t2020年\t2025年\t2030年\t属性\n每千人口医疗卫生机构床位数(张)\t6.08\t6.9\t7.3\t预期性\n",
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Figure && r.2 == 2020 && r.3.value() == Some(6.08)),
        "{got:#?}"
    );
    for year in [2025, 2030] {
        assert!(
            got.iter().any(|r| r.0 == Role::Target && r.2 == year),
            "{year}: {got:#?}"
        );
    }
    // A 十四五 plan's 2019 and 2020 columns are both its base.
    let got = rows(
        "某市卫生健康事业发展“十四五”规划\n表1 主要指标\n指标 | 单位 | 2019年 | 2020年 | 2025年 | 属性\n人均预期寿命 | 岁 | 78.36 | 78.62 | 79.5 | 预期性\n",
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Figure && r.2 == 2020 && r.3.value() == Some(78.62)),
        "{got:#?}"
    );
}

/// A news item's numbered paragraphs: the number alone on its line is no value of the heading
/// above it; a one-cell table's last value before its note still is.
#[test]
fn a_paragraphs_number_is_no_value_of_the_heading_above() {
    let text = "甲县“十四五”卫生健康成绩单\n\n数字里的“强基础”\n\n1\n\n612家医疗卫生机构遍布全县,其中3家是二甲医院。\n\n2\n\n11个医疗建设项目已竣工投用。\n";
    let got = rows(text);
    assert!(
        !got.iter().any(|r| r.1.contains("强基础")),
        "a heading with a paragraph's number: {got:#?}"
    );
    let table =
        "乙县2023年卫生资源\n\n指标\n\n2023年\n\n执业(助理)医师(人)\n\n612\n\n注:含乡村医生。\n";
    let got = rows(table);
    assert!(
        got.iter()
            .any(|r| r.1 == "physicians" && r.3.value() == Some(612.0)),
        "a table's value before its note: {got:#?}"
    );
}

/// A line of the region's name (or the year) in brackets under the caption is the caption's:
/// the header's names stay over their own columns. The caption in English under the Chinese
/// one does not end the table either.
#[test]
fn a_bracketed_line_under_the_caption_is_the_captions() {
    let text = "表 9-2 2021年各街道医疗卫生资源\n(青山新区)\n街道        常住人口(万人)   床位(张)   执业(助理)医师(人)   注册护士(人)   每千人口床位(张)\n全区        52.10            3,210      1,604                1,822          6.16\n东湖街道    20.40            1,500      702                  830            7.35\n西山镇      31.70            1,710      902                  992            5.39\n";
    let got = rows(text);
    has_figures(
        &got,
        2021,
        &[
            ("beds_total", 3210.0),
            ("physicians", 1604.0),
            ("nurses", 1822.0),
            ("beds_per_1000", 6.16),
        ],
    );
    assert!(
        !got.iter()
            .any(|r| r.3.value() == Some(52.1) || r.3.value() == Some(32_100_000.0)),
        "{got:#?}"
    );
    let text = "8-3 卫生机构、床位和人员(2022年)\nHealth Institutions, Beds and Personnel (2022)\n(河西市)\n单位名称\t机构数(个)\t床位数(张)\t卫生技术人员(人)\t#执业(助理)医师\t#注册护士\n总计\t1203\t15402\t19876\t7120\t8933\n医院\t61\t12010\t14220\t5012\t6840\n基层医疗卫生机构\t1120\t3012\t5010\t1920\t1870\n";
    has_figures(
        &rows(text),
        2022,
        &[
            ("beds_total", 15402.0),
            ("health_technicians", 19876.0),
            ("physicians", 7120.0),
            ("nurses", 8933.0),
        ],
    );
}

/// One year over one column, in a text that aims at no year (no 到…年, no plan's period, no
/// 属性): a yearbook's page of what the year reached, not goals.
#[test]
fn one_year_column_without_aims_is_what_was_reached() {
    let text = "6-1\n医疗卫生机构、床位、人员数\nNumber of Health Care Institutions, Beds and Personnel\n某某区 2023\n指标\t单位\t数值\nIndicator\tUnit\tValue\n床位数\t张\t1,974\nBeds\n卫生技术人员\t人\t2,862\nHealth Technical Personnel\n注册护士\t人\t1,155\nRegistered Nurses\n";
    let got = rows(text);
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    has_figures(&got, 2023, &[("beds_total", 1974.0), ("nurses", 1155.0)]);
}

/// A header of years across with no name over the labels ("            2019年    2018年") is
/// no row of a year: the rows under it are labels with a figure a year.
#[test]
fn years_across_with_an_empty_first_cell() {
    let text = "某市2019年卫生健康事业发展统计公报\n表3  全市卫生人员数\n                        2019年    2018年\n卫生人员(人)           42317     40628\n  卫生技术人员           31985     30213\n    注册护士             14106     13024\n注:卫生人员含返聘人员。\n";
    let got = rows(text);
    has_figures(
        &got,
        2019,
        &[("health_technicians", 31985.0), ("nurses", 14106.0)],
    );
    has_figures(
        &got,
        2018,
        &[("health_technicians", 30213.0), ("nurses", 13024.0)],
    );
}

/// A caption naming one count ("…卫生技术人员构成", "…医疗卫生机构床位数") names what the
/// 合计 column or the 总计 row counts; a caption naming a kind of institution's, or several
/// counts, names no total.
#[test]
fn the_captions_one_count_names_the_total() {
    let text = "表 10-3  2018年某县卫生技术人员构成\n单位:人\n类别              合计      执业医师    执业助理医师    注册护士    其他\n全县              2,115     602         214             818         481\n县级医疗机构      1,406     424         62              668         252\n乡镇卫生院          709     178         152             150         229\n";
    has_figures(
        &rows(text),
        2018,
        &[("health_technicians", 2115.0), ("nurses", 818.0)],
    );
    let text = "表4-5 某市医疗卫生机构床位数\n单位:张\n机构类别                     2022年        2023年\n总计                         17,305        18,764\n  医院                       12,655        13,940\n  基层医疗卫生机构           3,890         4,030\n";
    let got = rows(text);
    has_figures(&got, 2023, &[("beds_total", 18764.0)]);
    assert!(
        !got.iter()
            .any(|r| r.3.value() == Some(13940.0) && r.1 == "beds_total"),
        "{got:#?}"
    );
    for caption in [
        "某市乡镇卫生院床位数",
        "某市医院床位数",
        "某市卫生机构、床位和人员",
    ] {
        let text = format!(
            "表4-6 {caption}\n单位:张\n机构类别                     2021年        2022年\n合计                         2,418        2,505\n  中心卫生院                 1,870        1,955\n"
        );
        assert!(
            !rows_or_none(&text)
                .iter()
                .any(|r| matches!(&r.subject, Subject::Quantity(q) if q == "beds_total")),
            "{caption}"
        );
    }
}

/// A total row at the bottom (全县 under its towns): the header ends where the first row of
/// figures starts, and only the total is the region's.
#[test]
fn a_total_row_at_the_bottom() {
    let text = "各乡镇医疗卫生资源分布(2020年)\n乡镇        床位(张)     执业(助理)医师(人)    每千人口床位(张)\n城关镇      512          268                   7.94\n塔前镇      86           41                    3.08\n全县        1,110        532                   4.12\n注:床位含县级医院。\n";
    let got = rows(text);
    has_figures(
        &got,
        2020,
        &[
            ("beds_total", 1110.0),
            ("physicians", 532.0),
            ("beds_per_1000", 4.12),
        ],
    );
    assert!(!got.iter().any(|r| r.3.value() == Some(512.0)), "{got:#?}");
}

/// "每千人口执业(助理)医师(人)3.24      3.35": a label whose unit bracket runs into the row's
/// first value is two cells.
#[test]
fn a_label_glued_to_its_first_value() {
    let text = "表 9-1  某市医疗卫生资源主要指标\n\n指标                         2022      2023\n床位数(张)                  42,310    43,985\n每千人口执业(助理)医师(人)3.62      3.75\n每千人口注册护士(人)        4.33      4.52\n";
    let got = rows(text);
    has_figures(
        &got,
        2022,
        &[("physicians_per_1000", 3.62), ("nurses_per_1000", 4.33)],
    );
    has_figures(
        &got,
        2023,
        &[("physicians_per_1000", 3.75), ("beds_total", 43985.0)],
    );
}

/// In a yearbook's row of a year, a count such as 2035 is a figure, not a year.
#[test]
fn a_count_like_a_year_in_a_years_row() {
    let text = "某县卫生事业发展情况(2016—2017年)\n\n年份      卫生机构数    床位数    卫生技术人员    注册护士\n          (个)          (张)      (人)            (人)\n2016      312           1846      2035            743\n2017      315           1902      2118            791\n";
    let got = rows(text);
    has_figures(
        &got,
        2016,
        &[("health_technicians", 2035.0), ("nurses", 743.0)],
    );
}

/// A caption and its English line, a blank line above the header: still the table's caption
/// (its year).
#[test]
fn a_caption_above_a_blank_line() {
    let text = "各县(市、区)卫生资源情况(2021年)\nHealth Resources by County (City, District) (2021)\n\n地区          床位数   卫生技术人员   注册护士\n              (张)     (人)           (人)\n全  市        20548    29876          13204\n甲  县        5120     7012           3011\n";
    has_figures(
        &rows(text),
        2021,
        &[
            ("beds_total", 20548.0),
            ("health_technicians", 29876.0),
            ("nurses", 13204.0),
        ],
    );
}

/// "2015年 | 2020年 | 2025年" over "实际 | 实际 | 目标": the first two are figures.
#[test]
fn actual_and_goal_under_the_years() {
    let text = "“十四五”时期某市卫生健康主要发展指标\n\n领域\t主要指标\t单位\t2015年\t2020年\t2025年\t指标\n\t\t\t实际\t实际\t目标\t性质\n健康\t人均预期寿命\t岁\t76.2\t77.95\t78.8\t预期性\n";
    let got = rows(text);
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Figure && r.1 == "life_expectancy" && r.2 == 2015),
        "{got:#?}"
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.1 == "life_expectancy" && r.2 == 2025),
        "{got:#?}"
    );
}

/// The fourth reading's layouts: a CSV export with quoted thousands; a yearbook's series of
/// one kind of institution (医院床位及人员); counts with their thousands set apart by a space
/// in a table's cell; a count beside its density (总量 | 每千人口), no base and goal; a
/// two-level header of 年末数 | 比上年增减 pairs.
#[test]
fn the_tenth_sessions_fourth_reading_layouts() {
    let csv = "表 4-2 2016—2017年某市卫生资源,,,,\n年份,床位数(张),卫生技术人员(人),执业(助理)医师(人),注册护士(人)\n2016,\"7,905\",\"9,230\",\"3,012\",\"3,205\"\n2017,\"8,312\",\"9,860\",\"3,230\",\"3,580\"\n";
    let got = rows(csv);
    has_figures(&got, 2016, &[("beds_total", 7905.0), ("nurses", 3205.0)]);
    assert_eq!(got.len(), 8, "{got:#?}");
    let hospitals = "表 6-9  医院床位及人员(2018—2019年)\n年份     医院数(个)   床位数(张)   卫生技术人员(人)\n2018     56           12305       14210\n2019     58           12980       14902\n";
    assert!(rows_or_none(hospitals).is_empty());
    let spaced = "2023年某市卫生健康事业发展统计资料\n\n表一  卫生资源总量\n指标                    单位      2023年\n实有床位                张        22 806\n注册护士                人        8 904\n";
    has_figures(
        &rows(spaced),
        2023,
        &[("beds_total", 22806.0), ("nurses", 8904.0)],
    );
    let beside = "表3  2022年某县每千人口卫生资源情况\n项目                      总量        每千人口\n医疗卫生机构床位(张)      2 136       6.00\n注册护士(人)              1 125       3.16\n\n下一步,力争到2025年每千人口注册护士达到3.80人。\n";
    let got = rows(beside);
    assert!(
        !got.iter().any(|r| r.1 == "beds_total" || r.1 == "nurses"),
        "{got:#?}"
    );
    let pairs = "表 5-2  2020年某区卫生机构、床位、人员\n                      机构数(个)          床位数(张)           卫生技术人员(人)\n机构类别          年末数    比上年增减    年末数   比上年增减    年末数   比上年增减\n总  计            318       5             4620    210           6105    286\n医  院            28        2             3810    180           4702    230\n";
    let got = rows(pairs);
    has_figures(
        &got,
        2020,
        &[("beds_total", 4620.0), ("health_technicians", 6105.0)],
    );
    assert!(!got.iter().any(|r| r.3.value() == Some(5.0)), "{got:#?}");
}

/// The fourth reading's tables: densities under count names are never counts (3.12 beds);
/// a marked part named like its whole gives no second whole.
#[test]
fn the_tenth_sessions_fifth_reading_tables() {
    let per_1000 = "表 8-1 每千人口卫生资源(2008—2009年)\n年份      床位    卫生技术人员    注册护士\n2008      3.12    3.64            1.10\n2009      3.30    3.82            1.21\n";
    assert!(
        !rows_or_none(per_1000)
            .iter()
            .any(|r| matches!(&r.subject, Subject::Quantity(_))),
        "a density read as a count"
    );
    let gps = "表 7-3 全科医生情况\n年份    全科医生数(人)   #注册为全科医学专业(人)   每万人口全科医生数(人)\n2018    286              158                       2.35\n2019    322              190                       2.62\n";
    let got = rows(gps);
    let gps_2018: Vec<f64> = got
        .iter()
        .filter(|r| r.1 == "gps" && r.2 == 2018)
        .filter_map(|r| r.3.value())
        .collect();
    assert_eq!(gps_2018, vec![286.0], "{got:#?}");
}

/// "2020年 | 2025年 | 2030年 | 2035年" in an undated table without 属性: the base and its
/// horizons' goals, not a yearbook's series.
#[test]
fn an_undated_table_out_to_its_horizons() {
    let text = "某新区健康2035主要指标\n指标 | 2020年 | 2025年 | 2030年 | 2035年\n人均预期寿命(岁) | 81.2 | 81.8 | 82.5 | 83\n";
    let got = rows(text);
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Figure && r.1 == "life_expectancy" && r.2 == 2020),
        "{got:#?}"
    );
    for year in [2025, 2030, 2035] {
        assert!(
            got.iter()
                .any(|r| r.0 == Role::Target && r.1 == "life_expectancy" && r.2 == year),
            "{year} {got:#?}"
        );
    }
}

/// A goal cell in words (由市人民政府根据实际情况确定) holds its column: the figure before it is
/// not slid into the goal's year.
#[test]
fn a_goal_in_words_holds_its_column() {
    let text = "某市“十五五”卫生健康规划主要指标\n领域\t序号\t指标\t单位\t2025年\t2030年\t属性\n资源配置\t5\t每千人口医疗卫生机构床位数\t张\t7.35\t由市人民政府根据实际情况确定*\t预期性\n";
    let got = rows(text);
    assert!(!got.iter().any(|r| r.2 == 2030), "{got:#?}");
}

#[test]
fn a_mid_term_reviews_table_reads_its_monitored_year_and_passes_other_places_columns() {
    let head =
        "序号\t指标\t单位\t2020年基期值\t2022年监测值\t2025年目标值\t徐州市2022年\t进展情况\n";
    let body = "1\t人均预期寿命\t岁\t78.7\t79.3\t79.8\t80.2\t符合进度\n2\t孕产妇死亡率\t/10万\t8.95\t6.71\t≤10\t5.12\t已完成\n3\t每千人口医疗卫生机构床位数\t张\t6.12\t6.95\t7.0\t7.46\t符合进度\n";
    let got = rows(&format!("某某市卫生健康规划中期评估报告\n{head}{body}"));
    has_figures(
        &got,
        2020,
        &[("life_expectancy", 78.7), ("beds_per_1000", 6.12)],
    );
    has_figures(
        &got,
        2022,
        &[("life_expectancy", 79.3), ("maternal_mortality", 6.71)],
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.1 == "beds_per_1000" && r.2 == 2025)
    );
    // The other city's column, and the rows' serials, are no figures.
    for v in [80.2, 5.12, 7.46, 2.0, 3.0] {
        assert!(got.iter().all(|r| r.3.value() != Some(v)), "{v}: {got:#?}");
    }
    // The region's own column beside others' is its own.
    let got = rows(
        "某某市卫生健康“十四五”规划\n指标\t某某市2020年\t安徽省2020年\t全国2020年\t某某市2025年目标\n每千人口医疗卫生机构床位数（张）\t5.63\t6.35\t6.46\t6.9\n",
    );
    has_figures(&got, 2020, &[("beds_per_1000", 5.63)]);
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.2 == 2025 && r.3.value() == Some(6.9))
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    // A tabbed table whose header cannot be placed gives no figure, not its cells as sentences.
    let text = "某某市卫生健康规划中期评估报告\n序号\t指标\t单位\t甲值\t乙值\t进展情况\n2\t孕产妇死亡率\t/10万\t8.95\t6.71\t已完成\n3\t每千人口医疗卫生机构床位数\t张\t6.12\t6.95\t符合进度\n";
    assert!(rows_or_none(text).is_empty());
}

#[test]
fn a_registered_population_row_beside_the_resident_one_is_set_aside() {
    let got = rows(
        "某某县统计资料简编2022\n指标        单位       2020年       2021年       2022年\n年末常住人口        万人       94.38       93.85       93.20\n年末户籍人口        万人       111.52       110.96       110.21\n医疗卫生机构床位数        张       5120       5302       5468\n",
    );
    let population: Vec<f64> = got
        .iter()
        .filter(|r| r.1 == "population")
        .filter_map(|r| r.3.value())
        .collect();
    assert!(population.iter().all(|v| *v < 1_000_000.0), "{got:#?}");
    has_figures(&got, 2022, &[("beds_total", 5468.0)]);
}

#[test]
fn a_numbered_caption_starts_the_next_table_with_its_own_header() {
    let got = rows(
        "2022年某某省卫生健康统计年鉴（摘要）\n表1  全省卫生资源总量（2020—2022年）\n指    标                       单位      2020年     2021年     2022年\n床位数                         万张      27.65      28.90      30.12\n每千人口床位数                 张         7.17       7.50       7.81\n\n表3  孕产妇及儿童死亡率（2022年）\n指    标                      合计       城市       农村\n孕产妇死亡率(1/10万)          15.62      10.40      18.85\n婴儿死亡率(‰)                  4.21       2.86       5.02\n",
    );
    has_figures(&got, 2022, &[("beds_per_1000", 7.81)]);
    // 合计 | 城市 | 农村 are not the years of table 1.
    for v in [10.40, 18.85, 2.86, 5.02] {
        assert!(got.iter().all(|r| r.3.value() != Some(v)), "{v}: {got:#?}");
    }
}

#[test]
fn in_a_report_two_values_under_no_header_are_not_a_base_and_a_goal() {
    for text in [
        "2022年某某区统计手册\n指标                    单位      某某区       某某市\n床位数                   张        24 860       170 612\n每千人口床位数           张        20.41        8.02\n",
        "2022年统计手册\n床位数                   张        1 206       1 150\n",
    ] {
        let got = rows_or_none(text);
        assert!(got.iter().all(|r| r.role != Role::Target), "{got:#?}");
        assert!(got.iter().all(|r| r.value() != Some(170_612.0)), "{got:#?}");
    }
}

#[test]
fn a_handbooks_title_year_is_no_column_of_its_tables() {
    for head in [
        "某某县统计资料简编 2023\n一、综合\n",
        "某某县统计资料简编\n2023\n某某县统计局 编\n\n一、综合\n",
        "某某县 2023\n表 1 主要指标\n",
    ] {
        let got = rows(&format!(
            "{head}主要指标                        单位        2022年       2023年\n卫生机构床位数                  张          6 906        7 218\n"
        ));
        has_figures(&got, 2022, &[("beds_total", 6906.0)]);
        has_figures(&got, 2023, &[("beds_total", 7218.0)]);
    }
}

#[test]
fn a_captions_year_dates_one_column_under_no_year() {
    // A later year on the page (a note's, a link's, a plan's title) is not the table's.
    for (head, tail) in [
        ("", "注：2024年起床位数口径调整为实有床位。\n"),
        ("", "下一篇：2024年1—3月某某区主要经济指标\n"),
        ("某某区2024年卫生健康工作要点\n", ""),
        ("某某区“十四五”卫生健康发展规划\n", ""),
    ] {
        let got = rows(&format!(
            "{head}表5 2023年某某区卫生资源\n床位数(张)     5 412\n每千人口床位数(张)   8.68\n{tail}"
        ));
        has_figures(
            &got,
            2023,
            &[("beds_total", 5412.0), ("beds_per_1000", 8.68)],
        );
        assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    }
}

#[test]
fn markdowns_bold_is_read_past() {
    let got = rows(
        "2023年某某市卫生资源\n| 地区 | 床位数(张) | 卫生技术人员(人) |\n|---|---|---|\n| **全市** | **12 850** | **15 612** |\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 12850.0), ("health_technicians", 15612.0)],
    );
}

#[test]
fn a_plans_review_table_reports_its_middle_years_and_keeps_the_goal() {
    for title in [
        "附表 某某市“十四五”卫生健康发展规划主要指标中期进展情况",
        "某某市“十四五”卫生健康事业发展规划中期评估报告",
    ] {
        let got = rows(&format!(
            "{title}\n\n指标\t单位\t2020年\t2023年\t2025年\n人均预期寿命\t岁\t78.5\t79.3\t79.6\n每千人口医疗卫生机构床位数\t张\t7.48\t8.21\t8.5\n"
        ));
        has_figures(
            &got,
            2023,
            &[("life_expectancy", 79.3), ("beds_per_1000", 8.21)],
        );
        assert!(
            got.iter()
                .any(|r| r.0 == Role::Target && r.2 == 2025 && r.3.value() == Some(8.5)),
            "{got:#?}"
        );
    }
}

#[test]
fn a_wholes_column_beside_its_parts_gives_the_regions_figures() {
    let cases = [
        "表 7-1  2023年某某县卫生资源（按城乡分）\n指    标                     合  计       县  城       乡  村\n床位数(张)                   3 560        2 410        1 150\n注册护士(人)                  1 822        1 364          458\n",
        "表 11-4  2023年某某市医疗卫生机构床位及人员（按经济类型分）\n指    标                   公  立       非公立        合  计\n床位数(张)                 2 410        1 150         3 560\n注册护士(人)               1 364          458         1 822\n",
        "表 16-5  2023年某某县卫生人员数（按性别分）\n单位：人\n指    标                      合  计        #女  性\n注册护士                      1 822         1 672\n",
    ];
    for text in cases {
        let got = rows(text);
        has_figures(&got, 2023, &[("nurses", 1822.0)]);
        assert!(got.iter().all(|r| r.3.value() != Some(1364.0)), "{got:#?}");
    }
    let got = rows(
        "表 9-4  2022—2023年某某县医疗卫生机构床位和人员\n                              2022年                        2023年\n指    标               合  计        #医  院         合  计        #医  院\n床位数(张)             2 846         1 920           2 968         2 010\n",
    );
    has_figures(&got, 2022, &[("beds_total", 2846.0)]);
    has_figures(&got, 2023, &[("beds_total", 2968.0)]);
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_years_header_names_its_kind_in_brackets() {
    let got = rows(
        "表 5  某某县卫生健康发展主要指标\n指    标      单位      2023年（现状）   2025年（规划）   2030年（远景）   指标属性\n每千人口医疗卫生机构床位数  张  6.56   7.2   7.8   预期性\n",
    );
    has_figures(&got, 2023, &[("beds_per_1000", 6.56)]);
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.2 == 2030 && r.3.value() == Some(7.8)),
        "{got:#?}"
    );
}

#[test]
fn counts_with_thousands_set_apart_by_single_spaces_are_joined_only_where_unambiguous() {
    let got = rows(
        "表 3-6 某某县主要卫生资源\n指标 2021年 2022年 2023年\n床位数(张) 1 905 2 016 2 148\n执业(助理)医师(人) 905 948 1 002\n",
    );
    has_figures(&got, 2021, &[("beds_total", 1905.0)]);
    has_figures(&got, 2023, &[("beds_total", 2148.0)]);
    // "905 948 1 002": which spaces part thousands cannot be told for every value.
    assert!(got.iter().all(|r| r.1 != "physicians"), "{got:#?}");
}

#[test]
fn a_table_of_mothers_and_childrens_health_is_the_regions() {
    let got = rows(
        "13-3 妇幼保健情况\n指标 2021 2022\n孕产妇死亡率(1/10万)\n12.35 9.86\n婴儿死亡率(‰)\n3.82 3.21\n",
    );
    has_figures(
        &got,
        2022,
        &[("maternal_mortality", 9.86), ("infant_mortality", 3.21)],
    );
    // A table of its institutions is a part.
    let got = rows_or_none("13-4 妇幼保健院情况\n指标 2021 2022\n床位数(张)\n412 436\n");
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_footnotes_mark_after_a_cell_is_read_past() {
    let got = rows(
        "表 7-6  某某县卫生资源（2019—2021年）\n年份    床位数(张)    注册护士(人)\n2019     3 268         1 566\n2020     3 512①       1 652\n2021     3 640         1 734\n注：①2020年起床位数含村卫生室观察床。\n",
    );
    has_figures(&got, 2020, &[("beds_total", 3512.0), ("nurses", 1652.0)]);
    let got = rows(
        "表 9-3  某某市卫生资源情况\n指标                      2019      2020①     2021\n床位数（张）②             15 420    16 130    16 894\n",
    );
    has_figures(&got, 2020, &[("beds_total", 16130.0)]);
}

#[test]
fn a_reviews_progress_and_verdict_columns_are_read_past() {
    let got = rows(
        "附表　某某市“十四五”卫生健康发展规划主要指标中期进展情况\n\n指标\t单位\t2020年基数\t2023年完成值\t2025年目标值\t时序进度\t评估结论\n人均预期寿命\t岁\t78.5\t79.3\t79.6\t72.7%\t达到序时进度\n孕产妇死亡率\t1/10万\t9.75\t6.21\t≤10\t—\t已提前完成\n",
    );
    has_figures(
        &got,
        2023,
        &[("life_expectancy", 79.3), ("maternal_mortality", 6.21)],
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.2 == 2025 && r.3 == Cmp::AtMost(10.0)),
        "{got:#?}"
    );
}

#[test]
fn categories_under_years_on_a_line_of_their_own_give_each_years_whole() {
    let got = rows(
        "表 10-3  妇幼卫生主要指标（某某县）\n指    标                          2022年                          2023年\n                           全县     城镇     农村          全县     城镇     农村\n婴儿死亡率(‰)               3.05    2.12      3.48          2.86    1.95      3.30\n",
    );
    has_figures(&got, 2022, &[("infant_mortality", 3.05)]);
    has_figures(&got, 2023, &[("infant_mortality", 2.86)]);
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn the_regions_own_columns_beside_the_provinces_and_the_nations() {
    let got = rows(
        "表2　某某市“十四五”卫生健康主要指标与全国、全省目标对比\n\n指标\t某某2020年\t某某2025年目标\t全省2025年目标\t全国2025年目标\n每千人口医疗卫生机构床位数（张）\t5.41\t6.5\t6\t7.4\n",
    );
    has_figures(&got, 2020, &[("beds_per_1000", 5.41)]);
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.2 == 2025 && r.3.value() == Some(6.5)),
        "{got:#?}"
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_plans_cumulative_change_column_in_tortoise_brackets_is_read_past() {
    let got = rows(
        "专栏1　某某市“十四五”时期经济社会发展主要指标\n类别\t指标\t2020年\t2025年\t年均增长〔累计〕\t属性\n民生福祉\t11.每千人口拥有执业（助理）医师数（人）\t2.21\t2.8\t〔0.59〕\t预期性\n",
    );
    has_figures(&got, 2020, &[("physicians_per_1000", 2.21)]);
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.2 == 2025 && r.3.value() == Some(2.8)),
        "{got:#?}"
    );
}

#[test]
fn a_data_portals_long_table_gives_a_figure_a_row() {
    let got = rows(
        "某某县医疗卫生资源年度统计数据\n序号\t指标名称\t统计年度\t计量单位\t数值\t备注\n3\t医疗卫生机构床位数\t2022\t张\t4106\t含村卫生室观察床\n4\t医疗卫生机构床位数\t2023\t张\t4312\t\n5\t其中：医院床位数\t2023\t张\t3258\t\n10\t每千人口医疗卫生机构床位数\t2023\t张\t8.12\t\n17\t养老机构床位数\t2023\t张\t2860\t数据来源：县民政局\n",
    );
    has_figures(&got, 2022, &[("beds_total", 4106.0)]);
    has_figures(
        &got,
        2023,
        &[("beds_total", 4312.0), ("beds_per_1000", 8.12)],
    );
    assert_eq!(got.len(), 3, "{got:#?}");
}

#[test]
fn a_units_line_under_a_caption_scales_each_count_by_its_kind() {
    let got = rows(
        "3-1  人口基本情况\n单位：万人\n指   标              2022      2023\n年末常住人口          8 374     8 368\n\n21-1  卫生资源主要指标\n单位：万人、万张\n指   标                       2022      2023\n卫生技术人员                  71.06     73.88\n医疗卫生机构床位数            67.80     69.92\n每千人口医疗卫生机构床位数(张) 8.10      8.36\n",
    );
    has_figures(
        &got,
        2023,
        &[
            ("health_technicians", 738_800.0),
            ("beds_total", 699_200.0),
            ("beds_per_1000", 8.36),
        ],
    );
    let p = import(
        "3-1  人口基本情况\n单位：万人\n指   标              2022      2023\n年末常住人口          8 374     8 368\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    assert_eq!(p.population.map(|(f, _)| f.value), Some(83_740_000.0));
}

#[test]
fn a_table_of_contents_pages_are_no_figures() {
    let got = rows_or_none(
        "某某统计年鉴—2023\n目  录\n14-1  卫生机构、床位和人员 ……………………………… 312\n14-2  各县(市、区)卫生机构、床位和人员 ……………… 313\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_marked_part_named_like_the_row_above_is_no_second_whole() {
    let got = rows(
        "表 8-2  2023年某某市全科医生情况\n指标    2023\n全科医生数    318\n#注册为全科医学专业的人数    196\n",
    );
    has_figures(&got, 2023, &[("gps", 318.0)]);
    assert!(got.iter().all(|r| r.3.value() != Some(196.0)), "{got:#?}");
}

#[test]
fn places_as_columns_give_the_regions_own_column_only() {
    // A city's yearbook: 全市 (padded to its column's width) beside its counties, then a
    // continuation page of counties only, whose first column is no 全市.
    let text = "某川统计年鉴—2024\n\n12-4  各县区卫生机构、床位和人员（2023年）\n指    标              全  市      东城区      北  县      南  县\n床位数(张)            12 480      5 120       3 010       2 040\n卫生技术人员(人)      15 630      6 905       3 402       2 511\n每千人口床位数(张)      7.15       12.10        5.62        5.48\n\n续表 12-4\n指    标              西  县      河口县      山阳县      石门县\n床位数(张)             1 020        640         380         270\n卫生技术人员(人)       1 330        790         402         290\n每千人口床位数(张)      5.31        5.02        4.87        4.66\n";
    let got = rows(text);
    has_figures(
        &got,
        2023,
        &[
            ("beds_total", 12_480.0),
            ("health_technicians", 15_630.0),
            ("beds_per_1000", 7.15),
        ],
    );
    assert_eq!(got.len(), 3, "{got:#?}");
}

#[test]
fn the_regions_name_among_its_comparisons_is_its_column() {
    let got = rows(
        "青阳县主要卫生资源指标与全省、全国比较（2022年）\n指       标                    青阳县      某某省      全国\n每千人口医疗卫生机构床位数(张)   5.84        7.02       6.92\n每千人口执业(助理)医师(人)       2.36        3.11       3.15\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_per_1000", 5.84), ("physicians_per_1000", 2.36)],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_county_beside_its_city_in_a_text_that_names_neither_gives_nothing() {
    // "泽川县 | 全市": the city's column is the comparison; whose the first is, the text
    // does not say.
    let got = rows_or_none(
        "表 9  2022年主要卫生指标比较\n指    标                        甲川县       全市\n每千人口床位数(张)              5.46         6.72\n",
    );
    assert!(got.iter().all(|r| r.cmp.value() != Some(6.72)), "{got:#?}");
}

#[test]
fn this_year_and_last_year_columns_take_the_captions_year_and_the_one_before() {
    let got = rows(
        "表 6  卫生事业基本情况（2019年）\n指    标            计量单位      本  年       上  年      增减(%)\n床位数              张            2 316        2 204        5.1\n每千人口床位数      张            4.12         3.95         4.3\n",
    );
    has_figures(
        &got,
        2019,
        &[("beds_total", 2_316.0), ("beds_per_1000", 4.12)],
    );
    has_figures(
        &got,
        2018,
        &[("beds_total", 2_204.0), ("beds_per_1000", 3.95)],
    );
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn a_numbered_captions_year_heads_no_column() {
    // "表6-3  2022年 按城乡分…" over 合计 | 城市 | 农村: the caption's year is the table's, not
    // a column's that would take the 合计 and leave 城市 to the caption.
    let got = rows(
        "表6-3  2022年 按城乡分每千人口卫生资源\n                                  合计        城市        农村\n每千人口医疗卫生机构床位(张)        6.84       9.12        4.95\n每千人口执业(助理)医师(人)          3.02       4.20        2.31\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_per_1000", 6.84), ("physicians_per_1000", 3.02)],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_breakdown_under_a_pages_heading_is_of_the_year_the_page_reports() {
    // Published in 2023, the heading names 2022: the table's year is 2022 (still marked
    // inferred), not the publication's.
    let got = rows(
        "某某自治区统计局\n2022年各地州市卫生资源情况表\n来源：自治区统计局  发布时间：2023-10-09\n\n地区|医疗卫生机构床位(张)|每千人口床位(张)|执业(助理)医师(人)\n全区|150 204|6.91|60 112\n甲市|30 810|9.75|12 502\n乙州|13 460|8.38|5 210\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_total", 150_204.0), ("beds_per_1000", 6.91)],
    );
    assert!(got.iter().all(|r| r.2 == 2022), "{got:#?}");
}

#[test]
fn a_grid_no_reader_places_gives_no_figure_and_says_why() {
    // Kinds of institution only, no total row: no reader places it, and prose must not read
    // its rows run together ("#公立医院 5 2 012 3 206 …" once gave 公立医院 beds of 3).
    let text = "14-2 医疗卫生机构、床位、人员(按机构类型分)(2022年)\n机构类型             机构数   床位数   卫生人员   卫生技术人员\n医院                    15     2 710     4 105       3 512\n  #公立医院              5     2 012     3 206       2 780\n基层医疗卫生机构       248       420     1 906       1 488\n其他机构                 3        —         56          30\n";
    let err = import(text, &Catalog::builtin()).expect_err("gives no figure");
    assert_eq!(err, super::super::ImportError::UnplacedTable);
}

#[test]
fn a_registered_residents_row_or_column_gives_way_to_the_resident_one() {
    // Rows: 每千户籍人口 beside 每千常住人口, the same year.
    let got = rows(
        "表 5  2022年某山县卫生资源\n指标                          2022\n每千户籍人口床位数(张)        10.36\n每千常住人口床位数(张)         6.77\n",
    );
    has_figures(&got, 2022, &[("beds_per_1000", 6.77)]);
    assert!(got.iter().all(|r| r.3.value() != Some(10.36)), "{got:#?}");
    // Columns: 年末户籍人口 before 年末常住人口, years as rows.
    let p = import(
        "表2-1  人口基本情况\n单位：万人\n年份        年末户籍人口      年末常住人口\n2021          400.92            374.11\n2022          399.86            374.55\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    let resident = [(3_741_100.0, 2021), (3_745_500.0, 2022)];
    let got = p.population.map(|(f, y)| (f.value, y));
    assert!(got.is_some_and(|g| resident.contains(&g)), "{got:?}");
}

#[test]
fn a_count_alone_on_its_line_keeps_its_thousands() {
    // One cell a line, the thousands set apart by a space: "19 604" is one count, not 19.
    let got = rows(
        "12-3\n医疗卫生机构、床位和人员（2021年）\n项目\n单位\n数量\n床位数\n张\n19 604\n卫生技术人员\n人\n23 115\n",
    );
    has_figures(
        &got,
        2021,
        &[("beds_total", 19_604.0), ("health_technicians", 23_115.0)],
    );
    assert!(got.iter().all(|r| r.3.value() != Some(19.0)), "{got:#?}");
}

#[test]
fn a_rankings_places_give_no_figure_and_its_ranks_no_value() {
    let text = "2022年度某省各设区市卫生健康主要指标排位\n\n一、每千人口医疗卫生机构床位数(张)\n  排名   地区      数值\n   1     甲市    8.72\n   2     乙市    8.45\n   3     丙市    8.30\n";
    let got = import(text, &Catalog::builtin()).map(|p| p.rows);
    assert!(got.is_err(), "{got:#?}");
}

#[test]
fn a_table_of_private_institutions_past_its_year_and_place_is_a_parts() {
    // "2023年某某区民营医疗机构情况": its staff rows are the private hospitals', no region's.
    let got = rows_or_none(
        "表 11-6  2023年某州湾区民营医疗机构情况\n指  标                      单位       2023年      2022年      增减(%)\n民营医院床位数               张        2 105       1 906        10.4\n民营医院卫生技术人员         人        2 318       2 106        10.1\n  #执业(助理)医师            人          812         742         9.4\n   注册护士                  人        1 026         915        12.1\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_label_wrapped_one_cell_a_line_is_read_whole() {
    let got = rows(
        "表3　“十四五”时期某阳市卫生健康发展主要指标\n指标\n单位\n2020年\n2025年\n属性\n每千人口医疗卫\n生机构床位数\n张\n7.26\n8.0\n预期性\n每千人口注册护\n士数\n人\n2.78\n3.5\n预期性\n",
    );
    has_figures(
        &got,
        2020,
        &[("beds_per_1000", 7.26), ("nurses_per_1000", 2.78)],
    );
    assert!(got.iter().all(|r| r.1 != "beds_total"), "{got:#?}");
}

#[test]
fn a_count_with_fractions_and_no_ten_thousands_is_no_count() {
    // "医疗机构床位数 | 张 | 7.26 | 8.0": a density whose base the row lost, not 8 beds.
    let got = rows_or_none(
        "表3 “十四五”时期主要指标\n指标 单位 2020年 2025年 属性\n医疗机构床位数 张 7.26 8.0 预期性\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_periods_yearly_change_column_is_read_past() {
    let got = rows(
        "19-1  卫生资源发展情况（2015—2023年）\n指  标                      单位      2015年      2022年      2023年     2016-2023年年均增长(%)\n医疗卫生机构床位            张       25 406      34 516      35 612             4.3\n每千人口床位                张         5.02        6.93        7.18             4.6\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 35_612.0), ("beds_per_1000", 7.18)],
    );
    has_figures(&got, 2015, &[("beds_total", 25_406.0)]);
    assert!(got.iter().all(|r| r.3.value() != Some(4.3)), "{got:#?}");
}

#[test]
fn a_breakdown_with_one_catalog_column_reads_it_where_the_header_fits() {
    let got = rows(
        "14-4 各县(市、区)医疗卫生机构和床位数(2022年)\n                                                        单位：个、张\n地 区        机构数      #医院     #基层医疗卫生机构      床位数      #医院\n全 市        2 486         76          2 361             24 518     19 204\n东城区         312         22            283              7 906      7 118\n西湖区         274         14            255              4 215      3 702\n",
    );
    has_figures(&got, 2022, &[("beds_total", 24_518.0)]);
    assert_eq!(got.len(), 1, "{got:#?}");
}

#[test]
fn a_header_wrapped_onto_a_second_line_joins_each_end_to_its_column() {
    let got = rows(
        "表7-3  卫生人员数（2016—2022年）\n                                                        单位：人\n年份     卫生人员      卫生技术     执业医师    注册护士\n                       人员\n2021     18 611        15 230       5 086       6 018\n2022     19 402        16 015       5 342       6 440\n",
    );
    has_figures(
        &got,
        2022,
        &[
            ("health_workers", 19_402.0),
            ("health_technicians", 16_015.0),
            ("nurses", 6_440.0),
        ],
    );
}

#[test]
fn a_years_plan_and_what_it_brought_are_its_goal_and_its_figure() {
    let got = rows(
        "关于某安市2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n附表1　2023年主要指标计划完成情况及2024年计划安排\n指标\t单位\t2023年计划\t2023年完成\t2024年计划\n每千人口医疗卫生机构床位数\t张\t7.0\t7.16\t7.3\n人均预期寿命\t岁\t80\t80.2\t80.3\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_per_1000", 7.16), ("life_expectancy", 80.2)],
    );
    assert!(
        got.iter().any(|r| r.0 == Role::Target
            && r.1 == "beds_per_1000"
            && r.2 == 2024
            && r.3.value() == Some(7.3)),
        "{got:#?}"
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Figure && r.3.value() == Some(7.0)),
        "{got:#?}"
    );
}

#[test]
fn places_as_columns_after_a_units_column_or_before_a_share() {
    // "指标 | 单位 | 全市 | 钟山区 …", and a district's own name after its city's beside the
    // city, with a share column read past.
    let got = rows(
        "某盘水统计年鉴2023\n15-2 各县(市、特区、区)卫生资源(2022年)\n指  标               单位     全  市     甲山区    乙枝特区\n床位                  张      22 108     8 206      3 405\n每千人口床位          张        7.50     11.42       6.98\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_total", 22_108.0), ("beds_per_1000", 7.5)],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    let got = rows(
        "宁波市某曙区统计年鉴2023\n10-7  某曙区与宁波市卫生事业主要指标对比(2022年)\n指标名称                     单位      某曙区      宁波市      某曙区占全市比重(%)\n卫生技术人员                  人       17 204       92 815          18.5\n",
    );
    has_figures(&got, 2022, &[("health_technicians", 17_204.0)]);
    assert_eq!(got.len(), 1, "{got:#?}");
}

#[test]
fn a_notes_column_holds_no_figure_and_keeps_its_row() {
    let got = rows(
        "表2　主要指标\n序号\t指标名称\t单位\t2020年\t2025年\t备注\n1\t每千人口医疗卫生机构床位数\t张\t5.78\t6.5\t含村卫生室床位\n2\t每千人口注册护士数\t人\t2.35\t3.1\t\n",
    );
    has_figures(
        &got,
        2020,
        &[("beds_per_1000", 5.78), ("nurses_per_1000", 2.35)],
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.1 == "beds_per_1000" && r.2 == 2025),
        "{got:#?}"
    );
}

#[test]
fn a_second_header_line_of_units_and_ends_joins_each_to_its_column() {
    let got = rows(
        "20-1 主要年份卫生机构、床位和人员\n          卫生机构     床位数      卫生技术      注册护士\n          (个)         (万张)      人员(万人)    (万人)\n2020     35 446        41.86        45.51         20.10\n2022     36 715        44.08        49.56         22.34\n",
    );
    has_figures(
        &got,
        2022,
        &[
            ("beds_total", 440_800.0),
            ("health_technicians", 495_600.0),
            ("nurses", 223_400.0),
        ],
    );
}

#[test]
fn a_label_wrapped_over_a_row_of_figures_is_read_whole_but_not_a_label_after_another() {
    let got = rows(
        "表12—4   卫生事业基本情况(2021—2023年)\n指标                           2021年      2022年      2023年\n每千人口执业(助理)\n医师数(人)                      2.95        3.08        3.21\n每千人口注册\n护士数(人)                      3.10        3.26        3.45\n",
    );
    has_figures(
        &got,
        2023,
        &[("physicians_per_1000", 3.21), ("nurses_per_1000", 3.45)],
    );
    // "注册护士" (its figures left out) over "每千人口床位数(张) | 6.61": two labels.
    let got = rows(
        "表 20-1  某省卫生资源主要指标（2021年）\n指    标\n    注册护士\n每千人口床位数(张)    6.61\n",
    );
    assert!(got.iter().all(|r| r.1 != "nurses_per_1000"), "{got:#?}");
}

#[test]
fn ideographic_spaces_set_cells_apart_but_not_a_counts_thousands() {
    let got = rows(
        "１５－３　卫生机构、床位及人员（２０２２年）\n项　目　　　　　　　机构数（个）　床位数（张）　卫生技术人员（人）\n总　计　　　　　　　　１８６２　　　１５６３０　　　　１９４２８\n医院　　　　　　　　　　　８４　　　１１２０５　　　　１２３１０\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_total", 15_630.0), ("health_technicians", 19_428.0)],
    );
    let got = rows(
        "表５　卫生资源（２０２２年）\n指标　　　　　　　　　　　２０２１年　　　２０２２年\n医疗卫生机构床位数（张）　　２　４１５　　　２　５８０\n",
    );
    has_figures(&got, 2022, &[("beds_total", 2_580.0)]);
}

#[test]
fn a_captions_rate_over_a_whole_and_its_sexes_is_the_wholes_column() {
    let got = rows(
        "22-3 人口平均预期寿命\n单位：岁\n年份        合计       男        女\n2020       78.20     75.37     81.28\n2022       78.61     75.82     81.64\n",
    );
    has_figures(&got, 2022, &[("life_expectancy", 78.61)]);
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_two_column_breakdown_and_not_a_care_homes_table() {
    let got = rows(
        "22-1 卫生机构和床位数(2022年)\n                 机构数(个)   床位数(张)\n总计              56 210      530 612\n 医院              1 802      410 385\n",
    );
    has_figures(&got, 2022, &[("beds_total", 530_612.0)]);
    let got = rows_or_none(
        "22-9  社会服务机构和床位(2022年)\n项  目                       机构数(个)     床位数(张)\n合  计                          1 806          64 210\n养老机构                        1 102          48 120\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_count_after_a_labels_colon_keeps_its_thousands() {
    let got = rows("2015年某县卫生事业基本情况\n床位数（张）：1 842\n卫生技术人员（人）： 2 016\n");
    has_figures(
        &got,
        2015,
        &[("beds_total", 1_842.0), ("health_technicians", 2_016.0)],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_long_tables_place_column_keeps_the_regions_rows_only() {
    let got = rows(
        "某迁湾市统计数据查询\n地区,指标名称,时间,数值,计量单位\n某迁湾市,医疗卫生机构床位数,2022,35108,张\n甲城区,医疗卫生机构床位数,2022,10214,张\n乙阳县,医疗卫生机构床位数,2022,11206,张\n",
    );
    has_figures(&got, 2022, &[("beds_total", 35_108.0)]);
    assert_eq!(got.len(), 1, "{got:#?}");
}

#[test]
fn a_fifteenth_plans_expected_2025_column_is_a_figure_and_2030_the_goal() {
    // The header over three lines: "2025年" / "（预计）  2030年" / "目标".
    let got = rows(
        "某州市“十五五”卫生健康事业发展规划\n专栏1　“十五五”卫生健康发展主要指标\n序号\t指标名称\t单位\t2025年\n（预计）\t2030年\n目标\t指标\n属性\n1\t人均预期寿命\t岁\t79.3\t80.2\t预期性\n5\t每千人口医疗卫生机构床位数\t张\t7.7\t8.3\t预期性\n",
    );
    has_figures(
        &got,
        2025,
        &[("life_expectancy", 79.3), ("beds_per_1000", 7.7)],
    );
    assert!(
        got.iter().any(|r| r.0 == Role::Target
            && r.1 == "beds_per_1000"
            && r.2 == 2030
            && r.3.value() == Some(8.3)),
        "{got:#?}"
    );
    assert!(
        !got.iter().any(|r| r.0 == Role::Target && r.2 == 2025),
        "{got:#?}"
    );
}

/// A group's name on a line of its own ("床位数(张)", "孕产妇死亡率(1/10万)") over 合计 and its
/// parts: the 合计 row is the group's, even under a caption naming beds and staff; the nation's
/// row under the region's is read past; a caption naming 预期寿命 names its 合计 row.
#[test]
fn group_names_over_totals_and_the_nations_row() {
    let got = rows(
        "某某县统计年鉴2024\n表 12-3  医疗卫生机构床位及人员（按登记注册类型分）\n（某某县）\n指    标                       2021年        2022年        2023年\n床位数(张)\n  合计                          3 205         3 388         3 540\n  公立                          2 610         2 702         2 790\n  民营                            595           686           750\n卫生技术人员(人)\n  合计                          3 842         4 016         4 210\n  公立                          3 305         3 430         3 562\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 3540.0), ("health_technicians", 4210.0)],
    );
    assert!(!got.iter().any(|r| r.1 == "health_workers"), "{got:#?}");
    let got = rows(
        "某某市妇幼健康统计资料汇编\n10-6  孕产妇死亡率和婴儿死亡率\n（某某市）\n指    标                         2021       2022       2023\n孕产妇死亡率(1/10万)\n  合计                            9.93       8.47       8.12\n  城市                            6.98       5.63       5.40\n婴儿死亡率(‰)\n  合计                            4.01       3.66       3.40\n  农村                            5.00       4.62       4.31\n全国孕产妇死亡率(1/10万)         16.1       15.7       15.1\n",
    );
    has_figures(
        &got,
        2023,
        &[("maternal_mortality", 8.12), ("infant_mortality", 3.4)],
    );
    assert!(
        !got.iter()
            .any(|r| r.3.value() == Some(15.1) || r.3.value() == Some(5.4)),
        "{got:#?}"
    );
    let got = rows(
        "表 3-6  平均预期寿命\n（某某市）                                单位：岁\n项    目            2010年       2020年       2023年\n合    计             75.28        78.45        79.12\n  男                 73.06        76.20        76.85\n  女                 77.69        80.82        81.50\n",
    );
    has_figures(&got, 2023, &[("life_expectancy", 79.12)]);
    assert_eq!(got.len(), 3, "{got:#?}");
}

/// "6 604.0" between wide gaps: one cell, a decimal with its thousands set apart.
#[test]
fn a_decimals_thousands_in_a_cell() {
    let got = rows(
        "某南省统计年鉴2023\n20-4  各市州医疗卫生资源（2022年）\n地  区         年末常住人口     床位数      卫生技术人员     每千人口床位数\n全  省           6 604.0      547 880      570 118           8.30\n甲市         1 042.1      102 460      112 734           9.83\n乙市           386.4       31 020       30 418           8.03\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_total", 547880.0), ("beds_per_1000", 8.3)],
    );
}

/// "表 16-11  2023年某港市主要健康指标与全国比较" over "指标 | 某港市 | 全国": the caption's year is
/// no part of the region's name, so the region's own column is read and the nation's past.
#[test]
fn a_captions_year_before_the_regions_name() {
    let got = rows(
        "表 16-11  2023年某港市主要健康指标与全国比较\n指    标                              某港市        全  国\n人均预期寿命                            80.12          78.6\n每千人口医疗卫生机构床位数               5.48           7.23\n",
    );
    has_figures(
        &got,
        2023,
        &[("life_expectancy", 80.12), ("beds_per_1000", 5.48)],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

/// Notes' marks on a header's years ("2021①", "2023p" preliminary) and on a cell ("9 870*"):
/// the year, and the count.
#[test]
fn notes_marks_on_years_and_cells() {
    let got = rows(
        "某湾统计年鉴（2024）\n表 7-5  卫生资源主要指标（2019—2023年）\n（某湾市）\n指    标                          2021①      2022       2023p\n床位数(张)                           9 870*    10 352     10 918\n每千人口床位数(张)                    6.30       6.63       7.01\n* 含方舱医院临时床位120张。\n",
    );
    has_figures(
        &got,
        2021,
        &[("beds_total", 9870.0), ("beds_per_1000", 6.3)],
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 10918.0), ("beds_per_1000", 7.01)],
    );
}

/// "其中:执业(助理)医师(人):1 082": the count after the last colon, its thousands kept.
#[test]
fn a_count_after_the_last_of_two_colons() {
    let got = rows(
        "某某县2021年卫生健康主要指标\n卫生技术人员（人）：2 806\n其中：执业（助理）医师（人）：1 082\n注册护士（人）：1 164\n",
    );
    has_figures(&got, 2021, &[("physicians", 1082.0), ("nurses", 1164.0)]);
    assert!(!got.iter().any(|r| r.3.value() == Some(82.0)), "{got:#?}");
}

/// "7.6 | — | —" under "2025年基数 | 2030年目标 | 属性": the dashes hold the goal's and the
/// nature's columns, so 7.6 is the base year's figure, not a goal.
#[test]
fn dashes_hold_the_goal_and_nature_columns() {
    let got = rows(
        "某市“十五五”规划纲要\n表1　主要指标\n类别\t指标\t2025年基数\t2030年目标\t属性\n\t每千人口床位数（张）\t7.6\t—\t—\n\t人均预期寿命（岁）\t80.1\t81\t预期性\n",
    );
    has_figures(
        &got,
        2025,
        &[("beds_per_1000", 7.6), ("life_expectancy", 80.1)],
    );
    assert!(
        !got.iter()
            .any(|r| r.0 == Role::Target && r.3.value() == Some(7.6)),
        "{got:#?}"
    );
}

/// "5." / "62", one cell a line: a decimal broken at its point gives its column no figure (not
/// 62 beds per 1,000), and the row's other columns keep their places.
#[test]
fn a_decimal_broken_at_its_point_one_cell_a_line() {
    let got = rows(
        "某县“十四五”卫生健康规划\n主要指标\n指标\n单位\n2020年\n2025年\n属性\n每千常住人口医疗卫生机构床位数\n张\n5.\n62\n6.8\n预期性\n人均预期寿命\n岁\n78.3\n79.3\n预期性\n",
    );
    assert!(!got.iter().any(|r| r.3.value() == Some(62.0)), "{got:#?}");
    has_figures(&got, 2020, &[("life_expectancy", 78.3)]);
}

#[test]
fn blank_lines_between_a_headers_cells_are_spacing_not_empty_cells() {
    // One cell a line with a blank line between: the header's names in order, not read down
    // as a grid of two lines.
    let hdr = [
        "年份",
        "床位数",
        "医疗机构总数",
        "千人口床位数",
        "卫生从业人员总数",
        "执业医师",
        "注册护士",
        "全科医生",
        "千人口执业医师",
        "千人口注册护士数",
        "千人口全科医生数",
    ];
    let rows_ = [
        [
            "2011", "4.02", "1.03", "5.00", "1.02", "1.15", "1.05", "0.50", "0.99", "1.03", "0.50",
        ],
        [
            "2012", "4.52", "0.52", "5.50", "0.53", "0.61", "0.55", "0.50", "0.51", "0.54", "0.50",
        ],
    ];
    let mut text = hdr.join("\n\n");
    for r in rows_ {
        text.push_str("\n\n");
        text.push_str(&r.join("\n\n"));
    }
    text.push('\n');
    let got: Vec<_> = rows_or_none(&text)
        .into_iter()
        .map(|r| (r.subject, r.cmp.value()))
        .collect();
    for (subject, v) in &got {
        let ok = match subject {
            Subject::Indicator(i) if i == "beds_per_1000" => matches!(v, Some(5.0 | 5.5)),
            Subject::Indicator(i) if i == "licensed_physicians_per_1000" => {
                matches!(v, Some(0.99 | 0.51))
            }
            Subject::Indicator(i) if i == "nurses_per_1000" => matches!(v, Some(1.03 | 0.54)),
            _ => false,
        };
        assert!(ok, "{subject:?} {v:?} in {got:#?}");
    }
}

#[test]
fn a_pages_date_line_and_navigation_around_a_caption_leave_it_the_tables() {
    // The caption, then the page's date line, then the table one cell a line.
    let got = rows(
        "2013-2015年全市医疗机构实有床位\n日期:2018-03-30    文章来源:\n\n单位:张\n\n项目\n\n2013\n\n2014\n\n2015\n\n总计\n\n10403\n\n10978\n\n11155\n\n一、医院\n\n9655\n\n10285\n\n10464\n",
    );
    has_figures(&got, 2013, &[("beds_total", 10403.0)]);
    has_figures(&got, 2015, &[("beds_total", 11155.0)]);
    assert_eq!(got.len(), 3, "{got:#?}");
    // The page's navigation right above the caption is no caption of the table.
    let got = rows(
        "首页>>统计信息>>卫生统计简编>>2009年某市卫生工作统计资料简编>>全市卫生资源情况\n全市卫生机构、床位、人员数\n项目\n机构数(个)\n实有床位(张)\n卫技人员(人)\n总 计\n660\n9010\n16043\n 一、医院\n52\n8247\n11258\n",
    );
    has_figures(
        &got,
        2009,
        &[("beds_total", 9010.0), ("health_technicians", 16043.0)],
    );
}

#[test]
fn a_row_per_ten_thousand_is_rebased_to_the_catalogs_thousand() {
    let got = rows(
        "指标 | 2022年 | 2021年 |\n医疗卫生机构床位数(万张) | 6.84 | 6.62 |\n每万人医疗机构床位数(张) | 81.67 | 79.08 |\n城市每万人医疗机构床位数(张) | 89.46 | 87 |\n农村每万人医疗机构床位数(张) | 75.29 | 72.59 |\n",
    );
    has_figures(
        &got,
        2022,
        &[("beds_per_1000", 8.167), ("beds_total", 68_400.0)],
    );
    has_figures(&got, 2021, &[("beds_per_1000", 7.908)]);
    assert_eq!(got.len(), 4, "{got:#?}");
}

#[test]
fn a_caption_of_beds_authorised_names_no_count_of_beds() {
    let got = rows_or_none(
        "2012-2014年全市医疗机构编制床位\n单位:张\n项目\n2012\n2013\n2014\n总计\n10589\n11000\n11365\n一、医院\n9655\n10285\n10464\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_table_of_contents_gives_its_pages_as_nothing() {
    let got = rows_or_none(
        "某市卫生健康事业发展“十四五”规划\n目  录\n一、规划背景 1\n(一)发展现状与基础 1\n二、总体思路 6\n(三)总体目标 7\n三、主要任务 10\n(一)深入实施健康某市建设 10\n四、保障措施 41\n\n一、规划背景\n到2025年,全市每千人口医疗卫生机构床位数达到6.5张。\n",
    );
    assert_eq!(
        got.iter().filter_map(|r| r.cmp.value()).collect::<Vec<_>>(),
        [6.5],
        "{got:#?}"
    );
}

/// A yearbook's bilingual rows of rates per 10,000, the base one word of the English name
/// ("per 10000 Population"): rebased to the catalog's per 1,000.
#[test]
fn bilingual_rows_per_ten_thousand_are_rebased() {
    let got = rows(
        "18-26 卫生事业其他指标\nOther Indicators of Health Care\n项    目   Item   2020 2021\n人均卫生资源             Per Capita Health Resources\n 每万人口卫生机构床位数   (张)    Number of Hospital Beds per 10000 Population                    (unit)   54.24 56.62\n 每万人口注册护士数     (人)    Number of Registered Nurses per 10000 Population               (person)   44.01 46.79\n",
    );
    has_figures(
        &got,
        2020,
        &[("beds_per_1000", 5.424), ("nurses_per_1000", 4.401)],
    );
    has_figures(
        &got,
        2021,
        &[("beds_per_1000", 5.662), ("nurses_per_1000", 4.679)],
    );
}

/// A yearbook's columns of years before 2000 beside 2000: the columns keep their places and the
/// year the page can show is read.
#[test]
fn columns_of_years_before_2000_keep_the_later_columns_placed() {
    let got = rows(
        "| 15-14 各类卫生事业机构医疗床位数 | |||||\n| 单位:张 | |||||\n| 项 目 | 1985年 | 1990年 | 1995年 | 1999年 | 2000年 |\n| 总 计 | 58408 | 68073 | 73644 | 90091 | 90091 |\n| #医 院 | 52041 | 60664 | 65919 | 82259 | 82389 |\n",
    );
    has_figures(&got, 2000, &[("beds_total", 90091.0)]);
    assert_eq!(got.len(), 1, "{got:#?}");
}

/// One cell a line under a caption that lists what the table counts ("全市卫生机构、床位、人员数"),
/// with no table number: the caption is not taken for a column's name.
#[test]
fn a_caption_listing_what_the_table_counts_heads_one_cell_a_line() {
    let got = rows(
        "2009年某市卫生工作统计资料简编\n全市卫生机构、床位、人员数\n项目\n机构数(个)\n实有床位(张)\n卫技人员(人)\n总 计\n6603\n90100\n160435\n一、医院\n522\n82471\n112584\n",
    );
    has_figures(
        &got,
        2009,
        &[("beds_total", 90100.0), ("health_technicians", 160435.0)],
    );
}

/// A count alone on its line that reads like a date run together (201956, 2017613) is a cell,
/// not a date: only under an issuer's name is it one, and an issuer's row is no figure.
#[test]
fn counts_like_dates_in_cells_and_an_issuers_signature() {
    let got = rows(
        "2019年某市卫生工作统计资料简编\n全市卫生机构、床位、人员数\n项目\n机构数(个)\n实有床位(张)\n卫技人员(人)\n总 计\n6603\n201956\n2017613\n一、医院\n522\n82471\n112584\n",
    );
    has_figures(
        &got,
        2019,
        &[("beds_total", 201956.0), ("health_technicians", 2017613.0)],
    );
    let signed = rows_or_none(
        "某省人民政府办公厅关于印发某省医疗卫生服务体系规划的通知\n某省人民政府办公厅\n\n2017613   \n",
    );
    assert!(
        signed.iter().all(|r| r.cmp.value() != Some(2017613.0)),
        "{signed:#?}"
    );
}

/// A table of contents with no 目录 over it (five numbered headings or more, each with its page,
/// the pages going on) and a plan's period whose dash was lost (20212025) give nothing.
#[test]
fn a_contents_without_its_title_and_a_period_run_together_give_nothing() {
    let got = rows_or_none(
        "某市“十四五”医疗卫生服务体系规划\n\n20212025\n\n一、规划背景 4\n\n(一)发展现状 4\n\n(二)主要问题 8\n\n二、总体思路 13\n\n(一)指导思想 13\n\n(三)总体目标 16\n\n三、体系构成与功能定位 19\n\n一、规划背景\n到2025年,全市每千常住人口医疗卫生机构床位数达到6.5张。\n",
    );
    assert_eq!(
        got.iter().filter_map(|r| r.cmp.value()).collect::<Vec<_>>(),
        [6.5],
        "{got:#?}"
    );
}

/// A base the caption or a units line names for every row ("(每千人口)", "单位:每千人口",
/// "表18-3 每千人口卫生资源"): the rows are densities of it, by the years across (they had
/// been read as nothing). A caption naming one density's label gives no other row its base.
#[test]
fn a_tables_base_over_its_rows_makes_them_densities() {
    for caption in [
        "表18-3 卫生资源\n(每千人口)",
        "表18-3 卫生资源\n单位:每千人口",
        "表18-3 每千人口卫生资源",
    ] {
        let got = rows(&format!(
            "某市统计年鉴2021\n{caption}\n项目 2018 2019 2020\n执业(助理)医师 2.3 2.5 2.7\n注册护士 2.6 2.9 3.1\n床位 5.1 5.3 5.6\n"
        ));
        has_figures(
            &got,
            2020,
            &[
                ("physicians_per_1000", 2.7),
                ("nurses_per_1000", 3.1),
                ("beds_per_1000", 5.6),
            ],
        );
        assert_eq!(got.len(), 9, "{caption}: {got:#?}");
    }
    let got = rows_or_none(
        "某市统计年鉴2021\n表18-3 每千人口床位数\n项目 2018 2019 2020\n执业(助理)医师 2300 2500 2700\n",
    );
    assert!(
        got.iter()
            .all(|r| r.subject != Subject::Indicator("physicians_per_1000".into())),
        "{got:#?}"
    );
}

#[test]
fn a_bilingual_yearbooks_english_line_and_total_row_are_read_past() {
    // Columns by kind, an English line under the Chinese names, the total row named in both.
    for total in ["全  市 Total", "全市 Total", "合  计 Total"] {
        let got = rows(&format!(
            "表17-2 分县(市、区)卫生机构、床位和人员(2022年)\n地  区\t机构数(个)\t床位数(张)\t卫生技术人员(人)\t#执业(助理)医师\t注册护士\nRegion\tInstitutions\tBeds\tHealth Technicians\tDoctors\tNurses\n{total}\t2265\t25013\t29120\t10533\t12630\n甲  县\t512\t4511\t4810\t1712\t1930\n"
        ));
        has_figures(
            &got,
            2022,
            &[
                ("beds_total", 25013.0),
                ("health_technicians", 29120.0),
                ("physicians", 10533.0),
                ("nurses", 12630.0),
            ],
        );
        assert_eq!(got.len(), 4, "{total}: {got:#?}");
    }
}

#[test]
fn a_listing_beside_a_plan_sets_no_goal() {
    // A page's job listings under a plan's text: names the catalog lacks beside bare figures,
    // and 临床 (clinical) is no bed.
    let got = rows_or_none(
        "健康某某2030规划纲要\n到2030年,人均预期寿命达到80岁。\n职位推荐\n- 某某医疗-临床销售 12001-15000\n- 某某制药-医药代表 6001-8000\n- 某某中药-学术讲师 8001-10000\n",
    );
    assert!(
        got.iter()
            .all(|r| matches!(&r.subject, Subject::Indicator(i) if i == "life_expectancy")),
        "{got:#?}"
    );
}

#[test]
fn a_plans_present_value_column_is_the_year_before_its_period() {
    // "现状值 | 目标值" under a 十四五 caption: the base is 2020's, marked inferred.
    let p = import(
        "表1 “十四五”时期卫生健康主要发展指标\n指标\t单位\t现状值\t目标值\t属性\n人均预期寿命\t岁\t78.1\t79.1\t预期性\n每千人口医疗卫生机构床位数\t张\t5.7\t6.6\t预期性\n",
        &Catalog::builtin(),
    )
    .expect("imports");
    let base = p
        .rows
        .iter()
        .find(|r| r.role == Role::Figure && r.cmp.value() == Some(5.7))
        .expect("the base is read");
    assert_eq!((base.year, base.year_inferred), (2020, true));
    assert!(
        p.rows
            .iter()
            .any(|r| r.role == Role::Target && r.year == 2025 && r.cmp.value() == Some(6.6))
    );
}

#[test]
fn a_columns_year_before_whose_it_is() {
    // "2020年全国 | 2020年本市 | 2025年目标": the nation's column read past, the city's read.
    let got = rows(
        "成文日期:2022年5月10日\n主要指标\t2020年全国\t2020年本市\t2025年目标\t属性\n每千人口执业(助理)医师数(人)\t2.9\t2.4\t3.1\t预期性\n每千人口注册护士数(人)\t3.3\t2.7\t3.5\t预期性\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "physicians_per_1000".into(),
                2020,
                Cmp::AtLeast(2.4)
            ),
            (
                Role::Target,
                "physicians_per_1000".into(),
                2025,
                Cmp::AtLeast(3.1)
            ),
            (
                Role::Figure,
                "nurses_per_1000".into(),
                2020,
                Cmp::AtLeast(2.7)
            ),
            (
                Role::Target,
                "nurses_per_1000".into(),
                2025,
                Cmp::AtLeast(3.5)
            ),
        ]
    );
}

#[test]
fn a_kind_named_alone_under_a_density_is_that_kind_of_it() {
    let got = rows(
        "成文日期:2022年4月1日\n主要指标\n指标\t2020年\t2025年\t属性\n每千常住人口执业(助理)医师数(人)\t2.6\t3.1\t预期性\n其中:中医类别\t0.45\t0.6\t预期性\n每千常住人口医疗卫生机构床位数(张)\t6.1\t7.0\t预期性\n其中:乡镇卫生院\t1.2\t1.4\t预期性\n",
    );
    assert!(got.contains(&(
        Role::Target,
        "tcm_physicians_per_1000".into(),
        2025,
        Cmp::AtLeast(0.6)
    )));
    // A part that is no catalog kind stays its own (never the whole's).
    assert!(
        !got.iter()
            .any(|r| r.1 == "beds_per_1000" && r.3.value() == Some(1.4)),
        "{got:#?}"
    );
}

#[test]
fn a_districts_table_beside_the_citys_column_and_an_evaluations_present_value() {
    // "2020年全市 | 2020年本区": the city's column is never the district's.
    let got = rows_or_none(
        "成文日期:2022年5月10日\n主要指标\t2020年全市\t2020年本区\t2025年目标\t属性\n每千人口执业(助理)医师数(人)\t3.4\t2.6\t3.2\t预期性\n",
    );
    assert!(got.iter().all(|r| r.cmp.value() != Some(3.4)), "{got:#?}");
    // An evaluation's 现状值, two years into its period, is of no year the table says.
    let got = rows_or_none(
        "成文日期:2023年9月1日\n表1 “十四五”规划主要指标中期评估\n指标\t单位\t现状值\t目标值\t属性\n每千人口医疗卫生机构床位数\t张\t6.3\t6.9\t预期性\n每千人口执业(助理)医师数\t人\t2.9\t3.2\t预期性\n",
    );
    assert!(
        got.iter()
            .all(|r| !(r.role == Role::Figure && r.year == 2020)),
        "{got:#?}"
    );
}

#[test]
fn kinds_each_over_their_own_years_are_no_one_kinds_columns() {
    // Two kinds on a header line, each over 2022 | 2023: the city's row had been read as the
    // last kind's for the first kind's columns (beds as technicians).
    for table in [
        "各区县床位和卫生技术人员\n地区\t床位(张)\t\t卫生技术人员(人)\t\n\t2022\t2023\t2022\t2023\n全市\t21,340\t22,615\t28,870\t30,112\n甲区\t6,102\t6,480\t8,944\t9,310\n",
        "全市卫生技术人员和床位\n地区\t卫生技术人员(人)\t\t床位(张)\t\n\t2022\t2023\t2022\t2023\n全市\t28,870\t30,112\t21,340\t22,615\n甲区\t8,944\t9,310\t6,102\t6,480\n",
    ] {
        let got = rows_or_none(table);
        for (q, v) in [("beds_total", 28870.0), ("health_technicians", 21340.0)] {
            assert!(
                !got.iter()
                    .any(|r| r.subject == Subject::Quantity(q.into()) && r.value() == Some(v)),
                "{got:#?}"
            );
        }
    }
}

#[test]
fn a_groups_total_and_its_marked_part_are_no_wrapped_name() {
    // "合计 | #医院" under 床位 (its placeholder cell lost): they had been joined as one wrapped
    // name, shifting the technicians onto the hospitals' beds.
    let got = rows_or_none(
        "2023年各区县卫生机构、床位和卫生技术人员\n地区\t卫生机构(个)\t床位(张)\t\t卫生技术人员(人)\n\t\t合计\t#医院\t\n全市\t4,012\t38,906\t31,204\t51,873\n中区\t512\t11,233\t10,480\t15,822\n",
    );
    assert!(got.iter().all(|r| r.value() != Some(31204.0)), "{got:#?}");
}

/// The role and year of each row proposed for `id`.
fn roles_of(got: &[(Role, String, i32, Cmp)], id: &str) -> Vec<(Role, i32)> {
    got.iter()
        .filter(|r| r.1 == id)
        .map(|r| (r.0, r.2))
        .collect()
}

#[test]
fn an_undated_tables_years_out_to_the_periods_ends_are_goals() {
    // A base year, then the periods' ends: the later years are goals, not figures.
    let got = rows(
        "某县卫生资源情况\n指标\t2023年\t2025年\t2030年\n医疗卫生机构床位(张)\t2,936\t3,300\t3,900\n",
    );
    assert_eq!(
        roles_of(&got, "beds_total"),
        vec![
            (Role::Figure, 2023),
            (Role::Target, 2025),
            (Role::Target, 2030)
        ]
    );
    // A base column with no year before them: every year a goal.
    let got = rows(
        "乙区医疗卫生服务体系规划主要指标\n指标 | 基期值 | 2025年 | 2030年 | 属性\n每千人口执业(助理)医师数(人) | 2.80 | 3.20 | 3.60 | 预期性\n",
    );
    assert_eq!(
        roles_of(&got, "physicians_per_1000"),
        vec![(Role::Target, 2025), (Role::Target, 2030)]
    );
    // A header taken for the title dates nothing: the years before the plan's are reached.
    let got = rows(
        "某县卫生资源情况\n指标\t2022年\t2023年\t2025年(规划)\n医疗卫生机构床位(张)\t2,780\t2,936\t3,300\n",
    );
    assert_eq!(
        roles_of(&got, "beds_total"),
        vec![
            (Role::Figure, 2022),
            (Role::Figure, 2023),
            (Role::Target, 2025)
        ]
    );
}

#[test]
fn a_column_of_the_amounts_changed_is_read_past() {
    let got = rows(
        "表3  2023年全市卫生资源主要指标\n指标名称\t计量单位\t2023年\t2022年\t增减量\t增长(%)\n医疗卫生机构床位数\t张\t31,560\t30,012\t1,548\t5.2\n卫生技术人员\t人\t40,877\t38,940\t1,937\t5.0\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 31560.0), ("health_technicians", 40877.0)],
    );
    has_figures(&got, 2022, &[("beds_total", 30012.0)]);
    assert!(got.iter().all(|r| r.3.value() != Some(1548.0)), "{got:#?}");
}

#[test]
fn a_row_named_as_the_region_a_caption_of_it_and_its_parts_names_is_its_total() {
    let got = rows(
        "2023年湖州市及所辖区县卫生资源\n地区\t床位(张)\t卫生技术人员(人)\t注册护士(人)\n湖州市\t17,360\t23,580\t10,412\n吴兴区\t5,120\t7,680\t3,505\n德清县\t8,030\t9,860\t4,217\n",
    );
    has_figures(
        &got,
        2023,
        &[
            ("beds_total", 17360.0),
            ("health_technicians", 23580.0),
            ("nurses", 10412.0),
        ],
    );
    assert_eq!(got.len(), 3, "{got:#?}");
}

#[test]
fn a_column_of_row_numbers_before_the_labels_heads_no_figures() {
    let got = rows(
        "2023年各县(市、区)医疗卫生资源\n序号\t县(市、区)\t床位数(张)\t执业(助理)医师(人)\t注册护士(人)\n1\t全市\t18,540\t7,620\t8,905\n2\t甲区\t6,802\t2,915\t3,410\n",
    );
    has_figures(
        &got,
        2023,
        &[
            ("beds_total", 18540.0),
            ("physicians", 7620.0),
            ("nurses", 8905.0),
        ],
    );
    assert_eq!(got.len(), 3, "{got:#?}");
    let got = rows(
        "某市卫生资源排名(2023年)\n排名\t县(市、区)\t每千人口床位数(张)\t每千人口执业(助理)医师数(人)\n1\t甲区\t9.84\t4.62\n2\t乙县\t5.92\t2.91\n\t全市\t7.06\t3.58\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_per_1000", 7.06), ("physicians_per_1000", 3.58)],
    );
}

#[test]
fn two_years_no_period_ends_on_are_both_reached() {
    let got = rows(
        "某市医疗卫生资源情况\n单位:万人、万张\n指标\t2020年\t2023年\n卫生技术人员\t3.92\t4.40\n床位\t2.65\t3.02\n",
    );
    has_figures(
        &got,
        2023,
        &[("health_technicians", 44000.0), ("beds_total", 30200.0)],
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
    // A period's end after a base stays a goal.
    let got = rows("某市医疗卫生资源\n指标\t2020年\t2025年\n床位\t26500\t30200\n");
    assert_eq!(roles_of(&got, "beds_total")[1], (Role::Target, 2025));
}

#[test]
fn a_panels_rows_of_other_places_are_none_of_the_regions() {
    // A year and a place a row.
    let got = rows(
        "某市2021—2023年分县(市、区)卫生技术人员\n年份\t地区\t卫生技术人员(人)\t执业(助理)医师(人)\n2022\t全市\t31,540\t12,105\n2022\t甲区\t10,220\t4,011\n2023\t全市\t33,008\t12,740\n2023\t甲区\t10,665\t4,190\n",
    );
    assert_eq!(
        got.iter()
            .filter(|r| r.1 == "health_technicians")
            .map(|r| r.3.value())
            .collect::<Vec<_>>(),
        vec![Some(31540.0), Some(33008.0)]
    );
    // A place and an indicator a row.
    let got = rows(
        "某市分区县卫生人员情况\n地区\t指标\t2022年\t2023年\n全市\t卫生技术人员(人)\t28,880\t30,115\n甲区\t卫生技术人员(人)\t10,902\t11,380\n",
    );
    assert_eq!(
        got.iter()
            .filter(|r| r.1 == "health_technicians")
            .map(|r| r.3.value())
            .collect::<Vec<_>>(),
        vec![Some(28880.0), Some(30115.0)]
    );
}

#[test]
fn a_plans_captions_years_off_the_periods_ends_stay_goals() {
    let got =
        rows("某市健康某某行动主要指标\n指标\t2022年\t2027年\n每千人口床位数(张)\t5.8\t6.5\n");
    assert_eq!(
        roles_of(&got, "beds_per_1000"),
        vec![(Role::Figure, 2022), (Role::Target, 2027)]
    );
}

#[test]
fn rows_of_wider_regions_beside_the_regions_are_no_total() {
    // "全国 | 全省 | 湖州市": the province's row is no city's total.
    let got = rows_or_none(
        "表2  2023年全国、全省及湖州市主要卫生资源指标对比\n地区\t每千人口床位数(张)\t每千人口注册护士数(人)\n全国\t6.92\t3.80\n全省\t6.68\t3.57\n湖州市\t6.15\t3.33\n",
    );
    assert!(got.iter().all(|r| r.value() != Some(6.68)), "{got:#?}");
    // A county's table beside its city and province.
    let got = rows_or_none(
        "表4  2023年安吉县与全市、全省卫生资源比较\n地区\t每千人口床位数(张)\t每千人口注册护士数(人)\n安吉县\t4.86\t2.41\n全市\t6.15\t3.33\n全省\t6.68\t3.57\n",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(r.value(), Some(v) if v == 6.15 || v == 6.68)),
        "{got:#?}"
    );
    // A caption that compares: the 全省 row is the province's.
    let got = rows_or_none(
        "表3  2023年全省及某市卫生资源比较\n地区\t每千人口床位数(张)\t每千人口注册护士数(人)\n全省\t6.68\t3.57\n某市\t6.15\t3.33\n",
    );
    assert!(got.iter().all(|r| r.value() != Some(6.68)), "{got:#?}");
}

#[test]
fn a_year_before_the_goals_named_is_reached_beside_a_nature_column() {
    // "2020年 | 2024年 | 2025年目标 | 2030年目标 | 属性": 2024 is what was reached.
    let got = rows(
        "某市卫生健康事业发展主要指标\n指标\t2020年\t2024年\t2025年目标\t2030年目标\t属性\n每千人口医疗卫生机构床位数(张)\t5.76\t6.31\t6.5\t7.0\t预期性\n",
    );
    assert!(
        got.contains(&(
            Role::Figure,
            "beds_per_1000".into(),
            2024,
            Cmp::AtLeast(6.31)
        )),
        "{got:#?}"
    );
    assert!(
        got.contains(&(
            Role::Target,
            "beds_per_1000".into(),
            2025,
            Cmp::AtLeast(6.5)
        )),
        "{got:#?}"
    );
    assert!(
        got.contains(&(
            Role::Target,
            "beds_per_1000".into(),
            2030,
            Cmp::AtLeast(7.0)
        )),
        "{got:#?}"
    );
}

#[test]
fn a_caption_of_another_place_opens_its_own_table() {
    // The city's table, then a county's, then the province's: only the city's are its own.
    let got = rows(
        "表1  湖州市2023年卫生资源\n床位数(张)\t25,410\n注册护士(人)\t12,560\n表2  安吉县2023年卫生资源\n床位数(张)\t3,120\n注册护士(人)\t1,377\n附:全省2023年卫生资源\n床位数(张)\t412,600\n注册护士(人)\t168,540\n",
    );
    has_figures(&got, 2023, &[("beds_total", 25410.0), ("nurses", 12560.0)]);
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_table_of_one_levels_institutions_is_a_part() {
    // The county-run hospitals' 合计 is theirs, not the county's beds.
    let got = rows_or_none(
        "安吉县县级医疗机构床位情况(截至2024年12月)\n单位\t核定床位\t实际开放床位\n县人民医院\t800\t926\n县中医院\t400\t455\n合计\t1,200\t1,381\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn physicians_with_nurses_is_their_combined_density() {
    // "…医师与注册护士数": the two together, not the nurses.
    let got = rows(
        "湖州市卫生健康主要指标(2024年)\n指标\t数值\n每千人口执业(助理)医师与注册护士数(人)\t7.26\n每千人口注册护士数(人)\t3.96\n",
    );
    has_figures(
        &got,
        2024,
        &[
            ("physicians_nurses_per_1000", 7.26),
            ("nurses_per_1000", 3.96),
        ],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
}

#[test]
fn a_count_that_reads_like_a_year_heads_no_rows() {
    // "执业(助理)医师(人) | 2018": a count, not the year of the rows after it.
    let got = rows(
        "南浔区2024年卫生健康统计简表\n项目\t数值\n执业(助理)医师(人)\t2018\n每千人口执业(助理)医师数(人)\t3.12\n注册护士(人)\t2245\n",
    );
    assert!(got.iter().all(|r| r.2 == 2024), "{got:#?}");
    has_figures(
        &got,
        2024,
        &[("physicians_per_1000", 3.12), ("nurses", 2245.0)],
    );
}

#[test]
fn a_note_narrowing_the_table_to_a_part_gives_no_total() {
    for note in [
        "注:本表仅统计县属公立医疗卫生机构,不含民营医院和村卫生室。",
        "说明:统计范围为全县二级及以上医院。",
    ] {
        let got = rows_or_none(&format!(
            "安吉县2023年卫生资源\n指标\t数值\n床位数(张)\t3012\n执业(助理)医师(人)\t1705\n{note}\n"
        ));
        assert!(got.is_empty(), "{note}: {got:#?}");
    }
    // A note that narrows nothing (数据不含部队医院): the totals stand.
    let got = rows(
        "安吉县2023年卫生资源\n指标\t数值\n床位数(张)\t3012\n执业(助理)医师(人)\t1705\n注:数据不含部队医院,含民营医院。\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 3012.0), ("physicians", 1705.0)],
    );
    // A caption of one level's public hospitals.
    let got = rows_or_none(
        "安吉县县级公立医院资源情况(2024年)\n指标\t数值\n床位数(张)\t1850\n注册护士(人)\t1120\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

#[test]
fn a_rows_label_may_name_its_own_year() {
    // "人均预期寿命(岁)(2020年)" in a table of 2024: the census year's figure.
    let got = rows(
        "德清县2024年卫生健康主要指标\n指标\t数值\n每千人口注册护士数(人)\t3.96\n人均预期寿命(岁)(2020年)\t82.04\n",
    );
    has_figures(&got, 2024, &[("nurses_per_1000", 3.96)]);
    has_figures(&got, 2020, &[("life_expectancy", 82.04)]);
}

#[test]
fn the_second_reads_table_misfires_stay_mended() {
    // No region named: the lowest whole among 全市 | 全省 | 全国 is the text's own.
    let got = rows(
        "2023年主要卫生资源指标\n地区\t每千人口医疗卫生机构床位数(张)\t每千人口注册护士数(人)\n全市\t6.15\t3.33\n全省\t6.68\t3.57\n全国\t6.92\t3.80\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_per_1000", 6.15), ("nurses_per_1000", 3.33)],
    );
    assert_eq!(got.len(), 2, "{got:#?}");
    // A caption comparing the parts ("各乡镇…比较"): its 全县 row is the total.
    let got = rows(
        "表3  2023年各乡镇(街道)卫生资源比较\n地区\t床位数(张)\t卫生技术人员(人)\n全县\t3012\t4165\n递铺街道\t820\t1203\n孝丰镇\t310\t402\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 3012.0), ("health_technicians", 4165.0)],
    );
    // The city by its short name, and a table's header word with a unit, are no other place or
    // count.
    let got = rows(
        "表1  湖州市2023年卫生资源\n床位数(张)\t31,200\n表2  湖州2023年卫生人力\n执业(助理)医师(人)\t12,500\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 31200.0), ("physicians", 12500.0)],
    );
    let got = rows("17-3 卫生技术人员数\n项目(人)\t2023\n执业(助理)医师\t12500\n注册护士\t15300\n");
    has_figures(&got, 2023, &[("physicians", 12500.0), ("nurses", 15300.0)]);
    // Notes that do not narrow the table: the whole's, one row's, another table's.
    for note in [
        "注:统计范围为全县各级各类医疗卫生机构,含民营医院和村卫生室。",
        "注:三级医院数仅统计公立医院。",
        "注:表2仅统计县属公立医院。",
    ] {
        let got = rows(&format!(
            "安吉县2023年卫生资源\n指标\t数值\n床位数(张)\t3012\n执业(助理)医师(人)\t1705\n{note}\n"
        ));
        has_figures(
            &got,
            2023,
            &[("beds_total", 3012.0), ("physicians", 1705.0)],
        );
    }
    // A three-year plan's interim year is a goal.
    let got = rows(
        "湖州市医疗卫生服务能力提升三年行动计划(2025—2027年)\n指标\t2024年\t2026年\t2027年目标\t属性\n每千人口医疗卫生机构床位数(张)\t6.31\t6.6\t6.8\t预期性\n",
    );
    assert!(
        got.contains(&(
            Role::Target,
            "beds_per_1000".into(),
            2026,
            Cmp::AtLeast(6.6)
        )),
        "{got:#?}"
    );
}

#[test]
fn a_note_saying_what_the_table_is_may_narrow_it_to_a_part() {
    for note in [
        "注:本表为医院数据。",
        "说明:本表床位、人员均为医院数据,不含基层医疗卫生机构。",
        "注:表中数据均为公立医院口径。",
        "注:以上数据为县级医院(含县人民医院、县中医院)合计数。",
    ] {
        let got = rows_or_none(&format!(
            "安吉县2023年卫生资源\n指标\t数值\n床位数(张)\t3012\n执业(助理)医师(人)\t1705\n{note}\n"
        ));
        assert!(got.is_empty(), "{note}: {got:#?}");
    }
    // Every kind listed is the whole.
    let got = rows(
        "安吉县2023年卫生资源\n指标\t数值\n床位数(张)\t3012\n执业(助理)医师(人)\t1705\n注:本表为医院、基层医疗卫生机构和专业公共卫生机构合计。\n",
    );
    has_figures(
        &got,
        2023,
        &[("beds_total", 3012.0), ("physicians", 1705.0)],
    );
}

#[test]
fn a_footnotes_mark_on_a_rows_year_or_name_is_no_cell() {
    // Set a space apart ("2024 ①", "2024 (1)", "2024 p", "全　市 ①") or glued ("2024①",
    // "2024*", "2024a"): the row keeps its year and its figures their columns.
    for mark in [" ①", " (1)", " p", " *", "①", "*", "a"] {
        let text = format!(
            "湖州市卫生资源主要年份数据\n年份        机构数(个)   床位数(张)   卫生技术人员(人)\n2023          1935        21380         31546\n2024{mark}        1948        22146         32908\n注:2024年为初步数。\n"
        );
        let got = rows(&text);
        has_figures(
            &got,
            2024,
            &[("beds_total", 22146.0), ("health_technicians", 32908.0)],
        );
        assert!(
            !values_of_table(&got, "beds_total").contains(&1948.0),
            "{mark}: {got:#?}"
        );
    }
    let got = rows(
        "2024年湖州市各区县卫生资源\n地　区          床位数(张)     卫生技术人员(人)\n全　市 ①         22146           32908\n吴兴区            7315           10577\n南浔区            3270            5049\n①全市数含市级医院。\n",
    );
    has_figures(
        &got,
        2024,
        &[("beds_total", 22146.0), ("health_technicians", 32908.0)],
    );
}

#[test]
fn a_guiding_goals_attribute_is_no_label() {
    // 指导性 between the label and the figures, as 预期性 / 约束性 are.
    let got = rows(
        "| 序号 | 指标 | 属性 | 2025年 | 2030年 |\n| 1 | 每千人口医疗卫生机构床位数(张) | 预期性 | 6.28 | 7.0 |\n| 2 | 每千人口药师(士)数(人) | 指导性 | 0.52 | 0.60 |\n来源:嘉兴市卫生健康事业发展“十五五”规划\n",
    );
    has_figures(&got, 2025, &[("pharmacists_per_1000", 0.52)]);
    assert!(
        got.iter().any(|r| r.0 == Role::Target
            && r.1 == "pharmacists_per_1000"
            && r.2 == 2030
            && r.3 == Cmp::AtLeast(0.6)),
        "{got:#?}"
    );
    assert!(got.iter().all(|r| !r.1.contains("指导性")), "{got:#?}");
}

#[test]
fn a_table_of_one_kind_of_public_health_institution_gives_no_total() {
    for caption in [
        "2024年湖州市各区县疾病预防控制中心人员情况",
        "2024年湖州市各区县妇幼保健机构基本情况",
        "7-9  各县(区)医养结合机构情况(2024年)",
        "2024年湖州市各区县精神卫生专业机构情况",
    ] {
        let got = rows_or_none(&format!(
            "{caption}\n地　区      床位数(张)    卫生技术人员(人)    注册护士(人)\n全　市          890            1530               690\n吴兴区          320             560               250\n南浔区          210             380               170\n"
        ));
        assert!(got.is_empty(), "{caption}: {got:#?}");
    }
    // The region's institutions of every kind.
    let got = rows(
        "2024年湖州市各区县医疗卫生机构情况\n地　区      床位数(张)    卫生技术人员(人)    注册护士(人)\n全　市          32100          41530               16900\n吴兴区          10320          13560                5250\n南浔区           5210           6380                2170\n",
    );
    has_figures(&got, 2024, &[("beds_total", 32100.0), ("nurses", 16900.0)]);
}

#[test]
fn a_notes_year_dates_a_table_before_the_yearbooks_edition() {
    for note in [
        "注:本表数据为2023年末数。",
        "注:表中数据均为2023年12月31日数据。",
        "说明:受统计制度调整影响,本表为2023年数据,2024年数据详见下一年度年鉴。",
    ] {
        let got = rows(&format!(
            "湖州统计年鉴—2025\n各县区卫生机构、床位、人员情况\n地区\t床位数(张)\t卫生技术人员(人)\n全市\t21402\t34390\n吴兴区\t5502\t8730\n南浔区\t2860\t4590\n{note}\n"
        ));
        has_figures(
            &got,
            2023,
            &[("beds_total", 21402.0), ("health_technicians", 34390.0)],
        );
        assert!(got.iter().all(|r| r.2 == 2023), "{note}: {got:#?}");
    }
}

#[test]
fn the_second_reads_table_misfires_of_the_twenty_third_session_stay_mended() {
    // The note under one table dates no table after it.
    let got = rows(
        "湖州统计年鉴2025\n表18-1 全市卫生机构床位(2022年)\n项目 床位数\n全市 29800\n注:本表数据为2022年末数\n表18-2 各县区卫生人员\n地区 执业(助理)医师 注册护士\n全市 13100 14900\n安吉县 2300 2500\n",
    );
    assert!(
        got.iter().all(|r| !(r.1 == "physicians" && r.2 == 2022)),
        "{got:#?}"
    );
    // A mark between figures set apart by single spaces.
    let got = rows(
        "湖州统计年鉴2025\n表18-1 历年卫生机构、床位\n年份 机构数 床位数 卫生技术人员\n2023 2480 30500 44100\n2024 ① 2510 31200 45600\n",
    );
    has_figures(
        &got,
        2024,
        &[("beds_total", 31200.0), ("health_technicians", 45600.0)],
    );
}

#[test]
fn a_bare_base_or_a_second_levels_mark_over_a_wrapped_header_shifts_no_column() {
    // "每千人口" over "床位数(张)": a column's start, not a group.
    let got = rows(
        "表7-10 各县区每千人口卫生资源(2024年)\n地区    每千人口      每千人口执业      每千人口      医护比\n        床位数(张)    (助理)医师(人)    注册护士(人)\n全市    6.32          3.92              4.36          1:1.11\n吴兴区  6.17          3.71              4.28          1:1.16\n南浔区  5.82          3.63              3.98          1:1.10\n",
    );
    has_figures(
        &got,
        2024,
        &[
            ("beds_per_1000", 6.32),
            ("physicians_per_1000", 3.92),
            ("nurses_per_1000", 4.36),
        ],
    );
    // "其中:" over the staff kinds: two levels, not one wrapped; nothing is read rather than
    // figures under the wrong names.
    let got = rows_or_none(
        "各县区卫生技术人员情况(2024年)\n地区      卫生技术      其中:          其中:\n          人员(人)      执业(助理)医师  注册护士\n全市      35120         13542           15087\n吴兴区    8912          3380            3905\n南浔区    4687          1820            1994\n",
    );
    assert!(
        got.iter().all(
            |r| !(r.subject == crate::synonyms::Subject::Quantity("nurses".into())
                && r.value() == Some(35120.0))
        ),
        "{got:#?}"
    );
}

#[test]
fn a_line_of_bases_over_whole_names_spreads_each_base_over_its_run_or_reads_nothing() {
    // "每千人口 | 每万人口" over three whole names: the only spread under which every column
    // names a catalog density is 每千人口 over the first two.
    let got = rows(
        "表6 2024年嘉兴市卫生人力资源密度\n地区    每千人口    每万人口\n        床位数(张)    注册护士(人)    全科医生(人)\n嘉兴市  6.18  3.95  4.2\n",
    );
    has_figures(
        &got,
        2024,
        &[
            ("beds_per_1000", 6.18),
            ("nurses_per_1000", 3.95),
            ("gps_per_10000", 4.2),
        ],
    );
    // One base over all the names.
    let got = rows(
        "表3 2024年安吉县每千人口卫生资源\n地区    每千人口\n        床位数(张)    执业(助理)医师(人)    注册护士(人)\n安吉县  5.87  3.41  3.66\n",
    );
    has_figures(
        &got,
        2024,
        &[
            ("beds_per_1000", 5.87),
            ("physicians_per_1000", 3.41),
            ("nurses_per_1000", 3.66),
        ],
    );
    // The same base twice over three: it could split after the first or the second name;
    // nothing is read rather than a guess.
    let got = rows_or_none(
        "表3 2024年安吉县每千人口卫生资源\n地区    每千人口    每千人口\n        床位数(张)    执业(助理)医师(人)    注册护士(人)\n安吉县  5.87  3.41  3.66\n",
    );
    assert!(
        got.iter().all(|r| r.value() != Some(5.87)
            || r.subject == crate::synonyms::Subject::Indicator("beds_per_1000".into())),
        "{got:#?}"
    );
    assert!(
        got.iter().all(|r| r.value() != Some(3.41)
            || r.subject == crate::synonyms::Subject::Indicator("physicians_per_1000".into())),
        "{got:#?}"
    );
}

#[test]
fn a_table_of_one_departments_institutions_or_of_staff_on_the_books_is_a_part() {
    for caption in [
        "7-8 各县(区)卫生健康部门所属医疗卫生机构床位及人员(2024年)",
        "全市卫生健康部门办医疗机构床位和人员情况(2024年)",
        "7-6 各县(区)医疗卫生机构在编人员情况(2024年)",
    ] {
        let got = rows_or_none(&format!(
            "{caption}\n地区\t床位数(张)\t卫生技术人员(人)\t注册护士(人)\n全市\t15230\t22410\t9870\n吴兴区\t5120\t7630\t3310\n南浔区\t3010\t4420\t1950\n"
        ));
        assert!(
            got.iter()
                .all(|r| ![15230.0, 22410.0, 9870.0].contains(&r.value().unwrap_or(0.0))),
            "{caption}: {got:#?}"
        );
    }
    // A note under the table that its staff are those on the books.
    let got = rows_or_none(
        "德清县医疗卫生机构人员情况(2024年)\n单位:人\n项目\t合计\t县级医疗机构\t基层医疗卫生机构\n卫生技术人员\t3920\t2610\t1310\n注册护士\t1705\t1240\t465\n注:以上均为在编人员数。\n",
    );
    assert!(
        got.iter()
            .all(|r| r.value() != Some(3920.0) && r.value() != Some(1705.0)),
        "{got:#?}"
    );
    // The whole's own table still reads.
    let got = rows(
        "7-8 各县(区)医疗卫生机构床位及人员(2024年)\n地区\t床位数(张)\t卫生技术人员(人)\t注册护士(人)\n全市\t15230\t22410\t9870\n吴兴区\t5120\t7630\t3310\n南浔区\t3010\t4420\t1950\n",
    );
    has_figures(&got, 2024, &[("beds_total", 15230.0), ("nurses", 9870.0)]);
}

#[test]
fn a_notes_authorised_beds_years_give_no_beds() {
    let got = rows(
        "德清县医疗卫生床位(2020—2024年)\n年份\t床位数(张)\t每千人口床位数(张)\n2020\t2910\t5.41\n2021\t3020\t5.55\n2022\t3140\t5.71\n2023\t3260\t5.86\n2024\t3512*\t6.24\n注:*2024年起按实有床位数统计,以前年度为编制床位数。\n",
    );
    let beds: Vec<i32> = got
        .iter()
        .filter(|r| r.1 == "beds_total")
        .map(|r| r.2)
        .collect();
    assert_eq!(beds, vec![2024], "{got:?}");
    // A span, and the other way round: only the years the note names.
    let got = rows(
        "德清县历年床位\n年份\t床位数①\t卫生技术人员\n\t(张)\t(人)\n2022\t3140\t4690\n2023\t3260\t4850\n2024\t3512\t5010\n注:①2022—2023年为编制床位数,2024年起为实有床位数。\n",
    );
    assert!(
        got.iter().all(|r| r.1 != "beds_total" || r.2 == 2024),
        "{got:?}"
    );
    let got = rows(
        "德清县历年卫生资源\n年份\t床位(张)\t卫技人员(人)\n2023\t3260\t4850\n2024\t3812\t5010\n注:2024年床位数为编制床位数,2023年及以前年份为实有床位数。\n",
    );
    assert!(
        got.iter().all(|r| r.1 != "beds_total" || r.2 == 2023),
        "{got:?}"
    );
    assert!(
        got.iter().any(|r| r.1 == "beds_total" && r.2 == 2023),
        "{got:?}"
    );
}

#[test]
fn a_table_of_one_levels_units_or_with_approved_beds_noted_gives_no_such_beds() {
    for caption in [
        "10-6 市级医疗卫生单位基本情况(2024年末)",
        "10-6 市本级医疗卫生单位基本情况(2024年末)",
        "德清县县级医疗卫生单位基本情况(2024年)",
        "吴兴区区级医疗卫生单位基本情况(2024年)",
    ] {
        let got = rows_or_none(&format!(
            "{caption}\n单位\t床位(张)\t卫生技术人员(人)\t注册护士(人)\n第一人民医院\t1850\t2730\t1340\n中医院\t760\t1120\t520\n合计\t2610\t3850\t1860\n"
        ));
        assert!(
            got.iter()
                .all(|r| ![2610.0, 3850.0, 1860.0].contains(&r.value().unwrap_or(0.0))),
            "{caption}: {got:#?}"
        );
    }
    let got = rows(
        "德清县历年卫生资源\n年份\t床位(张)\t卫技人员(人)\n2023\t3260\t4850\n2024\t3812\t5010\n*2024年床位为核定数。\n",
    );
    assert!(
        got.iter().all(|r| r.1 != "beds_total" || r.2 == 2023),
        "{got:?}"
    );
}

#[test]
fn a_count_that_reads_like_a_year_among_a_rows_figures_holds_its_column() {
    let got = rows(
        "表6 嘉兴市医疗卫生资源(2024年)\n指标\t南湖区\t秀洲区\t海宁市\t全市\n床位数(张)\t5120\t3380\t4210\t12710\n注册护士(人)\t3860\t2015\t2740\t8615\n",
    );
    has_figures(&got, 2024, &[("beds_total", 12710.0), ("nurses", 8615.0)]);
    assert!(
        got.iter().all(|r| r.1 != "nurses" || r.2 == 2024),
        "{got:?}"
    );
}

#[test]
fn years_that_come_again_under_groups_are_the_captions_measure_only_under_its_own_group() {
    // 机构数 first: the caption's 床位数 is the second pair of years, which cannot be placed.
    let got = rows_or_none(
        "2025年湖州市卫生健康事业发展统计公报\n表1 2025年全市医疗卫生机构、床位数\n指标\t机构数(个)\t\t床位数(张)\t\n\t2024年\t2025年\t2024年\t2025年\n总计\t2,310\t2,356\t23,846\t24,512\n医院\t96\t98\t19,210\t19,880\n",
    );
    assert!(
        got.iter()
            .all(|r| r.value() != Some(2310.0) && r.value() != Some(2356.0)),
        "{got:#?}"
    );
    // The staff's total too, and past a page's "| --- |" line.
    let got = rows_or_none(
        "2025年台州市卫生健康事业发展统计公报\n表2 2025年全市医疗卫生机构数和卫生人员数\n| 机构类别 | 机构数(个) | | 卫生人员(人) | |\n| --- | --- | --- | --- | --- |\n| | 2024年 | 2025年 | 2024年 | 2025年 |\n| 总计 | 4,206 | 4,251 | 72,318 | 75,064 |\n| 医院 | 132 | 137 | 52,905 | 55,127 |\n",
    );
    assert!(
        got.iter()
            .all(|r| r.value() != Some(4206.0) && r.value() != Some(4251.0)),
        "{got:#?}"
    );
    // 床位数 first: its years are the beds'.
    let got = rows(
        "各区县床位情况\n地区\t床位数(张)\t\t每千人口床位数(张)\t\n\t2023\t2024\t2023\t2024\n全市\t23,846\t24,512\t6.93\t7.08\n吴兴区\t7,930\t8,120\t9.62\t9.80\n",
    );
    has_figures(&got, 2024, &[("beds_total", 24_512.0)]);
}

#[test]
fn the_second_reads_table_misfires_of_the_twenty_fourth_session_stay_mended() {
    // 卫生健康系统 names the sector as often as one department's institutions.
    let got = rows(
        "湖州市卫生健康系统主要指标(2023—2025年)\n指标\t2023年\t2024年\t2025年\n人均预期寿命(岁)\t82.6\t82.9\t83.2\n每千人口医疗卫生机构床位数(张)\t6.93\t7.08\t7.21\n",
    );
    assert!(got.iter().any(|r| r.1 == "life_expectancy"), "{got:?}");
    // 市本级 listed among the areas a table covers is no part.
    let got = rows(
        "2025年湖州市医疗卫生机构床位和人员情况(市本级及区县)\n机构类别\t床位数(张)\t卫生技术人员(人)\n总计\t25020\t34120\n医院\t20110\t24860\n基层医疗卫生机构\t3210\t6540\n",
    );
    has_figures(&got, 2025, &[("beds_total", 25020.0)]);
    // Notes that name approved beds without saying the table's are such.
    for note in [
        "注:床位数为实有床位数;2024年全县新增核定床位120张。",
        "注:床位数为年末实有床位数,非编制床位数。",
        "注:床位数为年末实有床位数,较编制床位数多260张。",
        "注:2024年床位数中核定床位数为2980张。",
    ] {
        let got = rows(&format!(
            "德清县历年卫生资源\n年份\t床位(张)\t卫技人员(人)\n2023\t3260\t4850\n2024\t3512\t5010\n{note}\n"
        ));
        assert!(
            got.iter().any(|r| r.1 == "beds_total" && r.2 == 2024),
            "{note}: {got:?}"
        );
    }
}

/// The goal column of a year that is over when the review is written gives no goal: only what
/// was reached. (The review dated by a date ending its title, or by an issuer and a date.)
#[test]
fn a_past_years_goal_column_is_no_goal() {
    for text in [
        "湖州市“十四五”卫生健康主要指标完成情况(2026年1月)\n指标名称\t单位\t2020年\t2025年目标值\t2025年实际值\n每千人口医疗卫生机构床位数\t张\t5.62\t≥6.5\t6.12\n每千人口注册护士数\t人\t3.72\t≥4.2\t4.35\n",
        "宁海县卫生健康事业发展“十五五”规划\n宁海县人民政府 2026年4月\n指标名称\t2025年规划目标\t2025年完成值\t2030年目标\n每千人口医疗卫生机构床位数(张)\t6.5\t6.12\t7.0\n每千人口注册护士数(人)\t3.6\t3.48\t4.2\n",
    ] {
        let got = rows(text);
        assert!(
            got.iter().all(|r| r.0 == Role::Figure || r.2 > 2025),
            "{text}: {got:?}"
        );
        has_figures(&got, 2025, &[("beds_per_1000", 6.12)]);
    }
    // A review written before that year still aims at it.
    let got = rows(
        "某市“十四五”卫生健康主要指标中期评估\n(2023年6月)\n指标名称\t2022年\t2025年目标值\t2025年预计值\n每千人口医疗卫生机构床位数(张)\t5.9\t6.5\t6.3\n",
    );
    assert!(
        got.iter()
            .any(|r| r.0 == Role::Target && r.2 == 2025 && r.3 == Cmp::AtLeast(6.5)),
        "{got:?}"
    );
}

/// A yearbook's first count of a year (2025年(快报数)) is that year's column; and where a year
/// column cannot be placed, a row's leading dash is no unit column's: its figures are not moved
/// onto the years before.
#[test]
fn a_preliminary_years_column_and_a_dash_for_a_year() {
    let table = "舟山市卫生健康主要指标\n\n指标                                 2023年     2024年      2025年(快报数)\n医疗卫生机构床位数(张)                 6418       6590        6812\n每万人口全科医生数(人)                  —         4.8         5.1\n";
    let got = rows(table);
    has_figures(
        &got,
        2025,
        &[("beds_total", 6812.0), ("gps_per_10000", 5.1)],
    );
    has_figures(&got, 2024, &[("gps_per_10000", 4.8)]);
    assert!(
        !got.iter().any(|r| r.1 == "gps_per_10000" && r.2 == 2023),
        "{got:?}"
    );
    let got = rows_or_none(&table.replace("(快报数)", "(暂定数)"));
    assert!(got.iter().all(|r| r.year != 2023), "{got:?}");
}

/// A row whose counts read like years (注册护士 | 2018 | 2021 | 2024) under a header of other
/// years is a row, not a header: the rows after it keep the header's years.
#[test]
fn counts_like_years_under_a_header_are_a_row() {
    let got = rows(
        "14-2  卫生人员数(年末数)\n项　　目                         2023年      2024年      2025年\n卫生技术人员                    4710        4893        5106\n注册护士                      2018        2021        2024\n药师(士)                       236         241         250\n",
    );
    has_figures(
        &got,
        2025,
        &[("health_technicians", 5106.0), ("pharmacists", 250.0)],
    );
    assert!(got.iter().all(|r| r.2 >= 2023), "{got:?}");
}

/// An appendix's caption opening on 附表 and a space (附表 2025年各县(市、区)卫生资源情况) is a
/// caption: its year is no column, and the columns keep their figures.
#[test]
fn an_appendix_caption_with_a_space() {
    let got = rows(
        "金华市2025年卫生健康统计公报\n附表 2025年各县(市、区)卫生资源情况\n地区\t床位数(张)\t执业(助理)医师(人)\t每千人口床位数(张)\n全 市\t28,654\t15,210\t6.37\n婺城区\t6,812\t3,905\t8.91\n",
    );
    has_figures(
        &got,
        2025,
        &[
            ("beds_total", 28654.0),
            ("physicians", 15210.0),
            ("beds_per_1000", 6.37),
        ],
    );
    assert_eq!(
        got.iter().filter(|r| r.1 == "beds_total").count(),
        1,
        "{got:?}"
    );
}

/// A region named without its level (郑州统计年鉴2026) owns the row with it (郑州市), and the
/// province's row beside it is another's.
#[test]
fn a_region_named_bare_owns_its_row() {
    let got = rows(
        "郑州统计年鉴2026\n21-8  全省各省辖市卫生资源比较(2025年)\n\n地　区        床位数      每千人口床位数\n全　省       742360        7.56\n郑州市       118650        8.99\n开封市        33520        7.12\n",
    );
    has_figures(
        &got,
        2025,
        &[("beds_total", 118650.0), ("beds_per_1000", 8.99)],
    );
    assert_eq!(got.len(), 2, "{got:?}");
}

/// A caption numbered in words, as an appendix's, or in Roman numerals (表二, 表 附3, 表Ⅲ-2)
/// is a caption: its words are no column's, and the columns keep their figures.
#[test]
fn captions_numbered_otherwise() {
    for caption in ["表二", "表 附3", "表Ⅲ-2", "附录"] {
        let got = rows(&format!(
            "宁海县2025年国民经济和社会发展统计公报\n{caption}  卫生资源主要指标\n地区\t床位数(张)\t执业(助理)医师(人)\t注册护士(人)\n全县\t3126\t2215\t2286\n"
        ));
        has_figures(
            &got,
            2025,
            &[
                ("beds_total", 3126.0),
                ("physicians", 2215.0),
                ("nurses", 2286.0),
            ],
        );
    }
}

/// A column of part of a year (上半年完成值, 2026年1—6月) is read past: the year's goal keeps its
/// figure, and a table with such a column is still read.
#[test]
fn a_part_of_a_years_column_is_read_past() {
    let got = rows(
        "上虞区2025年上半年卫生健康主要指标监测(2025年7月)\n指标 | 2025年目标值 | 上半年完成值\n每千人口医疗卫生机构床位数(张) | 6.5 | 6.3\n",
    );
    assert_eq!(
        got,
        vec![(
            Role::Target,
            "beds_per_1000".to_string(),
            2025,
            Cmp::AtLeast(6.5)
        )]
    );
    let got = rows(
        "桐乡市主要卫生健康指标\n指标\t单位\t2024年\t2025年\t2026年1—6月\n医疗卫生机构床位数\t张\t4688\t4905\t4962\n",
    );
    has_figures(&got, 2025, &[("beds_total", 4905.0)]);
    assert!(got.iter().all(|r| r.2 != 2026), "{got:?}");
}

/// A yearbook's header over two lines whose upper cells spanned columns: a unit alone under a
/// name ("床位数" over "(张)") is that name's single column; a group opens on 合计, or on its unit
/// with "#" parts after it.
#[test]
fn a_spanned_header_with_a_single_column_under_its_unit() {
    for lower in [
        "            (张)         合计          执业(助理)医师      注册护士",
        "            (张)         (人)          #执业(助理)医师     #注册护士",
    ] {
        let upper = if lower.contains("合计") {
            "年  份      床位数       卫生技术人员(人)"
        } else {
            "年  份      床位数       卫生技术人员"
        };
        let got = rows(&format!(
            "某某统计年鉴2026\n\n表15-1  某某市卫生机构床位和人员(2021—2025年)\n\n{upper}\n{lower}\n2021        68420        86120         32450               39870\n2025        74960        96540         36910               45120\n"
        ));
        has_figures(
            &got,
            2025,
            &[
                ("beds_total", 74960.0),
                ("health_technicians", 96540.0),
                ("physicians", 36910.0),
                ("nurses", 45120.0),
            ],
        );
        assert_eq!(got.len(), 8, "{got:#?}");
    }
    // A part after a unit that is not marked "#" may be the next column's name: not read.
    let got = rows_or_none(
        "表15-1  某某市卫生机构床位和人员(2021—2025年)\n\n年  份      床位数       卫生技术人员\n            (张)         (人)          执业(助理)医师     注册护士\n2021        68420        86120         32450               39870\n",
    );
    assert!(got.is_empty(), "{got:#?}");
}

/// "床位 | 卫生技术" over "年份 | (张) | 人员(人)": the names' first parts above the 年份 line.
#[test]
fn a_header_whose_names_start_above_the_year_line() {
    let got = rows(
        "某某统计年鉴2026\n\n表13-1 某某市卫生基本情况(2016—2025年)\n\n                   卫生机构    床位     卫生人员   卫生技术   执业(助理)   注册\n年 份              (个)        (张)     (人)       人员(人)   医师(人)     护士(人)\n2016               6820       38120    56230      43210      17820        17650\n2025               7512       52380    75680      61340      24910        27850\n",
    );
    has_figures(
        &got,
        2016,
        &[
            ("beds_total", 38120.0),
            ("health_workers", 56230.0),
            ("health_technicians", 43210.0),
            ("physicians", 17820.0),
            ("nurses", 17650.0),
        ],
    );
}

/// "本年 | 上年" under a yearbook's edition (某某统计年鉴2026) and a caption with no year: the
/// year before the edition's and the one before that, marked inferred.
#[test]
fn this_year_and_last_in_a_yearbook_named_by_its_edition() {
    let text = "某某统计年鉴2026\n\n表13-1  医疗卫生机构基本情况\n指  标                      单位        本年        上年\n医疗卫生机构床位数          张          26480       25310\n注册护士                    人          19410       18350\n";
    let got = rows(text);
    has_figures(&got, 2025, &[("beds_total", 26480.0), ("nurses", 19410.0)]);
    has_figures(&got, 2024, &[("beds_total", 25310.0), ("nurses", 18350.0)]);
    assert!(rows_or_none(text).iter().all(|r| r.year_inferred));
}

/// "表14-3 医疗卫生机构床位数" over "年份 | 合计 | 医院 | 卫生院": the 合计 column is the whole
/// count the caption names; a part's caption names none.
#[test]
fn a_total_column_counts_what_its_caption_names() {
    let got = rows(
        "某某统计年鉴2026\n\n表14-3  医疗卫生机构床位数(2021—2025年)\n单位:张\n年份        合计        医院        卫生院\n2021        45210       38920       3120\n2025        52340       45780       3010\n",
    );
    has_figures(&got, 2025, &[("beds_total", 52340.0)]);
    assert_eq!(got.len(), 2, "{got:#?}");
    let got = rows(
        "某某统计年鉴2026\n\n表15-1  某某市卫生技术人员(2021—2025年)\n单位:人\n年份        合计          执业(助理)医师      注册护士\n2021        86120         32450               39870\n",
    );
    has_figures(
        &got,
        2021,
        &[
            ("health_technicians", 86120.0),
            ("physicians", 32450.0),
            ("nurses", 39870.0),
        ],
    );
    let got = rows_or_none(
        "表14-4  医院床位数(2021—2025年)\n单位:张\n年份        合计        综合医院        中医医院\n2021        38920       30120       5120\n",
    );
    assert!(
        got.iter().all(
            |r| !matches!(&r.subject, super::super::Subject::Quantity(q) if q == "beds_total")
        ),
        "{got:#?}"
    );
}

/// "机构类别 | 床位数(张)" over "总计 | 496,215" and the kinds' rows: one column, its labelled
/// total the region's; the kinds are not.
#[test]
fn a_breakdown_of_one_column() {
    let got = rows(
        "表2　2025年各类医疗卫生机构床位数\n\n机构类别\t床位数（张）\n总计\t496,215\n医院\t372,418\n　公立医院\t251,036\n　民营医院\t121,382\n",
    );
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "beds_total".to_string(),
            2025,
            Cmp::AtLeast(496_215.0)
        )]
    );
    // With no total row, nothing is the region's.
    let got = rows_or_none(
        "表2　2025年各类医疗卫生机构床位数\n\n机构类别\t床位数（张）\n医院\t372,418\n基层医疗卫生机构\t81,382\n",
    );
    assert!(
        got.iter().all(
            |r| !matches!(&r.subject, super::super::Subject::Quantity(q) if q == "beds_total")
        ),
        "{got:#?}"
    );
}

/// "家庭医生签约服务覆盖率 | 45% | 55%以上": a percent in the cells of an indicator counted in
/// percent is its figure and goal; under a count's label it is still a share, tracked.
#[test]
fn percent_cells_of_an_indicator_counted_in_percent() {
    let got = rows(
        "某某市卫生健康规划(2026年4月)\n指标\t2025年\t2030年\t指标性质\n家庭医生签约服务覆盖率\t45%\t55%以上\t预期性\n医疗卫生机构床位数\t5%\t6%\t预期性\n",
    );
    has_figures(&got, 2025, &[("family_doctor_coverage", 45.0)]);
    assert!(got.contains(&(
        Role::Target,
        "family_doctor_coverage".to_string(),
        2030,
        Cmp::AtLeast(55.0)
    )));
    assert!(got.iter().all(|r| r.1 != "beds_total"), "{got:#?}");
}

/// "项目 | 单位 | 人数" over "常住人口 | 万人 | 668.42": a column of the caption's year's counts.
#[test]
fn a_column_of_people_counted() {
    let text = "台州统计年鉴2026\n\n表2-3  台州市人口(2025年)\n项目              单位       人数\n常住人口          万人       668.42\n";
    let p = import(text, &Catalog::builtin()).expect("imports");
    let (population, year) = p.population.expect("the population");
    assert_eq!((population.value, year), (6_684_200.0, 2025));
}

/// A review of 2026 with "指标 | 目标 | 完成" columns: the 十四五's goals, their year over, are
/// no goals to meet (they had become 2025 targets); "规划目标 | 2025年完成值" keeps the figure.
#[test]
fn goals_without_a_year_in_a_review_after_their_period() {
    let head = "某某市“十四五”卫生健康发展规划实施总结\n某某市卫生健康委员会\n2026年1月\n\n";
    let got = rows_or_none(&format!(
        "{head}指标 | 目标 | 完成 | 是否完成\n每千人口执业(助理)医师数(人) | 3.8 | 4.06 | 超额完成\n每万人口全科医生数(人) | 5 | 5.2 | 完成\n"
    ));
    assert!(got.iter().all(|r| r.role != Role::Target), "{got:#?}");
    let got = rows(&format!(
        "{head}指标 | 规划目标 | 2025年完成值 | 完成情况\n每千人口执业(助理)医师数(人) | 3.8 | 4.06 | 已完成\n"
    ));
    assert_eq!(
        got,
        vec![(
            Role::Figure,
            "physicians_per_1000".to_string(),
            2025,
            Cmp::AtLeast(4.06)
        )]
    );
}

/// "2025年现有(张) | 2030年规划(张)": the year's column with its unit after the words.
#[test]
fn a_years_column_of_what_there_is_with_its_unit() {
    let got = rows(
        "某某市医疗卫生服务体系规划(2026—2030年)\n某某市人民政府 2026年7月\n\n| 类别 | 2025年现有(张) | 2030年规划(张) |\n| 医疗卫生机构床位 | 64,520 | 72,000 |\n",
    );
    has_figures(&got, 2025, &[("beds_total", 64_520.0)]);
    assert!(got.contains(&(
        Role::Target,
        "beds_total".to_string(),
        2030,
        Cmp::AtLeast(72_000.0)
    )));
}

/// A PDF's labels spaced out with wide gaps ("床    位    数", "医    院    床    位",
/// "卫　生　技　术　人　员"): one cell, the whole word, not its last characters (医院床位 had
/// been read as 床位, the total; 执业医师 as 医师).
#[test]
fn labels_spaced_out_with_wide_gaps() {
    let got = rows(
        "表7-1 2025年某某市卫生事业基本情况\n指        标              计量单位     2025年\n床    位    数               张        62180\n执    业    医    师         人        27120\n卫　生　技　术　人　员       人        79350\n",
    );
    assert_eq!(
        got,
        vec![
            (
                Role::Figure,
                "beds_total".to_string(),
                2025,
                Cmp::AtLeast(62_180.0)
            ),
            (
                Role::Figure,
                "licensed_physicians".to_string(),
                2025,
                Cmp::AtLeast(27_120.0)
            ),
            (
                Role::Figure,
                "health_technicians".to_string(),
                2025,
                Cmp::AtLeast(79_350.0)
            ),
        ]
    );
    let got = rows_or_none(
        "表7-1 2025年某某市卫生事业基本情况\n指标  2025年\n医    院    床    位  51230\n",
    );
    assert!(
        got.iter()
            .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == "beds_total")),
        "{got:#?}"
    );
}

/// A 合计 column under a caption of what was added, of shares or of rates of change is no count
/// of the whole (新增医疗卫生机构床位数, 床位数构成(%), 床位数增长速度).
#[test]
fn a_total_column_under_a_caption_of_changes_or_shares() {
    for caption in [
        "表14-5 新增医疗卫生机构床位数",
        "表14-4 医疗卫生机构床位数构成(%)",
        "表14-10 医疗卫生机构床位数增长速度",
    ] {
        let got = rows_or_none(&format!(
            "{caption}\n年份      合计      医院      基层医疗卫生机构\n2024      980       850       130\n2025      840       650       190\n"
        ));
        assert!(
            got.iter()
                .all(|r| !matches!(&r.subject, Subject::Quantity(q) if q == "beds_total")),
            "{caption}: {got:#?}"
        );
    }
}

/// "城市 每千人口卫生技术人员(人) 11.86 …" / "农村 每千人口卫生技术人员(人) 4.92 …": a group in a
/// cell of its own before the label is the group's row, never the region's (the rural figures
/// had been proposed as the city's).
#[test]
fn a_group_in_a_cell_before_the_label() {
    let got = rows(
        "荆州统计年鉴2023\n\n表12-1 卫生基本情况\n\n项目 2020年 2021年 2022年\n卫生技术人员(人) 35 402 36 980 38 611\n城市 每千人口卫生技术人员(人) 11.86 12.40 12.95\n农村 每千人口卫生技术人员(人) 4.92 5.10 5.31\n",
    );
    has_figures(&got, 2022, &[("health_technicians", 38_611.0)]);
    assert!(
        values_of_table(&got, "health_technicians_per_1000").is_empty(),
        "{got:#?}"
    );
}

/// A final review's "2020年基期值 | 2025年目标值 | 2025年实现值", written in 2026: what was
/// reached (实现值) is the year's figure (the table had been given up).
#[test]
fn a_final_reviews_achieved_column() {
    let got = rows(
        "某某市“十四五”卫生健康规划终期评估报告\n2026年3月\n指标\t单位\t2020年基期值\t2025年目标值\t2025年实现值\n每千人口医疗卫生机构床位数\t张\t5.62\t6.5\t6.71\n人均预期寿命\t岁\t77.9\t78.9\t78.8\n",
    );
    has_figures(
        &got,
        2020,
        &[("beds_per_1000", 5.62), ("life_expectancy", 77.9)],
    );
    has_figures(
        &got,
        2025,
        &[("beds_per_1000", 6.71), ("life_expectancy", 78.8)],
    );
    assert!(got.iter().all(|r| r.0 == Role::Figure), "{got:#?}");
}

/// "表16-9 中医药服务资源": the region's TCM resources; the rows the catalog counts as TCM are
/// the region's (the whole table had been taken for one kind of institution's), while under a
/// caption of TCM hospitals they stay that kind's.
#[test]
fn a_table_of_the_regions_tcm_resources() {
    let table = |caption: &str| {
        format!(
            "大理州统计年鉴2023\n\n{caption}\n\n指标\t单位\t2021\t2022\n中医类医院床位\t张\t3 586\t3 702\n#公立中医类医院床位\t张\t3 240\t3 318\n中医类别执业(助理)医师\t人\t1 812\t1 935\n"
        )
    };
    let got = rows(&table("表16-9  中医药服务资源"));
    has_figures(
        &got,
        2022,
        &[("beds_tcm_public", 3318.0), ("tcm_physicians", 1935.0)],
    );
    assert!(values_of_table(&got, "beds_total").is_empty(), "{got:#?}");
    let got = rows_or_none(&table("表16-10  中医类医院基本情况"));
    assert!(got.is_empty(), "{got:#?}");
}

/// "指标名称 | 计量单位 | 榆林市 | 全省 | 榆林占全省(%) | 位次" in a text naming no region else:
/// the one place named beside the province is the text's own; the share and the rank are read
/// past (the whole table had been given up).
#[test]
fn a_place_beside_its_province_with_share_and_rank() {
    let got = rows(
        "榆林统计资料·2025\n(2024年主要指标与全省比较)\n\n十二、卫生健康\n指标名称\t计量单位\t榆林市\t全省\t榆林占全省(%)\t位次\n医疗卫生机构床位数\t张\t24 615\t298 310\t8.3\t4\n每千常住人口床位数\t张\t6.81\t7.56\t—\t7\n人均预期寿命\t岁\t78.12\t78.60\t—\t6\n",
    );
    has_figures(
        &got,
        2024,
        &[
            ("beds_total", 24_615.0),
            ("beds_per_1000", 6.81),
            ("life_expectancy", 78.12),
        ],
    );
    assert_eq!(values_of_table(&got, "beds_per_1000"), vec![6.81]);
}

/// "15-6 各县(市、区)每千人口卫生资源" with rows 全省 | 全市 | 袁州区 | …, in a text naming no
/// region: the counties listed are the text's own parts, so 全市, the lowest whole, is its
/// own (the whole table had been given up).
#[test]
fn the_lowest_whole_over_the_parts_listed() {
    let got = rows(
        "宜春统计年鉴—2025\n\n15-6 各县(市、区)每千人口卫生资源(2024年)\n\n地区\t每千人口床位数(张)\t每千人口执业(助理)医师数(人)\n全省\t7.21\t3.02\n全市\t6.88\t2.81\n袁州区\t9.45\t3.92\n樟树市\t6.12\t2.46\n靖安县\t5.86\t2.32\n",
    );
    has_figures(
        &got,
        2024,
        &[("beds_per_1000", 6.88), ("physicians_per_1000", 2.81)],
    );
    assert_eq!(values_of_table(&got, "beds_per_1000"), vec![6.88]);
}

/// A TCM table of one kind of institution (中医诊所, 村卫生室, 社区卫生服务中心) stays that kind's;
/// only a caption of the region's TCM resources gives its TCM rows (the second read's misfire).
#[test]
fn a_tcm_table_of_one_kind_stays_that_kinds() {
    for caption in [
        "表16-12 中医诊所基本情况",
        "表16-13 村卫生室中医药服务情况",
        "表16-11 社区卫生服务中心中医药服务能力",
    ] {
        let got = rows_or_none(&format!(
            "某市统计年鉴2024\n\n{caption}\n\n指标\t2023\n中医类别执业(助理)医师(人)\t260\n"
        ));
        assert!(got.is_empty(), "{caption}: {got:#?}");
    }
}
