//! Which dialog is open: one at a time, in a small context of its own.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Share,
    Embed,
    Scenarios,
    Compare,
    Help,
}

#[derive(Clone, Copy)]
pub struct Dialogs {
    open: RwSignal<Option<Dialog>>,
}

impl Dialogs {
    /// Provides the context for the page below; none is open.
    pub fn provide() -> Dialogs {
        let dialogs = Dialogs {
            open: RwSignal::new(None),
        };
        provide_context(dialogs);
        dialogs
    }

    pub fn open(self, d: Dialog) {
        self.open.set(Some(d));
    }

    pub fn close(self) {
        self.open.set(None);
    }

    /// The browser closed `d` (Escape): forget it, if it is still the open one.
    pub fn closed(self, d: Dialog) {
        if self.open.get_untracked() == Some(d) {
            self.open.set(None);
        }
    }

    /// Whether `d` is open (tracked).
    pub fn is_open(self, d: Dialog) -> bool {
        self.open.get() == Some(d)
    }
}

pub fn use_dialogs() -> Dialogs {
    // The App component provides it before any child renders.
    use_context::<Dialogs>().unwrap_or_else(|| panic!("Dialogs not provided"))
}
