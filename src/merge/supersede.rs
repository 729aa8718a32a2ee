//! A replace that holds everywhere: the new document carries a tombstone
//! for every record and plan part of the old one that it drops, and a stamp
//! after the old one's on every record and part where the two differ, so
//! that merging the old document back (another tab still holding it, or an
//! older copy) gives the new one, record for record.
//!
//! Without this, a replace is undone by the first merge with a copy of what
//! it replaced: the merge settles each record by its stamp, and the replaced
//! records are still there in that copy, as new as they were.
//!
//! Nothing here changes the exchange format: tombstones and stamps are the
//! ones a deletion and an edit write.

use std::collections::BTreeMap;

use super::record::Record;
use crate::plan::{Document, PartKey, Plan, RecordKind, SectionId, Stamp, Target, Tombstone};

/// `at`, or one second after `competitor` when `at` is not after it: a stamp
/// that outranks `competitor`.
fn after(at: Stamp, competitor: Stamp) -> Stamp {
    if at > competitor {
        at
    } else {
        competitor + chrono::Duration::seconds(1)
    }
}

/// The newest tombstone stamp of each kind and id.
type Tombs<'a> = BTreeMap<(RecordKind, &'a str), Stamp>;

fn newest<'a>(tombs: impl Iterator<Item = &'a Tombstone>) -> Tombs<'a> {
    let mut map: Tombs<'a> = BTreeMap::new();
    for t in tombs {
        let e = map.entry((t.kind, t.id.as_str())).or_insert(t.deleted_at);
        if t.deleted_at > *e {
            *e = t.deleted_at;
        }
    }
    map
}

/// One kind of record: restamps `new`'s records that would lose to `old`'s
/// version or tombstone, and returns tombstones for `old`'s records that
/// `new` drops.
fn records<R: Record>(old: &[R], new: &mut [R], old_tombs: &Tombs, at: Stamp) -> Vec<Tombstone> {
    let mut old_by_id: BTreeMap<&str, &R> = BTreeMap::new();
    for r in old {
        match old_by_id.get(r.id_str()) {
            Some(held) if held.stamp() >= r.stamp() => {}
            _ => {
                old_by_id.insert(r.id_str(), r);
            }
        }
    }
    for r in new.iter_mut() {
        let version = old_by_id
            .get(r.id_str())
            .filter(|o| !o.same_content(r))
            .map(|o| o.stamp());
        let tomb = old_tombs.get(&(R::KIND, r.id_str())).copied();
        if let Some(c) = version.into_iter().chain(tomb).max() {
            if r.stamp() <= c {
                r.set_stamp(after(at, c));
            }
        }
    }
    let kept: std::collections::HashSet<&str> = new.iter().map(|r| r.id_str()).collect();
    old_by_id
        .into_iter()
        .filter(|(id, _)| !kept.contains(id))
        .map(|(id, r)| Tombstone {
            kind: R::KIND,
            id: id.to_string(),
            deleted_at: after(at, r.stamp()),
        })
        .collect()
}

/// What a part of the plan says, to tell whether two versions differ.
#[derive(PartialEq)]
enum PartValue<'a> {
    Section(&'a str),
    Target(&'a SectionId, &'a Target),
    Person(&'a str),
    Unit,
}

fn part_values(plan: &Plan) -> BTreeMap<PartKey, PartValue<'_>> {
    let mut out = BTreeMap::new();
    for s in &plan.sections {
        out.insert(PartKey::Section(s.id.clone()), PartValue::Section(&s.title));
        for t in &s.targets {
            out.insert(PartKey::Target(t.id.clone()), PartValue::Target(&s.id, t));
        }
    }
    for p in &plan.people {
        out.insert(PartKey::Person(p.name.clone()), PartValue::Person(&p.role));
    }
    for u in &plan.units {
        out.insert(PartKey::Unit(u.clone()), PartValue::Unit);
    }
    out
}

/// The plan: restamps `new`'s parts (and its own stamp) where `old`'s would
/// win, and returns tombstones for `old`'s parts that `new` drops.
fn plan(old: &Plan, new: &mut Plan, old_tombs: &Tombs, at: Stamp) -> Vec<Tombstone> {
    let old_parts = part_values(old);
    let new_parts = part_values(new);
    let mut stamps: BTreeMap<PartKey, Stamp> = BTreeMap::new();
    for (key, value) in &new_parts {
        let mut s = new.stamp_of(key);
        let version = old_parts
            .get(key)
            .filter(|o| *o != value)
            .map(|_| old.stamp_of(key));
        let tomb = old_tombs.get(&key.tombstone_key()).copied();
        if let Some(c) = version.into_iter().chain(tomb).max() {
            if s <= c {
                s = after(at, c);
            }
        }
        stamps.insert(key.clone(), s);
    }
    let tombs = old_parts
        .keys()
        .filter(|k| !new_parts.contains_key(*k))
        .map(|k| {
            let (kind, id) = k.tombstone_key();
            Tombstone {
                kind,
                id: id.to_string(),
                deleted_at: after(at, old.stamp_of(k)),
            }
        })
        .collect();
    drop(new_parts);
    // The plan's own fields and order go with its own stamp.
    if !new.same_content(old) && new.updated_at <= old.updated_at {
        new.updated_at = after(at, old.updated_at);
    }
    new.set_stamps(|k| stamps.get(k).copied());
    tombs
}

/// `new` made to replace `old` wherever the two meet again: with a
/// tombstone stamped `at` (or just after the record, if that is later) for
/// every record and plan part `old` has and `new` does not, and every record
/// and part of `new` that differs from `old`'s version, or that `old` had
/// deleted, stamped `at` unless it is already newer. `old`'s tombstones are
/// kept. Then merging `old` into the result, in either order, gives the
/// result again.
///
/// The clock comes in as `at`; give the time of the replace.
pub fn supersede(old: &Document, mut new: Document, at: Stamp) -> Document {
    let old_tombs = newest(old.tombstones.iter());
    let mut added = records(&old.activities, &mut new.activities, &old_tombs, at);
    added.extend(records(&old.readings, &mut new.readings, &old_tombs, at));
    added.extend(records(&old.reports, &mut new.reports, &old_tombs, at));
    added.extend(records(&old.notices, &mut new.notices, &old_tombs, at));
    added.extend(plan(&old.plan, &mut new.plan, &old_tombs, at));
    // The newest tombstone of each id from both documents and the new ones,
    // sorted as a merge leaves them.
    let mut all: BTreeMap<(RecordKind, String), Tombstone> = BTreeMap::new();
    for t in old
        .tombstones
        .iter()
        .chain(new.tombstones.iter())
        .chain(added.iter())
    {
        let key = (t.kind, t.id.clone());
        match all.get(&key) {
            Some(held) if held.deleted_at >= t.deleted_at => {}
            _ => {
                all.insert(key, t.clone());
            }
        }
    }
    new.tombstones = all.into_values().collect();
    new
}
