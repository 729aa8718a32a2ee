//! The rows of the ledger table: shown, or edited in place (Enter saves,
//! Escape cancels), and deleted with undo. The rows as read are set as one
//! piece of HTML per page ([`crate::present::ledger_rows_html`]); the table
//! answers their buttons' clicks, and files dropped or pasted on them, in
//! one handler each.

use std::collections::HashMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::command::Command;
use crate::i18n::Lang;
use crate::plan::{Activity, ActivityId, Plan, TargetId};
use crate::present::{
    fill, ledger_rows_html, parse_people, DELETE_ACTION, EDIT_ACTION, EVIDENCE_ACTION,
};

use super::form::{read_date_and_quantity, resolve_target};
use crate::app::route::Route;
use crate::app::state::{use_app, AppState, ToastKind};
use crate::app::views::evidence::{drag_over_record, drop_on_record, paste_on_record};
use crate::evidence::RecordRef;

/// Target titles by id, for the table.
pub(super) fn target_names(plan: &Plan) -> HashMap<TargetId, String> {
    plan.targets()
        .map(|(_, t)| (t.id.clone(), t.title.clone()))
        .collect()
}

/// Gives the keyboard focus, once the table has been redrawn, to the first
/// button of the row showing activity `id`, or to the record form when there
/// is no such row (deleted, sorted onto another page, filtered out): a
/// keyboard user keeps their place instead of starting again from the top.
fn focus_row(app: AppState, id: Option<String>) {
    app.hold.when_shown(move || focus_row_now(id));
}

fn focus_row_now(id: Option<String>) {
    request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // Compared one by one rather than queried by selector: an imported
        // id may hold any character.
        let mut button = None;
        if let (Some(id), Ok(rows)) = (&id, doc.query_selector_all(".ledger-table tbody tr")) {
            for i in 0..rows.length() {
                let Some(tr) = rows
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                else {
                    continue;
                };
                if tr.get_attribute("data-id").as_ref() == Some(id) {
                    button = tr.query_selector(".row-actions button").ok().flatten();
                    break;
                }
            }
        }
        let target = button.or_else(|| doc.get_element_by_id("add-target"));
        if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// The id of the row next to `tr`: the one below, else the one above.
fn neighbour_row(tr: &web_sys::Element) -> Option<String> {
    tr.next_element_sibling()
        .or_else(|| tr.previous_element_sibling())?
        .get_attribute("data-id")
}

/// The rows of `items` as read, in language `lang`, as one piece of HTML
/// ([`ledger_rows_html`]): the table sets a page in one call.
pub(super) fn rows_html(
    items: &[Activity],
    titles: &HashMap<TargetId, String>,
    lang: Lang,
) -> String {
    ledger_rows_html(
        items,
        titles,
        &|id| Route::Target(id.to_string()).to_hash(),
        crate::i18n::ledger::msgs(lang),
        lang,
    )
}

/// A click anywhere in the table: a row's Edit or Delete button acts on
/// its row; any other click is left alone.
pub(super) fn on_table_click(
    app: AppState,
    editing: RwSignal<Option<ActivityId>>,
    evidence: RwSignal<Option<ActivityId>>,
    e: web_sys::MouseEvent,
) {
    let Some(button) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button[data-action]").ok().flatten())
    else {
        return;
    };
    let Some(tr) = button.closest("tr[data-id]").ok().flatten() else {
        return;
    };
    let Some(id) = tr.get_attribute("data-id") else {
        return;
    };
    let id = ActivityId::from(id.as_str());
    match button.get_attribute("data-action").as_deref() {
        Some(EDIT_ACTION) => editing.set(Some(id)),
        Some(EVIDENCE_ACTION) => evidence.set(Some(id)),
        Some(DELETE_ACTION) => delete(app, id, neighbour_row(&tr)),
        _ => {}
    }
}

/// The activity of the row an event happened in, if any.
fn row_activity(e: &web_sys::Event) -> Option<ActivityId> {
    let id = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())?
        .closest("tr[data-id]")
        .ok()
        .flatten()?
        .get_attribute("data-id")?;
    Some(ActivityId::from(id.as_str()))
}

/// Files dragged over a row: they may be dropped on it.
pub(super) fn on_table_dragover(app: AppState, e: web_sys::DragEvent) {
    if row_activity(&e).is_some() {
        drag_over_record(app, &e);
    }
}

/// Files dropped on a row are attached to its activity.
pub(super) fn on_table_drop(app: AppState, e: web_sys::DragEvent) {
    if let Some(id) = row_activity(&e) {
        drop_on_record(app, RecordRef::Activity(id), &e);
    }
}

/// An image pasted while a row's button has the focus is attached to its
/// activity.
pub(super) fn on_table_paste(app: AppState, e: web_sys::ClipboardEvent) {
    if let Some(id) = row_activity(&e) {
        paste_on_record(app, RecordRef::Activity(id), &e);
    }
}

/// Deletes an activity, undoably, and keeps the keyboard focus near.
fn delete(app: AppState, id: ActivityId, next: Option<String>) {
    let Some(title) = app.doc.with_untracked(|d| {
        d.activities
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.title.clone())
    }) else {
        return;
    };
    match app.dispatch(Command::DeleteActivity { id, at: app.now() }) {
        Ok(()) => {
            app.notify(
                move |l| fill(crate::i18n::ledger::msgs(l).deleted, &[&title]),
                ToastKind::Undoable,
            );
            focus_row(app, next);
        }
        Err(e) => app.notify_refused(&e),
    }
}

