//! `schema/plan.schema.json`, the plan format for editors: every built-in plan and the example
//! in `docs/data.md` pass it, and the schema and the page's reader agree on what is wrong.

use std::collections::BTreeSet;

use hps_model::catalog::{Direction, INDICATOR_KEYS};
use hps_model::data::library::BUILTIN_INDEX;
use hps_model::named::Named;
use hps_model::plan::problem::{Problem, ProblemKind};
use hps_model::plan::{Confidence, Level, PLAN_KEYS, Plan};
use serde_json::{Value, json};

use crate::common::{self, Checker, SCHEMA};

fn documented_example() -> Value {
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/data.md"))
        .expect("docs/data.md");
    let start = doc.find("## Plan-file format").expect("format section");
    let block = &doc[start..];
    let open = block.find("```json\n").expect("json block") + "```json\n".len();
    let close = block[open..].find("```").expect("block end");
    serde_json::from_str(&block[open..open + close]).expect("the documented example is JSON")
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
fn the_documented_example_passes_the_schema_and_the_reader() {
    let c = Checker::new();
    let example = documented_example();
    assert_eq!(c.errors(&example), None);
    assert!(Plan::parse(&example.to_string(), common::catalog()).is_ok());
    let fixture: Value = serde_json::from_str(common::EXAMPLE_PLAN).expect("fixture");
    assert_eq!(
        fixture, example,
        "the e2e fixture is the example in docs/data.md"
    );
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
    let catalog = common::catalog();
    let ids: Vec<&str> = catalog.quantities.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        quantities, ids,
        "the schema lists the catalog's quantities in order"
    );
}

#[test]
fn the_schema_and_the_reader_refuse_the_same_wrong_files() {
    let c = Checker::new();
    let cat = common::catalog();
    let good = documented_example();
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
            Plan::parse(&v.to_string(), cat).is_err(),
            "the reader accepts {what}"
        );
    }
}

// Every object and every enum of the schema against the reader.
//
// `full_plan()` uses every key of every object of the format. The tests below check that the
// schema and the reader both accept it; that at each object both refuse a key the schema does
// not give that object (another object's key, or one no object has); and that at each place an
// enum of the schema is used, the reader accepts every value it lists and refuses another.
// A new object in the schema: list it in OBJECTS and give `full_plan` an instance of it. A new
// key: use it in `full_plan`. A new enum: nothing more, once `full_plan` uses its key.

/// Each object the schema defines (a JSON pointer into the schema) and its instances in
/// `full_plan()` (pointers into the plan), which between them hold every key it has.
const OBJECTS: &[(&str, &[&str])] = &[
    ("", &[""]),
    ("/$defs/text/oneOf/1", &["/region", "/title"]),
    ("/$defs/baseline", &["/baseline"]),
    (
        "/$defs/baseline/properties/values/additionalProperties/oneOf/1",
        &["/baseline/values/population"],
    ),
    (
        "/$defs/baseline/properties/stated/items",
        &["/baseline/stated/0"],
    ),
    ("/$defs/statistic", &["/statistics/0", "/statistics/1"]),
    (
        "/$defs/indicator",
        &[
            "/indicators/0",
            "/indicators/1",
            "/indicators/2",
            "/indicators/3",
            "/indicators/4",
        ],
    ),
    ("/$defs/inlineIndicator", &["/targets/5/indicator"]),
    (
        "/$defs/comparison",
        &[
            "/targets/0/comparison",
            "/targets/1/comparison",
            "/targets/2/comparison",
            "/targets/3/comparison",
            "/targets/4/comparison",
            "/targets/5/comparison",
            "/targets/6/comparison",
            "/targets/7/comparison",
        ],
    ),
    (
        "/$defs/comparison/properties/bands/items",
        &[
            "/targets/4/comparison/bands/0",
            "/targets/4/comparison/bands/1",
        ],
    ),
    (
        "/$defs/target",
        &[
            "/targets/0",
            "/targets/1",
            "/targets/2",
            "/targets/3",
            "/targets/4",
            "/targets/5",
            "/targets/6",
            "/targets/7",
        ],
    ),
    ("/$defs/goal", &["/goals/0"]),
    ("/$defs/note", &["/notes/0"]),
];

