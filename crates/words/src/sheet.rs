//! What is on screen as plain values — a snapshot taken once from the page — and the two
//! exports made of it: the CSV file and the printable report. Nothing here reads a signal, so
//! both are tested natively.

use std::sync::Arc;

use crate::words::{Words, label_key, value_text};
use hps_model::catalog::Catalog;
use hps_model::lang::Lang;
use hps_model::plan::Plan;
use hps_model::sim::report::Report;
use hps_model::sim::scenario::Scenario;
use hps_model::sim::start::Start;
use hps_model::sim::sweep::Sweep;
use hps_model::sim::timeline::Milestone;
use hps_model::text::{Text, escape_html};

/// Everything the exports read, at one moment.
pub struct Snapshot<'a> {
    pub catalog: &'a Catalog,
    pub lang: Lang,
    pub plan: &'a Plan,
    pub milestone: Milestone,
    /// The link to this scenario.
    pub link: String,
    pub scenario: &'a Scenario,
    pub start: &'a Start,
    pub report: &'a Report,
    /// The plans whose standards bind this one, with their reports (same order).
    pub inherited: &'a [Arc<Plan>],
    pub standards: &'a [Report],
    pub sweep: Option<&'a Sweep>,
}

impl Snapshot<'_> {
    fn words(&self) -> Words<'_> {
        Words {
            catalog: self.catalog,
            lang: self.lang,
        }
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One target as the exports write it.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetLine {
    pub id: String,
    pub indicator: String,
    pub year: String,
    pub kind: String,
    pub value: String,
    pub target: String,
    pub status: String,
    pub gap: String,
    pub first_met: String,
    pub probability: String,
    pub quote: String,
}

impl TargetLine {
    /// Column headings (locale keys), in the order of [`TargetLine::cells`].
    pub const COLUMNS: [&'static str; 11] = [
        "csv.target_id",
        "col.indicator",
        "csv.year",
        "csv.kind",
        "col.value",
        "col.target",
        "col.status",
        "col.gap",
        "col.first_met",
        "csv.probability",
        "csv.quote",
    ];

    pub fn cells(&self) -> [&str; 11] {
        [
            &self.id,
            &self.indicator,
            &self.year,
            &self.kind,
            &self.value,
            &self.target,
            &self.status,
            &self.gap,
            &self.first_met,
            &self.probability,
            &self.quote,
        ]
    }
}

/// What is on screen, typed: facts about the plan and the scenario (a label and its values),
/// then every target of the milestone (computed and tracked, the inherited standards, and in
/// 2035 the 2025 standards held at 2035).
pub struct Sheet {
    pub facts: Vec<Vec<String>>,
    pub targets: Vec<TargetLine>,
}

/// The sheet as CSV lines: the facts, a blank line, the column headings, the targets.
pub fn csv_rows(s: &Snapshot) -> Vec<Vec<String>> {
    let w = s.words();
    let sheet = sheet(s);
    let mut lines = sheet.facts;
    lines.push(vec![]);
    lines.push(
        TargetLine::COLUMNS
            .iter()
            .map(|k| w.t(k).to_string())
            .collect(),
    );
    lines.extend(
        sheet
            .targets
            .iter()
            .map(|t| t.cells().iter().map(|c| c.to_string()).collect()),
    );
    lines
}

