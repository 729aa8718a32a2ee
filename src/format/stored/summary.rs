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
//! Fractions are written exactly (`"7/12"`), decimals as the exchange
//! format writes them, periods by their code (`"2026-W14"`, `"2026-03"`,
//! `"2026Q2"`, `"2026"`), statuses by their names.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{strict, to_text};
use crate::engine::{
    Detail, Measure, PeriodState, PeriodTally, PersonTally, PlanProgress, Status, TargetProgress,
};
use crate::fixed::Fixed;
use crate::format::{parse_iso_date, DecodeError, JsonFault, Problem};
use crate::frac::Frac;
use crate::period::Period;
use crate::plan::{Plan, SectionId, TargetId};

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

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SummaryRow {
    revision: u64,
    as_of: String,
    title: String,
    activities: u64,
    readings: u64,
    #[serde(default, skip_serializing_if = "is_false")]
    unassigned: bool,
    completion: String,
    time_progress: String,
    status: String,
    targets: Vec<TargetRow>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetRow {
    id: String,
    section: String,
    status: String,
    completion: String,
    raw_completion: String,
    time_progress: String,
    actual: MeasureRow,
    goal: MeasureRow,
    #[serde(default, skip_serializing_if = "is_false")]
    over_plan: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    remaining: Option<u64>,
    #[serde(default, skip_serializing_if = "DetailRow::is_none")]
    detail: DetailRow,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last: Option<String>,
    weight: u32,
}

/// A [`Measure`]: `{"count": 3}`, `{"value": "91.5"}`, `{"percent":
/// "1/2"}` or `"none"`.
#[derive(Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum MeasureRow {
    Count(u64),
    Value(String),
    Percent(String),
    None,
}

/// A [`Detail`]; people as `[name, count, met]`, periods as `[code, count,
/// state]`.
#[derive(Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
enum DetailRow {
    #[default]
    None,
    PerPerson(Vec<(String, u64, bool)>),
    Cadence(Vec<(String, u64, String)>),
    Milestone {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        done_on: Option<String>,
        due: String,
    },
    Measured {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        latest_on: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        sums: Option<(u64, u64)>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
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

/// `summary.<path>` holds `text`, which is not one of `allowed`.
fn not_one_of(path: &str, text: &str, allowed: &[&str]) -> DecodeError {
    DecodeError::WrongField {
        path: format!("summary.{path}"),
        fault: JsonFault::UnknownVariant {
            value: text.to_string(),
            allowed: allowed.iter().map(|a| a.to_string()).collect(),
        },
        line: 0,
        column: 0,
    }
}

fn not_a_number(path: &str, text: &str) -> DecodeError {
    DecodeError::Invalid {
        path: format!("summary.{path}"),
        problem: Problem::NotADecimal {
            text: text.to_string(),
        },
    }
}

fn read_status(path: &str, text: &str) -> Result<Status, DecodeError> {
    Status::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = Status::ALL.iter().map(Status::as_str).collect();
        not_one_of(path, text, &names)
    })
}

fn read_state(path: &str, text: &str) -> Result<PeriodState, DecodeError> {
    STATES
        .iter()
        .find(|(_, t)| *t == text)
        .map(|(s, _)| *s)
        .ok_or_else(|| {
            let names: Vec<&str> = STATES.iter().map(|(_, t)| *t).collect();
            not_one_of(path, text, &names)
        })
}

fn read_frac(path: &str, text: &str) -> Result<Frac, DecodeError> {
    let (n, d) = text
        .split_once('/')
        .ok_or_else(|| not_a_number(path, text))?;
    match (n.parse::<u128>(), d.parse::<u128>()) {
        (Ok(n), Ok(d)) if d > 0 => Ok(Frac::new(n, d)),
        _ => Err(not_a_number(path, text)),
    }
}

fn read_fixed(path: &str, text: &str) -> Result<Fixed, DecodeError> {
    text.parse().map_err(|_| not_a_number(path, text))
}

fn read_date(path: &str, text: &str) -> Result<NaiveDate, DecodeError> {
    parse_iso_date(text).ok_or_else(|| DecodeError::Invalid {
        path: format!("summary.{path}"),
        problem: Problem::NotADate {
            text: text.to_string(),
        },
    })
}

fn read_opt_date(path: &str, text: &Option<String>) -> Result<Option<NaiveDate>, DecodeError> {
    text.as_deref().map(|t| read_date(path, t)).transpose()
}

/// A period from its [`Period::code`].
fn parse_period(code: &str) -> Option<Period> {
    let number = |t: &str, range: std::ops::RangeInclusive<u32>| {
        t.parse::<u32>().ok().filter(|n| range.contains(n))
    };
    if let Some((year, week)) = code.split_once("-W") {
        return Some(Period::Week {
            year: year.parse().ok()?,
            week: number(week, 1..=53)?,
        });
    }
    if let Some((year, quarter)) = code.split_once('Q') {
        return Some(Period::Quarter {
            year: year.parse().ok()?,
            quarter: number(quarter, 1..=4)?,
        });
    }
    match code.rsplit_once('-') {
        Some((year, month)) if !year.is_empty() => Some(Period::Month {
            year: year.parse().ok()?,
            month: number(month, 1..=12)?,
        }),
        _ => code.parse().ok().map(Period::Year),
    }
}