/// Objects whose keys are data, not the format's: `baseline.values`, keyed by quantity (its
/// keys are checked with the enum they are drawn from).
const MAPS: &[(&str, &str)] = &[("/$defs/baseline/properties/values", "/baseline/values")];

/// A plan with every key of the format: each kind of indicator, each comparison, both forms of a
/// text and of a baseline value, a statistic of each subject.
fn full_plan() -> Value {
    let text = |zh: &str, en: &str| json!({"zh": zh, "en": en});
    json!({
        "$schema": "https://health-plan-sim.example/schema/plan.schema.json",
        "format": 1,
        "id": "every-key",
        "origin": "seed",
        "listed": true,
        "inherits": ["china"],
        "region": text("示例县", "Example County"),
        "level": "county",
        "title": text("示例县卫生健康资源配置方案", "Example County health-resource plan"),
        "issuer": "示例县卫生健康局",
        "date": "2024-06-01",
        "source": "example-county.txt",
        "document_year": 2024,
        "baseline": {
            "year": 2023,
            "values": {
                "population": {
                    "value": 250_000,
                    "quote": "常住人口25万人",
                    "derived": text("由公报推算", "Derived from the bulletin")
                },
                "beds_total": 1500,
                "beds_public": 1200,
                "physicians": 700,
                "nurses": 800
            },
            "stated": [
                {"indicator": "beds_per_1000", "value": 6.0, "quote": "每千人口床位6张"}
            ]
        },
        "statistics": [
            {
                "quantity": "population",
                "year": 2023,
                "value": 250_000,
                "source": text("统计公报", "Statistical bulletin"),
                "quote": "常住人口25万人",
                "confidence": "high",
                "caveat": text("年末数", "At the year's end"),
                "edition": 1
            },
            {
                "indicator": "physicians_per_1000",
                "year": 2023,
                "value": 2.8,
                "source": "统计公报",
                "quote": "每千人口执业医师2.8人",
                "confidence": "medium"
            }
        ],
        "indicators": [
            {
                "id": "local_beds_density", "kind": "density",
                "label": text("本地床位密度", "Local bed density"), "unit": "张",
                "decimals": 2, "direction": "either",
                "numerator": ["beds_total"], "denominator": "population", "per": 1000
            },
            {
                "id": "local_nurse_ratio", "kind": "ratio", "label": "护医比", "unit": "倍",
                "first": ["nurses"], "second": ["physicians"]
            },
            {
                "id": "local_public_share", "kind": "share", "label": "公立床位占比", "unit": "%",
                "part": ["beds_public"], "whole": ["beds_total"]
            },
            {
                "id": "local_surge_count", "kind": "count", "label": "可转换床位", "unit": "张",
                "quantity": "beds_surge_infectious"
            },
            {
                "id": "local_tracked", "kind": "tracked", "label": "家庭医生签约率", "unit": "%",
                "direction": "higher"
            }
        ],
        "targets": [
            {
                "id": "beds", "indicator": "beds_per_1000", "year": 2025,
                "year_inferred": false,
                "comparison": {"type": "about", "value": 6.5, "tolerance": 0.05},
                "nature": "expected",
                "label": text("床位", "Beds"),
                "caveat": text("示例", "An example"),
                "edition": 1,
                "quotes": ["每千人口医疗卫生机构床位数6.5张左右"]
            },
            {
                "id": "ratio", "indicator": "local_nurse_ratio", "year": 2025,
                "comparison": {"type": "at_least", "value": 1.2}, "nature": "binding",
                "quotes": ["医护比达到1:1.2"]
            },
            {
                "id": "cap", "indicator": "local_beds_density", "year": 2025,
                "comparison": {"type": "at_most", "value": 8},
                "quotes": ["床位不超过8张"]
            },
            {
                "id": "range", "indicator": "local_public_share", "year": 2025,
                "comparison": {"type": "between", "low": 70, "high": 90},
                "quotes": ["公立床位占70%—90%"]
            },
            {
                "id": "surge", "indicator": "local_surge_count", "year": 2025,
                "comparison": {
                    "type": "population_rule",
                    "population": "population",
                    "bands": [
                        {"from": 0, "to": 300_000, "at_least": 20},
                        {"from": 300_000, "to": 500_000, "at_least": 50}
                    ]
                },
                "quotes": ["30万人口以下的不低于20张"]
            },
            {
                "id": "coverage",
                "indicator": {
                    "label": text("覆盖率", "Coverage"), "unit": "%",
                    "decimals": 1, "direction": "higher"
                },
                "year": 2025,
                "comparison": {"type": "full_coverage"},
                "quotes": ["实现全覆盖"]
            },
            {
                "id": "built", "indicator": "local_tracked", "year": 2025,
                "comparison": {"type": "done"},
                "quotes": ["建成一个中心"]
            },
            {
                "id": "rise", "indicator": "local_tracked", "year": 2030,
                "comparison": {"type": "increase_by", "value": 2, "base": 78, "tolerance": 0.05},
                "quotes": ["签约率提高2个百分点"]
            }
        ],
        "goals": [
            {
                "year": 2035,
                "quote": "到2035年,建成整合型医疗卫生服务体系。",
                "summary": text("建成整合型服务体系。", "An integrated health-service system.")
            }
        ],
        "notes": [
            {"text": text("示例文件,数字为虚构。", "An example; its figures are made up."), "targets": ["beds"]}
        ]
    })
}

