//! The checked edits behind each command, shared by activities and
//! readings.

use chrono::TimeDelta;

use std::collections::HashMap;

use crate::plan::{Document, PartKey, Plan, RecordKind, SectionId, Stamp, Target, Tombstone};
use crate::validate::{validate_plan, Issue, IssueCode};

use super::CommandError;
use crate::merge::record::Record;

/// The later of `at` and one second after `floor`: a stamp that wins over a
/// record stamped `floor`. Whole seconds survive any file format.
fn after(at: Stamp, floor: Stamp) -> Stamp {
    if at > floor {
        return at;
    }
    let next = floor
        .checked_add_signed(TimeDelta::seconds(1))
        .unwrap_or(floor);
    next.with_timezone(at.offset())
}

/// The later of `at` and `floor`: a deletion stamp that wins over a record
/// stamped `floor`.
fn later(at: Stamp, floor: Stamp) -> Stamp {
    if at >= floor {
        at
    } else {
        floor.with_timezone(at.offset())
    }
}

fn position<R: Record>(doc: &Document, id: &str) -> Option<usize> {
    R::list(doc).iter().position(|r| r.id_str() == id)
}

fn tombstone(doc: &Document, kind: RecordKind, id: &str) -> Option<Stamp> {
    doc.tombstones
        .iter()
        .filter(|t| t.kind == kind && t.id == id)
        .map(|t| t.deleted_at)
        .max()
}

/// Whether a record may name a target the plan does not have.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Unknown {
    /// A new record must name targets of the plan.
    Refused,
    /// An existing record (edited, or restored by an undo) may keep naming
    /// a target that has left the plan: it is unassigned (see
    /// [`crate::unassigned`]) and validation warns about it, and refusing
    /// the edit would refuse the very edit that re-links it, or its undo.
    Kept,
}

fn check<R: Record>(plan: &Plan, record: &R, unknown: Unknown) -> Result<(), CommandError> {
    let errors: Vec<Issue> = R::check(plan, record)
        .into_iter()
        .filter(Issue::is_error)
        .filter(|i| unknown == Unknown::Refused || !matches!(i.code, IssueCode::UnknownTarget(_)))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(CommandError::Invalid(errors))
    }
}

fn unknown<R: Record>(id: &str) -> CommandError {
    CommandError::UnknownId {
        kind: R::KIND,
        id: id.to_string(),
    }
}

/// Adds `record`; the inverse deletes it at its own stamp.
pub(super) fn add<R: Record>(doc: &mut Document, record: R) -> Result<Stamp, CommandError> {
    let id = record.id_str().to_string();
    if position::<R>(doc, &id).is_some() {
        return Err(CommandError::DuplicateId { kind: R::KIND, id });
    }
    if tombstone(doc, R::KIND, &id).is_some() {
        return Err(CommandError::DeletedId { kind: R::KIND, id });
    }
    check(&doc.plan, &record, Unknown::Refused)?;
    let at = record.stamp();
    R::list_mut(doc).push(record);
    Ok(at)
}

/// Replaces the record with `record`'s id; returns the record it replaced.
pub(super) fn update<R: Record>(doc: &mut Document, mut record: R) -> Result<R, CommandError> {
    let i = position::<R>(doc, record.id_str()).ok_or_else(|| unknown::<R>(record.id_str()))?;
    check(&doc.plan, &record, Unknown::Kept)?;
    let list = R::list_mut(doc);
    let old = list[i].clone();
    // An edit that changes nothing keeps the old stamp, so that it does not
    // show up as a change in a colleague's merge.
    if !record.same_content(&old) {
        record.set_stamp(after(record.stamp(), old.stamp()));
        list[i] = record;
    }
    Ok(old)
}

/// Deletes the record and leaves a tombstone; returns the record and the
/// tombstone's stamp.
pub(super) fn delete<R: Record>(
    doc: &mut Document,
    id: &str,
    at: Stamp,
) -> Result<(R, Stamp), CommandError> {
    let i = position::<R>(doc, id).ok_or_else(|| unknown::<R>(id))?;
    let old = R::list_mut(doc).remove(i);
    let deleted_at = later(at, old.stamp());
    doc.tombstones
        .retain(|t| !(t.kind == R::KIND && t.id == id));
    doc.tombstones.push(Tombstone {
        kind: R::KIND,
        id: id.to_string(),
        deleted_at,
    });
    Ok((old, deleted_at))
}