/// A row being edited: Enter saves, Escape cancels.
#[component]
pub(super) fn EditRow(activity: Activity, editing: RwSignal<Option<ActivityId>>) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::ledger::msgs(app.lang.get());
    let date = RwSignal::new(activity.date.format("%Y-%m-%d").to_string());
    let title = RwSignal::new(activity.title.clone());
    let targets_text = RwSignal::new(app.doc.with_untracked(|d| {
        let names = target_names(&d.plan);
        activity
            .targets
            .iter()
            .map(|id| names.get(id).cloned().unwrap_or_else(|| id.to_string()))
            .collect::<Vec<_>>()
            .join("、")
    }));
    let qty = RwSignal::new(activity.quantity.to_string());
    let people = RwSignal::new(activity.people.join("、"));
    let unit = RwSignal::new(activity.lead_unit.clone());
    let notes = RwSignal::new(activity.notes.clone());
    let error = RwSignal::new(None::<String>);
    let first: NodeRef<leptos::html::Input> = NodeRef::new();
    Effect::new(move |_| {
        if let Some(el) = first.get() {
            let _ = el.focus();
        }
    });
    let original = StoredValue::new(activity);
    // Leaving the row, by saving or cancelling, puts the focus back on it.
    let close = move || {
        editing.set(None);
        focus_row(app, Some(original.with_value(|a| a.id.to_string())));
    };

    let save = move || {
        let lm = crate::i18n::ledger::msgs(app.lang.get_untracked());
        let (day, quantity) =
            match read_date_and_quantity(&date.get_untracked(), &qty.get_untracked(), lm) {
                Ok(read) => read,
                Err(why) => {
                    error.set(Some(why.to_string()));
                    return;
                }
            };
        let mut targets = Vec::new();
        for name in targets_text
            .get_untracked()
            .split(['、', '，', ','])
            .map(str::trim)
            .filter(|n| !n.is_empty())
        {
            let old =
                original.with_value(|a| a.targets.iter().find(|id| id.as_str() == name).cloned());
            match old.or_else(|| app.doc.with_untracked(|d| resolve_target(&d.plan, name))) {
                Some(id) if !targets.contains(&id) => targets.push(id),
                Some(_) => {}
                None => {
                    error.set(Some(fill(lm.need_target, &[name])));
                    return;
                }
            }
        }
        let text = title.get_untracked().trim().to_string();
        if text.is_empty() {
            error.set(Some(lm.need_title.to_string()));
            return;
        }
        // Evidence attached while the row was open (dropped or pasted on
        // it) is kept: the row edits the other fields.
        let mut base = original.get_value();
        if let Some(now) = app.doc.with_untracked(|d| {
            d.activities
                .iter()
                .find(|a| a.id == base.id)
                .map(|a| a.evidence.clone())
        }) {
            base.evidence = now;
        }
        let mut updated = base.clone();
        updated.date = day;
        updated.title = text.clone();
        updated.targets = targets;
        updated.quantity = quantity;
        updated.people = parse_people(&people.get_untracked());
        updated.lead_unit = unit.get_untracked().trim().to_string();
        updated.notes = notes.get_untracked().trim().to_string();
        if base == updated {
            close();
            return;
        }
        updated.updated_at = app.now();
        match app.dispatch(Command::UpdateActivity(updated)) {
            Ok(()) => {
                close();
                app.notify(
                    move |l| fill(crate::i18n::ledger::msgs(l).updated, &[&text]),
                    ToastKind::Undoable,
                );
            }
            Err(e) => error.set(Some(app.error_text(&e))),
        }
    };
    let keys = move |e: leptos::ev::KeyboardEvent| match e.key().as_str() {
        "Enter" => {
            e.prevent_default();
            save();
        }
        "Escape" => {
            e.prevent_default();
            close();
        }
        _ => {}
    };
    let input = move |sig: RwSignal<String>, label: &'static str| {
        view! {
            <input type="text" aria-label=label prop:value=move || sig.get() on:input=move |e| sig.set(event_target_value(&e))/>
        }
    };
    let lm = crate::i18n::ledger::msgs(app.lang.get_untracked());
    let record = move || RecordRef::Activity(original.with_value(|a| a.id.clone()));
    view! {
        <tr class="editing" on:keydown=keys
            on:dragover=move |e| drag_over_record(app, &e)
            on:drop=move |e| drop_on_record(app, record(), &e)
            on:paste=move |e| paste_on_record(app, record(), &e)>
            <td class="col-date">
                <input node_ref=first type="date" aria-label=lm.date prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/>
            </td>
            <td>{input(title, lm.title_col)}</td>
            <td>
                <input type="text" list="ledger-target-options" aria-label=lm.targets prop:value=move || targets_text.get() on:input=move |e| targets_text.set(event_target_value(&e))/>
            </td>
            <td class="num">
                <input type="number" min="1" step="1" class="qty-input" aria-label=lm.quantity prop:value=move || qty.get() on:input=move |e| qty.set(event_target_value(&e))/>
            </td>
            <td>{input(people, lm.people)}</td>
            <td>{input(unit, lm.unit)}</td>
            <td>{input(notes, lm.notes)}</td>
            <td class="row-actions">
                <button type="button" class="btn btn-small btn-primary" on:click=move |_| save()>{move || m().save}</button>
                <button type="button" class="btn btn-small" on:click=move |_| close()>{move || m().cancel}</button>
                <Show when=move || error.with(Option::is_some)>
                    <p class="field-error" role="alert">{move || error.get()}</p>
                </Show>
            </td>
        </tr>
    }
}
