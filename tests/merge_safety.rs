//! What a merge may not do: take over the plan with another plan's file,
//! undo a replace when a copy of the replaced document comes back (another
//! tab), or let a stamp from the future outrank the edits made here.

use chrono::{DateTime, NaiveDate};
use luoshi::command::{Command, CommandError};
use luoshi::merge::{merge, other_plan, supersede, tame};
use luoshi::plan::{Activity, ActivityId, Document, RecordKind, Stamp, TargetId, Tombstone};
use luoshi::seed::{default_document, example_document};
use proptest::prelude::*;

fn at(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).expect("test stamp")
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("test date")
}

/// The example ledger of 2026 as of the end of November (259 activities and
/// 44 readings): a year's ledger, as in the case the issue was found with.
fn office() -> Document {
    let mut d = example_document(2026, day(11, 30));
    d.plan.id = "p-office".into();
    d
}

/// What a person sees of a document: each live record's content, the plan.
fn content(d: &Document) -> String {
    let mut acts: Vec<String> = d
        .activities
        .iter()
        .map(|a| format!("{}|{}|{}|{}", a.id.as_str(), a.date, a.title, a.quantity))
        .collect();
    acts.sort();
    let mut reads: Vec<String> = d
        .readings
        .iter()
        .map(|r| format!("{}|{}|{:?}", r.id.as_str(), r.date, r.value))
        .collect();
    reads.sort();
    format!(
        "{acts:?}\n{reads:?}\n{} {} {:?} {:?} {:?}",
        d.plan.id, d.plan.title, d.plan.sections, d.plan.people, d.plan.units
    )
}

#[test]
fn another_plans_file_is_not_merged_and_the_plan_id_never_changes() {
    let ours = office();
    let mut theirs = default_document(2026, "信息科");
    theirs.plan.id = "p-other".into();
    theirs.plan.title = "另一计划".into();
    theirs.plan.updated_at = at("2026-12-01T09:00:00+08:00");

    let other = other_plan(&ours, &theirs).expect("two plans");
    assert_eq!(
        (other.ours.as_str(), other.theirs.as_str()),
        ("p-office", "p-other")
    );
    let m = merge(&ours, &theirs);
    assert_eq!(m.doc, ours, "nothing of another plan is taken");
    assert_eq!(m.summary.other_plan, Some(Box::new(other)));

    // Every import that merges goes through this command: refused, nothing
    // changed, in the words of the 报送 page.
    let mut d = ours.clone();
    let e = d
        .apply(Command::MergeDocument(Box::new(theirs.clone())))
        .expect_err("another plan's file is refused");
    assert!(matches!(e, CommandError::OtherPlan { .. }));
    assert_eq!(d, ours);
    assert_eq!(
        e.message_zh(),
        "属于另一计划（p-other），与本计划（p-office）不同，不予导入"
    );

    // A file older than format 3 has no plan id: it is this plan's.
    theirs.plan.id = String::new();
    assert!(other_plan(&ours, &theirs).is_none());
    let m = merge(&ours, &theirs);
    assert_eq!(m.doc.plan.id, "p-office");
}

#[test]
fn a_replace_holds_when_the_replaced_copy_is_merged_back() {
    let old = office();
    let n = old.activities.len();
    assert!(n > 200 && old.readings.len() > 40);
    // The file opened in its place: the same plan, three records.
    let mut new = default_document(2026, "综合科");
    new.plan.id = "p-office".into();
    new.activities = old.activities[..3].to_vec();
    new.activities[0].title = "改过的标题".into();
    let at1 = at("2026-12-02T10:00:00+08:00");
    let replaced = supersede(&old, new.clone(), at1);
    assert_eq!(content(&replaced), content(&new));

    // Another tab still holds the old document: at its next save the two
    // are merged, in either order, and the replace stands.
    assert_eq!(content(&merge(&old, &replaced).doc), content(&new));
    assert_eq!(content(&merge(&replaced, &old).doc), content(&new));
    let dropped = replaced
        .tombstones
        .iter()
        .filter(|t| t.kind == RecordKind::Activity)
        .count();
    assert_eq!(dropped, n - 3);

    // Its undo is a replace too, stamped when undone: the old records come
    // back, and a tab holding the replaced copy does not take them away.
    let mut d = old.clone();
    let undo = d
        .apply(Command::Supersede {
            doc: Box::new(new.clone()),
            at: at1,
        })
        .expect("replace");
    let after_replace = d.clone();
    d.apply(undo.stamped(at("2026-12-02T10:05:00+08:00")))
        .expect("undo");
    assert_eq!(content(&d), content(&old));
    assert_eq!(content(&merge(&after_replace, &d).doc), content(&old));
    assert_eq!(content(&merge(&d, &after_replace).doc), content(&old));
}

