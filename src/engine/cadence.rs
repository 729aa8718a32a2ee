//! Targets judged by the calendar: cadence targets (at least k in every
//! week, month, quarter or year) and milestones (done by a due date).

use chrono::NaiveDate;

use super::ledger::Records;
use super::{Ctx, Detail, Measure, PeriodState, PeriodTally, Status, TargetProgress};
use crate::frac::Frac;
use crate::period::{periods_in, Period};
use crate::plan::Cadence;

/// A cadence target. Completion = periods met ÷ periods of the plan; a
/// period is missed once it has ended short (as-of date after its last day
/// within the plan). No missed period: on track; one: behind; two or more:
/// far behind; every period met: done.
pub(super) fn cadence(
    p: &mut TargetProgress,
    every: Cadence,
    at_least: u64,
    records: Records<'_>,
    ctx: &Ctx,
) {
    let periods = periods_in(every, ctx.start, ctx.end);
    let mut counts = vec![0u64; periods.len()];
    let mut used = Vec::with_capacity(records.activities.len());
    for a in records.activities {
        // An activity in a week that does not belong to the plan (fewer than
        // four of its days in the period) counts toward no period.
        if let Ok(i) = periods.binary_search(&Period::containing(every, a.date)) {
            counts[i] = counts[i].saturating_add(u64::from(a.quantity));
            used.push(a);
        }
    }
    let tallies: Vec<PeriodTally> = periods
        .iter()
        .zip(&counts)
        .map(|(period, &count)| PeriodTally {
            period: *period,
            count,
            state: period_state(period, count, at_least, ctx),
        })
        .collect();
    let total = tallies.len() as u64;
    let met = tallies
        .iter()
        .filter(|t| t.state == PeriodState::Met)
        .count() as u64;
    let missed = tallies
        .iter()
        .filter(|t| t.state == PeriodState::Missed)
        .count();
    // A plan too short to hold one whole period asks for nothing.
    let completion = if total == 0 {
        Frac::ONE
    } else {
        Frac::new(u128::from(met), u128::from(total))
    };
    p.raw_completion = completion;
    p.completion = completion;
    p.actual = Measure::Count(met);
    p.goal = Measure::Count(total);
    p.status = if ctx.as_of < ctx.start {
        Status::NotStarted
    } else if completion >= Frac::ONE {
        Status::Done
    } else {
        match missed {
            0 => Status::OnTrack,
            1 => Status::Behind,
            _ => Status::FarBehind,
        }
    };
    p.detail = Detail::Cadence(tallies);
    p.last_record = used.last().map(|a| a.date);
    p.activities = used.into_iter().map(|a| a.id).collect();
}

/// A period's state. Its first and last days are taken within the plan: the
/// last week of a plan may run past the plan's end, and what is done after
/// the end does not count, so the week is over for the plan when the plan is.
fn period_state(period: &Period, count: u64, at_least: u64, ctx: &Ctx) -> PeriodState {
    let first = period.start().max(ctx.start);
    let last = period.end().min(ctx.end);
    if count >= at_least {
        PeriodState::Met
    } else if ctx.as_of > last {
        PeriodState::Missed
    } else if ctx.as_of >= first {
        PeriodState::Current
    } else {
        PeriodState::Future
    }
}

/// A milestone: done by its earliest activity on or before the as-of date;
/// otherwise overdue after the due date, due soon within
/// the rules' due-soon days of it, and pending before that.
pub(super) fn milestone(p: &mut TargetProgress, due: NaiveDate, records: Records<'_>, ctx: &Ctx) {
    let done_on = records.activities.first().map(|a| a.date);
    p.status = match done_on {
        Some(_) => Status::Done,
        None if ctx.as_of > due => Status::Overdue,
        None if (due - ctx.as_of).num_days() <= i64::from(ctx.rules.due_soon_days) => {
            Status::DueSoon
        }
        None => Status::Pending,
    };
    let completion = if done_on.is_some() {
        Frac::ONE
    } else {
        Frac::ZERO
    };
    p.raw_completion = completion;
    p.completion = completion;
    p.actual = Measure::Count(u64::from(done_on.is_some()));
    p.goal = Measure::Count(1);
    p.detail = Detail::Milestone { done_on, due };
    p.last_record = records.activities.last().map(|a| a.date);
    p.activities = records.activities.into_iter().map(|a| a.id).collect();
}
