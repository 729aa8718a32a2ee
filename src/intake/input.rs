//! Why a plan file gave no text, for every reader of one (.txt, .docx,
//! .pdf, a spreadsheet), and the largest file any of them reads.

use crate::unzip::ZipFault;

/// The largest file read: 50 MB.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;

/// Why a file gave no text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InputError {
    /// Over [`MAX_BYTES`].
    #[error("the file is {size} bytes; files over 50 MB are not read")]
    TooLarge {
        /// Its size in bytes.
        size: usize,
    },
    /// Nothing in it.
    #[error("the file is empty")]
    Empty,
    /// A text file with a NUL byte: a binary file named .txt.
    #[error("the file is binary, not text (a NUL byte at byte {at})")]
    Binary {
        /// Offset of the first NUL.
        at: usize,
    },
    /// Not UTF-8 (nor UTF-16 with a byte-order mark).
    #[error("the file is not UTF-8 text (invalid at byte {at}); save it as UTF-8")]
    NotUtf8 {
        /// Offset of the first bad byte.
        at: usize,
    },
    /// A .docx that is not a zip archive, or a damaged one.
    #[error("the .docx is not a zip archive, or it is damaged: {0}")]
    NotZip(ZipFault),
    /// A part of the .docx could not be unzipped.
    #[error("{part} cannot be unzipped: {fault}")]
    Unzip {
        /// The part, e.g. `word/document.xml`.
        part: String,
        /// What went wrong.
        fault: ZipFault,
    },
    /// A zip without `word/document.xml`.
    #[error("the zip has no word/document.xml: not a Word document")]
    NoDocument,
    /// A part of the .docx is not UTF-8 text.
    #[error("{0} is not UTF-8 text")]
    XmlNotUtf8(String),
    /// A part of the .docx unpacks to more than a plan's text could be.
    #[error("{0} unpacks to over 200 MB")]
    XmlTooLarge(String),
    /// `word/document.xml` is not well-formed XML.
    #[error("word/document.xml is not well-formed XML (at byte {at})")]
    BadXml {
        /// The byte where the XML reader stopped.
        at: u64,
    },
    /// A PDF whose structure cannot be read (damaged, or not a PDF inside).
    #[error("the PDF is damaged or of a form that cannot be read; open it and save it again as PDF, or copy its text and paste it")]
    BadPdf,
    /// A PDF protected by a password.
    #[error("the PDF is encrypted; save an unprotected copy, or copy its text and paste it")]
    EncryptedPdf,
    /// A PDF with no text in it: a scan.
    #[error("the PDF ({pages} pages) holds no text, only pictures of pages (a scan): run it through OCR (text recognition) and paste the text, or ask for the Word or text version")]
    ScannedPdf {
        /// Its number of pages.
        pages: usize,
    },
    /// An old binary Word file (.doc, Word 97–2003).
    #[error("this is an old Word 97–2003 .doc file, which cannot be read here: open it in Word or WPS and save it as .docx, or copy its text and paste it")]
    OldDoc,
}

impl InputError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            InputError::TooLarge { size } => {
                format!("文件大小为 {size} 字节，超过 50 MB，不予读取")
            }
            InputError::Empty => "文件是空的".into(),
            InputError::Binary { at } => {
                format!("这是二进制文件，不是文本（第 {at} 字节为空字符）")
            }
            InputError::NotUtf8 { at } => {
                format!("文件不是 UTF-8 文本（第 {at} 字节起无法识别），请另存为 UTF-8")
            }
            InputError::NotZip(e) => {
                format!("该 .docx 不是 zip 压缩包，或已损坏：{}", e.message_zh())
            }
            InputError::Unzip { part, fault } => {
                format!("{part} 无法解压：{}", fault.message_zh())
            }
            InputError::NoDocument => "压缩包中没有 word/document.xml，不是 Word 文档".into(),
            InputError::XmlNotUtf8(part) => format!("{part} 不是 UTF-8 文本"),
            InputError::XmlTooLarge(part) => format!("{part} 解压后超过 200 MB，不予读取"),
            InputError::BadXml { at } => {
                format!("word/document.xml 不是格式正确的 XML（第 {at} 字节处）")
            }
            InputError::BadPdf => {
                "PDF 文件已损坏或格式无法读取：请打开后重新另存为 PDF，或复制全文后粘贴".into()
            }
            InputError::EncryptedPdf => {
                "PDF 文件设有密码保护：请另存一份未加密的副本，或复制全文后粘贴".into()
            }
            InputError::ScannedPdf { pages } => format!(
                "该 PDF（共 {pages} 页）只有页面图片、没有文字（扫描件）：请先用 OCR（文字识别）转成文字后粘贴，或向发文单位索取 Word 版或文字版"
            ),
            InputError::OldDoc => "这是旧版 Word 97-2003 的 .doc 文件，无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再选择，或复制全文后粘贴".into(),
        }
    }
}
