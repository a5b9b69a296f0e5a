//! A number box and its message: the one shape every typed figure on the page takes (a lever, a
//! tracked target, an imported row's year and value, the population of an imported plan). The
//! box is marked invalid and described by its message while what was typed cannot be used.
//! Attributes after `{..}` (`data-…` hooks) go onto the `<input>`.

use leptos::prelude::*;
use web_sys::HtmlInputElement;

#[component]
pub fn NumberInput(
    /// The input's id (its `<label for>`).
    #[prop(into)]
    id: String,
    /// The id of the [`FieldError`] that tells what is wrong.
    #[prop(into)]
    error_id: String,
    /// Another element that explains the box (a note under it), read before the message.
    #[prop(into, optional)]
    note_id: Option<String>,
    /// What is wrong with what was typed; `None` while it is usable.
    error: RwSignal<Option<String>>,
    /// The text the box shows (set whenever the value changes elsewhere).
    #[prop(into)]
    value: Signal<String>,
    #[prop(into, optional)] class: String,
    /// `numeric` for whole counts, else `decimal`.
    #[prop(optional)]
    whole: bool,
    #[prop(into, optional)] placeholder: Signal<String>,
    /// Each keystroke's text.
    #[prop(into, optional)]
    on_input: Option<Callback<String>>,
    /// Leaving the box (or Enter).
    #[prop(into, optional)]
    on_change: Option<Callback<HtmlInputElement>>,
) -> impl IntoView {
    let described_by = match note_id {
        Some(note) => format!("{note} {error_id}"),
        None => error_id,
    };
    view! {
        <input
            type="text"
            inputmode=if whole { "numeric" } else { "decimal" }
            autocomplete="off"
            id=id
            class=class
            class:invalid=move || error.with(Option::is_some)
            aria-describedby=described_by
            aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
            placeholder=move || placeholder.get()
            prop:value=move || value.get()
            // `try_run`: a box being removed (its plan closed) still reports its change on the
            // way out, after its owner is gone; that change belongs to no plan.
            on:input:target=move |ev| {
                if let Some(f) = on_input {
                    f.try_run(ev.target().value());
                }
            }
            on:change:target=move |ev| {
                if let Some(f) = on_change {
                    f.try_run(ev.target());
                }
            }
        />
    }
}

/// The message a [`NumberInput`] is described by, read out politely when it changes.
#[component]
pub fn FieldError(
    #[prop(into)] id: String,
    error: RwSignal<Option<String>>,
    /// A paragraph of its own (under a lever) rather than inline (in a table cell).
    #[prop(optional)]
    block: bool,
) -> impl IntoView {
    let text = move || error.get();
    if block {
        view! { <p class="lever-error" id=id aria-live="polite">{text}</p> }.into_any()
    } else {
        view! { <span class="lever-error" id=id aria-live="polite">{text}</span> }.into_any()
    }
}
