//! The sweep's side of the file store: what each pass reads (every holder
//! of references, as this build reads it), and the one transaction that
//! applies `evidence_gc`'s decision; the Data view's keep and delete now.

use js_sys::{Object, Reflect};
use leptos::prelude::{GetUntracked, WithUntracked};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::IdbTransactionMode;

use super::{entries, get_blob, open, read_entry, store, transaction_done, StoreError};
use crate::app::state::AppState;
use crate::app::storage;
use crate::evidence_gc::{self, Holder, Naming, Pending, Reading, Source, StoredFile, Sweep};

/// What one stored value becomes.
#[derive(Clone)]
enum Change {
    /// Marked (or stamped again) as unnamed since `now`.
    Unnamed(i64),
    /// Named: the mark cleared, the name and size recorded.
    Named(Naming),
    /// Deleted.
    Delete,
}

/// Applies `changes` in one transaction. Each value is read again inside
/// it and changed only if its stored time and mark are still those the
/// decision saw: another tab may have stored the same bytes again (to name
/// them) or swept in between, and a transaction is the only place where
/// reading and writing cannot interleave with theirs.
async fn write_changes(changes: Vec<(StoredFile, Change)>) -> Result<(), StoreError> {
    if changes.is_empty() {
        return Ok(());
    }
    let db = open().await?;
    let (tx, st) = store(&db, IdbTransactionMode::Readwrite)?;
    let done = transaction_done(&tx);
    for (seen, change) in changes {
        let key = JsValue::from_str(&seen.sha256);
        let req = st.get(&key).map_err(|e| StoreError::from_js(&e))?;
        let r = req.clone();
        let st2 = st.clone();
        let on_value = Closure::once_into_js(move |_: JsValue| {
            let Ok(value) = r.result() else { return };
            if value.is_undefined() || value.is_null() {
                return;
            }
            let now = read_entry(seen.sha256.clone(), &value);
            if now.stored_at != seen.stored_at || now.unnamed_since != seen.unnamed_since {
                return;
            }
            let set = |field: &str, v: &JsValue| {
                let _ = Reflect::set(&value, &JsValue::from_str(field), v);
            };
            let _ = match change {
                Change::Delete => st2.delete(&key).map(|_| ()),
                Change::Unnamed(at) => {
                    set("unnamed_since", &JsValue::from_f64(at as f64));
                    st2.put_with_key(&value, &key).map(|_| ())
                }
                Change::Named(naming) => {
                    let _ = Reflect::delete_property(
                        value.unchecked_ref::<Object>(),
                        &JsValue::from_str("unnamed_since"),
                    );
                    set("name", &JsValue::from_str(&naming.name));
                    set("size", &JsValue::from_f64(naming.size as f64));
                    st2.put_with_key(&value, &key).map(|_| ())
                }
            };
        });
        req.set_onsuccess(Some(on_value.unchecked_ref()));
    }
    JsFuture::from(done)
        .await
        .map(|_| ())
        .map_err(|e| StoreError::from_js(&e))
}

/// Every holder of references this tab can look at, read now: its working
/// document and undo entries, the stored document, every snapshot and every
/// recovery copy, each as this build reads it.
fn sources(app: AppState) -> Vec<Source> {
    let zh = app.lang.get_untracked() == crate::i18n::Lang::Zh;
    let mut out = vec![
        Source::read(
            Holder::Working,
            app.doc.with_untracked(evidence_gc::names_in),
        ),
        Source::read(
            Holder::Undo,
            app.undo_stack
                .with_untracked(|u| evidence_gc::names_in_commands(u.iter())),
        ),
        Source {
            holder: Holder::Stored,
            reading: read_stored(storage::DOC_KEY, zh),
        },
    ];
    for s in storage::snapshots() {
        out.push(Source {
            holder: Holder::Snapshot(s.day),
            reading: read_stored(&s.key, zh),
        });
    }
    for key in storage::keys() {
        if key.starts_with(storage::RECOVERY_KEY) {
            out.push(Source {
                reading: read_stored(&key, zh),
                holder: Holder::Recovery(key),
            });
        }
    }
    out
}

/// What the document stored under `key` names, as this build reads it; a
/// missing key names nothing. The reason it cannot be read is worded in
/// Chinese when `zh`.
fn read_stored(key: &str, zh: bool) -> Reading {
    match storage::read(key) {
        Err(e) => Reading::Unreadable(e.to_string()),
        Ok(None) => Reading::Read(Default::default()),
        Ok(Some(raw)) => match crate::format::decode_file_unexplained(&raw) {
            Ok(d) => Reading::Read(evidence_gc::names_in(&d.document)),
            Err(crate::format::DecodeError::NewerVersion { .. }) => Reading::Newer,
            Err(e) if zh => Reading::Unreadable(e.message_zh()),
            Err(e) => Reading::Unreadable(e.to_string()),
        },
    }
}

/// What a sweep would do now, without doing it: for the Data view.
pub async fn survey(app: AppState) -> Result<Sweep, StoreError> {
    let files = entries().await?;
    Ok(evidence_gc::sweep(&sources(app), &files, now_ms()))
}

/// One sweep pass ([`evidence_gc::sweep`]): marks the files nothing names,
/// clears the marks of files named again, deletes those unnamed for
/// [`evidence_gc::UNNAMED_GRACE_DAYS`] days. Returns what it decided.
pub async fn sweep(app: AppState) -> Result<Sweep, StoreError> {
    let now = now_ms();
    let files = entries().await?;
    if files.is_empty() {
        // Nothing stored: no document need be read.
        return Ok(Sweep::default());
    }
    let plan = evidence_gc::sweep(&sources(app), &files, now);
    let seen = |h: &str| files.iter().find(|f| f.sha256 == h).cloned();
    let mut changes = Vec::new();
    for h in plan.mark.iter().chain(&plan.restamp) {
        changes.extend(seen(h).map(|f| (f, Change::Unnamed(now))));
    }
    for n in &plan.named {
        changes.extend(seen(&n.sha256).map(|f| (f, Change::Named(n.naming.clone()))));
    }
    for h in &plan.delete {
        changes.extend(seen(h).map(|f| (f, Change::Delete)));
    }
    write_changes(changes).await?;
    Ok(plan)
}

/// Keeps a file waiting to be deleted for another
/// [`evidence_gc::UNNAMED_GRACE_DAYS`] days: its mark stamped with now.
pub async fn keep(file: &Pending) -> Result<(), StoreError> {
    let seen = marked(file).await?;
    write_changes(vec![(seen, Change::Unnamed(now_ms()))]).await
}

/// Deletes a file waiting to be deleted now (the user confirmed), if it is
/// still as the list showed it and nothing names it now.
pub async fn delete_now(app: AppState, file: &Pending) -> Result<bool, StoreError> {
    let plan = survey(app).await?;
    if !plan.runs() || !plan.pending.iter().any(|p| p.sha256 == file.sha256) {
        return Ok(false);
    }
    let seen = marked(file).await?;
    write_changes(vec![(seen, Change::Delete)]).await?;
    Ok(get_blob(&file.sha256).await?.is_none())
}

/// The stored file of `file` as the list saw it (its mark possibly not
/// yet written: the list shows what a sweep would do now).
async fn marked(file: &Pending) -> Result<StoredFile, StoreError> {
    entries()
        .await?
        .into_iter()
        .find(|f| f.sha256 == file.sha256)
        .ok_or_else(|| StoreError::Unavailable("not stored".into()))
}

pub(super) fn now_ms() -> i64 {
    crate::web::clock::millis() as i64
}
