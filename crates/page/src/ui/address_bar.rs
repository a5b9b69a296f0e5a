//! The scenario in the address bar: read at start, kept up to date (debounced) so the address is
//! always a link to what is on screen, and remembered in local storage across reloads.

use std::sync::Arc;

use leptos::prelude::*;

use super::link_state::{PageChanged, to_link};
use super::state::AppState;
use crate::browser::page::now_ms;
use crate::browser::{storage, url};
use hps_model::data::library::Library;
use hps_model::link::{Decoded, Ignored, Shared, encode};
use hps_model::plan::Plan;

/// Local-storage key of the current (unsaved) scenario.
pub const CURRENT_KEY: &str = "hps.current.v1";

/// Tells the user which link parameters were ignored, and why.
pub fn report_ignored(app: AppState, decoded: &Decoded) {
    for (raw, why) in &decoded.ignored {
        let key = match why {
            Ignored::Unknown => "link.unknown",
            Ignored::Malformed => "link.malformed",
            Ignored::NewerVersion(_) => "link.newer",
            Ignored::NewerEdition(_) => "link.newer_edition",
        };
        // A long value (a carried plan) is cut: the notice names the parameter, not its data.
        let shown: String = if raw.chars().count() > 80 {
            raw.chars().take(80).chain(['…']).collect()
        } else {
            raw.clone()
        };
        app.notify(app.tf(key, &[("param", &shown)]));
    }
}

/// The plan a link names, else `default`, else the first plan that reads; with the id of a
/// plan the link named but the page could not open (for a notice). `None`: no plan reads at all.
pub fn plan_for(
    library: &Library,
    shared: &Shared,
    default: &str,
) -> Option<(Arc<Plan>, Option<String>)> {
    let fallback = || {
        library
            .find_listed(default)
            .or_else(|| library.first_listed())
    };
    match &shared.plan {
        Some(id) => match library.find_listed(id) {
            Some(p) => Some((p, None)),
            None => fallback().map(|p| (p, Some(id.clone()))),
        },
        None => fallback().map(|p| (p, None)),
    }
}

/// Keeps the address bar and local storage in step with the page: just after a single change,
/// and at most every 250 ms while a slider streams changes (browsers throttle address updates).
/// The link is built and written in a timer, after the page has updated, not while it renders.
pub fn keep_in_sync(app: AppState, changed: PageChanged) {
    const GAP_MS: f64 = 250.0;
    let last_write = StoredValue::new(f64::NEG_INFINITY);
    let scheduled = StoredValue::new(false);
    let write = move || {
        scheduled.set_value(false);
        last_write.set_value(now_ms());
        let query = encode(&to_link(app));
        if !app.embedding.on {
            url::replace_query(&query);
        }
        storage::set(CURRENT_KEY, &query);
    };
    // Show the normalised link (the page may have opened from local storage or a link with
    // ignored parameters) without starting the throttle, in a task of its own: the browser's
    // history call is slow enough to matter in the task that builds the first screen.
    if !app.embedding.on {
        set_timeout(
            move || url::replace_query(&encode(&untrack(|| to_link(app)))),
            std::time::Duration::ZERO,
        );
    }
    Effect::new(move |_| {
        changed.track();
        if scheduled.get_value() {
            return; // the pending write will read the latest state
        }
        scheduled.set_value(true);
        let since = now_ms() - last_write.get_value();
        set_timeout(
            write,
            std::time::Duration::from_millis((GAP_MS - since).clamp(0.0, GAP_MS) as u64),
        );
    });
    // A tab closed mid-stream still keeps the last change in local storage.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| {
        if scheduled.get_value() {
            write();
        }
    });
}
