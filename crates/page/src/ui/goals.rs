//! Goals the plan states only in words, quoted, and the notes on the document as a whole.

use leptos::prelude::*;

use super::state::use_app;
use hps_model::sim::timeline::Milestone;

#[component]
pub fn Goals() -> impl IntoView {
    let app = use_app();
    view! {
        {move || {
            let plan = app.plan.get();
            let milestone = app.milestone.get();
            let goals: Vec<_> = plan.goals.iter().filter(|g| milestone.includes(g.year)).cloned().collect();
            let key = match milestone {
                Milestone::Y2025 => "goals.title_2025",
                Milestone::Y2030 => "goals.title_2030",
                Milestone::Y2035 => "goals.title_2035",
            };
            view! {
                <section class="panel goals" aria-labelledby="goals-title" data-goals="">
                    <h2 id="goals-title">{app.t(key)}</h2>
                    {if goals.is_empty() {
                        view! { <p class="empty">{app.t("goals.none")}</p> }.into_any()
                    } else {
                        view! {
                            <p class="hint">{app.t("goals.hint")}</p>
                            <ul class="goal-list">
                                {goals
                                    .into_iter()
                                    .map(|g| view! {
                                        <li data-goal-year=g.year>
                                            <p class="goal-summary"><span class="target-year">{g.year}</span>" "{app.text(&g.summary)}</p>
                                            <blockquote lang="zh-CN">{g.quote.clone()}</blockquote>
                                        </li>
                                    })
                                    .collect_view()}
                            </ul>
                        }
                        .into_any()
                    }}
                </section>
            }
        }}
    }
}

#[component]
pub fn DocumentNotes() -> impl IntoView {
    let app = use_app();
    view! {
        {move || {
            let plan = app.plan.get();
            let notes: Vec<_> = plan.notes.iter().filter(|n| n.targets.is_empty()).cloned().collect();
            (!notes.is_empty()).then(|| view! {
                <section class="panel doc-notes" aria-labelledby="notes-title">
                    <h2 id="notes-title">{app.t("notes.title")}</h2>
                    <ul>
                        {notes.into_iter().map(|n| view! { <li>{app.text(&n.text)}</li> }).collect_view()}
                    </ul>
                </section>
            })
        }}
    }
}
