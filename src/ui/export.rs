//! Exports: the chart as SVG or PNG (drawn on a canvas from the same shapes, so no image is
//! loaded: a strict host policy forbids that), and what is on screen as CSV.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, closure::Closure};

use super::chart::{FONT_FAMILY, chart_input, selected_indicator};
use super::scoreboard::{first_met_text, gap_lines, target_text, value_text};
use super::state::{AppState, use_app};
use super::status::label_key;
use crate::browser::download;
use crate::model::chart::{Shape, svg_document, trajectory};
use crate::model::report::Milestone;

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

/// Moves along the points on the canvas's current path.
fn trace(ctx: &web_sys::CanvasRenderingContext2d, points: &[(f64, f64)]) {
    for (i, (x, y)) in points.iter().enumerate() {
        if i == 0 {
            ctx.move_to(*x, *y)
        } else {
            ctx.line_to(*x, *y)
        }
    }
}

fn stroke_path(
    ctx: &web_sys::CanvasRenderingContext2d,
    points: &[(f64, f64)],
    stroke: &str,
    width: f64,
    dash: &js_sys::Array,
) {
    ctx.begin_path();
    let _ = ctx.set_line_dash(dash);
    ctx.set_stroke_style_str(stroke);
    ctx.set_line_width(width);
    trace(ctx, points);
    ctx.stroke();
}

fn draw(ctx: &web_sys::CanvasRenderingContext2d, shapes: &[Shape], w: f64, h: f64) {
    ctx.set_fill_style_str("#ffffff");
    ctx.fill_rect(0.0, 0.0, w, h);
    let dash = |d: Option<&str>| {
        let arr = js_sys::Array::new();
        for part in d.unwrap_or("").split_whitespace() {
            arr.push(&part.parse::<f64>().unwrap_or(0.0).into());
        }
        arr
    };
    for s in shapes {
        ctx.set_global_alpha(1.0);
        match s {
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
                width,
                dash: d,
            } => stroke_path(ctx, &[(*x1, *y1), (*x2, *y2)], stroke, *width, &dash(*d)),
            Shape::Polyline {
                points,
                stroke,
                width,
                dash: d,
            } => stroke_path(ctx, points, stroke, *width, &dash(*d)),
            Shape::Polygon {
                points,
                fill,
                opacity,
            } => {
                ctx.begin_path();
                ctx.set_global_alpha(*opacity);
                ctx.set_fill_style_str(fill);
                trace(ctx, points);
                ctx.close_path();
                ctx.fill();
            }
            Shape::Rect {
                x,
                y,
                w,
                h,
                fill,
                opacity,
            } => {
                ctx.set_global_alpha(*opacity);
                ctx.set_fill_style_str(fill);
                ctx.fill_rect(*x, *y, *w, *h);
            }
            Shape::Circle {
                cx,
                cy,
                r,
                fill,
                stroke,
            } => {
                ctx.begin_path();
                let _ = ctx.set_line_dash(&dash(None));
                let _ = ctx.arc(*cx, *cy, *r, 0.0, std::f64::consts::TAU);
                ctx.set_fill_style_str(fill);
                ctx.fill();
                ctx.set_stroke_style_str(stroke);
                ctx.set_line_width(2.0);
                ctx.stroke();
            }
            Shape::Text {
                x,
                y,
                text,
                anchor,
                size,
                fill,
                bold,
            } => {
                ctx.set_font(&format!(
                    "{}{size:.0}px {FONT_FAMILY}",
                    if *bold { "bold " } else { "" }
                ));
                ctx.set_text_align(match *anchor {
                    "middle" => "center",
                    "end" => "right",
                    _ => "left",
                });
                ctx.set_fill_style_str(fill);
                let _ = ctx.fill_text(text, *x, *y);
            }
        }
    }
}

