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

use crate::command::Command;
use crate::evidence::{named_bytes, named_files, quota_in_force, QuotaInForce};
use crate::i18n::evidence::msgs;
use crate::i18n::Lang;
use crate::merge::{self, MergeSummary};
use crate::package::{self, Unpacked};
use crate::present::fill;

use super::fmt_bytes;
use crate::app::download::download_bytes;
use crate::app::files::{self, ReadError};
use crate::app::filestore::{self, StoreError};
use crate::app::state::{use_app, AppState, ToastKind};

/// A package read and checked, waiting for the user's choice.
#[derive(Clone)]
struct Preview {
    name: String,
    unpacked: std::sync::Arc<Unpacked>,
    /// The document, its stamps from the future tamed ([`merge::tame`]).
    doc: std::sync::Arc<crate::plan::Document>,
    summary: MergeSummary,
    future: merge::FutureStamps,
    /// Set when the package is another plan's: refused for merging, only
    /// offered to open instead.
    other: Option<crate::command::CommandError>,
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
        match package::write(&doc, Some(now), &stored) {
            Ok(written) => {
                let name = package::package_file_name(&doc.unit, now.date_naive());
                match download_bytes(&name, "application/zip", &written.bytes) {
                    Ok(()) => {
                        app.notify(
                            move |l| fill(msgs(l).exported, &[&name, &written.files.to_string()]),
                            ToastKind::Info,
                        );
                        let left = written.missing.len() + written.damaged.len();
                        if left > 0 {
                            app.notify(
                                move |l| fill(msgs(l).export_missing, &[&left.to_string()]),
                                ToastKind::Error,
                            );
                        }
                    }
                    Err(e) => app.notify(move |_| e.to_string(), ToastKind::Error),
                }
            }
            Err(e) => app.notify(move |l| e.message(l), ToastKind::Error),
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

/// Checks a package read (picked here, dropped, or picked with the
/// document import) and shows its preview, changing nothing.
fn read_dropped(app: AppState, dropped: Dropped, preview: RwSignal<Option<Preview>>) {
    let Dropped { name, bytes } = dropped;
    match bytes {
        Ok(bytes) => spawn_local(show_preview(app, name, bytes, preview)),
        Err(ReadError::TooLarge(bytes)) => {
            app.notify(
                move |l| {
                    let what = crate::i18n::data::msgs(l).bad_file;
                    let why = package::PackageError::TooLarge { bytes }.message(l);
                    format!("{what}“{name}”：{why}")
                },
                ToastKind::Error,
            );
        }
        Err(ReadError::Unreadable) => app.notify(
            move |l| fill(msgs(l).unreadable, &[&name]),
            ToastKind::Error,
        ),
    }
}

/// Checks a package's bytes (every file against its hash) into a preview.
async fn show_preview(
    app: AppState,
    name: String,
    bytes: Vec<u8>,
    preview: RwSignal<Option<Preview>>,
) {
    let unpacked = match package::read(&bytes) {
        Ok(u) => u,
        Err(e) => {
            app.notify(
                move |l| {
                    format!(
                        "{}“{name}”：{}",
                        crate::i18n::data::msgs(l).bad_file,
                        e.message(l)
                    )
                },
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
    // One plan per document: another plan's package is refused, as the
    // 报送 page and the JSON import refuse it.
    let other = app
        .doc
        .with_untracked(|ours| merge::other_plan(ours, &unpacked.document.document));
    // Stamps from the future outrank nothing here.
    let now = app.now();
    let (doc, future, summary) = app.doc.with_untracked(|ours| match &other {
        // Not merged: only offered to open instead, as it is.
        Some(_) => (
            unpacked.document.document.clone(),
            merge::FutureStamps::default(),
            merge::preview(ours, &unpacked.document.document),
        ),
        None => {
            let (doc, future) = merge::tame(ours, &unpacked.document.document, now);
            let summary = merge::preview(ours, &doc);
            (doc, future, summary)
        }
    });
    let _ = preview.try_set(Some(Preview {
        name,
        unpacked: std::sync::Arc::new(unpacked),
        doc: std::sync::Arc::new(doc),
        summary,
        future,
        other: other.map(|o| crate::command::CommandError::OtherPlan {
            ours: o.ours,
            theirs: o.theirs,
        }),
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

/// Stores the new files, then merges the document (one undo), or, for
/// another plan's package, downloads a backup of the current data and
/// opens the package's document in its place.
fn confirm(app: AppState, p: Preview, preview: RwSignal<Option<Preview>>, busy: RwSignal<bool>) {
    busy.set(true);
    spawn_local(async move {
        let instead = p.other.is_some();
        if instead && !crate::app::actions::export_json(app) {
            app.notify(
                |l| crate::i18n::safety::msgs(l).backup_failed.to_string(),
                ToastKind::Error,
            );
            busy.set(false);
            return;
        }
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
                    learn_refusal(app, f.bytes.len() as u64).await;
                    app.notify(
                        move |l| fill(msgs(l).import_full, &[&stored.to_string()]),
                        ToastKind::Error,
                    );
                    busy.set(false);
                    return;
                }
                Err(StoreError::Unavailable(why)) => {
                    let name = f.name.clone();
                    app.notify(
                        move |l| fill(msgs(l).store_failed, &[&name, &why]),
                        ToastKind::Error,
                    );
                    busy.set(false);
                    return;
                }
            }
        }
        let doc = Box::new((*p.doc).clone());
        let result = if instead {
            let mut doc = *doc;
            let ours = app.doc.with_untracked(|d| d.unit.clone());
            if !ours.trim().is_empty() {
                doc.unit = ours;
            }
            app.replace_document(doc)
        } else {
            app.dispatch(Command::MergeDocument(doc))
        };
        match result {
            Ok(()) => {
                preview.set(None);
                if instead {
                    app.notify(
                        |l| crate::i18n::safety::msgs(l).opened_instead.to_string(),
                        ToastKind::Undoable,
                    );
                } else {
                    app.notify(
                        move |l| fill(msgs(l).imported, &[&stored.to_string()]),
                        ToastKind::Undoable,
                    );
                }
            }
            Err(e) => app.notify_refused(&e),
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
    let on_read = Callback::new(move |picked: Vec<files::Picked>| {
        if let Some(p) = picked.into_iter().next() {
            let dropped = Dropped {
                name: p.name,
                bytes: p.bytes,
            };
            read_dropped(app, dropped, preview);
        }
    });
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
            let future = (!p.future.is_empty()).then(|| {
                let latest = p.future.latest.map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default();
                (crate::i18n::safety::msgs(lang).future_note)(p.future.total(), &latest)
            });
            let for_confirm = p.clone();
            let other = p.other.as_ref().map(|e| app.error_text(e));
            let is_other = other.is_some();
            view! {
                <div class="notice notice-info import-preview" id="package-preview" tabindex="-1" data-testid="package-preview">
                    <h4 class="preview-title">{crate::i18n::data::msgs(app.lang.get_untracked()).preview_title}{format!("“{}”", p.name)}</h4>
                    {other.map(|why| view! {
                        <div class="notice notice-error" role="alert" data-testid="package-other-plan">
                            <p><strong>{crate::i18n::safety::msgs(lang).other_plan_title}</strong></p>
                            <p>{why}</p>
                            <p class="small">{crate::i18n::safety::msgs(lang).other_plan_offer}</p>
                        </div>
                    })}
                    <p class="preview-summary" data-testid="package-merge-summary">{describe}</p>
                    {future.map(|t| view! { <p class="notice notice-warn" data-testid="import-future">{t}</p> })}
                    <h4>{m().preview_files}</h4>
                    <p data-testid="package-files">{fill(m().files_new, &[&n_new.to_string()])}"；"{fill(m().files_here, &[&n_here.to_string()])}</p>
                    {(not_carried > 0).then(|| view! { <p>{fill(m().files_not_carried, &[&not_carried.to_string()])}</p> })}
                    // The buttons come before the list of damaged files,
                    // which may be long, and that list is shortened.
                    <div class="btn-row">
                        <button type="button" class="btn btn-primary" data-testid="package-confirm" disabled=move || busy.get()
                            on:click=move |_| confirm(app, for_confirm.clone(), preview, busy)>{move || if is_other { crate::i18n::safety::msgs(app.lang.get()).open_instead } else { m().confirm_import }}</button>
                        <button type="button" class="btn" on:click=move |_| preview.set(None)>{crate::i18n::data::msgs(app.lang.get_untracked()).cancel}</button>
                    </div>
                    {(!damaged.is_empty()).then(|| {
                        let total = damaged.len();
                        let damaged = StoredValue::new(damaged);
                        let all = RwSignal::new(false);
                        let items = move || {
                            let shown = crate::present::shortened(total, all.get()).0;
                            damaged.with_value(|d| d.iter().take(shown).cloned().map(|d| view! { <li>{d}</li> }).collect_view())
                        };
                        view! {
                            <p>{m().files_damaged}</p>
                            <ul data-testid="package-damaged">{items}</ul>
                            <super::more_line::MoreLine total=total all=all testid="package-damaged-more"/>
                        }
                    })}
                </div>
            }
        })
    };
    view! {
        <div class="file-pick spaced">
            <files::FilePick id="import-package" accept=".zip,application/zip" testid="import-package"
                limit=|_, _| package::MAX_PACKAGE_BYTES on_read=on_read/>
            <label for="import-package" class="btn">{move || m().import_package}</label>
        </div>
        {shown}
    }
}

thread_local! {
    /// The browser's answer to `navigator.storage.persist()`, asked once.
    static PERSIST: Cell<Option<Option<bool>>> = const { Cell::new(None) };
}

/// Remembers that the browser refused to store `size` more bytes: the
/// quota in force is below the site's usage now plus `size` (the usage
/// may already count the refused bytes, which only makes the bound looser,
/// never false).
pub(crate) async fn learn_refusal(app: AppState, size: u64) {
    let used = filestore::estimate()
        .await
        .map_or(0, |(used, _)| used as u64);
    let at = used.saturating_add(size);
    let _ = app
        .quota_refused_at
        .try_update(|q| *q = Some(q.map_or(at, |old| old.min(at))));
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
    // The quota in force: the reported one, unless a write was refused
    // below it.
    let line = move || {
        let files = fmt_bytes(files.get());
        let (used, reported) = match estimate.get() {
            Some((used, quota)) => (Some(used as u64), Some(quota as u64)),
            None => (None, None),
        };
        let used = fmt_bytes(used.unwrap_or_default());
        match quota_in_force(reported, app.quota_refused_at.get()) {
            Some(QuotaInForce::Reported(q)) => {
                fill(m().files_used, &[&files, &used, &fmt_bytes(q)])
            }
            Some(QuotaInForce::Below {
                refused_at,
                reported: Some(r),
            }) => fill(
                m().files_used_below,
                &[&files, &used, &fmt_bytes(refused_at), &fmt_bytes(r)],
            ),
            Some(QuotaInForce::Below {
                refused_at,
                reported: None,
            }) => fill(
                m().files_used_below_plain,
                &[&files, &used, &fmt_bytes(refused_at)],
            ),
            None => fill(m().files_used_plain, &[&files]),
        }
    };
    view! {
        <p data-testid="files-storage">{line}</p>
        <p class="small muted" data-testid="persist-answer">{move || match persist.get() {
            Some(Some(true)) => m().persist_yes,
            Some(Some(false)) => m().persist_no,
            _ => m().persist_unknown,
        }}</p>
    }
}
