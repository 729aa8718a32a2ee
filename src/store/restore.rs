//! Restore points: daily snapshots, which to take and which to keep.
//!
//! A snapshot is the document as it stood at the end of a day, kept whole
//! in the exchange format's compact form (`format::encode_compact`), one
//! row per day under [`snapshot_key`]. Whole copies rather than a history
//! of changes: each one restores on its own (`format::decode`, then a
//! replace, one undoable change), downloads as a file any later build
//! reads, and a damaged one costs only its own day, where a history loses
//! every older point with any one of its entries. The price is space: at
//! 100 000 activities a copy is about 19 MB, 30 days about 570 MB, within
//! what the browsers grant a site's IndexedDB; the Data view shows the
//! sizes [`plan`] adds up, and says when the browser runs short.
//!
//! The policy, as a function of dates passed in (no clock):
//! - the first save of a day takes the snapshot of the last day saved
//!   before it, if that day has none;
//! - every snapshot of the last [`KEEP_DAYS`] days is kept, and always the
//!   newest one, however old (a plan not opened for two months still has a
//!   restore point);
//! - older ones are dropped, and [`Plan::drop`] names each with its size so
//!   the user is told. Nothing is ever dropped for space: a snapshot that
//!   does not fit is not taken, and the user is told that instead.

use chrono::NaiveDate;

/// Days of snapshots kept.
pub const KEEP_DAYS: i64 = 30;

/// The key of `doc`'s snapshot of `day`: outside the document's own range
/// ([`super::RowKey::doc_prefix`]), so that loading the document never reads a
/// snapshot.
pub fn snapshot_key(doc: &str, day: NaiveDate) -> String {
    format!("{}{}", snapshot_prefix(doc), day.format("%Y-%m-%d"))
}

/// The first characters of every snapshot key of `doc`.
pub fn snapshot_prefix(doc: &str) -> String {
    format!("luoshi-snapshot/{}:{doc}/", doc.len())
}

/// The day of a snapshot key of `doc`; `None` for any other text.
pub fn snapshot_day(doc: &str, key: &str) -> Option<NaiveDate> {
    key.strip_prefix(&snapshot_prefix(doc))
        .and_then(crate::format::parse_iso_date)
}

/// One snapshot: its day and size in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Snapshot {
    /// The day whose last saved state it holds.
    pub day: NaiveDate,
    /// Its size in bytes.
    pub bytes: u64,
}

/// What to do about snapshots at a save.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// The day whose snapshot to take now (the stored document as it is,
    /// before this save writes), if one is due.
    pub take: Option<NaiveDate>,
    /// Snapshots kept, oldest first.
    pub keep: Vec<Snapshot>,
    /// Snapshots to drop, oldest first: the user is told of each.
    pub drop: Vec<Snapshot>,
    /// Bytes of the snapshots kept.
    pub kept_bytes: u64,
    /// Bytes freed by those dropped.
    pub dropped_bytes: u64,
}

/// The snapshot policy at a save on `today`, the last save having been on
/// `last_saved` (`None`: nothing saved yet), with the snapshots `stored`.
pub fn plan(today: NaiveDate, last_saved: Option<NaiveDate>, stored: &[Snapshot]) -> Plan {
    let mut all: Vec<Snapshot> = stored.to_vec();
    all.sort();
    all.dedup_by_key(|s| s.day);
    let take = last_saved.filter(|d| *d < today && all.iter().all(|s| s.day != *d));
    let newest = all.iter().map(|s| s.day).chain(take).max();
    let oldest_kept = today - chrono::Days::new(KEEP_DAYS as u64);
    let (keep, drop): (Vec<Snapshot>, Vec<Snapshot>) = all
        .into_iter()
        .partition(|s| s.day >= oldest_kept || Some(s.day) == newest);
    Plan {
        take,
        kept_bytes: keep.iter().map(|s| s.bytes).sum(),
        dropped_bytes: drop.iter().map(|s| s.bytes).sum(),
        keep,
        drop,
    }
}
