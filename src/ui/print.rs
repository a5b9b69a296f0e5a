//! The printable report: plan, scenario settings, every target with its status and the plan's
//! words. Written into a print-only element just before printing (the browser's own print
//! command included), so it costs nothing while the sliders move.

use leptos::prelude::*;

use super::export::{TargetLine, sheet};
use super::state::{AppState, use_app};
use crate::browser::page;
use crate::model::text::escape_html;

pub const REPORT_ID: &str = "print-report";

/// A printed column: its heading's locale key and the field it shows.
type Column = (&'static str, fn(&TargetLine) -> &str);

/// The report as HTML (text only, escaped; no style attribute, so a strict policy allows it):
/// the facts as lines, the targets as a table of the fields a reader of paper needs.
pub fn report_html(app: AppState) -> String {
    let sheet = sheet(app);
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

pub fn fill_report(app: AppState) {
    page::set_inner_html(REPORT_ID, &report_html(app));
}

/// Fills the report whenever the browser is about to print.
pub fn prepare_for_print(app: AppState) {
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| fill_report(app));
}

#[component]
pub fn PrintButton() -> impl IntoView {
    let app = use_app();
    view! {
        <button type="button" data-action="print" on:click=move |_| {
            fill_report(app);
            page::print();
        }>{app.t("print.button")}</button>
    }
}

#[component]
pub fn PrintReport() -> impl IntoView {
    view! { <section id=REPORT_ID class="print-only" aria-hidden="true"></section> }
}
