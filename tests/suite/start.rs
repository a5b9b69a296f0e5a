//! Where every region starts, the recent pace, the back-test of that pace against the bulletins,
//! and the rule for which way a plan wants an indicator to move.

use hps_model::catalog::{Catalog, Direction};
use hps_model::plan::{Comparison, Plan};
use hps_model::sim::assess::{Status, judge_toward};
use hps_model::sim::backtest::{ORIGINS, backtest_plan, backtest_series};
use hps_model::sim::projection::Projection;
use hps_model::sim::report::{FirstMet, report};
use hps_model::sim::scenario::{PaceChoice, Scenario};
use hps_model::sim::start::{Provenance, Start};
use proptest::prelude::*;

use crate::common;

fn setup() -> (&'static Catalog, &'static [Plan]) {
    (common::catalog(), common::plans())
}

/// A built-in plan and where it starts on the data of edition 2 (2026-12-01), which these
/// tests were written on: the nation's bulletins up to 2024. The third edition's 2025 figures
/// are tested in `after_2025.rs`.
fn start(id: &str) -> (&'static Plan, Start) {
    (common::plan(id), common::start(id, common::EDITION_2))
}

#[test]
fn every_listed_plan_starts_with_a_population_and_the_national_staff() {
    let (cat, plans) = setup();
    let q = |id: &str| cat.quantity(id).expect(id);
    for plan in plans.iter().filter(|p| p.listed) {
        let (_, s) = start(&plan.id);
        for id in [
            "population",
            "beds_total",
            "physicians",
            "nurses",
            "gps",
            "public_health_staff",
        ] {
            assert!(
                s.value(q(id)).is_some_and(|v| v > 0.0),
                "{}: {id} has no start",
                plan.id
            );
        }
    }
}

#[test]
fn starting_values_follow_the_order_of_trust() {
    let (cat, _) = setup();
    let q = |id: &str| cat.quantity(id).expect(id);
    // Jiaohe's own 2020 baseline always wins.
    let (_, j) = start("jiaohe");
    assert_eq!(j.value(q("beds_total")), Some(2242.0));
    assert_eq!(
        j.provenance(q("beds_total")),
        Some(&Provenance::Plan { derived: None })
    );
    // Nursery places: the plan gives only 2.84 per 1,000; the count is derived and says so.
    assert!(matches!(
        j.provenance(q("nursery_places")),
        Some(Provenance::Plan { derived: Some(_) })
    ));
    // Zhejiang: its 2023 population from the bulletin; physicians from the national 2024
    // density (3.61 per 1,000), an assumption.
    let (_, z) = start("zhejiang-2024");
    assert_eq!(z.value(q("population")), Some(66_270_000.0));
    assert!(matches!(
        z.provenance(q("population")),
        Some(Provenance::Statistic { year: 2023, .. })
    ));
    assert_eq!(
        z.value(q("physicians")),
        Some((3.61 * 66_270.0_f64).round())
    );
    let p = z.provenance(q("physicians")).expect("provenance");
    assert!(p.is_assumption());
    assert!(matches!(
        p,
        Provenance::Density {
            year: 2024,
            own: false,
            ..
        }
    ));
    // 2024 beds are not in the table: the nearest year, 2023 (7.23).
    assert!(matches!(
        z.provenance(q("beds_total")),
        Some(Provenance::Density { year: 2023, .. })
    ));
    // Baoding: Hebei's 2020 densities come before the nation's; GPs only from the nation.
    let (_, b) = start("baoding");
    assert_eq!(b.value(q("beds_total")), Some((5.94 * 9_242.6_f64).round()));
    match b.provenance(q("beds_total")) {
        Some(Provenance::Density {
            scope,
            year: 2020,
            own: false,
            ..
        }) => assert_eq!(scope.zh, "河北省"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        b.provenance(q("gps")),
        Some(Provenance::Density { year: 2023, .. })
    ));
    // China: its own statistics, not an assumption.
    let (_, c) = start("china");
    assert_eq!(c.value(q("population")), Some(1_408_280_000.0));
    assert!(
        !c.provenance(q("physicians"))
            .expect("physicians")
            .is_assumption()
    );
    // No sourced figure anywhere: left empty, never invented.
    assert_eq!(z.value(q("tcm_physicians")), None);
    assert_eq!(z.value(q("nursery_places")), None);
}

