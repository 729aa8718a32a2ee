//! Browser storage: the document, its save counter, settings, rolling
//! snapshots and the recovery copy, each under its own versioned
//! localStorage key.
//!
//! Invariants:
//! - Nothing here decides *when* to save; `crate::app::sync` does, and it
//!   is the only caller of [`write_document`].
//! - Every write of the document is read back and compared: a write that
//!   did not stick is an error, never silence.
//! - Snapshots give way to the document: when the document does not fit,
//!   the oldest snapshots are dropped first, and the caller is told which;
//!   when it does not fit even without them, they are written back.
//! - Storage that is missing or disabled is an error value, never a panic.

use chrono::NaiveDate;
use gloo_storage::{LocalStorage, Storage as _};
use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Lang;

/// The document, as compact JSON in the project's own format.
pub const DOC_KEY: &str = "luoshi.doc.v1";
/// The save counter and time of the document beside it; written after the
/// document, so another tab that sees it changed reads a complete document.
pub const META_KEY: &str = "luoshi.meta.v1";
/// Language, export reminder and other small preferences.
pub const SETTINGS_KEY: &str = "luoshi.settings.v1";
/// A stored document this build could not read, kept as it was.
pub const RECOVERY_KEY: &str = "luoshi.recovery.v1";
/// Prefix of the daily snapshots: `luoshi.snapshot.v1.2026-11-27`.
pub const SNAPSHOT_PREFIX: &str = "luoshi.snapshot.v1.";
/// How many daily snapshots are kept.
pub const SNAPSHOT_DAYS: usize = 7;
/// The browser's localStorage budget per site, in bytes: 5 Mi characters
/// of UTF-16, as Chromium and Firefox allot it.
pub const BUDGET_BYTES: u64 = 10 * 1024 * 1024;

/// Why storage could not be read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// localStorage is missing or disabled (private mode, site settings).
    #[error("browser storage is not available")]
    Unavailable,
    /// The browser refused the write because storage is full.
    #[error("browser storage is full")]
    Quota,
    /// The write returned, but reading it back gave something else.
    #[error("the saved data did not read back the same")]
    Mismatch,
    /// Anything else the browser threw.
    #[error("browser storage failed: {0}")]
    Other(String),
    /// IndexedDB, where the document is kept, refused the save.
    #[error(transparent)]
    Indexed(#[from] super::idb::IdbError),
}

/// The localStorage area, if this page may use it. Looked up through
/// `web_sys` first because `gloo_storage` panics when it is missing.
pub fn area() -> Result<web_sys::Storage, StoreError> {
    let win = web_sys::window().ok_or(StoreError::Unavailable)?;
    match win.local_storage() {
        Ok(Some(_)) => Ok(LocalStorage::raw()),
        _ => Err(StoreError::Unavailable),
    }
}

fn js_error(e: JsValue) -> StoreError {
    let name = js_sys::Reflect::get(&e, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
        return StoreError::Quota;
    }
    let message = js_sys::Reflect::get(&e, &JsValue::from_str("message"))
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{e:?}"));
    StoreError::Other(format!("{name} {message}").trim().to_string())
}

/// The raw string under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StoreError> {
    area()?.get_item(key).map_err(js_error)
}

/// Writes `value` under `key` and reads it back. The value read back is
/// compared where it lives, as a JavaScript string, rather than copied back
/// into the module: for a document of megabytes that copy would cost more
/// than the write.
pub fn write_verified(key: &str, value: &str) -> Result<(), StoreError> {
    let area = area()?;
    let method = |name: &str| -> Result<js_sys::Function, StoreError> {
        js_sys::Reflect::get(&area, &JsValue::from_str(name))
            .map_err(js_error)?
            .dyn_into::<js_sys::Function>()
            .map_err(|_| StoreError::Unavailable)
    };
    let key = JsValue::from_str(key);
    let value = JsValue::from_str(value);
    method("setItem")?
        .call2(&area, &key, &value)
        .map_err(js_error)?;
    let back = method("getItem")?.call1(&area, &key).map_err(js_error)?;
    if back == value {
        Ok(())
    } else {
        Err(StoreError::Mismatch)
    }
}

/// Removes `key`; a missing area or key is nothing to do.
pub fn remove(key: &str) {
    if let Ok(area) = area() {
        let _ = area.remove_item(key);
    }
}

/// Every key in storage.
pub fn keys() -> Vec<String> {
    let Ok(area) = area() else {
        return Vec::new();
    };
    let n = area.length().unwrap_or(0);
    (0..n).filter_map(|i| area.key(i).ok().flatten()).collect()
}

