//! Packages (.zip) that carry a document with its evidence files, pure.
//!
//! A package holds `luoshi.json` (the document, pretty format-v3 JSON),
//! `manifest.json` (each file's path, SHA-256, size, name and type) and
//! `files/<sha256>-<name>` for every file the document names. [`write()`]
//! builds one from the document and the stored bytes; [`read`] checks one
//! (size, entry count, what each entry claims and really unzips to, paths
//! that climb out, every file's hash) before anything is taken from it: a
//! damaged file is named and skipped, the rest is returned.
//!
//! The manifest is read and written with `serde_json::Value`, without
//! derives: the file format proper stays in `format`.

mod error;
mod read;
mod write;

pub use error::{ManifestProblem, PackageError};
pub use read::{read, Damaged, Problem, Unpacked, UnpackedFile};
pub use write::{write, Written};

/// The document's entry.
pub const DOCUMENT_ENTRY: &str = "luoshi.json";
/// The manifest's entry.
pub const MANIFEST_ENTRY: &str = "manifest.json";
/// The folder of the files.
pub const FILES_DIR: &str = "files/";
/// What the manifest's `format` says.
pub const MANIFEST_FORMAT: &str = "luoshi-package";
/// The manifest's version.
pub const MANIFEST_VERSION: u64 = 1;

/// The largest package read: 1 GiB.
pub const MAX_PACKAGE_BYTES: u64 = 1 << 30;
/// The most all entries together may unzip to: 1 GiB.
pub const MAX_UNPACKED_BYTES: u64 = 1 << 30;
/// The most entries a package may hold.
pub const MAX_ENTRIES: usize = 20_000;
/// The largest document entry: 64 MiB.
pub const MAX_DOCUMENT_BYTES: u64 = 64 << 20;
/// An entry unzipping to more than this many times its compressed size,
/// beyond [`RATIO_FLOOR`] bytes, is taken for a zip bomb.
pub const MAX_RATIO: u64 = 200;
/// Entries up to this size are never refused for their ratio.
pub const RATIO_FLOOR: u64 = 1 << 20;

/// The entry name of a file in a package: `files/<sha256>-<safe name>`.
pub fn file_entry(sha256: &str, name: &str) -> String {
    format!("{FILES_DIR}{sha256}-{}", crate::evidence::safe_name(name))
}

/// The name of a package file: `落实台账-<unit>-2026-11-27.zip`.
pub fn package_file_name(unit: &str, date: chrono::NaiveDate) -> String {
    let json = crate::format::export_file_name(unit, date);
    match json.strip_suffix(".json") {
        Some(stem) => format!("{stem}.zip"),
        None => format!("{json}.zip"),
    }
}

/// Whether a file's content is already compressed, so deflating it again
/// would only cost time.
pub fn already_compressed(mime: &str, name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    mime.starts_with("image/") && mime != "image/bmp" && mime != "image/svg+xml"
        || mime.starts_with("video/")
        || mime.starts_with("audio/")
        || matches!(mime, "application/pdf" | "application/zip")
        || [
            ".pdf", ".jpg", ".jpeg", ".png", ".gif", ".webp", ".zip", ".docx", ".xlsx", ".pptx",
            ".ofd", ".mp4", ".rar", ".7z", ".gz",
        ]
        .iter()
        .any(|ext| lower.ends_with(ext))
}
