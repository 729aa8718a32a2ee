//! Why a workbook could not be read, in Luoshi's words: the spreadsheet
//! reader's (calamine) and the unzipper's failures sorted into [`BookFault`],
//! never their English sentences.

use super::read::{HEADER_SEARCH_ROWS, MAX_UNZIPPED_BYTES, MAX_XLSX_BYTES};
use crate::unzip::ZipFault;

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

/// Why a workbook, or one of its sheets, could not be read: the zip
/// container's fault or the spreadsheet reader's (calamine), sorted into
/// Luoshi's own words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BookFault {
    /// The bytes could not be had at all (the browser did not give them).
    #[error("the file could not be read")]
    Unread,
    /// The zip container is damaged, cut off or not a zip.
    #[error("{0}")]
    Zip(ZipFault),
    /// A zip, but without a workbook part.
    #[error("the archive holds no workbook (xl/workbook.xml)")]
    NoWorkbook,
    /// Protected by a password.
    #[error("the workbook is protected by a password: remove the password in Excel or WPS and save it again")]
    Encrypted,
    /// A part the workbook names is missing.
    #[error("the part {0} that the workbook names is missing")]
    MissingPart(String),
    /// The sheet named is not in the workbook, or is a chart sheet.
    #[error("the workbook has no such worksheet")]
    NoSheet,
    /// The XML inside is damaged or not of a workbook.
    #[error("the workbook's content (its XML) is damaged or not what Excel writes")]
    Damaged,
}

impl BookFault {
    /// The fault behind an error of the spreadsheet reader.
    pub fn of(e: &calamine::XlsxError) -> BookFault {
        use calamine::XlsxError as E;
        match e {
            E::Zip(z) => BookFault::Zip(ZipFault::of(z)),
            E::Io(io) => BookFault::Zip(ZipFault::of_io(io)),
            E::Password => BookFault::Encrypted,
            E::FileNotFound(part) => BookFault::MissingPart(part.clone()),
            E::WorksheetNotFound(_) | E::NotAWorksheet(_) => BookFault::NoSheet,
            // The XML reader meets the unzipper's failures as I/O errors
            // (an entry compressed by an unsupported method, a bad CRC).
            other => {
                let mut cause = std::error::Error::source(other);
                while let Some(e) = cause {
                    if let Some(z) = e.downcast_ref::<zip::result::ZipError>() {
                        return BookFault::Zip(ZipFault::of(z));
                    }
                    if let Some(io) = e.downcast_ref::<std::io::Error>() {
                        return BookFault::Zip(ZipFault::of_io(io));
                    }
                    // quick-xml keeps its I/O error in an `Arc`.
                    if let Some(io) = e.downcast_ref::<std::sync::Arc<std::io::Error>>() {
                        return BookFault::Zip(ZipFault::of_io(io));
                    }
                    cause = e.source();
                }
                BookFault::Damaged
            }
        }
    }

    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            BookFault::Unread => "无法读取该文件".into(),
            BookFault::Zip(z) => z.message_zh(),
            BookFault::NoWorkbook => "压缩包中没有工作簿（xl/workbook.xml）".into(),
            BookFault::Encrypted => {
                "工作簿设有密码保护：请在 Excel 或 WPS 中取消密码后另存再导入".into()
            }
            BookFault::MissingPart(part) => format!("工作簿所引用的部件 {part} 缺失"),
            BookFault::NoSheet => "工作簿中没有这张工作表".into(),
            BookFault::Damaged => "工作簿的内容（XML）已损坏，或不是 Excel 写出的格式".into(),
        }
    }
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
