//! Rules that hold for all inputs, checked on every built-in plan's computed targets.

use hps_model::catalog::Catalog;
use hps_model::plan::{Comparison, Plan};
use hps_model::sim::assess::{Status, assess, status_only};
use proptest::prelude::*;

use crate::common;

/// Every built-in plan: all of them load (`common::plans` checks), so none passes by being absent.
fn setup() -> (&'static Catalog, &'static [Plan]) {
    (common::catalog(), common::plans())
}

/// Lever values for every quantity: population-like ones in the tens of thousands to millions.
fn values_strategy(n: usize) -> impl Strategy<Value = Vec<Option<f64>>> {
    prop::collection::vec((0u32..2_000_000u32).prop_map(|v| Some(f64::from(v))), n)
}

/// Lever values that may be missing or zero, to reach every branch of the two paths.
fn sparse_values(n: usize) -> impl Strategy<Value = Vec<Option<f64>>> {
    prop::collection::vec(
        prop_oneof![
            3 => (0u32..2_000_000u32).prop_map(|v| Some(f64::from(v))),
            1 => Just(Some(0.0)),
            1 => Just(None),
        ],
        n,
    )
}

proptest! {
    #![proptest_config(common::proptest_config(300))]

    /// The sweep's allocation-free status is the full assessment's status, for every computed
    /// target of every plan (directions and population rules included).
    #[test]
    fn the_fast_status_equals_the_full_assessment(values in sparse_values(64)) {
        let (cat, plans) = setup();
        let mut values = values;
        values.truncate(cat.quantities.len());
        for plan in plans {
            for t in plan.targets.iter().filter(|t| !t.is_tracked()) {
                let full = assess(cat, t, &values, None).status;
                prop_assert_eq!(status_only(cat, t, &values), full, "{}: {}", plan.id, t.id);
            }
        }
    }

    /// Adding to a target's lever never turns a met "at least" target into missed, and never
    /// takes an "about" target from its band back below it.
    #[test]
    fn more_of_a_lever_never_unmeets_a_floor(values in values_strategy(64), extra in 1u32..100_000) {
        let (cat, plans) = setup();
        let mut values = values;
        values.truncate(cat.quantities.len());
        for plan in plans {
            for t in plan.targets.iter().filter(|t| !t.is_tracked()) {
                let Some(lever) = t.indicator.kind.lever() else { continue };
                let before = assess(cat, t, &values, None).status;
                let mut more = values.clone();
                more[lever] = more[lever].map(|v| v + f64::from(extra));
                let after = assess(cat, t, &more, None).status;
                match t.comparison {
                    Comparison::AtLeast(_) | Comparison::PopulationRule { .. } => {
                        prop_assert!(!(before == Status::Met && after == Status::Missed), "{}: {before:?} → {after:?}", t.id);
                    }
                    Comparison::About { .. } | Comparison::Between { .. } => {
                        prop_assert!(!(before.is_success() && after == Status::Missed), "{}: {before:?} → {after:?}", t.id);
                    }
                    _ => {}
                }
            }
        }
    }

    /// The lever value reported as needed meets the target, and one less (or one more, for a
    /// ceiling) does not: it is the smallest whole number of beds or people that works.
    #[test]
    fn needed_value_meets_and_is_tight(values in values_strategy(64)) {
        let (cat, plans) = setup();
        let mut values = values;
        values.truncate(cat.quantities.len());
        for plan in plans {
            for t in plan.targets.iter().filter(|t| !t.is_tracked()) {
                let o = assess(cat, t, &values, None);
                let Some(lg) = o.lever else { continue };
                if let Some(min) = lg.min {
                    let mut v = values.clone();
                    v[lg.quantity] = Some(min);
                    let s = assess(cat, t, &v, None).status;
                    // Reaching the stated figure may overshoot a 左右 band that is narrower than one bed.
                    prop_assert!(s.is_success() || s == Status::Over, "{}: needed {min} gives {s:?}", t.id);
                    if min >= 1.0 {
                        v[lg.quantity] = Some(min - 1.0);
                        let below = assess(cat, t, &v, None).status;
                        prop_assert!(below != Status::Met, "{}: one less ({}) still meets", t.id, min - 1.0);
                    }
                }
                if let Some(max) = lg.max {
                    let mut v = values.clone();
                    v[lg.quantity] = Some(max);
                    let s = assess(cat, t, &v, None).status;
                    prop_assert!(s != Status::Over, "{}: cap {max} gives {s:?}", t.id);
                    v[lg.quantity] = Some(max + 1.0);
                    let s = assess(cat, t, &v, None).status;
                    prop_assert!(s == Status::Over || s == Status::Missed, "{}: one more than the cap ({}) gives {s:?}", t.id, max + 1.0);
                }
            }
        }
    }

    /// Any value at all, however bad, is judged or explained, never a panic.
    #[test]
    fn any_values_never_panic(values in prop::collection::vec(prop::option::of(any::<f64>()), 64)) {
        let (cat, plans) = setup();
        let mut values = values;
        values.truncate(cat.quantities.len());
        for plan in plans {
            for t in &plan.targets {
                let o = assess(cat, t, &values, None);
                if o.status == Status::NotAssessable {
                    prop_assert!(o.reason.is_some());
                }
            }
        }
    }
}
