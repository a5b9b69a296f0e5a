//! After 2025 (issue 25): a target whose year has passed is judged on what the region reported
//! for it, where its data has a report, with what the pace had predicted beside it; else on the
//! projection, labelled so. Projections start from the latest year reported. The 2030
//! milestone. Each rule on every built-in plan at three pinned dates.

use hps_model::catalog::IndicatorKind;
use hps_model::plan::Confidence;
use hps_model::plan::edition::Edition;
use hps_model::sim::assess::Status;
use hps_model::sim::projection::Projection;
use hps_model::sim::report::Basis;
use hps_model::sim::reported::reported_value;
use hps_model::sim::solve::{apply, what_it_takes};
use hps_model::sim::start::Provenance;
use hps_model::sim::timeline::{Milestone, Today};

use crate::common::{self, open_link_on};

const DAYS: [Today; 3] = [
    Today {
        year: 2025,
        month: 6,
        day: 1,
    },
    Today {
        year: 2026,
        month: 12,
        day: 4,
    },
    Today {
        year: 2031,
        month: 1,
        day: 1,
    },
];

/// On every built-in plan, on each day, at the newest data and at the second edition's: a row is
/// judged on a report exactly when its year has passed and the region reported a figure for it
/// (its own statistics only), and that report's value is the verdict's; every other row is
/// projected, and says whether its year has passed.
#[test]
fn reported_or_projected_on_every_plan_at_three_dates() {
    let cat = common::catalog();
    let mut reported = 0;
    for plan in common::plans().iter().filter(|p| p.listed) {
        for ed in ["2", "latest"] {
            for today in DAYS {
                let o = open_link_on(&format!("v=2&ed={ed}&plan={}", plan.id), today);
                for row in &o.report.rows {
                    let t = &o.plan.targets[row.target];
                    let report = reported_value(cat, &o.plan.statistics, &t.indicator, t.year)
                        .filter(|_| today.is_past(t.year));
                    match (&row.basis, report) {
                        (Basis::Reported(r), Some(v)) => {
                            assert_eq!(r.value, v, "{} {}", plan.id, t.id);
                            assert_eq!(row.year, t.year);
                            reported += 1;
                        }
                        (Basis::Projected { past }, None) => {
                            assert_eq!(*past, today.is_past(t.year), "{} {}", plan.id, t.id);
                            assert_eq!(row.outcome, row.projected);
                        }
                        (b, r) => panic!("{} {} on {today:?}: {b:?} with {r:?}", plan.id, t.id),
                    }
                }
            }
        }
    }
    assert!(reported >= 4, "China's 2025 rows at least: {reported}");
}

/// China on the newest data, on 2026-12-04: physicians judged on the bulletin's 3.78, nurses on
/// 4.32, the doctor : nurse ratio computed from the counts, 1 : 1.14, missed; each with what the
/// pace from 2024 had predicted. Without the third edition, the same rows are projected.
#[test]
fn china_2025_is_judged_on_the_bulletin() {
    let o = open_link_on("v=2&ed=latest&plan=china", common::TODAY);
    let row = |id: &str| {
        let i = o.plan.targets.iter().position(|t| t.id == id).expect(id);
        o.report
            .rows
            .iter()
            .find(|r| r.target == i)
            .expect(id)
            .clone()
    };
    let phys = row("physicians-2025");
    let r = phys.basis.reported().expect("physicians reported");
    assert_eq!((r.value.value, r.value.computed), (3.78, false));
    assert_eq!(r.value.confidence, Confidence::Medium);
    assert_eq!(phys.outcome.status, Status::Met);
    let (from, predicted) = r.predicted.expect("a prediction");
    assert_eq!(from, 2024);
    // 3.61 in 2024 and the bulletins' pace 2019–2024, (3.61 − 2.77) / 5 a year.
    assert!(
        (predicted - (3.61 + (3.61 - 2.77) / 5.0)).abs() < 0.01,
        "{predicted}"
    );
    let nurses = row("nurses-2025");
    assert_eq!(nurses.basis.reported().map(|r| r.value.value), Some(4.32));
    let ratio = row("doctor-nurse-2025");
    let r = ratio.basis.reported().expect("ratio reported");
    assert!(r.value.computed, "computed from the counts, and says so");
    assert!((r.value.value - 606.2 / 530.6).abs() < 1e-9);
    assert_eq!(ratio.outcome.status, Status::Missed);
    // No report for TCM physicians: projected, and its year has passed.
    assert_eq!(
        row("tcm-physicians-2025").basis,
        Basis::Projected { past: true }
    );
    // The second edition knew nothing of 2025: every 2025 row projected.
    let old = open_link_on("v=2&ed=2&plan=china", common::TODAY);
    assert!(old.report.rows.iter().all(|r| r.basis.reported().is_none()));
    // Before 2025 had ended, nothing was past.
    let early = open_link_on("v=2&ed=latest&plan=china", DAYS[0]);
    assert!(
        early
            .report
            .rows
            .iter()
            .all(|r| r.basis == Basis::Projected { past: false })
    );
}

/// The summary's counts: of the computed targets due by 2025, how many the reports met and
/// missed, how many have no report yet.
#[test]
fn the_passed_milestone_is_counted_by_basis() {
    let o = open_link_on("v=2&ed=latest&plan=china", common::TODAY);
    let b = o.report.by_basis(&o.plan, Milestone::Y2025, false);
    assert_eq!((b.reported.total(), b.reported.succeeded()), (3, 2));
    assert_eq!(
        b.no_report.total(),
        3,
        "TCM physicians, TCM beds, nursery places"
    );
    assert_eq!(b.ahead.total(), 0);
    let later = o.report.by_basis(&o.plan, Milestone::Y2030, false);
    assert_eq!(
        later.ahead.total(),
        4,
        "the 2030 physicians, GPs, licensed physicians, nurses"
    );
}

