//! Data editions: links made before new statistics came in keep opening with the lever values,
//! pace and verdicts they had. The expected figures were written by this test itself on
//! 2026-12-02, from the data as it stood before the 2026-12-01 statistics (edition 1), and are
//! kept in `tests/fixtures/links-edition-1.json`; they are never regenerated.

use health_plan_sim::model::catalog::Catalog;
use health_plan_sim::model::library::{builtin_plans, chain_plans};
use health_plan_sim::model::projection::Projection;
use health_plan_sim::model::report::report;
use health_plan_sim::model::share::{decode, scenario_from};
use health_plan_sim::model::start::Start;
use serde_json::{Value, json};

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
fn opened(cat: &Catalog, query: &str) -> Value {
    let (plans, _) = builtin_plans(cat);
    let shared = decode(query, cat).shared;
    let id = shared.plan.clone().unwrap_or_else(|| "jiaohe".into());
    let plan = plans.iter().find(|p| p.id == id).expect("plan");
    let start = Start::new(cat, plan, &chain_plans(&plans, plan));
    let sc = scenario_from(cat, plan, &start, &shared);
    let pr = Projection::new(cat, &sc, plan.base_year);
    let rep = report(cat, plan, &sc, &pr);
    let pop = cat.population().expect("population");
    let levers: Vec<Value> = cat
        .quantities
        .iter()
        .enumerate()
        .map(|(q, c)| json!([c.id, sc.lever(q), sc.yearly_change(q)]))
        .collect();
    let status = |rows: &[health_plan_sim::model::report::Row]| -> Vec<Value> {
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

fn fixture_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/links-edition-1.json")
}

#[test]
fn links_from_edition_1_open_as_they_did() {
    let cat = Catalog::builtin();
    let now: Value = LINKS
        .iter()
        .map(|l| (l.to_string(), opened(&cat, l)))
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
        assert_eq!(now[link], then[link], "{link}");
    }
}
