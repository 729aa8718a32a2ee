//! Two copies of a document edited by random sequences of commands —
//! adds, edits, deletes, undos, targets deleted with their records kept,
//! moved or deleted, records re-linked, the plan renamed, its rules
//! changed, 督办通知单 issued, answered and withdrawn, units' reports
//! recorded — then merged:
//! the same result in either order, a second merge changes nothing, no
//! record is lost unless a newer tombstone removes it, and the merged
//! document is written, read back and evaluated. Built on
//! tests/fixtures/v1/complete.json.

use chrono::{DateTime, Duration};
use luoshi::command::Command;
use luoshi::engine::evaluate;
use luoshi::format::{decode, encode_compact};
use luoshi::merge::merge;
use luoshi::plan::{
    Activity, ActivityId, Document, Notice, NoticeId, Pace, RecordKind, ReportId, Stamp, TargetId,
    UnitReport,
};
use luoshi::unassigned::{self, RecordsChoice};
use proptest::prelude::*;

const TARGETS: [&str; 3] = ["t-training", "t-monthly", "t-projects"];

fn base() -> Document {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/complete.json"),
    )
    .expect("fixture");
    decode(&text).expect("fixture decodes")
}

#[derive(Debug, Clone)]
enum Op {
    Add { id: u8, target: usize },
    Edit { id: u8, title: u8 },
    Delete { id: u8 },
    Undo,
    RemoveTarget { target: usize, choice: u8 },
    Relink { from: usize, to: usize },
    RenamePlan { title: u8 },
    Issue { id: u8, target: usize },
    Reply { id: u8, day: u8 },
    Withdraw { id: u8 },
    Report { id: u8 },
    Rules { month: bool },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (0..5u8, 0..3usize).prop_map(|(id, target)| Op::Add { id, target }),
        2 => (0..5u8, 0..3u8).prop_map(|(id, title)| Op::Edit { id, title }),
        2 => (0..5u8).prop_map(|id| Op::Delete { id }),
        1 => Just(Op::Undo),
        1 => (0..3usize, 0..3u8).prop_map(|(target, choice)| Op::RemoveTarget { target, choice }),
        1 => (0..3usize, 0..3usize).prop_map(|(from, to)| Op::Relink { from, to }),
        1 => (0..2u8).prop_map(|title| Op::RenamePlan { title }),
        1 => (0..3u8, 0..3usize).prop_map(|(id, target)| Op::Issue { id, target }),
        1 => (0..3u8, 0..3u8).prop_map(|(id, day)| Op::Reply { id, day }),
        1 => (0..3u8).prop_map(|id| Op::Withdraw { id }),
        1 => (0..3u8).prop_map(|id| Op::Report { id }),
        1 => any::<bool>().prop_map(|month| Op::Rules { month }),
    ]
}

/// One side's copy: the document, its undo stack and its clock.
struct Side {
    doc: Document,
    undo: Vec<Command>,
    clock: Stamp,
}

impl Side {
    fn tick(&mut self) -> Stamp {
        self.clock += Duration::seconds(1);
        self.clock
    }

    fn activity(&self, id: u8) -> Option<&Activity> {
        let id = format!("p{id}");
        self.doc.activities.iter().find(|a| a.id.as_str() == id)
    }

