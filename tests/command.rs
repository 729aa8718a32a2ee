//! Commands: every change checked before it lands, every change undoable,
//! deletions leaving tombstones that later merges respect.

use chrono::{DateTime, NaiveDate};
use luoshi::command::{Command, CommandError};
use luoshi::fixed::Fixed;
use luoshi::merge::merge;
use luoshi::plan::{
    Activity, ActivityId, Better, Cadence, Direction, Document, Person, Plan, Reading, ReadingId,
    ReadingValue, RecordKind, Section, SectionId, Stamp, Target, TargetId, TargetKind, Tombstone,
};
use luoshi::validate::{Field, IssueCode};

fn at(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).expect("test stamp")
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("test date")
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
        lead_unit: String::new(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

fn plan() -> Plan {
    Plan {
        id: Default::default(),
        rules: Default::default(),
        stamps: Default::default(),
        title: "2026年工作计划".into(),
        start: day(1, 1),
        end: day(12, 31),
        sections: vec![Section {
            id: SectionId::from("s1"),
            title: "（一）强化理论武装".into(),
            targets: vec![
                target("count", "组织专题培训", TargetKind::Count { target: 6 }),
                target(
                    "cadence",
                    "中心组集中研讨",
                    TargetKind::Cadence {
                        every: Cadence::Month,
                        at_least: 1,
                    },
                ),
                target(
                    "threshold",
                    "无纸化办公覆盖率",
                    TargetKind::Threshold {
                        line: Fixed::from_int(90),
                        direction: Direction::AtLeast,
                    },
                ),
                target(
                    "ratio",
                    "群众诉求办结率",
                    TargetKind::Ratio {
                        line: Fixed::from_int(95),
                        numerator: "办结".into(),
                        denominator: "受理".into(),
                    },
                ),
                target(
                    "improvement",
                    "工作效率提升",
                    TargetKind::Improvement {
                        baseline: Fixed::from_int(10),
                        percent: Fixed::from_int(30),
                        better: Better::Lower,
                    },
                ),
            ],
        }],
        people: vec![Person {
            name: "张三".into(),
            role: String::new(),
        }],
        units: vec!["综合科".into()],
        updated_at: at("2026-01-01T08:00:00+08:00"),
    }
}

fn activity(id: &str, targets: &[&str]) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId::from(id),
        date: day(3, 5),
        title: "专题培训".into(),
        targets: targets.iter().map(|t| TargetId::from(*t)).collect(),
        quantity: 1,
        people: vec!["张三".into()],
        lead_unit: "综合科".into(),
        notes: String::new(),
        updated_at: at("2026-03-05T10:00:00+08:00"),
    }
}

fn reading(id: &str, target: &str, value: ReadingValue) -> Reading {
    Reading {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ReadingId::from(id),
        target: TargetId::from(target),
        date: day(3, 31),
        value,
        notes: String::new(),
        updated_at: at("2026-03-31T10:00:00+08:00"),
    }
}

fn doc() -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan: plan(),
        activities: vec![activity("a1", &["count"])],
        readings: vec![reading(
            "r1",
            "threshold",
            ReadingValue::Value(Fixed::from_int(82)),
        )],
        tombstones: vec![],
    }
}

/// Applies `cmd` to the standard document and checks that it is refused
/// with `expected` and that nothing changed.
fn check_refused(cmd: Command, expected: CommandError) {
    let mut d = doc();
    let before = d.clone();
    let got = d.apply(cmd.clone());
    assert_eq!(got, Err(expected), "command {cmd:?}");
    assert_eq!(d, before, "a refused command changed the document: {cmd:?}");
}

fn invalid(path: &str, field: Field, code: IssueCode) -> CommandError {
    CommandError::Invalid(vec![luoshi::validate::Issue {
        path: path.into(),
        field,
        code,
    }])
}

