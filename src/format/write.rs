//! From the domain model to the current file version's serde types.
//!
//! Writing cannot fail: every domain value has its file form. Empty and
//! default fields are left for the serde types to omit.

use chrono::{Datelike, NaiveDate, SecondsFormat};

use super::v1::{ActivityV1, BetterV1, CadenceV1, Decimal, DirectionV1, GoalV1, ReadingV1};
use super::v2::{
    DocumentV2, PersonV2, PlanV2, RecordKindV2, SectionV2, TargetV2, TombstoneV2, UnitV2,
};
use super::{CURRENT_VERSION, FORMAT_NAME};
use crate::plan::{
    Better, Cadence, Direction, Document, PartKey, Plan, ReadingValue, RecordKind, SectionId,
    Stamp, Target, TargetId, TargetKind,
};

fn date_text(d: NaiveDate) -> String {
    // Written out by hand: chrono's general formatter costs more than the
    // rest of an activity together, and a ledger has thousands.
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn stamp_text(s: &Stamp) -> String {
    s.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

/// The file form of a domain document, in the current version.
pub(crate) fn from_domain(doc: &Document, exported_at: Option<&Stamp>) -> DocumentV2 {
    let p = &doc.plan;
    DocumentV2 {
        format: FORMAT_NAME.to_string(),
        version: CURRENT_VERSION,
        exported_at: exported_at.map(stamp_text),
        unit: doc.unit.clone(),
        plan: PlanV2 {
            title: p.title.clone(),
            start: date_text(p.start),
            end: date_text(p.end),
            updated_at: stamp_text(&p.updated_at),
            units: p
                .units
                .iter()
                .map(|name| UnitV2 {
                    name: name.clone(),
                    updated_at: own_stamp(p, PartKey::Unit(name.clone())),
                })
                .collect(),
            people: p
                .people
                .iter()
                .map(|x| PersonV2 {
                    name: x.name.clone(),
                    role: x.role.clone(),
                    updated_at: own_stamp(p, PartKey::Person(x.name.clone())),
                })
                .collect(),
            sections: p
                .sections
                .iter()
                .map(|s| SectionV2 {
                    id: s.id.0.clone(),
                    title: s.title.clone(),
                    updated_at: own_stamp(p, PartKey::Section(SectionId(s.id.0.clone()))),
                    targets: s.targets.iter().map(|t| target_file(p, t)).collect(),
                })
                .collect(),
        },
        activities: doc
            .activities
            .iter()
            .map(|a| ActivityV1 {
                id: a.id.0.clone(),
                date: date_text(a.date),
                title: a.title.clone(),
                targets: a.targets.iter().map(|t| t.0.clone()).collect(),
                quantity: a.quantity,
                people: a.people.clone(),
                lead_unit: a.lead_unit.clone(),
                notes: a.notes.clone(),
                updated_at: stamp_text(&a.updated_at),
            })
            .collect(),
        readings: doc
            .readings
            .iter()
            .map(|r| {
                let (value, numerator, denominator) = match r.value {
                    ReadingValue::Value(v) => (Some(Decimal::Exact(v)), None, None),
                    ReadingValue::Counts {
                        numerator,
                        denominator,
                    } => (None, Some(numerator), Some(denominator)),
                };
                ReadingV1 {
                    id: r.id.0.clone(),
                    target: r.target.0.clone(),
                    date: date_text(r.date),
                    value,
                    numerator,
                    denominator,
                    notes: r.notes.clone(),
                    updated_at: stamp_text(&r.updated_at),
                }
            })
            .collect(),
        tombstones: doc
            .tombstones
            .iter()
            .map(|t| TombstoneV2 {
                kind: match t.kind {
                    RecordKind::Activity => RecordKindV2::Activity,
                    RecordKind::Reading => RecordKindV2::Reading,
                    RecordKind::Section => RecordKindV2::Section,
                    RecordKind::Target => RecordKindV2::Target,
                    RecordKind::Person => RecordKindV2::Person,
                    RecordKind::Unit => RecordKindV2::Unit,
                },
                id: t.id.clone(),
                deleted_at: stamp_text(&t.deleted_at),
            })
            .collect(),
    }
}

/// A part's stamp where it has its own, to be written beside it; a part
/// without one was last changed with the plan.
fn own_stamp(p: &Plan, part: PartKey) -> Option<String> {
    p.stamps.0.get(&part).map(stamp_text)
}

fn target_file(p: &Plan, t: &Target) -> TargetV2 {
    let goal = match &t.kind {
        TargetKind::Count { target } => GoalV1::Count { target: *target },
        TargetKind::Range { min, max } => GoalV1::Range {
            min: *min,
            max: *max,
        },
        TargetKind::PerPerson { each, roster } => GoalV1::PerPerson {
            each: *each,
            roster: roster.clone(),
        },
        TargetKind::Cadence { every, at_least } => GoalV1::Cadence {
            every: match every {
                Cadence::Week => CadenceV1::Week,
                Cadence::Month => CadenceV1::Month,
                Cadence::Quarter => CadenceV1::Quarter,
                Cadence::Year => CadenceV1::Year,
            },
            at_least: *at_least,
        },
        TargetKind::Threshold { line, direction } => GoalV1::Threshold {
            line: Decimal::Exact(*line),
            direction: match direction {
                Direction::AtLeast => DirectionV1::AtLeast,
                Direction::AtMost => DirectionV1::AtMost,
            },
        },
        TargetKind::Ratio {
            line,
            numerator,
            denominator,
        } => GoalV1::Ratio {
            line: Decimal::Exact(*line),
            numerator: numerator.clone(),
            denominator: denominator.clone(),
        },
        TargetKind::Improvement {
            baseline,
            percent,
            better,
        } => GoalV1::Improvement {
            baseline: Decimal::Exact(*baseline),
            percent: Decimal::Exact(*percent),
            better: match better {
                Better::Higher => BetterV1::Higher,
                Better::Lower => BetterV1::Lower,
            },
        },
        TargetKind::Milestone { due } => GoalV1::Milestone {
            due: date_text(*due),
        },
    };
    TargetV2 {
        updated_at: own_stamp(p, PartKey::Target(TargetId(t.id.0.clone()))),
        id: t.id.0.clone(),
        title: t.title.clone(),
        goal,
        unit: t.unit.clone(),
        lead_unit: t.lead_unit.clone(),
        owner: t.owner.clone(),
        weight: t.weight,
        due: t.due.map(date_text),
    }
}
