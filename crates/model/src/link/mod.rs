//! Share links: a scenario as readable query parameters (`?v=2&plan=jiaohe&beds_total=2698`),
//! versioned so a link made today opens the same scenario after the app changes.
//!
//! Parameters (all optional; unknown or malformed ones are reported and ignored):
//! - `v`: format version (2). A version 1 link (made before starting values and the recent pace)
//!   opens as it always did: the plan's own baseline only, every lever flat unless it says so.
//! - `ed`: the data edition the link was made with (see [`crate::plan::edition`]); `latest` for a link
//!   that should always open on the newest data. A link without it was made before editions and
//!   opens on the first; an empty query (a fresh visit) opens on the newest.
//! - `plan`: plan id. `lang`: `zh` | `en`. `milestone`: `2025` | `2035`.
//! - `<quantity id>=<number>`: a lever's base-year value (empty: not entered).
//! - `<quantity id>.yearly=<number>`: its own net change per year; `<quantity id>.pace=flat`: held
//!   flat. Without either, a lever moves at the recent pace.
//! - `growth=<percent per year>`, or `population.2025=<n>` and `population.2035=<n>`; without
//!   either, the population moves at its recent pace (editions that have one), else flat.
//! - `growth_low` / `growth_high`: the uncertainty range, percent per year; `seed`: its seed.
//! - `t.<target id>=<number>|done|not_done`: a tracked target's entered value.
//! - `chart=<indicator id>`, `bench=1`, `view=<name>`.
//! - `embed=1`, `levers=<id>,<id>`: levers shown when embedded; `lock=plan,milestone`.
//! - `src=plans/<file>.json`: the user's plan as a file on the page's own site; `pz=<base64url>`:
//!   the user's plan itself, compressed (see [`crate::link::travel`]). Built-in plans have neither.
//! - `st=<base64url>`: reported figures the user added to the plan (from a pasted bulletin), as
//!   `{"statistics": [...]}` in the plan file's format; read by the plan reader when opened.

pub mod embed;
pub mod travel;
pub mod view;

use crate::catalog::Catalog;
use crate::lang::Lang;
use crate::link::embed::Embedding;
use crate::link::travel::MAX_PZ_READ;
use crate::link::view::{ViewReader, ViewSettings, rate};
use crate::named::Named;
use crate::plan::Plan;
use crate::plan::edition::{Edition, EditionError};
use crate::sim::assess::Tracked;
use crate::sim::scenario::{Growth, PaceChoice, PaceKind, Scenario};
use crate::sim::start::Start;

pub const SHARE_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Shared {
    /// A format-1 link: levers start from the plan's own baseline only and are flat.
    pub legacy: bool,
    /// The data edition it opens on (`None`: the newest, for a page opened without a link).
    pub edition: Option<Edition>,
    pub plan: Option<String>,
    pub lang: Option<Lang>,
    /// Levers that differ from the plan's baseline: quantity id and value (`None`: not entered).
    pub levers: Vec<(String, Option<f64>)>,
    pub yearly: Vec<(String, f64)>,
    /// Levers held flat instead of moving at the recent pace.
    pub flat: Vec<String>,
    pub growth: Option<Growth>,
    pub tracked: Vec<(String, Tracked)>,
    /// How the page shows the scenario (milestone, chart, comparisons, view, sweep).
    pub view: ViewSettings,
    /// What an embedding page fixed.
    pub embedding: Embedding,
    /// A plan file on the page's own site to open as the user's plan (`src`).
    pub src: Option<String>,
    /// The user's plan itself, deflated and base64url-encoded (`pz`); checked when it is opened.
    pub pz: Option<String>,
    /// Figures the user added to the plan, base64url-encoded statistics (`st`); checked when
    /// they are opened.
    pub st: Option<String>,
}

