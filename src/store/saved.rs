//! What is stored, as an index: the key of every row of the document kept
//! in the store, with a 64-bit hash of its text and, for a dated record,
//! its day and place. Not the texts themselves: at 100 000 records the
//! index is a few MB where the document as last saved would be a second
//! copy of every record.
//!
//! A save asks the index for the rows that bring the store to
//! [`super::rows`] of the document ([`Saved::delta`]) and, once the
//! transaction has committed, records them ([`Saved::commit`]). Which rows
//! it looks at is said by [`Touched`] ([`crate::command::Command::touched`],
//! merged over the commands since the last committed save):
//! - [`Touched::All`] (a replace, a merge, an import): every row of the
//!   document is encoded and its hash compared; rows no longer there are
//!   deleted.
//! - [`Touched::Only`]: only the touched records are encoded, with the
//!   other records of their days whose place changed. Rows key a record by
//!   id, but its text holds its place among its kind's records of its day
//!   ([`super::places`]), so deleting a record, restoring one (it comes
//!   back at the end of its day) or moving one to another day rewrites the
//!   later records of that day: a one-record change writes at most the
//!   records of the day it left and of the day it is on, plus its
//!   tombstone's row. Other days are not looked at beyond comparing each
//!   record's day.
//!
//! A document of another plan than the one stored (a replace by another
//! plan, a plan whose id changed), or nothing stored yet, writes every row
//! and deletes every row of the stored one (its meta and summary rows too).
//!
//! The index holds the rows a load could read: the rows
//! [`super::assemble`] set aside ([`super::Unreadable`]) are not in it, so
//! no save deletes them; the caller keeps them (the recovery copy) and
//! deletes them itself when the user has dealt with them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};

use chrono::NaiveDate;

use super::key::{RowKey, RowKind};
use super::{plan_rows, tombstone_id, tombstone_kind_name, Delta, Row, SaveAt, HEAD_ID};
use crate::command::Touched;
use crate::format::stored::{self as form, Meta, LAYOUT, RECORD_VERSION};
use crate::plan::{Activity, Document, Notice, Reading, RecordKind, Tombstone, UnitReport};

/// The hash of a row's text that the index keeps: the same text always
/// gives the same hash (no random key); two texts give the same one with a
/// chance of 2⁻⁶⁴.
pub fn row_hash(text: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(text.as_bytes());
    h.finish()
}

/// One dated record's row as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    hash: u64,
    /// Its day and place, `None` when its text does not say them.
    day: Option<NaiveDate>,
    n: u32,
}

type Index = HashMap<Box<str>, Entry>;

/// The lists of dated records, in the order of [`Saved`]'s indexes.
const LISTS: [(RowKind, RecordKind); 4] = [
    (RowKind::Activity, RecordKind::Activity),
    (RowKind::Reading, RecordKind::Reading),
    (RowKind::Report, RecordKind::Report),
    (RowKind::Notice, RecordKind::Notice),
];

fn slot(kind: RowKind) -> Option<usize> {
    LISTS.iter().position(|(k, _)| *k == kind)
}

/// The plan parts whose tombstones a plan edit may write or remove.
const PLAN_PARTS: [RecordKind; 4] = [
    RecordKind::Section,
    RecordKind::Target,
    RecordKind::Person,
    RecordKind::Unit,
];

