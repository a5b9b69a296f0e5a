//! Waiting for the page to be still: a debounce that keeps only the last scheduled action.
//! Replacing or cancelling a pending timeout drops it, and gloo's `Timeout` clears itself when
//! dropped, so no generation counter is needed to ignore stale ones.

use gloo_timers::callback::Timeout;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Debounce {
    pending: StoredValue<Option<Timeout>, LocalStorage>,
    ms: u32,
}

impl Debounce {
    pub fn new(ms: u32) -> Debounce {
        Debounce {
            pending: StoredValue::new_local(None),
            ms,
        }
    }

    /// Runs `action` after `ms` of quiet; a later call replaces it.
    pub fn schedule(&self, action: impl FnOnce() + 'static) {
        self.pending.set_value(Some(Timeout::new(self.ms, action)));
    }

    /// Drops whatever is pending.
    pub fn cancel(&self) {
        self.pending.set_value(None);
    }
}
