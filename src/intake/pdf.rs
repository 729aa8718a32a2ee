//! The text of a PDF plan: the text a PDF made by "print to PDF" or "save
//! as PDF" carries (each font's ToUnicode map), page by page. A scanned
//! PDF (pictures, no text) gives a clear error saying what to do instead.

use super::input::InputError;

/// Whether the bytes are a PDF file.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// The largest a page's decompressed content may be, against bombs.
const MAX_PAGE: usize = 64 * 1024 * 1024;

/// The text of a PDF, its pages in order, each page's lines as the PDF
/// lays them out.
pub fn pdf_text(bytes: &[u8]) -> Result<String, InputError> {
    let doc = lopdf::Document::load_mem(bytes).map_err(|_| InputError::BadPdf)?;
    if doc.is_encrypted() {
        return Err(InputError::EncryptedPdf);
    }
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let mut out = String::new();
    for page in &pages {
        // A page whose text cannot be read is skipped; if none can be,
        // the file is taken for a scan.
        if let Ok(text) = doc.extract_text_with_limit(&[*page], MAX_PAGE) {
            out.push_str(&text);
            out.push('\n');
        }
    }
    if out.chars().filter(|c| !c.is_whitespace()).count() < 2 {
        return Err(InputError::ScannedPdf { pages: pages.len() });
    }
    Ok(out)
}
