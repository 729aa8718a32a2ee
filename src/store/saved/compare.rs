//! The rows a save writes, found from the index and the touched set:
//! every row compared ([`Touched::All`]), or the touched records and the
//! records of their days ([`Touched::Only`]); see [`super`].

use std::collections::{BTreeMap, HashSet};
use std::hash::Hash;

use chrono::NaiveDate;

use super::{Saved, LISTS, PLAN_PARTS};
use crate::command::Touched;
use crate::format::stored as form;
use crate::plan::{Activity, Document, Notice, Reading, RecordKind, Tombstone, UnitReport};
use crate::store::key::{RowKey, RowKind};
use crate::store::saved::row_hash;
use crate::store::{plan_rows, tombstone_id, tombstone_kind_name, Delta, Row, HEAD_ID};

mod touched;

/// One list of dated records of a document.
struct List<'a, R> {
    slot: usize,
    items: &'a [R],
    id: fn(&R) -> &str,
    day: fn(&R) -> NaiveDate,
    encode: fn(&R, u32) -> String,
}

fn activity_id(a: &Activity) -> &str {
    a.id.as_str()
}
fn activity_day(a: &Activity) -> NaiveDate {
    a.date
}
fn reading_id(r: &Reading) -> &str {
    r.id.as_str()
}
fn reading_day(r: &Reading) -> NaiveDate {
    r.date
}
fn report_id(r: &UnitReport) -> &str {
    r.id.as_str()
}
fn report_day(r: &UnitReport) -> NaiveDate {
    r.sent
}
fn notice_id(x: &Notice) -> &str {
    x.id.as_str()
}
fn notice_day(x: &Notice) -> NaiveDate {
    x.issued
}

/// Runs `$body` with `$l` bound to each list of dated records of `$doc`
/// in turn (a [`List`] of its own record type each time).
macro_rules! each_list {
    ($doc:expr, $l:ident => $body:expr) => {{
        {
            let $l = List {
                slot: 0,
                items: &$doc.activities,
                id: activity_id,
                day: activity_day,
                encode: form::encode_activity,
            };
            $body;
        }
        {
            let $l = List {
                slot: 1,
                items: &$doc.readings,
                id: reading_id,
                day: reading_day,
                encode: form::encode_reading,
            };
            $body;
        }
        {
            let $l = List {
                slot: 2,
                items: &$doc.reports,
                id: report_id,
                day: report_day,
                encode: form::encode_report,
            };
            $body;
        }
        {
            let $l = List {
                slot: 3,
                items: &$doc.notices,
                id: notice_id,
                day: notice_day,
                encode: form::encode_notice,
            };
            $body;
        }
    }};
}

/// A set of values compared one by one while it is small (cheaper than
/// hashing every record's id in a pass over 100 000 of them), hashed once
/// it is not.
struct Few<T> {
    few: Vec<T>,
    many: HashSet<T>,
}

const FEW: usize = 16;

impl<T: Copy + Eq + Hash> Few<T> {
    fn new() -> Self {
        Few {
            few: Vec::new(),
            many: HashSet::new(),
        }
    }

    fn insert(&mut self, x: T) {
        if self.contains(&x) {
            return;
        }
        if self.few.len() < FEW && self.many.is_empty() {
            self.few.push(x);
        } else {
            self.many.extend(self.few.drain(..));
            self.many.insert(x);
        }
    }

    fn contains(&self, x: &T) -> bool {
        self.few.contains(x) || (!self.many.is_empty() && self.many.contains(x))
    }
}

impl Saved {
    /// The rows that bring the store from what this index says it holds to
    /// [`super::rows`]`(doc)`, looking at what `touched` says may have
    /// changed since (see the module's documentation). No meta or summary
    /// row: [`Saved::save`] adds the meta row.
    pub fn delta(&self, doc: &Document, touched: &Touched) -> Delta {
        let mut out = Delta::default();
        let id = doc.plan.id.as_str();
        if self.doc.as_deref() != Some(id) {
            self.replaced(doc, &mut out);
            return out;
        }
        match touched {
            Touched::All => {
                self.plan_delta(doc, true, &mut out);
                each_list!(doc, l => self.list_all(id, l, &mut out));
                self.tombstone_delta(doc, None, &mut out);
            }
            Touched::Only(c) => {
                if c.plan || c.head {
                    self.plan_delta(doc, c.plan, &mut out);
                }
                for (i, (_, rec)) in LISTS.iter().enumerate() {
                    let ids: Vec<&str> = c
                        .records
                        .iter()
                        .filter(|(k, _)| k == rec)
                        .map(|(_, id)| id.as_str())
                        .collect();
                    if !ids.is_empty() {
                        each_list!(doc, l => if l.slot == i {
                            self.list_touched(doc, l, &ids, &mut out)
                        });
                    }
                }
                let wanted: HashSet<(RecordKind, &str)> =
                    c.records.iter().map(|(k, id)| (*k, id.as_str())).collect();
                if !wanted.is_empty() || c.plan {
                    self.tombstone_delta(doc, Some((&wanted, c.plan)), &mut out);
                }
            }
        }
        out
    }

