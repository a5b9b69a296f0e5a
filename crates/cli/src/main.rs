//! `plan-from-text FILE.txt` (or `-` for standard input): the plan the importer proposes for a
//! plan's or a bulletin's text, as a plan file on standard output; what it could not resolve on
//! standard error, one line each. The file is written by the importer's own finishing step and
//! read back by the plan reader, as the page does, so what it writes always loads. Exit 0 when a
//! plan was written; 1 with a message when the input cannot be read, is not text, holds no
//! figure or gives a plan the reader refuses; 2 for a wrong command line.

use std::io::{Read, Write};
use std::process::ExitCode;

use hps_importer::{self as import, Role};
use hps_model::catalog::Catalog;
use hps_model::data::library::BUILTIN_INDEX;
use hps_model::lang::Lang;
use hps_words::i18n;
use hps_words::problem::finish_problems;

/// The region a file gets when the text names none (the message says to change it).
const UNNAMED: &str = "未命名地区";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang = std::env::var("LANG")
        .ok()
        .and_then(|l| Lang::from_code(&l))
        .unwrap_or(Lang::Zh);
    // `--rows`: the proposal itself, a row a line (role, subject, year, a figure's value or a
    // goal's comparison, quote),
    // instead of the plan file: for checking what the importer reads in a text.
    let (rows_only, args): (bool, Vec<&String>) = (
        args.iter().any(|a| a == "--rows"),
        args.iter().filter(|a| *a != "--rows").collect(),
    );
    let [path] = args.as_slice() else {
        eprintln!("usage: plan-from-text [--rows] FILE.txt   (or - for standard input)");
        return ExitCode::from(2);
    };
    let path = path.as_str();
    let mut bytes = Vec::new();
    let read = if path == "-" {
        std::io::stdin().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|b| bytes = b)
    };
    if let Err(e) = read {
        eprintln!("{path}: {e}");
        return ExitCode::from(1);
    }
    let catalog = Catalog::builtin();
    let proposal = import::text_of(&bytes).and_then(|text| import::import(text, &catalog));
    let proposal = match proposal {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{path}: {}", i18n::t(lang, e.key()));
            return ExitCode::from(1);
        }
    };
    if rows_only {
        let mut out = std::io::stdout().lock();
        if let Some((f, y)) = &proposal.population {
            let _ = writeln!(
                out,
                "figure\tquantity:population\t{y}\t{}\t{}",
                f.value, f.quote
            );
        }
        for r in &proposal.rows {
            let subject = match &r.subject {
                import::Subject::Indicator(i) => format!("indicator:{i}"),
                import::Subject::Quantity(q) => format!("quantity:{q}"),
                import::Subject::Tracked { label, .. } => format!("tracked:{label}"),
            };
            let role = if r.role == Role::Target {
                "target"
            } else {
                "figure"
            };
            let year = if r.year_inferred {
                format!("{}*", r.year)
            } else {
                r.year.to_string()
            };
            // A figure is a value reached: its number alone; a goal keeps its comparison.
            let cmp = match (r.role, r.cmp.value()) {
                (Role::Figure, Some(v)) => v.to_string(),
                _ => format!("{:?}", r.cmp),
            };
            let _ = writeln!(out, "{role}\t{subject}\t{year}\t{cmp}\t{}", r.quote);
        }
        return ExitCode::SUCCESS;
    }
    for u in &proposal.unresolved {
        eprintln!("{}: {}", i18n::t(lang, u.reason.key()), u.quote);
    }
    if proposal.region.is_none() {
        eprintln!("{}", i18n::t(lang, "import.cli.no_region"));
    }
    if proposal.document_year_inferred {
        eprintln!("{}", i18n::t(lang, "import.cli.no_year"));
    }
    for r in proposal
        .rows
        .iter()
        .filter(|r| r.year_inferred && r.role == Role::Target)
    {
        eprintln!("{}: {}", i18n::t(lang, "import.cli.year_assumed"), r.quote);
    }
    let region = proposal
        .region
        .as_ref()
        .map_or(UNNAMED, |r| r.value.as_str())
        .to_string();
    let builtin: Vec<String> = BUILTIN_INDEX.iter().map(|b| b.id.to_string()).collect();
    let finished = proposal.finish(proposal.as_confirmed(&region), &catalog, &builtin);
    let json = match finished {
        Ok(f) => f.json,
        Err(problems) => {
            for (place, message) in finish_problems(&problems, lang) {
                eprintln!("{path}: {place} — {message}");
            }
            return ExitCode::from(1);
        }
    };
    let mut out = std::io::stdout().lock();
    if writeln!(out, "{json}").is_err() {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
