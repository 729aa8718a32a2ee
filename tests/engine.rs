//! The progress engine against the worked examples of the rules and the
//! calendar's edge cases. Every expected figure is worked out by hand in the
//! comment beside it.

use chrono::{DateTime, NaiveDate};
use luoshi::engine::{
    cumulative_status, evaluate, Colour, Detail, Measure, PeriodState, PlanProgress, Status,
    TargetProgress,
};
use luoshi::fixed::Fixed;
use luoshi::frac::Frac;
use luoshi::plan::{
    Activity, ActivityId, Better, Cadence, Direction, Document, Plan, Reading, ReadingId,
    ReadingValue, Section, SectionId, Stamp, Target, TargetId, TargetKind,
};

// ---------------------------------------------------------------- builders

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn stamp(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).expect("test stamp")
}

fn fixed(s: &str) -> Fixed {
    s.parse().expect("test decimal")
}

fn target(id: &str, kind: TargetKind) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: format!("目标 {id}"),
        kind,
        unit: "次".into(),
        lead_unit: String::new(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

fn plan_doc(start: &str, end: &str, targets: Vec<Target>) -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan: Plan {
            id: Default::default(),
            rules: Default::default(),
            stamps: Default::default(),
            title: "工作计划".into(),
            start: d(start),
            end: d(end),
            sections: vec![Section {
                id: SectionId::from("s1"),
                title: "（一）".into(),
                targets,
            }],
            people: Vec::new(),
            units: Vec::new(),
            updated_at: stamp("2026-01-01T09:00:00+08:00"),
        },
        activities: Vec::new(),
        readings: Vec::new(),
        tombstones: Vec::new(),
    }
}

/// A 2026 plan with these targets.
fn doc2026(targets: Vec<Target>) -> Document {
    plan_doc("2026-01-01", "2026-12-31", targets)
}

fn add_act(doc: &mut Document, date: &str, targets: &[&str], quantity: u32, people: &[&str]) {
    let n = doc.activities.len();
    doc.activities.push(Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId(format!("a{n:04}")),
        date: d(date),
        title: format!("活动 {n}"),
        targets: targets.iter().map(|t| TargetId::from(*t)).collect(),
        quantity,
        people: people.iter().map(|p| p.to_string()).collect(),
        lead_unit: String::new(),
        notes: String::new(),
        updated_at: stamp("2026-01-01T09:00:00+08:00"),
    });
}

/// One activity of quantity 1 for target `t` on each date.
fn acts(doc: &mut Document, t: &str, dates: &[&str]) {
    for date in dates {
        add_act(doc, date, &[t], 1, &[]);
    }
}

fn add_reading(doc: &mut Document, t: &str, date: &str, value: ReadingValue, updated: &str) {
    let n = doc.readings.len();
    doc.readings.push(Reading {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ReadingId(format!("r{n:04}")),
        target: TargetId::from(t),
        date: d(date),
        value,
        notes: String::new(),
        updated_at: stamp(updated),
    });
}

fn value(doc: &mut Document, t: &str, date: &str, v: &str) {
    add_reading(
        doc,
        t,
        date,
        ReadingValue::Value(fixed(v)),
        "2026-01-01T09:00:00+08:00",
    );
}

fn counts(doc: &mut Document, t: &str, date: &str, numerator: u64, denominator: u64) {
    add_reading(
        doc,
        t,
        date,
        ReadingValue::Counts {
            numerator,
            denominator,
        },
        "2026-01-01T09:00:00+08:00",
    );
}

// ---------------------------------------------------------------- checking

/// What one target should show.
struct Expected {
    status: Status,
    /// Capped completion as num/den.
    completion: (u128, u128),
    /// The completion as reports print it.
    percent: &'static str,
}

fn exp(status: Status, completion: (u128, u128), percent: &'static str) -> Expected {
    Expected {
        status,
        completion,
        percent,
    }
}

/// Evaluates `doc` as of `as_of` and checks target `t`; returns its progress
/// for any further checks.
fn check(doc: &Document, as_of: &str, t: &str, expected: Expected) -> TargetProgress {
    let progress = evaluate(doc, d(as_of));
    let got = progress
        .get(&TargetId::from(t))
        .unwrap_or_else(|| panic!("target {t} missing"))
        .clone();
    let what = format!("{t} as of {as_of}");
    assert_eq!(got.status, expected.status, "status of {what}");
    assert_eq!(
        got.completion,
        Frac::new(expected.completion.0, expected.completion.1),
        "completion of {what}"
    );
    assert_eq!(got.completion.percent_1dp(), expected.percent, "{what}");
    got
}

