//! Calendar periods: ISO weeks, months, quarters, years, and 序时进度.
//!
//! Cadence targets are judged per calendar period, never over rolling
//! windows, because that is how offices report: 每周, 每月, 每季, 每年.

use chrono::{Datelike, Days, IsoWeek, NaiveDate, Weekday};

use crate::frac::Frac;
use crate::plan::{Cadence, Pace};

/// One calendar period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// ISO week of an ISO week-year.
    Week {
        /// ISO week-year.
        year: i32,
        /// Week number 1..=53.
        week: u32,
    },
    /// Calendar month.
    Month {
        /// Year.
        year: i32,
        /// Month 1..=12.
        month: u32,
    },
    /// Calendar quarter.
    Quarter {
        /// Year.
        year: i32,
        /// Quarter 1..=4.
        quarter: u32,
    },
    /// Calendar year.
    Year(i32),
}

/// A week belongs to a plan when at least this many of its days fall in the
/// plan period, the same rule ISO uses to give a week to a year.
pub const WEEK_DAYS_TO_BELONG: i64 = 4;

impl Period {
    /// The period of this cadence that contains `date`.
    pub fn containing(cadence: Cadence, date: NaiveDate) -> Period {
        match cadence {
            Cadence::Week => {
                let w: IsoWeek = date.iso_week();
                Period::Week {
                    year: w.year(),
                    week: w.week(),
                }
            }
            Cadence::Month => Period::Month {
                year: date.year(),
                month: date.month(),
            },
            Cadence::Quarter => Period::Quarter {
                year: date.year(),
                quarter: (date.month() - 1) / 3 + 1,
            },
            Cadence::Year => Period::Year(date.year()),
        }
    }

    /// The cadence this period is a period of.
    pub fn cadence(&self) -> Cadence {
        match self {
            Period::Week { .. } => Cadence::Week,
            Period::Month { .. } => Cadence::Month,
            Period::Quarter { .. } => Cadence::Quarter,
            Period::Year(_) => Cadence::Year,
        }
    }

    /// First day. Fields out of range (month 13, week 53 of a 52-week year)
    /// are clamped to the last valid value rather than failing: periods
    /// normally come from [`Period::containing`] or [`periods_in`].
    pub fn start(&self) -> NaiveDate {
        match *self {
            Period::Week { year, week } => week_monday(year, week),
            Period::Month { year, month } => first_of(year, month.clamp(1, 12)),
            Period::Quarter { year, quarter } => first_of(year, (quarter.clamp(1, 4) - 1) * 3 + 1),
            Period::Year(year) => first_of(year, 1),
        }
    }

    /// Last day (inclusive).
    pub fn end(&self) -> NaiveDate {
        match *self {
            Period::Week { .. } => add_days(self.start(), 6),
            Period::Month { year, month } => last_of_month(year, month.clamp(1, 12)),
            Period::Quarter { year, quarter } => last_of_month(year, quarter.clamp(1, 4) * 3),
            Period::Year(year) => last_of_month(year, 12),
        }
    }

    /// Number of days, both ends counted.
    pub fn days(&self) -> i64 {
        (self.end() - self.start()).num_days() + 1
    }

    /// Whether `date` falls in the period.
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start() <= date && date <= self.end()
    }

    /// The period's short name, as the issue and reports write it:
    /// "2026-W14", "2026-03", "2026Q2", "2026". Stable; used in JSON output.
    pub fn code(&self) -> String {
        match *self {
            Period::Week { year, week } => format!("{year}-W{week:02}"),
            Period::Month { year, month } => format!("{year}-{month:02}"),
            Period::Quarter { year, quarter } => format!("{year}Q{quarter}"),
            Period::Year(year) => format!("{year}"),
        }
    }

    /// Chinese name: "2026年第14周", "2026年3月", "2026年第2季度", "2026年".
    pub fn label_zh(&self) -> String {
        match *self {
            Period::Week { year, week } => format!("{year}年第{week}周"),
            Period::Month { year, month } => format!("{year}年{month}月"),
            Period::Quarter { year, quarter } => format!("{year}年第{quarter}季度"),
            Period::Year(year) => format!("{year}年"),
        }
    }

    /// English name: "2026-W14", "Mar 2026", "2026Q2", "2026".
    pub fn label_en(&self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        match *self {
            Period::Month { year, month } => {
                let i = month.clamp(1, 12) as usize - 1;
                format!("{} {year}", MONTHS[i])
            }
            _ => self.code(),
        }
    }

    /// The next period of the same cadence.
    pub fn next(&self) -> Period {
        Period::containing(self.cadence(), add_days(self.end(), 1))
    }
}

