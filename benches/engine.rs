//! The full evaluation of the default plan with a heavy ledger: 100 000
//! activities and 10 000 readings over a year. The goal is under 20 ms.
//! Also the reading of that document from its stored text (`format`), which
//! every start, import and other tab's save goes through.

use chrono::{DateTime, Days, NaiveDate};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

use luoshi::engine::evaluate;
use luoshi::fixed::Fixed;
use luoshi::plan::{
    Activity, ActivityId, Document, Reading, ReadingId, ReadingValue, TargetId, TargetKind,
};
use luoshi::seed::default_plan;

const ACTIVITIES: usize = 100_000;
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

fn heavy_document() -> Document {
    let plan = default_plan(2026);
    let stamp = DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").unwrap_or_default();
    let start = plan.start;
    let days = plan.days().max(1) as usize;
    let people: Vec<String> = plan.people.iter().map(|p| p.name.clone()).collect();
    let mut by_activity: Vec<(TargetId, bool)> = Vec::new();
    let mut by_reading: Vec<(TargetId, bool)> = Vec::new();
    for (_, t) in plan.targets() {
        match t.kind {
            TargetKind::Ratio { .. } => by_reading.push((t.id.clone(), true)),
            TargetKind::Threshold { .. } | TargetKind::Improvement { .. } => {
                by_reading.push((t.id.clone(), false))
            }
            _ => by_activity.push((t.id.clone(), false)),
        }
    }
    let mut rng = Lcg(2026);
    let date = |rng: &mut Lcg| -> NaiveDate {
        start
            .checked_add_days(Days::new(rng.below(days) as u64))
            .unwrap_or(start)
    };
    let activities = (0..ACTIVITIES)
        .map(|n| {
            let mut targets = vec![by_activity[rng.below(by_activity.len())].0.clone()];
            if rng.below(4) == 0 {
                targets.push(by_activity[rng.below(by_activity.len())].0.clone());
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

fn bench_evaluate(c: &mut Criterion) {
    let doc = heavy_document();
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
    let text = luoshi::format::encode_compact(&heavy_document());
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
