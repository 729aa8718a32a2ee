//! Stamps from the future are not trusted. A file whose records, plan parts
//! or tombstones are stamped more than a day after the importing machine's
//! clock (a wrong clock, or a file made to win every merge) would otherwise
//! outrank every edit made here until that date, and a tombstone from 2099
//! would keep its record deleted whatever copy is merged after it.
//!
//! [`tame`] is applied to a file before it is merged in: each such stamp
//! is set just before the stamp of what this copy holds under the same id
//! (its version or its tombstone), so that ours stands; where this copy
//! holds nothing of that id, the item is taken, stamped at the import time.
//! The merge itself is unchanged (and keeps its laws); the clock comes in as
//! a parameter.

use std::collections::BTreeMap;

use super::record::Record;
use crate::plan::{Document, PartKey, RecordKind, Stamp, Tombstone};

/// How far past the importing machine's clock a stamp may be before it is
/// not trusted: a day, for time zones and a clock somewhat off.
pub const FUTURE_SLACK_HOURS: i64 = 24;

/// What [`tame`] found in a file: items stamped more than a day after the
/// import time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FutureStamps {
    /// Records (activities, readings, reports, notices) so stamped.
    pub records: usize,
    /// Tombstones so stamped.
    pub tombstones: usize,
    /// Plan parts (and the plan's own fields) so stamped.
    pub plan_parts: usize,
    /// Of those, how many met a version or tombstone of ours, which stands.
    pub ours_kept: usize,
    /// The latest such stamp.
    pub latest: Option<Stamp>,
}

impl FutureStamps {
    /// Whether the file had no stamp from the future.
    pub fn is_empty(&self) -> bool {
        self.records + self.tombstones + self.plan_parts == 0
    }

    /// How many items were so stamped.
    pub fn total(&self) -> usize {
        self.records + self.tombstones + self.plan_parts
    }
}

/// The stamp a future-stamped item takes: just before ours, which then
/// stands, or the import time when we hold nothing of it.
struct Clamp {
    now: Stamp,
    limit: Stamp,
    found: FutureStamps,
}

impl Clamp {
    /// The stamp to use for an item stamped `at` whose competitor here (our
    /// version's or tombstone's stamp) is `ours`; counts it if from the
    /// future.
    fn stamp(&mut self, at: Stamp, ours: Option<Stamp>) -> Option<Stamp> {
        if at <= self.limit {
            return None;
        }
        if self.found.latest.is_none_or(|l| at > l) {
            self.found.latest = Some(at);
        }
        Some(match ours {
            Some(c) => {
                self.found.ours_kept += 1;
                c - chrono::Duration::seconds(1)
            }
            None => self.now,
        })
    }
}

/// Ours: the newest stamp of each record, plan part or tombstone, by kind
/// and id.
type Ours = BTreeMap<(RecordKind, String), Stamp>;

fn put(map: &mut Ours, kind: RecordKind, id: &str, at: Stamp) {
    let e = map.entry((kind, id.to_string())).or_insert(at);
    if at > *e {
        *e = at;
    }
}

fn of_kind<R: Record>(map: &mut Ours, list: &[R]) {
    for r in list {
        put(map, R::KIND, r.id_str(), r.stamp());
    }
}

fn our_stamps(ours: &Document) -> Ours {
    let mut map = Ours::new();
    of_kind(&mut map, &ours.activities);
    of_kind(&mut map, &ours.readings);
    of_kind(&mut map, &ours.reports);
    of_kind(&mut map, &ours.notices);
    for t in &ours.tombstones {
        put(&mut map, t.kind, &t.id, t.deleted_at);
    }
    for part in ours.plan.parts() {
        let (kind, id) = part.tombstone_key();
        put(&mut map, kind, id, ours.plan.stamp_of(&part));
    }
    map
}

fn records<R: Record>(list: &mut [R], ours: &Ours, clamp: &mut Clamp) {
    for r in list.iter_mut() {
        let competitor = ours.get(&(R::KIND, r.id_str().to_string())).copied();
        if let Some(s) = clamp.stamp(r.stamp(), competitor) {
            clamp.found.records += 1;
            r.set_stamp(s);
        }
    }
}

/// `theirs` with every stamp more than a day after `now` set so that it
/// outranks nothing of `ours` (see the module's doc), and what was found.
pub fn tame(ours: &Document, theirs: &Document, now: Stamp) -> (Document, FutureStamps) {
    let mut clamp = Clamp {
        now,
        limit: now + chrono::Duration::hours(FUTURE_SLACK_HOURS),
        found: FutureStamps::default(),
    };
    let mine = our_stamps(ours);
    let mut doc = theirs.clone();
    records(&mut doc.activities, &mine, &mut clamp);
    records(&mut doc.readings, &mine, &mut clamp);
    records(&mut doc.reports, &mine, &mut clamp);
    records(&mut doc.notices, &mine, &mut clamp);
    for t in doc.tombstones.iter_mut() {
        let competitor = mine.get(&(t.kind, t.id.clone())).copied();
        if let Some(s) = clamp.stamp(t.deleted_at, competitor) {
            clamp.found.tombstones += 1;
            *t = Tombstone {
                deleted_at: s,
                ..t.clone()
            };
        }
    }
    // The plan: each part by its own stamp, then the plan's own.
    let plan = &mut doc.plan;
    let mut stamps: BTreeMap<PartKey, Stamp> = BTreeMap::new();
    for part in plan.parts() {
        let at = plan.stamp_of(&part);
        let (kind, id) = part.tombstone_key();
        let competitor = mine.get(&(kind, id.to_string())).copied();
        let s = match clamp.stamp(at, competitor) {
            Some(s) => {
                clamp.found.plan_parts += 1;
                s
            }
            None => at,
        };
        stamps.insert(part, s);
    }
    if let Some(s) = clamp.stamp(plan.updated_at, Some(ours.plan.updated_at)) {
        clamp.found.plan_parts += 1;
        plan.updated_at = s;
    }
    plan.set_stamps(|k| stamps.get(k).copied());
    (doc, clamp.found)
}
