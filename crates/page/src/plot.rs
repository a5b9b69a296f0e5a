//! Chart drawing, apart from the model: geometry as plain shapes, colours and type sizes, drawn to SVG markup for the page and the SVG export, and to a
//! canvas for the PNG export (so no image has to be loaded, which a strict host policy forbids).

use std::fmt::Write;

use hps_model::text::escape_html;
use hps_words::format::figure;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SeriesStyle {
    /// The scenario on screen.
    Scenario,
    /// The plan's baseline held flat, for comparison.
    Baseline,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub style: SeriesStyle,
    /// Value per year (`None` where it cannot be computed).
    pub points: Vec<(i32, Option<f64>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TargetLines {
    /// A single figure (at least, at most, a rule's threshold).
    Line(f64),
    /// A 左右 band: its edges and the stated figure.
    Band { low: f64, value: f64, high: f64 },
    /// A range (1–1.5).
    Range { low: f64, high: f64 },
}

#[derive(Clone, Debug, PartialEq)]
pub struct TargetMark {
    pub year: i32,
    pub lines: TargetLines,
    pub label: String,
}

/// An uncertainty band (e.g. the 10th to 90th percentile of the sweep) per year.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    pub label: String,
    pub points: Vec<(i32, f64, f64)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChartInput {
    pub start: i32,
    pub end: i32,
    pub series: Vec<Series>,
    pub targets: Vec<TargetMark>,
    pub spread: Option<Spread>,
    pub milestones: Vec<i32>,
    pub width: f64,
    pub height: f64,
    /// The unit shown above the y axis.
    pub unit: String,
    pub decimals: u8,
    /// Larger type for projectors.
    pub font: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Line {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        stroke: &'static str,
        width: f64,
        dash: Option<&'static str>,
    },
    Polyline {
        points: Vec<(f64, f64)>,
        stroke: &'static str,
        width: f64,
        dash: Option<&'static str>,
    },
    Polygon {
        points: Vec<(f64, f64)>,
        fill: &'static str,
        opacity: f64,
    },
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        fill: &'static str,
        opacity: f64,
    },
    Circle {
        cx: f64,
        cy: f64,
        r: f64,
        fill: &'static str,
        stroke: &'static str,
    },
    Text {
        x: f64,
        y: f64,
        text: String,
        anchor: &'static str,
        size: f64,
        fill: &'static str,
        bold: bool,
    },
}

/// The fonts the chart asks for, Chinese first (the page ships none: no third-party request).
pub const FONT_FAMILY: &str = "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif";

pub const SCENARIO: &str = "#0b5cad";
pub const BASELINE: &str = "#6e7781";
pub const TARGET: &str = "#b42318";
pub const BAND: &str = "#1a7f37";
pub const SPREAD: &str = "#0b5cad";
pub const INK: &str = "#1b1f24";
pub const MUTED: &str = "#57606a";
pub const GRID: &str = "#d5dae0";

/// Round tick values covering `[lo, hi]`.
fn ticks(lo: f64, hi: f64, count: usize) -> Vec<f64> {
    let span = (hi - lo).max(1e-9);
    let raw = span / count as f64;
    let p = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * p)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * p);
    let first = (lo / step).ceil() * step;
    let mut out = Vec::new();
    let mut v = first;
    while v <= hi + step * 1e-6 && out.len() < 50 {
        out.push(v);
        v += step;
    }
    out
}

/// The legend, wrapped to the chart's width, and how many lines it takes.
fn legend(input: &ChartInput) -> (Vec<Shape>, f64) {
    let f = input.font;
    let mut items: Vec<(String, &'static str, Option<&'static str>, bool)> = input
        .series
        .iter()
        .map(|s| match s.style {
            SeriesStyle::Scenario => (s.label.clone(), SCENARIO, None, false),
            SeriesStyle::Baseline => (s.label.clone(), BASELINE, Some("2 4"), false),
        })
        .collect();
    if let Some(t) = input.targets.first() {
        items.push((t.label.clone(), TARGET, Some("6 5"), false));
    }
    if let Some(sp) = &input.spread {
        items.push((sp.label.clone(), SPREAD, None, true));
    }
    let mut out = Vec::new();
    let (mut x, mut y, mut lines) = (f * 0.5, f * 1.1, 1.0);
    for (label, color, dash, filled) in items {
        let text_w = label
            .chars()
            .map(|c| if c.is_ascii() { 0.55 } else { 1.0 })
            .sum::<f64>()
            * f
            * 0.85;
        let item_w = f * 2.0 + text_w + f;
        if x > f && x + item_w > input.width {
            x = f * 0.5;
            y += f * 1.5;
            lines += 1.0;
        }
        if filled {
            out.push(Shape::Rect {
                x,
                y: y - f * 0.45,
                w: f * 1.6,
                h: f * 0.9,
                fill: color,
                opacity: 0.25,
            });
        } else {
            out.push(Shape::Line {
                x1: x,
                y1: y,
                x2: x + f * 1.6,
                y2: y,
                stroke: color,
                width: 3.0,
                dash,
            });
        }
        out.push(Shape::Text {
            x: x + f * 2.0,
            y: y + f * 0.35,
            text: label,
            anchor: "start",
            size: f * 0.85,
            fill: INK,
            bold: false,
        });
        x += item_w;
    }
    (out, lines)
}

