//! The fields of a target's kind, drawn from the kind's own description
//! ([`crate::plan::kind::Kind::fields`]): a label, an input by its type,
//! and the validation messages at the field's path. A figure's text is
//! parsed by the kind; text it refuses stays in the box with the reason
//! and changes nothing.

use leptos::prelude::*;

use crate::plan::kind::{self, Field, FieldSpec, Input};
use crate::plan::TargetId;

use super::{use_draft, Problems};
use crate::app::state::use_app;

/// The fields of one kind of target (`tag` is the kind's stable name).
#[component]
pub(super) fn KindFields(id: TargetId, tag: &'static str, path: String) -> impl IntoView {
    let Some(k) = kind::by_key(tag) else {
        return ().into_any();
    };
    let mut specs: Vec<(FieldSpec, String)> = k
        .fields()
        .iter()
        .map(|s| (*s, format!("{path}.goal.{}", s.field.key())))
        .collect();
    if k.has_due() {
        // The target's own due date, beside the kind's figures.
        let due = FieldSpec {
            field: Field::Due,
            input: Input::Date,
            label: |l| kind::words(l).due,
        };
        specs.push((due, format!("{path}.due")));
    }
    let tid = StoredValue::new(id);
    view! {
        <div class="form-grid kind-fields">
            {specs.into_iter().map(|(spec, problems)| field(tid, spec, problems)).collect_view()}
        </div>
    }
    .into_any()
}

/// One field: its label and input, what was refused, and the validation
/// messages at `problems`.
fn field(tid: StoredValue<TargetId>, spec: FieldSpec, problems: String) -> impl IntoView {
    let app = use_app();
    let draft = use_draft();
    let plan = draft.plan;
    let f = spec.field;
    let current = move || {
        plan.with(|p| {
            p.target(&tid.get_value())
                .map(|t| kind::text(&t.kind, t.due, f))
                .unwrap_or_default()
        })
    };
    let refused = RwSignal::new(None::<kind::FieldError>);
    // Sets the field from text through the kind; refused text changes nothing.
    let write = move |text: String| {
        let mut got = Ok(());
        draft.target(&tid.get_value(), |t| {
            let (mut k, mut due) = (t.kind.clone(), t.due);
            got = kind::set(&mut k, &mut due, f, &text);
            if got.is_ok() {
                (t.kind, t.due) = (k, due);
            }
        });
        refused.set(got.err());
    };
    let label = move || (spec.label)(app.lang.get());
    let error = move || {
        refused
            .get()
            .map(|e| view! { <span class="field-error">{e.message(app.lang.get())}</span> })
    };
    let wide = matches!(spec.input, Input::Text);
    let input = match spec.input {
        Input::Whole | Input::Decimal | Input::Text => {
            let text = RwSignal::new(current());
            let (ty, mode) = match spec.input {
                Input::Whole => ("number", "numeric"),
                Input::Decimal => ("text", "decimal"),
                _ => ("text", "text"),
            };
            view! {
                <input type=ty inputmode=mode
                    min=(ty == "number").then_some("0") step=(ty == "number").then_some("1")
                    aria-invalid=move || refused.with(Option::is_some).to_string()
                    prop:value=move || text.get()
                    on:input=move |e| {
                        let v = event_target_value(&e);
                        text.set(v.clone());
                        write(v);
                    }/>
            }
            .into_any()
        }
        Input::Date => view! {
            <input type="date" prop:value=current on:change=move |e| write(event_target_value(&e))/>
        }
        .into_any(),
        Input::Choice(choices) => {
            let options = move || {
                let lang = app.lang.get();
                let now = current();
                choices
                    .iter()
                    .map(|(value, words)| {
                        view! { <option value=*value selected=*value == now>{words(lang)}</option> }
                    })
                    .collect_view()
            };
            view! { <select on:change=move |e| write(event_target_value(&e))>{options}</select> }
                .into_any()
        }
        Input::People => return people(tid, label, write, problems).into_any(),
    };
    view! {
        <label class="field" class:field-narrow=!wide>
            <span>{label}</span>
            {input}
            {error}
            <Problems path=problems/>
        </label>
    }
    .into_any()
}

/// The roster of a per-person target: a box for each person of the plan.
fn people(
    tid: StoredValue<TargetId>,
    label: impl Fn() -> &'static str + Send + Sync + Copy + 'static,
    write: impl Fn(String) + Send + Sync + Copy + 'static,
    problems: String,
) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let plan = use_draft().plan;
    let people = Memo::new(move |_| {
        plan.with(|p| {
            p.people
                .iter()
                .map(|x| x.name.clone())
                .filter(|n| !n.is_empty())
                .collect::<Vec<_>>()
        })
    });
    let roster = Memo::new(move |_| {
        plan.with(|p| {
            p.target(&tid.get_value())
                .map(|t| kind::text(&t.kind, t.due, Field::Roster))
                .unwrap_or_default()
                .split('、')
                .filter(|n| !n.is_empty())
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <fieldset class="field roster-field">
            <legend>{label}</legend>
            <Show when=move || people.with(|p| !p.is_empty()) fallback=move || view! { <p class="field-hint">{move || m().roster_empty}</p> }>
                <For each=move || people.get() key=|n| n.clone() let:name>
                    {
                    let n1 = name.clone();
                    let checked = move || roster.with(|r| r.contains(&n1));
                    let n2 = name.clone();
                    view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=checked
                                on:change=move |e| {
                                    let on = event_target_checked(&e);
                                    let mut list = roster.get_untracked();
                                    list.retain(|x| x != &n2);
                                    if on {
                                        list.push(n2.clone());
                                    }
                                    write(list.join("、"));
                                }/>
                            {name}
                        </label>
                    }
                    }
                </For>
            </Show>
            <Problems path=problems/>
        </fieldset>
    }
}
