//! Restore points of the document kept in IndexedDB: the policy is
//! `crate::store::restore` (the first save of a day keeps the last saved
//! state of the day before as a whole copy; 30 days are kept, and always
//! the newest), this module takes them with the save, lists them for the
//! Data view and restores or deletes one.
//!
//! Invariants:
//! - A snapshot goes in the same transaction as the save that takes it,
//!   with the index row that lists the snapshots and their sizes (so the
//!   list is read without reading the copies). Should the copy not fit,
//!   the save is written without it and the user is told; a snapshot is
//!   never dropped for space.
//! - Snapshots past the policy's 30 days are dropped in the same
//!   transaction, and the user is told which.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::plan::Document;
use crate::store::restore::{self, Snapshot};
use crate::web::idb::{self, Durability, IdbError};

use super::super::state::{AppState, ToastKind};

/// The index row's key of `doc`'s snapshots.
fn index_key(doc: &str) -> String {
    format!("{}index", restore::snapshot_prefix(doc))
}

/// The snapshots of `doc` as its index row lists them.
pub(crate) async fn list(doc: &str) -> Result<Vec<Snapshot>, IdbError> {
    let Some(text) = idb::read_one(&index_key(doc)).await? else {
        return Ok(Vec::new());
    };
    Ok(parse_index(&text))
}

fn parse_index(text: &str) -> Vec<Snapshot> {
    let v: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let mut out: Vec<Snapshot> = v
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| {
                    Some(Snapshot {
                        day: crate::format::parse_iso_date(s.get("day")?.as_str()?)?,
                        bytes: s.get("bytes")?.as_u64()?,
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

fn index_text(list: &[Snapshot]) -> String {
    serde_json::Value::Array(
        list.iter()
            .map(|s| serde_json::json!({"day": crate::present::iso_date(s.day), "bytes": s.bytes}))
            .collect(),
    )
    .to_string()
}

/// What a save writes for the restore points, and what it changes.
pub(crate) struct Taken {
    /// Rows to put (the copy, the index).
    pub puts: Vec<(String, String)>,
    /// Rows to delete (dropped copies).
    pub deletes: Vec<String>,
    /// The list once written.
    pub list: Vec<Snapshot>,
    /// The day whose copy is taken.
    pub took: Option<NaiveDate>,
    /// Snapshots dropped.
    pub dropped: Vec<Snapshot>,
}

/// The restore points a save on `today` writes: the copy of `saved` (the
/// document as last saved, on `last_saved`) if one is due, and the drops.
/// `None` when nothing changes.
pub(crate) fn at_save(
    doc: &str,
    today: NaiveDate,
    last_saved: Option<NaiveDate>,
    saved: Option<&Document>,
    stored: &[Snapshot],
) -> Option<Taken> {
    let plan = restore::plan(today, last_saved, stored);
    let take = plan.take.filter(|_| saved.is_some());
    if take.is_none() && plan.drop.is_empty() {
        return None;
    }
    let mut puts = Vec::new();
    let mut list = plan.keep.clone();
    if let (Some(day), Some(saved)) = (take, saved) {
        let text = crate::format::encode_compact(saved);
        list.push(Snapshot {
            day,
            bytes: text.len() as u64,
        });
        list.sort();
        puts.push((restore::snapshot_key(doc, day), text));
    }
    puts.push((index_key(doc), index_text(&list)));
    Some(Taken {
        puts,
        deletes: plan
            .drop
            .iter()
            .map(|s| restore::snapshot_key(doc, s.day))
            .collect(),
        list,
        took: take,
        dropped: plan.drop,
    })
}

/// Tells the user of snapshots dropped by the policy.
pub(crate) fn tell_dropped(app: AppState, dropped: &[Snapshot]) {
    if dropped.is_empty() {
        return;
    }
    let days: Vec<String> = dropped
        .iter()
        .map(|s| crate::present::iso_date(s.day))
        .collect();
    let days = days.join("、");
    app.notify(
        move |l| (crate::i18n::safety::msgs(l).snapshots_dropped)(&days),
        ToastKind::Warning,
    );
}

/// Tells the user a snapshot did not fit and was not taken.
pub(crate) fn tell_skipped(app: AppState, day: NaiveDate) {
    let day = crate::present::iso_date(day);
    app.notify(
        move |l| (crate::i18n::safety::msgs(l).snapshot_skipped)(&day),
        ToastKind::Warning,
    );
}

/// The document a snapshot holds.
pub(crate) async fn read(doc: &str, day: NaiveDate) -> Result<Option<String>, IdbError> {
    idb::read_one(&restore::snapshot_key(doc, day)).await
}

/// Deletes one snapshot and its line of the index, in one transaction.
pub(crate) async fn delete(
    doc: &str,
    day: NaiveDate,
    list: &[Snapshot],
) -> Result<Vec<Snapshot>, IdbError> {
    let rest: Vec<Snapshot> = list.iter().copied().filter(|s| s.day != day).collect();
    idb::put_and_delete(
        &[(index_key(doc), index_text(&rest))],
        &[restore::snapshot_key(doc, day)],
        Durability::Strict,
    )
    .await?;
    Ok(rest)
}

/// Shows the list in the Data view.
pub(crate) fn show(app: AppState, list: Vec<Snapshot>) {
    app.restore_points.set(list);
}
