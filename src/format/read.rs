//! From the current file version's serde types to the domain model.
//!
//! Reading checks what serde cannot: real dates, stamps with offsets, exact
//! decimals in range, sensible figures and unique ids. Each failure names
//! the path of the field, because a user holding a file of ten thousand
//! activities needs to know which one is wrong.
//!
//! An activity or reading that cannot be read on its own is set aside
//! ([`Quarantined`], with the field named and the record's text kept); the
//! caller decides whether that refuses the file. Anything else that cannot
//! be read (the plan, a stamp of the file) refuses the file. Problems
//! between records are left to [`crate::validate`], so that what was saved
//! always opens again: an activity or reading naming a target the plan no
//! longer has is kept and shown as unassigned ([`crate::unassigned`]), and
//! plan-level judgement (an empty title, a target of zero) is shown in the
//! plan editor, where it can be fixed.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate};

use super::v1::{Decimal, MAX_DECIMAL_RAW};
use super::v3::{ActivityV3, DocumentV3, ReadingV3, RecordKindV3, TombstoneV3};
use super::{DecodeError, Problem, Quarantined};
use crate::fixed::{Fixed, FixedError};
use crate::plan::{
    Activity, ActivityId, Document, Reading, ReadingId, ReadingValue, RecordKind, Stamp, TargetId,
    Tombstone,
};

pub(super) mod office;
pub(super) mod plan;

/// A file read into the domain, with what its envelope says.
pub(crate) struct Read {
    pub document: Document,
    pub exported_at: Option<Stamp>,
    pub covers: Option<(NaiveDate, NaiveDate)>,
    /// Activities and readings that could not be read, set aside.
    pub quarantined: Vec<Quarantined>,
}

pub(super) fn invalid(path: String, problem: Problem) -> DecodeError {
    DecodeError::Invalid { path, problem }
}

/// `YYYY-MM-DD` as year, month and day, when the text has exactly that
/// shape (whether it is a real day is for `NaiveDate::from_ymd_opt`).
pub(crate) fn iso_shaped(text: &str) -> Option<(i32, u32, u32)> {
    let b = text.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return None;
    }
    let num = |r: std::ops::Range<usize>| text[r].parse::<u32>().unwrap_or(0);
    Some((num(0..4) as i32, num(5..7), num(8..10)))
}

pub(super) fn date(path: impl FnOnce() -> String, text: &str) -> Result<NaiveDate, DecodeError> {
    let Some((year, month, day)) = iso_shaped(text) else {
        return Err(invalid(
            path(),
            Problem::NotADate {
                text: text.to_string(),
            },
        ));
    };
    NaiveDate::from_ymd_opt(year, month, day).ok_or_else(|| {
        invalid(
            path(),
            Problem::NotARealDate {
                text: text.to_string(),
            },
        )
    })
}

fn stamp(path: impl FnOnce() -> String, text: &str) -> Result<Stamp, DecodeError> {
    DateTime::parse_from_rfc3339(text).map_err(|_| {
        invalid(
            path(),
            Problem::NotAStamp {
                text: text.to_string(),
            },
        )
    })
}

pub(super) fn decimal(path: impl FnOnce() -> String, d: &Decimal) -> Result<Fixed, DecodeError> {
    let (parsed, text) = match d {
        Decimal::Exact(v) => (Ok(*v), v.to_string()),
        Decimal::Text(t) => (t.parse::<Fixed>(), t.clone()),
    };
    let problem = match parsed {
        Ok(v) if v.raw().unsigned_abs() <= MAX_DECIMAL_RAW.unsigned_abs() => return Ok(v),
        Ok(_) | Err(FixedError::TooLarge(_)) => Problem::OutOfRange { text },
        Err(FixedError::NotANumber(_)) => Problem::NotADecimal { text },
        Err(FixedError::TooPrecise(_)) => Problem::TooPrecise { text },
    };
    Err(invalid(path(), problem))
}

fn non_empty_id(path: impl FnOnce() -> String, id: &str) -> Result<(), DecodeError> {
    if id.is_empty() {
        Err(invalid(path(), Problem::EmptyId))
    } else {
        Ok(())
    }
}

fn unique<'a>(
    seen: &mut HashSet<&'a str>,
    path: impl FnOnce() -> String,
    id: &'a str,
) -> Result<(), DecodeError> {
    if seen.insert(id) {
        Ok(())
    } else {
        Err(invalid(path(), Problem::DuplicateId { id: id.to_string() }))
    }
}

