//! Choosing a plan: region and document in the page's language, the user's own plans apart.

use leptos::prelude::*;

use super::state::use_app;
use crate::model::plan::Plan;

fn option_label(p: &Plan, lang: crate::model::text::Lang) -> String {
    format!("{} · {}", p.region.get(lang), p.title.get(lang))
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
                    app.choose_plan_id(&id);
                }
                prop:value=move || app.plan.with(|p| p.id.clone())
            >
                {move || {
                    let current = app.plan.with(|p| p.id.clone());
                    let plans = app.plans.get();
                    // Files that only hold a province's standards or figures are not opened alone.
                    let (mine, builtin): (Vec<_>, Vec<_>) =
                        plans.iter().filter(|p| p.listed).partition(|p| app.is_user_plan(&p.id));
                    let options = move |ps: Vec<&std::sync::Arc<Plan>>| {
                        ps.into_iter()
                            .map(|p| {
                                view! {
                                    <option value=p.id.clone() selected=p.id == current>
                                        {option_label(p, lang)}
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
