//! 进度报送 against hand computation: the cycles' days, due days and grace,
//! and each unit's state on the days around them.
//!
//! The plan is the default plan of 2026 (units 机关党委, 秘书一处, 秘书二处,
//! 综合处, 督查室, 人事处, 信息中心, 政务服务科), kept by 督查室, reporting
//! monthly by the 5th with 5 days' grace: November's report is due
//! 2026-12-05 and missing after 2026-12-10.

use chrono::{DateTime, NaiveDate};
use luoshi::engine::evaluate;
use luoshi::fixed::Fixed;
use luoshi::plan::{
    Activity, ActivityId, Document, Reading, ReadingId, ReadingValue, ReportId, Reporting, Stamp,
    TargetId, UnitReport,
};
use luoshi::reporting::{unit_status, Cycle, State, UnitTable};
use luoshi::seed::default_document;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn stamp() -> Stamp {
    DateTime::parse_from_rfc3339("2026-12-01T09:00:00+08:00").expect("test stamp")
}

fn cycle(start: &str, end: &str, due: &str, grace_end: &str) -> Option<Cycle> {
    Some(Cycle {
        start: d(start),
        end: d(end),
        due: d(due),
        grace_end: d(grace_end),
    })
}

#[test]
fn a_monthly_cycle_is_the_calendar_month_due_by_day_n_of_the_next() {
    let monthly = Reporting::Monthly { by_day: 5 };
    assert_eq!(
        Cycle::holding(monthly, 5, d("2026-11-17")),
        cycle("2026-11-01", "2026-11-30", "2026-12-05", "2026-12-10")
    );
    // December's report is due in January of the next year.
    assert_eq!(
        Cycle::holding(monthly, 0, d("2026-12-31")),
        cycle("2026-12-01", "2026-12-31", "2027-01-05", "2027-01-05")
    );
    assert_eq!(Cycle::holding(Reporting::None, 5, d("2026-11-17")), None);
}

#[test]
fn a_quarterly_cycle_is_the_calendar_quarter() {
    let quarterly = Reporting::Quarterly { by_day: 10 };
    assert_eq!(
        Cycle::holding(quarterly, 3, d("2026-05-20")),
        cycle("2026-04-01", "2026-06-30", "2026-07-10", "2026-07-13")
    );
    assert_eq!(
        Cycle::holding(quarterly, 3, d("2026-10-01")),
        cycle("2026-10-01", "2026-12-31", "2027-01-10", "2027-01-13")
    );
}

fn doc_with(reporting: Reporting) -> Document {
    let mut doc = default_document(2026, "督查室");
    doc.plan.rules.reporting = reporting;
    doc.plan.rules.grace_days = 5;
    doc
}

#[test]
fn the_last_closed_cycle_closes_after_its_last_day() {
    let doc = doc_with(Reporting::Monthly { by_day: 5 });
    let nov = cycle("2026-11-01", "2026-11-30", "2026-12-05", "2026-12-10");
    let oct = cycle("2026-10-01", "2026-10-31", "2026-11-05", "2026-11-10");
    assert_eq!(Cycle::last_closed(&doc, d("2026-12-01")), nov);
    // On November's last day November is still open.
    assert_eq!(Cycle::last_closed(&doc, d("2026-11-30")), oct);
    // Nothing has closed on the plan's first days.
    assert_eq!(Cycle::last_closed(&doc, d("2026-01-01")), None);
    assert_eq!(Cycle::last_closed(&doc, d("2026-01-31")), None);
    assert_eq!(
        Cycle::last_closed(&doc, d("2026-02-01")),
        cycle("2026-01-01", "2026-01-31", "2026-02-05", "2026-02-10")
    );
    // After the plan, its last cycle stays the last.
    assert_eq!(
        Cycle::last_closed(&doc, d("2027-03-01")),
        cycle("2026-12-01", "2026-12-31", "2027-01-05", "2027-01-10")
    );
    let q = doc_with(Reporting::Quarterly { by_day: 10 });
    assert_eq!(
        Cycle::last_closed(&q, d("2026-07-01")),
        cycle("2026-04-01", "2026-06-30", "2026-07-10", "2026-07-15")
    );
    assert_eq!(
        Cycle::last_closed(&q, d("2026-06-30")),
        cycle("2026-01-01", "2026-03-31", "2026-04-10", "2026-04-15")
    );
}

fn report(n: u32, unit: &str, sent: &str, covers_to: Option<&str>) -> UnitReport {
    UnitReport {
        id: ReportId(format!("rep{n}")),
        unit: unit.into(),
        sent: d(sent),
        covers_to: covers_to.map(d),
        file_name: format!("落实台账-{unit}-{sent}.json"),
        updated_at: stamp(),
    }
}

fn activity(n: u32, date: &str, by: &str) -> Activity {
    Activity {
        id: ActivityId(format!("a{n}")),
        date: d(date),
        title: format!("活动{n}"),
        targets: vec![TargetId::from("t1-02")],
        quantity: 1,
        people: Vec::new(),
        lead_unit: "机关党委".into(),
        notes: String::new(),
        recorded_by: by.into(),
        evidence: Vec::new(),
        updated_at: stamp(),
    }
}