/// Ids of one kind of record, checked once the records are built so that
/// their text can be moved rather than copied.
fn all_unique<'a>(
    ids: impl Iterator<Item = &'a str>,
    path: impl Fn(usize) -> String,
) -> Result<(), DecodeError> {
    let mut seen = HashSet::with_capacity(ids.size_hint().0);
    for (i, id) in ids.enumerate() {
        unique(&mut seen, || path(i), id)?;
    }
    Ok(())
}

/// The domain document from a file of the current version, with the time
/// the file says it was exported and the days it says it covers.
pub(crate) fn to_domain(file: DocumentV3) -> Result<Read, DecodeError> {
    let exported_at = match &file.exported_at {
        Some(t) => Some(stamp(|| "exported_at".to_string(), t)?),
        None => None,
    };
    let covers = match &file.covers {
        Some(c) => {
            let from = date(|| "covers.from".to_string(), &c.from)?;
            let to = date(|| "covers.to".to_string(), &c.to)?;
            if to < from {
                return Err(invalid(
                    "covers.to".to_string(),
                    Problem::EndBeforeStart {
                        start: c.from.clone(),
                        end: c.to.clone(),
                    },
                ));
            }
            Some((from, to))
        }
        None => None,
    };
    let plan = plan::plan(&file.plan)?;

    let mut quarantined = Vec::new();
    let mut activities = Vec::with_capacity(file.activities.len());
    for (i, a) in file.activities.into_iter().enumerate() {
        match activity(i, &a) {
            Ok(checked) => activities.push(checked.build(a)),
            Err(error) => quarantined.push(Quarantined::new(RecordKind::Activity, i, &a, error)),
        }
    }
    all_unique(activities.iter().map(|a| a.id.as_str()), |i| {
        format!("activities[{i}].id")
    })?;

    let mut readings = Vec::with_capacity(file.readings.len());
    for (i, r) in file.readings.into_iter().enumerate() {
        match reading(i, &r) {
            Ok(checked) => readings.push(checked.build(r)),
            Err(error) => quarantined.push(Quarantined::new(RecordKind::Reading, i, &r, error)),
        }
    }
    all_unique(readings.iter().map(|r| r.id.as_str()), |i| {
        format!("readings[{i}].id")
    })?;

    let mut tombstones = Vec::with_capacity(file.tombstones.len());
    for (i, t) in file.tombstones.into_iter().enumerate() {
        tombstones.push(tombstone(i, t)?);
    }

    let reports = office::reports(file.reports)?;
    let notices = office::notices(file.notices)?;

    let document = Document {
        unit: file.unit,
        plan,
        activities,
        readings,
        tombstones,
        reports,
        notices,
    };
    Ok(Read {
        document,
        exported_at,
        covers,
        quarantined,
    })
}

/// The `i`th tombstone of a file.
pub(super) fn tombstone(i: usize, t: TombstoneV3) -> Result<Tombstone, DecodeError> {
    let at = |field: &str| format!("tombstones[{i}].{field}");
    non_empty_id(|| at("id"), &t.id)?;
    Ok(Tombstone {
        kind: match t.kind {
            RecordKindV3::Activity => RecordKind::Activity,
            RecordKindV3::Reading => RecordKind::Reading,
            RecordKindV3::Section => RecordKind::Section,
            RecordKindV3::Target => RecordKind::Target,
            RecordKindV3::Person => RecordKind::Person,
            RecordKindV3::Unit => RecordKind::Unit,
            RecordKindV3::Report => RecordKind::Report,
            RecordKindV3::Notice => RecordKind::Notice,
        },
        deleted_at: stamp(|| at("deleted_at"), &t.deleted_at)?,
        id: t.id,
    })
}

/// An activity's or reading's fields that need checking, checked, so that
/// the record's text is moved into the domain only once it is readable.
pub(super) struct Checked<V> {
    evidence: Vec<crate::plan::Evidence>,
    date: NaiveDate,
    updated_at: Stamp,
    value: V,
}

pub(super) fn activity(i: usize, a: &ActivityV3) -> Result<Checked<()>, DecodeError> {
    let at = |field: &str| format!("activities[{i}].{field}");
    non_empty_id(|| at("id"), &a.id)?;
    if a.quantity == 0 {
        return Err(invalid(at("quantity"), Problem::ZeroQuantity));
    }
    Ok(Checked {
        evidence: office::evidence(&a.evidence, &|j, field| {
            format!("activities[{i}].evidence[{j}].{field}")
        })?,
        date: date(|| at("date"), &a.date)?,
        updated_at: stamp(|| at("updated_at"), &a.updated_at)?,
        value: (),
    })
}

