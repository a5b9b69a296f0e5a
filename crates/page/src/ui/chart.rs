//! The trajectory chart for one indicator: the projected value each year, the baseline beside
//! it, the plan's figure as a line or a 左右 band, the milestones, and the growth range's spread.

use leptos::html;
use leptos::prelude::*;

use super::state::{AppState, use_app};
use super::use_size::{UseSize, UseSizeOptions, use_size};
use crate::browser::{canvas, download};
use crate::plot::{
    ChartInput, FONT_FAMILY, Series, SeriesStyle, Shape, Spread, TargetLines, TargetMark, svg_body,
    svg_document, trajectory,
};
use hps_model::catalog::Indicator;
use hps_model::plan::{Comparison, Plan, about_band};
use hps_model::sim::assess::indicator_value;
use hps_model::sim::projection::Projection;
use hps_model::sim::scenario::Growth;
use hps_model::sim::timeline::{END_YEAR, MILESTONES};
use hps_words::format;

/// The indicators the chart can show: the plan's computed ones, the standards it inherits, then
/// the international comparisons' when on.
pub fn chart_indicators(app: AppState) -> Vec<Indicator> {
    let mut out: Vec<Indicator> = Vec::new();
    let mut add = |p: &Plan| {
        for t in p.targets.iter().filter(|t| !t.is_tracked()) {
            if !out.iter().any(|i| i.id == t.indicator.id) {
                out.push(t.indicator.clone());
            }
        }
    };
    app.plan.with(|p| add(p));
    app.inherited.with(|inh| inh.0.iter().for_each(|p| add(p)));
    if app.international.get() {
        for b in app.benchmarks {
            if !out.iter().any(|i| i.id == b.indicator.id) {
                out.push(b.indicator.clone());
            }
        }
    }
    out
}

pub fn selected_indicator(app: AppState) -> Option<Indicator> {
    let all = chart_indicators(app);
    let chosen = app.chart.get();
    chosen
        .and_then(|c| all.iter().find(|i| i.id == c).cloned())
        .or_else(|| all.into_iter().next())
}

/// Chart size and type size for the width the chart has on screen (larger type for presenting),
/// so its text is drawn at the size it is read.
pub fn chart_size(width: f64, presenting: bool) -> (f64, f64, f64) {
    let w = width.clamp(300.0, 1400.0);
    let font = if presenting {
        20.0
    } else if w < 500.0 {
        13.0
    } else {
        15.0
    };
    let h = (w * 0.5).clamp(280.0, if presenting { 560.0 } else { 420.0 });
    (w, h, font)
}

fn series_for(app: AppState, ind: &Indicator, p: &Projection) -> Vec<(i32, Option<f64>)> {
    (p.base_year..=END_YEAR)
        .map(|y| (y, indicator_value(app.catalog, &ind.kind, p.at(y)).ok()))
        .collect()
}

