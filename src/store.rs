//! The document as rows: the stored form the browser keeps record by
//! record (IndexedDB), as pure functions of the document. Keys and values
//! are text, so the adapter that writes them (`src/web/`) stays generic.
//!
//! - [`rows`]: every row of a document (a migration, an import);
//!   [`delta`]: only the rows that differ between two documents;
//!   [`save`]: a save's rows, the delta with the meta and summary rows,
//!   which the adapter writes in one transaction.
//! - [`Saved`]: what is stored, as an index of row hashes, and the save of
//!   one change from it without the document as last saved:
//!   [`Saved::save`] encodes only the records the commands touched
//!   ([`crate::command::Touched`]) and the records of their days whose
//!   place changed, and [`Saved::commit`] records the committed rows.
//! - [`assemble`]: the document from its rows. Never panics: a row that
//!   cannot be read is set aside ([`Unreadable`], its text kept for the
//!   recovery copy) and every other row loads; rows of another document are
//!   ignored.
//! - [`fingerprint`] and [`fingerprint_rows`]: the record count and content
//!   hash a migration compares before it removes anything.
//! - [`summary_from`]: what the first screen shows, from the engine's
//!   figures the saver already has ([`save_with`] takes them);
//!   [`first_screen`]: the plan and the summary read back without the
//!   ledger.
//! - [`restore`]: which daily snapshots to keep.
//! - [`unpack`] and [`Packed`]: the rows as the browser holds them, one per
//!   record or many to a row (`pack.rs`); everything above sees one per
//!   record.
//!
//! Invariants (property-tested in `tests/store.rs`):
//! - `assemble(rows(d))` is [`stored_order`]`(d)`: the same records, each
//!   kind in order of its day and, on one day, in the order they were
//!   entered, which is all the engine's figures depend on; a document in
//!   that order comes back equal.
//! - Applying `delta(a, b)` to `rows(a)` gives `rows(b)`, key by key.
//! - Adding or changing one record in place is one row, whatever the
//!   ledger's size; deleting, restoring or moving one to another day also
//!   rewrites the later records of the days it left or joined (their place
//!   is in their row), and writes or deletes its tombstone's row.
//! - From a [`Saved`] index of `rows(a)` and the touched set of the
//!   commands that made `b` from `a`, [`Saved::delta`] is the same change
//!   (property-tested in `tests/store_saved.rs`).
//!
//! The stored form is not the exchange format (docs/FORMAT.md, "The stored
//! form"): its records are the exchange format's records, and the meta row
//! says in which version, so that a later version migrates them row by row.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::engine::PlanProgress;
use crate::format::stored::{self as form, LAYOUT, RECORD_VERSION};
use crate::format::DecodeError;
use crate::plan::{Document, RecordKind, Tombstone};

mod assemble;
mod first;
mod key;
mod pack;
pub mod restore;
mod saved;

pub use crate::format::stored::{Meta, Summary};
pub use assemble::{assemble, Assembled, StoreError, Unreadable, Why};
pub use first::{
    first_screen, read_summary, summary, summary_from, summary_row, FirstKeys, FirstRows,
    NotPainted,
};
pub use key::{RowKey, RowKind, ROOT as ROW_ROOT};
pub use pack::{
    packable, unpack, Packed, Physical, Unpacked, FOLD_AT, PACK_FROM, PACK_HEADER, PACK_SIZE,
};
pub use saved::{row_hash, Saved};

/// One row: its key and the JSON text of what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// Which document, kind and record.
    pub key: RowKey,
    /// The stored text.
    pub value: String,
}

/// The rows a change writes and the rows it deletes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Delta {
    /// Rows to write (new or changed).
    pub put: Vec<Row>,
    /// Rows to delete.
    pub delete: Vec<RowKey>,
}

impl Delta {
    /// Whether the change writes nothing.
    pub fn is_empty(&self) -> bool {
        self.put.is_empty() && self.delete.is_empty()
    }
}

/// What a save is stamped with, all passed in: the core reads no clock.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveAt {
    /// The save's revision (one more than the stored one).
    pub revision: u64,
    /// When, RFC 3339.
    pub saved_at: String,
    /// Today, the day the summary's figures are as of.
    pub as_of: NaiveDate,
}

/// The id of the plan's head row.
pub const HEAD_ID: &str = "plan";
/// The prefix of a section row's id: `s:<section id>`.
pub const SECTION_PREFIX: &str = "s:";

