//! Deleting a target from the draft. A target that records count toward
//! asks first: how many activities and readings name it, and whether to
//! keep them as unassigned, move them to another target, or delete them
//! with it. The answer is kept in the draft and carried out, with the plan,
//! as one undoable change when the plan is saved
//! ([`crate::unassigned::remove_targets`]).

use leptos::prelude::*;

use crate::plan::TargetId;
use crate::unassigned::{count_pointing, RecordsChoice};

use super::use_draft;
use crate::app::state::use_app;

/// The delete button of one target and, when records name it, the
/// question asked before it goes.
#[component]
pub(super) fn DeleteTarget(
    /// The target.
    id: TargetId,
) -> impl IntoView {
    let app = use_app();
    let draft = use_draft();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let r = move || app.msgs().records;
    let tid = StoredValue::new(id);
    let asking = RwSignal::new(false);
    // "keep", "move" or "delete".
    let pick = RwSignal::new(String::from("keep"));
    let move_to = RwSignal::new(String::new());
    let remove = move || {
        draft.plan.update(|p| {
            for s in &mut p.sections {
                s.targets.retain(|t| t.id != tid.get_value());
            }
        })
    };
    let counts = move || app.doc.with(|d| count_pointing(d, &tid.get_value()));
    let on_delete = move |_| {
        if counts() == (0, 0) {
            remove();
        } else {
            asking.set(true);
        }
    };
    let confirm = move |_| {
        let choice = match pick.get_untracked().as_str() {
            "move" => {
                let to = move_to.get_untracked();
                if to.is_empty() {
                    return;
                }
                RecordsChoice::MoveTo(TargetId(to))
            }
            "delete" => RecordsChoice::Delete,
            _ => RecordsChoice::Keep,
        };
        draft.choices.update(|c| {
            c.insert(tid.get_value(), choice);
        });
        asking.set(false);
        remove();
    };
    let others = move || {
        draft.plan.with(|p| {
            p.targets()
                .filter(|(_, t)| t.id != tid.get_value())
                .map(|(_, t)| (t.id.0.clone(), t.title.clone()))
                .collect::<Vec<_>>()
        })
    };
    let radio =
        move |value: &'static str,
              label: fn(&crate::i18n::records::RecordsMsgs) -> &'static str| {
            view! {
                <label class="choice">
                    <input type="radio" name=move || format!("records-{}", tid.get_value())
                        prop:checked=move || pick.get() == value
                        on:change=move |_| pick.set(value.to_string())/>
                    {move || label(r())}
                </label>
            }
        };
    view! {
        <button type="button" class="btn btn-small btn-danger" on:click=on_delete>{move || m().delete_target}</button>
        <Show when=move || asking.get()>
            <div class="delete-target-ask" role="group" data-testid="delete-target-ask"
                aria-label=move || r().delete_target_title>
                <p>
                    <strong>{move || r().delete_target_title}</strong>" "
                    {move || {
                        let (a, n) = counts();
                        let mut text = format!("{}{a}{}", r().delete_target_body, r().activities_unit);
                        if n > 0 {
                            text.push_str(&format!("、{n}{}", r().readings_unit));
                        }
                        text
                    }}
                </p>
                {radio("keep", |x| x.keep_unassigned)}
                <div class="btn-row">
                    {radio("move", |x| x.move_records)}
                    <select aria-label=move || r().move_to
                        on:change=move |e| { move_to.set(event_target_value(&e)); pick.set("move".into()); }
                        prop:value=move || move_to.get()>
                        <option value="">{move || r().choose_target}</option>
                        {move || others().into_iter().map(|(v, t)| view! { <option value=v>{t}</option> }).collect_view()}
                    </select>
                </div>
                {radio("delete", |x| x.delete_with)}
                <div class="btn-row">
                    <button type="button" class="btn btn-small btn-danger" on:click=confirm>{move || r().confirm_delete}</button>
                    <button type="button" class="btn btn-small" on:click=move |_| asking.set(false)>{move || r().cancel}</button>
                </div>
            </div>
        </Show>
    }
}
