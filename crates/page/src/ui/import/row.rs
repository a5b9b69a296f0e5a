//! One row of the review: its role, indicator, year, comparison and figure, each a field the
//! user may correct, with the plan's words shown in the text around them, and for figures to
//! add to the open plan, what is asked about them.

use std::sync::Arc;

use leptos::prelude::*;

use super::Mode;
use super::edit::{EditRow, concerns};
use crate::ui::number_field::{FieldError, NumberInput};
use crate::ui::state::use_app;
use hps_importer::text::{find_loose, in_context};
use hps_importer::{Cmp, Role, Subject};
use hps_model::input::parse_decimal;
use hps_model::text::fold_whitespace;
use hps_words::format::plain;

/// Characters of surrounding text shown on each side of a quote.
const AROUND: usize = 40;

/// The locale key of a comparison's name.
fn cmp_key(name: &str) -> &'static str {
    match name {
        "at_most" => "import.cmp.at_most",
        "about" => "import.cmp.about",
        "between" => "import.cmp.between",
        "full_coverage" => "import.cmp.full_coverage",
        "increase_by" => "import.cmp.increase_by",
        _ => "import.cmp.at_least",
    }
}

/// The value of the indicator select for a subject.
fn subject_value(s: &Subject) -> String {
    match s {
        Subject::Indicator(id) => format!("i:{id}"),
        Subject::Quantity(id) => format!("q:{id}"),
        Subject::Tracked { .. } => "tracked".into(),
    }
}

/// The `data-indicator` hook: the catalog id, or `tracked`.
fn subject_id(s: &Subject) -> String {
    match s {
        Subject::Indicator(id) | Subject::Quantity(id) => id.clone(),
        Subject::Tracked { .. } => "tracked".into(),
    }
}

fn subject_of(value: &str, previous: &Subject) -> Subject {
    match value.split_once(':') {
        Some(("i", id)) => Subject::Indicator(id.to_string()),
        Some(("q", id)) => Subject::Quantity(id.to_string()),
        _ => match previous {
            Subject::Tracked { .. } => previous.clone(),
            _ => Subject::Tracked {
                label: String::new(),
                unit: String::new(),
            },
        },
    }
}

fn role_code(r: Role) -> &'static str {
    match r {
        Role::Target => "target",
        Role::Figure => "figure",
    }
}

/// A field's id in row `key`: "import-3-year".
fn field_id(key: usize, what: &str) -> String {
    format!("import-{key}-{what}")
}

/// Every field is labelled with its row: "第 3 行 · 年份".
fn label_for(n: usize, field: &'static str) -> String {
    let app = use_app();
    app.tf(
        "import.field_of_row",
        &[("n", &n.to_string()), ("field", app.t(field))],
    )
}

/// A mark that a field was assumed, not read ("2025*", "†"), with its words for screen readers.
#[component]
fn Assumed(mark: &'static str, key: &'static str) -> impl IntoView {
    let app = use_app();
    view! {
        <span class="import-assumed" title=app.t(key)>
            <span aria-hidden="true">{mark}</span>
            <span class="visually-hidden">{app.t(key)}</span>
        </span>
    }
}

#[component]
pub fn ReviewRow(e: EditRow, source: Arc<str>, mode: Mode) -> impl IntoView {
    let app = use_app();
    let n = e.key + 1;
    let original = e.original.get_value();
    let plan_mode = mode == Mode::Plan;
    let context = in_context(&source, &original.span, AROUND).or_else(|| {
        find_loose(&source, &original.quote).and_then(|span| in_context(&source, &span, AROUND))
    });
    view! {
        <tbody
            class="import-entry"
            class:removed=move || e.removed.get()
        >
            <tr
                data-import-row=e.key.to_string()
                data-role=move || role_code(e.role.get())
                data-indicator=move || e.subject.with(subject_id)
                data-year=move || e.year.get().to_string()
                data-cmp=move || e.cmp.get().name()
                data-value=move || e.cmp.get().value().map(plain).unwrap_or_default()
                data-high=move || match e.cmp.get() { Cmp::Between(_, hi) => plain(hi), _ => String::new() }
                data-removed=move || if e.removed.get() { "true" } else { "false" }
            >
                <th scope="row" class="num" data-label=app.t("import.col.n")>{n}</th>
                {plan_mode.then(|| view! { <RoleCell e/> })}
                <IndicatorCell e/>
                <YearCell e/>
                {plan_mode.then(|| view! { <CmpCell e/> })}
                <ValueCell e/>
                <KeepCell e/>
            </tr>
            <tr class="import-quote-row" data-import-quote=e.key.to_string()>
                <td colspan=if plan_mode { "7" } else { "5" }>
                    <span class="import-quote-label">{app.t("import.quote")}</span>
                    <q class="import-context">
                        {match context {
                            Some((before, quote, after)) => view! {
                                <span class="ctx">{before}</span><mark>{quote}</mark><span class="ctx">{after}</span>
                            }
                            .into_any(),
                            None => view! { <mark>{fold_whitespace(&original.quote)}</mark> }.into_any(),
                        }}
                    </q>
                </td>
            </tr>
            {(!plan_mode).then(|| view! { <AskRow e/> })}
        </tbody>
    }
}

