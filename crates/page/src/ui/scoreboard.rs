//! The scoreboard: every target the levers determine, with its value, the plan's figure, the
//! status, and the gap in the lever's unit ("+456 beds").

use std::sync::Arc;

use leptos::prelude::*;

use super::deferred::{AfterFirstPaint, after_first_paint};
use super::state::{AppState, use_app};
use super::status::StatusBadge;
use super::uncertainty::{Sweeps, use_sweeps};
use hps_model::plan::{Nature, Origin, Plan};
use hps_model::sim::assess::{self, Outcome, Status};
use hps_model::sim::report::Row;
use hps_model::sim::timeline::Milestone;
use hps_words::format::{self};
use hps_words::words::value_text;

/// The lever value to type now so the target is met at its year, at the lever's current pace.
pub fn needed_now(app: AppState, o: &Outcome, year: i32) -> Option<f64> {
    let lever = o.lever?.quantity;
    let yearly = app
        .yearly
        .with(|y| y.get(lever).copied().unwrap_or_default());
    assess::needed_now(o, year, app.scenario.with(|s| s.base_year), yearly)
}

/// "P 64% · 2035: 12%" once the uncertainty sweep has run.
pub fn probability_text(app: AppState, sweeps: Sweeps, ix: usize) -> Option<impl IntoView> {
    let (at_year, at_2035) = sweeps.chances(ix)?;
    let pct = |p: f64| format!("{:.0}%", p * 100.0);
    let text = match (at_year, at_2035) {
        (Some(a), Some(b)) => app.tf("prob.both", &[("p", &pct(a)), ("p2035", &pct(b))]),
        (Some(a), None) => app.tf("prob.one", &[("p", &pct(a))]),
        _ => return None,
    };
    Some(view! { <span class="probability">{text}</span> })
}

/// A table's column headers, from locale keys.
#[component]
pub fn TableHead(cols: &'static [&'static str]) -> impl IntoView {
    let app = use_app();
    view! {
        <thead>
            <tr>{cols.iter().map(|k| view! { <th scope="col">{app.t(k)}</th> }).collect_view()}</tr>
        </thead>
    }
}

/// The plan a row belongs to: the open plan, or the `k`th plan it inherits standards from.
pub fn row_plan(app: AppState, standard: Option<usize>) -> Option<Arc<Plan>> {
    match standard {
        None => Some(app.plan.get_untracked()),
        Some(k) => app.inherited.with_untracked(|i| i.0.get(k).cloned()),
    }
}

/// The plan's words behind a target, with the notes on its source, shown on demand.
#[component]
pub fn QuoteDetails(ix: usize, #[prop(default = None)] standard: Option<usize>) -> impl IntoView {
    let app = use_app();
    let Some(plan) = row_plan(app, standard) else {
        return ().into_any();
    };
    let Some(t) = plan.targets.get(ix).cloned() else {
        return ().into_any();
    };
    let notes: Vec<_> = plan.notes_for(&t.id).cloned().collect();
    let source = plan.source.clone();
    let title = plan.title.clone();
    let summary = if plan.origin == Origin::Reference {
        "quote.show_reference"
    } else {
        "quote.show"
    };
    view! {
        <details class="quote">
            <summary>{app.t(summary)}</summary>
            {after_first_paint(move || view! {
                {t.quotes
                    .iter()
                    .map(|q| view! { <blockquote lang="zh-CN">{q.clone()}</blockquote> })
                    .collect_view()}
                {(!notes.is_empty()).then(|| view! {
                    <ul class="notes">
                        {notes
                            .iter()
                            .cloned()
                            .map(|n| view! { <li><span aria-hidden="true">"⚠ "</span>{move || app.text(&n.text)}</li> })
                            .collect_view()}
                    </ul>
                })}
                <p class="source">
                    {app.t("quote.source")}
                    <a href=format!("sources/{source}") target="_blank" rel="noopener">{let title = title.clone(); move || app.text(&title)}</a>
                </p>
            })}
        </details>
    }
    .into_any()
}

/// A target row's heading: its label, year (starred where inferred), nature, and the plan's words.
#[component]
pub fn TargetHeading(
    ix: usize,
    #[prop(default = None)] standard: Option<usize>,
    /// What the verdict rests on, where it is a report or a passed year without one.
    #[prop(optional, into)]
    basis: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let app = use_app();
    let Some(plan) = row_plan(app, standard) else {
        return ().into_any();
    };
    let Some(t) = plan.targets.get(ix) else {
        return ().into_any();
    };
    let nature = t.nature.map(|n| {
        if n == Nature::Binding {
            "nature.binding"
        } else {
            "nature.expected"
        }
    });
    view! {
        <th scope="row">
            <span class="indicator-label">{app.text(t.label())}</span>
            <span class="target-year" title=if t.year_inferred { app.t("year.inferred") } else { "" }>
                {t.year}
                {t.year_inferred.then_some("*")}
            </span>
            {nature.map(|key| view! { <span class="nature">{app.t(key)}</span> })}
            {t.caveat.as_ref().map(|c| view! { <p class="caveat" role="note">"⚠ "{app.text(c)}</p> })}
            {basis.map(|b| move || b.get().map(|text| view! { <p class="basis" data-basis-note="">{text}</p> }))}
            <QuoteDetails ix standard=standard/>
        </th>
    }
    .into_any()
}

