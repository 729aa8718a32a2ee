//! Why a file could not be read, in words a user can act on.
//!
//! Every failure of [`crate::format::decode`] is one of these. Each carries
//! where it happened when that is known (a field path such as
//! `activities[12].date`, or a line and column), an English message through
//! `Display` and a Chinese one through [`DecodeError::message_zh`], because
//! the people importing files read Chinese first.

use super::{JsonFault, CURRENT_VERSION, MAX_DEPTH, MAX_INPUT_BYTES};

/// Why a document could not be decoded. Nothing was changed when this is
/// returned: the caller keeps whatever it had.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The input is larger than any real document; refused before parsing.
    #[error("the file is too large: {bytes} bytes, the limit is {limit} bytes ({mb} MB)", limit = MAX_INPUT_BYTES, mb = MAX_INPUT_BYTES >> 20)]
    TooLarge {
        /// Size of the input.
        bytes: usize,
    },
    /// Arrays and objects nest deeper than any real document; refused
    /// before parsing so that a hostile file cannot exhaust the stack.
    #[error("the file nests deeper than {limit} levels at line {line} column {column}", limit = MAX_DEPTH)]
    TooDeep {
        /// 1-based line where the limit was passed.
        line: usize,
        /// 1-based column (in bytes) where the limit was passed.
        column: usize,
    },
    /// The input is not JSON at all.
    #[error("the file is not valid JSON: {fault} at line {line} column {column}")]
    NotJson {
        /// What the JSON reader found wrong.
        fault: JsonFault,
        /// 1-based line.
        line: usize,
        /// 1-based column (in bytes).
        column: usize,
    },
    /// JSON, but not a Luoshi document (no `"format": "luoshi"`).
    #[error("not a Luoshi file: {}", match found {
        Some(f) => format!("its \"format\" is {f}, not \"luoshi\""),
        None => "it has no \"format\": \"luoshi\"".to_string(),
    })]
    NotLuoshi {
        /// The `format` field as written (JSON text), if there is one.
        found: Option<String>,
    },
    /// A Luoshi document whose `version` is missing or not a version number.
    #[error("the file's version is not valid: {}", match found {
        Some(v) => format!("{v} is not a version number"),
        None => "it has no \"version\"".to_string(),
    })]
    BadVersion {
        /// The `version` field as written (JSON text), if there is one.
        found: Option<String>,
    },
    /// A document written by a newer version of the app than this one.
    #[error("this file was made by a newer version of Luoshi: file version {found}, this app reads up to version {current}", current = CURRENT_VERSION)]
    NewerVersion {
        /// The file's version.
        found: u64,
    },
    /// A field is missing, unknown, duplicated or of the wrong type.
    #[error("{path}: {fault}{}", at_line(*line, *column))]
    WrongField {
        /// Path of the field, e.g. `activities[12].date` (`.` for the top).
        path: String,
        /// What was wrong.
        fault: JsonFault,
        /// 1-based line, when known (0 when not).
        line: usize,
        /// 1-based column, when known (0 when not).
        column: usize,
    },
    /// A field well-formed for JSON whose value makes no sense.
    #[error("{path}: {problem}")]
    Invalid {
        /// Path of the field, e.g. `plan.sections[0].targets[2].goal.min`.
        path: String,
        /// What is wrong with it.
        problem: Problem,
    },
}

fn at_line(line: usize, column: usize) -> String {
    if line == 0 {
        String::new()
    } else {
        format!(" (line {line} column {column})")
    }
}

