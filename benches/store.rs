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

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

use chrono::{DateTime, NaiveDate};
use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};

use luoshi::command::{Command, Touched};
use luoshi::plan::{ActivityId, Document};
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
    let doc = common::ledger(activities, READINGS, common::Words::Written);
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
