//! Data editions: links made before new statistics came in keep opening with the lever values,
//! pace and verdicts they had. The expected figures were written by this test itself on
//! 2026-12-02, from the data as it stood before the 2026-12-01 statistics (edition 1), and are
//! kept in `tests/fixtures/links-edition-1.json`; they are never regenerated.

use health_plan_sim::ui::saved::parse;
use hps_model::link::{Ignored, decode, encode, scenario_from, shared_from};
use hps_model::plan::Confidence;
use hps_model::plan::edition::Edition;
use hps_model::sim::scenario::Growth;
use hps_model::sim::start::Provenance;
use serde_json::{Value, json};

use crate::common::{self, Opened, open_link};

/// Links as the page wrote them before editions: defaults, typed values, a pace held flat and a
/// population growth, for each of the six built-in plans; a format-1 link; a hand-written one.
const LINKS: &[&str] = &[
    "v=2&plan=sichuan",
    "v=2&plan=sichuan&lang=zh&physicians=300000&beds_total=650000",
    "v=2&plan=sichuan&nurses.pace=flat&growth=0.5",
    "v=2&plan=zhejiang-2024",
    "v=2&plan=zhejiang-2024&physicians=300000&nurses.yearly=5000&beds_total.pace=flat&growth=-0.2",
    "v=2&plan=guiyang-2023",
    "v=2&plan=guiyang-2023&gps.pace=flat&population.2025=6500000&population.2035=7000000",
    "v=2&plan=baoding",
    "v=2&plan=baoding&beds_total=60000&growth=-1",
    "v=2&plan=china",
    "v=2&plan=china&nurses.pace=flat&physicians.pace=flat",
    "v=2&plan=jiaohe",
    "v=2&plan=jiaohe&beds_total=2698&nurses=1300&growth=-0.5&t.maternal-mortality=10",
    "v=1&plan=jiaohe&lang=en&milestone=2035&beds_total=2698&nurses=1300&beds_total.yearly=40&growth=-0.5",
    "plan=sichuan",
];

/// What a link opens to: every lever's value and yearly change, the population in 2025 and 2035,
/// and every target's status (at its own year, and the 2025 targets held to 2035).
fn opened(query: &str) -> Value {
    let cat = common::catalog();
    let Opened {
        plan,
        scenario: sc,
        projection: pr,
        report: rep,
        ..
    } = open_link(query);
    let pop = cat.population().expect("population");
    let levers: Vec<Value> = cat
        .quantities
        .iter()
        .enumerate()
        .map(|(q, c)| json!([c.id, sc.lever(q), sc.yearly_change(q)]))
        .collect();
    let status = |rows: &[hps_model::sim::report::Row]| -> Vec<Value> {
        rows.iter()
            .map(|r| {
                json!([
                    plan.targets[r.target].id,
                    r.year,
                    format!("{:?}", r.outcome.status)
                ])
            })
            .collect()
    };
    json!({
        "levers": levers,
        "population": [pr.at(2025)[pop], pr.at(2035)[pop]],
        "rows": status(&rep.rows),
        "held": status(&rep.held),
    })
}

/// What a link opens to now equals what it opened to then: every lever the catalog had then,
/// by id, with its value and yearly change; a lever the catalog gained since (licensed
/// physicians without assistants, health technical workers) starts empty and flat; the
/// population; and every row.
fn same_as_then(now: &Value, then: &Value, link: &str) {
    let by_id = |v: &Value| -> std::collections::BTreeMap<String, Value> {
        v["levers"]
            .as_array()
            .expect("levers")
            .iter()
            .map(|l| (l[0].as_str().expect("id").to_string(), l.clone()))
            .collect()
    };
    let (now_levers, then_levers) = (by_id(now), by_id(then));
    for (id, lever) in &now_levers {
        match then_levers.get(id) {
            Some(was) => assert_eq!(lever, was, "{link}: {id}"),
            None => assert_eq!(lever, &json!([id, null, 0.0]), "{link}: {id} is new"),
        }
    }
    assert_eq!(
        then_levers.len(),
        now_levers.len() - 2,
        "{link}: two new levers"
    );
    // The population to the last bit but one: `powi` may round its last bit differently from
    // one build to another.
    for (a, b) in now["population"]
        .as_array()
        .expect("population")
        .iter()
        .zip(then["population"].as_array().expect("population"))
    {
        let (a, b) = (a.as_f64().expect("a number"), b.as_f64().expect("a number"));
        assert!(
            (a - b).abs() <= 1e-12 * b.abs(),
            "{link}: population {a} ≠ {b}"
        );
    }
    for key in ["rows", "held"] {
        assert_eq!(now[key], then[key], "{link}: {key}");
    }
}