/// The save counter and time stored beside the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// Incremented by every save from any tab; a tab that finds it moved
    /// since its own last load or save knows another tab saved.
    pub rev: u64,
    /// Local date of the last save, which decides when a snapshot is due.
    pub saved_on: Option<NaiveDate>,
    /// RFC 3339 time of the last save, for the Data view.
    pub saved_at: String,
}

/// Reads the meta record; missing or unreadable is revision 0.
pub fn read_meta() -> Meta {
    let Ok(Some(raw)) = read(META_KEY) else {
        return Meta::default();
    };
    let Ok(v) = serde_json::from_str::<Value>(&raw) else {
        return Meta::default();
    };
    Meta {
        rev: v.get("rev").and_then(Value::as_u64).unwrap_or(0),
        saved_on: v
            .get("saved_on")
            .and_then(Value::as_str)
            .and_then(crate::format::parse_iso_date),
        saved_at: v
            .get("saved_at")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string(),
    }
}

/// Writes the meta record.
pub fn write_meta(meta: &Meta) -> Result<(), StoreError> {
    let v = json!({
        "rev": meta.rev,
        "saved_on": meta.saved_on.map(crate::present::iso_date),
        "saved_at": meta.saved_at,
    });
    write_verified(META_KEY, &v.to_string())
}

/// Writes the document: on a full storage, drops the oldest snapshots one
/// by one and tries again, because the working document matters more than
/// any copy of its past. Returns the days of the snapshots dropped, for the
/// user to be told. When the document does not fit even without any
/// snapshot, the snapshots are written back (nothing is dropped for
/// nothing) and the save fails.
pub fn write_document(raw: &str) -> Result<Vec<NaiveDate>, StoreError> {
    let mut dropped: Vec<(SnapshotInfo, String)> = Vec::new();
    loop {
        match write_verified(DOC_KEY, raw) {
            Err(StoreError::Quota) | Err(StoreError::Mismatch) => {
                let snaps = snapshots();
                let Some(oldest) = snaps.into_iter().next() else {
                    for (snap, value) in dropped.into_iter().rev() {
                        let _ = write_verified(&snap.key, &value);
                    }
                    return Err(StoreError::Quota);
                };
                let value = read(&oldest.key).ok().flatten().unwrap_or_default();
                remove(&oldest.key);
                dropped.push((oldest, value));
            }
            Err(e) => return Err(e),
            Ok(()) => return Ok(dropped.into_iter().map(|(s, _)| s.day).collect()),
        }
    }
}

/// The room in storage as the pure core judges it ([`crate::space`]).
pub fn space() -> crate::space::Space {
    let u = usage();
    crate::space::Space {
        budget: u.budget,
        used: u.total,
        document: u.document,
        snapshots: snapshots().into_iter().map(|s| (s.day, s.bytes)).collect(),
    }
}

/// What could still be freed in storage once the document does not fit
/// even without snapshots: bytes of recovery copies (unreadable documents
/// kept aside) and of data that is not Luoshi's.
pub fn freeable() -> (u64, u64) {
    let mut recovery = 0;
    let mut other = 0;
    for key in keys() {
        let bytes = utf16_bytes(&key) + read(&key).ok().flatten().map_or(0, |v| utf16_bytes(&v));
        if key.starts_with(RECOVERY_KEY) {
            recovery += bytes;
        } else if !key.starts_with("luoshi.") {
            other += bytes;
        }
    }
    (recovery, other)
}

/// Small preferences kept apart from the document, so that a damaged
/// document never costs the user their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Interface language.
    pub lang: Lang,
    /// The day of the last JSON export from this browser.
    pub last_export: Option<NaiveDate>,
    /// Remind to export when the last export is older than this many days
    /// (0: never remind).
    pub reminder_days: u32,
    /// The day records were first saved in this browser: a user who never
    /// exported is reminded once they have this many days of work to lose.
    pub since: Option<NaiveDate>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            lang: Lang::Zh,
            last_export: None,
            reminder_days: 7,
            since: None,
        }
    }
}

/// Reads the settings through gloo-storage; anything missing takes its
/// default.
pub fn read_settings() -> Settings {
    let mut s = Settings::default();
    if area().is_err() {
        return s;
    }
    let Ok(v) = LocalStorage::get::<Value>(SETTINGS_KEY) else {
        return s;
    };
    if let Some(code) = v.get("lang").and_then(Value::as_str) {
        s.lang = Lang::from_code(code);
    }
    s.last_export = v
        .get("last_export")
        .and_then(Value::as_str)
        .and_then(crate::format::parse_iso_date);
    s.since = v
        .get("since")
        .and_then(Value::as_str)
        .and_then(crate::format::parse_iso_date);
    if let Some(days) = v.get("reminder_days").and_then(Value::as_u64) {
        s.reminder_days = u32::try_from(days).unwrap_or(u32::MAX);
    }
    s
}

