//! One target in the editor: its common fields, its kind, moving and deleting.

use leptos::prelude::*;

use crate::plan::kind;
use crate::plan::{Plan, Target, TargetId};
use crate::present::{goal_text, kind_name};

use super::kind_fields::KindFields;
use super::{target_path, use_draft, Problems};
use crate::app::state::use_app;

/// Turns target `t` into one of kind `key` by the plan's one switch
/// ([`kind::switch_kind`]): a per-person target applies to the whole
/// roster, a milestone without a date is due at the plan's end.
fn switch_kind(t: &mut Target, key: &str, plan: &Plan) {
    let people: Vec<String> = plan.people.iter().map(|p| p.name.clone()).collect();
    let ctx = kind::Context {
        end: plan.end,
        people: &people,
    };
    // The menu offers only the kinds' own names, which the switch takes.
    if let Ok(s) = kind::switch_kind(&t.kind, t.due, key, &ctx) {
        t.kind = s.kind;
        t.due = s.due;
        if let Some(unit) = s.unit {
            t.unit = unit.into();
        }
    }
}

/// One target with the fields of its kind.
#[component]
pub(super) fn TargetEditor(id: TargetId) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let draft = use_draft();
    let plan = draft.plan;
    let tid = StoredValue::new(id);
    let get = move |f: fn(&Target) -> String| {
        move || plan.with(|p| p.target(&tid.get_value()).map(f).unwrap_or_default())
    };
    let set = move |f: fn(&mut Target, String)| {
        move |e: leptos::ev::Event| {
            let v = event_target_value(&e);
            draft.target(&tid.get_value(), |t| f(t, v));
        }
    };
    let path = Memo::new(move |_| plan.with(|p| target_path(p, &tid.get_value())));
    let kind_tag = Memo::new(move |_| {
        plan.with(|p| {
            p.target(&tid.get_value())
                .map(|t| t.kind.as_str())
                .unwrap_or("count")
        })
    });
    let summary = move || {
        let lang = app.lang.get();
        plan.with(|p| {
            p.target(&tid.get_value())
                .map(|t| {
                    (
                        t.title.clone(),
                        format!("{} · {}", kind_name(&t.kind, lang), goal_text(t, lang)),
                    )
                })
                .unwrap_or_default()
        })
    };
    let n_problems = move || path.with(|p| draft.messages(p, app.lang.get()).len());
    let rm = move || crate::i18n::rules::msgs(app.lang.get());
    let flag = move |f: fn(&Target) -> bool| {
        move || plan.with(|p| p.target(&tid.get_value()).is_some_and(f))
    };
    let suggestion = get(|t| t.suggestion.clone());
    let has_suggestion = move || !suggestion().trim().is_empty();
    let shift = move |delta: isize| {
        plan.update(|p| {
            for s in &mut p.sections {
                if let Some(i) = s.targets.iter().position(|t| t.id == tid.get_value()) {
                    let j = i as isize + delta;
                    if j >= 0 && (j as usize) < s.targets.len() {
                        s.targets.swap(i, j as usize);
                    }
                    return;
                }
            }
        })
    };
    let is_new = plan.with_untracked(|p| {
        p.target(&tid.get_value()).is_some_and(|t| {
            t.title == crate::i18n::plan::msgs(app.lang.get_untracked()).new_target
        })
    });
    let kinds = move || {
        let lang = app.lang.get();
        let current = kind_tag.get();
        kind::KINDS
            .iter()
            .map(|k| {
                let key = k.key();
                view! { <option value=key selected=key == current>{k.name(lang)}</option> }
            })
            .collect_view()
    };
    view! {
        <li class="target-editor" class:has-problems=move || { n_problems() > 0 } data-target=move || tid.get_value().to_string()>
            <details open=is_new>
                <summary>
                    <span class="summary-title">{move || summary().0}</span>
                    <span class="summary-goal">{move || summary().1}</span>
                    <Show when=has_suggestion>
                        <span class="suggestion-mark" title=suggestion>{move || rm().suggestion}</span>
                    </Show>
                    <Show when=move || { n_problems() > 0 }>
                        <span class="status-badge status-red">"!" {n_problems}</span>
                    </Show>
                </summary>
                <Show when=has_suggestion>
                    <p class="field-hint suggestion-line">
                        <span class="suggestion-mark">{move || rm().suggestion}</span>" "{suggestion}
                    </p>
                </Show>
                <div class="form-grid">
                    <label class="field field-wide">
                        <span>{move || m().target_title}</span>
                        <input type="text" prop:value=get(|t| t.title.clone()) on:input=set(|t, v| t.title = v)/>
                        {move || view! { <Problems path=format!("{}.title", path.get())/> }}
                    </label>
                    <label class="field">
                        <span>{move || m().kind}</span>
                        <select
                            prop:value=move || kind_tag.get()
                            on:change=move |e| {
                                let v = event_target_value(&e);
                                plan.update(|p| {
                                    let snapshot = p.clone();
                                    if let Some(t) = p.sections.iter_mut().flat_map(|s| s.targets.iter_mut()).find(|t| t.id == tid.get_value()) {
                                        switch_kind(t, &v, &snapshot);
                                    }
                                });
                            }
                        >
                            {kinds}
                        </select>
                    </label>
                    <label class="field">
                        <span>{move || m().unit}</span>
                        <input type="text" placeholder=move || m().unit_hint prop:value=get(|t| t.unit.clone()) on:input=set(|t, v| t.unit = v.trim().to_string())/>
                    </label>
                    <label class="field">
                        <span>{move || m().lead}</span>
                        <input type="text" list="plan-unit-options" prop:value=get(|t| t.lead_unit.clone()) on:input=set(|t, v| t.lead_unit = v.trim().to_string())/>
                    </label>
                    <label class="field">
                        <span>{move || m().owner}</span>
                        <input type="text" prop:value=get(|t| t.owner.clone()) on:input=set(|t, v| t.owner = v.trim().to_string())/>
                    </label>
                    <label class="field field-narrow">
                        <span>{move || m().weight}</span>
                        <input type="number" min="1" step="1" prop:value=get(|t| t.weight.to_string())
                            on:input=set(|t, v| t.weight = v.trim().parse().unwrap_or(0))/>
                        {move || view! { <Problems path=format!("{}.weight", path.get())/> }}
                    </label>
                </div>
                <div class="form-row target-flags">
                    <label class="field-inline" title=move || rm().annual_hint>
                        <input type="checkbox" class="target-annual" prop:checked=flag(|t| t.annual)
                            on:change=move |e| { let on = event_target_checked(&e); draft.target(&tid.get_value(), |t| t.annual = on); }/>
                        <span>{move || rm().annual}</span>
                        <span class="field-hint">{move || rm().annual_hint}</span>
                    </label>
                    <Show when=move || kind::by_key(kind_tag.get()).is_some_and(|k| k.counts_readings())>
                        <label class="field-inline" title=move || rm().zero_readings_hint>
                            <input type="checkbox" class="target-zero-readings" prop:checked=flag(|t| t.zero_readings)
                                on:change=move |e| { let on = event_target_checked(&e); draft.target(&tid.get_value(), |t| t.zero_readings = on); }/>
                            <span>{move || rm().zero_readings}</span>
                            <span class="field-hint">{move || rm().zero_readings_hint}</span>
                        </label>
                    </Show>
                </div>
                {move || view! { <KindFields id=tid.get_value() tag=kind_tag.get() path=path.get()/> }}
                <div class="target-tools">
                    <button type="button" class="btn btn-small btn-quiet" aria-label=move || m().move_up title=move || m().move_up on:click=move |_| shift(-1)>"↑"</button>
                    <button type="button" class="btn btn-small btn-quiet" aria-label=move || m().move_down title=move || m().move_down on:click=move |_| shift(1)>"↓"</button>
                    <super::delete_target::DeleteTarget id=tid.get_value()/>
                </div>
            </details>
        </li>
    }
}
