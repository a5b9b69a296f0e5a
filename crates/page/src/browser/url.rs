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

/// The page's origin (`https://example.gov.cn`; `null` for a `file://` page).
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// `path` resolved against the page's address, as the browser would fetch it: the full address
/// and its origin. `None` if it does not parse.
pub fn resolve(path: &str) -> Option<(String, String)> {
    let href = web_sys::window()?.location().href().ok()?;
    let url = web_sys::Url::new_with_base(path, &href).ok()?;
    Some((url.href(), url.origin()))
}