#[test]
fn the_recent_pace_is_the_bulletins_average_change_applied_to_the_region() {
    let (cat, _) = setup();
    let q = |id: &str| cat.quantity(id).expect(id);
    let (_, s) = start("jiaohe");
    let pace = s.pace(q("beds_total")).expect("beds pace");
    // Beds per 1,000: 6.30 (2019) → 7.23 (2023): +0.2325 a year.
    assert_eq!((pace.from, pace.to), (2019, 2023));
    assert!((pace.per_year() - 0.2325).abs() < 1e-9);
    // Applied to Jiaohe's 328,925 people: 76.5 → 76 beds a year (whole beds).
    assert_eq!(pace.yearly(328_925.0), 76.0);
    let sc = Scenario::starting(cat, &s);
    assert_eq!(sc.yearly_change(q("beds_total")), 76.0);
    let proj = Projection::new(cat, &sc);
    assert_eq!(proj.at(2025)[q("beds_total")], Some(2242.0 + 5.0 * 76.0));
    // Public-health staff: per 10,000 in the bulletins (6.41 → 7.15 over 2019–2023).
    let ph = s
        .pace(q("public_health_staff"))
        .expect("public-health pace");
    assert_eq!(ph.per, 10_000.0);
    assert_eq!(
        ph.yearly(328_925.0),
        ((7.15 - 6.41) / 4.0 / 10_000.0 * 328_925.0_f64).round()
    );
    // No series: no pace, the lever stays flat.
    assert!(s.pace(q("pharmacists")).is_none());
    assert_eq!(sc.yearly_change(q("pharmacists")), 0.0);
    // Flat and own choices override the pace.
    let mut flat = sc.clone();
    flat.set_pace(q("beds_total"), PaceChoice::Flat);
    assert_eq!(flat.yearly_change(q("beds_total")), 0.0);
    flat.set_yearly(q("beds_total"), 12.0);
    assert_eq!(flat.yearly_change(q("beds_total")), 12.0);
}

#[test]
fn the_pace_changes_when_a_target_is_first_met() {
    let (cat, _) = setup();
    let (plan, s) = start("jiaohe");
    let first = |sc: &Scenario, id: &str| {
        let p = Projection::new(cat, sc);
        let r = report(cat, plan, sc, &p, &common::no_reports());
        let ix = plan.targets.iter().position(|t| t.id == id).expect(id);
        r.rows[ix].first_met
    };
    let recent = Scenario::starting(cat, &s);
    let flat = recent.held_flat();
    // Nurses per 1,000: 3.17 in 2020, target 4.65 by 2025. Flat never gets there; the national
    // pace (+64 a year) does, in a later year.
    assert_eq!(first(&flat, "nurses-2025"), FirstMet::NotBy2035);
    assert!(matches!(first(&recent, "nurses-2025"), FirstMet::Year(y) if y > 2025 && y <= 2035));
}

#[test]
fn the_back_test_reproduces_the_bulletins() {
    let (cat, _) = setup();
    let china = common::plan_as_of("china", common::EDITION_2);
    let rows = backtest_plan(cat, &china, &ORIGINS);
    let get = |ind: &str, origin: i32| {
        rows.iter()
            .find(|r| r.series.id() == ind && r.origin == origin)
            .unwrap_or_else(|| panic!("{ind} {origin}"))
    };
    // From 2019 nothing earlier is known: the method can only hold 2.77 flat.
    let p19 = get("physicians_per_1000", 2019);
    assert_eq!(p19.pace, None);
    let last = p19.last().expect("2024");
    assert_eq!((last.year, last.projected, last.actual), (2024, 2.77, 3.61));
    // From 2021: pace (3.04 − 2.77) / 2 = 0.135; 2024 projected 3.04 + 3 × 0.135 = 3.445.
    let p21 = get("physicians_per_1000", 2021);
    assert!((p21.pace.expect("pace") - 0.135).abs() < 1e-9);
    let l = p21.last().expect("2024");
    assert!((l.projected - 3.445).abs() < 1e-9);
    assert!((l.error() - (3.445 - 3.61)).abs() < 1e-9);
    assert!((l.percent() - (3.445 - 3.61) / 3.61 * 100.0).abs() < 1e-9);
    // Mean absolute error over 2022–2024 for that start.
    let expected = [(2022, 3.15), (2023, 3.40), (2024, 3.61)]
        .iter()
        .map(|(y, a)| (3.04 + 0.135 * f64::from(y - 2021) - a).abs())
        .sum::<f64>()
        / 3.0;
    assert!((p21.mean_abs_error() - expected).abs() < 1e-9);
    // Beds stop in 2023 and public-health staff too: three indicators to 2024, two to 2023.
    assert_eq!(
        get("beds_per_1000", 2020).last().map(|c| c.year),
        Some(2023)
    );
    // And the population, from 2020 (its first count: held flat) and 2021.
    assert_eq!(rows.len(), 5 * ORIGINS.len() + 2);
    let pop20 = get("population", 2020);
    assert_eq!(pop20.pace, None);
    // From 2021: the change 2020→2021 (141,212 → 141,260 万), compounded to 2024.
    let pop21 = get("population", 2021);
    let rate = 141_260.0 / 141_212.0 - 1.0;
    assert!((pop21.pace.expect("pace") - rate * 100.0).abs() < 1e-9);
    let l = pop21.last().expect("2024");
    assert_eq!((l.year, l.actual), (2024, 1_408_280_000.0));
    assert!((l.projected - 1_412_600_000.0 * (1.0 + rate).powi(3)).abs() < 1e-3);
}

