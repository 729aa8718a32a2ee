//! Reading a spreadsheet into a table of text cells: CSV (UTF-8, else
//! GB18030 as Excel and WPS write it) or the first sheet of an .xlsx, the
//! header row found and its columns guessed.

use super::input::MAX_BYTES;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// 序号.
    Number,
    /// 类别: a section name per row.
    Section,
    /// 工作任务.
    Task,
    /// 目标/指标.
    Goal,
    /// 责任领导.
    Leader,
    /// 牵头处室.
    Lead,
    /// 配合处室.
    Partner,
    /// 完成时限.
    Deadline,
}

impl Column {
    /// Every column, in the order a mapping step lists them.
    pub const ALL: [Column; 8] = [
        Column::Number,
        Column::Section,
        Column::Task,
        Column::Goal,
        Column::Leader,
        Column::Lead,
        Column::Partner,
        Column::Deadline,
    ];

    /// Its name in Chinese.
    pub fn zh(self) -> &'static str {
        match self {
            Column::Number => "序号",
            Column::Section => "类别",
            Column::Task => "工作任务",
            Column::Goal => "目标/指标",
            Column::Leader => "责任领导",
            Column::Lead => "牵头处室",
            Column::Partner => "配合处室",
            Column::Deadline => "完成时限",
        }
    }

    /// Its name in English.
    pub fn en(self) -> &'static str {
        match self {
            Column::Number => "No.",
            Column::Section => "category",
            Column::Task => "task",
            Column::Goal => "target",
            Column::Leader => "responsible leader",
            Column::Lead => "lead unit",
            Column::Partner => "supporting units",
            Column::Deadline => "deadline",
        }
    }
}

/// Header words per column, the more specific first.
const HEADERS: &[(&str, Column)] = &[
    ("序号", Column::Number),
    ("编号", Column::Number),
    ("责任领导", Column::Leader),
    ("分管领导", Column::Leader),
    ("牵头领导", Column::Leader),
    ("领导", Column::Leader),
    ("配合", Column::Partner),
    ("协办", Column::Partner),
    ("参与单位", Column::Partner),
    ("牵头", Column::Lead),
    ("责任单位", Column::Lead),
    ("责任处室", Column::Lead),
    ("责任部门", Column::Lead),
    ("责任科室", Column::Lead),
    ("主办", Column::Lead),
    ("时限", Column::Deadline),
    ("完成时间", Column::Deadline),
    ("时间节点", Column::Deadline),
    ("进度安排", Column::Deadline),
    ("目标", Column::Goal),
    ("指标", Column::Goal),
    ("预期成效", Column::Goal),
    ("主要内容", Column::Goal),
    ("建设内容", Column::Goal),
    ("任务", Column::Task),
    ("工作内容", Column::Task),
    ("项目", Column::Task),
    ("内容", Column::Task),
    ("事项", Column::Task),
    ("举措", Column::Task),
    ("类别", Column::Section),
    ("分类", Column::Section),
    ("板块", Column::Section),
    ("领域", Column::Section),
];

/// The guessed column of a header, if any.
pub fn guess_column(header: &str) -> Option<Column> {
    let h: String = header.chars().filter(|c| !c.is_whitespace()).collect();
    HEADERS.iter().find(|(w, _)| h.contains(w)).map(|(_, c)| *c)
}

/// A sheet as text cells: the header row and the rows below it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Header cells.
    pub headers: Vec<String>,
    /// 1-based row number of the header row in the sheet.
    pub header_row: usize,
    /// Data rows, each with its 1-based row number in the sheet.
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Which column holds what: one entry per header, `None` for ignored.
pub type Mapping = Vec<Option<Column>>;

