//! 进度报送: who has reported for the reporting cycle, and who has not.
//!
//! The plan's rules name a cycle ([`Reporting`]): monthly or quarterly,
//! each report due by a day of the next month (每月5日前报送). A cycle is a
//! calendar month or quarter, clipped to the plan period; it closes at its
//! last day, its report is due by `by_day` of the following month, and a
//! unit still missing it more than `grace_days` after that is 逾期未报.
//!
//! A unit has reported for a cycle when a report received from it
//! ([`UnitReport`](crate::plan::UnitReport)) covers the cycle's last day: its `covers_to`, or the day
//! it was sent when the file does not say; sent after the due day it is
//! 迟报 (late), whether or not the grace days were over. As with every
//! figure, the table is as of a date: a report sent after it does not
//! count. The copy's own unit (the office keeping the document) reports to
//! nobody and is shown as such; a unit the plan listed only after a
//! cycle's last day owes nothing for that cycle.
//!
//! Every document that speaks of who reported — the 督查通报, the
//! calendar, `luoshi consolidate` — reads it from [`unit_table_for`] and
//! [`judge`], so the page and the documents cannot differ. A unit's records
//! are always those it recorded (`recorded_by`, [`records_by`]), never
//! those of the targets it leads.
//!
//! Invariant: pure — the as-of date is a parameter; figures come from
//! [`engine::evaluate`], nothing here judges a target.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate};

use crate::engine::{self, PlanProgress, Status};
use crate::i18n::reporting::{fill, ReportingMsgs};
use crate::plan::{Document, PartKey, Reporting, Stamp, TargetId};

/// One reporting cycle: the days it covers and when its report is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// First day (clipped to the plan's start).
    pub start: NaiveDate,
    /// Last day (clipped to the plan's end); the cycle closes after it.
    pub end: NaiveDate,
    /// The day its report is due: `by_day` of the month after the calendar
    /// month or quarter ends.
    pub due: NaiveDate,
    /// The last day before a missing report is 逾期未报 (`due` + grace).
    pub grace_end: NaiveDate,
}

/// First day of the month after the one holding `d`.
fn next_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 {
        (d.year() + 1, 1)
    } else {
        (d.year(), d.month() + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
}

/// The calendar cycle (month or quarter) holding `d`: first day, first day
/// after it, and the due day; `None` without a cycle.
fn calendar_cycle(reporting: Reporting, d: NaiveDate) -> Option<(NaiveDate, NaiveDate, u32)> {
    let (first_month, months, by_day) = match reporting {
        Reporting::None => return None,
        Reporting::Monthly { by_day } => (d.month(), 1, by_day),
        Reporting::Quarterly { by_day } => ((d.month() - 1) / 3 * 3 + 1, 3, by_day),
    };
    let start = NaiveDate::from_ymd_opt(d.year(), first_month, 1)?;
    let mut after = start;
    for _ in 0..months {
        after = next_month(after);
    }
    Some((start, after, by_day.clamp(1, 28)))
}

impl Cycle {
    /// The cycle of `reporting` holding the day `d`, with `grace_days`;
    /// `None` when there is no cycle.
    pub fn holding(reporting: Reporting, grace_days: u32, d: NaiveDate) -> Option<Cycle> {
        let (start, after, by_day) = calendar_cycle(reporting, d)?;
        let due = after.with_day(by_day)?;
        Some(Cycle {
            start,
            end: after.pred_opt()?,
            due,
            grace_end: due.checked_add_days(Days::new(u64::from(grace_days)))?,
        })
    }

    /// The cycle a document for `year`-`month` speaks of when issued on
    /// `issued`: the last one that month closes (for a monthly cycle the
    /// month itself, due in the next month; for a quarterly one the latest
    /// quarter ended by the month's last day), or, issued before the month
    /// is out, the last one closed by the day of issue. `None` as for
    /// [`Cycle::last_closed`] or for a month that does not exist.
    pub fn closed_by_month(
        doc: &Document,
        year: i32,
        month: u32,
        issued: NaiveDate,
    ) -> Option<Cycle> {
        let after = next_month(NaiveDate::from_ymd_opt(year, month, 1)?);
        Cycle::last_closed(doc, after.min(issued))
    }

    /// The latest cycle of the plan that has closed by `as_of` (its last
    /// day before `as_of`), clipped to the plan period; `None` without a
    /// cycle or before the first one closes.
    pub fn last_closed(doc: &Document, as_of: NaiveDate) -> Option<Cycle> {
        let plan = &doc.plan;
        let rules = plan.rules;
        let last_day = as_of.pred_opt()?.min(plan.end);
        if last_day < plan.start {
            return None;
        }
        let mut cycle = Cycle::holding(rules.reporting, rules.grace_days, last_day)?;
        if cycle.end > last_day && last_day != plan.end {
            // The cycle holding yesterday is still open: take the one before.
            cycle = Cycle::holding(rules.reporting, rules.grace_days, cycle.start.pred_opt()?)?;
            if cycle.end < plan.start {
                return None;
            }
        }
        cycle.start = cycle.start.max(plan.start);
        cycle.end = cycle.end.min(plan.end);
        Some(cycle)
    }
}

/// Where a unit stands with its reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum State {
    /// 已报送: a report covers the cycle, sent by its due day.
    Reported,
    /// 迟报: a report covers the cycle, sent after its due day (the day is
    /// the row's `answered`).
    Late,
    /// 未报送: the cycle has closed and no report covers it yet.
    NotReported,
    /// 逾期未报: still missing after the due day and the grace days.
    Overdue,
    /// 本期无需报送: the plan listed the unit only after the cycle's last
    /// day, and no report of it covers the cycle.
    NotDue,
    /// No cycle has closed yet, or the plan has no reporting cycle.
    NoCycle,
    /// The unit keeping this copy (the office): it reports to nobody.
    Own,
}

