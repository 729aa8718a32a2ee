//! The Data view's storage, snapshots and settings cards.

use leptos::prelude::*;

use crate::command::Command;
use crate::format;
use crate::i18n::Lang;
use crate::present::fmt_date;

use super::{fmt_bytes, fmt_permille, package, refused_by_document};
use crate::app::state::{use_app, SaveStatus, StorePlace, ToastKind};
use crate::app::storage::{self, SnapshotInfo};
use crate::app::sync;

#[component]
pub(super) fn StorageCard() -> impl IntoView {
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
    let rows_since = move || match app.store_place.get() {
        StorePlace::Rows { since, .. } => {
            Some(since.map(crate::present::iso_date).unwrap_or_default())
        }
        StorePlace::Local { .. } => None,
    };
    let local_why = move || match app.store_place.get() {
        StorePlace::Local { zh, en } if !zh.is_empty() => {
            Some(if app.lang.get() == Lang::Zh { zh } else { en })
        }
        _ => None,
    };
    let points_bytes = move || {
        app.restore_points
            .with(|p| p.iter().map(|s| s.bytes).sum::<u64>())
    };
    view! {
        <section class="card" aria-labelledby="storage-title">
            <h3 id="storage-title">{move || crate::i18n::data::msgs(app.lang.get()).storage_title}</h3>
            {move || local_why().map(|why| view! { <p class="notice notice-warn" data-testid="store-place">{why}</p> })}
            <Show
                when=move || rows_since().is_none()
                fallback=move || view! {
                    <p data-testid="store-place">{move || (crate::i18n::data::msgs(app.lang.get()).store_rows)(&rows_since().unwrap_or_default())}</p>
                    <dl class="file-facts small">
                        <dt>{move || crate::i18n::data::msgs(app.lang.get()).store_points}</dt><dd>{move || fmt_bytes(points_bytes())}</dd>
                        <dt>{move || crate::i18n::data::msgs(app.lang.get()).storage_state}</dt><dd>{state}</dd>
                    </dl>
                    <package::FilesStorage/>
                }
            >
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
            </Show>
            <p class="small muted">{move || crate::i18n::data::msgs(app.lang.get()).storage_hint}</p>
        </section>
    }
}

#[component]
pub(super) fn SnapshotsCard() -> impl IntoView {
    let app = use_app();
    // Re-listed after every save (which measures usage) and every delete.
    // The document kept in IndexedDB lists its restore points there
    // (app/sync/points.rs); the localStorage document, its snapshot keys.
    let list = Memo::new(move |_| {
        app.usage.track();
        if matches!(app.store_place.get(), StorePlace::Rows { .. }) {
            return app
                .restore_points
                .get()
                .into_iter()
                .map(|s| SnapshotInfo {
                    day: s.day,
                    key: crate::present::iso_date(s.day),
                    bytes: s.bytes,
                })
                .collect();
        }
        storage::snapshots()
    });
    let restore = move |s: SnapshotInfo| {
        if let Some(doc) = sync::indexed::doc_id() {
            leptos::task::spawn_local(async move {
                match sync::points::read(&doc, s.day).await {
                    Ok(Some(raw)) => restore_text(app, s, &raw),
                    Ok(None) => {}
                    Err(e) => app.notify(
                        move |l| sync::indexed::failure_text(&e, l),
                        ToastKind::Error,
                    ),
                }
            });
            return;
        }
        let raw = match storage::read(&s.key) {
            Ok(Some(raw)) => raw,
            _ => return,
        };
        restore_text(app, s, &raw);
    };
    let delete = move |s: SnapshotInfo| {
        if let Some(doc) = sync::indexed::doc_id() {
            leptos::task::spawn_local(async move {
                match sync::points::delete(&doc, s.day, &sync::indexed::restore_points()).await {
                    Ok(rest) => {
                        sync::indexed::set_points(app, rest);
                        app.notify(
                            move |l| crate::i18n::data::msgs(l).snapshot_deleted.to_string(),
                            ToastKind::Info,
                        );
                    }
                    Err(e) => app.notify(
                        move |l| sync::indexed::failure_text(&e, l),
                        ToastKind::Error,
                    ),
                }
            });
            return;
        }
        storage::remove(&s.key);
        app.usage.set(storage::usage());
        app.notify(
            move |l| crate::i18n::data::msgs(l).snapshot_deleted.to_string(),
            ToastKind::Info,
        );
    };
    view! {
        <section class="card" aria-labelledby="snapshots-title">
            <h3 id="snapshots-title">{move || crate::i18n::data::msgs(app.lang.get()).snapshots_title}</h3>
            <p class="small muted">{move || {
                let m = crate::i18n::data::msgs(app.lang.get());
                if matches!(app.store_place.get(), StorePlace::Rows { .. }) { m.snapshots_hint_rows } else { m.snapshots_hint }
            }}</p>
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
pub(super) fn SettingsCard() -> impl IntoView {
    let app = use_app();
    let unit = Memo::new(move |_| app.doc.with(|d| d.unit.clone()));
    let on_unit = move |e: web_sys::Event| {
        let value = event_target_value(&e).trim().to_string();
        if value == unit.get_untracked() {
            return;
        }
        match app.dispatch(Command::SetUnit(value)) {
            Ok(()) => app.notify(
                move |l| crate::i18n::data::msgs(l).unit_saved.to_string(),
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

/// Restores the document a snapshot holds, as one undoable change.
fn restore_text(app: crate::app::state::AppState, s: SnapshotInfo, raw: &str) {
    match format::decode(raw) {
        Ok(doc) => match app.replace_document(doc) {
            Ok(()) => app.notify(
                move |l| {
                    let m = crate::i18n::data::msgs(l);
                    format!("{}{}", m.restored, fmt_date(s.day, l))
                },
                ToastKind::Undoable,
            ),
            Err(e) => refused_by_document(app, e),
        },
        Err(e) => {
            app.notify(
                move |l| {
                    let why = if l == Lang::Zh {
                        e.message_zh()
                    } else {
                        e.to_string()
                    };
                    format!("{}{why}", crate::i18n::data::msgs(l).snapshot_unreadable)
                },
                ToastKind::Error,
            );
        }
    }
}
