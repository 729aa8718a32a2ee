//! Status history and "较上月" against hand computation on a small document.
//!
//! The plan runs 2026-01-01..2026-12-31 (365 days). Targets:
//! - c1: count 10 次; 2 done on 03-10, 2 more on 04-20.
//!   Jan 31: 0 of 10 against 序时进度 31/365 = 8.5% → 8.5 points behind,
//!   not more than 10 → 滞后 (yellow).
//!   Feb 28: 0 against 59/365 = 16.2% → more than 10 behind → 严重滞后 (red).
//!   Mar 31: 2/10 = 20% against 90/365 = 24.7% → 4.7 behind → 滞后 (yellow).
//!   Apr 30: 4/10 = 40% against 120/365 = 32.9% → 正常 (green).
//!   May 10 (as-of): 40% against 130/365 = 35.6% → 正常 (green).
//! - m1: milestone due 02-03, done 03-05.
//!   Jan 31: not done, due in 3 days (≤ 7) → 临近到期 (blue).
//!   Feb 28: past due, not done → 逾期 (red).
//!   Mar 31 on: done → 完成 (green).

use chrono::{DateTime, NaiveDate};
use luoshi::engine::{evaluate, Colour, Status};
use luoshi::history::{changes_since_last_month, checkpoints, history, Change};
use luoshi::plan::{
    Activity, ActivityId, Document, PartStamps, Plan, Section, SectionId, Stamp, Target, TargetId,
    TargetKind,
};
use luoshi::report::{self, ReportOptions, Variant};

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn stamp() -> Stamp {
    DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").expect("test stamp")
}

fn target(id: &str, title: &str, kind: TargetKind) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: title.into(),
        kind,
        unit: "次".into(),
        lead_unit: "秘书一处".into(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

fn act(n: usize, date: &str, t: &str, quantity: u32) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId(format!("a{n}")),
        date: d(date),
        title: format!("活动{n}"),
        targets: vec![TargetId::from(t)],
        quantity,
        people: Vec::new(),
        lead_unit: "秘书一处".into(),
        notes: String::new(),
        updated_at: stamp(),
    }
}

fn document() -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan: Plan {
            id: Default::default(),
            rules: Default::default(),
            title: "2026年工作计划".into(),
            start: d("2026-01-01"),
            end: d("2026-12-31"),
            sections: vec![Section {
                id: SectionId::from("s1"),
                title: "（一）强化理论武装，筑牢思想根基".into(),
                targets: vec![
                    target("c1", "组织专题培训", TargetKind::Count { target: 10 }),
                    target(
                        "m1",
                        "完成调研报告",
                        TargetKind::Milestone {
                            due: d("2026-02-03"),
                        },
                    ),
                ],
            }],
            people: Vec::new(),
            units: vec!["秘书一处".into()],
            updated_at: stamp(),
            stamps: PartStamps::default(),
        },
        activities: vec![
            act(1, "2026-03-10", "c1", 2),
            act(2, "2026-04-20", "c1", 2),
            act(3, "2026-03-05", "m1", 1),
        ],
        readings: Vec::new(),
        tombstones: Vec::new(),
    }
}

#[test]
fn months_to_as_of_with_statuses_worked_by_hand() {
    let doc = document();
    let h = history(&doc, d("2026-05-10"));
    let at: Vec<NaiveDate> = h.checkpoints.iter().map(|c| c.at).collect();
    assert_eq!(
        at,
        vec![
            d("2026-01-31"),
            d("2026-02-28"),
            d("2026-03-31"),
            d("2026-04-30"),
            d("2026-05-10")
        ]
    );
    assert!(h.checkpoints[4].is_partial());
    assert!(!h.checkpoints[3].is_partial());

    let c1 = h.get(&TargetId::from("c1")).expect("c1 has a history");
    assert_eq!(
        c1.statuses,
        vec![
            Status::Behind,
            Status::FarBehind,
            Status::Behind,
            Status::OnTrack,
            Status::OnTrack
        ]
    );
    assert_eq!(
        c1.colours(),
        vec![
            Colour::Yellow,
            Colour::Red,
            Colour::Yellow,
            Colour::Green,
            Colour::Green
        ]
    );
    let m1 = h.get(&TargetId::from("m1")).expect("m1 has a history");
    assert_eq!(
        m1.statuses,
        vec![
            Status::DueSoon,
            Status::Overdue,
            Status::Done,
            Status::Done,
            Status::Done
        ]
    );
}

#[test]
fn the_last_cell_is_the_figure_shown_for_the_as_of_date() {
    let doc = document();
    for as_of in ["2026-01-01", "2026-02-14", "2026-04-30", "2026-12-31"] {
        let h = history(&doc, d(as_of));
        let now = evaluate(&doc, d(as_of));
        for (row, p) in h.targets.iter().zip(&now.targets) {
            assert_eq!(row.statuses.last(), Some(&p.status), "{} at {as_of}", p.id);
        }
    }
}

#[test]
fn before_the_plan_there_is_no_history() {
    let doc = document();
    let h = history(&doc, d("2025-12-31"));
    assert!(h.checkpoints.is_empty());
    assert!(h.targets.iter().all(|t| t.statuses.is_empty()));
    assert_eq!(checkpoints(&doc.plan, d("2026-01-01")).len(), 1);
}

