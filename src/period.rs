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
    let total = (end - start).num_days() + 1;
    if total <= 0 {
        return Frac::ZERO;
    }
    let done = ((as_of - start).num_days() + 1).clamp(0, total);
    Frac::new(done as u128, total as u128)
}

/// 序时进度 counted by `pace`: by day as [`time_progress`]; by month,
/// calendar months ended ÷ calendar months the period touches (a plan of
/// 2026 stands at 6/12 = 50% from 2026-06-30 to 2026-07-30); by quarter,
/// quarters ended ÷ quarters touched. A month or quarter has ended on its
/// last day, or on the period's last day if that comes first; 0 before the
/// start, 1 from the end on, 0 for an empty period.
pub fn pace_progress(pace: Pace, start: NaiveDate, end: NaiveDate, as_of: NaiveDate) -> Frac {
    let span = match pace {
        Pace::Day => return time_progress(start, end, as_of),
        Pace::Month => 1,
        Pace::Quarter => 3,
    };
    if end < start || as_of < start {
        return Frac::ZERO;
    }
    // Index of the month or quarter holding a date, counted from year 0.
    let index = |d: NaiveDate| i64::from(d.year()) * 12 / span + i64::from(d.month0()) / span;
    let total = index(end) - index(start) + 1;
    if as_of >= end {
        return Frac::ONE;
    }
    // The as-of date's own month or quarter has ended on its last day.
    let next = as_of.succ_opt().unwrap_or(NaiveDate::MAX);
    let own_ended = i64::from(index(next) != index(as_of));
    let done = (index(as_of) - index(start) + own_ended).clamp(0, total);
    Frac::new(done as u128, total as u128)
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
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().expect("test date")
    }

    fn check_bounds(p: Period, start: &str, end: &str, zh: &str, en: &str) {
        assert_eq!((p.start(), p.end()), (d(start), d(end)), "{p:?}");
        assert_eq!(p.label_zh(), zh);
        assert_eq!(p.label_en(), en);
    }

    #[test]
    fn bounds_and_labels() {
        check_bounds(
            Period::Week {
                year: 2026,
                week: 14,
            },
            "2026-03-30",
            "2026-04-05",
            "2026年第14周",
            "2026-W14",
        );
        check_bounds(
            Period::Week {
                year: 2026,
                week: 53,
            },
            "2026-12-28",
            "2027-01-03",
            "2026年第53周",
            "2026-W53",
        );
        check_bounds(
            Period::Week {
                year: 2025,
                week: 1,
            },
            "2024-12-30",
            "2025-01-05",
            "2025年第1周",
            "2025-W01",
        );
        check_bounds(
            Period::Month {
                year: 2028,
                month: 2,
            },
            "2028-02-01",
            "2028-02-29",
            "2028年2月",
            "Feb 2028",
        );
        check_bounds(
            Period::Month {
                year: 2026,
                month: 3,
            },
            "2026-03-01",
            "2026-03-31",
            "2026年3月",
            "Mar 2026",
        );
        check_bounds(
            Period::Quarter {
                year: 2026,
                quarter: 2,
            },
            "2026-04-01",
            "2026-06-30",
            "2026年第2季度",
            "2026Q2",
        );
        check_bounds(
            Period::Year(2026),
            "2026-01-01",
            "2026-12-31",
            "2026年",
            "2026",
        );
        assert_eq!(
            Period::Month {
                year: 2026,
                month: 3
            }
            .code(),
            "2026-03"
        );
        assert_eq!(Period::Year(2028).days(), 366);
    }

    #[test]
    fn containing_uses_iso_week_years() {
        let check = |c: Cadence, date: &str, expected: Period| {
            assert_eq!(Period::containing(c, d(date)), expected, "{date}");
            assert!(expected.contains(d(date)));
        };
        check(
            Cadence::Week,
            "2027-01-01",
            Period::Week {
                year: 2026,
                week: 53,
            },
        );
        check(
            Cadence::Week,
            "2024-12-31",
            Period::Week {
                year: 2025,
                week: 1,
            },
        );
        check(
            Cadence::Month,
            "2026-02-28",
            Period::Month {
                year: 2026,
                month: 2,
            },
        );
        check(
            Cadence::Quarter,
            "2026-10-01",
            Period::Quarter {
                year: 2026,
                quarter: 4,
            },
        );
        check(Cadence::Year, "2026-12-31", Period::Year(2026));
    }

    #[test]
    fn periods_of_a_plan() {
        let weeks = periods_in(Cadence::Week, d("2026-01-01"), d("2026-12-31"));
        // 2026-01-01 is a Thursday: W01 (12-29..01-04) has 4 days in 2026.
        // 2026-W53 runs 12-28..2027-01-03 with 4 days in 2026: it belongs.
        assert_eq!(weeks.len(), 53);
        assert_eq!(
            weeks[0],
            Period::Week {
                year: 2026,
                week: 1
            }
        );
        assert_eq!(
            weeks[52],
            Period::Week {
                year: 2026,
                week: 53
            }
        );

        // 2025-01-01 is a Wednesday: 2025-W01 (2024-12-30..2025-01-05) has 5
        // days in 2025; 2025-12-29 (Mon) starts 2026-W01 with 3 days in 2025.
        let weeks = periods_in(Cadence::Week, d("2025-01-01"), d("2025-12-31"));
        assert_eq!(weeks.len(), 52);
        assert_eq!(
            weeks[0],
            Period::Week {
                year: 2025,
                week: 1
            }
        );
        assert_eq!(
            weeks[51],
            Period::Week {
                year: 2025,
                week: 52
            }
        );

        // 2027-01-01 is a Friday: 2026-W53 has only 3 days in 2027.
        let weeks = periods_in(Cadence::Week, d("2027-01-01"), d("2027-12-31"));
        assert_eq!(
            weeks[0],
            Period::Week {
                year: 2027,
                week: 1
            }
        );
        assert_eq!(weeks.len(), 52);

        let months = periods_in(Cadence::Month, d("2026-03-15"), d("2026-05-01"));
        assert_eq!(
            months,
            vec![
                Period::Month {
                    year: 2026,
                    month: 3
                },
                Period::Month {
                    year: 2026,
                    month: 4
                },
                Period::Month {
                    year: 2026,
                    month: 5
                },
            ]
        );
        let quarters = periods_in(Cadence::Quarter, d("2026-01-01"), d("2026-12-31"));
        assert_eq!(quarters.len(), 4);
        let years = periods_in(Cadence::Year, d("2026-07-01"), d("2027-06-30"));
        assert_eq!(years, vec![Period::Year(2026), Period::Year(2027)]);
        assert!(periods_in(Cadence::Month, d("2026-02-01"), d("2026-01-01")).is_empty());
    }

    #[test]
    fn time_progress_counts_both_ends() {
        let check = |start: &str, end: &str, as_of: &str, num: u128, den: u128| {
            assert_eq!(
                time_progress(d(start), d(end), d(as_of)),
                Frac::new(num, den),
                "{as_of}"
            );
        };
        check("2026-01-01", "2026-12-31", "2026-07-01", 182, 365);
        check("2026-01-01", "2026-12-31", "2026-01-01", 1, 365);
        check("2026-01-01", "2026-12-31", "2025-12-31", 0, 1);
        check("2026-01-01", "2026-12-31", "2027-01-05", 1, 1);
        check("2028-01-01", "2028-12-31", "2028-02-29", 60, 366);
        check("2026-02-01", "2026-01-01", "2026-01-15", 0, 1);
    }

    #[test]
    fn pace_by_month_and_quarter_counts_ended_periods() {
        let check = |pace: Pace, start: &str, end: &str, as_of: &str, num: u128, den: u128| {
            assert_eq!(
                pace_progress(pace, d(start), d(end), d(as_of)),
                Frac::new(num, den),
                "{pace:?} {as_of}"
            );
        };
        let (y0, y1) = ("2026-01-01", "2026-12-31");
        // By month: June ends on 06-30, so 6 of 12 from then until July ends.
        check(Pace::Month, y0, y1, "2026-06-29", 5, 12);
        check(Pace::Month, y0, y1, "2026-06-30", 6, 12);
        check(Pace::Month, y0, y1, "2026-07-15", 6, 12);
        check(Pace::Month, y0, y1, "2026-07-30", 6, 12);
        check(Pace::Month, y0, y1, "2026-07-31", 7, 12);
        // 1—11月: 11 of 12 = 91.7%.
        check(Pace::Month, y0, y1, "2026-11-30", 11, 12);
        check(Pace::Month, y0, y1, "2026-01-15", 0, 1);
        check(Pace::Month, y0, y1, "2025-12-31", 0, 1);
        check(Pace::Month, y0, y1, "2026-12-31", 1, 1);
        check(Pace::Month, y0, y1, "2027-03-01", 1, 1);
        // A period ending mid-month: its last month ends with it.
        check(Pace::Month, y0, "2026-03-15", "2026-02-28", 2, 3);
        check(Pace::Month, y0, "2026-03-15", "2026-03-14", 2, 3);
        check(Pace::Month, y0, "2026-03-15", "2026-03-15", 1, 1);
        // A plan across a year end: Jul 2026 .. Jun 2027.
        check(Pace::Month, "2026-07-01", "2027-06-30", "2027-01-31", 7, 12);
        // By quarter: Q2 ends on 06-30.
        check(Pace::Quarter, y0, y1, "2026-06-29", 1, 4);
        check(Pace::Quarter, y0, y1, "2026-06-30", 2, 4);
        check(Pace::Quarter, y0, y1, "2026-09-29", 2, 4);
        check(Pace::Quarter, y0, y1, "2026-09-30", 3, 4);
        check(Pace::Quarter, y0, y1, "2026-03-30", 0, 1);
        // By day is the day count.
        check(Pace::Day, y0, y1, "2026-07-01", 182, 365);
        check(Pace::Month, "2026-02-01", "2026-01-01", "2026-01-15", 0, 1);
    }
}
