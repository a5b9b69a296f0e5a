//! The page as a whole: its language setting, the clock, full screen, printing, an element's
//! content, whether a dialog is open, and where a key press went.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The browser's preferred language tag (`zh-CN`, `en-GB`), if it tells.
pub fn language() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// Milliseconds from a monotonic clock (the page's performance clock, else the date).
/// Today's date by the browser's clock (a test pins it): which years are past.
pub fn today() -> hps_model::sim::timeline::Today {
    let d = js_sys::Date::new_0();
    hps_model::sim::timeline::Today::new(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
}

pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or_else(js_sys::Date::now)
}

/// A named point on the page's performance timeline, for the start-up breakdown
/// (`tools/bench_startup.mjs` reads them; they cost nothing noticeable).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Asks for full screen (browsers may refuse: an iframe without permission, a test).
pub fn enter_fullscreen() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.request_fullscreen();
    }
}

pub fn exit_fullscreen() {
    if let Some(d) = document().filter(|d| d.fullscreen_element().is_some()) {
        d.exit_fullscreen();
    }
}

pub fn is_fullscreen() -> bool {
    document().is_some_and(|d| d.fullscreen_element().is_some())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Replaces the markup inside the element with this id (text the caller has escaped).
pub fn set_inner_html(id: &str, html: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        el.set_inner_html(html);
    }
}

/// Whether a `<dialog>` is open in the page.
pub fn dialog_open() -> bool {
    document()
        .and_then(|d| d.query_selector("dialog[open]").ok().flatten())
        .is_some()
}

/// Whether a key press went to a field the user is typing in.
pub fn typing_into_a_field(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// Copies text to the clipboard; `false` where the browser does not allow it.
pub async fn copy_text(text: String) -> bool {
    let Some(clip) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clip.write_text(&text))
        .await
        .is_ok()
}

/// The text of the first file chosen in a file input (which is then cleared so the same file
/// can be chosen again); `None` when there is none or it cannot be read.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Option<Option<String>> {
    let file = input.files().and_then(|fs| fs.get(0))?;
    input.set_value("");
    Some(
        wasm_bindgen_futures::JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string()),
    )
}

/// The bytes of the first file chosen in a file input (then cleared, as above), so the caller
/// can check they are text before reading them; `Some(None)` when it cannot be read.
pub async fn read_chosen_bytes(input: &web_sys::HtmlInputElement) -> Option<Option<Vec<u8>>> {
    let file = input.files().and_then(|fs| fs.get(0))?;
    input.set_value("");
    Some(
        wasm_bindgen_futures::JsFuture::from(file.array_buffer())
            .await
            .ok()
            .map(|buf| js_sys::Uint8Array::new(&buf).to_vec()),
    )
}

/// Moves focus to the first element inside `within` that matches `selector`, if there is one
/// (a list just opened, rows just shown), so Tab goes on from there.
pub fn focus_first(within: &web_sys::Element, selector: &str) {
    let first = within
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(first) = first {
        let _ = first.focus();
    }
}

/// Scrolls the page back to its top (after opening a plan, to its summary and scoreboard).
pub fn scroll_to_top() {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Removes the first screen painted at build time (`tools/prerender.mjs`) and shows the live
/// page in its place, in one task, so the two are never on screen together and no frame is blank.
/// The live page is built hidden beneath it (style/base.css) until its first screen is complete.
pub fn drop_first_screen() {
    let Some(d) = document() else { return };
    if let Some(root) = d.document_element() {
        let _ = root.remove_attribute("data-first-screen");
        // The live first screen is complete (tools/prerender.mjs copies it at this moment).
        let _ = root.set_attribute("data-live", "");
    }
    if let Ok(copies) = d.query_selector_all("[data-first-screen-for]") {
        for i in 0..copies.length() {
            if let Some(node) = copies.item(i)
                && let Some(parent) = node.parent_node()
            {
                let _ = parent.remove_child(&node);
            }
        }
    }
}

/// Marks the page as complete (`<html data-ready>`): every deferred part is in.
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-ready", "");
    }
}
