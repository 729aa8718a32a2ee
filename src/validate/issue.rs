//! What a validation finding is: where it is, which field it belongs to,
//! what is wrong, and how bad it is, in Chinese and English.

use chrono::NaiveDate;

use crate::plan::TargetId;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    /// The figures cannot be computed or would be wrong; must be fixed.
    Error,
    /// Allowed, but probably a slip worth a second look.
    Warning,
}

/// The form field a finding belongs to, so that the UI can show the message
/// right next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The plan's title.
    PlanTitle,
    /// The first day of the plan period.
    PlanStart,
    /// The last day of the plan period.
    PlanEnd,
    /// A name on the plan roster.
    PersonName,
    /// A section's id.
    SectionId,
    /// A section's heading.
    SectionTitle,
    /// A target's id.
    TargetId,
    /// A target's title.
    TargetTitle,
    /// The number a count target must reach.
    CountTarget,
    /// The lower end of a range target.
    RangeMin,
    /// The upper end of a range target.
    RangeMax,
    /// How many each person must reach.
    PerPersonEach,
    /// The people a per-person target applies to.
    PerPersonRoster,
    /// How many per period a cadence target asks.
    CadenceAtLeast,
    /// The line of a threshold or ratio target.
    Line,
    /// The baseline of an improvement target.
    Baseline,
    /// The improvement to reach, in percent.
    Percent,
    /// A target's or milestone's due date.
    Due,
    /// A target's weight in the plan total.
    Weight,
    /// An activity's id.
    ActivityId,
    /// An activity's date.
    ActivityDate,
    /// An activity's title.
    ActivityTitle,
    /// The targets an activity counts toward.
    ActivityTargets,
    /// An activity's quantity.
    ActivityQuantity,
    /// A reading's id.
    ReadingId,
    /// The target a reading measures.
    ReadingTarget,
    /// A reading's date.
    ReadingDate,
    /// A reading's value.
    ReadingValue,
    /// The unit a notice is addressed to.
    NoticeUnit,
    /// The targets a notice is about.
    NoticeTargets,
    /// The day a reply to a notice is due.
    NoticeReplyDue,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IssueCode {
    /// A title or heading is empty.
    EmptyTitle,
    /// The plan period ends before it starts.
    EndBeforeStart,
    /// The number to reach is 0, so the target is met before any work.
    ZeroTarget,
    /// The lower end of a range is 0, so completion has nothing to divide by.
    RangeMinZero,
    /// The lower end of a range is above the upper end.
    MinAboveMax {
        /// The lower end.
        min: u32,
        /// The upper end.
        max: u32,
    },
    /// Two records of the same kind share an id.
    DuplicateId(String),
    /// The same name appears twice on a roster.
    DuplicatePerson(String),
    /// A per-person target names nobody.
    EmptyRoster,
    /// A per-person target names someone who is not on the plan roster.
    UnknownPerson(String),
    /// A due date falls outside the plan period.
    DueOutsidePeriod(NaiveDate),
    /// An improvement baseline of 0: no percentage of it can be computed.
    BaselineZero,
    /// An improvement of 0% or less is no improvement.
    ImprovementNotPositive,
    /// A ratio line at or below 0% or above 100%.
    RatioLineOutOfRange,
    /// A weight of 0 leaves the target out of the plan total.
    WeightZero,
    /// A record points at a target that does not exist.
    UnknownTarget(TargetId),
    /// An activity points at a target measured by readings.
    TakesReadings(TargetId),
    /// A reading is for a target counted by activities.
    TakesNoReadings(TargetId),
    /// Two counts were entered for a target that is not a ratio.
    CountsForNonRatio(TargetId),
    /// A single value was entered for a ratio target.
    ValueForRatio(TargetId),
    /// An activity names the same target twice and would count twice.
    RepeatedTarget(TargetId),
    /// An activity with quantity 0 counts for nothing.
    ZeroQuantity,
    /// A record is dated outside the plan period and counts for nothing.
    DateOutsidePeriod(NaiveDate),
    /// More completed than received: the counts are probably swapped.
    NumeratorAboveDenominator,
    /// A reading of 0 of 0 for a ratio target that does not take them.
    ZeroReadingNotAllowed(TargetId),
    /// A notice addressed to no unit.
    NoUnit,
    /// A notice about no target.
    NoTargets,
    /// A reply due before the notice is issued.
    ReplyDueBeforeIssued,
}

