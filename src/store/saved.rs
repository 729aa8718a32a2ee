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

use std::collections::HashMap;
use std::hash::Hasher;

use chrono::NaiveDate;

use super::key::{RowKey, RowKind};
use super::{Delta, Row, SaveAt};
use crate::command::Touched;
use crate::format::stored::{self as form, Meta, LAYOUT, RECORD_VERSION};
use crate::plan::{Document, RecordKind};

mod compare;

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
    /// How many of each list are stored on each day.
    per_day: [HashMap<NaiveDate, u32>; 4],
    /// Tombstones by row id (`activity:a-17`).
    tombstones: HashMap<Box<str>, u64>,
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

    /// [`Saved::of_doc`], with room for about `rows` rows, most of them
    /// activities (a load knows how many rows it reads).
    pub(super) fn of_doc_sized(doc: &str, rows: usize) -> Saved {
        let mut out = Saved::of_doc(doc);
        out.lists[0].reserve(rows);
        out
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
                    if let Some(old) = self.lists[i].insert(id, Entry { hash, day, n }) {
                        self.uncount(i, old.day);
                    }
                    if let Some(d) = day {
                        *self.per_day[i].entry(d).or_insert(0) += 1;
                    }
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
                    if let Some(old) = self.lists[i].remove(id) {
                        self.uncount(i, old.day);
                    }
                }
            }
        }
    }

    /// One record of list `i` fewer on `day`.
    fn uncount(&mut self, i: usize, day: Option<NaiveDate>) {
        let Some(d) = day else {
            return;
        };
        if let Some(n) = self.per_day[i].get_mut(&d) {
            *n -= 1;
            if *n == 0 {
                self.per_day[i].remove(&d);
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
}