    /// Builds the op's command against this copy; `None` when it makes no
    /// sense here (editing a record this side does not have).
    fn command(&mut self, op: &Op) -> Option<Command> {
        let now = self.tick();
        let t = |i: usize| TargetId::from(TARGETS[i]);
        match op {
            Op::Add { id, target } => {
                let mut a = self.doc.activities.first()?.clone();
                a.id = ActivityId(format!("p{id}"));
                a.title = format!("活动{id}");
                a.targets = vec![t(*target)];
                a.quantity = 1;
                a.people = Vec::new();
                a.updated_at = now;
                Some(Command::AddActivity(a))
            }
            Op::Edit { id, title } => {
                let mut a = self.activity(*id)?.clone();
                a.title = format!("改{title}");
                a.updated_at = now;
                Some(Command::UpdateActivity(a))
            }
            Op::Delete { id } => Some(Command::DeleteActivity {
                id: self.activity(*id)?.id.clone(),
                at: now,
            }),
            Op::Undo => Some(self.undo.pop()?.stamped(now)),
            Op::RemoveTarget { target, choice } => {
                let mut plan = self.doc.plan.clone();
                for s in &mut plan.sections {
                    s.targets.retain(|x| x.id != t(*target));
                }
                plan.updated_at = now;
                let choice = match choice {
                    0 => RecordsChoice::Keep,
                    1 => RecordsChoice::MoveTo(t((*target + 1) % 3)),
                    _ => RecordsChoice::Delete,
                };
                unassigned::remove_target(&self.doc, plan, &choice, now).ok()
            }
            Op::Relink { from, to } => unassigned::relink(&self.doc, &t(*from), &t(*to), now),
            Op::RenamePlan { title } => {
                let mut plan = self.doc.plan.clone();
                plan.title = format!("计划{title}");
                plan.updated_at = now;
                Some(Command::SetPlan(plan))
            }
            Op::Issue { id, target } => Some(Command::AddNotice(Notice {
                id: NoticeId(format!("n{id}")),
                year: 2026,
                number: u32::from(*id) + 1,
                unit: "秘书一处".into(),
                targets: vec![t(*target)],
                request: "请报送整改措施".into(),
                issued: now.date_naive(),
                reply_due: now.date_naive() + Duration::days(10),
                replied: None,
                reply: String::new(),
                updated_at: now,
            })),
            Op::Reply { id, day } => {
                let id = format!("n{id}");
                let mut n = self
                    .doc
                    .notices
                    .iter()
                    .find(|n| n.id.as_str() == id)?
                    .clone();
                n.replied = Some(n.issued + Duration::days(i64::from(*day)));
                n.reply = format!("回复{day}");
                n.updated_at = now;
                Some(Command::UpdateNotice(n))
            }
            Op::Withdraw { id } => Some(Command::DeleteNotice {
                id: NoticeId(format!("n{id}")),
                at: now,
            }),
            Op::Report { id } => Some(Command::AddReport(UnitReport {
                id: ReportId(format!("rep{id}")),
                unit: "督查室".into(),
                sent: now.date_naive(),
                covers_to: None,
                file_name: format!("落实台账-督查室-{id}.json"),
                updated_at: now,
            })),
            Op::Rules { month } => {
                let mut plan = self.doc.plan.clone();
                plan.rules.pace = if *month { Pace::Month } else { Pace::Day };
                plan.updated_at = now;
                Some(Command::SetPlan(plan))
            }
        }
    }

    fn run(&mut self, ops: &[Op]) {
        for op in ops {
            let is_undo = matches!(op, Op::Undo);
            let Some(cmd) = self.command(op) else {
                continue;
            };
            // A refused command changes nothing; the sequence goes on.
            if let Ok(inverse) = self.doc.apply(cmd) {
                if !is_undo {
                    self.undo.push(inverse);
                }
            }
        }
    }
}

fn edited(ops: &[Op], clock: &str) -> Document {
    let mut side = Side {
        doc: base(),
        undo: Vec::new(),
        clock: DateTime::parse_from_rfc3339(clock).expect("stamp"),
    };
    side.run(ops);
    side.doc
}

