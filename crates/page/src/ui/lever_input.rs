//! One lever: a native range slider with a number box beside it, the baseline marked, and a
//! clear message when the typed value cannot be used (the last good value is kept).

use leptos::prelude::*;

use web_sys::HtmlInputElement;

use super::lever_pace::LeverPace;
use super::number_field::{FieldError, NumberInput};
use super::state::use_app;
use hps_model::catalog::Group;
use hps_model::catalog::QuantityIx;
use hps_model::input::{parse_count, parse_population};
use hps_words::format::{count, nice_ceiling, plain};
use hps_words::words::SourceKind;

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
    // A population of zero would leave every density without a base: refused like any bad value.
    let parse_lever = if quantity.group == Group::Population {
        parse_population
    } else {
        parse_count
    };
    // One memo per lever for everything it reads of the scenario: a slider move elsewhere
    // re-evaluates it once and changes nothing here.
    let state = Memo::new(move |_| {
        app.lever_states
            .with(|ls| ls.get(q).copied().unwrap_or_default())
    });
    let value = Memo::new(move |_| state.with(|l| l.value));
    // Where the plan starts this lever (the plan's figure, a statistic, or an assumption).
    let start = Memo::new(move |_| app.start.with(|s| s.value(q)));
    let slider_max = RwSignal::new(slider_ceiling(start.get_untracked(), value.get_untracked()));
    let error = RwSignal::new(None::<String>);

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
    let on_box_input = move |text: String| match parse_lever(&text, max_value) {
        Ok(Some(v)) => {
            error.set(None);
            commit(Some(v));
        }
        // An empty box while typing changes nothing until the edit is committed.
        Ok(None) => error.set(None),
        Err(e) => error.set(Some(format!("{} {}", app.words().input_error(e), kept()))),
    };
    // On leaving the box it shows the number as the page reads it ("32万" becomes 320000). A
    // typo stays as typed, marked with its message, so the user can correct it; the model keeps
    // the last good value meanwhile.
    let on_box_change = move |input: HtmlInputElement| match parse_lever(&input.value(), max_value)
    {
        Ok(None) => commit(None),
        Ok(Some(v)) => input.set_value(&plain(v)),
        Err(_) => {}
    };
    // A value set elsewhere (the slider, reset, undo, a link) replaces the box's text, and with
    // it any message about what was typed there.
    Effect::new(move |_| {
        value.track();
        error.set(None);
    });
    let on_slider = move |text: String| {
        if let Ok(Some(v)) = parse_lever(&text, max_value) {
            error.set(None);
            commit(Some(v));
        }
    };
    let slider_id = format!("lever-{id}");
    let box_id = format!("lever-{id}-box");
    let error_id = format!("lever-{id}-error");
    let list_id = format!("lever-{id}-baseline");
    let label = move || app.quantity_label(q);
    let unit = move || app.quantity_unit(q);
    let source = lever_source(q, value, start);

    view! {
        <div class="lever" data-lever=id.clone() data-provenance=move || source.get().0.code()>
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
                <NumberInput
                    id=box_id
                    error_id=error_id.clone()
                    error
                    value=Signal::derive(move || value.get().map(plain).unwrap_or_default())
                    class="lever-box"
                    whole=true
                    placeholder=app.t("levers.type_value").to_string()
                    on_input=move |text: String| on_box_input(text)
                    on_change=move |input: HtmlInputElement| on_box_change(input)
                    {..}
                    data-quantity=id.clone()
                />
            </div>
            <datalist id=list_id>
                {move || start.get().map(|b| view! { <option value=plain(b)></option> })}
            </datalist>
            <LeverMeta q value start source error/>
            <FieldError id=error_id error block=true/>
            {show_yearly.then(|| view! { <LeverPace q state/> })}
        </div>
    }
    .into_any()
}

/// The words under a lever: where its value came from, or that the user typed or cleared it.
fn lever_source(
    q: QuantityIx,
    value: Memo<Option<f64>>,
    start: Memo<Option<f64>>,
) -> Memo<(SourceKind, String)> {
    let app = use_app();
    let provenance = Memo::new(move |_| app.start.with(|s| s.provenance(q).cloned()));
    Memo::new(move |_| {
        let (v, s) = (value.get(), start.get());
        match (v, s, provenance.get()) {
            (Some(v), Some(s), _) if v != s => (
                SourceKind::Typed,
                app.tf("levers.src_typed", &[("value", &count(s, app.lang()))]),
            ),
            (Some(_), None, _) => (SourceKind::Typed, app.t("levers.src_entered").to_string()),
            // Cleared by the user: nothing is judged from it until a value is typed again.
            (None, Some(s), _) => (
                SourceKind::Typed,
                app.tf("levers.src_cleared", &[("value", &count(s, app.lang()))]),
            ),
            (_, _, Some(p)) => app.words().provenance(&p, app.start.with(|s| s.base_year)),
            _ => (SourceKind::None, app.t("levers.no_baseline").to_string()),
        }
    })
}

/// Where the lever's value came from, and the button that puts the starting value back.
#[component]
fn LeverMeta(
    q: QuantityIx,
    value: Memo<Option<f64>>,
    start: Memo<Option<f64>>,
    source: Memo<(SourceKind, String)>,
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="lever-meta">
            <span
                class="lever-source"
                class:assumption=move || source.get().0 == SourceKind::Assumption
                data-lever-source=""
            >
                {move || source.get().1}
            </span>
            {move || start.get().map(|b| view! {
                <button
                    type="button"
                    class="link-button"
                    disabled=move || value.get() == Some(b)
                    on:click=move |_| {
                        error.set(None);
                        app.set_lever(q, Some(b));
                    }
                >
                    {app.tf("levers.reset_one", &[("value", &count(b, app.lang()))])}
                </button>
            })}
        </div>
    }
}
