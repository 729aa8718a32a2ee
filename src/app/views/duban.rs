//! The 督办 page (`#/duban`): issue 督办通知单 for yellow, red and blue
//! targets (one per lead unit), follow their replies, and download the
//! month's 督查通报 and the calendar of deadlines. Every decision — which
//! targets may be chased, the numbers, the text, the bulletin, the
//! calendar — is in [`crate::duban`]; this view holds the form's state and
//! dispatches `AddNotice` / `UpdateNotice`.

mod documents;

use chrono::{Days, NaiveDate};
use leptos::prelude::*;

use crate::app::download::download_bytes;
use crate::app::route::Route;
use crate::app::state::{use_app, ToastKind};
use crate::command::Command;
use crate::duban::notice;
use crate::engine::evaluate;
use crate::i18n::duban::{msgs, DubanMsgs};
use crate::i18n::Lang;
use crate::plan::{Notice, NoticeId, TargetId};
use crate::present::{fill, fmt_date, status_word};
use crate::report::docx::MIME as DOCX_MIME;

use super::dashboard::parts::status_class;
use documents::{BulletinBlock, IcsBlock};

fn m(lang: Lang) -> &'static DubanMsgs {
    msgs(lang)
}

/// Writes a notice's Word file with the figures as of `as_of`.
fn download_notice(doc: &crate::plan::Document, n: &Notice, as_of: NaiveDate) {
    let text = notice::compose(doc, &evaluate(doc, as_of), n);
    let name = format!("{}.docx", notice::file_stem(n));
    if let Err(e) = download_bytes(&name, DOCX_MIME, &notice::render_docx(&text)) {
        leptos::logging::warn!("notice download failed: {e:?}");
    }
}

/// The 督办 page.
#[component]
pub fn DubanView() -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    view! {
        <section class="view view-duban" aria-labelledby="duban-title">
            <div class="view-head">
                <h2 id="duban-title">{move || m(lang()).heading}</h2>
            </div>
            <p class="quiet">{move || m(lang()).intro}</p>
            <IssueForm/>
            <NoticeList/>
            <BulletinBlock/>
            <IcsBlock/>
        </section>
    }
}

