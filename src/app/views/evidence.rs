//! The evidence panel of a record (佐证材料): its files and references,
//! with thumbnails for images, download, remove (undoable) and attach
//! (pick, drop on the panel, paste an image), and a reference kept
//! elsewhere (a 文号, a share path).
//!
//! Adding files stores each in the browser's file store first
//! (`app::filestore`), then changes the record once, through
//! `Command::UpdateActivity`/`UpdateReading`: a file the browser refuses
//! for lack of room is named and left out, the others are added, nothing
//! else changes. Removing changes only the record: the bytes stay stored
//! until a fresh page finds no record, snapshot or undo naming them.
//! Used only from the ledger and target views, which are split parts, so
//! none of it is on the first screen's path.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::command::Command;
use crate::evidence::{
    additions, is_image, mime_from_name, sha256_hex, Additions, Duplicate, Incoming, RecordRef,
    MAX_FILE_BYTES,
};
use crate::i18n::evidence::msgs;
use crate::plan::{Document, Evidence, FileRef};
use crate::present::fill;

use crate::app::files::{self, FilePick, Picked, ReadError};
use crate::app::filestore::{self, StoreError};
use crate::app::state::{use_app, AppState, ToastKind};
use crate::app::views::data::fmt_bytes;

/// The record's evidence and title, if the record exists.
fn record_of(doc: &Document, r: &RecordRef) -> Option<(String, Vec<Evidence>)> {
    match r {
        RecordRef::Activity(id) => doc
            .activities
            .iter()
            .find(|a| &a.id == id)
            .map(|a| (a.title.clone(), a.evidence.clone())),
        RecordRef::Reading(id) => doc.readings.iter().find(|x| &x.id == id).map(|x| {
            // A reading has no title: its date, and its notes if any.
            let name = format!("{} {}", x.date.format("%Y-%m-%d"), x.notes.trim());
            (name.trim_end().to_string(), x.evidence.clone())
        }),
    }
}

/// The one command that sets the record's evidence to `evidence`.
fn set_evidence(app: AppState, r: &RecordRef, evidence: Vec<Evidence>) -> Option<Command> {
    let now = app.now();
    app.doc.with_untracked(|d| match r {
        RecordRef::Activity(id) => d.activities.iter().find(|a| &a.id == id).map(|a| {
            let mut a = a.clone();
            a.evidence = evidence;
            a.updated_at = now;
            Command::UpdateActivity(a)
        }),
        RecordRef::Reading(id) => d.readings.iter().find(|x| &x.id == id).map(|x| {
            let mut x = x.clone();
            x.evidence = evidence;
            x.updated_at = now;
            Command::UpdateReading(x)
        }),
    })
}

/// Stores `files` and adds them to the record `r` in one change. Pasted
/// files (`pasted`) are named from the moment of the paste; every name is
/// made distinct within the record, and a file the record already holds is
/// added once and reported (`evidence::additions`).
pub fn attach(app: AppState, r: RecordRef, files: Vec<web_sys::File>, pasted: bool) {
    if files.is_empty() {
        return;
    }
    files::read_all(
        files,
        |_, _| MAX_FILE_BYTES,
        |_| {},
        move |picked| attach_read(app, r, picked, pasted),
    );
}

