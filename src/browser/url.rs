//! The page's own URL: reading its query and rewriting it without reloading.

/// The query string without its `?` (empty when there is none).
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .map(|s| s.trim_start_matches('?').to_string())
        .unwrap_or_default()
}

/// The page's address without query or fragment.
pub fn base() -> String {
    web_sys::window()
        .and_then(|w| {
            let loc = w.location();
            Some(format!("{}{}", loc.origin().ok()?, loc.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// Replaces the query in the address bar (no reload, no history entry).
pub fn replace_query(query: &str) {
    let Some(w) = web_sys::window() else { return };
    let Ok(history) = w.history() else { return };
    let url = if query.is_empty() {
        w.location().pathname().unwrap_or_default()
    } else {
        format!("?{query}")
    };
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
}
