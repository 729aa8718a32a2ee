//! The text of a plan file: a `.txt` (UTF-8) or a `.docx` (the paragraphs of
//! `word/document.xml` in its zip container), with a distinct error for each
//! way a file can be wrong.
//!
//! Word's automatic list numbering (一、 drawn by the numbering part, not
//! typed) is read from `numbering.xml` (`numbering`), so such headings
//! arrive with their numbers; tables arrive as rows of cells.

use std::io::{Cursor, Read};

use quick_xml::events::Event;
use quick_xml::Reader;

pub use super::input::{InputError, MAX_BYTES};
use super::numbering::{self, Numbering};
use crate::unzip::ZipFault;

/// The largest `word/document.xml` unpacked, against zip bombs: 200 MB.
const MAX_XML: u64 = 200 * 1024 * 1024;

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

/// A Word document's body: its paragraphs, each with the number Word
/// draws before it (一、 （一） 1.), and its tables, each as rows of cells.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Docx {
    /// The paragraphs outside tables, in order, blank ones dropped.
    pub paragraphs: Vec<String>,
    /// The tables, in order: rows of cells, a cell's paragraphs joined by
    /// a line break.
    pub tables: Vec<Vec<Vec<String>>>,
}

/// A part of the zip as text, `""` when the document has none.
fn part(
    zip: &mut zip::ZipArchive<Cursor<&[u8]>>,
    name: &str,
) -> Result<Option<String>, InputError> {
    let entry = match zip.by_name(name) {
        Ok(entry) => entry,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => {
            return Err(InputError::Unzip {
                part: name.to_string(),
                fault: ZipFault::of(&e),
            })
        }
    };
    let mut xml = String::new();
    let mut limited = entry.take(MAX_XML + 1);
    limited
        .read_to_string(&mut xml)
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::InvalidData if e.get_ref().is_none() => {
                InputError::XmlNotUtf8(name.to_string())
            }
            _ => InputError::Unzip {
                part: name.to_string(),
                fault: ZipFault::of_io(&e),
            },
        })?;
    if xml.len() as u64 > MAX_XML {
        return Err(InputError::XmlTooLarge(name.to_string()));
    }
    Ok(Some(xml))
}

/// Reads a `.docx`: its paragraphs with their list numbers and its tables.
pub fn read_docx(bytes: &[u8]) -> Result<Docx, InputError> {
    check_size(bytes)?;
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| InputError::NotZip(ZipFault::of(&e)))?;
    let xml = part(&mut zip, "word/document.xml")?.ok_or(InputError::NoDocument)?;
    let numbering = part(&mut zip, "word/numbering.xml")?.unwrap_or_default();
    let styles = part(&mut zip, "word/styles.xml")?.unwrap_or_default();
    body_of(&xml, Numbering::read(&numbering, &styles))
}

/// The paragraphs of a `.docx`, in order, each as one line of text with
/// its list number; a table's cells follow as lines of their own.
pub fn docx_paragraphs(bytes: &[u8]) -> Result<Vec<String>, InputError> {
    let doc = read_docx(bytes)?;
    let mut out = doc.paragraphs;
    for table in doc.tables {
        out.extend(table.into_iter().flatten().filter(|c| !c.is_empty()));
    }
    Ok(out)
}

