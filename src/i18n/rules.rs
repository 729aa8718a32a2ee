//! Messages of the office's rules (督办规则): preset names, the form's
//! field errors, and the one-line statement of the rules in force.
//!
//! Templates hold numbered holes `{0}`, `{1}`… filled by
//! [`crate::present::fill`].

use super::Lang;

/// Strings of the rules.
#[derive(Debug)]
pub struct RulesMsgs {
    /// Heading of the rules section of the plan editor.
    pub heading: &'static str,
    /// Under the heading: what the rules decide.
    pub note: &'static str,
    /// Label of the pace choice.
    pub pace: &'static str,
    /// Pace words: by day, by month, by quarter.
    pub paces: [&'static str; 3],
    /// Label of the preset choice.
    pub preset: &'static str,
    /// Preset names in [`crate::rules::Preset::ALL`] order.
    pub presets: [&'static str; 3],
    /// The preset choice when the numbers match none.
    pub custom: &'static str,
    /// Label: behind from (points, the number included).
    pub behind_from: &'static str,
    /// Label: far behind beyond (points, the number excluded); empty = red
    /// only when overdue.
    pub far_behind_from: &'static str,
    /// Hint under far behind: what an empty field means.
    pub far_behind_hint: &'static str,
    /// Hint under behind: the number is included, and what 0 means.
    pub behind_hint: &'static str,
    /// Label: near band (points).
    pub near_points: &'static str,
    /// Label: due-soon days.
    pub due_soon_days: &'static str,
    /// Save the rules.
    pub save: &'static str,
    /// Saved.
    pub saved: &'static str,
    /// Field error: not a whole number; `{0}` what was typed.
    pub not_number: &'static str,
    /// Field error: negative; `{0}` what was typed.
    pub negative: &'static str,
    /// Field error: more than 100 points; `{0}` the figure.
    pub over_100: &'static str,
    /// Field error: more than 366 days; `{0}` the figure.
    pub over_year: &'static str,
    /// Field error: far behind at or before behind; `{0}` far, `{1}` behind.
    pub far_before_behind: &'static str,
    /// Field error: a reporting day outside 1–28; `{0}` the day.
    pub report_day: &'static str,
    /// Per target: 年度指标 checkbox label.
    pub annual: &'static str,
    /// Per target: what 年度指标 means.
    pub annual_hint: &'static str,
    /// Per target (ratio): 允许0/0 checkbox label.
    pub zero_readings: &'static str,
    /// Per target: what 允许0/0 means.
    pub zero_readings_hint: &'static str,
    /// The suggestion mark beside a target the plan adds to its text.
    pub suggestion: &'static str,
    /// Statement: `{0}` the pace word (按日/按月/按季度).
    pub line_pace: &'static str,
    /// Pace words inside the statement.
    pub line_paces: [&'static str; 3],
    /// Statement, any shortfall behind, far behind from `{0}` points.
    pub line_any_far: &'static str,
    /// Statement, any shortfall behind, red only when overdue.
    pub line_any_overdue: &'static str,
    /// Statement, behind from `{0}`, far behind from `{1}` points.
    pub line_from_far: &'static str,
    /// Statement, behind from `{0}`, red only when overdue.
    pub line_from_overdue: &'static str,
    /// Statement of the near band and due-soon days: `{0}` points, `{1}` days.
    pub line_near_due: &'static str,
    /// Help page: heading of the rules section.
    pub help_title: &'static str,
    /// Help page: before the statement of this document's rules.
    pub help_current: &'static str,
    /// Help page: how 序时进度 may be counted, with a worked example.
    pub help_pace: &'static str,
    /// Help page: the thresholds, with a worked example.
    pub help_thresholds: &'static str,
    /// Help page: 年度指标, with a worked example.
    pub help_annual: &'static str,
    /// Help page: 0/0 readings, with a worked example.
    pub help_zero: &'static str,
    /// Help page: the rules of a new document, and of older files.
    pub help_default: &'static str,
}

/// Chinese.
pub const ZH: RulesMsgs = RulesMsgs {
    heading: "督办规则",
    note: "序时进度的算法和三色判定的界限。改动后，总览、指标、报告和导出的数字一并按新规则计算。",
    pace: "序时进度",
    paces: ["按日", "按月", "按季"],
    preset: "判定标准",
    presets: [
        "本办：落后即黄，超过10个百分点为红",
        "落后即黄，逾期为红",
        "落后10个百分点及以上为黄，超过30个百分点为红",
    ],
    custom: "自定义",
    behind_from: "落后达到（个百分点）及以上为滞后",
    far_behind_from: "落后超过（个百分点）为严重滞后",
    far_behind_hint: "不含本数；留空：只有逾期未完成为红",
    behind_hint: "含本数；填 0：凡未达到序时进度即为滞后",
    near_points: "指标差距在（个百分点）以内为接近达标",
    due_soon_days: "距截止（天）以内为临近到期",
    save: "保存规则",
    saved: "规则已保存",
    not_number: "“{0}”不是整数，请填写 0 或正整数",
    negative: "“{0}”是负数，这里只能填 0 或正整数",
    over_100: "{0} 个百分点超过了 100，请填写 0 到 100",
    over_year: "{0} 天超过了一年，请填写 0 到 366",
    far_before_behind: "严重滞后的界限（{0}）不能小于滞后的界限（{1}）",
    report_day: "报送日 {0} 不在 1 至 28 日之间",
    annual: "年度指标",
    annual_hint: "年底一次考核，不按序时进度折算：期间结束前只显示已完成或按年考核",
    zero_readings: "允许0/0",
    zero_readings_hint: "允许记录分子分母都为 0 的月份（当月无受理），不计入合计",
    suggestion: "建议",
    line_pace: "序时进度{0}计算",
    line_paces: ["按日", "按月", "按季度"],
    line_any_far: "未达到序时进度的为滞后，落后超过{0}个百分点为严重滞后",
    line_any_overdue: "未达到序时进度的为滞后（黄），到期未完成的为红",
    line_from_far:
        "落后序时进度不到{0}个百分点视为正常，落后{0}个百分点及以上为滞后，超过{1}个百分点为严重滞后",
    line_from_overdue:
        "落后序时进度不到{0}个百分点视为正常，落后{0}个百分点及以上为滞后（黄），到期未完成的为红",
    line_near_due: "指标差距{0}个百分点以内为接近达标，距截止{1}天以内为临近到期",
    help_title: "督办规则",
    help_current: "本文档的规则：",
    help_pace: "序时进度可按日、按月或按季计算（在“计划”页的“督办规则”中设置）。按月：已结束的月数 ÷ 期间的月数，例如 2026 年全年计划在 6月30日为 6/12 = 50.0%，7月15日仍为 50.0%，7月31日为 7/12 = 58.3%，11月30日为 11/12 = 91.7%。按季：已结束的季度数 ÷ 季度数，6月30日为 2/4 = 50%，9月29日仍为 50%。按日：见上文。按月、按季时，1月（第一季度）内序时进度为 0，已开始的指标此时为正常。",
    help_thresholds: "三色界限只用于数量、区间、每人类指标：落后序时进度达到“滞后”界限（含本数；填 0 即凡落后）为滞后（黄），超过“严重滞后”界限（不含本数）为严重滞后（红）；严重滞后留空，则期间内最多为黄，到期仍未完成才为红。数值类指标差距不超过“接近”界限为接近达标；节点任务距截止在“临近到期”天数以内为临近到期。",
    help_annual: "年度指标：年底一次考核，不按序时进度折算。期间结束前只显示完成或“按年考核”（灰色），不会变黄变红；期间结束时再判定完成或未完成。例：年度指标 12 次，7月15日完成 1 次为按年考核，12月31日仍为 1 次为未完成。",
    help_zero: "允许 0/0：比率类指标当月无受理时，可以登记受理 0、办结 0，不计入合计；只有 0/0 的读数时显示暂无数据。例：1、2 月 0/0，3 月受理 20、办结 19，办结率 95%。",
    help_default: "新建文档按月计算序时进度，采用“落后即黄，逾期为红”，因为督查通报多按月说进度（“截至6月底”为 50%）；旧版本（v1、v2）文件仍按原规则（按日，0/10/5/7），数字不变。",
};

/// English.
pub const EN: RulesMsgs = RulesMsgs {
    heading: "Rules of judging progress",
    note: "How 序时进度 (time elapsed) is counted and where the colours change. After a change, the dashboard, targets, report and exports all follow the new rules.",
    pace: "Time elapsed (序时进度)",
    paces: ["By day", "By month", "By quarter"],
    preset: "Thresholds",
    presets: [
        "This office: any shortfall yellow, more than 10 points red",
        "Any shortfall yellow, red only when overdue",
        "Yellow at 10 points behind or more, red beyond 30",
    ],
    custom: "Custom",
    behind_from: "Behind at (points) behind or more",
    far_behind_from: "Far behind when more than (points) behind",
    far_behind_hint: "The number itself not included; empty: red only when overdue",
    behind_hint: "The number itself included; 0: any shortfall is behind",
    near_points: "Near the line within (points)",
    due_soon_days: "Due soon within (days)",
    save: "Save rules",
    saved: "Rules saved",
    not_number: "“{0}” is not a whole number; enter 0 or a positive whole number",
    negative: "“{0}” is negative; only 0 or a positive whole number fits here",
    over_100: "{0} points is more than 100; enter 0 to 100",
    over_year: "{0} days is more than a year; enter 0 to 366",
    far_before_behind: "Far behind ({0}) cannot come before behind ({1})",
    report_day: "Report day {0} is not between 1 and 28",
    annual: "Annual",
    annual_hint: "Judged once at the end of the year, not against time elapsed: before then only done or judged yearly",
    zero_readings: "Allow 0/0",
    zero_readings_hint: "A month with nothing received (0 of 0) may be recorded; it adds nothing to either sum",
    suggestion: "Suggested",
    line_pace: "Time elapsed is counted {0}",
    line_paces: ["by day", "by month", "by quarter"],
    line_any_far: "any shortfall is behind, more than {0} points is far behind",
    line_any_overdue: "any shortfall is behind (yellow), not done when due is red",
    line_from_far: "less than {0} points behind is on track, {0} points behind or more is behind, more than {1} is far behind",
    line_from_overdue: "less than {0} points behind is on track, {0} points behind or more is behind (yellow), not done when due is red",
    line_near_due: "an indicator within {0} points of its line is near, a deadline within {1} days is due soon",
    help_title: "The office's rules",
    help_current: "This document's rules: ",
    help_pace: "Time progress may be counted by day, by month or by quarter (set under the rules on the Plan page). By month: months ended ÷ months in the period; a 2026 plan stands at 6/12 = 50.0% on 30 June, still 50.0% on 15 July, 7/12 = 58.3% on 31 July and 11/12 = 91.7% on 30 November. By quarter: quarters ended ÷ quarters; 2/4 = 50% on 30 June, still 50% on 29 September. By day: as above. By month or quarter, time progress is 0 through January (the first quarter), and a target that has begun is on track then.",
    help_thresholds: "The thresholds apply to count, range and per-person targets: trailing time progress by the behind threshold or more (0: any shortfall) is behind (yellow), by more than the far-behind threshold far behind (red); with no far-behind threshold a target is at worst yellow while its period runs and red only if not done at the end. A measured target short of its line by no more than the near band is near; a milestone within the due-soon days is due soon.",
    help_annual: "Annual target: judged once at the end, never against time progress. Before its period ends it is done or \"judged yearly\" (grey), never yellow or red; at the end it is done or not done. Example: annual 12, one done by 15 July: judged yearly; still one on 31 December: not done.",
    help_zero: "Allow 0/0: a ratio target may record a month with nothing received (0 received, 0 resolved); it adds nothing to the sums, and with only 0/0 readings there is no data yet. Example: 0/0 in January and February, 19 of 20 in March: 95%.",
    help_default: "A new document counts time progress by month with \"any shortfall yellow, red only when overdue\", as bulletins state progress by month (50% at the end of June); files from versions 1 and 2 keep their rules (by day, 0/10/5/7) and their figures.",
};

/// The table of `lang`.
pub fn msgs(lang: Lang) -> &'static RulesMsgs {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}
