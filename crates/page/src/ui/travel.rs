//! A user's own plan travels with its link, its embed snippet and its saved scenarios (issue 14
//! §4). Each user plan is compressed once, when it enters the library, and the compressed text
//! is kept here by plan id, so the address-bar writer (a throttled synchronous timer) only reads
//! it. A link that carries a plan (`pz`) or names a plan file on the site (`src`) is read before
//! the page is shown: until then the page shows a one-line "opening the plan in the link" state,
//! never the default plan's figures as if they were the linked plan's.

use hps_words::problem::Explain;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::carry::Carried;
use super::link_state::open_link;
use super::state::AppState;
use super::user_plans;
use crate::browser::stream::{self, Fetched};
use crate::browser::{download, url};
use hps_model::catalog::Catalog;
use hps_model::data::library::Library;
use hps_model::lang::Lang;
use hps_model::link::travel::{
    MAX_PLAN_BYTES, MAX_PZ_CHARS, NotOpened, Packed, SrcRefusal, base64url_decode, check_src,
    fingerprint, open_plan, packed,
};
use hps_model::link::{Decoded, Shared};
use hps_model::plan::problem::Problem;
use hps_model::plan::{FORMAT_VERSION, Plan};
use hps_model::text::Text;
use hps_words::i18n;

/// Compresses every user plan once, when it enters the library (loaded, pasted, imported,
/// carried by a link or kept from an earlier visit), and keeps the result by id.
pub fn keep_packed(app: AppState) {
    let travel = app.travel;
    Effect::new(move |_| {
        let mine: Vec<(String, String)> = app.library.with(|l| {
            l.entries()
                .iter()
                .filter_map(|e| e.user_text().map(|t| (e.id.clone(), t.to_string())))
                .collect()
        });
        for (id, text) in mine {
            let fp = fingerprint(&text);
            let known = travel
                .packed
                .with_untracked(|m| m.get(&id).is_some_and(|(f, _)| *f == fp));
            let key = (id.clone(), fp);
            if known || travel.pending.with_value(|p| p.contains(&key)) {
                continue;
            }
            travel.pending.update_value(|p| {
                p.insert(key.clone());
            });
            spawn_local(async move {
                let result = match stream::deflate(text.as_bytes()).await {
                    Some(c) => packed(&c),
                    None => Packed::Unavailable,
                };
                travel.pending.update_value(|p| {
                    p.remove(&key);
                });
                travel.packed.update(|m| {
                    m.insert(key.0, (fp, result));
                });
            });
        }
    });
}

/// Whether a link carries a plan or names a plan file, so it must be read before the page opens.
pub fn arrives(s: &Shared) -> bool {
    s.pz.is_some() || s.src.is_some()
}

/// A link read, with what it brought: the library (with the carried plan added), the link (its
/// `plan` now the carried plan's id), and what to tell the user.
#[derive(Clone)]
pub struct Arrived {
    pub library: Library,
    pub decoded: Decoded,
    pub notices: Vec<String>,
    /// The carried plan's compressed copy, as the link had it (no need to compress it again).
    pub packed: Option<(String, u64, Packed)>,
    /// The plan file it came from.
    pub source: Option<(String, String)>,
}

/// A plan brought by a link: the plan, its text, and how it came.
struct Brought {
    plan: Plan,
    text: String,
    src: Option<String>,
    pz: Option<String>,
}

fn problems_text(problems: &[Problem], lang: Lang) -> String {
    const SHOWN: usize = 8;
    let whole = i18n::t(lang, "loader.whole_file");
    let mut parts: Vec<String> = problems
        .iter()
        .take(SHOWN)
        .map(|p| {
            let path = if p.path.is_empty() { whole } else { &p.path };
            format!("{path} — {}", p.message(lang))
        })
        .collect();
    if problems.len() > SHOWN {
        parts.push("…".into());
    }
    parts.join("; ")
}

/// The notice for a plan that was not opened: a fetched file's (`src` given) or a carried one's.
fn refusal_notice(lang: Lang, src: Option<&str>, why: NotOpened) -> String {
    let key = |file: &'static str, pz: &'static str| if src.is_some() { file } else { pz };
    let src = src.unwrap_or_default();
    match why {
        NotOpened::Unreadable | NotOpened::NotText => i18n::tf(
            lang,
            key("travel.src_unreadable", "travel.pz_unreadable"),
            &[("src", src)],
        ),
        NotOpened::NewerFormat(f) => i18n::tf(
            lang,
            key("travel.src_newer", "travel.pz_newer"),
            &[
                ("src", src),
                ("format", &f.to_string()),
                ("ours", &FORMAT_VERSION.to_string()),
            ],
        ),
        NotOpened::Invalid(ps) => i18n::tf(
            lang,
            key("travel.src_invalid", "travel.pz_invalid"),
            &[
                ("src", src),
                ("count", &ps.len().to_string()),
                ("problems", &problems_text(&ps, lang)),
            ],
        ),
        NotOpened::BuiltinId(id) => i18n::tf(
            lang,
            key("travel.src_builtin", "travel.pz_builtin"),
            &[("src", src), ("id", &id)],
        ),
    }
}

