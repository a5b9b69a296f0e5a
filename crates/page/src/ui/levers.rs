//! The levers of the current plan, grouped: population, beds, staff, other. Levers with a value
//! come first; those without any sourced figure are folded into one group below them, so the
//! first screen shows what drives the judged targets.

use leptos::prelude::*;

use super::deferred::{AfterFirstPaint, after_first_paint};
use super::growth::PopulationGrowth;
use super::lever_input::LeverInput;
use super::state::{AppState, use_app};
use hps_model::catalog::{Group, QuantityIx};

fn group_key(g: Group) -> &'static str {
    match g {
        Group::Population => "levers.group.population",
        Group::Beds => "levers.group.beds",
        Group::Staff => "levers.group.staff",
        Group::Other => "levers.group.other",
    }
}

/// The levers any judged target reads: the plan's, the standards it inherits, and the
/// international comparisons when they are on; only those an embedding page chose.
fn shown_quantities(app: AppState, benchmarks: bool, only: Option<Vec<String>>) -> Vec<QuantityIx> {
    let cat = app.catalog;
    let mut qs = app.plan.with(|p| p.lever_quantities());
    app.inherited.with(|inh| {
        for p in &inh.0 {
            qs.extend(p.lever_quantities());
        }
    });
    if benchmarks {
        for b in app.benchmarks {
            qs.extend(b.indicator.kind.quantities());
        }
    }
    qs.sort_unstable();
    qs.dedup();
    if let Some(only) = only {
        qs.retain(|q| cat.quantities.get(*q).is_some_and(|c| only.contains(&c.id)));
    }
    qs
}

/// Levers grouped under their headings, the population's growth after the population group;
/// each lever a part of the page in a task of its own (`first_screen`: of the first screen).
fn grouped(app: AppState, qs: &[QuantityIx], first_screen: bool) -> impl IntoView + use<> {
    let cat = app.catalog;
    Group::ALL
        .iter()
        .filter_map(|&g| {
            let in_group: Vec<usize> = qs
                .iter()
                .copied()
                .filter(|q| cat.quantities.get(*q).is_some_and(|c| c.group == g))
                .collect();
            let with_growth = in_group.contains(&cat.population().unwrap_or(usize::MAX));
            (!in_group.is_empty()).then(|| {
                view! {
                    <fieldset class="lever-group">
                        <legend>{app.t(group_key(g))}</legend>
                        {in_group
                            .iter()
                            .map(|&q| view! {
                                <AfterFirstPaint first_screen=first_screen>
                                    <LeverInput q show_yearly=g != Group::Population/>
                                </AfterFirstPaint>
                            })
                            .collect_view()}
                    </fieldset>
                    {with_growth.then(|| view! {
                        <AfterFirstPaint first_screen=first_screen><PopulationGrowth/></AfterFirstPaint>
                    })}
                }
            })
        })
        .collect_view()
}

#[component]
pub fn LeverPanel() -> impl IntoView {
    let app = use_app();

    view! {
        <section class="panel levers" aria-labelledby="levers-title">
            <h2 id="levers-title">{app.t("levers.title")}</h2>
            <p class="hint">{app.t("levers.hint")}</p>
            {move || {
                let qs = shown_quantities(app, app.international.get(), app.embedding.levers.clone());
                if qs.is_empty() {
                    return view! { <p class="empty">{app.t("levers.none")}</p> }.into_any();
                }
                // Split once per plan, not on every keystroke: a lever being cleared stays put.
                let (ready, without): (Vec<_>, Vec<_>) = app
                    .scenario
                    .with_untracked(|s| qs.iter().partition(|q| s.lever(**q).is_some()));
                let folded = (!without.is_empty()).then(|| {
                    let count = without.len();
                    let summary = app.tf("levers.more", &[("count", &count.to_string())]);
                    view! {
                        <details class="levers-without-data" data-levers-without-data=count>
                            <summary>{summary}</summary>
                            <p class="hint">{app.t("levers.more_hint")}</p>
                            {after_first_paint(move || grouped(app, &without, false))}
                        </details>
                    }
                });
                view! { {grouped(app, &ready, true)} {folded} }.into_any()
            }}
        </section>
    }
}
