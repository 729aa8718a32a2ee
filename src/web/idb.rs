//! The document's own IndexedDB database, `luoshi-doc`: one object store,
//! `rows`, of string keys to string values (the stored form's rows, keyed
//! by their document; what a row holds is `crate::store`'s business, not
//! this module's). This is the browser's stored form, not the exchange
//! format.
//!
//! Invariants:
//! - A write is one readwrite transaction with every put and delete of a
//!   change ([`put_and_delete`]); it resolves only once the transaction has
//!   committed (`complete`), and an abort leaves the previous rows whole.
//!   Imports and migrations ask for strict durability (flushed to disk
//!   before `complete`), edits for relaxed.
//! - A tab whose connection another tab's newer build asks to upgrade
//!   (`versionchange`) closes it at once, so the upgrade can run; opening
//!   it again then finds the database at a newer version, and every read
//!   and write is refused with [`IdbError::Superseded`]: an older build
//!   never writes over a newer build's rows. [`superseded`] tells the shell
//!   to say so as soon as it happens.
//! - Every failure is an [`IdbError`] value, never a panic; a full storage
//!   is [`IdbError::Quota`], so the caller can say which change was not
//!   saved.
//! - Other tabs hear of a committed write through the BroadcastChannel
//!   [`CHANNEL`] ([`announce`], [`listen`]): the revision and the keys
//!   written or deleted.
//!
//! The browser's API is reached through `web_sys` and, where `web_sys`
//! marks it unstable (a transaction's durability) or would need more of
//! its features (key ranges, BroadcastChannel), through `js_sys::Reflect`:
//! no IndexedDB crate, so this module adds only its own code to whichever
//! module calls it.

use std::cell::{Cell, RefCell};

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbObjectStore, IdbRequest, IdbTransaction};

mod channel;
mod write;

pub use channel::{announce, listen, Announcement};
pub use write::{begin, put_and_delete, put_and_delete_guarded, put_and_delete_if, Begun, Guarded};

/// The database's name.
pub const DB_NAME: &str = "luoshi-doc";
/// The one object store: row key (string) → row value (string).
pub const STORE: &str = "rows";
/// The database version this build opens; a newer build raises it.
pub const VERSION: u32 = 1;
/// The BroadcastChannel on which a tab announces its committed writes.
pub const CHANNEL: &str = "luoshi.doc";

/// Why IndexedDB refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdbError {
    /// IndexedDB is missing or refused in this context (some `file://`
    /// pages, private modes, storage blocked by site settings).
    #[error("IndexedDB is not available here: {0}")]
    Unavailable(String),
    /// The browser's quota is reached: the transaction was rolled back.
    #[error("browser storage is full")]
    Quota,
    /// The transaction was aborted for another reason: nothing of it was
    /// written.
    #[error("the write was aborted: {0}")]
    Aborted(String),
    /// Another tab opened the database with a newer build: this tab closed
    /// its connection and writes nothing more.
    #[error("another tab opened the data with a newer version of Luoshi")]
    Superseded,
    /// The stored document could not be opened (its rows unreadable as a
    /// whole, or the database refused): what was found.
    #[error("the data kept in IndexedDB cannot be opened: {0}")]
    Opening(String),
    /// Anything else the browser threw.
    #[error("IndexedDB failed: {0}")]
    Other(String),
}

impl IdbError {
    /// The error a DOMException (or anything thrown) stands for.
    pub fn from_js(e: &JsValue) -> IdbError {
        let field = |name: &str| {
            Reflect::get(e, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        let name = field("name");
        let message = field("message");
        match name.as_str() {
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => IdbError::Quota,
            "VersionError" => IdbError::Superseded,
            "AbortError" => IdbError::Aborted(message),
            // The connection was closed under this tab (a newer build).
            "InvalidStateError" if superseded() => IdbError::Superseded,
            "SecurityError" => IdbError::Unavailable(format!("{name} {message}").trim().into()),
            _ => IdbError::Other(format!("{name} {message}").trim().to_string()),
        }
    }
}

/// How hard the browser must keep a write before it reports it committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Flushed to disk before `complete`: imports, migrations.
    Strict,
    /// Committed to the browser's store, flushed by it soon after: edits.
    Relaxed,
}

impl Durability {
    fn as_str(self) -> &'static str {
        match self {
            Durability::Strict => "strict",
            Durability::Relaxed => "relaxed",
        }
    }
}

