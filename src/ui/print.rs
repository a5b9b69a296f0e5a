//! The printable report: plan, scenario settings, every target with its status and the plan's
//! words. Written into a print-only element just before printing (the browser's own print
//! command included), so it costs nothing while the sliders move.

use leptos::prelude::*;

use super::export::csv_rows;
use super::state::{AppState, use_app};
use crate::model::text::escape_html;

pub const REPORT_ID: &str = "print-report";

/// The report as HTML (text only, escaped; no style attribute, so a strict policy allows it).
pub fn report_html(app: AppState) -> String {
    let rows = csv_rows(app);
    let mut html = format!("<h1>{}</h1>", escape_html(app.t("app.title")));
    let mut in_table = false;
    for r in rows {
        if r.is_empty() {
            continue;
        }
        if r.len() == 11 {
            if !in_table {
                html.push_str("<table><thead><tr>");
                for h in [0usize, 1, 2, 4, 5, 6, 7, 8, 10] {
                    html.push_str(&format!("<th>{}</th>", escape_html(&r[h])));
                }
                html.push_str("</tr></thead><tbody>");
                in_table = true;
                continue;
            }
            html.push_str("<tr>");
            for h in [0usize, 1, 2, 4, 5, 6, 7, 8, 10] {
                html.push_str(&format!("<td>{}</td>", escape_html(&r[h])));
            }
            html.push_str("</tr>");
        } else {
            html.push_str(&format!(
                "<p><strong>{}</strong> {}</p>",
                escape_html(&r[0]),
                escape_html(
                    &r[1..]
                        .iter()
                        .filter(|x| !x.is_empty())
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" · ")
                )
            ));
        }
    }
    if in_table {
        html.push_str("</tbody></table>");
    }
    html
}

pub fn fill_report(app: AppState) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(REPORT_ID))
    {
        el.set_inner_html(&report_html(app));
    }
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
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
        }>{app.t("print.button")}</button>
    }
}

#[component]
pub fn PrintReport() -> impl IntoView {
    view! { <section id=REPORT_ID class="print-only" aria-hidden="true"></section> }
}
