//! Records whose target left the plan are kept, found, moved or deleted,
//! each as one undoable change, and the document always loads again.
//! Built on tests/fixtures/v1/complete.json.

use chrono::DateTime;
use luoshi::command::Command;
use luoshi::format::{decode, encode_compact};
use luoshi::plan::{Document, Plan, Stamp, TargetId};
use luoshi::unassigned::{self, count_pointing, RecordsChoice};

fn complete() -> Document {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/complete.json"),
    )
    .unwrap();
    decode(&text).unwrap()
}

fn at(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn t(id: &str) -> TargetId {
    TargetId::from(id)
}

/// The document's plan without the target `id`.
fn plan_without(doc: &Document, id: &str) -> Plan {
    let mut plan = doc.plan.clone();
    for s in &mut plan.sections {
        s.targets.retain(|x| x.id.as_str() != id);
    }
    plan
}

fn reloads(doc: &Document) -> Document {
    decode(&encode_compact(doc)).expect("what was saved loads")
}

#[test]
fn a_target_deleted_with_records_leaves_them_unassigned_and_loadable() {
    let mut doc = complete();
    assert!(unassigned::find(&doc).is_empty());
    assert_eq!(count_pointing(&doc, &t("t-training")), (1, 0));
    let plan = plan_without(&doc, "t-training");
    let cmd = unassigned::remove_target(
        &doc,
        plan,
        &RecordsChoice::Keep,
        at("2026-07-01T09:00:00+08:00"),
    )
    .unwrap();
    let undo = doc.apply(cmd).unwrap();
    let loaded = reloads(&doc);
    assert_eq!(loaded.activities.len(), 4, "no record lost");
    let found = unassigned::find(&loaded);
    assert_eq!(found.missing, vec![t("t-training")]);
    assert_eq!(found.activities.len(), 1);
    assert_eq!(
        loaded.activities[found.activities[0]].id.as_str(),
        "a1",
        "a1 counts toward t-monthly and the deleted t-training"
    );
    doc.apply(undo.stamped(at("2026-07-01T09:01:00+08:00")))
        .unwrap();
    assert!(
        unassigned::find(&doc).is_empty(),
        "undo brings the target back"
    );
}

#[test]
fn records_move_to_another_target_with_the_deletion_in_one_change() {
    let mut doc = complete();
    let before = doc.clone();
    let plan = plan_without(&doc, "t-lead-study");
    let cmd = unassigned::remove_target(
        &doc,
        plan,
        &RecordsChoice::MoveTo(t("t-training")),
        at("2026-07-01T09:00:00+08:00"),
    )
    .unwrap();
    let undo = doc.apply(cmd).unwrap();
    assert!(unassigned::find(&doc).is_empty());
    let a2 = doc
        .activities
        .iter()
        .find(|a| a.id.as_str() == "a2")
        .unwrap();
    assert_eq!(a2.targets, vec![t("t-training")]);
    assert!(doc.plan.target(&t("t-lead-study")).is_none());
    doc.apply(undo.stamped(at("2026-07-01T09:01:00+08:00")))
        .unwrap();
    assert_eq!(doc.plan.sections, before.plan.sections);
    let a2 = doc
        .activities
        .iter()
        .find(|a| a.id.as_str() == "a2")
        .unwrap();
    assert_eq!(a2.targets, vec![t("t-lead-study")]);
}

#[test]
fn deleting_records_with_the_target_keeps_activities_for_their_other_targets() {
    let mut doc = complete();
    let plan = plan_without(&doc, "t-training");
    let cmd = unassigned::remove_target(
        &doc,
        plan,
        &RecordsChoice::Delete,
        at("2026-07-01T09:00:00+08:00"),
    )
    .unwrap();
    let undo = doc.apply(cmd).unwrap();
    let a1 = doc
        .activities
        .iter()
        .find(|a| a.id.as_str() == "a1")
        .unwrap();
    assert_eq!(a1.targets, vec![t("t-monthly")], "a1 still counts monthly");
    assert!(unassigned::find(&doc).is_empty());

    // A target whose only record is deleted with it leaves a tombstone.
    let plan = plan_without(&doc, "t-projects");
    let cmd = unassigned::remove_target(
        &doc,
        plan,
        &RecordsChoice::Delete,
        at("2026-07-02T09:00:00+08:00"),
    )
    .unwrap();
    let undo2 = doc.apply(cmd).unwrap();
    assert!(!doc.activities.iter().any(|a| a.id.as_str() == "a4"));
    assert!(doc.tombstones.iter().any(|x| x.id == "a4"));
    doc.apply(undo2.stamped(at("2026-07-02T09:01:00+08:00")))
        .unwrap();
    assert!(doc.activities.iter().any(|a| a.id.as_str() == "a4"));
    doc.apply(undo.stamped(at("2026-07-02T09:02:00+08:00")))
        .unwrap();
    assert_eq!(unassigned::count_pointing(&doc, &t("t-training")), (1, 0));
}

#[test]
fn a_move_to_a_target_of_the_wrong_kind_is_refused_and_changes_nothing() {
    let doc = complete();
    let plan = plan_without(&doc, "t-training");
    let got = unassigned::remove_target(
        &doc,
        plan,
        &RecordsChoice::MoveTo(t("t-paperless")),
        at("2026-07-01T09:00:00+08:00"),
    );
    let err = got.unwrap_err();
    assert!(
        err.message_zh().contains("t-paperless"),
        "{}",
        err.message_zh()
    );
}

#[test]
fn unassigned_records_are_relinked_or_deleted_undoably() {
    let mut doc = complete();
    // The plan loses two targets behind the ledger's back, as a merge can do.
    doc.plan = plan_without(&plan_doc(&doc, "t-closure"), "t-projects");
    let doc = reloads(&doc);
    let found = unassigned::find(&doc);
    assert_eq!(found.missing, vec![t("t-closure"), t("t-projects")]);
    assert_eq!((found.activities.len(), found.readings.len()), (1, 1));

    let mut work = doc.clone();
    let stamp = at("2026-07-01T09:00:00+08:00");
    let relink = unassigned::relink(&work, &t("t-projects"), &t("t-training"), stamp).unwrap();
    let undo = work.apply(relink).unwrap();
    assert_eq!(unassigned::find(&work).missing, vec![t("t-closure")]);
    let delete = unassigned::delete_records(&work, &t("t-closure"), stamp).unwrap();
    let undo_delete = work.apply(delete).unwrap();
    assert!(unassigned::find(&work).is_empty());
    assert_eq!(work.readings.len(), doc.readings.len() - 1);
    assert!(unassigned::relink(&work, &t("t-closure"), &t("t-training"), stamp).is_none());

    work.apply(undo_delete.stamped(at("2026-07-01T09:01:00+08:00")))
        .unwrap();
    work.apply(undo.stamped(at("2026-07-01T09:02:00+08:00")))
        .unwrap();
    let back = unassigned::find(&work);
    assert_eq!(back.missing, found.missing, "both undone");
    assert_eq!(back.len(), found.len());
    assert_eq!(work.readings.len(), doc.readings.len());
    reloads(&work);
}

fn plan_doc(doc: &Document, without: &str) -> Document {
    let mut d = doc.clone();
    d.plan = plan_without(doc, without);
    d
}

#[test]
fn an_unassigned_activity_can_still_be_edited() {
    let mut doc = complete();
    doc.plan = plan_without(&doc, "t-projects");
    let mut a4 = doc
        .activities
        .iter()
        .find(|a| a.id.as_str() == "a4")
        .unwrap()
        .clone();
    a4.title = "改过的标题".into();
    a4.updated_at = at("2026-07-01T09:00:00+08:00");
    doc.apply(Command::UpdateActivity(a4)).unwrap();
    // A new record must still name targets of the plan.
    let mut new = doc.activities[0].clone();
    new.id = "a-new".into();
    new.targets = vec![t("t-projects")];
    assert!(doc.apply(Command::AddActivity(new)).is_err());
}

/// `any` (what the first screen asks) answers as `find` does: for a whole
/// plan, and with each target of the fixture taken out in turn.
#[test]
fn any_agrees_with_find() {
    let doc = complete();
    assert!(!unassigned::any(&doc));
    let ids: Vec<String> = doc.plan.targets().map(|(_, t)| t.id.to_string()).collect();
    let mut seen_true = false;
    for id in ids {
        let mut without = doc.clone();
        without.plan = plan_without(&doc, &id);
        let found = !unassigned::find(&without).is_empty();
        assert_eq!(unassigned::any(&without), found, "without {id}");
        seen_true |= found;
    }
    assert!(seen_true, "some target of the fixture has records");
}
