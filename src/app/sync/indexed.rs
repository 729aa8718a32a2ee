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
//!   ([`docstore::save_guarded`]): IndexedDB runs such transactions one
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

use std::cell::RefCell;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::plan::Document;
use crate::store::restore::Snapshot;
use crate::store::{self, SaveAt, Saved, Unreadable};
use crate::web::docstore::{self, LoadError, Marker, MigrateError};
use crate::web::idb::{self, Durability, Guarded, IdbError};

use super::super::clock;
use super::super::state::{AppState, SaveStatus, StorePlace, ToastKind};
use super::super::storage::{self, StoreError, DOC_KEY};
use super::{points, with_saver};

/// What was found before the app mounted.
pub(crate) enum Opened {
    /// The document is kept in IndexedDB (`loaded` is `None` when nothing
    /// is stored yet: a first open).
    Rows {
        loaded: Option<Box<Loaded>>,
        /// It was moved from localStorage just now.
        migrated: bool,
        since: Option<NaiveDate>,
    },
    /// The marker names a document in IndexedDB that cannot be read now.
    Failed(IdbError),
    /// The document stays in localStorage, and why (`None`: nothing to
    /// say, e.g. a stored document that cannot be read, which the
    /// localStorage start keeps aside as it always has).
    Local(Option<LocalWhy>),
}

/// The document read from its rows.
pub(crate) struct Loaded {
    doc: Document,
    /// The index of the rows read.
    index: Saved,
    rev: u64,
    unreadable: Vec<Unreadable>,
    /// The day of the last save.
    saved_on: Option<NaiveDate>,
    /// The restore points.
    points: Vec<Snapshot>,
}

/// Why the document stays in localStorage.
pub(crate) enum LocalWhy {
    /// IndexedDB cannot be used in this context.
    Unavailable(IdbError),
    /// The move did not check out; nothing was removed.
    Migrate(MigrateError),
}

thread_local! {
    static OPENED: RefCell<Option<Opened>> = const { RefCell::new(None) };
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

/// Finds the stored document before the app mounts: from IndexedDB when
/// the marker names one there, else moved there from localStorage, else
/// (IndexedDB unusable, or the move not checked out) left in localStorage.
pub(crate) async fn open() {
    let opened = open_inner().await;
    OPENED.with(|o| *o.borrow_mut() = Some(opened));
}

async fn open_inner() -> Opened {
    if let Some(m) = docstore::marker() {
        return match docstore::load(&m.doc).await {
            Ok(Some(a)) => Opened::Rows {
                loaded: Some(Box::new(Loaded {
                    rev: a.meta.as_ref().map_or(0, |m| m.revision),
                    saved_on: a.meta.as_ref().and_then(|m| saved_day(&m.saved_at)),
                    points: points::list(&m.doc).await.unwrap_or_default(),
                    index: a.saved,
                    doc: a.doc,
                    unreadable: a.unreadable,
                })),
                migrated: false,
                since: m.since,
            },
            // The marker names rows that are not there: move the
            // localStorage document again, or start afresh.
            Ok(None) => from_local(m.since).await,
            Err(LoadError::Idb(e)) => Opened::Failed(e),
            Err(LoadError::Rows(e)) => Opened::Failed(IdbError::Opening(e.to_string())),
        };
    }
    if let Err(e) = idb::open().await {
        return Opened::Local(Some(LocalWhy::Unavailable(e)));
    }
    // Rows without a marker (localStorage cleared): name them again.
    if let Ok(Some(doc)) = docstore::any_document().await {
        let m = Marker {
            doc: doc.clone(),
            since: None,
        };
        if docstore::set_marker(&m).is_ok() {
            return Box::pin(open_inner()).await;
        }
    }
    from_local(None).await
}

/// Moves the localStorage document into IndexedDB, or starts afresh there
/// when there is none.
async fn from_local(since: Option<NaiveDate>) -> Opened {
    let raw = match storage::read(DOC_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Opened::Rows {
                loaded: None,
                migrated: false,
                since,
            }
        }
        // localStorage itself refuses: the localStorage start says so.
        Err(_) => return Opened::Local(None),
    };
    let Ok(decoded) = crate::format::decode_file_unexplained(&raw) else {
        return Opened::Local(None);
    };
    let doc = decoded.document;
    let at = save_at(storage::read_meta().rev + 1);
    match docstore::migrate(&doc, &at).await {
        Ok(m) => Opened::Rows {
            loaded: Some(Box::new(Loaded {
                index: Saved::of(&doc),
                doc: store::stored_order(&doc),
                rev: at.revision,
                unreadable: Vec::new(),
                saved_on: Some(at.as_of),
                points: Vec::new(),
            })),
            migrated: true,
            since: m.since,
        },
        Err(MigrateError::Idb(e)) if matches!(e, IdbError::Unavailable(_)) => {
            Opened::Local(Some(LocalWhy::Unavailable(e)))
        }
        Err(e) => Opened::Local(Some(LocalWhy::Migrate(e))),
    }
}

