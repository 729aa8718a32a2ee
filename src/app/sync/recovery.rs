//! Stored documents that cannot be read: kept under a recovery key before
//! anything is written over them, listed for the user (who downloads or
//! discards each), and rows of the IndexedDB document set aside while the
//! rest loads.

use leptos::prelude::*;

use crate::format::DecodeError;

use super::super::clock;
use super::super::explain;
use super::super::state::{AppState, Recovery, SaveStatus};
use super::super::storage::{self, StoreError, RECOVERY_KEY};
use super::with_saver;

/// Earlier unreadable documents the user has not yet dismissed.
pub(super) fn load_recoveries(app: AppState) {
    for key in storage::keys() {
        if key.starts_with(RECOVERY_KEY)
            && app
                .recovery
                .with_untracked(|r| r.iter().all(|x| x.key != key))
        {
            if let Ok(Some(raw)) = storage::read(&key) {
                let err = explain::decode(&raw).err();
                if let Some(err) = &err {
                    explain::explain_later(app, &raw, err);
                }
                app.recovery.update(|r| {
                    r.push(Recovery {
                        key: key.clone(),
                        reason_zh: err
                            .as_ref()
                            .map(DecodeError::message_zh)
                            .unwrap_or_default(),
                        reason_en: err.as_ref().map(ToString::to_string).unwrap_or_default(),
                        newer: matches!(err, Some(DecodeError::NewerVersion { .. })),
                        set_aside: None,
                        raw,
                    })
                });
            }
        }
    }
}

/// Keeps a stored document that cannot be read under a recovery key, so
/// that the working key can be written again; if that fails, blocks saving.
pub(super) fn keep_unreadable(app: AppState, raw: String, err: &DecodeError) {
    let existing = storage::read(RECOVERY_KEY).ok().flatten();
    let key = match existing {
        None => RECOVERY_KEY.to_string(),
        Some(same) if same == raw => RECOVERY_KEY.to_string(),
        Some(_) => format!("{RECOVERY_KEY}.{}", clock::millis() as u64),
    };
    let kept = storage::write_verified(&key, &raw).is_ok();
    explain::explain_later(app, &raw, err);
    if !kept {
        with_saver(|s| s.blocked = true);
        app.save_status
            .set(SaveStatus::Failed(StoreError::Other(String::from(
                "recovery",
            ))));
    }
    app.recovery.update(|r| {
        r.push(Recovery {
            key: if kept { key } else { String::new() },
            reason_zh: err.message_zh(),
            reason_en: err.to_string(),
            newer: matches!(err, DecodeError::NewerVersion { .. }),
            set_aside: None,
            raw,
        })
    });
}

/// Rows of the document kept in IndexedDB that could not be read: the
/// other records are loaded, and the notice offers these rows' text for
/// download. They stay as they are in IndexedDB (no save deletes a row it
/// did not load).
pub(super) fn set_aside_rows(app: AppState, rows: Vec<crate::store::Unreadable>) {
    let loaded = app
        .doc
        .with_untracked(|d| d.activities.len() + d.readings.len());
    let mut zh: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();
    let mut kept = serde_json::Map::new();
    for r in &rows {
        zh.push(format!("{}：{}", r.key, r.why.message_zh()));
        en.push(format!("{}: {}", r.key, r.why));
        kept.insert(r.key.clone(), serde_json::Value::String(r.value.clone()));
    }
    let key = format!("{RECOVERY_KEY}.rows");
    app.recovery.update(|list| {
        list.push(Recovery {
            key,
            reason_zh: zh.join("；"),
            reason_en: en.join("; "),
            newer: false,
            set_aside: Some((rows.len(), loaded)),
            raw: serde_json::Value::Object(kept).to_string(),
        })
    });
}

/// Forgets an unreadable stored document (after the user downloaded it or
/// chose to discard it) and lets saving resume.
pub(crate) fn discard_recovery(app: AppState, key: &str) {
    if !key.is_empty() {
        storage::remove(key);
    }
    app.recovery.update(|r| r.retain(|x| x.key != key));
    if app
        .recovery
        .with_untracked(|r| r.iter().all(|x| !x.key.is_empty()))
    {
        with_saver(|s| s.blocked = false);
    }
    app.mark_changed();
}