fn export_png(app: AppState) {
    let Some(ind) = selected_indicator(app) else {
        return;
    };
    let (w, h, _) = EXPORT_SIZE;
    let shapes = trajectory(&chart_input(app, &ind, EXPORT_SIZE));
    let name = format!("{}.png", file_stem(app));
    let done = (|| {
        let doc = web_sys::window()?.document()?;
        let canvas: web_sys::HtmlCanvasElement =
            doc.create_element("canvas").ok()?.dyn_into().ok()?;
        canvas.set_width(w as u32);
        canvas.set_height(h as u32);
        let ctx: web_sys::CanvasRenderingContext2d =
            canvas.get_context("2d").ok()??.dyn_into().ok()?;
        draw(&ctx, &shapes, w, h);
        let cb = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
            if let Some(b) = blob {
                download::blob_as(&name, &b);
            }
        });
        canvas.to_blob(cb.unchecked_ref()).ok()
    })();
    if done.is_none() {
        app.notify(app.t("export.failed").to_string());
    }
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// One target as the exports write it.
#[derive(Clone, Debug, PartialEq)]
pub struct TargetLine {
    pub id: String,
    pub indicator: String,
    pub year: String,
    pub kind: String,
    pub value: String,
    pub target: String,
    pub status: String,
    pub gap: String,
    pub first_met: String,
    pub probability: String,
    pub quote: String,
}

impl TargetLine {
    /// Column headings (locale keys), in the order of [`TargetLine::cells`].
    pub const COLUMNS: [&'static str; 11] = [
        "csv.target_id",
        "col.indicator",
        "csv.year",
        "csv.kind",
        "col.value",
        "col.target",
        "col.status",
        "col.gap",
        "col.first_met",
        "csv.probability",
        "csv.quote",
    ];

    pub fn cells(&self) -> [&str; 11] {
        [
            &self.id,
            &self.indicator,
            &self.year,
            &self.kind,
            &self.value,
            &self.target,
            &self.status,
            &self.gap,
            &self.first_met,
            &self.probability,
            &self.quote,
        ]
    }
}

/// What is on screen, typed: facts about the plan and the scenario (a label and its values),
/// then every target of the milestone (computed and tracked, the inherited standards, and in
/// 2035 the 2025 standards held at 2035).
pub struct Sheet {
    pub facts: Vec<Vec<String>>,
    pub targets: Vec<TargetLine>,
}

/// The sheet as CSV lines: the facts, a blank line, the column headings, the targets.
pub fn csv_rows(app: AppState) -> Vec<Vec<String>> {
    let sheet = sheet(app);
    let mut lines = sheet.facts;
    lines.push(vec![]);
    lines.push(
        TargetLine::COLUMNS
            .iter()
            .map(|k| app.t(k).to_string())
            .collect(),
    );
    lines.extend(
        sheet
            .targets
            .iter()
            .map(|t| t.cells().iter().map(|c| c.to_string()).collect()),
    );
    lines
}

