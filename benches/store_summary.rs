//! The summary row a save writes, at 10,000 and at 100,000 activities (with
//! 10,000 readings) on the default plan: made by evaluating the document
//! (`store::summary`) and from the figures the saver already has
//! (`store::summary_from`, no second evaluation); and the first screen read
//! back from the plan's rows and that row (`store::first_screen`), which
//! does not grow with the ledger.

mod common;

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};

use luoshi::engine::evaluate;
use luoshi::store::{self, FirstKeys, SaveAt};

const READINGS: usize = 10_000;

fn bench_summary(c: &mut Criterion) {
    let as_of = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap_or_default();
    let mut group = c.benchmark_group("store summary");
    group.sample_size(20);
    for n in [10_000, 100_000] {
        let doc = common::ledger(n, READINGS, common::Words::Bare);
        let progress = evaluate(&doc, as_of);
        let text = luoshi::format::stored::encode_summary(&store::summary_from(&doc, &progress, 1));
        println!(
            "{n} activities, {READINGS} readings: the summary row is {:.1} KB",
            text.len() as f64 / 1e3
        );
        group.bench_function(format!("store::summary (evaluates), {n} activities"), |b| {
            b.iter(|| store::summary(black_box(&doc), black_box(as_of), 1))
        });
        group.bench_function(
            format!("store::summary_from (the saver's figures), {n} activities"),
            |b| b.iter(|| store::summary_from(black_box(&doc), black_box(&progress), 1)),
        );
        group.bench_function(
            format!("store::stamp_rows_with (meta and summary rows, encoded), {n} activities"),
            |b| {
                let at = SaveAt {
                    revision: 1,
                    saved_at: "2026-09-30T09:00:00+08:00".into(),
                    as_of,
                };
                b.iter(|| store::stamp_rows_with(black_box(&doc), &at, Some(&progress)))
            },
        );
        if n == 100_000 {
            let at = SaveAt {
                revision: 1,
                saved_at: "2026-09-30T09:00:00+08:00".into(),
                as_of,
            };
            let id = doc.plan.id.as_str().to_string();
            let keys = FirstKeys::of(&id);
            let rows: Vec<(String, String)> = store::save_with(None, &doc, &at, Some(&progress))
                .put
                .into_iter()
                .map(|r| (r.key.encode(), r.value))
                .collect();
            let value = |k: &str| {
                rows.iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.clone())
            };
            let (meta, summary) = (value(&keys.meta), value(&keys.summary));
            let plan: Vec<(String, String)> = rows
                .iter()
                .filter(|(k, _)| k.starts_with(&keys.plan_prefix))
                .cloned()
                .collect();
            group.bench_function(
                "store::first_screen (plan rows, meta and summary rows read back)",
                |b| {
                    b.iter(|| {
                        store::first_screen(
                            &id,
                            meta.as_deref(),
                            summary.as_deref(),
                            black_box(&plan),
                            as_of,
                        )
                    })
                },
            );
        }
    }
    group.finish();
}

criterion_group!(benches, bench_summary);
criterion_main!(benches);