/// 秘书一处 reported on 12-03 (covering to 12-03); 综合处 on 11-28, which
/// does not cover November's last day; 秘书二处 on 12-01 by a file that
/// does not say what it covers (its day sent stands); 外事办, not in the
/// plan's list, on 12-02. 秘书一处 recorded two activities in November,
/// one in October and a reading in November.
fn reported() -> Document {
    let mut doc = doc_with(Reporting::Monthly { by_day: 5 });
    doc.reports = vec![
        report(1, "秘书一处", "2026-10-04", Some("2026-10-04")),
        report(2, "秘书一处", "2026-12-03", Some("2026-12-03")),
        report(3, "综合处", "2026-11-28", Some("2026-11-28")),
        report(4, "秘书二处", "2026-12-01", None),
        report(5, "外事办", "2026-12-02", Some("2026-12-02")),
    ];
    doc.activities = vec![
        activity(1, "2026-10-20", "秘书一处"),
        activity(2, "2026-11-02", "秘书一处"),
        activity(3, "2026-11-30", "秘书一处"),
        activity(4, "2026-12-01", "秘书一处"),
        activity(5, "2026-11-15", "综合处"),
    ];
    doc.readings = vec![Reading {
        id: ReadingId::from("r1"),
        target: TargetId::from("t3-02"),
        date: d("2026-11-10"),
        value: ReadingValue::Value(Fixed::from_int(95)),
        notes: String::new(),
        recorded_by: "秘书一处".into(),
        evidence: Vec::new(),
        updated_at: stamp(),
    }];
    doc
}

fn states(t: &UnitTable) -> Vec<(&str, State)> {
    t.rows.iter().map(|r| (r.unit.as_str(), r.state)).collect()
}

#[test]
fn units_are_reported_missing_then_overdue_after_the_grace_days() {
    let doc = reported();
    let on_time = unit_status(&doc, d("2026-12-10"));
    assert_eq!(
        states(&on_time),
        vec![
            ("机关党委", State::NotReported),
            ("秘书一处", State::Reported),
            ("秘书二处", State::Reported),
            ("综合处", State::NotReported),
            ("督查室", State::Own),
            ("人事处", State::NotReported),
            ("信息中心", State::NotReported),
            ("政务服务科", State::NotReported),
            ("外事办", State::Reported),
        ]
    );
    let late = unit_status(&doc, d("2026-12-11"));
    assert_eq!(late.rows[0].state, State::Overdue);
    assert_eq!(late.rows[3].state, State::Overdue);
    assert_eq!(late.rows[1].state, State::Reported);
    // On December's first day November has closed: nobody but those whose
    // file covers 11-30 has reported.
    let first = unit_status(&doc, d("2026-12-01"));
    assert_eq!(first.rows[1].state, State::NotReported);
    assert_eq!(first.rows[2].state, State::Reported);
}

#[test]
fn a_row_counts_the_units_reports_records_and_led_targets() {
    let doc = reported();
    let as_of = d("2026-12-08");
    let t = unit_status(&doc, as_of);
    assert_eq!(t.period, (d("2026-11-01"), d("2026-11-30")));
    let one = &t.rows[1];
    assert_eq!(one.unit, "秘书一处");
    assert!(one.listed);
    assert_eq!(
        one.last_report,
        Some((d("2026-12-03"), "落实台账-秘书一处-2026-12-03.json".into()))
    );
    assert_eq!(one.reports, 2);
    // a2 and a3 in November and r1; a1 is October's, a4 December's.
    assert_eq!(one.records, 3);
    let progress = evaluate(&doc, as_of);
    let led: Vec<_> = doc
        .plan
        .targets()
        .zip(&progress.targets)
        .filter(|((_, t), _)| t.lead_unit == "秘书一处")
        .map(|((_, t), p)| (t.id.clone(), p.status))
        .collect();
    assert!(!led.is_empty());
    assert_eq!(one.targets, led);
    let other = &t.rows[8];
    assert_eq!((other.unit.as_str(), other.listed), ("外事办", false));
    assert!(other.targets.is_empty());
    assert_eq!(t.rows[0].last_report, None);
}

#[test]
fn without_a_cycle_no_unit_is_judged() {
    let mut doc = reported();
    doc.plan.rules.reporting = Reporting::None;
    let t = unit_status(&doc, d("2026-12-20"));
    assert_eq!(t.cycle, None);
    assert_eq!(t.period, (d("2026-01-01"), d("2026-12-20")));
    assert!(t.rows.iter().all(|r| r.state
        == if r.unit == "督查室" {
            State::Own
        } else {
            State::NoCycle
        }));
    // 秘书一处's records over the whole year so far: four activities, one reading.
    assert_eq!(t.rows[1].records, 5);
}

