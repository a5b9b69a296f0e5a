//! `use_size`: an element's size as signals, in the shape of leptos-use's `use_element_size` —
//! one observer for the element the node ref holds, replaced when the element is, and stopped
//! when the component is cleaned up.

use leptos::html::ElementType;
use leptos::prelude::*;

use crate::browser::frame::SizeWatch;

/// What [`use_size`] starts from.
#[derive(Clone, Copy, Debug)]
pub struct UseSizeOptions {
    /// The width until the first measurement (before layout).
    pub initial_width: f64,
}

impl Default for UseSizeOptions {
    fn default() -> Self {
        UseSizeOptions {
            initial_width: 760.0,
        }
    }
}

pub struct UseSize {
    /// The element's content width in whole pixels; changes of less than one pixel are ignored.
    pub width: Signal<f64>,
    /// The element's whole (border-box) height in whole pixels, 0 until measured.
    pub height: Signal<f64>,
}

pub fn use_size<E>(target: NodeRef<E>, options: UseSizeOptions) -> UseSize
where
    E: ElementType + 'static,
    E::Output: wasm_bindgen::JsCast + AsRef<web_sys::Element> + Clone + 'static,
{
    let width = RwSignal::new(options.initial_width);
    let height = RwSignal::new(0.0);
    // One observer at a time: a rebuilt element replaces the previous watch, which stops.
    let watch = StoredValue::new_local(None::<SizeWatch>);
    Effect::new(move |_| {
        let Some(el) = target.get() else { return };
        let next = SizeWatch::new(el.as_ref(), move |size| {
            for (signal, value) in [(width, size.width), (height, size.height)] {
                if (value - signal.get_untracked()).abs() >= 1.0 {
                    signal.set(value.round());
                }
            }
        });
        watch.set_value(next);
    });
    on_cleanup(move || watch.set_value(None));
    UseSize {
        width: width.into(),
        height: height.into(),
    }
}
