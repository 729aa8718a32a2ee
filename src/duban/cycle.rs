//! The reporting cycle (报送周期) of `Rules.reporting`: when each report is
//! due, and how each unit stands for the last cycle that has closed.
//!
//! This is the seam between the 督办 documents and the reporting page: the
//! 督查通报 and the calendar only need "which report was due when, and who
//! sent it late or not at all", computed here from `Document.reports`.

use chrono::{Datelike, Months, NaiveDate};

use crate::period::Period;
use crate::plan::{Cadence, Document, Reporting, Rules, UnitReport};

/// One reporting cycle: the period reported on and the day its report is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The month or quarter the report covers.
    pub period: Period,
    /// The last day to report on time (day `by_day` of the next month).
    pub due: NaiveDate,
}

/// How a unit stands for one cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Reported on or before the due day.
    OnTime(NaiveDate),
    /// Reported after the due day.
    Late(NaiveDate),
    /// Not reported, within the grace days after the due day (未报送).
    Missing,
    /// Not reported and the grace days are over (逾期未报).
    Overdue,
}

/// A unit and its standing for a cycle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitStanding {
    /// The unit.
    pub unit: String,
    /// How it stands.
    pub standing: Standing,
}

fn cadence_and_day(reporting: Reporting) -> Option<(Cadence, u32)> {
    match reporting {
        Reporting::None => None,
        Reporting::Monthly { by_day } => Some((Cadence::Month, by_day)),
        Reporting::Quarterly { by_day } => Some((Cadence::Quarter, by_day)),
    }
}

/// The cycle reporting on `period`: due on day `by_day` (clamped to 1–28)
/// of the month after it.
fn cycle_of(period: Period, by_day: u32) -> Cycle {
    let next = period.end() + chrono::Days::new(1);
    let day = by_day.clamp(1, 28);
    let due = NaiveDate::from_ymd_opt(next.year(), next.month(), day).unwrap_or(next);
    Cycle { period, due }
}

/// The last cycle whose report was due on or before `as_of`, if the rules
/// have a cycle.
pub fn last_closed(rules: &Rules, as_of: NaiveDate) -> Option<Cycle> {
    let (cadence, by_day) = cadence_and_day(rules.reporting)?;
    // The period two before the one containing as_of is always closed; the
    // one before may be.
    let current = Period::containing(cadence, as_of);
    let back = match cadence {
        Cadence::Quarter => Months::new(3),
        _ => Months::new(1),
    };
    let prev = Period::containing(cadence, current.start().checked_sub_months(back)?);
    let c = cycle_of(prev, by_day);
    if c.due <= as_of {
        return Some(c);
    }
    let before = Period::containing(cadence, prev.start().checked_sub_months(back)?);
    Some(cycle_of(before, by_day))
}

/// The first cycle whose report is due on or after `as_of`.
pub fn next_due(rules: &Rules, as_of: NaiveDate) -> Option<Cycle> {
    let (cadence, by_day) = cadence_and_day(rules.reporting)?;
    let mut period = Period::containing(cadence, as_of);
    let back = match cadence {
        Cadence::Quarter => Months::new(3),
        _ => Months::new(1),
    };
    // The previous period's report may still be ahead (due on the 5th).
    if let Some(start) = period.start().checked_sub_months(back) {
        let prev = cycle_of(Period::containing(cadence, start), by_day);
        if prev.due >= as_of {
            return Some(prev);
        }
    }
    loop {
        let c = cycle_of(period, by_day);
        if c.due >= as_of {
            return Some(c);
        }
        period = period.next();
    }
}

/// The units expected to report: the plan's list of units, else every lead
/// unit its targets name, in plan order.
pub fn reporting_units(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let names = doc
        .plan
        .units
        .iter()
        .map(String::as_str)
        .chain(doc.plan.targets().map(|(_, t)| t.lead_unit.as_str()));
    for name in names {
        let name = name.trim();
        if !name.is_empty() && !out.iter().any(|u| u == name) {
            out.push(name.to_string());
        }
    }
    out
}

/// How each unit stands for `cycle`, seen on `as_of`: a report counts for
/// the cycle when it was sent after the previous cycle's due day (so a
/// report for April does not answer for May) and on or before `as_of`; the
/// earliest such report decides. `grace_days` turn 未报送 into 逾期未报.
pub fn standings(
    units: &[String],
    reports: &[UnitReport],
    cycle: Cycle,
    grace_days: u32,
    as_of: NaiveDate,
) -> Vec<UnitStanding> {
    let opens = cycle.due.checked_sub_months(match cycle.period.cadence() {
        Cadence::Quarter => Months::new(3),
        _ => Months::new(1),
    });
    units
        .iter()
        .map(|unit| {
            let first = reports
                .iter()
                .filter(|r| r.unit.trim() == unit.trim())
                .map(|r| r.sent)
                .filter(|&d| opens.is_none_or(|o| d > o) && d <= as_of)
                .min();
            let standing = match first {
                Some(d) if d <= cycle.due => Standing::OnTime(d),
                Some(d) => Standing::Late(d),
                None if as_of > cycle.due + chrono::Days::new(u64::from(grace_days)) => {
                    Standing::Overdue
                }
                None => Standing::Missing,
            };
            UnitStanding {
                unit: unit.clone(),
                standing,
            }
        })
        .collect()
}

/// Every expected unit's standing for the last closed cycle as of `as_of`,
/// with that cycle; `None` without a reporting cycle.
pub fn last_closed_standings(
    doc: &Document,
    as_of: NaiveDate,
) -> Option<(Cycle, Vec<UnitStanding>)> {
    let rules = &doc.plan.rules;
    let cycle = last_closed(rules, as_of)?;
    let units = reporting_units(doc);
    Some((
        cycle,
        standings(&units, &doc.reports, cycle, rules.grace_days, as_of),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn monthly(by_day: u32) -> Rules {
        Rules {
            reporting: Reporting::Monthly { by_day },
            ..Rules::by_day()
        }
    }

    #[test]
    fn the_last_closed_monthly_cycle_turns_on_its_due_day() {
        let r = monthly(5);
        let c = last_closed(&r, d(2026, 6, 4)).unwrap();
        assert_eq!((c.period.start(), c.due), (d(2026, 4, 1), d(2026, 5, 5)));
        let c = last_closed(&r, d(2026, 6, 5)).unwrap();
        assert_eq!((c.period.start(), c.due), (d(2026, 5, 1), d(2026, 6, 5)));
        assert_eq!(last_closed(&Rules::by_day(), d(2026, 6, 5)), None);
    }

    #[test]
    fn the_next_deadline_may_be_last_months_report() {
        let r = monthly(5);
        let c = next_due(&r, d(2026, 6, 3)).unwrap();
        assert_eq!((c.period.start(), c.due), (d(2026, 5, 1), d(2026, 6, 5)));
        let c = next_due(&r, d(2026, 6, 6)).unwrap();
        assert_eq!((c.period.start(), c.due), (d(2026, 6, 1), d(2026, 7, 5)));
        let q = Rules {
            reporting: Reporting::Quarterly { by_day: 10 },
            ..Rules::by_day()
        };
        let c = next_due(&q, d(2026, 5, 20)).unwrap();
        assert_eq!((c.period.start(), c.due), (d(2026, 4, 1), d(2026, 7, 10)));
    }
}
