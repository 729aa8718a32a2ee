//! The Data view's packages (.zip with the document and its evidence
//! files, `crate::package`): export, import with a preview (the merge as
//! for JSON, plus the files: new, already here, damaged), and the line
//! that shows the space the files take and whether the browser keeps them.
//!
//! An import changes nothing until confirmed; then the files are stored
//! first and the document merged in one `Command::MergeDocument` (one
//! undo). If the browser runs out of room while storing, the document is
//! left as it was and the user is told how far it got.

use std::cell::Cell;
use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::command::Command;
use crate::evidence::{named_bytes, named_files};
use crate::i18n::evidence::msgs;
use crate::i18n::Lang;
use crate::merge::{self, MergeSummary};
use crate::package::{self, Unpacked};
use crate::present::fill;

use super::fmt_bytes;
use crate::app::download::download_bytes;
use crate::app::files::ReadError;
use crate::app::filestore::{self, StoreError};
use crate::app::state::{use_app, AppState, ToastKind};

/// A package read and checked, waiting for the user's choice.
#[derive(Clone)]
struct Preview {
    name: String,
    unpacked: std::sync::Arc<Unpacked>,
    summary: MergeSummary,
    /// Hashes of the package's files not stored here yet.
    new_files: BTreeSet<String>,
}

/// Writes the package of the document with every stored file it names.
fn export_package(app: AppState, busy: RwSignal<bool>) {
    busy.set(true);
    spawn_local(async move {
        let (doc, now) = (app.doc.get_untracked(), app.now());
        let mut stored = BTreeMap::new();
        for hash in named_files(&doc).into_keys() {
            if let Ok(Some(bytes)) = filestore::get_bytes(&hash).await {
                stored.insert(hash, bytes);
            }
        }
        let m = msgs(app.lang.get_untracked());
        let lang = app.lang.get_untracked();
        match package::write(&doc, Some(now), &stored) {
            Ok(written) => {
                let name = package::package_file_name(&doc.unit, now.date_naive());
                match download_bytes(&name, "application/zip", &written.bytes) {
                    Ok(()) => {
                        app.notify(
                            fill(m.exported, &[&name, &written.files.to_string()]),
                            ToastKind::Info,
                        );
                        let left = written.missing.len() + written.damaged.len();
                        if left > 0 {
                            app.notify(
                                fill(m.export_missing, &[&left.to_string()]),
                                ToastKind::Error,
                            );
                        }
                    }
                    Err(e) => app.notify(e.to_string(), ToastKind::Error),
                }
            }
            Err(e) => app.notify(e.message(lang), ToastKind::Error),
        }
        busy.set(false);
    });
}

/// A package dropped on the page or picked with the import button, read
/// and waiting for its preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dropped {
    /// The file's name.
    pub name: String,
    /// Its bytes, or why they could not be read.
    pub bytes: Result<Vec<u8>, ReadError>,
}

/// Reads a picked package into a preview, changing nothing.
fn read_package(app: AppState, file: web_sys::File, preview: RwSignal<Option<Preview>>) {
    let name = file.name();
    spawn_local(async move {
        let bytes = match JsFuture::from(file.array_buffer()).await {
            Ok(buf) => js_sys::Uint8Array::new(&buf).to_vec(),
            Err(_) => {
                let lang = app.lang.get_untracked();
                app.notify(fill(msgs(lang).unreadable, &[&name]), ToastKind::Error);
                return;
            }
        };
        show_preview(app, name, bytes, preview).await;
    });
}

/// Checks a package read elsewhere (dropped, or picked with the document
/// import) and shows its preview, changing nothing.
fn read_dropped(app: AppState, dropped: Dropped, preview: RwSignal<Option<Preview>>) {
    let lang = app.lang.get_untracked();
    let Dropped { name, bytes } = dropped;
    match bytes {
        Ok(bytes) => spawn_local(show_preview(app, name, bytes, preview)),
        Err(ReadError::TooLarge(bytes)) => {
            let what = crate::i18n::data::msgs(lang).bad_file;
            let why = package::PackageError::TooLarge { bytes }.message(lang);
            app.notify(format!("{what}“{name}”：{why}"), ToastKind::Error);
        }
        Err(ReadError::Unreadable) => {
            app.notify(fill(msgs(lang).unreadable, &[&name]), ToastKind::Error)
        }
    }
}