/// Reads the plan a link carries or names; on any failure, a notice and `None` (the page then
/// opens as it would without it). Never panics on link data.
async fn bring(
    catalog: &'static Catalog,
    builtin: &[String],
    s: &Shared,
    lang: Lang,
    notices: &mut Vec<String>,
) -> Option<Brought> {
    if let Some(src) = &s.src {
        // A named file wins over a carried copy.
        return bring_src(catalog, builtin, src, lang, notices).await;
    }
    let pz = s.pz.as_ref()?;
    let unreadable = || i18n::t(lang, "travel.pz_unreadable").to_string();
    let Some(compressed) = base64url_decode(pz) else {
        notices.push(unreadable());
        return None;
    };
    let bytes = match stream::inflate(&compressed, MAX_PLAN_BYTES).await {
        Ok(b) => b,
        Err(_) => {
            notices.push(unreadable());
            return None;
        }
    };
    match open_plan(&bytes, catalog, builtin) {
        Ok((plan, text)) => Some(Brought {
            plan,
            text,
            src: None,
            pz: Some(pz.clone()),
        }),
        Err(why) => {
            notices.push(refusal_notice(lang, None, why));
            None
        }
    }
}

async fn bring_src(
    catalog: &'static Catalog,
    builtin: &[String],
    src: &str,
    lang: Lang,
    notices: &mut Vec<String>,
) -> Option<Brought> {
    let origin = url::origin();
    let shown: String = src.chars().take(200).collect();
    let refuse = |why: SrcRefusal| {
        let (key, other) = match why {
            SrcRefusal::Unsafe => ("travel.src_unsafe", String::new()),
            SrcRefusal::Scheme(s) => ("travel.src_elsewhere", format!("{s}:")),
            SrcRefusal::Origin(o) => ("travel.src_elsewhere", o),
        };
        i18n::tf(
            lang,
            key,
            &[("src", &shown), ("other", &other), ("site", &origin)],
        )
    };
    // Checked before anything is requested, then once more as the browser resolves it.
    if let Err(why) = check_src(src, &origin) {
        notices.push(refuse(why));
        return None;
    }
    // A page opened from a file (the offline single file) has no site to read from.
    let (href, resolved) = match url::resolve(src) {
        Some(r) if origin.starts_with("http") => r,
        Some((href, _)) => {
            let scheme = href.split(':').next().unwrap_or_default().to_string();
            notices.push(refuse(SrcRefusal::Scheme(scheme)));
            return None;
        }
        None => {
            notices.push(refuse(SrcRefusal::Unsafe));
            return None;
        }
    };
    if resolved != origin {
        notices.push(refuse(SrcRefusal::Origin(resolved)));
        return None;
    }
    let args = |status: String| vec![("src", shown.clone()), ("status", status)];
    let say = |key: &'static str, args: Vec<(&str, String)>| {
        let args: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        i18n::tf(lang, key, &args)
    };
    let bytes = match stream::fetch(&href, &origin, MAX_PLAN_BYTES).await {
        Fetched::Bytes(b) => b,
        Fetched::Status(404) => {
            notices.push(say("travel.src_missing", args(String::new())));
            return None;
        }
        Fetched::Status(n) => {
            notices.push(say("travel.src_status", args(n.to_string())));
            return None;
        }
        Fetched::Network => {
            notices.push(say("travel.src_network", args(String::new())));
            return None;
        }
        Fetched::TooLarge => {
            notices.push(say("travel.src_unreadable", args(String::new())));
            return None;
        }
        Fetched::Elsewhere(o) => {
            notices.push(refuse(SrcRefusal::Origin(o)));
            return None;
        }
    };
    match open_plan(&bytes, catalog, builtin) {
        Ok((plan, text)) => Some(Brought {
            plan,
            text,
            src: Some(src.to_string()),
            pz: None,
        }),
        Err(why) => {
            notices.push(refusal_notice(lang, Some(&shown), why));
            None
        }
    }
}

/// Puts a brought plan into `library` and the browser's user plans; returns its id, the notice
/// to show (added or replaced; none when the same text was already kept), and whether the
/// browser stored it.
fn receive(library: &mut Library, b: &Brought, lang: Lang) -> (String, Option<String>, bool) {
    let before = library
        .entries()
        .iter()
        .find(|e| e.id == b.plan.id)
        .and_then(|e| e.user_text().map(str::to_string));
    let name = Text::pair(&b.plan.region, &b.plan.title)
        .get(lang)
        .to_string();
    let notice = match before.as_deref() {
        Some(t) if t == b.text => None,
        Some(_) => Some(i18n::tf(lang, "travel.replaced", &[("plan", &name)])),
        None => Some(i18n::tf(lang, "travel.added", &[("plan", &name)])),
    };
    let id = library.add_user(b.plan.clone(), b.text.clone()).id.clone();
    let stored = user_plans::save_texts(&library.user_texts());
    (id, notice, stored)
}

