//! The locale files as sorted tables, so the page looks a key up without parsing JSON.

use std::{env, fs, path::Path};

fn main() {
    let out_dir = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    fs::write(Path::new(&out_dir).join("locales.rs"), locales()).expect("write locales.rs");
}

/// The user-facing strings as sorted tables, so the page looks a key up without parsing JSON.
/// A file that does not read gives an empty table, and the i18n tests fail on its keys.
fn locales() -> String {
    let mut out = String::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for (name, file) in [("ZH", "locales/zh.json"), ("EN", "locales/en.json")] {
        let path = root.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_default();
        let table: std::collections::BTreeMap<String, String> =
            serde_json::from_str(&text).unwrap_or_default();
        out.push_str(&format!(
            "/// `{file}`, sorted by key.\npub static {name}: &[(&str, &str)] = &[\n"
        ));
        for (k, v) in table {
            out.push_str(&format!("    ({k:?}, {v:?}),\n"));
        }
        out.push_str("];\n");
    }
    out
}
