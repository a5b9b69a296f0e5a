//! The page built a part at a time, each in a task of its own, so no task keeps a phone busy for
//! long: the header, the summary and the first rows of the scoreboard first; then the plan's words
//! behind each row and the folded levers, the levers group by group and the other rows (the rest
//! of the first screen). The panels below (standards, the 2035 table, the chart, …) and the
//! dialogs follow, in page order, as soon as the user does anything or five seconds later: nothing
//! is left out, so find-in-page and tests see it all once `<html data-ready>` is set.
//!
//! Before those, the first screen itself comes in stages, a task each (the header; the plan bar
//! and the summary; the levers and the scoreboard's first rows), and the parts wait for that to
//! be painted.
//!
//! When a first screen painted at build time is up (`tools/prerender.mjs`), the live page is
//! built hidden beneath it and replaces it as soon as its own first screen is complete.

use std::time::Duration;

use leptos::prelude::*;

use crate::browser::page;

/// Runs `f` in a task of its own, once this one (and the effects it set off) has finished.
pub fn next_task(f: impl FnOnce() + 'static) {
    set_timeout(f, Duration::ZERO);
}

/// One sequence of parts: parts numbered below `shown` are in the page.
#[derive(Clone, Copy)]
struct Sequence {
    shown: RwSignal<usize>,
    parts: StoredValue<usize>,
}

impl Sequence {
    fn new(parts: usize) -> Sequence {
        Sequence {
            shown: RwSignal::new(0),
            parts: StoredValue::new(parts),
        }
    }

    fn take(self) -> usize {
        let n = self.parts.get_value();
        self.parts.set_value(n + 1);
        n
    }

    /// Shows one more part; false when there was none left.
    fn step(self) -> bool {
        let shown = self.shown.get_untracked();
        if shown >= self.parts.get_value() {
            return false;
        }
        self.shown.set(shown + 1);
        true
    }

    fn complete(self) -> bool {
        self.shown.get_untracked() >= self.parts.get_value()
    }
}

/// The page's schedule: the first screen's parts (part 0, the small pieces inside rows and
/// panels, then the levers and the other rows), then the rest, in the order they were built.
#[derive(Clone, Copy)]
struct Painted {
    /// The first screen's stages ([`Opening`]), shown one per task before any part.
    opening: Sequence,
    first: Sequence,
    rest: Sequence,
    /// The parts below the first screen have been asked for.
    started: StoredValue<bool>,
}

/// Every part is shown: anything built from now on appears at once.
const ALL: usize = usize::MAX;

/// Sets up the schedule: once [`Opening`] is in, after the first paint, one part per task until
/// all are shown. Call once, before the page is built.
pub fn watch_first_paint() {
    provide_context(Painted {
        opening: Sequence::new(0),
        first: Sequence::new(1),
        rest: Sequence::new(0),
        started: StoredValue::new(false),
    });
}

/// A stage of the first screen, in a task after the stages before it (at once when the page is
/// built again, as on a change of language); the parts follow the frame that paints the last.
#[component]
pub fn Opening(children: ChildrenFn) -> impl IntoView {
    let part = use_context::<Painted>().map(|p| {
        let n = p.opening.take();
        if n == 0 {
            next_task(move || open(p));
        }
        (p.opening, n)
    });
    let visible = shown(part);
    move || visible.get().then(|| children())
}

/// The next stage of the first screen; after the last, the parts once it is painted.
fn open(painted: Painted) {
    painted.opening.step();
    if painted.opening.complete() {
        // Any stage built from now on (the page built again) is shown at once.
        painted.opening.shown.set(ALL);
        // A timeout from inside a frame callback runs after that frame has been painted.
        request_animation_frame(move || next_task(move || next(painted)));
    } else {
        next_task(move || open(painted));
    }
}