pub fn sheet(s: &Snapshot) -> Sheet {
    let app = s.words();
    let plan = s.plan;
    let milestone = s.milestone;
    let link = s.link.clone();
    let mut lines: Vec<Vec<String>> = vec![
        vec![
            app.t("csv.plan").into(),
            app.text(&plan.region),
            app.text(&plan.title),
        ],
        vec![
            app.t("milestone.label").into(),
            milestone.year().to_string(),
        ],
        vec![app.t("csv.link").into(), link],
        vec![app.t("growth.title").into(), app.growth(s.scenario)],
    ];
    let scenario = s.scenario;
    let start = s.start;
    let mut levers = plan.lever_quantities();
    for p in s.inherited {
        levers.extend(p.lever_quantities());
    }
    levers.sort_unstable();
    levers.dedup();
    for q in levers {
        let value = scenario
            .lever(q)
            .map(crate::format::plain)
            .unwrap_or_default();
        let yearly = scenario.yearly_change(q);
        // Where the starting value came from, as the lever says it (an estimate is flagged).
        let source = match (scenario.lever(q), start.value(q), start.provenance(q)) {
            (Some(v), Some(s), Some(p)) if v == s => app.provenance(p, start.base_year).1,
            (Some(_), _, _) => app.t("levers.src_entered").to_string(),
            _ => app.t("levers.no_baseline").to_string(),
        };
        lines.push(vec![
            app.quantity_label(q),
            value,
            if yearly != 0.0 {
                app.tf(
                    "levers.per_year",
                    &[("value", &crate::format::signed(yearly, 0))],
                )
            } else {
                String::new()
            },
            source,
        ]);
    }
    let mut targets: Vec<TargetLine> = Vec::new();
    let sweep = s.sweep;
    let prob = |v: Option<Option<f64>>| v.flatten().map(|p| format!("{p:.3}")).unwrap_or_default();
    let r = s.report;
    {
        let mut push = |row: &hps_model::sim::report::Row, kind: &'static str, p: String| {
            let Some(t) = plan.targets.get(row.target) else {
                return;
            };
            let o = &row.outcome;
            targets.push(TargetLine {
                id: t.id.clone(),
                indicator: app.text(t.label()),
                year: row.year.to_string(),
                kind: app.t(kind).into(),
                value: value_text(t, o),
                target: app.target(t, o),
                status: app.t(label_key(o.status, t.is_tracked())).into(),
                gap: app.gap(t, o).0,
                first_met: app.first_met(row.first_met),
                probability: p,
                quote: t.quotes.join(" / "),
            });
        };
        for row in r.rows.iter().filter(|row| {
            plan.targets
                .get(row.target)
                .is_some_and(|t| milestone.includes(t.year))
        }) {
            let tracked = plan.targets.get(row.target).is_some_and(|t| t.is_tracked());
            let p = prob(
                sweep
                    .as_ref()
                    .map(|s| s.at_year.get(row.target).copied().flatten()),
            );
            push(
                row,
                if tracked {
                    "csv.tracked"
                } else {
                    "csv.computed"
                },
                p,
            );
        }
        if milestone == Milestone::Y2035 {
            for row in &r.held {
                let p = prob(
                    sweep
                        .as_ref()
                        .map(|s| s.at_2035.get(row.target).copied().flatten()),
                );
                push(row, "csv.held", p);
            }
        }
    }
    // The standards the region inherits, marked as such and named by their plan.
    for (sp, sr) in s.inherited.iter().zip(s.standards) {
        for row in sr.rows.iter().filter(|row| {
            sp.targets
                .get(row.target)
                .is_some_and(|t| !t.is_tracked() && milestone.includes(t.year))
        }) {
            let Some(t) = sp.targets.get(row.target) else {
                continue;
            };
            let o = &row.outcome;
            targets.push(TargetLine {
                id: format!("{}:{}", sp.id, t.id),
                indicator: app.text(&Text::pair(&sp.region, t.label())),
                year: row.year.to_string(),
                kind: app.t("csv.standard").into(),
                value: value_text(t, o),
                target: app.target(t, o),
                status: app.t(label_key(o.status, false)).into(),
                gap: app.gap(t, o).0,
                first_met: app.first_met(row.first_met),
                probability: String::new(),
                quote: t.quotes.join(" / "),
            });
        }
    }
    Sheet {
        facts: lines,
        targets,
    }
}

/// The CSV file: UTF-8 with a byte-order mark so spreadsheet programs read the Chinese.
pub fn csv(s: &Snapshot) -> String {
    let mut out = String::from("\u{feff}");
    for l in csv_rows(s) {
        out.push_str(&l.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// A printed column: its heading's locale key and the field it shows.
type Column = (&'static str, fn(&TargetLine) -> &str);

/// The report as HTML (text only, escaped; no style attribute, so a strict policy allows it):
/// the facts as lines, the targets as a table of the fields a reader of paper needs.
pub fn report_html(s: &Snapshot) -> String {
    let app = s.words();
    let sheet = sheet(s);
    let mut html = format!("<h1>{}</h1>", escape_html(app.t("app.title")));
    for fact in sheet.facts.iter().filter(|f| !f.is_empty()) {
        let rest: Vec<&str> = fact[1..]
            .iter()
            .map(String::as_str)
            .filter(|x| !x.is_empty())
            .collect();
        html.push_str(&format!(
            "<p><strong>{}</strong> {}</p>",
            escape_html(&fact[0]),
            escape_html(&rest.join(" · "))
        ));
    }
    let columns: [Column; 9] = [
        ("csv.target_id", |t| &t.id),
        ("col.indicator", |t| &t.indicator),
        ("csv.year", |t| &t.year),
        ("col.value", |t| &t.value),
        ("col.target", |t| &t.target),
        ("col.status", |t| &t.status),
        ("col.gap", |t| &t.gap),
        ("col.first_met", |t| &t.first_met),
        ("csv.quote", |t| &t.quote),
    ];
    if !sheet.targets.is_empty() {
        html.push_str("<table><thead><tr>");
        for (key, _) in &columns {
            html.push_str(&format!("<th>{}</th>", escape_html(app.t(key))));
        }
        html.push_str("</tr></thead><tbody>");
        for t in &sheet.targets {
            html.push_str("<tr>");
            for (_, field) in &columns {
                html.push_str(&format!("<td>{}</td>", escape_html(field(t))));
            }
            html.push_str("</tr>");
        }
        html.push_str("</tbody></table>");
    }
    html
}
