//! Reading a ledger from an .xlsx workbook: find the sheet, turn its cells
//! into text the way a person reads them, and hand the rows to the same
//! reader as CSV import.

use std::io::Cursor;

use calamine::{Data, ExcelDateTime, ExcelDateTimeType, Range, Reader, SheetVisible, Xlsx};
use chrono::NaiveDate;

pub use super::error::{BookFault, ReadError, MAX_XLSX_BYTES};
use super::error::{HEADER_SEARCH_ROWS, MAX_UNZIPPED_BYTES};
use crate::ledger_csv::{header_slot, import_rows, CsvImport, RowError, RowProblem, SheetRow};
use crate::plan::{ActivityId, Plan, Stamp};
use crate::unzip::ZipFault;

/// Something noticed while reading that the user should know; the rows are
/// read all the same.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// Hidden sheets were not read.
    HiddenSheets(Vec<String>),
    /// Other visible sheets were not read: only one sheet is the ledger.
    OtherSheets(Vec<String>),
    /// Cells hold formulas; their last calculated values were read.
    Formulas {
        /// How many cells.
        count: usize,
        /// The first few, as "C5".
        cells: Vec<String>,
    },
    /// Dates written as plain numbers were read as Excel date serials.
    SerialDates {
        /// How many cells.
        count: usize,
        /// The first, as "B7", with the date read.
        first: (String, NaiveDate),
    },
}

fn quoted(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("“{n}”"))
        .collect::<Vec<_>>()
        .join("、")
}

impl Note {
    /// The note in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            Note::HiddenSheets(names) => format!("隐藏的工作表未读取：{}", quoted(names)),
            Note::OtherSheets(names) => format!("只读取台账表，其他工作表未读取：{}", quoted(names)),
            Note::Formulas { count, cells } => format!(
                "有 {count} 个单元格是公式（{}），已读取其上次计算的结果；若结果为空，请在 Excel 中重新计算并保存",
                cells.join("、")
            ),
            Note::SerialDates { count, first } => format!(
                "日期列有 {count} 个单元格是数字，已按 Excel 日期序号读取（如 {} 读作 {}），请在预览中核对",
                first.0,
                first.1.format("%Y-%m-%d")
            ),
        }
    }

    /// The note in English.
    pub fn message_en(&self) -> String {
        let list = |names: &[String]| {
            names
                .iter()
                .map(|n| format!("\"{n}\""))
                .collect::<Vec<_>>()
                .join(", ")
        };
        match self {
            Note::HiddenSheets(names) => format!("Hidden sheets were not read: {}", list(names)),
            Note::OtherSheets(names) => {
                format!("Only the ledger sheet is read; not read: {}", list(names))
            }
            Note::Formulas { count, cells } => format!(
                "{count} cells hold formulas ({}); their last calculated values were read. If a value is empty, recalculate and save the workbook in Excel",
                cells.join(", ")
            ),
            Note::SerialDates { count, first } => format!(
                "{count} cells of the date column are plain numbers and were read as Excel date serials ({} reads as {}): check them in the preview",
                first.0,
                first.1.format("%Y-%m-%d")
            ),
        }
    }
}

/// What a workbook held: the sheet read, its rows as activities or errors
/// (exactly as CSV import gives them, rows by Excel row number, columns by
/// letter and header), and what was noticed.
#[derive(Debug, Clone, PartialEq)]
pub struct XlsxImport {
    /// The sheet the ledger was read from.
    pub sheet: String,
    /// The Excel row number of its header row.
    pub header_row: usize,
    /// The rows read and the rows refused.
    pub import: CsvImport,
    /// What the user should know about the workbook.
    pub notes: Vec<Note>,
}

