//! The page's sentences, tested natively: the same words the levers, rows and exports show.

use hps_model::input::InputError;
use hps_model::lang::Lang;
use hps_model::plan::edition::Edition;
use hps_model::sim::report::FirstMet;
use hps_model::sim::scenario::Growth;
use hps_model::sim::timeline::Milestone;
use hps_words::sheet::{Snapshot, csv, report_html};
use hps_words::words::{SourceKind, Words};

use crate::common::{catalog, open_link, plan, start};

fn words(lang: Lang) -> Words<'static> {
    Words {
        catalog: catalog(),
        lang,
    }
}

#[test]
fn a_lever_says_where_its_value_came_from_with_its_caveat() {
    let cat = catalog();
    let s = start("sichuan", Edition::LATEST);
    let q = cat.quantity("physicians").expect("physicians");
    let (kind, zh) = words(Lang::Zh).provenance(s.provenance(q).expect("provenance"), 2023);
    assert_eq!(kind, SourceKind::Statistic);
    assert!(
        zh.contains("3.34") && zh.contains("⚠") && zh.contains("人民网四川"),
        "{zh}"
    );
    let (_, en) = words(Lang::En).provenance(s.provenance(q).expect("provenance"), 2023);
    assert!(en.contains("3.34") && en.contains("People's Daily"), "{en}");
    // The first edition's national density is an assumption, and says so.
    let old = start("sichuan", Edition::FIRST);
    let (kind, _) = words(Lang::Zh).provenance(old.provenance(q).expect("provenance"), 2023);
    assert_eq!(kind, SourceKind::Assumption);
    assert_eq!(SourceKind::Assumption.code(), "assumption");
}

#[test]
fn the_population_pace_names_its_region_years_and_source() {
    let s = start("jiaohe", Edition::LATEST);
    let p = s.population_pace.as_ref().expect("pace");
    let zh = words(Lang::Zh).population_pace(p);
    assert!(
        zh.starts_with("近年人口变化 −0.94%/年,吉林省2023—2024年"),
        "{zh}"
    );
    assert!(
        zh.contains("⚠"),
        "a medium-confidence figure shows its caveat: {zh}"
    );
    let en = words(Lang::En).population_pace(p);
    assert!(en.contains("−0.94%/yr") && en.contains("Jilin"), "{en}");
}

#[test]
fn growth_gap_reason_and_errors_in_both_languages() {
    let o = open_link("v=2&ed=2&plan=jiaohe");
    assert_eq!(o.scenario.growth, Growth::Recent);
    assert!(words(Lang::Zh).growth(&o.scenario).contains("近年变化"));
    assert!(words(Lang::En).growth(&o.scenario).contains("%/yr"));
    let jiaohe = plan("jiaohe");
    let row = o
        .report
        .rows
        .iter()
        .find(|r| jiaohe.targets[r.target].id == "beds-2025")
        .expect("beds-2025");
    let t = &jiaohe.targets[row.target];
    let (main, _) = words(Lang::Zh).gap(t, &row.outcome);
    assert!(!main.is_empty());
    assert!(words(Lang::Zh).target(t, &row.outcome).contains("左右"));
    assert_eq!(words(Lang::En).first_met(FirstMet::Year(2027)), "2027");
    for e in [
        InputError::NotANumber,
        InputError::Negative,
        InputError::TooLarge(10.0),
    ] {
        let (zh, en) = (
            words(Lang::Zh).input_error(e),
            words(Lang::En).input_error(e),
        );
        assert!(!zh.is_empty() && !en.is_empty() && zh != en, "{e:?}");
        assert!(!zh.contains("input."), "a key shows: {zh}");
    }
}

/// The exports from a plain snapshot: no page, no signals.
#[test]
fn the_csv_and_the_print_report_come_from_a_snapshot() {
    let o = open_link("v=2&ed=2&plan=jiaohe&beds_total=2698");
    let snapshot = Snapshot {
        catalog: catalog(),
        lang: Lang::Zh,
        plan: &o.plan,
        milestone: Milestone::Y2025,
        link: "https://example.org/?v=2&ed=2&plan=jiaohe&beds_total=2698".into(),
        scenario: &o.scenario,
        start: &o.start,
        report: &o.report,
        inherited: &[],
        standards: &[],
        sweep: None,
    };
    let text = csv(&snapshot);
    assert!(text.starts_with('\u{feff}'));
    assert!(
        text.contains("beds-2025") && text.contains("ed=2&plan=jiaohe"),
        "{text}"
    );
    assert!(text.contains("2698"), "the typed beds are in the sheet");
    let rows = text
        .lines()
        .filter(|l| l.starts_with("beds-") || l.starts_with("gps-"))
        .count();
    assert!(rows >= 2, "{rows}");
    let html = report_html(&snapshot);
    assert!(html.starts_with("<h1>") && html.contains("<table>") && html.contains("beds-2025"));
    assert!(!html.contains("<script"), "text only");
}