fn text(d: &Document) -> String {
    format!("{d:?}")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn two_edited_copies_merge_without_losing_a_record(
        ops_a in prop::collection::vec(op(), 0..12),
        ops_b in prop::collection::vec(op(), 0..12),
        same_clock in any::<bool>(),
    ) {
        let a = edited(&ops_a, "2026-07-01T09:00:00+08:00");
        // Both sides stamping from the same instant makes ties of every sort.
        let b_clock = if same_clock { "2026-07-01T09:00:00+08:00" } else { "2026-07-01T01:00:30+00:00" };
        let b = edited(&ops_b, b_clock);

        let ab = merge(&a, &b).doc;
        let ba = merge(&b, &a).doc;
        prop_assert_eq!(text(&ab), text(&ba), "the same whichever order");
        let again = merge(&ab, &b);
        prop_assert_eq!(text(&again.doc), text(&ab), "a second merge changes nothing");
        prop_assert!(again.summary.changes_nothing());

        // Every record of either side is there, unless a tombstone at or
        // after its newest version removes it.
        for act in a.activities.iter().chain(b.activities.iter()) {
            let newest = a.activities.iter().chain(b.activities.iter())
                .filter(|x| x.id == act.id).map(|x| x.updated_at).max().expect("itself");
            let deleted = ab.tombstones.iter()
                .any(|t| t.kind == RecordKind::Activity && t.id == act.id.as_str() && t.deleted_at >= newest);
            let live = ab.activities.iter().any(|x| x.id == act.id);
            prop_assert!(live || deleted, "activity {} lost", act.id);
        }
        for n in a.notices.iter().chain(b.notices.iter()) {
            let newest = a.notices.iter().chain(b.notices.iter())
                .filter(|x| x.id == n.id).map(|x| x.updated_at).max().expect("itself");
            let deleted = ab.tombstones.iter()
                .any(|t| t.kind == RecordKind::Notice && t.id == n.id.as_str() && t.deleted_at >= newest);
            let kept = ab.notices.iter().find(|x| x.id == n.id);
            prop_assert!(kept.is_some() || deleted, "notice {} lost", n.id);
            // The reply recorded last is the one kept.
            if let (Some(kept), false) = (kept, deleted) {
                prop_assert_eq!(kept.updated_at, newest);
            }
        }
        for r in a.reports.iter().chain(b.reports.iter()) {
            let deleted = ab.tombstones.iter()
                .any(|t| t.kind == RecordKind::Report && t.id == r.id.as_str() && t.deleted_at >= r.updated_at);
            prop_assert!(deleted || ab.reports.iter().any(|x| x.id == r.id), "report {} lost", r.id);
        }

        // The merged document is saved, loaded and evaluated like any other.
        let loaded = decode(&encode_compact(&ab)).expect("the merged document loads");
        prop_assert_eq!(text(&loaded), text(&ab));
        let _ = evaluate(&loaded, ab.plan.end);
        let found = unassigned::find(&loaded);
        prop_assert!(found.len() <= loaded.activities.len() + loaded.readings.len());
    }
}

fn stamp(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).expect("stamp")
}

/// `doc` with its plan changed by `f` through the command door at `at`.
fn with_plan(doc: &Document, at: &str, f: impl FnOnce(&mut luoshi::plan::Plan)) -> Document {
    let mut d = doc.clone();
    let mut plan = d.plan.clone();
    f(&mut plan);
    plan.updated_at = stamp(at);
    d.apply(Command::SetPlan(plan)).expect("plan change");
    d
}

fn titles(d: &Document) -> Vec<(String, String)> {
    d.plan
        .targets()
        .map(|(_, t)| (t.id.to_string(), t.title.clone()))
        .collect()
}

