//! Messages of the report area and of the charts.

/// Strings of the report area and the charts.
#[derive(Debug)]
pub struct ReportMsgs {
    /// The language of this table, for dates and month names in charts.
    pub lang: super::Lang,
    /// The area's name.
    pub title: &'static str,
    /// Label of the as-of date input.
    pub as_of: &'static str,
    /// Label of the scope select.
    pub scope: &'static str,
    /// Scope: the whole plan.
    pub scope_plan: &'static str,
    /// Scope: one section (prefix before the section's title).
    pub scope_section: &'static str,
    /// Scope: one lead unit (prefix before the unit's name).
    pub scope_unit: &'static str,
    /// Label of the variant select.
    pub variant: &'static str,
    /// Variant: from the start of the plan to the as-of date.
    pub variant_to_date: &'static str,
    /// Variant: the month of the as-of date.
    pub variant_month: &'static str,
    /// Variant: the quarter of the as-of date.
    pub variant_quarter: &'static str,
    /// Tab: the rendered report.
    pub preview: &'static str,
    /// Tab: edit the Markdown.
    pub edit: &'static str,
    /// Button: discard edits and write the draft afresh from the data.
    pub regenerate: &'static str,
    /// Shown while the draft holds the user's own edits.
    pub edited_note: &'static str,
    /// Button: print.
    pub print: &'static str,
    /// Button: download Markdown.
    pub download_md: &'static str,
    /// Button: download HTML.
    pub download_html: &'static str,
    /// Button: download Word.
    pub download_docx: &'static str,
    /// Hint under the toolbar.
    pub hint: &'static str,
    /// Button: download a chart as SVG.
    pub download_svg: &'static str,
    /// Button: download a chart as PNG.
    pub download_png: &'static str,
    /// Chart title: cumulative actual against the plan line.
    pub chart_cumulative: &'static str,
    /// Chart title: what was done each month.
    pub chart_monthly: &'static str,
    /// Chart title: the periods of a cadence target.
    pub chart_cadence: &'static str,
    /// Chart title: readings over time.
    pub chart_readings: &'static str,
    /// Chart title: every target's completion against 序时进度.
    pub chart_dashboard: &'static str,
    /// Chart title: plan completion over time.
    pub chart_trend: &'static str,
    /// Legend: the cumulative actual.
    pub legend_actual: &'static str,
    /// Legend: the straight plan line of 序时进度.
    pub legend_plan_line: &'static str,
    /// Legend: completion.
    pub legend_completion: &'static str,
    /// Legend: 序时进度.
    pub legend_time_progress: &'static str,
    /// Marker: the as-of date.
    pub legend_today: &'static str,
    /// Line: the goal.
    pub legend_goal: &'static str,
    /// Line: a range's maximum.
    pub legend_max: &'static str,
    /// Line: an improvement's baseline.
    pub legend_baseline: &'static str,
    /// Legend: a readings series.
    pub legend_readings: &'static str,
    /// Cadence cell: met.
    pub cell_met: &'static str,
    /// Cadence cell: missed.
    pub cell_missed: &'static str,
    /// Cadence cell: running.
    pub cell_current: &'static str,
    /// Cadence cell: not begun.
    pub cell_future: &'static str,
    /// Shown when a target has no chart of this kind.
    pub no_chart: &'static str,
    /// Heading of the charts under the report.
    pub charts: &'static str,
    /// Accessible name of the text area that edits the report draft.
    pub editor_label: &'static str,
}

/// 中文.
pub const ZH: ReportMsgs = ReportMsgs {
    lang: super::Lang::Zh,
    title: "报告",
    as_of: "截至日期",
    scope: "范围",
    scope_plan: "全部计划",
    scope_section: "部分：",
    scope_unit: "牵头处室：",
    variant: "类型",
    variant_to_date: "年初至今",
    variant_month: "月度",
    variant_quarter: "季度",
    preview: "预览",
    edit: "编辑",
    regenerate: "按数据重新生成",
    edited_note: "草稿已手动修改；数据变化后可点击“按数据重新生成”。",
    print: "打印",
    download_md: "下载 Markdown",
    download_html: "下载 HTML",
    download_docx: "下载 Word",
    hint: "报告初稿由台账数据自动生成，所有数字均来自进度计算；可在“编辑”中补充文字后导出。",
    download_svg: "下载 SVG",
    download_png: "下载 PNG",
    chart_cumulative: "累计完成与序时进度",
    chart_monthly: "各月完成情况",
    chart_cadence: "各周期完成情况",
    chart_readings: "监测数据走势",
    chart_dashboard: "各项指标完成率与序时进度",
    chart_trend: "计划总体完成率走势",
    legend_actual: "实际累计",
    legend_plan_line: "序时进度计划线",
    legend_completion: "完成率",
    legend_time_progress: "序时进度",
    legend_today: "截至",
    legend_goal: "目标",
    legend_max: "上限",
    legend_baseline: "基线",
    legend_readings: "监测值",
    cell_met: "已达到",
    cell_missed: "未达到",
    cell_current: "进行中",
    cell_future: "未到期",
    no_chart: "该指标暂无此类图表。",
    charts: "附图（可下载后插入报告或汇报材料）",
    editor_label: "报告草稿（Markdown 格式）",
};

/// English.
pub const EN: ReportMsgs = ReportMsgs {
    lang: super::Lang::En,
    title: "Report",
    as_of: "As of",
    scope: "Scope",
    scope_plan: "Whole plan",
    scope_section: "Section: ",
    scope_unit: "Lead unit: ",
    variant: "Variant",
    variant_to_date: "Year to date",
    variant_month: "Month",
    variant_quarter: "Quarter",
    preview: "Preview",
    edit: "Edit",
    regenerate: "Regenerate from data",
    edited_note: "The draft holds your edits; press “Regenerate from data” after the data changes.",
    print: "Print",
    download_md: "Download Markdown",
    download_html: "Download HTML",
    download_docx: "Download Word",
    hint: "The draft is written from the ledger; every figure comes from the progress engine. Add your own sentences under Edit before exporting.",
    download_svg: "Download SVG",
    download_png: "Download PNG",
    chart_cumulative: "Cumulative actual vs time progress",
    chart_monthly: "Done per month",
    chart_cadence: "Periods",
    chart_readings: "Readings over time",
    chart_dashboard: "Completion vs time progress, every target",
    chart_trend: "Plan completion over time",
    legend_actual: "Actual (cumulative)",
    legend_plan_line: "Time-progress plan line",
    legend_completion: "Completion",
    legend_time_progress: "Time progress",
    legend_today: "As of",
    legend_goal: "Goal",
    legend_max: "Max",
    legend_baseline: "Baseline",
    legend_readings: "Readings",
    cell_met: "Met",
    cell_missed: "Missed",
    cell_current: "Running",
    cell_future: "Not yet due",
    no_chart: "No chart of this kind for this target.",
    charts: "Charts (download them for the report or slides)",
    editor_label: "Report draft (Markdown)",
};

/// The table of `lang`. Reached only from the code that shows these
/// strings, so that the table lands in that code's part of the browser module.
pub fn msgs(lang: super::Lang) -> &'static ReportMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
