//! The `plan-from-text` command through its built binary: a fixture, standard input and bad
//! input. (The importer itself is tested in `tests/suite/import.rs`.)

use serde_json::Value;

/// The command on a fixture and on bad input (through the built binary).
#[test]
fn the_plan_from_text_command() {
    let bin = env!("CARGO_BIN_EXE_plan-from-text");
    let dir = std::env::temp_dir().join(format!("pft-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let fixture = format!(
        "{}/../../tests/fixtures/county-plan.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let out = std::process::Command::new(bin)
        .arg(&fixture)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan: Value = serde_json::from_slice(&out.stdout).expect("a plan file on stdout");
    assert_eq!(plan["region"]["zh"], "示例县");
    let ids: Vec<&str> = plan["targets"]
        .as_array()
        .expect("targets")
        .iter()
        .filter_map(|t| t["indicator"].as_str())
        .collect();
    for want in [
        "beds_per_1000",
        "physicians_per_1000",
        "nurses_per_1000",
        "doctor_nurse_ratio",
    ] {
        assert!(ids.contains(&want), "{want} in {ids:?}");
    }
    // Standard input, a file with no figure, a PDF renamed .txt, a missing file, no argument.
    let mut child = std::process::Command::new(bin)
        .arg("-")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all("到2025年,每千人口医疗卫生机构床位数达到6.5张。".as_bytes())
            .expect("write");
    }
    let out = child.wait_with_output().expect("exits");
    assert!(out.status.success());
    let words = dir.join("words.txt");
    std::fs::write(&words, "加强基层医疗卫生服务能力。").expect("write");
    let pdf = dir.join("plan.txt");
    std::fs::write(&pdf, b"%PDF-1.7\n%\xe2\xe3").expect("write");
    for (arg, code) in [
        (words.to_string_lossy().into_owned(), 1),
        (pdf.to_string_lossy().into_owned(), 1),
        ("/nonexistent/plan.txt".to_string(), 1),
    ] {
        let out = std::process::Command::new(bin)
            .arg(&arg)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(code), "{arg}");
        assert!(out.stdout.is_empty(), "{arg}: nothing on stdout");
        assert!(!out.stderr.is_empty(), "{arg}: a message");
    }
    let out = std::process::Command::new(bin).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    // `--rows`: a row a line; a figure's value alone, a goal's comparison.
    let rows = dir.join("rows.txt");
    std::fs::write(
        &rows,
        "某县卫生健康规划\n2020年,全县每千人口床位数为5.2张。到2025年,全县每千人口床位数达到6.5张。",
    )
    .expect("write");
    let out = std::process::Command::new(bin)
        .arg("--rows")
        .arg(&rows)
        .output()
        .expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert!(
        lines
            .iter()
            .any(|l| l[..4] == ["figure", "indicator:beds_per_1000", "2020", "5.2"]),
        "{text}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l[..4] == ["target", "indicator:beds_per_1000", "2025", "AtLeast(6.5)"]),
        "{text}"
    );
}