/// A goal the plan sets, or a figure it reports.
#[component]
fn RoleCell(e: EditRow) -> impl IntoView {
    let app = use_app();
    let id = field_id(e.key, "role");
    let role = e.original.with_value(|o| o.role);
    view! {
        <td data-label=app.t("import.col.role")>
            <label class="visually-hidden" for=id.clone()>{label_for(e.key + 1, "import.col.role")}</label>
            <select
                id=id
                data-import-field="role"
                on:change:target=move |ev| e.role.set(if ev.target().value() == "figure" { Role::Figure } else { Role::Target })
            >
                <option value="target" selected=role == Role::Target>{app.t("import.role.target")}</option>
                <option value="figure" selected=role == Role::Figure>{app.t("import.role.figure")}</option>
            </select>
        </td>
    }
}

/// What the row counts: a catalog indicator or count, or tracked with the plan's own label and
/// unit.
#[component]
fn IndicatorCell(e: EditRow) -> impl IntoView {
    let app = use_app();
    let key = e.key;
    let tracked = move || matches!(e.subject.get(), Subject::Tracked { .. });
    // The indicator list has some sixty entries: a row shows only its own until the select is
    // focused or pressed, so a review of a hundred rows is not six thousand options at once.
    let expanded = RwSignal::new(false);
    view! {
        <td class="import-indicator" data-label=app.t("import.col.indicator")>
            <label class="visually-hidden" for=field_id(key, "indicator")>{label_for(key + 1, "import.col.indicator")}</label>
            <select
                id=field_id(key, "indicator")
                data-import-field="indicator"
                on:focus=move |_| expanded.set(true)
                on:pointerdown=move |_| expanded.set(true)
                on:change:target=move |ev| {
                    let v = ev.target().value();
                    e.subject.update(|s| *s = subject_of(&v, s));
                }
            >
                {move || indicator_options(e, expanded.get())}
            </select>
            {move || tracked().then(|| {
                let (label, unit) = match e.subject.get_untracked() {
                    Subject::Tracked { label, unit } => (label, unit),
                    _ => Default::default(),
                };
                view! {
                    <span class="import-tracked">
                        <label for=field_id(key, "label")>{app.t("import.tracked_label")}</label>
                        <input
                            id=field_id(key, "label")
                            type="text"
                            data-import-field="label"
                            prop:value=label
                            on:change:target=move |ev| {
                                let v = ev.target().value();
                                e.subject.update(|s| if let Subject::Tracked { label, .. } = s { *label = v.trim().to_string(); });
                            }
                        />
                        <label for=field_id(key, "unit")>{app.t("import.tracked_unit")}</label>
                        <input
                            id=field_id(key, "unit")
                            type="text"
                            class="import-unit"
                            data-import-field="unit"
                            prop:value=unit
                            on:change:target=move |ev| {
                                let v = ev.target().value();
                                e.subject.update(|s| if let Subject::Tracked { unit, .. } = s { *unit = v.trim().to_string(); });
                            }
                        />
                    </span>
                }
            })}
        </td>
    }
}

/// The indicator select's options: the row's own only, or (`all`) every indicator and count.
fn indicator_options(e: EditRow, all: bool) -> AnyView {
    let app = use_app();
    let lang = app.lang();
    let current = e.subject.with_untracked(subject_value);
    let option = |v: String, label: String| {
        let sel = v == current;
        view! { <option value=v selected=sel>{label}</option> }
    };
    let tracked_sel = current == "tracked";
    let tracked_option = view! {
        <option value="tracked" selected=tracked_sel>{app.t("import.tracked_option")}</option>
    };
    if !all {
        let label = app
            .catalog
            .indicators
            .iter()
            .find(|i| format!("i:{}", i.id) == current)
            .map(|i| i.label.get(lang).to_string())
            .or_else(|| {
                app.catalog
                    .quantities
                    .iter()
                    .find(|q| format!("q:{}", q.id) == current)
                    .map(|q| q.label.get(lang).to_string())
            });
        return match label {
            Some(l) => option(current.clone(), l).into_any(),
            None => tracked_option.into_any(),
        };
    }
    let ind: Vec<_> = app
        .catalog
        .indicators
        .iter()
        .map(|i| option(format!("i:{}", i.id), i.label.get(lang).to_string()))
        .collect();
    let qs: Vec<_> = app
        .catalog
        .quantities
        .iter()
        .map(|q| option(format!("q:{}", q.id), q.label.get(lang).to_string()))
        .collect();
    view! {
        {tracked_option}
        <optgroup label=app.t("import.indicators")>{ind}</optgroup>
        <optgroup label=app.t("import.quantities")>{qs}</optgroup>
    }
    .into_any()
}

