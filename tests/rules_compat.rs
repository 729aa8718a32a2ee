//! Files older than format version 3 keep their meaning exactly: every v1
//! and v2 fixture, migrated to `Rules::by_day()`, gives the figures the
//! engine gave before it read the document's rules.
//!
//! `tests/fixtures/rules/v1v2_figures.txt` was written by the engine of
//! commit d401789 (before the rules were read), evaluating each fixture
//! every 14 days from the day before its plan starts to two weeks after it
//! ends: per date the plan's 序时进度 and completion, per target its status,
//! completion (capped and raw), 序时进度, actual and goal.

use chrono::{Days, NaiveDate};
use luoshi::engine::evaluate;
use luoshi::plan::{Document, Rules};

const FIXTURES: [&str; 6] = [
    "v1/complete.json",
    "v1/minimal.json",
    "v1/storage-compact.json",
    "v1/unassigned.json",
    "v2/complete.json",
    "v2/storage-compact.json",
];

fn load(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture");
    luoshi::format::decode(&text).expect("fixture decodes")
}

fn dates(doc: &Document) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut day = doc.plan.start.pred_opt().expect("date");
    let last = doc.plan.end + Days::new(14);
    while day <= last {
        out.push(day);
        day = day + Days::new(14);
    }
    out.push(doc.plan.end);
    out
}

fn figures(name: &str, doc: &Document) -> String {
    let mut out = String::new();
    for day in dates(doc) {
        let p = evaluate(doc, day);
        out.push_str(&format!(
            "{name} {day} plan tp={} done={}\n",
            p.time_progress, p.completion
        ));
        for t in &p.targets {
            out.push_str(&format!(
                "{name} {day} {} {} c={} raw={} tp={} actual={:?} goal={:?}\n",
                t.id,
                t.status.as_str(),
                t.completion,
                t.raw_completion,
                t.time_progress,
                t.actual,
                t.goal
            ));
        }
    }
    out
}

#[test]
fn old_files_migrate_to_the_old_rules() {
    for name in FIXTURES {
        assert_eq!(load(name).plan.rules, Rules::by_day(), "{name}");
    }
}

#[test]
fn old_files_give_the_figures_they_gave_before_rules() {
    let mut all = String::new();
    for name in FIXTURES {
        all.push_str(&figures(name, &load(name)));
    }
    let pinned = include_str!("fixtures/rules/v1v2_figures.txt");
    let lines = pinned.lines().count();
    assert!(lines > 500, "the pinned table has {lines} lines");
    for (i, (got, want)) in all.lines().zip(pinned.lines()).enumerate() {
        assert_eq!(got, want, "line {}", i + 1);
    }
    assert_eq!(all.lines().count(), lines);
}
