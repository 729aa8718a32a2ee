//! Reading and checking a package.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{Cursor, Read};

use serde_json::Value;
use zip::ZipArchive;

use super::error::ManifestProblem;
use super::{
    PackageError, DOCUMENT_ENTRY, FILES_DIR, MANIFEST_ENTRY, MANIFEST_FORMAT, MANIFEST_VERSION,
    MAX_DOCUMENT_BYTES, MAX_ENTRIES, MAX_PACKAGE_BYTES, MAX_RATIO, MAX_UNPACKED_BYTES, RATIO_FLOOR,
};
use crate::evidence::{is_sha256, named_files, sha256_hex, NamedFile, MAX_FILE_BYTES};
use crate::format::{self, Decoded};
use crate::unzip::{duplicate_name, ZipFault};

/// A file taken from a package, its hash checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnpackedFile {
    /// SHA-256 of `bytes` (checked).
    pub sha256: String,
    /// The name the manifest gives it.
    pub name: String,
    /// Its media type, as the manifest says.
    pub mime: String,
    /// The bytes.
    pub bytes: Vec<u8>,
}

/// A file named and skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Damaged {
    /// The entry (or the manifest's path for it).
    pub entry: String,
    /// The file's name as the manifest gives it (empty when it does not).
    pub name: String,
    /// What is wrong.
    pub problem: Problem,
}

/// What is wrong with one file of a package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Its bytes do not have the hash the manifest gives.
    WrongHash {
        /// The manifest's hash.
        expected: String,
        /// The bytes' hash.
        found: String,
    },
    /// Its size differs from the manifest's.
    WrongSize {
        /// The manifest's size.
        expected: u64,
        /// The real size.
        found: u64,
    },
    /// The manifest lists it, the archive does not hold it.
    Missing,
    /// The archive holds it, the manifest does not list it.
    NotListed,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge {
        /// What it claims.
        bytes: u64,
    },
    /// It cannot be unzipped (a checksum error, a cut-off entry).
    Unreadable(ZipFault),
}

impl Damaged {
    /// What is wrong, in English.
    pub fn message_en(&self) -> String {
        let what = match &self.problem {
            Problem::WrongHash { expected, found } => {
                format!("its content does not match its hash (expected {expected}, found {found})")
            }
            Problem::WrongSize { expected, found } => {
                format!("it has {found} bytes, the manifest says {expected}")
            }
            Problem::Missing => "the manifest lists it but the package does not hold it".into(),
            Problem::NotListed => "the package holds it but the manifest does not list it".into(),
            Problem::TooLarge { bytes } => {
                format!("it is {bytes} bytes, more than the {MAX_FILE_BYTES} bytes (100 MB) a file may have")
            }
            Problem::Unreadable(why) => format!("it cannot be unzipped: {}", why.message_en()),
        };
        format!("{}: {what}; skipped", self.label())
    }

    /// What is wrong, in Chinese.
    pub fn message_zh(&self) -> String {
        let what = match &self.problem {
            Problem::WrongHash { expected, found } => {
                format!("内容与其哈希不符（应为 {expected}，实为 {found}）")
            }
            Problem::WrongSize { expected, found } => {
                format!("大小为 {found} 字节，清单记为 {expected} 字节")
            }
            Problem::Missing => "清单列有此文件，但数据包中没有".into(),
            Problem::NotListed => "数据包中有此文件，但清单未列出".into(),
            Problem::TooLarge { bytes } => {
                format!("大小 {bytes} 字节，超过单个文件上限 {MAX_FILE_BYTES} 字节（100 MB）")
            }
            Problem::Unreadable(why) => format!("无法解压：{}", why.message_zh()),
        };
        format!("{}：{what}；已跳过", self.label())
    }

    /// The message in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match lang {
            crate::i18n::Lang::Zh => self.message_zh(),
            crate::i18n::Lang::En => self.message_en(),
        }
    }

    fn label(&self) -> String {
        if self.name.is_empty() {
            self.entry.clone()
        } else {
            format!("{} ({})", self.name, self.entry)
        }
    }
}

/// What a package holds, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Unpacked {
    /// The document, decoded.
    pub document: Decoded,
    /// Every file whose hash checked, once per hash, in manifest order.
    pub files: Vec<UnpackedFile>,
    /// Files named and skipped.
    pub damaged: Vec<Damaged>,
    /// Files the document names that the package does not carry (it was
    /// written where they were not stored): the records keep naming them.
    pub not_carried: Vec<NamedFile>,
}

/// Whether an entry's path stays inside the package: relative, forward
/// slashes only, no "." or ".." component, no drive, no NUL.
fn safe_path(name: &str) -> bool {
    if name.is_empty()
        || name.starts_with('/')
        || name.contains('\\')
        || name.contains(':')
        || name.contains('\0')
    {
        return false;
    }
    let body = name.strip_suffix('/').unwrap_or(name);
    body.split('/')
        .all(|c| !c.is_empty() && c != "." && c != "..")
}

