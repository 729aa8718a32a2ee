//! What each chart shows, computed exactly. Dates are local calendar dates;
//! counts are whole numbers; fractions are [`Frac`]. Floating point appears
//! only when the SVG is drawn.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::engine::{evaluate, Detail, PeriodState, PlanProgress, Status, TargetProgress};
use crate::fixed::Fixed;
use crate::frac::Frac;
use crate::period::{pace_progress, periods_in, Period};
use crate::plan::kind::{self, AimLine};
use crate::plan::{Activity, Cadence, Document, Pace, ReadingValue, Target};

/// One step of a cumulative series: from `date` on, the total is `total`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// The day the total changed (or the first day of the series).
    pub date: NaiveDate,
    /// The cumulative total from that day on.
    pub total: u64,
}

/// A cumulative target (count, range, per person) over its period: what
/// was done, against the straight 序时进度 line from 0 to the goal.
#[derive(Debug, Clone, PartialEq)]
pub struct Cumulative {
    /// First day of the period.
    pub start: NaiveDate,
    /// Last day of the period.
    pub end: NaiveDate,
    /// The as-of date, marked on the chart.
    pub as_of: NaiveDate,
    /// The goal the plan line rises to.
    pub goal: u64,
    /// How 序时进度 is counted (the document's rules): by day the plan
    /// line is straight, by month or quarter it steps.
    pub pace: Pace,
    /// A range's maximum, drawn as a second line.
    pub max: Option<u64>,
    /// The cumulative actual: starts at (start, 0), one step per day on
    /// which the total changed, ends at the last day counted.
    pub steps: Vec<Step>,
}

impl Cumulative {
    /// The cumulative actual at the end of `date`.
    pub fn total_at(&self, date: NaiveDate) -> u64 {
        let i = self.steps.partition_point(|s| s.date <= date);
        if i == 0 {
            0
        } else {
            self.steps[i - 1].total
        }
    }

    /// The plan line at the end of `date`: goal × 序时进度.
    pub fn plan_at(&self, date: NaiveDate) -> Frac {
        pace_progress(self.pace, self.start, self.end, date).mul_int(u128::from(self.goal))
    }

    /// The cumulative actual at the end of every week (Sunday) of the
    /// period up to the as-of date, and at the as-of date itself.
    pub fn weekly(&self) -> Vec<Step> {
        let last = self.as_of.min(self.end);
        let mut out = Vec::new();
        let mut day = self.start;
        while day <= last {
            if day.weekday() == chrono::Weekday::Sun || day == last {
                out.push(Step {
                    date: day,
                    total: self.total_at(day),
                });
            }
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
        }
        out
    }
}

fn activity_index(doc: &Document) -> HashMap<&str, &Activity> {
    doc.activities.iter().map(|a| (a.id.as_str(), a)).collect()
}

/// The activities the engine counted for a target, in date order.
fn counted<'a>(doc: &'a Document, figures: &TargetProgress) -> Vec<&'a Activity> {
    let index = activity_index(doc);
    let mut acts: Vec<&Activity> = figures
        .activities
        .iter()
        .filter_map(|id| index.get(id.as_str()).copied())
        .collect();
    acts.sort_by_key(|a| a.date);
    acts
}

/// The target's own end: its due date when earlier than the plan's end.
fn target_end(doc: &Document, target: &Target) -> NaiveDate {
    match target.due {
        Some(due) if due < doc.plan.end => due,
        _ => doc.plan.end,
    }
}

/// The cumulative series of a paced target (count, range, per person:
/// those with a [`kind::Kind::count_goal`]; `None` for other kinds). A
/// per-person target caps each person at the figure each must reach, as
/// its completion does.
pub fn cumulative(
    doc: &Document,
    target: &Target,
    figures: &TargetProgress,
    as_of: NaiveDate,
) -> Option<Cumulative> {
    let kind::CountGoal { goal, max, each } = kind::of(&target.kind).count_goal(&target.kind)?;
    let start = doc.plan.start;
    let mut steps = vec![Step {
        date: start,
        total: 0,
    }];
    let mut total = 0u64;
    let mut per_person: HashMap<&str, u64> = HashMap::new();
    for a in counted(doc, figures) {
        let add = match &each {
            None => u64::from(a.quantity),
            Some((each, names)) => {
                let mut seen: Vec<&str> = Vec::new();
                let mut add = 0;
                for p in &a.people {
                    let p = p.as_str();
                    if names.binary_search(&p).is_ok() && !seen.contains(&p) {
                        seen.push(p);
                        let c = per_person.entry(p).or_insert(0);
                        let before = (*c).min(*each);
                        *c += u64::from(a.quantity);
                        add += (*c).min(*each) - before;
                    }
                }
                add
            }
        };
        if add == 0 {
            continue;
        }
        total += add;
        match steps.last_mut() {
            Some(last) if last.date == a.date => last.total = total,
            _ => steps.push(Step {
                date: a.date,
                total,
            }),
        }
    }
    Some(Cumulative {
        start,
        end: target_end(doc, target),
        as_of,
        goal,
        pace: doc.plan.rules.pace,
        max,
        steps,
    })
}

/// One month's bar: what was done in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthBar {
    /// The month.
    pub month: Period,
    /// Quantities summed over the activities counted in it.
    pub done: u64,
}

