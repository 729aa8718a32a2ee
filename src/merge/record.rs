//! What activities, readings, units' reports and notices have in common as
//! records that are added, changed, deleted, restored and merged by id and
//! stamp.

use crate::plan::{Activity, Document, Notice, Plan, Reading, RecordKind, Stamp, UnitReport};
use crate::validate::{validate_activity, validate_notice, validate_reading, Issue};

/// A ledger record: an id, a change stamp, and a list in the document.
pub(crate) trait Record: Clone + PartialEq {
    /// Which tombstones stand for this kind of record.
    const KIND: RecordKind;
    /// The id as text, as tombstones hold it.
    fn id_str(&self) -> &str;
    /// When the record was last changed.
    fn stamp(&self) -> Stamp;
    /// Sets when the record was last changed.
    fn set_stamp(&mut self, at: Stamp);
    /// The document's list of this kind of record.
    fn list(doc: &Document) -> &Vec<Self>;
    /// The document's list of this kind of record, to change it.
    fn list_mut(doc: &mut Document) -> &mut Vec<Self>;
    /// The record's findings against the plan.
    fn check(plan: &Plan, record: &Self) -> Vec<Issue>;

    /// Whether two records say the same thing, whenever they were stamped.
    fn same_content(&self, other: &Self) -> bool {
        let mut a = self.clone();
        a.set_stamp(other.stamp());
        a == *other
    }
}

impl Record for Activity {
    const KIND: RecordKind = RecordKind::Activity;
    fn id_str(&self) -> &str {
        self.id.as_str()
    }
    fn stamp(&self) -> Stamp {
        self.updated_at
    }
    fn set_stamp(&mut self, at: Stamp) {
        self.updated_at = at;
    }
    fn list(doc: &Document) -> &Vec<Self> {
        &doc.activities
    }
    fn list_mut(doc: &mut Document) -> &mut Vec<Self> {
        &mut doc.activities
    }
    fn check(plan: &Plan, record: &Self) -> Vec<Issue> {
        validate_activity(plan, record)
    }
}

impl Record for Reading {
    const KIND: RecordKind = RecordKind::Reading;
    fn id_str(&self) -> &str {
        self.id.as_str()
    }
    fn stamp(&self) -> Stamp {
        self.updated_at
    }
    fn set_stamp(&mut self, at: Stamp) {
        self.updated_at = at;
    }
    fn list(doc: &Document) -> &Vec<Self> {
        &doc.readings
    }
    fn list_mut(doc: &mut Document) -> &mut Vec<Self> {
        &mut doc.readings
    }
    fn check(plan: &Plan, record: &Self) -> Vec<Issue> {
        validate_reading(plan, record)
    }
}

impl Record for UnitReport {
    const KIND: RecordKind = RecordKind::Report;
    fn id_str(&self) -> &str {
        self.id.as_str()
    }
    fn stamp(&self) -> Stamp {
        self.updated_at
    }
    fn set_stamp(&mut self, at: Stamp) {
        self.updated_at = at;
    }
    fn list(doc: &Document) -> &Vec<Self> {
        &doc.reports
    }
    fn list_mut(doc: &mut Document) -> &mut Vec<Self> {
        &mut doc.reports
    }
    fn check(_: &Plan, _: &Self) -> Vec<Issue> {
        Vec::new()
    }
}

impl Record for Notice {
    const KIND: RecordKind = RecordKind::Notice;
    fn id_str(&self) -> &str {
        self.id.as_str()
    }
    fn stamp(&self) -> Stamp {
        self.updated_at
    }
    fn set_stamp(&mut self, at: Stamp) {
        self.updated_at = at;
    }
    fn list(doc: &Document) -> &Vec<Self> {
        &doc.notices
    }
    fn list_mut(doc: &mut Document) -> &mut Vec<Self> {
        &mut doc.notices
    }
    fn check(plan: &Plan, record: &Self) -> Vec<Issue> {
        validate_notice(plan, record)
    }
}