pub fn sheet(app: AppState) -> Sheet {
    let plan = app.plan.get_untracked();
    let milestone = app.milestone.get_untracked();
    let link = crate::browser::url::base()
        + "?"
        + &crate::model::share::encode(&super::link::current_shared(app));
    let mut lines: Vec<Vec<String>> = vec![
        vec![
            app.t("csv.plan").into(),
            app.text(&plan.region),
            app.text(&plan.title),
        ],
        vec![
            app.t("milestone.label").into(),
            milestone.year().to_string(),
        ],
        vec![app.t("csv.link").into(), link],
        vec![app.t("growth.title").into(), growth_text(app)],
    ];
    let scenario = app.scenario.get_untracked();
    let inherited = app.inherited.get_untracked();
    let start = app.start.get_untracked();
    let mut levers = plan.lever_quantities();
    for p in &inherited.0 {
        levers.extend(p.lever_quantities());
    }
    levers.sort_unstable();
    levers.dedup();
    for q in levers {
        let value = scenario
            .lever(q)
            .map(crate::model::format::plain)
            .unwrap_or_default();
        let yearly = scenario.yearly_change(q);
        // Where the starting value came from, as the lever says it (an estimate is flagged).
        let source = match (scenario.lever(q), start.value(q), start.provenance(q)) {
            (Some(v), Some(s), Some(p)) if v == s => {
                super::lever_input::provenance_text(app, p, plan.base_year).1
            }
            (Some(_), _, _) => app.t("levers.src_entered").to_string(),
            _ => app.t("levers.no_baseline").to_string(),
        };
        lines.push(vec![
            app.quantity_label(q),
            value,
            if yearly != 0.0 {
                app.tf(
                    "levers.per_year",
                    &[("value", &crate::model::format::signed(yearly, 0))],
                )
            } else {
                String::new()
            },
            source,
        ]);
    }
    let mut targets: Vec<TargetLine> = Vec::new();
    let sweep = app.sweep.get_untracked();
    let prob = |v: Option<Option<f64>>| v.flatten().map(|p| format!("{p:.3}")).unwrap_or_default();
    app.report.with_untracked(|r| {
        let mut push = |row: &crate::model::report::Row, kind: &'static str, p: String| {
            let Some(t) = plan.targets.get(row.target) else {
                return;
            };
            let o = &row.outcome;
            targets.push(TargetLine {
                id: t.id.clone(),
                indicator: app.text(t.label()),
                year: row.year.to_string(),
                kind: app.t(kind).into(),
                value: value_text(t, o),
                target: target_text(app, t, o),
                status: app.t(label_key(o.status, t.is_tracked())).into(),
                gap: gap_lines(app, t, o).0,
                first_met: first_met_text(app, row.first_met),
                probability: p,
                quote: t.quotes.join(" / "),
            });
        };
        for row in r.rows.iter().filter(|row| {
            plan.targets
                .get(row.target)
                .is_some_and(|t| milestone.includes(t.year))
        }) {
            let tracked = plan.targets.get(row.target).is_some_and(|t| t.is_tracked());
            let p = prob(
                sweep
                    .as_ref()
                    .map(|s| s.at_year.get(row.target).copied().flatten()),
            );
            push(
                row,
                if tracked {
                    "csv.tracked"
                } else {
                    "csv.computed"
                },
                p,
            );
        }
        if milestone == Milestone::Y2035 {
            for row in &r.held {
                let p = prob(
                    sweep
                        .as_ref()
                        .map(|s| s.at_2035.get(row.target).copied().flatten()),
                );
                push(row, "csv.held", p);
            }
        }
    });
    // The standards the region inherits, marked as such and named by their plan.
    app.standards.with_untracked(|reports| {
        for (sp, sr) in inherited.0.iter().zip(reports) {
            for row in sr.rows.iter().filter(|row| {
                sp.targets
                    .get(row.target)
                    .is_some_and(|t| !t.is_tracked() && milestone.includes(t.year))
            }) {
                let Some(t) = sp.targets.get(row.target) else {
                    continue;
                };
                let o = &row.outcome;
                targets.push(TargetLine {
                    id: format!("{}:{}", sp.id, t.id),
                    indicator: format!("{} · {}", app.text(&sp.region), app.text(t.label())),
                    year: row.year.to_string(),
                    kind: app.t("csv.standard").into(),
                    value: value_text(t, o),
                    target: target_text(app, t, o),
                    status: app.t(label_key(o.status, false)).into(),
                    gap: gap_lines(app, t, o).0,
                    first_met: first_met_text(app, row.first_met),
                    probability: String::new(),
                    quote: t.quotes.join(" / "),
                });
            }
        }
    });
    Sheet {
        facts: lines,
        targets,
    }
}

fn growth_text(app: AppState) -> String {
    match app.scenario.with_untracked(|s| s.growth.clone()) {
        crate::model::scenario::Growth::Rate(r) => {
            format!("{}%/yr", crate::model::format::figure(r, 2))
        }
        crate::model::scenario::Growth::Points { y2025, y2035 } => format!(
            "2025: {} · 2035: {}",
            y2025
                .map(crate::model::format::plain)
                .unwrap_or_else(|| "—".into()),
            y2035
                .map(crate::model::format::plain)
                .unwrap_or_else(|| "—".into())
        ),
    }
}

/// The CSV file: UTF-8 with a byte-order mark so spreadsheet programs read the Chinese.
pub fn csv(app: AppState) -> String {
    let mut out = String::from("\u{feff}");
    for l in csv_rows(app) {
        out.push_str(&l.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

fn export_csv(app: AppState) {
    let name = format!(
        "{}-{}.csv",
        app.plan.with_untracked(|p| p.id.clone()),
        app.milestone.get_untracked().year()
    );
    download::bytes(&name, "text/csv;charset=utf-8", csv(app).as_bytes());
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

#[component]
pub fn CsvExport() -> impl IntoView {
    let app = use_app();
    view! {
        <button type="button" data-action="export-csv" on:click=move |_| export_csv(app)>{app.t("export.csv")}</button>
    }
}