fn schema_value() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

fn problems_of(v: &Value) -> Vec<Problem> {
    Plan::parse(&v.to_string(), common::catalog())
        .err()
        .unwrap_or_default()
}

/// The reader's path for a JSON pointer: `/targets/0/comparison` is `targets[0].comparison`.
fn reader_path(pointer: &str) -> String {
    let mut out = String::new();
    for part in pointer.split('/').skip(1) {
        if part.parse::<usize>().is_ok() {
            out.push_str(&format!("[{part}]"));
        } else {
            out = join(&out, part);
        }
    }
    out
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Pointers to every subschema that defines an object (`"type": "object"`) and to every one
/// that lists values (`enum`, `const`). Conditions (`if`) only select a case: skipped.
fn walk(v: &Value, at: &str, objects: &mut Vec<String>, enums: &mut Vec<String>) {
    match v {
        Value::Object(o) => {
            if o.get("type") == Some(&json!("object")) {
                objects.push(at.to_string());
            }
            if o.contains_key("enum") || o.contains_key("const") {
                enums.push(at.to_string());
            }
            for (k, child) in o.iter().filter(|(k, _)| *k != "if") {
                walk(child, &format!("{at}/{k}"), objects, enums);
            }
        }
        Value::Array(a) => {
            for (i, child) in a.iter().enumerate() {
                walk(child, &format!("{at}/{i}"), objects, enums);
            }
        }
        _ => {}
    }
}

/// The subschema at `at`, its `$ref`s followed, and where it is.
fn resolve<'a>(root: &'a Value, at: &str) -> (String, &'a Value) {
    let mut at = at.to_string();
    loop {
        let s = root
            .pointer(&at)
            .unwrap_or_else(|| panic!("{at} is not in the schema"));
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                at = r
                    .strip_prefix('#')
                    .expect("a $ref within the schema")
                    .into()
            }
            None => return (at, s),
        }
    }
}

/// The values a subschema lists, if it is an enum or a constant.
fn listed(s: &Value) -> Option<Vec<Value>> {
    match (s.get("enum"), s.get("const")) {
        (Some(Value::Array(values)), _) => Some(values.clone()),
        (_, Some(value)) => Some(vec![value.clone()]),
        _ => None,
    }
}

fn keys_of(v: &Value) -> BTreeSet<String> {
    v.as_object()
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default()
}

/// A place in `full_plan()` an enum of the schema is used: a value, or the key of a map.
enum Place {
    Value(String),
    Key(String),
}

/// An enum of the schema (where it is defined, what it lists) at one place it is used.
struct EnumUse {
    def: String,
    values: Vec<Value>,
    place: Place,
}

