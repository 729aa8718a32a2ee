//! The document in IndexedDB, record by record: the stored form's rows
//! (`crate::store`) written and read through [`super::idb`], the move from
//! the localStorage document, and which document this browser works on.
//!
//! Invariants:
//! - A save is one transaction of the rows that changed, with the meta
//!   row; it returns once committed, and the other tabs are told after
//!   that ([`super::idb::announce`]). The caller finds the rows from the
//!   index of what is stored ([`crate::store::Saved`], which [`load`]
//!   returns with the document) and records them there only once
//!   committed; [`save`] compares two whole documents and writes the
//!   summary row too.
//! - The rows are written in the shapes `crate::store::pack` says: a
//!   save of a few records as single rows, a large one as packs of many;
//!   [`load`] reads either and folds many single rows into packs. This
//!   module keeps the shapes as last loaded or written; nothing above it
//!   sees them.
//! - The move from localStorage ([`migrate`]) writes every row in one
//!   strict transaction, reads them back and compares the record count and
//!   content hash with the document read from localStorage before anything
//!   switches to IndexedDB ([`MARKER_KEY`] is written last). The old keys
//!   are kept as a backup: nothing here removes them.
//! - A document whose rows cannot all be read still loads its other
//!   records; the rows set aside come back with their text
//!   ([`crate::store::Unreadable`]) for the recovery copy.
//!
//! Which document is current is kept in localStorage ([`MARKER_KEY`]), a
//! few dozen bytes read at once by the first module and the app.

use chrono::NaiveDate;
use serde_json::{json, Value};

use crate::plan::Document;
use std::cell::RefCell;

use crate::store::{self, Assembled, Packed, Physical, RowKey, SaveAt};

use super::idb::{self, Announcement, Durability, Guarded, IdbError};
use super::storage;

/// localStorage key naming the document kept in IndexedDB, and when it was
/// moved there: `{"doc": "<plan id>", "since": "2026-12-07"}`. Absent while
/// the document is still in localStorage (`luoshi.doc.v1`).
pub const MARKER_KEY: &str = "luoshi.store.v1";

/// The document kept in IndexedDB, as the marker names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    /// Its plan's id: the rows' document.
    pub doc: String,
    /// The day the document moved from localStorage (or was first saved
    /// in IndexedDB).
    pub since: Option<NaiveDate>,
}

/// The marker, if the document lives in IndexedDB.
pub fn marker() -> Option<Marker> {
    let raw = storage::read(MARKER_KEY).ok()??;
    let v: Value = serde_json::from_str(&raw).ok()?;
    Some(Marker {
        doc: v.get("doc")?.as_str()?.to_string(),
        since: v
            .get("since")
            .and_then(Value::as_str)
            .and_then(crate::format::parse_iso_date),
    })
}

/// Names `m` as the document kept in IndexedDB.
pub fn set_marker(m: &Marker) -> Result<(), storage::StoreError> {
    let v = json!({
        "doc": m.doc,
        "since": m.since.map(crate::present::iso_date),
    });
    storage::write_verified(MARKER_KEY, &v.to_string())
}

/// Why the move from localStorage did not switch.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MigrateError {
    /// IndexedDB refused (unavailable, full, aborted, a newer build).
    #[error(transparent)]
    Idb(#[from] IdbError),
    /// The rows read back are not the document written: counts and hashes.
    #[error("the rows read back hold {read} records (hash {read_hash}), the document {wrote} ({wrote_hash})")]
    Mismatch {
        /// Records in the document read from localStorage.
        wrote: usize,
        /// Its content hash.
        wrote_hash: String,
        /// Records in the rows read back.
        read: usize,
        /// Their content hash.
        read_hash: String,
    },
    /// The marker could not be written: the app stays on localStorage.
    #[error("the marker could not be written: {0}")]
    Marker(storage::StoreError),
}

/// The rows of the document `doc_id` as the browser holds them: single
/// rows and packs (`crate::store::unpack` reads them).
async fn read_stored(doc_id: &str) -> Result<Vec<(String, String)>, IdbError> {
    idb::read_prefix(&RowKey::doc_prefix(doc_id)).await
}

/// Every row of the document `doc_id` as stored (key and value text), one
/// per record whatever shape it is kept in.
pub async fn read_rows(doc_id: &str) -> Result<Vec<(String, String)>, IdbError> {
    Ok(store::unpack(doc_id, read_stored(doc_id).await?).rows)
}

/// The document of the first rows stored, if any (to name it again when
/// the marker is gone: localStorage cleared while IndexedDB was kept).
pub async fn any_document() -> Result<Option<String>, IdbError> {
    Ok(idb::first_key(store::ROW_ROOT)
        .await?
        .and_then(|k| RowKey::decode(&k))
        .map(|k| k.doc))
}

