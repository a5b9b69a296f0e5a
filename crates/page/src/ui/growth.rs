//! How the population changes from the base year to 2035: a yearly rate (negative for a shrinking
//! region) or values set for 2025 and 2035; optionally a range of rates for the uncertainty sweep.

use leptos::prelude::*;

use hps_model::named::Named;

use super::number_field::{FieldError, NumberInput};
use super::state::use_app;
use super::uncertainty::use_sweeps;
use hps_model::input::{parse_decimal, parse_population};
use hps_model::link::view::MAX_RATE;
use hps_model::sim::scenario::{Growth, PaceKind};
use hps_words::format::{figure, plain, signed};

#[component]
pub fn PopulationGrowth() -> impl IntoView {
    let app = use_app();
    let growth = Memo::new(move |_| app.scenario.with(|s| s.growth.clone()));
    let is_points = Memo::new(move |_| matches!(growth.get(), Growth::Points { .. }));
    // One message for whichever box is shown.
    let error = RwSignal::new(None::<String>);
    view! {
        <fieldset class="lever-group growth">
            <legend>{app.t("growth.title")}</legend>
            <GrowthModes is_points/>
            {move || if is_points.get() {
                view! { <GrowthPoints growth error/> }.into_any()
            } else {
                view! { <GrowthRate growth error/> }.into_any()
            }}
            <FieldError id="growth-error" error block=true/>
            <p class="hint">{app.t("growth.follows")}</p>
            {move || (!is_points.get()).then(|| view! { <GrowthRange/> })}
        </fieldset>
    }
}

/// A yearly rate, or values set for 2025 and 2035.
#[component]
fn GrowthModes(is_points: Memo<bool>) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="growth-modes" role="radiogroup" aria-label=app.t("growth.title")>
            <label>
                <input
                    type="radio"
                    name="growth-mode"
                    value="rate"
                    prop:checked=move || !is_points.get()
                    on:change=move |_| app.set_growth(Growth::Recent)
                />
                {app.t("growth.mode_rate")}
            </label>
            <label>
                <input
                    type="radio"
                    name="growth-mode"
                    value="points"
                    prop:checked=move || is_points.get()
                    on:change=move |_| app.set_growth(Growth::Points { y2025: None, y2035: None })
                />
                {app.t("growth.mode_points")}
            </label>
        </div>
    }
}

/// The population set for 2025 and for 2035; between and after, it follows a straight line.
#[component]
fn GrowthPoints(growth: Memo<Growth>, error: RwSignal<Option<String>>) -> impl IntoView {
    let app = use_app();
    let pop_max = app
        .catalog
        .population()
        .and_then(|q| app.catalog.quantities.get(q))
        .map(|c| c.max)
        .unwrap_or(2e9);
    let on_point = move |year: i32, text: String| match parse_population(&text, pop_max) {
        Ok(v) => {
            error.set(None);
            let (mut y25, mut y35) = match growth.get_untracked() {
                Growth::Points { y2025, y2035 } => (y2025, y2035),
                _ => (None, None),
            };
            if year == 2025 {
                y25 = v;
            } else {
                y35 = v;
            }
            app.set_growth(Growth::Points {
                y2025: y25,
                y2035: y35,
            });
        }
        Err(e) => error.set(Some(app.words().input_error(e))),
    };
    let point_value = move |year: i32| match growth.get() {
        Growth::Points { y2025, y2035 } => (if year == 2025 { y2025 } else { y2035 })
            .map(plain)
            .unwrap_or_default(),
        _ => String::new(),
    };
    [(2025, "growth.pop_2025"), (2035, "growth.pop_2035")]
        .into_iter()
        .map(|(year, label)| {
            let id = format!("growth-{year}");
            view! {
                <div class="growth-row">
                    <label for=id.clone()>{app.t(label)}</label>
                    <NumberInput id=id error_id="growth-error" error
                        value=Signal::derive(move || point_value(year))
                        class="lever-box" whole=true
                        placeholder=app.t("growth.flat").to_string()
                        on_change=move |input: web_sys::HtmlInputElement| on_point(year, input.value())
                        {..} data-growth-year=year />
                </div>
            }
        })
        .collect_view()
}

