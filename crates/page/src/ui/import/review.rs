//! The review as the user sees it: the document's head (a plan's region, level and population;
//! a bulletin's region, asked about), every row, a row added by hand, and the actions.

use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use super::Message;
use super::Mode;
use super::add_row::AddRow;
use super::edit::{Review, add, open, save};
use super::extras::Extras;
use super::row::ReviewRow;
use crate::ui::number_field::{FieldError, NumberInput};
use crate::ui::state::use_app;
use hps_importer::level_for;
use hps_model::input::parse_population;
use hps_model::named::Named;
use hps_model::plan::Level;
use hps_model::text::fold_whitespace;

/// Rows of the review drawn in the first frame.
const FIRST_ROWS: usize = 12;

/// Rows drawn in each task after it: a review of a thousand rows never holds the page for long.
const ROWS_PER_TASK: usize = 24;

/// Shows `ROWS_PER_TASK` more rows in a task of its own, until all `total` show.
fn reveal(shown: RwSignal<usize>, total: usize) {
    set_timeout(
        move || {
            let Some(now) = shown.try_get_untracked() else {
                return; // a newer review replaced this one
            };
            let next = now.saturating_add(ROWS_PER_TASK);
            if next >= total {
                shown.set(usize::MAX);
            } else {
                shown.set(next);
                reveal(shown, total);
            }
        },
        Duration::ZERO,
    );
}

#[component]
pub fn ReviewView(
    r: Review,
    message: RwSignal<Option<Message>>,
    textarea: NodeRef<html::Textarea>,
) -> impl IntoView {
    let app = use_app();
    let mode = r.mode;
    let p = r.proposal.clone();
    let count = move || {
        r.rows
            .with(|rs| rs.iter().filter(|e| !e.removed.get()).count())
    };
    let source = r.source.clone();
    // The first rows come at once, the rest after that frame is painted, a few dozen a task,
    // so a long review shows its start without waiting for its end.
    let shown = RwSignal::new(FIRST_ROWS);
    let total = r.rows.with_untracked(Vec::len);
    request_animation_frame(move || reveal(shown, total));
    let complete = move || shown.get() == usize::MAX;
    let rebased = p.rows.iter().any(|row| row.rebased_from.is_some());
    let (r_a, r_b) = (r.clone(), r.clone());
    let actions = match mode {
        Mode::Plan => view! {
            <button type="button" class="primary" data-action="import-open" on:click=move |_| open(app, &r_a, message)>
                {app.t("import.open")}
            </button>
            <button type="button" data-action="import-download" on:click=move |_| save(app, &r_b, message)>
                {app.t("import.download")}
            </button>
        }
        .into_any(),
        Mode::Statistics => view! {
            <button type="button" class="primary" data-action="import-add-statistics" on:click=move |_| add(app, &r_a, message)>
                {move || app.plan.with(|p| app.tf("bulletin.add", &[("plan", &app.text(&p.region))]))}
            </button>
        }
        .into_any(),
    };
    let plan_mode = mode == Mode::Plan;
    view! {
        <section
            class="import-review"
            aria-labelledby=format!("{}-review-title", if plan_mode { "import" } else { "bulletin" })
            data-import-review=""
            data-import-complete=move || complete().then_some("")
        >
            <h3 id=format!("{}-review-title", if plan_mode { "import" } else { "bulletin" })>
                {app.t(if plan_mode { "import.review" } else { "bulletin.review" })}
            </h3>
            {if plan_mode { view! { <PlanHead r=r.clone()/> }.into_any() } else { view! { <FiguresHead r=r.clone()/> }.into_any() }}
            <div class="import-table-wrap">
                <table class="import-table">
                    <caption>
                        {move || app.tf("import.caption", &[("count", &count().to_string())])}
                        <span class="import-legend">{app.t("import.legend")}</span>
                        {rebased.then(|| view! { <span class="import-legend">{app.t("import.legend_rebased")}</span> })}
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{app.t("import.col.n")}</th>
                            {plan_mode.then(|| view! { <th scope="col">{app.t("import.col.role")}</th> })}
                            <th scope="col">{app.t("import.col.indicator")}</th>
                            <th scope="col">{app.t("import.col.year")}</th>
                            {plan_mode.then(|| view! { <th scope="col">{app.t("import.col.cmp")}</th> })}
                            <th scope="col">{app.t("import.col.value")}</th>
                            <th scope="col">{app.t("import.col.keep")}</th>
                        </tr>
                    </thead>
                    <For
                        each=move || {
                            let n = shown.get();
                            r.rows.with(|rs| rs.iter().take(n).cloned().collect::<Vec<_>>())
                        }
                        key=|e| e.key
                        children=move |e| {
                            let source = source.clone();
                            view! { <ReviewRow e source mode/> }
                        }
                    />
                </table>
            </div>
            <AddRow r=r.clone() textarea/>
            <Extras p=p.clone()/>
            <div class="import-actions">{actions}</div>
        </section>
    }
}

