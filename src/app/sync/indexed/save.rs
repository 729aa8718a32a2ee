//! Saving change by change, and taking in other tabs' saves.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::store::{self, SaveAt};
use crate::web::docstore::{self, LoadError, Marker};
use crate::web::idb::{self, Durability, Guarded, IdbError};

use super::super::super::clock;
use super::super::super::state::{AppState, SaveStatus};
use super::super::super::storage::StoreError;
use super::super::{points, with_saver};
use super::summary::{summary_soon, SUMMARY_IN_SAVE};
use super::with_rows;

pub(super) fn save_at(revision: u64) -> SaveAt {
    let now = clock::now();
    SaveAt {
        revision,
        saved_at: now.to_rfc3339(),
        as_of: now.date_naive(),
    }
}

/// Rows a save may write for its change to be shown only once it has
/// committed (`app/held.rs`): a larger write takes longer than its views.
const SHOWN_AFTER_WRITE: usize = 100;

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
                // The dashboard's figures are of the change before while
                // its views wait (`held.rs`): worked out afresh then.
                let row = (!app.hold.waiting())
                    .then(|| {
                        app.progress.try_with_untracked(|p| {
                            store::summary_row(d, at.as_of, at.revision, Some(p))
                        })
                    })
                    .flatten()
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
    // The write starts here, in the task of the change, before the page
    // renders it; only the first save of a day, which keeps the stored
    // document as a restore point, reads it back first.
    let started = (!due).then(|| start(&guard_doc, &delta, &at, base_rev, None));
    // A change of a few records is shown once this write has committed: its
    // views would otherwise keep the page from hearing of the commit.
    let claim = started
        .as_ref()
        .filter(|_| delta.put.len() + delta.delete.len() <= SHOWN_AFTER_WRITE)
        .and_then(|_| app.hold.claim());
    leptos::task::spawn_local(async move {
        let (save, taken) = match started {
            Some(started) => started,
            None => {
                // The day before's last state, as stored, is kept in the
                // same transaction: read back once a day.
                let stored = docstore::load(&guard_doc)
                    .await
                    .ok()
                    .flatten()
                    .map(|a| a.doc);
                start(&guard_doc, &delta, &at, base_rev, stored.as_ref())
            }
        };
        let out = save.finish().await;
        if let Some(k) = claim {
            app.hold.release(k);
        }
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

/// Starts a save of `delta`, with the restore point (or the dropping of
/// old ones) the policy wants today; `stored`: the document as stored, for
/// a restore point of it.
fn start(
    guard_doc: &str,
    delta: &store::Delta,
    at: &SaveAt,
    base_rev: u64,
    stored: Option<&crate::plan::Document>,
) -> (docstore::SaveStarted, Option<points::Taken>) {
    let taken = with_rows(|s| points::at_save(guard_doc, at.as_of, s.saved_on, stored, &s.points));
    let extra = taken
        .as_ref()
        .map(|t| (t.puts.clone(), t.deletes.clone()))
        .unwrap_or_default();
    let save = docstore::start_save(
        guard_doc,
        delta,
        at.revision,
        base_rev,
        extra,
        Durability::Relaxed,
    );
    (save, taken)
}

/// Writes a day's restore point taken at start, and lists it.
pub(super) fn keep_points(app: AppState, t: points::Taken) {
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
    super::super::tabs::take_other_tab(app, theirs);
}

/// Listens for other tabs' saves.
pub(super) fn listen(app: AppState) {
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
