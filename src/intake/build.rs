//! Turning accepted proposals into a plan: a new plan, or targets appended
//! to the current one. The result is checked by [`crate::validate`].

use std::collections::HashSet;

use super::{kinds, Note, Period, Proposal, ProposedSection};
use crate::fixed::Fixed;
use crate::plan::{PartStamps, Person, Plan, Section, SectionId, Stamp, Target, TargetId};
use crate::validate::{validate_plan, Issue};

/// The plan built, with the notes raised while building (a missing roster,
/// a due date moved into the period).
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// The plan.
    pub plan: Plan,
    /// Per target id, what the reviewer should still check.
    pub notes: Vec<(TargetId, Vec<Note>)>,
}

/// Why a plan could not be built.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum BuildError {
    /// Nothing was accepted.
    #[error("no target was accepted")]
    Empty,
    /// The plan would not be valid; the findings say where.
    #[error("the plan would not be valid: {}", .0.iter().map(|i| i.message_en()).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Issue>),
}

impl BuildError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            BuildError::Empty => "没有接受任何目标".into(),
            BuildError::Invalid(issues) => format!(
                "生成的计划不完整：{}",
                issues
                    .iter()
                    .map(|i| format!("{}（{}）", i.message_zh(), i.path))
                    .collect::<Vec<_>>()
                    .join("；")
            ),
        }
    }
}

/// A fresh id with `prefix` that `used` does not hold yet.
fn fresh(used: &mut HashSet<String>, prefix: &str, n: &mut usize) -> String {
    loop {
        *n += 1;
        let id = format!("{prefix}{:02}", n);
        if used.insert(id.clone()) {
            return id;
        }
    }
}

/// Adds `sections` (accepted proposals only) to `plan`: each becomes a new
/// section with fresh ids. Per-person targets apply to the whole roster; a
/// plan with no roster gets one person named after the group, to be
/// replaced. Due dates outside the period move to its end.
fn add(plan: &mut Plan, sections: &[ProposedSection]) -> Vec<(TargetId, Vec<Note>)> {
    let mut used: HashSet<String> = plan
        .sections
        .iter()
        .map(|s| s.id.0.clone())
        .chain(plan.targets().map(|(_, t)| t.id.0.clone()))
        .collect();
    let mut notes = Vec::new();
    let mut sn = 0;
    for ps in sections.iter().filter(|s| !s.proposals.is_empty()) {
        let sid = fresh(&mut used, "s", &mut sn);
        let mut tn = 0;
        let mut targets = Vec::new();
        for p in &ps.proposals {
            let tid = TargetId(fresh(&mut used, &format!("t{}-", &sid[1..]), &mut tn));
            let (target, extra) = target(plan, tid.clone(), p);
            let mut all = p.notes.clone();
            all.extend(extra);
            if !all.is_empty() {
                notes.push((tid, all));
            }
            targets.push(target);
        }
        plan.sections.push(Section {
            id: SectionId(sid),
            title: ps.title.clone(),
            targets,
        });
    }
    notes
}

fn target(plan: &mut Plan, id: TargetId, p: &Proposal) -> (Target, Vec<Note>) {
    let mut notes = Vec::new();
    let in_period = |d: chrono::NaiveDate| plan.start <= d && d <= plan.end;
    let mut kind = p.kind.clone();
    if let Some(roster) = kinds::empty_roster(&mut kind) {
        if plan.people.is_empty() {
            let name = if p.group.is_empty() {
                "全体人员"
            } else {
                &p.group
            };
            plan.people.push(Person {
                name: name.to_string(),
                role: "名单待补充".to_string(),
            });
            notes.push(Note::RosterNeeded);
        }
        *roster = plan.people.iter().map(|x| x.name.clone()).collect();
    }
    if let Some(due) = kinds::due_mut(&mut kind).filter(|d| !in_period(**d)) {
        notes.push(Note::DueMoved(*due));
        *due = plan.end;
    }
    if let Some(baseline) = kinds::unset_baseline(&mut kind) {
        *baseline = Fixed::from_int(100);
        notes.push(Note::BaselineNeeded);
    }
    let due = match p.due {
        Some(d) if !in_period(d) => {
            notes.push(Note::DueMoved(d));
            Some(plan.end)
        }
        d => d,
    };
    for unit in std::iter::once(&p.lead_unit).chain(&p.partners) {
        if !unit.is_empty() && plan.units.iter().all(|u| u != unit) {
            plan.units.push(unit.clone());
        }
    }
    let target = Target {
        annual: p.annual,
        zero_readings: false,
        partners: p.partners.clone(),
        suggestion: String::new(),
        id,
        title: p.title.clone(),
        kind,
        unit: p.unit.clone(),
        lead_unit: p.lead_unit.clone(),
        owner: p.owner.clone(),
        weight: 1,
        due,
    };
    (target, notes)
}

fn checked(plan: Plan, notes: Vec<(TargetId, Vec<Note>)>) -> Result<Built, BuildError> {
    if plan.targets().next().is_none() {
        return Err(BuildError::Empty);
    }
    let errors: Vec<Issue> = validate_plan(&plan)
        .into_iter()
        .filter(|i| i.is_error())
        .collect();
    if errors.is_empty() {
        Ok(Built { plan, notes })
    } else {
        Err(BuildError::Invalid(errors))
    }
}

/// A new plan with identity `id`, titled `title`, for `period` from the
/// accepted proposals. The browser gives a fresh random id; the native
/// command one derived from the text ([`text_id`]).
pub fn new_plan(
    id: &str,
    title: &str,
    period: Period,
    sections: &[ProposedSection],
    stamp: Stamp,
) -> Result<Built, BuildError> {
    let mut plan = Plan {
        id: id.to_string(),
        // A new plan judges by the rules offices use, as a new document does.
        rules: crate::seed::office_rules(),
        title: title.to_string(),
        start: period.start,
        end: period.end,
        sections: Vec::new(),
        people: Vec::new(),
        units: Vec::new(),
        updated_at: stamp,
        stamps: PartStamps::default(),
    };
    let notes = add(&mut plan, sections);
    checked(plan, notes)
}

/// A plan id derived from the bytes a plan was read from and its year,
/// `plan-` and 16 hex digits of their 64-bit FNV-1a hash: the same file for
/// the same year always gives the same id, so the native command's output
/// depends only on its input; another year's plan from the same text is
/// another plan.
pub fn text_id(bytes: &[u8], year: i32) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes.iter().chain(format!("\n{year}").as_bytes()) {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("plan-{h:016x}")
}

/// `current` with the accepted proposals appended as new sections; the
/// plan keeps its id.
pub fn append(
    current: &Plan,
    sections: &[ProposedSection],
    stamp: Stamp,
) -> Result<Built, BuildError> {
    let mut plan = current.clone();
    plan.updated_at = stamp;
    let before = plan.targets().count();
    let notes = add(&mut plan, sections);
    if plan.targets().count() == before {
        return Err(BuildError::Empty);
    }
    checked(plan, notes)
}
