//! The 数据 (Data) view: export, import with a preview, snapshots, storage
//! use and the unit's settings.
//!
//! An import never changes anything until the user confirms: a file is
//! first read into a [`Pending`] preview, which shows what the file holds
//! and what merging or replacing would do.

use std::collections::HashSet;

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::command::Command;
use crate::format::{self, DecodeError};
use crate::i18n::Lang;
use crate::ledger_csv::{self, CsvImport};
use crate::merge::{self, MergeSummary};
use crate::plan::{Activity, ActivityId, Document, Stamp};
use crate::present::fmt_date;

use crate::app::actions;
use crate::app::download::{download_text, CSV_MIME};
use crate::app::files::{self, Incoming, IncomingFile, ReadError};
use crate::app::state::{use_app, AppState, SaveStatus, ToastKind};
use crate::app::storage::{self, SnapshotInfo};

mod package;
mod unit_ask;
mod xlsx;

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
fn activity_key(a: &Activity) -> (NaiveDate, String, Vec<String>, u32) {
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

/// Reads an incoming file into a preview, changing nothing.
pub fn understand(app: AppState, file: IncomingFile) -> Pending {
    if let Some(refused) = xlsx::dropped_workbook(&file.name) {
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
    match format::decode_file(&text) {
        Ok(decoded) => {
            let summary = app
                .doc
                .with_untracked(|ours| merge::preview(ours, &decoded.document));
            Pending::Json {
                name: file.name,
                size: file.size,
                doc: Box::new(decoded.document),
                exported_at: decoded.exported_at,
                summary,
            }
        }
        Err(e) => refused(&file.name, &e),
    }
}

/// Bytes as "12.3 KB" / "1.2 MB".
pub fn fmt_bytes(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        format!("{}.{} MB", bytes / MB, (bytes % MB) * 10 / MB)
    } else if bytes >= KB {
        format!("{}.{} KB", bytes / KB, (bytes % KB) * 10 / KB)
    } else {
        format!("{bytes} B")
    }
}

/// Tenths of a percent as "23.4%".
fn fmt_permille(p: u64) -> String {
    format!("{}.{}%", p / 10, p % 10)
}

/// The Data view.
#[component]
pub fn DataView() -> impl IntoView {
    let app = use_app();
    let pending: RwSignal<Option<Pending>> = RwSignal::new(None);
    let package_in: RwSignal<Option<package::Dropped>> = RwSignal::new(None);

    // A file dropped anywhere, or picked here, lands in `app.incoming`; a
    // package goes to the package import.
    Effect::new(move |_| {
        // Taken only when there is one: taking notifies, and the effect
        // runs again to find nothing.
        if app.incoming.with(Option::is_none) {
            return;
        }
        match app.incoming.try_update(Option::take).flatten() {
            Some(Incoming::Text(file)) => {
                pending.set(Some(understand(app, file)));
                focus_preview();
            }
            Some(Incoming::Package { name, bytes }) => {
                pending.set(None);
                package_in.set(Some(package::Dropped { name, bytes }));
            }
            None => {}
        }
    });

    view! {
        <section class="view view-data" aria-labelledby="data-title">
            <h2 id="data-title" class="view-title">{move || crate::i18n::data::msgs(app.lang.get()).title}</h2>
            <p class="muted">{move || crate::i18n::data::msgs(app.lang.get()).intro}</p>
            <div class="data-grid">
                <ImportCard pending=pending package_in=package_in/>
                <ExportCard/>
                <StorageCard/>
                <SnapshotsCard/>
                <SettingsCard/>
            </div>
        </section>
    }
}

fn focus_preview() {
    leptos::prelude::request_animation_frame(|| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("import-preview"))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = el.focus();
        }
    });
}

