//! Why a row of an imported CSV file could not be read, in Chinese and
//! English.

/// Why a row (or the header) could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The file holds no rows at all.
    Empty,
    /// The file is not CSV the reader can follow.
    NotCsv,
    /// A required column is missing from the header.
    MissingColumn,
    /// Two header cells name the same column.
    DuplicateColumn,
    /// The date cell is empty (or holds only spaces).
    EmptyDate,
    /// The date is not in a form this app reads.
    BadDate(String),
    /// The title is empty.
    EmptyTitle,
    /// No target has this title (or id).
    UnknownTarget(String),
    /// Several targets have this title.
    AmbiguousTarget(String),
    /// The target is measured by readings and takes no activities.
    TakesReadings(String),
    /// The row names the same target twice.
    RepeatedTarget(String),
    /// The quantity is not a positive whole number.
    BadQuantity(String),
    /// The quantity is 0.
    ZeroQuantity,
    /// A spreadsheet cell holds an error value (#N/A, #REF!…) instead of
    /// a value.
    CellError(String),
}

impl RowProblem {
    fn message_zh(&self, line: usize, column: &str) -> String {
        match self {
            RowProblem::EmptyDate => format!(
                "第{line}行的“{column}”为空：请填写日期，如 2026-03-05、2026/3/5 或 2026年3月5日"
            ),
            RowProblem::Empty => "文件为空".into(),
            RowProblem::NotCsv => "无法按 CSV 格式读取".into(),
            RowProblem::MissingColumn => format!("缺少“{column}”列"),
            RowProblem::DuplicateColumn => format!("“{column}”列重复"),
            RowProblem::BadDate(s) => {
                format!("无法识别日期“{s}”，请写成 2026-03-05、2026/3/5 或 2026年3月5日")
            }
            RowProblem::EmptyTitle => "事项不能为空".into(),
            RowProblem::UnknownTarget(s) => format!("计划中没有指标“{s}”"),
            RowProblem::AmbiguousTarget(s) => format!("有多个指标名为“{s}”，请改用指标编号"),
            RowProblem::TakesReadings(s) => format!("指标“{s}”按填报数值考核，不能关联活动"),
            RowProblem::RepeatedTarget(s) => format!("指标“{s}”重复关联"),
            RowProblem::BadQuantity(s) => format!("数量“{s}”不是正整数"),
            RowProblem::ZeroQuantity => "数量不能为 0".into(),
            RowProblem::CellError(e) => format!("单元格是错误值 {e}，请在表格中改正后再导入"),
        }
    }

    fn message_en(&self, line: usize, column: &str) -> String {
        match self {
            RowProblem::EmptyDate => format!(
                "Line {line}: the \"{column}\" cell is empty; write a date such as 2026-03-05, 2026/3/5 or 2026年3月5日"
            ),
            RowProblem::Empty => "The file is empty".into(),
            RowProblem::NotCsv => "The file cannot be read as CSV".into(),
            RowProblem::MissingColumn => format!("The column \"{column}\" is missing"),
            RowProblem::DuplicateColumn => format!("The column \"{column}\" appears twice"),
            RowProblem::BadDate(s) => {
                format!("Cannot read the date \"{s}\": write 2026-03-05, 2026/3/5 or 2026年3月5日")
            }
            RowProblem::EmptyTitle => "The title is empty".into(),
            RowProblem::UnknownTarget(s) => format!("The plan has no target \"{s}\""),
            RowProblem::AmbiguousTarget(s) => {
                format!("Several targets are called \"{s}\": use the target's id")
            }
            RowProblem::TakesReadings(s) => {
                format!("Target \"{s}\" is measured by readings and takes no activities")
            }
            RowProblem::RepeatedTarget(s) => format!("Target \"{s}\" is named twice"),
            RowProblem::BadQuantity(s) => {
                format!("The quantity \"{s}\" is not a positive whole number")
            }
            RowProblem::ZeroQuantity => "The quantity cannot be 0".into(),
            RowProblem::CellError(e) => {
                format!("The cell holds the error value {e}: correct it in the spreadsheet first")
            }
        }
    }
}

/// A row that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// Line in the file, from 1 (the header is line 1).
    pub line: usize,
    /// The column's header as written in the file (or, for a missing
    /// column, its expected name); empty when the whole file is at fault.
    pub column: String,
    /// What is wrong.
    pub problem: RowProblem,
    /// The message in Chinese.
    pub message_zh: String,
    /// The message in English.
    pub message_en: String,
}

impl RowError {
    /// The error for `problem` at `line` in `column`, with its messages.
    pub(crate) fn new(line: usize, column: &str, problem: RowProblem) -> Self {
        RowError {
            line,
            message_zh: problem.message_zh(line, column),
            message_en: problem.message_en(line, column),
            column: column.to_string(),
            problem,
        }
    }
}
