//! Words of the explanations generated from a document's rules
//! ([`crate::rules::explain`]): the target page's 判定规则 card and the help
//! page's formula, worked examples, status meanings and presets. Every
//! figure in them is a hole filled from the rules (`{0}`, `{1}`…, by
//! [`super::text::fill`]), never a number written here.

use super::Lang;

/// Strings of the explanations.
#[derive(Debug)]
pub struct ExplainMsgs {
    /// The formula of 序时进度, by day, by month, by quarter.
    pub pace_formula: [&'static str; 3],
    /// 序时进度 at a date, by day, month, quarter: `{0}` the date, `{1}`
    /// days passed (months, quarters ended), `{2}` in the period, `{3}` the
    /// percentage.
    pub pace_now: [&'static str; 3],
    /// The cumulative kinds (count, range, per person): `{0}` the colours of the rules
    /// (as the one-line statement words them).
    pub cumulative: &'static str,
    /// Extra for per-person targets.
    pub per_person: &'static str,
    /// Cadence targets (not set by the rules).
    pub cadence: &'static str,
    /// A 年度指标.
    pub annual: &'static str,
    /// A threshold target: `{0}` the near band with its unit.
    pub threshold: &'static str,
    /// A ratio target: `{0}` the near band in points.
    pub ratio: &'static str,
    /// An improvement target: `{0}` the near band in points.
    pub improvement: &'static str,
    /// Milestones: `{0}` the due-soon days.
    pub milestone: &'static str,
    /// A band in percentage points: `{0}` the number.
    pub points: &'static str,
    /// A band in a target's own unit: `{0}` the number, `{1}` the unit.
    pub amount: &'static str,
    /// Help: the worked example of 序时进度: `{0}` start, `{1}` end, `{2}`
    /// the figure at the as-of date ([`ExplainMsgs::pace_now`]).
    pub help_time_example: &'static str,
    /// Help: the worked example of the thresholds: `{0}` the bands.
    pub help_example: &'static str,
    /// A band of the example: `{0}` from, `{1}` to, `{2}` the status.
    pub band_range: &'static str,
    /// A band of one figure: `{0}` the figure, `{1}` the status.
    pub band_one: &'static str,
    /// Between bands.
    pub band_sep: &'static str,
    /// Help, meaning of 滞后: any shortfall, far behind beyond `{0}` points.
    pub behind_any_far: &'static str,
    /// Help, meaning of 滞后: any shortfall, no far behind.
    pub behind_any_none: &'static str,
    /// Help, meaning of 滞后: from `{0}` points, far behind beyond `{1}`.
    pub behind_from_far: &'static str,
    /// Help, meaning of 滞后: from `{0}` points, no far behind.
    pub behind_from_none: &'static str,
    /// Help, meaning of 严重滞后: beyond `{0}` points.
    pub far_some: &'static str,
    /// Help, meaning of 严重滞后 when the rules have none.
    pub far_none: &'static str,
    /// Help, meaning of 接近达标: `{0}` the near band.
    pub near: &'static str,
    /// Help, meaning of 临近到期: `{0}` the due-soon days.
    pub due_soon: &'static str,
    /// Help: the presets, `{0}` each preset with its source, `{1}` their
    /// near band, `{2}` their due-soon days.
    pub presets: &'static str,
    /// One preset in that list: `{0}` its name, `{1}` its source.
    pub preset_item: &'static str,
    /// Where each preset comes from, in [`crate::rules::Preset::ALL`] order.
    pub preset_sources: [&'static str; 3],
    /// Between presets.
    pub preset_sep: &'static str,
}

/// Chinese.
pub const ZH: ExplainMsgs = ExplainMsgs {
    pace_formula: [
        "序时进度按日计算：从期间开始日到统计截至日的天数（两端都算）÷ 期间的总天数",
        "序时进度按月计算：已结束的月数 ÷ 期间的月数（一个月到月末最后一天才算结束）",
        "序时进度按季度计算：已结束的季度数 ÷ 期间的季度数（一个季度到季末最后一天才算结束）",
    ],
    pace_now: [
        "截至{0}，期间共 {2} 天，已过 {1} 天，序时进度 = {1} ÷ {2} = {3}",
        "截至{0}，期间共 {2} 个月，已结束 {1} 个月，序时进度 = {1} ÷ {2} = {3}",
        "截至{0}，期间共 {2} 个季度，已结束 {1} 个季度，序时进度 = {1} ÷ {2} = {3}",
    ],
    cumulative: "完成率 = 已完成 ÷ 目标。完成率不低于序时进度为“正常”；{0}；达到目标为“完成”；期间结束仍未达到为“未完成”。",
    per_person: "每人的完成数计到目标数为止再相加，多做的不抵他人。",
    cadence: "每一期（自然周、月、季度或年）都要达到要求。某期结束仍未达到即为未达标期。没有未达标期为“正常”，1 期为“滞后”，2 期及以上为“严重滞后”。完成率 = 达标期数 ÷ 总期数。",
    annual: "本指标为年度指标：期间结束前不按序时进度判定，只显示“完成”或“按年考核”；期间结束时再判定完成或未完成。",
    threshold: "以最新一次读数为准：达到目标线为“达标”，未达到但差距不超过{0}为“接近达标”，否则为“未达标”；没有读数为“暂无数据”。",
    ratio: "计划期内各次登记的分子、分母分别累计后相除：达到目标线为“达标”，差距不超过{0}为“接近达标”，否则为“未达标”。",
    improvement: "改进幅度 = 基线与最新读数之差 ÷ 基线（按越高或越低为好计算）。达到目标幅度为“达标”，差距不超过{0}为“接近达标”，否则为“未达标”。",
    milestone: "登记一条计入本指标的工作即为“完成”；距截止日期 {0} 天以内（含第 {0} 天）仍未完成为“临近到期”，过了截止日期仍未完成为“逾期”。",
    points: " {0} 个百分点",
    amount: " {0}{1}",
    help_time_example: "例：本计划期间为 {0} 至 {1}；{2}。",
    help_example: "例（按本文档的规则，序时进度 50%、目标 100 次）：{0}。",
    band_range: "{0} 至 {1} 次为{2}",
    band_one: "{0} 次为{1}",
    band_sep: "，",
    behind_any_far: "完成率低于序时进度，落后不超过 {0} 个百分点（本文档的规则；周期类指标：漏了 1 个周期）。",
    behind_any_none: "完成率低于序时进度，期间结束前不论落后多少（本文档的规则；周期类指标：漏了 1 个周期）。",
    behind_from_far: "完成率落后序时进度 {0} 个百分点及以上、不超过 {1} 个百分点（本文档的规则；周期类指标：漏了 1 个周期）。",
    behind_from_none: "完成率落后序时进度 {0} 个百分点及以上，期间结束前不论落后多少（本文档的规则；周期类指标：漏了 1 个周期）。",
    far_some: "完成率落后序时进度超过 {0} 个百分点（本文档的规则；周期类指标：漏了 2 个或更多周期）。",
    far_none: "本文档的规则不设严重滞后：累计类指标在期间内最多为滞后（周期类指标：漏了 2 个或更多周期）。",
    near: "数值类指标未达到标准线，但差距不超过 {0}（本文档的规则；百分比指标即 {0} 个百分点，其他指标按其计量单位）。",
    due_soon: "节点类任务距截止日期在 {0} 天以内（含第 {0} 天），尚未完成（本文档的规则）。",
    presets: "预设：{0}。各预设的接近达标均为差距不超过 {1} 个百分点、临近到期均为 {2} 天以内。也可自定义，填错的数字会在旁边说明原因，不会保存。",
    preset_item: "“{0}”（{1}）",
    preset_sources: [
        "本办规则，v1、v2 版文件一律按此判定",
        "与宿迁产发集团“三色督办单”的蓝、黄、红一致：未达到序时进度为黄色单，逾期未办结为红色单",
        "银川市重点项目“红黄绿灯”：低于序时进度10~30个百分点为黄灯，超过30个百分点为红灯",
    ],
    preset_sep: "；",
};

/// English.
pub const EN: ExplainMsgs = ExplainMsgs {
    pace_formula: [
        "Time progress is counted by day: days from the period's start to the as-of date (both counted) ÷ days in the period",
        "Time progress is counted by month: months ended ÷ months in the period (a month ends on its last day)",
        "Time progress is counted by quarter: quarters ended ÷ quarters in the period (a quarter ends on its last day)",
    ],
    pace_now: [
        "on {0}, {1} of the period's {2} days have passed: {1} ÷ {2} = {3}",
        "on {0}, {1} of the period's {2} months have ended: {1} ÷ {2} = {3}",
        "on {0}, {1} of the period's {2} quarters have ended: {1} ÷ {2} = {3}",
    ],
    cumulative: "Completion = done ÷ target. At or above time progress is on track; {0}; reaching the target is done; the period ending short is not done.",
    per_person: "Each person's count is capped at the target before adding up: one person's extra does not make up for another's shortfall.",
    cadence: "Every calendar period (week, month, quarter or year) must reach the figure. A period is missed once it has ended short. No missed period is on track; one is behind; two or more is far behind. Completion = periods met ÷ periods.",
    annual: "This is an annual target: before its period ends it is not judged against time progress, only done or judged yearly; at the end it is done or not done.",
    threshold: "The latest reading counts: on the right side of the line is met; short of it by no more than{0} is near; otherwise missed; no reading is no data.",
    ratio: "Numerators and denominators are summed over the period, then divided: reaching the line is met; short of it by no more than{0} is near; otherwise missed.",
    improvement: "Improvement = the change from the baseline to the latest reading ÷ the baseline (in the better direction). Reaching the target improvement is met; short of it by no more than{0} is near; otherwise missed.",
    milestone: "Recording an activity for it makes it done; within {0} days of the due date (the last of them included) and not done is due soon; past the due date and not done is overdue.",
    points: " {0} points",
    amount: " {0} {1}",
    help_time_example: "Example: this plan runs from {0} to {1}; {2}.",
    help_example: "Example (this document's rules, time progress 50%, target 100): {0}.",
    band_range: "{0} to {1} is {2}",
    band_one: "{0} is {1}",
    band_sep: ", ",
    behind_any_far: "Completion trails time progress by no more than {0} points (this document's rules; a cadence target: one period missed).",
    behind_any_none: "Completion trails time progress, by however much, while the period runs (this document's rules; a cadence target: one period missed).",
    behind_from_far: "Completion trails time progress by {0} points or more and no more than {1} (this document's rules; a cadence target: one period missed).",
    behind_from_none: "Completion trails time progress by {0} points or more, by however much, while the period runs (this document's rules; a cadence target: one period missed).",
    far_some: "Completion trails time progress by more than {0} points (this document's rules; a cadence target: two or more periods missed).",
    far_none: "This document's rules have no far behind: a cumulative target is at worst behind while its period runs (a cadence target: two or more periods missed).",
    near: "A measured target misses its line by no more than {0} (this document's rules; {0} percentage points for a percentage, else in the target's unit).",
    due_soon: "A milestone is due within {0} days (the last of them included) and not done (this document's rules).",
    presets: "Presets: {0}. Each has a near band of {1} points and due soon within {2} days. Custom numbers are allowed; a wrong one is explained beside its field and not saved.",
    preset_item: "\"{0}\" ({1})",
    preset_sources: [
        "this office's rule, by which every version 1 and 2 file is judged",
        "the blue, yellow and red of 宿迁产发集团's 三色督办单: short of time progress yellow, overdue red",
        "银川市's traffic lights for key projects: 10 to 30 points below time progress yellow, more than 30 red",
    ],
    preset_sep: "; ",
};

/// The table of `lang`.
pub fn msgs(lang: Lang) -> &'static ExplainMsgs {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