/// Reads what a link brings, before the page opens on it.
pub async fn arrive(
    catalog: &'static Catalog,
    mut library: Library,
    mut decoded: Decoded,
    lang: Lang,
    embedded: bool,
) -> Arrived {
    let mut notices = Vec::new();
    let builtin = library.builtin_ids();
    let brought = bring(catalog, &builtin, &decoded.shared, lang, &mut notices).await;
    let (mut packed_copy, mut source) = (None, None);
    if let Some(b) = brought {
        let (id, notice, stored) = receive(&mut library, &b, lang);
        // A visitor of an embedding page is not told about the browser's plan list.
        if let Some(n) = notice.filter(|_| !embedded) {
            notices.push(n);
        }
        if !stored {
            notices.push(i18n::t(lang, "loader.not_stored").to_string());
        }
        let fp = fingerprint(&b.text);
        if let Some(pz) = b.pz.filter(|pz| pz.len() <= MAX_PZ_CHARS) {
            packed_copy = Some((id.clone(), fp, Packed::Inline(pz)));
        }
        if let Some(src) = b.src {
            source = Some((id.clone(), src));
        }
        decoded.shared.plan = Some(id);
    }
    decoded.shared.pz = None;
    decoded.shared.src = None;
    Arrived {
        library,
        decoded,
        notices,
        packed: packed_copy,
        source,
    }
}

/// Once the page is up: keeps what the link brought.
pub fn settle(app: AppState, arrived: &Arrived) {
    if let Some((id, fp, p)) = arrived.packed.clone() {
        app.travel.packed.update(|m| {
            m.insert(id, (fp, p));
        });
    }
    if let Some((id, src)) = arrived.source.clone() {
        app.travel.sources.update(|m| {
            m.insert(id, src);
        });
    }
    for n in &arrived.notices {
        app.notify(n.clone());
    }
}

/// Opens a saved scenario (or any link's scenario) whose plan this browser may no longer have:
/// the plan it carries is read first, then the scenario applied.
pub fn open_shared(app: AppState, s: Shared) {
    let known = s
        .plan
        .as_ref()
        .is_some_and(|id| app.library.with_untracked(|l| l.find_listed(id).is_some()));
    if known || !arrives(&s) {
        open_link(app, &s);
        return;
    }
    spawn_local(async move {
        let lang = app.lang();
        let decoded = Decoded {
            shared: s,
            ignored: Vec::new(),
        };
        let library = app.library.get_untracked();
        let arrived = arrive(app.catalog, library, decoded, lang, app.embedding.on).await;
        app.library.set(arrived.library.clone());
        settle(app, &arrived);
        open_link(app, &arrived.decoded.shared);
    });
}

/// A line in the Share and Embed dialogs: how the open plan travels with the link, and, when it
/// cannot, the plan file to send along.
#[component]
pub fn TravelNote() -> impl IntoView {
    let app = super::state::use_app();
    move || {
        let id = app.plan.with(|p| p.id.clone());
        let text = app.library.with(|l| {
            l.entries()
                .iter()
                .find(|e| e.id == id)
                .and_then(|e| e.user_text().map(str::to_string))
        });
        let Some(text) = text else {
            return ().into_any();
        };
        let carried = app.travel.carried(&id, &text);
        let limit = MAX_PZ_CHARS.to_string();
        let (kind, message, offer_file) = match &carried {
            Carried::Src(src) => ("src", app.tf("travel.note_src", &[("src", src)]), false),
            Carried::Inline(n) => (
                "inline",
                app.tf("travel.note_inline", &[("chars", &n.to_string())]),
                false,
            ),
            Carried::TooLarge(n) => (
                "too-large",
                app.tf(
                    "travel.note_too_large",
                    &[("chars", &n.to_string()), ("limit", &limit)],
                ),
                true,
            ),
            Carried::Unavailable => ("unavailable", app.t("travel.note_unavailable").into(), true),
            Carried::Pending => ("pending", app.t("travel.note_pending").into(), false),
        };
        let file = format!("{id}.json");
        view! {
            <div class="hint travel-note" data-travel=kind role="status">
                <p>{message}</p>
                {offer_file.then(|| view! {
                    <button type="button" data-action="download-plan" on:click=move |_| {
                        if !download::bytes(&file, "application/json", text.as_bytes()) {
                            app.notify(app.t("travel.download_failed").to_string());
                        }
                    }>{app.t("travel.download")}</button>
                })}
            </div>
        }
        .into_any()
    }
}
