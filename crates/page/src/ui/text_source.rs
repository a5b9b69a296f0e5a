//! Where a text comes from: a file chosen, or pasted into a box — the one shape the plan loader
//! and both import panels give (the thaw `Field` shape: a label, its control, its message).

use leptos::attr::custom::custom_attribute;
use leptos::html;
use leptos::prelude::*;

use super::state::use_app;

/// The names of one text source's parts: their ids, test hooks and words.
#[derive(Clone, Copy)]
pub struct SourceNames {
    /// The file input's id; the box's id is `text_id`.
    pub file_id: &'static str,
    pub text_id: &'static str,
    /// `data-…` hooks of the file input and the box.
    pub file_hook: &'static str,
    pub text_hook: &'static str,
    /// Locale keys of the file button and the box's label.
    pub file_label: &'static str,
    pub text_label: &'static str,
    /// The file types offered.
    pub accept: &'static str,
    pub rows: u32,
}

/// A file input and a text box. `on_file` gets the input once a file is chosen; the box is
/// read through `textarea` (or follows `value` when given).
#[component]
pub fn TextSource(
    names: SourceNames,
    textarea: NodeRef<html::Textarea>,
    #[prop(into)] on_file: Callback<web_sys::HtmlInputElement>,
    /// The box's text as a signal, for a panel that reacts to typing.
    #[prop(optional)]
    value: Option<RwSignal<String>>,
    /// The box folded away, with its text's length: a text of megabytes, kept but not shown,
    /// since the browser repaints all of it whenever the page below it changes.
    #[prop(optional)]
    folded: Option<RwSignal<Option<u32>>>,
) -> impl IntoView {
    let app = use_app();
    let folded_len = move || folded.and_then(|f| f.get());
    let file_input = view! {
        <input
            id=names.file_id
            type="file"
            accept=names.accept
            on:change:target=move |ev| { on_file.try_run(ev.target()); }
        />
    }
    .add_any_attr(custom_attribute(format!("data-{}", names.file_hook), ""));
    let text_box = view! {
        <textarea
            id=names.text_id
            rows=names.rows.to_string()
            spellcheck="false"
            node_ref=textarea
            // Its contents skipped, not taken out of the page: taking megabytes out costs the
            // browser half a second once; skipping them, almost nothing (measured).
            style:content-visibility=move || folded_len().map(|_| "hidden")
            style:height=move || folded_len().map(|_| "2.5rem")
            // Not typed into unseen.
            prop:readOnly=move || folded_len().is_some()
            prop:value=move || value.map(|v| v.get()).unwrap_or_default()
            on:input:target=move |ev| {
                if let Some(v) = value {
                    v.set(ev.target().value());
                }
            }
        ></textarea>
    }
    .add_any_attr(custom_attribute(format!("data-{}", names.text_hook), ""));
    view! {
        <div class="loader-row">
            <label for=names.file_id class="button-like">{app.t(names.file_label)}</label>
            {file_input}
        </div>
        <label for=names.text_id>{app.t(names.text_label)}</label>
        {text_box}
        {move || folded_len().map(|n| view! {
            <p class="hint text-folded" data-text-folded="">
                {app.tf("import.folded", &[("count", &hps_words::format::number(f64::from(n), 0))])}
                " "
                <button
                    type="button"
                    class="link-button"
                    data-action="unfold-text"
                    on:click=move |_| { if let Some(f) = folded { f.set(None); } }
                >
                    {app.t("import.unfold")}
                </button>
            </p>
        })}
    }
}

/// A list of problems, each with its place, under a heading that counts them.
#[component]
pub fn ProblemList(
    problems: Vec<(String, String)>,
    /// Locale key of the heading, with `{count}`.
    heading: &'static str,
    /// The `data-…` hook of the list's box and its value.
    hook: (&'static str, &'static str),
) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="loader-problems" role="alert">
            <p>{app.tf(heading, &[("count", &problems.len().to_string())])}</p>
            <ul>
                {problems
                    .into_iter()
                    .map(|(path, msg)| view! { <li><code>{path}</code>" — "{msg}</li> })
                    .collect_view()}
            </ul>
        </div>
    }
    .add_any_attr(custom_attribute(format!("data-{}", hook.0), hook.1))
}
