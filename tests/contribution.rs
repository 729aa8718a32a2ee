//! Contribution by unit against hand computation.
//!
//! Plan 2026, units listed 综合处 then 秘书一处. c1 count 10 次:
//! 秘书一处 2 on 03-10, 外事办 1 on 04-01, 综合处 2 on 04-20, no unit 1 on
//! 04-25, 综合处 1 on 06-01 (after the as-of date 05-10: not counted).
//! q1 threshold with a reading: measured, no breakdown.
//! p1 per person 2 each for 张三, 李四: 综合处 credits 张三 twice, 秘书一处
//! credits 李四 once.

use chrono::{DateTime, NaiveDate};
use luoshi::contribution::{by_unit, Share};
use luoshi::engine::{evaluate, Measure};
use luoshi::fixed::Fixed;
use luoshi::plan::{
    Activity, ActivityId, Direction, Document, PartStamps, Person, Plan, Reading, ReadingId,
    ReadingValue, Section, SectionId, Stamp, Target, TargetId, TargetKind,
};

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn stamp() -> Stamp {
    DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").expect("test stamp")
}

fn target(id: &str, kind: TargetKind) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: format!("指标{id}"),
        kind,
        unit: "次".into(),
        lead_unit: String::new(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

fn act(n: usize, date: &str, t: &str, quantity: u32, unit: &str, people: &[&str]) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId(format!("a{n}")),
        date: d(date),
        title: format!("活动{n}"),
        targets: vec![TargetId::from(t)],
        quantity,
        people: people.iter().map(|p| p.to_string()).collect(),
        lead_unit: unit.into(),
        notes: String::new(),
        updated_at: stamp(),
    }
}

fn document() -> Document {
    let person = |name: &str| Person {
        name: name.into(),
        role: String::new(),
    };
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan: Plan {
            id: Default::default(),
            rules: Default::default(),
            title: "计划".into(),
            start: d("2026-01-01"),
            end: d("2026-12-31"),
            sections: vec![Section {
                id: SectionId::from("s1"),
                title: "（一）".into(),
                targets: vec![
                    target("c1", TargetKind::Count { target: 10 }),
                    target(
                        "q1",
                        TargetKind::Threshold {
                            line: Fixed::from_raw(900_000),
                            direction: Direction::AtLeast,
                        },
                    ),
                    target(
                        "p1",
                        TargetKind::PerPerson {
                            each: 2,
                            roster: vec!["张三".into(), "李四".into()],
                        },
                    ),
                ],
            }],
            people: vec![person("张三"), person("李四")],
            units: vec!["综合处".into(), "秘书一处".into()],
            updated_at: stamp(),
            stamps: PartStamps::default(),
        },
        activities: vec![
            act(1, "2026-03-10", "c1", 2, "秘书一处", &[]),
            act(2, "2026-04-01", "c1", 1, "外事办", &[]),
            act(3, "2026-04-20", "c1", 2, " 综合处 ", &[]),
            act(4, "2026-04-25", "c1", 1, "", &[]),
            act(5, "2026-06-01", "c1", 1, "综合处", &[]),
            act(6, "2026-02-01", "p1", 2, "综合处", &["张三"]),
            act(7, "2026-02-02", "p1", 1, "秘书一处", &["李四"]),
        ],
        readings: vec![Reading {
            recorded_by: String::new(),
            evidence: Vec::new(),
            id: ReadingId::from("r1"),
            target: TargetId::from("q1"),
            date: d("2026-03-01"),
            value: ReadingValue::Value(Fixed::from_raw(950_000)),
            notes: String::new(),
            updated_at: stamp(),
        }],
        tombstones: Vec::new(),
    }
}

fn share(unit: &str, actual: u64, activities: usize) -> Share {
    Share {
        unit: unit.into(),
        actual: Measure::Count(actual),
        activities,
    }
}

#[test]
fn counts_split_by_unit_in_plan_order_then_others_then_none() {
    let doc = document();
    let as_of = d("2026-05-10");
    let all = by_unit(&doc, as_of);
    assert_eq!(all.len(), 3);
    assert_eq!(all[0].id, TargetId::from("c1"));
    assert_eq!(
        all[0].shares,
        vec![
            share("综合处", 2, 1),
            share("秘书一处", 2, 1),
            share("外事办", 1, 1),
            share("", 1, 1),
        ]
    );
    // The shares of a count add up to the target's own figure: 2+2+1+1 = 6.
    let total = evaluate(&doc, as_of);
    assert_eq!(total.targets[0].actual, Measure::Count(6));
}

#[test]
fn measured_targets_have_no_breakdown() {
    let all = by_unit(&document(), d("2026-05-10"));
    assert_eq!(all[1].id, TargetId::from("q1"));
    assert!(all[1].shares.is_empty());
}

#[test]
fn a_per_person_share_is_what_the_unit_reaches_alone() {
    let all = by_unit(&document(), d("2026-05-10"));
    assert_eq!(all[2].id, TargetId::from("p1"));
    // The figure credits each person up to 2: 综合处 张三 2 → 2; 秘书一处
    // 李四 1 → 1.
    assert_eq!(
        all[2].shares,
        vec![share("综合处", 2, 1), share("秘书一处", 1, 1)]
    );
}

#[test]
fn before_anything_is_recorded_there_are_no_shares() {
    let all = by_unit(&document(), d("2026-01-15"));
    assert!(all.iter().all(|t| t.shares.is_empty()));
}
