//! The printable report: plan, scenario settings, every target with its status and the plan's
//! words. Written into a print-only element just before printing (the browser's own print
//! command included), so it costs nothing while the sliders move.

use leptos::prelude::*;

use super::export::with_snapshot;
use super::state::{AppState, use_app};
use super::uncertainty::{Sweeps, use_sweeps};
use crate::browser::page;
use hps_words::sheet::report_html;

pub const REPORT_ID: &str = "print-report";

pub fn fill_report(app: AppState, sweeps: Sweeps) {
    let html = with_snapshot(app, sweeps, report_html);
    page::set_inner_html(REPORT_ID, &html);
}

/// Fills the report whenever the browser is about to print.
pub fn prepare_for_print(app: AppState, sweeps: Sweeps) {
    let _ = window_event_listener(leptos::ev::beforeprint, move |_| fill_report(app, sweeps));
}

#[component]
pub fn PrintButton() -> impl IntoView {
    let app = use_app();
    let sweeps = use_sweeps();
    view! {
        <button type="button" data-action="print" on:click=move |_| {
            fill_report(app, sweeps);
            page::print();
        }>{app.t("print.button")}</button>
    }
}

#[component]
pub fn PrintReport() -> impl IntoView {
    view! { <section id=REPORT_ID class="print-only" aria-hidden="true"></section> }
}
