//! Room in the browser's storage, judged before anything is changed: will a
//! document of a given size fit, and if only by dropping snapshots, which.
//! And whether a document that could not be saved differs in anything that
//! matters from the one stored.
//!
//! Pure arithmetic on sizes the shell measures (`web::storage::usage`);
//! no storage is touched here.

use chrono::NaiveDate;

use crate::plan::Document;

/// What the browser's storage holds, in bytes as it counts them (UTF-16).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Space {
    /// The budget of this site's storage.
    pub budget: u64,
    /// Bytes used by everything this site stores.
    pub used: u64,
    /// Bytes the working document takes now (its key and value).
    pub document: u64,
    /// The snapshots, oldest first: their day and bytes.
    pub snapshots: Vec<(NaiveDate, u64)>,
}

/// Whether a new document fits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Room {
    /// It fits in the room there is.
    Fits,
    /// It fits once these snapshots are dropped (oldest first), which the
    /// save will do, and say so.
    DroppingSnapshots(Vec<NaiveDate>),
    /// It does not fit even with every snapshot dropped.
    DoesNotFit {
        /// Bytes the new document takes.
        need: u64,
        /// Bytes there would be for it with every snapshot dropped.
        room: u64,
    },
}

/// Whether a document taking `new_document` bytes (key and value) fits in
/// place of the one stored now.
pub fn room(space: &Space, new_document: u64) -> Room {
    let free = space.budget.saturating_sub(space.used) + space.document;
    if new_document <= free {
        return Room::Fits;
    }
    let mut dropped = Vec::new();
    let mut room = free;
    for (day, bytes) in &space.snapshots {
        room += bytes;
        dropped.push(*day);
        if new_document <= room {
            return Room::DroppingSnapshots(dropped);
        }
    }
    Room::DoesNotFit {
        need: new_document,
        room,
    }
}

/// Whether `memory`, which could not be saved, holds nothing that `stored`
/// lacks: the same unit, plan and records, and beyond `stored`'s
/// tombstones only tombstones of records `stored` never held (a record
/// added and then undone before it could be saved). Then nothing is lost
/// and the save need not be retried.
pub fn nothing_unsaved(stored: &Document, memory: &Document) -> bool {
    if stored.unit != memory.unit
        || stored.plan != memory.plan
        || stored.activities != memory.activities
        || stored.readings != memory.readings
        || stored.reports != memory.reports
        || stored.notices != memory.notices
    {
        return false;
    }
    let held = |kind: crate::plan::RecordKind, id: &str| -> bool {
        use crate::plan::RecordKind as K;
        match kind {
            K::Activity => stored.activities.iter().any(|a| a.id.as_str() == id),
            K::Reading => stored.readings.iter().any(|r| r.id.as_str() == id),
            K::Report => stored.reports.iter().any(|r| r.id.as_str() == id),
            K::Notice => stored.notices.iter().any(|n| n.id.as_str() == id),
            // A plan part's tombstone changes what another copy keeps.
            _ => true,
        }
    };
    memory.tombstones.iter().all(|t| {
        stored.tombstones.contains(t)
            || (!held(t.kind, &t.id)
                && !stored
                    .tombstones
                    .iter()
                    .any(|s| s.kind == t.kind && s.id == t.id))
    })
}
