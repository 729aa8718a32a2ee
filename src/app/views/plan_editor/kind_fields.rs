//! The fields of each kind of target.

use leptos::prelude::*;

use crate::fixed::Fixed;
use crate::plan::{Better, Cadence, Direction, TargetId, TargetKind};
use crate::present::{cadence_name, parse_date};

use super::{use_draft, Problems};
use crate::app::state::use_app;

/// The fields of one kind of target.
#[component]
pub(super) fn KindFields(id: TargetId, tag: &'static str, path: String) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let draft = use_draft();
    let plan = draft.plan;
    let tid = StoredValue::new(id);
    let kind = move || plan.with(|p| p.target(&tid.get_value()).map(|t| t.kind.clone()));
    let edit = move |f: Box<dyn FnOnce(&mut TargetKind)>| {
        draft.target(&tid.get_value(), |t| f(&mut t.kind))
    };
    let kp = format!("{path}.goal");
    let initial = kind();
    let body = match tag {
        "count" => number_field(
            move || m().count_target,
            move || match kind() { Some(TargetKind::Count { target }) => target, _ => 0 },
            move |n| edit(Box::new(move |k| if let TargetKind::Count { target } = k { *target = n })),
            format!("{kp}.target"),
        ).into_any(),
        "range" => view! {
            {number_field(
                move || m().range_min,
                move || match kind() { Some(TargetKind::Range { min, .. }) => min, _ => 0 },
                move |n| edit(Box::new(move |k| if let TargetKind::Range { min, .. } = k { *min = n })),
                format!("{kp}.min"),
            )}
            {number_field(
                move || m().range_max,
                move || match kind() { Some(TargetKind::Range { max, .. }) => max, _ => 0 },
                move |n| edit(Box::new(move |k| if let TargetKind::Range { max, .. } = k { *max = n })),
                format!("{kp}.max"),
            )}
        }.into_any(),
        "per_person" => {
            let people = Memo::new(move |_| plan.with(|p| p.people.iter().map(|x| x.name.clone()).filter(|n| !n.is_empty()).collect::<Vec<_>>()));
            let roster = Memo::new(move |_| match kind() { Some(TargetKind::PerPerson { roster, .. }) => roster, _ => Vec::new() });
            let rp = format!("{kp}.roster");
            view! {
                {number_field(
                    move || m().each,
                    move || match kind() { Some(TargetKind::PerPerson { each, .. }) => each, _ => 0 },
                    move |n| edit(Box::new(move |k| if let TargetKind::PerPerson { each, .. } = k { *each = n })),
                    format!("{kp}.each"),
                )}
                <fieldset class="field roster-field">
                    <legend>{move || m().roster}</legend>
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
                                            let name = n2.clone();
                                            edit(Box::new(move |k| if let TargetKind::PerPerson { roster, .. } = k {
                                                roster.retain(|x| x != &name);
                                                if on { roster.push(name); }
                                            }));
                                        }/>
                                    {name}
                                </label>
                            }
                            }
                        </For>
                    </Show>
                    <Problems path=rp/>
                </fieldset>
            }.into_any()
        }
        "cadence" => {
            let every = move || match kind() { Some(TargetKind::Cadence { every, .. }) => every, _ => Cadence::Month };
            let options = move || {
                let lang = app.lang.get();
                [(Cadence::Week, "week"), (Cadence::Month, "month"), (Cadence::Quarter, "quarter"), (Cadence::Year, "year")]
                    .into_iter()
                    .map(|(c, v)| view! { <option value=v selected=every() == c>{cadence_name(c, lang)}</option> })
                    .collect_view()
            };
            view! {
                <label class="field field-narrow">
                    <span>{move || m().every}</span>
                    <select on:change=move |e| {
                        let c = match event_target_value(&e).as_str() {
                            "week" => Cadence::Week, "quarter" => Cadence::Quarter, "year" => Cadence::Year, _ => Cadence::Month,
                        };
                        edit(Box::new(move |k| if let TargetKind::Cadence { every, .. } = k { *every = c }));
                    }>{options}</select>
                </label>
                {number_field(
                    move || m().at_least,
                    move || match kind() { Some(TargetKind::Cadence { at_least, .. }) => at_least, _ => 0 },
                    move |n| edit(Box::new(move |k| if let TargetKind::Cadence { at_least, .. } = k { *at_least = n })),
                    format!("{kp}.at_least"),
                )}
            }.into_any()
        }
        "threshold" => {
            let (line, dir) = match &initial { Some(TargetKind::Threshold { line, direction }) => (*line, *direction), _ => (Fixed::ZERO, Direction::AtLeast) };
            view! {
                <label class="field field-narrow">
                    <span>{move || m().direction}</span>
                    <select on:change=move |e| {
                        let d = if event_target_value(&e) == "at_most" { Direction::AtMost } else { Direction::AtLeast };
                        edit(Box::new(move |k| if let TargetKind::Threshold { direction, .. } = k { *direction = d }));
                    }>
                        <option value="at_least" selected=dir == Direction::AtLeast>{move || m().at_least_dir}</option>
                        <option value="at_most" selected=dir == Direction::AtMost>{move || m().at_most_dir}</option>
                    </select>
                </label>
                {decimal_field(
                    move || m().line,
                    line,
                    move |f| edit(Box::new(move |k| if let TargetKind::Threshold { line, .. } = k { *line = f })),
                    format!("{kp}.line"),
                )}
            }.into_any()
        }
        "ratio" => {
            let (line, num, den) = match &initial { Some(TargetKind::Ratio { line, numerator, denominator }) => (*line, numerator.clone(), denominator.clone()), _ => (Fixed::ZERO, String::new(), String::new()) };
            view! {
                <label class="field">
                    <span>{move || m().numerator}</span>
                    <input type="text" value=num on:input=move |e| { let v = event_target_value(&e).trim().to_string(); edit(Box::new(move |k| if let TargetKind::Ratio { numerator, .. } = k { *numerator = v })); }/>
                </label>
                <label class="field">
                    <span>{move || m().denominator}</span>
                    <input type="text" value=den on:input=move |e| { let v = event_target_value(&e).trim().to_string(); edit(Box::new(move |k| if let TargetKind::Ratio { denominator, .. } = k { *denominator = v })); }/>
                </label>
                {decimal_field(
                    move || m().line_percent,
                    line,
                    move |f| edit(Box::new(move |k| if let TargetKind::Ratio { line, .. } = k { *line = f })),
                    format!("{kp}.line"),
                )}
            }.into_any()
        }
        "improvement" => {
            let (base, pct, better) = match &initial { Some(TargetKind::Improvement { baseline, percent, better }) => (*baseline, *percent, *better), _ => (Fixed::ZERO, Fixed::ZERO, Better::Lower) };
            view! {
                {decimal_field(
                    move || m().baseline,
                    base,
                    move |f| edit(Box::new(move |k| if let TargetKind::Improvement { baseline, .. } = k { *baseline = f })),
                    format!("{kp}.baseline"),
                )}
                {decimal_field(
                    move || m().percent,
                    pct,
                    move |f| edit(Box::new(move |k| if let TargetKind::Improvement { percent, .. } = k { *percent = f })),
                    format!("{kp}.percent"),
                )}
                <label class="field field-narrow">
                    <span>{move || m().better}</span>
                    <select on:change=move |e| {
                        let b = if event_target_value(&e) == "higher" { Better::Higher } else { Better::Lower };
                        edit(Box::new(move |k| if let TargetKind::Improvement { better, .. } = k { *better = b }));
                    }>
                        <option value="lower" selected=better == Better::Lower>{move || crate::i18n::target::msgs(app.lang.get()).better[1]}</option>
                        <option value="higher" selected=better == Better::Higher>{move || crate::i18n::target::msgs(app.lang.get()).better[0]}</option>
                    </select>
                </label>
            }.into_any()
        }
        "milestone" => {
            let due = move || match kind() { Some(TargetKind::Milestone { due }) => due.format("%Y-%m-%d").to_string(), _ => String::new() };
            view! {
                <label class="field field-narrow">
                    <span>{move || m().milestone_due}</span>
                    <input type="date" prop:value=due on:change=move |e| {
                        if let Some(d) = parse_date(&event_target_value(&e)) {
                            edit(Box::new(move |k| if let TargetKind::Milestone { due } = k { *due = d }));
                        }
                    }/>
                    <Problems path=format!("{kp}.due")/>
                </label>
            }.into_any()
        }
        _ => ().into_any(),
    };
    let cumulative = matches!(tag, "count" | "range" | "per_person");
    let due = move || {
        plan.with(|p| {
            p.target(&tid.get_value())
                .and_then(|t| t.due)
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default()
        })
    };
    view! {
        <div class="form-grid kind-fields">
            {body}
            <Show when=move || cumulative>
                <label class="field field-narrow">
                    <span>{move || m().due}</span>
                    <input type="date" prop:value=due on:change=move |e| {
                        let d = parse_date(&event_target_value(&e));
                        draft.target(&tid.get_value(), |t| t.due = d);
                    }/>
                    <Problems path=format!("{path}.due")/>
                </label>
            </Show>
        </div>
    }
}