#[test]
fn invalid_commands_change_nothing() {
    let mut empty_title = activity("a2", &["count"]);
    empty_title.title = "  ".into();
    check_refused(
        Command::AddActivity(empty_title),
        invalid("title", Field::ActivityTitle, IssueCode::EmptyTitle),
    );

    let mut zero = activity("a2", &["count"]);
    zero.quantity = 0;
    check_refused(
        Command::AddActivity(zero),
        invalid("quantity", Field::ActivityQuantity, IssueCode::ZeroQuantity),
    );

    check_refused(
        Command::AddActivity(activity("a2", &["count", "nope"])),
        invalid(
            "targets[1]",
            Field::ActivityTargets,
            IssueCode::UnknownTarget(TargetId::from("nope")),
        ),
    );
    check_refused(
        Command::AddActivity(activity("a2", &["threshold"])),
        invalid(
            "targets[0]",
            Field::ActivityTargets,
            IssueCode::TakesReadings(TargetId::from("threshold")),
        ),
    );
    check_refused(
        Command::AddActivity(activity("a2", &["count", "count"])),
        invalid(
            "targets[1]",
            Field::ActivityTargets,
            IssueCode::RepeatedTarget(TargetId::from("count")),
        ),
    );
    check_refused(
        Command::AddActivity(activity("a1", &["count"])),
        CommandError::DuplicateId {
            kind: RecordKind::Activity,
            id: "a1".into(),
        },
    );
    check_refused(
        Command::UpdateActivity(activity("a9", &["count"])),
        CommandError::UnknownId {
            kind: RecordKind::Activity,
            id: "a9".into(),
        },
    );
    check_refused(
        Command::DeleteActivity {
            id: ActivityId::from("a9"),
            at: at("2026-04-01T00:00:00+08:00"),
        },
        CommandError::UnknownId {
            kind: RecordKind::Activity,
            id: "a9".into(),
        },
    );

    let one = ReadingValue::Value(Fixed::from_int(1));
    check_refused(
        Command::AddReading(reading("r2", "count", one)),
        invalid(
            "target",
            Field::ReadingTarget,
            IssueCode::TakesNoReadings(TargetId::from("count")),
        ),
    );
    check_refused(
        Command::AddReading(reading("r2", "gone", one)),
        invalid(
            "target",
            Field::ReadingTarget,
            IssueCode::UnknownTarget(TargetId::from("gone")),
        ),
    );
    check_refused(
        Command::AddReading(reading(
            "r2",
            "threshold",
            ReadingValue::Counts {
                numerator: 1,
                denominator: 2,
            },
        )),
        invalid(
            "value",
            Field::ReadingValue,
            IssueCode::CountsForNonRatio(TargetId::from("threshold")),
        ),
    );
    check_refused(
        Command::AddReading(reading("r2", "ratio", one)),
        invalid(
            "value",
            Field::ReadingValue,
            IssueCode::ValueForRatio(TargetId::from("ratio")),
        ),
    );
    check_refused(
        Command::AddReading(reading("r1", "threshold", one)),
        CommandError::DuplicateId {
            kind: RecordKind::Reading,
            id: "r1".into(),
        },
    );
    check_refused(
        Command::UpdateReading(reading("r9", "threshold", one)),
        CommandError::UnknownId {
            kind: RecordKind::Reading,
            id: "r9".into(),
        },
    );
    check_refused(
        Command::DeleteReading {
            id: ReadingId::from("r9"),
            at: at("2026-04-01T00:00:00+08:00"),
        },
        CommandError::UnknownId {
            kind: RecordKind::Reading,
            id: "r9".into(),
        },
    );

    let mut bad_plan = plan();
    bad_plan.title = String::new();
    check_refused(
        Command::SetPlan(bad_plan),
        invalid("title", Field::PlanTitle, IssueCode::EmptyTitle),
    );
}

#[test]
fn a_warning_does_not_block_a_command() {
    let mut d = doc();
    let mut outside = activity("a2", &["count"]);
    outside.date = NaiveDate::from_ymd_opt(2027, 1, 3).expect("date");
    assert!(d.apply(Command::AddActivity(outside)).is_ok());
    assert_eq!(d.activities.len(), 2);
}

#[test]
fn deleting_leaves_a_tombstone_and_undo_restores_after_it() {
    let mut d = doc();
    let inverse = d
        .apply(Command::DeleteActivity {
            id: ActivityId::from("a1"),
            at: at("2026-04-01T09:00:00+08:00"),
        })
        .expect("delete");
    assert!(d.activities.is_empty());
    assert_eq!(
        d.tombstones,
        vec![Tombstone {
            kind: RecordKind::Activity,
            id: "a1".into(),
            deleted_at: at("2026-04-01T09:00:00+08:00"),
        }]
    );
    assert_eq!(
        inverse,
        Command::RestoreActivity {
            activity: activity("a1", &["count"]),
            at: at("2026-04-01T09:00:00+08:00"),
        }
    );

    // Undone without a fresh stamp: the record is stamped one second after
    // the tombstone, so it also wins over the tombstone in other copies.
    let redo = d.apply(inverse).expect("undo");
    assert!(d.tombstones.is_empty());
    assert_eq!(d.activities.len(), 1);
    assert_eq!(d.activities[0].updated_at, at("2026-04-01T09:00:01+08:00"));
    assert_eq!(
        redo,
        Command::DeleteActivity {
            id: ActivityId::from("a1"),
            at: at("2026-04-01T09:00:01+08:00"),
        }
    );
}

