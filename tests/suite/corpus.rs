//! The importer on real text nobody on the team wrote (`tests/corpus/`, see its README): every
//! passage read, its proposal scored against the figures a careful reader found in it before the
//! importer was run on it. Recall, precision and wrong values are printed per passage, per kind,
//! for the tuned part, the held-out part (never tuned on: the honest estimate) and the seeds,
//! and held above floors.
//!
//! Scoring, as the issue measured the importer: on the catalog's figures (indicators and
//! quantities). A figure of the region (scope `region`) is found when a proposed row has its role,
//! subject, year and value. Tracked rows (the text's own labels) are counted apart. A proposed row is right when it matches such a figure, or a part
//! proposed as its own indicator or as a tracked row, or an optional figure; it is wrong when
//! nothing in the text says it (a value, year or scope the text does not give for it). A wrong
//! value is a row of a catalog subject, role and year the text gives with another value.

use std::collections::BTreeMap;

use hps_importer::{self as import, Role, Row, Subject};
use hps_model::text::fold_whitespace;
use serde_json::Value;

use crate::common::{self, ROOT};

/// One labelled figure.
#[derive(Debug, Clone)]
struct Figure {
    role: Role,
    /// `indicator:<id>`, `quantity:<id>` or `tracked:<label>`.
    subject: String,
    year: i32,
    value: f64,
    scope: String,
}

struct Passage {
    id: String,
    kind: String,
    held_out: bool,
    text: String,
    figures: Vec<Figure>,
}

fn passages() -> Vec<Passage> {
    let dir = std::path::Path::new(ROOT).join("tests/corpus");
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return out;
    };
    let mut names: Vec<_> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    for path in names {
        let label: Value = serde_json::from_str(
            &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}")),
        )
        .unwrap_or_else(|e| panic!("{path:?}: {e}"));
        let id = label["id"].as_str().expect("id").to_string();
        let text = std::fs::read_to_string(dir.join(format!("{id}.txt")))
            .unwrap_or_else(|e| panic!("{id}.txt: {e}"));
        let figures = label["figures"]
            .as_array()
            .expect("figures")
            .iter()
            .map(|f| Figure {
                role: if f["role"] == "target" {
                    Role::Target
                } else {
                    Role::Figure
                },
                subject: f["subject"].as_str().expect("subject").to_string(),
                year: f["year"].as_i64().expect("year") as i32,
                value: f["value"].as_f64().unwrap_or(f64::NAN),
                scope: f["scope"].as_str().unwrap_or("region").to_string(),
            })
            // A plan holds the years from 2000 on (the timeline's start): a yearbook's 1979 is
            // no figure the importer can propose, and is not counted.
            .filter(|f: &Figure| f.year >= 2000)
            .collect();
        out.push(Passage {
            id,
            kind: label["kind"].as_str().unwrap_or("?").to_string(),
            held_out: label["held_out"].as_bool().unwrap_or(false),
            text,
            figures,
        });
    }
    out
}

