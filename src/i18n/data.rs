//! Messages of the data area.

/// Strings of the data area.
#[derive(Debug)]
pub struct DataMsgs {
    /// The area's name.
    pub title: &'static str,
}

/// 中文.
pub const ZH: DataMsgs = DataMsgs { title: "" };

/// English.
pub const EN: DataMsgs = DataMsgs { title: "" };