#[test]
fn undo_with_a_fresh_stamp_uses_it() {
    let mut d = doc();
    let inverse = d
        .apply(Command::DeleteReading {
            id: ReadingId::from("r1"),
            at: at("2026-04-01T09:00:00+08:00"),
        })
        .expect("delete");
    d.apply(inverse.stamped(at("2026-04-02T15:30:00+08:00")))
        .expect("undo");
    assert_eq!(d.readings.len(), 1);
    assert_eq!(d.readings[0].updated_at, at("2026-04-02T15:30:00+08:00"));
    assert!(d.tombstones.is_empty());
}

#[test]
fn a_deletion_stamped_before_the_record_still_removes_it_in_merges() {
    // The clock of the deleting machine is behind the record's stamp.
    let mut d = doc();
    d.apply(Command::DeleteActivity {
        id: ActivityId::from("a1"),
        at: at("2026-01-01T00:00:00+08:00"),
    })
    .expect("delete");
    assert_eq!(d.tombstones[0].deleted_at, at("2026-03-05T10:00:00+08:00"));
    let merged = merge(&d, &doc()).doc;
    assert!(
        merged.activities.is_empty(),
        "the older copy brought it back"
    );
}

#[test]
fn adding_under_a_deleted_id_is_refused() {
    let mut d = doc();
    d.apply(Command::DeleteActivity {
        id: ActivityId::from("a1"),
        at: at("2026-04-01T09:00:00+08:00"),
    })
    .expect("delete");
    let before = d.clone();
    assert_eq!(
        d.apply(Command::AddActivity(activity("a1", &["count"]))),
        Err(CommandError::DeletedId {
            kind: RecordKind::Activity,
            id: "a1".into(),
        })
    );
    assert_eq!(d, before);
}

#[test]
fn add_then_undo_then_redo() {
    let mut d = doc();
    let mut a = activity("a2", &["count", "cadence"]);
    a.updated_at = at("2026-05-01T08:00:00+08:00");
    let undo = d.apply(Command::AddActivity(a.clone())).expect("add");
    assert_eq!(d.activities.len(), 2);
    assert_eq!(
        undo,
        Command::DeleteActivity {
            id: ActivityId::from("a2"),
            at: at("2026-05-01T08:00:00+08:00"),
        }
    );
    let redo = d.apply(undo).expect("undo");
    assert_eq!(d.activities.len(), 1);
    assert_eq!(d.tombstones.len(), 1);
    d.apply(redo).expect("redo");
    assert_eq!(d.activities.len(), 2);
    assert!(d.tombstones.is_empty());
    let mut expected = a;
    expected.updated_at = at("2026-05-01T08:00:01+08:00");
    assert_eq!(d.activities[1], expected);
}

#[test]
fn an_update_is_stamped_after_the_record_it_replaces() {
    let mut d = doc();
    let mut edit = activity("a1", &["count"]);
    edit.title = "专题培训（第二期）".into();
    edit.updated_at = at("2026-03-01T00:00:00+08:00"); // a clock behind the record
    let undo = d.apply(Command::UpdateActivity(edit)).expect("update");
    assert_eq!(d.activities[0].title, "专题培训（第二期）");
    assert_eq!(d.activities[0].updated_at, at("2026-03-05T10:00:01+08:00"));
    assert_eq!(undo, Command::UpdateActivity(activity("a1", &["count"])));

    d.apply(undo).expect("undo");
    assert_eq!(d.activities[0].title, "专题培训");
    assert_eq!(d.activities[0].updated_at, at("2026-03-05T10:00:02+08:00"));
}

#[test]
fn an_update_that_changes_nothing_keeps_the_stamp() {
    let mut d = doc();
    let mut same = activity("a1", &["count"]);
    same.updated_at = at("2026-06-01T00:00:00+08:00");
    d.apply(Command::UpdateActivity(same)).expect("update");
    assert_eq!(d, doc());
}

