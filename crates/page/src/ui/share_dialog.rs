//! The Share dialog: a link that reproduces the scenario exactly, readable and versioned.

use leptos::prelude::*;

use crate::browser::page::copy_text as copy;
use leptos::task::spawn_local;

use super::dialogs::Dialog;
use super::link_state::scenario_link;
use super::modal::Modal;
use super::state::{AppState, use_app};
use super::travel::TravelNote;
use crate::browser::url;
use hps_model::link::encode;

/// The link to what is on screen (not the embedding, which the Embed dialog handles).
pub fn share_link(app: AppState) -> String {
    format!("{}?{}", url::base(), encode(&scenario_link(app, true)))
}

#[component]
pub fn ShareDialog() -> impl IntoView {
    let app = use_app();
    view! {
        <Modal kind=Dialog::Share title=app.t("share.title")>
            {move || {
                let link = share_link(app);
                let copied = RwSignal::new(None::<bool>);
                let to_copy = link.clone();
                view! {
                    <p class="hint">{app.t("share.hint")}</p>
                    <label for="share-link">{app.t("share.link")}</label>
                    <textarea id="share-link" class="share-link" rows="4" readonly data-share-link="" prop:value=link.clone()></textarea>
                    <TravelNote/>
                    <div class="dialog-actions">
                        <button type="button" class="primary" data-action="copy-link" on:click=move |_| {
                            let text = to_copy.clone();
                            spawn_local(async move { copied.set(Some(copy(text).await)); });
                        }>{app.t("share.copy")}</button>
                        <a href=link target="_blank" rel="noopener">{app.t("share.open")}</a>
                    </div>
                    <p class="hint" role="status">
                        {move || copied.get().map(|ok| if ok { app.t("share.copied") } else { app.t("share.copy_failed") })}
                    </p>
                }
            }}
        </Modal>
    }
}
