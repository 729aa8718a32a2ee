//! When the document is saved, and what happens around a save: loading at
//! start, saving each committed change at once, flushing when the page is
//! hidden, other tabs' saves, conflicts and failures.
//!
//! Invariants:
//! - A committed change (every [`crate::command::Command`] dispatched or
//!   undone) is saved at once: [`commit`] runs from `dispatch` itself, so
//!   closing the window right after a change does not lose it. Drafts being
//!   typed (the plan editor's) live in memory and are not saved until
//!   committed. `pagehide`, a hidden tab and `beforeunload` flush again as
//!   a second line. [`flush`] is the only place the document is written.
//! - Each tab's read-compare-write runs under the Web Locks API lock
//!   [`LOCK_NAME`], so two tabs never interleave their saves; where locks
//!   are missing (and when the page is going away, when a lock could come
//!   too late) the write runs at once, guarded by the revision check.
//! - A save compares the stored revision with the one this tab last loaded
//!   or wrote; if another tab saved in between, the two documents are
//!   merged by record (nothing lost) and the user is told.
//! - Every document another tab writes arrives here (the `storage` event
//!   carries it) and is merged into this tab's, never taken in place of
//!   it; if this tab holds records the other lacks, it writes the merge
//!   back. So two tabs that saved at the same instant, each unaware of the
//!   other, converge on a document with both changes.
//! - A stored document that cannot be read is copied to a recovery key
//!   before anything is written over it; if it cannot be copied, this tab
//!   does not write the document at all.
//! - A failed save leaves the change pending: the shell shows a persistent
//!   warning with a download button, and the next change or a retry tries
//!   again.

use chrono::Datelike;
use leptos::prelude::*;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::format;
use crate::plan::Document;

use super::clock;
use super::explain;
use super::state::{AppState, SaveHooks, SaveStatus, ToastKind};
use super::storage::{self, Meta, StoreError, DOC_KEY};

pub(crate) mod indexed;
pub(crate) mod points;
mod recovery;
mod tabs;

pub(crate) use recovery::discard_recovery;
use recovery::{keep_unreadable, load_recoveries, set_aside_rows};
use tabs::{merge_stored, on_storage_event};

/// The Web Locks API lock every tab takes around its read-compare-write.
pub const LOCK_NAME: &str = "luoshi.doc.save";

/// The saver's own bookkeeping, outside the reactive graph.
#[derive(Default)]
struct Saver {
    /// The stored revision this tab last loaded or wrote.
    base_rev: u64,
    /// A change not yet in storage.
    pending: bool,
    /// Writing the document is suspended because a stored document that
    /// could not be read could not be kept elsewhere either.
    blocked: bool,
    /// The saver has started: before that (and in component tests that
    /// never start it) changes are not written.
    started: bool,
    /// The document of the app this saver serves. An app mounted before
    /// (an unmounted one, in component tests) may still have a save
    /// waiting for the lock; it must not write its document.
    owner: Option<RwSignal<Document>>,
    /// A save is waiting for the lock; another request would only repeat
    /// it, since the save writes the document as it is when granted.
    lock_waiting: bool,
    /// The change counter when the effect last looked.
    seen_tick: u64,
    /// The settings (with the language) last written or loaded.
    seen_settings: Option<storage::Settings>,
}

thread_local! {
    static SAVER: std::cell::RefCell<Saver> = std::cell::RefCell::new(Saver::default());
}

fn with_saver<R>(f: impl FnOnce(&mut Saver) -> R) -> R {
    SAVER.with(|s| f(&mut s.borrow_mut()))
}