/// What is wrong with a value that the JSON reader accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// A date not written as `YYYY-MM-DD`.
    #[error("{text:?} is not a date in the form YYYY-MM-DD")]
    NotADate {
        /// The text found.
        text: String,
    },
    /// A date in the right form that does not exist, such as 2026-02-30.
    #[error("{text} is not a real date")]
    NotARealDate {
        /// The text found.
        text: String,
    },
    /// A change stamp not in RFC 3339 form with an offset.
    #[error(
        "{text:?} is not a time in RFC 3339 form with offset, such as 2026-03-01T09:30:00+08:00"
    )]
    NotAStamp {
        /// The text found.
        text: String,
    },
    /// A decimal that is not a number.
    #[error("{text:?} is not a number")]
    NotADecimal {
        /// The text found.
        text: String,
    },
    /// A decimal with more than four decimal places.
    #[error("{text} has more than 4 decimal places")]
    TooPrecise {
        /// The text found.
        text: String,
    },
    /// A decimal beyond what the format holds exactly.
    #[error("{text} is out of range (at most 99999999999.9999 either side of zero)")]
    OutOfRange {
        /// The text found.
        text: String,
    },
    /// A range target whose minimum is above its maximum.
    #[error("the minimum {min} is above the maximum {max}")]
    MinAboveMax {
        /// The minimum.
        min: u32,
        /// The maximum.
        max: u32,
    },
    /// The plan ends before it starts.
    #[error("the plan ends ({end}) before it starts ({start})")]
    EndBeforeStart {
        /// First day.
        start: String,
        /// Last day.
        end: String,
    },
    /// An activity that counts for nothing.
    #[error("the quantity must be at least 1")]
    ZeroQuantity,
    /// Counts of a ratio over nothing: more than 0 of 0.
    #[error("the denominator must be at least 1 when the numerator is above 0")]
    ZeroDenominator,
    /// A ratio reading of 0 of 0 in a file of version 1 or 2, which had no
    /// such reading (a month with nothing received came with version 3).
    #[error("the reading {id:?} counts 0 of 0, which a version {version} file cannot hold (a month with nothing received is recorded from version 3 on, for a ratio target that allows 0/0)")]
    ZeroOfZeroBeforeV3 {
        /// The reading's id.
        id: String,
        /// The file's version.
        version: u32,
    },
    /// A reading with neither a value nor counts, or with both.
    #[error("a reading needs either \"value\" or both \"numerator\" and \"denominator\"")]
    ReadingForm,
    /// A record without an id.
    #[error("the id is empty")]
    EmptyId,
    /// Two records of one kind with the same id; merging by id needs them unique.
    #[error("the id {id:?} is used twice")]
    DuplicateId {
        /// The id.
        id: String,
    },
    /// Rules whose far-behind line comes before their behind line.
    #[error("far behind from {far} points comes before behind from {behind} points")]
    FarBeforeBehind {
        /// Behind from, in points.
        behind: u32,
        /// Far behind from, in points.
        far: u32,
    },
    /// A threshold of more than 100 percentage points.
    #[error("{points} points is more than 100")]
    PointsOutOfRange {
        /// The points found.
        points: u32,
    },
    /// A report due on a day that not every month has.
    #[error("day {day} of the month is not between 1 and 28")]
    DueDayOutOfRange {
        /// The day found.
        day: u32,
    },
    /// A file hash that is not 64 lowercase hexadecimal digits.
    #[error("{text:?} is not a SHA-256 hash (64 lowercase hexadecimal digits)")]
    NotAHash {
        /// The text found.
        text: String,
    },
    /// Evidence with some of a file's fields and not the others.
    #[error(
        "a file needs \"sha256\", \"mime\" and \"size\" together; a reference has none of them"
    )]
    EvidenceForm,
    /// A reply date before the notice was issued.
    #[error("the reply ({replied}) is dated before the notice was issued ({issued})")]
    RepliedBeforeIssued {
        /// Issued on.
        issued: String,
        /// Replied on.
        replied: String,
    },
}

