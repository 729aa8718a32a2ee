//! A file read for import, understood into a [`Pending`] preview without
//! changing anything: a Luoshi document, a CSV ledger, or why it is refused.

use std::collections::HashSet;

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::format::{self, DecodeError};
use crate::i18n::xlsx::msgs as xlsx_msgs;
use crate::i18n::Lang;
use crate::ledger_csv::{self, CsvImport};
use crate::merge::{self, FutureStamps, MergeSummary};
use crate::plan::{Activity, ActivityId, Document, Stamp};
use crate::space::Room;

use crate::app::files::{IncomingFile, ReadError};
use crate::app::state::AppState;

/// A file read and understood, waiting for the user's choice.
#[derive(Debug, Clone, PartialEq)]
pub enum Pending {
    /// The file cannot be imported; nothing changed.
    Refused {
        /// The file's name.
        name: String,
        /// Why, in Chinese.
        zh: String,
        /// Why, in English.
        en: String,
        /// The field path, when the problem is one field.
        path: Option<String>,
    },
    /// A Luoshi document of another plan: not merged (one plan per
    /// document), only offered to open in place of this one.
    OtherPlan {
        /// The file's name.
        name: String,
        /// The document it holds.
        doc: Box<Document>,
        /// Our plan's id and title.
        ours: (String, String),
        /// The file's plan id.
        theirs: String,
    },
    /// A Luoshi document.
    Json {
        /// The file's name.
        name: String,
        /// Its size in bytes.
        size: u64,
        /// The document it holds.
        doc: Box<Document>,
        /// When it was exported, if it says.
        exported_at: Option<Stamp>,
        /// What merging it would do.
        summary: MergeSummary,
        /// Its stamps from the future, set to outrank nothing here
        /// ([`merge::tame`]); `doc` holds the tamed stamps.
        future: FutureStamps,
        /// Its records that cannot be read, left out of `doc`: why, in
        /// Chinese and English, each naming its field.
        set_aside: Vec<(String, String)>,
        /// Whether the document after merging fits in the browser's
        /// storage, and after replacing.
        room: (Room, Room),
    },
    /// A CSV ledger.
    Csv {
        /// The file's name.
        name: String,
        /// The rows read and the rows refused.
        import: CsvImport,
        /// For each row read, whether the ledger already holds it.
        duplicate: Vec<bool>,
    },
}

/// Whether a file is CSV: by its extension, else by its first character.
pub fn looks_like_csv(name: &str, text: &str) -> bool {
    let lower = name.to_lowercase();
    if lower.ends_with(".csv") || lower.ends_with(".txt") || lower.ends_with(".tsv") {
        return true;
    }
    if lower.ends_with(".json") {
        return false;
    }
    let first = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .next();
    !matches!(first, Some('{') | Some('[') | None)
}

fn refused(name: &str, e: &DecodeError) -> Pending {
    Pending::Refused {
        name: name.to_string(),
        zh: e.message_zh(),
        en: e.to_string(),
        path: e.path().map(str::to_string),
    }
}

/// The same activity as far as a person reading the ledger can tell.
pub(super) fn activity_key(a: &Activity) -> (NaiveDate, String, Vec<String>, u32) {
    let mut targets: Vec<String> = a.targets.iter().map(|t| t.0.clone()).collect();
    targets.sort();
    (a.date, a.title.trim().to_string(), targets, a.quantity)
}

/// Marks records read from a sheet as recorded by this copy's unit.
pub(crate) fn recorded_here(rows: &mut [Activity], unit: &str) {
    for a in rows {
        a.recorded_by = unit.trim().to_string();
    }
}

/// A workbook dropped on the page arrives as text, which it is not: it is
/// refused with a pointer to the Excel import button.
pub fn dropped_workbook(name: &str) -> Option<Pending> {
    let lower = name.to_lowercase();
    if !(lower.ends_with(".xlsx") || lower.ends_with(".xls")) {
        return None;
    }
    Some(Pending::Refused {
        name: name.to_string(),
        zh: format!(
            "Excel 工作簿请用“{}”按钮导入。",
            xlsx_msgs(Lang::Zh).import_xlsx
        ),
        en: format!(
            "Import an Excel workbook with the button “{}”.",
            xlsx_msgs(Lang::En).import_xlsx
        ),
        path: None,
    })
}

/// Reads an incoming file into a preview, changing nothing.
pub fn understand(app: AppState, file: IncomingFile) -> Pending {
    if let Some(refused) = dropped_workbook(&file.name) {
        return refused;
    }
    let text = match file.text {
        Ok(t) => t,
        Err(ReadError::TooLarge(bytes)) => {
            let e = DecodeError::TooLarge {
                bytes: usize::try_from(bytes).unwrap_or(usize::MAX),
            };
            return refused(&file.name, &e);
        }
        Err(ReadError::Unreadable) => {
            return Pending::Refused {
                name: file.name,
                zh: crate::i18n::data::ZH.unreadable_file.to_string(),
                en: crate::i18n::data::EN.unreadable_file.to_string(),
                path: None,
            }
        }
    };
    if looks_like_csv(&file.name, &text) {
        let now = app.now();
        let import = app.doc.with_untracked(|d| {
            let mut import =
                ledger_csv::import_csv(&text, &d.plan, now, &mut || ActivityId(app.new_id("a")));
            // Rows typed into a sheet here are this copy's records.
            recorded_here(&mut import.rows, &d.unit);
            import
        });
        let known: HashSet<_> = app
            .doc
            .with_untracked(|d| d.activities.iter().map(activity_key).collect());
        let duplicate = import
            .rows
            .iter()
            .map(|a| known.contains(&activity_key(a)))
            .collect();
        return Pending::Csv {
            name: file.name,
            import,
            duplicate,
        };
    }
    match format::decode_file_salvaging(&text) {
        Ok(decoded) => {
            let other = app
                .doc
                .with_untracked(|ours| merge::other_plan(ours, &decoded.document));
            if let Some(other) = other {
                let title = app.doc.with_untracked(|d| d.plan.title.clone());
                return Pending::OtherPlan {
                    name: file.name,
                    doc: Box::new(decoded.document),
                    ours: (other.ours, title),
                    theirs: other.theirs,
                };
            }
            let now = app.now();
            let space = crate::app::storage::space();
            // The document kept in IndexedDB has the browser's quota (far
            // beyond localStorage's 5 MB): a write it refuses is said then.
            let rows = crate::app::sync::indexed::active();
            let fits = |d: &Document| {
                if rows {
                    return crate::space::Room::Fits;
                }
                let raw = format::encode_compact(d);
                let bytes = crate::app::storage::utf16_bytes(&raw)
                    + crate::app::storage::utf16_bytes(crate::app::storage::DOC_KEY);
                crate::space::room(&space, bytes)
            };
            let (doc, future, summary, room) = app.doc.with_untracked(|ours| {
                let (doc, future) = merge::tame(ours, &decoded.document, now);
                let merged = merge::merge(ours, &doc);
                let replaced = merge::supersede(ours, doc.clone(), now);
                let room = (fits(&merged.doc), fits(&replaced));
                (doc, future, merged.summary, room)
            });
            Pending::Json {
                name: file.name,
                size: file.size,
                doc: Box::new(doc),
                exported_at: decoded.exported_at,
                summary,
                future,
                room,
                set_aside: decoded
                    .quarantined
                    .iter()
                    .map(|q| (q.error.message_zh(), q.error.to_string()))
                    .collect(),
            }
        }
        Err(e) => refused(&file.name, &e),
    }
}