/// Why a spreadsheet gave no table.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    /// Over 50 MB.
    #[error("the file is {0} bytes; files over 50 MB are not read")]
    TooLarge(usize),
    /// Nothing in it.
    #[error("the spreadsheet is empty")]
    Empty,
    /// A CSV line that cannot be read.
    #[error("CSV line {line} cannot be read")]
    Csv {
        /// 1-based line.
        line: u64,
    },
    /// Not an .xlsx workbook, or a damaged one.
    #[error("not an .xlsx workbook, or it is damaged: {0}")]
    NotXlsx(crate::unzip::BookFault),
    /// CSV that is not UTF-8 (the browser decodes GB18030 before).
    #[error("the CSV is not UTF-8 text")]
    NotUtf8,
    /// A mapping with neither a 工作任务 nor a 目标/指标 column.
    #[error("choose which column holds the task (工作任务) or the target (目标/指标)")]
    NoTaskColumn,
    /// No row with a 工作任务 or 目标 column among the first ten.
    #[error("no 工作任务 or 目标/指标 column found; headers seen: {0}")]
    NoColumns(String),
}

impl SheetError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            SheetError::TooLarge(n) => format!("文件大小为 {n} 字节，超过 50 MB，不予读取"),
            SheetError::Empty => "表格是空的".into(),
            SheetError::Csv { line } => format!("CSV 第 {line} 行无法读取"),
            SheetError::NotXlsx(e) => {
                format!("不是 .xlsx 工作簿，或已损坏：{}", e.message_zh())
            }
            SheetError::NotUtf8 => "CSV 不是 UTF-8 文本".into(),
            SheetError::NoTaskColumn => "请指定哪一列是“工作任务”或“目标/指标”".into(),
            SheetError::NoColumns(h) => {
                format!("未找到“工作任务”或“目标/指标”列；表头为：{h}")
            }
        }
    }
}

/// Whether a header row is among the first ten of `rows`: a task or goal
/// column and at least two known columns.
pub fn has_header(rows: &[Vec<String>]) -> bool {
    rows.iter().take(10).any(|r| is_header(r))
}

fn is_header(r: &[String]) -> bool {
    let cols: Vec<Column> = r.iter().filter_map(|c| guess_column(c)).collect();
    cols.len() >= 2
        && cols
            .iter()
            .any(|c| matches!(c, Column::Task | Column::Goal))
}

/// A table from rows of cells (a Word table's, a sheet's): the header row
/// found, the rows below it.
pub fn table_of_rows(rows: Vec<Vec<String>>) -> Result<Table, SheetError> {
    table_of(rows)
}

/// Finds the header row (the first of the first ten with a task or goal
/// column and at least two known columns) and the rows below it.
fn table_of(rows: Vec<Vec<String>>) -> Result<Table, SheetError> {
    if rows.iter().all(|r| r.iter().all(|c| c.trim().is_empty())) {
        return Err(SheetError::Empty);
    }
    let header_at = rows.iter().take(10).position(|r| is_header(r));
    let Some(h) = header_at else {
        let seen = rows
            .iter()
            .find(|r| r.iter().any(|c| !c.trim().is_empty()))
            .map(|r| r.join("、"))
            .unwrap_or_default();
        return Err(SheetError::NoColumns(seen));
    };
    let mut rows = rows.into_iter().enumerate();
    let headers = rows
        .by_ref()
        .nth(h)
        .map(|(_, r)| r)
        .unwrap_or_default()
        .into_iter()
        .map(|c| c.trim().to_string())
        .collect();
    Ok(Table {
        headers,
        header_row: h + 1,
        rows: rows.map(|(i, r)| (i + 1, r)).collect(),
    })
}

/// A table from CSV bytes: UTF-8 (a BOM is dropped), else (natively)
/// GB18030 as Excel and WPS write it.
pub fn read_csv(bytes: &[u8]) -> Result<Table, SheetError> {
    if bytes.len() > MAX_BYTES {
        return Err(SheetError::TooLarge(bytes.len()));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        #[cfg(not(target_arch = "wasm32"))]
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
        #[cfg(target_arch = "wasm32")]
        Err(_) => return Err(SheetError::NotUtf8),
    };
    read_csv_text(&text)
}

