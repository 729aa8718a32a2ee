//! The plan part of a file: sections, targets, roster, units and rules. A
//! target's kind is read by `format/goal.rs`.

use std::collections::HashSet;

use super::super::goal;
use super::super::v3::{PaceV3, PlanV3, ReportingV3, RulesV3, TargetV3};
use super::super::{DecodeError, Problem};
use super::{date, invalid, non_empty_id, stamp, unique};
use crate::plan::{
    Pace, PartKey, Person, Plan, Reporting, Rules, Section, SectionId, Target, TargetId,
};

/// The highest day of the month a report may be due on: every month has it.
const LAST_DUE_DAY: u32 = 28;

fn rules(r: &RulesV3) -> Result<Rules, DecodeError> {
    let at = |field: &str| format!("plan.rules.{field}");
    for (field, points) in [
        ("behind_from", r.behind_from),
        ("far_behind_from", r.far_behind_from.unwrap_or(0)),
        ("near_points", r.near_points),
    ] {
        if points > 100 {
            return Err(invalid(at(field), Problem::PointsOutOfRange { points }));
        }
    }
    if let Some(far) = r.far_behind_from {
        if far < r.behind_from {
            return Err(invalid(
                at("far_behind_from"),
                Problem::FarBeforeBehind {
                    behind: r.behind_from,
                    far,
                },
            ));
        }
    }
    let reporting = match r.reporting {
        ReportingV3::None => Reporting::None,
        ReportingV3::Monthly { by_day } | ReportingV3::Quarterly { by_day }
            if !(1..=LAST_DUE_DAY).contains(&by_day) =>
        {
            return Err(invalid(
                at("reporting.by_day"),
                Problem::DueDayOutOfRange { day: by_day },
            ))
        }
        ReportingV3::Monthly { by_day } => Reporting::Monthly { by_day },
        ReportingV3::Quarterly { by_day } => Reporting::Quarterly { by_day },
    };
    Ok(Rules {
        pace: match r.pace {
            PaceV3::Day => Pace::Day,
            PaceV3::Month => Pace::Month,
            PaceV3::Quarter => Pace::Quarter,
        },
        behind_from: r.behind_from,
        far_behind_from: r.far_behind_from,
        near_points: r.near_points,
        due_soon_days: r.due_soon_days,
        reporting,
        grace_days: r.grace_days,
    })
}

pub(in crate::format) fn plan(p: &PlanV3) -> Result<Plan, DecodeError> {
    let start = date(|| "plan.start".to_string(), &p.start)?;
    let end = date(|| "plan.end".to_string(), &p.end)?;
    if end < start {
        return Err(invalid(
            "plan.end".to_string(),
            Problem::EndBeforeStart {
                start: p.start.clone(),
                end: p.end.clone(),
            },
        ));
    }
    let updated_at = stamp(|| "plan.updated_at".to_string(), &p.updated_at)?;
    // Each part's own stamp, where the file gives one.
    let mut stamps = std::collections::BTreeMap::new();
    let mut part_stamp = |part: PartKey,
                          text: &Option<String>,
                          path: &dyn Fn() -> String|
     -> Result<(), DecodeError> {
        if let Some(t) = text {
            stamps.insert(part, stamp(path, t)?);
        }
        Ok(())
    };
    let mut section_ids = HashSet::new();
    let mut target_ids = HashSet::new();
    let mut sections = Vec::with_capacity(p.sections.len());
    for (i, s) in p.sections.iter().enumerate() {
        let at = |field: &str| format!("plan.sections[{i}].{field}");
        non_empty_id(|| at("id"), &s.id)?;
        unique(&mut section_ids, || at("id"), &s.id)?;
        part_stamp(
            PartKey::Section(SectionId(s.id.clone())),
            &s.updated_at,
            &|| at("updated_at"),
        )?;
        let mut targets = Vec::with_capacity(s.targets.len());
        for (j, t) in s.targets.iter().enumerate() {
            let at = |field: &str| format!("plan.sections[{i}].targets[{j}].{field}");
            non_empty_id(|| at("id"), &t.id)?;
            unique(&mut target_ids, || at("id"), &t.id)?;
            part_stamp(
                PartKey::Target(TargetId(t.id.clone())),
                &t.updated_at,
                &|| at("updated_at"),
            )?;
            targets.push(target(t, &at)?);
        }
        sections.push(Section {
            id: SectionId(s.id.clone()),
            title: s.title.clone(),
            targets,
        });
    }
    for (i, x) in p.people.iter().enumerate() {
        part_stamp(PartKey::Person(x.name.clone()), &x.updated_at, &|| {
            format!("plan.people[{i}].updated_at")
        })?;
    }
    for (i, u) in p.units.iter().enumerate() {
        part_stamp(PartKey::Unit(u.name.clone()), &u.updated_at, &|| {
            format!("plan.units[{i}].updated_at")
        })?;
    }
    let mut plan = Plan {
        id: p.id.clone(),
        rules: match &p.rules {
            Some(r) => rules(r)?,
            None => Rules::by_day(),
        },
        stamps: Default::default(),
        title: p.title.clone(),
        start,
        end,
        sections,
        people: p
            .people
            .iter()
            .map(|x| Person {
                name: x.name.clone(),
                role: x.role.clone(),
            })
            .collect(),
        units: p.units.iter().map(|u| u.name.clone()).collect(),
        updated_at,
    };
    plan.set_stamps(|part| stamps.get(part).copied());
    Ok(plan)
}

fn target(t: &TargetV3, at: &dyn Fn(&str) -> String) -> Result<Target, DecodeError> {
    let kind = goal::kind(&t.goal, at)?;
    Ok(Target {
        annual: t.annual,
        zero_readings: t.zero_readings,
        partners: t.partners.clone(),
        suggestion: t.suggestion.clone(),
        id: TargetId(t.id.clone()),
        title: t.title.clone(),
        kind,
        unit: t.unit.clone(),
        lead_unit: t.lead_unit.clone(),
        owner: t.owner.clone(),
        weight: t.weight,
        due: match &t.due {
            Some(d) => Some(date(|| at("due"), d)?),
            None => None,
        },
    })
}
