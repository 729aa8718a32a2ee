//! The Word package's container, written by the zip crate: the one zip
//! implementation that also writes and reads evidence packages and reads
//! workbooks and plan files.
//!
//! Entries are stored (not deflated): a report is a few tens of kilobytes,
//! and stored entries keep the text of `word/document.xml` searchable in the
//! bytes. Every entry carries the same fixed time (1980-01-01 00:00, the
//! zip format's first day) and no clock time, so the same report always
//! gives the same bytes.

use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// A zip archive of `files` (name, content), each entry stored.
///
/// # Panics
/// Only on names given twice: the callers pass the package's own fixed,
/// distinct part names. Writing into memory cannot fail otherwise (an
/// entry of 4 GiB or more is marked large).
pub fn stored_zip(files: &[(&str, Vec<u8>)]) -> Vec<u8> {
    write(files).expect("distinct part names, written into memory")
}

fn write(files: &[(&str, Vec<u8>)]) -> Result<Vec<u8>, zip::result::ZipError> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(DateTime::default());
    for (name, data) in files {
        let large = data.len() as u64 >= u64::from(u32::MAX);
        zip.start_file(*name, opts.large_file(large))?;
        zip.write_all(data)?;
    }
    Ok(zip.finish()?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn entries_read_back_through_the_same_crate() {
        let zip = stored_zip(&[
            ("a.txt", b"hello".to_vec()),
            ("word/文档.xml", "<w:t>落实</w:t>".as_bytes().to_vec()),
        ]);
        assert_eq!(&zip[..4], b"PK\x03\x04");
        let mut archive = zip::ZipArchive::new(Cursor::new(&zip)).expect("opens");
        assert_eq!(archive.len(), 2);
        let mut text = String::new();
        let mut entry = archive.by_name("word/文档.xml").expect("entry");
        assert_eq!(entry.compression(), CompressionMethod::Stored);
        entry.read_to_string(&mut text).expect("reads");
        assert_eq!(text, "<w:t>落实</w:t>");
        assert_eq!(
            zip,
            stored_zip(&[
                ("a.txt", b"hello".to_vec()),
                ("word/文档.xml", "<w:t>落实</w:t>".as_bytes().to_vec()),
            ]),
            "the same entries give the same bytes"
        );
    }
}