/// Why a parameter was ignored.
#[derive(Clone, Debug, PartialEq)]
pub enum Ignored {
    Unknown,
    Malformed,
    NewerVersion(String),
    /// Made with newer data than this page has: it opens on the newest this page knows.
    NewerEdition(u32),
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Decoded {
    pub shared: Shared,
    /// Parameters that were ignored: the raw `key=value` and why.
    pub ignored: Vec<(String, Ignored)>,
}

/// Encodes one query component; commas and slashes stay readable (`lock=plan,milestone`,
/// `src=plans/x.json`): both are allowed in a query.
fn component(s: &str) -> String {
    form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace("%2C", ",")
        .replace("%2F", "/")
}

fn number(s: &str) -> Option<f64> {
    let v: f64 = s.trim().parse().ok()?;
    v.is_finite().then_some(v)
}

/// Reads a query string (with or without the leading `?`).
pub fn decode(query: &str, catalog: &Catalog) -> Decoded {
    let mut d = Decoded::default();
    let query = query.strip_prefix('?').unwrap_or(query);
    // Each pair decoded, with its text as a notice would quote it.
    let pairs: Vec<(String, String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| {
            let raw = if v.is_empty() && !query.contains(&format!("{k}=")) {
                k.to_string()
            } else {
                format!("{k}={v}")
            };
            (k.into_owned(), v.into_owned(), raw)
        })
        .collect();
    if let Some((_, v, raw)) = pairs.iter().find(|(k, _, _)| k == "v") {
        match v.parse::<u32>() {
            Ok(1) => d.shared.legacy = true,
            Ok(n) if n <= SHARE_VERSION => {}
            Ok(_) => d
                .ignored
                .push((raw.clone(), Ignored::NewerVersion(v.clone()))),
            Err(_) => d.ignored.push((raw.clone(), Ignored::Malformed)),
        }
    }
    // A link that names no edition was made before there were editions.
    if !pairs.is_empty() {
        d.shared.edition = Some(Edition::FIRST);
    }
    let (mut pop_2025, mut pop_2035) = (None, None);
    let mut view = ViewReader::default();
    for (k, v, raw) in &pairs {
        let s = &mut d.shared;
        let claimed = view.read(k, v).or_else(|| s.embedding.read(k, v, catalog));
        if let Some(ok) = claimed {
            if !ok {
                d.ignored.push((raw.clone(), Ignored::Malformed));
            }
            continue;
        }
        let ok = match k.as_str() {
            "v" => true,
            "ed" => match v.parse::<Edition>() {
                Ok(e) => {
                    s.edition = Some(e);
                    true
                }
                Err(EditionError::Newer(n)) => {
                    s.edition = Some(Edition::LATEST);
                    d.ignored.push((raw.clone(), Ignored::NewerEdition(n)));
                    continue;
                }
                Err(EditionError::Malformed) => false,
            },
            "plan" => {
                s.plan = Some(v.clone()).filter(|p| !p.is_empty());
                s.plan.is_some()
            }
            "lang" => {
                s.lang = Lang::from_code(v);
                s.lang.is_some()
            }
            "growth" => {
                s.growth = rate(v).map(Growth::Rate);
                s.growth.is_some()
            }
            "population.2025" => {
                pop_2025 = number(v).filter(|p| *p >= 0.0);
                pop_2025.is_some()
            }
            "population.2035" => {
                pop_2035 = number(v).filter(|p| *p >= 0.0);
                pop_2035.is_some()
            }
            "src" => {
                s.src = Some(v.clone()).filter(|p| !p.is_empty());
                s.src.is_some()
            }
            // Only its length is judged here; what it holds is read (and refused with its own
            // notice) when the plan is opened.
            "st" => {
                s.st = Some(v.clone()).filter(|p| !p.is_empty() && p.len() <= MAX_PZ_READ);
                s.st.is_some()
            }
            "pz" => {
                s.pz = Some(v.clone()).filter(|p| !p.is_empty() && p.len() <= MAX_PZ_READ);
                s.pz.is_some()
            }
            _ => {
                if let Some(id) = k.strip_prefix("t.") {
                    let t = match v.as_str() {
                        "done" => Some(Tracked::Done(true)),
                        "not_done" => Some(Tracked::Done(false)),
                        _ => number(v).map(Tracked::Number),
                    };
                    match t {
                        Some(t) if !id.is_empty() => {
                            s.tracked.push((id.to_string(), t));
                            true
                        }
                        _ => false,
                    }
                } else if let Some(id) = k.strip_suffix(".pace") {
                    match (catalog.quantity(id), PaceKind::from_name(v)) {
                        (Some(_), Some(PaceKind::Flat)) => {
                            s.flat.push(id.to_string());
                            true
                        }
                        (Some(_), Some(PaceKind::Recent)) => true,
                        _ => false,
                    }
                } else if let Some(id) = k.strip_suffix(".yearly") {
                    match (catalog.quantity(id), number(v)) {
                        (Some(_), Some(n)) if n.abs() <= 1e8 => {
                            s.yearly.push((id.to_string(), n));
                            true
                        }
                        _ => false,
                    }
                } else if let Some(q) = catalog.quantity(k) {
                    let max = catalog.quantities.get(q).map(|c| c.max).unwrap_or(0.0);
                    if v.is_empty() {
                        s.levers.push((k.clone(), None));
                        true
                    } else {
                        match number(v) {
                            Some(n) if n >= 0.0 && n <= max => {
                                s.levers.push((k.clone(), Some(n)));
                                true
                            }
                            _ => false,
                        }
                    }
                } else {
                    d.ignored.push((raw.clone(), Ignored::Unknown));
                    continue;
                }
            }
        };
        if !ok {
            d.ignored.push((raw.clone(), Ignored::Malformed));
        }
    }
    if pop_2025.is_some() || pop_2035.is_some() {
        d.shared.growth = Some(Growth::Points {
            y2025: pop_2025,
            y2035: pop_2035,
        });
    }
    d.shared.view = view.finish();
    d
}

/// Shortest text that reads back to the same number (Rust never writes f64 with an exponent).
fn num(v: f64) -> String {
    format!("{v}")
}

/// Writes a query string (without `?`), parameters in a stable, readable order.
pub fn encode(s: &Shared) -> String {
    let mut out: Vec<String> = vec![format!("v={SHARE_VERSION}")];
    let mut push = |k: &str, v: String| out.push(format!("{}={}", component(k), component(&v)));
    if let Some(e) = s.edition {
        push("ed", e.to_string());
    }
    if let Some(p) = &s.plan {
        push("plan", p.clone());
    }
    if let Some(src) = &s.src {
        push("src", src.clone());
    }
    if let Some(l) = s.lang {
        push("lang", l.code().into());
    }
    for (id, v) in &s.levers {
        push(id, v.map(num).unwrap_or_default());
    }
    for (id, v) in &s.yearly {
        push(&format!("{id}.yearly"), num(*v));
    }
    for id in &s.flat {
        push(&format!("{id}.pace"), PaceKind::Flat.name().into());
    }
    match &s.growth {
        // Where every scenario starts: never written.
        Some(Growth::Recent) | None => {}
        Some(Growth::Rate(r)) => push("growth", num(*r)),
        Some(Growth::Points { y2025, y2035 }) => {
            if let Some(p) = y2025 {
                push("population.2025", num(*p));
            }
            if let Some(p) = y2035 {
                push("population.2035", num(*p));
            }
        }
    }
    for (id, t) in &s.tracked {
        let v = match t {
            Tracked::Done(true) => "done".to_string(),
            Tracked::Done(false) => "not_done".to_string(),
            Tracked::Number(n) => num(*n),
        };
        push(&format!("t.{id}"), v);
    }
    s.view.write(&mut push);
    s.embedding.write(&mut push);
    // Last: the long, unreadable parameters.
    if let Some(st) = &s.st {
        push("st", st.clone());
    }
    if let Some(pz) = &s.pz {
        push("pz", pz.clone());
    }
    out.join("&")
}

impl Shared {
    /// The data edition the link opens on.
    pub fn edition(&self) -> Edition {
        self.edition.unwrap_or(Edition::LATEST)
    }
}

/// The scenario a link describes, applied over where the plan starts (format 2) or over the
/// plan's own baseline with every lever flat (format 1).
pub fn scenario_from(catalog: &Catalog, plan: &Plan, start: &Start, shared: &Shared) -> Scenario {
    let mut s = if shared.legacy {
        Scenario::legacy(catalog, plan, start)
    } else {
        Scenario::starting(catalog, start)
    };
    for (id, v) in &shared.levers {
        if let Some(q) = catalog.quantity(id) {
            s.set_lever(q, *v);
        }
    }
    for id in &shared.flat {
        if let Some(q) = catalog.quantity(id) {
            s.set_pace(q, PaceChoice::Flat);
        }
    }
    for (id, v) in &shared.yearly {
        if let Some(q) = catalog.quantity(id) {
            s.set_yearly(q, *v);
        }
    }
    if let Some(g) = &shared.growth {
        s.growth = g.clone();
    }
    for (id, t) in &shared.tracked {
        if plan.target(id).is_some_and(|t| t.is_tracked()) {
            s.tracked.insert(id.clone(), *t);
        }
    }
    s
}

/// The parts of a scenario that differ from where the plan starts, as format-2 link parameters.
pub fn shared_from(catalog: &Catalog, plan: &Plan, start: &Start, s: &Scenario) -> Shared {
    let base = Scenario::starting(catalog, start);
    let mut out = Shared {
        plan: Some(plan.id.clone()),
        edition: Some(start.edition),
        ..Shared::default()
    };
    for (q, c) in catalog.quantities.iter().enumerate() {
        if s.lever(q) != base.lever(q) {
            out.levers.push((c.id.clone(), s.lever(q)));
        }
        match s.pace_choice(q) {
            PaceChoice::Own(v) => out.yearly.push((c.id.clone(), v)),
            // Without a recent pace, flat is what the lever does anyway.
            PaceChoice::Flat if s.pace_rate.get(q).copied().flatten().is_some() => {
                out.flat.push(c.id.clone())
            }
            _ => {}
        }
    }
    if s.growth != base.growth {
        out.growth = Some(s.growth.clone());
    }
    out.tracked = s.tracked.iter().map(|(k, v)| (k.clone(), *v)).collect();
    out
}