/// One computed target: the open plan's (`standard: None`) or an inherited standard's.
#[component]
pub fn ScoreRow(ix: usize, #[prop(default = None)] standard: Option<usize>) -> impl IntoView {
    let app = use_app();
    let sweeps = use_sweeps();
    let Some(plan) = row_plan(app, standard) else {
        return ().into_any();
    };
    let Some(t) = plan.targets.get(ix).cloned() else {
        return ().into_any();
    };
    let row: Signal<Option<Row>> = match standard {
        None => app.rows.row(ix).into(),
        Some(k) => Memo::new(move |_| {
            app.standards
                .with(|v| v.get(k).and_then(|r| r.rows.get(ix).cloned()))
        })
        .into(),
    };
    // Hooks: the open plan's rows by target id; a standard's by plan and target id.
    let (own_hook, standard_hook) = match standard {
        None => (Some(t.id.clone()), None),
        Some(_) => (None, Some(format!("{}:{}", plan.id, t.id))),
    };
    let sweep_ix = standard.is_none().then_some(ix);
    let outcome = move || row.get().map(|r| r.outcome);
    let status =
        Signal::derive(move || outcome().map(|o| o.status).unwrap_or(Status::NotAssessable));
    let (t2, t3, t4, t5) = (t.clone(), t.clone(), t.clone(), t.clone());
    view! {
        <tr
            data-target=own_hook
            data-standard=standard_hook
            data-status=move || status.get().code()
            data-basis=move || row.get().map(|r| r.basis.code()).unwrap_or("projected")
            data-first-met=move || row.get().map(|r| r.first_met.code()).unwrap_or_default()
            data-probability=move || {
                let ix = sweep_ix?;
                sweeps.chances(ix)?.0.map(|p| format!("{p:.4}"))
            }
            data-needed=move || {
                row.get()
                    .and_then(|r| needed_now(app, &r.outcome, r.year))
                    .map(format::plain)
                    .unwrap_or_default()
            }
        >
            <TargetHeading ix standard=standard basis=Signal::derive(move || row.get().and_then(|r| app.words().basis(&t5, &r)))/>
            <td class="num value" data-label=app.t("col.value")>
                {move || outcome().map(|o| value_text(&t2, &o)).unwrap_or_default()}
            </td>
            <td class="num" data-label=app.t("col.target")>
                {move || outcome().map(|o| app.words().target(&t3, &o)).unwrap_or_default()}
            </td>
            <td data-label=app.t("col.status")><StatusBadge status/></td>
            <td class="gap" data-label=app.t("col.gap")>
                {move || outcome().map(|o| {
                    let (main, detail) = app.words().gap(&t4, &o);
                    view! {
                        <span class="gap-main">{main}</span>
                        {detail.map(|d| view! { <span class="gap-detail">{d}</span> })}
                    }
                })}
            </td>
            <td class="num" data-label=app.t("col.first_met")>
                {move || row.get().map(|r| app.words().first_met(r.first_met)).unwrap_or_default()}
                {move || sweep_ix.and_then(|ix| probability_text(app, sweeps, ix))}
            </td>
        </tr>
    }
    .into_any()
}

/// Rows built with the page itself (a phone's first screen shows one or two); the others follow
/// a few per task.
const FIRST_SCREEN_ROWS: usize = 3;
const ROWS_PER_PART: usize = 3;

/// The computed targets due in the chosen milestone.
#[component]
pub fn Scoreboard() -> impl IntoView {
    let app = use_app();
    view! {
        <section class="panel scoreboard" aria-labelledby="scoreboard-title">
            <h2 id="scoreboard-title">
                {move || app.t(match app.milestone.get() {
                    Milestone::Y2025 => "scoreboard.title_2025",
                    Milestone::Y2030 => "scoreboard.title_2030",
                    Milestone::Y2035 => "scoreboard.title_2035",
                })}
            </h2>
            {move || {
                let plan = app.plan.get();
                let milestone = app.milestone.get();
                let mut first = plan.due_in(milestone, false);
                let rest = first.split_off(first.len().min(FIRST_SCREEN_ROWS));
                if first.is_empty() {
                    let key = match milestone {
                        Milestone::Y2025 => "scoreboard.none",
                        Milestone::Y2030 => "scoreboard.none_2030",
                        Milestone::Y2035 => "scoreboard.none_2035",
                    };
                    return view! { <p class="empty">{move || app.t(key)}</p> }.into_any();
                }
                view! {
                    <div class="table-wrap">
                        <table class="targets">
                            <TableHead cols=&["col.indicator", "col.value", "col.target", "col.status", "col.gap", "col.first_met"]/>
                            <tbody>{first.into_iter().map(|ix| view! { <ScoreRow ix/> }).collect_view()}</tbody>
                            // The other rows a few at a time, each few in a task of its own.
                            {rest
                                .chunks(ROWS_PER_PART)
                                .map(|rows| {
                                    let rows = rows.to_vec();
                                    view! {
                                        <AfterFirstPaint first_screen=true>
                                            <tbody>{rows.iter().map(|&ix| view! { <ScoreRow ix/> }).collect_view()}</tbody>
                                        </AfterFirstPaint>
                                    }
                                })
                                .collect_view()}
                        </table>
                    </div>
                }
                .into_any()
            }}
        </section>
    }
}
