//! Messages of the help area.

/// Strings of the help area.
#[derive(Debug)]
pub struct HelpMsgs {
    /// The area's name.
    pub title: &'static str,
}

/// 中文.
pub const ZH: HelpMsgs = HelpMsgs { title: "" };

/// English.
pub const EN: HelpMsgs = HelpMsgs { title: "" };
