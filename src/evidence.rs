//! Evidence (佐证材料), pure: which files a document names, which stored
//! files no record names any more, and the evidence behind each target for
//! the report's annex.
//!
//! The document keeps only references ([`FileRef`]: hash, type, size); the
//! bytes live once per SHA-256 in the browser's file store and in packages
//! (`package`). Nothing here reads a file or the clock.
mod adding;
mod quota;

pub use adding::{additions, screenshot_name, Additions, Duplicate, Incoming};
pub use quota::{quota_in_force, QuotaInForce};

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use crate::plan::{ActivityId, Document, Evidence, FileRef, ReadingId, TargetId};

/// The largest file kept as evidence: 100 MB. A larger one is refused when
/// attached and when read from a package.
pub const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;

/// SHA-256 of `bytes` as 64 lowercase hex digits, the form [`FileRef`]
/// keeps.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Whether `s` has the form of a [`FileRef::sha256`]: 64 lowercase hex
/// digits.
pub fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// A record that names evidence.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum RecordRef {
    /// A ledger entry.
    Activity(ActivityId),
    /// A reading.
    Reading(ReadingId),
}

/// One file the document names, with the first name it was given (records
/// may name the same bytes under several names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedFile {
    /// The reference: hash, type, size.
    pub file: FileRef,
    /// The name the first record (in ledger order) gives it.
    pub name: String,
    /// How many records name it.
    pub records: usize,
}

/// Every record's evidence, activities first, in ledger order.
pub fn records(doc: &Document) -> impl Iterator<Item = (RecordRef, &[Evidence])> {
    doc.activities
        .iter()
        .map(|a| (RecordRef::Activity(a.id.clone()), a.evidence.as_slice()))
        .chain(
            doc.readings
                .iter()
                .map(|r| (RecordRef::Reading(r.id.clone()), r.evidence.as_slice())),
        )
}

/// Every file the document names, once per hash, by hash.
pub fn named_files(doc: &Document) -> BTreeMap<String, NamedFile> {
    let mut out: BTreeMap<String, NamedFile> = BTreeMap::new();
    for (_, evidence) in records(doc) {
        let mut seen_here = BTreeSet::new();
        for e in evidence {
            let Some(file) = &e.file else { continue };
            if !seen_here.insert(file.sha256.as_str()) {
                continue;
            }
            out.entry(file.sha256.clone())
                .and_modify(|n| n.records += 1)
                .or_insert_with(|| NamedFile {
                    file: file.clone(),
                    name: e.name.clone(),
                    records: 1,
                });
        }
    }
    out
}

/// The hashes the document names.
pub fn named_hashes(doc: &Document) -> BTreeSet<String> {
    records(doc)
        .flat_map(|(_, ev)| ev.iter())
        .filter_map(|e| e.file.as_ref().map(|f| f.sha256.clone()))
        .collect()
}

/// The stored hashes that neither `doc` nor any of `also` (the documents an
/// undo could bring back) names: the files that may be deleted. Sorted.
pub fn unnamed<'a>(
    doc: &Document,
    also: impl IntoIterator<Item = &'a Document>,
    stored: impl IntoIterator<Item = &'a str>,
) -> Vec<String> {
    let mut named = named_hashes(doc);
    for d in also {
        named.extend(named_hashes(d));
    }
    let mut out: Vec<String> = stored
        .into_iter()
        .filter(|h| !named.contains(*h))
        .map(str::to_string)
        .collect();
    out.sort();
    out.dedup();
    out
}

/// The hashes named by any evidence in `evidence`.
pub fn hashes_of(evidence: &[Evidence]) -> BTreeSet<String> {
    evidence
        .iter()
        .filter_map(|e| e.file.as_ref().map(|f| f.sha256.clone()))
        .collect()
}

/// Sum of the sizes of every file the document names, each hash once.
pub fn named_bytes(doc: &Document) -> u64 {
    named_files(doc).values().map(|n| n.file.size).sum()
}

/// A file name that every file system takes: no path separators, no
/// characters Windows refuses, no control characters, no leading or
/// trailing dots or spaces, at most 120 characters. Empty gives "file".
pub fn safe_name(name: &str) -> String {
    let replaced: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '_',
            c if c.is_control() => '_',
            c => c,
        })
        .collect();
    let trimmed = replaced.trim_matches(|c: char| c == '.' || c.is_whitespace());
    let mut out: String = trimmed.chars().take(120).collect();
    if out.is_empty() {
        out = "file".to_string();
    }
    out
}

/// Whether a media type is of an image the browser can show as a
/// thumbnail.
pub fn is_image(mime: &str) -> bool {
    matches!(
        mime,
        "image/png" | "image/jpeg" | "image/gif" | "image/webp" | "image/bmp"
    )
}

/// A media type guessed from the name's extension, for files the browser
/// gives none (and for files read from a package with an empty type).
pub fn mime_from_name(name: &str) -> &'static str {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "pdf" => "application/pdf",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "bmp" => "image/bmp",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "doc" => "application/msword",
        "xls" => "application/vnd.ms-excel",
        "txt" => "text/plain",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

/// One piece of evidence in the annex.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnexItem {
    /// The record's date.
    pub date: NaiveDate,
    /// The record's title (an activity's title; a reading's notes).
    pub record: String,
    /// The evidence's name (file name or reference).
    pub name: String,
    /// Whether it is a reference to evidence kept elsewhere (no file).
    pub elsewhere: bool,
    /// The file, when kept with the document.
    pub file: Option<FileRef>,
}

/// The evidence behind one target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnnexTarget {
    /// The target.
    pub target: TargetId,
    /// Its title.
    pub title: String,
    /// Its records' evidence, by date, then record, then name.
    pub items: Vec<AnnexItem>,
}

/// The evidence behind each of `targets` (in that order) from records dated
/// from `from` to `to`, both counted; targets without evidence are left out.
pub fn annex(
    doc: &Document,
    targets: &[TargetId],
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<AnnexTarget> {
    let mut by_target: BTreeMap<TargetId, Vec<AnnexItem>> = BTreeMap::new();
    let mut push = |t: &TargetId, date: NaiveDate, record: &str, ev: &[Evidence]| {
        if date < from || date > to {
            return;
        }
        for e in ev {
            by_target.entry(t.clone()).or_default().push(AnnexItem {
                date,
                record: record.to_string(),
                name: e.name.clone(),
                elsewhere: e.file.is_none(),
                file: e.file.clone(),
            });
        }
    };
    for t in targets {
        for a in doc.activities.iter().filter(|a| a.targets.contains(t)) {
            push(t, a.date, &a.title, &a.evidence);
        }
        for r in doc.readings.iter().filter(|r| &r.target == t) {
            push(t, r.date, &r.notes, &r.evidence);
        }
    }
    targets
        .iter()
        .filter_map(|t| {
            let mut items = by_target.remove(t)?;
            items.sort_by(|a, b| (a.date, &a.record, &a.name).cmp(&(b.date, &b.record, &b.name)));
            items.dedup();
            let title = doc
                .plan
                .target(t)
                .map(|x| x.title.clone())
                .unwrap_or_default();
            Some(AnnexTarget {
                target: t.clone(),
                title,
                items,
            })
        })
        .collect()
}