#[test]
fn a_report_after_the_due_day_is_late_with_its_day_within_the_grace_or_after() {
    use luoshi::i18n::reporting::{EN, ZH};
    use luoshi::i18n::Lang;
    use luoshi::present::fmt_date;
    use luoshi::reporting::state_text;
    let mut doc = doc_with(Reporting::Monthly { by_day: 5 });
    doc.reports = vec![
        report(1, "秘书一处", "2026-12-05", None),
        report(2, "秘书二处", "2026-12-08", None),
        report(3, "综合处", "2026-12-14", None),
    ];
    let t = unit_status(&doc, d("2026-12-15"));
    let row = |u: &str| t.row(u).expect("a row");
    assert_eq!(row("秘书一处").state, State::Reported);
    // Within the five days' grace, and after it: both 迟报, with the day.
    assert_eq!(
        (row("秘书二处").state, row("秘书二处").answered),
        (State::Late, Some(d("2026-12-08")))
    );
    assert_eq!(
        (row("综合处").state, row("综合处").answered),
        (State::Late, Some(d("2026-12-14")))
    );
    assert_eq!(row("人事处").state, State::Overdue);
    assert_eq!(
        state_text(&ZH, row("秘书二处"), |d| fmt_date(d, Lang::Zh)),
        "迟报（2026年12月8日报送）"
    );
    assert_eq!(
        state_text(&EN, row("秘书二处"), |d| fmt_date(d, Lang::En)),
        "Late (sent 2026-12-08)"
    );
    assert_eq!(
        state_text(&ZH, row("秘书一处"), |d| fmt_date(d, Lang::Zh)),
        "已报送"
    );
}

#[test]
fn a_unit_listed_after_a_cycle_owes_nothing_for_it() {
    use luoshi::plan::PartKey;
    let mut doc = doc_with(Reporting::Monthly { by_day: 5 });
    doc.plan.units.push("法制科".into());
    doc.plan.stamps.0.insert(
        PartKey::Unit("法制科".into()),
        DateTime::parse_from_rfc3339("2026-11-10T09:00:00+08:00").unwrap(),
    );
    // October closed before it was listed; November did not.
    let oct = unit_status(&doc, d("2026-11-20"));
    let row = oct.row("法制科").expect("listed");
    assert_eq!(
        (row.state, row.joined),
        (State::NotDue, Some(d("2026-11-10")))
    );
    assert_eq!(
        luoshi::reporting::state_text(&luoshi::i18n::reporting::ZH, row, |d| {
            luoshi::present::fmt_date(d, luoshi::i18n::Lang::Zh)
        }),
        "本期无需报送（2026年11月10日列入计划）"
    );
    assert_eq!(oct.row("人事处").map(|r| r.state), Some(State::Overdue));
    let nov = unit_status(&doc, d("2026-12-20"));
    assert_eq!(nov.row("法制科").map(|r| r.state), Some(State::Overdue));
    // A report covering the cycle counts, listed or not.
    doc.reports = vec![report(1, "法制科", "2026-11-12", None)];
    let oct = unit_status(&doc, d("2026-11-20"));
    assert_eq!(oct.row("法制科").map(|r| r.state), Some(State::Late));
}

#[test]
fn a_documents_cycle_is_the_one_its_month_closes() {
    let doc = doc_with(Reporting::Monthly { by_day: 5 });
    let nov = cycle("2026-11-01", "2026-11-30", "2026-12-05", "2026-12-10");
    let oct = cycle("2026-10-01", "2026-10-31", "2026-11-05", "2026-11-10");
    assert_eq!(Cycle::closed_by_month(&doc, 2026, 11, d("2026-12-10")), nov);
    assert_eq!(Cycle::closed_by_month(&doc, 2026, 11, d("2027-03-01")), nov);
    assert_eq!(Cycle::closed_by_month(&doc, 2026, 11, d("2026-12-01")), nov);
    // Issued while November runs: the last closed by then.
    assert_eq!(Cycle::closed_by_month(&doc, 2026, 11, d("2026-11-30")), oct);
    assert_eq!(
        Cycle::closed_by_month(&doc, 2026, 13, d("2026-11-30")),
        None
    );
    let q = doc_with(Reporting::Quarterly { by_day: 10 });
    let q3 = cycle("2026-07-01", "2026-09-30", "2026-10-10", "2026-10-15");
    for month in [9, 10, 11] {
        assert_eq!(Cycle::closed_by_month(&q, 2026, month, d("2026-12-20")), q3);
    }
    assert_eq!(Cycle::closed_by_month(&q, 2026, 2, d("2026-12-20")), None);
}

#[test]
fn a_units_records_are_those_it_recorded_whoever_leads_them() {
    let doc = reported();
    // a5 is led by 机关党委 but recorded by 综合处.
    assert_eq!(
        luoshi::reporting::records_by(&doc, "综合处", d("2026-11-01"), d("2026-11-30")),
        1
    );
    assert_eq!(
        luoshi::reporting::records_by(&doc, "机关党委", d("2026-11-01"), d("2026-11-30")),
        0
    );
    let t = unit_status(&doc, d("2026-12-08"));
    assert_eq!(t.row("综合处").map(|r| r.records), Some(1));
    assert_eq!(t.row("机关党委").map(|r| r.records), Some(0));
}
