//! The reporting cycle (报送周期) as the 督查室's documents name it: the
//! period a cycle reports on (2026年5月, 2026年第二季度) and each unit's
//! next deadline for the calendar.
//!
//! The cycles themselves — their days, due day and grace — and who has
//! answered for one are the reporting page's ([`crate::reporting`]): one
//! rule for the page, the 督查通报 and the calendar.

use chrono::NaiveDate;

use crate::period::Period;
use crate::plan::{Cadence, Document, Reporting, Rules};
use crate::reporting;

/// One reporting cycle: the period reported on and the day its report is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The month or quarter the report covers.
    pub period: Period,
    /// The last day to report on time (day `by_day` of the next month).
    pub due: NaiveDate,
}

fn cadence(reporting: Reporting) -> Option<Cadence> {
    match reporting {
        Reporting::None => None,
        Reporting::Monthly { .. } => Some(Cadence::Month),
        Reporting::Quarterly { .. } => Some(Cadence::Quarter),
    }
}

fn named(rules: &Rules, c: reporting::Cycle) -> Option<Cycle> {
    Some(Cycle {
        period: Period::containing(cadence(rules.reporting)?, c.end),
        due: c.due,
    })
}

/// The first cycle whose report is due on or after `as_of` (the previous
/// period's report may still be ahead: due on the 5th).
pub fn next_due(rules: &Rules, as_of: NaiveDate) -> Option<Cycle> {
    let holding = |d: NaiveDate| reporting::Cycle::holding(rules.reporting, rules.grace_days, d);
    let now = holding(as_of)?;
    let mut c = match now.start.pred_opt().and_then(holding) {
        Some(prev) if prev.due >= as_of => prev,
        _ => now,
    };
    while c.due < as_of {
        c = holding(c.end.succ_opt()?)?;
    }
    named(rules, c)
}

/// The units expected to report, in the reporting page's order: every unit
/// but the copy's own ([`reporting::reporting_units`]).
pub fn reporting_units(doc: &Document) -> Vec<String> {
    reporting::reporting_units(doc)
}

/// The period a cycle reports on, for its label (2026年5月, 2026年第二季度).
pub fn period_of(rules: &Rules, cycle: &reporting::Cycle) -> Option<Period> {
    Some(Period::containing(cadence(rules.reporting)?, cycle.end))
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
        let c = next_due(&r, d(2026, 6, 5)).unwrap();
        assert_eq!((c.period.start(), c.due), (d(2026, 5, 1), d(2026, 6, 5)));
        let c = next_due(&r, d(2026, 6, 6)).unwrap();
        assert_eq!((c.period.start(), c.due), (d(2026, 6, 1), d(2026, 7, 5)));
        let q = Rules {
            reporting: Reporting::Quarterly { by_day: 10 },
            ..Rules::by_day()
        };
        let c = next_due(&q, d(2026, 5, 20)).unwrap();
        assert_eq!((c.period.start(), c.due), (d(2026, 4, 1), d(2026, 7, 10)));
        let c = next_due(&q, d(2026, 4, 10)).unwrap();
        assert_eq!((c.period.start(), c.due), (d(2026, 1, 1), d(2026, 4, 10)));
        assert_eq!(next_due(&Rules::by_day(), d(2026, 4, 10)), None);
    }
}
