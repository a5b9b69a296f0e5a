//! Tracked targets: what population, beds and staff cannot produce (rates, coverage, counts of
//! things built). The user enters the current value or marks it done; it is judged the same way,
//! and nothing entered is "not entered", never a failure.

use leptos::prelude::*;

use super::number_field::{FieldError, NumberInput};
use super::scoreboard::{TableHead, TargetHeading};
use super::state::use_app;
use super::status::StatusBadge;
use crate::browser::page::focus_first;
use hps_model::input::parse_decimal;
use hps_model::plan::{Comparison, Target};
use hps_model::sim::assess::{Status, Tracked};
use hps_words::format::plain;

#[component]
fn TrackedInput(ix: usize) -> impl IntoView {
    let app = use_app();
    let plan = app.plan.get_untracked();
    let Some(t) = plan.targets.get(ix).cloned() else {
        return ().into_any();
    };
    let id = t.id.clone();
    let current = {
        let id = id.clone();
        Memo::new(move |_| app.tracked.with(|t| t.get(&id).copied()))
    };
    let input_id = format!("tracked-{id}");
    let label = app.text(t.label());
    match t.comparison {
        Comparison::FullCoverage | Comparison::Done => {
            let (yes, no) = if t.comparison == Comparison::Done {
                ("tracked.done", "tracked.not_done")
            } else {
                ("tracked.covered", "tracked.not_covered")
            };
            view! {
                <select
                    id=input_id
                    class="tracked-select"
                    data-tracked=id.clone()
                    aria-label=label
                    prop:value=move || match current.get() {
                        Some(Tracked::Done(true)) => "yes",
                        Some(Tracked::Done(false)) => "no",
                        Some(Tracked::Number(n)) if n >= 100.0 => "yes",
                        Some(Tracked::Number(_)) => "no",
                        None => "",
                    }
                    on:change:target=move |ev| {
                        let v = match ev.target().value().as_str() {
                            "yes" => Some(Tracked::Done(true)),
                            "no" => Some(Tracked::Done(false)),
                            _ => None,
                        };
                        app.set_tracked(&id, v);
                    }
                >
                    <option value="">{app.t("tracked.choose")}</option>
                    <option value="yes">{app.t(yes)}</option>
                    <option value="no">{app.t(no)}</option>
                </select>
            }
            .into_any()
        }
        _ => {
            let (low, high) = Target::entry_range(&t);
            let error = RwSignal::new(None::<String>);
            let error_id = format!("tracked-{id}-error");
            let hook = id.clone();
            let unit = app.text(&t.indicator.unit);
            view! {
                <span class="tracked-entry">
                    <NumberInput
                        id=input_id
                        error_id=error_id.clone()
                        error
                        value=Signal::derive(move || match current.get() {
                            Some(Tracked::Number(n)) => plain(n),
                            _ => String::new(),
                        })
                        class="tracked-box"
                        placeholder=app.t("tracked.placeholder").to_string()
                        on_input=move |text: String| match parse_decimal(&text, low, high) {
                            Ok(v) => {
                                error.set(None);
                                app.set_tracked(&id, v.map(Tracked::Number));
                            }
                            Err(e) => error.set(Some(app.words().input_error(e))),
                        }
                        {..}
                        data-tracked=hook
                        aria-label=label
                    />
                    <span class="tracked-unit">{unit}</span>
                    <FieldError id=error_id error/>
                </span>
            }
            .into_any()
        }
    }
}

