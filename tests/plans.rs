//! Every plan file validates, every quote is the plan's own words, and the baselines agree with
//! the figures the plans themselves state.

use std::collections::HashSet;

use health_plan_sim::model::assess::indicator_value;
use health_plan_sim::model::catalog::Catalog;
use health_plan_sim::model::library::BUILTIN_PLANS;
use health_plan_sim::model::plan::Plan;
use health_plan_sim::model::scenario::Scenario;
use health_plan_sim::model::text::fold_whitespace;

fn catalog() -> Catalog {
    Catalog::parse(health_plan_sim::model::catalog::CATALOG_JSON).expect("catalog validates")
}

fn plans() -> Vec<Plan> {
    let cat = catalog();
    BUILTIN_PLANS
        .iter()
        .map(|(file, text)| {
            Plan::parse(text, &cat).unwrap_or_else(|e| panic!("{file} does not validate: {e:#?}"))
        })
        .collect()
}

fn source(plan: &Plan) -> String {
    let path = format!("{}/seeds/{}", env!("CARGO_MANIFEST_DIR"), plan.source);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    fold_whitespace(&text)
}

#[test]
fn every_plan_file_validates() {
    assert!(!BUILTIN_PLANS.is_empty());
    assert_eq!(plans().len(), BUILTIN_PLANS.len());
}

#[test]
fn every_quote_occurs_verbatim_in_its_source() {
    for plan in plans() {
        let src = source(&plan);
        let mut quotes: Vec<(&str, &str)> = Vec::new();
        for t in &plan.targets {
            assert!(!t.quotes.is_empty(), "{}: {} has no quote", plan.id, t.id);
            quotes.extend(t.quotes.iter().map(|q| (t.id.as_str(), q.as_str())));
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
        let s = Scenario::baseline(&cat, &plan);
        for st in &b.stated {
            let ind = cat
                .indicator(&st.indicator)
                .expect("stated indicator in catalog");
            let v = indicator_value(&cat, &ind.kind, &s.levers)
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
    let plan = plans()
        .into_iter()
        .find(|p| p.id == "jiaohe")
        .expect("jiaohe");
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
fn five_plans_with_their_metadata_and_words_only_goals() {
    let plans = plans();
    let ids: Vec<&str> = plans.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "sichuan",
            "baoding",
            "zhejiang-2024",
            "jiaohe",
            "guiyang-2023"
        ]
    );
    for p in &plans {
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
    assert!(baoding_2035.contains(&&health_plan_sim::model::plan::Comparison::AtLeast(75.0)));
    assert!(baoding_2035.contains(&&health_plan_sim::model::plan::Comparison::AtLeast(85.0)));
    // Zhejiang's 44% personnel-spending target exists only in the second copy of its text.
    let zj = get("zhejiang-2024");
    assert!(zj.target("personnel-spending-share").is_some());
    assert!(zj.notes.iter().any(|n| n.text.zh.contains("44%")));
    // Annual task lists are due in their document's year, flagged as inferred where unstated.
    assert!(zj.targets.iter().all(|t| t.year == 2024 && t.year_inferred));
    assert!(get("guiyang-2023").targets.iter().all(|t| t.year == 2023));
}