fn missed_zh(p: &TargetProgress) -> Vec<String> {
    p.missed_periods().iter().map(|p| p.label_zh()).collect()
}

fn count_kind(n: u32) -> TargetKind {
    TargetKind::Count { target: n }
}

// ---------------------------------------------------------------- worked examples

/// Example 1: count 6 in 2026.
#[test]
fn example_1_count() {
    let mut doc = doc2026(vec![target("c", count_kind(6))]);
    acts(&mut doc, "c", &["2026-02-01", "2026-04-01", "2026-06-30"]);
    // 3/6 = 50.0% against 序时进度 182/365 = 49.86%: on track.
    let p = check(
        &doc,
        "2026-07-01",
        "c",
        exp(Status::OnTrack, (1, 2), "50.0"),
    );
    assert_eq!(p.time_progress, Frac::new(182, 365));
    assert_eq!(p.time_progress.percent_1dp(), "49.9");
    assert_eq!(p.actual, Measure::Count(3));
    assert_eq!(p.goal, Measure::Count(6));
    assert_eq!(p.remaining, Some(3));
    assert_eq!(p.last_record, Some(d("2026-06-30")));

    // With two: 2/6 = 33.3%, trailing by 182/365 − 1/3 = 181/1095 = 16.5
    // points, more than 10: far behind.
    let mut two = doc2026(vec![target("c", count_kind(6))]);
    acts(&mut two, "c", &["2026-02-01", "2026-04-01"]);
    let p = check(
        &two,
        "2026-07-01",
        "c",
        exp(Status::FarBehind, (1, 3), "33.3"),
    );
    let behind = p.completion.points_behind(p.time_progress);
    assert_eq!(behind, Frac::new(181, 1095));
    assert_eq!(behind.percent_1dp(), "16.5");

    // As of 2027-01-05 with five: 5/6 = 83.3%, the period has ended: not done.
    let mut five = doc2026(vec![target("c", count_kind(6))]);
    acts(
        &mut five,
        "c",
        &[
            "2026-02-01",
            "2026-04-01",
            "2026-06-01",
            "2026-09-01",
            "2026-12-31",
        ],
    );
    let p = check(
        &five,
        "2027-01-05",
        "c",
        exp(Status::NotDone, (5, 6), "83.3"),
    );
    assert_eq!(p.time_progress, Frac::ONE);
    assert_eq!(p.status.colour(), Colour::Red);
}

/// Example 2: at least one session every month.
#[test]
fn example_2_monthly_cadence() {
    let kind = TargetKind::Cadence {
        every: Cadence::Month,
        at_least: 1,
    };
    let mut doc = doc2026(vec![target("m", kind)]);
    acts(
        &mut doc,
        "m",
        &[
            "2026-01-15",
            "2026-02-10",
            "2026-04-08",
            "2026-04-22",
            "2026-05-06",
        ],
    );
    // Met: Jan, Feb, Apr, May = 4 of 12 = 33.3%; March ended empty: one
    // missed period, behind. May is running and already met.
    let p = check(&doc, "2026-05-20", "m", exp(Status::Behind, (1, 3), "33.3"));
    assert_eq!(missed_zh(&p), vec!["2026年3月"]);
    assert_eq!(p.missed_periods()[0].code(), "2026-03");
    assert_eq!(p.actual, Measure::Count(4));
    assert_eq!(p.goal, Measure::Count(12));
    let Detail::Cadence(periods) = &p.detail else {
        panic!("cadence detail expected");
    };
    let states: Vec<(u64, PeriodState)> = periods.iter().map(|t| (t.count, t.state)).collect();
    assert_eq!(
        &states[..6],
        &[
            (1, PeriodState::Met),
            (1, PeriodState::Met),
            (0, PeriodState::Missed),
            (2, PeriodState::Met),
            (1, PeriodState::Met),
            (0, PeriodState::Future),
        ]
    );
    assert_eq!(p.status.colour(), Colour::Yellow);
}

