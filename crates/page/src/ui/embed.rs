//! Embedding: the Embed dialog's copyable `<iframe>` snippet (with a `title` and the scenario
//! pinned), and, inside an embed, height messages so the host page can fit the iframe.

use leptos::prelude::*;

use hps_model::text::escape_html;
use leptos::task::spawn_local;

use super::dialogs::Dialog;
use super::link_state::to_link;
use super::modal::Modal;
use super::state::{AppState, use_app};
use super::travel::TravelNote;
use crate::browser::page::copy_text as copy;
use crate::browser::url;
use hps_model::link::embed::{Embedding, Lock};
use hps_model::link::encode;

pub fn embed_url(
    app: AppState,
    lock_plan: bool,
    lock_milestone: bool,
    levers: Option<Vec<String>>,
) -> String {
    let mut s = to_link(app);
    s.embedding = Embedding {
        on: true,
        levers,
        lock: [(lock_plan, Lock::Plan), (lock_milestone, Lock::Milestone)]
            .into_iter()
            .filter_map(|(on, l)| on.then_some(l))
            .collect(),
    };
    // An embedded page is never in presenter mode.
    s.view.view = None;
    format!("{}?{}", url::base(), encode(&s))
}

pub fn snippet(src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"900\" loading=\"lazy\"></iframe>",
        escape_html(src),
        escape_html(title)
    )
}

#[component]
pub fn EmbedDialog() -> impl IntoView {
    let app = use_app();
    view! {
        <Modal kind=Dialog::Embed title=app.t("embed.title")>
            {move || {
                let lock_plan = RwSignal::new(true);
                let lock_milestone = RwSignal::new(false);
                let plan = app.plan.get_untracked();
                let all: Vec<(String, String)> = plan
                    .lever_quantities()
                    .into_iter()
                    .filter_map(|q| app.catalog.quantities.get(q).map(|c| (c.id.clone(), app.quantity_label(q))))
                    .collect();
                let chosen = RwSignal::new(all.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>());
                let n = all.len();
                let title = format!("{} · {}", app.t("app.title"), app.text(&plan.region));
                let code = Memo::new(move |_| {
                    let levers = chosen.get();
                    let levers = (levers.len() < n).then_some(levers);
                    snippet(&embed_url(app, lock_plan.get(), lock_milestone.get(), levers), &title)
                });
                let copied = RwSignal::new(None::<bool>);
                let script = format!("<script src=\"{}embed.js\" defer></script>", url::base().rsplit_once('/').map(|(a, _)| format!("{a}/")).unwrap_or_default());
                view! {
                    <p class="hint">{app.t("embed.hint")}</p>
                    <div class="embed-options">
                        <label><input type="checkbox" prop:checked=move || lock_plan.get() on:change:target=move |ev| lock_plan.set(ev.target().checked())/>{app.t("embed.lock_plan")}</label>
                        <label><input type="checkbox" prop:checked=move || lock_milestone.get() on:change:target=move |ev| lock_milestone.set(ev.target().checked())/>{app.t("embed.lock_milestone")}</label>
                    </div>
                    <fieldset class="embed-levers">
                        <legend>{app.t("embed.levers")}</legend>
                        {all.into_iter().map(|(id, label)| {
                            let id2 = id.clone();
                            view! {
                                <label>
                                    <input type="checkbox" data-embed-lever=id.clone()
                                        prop:checked=move || chosen.with(|c| c.contains(&id))
                                        on:change:target=move |ev| {
                                            let on = ev.target().checked();
                                            chosen.update(|c| {
                                                c.retain(|x| *x != id2);
                                                if on { c.push(id2.clone()); }
                                            });
                                        }/>
                                    {label}
                                </label>
                            }
                        }).collect_view()}
                    </fieldset>
                    <label for="embed-code">{app.t("embed.code")}</label>
                    <textarea id="embed-code" class="share-link" rows="5" readonly data-embed-code="" prop:value=move || code.get()></textarea>
                    <TravelNote/>
                    <div class="dialog-actions">
                        <button type="button" class="primary" on:click=move |_| {
                            let text = code.get_untracked();
                            spawn_local(async move { copied.set(Some(copy(text).await)); });
                        }>{app.t("share.copy")}</button>
                    </div>
                    <p class="hint" role="status">{move || copied.get().map(|ok| if ok { app.t("share.copied") } else { app.t("share.copy_failed") })}</p>
                    <label for="embed-script">{app.t("embed.script")}</label>
                    <textarea id="embed-script" class="share-link" rows="2" readonly prop:value=script></textarea>
                }
            }}
        </Modal>
    }
}
