//! Exports: what is on screen as CSV (and, typed, for the print report).

use leptos::prelude::*;

use super::scoreboard::value_text;
use super::state::{AppState, use_app};
use super::status::label_key;
use crate::browser::download;
use crate::model::text::Text;
use crate::model::timeline::Milestone;

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
pub fn csv_rows(app: AppState) -> Vec<Vec<String>> {
    let sheet = sheet(app);
    let mut lines = sheet.facts;
    lines.push(vec![]);
    lines.push(
        TargetLine::COLUMNS
            .iter()
            .map(|k| app.t(k).to_string())
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

pub fn sheet(app: AppState) -> Sheet {
    let plan = app.plan.get_untracked();
    let milestone = app.milestone.get_untracked();
    let link = crate::browser::url::base()
        + "?"
        + &crate::model::link::encode(&super::address_bar::current_shared(app));
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
        vec![
            app.t("growth.title").into(),
            app.scenario.with_untracked(|s| app.words().growth(s)),
        ],
    ];
    let scenario = app.scenario.get_untracked();
    let inherited = app.inherited.get_untracked();
    let start = app.start.get_untracked();
    let mut levers = plan.lever_quantities();
    for p in &inherited.0 {
        levers.extend(p.lever_quantities());
    }
    levers.sort_unstable();
    levers.dedup();
    for q in levers {
        let value = scenario
            .lever(q)
            .map(crate::model::format::plain)
            .unwrap_or_default();
        let yearly = scenario.yearly_change(q);
        // Where the starting value came from, as the lever says it (an estimate is flagged).
        let source = match (scenario.lever(q), start.value(q), start.provenance(q)) {
            (Some(v), Some(s), Some(p)) if v == s => app.words().provenance(p, plan.base_year).1,
            (Some(_), _, _) => app.t("levers.src_entered").to_string(),
            _ => app.t("levers.no_baseline").to_string(),
        };
        lines.push(vec![
            app.quantity_label(q),
            value,
            if yearly != 0.0 {
                app.tf(
                    "levers.per_year",
                    &[("value", &crate::model::format::signed(yearly, 0))],
                )
            } else {
                String::new()
            },
            source,
        ]);
    }
    let mut targets: Vec<TargetLine> = Vec::new();
    let sweep = app.sweep.get_untracked();
    let prob = |v: Option<Option<f64>>| v.flatten().map(|p| format!("{p:.3}")).unwrap_or_default();
    app.report.with_untracked(|r| {
        let mut push = |row: &crate::model::report::Row, kind: &'static str, p: String| {
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
                target: app.words().target(t, o),
                status: app.t(label_key(o.status, t.is_tracked())).into(),
                gap: app.words().gap(t, o).0,
                first_met: app.words().first_met(row.first_met),
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
    });
    // The standards the region inherits, marked as such and named by their plan.
    app.standards.with_untracked(|reports| {
        for (sp, sr) in inherited.0.iter().zip(reports) {
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
                    target: app.words().target(t, o),
                    status: app.t(label_key(o.status, false)).into(),
                    gap: app.words().gap(t, o).0,
                    first_met: app.words().first_met(row.first_met),
                    probability: String::new(),
                    quote: t.quotes.join(" / "),
                });
            }
        }
    });
    Sheet {
        facts: lines,
        targets,
    }
}

/// The CSV file: UTF-8 with a byte-order mark so spreadsheet programs read the Chinese.
pub fn csv(app: AppState) -> String {
    let mut out = String::from("\u{feff}");
    for l in csv_rows(app) {
        out.push_str(&l.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn export_csv(app: AppState) {
    let name = format!(
        "{}-{}.csv",
        app.plan.with_untracked(|p| p.id.clone()),
        app.milestone.get_untracked().year()
    );
    download::bytes(&name, "text/csv;charset=utf-8", csv(app).as_bytes());
}

#[component]
pub fn CsvExport() -> impl IntoView {
    let app = use_app();
    view! {
        <button type="button" data-action="export-csv" on:click=move |_| export_csv(app)>{app.t("export.csv")}</button>
    }
}