impl IssueCode {
    /// How bad this kind of finding is.
    pub fn severity(&self) -> Severity {
        match self {
            IssueCode::DueOutsidePeriod(_)
            | IssueCode::WeightZero
            | IssueCode::DateOutsidePeriod(_)
            | IssueCode::NumeratorAboveDenominator => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            IssueCode::EmptyTitle => "标题不能为空".into(),
            IssueCode::EndBeforeStart => "结束日期早于开始日期".into(),
            IssueCode::ZeroTarget => "目标数不能为 0".into(),
            IssueCode::RangeMinZero => "区间下限不能为 0".into(),
            IssueCode::MinAboveMax { min, max } => {
                format!("区间下限 {min} 大于上限 {max}")
            }
            IssueCode::DuplicateId(id) => format!("编号 {id} 重复"),
            IssueCode::DuplicatePerson(name) => format!("人员“{name}”重复"),
            IssueCode::EmptyRoster => "未指定适用人员".into(),
            IssueCode::UnknownPerson(name) => format!("“{name}”不在计划人员名单中"),
            IssueCode::DueOutsidePeriod(d) => {
                format!("完成时限 {} 不在计划期内", d.format("%Y-%m-%d"))
            }
            IssueCode::BaselineZero => "基准值不能为 0".into(),
            IssueCode::ImprovementNotPositive => "提升幅度必须大于 0".into(),
            IssueCode::RatioLineOutOfRange => "比率目标值须大于 0% 且不超过 100%".into(),
            IssueCode::WeightZero => "权重为 0，不计入计划总体进度".into(),
            IssueCode::UnknownTarget(id) => format!("关联的指标 {id} 不存在"),
            IssueCode::TakesReadings(id) => {
                format!("指标 {id} 按填报数值考核，不能关联活动")
            }
            IssueCode::TakesNoReadings(id) => {
                format!("指标 {id} 按活动计数，不能填报数值")
            }
            IssueCode::CountsForNonRatio(id) => {
                format!("指标 {id} 不是比率指标，应填报数值而非两个计数")
            }
            IssueCode::ValueForRatio(id) => {
                format!("指标 {id} 是比率指标，应填报分子和分母两个计数")
            }
            IssueCode::RepeatedTarget(id) => format!("指标 {id} 重复关联，会被重复计数"),
            IssueCode::ZeroQuantity => "数量不能为 0".into(),
            IssueCode::DateOutsidePeriod(d) => {
                format!("日期 {} 不在计划期内，不计入进度", d.format("%Y-%m-%d"))
            }
            IssueCode::NumeratorAboveDenominator => "分子大于分母，请核对两个计数是否填反".into(),
            IssueCode::ZeroReadingNotAllowed(id) => {
                format!("指标 {id} 不接受 0/0 的记录；如本期确无受理，请在计划中允许该指标记录 0/0")
            }
            IssueCode::NoUnit => "未填写督办对象（处室）".into(),
            IssueCode::NoTargets => "未选择督办的指标".into(),
            IssueCode::ReplyDueBeforeIssued => "回复时限早于印发日期".into(),
        }
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        match self {
            IssueCode::EmptyTitle => "The title is empty".into(),
            IssueCode::EndBeforeStart => "The end date is before the start date".into(),
            IssueCode::ZeroTarget => "The number to reach cannot be 0".into(),
            IssueCode::RangeMinZero => "The lower end of the range cannot be 0".into(),
            IssueCode::MinAboveMax { min, max } => {
                format!("The lower end {min} is above the upper end {max}")
            }
            IssueCode::DuplicateId(id) => format!("The id {id} is used twice"),
            IssueCode::DuplicatePerson(name) => format!("{name} is listed twice"),
            IssueCode::EmptyRoster => "No people are named".into(),
            IssueCode::UnknownPerson(name) => format!("{name} is not on the plan roster"),
            IssueCode::DueOutsidePeriod(d) => {
                format!(
                    "The due date {} is outside the plan period",
                    d.format("%Y-%m-%d")
                )
            }
            IssueCode::BaselineZero => "The baseline cannot be 0".into(),
            IssueCode::ImprovementNotPositive => "The improvement must be above 0%".into(),
            IssueCode::RatioLineOutOfRange => {
                "A ratio line must be above 0% and at most 100%".into()
            }
            IssueCode::WeightZero => "Weight 0 leaves this target out of the plan total".into(),
            IssueCode::UnknownTarget(id) => format!("There is no target {id}"),
            IssueCode::TakesReadings(id) => {
                format!("Target {id} is measured by readings and takes no activities")
            }
            IssueCode::TakesNoReadings(id) => {
                format!("Target {id} is counted by activities and takes no readings")
            }
            IssueCode::CountsForNonRatio(id) => {
                format!("Target {id} is not a ratio: enter a value, not two counts")
            }
            IssueCode::ValueForRatio(id) => {
                format!("Target {id} is a ratio: enter its two counts, not a value")
            }
            IssueCode::RepeatedTarget(id) => {
                format!("Target {id} is named twice and would be counted twice")
            }
            IssueCode::ZeroQuantity => "The quantity cannot be 0".into(),
            IssueCode::DateOutsidePeriod(d) => format!(
                "The date {} is outside the plan period and counts for nothing",
                d.format("%Y-%m-%d")
            ),
            IssueCode::NumeratorAboveDenominator => {
                "The first count is above the second: are they swapped?".into()
            }
            IssueCode::ZeroReadingNotAllowed(id) => format!(
                "Target {id} takes no reading of 0 of 0; if nothing was received, allow 0/0 readings for it in the plan"
            ),
            IssueCode::NoUnit => "The notice is addressed to no unit".into(),
            IssueCode::NoTargets => "The notice names no target".into(),
            IssueCode::ReplyDueBeforeIssued => "The reply is due before the notice is issued".into(),
        }
    }
}

/// One finding of the validation pass.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// Where, in the file format's field names: from the plan for
    /// [`super::validate_plan`] (`sections[1].targets[2].goal.min`), from the
    /// document root for [`super::validate_document`]
    /// (`plan.sections[1].targets[2].goal.min`, `activities[12].date`), from
    /// the record for [`super::validate_activity`] and
    /// [`super::validate_reading`] (`targets[1]`).
    pub path: String,
    /// The form field to show the message next to.
    pub field: Field,
    /// What is wrong.
    pub code: IssueCode,
}

impl Issue {
    /// How bad the finding is.
    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// Whether the finding must be fixed before the figures can be trusted.
    pub fn is_error(&self) -> bool {
        self.severity() == Severity::Error
    }

    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        self.code.message_zh()
    }

    /// The message in English.
    pub fn message_en(&self) -> String {
        self.code.message_en()
    }
}
