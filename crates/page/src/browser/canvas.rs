//! Drawing chart shapes on a canvas and handing back a PNG: the PNG export draws the same
//! shapes as the SVG, so no image has to be loaded (a strict host policy forbids that).

use wasm_bindgen::{JsCast, closure::Closure};

use crate::plot::{FONT_FAMILY, Shape};

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

/// Draws `shapes` on a new canvas of `w` by `h` and passes its PNG to `done`; `None` when the
/// browser offers no canvas.
pub fn png(
    shapes: &[Shape],
    w: f64,
    h: f64,
    done: impl FnOnce(web_sys::Blob) + 'static,
) -> Option<()> {
    let doc = web_sys::window()?.document()?;
    let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(w as u32);
    canvas.set_height(h as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    draw(&ctx, shapes, w, h);
    let cb = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(b) = blob {
            done(b);
        }
    });
    canvas.to_blob(cb.unchecked_ref()).ok()
}
