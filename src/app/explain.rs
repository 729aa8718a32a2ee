//! Saying where a stored document went wrong, with code loaded only then.
//!
//! The start-up and the other-tab merge read a stored document with
//! [`format::decode_file_unexplained`]: a document of the wrong shape is
//! kept aside at once (nothing is lost while code loads) with the JSON
//! reader's message, and the tracking second reading that names the bad
//! field, [`format::decode_file`], is a part of its own (serde_path_to_error
//! and a second copy of every version's readers), fetched only then. Its
//! message then replaces the first one in the recovery notice; should the
//! part not arrive, the first message stays.

use leptos::prelude::*;

use crate::format::{self, DecodeError};

use super::lazy::split_point;
use super::state::AppState;

split_point!(
    explain,
    preload_explain,
    fn explain(raw: String) -> Option<DecodeError> {
        Ok(format::decode_file(&raw).err())
    }
);

split_point!(
    salvage,
    preload_salvage,
    fn salvage(raw: String) -> Option<format::Decoded> {
        Ok(format::decode_file_salvaging(&raw)
            .ok()
            .filter(|d| !d.quarantined.is_empty()))
    }
);

/// A stored document that could not be read, already kept under the
/// recovery key: if only some of its activities and readings are
/// unreadable, the others are loaded in place of the empty plan (and
/// saved), and the recovery notice says which were set aside. Nothing is
/// loaded once the user has changed something in the meantime.
pub fn salvage_later(app: AppState, raw: String) {
    let changes = app.changes.get_untracked();
    leptos::task::spawn_local(async move {
        let Ok(Some(decoded)) = salvage(raw.clone()).await else {
            return;
        };
        if app.changes.try_get_untracked() != Some(changes) {
            return;
        }
        let mut zh: Vec<String> = Vec::new();
        let mut en: Vec<String> = Vec::new();
        for q in &decoded.quarantined {
            zh.push(q.error.message_zh());
            en.push(q.error.to_string());
        }
        let loaded = decoded.document.activities.len() + decoded.document.readings.len();
        let aside = decoded.quarantined.len();
        app.recovery.update(|list| {
            for r in list.iter_mut().filter(|r| r.raw == raw) {
                r.reason_zh = zh.join("；");
                r.reason_en = en.join("; ");
                r.set_aside = Some((aside, loaded));
            }
        });
        app.doc.set(decoded.document);
        app.first_open.set(false);
        app.mark_changed();
    });
}

/// Reads a stored document; a refusal is the quick one (see the module).
pub fn decode(raw: &str) -> Result<format::Decoded, DecodeError> {
    format::decode_file_unexplained(raw)
}

/// Replaces the quick message about `raw` in the recovery notice with the
/// one that names the bad field, once its code has arrived. Only a wrong
/// field has more to say; every other refusal is already the full one.
pub fn explain_later(app: AppState, raw: &str, quick: &DecodeError) {
    if !matches!(quick, DecodeError::WrongField { .. }) {
        return;
    }
    let raw = raw.to_string();
    leptos::task::spawn_local(async move {
        let Ok(Some(err)) = explain(raw.clone()).await else {
            return;
        };
        app.recovery.update(|list| {
            // A notice of records set aside already names each field.
            for r in list
                .iter_mut()
                .filter(|r| r.raw == raw && r.set_aside.is_none())
            {
                r.reason_zh = err.message_zh();
                r.reason_en = err.to_string();
            }
        });
    });
}
