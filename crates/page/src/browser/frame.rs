//! Living inside another page's iframe, watching an element's size, and a page-wide length.

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

/// Follows an element's size; dropping the watch stops it (and frees its callback).
pub struct SizeWatch {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

/// What a [`SizeWatch`] reports: the content width and the whole (border-box) height.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

impl SizeWatch {
    pub fn new(
        el: &web_sys::Element,
        mut on_size: impl FnMut(Size) + 'static,
    ) -> Option<SizeWatch> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let Ok(entry) = entries.get(0).dyn_into::<web_sys::ResizeObserverEntry>() else {
                return;
            };
            // Read inside the observer's callback, where layout is already done: no forced layout.
            let size = Size {
                width: entry.content_rect().width(),
                height: entry.target().get_bounding_client_rect().height(),
            };
            if size.width > 0.0 {
                on_size(size);
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(el);
        Some(SizeWatch {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Sets a CSS custom property on the root element (`--summary-height: 96px`), for the stylesheet.
pub fn set_root_length(name: &str, px: f64) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(root) = root {
        let _ = root.style().set_property(name, &format!("{}px", px.ceil()));
    }
}