#[component]
fn ExportCard() -> impl IntoView {
    let app = use_app();
    let asking = RwSignal::new(false);
    let export_now = Callback::new(move |()| {
        if actions::export_json(app) {
            let name = app
                .doc
                .with_untracked(|d| format::export_file_name(&d.unit, app.today()));
            app.notify(
                format!(
                    "{}{name}",
                    crate::i18n::data::msgs(app.lang.get_untracked()).exported
                ),
                ToastKind::Info,
            );
        }
    });
    // The first export of a copy that names no unit asks for it.
    let export_json = move |_| {
        if app.doc.with_untracked(|d| d.unit.trim().is_empty()) {
            asking.set(true);
        } else {
            export_now.run(());
        }
    };
    let export_csv = move |_| {
        let today = app.today();
        let (name, text) = app.doc.with_untracked(|d| {
            let json = format::export_file_name(&d.unit, today);
            let name = match json.strip_suffix(".json") {
                Some(stem) => format!("{stem}.csv"),
                None => format!("{json}.csv"),
            };
            (name, ledger_csv::export_csv(d))
        });
        match download_text(&name, CSV_MIME, &text) {
            Ok(()) => app.notify(
                format!(
                    "{}{name}",
                    crate::i18n::data::msgs(app.lang.get_untracked()).exported
                ),
                ToastKind::Info,
            ),
            Err(e) => app.notify(e.to_string(), ToastKind::Error),
        }
    };
    let last = move || {
        let m = crate::i18n::data::msgs(app.lang.get());
        match app.settings.get().last_export {
            Some(d) => format!("{}{}", m.last_export, fmt_date(d, app.lang.get())),
            None => m.never_exported.to_string(),
        }
    };
    view! {
        <section class="card" aria-labelledby="export-title">
            <h3 id="export-title">{move || crate::i18n::data::msgs(app.lang.get()).export_title}</h3>
            <p class="small muted">{move || crate::i18n::data::msgs(app.lang.get()).export_json_hint}</p>
            <div class="btn-row">
                <button type="button" class="btn btn-primary" on:click=export_json>
                    {move || crate::i18n::data::msgs(app.lang.get()).export_json}
                </button>
                <span class="small muted" data-testid="last-export">{last}</span>
            </div>
            <unit_ask::UnitAsk open=asking then=export_now/>
            <p class="small muted spaced">{move || crate::i18n::data::msgs(app.lang.get()).export_csv_hint}</p>
            <div class="btn-row">
                <button type="button" class="btn" on:click=export_csv>
                    {move || crate::i18n::data::msgs(app.lang.get()).export_csv}
                </button>
            </div>
            <xlsx::XlsxExport/>
            <package::PackageExport/>
        </section>
    }
}

#[component]
fn ImportCard(
    pending: RwSignal<Option<Pending>>,
    package_in: RwSignal<Option<package::Dropped>>,
) -> impl IntoView {
    let app = use_app();
    let on_pick = move |e: web_sys::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let file = input.files().and_then(|l| l.get(0));
        // Picking the same file again must fire `change` again.
        input.set_value("");
        if let Some(file) = file {
            files::read_incoming(file, move |incoming| app.incoming.set(Some(incoming)));
        }
    };
    view! {
        <section class="card data-wide" aria-labelledby="import-title">
            <h3 id="import-title">{move || crate::i18n::data::msgs(app.lang.get()).import_title}</h3>
            <p class="small muted">{move || crate::i18n::data::msgs(app.lang.get()).import_hint}</p>
            // The native picker speaks the browser's language, not the
            // app's: it is hidden and its label is the visible button.
            <div class="file-pick">
                <input
                    id="import-file"
                    class="file-input"
                    type="file"
                    accept=".json,.csv,.txt,.zip,application/json,text/csv,application/zip"
                    on:change=on_pick
                />
                <label for="import-file" class="btn btn-primary">{move || crate::i18n::data::msgs(app.lang.get()).choose_file}</label>
                <span class="field-hint">{move || crate::i18n::data::msgs(app.lang.get()).drop_hint}</span>
            </div>
            <xlsx::XlsxImport pending=pending/>
            <package::PackageImport dropped=package_in/>
            {move || pending.get().map(|p| view! { <Preview pending=pending item=p/> })}
        </section>
    }
}

