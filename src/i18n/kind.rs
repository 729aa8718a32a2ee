//! Messages of the kinds' forms: the label of every figure of a target's
//! kind and why a figure's text was refused, shared by the plan editor and
//! the intake review (`crate::plan::kind`).

/// Strings of the kinds' forms. A refusal's `{0}` is the text refused.
#[derive(Debug)]
pub struct KindMsgs {
    /// Field: a count's number.
    pub target: &'static str,
    /// Field: a range's lower end.
    pub min: &'static str,
    /// Field: a range's upper end.
    pub max: &'static str,
    /// Field: each person's number.
    pub each: &'static str,
    /// Field: the people a per-person target applies to.
    pub roster: &'static str,
    /// Field: a cadence's period.
    pub every: &'static str,
    /// Field: how many per period.
    pub at_least: &'static str,
    /// Field: which side of a threshold's line is good.
    pub direction: &'static str,
    /// Choice: at least the line.
    pub at_least_dir: &'static str,
    /// Choice: at most the line.
    pub at_most_dir: &'static str,
    /// Field: a threshold's line.
    pub line: &'static str,
    /// Field: a ratio's line, in percent.
    pub line_percent: &'static str,
    /// Field: a ratio's numerator label.
    pub numerator: &'static str,
    /// Field: a ratio's denominator label.
    pub denominator: &'static str,
    /// Field: an improvement's baseline.
    pub baseline: &'static str,
    /// Field: an improvement's percent.
    pub percent: &'static str,
    /// Field: which way is better.
    pub better: &'static str,
    /// Field: a milestone's due date.
    pub milestone_due: &'static str,
    /// Field: the due date a count, range or per-person target may carry.
    pub due: &'static str,
    /// Refused: not a whole number above 0.
    pub not_whole: &'static str,
    /// Refused: not a number above 0.
    pub not_number: &'static str,
    /// Refused: not a number.
    pub not_decimal: &'static str,
    /// Refused: a rate above 100%.
    pub ratio_above_100: &'static str,
    /// Refused: not a date.
    pub bad_date: &'static str,
    /// Refused: a milestone without a date.
    pub due_required: &'static str,
    /// Refused: not one of the choices.
    pub bad_choice: &'static str,
    /// Refused: a field the kind does not have.
    pub no_such_field: &'static str,
}

/// 中文.
pub const ZH: KindMsgs = KindMsgs {
    target: "目标数量",
    min: "下限（达到即完成）",
    max: "上限",
    each: "每人不少于",
    roster: "适用人员",
    every: "周期",
    at_least: "每期至少",
    direction: "方向",
    at_least_dir: "不低于（≥）",
    at_most_dir: "不高于（≤）",
    line: "目标线",
    line_percent: "目标线（%）",
    numerator: "分子名称（如：办结）",
    denominator: "分母名称（如：受理）",
    baseline: "基线数值",
    percent: "改进幅度（%）",
    better: "方向",
    milestone_due: "完成期限",
    due: "截止日期（可选）",
    not_whole: "“{0}”不是大于 0 的整数",
    not_number: "“{0}”不是大于 0 的数（最多 4 位小数）",
    not_decimal: "“{0}”不是数（最多 4 位小数）",
    ratio_above_100: "“{0}”：比率不能超过 100%",
    bad_date: "“{0}”不是日期（年-月-日）",
    due_required: "完成节点必须有时限",
    bad_choice: "“{0}”不是可选项",
    no_such_field: "该类目标没有这一项",
};

/// English.
pub const EN: KindMsgs = KindMsgs {
    target: "Target number",
    min: "Minimum (done when reached)",
    max: "Maximum",
    each: "Each at least",
    roster: "Applies to",
    every: "Every",
    at_least: "At least per period",
    direction: "Direction",
    at_least_dir: "At least (≥)",
    at_most_dir: "At most (≤)",
    line: "Line",
    line_percent: "Line (%)",
    numerator: "Numerator (e.g. closed)",
    denominator: "Denominator (e.g. received)",
    baseline: "Baseline",
    percent: "Improve by (%)",
    better: "Better",
    milestone_due: "Due date",
    due: "Due date (optional)",
    not_whole: "\"{0}\" is not a whole number above 0",
    not_number: "\"{0}\" is not a number above 0 (at most 4 decimals)",
    not_decimal: "\"{0}\" is not a number (at most 4 decimals)",
    ratio_above_100: "\"{0}\": a rate is at most 100%",
    bad_date: "\"{0}\" is not a date YYYY-MM-DD",
    due_required: "a milestone needs a due date",
    bad_choice: "\"{0}\" is not one of the choices",
    no_such_field: "this kind of target has no such field",
};

/// The table of `lang`.
pub fn msgs(lang: super::Lang) -> &'static KindMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
