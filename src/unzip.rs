//! What went wrong unzipping, in Luoshi's words.
//!
//! The zip crate reports its failures as English sentences ("invalid Zip
//! archive: Could not find EOCD", "File is larger than its declared
//! uncompressed size"). None of them reaches a user: every one is sorted
//! here into a [`ZipFault`] with its own message in Chinese and English, and
//! the callers (packages, workbooks, Word files) say which entry it was.
//! A failure this module does not recognise is a [`ZipFault::Damaged`]:
//! never the library's text.

use std::io;

use crate::i18n::Lang;

mod book;

pub use book::BookFault;

/// Why an archive, or one entry of it, could not be unzipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ZipFault {
    /// The file does not begin as a zip archive does.
    NotZip,
    /// The directory at the end of the archive is missing: the file was cut
    /// off (a download or a copy that stopped) or is not a zip at all.
    NoDirectory,
    /// The archive's structure is damaged (headers that contradict each
    /// other or point outside the file).
    Damaged,
    /// Split over several files (分卷) or another feature not read here.
    Unsupported,
    /// Encrypted: needs a password.
    Encrypted,
    /// Compressed by a method other than stored or deflate.
    Method(u16),
    /// The content does not match its checksum (CRC-32).
    Checksum,
    /// The entry unzips to more than it declared: a suspected zip bomb.
    LargerThanDeclared,
    /// The entry's data stops before its end.
    CutOff,
    /// The compressed data cannot be decompressed.
    Corrupt,
    /// The entry named is not in the archive.
    NotFound,
}

/// The message the zip crate gives when an entry unzips past its declared
/// size (`zip/src/crc32.rs`); matched so that such an entry is called a
/// zip bomb. `tests/package.rs` unzips a real one, so a change of wording
/// in the crate fails that test rather than passing silently.
const LARGER_THAN_DECLARED: &str = "larger than its declared uncompressed size";

impl ZipFault {
    /// The fault behind an error of the zip crate.
    pub fn of(e: &zip::result::ZipError) -> ZipFault {
        use zip::result::ZipError;
        match e {
            ZipError::Io(io) => ZipFault::of_io(io),
            ZipError::InvalidArchive(why) => {
                let why = why.to_ascii_lowercase();
                if why.contains("eocd")
                    || why.contains("end of central directory")
                    || why.contains("end record")
                {
                    ZipFault::NoDirectory
                } else if why.contains("multi-disk") {
                    ZipFault::Unsupported
                } else {
                    ZipFault::Damaged
                }
            }
            ZipError::UnsupportedArchive(why) if *why == ZipError::PASSWORD_REQUIRED => {
                ZipFault::Encrypted
            }
            ZipError::UnsupportedArchive(_) => ZipFault::Unsupported,
            ZipError::InvalidPassword => ZipFault::Encrypted,
            ZipError::CompressionMethodNotSupported(m) => ZipFault::Method(*m),
            ZipError::FileNotFound => ZipFault::NotFound,
            // Size limits of the crate's own extraction, which Luoshi does
            // not use (it bounds every read itself).
            _ => ZipFault::Damaged,
        }
    }

