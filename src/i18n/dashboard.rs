//! Messages of the dashboard area.

/// Strings of the dashboard area.
#[derive(Debug)]
pub struct DashboardMsgs {
    /// The area's name.
    pub title: &'static str,
    /// The view's heading.
    pub heading: &'static str,
    /// Label of the plan's completion.
    pub plan_completion: &'static str,
    /// Label of 序时进度.
    pub time_progress: &'static str,
    /// Figures as of `{0}`.
    pub as_of: &'static str,
    /// The plan period `{0}` to `{1}`.
    pub plan_period: &'static str,
    /// Label of the quick as-of dates.
    pub quick_label: &'static str,
    /// Quick date: today.
    pub quick_today: &'static str,
    /// Quick date: end of last month.
    pub quick_month: &'static str,
    /// Quick date: end of last quarter.
    pub quick_quarter: &'static str,
    /// Quick date: end of last year.
    pub quick_year: &'static str,
    /// Accessible name of the status tally.
    pub counts_label: &'static str,
    /// A status `{0}` with `{1}` targets.
    pub count_item: &'static str,
    /// Heading of the needs-attention list.
    pub attention_title: &'static str,
    /// When nothing needs attention.
    pub attention_none: &'static str,
    /// Accessible name of the filter bar.
    pub filters_label: &'static str,
    /// Label of the section filter.
    pub filter_section: &'static str,
    /// Label of the lead unit filter.
    pub filter_unit: &'static str,
    /// Label of the status filter.
    pub filter_status: &'static str,
    /// The filter choice that keeps everything.
    pub all: &'static str,
    /// Button that clears the filters.
    pub clear_filters: &'static str,
    /// When the filters keep no target.
    pub no_match: &'static str,
    /// When the plan has no targets.
    pub no_targets: &'static str,
    /// Link to the plan editor.
    pub edit_plan: &'static str,
    /// Accessible text of a progress bar: completion `{0}`, time progress `{1}`.
    pub bar_label: &'static str,
    /// Accessible text of a bar without time marker: completion `{0}`.
    pub bar_label_plain: &'static str,
    /// Lead unit `{0}`.
    pub lead: &'static str,
    /// How many targets a section shows: `{0}`.
    pub target_count: &'static str,
    /// Heading when the ledger is empty.
    pub empty_title: &'static str,
    /// Explains the empty ledger.
    pub empty_body: &'static str,
    /// Loads the example ledger.
    pub empty_example: &'static str,
    /// Goes to the ledger to record work.
    pub empty_record: &'static str,
    /// Starts a blank plan.
    pub empty_blank: &'static str,
    /// Prints the dashboard.
    pub print: &'static str,
    /// Explains the bar's marker.
    pub legend: &'static str,
    /// Overdue, due date `{0}`.
    pub att_overdue: &'static str,
    /// The period ended short.
    pub att_not_done: &'static str,
    /// Trails time progress by `{0}` points.
    pub att_far_behind: &'static str,
    /// Below the line.
    pub att_missed: &'static str,
    /// Missed periods `{0}`.
    pub att_missed_periods: &'static str,
    /// Due soon, on `{0}`.
    pub att_due_soon: &'static str,
    /// No reading for `{0}` days.
    pub att_stale: &'static str,
    /// No reading at all.
    pub att_never: &'static str,
}

/// 中文.
pub const ZH: DashboardMsgs = DashboardMsgs {
    title: "总览",
    heading: "工作总览",
    plan_completion: "计划完成率",
    time_progress: "序时进度",
    as_of: "数据截至 {0}",
    plan_period: "计划期 {0} 至 {1}",
    quick_label: "查看日期",
    quick_today: "今天",
    quick_month: "上月末",
    quick_quarter: "上季度末",
    quick_year: "上年末",
    counts_label: "各状态指标数量",
    count_item: "{0} {1} 项",
    attention_title: "需要关注",
    attention_none: "目前没有需要关注的指标。",
    filters_label: "筛选指标",
    filter_section: "部分",
    filter_unit: "牵头处室",
    filter_status: "状态",
    all: "全部",
    clear_filters: "清除筛选",
    no_match: "没有符合筛选条件的指标。",
    no_targets: "计划中还没有指标。",
    edit_plan: "编辑计划",
    bar_label: "完成率 {0}，序时进度 {1}",
    bar_label_plain: "完成率 {0}",
    lead: "牵头：{0}",
    target_count: "{0} 项",
    empty_title: "台账还是空的",
    empty_body: "指标已按计划列出。登记完成的工作后，完成率和状态会自动计算。也可以先载入一份示例台账看看效果（可撤销）。",
    empty_example: "载入示例台账",
    empty_record: "登记第一条工作",
    empty_blank: "从空白计划开始",
    print: "打印",
    legend: "竖线为序时进度",
    att_overdue: "已逾期（截止 {0}）",
    att_not_done: "计划期已结束，未完成",
    att_far_behind: "落后序时进度 {0} 个百分点",
    att_missed: "未达到目标线",
    att_missed_periods: "未达标周期：{0}",
    att_due_soon: "临近到期（{0}）",
    att_stale: "已 {0} 天没有读数",
    att_never: "尚无读数",
};

/// English.
pub const EN: DashboardMsgs = DashboardMsgs {
    title: "Overview",
    heading: "Overview",
    plan_completion: "Plan completion",
    time_progress: "Time progress",
    as_of: "Figures as of {0}",
    plan_period: "Plan period {0} to {1}",
    quick_label: "Show figures as of",
    quick_today: "Today",
    quick_month: "End of last month",
    quick_quarter: "End of last quarter",
    quick_year: "End of last year",
    counts_label: "Targets by status",
    count_item: "{0}: {1}",
    attention_title: "Needs attention",
    attention_none: "Nothing needs attention right now.",
    filters_label: "Filter targets",
    filter_section: "Section",
    filter_unit: "Lead unit",
    filter_status: "Status",
    all: "All",
    clear_filters: "Clear filters",
    no_match: "No target matches the filters.",
    no_targets: "The plan has no targets yet.",
    edit_plan: "Edit the plan",
    bar_label: "{0} complete, time progress {1}",
    bar_label_plain: "{0} complete",
    lead: "Lead: {0}",
    target_count: "{0} targets",
    empty_title: "The ledger is empty",
    empty_body: "The plan's targets are listed below. Record what was done and completion and status follow. Or load an example ledger first to see how it works (undoable).",
    empty_example: "Load the example ledger",
    empty_record: "Record the first activity",
    empty_blank: "Start a blank plan",
    print: "Print",
    legend: "The line marks time progress",
    att_overdue: "overdue (due {0})",
    att_not_done: "the plan period ended short of the target",
    att_far_behind: "{0} points behind time progress",
    att_missed: "below the target line",
    att_missed_periods: "missed periods: {0}",
    att_due_soon: "due soon ({0})",
    att_stale: "no reading for {0} days",
    att_never: "no reading yet",
};
