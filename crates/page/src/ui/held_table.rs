//! The 2035 view's "does the standard still hold?": each computed target due by 2025, judged
//! again with the projected 2035 population, beds and staff.

use leptos::prelude::*;

use super::scoreboard::{TableHead, TargetHeading};
use super::state::use_app;
use super::status::StatusBadge;
use super::uncertainty::use_sweeps;
use hps_model::sim::assess::Status;
use hps_model::sim::timeline::Milestone;
use hps_words::words::value_text;

#[component]
fn HeldRow(pos: usize) -> impl IntoView {
    let app = use_app();
    let sweeps = use_sweeps();
    let held = app.rows.held(pos);
    let Some(first) = held.get_untracked() else {
        return ().into_any();
    };
    let ix = first.target;
    let plan = app.plan.get_untracked();
    let Some(t) = plan.targets.get(ix).cloned() else {
        return ().into_any();
    };
    let due = app.rows.row(ix);
    let due = Memo::new(move |_| due.with(|r| r.as_ref().map(|row| row.outcome)));
    let status = Signal::derive(move || {
        held.get()
            .map(|h| h.outcome.status)
            .unwrap_or(Status::NotAssessable)
    });
    let (t1, t2, t3, t4) = (t.clone(), t.clone(), t.clone(), t.clone());
    view! {
        <tr data-held=t.id.clone() data-status=move || status.get().code()
            data-probability=move || sweeps.chances(ix).and_then(|c| c.1).map(|p| format!("{p:.4}"))>
            <TargetHeading ix/>
            <td class="num" data-label=app.t("col.target")>{move || held.get().map(|h| app.words().target(&t1, &h.outcome)).unwrap_or_default()}</td>
            <td class="num value" data-label=app.t("held.due_value")>
                {move || due.get().map(|o| value_text(&t2, &o)).unwrap_or_default()}
            </td>
            <td class="num value" data-label=app.t("held.value_2035")>
                {move || held.get().map(|h| value_text(&t3, &h.outcome)).unwrap_or_default()}
            </td>
            <td data-label=app.t("col.status")><StatusBadge status/></td>
            <td class="gap" data-label=app.t("col.gap")>
                {move || held.get().map(|h| app.words().gap(&t4, &h.outcome).0)}
                {move || sweeps.chances(ix).and_then(|c| c.1)
                    .map(|p| view! { <span class="probability">{app.tf("prob.one", &[("p", &format!("{:.0}%", p * 100.0))])}</span> })}
            </td>
        </tr>
    }
    .into_any()
}

#[component]
pub fn HeldTable() -> impl IntoView {
    let app = use_app();
    view! {
        {move || {
            if app.milestone.get() != Milestone::Y2035 {
                return None;
            }
            let _ = app.plan.get();
            let count = app.report.with_untracked(|r| r.held.len());
            (count > 0).then(|| view! {
                <section class="panel held" aria-labelledby="held-title">
                    <h2 id="held-title">{app.t("held.title")}</h2>
                    <p class="hint">{app.t("held.hint")}</p>
                    <div class="table-wrap">
                        <table class="targets">
                            <TableHead cols=&["col.indicator", "col.target", "held.due_value", "held.value_2035", "col.status", "col.gap"]/>
                            <tbody>{(0..count).map(|pos| view! { <HeldRow pos/> }).collect_view()}</tbody>
                        </table>
                    </div>
                </section>
            })
        }}
    }
}
