//! The office's part of the model: its rules of judging progress
//! (督办规则), the evidence behind records (佐证材料), the units' reports it
//! receives (进度报送) and the 督办通知单 it issues. Domain types only, as in
//! the rest of [`crate::plan`].

use chrono::NaiveDate;

use super::{NoticeId, ReportId, Stamp, TargetId};

/// How 序时进度 (the share of the period that has passed) is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Pace {
    /// Days passed ÷ days in the period.
    #[default]
    Day,
    /// Months ended ÷ months in the period: 50% from 6-30 to 7-30.
    Month,
    /// Quarters ended ÷ quarters in the period.
    Quarter,
}

/// When units report their progress to the office (报送周期).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Reporting {
    /// No fixed cycle.
    #[default]
    None,
    /// Every month, by day `by_day` of the next month (每月5日前).
    Monthly {
        /// Day of the month the report is due (1–28).
        by_day: u32,
    },
    /// Every quarter, by day `by_day` of the quarter's next month.
    Quarterly {
        /// Day of the month the report is due (1–28).
        by_day: u32,
    },
}

/// The office's rules of judging progress (督办规则), kept in the plan.
/// Thresholds are whole percentage points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rules {
    /// How 序时进度 is counted.
    pub pace: Pace,
    /// A cumulative target this many points behind 序时进度 or more (the
    /// number included, 以上) is 滞后 (yellow); 0 means any shortfall.
    pub behind_from: u32,
    /// More than this many points behind (the number excluded, 超过) is
    /// 严重滞后 (red); `None`: red only when overdue. Never below `behind_from`.
    pub far_behind_from: Option<u32>,
    /// A measured indicator within this many points of its line is 接近.
    pub near_points: u32,
    /// A dated item due within this many days is 临期.
    pub due_soon_days: u32,
    /// When units report to the office.
    pub reporting: Reporting,
    /// Days after a report is due before a missing one is 逾期未报.
    pub grace_days: u32,
}

impl Rules {
    /// The rules every file before version 3 was judged by: 序时进度 by
    /// day, any shortfall 滞后, more than 10 points 严重滞后, 5 points near,
    /// 7 days due soon, no reporting cycle.
    pub const fn by_day() -> Rules {
        Rules {
            pace: Pace::Day,
            behind_from: 0,
            far_behind_from: Some(10),
            near_points: 5,
            due_soon_days: 7,
            reporting: Reporting::None,
            grace_days: 5,
        }
    }
}

impl Default for Rules {
    fn default() -> Self {
        Rules::by_day()
    }
}

/// One piece of evidence (佐证材料): a file kept with the document, or a
/// reference to evidence kept elsewhere (a 文号, a network-share path).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Evidence {
    /// The file's name, or the reference as written.
    pub name: String,
    /// The file, when it is kept with the document (in the browser's file
    /// store and in packages); `None` for a reference only.
    pub file: Option<FileRef>,
    /// When it was attached.
    pub added_at: Stamp,
}

/// A file named by its content: the document keeps only this, the bytes
/// are stored once per hash however many records name them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileRef {
    /// SHA-256 of the bytes, 64 lowercase hex digits.
    pub sha256: String,
    /// Media type as the browser reported it, e.g. "application/pdf".
    pub mime: String,
    /// Size in bytes.
    pub size: u64,
}

/// A unit's report received by the office (进度报送): the record that a file
/// from `unit` was imported, so that the office can see who has reported.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitReport {
    /// Stable id.
    pub id: ReportId,
    /// The unit that sent it.
    pub unit: String,
    /// The day the unit made the file (its export date), or the day it was
    /// imported when the file does not say.
    pub sent: NaiveDate,
    /// The last day the file covers, if it says.
    pub covers_to: Option<NaiveDate>,
    /// The file's name as received.
    pub file_name: String,
    /// When it was imported here; also its change stamp.
    pub updated_at: Stamp,
}

/// A 督办通知单: a notice asking a lead unit to catch up on targets.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// Stable id.
    pub id: NoticeId,
    /// The year of its number: 督办〔year〕number号.
    pub year: i32,
    /// Its number within the year, counted per document.
    pub number: u32,
    /// The unit it is addressed to.
    pub unit: String,
    /// The targets it is about.
    pub targets: Vec<TargetId>,
    /// What is asked, as sent.
    pub request: String,
    /// The day it was issued.
    pub issued: NaiveDate,
    /// The day a reply is due.
    pub reply_due: NaiveDate,
    /// The day the unit replied, once it has.
    pub replied: Option<NaiveDate>,
    /// The reply, as noted by the office.
    pub reply: String,
    /// Last change.
    pub updated_at: Stamp,
}
