//! Merging a colleague's document into ours by record id and stamp.
//!
//! The rules make merging commutative, associative and idempotent on
//! records, so that the office gets the same ledger whatever order the
//! units' files arrive in, and importing a file twice changes nothing the
//! second time:
//! - activities and readings are matched by id; the newer `updated_at`
//!   wins; equal stamps with different content are settled by comparing the
//!   records' full text, so both sides settle them the same way;
//! - deletions travel as tombstones; the newest tombstone per id is kept,
//!   and it removes any version stamped at or before it, while a version
//!   stamped after it brings the record back;
//! - the plan is merged by its parts: each section, target, roster entry
//!   and lead unit is settled by its own stamp and tombstone, the same way
//!   (see `merge/plan.rs`); the plan's title and period go with the plan's own
//!   stamp;
//! - the unit keeping the result is ours;
//! - two documents of different plans (both plan ids set and different) are
//!   not merged: one plan per document. [`merge`] leaves ours as it is and
//!   says so ([`MergeSummary::other_plan`]); [`other_plan`] lets a caller
//!   refuse first. So the plan id never changes by a merge.
//!
//! Two steps around the merge keep it honest without changing its laws:
//! [`tame`] sets a file's stamps from the future (more than a day after the
//! importing machine's clock) so that they outrank nothing here, and
//! [`supersede`] makes a replace hold when a copy of what it replaced is
//! merged back (another tab's).
//!
//! Lists come out sorted (activities and readings by date then id,
//! tombstones by kind then id), so equal documents are equal vectors.

mod future;
mod plan;
pub(crate) mod record;
mod summary;
mod supersede;

use std::cmp::Ordering;
use std::collections::BTreeMap;

use crate::fixed::Fixed;
use crate::plan::{
    Activity, Document, Notice, Plan, Reading, ReadingValue, Stamp, TargetId, Tombstone, UnitReport,
};
use chrono::NaiveDate;
use record::Record;

pub use future::{tame, FutureStamps, FUTURE_SLACK_HOURS};
pub use summary::{
    Conflict, MergeSummary, OtherPlan, PlanChange, RecordChanges, Side, TargetChange,
    TargetChangeKind,
};
pub use supersede::supersede;

/// The two plan ids when `theirs` is another plan's document than `ours`:
/// both ids set and different. A document without an id (older than format
/// 3) belongs to any plan.
pub fn other_plan(ours: &Document, theirs: &Document) -> Option<OtherPlan> {
    let (a, b) = (ours.plan.id.trim(), theirs.plan.id.trim());
    (!a.is_empty() && !b.is_empty() && a != b).then(|| OtherPlan {
        ours: a.to_string(),
        theirs: b.to_string(),
    })
}

/// The merged document and what the merge did.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged document.
    pub doc: Document,
    /// What changed against ours.
    pub summary: MergeSummary,
}

/// Whether `a` wins over `b`: the newer stamp, then the larger content
/// (see [`TieBreak`]).
fn wins<T: TieBreak>(a: &T, a_at: Stamp, b: &T, b_at: Stamp) -> bool {
    match a_at.cmp(&b_at) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => a.tie_cmp(b) == Ordering::Greater,
    }
}

/// A total order on two different versions stamped at the same instant, so
/// that a merge picks the same one whichever side it runs on. It starts with
/// the stamps' offsets, so two versions stamped at the same instant from
/// different time zones are told apart (equality of stamps compares
/// instants only), then every field in turn. It compares without writing
/// anything out: a merge of two copies of a large ledger ties on every
/// record.
trait TieBreak {
    fn tie_cmp(&self, other: &Self) -> Ordering;
}

fn offset(at: &Stamp) -> i32 {
    at.offset().local_minus_utc()
}

impl TieBreak for Activity {
    fn tie_cmp(&self, o: &Self) -> Ordering {
        #[allow(clippy::type_complexity)]
        fn key(
            a: &Activity,
        ) -> (
            i32,
            NaiveDate,
            u32,
            &str,
            &[TargetId],
            &[String],
            &str,
            &str,
        ) {
            (
                offset(&a.updated_at),
                a.date,
                a.quantity,
                a.title.as_str(),
                a.targets.as_slice(),
                a.people.as_slice(),
                a.lead_unit.as_str(),
                a.notes.as_str(),
            )
        }
        key(self).cmp(&key(o))
    }
}

impl TieBreak for Reading {
    fn tie_cmp(&self, o: &Self) -> Ordering {
        fn value(v: &ReadingValue) -> (u8, Fixed, u64, u64) {
            match *v {
                ReadingValue::Value(x) => (0, x, 0, 0),
                ReadingValue::Counts {
                    numerator,
                    denominator,
                } => (1, Fixed::default(), numerator, denominator),
            }
        }
        #[allow(clippy::type_complexity)]
        fn key(r: &Reading) -> (i32, NaiveDate, &TargetId, (u8, Fixed, u64, u64), &str) {
            (
                offset(&r.updated_at),
                r.date,
                &r.target,
                value(&r.value),
                r.notes.as_str(),
            )
        }
        key(self).cmp(&key(o))
    }
}

impl TieBreak for Tombstone {
    fn tie_cmp(&self, o: &Self) -> Ordering {
        (offset(&self.deleted_at), self.kind, &self.id).cmp(&(offset(&o.deleted_at), o.kind, &o.id))
    }
}

/// The plan is one record, compared once per merge: its full text decides.
impl TieBreak for Plan {
    fn tie_cmp(&self, o: &Self) -> Ordering {
        (offset(&self.updated_at), format!("{self:?}"))
            .cmp(&(offset(&o.updated_at), format!("{o:?}")))
    }
}

