//! Calendar periods: ISO weeks, months, quarters, years, and 序时进度.

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