pub fn trajectory(input: &ChartInput) -> Vec<Shape> {
    let (legend, legend_lines) = legend(input);
    let (frame, y_ticks) = Frame::fit(input, legend_lines);
    let mut out = Vec::new();
    frame.axes(input, &y_ticks, &mut out);
    frame.milestones(input, &mut out);
    frame.targets(input, &mut out);
    frame.spread(input, &mut out);
    for s in &input.series {
        frame.series(input, s, &mut out);
    }
    out.extend(legend);
    out
}

/// Where the plot sits in the chart and how years and values map onto it.
struct Frame {
    font: f64,
    left: f64,
    top: f64,
    plot_w: f64,
    plot_h: f64,
    y_max: f64,
    start: i32,
    span_years: f64,
}

impl Frame {
    /// The frame that holds every value drawn (series, targets, spread), with its y ticks.
    fn fit(input: &ChartInput, legend_lines: f64) -> (Frame, Vec<f64>) {
        let f = input.font;
        let (left, right, top, bottom) =
            (f * 4.2, f * 1.2, f * 2.4 + legend_lines * f * 1.5, f * 2.6);
        let mut values: Vec<f64> = input
            .series
            .iter()
            .flat_map(|s| s.points.iter().filter_map(|(_, v)| *v))
            .collect();
        for t in &input.targets {
            match t.lines {
                TargetLines::Line(v) => values.push(v),
                TargetLines::Band { high, .. } | TargetLines::Range { high, .. } => {
                    values.push(high)
                }
            }
        }
        if let Some(sp) = &input.spread {
            values.extend(sp.points.iter().map(|p| p.2));
        }
        let max = values
            .iter()
            .copied()
            .filter(|v| v.is_finite())
            .fold(0.0, f64::max);
        let y_ticks = ticks(0.0, if max > 0.0 { max * 1.12 } else { 1.0 }, 5);
        let y_max = y_ticks
            .last()
            .copied()
            .unwrap_or(1.0)
            .max(max * 1.05)
            .max(1e-9);
        let frame = Frame {
            font: f,
            left,
            top,
            plot_w: (input.width - left - right).max(10.0),
            plot_h: (input.height - top - bottom).max(10.0),
            y_max,
            start: input.start,
            span_years: f64::from((input.end - input.start).max(1)),
        };
        (frame, y_ticks)
    }

    fn x(&self, year: i32) -> f64 {
        self.left + self.plot_w * f64::from(year - self.start) / self.span_years
    }

    fn y(&self, v: f64) -> f64 {
        self.top + self.plot_h * (1.0 - (v / self.y_max).clamp(0.0, 1.2))
    }

    fn bottom(&self) -> f64 {
        self.top + self.plot_h
    }

    fn right(&self) -> f64 {
        self.left + self.plot_w
    }

    /// The grid with its value labels, the unit, the years along the bottom and the x axis.
    fn axes(&self, input: &ChartInput, y_ticks: &[f64], out: &mut Vec<Shape>) {
        let f = self.font;
        for t in y_ticks {
            out.push(Shape::Line {
                x1: self.left,
                y1: self.y(*t),
                x2: self.right(),
                y2: self.y(*t),
                stroke: GRID,
                width: 1.0,
                dash: None,
            });
            out.push(Shape::Text {
                x: self.left - f * 0.4,
                y: self.y(*t) + f * 0.35,
                text: figure(*t, input.decimals.max(1)),
                anchor: "end",
                size: f * 0.85,
                fill: MUTED,
                bold: false,
            });
        }
        out.push(Shape::Text {
            x: self.left,
            y: self.top - f * 0.6,
            text: input.unit.clone(),
            anchor: "start",
            size: f * 0.85,
            fill: MUTED,
            bold: false,
        });
        // A label every year when there is room, else every few years.
        let every = if self.plot_w / self.span_years >= f * 2.6 {
            1
        } else if self.plot_w / self.span_years >= f * 1.3 {
            2
        } else {
            5
        };
        for year in input.start..=input.end {
            let regular = (year - input.start) % every == 0 && input.end - year >= every.min(2)
                || year == input.end;
            if regular {
                out.push(Shape::Text {
                    x: self.x(year),
                    y: self.bottom() + f * 1.3,
                    text: year.to_string(),
                    anchor: "middle",
                    size: f * 0.85,
                    fill: MUTED,
                    bold: false,
                });
            }
        }
        out.push(Shape::Line {
            x1: self.left,
            y1: self.bottom(),
            x2: self.right(),
            y2: self.bottom(),
            stroke: INK,
            width: 1.5,
            dash: None,
        });
    }