/// The document `doc_id` from IndexedDB; `Ok(None)` when it has no rows.
/// The index of the rows it loaded is [`Assembled::saved`]; the shapes
/// they are kept in are this module's, for the next save. Single rows
/// grown many are folded into packs first, in a transaction that is
/// rolled back if another tab saved since they were read.
pub async fn load(doc_id: &str) -> Result<Option<Assembled>, LoadError> {
    let stored = read_stored(doc_id).await?;
    if stored.is_empty() {
        return Ok(None);
    }
    let unpacked = store::unpack(doc_id, stored);
    let mut packed = unpacked.packed;
    if packed.wants_tidy() {
        let meta_key = RowKey::meta(doc_id).encode();
        let rev = unpacked
            .rows
            .iter()
            .find(|(k, _)| *k == meta_key)
            .and_then(|(_, v)| stored_revision(Some(v)));
        if let Some(p) = rev.and_then(|rev| packed.tidy(&unpacked.rows, rev, &nonce())) {
            let unchanged = move |row: Option<String>| stored_revision(row.as_deref()) == rev;
            // A fold not made (another tab saved meanwhile, or the
            // browser refused) changes nothing: the next load tries again.
            if let Ok(true) = idb::put_and_delete_if(
                &meta_key,
                unchanged,
                &p.delete_prefixes,
                &p.puts,
                &p.deletes,
                Durability::Strict,
            )
            .await
            {
                packed = p.after;
            }
        }
    }
    let mut assembled = store::assemble(doc_id, unpacked.rows).map_err(LoadError::Rows)?;
    if !unpacked.unreadable.is_empty() {
        assembled.unreadable.extend(unpacked.unreadable);
        assembled.unreadable.sort_by(|a, b| a.key.cmp(&b.key));
    }
    PACKED.with(|p| *p.borrow_mut() = packed);
    Ok(Some(assembled))
}

thread_local! {
    /// The shapes the stored rows are kept in, as last loaded or written.
    static PACKED: RefCell<Packed> = RefCell::new(Packed::default());
}

/// Tells this writer's packs from another tab's of the same revision.
fn nonce() -> String {
    format!(
        "{:08x}",
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    )
}

/// The rows the browser writes for `delta` at revision `rev`, as the
/// shapes stand; [`committed`] takes their shapes once written.
fn physical(delta: &store::Delta, rev: u64) -> Physical {
    PACKED.with(|p| p.borrow().write(delta, rev, &nonce()))
}

fn committed(after: Packed) {
    PACKED.with(|p| *p.borrow_mut() = after);
}

/// The keys of a delta's rows, for the other tabs.
fn keys_of(delta: &store::Delta) -> Vec<String> {
    delta
        .put
        .iter()
        .map(|r| r.key.encode())
        .chain(delta.delete.iter().map(RowKey::encode))
        .collect()
}

/// What the first screen is painted from when the document `doc_id` is
/// kept here, read without the ledger: its plan's rows, meta row and
/// summary row, in one transaction. `Ok(Err(why))` when the rows give no
/// first screen for `today` (the summary is of another day or revision,
/// the plan is incomplete, nothing is stored, …): the app paints it.
pub async fn read_first_screen(
    doc_id: &str,
    today: NaiveDate,
) -> Result<Result<store::FirstRows, store::NotPainted>, IdbError> {
    let keys = store::FirstKeys::of(doc_id);
    let (one, plan) = idb::read_together(
        &[keys.meta.as_str(), keys.summary.as_str()],
        &keys.plan_prefix,
    )
    .await?;
    let (meta, summary) = match one.as_slice() {
        [meta, summary] => (meta.as_deref(), summary.as_deref()),
        _ => (None, None),
    };
    Ok(store::first_screen(doc_id, meta, summary, &plan, today))
}

/// Why the stored document could not be loaded at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// IndexedDB refused.
    #[error(transparent)]
    Idb(#[from] IdbError),
    /// The rows do not make a document (no plan, a newer layout, …).
    #[error(transparent)]
    Rows(store::StoreError),
}

/// Writes a save: the rows that differ between `before` (the document as
/// last saved; `None` for the first save) and `after`, with the meta and
/// summary rows at `at`, in one transaction; then tells the other tabs.
/// Returns the keys written or deleted.
pub async fn save(
    before: Option<&Document>,
    after: &Document,
    at: &SaveAt,
    durability: Durability,
) -> Result<Vec<String>, IdbError> {
    let delta = store::save(before, after, at);
    let p = physical(&delta, at.revision);
    idb::put_and_delete(&p.puts, &p.deletes, durability).await?;
    committed(p.after);
    let keys = keys_of(&delta);
    idb::announce(&Announcement {
        rev: at.revision,
        keys: keys.clone(),
    });
    Ok(keys)
}