fn fixture_path() -> std::path::PathBuf {
    std::path::Path::new(crate::common::ROOT).join("tests/fixtures/links-edition-1.json")
}

#[test]
fn links_from_edition_1_open_as_they_did() {
    let now: Value = LINKS
        .iter()
        .map(|l| (l.to_string(), opened(l)))
        .collect::<serde_json::Map<_, _>>()
        .into();
    if std::env::var_os("WRITE_EDITION_1").is_some() {
        std::fs::write(
            fixture_path(),
            serde_json::to_string_pretty(&now).expect("json") + "\n",
        )
        .expect("write");
    }
    let text = std::fs::read_to_string(fixture_path()).expect("fixture");
    let then: Value = serde_json::from_str(&text).expect("fixture json");
    for link in LINKS {
        same_as_then(&now[*link], &then[*link], link);
    }
}

/// Links made with the second edition (2026-12-01), before the nation's 2025 figures: what
/// they opened to was written by the code of `ded7fda` (the last commit before the third
/// edition) into `tests/fixtures/links-edition-2.json`, never regenerated.
const LINKS_2: &[&str] = &[
    "v=2&ed=2&plan=sichuan",
    "v=2&ed=2&plan=sichuan&lang=zh&physicians=300000&beds_total=650000",
    "v=2&ed=2&plan=sichuan&nurses.pace=flat&growth=0.5",
    "v=2&ed=2&plan=zhejiang-2024",
    "v=2&ed=2&plan=zhejiang-2024&physicians=300000&nurses.yearly=5000&beds_total.pace=flat&growth=-0.2",
    "v=2&ed=2&plan=guiyang-2023",
    "v=2&ed=2&plan=guiyang-2023&gps.pace=flat&population.2025=6500000&population.2035=7000000",
    "v=2&ed=2&plan=baoding",
    "v=2&ed=2&plan=baoding&beds_total=60000&growth=-1",
    "v=2&ed=2&plan=china",
    "v=2&ed=2&plan=china&nurses.pace=flat&physicians.pace=flat",
    "v=2&ed=2&plan=china&milestone=2035&physicians=5000000&physicians.yearly=150000",
    "v=2&ed=2&plan=jiaohe",
    "v=2&ed=2&plan=jiaohe&beds_total=2698&nurses=1300&growth=-0.5&t.maternal-mortality=10",
    "v=2&ed=2&plan=jiaohe&milestone=2035&beds_total.yearly=40",
];

#[test]
fn links_from_edition_2_open_as_they_did() {
    let path =
        std::path::Path::new(crate::common::ROOT).join("tests/fixtures/links-edition-2.json");
    let then: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("json");
    assert_eq!(then.as_object().map(|o| o.len()), Some(LINKS_2.len()));
    for link in LINKS_2 {
        same_as_then(&opened(link), &then[*link], link);
    }
}

#[test]
fn sichuan_starts_from_its_own_2023_figures_in_the_new_edition() {
    let cat = common::catalog();
    let q = |id: &str| cat.quantity(id).expect(id);
    let new = common::start("sichuan", Edition::LATEST);
    let old = common::start("sichuan", Edition::FIRST);
    let pop = 83_740_000.0;
    assert_eq!(new.value(q("population")), Some(pop));
    // "全省医疗卫生机构床位70.86万张"
    assert_eq!(new.value(q("beds_total")), Some(708_600.0));
    assert!(matches!(
        new.provenance(q("beds_total")),
        Some(Provenance::Statistic {
            year: 2023,
            confidence: Confidence::Medium,
            caveat: Some(_),
            ..
        })
    ));
    for (id, density, per) in [
        ("physicians", 3.34, 1000.0),
        ("nurses", 4.01, 1000.0),
        ("gps", 3.71, 10_000.0),
        ("public_health_staff", 5.61, 10_000.0),
    ] {
        assert_eq!(
            new.value(q(id)),
            Some((density * pop / per).round()),
            "{id}"
        );
        match new.provenance(q(id)) {
            Some(Provenance::Density {
                own: true,
                year: 2023,
                confidence: Confidence::Medium,
                caveat: Some(c),
                ..
            }) => {
                if id == "public_health_staff" {
                    assert!(c.zh.contains("专业公共卫生机构人员"), "{}", c.zh);
                }
            }
            other => panic!("{id}: {other:?}"),
        }
        // The first edition still starts from the nation's density, labelled an assumption.
        assert!(
            old.provenance(q(id)).is_some_and(|p| p.is_assumption()),
            "{id}"
        );
    }
    assert_ne!(old.value(q("physicians")), new.value(q("physicians")));
}

