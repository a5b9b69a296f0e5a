//! Every plan file validates, every quote is the plan's own words, and the baselines agree with
//! the figures the plans themselves state.

use std::collections::HashSet;

use hps_model::data::library::BUILTIN_INDEX;
use hps_model::plan::{Confidence, Origin, Plan, Statistic, Subject};
use hps_model::sim::assess::indicator_value;
use hps_model::sim::scenario::Scenario;
use hps_model::text::fold_whitespace;

use crate::common::{catalog, plans, seed_file};

fn source(plan: &Plan) -> String {
    fold_whitespace(&seed_file(&plan.source))
}

#[test]
fn every_plan_file_validates() {
    assert!(!BUILTIN_INDEX.is_empty());
    assert_eq!(plans().len(), BUILTIN_INDEX.len());
}

/// `seeds/REFERENCES.md`: the project's copy of the reference table reference plans are built from.
fn references() -> String {
    fold_whitespace(&seed_file("REFERENCES.md"))
}

/// Every number written in a text, with 万 read as ten thousand ("6627万" is 66,270,000).
fn numbers_in(text: &str) -> Vec<f64> {
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let mut j = i;
            while j < chars.len()
                && (chars[j].is_ascii_digit() || chars[j] == '.' || chars[j] == ',')
            {
                j += 1;
            }
            let s: String = chars[i..j].iter().filter(|c| **c != ',').collect();
            if let Ok(v) = s.trim_end_matches('.').parse::<f64>() {
                out.push(if chars.get(j) == Some(&'万') {
                    v * 10_000.0
                } else {
                    v
                });
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out
}

fn mentions(text: &str, value: f64) -> bool {
    numbers_in(text)
        .iter()
        .any(|n| (n - value).abs() < 1e-6 * value.abs().max(1.0))
}

/// Whether `value` is one figure of the text less or plus another ("比上年末增加2万人").
fn year_before(text: &str, value: f64) -> bool {
    let ns = numbers_in(text);
    ns.iter().any(|a| {
        ns.iter().any(|b| {
            [a - b, a + b]
                .iter()
                .any(|v| (v - value).abs() < 1e-6 * value.abs().max(1.0))
        })
    })
}

#[test]
fn every_quote_occurs_verbatim_in_its_source() {
    let refs = references();
    let (mut seed_quotes, mut reference_quotes) = (0, 0);
    for plan in plans() {
        // A seed extraction quotes its plan document; reference data quotes the reference table.
        let src = match plan.origin {
            Origin::Seed => source(plan),
            Origin::Reference => {
                assert_eq!(plan.source, "REFERENCES.md", "{}", plan.id);
                refs.clone()
            }
        };
        let mut quotes: Vec<(&str, &str)> = Vec::new();
        for t in &plan.targets {
            assert!(!t.quotes.is_empty(), "{}: {} has no quote", plan.id, t.id);
            quotes.extend(t.quotes.iter().map(|q| (t.id.as_str(), q.as_str())));
            if plan.origin == Origin::Reference {
                // The reference table's row names the document, the figure and the year.
                let q = &t.quotes[0];
                // A document's title, or a work report's goals ("the 十五五 goals").
                assert!(
                    q.contains('《')
                        || q.contains("opinions")
                        || q.contains("规划")
                        || q.contains("十五五"),
                    "{}: {q}",
                    t.id
                );
                let figure = t
                    .comparison_figure()
                    .expect("a reference target has a figure");
                assert!(mentions(q, figure), "{}: {q} does not give {figure}", t.id);
                assert!(
                    q.contains(&t.year.to_string()),
                    "{}: {q} does not give {}",
                    t.id,
                    t.year
                );
            }
        }
        quotes.extend(plan.goals.iter().map(|g| ("goal", g.quote.as_str())));
        if let Some(b) = &plan.baseline {
            quotes.extend(
                b.values
                    .iter()
                    .filter_map(|v| v.quote.as_deref())
                    .map(|q| ("baseline", q)),
            );
            quotes.extend(b.stated.iter().map(|s| ("stated", s.quote.as_str())));
        }
        for (id, q) in quotes {
            assert!(
                src.contains(&fold_whitespace(q)),
                "{}: quote for {id} not in {}: {q}",
                plan.id,
                plan.source
            );
            match plan.origin {
                Origin::Seed => seed_quotes += 1,
                Origin::Reference => reference_quotes += 1,
            }
        }
        // Statistics always come from the reference table, whatever the plan's origin, and
        // their quote gives their figure.
        for st in &plan.statistics {
            assert!(
                refs.contains(&fold_whitespace(&st.quote)),
                "{}: statistic quote not in REFERENCES.md: {}",
                plan.id,
                st.quote
            );
            reference_quotes += 1;
        }
    }
    assert!(
        seed_quotes > 200 && reference_quotes > 30,
        "{seed_quotes} / {reference_quotes}"
    );
}

/// The bulletins' table in REFERENCES.md, cell by cell: (year, column) -> value.
fn national_table() -> Vec<(i32, usize, f64)> {
    let text = seed_file("REFERENCES.md");
    let mut out = Vec::new();
    for line in text.lines() {
        let cells: Vec<&str> = line
            .trim()
            .trim_matches('|')
            .split('|')
            .map(str::trim)
            .collect();
        let Some(Ok(year)) = cells.first().map(|c| c.parse::<i32>()) else {
            continue;
        };
        if cells.len() != 7 {
            continue;
        }
        for (col, c) in cells.iter().enumerate().skip(1) {
            if let Ok(v) = c.replace(',', "").parse::<f64>() {
                out.push((year, col, v));
            }
        }
    }
    out
}

#[test]
fn the_national_series_is_the_bulletins_table_cell_for_cell() {
    let cat = catalog();
    let china = crate::common::plan("china");
    let table = national_table();
    // The table's columns, in order; population is given in 10,000s.
    let columns = [
        "beds_per_1000",
        "physicians_per_1000",
        "nurses_per_1000",
        "gps_per_10000",
        "public_health_staff_per_10000",
        "population",
    ];
    let mut matched = 0;
    // The bulletins' table is the first two editions' data; the third's is checked below.
    let before: Vec<&Statistic> = china
        .statistics
        .iter()
        .filter(|s| s.edition.number() < 3)
        .collect();
    for (year, col, v) in &table {
        let key = columns[col - 1];
        let found: Vec<f64> = before
            .iter()
            .filter(|s| s.year == *year)
            .filter(|s| match &s.subject {
                Subject::Quantity(q) => cat.quantities[*q].id == key,
                Subject::Indicator(i) => i.id == key,
            })
            .map(|s| s.value)
            .collect();
        let want = if key == "population" {
            v * 10_000.0
        } else {
            *v
        };
        assert_eq!(found, vec![want], "{key} {year}");
        matched += 1;
    }
    // 6 years × 6 columns less the three cells the table leaves blank.
    assert_eq!(matched, 33);
    assert_eq!(before.len(), 33, "no figure beyond the table");
}

/// The third data edition (REFERENCES.md, "Added 2026-12-04"): the nation's 2025 figures and
/// 2024's beds and workers, each from its row of the table, with its confidence and caveat, and
/// nothing else; the 2030 targets of the 15th Five-Year outline.
#[test]
fn the_third_edition_is_the_references_2025_table() {
    let cat = catalog();
    let china = crate::common::plan("china");
    let refs = seed_file("REFERENCES.md");
    let section = &refs[refs.find("## Added 2026-12-04").expect("the section")..];
    // (subject, year, value, confidence, how the table writes it)
    let want: &[(&str, i32, f64, Confidence, &str)] = &[
        (
            "physicians_per_1000",
            2025,
            3.78,
            Confidence::Medium,
            "| 3.78 |",
        ),
        (
            "licensed_physicians_per_1000",
            2025,
            3.25,
            Confidence::Medium,
            "| 3.25 |",
        ),
        (
            "nurses_per_1000",
            2025,
            4.32,
            Confidence::Medium,
            "| 4.32 |",
        ),
        ("gps_per_10000", 2025, 4.91, Confidence::Medium, "| 4.91 |"),
        (
            "public_health_staff_per_10000",
            2025,
            7.27,
            Confidence::Medium,
            "| 7.27 |",
        ),
        (
            "pharmacists_per_1000",
            2025,
            0.43,
            Confidence::Medium,
            "| 0.43 |",
        ),
        (
            "beds_total",
            2025,
            10_039_606.0,
            Confidence::Medium,
            "(10,039,606)",
        ),
        (
            "beds_total",
            2024,
            10_298_000.0,
            Confidence::Medium,
            "| 1,029.8万 |",
        ),
        (
            "beds_per_1000",
            2025,
            7.15,
            Confidence::Low,
            "| 7.15 (computed",
        ),
        (
            "beds_per_1000",
            2024,
            7.32,
            Confidence::Medium,
            "| 7.32 (extraction) |",
        ),
        (
            "physicians",
            2025,
            5_306_000.0,
            Confidence::Medium,
            "| 530.6万;",
        ),
        ("nurses", 2025, 6_062_000.0, Confidence::Medium, "606.2万 |"),
        (
            "health_workers",
            2025,
            16_121_000.0,
            Confidence::Medium,
            "| 1,612.1万;",
        ),
        (
            "health_technicians",
            2025,
            13_455_000.0,
            Confidence::Medium,
            "1,345.5万 |",
        ),
        (
            "health_workers",
            2024,
            15_780_000.0,
            Confidence::High,
            "1578万",
        ),
        (
            "health_technicians",
            2024,
            13_020_000.0,
            Confidence::High,
            "1302.0万",
        ),
        ("life_expectancy", 2025, 79.25, Confidence::High, "79.25岁"),
        (
            "population",
            2025,
            1_404_890_000.0,
            Confidence::High,
            "| 140,489万 |",
        ),
    ];
    let third: Vec<&Statistic> = china
        .statistics
        .iter()
        .filter(|s| s.edition.number() == 3)
        .collect();
    assert_eq!(third.len(), want.len(), "no figure beyond the table");
    for (id, year, value, confidence, written) in want {
        let s = third
            .iter()
            .find(|s| {
                s.year == *year
                    && match &s.subject {
                        Subject::Quantity(q) => cat.quantities[*q].id == *id,
                        Subject::Indicator(i) => i.id == *id,
                    }
            })
            .unwrap_or_else(|| panic!("{id} {year}"));
        assert_eq!(
            (s.value, s.confidence),
            (*value, *confidence),
            "{id} {year}"
        );
        assert!(section.contains(written), "{id} {year}: {written}");
        assert!(
            fold_whitespace(section).contains(&fold_whitespace(&s.quote)),
            "{id} {year}: its quote is the 2026-12-04 table's: {}",
            s.quote
        );
        assert!(
            mentions(&s.quote, *value),
            "{id} {year}: {} not in {}",
            value,
            s.quote
        );
        if s.confidence != Confidence::High {
            assert!(s.caveat.is_some(), "{id} {year}: its caveat");
        }
    }
    // The computed beds density says it is computed.
    let computed = third
        .iter()
        .find(|s| s.confidence == Confidence::Low)
        .and_then(|s| s.caveat.as_ref())
        .expect("a caveat");
    assert!(computed.zh.contains("计算") && computed.en.contains("Computed"));
    // The 15th Five-Year outline's 2030 targets, from edition 3 on.
    for (id, indicator, value) in [
        (
            "licensed-physicians-2030",
            "licensed_physicians_per_1000",
            3.7,
        ),
        ("nurses-2030", "nurses_per_1000", 5.1),
    ] {
        let t = china.target(id).unwrap_or_else(|| panic!("{id}"));
        assert_eq!(
            (
                t.indicator.id.as_str(),
                t.year,
                t.comparison_figure(),
                t.edition.number()
            ),
            (indicator, 2030, Some(value), 3)
        );
        assert!(t.caveat.is_some(), "{id}: medium confidence says so");
    }
}

#[test]
fn regional_statistics_give_the_figure_their_quote_states() {
    for plan in plans() {
        for st in &plan.statistics {
            if plan.id == "china" {
                continue; // checked cell by cell above
            }
            // Or the year before a bulletin's: its figure less the change it states
            // ("年末常住人口8374万人,比上年末增加2万人" gives 8,372万 a year earlier).
            assert!(
                mentions(&st.quote, st.value) || year_before(&st.quote, st.value),
                "{}: {} not in {}",
                plan.id,
                st.value,
                st.quote
            );
            if st.confidence != Confidence::High {
                assert!(
                    st.caveat.is_some(),
                    "{}: a {:?} figure needs its caveat",
                    plan.id,
                    st.confidence
                );
            }
        }
    }
}

#[test]
fn plan_ids_are_unique_and_targets_unique_within_a_plan() {
    let mut ids = HashSet::new();
    for plan in plans() {
        assert!(ids.insert(plan.id.clone()), "duplicate plan id {}", plan.id);
        let mut tids = HashSet::new();
        for t in &plan.targets {
            assert!(tids.insert(&t.id), "{}: duplicate target {}", plan.id, t.id);
        }
    }
}

/// Decimals of a stated figure as the plan prints it (6.82 → 2, 0.5 → 1).
fn decimals(v: f64) -> i32 {
    let s = format!("{v}");
    s.split('.').nth(1).map(|d| d.len() as i32).unwrap_or(0)
}

#[test]
fn baselines_match_the_plans_stated_figures_after_rounding() {
    let cat = catalog();
    let mut checked = 0;
    for plan in plans() {
        let Some(b) = &plan.baseline else { continue };
        let s = Scenario::baseline(cat, plan);
        for st in &b.stated {
            let ind = cat
                .indicator(&st.indicator)
                .expect("stated indicator in catalog");
            let v = indicator_value(cat, &ind.kind, &s.levers)
                .unwrap_or_else(|e| panic!("{}: {} not computable: {e:?}", plan.id, st.indicator));
            let scale = 10f64.powi(decimals(st.value));
            assert_eq!(
                (v * scale).round() / scale,
                st.value,
                "{}: {} computes to {v}, the plan states {}",
                plan.id,
                st.indicator,
                st.value
            );
            checked += 1;
        }
    }
    assert!(checked >= 10, "only {checked} stated figures checked");
}

#[test]
fn jiaohe_baseline_is_the_plans_2020_figures() {
    let cat = catalog();
    let plan = crate::common::plan("jiaohe");
    let b = plan.baseline.as_ref().expect("baseline");
    assert_eq!(b.year, 2020);
    let get = |id: &str| plan.baseline_value(cat.quantity(id).expect(id));
    assert_eq!(get("population"), Some(328_925.0));
    assert_eq!(get("beds_total"), Some(2242.0));
    assert_eq!(get("physicians"), Some(1098.0));
    assert_eq!(get("nurses"), Some(1042.0));
    assert_eq!(get("pharmacists"), Some(121.0));
    assert_eq!(get("gps"), Some(175.0));
    assert_eq!(get("tcm_physicians"), Some(163.0));
    assert_eq!(get("public_health_staff"), Some(92.0));
    // The source's own defects are recorded as notes on the targets they concern.
    for (target, needle) in [
        ("beds-2025", "1859"),
        ("bed-worker-2025", "1:54"),
        ("gps-2025", "4.32"),
    ] {
        assert!(
            plan.notes_for(target).any(|n| n.text.zh.contains(needle)),
            "no note on {target} mentioning {needle}"
        );
    }
}

#[test]
fn six_listed_plans_with_their_metadata_and_words_only_goals() {
    let all = plans();
    let listed: Vec<&str> = all
        .iter()
        .filter(|p| p.listed)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(
        listed,
        [
            "sichuan",
            "baoding",
            "zhejiang-2024",
            "jiaohe",
            "guiyang-2023",
            "china"
        ]
    );
    // Standards-only files: a province's figures a region inherits, never opened on their own.
    let unlisted: Vec<&str> = all
        .iter()
        .filter(|p| !p.listed)
        .map(|p| p.id.as_str())
        .collect();
    assert_eq!(unlisted, ["guizhou", "hebei", "jilin"]);
    let plans: Vec<&Plan> = all.iter().filter(|p| p.listed).collect();
    for p in plans.iter().filter(|p| p.origin == Origin::Seed) {
        assert!(
            !p.region.zh.is_empty() && !p.region.en.is_empty(),
            "{}",
            p.id
        );
        assert!(!p.title.zh.is_empty() && !p.title.en.is_empty(), "{}", p.id);
        assert!(
            p.targets.len() >= 9,
            "{} has only {} targets",
            p.id,
            p.targets.len()
        );
    }
    let get = |id: &str| plans.iter().find(|p| p.id == id).expect(id);
    // Sichuan's and Jiaohe's 2035 goals are words only; Baoding's 2035 coverage goals are numbers.
    for id in ["sichuan", "jiaohe"] {
        assert!(
            get(id).goals.iter().any(|g| g.year == 2035),
            "{id} keeps its 2035 goal in words"
        );
        assert!(
            get(id).targets.iter().all(|t| t.year < 2035),
            "{id} has no numeric 2035 target"
        );
    }
    let baoding_2035: Vec<_> = get("baoding")
        .targets
        .iter()
        .filter(|t| t.year == 2035)
        .map(|t| &t.comparison)
        .collect();
    assert!(baoding_2035.contains(&&hps_model::plan::Comparison::AtLeast(75.0)));
    assert!(baoding_2035.contains(&&hps_model::plan::Comparison::AtLeast(85.0)));
    // Zhejiang's 44% personnel-spending target exists only in the second copy of its text.
    let zj = get("zhejiang-2024");
    assert!(zj.target("personnel-spending-share").is_some());
    assert!(zj.notes.iter().any(|n| n.text.zh.contains("44%")));
    // Annual task lists are due in their document's year, flagged as inferred where unstated.
    assert!(zj.targets.iter().all(|t| t.year == 2024));
    // "全年" gives the year in the sentence itself.
    for id in ["rotation-training", "rotation-training-islands"] {
        assert!(!zj.target(id).expect(id).year_inferred, "{id}");
    }
    assert!(get("guiyang-2023").targets.iter().all(|t| t.year == 2023));
}
