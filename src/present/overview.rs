//! The dashboard's grouping: sections with their targets, after the
//! filters by section, lead unit and status.

use chrono::{Datelike, NaiveDate};

use crate::engine::{PlanProgress, Status, TargetProgress};
use crate::plan::{Plan, Section, SectionId, Target};

/// What the dashboard shows. Empty fields keep everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DashFilter {
    /// Only this section.
    pub section: Option<SectionId>,
    /// Only targets led by this unit (exact name).
    pub unit: String,
    /// Only targets with this status.
    pub status: Option<Status>,
}

/// One section of the dashboard and the targets of it that are shown.
#[derive(Debug, Clone)]
pub struct SectionGroup<'a> {
    /// The section.
    pub section: &'a Section,
    /// Its targets the filter keeps, in plan order, with their figures.
    pub targets: Vec<(&'a Target, &'a TargetProgress)>,
}

/// The sections and targets the filter keeps, in plan order; sections left
/// without a target are dropped.
pub fn dashboard_groups<'a>(
    plan: &'a Plan,
    progress: &'a PlanProgress,
    filter: &DashFilter,
) -> Vec<SectionGroup<'a>> {
    let unit = filter.unit.trim();
    plan.sections
        .iter()
        .filter(|s| filter.section.as_ref().is_none_or(|id| &s.id == id))
        .filter_map(|section| {
            let targets: Vec<_> = section
                .targets
                .iter()
                .filter(|t| unit.is_empty() || t.lead_unit == unit)
                .filter_map(|t| {
                    progress
                        .targets
                        .iter()
                        .find(|p| p.id == t.id)
                        .map(|p| (t, p))
                })
                .filter(|(_, p)| filter.status.is_none_or(|s| p.status == s))
                .collect();
            (!targets.is_empty()).then_some(SectionGroup { section, targets })
        })
        .collect()
}

/// How many targets have each status, for the statuses that occur, in the
/// order of [`Status`].
pub fn status_counts(progress: &PlanProgress) -> Vec<(Status, usize)> {
    let mut counts: Vec<(Status, usize)> = Vec::new();
    for p in &progress.targets {
        match counts.iter_mut().find(|(s, _)| *s == p.status) {
            Some((_, n)) => *n += 1,
            None => counts.push((p.status, 1)),
        }
    }
    counts.sort();
    counts
}

/// A reporting date the dashboard offers with one click.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuickDate {
    /// Today.
    Today,
    /// The last day of the previous month (monthly 通报).
    LastMonthEnd,
    /// The last day of the previous quarter (quarterly 总结).
    LastQuarterEnd,
    /// The last day of the previous year (年度总评).
    LastYearEnd,
}

/// The dates behind the quick choices, as of `today`.
pub fn quick_dates(today: NaiveDate) -> [(QuickDate, NaiveDate); 4] {
    let first_of_month = today.with_day(1).unwrap_or(today);
    let last_month_end = first_of_month.pred_opt().unwrap_or(today);
    let quarter_first_month = (today.month() - 1) / 3 * 3 + 1;
    let last_quarter_end = NaiveDate::from_ymd_opt(today.year(), quarter_first_month, 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(today);
    let last_year_end = NaiveDate::from_ymd_opt(today.year() - 1, 12, 31).unwrap_or(today);
    [
        (QuickDate::Today, today),
        (QuickDate::LastMonthEnd, last_month_end),
        (QuickDate::LastQuarterEnd, last_quarter_end),
        (QuickDate::LastYearEnd, last_year_end),
    ]
}