/// Checks a package's bytes (every file against its hash) into a preview.
async fn show_preview(
    app: AppState,
    name: String,
    bytes: Vec<u8>,
    preview: RwSignal<Option<Preview>>,
) {
    let lang = app.lang.get_untracked();
    let unpacked = match package::read(&bytes) {
        Ok(u) => u,
        Err(e) => {
            let what = crate::i18n::data::msgs(lang).bad_file;
            app.notify(
                format!("{what}“{name}”：{}", e.message(lang)),
                ToastKind::Error,
            );
            return;
        }
    };
    drop(bytes);
    let here: BTreeSet<String> = filestore::hashes()
        .await
        .unwrap_or_default()
        .into_iter()
        .collect();
    let new_files = unpacked
        .files
        .iter()
        .filter(|f| !here.contains(&f.sha256))
        .map(|f| f.sha256.clone())
        .collect();
    let summary = app
        .doc
        .with_untracked(|ours| merge::preview(ours, &unpacked.document.document));
    let _ = preview.try_set(Some(Preview {
        name,
        unpacked: std::sync::Arc::new(unpacked),
        summary,
        new_files,
    }));
    focus_preview();
}

/// Brings the package's preview into view and gives it the focus.
fn focus_preview() {
    request_animation_frame(|| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("package-preview"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

/// Stores the new files, then merges the document (one undo).
fn confirm(app: AppState, p: Preview, preview: RwSignal<Option<Preview>>, busy: RwSignal<bool>) {
    busy.set(true);
    spawn_local(async move {
        let m = msgs(app.lang.get_untracked());
        let mut stored = 0usize;
        for f in p
            .unpacked
            .files
            .iter()
            .filter(|f| p.new_files.contains(&f.sha256))
        {
            match filestore::put(&f.sha256, &f.mime, &f.name, &f.bytes).await {
                Ok(()) => stored += 1,
                Err(StoreError::Full) => {
                    app.notify(
                        fill(m.import_full, &[&stored.to_string()]),
                        ToastKind::Error,
                    );
                    busy.set(false);
                    return;
                }
                Err(StoreError::Unavailable(why)) => {
                    app.notify(fill(m.store_failed, &[&f.name, &why]), ToastKind::Error);
                    busy.set(false);
                    return;
                }
            }
        }
        let doc = Box::new(p.unpacked.document.document.clone());
        match app.dispatch(Command::MergeDocument(doc)) {
            Ok(()) => {
                preview.set(None);
                app.notify(
                    fill(m.imported, &[&stored.to_string()]),
                    ToastKind::Undoable,
                );
            }
            Err(e) => app.notify(app.error_text(&e), ToastKind::Error),
        }
        busy.set(false);
    });
}

/// The package export button and the note that JSON carries no files.
#[component]
pub fn PackageExport() -> impl IntoView {
    let app = use_app();
    let busy = RwSignal::new(false);
    let m = move || msgs(app.lang.get());
    view! {
        <p class="small muted spaced" data-testid="json-no-files">{move || m().json_no_files}</p>
        <p class="small muted">{move || m().package_hint}</p>
        <div class="btn-row">
            <button type="button" class="btn" data-testid="export-package"
                disabled=move || busy.get() on:click=move |_| export_package(app, busy)>
                {move || if busy.get() { m().working } else { m().export_package }}
            </button>
        </div>
    }
}

/// The package import button and its preview.
#[component]
pub fn PackageImport(
    /// A package dropped on the page or picked with the document import.
    dropped: RwSignal<Option<Dropped>>,
) -> impl IntoView {
    let app = use_app();
    let preview: RwSignal<Option<Preview>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    Effect::new(move |_| {
        // Taken only when there is one: taking notifies, and the effect
        // runs again to find nothing.
        if dropped.with(Option::is_none) {
            return;
        }
        if let Some(d) = dropped.try_update(Option::take).flatten() {
            read_dropped(app, d, preview);
        }
    });
    let m = move || msgs(app.lang.get());
    let on_pick = move |e: web_sys::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let file = input.files().and_then(|l| l.get(0));
        input.set_value("");
        if let Some(file) = file {
            read_package(app, file, preview);
        }
    };
    let shown = move || {
        preview.get().map(|p| {
            let lang = app.lang.get();
            let describe = if lang == Lang::Zh {
                p.summary.describe_zh()
            } else {
                p.summary.describe_en()
            };
            let n_new = p.new_files.len();
            let n_here = p.unpacked.files.len() - n_new;
            let damaged: Vec<String> = p.unpacked.damaged.iter().map(|d| d.message(lang)).collect();
            let not_carried = p.unpacked.not_carried.len();
            let for_confirm = p.clone();
            view! {
                <div class="notice notice-info import-preview" id="package-preview" tabindex="-1" data-testid="package-preview">
                    <h4 class="preview-title">{crate::i18n::data::msgs(app.lang.get_untracked()).preview_title}{format!("“{}”", p.name)}</h4>
                    <p class="preview-summary" data-testid="package-merge-summary">{describe}</p>
                    <h4>{m().preview_files}</h4>
                    <p data-testid="package-files">{fill(m().files_new, &[&n_new.to_string()])}"；"{fill(m().files_here, &[&n_here.to_string()])}</p>
                    {(!damaged.is_empty()).then(|| view! {
                        <p>{m().files_damaged}</p>
                        <ul data-testid="package-damaged">{damaged.into_iter().map(|d| view! { <li>{d}</li> }).collect_view()}</ul>
                    })}
                    {(not_carried > 0).then(|| view! { <p>{fill(m().files_not_carried, &[&not_carried.to_string()])}</p> })}
                    <div class="btn-row">
                        <button type="button" class="btn btn-primary" data-testid="package-confirm" disabled=move || busy.get()
                            on:click=move |_| confirm(app, for_confirm.clone(), preview, busy)>{m().confirm_import}</button>
                        <button type="button" class="btn" on:click=move |_| preview.set(None)>{crate::i18n::data::msgs(app.lang.get_untracked()).cancel}</button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <div class="file-pick spaced">
            <input id="import-package" class="file-input" type="file" accept=".zip,application/zip" data-testid="import-package" on:change=on_pick/>
            <label for="import-package" class="btn">{move || m().import_package}</label>
        </div>
        {shown}
    }
}

thread_local! {
    /// The browser's answer to `navigator.storage.persist()`, asked once.
    static PERSIST: Cell<Option<Option<bool>>> = const { Cell::new(None) };
}

/// The space the evidence files take, the site's total, and whether the
/// browser keeps the data.
#[component]
pub fn FilesStorage() -> impl IntoView {
    let app = use_app();
    let m = move || msgs(app.lang.get());
    let files = Memo::new(move |_| app.doc.with(named_bytes));
    let estimate = RwSignal::new(None::<(f64, f64)>);
    let persist = RwSignal::new(PERSIST.with(Cell::get));
    Effect::new(move |_| {
        files.track();
        spawn_local(async move {
            let e = filestore::estimate().await;
            let _ = estimate.try_set(e);
        });
    });
    if persist.get_untracked().is_none() {
        spawn_local(async move {
            let answer = filestore::ask_persist().await;
            PERSIST.with(|p| p.set(Some(answer)));
            let _ = persist.try_set(Some(answer));
        });
    }
    view! {
        <p data-testid="files-storage">{move || match estimate.get() {
            Some((used, quota)) => fill(m().files_used, &[
                &fmt_bytes(files.get()), &fmt_bytes(used as u64), &fmt_bytes(quota as u64),
            ]),
            None => fill(m().files_used_plain, &[&fmt_bytes(files.get())]),
        }}</p>
        <p class="small muted" data-testid="persist-answer">{move || match persist.get() {
            Some(Some(true)) => m().persist_yes,
            Some(Some(false)) => m().persist_no,
            _ => m().persist_unknown,
        }}</p>
    }
}