/// The local day of an RFC 3339 stamp.
fn saved_day(stamp: &str) -> Option<NaiveDate> {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .ok()
        .map(|t| t.date_naive())
}

fn save_at(revision: u64) -> SaveAt {
    let now = clock::now();
    SaveAt {
        revision,
        saved_at: now.to_rfc3339(),
        as_of: now.date_naive(),
    }
}

/// Takes what [`open`] found into the app; `false` when the document
/// stays in localStorage (the caller loads it from there).
pub(crate) fn start(app: AppState) -> bool {
    let Some(opened) = OPENED.with(|o| o.borrow_mut().take()) else {
        return false;
    };
    match opened {
        Opened::Local(why) => {
            if let Some(why) = why {
                let text = move |l| match &why {
                    LocalWhy::Unavailable(e) => {
                        format!("{}（{e}）", crate::i18n::store::msgs(l).unavailable)
                    }
                    LocalWhy::Migrate(e) => {
                        format!("{}（{e}）", crate::i18n::store::msgs(l).migration_failed)
                    }
                };
                let zh = text(crate::i18n::Lang::Zh);
                let en = text(crate::i18n::Lang::En);
                app.store_place.set(StorePlace::Local {
                    zh: zh.clone(),
                    en: en.clone(),
                });
                app.notify(
                    move |l| match l {
                        crate::i18n::Lang::Zh => zh.clone(),
                        crate::i18n::Lang::En => en.clone(),
                    },
                    ToastKind::Warning,
                );
            }
            false
        }
        Opened::Failed(why) => {
            with_saver(|s| s.blocked = true);
            with_rows(|s| s.active = true);
            app.first_open.set(false);
            let why = match why {
                IdbError::Superseded => IdbError::Superseded,
                other => IdbError::Opening(other.to_string()),
            };
            app.save_status
                .set(SaveStatus::Failed(StoreError::Indexed(why)));
            true
        }
        Opened::Rows {
            loaded,
            migrated,
            since,
        } => {
            let marker = docstore::marker();
            with_rows(|s| {
                s.active = true;
                s.marker = marker;
            });
            app.store_place.set(StorePlace::Rows { since, migrated });
            match loaded {
                None => {
                    let today = clock::today();
                    use chrono::Datelike;
                    app.doc.set(crate::seed::default_document(today.year(), ""));
                    app.first_open.set(true);
                    with_saver(|s| s.base_rev = 0);
                }
                Some(l) => {
                    let l = *l;
                    with_saver(|s| s.base_rev = l.rev);
                    points::show(app, l.points.clone());
                    // The first start of a day keeps the day before as a
                    // restore point: the document as loaded is as saved.
                    let taken = l.saved_on.and_then(|_| {
                        let doc_id = l.doc.plan.id.as_str().to_string();
                        points::at_save(
                            &doc_id,
                            clock::today(),
                            l.saved_on,
                            Some(&l.doc),
                            &l.points,
                        )
                    });
                    with_rows(|s| {
                        s.index = l.index;
                        s.saved_on = l.saved_on;
                        s.points = l.points;
                    });
                    if let Some(t) = taken {
                        keep_points(app, t);
                    }
                    app.doc.set(l.doc);
                    if !l.unreadable.is_empty() {
                        super::set_aside_rows(app, l.unreadable);
                    }
                }
            }
            if migrated {
                let day = since.map(crate::present::iso_date).unwrap_or_default();
                app.notify(
                    move |l| (crate::i18n::store::msgs(l).migrated)(&day),
                    ToastKind::Info,
                );
            }
            listen(app);
            summary_soon(app);
            true
        }
    }
}