/// The body of WordprocessingML: paragraphs (`w:p`: the text of their
/// `w:t` runs, a tab for `w:tab`, the list number from `numbering`) and
/// tables (`w:tbl`, rows `w:tr`, cells `w:tc`).
fn body_of(xml: &str, mut numbering: Numbering) -> Result<Docx, InputError> {
    let mut reader = Reader::from_str(xml);
    let mut doc = Docx::default();
    let mut para = String::new();
    let mut in_text = false;
    // The list a paragraph belongs to: its style's, or its own numPr.
    let mut list: (Option<String>, Option<u8>) = (None, None);
    // Open tables, innermost last: rows of cells.
    let mut tables: Vec<Vec<Vec<String>>> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|_| InputError::BadXml {
            at: reader.error_position(),
        })?;
        match event {
            Event::Start(e) | Event::Empty(e)
                if matches!(e.local_name().into_inner(), "pStyle" | "numId" | "ilvl") =>
            {
                let v = numbering::val(&e);
                match e.local_name().into_inner() {
                    "pStyle" => {
                        if let Some((id, lvl)) = v.and_then(|s| numbering.styles.get(&s).cloned()) {
                            list = (Some(id), list.1.or(Some(lvl)));
                        }
                    }
                    "numId" => list.0 = v,
                    _ => list.1 = v.and_then(|x| x.parse().ok()),
                }
            }
            Event::Start(e) if e.local_name().into_inner() == "tbl" => tables.push(Vec::new()),
            Event::Start(e) if e.local_name().into_inner() == "tr" => {
                if let Some(t) = tables.last_mut() {
                    t.push(Vec::new());
                }
            }
            Event::Start(e) if e.local_name().into_inner() == "tc" => {
                if let Some(row) = tables.last_mut().and_then(|t| t.last_mut()) {
                    row.push(String::new());
                }
            }
            Event::End(e) if e.local_name().into_inner() == "tbl" => {
                if let Some(t) = tables.pop() {
                    doc.tables.push(t);
                }
            }
            Event::Start(e) if e.local_name().into_inner() == "t" => in_text = true,
            Event::End(e) if e.local_name().into_inner() == "t" => in_text = false,
            Event::Empty(e) if e.local_name().into_inner() == "tab" => para.push('\t'),
            Event::End(e) if e.local_name().into_inner() == "p" => {
                let text = std::mem::take(&mut para).trim().to_string();
                let label = match std::mem::take(&mut list) {
                    (Some(id), lvl) if id != "0" && !text.is_empty() => {
                        numbering.next(&id, lvl.unwrap_or(0))
                    }
                    _ => String::new(),
                };
                match tables
                    .last_mut()
                    .and_then(|t| t.last_mut())
                    .and_then(|r| r.last_mut())
                {
                    Some(cell) => {
                        if !cell.is_empty() && !text.is_empty() {
                            cell.push('\n');
                        }
                        cell.push_str(&text);
                    }
                    None if !text.is_empty() => doc.paragraphs.push(format!("{label}{text}")),
                    None => {}
                }
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
    Ok(doc)
}

/// The paragraphs of WordprocessingML with no numbering part.
#[cfg(test)]
fn paragraphs_of(xml: &str) -> Result<Vec<String>, InputError> {
    body_of(xml, Numbering::default()).map(|d| d.paragraphs)
}

/// A plan file read: its text, and the tables in it that name a task or
/// target column (a 任务分解表 inside a .docx), to be read by their columns.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PlanFile {
    /// The text: a .txt's, or a .docx's paragraphs and the cells of its
    /// other tables.
    pub text: String,
    /// Its task tables, each its rows of cells.
    pub tables: Vec<Vec<Vec<String>>>,
}

/// Reads a plan file named `name`: a `.docx` by its paragraphs and tables,
/// any other file as text. A file that starts like a zip is read as a
/// .docx whatever its name.
pub fn plan_file(name: &str, bytes: &[u8]) -> Result<PlanFile, InputError> {
    check_size(bytes)?;
    if super::pdf::is_pdf(bytes) {
        return Ok(PlanFile {
            text: super::pdf::pdf_text(bytes)?,
            tables: Vec::new(),
        });
    }
    if is_old_doc(bytes) {
        return Err(InputError::OldDoc);
    }
    let docx = name.to_ascii_lowercase().ends_with(".docx") || bytes.starts_with(b"PK\x03\x04");
    if !docx {
        return Ok(PlanFile {
            text: text_file(bytes)?,
            tables: Vec::new(),
        });
    }
    let doc = read_docx(bytes)?;
    let mut lines = doc.paragraphs;
    let mut tables = Vec::new();
    for table in doc.tables {
        if super::table::has_header(&table) {
            tables.push(table);
        } else {
            lines.extend(table.into_iter().flatten().filter(|c| !c.is_empty()));
        }
    }
    Ok(PlanFile {
        text: lines.join("\n"),
        tables,
    })
}

/// Whether the bytes are an OLE compound file: Word 97–2003's .doc (and
/// .xls), which the reader does not take.
fn is_old_doc(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

/// The text of a plan file named `name`: a `.docx` by its paragraphs (and
/// its tables' cells), any other file as text.
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
