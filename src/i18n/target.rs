//! Messages of the target area: the target pages and the wording of figures.
//!
//! Templates hold numbered holes `{0}`, `{1}`… filled by
//! [`crate::present::fill`], so that word order can differ between languages.

/// Strings of the target area.
#[derive(Debug)]
pub struct TargetMsgs {
    /// The area's name.
    pub title: &'static str,
    /// Count: `{0}` done of `{1}`, completion `{2}`, time progress `{3}`, status `{4}`.
    pub fig_count: &'static str,
    /// Range: done `{0}` of `{1}`–`{2}`, completion `{3}`, time progress `{4}`, status `{5}`.
    pub fig_range: &'static str,
    /// Appended when a range target is above its maximum.
    pub fig_over_plan: &'static str,
    /// Per person: `{0}` people met of `{1}`, each `{2}`, completion `{3}`, time `{4}`, status `{5}`.
    pub fig_per_person: &'static str,
    /// Cadence: `{0}` periods met of `{1}`, cadence `{2}`, at least `{3}`,
    /// completion `{4}`, missed periods `{5}` (or nothing), status `{6}`.
    pub fig_cadence: &'static str,
    /// Appended to a cadence sentence: the missed periods `{0}`.
    pub fig_missed_periods: &'static str,
    /// Threshold: latest `{0}` on `{1}`, line `{2}`, status `{3}`.
    pub fig_threshold: &'static str,
    /// Any measured kind without a reading: line `{0}`, status `{1}`.
    pub fig_no_reading: &'static str,
    /// Ratio: numerator label `{0}` sum `{1}`, denominator label `{2}` sum `{3}`, ratio `{4}`, line `{5}`, status `{6}`.
    pub fig_ratio: &'static str,
    /// Improvement: baseline `{0}`, latest `{1}` on `{2}`, achieved `{3}`, goal `{4}`, status `{5}`.
    pub fig_improvement: &'static str,
    /// The goal of an improvement target: improve by `{0}`.
    pub improve_goal: &'static str,
    /// Milestone done on `{0}`, due `{1}`, status `{2}`.
    pub fig_milestone_done: &'static str,
    /// Milestone not done, due `{0}`, status `{1}`.
    pub fig_milestone_open: &'static str,
    /// Separator between the items of a list (people, periods).
    pub list_sep: &'static str,
    /// A long list of missed periods, summarised: {0} how many, {1} the latest few.
    pub missed_many: &'static str,
    /// Cadence names: week, month, quarter, year.
    pub cadences: [&'static str; 4],
    /// Kind names in [`crate::plan::TargetKind`] order.
    pub kinds: [&'static str; 8],
    /// Short figure of a per-person target: `{0}` of `{1}` people met.
    pub short_people: &'static str,
    /// Short figure of a measured target: value `{0}` and its line `{1}`.
    pub short_measured: &'static str,
    /// Short figure of a milestone done on `{0}`.
    pub short_done_on: &'static str,
    /// Short figure of a milestone due on `{0}`.
    pub short_due: &'static str,
    /// Plural names of cadence periods after a count: weeks, months, quarters, years.
    pub period_units: [&'static str; 4],
    /// Heading of the list of all targets.
    pub list_heading: &'static str,
    /// Column: target.
    pub col_target: &'static str,
    /// Column: kind.
    pub col_kind: &'static str,
    /// Column: goal.
    pub col_goal: &'static str,
    /// Column: progress.
    pub col_progress: &'static str,
    /// Column: status.
    pub col_status: &'static str,
    /// Column: lead unit.
    pub col_lead: &'static str,
    /// Link back to the list.
    pub back: &'static str,
    /// When the target does not exist.
    pub not_found: &'static str,
    /// Heading of the definition.
    pub definition: &'static str,
    /// Field: section.
    pub section: &'static str,
    /// Field: kind.
    pub kind: &'static str,
    /// Field: goal.
    pub goal: &'static str,
    /// Field: unit of measure.
    pub unit: &'static str,
    /// Field: lead unit.
    pub lead: &'static str,
    /// Field: responsible person.
    pub owner: &'static str,
    /// Field: weight.
    pub weight: &'static str,
    /// Field: due date.
    pub due: &'static str,
    /// Field: plan period `{0}` to `{1}`.
    pub period: &'static str,
    /// Field: plan period.
    pub period_label: &'static str,
    /// An empty field.
    pub none: &'static str,
    /// Heading of the figures.
    pub figures: &'static str,
    /// Figures as of `{0}`.
    pub as_of: &'static str,
    /// What remains: `{0}`.
    pub remaining: &'static str,
    /// Heading of the rule.
    pub rule_title: &'static str,
    // The rule itself is worded from the document's rules:
    // `rules::target_rule` (words in `i18n::explain`).
    /// Goal of a count target: `{0}`.
    pub goal_count: &'static str,
    /// Goal of a range target: `{0}`–`{1}`.
    pub goal_range: &'static str,
    /// Goal of a per-person target: `{0}` each, `{1}` people.
    pub goal_per_person: &'static str,
    /// Goal of a cadence target: cadence `{0}`, at least `{1}`.
    pub goal_cadence: &'static str,
    /// Goal of a ratio target: numerator `{0}`, denominator `{1}`, line `{2}`.
    pub goal_ratio: &'static str,
    /// Goal of an improvement target: baseline `{0}`, improvement `{1}`, direction `{2}`.
    pub goal_improvement: &'static str,
    /// Goal of a milestone: due `{0}`.
    pub goal_milestone: &'static str,
    /// Heading of the activities counted: `{0}` of them.
    pub activities_title: &'static str,
    /// Heading of the readings: `{0}` of them.
    pub readings_title: &'static str,
    /// When nothing is recorded.
    pub no_records: &'static str,
    /// Column: date.
    pub col_date: &'static str,
    /// Column: activity.
    pub col_title: &'static str,
    /// Column: quantity.
    pub col_qty: &'static str,
    /// Column: people.
    pub col_people: &'static str,
    /// Column: value.
    pub col_value: &'static str,
    /// Column: notes.
    pub col_notes: &'static str,
    /// Column: running total.
    pub col_running: &'static str,
    /// Link to record work in the ledger.
    pub open_ledger: &'static str,
    /// Heading of the per-person table.
    pub people_title: &'static str,
    /// Column: person.
    pub col_person: &'static str,
    /// Column: count.
    pub col_count: &'static str,
    /// A person who met it.
    pub person_met: &'static str,
    /// A person short of it: `{0}` to go.
    pub person_short: &'static str,
    /// Heading of the period grid.
    pub periods_title: &'static str,
    /// Legend: met.
    pub period_met: &'static str,
    /// Legend: missed.
    pub period_missed: &'static str,
    /// Legend: current.
    pub period_current: &'static str,
    /// Legend: future.
    pub period_future: &'static str,
    /// Tooltip of a period `{0}` with count `{1}` and state `{2}`.
    pub period_cell: &'static str,
    /// Heading of the readings form.
    pub add_reading: &'static str,
    /// Field: the measured value.
    pub reading_value: &'static str,
    /// A field's name `{0}` with its unit `{1}`.
    pub with_unit: &'static str,
    /// Field: date of the reading.
    pub reading_date: &'static str,
    /// Field: source of the figure.
    pub reading_notes: &'static str,
    /// Saves a reading.
    pub reading_save: &'static str,
    /// Toast after a reading is saved.
    pub reading_added: &'static str,
    /// Toast after a reading is deleted.
    pub reading_deleted: &'static str,
    /// Error: not a number.
    pub reading_bad: &'static str,
    /// Error: counts not whole numbers.
    pub reading_bad_counts: &'static str,
    /// Deletes a record.
    pub delete: &'static str,
    /// Accessible name: delete the reading of `{0}`.
    pub delete_reading: &'static str,
    /// Heading of the milestone form.
    pub milestone_title: &'static str,
    /// Hint of the milestone form.
    pub milestone_hint: &'static str,
    /// Default title of a completing activity: `{0}`.
    pub milestone_default: &'static str,
    /// Saves the completion.
    pub milestone_save: &'static str,
    /// Toast after completing `{0}`.
    pub milestone_done: &'static str,
    /// Note that records after the as-of date are not counted.
    pub after_as_of: &'static str,
    /// "higher is better", "lower is better".
    pub better: [&'static str; 2],
}

/// 中文.
pub const ZH: TargetMsgs = TargetMsgs {
    title: "指标",
    fig_count: "已完成 {0} / {1}，完成率 {2}，序时进度 {3}，{4}",
    fig_range: "已完成 {0} / {1}–{2}，完成率 {3}，序时进度 {4}，{5}",
    fig_over_plan: "（超出计划上限）",
    fig_per_person: "{0} 人 / {1} 人已达到每人 {2}，完成率 {3}，序时进度 {4}，{5}",
    fig_cadence: "{0} / {1} 个周期达标（{2}至少 {3}），完成率 {4}{5}，{6}",
    fig_missed_periods: "；未达标周期：{0}",
    fig_threshold: "最新读数 {0}（{1}），目标 {2}，{3}",
    fig_no_reading: "暂无读数，目标 {0}，{1}",
    fig_ratio: "{0} {1} / {2} {3} = {4}，目标 ≥ {5}，{6}",
    fig_improvement: "基线 {0}，最新 {1}（{2}），改进 {3}（目标{4}），{5}",
    improve_goal: "改进 {0}",
    fig_milestone_done: "已于 {0}完成（截止 {1}），{2}",
    fig_milestone_open: "截止 {0}，尚未完成，{1}",
    list_sep: "、",
    missed_many: "共{0}个周期，最近：{1}",
    cadences: ["每周", "每月", "每季度", "每年"],
    kinds: [
        "数量", "区间", "每人", "频次", "阈值", "比率", "改进", "节点",
    ],
    short_people: "{0} / {1} 人达标",
    short_measured: "{0}（{1}）",
    short_done_on: "{0}已完成",
    short_due: "截止 {0}",
    period_units: ["周", "个月", "个季度", "年"],
    better: ["越高越好", "越低越好"],
    list_heading: "全部指标",
    col_target: "指标",
    col_kind: "类型",
    col_goal: "目标",
    col_progress: "进展",
    col_status: "状态",
    col_lead: "牵头处室",
    back: "← 全部指标",
    not_found: "找不到这个指标，它可能已从计划中删除。",
    definition: "指标定义",
    section: "所属部分",
    kind: "类型",
    goal: "目标",
    unit: "计量单位",
    lead: "牵头处室",
    owner: "责任人",
    weight: "权重",
    due: "截止日期",
    period: "{0} 至 {1}",
    period_label: "计划期",
    none: "—",
    figures: "完成情况",
    as_of: "截至 {0}。",
    remaining: "还差 {0}",
    rule_title: "判定规则",
    goal_count: "不少于 {0}",
    goal_range: "{0}–{1}",
    goal_per_person: "每人不少于 {0}（{1} 人）",
    goal_cadence: "{0}至少 {1}",
    goal_ratio: "{0} ÷ {1} ≥ {2}",
    goal_improvement: "较基线 {0} 改进 {1}（{2}）",
    goal_milestone: "{0}前完成",
    activities_title: "计入的工作（{0} 条）",
    readings_title: "读数记录（{0} 条）",
    no_records: "截至所选日期还没有记录。",
    col_date: "日期",
    col_title: "事项",
    col_qty: "数量",
    col_people: "人员",
    col_value: "数值",
    col_notes: "备注",
    col_running: "累计",
    open_ledger: "到台账登记工作",
    people_title: "人员完成情况",
    col_person: "姓名",
    col_count: "已完成",
    person_met: "已达标",
    person_short: "还差 {0}",
    periods_title: "各期完成情况",
    period_met: "达标",
    period_missed: "未达标",
    period_current: "进行中",
    period_future: "未开始",
    period_cell: "{0}：{1} 次，{2}",
    add_reading: "登记读数",
    reading_value: "数值",
    with_unit: "{0}（{1}）",
    reading_date: "日期",
    reading_notes: "来源 / 备注",
    reading_save: "保存读数",
    reading_added: "已登记读数",
    reading_deleted: "已删除读数",
    reading_bad: "请输入数字，最多 4 位小数",
    reading_bad_counts: "请输入不小于 0 的整数，且分子不大于分母",
    delete: "删除",
    delete_reading: "删除 {0} 的读数",
    milestone_title: "登记完成",
    milestone_hint: "记录完成这项工作的日期和依据（如文件名、会议名称），保存后该节点即为完成。",
    milestone_default: "完成：{0}",
    milestone_save: "标记为已完成",
    milestone_done: "已完成：{0}",
    after_as_of: "所选日期之后的记录不计入。",
};

/// English.
pub const EN: TargetMsgs = TargetMsgs {
    title: "Targets",
    fig_count: "{0} of {1} done, {2} complete, time progress {3}, {4}",
    fig_range: "{0} of {1}–{2} done, {3} complete, time progress {4}, {5}",
    fig_over_plan: " (above the plan's maximum)",
    fig_per_person: "{0} of {1} people have reached {2} each, {3} complete, time progress {4}, {5}",
    fig_cadence: "{0} of {1} periods met ({2}, at least {3}), {4} complete{5}, {6}",
    fig_missed_periods: "; missed: {0}",
    fig_threshold: "Latest reading {0} ({1}), target {2}, {3}",
    fig_no_reading: "No reading yet, target {0}, {1}",
    fig_ratio: "{0} {1} / {2} {3} = {4}, target ≥ {5}, {6}",
    fig_improvement: "Baseline {0}, latest {1} ({2}), improved {3} (target: {4}), {5}",
    improve_goal: "improve by {0}",
    fig_milestone_done: "Done on {0} (due {1}), {2}",
    fig_milestone_open: "Due {0}, not done yet, {1}",
    list_sep: ", ",
    missed_many: "{0} periods, the latest: {1}",
    cadences: ["weekly", "monthly", "quarterly", "yearly"],
    kinds: [
        "Count", "Range", "Per person", "Cadence", "Threshold", "Ratio", "Improvement", "Milestone",
    ],
    short_people: "{0} / {1} people met",
    short_measured: "{0} ({1})",
    short_done_on: "done {0}",
    short_due: "due {0}",
    period_units: ["weeks", "months", "quarters", "years"],
    better: ["higher is better", "lower is better"],
    list_heading: "All targets",
    col_target: "Target",
    col_kind: "Kind",
    col_goal: "Goal",
    col_progress: "Progress",
    col_status: "Status",
    col_lead: "Lead unit",
    back: "← All targets",
    not_found: "This target does not exist; it may have been removed from the plan.",
    definition: "Definition",
    section: "Section",
    kind: "Kind",
    goal: "Goal",
    unit: "Unit",
    lead: "Lead unit",
    owner: "Responsible",
    weight: "Weight",
    due: "Due",
    period: "{0} to {1}",
    period_label: "Plan period",
    none: "—",
    figures: "Progress",
    as_of: "As of {0}.",
    remaining: "{0} to go",
    rule_title: "How the status is decided",
    goal_count: "at least {0}",
    goal_range: "{0}–{1}",
    goal_per_person: "at least {0} each ({1} people)",
    goal_cadence: "{0}, at least {1}",
    goal_ratio: "{0} ÷ {1} ≥ {2}",
    goal_improvement: "improve {1} on a baseline of {0} ({2})",
    goal_milestone: "done by {0}",
    activities_title: "Activities counted ({0})",
    readings_title: "Readings ({0})",
    no_records: "Nothing recorded as of the chosen date.",
    col_date: "Date",
    col_title: "Activity",
    col_qty: "Qty",
    col_people: "People",
    col_value: "Value",
    col_notes: "Notes",
    col_running: "Running total",
    open_ledger: "Record work in the ledger",
    people_title: "By person",
    col_person: "Name",
    col_count: "Done",
    person_met: "Met",
    person_short: "{0} to go",
    periods_title: "Periods",
    period_met: "Met",
    period_missed: "Missed",
    period_current: "Current",
    period_future: "Future",
    period_cell: "{0}: {1}, {2}",
    add_reading: "Record a reading",
    reading_value: "Value",
    with_unit: "{0} ({1})",
    reading_date: "Date",
    reading_notes: "Source / notes",
    reading_save: "Save reading",
    reading_added: "Reading recorded",
    reading_deleted: "Reading deleted",
    reading_bad: "Enter a number with at most 4 decimals",
    reading_bad_counts: "Enter whole numbers ≥ 0, the numerator not above the denominator",
    delete: "Delete",
    delete_reading: "Delete the reading of {0}",
    milestone_title: "Record completion",
    milestone_hint: "Record when it was done and the evidence (a document, a meeting); saving marks the milestone done.",
    milestone_default: "Done: {0}",
    milestone_save: "Mark as done",
    milestone_done: "Done: {0}",
    after_as_of: "Records after the chosen date are not counted.",
};

/// The table of `lang`. Reached only from the code that shows these
/// strings, so that the table lands in that code's part of the browser module.
pub fn msgs(lang: super::Lang) -> &'static TargetMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