/// Loads settings and the document, then starts the saver and listens for
/// other tabs and for the page going away.
pub(crate) fn start(app: AppState) {
    app.set_save_hooks(SaveHooks { commit, flush });
    let settings = storage::read_settings();
    app.lang.set(settings.lang);
    app.settings.set(settings);
    if !indexed::start(app) {
        load(app);
    }
    load_recoveries(app);
    app.usage.set(storage::usage());

    with_saver(|s| {
        *s = Saver {
            base_rev: s.base_rev,
            pending: s.pending,
            blocked: s.blocked,
            started: true,
            owner: Some(app.doc),
            ..Saver::default()
        };
        let mut all = app.settings.get_untracked();
        all.lang = app.lang.get_untracked();
        s.seen_settings = Some(all);
        s.seen_tick = app.changes.get_untracked();
    });

    // The one effect that writes to storage. It compares with what it saw
    // last rather than with its previous run, so a change made before its
    // first run is saved too.
    Effect::new(move |_| {
        let tick = app.changes.get();
        let mut all = app.settings.get();
        all.lang = app.lang.get();
        let (tick_moved, settings_moved) = with_saver(|s| {
            let tick_moved = s.seen_tick != tick;
            s.seen_tick = tick;
            let settings_moved = s.seen_settings.as_ref() != Some(&all);
            if settings_moved {
                s.seen_settings = Some(all.clone());
            }
            (tick_moved, settings_moved)
        });
        if settings_moved {
            // A preference that cannot be written is not worth a warning of
            // its own: the document's saver reports a storage that refuses
            // writes.
            let _ = storage::write_settings(&all);
        }
        if tick_moved {
            commit(app);
        }
    });

    let storage_listener = window_event_listener_untyped("storage", move |e| {
        on_storage_event(app, e, indexed::active(), indexed::name_again)
    });
    let hide = window_event_listener_untyped("pagehide", move |_| {
        flush(app);
        indexed::write_summary(app);
    });
    let visibility = window_event_listener_untyped("visibilitychange", move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .map(|d| d.hidden())
            .unwrap_or(false);
        if hidden {
            flush(app);
            indexed::write_summary(app);
        }
    });
    // Leaving with a change that could not be saved asks first.
    let unload = window_event_listener_untyped("beforeunload", move |e| {
        flush(app);
        if with_saver(|s| s.pending) {
            e.prevent_default();
        }
    });
    on_cleanup(move || {
        // Save what is waiting while the state still exists.
        flush(app);
        storage_listener.remove();
        hide.remove();
        visibility.remove();
        unload.remove();
        indexed::reset();
    });
}

/// Reads the stored document at start.
fn load(app: AppState) {
    let today = clock::today();
    let meta = storage::read_meta();
    match storage::read(DOC_KEY) {
        Err(e) => {
            // No storage at all: work in memory and say so at once.
            app.first_open.set(true);
            app.save_status.set(SaveStatus::Failed(e));
        }
        Ok(None) => {
            app.doc.set(crate::seed::default_document(today.year(), ""));
            app.first_open.set(true);
            with_saver(|s| s.base_rev = meta.rev);
        }
        Ok(Some(raw)) => match explain::decode(&raw) {
            Ok(decoded) => {
                app.doc.set(decoded.document);
                with_saver(|s| s.base_rev = meta.rev);
                if decoded.version < format::CURRENT_VERSION {
                    // Store the migrated form so it is read fast next time;
                    // the old form stays in the snapshots.
                    with_saver(|s| s.pending = true);
                    flush(app);
                }
            }
            Err(err) => {
                keep_unreadable(app, raw.clone(), &err);
                app.doc.set(crate::seed::default_document(today.year(), ""));
                with_saver(|s| s.base_rev = meta.rev);
                // The stored text is kept whole under the recovery key; a
                // record that alone cannot be read is set aside there and
                // every other one loaded.
                explain::salvage_later(app, raw);
            }
        },
    }
}

/// Records a change touches beyond which its save waits for the next
/// paint.
const BULK_RECORDS: usize = 1_000;

/// Saves a committed change at once: under the save lock where the browser
/// has one, else right now.
pub(crate) fn commit(app: AppState) {
    let seen = app.changes.try_get_untracked().unwrap_or_default();
    with_saver(|s| {
        s.pending = true;
        // The effect need not save this change again.
        s.seen_tick = seen;
    });
    if !matches!(app.save_status.get_untracked(), SaveStatus::Failed(_)) {
        app.save_status.set(SaveStatus::Pending);
    }
    if with_saver(|s| s.lock_waiting || !s.started) {
        return;
    }
    // IndexedDB serialises the tabs' writes itself: the write starts now,
    // or, for a change of many records (an import, a merge of units'
    // files), once its result is painted: writing tens of thousands of
    // rows takes a second, and the user sees the result first. Closing
    // the page before then saves it at once (`pagehide`).
    if indexed::active() {
        if app.touched_more_than(BULK_RECORDS) {
            // The frame after the one that shows the change: by then the
            // change is on screen.
            request_animation_frame(move || {
                request_animation_frame(move || {
                    set_timeout(move || flush(app), std::time::Duration::ZERO)
                })
            });
        } else {
            flush(app);
        }
        return;
    }
    match locks_request() {
        Some((locks, request)) => {
            with_saver(|s| s.lock_waiting = true);
            let granted = Closure::once_into_js(move |_lock: JsValue| {
                with_saver(|s| s.lock_waiting = false);
                flush(app);
                JsValue::UNDEFINED
            });
            if request
                .call2(&locks, &JsValue::from_str(LOCK_NAME), &granted)
                .is_err()
            {
                with_saver(|s| s.lock_waiting = false);
                flush(app);
            }
        }
        None => flush(app),
    }
}

