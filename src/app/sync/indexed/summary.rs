//! The summary row: what the next first screen paints, written with a save
//! or once saves pause.

use leptos::prelude::*;

use crate::store;
use crate::web::idb::{self, Durability};

use super::super::super::clock;
use super::super::super::state::AppState;
use super::super::with_saver;
use super::with_rows;

/// Records up to which a save writes the summary row with it. Above, the
/// summary (the engine's figures over the whole ledger, about 4 ms at
/// 10,000 records) would delay the change's own write: it is written once
/// saves pause, and until then the next first screen is the app's own.
pub(super) const SUMMARY_IN_SAVE: u64 = 2_000;

thread_local! {
    static SUMMARY_TIMER: std::cell::Cell<Option<i32>> = const { std::cell::Cell::new(None) };
}

/// Writes the summary row (what the next first screen paints) once saves
/// have paused for a moment, from the dashboard's own figures when they are
/// today's: a save itself writes only its records and the meta row.
pub(super) fn summary_soon(app: AppState) {
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
