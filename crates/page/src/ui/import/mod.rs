//! Reading a text with the importer, in one panel shape for two uses: a plan's own text, turned
//! into a plan to open or download (issue 14 §3); and a region's bulletin (or a yearbook's or a
//! work report's passage), whose figures are added to the open plan as its reported statistics
//! (issue 25 §3). The text is chosen or pasted, read in the importer's web worker, reviewed row
//! by row (each figure's words shown in the text around them), corrected, then used. The plan
//! that is open stays open until the user says: a failed read or a refused file changes nothing.

mod add_row;
mod edit;
mod extras;
mod review;
mod row;

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::state::use_app;
use super::text_source::{SourceNames, TextSource};
use crate::browser::page::read_chosen_bytes;
use crate::browser::worker::{self, Answer};
use edit::Review;
use extras::PanelMessage;
use hps_importer::{self as import, ImportError};
use review::ReviewView;

/// Longer than this (in characters), the pasted text is folded away once read.
const FOLD_CHARS: u32 = 500_000;

/// What the read text becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A plan of its own: opened in the page or downloaded as a plan file.
    Plan,
    /// Reported figures added to the open plan.
    Statistics,
}

/// A message about the whole panel.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Nothing could be read.
    Failed(ImportError),
    /// The importer's worker could not be started: nothing was read, the text stays.
    Unavailable,
    /// What was confirmed could not be written or was refused: each problem with its place.
    Problems(Vec<(String, String)>),
    Opened(String),
    Downloaded(String),
    /// Figures added to the open plan: how many, and to which plan.
    Added(usize, String),
}

impl Mode {
    /// The panel's words and hooks.
    fn names(self) -> (SourceNames, &'static str, &'static str, &'static str) {
        match self {
            Mode::Plan => (
                SourceNames {
                    file_id: "import-file",
                    text_id: "import-text",
                    file_hook: "import-file",
                    text_hook: "import-text",
                    file_label: "import.file",
                    text_label: "import.paste",
                    accept: ".txt,text/plain",
                    rows: 8,
                },
                "import.title",
                "import.hint",
                "plan-import",
            ),
            Mode::Statistics => (
                SourceNames {
                    file_id: "bulletin-file",
                    text_id: "bulletin-text",
                    file_hook: "bulletin-file",
                    text_hook: "bulletin-text",
                    file_label: "import.file",
                    text_label: "bulletin.paste",
                    accept: ".txt,text/plain",
                    rows: 6,
                },
                "bulletin.title",
                "bulletin.hint",
                "bulletin-import",
            ),
        }
    }
}

/// A plan's own text, read into a plan.
#[component]
pub fn PlanImport() -> impl IntoView {
    view! { <ImportPanel mode=Mode::Plan/> }
}

/// A bulletin's figures, added to the open plan.
#[component]
pub fn BulletinImport() -> impl IntoView {
    view! { <ImportPanel mode=Mode::Statistics/> }
}

#[component]
fn ImportPanel(mode: Mode) -> impl IntoView {
    let app = use_app();
    let (names, title, hint, class) = mode.names();
    let textarea = NodeRef::<html::Textarea>::new();
    let review = RwSignal::new(None::<Review>);
    let message = RwSignal::new(None::<Message>);
    let busy = RwSignal::new(false);
    let folded = RwSignal::new(None::<u32>);

    // The worker reads; the page stays free to answer while it does.
    let start_reading = move |text: js_sys::JsString| {
        busy.set(true);
        message.set(None);
        crate::browser::page::mark("hps:import-read");
        // A text of megabytes is folded away while it is read and reviewed: the browser would
        // repaint all of it at every change below it (a tenth of a second and more, measured).
        if text.length() > FOLD_CHARS {
            folded.set(Some(text.length()));
        }
        let text = worker::worth_reading(text);
        let source = String::from(&text);
        let source: Arc<str> = Arc::from(source);
        worker::read(text, move |answer| {
            crate::browser::page::mark("hps:import-proposed");
            busy.set(false);
            match answer {
                Answer::Proposal(p) => {
                    review.set(Some(Review::new(app, source, *p, mode)));
                }
                Answer::Refused(e) => {
                    review.set(None);
                    message.set(Some(Message::Failed(e)));
                }
                Answer::Unavailable => message.set(Some(Message::Unavailable)),
            }
        });
    };
    let on_read = move |_| {
        if busy.get_untracked() {
            return;
        }
        // The box's text as JavaScript has it: cut before it is copied anywhere.
        let text = textarea
            .get_untracked()
            .and_then(|t| js_sys::Reflect::get(&t, &"value".into()).ok())
            .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
            .unwrap_or_default();
        start_reading(text);
    };
    let on_file = move |input: web_sys::HtmlInputElement| {
        spawn_local(async move {
            let Some(bytes) = read_chosen_bytes(&input).await else {
                return;
            };
            let Some(bytes) = bytes else {
                review.set(None);
                message.set(Some(Message::Failed(ImportError::NotText)));
                return;
            };
            match import::text_of(&bytes) {
                Ok(text) => {
                    let text = text.to_string();
                    if let Some(t) = textarea.get_untracked() {
                        t.set_value(&text);
                    }
                    start_reading(js_sys::JsString::from(text.as_str()));
                }
                Err(e) => {
                    review.set(None);
                    message.set(Some(Message::Failed(e)));
                }
            }
        });
    };

    view! {
        <details
            class=format!("panel import-panel {class}")
            data-import-panel=if mode == Mode::Plan { "plan" } else { "statistics" }
            // The worker's files are fetched when the panel is first opened, not with the page.
            on:toggle:target=move |ev| if ev.target().open() { worker::warm_up() }
        >
            <summary><h2>{app.t(title)}</h2></summary>
            <p class="hint">{app.t(hint)}</p>
            {(mode == Mode::Statistics).then(|| view! {
                <p class="hint" data-bulletin-plan="">
                    {move || app.plan.with(|p| app.tf("bulletin.for_plan", &[("plan", &app.text(&p.region))]))}
                </p>
            })}
            <TextSource names textarea on_file folded/>
            <button
                type="button"
                class="primary"
                data-action=if mode == Mode::Plan { "import-read" } else { "bulletin-read" }
                aria-busy=move || if busy.get() { "true" } else { "false" }
                on:click=on_read
            >
                {move || if busy.get() { app.t("import.reading") } else { app.t("import.read") }}
            </button>
            <span class="visually-hidden" role="status">
                {move || busy.get().then(|| app.t("import.reading"))}
            </span>
            <PanelMessage message/>
            {move || review.get().map(|r| view! { <ReviewView r message textarea/> })}
            {(mode == Mode::Statistics).then(|| view! { <extras::AddedList/> })}
        </details>
    }
}
