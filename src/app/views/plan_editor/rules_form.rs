//! The office's rules (督办规则) in the plan editor: how 序时进度 is counted,
//! a preset or custom thresholds, and the due-soon days. Saved on their own
//! as one undoable `SetPlan` of the stored plan with the new rules; a bad
//! value shows its message next to its field and nothing is saved. The
//! reporting cycle (`Rules::reporting`, `grace_days`) is kept as it is.

use leptos::prelude::*;

use crate::command::Command;
use crate::i18n::rules::msgs;
use crate::plan::Rules;
use crate::rules::{
    pace_index, pace_name, Preset, RuleError, RuleField, Thresholds, ThresholdsForm, PACES,
};

use crate::app::state::{use_app, ToastKind};

/// The rules section.
#[component]
pub(super) fn RulesEditor() -> impl IntoView {
    let app = use_app();
    let m = move || msgs(app.lang.get());
    let stored = Memo::new(move |_| app.doc.with(|d| d.plan.rules));
    let pace = RwSignal::new(stored.get_untracked().pace);
    let form = RwSignal::new(ThresholdsForm::of(Thresholds::of(&stored.get_untracked())));
    let errors = RwSignal::new(Vec::<RuleError>::new());
    // Saved, undone or replaced: the form shows the stored rules again.
    Effect::new(move |_| {
        let r = stored.get();
        pace.set(r.pace);
        form.set(ThresholdsForm::of(Thresholds::of(&r)));
        errors.set(Vec::new());
    });
    let edit = move |f: fn(&mut ThresholdsForm, String)| {
        move |e: leptos::ev::Event| {
            let v = event_target_value(&e);
            form.update(|x| f(x, v));
            errors.set(form.with_untracked(|x| x.parse().err().unwrap_or_default()));
        }
    };
    let preset = move || {
        form.with(|f| f.parse().ok())
            .and_then(|t| Preset::of(&t.apply(Rules::by_day())))
            .map_or("custom", Preset::as_str)
    };
    let pick = move |e: leptos::ev::Event| {
        if let Some(p) = Preset::from_name(&event_target_value(&e)) {
            form.set(ThresholdsForm::of(p.thresholds()));
            errors.set(Vec::new());
        }
    };
    let save = move |_| {
        let parsed = form.with_untracked(ThresholdsForm::parse);
        match parsed {
            Err(e) => errors.set(e),
            Ok(t) => {
                errors.set(Vec::new());
                let mut plan = app.doc.with_untracked(|d| d.plan.clone());
                let rules = t.apply(Rules {
                    pace: pace.get_untracked(),
                    ..plan.rules
                });
                if rules == plan.rules {
                    return;
                }
                plan.rules = rules;
                plan.updated_at = app.now();
                match app.dispatch(Command::SetPlan(plan)) {
                    Ok(()) => app.notify(|l| msgs(l).saved.to_string(), ToastKind::Undoable),
                    Err(e) => app.notify_refused(&e),
                }
            }
        }
    };
    let problem = move |field: RuleField| {
        move || {
            let lang = app.lang.get();
            errors.with(|es| {
                es.iter()
                    .filter(|e| e.field == field)
                    .map(|e| view! { <span class="field-error" role="alert" data-field=field.as_str()>{e.message(lang)}</span> })
                    .collect_view()
            })
        }
    };
    let paces = move || {
        let words = m().paces;
        PACES
            .iter()
            .map(|p| view! { <option value=pace_name(*p) selected=move || pace.get() == *p>{words[pace_index(*p)]}</option> })
            .collect_view()
    };
    let presets = move || {
        let lang = app.lang.get();
        Preset::ALL
            .iter()
            .map(|p| view! { <option value=p.as_str() selected=move || preset() == p.as_str()>{p.label(lang)}</option> })
            .collect_view()
    };
    view! {
        <section class="card rules-editor" aria-labelledby="rules-title">
            <h3 id="rules-title">{move || m().heading}</h3>
            <p class="field-hint">{move || m().note}</p>
            <div class="form-row">
                <label class="field">
                    <span>{move || m().pace}</span>
                    <select id="rules-pace" prop:value=move || pace_name(pace.get()) on:change=move |e| {
                        let v = event_target_value(&e);
                        if let Some(p) = PACES.iter().find(|p| pace_name(**p) == v) { pace.set(*p) }
                    }>
                        {paces}
                    </select>
                </label>
                <label class="field field-grow">
                    <span>{move || m().preset}</span>
                    <select id="rules-preset" prop:value=preset on:change=pick>
                        {presets}
                        <option value="custom" selected=move || preset() == "custom">{move || m().custom}</option>
                    </select>
                </label>
            </div>
            <div class="form-row">
                <label class="field">
                    <span>{move || m().behind_from}</span>
                    <input id="rules-behind-from" type="text" inputmode="numeric"
                        prop:value=move || form.with(|f| f.behind_from.clone())
                        on:input=edit(|f, v| f.behind_from = v)/>
                    <span class="field-hint">{move || m().behind_hint}</span>
                    {problem(RuleField::BehindFrom)}
                </label>
                <label class="field">
                    <span>{move || m().far_behind_from}</span>
                    <input id="rules-far-behind-from" type="text" inputmode="numeric"
                        prop:value=move || form.with(|f| f.far_behind_from.clone())
                        on:input=edit(|f, v| f.far_behind_from = v)/>
                    <span class="field-hint">{move || m().far_behind_hint}</span>
                    {problem(RuleField::FarBehindFrom)}
                </label>
                <label class="field">
                    <span>{move || m().near_points}</span>
                    <input id="rules-near-points" type="text" inputmode="numeric"
                        prop:value=move || form.with(|f| f.near_points.clone())
                        on:input=edit(|f, v| f.near_points = v)/>
                    {problem(RuleField::NearPoints)}
                </label>
                <label class="field">
                    <span>{move || m().due_soon_days}</span>
                    <input id="rules-due-soon-days" type="text" inputmode="numeric"
                        prop:value=move || form.with(|f| f.due_soon_days.clone())
                        on:input=edit(|f, v| f.due_soon_days = v)/>
                    {problem(RuleField::DueSoonDays)}
                </label>
            </div>
            <button id="rules-save" type="button" class="btn btn-primary" on:click=save>
                {move || m().save}
            </button>
        </section>
    }
}
