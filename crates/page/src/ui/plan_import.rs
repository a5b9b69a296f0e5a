//! Importing a plan's own text (issue 14 §3): paste it or choose a .txt file, read it, review the
//! proposed targets and figures (each quote shown in its surrounding words), correct them, then
//! open the plan (it simulates like a built-in one) or download its plan file. The plan that is
//! open stays open until "open": a failed read or a refused file changes nothing.

use std::ops::Range;
use std::sync::Arc;
use std::time::Duration;

use leptos::html;
use leptos::prelude::*;

use hps_model::named::Named;
use leptos::task::spawn_local;

use super::plan_loader::describe;
use super::state::{AppState, use_app};
use crate::browser::download;
use crate::browser::page::read_chosen_bytes;
use hps_importer::{
    self as import, Cmp, ImportError, Proposal, Role, Row, Subject, level_for, match_label,
};
use hps_model::input::{parse_decimal, parse_population};
use hps_model::plan::user_plan::{Refusal, check};
use hps_model::plan::{Level, Plan};
use hps_model::text::{Text, fold_whitespace};
use hps_words::format::plain;

/// Characters of surrounding text shown on each side of a quote.
const AROUND: usize = 40;

// ---------------------------------------------------------------------------------------------
// Pure helpers (tested below).

/// Where `quote` is in `text`, whitespace ignored on both sides (a passage pasted from a PDF
/// breaks lines inside words; a quote copied from the page has none): the byte range of the
/// matching piece of `text`, first occurrence.
pub fn find_loose(text: &str, quote: &str) -> Option<Range<usize>> {
    let q: Vec<char> = quote.chars().filter(|c| !c.is_whitespace()).collect();
    let first = *q.first()?;
    'candidates: for (start, _) in text.match_indices(first) {
        let mut rest = text[start..].char_indices();
        let mut end = start;
        for &qc in &q {
            let c = loop {
                match rest.next() {
                    Some((_, c)) if c.is_whitespace() => continue,
                    Some((i, c)) => {
                        end = start + i + c.len_utf8();
                        break c;
                    }
                    None => continue 'candidates,
                }
            };
            if c != qc {
                continue 'candidates;
            }
        }
        return Some(start..end);
    }
    None
}

/// A quote in its surrounding words: up to `around` characters before and after, whitespace
/// folded, "…" where the text goes on. `None` when `span` is not a piece of `text`.
pub fn in_context(
    text: &str,
    span: &Range<usize>,
    around: usize,
) -> Option<(String, String, String)> {
    let quote = text.get(span.clone())?;
    let head = &text[..span.start];
    let tail = &text[span.end..];
    let cut = head
        .char_indices()
        .rev()
        .nth(around.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    let mut before = fold_whitespace(&head[cut..]);
    if cut > 0 {
        before.insert(0, '…');
    }
    if head[cut..].ends_with(char::is_whitespace) && !before.is_empty() {
        before.push(' ');
    }
    let end = tail
        .char_indices()
        .nth(around)
        .map_or(tail.len(), |(i, _)| i);
    let mut after = fold_whitespace(&tail[..end]);
    if tail[..end].starts_with(char::is_whitespace) && !after.is_empty() {
        after.insert(0, ' ');
    }
    if end < tail.len() {
        after.push('…');
    }
    Some((before, fold_whitespace(quote), after))
}

/// The first figure written in `s` (ASCII or full-width digits, a decimal point) that is not a
/// year ("到2025年" is skipped), for a row the user adds.
pub fn first_number(s: &str) -> Option<f64> {
    let norm: Vec<char> = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            c => c,
        })
        .collect();
    let mut i = 0;
    while i < norm.len() {
        if !norm[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < norm.len() && (norm[i].is_ascii_digit() || norm[i] == '.') {
            i += 1;
        }
        let digits: String = norm[start..i].iter().collect();
        if norm.get(i) == Some(&'年') {
            continue;
        }
        if let Ok(v) = digits.trim_end_matches('.').parse() {
            return Some(v);
        }
    }
    None
}

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

// ---------------------------------------------------------------------------------------------
// The review's state.

/// One row under review; every field the user may correct is a signal of its own.
#[derive(Clone, Copy)]
struct EditRow {
    key: usize,
    role: RwSignal<Role>,
    subject: RwSignal<Subject>,
    year: RwSignal<i32>,
    year_inferred: RwSignal<bool>,
    cmp: RwSignal<Cmp>,
    cmp_inferred: RwSignal<bool>,
    removed: RwSignal<bool>,
    /// The row as proposed (quote, span, nature, basis are kept as they are).
    original: StoredValue<Row>,
}

