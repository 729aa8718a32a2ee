//! Messages of the report area.

/// Strings of the report area.
#[derive(Debug)]
pub struct ReportMsgs {
    /// The area's name.
    pub title: &'static str,
}

/// 中文.
pub const ZH: ReportMsgs = ReportMsgs { title: "" };

/// English.
pub const EN: ReportMsgs = ReportMsgs { title: "" };