/// Every place `full_plan()` holds a value of an enum: each key of each object whose schema
/// is an enum, or an array of one (its first item), and the keys of each map.
fn enum_uses(root: &Value, full: &Value) -> Vec<EnumUse> {
    let mut uses = Vec::new();
    for (def, instances) in OBJECTS {
        for key in keys_of(&root.pointer(def).expect(def)["properties"]) {
            let (at, s) = resolve(root, &format!("{def}/properties/{key}"));
            let (at, s, item) = if s.get("type") == Some(&json!("array")) {
                let (at, s) = resolve(root, &format!("{at}/items"));
                (at, s, "/0")
            } else {
                (at, s, "")
            };
            let Some(values) = listed(s) else { continue };
            for inst in instances
                .iter()
                .filter(|i| full.pointer(i).expect(i).get(&key).is_some())
            {
                uses.push(EnumUse {
                    def: at.clone(),
                    values: values.clone(),
                    place: Place::Value(format!("{inst}/{key}{item}")),
                });
            }
        }
    }
    for (def, inst) in MAPS {
        let (at, s) = resolve(root, &format!("{def}/propertyNames"));
        let values = listed(s).unwrap_or_else(|| panic!("{def}: keys from an enum"));
        uses.push(EnumUse {
            def: at,
            values,
            place: Place::Key(inst.to_string()),
        });
    }
    uses
}

/// `full` with `value` at `place` (for a map, a key `value` set to 1), and the reader's path.
fn with_value(full: &Value, place: &Place, value: &Value) -> (Value, String) {
    let mut v = full.clone();
    match place {
        Place::Value(at) => {
            *v.pointer_mut(at).expect(at) = value.clone();
            (v, reader_path(at))
        }
        Place::Key(at) => {
            let key = value.as_str().expect("a map's keys are strings");
            v.pointer_mut(at)
                .and_then(Value::as_object_mut)
                .expect(at)
                .insert(key.to_string(), json!(1));
            (v, join(&reader_path(at), key))
        }
    }
}

#[test]
fn the_objects_and_enums_of_the_schema_are_all_known_here() {
    let root = schema_value();
    let (mut objects, mut enums) = (Vec::new(), Vec::new());
    walk(&root, "", &mut objects, &mut enums);
    let mut known: Vec<String> = OBJECTS
        .iter()
        .map(|(d, _)| d.to_string())
        .chain(MAPS.iter().map(|(d, _)| d.to_string()))
        .collect();
    objects.sort();
    known.sort();
    assert_eq!(
        known, objects,
        "every object the schema defines is in OBJECTS (or MAPS)"
    );
    // Every enum is used where the full plan holds a value, so the enum test reaches it.
    let mut used: Vec<String> = enum_uses(&root, &full_plan())
        .into_iter()
        .map(|u| u.def)
        .collect();
    used.sort();
    used.dedup();
    enums.sort();
    assert_eq!(
        used, enums,
        "every enum of the schema is used in the full plan"
    );
}

#[test]
fn the_full_plan_has_every_key_and_passes_the_schema_and_the_reader() {
    let root = schema_value();
    let full = full_plan();
    assert_eq!(Checker::new().errors(&full), None);
    assert_eq!(problems_of(&full), vec![], "the reader accepts every key");
    for (def, instances) in OBJECTS {
        let keys = keys_of(&root.pointer(def).expect(def)["properties"]);
        let held: BTreeSet<String> = instances
            .iter()
            .flat_map(|i| keys_of(full.pointer(i).expect(i)))
            .collect();
        assert_eq!(held, keys, "{def}: the full plan holds each of its keys");
    }
}

