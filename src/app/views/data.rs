//! The 数据 (Data) view: export, import with a preview, snapshots, storage
//! use and the unit's settings.
//!
//! An import never changes anything until the user confirms: a file is
//! first read into a [`Pending`] preview, which shows what the file holds
//! and what merging or replacing would do.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::format;
use crate::i18n::Lang;
use crate::ledger_csv;
use crate::present::fmt_date;

use crate::app::actions;
use crate::app::download::{download_text, CSV_MIME};
use crate::app::files::{self, Incoming};
use crate::app::state::{use_app, AppState, ToastKind};

mod cards;
mod more_line;
mod package;
mod pending;
mod pending_files;
mod preview;
mod unit_ask;
mod xlsx;

pub(crate) use package::learn_refusal;
use pending::activity_key;
pub(crate) use pending::recorded_here;
pub use pending::{looks_like_csv, understand, Pending};

use cards::{SettingsCard, SnapshotsCard, StorageCard};
use preview::Preview;

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
                <pending_files::PendingFiles/>
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
                move |l| format!("{}{name}", crate::i18n::data::msgs(l).exported),
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
                move |l| format!("{}{name}", crate::i18n::data::msgs(l).exported),
                ToastKind::Info,
            ),
            Err(e) => app.notify(move |_| e.to_string(), ToastKind::Error),
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
    let on_read = Callback::new(move |picked: Vec<files::Picked>| {
        if let Some(p) = picked.into_iter().next() {
            app.incoming.set(Some(files::incoming(p)));
        }
    });
    view! {
        <section class="card data-wide" aria-labelledby="import-title">
            <h3 id="import-title">{move || crate::i18n::data::msgs(app.lang.get()).import_title}</h3>
            <p class="small muted">{move || crate::i18n::data::msgs(app.lang.get()).import_hint}</p>
            // The native picker speaks the browser's language, not the
            // app's: it is hidden and its label is the visible button.
            <div class="file-pick">
                <files::FilePick
                    id="import-file"
                    accept=".json,.csv,.txt,.zip,application/json,text/csv,application/zip"
                    limit=files::incoming_limit
                    on_read=on_read
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

/// Says why the document refused an imported or restored change.
fn refused_by_document(app: AppState, e: crate::command::CommandError) {
    app.notify(
        move |l| {
            let why = if l == Lang::Zh {
                e.message_zh()
            } else {
                e.to_string()
            };
            format!("{}{why}", crate::i18n::data::msgs(l).import_refused)
        },
        ToastKind::Error,
    );
}
