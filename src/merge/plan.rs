//! Merging two plans part by part: each section, target, roster entry and
//! lead unit is a record with its own stamp, settled like an activity (the
//! newer stamp wins, ties settled by content, a tombstone at or after a
//! part's stamp removes it). The plan's own fields (title, period) come
//! from the plan whose own stamp wins; so does the order. A part only the
//! other plan has goes right after the part it follows there (the nearest
//! one before it that the winning plan has too), or first when none does,
//! so that a part one side removed and the other kept or restored returns
//! to its place, and merging the result again changes nothing. A section is
//! kept while a target of the merged plan is in it, so that no target is
//! left without a section.
//!
//! The result depends only on which plan's own stamp wins, never on which
//! side is ours, so a merge gives the same plan in either order.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashSet};

use super::{offset, wins, PlanChange, TargetChange, TargetChangeKind};
use crate::plan::{
    PartKey, Person, Plan, RecordKind, Section, SectionId, Stamp, Target, TargetId, Tombstone,
};

/// Where a part goes in the merged order: the winning plan's parts by
/// their index there, `(i, 0, 0)`; a part only the other plan has right
/// after the winning plan's part it follows in its own plan, `(i, 1, j)`
/// (`-1` when none), in its own plan's order `j`.
type Position = (isize, u8, usize);

/// One version of a part: what it says, when it was stamped, and where it
/// stands in its plan's order.
struct Version<T> {
    value: T,
    at: Stamp,
    /// Position in its plan; the winning plan's parts come first.
    order: Position,
}

/// The winner of two versions: the newer stamp, then the stamp's offset,
/// then the larger content as text.
fn settle<T: std::fmt::Debug>(a: Version<T>, b: Version<T>) -> Version<T> {
    let order =
        a.at.cmp(&b.at)
            .then_with(|| offset(&a.at).cmp(&offset(&b.at)))
            .then_with(|| format!("{:?}", a.value).cmp(&format!("{:?}", b.value)));
    // Both versions stand at the part's one merged position.
    let pos = a.order.min(b.order);
    let mut w = if order == Ordering::Less { b } else { a };
    w.order = pos;
    w
}

/// Versions of every part of one kind, from the winning plan (`first`) and
/// the other, settled into one per key.
fn settled<K: Ord + Clone, T: std::fmt::Debug>(
    first: impl Iterator<Item = (K, T, Stamp)>,
    second: impl Iterator<Item = (K, T, Stamp)>,
) -> BTreeMap<K, Version<T>> {
    let first: Vec<(K, T, Stamp)> = first.collect();
    let second: Vec<(K, T, Stamp)> = second.collect();
    let positions = positions(
        &first.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
        &second.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
    );
    let mut map: BTreeMap<K, Version<T>> = BTreeMap::new();
    for items in [first, second] {
        for (key, value, at) in items {
            let v = Version {
                value,
                at,
                order: positions[&key],
            };
            let v = match map.remove(&key) {
                Some(held) => settle(held, v),
                None => v,
            };
            map.insert(key, v);
        }
    }
    map
}

/// The merged order's position of every part of one kind: `first` is the
/// winning plan's order of them, `second` the other's.
fn positions<K: Ord + Clone>(first: &[K], second: &[K]) -> BTreeMap<K, Position> {
    let mut out: BTreeMap<K, Position> = BTreeMap::new();
    for (i, key) in first.iter().enumerate() {
        out.entry(key.clone()).or_insert((i as isize, 0, 0));
    }
    let mut after: isize = -1;
    for (j, key) in second.iter().enumerate() {
        match out.get(key) {
            Some(&(i, 0, _)) => after = i,
            Some(_) => {}
            None => {
                out.insert(key.clone(), (after, 1, j));
            }
        }
    }
    out
}