#[component]
fn Preview(pending: RwSignal<Option<Pending>>, item: Pending) -> impl IntoView {
    let app = use_app();
    let cancel = move |_| {
        pending.set(None);
        app.notify(
            crate::i18n::data::msgs(app.lang.get_untracked())
                .import_cancelled
                .to_string(),
            ToastKind::Info,
        );
    };
    let close = move |_| pending.set(None);
    match item {
        Pending::Refused { name, zh, en, path } => view! {
            <div id="import-preview" class="notice notice-error import-preview" tabindex="-1" role="alert" data-testid="import-refused">
                <h4>{move || crate::i18n::data::msgs(app.lang.get()).bad_file}{format!("“{name}”")}</h4>
                <p>{move || if app.lang.get() == Lang::Zh { zh.clone() } else { en.clone() }}</p>
                {path.map(|p| view! {
                    <p class="small">{move || crate::i18n::data::msgs(app.lang.get()).error_at}<code class="error-detail">{p.clone()}</code></p>
                })}
                <p><strong>{move || crate::i18n::data::msgs(app.lang.get()).nothing_changed}</strong></p>
                <div class="btn-row">
                    <button type="button" class="btn" on:click=close>{move || app.msgs().shell.close}</button>
                </div>
            </div>
        }
        .into_any(),
        Pending::Json { name, size, doc, exported_at, summary } => {
            let lang = move || app.lang.get();
            let describe = {
                let summary = summary.clone();
                move || if lang() == Lang::Zh { summary.describe_zh() } else { summary.describe_en() }
            };
            let nothing = summary.changes_nothing();
            let target_changes = summary.targets.clone();
            let unassigned_in_file = crate::unassigned::find(&doc).len();
            let facts_unit = doc.unit.clone();
            let plan_text = format!(
                "{}（{} – {}）",
                doc.plan.title,
                doc.plan.start.format("%Y-%m-%d"),
                doc.plan.end.format("%Y-%m-%d")
            );
            let counts = (doc.activities.len(), doc.readings.len());
            let exported = exported_at.map(|t| t.format("%Y-%m-%d %H:%M").to_string());
            // An older file's records name no recording unit: offer its
            // unit (the file's, or from its name) for all of them.
            let older_unit = match doc.unit.trim() {
                "" => crate::consolidate::unit_from_file_name(&name).unwrap_or_default(),
                u => u.to_string(),
            };
            let unattributed = doc.activities.iter().filter(|a| a.recorded_by.trim().is_empty()).count()
                + doc.readings.iter().filter(|r| r.recorded_by.trim().is_empty()).count();
            let offer = (unattributed > 0 && !older_unit.is_empty()).then(|| (unattributed, older_unit.clone()));
            let assign = RwSignal::new(true);
            let for_merge = doc.clone();
            let for_replace = doc;
            let merge_now = move |_| {
                let text = if app.lang.get_untracked() == Lang::Zh { summary.describe_zh() } else { summary.describe_en() };
                let mut theirs = for_merge.clone();
                if assign.get_untracked() && !older_unit.is_empty() {
                    crate::consolidate::attribute(&mut theirs, &older_unit);
                }
                match app.dispatch(Command::MergeDocument(theirs)) {
                    Ok(()) => {
                        pending.set(None);
                        app.notify(format!("{}{text}", crate::i18n::data::msgs(app.lang.get_untracked()).merged), ToastKind::Undoable);
                    }
                    Err(e) => refused_by_document(app, e),
                }
            };
            let replace_now = move |_| {
                let mut incoming = (*for_replace).clone();
                // The copy kept here stays ours: the unit that keeps it is us.
                let ours = app.doc.with_untracked(|d| d.unit.clone());
                if !ours.trim().is_empty() {
                    incoming.unit = ours;
                }
                match app.replace_document(incoming) {
                    Ok(()) => {
                        pending.set(None);
                        app.notify(crate::i18n::data::msgs(app.lang.get_untracked()).replaced.to_string(), ToastKind::Undoable);
                    }
                    Err(e) => refused_by_document(app, e),
                }
            };
            view! {
                <div id="import-preview" class="notice notice-info import-preview" tabindex="-1" data-testid="import-preview">
                    <h4 class="preview-title">{move || crate::i18n::data::msgs(app.lang.get()).preview_title}</h4>
                    <dl class="file-facts">
                        <dt>{move || crate::i18n::data::msgs(app.lang.get()).file_name}</dt><dd>{name}</dd>
                        <dt>{move || crate::i18n::data::msgs(app.lang.get()).file_size}</dt><dd>{fmt_bytes(size)}</dd>
                        {exported.map(|t| view! {
                            <dt>{move || crate::i18n::data::msgs(app.lang.get()).file_exported_at}</dt><dd>{t}</dd>
                        })}
                        {(!facts_unit.is_empty()).then(|| view! {
                            <dt>{move || crate::i18n::data::msgs(app.lang.get()).file_unit}</dt><dd>{facts_unit.clone()}</dd>
                        })}
                        <dt>{move || crate::i18n::data::msgs(app.lang.get()).file_plan}</dt><dd>{plan_text}</dd>
                        <dt>{move || crate::i18n::data::msgs(app.lang.get()).file_records}</dt>
                        <dd>{move || (crate::i18n::data::msgs(app.lang.get()).records_count)(counts.0, counts.1)}</dd>
                    </dl>
                    <h4>{move || crate::i18n::data::msgs(app.lang.get()).merge_effect}</h4>
                    <p class="preview-summary" data-testid="merge-summary">{describe}</p>
                    {nothing.then(|| view! { <p>{move || crate::i18n::data::msgs(app.lang.get()).merge_nothing}</p> })}
                    <TargetChanges changes=target_changes/>
                    {offer.map(|(n, unit)| view! {
                        <label class="check" data-testid="import-assign-unit">
                            <input type="checkbox" prop:checked=move || assign.get() on:change=move |e| assign.set(event_target_checked(&e))/>
                            " "{move || crate::i18n::reporting::fill(crate::i18n::reporting::msgs(app.lang.get()).assign_one, &[("n", &n.to_string()), ("unit", &unit)])}
                        </label>
                    })}
                    {(unassigned_in_file > 0).then(|| view! {
                        <p data-testid="import-unassigned">{move || app.msgs().records.import_unassigned}{unassigned_in_file}</p>
                    })}
                    <p class="small muted">{move || crate::i18n::data::msgs(app.lang.get()).replace_effect}</p>
                    <div class="btn-row">
                        <button type="button" class="btn btn-primary" on:click=merge_now>{move || crate::i18n::data::msgs(app.lang.get()).merge}</button>
                        <button type="button" class="btn btn-danger" on:click=replace_now>{move || crate::i18n::data::msgs(app.lang.get()).replace}</button>
                        <button type="button" class="btn" on:click=cancel>{move || crate::i18n::data::msgs(app.lang.get()).cancel}</button>
                    </div>
                </div>
            }
            .into_any()
        }
        Pending::Csv { name, import, duplicate } => {
            let fresh: Vec<Activity> = import
                .rows
                .iter()
                .zip(duplicate.iter())
                .filter(|(_, d)| !**d)
                .map(|(a, _)| a.clone())
                .collect();
            let n_dup = duplicate.iter().filter(|d| **d).count();
            let n_fresh = fresh.len();
            let n_bad = import.errors.len();
            let good = import.rows.len();
            let errors = import.errors.clone();
            let do_import = move |_| {
                let cmds = fresh.iter().cloned().map(Command::AddActivity).collect();
                match app.dispatch(Command::Batch(cmds)) {
                    Ok(()) => {
                        pending.set(None);
                        let text = (crate::i18n::data::msgs(app.lang.get_untracked()).csv_imported)(n_fresh);
                        app.notify(text, ToastKind::Undoable);
                    }
                    Err(e) => refused_by_document(app, e),
                }
            };
            let class = if n_bad > 0 { "notice notice-warn import-preview" } else { "notice notice-info import-preview" };
            view! {
                <div id="import-preview" class=class tabindex="-1" data-testid="import-preview">
                    <h4 class="preview-title">{move || crate::i18n::data::msgs(app.lang.get()).preview_title}</h4>
                    <dl class="file-facts">
                        <dt>{move || crate::i18n::data::msgs(app.lang.get()).file_name}</dt><dd>{name}</dd>
                    </dl>
                    <p class="preview-summary" data-testid="csv-summary">{move || (crate::i18n::data::msgs(app.lang.get()).csv_summary)(good, n_bad)}</p>
                    {(n_dup > 0).then(|| view! { <p>{move || (crate::i18n::data::msgs(app.lang.get()).csv_duplicates)(n_dup)}</p> })}
                    {(n_bad > 0).then(|| {
                        let errors = errors.clone();
                        view! {
                            <h4 id="csv-bad-rows-title">{move || crate::i18n::data::msgs(app.lang.get()).csv_bad_rows}</h4>
                            // Focusable, so that a long list can be scrolled
                            // from the keyboard: its rows hold no link or button.
                            <div class="bad-rows table-wrap" tabindex="0" role="group" aria-labelledby="csv-bad-rows-title">
                                <table data-testid="csv-bad-rows">
                                    <thead><tr>
                                        <th scope="col" class="num">{move || crate::i18n::data::msgs(app.lang.get()).col_line}</th>
                                        <th scope="col">{move || crate::i18n::data::msgs(app.lang.get()).col_column}</th>
                                        <th scope="col">{move || crate::i18n::data::msgs(app.lang.get()).col_reason}</th>
                                    </tr></thead>
                                    <tbody>
                                        {errors.into_iter().map(|e| {
                                            let (zh, en) = (e.message_zh.clone(), e.message_en.clone());
                                            view! { <tr>
                                                <td class="num">{e.line}</td>
                                                <td>{e.column.clone()}</td>
                                                <td>{move || if app.lang.get() == Lang::Zh { zh.clone() } else { en.clone() }}</td>
                                            </tr> }
                                        }).collect_view()}
                                    </tbody>
                                </table>
                            </div>
                            <p>{move || crate::i18n::data::msgs(app.lang.get()).csv_none_unless}</p>
                        }
                    })}
                    {(n_fresh == 0).then(|| view! { <p><strong>{move || crate::i18n::data::msgs(app.lang.get()).csv_nothing}</strong></p> })}
                    <div class="btn-row">
                        {(n_fresh > 0).then(|| view! {
                            <button type="button" class={if n_bad > 0 { "btn" } else { "btn btn-primary" }} on:click=do_import>
                                {move || if n_bad > 0 {
                                    (crate::i18n::data::msgs(app.lang.get()).csv_import_skip)(n_fresh)
                                } else {
                                    (crate::i18n::data::msgs(app.lang.get()).csv_import)(n_fresh)
                                }}
                            </button>
                        })}
                        <button type="button" class={if n_fresh == 0 || n_bad > 0 { "btn btn-primary" } else { "btn" }} on:click=cancel>
                            {move || crate::i18n::data::msgs(app.lang.get()).cancel}
                        </button>
                    </div>
                </div>
            }
            .into_any()
        }
    }
}