#[test]
fn stamps_from_the_future_outrank_nothing_here() {
    let ours = office();
    let now = at("2026-12-02T10:00:00+08:00");
    // A file stamped 2099: 214 of our records deleted, one changed, one new.
    let future = at("2099-01-01T00:00:00+08:00");
    let mut theirs = ours.clone();
    theirs.tombstones = theirs.activities[..214]
        .iter()
        .map(|a| Tombstone {
            kind: RecordKind::Activity,
            id: a.id.as_str().to_string(),
            deleted_at: future,
        })
        .collect();
    theirs.activities.drain(..214);
    theirs.activities[0].title = "来自未来的修改".into();
    theirs.activities[0].updated_at = future;
    let changed_id = theirs.activities[0].id.clone();
    theirs.activities.push(Activity {
        id: ActivityId("a-new".into()),
        title: "新记录".into(),
        updated_at: future,
        ..ours.activities[0].clone()
    });

    let (tamed, found) = tame(&ours, &theirs, now);
    assert_eq!(
        (found.records, found.tombstones, found.ours_kept),
        (2, 214, 215)
    );
    assert_eq!(found.latest, Some(future));
    let m = merge(&ours, &tamed);
    assert_eq!(m.summary.activities.deleted, 0, "no record of ours deleted");
    assert_eq!(
        m.doc.activities.len(),
        ours.activities.len() + 1,
        "the new record is taken"
    );
    let kept = m
        .doc
        .activities
        .iter()
        .find(|a| a.id == changed_id)
        .expect("ours");
    assert_ne!(kept.title, "来自未来的修改", "our version stands");
    let new = m
        .doc
        .activities
        .iter()
        .find(|a| a.id.as_str() == "a-new")
        .expect("new");
    assert_eq!(new.updated_at, now, "taken at the import time");

    // Imported again later: nothing changes.
    let (again, _) = tame(&m.doc, &theirs, at("2026-12-03T10:00:00+08:00"));
    assert!(merge(&m.doc, &again).summary.changes_nothing());

    // A stamp less than a day ahead (a clock a little off) is trusted.
    let near = at("2026-12-03T09:00:00+08:00");
    let mut t2 = ours.clone();
    t2.activities[5].title = "稍快的时钟".into();
    t2.activities[5].updated_at = near;
    let (t2, found) = tame(&ours, &t2, now);
    assert!(found.is_empty());
    assert_eq!(merge(&ours, &t2).summary.activities.changed, 1);
}

// ---- over generated documents ----

fn stamp() -> impl Strategy<Value = Stamp> {
    prop::sample::select(vec![
        "2026-04-01T09:00:00+08:00",
        "2026-04-01T10:00:00+08:00",
        "2026-04-01T03:00:00+00:00",
        "2099-01-01T00:00:00+08:00",
    ])
    .prop_map(at)
}

fn document() -> impl Strategy<Value = Document> {
    let activity = (0..5u8, prop::sample::select(vec!["甲", "乙"]), stamp());
    let tomb = (0..5u8, stamp());
    (
        prop::collection::vec(activity, 0..6),
        prop::collection::vec(tomb, 0..3),
        prop::sample::select(vec!["计划", "计划（修订）"]),
        stamp(),
    )
        .prop_map(|(acts, tombs, title, s)| {
            let mut d = default_document(2026, "综合科");
            d.plan.id = "p".into();
            d.plan.title = title.into();
            d.plan.updated_at = s;
            let target = d.plan.targets().next().map(|(_, t)| t.id.clone());
            for (id, title, s) in acts {
                d.activities.push(Activity {
                    id: ActivityId(format!("a{id}")),
                    date: day(4, 1),
                    title: title.into(),
                    quantity: 1,
                    targets: target.iter().cloned().collect::<Vec<TargetId>>(),
                    people: Vec::new(),
                    lead_unit: String::new(),
                    notes: String::new(),
                    recorded_by: String::new(),
                    evidence: Vec::new(),
                    updated_at: s,
                });
            }
            for (id, s) in tombs {
                d.tombstones.push(Tombstone {
                    kind: RecordKind::Activity,
                    id: format!("a{id}"),
                    deleted_at: s,
                });
            }
            // One version per id, as a document holds.
            d.activities.sort_by(|a, b| a.id.cmp(&b.id));
            d.activities.dedup_by(|a, b| a.id == b.id);
            merge(&d, &d).doc
        })
}

proptest! {
    /// Whatever the two documents, once one replaces the other the old one
    /// merged back (in either order) changes nothing a person sees.
    #[test]
    fn a_replace_is_not_undone_by_the_old_copy(old in document(), new in document()) {
        let now = at("2026-12-02T10:00:00+08:00");
        let r = supersede(&old, new.clone(), now);
        prop_assert_eq!(content(&r), content(&new));
        prop_assert_eq!(content(&merge(&old, &r).doc), content(&new));
        prop_assert_eq!(content(&merge(&r, &old).doc), content(&new));
    }

    /// After taming, no item of the file outranks anything of ours.
    #[test]
    fn a_tamed_file_changes_nothing_ours_holds_from_the_future(ours in document(), theirs in document()) {
        let now = at("2026-12-02T10:00:00+08:00");
        let (tamed, _) = tame(&ours, &theirs, now);
        let plain = merge(&ours, &tamed).doc;
        // Everything in the file stamped from the future is worth nothing
        // against ours: the same result as without those items.
        let limit = at("2026-12-03T10:00:00+08:00");
        let mut honest = theirs.clone();
        let ids: Vec<String> = ours.activities.iter().map(|a| a.id.as_str().to_string())
            .chain(ours.tombstones.iter().map(|t| t.id.clone())).collect();
        honest.activities.retain(|a| a.updated_at <= limit || !ids.contains(&a.id.as_str().to_string()));
        honest.tombstones.retain(|t| t.deleted_at <= limit || !ids.contains(&t.id));
        let (honest, _) = tame(&ours, &honest, now);
        let expected = merge(&ours, &honest).doc;
        prop_assert_eq!(content(&plain), content(&expected));
    }
}

proptest! {
    /// The merge's laws hold within one plan; two plans are never merged:
    /// the result is ours, in either order, and says why.
    #[test]
    fn documents_of_two_plans_are_never_merged(a in document(), b in document()) {
        let mut b = b;
        b.plan.id = "q".into();
        let m = merge(&a, &b);
        prop_assert_eq!(&m.doc, &a);
        prop_assert!(m.summary.other_plan.is_some());
        prop_assert_eq!(&merge(&b, &a).doc, &b);
    }
}