#[test]
fn a_colleagues_new_target_and_my_rename_both_survive() {
    use luoshi::merge::TargetChangeKind;
    let base = base();
    let mine = with_plan(&base, "2026-07-02T09:00:00+08:00", |p| {
        p.sections[0].targets[0].title = "组织专题培训（改）".into();
    });
    let mut theirs = with_plan(&base, "2026-07-01T09:00:00+08:00", |p| {
        let mut t = p.sections[0].targets[0].clone();
        t.id = TargetId::from("t-new");
        t.title = "同事新增的指标".into();
        p.sections[0].targets.push(t);
    });
    let mut a = theirs.activities[0].clone();
    a.id = ActivityId::from("a-colleague");
    a.targets = vec![TargetId::from("t-new")];
    theirs
        .apply(Command::AddActivity(a))
        .expect("colleague's activity");

    for (ours, other) in [(&mine, &theirs), (&theirs, &mine)] {
        let m = merge(ours, other);
        let t = titles(&m.doc);
        assert!(
            t.contains(&("t-training".into(), "组织专题培训（改）".into())),
            "{t:?}"
        );
        assert!(
            t.contains(&("t-new".into(), "同事新增的指标".into())),
            "{t:?}"
        );
        assert!(
            unassigned::find(&m.doc).is_empty(),
            "no record left unassigned"
        );
    }
    let m = merge(&mine, &theirs);
    let kinds: Vec<(String, TargetChangeKind)> = m
        .summary
        .targets
        .iter()
        .map(|c| (c.id.to_string(), c.kind))
        .collect();
    // Their copy still has the old title, older than mine: mine is kept.
    assert_eq!(
        kinds,
        [
            ("t-new".to_string(), TargetChangeKind::Added),
            ("t-training".to_string(), TargetChangeKind::KeptOurs)
        ]
    );
    let m = merge(&theirs, &mine);
    let kinds: Vec<(String, TargetChangeKind)> = m
        .summary
        .targets
        .iter()
        .map(|c| (c.id.to_string(), c.kind))
        .collect();
    assert_eq!(
        kinds,
        [("t-training".to_string(), TargetChangeKind::Changed)]
    );
}

#[test]
fn the_same_target_changed_on_both_sides_keeps_the_newer() {
    use luoshi::merge::TargetChangeKind;
    let base = base();
    let older = with_plan(&base, "2026-07-01T09:00:00+08:00", |p| {
        p.sections[0].targets[0].title = "旧改".into();
    });
    let newer = with_plan(&base, "2026-07-01T10:00:00+08:00", |p| {
        p.sections[0].targets[0].title = "新改".into();
    });
    for (a, b) in [(&older, &newer), (&newer, &older)] {
        let t = titles(&merge(a, b).doc);
        assert_eq!(t[0], ("t-training".to_string(), "新改".to_string()));
    }
    let kept = merge(&newer, &older).summary.targets;
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].kind, TargetChangeKind::KeptOurs);
}

#[test]
fn a_deleted_target_stays_deleted_unless_changed_after_the_deletion() {
    use luoshi::merge::TargetChangeKind;
    let base = base();
    let drop = |p: &mut luoshi::plan::Plan| {
        p.sections[0]
            .targets
            .retain(|t| t.id.as_str() != "t-monthly");
    };
    let deleted = with_plan(&base, "2026-07-02T09:00:00+08:00", drop);
    assert!(deleted
        .tombstones
        .iter()
        .any(|t| t.kind == RecordKind::Target && t.id == "t-monthly"));
    // Their copy is older: the target stays deleted, its records unassigned.
    let m = merge(&base, &deleted);
    assert!(m.doc.plan.target(&TargetId::from("t-monthly")).is_none());
    assert_eq!(
        m.summary.targets.iter().map(|c| c.kind).collect::<Vec<_>>(),
        [TargetChangeKind::Removed]
    );
    assert_eq!(
        unassigned::find(&m.doc).missing,
        [TargetId::from("t-monthly")]
    );
    // Changed after the deletion, it comes back.
    let edited = with_plan(&base, "2026-07-03T09:00:00+08:00", |p| {
        p.sections[0].targets[2].title = "中心组集中研讨（改）".into();
    });
    let m = merge(&deleted, &edited);
    assert!(m.doc.plan.target(&TargetId::from("t-monthly")).is_some());
    assert_eq!(text(&m.doc), text(&merge(&edited, &deleted).doc));
}
