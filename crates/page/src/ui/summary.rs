//! The one-line summary: "2025: 4 of 19 targets met", with tracked targets counted apart.

use leptos::prelude::*;

use super::standards::standards_tally;
use super::state::use_app;
use super::use_size::{UseSize, UseSizeOptions, use_size};
use crate::browser::frame::set_root_length;
use hps_model::sim::timeline::Milestone;

#[component]
pub fn Summary() -> impl IntoView {
    let app = use_app();
    let tallies = Memo::new(move |_| {
        let m = app.milestone.get();
        app.plan.with(|p| app.report.with(|r| r.tally(p, m)))
    });
    let passed = Memo::new(move |_| {
        let m = app.milestone.get();
        app.plan
            .with(|p| app.report.with(|r| r.by_basis(p, m, false)))
    });
    // The summary stays at the top while the page scrolls; its height is the page's
    // scroll-padding (style/layout.css), so whatever the page scrolls to (a named view, a
    // heading, a focused box, a found word) lands below it, never under it.
    let node = NodeRef::<leptos::html::Div>::new();
    let UseSize { height, .. } = use_size(node, UseSizeOptions::default());
    Effect::new(move |_| set_root_length("--summary-height", height.get()));
    view! {
        <div class="summary" role="status" aria-live="polite" data-summary="" node_ref=node>
            <p class="summary-main">
                {move || {
                    let (c, _) = tallies.get();
                    let year = app.milestone.get().year().to_string();
                    if c.total() == 0 {
                        return app.tf("summary.no_computed", &[("year", &year)]);
                    }
                    let main = app.tf(
                        "summary.computed",
                        &[("year", &year), ("met", &c.succeeded().to_string()), ("total", &c.total().to_string())],
                    );
                    // A passed milestone: what the reports show, and what has none yet.
                    let b = passed.get();
                    if b.reported.total() > 0 {
                        let n = |v: usize| v.to_string();
                        return main + &app.tf(
                            "summary.passed",
                            &[
                                ("year", &year),
                                ("reported", &n(b.reported.total())),
                                ("met", &n(b.reported.succeeded())),
                                ("missed", &n(b.reported.total() - b.reported.succeeded())),
                                ("no_report", &n(b.no_report.total())),
                            ],
                        );
                    }
                    if b.no_report.total() > 0 {
                        return main + &app.tf("summary.passed_none", &[("year", &year)]);
                    }
                    if app.milestone.get() != Milestone::Y2035 {
                        return main;
                    }
                    // In 2035 the plans' 2025 standards, held at the 2035 population, matter most.
                    let held = app.report.with(|r| r.held_tally());
                    if held.total() == 0 {
                        return main;
                    }
                    let held_text = app.tf(
                        "summary.held",
                        &[("met", &held.succeeded().to_string()), ("total", &held.total().to_string())],
                    );
                    format!("{main}{held_text}")
                }}
            </p>
            <p class="summary-detail">
                {move || {
                    let (c, t) = tallies.get();
                    let breakdown = app.tf(
                        "summary.breakdown",
                        &[
                            ("met", &c.met.to_string()),
                            ("band", &c.band.to_string()),
                            ("missed", &c.missed.to_string()),
                            ("over", &c.over.to_string()),
                            ("na", &c.not_assessable.to_string()),
                        ],
                    );
                    let tracked = (t.total() > 0).then(|| app.tf(
                        "summary.tracked",
                        &[
                            ("entered", &(t.total() - t.not_assessable).to_string()),
                            ("total", &t.total().to_string()),
                            ("met", &t.succeeded().to_string()),
                        ],
                    ));
                    match tracked {
                        Some(tr) => format!("{breakdown} {tr}"),
                        None => breakdown,
                    }
                }}
            </p>
            {move || {
                // Inherited standards are counted apart, never as the plan's own targets.
                let m = app.milestone.get();
                let s = standards_tally(app, m);
                (s.total() > 0).then(|| view! {
                    <p class="summary-standards" data-summary-standards="">
                        {app.tf("summary.standards", &[
                            ("year", &m.year().to_string()),
                            ("met", &s.succeeded().to_string()),
                            ("total", &s.total().to_string()),
                        ])}
                    </p>
                })
            }}
        </div>
    }
}