/// Brings a record back and removes its tombstone; returns its new stamp.
pub(super) fn restore<R: Record>(
    doc: &mut Document,
    mut record: R,
    at: Stamp,
) -> Result<Stamp, CommandError> {
    let id = record.id_str().to_string();
    if position::<R>(doc, &id).is_some() {
        return Err(CommandError::DuplicateId { kind: R::KIND, id });
    }
    check(&doc.plan, &record, Unknown::Kept)?;
    let stamp = match tombstone(doc, R::KIND, &id) {
        Some(deleted_at) => after(at, deleted_at),
        None => at,
    };
    record.set_stamp(stamp);
    doc.tombstones
        .retain(|t| !(t.kind == R::KIND && t.id == id));
    R::list_mut(doc).push(record);
    Ok(stamp)
}

/// Replaces the plan unless it has errors; returns the plan it replaced.
///
/// Each part (section, target, person, unit) that is new or says something
/// else than before is stamped with the plan's stamp (moved forward past its
/// old stamp and any tombstone of it); the others keep theirs. A part that
/// is gone leaves a tombstone, so that a merge with a colleague's older copy
/// does not bring it back; a part that comes back loses its tombstone.
pub(super) fn set_plan(doc: &mut Document, mut plan: Plan) -> Result<Plan, CommandError> {
    let errors: Vec<Issue> = validate_plan(&plan)
        .into_iter()
        .filter(Issue::is_error)
        .collect();
    if !errors.is_empty() {
        return Err(CommandError::Invalid(errors));
    }
    let old = doc.plan.clone();
    if plan.same_content(&old) {
        return Ok(old);
    }
    let now = plan.updated_at;
    let old_parts: HashMap<PartKey, PartView> = parts_of(&old);
    let mut stamps: HashMap<PartKey, Stamp> = HashMap::new();
    for (key, view) in &parts_of(&plan) {
        let (kind, id) = key.tombstone_key();
        let at = match old_parts.get(key) {
            Some(before) if before == view => old.stamp_of(key),
            Some(_) => after(now, old.stamp_of(key)),
            None => match tombstone(doc, kind, id) {
                Some(deleted) => after(now, deleted),
                None => now,
            },
        };
        stamps.insert(key.clone(), at);
    }
    // The plan's own stamp moves forward only when its own fields change:
    // its id, title, period and rules.
    let header_changed = (&plan.id, &plan.title, plan.start, plan.end, &plan.rules)
        != (&old.id, &old.title, old.start, old.end, &old.rules);
    plan.updated_at = if header_changed {
        after(now, old.updated_at)
    } else {
        old.updated_at
    };
    plan.set_stamps(|k| stamps.get(k).copied());
    for key in stamps.keys() {
        let (kind, id) = key.tombstone_key();
        doc.tombstones.retain(|t| !(t.kind == kind && t.id == id));
    }
    let mut removed: Vec<&PartKey> = old_parts
        .keys()
        .filter(|k| !stamps.contains_key(*k))
        .collect();
    removed.sort();
    for key in removed {
        let (kind, id) = key.tombstone_key();
        let deleted_at = later(now, old.stamp_of(key));
        doc.tombstones.retain(|t| !(t.kind == kind && t.id == id));
        doc.tombstones.push(Tombstone {
            kind,
            id: id.to_string(),
            deleted_at,
        });
    }
    doc.plan = plan;
    Ok(old)
}

/// What a part says, to tell whether it changed: a target with the section
/// it is in, a section without its targets.
#[derive(PartialEq)]
enum PartView<'a> {
    Section(&'a str),
    Target(&'a SectionId, &'a Target),
    Person(&'a str),
    Unit,
}

fn parts_of(plan: &Plan) -> HashMap<PartKey, PartView<'_>> {
    let mut out = HashMap::new();
    for s in &plan.sections {
        out.insert(PartKey::Section(s.id.clone()), PartView::Section(&s.title));
        for t in &s.targets {
            out.insert(PartKey::Target(t.id.clone()), PartView::Target(&s.id, t));
        }
    }
    for p in &plan.people {
        out.insert(PartKey::Person(p.name.clone()), PartView::Person(&p.role));
    }
    for u in &plan.units {
        out.insert(PartKey::Unit(u.clone()), PartView::Unit);
    }
    out
}