/// Choosing targets, editing the request and the reply's day, issuing.
#[component]
fn IssueForm() -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    // Targets that may be chased now, in plan order: id, title, lead unit, status.
    let chaseable = Memo::new(move |_| {
        app.progress.with(|p| {
            app.doc.with(|d| {
                d.plan
                    .targets()
                    .filter_map(|(_, t)| {
                        let f = p.get(&t.id)?;
                        notice::can_chase(f.status.colour())
                            .then(|| (t.id.clone(), t.title.clone(), t.lead_unit.clone(), f.status))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    let preset = match app.route.get_untracked() {
        Route::Duban(Some(id)) => vec![TargetId(id)],
        _ => Vec::new(),
    };
    let selected: RwSignal<Vec<TargetId>> = RwSignal::new(preset);
    let request = RwSignal::new(notice::default_request());
    let today = app.today();
    let reply_due = RwSignal::new(today.checked_add_days(Days::new(7)).unwrap_or(today));
    let unit_override = RwSignal::new(String::new());

    let drafts = Memo::new(move |_| {
        let chosen: Vec<TargetId> = selected
            .get()
            .into_iter()
            .filter(|id| chaseable.with(|c| c.iter().any(|(t, ..)| t == id)))
            .collect();
        let mut list = app
            .doc
            .with(|d| notice::drafts(d, &chosen, app.today(), reply_due.get()));
        let req = request.get();
        let unit = unit_override.get();
        for dr in &mut list {
            dr.request = req.clone();
        }
        if list.len() == 1 && !unit.trim().is_empty() {
            list[0].unit = unit.trim().to_string();
        }
        list
    });
    let previews = Memo::new(move |_| {
        app.doc.with(|d| {
            let ids = (0..drafts.with(Vec::len)).map(|i| NoticeId(format!("preview-{i}")));
            drafts.with(|list| notice::issue_all(list, &d.notices, ids, app.now()))
        })
    });

    let issue = move |_| {
        let list = drafts.get_untracked();
        if list.is_empty() {
            return;
        }
        let now = app.now();
        let notices = app.doc.with_untracked(|d| {
            let ids = list.iter().map(|_| NoticeId(app.new_id("n")));
            notice::issue_all(&list, &d.notices, ids, now)
        });
        let problems: Vec<(String, String)> = app.doc.with_untracked(|d| {
            notices
                .iter()
                .flat_map(|n| crate::validate::validate_notice(&d.plan, n))
                .map(|i| (i.message_zh(), i.message_en()))
                .collect()
        });
        if !problems.is_empty() {
            app.notify(
                move |l| {
                    let words: Vec<&str> = problems
                        .iter()
                        .map(|(zh, en)| {
                            if l == Lang::Zh {
                                zh.as_str()
                            } else {
                                en.as_str()
                            }
                        })
                        .collect();
                    fill(m(l).refused, &[&words.join("；")])
                },
                ToastKind::Error,
            );
            return;
        }
        let cmd = Command::Batch(notices.iter().cloned().map(Command::AddNotice).collect());
        match app.dispatch(cmd) {
            Ok(()) => {
                let as_of = app.as_of.get_untracked();
                app.doc.with_untracked(|d| {
                    for n in &notices {
                        download_notice(d, n, as_of);
                    }
                });
                let numbers: Vec<String> = notices
                    .iter()
                    .map(|n| notice::number_text(n.year, n.number))
                    .collect();
                app.notify(
                    move |l| fill(m(l).issued_toast, &[&numbers.join("、")]),
                    ToastKind::Undoable,
                );
                selected.set(Vec::new());
            }
            Err(e) => app.notify(
                move |l| {
                    let why = if l == Lang::Zh {
                        e.message_zh()
                    } else {
                        e.to_string()
                    };
                    fill(m(l).refused, &[&why])
                },
                ToastKind::Error,
            ),
        }
    };

    let rows = move || {
        let l = lang();
        chaseable
            .get()
            .into_iter()
            .map(|(id, title, unit, status)| {
                let checked = {
                    let id = id.clone();
                    move || selected.with(|s| s.contains(&id))
                };
                let toggle = {
                    let id = id.clone();
                    move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        selected.update(|s| {
                            s.retain(|x| *x != id);
                            if on {
                                s.push(id.clone());
                            }
                        });
                    }
                };
                view! {
                    <li>
                        <label>
                            <input type="checkbox" name="duban-target" value=id.0.clone() prop:checked=checked on:change=toggle/>
                            " "{title}" "
                            <span class=format!("badge {}", status_class(status))>{status_word(status, l)}</span>
                            " "<span class="quiet small">{unit}</span>
                        </label>
                    </li>
                }
            })
            .collect_view()
    };
    let preview_lines = move || {
        previews
            .get()
            .into_iter()
            .map(|n| {
                let number = fill(
                    m(lang()).number_preview,
                    &[&notice::number_text(n.year, n.number)],
                );
                view! { <li class="duban-preview">{number}" · "{n.unit.clone()}</li> }
            })
            .collect_view()
    };

    view! {
        <section class="card" aria-labelledby="duban-issue-title">
            <h3 id="duban-issue-title">{move || m(lang()).issue_heading}</h3>
            <p class="quiet small">{move || m(lang()).issue_hint}</p>
            <Show
                when=move || chaseable.with(|c| !c.is_empty())
                fallback=move || view! { <p class="empty-note">{move || m(lang()).nothing_to_chase}</p> }
            >
                <ul class="duban-targets plain-list">{rows}</ul>
            </Show>
            <Show when=move || drafts.with(|d| d.len() == 1)>
                <label class="field">
                    <span>{move || m(lang()).unit}</span>
                    <input
                        type="text"
                        name="duban-unit"
                        prop:value=move || drafts.with(|d| d.first().map(|d| d.unit.clone()).unwrap_or_default())
                        on:change=move |ev| unit_override.set(event_target_value(&ev))
                    />
                </label>
            </Show>
            <label class="field">
                <span>{move || m(lang()).request}</span>
                <textarea
                    name="duban-request"
                    rows="3"
                    prop:value=move || request.get()
                    on:input=move |ev| request.set(event_target_value(&ev))
                ></textarea>
            </label>
            <label class="field">
                <span>{move || m(lang()).reply_due}</span>
                <input
                    type="date"
                    name="duban-reply-due"
                    prop:value=move || reply_due.get().format("%Y-%m-%d").to_string()
                    on:change=move |ev| {
                        if let Ok(d) = event_target_value(&ev).parse::<NaiveDate>() {
                            reply_due.set(d);
                        }
                    }
                />
            </label>
            <ul class="plain-list">{preview_lines}</ul>
            <button
                type="button"
                class="btn btn-primary"
                name="duban-issue"
                disabled=move || drafts.with(Vec::is_empty)
                on:click=issue
            >
                {move || fill(m(lang()).issue_button, &[&drafts.with(Vec::len).to_string()])}
            </button>
        </section>
    }
}

/// "待反馈" / "逾期未反馈" / "2026年12月1日已反馈".
pub fn state_words(n: &Notice, as_of: NaiveDate, lang: Lang) -> String {
    let mm = m(lang);
    match notice::state(n, as_of) {
        notice::State::Open => mm.state_open.to_string(),
        notice::State::Overdue => mm.state_overdue.to_string(),
        notice::State::Replied(d) => fill(mm.state_replied, &[&fmt_date(d, lang)]),
    }
}

/// The notices issued, newest first, each with its reply form.
#[component]
fn NoticeList() -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let list = Memo::new(move |_| {
        app.doc.with(|d| {
            notice::newest_first(d)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let rows = move || {
        let l = lang();
        let as_of = app.as_of.get();
        list.get()
            .into_iter()
            .map(|n| {
                let number = notice::number_text(n.year, n.number);
                let titles = app.doc.with_untracked(|d| {
                    n.targets
                        .iter()
                        .map(|id| {
                            d.plan
                                .target(id)
                                .map_or_else(|| id.0.clone(), |t| t.title.clone())
                        })
                        .collect::<Vec<_>>()
                        .join("；")
                });
                let state = state_words(&n, as_of, l);
                let state_class = format!("notice-state notice-{}", notice::state(&n, as_of).as_str());
                let replied_day = RwSignal::new(app.today());
                let note = RwSignal::new(String::new());
                let stored = StoredValue::new(n.clone());
                let mark = move |_| {
                    let mut updated = stored.get_value();
                    updated.replied = Some(replied_day.get_untracked());
                    updated.reply = note.get_untracked().trim().to_string();
                    updated.updated_at = app.now();
                    let label = notice::number_text(updated.year, updated.number);
                    match app.dispatch(Command::UpdateNotice(updated)) {
                        Ok(()) => app.notify(
                            move |l| format!("{} · {}", label, m(l).mark_replied),
                            ToastKind::Undoable,
                        ),
                        Err(e) => app.notify_refused(&e),
                    }
                };
                let again = move |_| {
                    let as_of = app.as_of.get_untracked();
                    app.doc.with_untracked(|d| download_notice(d, &stored.get_value(), as_of));
                };
                let open = n.replied.is_none();
                let number_attr = number.clone();
                view! {
                    <tr data-notice=number_attr>
                        <td>{number}</td>
                        <td>{n.unit.clone()}</td>
                        <td>{titles}</td>
                        <td>{fmt_date(n.issued, l)}</td>
                        <td>{fmt_date(n.reply_due, l)}</td>
                        <td>
                            <span class=state_class>{state}</span>
                            {(!n.reply.is_empty()).then(|| view! { <div class="quiet small">{n.reply.clone()}</div> })}
                        </td>
                        <td class="notice-actions">
                            <button type="button" class="btn btn-small btn-quiet" on:click=again>{m(l).download_again}</button>
                            {open.then(|| view! {
                                <span class="notice-reply">
                                    <input
                                        type="date"
                                        name="notice-replied-on"
                                        aria-label=m(l).replied_on
                                        prop:value=move || replied_day.get().format("%Y-%m-%d").to_string()
                                        on:change=move |ev| {
                                            if let Ok(d) = event_target_value(&ev).parse::<NaiveDate>() {
                                                replied_day.set(d);
                                            }
                                        }
                                    />
                                    <input
                                        type="text"
                                        name="notice-reply"
                                        aria-label=m(l).reply_note
                                        placeholder=m(l).reply_note
                                        on:input=move |ev| note.set(event_target_value(&ev))
                                    />
                                    <button type="button" class="btn btn-small" name="notice-mark-replied" on:click=mark>
                                        {m(l).mark_replied}
                                    </button>
                                </span>
                            })}
                        </td>
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="duban-list-title">
            <h3 id="duban-list-title">{move || m(lang()).list_heading}</h3>
            <Show
                when=move || list.with(|l| !l.is_empty())
                fallback=move || view! { <p class="empty-note">{move || m(lang()).list_empty}</p> }
            >
                <table class="table notice-table">
                    <thead>
                        <tr>
                            <th>{move || m(lang()).col_number}</th>
                            <th>{move || m(lang()).unit}</th>
                            <th>{move || m(lang()).col_targets}</th>
                            <th>{move || m(lang()).col_issued}</th>
                            <th>{move || m(lang()).reply_due}</th>
                            <th>{move || m(lang()).col_state}</th>
                            <th></th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </Show>
        </section>
    }
}
