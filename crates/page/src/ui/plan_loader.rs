//! Loading a plan file of one's own, from a file picker or pasted text. A bad file lists every
//! problem with its JSON path; the plan that was open stays open.

use leptos::html;
use leptos::prelude::*;

use crate::browser::page::read_chosen_file;
use leptos::task::spawn_local;

use super::state::{AppState, use_app};
use super::text_source::{ProblemList, SourceNames, TextSource};
use hps_model::plan::user_plan::{Refusal, check};
use hps_model::text::Text;
use hps_words::problem::placed;

#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Loaded(String),
    Problems(Vec<(String, String)>),
}

fn load_text(app: AppState, text: &str, result: RwSignal<Option<Outcome>>) {
    let builtin = app.library.with_untracked(|l| l.builtin_ids());
    match check(text, app.catalog, &builtin) {
        Ok(plan) => {
            let name = app.text(&Text::pair(&plan.region, &plan.title));
            let stored = app.add_user_plan(plan, text.to_string());
            if !stored {
                app.notify(app.t("loader.not_stored").to_string());
            }
            result.set(Some(Outcome::Loaded(name)));
        }
        Err(Refusal::Invalid(ps)) => result.set(Some(Outcome::Problems(placed(&ps, app.lang())))),
        Err(Refusal::BuiltinId(id)) => result.set(Some(Outcome::Problems(vec![(
            "id".into(),
            app.tf("loader.builtin_id", &[("id", &id)]),
        )]))),
    }
}

/// The loader's file input and box.
const NAMES: SourceNames = SourceNames {
    file_id: "plan-file",
    text_id: "plan-paste",
    file_hook: "plan-file",
    text_hook: "plan-paste",
    file_label: "loader.file",
    text_label: "loader.paste",
    accept: ".json,application/json",
    rows: 6,
};

#[component]
pub fn PlanLoader() -> impl IntoView {
    let app = use_app();
    let pasted = RwSignal::new(String::new());
    let textarea = NodeRef::<html::Textarea>::new();
    let result = RwSignal::new(None::<Outcome>);
    let on_file = move |input: web_sys::HtmlInputElement| {
        spawn_local(async move {
            match read_chosen_file(&input).await {
                None => {}
                Some(Some(text)) => load_text(app, &text, result),
                Some(None) => result.set(Some(Outcome::Problems(vec![(
                    app.t("loader.whole_file").into(),
                    app.t("loader.unreadable").into(),
                )]))),
            }
        });
    };
    view! {
        <details class="panel plan-loader">
            <summary><h2>{app.t("loader.title")}</h2></summary>
            <p class="hint">{app.t("loader.hint")}</p>
            <TextSource names=NAMES textarea on_file value=pasted/>
            <button
                type="button"
                data-action="load-plan"
                disabled=move || pasted.with(|p| p.trim().is_empty())
                on:click=move |_| load_text(app, &pasted.get_untracked(), result)
            >
                {app.t("loader.load")}
            </button>
            {move || match result.get() {
                None => ().into_any(),
                Some(Outcome::Loaded(name)) => view! {
                    <p class="loader-ok" role="status">{app.tf("loader.loaded", &[("plan", &name)])}</p>
                }
                .into_any(),
                Some(Outcome::Problems(ps)) => view! {
                    <ProblemList problems=ps heading="loader.problems" hook=("plan-errors", "")/>
                }
                .into_any(),
            }}
            <UserPlanList/>
        </details>
    }
}

#[component]
fn UserPlanList() -> impl IntoView {
    let app = use_app();
    view! {
        {move || {
            let mine: Vec<(String, String)> = app.library.with(|l| {
                l.entries()
                    .iter()
                    .filter(|e| e.is_user())
                    .map(|e| (e.id.clone(), app.text(&Text::pair(&e.region, &e.title))))
                    .collect()
            });
            (!mine.is_empty()).then(|| view! {
                <h3>{app.t("loader.mine")}</h3>
                <ul class="user-plans">
                    {mine
                        .into_iter()
                        .map(|(id, name)| {
                            let id2 = id.clone();
                            view! {
                                <li>
                                    <span>{name}</span>
                                    <button
                                        type="button"
                                        data-action="remove-plan"
                                        data-plan=id
                                        on:click=move |_| app.remove_user_plan(&id2)
                                    >
                                        {app.t("loader.remove")}
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            })
        }}
    }
}
