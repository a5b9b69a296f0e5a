//! Bad plan files: every problem is listed with its JSON path and a plain message; nothing panics.

use hps_model::lang::Lang;
use hps_model::plan::Plan;
use hps_model::plan::problem::{Problem, ProblemKind};
use hps_words::problem::Explain;
use proptest::prelude::*;
use serde_json::{Value, json};

use crate::common;

fn good() -> Value {
    json!({
        "format": 1,
        "id": "example",
        "region": {"zh": "示例市", "en": "Example City"},
        "level": "city",
        "title": {"zh": "示例规划", "en": "Example plan"},
        "issuer": {"zh": "示例市卫生健康局", "en": "Example Health Bureau"},
        "source": "example.txt",
        "document_year": 2023,
        "baseline": {"year": 2022, "values": {"population": 500000, "beds_total": 3000}},
        "targets": [
            {"id": "beds", "indicator": "beds_per_1000", "year": 2025,
             "comparison": {"type": "about", "value": 7.0}, "quotes": ["床位7张左右"]},
            {"id": "coverage", "indicator": {"label": {"zh": "覆盖率", "en": "Coverage"}, "unit": "%"},
             "year": 2025, "comparison": {"type": "at_least", "value": 90}, "quotes": ["覆盖率达90%"]}
        ]
    })
}

fn problems(v: &Value) -> Vec<Problem> {
    Plan::parse(&v.to_string(), common::catalog())
        .err()
        .unwrap_or_default()
}

fn has(ps: &[Problem], path: &str, pred: impl Fn(&ProblemKind) -> bool) -> bool {
    ps.iter().any(|p| p.path == path && pred(&p.kind))
}

#[test]
fn the_example_is_valid() {
    assert_eq!(problems(&good()), vec![]);
}

#[test]
fn malformed_json_gives_line_and_column() {
    let ps = Plan::parse("{\n  \"id\": \"x\",\n  oops\n}", common::catalog()).unwrap_err();
    assert!(
        matches!(
            ps[0].kind,
            ProblemKind::Malformed {
                line: 3,
                column: 3,
                ..
            }
        ),
        "{ps:?}"
    );
    assert!(ps[0].message(Lang::En).contains("line 3, column 3"));
    assert!(ps[0].message(Lang::Zh).contains("第 3 行第 3 列"));
}

#[test]
fn every_problem_is_listed_with_its_path() {
    let mut v = good();
    v["targets"][0].as_object_mut().unwrap().remove("year");
    v["targets"][1]["year"] = json!("2025");
    v["targets"][1]["comparison"]["value"] = json!(-3);
    v["region"] = json!(42);
    v["baseline"]["values"]["hospital_cats"] = json!(3);
    let ps = problems(&v);
    assert!(
        has(&ps, "targets[0].year", |k| *k == ProblemKind::Missing),
        "{ps:#?}"
    );
    assert!(has(&ps, "targets[1].year", |k| matches!(
        k,
        ProblemKind::WrongType { .. }
    )));
    assert!(has(&ps, "targets[1].comparison.value", |k| *k
        == ProblemKind::Negative(-3.0)));
    assert!(has(&ps, "region", |k| matches!(
        k,
        ProblemKind::WrongType { .. }
    )));
    assert!(has(&ps, "baseline.values.hospital_cats", |k| matches!(
        k,
        ProblemKind::UnknownQuantity(_)
    )));
    assert!(ps.len() >= 5);
    for p in &ps {
        assert!(!p.message(Lang::Zh).is_empty() && !p.message(Lang::En).is_empty());
    }
}

#[test]
fn unknown_indicator_duplicate_id_year_and_mismatched_comparison() {
    let mut v = good();
    let mut extra = v["targets"][0].clone();
    extra["indicator"] = json!("beds_per_million");
    v["targets"].as_array_mut().unwrap().push(extra);
    let mut dup = v["targets"][1].clone();
    dup["year"] = json!(2150);
    v["targets"].as_array_mut().unwrap().push(dup);
    let mut dup2 = v["targets"][1].clone();
    dup2["id"] = json!("beds");
    v["targets"].as_array_mut().unwrap().push(dup2);
    let mut mismatch = v["targets"][0].clone();
    mismatch["id"] = json!("beds-done");
    mismatch["comparison"] = json!({"type": "full_coverage"});
    v["targets"].as_array_mut().unwrap().push(mismatch);
    let ps = problems(&v);
    assert!(
        has(&ps, "targets[2].indicator", |k| matches!(
            k,
            ProblemKind::UnknownIndicator(_)
        )),
        "{ps:#?}"
    );
    assert!(has(&ps, "targets[3].year", |k| *k
        == ProblemKind::YearOutOfRange(2150)));
    assert!(has(&ps, "targets[4].id", |k| *k
        == ProblemKind::Duplicate("beds".into())));
    assert!(has(&ps, "targets[5].comparison", |k| matches!(
        k,
        ProblemKind::ComparisonMismatch { .. }
    )));
}

