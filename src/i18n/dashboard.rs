//! Messages of the dashboard area.

/// Strings of the dashboard area.
#[derive(Debug)]
pub struct DashboardMsgs {
    /// The area's name.
    pub title: &'static str,
}

/// 中文.
pub const ZH: DashboardMsgs = DashboardMsgs { title: "" };

/// English.
pub const EN: DashboardMsgs = DashboardMsgs { title: "" };