    /// The fault behind an I/O error met while reading an entry.
    pub fn of_io(e: &io::Error) -> ZipFault {
        // The lazy decompressor reports its own errors (an unsupported
        // method) wrapped in an I/O error.
        if let Some(zip) = e
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<zip::result::ZipError>())
        {
            return ZipFault::of(zip);
        }
        let text = e
            .get_ref()
            .map(|inner| inner.to_string())
            .unwrap_or_default();
        if text.contains(LARGER_THAN_DECLARED) {
            return ZipFault::LargerThanDeclared;
        }
        match e.kind() {
            io::ErrorKind::UnexpectedEof => ZipFault::CutOff,
            io::ErrorKind::InvalidData if text.to_ascii_lowercase().contains("checksum") => {
                ZipFault::Checksum
            }
            _ => ZipFault::Corrupt,
        }
    }

    /// What is wrong, in Chinese.
    pub fn message_zh(self) -> String {
        match self {
            ZipFault::NotZip => "文件开头不是 zip 压缩包".into(),
            ZipFault::NoDirectory => {
                "压缩包不完整：找不到末尾的文件目录（可能下载或复制时被截断，或根本不是压缩包）"
                    .into()
            }
            ZipFault::Damaged => "压缩包的结构已损坏".into(),
            ZipFault::Unsupported => "压缩包使用了本程序不支持的形式（如分卷压缩）".into(),
            ZipFault::Encrypted => "压缩包已加密，需要密码".into(),
            ZipFault::Method(m) => {
                format!("压缩方式（编号 {m}）不受支持，只能读取“存储”和 deflate 两种")
            }
            ZipFault::Checksum => "内容与其校验值（CRC-32）不符，文件已损坏".into(),
            ZipFault::LargerThanDeclared => "解压后超过其声明的大小：疑似压缩炸弹".into(),
            ZipFault::CutOff => "内容不完整，在结尾之前中断".into(),
            ZipFault::Corrupt => "压缩数据已损坏，无法解压".into(),
            ZipFault::NotFound => "压缩包中没有这一项".into(),
        }
    }

    /// What is wrong, in English.
    pub fn message_en(self) -> String {
        match self {
            ZipFault::NotZip => "it does not begin as a zip archive".into(),
            ZipFault::NoDirectory => "the archive is incomplete: the directory at its end is missing (cut off while downloading or copying, or not an archive at all)".into(),
            ZipFault::Damaged => "the archive's structure is damaged".into(),
            ZipFault::Unsupported => {
                "the archive uses a form this program does not read (such as a split archive)"
                    .into()
            }
            ZipFault::Encrypted => "the archive is encrypted and needs a password".into(),
            ZipFault::Method(m) => format!(
                "its compression method (number {m}) is not supported; only stored and deflate are read"
            ),
            ZipFault::Checksum => {
                "its content does not match its checksum (CRC-32): the file is damaged".into()
            }
            ZipFault::LargerThanDeclared => {
                "it unzips to more than its declared size: a suspected zip bomb".into()
            }
            ZipFault::CutOff => "its content stops before its end".into(),
            ZipFault::Corrupt => "its compressed data is damaged and cannot be unzipped".into(),
            ZipFault::NotFound => "the archive has no such entry".into(),
        }
    }

    /// What is wrong, in `lang`.
    pub fn message(self, lang: Lang) -> String {
        match lang {
            Lang::Zh => self.message_zh(),
            Lang::En => self.message_en(),
        }
    }
}

impl std::fmt::Display for ZipFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message_en())
    }
}

/// The first entry name that appears twice in the archive's central
/// directory, read from the raw bytes: the zip crate keeps one entry per
/// name and only says that there were duplicates
/// (`ZipArchive::has_duplicate_names`), not which. `start` is the
/// directory's offset (`ZipArchive::central_directory_start`).
pub fn duplicate_name(bytes: &[u8], start: u64) -> Option<String> {
    let mut seen = std::collections::BTreeSet::new();
    let mut at = usize::try_from(start).ok()?;
    let u16_at = |i: usize| -> Option<usize> {
        Some(usize::from(u16::from_le_bytes([
            *bytes.get(i)?,
            *bytes.get(i + 1)?,
        ])))
    };
    while bytes.get(at..at + 4) == Some(&[0x50, 0x4b, 0x01, 0x02]) {
        let name_len = u16_at(at + 28)?;
        let extra_len = u16_at(at + 30)?;
        let comment_len = u16_at(at + 32)?;
        let name = bytes.get(at + 46..at + 46 + name_len)?;
        let name = String::from_utf8_lossy(name).into_owned();
        if !seen.insert(name.clone()) {
            return Some(name);
        }
        at += 46 + name_len + extra_len + comment_len;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use zip::result::ZipError;

    #[test]
    fn every_fault_has_two_messages_of_its_own() {
        let all = [
            ZipFault::NotZip,
            ZipFault::NoDirectory,
            ZipFault::Damaged,
            ZipFault::Unsupported,
            ZipFault::Encrypted,
            ZipFault::Method(14),
            ZipFault::Checksum,
            ZipFault::LargerThanDeclared,
            ZipFault::CutOff,
            ZipFault::Corrupt,
            ZipFault::NotFound,
        ];
        for f in all {
            assert_ne!(f.message_zh(), f.message_en());
            assert!(!f.message_zh().is_empty());
        }
    }

    #[test]
    fn the_crates_errors_are_sorted() {
        let invalid = |s: &'static str| ZipError::InvalidArchive(s.into());
        assert_eq!(
            ZipFault::of(&invalid("Could not find EOCD")),
            ZipFault::NoDirectory
        );
        assert_eq!(
            ZipFault::of(&invalid("Invalid local file header")),
            ZipFault::Damaged
        );
        assert_eq!(
            ZipFault::of(&ZipError::UnsupportedArchive(ZipError::PASSWORD_REQUIRED)),
            ZipFault::Encrypted
        );
        assert_eq!(
            ZipFault::of(&ZipError::CompressionMethodNotSupported(14)),
            ZipFault::Method(14)
        );
        let io = io::Error::new(
            io::ErrorKind::InvalidData,
            "File is larger than its declared uncompressed size",
        );
        assert_eq!(ZipFault::of_io(&io), ZipFault::LargerThanDeclared);
        let crc = io::Error::new(io::ErrorKind::InvalidData, "Invalid checksum");
        assert_eq!(ZipFault::of_io(&crc), ZipFault::Checksum);
    }
}