#[test]
fn not_an_object_at_all() {
    for text in ["[]", "42", "\"plan\"", "null"] {
        let ps = Plan::parse(text, common::catalog()).unwrap_err();
        assert!(!ps.is_empty(), "{text}");
    }
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        any::<i64>().prop_map(|i| json!(i)),
        "[a-z_]{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("beds_per_1000"),
            Just("at_least"),
            Just("population"),
            Just("about")
        ]
        .prop_map(|s| json!(s)),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("id".to_string()),
                    Just("targets".to_string()),
                    Just("comparison".to_string()),
                    Just("type".to_string()),
                    Just("value".to_string()),
                    Just("year".to_string()),
                    Just("indicator".to_string()),
                    Just("quotes".to_string()),
                    Just("bands".to_string()),
                    Just("baseline".to_string()),
                    Just("values".to_string()),
                    "[a-z]{1,8}",
                ],
                inner,
                0..8,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(common::proptest_config(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = Plan::parse(&text, common::catalog());
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        let _ = Plan::parse(&v.to_string(), common::catalog());
    }

    /// A valid plan with one field replaced by arbitrary JSON is either valid or explained.
    #[test]
    fn mutated_plans_are_valid_or_explained(v in arb_json(), which in 0usize..6) {
        let mut plan = good();
        let slot = match which {
            0 => &mut plan["targets"][0]["comparison"],
            1 => &mut plan["targets"][1]["indicator"],
            2 => &mut plan["baseline"],
            3 => &mut plan["targets"][0],
            4 => &mut plan["targets"],
            _ => &mut plan["targets"][0]["comparison"]["value"],
        };
        *slot = v;
        if let Err(ps) = Plan::parse(&plan.to_string(), common::catalog()) {
            // Every problem points into the file (its own place, or for a missing field the
            // object it is missing from) and reads in both languages.
            for p in &ps {
                prop_assert!(parent_exists(&plan, &p.path), "{} not in the file", p.path);
                prop_assert!(!p.message(Lang::Zh).is_empty() && !p.message(Lang::En).is_empty());
            }
        }
    }
}

/// Whether the object holding `path` (`targets[0].comparison.value`) exists in `v`.
fn parent_exists(v: &Value, path: &str) -> bool {
    let mut steps: Vec<String> = Vec::new();
    for part in path.split('.').filter(|p| !p.is_empty()) {
        let mut rest = part;
        if let Some(i) = rest.find('[') {
            steps.push(rest[..i].to_string());
            rest = &rest[i..];
            while let Some(end) = rest.find(']') {
                steps.push(rest[..=end].to_string());
                rest = &rest[end + 1..];
            }
        } else {
            steps.push(rest.to_string());
        }
    }
    steps.pop();
    let mut cur = v;
    for s in steps {
        let next = if let Some(ix) = s.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
            ix.parse::<usize>().ok().and_then(|i| cur.get(i))
        } else {
            cur.get(&s)
        };
        match next {
            Some(n) => cur = n,
            None => return false,
        }
    }
    true
}

#[test]
fn the_parent_path_helper_itself() {
    let v = good();
    assert!(parent_exists(&v, "targets[1].comparison.value"));
    assert!(parent_exists(&v, "targets[0].year"));
    assert!(!parent_exists(&v, "targets[7].year"));
    assert!(!parent_exists(&v, "nothing.here"));
}

#[test]
fn a_byte_order_mark_is_not_part_of_the_json() {
    // What Windows Notepad writes at the start of a UTF-8 file.
    let text = format!("\u{feff}{}", good());
    assert!(Plan::parse(&text, common::catalog()).is_ok());
}

#[test]
fn unknown_keys_are_reported_with_a_did_you_mean() {
    let mut v = good();
    v["targets"][0]["comparison"]["tolerence"] = json!(0.1);
    v["colour"] = json!("blue");
    v["targets"][1]["qoutes"] = json!(["x"]);
    let ps = problems(&v);
    assert!(
        has(&ps, "targets[0].comparison.tolerence", |k| *k
            == ProblemKind::UnknownKey {
                key: "tolerence".into(),
                suggestion: Some("tolerance")
            }),
        "{ps:#?}"
    );
    assert!(has(&ps, "targets[1].qoutes", |k| matches!(
        k,
        ProblemKind::UnknownKey {
            suggestion: Some("quotes"),
            ..
        }
    )));
    assert!(has(&ps, "colour", |k| matches!(
        k,
        ProblemKind::UnknownKey {
            suggestion: None,
            ..
        }
    )));
    let msg = ps
        .iter()
        .find(|p| p.path.ends_with("tolerence"))
        .map(|p| p.message(Lang::En))
        .unwrap_or_default();
    assert!(msg.contains("did you mean “tolerance”"), "{msg}");
}

#[test]
fn a_target_after_2035_is_refused_because_the_page_cannot_show_it() {
    let mut v = good();
    v["targets"][0]["year"] = json!(2040);
    let ps = problems(&v);
    assert!(
        has(&ps, "targets[0].year", |k| *k
            == ProblemKind::YearOutOfRange(2040)),
        "{ps:#?}"
    );
    v["targets"][0]["year"] = json!(2035);
    assert_eq!(problems(&v), vec![]);
}