/// The rows stored of one document, as an index of hashes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saved {
    /// The document the rows are of; `None`: nothing stored.
    doc: Option<String>,
    /// Plan rows by id (`plan`, `s:<section>`).
    plan: HashMap<Box<str>, u64>,
    /// Activities, readings, reports and notices by id.
    lists: [Index; 4],
    /// Tombstones by row id (`activity:a-17`).
    tombstones: HashMap<Box<str>, u64>,
}

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
    /// Nothing stored: the first save writes every row.
    pub fn empty() -> Saved {
        Saved::default()
    }

    /// The index of the rows of document `doc` among `rows` (key and value
    /// text as read; rows of other documents, the meta and summary rows
    /// are left out). Nothing of `doc` among them: [`Saved::empty`].
    pub fn from_rows<K: AsRef<str>, V: AsRef<str>>(
        doc: &str,
        rows: impl IntoIterator<Item = (K, V)>,
    ) -> Saved {
        let prefix = RowKey::doc_prefix(doc);
        let mut out = Saved::empty();
        for (key, value) in rows {
            let (key, value) = (key.as_ref(), value.as_ref());
            if !key.starts_with(&prefix) {
                continue;
            }
            let Some(k) = RowKey::decode(key).filter(|k| k.doc == doc) else {
                continue;
            };
            let place = slot(k.kind).and_then(|_| form::peek_place(value));
            out.insert(&k, row_hash(value), place);
        }
        out
    }

    /// The index of every row of `doc`: the store once [`super::rows`]
    /// of it is written.
    pub fn of(doc: &Document) -> Saved {
        let mut out = Saved::empty();
        out.commit(&Delta {
            put: super::rows(doc),
            delete: Vec::new(),
        });
        out
    }

    /// The document whose rows are stored; `None` when nothing is.
    pub fn doc(&self) -> Option<&str> {
        self.doc.as_deref()
    }

    /// How many rows are indexed (plan rows, records and tombstones).
    pub fn len(&self) -> usize {
        self.plan.len() + self.records() as usize
    }

    /// Whether no row is.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Records stored: activities, readings, reports, notices and
    /// tombstones (what the meta row counts).
    pub fn records(&self) -> u64 {
        (self.lists.iter().map(HashMap::len).sum::<usize>() + self.tombstones.len()) as u64
    }

    /// An empty index of the rows of `doc`: nothing of it stored yet,
    /// but the rows inserted next are (the load's).
    pub(super) fn of_doc(doc: &str) -> Saved {
        Saved {
            doc: Some(doc.to_string()),
            ..Saved::default()
        }
    }

    /// Adds one row of the document to the index. A row of another
    /// document makes the index that document's, empty but for it.
    fn insert(&mut self, key: &RowKey, hash: u64, place: Option<(NaiveDate, u32)>) {
        if matches!(key.kind, RowKind::Meta | RowKind::Summary) {
            return;
        }
        if self.doc.as_deref() != Some(key.doc.as_str()) {
            *self = Saved::of_doc(&key.doc);
        }
        self.insert_row(key.kind, &key.id, hash, place);
    }

    /// Adds one row of the index's document, by kind and id.
    pub(super) fn insert_row(
        &mut self,
        kind: RowKind,
        id: &str,
        hash: u64,
        place: Option<(NaiveDate, u32)>,
    ) {
        let id: Box<str> = id.into();
        match kind {
            RowKind::PlanPart => {
                self.plan.insert(id, hash);
            }
            RowKind::Tombstone => {
                self.tombstones.insert(id, hash);
            }
            RowKind::Meta | RowKind::Summary => {}
            kind => {
                if let Some(i) = slot(kind) {
                    let (day, n) = match place {
                        Some((d, n)) => (Some(d), n),
                        None => (None, 0),
                    };
                    self.lists[i].insert(id, Entry { hash, day, n });
                }
            }
        }
    }

    /// Takes a row out of the index.
    fn remove(&mut self, key: &RowKey) {
        if self.doc.as_deref() == Some(key.doc.as_str()) {
            self.remove_row(key.kind, &key.id);
        }
    }

    /// Takes a row of the index's document out, by kind and id (the load
    /// set it aside after all).
    pub(super) fn remove_row(&mut self, kind: RowKind, id: &str) {
        match kind {
            RowKind::PlanPart => {
                self.plan.remove(id);
            }
            RowKind::Tombstone => {
                self.tombstones.remove(id);
            }
            kind => {
                if let Some(i) = slot(kind) {
                    self.lists[i].remove(id);
                }
            }
        }
    }

    /// Records a committed save: its puts and deletes are what is stored
    /// now. Call it only once the transaction has committed; after a
    /// failed one, keep the index and the touched set as they were (merge
    /// the next commands' into it) and save again.
    pub fn commit(&mut self, delta: &Delta) {
        for key in &delta.delete {
            self.remove(key);
        }
        for row in &delta.put {
            let place = slot(row.key.kind).and_then(|_| form::peek_place(&row.value));
            self.insert(&row.key, row_hash(&row.value), place);
        }
    }

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
                self.plan_delta(doc, None, &mut out);
                each_list!(doc, l => self.list_all(id, l, &mut out));
                self.tombstone_delta(doc, None, &mut out);
            }
            Touched::Only(c) => {
                if c.plan || c.head {
                    self.plan_delta(doc, Some(c.plan), &mut out);
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
                            self.list_touched(id, l, &ids, &mut out)
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

    /// A save's rows: [`Saved::delta`] and the meta row at `at`, counting
    /// the records stored once it is written. One transaction writes them;
    /// the summary row is not among them.
    pub fn save(&self, doc: &Document, touched: &Touched, at: &SaveAt) -> Delta {
        let mut out = self.delta(doc, touched);
        let meta = Meta {
            revision: at.revision,
            format: RECORD_VERSION,
            layout: LAYOUT,
            saved_at: at.saved_at.clone(),
            records: self.records_after(&out),
        };
        out.put.push(Row {
            key: RowKey::meta(&doc.plan.id),
            value: form::encode_meta(&meta),
        });
        out
    }

    /// Records stored once `delta` (of [`Saved::delta`]) is written.
    fn records_after(&self, delta: &Delta) -> u64 {
        let doc = delta
            .put
            .iter()
            .find(|r| r.key.kind == RowKind::PlanPart)
            .map(|r| r.key.doc.as_str());
        let switched = doc.is_some() && doc != self.doc.as_deref();
        let is_record = |k: &RowKey| matches!(k.kind, RowKind::Tombstone) || slot(k.kind).is_some();
        let puts = delta.put.iter().map(|r| &r.key).filter(|k| is_record(k));
        if switched {
            return puts.count() as u64;
        }
        let added = puts.filter(|k| !self.holds(k)).count() as u64;
        let removed = delta
            .delete
            .iter()
            .filter(|k| is_record(k) && self.holds(k))
            .count() as u64;
        self.records() + added - removed
    }

    fn holds(&self, key: &RowKey) -> bool {
        if self.doc.as_deref() != Some(key.doc.as_str()) {
            return false;
        }
        let id = key.id.as_str();
        match key.kind {
            RowKind::PlanPart => self.plan.contains_key(id),
            RowKind::Tombstone => self.tombstones.contains_key(id),
            kind => slot(kind).is_some_and(|i| self.lists[i].contains_key(id)),
        }
    }

    /// Every row of `doc`, and the deletion of every row of the document
    /// stored before (another plan's).
    fn replaced(&self, doc: &Document, out: &mut Delta) {
        out.put = super::rows(doc);
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

    /// The plan's rows: every one (`all`: `None` or `Some(true)`) or the
    /// head alone (`Some(false)`).
    fn plan_delta(&self, doc: &Document, all: Option<bool>, out: &mut Delta) {
        let mut rows = Vec::new();
        if all == Some(false) {
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
        let n = super::places(l.items, l.day);
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

    /// The rows of one list's touched records (`ids`), and of the other
    /// records of their days (as stored and as they are now) whose place
    /// changed.
    fn list_touched<R>(&self, doc: &str, l: List<'_, R>, ids: &[&str], out: &mut Delta) {
        let index = &self.lists[l.slot];
        let kind = LISTS[l.slot].0;
        let mut want: Few<&str> = Few::new();
        let mut days: Few<NaiveDate> = Few::new();
        for id in ids {
            want.insert(id);
            if let Some(d) = index.get(*id).and_then(|e| e.day) {
                days.insert(d);
            }
        }
        // Where the touched records are now.
        let mut here: Few<&str> = Few::new();
        for r in l.items {
            let id = (l.id)(r);
            if want.contains(&id) {
                days.insert((l.day)(r));
                here.insert(id);
            }
        }
        // Their days' records in order, each with its place.
        let mut count: BTreeMap<NaiveDate, u32> = BTreeMap::new();
        for r in l.items {
            let d = (l.day)(r);
            if !days.contains(&d) {
                continue;
            }
            let slot = count.entry(d).or_insert(0);
            let n = *slot;
            *slot += 1;
            let id = (l.id)(r);
            let stored = index.get(id);
            let moved = stored.is_none_or(|e| (e.day, e.n) != (Some(d), n));
            if moved || want.contains(&id) {
                let value = (l.encode)(r, n);
                if stored.map(|e| e.hash) != Some(row_hash(&value)) {
                    out.put.push(Row {
                        key: RowKey::new(doc, kind, id),
                        value,
                    });
                }
            }
        }
        for id in ids {
            if !here.contains(id) && index.contains_key(*id) {
                out.delete.push(RowKey::new(doc, kind, *id));
            }
        }
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
