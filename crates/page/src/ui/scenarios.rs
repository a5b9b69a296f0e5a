//! Named scenarios saved in the browser: save the current one, open, rename, delete.

use leptos::prelude::*;

use super::modal::Modal;
use super::state::{AppState, Dialog, use_app};
use super::travel::open_shared;
use crate::browser::storage;
use crate::ui::saved::{self, Saved};
use hps_model::link::{decode, encode};

const KEY: &str = "hps.scenarios.v1";

pub fn load(app: AppState) {
    app.saved.set(
        storage::get(KEY)
            .map(|t| saved::parse(&t))
            .unwrap_or_default(),
    );
}

/// Keeps the list in step with other tabs: another tab's save arrives as a `storage` event.
pub fn follow_other_tabs(app: AppState) {
    let _ = window_event_listener(leptos::ev::storage, move |ev| {
        if ev.key().as_deref() == Some(KEY) {
            load(app);
        }
    });
}

/// One change to the saved list, made on the list as stored now (another tab may have saved
/// since this one read it), then stored and shown.
fn change_saved(app: AppState, change: impl FnOnce(&mut Vec<Saved>)) {
    let mut list = storage::get(KEY)
        .map(|t| saved::parse(&t))
        .unwrap_or_else(|| app.saved.get_untracked());
    change(&mut list);
    if !storage::set(KEY, &saved::to_json(&list)) {
        app.notify(app.t("scenarios.not_stored").to_string());
    }
    app.saved.set(list);
}

/// The current scenario as a saved entry's query (without language or embedding).
pub fn current_query(app: AppState) -> String {
    encode(&super::link_state::scenario_link(app, false))
}

fn plan_name(app: AppState, query: &str) -> String {
    let d = decode(query, app.catalog);
    d.shared
        .plan
        .and_then(|id| {
            app.library
                .with_untracked(|l| l.find(&id).map(|p| app.text(&p.region)))
        })
        .unwrap_or_else(|| app.t("scenarios.unknown_plan").to_string())
}

#[component]
pub fn ScenariosDialog() -> impl IntoView {
    let app = use_app();
    view! {
        <Modal kind=Dialog::Scenarios title=app.t("scenarios.title")>
            {move || {
                let name = RwSignal::new(app.saved.with_untracked(|l| saved::fresh_name(l, app.t("scenarios.stem"))));
                let save = move || {
                    let n = name.get_untracked().trim().to_string();
                    if n.is_empty() {
                        return;
                    }
                    let q = current_query(app);
                    change_saved(app, |l| {
                        l.retain(|s| s.name != n);
                        l.push(Saved { name: n.clone(), query: q });
                    });
                    name.set(app.saved.with_untracked(|l| saved::fresh_name(l, app.t("scenarios.stem"))));
                };
                view! {
                    <p class="hint">{app.t("scenarios.hint")}</p>
                    <div class="save-row">
                        <label for="scenario-name">{app.t("scenarios.name")}</label>
                        <input id="scenario-name" type="text" data-scenario-name="" prop:value=move || name.get()
                            on:input:target=move |ev| name.set(ev.target().value())
                            on:keydown=move |ev| if ev.key() == "Enter" { save() } />
                        <button type="button" class="primary" data-action="save-scenario" on:click=move |_| save()>{app.t("scenarios.save")}</button>
                    </div>
                    <ScenarioList/>
                }
            }}
        </Modal>
    }
}

#[component]
fn ScenarioList() -> impl IntoView {
    let app = use_app();
    view! {
        {move || {
            let list = app.saved.get();
            if list.is_empty() {
                return view! { <p class="empty">{app.t("scenarios.none")}</p> }.into_any();
            }
            view! {
                <ul class="saved-list">
                    {list.into_iter().map(|s| {
                        let Saved { name, query } = s;
                        let editing = RwSignal::new(false);
                        let new_name = RwSignal::new(name.clone());
                        let (n1, n2, n3, q1) = (name.clone(), name.clone(), name.clone(), query.clone());
                        view! {
                            <li data-scenario=name.clone()>
                                {move || if editing.get() {
                                    let n2 = n2.clone();
                                    view! {
                                        <input type="text" aria-label=app.t("scenarios.name") data-rename-input="" prop:value=move || new_name.get()
                                            on:input:target=move |ev| new_name.set(ev.target().value()) />
                                        <button type="button" data-action="confirm-rename" on:click=move |_| {
                                            let to = new_name.get_untracked().trim().to_string();
                                            if !to.is_empty() {
                                                change_saved(app, |l| {
                                                    l.retain(|s| s.name != to || s.name == n2);
                                                    if let Some(s) = l.iter_mut().find(|s| s.name == n2) { s.name = to.clone(); }
                                                });
                                            }
                                            editing.set(false);
                                        }>{app.t("scenarios.ok")}</button>
                                    }.into_any()
                                } else {
                                    view! { <strong>{n1.clone()}</strong> }.into_any()
                                }}
                                <span class="saved-plan">{plan_name(app, &query)}</span>
                                <span class="saved-actions">
                                    <button type="button" data-action="open-scenario" on:click=move |_| {
                                        // Its plan may have to be read from what the entry carries.
                                        open_shared(app, decode(&q1, app.catalog).shared);
                                        app.dialog.set(None);
                                    }>{app.t("scenarios.open")}</button>
                                    <button type="button" data-action="rename-scenario" on:click=move |_| editing.set(true)>{app.t("scenarios.rename")}</button>
                                    <button type="button" data-action="delete-scenario" on:click=move |_| {
                                        change_saved(app, |l| l.retain(|s| s.name != n3));
                                    }>{app.t("scenarios.delete")}</button>
                                </span>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}
