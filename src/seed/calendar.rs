//! Calendar arithmetic of the seed: dates of a year, workdays, ISO weeks
//! and stamps. Every date asked for exists in every year the seed accepts,
//! so nothing here can fail.

use chrono::{Datelike, Days, FixedOffset, NaiveDate, NaiveTime};

use super::{MAX_YEAR, MIN_YEAR};
use crate::plan::Stamp;

/// Brings a year into the range where every calendar date of the plan exists.
pub(super) fn clamp_year(year: i32) -> i32 {
    year.clamp(MIN_YEAR, MAX_YEAR)
}

/// A calendar date of a clamped year. Every (month, day) the seed asks for
/// exists in every year, so the fallback is never taken.
pub(super) fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(clamp_year(year), month, day).unwrap_or_default()
}

/// A stamp at `hour`:00 China Standard Time on `date`: the seed never reads the
/// clock, so every stamp derives from a date.
pub(super) fn stamp(date: NaiveDate, hour: u32) -> Stamp {
    // Hours below 24 and UTC+8 are always valid; the fallbacks are never taken.
    let local = date.and_time(NaiveTime::from_hms_opt(hour.min(23), 0, 0).unwrap_or_default());
    match FixedOffset::east_opt(8 * 3600).and_then(|cst| local.and_local_timezone(cst).single()) {
        Some(stamp) => stamp,
        None => local.and_utc().fixed_offset(),
    }
}

/// Days in the calendar year.
pub(super) fn days_in_year(year: i32) -> i64 {
    (ymd(year, 12, 31) - ymd(year, 1, 1)).num_days() + 1
}

/// `date` moved by `days` (either way); unchanged at the calendar's ends.
pub(super) fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    let moved = if days >= 0 {
        date.checked_add_days(Days::new(days.unsigned_abs()))
    } else {
        date.checked_sub_days(Days::new(days.unsigned_abs()))
    };
    moved.unwrap_or(date)
}

/// Days off beside weekends that fall on the same date every year: New
/// Year's Day and the May Day and National Day holidays.
pub(super) fn is_holiday(date: NaiveDate) -> bool {
    matches!(
        (date.month(), date.day()),
        (1, 1) | (5, 1..=5) | (10, 1..=7)
    )
}

/// Whether offices are open on `date`.
pub(super) fn is_workday(date: NaiveDate) -> bool {
    date.weekday().num_days_from_monday() < 5 && !is_holiday(date)
}

/// The nearest workday in the same month: offices record work on workdays,
/// and a monthly record must stay in its month.
pub(super) fn workday(date: NaiveDate) -> NaiveDate {
    (0..=10i64)
        .flat_map(|d| [d, -d])
        .map(|d| shift(date, d))
        .find(|d| d.month() == date.month() && is_workday(*d))
        .unwrap_or(date)
}

/// Last day of a month.
pub(super) fn last_day(year: i32, month: u32) -> u32 {
    if month >= 12 {
        31
    } else {
        shift(ymd(year, month + 1, 1), -1).day()
    }
}

/// Dates of `n` items done at `pace` percent of the plan's rate: the k-th
/// falls at (k + ½) ÷ (n × pace) of the year. Items that fall after the
/// year are not done.
pub(super) fn paced(year: i32, n: u32, pace: u32) -> Vec<NaiveDate> {
    let days = days_in_year(year);
    let start = ymd(year, 1, 1);
    (0..i64::from(n))
        .map(|k| (2 * k + 1) * days * 100 / (2 * i64::from(n) * i64::from(pace)))
        .filter(|&day| day < days)
        .map(|day| workday(shift(start, day)))
        .collect()
}

/// Each ISO week that belongs to the plan (at least 4 of its days in the
/// year), with its week number and its earliest and latest workdays in the
/// year.
pub(super) fn weeks(year: i32) -> Vec<(u32, NaiveDate, NaiveDate)> {
    let (first, last) = (ymd(year, 1, 1), ymd(year, 12, 31));
    let monday = shift(first, -i64::from(first.weekday().num_days_from_monday()));
    let mut weeks = Vec::new();
    for w in 0..54 {
        let start = shift(monday, 7 * w);
        let in_year: Vec<NaiveDate> = (0..7)
            .map(|d| shift(start, d))
            .filter(|d| *d >= first && *d <= last)
            .collect();
        if in_year.len() < 4 {
            continue;
        }
        // A week taken up by a holiday still holds its meeting on a day
        // off rather than lose the week.
        let workdays: Vec<NaiveDate> = in_year
            .iter()
            .copied()
            .filter(|d| d.weekday().num_days_from_monday() < 5)
            .collect();
        let usable: Vec<NaiveDate> = workdays
            .iter()
            .copied()
            .filter(|d| !is_holiday(*d))
            .collect();
        let pool = if usable.is_empty() {
            &workdays
        } else {
            &usable
        };
        if let (Some(&early), Some(&late)) = (pool.first(), pool.last()) {
            weeks.push((start.iso_week().week(), early, late));
        }
    }
    weeks
}