/// The plan's head: its region, level and population, and the document's title and year.
#[component]
fn PlanHead(r: Review) -> impl IntoView {
    let app = use_app();
    let p = r.proposal.clone();
    let title = p.title.as_ref().map(|f| f.value.clone());
    let doc_year = p.document_year.as_ref().map(|f| {
        if p.document_year_inferred {
            format!("{}*", f.value)
        } else {
            f.value.to_string()
        }
    });
    let pop_quote = p.population.as_ref().map(|(f, year)| {
        app.tf(
            "import.population_quote",
            &[
                ("year", &year.to_string()),
                ("quote", &fold_whitespace(&f.quote)),
            ],
        )
    });
    let region_quote = p.region.as_ref().map(|f| fold_whitespace(&f.quote));
    let (region, population) = (r.region, r.population);
    let (level, level_chosen) = (r.level, r.level_chosen);
    let pop_error = RwSignal::new(None::<String>);
    view! {
        <div class="import-head">
            <div class="import-field">
                <label for="import-region">{app.t("import.region")}</label>
                <input
                    id="import-region"
                    type="text"
                    required=true
                    aria-required="true"
                    data-import-region=""
                    prop:value=move || region.get()
                    on:input:target=move |ev| {
                        let v = ev.target().value();
                        if !level_chosen.get_untracked() {
                            level.set(level_for(&v));
                        }
                        region.set(v);
                    }
                />
                {region_quote.map(|q| view! { <span class="import-found">{app.tf("import.found_quote", &[("quote", &q)])}</span> })}
            </div>
            <div class="import-field">
                <label for="import-level">{app.t("import.level")}</label>
                <select
                    id="import-level"
                    data-import-level=""
                    on:change:target=move |ev| {
                        let v = ev.target().value();
                        if let Some(l) = Level::from_name(&v) {
                            level.set(l);
                            level_chosen.set(true);
                        }
                    }
                >
                    {Level::NAMES
                        .iter()
                        .map(|&(l, _)| {
                            view! {
                                <option value=l.name() selected=move || level.get() == l>
                                    {app.t(l.key())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <span class="import-found">{app.t("import.level_hint")}</span>
            </div>
            <div class="import-field">
                <label for="import-population">{app.t("import.population")}</label>
                <NumberInput
                    id="import-population"
                    error_id="import-population-error"
                    note_id="import-population-note"
                    error=pop_error
                    value=Signal::derive(move || population.get())
                    on_input=move |text: String| population.set(text)
                    on_change=move |input: web_sys::HtmlInputElement| match parse_population(&input.value(), 2e9) {
                        Ok(_) => pop_error.set(None),
                        Err(e) => pop_error.set(Some(app.words().input_error(e))),
                    }
                    {..}
                    data-import-population=""
                />
                <span class="import-found" id="import-population-note">
                    {match pop_quote {
                        Some(q) => q,
                        None => app.t("import.population_none").to_string(),
                    }}
                </span>
                <FieldError id="import-population-error" error=pop_error/>
            </div>
            <dl class="import-facts">
                <dt>{app.t("import.doc_title")}</dt>
                <dd data-import-title="">{title.unwrap_or_else(|| app.t("import.not_found").to_string())}</dd>
                <dt>{app.t("import.doc_year")}</dt>
                <dd data-import-doc-year="">{doc_year.unwrap_or_else(|| app.t("import.not_found").to_string())}</dd>
            </dl>
        </div>
    }
}

/// The figures' head: whose they are. A text that names another region than the open plan's
/// is asked about: its figures are added only once the user says they are the plan's region's.
#[component]
fn FiguresHead(r: Review) -> impl IntoView {
    let app = use_app();
    let other = r.other_region(app);
    let confirmed = r.region_confirmed;
    let plan_region = app.plan.with_untracked(|p| app.text(&p.region));
    let named = r.proposal.region.as_ref().map(|f| f.value.clone());
    view! {
        <div class="import-head" data-bulletin-head="">
            <p class="import-found">
                {match named {
                    Some(n) => app.tf("bulletin.names", &[("region", &n)]),
                    None => app.tf("bulletin.names_none", &[("plan", &plan_region)]),
                }}
            </p>
            {other.map(|n| view! {
                <p class="bulletin-ask" role="note" data-ask="region">
                    <input
                        id="bulletin-region-ok"
                        type="checkbox"
                        data-confirm="region"
                        prop:checked=move || confirmed.get()
                        on:change:target=move |ev| confirmed.set(ev.target().checked())
                    />
                    <label for="bulletin-region-ok">
                        {app.tf("bulletin.ask.region", &[("region", &n), ("plan", &plan_region)])}
                    </label>
                </p>
            })}
        </div>
    }
}