/// Everything the chart draws, for the page and for the exports.
pub fn chart_input(app: AppState, ind: &Indicator, size: (f64, f64, f64)) -> ChartInput {
    let plan = app.plan.get();
    let scenario_pts = app.projection.with(|p| series_for(app, ind, p));
    let baseline_pts = app.baseline_projection.with(|p| series_for(app, ind, p));
    let mut targets = Vec::new();
    // The plan's own targets, then the standards it inherits (their rule thresholds come from
    // their own reports).
    let inherited = app.inherited.get();
    let sources = std::iter::once((None, plan.clone())).chain(
        inherited
            .0
            .iter()
            .cloned()
            .enumerate()
            .map(|(k, p)| (Some(k), p)),
    );
    for (standard, src) in sources {
        for (i, t) in src
            .targets
            .iter()
            .enumerate()
            .filter(|(_, t)| t.indicator.id == ind.id)
        {
            let lines = match &t.comparison {
                Comparison::AtLeast(v) | Comparison::AtMost(v) => Some(TargetLines::Line(*v)),
                Comparison::About { value, tolerance } => {
                    let (low, high) = about_band(*value, *tolerance);
                    Some(TargetLines::Band {
                        low,
                        value: *value,
                        high,
                    })
                }
                Comparison::Between { low, high } => Some(TargetLines::Range {
                    low: *low,
                    high: *high,
                }),
                Comparison::PopulationRule { .. } => match standard {
                    None => app
                        .report
                        .with(|r| r.rows.get(i).and_then(|row| row.outcome.threshold)),
                    Some(k) => app.standards.with(|v| {
                        v.get(k)
                            .and_then(|r| r.rows.get(i))
                            .and_then(|row| row.outcome.threshold)
                    }),
                }
                .map(TargetLines::Line),
                _ => None,
            };
            if let Some(lines) = lines {
                let key = if standard.is_some() {
                    "chart.standard"
                } else {
                    "chart.target"
                };
                let label = app.tf(
                    key,
                    &[
                        (
                            "target",
                            &format::comparison(&t.comparison, ind.decimals, false, app.lang()),
                        ),
                        ("year", &t.year.to_string()),
                    ],
                );
                targets.push(TargetMark {
                    year: t.year,
                    lines,
                    label,
                });
            }
        }
    }
    let spread = app.range.get().map(|(low, high)| {
        let at = |rate: f64| {
            let mut s = app.scenario.get();
            s.growth = Growth::Rate(rate);
            series_for(app, ind, &Projection::new(app.catalog, &s))
        };
        let (a, b) = (at(low), at(high));
        Spread {
            label: app.t("chart.spread").to_string(),
            points: a
                .iter()
                .zip(&b)
                .filter_map(|((y, x), (_, z))| {
                    let (x, z) = ((*x)?, (*z)?);
                    Some((*y, x.min(z), x.max(z)))
                })
                .collect(),
        }
    });
    let (width, height, font) = size;
    ChartInput {
        start: app.scenario.with_untracked(|s| s.base_year),
        end: END_YEAR,
        series: vec![
            Series {
                label: app.t("chart.baseline").to_string(),
                style: SeriesStyle::Baseline,
                points: baseline_pts,
            },
            Series {
                label: app.t("chart.scenario").to_string(),
                style: SeriesStyle::Scenario,
                points: scenario_pts,
            },
        ],
        targets,
        spread,
        milestones: MILESTONES.to_vec(),
        width,
        height,
        unit: app.text(&ind.unit),
        decimals: ind.decimals,
        font,
    }
}

