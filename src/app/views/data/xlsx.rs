//! The Data view's Excel (.xlsx) buttons: export the workbook, and import a
//! ledger from one through the same preview as CSV.
//!
//! The writer and reader (rust_xlsxwriter, calamine, zip) are a part of
//! their own (`write_book` and `read_book` below, split points as in
//! src/app/lazy.rs), fetched on a click or a picked file, never with the
//! Data view itself.

use leptos::prelude::*;

use crate::engine::PlanProgress;
use crate::format;
use crate::i18n::xlsx::msgs;
use crate::i18n::Lang;
use crate::plan::{ActivityId, Document, Plan, Stamp};
use crate::xlsx::{self, Note, ReadError, WriteError, XlsxImport, MAX_XLSX_BYTES, XLSX_MIME};

use super::{activity_key, focus_preview, Pending};
use crate::app::download::download_bytes;
use crate::app::files;
use crate::app::lazy::split_point;
use crate::app::state::{use_app, AppState, ToastKind};

split_point!(
    xlsx,
    preload_xlsx_write,
    fn write_book(
        doc: Document,
        progress: PlanProgress,
        lang: Lang,
    ) -> Result<Vec<u8>, WriteError> {
        Ok(xlsx::write_workbook(&doc, &progress, lang))
    }
);

split_point!(
    xlsx,
    preload_xlsx_read,
    fn read_book(bytes: Vec<u8>, plan: Plan, now: Stamp) -> Result<XlsxImport, ReadError> {
        Ok(xlsx::read_workbook(&bytes, &plan, now, &mut || {
            ActivityId(crate::app::clock::new_id("a"))
        }))
    }
);

/// The message of a part that could not be fetched, as a toast.
fn part_failed(app: AppState) {
    app.notify(
        |l| crate::i18n::msgs(l).shell.part_failed.to_string(),
        ToastKind::Error,
    );
}

/// What the last .xlsx import noticed, shown above its preview.
#[derive(Debug, Clone, PartialEq)]
struct Noticed {
    file: String,
    sheet: String,
    header_row: usize,
    notes: Vec<Note>,
}

/// Writes the workbook of the document as of the as-of date, in the
/// interface's language, and offers it as a download.
fn export_xlsx(app: AppState) {
    let lang = app.lang.get_untracked();
    let today = app.today();
    let progress = app.progress.get_untracked();
    let doc = app.doc.get_untracked();
    let json = format::export_file_name(&doc.unit, today);
    let name = format!("{}.xlsx", json.strip_suffix(".json").unwrap_or(&json));
    leptos::task::spawn_local(async move {
        let Ok(result) = write_book(doc, progress, lang).await else {
            return part_failed(app);
        };
        match result {
            Ok(bytes) => match download_bytes(&name, XLSX_MIME, &bytes) {
                Ok(()) => app.notify(
                    move |l| format!("{}{name}", crate::i18n::data::msgs(l).exported),
                    ToastKind::Info,
                ),
                Err(e) => app.notify(move |_| e.to_string(), ToastKind::Error),
            },
            Err(e) => {
                app.notify(
                    move |l| {
                        if l == Lang::Zh {
                            e.message_zh()
                        } else {
                            e.to_string()
                        }
                    },
                    ToastKind::Error,
                );
            }
        }
    });
}

fn refusal(name: &str, e: &ReadError) -> Pending {
    Pending::Refused {
        name: name.to_string(),
        zh: e.message_zh(),
        en: e.to_string(),
        path: None,
    }
}

/// Reads a workbook into the import preview, changing nothing.
async fn import_xlsx(app: AppState, name: String, bytes: Vec<u8>) -> (Pending, Option<Noticed>) {
    let now = app.now();
    let plan = app.doc.with_untracked(|d| d.plan.clone());
    let Ok(mut read) = read_book(bytes, plan, now).await else {
        return (
            Pending::Refused {
                name,
                zh: crate::i18n::shell::ZH.part_failed.to_string(),
                en: crate::i18n::shell::EN.part_failed.to_string(),
                path: None,
            },
            None,
        );
    };
    if let Ok(got) = &mut read {
        app.doc
            .with_untracked(|d| super::recorded_here(&mut got.import.rows, &d.unit));
    }
    match read {
        Ok(got) => {
            let duplicate = app.doc.with_untracked(|d| {
                let known: std::collections::HashSet<_> =
                    d.activities.iter().map(activity_key).collect();
                got.import
                    .rows
                    .iter()
                    .map(|a| known.contains(&activity_key(a)))
                    .collect()
            });
            let noticed = Noticed {
                file: name.clone(),
                sheet: got.sheet,
                header_row: got.header_row,
                notes: got.notes,
            };
            (
                Pending::Csv {
                    name,
                    import: got.import,
                    duplicate,
                },
                Some(noticed),
            )
        }
        Err(e) => (refusal(&name, &e), None),
    }
}

