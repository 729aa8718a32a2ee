//! The store's index of what is saved (`store::Saved`) and the touched
//! sets of commands (`Command::touched`): a save writes exactly the rows
//! that bring the stored rows to `store::rows` of the document, whatever
//! sequence of commands came before it — adds, edits that move a record
//! to another day, deletes, undos, plan edits, a plan whose id changes,
//! imports, merges, replaces and saves that fail — and a one-record change
//! writes no more than the records of its day. Built on
//! tests/fixtures/v3/complete.json.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, NaiveDate};
use luoshi::command::{Command, Touched};
use luoshi::format::decode;
use luoshi::plan::{
    Activity, ActivityId, Document, Notice, NoticeId, ReadingId, RecordKind, ReportId, Stamp,
    TargetId, UnitReport,
};
use luoshi::store::{self, Delta, RowKey, RowKind, SaveAt, Saved};
use luoshi::unassigned::{self, RecordsChoice};
use proptest::prelude::*;

const TARGETS: [&str; 3] = ["t-training", "t-monthly", "t-projects"];

fn base() -> Document {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v3/complete.json"),
    )
    .expect("fixture");
    decode(&text).expect("fixture decodes")
}

fn stamp(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).expect("stamp")
}

/// Few days, so that records often share one.
fn day(i: u8) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 1 + u32::from(i % 3)).expect("day")
}

#[derive(Debug, Clone)]
enum Op {
    Add { id: u8, day: u8, target: usize },
    Edit { pick: usize, title: u8 },
    Move { pick: usize, day: u8 },
    Delete { pick: usize },
    AddReading { id: u8, day: u8 },
    MoveReading { pick: usize, day: u8 },
    DeleteReading { pick: usize },
    Undo,
    RemoveTarget { target: usize, choice: u8 },
    Relink { from: usize, to: usize },
    RenamePlan { title: u8 },
    RenamePlanId { id: u8 },
    SetUnit { n: u8 },
    Issue { id: u8 },
    Reply { id: u8, day: u8 },
    Withdraw { id: u8 },
    Report { id: u8 },
    Import { first: u8, count: u8, day: u8 },
    Merge { id: u8, pick: usize },
    Replace,
    Supersede,
    Save { fails: bool },
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..12u8, 0..3u8, 0..3usize).prop_map(|(id, day, target)| Op::Add { id, day, target }),
        2 => (0..20usize, 0..3u8).prop_map(|(pick, title)| Op::Edit { pick, title }),
        2 => (0..20usize, 0..3u8).prop_map(|(pick, day)| Op::Move { pick, day }),
        3 => (0..20usize).prop_map(|pick| Op::Delete { pick }),
        1 => (0..6u8, 0..3u8).prop_map(|(id, day)| Op::AddReading { id, day }),
        1 => (0..10usize, 0..3u8).prop_map(|(pick, day)| Op::MoveReading { pick, day }),
        1 => (0..10usize).prop_map(|pick| Op::DeleteReading { pick }),
        3 => Just(Op::Undo),
        1 => (0..3usize, 0..3u8).prop_map(|(target, choice)| Op::RemoveTarget { target, choice }),
        1 => (0..3usize, 0..3usize).prop_map(|(from, to)| Op::Relink { from, to }),
        1 => (0..2u8).prop_map(|title| Op::RenamePlan { title }),
        1 => (0..2u8).prop_map(|id| Op::RenamePlanId { id }),
        1 => (0..2u8).prop_map(|n| Op::SetUnit { n }),
        1 => (0..3u8).prop_map(|id| Op::Issue { id }),
        1 => (0..3u8, 0..3u8).prop_map(|(id, day)| Op::Reply { id, day }),
        1 => (0..3u8).prop_map(|id| Op::Withdraw { id }),
        1 => (0..3u8).prop_map(|id| Op::Report { id }),
        1 => (0..20u8, 1..5u8, 0..3u8).prop_map(|(first, count, day)| Op::Import { first, count, day }),
        1 => (0..4u8, 0..20usize).prop_map(|(id, pick)| Op::Merge { id, pick }),
        1 => Just(Op::Replace),
        1 => Just(Op::Supersede),
        5 => (0..5u8).prop_map(|f| Op::Save { fails: f == 0 }),
    ]
}

