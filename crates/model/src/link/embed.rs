//! What an embedding page fixes in its link (`embed=1&levers=…&lock=…`): read once when the page
//! opens and never changed by the visitor.

use crate::catalog::Catalog;
use crate::named::Named;

/// What an embedder can lock.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lock {
    Plan,
    Milestone,
    Levers,
}

impl Named for Lock {
    const NAMES: &'static [(Lock, &'static str)] = &[
        (Lock::Plan, "plan"),
        (Lock::Milestone, "milestone"),
        (Lock::Levers, "levers"),
    ];
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Embedding {
    /// Embedded in another page: no site chrome.
    pub on: bool,
    /// The levers shown (all when `None`), by quantity id.
    pub levers: Option<Vec<String>>,
    pub lock: Vec<Lock>,
}

impl Embedding {
    pub fn locked(&self, what: Lock) -> bool {
        self.on && self.lock.contains(&what)
    }

    /// Reads one parameter: `None` when it is not an embedding's, else whether it was usable.
    pub fn read(&mut self, key: &str, value: &str, catalog: &Catalog) -> Option<bool> {
        let list = || value.split(',').filter(|x| !x.is_empty());
        let ok = match key {
            "embed" => {
                self.on = value == "1" || value == "true";
                self.on || value == "0" || value == "false"
            }
            "levers" => {
                let ids: Vec<String> = list().map(str::to_string).collect();
                let known = !ids.is_empty() && ids.iter().all(|id| catalog.quantity(id).is_some());
                if known {
                    self.levers = Some(ids);
                }
                known
            }
            "lock" => match list().map(Lock::from_name).collect::<Option<Vec<Lock>>>() {
                Some(locks) => {
                    self.lock = locks;
                    true
                }
                None => false,
            },
            _ => return None,
        };
        Some(ok)
    }

    pub fn write(&self, push: &mut dyn FnMut(&str, String)) {
        if self.on {
            push("embed", "1".into());
        }
        if let Some(ls) = &self.levers {
            push("levers", ls.join(","));
        }
        if !self.lock.is_empty() {
            let names: Vec<&str> = self.lock.iter().map(|l| l.name()).collect();
            push("lock", names.join(","));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_by_name_and_only_when_embedded() {
        let cat = Catalog::builtin();
        let mut e = Embedding::default();
        assert_eq!(e.read("lock", "plan,milestone", &cat), Some(true));
        assert!(!e.locked(Lock::Plan), "not embedded");
        assert_eq!(e.read("embed", "1", &cat), Some(true));
        assert!(e.locked(Lock::Plan) && e.locked(Lock::Milestone) && !e.locked(Lock::Levers));
        assert_eq!(e.read("lock", "plan,everything", &cat), Some(false));
        assert_eq!(e.read("levers", "beds_total,nonsense", &cat), Some(false));
        assert_eq!(e.read("levers", "beds_total", &cat), Some(true));
        assert_eq!(e.read("plan", "x", &cat), None);
        let mut out = Vec::new();
        e.write(&mut |k, v| out.push(format!("{k}={v}")));
        assert_eq!(out, ["embed=1", "levers=beds_total", "lock=plan,milestone"]);
    }
}
