//! Runs the uncertainty sweep when a growth range is set, a moment after the scenario stops
//! changing (10,000 draws are quick, but not something to redo for every slider step).

use leptos::prelude::*;

use super::state::AppState;
use hps_model::sim::sweep::{DRAWS, Sweep, sweep};

use crate::browser::page::now_ms;
use crate::browser::timer::Debounce;

/// The latest sweep and how long it took, in a small context of its own.
#[derive(Clone, Copy)]
pub struct Sweeps {
    result: RwSignal<Option<Sweep>>,
    ms: RwSignal<f64>,
}

impl Sweeps {
    /// Provides the context for the page below, with no sweep yet.
    pub fn provide() -> Sweeps {
        let sweeps = Sweeps {
            result: RwSignal::new(None),
            ms: RwSignal::new(0.0),
        };
        provide_context(sweeps);
        sweeps
    }

    /// The latest sweep (tracked).
    pub fn latest(self) -> Option<Sweep> {
        self.result.get()
    }

    pub fn latest_untracked(self) -> Option<Sweep> {
        self.result.get_untracked()
    }

    /// The chance target `ix` is met in its year, and in 2035 (tracked).
    pub fn chances(self, ix: usize) -> Option<(Option<f64>, Option<f64>)> {
        self.result.with(|s| {
            s.as_ref().map(|s| {
                (
                    s.at_year.get(ix).copied().flatten(),
                    s.at_2035.get(ix).copied().flatten(),
                )
            })
        })
    }

    /// How long the last sweep took in the browser, in milliseconds (tracked).
    pub fn ms(self) -> f64 {
        self.ms.get()
    }

    /// Forgets the sweep (clearing an empty one would still wake every row that shows it).
    pub fn clear(self) {
        if self.result.with_untracked(Option::is_some) {
            self.result.set(None);
        }
    }
}

pub fn use_sweeps() -> Sweeps {
    // The App component provides it before any child renders.
    use_context::<Sweeps>().unwrap_or_else(|| panic!("Sweeps not provided"))
}

pub fn keep_sweep(app: AppState, sweeps: Sweeps) {
    let waiting = Debounce::new(120);
    Effect::new(move |_| {
        let range = app.range.get();
        let seed = app.seed.get();
        let plan = app.plan.get();
        let scenario = app.scenario.get();
        waiting.cancel();
        sweeps.clear();
        let Some(range) = range else { return };
        waiting.schedule(move || {
            let start = now_ms();
            let result = sweep(app.catalog, &plan, &scenario, range, DRAWS, seed);
            sweeps.ms.set(now_ms() - start);
            sweeps.result.set(Some(result));
        });
    });
}