/// Example 3: each of five people at least 4.
#[test]
fn example_3_per_person() {
    let roster = ["甲", "乙", "丙", "丁", "戊"];
    let kind = TargetKind::PerPerson {
        each: 4,
        roster: roster.iter().map(|s| s.to_string()).collect(),
    };
    let mut doc = doc2026(vec![target("pp", kind)]);
    // 甲 4, 乙 2, 丙 0, 丁 5, 戊 1 — 乙 and 丁 share two activities.
    add_act(&mut doc, "2026-02-01", &["pp"], 2, &["甲", "乙"]);
    add_act(&mut doc, "2026-03-01", &["pp"], 2, &["甲", "丁"]);
    add_act(&mut doc, "2026-04-01", &["pp"], 3, &["丁"]);
    add_act(&mut doc, "2026-05-01", &["pp"], 1, &["戊", "不在名单"]);
    // Capped: 4 + 2 + 0 + min(5, 4) + 1 = 11 of 20 = 55.0%; 55% ≥ 49.86%.
    let p = check(
        &doc,
        "2026-07-01",
        "pp",
        exp(Status::OnTrack, (11, 20), "55.0"),
    );
    let Detail::PerPerson(people) = &p.detail else {
        panic!("per-person detail expected");
    };
    let tallies: Vec<(&str, u64, bool)> = people
        .iter()
        .map(|t| (t.name.as_str(), t.count, t.met))
        .collect();
    assert_eq!(
        tallies,
        vec![
            ("甲", 4, true),
            ("乙", 2, false),
            ("丙", 0, false),
            ("丁", 5, true),
            ("戊", 1, false),
        ]
    );
    assert_eq!(p.people_short(), vec!["乙", "丙", "戊"]);
    assert_eq!(p.actual, Measure::Count(11));
    assert_eq!(p.goal, Measure::Count(20));
}

/// Example 4: 办结率 ≥ 95%.
#[test]
fn example_4_ratio() {
    let kind = TargetKind::Ratio {
        line: fixed("95"),
        numerator: "办结".into(),
        denominator: "受理".into(),
    };
    let mut doc = doc2026(vec![target("r", kind)]);
    counts(&mut doc, "r", "2026-01-31", 115, 120);
    counts(&mut doc, "r", "2026-02-28", 93, 100);
    // 208/220 = 52/55 = 94.5%, 0.45 points under 95: near. Completion
    // (52/55) ÷ (95/100) = 5200/5225 = 208/209 = 99.5%.
    let p = check(
        &doc,
        "2026-03-10",
        "r",
        exp(Status::Near, (208, 209), "99.5"),
    );
    assert_eq!(p.actual, Measure::Percent(Frac::new(52, 55)));
    assert_eq!(Frac::new(52, 55).percent_1dp(), "94.5");
    assert_eq!(p.goal, Measure::Percent(Frac::new(19, 20)));
    assert_eq!(
        p.detail,
        Detail::Measured {
            latest_on: Some(d("2026-02-28")),
            sums: Some((208, 220)),
            latest: None,
        }
    );
    assert_eq!(p.readings.len(), 2);
    // Before February's figures only January counts: 115/120 = 95.8%: met.
    check(&doc, "2026-02-15", "r", exp(Status::Met, (1, 1), "100.0"));
}

/// Example 5: 无纸化办公覆盖率 ≥ 90%.
#[test]
fn example_5_threshold() {
    let kind = TargetKind::Threshold {
        line: fixed("90"),
        direction: Direction::AtLeast,
    };
    let mut doc = doc2026(vec![target("t", kind)]);
    value(&mut doc, "t", "2026-03-31", "82");
    value(&mut doc, "t", "2026-06-30", "91");
    // The latest reading, 91, is at or above 90: met.
    let p = check(&doc, "2026-07-01", "t", exp(Status::Met, (1, 1), "100.0"));
    assert_eq!(p.actual, Measure::Value(fixed("91")));
    // In April only 82 counts: 8 points under, beyond 5: missed; 82/90 = 91.1%.
    let p = check(
        &doc,
        "2026-04-15",
        "t",
        exp(Status::Missed, (41, 45), "91.1"),
    );
    assert_eq!(p.status.colour(), Colour::Red);
    // Before any reading: no data.
    check(&doc, "2026-03-01", "t", exp(Status::NoData, (0, 1), "0.0"));
}

