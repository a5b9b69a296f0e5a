//! What a user's plan needs to travel with its links: its compressed copy by id (made once, when
//! it enters the library) or the file on the site it was opened from. The address-bar writer (a
//! throttled timer) only reads it.

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use hps_model::data::library::Library;
use hps_model::link::Shared;
use hps_model::link::travel::{Packed, fingerprint};

/// What the page keeps so a user's plan can travel.
#[derive(Clone, Copy)]
pub struct Travel {
    /// Each user plan's compressed copy by id, with the fingerprint of the text it was made from.
    pub packed: RwSignal<BTreeMap<String, (u64, Packed)>>,
    /// User plans opened from a file on the site, by id: the `src` as the link wrote it.
    pub sources: RwSignal<BTreeMap<String, String>>,
    /// Compressions under way (id and fingerprint), so each is started once.
    pub pending: StoredValue<BTreeSet<(String, u64)>>,
}

impl Default for Travel {
    fn default() -> Self {
        Travel {
            packed: RwSignal::new(BTreeMap::new()),
            sources: RwSignal::new(BTreeMap::new()),
            pending: StoredValue::new(BTreeSet::new()),
        }
    }
}

/// How the open plan travels with its link, for the Share and Embed dialogs.
#[derive(Clone, Debug, PartialEq)]
pub enum Carried {
    /// A file on the site (`src`).
    Src(String),
    /// The plan itself, `pz` of this many characters.
    Inline(usize),
    TooLarge(usize),
    Unavailable,
    /// Being compressed (a moment after the plan was added).
    Pending,
}

impl Travel {
    /// How the user plan `id` (with this text) travels now. Tracked.
    pub fn carried(&self, id: &str, text: &str) -> Carried {
        if let Some(src) = self.sources.with(|m| m.get(id).cloned()) {
            return Carried::Src(src);
        }
        let fp = fingerprint(text);
        match self.packed.with(|m| m.get(id).cloned()) {
            Some((f, Packed::Inline(pz))) if f == fp => Carried::Inline(pz.len()),
            Some((f, Packed::TooLarge { chars })) if f == fp => Carried::TooLarge(chars),
            Some((f, Packed::Unavailable)) if f == fp => Carried::Unavailable,
            _ => Carried::Pending,
        }
    }

    /// Writes `src` or `pz` into a link whose plan is a user's (tracked: the link follows them).
    /// Built-in plans never carry either.
    pub fn write_into(&self, library: RwSignal<Library>, s: &mut Shared) {
        s.src = None;
        s.pz = None;
        let Some(id) = s.plan.clone() else { return };
        let text = library.with(|l| {
            l.entries()
                .iter()
                .find(|e| e.id == id)
                .and_then(|e| e.user_text().map(str::to_string))
        });
        let Some(text) = text else { return };
        match self.carried(&id, &text) {
            Carried::Src(src) => s.src = Some(src),
            Carried::Inline(_) => {
                s.pz = self.packed.with(|m| match m.get(&id) {
                    Some((_, Packed::Inline(pz))) => Some(pz.clone()),
                    _ => None,
                })
            }
            _ => {}
        }
    }

    pub fn track(&self) {
        self.packed.track();
        self.sources.track();
    }
}