/// Reads an entry fully, never taking more than `limit` bytes: a longer
/// entry is a bomb, whatever it declared. The unzipper stops an entry that
/// passes its declared size by itself; that too is a bomb.
fn read_bounded<R: Read>(mut reader: R, entry: &str, limit: u64) -> Result<Vec<u8>, ReadFail> {
    let bomb = || {
        ReadFail::Bomb(PackageError::LargerThanDeclared {
            entry: entry.to_string(),
            limit,
        })
    };
    let mut out = Vec::new();
    if let Err(e) = (&mut reader).take(limit + 1).read_to_end(&mut out) {
        return Err(match ZipFault::of_io(&e) {
            ZipFault::LargerThanDeclared => bomb(),
            fault => ReadFail::Io(fault),
        });
    }
    if out.len() as u64 > limit {
        return Err(bomb());
    }
    Ok(out)
}

enum ReadFail {
    Bomb(PackageError),
    Io(ZipFault),
}

/// One entry's place and declared sizes.
struct Entry {
    index: usize,
    size: u64,
}

/// Reads and checks a package. Refuses it as a whole (with the reason) when
/// it is not a package or is crafted to harm (too large, too many entries,
/// a bomb, a path that climbs out); otherwise returns the document and every
/// file whose hash checks, naming the others.
pub fn read(bytes: &[u8]) -> Result<Unpacked, PackageError> {
    if bytes.len() as u64 > MAX_PACKAGE_BYTES {
        return Err(PackageError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    if !bytes.starts_with(b"PK") {
        return Err(PackageError::NotZip(ZipFault::NotZip));
    }
    let not_zip = |e: zip::result::ZipError| PackageError::NotZip(ZipFault::of(&e));
    let mut archive = ZipArchive::new(Cursor::new(bytes)).map_err(not_zip)?;
    // The unzipper keeps one entry per name: two of one name are found in
    // its directory, and refuse the package, before anything is read.
    if archive.has_duplicate_names() {
        let entry = duplicate_name(bytes, archive.central_directory_start())
            .unwrap_or_else(|| "?".to_string());
        return Err(PackageError::DuplicateEntry { entry });
    }
    if archive.len() > MAX_ENTRIES {
        return Err(PackageError::TooManyEntries {
            count: archive.len(),
        });
    }

    // Every entry's name and declared sizes, before unzipping anything.
    let mut entries: BTreeMap<String, Entry> = BTreeMap::new();
    let mut claimed: u64 = 0;
    for index in 0..archive.len() {
        let file = archive.by_index_raw(index).map_err(not_zip)?;
        let name = file.name().map_err(not_zip)?.to_string();
        if !safe_path(&name) {
            return Err(PackageError::UnsafePath { entry: name });
        }
        if file.encrypted() {
            return Err(PackageError::Encrypted { entry: name });
        }
        let size = file.size();
        let compressed = file.compressed_size();
        if size > RATIO_FLOOR && size / compressed.max(1) > MAX_RATIO {
            return Err(PackageError::Ratio {
                entry: name,
                compressed,
                size,
            });
        }
        claimed = claimed.saturating_add(size);
        if claimed > MAX_UNPACKED_BYTES {
            return Err(PackageError::ExpandsTooMuch { bytes: claimed });
        }
        if file.is_dir() {
            continue;
        }
        if entries
            .insert(name.clone(), Entry { index, size })
            .is_some()
        {
            return Err(PackageError::DuplicateEntry { entry: name });
        }
    }

    let mut read_entry = |name: &str, limit: u64| -> Result<Option<Vec<u8>>, ReadFail> {
        let Some(e) = entries.get(name) else {
            return Ok(None);
        };
        let limit = limit.min(e.size);
        let file = archive
            .by_index(e.index)
            .map_err(|e| ReadFail::Io(ZipFault::of(&e)))?;
        read_bounded(file, name, limit).map(Some)
    };
    let whole = |name: &str, r: Result<Option<Vec<u8>>, ReadFail>| match r {
        Ok(v) => Ok(v),
        Err(ReadFail::Bomb(e)) => Err(e),
        Err(ReadFail::Io(fault)) => Err(PackageError::Unreadable {
            entry: name.to_string(),
            fault,
        }),
    };

    let doc_bytes = whole(
        DOCUMENT_ENTRY,
        read_entry(DOCUMENT_ENTRY, MAX_DOCUMENT_BYTES),
    )?
    .ok_or(PackageError::NoDocument)?;
    let manifest_bytes = whole(
        MANIFEST_ENTRY,
        read_entry(MANIFEST_ENTRY, MAX_DOCUMENT_BYTES),
    )?
    .ok_or(PackageError::NoManifest)?;
    let doc_text = String::from_utf8(doc_bytes).map_err(|_| PackageError::DocumentNotUtf8)?;
    let document = format::decode_file(&doc_text).map_err(PackageError::Document)?;
    let listed = manifest(&manifest_bytes)?;

    let mut files = Vec::new();
    let mut damaged = Vec::new();
    let mut have = BTreeSet::new();
    let listed_paths: BTreeSet<&str> = listed.iter().map(|l| l.path.as_str()).collect();
    for item in &listed {
        let damage = |problem| Damaged {
            entry: item.path.clone(),
            name: item.name.clone(),
            problem,
        };
        let Some(declared) = entries.get(item.path.as_str()).map(|e| e.size) else {
            damaged.push(damage(Problem::Missing));
            continue;
        };
        if declared > MAX_FILE_BYTES || item.size > MAX_FILE_BYTES {
            damaged.push(damage(Problem::TooLarge {
                bytes: declared.max(item.size),
            }));
            continue;
        }
        let bytes = match read_entry(&item.path, MAX_FILE_BYTES) {
            Ok(Some(b)) => b,
            Ok(None) => unreachable!("the entry was found above"),
            Err(ReadFail::Bomb(e)) => return Err(e),
            Err(ReadFail::Io(why)) => {
                damaged.push(damage(Problem::Unreadable(why)));
                continue;
            }
        };
        if bytes.len() as u64 != item.size {
            damaged.push(damage(Problem::WrongSize {
                expected: item.size,
                found: bytes.len() as u64,
            }));
            continue;
        }
        let found = sha256_hex(&bytes);
        if found != item.sha256 {
            damaged.push(damage(Problem::WrongHash {
                expected: item.sha256.clone(),
                found,
            }));
            continue;
        }
        if have.insert(found.clone()) {
            files.push(UnpackedFile {
                sha256: found,
                name: item.name.clone(),
                mime: item.mime.clone(),
                bytes,
            });
        }
    }
    for name in entries.keys() {
        if name != DOCUMENT_ENTRY && name != MANIFEST_ENTRY && !listed_paths.contains(name.as_str())
        {
            damaged.push(Damaged {
                entry: name.clone(),
                name: String::new(),
                problem: Problem::NotListed,
            });
        }
    }
    let not_carried = named_files(&document.document)
        .into_values()
        .filter(|n| !have.contains(&n.file.sha256))
        .collect();
    Ok(Unpacked {
        document,
        files,
        damaged,
        not_carried,
    })
}

/// One file as the manifest lists it.
struct Listed {
    path: String,
    sha256: String,
    size: u64,
    name: String,
    mime: String,
}

fn manifest(bytes: &[u8]) -> Result<Vec<Listed>, PackageError> {
    let bad = PackageError::BadManifest;
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        bad(ManifestProblem::NotJson {
            line: e.line(),
            column: e.column().max(1),
        })
    })?;
    if value.get("format").and_then(Value::as_str) != Some(MANIFEST_FORMAT) {
        return Err(bad(ManifestProblem::Format));
    }
    match value.get("version").and_then(Value::as_u64) {
        Some(v) if v <= MANIFEST_VERSION => {}
        Some(v) => return Err(bad(ManifestProblem::Newer(v))),
        None => return Err(bad(ManifestProblem::NoVersion)),
    }
    let files = value
        .get("files")
        .and_then(Value::as_array)
        .ok_or(bad(ManifestProblem::NoFiles))?;
    let mut out = Vec::with_capacity(files.len());
    for (index, f) in files.iter().enumerate() {
        let text = |key: &'static str| -> Result<String, PackageError> {
            f.get(key)
                .and_then(Value::as_str)
                .map(str::to_string)
                .ok_or(bad(ManifestProblem::NotText { index, key }))
        };
        let path = text("path")?;
        let sha256 = text("sha256")?;
        let name = text("name")?;
        let mime = text("mime")?;
        let size = f
            .get("size")
            .and_then(Value::as_u64)
            .ok_or(bad(ManifestProblem::NotSize { index }))?;
        if !is_sha256(&sha256) {
            return Err(bad(ManifestProblem::NotHash { index }));
        }
        if !path.starts_with(FILES_DIR) || !safe_path(&path) {
            return Err(bad(ManifestProblem::NotUnderFiles { index, path }));
        }
        out.push(Listed {
            path,
            sha256,
            size,
            name,
            mime,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::{read_bounded, safe_path, ReadFail};

    #[test]
    fn reading_stops_one_byte_past_the_bound() {
        let long = vec![7u8; 10_000];
        match read_bounded(long.as_slice(), "x", 100) {
            Err(ReadFail::Bomb(e)) => assert!(e.to_string().contains("more than the 100 bytes")),
            _ => panic!("not refused"),
        }
        assert_eq!(
            read_bounded(&long[..100], "x", 100).ok(),
            Some(vec![7u8; 100])
        );
    }

    #[test]
    fn paths_that_climb_out_are_unsafe() {
        for bad in [
            "../x",
            "files/../../x",
            "/etc/passwd",
            "files\\x",
            "C:/x",
            "files/./x",
            "",
            "a//b",
        ] {
            assert!(!safe_path(bad), "{bad}");
        }
        for good in ["luoshi.json", "files/ab-会议纪要.pdf", "files/"] {
            assert!(safe_path(good), "{good}");
        }
    }
}