/// The working copy, its undo stack and clock, and the store as the
/// browser would hold it: the rows, their index, what was touched since
/// the last committed save and the document as it was then.
struct Session {
    doc: Document,
    undo: Vec<Command>,
    clock: Stamp,
    stored: BTreeMap<String, String>,
    saved: Saved,
    touched: Touched,
    revision: u64,
    at_last_save: Document,
    since_save: Vec<Command>,
}

fn t(i: usize) -> TargetId {
    TargetId::from(TARGETS[i % 3])
}

impl Session {
    fn new() -> Session {
        let doc = base();
        let at = SaveAt {
            revision: 1,
            saved_at: "2026-07-01T09:00:00+08:00".into(),
            as_of: day(0),
        };
        // The first save through the whole-document path, then its rows
        // read back into an index.
        let mut stored = BTreeMap::new();
        apply_rows(&mut stored, &store::save(None, &doc, &at));
        let saved = Saved::from_rows(&doc.plan.id, &stored);
        Session {
            at_last_save: doc.clone(),
            doc,
            undo: Vec::new(),
            clock: stamp("2026-07-01T09:00:00+08:00"),
            stored,
            saved,
            touched: Touched::none(),
            revision: 1,
            since_save: Vec::new(),
        }
    }

    fn tick(&mut self) -> Stamp {
        self.clock += Duration::seconds(1);
        self.clock
    }

    fn activity(&self, pick: usize) -> Option<&Activity> {
        let list = &self.doc.activities;
        (!list.is_empty()).then(|| &list[pick % list.len()])
    }

    fn new_activity(&self, id: String, d: NaiveDate, target: usize, now: Stamp) -> Activity {
        let mut a = base().activities[0].clone();
        a.id = ActivityId(id);
        a.date = d;
        a.title = "新活动".into();
        a.targets = vec![t(target)];
        a.quantity = 1;
        a.people = Vec::new();
        a.updated_at = now;
        a
    }

    /// The op's command against this copy; `None` when it makes no sense
    /// here.
    fn command(&mut self, op: &Op) -> Option<Command> {
        let now = self.tick();
        match op {
            Op::Add { id, day: d, target } => Some(Command::AddActivity(self.new_activity(
                format!("p{id}"),
                day(*d),
                *target,
                now,
            ))),
            Op::Edit { pick, title } => {
                let mut a = self.activity(*pick)?.clone();
                a.title = format!("改{title}");
                a.updated_at = now;
                Some(Command::UpdateActivity(a))
            }
            Op::Move { pick, day: d } => {
                let mut a = self.activity(*pick)?.clone();
                a.date = day(*d);
                a.updated_at = now;
                Some(Command::UpdateActivity(a))
            }
            Op::Delete { pick } => Some(Command::DeleteActivity {
                id: self.activity(*pick)?.id.clone(),
                at: now,
            }),
            Op::AddReading { id, day: d } => {
                let mut r = base().readings[0].clone();
                r.id = ReadingId(format!("q{id}"));
                r.date = day(*d);
                r.updated_at = now;
                Some(Command::AddReading(r))
            }
            Op::MoveReading { pick, day: d } => {
                let list = &self.doc.readings;
                let mut r = list.get(pick % list.len().max(1))?.clone();
                r.date = day(*d);
                r.updated_at = now;
                Some(Command::UpdateReading(r))
            }
            Op::DeleteReading { pick } => {
                let list = &self.doc.readings;
                Some(Command::DeleteReading {
                    id: list.get(pick % list.len().max(1))?.id.clone(),
                    at: now,
                })
            }
            Op::Undo => Some(self.undo.pop()?.stamped(now)),
            Op::RemoveTarget { target, choice } => {
                let mut plan = self.doc.plan.clone();
                for s in &mut plan.sections {
                    s.targets.retain(|x| x.id != t(*target));
                }
                plan.updated_at = now;
                let choice = match choice {
                    0 => RecordsChoice::Keep,
                    1 => RecordsChoice::MoveTo(t(*target + 1)),
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
            Op::RenamePlanId { id } => {
                let mut plan = self.doc.plan.clone();
                plan.id = format!("plan-{id}");
                plan.updated_at = now;
                Some(Command::SetPlan(plan))
            }
            Op::SetUnit { n } => Some(Command::SetUnit(format!("单位{n}"))),
            Op::Issue { id } => Some(Command::AddNotice(Notice {
                id: NoticeId(format!("n{id}")),
                year: 2026,
                number: u32::from(*id) + 1,
                unit: "秘书一处".into(),
                targets: vec![t(usize::from(*id))],
                request: "请报送整改措施".into(),
                issued: day(*id),
                reply_due: day(*id) + Duration::days(10),
                replied: None,
                reply: String::new(),
                updated_at: now,
            })),
            Op::Reply { id, day: d } => {
                let id = format!("n{id}");
                let mut n = self
                    .doc
                    .notices
                    .iter()
                    .find(|n| n.id.as_str() == id)?
                    .clone();
                n.replied = Some(n.issued + Duration::days(i64::from(*d)));
                n.reply = format!("回复{d}");
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
                sent: day(*id),
                covers_to: None,
                file_name: format!("落实台账-督查室-{id}.json"),
                updated_at: now,
            })),
            Op::Import {
                first,
                count,
                day: d,
            } => Some(Command::Batch(
                (*first..first.saturating_add(*count))
                    .map(|i| {
                        Command::AddActivity(self.new_activity(
                            format!("imp{i}"),
                            day(*d + i),
                            usize::from(i),
                            now,
                        ))
                    })
                    .collect(),
            )),
            Op::Merge { id, pick } => {
                // A colleague's copy of this document: one record added,
                // one edited.
                let mut theirs = self.doc.clone();
                let a = self.new_activity(format!("m{id}"), day(*id), usize::from(*id), now);
                let _ = theirs.apply(Command::AddActivity(a));
                if let Some(mut e) = self.activity(*pick).cloned() {
                    e.notes = "同事补充".into();
                    e.updated_at = now + Duration::seconds(30);
                    let _ = theirs.apply(Command::UpdateActivity(e));
                }
                Some(Command::MergeDocument(Box::new(theirs)))
            }
            Op::Replace => Some(Command::ReplaceDocument(Box::new(base()))),
            Op::Supersede => Some(Command::Supersede {
                doc: Box::new(base()),
                at: now,
            }),
            Op::Save { .. } => None,
        }
    }