/// Saves what is pending: at once, in this task (the write's first steps
/// run before the browser gets control back).
pub(crate) fn flush(app: AppState) {
    let busy = with_rows(|s| {
        if s.in_flight {
            s.again = true;
        }
        s.in_flight
    });
    if busy {
        return;
    }
    let (pending, blocked, base_rev) = with_saver(|s| (s.pending, s.blocked, s.base_rev));
    if !pending || blocked || idb::superseded() {
        if idb::superseded() {
            app.save_status.set(SaveStatus::Failed(StoreError::Indexed(
                IdbError::Superseded,
            )));
        }
        return;
    }
    if app.doc.try_with_untracked(|_| ()).is_none() {
        return;
    }
    let touched = app.take_touched();
    let at = save_at(base_rev + 1);
    // The rows to write, worked out now, in the task of the change.
    let (delta, guard_doc, plan_id, due) = with_rows(|s| {
        s.in_flight = true;
        s.again = false;
        app.doc.with_untracked(|d| {
            let mut delta = s.index.save(d, &touched, &at);
            // A ledger of modest size carries its summary row in the save
            // itself (the dashboard's own figures, a millisecond or two);
            // a large one writes it once saves pause (`summary_soon`).
            if store::record_count(d) <= SUMMARY_IN_SAVE {
                let row = app
                    .progress
                    .try_with_untracked(|p| store::summary_row(d, at.as_of, at.revision, Some(p)))
                    .unwrap_or_else(|| store::summary_row(d, at.as_of, at.revision, None));
                delta.put.push(row);
            }
            let plan_id = d.plan.id.as_str().to_string();
            let guard = s
                .index
                .doc()
                .map(str::to_string)
                .unwrap_or_else(|| plan_id.clone());
            let due = s.skipped_on != Some(at.as_of)
                && store::restore::plan(at.as_of, s.saved_on, &s.points)
                    .take
                    .is_some();
            (delta, guard, plan_id, due)
        })
    });
    // The pending flag is cleared now: a change made while this save is in
    // flight sets it again (and `again`).
    with_saver(|s| s.pending = false);
    leptos::task::spawn_local(async move {
        // The first save of a day keeps the stored document as it stood
        // (the day before's last state) as a restore point, in the same
        // transaction: read back once a day.
        let stored = if due {
            docstore::load(&guard_doc)
                .await
                .ok()
                .flatten()
                .map(|a| a.doc)
        } else {
            None
        };
        let taken = with_rows(|s| {
            points::at_save(&guard_doc, at.as_of, s.saved_on, stored.as_ref(), &s.points)
        });
        let extra = taken
            .as_ref()
            .map(|t| (t.puts.clone(), t.deletes.clone()))
            .unwrap_or_default();
        let out = docstore::save_guarded(
            &guard_doc,
            &delta,
            at.revision,
            base_rev,
            extra,
            Durability::Relaxed,
        )
        .await;
        match out {
            Ok(written) => {
                with_saver(|s| s.base_rev = s.base_rev.max(at.revision));
                with_rows(|s| {
                    s.index.commit(&delta);
                    s.saved_on = Some(at.as_of);
                });
                if let Some(t) = taken {
                    points::tell_dropped(app, &t.dropped);
                    with_rows(|s| s.points = t.list.clone());
                    points::show(app, t.list);
                }
                keep_marker(&plan_id, at.as_of);
                if !with_saver(|s| s.pending) {
                    app.save_status.set(SaveStatus::Saved);
                }
                note_records(app);
                summary_soon(app);
                // Another tab wrote in between: its rows are stored beside
                // ours; take them into this tab, and save what it lacks.
                if written == Guarded::Overlapped {
                    merge_stored(app).await;
                }
            }
            // The restore point did not fit: save without it, and say so.
            Err(IdbError::Quota) if taken.as_ref().is_some_and(|t| t.took.is_some()) => {
                with_saver(|s| s.pending = true);
                app.touch(touched);
                with_rows(|s| s.skipped_on = Some(at.as_of));
                if let Some(day) = taken.and_then(|t| t.took) {
                    points::tell_skipped(app, day);
                }
            }
            Err(e) => {
                with_saver(|s| s.pending = true);
                app.touch(touched);
                app.save_status
                    .set(SaveStatus::Failed(StoreError::Indexed(e)));
                with_rows(|s| {
                    s.in_flight = false;
                    s.again = false;
                });
                return;
            }
        }
        let (again, catch_up) = with_rows(|s| {
            s.in_flight = false;
            let r = (s.again, s.catch_up);
            s.again = false;
            s.catch_up = false;
            r
        });
        if catch_up {
            merge_stored(app).await;
        }
        if again || with_saver(|s| s.pending) {
            flush(app);
        }
    });
}

/// Writes a day's restore point taken at start, and lists it.
fn keep_points(app: AppState, t: points::Taken) {
    leptos::task::spawn_local(async move {
        match idb::put_and_delete(&t.puts, &t.deletes, Durability::Strict).await {
            Ok(()) => {
                points::tell_dropped(app, &t.dropped);
                with_rows(|s| s.points = t.list.clone());
                points::show(app, t.list);
            }
            Err(_) => {
                if let Some(day) = t.took {
                    with_rows(|s| s.skipped_on = Some(clock::today()));
                    points::tell_skipped(app, day);
                }
            }
        }
    });
}

/// Records up to which a save writes the summary row with it.
const SUMMARY_IN_SAVE: u64 = 20_000;