/// Merges two plans by their parts; `tombs` are the merged tombstones.
pub(super) fn merge_plan(
    ours: &Plan,
    theirs: &Plan,
    tombs: &[Tombstone],
) -> (Plan, PlanChange, Vec<TargetChange>) {
    let theirs_first = wins(theirs, theirs.updated_at, ours, ours.updated_at);
    let (w, l) = if theirs_first {
        (theirs, ours)
    } else {
        (ours, theirs)
    };
    let deleted: BTreeMap<(RecordKind, &str), Stamp> = tombs
        .iter()
        .map(|t| ((t.kind, t.id.as_str()), t.deleted_at))
        .collect();
    let live =
        |part: &PartKey, at: Stamp| deleted.get(&part.tombstone_key()).is_none_or(|d| at > *d);

    let targets_of = |p: &'_ Plan| {
        p.targets()
            .map(|(s, t)| {
                let key = PartKey::Target(t.id.clone());
                let at = p.stamp_of(&key);
                (t.id.clone(), (s.id.clone(), t.clone()), at)
            })
            .collect::<Vec<_>>()
    };
    let targets: BTreeMap<TargetId, Version<(SectionId, Target)>> =
        settled(targets_of(w).into_iter(), targets_of(l).into_iter())
            .into_iter()
            .filter(|(id, v)| live(&PartKey::Target(id.clone()), v.at))
            .collect();
    let needed: HashSet<&SectionId> = targets.values().map(|v| &v.value.0).collect();

    let sections_of = |p: &'_ Plan| {
        p.sections
            .iter()
            .map(|s| {
                let at = p.stamp_of(&PartKey::Section(s.id.clone()));
                (s.id.clone(), s.title.clone(), at)
            })
            .collect::<Vec<_>>()
    };
    let sections: BTreeMap<SectionId, Version<String>> =
        settled(sections_of(w).into_iter(), sections_of(l).into_iter())
            .into_iter()
            .filter(|(id, v)| needed.contains(id) || live(&PartKey::Section(id.clone()), v.at))
            .collect();

    let people_of = |p: &'_ Plan| {
        p.people
            .iter()
            .map(|x| {
                let at = p.stamp_of(&PartKey::Person(x.name.clone()));
                (x.name.clone(), x.role.clone(), at)
            })
            .collect::<Vec<_>>()
    };
    let people: BTreeMap<String, Version<String>> =
        settled(people_of(w).into_iter(), people_of(l).into_iter())
            .into_iter()
            .filter(|(name, v)| live(&PartKey::Person(name.clone()), v.at))
            .collect();

    let units_of = |p: &'_ Plan| {
        p.units
            .iter()
            .map(|u| (u.clone(), (), p.stamp_of(&PartKey::Unit(u.clone()))))
            .collect::<Vec<_>>()
    };
    let units: BTreeMap<String, Version<()>> =
        settled(units_of(w).into_iter(), units_of(l).into_iter())
            .into_iter()
            .filter(|(name, v)| live(&PartKey::Unit(name.clone()), v.at))
            .collect();

    let mut stamps: BTreeMap<PartKey, Stamp> = BTreeMap::new();
    let mut section_list: Vec<(&Position, Section)> = sections
        .iter()
        .map(|(id, v)| {
            stamps.insert(PartKey::Section(id.clone()), v.at);
            let mut in_it: Vec<(&Position, &Target)> = targets
                .values()
                .filter(|t| &t.value.0 == id)
                .map(|t| (&t.order, &t.value.1))
                .collect();
            in_it.sort_by_key(|(order, _)| **order);
            let section = Section {
                id: id.clone(),
                title: v.value.clone(),
                targets: in_it.into_iter().map(|(_, t)| t.clone()).collect(),
            };
            (&v.order, section)
        })
        .collect();
    section_list.sort_by_key(|(order, _)| **order);
    for (id, v) in &targets {
        stamps.insert(PartKey::Target(id.clone()), v.at);
    }
    let mut people_list: Vec<(&Position, Person)> = people
        .iter()
        .map(|(name, v)| {
            stamps.insert(PartKey::Person(name.clone()), v.at);
            (
                &v.order,
                Person {
                    name: name.clone(),
                    role: v.value.clone(),
                },
            )
        })
        .collect();
    people_list.sort_by_key(|(order, _)| **order);
    let mut unit_list: Vec<(&Position, String)> = units
        .iter()
        .map(|(name, v)| {
            stamps.insert(PartKey::Unit(name.clone()), v.at);
            (&v.order, name.clone())
        })
        .collect();
    unit_list.sort_by_key(|(order, _)| **order);

    let mut plan = Plan {
        // A plan migrated from before version 3 has no id: it takes the
        // other side's, so that copies of one plan agree once merged.
        id: if w.id.is_empty() {
            l.id.clone()
        } else {
            w.id.clone()
        },
        rules: w.rules,
        title: w.title.clone(),
        start: w.start,
        end: w.end,
        sections: section_list.into_iter().map(|(_, s)| s).collect(),
        people: people_list.into_iter().map(|(_, p)| p).collect(),
        units: unit_list.into_iter().map(|(_, u)| u).collect(),
        updated_at: w.updated_at,
        stamps: Default::default(),
    };
    plan.set_stamps(|k| stamps.get(k).copied());

    let change = if plan.same_content(ours) {
        if theirs.same_content(ours) {
            PlanChange::Unchanged
        } else {
            PlanChange::KeptOurs
        }
    } else {
        PlanChange::Updated
    };
    let changes = target_changes(ours, theirs, &plan);
    (plan, change, changes)
}

/// What happened to each target, against ours.
fn target_changes(ours: &Plan, theirs: &Plan, merged: &Plan) -> Vec<TargetChange> {
    let view = |p: &Plan| -> BTreeMap<TargetId, (SectionId, Target)> {
        p.targets()
            .map(|(s, t)| (t.id.clone(), (s.id.clone(), t.clone())))
            .collect()
    };
    let (o, t, m) = (view(ours), view(theirs), view(merged));
    let mut ids: Vec<&TargetId> = o.keys().chain(t.keys()).chain(m.keys()).collect();
    ids.sort();
    ids.dedup();
    let mut out = Vec::new();
    for id in ids {
        let kind = match (o.get(id), t.get(id), m.get(id)) {
            (None, _, Some(_)) => TargetChangeKind::Added,
            (Some(_), _, None) => TargetChangeKind::Removed,
            (Some(a), _, Some(b)) if a != b => TargetChangeKind::Changed,
            (Some(a), Some(b), Some(_)) if a != b => TargetChangeKind::KeptOurs,
            _ => continue,
        };
        let title = m
            .get(id)
            .or_else(|| o.get(id))
            .or_else(|| t.get(id))
            .map(|(_, x)| x.title.clone())
            .unwrap_or_default();
        out.push(TargetChange {
            id: id.clone(),
            title,
            kind,
        });
    }
    out
}