/// The first screen's parts, one per task; then the copy goes and the rest waits for a reason.
fn next(painted: Painted) {
    if painted.first.step() && !painted.first.complete() {
        next_task(move || next(painted));
        return;
    }
    // The part just shown is built by the effects this sets off, in this same task, before any
    // paint: the copy goes with the live first screen's last part.
    page::drop_first_screen();
    wait_for_reason(painted);
}

/// How long the parts below the first screen wait when nothing asks for them sooner (a screen
/// reader's reading cursor, a find-in-page opened from the browser's menu).
const REST_AFTER: Duration = Duration::from_millis(5000);

/// The parts below the first screen are built once the user does anything (scrolls, presses a
/// key, touches the page, moves the focus) or after [`REST_AFTER`], whichever comes first, so the
/// phone's main thread is free while the first screen is read; then one part per task, in page
/// order.
fn wait_for_reason(painted: Painted) {
    let handles = StoredValue::new_local(Vec::<WindowListenerHandle>::new());
    let go = move || {
        for h in handles.try_update_value(std::mem::take).unwrap_or_default() {
            h.remove();
        }
        if !painted.started.get_value() {
            painted.started.set_value(true);
            next_rest(painted);
        }
    };
    handles.set_value(vec![
        window_event_listener(leptos::ev::scroll, move |_| go()),
        window_event_listener(leptos::ev::keydown, move |_| go()),
        window_event_listener(leptos::ev::pointerdown, move |_| go()),
        window_event_listener(leptos::ev::focusin, move |_| go()),
        window_event_listener(leptos::ev::beforeprint, move |_| go()),
    ]);
    set_timeout(go, REST_AFTER);
}

fn next_rest(painted: Painted) {
    if painted.rest.step() {
        next_task(move || next_rest(painted));
    } else {
        finish(painted);
    }
}

fn finish(painted: Painted) {
    painted.started.set_value(true);
    painted.opening.shown.set(ALL);
    painted.first.shown.set(ALL);
    painted.rest.shown.set(ALL);
    page::drop_first_screen();
    page::mark_ready();
}

/// Builds every part at once (a link's named view needs its part now).
pub fn show_all_now() {
    if let Some(painted) = use_context::<Painted>() {
        finish(painted);
    }
}

/// Whether part `n` of a sequence is shown (always, outside a page that schedules its parts).
fn shown(part: Option<(Sequence, usize)>) -> Memo<bool> {
    Memo::new(move |_| part.is_none_or(|(seq, n)| seq.shown.get() > n))
}

/// `view`, in the first task after the first paint (the small pieces of a row or a panel); at
/// once when built later.
pub fn after_first_paint<V>(view: impl Fn() -> V + Send + Sync + 'static) -> impl IntoView
where
    V: IntoView + 'static,
{
    let visible = shown(use_context::<Painted>().map(|p| (p.first, 0)));
    move || visible.get().then(&view)
}

/// A part of the page in a task of its own, after the parts before it; `first_screen` for the
/// parts a first screen shows (the levers, the scoreboard's other rows), which come first.
#[component]
pub fn AfterFirstPaint(
    children: ChildrenFn,
    #[prop(optional)] first_screen: bool,
) -> impl IntoView {
    let part = use_context::<Painted>().map(|p| {
        let seq = if first_screen { p.first } else { p.rest };
        (seq, seq.take())
    });
    let visible = shown(part);
    move || visible.get().then(|| children())
}

/// Runs `f` once every part is in the page and painted (at once outside a scheduled page): a
/// link's named view scrolls to its part only when the part is there.
pub fn once_all_shown(f: impl FnOnce() + 'static) {
    let Some(painted) = use_context::<Painted>() else {
        f();
        return;
    };
    let f = std::cell::RefCell::new(Some(f));
    Effect::new(move |_| {
        if painted.rest.shown.get() == ALL
            && let Some(f) = f.borrow_mut().take()
        {
            request_animation_frame(f);
        }
    });
}
