//! Two scenarios side by side (the current one, the baseline, or saved ones of the same plan),
//! with the targets whose status differs highlighted.

use leptos::prelude::*;

use super::dialogs::Dialog;
use super::modal::Modal;
use super::scenarios::{SavedScenarios, use_saved};
use super::scoreboard::TableHead;
use super::state::{AppState, use_app};
use super::status::icon;
use hps_model::link::{decode, scenario_from};
use hps_model::sim::projection::Projection;
use hps_model::sim::report::{Report, report};
use hps_model::sim::scenario::Scenario;
use hps_words::words::{label_key, value_text};

/// What a side of the comparison shows. Saved scenarios have a namespace of their own, so one
/// saved as "baseline" is still itself.
#[derive(Clone, Debug, PartialEq)]
enum Choice {
    Current,
    Baseline,
    Saved(String),
}

impl Choice {
    /// The option's value in the select.
    fn value(&self) -> String {
        match self {
            Choice::Current => "current".into(),
            Choice::Baseline => "baseline".into(),
            Choice::Saved(name) => format!("saved:{name}"),
        }
    }

    fn from_value(v: &str) -> Choice {
        match v {
            "current" => Choice::Current,
            "baseline" => Choice::Baseline,
            other => Choice::Saved(other.strip_prefix("saved:").unwrap_or(other).to_string()),
        }
    }
}

fn scenario_for(app: AppState, saved: SavedScenarios, choice: &Choice) -> Option<Scenario> {
    let plan = app.plan.get_untracked();
    match choice {
        Choice::Current => Some(app.scenario.get_untracked()),
        Choice::Baseline => Some(app.starting_scenario()),
        Choice::Saved(name) => {
            let q = saved.query_of(name)?;
            let d = decode(&q, app.catalog);
            (d.shared.plan.as_deref() == Some(plan.id.as_str())).then(|| {
                scenario_from(
                    app.catalog,
                    &plan,
                    &app.start_for(&plan, d.shared.edition()),
                    &d.shared,
                )
            })
        }
    }
}

fn report_for(app: AppState, s: &Scenario) -> Report {
    let plan = app.plan.get_untracked();
    let p = Projection::new(app.catalog, s);
    app.reports
        .with_untracked(|r| report(app.catalog, &plan, s, &p, &r.own))
}

#[component]
pub fn CompareDialog() -> impl IntoView {
    let app = use_app();
    let saved = use_saved();
    view! {
        <Modal kind=Dialog::Compare title=app.t("compare.title")>
            {move || {
                let a = RwSignal::new(Choice::Baseline);
                let b = RwSignal::new(Choice::Current);
                let plan_id = app.plan.with_untracked(|p| p.id.clone());
                let choices: Vec<(Choice, String, bool)> = [
                    (Choice::Current, app.t("compare.current").to_string(), true),
                    (Choice::Baseline, app.t("compare.baseline").to_string(), true),
                ]
                .into_iter()
                .chain(saved.list_untracked().into_iter().map(|s| {
                    let same = decode(&s.query, app.catalog).shared.plan.as_deref() == Some(plan_id.as_str());
                    let label = if same { s.name.clone() } else { format!("{} ({})", s.name, app.t("compare.other_plan")) };
                    (Choice::Saved(s.name), label, same)
                }))
                .collect();
                let select = move |sig: RwSignal<Choice>, id: &'static str, label: &'static str| {
                    let choices = choices.clone();
                    view! {
                        <label for=id>{app.t(label)}</label>
                        <select id=id data-compare-choice=id prop:value=move || sig.get().value() on:change:target=move |ev| sig.set(Choice::from_value(&ev.target().value()))>
                            {choices.into_iter().map(|(v, l, ok)| view! { <option value=v.value() disabled=!ok selected=move || sig.get() == v>{l}</option> }).collect_view()}
                        </select>
                    }
                };
                view! {
                    <p class="hint">{app.t("compare.hint")}</p>
                    <div class="compare-choices">
                        {select(a, "compare-a", "compare.a")}
                        {select(b, "compare-b", "compare.b")}
                    </div>
                    <CompareTable a b/>
                }
            }}
        </Modal>
    }
}

#[component]
fn CompareTable(a: RwSignal<Choice>, b: RwSignal<Choice>) -> impl IntoView {
    let app = use_app();
    let saved = use_saved();
    view! {
        {move || {
            let (sa, sb) = (scenario_for(app, saved, &a.get()), scenario_for(app, saved, &b.get()));
            let (Some(sa), Some(sb)) = (sa, sb) else {
                return view! { <p class="empty">{app.t("compare.unavailable")}</p> }.into_any();
            };
            let (ra, rb) = (report_for(app, &sa), report_for(app, &sb));
            let plan = app.plan.get_untracked();
            let milestone = app.milestone.get_untracked();
            let (ta, _) = ra.tally(&plan, milestone);
            let (tb, _) = rb.tally(&plan, milestone);
            let rows: Vec<_> = plan
                .targets
                .iter()
                .enumerate()
                .filter(|(_, t)| milestone.includes(t.year))
                .filter_map(|(i, t)| Some((t, ra.rows.get(i)?.outcome, rb.rows.get(i)?.outcome)))
                .collect();
            let differing = rows.iter().filter(|(_, x, y)| x.status != y.status).count();
            view! {
                <p class="compare-summary" data-compare-summary="">
                    {app.tf("compare.summary", &[
                        ("a", &ta.succeeded().to_string()),
                        ("b", &tb.succeeded().to_string()),
                        ("total", &ta.total().to_string()),
                        ("differ", &differing.to_string()),
                    ])}
                </p>
                <div class="table-wrap">
                    <table class="targets compare-table">
                        <TableHead cols=&["col.indicator", "compare.a", "compare.b", "compare.diff"]/>
                        <tbody>
                            {rows.into_iter().map(|(t, x, y)| {
                                let status_differs = x.status != y.status;
                                let differs = status_differs || x.value != y.value;
                                let cell = |o: hps_model::sim::assess::Outcome| view! {
                                    <td class=format!("status-cell status-{}", o.status.code())>
                                        <span aria-hidden="true">{icon(o.status)}" "</span>
                                        {app.t(label_key(o.status, t.is_tracked()))}
                                        <span class="compare-value">{value_text(t, &o)}</span>
                                    </td>
                                };
                                view! {
                                    <tr data-compare=t.id.clone() data-differs=if status_differs { "true" } else { "false" }
                                        data-status-a=x.status.code() data-status-b=y.status.code() class:differs=differs>
                                        <th scope="row">{app.text(t.label())}<span class="target-year">{t.year}</span></th>
                                        {cell(x)}
                                        {cell(y)}
                                        <td>{if status_differs { app.t("compare.status_differs") } else if differs { app.t("compare.value_differs") } else { "" }}</td>
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
    }
}
