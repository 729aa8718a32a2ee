//! Messages of the plan area.

/// Strings of the plan area.
#[derive(Debug)]
pub struct PlanMsgs {
    /// The area's name.
    pub title: &'static str,
}

/// 中文.
pub const ZH: PlanMsgs = PlanMsgs { title: "" };

/// English.
pub const EN: PlanMsgs = PlanMsgs { title: "" };