/// Excel's letters for a column counted from 0: A, B, …, Z, AA, AB, ….
pub(crate) fn column_letters(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        // `col % 26` is below 26.
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

/// The checks made before the archive is opened by the spreadsheet reader.
fn check_archive(bytes: &[u8]) -> Result<(), ReadError> {
    if bytes.len() > MAX_XLSX_BYTES {
        return Err(ReadError::TooLarge { bytes: bytes.len() });
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        return Err(ReadError::OldXls);
    }
    if !bytes.starts_with(b"PK") {
        return Err(ReadError::NotXlsx(BookFault::Zip(ZipFault::NotZip)));
    }
    let archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ReadError::NotXlsx(BookFault::Zip(ZipFault::of(&e))))?;
    if let Some(total) = archive.decompressed_size() {
        if total > MAX_UNZIPPED_BYTES {
            return Err(ReadError::ExpandsTooMuch { bytes: total });
        }
    }
    if archive.index_for_name("xl/workbook.xml").is_none()
        && archive.index_for_name("[Content_Types].xml").is_none()
    {
        return Err(ReadError::NotXlsx(BookFault::NoWorkbook));
    }
    Ok(())
}

/// The row (counted from 0 within the range) whose cells name both 日期 and
/// 事项, if one of the first rows does.
fn header_row(range: &Range<Data>) -> Option<usize> {
    range.rows().take(HEADER_SEARCH_ROWS).position(|row| {
        let slots: Vec<usize> = row
            .iter()
            .filter_map(|c| match c {
                Data::String(s) => header_slot(s).map(|(slot, _)| slot),
                _ => None,
            })
            .collect();
        slots.contains(&1) && slots.contains(&2)
    })
}

/// An Excel serial number as a date, if it is a plausible one (1950–2199).
fn serial_date(serial: f64) -> Option<NaiveDate> {
    if !(18264.0..=109574.0).contains(&serial) {
        return None;
    }
    let (y, m, d, ..) =
        ExcelDateTime::new(serial, ExcelDateTimeType::DateTime, false).to_ymd_hms_milli();
    NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d))
}

/// A number as a person reads it: whole numbers without ".0".
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// A cell as text. A date cell becomes "YYYY-MM-DD"; in the date column a
/// plain number that is a plausible date serial does too (counted in
/// `serials`).
fn cell_text(
    cell: &Data,
    is_date_column: bool,
    at: &str,
    serials: &mut Vec<(String, NaiveDate)>,
) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => {
            if is_date_column {
                if let Some(d) = serial_date(*f) {
                    serials.push((at.to_string(), d));
                    return d.format("%Y-%m-%d").to_string();
                }
            }
            number_text(*f)
        }
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{d:02}")
        }
        Data::DateTimeIso(s) => s.chars().take(10).collect(),
        Data::DurationIso(s) => s.clone(),
        // Refused by the caller before the text is used.
        Data::Error(e) => e.to_string(),
    }
}

