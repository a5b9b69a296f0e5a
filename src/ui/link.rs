//! The scenario in the address bar: read at start, kept up to date (debounced) so the address is
//! always a link to what is on screen, and remembered in local storage across reloads.

use std::sync::Arc;

use leptos::prelude::*;

use super::state::AppState;
use crate::browser::{storage, url};
use crate::model::plan::Plan;
use crate::model::report::Milestone;
use crate::model::share::{Decoded, Ignored, Shared, encode, shared_from};

/// Local-storage key of the current (unsaved) scenario.
pub const CURRENT_KEY: &str = "hps.current.v1";

/// Tells the user which link parameters were ignored, and why.
pub fn report_ignored(app: AppState, decoded: &Decoded) {
    for (raw, why) in &decoded.ignored {
        let key = match why {
            Ignored::Unknown => "link.unknown",
            Ignored::Malformed => "link.malformed",
            Ignored::NewerVersion(_) => "link.newer",
        };
        app.notify(app.tf(key, &[("param", raw)]));
    }
}

/// Finds the plan a link names; unknown plans fall back to `fallback` with a notice.
pub fn plan_for(
    app_plans: &[Arc<Plan>],
    shared: &Shared,
    fallback: &Arc<Plan>,
) -> (Arc<Plan>, Option<String>) {
    match &shared.plan {
        Some(id) => match app_plans.iter().find(|p| &p.id == id) {
            Some(p) => (p.clone(), None),
            None => (fallback.clone(), Some(id.clone())),
        },
        None => (fallback.clone(), None),
    }
}

/// The whole page state as link parameters.
pub fn current_shared(app: AppState) -> Shared {
    let mut s = app
        .plan
        .with(|p| app.scenario.with(|sc| shared_from(app.catalog, p, sc)));
    s.lang = Some(app.lang.get());
    if app.milestone.get() != Milestone::default() {
        s.milestone = Some(app.milestone.get());
    }
    app.view.with(|v| v.write_into(&mut s));
    s
}

/// Keeps the address bar and local storage in step with the page: at once for a single change,
/// and at most every 250 ms while a slider streams changes (browsers throttle address updates).
pub fn keep_in_sync(app: AppState) {
    const GAP_MS: f64 = 250.0;
    let last_write = StoredValue::new(f64::NEG_INFINITY);
    let pending = StoredValue::new(None::<String>);
    let write = move |query: &str| {
        last_write.set_value(js_sys::Date::now());
        if !app.view.with_untracked(|v| v.embed) {
            url::replace_query(query);
        }
        storage::set(CURRENT_KEY, query);
    };
    Effect::new(move |_| {
        let query = encode(&current_shared(app));
        let since = js_sys::Date::now() - last_write.get_value();
        if since >= GAP_MS && pending.get_value().is_none() {
            write(&query);
            return;
        }
        let scheduled = pending.get_value().is_some();
        pending.set_value(Some(query));
        if !scheduled {
            set_timeout(
                move || {
                    if let Some(q) = pending.get_value() {
                        pending.set_value(None);
                        write(&q);
                    }
                },
                std::time::Duration::from_millis((GAP_MS - since).clamp(0.0, GAP_MS) as u64),
            );
        }
    });
    // A tab closed mid-stream still keeps the last change in local storage.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| {
        if let Some(q) = pending.get_value() {
            write(&q);
        }
    });
}
