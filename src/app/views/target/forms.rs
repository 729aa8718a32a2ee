//! Recording on a target page: a reading, or the activity that completes a
//! milestone.

use leptos::prelude::*;

use crate::command::Command;
use crate::fixed::Fixed;
use crate::plan::kind::ratio;
use crate::plan::{Activity, ActivityId, Reading, ReadingId, ReadingValue, Target, TargetId};
use crate::present::{fill, parse_date};

use crate::app::state::{use_app, ToastKind};

/// Records a reading: a value, or numerator and denominator for a ratio.
#[component]
pub(super) fn ReadingForm(id: TargetId, target: Memo<Option<Target>>) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::target::msgs(app.lang.get());
    let date = RwSignal::new(
        app.as_of
            .get_untracked()
            .min(app.today())
            .format("%Y-%m-%d")
            .to_string(),
    );
    let value = RwSignal::new(String::new());
    let num = RwSignal::new(String::new());
    let den = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let ratio_labels = move || {
        target.with(|t| {
            let (n, d) = ratio::labels(&t.as_ref()?.kind)?;
            Some((n.to_string(), d.to_string()))
        })
    };
    let unit = move || target.with(|t| t.as_ref().map(|t| t.unit.clone()).unwrap_or_default());
    let tid = StoredValue::new(id);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let tm = crate::i18n::target::msgs(app.lang.get_untracked());
        let Some(day) = parse_date(&date.get_untracked()) else {
            error.set(Some(
                crate::i18n::ledger::msgs(app.lang.get_untracked())
                    .bad_date
                    .to_string(),
            ));
            return;
        };
        let reading_value = if ratio_labels().is_some() {
            match (
                num.get_untracked().trim().parse::<u64>(),
                den.get_untracked().trim().parse::<u64>(),
            ) {
                // 0 of 0 goes on to the document's checks, which take it
                // only for a target that allows 0/0 readings.
                (Ok(n), Ok(d)) if n <= d => ReadingValue::Counts {
                    numerator: n,
                    denominator: d,
                },
                _ => {
                    error.set(Some(tm.reading_bad_counts.to_string()));
                    return;
                }
            }
        } else {
            match value.get_untracked().parse::<Fixed>() {
                Ok(v) => ReadingValue::Value(v),
                Err(_) => {
                    error.set(Some(tm.reading_bad.to_string()));
                    return;
                }
            }
        };
        let reading = Reading {
            recorded_by: app.doc.with_untracked(|d| d.unit.clone()),
            evidence: Vec::new(),
            id: ReadingId(app.new_id("r")),
            target: tid.get_value(),
            date: day,
            value: reading_value,
            notes: notes.get_untracked().trim().to_string(),
            updated_at: app.now(),
        };
        match app.dispatch(Command::AddReading(reading)) {
            Ok(()) => {
                app.notify(
                    |l| crate::i18n::target::msgs(l).reading_added.to_string(),
                    ToastKind::Undoable,
                );
                value.set(String::new());
                num.set(String::new());
                den.set(String::new());
                notes.set(String::new());
                error.set(None);
            }
            Err(e) => error.set(Some(app.error_text(&e))),
        }
    };
    view! {
        <form class="card reading-form no-print" on:submit=submit aria-labelledby="reading-title" novalidate>
            <h3 id="reading-title">{move || m().add_reading}</h3>
            <div class="form-row">
                <label class="field">
                    <span>{move || m().reading_date}</span>
                    <input type="date" prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/>
                </label>
                <Show
                    when=move || ratio_labels().is_some()
                    fallback=move || view! {
                        <label class="field">
                            <span>{move || { let u = unit(); if u.trim().is_empty() { m().reading_value.to_string() } else { fill(m().with_unit, &[m().reading_value, &u]) } }}</span>
                            <input type="text" inputmode="decimal" required prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e))/>
                        </label>
                    }
                >
                    <label class="field">
                        <span>{move || ratio_labels().map(|(n, _)| n).unwrap_or_default()}</span>
                        <input type="number" min="0" step="1" inputmode="numeric" prop:value=move || num.get() on:input=move |e| num.set(event_target_value(&e))/>
                    </label>
                    <label class="field">
                        <span>{move || ratio_labels().map(|(_, d)| d).unwrap_or_default()}</span>
                        <input type="number" min="0" step="1" inputmode="numeric" prop:value=move || den.get() on:input=move |e| den.set(event_target_value(&e))/>
                    </label>
                </Show>
                <label class="field field-grow">
                    <span>{move || m().reading_notes}</span>
                    <input type="text" prop:value=move || notes.get() on:input=move |e| notes.set(event_target_value(&e))/>
                </label>
                <div class="field field-submit">
                    <button type="submit" class="btn btn-primary">{move || m().reading_save}</button>
                </div>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}

/// Records the activity that completes a milestone.
#[component]
pub(super) fn MilestoneForm(id: TargetId, target: Memo<Option<Target>>) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::target::msgs(app.lang.get());
    let date = RwSignal::new(
        app.as_of
            .get_untracked()
            .min(app.today())
            .format("%Y-%m-%d")
            .to_string(),
    );
    let title = RwSignal::new(String::new());
    let notes = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let tid = StoredValue::new(id);
    let default_title = move || {
        let t = target.with(|t| t.as_ref().map(|t| t.title.clone()).unwrap_or_default());
        fill(m().milestone_default, &[&t])
    };
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some(day) = parse_date(&date.get_untracked()) else {
            error.set(Some(
                crate::i18n::ledger::msgs(app.lang.get_untracked())
                    .bad_date
                    .to_string(),
            ));
            return;
        };
        let mut text = title.get_untracked().trim().to_string();
        if text.is_empty() {
            text = untrack(default_title);
        }
        let lead =
            target.with_untracked(|t| t.as_ref().map(|t| t.lead_unit.clone()).unwrap_or_default());
        let activity = Activity {
            recorded_by: app.doc.with_untracked(|d| d.unit.clone()),
            evidence: Vec::new(),
            id: ActivityId(app.new_id("a")),
            date: day,
            title: text.clone(),
            targets: vec![tid.get_value()],
            quantity: 1,
            people: Vec::new(),
            lead_unit: lead,
            notes: notes.get_untracked().trim().to_string(),
            updated_at: app.now(),
        };
        match app.dispatch(Command::AddActivity(activity)) {
            Ok(()) => app.notify(
                move |l| fill(crate::i18n::target::msgs(l).milestone_done, &[&text]),
                ToastKind::Undoable,
            ),
            Err(e) => error.set(Some(app.error_text(&e))),
        }
    };
    view! {
        <form class="card milestone-form no-print" on:submit=submit aria-labelledby="ms-title" novalidate>
            <h3 id="ms-title">{move || m().milestone_title}</h3>
            <p class="field-hint">{move || m().milestone_hint}</p>
            <div class="form-row">
                <label class="field">
                    <span>{move || m().col_date}</span>
                    <input type="date" prop:value=move || date.get() on:input=move |e| date.set(event_target_value(&e))/>
                </label>
                <label class="field field-grow">
                    <span>{move || m().col_title}</span>
                    <input type="text" placeholder=default_title prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e))/>
                </label>
                <label class="field field-grow">
                    <span>{move || m().col_notes}</span>
                    <input type="text" prop:value=move || notes.get() on:input=move |e| notes.set(event_target_value(&e))/>
                </label>
                <div class="field field-submit">
                    <button type="submit" class="btn btn-primary">{move || m().milestone_save}</button>
                </div>
            </div>
            <p class="field-error" role="alert">{move || error.get()}</p>
        </form>
    }
}
