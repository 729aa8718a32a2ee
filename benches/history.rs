//! The status-history grid: every target of the default plan at the end of
//! each of 12 months. The goal is 100 ms in the browser for 30
//! targets × 12 months; natively it should be a small part of that.
//!
//! Two ledgers: the example ledger for the whole year, and 30 units' files
//! of 1,000 activities each merged (30,000 activities), the size the
//! office consolidates.

use chrono::{DateTime, Days, NaiveDate};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

use luoshi::history::history;
use luoshi::plan::{Activity, ActivityId, Document, TargetKind};
use luoshi::seed::example_document;

/// A fixed-seed generator so that every run measures the same ledger.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n.max(1) as u64) as usize
    }
}

/// The example plan with 30 units × 1,000 activities over the year.
fn thirty_units(as_of: NaiveDate) -> Document {
    let mut doc = example_document(2026, as_of);
    let stamp = DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").unwrap_or_default();
    let targets: Vec<_> = doc
        .plan
        .targets()
        .filter(|(_, t)| {
            !t.kind.takes_readings() && !matches!(t.kind, TargetKind::Milestone { .. })
        })
        .map(|(_, t)| t.id.clone())
        .collect();
    let people: Vec<String> = doc.plan.people.iter().map(|p| p.name.clone()).collect();
    let days = doc.plan.days().max(1) as usize;
    let start = doc.plan.start;
    let mut rng = Lcg(2026);
    for unit in 0..30 {
        for n in 0..1_000 {
            let date = start
                .checked_add_days(Days::new(rng.below(days) as u64))
                .unwrap_or(start);
            doc.activities.push(Activity {
                recorded_by: String::new(),
                evidence: Vec::new(),
                id: ActivityId(format!("u{unit:02}-{n:04}")),
                date,
                title: "活动".into(),
                targets: vec![targets[rng.below(targets.len())].clone()],
                quantity: 1,
                people: vec![people[rng.below(people.len())].clone()],
                lead_unit: format!("处室{unit:02}"),
                notes: String::new(),
                updated_at: stamp,
            });
        }
    }
    doc
}

fn bench_history(c: &mut Criterion) {
    let as_of = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap_or_default();
    let example = example_document(2026, as_of);
    let heavy = thirty_units(as_of);
    for (name, doc) in [("example ledger", &example), ("30 units × 1,000", &heavy)] {
        let h = history(doc, as_of);
        println!(
            "{name}: {} targets × {} months, {} activities",
            h.targets.len(),
            h.checkpoints.len(),
            doc.activities.len()
        );
    }
    c.bench_function(
        "status history, default plan × 12 months, example ledger",
        |b| b.iter(|| history(black_box(&example), black_box(as_of))),
    );
    c.bench_function(
        "status history, default plan × 12 months, 30,000 activities",
        |b| b.iter(|| history(black_box(&heavy), black_box(as_of))),
    );
}

criterion_group!(benches, bench_history);
criterion_main!(benches);