/// A tombstone's kind as its row id names it (`activity:a-17`).
pub fn tombstone_kind_name(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Activity => "activity",
        RecordKind::Reading => "reading",
        RecordKind::Section => "section",
        RecordKind::Target => "target",
        RecordKind::Person => "person",
        RecordKind::Unit => "unit",
        RecordKind::Report => "report",
        RecordKind::Notice => "notice",
    }
}

fn tombstone_id(t: &Tombstone) -> String {
    format!("{}:{}", tombstone_kind_name(t.kind), t.id)
}

/// Each record's place among the records of its list on its day.
fn places<R>(list: &[R], day: impl Fn(&R) -> NaiveDate) -> Vec<u32> {
    let mut seen: HashMap<NaiveDate, u32> = HashMap::new();
    list.iter()
        .map(|r| {
            let n = seen.entry(day(r)).or_insert(0);
            let here = *n;
            *n += 1;
            here
        })
        .collect()
}

/// The tombstones as stored: one per kind and id (the latest deletion;
/// a document's commands never leave two), in order of kind and id.
fn stored_tombstones(list: &[Tombstone]) -> Vec<Tombstone> {
    let mut by: BTreeMap<(RecordKind, &str), &Tombstone> = BTreeMap::new();
    for t in list {
        let slot = by.entry((t.kind, t.id.as_str())).or_insert(t);
        if t.deleted_at >= slot.deleted_at {
            *slot = t;
        }
    }
    by.into_values().cloned().collect()
}

/// The document in the order the store gives it back: activities and
/// readings by day (reports by the day sent, notices by the day issued),
/// those of one day in the order the document holds them; tombstones one
/// per kind and id, by kind and id. The engine's figures are the same.
pub fn stored_order(doc: &Document) -> Document {
    let mut d = doc.clone();
    d.activities.sort_by_key(|a| a.date);
    d.readings.sort_by_key(|r| r.date);
    d.reports.sort_by_key(|r| r.sent);
    d.notices.sort_by_key(|n| n.issued);
    d.tombstones = stored_tombstones(&doc.tombstones);
    d
}

/// Every row of the plan: its head and one per section.
fn plan_rows(doc: &Document, out: &mut Vec<Row>) {
    let id = doc.plan.id.as_str();
    out.push(Row {
        key: RowKey::new(id, RowKind::PlanPart, HEAD_ID),
        value: form::encode_head(doc),
    });
    for s in &doc.plan.sections {
        out.push(Row {
            key: RowKey::new(id, RowKind::PlanPart, format!("{SECTION_PREFIX}{}", s.id)),
            value: form::encode_section(&doc.plan, s),
        });
    }
}

/// Every row of the document (not its meta and summary rows: see
/// [`save`]), in no particular order.
pub fn rows(doc: &Document) -> Vec<Row> {
    let id = doc.plan.id.as_str();
    let mut out =
        Vec::with_capacity(doc.activities.len() + doc.readings.len() + doc.tombstones.len() + 8);
    plan_rows(doc, &mut out);
    let row = |kind, rid: &str, value| Row {
        key: RowKey::new(id, kind, rid),
        value,
    };
    let n = places(&doc.activities, |a| a.date);
    for (a, n) in doc.activities.iter().zip(n) {
        out.push(row(
            RowKind::Activity,
            a.id.as_str(),
            form::encode_activity(a, n),
        ));
    }
    let n = places(&doc.readings, |r| r.date);
    for (r, n) in doc.readings.iter().zip(n) {
        out.push(row(
            RowKind::Reading,
            r.id.as_str(),
            form::encode_reading(r, n),
        ));
    }
    let n = places(&doc.reports, |r| r.sent);
    for (r, n) in doc.reports.iter().zip(n) {
        out.push(row(
            RowKind::Report,
            r.id.as_str(),
            form::encode_report(r, n),
        ));
    }
    let n = places(&doc.notices, |x| x.issued);
    for (x, n) in doc.notices.iter().zip(n) {
        out.push(row(
            RowKind::Notice,
            x.id.as_str(),
            form::encode_notice(x, n),
        ));
    }
    for t in stored_tombstones(&doc.tombstones) {
        out.push(row(
            RowKind::Tombstone,
            &tombstone_id(&t),
            form::encode_tombstone(&t),
        ));
    }
    out
}

