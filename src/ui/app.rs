//! The page as a whole: loads the plans, restores the scenario, and lays out the panels.

use std::sync::Arc;

use leptos::prelude::*;

use super::levers::LeverPanel;
use super::scoreboard::Scoreboard;
use super::state::{AppState, use_app};
use super::summary::Summary;
use crate::model::catalog::Catalog;
use crate::model::library::builtin_plans;
use crate::model::scenario::Scenario;
use crate::model::text::Lang;

/// The plan the page opens on when the link names none.
pub const DEFAULT_PLAN: &str = "jiaohe";

#[component]
pub fn App() -> impl IntoView {
    let catalog: &'static Catalog = Box::leak(Box::new(Catalog::builtin()));
    let (plans, _broken) = builtin_plans(catalog);
    let plans: Vec<Arc<Plan>> = plans.into_iter().map(Arc::new).collect();
    let Some(first) = plans
        .iter()
        .find(|p| p.id == DEFAULT_PLAN)
        .or_else(|| plans.first())
        .cloned()
    else {
        return view! { <p class="fatal">"没有可用的规划数据。No plan data could be loaded."</p> }
            .into_any();
    };
    let scenario = Scenario::baseline(catalog, &first);
    let app = AppState::new(catalog, plans, first, scenario, Lang::Zh);
    provide_context(app);
    view! { <Page/> }.into_any()
}

use crate::model::plan::Plan;

/// Rebuilds the page when the language changes, so every label can be plain text.
#[component]
fn Page() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", if lang == Lang::Zh { "zh-CN" } else { "en" });
        }
        view! { <PageBody/> }
    }
}

#[component]
fn PageBody() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="app">
            <header class="site-header">
                <h1>{app.t("app.title")}</h1>
                <LangSwitch/>
            </header>
            <main class="layout">
                <PlanHead/>
                <Summary/>
                <div class="columns">
                    <LeverPanel/>
                    <div class="results">
                        <Scoreboard/>
                    </div>
                </div>
            </main>
        </div>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let app = use_app();
    let button = move |lang: Lang, label: &'static str| {
        view! {
            <button
                type="button"
                data-lang=lang.code()
                aria-pressed=if app.lang() == lang { "true" } else { "false" }
                on:click=move |_| app.lang.set(lang)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="lang-switch" role="group" aria-label="语言 Language">
            {button(Lang::Zh, "中文")}
            {button(Lang::En, "English")}
        </div>
    }
}

#[component]
fn PlanHead() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="plan-head">
            {move || {
                let p = app.plan.get();
                let p2 = p.clone();
                view! {
                    <h2 class="plan-title" lang="zh-CN">{p.title.zh.clone()}</h2>
                    <p class="plan-meta">
                        {move || {
                            let lang = app.lang();
                            let mut parts = vec![
                                p2.region.get(lang).to_string(),
                                p2.level.label().get(lang).to_string(),
                                p2.issuer.get(lang).to_string(),
                            ];
                            if let Some(d) = &p2.date {
                                parts.push(d.clone());
                            }
                            parts.push(app.tf("plan.base_year", &[("year", &p2.base_year.to_string())]));
                            parts.join(" · ")
                        }}
                    </p>
                    {(app.lang() == Lang::En).then(|| view! { <p class="plan-title-en">{p.title.en.clone()}</p> })}
                }
            }}
        </section>
    }
}