/// Projections start from the latest year reported: China from 2025 on the newest data (2024
/// on the second edition); Jiaohe from its plan's 2020, having no report of its own.
#[test]
fn projections_start_from_the_latest_reported_year() {
    let cat = common::catalog();
    let q = |id: &str| cat.quantity(id).expect(id);
    let new = common::start("china", Edition::LATEST);
    assert_eq!(new.base_year, 2025);
    assert_eq!(new.value(q("population")), Some(1_404_890_000.0));
    assert_eq!(new.value(q("beds_total")), Some(10_039_606.0));
    assert_eq!(
        new.value(q("physicians")),
        Some(5_306_000.0),
        "the count, not the density"
    );
    assert_eq!(
        new.value(q("licensed_physicians")),
        Some((3.25_f64 * 1_404_890.0).round())
    );
    assert_eq!(common::start("china", common::EDITION_2).base_year, 2024);
    assert_eq!(common::start("jiaohe", Edition::LATEST).base_year, 2020);
    let o = open_link_on("v=2&ed=latest&plan=china", common::TODAY);
    assert_eq!((o.scenario.base_year, o.projection.base_year), (2025, 2025));
}

/// A region whose own figures report a later year than its plan's baseline starts there: the
/// levers it reported from the report, the others carried forward from the plan at the recent
/// pace and labelled an estimate.
#[test]
fn a_later_report_moves_the_start_and_carries_the_rest_forward() {
    let cat = common::catalog();
    let q = |id: &str| cat.quantity(id).expect(id);
    let mut jiaohe = common::plan("jiaohe").clone();
    let text = r#"{"statistics": [{"quantity": "beds_total", "year": 2023, "value": 2500,
        "source": {"zh": "蛟河市2023年统计公报", "en": "Jiaohe 2023 bulletin"},
        "quote": "床位2500张", "confidence": "high"}]}"#;
    let added = hps_model::plan::read_statistics_json(text, cat).expect("statistics");
    jiaohe.statistics.extend(added);
    let chain = common::chain("jiaohe");
    let s = hps_model::sim::start::Start::new(cat, &jiaohe, &chain, Edition::LATEST);
    assert_eq!(s.base_year, 2023);
    assert_eq!(s.value(q("beds_total")), Some(2500.0));
    assert!(matches!(
        s.provenance(q("beds_total")),
        Some(Provenance::Statistic { year: 2023, .. })
    ));
    // Physicians: the plan's 2020 figure and three years at the recent pace.
    let plan_2020 = jiaohe.baseline_value(q("physicians")).expect("2020");
    let pace = s.pace(q("physicians")).expect("pace");
    let pop_2020 = jiaohe.baseline_value(q("population")).expect("population");
    assert_eq!(
        s.value(q("physicians")),
        Some(plan_2020 + 3.0 * pace.yearly(pop_2020))
    );
    let p = s.provenance(q("physicians")).expect("provenance");
    assert!(p.is_assumption(), "an estimate, said to be one");
    assert!(matches!(p, Provenance::Carried { from: 2020, .. }));
}

/// The 2030 milestone: China's 15th Five-Year targets judged with gaps, first-met years and
/// what it takes from today; licensed physicians (without assistants) have no series, so they
/// are held flat at 3.25 and need a yearly addition that meets 3.7 in 2030.
#[test]
fn the_2030_view_judges_the_15th_five_year_targets() {
    let cat = common::catalog();
    let o = open_link_on("v=2&ed=latest&plan=china", common::TODAY);
    let ix = |id: &str| o.plan.targets.iter().position(|t| t.id == id).expect(id);
    let lic = &o.report.rows[ix("licensed-physicians-2030")];
    assert_eq!(lic.basis, Basis::Projected { past: false });
    assert_eq!(lic.outcome.status, Status::Missed);
    assert!(lic.outcome.lever.is_some(), "a gap in physicians");
    assert!(Milestone::Y2030.includes(o.plan.targets[ix("nurses-2030")].year));
    let w = what_it_takes(cat, &o.plan, &o.scenario, common::TODAY);
    assert!(w.claims.contains(&ix("licensed-physicians-2030")));
    let p = Projection::new(cat, &apply(&o.scenario, &w.levers));
    let v = hps_model::sim::assess::indicator_value(
        cat,
        &o.plan.targets[ix("licensed-physicians-2030")]
            .indicator
            .kind,
        p.at(2030),
    )
    .expect("a value");
    assert!(v >= 3.7, "{v}");
    // Nothing can change 2025 now: no lever is topped up in the base year, and the passed 2025
    // standards are only held from 2026 on.
    assert!(w.levers.iter().all(|l| l.top_up == 0.0), "{:?}", w.levers);
    // The licensed physicians' density is a catalog density of its own quantity.
    assert!(matches!(
        o.plan.targets[ix("licensed-physicians-2030")]
            .indicator
            .kind,
        IndicatorKind::Density { .. }
    ));
}

/// Where a plan opens: the first milestone its own targets fall in.
#[test]
fn a_15th_five_year_plan_opens_on_2030() {
    assert_eq!(Milestone::opening([2030, 2030, 2035]), Milestone::Y2030);
    for plan in common::plans().iter().filter(|p| p.listed) {
        assert_eq!(
            Milestone::opening(plan.targets.iter().map(|t| t.year)),
            Milestone::Y2025,
            "{}: every built-in plan has 2025 targets",
            plan.id
        );
    }
}
