//! Runs the uncertainty sweep when a growth range is set, a moment after the scenario stops
//! changing (10,000 draws are quick, but not something to redo for every slider step).

use leptos::prelude::*;

use super::state::AppState;
use crate::model::sweep::{DRAWS, sweep};

use crate::browser::page::now_ms;

pub fn keep_sweep(app: AppState) {
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let range = app.range.get();
        let seed = app.seed.get();
        let plan = app.plan.get();
        let scenario = app.scenario.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        // Clearing an already empty result would still wake every row that shows probabilities.
        if app.sweep.with_untracked(Option::is_some) {
            app.sweep.set(None);
        }
        let Some(range) = range else { return };
        set_timeout(
            move || {
                if generation.get_value() != mine {
                    return;
                }
                let start = now_ms();
                let result = sweep(app.catalog, &plan, &scenario, range, DRAWS, seed);
                app.sweep_ms.set(now_ms() - start);
                app.sweep.set(Some(result));
            },
            std::time::Duration::from_millis(120),
        );
    });
}
