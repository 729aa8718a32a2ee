//! Why a workbook could not be read, in Luoshi's words: the spreadsheet
//! reader's (calamine) and the unzipper's failures sorted into
//! [`BookFault`], never their English sentences. Beside [`ZipFault`], below
//! both readers of a workbook: the ledger's (`xlsx`) and the plan's
//! (`intake`).

use super::ZipFault;

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