impl EditRow {
    fn new(key: usize, r: Row) -> Self {
        EditRow {
            key,
            role: RwSignal::new(r.role),
            subject: RwSignal::new(r.subject.clone()),
            year: RwSignal::new(r.year),
            year_inferred: RwSignal::new(r.year_inferred),
            cmp: RwSignal::new(r.cmp),
            cmp_inferred: RwSignal::new(r.cmp_inferred),
            removed: RwSignal::new(false),
            original: StoredValue::new(r),
        }
    }

    /// The row as it now stands.
    fn current(&self) -> Row {
        let mut r = self.original.get_value();
        r.role = self.role.get_untracked();
        r.subject = self.subject.get_untracked();
        r.year = self.year.get_untracked();
        r.year_inferred = self.year_inferred.get_untracked();
        r.cmp = self.cmp.get_untracked();
        r.cmp_inferred = self.cmp_inferred.get_untracked();
        r
    }
}

/// What was read and the user's corrections.
#[derive(Clone)]
struct Review {
    source: Arc<str>,
    proposal: Arc<Proposal>,
    rows: RwSignal<Vec<EditRow>>,
    region: RwSignal<String>,
    /// Guessed from the region's name until the user picks one.
    level: RwSignal<Level>,
    level_chosen: RwSignal<bool>,
    population: RwSignal<String>,
}

impl Review {
    fn new(source: Arc<str>, proposal: Proposal) -> Self {
        let rows = proposal
            .rows
            .iter()
            .cloned()
            .enumerate()
            .map(|(i, r)| EditRow::new(i, r))
            .collect();
        let region = proposal
            .region
            .as_ref()
            .map(|f| f.value.clone())
            .unwrap_or_default();
        let population = proposal
            .population
            .as_ref()
            .map(|(f, _)| plain(f.value))
            .unwrap_or_default();
        Review {
            source,
            proposal: Arc::new(proposal),
            rows: RwSignal::new(rows),
            level: RwSignal::new(level_for(&region)),
            level_chosen: RwSignal::new(false),
            region: RwSignal::new(region),
            population: RwSignal::new(population),
        }
    }
}

/// A message about the whole panel.
#[derive(Clone, Debug, PartialEq)]
enum Message {
    /// Nothing could be read.
    Failed(ImportError),
    /// The plan file could not be written or was refused: each problem with its place.
    Problems(Vec<(String, String)>),
    Opened(String),
    Downloaded(String),
}

// ---------------------------------------------------------------------------------------------
// Reading, writing, opening.

fn read_text(
    app: AppState,
    text: String,
    review: RwSignal<Option<Review>>,
    message: RwSignal<Option<Message>>,
) {
    crate::browser::page::mark("hps:import-read");
    let proposed = import::import(&text, app.catalog);
    crate::browser::page::mark("hps:import-proposed");
    match proposed {
        Ok(p) => {
            message.set(None);
            review.set(Some(Review::new(Arc::from(text), p)));
        }
        Err(e) => {
            review.set(None);
            message.set(Some(Message::Failed(e)));
        }
    }
}

