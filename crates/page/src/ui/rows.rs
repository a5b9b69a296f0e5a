//! The open plan's report, one signal per row. Every table cell that shows a row reads that
//! row's signal, and one effect sets a row's signal only when the row changed: a slider move then
//! wakes the cells of the two or three rows it changes, not every cell of the scoreboard, the
//! overview, the tracked and the held tables (issue 9: a hundred memos and several hundred
//! effects used to be checked on each move).

use leptos::prelude::*;

use hps_model::sim::report::{Report, Row};

type Pool = StoredValue<Vec<RwSignal<Option<Row>>>>;

#[derive(Clone, Copy)]
pub struct RowSignals {
    /// By target index (the report's `rows`).
    rows: Pool,
    /// By position in the report's `held` list (targets due by 2025, judged again in 2035).
    held: Pool,
    /// The page's owner: signals added later must outlive the component that first asked.
    owner: StoredValue<Owner>,
    report: Memo<Report>,
}

impl RowSignals {
    /// Filled from `report` at once, so the first render reads every row, then kept in step.
    pub fn new(report: Memo<Report>) -> RowSignals {
        let signals = RowSignals {
            rows: StoredValue::new(Vec::new()),
            held: StoredValue::new(Vec::new()),
            owner: StoredValue::new(Owner::current().unwrap_or_default()),
            report,
        };
        report.with_untracked(|r| signals.sync(r));
        Effect::new(move |_| report.with(|r| signals.sync(r)));
        signals
    }

    /// The row of target `ix` (`None` when the open plan has no such target).
    pub fn row(&self, ix: usize) -> RwSignal<Option<Row>> {
        let fresh = self.report.with_untracked(|r| r.rows.get(ix).cloned());
        self.signal(self.rows, ix, fresh)
    }

    /// The `pos`-th row of the 2035 re-judgement.
    pub fn held(&self, pos: usize) -> RwSignal<Option<Row>> {
        let fresh = self.report.with_untracked(|r| r.held.get(pos).cloned());
        self.signal(self.held, pos, fresh)
    }

    /// The signal, brought up to date first: a table built for a plan just opened may ask before
    /// the effect below has run.
    fn signal(&self, pool: Pool, i: usize, fresh: Option<Row>) -> RwSignal<Option<Row>> {
        self.grow(pool, i + 1);
        let signal = pool.with_value(|p| p[i]);
        if signal.with_untracked(|old| *old != fresh) {
            signal.set(fresh);
        }
        signal
    }

    fn grow(&self, pool: Pool, len: usize) {
        if pool.with_value(|p| p.len()) < len {
            let owner = self.owner.get_value();
            pool.update_value(|p| {
                while p.len() < len {
                    p.push(owner.with(|| RwSignal::new(None)));
                }
            });
        }
    }

    fn sync(&self, report: &Report) {
        for (pool, rows) in [(self.rows, &report.rows), (self.held, &report.held)] {
            self.grow(pool, rows.len());
            for (i, signal) in pool.get_value().into_iter().enumerate() {
                let row = rows.get(i);
                if signal.with_untracked(|old| old.as_ref() != row) {
                    signal.set(row.cloned());
                }
            }
        }
    }
}
