//! Standards a region is bound by beyond its own plan — its province's, its nation's — each due
//! in its own year and judged like the plan's targets, but never counted as the plan's.

use leptos::prelude::*;

use super::scoreboard::{ScoreRow, TableHead};
use super::state::{AppState, use_app};
use hps_model::sim::report::Tally;
use hps_model::sim::timeline::Milestone;

/// The inherited standards due in a milestone, all plans together.
pub fn standards_tally(app: AppState, milestone: Milestone) -> Tally {
    let mut total = Tally::default();
    app.inherited.with(|inh| {
        app.standards.with(|reports| {
            for (plan, report) in inh.0.iter().zip(reports) {
                let (computed, _) = report.tally(plan, milestone);
                total.met += computed.met;
                total.band += computed.band;
                total.missed += computed.missed;
                total.over += computed.over;
                total.not_assessable += computed.not_assessable;
            }
        })
    });
    total
}

#[component]
pub fn Standards() -> impl IntoView {
    let app = use_app();
    move || {
        let milestone = app.milestone.get();
        let inherited = app.inherited.get();
        let sections: Vec<_> = inherited
            .0
            .iter()
            .enumerate()
            .filter_map(|(k, p)| {
                let rows = p.due_in(milestone, false);
                (!rows.is_empty()).then(|| (k, p.clone(), rows))
            })
            .collect();
        (!sections.is_empty()).then(|| {
            view! {
                <section class="panel standards" aria-labelledby="standards-title" data-standards="">
                    <h2 id="standards-title">{app.t("standards.title")}</h2>
                    <p class="hint">{app.t("standards.hint")}</p>
                    {sections
                        .into_iter()
                        .map(|(k, p, rows)| {
                            let heading = app.tf(
                                "standards.of",
                                &[("region", &app.text(&p.region)), ("title", &app.text(&p.title))],
                            );
                            view! {
                                <h3 class="standards-of" data-standards-of=p.id.clone()>{heading}</h3>
                                <div class="table-wrap">
                                    <table class="targets">
                                        <TableHead cols=&["col.indicator", "col.value", "col.standard", "col.status", "col.gap", "col.first_met"]/>
                                        <tbody>
                                            {rows.into_iter().map(|ix| view! { <ScoreRow ix standard=Some(k)/> }).collect_view()}
                                        </tbody>
                                    </table>
                                </div>
                            }
                        })
                        .collect_view()}
                </section>
            }
        })
    }
}