/// The year, 2000–2035; "*" while it is the one the importer assumed.
#[component]
fn YearCell(e: EditRow) -> impl IntoView {
    let app = use_app();
    let key = e.key;
    let error = RwSignal::new(None::<String>);
    let on_change =
        move |input: web_sys::HtmlInputElement| match parse_decimal(&input.value(), 2000.0, 2035.0)
        {
            Ok(Some(y)) if y.fract() == 0.0 => {
                error.set(None);
                e.year.set(y as i32);
                e.year_inferred.set(false);
            }
            Ok(_) | Err(_) => error.set(Some(app.t("import.year_invalid").into())),
        };
    view! {
        <td data-label=app.t("import.col.year")>
            <span class="import-cell">
                <label class="visually-hidden" for=field_id(key, "year")>{label_for(key + 1, "import.col.year")}</label>
                <NumberInput
                    id=field_id(key, "year")
                    error_id=field_id(key, "year-error")
                    error
                    value=Signal::derive(move || e.year.get().to_string())
                    class="import-year"
                    whole=true
                    on_change={on_change}
                    {..}
                    data-import-field="year"
                />
                {move || e.year_inferred.get().then(|| view! { <Assumed mark="*" key="import.year_assumed"/> })}
            </span>
            <FieldError id=field_id(key, "year-error") error/>
        </td>
    }
}

/// How a goal compares (at least, about, between…); "†" while assumed. Figures have none.
#[component]
fn CmpCell(e: EditRow) -> impl IntoView {
    let app = use_app();
    let key = e.key;
    let is_target = move || e.role.get() == Role::Target;
    let cmp_options = Cmp::NAMES
        .iter()
        .map(|name| {
            let sel = *name == e.cmp.get_untracked().name();
            view! { <option value=*name selected=sel>{app.t(cmp_key(name))}</option> }
        })
        .collect_view();
    view! {
        <td data-label=app.t("import.col.cmp")>
            <span class="import-cell" class:hidden-cell=move || !is_target()>
                <label class="visually-hidden" for=field_id(key, "cmp")>{label_for(key + 1, "import.col.cmp")}</label>
                <select
                    id=field_id(key, "cmp")
                    data-import-field="cmp"
                    on:change:target=move |ev| {
                        let v = ev.target().value();
                        e.cmp.update(|c| *c = c.of_kind(&v));
                        e.cmp_inferred.set(false);
                    }
                >
                    {cmp_options}
                </select>
                {move || e.cmp_inferred.get().then(|| view! { <Assumed mark="†" key="import.cmp_assumed"/> })}
            </span>
            {move || (!is_target()).then(|| view! { <span class="import-na">{app.t("import.figure_cmp")}</span> })}
        </td>
    }
}

