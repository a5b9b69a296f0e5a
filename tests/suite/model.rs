//! The assessment of Jiaohe's 2025 targets, the comparisons, and bad values.

use hps_model::catalog::Catalog;
use hps_model::plan::{Comparison, Plan};
use hps_model::sim::assess::{Bad, Reason, Status, Tracked, assess, judge};
use hps_model::sim::projection::Projection;
use hps_model::sim::report::report;
use hps_model::sim::scenario::Scenario;
use hps_model::sim::timeline::Milestone;

use crate::common;

fn setup() -> (&'static Catalog, &'static Plan) {
    common::setup("jiaohe")
}

fn outcome(
    cat: &Catalog,
    plan: &Plan,
    s: &Scenario,
    target: &str,
) -> hps_model::sim::assess::Outcome {
    let t = plan.target(target).expect(target);
    assess(cat, t, &s.levers, s.tracked.get(target).copied())
}

#[test]
fn beds_per_1000_at_baseline_is_6_82_and_missed_by_456_beds() {
    let (cat, plan) = setup();
    let s = Scenario::baseline(cat, plan);
    let o = outcome(cat, plan, &s, "beds-2025");
    assert_eq!(o.status, Status::Missed);
    assert_eq!((o.value.unwrap() * 100.0).round() / 100.0, 6.82);
    assert!((o.gap.unwrap() - (8.2 - 2242.0 / 328.925)).abs() < 1e-9);
    let lever = o.lever.unwrap();
    // 8.2 × 328,925 / 1,000 = 2,697.185 → 2,698 beds: +456.
    assert_eq!(lever.min, Some(2698.0));
    assert_eq!(lever.min.unwrap() - lever.current, 456.0);
    // The band's lower edge (7.79) needs fewer: 7.79 × 328.925 = 2,562.33 → 2,563.
    assert_eq!(lever.band_min, Some(2563.0));
    // The upper edge (8.61) caps it: 8.61 × 328.925 = 2,832.04 → 2,832.
    assert_eq!(lever.max, Some(2832.0));
}

#[test]
fn beds_status_moves_through_missed_band_met_over() {
    let (cat, plan) = setup();
    let mut s = Scenario::baseline(cat, plan);
    let beds = cat.quantity("beds_total").unwrap();
    for (value, status) in [
        (2562.0, Status::Missed),
        (2563.0, Status::Band),
        (2697.0, Status::Band),
        (2698.0, Status::Met),
        (2832.0, Status::Met),
        (2833.0, Status::Over),
    ] {
        s.set_lever(beds, Some(value));
        assert_eq!(
            outcome(cat, plan, &s, "beds-2025").status,
            status,
            "{value} beds"
        );
    }
}

#[test]
fn ratios_and_norms() {
    let (cat, plan) = setup();
    let mut s = Scenario::baseline(cat, plan);
    // 1,042 / 1,098 = 0.95 nurses per physician against 1:1.20.
    let o = outcome(cat, plan, &s, "doctor-nurse-2025");
    assert_eq!(o.status, Status::Missed);
    assert_eq!(o.lever.unwrap().min, Some((1.2f64 * 1098.0).ceil()));
    // The GP target (4.32) is below the 2020 value (5.32): met at baseline.
    assert_eq!(outcome(cat, plan, &s, "gps-2025").status, Status::Met);
    // Health supervisors: 1–1.5 per 10,000 → 33 to 49 for 328,925 people.
    let sup = cat.quantity("health_supervisors").unwrap();
    for (v, st) in [
        (32.0, Status::Missed),
        (33.0, Status::Met),
        (49.0, Status::Met),
        (50.0, Status::Over),
    ] {
        s.set_lever(sup, Some(v));
        assert_eq!(
            outcome(cat, plan, &s, "health-supervisors").status,
            st,
            "{v} supervisors"
        );
    }
    // Psychiatric physicians ≥ 4.0 per 100,000 → 14 for 328,925 (13.157 rounds up).
    let psych = cat.quantity("psych_physicians").unwrap();
    s.set_lever(psych, Some(0.0));
    assert_eq!(
        outcome(cat, plan, &s, "psych-physicians-2025")
            .lever
            .unwrap()
            .min,
        Some(14.0)
    );
}

#[test]
fn surge_beds_follow_the_population_band() {
    let (cat, plan) = setup();
    let mut s = Scenario::baseline(cat, plan);
    let surge = cat.quantity("beds_surge_infectious").unwrap();
    let pop = cat.quantity("population").unwrap();
    s.set_lever(surge, Some(49.0));
    let o = outcome(cat, plan, &s, "surge-beds");
    assert_eq!((o.status, o.threshold), (Status::Missed, Some(50.0)));
    s.set_lever(surge, Some(50.0));
    assert_eq!(outcome(cat, plan, &s, "surge-beds").status, Status::Met);
    s.set_lever(pop, Some(200_000.0));
    s.set_lever(surge, Some(20.0));
    let o = outcome(cat, plan, &s, "surge-beds");
    assert_eq!((o.status, o.threshold), (Status::Met, Some(20.0)));
    s.set_lever(pop, Some(50_000.0));
    assert_eq!(
        outcome(cat, plan, &s, "surge-beds").reason,
        Some(Reason::OutsideBands {
            population: 50_000.0
        })
    );
}