/// [`attach`] once the files are read: a file too large or unreadable is
/// named and left out.
fn attach_read(app: AppState, r: RecordRef, picked: Vec<Picked>, pasted: bool) {
    if picked.is_empty() {
        return;
    }
    spawn_local(async move {
        let mut incoming = Vec::new();
        let mut bytes_of = std::collections::HashMap::new();
        for Picked {
            name, mime, bytes, ..
        } in picked
        {
            let bytes = match bytes {
                Ok(bytes) => bytes,
                Err(ReadError::TooLarge(size)) => {
                    app.notify(
                        move |l| fill(msgs(l).too_large, &[&name, &fmt_bytes(size)]),
                        ToastKind::Error,
                    );
                    continue;
                }
                Err(ReadError::Unreadable) => {
                    app.notify(
                        move |l| fill(msgs(l).unreadable, &[&name]),
                        ToastKind::Error,
                    );
                    continue;
                }
            };
            let mime = match mime {
                t if t.is_empty() => mime_from_name(&name).to_string(),
                t => t,
            };
            let sha256 = sha256_hex(&bytes);
            incoming.push(Incoming {
                name,
                pasted,
                file: FileRef {
                    sha256: sha256.clone(),
                    mime,
                    size: bytes.len() as u64,
                },
            });
            bytes_of.insert(sha256, bytes);
        }
        let Some((_, existing)) = app.doc.with_untracked(|d| record_of(d, &r)) else {
            return;
        };
        let prefix = msgs(app.lang.get_untracked()).screenshot;
        let Additions { added, duplicates } = additions(&existing, incoming, prefix, app.now());
        for Duplicate { name, same_as } in duplicates {
            app.notify(
                move |l| fill(msgs(l).duplicate, &[&name, &same_as]),
                ToastKind::Warning,
            );
        }
        let mut stored = Vec::with_capacity(added.len());
        for e in added {
            let Some(f) = e.file.as_ref() else { continue };
            let bytes = bytes_of
                .get(&f.sha256)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let name = e.name.clone();
            match filestore::put(&f.sha256, &f.mime, &name, bytes).await {
                Ok(()) => stored.push(e),
                Err(StoreError::Full) => {
                    crate::app::views::data::learn_refusal(app, bytes.len() as u64).await;
                    app.notify(move |l| fill(msgs(l).full, &[&name]), ToastKind::Error)
                }
                Err(StoreError::Unavailable(why)) => app.notify(
                    move |l| fill(msgs(l).store_failed, &[&name, &why]),
                    ToastKind::Error,
                ),
            }
        }
        add_evidence(app, &r, stored);
    });
}

fn add_evidence(app: AppState, r: &RecordRef, added: Vec<Evidence>) {
    if added.is_empty() {
        return;
    }
    let Some((_, mut evidence)) = app.doc.with_untracked(|d| record_of(d, r)) else {
        return;
    };
    let n = added.len();
    evidence.extend(added);
    if let Some(cmd) = set_evidence(app, r, evidence) {
        match app.dispatch(cmd) {
            Ok(()) => app.notify(
                move |l| fill(msgs(l).added, &[&n.to_string()]),
                ToastKind::Undoable,
            ),
            Err(e) => app.notify_refused(&e),
        }
    }
}

fn remove(app: AppState, r: &RecordRef, index: usize) {
    let Some((_, mut evidence)) = app.doc.with_untracked(|d| record_of(d, r)) else {
        return;
    };
    if index >= evidence.len() {
        return;
    }
    let gone = evidence.remove(index);
    if let Some(cmd) = set_evidence(app, r, evidence) {
        match app.dispatch(cmd) {
            Ok(()) => app.notify(
                move |l| fill(msgs(l).removed, &[&gone.name]),
                ToastKind::Undoable,
            ),
            Err(e) => app.notify_refused(&e),
        }
    }
}

/// Files dropped on a record (its row, its form): attached to it. The
/// drop is taken here, so the page-wide drop, which imports a document,
/// does not see it. A drop without files is left alone.
pub fn drop_on_record(app: AppState, record: RecordRef, e: &web_sys::DragEvent) {
    let files = files::list_files(e.data_transfer().and_then(|d| d.files()));
    if files.is_empty() {
        return;
    }
    e.prevent_default();
    e.stop_propagation();
    app.dragging.set(false);
    attach(app, record, files, false);
}

/// Files dragged over a record: the drop is allowed here, and the
/// page-wide overlay that speaks of importing is not shown.
pub fn drag_over_record(app: AppState, e: &web_sys::DragEvent) {
    let carries = e.data_transfer().is_some_and(|d| {
        d.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    });
    if carries {
        e.prevent_default();
        e.stop_propagation();
        if app.dragging.get_untracked() {
            app.dragging.set(false);
        }
    }
}

