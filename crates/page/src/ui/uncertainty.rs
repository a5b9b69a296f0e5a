//! Runs the uncertainty sweep when a growth range is set, a moment after the scenario stops
//! changing (10,000 draws are quick, but not something to redo for every slider step).

use leptos::prelude::*;

use super::state::AppState;
use hps_model::sim::sweep::{DRAWS, sweep};

use crate::browser::page::now_ms;
use crate::browser::timer::Debounce;

pub fn keep_sweep(app: AppState) {
    let waiting = Debounce::new(120);
    Effect::new(move |_| {
        let range = app.range.get();
        let seed = app.seed.get();
        let plan = app.plan.get();
        let scenario = app.scenario.get();
        waiting.cancel();
        // Clearing an already empty result would still wake every row that shows probabilities.
        if app.sweep.with_untracked(Option::is_some) {
            app.sweep.set(None);
        }
        let Some(range) = range else { return };
        waiting.schedule(move || {
            let start = now_ms();
            let result = sweep(app.catalog, &plan, &scenario, range, DRAWS, seed);
            app.sweep_ms.set(now_ms() - start);
            app.sweep.set(Some(result));
        });
    });
}