/// A proposed row's subject as the labels write it.
fn subject_of(r: &Row) -> String {
    match &r.subject {
        Subject::Indicator(id) => format!("indicator:{id}"),
        Subject::Quantity(id) => format!("quantity:{id}"),
        Subject::Tracked { label, .. } => format!("tracked:{label}"),
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// Two tracked labels name the same thing: one holds the other, or they share four characters
/// in a row.
fn same_label(a: &str, b: &str) -> bool {
    let (a, b) = (fold_whitespace(a), fold_whitespace(b));
    if a.contains(&b) || b.contains(&a) {
        return true;
    }
    let ac: Vec<char> = a.chars().collect();
    ac.windows(4)
        .any(|w| b.contains(&w.iter().collect::<String>()))
}

fn same_subject(labelled: &str, proposed: &str) -> bool {
    match (
        labelled.strip_prefix("tracked:"),
        proposed.strip_prefix("tracked:"),
    ) {
        (Some(a), Some(b)) => same_label(a, b),
        (None, None) => labelled == proposed,
        _ => false,
    }
}

/// Found, proposed, right and wrong-value counts.
#[derive(Default, Clone, Copy)]
struct Tally {
    of: usize,
    found: usize,
    proposed: usize,
    right: usize,
    wrong_value: usize,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.of += o.of;
        self.found += o.found;
        self.proposed += o.proposed;
        self.right += o.right;
        self.wrong_value += o.wrong_value;
    }
    fn recall(&self) -> f64 {
        if self.of == 0 {
            1.0
        } else {
            self.found as f64 / self.of as f64
        }
    }
    fn precision(&self) -> f64 {
        if self.proposed == 0 {
            1.0
        } else {
            self.right as f64 / self.proposed as f64
        }
    }
    fn line(&self) -> String {
        format!(
            "recall {:>3}/{:<3} {:>5.1}%  precision {:>3}/{:<3} {:>5.1}%  wrong values {}",
            self.found,
            self.of,
            100.0 * self.recall(),
            self.right,
            self.proposed,
            100.0 * self.precision(),
            self.wrong_value
        )
    }
}

/// Every proposed row (the population too) as the labels write it: (role, subject, year, value).
fn proposed_rows(p: &import::Proposal) -> Vec<(Role, String, i32, Option<f64>)> {
    let mut out: Vec<_> = p
        .rows
        .iter()
        .map(|r| (r.role, subject_of(r), r.year, r.value()))
        .collect();
    if let Some((f, year)) = &p.population {
        out.push((
            Role::Figure,
            "quantity:population".into(),
            *year,
            Some(f.value),
        ));
    }
    out
}

fn catalog(subject: &str) -> bool {
    !subject.starts_with("tracked:")
}

/// The catalog's figures (the measure) and the tracked rows apart.
fn score(p: &Passage) -> (Tally, Tally, Vec<String>) {
    let mut t = Tally::default();
    let mut tr = Tally::default();
    let mut notes = Vec::new();
    let proposal = import::import(&p.text, common::catalog()).ok();
    let rows = proposal.as_ref().map(proposed_rows).unwrap_or_default();
    let matches = |f: &Figure, r: &(Role, String, i32, Option<f64>)| {
        f.role == r.0
            && same_subject(&f.subject, &r.1)
            && f.year == r.2
            && r.3.is_some_and(|v| close(v, f.value))
    };
    for f in p.figures.iter().filter(|f| f.scope == "region") {
        let t = if catalog(&f.subject) { &mut t } else { &mut tr };
        t.of += 1;
        if rows.iter().any(|r| matches(f, r)) {
            t.found += 1;
        } else if catalog(&f.subject) {
            notes.push(format!(
                "missed {:?} {} {} {}",
                f.role, f.subject, f.year, f.value
            ));
        }
    }
    for r in &rows {
        let t = if catalog(&r.1) { &mut t } else { &mut tr };
        t.proposed += 1;
        let right = p.figures.iter().any(|f| {
            matches(f, r)
                && match f.scope.as_str() {
                    "region" | "optional" => true,
                    // A part is right as its own label or indicator, never as the total.
                    "part" => true,
                    _ => false,
                }
        });
        if right {
            t.right += 1;
            continue;
        }
        let in_catalog = catalog(&r.1);
        let wrong_value = in_catalog
            && p.figures
                .iter()
                .any(|f| f.scope == "region" && f.role == r.0 && f.subject == r.1 && f.year == r.2);
        if wrong_value {
            t.wrong_value += 1;
        }
        if !catalog(&r.1) {
            continue;
        }
        notes.push(format!(
            "{} {:?} {} {} {:?}",
            if wrong_value {
                "WRONG VALUE"
            } else {
                "not in the text as proposed:"
            },
            r.0,
            r.1,
            r.2,
            r.3
        ));
    }
    (t, tr, notes)
}

#[test]
fn the_importer_on_real_text() {
    let all = passages();
    if all.is_empty() {
        println!("tests/corpus holds no passage yet");
        return;
    }
    let mut by_kind: BTreeMap<String, Tally> = BTreeMap::new();
    let (mut tuned, mut held) = (Tally::default(), Tally::default());
    let (mut tracked_tuned, mut tracked_held) = (Tally::default(), Tally::default());
    let verbose = std::env::var_os("CORPUS_VERBOSE").is_some();
    for p in &all {
        let (t, tr, notes) = score(p);
        println!(
            "{:<40} {:<13} {}{}",
            p.id,
            p.kind,
            t.line(),
            if p.held_out { "  (held out)" } else { "" }
        );
        // The held-out passages' details are never printed: nobody tunes on them.
        if verbose && !p.held_out {
            for n in notes {
                println!("    {n}");
            }
        }
        by_kind.entry(p.kind.clone()).or_default().add(t);
        if p.held_out {
            held.add(t);
            tracked_held.add(tr);
        } else {
            tuned.add(t);
            tracked_tuned.add(tr);
        }
    }
    println!();
    for (k, t) in &by_kind {
        println!("{k:<13} {}", t.line());
    }
    println!("tuned         {}", tuned.line());
    println!("held out      {}", held.line());
    println!("tracked rows (the text's own labels), apart:");
    println!("tuned         {}", tracked_tuned.line());
    println!("held out      {}", tracked_held.line());
    let regions: std::collections::BTreeSet<String> = all
        .iter()
        .map(|p| p.id.split('-').nth(1).unwrap_or("").to_string())
        .collect();
    println!("{} passages, {} regions", all.len(), regions.len());
    // The corpus the issue asks for: at least 40 passages from at least 30 regions.
    assert!(
        all.len() >= 40 && regions.len() >= 30,
        "{} passages from {} regions",
        all.len(),
        regions.len()
    );
    // Floors a step below what the importer reaches (2026-12-06, twelfth session, 222
    // passages: tuned recall 81.0 %, precision 98.3 %, no wrong value; held out 71.3 %, 83.4 %,
    // 6 wrong values). A change that loses ground fails here; the held-out floor guards without being
    // tuned to. The ninth session's 38 passages (j-…) came from regions new to the corpus, 17
    // of them held out when found; on those 17 alone, at their first run and now: 44/53, 44/49,
    // 1 wrong value (the seventh wrong value held out came in with them). The tuned recall stays
    // below the fifth session's 90.3 % because of two yearbook series of 1952–2010 whose
    // headers are lost or set in spaced words (g-…, 65 figures unread). The tenth session's 12
    // passages (k-…, 5 held out) brought the eighth held-out wrong value at their first run;
    // the eleventh's fix for 技师(士) counts (a second reading's input) took one away, and the
    // twelfth's rule on an undated news headline (no goal with a guessed year) another.
    // The twenty-seventh session's 6 passages (m-…, 3 held out) took the tuned precision from
    // 98.8 % to 97.2 % at their first run (a district yearbook's undated entry, posted in 2017,
    // was proposed for 2017 where its label reads 2015, inferred); the session's rules on
    // yearbook entries brought it back to 98.8 %.
    assert!(
        tuned.recall() >= 0.75,
        "tuned recall fell: {}",
        tuned.line()
    );
    assert!(
        tuned.precision() >= 0.98,
        "tuned precision fell: {}",
        tuned.line()
    );
    assert!(
        tuned.wrong_value == 0,
        "wrong values on tuned text: {}",
        tuned.line()
    );
    assert!(
        held.recall() >= 0.62,
        "held-out recall fell: {}",
        held.line()
    );
    assert!(
        held.precision() >= 0.79,
        "held-out precision fell: {}",
        held.line()
    );
    assert!(
        held.wrong_value <= 6,
        "more wrong values held out: {}",
        held.line()
    );
}

/// Every passage, its lines joined, one after another on one line (as a page pasted without its
/// breaks): a long text the rules were not written for, read without a panic.
#[test]
fn every_passage_on_one_line_imports_without_a_panic() {
    let all = passages();
    let text: String = all
        .iter()
        .map(|p| p.text.replace('\n', " "))
        .collect::<Vec<_>>()
        .join(" ");
    let catalog = hps_model::catalog::Catalog::builtin();
    let read = std::panic::catch_unwind(|| import::import(&text, &catalog).map(|p| p.rows.len()));
    assert!(read.is_ok(), "the importer panicked on the joined passages");
}
