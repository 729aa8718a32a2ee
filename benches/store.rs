//! The store's save of one change at the sizes that matter: 10 000 and
//! 100 000 activities with 10 000 readings, records shaped like the
//! example ledger's (about 190 characters stored). What a save costs
//! before the browser writes: `Saved::delta` for one added, edited or
//! deleted activity, the whole comparison of an import or a merge
//! (`Touched::All`), the index built from the rows a load read, and,
//! for comparison, the delta between two whole documents it replaces.
//! The target: one added activity committed within 20 ms in the browser,
//! where wasm runs 1.5–2× slower than this, so the pure part a few ms.
//! Also prints the memory the index holds at each size.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use chrono::{DateTime, Days, NaiveDate};
use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};

use luoshi::command::{Command, Touched};
use luoshi::fixed::Fixed;
use luoshi::plan::{
    Activity, ActivityId, Document, Reading, ReadingId, ReadingValue, TargetId, TargetKind,
};
use luoshi::seed::default_plan;
use luoshi::store::{self, SaveAt, Saved};

/// Counts the bytes held, to print what the index takes.
struct Counting;

static HELD: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        HELD.fetch_add(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: the layout is the caller's, passed on as it is.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        HELD.fetch_sub(layout.size() as isize, Ordering::Relaxed);
        // SAFETY: the pointer and layout are the caller's, from `alloc`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

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

fn ledger(activities: usize) -> Document {
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
                recorded_by: "督查室".into(),
                evidence: Vec::new(),
                id: ActivityId(format!("a{n:06}")),
                date: date(&mut rng),
                title: format!("第{n}次专题调度会暨重点任务推进情况督查"),
                targets,
                quantity: 1 + rng.below(2) as u32,
                people: who,
                lead_unit: "秘书一处".into(),
                notes: "会议纪要已印发，相关单位按分工抓好落实".into(),
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
                notes: "月度统计".into(),
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

fn later() -> luoshi::plan::Stamp {
    DateTime::parse_from_rfc3339("2026-07-02T09:00:00+08:00").unwrap_or_default()
}

/// `doc` after `cmd`, with what it touched.
fn after(doc: &Document, cmd: Command) -> (Document, Touched) {
    let mut d = doc.clone();
    let touched = cmd.touched();
    d.apply(cmd).expect("the bench's command applies");
    (d, touched)
}

fn bench_size(c: &mut Criterion, activities: usize, label: &str) {
    let doc = ledger(activities);
    let held = HELD.load(Ordering::Relaxed);
    let saved = Saved::of(&doc);
    let index = HELD.load(Ordering::Relaxed) - held;
    let rows = store::rows(&doc);
    let text: usize = rows
        .iter()
        .map(|r| r.key.encode().len() + r.value.len())
        .sum();
    println!(
        "{label}: {} rows, {:.1} MB stored; the index holds {:.1} MB",
        rows.len(),
        text as f64 / 1e6,
        index as f64 / 1e6
    );

    let mut new = doc.activities[doc.activities.len() / 2].clone();
    new.id = ActivityId("new-1".into());
    new.updated_at = later();
    let (added, add_touched) = after(&doc, Command::AddActivity(new));
    let mut edit = doc.activities[doc.activities.len() / 3].clone();
    edit.notes = "已补充佐证材料".into();
    edit.updated_at = later();
    let (edited, edit_touched) = after(&doc, Command::UpdateActivity(edit));
    let (deleted, delete_touched) = after(
        &doc,
        Command::DeleteActivity {
            id: doc.activities[doc.activities.len() / 4].id.clone(),
            at: later(),
        },
    );
    let at = SaveAt {
        revision: 2,
        saved_at: "2026-07-02T09:00:00+08:00".into(),
        as_of: NaiveDate::from_ymd_opt(2026, 7, 2).unwrap_or(doc.plan.start),
    };

    let mut group = c.benchmark_group(format!("store {label}"));
    group.sample_size(20);
    group.bench_function("Saved::delta, one activity added", |b| {
        b.iter(|| saved.delta(black_box(&added), black_box(&add_touched)))
    });
    group.bench_function("Saved::delta, one activity edited", |b| {
        b.iter(|| saved.delta(black_box(&edited), black_box(&edit_touched)))
    });
    group.bench_function("Saved::delta, one activity deleted", |b| {
        b.iter(|| saved.delta(black_box(&deleted), black_box(&delete_touched)))
    });
    group.bench_function("Saved::save, one activity added (with the meta row)", |b| {
        b.iter(|| saved.save(black_box(&added), black_box(&add_touched), &at))
    });
    let delta = saved.save(&added, &add_touched, &at);
    group.bench_function("Saved::commit, one activity added", |b| {
        b.iter_batched_ref(
            || saved.clone(),
            |s| s.commit(black_box(&delta)),
            BatchSize::LargeInput,
        )
    });
    group.sample_size(10);
    group.bench_function("Saved::delta, Touched::All, one activity added", |b| {
        b.iter(|| saved.delta(black_box(&added), &Touched::All))
    });
    let read: Vec<(String, String)> = rows
        .iter()
        .map(|r| (r.key.encode(), r.value.clone()))
        .collect();
    group.bench_function("Saved::from_rows", |b| {
        b.iter(|| Saved::from_rows(&doc.plan.id, black_box(&read).iter().map(|(k, v)| (k, v))))
    });
    group.bench_function("store::delta of two documents, one activity added", |b| {
        b.iter(|| store::delta(black_box(&doc), black_box(&added)))
    });
    group.finish();
}

fn bench_store(c: &mut Criterion) {
    bench_size(c, 10_000, "10k activities, 10k readings");
    bench_size(c, 100_000, "100k activities, 10k readings");
}

criterion_group!(benches, bench_store);
criterion_main!(benches);