#[test]
fn bad_values_are_not_assessable_with_a_reason() {
    let (cat, plan) = setup();
    let pop = cat.quantity("population").unwrap();
    let beds = cat.quantity("beds_total").unwrap();
    let mut s = Scenario::baseline(cat, plan);
    let cases = [
        (pop, Some(0.0), Reason::ZeroBase(pop)),
        (pop, Some(-5.0), Reason::Invalid(pop, Bad::Negative)),
        (pop, Some(f64::NAN), Reason::Invalid(pop, Bad::NotFinite)),
        (
            pop,
            Some(f64::INFINITY),
            Reason::Invalid(pop, Bad::NotFinite),
        ),
        (pop, Some(1e12), Reason::Invalid(pop, Bad::TooLarge)),
        (beds, None, Reason::NotEntered(beds)),
    ];
    for (q, v, reason) in cases {
        let mut s2 = s.clone();
        s2.set_lever(q, v);
        let o = outcome(cat, plan, &s2, "beds-2025");
        assert_eq!(
            (o.status, o.reason),
            (Status::NotAssessable, Some(reason)),
            "{v:?}"
        );
    }
    // Nothing entered for a tracked target: not entered, never a failure.
    let o = outcome(cat, plan, &s, "maternal-mortality");
    assert_eq!(
        (o.status, o.reason),
        (Status::NotAssessable, Some(Reason::TrackedNotEntered))
    );
    s.tracked
        .insert("maternal-mortality".into(), Tracked::Number(13.0));
    assert_eq!(
        outcome(cat, plan, &s, "maternal-mortality").status,
        Status::Missed
    );
}

#[test]
fn comparisons() {
    let about = Comparison::About {
        value: 10.0,
        tolerance: 0.05,
    };
    assert_eq!(judge(&about, 9.4, None), Status::Missed);
    assert_eq!(judge(&about, 9.5, None), Status::Band);
    assert_eq!(judge(&about, 10.0, None), Status::Met);
    assert_eq!(judge(&about, 10.5, None), Status::Met);
    assert_eq!(judge(&about, 10.6, None), Status::Over);
    assert_eq!(judge(&Comparison::AtMost(12.0), 12.0, None), Status::Met);
    assert_eq!(judge(&Comparison::AtMost(12.0), 12.1, None), Status::Missed);
    let inc = Comparison::IncreaseBy {
        value: 1.0,
        base: Some(78.0),
        tolerance: Some(0.05),
    };
    assert_eq!(judge(&inc, 0.96, None), Status::Band);
    assert_eq!(judge(&inc, 0.9, None), Status::Missed);
}

#[test]
fn jiaohe_2025_summary_at_baseline() {
    let (cat, plan) = setup();
    let s = Scenario::baseline(cat, plan);
    let p = Projection::new(cat, &s);
    let r = report(cat, plan, &s, &p, &common::no_reports());
    let (computed, tracked) = r.tally(plan, Milestone::Y2025);
    // At the 2020 baseline: GPs and public TCM beds (0.854 against 0.85左右) are met, county
    // beds (3.65 against 3.7左右) are within the band, non-public beds (1.99 against 1.8左右) over.
    assert_eq!(
        (computed.met, computed.band, computed.over),
        (2, 1, 1),
        "{computed:?}"
    );
    assert_eq!(tracked.succeeded(), 0);
    assert_eq!(tracked.not_assessable, tracked.total());
}

#[test]
fn the_lever_value_to_type_now_allows_for_the_pace() {
    use hps_model::sim::assess::needed_now;
    let (cat, plan) = setup();
    let t = plan.target("beds-2025").expect("beds-2025");
    let s = Scenario::baseline(cat, plan);
    let o = assess(cat, t, &s.levers, None);
    // 2,698 beds are needed in 2025; at +76 a year from 2020, 2,318 now; held flat, 2,698.
    assert_eq!(needed_now(&o, 2025, 2020, 76.0), Some(2698.0 - 5.0 * 76.0));
    assert_eq!(needed_now(&o, 2025, 2020, 0.0), Some(2698.0));
    // Never below zero, and nothing for a met target.
    assert_eq!(needed_now(&o, 2025, 2020, 10_000.0), Some(0.0));
    let mut met = s.clone();
    met.set_lever(cat.quantity("beds_total").expect("beds"), Some(2698.0));
    let o = assess(cat, t, &met.levers, None);
    assert_eq!(needed_now(&o, 2025, 2020, 0.0), None);
}

#[test]
fn tracked_entries_and_benchmarks_follow_their_rules() {
    use hps_model::sim::benchmark::builtin;
    let (cat, plan) = setup();
    // A percentage is typed as 0–100; a count may be any size but not negative.
    assert_eq!(
        plan.target("geriatrics-2025").expect("share").entry_range(),
        (0.0, 100.0)
    );
    assert_eq!(
        plan.target("emergency-team").expect("count").entry_range(),
        (0.0, 1e12)
    );
    // International figures are compared at the milestone, never judged.
    let oecd = builtin(cat)
        .into_iter()
        .find(|b| b.id == "oecd-beds-2021")
        .expect("oecd");
    assert_eq!(oecd.year_for(2035), 2035);
    assert_eq!(oecd.judge(Some(9.0)), Status::NotAssessable);
    assert_eq!(oecd.above(Some(9.0)), Some(true));
    assert_eq!(oecd.above(Some(1.0)), Some(false));
    assert_eq!(oecd.above(None), None);
}
