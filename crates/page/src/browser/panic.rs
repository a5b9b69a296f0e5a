//! A panic stops WebAssembly for good. Instead of a page that silently stops answering, this hook
//! covers it with a plain message and a reload link (a link, not a script: it needs nothing from
//! the stopped module). The scenario is already in the address bar and local storage, so a
//! reload continues where the user was.

use wasm_bindgen::prelude::wasm_bindgen;

use hps_model::lang::Lang;
use hps_words::i18n;

pub const CRASH_ID: &str = "crash";

/// Installs the hook; the first thing the app does.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("health-plan-sim: {info}").into());
        // Never leave the build-time first screen up as if the page still answered.
        super::page::drop_first_screen();
        show();
    }));
}

fn show() -> Option<()> {
    let doc = web_sys::window()?.document()?;
    if doc.get_element_by_id(CRASH_ID).is_some() {
        return Some(());
    }
    let href = doc.location()?.href().ok()?;
    let panel = doc.create_element("div").ok()?;
    panel.set_id(CRASH_ID);
    panel.set_class_name("crash");
    panel.set_attribute("role", "alert").ok()?;
    let title = doc.create_element("p").ok()?;
    title.set_class_name("crash-title");
    title.set_text_content(Some(&both("crash.title", " ")));
    let body = doc.create_element("p").ok()?;
    body.set_text_content(Some(&both("crash.body", " ")));
    let reload = doc.create_element("a").ok()?;
    reload.set_class_name("crash-reload");
    reload.set_attribute("href", &href).ok()?;
    reload.set_attribute("data-action", "reload").ok()?;
    reload.set_text_content(Some(&both("crash.reload", " · ")));
    panel.append_child(&title).ok()?;
    panel.append_child(&body).ok()?;
    panel.append_child(&reload).ok()?;
    doc.body()?.append_child(&panel).ok()?;
    Some(())
}

/// Both languages: the stopped page can no longer tell which one the user chose.
pub fn both(key: &'static str, between: &str) -> String {
    format!(
        "{}{between}{}",
        i18n::t(Lang::Zh, key),
        i18n::t(Lang::En, key)
    )
}

/// Panics on purpose, so the end-to-end tests can check what a user would see after a defect.
#[wasm_bindgen]
pub fn crash_for_tests() {
    panic!("a deliberate panic from the end-to-end tests");
}
