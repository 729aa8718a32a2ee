//! Merging colleagues' files: by id and stamp, tombstones respected, the
//! same result whatever the order, nothing changed by a second import.

use chrono::{DateTime, NaiveDate};
use luoshi::fixed::Fixed;
use luoshi::merge::{merge, preview, Conflict, MergeSummary, PlanChange, RecordChanges, Side};
use luoshi::plan::{
    Activity, ActivityId, Direction, Document, Plan, Reading, ReadingId, ReadingValue, RecordKind,
    Section, SectionId, Stamp, Target, TargetId, TargetKind, Tombstone,
};
use proptest::prelude::*;

fn at(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).expect("test stamp")
}

/// A stamp on 2026-04-01 at `h` o'clock, Beijing time.
fn h(hour: u32) -> Stamp {
    at(&format!("2026-04-01T{hour:02}:00:00+08:00"))
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 4, d).expect("test date")
}

fn plan(title: &str, stamp: Stamp) -> Plan {
    Plan {
        id: Default::default(),
        rules: Default::default(),
        stamps: Default::default(),
        title: title.into(),
        start: NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
        end: NaiveDate::from_ymd_opt(2026, 12, 31).expect("date"),
        sections: vec![Section {
            id: SectionId::from("s1"),
            title: "（一）".into(),
            targets: vec![
                Target {
                    annual: false,
                    zero_readings: false,
                    partners: Vec::new(),
                    suggestion: String::new(),
                    id: TargetId::from("t1"),
                    title: "组织专题培训".into(),
                    kind: TargetKind::Count { target: 6 },
                    unit: "次".into(),
                    lead_unit: String::new(),
                    owner: String::new(),
                    weight: 1,
                    due: None,
                },
                Target {
                    annual: false,
                    zero_readings: false,
                    partners: Vec::new(),
                    suggestion: String::new(),
                    id: TargetId::from("t2"),
                    title: "无纸化办公覆盖率".into(),
                    kind: TargetKind::Threshold {
                        line: Fixed::from_int(90),
                        direction: Direction::AtLeast,
                    },
                    unit: "%".into(),
                    lead_unit: String::new(),
                    owner: String::new(),
                    weight: 1,
                    due: None,
                },
            ],
        }],
        people: vec![],
        units: vec![],
        updated_at: stamp,
    }
}

fn act(id: &str, date: u32, title: &str, stamp: Stamp) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId::from(id),
        date: day(date),
        title: title.into(),
        targets: vec![TargetId::from("t1")],
        quantity: 1,
        people: vec![],
        lead_unit: String::new(),
        notes: String::new(),
        updated_at: stamp,
    }
}

fn read(id: &str, value: i64, stamp: Stamp) -> Reading {
    Reading {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ReadingId::from(id),
        target: TargetId::from("t2"),
        date: day(30),
        value: ReadingValue::Value(Fixed::from_int(value)),
        notes: String::new(),
        updated_at: stamp,
    }
}

fn tomb(kind: RecordKind, id: &str, stamp: Stamp) -> Tombstone {
    Tombstone {
        kind,
        id: id.into(),
        deleted_at: stamp,
    }
}

fn doc(activities: Vec<Activity>, readings: Vec<Reading>, tombstones: Vec<Tombstone>) -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "综合科".into(),
        plan: plan("计划", h(1)),
        activities,
        readings,
        tombstones,
    }
}

fn changes(
    added: usize,
    changed: usize,
    deleted: usize,
    conflicts: &[(&str, Side)],
) -> RecordChanges {
    RecordChanges {
        added,
        changed,
        deleted,
        conflicts: conflicts
            .iter()
            .map(|(id, winner)| Conflict {
                kind: RecordKind::Activity,
                id: (*id).into(),
                winner: *winner,
                same_stamp: false,
            })
            .collect(),
    }
}

/// Merges `theirs` into `ours` and checks the surviving activity ids and
/// titles, and the summary of activities.
fn check(
    ours: Document,
    theirs: Document,
    expected: &[(&str, &str)],
    expected_changes: RecordChanges,
) {
    let m = merge(&ours, &theirs);
    let got: Vec<(&str, &str)> = m
        .doc
        .activities
        .iter()
        .map(|a| (a.id.as_str(), a.title.as_str()))
        .collect();
    assert_eq!(got, expected);
    assert_eq!(m.summary.activities, expected_changes);
    assert_eq!(preview(&ours, &theirs), m.summary);
}