impl State {
    /// Stable name, for CSS classes and JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            State::Reported => "reported",
            State::Late => "late",
            State::NotReported => "not_reported",
            State::Overdue => "overdue",
            State::NotDue => "not_due",
            State::NoCycle => "no_cycle",
            State::Own => "own",
        }
    }
}

/// One unit's line on the reporting page and in `luoshi consolidate`.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitRow {
    /// The unit's name.
    pub unit: String,
    /// Whether the plan lists it among its units.
    pub listed: bool,
    /// The day its last report was sent (on or before the as-of date), and
    /// that file's name.
    pub last_report: Option<(NaiveDate, String)>,
    /// How many reports were received from it in all.
    pub reports: usize,
    /// The day it sent the report that answers for the table's cycle: the
    /// first one sent by the as-of date that covers the cycle's last day.
    /// After the cycle's due day it was late (迟报, [`State::Late`]).
    pub answered: Option<NaiveDate>,
    /// The day the plan listed it, for a unit added to the plan after it
    /// was made (its entry stamped later than the plan's first stamp);
    /// `None` otherwise. See [`judge`].
    pub joined: Option<NaiveDate>,
    /// Activities and readings it recorded (本单位记录, by `recorded_by`),
    /// dated in [`UnitTable::period`]: [`records_by`].
    pub records: usize,
    /// The targets it leads, in plan order, with their status as of the date.
    pub targets: Vec<(TargetId, Status)>,
    /// Where it stands.
    pub state: State,
}

/// The reporting table as of a date.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitTable {
    /// The as-of date.
    pub as_of: NaiveDate,
    /// The cycle judged: the last closed one for the page, the one its
    /// month closes for a 督查通报; `None` without one.
    pub cycle: Option<Cycle>,
    /// The days whose records a row counts: the last closed cycle, or the
    /// plan's start to the as-of date without one.
    pub period: (NaiveDate, NaiveDate),
    /// One row per unit: the plan's units in order, then any other unit
    /// seen in reports, records or targets, by name.
    pub rows: Vec<UnitRow>,
}

/// Every unit the document knows: the plan's list first, then the others
/// by name. Blank names are left out.
pub fn units(doc: &Document) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for u in &doc.plan.units {
        let u = u.trim();
        if !u.is_empty() && !out.iter().any(|o| o == u) {
            out.push(u.to_string());
        }
    }
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    seen.extend(doc.reports.iter().map(|r| r.unit.trim()));
    seen.extend(doc.activities.iter().map(|a| a.recorded_by.trim()));
    seen.extend(doc.readings.iter().map(|r| r.recorded_by.trim()));
    seen.extend(doc.plan.targets().map(|(_, t)| t.lead_unit.trim()));
    for u in seen {
        if !u.is_empty() && !out.iter().any(|o| o == u) {
            out.push(u.to_string());
        }
    }
    out
}

/// How a unit stands for `cycle` on `as_of`: the one rule the page, the
/// 督查通报 and `luoshi consolidate` share. `answered` is the day it sent
/// the report covering the cycle, `joined` the day the plan listed it.
pub fn judge(
    cycle: Option<Cycle>,
    own: bool,
    joined: Option<NaiveDate>,
    answered: Option<NaiveDate>,
    as_of: NaiveDate,
) -> State {
    if own {
        return State::Own;
    }
    let Some(c) = cycle else {
        return State::NoCycle;
    };
    match answered {
        Some(d) if d <= c.due => State::Reported,
        Some(_) => State::Late,
        None if joined.is_some_and(|j| j > c.end) => State::NotDue,
        None if as_of > c.grace_end => State::Overdue,
        None => State::NotReported,
    }
}

/// How many activities and readings `unit` recorded (本单位记录: those whose
/// `recorded_by` is the unit, whatever targets they serve or unit leads
/// them) dated `from` to `to`, both included.
pub fn records_by(doc: &Document, unit: &str, from: NaiveDate, to: NaiveDate) -> usize {
    let unit = unit.trim();
    let within = |d: NaiveDate| from <= d && d <= to;
    doc.activities
        .iter()
        .filter(|a| a.recorded_by.trim() == unit && within(a.date))
        .count()
        + doc
            .readings
            .iter()
            .filter(|r| r.recorded_by.trim() == unit && within(r.date))
            .count()
}