fn read_period(path: &str, code: &str) -> Result<Period, DecodeError> {
    parse_period(code)
        .filter(|p| p.code() == code)
        .ok_or_else(|| not_one_of(path, code, &[]))
}

fn read_measure(path: &str, m: &MeasureRow) -> Result<Measure, DecodeError> {
    Ok(match m {
        MeasureRow::Count(n) => Measure::Count(*n),
        MeasureRow::Value(v) => Measure::Value(read_fixed(path, v)?),
        MeasureRow::Percent(f) => Measure::Percent(read_frac(path, f)?),
        MeasureRow::None => Measure::None,
    })
}

fn read_detail(path: &str, d: &DetailRow) -> Result<Detail, DecodeError> {
    Ok(match d {
        DetailRow::None => Detail::None,
        DetailRow::PerPerson(people) => Detail::PerPerson(
            people
                .iter()
                .map(|(name, count, met)| PersonTally {
                    name: name.clone(),
                    count: *count,
                    met: *met,
                })
                .collect(),
        ),
        DetailRow::Cadence(periods) => {
            let mut out = Vec::with_capacity(periods.len());
            for (i, (code, count, state)) in periods.iter().enumerate() {
                out.push(PeriodTally {
                    period: read_period(&format!("{path}.cadence[{i}][0]"), code)?,
                    count: *count,
                    state: read_state(&format!("{path}.cadence[{i}][2]"), state)?,
                });
            }
            Detail::Cadence(out)
        }
        DetailRow::Milestone { done_on, due } => Detail::Milestone {
            done_on: read_opt_date(&format!("{path}.done_on"), done_on)?,
            due: read_date(&format!("{path}.due"), due)?,
        },
        DetailRow::Measured {
            latest_on,
            sums,
            latest,
        } => Detail::Measured {
            latest_on: read_opt_date(&format!("{path}.latest_on"), latest_on)?,
            sums: *sums,
            latest: latest
                .as_deref()
                .map(|v| read_fixed(&format!("{path}.latest"), v))
                .transpose()?,
        },
    })
}

fn read_target(i: usize, t: TargetRow) -> Result<TargetProgress, DecodeError> {
    let at = |f: &str| format!("targets[{i}].{f}");
    Ok(TargetProgress {
        status: read_status(&at("status"), &t.status)?,
        completion: read_frac(&at("completion"), &t.completion)?,
        raw_completion: read_frac(&at("raw_completion"), &t.raw_completion)?,
        time_progress: read_frac(&at("time_progress"), &t.time_progress)?,
        actual: read_measure(&at("actual"), &t.actual)?,
        goal: read_measure(&at("goal"), &t.goal)?,
        over_plan: t.over_plan,
        remaining: t.remaining,
        detail: read_detail(&at("detail"), &t.detail)?,
        activities: Vec::new(),
        readings: Vec::new(),
        last_record: read_opt_date(&at("last"), &t.last)?,
        weight: t.weight,
        id: TargetId(t.id),
        section: SectionId(t.section),
    })
}

/// The summary row from its text.
pub fn decode_summary(text: &str) -> Result<Summary, DecodeError> {
    let s: SummaryRow = strict(text, "summary", "/none")?;
    let mut targets = Vec::with_capacity(s.targets.len());
    for (i, t) in s.targets.into_iter().enumerate() {
        targets.push(read_target(i, t)?);
    }
    Ok(Summary {
        revision: s.revision,
        title: s.title,
        activities: s.activities,
        readings: s.readings,
        unassigned: s.unassigned,
        progress: PlanProgress {
            as_of: read_date("as_of", &s.as_of)?,
            time_progress: read_frac("time_progress", &s.time_progress)?,
            completion: read_frac("completion", &s.completion)?,
            status: read_status("status", &s.status)?,
            targets,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_period_code_reads_back_and_nothing_else_does() {
        for p in [
            Period::Week {
                year: 2026,
                week: 1,
            },
            Period::Week {
                year: 2020,
                week: 53,
            },
            Period::Month {
                year: 2026,
                month: 12,
            },
            Period::Quarter {
                year: 2027,
                quarter: 4,
            },
            Period::Year(2026),
        ] {
            assert_eq!(read_period("p", &p.code()).ok(), Some(p));
        }
        for bad in [
            "2026-W00", "2026-W54", "2026-13", "2026-00", "2026Q5", "2026-3", "26Q1x", "", "W",
            "2026-W1",
        ] {
            assert!(read_period("p", bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_wrong_word_or_number_is_named_by_its_path() {
        let bad = |text: &str| decode_summary(text).unwrap_err().to_string();
        let row = |status: &str, completion: &str| {
            format!(
                r#"{{"revision":1,"as_of":"2026-03-01","title":"t","activities":0,"readings":0,"completion":"0/1","time_progress":"1/6","status":"on_track","targets":[{{"id":"t1","section":"s1","status":"{status}","completion":"{completion}","raw_completion":"0/1","time_progress":"1/6","actual":{{"count":0}},"goal":"none","weight":1}}]}}"#
            )
        };
        assert!(decode_summary(&row("behind", "1/3")).is_ok());
        let e = bad(&row("purple", "1/3"));
        assert!(
            e.contains("summary.targets[0].status") && e.contains("purple"),
            "{e}"
        );
        let e = bad(&row("behind", "1/0"));
        assert!(e.contains("summary.targets[0].completion"), "{e}");
        let e = bad(&row("behind", "a third"));
        assert!(e.contains("a third"), "{e}");
    }
}
