//! The notices under the top bar, most urgent first: a save that failed,
//! stored data that could not be read, the first-open offer, the export
//! reminder. Also the drop target for importing a file by dragging it.

use leptos::prelude::*;

use super::actions;
use super::download::{download_text, JSON_MIME};
use super::files;
use super::route::Route;
use super::state::{use_app, AppState, SaveStatus};
use super::storage::StoreError;

/// All notices.
#[component]
pub fn Banners() -> impl IntoView {
    view! {
        <div class="banners">
            <SaveWarning/>
            <RecoveryNotice/>
            <Welcome/>
            <ExportReminder/>
        </div>
    }
}

/// The persistent warning that the latest changes are only in memory, with
/// the download right there.
#[component]
fn SaveWarning() -> impl IntoView {
    let app = use_app();
    let failed = move || match app.save_status.get() {
        SaveStatus::Failed(e) => Some(e),
        _ => None,
    };
    view! {
        {move || failed().map(|err| {
            let shell = app.msgs().shell;
            let body = match &err {
                // Snapshots were tried already (and kept): say only what
                // can still be freed.
                StoreError::Quota => {
                    let s = crate::i18n::safety::msgs(app.lang.get());
                    let (recovery, other) = super::storage::freeable();
                    let mut text = s.full_no_snapshots.to_string();
                    if recovery > 0 {
                        text.push_str(&(s.full_free_recovery)(&crate::app::views::data::fmt_bytes(recovery)));
                    }
                    if other > 0 {
                        text.push_str(&(s.full_free_other)(&crate::app::views::data::fmt_bytes(other)));
                    }
                    if recovery == 0 && other == 0 {
                        text.push_str(s.full_free_nothing);
                    }
                    text
                }
                StoreError::Unavailable => shell.save_failed_unavailable.to_string(),
                StoreError::Other(what) if what == "recovery" => shell.save_blocked_recovery.to_string(),
                StoreError::Indexed(e) => super::sync::indexed::failure_text(e, app.lang.get()),
                other => format!("{}{other}", shell.save_failed_other),
            };
            view! {
                <section class="banner banner-danger" role="alert" data-testid="save-warning">
                    <h2 class="banner-title">{shell.save_failed_title}</h2>
                    <p>{body}</p>
                    <div class="banner-actions">
                        <button type="button" class="btn btn-primary" on:click=move |_| actions::export_json_soon(app)>
                            {shell.download_json}
                        </button>
                        <button type="button" class="btn" on:click=move |_| { app.mark_changed(); app.save_now(); }>
                            {shell.retry_save}
                        </button>
                    </div>
                </section>
            }
        })}
    }
}

/// Stored documents that could not be read, each offered for download.
#[component]
fn RecoveryNotice() -> impl IntoView {
    let app = use_app();
    view! {
        // Keyed by the reason too: a reason made more precise later
        // (app/explain.rs) draws its notice again.
        <For each=move || app.recovery.get() key=|r| (r.key.clone(), r.reason_en.clone(), r.set_aside) let:rec>
            {
                let shell = move || app.msgs().shell;
                let reason = {
                    let rec = rec.clone();
                    move || if app.lang.get() == crate::i18n::Lang::Zh { rec.reason_zh.clone() } else { rec.reason_en.clone() }
                };
                let raw = rec.raw.clone();
                let key = rec.key.clone();
                let newer = rec.newer;
                let set_aside = rec.set_aside;
                let safety = move || crate::i18n::safety::msgs(app.lang.get());
                let title = move || match set_aside {
                    Some((aside, loaded)) => (safety().set_aside_title)(aside, loaded),
                    None => shell().recovery_title.to_string(),
                };
                let body = move || match (set_aside, newer) {
                    (Some(_), _) => safety().set_aside_body,
                    (None, true) => shell().recovery_body_newer,
                    (None, false) => shell().recovery_body,
                };
                let download = move |_| {
                    let name = format!("落实台账-无法读取-{}.json", app.today().format("%Y-%m-%d"));
                    if let Err(e) = download_text(&name, JSON_MIME, &raw) {
                        app.notify(move |_| e.to_string(), super::state::ToastKind::Error);
                    }
                };
                view! {
                    <section class="banner banner-danger" role="alert" data-testid="recovery-notice">
                        <h2 class="banner-title">{title}</h2>
                        <p>{body}{reason}</p>
                        <div class="banner-actions">
                            <button type="button" class="btn btn-primary" on:click=download>
                                {move || shell().recovery_download}
                            </button>
                            <button type="button" class="btn" on:click=move |_| super::sync::discard_recovery(app, &key)>
                                {move || shell().recovery_discard}
                            </button>
                        </div>
                    </section>
                }
            }
        </For>
    }
}