/// The figure, or a range's two (the low end never above the high).
#[component]
fn ValueCell(e: EditRow) -> impl IntoView {
    let app = use_app();
    let key = e.key;
    let error = RwSignal::new(None::<String>);
    let set_value = move |text: String, high: bool| match parse_decimal(&text, -1e12, 1e12) {
        Ok(Some(v)) => {
            let next = match (e.cmp.get_untracked(), high) {
                (Cmp::Between(lo, _), true) => (v >= lo).then_some(Cmp::Between(lo, v)),
                (Cmp::Between(_, hi), false) => (v <= hi).then_some(Cmp::Between(v, hi)),
                (c, _) => Some(c.with_value(v)),
            };
            match next {
                Some(c) => {
                    error.set(None);
                    e.cmp.set(c);
                }
                None => error.set(Some(app.t("import.range_order").into())),
            }
        }
        Ok(None) => error.set(Some(app.t("import.value_required").into())),
        Err(err) => error.set(Some(app.words().input_error(err))),
    };
    // A new kind of comparison makes the old message moot.
    let kind = Memo::new(move |_| e.cmp.with(|c| c.name()));
    Effect::new(move |_| {
        kind.track();
        error.set(None);
    });
    // The value boxes are rebuilt only when the kind of comparison changes, not at each value.
    let boxes = move || match kind.get() {
        "full_coverage" => view! { <span class="import-na">"—"</span> }.into_any(),
        k => {
            let between = k == "between";
            view! {
                <span class="import-cell">
                    <label class="visually-hidden" for=field_id(key, "value")>
                        {label_for(key + 1, if between { "import.value_low" } else { "import.col.value" })}
                    </label>
                    <NumberInput
                        id=field_id(key, "value")
                        error_id=field_id(key, "value-error")
                        error
                        value=Signal::derive(move || e.cmp.get().value().map(plain).unwrap_or_default())
                        class="import-value"
                        on_change=move |input: web_sys::HtmlInputElement| set_value(input.value(), false)
                        {..}
                        data-import-field="value"
                    />
                    {between.then(|| view! {
                        <span aria-hidden="true">"–"</span>
                        <label class="visually-hidden" for=field_id(key, "high")>{label_for(key + 1, "import.value_high")}</label>
                        <NumberInput
                            id=field_id(key, "high")
                            error_id=field_id(key, "value-error")
                            error
                            value=Signal::derive(move || match e.cmp.get() { Cmp::Between(_, hi) => plain(hi), _ => String::new() })
                            class="import-value"
                            on_change=move |input: web_sys::HtmlInputElement| set_value(input.value(), true)
                            {..}
                            data-import-field="high"
                        />
                    })}
                </span>
            }
            .into_any()
        }
    };
    // "每万人口…18.16人" shown per 1,000 (or "每千人口…全科医生0.2人" per 10,000): the note
    // says so.
    let rebased = e.original.get_value().rebased_from.map(|per| {
        let (mark, key) = if per >= 100_000.0 {
            ("÷", "import.rebased_100000")
        } else if per >= 10_000.0 {
            ("÷", "import.rebased_10000")
        } else {
            ("×", "import.rebased_1000")
        };
        view! { <Assumed mark key/> }
    });
    view! {
        <td class="import-values" data-label=app.t("import.col.value")>
            {boxes}
            {rebased}
            <FieldError id=field_id(key, "value-error") error/>
        </td>
    }
}

/// Remove the row from the plan, or bring it back.
#[component]
fn KeepCell(e: EditRow) -> impl IntoView {
    let app = use_app();
    let n = e.key + 1;
    view! {
        <td data-label=app.t("import.col.keep")>
            <button
                type="button"
                class="link-button"
                data-action="import-remove"
                aria-pressed=move || if e.removed.get() { "true" } else { "false" }
                aria-label=move || {
                    let key = if e.removed.get() { "import.restore_n" } else { "import.remove_n" };
                    app.tf(key, &[("n", &n.to_string())])
                }
                on:click=move |_| e.removed.update(|r| *r = !*r)
            >
                {move || if e.removed.get() { app.t("import.restore") } else { app.t("import.remove") }}
            </button>
        </td>
    }
}

/// What is asked about a figure before it is added to the open plan (a year not over, another
/// basis) with "add it anyway", or why it cannot be added; recomputed as the row is corrected.
#[component]
fn AskRow(e: EditRow) -> impl IntoView {
    let app = use_app();
    let id = format!("bulletin-{}-ok", e.key);
    let asked = Memo::new(move |_| {
        e.role.track();
        e.subject.track();
        e.year.track();
        e.cmp.track();
        concerns(app, &e.current())
    });
    view! {
        {move || {
            let cs = asked.get();
            let id = id.clone();
            (!cs.is_empty()).then(|| {
                let askable = cs.iter().all(|c| c.askable());
                let words = cs.iter().map(|c| app.t(c.key())).collect::<Vec<_>>().join(" ");
                view! {
                    <tr class="import-ask-row" data-ask=e.key.to_string()>
                        <td colspan="5">
                            <span class="bulletin-ask" role="note">{words}</span>
                            {askable.then(|| view! {
                                " "
                                <input
                                    id=id.clone()
                                    type="checkbox"
                                    data-confirm=e.key.to_string()
                                    prop:checked=move || e.confirmed.get()
                                    on:change:target=move |ev| e.confirmed.set(ev.target().checked())
                                />
                                <label for=id.clone()>{app.t("bulletin.add_anyway")}</label>
                            })}
                        </td>
                    </tr>
                }
            })
        }}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_comparison_has_its_own_key() {
        let keys: std::collections::BTreeSet<_> = Cmp::NAMES.iter().map(|n| cmp_key(n)).collect();
        assert_eq!(keys.len(), Cmp::NAMES.len());
    }
}