#[component]
fn TrackedRow(ix: usize) -> impl IntoView {
    let app = use_app();
    let plan = app.plan.get_untracked();
    let Some(t) = plan.targets.get(ix).cloned() else {
        return ().into_any();
    };
    let full = app.rows.row(ix);
    let row = Memo::new(move |_| full.with(|r| r.as_ref().map(|row| row.outcome)));
    // A passed year's report stands in for a value not typed (a typed value always wins).
    let basis = Memo::new(move |_| full.with(|r| r.as_ref().map(|row| row.basis.code())));
    let t3 = t.clone();
    let note = Signal::derive(move || {
        full.with(|r| r.as_ref().and_then(|row| app.words().basis(&t3, row)))
    });
    let status =
        Signal::derive(move || row.get().map(|o| o.status).unwrap_or(Status::NotAssessable));
    let (t1, t2) = (t.clone(), t.clone());
    view! {
        <tr
            data-target=t.id.clone()
            data-status=move || status.get().code()
            data-basis=move || basis.get().unwrap_or("projected")
            class="tracked-row"
        >
            <TargetHeading ix basis=note/>
            <td class="num" data-label=app.t("col.target")>
                {move || row.get().map(|o| app.words().target(&t1, &o)).unwrap_or_default()}
            </td>
            <td data-label=app.t("col.entered")><TrackedInput ix/></td>
            <td data-label=app.t("col.status")><StatusBadge status tracked=true/></td>
            <td class="gap" data-label=app.t("col.gap")>
                {move || row.get().map(|o| {
                    if o.status == Status::NotAssessable {
                        return "—".to_string();
                    }
                    app.words().gap(&t2, &o).0
                })}
            </td>
        </tr>
    }
    .into_any()
}

/// How many tracked targets are listed before "show the other N": a long list (Jiaohe has 36)
/// would make a phone's page tens of thousands of pixels tall.
const FIRST_LISTED: usize = 8;

/// The tracked targets due in the chosen milestone: the first few, the rest on request (and at
/// once when a value was already entered for one of them, say from a link). Once asked for, the
/// whole list stays listed when the milestone or the plan changes.
#[component]
pub fn TrackedTable() -> impl IntoView {
    let app = use_app();
    let asked = RwSignal::new(false);
    let rest_rows = NodeRef::<leptos::html::Tbody>::new();
    // The rows just shown take the focus from the button they replace, so Tab goes on there.
    let show_rest = move |_| {
        asked.set(true);
        request_animation_frame(move || {
            if let Some(rows) = rest_rows.get_untracked() {
                focus_first(&rows, "input, select");
            }
        });
    };
    view! {
        {move || {
            let plan = app.plan.get();
            let milestone = app.milestone.get();
            let mut first = plan.due_in(milestone, true);
            let count = first.len();
            let rest = first.split_off(count.min(FIRST_LISTED));
            let hidden = rest.len();
            let entered = app.tracked.with_untracked(|t| {
                rest.iter().any(|&ix| plan.targets.get(ix).is_some_and(|tg| t.contains_key(&tg.id)))
            });
            let listed = rest.is_empty() || entered;
            let all = Signal::derive(move || listed || asked.get());
            (count > 0).then(|| view! {
                <section class="panel tracked" aria-labelledby="tracked-title">
                    <h2 id="tracked-title">{app.tf("tracked.title", &[("count", &count.to_string())])}</h2>
                    <p class="hint">{app.t("tracked.hint")}</p>
                    <div class="table-wrap">
                        <table class="targets tracked-table">
                            <TableHead cols=&["col.indicator", "col.target", "col.entered", "col.status", "col.gap"]/>
                            <tbody>{first.into_iter().map(|ix| view! { <TrackedRow ix/> }).collect_view()}</tbody>
                            {move || all.get().then(|| view! {
                                <tbody node_ref=rest_rows>{rest.iter().map(|&ix| view! { <TrackedRow ix/> }).collect_view()}</tbody>
                            })}
                        </table>
                    </div>
                    {move || (!all.get()).then(|| view! {
                        <button type="button" class="show-rest" data-show-rest="tracked" on:click=show_rest>
                            {app.tf("tracked.show_rest", &[("count", &hidden.to_string())])}
                        </button>
                    })}
                </section>
            })
        }}
    }
}
