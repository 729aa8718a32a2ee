//! Reading activities from a CSV ledger kept in Excel or WPS.

use std::collections::HashSet;

use crate::plan::{Activity, ActivityId, Plan, Stamp, TargetId};

use super::cells::{parse_date, parse_quantity, split_list, unneutralise, QuantityError};
use super::problem::{RowError, RowProblem};
use super::{HEADERS_EN, HEADERS_ZH};

/// What a CSV file held: the rows read as activities, and the rows that
/// could not be read. The caller decides whether to import none of a file
/// with errors or only the good rows.
#[derive(Debug, Clone, PartialEq)]
pub struct CsvImport {
    /// Activities read, in file order, each with a new id and the import's
    /// stamp.
    pub rows: Vec<Activity>,
    /// Rows that could not be read, by line.
    pub errors: Vec<RowError>,
}

/// The columns import reads, in [`HEADERS_ZH`] order after the row number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Date = 1,
    Title,
    Targets,
    Quantity,
    People,
    Unit,
    Notes,
}

const COLUMNS: [Column; 7] = [
    Column::Date,
    Column::Title,
    Column::Targets,
    Column::Quantity,
    Column::People,
    Column::Unit,
    Column::Notes,
];

/// Where each column is in the file, and its header as written there
/// (labelled by the caller: a spreadsheet adds the column letter).
struct Layout {
    at: [Option<(usize, String)>; 8],
    english: bool,
}

/// Which of the export's columns a header names, and whether it is an
/// English name: the Chinese and English headers of the CSV export, and the
/// words the .xlsx export uses (计入指标, 人员, Lead unit…).
pub(crate) fn header_slot(raw: &str) -> Option<(usize, bool)> {
    let name = raw.trim().trim_start_matches('\u{feff}').trim();
    let lower = name.to_lowercase();
    if let Some(i) = HEADERS_ZH.iter().position(|h| *h == name) {
        return Some((i, false));
    }
    if let Some(i) = HEADERS_EN.iter().position(|h| *h == lower) {
        return Some((i, true));
    }
    HEADER_ALIASES
        .iter()
        .find(|(alias, _, _)| *alias == name || *alias == lower)
        .map(|(_, slot, english)| (*slot, *english))
}

/// Other headers for the same columns: (header, column, is English).
const HEADER_ALIASES: [(&str, usize, bool); 8] = [
    ("计入指标", 3, false),
    ("人员", 5, false),
    ("佐证材料", 8, false),
    ("no.", 0, true),
    ("activity", 2, true),
    ("counts toward", 3, true),
    ("lead unit", 6, true),
    ("evidence", 8, true),
];

impl Layout {
    fn read(
        header: &[String],
        line: usize,
        label: &dyn Fn(usize, &str) -> String,
        errors: &mut Vec<RowError>,
    ) -> Layout {
        let mut layout = Layout {
            at: Default::default(),
            english: false,
        };
        for (i, raw) in header.iter().enumerate() {
            let Some((slot, english)) = header_slot(raw) else {
                continue;
            };
            if slot >= layout.at.len() {
                // A column the ledger does not keep (佐证材料): read past.
                continue;
            }
            let name = label(i, raw.trim().trim_start_matches('\u{feff}').trim());
            layout.english |= english;
            if layout.at[slot].is_some() {
                errors.push(RowError::new(line, &name, RowProblem::DuplicateColumn));
            } else {
                layout.at[slot] = Some((i, name));
            }
        }
        for required in [Column::Date, Column::Title] {
            if layout.at[required as usize].is_none() {
                let name = layout.name(required).to_string();
                errors.push(RowError::new(line, &name, RowProblem::MissingColumn));
            }
        }
        layout
    }

    fn name(&self, c: Column) -> &str {
        match &self.at[c as usize] {
            Some((_, name)) => name,
            None if self.english => HEADERS_EN[c as usize],
            None => HEADERS_ZH[c as usize],
        }
    }

    /// The cell as meant: trimmed, without a neutralising quote.
    fn cell<'r>(&self, record: &'r [String], c: Column) -> &'r str {
        self.at[c as usize]
            .as_ref()
            .and_then(|(i, _)| record.get(*i))
            .map(|s| unneutralise(s.trim()).trim())
            .unwrap_or("")
    }
}

/// Reads the targets cell: the whole cell as one title, or titles (or ids)
/// separated by ；or ;.
fn read_targets(cell: &str, plan: &Plan) -> Result<Vec<TargetId>, RowProblem> {
    let by_title = |t: &str| plan.targets().filter(move |(_, x)| x.title == t).count();
    let pieces = if by_title(cell) == 1 {
        vec![cell]
    } else {
        split_list(cell, &['；', ';'])
    };
    let mut ids = Vec::new();
    let mut seen = HashSet::new();
    for piece in pieces {
        let target = match by_title(piece) {
            0 => plan
                .target(&TargetId::from(piece))
                .ok_or_else(|| RowProblem::UnknownTarget(piece.to_string()))?,
            1 => plan
                .targets()
                .map(|(_, t)| t)
                .find(|t| t.title == piece)
                .ok_or_else(|| RowProblem::UnknownTarget(piece.to_string()))?,
            _ => return Err(RowProblem::AmbiguousTarget(piece.to_string())),
        };
        if target.kind.takes_readings() {
            return Err(RowProblem::TakesReadings(piece.to_string()));
        }
        if !seen.insert(&target.id) {
            return Err(RowProblem::RepeatedTarget(piece.to_string()));
        }
        ids.push(target.id.clone());
    }
    Ok(ids)
}