#[test]
fn records_are_merged_by_id_and_stamp() {
    // Theirs adds a record: sorted in by date.
    check(
        doc(vec![act("a1", 5, "甲", h(9))], vec![], vec![]),
        doc(vec![act("b1", 3, "乙", h(9))], vec![], vec![]),
        &[("b1", "乙"), ("a1", "甲")],
        changes(1, 0, 0, &[]),
    );
    // Same date: by id.
    check(
        doc(vec![act("b", 5, "甲", h(9))], vec![], vec![]),
        doc(vec![act("a", 5, "乙", h(9))], vec![], vec![]),
        &[("a", "乙"), ("b", "甲")],
        changes(1, 0, 0, &[]),
    );
    // Their newer edit wins.
    check(
        doc(vec![act("a1", 5, "甲", h(9))], vec![], vec![]),
        doc(vec![act("a1", 5, "甲（改）", h(10))], vec![], vec![]),
        &[("a1", "甲（改）")],
        changes(0, 1, 0, &[("a1", Side::Theirs)]),
    );
    // Our newer edit stays.
    check(
        doc(vec![act("a1", 5, "甲（改）", h(10))], vec![], vec![]),
        doc(vec![act("a1", 5, "甲", h(9))], vec![], vec![]),
        &[("a1", "甲（改）")],
        changes(0, 0, 0, &[("a1", Side::Ours)]),
    );
    // Identical records are no change and no conflict.
    check(
        doc(vec![act("a1", 5, "甲", h(9))], vec![], vec![]),
        doc(vec![act("a1", 5, "甲", h(9))], vec![], vec![]),
        &[("a1", "甲")],
        changes(0, 0, 0, &[]),
    );
}

#[test]
fn tombstones_win_over_edits_at_or_before_them() {
    let del = |s| vec![tomb(RecordKind::Activity, "a1", s)];
    // Their deletion after our last edit removes our record.
    check(
        doc(vec![act("a1", 5, "甲", h(9))], vec![], vec![]),
        doc(vec![], vec![], del(h(10))),
        &[],
        changes(0, 0, 1, &[]),
    );
    // A deletion stamped at the very same time as the edit also wins.
    check(
        doc(vec![act("a1", 5, "甲", h(9))], vec![], vec![]),
        doc(vec![], vec![], del(h(9))),
        &[],
        changes(0, 0, 1, &[]),
    );
    // An edit after the deletion brings the record back.
    check(
        doc(vec![act("a1", 5, "甲（改）", h(11))], vec![], vec![]),
        doc(vec![], vec![], del(h(10))),
        &[("a1", "甲（改）")],
        changes(0, 0, 0, &[]),
    );
    // Ours deleted it; their older copy does not bring it back.
    check(
        doc(vec![], vec![], del(h(10))),
        doc(vec![act("a1", 5, "甲", h(9))], vec![], vec![]),
        &[],
        changes(0, 0, 0, &[]),
    );
    // Ours deleted it; their later edit revives it, counted as added.
    check(
        doc(vec![], vec![], del(h(10))),
        doc(vec![act("a1", 5, "甲（改）", h(12))], vec![], vec![]),
        &[("a1", "甲（改）")],
        changes(1, 0, 0, &[]),
    );
}

#[test]
fn the_newest_tombstone_is_kept() {
    let ours = doc(vec![], vec![], vec![tomb(RecordKind::Reading, "r1", h(8))]);
    let theirs = doc(vec![], vec![], vec![tomb(RecordKind::Reading, "r1", h(10))]);
    let m = merge(&ours, &theirs);
    assert_eq!(
        m.doc.tombstones,
        vec![tomb(RecordKind::Reading, "r1", h(10))]
    );
    // Only a reading's tombstone: an activity with the same id is untouched.
    let ours = doc(vec![act("r1", 5, "甲", h(9))], vec![], vec![]);
    let m = merge(&ours, &theirs);
    assert_eq!(m.doc.activities.len(), 1);
}