    fn run(&mut self, op: &Op) -> Result<(), TestCaseError> {
        if let Op::Save { fails } = op {
            return self.save(*fails);
        }
        let is_undo = matches!(op, Op::Undo);
        let Some(cmd) = self.command(op) else {
            return Ok(());
        };
        // What the app does: the command's touched set joins the others,
        // whether or not the command is refused.
        self.touched.merge(cmd.touched());
        let kept = cmd.clone();
        if let Ok(inverse) = self.doc.apply(cmd) {
            self.since_save.push(kept);
            if !is_undo {
                self.undo.push(inverse);
            }
        }
        Ok(())
    }

    /// A save: the delta, written unless it `fails` (then nothing is
    /// committed and the touched set is kept for the next save).
    fn save(&mut self, fails: bool) -> Result<(), TestCaseError> {
        let at = SaveAt {
            revision: self.revision + 1,
            saved_at: self.clock.to_rfc3339(),
            as_of: day(0),
        };
        let delta = self.saved.save(&self.doc, &self.touched, &at);
        if fails {
            return Ok(());
        }
        apply_rows(&mut self.stored, &delta);
        self.saved.commit(&delta);
        self.revision += 1;
        check_stored(&self.stored, &self.doc, &at)?;
        prop_assert_eq!(
            &self.saved,
            &Saved::from_rows(&self.doc.plan.id, &self.stored),
            "the index is what the rows say"
        );
        if let [one] = self.since_save.as_slice() {
            check_bound(one, &self.at_last_save, &self.doc, &delta)?;
        }
        self.touched = Touched::none();
        self.at_last_save = self.doc.clone();
        self.since_save.clear();
        Ok(())
    }
}

/// Writes `delta` into `stored` as one transaction would.
fn apply_rows(stored: &mut BTreeMap<String, String>, delta: &Delta) {
    for k in &delta.delete {
        stored.remove(&k.encode());
    }
    for r in &delta.put {
        stored.insert(r.key.encode(), r.value.clone());
    }
}