/// An image (or any file) pasted while a record has the focus: attached to
/// it. A paste of text is left alone.
pub fn paste_on_record(app: AppState, record: RecordRef, e: &web_sys::ClipboardEvent) {
    let files = files::list_files(e.clipboard_data().and_then(|d| d.files()));
    if !files.is_empty() {
        e.prevent_default();
        e.stop_propagation();
        attach(app, record, files, true);
    }
}

/// A thumbnail of a stored image, drawn from its Blob.
#[component]
fn Thumb(sha256: String, name: String) -> impl IntoView {
    let src = RwSignal::new(None::<String>);
    spawn_local(async move {
        if let Some(url) = filestore::object_url(&sha256).await {
            src.set(Some(url));
        }
    });
    on_cleanup(move || {
        if let Some(url) = src.try_get_untracked().flatten() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });
    view! {
        {move || src.get().map(|s| view! { <img class="evidence-thumb" src=s alt=name.clone() loading="lazy"/> })}
    }
}

/// The evidence panel of record `record`; `on_close` hides it.
#[component]
pub fn EvidencePanel(record: RecordRef, on_close: Callback<()>) -> impl IntoView {
    let app = use_app();
    let r = StoredValue::new(record);
    let data = Memo::new(move |_| app.doc.with(|d| r.with_value(|r| record_of(d, r))));
    let reference = RwSignal::new(String::new());
    let mm = move || msgs(app.lang.get());

    let on_read =
        Callback::new(move |picked: Vec<Picked>| attach_read(app, r.get_value(), picked, false));
    let on_drop = move |e: web_sys::DragEvent| drop_on_record(app, r.get_value(), &e);
    let on_dragover = move |e: web_sys::DragEvent| drag_over_record(app, &e);
    let on_paste = move |e: web_sys::ClipboardEvent| paste_on_record(app, r.get_value(), &e);
    let add_reference = move || {
        let text = reference.get_untracked().trim().to_string();
        if text.is_empty() {
            return;
        }
        add_evidence(
            app,
            &r.get_value(),
            vec![Evidence {
                name: text,
                file: None,
                added_at: app.now(),
            }],
        );
        reference.set(String::new());
    };

    let items = move || {
        let (_, evidence) = data.get().unwrap_or_default();
        evidence
            .into_iter()
            .enumerate()
            .map(|(i, e)| {
                let name = e.name.clone();
                let body = match e.file.clone() {
                    Some(f) => {
                        let (sha, dl_name) = (f.sha256.clone(), e.name.clone());
                        let download = move |_| {
                            let (sha, dl_name) = (sha.clone(), dl_name.clone());
                            spawn_local(async move {
                                match filestore::download(&sha, &dl_name).await {
                                    Ok(true) => {}
                                    Ok(false) => app.notify(|l| msgs(l).not_here.to_string(), ToastKind::Error),
                                    Err(e) => {
                                        let why = format!("{e:?}");
                                        app.notify(
                                            move |l| fill(msgs(l).store_failed, &[&dl_name, &why]),
                                            ToastKind::Error,
                                        )
                                    }
                                }
                            });
                        };
                        let thumb = is_image(&f.mime)
                            .then(|| view! { <Thumb sha256=f.sha256.clone() name=e.name.clone()/> });
                        view! {
                            {thumb}
                            <span class="evidence-name">{e.name.clone()}</span>
                            <span class="small muted">{fmt_bytes(f.size)}</span>
                            <button type="button" class="btn btn-small" data-testid="evidence-download" on:click=download>{move || mm().download}</button>
                        }
                        .into_any()
                    }
                    None => view! {
                        <span class="evidence-name">{e.name.clone()}</span>
                        <span class="small muted">{move || mm().elsewhere}</span>
                    }
                    .into_any(),
                };
                view! {
                    <li class="evidence-item" data-testid="evidence-item" data-name=name>
                        {body}
                        <button type="button" class="btn btn-small btn-quiet" on:click=move |_| remove(app, &r.get_value(), i)>{move || mm().remove}</button>
                    </li>
                }
            })
            .collect_view()
    };

    view! {
        <section class="card evidence-panel" data-testid="evidence-panel" aria-labelledby="evidence-title"
            on:drop=on_drop on:dragover=on_dragover on:paste=on_paste tabindex="-1">
            <h3 id="evidence-title">{move || mm().title}</h3>
            <p class="small">{move || mm().for_record}{move || data.get().map(|(t, _)| t).unwrap_or_default()}</p>
            <Show when=move || data.with(|d| d.as_ref().is_some_and(|(_, e)| !e.is_empty()))
                fallback=move || view! { <p class="muted">{move || mm().none}</p> }>
                <ul class="evidence-list">{items}</ul>
            </Show>
            <div class="file-pick">
                <FilePick id="evidence-file" multiple=true testid="evidence-file"
                    limit=|_, _| MAX_FILE_BYTES on_read=on_read/>
                <label for="evidence-file" class="btn btn-primary">{move || mm().attach}</label>
                <span class="field-hint">{move || mm().drop_hint}</span>
            </div>
            <div class="field">
                <label for="evidence-reference">{move || mm().reference_label}</label>
                <div class="btn-row">
                    <input id="evidence-reference" type="text" prop:value=move || reference.get()
                        on:input=move |e| reference.set(event_target_value(&e))
                        on:keydown=move |e: leptos::ev::KeyboardEvent| if e.key() == "Enter" { e.prevent_default(); add_reference(); }/>
                    <button type="button" class="btn" on:click=move |_| add_reference()>{move || mm().add_reference}</button>
                </div>
            </div>
            <div class="btn-row">
                <button type="button" class="btn" on:click=move |_| on_close.run(())>{move || mm().close}</button>
            </div>
        </section>
    }
}