impl Checked<()> {
    pub(super) fn build(self, a: ActivityV3) -> Activity {
        Activity {
            evidence: self.evidence,
            recorded_by: a.recorded_by,
            date: self.date,
            updated_at: self.updated_at,
            id: ActivityId(a.id),
            title: a.title,
            targets: a.targets.into_iter().map(TargetId).collect(),
            quantity: a.quantity,
            people: a.people,
            lead_unit: a.lead_unit,
            notes: a.notes,
        }
    }
}

pub(super) fn reading(i: usize, r: &ReadingV3) -> Result<Checked<ReadingValue>, DecodeError> {
    let at = |field: &str| format!("readings[{i}].{field}");
    non_empty_id(|| at("id"), &r.id)?;
    let value = match (&r.value, r.numerator, r.denominator) {
        (Some(v), None, None) => ReadingValue::Value(decimal(|| at("value"), v)?),
        // 0 of 0 is a month with nothing received; more than 0 of 0
        // is not a ratio.
        (None, Some(n), Some(0)) if n > 0 => {
            return Err(invalid(at("denominator"), Problem::ZeroDenominator))
        }
        (None, Some(numerator), Some(denominator)) => ReadingValue::Counts {
            numerator,
            denominator,
        },
        _ => return Err(invalid(format!("readings[{i}]"), Problem::ReadingForm)),
    };
    Ok(Checked {
        evidence: office::evidence(&r.evidence, &|j, field| {
            format!("readings[{i}].evidence[{j}].{field}")
        })?,
        date: date(|| at("date"), &r.date)?,
        updated_at: stamp(|| at("updated_at"), &r.updated_at)?,
        value,
    })
}

impl Checked<ReadingValue> {
    pub(super) fn build(self, r: ReadingV3) -> Reading {
        Reading {
            evidence: self.evidence,
            recorded_by: r.recorded_by,
            date: self.date,
            updated_at: self.updated_at,
            id: ReadingId(r.id),
            target: TargetId(r.target),
            value: self.value,
            notes: r.notes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_date(text: &str, expected: Result<(i32, u32, u32), &str>) {
        let got = date(|| "d".to_string(), text);
        match (got, expected) {
            (Ok(d), Ok((y, m, dd))) => assert_eq!(d, NaiveDate::from_ymd_opt(y, m, dd).unwrap()),
            (Err(DecodeError::Invalid { problem, .. }), Err(kind)) => {
                let name = match problem {
                    Problem::NotADate { .. } => "form",
                    Problem::NotARealDate { .. } => "real",
                    _ => "other",
                };
                assert_eq!(name, kind, "{text}");
            }
            (got, expected) => panic!("{text}: got {got:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn dates_must_be_real_and_written_in_full() {
        check_date("2026-07-01", Ok((2026, 7, 1)));
        check_date("2024-02-29", Ok((2024, 2, 29)));
        check_date("0001-01-01", Ok((1, 1, 1)));
        check_date("9999-12-31", Ok((9999, 12, 31)));
        check_date("2026-02-29", Err("real"));
        check_date("2026-13-01", Err("real"));
        check_date("2026-00-10", Err("real"));
        check_date("2026-04-31", Err("real"));
        check_date("2026-7-1", Err("form"));
        check_date("2026/07/01", Err("form"));
        check_date("+2026-07-01", Err("form"));
        check_date("2026-07-01T00:00", Err("form"));
        check_date("２０２６-07-01", Err("form"));
        check_date("", Err("form"));
    }

    #[test]
    fn decimals_are_checked_for_form_places_and_range() {
        let check = |d: Decimal, expected: Result<i64, &str>| {
            let got = decimal(|| "x".to_string(), &d)
                .map(Fixed::raw)
                .map_err(|e| match e {
                    DecodeError::Invalid { problem, .. } => match problem {
                        Problem::NotADecimal { .. } => "nan",
                        Problem::TooPrecise { .. } => "precise",
                        Problem::OutOfRange { .. } => "range",
                        _ => "other",
                    },
                    _ => "other",
                });
            assert_eq!(got, expected, "{d:?}");
        };
        let text = |s: &str| Decimal::Text(s.to_string());
        check(text("91.5"), Ok(915_000));
        check(text("95%"), Ok(950_000));
        check(text("99999999999.9999"), Ok(MAX_DECIMAL_RAW));
        check(text("-99999999999.9999"), Ok(-MAX_DECIMAL_RAW));
        check(text("100000000000"), Err("range"));
        check(text("99999999999999999999"), Err("range"));
        check(text("0.00001"), Err("precise"));
        check(text("abc"), Err("nan"));
        check(text(""), Err("nan"));
        check(
            Decimal::Exact(Fixed::from_raw(MAX_DECIMAL_RAW + 1)),
            Err("range"),
        );
    }
}
