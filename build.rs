//! Embeds every plan file under `seeds/plans/` so adding a region is adding a file, not code.

use std::{env, fs, path::Path};

fn main() {
    let dir = Path::new("seeds/plans");
    println!("cargo:rerun-if-changed=seeds/plans");
    println!("cargo:rerun-if-changed=seeds/catalog.json");
    println!("cargo:rerun-if-changed=seeds/benchmarks.json");
    let mut files: Vec<String> = fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = String::from(
        "/// Built-in plan files: (file name, contents).\npub const BUILTIN_PLANS: &[(&str, &str)] = &[\n",
    );
    for f in &files {
        println!("cargo:rerun-if-changed=seeds/plans/{f}");
        out.push_str(&format!(
            "    ({f:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/seeds/plans/{f}\"))),\n"
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("plans.rs");
    fs::write(dest, out).expect("write plans.rs");
}
