//! The summary row a save writes, at 10,000 and at 100,000 activities (with
//! 10,000 readings) on the default plan: made by evaluating the document
//! (`store::summary`) and from the figures the saver already has
//! (`store::summary_from`, no second evaluation); and the first screen read
//! back from the plan's rows and that row (`store::first_screen`), which
//! does not grow with the ledger.

use chrono::{DateTime, Days, NaiveDate};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

use luoshi::engine::evaluate;
use luoshi::fixed::Fixed;
use luoshi::plan::{
    Activity, ActivityId, Document, Reading, ReadingId, ReadingValue, TargetId, TargetKind,
};
use luoshi::seed::default_plan;
use luoshi::store::{self, FirstKeys, SaveAt};

const READINGS: usize = 10_000;

/// A fixed-seed generator so that every run measures the same ledger.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The default plan of 2026 with `activities` activities and 10,000
/// readings spread over the year (as benches/engine.rs makes them).
fn heavy_document(activities: usize) -> Document {
    let plan = default_plan(2026);
    let stamp = DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").unwrap_or_default();
    let start = plan.start;
    let days = plan.days().max(1) as usize;
    let people: Vec<String> = plan.people.iter().map(|p| p.name.clone()).collect();
    let mut by_activity: Vec<TargetId> = Vec::new();
    let mut by_reading: Vec<(TargetId, bool)> = Vec::new();
    for (_, t) in plan.targets() {
        match t.kind {
            TargetKind::Ratio { .. } => by_reading.push((t.id.clone(), true)),
            TargetKind::Threshold { .. } | TargetKind::Improvement { .. } => {
                by_reading.push((t.id.clone(), false))
            }
            _ => by_activity.push(t.id.clone()),
        }
    }
    let mut rng = Lcg(2026);
    let date = |rng: &mut Lcg| -> NaiveDate {
        start
            .checked_add_days(Days::new(rng.below(days) as u64))
            .unwrap_or(start)
    };
    let activities = (0..activities)
        .map(|n| {
            let mut targets = vec![by_activity[rng.below(by_activity.len())].clone()];
            if rng.below(4) == 0 {
                targets.push(by_activity[rng.below(by_activity.len())].clone());
            }
            let who = (0..rng.below(3))
                .map(|_| people[rng.below(people.len())].clone())
                .collect();
            Activity {
                recorded_by: String::new(),
                evidence: Vec::new(),
                id: ActivityId(format!("a{n:06}")),
                date: date(&mut rng),
                title: "活动".into(),
                targets,
                quantity: 1 + rng.below(2) as u32,
                people: who,
                lead_unit: String::new(),
                notes: String::new(),
                updated_at: stamp,
            }
        })
        .collect();
    let readings = (0..READINGS)
        .map(|n| {
            let (target, counts) = &by_reading[rng.below(by_reading.len())];
            let value = if *counts {
                let den = 50 + rng.below(100) as u64;
                ReadingValue::Counts {
                    numerator: den - rng.below(10) as u64,
                    denominator: den,
                }
            } else {
                ReadingValue::Value(Fixed::from_raw(50_000 + rng.below(1_000_000) as i64))
            };
            Reading {
                recorded_by: String::new(),
                evidence: Vec::new(),
                id: ReadingId(format!("r{n:05}")),
                target: target.clone(),
                date: date(&mut rng),
                value,
                notes: String::new(),
                updated_at: stamp,
            }
        })
        .collect();
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan,
        activities,
        readings,
        tombstones: Vec::new(),
    }
}

fn bench_summary(c: &mut Criterion) {
    let as_of = NaiveDate::from_ymd_opt(2026, 9, 30).unwrap_or_default();
    let mut group = c.benchmark_group("store summary");
    group.sample_size(20);
    for n in [10_000, 100_000] {
        let doc = heavy_document(n);
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
