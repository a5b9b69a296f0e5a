//! A status shown with an icon and words, never by colour alone.

use leptos::prelude::*;

use hps_words::words::label_key;

use super::state::use_app;
use hps_model::sim::assess::Status;

pub fn icon(status: Status) -> &'static str {
    match status {
        Status::Met => "✓",
        Status::Band => "≈",
        Status::Missed => "✗",
        Status::Over => "▲",
        Status::NotAssessable => "?",
    }
}

#[component]
pub fn StatusBadge(
    #[prop(into)] status: Signal<Status>,
    #[prop(optional)] tracked: bool,
) -> impl IntoView {
    let app = use_app();
    view! {
        <span class=move || format!("status status-{}", status.get().code())>
            <span class="status-icon" aria-hidden="true">{move || icon(status.get())}</span>
            <span class="status-text">{move || app.t(label_key(status.get(), tracked))}</span>
        </span>
    }
}
