//! Carrying a plan into the next year: the same sections and targets, every
//! date moved on by one year.

use chrono::{Datelike, NaiveDate};

use crate::plan::{kind, Plan};

/// The same calendar day a year later; 29 February becomes 28 February.
pub fn next_year_date(d: NaiveDate) -> NaiveDate {
    d.with_year(d.year() + 1)
        .or_else(|| NaiveDate::from_ymd_opt(d.year() + 1, d.month(), 28))
        .unwrap_or(d)
}

/// This plan for the next year: the period, due dates and each kind's own
/// dates (a milestone's, [`kind::Kind::move_dates`]) move on a year, the year in the title follows, and ids stay so that next
/// year's figures line up with this year's.
pub fn next_year_plan(plan: &Plan) -> Plan {
    let mut next = plan.clone();
    next.start = next_year_date(plan.start);
    next.end = next_year_date(plan.end);
    let (this, that) = (plan.start.year().to_string(), next.start.year().to_string());
    next.title = plan.title.replace(&this, &that);
    for section in &mut next.sections {
        for t in &mut section.targets {
            t.due = t.due.map(next_year_date);
            kind::of(&t.kind).move_dates(&mut t.kind, &next_year_date);
        }
    }
    next
}