thread_local! {
    static DB: RefCell<Option<IdbDatabase>> = const { RefCell::new(None) };
    /// Set once a newer build took the database (its `versionchange`, or a
    /// `VersionError` on opening).
    static SUPERSEDED: Cell<bool> = const { Cell::new(false) };
}

/// Whether another tab's newer build took the database from this tab.
pub fn superseded() -> bool {
    SUPERSEDED.with(Cell::get)
}

/// A promise settled by a request's success (with its result) or error.
pub fn request_done(req: &IdbRequest) -> Promise {
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

/// A promise resolved when a transaction commits (`complete`) and rejected
/// with its error when it aborts.
pub fn transaction_done(tx: &IdbTransaction) -> Promise {
    let tx = tx.clone();
    Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |_: JsValue| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let t = tx.clone();
        let bad = Closure::once_into_js(move |_: JsValue| {
            // An abort asked for by the code has no error: name it.
            let err = t.error().map(JsValue::from).unwrap_or_else(|| {
                let e = Object::new();
                let _ = Reflect::set(&e, &"name".into(), &"AbortError".into());
                e.into()
            });
            let _ = reject.call1(&JsValue::NULL, &err);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onabort(Some(bad.unchecked_ref()));
    })
}

/// The open database, opened (and created or upgraded) on first use.
pub async fn open() -> Result<IdbDatabase, IdbError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let factory = web_sys::window()
        .ok_or_else(|| IdbError::Unavailable("no window".into()))?
        .indexed_db()
        .map_err(|e| IdbError::Unavailable(js_name(&e)))?
        .ok_or_else(|| IdbError::Unavailable("no IndexedDB".into()))?;
    let req = factory
        .open_with_u32(DB_NAME, VERSION)
        .map_err(|e| IdbError::Unavailable(js_name(&e)))?;
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
        .map_err(|e| match IdbError::from_js(&e) {
            IdbError::Superseded => {
                SUPERSEDED.with(|s| s.set(true));
                IdbError::Superseded
            }
            IdbError::Other(what) => IdbError::Unavailable(what),
            other => other,
        })?
        .dyn_into()
        .map_err(|_| IdbError::Unavailable("not a database".into()))?;
    // A newer build in another tab asks to upgrade: let it, and write
    // nothing more from here.
    let closing = db.clone();
    let on_version_change = Closure::<dyn Fn(JsValue)>::new(move |_: JsValue| {
        closing.close();
        SUPERSEDED.with(|s| s.set(true));
        DB.with(|d| d.borrow_mut().take());
    });
    db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    on_version_change.forget();
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// Closes this tab's connection (tests, and a tab that must let another
/// upgrade); the next call opens it again.
pub fn close() {
    if let Some(db) = DB.with(|d| d.borrow_mut().take()) {
        db.close();
    }
}

fn js_name(e: &JsValue) -> String {
    let name = Reflect::get(e, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    let message = Reflect::get(e, &JsValue::from_str("message"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    format!("{name} {message}").trim().to_string()
}

/// A transaction on [`STORE`]; `durability` for a readwrite one.
fn transaction(
    db: &IdbDatabase,
    durability: Option<Durability>,
) -> Result<(IdbTransaction, IdbObjectStore), IdbError> {
    let method: Function = Reflect::get(db, &JsValue::from_str("transaction"))
        .map_err(|e| IdbError::from_js(&e))?
        .dyn_into()
        .map_err(|_| IdbError::Unavailable("no transaction".into()))?;
    let store = JsValue::from_str(STORE);
    let tx = match durability {
        None => method.call2(db, &store, &JsValue::from_str("readonly")),
        Some(d) => {
            let options = Object::new();
            let _ = Reflect::set(&options, &"durability".into(), &d.as_str().into());
            method.call3(db, &store, &JsValue::from_str("readwrite"), &options)
        }
    }
    .map_err(|e| IdbError::from_js(&e))?;
    let tx: IdbTransaction = tx
        .dyn_into()
        .map_err(|_| IdbError::Other("not a transaction".into()))?;
    let st = tx.object_store(STORE).map_err(|e| IdbError::from_js(&e))?;
    Ok((tx, st))
}

/// The key range of every key that starts with `prefix`.
fn prefix_range(prefix: &str) -> Result<JsValue, IdbError> {
    let window: JsValue = web_sys::window()
        .ok_or_else(|| IdbError::Unavailable("no window".into()))?
        .into();
    let class = Reflect::get(&window, &JsValue::from_str("IDBKeyRange"))
        .map_err(|e| IdbError::from_js(&e))?;
    let bound: Function = Reflect::get(&class, &JsValue::from_str("bound"))
        .map_err(|e| IdbError::from_js(&e))?
        .dyn_into()
        .map_err(|_| IdbError::Unavailable("no IDBKeyRange".into()))?;
    // Up to, not including, the prefix with its last character raised by
    // one (`…/` to `…0`): exactly the keys that start with it, whatever
    // follows.
    let mut upper: Vec<char> = prefix.chars().collect();
    let raised = upper
        .pop()
        .and_then(|c| char::from_u32(u32::from(c) + 1))
        .filter(|c| u32::from(*c) <= 0xffff);
    let (upper, open) = match raised {
        Some(c) => {
            upper.push(c);
            (upper.into_iter().collect::<String>(), JsValue::TRUE)
        }
        None => (format!("{prefix}\u{ffff}"), JsValue::FALSE),
    };
    let args = Array::of4(
        &JsValue::from_str(prefix),
        &JsValue::from_str(&upper),
        &JsValue::FALSE,
        &open,
    );
    bound
        .apply(&class, &args)
        .map_err(|e| IdbError::from_js(&e))
}

/// A stored value as text: a row is always a string; anything else (a
/// value some other code put there) is given as its JSON, so the reader
/// finds it unreadable and says so instead of it vanishing.
fn as_text(v: &JsValue) -> String {
    v.as_string().unwrap_or_else(|| {
        js_sys::JSON::stringify(v)
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    })
}

/// Every row whose key starts with `prefix`, in key order: the read
/// [`prefetch_prefix`] started, if it was of `prefix` and not yet taken,
/// else a read now.
pub async fn read_prefix(prefix: &str) -> Result<Vec<(String, String)>, IdbError> {
    if let Some(started) = take_prefetched(prefix) {
        let read = JsFuture::from(started)
            .await
            .map_err(|e| IdbError::from_js(&e))?;
        let pair = Array::from(&read);
        return key_value_rows(&Array::from(&pair.get(0)), &Array::from(&pair.get(1)));
    }
    Ok(read_together(&[], prefix).await?.1)
}

/// Where a page's early read of rows is kept for the app's module (the
/// first module starts it; the two modules share only the page's objects).
const PREFETCH: &str = "__luoshiRows";

/// Starts reading every row whose key starts with `prefix`, for the next
/// [`read_prefix`] of it, which may come from another module of the page:
/// the browser reads them while the app's module is fetched and compiled.
pub fn prefetch_prefix(prefix: &str) {
    let Some(db) = DB.with(|d| d.borrow().clone()) else {
        return;
    };
    let Ok((_tx, st)) = transaction(&db, None) else {
        return;
    };
    let Ok(range) = prefix_range(prefix) else {
        return;
    };
    let (Ok(keys), Ok(values)) = (
        st.get_all_keys_with_key(&range),
        st.get_all_with_key(&range),
    ) else {
        return;
    };
    let both = Promise::all(&Array::of2(&request_done(&keys), &request_done(&values)));
    let stash = Object::new();
    let _ = Reflect::set(&stash, &"prefix".into(), &prefix.into());
    let _ = Reflect::set(&stash, &"read".into(), &both);
    if let Some(window) = web_sys::window() {
        let _ = Reflect::set(&window, &PREFETCH.into(), &stash);
    }
}

/// The early read of `prefix`'s rows, taken (a later read reads again).
fn take_prefetched(prefix: &str) -> Option<Promise> {
    let window = web_sys::window()?;
    let stash = Reflect::get(&window, &PREFETCH.into()).ok()?;
    if stash.is_undefined() {
        return None;
    }
    let _ = Reflect::delete_property(&window, &PREFETCH.into());
    let of = Reflect::get(&stash, &"prefix".into()).ok()?.as_string()?;
    if of != prefix {
        return None;
    }
    Reflect::get(&stash, &"read".into()).ok()?.dyn_into().ok()
}

/// Rows from a read's keys and values.
fn key_value_rows(keys: &Array, values: &Array) -> Result<Vec<(String, String)>, IdbError> {
    if keys.length() != values.length() {
        return Err(IdbError::Other("keys and values differ in number".into()));
    }
    Ok(keys
        .iter()
        .zip(values.iter())
        .map(|(k, v)| (as_text(&k), as_text(&v)))
        .collect())
}

/// The rows under `keys` (each `None` if not stored) and every row whose
/// key starts with `prefix` (in key order), read in one transaction: as
/// they stood at one moment, whatever another tab commits meanwhile.
pub async fn read_together(
    keys: &[&str],
    prefix: &str,
) -> Result<(Vec<Option<String>>, Vec<(String, String)>), IdbError> {
    let db = open().await?;
    let (_tx, st) = transaction(&db, None)?;
    let range = prefix_range(prefix)?;
    // Every request is made before the first is awaited: the transaction
    // stays open while any is pending.
    let mut gets = Vec::with_capacity(keys.len());
    for key in keys {
        gets.push(
            st.get(&JsValue::from_str(key))
                .map_err(|e| IdbError::from_js(&e))?,
        );
    }
    let range_keys = st
        .get_all_keys_with_key(&range)
        .map_err(|e| IdbError::from_js(&e))?;
    let values = st
        .get_all_with_key(&range)
        .map_err(|e| IdbError::from_js(&e))?;
    let mut one = Vec::with_capacity(gets.len());
    for req in &gets {
        let value = JsFuture::from(request_done(req))
            .await
            .map_err(|e| IdbError::from_js(&e))?;
        one.push((!value.is_undefined() && !value.is_null()).then(|| as_text(&value)));
    }
    let range_keys = JsFuture::from(request_done(&range_keys))
        .await
        .map_err(|e| IdbError::from_js(&e))?;
    let values = JsFuture::from(request_done(&values))
        .await
        .map_err(|e| IdbError::from_js(&e))?;
    let rows = key_value_rows(&Array::from(&range_keys), &Array::from(&values))?;
    Ok((one, rows))
}

/// The first key that starts with `prefix`, if any.
pub async fn first_key(prefix: &str) -> Result<Option<String>, IdbError> {
    let db = open().await?;
    let (_tx, st) = transaction(&db, None)?;
    let range = prefix_range(prefix)?;
    let req = st
        .get_all_keys_with_key_and_limit(&range, 1)
        .map_err(|e| IdbError::from_js(&e))?;
    let keys = JsFuture::from(request_done(&req))
        .await
        .map_err(|e| IdbError::from_js(&e))?;
    Ok(Array::from(&keys).iter().next().map(|k| as_text(&k)))
}

/// The row under `key`, if there is one.
pub async fn read_one(key: &str) -> Result<Option<String>, IdbError> {
    let db = open().await?;
    let (_tx, st) = transaction(&db, None)?;
    let req = st
        .get(&JsValue::from_str(key))
        .map_err(|e| IdbError::from_js(&e))?;
    let value = JsFuture::from(request_done(&req))
        .await
        .map_err(|e| IdbError::from_js(&e))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    Ok(Some(as_text(&value)))
}
