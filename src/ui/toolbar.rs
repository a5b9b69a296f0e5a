//! The workshop toolbar: share, undo, redo, reset, saved scenarios, compare, present, embed,
//! export, print, help.

use leptos::prelude::*;

use super::export::CsvExport;
use super::presenter::toggle_presenting;
use super::print::PrintButton;
use super::state::{Dialog, use_app};
use super::undo::Undo;

#[component]
pub fn Toolbar(undo: Undo) -> impl IntoView {
    let app = use_app();
    let open = move |d: Dialog| move |_| app.dialog.set(Some(d));
    view! {
        <div class="toolbar" role="toolbar" aria-label=app.t("toolbar.label")>
            <button type="button" data-action="share" on:click=open(Dialog::Share)>{app.t("toolbar.share")}</button>
            <button type="button" data-action="undo" disabled=move || !app.history.with(|h| h.can_undo())
                data-steps=move || app.history.with(|h| h.steps_back())
                on:click=move |_| undo.undo(app) title="Ctrl+Z">{app.t("toolbar.undo")}</button>
            <button type="button" data-action="redo" disabled=move || !app.history.with(|h| h.can_redo())
                on:click=move |_| undo.redo(app) title="Ctrl+Shift+Z">{app.t("toolbar.redo")}</button>
            <button type="button" data-action="reset" on:click=move |_| undo.reset(app)>{app.t("toolbar.reset")}</button>
            <button type="button" data-action="scenarios" on:click=open(Dialog::Scenarios)>{app.t("toolbar.scenarios")}</button>
            <button type="button" data-action="compare" on:click=open(Dialog::Compare)>{app.t("toolbar.compare")}</button>
            <button type="button" data-action="present" aria-pressed=move || if app.presenting.get() { "true" } else { "false" }
                on:click=move |_| toggle_presenting(app)>{app.t("toolbar.present")}</button>
            <button type="button" data-action="embed" on:click=open(Dialog::Embed)>{app.t("toolbar.embed")}</button>
            <CsvExport/>
            <PrintButton/>
            <button type="button" data-action="help" aria-label=app.t("help.title") on:click=open(Dialog::Help)>"?"</button>
        </div>
    }
}