/// Reports and notices are few: their full text decides a tie.
impl TieBreak for UnitReport {
    fn tie_cmp(&self, o: &Self) -> Ordering {
        (offset(&self.updated_at), format!("{self:?}"))
            .cmp(&(offset(&o.updated_at), format!("{o:?}")))
    }
}

impl TieBreak for Notice {
    fn tie_cmp(&self, o: &Self) -> Ordering {
        (offset(&self.updated_at), format!("{self:?}"))
            .cmp(&(offset(&o.updated_at), format!("{o:?}")))
    }
}

/// The winning version of each id within one document.
fn winners<R: Record + TieBreak>(records: &[R]) -> BTreeMap<&str, &R> {
    let mut map: BTreeMap<&str, &R> = BTreeMap::new();
    for r in records {
        match map.get(r.id_str()) {
            Some(held) if !wins(r, r.stamp(), *held, held.stamp()) => {}
            _ => {
                map.insert(r.id_str(), r);
            }
        }
    }
    map
}

/// The newest tombstone of each kind and id from both documents.
fn tombstones(ours: &Document, theirs: &Document) -> Vec<Tombstone> {
    let mut map: BTreeMap<(crate::plan::RecordKind, &str), &Tombstone> = BTreeMap::new();
    for t in ours.tombstones.iter().chain(theirs.tombstones.iter()) {
        let key = (t.kind, t.id.as_str());
        match map.get(&key) {
            Some(held) if !wins(t, t.deleted_at, *held, held.deleted_at) => {}
            _ => {
                map.insert(key, t);
            }
        }
    }
    map.into_values().cloned().collect()
}

/// Merges one kind of record; returns the live records and the counts.
fn merge_records<R: Record + TieBreak>(
    ours: &[R],
    theirs: &[R],
    tombs: &[Tombstone],
    unchanged: &mut usize,
) -> (Vec<R>, RecordChanges) {
    let ours = winners(ours);
    let theirs = winners(theirs);
    let deleted_at: BTreeMap<&str, Stamp> = tombs
        .iter()
        .filter(|t| t.kind == R::KIND)
        .map(|t| (t.id.as_str(), t.deleted_at))
        .collect();
    let mut ids: Vec<&str> = ours.keys().chain(theirs.keys()).copied().collect();
    ids.sort_unstable();
    ids.dedup();
    let mut out = Vec::with_capacity(ids.len());
    let mut changes = RecordChanges::default();
    for id in ids {
        let o = ours.get(id).copied();
        let t = theirs.get(id).copied();
        let (winner, side) = match (o, t) {
            (Some(o), Some(t)) if wins(t, t.stamp(), o, o.stamp()) => (t, Side::Theirs),
            (Some(o), _) => (o, Side::Ours),
            (None, Some(t)) => (t, Side::Theirs),
            (None, None) => continue,
        };
        if let (Some(o), Some(t)) = (o, t) {
            if o.same_content(t) {
                *unchanged += 1;
            } else {
                changes.conflicts.push(Conflict {
                    kind: R::KIND,
                    id: id.to_string(),
                    winner: side,
                    same_stamp: o.stamp() == t.stamp(),
                });
            }
        }
        let live = deleted_at.get(id).is_none_or(|d| winner.stamp() > *d);
        match (o, live) {
            (None, true) => changes.added += 1,
            (Some(o), true) if !o.same_content(winner) => changes.changed += 1,
            (Some(_), false) => changes.deleted += 1,
            _ => {}
        }
        if live {
            out.push(winner.clone());
        }
    }
    (out, changes)
}

/// Merges `theirs` into `ours` by record id and stamp. A document of
/// another plan ([`other_plan`]) is not merged: the result is ours, and the
/// summary says why.
pub fn merge(ours: &Document, theirs: &Document) -> Merged {
    if let Some(other) = other_plan(ours, theirs) {
        return Merged {
            doc: ours.clone(),
            summary: MergeSummary {
                activities: RecordChanges::default(),
                readings: RecordChanges::default(),
                reports: RecordChanges::default(),
                notices: RecordChanges::default(),
                plan: PlanChange::Unchanged,
                targets: Vec::new(),
                unchanged: 0,
                other_plan: Some(Box::new(other)),
            },
        };
    }
    let tombs = tombstones(ours, theirs);
    let mut unchanged = 0;
    let (mut activities, activity_changes) =
        merge_records::<Activity>(&ours.activities, &theirs.activities, &tombs, &mut unchanged);
    let (mut readings, reading_changes) =
        merge_records::<Reading>(&ours.readings, &theirs.readings, &tombs, &mut unchanged);
    let (mut reports, report_changes) =
        merge_records::<UnitReport>(&ours.reports, &theirs.reports, &tombs, &mut unchanged);
    let (mut notices, notice_changes) =
        merge_records::<Notice>(&ours.notices, &theirs.notices, &tombs, &mut unchanged);
    activities.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    readings.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    reports.sort_by(|a, b| (a.sent, &a.id).cmp(&(b.sent, &b.id)));
    notices.sort_by(|a, b| (a.year, a.number, &a.id).cmp(&(b.year, b.number, &b.id)));
    let (plan, plan_change, targets) = plan::merge_plan(&ours.plan, &theirs.plan, &tombs);
    Merged {
        doc: Document {
            unit: ours.unit.clone(),
            plan,
            activities,
            readings,
            tombstones: tombs,
            reports,
            notices,
        },
        summary: MergeSummary {
            activities: activity_changes,
            readings: reading_changes,
            reports: report_changes,
            notices: notice_changes,
            plan: plan_change,
            targets,
            unchanged,
            other_plan: None,
        },
    }
}

/// What merging `theirs` into `ours` would do, for the import preview.
pub fn preview(ours: &Document, theirs: &Document) -> MergeSummary {
    merge(ours, theirs).summary
}