#[test]
fn every_object_refuses_a_key_its_schema_does_not_give_it() {
    let root = schema_value();
    let full = full_plan();
    let c = Checker::new();
    // Every key of any object of the format, the reader's own lists, and one of no object.
    let mut candidates: BTreeSet<String> = OBJECTS
        .iter()
        .flat_map(|(def, _)| keys_of(&root.pointer(def).expect(def)["properties"]))
        .collect();
    candidates.extend(
        PLAN_KEYS
            .iter()
            .chain(INDICATOR_KEYS)
            .map(|k| k.to_string()),
    );
    candidates.insert("colour".into());
    let mut checked = 0;
    for (def, instances) in OBJECTS {
        let keys = keys_of(&root.pointer(def).expect(def)["properties"]);
        for inst in *instances {
            for key in candidates.difference(&keys) {
                let mut v = full.clone();
                v.pointer_mut(inst)
                    .and_then(Value::as_object_mut)
                    .expect(inst)
                    .insert(key.clone(), json!(1));
                let path = join(&reader_path(inst), key);
                let ps = problems_of(&v);
                let unknown = ps.iter().find_map(|p| match &p.kind {
                    ProblemKind::UnknownKey { suggestion, .. } if p.path == path => {
                        Some(*suggestion)
                    }
                    _ => None,
                });
                let Some(suggestion) = unknown else {
                    panic!(
                        "{path}: not a key of {def} in the schema, but the reader accepts it: {ps:#?}"
                    )
                };
                if let Some(s) = suggestion {
                    assert!(
                        keys.contains(s),
                        "{path}: the reader suggests “{s}”, not a key of {def} in the schema"
                    );
                }
                assert!(c.errors(&v).is_some(), "{path}: the schema accepts it");
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} keys tried");
}

#[test]
fn every_enum_of_the_schema_is_what_the_reader_accepts_where_it_is_used() {
    let root = schema_value();
    let full = full_plan();
    let c = Checker::new();
    for u in enum_uses(&root, &full) {
        for value in &u.values {
            let (v, path) = with_value(&full, &u.place, value);
            let ps: Vec<Problem> = problems_of(&v)
                .into_iter()
                .filter(|p| p.path == path)
                .collect();
            assert_eq!(ps, vec![], "{path} = {value}: listed by {}", u.def);
        }
        // A value the enum does not list: a string, or for numbers one more than the largest.
        let other = if u.values.iter().all(Value::is_number) {
            let top = u
                .values
                .iter()
                .filter_map(Value::as_f64)
                .fold(0.0, f64::max);
            json!(top + 1.0)
        } else {
            json!("not_listed")
        };
        let (v, path) = with_value(&full, &u.place, &other);
        let ps: Vec<Problem> = problems_of(&v)
            .into_iter()
            .filter(|p| p.path == path)
            .collect();
        assert!(
            !ps.is_empty(),
            "{path} = {other}: not listed by {}, but the reader accepts it",
            u.def
        );
        assert!(
            c.errors(&v).is_some(),
            "{path} = {other}: the schema accepts it"
        );
        // Where the reader names the values it allows, they are the enum's.
        for p in &ps {
            if let ProblemKind::NotOneOf { allowed, .. } = &p.kind {
                let mut reader: Vec<&str> = allowed.to_vec();
                let mut schema: Vec<&str> = u.values.iter().filter_map(Value::as_str).collect();
                reader.sort_unstable();
                schema.sort_unstable();
                assert_eq!(reader, schema, "{path}: the reader's choices and {}", u.def);
            }
        }
    }
}

fn sorted<'a>(names: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut v: Vec<String> = names.into_iter().map(str::to_string).collect();
    v.sort();
    v
}

#[test]
fn the_schema_lists_the_names_the_reader_exports() {
    let root = schema_value();
    let names = |at: &str| -> Vec<String> {
        let mut v: Vec<String> = listed(root.pointer(at).expect(at))
            .expect("an enum")
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        v.sort();
        v
    };
    assert_eq!(
        names("/properties/level"),
        sorted(Level::NAMES.iter().map(|(l, _)| l.name()))
    );
    assert_eq!(
        names("/$defs/statistic/properties/confidence"),
        sorted(Confidence::NAMES.iter().map(|(_, n)| *n))
    );
    assert_eq!(
        names("/$defs/direction"),
        sorted(Direction::NAMES.iter().map(|(_, n)| *n))
    );
    let indicator: Vec<String> = keys_of(&root["$defs"]["indicator"]["properties"])
        .into_iter()
        .collect();
    assert_eq!(indicator, sorted(INDICATOR_KEYS.iter().copied()));
}