/// Writes the settings through gloo-storage.
pub fn write_settings(s: &Settings) -> Result<(), StoreError> {
    area()?;
    let v = json!({
        "lang": s.lang.code(),
        "last_export": s.last_export.map(crate::present::iso_date),
        "reminder_days": s.reminder_days,
        "since": s.since.map(crate::present::iso_date),
    });
    LocalStorage::set(SETTINGS_KEY, v).map_err(|e| match e {
        gloo_storage::errors::StorageError::JsError(j) if j.name == "QuotaExceededError" => {
            StoreError::Quota
        }
        other => StoreError::Other(other.to_string()),
    })
}

/// One daily snapshot in storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotInfo {
    /// The day whose last saved state it holds.
    pub day: NaiveDate,
    /// Its storage key.
    pub key: String,
    /// Its size in bytes as the browser counts it.
    pub bytes: u64,
}

/// The key of the snapshot of `day`.
pub fn snapshot_key(day: NaiveDate) -> String {
    format!("{SNAPSHOT_PREFIX}{}", crate::present::iso_date(day))
}

/// The snapshots in storage, oldest first.
pub fn snapshots() -> Vec<SnapshotInfo> {
    let mut out: Vec<SnapshotInfo> = keys()
        .into_iter()
        .filter_map(|key| {
            let day = key.strip_prefix(SNAPSHOT_PREFIX)?;
            let day = crate::format::parse_iso_date(day)?;
            let bytes = read(&key)
                .ok()
                .flatten()
                .map(|v| utf16_bytes(&key) + utf16_bytes(&v))
                .unwrap_or(0);
            Some(SnapshotInfo { day, key, bytes })
        })
        .collect();
    out.sort_by_key(|s| s.day);
    out
}

/// Keeps `raw` (the document as it was at the end of `day`) as that day's
/// snapshot and drops snapshots beyond the last [`SNAPSHOT_DAYS`]. A
/// snapshot does not take the place of older ones: one that does not fit
/// beside them is skipped (it must never cost the document its place
/// either), and the caller says so.
pub fn keep_snapshot(day: NaiveDate, raw: &str) -> Result<(), StoreError> {
    let key = snapshot_key(day);
    let result = match write_verified(&key, raw) {
        Ok(()) => Ok(()),
        Err(e) => {
            remove(&key);
            Err(e)
        }
    };
    let all = snapshots();
    if all.len() > SNAPSHOT_DAYS {
        for s in &all[..all.len() - SNAPSHOT_DAYS] {
            remove(&s.key);
        }
    }
    result
}

/// Bytes a string takes in browser storage (UTF-16).
pub fn utf16_bytes(s: &str) -> u64 {
    2 * s.encode_utf16().count() as u64
}

/// How much of the storage budget is used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    /// Bytes used by everything this site stores.
    pub total: u64,
    /// Bytes used by the working document.
    pub document: u64,
    /// Bytes used by snapshots.
    pub snapshots: u64,
    /// The budget.
    pub budget: u64,
}

impl Usage {
    /// Share of the budget used, in tenths of a percent (0..=1000).
    pub fn permille(&self) -> u64 {
        if self.budget == 0 {
            return 0;
        }
        (self.total * 1000 / self.budget).min(1000)
    }
}

/// Measures storage use.
pub fn usage() -> Usage {
    let mut u = Usage {
        budget: BUDGET_BYTES,
        ..Usage::default()
    };
    let Ok(area) = area() else {
        return u;
    };
    // The values are measured where they live: copying a document of
    // several megabytes into the module only to count it would cost more
    // than the rest of the start-up.
    let get_item = js_sys::Reflect::get(&area, &JsValue::from_str("getItem"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let value_len = |key: &str| -> u64 {
        get_item
            .as_ref()
            .and_then(|f| f.call1(&area, &JsValue::from_str(key)).ok())
            .and_then(|v| v.dyn_into::<js_sys::JsString>().ok())
            .map_or(0, |v| 2 * u64::from(v.length()))
    };
    for key in keys() {
        let bytes = utf16_bytes(&key) + value_len(&key);
        u.total += bytes;
        if key == DOC_KEY {
            u.document = bytes;
        } else if key.starts_with(SNAPSHOT_PREFIX) {
            u.snapshots += bytes;
        }
    }
    u
}