thread_local! {
    static SUMMARY_TIMER: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
}

/// Writes the summary row (what the next first screen paints) once saves
/// have paused for a moment, from the dashboard's own figures when they are
/// today's: a save itself writes only its records and the meta row.
pub(crate) fn summary_soon(app: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(t) = SUMMARY_TIMER.with(|c| c.take()) {
        window.clear_timeout_with_handle(t);
    }
    let run = wasm_bindgen::closure::Closure::once_into_js(move || {
        SUMMARY_TIMER.with(|c| c.set(None));
        write_summary(app);
    });
    if let Ok(id) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        wasm_bindgen::JsCast::unchecked_ref(&run),
        1500,
    ) {
        SUMMARY_TIMER.with(|c| c.set(Some(id)));
    }
}

/// Writes the summary row now, if nothing is being saved.
pub(crate) fn write_summary(app: AppState) {
    // Nothing is stored yet (a first open): a summary alone would be rows
    // of a document without its plan.
    if with_rows(|s| s.in_flight || !s.active || s.index.is_empty())
        || with_saver(|s| s.pending || s.base_rev == 0)
    {
        return;
    }
    let rev = with_saver(|s| s.base_rev);
    let today = clock::today();
    let Some(row) = app.doc.try_with_untracked(|d| {
        app.progress
            .try_with_untracked(|p| store::summary_row(d, today, rev, Some(p)))
            .unwrap_or_else(|| store::summary_row(d, today, rev, None))
    }) else {
        return;
    };
    leptos::task::spawn_local(async move {
        // A summary that cannot be written only means the next first
        // screen is painted by the app: nothing of the document is at stake.
        let _ =
            idb::put_and_delete(&[(row.key.encode(), row.value)], &[], Durability::Relaxed).await;
    });
}

/// Records the day records began here (for the export reminder).
fn note_records(app: AppState) {
    let has_records = app
        .doc
        .try_with_untracked(|d| !d.activities.is_empty() || !d.readings.is_empty())
        .unwrap_or(false);
    if has_records && app.settings.with_untracked(|s| s.since.is_none()) {
        app.settings.update(|s| s.since = Some(clock::today()));
    }
}

/// Names the saved document in the marker when it is another than the one
/// named (the first save, or a replace by another plan's document).
fn keep_marker(plan_id: &str, today: NaiveDate) {
    let named = with_rows(|s| s.marker.as_ref().map(|m| m.doc == plan_id));
    if named == Some(true) {
        return;
    }
    let m = Marker {
        doc: plan_id.to_string(),
        since: with_rows(|s| s.marker.as_ref().and_then(|m| m.since)).or(Some(today)),
    };
    if docstore::set_marker(&m).is_ok() {
        with_rows(|s| s.marker = Some(m));
    }
}

/// Reads the stored rows and merges them into this tab's document by
/// record; what this tab holds beyond them is saved next.
async fn merge_stored(app: AppState) {
    let Some(id) = with_rows(|s| s.marker.as_ref().map(|m| m.doc.clone())).or_else(|| {
        app.doc
            .try_with_untracked(|d| d.plan.id.as_str().to_string())
    }) else {
        return;
    };
    let loaded = match docstore::load(&id).await {
        Ok(Some(a)) => a,
        Ok(None) => return,
        Err(e) => {
            let e = match e {
                LoadError::Idb(e) => e,
                LoadError::Rows(e) => IdbError::Other(e.to_string()),
            };
            app.save_status
                .set(SaveStatus::Failed(StoreError::Indexed(e)));
            return;
        }
    };
    let rev = loaded.meta.as_ref().map_or(0, |m| m.revision);
    let theirs = loaded.doc;
    with_saver(|s| s.base_rev = s.base_rev.max(rev));
    with_rows(|s| s.index = loaded.saved);
    if app.doc.try_with_untracked(|_| ()).is_none() {
        return;
    }
    super::tabs::take_other_tab(app, theirs);
}

/// Listens for other tabs' saves.
fn listen(app: AppState) {
    let stop = idb::listen(move |a| {
        if a.rev <= with_saver(|s| s.base_rev) {
            return;
        }
        let busy = with_rows(|s| {
            if s.in_flight {
                s.catch_up = true;
            }
            s.in_flight
        });
        if !busy {
            leptos::task::spawn_local(async move {
                with_rows(|s| s.in_flight = true);
                merge_stored(app).await;
                let again = with_rows(|s| {
                    s.in_flight = false;
                    std::mem::take(&mut s.again)
                });
                if again || with_saver(|s| s.pending) {
                    flush(app);
                }
            });
        }
    });
    if let Some(stop) = stop {
        with_rows(|s| s.stop = Some(Box::new(stop)));
    }
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
