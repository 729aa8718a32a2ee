//! The short form that records an activity: date, targets chosen by typing
//! part of their name, and Enter saves.

use leptos::prelude::*;

use crate::command::Command;
use crate::i18n::ledger::LedgerMsgs;
use crate::i18n::Lang;
use crate::plan::{Activity, ActivityId, Plan, TargetId};
use crate::present::{fill, parse_date, parse_people, search_targets, KnownNames};
use chrono::NaiveDate;

use crate::app::state::{use_app, ToastKind};

/// Targets that take activities (not readings), as (id, title), in plan order.
pub(super) fn activity_targets(plan: &Plan) -> Vec<(TargetId, String)> {
    plan.targets()
        .filter(|(_, t)| !t.kind.takes_readings())
        .map(|(_, t)| (t.id.clone(), t.title.clone()))
        .collect()
}

/// The date and quantity as typed in a form, or why they cannot be saved.
pub(super) fn read_date_and_quantity(
    date: &str,
    qty: &str,
    lm: &LedgerMsgs,
) -> Result<(NaiveDate, u32), &'static str> {
    let day = parse_date(date).ok_or(lm.bad_date)?;
    match qty.trim().parse::<u32>() {
        Ok(n) if n >= 1 => Ok((day, n)),
        _ => Err(lm.bad_quantity),
    }
}

/// The target a typed text stands for: the one titled exactly so, else the
/// first whose name holds every word typed.
pub(super) fn resolve_target(plan: &Plan, text: &str) -> Option<TargetId> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let takes_activities =
        |id: &TargetId| plan.target(id).is_some_and(|t| !t.kind.takes_readings());
    plan.targets()
        .find(|(_, t)| t.title == text && !t.kind.takes_readings())
        .map(|(_, t)| t.id.clone())
        .or_else(|| {
            search_targets(plan, text)
                .into_iter()
                .find(|id| takes_activities(id))
                .cloned()
        })
}

