//! The ledger indexed by target: built once per evaluation so that no target
//! scans the whole ledger.
//!
//! The ledger is walked once, in its own order, which is the cheap way
//! through memory; everything a target needs from an activity is copied out
//! on that walk, so that putting a target's records in date order afterwards
//! sorts integers and touches no record again.

use std::collections::HashMap;
use std::hash::{BuildHasher, Hasher};

use chrono::NaiveDate;

use crate::plan::{Activity, ActivityId, Document, Reading, Section, Target};

/// One activity as it counts toward one target.
#[derive(Clone)]
pub(super) struct Link<'a> {
    /// Its date.
    pub date: NaiveDate,
    /// Its quantity.
    pub quantity: u32,
    /// Its id, ready for the target's list of activities counted.
    pub id: ActivityId,
    /// The activity itself, for the people it names.
    pub activity: &'a Activity,
}

/// The records of one target, each list in date order (records of one date
/// in ledger order).
pub(super) struct Records<'a> {
    /// Activities dated in the window.
    pub activities: Vec<Link<'a>>,
    /// Readings dated in the window.
    pub readings: Vec<&'a Reading>,
}

impl<'a> Records<'a> {
    /// The records dated on or before `date`: the same lists, in the same
    /// order, as indexing the ledger up to `date` gives, since each list is
    /// in date order.
    pub(super) fn up_to(&self, date: NaiveDate) -> Records<'a> {
        let a = self.activities.partition_point(|l| l.date <= date);
        let r = self.readings.partition_point(|r| r.date <= date);
        Records {
            activities: self.activities[..a].to_vec(),
            readings: self.readings[..r].to_vec(),
        }
    }
}

/// Indexes the records dated `from..=to` by the targets they name, one
/// [`Records`] per target in plan order. A record naming a target twice
/// counts once; a record naming an unknown target is skipped. When two
/// targets share an id, the first has it.
pub(super) fn index<'a>(
    doc: &'a Document,
    targets: &[(&Section, &Target)],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<Records<'a>> {
    let mut by_id: HashMap<&str, usize, BuildFnv> =
        HashMap::with_capacity_and_hasher(targets.len(), BuildFnv);
    for (i, (_, t)) in targets.iter().enumerate() {
        by_id.entry(t.id.as_str()).or_insert(i);
    }
    // Per target: links in ledger order, and sort keys of day and position
    // in that list.
    let mut links: Vec<Vec<Link<'a>>> = (0..targets.len()).map(|_| Vec::new()).collect();
    let mut keys: Vec<Vec<u64>> = vec![Vec::new(); targets.len()];
    for a in &doc.activities {
        let Some(day) = day_in(a.date, from, to) else {
            continue;
        };
        for id in &a.targets {
            let Some(&t) = by_id.get(id.as_str()) else {
                continue;
            };
            let list = &mut links[t];
            // Links for this activity are the newest in the list, so a
            // target named twice shows up as the last link.
            if list
                .last()
                .is_some_and(|last| std::ptr::eq(last.activity, a))
            {
                continue;
            }
            keys[t].push((day << 32) | list.len() as u64);
            list.push(Link {
                date: a.date,
                quantity: a.quantity,
                id: a.id.clone(),
                activity: a,
            });
        }
    }
    let mut reading_keys: Vec<Vec<u64>> = vec![Vec::new(); targets.len()];
    for (i, r) in doc.readings.iter().enumerate() {
        if let (Some(day), Some(&t)) = (day_in(r.date, from, to), by_id.get(r.target.as_str())) {
            reading_keys[t].push((day << 32) | i as u64);
        }
    }
    links
        .into_iter()
        .zip(keys)
        .zip(reading_keys)
        .map(|((links, keys), reading_keys)| Records {
            activities: in_order(links, keys),
            readings: in_order_ref(reading_keys, &doc.readings),
        })
        .collect()
}

/// The day of `date` counted from `from`, if it falls in `from..=to`.
fn day_in(date: NaiveDate, from: NaiveDate, to: NaiveDate) -> Option<u64> {
    if date < from || date > to {
        return None;
    }
    u64::try_from((date - from).num_days()).ok()
}

/// Position within a sort key: the low 32 bits.
const POSITION: u64 = 0xFFFF_FFFF;

/// The links rearranged into key order. Each key names its link once, so
/// every id is moved out exactly once.
fn in_order(mut links: Vec<Link<'_>>, mut keys: Vec<u64>) -> Vec<Link<'_>> {
    keys.sort_unstable();
    let mut out = Vec::with_capacity(keys.len());
    for k in keys {
        if let Some(l) = links.get_mut((k & POSITION) as usize) {
            out.push(Link {
                date: l.date,
                quantity: l.quantity,
                id: ActivityId(std::mem::take(&mut l.id.0)),
                activity: l.activity,
            });
        }
    }
    out
}

/// The records the keys point at, in key order.
fn in_order_ref<T>(mut keys: Vec<u64>, all: &[T]) -> Vec<&T> {
    keys.sort_unstable();
    keys.into_iter()
        .filter_map(|k| all.get((k & POSITION) as usize))
        .collect()
}

/// FNV-1a: target ids and names are short strings looked up once per ledger
/// record, and the default SipHash costs more than the rest of the lookup.
/// For sets of the document's own words, which no one crafts to collide.
#[derive(Default, Clone, Copy)]
pub(crate) struct BuildFnv;

pub(crate) struct Fnv(u64);

impl BuildHasher for BuildFnv {
    type Hasher = Fnv;

    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
}
