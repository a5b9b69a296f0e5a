//! `schema/plan.schema.json`, the plan format for editors: every built-in plan and the README's
//! example pass it, and the schema and the page's reader agree on what is wrong.

use health_plan_sim::model::catalog::Catalog;
use health_plan_sim::model::library::BUILTIN_INDEX;
use health_plan_sim::model::plan::{PLAN_KEYS, Plan};
use serde_json::{Value, json};

const SCHEMA: &str = include_str!("../schema/plan.schema.json");
const URL: &str = "https://health-plan-sim.example/schema/plan.schema.json";

struct Checker {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Checker {
    fn new() -> Checker {
        let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
        let mut compiler = boon::Compiler::new();
        compiler.add_resource(URL, schema).expect("schema added");
        let mut schemas = boon::Schemas::new();
        let index = compiler
            .compile(URL, &mut schemas)
            .expect("the schema compiles");
        Checker { schemas, index }
    }

    fn errors(&self, v: &Value) -> Option<String> {
        self.schemas
            .validate(v, self.index)
            .err()
            .map(|e| format!("{e:#}"))
    }
}

fn readme_example() -> Value {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    let start = readme.find("### Plan-file format").expect("format section");
    let block = &readme[start..];
    let open = block.find("```json\n").expect("json block") + "```json\n".len();
    let close = block[open..].find("```").expect("block end");
    serde_json::from_str(&block[open..open + close]).expect("the README example is JSON")
}

#[test]
fn every_built_in_plan_passes_the_schema() {
    let c = Checker::new();
    assert!(BUILTIN_INDEX.len() >= 8);
    for f in BUILTIN_INDEX {
        let v: Value = serde_json::from_str(f.text).expect(f.file);
        assert_eq!(c.errors(&v), None, "{}", f.file);
    }
}

#[test]
fn the_readme_example_passes_the_schema_and_the_reader() {
    let c = Checker::new();
    let example = readme_example();
    assert_eq!(c.errors(&example), None);
    assert!(Plan::parse(&example.to_string(), &Catalog::builtin()).is_ok());
    let fixture: Value =
        serde_json::from_str(include_str!("e2e/fixtures/example-plan.json")).expect("fixture");
    assert_eq!(fixture, example, "the e2e fixture is the README's example");
}

#[test]
fn the_schema_names_the_same_keys_and_quantities_as_the_reader() {
    let schema: Value = serde_json::from_str(SCHEMA).expect("schema");
    let mut keys: Vec<&str> = schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .map(String::as_str)
        .collect();
    let mut reader: Vec<&str> = PLAN_KEYS.to_vec();
    keys.sort_unstable();
    reader.sort_unstable();
    assert_eq!(keys, reader);
    let quantities: Vec<&str> = schema["$defs"]["quantity"]["enum"]
        .as_array()
        .expect("quantity enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let catalog = Catalog::builtin();
    let ids: Vec<&str> = catalog.quantities.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        quantities, ids,
        "the schema lists the catalog's quantities in order"
    );
}

#[test]
fn the_schema_and_the_reader_refuse_the_same_wrong_files() {
    let c = Checker::new();
    let cat = Catalog::builtin();
    let good = readme_example();
    type Change = fn(&mut Value);
    let wrong: [(&str, Change); 9] = [
        ("a misspelt key", |v| {
            v["targets"][0]["comparison"]["tolerence"] = json!(0.1)
        }),
        ("a key the format lacks", |v| v["colour"] = json!("blue")),
        ("a year after 2035", |v| {
            v["targets"][0]["year"] = json!(2040)
        }),
        ("no quotes", |v| v["targets"][0]["quotes"] = json!([])),
        ("an unknown comparison", |v| {
            v["targets"][0]["comparison"]["type"] = json!("roughly")
        }),
        ("a tolerance of 150%", |v| {
            v["targets"][0]["comparison"]["tolerance"] = json!(1.5)
        }),
        ("a negative figure", |v| {
            v["targets"][1]["comparison"]["value"] = json!(-1)
        }),
        ("an unknown quantity", |v| {
            v["baseline"]["values"]["hospital_cats"] = json!(3)
        }),
        ("a missing title", |v| {
            v.as_object_mut().map(|o| o.remove("title"));
        }),
    ];
    for (what, change) in wrong {
        let mut v = good.clone();
        change(&mut v);
        assert!(c.errors(&v).is_some(), "the schema accepts {what}");
        assert!(
            Plan::parse(&v.to_string(), &cat).is_err(),
            "the reader accepts {what}"
        );
    }
}