/// Example 6: 落地实施优秀项目 8-10 个, as of 2027-01-05.
#[test]
fn example_6_range() {
    let run = |n: usize| {
        let mut doc = doc2026(vec![target("g", TargetKind::Range { min: 8, max: 10 })]);
        for i in 0..n {
            add_act(
                &mut doc,
                &format!("2026-{:02}-10", i % 12 + 1),
                &["g"],
                1,
                &[],
            );
        }
        doc
    };
    // 7 of a minimum of 8 = 87.5%, period over: not done.
    let p = check(
        &run(7),
        "2027-01-05",
        "g",
        exp(Status::NotDone, (7, 8), "87.5"),
    );
    assert!(!p.over_plan);
    assert_eq!(p.remaining, Some(1));
    // 9: done, within the range.
    let p = check(
        &run(9),
        "2027-01-05",
        "g",
        exp(Status::Done, (1, 1), "100.0"),
    );
    assert!(!p.over_plan);
    // 11: done and over the plan; uncapped 11/8.
    let p = check(
        &run(11),
        "2027-01-05",
        "g",
        exp(Status::Done, (1, 1), "100.0"),
    );
    assert!(p.over_plan);
    assert_eq!(p.raw_completion, Frac::new(11, 8));
    assert_eq!(p.remaining, Some(0));
}

/// Example 7: milestone due 2026-06-30.
#[test]
fn example_7_milestone() {
    let kind = TargetKind::Milestone {
        due: d("2026-06-30"),
    };
    let mut done = doc2026(vec![target("ms", kind.clone())]);
    acts(&mut done, "ms", &["2026-05-10", "2026-05-20"]);
    let p = check(
        &done,
        "2026-07-01",
        "ms",
        exp(Status::Done, (1, 1), "100.0"),
    );
    assert_eq!(
        p.detail,
        Detail::Milestone {
            done_on: Some(d("2026-05-10")),
            due: d("2026-06-30"),
        }
    );
    let open = doc2026(vec![target("ms", kind)]);
    // 5 days before the due date: due soon (blue).
    let p = check(
        &open,
        "2026-06-25",
        "ms",
        exp(Status::DueSoon, (0, 1), "0.0"),
    );
    assert_eq!(p.status.colour(), Colour::Blue);
    // 7 days before: still due soon; 8 days before: pending.
    check(
        &open,
        "2026-06-23",
        "ms",
        exp(Status::DueSoon, (0, 1), "0.0"),
    );
    check(
        &open,
        "2026-06-22",
        "ms",
        exp(Status::Pending, (0, 1), "0.0"),
    );
    // On the due day: due soon; the day after: overdue.
    check(
        &open,
        "2026-06-30",
        "ms",
        exp(Status::DueSoon, (0, 1), "0.0"),
    );
    check(
        &open,
        "2026-07-01",
        "ms",
        exp(Status::Overdue, (0, 1), "0.0"),
    );
    // Done before the as-of date only: as of 05-09 the 05-10 record is ahead.
    check(
        &done,
        "2026-05-09",
        "ms",
        exp(Status::Pending, (0, 1), "0.0"),
    );
}

