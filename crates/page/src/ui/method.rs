//! Method notes: where the levers start, what "the recent pace" is, and the back-test that shows
//! how far that pace can be trusted (computed only when the notes are opened).

use leptos::prelude::*;

use super::scoreboard::TableHead;
use super::state::use_app;
use hps_model::plan::{NATION, Plan};
use hps_model::sim::backtest::{Backtest, ORIGINS, Series, backtest_plan};
use hps_words::format::{figure, signed};

#[component]
pub fn MethodNotes() -> impl IntoView {
    let app = use_app();
    let open = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        // The nation's series as the page's data edition has them.
        let edition = app.edition.get();
        app.library
            .with(|l| {
                l.find(NATION)
                    .map(|p| backtest_plan(app.catalog, &Plan::as_of(&p, edition), &ORIGINS))
            })
            .unwrap_or_default()
            .iter()
            .map(BacktestRow::from)
            .collect::<Vec<_>>()
    });
    view! {
        <details class="panel method" data-method-notes="" on:toggle:target=move |ev| open.set(ev.target().open())>
            <summary><h2>{app.t("method.title")}</h2></summary>
            <p>{app.t("method.start")}</p>
            <p>{app.t("method.pace")}</p>
            <p>{app.t("method.direction")}</p>
            <h3>{app.t("method.backtest_title")}</h3>
            <p class="hint">{app.t("method.backtest_hint")}</p>
            <div class="table-wrap">
                <table class="targets backtest" data-backtest="">
                    <TableHead cols=&["method.col_indicator", "method.col_start", "method.col_pace", "method.col_years", "method.col_mae", "method.col_last"]/>
                    <tbody>
                        {move || rows.get().into_iter().map(|r| {
                            let pace = match (r.pace, r.population) {
                                (Some(p), false) => app.tf("method.pace_per_year", &[("value", &signed(p, 3))]),
                                (Some(p), true) => app.tf("method.pace_percent", &[("value", &signed(p, 3))]),
                                (None, _) => app.t("method.no_pace").to_string(),
                            };
                            // A population's error is thousands of people (no decimals) and a
                            // small share of them (two decimals of a percent).
                            let (digits, pct) = if r.population { (0, 2) } else { (3, 1) };
                            view! {
                                <tr data-backtest-row=format!("{}:{}", r.indicator, r.origin)
                                    data-mae=format!("{:.4}", r.mae) data-mape=format!("{:.2}", r.mape)>
                                    <th scope="row">{app.text(&r.label)}</th>
                                    <td class="num">{r.origin}</td>
                                    <td class="num">{pace}</td>
                                    <td class="num">{format!("{}–{}", r.first_year, r.last_year)}</td>
                                    <td class="num">{format!("{} {} ({}%)", figure(r.mae, digits), app.text(&r.unit), figure(r.mape, pct))}</td>
                                    <td class="num">{format!("{}: {} ({}%)", r.last_year, signed(r.last_error, digits.min(2)), signed(r.last_percent, pct))}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// One back-test as the table shows it.
#[derive(Clone, Debug, PartialEq)]
struct BacktestRow {
    indicator: String,
    population: bool,
    label: hps_model::text::Text,
    unit: hps_model::text::Text,
    origin: i32,
    pace: Option<f64>,
    first_year: i32,
    last_year: i32,
    mae: f64,
    mape: f64,
    last_error: f64,
    last_percent: f64,
}

impl From<&Backtest> for BacktestRow {
    fn from(b: &Backtest) -> Self {
        let first = b.checks.first().map(|c| c.year).unwrap_or(b.origin);
        let last = b.last();
        BacktestRow {
            indicator: b.series.id().to_string(),
            population: matches!(b.series, Series::Population { .. }),
            label: b.series.label().clone(),
            unit: b.series.unit().clone(),
            origin: b.origin,
            pace: b.pace,
            first_year: first,
            last_year: last.map(|c| c.year).unwrap_or(first),
            mae: b.mean_abs_error(),
            mape: b.mean_abs_percent(),
            last_error: last.map(|c| c.error()).unwrap_or(0.0),
            last_percent: last.map(|c| c.percent()).unwrap_or(0.0),
        }
    }
}