/// The first-open offer: example ledger, blank plan, or the default plan.
#[component]
fn Welcome() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.first_open.get()>
            <section class="banner banner-welcome" aria-labelledby="welcome-title">
                <h2 class="banner-title" id="welcome-title">{move || app.msgs().shell.welcome_title}</h2>
                <p>{move || app.msgs().shell.welcome_body}</p>
                <div class="banner-actions">
                    <button type="button" class="btn btn-primary" on:click=move |_| actions::load_example(app)>
                        {move || app.msgs().shell.load_example}
                    </button>
                    <button type="button" class="btn" on:click=move |_| actions::start_blank(app)>
                        {move || app.msgs().shell.start_blank}
                    </button>
                    <button type="button" class="btn btn-quiet" on:click=move |_| app.first_open.set(false)>
                        {move || app.msgs().shell.keep_default}
                    </button>
                </div>
            </section>
        </Show>
    }
}

/// Days since the last export when a reminder is due, `Some(None)` when
/// nothing was ever exported and there is something to lose.
fn reminder_due(app: AppState) -> Option<Option<i64>> {
    // A failed save has its own, louder notice with the same download.
    let failed = matches!(app.save_status.get(), SaveStatus::Failed(_));
    if app.reminder_snoozed.get() || app.first_open.get() || failed {
        return None;
    }
    let settings = app.settings.get();
    let has_records = app
        .doc
        .with(|d| !d.activities.is_empty() || !d.readings.is_empty());
    crate::present::reminder_due(
        settings.reminder_days,
        settings.last_export,
        settings.since,
        has_records,
        app.today(),
    )
}

/// The reminder to export a backup.
#[component]
fn ExportReminder() -> impl IntoView {
    let app = use_app();
    let due = Memo::new(move |_| reminder_due(app));
    view! {
        {move || due.get().map(|days| {
            let shell = app.msgs().shell;
            let text = match days {
                Some(d) => (shell.reminder_days)(d),
                None => shell.reminder_never.to_string(),
            };
            view! {
                <section class="banner banner-reminder" role="note">
                    <p>{text}</p>
                    <div class="banner-actions">
                        <button type="button" class="btn btn-primary" on:click=move |_| actions::export_json_soon(app)>
                            {shell.export_now}
                        </button>
                        <button type="button" class="btn btn-quiet" on:click=move |_| app.reminder_snoozed.set(true)>
                            {shell.remind_later}
                        </button>
                    </div>
                </section>
            }
        })}
    }
}

/// Shown over the page while a file is dragged onto it.
#[component]
pub fn DropOverlay() -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || app.dragging.get()>
            <div class="drop-overlay" aria-hidden="true">
                <p>{move || app.msgs().shell.drop_hint}</p>
            </div>
        </Show>
    }
}

fn carries_files(e: &web_sys::DragEvent) -> bool {
    e.data_transfer()
        .map(|dt| {
            dt.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
        .unwrap_or(false)
}

/// A file dragged over the page: allow the drop and show the overlay.
pub fn on_dragover(app: AppState, e: web_sys::DragEvent) {
    if carries_files(&e) {
        e.prevent_default();
        if !app.dragging.get_untracked() {
            app.dragging.set(true);
        }
    }
}

/// The drag left the window.
pub fn on_dragleave(app: AppState, e: web_sys::DragEvent) {
    if e.related_target().is_none() {
        app.dragging.set(false);
    }
}

/// A file dropped on the page: read it and open the Data view's preview.
/// Nothing changes until the user confirms there.
pub fn on_drop(app: AppState, e: web_sys::DragEvent) {
    app.dragging.set(false);
    let Some(file) = e
        .data_transfer()
        .and_then(|dt| dt.files())
        .and_then(|list| list.get(0))
    else {
        return;
    };
    e.prevent_default();
    files::read_incoming(file, move |incoming| {
        app.incoming.set(Some(incoming));
        if app.route.get_untracked() != Route::Data {
            app.navigate(Route::Data);
        }
    });
}