/// The plan file for the review as it stands, checked as the plan loader checks a file.
fn write(app: AppState, r: &Review) -> Result<(Plan, String), Vec<(String, String)>> {
    let mut problems = Vec::new();
    let region = r.region.get_untracked().trim().to_string();
    if region.is_empty() {
        problems.push((
            app.t("import.region").into(),
            app.t("import.region_required").into(),
        ));
    }
    let population = match parse_population(&r.population.get_untracked(), 2e9) {
        Ok(p) => p,
        Err(e) => {
            problems.push((
                app.t("import.population").into(),
                app.words().input_error(e),
            ));
            None
        }
    };
    let mut rows = Vec::new();
    for e in r.rows.get_untracked() {
        if e.removed.get_untracked() {
            continue;
        }
        let row = e.current();
        if let Subject::Tracked { label, .. } = &row.subject
            && label.trim().is_empty()
        {
            problems.push((
                app.tf("import.row_n", &[("n", &(e.key + 1).to_string())]),
                app.t("import.label_required").into(),
            ));
        }
        rows.push(row);
    }
    if rows.is_empty() {
        problems.push((
            app.t("loader.whole_file").into(),
            app.t("import.no_rows").into(),
        ));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut proposal = Proposal {
        rows,
        level: Some(r.level.get_untracked()),
        ..(*r.proposal).clone()
    };
    // The text's own population is written with its quote; a typed one as the user's; an
    // emptied box leaves the population out.
    let found = proposal.population.as_ref().map(|(f, _)| f.value);
    let population = match population {
        None => {
            proposal.population = None;
            None
        }
        Some(v) if found == Some(v) => None,
        typed => typed,
    };
    let json = proposal.to_plan_json(&region, population);
    let builtin = app.library.with_untracked(|l| l.builtin_ids());
    match check(&json, app.catalog, &builtin) {
        Ok(plan) => Ok((plan, json)),
        Err(Refusal::Invalid(ps)) => Err(describe(app, &ps)),
        Err(Refusal::BuiltinId(id)) => Err(vec![(
            "id".into(),
            app.tf("loader.builtin_id", &[("id", &id)]),
        )]),
    }
}

fn open(app: AppState, r: &Review, message: RwSignal<Option<Message>>) {
    match write(app, r) {
        Ok((plan, json)) => {
            let name = app.text(&Text::pair(&plan.region, &plan.title));
            if !app.add_user_plan(plan, json) {
                app.notify(app.t("loader.not_stored").to_string());
            }
            message.set(Some(Message::Opened(name)));
            crate::browser::page::scroll_to_top();
        }
        Err(ps) => message.set(Some(Message::Problems(ps))),
    }
}

fn save(app: AppState, r: &Review, message: RwSignal<Option<Message>>) {
    match write(app, r) {
        Ok((plan, json)) => {
            let name = format!("{}.plan.json", plan.id);
            if download::bytes(&name, "application/json;charset=utf-8", json.as_bytes()) {
                message.set(Some(Message::Downloaded(name)));
            } else {
                message.set(Some(Message::Problems(vec![(
                    app.t("loader.whole_file").into(),
                    app.t("import.download_failed").into(),
                )])));
            }
        }
        Err(ps) => message.set(Some(Message::Problems(ps))),
    }
}

// ---------------------------------------------------------------------------------------------
// The panel.

/// Rows of the review drawn in the first frame.
const FIRST_ROWS: usize = 24;

#[component]
pub fn PlanImport() -> impl IntoView {
    let app = use_app();
    let textarea = NodeRef::<html::Textarea>::new();
    let review = RwSignal::new(None::<Review>);
    let message = RwSignal::new(None::<Message>);
    let busy = RwSignal::new(false);

    // Reading runs after the button has been repainted as "reading…": a timeout from inside a
    // frame callback runs after that frame is painted.
    let start_reading = move |text: String| {
        busy.set(true);
        message.set(None);
        request_animation_frame(move || {
            set_timeout(
                move || {
                    read_text(app, text, review, message);
                    busy.set(false);
                },
                Duration::ZERO,
            )
        });
    };
    let on_read = move |_| {
        if busy.get_untracked() {
            return;
        }
        let text = textarea
            .get_untracked()
            .map(|t| t.value())
            .unwrap_or_default();
        start_reading(text);
    };
    let on_file = move |input: web_sys::HtmlInputElement| {
        spawn_local(async move {
            let Some(bytes) = read_chosen_bytes(&input).await else {
                return;
            };
            let Some(bytes) = bytes else {
                review.set(None);
                message.set(Some(Message::Failed(ImportError::NotText)));
                return;
            };
            match import::text_of(&bytes) {
                Ok(text) => {
                    let text = text.to_string();
                    if let Some(t) = textarea.get_untracked() {
                        t.set_value(&text);
                    }
                    start_reading(text);
                }
                Err(e) => {
                    review.set(None);
                    message.set(Some(Message::Failed(e)));
                }
            }
        });
    };

    view! {
        <details class="panel plan-import" data-import-panel="">
            <summary><h2>{app.t("import.title")}</h2></summary>
            <p class="hint">{app.t("import.hint")}</p>
            <div class="loader-row">
                <label for="import-file" class="button-like">{app.t("import.file")}</label>
                <input
                    id="import-file"
                    type="file"
                    accept=".txt,text/plain"
                    data-import-file=""
                    on:change:target=move |ev| on_file(ev.target())
                />
            </div>
            <label for="import-text">{app.t("import.paste")}</label>
            <textarea
                id="import-text"
                rows="8"
                spellcheck="false"
                data-import-text=""
                node_ref=textarea
            ></textarea>
            <button
                type="button"
                class="primary"
                data-action="import-read"
                aria-busy=move || if busy.get() { "true" } else { "false" }
                on:click=on_read
            >
                {move || if busy.get() { app.t("import.reading") } else { app.t("import.read") }}
            </button>
            <span class="visually-hidden" role="status">
                {move || busy.get().then(|| app.t("import.reading"))}
            </span>
            <PanelMessage message/>
            {move || review.get().map(|r| view! { <ReviewView r message textarea/> })}
        </details>
    }
}

#[component]
fn PanelMessage(message: RwSignal<Option<Message>>) -> impl IntoView {
    let app = use_app();
    move || {
        match message.get() {
        None => ().into_any(),
        Some(Message::Failed(e)) => view! {
            <div class="loader-problems import-error" role="alert" data-import-error=e.key()>
                <p>{app.t(e.key())}</p>
                {(e == ImportError::NoFigure).then(|| view! {
                    <p>{app.t("import.looks_for")}</p>
                    <ul>
                        <li>{app.t("import.looks_for.density")}</li>
                        <li>{app.t("import.looks_for.ratio")}</li>
                        <li>{app.t("import.looks_for.table")}</li>
                        <li>{app.t("import.looks_for.review")}</li>
                    </ul>
                })}
                <p>{app.t("import.plan_stays")}</p>
            </div>
        }
        .into_any(),
        Some(Message::Problems(ps)) => view! {
            <div class="loader-problems" role="alert" data-import-error="problems">
                <p>{app.tf("import.problems", &[("count", &ps.len().to_string())])}</p>
                <ul>
                    {ps.into_iter().map(|(path, msg)| view! { <li><code>{path}</code>" — "{msg}</li> }).collect_view()}
                </ul>
            </div>
        }
        .into_any(),
        Some(Message::Opened(name)) => view! {
            <p class="import-ok" role="status" data-import-opened="">{app.tf("import.opened", &[("plan", &name)])}</p>
        }
        .into_any(),
        Some(Message::Downloaded(name)) => view! {
            <p class="import-ok" role="status" data-import-downloaded="">{app.tf("import.downloaded", &[("file", &name)])}</p>
        }
        .into_any(),
    }
    }
}

#[component]
fn ReviewView(
    r: Review,
    message: RwSignal<Option<Message>>,
    textarea: NodeRef<html::Textarea>,
) -> impl IntoView {
    let app = use_app();
    let p = r.proposal.clone();
    let title = p.title.as_ref().map(|f| f.value.clone());
    let doc_year = p.document_year.as_ref().map(|f| {
        if p.document_year_inferred {
            format!("{}*", f.value)
        } else {
            f.value.to_string()
        }
    });
    let pop_quote = p.population.as_ref().map(|(f, year)| {
        app.tf(
            "import.population_quote",
            &[
                ("year", &year.to_string()),
                ("quote", &fold_whitespace(&f.quote)),
            ],
        )
    });
    let region_quote = p.region.as_ref().map(|f| fold_whitespace(&f.quote));
    let (region, population) = (r.region, r.population);
    let (level, level_chosen) = (r.level, r.level_chosen);
    let pop_error = RwSignal::new(None::<String>);
    let count = move || {
        r.rows
            .with(|rs| rs.iter().filter(|e| !e.removed.get()).count())
    };
    let source = r.source.clone();
    let (r_open, r_save) = (r.clone(), r.clone());
    // The first rows come at once, the rest after that frame is painted, so a long review
    // shows its start without waiting for its end.
    let shown = RwSignal::new(FIRST_ROWS);
    request_animation_frame(move || {
        set_timeout(move || shown.set(usize::MAX), Duration::ZERO);
    });
    let complete = move || shown.get() == usize::MAX;
    view! {
        <section
            class="import-review"
            aria-labelledby="import-review-title"
            data-import-review=""
            data-import-complete=move || complete().then_some("")
        >
            <h3 id="import-review-title">{app.t("import.review")}</h3>
            <div class="import-head">
                <div class="import-field">
                    <label for="import-region">{app.t("import.region")}</label>
                    <input
                        id="import-region"
                        type="text"
                        required=true
                        aria-required="true"
                        data-import-region=""
                        prop:value=move || region.get()
                        on:input:target=move |ev| {
                            let v = ev.target().value();
                            if !level_chosen.get_untracked() {
                                level.set(level_for(&v));
                            }
                            region.set(v);
                        }
                    />
                    {region_quote.map(|q| view! { <span class="import-found">{app.tf("import.found_quote", &[("quote", &q)])}</span> })}
                </div>
                <div class="import-field">
                    <label for="import-level">{app.t("import.level")}</label>
                    <select
                        id="import-level"
                        data-import-level=""
                        on:change:target=move |ev| {
                            let v = ev.target().value();
                            if let Some(l) = Level::from_name(&v) {
                                level.set(l);
                                level_chosen.set(true);
                            }
                        }
                    >
                        {Level::NAMES
                            .iter()
                            .map(|&(l, _)| {
                                view! {
                                    <option value=l.name() selected=move || level.get() == l>
                                        {app.t(l.key())}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    <span class="import-found">{app.t("import.level_hint")}</span>
                </div>
                <div class="import-field">
                    <label for="import-population">{app.t("import.population")}</label>
                    <input
                        id="import-population"
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        data-import-population=""
                        aria-describedby="import-population-note import-population-error"
                        class:invalid=move || pop_error.get().is_some()
                        prop:value=move || population.get()
                        on:input:target=move |ev| population.set(ev.target().value())
                        on:change:target=move |ev| match parse_population(&ev.target().value(), 2e9) {
                            Ok(_) => pop_error.set(None),
                            Err(e) => pop_error.set(Some(app.words().input_error(e))),
                        }
                    />
                    <span class="import-found" id="import-population-note">
                        {match pop_quote {
                            Some(q) => q,
                            None => app.t("import.population_none").to_string(),
                        }}
                    </span>
                    <span class="lever-error" id="import-population-error" aria-live="polite">{move || pop_error.get()}</span>
                </div>
                <dl class="import-facts">
                    <dt>{app.t("import.doc_title")}</dt>
                    <dd data-import-title="">{title.unwrap_or_else(|| app.t("import.not_found").to_string())}</dd>
                    <dt>{app.t("import.doc_year")}</dt>
                    <dd data-import-doc-year="">{doc_year.unwrap_or_else(|| app.t("import.not_found").to_string())}</dd>
                </dl>
            </div>
            <div class="import-table-wrap">
                <table class="import-table">
                    <caption>
                        {move || app.tf("import.caption", &[("count", &count().to_string())])}
                        <span class="import-legend">{app.t("import.legend")}</span>
                    </caption>
                    <thead>
                        <tr>
                            <th scope="col">{app.t("import.col.n")}</th>
                            <th scope="col">{app.t("import.col.role")}</th>
                            <th scope="col">{app.t("import.col.indicator")}</th>
                            <th scope="col">{app.t("import.col.year")}</th>
                            <th scope="col">{app.t("import.col.cmp")}</th>
                            <th scope="col">{app.t("import.col.value")}</th>
                            <th scope="col">{app.t("import.col.keep")}</th>
                        </tr>
                    </thead>
                    <For
                        each=move || {
                            let n = shown.get();
                            r.rows.with(|rs| rs.iter().take(n).cloned().collect::<Vec<_>>())
                        }
                        key=|e| e.key
                        children=move |e| {
                            let source = source.clone();
                            view! { <ReviewRow e source/> }
                        }
                    />
                </table>
            </div>
            <AddRow r=r.clone() textarea/>
            <Extras p=p.clone()/>
            <div class="import-actions">
                <button
                    type="button"
                    class="primary"
                    data-action="import-open"
                    on:click=move |_| open(app, &r_open, message)
                >
                    {app.t("import.open")}
                </button>
                <button
                    type="button"
                    data-action="import-download"
                    on:click=move |_| save(app, &r_save, message)
                >
                    {app.t("import.download")}
                </button>
            </div>
        </section>
    }
}

#[component]
fn ReviewRow(e: EditRow, source: Arc<str>) -> impl IntoView {
    let app = use_app();
    let lang = app.lang();
    let n = e.key + 1;
    let key = e.key;
    let id = move |what: &str| format!("import-{key}-{what}");
    let original = e.original.get_value();
    let context = in_context(&source, &original.span, AROUND).or_else(|| {
        find_loose(&source, &original.quote).and_then(|span| in_context(&source, &span, AROUND))
    });
    let year_error = RwSignal::new(None::<String>);
    let value_error = RwSignal::new(None::<String>);
    // Every field is labelled with its row: "第 3 行 · 年份".
    let label_for = move |field: &'static str| {
        app.tf(
            "import.field_of_row",
            &[("n", &n.to_string()), ("field", app.t(field))],
        )
    };

    // The indicator list has some sixty entries: a row shows only its own until the select is
    // focused or pressed, so a review of a hundred rows is not six thousand options at once.
    let expanded = RwSignal::new(false);
    let indicator_options = move || {
        let current = e.subject.with_untracked(subject_value);
        let option = |v: String, label: String| {
            let sel = v == current;
            view! { <option value=v selected=sel>{label}</option> }
        };
        let tracked_sel = current == "tracked";
        let tracked_option = view! {
            <option value="tracked" selected=tracked_sel>{app.t("import.tracked_option")}</option>
        };
        if !expanded.get() {
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
    };
    let cmp_options = Cmp::NAMES
        .iter()
        .map(|name| {
            let sel = *name == e.cmp.get_untracked().name();
            view! { <option value=*name selected=sel>{app.t(cmp_key(name))}</option> }
        })
        .collect_view();

    let tracked = move || matches!(e.subject.get(), Subject::Tracked { .. });
    let is_target = move || e.role.get() == Role::Target;
    let set_value = move |text: String, high: bool| match parse_decimal(&text, -1e12, 1e12) {
        Ok(Some(v)) => {
            let next = match (e.cmp.get_untracked(), high) {
                (Cmp::Between(lo, _), true) => (v >= lo).then_some(Cmp::Between(lo, v)),
                (Cmp::Between(_, hi), false) => (v <= hi).then_some(Cmp::Between(v, hi)),
                (c, _) => Some(c.with_value(v)),
            };
            match next {
                Some(c) => {
                    value_error.set(None);
                    e.cmp.set(c);
                }
                None => value_error.set(Some(app.t("import.range_order").into())),
            }
        }
        Ok(None) => value_error.set(Some(app.t("import.value_required").into())),
        Err(err) => value_error.set(Some(app.words().input_error(err))),
    };
    // The value boxes are rebuilt only when the kind of comparison changes, not at each value.
    let kind = Memo::new(move |_| e.cmp.with(|c| c.name()));

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
                <td data-label=app.t("import.col.role")>
                    <label class="visually-hidden" for=id("role")>{label_for("import.col.role")}</label>
                    <select
                        id=id("role")
                        data-import-field="role"
                        on:change:target=move |ev| e.role.set(if ev.target().value() == "figure" { Role::Figure } else { Role::Target })
                    >
                        <option value="target" selected=original.role == Role::Target>{app.t("import.role.target")}</option>
                        <option value="figure" selected=original.role == Role::Figure>{app.t("import.role.figure")}</option>
                    </select>
                </td>
                <td class="import-indicator" data-label=app.t("import.col.indicator")>
                    <label class="visually-hidden" for=id("indicator")>{label_for("import.col.indicator")}</label>
                    <select
                        id=id("indicator")
                        data-import-field="indicator"
                        on:focus=move |_| expanded.set(true)
                        on:pointerdown=move |_| expanded.set(true)
                        on:change:target=move |ev| {
                            let v = ev.target().value();
                            e.subject.update(|s| *s = subject_of(&v, s));
                        }
                    >
                        {indicator_options}
                    </select>
                    {move || tracked().then(|| {
                        let (label, unit) = match e.subject.get_untracked() {
                            Subject::Tracked { label, unit } => (label, unit),
                            _ => Default::default(),
                        };
                        view! {
                            <span class="import-tracked">
                                <label for=id("label")>{app.t("import.tracked_label")}</label>
                                <input
                                    id=id("label")
                                    type="text"
                                    data-import-field="label"
                                    prop:value=label
                                    on:change:target=move |ev| {
                                        let v = ev.target().value();
                                        e.subject.update(|s| if let Subject::Tracked { label, .. } = s { *label = v.trim().to_string(); });
                                    }
                                />
                                <label for=id("unit")>{app.t("import.tracked_unit")}</label>
                                <input
                                    id=id("unit")
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
                <td data-label=app.t("import.col.year")>
                    <span class="import-cell">
                        <label class="visually-hidden" for=id("year")>{label_for("import.col.year")}</label>
                        <input
                            id=id("year")
                            type="text"
                            inputmode="numeric"
                            autocomplete="off"
                            class="import-year"
                            data-import-field="year"
                            class:invalid=move || year_error.get().is_some()
                            aria-describedby=id("year-error")
                            prop:value=move || e.year.get().to_string()
                            on:change:target=move |ev| match parse_decimal(&ev.target().value(), 2000.0, 2035.0) {
                                Ok(Some(y)) if y.fract() == 0.0 => {
                                    year_error.set(None);
                                    e.year.set(y as i32);
                                    e.year_inferred.set(false);
                                }
                                Ok(_) | Err(_) => year_error.set(Some(app.t("import.year_invalid").into())),
                            }
                        />
                        {move || e.year_inferred.get().then(|| view! {
                            <span class="import-assumed" title=app.t("import.year_assumed")>
                                <span aria-hidden="true">"*"</span>
                                <span class="visually-hidden">{app.t("import.year_assumed")}</span>
                            </span>
                        })}
                    </span>
                    <span class="lever-error" id=id("year-error") aria-live="polite">{move || year_error.get()}</span>
                </td>
                <td data-label=app.t("import.col.cmp")>
                    <span class="import-cell" class:hidden-cell=move || !is_target()>
                        <label class="visually-hidden" for=id("cmp")>{label_for("import.col.cmp")}</label>
                        <select
                            id=id("cmp")
                            data-import-field="cmp"
                            on:change:target=move |ev| {
                                let v = ev.target().value();
                                e.cmp.update(|c| *c = c.of_kind(&v));
                                e.cmp_inferred.set(false);
                                value_error.set(None);
                            }
                        >
                            {cmp_options}
                        </select>
                        {move || e.cmp_inferred.get().then(|| view! {
                            <span class="import-assumed" title=app.t("import.cmp_assumed")>
                                <span aria-hidden="true">"†"</span>
                                <span class="visually-hidden">{app.t("import.cmp_assumed")}</span>
                            </span>
                        })}
                    </span>
                    {move || (!is_target()).then(|| view! { <span class="import-na">{app.t("import.figure_cmp")}</span> })}
                </td>
                <td class="import-values" data-label=app.t("import.col.value")>
                    {move || match kind.get() {
                        "full_coverage" => view! { <span class="import-na">"—"</span> }.into_any(),
                        k => {
                            let between = k == "between";
                            view! {
                                <span class="import-cell">
                                    <label class="visually-hidden" for=id("value")>
                                        {label_for(if between { "import.value_low" } else { "import.col.value" })}
                                    </label>
                                    <input
                                        id=id("value")
                                        type="text"
                                        inputmode="decimal"
                                        autocomplete="off"
                                        class="import-value"
                                        data-import-field="value"
                                        class:invalid=move || value_error.get().is_some()
                                        aria-describedby=id("value-error")
                                        prop:value=move || e.cmp.get().value().map(plain).unwrap_or_default()
                                        on:change:target=move |ev| set_value(ev.target().value(), false)
                                    />
                                    {between.then(|| view! {
                                        <span aria-hidden="true">"–"</span>
                                        <label class="visually-hidden" for=id("high")>{label_for("import.value_high")}</label>
                                        <input
                                            id=id("high")
                                            type="text"
                                            inputmode="decimal"
                                            autocomplete="off"
                                            class="import-value"
                                            data-import-field="high"
                                            class:invalid=move || value_error.get().is_some()
                                            aria-describedby=id("value-error")
                                            prop:value=move || match e.cmp.get() { Cmp::Between(_, hi) => plain(hi), _ => String::new() }
                                            on:change:target=move |ev| set_value(ev.target().value(), true)
                                        />
                                    })}
                                </span>
                            }
                            .into_any()
                        }
                    }}
                    <span class="lever-error" id=id("value-error") aria-live="polite">{move || value_error.get()}</span>
                </td>
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
            </tr>
            <tr class="import-quote-row" data-import-quote=e.key.to_string()>
                <td colspan="7">
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
        </tbody>
    }
}

/// Adding a row the importer missed: its quote must be a piece of the text that was read.
#[component]
fn AddRow(r: Review, textarea: NodeRef<html::Textarea>) -> impl IntoView {
    let app = use_app();
    let quote = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Target);
    let problem = RwSignal::new(None::<&'static str>);
    let added = RwSignal::new(None::<usize>);
    let source = r.source.clone();
    let rows = r.rows;
    let horizon = r
        .proposal
        .rows
        .iter()
        .filter(|x| x.role == Role::Target)
        .map(|x| x.year)
        .max()
        .unwrap_or(2025);
    let use_selection = move |_| {
        let Some(t) = textarea.get_untracked() else {
            return;
        };
        let (Ok(Some(s)), Ok(Some(e))) = (t.selection_start(), t.selection_end()) else {
            return;
        };
        let value = t.value();
        let units: Vec<u16> = value.encode_utf16().collect();
        let (s, e) = (s as usize, e as usize);
        if s < e && e <= units.len() {
            quote.set(String::from_utf16_lossy(&units[s..e]));
            problem.set(None);
        } else {
            problem.set(Some("import.add.no_selection"));
        }
    };
    let add = move |_| {
        let q = quote.get_untracked();
        if q.trim().is_empty() {
            problem.set(Some("import.add.empty"));
            return;
        }
        let Some(span) = find_loose(&source, &q) else {
            problem.set(Some("import.add.not_in_text"));
            return;
        };
        let piece = fold_whitespace(source.get(span.clone()).unwrap_or(&q));
        let value = first_number(&piece).unwrap_or(0.0);
        let subject = match_label(&piece, app.catalog, None).unwrap_or(Subject::Tracked {
            label: String::new(),
            unit: String::new(),
        });
        let row = Row {
            role: role.get_untracked(),
            subject,
            year: horizon,
            year_inferred: true,
            cmp: Cmp::AtLeast(value),
            cmp_inferred: true,
            nature: None,
            quote: piece,
            span,
            basis: None,
        };
        let key = rows.with_untracked(|rs| rs.iter().map(|e| e.key + 1).max().unwrap_or(0));
        rows.update(|rs| rs.push(EditRow::new(key, row)));
        problem.set(None);
        added.set(Some(key + 1));
        quote.set(String::new());
    };
    view! {
        <fieldset class="import-add">
            <legend>{app.t("import.add.title")}</legend>
            <p class="hint">{app.t("import.add.hint")}</p>
            <label for="import-add-quote">{app.t("import.add.quote")}</label>
            <textarea
                id="import-add-quote"
                rows="2"
                data-import-add-quote=""
                aria-describedby="import-add-problem"
                prop:value=move || quote.get()
                on:input:target=move |ev| quote.set(ev.target().value())
            ></textarea>
            <div class="import-add-row">
                <button type="button" data-action="import-use-selection" on:click=use_selection>
                    {app.t("import.add.use_selection")}
                </button>
                <label for="import-add-role">{app.t("import.col.role")}</label>
                <select
                    id="import-add-role"
                    data-import-add-role=""
                    on:change:target=move |ev| role.set(if ev.target().value() == "figure" { Role::Figure } else { Role::Target })
                >
                    <option value="target">{app.t("import.role.target")}</option>
                    <option value="figure">{app.t("import.role.figure")}</option>
                </select>
                <button type="button" data-action="import-add-row" on:click=add>{app.t("import.add.button")}</button>
            </div>
            <p id="import-add-problem" class="lever-error" role="alert">{move || problem.get().map(|k| app.t(k))}</p>
            <p class="import-ok" role="status">
                {move || added.get().map(|n| app.tf("import.add.added", &[("n", &n.to_string())]))}
            </p>
        </fieldset>
    }
}

/// The goals stated in words and the lines the importer could not turn into rows.
#[component]
fn Extras(p: Arc<Proposal>) -> impl IntoView {
    let app = use_app();
    let goals = p.goals.clone();
    let unresolved = p.unresolved.clone();
    view! {
        {(!goals.is_empty()).then(|| view! {
            <h4>{app.tf("import.goals", &[("count", &goals.len().to_string())])}</h4>
            <ul class="import-goals" data-import-goals="">
                {goals.into_iter().map(|g| view! {
                    <li><span class="import-goal-year">{g.year}</span>" "<q>{fold_whitespace(&g.quote)}</q></li>
                }).collect_view()}
            </ul>
        })}
        {(!unresolved.is_empty()).then(|| view! {
            <h4>{app.tf("import.unresolved", &[("count", &unresolved.len().to_string())])}</h4>
            <ul class="import-unresolved" data-import-unresolved="">
                {unresolved.into_iter().map(|u| view! {
                    <li>
                        <span class="import-reason">{app.t(u.reason.key())}</span>
                        {(!u.quote.trim().is_empty()).then(|| view! { " " <q>{fold_whitespace(&u.quote)}</q> })}
                    </li>
                }).collect_view()}
            </ul>
        })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_is_found_whatever_its_whitespace() {
        let text = "到2025年,每千人口\n  床位数达到8.2张左右。";
        let r = find_loose(text, "每千人口床位数达到8.2张").expect("found");
        assert_eq!(&text[r.clone()], "每千人口\n  床位数达到8.2张");
        assert!(find_loose(text, "每千 人口 床位").is_some());
        assert_eq!(find_loose(text, "每千人口医师"), None);
        assert_eq!(find_loose(text, "   "), None);
        assert_eq!(find_loose("", "a"), None);
        assert_eq!(find_loose("abc", "abcd"), None);
    }

    #[test]
    fn context_around_a_quote() {
        let text = "一二三四五 六七八九十";
        let s = text.find('六').expect("six");
        let (b, q, a) = in_context(text, &(s..s + '六'.len_utf8()), 2).expect("in range");
        assert_eq!(
            (b.as_str(), q.as_str(), a.as_str()),
            ("…五 ", "六", "七八…")
        );
        assert_eq!(in_context(text, &(1..2), 2), None);
        assert_eq!(in_context(text, &(0..1000), 2), None);
        let (b, _, a) = in_context("ab", &(0..2), 5).expect("whole");
        assert_eq!((b.as_str(), a.as_str()), ("", ""));
    }

    #[test]
    fn first_numbers() {
        assert_eq!(first_number("床位数达到8.2张左右"), Some(8.2));
        assert_eq!(first_number("达到３．９人"), Some(3.9));
        assert_eq!(first_number("到2025年,医护比达到1:1.2"), Some(1.0));
        assert_eq!(first_number("到2025年"), None);
        assert_eq!(first_number("全覆盖"), None);
        assert_eq!(first_number("5."), Some(5.0));
    }

    #[test]
    fn every_comparison_has_its_own_key() {
        let keys: std::collections::BTreeSet<_> = Cmp::NAMES.iter().map(|n| cmp_key(n)).collect();
        assert_eq!(keys.len(), Cmp::NAMES.len());
    }
}
