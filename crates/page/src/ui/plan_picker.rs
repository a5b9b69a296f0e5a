//! Choosing a plan: region and document in the page's language, the user's own plans apart.

use leptos::prelude::*;

use super::state::use_app;
use hps_model::data::library::Entry;
use hps_model::text::Text;

fn option_label(p: &Entry, lang: hps_model::lang::Lang) -> String {
    Text::pair(&p.region, &p.title).get(lang).to_string()
}

#[component]
pub fn PlanPicker() -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    view! {
        <div class="plan-picker">
            <label for="plan-picker">{app.t("picker.label")}</label>
            <select
                id="plan-picker"
                data-plan-picker=""
                on:change:target=move |ev| {
                    let id = ev.target().value();
                    // A built-in file with errors is not opened (a notice says why): show the
                    // plan that stays open.
                    if !app.choose_plan_id(&id) {
                        ev.target().set_value(&app.plan.with_untracked(|p| p.id.clone()));
                    }
                }
                prop:value=move || app.plan.with(|p| p.id.clone())
            >
                {move || {
                    let current = app.plan.with(|p| p.id.clone());
                    // Files that only hold a province's standards or figures are not opened alone.
                    let (mine, builtin): (Vec<_>, Vec<_>) = app.library.with(|l| {
                        l.entries()
                            .iter()
                            .filter(|e| e.listed)
                            .map(|e| (e.clone(), e.is_user()))
                            .partition(|(_, user)| *user)
                    });
                    let (mine, builtin): (Vec<_>, Vec<_>) = (
                        mine.into_iter().map(|(p, _)| p).collect(),
                        builtin.into_iter().map(|(p, _)| p).collect(),
                    );
                    let options = move |ps: Vec<Entry>| {
                        ps.into_iter()
                            .map(|p| {
                                view! {
                                    <option value=p.id.clone() selected=p.id == current>
                                        {option_label(&p, lang)}
                                    </option>
                                }
                            })
                            .collect_view()
                    };
                    view! {
                        <optgroup label=app.t("picker.builtin")>{options(builtin)}</optgroup>
                        {(!mine.is_empty()).then(|| view! {
                            <optgroup label=app.t("picker.mine")>{options(mine)}</optgroup>
                        })}
                    }
                }}
            </select>
        </div>
    }
}
