//! Why a package is refused as a whole.

use super::{
    MANIFEST_FORMAT, MANIFEST_VERSION, MAX_ENTRIES, MAX_PACKAGE_BYTES, MAX_RATIO,
    MAX_UNPACKED_BYTES,
};
use crate::format::DecodeError;
use crate::unzip::ZipFault;

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
    /// Not a zip archive, or one whose directory cannot be read.
    #[error("the file is not a package (.zip), or it is damaged: {0}")]
    NotZip(ZipFault),
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
    /// Two entries with the same name: which one holds the file cannot be
    /// told, so the package is refused.
    #[error("the package holds two entries named \"{entry}\": which one is meant cannot be told, so the package is refused")]
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
    #[error("the entry \"{entry}\" cannot be unzipped: {fault}")]
    Unreadable {
        /// The entry.
        entry: String,
        /// Why.
        fault: ZipFault,
    },
    /// No `luoshi.json`.
    #[error("the package has no document (luoshi.json)")]
    NoDocument,
    /// No `manifest.json`.
    #[error("the package has no manifest (manifest.json)")]
    NoManifest,
    /// The manifest is not what a package's manifest says.
    #[error("the manifest (manifest.json) is not valid: {0}")]
    BadManifest(ManifestProblem),
    /// The document is not UTF-8 text.
    #[error("the document in the package (luoshi.json) is not UTF-8 text")]
    DocumentNotUtf8,
    /// The document does not decode.
    #[error("the document in the package (luoshi.json) cannot be read: {0}")]
    Document(DecodeError),
    /// The archive could not be written.
    #[error("the package could not be written: {0}")]
    Write(ZipFault),
}

impl PackageError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            PackageError::TooLarge { bytes } => {
                format!("数据包过大：{bytes} 字节，上限为 {MAX_PACKAGE_BYTES} 字节（1 GiB）")
            }
            PackageError::NotZip(why) => {
                format!("该文件不是数据包（.zip），或已损坏：{}", why.message_zh())
            }
            PackageError::TooManyEntries { count } => {
                format!("数据包中有 {count} 个条目，超过上限 {MAX_ENTRIES} 个")
            }
            PackageError::UnsafePath { entry } => format!(
                "条目“{entry}”的路径指向数据包之外（含“..”、绝对路径、盘符或反斜杠），已拒绝整个数据包"
            ),
            PackageError::DuplicateEntry { entry } => format!(
                "数据包中有两个同名条目“{entry}”，无法确定以哪个为准，已拒绝整个数据包"
            ),
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
            PackageError::Unreadable { entry, fault } => {
                format!("条目“{entry}”无法解压：{}", fault.message_zh())
            }
            PackageError::NoDocument => "数据包中没有台账文档（luoshi.json）".to_string(),
            PackageError::NoManifest => "数据包中没有清单（manifest.json）".to_string(),
            PackageError::BadManifest(why) => {
                format!("清单（manifest.json）无效：{}", why.message_zh())
            }
            PackageError::DocumentNotUtf8 => {
                "数据包中的台账文档（luoshi.json）不是 UTF-8 文本".to_string()
            }
            PackageError::Document(why) => format!(
                "数据包中的台账文档（luoshi.json）无法读取：{}",
                why.message_zh()
            ),
            PackageError::Write(why) => format!("数据包无法写出：{}", why.message_zh()),
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

/// What is wrong with a package's manifest.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ManifestProblem {
    /// Not JSON.
    #[error("it is not valid JSON (line {line} column {column})")]
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// `format` is not [`MANIFEST_FORMAT`].
    #[error("\"format\" is not \"{MANIFEST_FORMAT}\"")]
    Format,
    /// A version newer than this program reads.
    #[error("version {0} is newer than this program reads ({MANIFEST_VERSION})")]
    Newer(u64),
    /// No `version`.
    #[error("\"version\" is missing")]
    NoVersion,
    /// `files` is not a list.
    #[error("\"files\" is not a list")]
    NoFiles,
    /// A field of a file that is missing or not text.
    #[error("files[{index}].{key} is missing or not text")]
    NotText {
        /// The file's place in the list.
        index: usize,
        /// The field.
        key: &'static str,
    },
    /// A size that is missing or not a whole number.
    #[error("files[{index}].size is missing or not a whole number")]
    NotSize {
        /// The file's place in the list.
        index: usize,
    },
    /// A hash that is not 64 lowercase hexadecimal digits.
    #[error("files[{index}].sha256 is not 64 lowercase hexadecimal digits")]
    NotHash {
        /// The file's place in the list.
        index: usize,
    },
    /// A path outside `files/`.
    #[error("files[{index}].path \"{path}\" is not under files/")]
    NotUnderFiles {
        /// The file's place in the list.
        index: usize,
        /// The path.
        path: String,
    },
}

impl ManifestProblem {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            ManifestProblem::NotJson { line, column } => {
                format!("不是有效的 JSON（第 {line} 行第 {column} 列）")
            }
            ManifestProblem::Format => format!("“format”不是“{MANIFEST_FORMAT}”"),
            ManifestProblem::Newer(v) => {
                format!("版本 {v} 比本程序能读的版本（{MANIFEST_VERSION}）更新")
            }
            ManifestProblem::NoVersion => "缺少“version”".to_string(),
            ManifestProblem::NoFiles => "“files”不是列表".to_string(),
            ManifestProblem::NotText { index, key } => {
                format!("files[{index}].{key} 缺失或不是文本")
            }
            ManifestProblem::NotSize { index } => format!("files[{index}].size 缺失或不是整数"),
            ManifestProblem::NotHash { index } => {
                format!("files[{index}].sha256 不是 64 位小写十六进制数字")
            }
            ManifestProblem::NotUnderFiles { index, path } => {
                format!("files[{index}].path“{path}”不在 files/ 下")
            }
        }
    }
}
