//! A quiet line when the page opened a link on older data than it has: the link keeps the
//! numbers it was made with, and one click opens the same scenario on the newest data (what the
//! user typed stays; what came from the data is read anew).

use leptos::prelude::*;

use super::link_state::{open_link, to_link};
use super::state::{AppState, use_app};
use hps_model::plan::edition::Edition;

#[component]
pub fn EditionNotice() -> impl IntoView {
    let app = use_app();
    let older = move || app.edition.get() < Edition::LATEST;
    move || {
        older().then(|| {
            let text = app.tf(
                "edition.older",
                &[
                    ("edition", &app.edition.get_untracked().to_string()),
                    ("latest", &Edition::LATEST.to_string()),
                ],
            );
            view! {
                <p class="edition-notice" role="status" data-edition-notice="">
                    <span>{text}</span>
                    <button type="button" class="link-button" data-action="open-latest" on:click=move |_| open_latest(app)>
                        {app.t("edition.open_latest")}
                    </button>
                </p>
            }
        })
    }
}

/// The scenario on screen, reopened on the newest data.
fn open_latest(app: AppState) {
    let mut s = to_link(app);
    s.edition = Some(Edition::LATEST);
    open_link(app, &s);
}