/// The rules' improvement example: baseline 10 days, lower is better, 30%.
#[test]
fn improvement_against_a_baseline() {
    let run = |latest: &str, better: Better, baseline: &str| {
        let kind = TargetKind::Improvement {
            baseline: fixed(baseline),
            percent: fixed("30"),
            better,
        };
        let mut doc = doc2026(vec![target("i", kind)]);
        value(&mut doc, "i", "2026-03-31", "9.5");
        value(&mut doc, "i", "2026-06-30", latest);
        doc
    };
    // (10 − 7.2)/10 = 28%, 2 points short of 30: near; 28/30 = 93.3%.
    let p = check(
        &run("7.2", Better::Lower, "10"),
        "2026-07-01",
        "i",
        exp(Status::Near, (14, 15), "93.3"),
    );
    assert_eq!(p.actual, Measure::Percent(Frac::new(7, 25)));
    assert_eq!(p.goal, Measure::Percent(Frac::new(3, 10)));
    // 7 days: exactly 30%: met.
    check(
        &run("7", Better::Lower, "10"),
        "2026-07-01",
        "i",
        exp(Status::Met, (1, 1), "100.0"),
    );
    // 7.5 days: 25%, exactly 5 points short: near; 25/30 = 83.3%.
    check(
        &run("7.5", Better::Lower, "10"),
        "2026-07-01",
        "i",
        exp(Status::Near, (5, 6), "83.3"),
    );
    // 8 days: 20%: missed; 20/30 = 66.7%.
    check(
        &run("8", Better::Lower, "10"),
        "2026-07-01",
        "i",
        exp(Status::Missed, (2, 3), "66.7"),
    );
    // 11 days: worse than the baseline: no improvement, missed, 0%.
    let p = check(
        &run("11", Better::Lower, "10"),
        "2026-07-01",
        "i",
        exp(Status::Missed, (0, 1), "0.0"),
    );
    assert_eq!(p.actual, Measure::Percent(Frac::ZERO));
    // Higher is better: 40 from 30 is +33.3%: met.
    check(
        &run("40", Better::Higher, "30"),
        "2026-07-01",
        "i",
        exp(Status::Met, (1, 1), "100.0"),
    );
}

/// An at-most threshold: completion is line ÷ value.
#[test]
fn at_most_threshold() {
    let kind = TargetKind::Threshold {
        line: fixed("3"),
        direction: Direction::AtMost,
    };
    let mut doc = doc2026(vec![target("t", kind)]);
    value(&mut doc, "t", "2026-03-31", "4");
    // 4 is 1 above a ≤ 3 line: near; 3/4 = 75.0%.
    check(&doc, "2026-04-01", "t", exp(Status::Near, (3, 4), "75.0"));
    value(&mut doc, "t", "2026-04-30", "2.5");
    check(&doc, "2026-05-01", "t", exp(Status::Met, (1, 1), "100.0"));
}

// ---------------------------------------------------------------- edge cases

/// 2028 is a leap year: 序时进度 on 2028-07-01 is 183/366, exactly one half,
/// and a completion equal to 序时进度 is on track.
#[test]
fn leap_year_period() {
    let mut doc = plan_doc("2028-01-01", "2028-12-31", vec![target("c", count_kind(6))]);
    acts(&mut doc, "c", &["2028-02-29", "2028-03-01", "2028-05-05"]);
    let p = check(
        &doc,
        "2028-07-01",
        "c",
        exp(Status::OnTrack, (1, 2), "50.0"),
    );
    assert_eq!(p.time_progress, Frac::new(183, 366));
    // On 2028-02-29, day 60 of 366: 1/6 = 16.7% against 16.4%: on track.
    let p = check(
        &doc,
        "2028-02-29",
        "c",
        exp(Status::OnTrack, (1, 6), "16.7"),
    );
    assert_eq!(p.time_progress, Frac::new(60, 366));
}

/// 2026 has 53 ISO weeks. Week 1 runs 2025-12-29..2026-01-04 (4 days in
/// 2026) and week 53 runs 2026-12-28..2027-01-03 (4 days in 2026): both
/// belong to the 2026 plan, 53 weeks in all.
#[test]
fn iso_week_53() {
    let kind = TargetKind::Cadence {
        every: Cadence::Week,
        at_least: 1,
    };
    let mut doc = doc2026(vec![target("w", kind)]);
    // One on 2026-01-02 (Friday of week 1), then every Monday from 01-05 to
    // 12-21 (weeks 2..=52).
    add_act(&mut doc, "2026-01-02", &["w"], 1, &[]);
    let mut day = d("2026-01-05");
    while day <= d("2026-12-21") {
        add_act(&mut doc, &day.to_string(), &["w"], 1, &[]);
        day = day + chrono::Days::new(7);
    }
    // What falls in week 53 after the plan's end does not count.
    add_act(&mut doc, "2027-01-02", &["w"], 1, &[]);
    // Week 53 is still running on 12-31: no missed week, 52/53 met.
    let p = check(
        &doc,
        "2026-12-31",
        "w",
        exp(Status::OnTrack, (52, 53), "98.1"),
    );
    assert!(p.missed_periods().is_empty());
    // After the plan's end week 53 is over for the plan: missed, behind.
    let p = check(
        &doc,
        "2027-01-05",
        "w",
        exp(Status::Behind, (52, 53), "98.1"),
    );
    assert_eq!(missed_zh(&p), vec!["2026年第53周"]);
    assert_eq!(p.missed_periods()[0].code(), "2026-W53");
    // A meeting on 12-29 fills week 53: every week met, done.
    add_act(&mut doc, "2026-12-29", &["w"], 1, &[]);
    check(&doc, "2027-01-05", "w", exp(Status::Done, (1, 1), "100.0"));
}