/// Reads the ledger sheet of an .xlsx workbook with the columns of the
/// export (Chinese or English headers, in any order, the header row within
/// the first 20 rows). The sheet is the first visible one with 日期 and 事项
/// columns, preferring one named 台账 or Ledger. Each row read gets an id
/// from `new_id` and the stamp `stamp`. Bad rows are errors by Excel row
/// number and column ("C 事项"); a workbook that cannot be read at all is
/// a [`ReadError`].
pub fn read_workbook(
    bytes: &[u8],
    plan: &Plan,
    stamp: Stamp,
    new_id: &mut dyn FnMut() -> ActivityId,
) -> Result<XlsxImport, ReadError> {
    check_archive(bytes)?;
    let mut book: Xlsx<_> =
        Xlsx::new(Cursor::new(bytes)).map_err(|e| ReadError::NotXlsx(BookFault::of(&e)))?;
    let sheets = book.sheets_metadata().to_vec();
    let hidden: Vec<String> = sheets
        .iter()
        .filter(|s| s.visible != SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    let mut visible: Vec<String> = sheets
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible)
        .map(|s| s.name.clone())
        .collect();
    // The export's sheet name first, in either language.
    visible.sort_by_key(|n| !matches!(n.trim(), "台账" | "Ledger"));
    let mut found = None;
    for name in &visible {
        let range = book.worksheet_range(name).map_err(|e| ReadError::Sheet {
            sheet: name.clone(),
            fault: BookFault::of(&e),
        })?;
        if let Some(row) = header_row(&range) {
            found = Some((name.clone(), range, row));
            break;
        }
    }
    let Some((sheet, range, header)) = found else {
        let sheets = visible
            .iter()
            .map(|n| format!("\"{n}\""))
            .collect::<Vec<_>>()
            .join(", ");
        return Err(ReadError::NoLedgerSheet { sheets });
    };
    let (top, left) = range.start().unwrap_or((0, 0));
    let (top, left) = (top as usize, left as usize);

    let mut notes = Vec::new();
    let others: Vec<String> = visible.iter().filter(|n| **n != sheet).cloned().collect();
    if !others.is_empty() {
        notes.push(Note::OtherSheets(others));
    }
    if !hidden.is_empty() {
        notes.push(Note::HiddenSheets(hidden));
    }
    if let Ok(formulas) = book.worksheet_formula(&sheet) {
        let cells: Vec<String> = formulas
            .used_cells()
            .filter(|(_, _, f)| !f.is_empty())
            .map(|(r, c, _)| {
                let (r, c) = (
                    r + formulas.start().map_or(0, |s| s.0 as usize),
                    c + formulas.start().map_or(0, |s| s.1 as usize),
                );
                format!("{}{}", column_letters(c), r + 1)
            })
            .collect();
        if !cells.is_empty() {
            notes.push(Note::Formulas {
                count: cells.len(),
                cells: cells.into_iter().take(5).collect(),
            });
        }
    }

    let date_col = range.rows().nth(header).and_then(|row| {
        row.iter().position(
            |c| matches!(c, Data::String(s) if header_slot(s).map(|(slot, _)| slot) == Some(1)),
        )
    });
    let headers: Vec<String> = range
        .rows()
        .nth(header)
        .map(|row| {
            row.iter()
                .map(|c| cell_text(c, false, "", &mut Vec::new()))
                .collect()
        })
        .unwrap_or_default();
    let label = |i: usize, name: &str| format!("{} {name}", column_letters(left + i));
    let mut serials = Vec::new();
    let rows: Vec<Result<SheetRow, RowError>> = range
        .rows()
        .enumerate()
        .skip(header)
        .map(|(i, row)| {
            let line = top + i + 1;
            // An error value (#N/A, #REF!) under a column the ledger reads
            // makes the row unreadable, named by its cell.
            for (j, cell) in row.iter().enumerate() {
                let name = headers.get(j).map(String::as_str).unwrap_or("");
                if let (Data::Error(e), Some(_)) = (cell, header_slot(name)) {
                    let problem = RowProblem::CellError(e.to_string());
                    return Err(RowError::new(line, &label(j, name), problem));
                }
            }
            let cells = row
                .iter()
                .enumerate()
                .map(|(j, cell)| {
                    let at = format!("{}{line}", column_letters(left + j));
                    cell_text(cell, Some(j) == date_col, &at, &mut serials)
                })
                .collect();
            Ok(SheetRow { line, cells })
        })
        .collect();
    let import = import_rows(rows, plan, stamp, new_id, &label);
    if let Some(first) = serials.first().cloned() {
        notes.push(Note::SerialDates {
            count: serials.len(),
            first,
        });
    }
    Ok(XlsxImport {
        sheet,
        header_row: top + header + 1,
        import,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn serials_within_reason() {
        assert_eq!(serial_date(46000.0), NaiveDate::from_ymd_opt(2025, 12, 9));
        assert_eq!(serial_date(20260305.0), None);
        assert_eq!(serial_date(3.0), None);
    }

    #[test]
    fn refuses_what_is_not_a_workbook() {
        assert!(matches!(
            check_archive(b"date,title\n"),
            Err(ReadError::NotXlsx(_))
        ));
        assert_eq!(
            check_archive(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]),
            Err(ReadError::OldXls)
        );
        let big = vec![0u8; MAX_XLSX_BYTES + 1];
        assert_eq!(
            check_archive(&big),
            Err(ReadError::TooLarge {
                bytes: MAX_XLSX_BYTES + 1
            })
        );
    }
}
