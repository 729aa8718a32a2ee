//! Version 3 of the file format, as serde types: version 2 with the
//! office's rules, a plan id, the 年度指标 and 0/0 flags on targets, the
//! recording unit and evidence on records, units' reports and 督办通知单.
//!
//! - `plan.id` names the plan every copy was made from; absent (a file
//!   migrated from an older version) means unknown.
//! - `plan.rules` are the office's rules of judging progress (督办规则);
//!   absent means the rules of every earlier version: 序时进度 by day, any
//!   shortfall behind, more than 10 points far behind, 5 points near, 7
//!   days due soon, no reporting cycle.
//! - A target may say `annual`, `zero_readings`, `partners` and
//!   `suggestion`.
//! - An activity or reading may say `recorded_by` (the unit whose copy
//!   created it) and carry `evidence`: files named by SHA-256, or
//!   references to evidence kept elsewhere.
//! - A ratio reading may be 0 of 0 (a month with nothing received).
//! - `reports` and `notices` are records merged by id and stamp like
//!   activities; tombstones may stand for a `report` or a `notice`.
//! - `covers` says which days an exported file's records cover.
//!
//! This module is frozen once released: a change to the format is a new
//! version module with a migration from this one.

use serde::{Deserialize, Serialize};

use super::v1::{ActivityV1, Decimal, GoalV1, ReadingV1};
use super::v2::{self, DocumentV2, PersonV2, RecordKindV2, UnitV2};

/// The whole document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DocumentV3 {
    pub format: String,
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers: Option<CoversV3>,
    pub plan: PlanV3,
    #[serde(default)]
    pub activities: Vec<ActivityV3>,
    #[serde(default)]
    pub readings: Vec<ReadingV3>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<ReportV3>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notices: Vec<NoticeV3>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tombstones: Vec<TombstoneV3>,
}

/// The days an exported file's records cover, both ends counted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CoversV3 {
    pub from: String,
    pub to: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PlanV3 {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    pub title: String,
    pub start: String,
    pub end: String,
    pub updated_at: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<RulesV3>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<UnitV2>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonV2>,
    #[serde(default)]
    pub sections: Vec<SectionV3>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RulesV3 {
    pub pace: PaceV3,
    pub behind_from: u32,
    /// `null`: red only when overdue.
    pub far_behind_from: Option<u32>,
    pub near_points: u32,
    pub due_soon_days: u32,
    pub reporting: ReportingV3,
    pub grace_days: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum PaceV3 {
    Day,
    Month,
    Quarter,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "cycle", rename_all = "snake_case", deny_unknown_fields)]
pub(crate) enum ReportingV3 {
    None,
    Monthly { by_day: u32 },
    Quarterly { by_day: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SectionV3 {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default)]
    pub targets: Vec<TargetV3>,
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TargetV3 {
    pub id: String,
    pub title: String,
    pub goal: GoalV1,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead_unit: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub weight: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub annual: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub zero_readings: bool,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub suggestion: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct EvidenceV3 {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mime: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    pub added_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActivityV3 {
    pub id: String,
    pub date: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub quantity: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead_unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recorded_by: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceV3>,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReadingV3 {
    pub id: String,
    pub target: String,
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<u64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub recorded_by: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<EvidenceV3>,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReportV3 {
    pub id: String,
    pub unit: String,
    pub sent: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub covers_to: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file_name: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NoticeV3 {
    pub id: String,
    pub year: i32,
    pub number: u32,
    pub unit: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub request: String,
    pub issued: String,
    pub reply_due: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replied: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reply: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TombstoneV3 {
    pub kind: RecordKindV3,
    pub id: String,
    pub deleted_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RecordKindV3 {
    Activity,
    Reading,
    Section,
    Target,
    Person,
    Unit,
    Report,
    Notice,
}

/// The one migration step from version 2: every record keeps its meaning.
/// The plan's id is unknown, its rules are those version 2 was judged by
/// (no `rules`), no target is annual or takes 0/0 readings, no record
/// names its recording unit or evidence, and there are no reports or
/// notices.
pub(crate) fn from_v2(d: DocumentV2) -> DocumentV3 {
    let p = d.plan;
    DocumentV3 {
        format: d.format,
        version: 3,
        exported_at: d.exported_at,
        unit: d.unit,
        covers: None,
        plan: PlanV3 {
            id: String::new(),
            title: p.title,
            start: p.start,
            end: p.end,
            updated_at: p.updated_at,
            rules: None,
            units: p.units,
            people: p.people,
            sections: p
                .sections
                .into_iter()
                .map(|s| SectionV3 {
                    id: s.id,
                    title: s.title,
                    updated_at: s.updated_at,
                    targets: s.targets.into_iter().map(target_from_v2).collect(),
                })
                .collect(),
        },
        activities: d.activities.into_iter().map(activity_from_v1).collect(),
        readings: d.readings.into_iter().map(reading_from_v1).collect(),
        reports: Vec::new(),
        notices: Vec::new(),
        tombstones: d
            .tombstones
            .into_iter()
            .map(|t| TombstoneV3 {
                kind: match t.kind {
                    RecordKindV2::Activity => RecordKindV3::Activity,
                    RecordKindV2::Reading => RecordKindV3::Reading,
                    RecordKindV2::Section => RecordKindV3::Section,
                    RecordKindV2::Target => RecordKindV3::Target,
                    RecordKindV2::Person => RecordKindV3::Person,
                    RecordKindV2::Unit => RecordKindV3::Unit,
                },
                id: t.id,
                deleted_at: t.deleted_at,
            })
            .collect(),
    }
}

fn target_from_v2(t: v2::TargetV2) -> TargetV3 {
    TargetV3 {
        id: t.id,
        title: t.title,
        goal: t.goal,
        unit: t.unit,
        lead_unit: t.lead_unit,
        partners: Vec::new(),
        owner: t.owner,
        weight: t.weight,
        due: t.due,
        annual: false,
        zero_readings: false,
        suggestion: String::new(),
        updated_at: t.updated_at,
    }
}

fn activity_from_v1(a: ActivityV1) -> ActivityV3 {
    ActivityV3 {
        id: a.id,
        date: a.date,
        title: a.title,
        targets: a.targets,
        quantity: a.quantity,
        people: a.people,
        lead_unit: a.lead_unit,
        notes: a.notes,
        recorded_by: String::new(),
        evidence: Vec::new(),
        updated_at: a.updated_at,
    }
}

fn reading_from_v1(r: ReadingV1) -> ReadingV3 {
    ReadingV3 {
        id: r.id,
        target: r.target,
        date: r.date,
        value: r.value,
        numerator: r.numerator,
        denominator: r.denominator,
        notes: r.notes,
        recorded_by: String::new(),
        evidence: Vec::new(),
        updated_at: r.updated_at,
    }
}
