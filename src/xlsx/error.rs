//! Why a ledger could not be read from a workbook, in Luoshi's words, and
//! the limits those words name. A workbook's own faults (calamine's and the
//! unzipper's failures) are [`BookFault`]s, sorted in `unzip` where the
//! plan's reader (`intake`) finds them too.

pub use crate::unzip::BookFault;

/// The largest workbook read: a ledger of tens of thousands of rows is a
/// few megabytes; anything near this is not a ledger.
pub const MAX_XLSX_BYTES: usize = 20 * 1024 * 1024;

/// The most the workbook's parts may expand to when unzipped: a bound on
/// what a small, deliberately built file (a "zip bomb") can make us hold.
pub(super) const MAX_UNZIPPED_BYTES: u128 = 200 * 1024 * 1024;

/// How far down a sheet the header row is looked for (a title, a unit line
/// and a blank line often come first).
pub(super) const HEADER_SEARCH_ROWS: usize = 20;

/// Why a workbook could not be read at all. Nothing is imported.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Larger than [`MAX_XLSX_BYTES`]: refused before reading.
    #[error("the file is too large: {bytes} bytes, the limit for an .xlsx workbook is {limit} bytes (20 MB)", limit = MAX_XLSX_BYTES)]
    TooLarge {
        /// The file's size.
        bytes: usize,
    },
    /// An Excel 97–2003 workbook (.xls), which this app does not read.
    #[error("this is an Excel 97-2003 workbook (.xls): save it as an Excel workbook (.xlsx) and import that")]
    OldXls,
    /// Not a zip archive, or a zip that is not an .xlsx workbook.
    #[error("the file is not an Excel workbook (.xlsx), or it is damaged: {0}")]
    NotXlsx(BookFault),
    /// The parts would unzip to far more than a ledger holds.
    #[error("the workbook would unzip to {bytes} bytes, more than the {limit} bytes a ledger could need: it is refused", limit = MAX_UNZIPPED_BYTES)]
    ExpandsTooMuch {
        /// What the parts claim to expand to.
        bytes: u128,
    },
    /// No visible sheet has a header row with 日期 and 事项.
    #[error("no visible sheet has a header row with the columns 日期 (date) and 事项 (title) in its first {rows} rows; sheets looked at: {sheets}", rows = HEADER_SEARCH_ROWS)]
    NoLedgerSheet {
        /// The sheets looked at, quoted and separated by commas.
        sheets: String,
    },
    /// A sheet could not be read.
    #[error("the sheet \"{sheet}\" cannot be read: {fault}")]
    Sheet {
        /// The sheet's name.
        sheet: String,
        /// Why.
        fault: BookFault,
    },
}

impl ReadError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            ReadError::TooLarge { bytes } => format!(
                "文件过大：{bytes} 字节，.xlsx 工作簿的上限为 {MAX_XLSX_BYTES} 字节（20 MB）"
            ),
            ReadError::OldXls => {
                "这是 Excel 97-2003 工作簿（.xls）：请在 Excel 或 WPS 中另存为 .xlsx 后再导入".into()
            }
            ReadError::NotXlsx(why) => {
                format!("该文件不是 Excel 工作簿（.xlsx），或已损坏：{}", why.message_zh())
            }
            ReadError::ExpandsTooMuch { bytes } => format!(
                "该工作簿解压后有 {bytes} 字节，远超台账所需（上限 {MAX_UNZIPPED_BYTES} 字节），不予读取"
            ),
            ReadError::NoLedgerSheet { sheets } => format!(
                "没有哪个可见工作表的前 {HEADER_SEARCH_ROWS} 行中有含“日期”和“事项”列的表头；已查看：{sheets}"
            ),
            ReadError::Sheet { sheet, fault } => {
                format!("无法读取工作表“{sheet}”：{}", fault.message_zh())
            }
        }
    }
}
