//! The document kept in IndexedDB, record by record (src/web/docstore.rs):
//! opened before the app mounts, moved there once from localStorage, saved
//! change by change, and kept in step with other tabs.
//!
//! Invariants:
//! - The app mounts only once the stored document is read ([`open`] runs
//!   before `mount`), so nothing typed can be overwritten by a late load.
//! - A save writes the rows that differ from the rows as this tab last
//!   read or wrote them, with the meta and summary rows, in one
//!   transaction that first checks the stored revision
//!   ([`docstore::start_save`]): IndexedDB runs such transactions one
//!   after another, so two tabs never interleave, and the write starts in
//!   the task of the change itself (no lock to wait for). One save is in
//!   flight at a time; a change made meanwhile is saved right after.
//! - 已保存 is shown only once the transaction has committed. A save that
//!   finds another tab's newer revision writes nothing, reads the stored
//!   rows, merges them into this tab's document by record and saves again.
//! - Another tab's committed save is announced on the BroadcastChannel;
//!   this tab reads the rows and merges them the same way.
//! - Where IndexedDB cannot be used, or the move from localStorage does
//!   not check out, the app keeps to localStorage (sync.rs) and says so;
//!   the localStorage keys are never removed here.
//!
//! Its parts: `open.rs` (finding the document and taking it into the
//! app), `save.rs` (a save, and other tabs' saves taken in), `summary.rs`
//! (the summary row the next first screen paints from).

use std::cell::RefCell;

use chrono::NaiveDate;

use crate::store::restore::Snapshot;
use crate::store::Saved;
use crate::web::docstore::{self, Marker};
use crate::web::idb::IdbError;

use super::super::state::AppState;
use super::points;

mod open;
mod save;
mod summary;

pub(crate) use open::{open, start};
pub(crate) use save::flush;
pub(crate) use summary::write_summary;

thread_local! {
    static ROWS: RefCell<RowsSaver> = RefCell::new(RowsSaver::default());
}

/// The IndexedDB saver's bookkeeping.
#[derive(Default)]
struct RowsSaver {
    /// The document is kept in IndexedDB.
    active: bool,
    /// What the stored rows hold, as hashes (empty: no rows yet).
    index: Saved,
    /// A save is in flight.
    in_flight: bool,
    /// A change came while a save was in flight.
    again: bool,
    /// Another tab announced a save while one of ours was in flight.
    catch_up: bool,
    /// The marker as last written or read.
    marker: Option<Marker>,
    /// Stops listening to other tabs.
    stop: Option<Box<dyn FnOnce()>>,
    /// The day of the last save.
    saved_on: Option<NaiveDate>,
    /// The restore points, as the index row lists them.
    points: Vec<Snapshot>,
    /// Today's restore point did not fit: not tried again today.
    skipped_on: Option<NaiveDate>,
}

fn with_rows<R>(f: impl FnOnce(&mut RowsSaver) -> R) -> R {
    ROWS.with(|s| f(&mut s.borrow_mut()))
}

/// Whether the document is kept in IndexedDB (else localStorage).
pub(crate) fn active() -> bool {
    with_rows(|s| s.active)
}

/// The save warning's words for a refusal of IndexedDB.
pub(crate) fn failure_text(e: &IdbError, lang: crate::i18n::Lang) -> String {
    let m = crate::i18n::store::msgs(lang);
    match e {
        IdbError::Quota => (m.quota)(m.latest_change),
        IdbError::Aborted(_) => (m.aborted)(m.latest_change),
        IdbError::Superseded => m.superseded.to_string(),
        IdbError::Unavailable(_) => m.unavailable.to_string(),
        IdbError::Opening(why) => (m.open_failed)(why),
        IdbError::Other(why) => (m.failed_other)(why),
    }
}

/// localStorage was cleared in another tab: names the document kept in
/// IndexedDB again, so the next start finds it.
pub(crate) fn name_again() {
    if let Some(m) = with_rows(|s| s.marker.clone()) {
        let _ = docstore::set_marker(&m);
    }
}

/// The document's id in IndexedDB, once it is kept there.
pub(crate) fn doc_id() -> Option<String> {
    with_rows(|s| s.marker.as_ref().map(|m| m.doc.clone()))
}

/// The restore points as listed.
pub(crate) fn restore_points() -> Vec<Snapshot> {
    with_rows(|s| s.points.clone())
}

/// Sets the restore points after one was deleted.
pub(crate) fn set_points(app: AppState, list: Vec<Snapshot>) {
    with_rows(|s| s.points = list.clone());
    points::show(app, list);
}

/// Stops listening and forgets the saver's state when the app goes.
pub(crate) fn reset() {
    let stop = with_rows(|s| std::mem::take(s).stop);
    if let Some(stop) = stop {
        stop();
    }
}