#[test]
fn a_later_start_knows_more_and_misses_less_on_these_series() {
    let (cat, _) = setup();
    let china = common::plan_as_of("china", common::EDITION_2);
    let rows = backtest_plan(cat, &china, &ORIGINS);
    for ind in ["physicians_per_1000", "nurses_per_1000", "beds_per_1000"] {
        let err = |o: i32| {
            rows.iter()
                .find(|r| r.series.id() == ind && r.origin == o)
                .map(|r| r.mean_abs_error())
                .expect("row")
        };
        // Holding 2019 flat is the worst of the three on every steadily rising series.
        assert!(err(2019) > err(2020) && err(2019) > err(2021), "{ind}");
    }
}

#[test]
fn the_direction_decides_what_beyond_a_band_means() {
    let about = Comparison::About {
        value: 50.0,
        tolerance: 0.05,
    };
    let range = Comparison::Between {
        low: 1.0,
        high: 3.0,
    };
    // Either way (beds): above the band is over-supply.
    assert_eq!(
        judge_toward(&about, 60.0, None, Direction::Either),
        Status::Over
    );
    // A share the plan wants higher ("50%左右"): doing better is met, falling short still missed.
    assert_eq!(
        judge_toward(&about, 60.0, None, Direction::Higher),
        Status::Met
    );
    assert_eq!(
        judge_toward(&about, 40.0, None, Direction::Higher),
        Status::Missed
    );
    assert_eq!(
        judge_toward(&about, 48.0, None, Direction::Higher),
        Status::Band
    );
    assert_eq!(
        judge_toward(&range, 5.0, None, Direction::Higher),
        Status::Met
    );
    // A reserved quota ("预留…1.8左右"): below it is room left, above the band is over.
    let quota = Comparison::About {
        value: 1.8,
        tolerance: 0.05,
    };
    assert_eq!(
        judge_toward(&quota, 1.0, None, Direction::Lower),
        Status::Met
    );
    assert_eq!(
        judge_toward(&quota, 2.0, None, Direction::Lower),
        Status::Over
    );
    // Floors and caps are untouched by the direction.
    let floor = Comparison::AtLeast(3.0);
    for d in [Direction::Either, Direction::Higher, Direction::Lower] {
        assert_eq!(judge_toward(&floor, 2.0, None, d), Status::Missed);
    }
}

#[test]
fn the_plans_mark_the_shares_they_want_higher() {
    let (_, plans) = setup();
    for (plan, id, dir) in [
        ("guiyang-2023", "primary-basic-standard", Direction::Higher),
        ("jiaohe", "village-doctors-licensed-2025", Direction::Higher),
        ("baoding", "family-doctor-yearly-rise", Direction::Higher),
        ("jiaohe", "chronic-disease-staff", Direction::Higher),
        (
            "guiyang-2023",
            "paediatric-tcm-apprentices",
            Direction::Higher,
        ),
        ("jiaohe", "beds-private-2025", Direction::Lower),
        ("jiaohe", "beds-2025", Direction::Either),
    ] {
        let p = plans.iter().find(|p| p.id == plan).expect(plan);
        assert_eq!(
            p.target(id).expect(id).indicator.direction,
            dir,
            "{plan} {id}"
        );
    }
}

proptest! {
    #![proptest_config(common::proptest_config(500))]

    /// Wanting more never turns a value that meets the plan into a failure, and a higher value
    /// never does worse than a lower one.
    #[test]
    fn higher_is_never_worse_for_an_indicator_wanted_higher(
        value in 0.1f64..100.0, tol in 0.01f64..0.3, a in 0.0f64..300.0, b in 0.0f64..300.0,
    ) {
        let c = Comparison::About { value, tolerance: tol };
        let rank = |s: Status| match s { Status::Missed => 0, Status::Band => 1, _ => 2 };
        let (lo, hi) = (a.min(b), a.max(b));
        let s_lo = judge_toward(&c, lo, None, Direction::Higher);
        let s_hi = judge_toward(&c, hi, None, Direction::Higher);
        prop_assert!(s_hi != Status::Over);
        prop_assert!(rank(s_hi) >= rank(s_lo));
    }

    /// On any rising straight line the back-test from the second year is exact.
    #[test]
    fn the_pace_method_is_exact_on_a_straight_line(d0 in 0.0f64..10.0, slope in -1.0f64..1.0) {
        let series: Vec<(i32, f64)> = (2019..=2024).map(|y| (y, d0 + slope * f64::from(y - 2019))).collect();
        let (pace, checks) = backtest_series(&series, 2020).expect("checks");
        prop_assert!((pace.expect("pace") - slope).abs() < 1e-9);
        for c in checks {
            prop_assert!(c.error().abs() < 1e-9);
        }
    }
}
