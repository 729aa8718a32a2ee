//! Starting a new plan: from the template, from a blank page, or this plan
//! carried into next year, each after a confirmation and undoable.

use chrono::Datelike;
use leptos::prelude::*;

use crate::present::fill;

use crate::app::actions;
use crate::app::state::use_app;
use crate::app::state::ToastKind;
use crate::plan::Document;
use crate::present::next_year_plan;

/// Which new plan the user is about to start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NewPlanChoice {
    Template,
    Blank,
    NextYear,
}

/// Start a new plan: from the template, blank, or this plan in next year.
#[component]
pub(super) fn NewPlan() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let pending = RwSignal::new(None::<NewPlanChoice>);
    let year = move || app.doc.with(|d| d.plan.start.year());
    let question = move || match pending.get() {
        Some(NewPlanChoice::Template) => {
            fill(m().confirm_template, &[&app.today().year().to_string()])
        }
        Some(NewPlanChoice::Blank) => m().confirm_blank.to_string(),
        Some(NewPlanChoice::NextYear) => fill(m().confirm_next, &[&(year() + 1).to_string()]),
        None => String::new(),
    };
    let confirm = move |_| {
        let Some(choice) = pending.get_untracked() else {
            return;
        };
        pending.set(None);
        match choice {
            NewPlanChoice::Blank => actions::start_blank(app),
            NewPlanChoice::Template | NewPlanChoice::NextYear => {
                let unit = app.doc.with_untracked(|d| d.unit.clone());
                let mut plan = match choice {
                    NewPlanChoice::Template => crate::seed::default_plan(app.today().year()),
                    _ => app.doc.with_untracked(|d| next_year_plan(&d.plan)),
                };
                plan.updated_at = app.now();
                let doc = Document {
                    reports: Default::default(),
                    notices: Default::default(),
                    unit,
                    plan,
                    activities: Vec::new(),
                    readings: Vec::new(),
                    tombstones: Vec::new(),
                };
                if app.replace_document(doc).is_ok() {
                    app.notify(
                        move |l| crate::i18n::plan::msgs(l).replaced.to_string(),
                        ToastKind::Undoable,
                    );
                }
            }
        }
    };
    let choose = move |c: NewPlanChoice| move |_| pending.set(Some(c));
    view! {
        <section class="card new-plan" aria-labelledby="new-plan-title">
            <h3 id="new-plan-title">{move || m().new_plan}</h3>
            <p class="field-hint">{move || m().new_plan_hint}</p>
            <div class="actions">
                <button type="button" class="btn" on:click=choose(NewPlanChoice::Template)>{move || m().from_template}</button>
                <button type="button" class="btn" on:click=choose(NewPlanChoice::Blank)>{move || m().from_blank}</button>
                <button type="button" class="btn" on:click=choose(NewPlanChoice::NextYear)>{move || m().next_year}</button>
                <a class="btn" id="intake-link" href="#/intake">{move || crate::i18n::intake::msgs(app.lang.get()).link}</a>
            </div>
            <Show when=move || pending.get().is_some()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-q">
                    <p id="confirm-q">{question}</p>
                    <div class="actions">
                        <button type="button" class="btn btn-danger" on:click=confirm>{move || m().confirm}</button>
                        <button type="button" class="btn" on:click=move |_| pending.set(None)>{move || m().cancel}</button>
                    </div>
                </div>
            </Show>
            <datalist id="plan-unit-options">
                {move || app.doc.with(|d| d.plan.units.clone()).into_iter().map(|u| view! { <option value=u></option> }).collect_view()}
            </datalist>
        </section>
    }
}