#[test]
fn set_plan_and_unit_undo() {
    let mut d = doc();
    let mut p = plan();
    p.title = "2026年工作计划（修订）".into();
    p.updated_at = at("2026-02-01T08:00:00+08:00");
    let before = d.plan.updated_at;
    let undo = d.apply(Command::SetPlan(p.clone())).expect("set plan");
    assert!(d.plan.same_content(&p));
    assert_eq!(
        d.plan.updated_at, p.updated_at,
        "the title moved the plan's own stamp"
    );
    let count = luoshi::plan::PartKey::Target(TargetId::from("count"));
    assert_eq!(
        d.plan.stamp_of(&count),
        before,
        "an unchanged target keeps its stamp"
    );
    d.apply(undo.stamped(at("2026-02-02T08:00:00+08:00")))
        .expect("undo");
    assert_eq!(d.plan.title, "2026年工作计划");
    assert_eq!(d.plan.updated_at, at("2026-02-02T08:00:00+08:00"));

    let undo = d.apply(Command::SetUnit("综合科".into())).expect("unit");
    assert_eq!(d.unit, "综合科");
    d.apply(undo).expect("undo unit");
    assert_eq!(d.unit, "市政府办公室");
}

#[test]
fn a_batch_is_all_or_nothing_and_undone_as_one() {
    let mut d = doc();
    let before = d.clone();
    let bad = Command::Batch(vec![
        Command::AddActivity(activity("a2", &["count"])),
        Command::AddActivity(activity("a3", &["missing"])),
    ]);
    let err = d.apply(bad).expect_err("second command is invalid");
    assert!(matches!(err, CommandError::InBatch { index: 1, .. }));
    assert_eq!(err.issues().len(), 1);
    assert_eq!(d, before);

    let good = Command::Batch(vec![
        Command::AddActivity(activity("a2", &["count"])),
        Command::AddActivity(activity("a3", &["cadence"])),
    ]);
    let undo = d.apply(good).expect("batch");
    assert_eq!(d.activities.len(), 3);
    assert_eq!(
        undo,
        Command::Batch(vec![
            Command::DeleteActivity {
                id: ActivityId::from("a3"),
                at: at("2026-03-05T10:00:00+08:00"),
            },
            Command::DeleteActivity {
                id: ActivityId::from("a2"),
                at: at("2026-03-05T10:00:00+08:00"),
            },
        ])
    );
    d.apply(undo).expect("undo batch");
    assert_eq!(d.activities, before.activities);
    assert_eq!(d.tombstones.len(), 2);
}

#[test]
fn replace_and_merge_are_undone_by_the_old_document() {
    let mut d = doc();
    let mut theirs = doc();
    theirs.activities.push(activity("b1", &["count"]));
    let undo = d
        .apply(Command::MergeDocument(Box::new(theirs.clone())))
        .expect("merge");
    assert_eq!(d.activities.len(), 2);
    assert_eq!(undo, Command::ReplaceDocument(Box::new(doc())));
    d.apply(undo).expect("undo merge");
    assert_eq!(d, doc());

    let undo = d
        .apply(Command::ReplaceDocument(Box::new(theirs.clone())))
        .expect("replace");
    assert_eq!(d, theirs);
    d.apply(undo).expect("undo replace");
    assert_eq!(d, doc());
}

#[test]
fn messages_in_both_languages() {
    let check = |e: CommandError, en: &str, zh: &str| {
        assert_eq!(e.to_string(), en);
        assert_eq!(e.message_zh(), zh);
    };
    check(
        CommandError::UnknownId {
            kind: RecordKind::Activity,
            id: "a9".into(),
        },
        "there is no activity a9",
        "活动 a9 不存在",
    );
    check(
        invalid("quantity", Field::ActivityQuantity, IssueCode::ZeroQuantity),
        "The quantity cannot be 0",
        "数量不能为 0",
    );
    check(
        CommandError::InBatch {
            index: 1,
            source: Box::new(CommandError::DuplicateId {
                kind: RecordKind::Reading,
                id: "r1".into(),
            }),
        },
        "change 2 of the batch: Reading r1 already exists",
        "第 2 项修改：数值记录 r1 已存在",
    );
}

// ---- any sequence of commands, each undone and redone ----