/// What was done in each month of the plan, up to the as-of month, from the
/// activities the engine counted for the target.
pub fn monthly(doc: &Document, figures: &TargetProgress, as_of: NaiveDate) -> Vec<MonthBar> {
    let last = as_of.min(doc.plan.end);
    let months = periods_in(Cadence::Month, doc.plan.start, last);
    let mut bars: Vec<MonthBar> = months
        .iter()
        .map(|m| MonthBar { month: *m, done: 0 })
        .collect();
    for a in counted(doc, figures) {
        let m = Period::containing(Cadence::Month, a.date);
        if let Ok(i) = months.binary_search(&m) {
            bars[i].done += u64::from(a.quantity);
        }
    }
    bars
}

/// One cell of a cadence grid.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The period.
    pub period: Period,
    /// What was done in it.
    pub count: u64,
    /// Met, missed, current or future.
    pub state: PeriodState,
}

/// The periods of a cadence target, in order (empty for other kinds).
pub fn cadence_cells(figures: &TargetProgress) -> Vec<Cell> {
    match &figures.detail {
        Detail::Cadence(list) => list
            .iter()
            .map(|p| Cell {
                period: p.period,
                count: p.count,
                state: p.state,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// A point of a readings chart: a measured value, or a running ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Level {
    /// A measured value (threshold, improvement), in the target's unit.
    Value(Fixed),
    /// A running ratio of the sums so far, as a fraction of 1.
    Ratio(Frac),
}

impl Level {
    /// The value on the chart's axis: the value itself, or the ratio in
    /// percent. For drawing only.
    pub fn to_f64(self) -> f64 {
        match self {
            Level::Value(v) => v.to_f64(),
            Level::Ratio(f) => f.to_f64() * 100.0,
        }
    }
}

/// Readings of a measured target over time against its target line.
#[derive(Debug, Clone, PartialEq)]
pub struct Readings {
    /// First day of the period.
    pub start: NaiveDate,
    /// Last day of the period.
    pub end: NaiveDate,
    /// The readings in date order (a ratio: the running ratio of the sums).
    pub points: Vec<(NaiveDate, Level)>,
    /// The line to reach: a threshold's line, a ratio's line (as a
    /// fraction of 1), or the value an improvement target aims at.
    pub line: Level,
    /// The improvement target's baseline, drawn as a second line.
    pub baseline: Option<Fixed>,
    /// Whether lower is better (an at-most threshold, or an improvement
    /// that lowers a value).
    pub lower_is_better: bool,
}

/// The readings series of a threshold, ratio or improvement target
/// (`None` for other kinds), from the readings the engine counted.
pub fn readings(doc: &Document, target: &Target, figures: &TargetProgress) -> Option<Readings> {
    let index: HashMap<&str, &crate::plan::Reading> =
        doc.readings.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut list: Vec<&crate::plan::Reading> = figures
        .readings
        .iter()
        .filter_map(|id| index.get(id.as_str()).copied())
        .collect();
    list.sort_by_key(|r| (r.date, r.updated_at));
    let values = || -> Vec<(NaiveDate, Level)> {
        list.iter()
            .filter_map(|r| match r.value {
                ReadingValue::Value(v) => Some((r.date, Level::Value(v))),
                _ => None,
            })
            .collect()
    };
    let aim = kind::of(&target.kind).aim(&target.kind)?;
    let (points, line) = match aim.line {
        AimLine::Value(v) => (values(), Level::Value(v)),
        AimLine::Ratio(line) => {
            // The running ratio after each day's readings, from the sums the
            // engine judges by.
            let mut points: Vec<(NaiveDate, Level)> = Vec::new();
            for (r, num, den) in kind::ratio::running_sums(list.iter().copied()) {
                if den == 0 {
                    continue;
                }
                let level = Level::Ratio(Frac::new(u128::from(num), u128::from(den)));
                match points.last_mut() {
                    Some(last) if last.0 == r.date => last.1 = level,
                    _ => points.push((r.date, level)),
                }
            }
            (points, Level::Ratio(line))
        }
    };
    let (baseline, lower) = (aim.baseline, aim.lower_is_better);
    Some(Readings {
        start: doc.plan.start,
        end: doc.plan.end,
        points,
        line,
        baseline,
        lower_is_better: lower,
    })
}

/// One target on the dashboard chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// The target's title.
    pub title: String,
    /// Its completion (capped), as in the plan total.
    pub completion: Frac,
    /// Its 序时进度.
    pub time_progress: Frac,
    /// Its status, for the colour.
    pub status: Status,
}

/// Every target's completion against 序时进度, in plan order.
pub fn dashboard_rows(doc: &Document, progress: &PlanProgress) -> Vec<Row> {
    let figures: HashMap<&str, &TargetProgress> = progress
        .targets
        .iter()
        .map(|t| (t.id.as_str(), t))
        .collect();
    doc.plan
        .targets()
        .filter_map(|(_, t)| {
            figures.get(t.id.as_str()).map(|f| Row {
                title: t.title.clone(),
                completion: f.completion,
                time_progress: f.time_progress,
                status: f.status,
            })
        })
        .collect()
}

/// The plan's completion at the end of each month from the plan's start
/// up to the as-of date, and at the as-of date itself, with 序时进度 at each.
pub fn plan_trend(doc: &Document, as_of: NaiveDate) -> Vec<(NaiveDate, Frac, Frac)> {
    let last = as_of.min(doc.plan.end);
    let mut dates: Vec<NaiveDate> = periods_in(Cadence::Month, doc.plan.start, last)
        .iter()
        .map(|m| m.end().min(last))
        .collect();
    dates.dedup();
    dates
        .into_iter()
        .map(|date| {
            let p = evaluate(doc, date);
            (date, p.completion, p.time_progress)
        })
        .collect()
}
