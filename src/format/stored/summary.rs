//! The stored form's summary row: what the first screen shows, kept apart
//! from the ledger so that the first screen is painted without reading it.
//!
//! It holds the engine's figures of the whole plan as of one day
//! ([`PlanProgress`]: every figure, status and detail the dashboard draws,
//! but not the ids of the records each target counted, which would be the
//! ledger again), made at one revision of the document, with the counts the
//! dashboard's offers depend on. It is true only for that day and that
//! revision ([`Summary::fresh_for`]) and only beside the plan it was made
//! with ([`Summary::fits`]).
//!
//! The row is written through serde and read by walking its JSON
//! ([`decode_summary`]): the first module reads it, and a walk costs it far
//! less code than a derived reader.
//!
//! Fractions are written exactly (`"7/12"`), decimals as the exchange
//! format writes them, periods by their code (`"2026-W14"`, `"2026-03"`,
//! `"2026Q2"`, `"2026"`), statuses by their names.

use chrono::NaiveDate;
use serde::Serialize;

use super::to_text;
use crate::engine::{Detail, Measure, PeriodState, PlanProgress, TargetProgress};
use crate::frac::Frac;
use crate::plan::Plan;

mod read;

pub use read::decode_summary;

/// What the first screen shows, made from the engine's figures as of one
/// day at one revision of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The revision of the document it was made from.
    pub revision: u64,
    /// The plan's title.
    pub title: String,
    /// Activities in the ledger.
    pub activities: u64,
    /// Readings in the ledger.
    pub readings: u64,
    /// Whether an activity or a reading names a target the plan does not
    /// have (未归属): the app's notice of them comes first, so the first
    /// screen is then the app's to paint.
    pub unassigned: bool,
    /// The engine's figures as of the summary's day, in plan order; each
    /// target's `activities` and `readings` (the records it counted) are
    /// left empty ([`figures`]).
    pub progress: PlanProgress,
}

impl Summary {
    /// The day its figures are as of.
    pub fn as_of(&self) -> NaiveDate {
        self.progress.as_of
    }

    /// Whether this summary shows the document of `revision` as of `today`:
    /// anything else is a stale first screen, never to be painted.
    pub fn fresh_for(&self, today: NaiveDate, revision: u64) -> bool {
        self.as_of() == today && self.revision == revision
    }

    /// Whether the ledger holds any activity or reading.
    pub fn has_records(&self) -> bool {
        self.activities > 0 || self.readings > 0
    }

    /// Whether its figures are those of `plan`'s targets: the same targets
    /// in the same sections, in plan order.
    pub fn fits(&self, plan: &Plan) -> bool {
        let mut figures = self.progress.targets.iter();
        plan.targets().all(|(s, t)| {
            figures
                .next()
                .is_some_and(|p| p.id == t.id && p.section == s.id)
        }) && figures.next().is_none()
    }
}

/// The figures of `progress` without the ids of the records each target
/// counted: everything the summary keeps of an evaluation.
pub fn figures(progress: &PlanProgress) -> PlanProgress {
    PlanProgress {
        as_of: progress.as_of,
        time_progress: progress.time_progress,
        completion: progress.completion,
        status: progress.status,
        targets: progress
            .targets
            .iter()
            .map(|t| TargetProgress {
                id: t.id.clone(),
                section: t.section.clone(),
                status: t.status,
                completion: t.completion,
                raw_completion: t.raw_completion,
                time_progress: t.time_progress,
                actual: t.actual,
                goal: t.goal,
                over_plan: t.over_plan,
                remaining: t.remaining,
                detail: t.detail.clone(),
                activities: Vec::new(),
                readings: Vec::new(),
                last_record: t.last_record,
                weight: t.weight,
            })
            .collect(),
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Serialize)]
struct SummaryRow {
    revision: u64,
    as_of: String,
    title: String,
    activities: u64,
    readings: u64,
    #[serde(skip_serializing_if = "is_false")]
    unassigned: bool,
    completion: String,
    time_progress: String,
    status: String,
    targets: Vec<TargetRow>,
}