/// The rows of one list that differ between `before` and `after`. The
/// lists are compared record by record; only the records that differ are
/// encoded. A list that only grew at its end costs one comparison per
/// record and nothing else.
#[allow(clippy::too_many_arguments)]
fn list_delta<R: PartialEq>(
    doc: &str,
    kind: RowKind,
    before: &[R],
    after: &[R],
    id: impl Fn(&R) -> &str,
    day: impl Fn(&R) -> NaiveDate,
    encode: impl Fn(&R, u32) -> String,
    out: &mut Delta,
) {
    let (nb, na) = (places(before, &day), places(after, &day));
    let same = before
        .iter()
        .zip(after)
        .zip(nb.iter().zip(&na))
        .take_while(|((b, a), (x, y))| b == a && x == y)
        .count();
    let mut rest: HashMap<&str, usize> = before[same..]
        .iter()
        .enumerate()
        .map(|(i, r)| (id(r), same + i))
        .collect();
    for (j, a) in after.iter().enumerate().skip(same) {
        let unchanged = rest
            .remove(id(a))
            .is_some_and(|i| before[i] == *a && nb[i] == na[j]);
        if !unchanged {
            out.put.push(Row {
                key: RowKey::new(doc, kind, id(a)),
                value: encode(a, na[j]),
            });
        }
    }
    let mut gone: Vec<&str> = rest.into_keys().collect();
    gone.sort_unstable();
    out.delete
        .extend(gone.into_iter().map(|g| RowKey::new(doc, kind, g)));
}

/// Only the rows that differ between two documents of one plan: what a
/// save writes (with [`save`]'s meta and summary rows). Of another plan
/// (a replace), every row of `after` is written and every row of `before`
/// is deleted.
pub fn delta(before: &Document, after: &Document) -> Delta {
    let mut out = Delta::default();
    if before.plan.id != after.plan.id {
        out.put = rows(after);
        out.delete = rows(before).into_iter().map(|r| r.key).collect();
        return out;
    }
    let doc = after.plan.id.as_str();
    // The plan: a few rows, compared as text.
    let (mut pb, mut pa) = (Vec::new(), Vec::new());
    plan_rows(before, &mut pb);
    plan_rows(after, &mut pa);
    let old: HashMap<&RowKey, &String> = pb.iter().map(|r| (&r.key, &r.value)).collect();
    let new: HashSet<&RowKey> = pa.iter().map(|r| &r.key).collect();
    for r in &pa {
        if old.get(&r.key) != Some(&&r.value) {
            out.put.push(r.clone());
        }
    }
    out.delete.extend(
        pb.iter()
            .filter(|r| !new.contains(&r.key))
            .map(|r| r.key.clone()),
    );

    list_delta(
        doc,
        RowKind::Activity,
        &before.activities,
        &after.activities,
        |a| a.id.as_str(),
        |a| a.date,
        form::encode_activity,
        &mut out,
    );
    list_delta(
        doc,
        RowKind::Reading,
        &before.readings,
        &after.readings,
        |r| r.id.as_str(),
        |r| r.date,
        form::encode_reading,
        &mut out,
    );
    list_delta(
        doc,
        RowKind::Report,
        &before.reports,
        &after.reports,
        |r| r.id.as_str(),
        |r| r.sent,
        form::encode_report,
        &mut out,
    );
    list_delta(
        doc,
        RowKind::Notice,
        &before.notices,
        &after.notices,
        |x| x.id.as_str(),
        |x| x.issued,
        form::encode_notice,
        &mut out,
    );
    // Tombstones: compared as stored (one per kind and id).
    let (tb, ta) = (
        stored_tombstones(&before.tombstones),
        stored_tombstones(&after.tombstones),
    );
    if tb != ta {
        let old: HashMap<String, &Tombstone> = tb.iter().map(|t| (tombstone_id(t), t)).collect();
        let mut keep: HashSet<String> = HashSet::new();
        for t in &ta {
            let tid = tombstone_id(t);
            if old.get(&tid) != Some(&t) {
                out.put.push(Row {
                    key: RowKey::new(doc, RowKind::Tombstone, tid.clone()),
                    value: form::encode_tombstone(t),
                });
            }
            keep.insert(tid);
        }
        for t in &tb {
            let tid = tombstone_id(t);
            if !keep.contains(&tid) {
                out.delete.push(RowKey::new(doc, RowKind::Tombstone, tid));
            }
        }
    }
    out
}

