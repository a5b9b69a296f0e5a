//! A bed or staff lever's pace: the recent national pace, held flat, or the user's own yearly
//! change typed in a box (clearing it goes back to the recent pace).

use leptos::prelude::*;

use super::number_field::{FieldError, NumberInput};
use super::state::{LeverState, use_app};
use hps_model::catalog::QuantityIx;
use hps_model::input::parse_change;
use hps_model::named::Named;
use hps_model::sim::scenario::{PaceChoice, PaceKind};
use hps_words::format::{plain, signed};

/// Largest yearly net change a box accepts.
const MAX_YEARLY: f64 = 10_000_000.0;

#[component]
pub fn LeverPace(q: QuantityIx, state: Memo<LeverState>) -> impl IntoView {
    let app = use_app();
    let id = app
        .catalog
        .quantities
        .get(q)
        .map(|quantity| quantity.id.clone())
        .unwrap_or_default();
    let error = RwSignal::new(None::<String>);
    let choice = Memo::new(move |_| state.with(|l| l.choice));
    let effective = Memo::new(move |_| state.with(|l| l.yearly));
    let recent = Memo::new(move |_| state.with(|l| l.recent));
    let pace = Memo::new(move |_| app.start.with(|s| s.pace(q).cloned()));
    let unit = move || app.quantity_unit(q);
    // Typing a yearly change makes it the lever's own; clearing the box goes back to the pace.
    let on_yearly = move |text: String| match parse_change(&text, MAX_YEARLY) {
        Ok(Some(v)) => {
            error.set(None);
            app.set_pace(q, PaceChoice::Own(v));
        }
        Ok(None) => {
            error.set(None);
            app.set_pace(q, PaceChoice::Recent);
        }
        Err(e) => error.set(Some(app.words().input_error(e))),
    };
    let on_pace = move |code: String| {
        let p = match PaceKind::from_name(&code) {
            Some(PaceKind::Flat) => PaceChoice::Flat,
            Some(PaceKind::Own) => PaceChoice::Own(effective.get_untracked()),
            _ => PaceChoice::Recent,
        };
        error.set(None);
        app.set_pace(q, p);
    };
    let yearly_id = format!("lever-{id}-yearly");
    let pace_id = format!("lever-{id}-pace");
    let error_id = format!("lever-{id}-yearly-error");
    view! {
        <div class="lever-yearly">
            <label for=pace_id.clone()>{app.t("pace.label")}</label>
            <select
                id=pace_id
                class="pace-select"
                data-pace=id.clone()
                prop:value=move || match choice.get() {
                    PaceChoice::Recent if recent.get().is_some() => PaceKind::Recent,
                    PaceChoice::Own(_) => PaceKind::Own,
                    _ => PaceKind::Flat,
                }.name()
                on:change:target=move |ev| on_pace(ev.target().value())
            >
                {move || recent.get().map(|r| view! {
                    <option value=PaceKind::Recent.name()>
                        {app.tf("pace.recent", &[("value", &signed(r, 0)), ("unit", &unit())])}
                    </option>
                })}
                <option value=PaceKind::Flat.name()>{app.t("pace.flat")}</option>
                <option value=PaceKind::Own.name()>{app.t("pace.own")}</option>
            </select>
            <label class="visually-hidden" for=yearly_id.clone()>{app.t("levers.yearly")}</label>
            <NumberInput
                id=yearly_id
                error_id=error_id.clone()
                error
                value=Signal::derive(move || match choice.get() {
                    PaceChoice::Own(v) => plain(v),
                    _ => String::new(),
                })
                class="yearly-box"
                whole=true
                placeholder=Signal::derive(move || signed(effective.get(), 0))
                on_input=move |text: String| on_yearly(text)
                {..}
                data-growth=id.clone()
            />
            <span class="lever-yearly-note" data-yearly=move || plain(effective.get())>
                // The select already names the pace; this confirms a typed figure.
                {move || matches!(choice.get(), PaceChoice::Own(_))
                    .then(|| app.tf("levers.per_year", &[("value", &signed(effective.get(), 0))]))}
            </span>
            <p class="hint pace-note">
                {move || match (choice.get(), pace.get()) {
                    (PaceChoice::Recent, Some(p)) => app.words().pace(&p),
                    (_, None) => app.t("pace.note_none").to_string(),
                    _ => String::new(),
                }}
            </p>
            <FieldError id=error_id error block=true/>
        </div>
    }
}