#[test]
fn readings_merge_like_activities() {
    let ours = doc(
        vec![],
        vec![read("r1", 82, h(9)), read("r2", 85, h(9))],
        vec![],
    );
    let theirs = doc(
        vec![],
        vec![read("r1", 83, h(10)), read("r3", 91, h(9))],
        vec![tomb(RecordKind::Reading, "r2", h(10))],
    );
    let m = merge(&ours, &theirs);
    let got: Vec<(&str, Fixed)> = m
        .doc
        .readings
        .iter()
        .map(|r| match r.value {
            ReadingValue::Value(v) => (r.id.as_str(), v),
            ReadingValue::Counts { .. } => (r.id.as_str(), Fixed::ZERO),
        })
        .collect();
    assert_eq!(
        got,
        vec![("r1", Fixed::from_int(83)), ("r3", Fixed::from_int(91))]
    );
    assert_eq!(
        m.summary.readings,
        RecordChanges {
            added: 1,
            changed: 1,
            deleted: 1,
            conflicts: vec![Conflict {
                kind: RecordKind::Reading,
                id: "r1".into(),
                winner: Side::Theirs,
                same_stamp: false,
            }],
        }
    );
}

#[test]
fn equal_stamps_settle_the_same_way_in_both_orders() {
    let a = doc(vec![act("a1", 5, "甲", h(9))], vec![], vec![]);
    let b = doc(vec![act("a1", 5, "乙", h(9))], vec![], vec![]);
    let ab = merge(&a, &b);
    let ba = merge(&b, &a);
    assert_eq!(ab.doc, ba.doc);
    assert_eq!(ab.doc.activities.len(), 1);
    // One side kept its own, the other took the same record from theirs.
    let winners = [
        ab.summary.activities.conflicts[0].winner,
        ba.summary.activities.conflicts[0].winner,
    ];
    assert!(winners == [Side::Ours, Side::Theirs] || winners == [Side::Theirs, Side::Ours]);
}

#[test]
fn the_plan_is_one_record() {
    let check = |ours: Plan, theirs: Plan, title: &str, change: PlanChange| {
        let mut a = doc(vec![], vec![], vec![]);
        a.plan = ours;
        let mut b = doc(vec![], vec![], vec![]);
        b.plan = theirs;
        let m = merge(&a, &b);
        assert_eq!(m.doc.plan.title, title);
        assert_eq!(m.summary.plan, change);
    };
    check(
        plan("旧", h(1)),
        plan("新", h(2)),
        "新",
        PlanChange::Updated,
    );
    check(
        plan("新", h(2)),
        plan("旧", h(1)),
        "新",
        PlanChange::KeptOurs,
    );
    check(
        plan("同", h(2)),
        plan("同", h(1)),
        "同",
        PlanChange::Unchanged,
    );
}

#[test]
fn the_unit_of_the_result_is_ours() {
    let a = doc(vec![], vec![], vec![]);
    let mut b = doc(vec![], vec![], vec![]);
    b.unit = "督查科".into();
    assert_eq!(merge(&a, &b).doc.unit, "综合科");
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let ours = doc(
        vec![act("a1", 5, "甲", h(9)), act("a2", 6, "乙", h(9))],
        vec![],
        vec![],
    );
    let mut theirs = doc(
        vec![act("a1", 5, "甲（改）", h(10)), act("b1", 7, "丙", h(9))],
        vec![],
        vec![tomb(RecordKind::Activity, "a2", h(10))],
    );
    theirs.plan = plan("计划（修订）", h(3));
    let once = merge(&ours, &theirs);
    assert!(!once.summary.changes_nothing());
    let twice = merge(&once.doc, &theirs);
    assert_eq!(twice.doc, once.doc);
    assert!(twice.summary.changes_nothing());
    assert_eq!(twice.summary.unchanged, 2);
    assert_eq!(twice.summary.plan, PlanChange::Unchanged);
}

#[test]
fn the_summary_reads_as_one_line() {
    let summary = MergeSummary {
        activities: RecordChanges {
            added: 12,
            changed: 3,
            deleted: 0,
            conflicts: vec![Conflict {
                kind: RecordKind::Activity,
                id: "a1".into(),
                winner: Side::Ours,
                same_stamp: false,
            }],
        },
        readings: RecordChanges::default(),
        reports: RecordChanges::default(),
        notices: RecordChanges::default(),
        plan: PlanChange::Unchanged,
        targets: Vec::new(),
        unchanged: 40,
        other_plan: None,
    };
    assert_eq!(
        summary.describe_en(),
        "activities +12, 3 changed, 0 deleted, 1 conflict (1 kept ours); readings unchanged; plan unchanged; 40 identical"
    );
    assert_eq!(
        summary.describe_zh(),
        "活动 +12，修改 3，删除 0，冲突 1（保留本方 1）；数值记录无变化；计划未变；40 条相同"
    );
}

