//! The document in IndexedDB, record by record: the stored form's rows
//! (`crate::store`) written and read through [`super::idb`], the move from
//! the localStorage document, and which document this browser works on.
//!
//! Invariants:
//! - A save is one transaction of the rows that changed, with the meta
//!   row; it returns once committed, and the other tabs are told after
//!   that ([`super::idb::announce`]). [`save_changes`] finds the rows from
//!   the index of what is stored ([`crate::store::Saved`], which [`load`]
//!   returns with the document) and what the commands since the last save
//!   touched, and records them in the index only once committed; [`save`]
//!   compares two whole documents and writes the summary row too.
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

use crate::command::Touched;
use crate::plan::Document;
use crate::store::{self, Assembled, RowKey, SaveAt, Saved};

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

/// Every row of the document `doc_id` as stored (key and value text).
pub async fn read_rows(doc_id: &str) -> Result<Vec<(String, String)>, IdbError> {
    idb::read_prefix(&RowKey::doc_prefix(doc_id)).await
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
/// The index of the rows it loaded, for [`save_changes`], is
/// [`Assembled::saved`].
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

/// A save: `delta` (the rows a save of revision `rev` writes, from
/// [`Saved::save`]) in one transaction that also reads the stored meta row
/// of `guard_doc` as it was: [`Guarded::Overlapped`] when its
/// revision is not `base_rev` (no meta row counts as revision 0), that is,
/// another tab wrote in between and its rows are to be merged. Tells the
/// other tabs once committed.
/// `extra` rows (restore points) go in the same transaction; they are not
/// announced.
pub async fn save_guarded(
    guard_doc: &str,
    delta: &store::Delta,
    rev: u64,
    base_rev: u64,
    extra: (Vec<(String, String)>, Vec<String>),
    durability: Durability,
) -> Result<Guarded, IdbError> {
    let mut puts: Vec<(String, String)> = delta
        .put
        .iter()
        .map(|r| (r.key.encode(), r.value.clone()))
        .collect();
    let mut deletes: Vec<String> = delta.delete.iter().map(RowKey::encode).collect();
    let keys: Vec<String> = puts
        .iter()
        .map(|(k, _)| k.clone())
        .chain(deletes.iter().cloned())
        .collect();
    puts.extend(extra.0);
    deletes.extend(extra.1);
    let expected =
        move |stored: Option<String>| stored_revision(stored.as_deref()) == Some(base_rev);
    let out = idb::put_and_delete_guarded(
        &RowKey::meta(guard_doc).encode(),
        expected,
        puts,
        deletes,
        durability,
    )
    .await?;
    idb::announce(&Announcement { rev, keys });
    Ok(out)
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

/// Writes the change since the last committed save: the rows that bring
/// the store from what `saved` says it holds to `doc`, looking at what
/// `touched` says the commands since then changed
/// ([`crate::command::Command::touched`], merged), with the meta row at
/// `at`, in one transaction; then `saved` records them and the other tabs
/// are told. The summary row is not written here. Returns the keys written
/// or deleted.
///
/// On an error nothing was written and `saved` is unchanged: keep
/// `touched`, merge the next commands' into it and save again.
pub async fn save_changes(
    saved: &mut Saved,
    doc: &Document,
    touched: &Touched,
    at: &SaveAt,
    durability: Durability,
) -> Result<Vec<String>, IdbError> {
    let delta = saved.save(doc, touched, at);
    let puts: Vec<(String, String)> = delta
        .put
        .iter()
        .map(|r| (r.key.encode(), r.value.clone()))
        .collect();
    let deletes: Vec<String> = delta.delete.iter().map(RowKey::encode).collect();
    let keys = write(puts, deletes, at.revision, durability).await?;
    saved.commit(&delta);
    Ok(keys)
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
