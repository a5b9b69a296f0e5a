//! The milestone switch: judge the targets due by 2025, those of 2026–2030 (offered where the
//! plan or a standard it inherits has any), or those of 2031–2035.

use leptos::prelude::*;

use super::state::use_app;
use hps_model::link::embed::Lock;
use hps_model::sim::timeline::Milestone;

#[component]
pub fn MilestoneSwitch() -> impl IntoView {
    let app = use_app();
    let locked = app.embedding.locked(Lock::Milestone);
    let button = move |m: Milestone| {
        view! {
            <button
                type="button"
                data-milestone=m.year()
                disabled=locked
                aria-pressed=move || if app.milestone.get() == m { "true" } else { "false" }
                on:click=move |_| app.set_milestone(m)
            >
                {m.year()}
            </button>
        }
    };
    view! {
        <div class="milestone-switch" role="group" aria-label=app.t("milestone.label")>
            <span class="milestone-label">{app.t("milestone.label")}</span>
            {button(Milestone::Y2025)}
            {move || app.offers(Milestone::Y2030).then(|| button(Milestone::Y2030))}
            {button(Milestone::Y2035)}
        </div>
    }
}
