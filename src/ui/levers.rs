//! The levers of the current plan, grouped: population, beds, staff, other.

use leptos::prelude::*;

use super::growth::PopulationGrowth;
use super::lever_input::LeverInput;
use super::state::use_app;
use crate::model::catalog::Group;

fn group_key(g: Group) -> &'static str {
    match g {
        Group::Population => "levers.group.population",
        Group::Beds => "levers.group.beds",
        Group::Staff => "levers.group.staff",
        Group::Other => "levers.group.other",
    }
}

#[component]
pub fn LeverPanel() -> impl IntoView {
    let app = use_app();
    let cat = app.catalog;
    view! {
        <section class="panel levers" aria-labelledby="levers-title">
            <h2 id="levers-title">{app.t("levers.title")}</h2>
            <p class="hint">{app.t("levers.hint")}</p>
            {move || {
                let plan = app.plan.get();
                let mut qs = plan.lever_quantities();
                // Benchmarks read population and staff even when the plan's targets do not.
                if app.view.with(|v| v.benchmarks) {
                    for b in app.benchmarks {
                        qs.extend(b.indicator.kind.quantities());
                    }
                    qs.sort_unstable();
                    qs.dedup();
                }
                // An embedding page may show only some levers.
                if let Some(only) = app.view.with(|v| v.embed_levers.clone()) {
                    qs.retain(|q| cat.quantities.get(*q).is_some_and(|c| only.contains(&c.id)));
                }
                if qs.is_empty() {
                    return view! { <p class="empty">{app.t("levers.none")}</p> }.into_any();
                }
                Group::ALL
                    .iter()
                    .filter_map(|&g| {
                        let in_group: Vec<usize> = qs
                            .iter()
                            .copied()
                            .filter(|q| cat.quantities.get(*q).is_some_and(|c| c.group == g))
                            .collect();
                        (!in_group.is_empty()).then(|| {
                            view! {
                                <fieldset class="lever-group">
                                    <legend>{app.t(group_key(g))}</legend>
                                    {in_group
                                        .into_iter()
                                        .map(|q| view! { <LeverInput q show_yearly=g != Group::Population/> })
                                        .collect_view()}
                                </fieldset>
                                {(g == Group::Population).then(|| view! { <PopulationGrowth/> })}
                            }
                        })
                    })
                    .collect_view()
                    .into_any()
            }}
        </section>
    }
}
