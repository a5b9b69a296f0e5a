//! One lever: a native range slider with a number box beside it, the baseline marked, and a
//! clear message when the typed value cannot be used (the last good value is kept).

use leptos::prelude::*;
use web_sys::HtmlInputElement;

use super::state::{AppState, use_app};
use crate::model::catalog::QuantityIx;
use crate::model::format::{count, nice_ceiling, plain, signed};
use crate::model::input::{InputError, parse_change, parse_count};

/// Largest yearly net change a box accepts.
const MAX_YEARLY: f64 = 10_000_000.0;

pub fn input_error(app: AppState, e: InputError) -> String {
    match e {
        InputError::NotANumber => app.t("input.not_a_number").to_string(),
        InputError::Negative => app.t("input.negative").to_string(),
        InputError::NotWhole => app.t("input.not_whole").to_string(),
        InputError::TooLarge(max) => app.tf("input.too_large", &[("max", &count(max, app.lang()))]),
        InputError::OutOfRange(lo, hi) => app.tf(
            "input.out_of_range",
            &[
                ("low", &crate::model::format::figure(lo, 2)),
                ("high", &crate::model::format::figure(hi, 2)),
            ],
        ),
    }
}

fn slider_ceiling(baseline: Option<f64>, current: Option<f64>) -> f64 {
    let top = baseline.unwrap_or(0.0).max(current.unwrap_or(0.0));
    nice_ceiling(top * 2.0)
}