impl Problem {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            Problem::NotADate { text } => format!("“{text}”不是 YYYY-MM-DD 格式的日期"),
            Problem::NotARealDate { text } => format!("{text} 不是真实存在的日期"),
            Problem::NotAStamp { text } => {
                format!("“{text}”不是带时区的 RFC 3339 时间（如 2026-03-01T09:30:00+08:00）")
            }
            Problem::NotADecimal { text } => format!("“{text}”不是数字"),
            Problem::TooPrecise { text } => format!("{text} 的小数超过 4 位"),
            Problem::OutOfRange { text } => {
                format!("{text} 超出范围（绝对值最大 99999999999.9999）")
            }
            Problem::MinAboveMax { min, max } => format!("下限 {min} 大于上限 {max}"),
            Problem::EndBeforeStart { start, end } => {
                format!("计划结束日期（{end}）早于开始日期（{start}）")
            }
            Problem::ZeroQuantity => "数量至少为 1".to_string(),
            Problem::ZeroDenominator => "分子大于 0 时分母至少为 1".to_string(),
            Problem::ZeroOfZeroBeforeV3 { id, version } => format!(
                "读数“{id}”为 0/0（分子、分母都为 0），第 {version} 版文件不能有这样的读数（当月无受理记为 0/0 自第 3 版起才有，且须指标允许 0/0）"
            ),
            Problem::ReadingForm => {
                "读数须有“value”，或同时有“numerator”和“denominator”，二者只能取其一".to_string()
            }
            Problem::EmptyId => "编号为空".to_string(),
            Problem::DuplicateId { id } => format!("编号“{id}”重复使用"),
            Problem::FarBeforeBehind { behind, far } => {
                format!("严重滞后线（落后 {far} 个百分点）早于滞后线（落后 {behind} 个百分点）")
            }
            Problem::PointsOutOfRange { points } => format!("{points} 个百分点超过 100"),
            Problem::DueDayOutOfRange { day } => format!("每月 {day} 日不在 1 至 28 日之间"),
            Problem::NotAHash { text } => {
                format!("“{text}”不是 SHA-256 校验值（64 位小写十六进制数字）")
            }
            Problem::EvidenceForm => {
                "文件须同时有“sha256”“mime”“size”；仅作引用的佐证三者都不写".to_string()
            }
            Problem::RepliedBeforeIssued { issued, replied } => {
                format!("回复日期（{replied}）早于督办单印发日期（{issued}）")
            }
        }
    }
}

impl DecodeError {
    /// The message in Chinese, for the import dialog and the storage warning.
    pub fn message_zh(&self) -> String {
        match self {
            DecodeError::TooLarge { bytes } => {
                format!(
                    "文件过大：{bytes} 字节，上限为 {MAX_INPUT_BYTES} 字节（{} MB）",
                    MAX_INPUT_BYTES >> 20
                )
            }
            DecodeError::TooDeep { line, column } => {
                format!("文件嵌套超过 {MAX_DEPTH} 层（第 {line} 行第 {column} 列）")
            }
            DecodeError::NotJson {
                fault,
                line,
                column,
            } => format!(
                "文件不是有效的 JSON（第 {line} 行第 {column} 列）：{}",
                fault.message_zh()
            ),
            DecodeError::NotLuoshi { found: Some(f) } => {
                format!("不是落实台账文件：其“format”为 {f}，而非 \"luoshi\"")
            }
            DecodeError::NotLuoshi { found: None } => {
                "不是落实台账文件：缺少 \"format\": \"luoshi\"".to_string()
            }
            DecodeError::BadVersion { found: Some(v) } => {
                format!("文件版本号无效：{v} 不是版本号")
            }
            DecodeError::BadVersion { found: None } => {
                "文件版本号无效：缺少“version”".to_string()
            }
            DecodeError::NewerVersion { found } => format!(
                "此文件由更新版本的落实生成：文件版本 {found}，本程序最高只能读取版本 {CURRENT_VERSION}，请先升级"
            ),
            DecodeError::WrongField {
                path,
                fault,
                line,
                column,
            } => {
                let fault = fault.message_zh();
                if *line == 0 {
                    format!("字段 {path} 有误：{fault}")
                } else {
                    format!("字段 {path} 有误（第 {line} 行第 {column} 列）：{fault}")
                }
            }
            DecodeError::Invalid { path, problem } => {
                format!("字段 {path} 有误：{}", problem.message_zh())
            }
        }
    }

    /// Path of the offending field, where the error is about one field.
    pub fn path(&self) -> Option<&str> {
        match self {
            DecodeError::WrongField { path, .. } | DecodeError::Invalid { path, .. } => Some(path),
            _ => None,
        }
    }

    /// 1-based line of the error in the input, where known.
    pub fn line(&self) -> Option<usize> {
        match self {
            DecodeError::TooDeep { line, .. } | DecodeError::NotJson { line, .. } => Some(*line),
            DecodeError::WrongField { line, .. } if *line > 0 => Some(*line),
            _ => None,
        }
    }

    /// 1-based column (in bytes) of the error in the input, where known.
    pub fn column(&self) -> Option<usize> {
        match self {
            DecodeError::TooDeep { column, .. } | DecodeError::NotJson { column, .. } => {
                Some(*column)
            }
            DecodeError::WrongField { line, column, .. } if *line > 0 => Some(*column),
            _ => None,
        }
    }
}
