//! Redrawing every chart for a year of the example ledger: the dashboard's
//! two charts and each target's charts, as the app redraws them when the
//! data or the as-of date changes. The goal is well under 50 ms.

use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use luoshi::chart::data::{
    cadence_cells, cumulative, dashboard_rows, monthly, plan_trend, readings,
};
use luoshi::chart::svg::{
    cadence_svg, cumulative_svg, dashboard_svg, monthly_svg, readings_svg, trend_svg,
};
use luoshi::engine::evaluate;
use luoshi::i18n::report::ZH;
use luoshi::report::{render_markdown, ReportOptions};
use luoshi::seed::example_document;

fn all_charts(c: &mut Criterion) {
    let as_of = NaiveDate::from_ymd_opt(2026, 12, 31).expect("date");
    let doc = example_document(2026, as_of);
    let p = evaluate(&doc, as_of);
    c.bench_function("dashboard charts, a year", |b| {
        b.iter(|| {
            let a = dashboard_svg(&dashboard_rows(&doc, &p), &ZH);
            let t = trend_svg(&plan_trend(&doc, as_of), doc.plan.start, doc.plan.end, &ZH);
            black_box((a, t))
        })
    });
    c.bench_function("every target's charts, a year", |b| {
        b.iter(|| {
            let mut n = 0;
            for (_, t) in doc.plan.targets() {
                let Some(f) = p.get(&t.id) else { continue };
                if let Some(cu) = cumulative(&doc, t, f, as_of) {
                    n += cumulative_svg(&cu, &t.unit, &ZH).len();
                    n += monthly_svg(&monthly(&doc, f, as_of), &t.unit, &ZH).len();
                }
                let cells = cadence_cells(f);
                if !cells.is_empty() {
                    n += cadence_svg(&cells, &ZH).len();
                }
                if let Some(r) = readings(&doc, t, f) {
                    n += readings_svg(&r, &t.unit, &ZH).len();
                }
            }
            black_box(n)
        })
    });
    c.bench_function("report, a year", |b| {
        b.iter(|| {
            black_box(render_markdown(
                &doc,
                &evaluate(&doc, as_of),
                &ReportOptions::default(),
            ))
        })
    });
}

criterion_group!(benches, all_charts);
criterion_main!(benches);
