//! The import preview of a document or a CSV ledger: what the file holds
//! and what merging or replacing would do, and the buttons that do it.

use leptos::prelude::*;

use crate::command::Command;
use crate::i18n::Lang;

use super::more_line::MoreLine;
use super::{fmt_bytes, refused_by_document, Pending};
use crate::app::state::{use_app, ToastKind};
use crate::plan::Activity;
use crate::present::shortened;

#[component]
pub(super) fn Preview(pending: RwSignal<Option<Pending>>, item: Pending) -> impl IntoView {
    let app = use_app();
    let cancel = move |_| {
        pending.set(None);
        app.notify(
            move |l| crate::i18n::data::msgs(l).import_cancelled.to_string(),
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
        Pending::OtherPlan { name, doc, ours, theirs } => {
            let why_zh = crate::i18n::reporting::fill(crate::i18n::reporting::ZH.other_plan, &[("theirs", &theirs), ("ours", &ours.0)]);
            let why_en = crate::i18n::reporting::fill(crate::i18n::reporting::EN.other_plan, &[("theirs", &theirs), ("ours", &ours.0)]);
            let plan_text = format!("{}（{} – {}）", doc.plan.title, doc.plan.start.format("%Y-%m-%d"), doc.plan.end.format("%Y-%m-%d"));
            let counts = (doc.activities.len(), doc.readings.len());
            let open_instead = move |_| {
                // The current data is downloaded first; without that
                // backup nothing is replaced.
                if !crate::app::actions::export_json(app) {
                    app.notify(|l| crate::i18n::safety::msgs(l).backup_failed.to_string(), ToastKind::Error);
                    return;
                }
                let mut incoming = (*doc).clone();
                let ours = app.doc.with_untracked(|d| d.unit.clone());
                if !ours.trim().is_empty() {
                    incoming.unit = ours;
                }
                match app.replace_document(incoming) {
                    Ok(()) => {
                        pending.set(None);
                        app.notify(|l| crate::i18n::safety::msgs(l).opened_instead.to_string(), ToastKind::Undoable);
                    }
                    Err(e) => refused_by_document(app, e),
                }
            };
            view! {
                <div id="import-preview" class="notice notice-error import-preview" tabindex="-1" role="alert" data-testid="import-other-plan">
                    <h4>{move || crate::i18n::safety::msgs(app.lang.get()).other_plan_title}{format!("“{name}”")}</h4>
                    <p data-testid="other-plan-why">{move || if app.lang.get() == Lang::Zh { why_zh.clone() } else { why_en.clone() }}</p>
                    <dl class="file-facts">
                        <dt>{move || crate::i18n::data::msgs(app.lang.get()).file_plan}</dt><dd>{plan_text}</dd>
                        <dt>{move || crate::i18n::data::msgs(app.lang.get()).file_records}</dt>
                        <dd>{move || (crate::i18n::data::msgs(app.lang.get()).records_count)(counts.0, counts.1)}</dd>
                    </dl>
                    <p><strong>{move || crate::i18n::data::msgs(app.lang.get()).nothing_changed}</strong></p>
                    <p class="small">{move || crate::i18n::safety::msgs(app.lang.get()).other_plan_offer}</p>
                    <div class="btn-row">
                        <button type="button" class="btn btn-danger" data-testid="open-instead" on:click=open_instead>{move || crate::i18n::safety::msgs(app.lang.get()).open_instead}</button>
                        <button type="button" class="btn btn-primary" on:click=close>{move || app.msgs().shell.close}</button>
                    </div>
                </div>
            }
            .into_any()
        }
        Pending::Json { name, size, doc, exported_at, summary, future, set_aside, room } => {
            let room_note = |r: &crate::space::Room, testid: &'static str| {
                let fits = room_fits(r);
                let r = r.clone();
                let text = move || {
                    let s = crate::i18n::safety::msgs(app.lang.get());
                    match &r {
                        crate::space::Room::Fits => String::new(),
                        crate::space::Room::DroppingSnapshots(days) => {
                            let days: Vec<String> = days.iter().map(|d| d.to_string()).collect();
                            (s.import_drops_snapshots)(&days.join("、"))
                        }
                        crate::space::Room::DoesNotFit { need, room } => {
                            (s.import_will_not_fit)(&fmt_bytes(*need), &fmt_bytes(*room))
                        }
                    }
                };
                (!fits).then(|| view! { <p class="notice notice-warn" data-testid=testid>{text}</p> })
            };
            let merge_room = room_note(&room.0, "import-room");
            // Replacing is said apart only when merging would fit.
            let replace_room = room_fits(&room.0).then(|| room_note(&room.1, "import-room-replace")).flatten();
            let n_aside = set_aside.len();
            let aside_list = (n_aside > 0).then(|| {
                let rows = set_aside
                    .into_iter()
                    .map(|(zh, en)| view! { <li>{move || if app.lang.get() == Lang::Zh { zh.clone() } else { en.clone() }}</li> })
                    .collect_view();
                view! {
                    <div class="notice notice-warn" data-testid="import-set-aside">
                        <p>{move || (crate::i18n::safety::msgs(app.lang.get()).import_set_aside)(n_aside)}</p>
                        <ul>{rows}</ul>
                    </div>
                }
            });
            let future_text = (!future.is_empty()).then(|| {
                let latest = future.latest.map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default();
                (future.total(), latest)
            });
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
                let (zh, en) = (summary.describe_zh(), summary.describe_en());
                let mut theirs = for_merge.clone();
                if assign.get_untracked() && !older_unit.is_empty() {
                    crate::consolidate::attribute(&mut theirs, &older_unit);
                }
                match app.dispatch(Command::MergeDocument(theirs)) {
                    Ok(()) => {
                        pending.set(None);
                        app.notify(
                            move |l| {
                                let text = if l == Lang::Zh { &zh } else { &en };
                                format!("{}{text}", crate::i18n::data::msgs(l).merged)
                            },
                            ToastKind::Undoable,
                        );
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
                        app.notify(move |l| crate::i18n::data::msgs(l).replaced.to_string(), ToastKind::Undoable);
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
                    {aside_list}
                    <p class="preview-summary" data-testid="merge-summary">{describe}</p>
                    {merge_room}
                    {replace_room}
                    {future_text.map(|(n, latest)| view! {
                        <p class="notice notice-warn" data-testid="import-future">{move || (crate::i18n::safety::msgs(app.lang.get()).future_note)(n, &latest)}</p>
                    })}
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
                        <button type="button" class="btn btn-primary" on:click=merge_now>{move || if n_aside > 0 { crate::i18n::safety::msgs(app.lang.get()).merge_rest } else { crate::i18n::data::msgs(app.lang.get()).merge }}</button>
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
                        app.notify(
                            move |l| (crate::i18n::data::msgs(l).csv_imported)(n_fresh),
                            ToastKind::Undoable,
                        );
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
                    {(n_fresh == 0).then(|| view! { <p><strong>{move || crate::i18n::data::msgs(app.lang.get()).csv_nothing}</strong></p> })}
                    {(n_bad > 0).then(|| view! { <p>{move || crate::i18n::data::msgs(app.lang.get()).csv_none_unless}</p> })}
                    // The buttons come before the list of bad rows, which
                    // may be long: they are never pushed out of sight.
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
                    {(n_bad > 0).then(|| {
                        let errors = StoredValue::new(errors.clone());
                        let all = RwSignal::new(false);
                        let rows = move || {
                            let shown = shortened(n_bad, all.get()).0;
                            errors.with_value(|errors| {
                                errors.iter().take(shown).map(|e| {
                                    let (zh, en) = (e.message_zh.clone(), e.message_en.clone());
                                    view! { <tr>
                                        <td class="num">{e.line}</td>
                                        <td>{e.column.clone()}</td>
                                        <td>{move || if app.lang.get() == Lang::Zh { zh.clone() } else { en.clone() }}</td>
                                    </tr> }
                                }).collect_view()
                            })
                        };
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
                                    <tbody>{rows}</tbody>
                                </table>
                            </div>
                            <MoreLine total=n_bad all=all testid="csv-bad-rows-more"/>
                        }
                    })}
                </div>
            }
            .into_any()
        }
    }
}

/// Whether a document fits as things are.
fn room_fits(r: &crate::space::Room) -> bool {
    matches!(r, crate::space::Room::Fits)
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
    // A plan of many targets may change them all: the first few, a count
    // of the rest and a way to see all, so the buttons below stay near.
    let total = changes.len();
    let changes = StoredValue::new(changes);
    let all = RwSignal::new(false);
    let rows = move || {
        changes.with_value(|changes| {
            changes
                .iter()
                .take(shortened(total, all.get()).0)
                .cloned()
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
                .collect_view()
        })
    };
    view! {
        <h4>{move || app.msgs().records.plan_changes}</h4>
        <ul class="target-changes" data-testid="target-changes">{rows}</ul>
        <MoreLine total=total all=all testid="target-changes-more"/>
    }
    .into_any()
}