/// Records a document holds as stored: activities, readings, reports,
/// notices and tombstones (one per kind and id).
pub fn record_count(doc: &Document) -> u64 {
    (doc.activities.len()
        + doc.readings.len()
        + doc.reports.len()
        + doc.notices.len()
        + stored_tombstones(&doc.tombstones).len()) as u64
}

/// The meta row's value for `doc` saved at `at`.
pub fn meta(doc: &Document, at: &SaveAt) -> Meta {
    Meta {
        revision: at.revision,
        format: RECORD_VERSION,
        layout: LAYOUT,
        saved_at: at.saved_at.clone(),
        records: record_count(doc),
    }
}

/// The meta and summary rows of `doc` saved at `at`: written with every
/// save, in the same transaction as its records, so that the first screen
/// never shows a revision the records are not at. The summary evaluates
/// the document; [`stamp_rows_with`] takes the figures the saver has.
pub fn stamp_rows(doc: &Document, at: &SaveAt) -> [Row; 2] {
    stamp_rows_with(doc, at, None)
}

/// [`stamp_rows`] with the engine's figures of `doc`, when the caller has
/// them: used (no second evaluation) when they are as of `at.as_of` and of
/// `doc`'s targets, else the document is evaluated.
pub fn stamp_rows_with(doc: &Document, at: &SaveAt, progress: Option<&PlanProgress>) -> [Row; 2] {
    let id = doc.plan.id.as_str();
    [
        Row {
            key: RowKey::meta(id),
            value: form::encode_meta(&meta(doc, at)),
        },
        first::summary_row(doc, at.as_of, at.revision, progress),
    ]
}

/// A save's rows: the rows that differ from `before` (every row when there
/// is no `before`: the first save, a migration, an import into an empty
/// store), and the meta and summary rows. One transaction writes them all.
pub fn save(before: Option<&Document>, after: &Document, at: &SaveAt) -> Delta {
    save_with(before, after, at, None)
}

/// [`save`] with the engine's figures of `after` as of `at.as_of`
/// (`engine::evaluate(after, at.as_of)`, which the app's dashboard has
/// already made): the summary row is made from them, without evaluating
/// the document again. Figures of another day or of other targets are not
/// used (the document is evaluated then).
pub fn save_with(
    before: Option<&Document>,
    after: &Document,
    at: &SaveAt,
    progress: Option<&PlanProgress>,
) -> Delta {
    let mut out = match before {
        Some(b) => delta(b, after),
        None => Delta {
            put: rows(after),
            delete: Vec::new(),
        },
    };
    out.put.extend(stamp_rows_with(after, at, progress));
    if let Some(b) = before.filter(|b| b.plan.id != after.plan.id) {
        let id = b.plan.id.as_str();
        out.delete.push(RowKey::meta(id));
        out.delete.push(RowKey::summary(id));
    }
    out
}

/// The meta row's value.
pub fn read_meta(value: &str) -> Result<Meta, DecodeError> {
    form::decode_meta(value)
}

/// The record count and content hash of a document as stored: what a
/// migration compares between the document it read and the rows it wrote
/// (read back), before removing anything.
pub fn fingerprint(doc: &Document) -> (usize, String) {
    fingerprint_rows(rows(doc).into_iter().map(|r| (r.key.encode(), r.value)))
}

/// [`fingerprint`] of stored rows as read back (key and value text), the
/// meta and summary rows left out: equal to the fingerprint of the document
/// they were written from.
pub fn fingerprint_rows(rows: impl IntoIterator<Item = (String, String)>) -> (usize, String) {
    let mut all: Vec<(String, String)> = rows
        .into_iter()
        .filter(|(k, _)| {
            !RowKey::decode(k).is_some_and(|k| matches!(k.kind, RowKind::Meta | RowKind::Summary))
        })
        .collect();
    all.sort_unstable();
    let mut hash = Sha256::new();
    let mut records = 0;
    for (k, v) in &all {
        if RowKey::decode(k).is_some_and(|k| k.kind != RowKind::PlanPart) {
            records += 1;
        }
        hash.update((k.len() as u64).to_le_bytes());
        hash.update(k.as_bytes());
        hash.update((v.len() as u64).to_le_bytes());
        hash.update(v.as_bytes());
    }
    let hex: String = hash.finalize().iter().map(|b| format!("{b:02x}")).collect();
    (records, hex)
}