#[test]
fn the_population_moves_at_its_recent_pace_from_the_nearest_series() {
    let pace = |id: &str| {
        common::start(id, common::EDITION_2)
            .population_pace
            .expect(id)
    };
    let pct = |from: f64, to: f64| (to / from - 1.0) * 100.0;
    let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
    // Jiaohe has no counts of its own: its province's, 吉林省 2023—2024.
    let j = pace("jiaohe");
    assert_eq!(
        (j.scope.zh.as_str(), j.own, j.from, j.to),
        ("吉林省", false, 2023, 2024)
    );
    assert!(close(j.percent(), pct(23_394_100.0, 23_173_100.0)));
    assert!((j.percent() - -0.94).abs() < 0.01, "{}", j.percent());
    let z = pace("zhejiang-2024");
    assert_eq!((z.own, z.from, z.to), (true, 2022, 2023));
    assert!(close(z.percent(), pct(65_770_000.0, 66_270_000.0)));
    let b = pace("baoding");
    assert_eq!((b.scope.zh.as_str(), b.from, b.to), ("河北省", 2021, 2022));
    let g = pace("guiyang-2023");
    assert_eq!((g.own, g.from, g.to), (true, 2022, 2023));
    assert!((g.percent() - 2.93).abs() < 0.01, "{}", g.percent());
    let s = pace("sichuan");
    assert_eq!((s.own, s.from, s.to), (true, 2021, 2022));
    let c = pace("china");
    assert_eq!((c.own, c.from, c.to), (true, 2023, 2024));
    // The third edition brought the nation's 2025 population (140,489万, down 339万).
    let c = common::start("china", Edition::THIRD)
        .population_pace
        .expect("china");
    assert_eq!((c.from, c.to), (2024, 2025));
    assert!(close(c.percent(), pct(1_408_280_000.0, 1_404_890_000.0)));
    // The first edition had no population pace: links made then keep a flat population.
    assert!(
        common::start("jiaohe", Edition::FIRST)
            .population_pace
            .is_none()
    );
}

#[test]
fn a_fresh_visit_opens_on_the_newest_data_and_the_pace_shows_in_the_verdicts() {
    let cat = common::catalog();
    let Opened {
        plan: jp,
        shared: fresh,
        start,
        scenario: sc,
        projection: pr,
        ..
    } = open_link("");
    assert_eq!(fresh.edition(), Edition::LATEST);
    assert_eq!(sc.growth, Growth::Recent);
    let pop = cat.population().expect("population");
    let (p0, p35) = (
        pr.at(jp.base_year)[pop].expect("p0"),
        pr.at(2035)[pop].expect("p35"),
    );
    assert!(
        p35 < p0 * 0.92,
        "Jilin's shrinking population: {p0} → {p35}"
    );
    // Written as a link, it names its edition and reopens the same scenario.
    let link = encode(&shared_from(cat, &jp, &start, &sc));
    assert!(
        link.starts_with(&format!("v=2&ed={}&", Edition::LATEST)),
        "{link}"
    );
    let again = decode(&link, cat).shared;
    assert_eq!(again.edition(), Edition::LATEST);
    assert_eq!(scenario_from(cat, &jp, &start, &again), sc);
    // Held flat by the user: written as growth=0 and kept.
    let mut flat = sc.clone();
    flat.growth = Growth::Rate(0.0);
    let link = encode(&shared_from(cat, &jp, &start, &flat));
    assert!(link.contains("growth=0"), "{link}");
}

#[test]
fn editions_in_links_newer_latest_and_malformed() {
    let cat = common::catalog();
    let d = decode("v=2&plan=sichuan&ed=latest", cat);
    assert_eq!((d.shared.edition(), d.ignored.len()), (Edition::LATEST, 0));
    let newer = Edition::LATEST.number() + 1;
    let d = decode(&format!("v=2&plan=sichuan&ed={newer}"), cat);
    assert_eq!(d.shared.edition(), Edition::LATEST);
    assert_eq!(
        d.ignored,
        vec![(format!("ed={newer}"), Ignored::NewerEdition(newer))]
    );
    let d = decode("v=2&plan=sichuan&ed=0", cat);
    assert_eq!(d.shared.edition(), Edition::FIRST);
    assert_eq!(d.ignored, vec![("ed=0".to_string(), Ignored::Malformed)]);
}

/// A scenario saved in the browser before editions is a link without `ed`: it keeps its numbers.
#[test]
fn a_saved_scenario_from_before_keeps_its_numbers() {
    let stored = r#"[{"name":"workshop","query":"v=2&plan=sichuan&nurses.pace=flat&growth=0.5"}]"#;
    let saved = parse(stored);
    let then: Value =
        serde_json::from_str(&std::fs::read_to_string(fixture_path()).expect("fixture"))
            .expect("json");
    same_as_then(
        &opened(&saved[0].query),
        &then["v=2&plan=sichuan&nurses.pace=flat&growth=0.5"],
        "saved",
    );
}
