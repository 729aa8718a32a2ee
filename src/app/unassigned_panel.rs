//! The 未归属 (unassigned) notice shown on the dashboard and the ledger:
//! how many records name a target the plan no longer has, and for each
//! such target a way to move its records to a target of the plan or to
//! delete them. Both are one undoable change built by
//! [`crate::unassigned`]; the component only asks and dispatches.

use leptos::prelude::*;

use crate::plan::TargetId;
use crate::unassigned;

use super::lazy::Part;
use super::part_view::PartView;
use super::state::{use_app, ToastKind};

/// The notice; nothing when every record belongs to a target of the plan.
/// Only the test is on the first screen's path: the notice itself is a
/// part of its own ([`Part::Unassigned`]), fetched when there is something
/// to say.
#[component]
pub fn UnassignedPanel() -> impl IntoView {
    let app = use_app();
    // A moment after a change, not in its frame (`app/settled.rs`).
    let shown = Memo::new(move |_| {
        app.settled.track();
        app.doc.with_untracked(unassigned::any)
    });
    view! {
        <Show when=move || shown.get()>
            <PartView part=Part::Unassigned/>
        </Show>
    }
}

/// The notice's content, in its part: how many records, and each missing
/// target with its choices.
#[component]
pub fn UnassignedNotice() -> impl IntoView {
    let app = use_app();
    let found = Memo::new(move |_| {
        app.settled.track();
        app.doc.with_untracked(unassigned::find)
    });
    let m = move || app.msgs().records;
    view! {
        <section class="banner banner-reminder unassigned" role="status" data-testid="unassigned">
            <div>
                <h2 class="banner-title">{move || m().unassigned_title}</h2>
                <p>
                    {move || m().unassigned_body}
                    <strong data-testid="unassigned-count">{move || found.with(|f| f.len())}</strong>
                    {move || m().records_unit}
                </p>
                <For each=move || found.with(|f| f.missing.clone()) key=|t| t.clone() let:missing>
                    <MissingTarget missing=missing/>
                </For>
            </div>
        </section>
    }
}

/// One missing target: its id, a chooser of a target to move its records
/// to, and a button that deletes them.
#[component]
fn MissingTarget(
    /// The id the records name.
    missing: TargetId,
) -> impl IntoView {
    let app = use_app();
    let m = move || app.msgs().records;
    let chosen = RwSignal::new(String::new());
    let options = move || {
        app.doc.with(|d| {
            d.plan
                .targets()
                .map(|(_, t)| (t.id.0.clone(), t.title.clone()))
                .collect::<Vec<_>>()
        })
    };
    let relink = {
        let missing = missing.clone();
        move |_| {
            let to = chosen.get_untracked();
            if to.is_empty() {
                return;
            }
            let cmd = app.doc.with_untracked(|d| {
                unassigned::relink(d, &missing, &TargetId(to.clone()), app.now())
            });
            if let Some(cmd) = cmd {
                match app.dispatch(cmd) {
                    Ok(()) => app.notify(
                        |l| crate::i18n::msgs(l).records.relinked.to_string(),
                        ToastKind::Undoable,
                    ),
                    Err(e) => app.notify_refused(&e),
                }
            }
        }
    };
    let delete = {
        let missing = missing.clone();
        move |_| {
            let cmd = app
                .doc
                .with_untracked(|d| unassigned::delete_records(d, &missing, app.now()));
            if let Some(cmd) = cmd {
                match app.dispatch(cmd) {
                    Ok(()) => app.notify(
                        |l| crate::i18n::msgs(l).records.deleted.to_string(),
                        ToastKind::Undoable,
                    ),
                    Err(e) => app.notify_refused(&e),
                }
            }
        }
    };
    let id = missing.0.clone();
    view! {
        <div class="btn-row unassigned-target" data-missing=id.clone()>
            <span>{move || m().missing_target}<code>{id.clone()}</code></span>
            <label>
                <span class="visually-hidden">{move || m().move_to}</span>
                <select on:change=move |e| chosen.set(event_target_value(&e)) prop:value=move || chosen.get()>
                    <option value="">{move || m().choose_target}</option>
                    {move || options().into_iter().map(|(value, title)| view! { <option value=value>{title}</option> }).collect_view()}
                </select>
            </label>
            <button type="button" class="btn" on:click=relink>{move || m().relink}</button>
            <button type="button" class="btn btn-quiet" on:click=delete>{move || m().delete_records}</button>
        </div>
    }
}