/// A table from CSV text already decoded.
pub fn read_csv_text(text: &str) -> Result<Table, SheetError> {
    if text.len() > MAX_BYTES {
        return Err(SheetError::TooLarge(text.len()));
    }
    let text = text.trim_start_matches('\u{feff}');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| SheetError::Csv {
            line: e.position().map_or(0, |p| p.line()),
        })?;
        rows.push(record.iter().map(str::to_string).collect());
    }
    table_of(rows)
}

/// The date of an Excel serial day number (days since 1899-12-30).
fn excel_date(serial: f64) -> Option<chrono::NaiveDate> {
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30)?;
    base.checked_add_signed(chrono::Duration::days(serial.floor() as i64))
}

/// A table from the first sheet of an .xlsx workbook. In the browser this
/// runs only in the plan-from-text view's part, which is loaded on demand.
pub fn read_xlsx(bytes: &[u8]) -> Result<Table, SheetError> {
    if bytes.len() > MAX_BYTES {
        return Err(SheetError::TooLarge(bytes.len()));
    }
    use calamine::{Data, Reader, Xlsx};
    use std::io::Cursor;
    let mut wb: Xlsx<Cursor<&[u8]>> = calamine::open_workbook_from_rs(Cursor::new(bytes))
        .map_err(|e: calamine::XlsxError| SheetError::NotXlsx(crate::unzip::BookFault::of(&e)))?;
    let range = wb
        .worksheet_range_at(0)
        .ok_or(SheetError::Empty)?
        .map_err(|e: calamine::XlsxError| SheetError::NotXlsx(crate::unzip::BookFault::of(&e)))?;
    let rows = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c: &Data| match c {
                    Data::DateTime(d) if d.is_datetime() => excel_date(d.as_f64())
                        .map(|d| d.format("%Y-%m-%d").to_string())
                        .unwrap_or_default(),
                    Data::Float(f) if f.fract() == 0.0 => format!("{}", f.round() as i64),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    table_of(rows)
}

/// The guessed mapping of a table's headers. Each role is guessed once;
/// when a 牵头 column is there, a 责任单位 column beside it holds the units
/// that support the lead (as 分工方案 write 牵头单位 and 责任单位).
pub fn guess(table: &Table) -> Mapping {
    let led = table
        .headers
        .iter()
        .any(|h| h.contains("牵头") && !h.contains("领导"));
    let mut seen = Vec::new();
    table
        .headers
        .iter()
        .map(|h| {
            let c = match guess_column(h) {
                Some(Column::Lead) if led && !h.contains("牵头") => Some(Column::Partner),
                c => c,
            }
            .filter(|c| !seen.contains(c));
            seen.extend(c);
            c
        })
        .collect()
}

/// Gives column `index` the role `col` (or none); a role holds one column,
/// so the column that had it before loses it.
pub fn assign(mapping: &mut Mapping, index: usize, col: Option<Column>) {
    if index >= mapping.len() {
        return;
    }
    if let Some(c) = col {
        for m in mapping.iter_mut() {
            if *m == Some(c) {
                *m = None;
            }
        }
    }
    mapping[index] = col;
}

/// Whether a mapping can be read: it needs a 工作任务 or 目标/指标 column.
pub fn check_mapping(mapping: &Mapping) -> Result<(), SheetError> {
    if mapping
        .iter()
        .any(|c| matches!(c, Some(Column::Task | Column::Goal)))
    {
        Ok(())
    } else {
        Err(SheetError::NoTaskColumn)
    }
}

/// A table from a file named `name`: .xlsx by its zip form, else CSV.
pub fn read_table(name: &str, bytes: &[u8]) -> Result<Table, SheetError> {
    let xlsx = name.to_ascii_lowercase().ends_with(".xlsx") || bytes.starts_with(b"PK\x03\x04");
    if xlsx {
        read_xlsx(bytes)
    } else {
        read_csv(bytes)
    }
}