    /// Every row of `doc`, and the deletion of every row of the document
    /// stored before (another plan's).
    fn replaced(&self, doc: &Document, out: &mut Delta) {
        out.put = crate::store::rows(doc);
        let Some(old) = self.doc.as_deref() else {
            return;
        };
        let key = |kind, id: &str| RowKey::new(old, kind, id);
        let mut gone: Vec<RowKey> = Vec::with_capacity(self.len() + 2);
        gone.extend(self.plan.keys().map(|id| key(RowKind::PlanPart, id)));
        for (i, (kind, _)) in LISTS.iter().enumerate() {
            gone.extend(self.lists[i].keys().map(|id| key(*kind, id)));
        }
        gone.extend(self.tombstones.keys().map(|id| key(RowKind::Tombstone, id)));
        gone.sort_unstable();
        gone.push(RowKey::meta(old));
        gone.push(RowKey::summary(old));
        out.delete = gone;
    }

    /// The plan's rows: every one, or the head alone.
    fn plan_delta(&self, doc: &Document, every: bool, out: &mut Delta) {
        let mut rows = Vec::new();
        if !every {
            rows.push(Row {
                key: RowKey::new(&doc.plan.id, RowKind::PlanPart, HEAD_ID),
                value: form::encode_head(doc),
            });
        } else {
            plan_rows(doc, &mut rows);
            let here: HashSet<&str> = rows.iter().map(|r| r.key.id.as_str()).collect();
            let mut gone: Vec<&str> = self
                .plan
                .keys()
                .map(|k| &**k)
                .filter(|k| !here.contains(k))
                .collect();
            gone.sort_unstable();
            out.delete.extend(
                gone.into_iter()
                    .map(|id| RowKey::new(&doc.plan.id, RowKind::PlanPart, id)),
            );
        }
        for r in rows {
            if self.plan.get(r.key.id.as_str()) != Some(&row_hash(&r.value)) {
                out.put.push(r);
            }
        }
    }

    /// Every row of one list compared; rows of records gone deleted.
    fn list_all<R>(&self, doc: &str, l: List<'_, R>, out: &mut Delta) {
        let index = &self.lists[l.slot];
        let kind = LISTS[l.slot].0;
        let n = crate::store::places(l.items, l.day);
        for (r, n) in l.items.iter().zip(n) {
            let id = (l.id)(r);
            let value = (l.encode)(r, n);
            if index.get(id).map(|e| e.hash) != Some(row_hash(&value)) {
                out.put.push(Row {
                    key: RowKey::new(doc, kind, id),
                    value,
                });
            }
        }
        let here: HashSet<&str> = l.items.iter().map(l.id).collect();
        let mut gone: Vec<&str> = index
            .keys()
            .map(|k| &**k)
            .filter(|k| !here.contains(k))
            .collect();
        gone.sort_unstable();
        out.delete
            .extend(gone.into_iter().map(|id| RowKey::new(doc, kind, id)));
    }

    /// Tombstone rows: every one (`want` `None`), or those of the touched
    /// records and, with the plan, of every plan part.
    fn tombstone_delta(
        &self,
        doc: &Document,
        want: Option<(&HashSet<(RecordKind, &str)>, bool)>,
        out: &mut Delta,
    ) {
        let wanted = |kind: RecordKind, id: &str| match want {
            None => true,
            Some((records, plan)) => {
                (plan && PLAN_PARTS.contains(&kind)) || records.contains(&(kind, id))
            }
        };
        // As stored: the latest of each kind and id.
        let mut now: BTreeMap<String, &Tombstone> = BTreeMap::new();
        for t in &doc.tombstones {
            if !wanted(t.kind, &t.id) {
                continue;
            }
            let slot = now.entry(tombstone_id(t)).or_insert(t);
            if t.deleted_at >= slot.deleted_at {
                *slot = t;
            }
        }
        let id = doc.plan.id.as_str();
        // Stored rows that are no more: among every row, the touched ones,
        // or those of the plan's parts.
        let mut gone: Vec<String> = Vec::new();
        match want {
            None => gone.extend(
                self.tombstones
                    .keys()
                    .filter(|k| !now.contains_key(&***k))
                    .map(|k| k.to_string()),
            ),
            Some((records, plan)) => {
                for (kind, rid) in records {
                    let tid = format!("{}:{rid}", tombstone_kind_name(*kind));
                    if !now.contains_key(&tid) && self.tombstones.contains_key(tid.as_str()) {
                        gone.push(tid);
                    }
                }
                if plan {
                    let parts: Vec<String> = PLAN_PARTS
                        .iter()
                        .map(|k| format!("{}:", tombstone_kind_name(*k)))
                        .collect();
                    gone.extend(
                        self.tombstones
                            .keys()
                            .filter(|k| parts.iter().any(|p| k.starts_with(p.as_str())))
                            .filter(|k| !now.contains_key(&***k))
                            .map(|k| k.to_string()),
                    );
                }
            }
        }
        gone.sort_unstable();
        gone.dedup();
        for (tid, t) in now {
            let value = form::encode_tombstone(t);
            if self.tombstones.get(tid.as_str()) != Some(&row_hash(&value)) {
                out.put.push(Row {
                    key: RowKey::new(id, RowKind::Tombstone, tid),
                    value,
                });
            }
        }
        out.delete.extend(
            gone.into_iter()
                .map(|tid| RowKey::new(id, RowKind::Tombstone, tid)),
        );
    }
}
