//! Shell actions several places offer: export a backup, load the example,
//! start a blank plan.

use std::future::Future;
use std::task::{Context, Poll, Waker};

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::format;
use crate::plan::{Document, Plan};

use super::download::{download_text, JSON_MIME};
use super::lazy::PartFailed;
use super::state::{AppState, ToastKind};

/// Downloads the whole document as pretty JSON named like
/// `落实台账-<unit>-2026-11-27.json`, and remembers the day for the export
/// reminder. Returns whether the download started.
pub fn export_json(app: AppState) -> bool {
    let now = app.now();
    let today = now.date_naive();
    let (name, text) = app.doc.with_untracked(|d| {
        (
            format::export_file_name(&d.unit, today),
            format::encode_pretty(d, Some(now)),
        )
    });
    match download_text(&name, JSON_MIME, &text) {
        Ok(()) => {
            app.settings.update(|s| s.last_export = Some(today));
            app.reminder_snoozed.set(false);
            true
        }
        Err(e) => {
            app.notify(move |_| e.to_string(), ToastKind::Error);
            false
        }
    }
}

// The pretty writer (a second instance of every file type's serialiser)
// is needed only for an export: the shell's banners reach it through a
// part of its own; the data view, a part already, calls it directly.
super::lazy::split_point!(
    export,
    preload_export,
    fn export_in_part(app: AppState) -> bool {
        Ok(export_json(app))
    }
);

/// [`export_json`] from the first screen (the backup reminder, the failed
/// save's warning): the download starts once the writer's code is there,
/// and a writer that cannot be fetched says so.
pub fn export_json_soon(app: AppState) {
    leptos::task::spawn_local(async move {
        if export_in_part(app).await.is_err() {
            app.notify(
                |l| crate::i18n::msgs(l).shell.part_failed.to_string(),
                ToastKind::Error,
            );
        }
    });
}

// The example ledger for a year, built by code loaded on demand.
super::lazy::split_point!(
    example,
    preload_example,
    pub fn example_document(year: i32, today: NaiveDate) -> Document {
        Ok(crate::seed::example_document(year, today))
    }
);

/// Runs `then` with the example ledger for a year: at once in a module
/// that is not split, else when its code has arrived.
pub fn with_example_document(
    year: i32,
    today: NaiveDate,
    then: impl FnOnce(Result<Document, PartFailed>) + 'static,
) {
    let mut future = Box::pin(example_document(year, today));
    if !cfg!(feature = "split") {
        if let Poll::Ready(result) = future
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            then(result);
            return;
        }
    }
    leptos::task::spawn_local(async move { then(future.await) });
}

/// Replaces the document with the example ledger for this year, undoably.
/// Its generator is loaded on demand (above).
pub fn load_example(app: AppState) {
    let today = app.today();
    with_example_document(today.year(), today, move |result| match result {
        Ok(doc) => {
            if app.replace_document(doc).is_ok() {
                app.notify(
                    |l| crate::i18n::msgs(l).shell.example_loaded.to_string(),
                    ToastKind::Undoable,
                );
            }
        }
        Err(PartFailed) => {
            app.notify(
                |l| crate::i18n::msgs(l).shell.part_failed.to_string(),
                ToastKind::Error,
            );
        }
    });
}

/// Replaces the document with an empty plan for this calendar year,
/// undoably, and opens the plan editor.
pub fn start_blank(app: AppState) {
    let today = app.today();
    let year = today.year();
    let (Some(start), Some(end)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return;
    };
    let unit = app.doc.with_untracked(|d| d.unit.clone());
    let doc = Document {
        reports: Default::default(),
        notices: Default::default(),
        unit,
        plan: Plan {
            id: Default::default(),
            // A new plan judges by the rules offices use (docs/RULES.md).
            rules: crate::seed::office_rules(),
            stamps: Default::default(),
            title: app.msgs_untracked().shell.blank_plan_title.to_string(),
            start,
            end,
            sections: Vec::new(),
            people: Vec::new(),
            units: Vec::new(),
            updated_at: app.now(),
        },
        activities: Vec::new(),
        readings: Vec::new(),
        tombstones: Vec::new(),
    };
    if app.replace_document(doc).is_ok() {
        app.notify(
            |l| crate::i18n::msgs(l).shell.blank_started.to_string(),
            ToastKind::Undoable,
        );
        app.navigate(super::route::Route::Plan);
    }
}