// ---- merge laws over generated documents ----

/// Stamps drawn from a few instants, some written with two offsets, so that
/// ties of every sort occur.
fn stamp() -> impl Strategy<Value = Stamp> {
    prop::sample::select(vec![
        "2026-04-01T09:00:00+08:00",
        "2026-04-01T01:00:00+00:00",
        "2026-04-01T10:00:00+08:00",
        "2026-04-01T11:00:00+08:00",
        "2026-04-01T03:00:00+00:00",
    ])
    .prop_map(at)
}

fn activity() -> impl Strategy<Value = Activity> {
    (
        0..4u8,
        1..4u32,
        prop::sample::select(vec!["甲", "乙"]),
        1..3u32,
        stamp(),
    )
        .prop_map(|(id, date, title, quantity, s)| {
            let mut a = act(&format!("a{id}"), date, title, s);
            a.quantity = quantity;
            a
        })
}

fn reading() -> impl Strategy<Value = Reading> {
    (0..3u8, 80..83i64, stamp()).prop_map(|(id, v, s)| read(&format!("r{id}"), v, s))
}

fn tombstone() -> impl Strategy<Value = Tombstone> {
    (any::<bool>(), 0..4u8, stamp()).prop_map(|(is_activity, id, s)| {
        if is_activity {
            tomb(RecordKind::Activity, &format!("a{id}"), s)
        } else {
            tomb(RecordKind::Reading, &format!("r{id}"), s)
        }
    })
}

fn document() -> impl Strategy<Value = Document> {
    (
        prop::collection::vec(activity(), 0..6),
        prop::collection::vec(reading(), 0..4),
        prop::collection::vec(tombstone(), 0..4),
        prop::sample::select(vec!["计划", "计划（修订）"]),
        stamp(),
    )
        .prop_map(|(acts, reads, tombs, title, s)| {
            let mut d = doc(acts, reads, tombs);
            d.plan = plan(title, s);
            d
        })
}

/// Documents compared as text, so that a stamp's offset counts too.
fn text(d: &Document) -> String {
    format!("{d:?}")
}

proptest! {
    #[test]
    fn merge_is_commutative(a in document(), b in document()) {
        prop_assert_eq!(text(&merge(&a, &b).doc), text(&merge(&b, &a).doc));
    }

    #[test]
    fn merge_is_associative(a in document(), b in document(), c in document()) {
        let left = merge(&merge(&a, &b).doc, &c).doc;
        let right = merge(&a, &merge(&b, &c).doc).doc;
        prop_assert_eq!(text(&left), text(&right));
    }

    #[test]
    fn merge_is_idempotent(a in document(), b in document()) {
        let n = merge(&a, &a).doc;
        let again = merge(&n, &n);
        prop_assert_eq!(text(&again.doc), text(&n));
        prop_assert!(again.summary.changes_nothing());
        prop_assert!(again.summary.conflicts().next().is_none());

        let once = merge(&a, &b).doc;
        let twice = merge(&once, &b);
        prop_assert_eq!(text(&twice.doc), text(&once));
        prop_assert!(twice.summary.changes_nothing());
    }

    #[test]
    fn tombstones_win_over_older_edits(a in document(), b in document()) {
        let m = merge(&a, &b).doc;
        let all_acts = a.activities.iter().chain(b.activities.iter());
        for id in all_acts.map(|x| x.id.clone()) {
            let newest = a.activities.iter().chain(b.activities.iter())
                .filter(|x| x.id == id).map(|x| x.updated_at).max();
            let deleted = a.tombstones.iter().chain(b.tombstones.iter())
                .filter(|t| t.kind == RecordKind::Activity && t.id == id.as_str())
                .map(|t| t.deleted_at).max();
            let expect_live = match (newest, deleted) {
                (Some(n), Some(d)) => n > d,
                (Some(_), None) => true,
                (None, _) => false,
            };
            let live = m.activities.iter().filter(|x| x.id == id).count();
            prop_assert_eq!(live, usize::from(expect_live), "activity {}", id);
        }
    }
}

