//! Version 2 of the file format, as serde types: version 1 with a change
//! stamp on every part of the plan, and tombstones for deleted parts.
//!
//! Sections, targets, roster entries and lead units each carry an optional
//! `updated_at`; a part without one was last changed when the plan's own
//! `updated_at` says. Lead units become objects (`{"name": …}`) so that
//! they can carry theirs. Tombstones may stand for a `section`, `target`,
//! `person` (by name) or `unit` (by name) as well as an `activity` or
//! `reading`. Merging settles each part by its own stamp
//! ([`crate::merge`]). Records are as in version 1, whose types are used
//! here unchanged.
//!
//! This module is frozen once released: a change to the format is a new
//! version module with a migration from this one.

use serde::{Deserialize, Serialize};

use super::v1::{self, ActivityV1, DocumentV1, GoalV1, ReadingV1, RecordKindV1};

/// The whole document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DocumentV2 {
    pub format: String,
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    pub plan: PlanV2,
    #[serde(default)]
    pub activities: Vec<ActivityV1>,
    #[serde(default)]
    pub readings: Vec<ReadingV1>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tombstones: Vec<TombstoneV2>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PlanV2 {
    pub title: String,
    pub start: String,
    pub end: String,
    pub updated_at: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<UnitV2>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonV2>,
    #[serde(default)]
    pub sections: Vec<SectionV2>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UnitV2 {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PersonV2 {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SectionV2 {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    #[serde(default)]
    pub targets: Vec<TargetV2>,
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TargetV2 {
    pub id: String,
    pub title: String,
    pub goal: GoalV1,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead_unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub weight: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TombstoneV2 {
    pub kind: RecordKindV2,
    pub id: String,
    pub deleted_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RecordKindV2 {
    Activity,
    Reading,
    Section,
    Target,
    Person,
    Unit,
}

/// The one migration step from version 1: every part keeps its meaning and
/// takes the plan's stamp (no `updated_at` of its own), which is when a
/// version 1 plan says any part of it last changed.
pub(crate) fn from_v1(d: DocumentV1) -> DocumentV2 {
    let p = d.plan;
    DocumentV2 {
        format: d.format,
        version: 2,
        exported_at: d.exported_at,
        unit: d.unit,
        plan: PlanV2 {
            title: p.title,
            start: p.start,
            end: p.end,
            updated_at: p.updated_at,
            units: p
                .units
                .into_iter()
                .map(|name| UnitV2 {
                    name,
                    updated_at: None,
                })
                .collect(),
            people: p
                .people
                .into_iter()
                .map(|x| PersonV2 {
                    name: x.name,
                    role: x.role,
                    updated_at: None,
                })
                .collect(),
            sections: p
                .sections
                .into_iter()
                .map(|s| SectionV2 {
                    id: s.id,
                    title: s.title,
                    updated_at: None,
                    targets: s.targets.into_iter().map(target_from_v1).collect(),
                })
                .collect(),
        },
        activities: d.activities,
        readings: d.readings,
        tombstones: d
            .tombstones
            .into_iter()
            .map(|t| TombstoneV2 {
                kind: match t.kind {
                    RecordKindV1::Activity => RecordKindV2::Activity,
                    RecordKindV1::Reading => RecordKindV2::Reading,
                },
                id: t.id,
                deleted_at: t.deleted_at,
            })
            .collect(),
    }
}

fn target_from_v1(t: v1::TargetV1) -> TargetV2 {
    TargetV2 {
        id: t.id,
        title: t.title,
        goal: t.goal,
        unit: t.unit,
        lead_unit: t.lead_unit,
        owner: t.owner,
        weight: t.weight,
        due: t.due,
        updated_at: None,
    }
}
