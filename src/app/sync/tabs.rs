//! Another tab's saves: the document it stored is merged into this tab's
//! by record (a document of another plan, stored only by a deliberate
//! replace, is taken in place), and the user is told.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::plan::Document;

use super::super::explain;
use super::super::state::{AppState, ToastKind};
use super::super::storage::{self, DOC_KEY, META_KEY, SETTINGS_KEY};
use super::{commit, flush, keep_unreadable, with_saver};

/// Merges the document another tab stored into ours and tells the user.
pub(super) fn merge_stored(app: AppState, raw: &str) {
    match explain::decode(raw).map(|d| d.document) {
        Ok(theirs) if app.doc.with_untracked(|ours| other_plan(ours, &theirs)) => {
            take_other_plan(app, theirs);
        }
        Ok(theirs) => {
            let merged = app
                .doc
                .with_untracked(|ours| crate::merge::merge(ours, &theirs));
            app.doc.set(merged.doc);
            app.touch(crate::command::Touched::All);
            // Inverses recorded against the document before the merge
            // could undo the other tab's work too.
            app.undo_stack.set(Vec::new());
            app.notify(
                |l| crate::i18n::msgs(l).shell.merged_other_tab.to_string(),
                ToastKind::Info,
            );
        }
        Err(err) => keep_unreadable(app, raw.to_string(), &err),
    }
}

/// Another tab saved: merge its document into ours (never take it in place
/// of ours: it may have been written without our latest change), and write
/// the merge back when ours held something it lacked.
/// `rows`: the document is kept in IndexedDB, and `name_again` writes its
/// marker back after localStorage was cleared.
pub(super) fn on_storage_event(app: AppState, e: web_sys::Event, rows: bool, name_again: fn()) {
    let Ok(e) = e.dyn_into::<web_sys::StorageEvent>() else {
        return;
    };
    // The document kept in IndexedDB: other tabs' saves come by the
    // BroadcastChannel; localStorage holds only the old backup.
    match e.key().as_deref() {
        Some(DOC_KEY) | Some(META_KEY) if rows => {}
        None if rows => name_again(),
        Some(DOC_KEY) => {
            let Some(raw) = e.new_value() else {
                return;
            };
            match explain::decode(&raw).map(|d| d.document) {
                Ok(theirs) => take_other_tab(app, theirs),
                Err(err) => keep_unreadable(app, raw, &err),
            }
            app.usage.set(storage::usage());
        }
        Some(META_KEY) => {
            // The document event comes first and did the merging; only the
            // revision to compare against next time is left.
            let meta = storage::read_meta();
            let pending = with_saver(|s| s.pending);
            if !pending {
                with_saver(|s| s.base_rev = s.base_rev.max(meta.rev));
            }
        }
        Some(SETTINGS_KEY) => {
            let s = storage::read_settings();
            if app.lang.get_untracked() != s.lang {
                app.lang.set(s.lang);
            }
            if app.settings.get_untracked() != s {
                app.settings.set(s);
            }
        }
        // Storage was cleared elsewhere: write ours back.
        None => {
            with_saver(|s| s.pending = true);
            flush(app);
        }
        Some(_) => {}
    }
}

/// Merges a document another tab wrote into ours; writes the merge back
/// when it differs from theirs, so that both tabs end with both changes.
pub(super) fn take_other_tab(app: AppState, theirs: Document) {
    if app.doc.with_untracked(|ours| other_plan(ours, &theirs)) {
        take_other_plan(app, theirs);
        return;
    }
    let merged = app
        .doc
        .with_untracked(|ours| crate::merge::merge(ours, &theirs).doc);
    let ours_had_more = !same_records(&merged, &theirs);
    set_doc_from_storage(app, merged);
    if ours_had_more {
        commit(app);
    }
}

/// Whether another tab's document is another plan's: one plan per
/// document, so the two are not merged.
fn other_plan(ours: &Document, theirs: &Document) -> bool {
    crate::merge::other_plan(ours, theirs).is_some()
}

/// Another tab opened another plan's document in place of the data (only a
/// replace changes the plan id): this tab takes it, and says so.
fn take_other_plan(app: AppState, theirs: Document) {
    set_doc_from_storage(app, theirs);
    app.notify(
        |l| crate::i18n::safety::msgs(l).other_tab_plan.to_string(),
        ToastKind::Info,
    );
}

/// Whether two documents hold the same records and plan, whatever the
/// order of their lists.
fn same_records(a: &Document, b: &Document) -> bool {
    if a.activities.len() != b.activities.len()
        || a.readings.len() != b.readings.len()
        || a.tombstones.len() != b.tombstones.len()
        || a.plan != b.plan
        || a.unit != b.unit
    {
        return false;
    }
    // The merge of two equal documents is each of them, sorted.
    let sorted = crate::merge::merge(b, b).doc;
    *a == sorted
}

fn set_doc_from_storage(app: AppState, doc: Document) {
    if app.doc.with_untracked(|d| *d != doc) {
        app.doc.set(doc);
        app.touch(crate::command::Touched::All);
        app.undo_stack.set(Vec::new());
        app.first_open.set(false);
    }
}