fn notice(id: &str, number: u32, reply: &str, stamp: Stamp) -> luoshi::plan::Notice {
    luoshi::plan::Notice {
        id: luoshi::plan::NoticeId::from(id),
        year: 2026,
        number,
        unit: "秘书一处".into(),
        targets: vec![TargetId::from("t1")],
        request: "请报送整改措施".into(),
        issued: day(1),
        reply_due: day(10),
        replied: (!reply.is_empty()).then(|| day(8)),
        reply: reply.into(),
        updated_at: stamp,
    }
}

#[test]
fn notices_and_reports_merge_by_id_and_stamp() {
    let mut ours = doc(vec![], vec![], vec![]);
    let mut theirs = doc(vec![], vec![], vec![]);
    ours.notices = vec![notice("n1", 1, "", h(9)), notice("n2", 2, "", h(9))];
    // Theirs noted the reply to n1 later, withdrew n2 after our version,
    // and issued n3.
    theirs.notices = vec![notice("n1", 1, "已整改", h(11)), notice("n3", 3, "", h(10))];
    theirs.tombstones = vec![tomb(RecordKind::Notice, "n2", h(12))];
    ours.reports = vec![luoshi::plan::UnitReport {
        id: luoshi::plan::ReportId::from("rep1"),
        unit: "督查室".into(),
        sent: day(5),
        covers_to: Some(day(4)),
        file_name: "落实台账-督查室-2026-04-05.json".into(),
        updated_at: h(8),
    }];
    for merged in [merge(&ours, &theirs), merge(&theirs, &ours)] {
        let d = &merged.doc;
        let ids: Vec<&str> = d.notices.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["n1", "n3"]);
        assert_eq!(d.notices[0].reply, "已整改");
        assert_eq!(d.reports.len(), 1);
        assert_eq!(d.reports[0].unit, "督查室");
    }
    let summary = merge(&ours, &theirs).summary;
    assert_eq!(
        (
            summary.notices.added,
            summary.notices.changed,
            summary.notices.deleted
        ),
        (1, 1, 1)
    );
    assert!(summary.describe_zh().contains("督办单 +1，修改 1，删除 1"));
    assert!(!summary.changes_nothing());
}

#[test]
fn a_plan_without_an_id_takes_the_other_sides() {
    let mut ours = doc(vec![], vec![], vec![]);
    let mut theirs = doc(vec![], vec![], vec![]);
    // Ours came from a file older than version 3 and was renamed since;
    // theirs has the plan's id.
    ours.plan.title = "改名后的计划".into();
    ours.plan.updated_at = h(15);
    theirs.plan.id = "plan-2026".into();
    for merged in [merge(&ours, &theirs).doc, merge(&theirs, &ours).doc] {
        assert_eq!(merged.plan.id, "plan-2026");
        assert_eq!(merged.plan.title, "改名后的计划");
    }
}

#[test]
fn a_part_one_side_removed_and_the_other_restored_returns_to_its_place() {
    let mut base = doc(vec![], vec![], vec![]);
    let mut third = base.plan.sections[0].targets[0].clone();
    third.id = TargetId::from("t3");
    base.plan.sections[0].targets.push(third);
    let ids = |p: &Plan| -> Vec<String> { p.targets().map(|(_, t)| t.id.0.clone()).collect() };
    let all = ids(&base.plan);
    assert!(all.len() >= 3, "{all:?}");
    // Ours removed the second target; theirs removed it and put it back,
    // so it is newer there and lives.
    let mut ours = base.clone();
    for s in &mut ours.plan.sections {
        s.targets.retain(|t| t.id.0 != all[1]);
    }
    ours.tombstones = vec![tomb(RecordKind::Target, &all[1], h(10))];
    let mut theirs = base.clone();
    theirs.plan.set_stamps(|part| {
        (part == &luoshi::plan::PartKey::Target(TargetId(all[1].clone()))).then(|| h(11))
    });
    for merged in [merge(&ours, &theirs).doc, merge(&theirs, &ours).doc] {
        assert_eq!(ids(&merged.plan), all, "back in its place");
        let again = merge(&merged, &theirs).doc;
        assert_eq!(ids(&again.plan), all, "and a second merge keeps it there");
        let again = merge(&merged, &ours).doc;
        assert_eq!(ids(&again.plan), all);
    }
}
