//! Messages of the status history: a target's row of month cells and the
//! plan-wide grid.
//!
//! Templates hold numbered holes `{0}`, `{1}`… filled by
//! [`super::text::fill`].

/// Strings of the status history.
#[derive(Debug)]
pub struct HistoryMsgs {
    /// Heading of a target's month cells.
    pub cells_heading: &'static str,
    /// Under the cells: what they show; `{0}` the as-of date.
    pub cells_note: &'static str,
    /// Link from the target page and the dashboard to the grid.
    pub grid_link: &'static str,
    /// Heading of the grid page (also its name in the page title).
    pub grid_heading: &'static str,
    /// Under the grid heading: what it shows; `{0}` the as-of date.
    pub grid_note: &'static str,
    /// Column: target.
    pub col_target: &'static str,
    /// A month's short name: `{0}` its number 1–12 in Chinese, its
    /// abbreviated name in English.
    pub month: &'static str,
    /// The as-of month before it ends: `{0}` the month's short name, `{1}`
    /// the day of the month.
    pub month_partial: &'static str,
    /// A cell's full label for screen readers and the tooltip: `{0}` the
    /// month, `{1}` the status, `{2}` the colour.
    pub cell_label: &'static str,
    /// Before the plan starts there is nothing to show.
    pub empty: &'static str,
    /// Caption of the colour key.
    pub legend: &'static str,
    /// Colour words in [`crate::engine::Colour::ALL`] order.
    pub colours: [&'static str; 5],
    /// Back to the targets list.
    pub back: &'static str,
}

/// 中文.
pub const ZH: HistoryMsgs = HistoryMsgs {
    cells_heading: "逐月状态",
    cells_note: "每月末的状态，当月为截至{0}。",
    grid_link: "各指标逐月状态",
    grid_heading: "指标逐月状态",
    grid_note: "各项指标在每月末的状态（红黄绿三色督办），当月为截至{0}。由台账现有记录按各月末日期重新计算。",
    col_target: "指标",
    month: "{0}月",
    month_partial: "{0}（至{1}日）",
    cell_label: "{0}：{1}（{2}）",
    empty: "计划期尚未开始，暂无逐月状态。",
    legend: "颜色说明",
    colours: ["绿：正常或完成", "黄：滞后或接近达标", "红：严重滞后、逾期或未达标", "蓝：临近到期", "灰：未开始或暂无数据"],
    back: "← 全部指标",
};

/// English.
pub const EN: HistoryMsgs = HistoryMsgs {
    cells_heading: "Status by month",
    cells_note: "Status at the end of each month; this month as of {0}.",
    grid_link: "Status history of all targets",
    grid_heading: "Status history",
    grid_note: "Each target's status at the end of every month (red, yellow, green), this month as of {0}. Recomputed from the ledger as it stands, at each month's end.",
    col_target: "Target",
    month: "{0}",
    month_partial: "{0} (to {1})",
    cell_label: "{0}: {1} ({2})",
    empty: "The plan has not started; no monthly status yet.",
    legend: "Colour key",
    colours: ["Green: on track or done", "Yellow: behind or near the line", "Red: far behind, overdue or missed", "Blue: due soon", "Grey: not started or no data"],
    back: "← All targets",
};

/// The tables of `lang`.
pub fn msgs(lang: super::Lang) -> &'static HistoryMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
