//! Cumulative targets: count, range and per person. Completion is actual ÷
//! target and the status compares it with 序时进度.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::ledger::{Link, Records};
use super::{Ctx, Detail, Measure, PersonTally, Status, TargetProgress};
use crate::frac::Frac;
use crate::plan::{Rules, Target};

/// The status of a cumulative target from its uncapped completion and the
/// 序时进度 of its period, and from nothing else:
///
/// - 序时进度 0 (the period has not begun): not started;
/// - completion ≥ 100%: done;
/// - 序时进度 100% (the period is over; the as-of day counts as passed, as it
///   does in 序时进度): not done;
/// - completion ≥ 序时进度: on track;
/// - trailing by 10 points or less: behind; by more than 10 points: far behind.
///
/// These are the rules of [`Rules::by_day`], where 序时进度 is 0 exactly
/// before the period begins; [`cumulative_status_by`] takes any rules.
pub fn cumulative_status(completion: Frac, time_progress: Frac) -> Status {
    cumulative_status_by(
        completion,
        time_progress,
        !time_progress.is_zero(),
        &Rules::by_day(),
    )
}

/// The status of a cumulative target under `rules`: not started before the
/// period begins (`started` false); done at 100%; not done once the period
/// is over; else by how many points it trails 序时进度 — more than
/// `far_behind_from` (超过, the number itself excluded) far behind,
/// `behind_from` or more (以上, the number itself included) behind,
/// otherwise on track. A target level with 序时进度 is on track, so a
/// `behind_from` of 0 makes any shortfall behind. By month or quarter
/// 序时进度 is 0 through the first month or quarter, and a target that has
/// begun is on track then. The boundaries are those of
/// [`crate::rules::Thresholds`], which words them.
pub fn cumulative_status_by(
    completion: Frac,
    time_progress: Frac,
    started: bool,
    rules: &Rules,
) -> Status {
    if !started {
        return Status::NotStarted;
    }
    if completion >= Frac::ONE {
        return Status::Done;
    }
    if time_progress >= Frac::ONE {
        return Status::NotDone;
    }
    if completion >= time_progress {
        return Status::OnTrack;
    }
    let behind = completion.points_behind(time_progress);
    let points = |n: u32| Frac::new(u128::from(n), 100);
    // `behind` is above 0 here (level is on track above), so `>=` against
    // a `behind_from` of 0 is "any shortfall", as it always was.
    match rules.far_behind_from {
        Some(far) if behind > points(far) => Status::FarBehind,
        _ if behind >= points(rules.behind_from) => Status::Behind,
        _ => Status::OnTrack,
    }
}

/// The last day of a cumulative target's period: its own due date when that
/// falls within the plan, else the plan's end (a due date outside the plan
/// is a slip that validation reports, not a reason to judge differently).
pub(super) fn period_end(target: &Target, ctx: &Ctx) -> NaiveDate {
    target_end(target, ctx.start, ctx.end)
}

/// The last day of `target`'s period in a plan from `start` to `end`: its
/// own due date when that falls within the plan, else the plan's end. Its
/// 序时进度 runs from `start` to this day.
pub fn target_end(target: &Target, start: NaiveDate, end: NaiveDate) -> NaiveDate {
    match target.due {
        Some(due) if start <= due && due < end => due,
        _ => end,
    }
}

/// Activities up to the target's own end, which may come before the plan's.
fn counted(records: Records<'_>, end: NaiveDate) -> Vec<Link<'_>> {
    let mut links = records.activities;
    let n = links.partition_point(|a| a.date <= end);
    links.truncate(n);
    links
}

fn finish(p: &mut TargetProgress, actual: u64, goal: u64, end: NaiveDate, ctx: &Ctx) {
    // Nothing to reach is reached: an N of 0 counts as complete (validation
    // flags such a target).
    let raw = if goal == 0 {
        Frac::ONE
    } else {
        Frac::new(u128::from(actual), u128::from(goal))
    };
    p.raw_completion = raw;
    p.completion = raw.capped();
    p.time_progress = ctx.pace(end);
    p.status = cumulative_status_by(raw, p.time_progress, ctx.as_of >= ctx.start, &ctx.rules);
    p.remaining = Some(goal.saturating_sub(actual));
}

/// A count (`max` is `None`) or a range target (`goal` is its minimum).
pub(super) fn count(
    p: &mut TargetProgress,
    target: &Target,
    goal: u64,
    max: Option<u64>,
    records: Records<'_>,
    ctx: &Ctx,
) {
    let end = period_end(target, ctx);
    let acts = counted(records, end);
    let actual = acts
        .iter()
        .fold(0u64, |sum, a| sum.saturating_add(u64::from(a.quantity)));
    p.actual = Measure::Count(actual);
    p.goal = Measure::Count(goal);
    p.over_plan = max.is_some_and(|m| actual > m);
    p.last_record = acts.last().map(|a| a.date);
    p.activities = acts.into_iter().map(|a| a.id).collect();
    finish(p, actual, goal, end, ctx);
}

/// A per-person target: each person's count is capped at `each` before the
/// counts are added up, so one busy person cannot make up for another.
pub(super) fn per_person(
    p: &mut TargetProgress,
    target: &Target,
    each: u64,
    roster: &[String],
    records: Records<'_>,
    ctx: &Ctx,
) {
    let end = period_end(target, ctx);
    let acts = counted(records, end);
    // A name listed twice on the roster is one person.
    let mut names: Vec<&str> = Vec::with_capacity(roster.len());
    let mut slot: HashMap<&str, usize> = HashMap::with_capacity(roster.len());
    for name in roster {
        if !slot.contains_key(name.as_str()) {
            slot.insert(name.as_str(), names.len());
            names.push(name.as_str());
        }
    }
    let mut counts = vec![0u64; names.len()];
    let mut seen: Vec<usize> = Vec::new();
    let mut used = Vec::with_capacity(acts.len());
    for a in acts {
        seen.clear();
        for person in &a.activity.people {
            if let Some(&i) = slot.get(person.as_str()) {
                // A name repeated within one activity is credited once.
                if !seen.contains(&i) {
                    seen.push(i);
                    counts[i] = counts[i].saturating_add(u64::from(a.quantity));
                }
            }
        }
        if !seen.is_empty() {
            used.push(a);
        }
    }
    let tallies: Vec<PersonTally> = names
        .iter()
        .zip(&counts)
        .map(|(name, &count)| PersonTally {
            name: (*name).to_string(),
            count,
            met: count >= each,
        })
        .collect();
    let actual = counts
        .iter()
        .fold(0u64, |sum, &c| sum.saturating_add(c.min(each)));
    let goal = each.saturating_mul(names.len() as u64);
    p.actual = Measure::Count(actual);
    p.goal = Measure::Count(goal);
    p.detail = Detail::PerPerson(tallies);
    p.last_record = used.last().map(|a| a.date);
    p.activities = used.into_iter().map(|a| a.id).collect();
    finish(p, actual, goal, end, ctx);
}
