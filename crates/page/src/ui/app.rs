//! The page as a whole: loads the plans, restores the scenario from the link (or the last
//! session), and lays out the panels.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::address_bar::{CURRENT_KEY, keep_in_sync, plan_for, report_ignored};
use super::benchmarks::{BenchmarkToggle, BenchmarksPanel};
use super::chart::TrajectoryChart;
use super::compare::CompareDialog;
use super::deferred::{AfterFirstPaint, Opening, next_task, watch_first_paint};
use super::dialogs::Dialogs;
use super::embed::EmbedDialog;
use super::goals::{DocumentNotes, Goals};
use super::held_table::HeldTable;
use super::help::{HelpDialog, keyboard_shortcuts};
use super::import::{BulletinImport, PlanImport};
use super::levers::LeverPanel;
use super::method::MethodNotes;
use super::milestone::MilestoneSwitch;
use super::notices::{NoticeList, Notices};
use super::overview::Overview;
use super::plan_loader::PlanLoader;
use super::plan_picker::PlanPicker;
use super::presenter::{LeversHidden, follow_fullscreen, go_to_named_view};
use super::print::{PrintReport, prepare_for_print};
use super::scenarios::{SavedScenarios, ScenariosDialog};
use super::scoreboard::Scoreboard;
use super::share_dialog::ShareDialog;
use super::standards::Standards;
use super::state::{AppState, Opened, use_app};
use super::summary::Summary;
use super::toolbar::Toolbar;
use super::tracked::TrackedTable;
use super::travel::{self, Arrived};
use super::uncertainty::{Sweeps, keep_sweep};
use super::undo::{Undo, keep_history};
use super::user_plans;
use super::what_it_takes::WhatItTakes;
use crate::browser::frame::report_height;
use crate::browser::{storage, url};
use hps_model::catalog::Catalog;
use hps_model::data::library::{BUILTIN_INDEX, Library};
use hps_model::lang::Lang;
use hps_model::link::embed::{Embedding, Lock};
use hps_model::link::{Shared, decode, scenario_from};
use hps_model::plan::Plan;
use hps_model::plan::edition::Edition;
use hps_model::sim::benchmark::{self, Benchmark};
use hps_model::sim::scenario::Scenario;

/// The plan the page opens on when the link names none.
pub const DEFAULT_PLAN: &str = "jiaohe";

/// The link's language, else the browser's, else Chinese.
fn page_lang(shared: &Shared) -> Lang {
    shared
        .lang
        .or_else(|| crate::browser::page::language().and_then(|l| Lang::from_code(&l)))
        .unwrap_or_default()
}

/// The built-in catalogue, read once (`main` reads it in a task before the one that builds the
/// page, so neither keeps a phone's main thread busy for long).
pub fn prepare() -> &'static Catalog {
    static CATALOG: std::sync::OnceLock<&'static Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(|| Box::leak(Box::new(Catalog::builtin())))
}

#[component]
pub fn App() -> impl IntoView {
    let catalog = prepare();
    let (mine, mine_broken) = user_plans::load(catalog);
    let library = Library::new(catalog, BUILTIN_INDEX, mine);

    // The link wins; without one, the scenario the user left last time.
    let query = url::query();
    let query = if query.is_empty() {
        storage::get(CURRENT_KEY).unwrap_or_default()
    } else {
        query
    };
    let decoded = decode(&query, catalog);
    let lang = page_lang(&decoded.shared);
    let travelling = travel::arrives(&decoded.shared);
    // The page opens in steps, each in a task of its own so that none keeps a phone's main
    // thread busy for long: this one reads the link, the next parses its plans, the one after
    // builds the state, and the next the page (then a part at a time: `deferred.rs`).
    let step = RwSignal::new(Step::Reading);
    let read = move |arrived: Arrived| {
        next_task(move || {
            let read = read_plans(catalog, arrived);
            next_task(move || step.set(read));
        });
    };
    if travelling {
        // The link carries a user's plan (`pz`) or names a plan file (`src`): it is read
        // (inflated or fetched) before the page opens, so no other plan's figures are shown as
        // the linked plan's. Until then, one line says what is happening.
        let embedded = decoded.shared.embedding.on;
        spawn_local(async move {
            read(travel::arrive(catalog, library, decoded, lang, embedded).await);
        });
    } else {
        read(Arrived {
            library,
            decoded,
            notices: Vec::new(),
            packed: None,
            source: None,
        });
    }
    move || match step.get() {
        Step::Reading => travelling
            .then(|| {
                view! {
                    <p class="travel-opening" role="status" data-travel-opening="">
                        {hps_words::i18n::t(lang, "travel.opening")}
                    </p>
                }
            })
            .into_any(),
        Step::NoData => {
            crate::browser::page::drop_first_screen();
            let text = crate::browser::panic::both("app.no_data", " ");
            view! { <p class="fatal">{text}</p> }.into_any()
        }
        Step::Read(read) => untrack(|| open_page(catalog, mine_broken, *read)),
    }
}