/// A yearly rate: the recent pace where the data has one, none, or the user's own.
#[component]
fn GrowthRate(growth: Memo<Growth>, error: RwSignal<Option<String>>) -> impl IntoView {
    let app = use_app();
    // The population's recent pace, where the data edition has one.
    let pace = Memo::new(move |_| app.start.with(|s| s.population_pace.clone()));
    let in_effect = Memo::new(move |_| app.scenario.with(|s| s.growth_in_effect()));
    // Typing a rate makes it the user's own; clearing the box goes back to the recent pace.
    let on_rate = move |text: String| match parse_decimal(&text, -MAX_RATE, MAX_RATE) {
        Ok(v) => {
            error.set(None);
            app.set_growth(v.map_or(Growth::Recent, Growth::Rate));
        }
        Err(e) => error.set(Some(app.words().input_error(e))),
    };
    let on_choice = move |code: String| {
        error.set(None);
        app.set_growth(match PaceKind::from_name(&code) {
            Some(PaceKind::Recent) => Growth::Recent,
            Some(PaceKind::Own) => match in_effect.get_untracked() {
                Growth::Rate(r) => Growth::Rate(r),
                _ => Growth::Rate(0.0),
            },
            _ => Growth::Rate(0.0),
        });
    };
    let choice = move || {
        match growth.get() {
            Growth::Recent if pace.with(Option::is_some) => PaceKind::Recent,
            Growth::Rate(r) if r != 0.0 => PaceKind::Own,
            _ => PaceKind::Flat,
        }
        .name()
    };
    view! {
        <div class="growth-row">
            <label for="growth-choice">{app.t("growth.rate")}</label>
            <select id="growth-choice" class="pace-select" data-pace="population"
                prop:value=choice
                on:change:target=move |ev| on_choice(ev.target().value())>
                {move || pace.get().map(|p| view! {
                    <option value=PaceKind::Recent.name()>
                        {app.tf("growth.recent", &[("value", &signed(p.percent(), 2))])}
                    </option>
                })}
                <option value=PaceKind::Flat.name()>{app.t("growth.flat_rate")}</option>
                <option value=PaceKind::Own.name()>{app.t("growth.own")}</option>
            </select>
            <label class="visually-hidden" for="growth-rate">{app.t("growth.own_rate")}</label>
            <NumberInput id="growth-rate" error_id="growth-error" error
                value=Signal::derive(move || match growth.get() {
                    Growth::Rate(r) if r != 0.0 => plain(r),
                    _ => String::new(),
                })
                class="yearly-box"
                placeholder=Signal::derive(move || match in_effect.get() {
                    Growth::Rate(r) => signed(r, 2),
                    _ => String::new(),
                })
                on_input=move |text: String| on_rate(text)
                {..} data-growth="population" />
            <span class="lever-unit">{app.t("growth.rate_unit")}</span>
        </div>
        <p class="hint pace-note" data-population-pace="">
            {move || match (growth.get(), pace.get()) {
                (Growth::Recent, Some(p)) => app.words().population_pace(&p),
                (_, None) => app.t("growth.no_pace").to_string(),
                _ => String::new(),
            }}
        </p>
    }
}

/// The growth rate as a range: the sweep draws 10,000 rates from it.
#[component]
fn GrowthRange() -> impl IntoView {
    let app = use_app();
    let sweeps = use_sweeps();
    let range = app.range;
    let low = RwSignal::new(range.get_untracked().map(|r| r.0).unwrap_or(-1.0));
    let high = RwSignal::new(range.get_untracked().map(|r| r.1).unwrap_or(1.0));
    let error = RwSignal::new(None::<String>);
    let apply = move || {
        if range.get_untracked().is_some() {
            app.set_range(Some((
                low.get_untracked().min(high.get_untracked()),
                low.get_untracked().max(high.get_untracked()),
            )));
        }
    };
    let on_edge =
        move |which: RwSignal<f64>, text: String| match parse_decimal(&text, -MAX_RATE, MAX_RATE) {
            Ok(Some(v)) => {
                error.set(None);
                which.set(v);
                apply();
            }
            Ok(None) => {}
            Err(e) => error.set(Some(app.words().input_error(e))),
        };
    view! {
        <div class="growth-range">
            <label>
                <input
                    type="checkbox"
                    data-action="toggle-range"
                    prop:checked=move || range.get().is_some()
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        app.set_range(on.then(|| (low.get_untracked().min(high.get_untracked()), low.get_untracked().max(high.get_untracked()))));
                        if !on {
                            sweeps.clear();
                        }
                    }
                />
                {app.t("growth.range")}
            </label>
            {move || range.get().is_some().then(|| view! {
                <div class="growth-row">
                    <label for="growth-low">{app.t("growth.low")}</label>
                    <NumberInput id="growth-low" error_id="growth-range-error" error
                        value=Signal::derive(move || plain(low.get()))
                        class="yearly-box"
                        on_change=move |input: web_sys::HtmlInputElement| on_edge(low, input.value())
                        {..} data-growth-range="low" />
                    <label for="growth-high">{app.t("growth.high")}</label>
                    <NumberInput id="growth-high" error_id="growth-range-error" error
                        value=Signal::derive(move || plain(high.get()))
                        class="yearly-box"
                        on_change=move |input: web_sys::HtmlInputElement| on_edge(high, input.value())
                        {..} data-growth-range="high" />
                    <span class="lever-unit">{app.t("growth.rate_unit")}</span>
                </div>
                <p class="hint" data-sweep-status="" data-sweep-ms=move || format!("{:.1}", sweeps.ms())>
                    {move || match sweeps.latest() {
                        Some(s) => app.tf("growth.sweep_done", &[
                            ("draws", &s.draws.to_string()),
                            ("low", &figure(low.get(), 2)),
                            ("high", &figure(high.get(), 2)),
                            ("seed", &app.seed.get().to_string()),
                        ]),
                        None => app.t("growth.sweep_running").to_string(),
                    }}
                </p>
            })}
            <FieldError id="growth-range-error" error block=true/>
        </div>
    }
}