    fn milestones(&self, input: &ChartInput, out: &mut Vec<Shape>) {
        for m in &input.milestones {
            if (input.start..=input.end).contains(m) {
                out.push(Shape::Line {
                    x1: self.x(*m),
                    y1: self.top,
                    x2: self.x(*m),
                    y2: self.bottom(),
                    stroke: MUTED,
                    width: 1.5,
                    dash: Some("3 4"),
                });
            }
        }
    }

    /// Each target: a line, or a shaded band for a 左右 figure or a range, and a dot at its year.
    fn targets(&self, input: &ChartInput, out: &mut Vec<Shape>) {
        let band = |low: f64, high: f64| Shape::Rect {
            x: self.left,
            y: self.y(high),
            w: self.plot_w,
            h: (self.y(low) - self.y(high)).max(1.0),
            fill: BAND,
            opacity: 0.14,
        };
        let line = |v: f64| Shape::Line {
            x1: self.left,
            y1: self.y(v),
            x2: self.right(),
            y2: self.y(v),
            stroke: TARGET,
            width: 1.5,
            dash: Some("6 5"),
        };
        for t in &input.targets {
            match t.lines {
                TargetLines::Line(v) => out.push(line(v)),
                TargetLines::Band { low, value, high } => {
                    out.push(band(low, high));
                    out.push(line(value));
                }
                TargetLines::Range { low, high } => out.push(band(low, high)),
            }
            let v = match t.lines {
                TargetLines::Line(v) | TargetLines::Band { value: v, .. } => v,
                TargetLines::Range { high, .. } => high,
            };
            out.push(Shape::Circle {
                cx: self.x(t.year.clamp(input.start, input.end)),
                cy: self.y(v),
                r: self.font * 0.35,
                fill: TARGET,
                stroke: "#ffffff",
            });
        }
    }

    /// The uncertainty spread, under the series.
    fn spread(&self, input: &ChartInput, out: &mut Vec<Shape>) {
        if let Some(sp) = &input.spread {
            let mut pts: Vec<(f64, f64)> = sp
                .points
                .iter()
                .map(|(yr, lo, _)| (self.x(*yr), self.y(*lo)))
                .collect();
            pts.extend(
                sp.points
                    .iter()
                    .rev()
                    .map(|(yr, _, hi)| (self.x(*yr), self.y(*hi))),
            );
            out.push(Shape::Polygon {
                points: pts,
                fill: SPREAD,
                opacity: 0.15,
            });
        }
    }

    /// A series as lines broken where values are missing; the scenario's value at each
    /// milestone marked and written.
    fn series(&self, input: &ChartInput, s: &Series, out: &mut Vec<Shape>) {
        let (stroke, width, dash) = match s.style {
            SeriesStyle::Scenario => (SCENARIO, 3.0, None),
            SeriesStyle::Baseline => (BASELINE, 2.0, Some("2 4")),
        };
        let mut run: Vec<(f64, f64)> = Vec::new();
        for (yr, v) in &s.points {
            match v {
                Some(v) if v.is_finite() => run.push((self.x(*yr), self.y(*v))),
                _ => {
                    if run.len() > 1 {
                        out.push(Shape::Polyline {
                            points: std::mem::take(&mut run),
                            stroke,
                            width,
                            dash,
                        });
                    }
                    run.clear();
                }
            }
        }
        if run.len() > 1 {
            out.push(Shape::Polyline {
                points: run,
                stroke,
                width,
                dash,
            });
        }
        if s.style != SeriesStyle::Scenario {
            return;
        }
        let f = self.font;
        for (yr, v) in &s.points {
            if let Some(v) = v
                && input.milestones.contains(yr)
            {
                out.push(Shape::Circle {
                    cx: self.x(*yr),
                    cy: self.y(*v),
                    r: f * 0.3,
                    fill: SCENARIO,
                    stroke: "#ffffff",
                });
                out.push(Shape::Text {
                    x: self.x(*yr),
                    y: self.y(*v) - f * 0.6,
                    text: figure(*v, input.decimals),
                    anchor: "middle",
                    size: f * 0.9,
                    fill: SCENARIO,
                    bold: true,
                });
            }
        }
    }
}