fn refused_by_document(app: AppState, e: crate::command::CommandError) {
    let zh = app.lang.get_untracked() == Lang::Zh;
    let why = if zh { e.message_zh() } else { e.to_string() };
    app.notify(
        format!(
            "{}{why}",
            crate::i18n::data::msgs(app.lang.get_untracked()).import_refused
        ),
        ToastKind::Error,
    );
}

#[component]
fn StorageCard() -> impl IntoView {
    let app = use_app();
    let usage = move || app.usage.get();
    let meter_class = move || {
        let p = usage().permille();
        if p >= 900 {
            "meter meter-full"
        } else if p >= 700 {
            "meter meter-warn"
        } else {
            "meter"
        }
    };
    let available = move || {
        app.usage.track();
        storage::area().is_ok()
    };
    let state = move || {
        let shell = app.msgs().shell;
        match app.save_status.get() {
            SaveStatus::Saved => shell.saved,
            SaveStatus::Pending => shell.saving,
            SaveStatus::Failed(_) => shell.not_saved,
        }
    };
    view! {
        <section class="card" aria-labelledby="storage-title">
            <h3 id="storage-title">{move || crate::i18n::data::msgs(app.lang.get()).storage_title}</h3>
            <Show
                when=available
                fallback=move || view! { <p class="notice notice-error">{move || crate::i18n::data::msgs(app.lang.get()).storage_unavailable}</p> }
            >
                <p data-testid="storage-use">{move || {
                    let u = usage();
                    (crate::i18n::data::msgs(app.lang.get()).storage_used)(&fmt_bytes(u.total), &fmt_bytes(u.budget), &fmt_permille(u.permille()))
                }}</p>
                <div class=meter_class role="meter" aria-valuemin="0" aria-valuemax="100"
                    aria-valuenow=move || (usage().permille() / 10).to_string()
                    aria-label=move || crate::i18n::data::msgs(app.lang.get()).storage_title>
                    <div class="meter-fill" style:width=move || format!("{}%", usage().permille() as f64 / 10.0)></div>
                </div>
                <dl class="file-facts small">
                    <dt>{move || crate::i18n::data::msgs(app.lang.get()).storage_document}</dt><dd>{move || fmt_bytes(usage().document)}</dd>
                    <dt>{move || crate::i18n::data::msgs(app.lang.get()).storage_snapshots}</dt><dd>{move || fmt_bytes(usage().snapshots)}</dd>
                    <dt>{move || crate::i18n::data::msgs(app.lang.get()).storage_state}</dt><dd>{state}</dd>
                </dl>
                <package::FilesStorage/>
            </Show>
            <p class="small muted">{move || crate::i18n::data::msgs(app.lang.get()).storage_hint}</p>
        </section>
    }
}

