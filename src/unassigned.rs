//! Records that point at a target the plan does not have: 未归属
//! (unassigned).
//!
//! A target can leave the plan while records still name it — deleted in the
//! plan editor, or a colleague's merged file whose plan lacks it. Such a
//! record is never dropped and never makes the document unreadable: the
//! engine counts it toward nothing, validation warns about it, and this
//! module finds it and builds the commands that resolve it: move it to
//! another target, or delete it. Each is one undoable [`Command::Batch`].
//!
//! The same commands serve the plan editor when a target with records is
//! deleted: [`remove_target`] keeps the records as unassigned, moves them
//! or deletes them together with the target, as one change.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use crate::command::{Command, CommandError};
use crate::engine::BuildFnv;
use crate::plan::{Activity, Document, Plan, Reading, Stamp, TargetId};

/// The unassigned records of a document and the missing targets they name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Unassigned {
    /// Indexes (into `doc.activities`) of activities naming a missing target.
    pub activities: Vec<usize>,
    /// Indexes (into `doc.readings`) of readings of a missing target.
    pub readings: Vec<usize>,
    /// The missing targets named, in id order.
    pub missing: Vec<TargetId>,
}

impl Unassigned {
    /// Whether every record belongs to a target of the plan.
    pub fn is_empty(&self) -> bool {
        self.activities.is_empty() && self.readings.is_empty()
    }

    /// How many records are unassigned.
    pub fn len(&self) -> usize {
        self.activities.len() + self.readings.len()
    }
}

/// The plan's target ids, to look each record's up in.
fn known_ids(doc: &Document) -> HashSet<&str, BuildFnv> {
    doc.plan.targets().map(|(_, t)| t.id.as_str()).collect()
}

/// Finds the records naming a target the plan does not have. One pass over
/// the ledger, each target named looked up in a set of the plan's.
pub fn find(doc: &Document) -> Unassigned {
    let known = known_ids(doc);
    let mut out = Unassigned::default();
    let mut missing: BTreeSet<&TargetId> = BTreeSet::new();
    for (i, a) in doc.activities.iter().enumerate() {
        let mut any = false;
        for t in a.targets.iter().filter(|t| !known.contains(t.as_str())) {
            missing.insert(t);
            any = true;
        }
        if any {
            out.activities.push(i);
        }
    }
    for (i, r) in doc.readings.iter().enumerate() {
        if !known.contains(r.target.as_str()) {
            missing.insert(&r.target);
            out.readings.push(i);
        }
    }
    out.missing = missing.into_iter().cloned().collect();
    out
}

/// Whether some record names a target the plan does not have: `find`'s
/// answer is not empty. Without collecting the names, so the first screen
/// (which only asks) carries no ordered set.
pub fn any(doc: &Document) -> bool {
    let known = known_ids(doc);
    doc.activities
        .iter()
        .any(|a| a.targets.iter().any(|t| !known.contains(t.as_str())))
        || doc
            .readings
            .iter()
            .any(|r| !known.contains(r.target.as_str()))
}

/// How many activities and readings name `target`.
pub fn count_pointing(doc: &Document, target: &TargetId) -> (usize, usize) {
    let activities = doc
        .activities
        .iter()
        .filter(|a| a.targets.contains(target))
        .count();
    let readings = doc.readings.iter().filter(|r| &r.target == target).count();
    (activities, readings)
}

/// What to do with the records of a target that leaves the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecordsChoice {
    /// Keep them; they show as unassigned until moved or deleted.
    Keep,
    /// Point them at this target instead.
    MoveTo(TargetId),
    /// Delete them too. An activity that also counts toward other targets
    /// is kept for those, without the removed one.
    Delete,
}

fn moved_activity(a: &Activity, from: &TargetId, to: &TargetId, at: Stamp) -> Activity {
    let mut out = a.clone();
    out.targets.clear();
    for t in &a.targets {
        let t = if t == from { to } else { t };
        if !out.targets.contains(t) {
            out.targets.push(t.clone());
        }
    }
    out.updated_at = at;
    out
}