#[component]
pub fn LeverInput(q: QuantityIx, #[prop(optional)] show_yearly: bool) -> impl IntoView {
    let app = use_app();
    let Some(quantity) = app.catalog.quantities.get(q) else {
        return ().into_any();
    };
    let id = quantity.id.clone();
    let max_value = quantity.max;
    let value = Memo::new(move |_| app.scenario.with(|s| s.lever(q)));
    let baseline = Memo::new(move |_| app.plan.with(|p| p.baseline_value(q)));
    let derived = Memo::new(move |_| {
        app.plan.with(|p| {
            p.baseline
                .as_ref()
                .and_then(|b| b.values.iter().find(|v| v.quantity == q))
                .and_then(|v| v.derived.clone())
        })
    });
    let slider_max = RwSignal::new(slider_ceiling(
        baseline.get_untracked(),
        value.get_untracked(),
    ));
    let error = RwSignal::new(None::<String>);
    let yearly_error = RwSignal::new(None::<String>);

    let commit = move |v: Option<f64>| {
        if let Some(x) = v
            && x > slider_max.get_untracked()
        {
            slider_max.set(nice_ceiling(x * 1.5));
        }
        app.set_lever(q, v);
    };
    let kept = move || {
        value
            .get_untracked()
            .map(|v| app.tf("input.kept", &[("value", &count(v, app.lang()))]))
            .unwrap_or_default()
    };
    let on_box_input = move |text: String| match parse_count(&text, max_value) {
        Ok(Some(v)) => {
            error.set(None);
            commit(Some(v));
        }
        // An empty box while typing changes nothing until the edit is committed.
        Ok(None) => error.set(None),
        Err(e) => error.set(Some(format!("{} {}", input_error(app, e), kept()))),
    };
    let on_box_change = move |input: HtmlInputElement| match parse_count(&input.value(), max_value)
    {
        Ok(None) => commit(None),
        Ok(Some(_)) => {}
        Err(_) => input.set_value(&value.get_untracked().map(plain).unwrap_or_default()),
    };
    let on_slider = move |text: String| {
        if let Ok(Some(v)) = parse_count(&text, max_value) {
            error.set(None);
            commit(Some(v));
        }
    };
    let on_yearly = move |text: String| match parse_change(&text, MAX_YEARLY) {
        Ok(v) => {
            yearly_error.set(None);
            app.scenario.update(|s| s.set_yearly(q, v.unwrap_or(0.0)));
        }
        Err(e) => yearly_error.set(Some(input_error(app, e))),
    };

    let slider_id = format!("lever-{id}");
    let box_id = format!("lever-{id}-box");
    let error_id = format!("lever-{id}-error");
    let list_id = format!("lever-{id}-baseline");
    let yearly_id = format!("lever-{id}-yearly");
    let label = move || app.quantity_label(q);
    let unit = move || app.quantity_unit(q);

    view! {
        <div class="lever" data-lever=id.clone()>
            <div class="lever-head">
                <label for=box_id.clone()>{label}</label>
                <span class="lever-unit">{unit}</span>
            </div>
            <div class="lever-row">
                <input
                    type="range"
                    id=slider_id
                    class="lever-slider"
                    data-quantity=id.clone()
                    min="0"
                    step="1"
                    list=list_id.clone()
                    max=move || plain(slider_max.get())
                    prop:value=move || value.get().map(plain).unwrap_or_default()
                    disabled=move || value.get().is_none()
                    aria-label=label
                    aria-valuetext=move || value.get().map(|v| format!("{} {}", count(v, app.lang()), unit())).unwrap_or_default()
                    on:input:target=move |ev| on_slider(ev.target().value())
                />
                <input
                    type="text"
                    inputmode="numeric"
                    autocomplete="off"
                    id=box_id
                    class="lever-box"
                    class:invalid=move || error.get().is_some()
                    data-quantity=id.clone()
                    placeholder=app.t("levers.type_value")
                    aria-describedby=error_id.clone()
                    aria-invalid=move || if error.get().is_some() { "true" } else { "false" }
                    prop:value=move || value.get().map(plain).unwrap_or_default()
                    on:input:target=move |ev| on_box_input(ev.target().value())
                    on:change:target=move |ev| on_box_change(ev.target())
                />
            </div>
            <datalist id=list_id>
                {move || baseline.get().map(|b| view! { <option value=plain(b)></option> })}
            </datalist>
            <div class="lever-meta">
                {move || match baseline.get() {
                    Some(b) => view! {
                        <span class="lever-baseline">
                            {move || app.tf("levers.baseline", &[("value", &count(b, app.lang()))])}
                        </span>
                        <button
                            type="button"
                            class="link-button"
                            disabled=move || value.get() == Some(b)
                            on:click=move |_| {
                                error.set(None);
                                app.set_lever(q, Some(b));
                            }
                        >
                            {app.t("levers.reset_one")}
                        </button>
                    }
                    .into_any(),
                    None => view! { <span class="lever-baseline">{app.t("levers.no_baseline")}</span> }.into_any(),
                }}
                {move || derived.get().map(|d| view! {
                    <span class="lever-derived" title=move || app.text(&d)>{app.t("levers.derived")}</span>
                })}
            </div>
            <p class="lever-error" id=error_id aria-live="polite">{move || error.get()}</p>
            {show_yearly.then(|| view! {
                <div class="lever-yearly">
                    <label for=yearly_id.clone()>{app.t("levers.yearly")}</label>
                    <input
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        id=yearly_id
                        class="yearly-box"
                        class:invalid=move || yearly_error.get().is_some()
                        data-growth=id.clone()
                        placeholder="0"
                        prop:value=move || {
                            let v = app.scenario.with(|s| s.yearly_change(q));
                            if v == 0.0 { String::new() } else { plain(v) }
                        }
                        on:input:target=move |ev| on_yearly(ev.target().value())
                    />
                    <span class="lever-yearly-note">
                        {move || {
                            let v = app.scenario.with(|s| s.yearly_change(q));
                            (v != 0.0).then(|| app.tf("levers.per_year", &[("value", &signed(v, 0))]))
                        }}
                    </span>
                    <p class="lever-error" aria-live="polite">{move || yearly_error.get()}</p>
                </div>
            })}
        </div>
    }
    .into_any()
}