/// How far the page has opened.
#[derive(Clone)]
enum Step {
    /// The link is being read (a plan it carries inflated or fetched).
    Reading,
    /// Not one plan could be read (a broken build).
    NoData,
    Read(Box<Read>),
}

/// A link read, with its plans parsed and its scenario set: what the page opens on.
#[derive(Clone)]
struct Read {
    arrived: Arrived,
    plan: Arc<Plan>,
    /// The plan the link named, when the library has no such plan.
    missing_plan: Option<String>,
    edition: Edition,
    scenario: Scenario,
    /// Figures the link adds to the plan (`st`), and whether that value was damaged.
    added: Vec<hps_model::plan::Statistic>,
    added_damaged: bool,
}

/// Parses the plan a link opens and the plans it inherits from (only those), and sets the
/// scenario the link carries.
fn read_plans(catalog: &'static Catalog, arrived: Arrived) -> Step {
    let shared = &arrived.decoded.shared;
    let Some((plan, missing_plan)) = plan_for(&arrived.library, shared, DEFAULT_PLAN) else {
        return Step::NoData;
    };
    let edition = shared.edition();
    let (added, added_damaged) = super::added::from_link(shared.st.as_deref(), catalog);
    let shown = Plan::as_shown(&plan, edition, &added);
    let start = arrived.library.start(catalog, &shown, edition);
    crate::browser::page::mark("hps:plans-parsed");
    let scenario = scenario_from(catalog, &shown, &start, shared);
    Step::Read(Box::new(Read {
        arrived,
        plan,
        missing_plan,
        edition,
        scenario,
        added,
        added_damaged,
    }))
}

/// Opens the page on a link read: the state in this task, the page's stages in the next.
fn open_page(catalog: &'static Catalog, mine_broken: usize, read: Read) -> AnyView {
    let Read {
        arrived,
        plan,
        missing_plan,
        edition,
        scenario,
        added,
        added_damaged,
    } = read;
    let decoded = &arrived.decoded;
    let lang = page_lang(&decoded.shared);

    let benchmarks: &'static [Benchmark] =
        Box::leak(benchmark::builtin(catalog).into_boxed_slice());
    let embedding: &'static Embedding = Box::leak(Box::new(decoded.shared.embedding.clone()));
    let notices = Notices::provide();
    let dialogs = Dialogs::provide();
    let sweeps = Sweeps::provide();
    let levers = LeversHidden::provide();
    let app = AppState::new(
        catalog,
        benchmarks,
        arrived.library.clone(),
        Opened {
            plan: plan.clone(),
            added,
            scenario,
            edition,
            view: decoded.shared.view.clone(),
        },
        lang,
        embedding,
        notices,
    );
    provide_context(app);
    watch_first_paint();
    crate::browser::page::mark("hps:state-ready");

    report_ignored(app, decoded);
    if added_damaged {
        notices.push(app.t("added.damaged"));
    }
    travel::settle(app, &arrived);
    if let Some(id) = missing_plan {
        notices.push(app.tf(
            "link.no_plan",
            &[("plan", &id), ("fallback", &app.text(&plan.region))],
        ));
    }
    if mine_broken > 0 {
        notices.push(app.tf(
            "loader.stored_broken",
            &[("count", &mine_broken.to_string())],
        ));
    }
    app.report_broken_plans();
    let changed = super::link_state::watch(app);
    keep_in_sync(app, changed);
    travel::keep_packed(app);
    keep_sweep(app, sweeps);
    SavedScenarios::provide(notices);
    let undo = keep_history(app, changed);
    provide_context(undo);
    keyboard_shortcuts(app, undo, dialogs, levers);
    follow_fullscreen(app);
    go_to_named_view(app, dialogs);
    prepare_for_print(app, sweeps);
    if app.embedding.on {
        report_height();
    }
    // Its first stage (`Opening`) in the next task: this one built the state.
    view! { <Page/> }.into_any()
}

