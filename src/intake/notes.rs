//! What the extractor tells the reviewer: a note on a proposal (a figure
//! the text does not give, a reading it made) and why a sentence with a
//! number gave nothing, each in Chinese and English.

use chrono::NaiveDate;

/// Something the reviewer should know about a proposal: a figure the text
/// does not give, or a reading the extractor made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The text gives no date: due at the end of the plan period.
    DueAtPeriodEnd,
    /// An improvement's baseline is not in the text: 100 stands in for it.
    BaselineNeeded,
    /// A per-person target's roster is not in the text.
    RosterNeeded,
    /// A period the model does not count in (每半年), or a per-person
    /// target with its own period, folded into a yearly number.
    CadenceFolded(String),
    /// A range given for a cadence or per-person target: its lower end is
    /// the target.
    RangeFloor,
    /// The due date fell outside the plan period and was moved to its end.
    DueMoved(NaiveDate),
    /// The text sets the target for a date outside the plan period (到2025
    /// 年…；到2027年…): not judged in this period unless the reviewer takes
    /// it; not accepted until then.
    OutsidePeriod(NaiveDate),
}

impl Note {
    /// The note in Chinese.
    pub fn zh(&self) -> String {
        match self {
            Note::DueAtPeriodEnd => "原文未写时限，按计划期末计".into(),
            Note::BaselineNeeded => "原文未给基线，暂以100计，请填写实际基线".into(),
            Note::RosterNeeded => "原文未列人员名单，请补充".into(),
            Note::CadenceFolded(w) => format!("“{w}”已折算为全年数"),
            Note::RangeFloor => "原文为区间，取下限".into(),
            Note::DueMoved(d) => format!("时限 {d} 不在计划期内，已改为期末"),
            Note::OutsidePeriod(d) => {
                format!("原文目标时间为 {d}，不在本计划期内，不按本期评判；如需纳入请勾选")
            }
        }
    }

    /// The note in English.
    pub fn en(&self) -> String {
        match self {
            Note::DueAtPeriodEnd => "no date in the text: due at the end of the period".into(),
            Note::BaselineNeeded => {
                "no baseline in the text: 100 stands in, enter the real baseline".into()
            }
            Note::RosterNeeded => "no roster in the text: add the people".into(),
            Note::CadenceFolded(w) => format!("“{w}” folded into a yearly number"),
            Note::RangeFloor => "a range in the text: its lower end is the target".into(),
            Note::DueMoved(d) => format!("due {d} is outside the period: moved to its end"),
            Note::OutsidePeriod(d) => format!(
                "the text sets it for {d}, outside this plan's period: not judged in this period; tick it to include it"
            ),
        }
    }
}

/// Why a sentence with a number gave nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// It reports a result (a summary of work done), not a target.
    PastResult,
    /// Its numbers matched no pattern.
    NoPattern,
    /// It reports a meeting or an event (会议举行, …人参加会议): news, not
    /// a plan.
    Meeting,
    /// It stands in a report on work or on a plan (news of work done, a
    /// 督查 notice, an interpretation): a report, not a plan.
    Report,
}

impl Why {
    /// In Chinese.
    pub fn zh(self) -> &'static str {
        match self {
            Why::PastResult => "属于工作总结（已完成的成绩），不作为目标",
            Why::NoPattern => "含数字，但未识别出目标",
            Why::Meeting => "报道会议或活动情况，不是计划，不作为目标",
            Why::Report => "属于新闻报道、督查通报或政策解读，不是计划，不作为目标",
        }
    }

    /// In English.
    pub fn en(self) -> &'static str {
        match self {
            Why::PastResult => "a result in a summary of work done, not a target",
            Why::NoPattern => "has a number, but no target was recognised",
            Why::Meeting => "reports a meeting or an event, not a plan: not a target",
            Why::Report => {
                "stands in news, a progress notice or an interpretation, not a plan: not a target"
            }
        }
    }
}