/// The export button and its hint, for the export card.
#[component]
pub fn XlsxExport() -> impl IntoView {
    let app = use_app();
    view! {
        <p class="small muted spaced">{move || msgs(app.lang.get()).export_xlsx_hint}</p>
        <div class="btn-row">
            <button type="button" class="btn" data-testid="export-xlsx" on:click=move |_| export_xlsx(app)>
                {move || msgs(app.lang.get()).export_xlsx}
            </button>
        </div>
    }
}

/// The import picker for .xlsx and what the last workbook read noticed,
/// for the import card; the preview itself is the card's.
#[component]
pub fn XlsxImport(
    /// The import card's preview.
    pending: RwSignal<Option<Pending>>,
) -> impl IntoView {
    let app = use_app();
    let noticed: RwSignal<Option<Noticed>> = RwSignal::new(None);
    // The notes belong to the preview they came with.
    Effect::new(move |_| {
        let ours = pending.with(|p| match p {
            Some(Pending::Csv { name, .. }) => {
                noticed.with_untracked(|n| n.as_ref().is_some_and(|n| &n.file == name))
            }
            _ => false,
        });
        if !ours {
            noticed.set(None);
        }
    });
    let on_read = Callback::new(move |picked: Vec<files::Picked>| {
        let Some(files::Picked {
            name, size, bytes, ..
        }) = picked.into_iter().next()
        else {
            return;
        };
        leptos::task::spawn_local(async move {
            let (preview, notes) = match bytes {
                Ok(bytes) => import_xlsx(app, name, bytes).await,
                Err(e) => {
                    let e = match e {
                        files::ReadError::TooLarge(_) => ReadError::TooLarge {
                            bytes: usize::try_from(size).unwrap_or(usize::MAX),
                        },
                        files::ReadError::Unreadable => ReadError::NotXlsx(xlsx::BookFault::Unread),
                    };
                    (refusal(&name, &e), None)
                }
            };
            noticed.set(notes);
            pending.set(Some(preview));
            focus_preview();
        });
    });
    let lang = move || app.lang.get();
    view! {
        <p class="small muted spaced">{move || msgs(lang()).import_xlsx_hint}</p>
        <div class="file-pick">
            <files::FilePick id="import-xlsx"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                limit=|_, _| MAX_XLSX_BYTES as u64 on_read=on_read/>
            <label for="import-xlsx" class="btn">{move || msgs(lang()).import_xlsx}</label>
        </div>
        {move || noticed.get().map(|n| view! {
            <div class="notice notice-info small" data-testid="xlsx-notes">
                <p>{move || (msgs(lang()).sheet_read)(&n.sheet, n.header_row)}</p>
                {(!n.notes.is_empty()).then(|| {
                    // A sheet may give many notes: the first few, a count
                    // of the rest and a way to see all, so the preview and
                    // its buttons below stay near.
                    let total = n.notes.len();
                    let notes = StoredValue::new(n.notes.clone());
                    let all = RwSignal::new(false);
                    let items = move || {
                        let shown = crate::present::shortened(total, all.get()).0;
                        notes.with_value(|notes| {
                            notes.iter().take(shown).cloned().map(|note| view! {
                                <li>{move || if lang() == Lang::Zh { note.message_zh() } else { note.message_en() }}</li>
                            }).collect_view()
                        })
                    };
                    view! {
                        <p><strong>{move || msgs(lang()).notes_title}</strong></p>
                        <ul>{items}</ul>
                        <super::more_line::MoreLine total=total all=all testid="xlsx-notes-more"/>
                    }
                })}
            </div>
        })}
    }
}