/// A save: `delta` (the rows a save of revision `rev` writes, from
/// [`store::Saved::save`]) in one transaction that also reads the stored
/// meta row of `guard_doc` as it was: [`Guarded::Overlapped`] when its
/// revision is not `base_rev` (no meta row counts as revision 0), that is,
/// another tab wrote in between and its rows are to be merged. `extra` rows
/// (restore points) go in the same transaction; they are not announced.
/// Its requests are queued in the caller's task when this tab's connection
/// is open: the write is under way before the page renders the change.
/// [`SaveStarted::finish`] waits for the commit and tells the other tabs.
pub fn start_save(
    guard_doc: &str,
    delta: &store::Delta,
    rev: u64,
    base_rev: u64,
    extra: (Vec<(String, String)>, Vec<String>),
    durability: Durability,
) -> SaveStarted {
    let p = physical(delta, rev);
    let (mut puts, mut deletes) = (p.puts, p.deletes);
    puts.extend(extra.0);
    deletes.extend(extra.1);
    let guard = RowKey::meta(guard_doc).encode();
    let begun = idb::begin(&guard, &puts, &deletes, durability);
    SaveStarted {
        begun,
        puts,
        deletes,
        guard,
        after: p.after,
        keys: keys_of(delta),
        rev,
        base_rev,
        durability,
    }
}

/// A save under way ([`start_save`]).
pub struct SaveStarted {
    begun: Option<Result<idb::Begun, IdbError>>,
    puts: Vec<(String, String)>,
    deletes: Vec<String>,
    guard: String,
    after: Packed,
    keys: Vec<String>,
    rev: u64,
    base_rev: u64,
    durability: Durability,
}

impl SaveStarted {
    /// Waits until the save has committed (queuing it first if the
    /// connection was not open), then tells the other tabs.
    pub async fn finish(self) -> Result<Guarded, IdbError> {
        let base_rev = self.base_rev;
        let expected =
            move |stored: Option<String>| stored_revision(stored.as_deref()) == Some(base_rev);
        let out = match self.begun {
            Some(begun) => begun?.finish(expected).await?,
            None => {
                idb::put_and_delete_guarded(
                    &self.guard,
                    expected,
                    self.puts,
                    self.deletes,
                    self.durability,
                )
                .await?
            }
        };
        committed(self.after);
        idb::announce(&Announcement {
            rev: self.rev,
            keys: self.keys,
        });
        Ok(out)
    }
}

/// The revision a stored meta row holds (0 when there is none); `None`
/// when the row cannot be read.
pub fn stored_revision(meta_row: Option<&str>) -> Option<u64> {
    match meta_row {
        None => Some(0),
        Some(text) => store::read_meta(text).ok().map(|m| m.revision),
    }
}

/// The stored revision of `doc_id`'s rows (0 when it has none).
pub async fn revision(doc_id: &str) -> Result<Option<u64>, IdbError> {
    let row = idb::read_one(&RowKey::meta(doc_id).encode()).await?;
    Ok(stored_revision(row.as_deref()))
}

/// Moves `doc` (read from localStorage) into IndexedDB: every row in one
/// strict transaction, read back and compared by record count and content
/// hash, then the marker. The localStorage keys stay as they are.
pub async fn migrate(doc: &Document, at: &SaveAt) -> Result<Marker, MigrateError> {
    let id = doc.plan.id.as_str().to_string();
    let delta = store::save(None, doc, at);
    let p = Packed::new(&id).write(&delta, at.revision, &nonce());
    // Rows of this document left by an earlier move that did not switch
    // (the user went on in localStorage since) go in the same transaction.
    let new_keys: std::collections::HashSet<&str> =
        p.puts.iter().map(|(k, _)| k.as_str()).collect();
    let stale: Vec<String> = read_stored(&id)
        .await?
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| !new_keys.contains(k.as_str()))
        .collect();
    let mut deletes = p.deletes.clone();
    deletes.extend(stale);
    idb::put_and_delete(&p.puts, &deletes, Durability::Strict).await?;
    committed(p.after);
    idb::announce(&Announcement {
        rev: at.revision,
        keys: keys_of(&delta),
    });
    let (wrote, wrote_hash) = store::fingerprint(doc);
    let (read, read_hash) = store::fingerprint_rows(read_rows(&id).await?);
    if (wrote, &wrote_hash) != (read, &read_hash) {
        return Err(MigrateError::Mismatch {
            wrote,
            wrote_hash,
            read,
            read_hash,
        });
    }
    let m = Marker {
        doc: id,
        since: Some(at.as_of),
    };
    set_marker(&m).map_err(MigrateError::Marker)?;
    Ok(m)
}
