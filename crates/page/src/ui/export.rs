//! Exports: what is on screen as CSV (the sheet itself is built in `model::sheet`).

use leptos::prelude::*;

use super::state::{AppState, use_app};
use super::uncertainty::{Sweeps, use_sweeps};
use crate::browser::download;
use hps_words::sheet::{Snapshot, csv};

/// Takes a snapshot of the page and gives it to `f` (the CSV, the print report).
pub fn with_snapshot<R>(app: AppState, sweeps: Sweeps, f: impl FnOnce(&Snapshot) -> R) -> R {
    let link = crate::browser::url::base()
        + "?"
        + &hps_model::link::encode(&super::link_state::to_link(app));
    let plan = app.plan.get_untracked();
    let scenario = app.scenario.get_untracked();
    let start = app.start.get_untracked();
    let report = app.report.get_untracked();
    let inherited = app.inherited.get_untracked();
    let standards = app.standards.get_untracked();
    let sweep = sweeps.latest_untracked();
    f(&Snapshot {
        catalog: app.catalog,
        lang: app.lang(),
        plan: &plan,
        milestone: app.milestone.get_untracked(),
        link,
        scenario: &scenario,
        start: &start,
        report: &report,
        inherited: &inherited.0,
        standards: &standards,
        sweep: sweep.as_ref(),
    })
}

fn export_csv(app: AppState, sweeps: Sweeps) {
    let name = format!(
        "{}-{}.csv",
        app.plan.with_untracked(|p| p.id.clone()),
        app.milestone.get_untracked().year()
    );
    let text = with_snapshot(app, sweeps, csv);
    download::bytes(&name, "text/csv;charset=utf-8", text.as_bytes());
}

#[component]
pub fn CsvExport() -> impl IntoView {
    let app = use_app();
    let sweeps = use_sweeps();
    view! {
        <button type="button" data-action="export-csv" on:click=move |_| export_csv(app, sweeps)>{app.t("export.csv")}</button>
    }
}