#[derive(Serialize)]
struct TargetRow {
    id: String,
    section: String,
    status: String,
    completion: String,
    raw_completion: String,
    time_progress: String,
    actual: MeasureRow,
    goal: MeasureRow,
    #[serde(skip_serializing_if = "is_false")]
    over_plan: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    remaining: Option<u64>,
    #[serde(skip_serializing_if = "DetailRow::is_none")]
    detail: DetailRow,
    #[serde(skip_serializing_if = "Option::is_none")]
    last: Option<String>,
    weight: u32,
}

/// A [`Measure`]: `{"count": 3}`, `{"value": "91.5"}`, `{"percent":
/// "1/2"}` or `"none"`.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
enum MeasureRow {
    Count(u64),
    Value(String),
    Percent(String),
    None,
}

/// A [`Detail`]; people as `[name, count, met]`, periods as `[code, count,
/// state]`.
#[derive(Serialize, Default)]
#[serde(rename_all = "snake_case")]
enum DetailRow {
    #[default]
    None,
    PerPerson(Vec<(String, u64, bool)>),
    Cadence(Vec<(String, u64, String)>),
    Milestone {
        #[serde(skip_serializing_if = "Option::is_none")]
        done_on: Option<String>,
        due: String,
    },
    Measured {
        #[serde(skip_serializing_if = "Option::is_none")]
        latest_on: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        sums: Option<(u64, u64)>,
        #[serde(skip_serializing_if = "Option::is_none")]
        latest: Option<String>,
    },
}

impl DetailRow {
    fn is_none(&self) -> bool {
        matches!(self, DetailRow::None)
    }
}

const STATES: [(PeriodState, &str); 4] = [
    (PeriodState::Met, "met"),
    (PeriodState::Missed, "missed"),
    (PeriodState::Current, "current"),
    (PeriodState::Future, "future"),
];

fn frac_text(f: Frac) -> String {
    format!("{}/{}", f.num(), f.den())
}

fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn state_text(s: PeriodState) -> &'static str {
    STATES.iter().find(|(x, _)| *x == s).map_or("", |(_, t)| t)
}

fn measure_row(m: Measure) -> MeasureRow {
    match m {
        Measure::Count(n) => MeasureRow::Count(n),
        Measure::Value(v) => MeasureRow::Value(v.to_string()),
        Measure::Percent(f) => MeasureRow::Percent(frac_text(f)),
        Measure::None => MeasureRow::None,
    }
}

fn detail_row(d: &Detail) -> DetailRow {
    match d {
        Detail::None => DetailRow::None,
        Detail::PerPerson(people) => DetailRow::PerPerson(
            people
                .iter()
                .map(|p| (p.name.clone(), p.count, p.met))
                .collect(),
        ),
        Detail::Cadence(periods) => DetailRow::Cadence(
            periods
                .iter()
                .map(|p| (p.period.code(), p.count, state_text(p.state).to_string()))
                .collect(),
        ),
        Detail::Milestone { done_on, due } => DetailRow::Milestone {
            done_on: done_on.map(date_text),
            due: date_text(*due),
        },
        Detail::Measured {
            latest_on,
            sums,
            latest,
        } => DetailRow::Measured {
            latest_on: latest_on.map(date_text),
            sums: *sums,
            latest: latest.map(|v| v.to_string()),
        },
    }
}

/// The summary row's text.
pub fn encode_summary(s: &Summary) -> String {
    let p = &s.progress;
    to_text(&SummaryRow {
        revision: s.revision,
        as_of: date_text(p.as_of),
        title: s.title.clone(),
        activities: s.activities,
        readings: s.readings,
        unassigned: s.unassigned,
        completion: frac_text(p.completion),
        time_progress: frac_text(p.time_progress),
        status: p.status.as_str().to_string(),
        targets: p
            .targets
            .iter()
            .map(|t| TargetRow {
                id: t.id.0.clone(),
                section: t.section.0.clone(),
                status: t.status.as_str().to_string(),
                completion: frac_text(t.completion),
                raw_completion: frac_text(t.raw_completion),
                time_progress: frac_text(t.time_progress),
                actual: measure_row(t.actual),
                goal: measure_row(t.goal),
                over_plan: t.over_plan,
                remaining: t.remaining,
                detail: detail_row(&t.detail),
                last: t.last_record.map(date_text),
                weight: t.weight,
            })
            .collect(),
    })
}