/// Reads one data row; `None` with errors pushed when it cannot be read.
fn read_row(
    layout: &Layout,
    record: &[String],
    line: usize,
    plan: &Plan,
    errors: &mut Vec<RowError>,
) -> Option<(chrono::NaiveDate, String, Vec<TargetId>, u32)> {
    let before = errors.len();
    let mut fail = |c: Column, p: RowProblem| errors.push(RowError::new(line, layout.name(c), p));
    let date_cell = layout.cell(record, Column::Date);
    let date = parse_date(date_cell);
    if date_cell.trim().is_empty() {
        fail(Column::Date, RowProblem::EmptyDate);
    } else if date.is_none() {
        fail(Column::Date, RowProblem::BadDate(date_cell.to_string()));
    }
    let title = layout.cell(record, Column::Title);
    if title.is_empty() {
        fail(Column::Title, RowProblem::EmptyTitle);
    }
    let targets = read_targets(layout.cell(record, Column::Targets), plan)
        .map_err(|p| fail(Column::Targets, p))
        .ok();
    let quantity_cell = layout.cell(record, Column::Quantity);
    let quantity = match parse_quantity(quantity_cell) {
        Ok(q) => Some(q),
        Err(QuantityError::Zero) => {
            fail(Column::Quantity, RowProblem::ZeroQuantity);
            None
        }
        Err(QuantityError::NotANumber) => {
            fail(
                Column::Quantity,
                RowProblem::BadQuantity(quantity_cell.to_string()),
            );
            None
        }
    };
    if errors.len() > before {
        return None;
    }
    Some((date?, title.to_string(), targets?, quantity?))
}

/// The delimiter the header line uses: commas, unless it has none and has
/// tabs (Excel's "Unicode text") or semicolons (locales that write decimal
/// commas).
fn delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if header.contains(',') {
        b','
    } else if header.contains('\t') {
        b'\t'
    } else if header.contains(';') {
        b';'
    } else {
        b','
    }
}

/// Reads activities from CSV with the export's columns (Chinese or English
/// headers, in any order; the row number is ignored; unknown columns are
/// ignored). Each row read gets an id from `new_id` and the stamp `stamp`.
pub fn import_csv(
    text: &str,
    plan: &Plan,
    stamp: Stamp,
    new_id: &mut dyn FnMut() -> ActivityId,
) -> CsvImport {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(text))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut last_line = 1;
    let rows = reader.records().map(|result| match result {
        Ok(record) => {
            let line = record.position().map_or(last_line, |p| p.line() as usize);
            last_line = line;
            Ok(SheetRow {
                line,
                cells: record.iter().map(String::from).collect(),
            })
        }
        Err(e) => {
            let line = e.position().map_or(last_line, |p| p.line() as usize);
            Err(RowError::new(line, "", RowProblem::NotCsv))
        }
    });
    import_rows(rows, plan, stamp, new_id, &|_, name| name.to_string())
}

/// One row of a sheet as text, with its line (CSV) or row number
/// (spreadsheet), counted from 1.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SheetRow {
    /// Line or row number, from 1.
    pub line: usize,
    /// The cells as text, in column order.
    pub cells: Vec<String>,
}

/// Reads activities from rows of text: the first non-blank row is the
/// header, the rest are activities, as [`import_csv`] describes. A row that
/// is already known to be unreadable comes as its error. `label` names a
/// column in messages from its index and header (a spreadsheet adds the
/// column's letter). CSV and .xlsx import share this, so both read a ledger
/// the same way.
pub(crate) fn import_rows(
    rows: impl IntoIterator<Item = Result<SheetRow, RowError>>,
    plan: &Plan,
    stamp: Stamp,
    new_id: &mut dyn FnMut() -> ActivityId,
    label: &dyn Fn(usize, &str) -> String,
) -> CsvImport {
    let mut out = CsvImport {
        rows: Vec::new(),
        errors: Vec::new(),
    };
    let mut layout: Option<Layout> = None;
    for result in rows {
        let SheetRow {
            line,
            cells: record,
        } = match result {
            Ok(r) => r,
            Err(e) => {
                out.errors.push(e);
                continue;
            }
        };
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let Some(layout) = &layout else {
            layout = Some(Layout::read(&record, line, label, &mut out.errors));
            continue;
        };
        if layout.at[Column::Date as usize].is_none() || layout.at[Column::Title as usize].is_none()
        {
            continue;
        }
        if COLUMNS.iter().all(|c| layout.cell(&record, *c).is_empty()) {
            // Only a row number: a blank row of a numbered sheet.
            continue;
        }
        if let Some((date, title, targets, quantity)) =
            read_row(layout, &record, line, plan, &mut out.errors)
        {
            let people = split_list(layout.cell(&record, Column::People), &['、', ',', '，'])
                .into_iter()
                .map(String::from)
                .collect();
            out.rows.push(Activity {
                recorded_by: String::new(),
                evidence: Vec::new(),
                id: new_id(),
                date,
                title,
                targets,
                quantity,
                people,
                lead_unit: layout.cell(&record, Column::Unit).to_string(),
                notes: layout.cell(&record, Column::Notes).to_string(),
                updated_at: stamp,
            });
        }
    }
    if layout.is_none() && out.errors.is_empty() {
        out.errors.push(RowError::new(1, "", RowProblem::Empty));
    }
    out
}