/// A whole-number field of the target's kind.
fn number_field(
    label: impl Fn() -> &'static str + Send + Sync + Copy + 'static,
    value: impl Fn() -> u32 + Send + Sync + 'static,
    write: impl Fn(u32) + Send + Sync + 'static,
    problems: String,
) -> impl IntoView {
    view! {
        <label class="field field-narrow">
            <span>{label}</span>
            <input type="number" min="0" step="1" inputmode="numeric"
                prop:value=move || value().to_string()
                on:input=move |e| write(event_target_value(&e).trim().parse().unwrap_or(0))/>
            <Problems path=problems/>
        </label>
    }
}

/// A decimal field of the target's kind; text that is not a number stays
/// in the box with a message and changes nothing.
fn decimal_field(
    label: impl Fn() -> &'static str + Send + Sync + Copy + 'static,
    value: Fixed,
    write: impl Fn(Fixed) + Send + Sync + 'static,
    problems: String,
) -> impl IntoView {
    let app = use_app();
    let text = RwSignal::new(value.to_string());
    let bad = RwSignal::new(false);
    view! {
        <label class="field field-narrow">
            <span>{label}</span>
            <input type="text" inputmode="decimal"
                aria-invalid=move || bad.get().to_string()
                prop:value=move || text.get()
                on:input=move |e| {
                    let v = event_target_value(&e);
                    match v.parse::<Fixed>() {
                        Ok(f) => { bad.set(false); write(f); }
                        Err(_) => bad.set(true),
                    }
                    text.set(v);
                }/>
            <Show when=move || bad.get()>
                <span class="field-error">{move || crate::i18n::plan::msgs(app.lang.get()).not_a_number}</span>
            </Show>
            <Problems path=problems/>
        </label>
    }
}