/// The record form: date, target, activity, quantity, people, unit, notes.
#[component]
pub(super) fn AddForm(
    /// The people and units the ledger knows, offered while typing.
    known: Memo<KnownNames>,
) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::ledger::msgs(app.lang.get());
    let date = RwSignal::new(app.today().format("%Y-%m-%d").to_string());
    let title = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<TargetId>::new());
    let typed = RwSignal::new(String::new());
    let qty = RwSignal::new("1".to_string());
    let people = RwSignal::new(String::new());
    let unit = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let target_input: NodeRef<leptos::html::Input> = NodeRef::new();

    let options = Memo::new(move |_| app.doc.with(|d| activity_targets(&d.plan)));
    let people_options = Memo::new(move |_| known.with(|k| k.people.clone()));
    let unit_options = Memo::new(move |_| known.with(|k| k.units.clone()));

    let add_typed = move || -> bool {
        let text = typed.get_untracked();
        if text.trim().is_empty() {
            return true;
        }
        match app.doc.with_untracked(|d| resolve_target(&d.plan, &text)) {
            Some(id) => {
                chosen.update(|c| {
                    if !c.contains(&id) {
                        c.push(id);
                    }
                });
                typed.set(String::new());
                true
            }
            None => {
                error.set(Some(fill(
                    crate::i18n::ledger::msgs(app.lang.get_untracked()).need_target,
                    &[text.trim()],
                )));
                false
            }
        }
    };

    let on_typed = move |e: leptos::ev::Event| {
        let v = event_target_value(&e);
        typed.set(v.clone());
        error.set(None);
        // Picking from the list fills in a whole title: take it at once.
        let exact = app.doc.with_untracked(|d| {
            d.plan
                .targets()
                .find(|(_, t)| t.title == v && !t.kind.takes_readings())
                .map(|(_, t)| t.id.clone())
        });
        if let Some(id) = exact {
            chosen.update(|c| {
                if !c.contains(&id) {
                    c.push(id);
                }
            });
            typed.set(String::new());
        }
    };

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let lm = crate::i18n::ledger::msgs(app.lang.get_untracked());
        if !add_typed() {
            return;
        }
        let (day, quantity) =
            match read_date_and_quantity(&date.get_untracked(), &qty.get_untracked(), lm) {
                Ok(read) => read,
                Err(why) => {
                    error.set(Some(why.to_string()));
                    return;
                }
            };
        let targets = chosen.get_untracked();
        let (default_title, default_unit) = app.doc.with_untracked(|d| {
            let ts: Vec<_> = targets.iter().filter_map(|id| d.plan.target(id)).collect();
            (
                ts.iter()
                    .map(|t| t.title.as_str())
                    .collect::<Vec<_>>()
                    .join("、"),
                ts.first().map(|t| t.lead_unit.clone()).unwrap_or_default(),
            )
        });
        let mut text = title.get_untracked().trim().to_string();
        if text.is_empty() {
            text = default_title;
        }
        if text.is_empty() {
            error.set(Some(lm.need_title.to_string()));
            return;
        }
        let mut lead = unit.get_untracked().trim().to_string();
        if lead.is_empty() {
            lead = default_unit;
        }
        let activity = Activity {
            recorded_by: app.doc.with_untracked(|d| d.unit.clone()),
            evidence: Vec::new(),
            id: ActivityId(app.new_id("a")),
            date: day,
            title: text.clone(),
            targets,
            quantity,
            people: parse_people(&people.get_untracked()),
            lead_unit: lead,
            notes: notes.get_untracked().trim().to_string(),
            updated_at: app.now(),
        };
        match app.dispatch(Command::AddActivity(activity)) {
            Ok(()) => {
                app.notify(
                    move |l| fill(crate::i18n::ledger::msgs(l).added, &[&text]),
                    ToastKind::Undoable,
                );
                title.set(String::new());
                chosen.set(Vec::new());
                typed.set(String::new());
                qty.set("1".into());
                notes.set(String::new());
                error.set(None);
                if let Some(input) = target_input.get_untracked() {
                    let _ = input.focus();
                }
            }
            Err(err) => error.set(Some(match app.lang.get_untracked() {
                Lang::Zh => err.message_zh(),
                Lang::En => err.to_string(),
            })),
        }
    };

    let chips = move || {
        let lm = m();
        app.doc.with(|d| {
            chosen
                .get()
                .into_iter()
                .map(|id| {
                    let name = d
                        .plan
                        .target(&id)
                        .map(|t| t.title.clone())
                        .unwrap_or_else(|| id.to_string());
                    let label = fill(lm.remove_target, &[&name]);
                    view! {
                        <li class="chip-target">
                            {name}
                            <button
                                type="button"
                                class="chip-remove"
                                aria-label=label.clone()
                                title=label
                                on:click=move |_| chosen.update(|c| c.retain(|x| x != &id))
                            >
                                "×"
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <form class="card add-form no-print" on:submit=submit aria-labelledby="add-title" novalidate>
            <h3 id="add-title">{move || m().add_title}</h3>
            <div class="add-grid">
                <label class="field f-date">
                    <span>{move || m().date}</span>
                    <input type="date" required prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/>
                </label>
                <div class="field f-target">
                    <label for="add-target">{move || m().targets}</label>
                    <div class="target-picker">
                        <ul class="chosen-targets" aria-live="polite">{chips}</ul>
                        <input
                            id="add-target"
                            node_ref=target_input
                            type="text"
                            list="ledger-target-options"
                            autocomplete="off"
                            placeholder=move || m().target_placeholder
                            prop:value=move || typed.get()
                            on:input=on_typed
                        />
                    </div>
                    <datalist id="ledger-target-options">
                        <For
                            each=move || options.get()
                            key=|(id, t)| (id.clone(), t.clone())
                            children=|(_, t)| view! { <option value=t></option> }
                        />
                    </datalist>
                </div>
                <label class="field f-title">
                    <span>{move || m().title_col}</span>
                    <input type="text" prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e))/>
                </label>
                <label class="field f-qty">
                    <span>{move || m().quantity}</span>
                    <input type="number" min="1" step="1" inputmode="numeric" prop:value=move || qty.get() on:input=move |e| qty.set(event_target_value(&e))/>
                </label>
                <label class="field f-people">
                    <span>{move || m().people}</span>
                    <input
                        type="text"
                        list="ledger-people-options"
                        placeholder=move || m().people_placeholder
                        prop:value=move || people.get()
                        on:input=move |e| people.set(event_target_value(&e))
                    />
                </label>
                <label class="field f-unit">
                    <span>{move || m().unit}</span>
                    <input
                        type="text"
                        list="ledger-unit-options"
                        prop:value=move || unit.get()
                        on:input=move |e| unit.set(event_target_value(&e))
                    />
                </label>
                <label class="field f-notes">
                    <span>{move || m().notes}</span>
                    <input type="text" prop:value=move || notes.get() on:input=move |e| notes.set(event_target_value(&e))/>
                </label>
                <div class="f-submit">
                    <button type="submit" class="btn btn-primary">{move || m().add}</button>
                </div>
            </div>
            <datalist id="ledger-people-options">
                <For each=move || people_options.get() key=|p| p.clone() let:p>
                    <option value=p></option>
                </For>
            </datalist>
            <datalist id="ledger-unit-options">
                <For each=move || unit_options.get() key=|u| u.clone() let:u>
                    <option value=u></option>
                </For>
            </datalist>
            <p class="field-error" role="alert">{move || error.get()}</p>
            <p class="field-hint">{move || m().add_hint}</p>
        </form>
    }
}
