//! Parts of the page below the first screen, rendered just after the first paint: the
//! scoreboard and the levers appear first, the chart, tables and dialogs a frame later.

use std::time::Duration;

use leptos::prelude::*;

#[component]
pub fn AfterFirstPaint(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    // A timeout from inside a frame callback runs after that frame has been painted.
    request_animation_frame(move || set_timeout(move || ready.set(true), Duration::ZERO));
    move || ready.get().then(|| children())
}
