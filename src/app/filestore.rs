//! The browser's file store for evidence: one IndexedDB object store,
//! `files`, keyed by SHA-256, each value `{ blob, at }` (the bytes as a
//! Blob and when they were stored, in ms). A file is stored once however
//! many records name it; the document keeps only its `FileRef`.
//!
//! Files no record names are deleted only by [`sweep`], which runs once
//! after the first paint of a fresh page: the undo stack lives in memory,
//! so a fresh page has no undo that could bring a reference back. A file
//! a snapshot names is kept, and so is one stored in the last ten minutes
//! (another tab may be about to save the record naming it).

use std::cell::RefCell;

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use leptos::prelude::{GetUntracked, WithUntracked};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB_NAME: &str = "luoshi-files";
const STORE: &str = "files";

/// Why the file store refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The browser has no room left (QuotaExceededError).
    Full,
    /// IndexedDB is missing or refused (private mode, blocked storage).
    Unavailable(String),
}

impl StoreError {
    fn from_js(e: &JsValue) -> StoreError {
        let name = Reflect::get(e, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name == "QuotaExceededError" {
            StoreError::Full
        } else {
            let message = Reflect::get(e, &JsValue::from_str("message"))
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            StoreError::Unavailable(format!("{name} {message}").trim().to_string())
        }
    }
}

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
}

