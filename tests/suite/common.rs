//! The one shared setup of the native tests: the built-in catalog and plans (read once for the
//! whole run), a plan's starting values, a share link opened the way the page opens it, the plan
//! schema as a validator, and the files under `seeds/`.

use std::sync::{Arc, OnceLock};

use hps_model::catalog::{CATALOG_JSON, Catalog};
use hps_model::data::library::{BUILTIN_INDEX, builtin_plans, chain_plans};
use hps_model::link::{Ignored, Shared, decode, scenario_from};
use hps_model::plan::Plan;
use hps_model::plan::edition::Edition;
use hps_model::sim::projection::Projection;
use hps_model::sim::report::{Report, report};
use hps_model::sim::reported::{Reports, reports};
use hps_model::sim::scenario::Scenario;
use hps_model::sim::start::Start;
use hps_model::sim::timeline::Today;
use proptest::test_runner::{Config, FileFailurePersistence};
use serde_json::Value;

/// `schema/plan.schema.json`, the plan format for editors.
pub const SCHEMA: &str = include_str!("../../schema/plan.schema.json");

/// The example plan file of `docs/data.md`, as the browser tests load it.
pub const EXAMPLE_PLAN: &str = include_str!("../e2e/fixtures/example-plan.json");

/// The plan a link that names none opens.
pub const LINK_DEFAULT_PLAN: &str = "jiaohe";

/// The built-in catalog, which must validate.
pub fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| Catalog::parse(CATALOG_JSON).expect("catalog validates"))
}

/// Every built-in plan, in file order. A plan that stopped loading would otherwise pass every
/// test by being absent, so all of them must load.
pub fn plans() -> &'static [Plan] {
    static PLANS: OnceLock<Vec<Plan>> = OnceLock::new();
    PLANS.get_or_init(|| {
        let (plans, broken) = builtin_plans(catalog());
        assert!(
            broken.is_empty(),
            "built-in plans that do not load: {broken:#?}"
        );
        assert_eq!(plans.len(), BUILTIN_INDEX.len());
        plans
    })
}

/// The built-in plan with this id.
pub fn plan(id: &str) -> &'static Plan {
    plans()
        .iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no built-in plan {id}"))
}

/// The catalog and one built-in plan, the setup of most tests.
pub fn setup(id: &str) -> (&'static Catalog, &'static Plan) {
    (catalog(), plan(id))
}

/// The data as it stood on 2026-12-01, before the nation's 2025 figures.
pub const EDITION_2: Edition = Edition::SECOND;

/// A built-in plan as a link of `edition` sees it.
pub fn plan_as_of(id: &str, edition: Edition) -> Arc<Plan> {
    Plan::as_of(&Arc::new(plan(id).clone()), edition)
}

/// The plans a built-in plan inherits from, nearest first.
pub fn chain(id: &str) -> Vec<&'static Plan> {
    chain_plans(plans(), plan(id))
}

/// Where a built-in plan starts in an edition of the data, with the plans it inherits from.
pub fn start(id: &str, edition: Edition) -> Start {
    let plan = plan(id);
    Start::new(catalog(), plan, &chain_plans(plans(), plan), edition)
}

/// A share link as the page opens it: decoded, its plan started in the link's edition, the
/// link applied, projected and reported.
pub struct Opened {
    /// The plan as the link's data edition has it.
    pub plan: Arc<Plan>,
    pub shared: Shared,
    /// Parameters the link's reader ignored, with why.
    pub ignored: Vec<(String, Ignored)>,
    pub start: Start,
    pub scenario: Scenario,
    pub projection: Projection,
    pub report: Report,
}

/// A day before 2025 had ended: every target still ahead, as the simulation tests were written.
pub const MID_2025: Today = Today {
    year: 2025,
    month: 6,
    day: 1,
};

/// No report judges anything on `MID_2025`.
pub fn no_reports() -> Reports {
    Reports::none(MID_2025)
}

/// The day the native tests judge on unless they say otherwise: the bulletins for 2025 are out.
pub const TODAY: Today = Today {
    year: 2026,
    month: 12,
    day: 4,
};

pub fn open_link(query: &str) -> Opened {
    open_link_on(query, TODAY)
}

/// A link opened on `today`.
pub fn open_link_on(query: &str, today: Today) -> Opened {
    let cat = catalog();
    let decoded = decode(query, cat);
    let shared = decoded.shared;
    let id = shared
        .plan
        .clone()
        .unwrap_or_else(|| LINK_DEFAULT_PLAN.into());
    let edition = shared.edition();
    let full = plan(&id);
    let plan = Plan::as_of(&Arc::new(full.clone()), edition);
    let chain: Vec<Plan> = chain_plans(plans(), full)
        .into_iter()
        .map(|c| Plan::as_of(&Arc::new(c.clone()), edition).as_ref().clone())
        .collect();
    let chain: Vec<&Plan> = chain.iter().collect();
    let start = Start::new(cat, &plan, &chain, edition);
    let scenario = scenario_from(cat, &plan, &start, &shared);
    let projection = Projection::new(cat, &scenario);
    let reports = reports(cat, &plan.targets, &plan, &chain, edition, today);
    let report = report(cat, &plan, &scenario, &projection, &reports);
    Opened {
        plan,
        shared,
        ignored: decoded.ignored,
        start,
        scenario,
        projection,
        report,
    }
}

/// The plan schema, compiled.
pub struct Checker {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Checker {
    pub fn new() -> Checker {
        const URL: &str = "https://health-plan-sim.example/schema/plan.schema.json";
        let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
        let mut compiler = boon::Compiler::new();
        compiler.add_resource(URL, schema).expect("schema added");
        let mut schemas = boon::Schemas::new();
        let index = compiler
            .compile(URL, &mut schemas)
            .expect("the schema compiles");
        Checker { schemas, index }
    }

    /// What the schema finds wrong with a file, if anything.
    pub fn errors(&self, v: &Value) -> Option<String> {
        self.schemas
            .validate(v, self.index)
            .err()
            .map(|e| format!("{e:#}"))
    }
}

/// The repository's root (the suite belongs to the page's crate, two folders down).
pub const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// A file under `seeds/`.
pub fn seed_file(name: &str) -> String {
    let path = format!("{ROOT}/seeds/{name}");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A proptest configuration whose failures are kept beside the test's source
/// (`tests/suite/share.rs` → `tests/suite/share.proptest-regressions`) and re-run first.
/// Proptest's default would put them in `tests/proptest-regressions/share.txt`, because
/// `tests/suite` holds a `main.rs`.
pub fn proptest_config(cases: u32) -> Config {
    Config {
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource(
            "proptest-regressions",
        ))),
        ..Config::with_cases(cases)
    }
}