/// Every piece of evidence behind target `id`, by date: what the report's
/// annex lists, with a download for each file.
#[component]
pub fn TargetEvidence(id: crate::plan::TargetId) -> impl IntoView {
    let app = use_app();
    let mm = move || msgs(app.lang.get());
    let list = Memo::new(move |_| {
        app.doc.with(|d| {
            crate::evidence::annex(d, std::slice::from_ref(&id), d.plan.start, d.plan.end)
                .into_iter()
                .next()
                .map(|t| t.items)
                .unwrap_or_default()
        })
    });
    view! {
        <Show when=move || list.with(|l| !l.is_empty())>
            <section class="card target-evidence" data-testid="target-evidence" aria-labelledby="target-evidence-title">
                <h3 id="target-evidence-title">{move || mm().title}</h3>
                <ul class="evidence-list">
                    {move || list.get().into_iter().map(|item| {
                        let date = crate::present::fmt_date(item.date, app.lang.get_untracked());
                        let action = item.file.clone().map(|f| {
                            let name = item.name.clone();
                            let thumb = is_image(&f.mime).then(|| view! { <Thumb sha256=f.sha256.clone() name=name.clone()/> });
                            let download = move |_| {
                                let (sha, name) = (f.sha256.clone(), name.clone());
                                spawn_local(async move {
                                    if !matches!(filestore::download(&sha, &name).await, Ok(true)) {
                                        app.notify(|l| msgs(l).not_here.to_string(), ToastKind::Error);
                                    }
                                });
                            };
                            view! {
                                {thumb}
                                <button type="button" class="btn btn-small" on:click=download>{move || mm().download}</button>
                            }
                        });
                        let elsewhere = item.elsewhere.then(|| view! { <span class="small muted">{move || mm().elsewhere}</span> });
                        view! {
                            <li class="evidence-item">
                                <span class="small muted">{date}</span>
                                <span class="evidence-name">{item.name.clone()}</span>
                                {elsewhere}
                                <span class="small muted">{item.record.clone()}</span>
                                {action}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        </Show>
    }
}
