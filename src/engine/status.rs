//! Names, colours and tallies of statuses, for badges, dashboards and the
//! `report` command.

use super::{Colour, Status, TargetProgress};

impl Status {
    /// Every status, in the order dashboards list them.
    pub const ALL: [Status; 14] = [
        Status::Done,
        Status::OnTrack,
        Status::Behind,
        Status::FarBehind,
        Status::NotStarted,
        Status::NotDone,
        Status::Met,
        Status::Near,
        Status::Missed,
        Status::NoData,
        Status::DueSoon,
        Status::Overdue,
        Status::Pending,
        Status::Annual,
    ];

    /// The stable name used in files, CSS classes and the `report` output.
    pub fn as_str(&self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::OnTrack => "on_track",
            Status::Behind => "behind",
            Status::FarBehind => "far_behind",
            Status::NotStarted => "not_started",
            Status::NotDone => "not_done",
            Status::Met => "met",
            Status::Near => "near",
            Status::Missed => "missed",
            Status::NoData => "no_data",
            Status::DueSoon => "due_soon",
            Status::Overdue => "overdue",
            Status::Pending => "pending",
            Status::Annual => "annual",
        }
    }

    /// The status named by [`Status::as_str`].
    pub fn from_name(name: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.as_str() == name)
    }

    /// The colour of 三色督办: green on pace, yellow behind, red far behind
    /// or overdue, blue for a deadline drawing near, grey for nothing yet
    /// (and for a 年度指标 before its year ends: 按年考核).
    pub fn colour(&self) -> Colour {
        match self {
            Status::Done | Status::OnTrack | Status::Met => Colour::Green,
            Status::Behind | Status::Near => Colour::Yellow,
            Status::FarBehind | Status::NotDone | Status::Missed | Status::Overdue => Colour::Red,
            Status::DueSoon => Colour::Blue,
            Status::NotStarted | Status::NoData | Status::Pending | Status::Annual => Colour::Grey,
        }
    }

    /// The word used in Chinese reports.
    pub fn label_zh(&self) -> &'static str {
        match self {
            Status::Done => "完成",
            Status::OnTrack => "正常",
            Status::Behind => "滞后",
            Status::FarBehind => "严重滞后",
            Status::NotStarted => "未开始",
            Status::NotDone => "未完成",
            Status::Met => "达标",
            Status::Near => "接近达标",
            Status::Missed => "未达标",
            Status::NoData => "暂无数据",
            Status::DueSoon => "临近到期",
            Status::Overdue => "逾期",
            Status::Pending => "待完成",
            Status::Annual => "按年考核",
        }
    }

    /// The English label.
    pub fn label_en(&self) -> &'static str {
        match self {
            Status::Done => "Done",
            Status::OnTrack => "On track",
            Status::Behind => "Behind",
            Status::FarBehind => "Far behind",
            Status::NotStarted => "Not started",
            Status::NotDone => "Not done",
            Status::Met => "Met",
            Status::Near => "Near",
            Status::Missed => "Missed",
            Status::NoData => "No data",
            Status::DueSoon => "Due soon",
            Status::Overdue => "Overdue",
            Status::Pending => "Pending",
            Status::Annual => "Judged yearly",
        }
    }

    /// Position in [`Status::ALL`].
    fn index(self) -> usize {
        Status::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }
}

impl Colour {
    /// Every colour, from good to bad, then blue and grey.
    pub const ALL: [Colour; 5] = [
        Colour::Green,
        Colour::Yellow,
        Colour::Red,
        Colour::Blue,
        Colour::Grey,
    ];

    /// The stable name: green, yellow, red, blue, grey (CSS classes, JSON).
    pub fn as_str(&self) -> &'static str {
        match self {
            Colour::Green => "green",
            Colour::Yellow => "yellow",
            Colour::Red => "red",
            Colour::Blue => "blue",
            Colour::Grey => "grey",
        }
    }

    /// The Chinese name, as 三色督办 says it: 绿, 黄, 红, 蓝, 灰.
    pub fn label_zh(&self) -> &'static str {
        match self {
            Colour::Green => "绿",
            Colour::Yellow => "黄",
            Colour::Red => "红",
            Colour::Blue => "蓝",
            Colour::Grey => "灰",
        }
    }

    /// The English name.
    pub fn label_en(&self) -> &'static str {
        match self {
            Colour::Green => "Green",
            Colour::Yellow => "Yellow",
            Colour::Red => "Red",
            Colour::Blue => "Blue",
            Colour::Grey => "Grey",
        }
    }
}

/// How many targets stand at each status: the summary line of a dashboard
/// or report ("完成 5 项, 正常 8 项, 滞后 2 项 …").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StatusCounts {
    counts: [usize; 14],
}

impl StatusCounts {
    /// Tallies the statuses of these targets.
    pub fn of(targets: &[TargetProgress]) -> StatusCounts {
        let mut c = StatusCounts::default();
        for t in targets {
            c.counts[t.status.index()] += 1;
        }
        c
    }

    /// How many targets have this status.
    pub fn get(&self, status: Status) -> usize {
        self.counts[status.index()]
    }

    /// How many targets show this colour.
    pub fn colour(&self, colour: Colour) -> usize {
        Status::ALL
            .iter()
            .filter(|s| s.colour() == colour)
            .map(|s| self.get(*s))
            .sum()
    }

    /// How many targets in all.
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }

    /// The statuses that occur, with their counts, in [`Status::ALL`] order.
    pub fn nonzero(&self) -> Vec<(Status, usize)> {
        Status::ALL
            .iter()
            .map(|s| (*s, self.get(*s)))
            .filter(|(_, n)| *n > 0)
            .collect()
    }
}
