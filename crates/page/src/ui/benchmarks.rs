//! National and international benchmarks beside the plan, when switched on. Never presented as
//! the plan's targets; medium- and low-confidence figures carry their caveat.

use leptos::prelude::*;

use super::scoreboard::TableHead;
use super::state::use_app;
use super::status::StatusBadge;
use hps_model::plan::Confidence;
use hps_model::sim::assess::indicator_value;
use hps_model::sim::benchmark::Benchmark;
use hps_words::format;

#[component]
pub fn BenchmarkToggle() -> impl IntoView {
    let app = use_app();
    view! {
        <button
            type="button"
            data-action="toggle-benchmarks"
            aria-pressed=move || if app.international.get() { "true" } else { "false" }
            on:click=move |_| app.toggle_benchmarks()
        >
            {app.t("bench.toggle")}
        </button>
    }
}

#[component]
fn BenchmarkRow(b: &'static Benchmark) -> impl IntoView {
    let app = use_app();
    let is_ratio = b.indicator.is_ratio();
    let year = move || b.year_for(app.milestone.get().year());
    let value = Memo::new(move |_| {
        let y = year();
        app.projection
            .with(|p| indicator_value(app.catalog, &b.indicator.kind, p.at(y)).ok())
    });
    let status = Signal::derive(move || b.judge(value.get()));
    let fig = if is_ratio {
        format!("1:{}", format::figure(b.value, 2))
    } else {
        format::figure(b.value, 2)
    };
    let (conf_key, conf_class) = match b.confidence {
        Confidence::High => ("bench.conf_high", "confidence confidence-high"),
        Confidence::Medium => ("bench.conf_medium", "confidence confidence-medium"),
        Confidence::Low => ("bench.conf_low", "confidence confidence-low"),
    };
    view! {
        <tr data-benchmark=b.id.clone() data-status=move || status.get().code()>
            <th scope="row">
                <span class="indicator-label">{app.text(&b.indicator.label)}</span>
                <span class="target-year">{b.year}</span>
                <span class=conf_class>{app.t(conf_key)}</span>
                <p class="source">{app.text(&b.source)}</p>
                {b.caveat.as_ref().map(|c| view! { <p class="caveat" role="note">"⚠ "{app.text(c)}</p> })}
            </th>
            <td class="num value" data-label=app.t("col.value")>
                {move || value.get().map(|v| format::value(v, b.indicator.decimals, is_ratio)).unwrap_or_else(|| "—".into())}
                <span class="target-year">{year}</span>
            </td>
            <td class="num" data-label=app.t("bench.figure")>{if b.reference_only { fig.clone() } else { format!("≥ {fig}") }}</td>
            <td data-label=app.t("col.status")>
                {if b.reference_only {
                    view! {
                        <span class="reference">
                            {move || match b.above(value.get()) {
                                Some(true) => app.t("bench.above"),
                                Some(false) => app.t("bench.below"),
                                None => "—",
                            }}
                        </span>
                    }
                    .into_any()
                } else {
                    view! { <StatusBadge status/> }.into_any()
                }}
            </td>
        </tr>
    }
}

#[component]
pub fn BenchmarksPanel() -> impl IntoView {
    let app = use_app();
    view! {
        {move || app.international.get().then(|| view! {
            <section class="panel benchmarks" aria-labelledby="bench-title" data-benchmarks="">
                <h2 id="bench-title">{app.t("bench.title")}</h2>
                <p class="hint not-plan">{app.t("bench.not_plan")}</p>
                <div class="table-wrap">
                    <table class="targets">
                        <TableHead cols=&["bench.indicator", "col.value", "bench.figure", "col.status"]/>
                        <tbody>
                            {app.benchmarks.iter().map(|b| view! { <BenchmarkRow b/> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
        })}
    }
}
