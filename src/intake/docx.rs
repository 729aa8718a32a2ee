//! The text of a plan file: a `.txt` (UTF-8) or a `.docx` (the paragraphs of
//! `word/document.xml` in its zip container), with a distinct error for each
//! way a file can be wrong.
//!
//! Word's automatic list numbering (一、 drawn by the numbering part, not
//! typed) is not in `document.xml`: such headings arrive without their
//! marker and read as plain paragraphs.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::unzip::ZipFault;

/// The largest file read: 50 MB.
pub const MAX_BYTES: usize = 50 * 1024 * 1024;
/// The largest `word/document.xml` unpacked, against zip bombs: 200 MB.
const MAX_XML: u64 = 200 * 1024 * 1024;

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
    /// `word/document.xml` could not be unzipped.
    #[error("word/document.xml cannot be unzipped: {0}")]
    Unzip(ZipFault),
    /// A zip without `word/document.xml`.
    #[error("the zip has no word/document.xml: not a Word document")]
    NoDocument,
    /// `word/document.xml` is not UTF-8 text.
    #[error("word/document.xml is not UTF-8 text")]
    XmlNotUtf8,
    /// `word/document.xml` unpacks to more than a plan's text could be.
    #[error("word/document.xml unpacks to over 200 MB")]
    XmlTooLarge,
    /// `word/document.xml` is not well-formed XML.
    #[error("word/document.xml is not well-formed XML (at byte {at})")]
    BadXml {
        /// The byte where the XML reader stopped.
        at: u64,
    },
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
            InputError::Unzip(e) => {
                format!("word/document.xml 无法解压：{}", e.message_zh())
            }
            InputError::NoDocument => "压缩包中没有 word/document.xml，不是 Word 文档".into(),
            InputError::XmlNotUtf8 => "word/document.xml 不是 UTF-8 文本".into(),
            InputError::XmlTooLarge => "word/document.xml 解压后超过 200 MB，不予读取".into(),
            InputError::BadXml { at } => {
                format!("word/document.xml 不是格式正确的 XML（第 {at} 字节处）")
            }
        }
    }
}

fn check_size(bytes: &[u8]) -> Result<(), InputError> {
    if bytes.len() > MAX_BYTES {
        return Err(InputError::TooLarge { size: bytes.len() });
    }
    if bytes.is_empty() {
        return Err(InputError::Empty);
    }
    Ok(())
}

/// The text of a `.txt` file: UTF-8 (a BOM is dropped) or UTF-16 with a BOM.
pub fn text_file(bytes: &[u8]) -> Result<String, InputError> {
    check_size(bytes)?;
    let utf16 = |le: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|p| {
                if le {
                    u16::from_le_bytes([p[0], p[1]])
                } else {
                    u16::from_be_bytes([p[0], p[1]])
                }
            })
            .collect();
        String::from_utf16(&units).map_err(|_| InputError::NotUtf8 { at: 0 })
    };
    match bytes {
        [0xFF, 0xFE, ..] => return utf16(true),
        [0xFE, 0xFF, ..] => return utf16(false),
        _ => {}
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary { at });
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(body)
        .map(str::to_string)
        .map_err(|e| InputError::NotUtf8 {
            at: e.valid_up_to() + (bytes.len() - body.len()),
        })
}

/// The paragraphs of a `.docx`, in order, each as one line of text.
pub fn docx_paragraphs(bytes: &[u8]) -> Result<Vec<String>, InputError> {
    check_size(bytes)?;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| InputError::NotZip(ZipFault::of(&e)))?;
    let mut xml = String::new();
    {
        let entry = match zip.by_name("word/document.xml") {
            Ok(entry) => entry,
            Err(zip::result::ZipError::FileNotFound) => return Err(InputError::NoDocument),
            Err(e) => return Err(InputError::Unzip(ZipFault::of(&e))),
        };
        let mut limited = entry.take(MAX_XML + 1);
        limited
            .read_to_string(&mut xml)
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::InvalidData if e.get_ref().is_none() => InputError::XmlNotUtf8,
                _ => InputError::Unzip(ZipFault::of_io(&e)),
            })?;
        if xml.len() as u64 > MAX_XML {
            return Err(InputError::XmlTooLarge);
        }
    }
    paragraphs_of(&xml)
}

/// The paragraphs (`w:p`) of WordprocessingML: the text of their `w:t`
/// runs, a tab for `w:tab`.
fn paragraphs_of(xml: &str) -> Result<Vec<String>, InputError> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    let mut para = String::new();
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(|_| InputError::BadXml {
            at: reader.error_position(),
        })?;
        match event {
            Event::Start(e) if e.local_name().as_ref() == "t" => in_text = true,
            Event::End(e) if e.local_name().as_ref() == "t" => in_text = false,
            Event::Empty(e) if e.local_name().as_ref() == "tab" => para.push('\t'),
            Event::End(e) if e.local_name().as_ref() == "p" => {
                out.push(std::mem::take(&mut para).trim().to_string());
            }
            Event::Text(t) if in_text => para.push_str(&t.xml10_content()),
            Event::GeneralRef(r) if in_text => {
                let c = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c),
                    _ => match r.xml10_content().as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    },
                };
                para.extend(c);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    out.retain(|p| !p.is_empty());
    Ok(out)
}

/// The text of a plan file named `name`: a `.docx` by its paragraphs, any
/// other file as text. A file that starts like a zip is read as a .docx
/// whatever its name.
pub fn plan_text(name: &str, bytes: &[u8]) -> Result<String, InputError> {
    let docx = name.to_ascii_lowercase().ends_with(".docx") || bytes.starts_with(b"PK\x03\x04");
    if docx {
        docx_paragraphs(bytes).map(|p| p.join("\n"))
    } else {
        text_file(bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_xml_paragraphs() {
        let xml = r#"<?xml version="1.0"?><w:document xmlns:w="x"><w:body>
            <w:p><w:r><w:t>一、工作</w:t></w:r><w:r><w:t xml:space="preserve">目标 &amp; 任务</w:t></w:r></w:p>
            <w:p/><w:p><w:r><w:instrText>PAGE</w:instrText><w:t>每月1次</w:t></w:r></w:p>
            </w:body></w:document>"#;
        assert_eq!(
            paragraphs_of(xml).unwrap(),
            ["一、工作目标 & 任务", "每月1次"]
        );
    }

    #[test]
    fn bad_text_files() {
        assert_eq!(text_file(b""), Err(InputError::Empty));
        assert_eq!(text_file(b"ab\0c"), Err(InputError::Binary { at: 2 }));
        assert_eq!(text_file(b"ab\xffc"), Err(InputError::NotUtf8 { at: 2 }));
        assert_eq!(text_file("\u{feff}计划".as_bytes()).unwrap(), "计划");
        assert!(matches!(
            docx_paragraphs(b"not a zip"),
            Err(InputError::NotZip(_))
        ));
    }
}