use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    Add(u8, Vec<&'static str>, u32, bool),
    Update(u8, Vec<&'static str>, u32, bool),
    Delete(u8),
    AddReading(u8, &'static str, bool),
    DeleteReading(u8),
    Unit(bool),
}

fn op() -> impl Strategy<Value = Op> {
    let targets = prop::collection::vec(
        prop::sample::select(vec!["count", "cadence", "threshold", "gone"]),
        0..3,
    );
    prop_oneof![
        (0..3u8, targets.clone(), 0..3u32, any::<bool>())
            .prop_map(|(i, t, q, title)| Op::Add(i, t, q, title)),
        (0..3u8, targets, 0..3u32, any::<bool>())
            .prop_map(|(i, t, q, title)| Op::Update(i, t, q, title)),
        (0..3u8).prop_map(Op::Delete),
        (
            0..3u8,
            prop::sample::select(vec!["threshold", "ratio", "count"]),
            any::<bool>()
        )
            .prop_map(|(i, t, counts)| Op::AddReading(i, t, counts)),
        (0..3u8).prop_map(Op::DeleteReading),
        any::<bool>().prop_map(Op::Unit),
    ]
}

/// The `n`-th stamp of a session: one minute apart.
fn nth(n: usize) -> Stamp {
    at("2026-06-01T08:00:00+08:00") + chrono::TimeDelta::minutes(n as i64)
}

fn command(op: &Op, stamp: Stamp) -> Command {
    let make = |i: &u8, t: &[&str], q: &u32, title: &bool| {
        let mut a = activity(&format!("p{i}"), t);
        a.quantity = *q;
        a.title = if *title {
            "学习".into()
        } else {
            String::new()
        };
        a.updated_at = stamp;
        a
    };
    match op {
        Op::Add(i, t, q, title) => Command::AddActivity(make(i, t, q, title)),
        Op::Update(i, t, q, title) => Command::UpdateActivity(make(i, t, q, title)),
        Op::Delete(i) => Command::DeleteActivity {
            id: ActivityId(format!("p{i}")),
            at: stamp,
        },
        Op::AddReading(i, t, counts) => {
            let value = if *counts {
                ReadingValue::Counts {
                    numerator: 9,
                    denominator: 10,
                }
            } else {
                ReadingValue::Value(Fixed::from_int(91))
            };
            let mut r = reading(&format!("q{i}"), t, value);
            r.updated_at = stamp;
            Command::AddReading(r)
        }
        Op::DeleteReading(i) => Command::DeleteReading {
            id: ReadingId(format!("q{i}")),
            at: stamp,
        },
        Op::Unit(b) => Command::SetUnit(if *b { "甲科" } else { "乙科" }.into()),
    }
}

/// What the user sees: records by id without their stamps, and the unit.
fn content(d: &Document) -> (Vec<Activity>, Vec<Reading>, String) {
    let epoch = at("2000-01-01T00:00:00+00:00");
    let mut acts: Vec<Activity> = d.activities.clone();
    acts.iter_mut().for_each(|a| a.updated_at = epoch);
    acts.sort_by(|a, b| a.id.cmp(&b.id));
    let mut reads: Vec<Reading> = d.readings.clone();
    reads.iter_mut().for_each(|r| r.updated_at = epoch);
    reads.sort_by(|a, b| a.id.cmp(&b.id));
    (acts, reads, d.unit.clone())
}

/// No live record is covered by a tombstone, so no merge can remove it.
fn no_live_record_is_buried(d: &Document) -> bool {
    let buried = |kind: RecordKind, id: &str, stamp: Stamp| {
        d.tombstones
            .iter()
            .any(|t| t.kind == kind && t.id == id && t.deleted_at >= stamp)
    };
    d.activities
        .iter()
        .all(|a| !buried(RecordKind::Activity, a.id.as_str(), a.updated_at))
        && d.readings
            .iter()
            .all(|r| !buried(RecordKind::Reading, r.id.as_str(), r.updated_at))
}

proptest! {
    #[test]
    fn every_command_is_checked_undone_and_redone(ops in prop::collection::vec(op(), 1..12)) {
        let mut d = doc();
        let mut clock = 0;
        for op in &ops {
            clock += 1;
            let before = d.clone();
            match d.apply(command(op, nth(clock))) {
                Err(_) => prop_assert_eq!(&d, &before, "refused {:?} changed the document", op),
                Ok(undo) => {
                    let after = content(&d);
                    prop_assert!(no_live_record_is_buried(&d));
                    clock += 1;
                    let redo = d.apply(undo.stamped(nth(clock))).expect("undo applies");
                    prop_assert_eq!(content(&d), content(&before), "undo of {:?}", op);
                    prop_assert!(no_live_record_is_buried(&d));
                    clock += 1;
                    d.apply(redo.stamped(nth(clock))).expect("redo applies");
                    prop_assert_eq!(content(&d), after, "redo of {:?}", op);
                    prop_assert!(no_live_record_is_buried(&d));
                }
            }
        }
    }
}
