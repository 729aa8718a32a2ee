//! The Data view's card of evidence files waiting to be deleted: what a
//! sweep would decide now (`filestore::survey`, from `evidence_gc`), each
//! file with its name, size, the day a record last named it and the day it
//! will be deleted, with 下载, 保留 (another 30 days) and 立即删除 (after a
//! confirmation); and, when the sweep is stopped, why.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::fmt_bytes;
use crate::app::filestore::{self, StoreError};
use crate::app::state::{use_app, AppState, ToastKind};
use crate::evidence_gc::{stop_text, Pending, Sweep, UNNAMED_GRACE_DAYS};
use crate::i18n::pending_files::msgs;
use crate::i18n::reporting::fill;
use crate::i18n::Lang;
use crate::present::fmt_date;

use crate::web::clock::local_day;

fn day_text(ms: i64, lang: Lang) -> String {
    local_day(ms).map(|d| fmt_date(d, lang)).unwrap_or_default()
}

fn store_error(app: AppState, e: &StoreError) {
    let reason = match e {
        StoreError::Full => "QuotaExceededError".to_string(),
        StoreError::Unavailable(why) => why.clone(),
    };
    app.notify(
        move |l| fill(msgs(l).store_failed, &[("reason", &reason)]),
        ToastKind::Error,
    );
}

fn shown_name(m: &crate::i18n::pending_files::PendingFilesMsgs, p: &Pending) -> String {
    if p.name.is_empty() {
        m.no_name.to_string()
    } else {
        p.name.clone()
    }
}