#[test]
fn changes_since_last_month_worked_by_hand() {
    let doc = document();
    // As of 04-30 against 03-31: c1 yellow → green; m1 green both times.
    let now = evaluate(&doc, d("2026-04-30"));
    assert_eq!(
        changes_since_last_month(&doc, &now),
        vec![Change {
            id: TargetId::from("c1"),
            before: Colour::Yellow,
            after: Colour::Green,
        }]
    );
    // As of 03-15 against 02-28: c1 red → yellow (2/10 = 20% against
    // 74/365 = 20.3%: 0.3 points behind); m1 red → green.
    let now = evaluate(&doc, d("2026-03-15"));
    assert_eq!(
        changes_since_last_month(&doc, &now),
        vec![
            Change {
                id: TargetId::from("c1"),
                before: Colour::Red,
                after: Colour::Yellow,
            },
            Change {
                id: TargetId::from("m1"),
                before: Colour::Red,
                after: Colour::Green,
            }
        ]
    );
    // In the plan's first month there is no last month to compare with.
    let now = evaluate(&doc, d("2026-01-31"));
    assert!(changes_since_last_month(&doc, &now).is_empty());
}

fn report_md(doc: &Document, as_of: &str, variant: Variant) -> String {
    let progress = evaluate(doc, d(as_of));
    let opts = ReportOptions {
        variant,
        ..ReportOptions::default()
    };
    report::render_markdown(doc, &progress, &opts)
}

#[test]
fn report_says_what_changed_since_last_month() {
    let doc = document();
    let md = report_md(&doc, "2026-04-30", Variant::ToDate);
    assert!(md.contains("较上月由黄转绿"), "{md}");
    assert_eq!(md.matches("较上月").count(), 1, "{md}");

    let md = report_md(&doc, "2026-03-31", Variant::ToDate);
    // c1 red → yellow (2/10 = 20% against 24.7%), m1 red → green.
    assert!(md.contains("较上月由红转黄"), "{md}");
    assert!(md.contains("较上月由红转绿"), "{md}");

    // 02-28 against 01-31: c1 yellow → red, m1 blue → red.
    let md = report_md(&doc, "2026-02-28", Variant::ToDate);
    assert!(md.contains("较上月由黄转红"), "{md}");
    assert!(md.contains("较上月由蓝转红"), "{md}");
}

#[test]
fn report_says_nothing_when_no_colour_changed() {
    let doc = document();
    // 05-10 against 04-30: both green.
    let md = report_md(&doc, "2026-05-10", Variant::ToDate);
    assert!(!md.contains("较上月"), "{md}");
}

#[test]
fn html_and_word_carry_the_same_words() {
    let doc = document();
    let progress = evaluate(&doc, d("2026-04-30"));
    let built = report::build(&doc, &progress, &ReportOptions::default());
    let html = report::html::render_html(&built);
    assert!(html.contains("较上月由黄转绿"), "{html}");
    let xml = report::docx::document_xml(&built);
    assert!(xml.contains("较上月由黄转绿"), "{xml}");
}

#[test]
fn a_monthly_report_tells_the_change_among_the_problems() {
    let doc = document();
    // February has no records: neither target has a work sentence, so the
    // change is told in "存在的问题", once each.
    let md = report_md(&doc, "2026-02-28", Variant::Month);
    assert!(
        md.contains("原定于2月3日前完成，已逾期25天，尚未完成，较上月由蓝转红。"),
        "{md}"
    );
    assert!(md.contains("较上月由黄转红。"), "{md}");
    assert_eq!(md.matches("较上月").count(), 2, "{md}");
}

/// `evaluate_each` indexes the ledger once for many dates; at every date it
/// must give exactly what `evaluate` gives, whatever the order of the dates
/// and wherever they fall (before the plan, within it, after it).
#[test]
fn evaluating_many_dates_at_once_equals_one_at_a_time() {
    let dates: Vec<NaiveDate> = [
        "2026-03-31",
        "2025-12-31",
        "2026-01-01",
        "2026-02-03",
        "2026-02-04",
        "2026-11-27",
        "2026-06-30",
        "2026-12-31",
        "2027-02-01",
        "2026-03-10",
    ]
    .iter()
    .map(|s| d(s))
    .collect();
    let example = luoshi::seed::example_document(2026, d("2026-12-31"));
    for doc in [document(), example] {
        let all = luoshi::engine::evaluate_each(&doc, &dates);
        assert_eq!(all.len(), dates.len());
        for (date, got) in dates.iter().zip(&all) {
            assert_eq!(got, &evaluate(&doc, *date), "at {date}");
        }
    }
    assert!(luoshi::engine::evaluate_each(&document(), &[]).is_empty());
}

#[test]
fn checkpoints_end_months_and_stop_at_as_of() {
    // The default plan: a calendar year, judged month by month.
    let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real date");
    let plan = luoshi::seed::default_plan(2026);
    let got: Vec<NaiveDate> = checkpoints(&plan, date(2026, 3, 15))
        .iter()
        .map(|c| c.at)
        .collect();
    assert_eq!(
        got,
        vec![date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 15)]
    );
    let at_end = checkpoints(&plan, date(2026, 3, 31));
    assert!(!at_end[2].is_partial());
    assert!(checkpoints(&plan, date(2025, 12, 31)).is_empty());
    // Past the plan's end: its twelve months, each at its end.
    let after = checkpoints(&plan, date(2027, 2, 1));
    assert_eq!(after.len(), 12);
    assert_eq!(after[11].at, date(2026, 12, 31));
}
