//! Parts of the page the first screen does not need, rendered just after the first paint: the
//! scoreboard and the levers appear first; the chart, the tables below them, the folded levers,
//! the plan's words behind each row and the dialogs a frame later. Nothing is left out: every
//! part is in the page by the second frame, so find-in-page, printing and tests see it all.

use std::time::Duration;

use leptos::prelude::*;

/// Whether the first screen has been painted; one signal for the whole page.
#[derive(Clone, Copy)]
struct Painted(RwSignal<bool>);

/// Starts watching for the first paint. Call once, before the page is built.
pub fn watch_first_paint() {
    let painted = RwSignal::new(false);
    // A timeout from inside a frame callback runs after that frame has been painted.
    request_animation_frame(move || set_timeout(move || painted.set(true), Duration::ZERO));
    provide_context(Painted(painted));
}

/// True once the first screen is painted (and outside a page that watches for it).
fn painted() -> bool {
    use_context::<Painted>().is_none_or(|p| p.0.get())
}

/// `view`, from the first frame after the first paint on; at once when built later.
pub fn after_first_paint<V>(view: impl Fn() -> V + Send + Sync + 'static) -> impl IntoView
where
    V: IntoView + 'static,
{
    move || painted().then(&view)
}

#[component]
pub fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    after_first_paint(move || children())
}
