//! A small overview of every computed target: met or missed at its year and in 2035, one row
//! each. Choosing a row shows it on the chart.

use leptos::prelude::*;

use super::state::use_app;
use super::status::icon;
use hps_model::sim::assess::Status;
use hps_model::sim::report::Row;
use hps_words::words::label_key;

#[component]
pub fn Overview() -> impl IntoView {
    let app = use_app();
    view! {
        {move || {
            let plan = app.plan.get();
            let rows: Vec<usize> = plan.targets.iter().enumerate().filter(|(_, t)| !t.is_tracked()).map(|(i, _)| i).collect();
            (!rows.is_empty()).then(|| view! {
                <section class="panel overview" aria-labelledby="overview-title">
                    <h2 id="overview-title">{app.t("overview.title")}</h2>
                    <table class="overview-table">
                        <thead>
                            <tr>
                                <th scope="col">{app.t("col.indicator")}</th>
                                <th scope="col">{app.t("overview.at_year")}</th>
                                <th scope="col">"2035"</th>
                            </tr>
                        </thead>
                        <tbody>
                            {rows.into_iter().map(|ix| {
                                let t = plan.targets[ix].clone();
                                let ind = t.indicator.id.clone();
                                let status = move |row: RwSignal<Option<Row>>| Memo::new(move |_| {
                                    row.with(|r| r.as_ref().map(|r| r.outcome.status)).unwrap_or(Status::NotAssessable)
                                });
                                let due = status(app.rows.row(ix));
                                // In 2035: the 2035 re-judgement where the target is held to the end.
                                let at_2035 = if hps_model::sim::timeline::held_to_end(t.year) {
                                    match app.report.with_untracked(|r| r.held.iter().position(|h| h.target == ix)) {
                                        Some(pos) => status(app.rows.held(pos)),
                                        None => Memo::new(|_| Status::NotAssessable),
                                    }
                                } else {
                                    status(app.rows.row(ix))
                                };
                                let cell = move |s: Memo<Status>| view! {
                                    <td class=move || format!("ov status-{}", s.get().code())>
                                        <span aria-hidden="true">{move || icon(s.get())}</span>
                                        <span class="visually-hidden">{move || app.t(label_key(s.get(), false))}</span>
                                    </td>
                                };
                                let label = app.text(plan.targets[ix].label());
                                let year = plan.targets[ix].year;
                                view! {
                                    <tr data-overview=plan.targets[ix].id.clone()>
                                        <th scope="row">
                                            <button type="button" class="link-button" on:click=move |_| app.set_chart(Some(ind.clone()))>
                                                {label}
                                            </button>
                                            <span class="target-year">{year}</span>
                                        </th>
                                        {cell(due)}
                                        {cell(at_2035)}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </section>
            })
        }}
    }
}
