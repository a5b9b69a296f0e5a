//! Named scenarios saved in the browser: save the current one, open, rename, delete.

use leptos::prelude::*;

use super::dialogs::{Dialog, use_dialogs};
use super::modal::Modal;
use super::notices::Notices;
use super::state::{AppState, use_app};
use super::travel::open_shared;
use crate::browser::storage;
use crate::ui::saved::{self, Saved};
use hps_model::link::{decode, encode};

const KEY: &str = "hps.scenarios.v1";

/// The named scenarios saved in this browser, in a small context of their own.
#[derive(Clone, Copy)]
pub struct SavedScenarios {
    list: RwSignal<Vec<Saved>>,
    notices: Notices,
}

impl SavedScenarios {
    /// Provides the context for the page below, read from storage, and keeps it in step with
    /// other tabs (another tab's save arrives as a `storage` event).
    pub fn provide(notices: Notices) -> SavedScenarios {
        let saved = SavedScenarios {
            list: RwSignal::new(Vec::new()),
            notices,
        };
        saved.load();
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().as_deref() == Some(KEY) {
                saved.load();
            }
        });
        provide_context(saved);
        saved
    }

    fn load(self) {
        self.list.set(
            storage::get(KEY)
                .map(|t| saved::parse(&t))
                .unwrap_or_default(),
        );
    }

    /// The list (tracked).
    pub fn list(self) -> Vec<Saved> {
        self.list.get()
    }

    pub fn list_untracked(self) -> Vec<Saved> {
        self.list.get_untracked()
    }

    /// The query saved under `name`.
    pub fn query_of(self, name: &str) -> Option<String> {
        self.list
            .with_untracked(|l| l.iter().find(|s| s.name == name).map(|s| s.query.clone()))
    }

    /// A name not yet used, from `stem`.
    pub fn fresh_name(self, stem: &str) -> String {
        self.list.with_untracked(|l| saved::fresh_name(l, stem))
    }

    /// One change to the list, made on the list as stored now (another tab may have saved
    /// since this one read it), then stored and shown; a notice if the browser would not store
    /// it.
    fn change(self, app: AppState, change: impl FnOnce(&mut Vec<Saved>)) {
        let mut list = storage::get(KEY)
            .map(|t| saved::parse(&t))
            .unwrap_or_else(|| self.list.get_untracked());
        change(&mut list);
        if !storage::set(KEY, &saved::to_json(&list)) {
            self.notices.push(app.t("scenarios.not_stored"));
        }
        self.list.set(list);
    }
}

pub fn use_saved() -> SavedScenarios {
    // The App component provides it before any child renders.
    use_context::<SavedScenarios>().unwrap_or_else(|| panic!("SavedScenarios not provided"))
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
    let saved = use_saved();
    view! {
        <Modal kind=Dialog::Scenarios title=app.t("scenarios.title")>
            {move || {
                let name = RwSignal::new(saved.fresh_name(app.t("scenarios.stem")));
                let save = move || {
                    let n = name.get_untracked().trim().to_string();
                    if n.is_empty() {
                        return;
                    }
                    let q = current_query(app);
                    saved.change(app, |l| {
                        l.retain(|s| s.name != n);
                        l.push(Saved { name: n.clone(), query: q });
                    });
                    name.set(saved.fresh_name(app.t("scenarios.stem")));
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
    let (saved, dialogs) = (use_saved(), use_dialogs());
    view! {
        {move || {
            let list = saved.list();
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
                                                saved.change(app, |l| {
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
                                        dialogs.close();
                                    }>{app.t("scenarios.open")}</button>
                                    <button type="button" data-action="rename-scenario" on:click=move |_| editing.set(true)>{app.t("scenarios.rename")}</button>
                                    <button type="button" data-action="delete-scenario" on:click=move |_| {
                                        saved.change(app, |l| l.retain(|s| s.name != n3));
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
