//! The rows of the ledger table: shown, or edited in place (Enter saves,
//! Escape cancels), and deleted with undo.

use std::collections::HashMap;

use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::command::Command;
use crate::plan::{Activity, ActivityId, Plan, TargetId};
use crate::present::{fill, fmt_date, parse_date, parse_people};

use super::form::resolve_target;
use crate::app::route::Route;
use crate::app::state::{use_app, ToastKind};

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
fn focus_row(id: Option<String>) {
    request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        // Walked rather than queried by selector: an imported id may hold
        // any character.
        let mut row = doc.query_selector(".ledger-table tbody tr").ok().flatten();
        let mut button = None;
        while let Some(tr) = row {
            if id.is_some() && tr.get_attribute("data-id") == id {
                button = tr.query_selector(".row-actions button").ok().flatten();
                break;
            }
            row = tr.next_element_sibling();
        }
        let target = button.or_else(|| doc.get_element_by_id("add-target"));
        if let Some(el) = target.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    });
}

/// The id of the row next to the one holding the element an event came
/// from: the one below, else the one above.
fn neighbour_row(e: &web_sys::MouseEvent) -> Option<String> {
    let tr = e
        .current_target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("tr")
        .ok()??;
    tr.next_element_sibling()
        .or_else(|| tr.previous_element_sibling())?
        .get_attribute("data-id")
}

/// One row of the table, shown or edited in place. A row has no reactive
/// parts of its own: the table keys it by everything it shows, so a row is
/// drawn again only when its activity, its editing state or the target
/// titles change.
pub(super) fn row(
    activity: Activity,
    editing_now: bool,
    editing: RwSignal<Option<ActivityId>>,
    titles: Memo<HashMap<TargetId, String>>,
) -> impl IntoView {
    if editing_now {
        Either::Left(view! { <EditRow activity=activity editing=editing/> })
    } else {
        Either::Right(view! { <ShowRow activity=activity editing=editing titles=titles/> })
    }
}

/// A row as read, drawn once: the view is redrawn when the language
/// changes, the row when the target titles do.
#[component]
pub(super) fn ShowRow(
    activity: Activity,
    editing: RwSignal<Option<ActivityId>>,
    titles: Memo<HashMap<TargetId, String>>,
) -> impl IntoView {
    let app = use_app();
    let m = app.msgs_untracked().ledger;
    // Each target links to its page, where the figure it feeds is shown.
    let names = titles.with_untracked(|titles| {
        activity
            .targets
            .iter()
            .map(|id| match titles.get(id) {
                Some(title) => Either::Left(view! {
                    <a class="tgt" href=Route::Target(id.to_string()).to_hash()>{title.clone()}</a>
                }),
                None => Either::Right(
                    view! { <span class="tgt quiet">{fill(m.unknown_target, &[id.as_str()])}</span> },
                ),
            })
            .collect_view()
    });
    let date = activity.date;
    let title = activity.title.clone();
    let id = activity.id.clone();
    let edit_label = fill(m.edit_row, &[&title]);
    let delete_label = fill(m.delete_row, &[&title]);
    let delete = {
        let id = id.clone();
        let title = title.clone();
        move |e: web_sys::MouseEvent| {
            let next = neighbour_row(&e);
            let cmd = Command::DeleteActivity {
                id: id.clone(),
                at: app.now(),
            };
            match app.dispatch(cmd) {
                Ok(()) => {
                    app.notify(
                        fill(app.msgs_untracked().ledger.deleted, &[&title]),
                        ToastKind::Undoable,
                    );
                    focus_row(next);
                }
                Err(e) => app.notify(e.message_zh(), ToastKind::Error),
            }
        }
    };
    let edit = {
        let id = id.clone();
        move |_| editing.set(Some(id.clone()))
    };
    view! {
        <tr data-id=id.to_string()>
            <td class="col-date">{fmt_date(date, app.lang.get_untracked())}</td>
            <td class="col-title">{title.clone()}</td>
            <td class="col-targets">{names}</td>
            <td class="num">{activity.quantity}</td>
            <td>{activity.people.join("、")}</td>
            <td>{activity.lead_unit.clone()}</td>
            <td class="col-notes">{activity.notes.clone()}</td>
            <td class="row-actions no-print">
                <button type="button" class="btn btn-small" aria-label=edit_label.clone() title=edit_label on:click=edit>
                    {m.edit}
                </button>
                <button type="button" class="btn btn-small btn-danger" aria-label=delete_label.clone() title=delete_label on:click=delete>
                    {m.delete}
                </button>
            </td>
        </tr>
    }
}

/// A row being edited: Enter saves, Escape cancels.
#[component]
pub(super) fn EditRow(activity: Activity, editing: RwSignal<Option<ActivityId>>) -> impl IntoView {
    let app = use_app();
    let m = move || app.msgs().ledger;
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
        focus_row(Some(original.with_value(|a| a.id.to_string())));
    };

    let save = move || {
        let lm = app.msgs_untracked().ledger;
        let Some(day) = parse_date(&date.get_untracked()) else {
            error.set(Some(lm.bad_date.to_string()));
            return;
        };
        let quantity = match qty.get_untracked().trim().parse::<u32>() {
            Ok(n) if n >= 1 => n,
            _ => {
                error.set(Some(lm.bad_quantity.to_string()));
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
        let mut updated = original.get_value();
        updated.date = day;
        updated.title = text.clone();
        updated.targets = targets;
        updated.quantity = quantity;
        updated.people = parse_people(&people.get_untracked());
        updated.lead_unit = unit.get_untracked().trim().to_string();
        updated.notes = notes.get_untracked().trim().to_string();
        if original.with_value(|a| *a == updated) {
            close();
            return;
        }
        updated.updated_at = app.now();
        match app.dispatch(Command::UpdateActivity(updated)) {
            Ok(()) => {
                close();
                app.notify(fill(lm.updated, &[&text]), ToastKind::Undoable);
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
    let lm = app.msgs_untracked().ledger;
    view! {
        <tr class="editing" on:keydown=keys>
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