/// A promise settled by a request's success (with its result) or error.
fn request_done(req: &IdbRequest) -> Promise {
    let req = req.clone();
    Promise::new(&mut |resolve, reject| {
        let r = req.clone();
        let ok = Closure::once_into_js(move |_: JsValue| {
            let _ = resolve.call1(&JsValue::NULL, &r.result().unwrap_or(JsValue::UNDEFINED));
        });
        let r = req.clone();
        let bad = Closure::once_into_js(move |_: JsValue| {
            let err = r
                .error()
                .ok()
                .flatten()
                .map(JsValue::from)
                .unwrap_or(JsValue::NULL);
            let _ = reject.call1(&JsValue::NULL, &err);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(bad.unchecked_ref()));
    })
}

/// A promise settled when a transaction completes or aborts.
fn transaction_done(tx: &IdbTransaction) -> Promise {
    let tx = tx.clone();
    Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |_: JsValue| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let t = tx.clone();
        let reject2 = reject.clone();
        let bad = Closure::once_into_js(move |_: JsValue| {
            let err = t.error().map(JsValue::from).unwrap_or(JsValue::NULL);
            let _ = reject2.call1(&JsValue::NULL, &err);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onabort(Some(bad.unchecked_ref()));
        let _ = reject;
    })
}

async fn open() -> Result<IdbDatabase, StoreError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let unavailable = |e: JsValue| StoreError::from_js(&e);
    let factory = web_sys::window()
        .ok_or_else(|| StoreError::Unavailable("no window".into()))?
        .indexed_db()
        .map_err(unavailable)?
        .ok_or_else(|| StoreError::Unavailable("no IndexedDB".into()))?;
    let req = factory.open_with_u32(DB_NAME, 1).map_err(unavailable)?;
    let r = req.clone();
    let upgrade = Closure::once_into_js(move |_: JsValue| {
        if let Ok(db) = r.result().and_then(|v| v.dyn_into::<IdbDatabase>()) {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db: IdbDatabase = JsFuture::from(request_done(&req))
        .await
        .map_err(unavailable)?
        .dyn_into()
        .map_err(|_| StoreError::Unavailable("not a database".into()))?;
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

fn store(
    db: &IdbDatabase,
    mode: IdbTransactionMode,
) -> Result<(IdbTransaction, web_sys::IdbObjectStore), StoreError> {
    let tx = db
        .transaction_with_str_and_mode(STORE, mode)
        .map_err(|e| StoreError::from_js(&e))?;
    let st = tx
        .object_store(STORE)
        .map_err(|e| StoreError::from_js(&e))?;
    Ok((tx, st))
}

/// Stores `bytes` under `sha256` (once: storing the same hash again only
/// replaces it with the same bytes). `Err(StoreError::Full)` when the
/// browser has no room.
pub async fn put(sha256: &str, mime: &str, bytes: &[u8]) -> Result<(), StoreError> {
    let db = open().await?;
    let parts = Array::of1(&Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| StoreError::from_js(&e))?;
    let value = Object::new();
    let _ = Reflect::set(&value, &JsValue::from_str("blob"), &blob);
    let _ = Reflect::set(
        &value,
        &JsValue::from_str("at"),
        &JsValue::from_f64(crate::web::clock::millis()),
    );
    let (tx, st) = store(&db, IdbTransactionMode::Readwrite)?;
    let done = transaction_done(&tx);
    st.put_with_key(&value, &JsValue::from_str(sha256))
        .map_err(|e| StoreError::from_js(&e))?;
    JsFuture::from(done)
        .await
        .map(|_| ())
        .map_err(|e| StoreError::from_js(&e))
}

/// The stored Blob of `sha256`, if stored.
pub async fn get_blob(sha256: &str) -> Result<Option<web_sys::Blob>, StoreError> {
    let db = open().await?;
    let (_tx, st) = store(&db, IdbTransactionMode::Readonly)?;
    let req = st
        .get(&JsValue::from_str(sha256))
        .map_err(|e| StoreError::from_js(&e))?;
    let value = JsFuture::from(request_done(&req))
        .await
        .map_err(|e| StoreError::from_js(&e))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    Ok(Reflect::get(&value, &JsValue::from_str("blob"))
        .ok()
        .and_then(|b| b.dyn_into::<web_sys::Blob>().ok()))
}

/// The stored bytes of `sha256`, if stored.
pub async fn get_bytes(sha256: &str) -> Result<Option<Vec<u8>>, StoreError> {
    let Some(blob) = get_blob(sha256).await? else {
        return Ok(None);
    };
    let buf = JsFuture::from(blob.array_buffer())
        .await
        .map_err(|e| StoreError::from_js(&e))?;
    Ok(Some(Uint8Array::new(&buf).to_vec()))
}

/// Every stored hash with when it was stored (ms).
async fn entries() -> Result<Vec<(String, f64)>, StoreError> {
    let db = open().await?;
    let (_tx, st) = store(&db, IdbTransactionMode::Readonly)?;
    let req = st.get_all_keys().map_err(|e| StoreError::from_js(&e))?;
    let keys: Array = JsFuture::from(request_done(&req))
        .await
        .map_err(|e| StoreError::from_js(&e))?
        .unchecked_into();
    let req = st.get_all().map_err(|e| StoreError::from_js(&e))?;
    let values: Array = JsFuture::from(request_done(&req))
        .await
        .map_err(|e| StoreError::from_js(&e))?
        .unchecked_into();
    Ok(keys
        .iter()
        .zip(values.iter())
        .filter_map(|(k, v)| {
            let at = Reflect::get(&v, &JsValue::from_str("at"))
                .ok()
                .and_then(|a| a.as_f64())
                .unwrap_or(0.0);
            k.as_string().map(|k| (k, at))
        })
        .collect())
}

/// Every stored hash.
pub async fn hashes() -> Result<Vec<String>, StoreError> {
    Ok(entries().await?.into_iter().map(|(k, _)| k).collect())
}

/// Deletes the stored files that neither `doc` nor any of `also` (the
/// snapshots) names and that were stored more than ten minutes ago.
/// Returns how many were deleted.
pub async fn sweep(
    doc: &crate::plan::Document,
    also: &[crate::plan::Document],
) -> Result<usize, StoreError> {
    let now = crate::web::clock::millis();
    let stored = entries().await?;
    let old: Vec<&str> = stored
        .iter()
        .filter(|(_, at)| now - at > 10.0 * 60.0 * 1000.0)
        .map(|(k, _)| k.as_str())
        .collect();
    let gone = crate::evidence::unnamed(doc, also.iter(), old.iter().copied());
    if gone.is_empty() {
        return Ok(0);
    }
    let db = open().await?;
    let (tx, st) = store(&db, IdbTransactionMode::Readwrite)?;
    let done = transaction_done(&tx);
    for h in &gone {
        st.delete(&JsValue::from_str(h))
            .map_err(|e| StoreError::from_js(&e))?;
    }
    JsFuture::from(done)
        .await
        .map_err(|e| StoreError::from_js(&e))?;
    Ok(gone.len())
}

/// Asks the browser to keep this site's storage (`navigator.storage.persist()`);
/// `Some(granted)`, or `None` where the browser cannot say.
pub async fn ask_persist() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let answer = JsFuture::from(storage.persist().ok()?).await.ok()?;
    answer.as_bool()
}

/// `navigator.storage.estimate()`: (bytes used, quota) for the whole site.
pub async fn estimate() -> Option<(f64, f64)> {
    let storage = web_sys::window()?.navigator().storage();
    let e = JsFuture::from(storage.estimate().ok()?).await.ok()?;
    let usage = Reflect::get(&e, &JsValue::from_str("usage"))
        .ok()?
        .as_f64()?;
    let quota = Reflect::get(&e, &JsValue::from_str("quota"))
        .ok()?
        .as_f64()?;
    Some((usage, quota))
}

/// Offers the stored file `sha256` as a download named `name`.
pub async fn download(sha256: &str, name: &str) -> Result<bool, StoreError> {
    let Some(blob) = get_blob(sha256).await? else {
        return Ok(false);
    };
    let url =
        web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| StoreError::from_js(&e))?;
    crate::app::download::click_link(&url, name).map_err(|e| StoreError::Unavailable(e.0))?;
    Ok(true)
}

/// An object URL of the stored file, for a thumbnail; the caller revokes it.
pub async fn object_url(sha256: &str) -> Option<String> {
    let blob = get_blob(sha256).await.ok()??;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// Ten seconds after start, when nothing has been changed yet (the undo
/// stack is empty), deletes the stored files that no record and no
/// snapshot names ([`sweep`]). The sweep's code (IndexedDB, and reading the
/// snapshots) is a part of its own, fetched then: the first screen never
/// needs it. It reads the snapshots only when some stored file is old
/// enough to go, and deletes nothing when any snapshot cannot be read.
pub fn sweep_when_idle(app: crate::app::state::AppState) {
    leptos::prelude::set_timeout(
        move || {
            if app.undo_stack.with_untracked(|s| !s.is_empty()) {
                return;
            }
            let doc = app.doc.get_untracked();
            leptos::task::spawn_local(async move {
                let Ok(sweeping) = sweeper(doc).await else {
                    leptos::logging::warn!("evidence files not swept: their code did not load");
                    return;
                };
                if app.undo_stack.with_untracked(|s| !s.is_empty()) {
                    return;
                }
                if let Err(e) = sweeping.await {
                    leptos::logging::warn!("evidence files not swept: {e:?}");
                }
            });
        },
        std::time::Duration::from_secs(10),
    );
}

type Sweeping = std::pin::Pin<Box<dyn std::future::Future<Output = Result<usize, StoreError>>>>;

crate::app::lazy::split_point!(
    sweep,
    preload_sweep,
    fn sweeper(doc: crate::plan::Document) -> Sweeping {
        Ok(Box::pin(async move {
            // No stored file is old enough to go: no snapshot need be read.
            let now = crate::web::clock::millis();
            if !entries()
                .await?
                .iter()
                .any(|(_, at)| now - at > 10.0 * 60.0 * 1000.0)
            {
                return Ok(0);
            }
            let snapshots = snapshot_documents()?;
            sweep(&doc, &snapshots).await
        }))
    }
);

/// Every stored snapshot's document. A snapshot that cannot be read or
/// decoded is an error, not a gap: the files it may name must not be
/// taken for unnamed ones.
fn snapshot_documents() -> Result<Vec<crate::plan::Document>, StoreError> {
    let mut out = Vec::new();
    for s in crate::app::storage::snapshots() {
        let raw = crate::app::storage::read(&s.key)
            .map_err(|e| StoreError::Unavailable(format!("snapshot {}: {e:?}", s.key)))?;
        let Some(raw) = raw else { continue };
        let decoded = crate::format::decode_file_unexplained(&raw).map_err(|e| {
            StoreError::Unavailable(format!("snapshot {} cannot be read: {e:?}", s.key))
        })?;
        out.push(decoded.document);
    }
    Ok(out)
}