/// A sentence describing the chart for screen readers.
fn description(app: AppState, ind: &Indicator, input: &ChartInput) -> String {
    let scenario = input
        .series
        .iter()
        .find(|s| s.style == SeriesStyle::Scenario);
    let at = |y: i32| {
        scenario
            .and_then(|s| s.points.iter().find(|(yr, _)| *yr == y))
            .and_then(|(_, v)| *v)
            .map(|v| format::number(v, ind.decimals))
            .unwrap_or_else(|| "—".into())
    };
    app.tf(
        "chart.desc",
        &[
            ("indicator", &app.text(&ind.label)),
            ("start", &input.start.to_string()),
            ("v0", &at(input.start)),
            ("v2025", &at(2025)),
            ("v2035", &at(2035)),
            (
                "targets",
                &input
                    .targets
                    .iter()
                    .map(|t| t.label.clone())
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        ],
    )
}

/// The chart as drawn for the indicator shown: what the figure's parts read.
#[derive(Clone, Debug, PartialEq)]
struct Drawn {
    indicator: String,
    title: String,
    /// Width, height and type size, in the SVG's units.
    size: (f64, f64, f64),
    /// The SVG's shapes as markup.
    body: String,
    /// The chart in words, for screen readers and the caption.
    description: String,
}

#[component]
pub fn TrajectoryChart() -> impl IntoView {
    let app = use_app();
    // The figure's own width, followed as the layout changes (window, presenter mode, levers).
    let figure = NodeRef::<html::Figure>::new();
    let UseSize { width, .. } = use_size(figure, UseSizeOptions::default());
    // The section is built once; only its options follow the list of indicators.
    let choices = Memo::new(move |_| {
        chart_indicators(app)
            .into_iter()
            .map(|i| (i.id, i.label))
            .collect::<Vec<_>>()
    });
    let any = Memo::new(move |_| choices.with(|c| !c.is_empty()));
    let presenting = app.presenting;
    let drawn = Memo::new(move |_| {
        let ind = selected_indicator(app)?;
        let size = chart_size(width.get(), presenting.get());
        let input = chart_input(app, &ind, size);
        let shapes: Vec<Shape> = trajectory(&input);
        let desc = description(app, &ind, &input);
        Some(Drawn {
            indicator: ind.id.clone(),
            title: app.text(&ind.label),
            size,
            body: svg_body(&shapes, FONT_FAMILY),
            description: desc,
        })
    });
    view! {
        {move || {
            any.get().then(|| view! {
                <section class="panel chart-panel" aria-labelledby="chart-title" data-chart="">
                    <div class="chart-head">
                        <h2 id="chart-title">{app.t("chart.title")}</h2>
                        <label class="visually-hidden" for="chart-indicator">{app.t("chart.choose")}</label>
                        <select
                            id="chart-indicator"
                            data-chart-indicator=""
                            prop:value=move || drawn.with(|d| d.as_ref().map(|d| d.indicator.clone()).unwrap_or_default())
                            on:change:target=move |ev| app.set_chart(Some(ev.target().value()))
                        >
                            {move || choices.get().into_iter().map(|(id, label)| view! { <option value=id>{app.text(&label)}</option> }).collect_view()}
                        </select>
                        <ChartExports/>
                    </div>
                    // One figure, updated in place: only its attributes and text change.
                    <figure class="chart" node_ref=figure data-chart-shows=move || drawn.with(|d| d.as_ref().map(|d| d.indicator.clone()))>
                        <svg
                            viewBox=move || drawn.with(|d| d.as_ref().map(|d| format!("0 0 {:.0} {:.0}", d.size.0, d.size.1)))
                            role="img"
                            aria-labelledby="chart-svg-title chart-svg-desc"
                            preserveAspectRatio="xMinYMin meet"
                        >
                            <title id="chart-svg-title">{move || drawn.with(|d| d.as_ref().map(|d| d.title.clone()))}</title>
                            <desc id="chart-svg-desc">{move || drawn.with(|d| d.as_ref().map(|d| d.description.clone()))}</desc>
                            <g inner_html=move || drawn.with(|d| d.as_ref().map(|d| d.body.clone()).unwrap_or_default())></g>
                        </svg>
                        <figcaption>{move || drawn.with(|d| d.as_ref().map(|d| d.description.clone()))}</figcaption>
                    </figure>
                </section>
            })
        }}
    }
}

// The chart's own exports: SVG markup, or PNG drawn on a canvas from the same shapes.

/// Exported charts are drawn at a fixed, print-friendly size.
const EXPORT_SIZE: (f64, f64, f64) = (1200.0, 600.0, 22.0);

fn file_stem(app: AppState) -> String {
    let plan = app.plan.with_untracked(|p| p.id.clone());
    let ind = selected_indicator(app).map(|i| i.id).unwrap_or_default();
    format!("{plan}-{ind}")
}

fn export_svg(app: AppState) {
    let Some(ind) = selected_indicator(app) else {
        return;
    };
    let input = chart_input(app, &ind, EXPORT_SIZE);
    let doc = svg_document(
        &trajectory(&input),
        EXPORT_SIZE.0,
        EXPORT_SIZE.1,
        &app.text(&ind.label),
        FONT_FAMILY,
    );
    download::bytes(
        &format!("{}.svg", file_stem(app)),
        "image/svg+xml",
        doc.as_bytes(),
    );
}

fn export_png(app: AppState) {
    let Some(ind) = selected_indicator(app) else {
        return;
    };
    let (w, h, _) = EXPORT_SIZE;
    let shapes = trajectory(&chart_input(app, &ind, EXPORT_SIZE));
    let name = format!("{}.png", file_stem(app));
    let drawn = canvas::png(&shapes, w, h, move |blob| {
        download::blob_as(&name, &blob);
    });
    if drawn.is_none() {
        app.notify(app.t("export.failed").to_string());
    }
}

#[component]
pub fn ChartExports() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="exports" role="group" aria-label=app.t("export.chart")>
            <button type="button" data-action="export-svg" on:click=move |_| export_svg(app)>{app.t("export.svg")}</button>
            <button type="button" data-action="export-png" on:click=move |_| export_png(app)>{app.t("export.png")}</button>
        </div>
    }
}
