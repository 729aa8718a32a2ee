//! Messages of the ledger area.

/// Strings of the ledger area.
#[derive(Debug)]
pub struct LedgerMsgs {
    /// The area's name.
    pub title: &'static str,
}

/// 中文.
pub const ZH: LedgerMsgs = LedgerMsgs { title: "" };

/// English.
pub const EN: LedgerMsgs = LedgerMsgs { title: "" };