/// 2025-W01 runs 2024-12-30..2025-01-05 with 5 days in 2025: it belongs to
/// a 2025 plan, but what was done on 2024-12-31 is before the plan.
/// 2025-12-29..31 (3 days) begin 2026-W01, which does not belong: 52 weeks.
#[test]
fn iso_week_1_of_2025() {
    let kind = TargetKind::Cadence {
        every: Cadence::Week,
        at_least: 1,
    };
    let mut doc = plan_doc("2025-01-01", "2025-12-31", vec![target("w", kind)]);
    add_act(&mut doc, "2024-12-31", &["w"], 1, &[]);
    // As of 2025-01-06 week 1 has ended empty: one missed week, 0 of 52.
    let p = check(&doc, "2025-01-06", "w", exp(Status::Behind, (0, 1), "0.0"));
    assert_eq!(missed_zh(&p), vec!["2025年第1周"]);
    let Detail::Cadence(periods) = &p.detail else {
        panic!("cadence detail expected");
    };
    assert_eq!(periods.len(), 52);
    add_act(&mut doc, "2025-01-03", &["w"], 1, &[]);
    // Week 1 met, week 2 running: 1/52 = 1.9%.
    check(
        &doc,
        "2025-01-06",
        "w",
        exp(Status::OnTrack, (1, 52), "1.9"),
    );
}

/// Before the plan: cumulative and cadence targets have not started,
/// measured ones have no data, a milestone is pending.
#[test]
fn as_of_before_the_start() {
    let mut doc = doc2026(vec![
        target("c", count_kind(6)),
        target(
            "m",
            TargetKind::Cadence {
                every: Cadence::Month,
                at_least: 1,
            },
        ),
        target(
            "t",
            TargetKind::Threshold {
                line: fixed("90"),
                direction: Direction::AtLeast,
            },
        ),
        target(
            "ms",
            TargetKind::Milestone {
                due: d("2026-06-30"),
            },
        ),
    ]);
    // Records dated before the plan do not count.
    acts(&mut doc, "c", &["2025-12-30"]);
    acts(&mut doc, "ms", &["2025-12-30"]);
    value(&mut doc, "t", "2025-12-30", "95");
    let p = check(
        &doc,
        "2025-12-31",
        "c",
        exp(Status::NotStarted, (0, 1), "0.0"),
    );
    assert_eq!(p.time_progress, Frac::ZERO);
    assert!(p.activities.is_empty());
    check(
        &doc,
        "2025-12-31",
        "m",
        exp(Status::NotStarted, (0, 1), "0.0"),
    );
    check(&doc, "2025-12-31", "t", exp(Status::NoData, (0, 1), "0.0"));
    check(
        &doc,
        "2025-12-31",
        "ms",
        exp(Status::Pending, (0, 1), "0.0"),
    );
    // Also on the first day of the plan those old records stay out.
    check(
        &doc,
        "2026-01-01",
        "ms",
        exp(Status::Pending, (0, 1), "0.0"),
    );
    let all = evaluate(&doc, d("2025-12-31"));
    assert_eq!(all.completion, Frac::ZERO);
    assert_eq!(all.status_counts().get(Status::NotStarted), 2);
}

/// After the plan: 序时进度 is 1 and records after the end do not count.
#[test]
fn as_of_after_the_end() {
    let mut doc = doc2026(vec![target("c", count_kind(2))]);
    acts(&mut doc, "c", &["2026-12-31", "2027-01-02"]);
    // Only the 12-31 record counts: 1/2, period over: not done.
    let p = check(
        &doc,
        "2027-03-01",
        "c",
        exp(Status::NotDone, (1, 2), "50.0"),
    );
    assert_eq!(p.time_progress, Frac::ONE);
    assert_eq!(p.activities, vec![ActivityId::from("a0000")]);
}

