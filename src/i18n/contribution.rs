//! Messages of the contribution by unit on a target's page.

/// Strings of the contribution by unit.
#[derive(Debug)]
pub struct ContributionMsgs {
    /// Heading of the card.
    pub heading: &'static str,
    /// Under the table: how a share is counted.
    pub note: &'static str,
    /// Column: unit.
    pub col_unit: &'static str,
    /// Column: what the unit's activities reach.
    pub col_done: &'static str,
    /// Column: how many of its activities count.
    pub col_records: &'static str,
    /// The unit of activities that name none.
    pub no_unit: &'static str,
    /// A milestone done by the unit's activities.
    pub done: &'static str,
}

/// 中文.
pub const ZH: ContributionMsgs = ContributionMsgs {
    heading: "各单位完成情况",
    note:
        "按记录单位分别计算（旧记录未注明记录单位的，按其牵头单位）：只计该单位的记录时的完成数。",
    col_unit: "单位",
    col_done: "完成",
    col_records: "台账记录",
    no_unit: "（未注明）",
    done: "已完成",
};

/// English.
pub const EN: ContributionMsgs = ContributionMsgs {
    heading: "By unit",
    note: "Counted per recording unit (for older records that name none, their lead unit): what that unit's records alone reach.",
    col_unit: "Unit",
    col_done: "Done",
    col_records: "Records",
    no_unit: "(none named)",
    done: "Done",
};

/// The tables of `lang`.
pub fn msgs(lang: super::Lang) -> &'static ContributionMsgs {
    match lang {
        super::Lang::Zh => &ZH,
        super::Lang::En => &EN,
    }
}
