//! Status history: each target's status at the end of every month of the
//! plan so far, and at the as-of date for the month it falls in.
//!
//! Nothing here decides a status. Every cell is the status
//! [`engine::evaluate`] gives for the document as of that day, so the
//! history can never disagree with the figures shown for that date. The
//! engine counts only records dated on or before its as-of date, so
//! evaluating an unchanged document at an earlier date is exactly "how it
//! stood then" — as far as the ledger recorded by now tells.
//!
//! Cost: one pass over the ledger and one sort for all the months, then
//! each month's figures from the records up to its end.

use chrono::{Datelike, NaiveDate};

use crate::engine::{self, Colour, PlanProgress, Status};
use crate::period::Period;
use crate::plan::{Cadence, Document, Plan, TargetId};

/// A day the document is evaluated at: the end of a month, or the as-of
/// date in its own month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checkpoint {
    /// The calendar month.
    pub month: Period,
    /// The day evaluated: the month's last day, or the as-of date.
    pub at: NaiveDate,
}

impl Checkpoint {
    /// Whether this is the as-of date before its month ends.
    pub fn is_partial(&self) -> bool {
        self.at < self.month.end()
    }
}

/// One target's statuses, one per checkpoint.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetHistory {
    /// The target.
    pub id: TargetId,
    /// Its status at each checkpoint, in order.
    pub statuses: Vec<Status>,
}

impl TargetHistory {
    /// The colours of [`TargetHistory::statuses`].
    pub fn colours(&self) -> Vec<Colour> {
        self.statuses.iter().map(Status::colour).collect()
    }
}

/// The status history of a whole plan as of a date.
#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// The as-of date.
    pub as_of: NaiveDate,
    /// The months, first to last.
    pub checkpoints: Vec<Checkpoint>,
    /// Every target in plan order.
    pub targets: Vec<TargetHistory>,
}

impl History {
    /// The history of one target, if the plan has it.
    pub fn get(&self, id: &TargetId) -> Option<&TargetHistory> {
        self.targets.iter().find(|t| &t.id == id)
    }
}

/// The checkpoints of the plan up to `as_of`: the end of every month from
/// the plan's first month through the month of `as_of` (or of the plan's
/// end, when `as_of` is later), the last one at `as_of` itself when the
/// month is not over. Empty before the plan starts.
pub fn checkpoints(plan: &Plan, as_of: NaiveDate) -> Vec<Checkpoint> {
    let mut out = Vec::new();
    if as_of < plan.start || plan.end < plan.start {
        return out;
    }
    let last = Period::containing(Cadence::Month, as_of.min(plan.end));
    let mut month = Period::containing(Cadence::Month, plan.start);
    while month <= last {
        out.push(Checkpoint {
            month,
            at: month.end().min(as_of),
        });
        let next = month.next();
        if next <= month {
            break;
        }
        month = next;
    }
    out
}

/// The status history of every target of `doc` as of `as_of`: the engine's
/// evaluation at every checkpoint ([`engine::evaluate_each`]).
pub fn history(doc: &Document, as_of: NaiveDate) -> History {
    let checkpoints = checkpoints(&doc.plan, as_of);
    let mut targets: Vec<TargetHistory> = doc
        .plan
        .targets()
        .map(|(_, t)| TargetHistory {
            id: t.id.clone(),
            statuses: Vec::with_capacity(checkpoints.len()),
        })
        .collect();
    let dates: Vec<NaiveDate> = checkpoints.iter().map(|c| c.at).collect();
    for progress in engine::evaluate_each(doc, &dates) {
        for (row, p) in targets.iter_mut().zip(&progress.targets) {
            row.statuses.push(p.status);
        }
    }
    History {
        as_of,
        checkpoints,
        targets,
    }
}

/// The last day of the month before the month of `as_of`.
pub fn end_of_last_month(as_of: NaiveDate) -> Option<NaiveDate> {
    as_of.with_day(1).and_then(|d| d.pred_opt())
}

/// A target whose colour differs from the end of last month.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// The target.
    pub id: TargetId,
    /// Its colour at the end of last month.
    pub before: Colour,
    /// Its colour now.
    pub after: Colour,
}

/// The targets whose colour at `now.as_of` differs from their colour at the
/// end of last month, in plan order. A target that was grey then (not yet
/// started, no data, pending) or is grey now had nothing to judge on one
/// side, so it has no change. Empty when last month ended before the plan
/// started.
pub fn changes_since_last_month(doc: &Document, now: &PlanProgress) -> Vec<Change> {
    let Some(then_date) = end_of_last_month(now.as_of) else {
        return Vec::new();
    };
    if then_date < doc.plan.start {
        return Vec::new();
    }
    let then = engine::evaluate(doc, then_date);
    now.targets
        .iter()
        .filter_map(|p| {
            let before = then.get(&p.id)?.status.colour();
            let after = p.status.colour();
            let judged = before != Colour::Grey && after != Colour::Grey;
            (judged && before != after).then(|| Change {
                id: p.id.clone(),
                before,
                after,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    #[test]
    fn last_month_ends() {
        assert_eq!(end_of_last_month(date(2026, 3, 1)), Some(date(2026, 2, 28)));
        assert_eq!(
            end_of_last_month(date(2026, 1, 15)),
            Some(date(2025, 12, 31))
        );
    }
}
