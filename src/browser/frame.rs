//! Living inside another page's iframe, and watching an element's size.

use wasm_bindgen::{JsCast, closure::Closure};

/// The message type an embedded page posts to its parent with its height.
pub const HEIGHT_MESSAGE: &str = "health-plan-sim:height";

fn post_height() {
    let Some(w) = web_sys::window() else { return };
    let Some(root) = w.document().and_then(|d| d.document_element()) else {
        return;
    };
    let height = root.scroll_height();
    let Ok(Some(parent)) = w.parent() else { return };
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
    let _ = parent.post_message(&msg, "*");
}

/// Inside an iframe, tells the parent page the content's height whenever it changes.
pub fn report_height() {
    let Some(w) = web_sys::window() else { return };
    let in_frame = w.parent().ok().flatten().is_some_and(|p| p != w);
    if !in_frame {
        return;
    }
    let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_| post_height());
    if let Ok(observer) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref())
        && let Some(body) = w.document().and_then(|d| d.body())
    {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
        cb.forget();
    }
    post_height();
}

/// Follows an element's width; dropping the watch stops it (and frees its callback).
pub struct WidthWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl WidthWatch {
    pub fn new(
        el: &web_sys::Element,
        mut on_width: impl FnMut(f64) + 'static,
    ) -> Option<WidthWatch> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let w = entries
                .get(0)
                .dyn_into::<web_sys::ResizeObserverEntry>()
                .map(|e| e.content_rect().width())
                .unwrap_or(0.0);
            if w > 0.0 {
                on_width(w);
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(el);
        Some(WidthWatch {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for WidthWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
