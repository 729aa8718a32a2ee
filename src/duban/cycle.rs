//! The reporting cycle (报送周期) of `Rules.reporting`: when each report is
//! due, and how each unit stands for the last cycle that has closed.
//!
//! The 督查通报 reads who sent the last closed cycle's report on time, late
//! or not at all from the reporting page's table ([`crate::reporting`], one
//! rule for both); the calendar reads each unit's next deadline from here.

use chrono::{Datelike, Months, NaiveDate};

use crate::period::Period;
use crate::plan::{Cadence, Document, Reporting, Rules};
use crate::reporting::{self, State};

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

/// Every unit's standing for the last closed cycle as of `as_of`, with
/// that cycle; `None` without a reporting cycle or before one has closed.
/// The cycle and who has answered for it are the reporting page's
/// ([`crate::reporting`]): a report answers when it covers the cycle's last
/// day; sent after the due day it was late; none, 未报送 until the grace
/// days are over and 逾期未报 after. The copy's own unit is left out.
pub fn last_closed_standings(
    doc: &Document,
    as_of: NaiveDate,
) -> Option<(reporting::Cycle, Vec<UnitStanding>)> {
    let table = reporting::unit_status(doc, as_of);
    let cycle = table.cycle?;
    let standings = table
        .rows
        .into_iter()
        .filter_map(|row| {
            let standing = match (row.state, row.answered) {
                (State::Reported, Some(d)) if d <= cycle.due => Standing::OnTime(d),
                (State::Reported, Some(d)) => Standing::Late(d),
                (State::NotReported, _) => Standing::Missing,
                (State::Overdue, _) => Standing::Overdue,
                _ => return None,
            };
            Some(UnitStanding {
                unit: row.unit,
                standing,
            })
        })
        .collect();
    Some((cycle, standings))
}

/// The period a cycle reports on, for its label (2026年5月, 2026年第二季度).
pub fn period_of(rules: &Rules, cycle: &reporting::Cycle) -> Option<Period> {
    let (cadence, _) = cadence_and_day(rules.reporting)?;
    Some(Period::containing(cadence, cycle.end))
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
