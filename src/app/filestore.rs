//! The browser's file store for evidence: one IndexedDB object store,
//! `files`, keyed by SHA-256, each value `{ blob, at }` (the bytes as a
//! Blob and when they were stored, in ms) and, once a sweep has looked at
//! it, `unnamed_since` (ms, while no record names it), `name` and `size`
//! (what it was last named with, for the Data view's list). A value
//! without those fields (written before they existed, or just stored)
//! reads as never marked. A file is stored once however many records name
//! it; the document keeps only its `FileRef`. This is the browser's own
//! stored form, not the exchange format.
//!
//! Bytes are deleted only by [`sweep`] (and by the user, from the Data
//! view's list), which asks `evidence_gc` what to do: a file is marked when
//! nothing this tab can read names it, and deleted only after
//! `evidence_gc::UNNAMED_GRACE_DAYS` days marked; nothing is marked or
//! deleted while the stored document, a snapshot or a recovery copy cannot
//! be read, or while a recovery copy is kept.

use std::cell::RefCell;

use js_sys::{Array, Object, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbTransaction, IdbTransactionMode};

use crate::app::state::AppState;
use crate::evidence_gc::{StoredFile, Sweep};
use crate::web::idb::{request_done, transaction_done};

mod sweep;

pub use sweep::{delete_now, keep, survey, sweep};

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

/// Stores `bytes` under `sha256` with the name it is attached under (once:
/// storing the same hash again only replaces it with the same bytes, and
/// clears a mark of unnamed, since a record is about to name it).
/// `Err(StoreError::Full)` when the browser has no room.
pub async fn put(sha256: &str, mime: &str, name: &str, bytes: &[u8]) -> Result<(), StoreError> {
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
    let _ = Reflect::set(&value, &JsValue::from_str("name"), &JsValue::from_str(name));
    let _ = Reflect::set(
        &value,
        &JsValue::from_str("size"),
        &JsValue::from_f64(bytes.len() as f64),
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

fn number(v: &JsValue, field: &str) -> Option<f64> {
    Reflect::get(v, &JsValue::from_str(field))
        .ok()
        .and_then(|a| a.as_f64())
}

/// Reads one stored value. A value written before the marks existed
/// (`{ blob, at }`) reads as never marked, name unknown, its size the
/// Blob's.
fn read_entry(key: String, v: &JsValue) -> StoredFile {
    let blob_size = Reflect::get(v, &JsValue::from_str("blob"))
        .ok()
        .and_then(|b| b.dyn_into::<web_sys::Blob>().ok())
        .map(|b| b.size())
        .unwrap_or(0.0);
    StoredFile {
        sha256: key,
        stored_at: number(v, "at").unwrap_or(0.0) as i64,
        unnamed_since: number(v, "unnamed_since").map(|t| t as i64),
        name: Reflect::get(v, &JsValue::from_str("name"))
            .ok()
            .and_then(|n| n.as_string()),
        size: number(v, "size").unwrap_or(blob_size) as u64,
    }
}

/// Every stored file with its marks.
async fn entries() -> Result<Vec<StoredFile>, StoreError> {
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
        .filter_map(|(k, v)| Some(read_entry(k.as_string()?, &v)))
        .collect())
}

/// Every stored hash.
pub async fn hashes() -> Result<Vec<String>, StoreError> {
    Ok(entries().await?.into_iter().map(|f| f.sha256).collect())
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

/// How long after a fresh start the first sweep pass runs: the first
/// screen and the prefetch come first.
const FIRST_SWEEP: std::time::Duration = std::time::Duration::from_secs(10);

/// How often an open tab sweeps again: each pass clears the marks of the
/// files its undo entries name, so an undo kept in a tab left open keeps
/// its file (`evidence_gc`, "whichever tab sweeps").
const SWEEP_EVERY: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Runs a sweep pass ([`sweep`]) ten seconds after start and then every
/// hour. The sweep's code (IndexedDB, and reading the stored documents) is
/// a part of its own, fetched then: the first screen never needs it.
pub fn sweep_when_idle(app: AppState) {
    leptos::prelude::set_timeout(
        move || {
            leptos::task::spawn_local(async move {
                match sweeper(app).await {
                    Err(_) => {
                        leptos::logging::warn!("evidence files not swept: their code did not load")
                    }
                    Ok(sweeping) => {
                        if let Err(e) = sweeping.await {
                            leptos::logging::warn!("evidence files not swept: {e:?}");
                        }
                    }
                }
            });
            schedule_next(app);
        },
        FIRST_SWEEP,
    );
}

fn schedule_next(app: AppState) {
    leptos::prelude::set_timeout(
        move || {
            leptos::task::spawn_local(async move {
                if let Ok(sweeping) = sweeper(app).await {
                    if let Err(e) = sweeping.await {
                        leptos::logging::warn!("evidence files not swept: {e:?}");
                    }
                }
            });
            schedule_next(app);
        },
        SWEEP_EVERY,
    );
}

type Sweeping = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Sweep, StoreError>>>>;

crate::app::lazy::split_point!(
    sweep,
    preload_sweep,
    fn sweeper(app: AppState) -> Sweeping {
        Ok(Box::pin(sweep(app)))
    }
);
