//! The full evaluation of the default plan with a heavy ledger: 100 000
//! activities and 10 000 readings over a year. The goal is under 20 ms.
//! Also the reading of that document from its stored text (`format`), which
//! every start, import and other tab's save goes through.

mod common;

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};

use luoshi::engine::evaluate;

const ACTIVITIES: usize = 100_000;
const READINGS: usize = 10_000;

fn bench_evaluate(c: &mut Criterion) {
    let doc = common::ledger(ACTIVITIES, READINGS, common::Words::Bare);
    let as_of = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap_or(doc.plan.start);
    let once = evaluate(&doc, as_of);
    println!(
        "default plan: {} targets, {} activities, {} readings; plan completion {}%",
        once.targets.len(),
        doc.activities.len(),
        doc.readings.len(),
        once.completion.percent_1dp()
    );
    c.bench_function(
        "evaluate default plan, 100k activities, 10k readings",
        |b| b.iter(|| evaluate(black_box(&doc), black_box(as_of))),
    );
}

fn bench_decode(c: &mut Criterion) {
    let text =
        luoshi::format::encode_compact(&common::ledger(ACTIVITIES, READINGS, common::Words::Bare));
    println!("stored text: {:.1} MB", text.len() as f64 / 1e6);
    let mut group = c.benchmark_group("format");
    group.sample_size(20);
    group.bench_function(
        "decode the stored text, 100k activities, 10k readings",
        |b| b.iter(|| luoshi::format::decode_current_unexplained(black_box(&text))),
    );
    group.finish();
}

criterion_group!(benches, bench_evaluate, bench_decode);
criterion_main!(benches);