fn pts(points: &[(f64, f64)]) -> String {
    let mut s = String::with_capacity(points.len() * 12);
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{x:.1},{y:.1}");
    }
    s
}

/// Ends an element, with its dash pattern if it has one.
fn close_dashed(s: &mut String, dash: Option<&str>) {
    if let Some(d) = dash {
        let _ = write!(s, r#" stroke-dasharray="{d}""#);
    }
    s.push_str("/>");
}

/// The shapes as SVG elements (presentation attributes only: no style attribute, so a strict
/// Content-Security-Policy allows them).
pub fn svg_body(shapes: &[Shape], font_family: &str) -> String {
    let mut s = String::new();
    for sh in shapes {
        match sh {
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
                width,
                dash,
            } => {
                let _ = write!(
                    s,
                    r#"<line x1="{x1:.1}" y1="{y1:.1}" x2="{x2:.1}" y2="{y2:.1}" stroke="{stroke}" stroke-width="{width}""#
                );
                close_dashed(&mut s, *dash);
            }
            Shape::Polyline {
                points,
                stroke,
                width,
                dash,
            } => {
                let _ = write!(
                    s,
                    r#"<polyline points="{}" fill="none" stroke="{stroke}" stroke-width="{width}" stroke-linejoin="round""#,
                    pts(points)
                );
                close_dashed(&mut s, *dash);
            }
            Shape::Polygon {
                points,
                fill,
                opacity,
            } => {
                let _ = write!(
                    s,
                    r#"<polygon points="{}" fill="{fill}" fill-opacity="{opacity}"/>"#,
                    pts(points)
                );
            }
            Shape::Rect {
                x,
                y,
                w,
                h,
                fill,
                opacity,
            } => {
                let _ = write!(
                    s,
                    r#"<rect x="{x:.1}" y="{y:.1}" width="{w:.1}" height="{h:.1}" fill="{fill}" fill-opacity="{opacity}"/>"#
                );
            }
            Shape::Circle {
                cx,
                cy,
                r,
                fill,
                stroke,
            } => {
                let _ = write!(
                    s,
                    r#"<circle cx="{cx:.1}" cy="{cy:.1}" r="{r:.1}" fill="{fill}" stroke="{stroke}" stroke-width="2"/>"#
                );
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
                let _ = write!(
                    s,
                    r#"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" font-size="{size:.1}" fill="{fill}" font-family="{}"{}>{}</text>"#,
                    escape_html(font_family),
                    if *bold { r#" font-weight="700""# } else { "" },
                    escape_html(text)
                );
            }
        }
    }
    s
}

/// A standalone SVG document (for the export).
pub fn svg_document(
    shapes: &[Shape],
    width: f64,
    height: f64,
    title: &str,
    font_family: &str,
) -> String {
    format!(
        r##"<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.0} {height:.0}" width="{width:.0}" height="{height:.0}"><title>{}</title><rect width="100%" height="100%" fill="#ffffff"/>{}</svg>"##,
        escape_html(title),
        svg_body(shapes, font_family)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ChartInput {
        ChartInput {
            start: 2020,
            end: 2035,
            series: vec![Series {
                label: "scenario".into(),
                style: SeriesStyle::Scenario,
                points: (2020..=2035)
                    .map(|y| (y, Some(6.82 + f64::from(y - 2020) * 0.1)))
                    .collect(),
            }],
            targets: vec![TargetMark {
                year: 2025,
                lines: TargetLines::Band {
                    low: 7.79,
                    value: 8.2,
                    high: 8.61,
                },
                label: "8.2".into(),
            }],
            spread: None,
            milestones: vec![2025, 2035],
            width: 800.0,
            height: 400.0,
            unit: "beds per 1,000".into(),
            decimals: 2,
            font: 16.0,
        }
    }

    #[test]
    fn shapes_stay_inside_the_chart() {
        let shapes = trajectory(&input());
        assert!(shapes.iter().any(|s| matches!(s, Shape::Polyline { .. })));
        for s in &shapes {
            if let Shape::Polyline { points, .. } = s {
                for (x, y) in points {
                    assert!(
                        (0.0..=800.0).contains(x) && (0.0..=400.0).contains(y),
                        "{x},{y}"
                    );
                }
            }
        }
        let svg = svg_document(&shapes, 800.0, 400.0, "a <b>", "sans-serif");
        assert!(svg.contains("a &lt;b&gt;") && !svg.contains("style="));
    }

    #[test]
    fn ticks_are_round() {
        assert_eq!(ticks(0.0, 9.2, 5), vec![0.0, 2.0, 4.0, 6.0, 8.0]);
    }
}