/// The day the plan listed `unit`, for a unit added to it later: its
/// entry's stamp (the plan editor, or an import adding units, stamps a
/// unit when it is listed), when that is later than the plan's first stamp
/// (the earliest of its own and its parts': when it was made). `None` for
/// a unit listed from the outset (or in a plan from a file that keeps no
/// stamps per unit) and for a unit not listed: such a unit is judged for
/// every cycle.
fn joined(doc: &Document, first: Stamp, unit: &str) -> Option<NaiveDate> {
    let name = doc.plan.units.iter().find(|u| u.trim() == unit)?;
    let at = doc.plan.stamp_of(&PartKey::Unit(name.clone()));
    (at > first).then(|| at.date_naive())
}

/// The plan's first stamp: the earliest of its own and its parts'.
fn first_stamp(doc: &Document) -> Stamp {
    let plan = &doc.plan;
    plan.stamps
        .0
        .values()
        .copied()
        .fold(plan.updated_at, |a, b| a.min(b))
}

/// The units that report: every unit of [`units`] but the copy's own (the
/// office, which reports to nobody), in the same order.
pub fn reporting_units(doc: &Document) -> Vec<String> {
    let own = doc.unit.trim();
    units(doc).into_iter().filter(|u| u != own).collect()
}

impl UnitTable {
    /// The row of `unit`, if the table has one.
    pub fn row(&self, unit: &str) -> Option<&UnitRow> {
        self.rows.iter().find(|r| r.unit == unit.trim())
    }
}

/// The reporting table of `doc` as of `as_of`, with the targets' statuses
/// from `progress` (the engine's figures for the same date).
pub fn unit_table(doc: &Document, progress: &PlanProgress, as_of: NaiveDate) -> UnitTable {
    unit_table_for(doc, progress, Cycle::last_closed(doc, as_of), as_of)
}

/// The reporting table of `doc` for `cycle`, judged on `as_of`, with the
/// targets' statuses from `progress` (which a document may take at another
/// day, such as the month's end). Without a cycle the records counted are
/// those from the plan's start to `as_of`.
pub fn unit_table_for(
    doc: &Document,
    progress: &PlanProgress,
    cycle: Option<Cycle>,
    as_of: NaiveDate,
) -> UnitTable {
    let period = match cycle {
        Some(c) => (c.start, c.end),
        None => (doc.plan.start, as_of.min(doc.plan.end)),
    };
    let own = doc.unit.trim();
    let first = first_stamp(doc);
    let rows = units(doc)
        .into_iter()
        .map(|unit| {
            let mine: Vec<_> = doc
                .reports
                .iter()
                .filter(|r| r.unit.trim() == unit && r.sent <= as_of)
                .collect();
            let last_report = mine
                .iter()
                .max_by(|a, b| (a.sent, &a.id).cmp(&(b.sent, &b.id)))
                .map(|r| (r.sent, r.file_name.clone()));
            let targets = doc
                .plan
                .targets()
                .zip(&progress.targets)
                .filter(|((_, t), _)| t.lead_unit.trim() == unit)
                .map(|((_, t), p)| (t.id.clone(), p.status))
                .collect();
            let answered = cycle.and_then(|c| {
                mine.iter()
                    .filter(|r| r.covers_to.unwrap_or(r.sent) >= c.end)
                    .map(|r| r.sent)
                    .min()
            });
            let joined = joined(doc, first, &unit);
            UnitRow {
                listed: doc.plan.units.iter().any(|u| u.trim() == unit),
                records: records_by(doc, &unit, period.0, period.1),
                state: judge(cycle, unit == own, joined, answered, as_of),
                unit,
                last_report,
                reports: mine.len(),
                answered,
                joined,
                targets,
            }
        })
        .collect();
    UnitTable {
        as_of,
        cycle,
        period,
        rows,
    }
}

/// The reporting table as of `as_of`, evaluating the document once.
pub fn unit_status(doc: &Document, as_of: NaiveDate) -> UnitTable {
    unit_table(doc, &engine::evaluate(doc, as_of), as_of)
}

/// The label of a unit's reporting state, without its date.
pub fn state_label(m: &ReportingMsgs, state: State) -> &'static str {
    match state {
        State::Reported => m.state_reported,
        State::Late => m.state_late,
        State::NotReported => m.state_not_reported,
        State::Overdue => m.state_overdue,
        State::NotDue => m.state_not_due,
        State::NoCycle => m.state_no_cycle,
        State::Own => m.state_own,
    }
}

/// A unit's reporting state as the page and `luoshi consolidate` show it:
/// [`state_label`], with the day a late report was sent (迟报（12月8日报送）)
/// or the day a unit not due was listed, each written by `date`.
pub fn state_text(m: &ReportingMsgs, row: &UnitRow, date: impl Fn(NaiveDate) -> String) -> String {
    match (row.state, row.answered, row.joined) {
        (State::Late, Some(d), _) => fill(m.state_late_on, &[("date", &date(d))]),
        (State::NotDue, _, Some(d)) => fill(m.state_not_due_since, &[("date", &date(d))]),
        (state, _, _) => state_label(m, state).to_string(),
    }
}