/// The commands that point every record naming `from` at `to`, stamped
/// `at`. Empty when no record names `from`.
fn move_commands(doc: &Document, from: &TargetId, to: &TargetId, at: Stamp) -> Vec<Command> {
    let mut cmds = Vec::new();
    for a in doc.activities.iter().filter(|a| a.targets.contains(from)) {
        cmds.push(Command::UpdateActivity(moved_activity(a, from, to, at)));
    }
    for r in doc.readings.iter().filter(|r| &r.target == from) {
        cmds.push(Command::UpdateReading(Reading {
            target: to.clone(),
            updated_at: at,
            ..r.clone()
        }));
    }
    cmds
}

/// The commands that delete every record naming `target`, stamped `at`.
/// An activity that names other targets too keeps them and loses only this
/// one.
fn delete_commands(doc: &Document, target: &TargetId, at: Stamp) -> Vec<Command> {
    let mut cmds = Vec::new();
    for a in doc.activities.iter().filter(|a| a.targets.contains(target)) {
        if a.targets.iter().all(|t| t == target) {
            cmds.push(Command::DeleteActivity {
                id: a.id.clone(),
                at,
            });
        } else {
            let mut kept = a.clone();
            kept.targets.retain(|t| t != target);
            kept.updated_at = at;
            cmds.push(Command::UpdateActivity(kept));
        }
    }
    for r in doc.readings.iter().filter(|r| &r.target == target) {
        cmds.push(Command::DeleteReading {
            id: r.id.clone(),
            at,
        });
    }
    cmds
}

/// One change that points every record naming the missing target `from` at
/// `to`, or `None` when nothing names `from`.
pub fn relink(doc: &Document, from: &TargetId, to: &TargetId, at: Stamp) -> Option<Command> {
    let cmds = move_commands(doc, from, to, at);
    (!cmds.is_empty()).then_some(Command::Batch(cmds))
}

/// One change that deletes every record naming the missing target
/// `target`, or `None` when nothing names it.
pub fn delete_records(doc: &Document, target: &TargetId, at: Stamp) -> Option<Command> {
    let cmds = delete_commands(doc, target, at);
    (!cmds.is_empty()).then_some(Command::Batch(cmds))
}

/// One change that puts `plan` in place of the document's plan and deals
/// with the records of each target the new plan no longer has as `choices`
/// says (a target not in `choices` keeps its records, unassigned). Records
/// are moved or deleted before the plan changes, so that a move to a
/// target of both plans is checked against a plan that has it. Refused,
/// with the reason, when a record cannot be moved (a target measured by
/// readings offered to an activity) or the plan has errors.
pub fn remove_targets(
    doc: &Document,
    plan: Plan,
    choices: &BTreeMap<TargetId, RecordsChoice>,
    at: Stamp,
) -> Result<Command, CommandError> {
    let kept: HashSet<&TargetId> = plan.targets().map(|(_, t)| &t.id).collect();
    let removed: Vec<&TargetId> = doc
        .plan
        .targets()
        .map(|(_, t)| &t.id)
        .filter(|id| !kept.contains(id))
        .collect();
    let mut cmds = Vec::new();
    let mut work = doc.clone();
    for id in removed {
        let step = match choices.get(id).unwrap_or(&RecordsChoice::Keep) {
            RecordsChoice::Keep => Vec::new(),
            RecordsChoice::MoveTo(to) => move_commands(&work, id, to, at),
            RecordsChoice::Delete => delete_commands(&work, id, at),
        };
        // Later steps see the records as the earlier ones left them (an
        // activity naming two removed targets is changed twice).
        for c in step {
            work.apply(c.clone())?;
            cmds.push(c);
        }
    }
    let set = Command::SetPlan(plan);
    work.apply(set.clone())?;
    cmds.push(set);
    Ok(Command::Batch(cmds))
}

/// [`remove_targets`] with one choice for every removed target.
pub fn remove_target(
    doc: &Document,
    plan: Plan,
    choice: &RecordsChoice,
    at: Stamp,
) -> Result<Command, CommandError> {
    let kept: HashSet<&TargetId> = plan.targets().map(|(_, t)| &t.id).collect();
    let choices = doc
        .plan
        .targets()
        .filter(|(_, t)| !kept.contains(&t.id))
        .map(|(_, t)| (t.id.clone(), choice.clone()))
        .collect();
    remove_targets(doc, plan, &choices, at)
}