/// `navigator.locks` and its `request` method, where the browser has them
/// (every current browser in a secure context; not on `file://` in some).
fn locks_request() -> Option<(JsValue, js_sys::Function)> {
    let win: JsValue = web_sys::window()?.into();
    let nav = js_sys::Reflect::get(&win, &JsValue::from_str("navigator")).ok()?;
    let locks = js_sys::Reflect::get(&nav, &JsValue::from_str("locks")).ok()?;
    if locks.is_undefined() || locks.is_null() {
        return None;
    }
    let request = js_sys::Reflect::get(&locks, &JsValue::from_str("request"))
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((locks, request))
}

/// Saves a pending change now. The only writer of the document.
pub(crate) fn flush(app: AppState) {
    let (pending, blocked, base_rev, owner) =
        with_saver(|s| (s.pending, s.blocked, s.base_rev, s.owner));
    // Another app's saver (one mounted before this) is not ours to use.
    if owner.is_some_and(|o| o != app.doc) {
        return;
    }
    // Nothing waiting, saving suspended, or the app already torn down.
    if !pending || blocked || app.doc.try_with_untracked(|_| ()).is_none() {
        return;
    }
    if indexed::active() {
        indexed::flush(app);
        return;
    }
    let result = write(app, base_rev);
    match result {
        Ok(rev) => {
            with_saver(|s| {
                s.pending = false;
                s.base_rev = rev;
            });
            app.save_status.set(SaveStatus::Saved);
            let has_records = app
                .doc
                .with_untracked(|d| !d.activities.is_empty() || !d.readings.is_empty());
            if has_records && app.settings.with_untracked(|s| s.since.is_none()) {
                app.settings.update(|s| s.since = Some(clock::today()));
            }
        }
        Err(e) => app.save_status.set(SaveStatus::Failed(e)),
    }
    app.usage.set(storage::usage());
}

/// Writes the document, merging first if another tab saved since
/// `base_rev`. Returns the new revision.
fn write(app: AppState, base_rev: u64) -> Result<u64, StoreError> {
    let meta = storage::read_meta();
    let now = clock::now();
    let today = now.date_naive();
    // The stored document is read only when it is needed: another tab saved
    // since (merge it first), or this is the first save of a new day (keep
    // the previous day's last state as its snapshot). Reading a large
    // document back into the module costs more than writing it.
    let rev_moved = meta.rev != base_rev;
    let snapshot_day = meta.saved_on.filter(|day| {
        *day < today
            && storage::read(&storage::snapshot_key(*day))
                .ok()
                .flatten()
                .is_none()
    });
    let stored = if rev_moved || snapshot_day.is_some() {
        storage::read(DOC_KEY)?
    } else {
        None
    };
    if rev_moved {
        if let Some(raw) = stored.as_deref() {
            merge_stored(app, raw);
        }
    }
    let raw = app.doc.with_untracked(format::encode_compact);
    let dropped = match storage::write_document(&raw) {
        Ok(dropped) => dropped,
        Err(e) => {
            // A change undone before it could be saved leaves nothing
            // unsaved: the stored copy is the document.
            let stored = stored.or_else(|| storage::read(DOC_KEY).ok().flatten());
            let same = stored
                .and_then(|raw| format::decode_file_unexplained(&raw).ok())
                .is_some_and(|d| {
                    app.doc
                        .with_untracked(|m| crate::space::nothing_unsaved(&d.document, m))
                });
            return if same {
                Ok(meta.rev.max(base_rev))
            } else {
                Err(e)
            };
        }
    };
    let rev = meta.rev.max(base_rev) + 1;
    storage::write_meta(&Meta {
        rev,
        saved_on: Some(today),
        saved_at: now.to_rfc3339(),
    })?;
    if !dropped.is_empty() {
        let days: Vec<String> = dropped.iter().map(|d| d.to_string()).collect();
        let days = days.join("、");
        app.notify(
            move |l| (crate::i18n::safety::msgs(l).snapshots_dropped)(&days),
            ToastKind::Warning,
        );
    }
    // A snapshot does not fit beside the others: skipped, and said.
    if let (Some(day), Some(prev)) = (snapshot_day, stored) {
        if storage::keep_snapshot(day, &prev).is_err() {
            let day = day.to_string();
            app.notify(
                move |l| (crate::i18n::safety::msgs(l).snapshot_skipped)(&day),
                ToastKind::Warning,
            );
        }
    }
    Ok(rev)
}
