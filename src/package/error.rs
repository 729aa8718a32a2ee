//! Why a package is refused as a whole.

use super::{MAX_ENTRIES, MAX_PACKAGE_BYTES, MAX_RATIO, MAX_UNPACKED_BYTES};

/// Why a package cannot be read at all. A damaged file inside a readable
/// package is not an error: it is listed in [`super::Unpacked::damaged`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PackageError {
    /// Larger than [`MAX_PACKAGE_BYTES`].
    #[error(
        "the package is too large: {bytes} bytes, the limit is {MAX_PACKAGE_BYTES} bytes (1 GiB)"
    )]
    TooLarge {
        /// Its size.
        bytes: u64,
    },
    /// Not a zip archive.
    #[error("the file is not a package (.zip): {0}")]
    NotZip(String),
    /// More entries than [`MAX_ENTRIES`].
    #[error("the package has {count} entries, more than the {MAX_ENTRIES} a package may hold")]
    TooManyEntries {
        /// How many.
        count: usize,
    },
    /// An entry whose path climbs out of the package's folder, is absolute
    /// or uses backslashes.
    #[error("the entry \"{entry}\" has a path that leads outside the package (\"..\", an absolute path, a drive or a backslash): the package is refused")]
    UnsafePath {
        /// The entry's name as written.
        entry: String,
    },
    /// Two entries with the same name.
    #[error("the entry \"{entry}\" appears twice")]
    DuplicateEntry {
        /// The entry's name.
        entry: String,
    },
    /// An entry claiming to unzip to far more than its compressed size.
    #[error("the entry \"{entry}\" claims to unzip from {compressed} to {size} bytes, more than {MAX_RATIO} times: a zip bomb is refused")]
    Ratio {
        /// The entry.
        entry: String,
        /// Its compressed size.
        compressed: u64,
        /// What it claims to unzip to.
        size: u64,
    },
    /// The entries together claim more than [`MAX_UNPACKED_BYTES`].
    #[error("the package would unzip to {bytes} bytes, more than the limit of {MAX_UNPACKED_BYTES} bytes (1 GiB)")]
    ExpandsTooMuch {
        /// What the entries claim together.
        bytes: u64,
    },
    /// An entry that unzipped to more than it declared (or than its limit).
    #[error("the entry \"{entry}\" unzips to more than the {limit} bytes it may hold: a zip bomb is refused")]
    LargerThanDeclared {
        /// The entry.
        entry: String,
        /// The bound it passed.
        limit: u64,
    },
    /// An encrypted entry.
    #[error("the entry \"{entry}\" is encrypted; packages are never encrypted")]
    Encrypted {
        /// The entry.
        entry: String,
    },
    /// An entry that cannot be unzipped (other than an evidence file).
    #[error("the entry \"{entry}\" cannot be unzipped: {reason}")]
    Unreadable {
        /// The entry.
        entry: String,
        /// The unzipper's reason.
        reason: String,
    },
    /// No `luoshi.json`.
    #[error("the package has no document (luoshi.json)")]
    NoDocument,
    /// No `manifest.json`.
    #[error("the package has no manifest (manifest.json)")]
    NoManifest,
    /// The manifest is not what a package's manifest says.
    #[error("the manifest (manifest.json) is not valid: {0}")]
    BadManifest(String),
    /// The document does not decode.
    #[error("the document in the package (luoshi.json) cannot be read: {0}")]
    Document(String),
    /// The archive could not be written.
    #[error("the package could not be written: {0}")]
    Write(String),
}

impl PackageError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            PackageError::TooLarge { bytes } => {
                format!("数据包过大：{bytes} 字节，上限为 {MAX_PACKAGE_BYTES} 字节（1 GiB）")
            }
            PackageError::NotZip(why) => format!("该文件不是数据包（.zip）：{why}"),
            PackageError::TooManyEntries { count } => {
                format!("数据包中有 {count} 个条目，超过上限 {MAX_ENTRIES} 个")
            }
            PackageError::UnsafePath { entry } => format!(
                "条目“{entry}”的路径指向数据包之外（含“..”、绝对路径、盘符或反斜杠），已拒绝整个数据包"
            ),
            PackageError::DuplicateEntry { entry } => format!("条目“{entry}”出现了两次"),
            PackageError::Ratio {
                entry,
                compressed,
                size,
            } => format!(
                "条目“{entry}”声称由 {compressed} 字节解压为 {size} 字节，超过 {MAX_RATIO} 倍：疑似压缩炸弹，已拒绝"
            ),
            PackageError::ExpandsTooMuch { bytes } => format!(
                "数据包解压后将达 {bytes} 字节，超过上限 {MAX_UNPACKED_BYTES} 字节（1 GiB）"
            ),
            PackageError::LargerThanDeclared { entry, limit } => format!(
                "条目“{entry}”解压后超过其应有的 {limit} 字节：疑似压缩炸弹，已拒绝"
            ),
            PackageError::Encrypted { entry } => {
                format!("条目“{entry}”已加密；数据包不应加密")
            }
            PackageError::Unreadable { entry, reason } => {
                format!("条目“{entry}”无法解压：{reason}")
            }
            PackageError::NoDocument => "数据包中没有台账文档（luoshi.json）".to_string(),
            PackageError::NoManifest => "数据包中没有清单（manifest.json）".to_string(),
            PackageError::BadManifest(why) => format!("清单（manifest.json）无效：{why}"),
            PackageError::Document(why) => {
                format!("数据包中的台账文档（luoshi.json）无法读取：{why}")
            }
            PackageError::Write(why) => format!("数据包无法写出：{why}"),
        }
    }

    /// The message in `lang`.
    pub fn message(&self, lang: crate::i18n::Lang) -> String {
        match lang {
            crate::i18n::Lang::Zh => self.message_zh(),
            crate::i18n::Lang::En => self.to_string(),
        }
    }
}
