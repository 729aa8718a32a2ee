//! Writing a package.

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use serde_json::{json, Value};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::{
    already_compressed, file_entry, PackageError, DOCUMENT_ENTRY, MANIFEST_ENTRY, MANIFEST_FORMAT,
    MANIFEST_VERSION,
};
use crate::evidence::{named_files, sha256_hex, NamedFile};
use crate::format;
use crate::plan::{Document, Stamp};
use crate::unzip::ZipFault;

/// A written package and what it could not carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    /// The .zip bytes.
    pub bytes: Vec<u8>,
    /// How many files it carries.
    pub files: usize,
    /// Files the document names whose bytes were not given: left out (the
    /// document still names them).
    pub missing: Vec<NamedFile>,
    /// Files whose given bytes do not match their hash: left out.
    pub damaged: Vec<NamedFile>,
}

/// A package of `doc` (exported at `exported_at`) with every file it names
/// whose bytes are in `stored` (by SHA-256). The same inputs always give the
/// same bytes: entries are in hash order and carry no clock time.
pub fn write(
    doc: &Document,
    exported_at: Option<Stamp>,
    stored: &BTreeMap<String, Vec<u8>>,
) -> Result<Written, PackageError> {
    let fail = |e: zip::result::ZipError| PackageError::Write(ZipFault::of(&e));
    let io_fail = |e: std::io::Error| PackageError::Write(ZipFault::of_io(&e));
    let base = SimpleFileOptions::default().last_modified_time(zip::DateTime::default());
    let deflate = base
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(6));
    let stored_opts = base.compression_method(CompressionMethod::Stored);
    let fast = base
        .compression_method(CompressionMethod::Deflated)
        .compression_level(Some(1));

    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let mut manifest_files = Vec::new();
    let mut missing = Vec::new();
    let mut damaged = Vec::new();
    let mut carried = Vec::new();
    for (hash, named) in named_files(doc) {
        let Some(bytes) = stored.get(&hash) else {
            missing.push(named);
            continue;
        };
        if sha256_hex(bytes) != hash {
            damaged.push(named);
            continue;
        }
        let path = file_entry(&hash, &named.name);
        manifest_files.push(json!({
            "path": path,
            "sha256": hash,
            "size": bytes.len() as u64,
            "name": named.name,
            "mime": named.file.mime,
        }));
        carried.push((path, named, bytes));
    }
    let manifest = json!({
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "document": DOCUMENT_ENTRY,
        "files": Value::Array(manifest_files),
    });
    let document = format::encode_pretty(doc, exported_at);

    zip.start_file(DOCUMENT_ENTRY, deflate).map_err(fail)?;
    zip.write_all(document.as_bytes()).map_err(io_fail)?;
    zip.start_file(MANIFEST_ENTRY, deflate).map_err(fail)?;
    // A `Value` of strings and whole numbers: serde_json cannot fail on it.
    let manifest_text = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    zip.write_all(manifest_text.as_bytes()).map_err(io_fail)?;
    let files = carried.len();
    for (path, named, bytes) in carried {
        let opts = if already_compressed(&named.file.mime, &named.name) {
            stored_opts
        } else {
            fast
        };
        let opts = opts.large_file(bytes.len() as u64 >= u64::from(u32::MAX));
        zip.start_file(path, opts).map_err(fail)?;
        zip.write_all(bytes).map_err(io_fail)?;
    }
    let bytes = zip.finish().map_err(fail)?.into_inner();
    Ok(Written {
        bytes,
        files,
        missing,
        damaged,
    })
}