/// Records dated after the as-of date do not count yet.
#[test]
fn activity_after_as_of_is_ignored() {
    let mut doc = doc2026(vec![target("c", count_kind(4))]);
    acts(&mut doc, "c", &["2026-03-01", "2026-07-02"]);
    // 1/4 = 25% against 182/365 = 49.9%: 24.9 points behind: far behind.
    check(
        &doc,
        "2026-07-01",
        "c",
        exp(Status::FarBehind, (1, 4), "25.0"),
    );
    // On 07-02 the second one counts: 2/4 = 50% against 183/365 = 50.1%:
    // 0.1 points behind: behind.
    check(&doc, "2026-07-02", "c", exp(Status::Behind, (1, 2), "50.0"));
}

/// Plan completion is the weighted mean of target completions.
#[test]
fn weights_in_the_plan_total() {
    let mut heavy = target("a", count_kind(4));
    heavy.weight = 3;
    let light = target(
        "b",
        TargetKind::Milestone {
            due: d("2026-06-30"),
        },
    );
    let mut none = target("z", count_kind(4));
    none.weight = 0;
    let mut doc = doc2026(vec![heavy, light, none]);
    acts(&mut doc, "a", &["2026-02-01", "2026-03-01"]);
    acts(&mut doc, "b", &["2026-03-01"]);
    // (3 × 1/2 + 1 × 1 + 0 × 0) / (3 + 1 + 0) = 2.5/4 = 5/8 = 62.5%.
    let total = evaluate(&doc, d("2026-07-01"));
    assert_eq!(total.completion, Frac::new(5, 8));
    assert_eq!(total.completion.percent_1dp(), "62.5");
    assert_eq!(total.time_progress, Frac::new(182, 365));
    assert_eq!(total.as_of, d("2026-07-01"));
    // Three targets: a on track (50% ≥ 49.9%), b done, z far behind.
    let counts = total.status_counts();
    assert_eq!(counts.get(Status::OnTrack), 1);
    assert_eq!(counts.get(Status::Done), 1);
    assert_eq!(counts.get(Status::FarBehind), 1);
    assert_eq!(counts.colour(Colour::Green), 2);
    assert_eq!(counts.colour(Colour::Red), 1);
    assert_eq!(counts.total(), 3);
    assert_eq!(
        counts.nonzero(),
        vec![
            (Status::Done, 1),
            (Status::OnTrack, 1),
            (Status::FarBehind, 1)
        ]
    );
}

/// A plan with no weight at all has a total of 0 rather than a division by
/// zero; an empty plan likewise.
#[test]
fn no_weight_no_total() {
    let mut t = target("a", count_kind(1));
    t.weight = 0;
    let mut doc = doc2026(vec![t]);
    acts(&mut doc, "a", &["2026-02-01"]);
    assert_eq!(evaluate(&doc, d("2026-07-01")).completion, Frac::ZERO);
    let empty = doc2026(Vec::new());
    let total: PlanProgress = evaluate(&empty, d("2026-07-01"));
    assert!(total.targets.is_empty());
    assert_eq!(total.completion, Frac::ZERO);
}

/// One activity may count toward several targets, and its quantity counts;
/// a target named twice counts once; unknown targets are skipped.
#[test]
fn one_activity_several_targets() {
    let mut doc = doc2026(vec![
        target("a", count_kind(10)),
        target("b", count_kind(4)),
    ]);
    add_act(&mut doc, "2026-03-01", &["a", "b", "a", "nope"], 3, &[]);
    add_act(&mut doc, "2026-03-02", &["nope"], 5, &[]);
    // a: 3/10 = 30%: 182/365 − 3/10 = 0.1986: far behind.
    check(
        &doc,
        "2026-07-01",
        "a",
        exp(Status::FarBehind, (3, 10), "30.0"),
    );
    // b: 3/4 = 75%: on track.
    let p = check(
        &doc,
        "2026-07-01",
        "b",
        exp(Status::OnTrack, (3, 4), "75.0"),
    );
    assert_eq!(p.activities.len(), 1);
    assert!(evaluate(&doc, d("2026-07-01"))
        .get(&TargetId::from("nope"))
        .is_none());
}

