//! From the domain model to the current file version's serde types.
//!
//! Writing cannot fail: every domain value has its file form. Empty and
//! default fields are left for the serde types to omit.

use chrono::{Datelike, NaiveDate, SecondsFormat};

use super::v1::{
    ActivityV1, BetterV1, CadenceV1, Decimal, DirectionV1, DocumentV1, GoalV1, PersonV1, PlanV1,
    ReadingV1, RecordKindV1, SectionV1, TargetV1, TombstoneV1,
};
use super::{CURRENT_VERSION, FORMAT_NAME};
use crate::plan::{
    Better, Cadence, Direction, Document, ReadingValue, RecordKind, Stamp, Target, TargetKind,
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
pub(crate) fn from_domain(doc: &Document, exported_at: Option<&Stamp>) -> DocumentV1 {
    let p = &doc.plan;
    DocumentV1 {
        format: FORMAT_NAME.to_string(),
        version: CURRENT_VERSION,
        exported_at: exported_at.map(stamp_text),
        unit: doc.unit.clone(),
        plan: PlanV1 {
            title: p.title.clone(),
            start: date_text(p.start),
            end: date_text(p.end),
            updated_at: stamp_text(&p.updated_at),
            units: p.units.clone(),
            people: p
                .people
                .iter()
                .map(|x| PersonV1 {
                    name: x.name.clone(),
                    role: x.role.clone(),
                })
                .collect(),
            sections: p
                .sections
                .iter()
                .map(|s| SectionV1 {
                    id: s.id.0.clone(),
                    title: s.title.clone(),
                    targets: s.targets.iter().map(target_file).collect(),
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
            .map(|t| TombstoneV1 {
                kind: match t.kind {
                    RecordKind::Activity => RecordKindV1::Activity,
                    RecordKind::Reading => RecordKindV1::Reading,
                },
                id: t.id.clone(),
                deleted_at: stamp_text(&t.deleted_at),
            })
            .collect(),
    }
}

fn target_file(t: &Target) -> TargetV1 {
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
    TargetV1 {
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
