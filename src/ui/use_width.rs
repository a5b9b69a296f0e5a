//! `use_width`: an element's width as a signal, in the shape of leptos-use's
//! `use_element_size` — one observer for the element the node ref holds, replaced when the
//! element is, and stopped when the component is cleaned up.

use leptos::html::ElementType;
use leptos::prelude::*;

use crate::browser::frame::WidthWatch;

/// What [`use_width`] starts from.
#[derive(Clone, Copy, Debug)]
pub struct UseWidthOptions {
    /// The width until the first measurement (server-side or before layout).
    pub initial: f64,
}

impl Default for UseWidthOptions {
    fn default() -> Self {
        UseWidthOptions { initial: 760.0 }
    }
}

pub struct UseWidth {
    /// The element's content width in whole pixels; changes of less than one pixel are ignored.
    pub width: Signal<f64>,
}

pub fn use_width<E>(target: NodeRef<E>, options: UseWidthOptions) -> UseWidth
where
    E: ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + AsRef<web_sys::Element> + Clone + 'static,
{
    let width = RwSignal::new(options.initial);
    // One observer at a time: a rebuilt element replaces the previous watch, which stops.
    let watch = StoredValue::new_local(None::<WidthWatch>);
    Effect::new(move |_| {
        let Some(el) = target.get() else { return };
        let next = WidthWatch::new(el.as_ref(), move |w| {
            if (w - width.get_untracked()).abs() >= 1.0 {
                width.set(w.round());
            }
        });
        watch.set_value(next);
    });
    on_cleanup(move || watch.set_value(None));
    UseWidth {
        width: width.into(),
    }
}
