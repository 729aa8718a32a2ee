//! The ledger as CSV for Excel and WPS: export, and import of a ledger kept
//! in a spreadsheet.
//!
//! The file is UTF-8 with a byte-order mark, so that Excel and WPS open it
//! as UTF-8, with Chinese column headers. Every cell that a spreadsheet could
//! take as a formula is neutralised with a leading `'`, so opening an export
//! never runs anything; import removes that quote again.

mod cells;
mod import;
mod problem;

use std::collections::HashMap;

use crate::plan::{Activity, Document, Plan, TargetId};

pub(crate) use cells::looks_like_formula;
pub(crate) use import::{header_slot, import_rows, SheetRow};
pub use import::{import_csv, CsvImport};
pub use problem::{RowError, RowProblem};

/// The Chinese column headers, in file order.
pub const HEADERS_ZH: [&str; 8] = [
    "序号",
    "日期",
    "事项",
    "关联指标",
    "数量",
    "参与人员",
    "牵头处室",
    "备注",
];

/// The English column headers import also accepts, in the same order
/// (the row number has none).
pub const HEADERS_EN: [&str; 8] = [
    "no", "date", "title", "targets", "quantity", "people", "unit", "notes",
];

/// Separator of target titles in the 关联指标 column.
pub const TARGET_SEPARATOR: &str = "；";
/// Separator of names in the 参与人员 column.
pub const PEOPLE_SEPARATOR: &str = "、";

/// How each target is named in the 关联指标 column: by its title, unless
/// the title would not lead back to it on import (empty, shared with another
/// target, holding a separator, or equal to an id); then by its id.
pub(crate) fn target_names(plan: &Plan) -> HashMap<&TargetId, &str> {
    let mut title_count: HashMap<&str, usize> = HashMap::new();
    for (_, t) in plan.targets() {
        *title_count.entry(t.title.as_str()).or_default() += 1;
    }
    let ids: Vec<&str> = plan.targets().map(|(_, t)| t.id.as_str()).collect();
    plan.targets()
        .map(|(_, t)| {
            let title = t.title.as_str();
            let usable = !title.is_empty()
                && title.trim() == title
                && title_count.get(title) == Some(&1)
                && !title.contains(['；', ';'])
                && !ids.iter().any(|id| *id == title && *id != t.id.as_str());
            (&t.id, if usable { title } else { t.id.as_str() })
        })
        .collect()
}

fn row(n: usize, a: &Activity, names: &HashMap<&TargetId, &str>) -> [String; 8] {
    let targets: Vec<&str> = a
        .targets
        .iter()
        .map(|id| names.get(id).copied().unwrap_or(id.as_str()))
        .collect();
    [
        n.to_string(),
        a.date.format("%Y-%m-%d").to_string(),
        a.title.clone(),
        targets.join(TARGET_SEPARATOR),
        a.quantity.to_string(),
        a.people.join(PEOPLE_SEPARATOR),
        a.lead_unit.clone(),
        a.notes.clone(),
    ]
}

/// The ledger as CSV: UTF-8 with BOM, Chinese headers, one row per activity
/// by date then id, dates as YYYY-MM-DD, formulas neutralised.
pub fn export_csv(doc: &Document) -> String {
    let names = target_names(&doc.plan);
    let mut activities: Vec<&Activity> = doc.activities.iter().collect();
    activities.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing into memory cannot fail; a failure would only drop the row.
    let _ = w.write_record(HEADERS_ZH);
    for (i, a) in activities.iter().enumerate() {
        let cells = row(i + 1, a, &names);
        let _ = w.write_record(cells.iter().map(|c| cells::neutralise(c)));
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("\u{feff}{}", String::from_utf8_lossy(&bytes))
}
