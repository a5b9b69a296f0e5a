//! The panel's messages, the goals the text states only in words, the lines the importer could
//! not turn into rows, and the figures already added to the open plan.

use std::sync::Arc;

use leptos::prelude::*;

use super::Message;
use crate::ui::state::use_app;
use crate::ui::text_source::ProblemList;
use hps_importer::{ImportError, Proposal};
use hps_model::plan::Subject;
use hps_model::text::fold_whitespace;
use hps_words::format::plain;

#[component]
pub fn PanelMessage(message: RwSignal<Option<Message>>) -> impl IntoView {
    let app = use_app();
    move || {
        match message.get() {
        None => ().into_any(),
        Some(Message::Failed(e)) => view! {
            <div class="loader-problems import-error" role="alert" data-import-error=e.key()>
                <p>{app.t(e.key())}</p>
                {(e == ImportError::NoFigure).then(|| view! {
                    <p>{app.t("import.looks_for")}</p>
                    <ul>
                        <li>{app.t("import.looks_for.density")}</li>
                        <li>{app.t("import.looks_for.ratio")}</li>
                        <li>{app.t("import.looks_for.table")}</li>
                        <li>{app.t("import.looks_for.review")}</li>
                    </ul>
                })}
                <p>{app.t("import.plan_stays")}</p>
            </div>
        }
        .into_any(),
        Some(Message::Problems(ps)) => view! {
            <ProblemList problems=ps heading="import.problems" hook=("import-error", "problems")/>
        }
        .into_any(),
        Some(Message::Unavailable) => view! {
            <div class="loader-problems import-error" role="alert" data-import-error="unavailable">
                <p>{app.t("import.unavailable")}</p>
            </div>
        }
        .into_any(),
        Some(Message::Added(n, plan)) => view! {
            <p class="import-ok" role="status" data-bulletin-added=n.to_string()>
                {app.tf("bulletin.added", &[("count", &n.to_string()), ("plan", &plan)])}
            </p>
        }
        .into_any(),
        Some(Message::Opened(name)) => view! {
            <p class="import-ok" role="status" data-import-opened="">{app.tf("import.opened", &[("plan", &name)])}</p>
        }
        .into_any(),
        Some(Message::Downloaded(name)) => view! {
            <p class="import-ok" role="status" data-import-downloaded="">{app.tf("import.downloaded", &[("file", &name)])}</p>
        }
        .into_any(),
    }
    }
}

/// The goals stated in words and the lines the importer could not turn into rows.
#[component]
pub fn Extras(p: Arc<Proposal>) -> impl IntoView {
    let app = use_app();
    let goals = p.goals.clone();
    let unresolved = p.unresolved.clone();
    view! {
        {(!goals.is_empty()).then(|| view! {
            <h4>{app.tf("import.goals", &[("count", &goals.len().to_string())])}</h4>
            <ul class="import-goals" data-import-goals="">
                {goals.into_iter().map(|g| view! {
                    <li><span class="import-goal-year">{g.year}</span>" "<q>{fold_whitespace(&g.quote)}</q></li>
                }).collect_view()}
            </ul>
        })}
        {(!unresolved.is_empty()).then(|| view! {
            <h4>{app.tf("import.unresolved", &[("count", &unresolved.len().to_string())])}</h4>
            <ul class="import-unresolved" data-import-unresolved="">
                {unresolved.into_iter().map(|u| view! {
                    <li>
                        <span class="import-reason">{app.t(u.reason.key())}</span>
                        {(!u.quote.trim().is_empty()).then(|| view! { " " <q>{fold_whitespace(&u.quote)}</q> })}
                    </li>
                }).collect_view()}
            </ul>
        })}
    }
}

/// The figures added to the open plan, each with its words, and a button that takes them off.
#[component]
pub fn AddedList() -> impl IntoView {
    let app = use_app();
    move || {
        let added = app.added.get();
        (!added.is_empty()).then(|| {
            let lang = app.lang();
            let items = added
                .iter()
                .map(|s| {
                    let name = match &s.subject {
                        Subject::Quantity(q) => app.quantity_label(*q),
                        Subject::Indicator(i) => i.label.get(lang).to_string(),
                    };
                    view! {
                        <li>
                            <span class="added-figure">{format!("{} · {} · {}", s.year, name, plain(s.value))}</span>
                            " "<q>{fold_whitespace(&s.quote)}</q>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="added-figures" data-added-figures=added.len().to_string()>
                    <h3>{app.tf("bulletin.added_title", &[("count", &added.len().to_string())])}</h3>
                    <ul>{items}</ul>
                    <button
                        type="button"
                        data-action="remove-added"
                        on:click=move |_| {
                            if !app.remove_statistics() {
                                app.notify(app.t("loader.not_stored").to_string());
                            }
                        }
                    >
                        {app.t("bulletin.remove")}
                    </button>
                </section>
            }
        })
    }
}