impl std::fmt::Display for Period {
    /// The short [`Period::code`].
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

/// The periods of a cadence that make up the plan period `start..=end`, in
/// order: every month, quarter or year that overlaps it, and every ISO week
/// with at least [`WEEK_DAYS_TO_BELONG`] of its days in it. Empty when `end`
/// is before `start`.
pub fn periods_in(cadence: Cadence, start: NaiveDate, end: NaiveDate) -> Vec<Period> {
    let mut out = Vec::new();
    if end < start {
        return out;
    }
    let mut p = Period::containing(cadence, start);
    while p.start() <= end {
        let belongs = match cadence {
            Cadence::Week => {
                let from = p.start().max(start);
                let to = p.end().min(end);
                (to - from).num_days() + 1 >= WEEK_DAYS_TO_BELONG
            }
            _ => true,
        };
        if belongs {
            out.push(p);
        }
        let next = p.next();
        if next <= p {
            // Only at the end of chrono's calendar; stop rather than loop.
            break;
        }
        p = next;
    }
    out
}

/// 序时进度: days from `start` through `as_of`, both ends counted, divided by
/// the days in `start..=end`; 0 before the start, 1 from the end on, and 0
/// for an empty period (end before start).
pub fn time_progress(start: NaiveDate, end: NaiveDate, as_of: NaiveDate) -> Frac {
    pace_progress(Pace::Day, start, end, as_of)
}

/// 序时进度 counted by `pace`: by day as [`time_progress`]; by month,
/// calendar months ended ÷ calendar months the period touches (a plan of
/// 2026 stands at 6/12 = 50% from 2026-06-30 to 2026-07-30); by quarter,
/// quarters ended ÷ quarters touched. A month or quarter has ended on its
/// last day, or on the period's last day if that comes first; 0 before the
/// start, 1 from the end on, 0 for an empty period. The parts are
/// [`pace_parts`].
pub fn pace_progress(pace: Pace, start: NaiveDate, end: NaiveDate, as_of: NaiveDate) -> Frac {
    match pace_parts(pace, start, end, as_of) {
        (_, 0) => Frac::ZERO,
        (done, total) => Frac::new(u128::from(done), u128::from(total)),
    }
}

/// The two counts [`pace_progress`] divides, unreduced, so that an
/// explanation can show "11 ÷ 12": days passed and days in the period (by
/// day), months or quarters ended and touched (by month or quarter). An
/// empty period (end before start) is (0, 0).
pub fn pace_parts(pace: Pace, start: NaiveDate, end: NaiveDate, as_of: NaiveDate) -> (u64, u64) {
    let span = match pace {
        Pace::Day => {
            let total = (end - start).num_days() + 1;
            if total <= 0 {
                return (0, 0);
            }
            let done = ((as_of - start).num_days() + 1).clamp(0, total);
            return (done as u64, total as u64);
        }
        Pace::Month => 1,
        Pace::Quarter => 3,
    };
    if end < start {
        return (0, 0);
    }
    // Index of the month or quarter holding a date, counted from year 0.
    let index = |d: NaiveDate| i64::from(d.year()) * 12 / span + i64::from(d.month0()) / span;
    let total = index(end) - index(start) + 1;
    if as_of < start {
        return (0, total as u64);
    }
    if as_of >= end {
        return (total as u64, total as u64);
    }
    // The as-of date's own month or quarter has ended on its last day.
    let next = as_of.succ_opt().unwrap_or(NaiveDate::MAX);
    let own_ended = i64::from(index(next) != index(as_of));
    let done = (index(as_of) - index(start) + own_ended).clamp(0, total);
    (done as u64, total as u64)
}

fn first_of(year: i32, month: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(if year < 0 {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    })
}

fn last_of_month(year: i32, month: u32) -> NaiveDate {
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)
    };
    match next.and_then(|d| d.pred_opt()) {
        Some(d) => d,
        None => NaiveDate::MAX,
    }
}

fn week_monday(year: i32, week: u32) -> NaiveDate {
    let week = week.clamp(1, 53);
    NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)
        .or_else(|| NaiveDate::from_isoywd_opt(year, 52, Weekday::Mon))
        .unwrap_or(if year < 0 {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        })
}

fn add_days(d: NaiveDate, n: u64) -> NaiveDate {
    d.checked_add_days(Days::new(n)).unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests;
