//! A native `<dialog>`, opened modally when its kind is the app's open dialog: focus moves into
//! it, Escape closes it, and focus returns to where it was.

use leptos::html;
use leptos::prelude::*;

use super::dialogs::{Dialog, use_dialogs};
use super::state::use_app;

#[component]
pub fn Modal(kind: Dialog, #[prop(into)] title: String, children: ChildrenFn) -> impl IntoView {
    let app = use_app();
    let dialogs = use_dialogs();
    let node = NodeRef::<html::Dialog>::new();
    let open = Memo::new(move |_| dialogs.is_open(kind));
    Effect::new(move |_| {
        let Some(d) = node.get() else { return };
        if open.get() {
            if !d.open() {
                let _ = d.show_modal();
            }
        } else if d.open() {
            d.close();
        }
    });
    let title_id = format!("dialog-{kind:?}-title").to_lowercase();
    let labelled_by = title_id.clone();
    view! {
        <dialog
            node_ref=node
            class="modal"
            aria-labelledby=labelled_by
            on:close=move |_| dialogs.closed(kind)
        >
            <div class="modal-head">
                <h2 id=title_id>{title}</h2>
                <button type="button" class="close" aria-label=app.t("dialog.close") on:click=move |_| dialogs.close()>
                    "×"
                </button>
            </div>
            // Only the open dialog renders its content (it may be costly, like a comparison).
            {move || open.get().then(|| children())}
        </dialog>
    }
}