/// A count target with its own due date is judged over the plan start
/// through that date.
#[test]
fn own_due_date() {
    let mut t = target("c", count_kind(4));
    t.due = Some(d("2026-06-30"));
    let mut doc = doc2026(vec![t]);
    acts(&mut doc, "c", &["2026-02-01", "2026-03-01", "2026-07-15"]);
    // 2026-01-01..06-30 is 181 days; on 03-31 (day 90): 90/181 = 49.7%;
    // 2/4 = 50%: on track.
    let p = check(
        &doc,
        "2026-03-31",
        "c",
        exp(Status::OnTrack, (1, 2), "50.0"),
    );
    assert_eq!(p.time_progress, Frac::new(90, 181));
    // After the due date, 2 of 4 and the 07-15 record is too late: not done.
    check(
        &doc,
        "2026-08-01",
        "c",
        exp(Status::NotDone, (1, 2), "50.0"),
    );
}

/// For equal dates, the reading changed last counts.
#[test]
fn latest_reading_by_date_then_stamp() {
    let kind = TargetKind::Threshold {
        line: fixed("90"),
        direction: Direction::AtLeast,
    };
    let mut doc = doc2026(vec![target("t", kind)]);
    add_reading(
        &mut doc,
        "t",
        "2026-06-30",
        ReadingValue::Value(fixed("95")),
        "2026-07-01T10:00:00+08:00",
    );
    add_reading(
        &mut doc,
        "t",
        "2026-06-30",
        ReadingValue::Value(fixed("70")),
        "2026-07-01T09:00:00+08:00",
    );
    add_reading(
        &mut doc,
        "t",
        "2026-05-31",
        ReadingValue::Value(fixed("60")),
        "2026-07-02T09:00:00+08:00",
    );
    let p = check(&doc, "2026-07-05", "t", exp(Status::Met, (1, 1), "100.0"));
    assert_eq!(p.actual, Measure::Value(fixed("95")));
}

/// The cumulative rule itself, at its edges: exactly 10 points behind is
/// behind, a hair more is far behind.
#[test]
fn cumulative_rule_edges() {
    let check_rule = |c: (u128, u128), tp: (u128, u128), expected: Status| {
        assert_eq!(
            cumulative_status(Frac::new(c.0, c.1), Frac::new(tp.0, tp.1)),
            expected,
            "{c:?} against {tp:?}"
        );
    };
    check_rule((4, 10), (5, 10), Status::Behind); // exactly 10 points
    check_rule((399, 1000), (5, 10), Status::FarBehind); // 10.1 points
    check_rule((5, 10), (5, 10), Status::OnTrack);
    check_rule((1, 1), (1, 10), Status::Done);
    check_rule((0, 1), (0, 1), Status::NotStarted);
    check_rule((99, 100), (1, 1), Status::NotDone);
    check_rule((1, 1), (1, 1), Status::Done);
}

/// Every status has its stable name, colour and words.
#[test]
fn status_names_and_colours() {
    let check_status = |s: Status, name: &str, colour: &str, zh: &str| {
        assert_eq!(s.as_str(), name);
        assert_eq!(s.colour().as_str(), colour);
        assert_eq!(s.label_zh(), zh);
        assert_eq!(Status::from_name(name), Some(s));
        assert!(!s.label_en().is_empty());
    };
    check_status(Status::Done, "done", "green", "完成");
    check_status(Status::OnTrack, "on_track", "green", "正常");
    check_status(Status::Behind, "behind", "yellow", "滞后");
    check_status(Status::FarBehind, "far_behind", "red", "严重滞后");
    check_status(Status::NotStarted, "not_started", "grey", "未开始");
    check_status(Status::NotDone, "not_done", "red", "未完成");
    check_status(Status::Met, "met", "green", "达标");
    check_status(Status::Near, "near", "yellow", "接近达标");
    check_status(Status::Missed, "missed", "red", "未达标");
    check_status(Status::NoData, "no_data", "grey", "暂无数据");
    check_status(Status::DueSoon, "due_soon", "blue", "临近到期");
    check_status(Status::Overdue, "overdue", "red", "逾期");
    check_status(Status::Pending, "pending", "grey", "待完成");
    assert_eq!(Status::from_name("later"), None);
}
