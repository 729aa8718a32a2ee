//! The stored form's two rows about the document rather than of it: the
//! meta row (revision, versions, when saved, how many records) and the
//! summary row (what the first screen shows, as of a day, at a revision).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{strict, to_text};
use crate::engine::Status;
use crate::format::{parse_iso_date, DecodeError, Problem};
use crate::frac::Frac;

/// The meta row: which save wrote the rows, in which versions, when, and
/// how many records the document held then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The save's revision: one more than the revision it replaced.
    pub revision: u64,
    /// The exchange format's version the records are written in.
    pub format: u32,
    /// The stored form's layout version ([`super::LAYOUT`]).
    pub layout: u32,
    /// When it was saved (RFC 3339, passed in: the core reads no clock).
    pub saved_at: String,
    /// Records (activities, readings, reports, notices, tombstones) saved.
    pub records: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaRow {
    revision: u64,
    format: u32,
    layout: u32,
    #[serde(default)]
    saved_at: String,
    records: u64,
}

/// The meta row's text.
pub fn encode_meta(m: &Meta) -> String {
    to_text(&MetaRow {
        revision: m.revision,
        format: m.format,
        layout: m.layout,
        saved_at: m.saved_at.clone(),
        records: m.records,
    })
}

/// The meta row from its text.
pub fn decode_meta(text: &str) -> Result<Meta, DecodeError> {
    let m: MetaRow = strict(text, "meta", "/none")?;
    Ok(Meta {
        revision: m.revision,
        format: m.format,
        layout: m.layout,
        saved_at: m.saved_at,
        records: m.records,
    })
}

/// What the first screen shows, made from the engine's figures as of one
/// day at one revision of the document. It is true only for that day and
/// that revision ([`Summary::fresh_for`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The revision of the document it was made from.
    pub revision: u64,
    /// The day its figures are as of.
    pub as_of: NaiveDate,
    /// The plan's title.
    pub title: String,
    /// Activities in the ledger.
    pub activities: u64,
    /// Readings in the ledger.
    pub readings: u64,
    /// The plan's weighted completion.
    pub completion: Frac,
    /// 序时进度 of the plan.
    pub time_progress: Frac,
    /// The plan's status.
    pub status: Status,
    /// Each target, in plan order.
    pub targets: Vec<TargetLine>,
}

impl Summary {
    /// Whether this summary shows the document of `revision` as of `today`:
    /// anything else is a stale first screen, never to be painted.
    pub fn fresh_for(&self, today: NaiveDate, revision: u64) -> bool {
        self.as_of == today && self.revision == revision
    }
}

/// One target's line of the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetLine {
    /// The target's id.
    pub id: String,
    /// Its status.
    pub status: Status,
    /// Its completion (capped at 100%).
    pub completion: Frac,
    /// Its 序时进度.
    pub time_progress: Frac,
    /// The day of its last record, if any.
    pub last_record: Option<NaiveDate>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SummaryRow {
    revision: u64,
    as_of: String,
    title: String,
    activities: u64,
    readings: u64,
    completion: String,
    time_progress: String,
    status: String,
    targets: Vec<LineRow>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct LineRow {
    id: String,
    status: String,
    completion: String,
    time_progress: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last: Option<String>,
}

const STATUSES: [(Status, &str); 14] = [
    (Status::Done, "done"),
    (Status::OnTrack, "on_track"),
    (Status::Behind, "behind"),
    (Status::FarBehind, "far_behind"),
    (Status::NotStarted, "not_started"),
    (Status::NotDone, "not_done"),
    (Status::Met, "met"),
    (Status::Near, "near"),
    (Status::Missed, "missed"),
    (Status::NoData, "no_data"),
    (Status::DueSoon, "due_soon"),
    (Status::Overdue, "overdue"),
    (Status::Pending, "pending"),
    (Status::Annual, "annual"),
];

fn status_text(s: Status) -> String {
    STATUSES
        .iter()
        .find(|(x, _)| *x == s)
        .map_or("", |(_, t)| t)
        .to_string()
}

fn frac_text(f: Frac) -> String {
    format!("{}/{}", f.num(), f.den())
}

fn bad(path: &str, text: &str) -> DecodeError {
    DecodeError::Invalid {
        path: format!("summary.{path}"),
        problem: Problem::NotADecimal {
            text: text.to_string(),
        },
    }
}

fn read_status(path: &str, text: &str) -> Result<Status, DecodeError> {
    STATUSES
        .iter()
        .find(|(_, t)| *t == text)
        .map(|(s, _)| *s)
        .ok_or_else(|| bad(path, text))
}

fn read_frac(path: &str, text: &str) -> Result<Frac, DecodeError> {
    let (n, d) = text.split_once('/').ok_or_else(|| bad(path, text))?;
    match (n.parse::<u128>(), d.parse::<u128>()) {
        (Ok(n), Ok(d)) if d > 0 => Ok(Frac::new(n, d)),
        _ => Err(bad(path, text)),
    }
}

fn read_date(path: &str, text: &str) -> Result<NaiveDate, DecodeError> {
    parse_iso_date(text).ok_or_else(|| DecodeError::Invalid {
        path: format!("summary.{path}"),
        problem: Problem::NotADate {
            text: text.to_string(),
        },
    })
}

/// The summary row's text.
pub fn encode_summary(s: &Summary) -> String {
    to_text(&SummaryRow {
        revision: s.revision,
        as_of: s.as_of.format("%Y-%m-%d").to_string(),
        title: s.title.clone(),
        activities: s.activities,
        readings: s.readings,
        completion: frac_text(s.completion),
        time_progress: frac_text(s.time_progress),
        status: status_text(s.status),
        targets: s
            .targets
            .iter()
            .map(|t| LineRow {
                id: t.id.clone(),
                status: status_text(t.status),
                completion: frac_text(t.completion),
                time_progress: frac_text(t.time_progress),
                last: t.last_record.map(|d| d.format("%Y-%m-%d").to_string()),
            })
            .collect(),
    })
}

/// The summary row from its text.
pub fn decode_summary(text: &str) -> Result<Summary, DecodeError> {
    let s: SummaryRow = strict(text, "summary", "/none")?;
    let mut targets = Vec::with_capacity(s.targets.len());
    for (i, t) in s.targets.iter().enumerate() {
        let at = |f: &str| format!("targets[{i}].{f}");
        targets.push(TargetLine {
            id: t.id.clone(),
            status: read_status(&at("status"), &t.status)?,
            completion: read_frac(&at("completion"), &t.completion)?,
            time_progress: read_frac(&at("time_progress"), &t.time_progress)?,
            last_record: match &t.last {
                Some(d) => Some(read_date(&at("last"), d)?),
                None => None,
            },
        });
    }
    Ok(Summary {
        revision: s.revision,
        as_of: read_date("as_of", &s.as_of)?,
        title: s.title,
        activities: s.activities,
        readings: s.readings,
        completion: read_frac("completion", &s.completion)?,
        time_progress: read_frac("time_progress", &s.time_progress)?,
        status: read_status("status", &s.status)?,
        targets,
    })
}
