//! The document in IndexedDB, record by record: the stored form's rows
//! (`crate::store`) written and read through [`super::idb`], the move from
//! the localStorage document, and which document this browser works on.
//!
//! Invariants:
//! - A save is one transaction of the rows that changed, with the meta and
//!   summary rows ([`crate::store::save`]); it returns once committed, and
//!   the other tabs are told after that ([`super::idb::announce`]).
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
use crate::store::{self, Assembled, RowKey, SaveAt};

use super::idb::{self, Announcement, Durability, IdbError};
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

/// Every row of the document `doc_id` as stored (key and value text).
pub async fn read_rows(doc_id: &str) -> Result<Vec<(String, String)>, IdbError> {
    idb::read_prefix(&RowKey::doc_prefix(doc_id)).await
}

/// The document `doc_id` from IndexedDB; `Ok(None)` when it has no rows.
pub async fn load(doc_id: &str) -> Result<Option<Assembled>, LoadError> {
    let rows = read_rows(doc_id).await?;
    if rows.is_empty() {
        return Ok(None);
    }
    Ok(Some(
        store::assemble(doc_id, rows).map_err(LoadError::Rows)?,
    ))
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
    let puts: Vec<(String, String)> = delta
        .put
        .into_iter()
        .map(|r| (r.key.encode(), r.value))
        .collect();
    let deletes: Vec<String> = delta.delete.iter().map(RowKey::encode).collect();
    write(puts, deletes, at.revision, durability).await
}

/// One transaction of `puts` and `deletes`, then the other tabs are told.
async fn write(
    puts: Vec<(String, String)>,
    deletes: Vec<String>,
    rev: u64,
    durability: Durability,
) -> Result<Vec<String>, IdbError> {
    idb::put_and_delete(&puts, &deletes, durability).await?;
    let keys: Vec<String> = puts.into_iter().map(|(k, _)| k).chain(deletes).collect();
    idb::announce(&Announcement {
        rev,
        keys: keys.clone(),
    });
    Ok(keys)
}

/// Moves `doc` (read from localStorage) into IndexedDB: every row in one
/// strict transaction, read back and compared by record count and content
/// hash, then the marker. The localStorage keys stay as they are.
pub async fn migrate(doc: &Document, at: &SaveAt) -> Result<Marker, MigrateError> {
    let id = doc.plan.id.as_str().to_string();
    // Rows of this document left by an earlier move that did not switch
    // (the user went on in localStorage since) go in the same transaction.
    let puts: Vec<(String, String)> = store::save(None, doc, at)
        .put
        .into_iter()
        .map(|r| (r.key.encode(), r.value))
        .collect();
    let new_keys: std::collections::HashSet<&str> = puts.iter().map(|(k, _)| k.as_str()).collect();
    let stale: Vec<String> = read_rows(&id)
        .await?
        .into_iter()
        .map(|(k, _)| k)
        .filter(|k| !new_keys.contains(k.as_str()))
        .collect();
    write(puts, stale, at.revision, Durability::Strict).await?;
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