#[component]
fn SnapshotsCard() -> impl IntoView {
    let app = use_app();
    // Re-listed after every save (which measures usage) and every delete.
    let list = Memo::new(move |_| {
        app.usage.track();
        storage::snapshots()
    });
    let restore = move |s: SnapshotInfo| {
        let m = crate::i18n::data::msgs(app.lang.get_untracked());
        let lang = app.lang.get_untracked();
        let raw = match storage::read(&s.key) {
            Ok(Some(raw)) => raw,
            _ => return,
        };
        match format::decode(&raw) {
            Ok(doc) => match app.replace_document(doc) {
                Ok(()) => app.notify(
                    format!("{}{}", m.restored, fmt_date(s.day, lang)),
                    ToastKind::Undoable,
                ),
                Err(e) => refused_by_document(app, e),
            },
            Err(e) => {
                let why = if lang == Lang::Zh {
                    e.message_zh()
                } else {
                    e.to_string()
                };
                app.notify(format!("{}{why}", m.snapshot_unreadable), ToastKind::Error);
            }
        }
    };
    let delete = move |s: SnapshotInfo| {
        storage::remove(&s.key);
        app.usage.set(storage::usage());
        app.notify(
            crate::i18n::data::msgs(app.lang.get_untracked())
                .snapshot_deleted
                .to_string(),
            ToastKind::Info,
        );
    };
    view! {
        <section class="card" aria-labelledby="snapshots-title">
            <h3 id="snapshots-title">{move || crate::i18n::data::msgs(app.lang.get()).snapshots_title}</h3>
            <p class="small muted">{move || crate::i18n::data::msgs(app.lang.get()).snapshots_hint}</p>
            <Show
                when=move || list.with(|l| !l.is_empty())
                fallback=move || view! { <p class="muted">{move || crate::i18n::data::msgs(app.lang.get()).no_snapshots}</p> }
            >
                <div class="table-wrap">
                    <table data-testid="snapshots">
                        <thead><tr>
                            <th scope="col">{move || crate::i18n::data::msgs(app.lang.get()).snapshot_day}</th>
                            <th scope="col" class="num">{move || crate::i18n::data::msgs(app.lang.get()).snapshot_size}</th>
                            <th scope="col"><span class="visually-hidden">{move || crate::i18n::data::msgs(app.lang.get()).restore}</span></th>
                        </tr></thead>
                        <tbody>
                            <For each=move || list.get().into_iter().rev() key=|s| s.key.clone() let:snap>
                                {
                                    let for_restore = snap.clone();
                                    let for_delete = snap.clone();
                                    let day = snap.day;
                                    view! {
                                        <tr>
                                            <td>{move || fmt_date(day, app.lang.get())}</td>
                                            <td class="num">{fmt_bytes(snap.bytes)}</td>
                                            <td class="btn-row">
                                                <button type="button" class="btn btn-small" on:click=move |_| restore(for_restore.clone())>
                                                    {move || crate::i18n::data::msgs(app.lang.get()).restore}
                                                </button>
                                                <button type="button" class="btn btn-small btn-quiet" on:click=move |_| delete(for_delete.clone())>
                                                    {move || crate::i18n::data::msgs(app.lang.get()).delete}
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                }
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn SettingsCard() -> impl IntoView {
    let app = use_app();
    let unit = Memo::new(move |_| app.doc.with(|d| d.unit.clone()));
    let on_unit = move |e: web_sys::Event| {
        let value = event_target_value(&e).trim().to_string();
        if value == unit.get_untracked() {
            return;
        }
        match app.dispatch(Command::SetUnit(value)) {
            Ok(()) => app.notify(
                crate::i18n::data::msgs(app.lang.get_untracked())
                    .unit_saved
                    .to_string(),
                ToastKind::Undoable,
            ),
            Err(e) => refused_by_document(app, e),
        }
    };
    let on_days = move |e: web_sys::Event| {
        let value = event_target_value(&e);
        if let Ok(days) = value.trim().parse::<u32>() {
            app.settings.update(|s| s.reminder_days = days.min(3650));
        }
    };
    view! {
        <section class="card" aria-labelledby="settings-title">
            <h3 id="settings-title">{move || crate::i18n::data::msgs(app.lang.get()).settings_title}</h3>
            <div class="field">
                <label for="unit-name">{move || crate::i18n::data::msgs(app.lang.get()).unit_label}</label>
                <input id="unit-name" type="text" autocomplete="organization"
                    aria-describedby="unit-name-hint"
                    prop:value=move || unit.get() on:change=on_unit/>
                <span id="unit-name-hint" class="field-hint">{move || crate::i18n::data::msgs(app.lang.get()).unit_hint}</span>
            </div>
            <div class="field">
                <label for="reminder-days">{move || crate::i18n::data::msgs(app.lang.get()).reminder_label}</label>
                <input id="reminder-days" type="number" min="0" max="3650" step="1" inputmode="numeric"
                    aria-describedby="reminder-days-hint"
                    prop:value=move || app.settings.get().reminder_days.to_string() on:change=on_days/>
                <span id="reminder-days-hint" class="field-hint">{move || crate::i18n::data::msgs(app.lang.get()).reminder_hint}</span>
            </div>
        </section>
    }
}

/// The import preview's list of plan changes, target by target.
#[component]
fn TargetChanges(
    /// What the merge would do to each target.
    changes: Vec<crate::merge::TargetChange>,
) -> impl IntoView {
    use crate::merge::TargetChangeKind;
    let app = use_app();
    if changes.is_empty() {
        return ().into_any();
    }
    let rows = changes
        .into_iter()
        .map(|c| {
            let kind = c.kind;
            let label = move || {
                let r = app.msgs().records;
                match kind {
                    TargetChangeKind::Added => r.target_added,
                    TargetChangeKind::Changed => r.target_changed,
                    TargetChangeKind::Removed => r.target_removed,
                    TargetChangeKind::KeptOurs => r.target_kept_mine,
                }
            };
            view! { <li><span class="quiet">{label}"："</span>{c.title}</li> }
        })
        .collect_view();
    view! {
        <h4>{move || app.msgs().records.plan_changes}</h4>
        <ul class="target-changes" data-testid="target-changes">{rows}</ul>
    }
    .into_any()
}
