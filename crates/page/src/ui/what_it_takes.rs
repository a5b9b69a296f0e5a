//! What it takes: the steady yearly additions that meet every 2025 target and keep the standards
//! through 2035, with one click to apply them. Computed only while the panel is open.

use leptos::prelude::*;

use super::state::{AppState, use_app};
use hps_model::plan::Plan;
use hps_model::sim::solve::what_it_takes;
use hps_words::format::{count, signed};
use hps_words::words::label_key;

/// The plan's targets and the standards it inherits: a region must meet both.
fn with_standards(app: AppState) -> Plan {
    app.plan.with(|p| {
        app.inherited.with(|inh| {
            let chain: Vec<&Plan> = inh.0.iter().map(|p| p.as_ref()).collect();
            p.with_standards(&chain)
        })
    })
}

#[component]
pub fn WhatItTakes() -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    let result = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        let plan = with_standards(app);
        Some(
            app.scenario
                .with(|s| what_it_takes(app.catalog, &plan, s, app.today)),
        )
    });
    let apply_it = move |_| {
        if let Some(w) = result.get_untracked() {
            app.apply_lever_plans(&w.levers);
        }
    };
    view! {
        <details class="panel what-it-takes" on:toggle:target=move |ev| open.set(ev.target().open())>
            <summary><h2>{app.t("wit.title")}</h2></summary>
            {move || result.get().map(|w| {
                let lang = app.lang();
                let plan = with_standards(app);
                let base = app.scenario.with_untracked(|s| s.base_year);
                let solved = w.levers.iter().filter(|l| l.binding.is_some()).count();
                view! {
                    <p class="hint">{app.tf("wit.hint", &[("base", &base.to_string())])}</p>
                    <ul class="wit-levers">
                        {w.levers.iter().filter(|l| l.binding.is_some()).map(|lp| {
                            let q = lp.quantity;
                            let id = app.catalog.quantities.get(q).map(|c| c.id.clone()).unwrap_or_default();
                            let unit = app.quantity_unit(q);
                            let current = app.scenario.with_untracked(|s| s.lever(q)).unwrap_or(0.0);
                            let end = current + lp.top_up + lp.yearly * f64::from(hps_model::sim::timeline::END_YEAR - base);
                            let binding = lp.binding.and_then(|(ti, y)| plan.targets.get(ti).map(|t| (app.text(t.label()), y)));
                            view! {
                                <li data-wit-lever=id data-yearly=lp.yearly data-top-up=lp.top_up data-extra=lp.yearly - lp.pace>
                                    <strong>{app.quantity_label(q)}</strong>": "
                                    {app.tf("wit.per_year", &[("value", &signed(lp.yearly, 0)), ("unit", &unit)])}
                                    <span class="wit-extra">
                                        {if lp.yearly == lp.pace {
                                            app.tf("wit.pace_enough", &[("pace", &signed(lp.pace, 0))])
                                        } else {
                                            app.tf("wit.extra", &[("extra", &signed(lp.yearly - lp.pace, 0)), ("pace", &signed(lp.pace, 0)), ("unit", &unit)])
                                        }}
                                    </span>
                                    {(lp.top_up > 0.0).then(|| app.tf("wit.top_up", &[("value", &signed(lp.top_up, 0)), ("year", &base.to_string())]))}
                                    <span class="wit-path">{app.tf("wit.path", &[("from", &count(current, lang)), ("to", &count(end, lang))])}</span>
                                    {binding.map(|(label, y)| view! { <span class="wit-binding">{app.tf("wit.binding", &[("target", &label), ("year", &y.to_string())])}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {(solved == 0).then(|| view! { <p class="empty">{app.t("wit.nothing")}</p> })}
                    {(!w.unreachable.is_empty()).then(|| {
                        let names: Vec<String> = w.unreachable.iter().filter_map(|ti| plan.targets.get(*ti)).map(|t| app.text(t.label())).collect();
                        view! { <p class="wit-unreachable">{app.tf("wit.unreachable", &[("targets", &names.join("、"))])}</p> }
                    })}
                    {(!w.conflicts.is_empty()).then(|| {
                        let names: Vec<String> = w
                            .conflicts
                            .iter()
                            .filter_map(|(ti, y, st)| {
                                plan.targets.get(*ti).map(|t| format!("{} ({y}: {})", app.text(t.label()), app.t(label_key(*st, false))))
                            })
                            .collect();
                        view! { <p class="wit-over">{app.tf("wit.over", &[("targets", &names.join("、"))])}</p> }
                    })}
                    <p class="wit-claims">{app.tf("wit.claims", &[("count", &w.claims.len().to_string())])}</p>
                    <button type="button" class="primary" data-action="apply-what-it-takes" disabled=solved == 0 on:click=apply_it>
                        {app.t("wit.apply")}
                    </button>
                }
            })}
        </details>
    }
}
