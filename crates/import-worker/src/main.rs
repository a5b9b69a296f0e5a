//! The importer in a web worker. The page posts `{id, text}`; the worker answers
//! `{"id": id, "ok": proposal}` or `{"id": id, "err": "import.error.…"}` as JSON text. It says
//! `"ready"` once it listens, since a message posted before that would be lost.

#[cfg(target_arch = "wasm32")]
fn main() {
    use hps_importer as import;
    use hps_model::catalog::Catalog;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::prelude::Closure;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let Ok(scope) = js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>() else {
        return;
    };
    let catalog = Catalog::builtin();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        let id = js_sys::Reflect::get(&data, &"id".into())
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        let text = js_sys::Reflect::get(&data, &"text".into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        let answer = match import::import(&text, &catalog) {
            Ok(p) => serde_json::json!({ "id": id, "ok": p }),
            Err(e) => serde_json::json!({ "id": id, "err": e.key() }),
        };
        let _ = reply_scope.post_message(&answer.to_string().into());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page: the handler is never dropped.
    on_message.forget();
    let _ = scope.post_message(&"ready".into());
}

/// Natively there is nothing to run: the importer's own tests cover what the worker calls.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
