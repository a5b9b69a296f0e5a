//! Messages the page shows until dismissed (link parameters it ignored, plans that no longer
//! load, storage that refused a save), in a small context of their own.

use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<String>>,
}

impl Notices {
    /// Provides the context for the page below, empty.
    pub fn provide() -> Notices {
        let notices = Notices {
            list: RwSignal::new(Vec::new()),
        };
        provide_context(notices);
        notices
    }

    pub fn push(self, message: impl Into<String>) {
        self.list.update(|n| n.push(message.into()));
    }

    pub fn clear(self) {
        self.list.set(Vec::new());
    }
}

pub fn use_notices() -> Notices {
    // The App component provides it before any child renders.
    use_context::<Notices>().unwrap_or_else(|| panic!("Notices not provided"))
}

/// The list and its dismiss button (`dismiss`: the button's words, in the page's language).
#[component]
pub fn NoticeList(#[prop(into)] dismiss: Signal<String>) -> impl IntoView {
    let notices = use_notices();
    move || {
        let list = notices.list.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="notices" role="status" data-notices="">
                    <ul>{list.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}</ul>
                    <button type="button" class="link-button" on:click=move |_| notices.clear()>
                        {move || dismiss.get()}
                    </button>
                </div>
            }
        })
    }
}
