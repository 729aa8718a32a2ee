//! The ledger and the figures as an Excel workbook (.xlsx), and a ledger read
//! back from one.
//!
//! [`write_workbook`] writes one workbook with two sheets, 台账 (the ledger)
//! and 指标进度 (every target's figures from [`crate::engine::evaluate`],
//! coloured by status), in the words of the language asked for.
//! [`read_workbook`] finds the ledger sheet of a workbook and reads it with the
//! same column mapping and per-row errors as CSV import
//! ([`crate::ledger_csv`]), saying what it noticed (formulas, hidden sheets,
//! dates kept as serial numbers).
//!
//! Pure: the as-of date and the language are parameters. The writer stamps
//! the workbook's creation time with the as-of date, so the bytes depend only
//! on the inputs.

mod error;
mod read;
mod style;
mod width;
mod write;

pub use read::{read_workbook, BookFault, Note, ReadError, XlsxImport, MAX_XLSX_BYTES};
pub use width::display_width;
pub use write::{write_workbook, WriteError};

/// MIME type of an .xlsx workbook.
pub const XLSX_MIME: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
