//! The workshop toolbar: share, undo, redo, reset, saved scenarios, compare, present, embed,
//! export, print, help. On a phone the first three stay in the row and the rest fold behind
//! "更多 / More", a disclosure button that opens a short list (Tab moves through it, Escape
//! closes it and returns to the button); on wider screens the list is simply part of the row.

use leptos::ev::{FocusEvent, KeyboardEvent};
use leptos::html::{Button, Div};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dialogs::{Dialog, use_dialogs};
use super::export::CsvExport;
use super::presenter::toggle_presenting;
use super::print::PrintButton;
use super::state::use_app;
use super::undo::Undo;
use crate::browser::page::focus_first;

const MORE_ID: &str = "toolbar-more";

#[component]
pub fn Toolbar(undo: Undo) -> impl IntoView {
    let app = use_app();
    let dialogs = use_dialogs();
    let open = move |d: Dialog| move |_| dialogs.open(d);
    view! {
        <div class="toolbar" role="toolbar" aria-label=app.t("toolbar.label")>
            <button type="button" data-action="share" on:click=open(Dialog::Share)>{app.t("toolbar.share")}</button>
            <button type="button" data-action="undo" disabled=move || !undo.history.with(|h| h.can_undo())
                data-steps=move || undo.history.with(|h| h.steps_back())
                on:click=move |_| undo.undo(app) title="Ctrl+Z">{app.t("toolbar.undo")}</button>
            <button type="button" data-action="redo" disabled=move || !undo.history.with(|h| h.can_redo())
                on:click=move |_| undo.redo(app) title="Ctrl+Shift+Z">{app.t("toolbar.redo")}</button>
            <More>
                <button type="button" data-action="reset" on:click=move |_| undo.reset(app)>{app.t("toolbar.reset")}</button>
                <button type="button" data-action="scenarios" on:click=open(Dialog::Scenarios)>{app.t("toolbar.scenarios")}</button>
                <button type="button" data-action="compare" on:click=open(Dialog::Compare)>{app.t("toolbar.compare")}</button>
                <button type="button" data-action="present" aria-pressed=move || if app.presenting.get() { "true" } else { "false" }
                    on:click=move |_| toggle_presenting(app)>{app.t("toolbar.present")}</button>
                <button type="button" data-action="embed" on:click=open(Dialog::Embed)>{app.t("toolbar.embed")}</button>
                <CsvExport/>
                <PrintButton/>
                <button type="button" data-action="help" aria-label=app.t("help.title") on:click=open(Dialog::Help)>
                    <span aria-hidden="true">"?"</span>
                    <span class="toolbar-more-only" aria-hidden="true">{app.t("help.title")}</span>
                </button>
            </More>
        </div>
    }
}

/// The folded part of the toolbar and its "More" button (shown only on narrow screens).
#[component]
fn More(children: Children) -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    let button = NodeRef::<Button>::new();
    let list = NodeRef::<Div>::new();
    let close = move |refocus: bool| {
        open.set(false);
        if refocus && let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    };
    let toggle = move |_| {
        let now = !open.get_untracked();
        open.set(now);
        if now {
            // Into the list once it is displayed, so Tab goes on from its first action; unless
            // the focus has moved on meanwhile (a quick Tab), which it keeps.
            request_animation_frame(move || {
                let on_button = button
                    .get_untracked()
                    .is_some_and(|b| document().active_element().as_deref() == Some(b.as_ref()));
                if let Some(l) = list.get_untracked().filter(|_| on_button) {
                    focus_first(&l, "button:not([disabled])");
                }
            });
        }
    };
    let on_key = move |ev: KeyboardEvent| {
        if ev.key() == "Escape" && open.get_untracked() {
            ev.stop_propagation();
            close(true);
        }
    };
    // Focus leaving the button and the list (a click elsewhere, Tab past the end) closes it.
    let on_focus_out = move |ev: FocusEvent| {
        let Some(wrapper) = ev
            .current_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        else {
            return;
        };
        let to = ev
            .related_target()
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok());
        if !to.is_some_and(|to| wrapper.contains(Some(&to))) {
            close(false);
        }
    };
    view! {
        <div class="toolbar-overflow" on:keydown=on_key on:focusout=on_focus_out>
            <button type="button" class="toolbar-more-button" data-action="more" node_ref=button
                aria-expanded=move || if open.get() { "true" } else { "false" }
                aria-controls=MORE_ID
                on:click=toggle>
                {app.t("toolbar.more")}
            </button>
            // A click on one of the actions closes the list (its dialog takes the focus).
            <div id=MORE_ID class="toolbar-more" class:open=move || open.get() node_ref=list
                on:click=move |ev| {
                    let on_button = ev
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|e| e.closest("button").ok().flatten().is_some());
                    if on_button {
                        open.set(false);
                    }
                }>
                {children()}
            </div>
        </div>
    }
}
