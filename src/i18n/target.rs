//! Messages of the target area.

/// Strings of the target area.
#[derive(Debug)]
pub struct TargetMsgs {
    /// The area's name.
    pub title: &'static str,
}

/// 中文.
pub const ZH: TargetMsgs = TargetMsgs { title: "" };

/// English.
pub const EN: TargetMsgs = TargetMsgs { title: "" };
