//! Embeds every plan file under `seeds/plans/` so adding a region is adding a file, not code,
//! with a small index (id, listed, region, title) read here at build time: the page then parses
//! only the plans it opens, and the picker lists the rest from the index.

use std::{env, fs, path::Path};

use serde_json::Value;

fn main() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let dir = seeds.join("plans");
    for watched in ["plans", "catalog.json", "benchmarks.json"] {
        println!("cargo:rerun-if-changed={}", seeds.join(watched).display());
    }
    let mut files: Vec<String> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    // The newest data edition any built-in statistic belongs to (see `src/model/edition.rs`).
    let mut latest_edition = 1u64;
    let mut index = String::from(
        "/// Every built-in plan file, in file order, with what the picker needs of it.\npub const BUILTIN_INDEX: &[BuiltinPlan] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed={}", dir.join(f).display());
        let path = format!("concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../seeds/plans/{f}\")");
        let text = fs::read_to_string(dir.join(f)).unwrap_or_default();
        let head = Head::read(f, &text);
        latest_edition = latest_edition.max(head.edition);
        index.push_str(&format!(
            "    BuiltinPlan {{ file: {f:?}, text: include_str!({path}), id: {:?}, listed: {}, region: [{:?}, {:?}], title: [{:?}, {:?}] }},\n",
            head.id, head.listed, head.region[0], head.region[1], head.title[0], head.title[1]
        ));
    }
    index.push_str("];\n");
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out_dir).join("plans.rs"), index).expect("write plans.rs");
    fs::write(
        Path::new(&out_dir).join("latest_edition.rs"),
        format!("/// The newest data edition among the built-in statistics.\npub const LATEST_EDITION: u32 = {latest_edition};\n"),
    )
    .expect("write latest_edition.rs");
}

/// A plan file's head. A file that cannot be read here is still listed under its file name, so
/// opening it shows the reader's own message (and the plan tests fail on it).
struct Head {
    id: String,
    listed: bool,
    region: [String; 2],
    title: [String; 2],
    /// The newest edition among its statistics (1 when none says).
    edition: u64,
}

impl Head {
    fn read(file: &str, text: &str) -> Head {
        let value: Value =
            serde_json::from_str(text.trim_start_matches('\u{feff}')).unwrap_or(Value::Null);
        let stem = file.trim_end_matches(".json").to_string();
        let text = |key: &str, lang: &str| {
            value[key][lang]
                .as_str()
                .map_or_else(|| stem.clone(), str::to_string)
        };
        Head {
            id: value["id"]
                .as_str()
                .map_or_else(|| stem.clone(), str::to_string),
            // The reader's default: a plan is offered in the picker unless it says otherwise.
            listed: value["listed"].as_bool().unwrap_or(true),
            region: [text("region", "zh"), text("region", "en")],
            title: [text("title", "zh"), text("title", "en")],
            edition: value["statistics"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s["edition"].as_u64())
                .max()
                .unwrap_or(1),
        }
    }
}