/// Rebuilds the page when the language changes, so every label can be plain text.
#[component]
fn Page() -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", if lang == Lang::Zh { "zh-CN" } else { "en" });
        }
        // The page's description in its language (index.html carries the Chinese one).
        if let Ok(Some(meta)) = document().query_selector(r#"meta[name="description"]"#) {
            let _ = meta.set_attribute("content", hps_words::i18n::t(lang, "app.description"));
        }
        view! { <PageBody/> }
    }
}

#[component]
fn PageBody() -> impl IntoView {
    let app = use_app();
    let levers =
        use_context::<LeversHidden>().unwrap_or_else(|| panic!("LeversHidden not provided"));
    let embed = app.embedding.on;
    let undo = use_context::<Undo>();
    view! {
        <div
            class="app"
            class:embedded=embed
            class:presenting=move || app.presenting.get()
            class:levers-hidden=move || levers.get()
        >
            {(!embed).then(|| view! {
                <Opening><header class="site-header">
                    <h1>{app.t("app.title")}</h1>
                    <div class="header-tools">
                        {undo.map(|undo| view! { <Toolbar undo/> })}
                        <LangSwitch/>
                    </div>
                </header></Opening>
            })}
            <main class="layout">
                <Opening>
                <NoticeList dismiss=app.t("notices.dismiss")/>
                <super::edition::EditionNotice/>
                <div class="plan-bar">
                    {(!app.embedding.locked(Lock::Plan)).then(|| view! { <PlanPicker/> })}
                    <MilestoneSwitch/>
                    <BenchmarkToggle/>
                    {move || app.presenting.get().then(|| view! {
                        <button type="button" data-action="toggle-levers" aria-pressed=move || if levers.get() { "true" } else { "false" }
                            on:click=move |_| levers.toggle()>{app.t("present.hide_levers")}</button>
                    })}
                </div>
                <PlanHead/>
                <Summary/>
                </Opening>
                <Opening><div class="columns">
                    <LeverPanel/>
                    <div class="results">
                        <Scoreboard/>
                        // Each below in a task of its own, after the first paint.
                        <AfterFirstPaint><Standards/></AfterFirstPaint>
                        <AfterFirstPaint><HeldTable/></AfterFirstPaint>
                        <AfterFirstPaint><TrajectoryChart/></AfterFirstPaint>
                        <AfterFirstPaint><Overview/></AfterFirstPaint>
                        <AfterFirstPaint><WhatItTakes/></AfterFirstPaint>
                        <AfterFirstPaint><BenchmarksPanel/></AfterFirstPaint>
                        <AfterFirstPaint><TrackedTable/></AfterFirstPaint>
                        <AfterFirstPaint><Goals/><DocumentNotes/></AfterFirstPaint>
                        <AfterFirstPaint><MethodNotes/></AfterFirstPaint>
                        {(!embed).then(|| view! {
                            <AfterFirstPaint><PlanLoader/></AfterFirstPaint>
                            <AfterFirstPaint><PlanImport/></AfterFirstPaint>
                            <AfterFirstPaint><BulletinImport/></AfterFirstPaint>
                        })}
                    </div>
                </div></Opening>
            </main>
            <AfterFirstPaint>
                <ShareDialog/>
                <EmbedDialog/>
                <ScenariosDialog/>
            </AfterFirstPaint>
            <AfterFirstPaint>
                <CompareDialog/>
                <HelpDialog/>
            </AfterFirstPaint>
            // Empty until printing fills it: built at once, so printing never misses it.
            <PrintReport/>
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
                let lang = app.lang();
                let mut parts = vec![
                    p.region.get(lang).to_string(),
                    hps_words::i18n::t(lang, p.level.key()).to_string(),
                    p.issuer.get(lang).to_string(),
                ];
                if let Some(d) = &p.date {
                    parts.push(d.clone());
                }
                // Where the levers start: the plan's base year, or a later year the region's
                // figures report.
                let start = app.start.with(|s| s.base_year).to_string();
                parts.push(match &p.baseline {
                    Some(b) if b.year.to_string() == start => {
                        app.tf("plan.base_year", &[("year", &start)])
                    }
                    Some(b) => app.tf(
                        "plan.base_year_moved",
                        &[("plan_year", &b.year.to_string()), ("year", &start)],
                    ),
                    None => app.tf("plan.no_baseline", &[("year", &start)]),
                });
                view! {
                    <h2 class="plan-title" lang="zh-CN">{p.title.zh.clone()}</h2>
                    {(lang == Lang::En).then(|| view! { <p class="plan-title-en">{p.title.en.clone()}</p> })}
                    <p class="plan-meta">{parts.join(" · ")}</p>
                }
            }}
        </section>
    }
}