/// The card.
#[component]
pub fn PendingFiles() -> impl IntoView {
    let app = use_app();
    let m = move || msgs(app.lang.get());
    let survey: RwSignal<Option<Result<Sweep, StoreError>>> = RwSignal::new(None);
    let again = RwSignal::new(0u32);
    Effect::new(move |_| {
        again.track();
        app.undo_stack.track();
        app.doc.track();
        spawn_local(async move {
            let result = filestore::survey(app).await;
            let _ = survey.try_set(Some(result));
        });
    });
    let asking: RwSignal<Option<String>> = RwSignal::new(None);

    let keep = move |p: Pending| {
        spawn_local(async move {
            match filestore::keep(&p).await {
                Ok(()) => {
                    let until =
                        crate::web::clock::millis() as i64 + crate::evidence_gc::UNNAMED_GRACE_MS;
                    let p = p.clone();
                    app.notify(
                        move |l| {
                            let m = msgs(l);
                            fill(
                                m.kept,
                                &[("name", &shown_name(m, &p)), ("date", &day_text(until, l))],
                            )
                        },
                        ToastKind::Info,
                    );
                }
                Err(e) => store_error(app, &e),
            }
            again.update(|n| *n += 1);
        });
    };
    let delete = move |p: Pending| {
        asking.set(None);
        spawn_local(async move {
            match filestore::delete_now(app, &p).await {
                Ok(true) => {
                    let p = p.clone();
                    app.notify(
                        move |l| fill(msgs(l).deleted, &[("name", &shown_name(msgs(l), &p))]),
                        ToastKind::Info,
                    )
                }
                Ok(false) => app.notify(|l| msgs(l).not_deleted.to_string(), ToastKind::Warning),
                Err(e) => store_error(app, &e),
            }
            again.update(|n| *n += 1);
        });
    };
    let download = move |p: Pending| {
        spawn_local(async move {
            let name = if p.name.is_empty() {
                format!("{}.bin", &p.sha256[..12.min(p.sha256.len())])
            } else {
                crate::evidence::safe_name(&p.name)
            };
            match filestore::download(&p.sha256, &name).await {
                Ok(true) => {}
                Ok(false) => app.notify(|l| msgs(l).download_failed.to_string(), ToastKind::Error),
                Err(e) => store_error(app, &e),
            }
        });
    };

    let stops = move || {
        let lang = app.lang.get();
        survey.with(|s| match s {
            Some(Ok(s)) => s
                .stops
                .iter()
                .map(|x| stop_text(msgs(lang), x, |d| fmt_date(d, lang)))
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>(),
            _ => Vec::new(),
        })
    };
    let pending = move || {
        survey.with(|s| match s {
            Some(Ok(s)) => s.pending.clone(),
            _ => Vec::new(),
        })
    };
    let body = move || match survey.with(|s| s.as_ref().map(|r| r.as_ref().err().cloned())) {
        None => view! { <p class="muted small">{m().loading}</p> }.into_any(),
        Some(Some(e)) => {
            let reason = match e {
                StoreError::Full => "QuotaExceededError".to_string(),
                StoreError::Unavailable(why) => why,
            };
            view! { <p class="notice notice-error">{fill(m().store_failed, &[("reason", &reason)])}</p> }.into_any()
        }
        Some(None) if pending().is_empty() => {
            view! { <p class="muted" data-testid="pending-files-none">{m().none}</p> }.into_any()
        }
        Some(None) => view! {
            <div class="table-wrap">
                <table data-testid="pending-files">
                    <thead><tr>
                        <th scope="col">{m().col_name}</th>
                        <th scope="col" class="num">{m().col_size}</th>
                        <th scope="col">{m().col_last_named}</th>
                        <th scope="col">{m().col_delete_on}</th>
                        <th scope="col"><span class="visually-hidden">{m().keep}</span></th>
                    </tr></thead>
                    <tbody>
                        <For each=pending key=|p| (p.sha256.clone(), p.unnamed_since) let:p>
                            {pending_row(app, p, asking, keep, delete, download)}
                        </For>
                    </tbody>
                </table>
            </div>
        }
        .into_any(),
    };

    view! {
        <section class="card data-wide" aria-labelledby="pending-files-title">
            <h3 id="pending-files-title">{move || m().title}</h3>
            <p class="small muted">{move || fill(m().hint, &[("days", &UNNAMED_GRACE_DAYS.to_string())])}</p>
            {move || {
                let stops = stops();
                (!stops.is_empty()).then(|| view! {
                    <div class="notice notice-warn" data-testid="sweep-stopped" role="status">
                        <p>{m().stopped}</p>
                        <ul>{stops.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            {body}
        </section>
    }
}

fn pending_row(
    app: AppState,
    p: Pending,
    asking: RwSignal<Option<String>>,
    keep: impl Fn(Pending) + Copy + Send + Sync + 'static,
    delete: impl Fn(Pending) + Copy + Send + Sync + 'static,
    download: impl Fn(Pending) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let m = move || msgs(app.lang.get());
    let lang = move || app.lang.get();
    let sha = p.sha256.clone();
    let is_asking = move || asking.with(|a| a.as_deref() == Some(sha.as_str()));
    let name = {
        let p = p.clone();
        move || shown_name(m(), &p)
    };
    let (for_keep, for_delete, for_download, for_ask) =
        (p.clone(), p.clone(), p.clone(), p.clone());
    let confirm_text = {
        let p = p.clone();
        move || fill(m().confirm, &[("name", &shown_name(m(), &p))])
    };
    view! {
        <tr data-sha256=p.sha256.clone()>
            <td class="pending-name">{name}</td>
            <td class="num">{fmt_bytes(p.size)}</td>
            <td>{move || day_text(p.unnamed_since, lang())}</td>
            <td>{move || day_text(p.delete_after, lang())}</td>
            <td>
                <Show
                    when=is_asking.clone()
                    fallback=move || {
                        let (k, d, a) = (for_keep.clone(), for_download.clone(), for_ask.clone());
                        view! {
                            <div class="btn-row">
                                <button type="button" class="btn btn-small btn-quiet" on:click=move |_| download(d.clone())>{move || m().download}</button>
                                <button type="button" class="btn btn-small" data-testid="pending-keep"
                                    title=move || fill(m().keep_title, &[("days", &UNNAMED_GRACE_DAYS.to_string())])
                                    on:click=move |_| keep(k.clone())>{move || m().keep}</button>
                                <button type="button" class="btn btn-small btn-danger" data-testid="pending-delete"
                                    on:click=move |_| asking.set(Some(a.sha256.clone()))>{move || m().delete_now}</button>
                            </div>
                        }
                    }
                >
                    {
                        let d = for_delete.clone();
                        let confirm_text = confirm_text.clone();
                        view! {
                            <div class="btn-row" role="group" data-testid="pending-delete-ask">
                                <span class="small">{confirm_text}</span>
                                <button type="button" class="btn btn-small btn-danger" data-testid="pending-delete-confirm"
                                    on:click=move |_| delete(d.clone())>{move || m().confirm_yes}</button>
                                <button type="button" class="btn btn-small" on:click=move |_| asking.set(None)>{move || m().cancel}</button>
                            </div>
                        }
                    }
                </Show>
            </td>
        </tr>
    }
}