/// The stored rows are `rows(doc)` key by key, with the meta row at `at`
/// counting its records.
fn check_stored(
    stored: &BTreeMap<String, String>,
    doc: &Document,
    at: &SaveAt,
) -> Result<(), TestCaseError> {
    let expected: BTreeMap<String, String> = store::rows(doc)
        .into_iter()
        .map(|r| (r.key.encode(), r.value))
        .collect();
    let records: BTreeMap<String, String> = stored
        .iter()
        .filter(|(k, _)| {
            !RowKey::decode(k).is_some_and(|k| matches!(k.kind, RowKind::Meta | RowKind::Summary))
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    prop_assert_eq!(&records, &expected, "the stored rows are rows(doc)");
    let meta = stored
        .get(&RowKey::meta(&doc.plan.id).encode())
        .expect("a meta row");
    let meta = store::read_meta(meta).expect("the meta row reads");
    prop_assert_eq!(meta.revision, at.revision);
    prop_assert_eq!(meta.records, store::record_count(doc));
    Ok(())
}

/// A save of one activity command writes at most the activities of the
/// days it touched (before and after) and two more rows.
fn check_bound(
    cmd: &Command,
    before: &Document,
    after: &Document,
    delta: &Delta,
) -> Result<(), TestCaseError> {
    let id = match cmd {
        Command::AddActivity(a) | Command::UpdateActivity(a) => a.id.clone(),
        Command::RestoreActivity { activity, .. } => activity.id.clone(),
        Command::DeleteActivity { id, .. } => id.clone(),
        _ => return Ok(()),
    };
    let days: BTreeSet<NaiveDate> = before
        .activities
        .iter()
        .chain(&after.activities)
        .filter(|a| a.id == id)
        .map(|a| a.date)
        .collect();
    let of_days: BTreeSet<&ActivityId> = before
        .activities
        .iter()
        .chain(&after.activities)
        .filter(|a| days.contains(&a.date))
        .map(|a| &a.id)
        .collect();
    let written = delta
        .put
        .iter()
        .filter(|r| r.key.kind != RowKind::Meta)
        .count()
        + delta.delete.len();
    prop_assert!(
        written <= of_days.len() + 2,
        "{written} rows for one activity on days with {} activities",
        of_days.len()
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn every_save_brings_the_rows_to_the_document(ops in prop::collection::vec(op(), 0..40)) {
        let mut s = Session::new();
        for op in &ops {
            s.run(op)?;
        }
        s.save(false)?;
        // The rows load back as the document.
        let loaded = store::assemble(&s.doc.plan.id, s.stored.clone()).expect("loads");
        prop_assert_eq!(&loaded.doc, &store::stored_order(&s.doc));
        prop_assert!(loaded.unreadable.is_empty());
        prop_assert_eq!(&loaded.saved, &s.saved);
    }

    #[test]
    fn a_save_after_each_command_writes_only_its_day(ops in prop::collection::vec(op(), 0..30)) {
        let mut s = Session::new();
        for op in &ops {
            if matches!(op, Op::Save { .. }) {
                continue;
            }
            s.run(op)?;
            s.save(false)?;
        }
    }
}

/// A ledger of `n` activities over 20 days, saved.
fn big(n: usize) -> (Document, Saved) {
    let mut doc = base();
    let template = doc.activities[0].clone();
    for i in 0..n {
        let mut a = template.clone();
        a.id = ActivityId(format!("g{i}"));
        a.date =
            NaiveDate::from_ymd_opt(2026, 4, 1).expect("day") + Duration::days((i % 20) as i64);
        doc.activities.push(a);
    }
    let saved = Saved::of(&doc);
    (doc, saved)
}

fn keys(rows: &[store::Row]) -> Vec<String> {
    rows.iter().map(|r| r.key.id.clone()).collect()
}

#[test]
fn adding_one_activity_to_a_large_ledger_writes_its_row_and_the_meta_row() {
    let (mut doc, saved) = big(2000);
    let mut a = doc.activities[5].clone();
    a.id = ActivityId("new".into());
    a.updated_at = stamp("2026-07-02T09:00:00+08:00");
    let cmd = Command::AddActivity(a);
    let touched = cmd.touched();
    doc.apply(cmd).expect("added");
    let at = SaveAt {
        revision: 2,
        saved_at: "2026-07-02T09:00:00+08:00".into(),
        as_of: day(0),
    };
    let delta = saved.save(&doc, &touched, &at);
    assert_eq!(
        keys(&delta.put),
        ["new", ""],
        "the activity, then the meta row"
    );
    assert_eq!(delta.put[1].key, RowKey::meta(&doc.plan.id));
    assert!(delta.delete.is_empty());
    let meta = store::read_meta(&delta.put[1].value).expect("meta");
    assert_eq!(meta.records, store::record_count(&doc));
}

#[test]
fn deleting_the_first_activity_of_a_day_rewrites_the_later_ones_of_that_day_only() {
    let (mut doc, saved) = big(2000);
    // g0 is the first of its day (2026-04-01), with 100 on that day in all.
    let first = doc.activities.iter().position(|a| a.id.as_str() == "g0");
    assert!(first.is_some());
    let cmd = Command::DeleteActivity {
        id: ActivityId("g0".into()),
        at: stamp("2026-07-02T09:00:00+08:00"),
    };
    let touched = cmd.touched();
    doc.apply(cmd).expect("deleted");
    let delta = saved.delta(&doc, &touched);
    assert_eq!(
        delta.delete,
        [RowKey::new(&doc.plan.id, RowKind::Activity, "g0")]
    );
    let day = NaiveDate::from_ymd_opt(2026, 4, 1).expect("day");
    let on_day = doc.activities.iter().filter(|a| a.date == day).count();
    assert_eq!(on_day, 99);
    // Each later activity of the day moves up one place, and the
    // tombstone is written.
    assert_eq!(delta.put.len(), on_day + 1);
    assert!(delta
        .put
        .iter()
        .any(|r| r.key == RowKey::new(&doc.plan.id, RowKind::Tombstone, "activity:g0")));
    assert!(delta
        .put
        .iter()
        .filter(|r| r.key.kind == RowKind::Activity)
        .all(|r| doc
            .activities
            .iter()
            .any(|a| a.id.as_str() == r.key.id && a.date == day)));
}

#[test]
fn editing_an_activity_in_place_writes_its_row_only() {
    let (mut doc, saved) = big(500);
    let mut a = doc.activities[250].clone();
    a.title = "改过的标题".into();
    a.updated_at = stamp("2026-07-02T09:00:00+08:00");
    let cmd = Command::UpdateActivity(a);
    let touched = cmd.touched();
    doc.apply(cmd).expect("edited");
    let delta = saved.delta(&doc, &touched);
    assert_eq!(keys(&delta.put), [doc.activities[250].id.as_str()]);
    assert!(delta.delete.is_empty());
    // The same edit compared row by row finds the same one row.
    assert_eq!(saved.delta(&doc, &Touched::All), delta);
}

#[test]
fn nothing_touched_writes_nothing_and_an_unchanged_document_compared_whole_neither() {
    let (doc, saved) = big(300);
    assert!(saved.delta(&doc, &Touched::none()).is_empty());
    assert!(saved.delta(&doc, &Touched::All).is_empty());
}

#[test]
fn a_document_of_another_plan_deletes_every_row_of_the_stored_one() {
    let (doc, saved) = big(10);
    let mut other = base();
    other.plan.id = "plan-other".into();
    let delta = saved.delta(&other, &Touched::none());
    let old = doc.plan.id.as_str();
    let deleted: BTreeSet<String> = delta.delete.iter().map(RowKey::encode).collect();
    for r in store::rows(&doc) {
        assert!(deleted.contains(&r.key.encode()), "{:?} deleted", r.key);
    }
    assert!(deleted.contains(&RowKey::meta(old).encode()));
    assert!(deleted.contains(&RowKey::summary(old).encode()));
    assert_eq!(delta.put, store::rows(&other));
    let mut after = saved.clone();
    after.commit(&delta);
    assert_eq!(after, Saved::of(&other));
    assert_eq!(after.doc(), Some("plan-other"));
}

#[test]
fn nothing_stored_writes_every_row() {
    let doc = base();
    let delta = Saved::empty().delta(&doc, &Touched::none());
    assert_eq!(delta.put, store::rows(&doc));
    assert!(delta.delete.is_empty());
    assert_eq!(
        Saved::from_rows::<&str, &str>(&doc.plan.id, []),
        Saved::empty()
    );
}

#[test]
fn the_index_leaves_out_other_documents_and_the_meta_and_summary_rows() {
    let doc = base();
    let at = SaveAt {
        revision: 3,
        saved_at: "2026-07-02T09:00:00+08:00".into(),
        as_of: day(0),
    };
    let mut other = base();
    other.plan.id = "plan-other".into();
    let mut rows: Vec<(String, String)> = Vec::new();
    for d in [store::save(None, &doc, &at), store::save(None, &other, &at)] {
        rows.extend(d.put.into_iter().map(|r| (r.key.encode(), r.value)));
    }
    let saved = Saved::from_rows(&doc.plan.id, rows.iter().map(|(k, v)| (k, v)));
    assert_eq!(saved, Saved::of(&doc));
    assert_eq!(saved.records(), store::record_count(&doc));
    assert_eq!(saved.len(), store::rows(&doc).len());
}

#[test]
fn a_row_the_load_set_aside_is_kept_by_a_whole_comparison() {
    let doc = base();
    let mut rows: Vec<(String, String)> = store::rows(&doc)
        .into_iter()
        .map(|r| (r.key.encode(), r.value))
        .collect();
    let bad = RowKey::new(&doc.plan.id, RowKind::Activity, "a-damaged").encode();
    rows.push((bad.clone(), "{\"n\":0,\"r\":{\"id\":\"a-damaged\"".into()));
    let loaded = store::assemble(&doc.plan.id, rows).expect("loads");
    assert_eq!(loaded.unreadable.len(), 1);
    assert_eq!(loaded.saved, Saved::of(&doc));
    let delta = loaded.saved.delta(&loaded.doc, &Touched::All);
    assert!(
        delta.delete.iter().all(|k| k.encode() != bad),
        "the damaged row stays for the recovery copy"
    );
}

#[test]
fn an_undo_touches_what_the_command_touched() {
    let mut doc = base();
    let now = stamp("2026-07-02T09:00:00+08:00");
    let mut a = doc.activities[0].clone();
    a.id = ActivityId("x".into());
    let cmds = [
        Command::AddActivity(a.clone()),
        Command::DeleteActivity {
            id: doc.activities[1].id.clone(),
            at: now,
        },
        Command::SetUnit("新单位".into()),
        Command::Batch(vec![Command::AddReport(UnitReport {
            id: ReportId("rep-x".into()),
            unit: "督查室".into(),
            sent: day(0),
            covers_to: None,
            file_name: "x.json".into(),
            updated_at: now,
        })]),
    ];
    for cmd in cmds {
        let touched = cmd.touched();
        let undo = doc.apply(cmd).expect("applies");
        assert_eq!(undo.touched(), touched, "{undo:?}");
    }
    // A merge's undo replaces the document: everything.
    let merge = Command::MergeDocument(Box::new(base()));
    assert_eq!(merge.touched(), Touched::All);
    let undo = doc.apply(merge).expect("merges");
    assert_eq!(undo.touched(), Touched::All);
}

#[test]
fn touched_sets_add_up_until_everything() {
    let mut t = Touched::record(RecordKind::Activity, "a1");
    t.merge(Touched::record(RecordKind::Reading, "r1"));
    t.merge(Command::SetUnit("x".into()).touched());
    let Touched::Only(c) = &t else {
        panic!("not everything yet: {t:?}");
    };
    assert_eq!(c.records.len(), 2);
    assert!(c.head && !c.plan);
    t.merge(Touched::All);
    t.merge(Touched::record(RecordKind::Notice, "n1"));
    assert_eq!(t, Touched::All);
    assert!(Touched::none().is_empty());
}

#[test]
fn a_record_deleted_and_restored_before_a_save_comes_back_last_on_its_day() {
    let (mut doc, saved) = big(100);
    // g0, g20, g40, g60 and g80 share a day, in that order.
    let mut touched = Touched::none();
    let delete = Command::DeleteActivity {
        id: ActivityId("g20".into()),
        at: stamp("2026-07-02T09:00:00+08:00"),
    };
    touched.merge(delete.touched());
    let undo = doc.apply(delete).expect("deleted");
    let undo = undo.stamped(stamp("2026-07-02T09:00:05+08:00"));
    touched.merge(undo.touched());
    doc.apply(undo).expect("restored");
    let delta = saved.delta(&doc, &touched);
    let mut stored: BTreeMap<String, String> = store::rows(&big(100).0)
        .into_iter()
        .map(|r| (r.key.encode(), r.value))
        .collect();
    apply_rows(&mut stored, &delta);
    let expected: BTreeMap<String, String> = store::rows(&doc)
        .into_iter()
        .map(|r| (r.key.encode(), r.value))
        .collect();
    assert_eq!(stored, expected);
    // g20 is last of its day now; g40, g60 and g80 move up one place.
    let mut put = keys(&delta.put);
    put.sort();
    assert_eq!(put, ["g20", "g40", "g60", "g80"]);
}
