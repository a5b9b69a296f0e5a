//! Model benchmarks (figures, not tests): `cargo bench --bench model`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use hps_importer as import;
use hps_model::catalog::Catalog;
use hps_model::data::library::{BUILTIN_INDEX, Library, builtin_plans, chain_plans};
use hps_model::plan::edition::Edition;
use hps_model::sim::backtest::{ORIGINS, backtest_plan};
use hps_model::sim::projection::Projection;
use hps_model::sim::report::report;
use hps_model::sim::reported::{Reports, reports};
use hps_model::sim::scenario::{Growth, Scenario};
use hps_model::sim::solve::what_it_takes;
use hps_model::sim::start::Start;
use hps_model::sim::sweep::{DRAWS, sweep};
use hps_model::sim::timeline::Today;

fn benches(c: &mut Criterion) {
    let cat = Catalog::builtin();
    let (plans, _) = builtin_plans(&cat);
    // The day the figures were taken: 2025 has passed, so China's 2025 targets are judged on
    // the bulletin's figures.
    let today = Today::new(2026, 12, 5);
    for plan in &plans {
        let s = Scenario::baseline(&cat, plan);
        let p = Projection::new(&cat, &s);
        let r = Reports::none(today);
        c.bench_function(
            &format!("assess plan {} ({} targets)", plan.id, plan.targets.len()),
            |b| b.iter(|| report(&cat, black_box(plan), black_box(&s), black_box(&p), &r)),
        );
    }
    let jiaohe = plans.iter().find(|p| p.id == "jiaohe").expect("jiaohe");
    let mut s = Scenario::baseline(&cat, jiaohe);
    s.growth = Growth::Rate(-0.8);
    s.set_yearly(cat.quantity("beds_total").expect("beds"), 60.0);
    c.bench_function("project jiaohe to 2035", |b| {
        b.iter(|| Projection::new(&cat, black_box(&s)))
    });
    c.bench_function("what it takes (jiaohe)", |b| {
        b.iter(|| what_it_takes(&cat, black_box(jiaohe), black_box(&s), today))
    });
    // Where a region starts, from its statistics and the plans it inherits (Baoding: Hebei, China).
    let baoding = plans.iter().find(|p| p.id == "baoding").expect("baoding");
    let chain = chain_plans(&plans, baoding);
    c.bench_function("starting point (baoding)", |b| {
        b.iter(|| Start::new(&cat, black_box(baoding), black_box(&chain), Edition::LATEST))
    });
    let china = plans.iter().find(|p| p.id == "china").expect("china");
    c.bench_function(
        "what was reported, and predicted (china, 2026-12-05)",
        |b| {
            b.iter(|| {
                reports(
                    &cat,
                    &china.targets,
                    black_box(china),
                    &[],
                    Edition::LATEST,
                    today,
                )
            })
        },
    );
    c.bench_function(
        "back-test, 5 series and the population × 3 starts (china)",
        |b| b.iter(|| backtest_plan(&cat, black_box(china), &ORIGINS)),
    );
    // Start-up: every plan file parsed, against only the plan opened and those it inherits.
    c.bench_function("parse all built-in plans", |b| {
        b.iter(|| builtin_plans(black_box(&cat)))
    });
    let leaked: &'static Catalog = Box::leak(Box::new(Catalog::builtin()));
    c.bench_function("open jiaohe (parse it and china)", |b| {
        b.iter(|| {
            let lib = Library::new(leaked, BUILTIN_INDEX, Vec::new());
            let plan = lib.find_listed("jiaohe").expect("jiaohe");
            (lib.chain(&plan), plan)
        })
    });
    let jiaohe_text = include_str!("../seeds/003_742c97a7a7a955b2.txt");
    c.bench_function(
        "import the jiaohe text (58 KB) and write its plan file",
        |b| {
            b.iter(|| {
                let p = import::import(black_box(jiaohe_text), &cat).expect("imports");
                p.to_plan_json("蛟河市", None)
            })
        },
    );
    c.bench_function("uncertainty sweep, 10,000 draws (jiaohe)", |b| {
        b.iter(|| {
            sweep(
                &cat,
                black_box(jiaohe),
                black_box(&s),
                (-2.0, 1.0),
                DRAWS,
                7,
            )
        })
    });
}

criterion_group! {
    name = model;
    config = Criterion::default().sample_size(30).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(model);
