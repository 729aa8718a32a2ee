//! Messages of the shell area.

/// Strings of the shell area.
#[derive(Debug)]
pub struct ShellMsgs {
    /// The area's name.
    pub title: &'static str,
}

/// 中文.
pub const ZH: ShellMsgs = ShellMsgs { title: "" };

/// English.
pub const EN: ShellMsgs = ShellMsgs { title: "" };
