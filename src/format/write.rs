//! From the domain model to the current file version's serde types.
//!
//! Writing cannot fail: every domain value has its file form. Empty and
//! default fields are left for the serde types to omit.

use chrono::{Datelike, NaiveDate, SecondsFormat};

use super::v1::{BetterV1, CadenceV1, Decimal, DirectionV1, GoalV1};
use super::v2::{PersonV2, UnitV2};
use super::v3::{
    ActivityV3, CoversV3, DocumentV3, EvidenceV3, NoticeV3, PaceV3, PlanV3, ReadingV3,
    RecordKindV3, ReportV3, ReportingV3, RulesV3, SectionV3, TargetV3, TombstoneV3,
};
use super::{CURRENT_VERSION, FORMAT_NAME};
use crate::plan::{
    Better, Cadence, Direction, Document, Evidence, Pace, PartKey, Plan, ReadingValue, RecordKind,
    Reporting, Rules, SectionId, Stamp, Target, TargetId, TargetKind,
};

fn date_text(d: NaiveDate) -> String {
    // Written out by hand: chrono's general formatter costs more than the
    // rest of an activity together, and a ledger has thousands.
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

fn stamp_text(s: &Stamp) -> String {
    s.to_rfc3339_opts(SecondsFormat::AutoSi, false)
}

/// The days an export covers: from the plan's start to the day of export,
/// kept within the plan's period.
fn covers(p: &Plan, exported_at: &Stamp) -> CoversV3 {
    let day = exported_at.date_naive().clamp(p.start, p.end);
    CoversV3 {
        from: date_text(p.start),
        to: date_text(day),
    }
}

fn rules_file(r: &Rules) -> RulesV3 {
    RulesV3 {
        pace: match r.pace {
            Pace::Day => PaceV3::Day,
            Pace::Month => PaceV3::Month,
            Pace::Quarter => PaceV3::Quarter,
        },
        behind_from: r.behind_from,
        far_behind_from: r.far_behind_from,
        near_points: r.near_points,
        due_soon_days: r.due_soon_days,
        reporting: match r.reporting {
            Reporting::None => ReportingV3::None,
            Reporting::Monthly { by_day } => ReportingV3::Monthly { by_day },
            Reporting::Quarterly { by_day } => ReportingV3::Quarterly { by_day },
        },
        grace_days: r.grace_days,
    }
}

fn evidence_file(list: &[Evidence]) -> Vec<EvidenceV3> {
    list.iter()
        .map(|e| EvidenceV3 {
            name: e.name.clone(),
            sha256: e.file.as_ref().map(|f| f.sha256.clone()),
            mime: e.file.as_ref().map(|f| f.mime.clone()),
            size: e.file.as_ref().map(|f| f.size),
            added_at: stamp_text(&e.added_at),
        })
        .collect()
}

/// The file form of a domain document, in the current version.
pub(crate) fn from_domain(doc: &Document, exported_at: Option<&Stamp>) -> DocumentV3 {
    let p = &doc.plan;
    DocumentV3 {
        format: FORMAT_NAME.to_string(),
        version: CURRENT_VERSION,
        exported_at: exported_at.map(stamp_text),
        unit: doc.unit.clone(),
        covers: exported_at.map(|at| covers(p, at)),
        plan: PlanV3 {
            id: p.id.clone(),
            title: p.title.clone(),
            start: date_text(p.start),
            end: date_text(p.end),
            updated_at: stamp_text(&p.updated_at),
            rules: Some(rules_file(&p.rules)),
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
                .map(|s| SectionV3 {
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
            .map(|a| ActivityV3 {
                id: a.id.0.clone(),
                date: date_text(a.date),
                title: a.title.clone(),
                targets: a.targets.iter().map(|t| t.0.clone()).collect(),
                quantity: a.quantity,
                people: a.people.clone(),
                lead_unit: a.lead_unit.clone(),
                notes: a.notes.clone(),
                recorded_by: a.recorded_by.clone(),
                evidence: evidence_file(&a.evidence),
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
                ReadingV3 {
                    id: r.id.0.clone(),
                    target: r.target.0.clone(),
                    date: date_text(r.date),
                    value,
                    numerator,
                    denominator,
                    notes: r.notes.clone(),
                    recorded_by: r.recorded_by.clone(),
                    evidence: evidence_file(&r.evidence),
                    updated_at: stamp_text(&r.updated_at),
                }
            })
            .collect(),
        tombstones: doc
            .tombstones
            .iter()
            .map(|t| TombstoneV3 {
                kind: match t.kind {
                    RecordKind::Activity => RecordKindV3::Activity,
                    RecordKind::Reading => RecordKindV3::Reading,
                    RecordKind::Section => RecordKindV3::Section,
                    RecordKind::Target => RecordKindV3::Target,
                    RecordKind::Person => RecordKindV3::Person,
                    RecordKind::Unit => RecordKindV3::Unit,
                    RecordKind::Report => RecordKindV3::Report,
                    RecordKind::Notice => RecordKindV3::Notice,
                },
                id: t.id.clone(),
                deleted_at: stamp_text(&t.deleted_at),
            })
            .collect(),
        reports: doc
            .reports
            .iter()
            .map(|r| ReportV3 {
                id: r.id.0.clone(),
                unit: r.unit.clone(),
                sent: date_text(r.sent),
                covers_to: r.covers_to.map(date_text),
                file_name: r.file_name.clone(),
                updated_at: stamp_text(&r.updated_at),
            })
            .collect(),
        notices: doc
            .notices
            .iter()
            .map(|n| NoticeV3 {
                id: n.id.0.clone(),
                year: n.year,
                number: n.number,
                unit: n.unit.clone(),
                targets: n.targets.iter().map(|t| t.0.clone()).collect(),
                request: n.request.clone(),
                issued: date_text(n.issued),
                reply_due: date_text(n.reply_due),
                replied: n.replied.map(date_text),
                reply: n.reply.clone(),
                updated_at: stamp_text(&n.updated_at),
            })
            .collect(),
    }
}

/// A part's stamp where it has its own, to be written beside it; a part
/// without one was last changed with the plan.
fn own_stamp(p: &Plan, part: PartKey) -> Option<String> {
    p.stamps.0.get(&part).map(stamp_text)
}

fn target_file(p: &Plan, t: &Target) -> TargetV3 {
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
    TargetV3 {
        updated_at: own_stamp(p, PartKey::Target(TargetId(t.id.0.clone()))),
        id: t.id.0.clone(),
        title: t.title.clone(),
        goal,
        unit: t.unit.clone(),
        lead_unit: t.lead_unit.clone(),
        partners: t.partners.clone(),
        owner: t.owner.clone(),
        weight: t.weight,
        due: t.due.map(date_text),
        annual: t.annual,
        zero_readings: t.zero_readings,
        suggestion: t.suggestion.clone(),
    }
}
