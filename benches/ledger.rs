//! The work the ledger view redoes after every change to a document of
//! 100 000 activities and 10 000 readings: the table's rows in order, the
//! records naming a target the plan lacks, and the names the add form and
//! the filters offer. Each runs on the main thread before the browser is
//! free again, so together they should stay well under the 20 ms a change
//! may take.

mod common;

use criterion::{black_box, criterion_group, criterion_main, Criterion};

use luoshi::present::{
    known_names, ledger_rows_indexed, totals, LedgerColumn, LedgerFilter, LedgerSort,
};
use luoshi::unassigned;

const ACTIVITIES: usize = 100_000;
const READINGS: usize = 10_000;

fn bench_ledger(c: &mut Criterion) {
    let doc = common::ledger(ACTIVITIES, READINGS, common::Words::Written);
    let filter = LedgerFilter::default();
    let mut group = c.benchmark_group("ledger 100k");
    group.sample_size(10);
    group.measurement_time(std::time::Duration::from_secs(3));
    let sorts = [
        ("rows, newest first", LedgerSort::default()),
        (
            "rows by title",
            LedgerSort {
                column: LedgerColumn::Title,
                descending: false,
            },
        ),
        (
            "rows by people",
            LedgerSort {
                column: LedgerColumn::People,
                descending: false,
            },
        ),
        (
            "rows by targets, last first",
            LedgerSort {
                column: LedgerColumn::Targets,
                descending: true,
            },
        ),
    ];
    for (name, sort) in sorts {
        group.bench_function(name, |b| {
            b.iter(|| ledger_rows_indexed(black_box(&doc), &filter, sort, None))
        });
    }
    let rows = ledger_rows_indexed(&doc, &filter, LedgerSort::default(), None);
    group.bench_function("totals of every row", |b| {
        b.iter(|| totals(black_box(&doc), black_box(&rows)))
    });
    group.bench_function("unassigned find", |b| {
        b.iter(|| unassigned::find(black_box(&doc)))
    });
    group.bench_function("unassigned any", |b| {
        b.iter(|| unassigned::any(black_box(&doc)))
    });
    group.bench_function("known people and units", |b| {
        b.iter(|| known_names(black_box(&doc)))
    });
    group.finish();
}

criterion_group!(benches, bench_ledger);
criterion_main!(benches);
