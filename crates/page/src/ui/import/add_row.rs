//! Adding a row the importer missed: the user selects a passage of the text that was read (or
//! types it); its quote must be a piece of that text.

use leptos::html;
use leptos::prelude::*;

use super::Mode;
use super::edit::{EditRow, Review};
use crate::ui::state::use_app;
use hps_importer::{Role, row_from_quote};

/// Adding a row the importer missed: its quote must be a piece of the text that was read.
#[component]
pub fn AddRow(r: Review, textarea: NodeRef<html::Textarea>) -> impl IntoView {
    let app = use_app();
    let quote = RwSignal::new(String::new());
    // A bulletin's rows are figures; a plan's are targets unless the user says otherwise.
    let plan_mode = r.mode == Mode::Plan;
    let role = RwSignal::new(if plan_mode {
        Role::Target
    } else {
        Role::Figure
    });
    let problem = RwSignal::new(None::<&'static str>);
    let added = RwSignal::new(None::<usize>);
    let source = r.source.clone();
    let rows = r.rows;
    // A plan's horizon for a target; for a figure, the document's year (a bulletin reports it).
    let year = if plan_mode {
        r.proposal.horizon()
    } else {
        r.proposal
            .document_year
            .as_ref()
            .map_or(app.today.year - 1, |f| f.value)
    };
    let use_selection = move |_| {
        let Some(t) = textarea.get_untracked() else {
            return;
        };
        let (Ok(Some(s)), Ok(Some(e))) = (t.selection_start(), t.selection_end()) else {
            return;
        };
        let value = t.value();
        let units: Vec<u16> = value.encode_utf16().collect();
        let (s, e) = (s as usize, e as usize);
        if s < e && e <= units.len() {
            quote.set(String::from_utf16_lossy(&units[s..e]));
            problem.set(None);
        } else {
            problem.set(Some("import.add.no_selection"));
        }
    };
    let add = move |_| {
        let q = quote.get_untracked();
        let row = match row_from_quote(&source, &q, role.get_untracked(), year, app.catalog) {
            Ok(row) => row,
            Err(p) => {
                problem.set(Some(p.key()));
                return;
            }
        };
        let key = rows.with_untracked(|rs| rs.iter().map(|e| e.key + 1).max().unwrap_or(0));
        rows.update(|rs| rs.push(EditRow::new(key, row)));
        problem.set(None);
        added.set(Some(key + 1));
        quote.set(String::new());
    };
    view! {
        <fieldset class="import-add">
            <legend>{app.t("import.add.title")}</legend>
            <p class="hint">{app.t("import.add.hint")}</p>
            <label for="import-add-quote">{app.t("import.add.quote")}</label>
            <textarea
                id="import-add-quote"
                rows="2"
                data-import-add-quote=""
                aria-describedby="import-add-problem"
                prop:value=move || quote.get()
                on:input:target=move |ev| quote.set(ev.target().value())
            ></textarea>
            <div class="import-add-row">
                <button type="button" data-action="import-use-selection" on:click=use_selection>
                    {app.t("import.add.use_selection")}
                </button>
                {plan_mode.then(|| view! {
                    <label for="import-add-role">{app.t("import.col.role")}</label>
                    <select
                        id="import-add-role"
                        data-import-add-role=""
                        on:change:target=move |ev| role.set(if ev.target().value() == "figure" { Role::Figure } else { Role::Target })
                    >
                        <option value="target">{app.t("import.role.target")}</option>
                        <option value="figure">{app.t("import.role.figure")}</option>
                    </select>
                })}
                <button type="button" data-action="import-add-row" on:click=add>{app.t("import.add.button")}</button>
            </div>
            <p id="import-add-problem" class="lever-error" role="alert">{move || problem.get().map(|k| app.t(k))}</p>
            <p class="import-ok" role="status">
                {move || added.get().map(|n| app.tf("import.add.added", &[("n", &n.to_string())]))}
            </p>
        </fieldset>
    }
}
