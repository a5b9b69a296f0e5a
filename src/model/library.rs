//! The built-in plans, embedded at build time from `seeds/plans/`, and how a plan finds the
//! plans it inherits standards and statistics from.

use std::borrow::Borrow;
use std::sync::Arc;

use super::catalog::Catalog;
use super::plan::{NATION, Plan};
use super::problem::Problem;

include!(concat!(env!("OUT_DIR"), "/plans.rs"));

/// Every built-in plan that validates, in file order, with the problems of any that do not.
pub fn builtin_plans(catalog: &Catalog) -> (Vec<Plan>, Vec<(String, Vec<Problem>)>) {
    let mut plans = Vec::new();
    let mut broken = Vec::new();
    for (file, text) in BUILTIN_PLANS {
        match Plan::parse(text, catalog) {
            Ok(p) => plans.push(p),
            Err(e) => broken.push((file.to_string(), e)),
        }
    }
    (plans, broken)
}

/// The plans whose standards bind `plan` too and whose statistics it may borrow, nearest first
/// (its province's, then the nation's). A file that names none inherits the nation's; ids that
/// match no loaded plan are skipped.
pub fn chain<'a, P: Borrow<Plan>>(plans: &'a [P], plan: &Plan) -> Vec<&'a P> {
    let default = [NATION.to_string()];
    let ids: &[String] = plan.inherits.as_deref().unwrap_or(&default);
    ids.iter()
        .filter(|id| **id != plan.id)
        .filter_map(|id| plans.iter().find(|p| &(*p).borrow().id == id))
        .collect()
}

/// [`chain`] as plain references, for [`super::start::Start::new`].
pub fn chain_plans<'a, P: Borrow<Plan>>(plans: &'a [P], plan: &Plan) -> Vec<&'a Plan> {
    chain(plans, plan).into_iter().map(Borrow::borrow).collect()
}

/// One loaded plan and where it came from.
#[derive(Clone, Debug)]
pub struct Entry {
    pub plan: Arc<Plan>,
    /// The text a user loaded it from (kept in the browser); `None` for a built-in plan.
    pub user_text: Option<String>,
}

impl Borrow<Plan> for Entry {
    fn borrow(&self) -> &Plan {
        &self.plan
    }
}

/// Every plan the page knows, built-in first, then the user's own: one list, each plan with its
/// origin, changed only through these methods.
#[derive(Clone, Debug, Default)]
pub struct Library {
    entries: Vec<Entry>,
}

impl Library {
    /// The built-in plans and the user's (a user plan may not take a built-in plan's id).
    pub fn new(builtin: Vec<Plan>, user: Vec<(Plan, String)>) -> Library {
        let mut lib = Library {
            entries: builtin
                .into_iter()
                .map(|p| Entry {
                    plan: Arc::new(p),
                    user_text: None,
                })
                .collect(),
        };
        for (plan, text) in user {
            if !lib.builtin_ids().contains(&plan.id) {
                lib.add_user(plan, text);
            }
        }
        lib
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn find(&self, id: &str) -> Option<Arc<Plan>> {
        self.entries
            .iter()
            .find(|e| e.plan.id == id)
            .map(|e| e.plan.clone())
    }

    /// A plan the picker offers (not a file holding only a province's standards).
    pub fn find_listed(&self, id: &str) -> Option<Arc<Plan>> {
        self.find(id).filter(|p| p.listed)
    }

    pub fn first_listed(&self) -> Option<Arc<Plan>> {
        self.entries
            .iter()
            .find(|e| e.plan.listed)
            .map(|e| e.plan.clone())
    }

    pub fn is_user(&self, id: &str) -> bool {
        self.entries
            .iter()
            .any(|e| e.plan.id == id && e.user_text.is_some())
    }

    pub fn builtin_ids(&self) -> Vec<String> {
        self.entries
            .iter()
            .filter(|e| e.user_text.is_none())
            .map(|e| e.plan.id.clone())
            .collect()
    }

    /// The texts of the user's plans, in the order loaded (what the browser keeps).
    pub fn user_texts(&self) -> Vec<String> {
        self.entries
            .iter()
            .filter_map(|e| e.user_text.clone())
            .collect()
    }

    /// Adds a user's plan, replacing an earlier one with the same id.
    pub fn add_user(&mut self, plan: Plan, text: String) -> Arc<Plan> {
        let plan = Arc::new(plan);
        self.entries
            .retain(|e| !(e.plan.id == plan.id && e.user_text.is_some()));
        self.entries.push(Entry {
            plan: plan.clone(),
            user_text: Some(text),
        });
        plan
    }

    /// Removes a user's plan; built-in plans stay.
    pub fn remove_user(&mut self, id: &str) {
        self.entries
            .retain(|e| !(e.plan.id == id && e.user_text.is_some()));
    }

    /// The plans `plan` inherits from, as shared handles.
    pub fn chain(&self, plan: &Plan) -> Vec<Arc<Plan>> {
        chain(&self.entries, plan)
            .into_iter()
            .map(|e| e.plan.clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_list_with_each_plans_origin() {
        let cat = Catalog::builtin();
        let (builtin, broken) = builtin_plans(&cat);
        assert!(broken.is_empty());
        let n = builtin.len();
        let example = include_str!("../../tests/e2e/fixtures/example-plan.json");
        let mine = Plan::parse(example, &cat).expect("example");
        let mut clash = mine.clone();
        clash.id = "jiaohe".into();
        let mut lib = Library::new(
            builtin,
            vec![(mine.clone(), example.into()), (clash, "x".into())],
        );
        // The clash with a built-in id is not taken.
        assert_eq!(lib.entries().len(), n + 1);
        assert!(lib.is_user("example-county") && !lib.is_user("jiaohe"));
        assert_eq!(lib.user_texts(), vec![example.to_string()]);
        assert!(lib.find_listed("hebei").is_none() && lib.find("hebei").is_some());
        assert_eq!(
            lib.chain(&mine)
                .iter()
                .map(|p| p.id.as_str())
                .collect::<Vec<_>>(),
            ["china"]
        );
        // Loading the same id again replaces it; removing it leaves the built-in plans.
        lib.add_user(mine, "again".into());
        assert_eq!(lib.user_texts(), vec!["again".to_string()]);
        lib.remove_user("example-county");
        lib.remove_user("jiaohe");
        assert_eq!(lib.entries().len(), n);
        assert!(lib.find("jiaohe").is_some());
    }
}
