//! The roster of people and the lead units.

use leptos::prelude::*;

use crate::plan::Person;
use crate::present::fill;

use super::{use_draft, Problems};
use crate::app::state::use_app;

/// The roster of people.
#[component]
pub(super) fn PeopleEditor() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let plan = use_draft().plan;
    // Rows are redrawn only when a row is added or removed, so that typing
    // and tabbing through the names keeps the focus.
    let n = Memo::new(move |_| plan.with(|p| p.people.len()));
    let rows = move || {
        let pm = m();
        n.get()
            .pipe_range()
            .map(|i| {
                let name = move || plan.with(|p| p.people.get(i).map(|x| x.name.clone()).unwrap_or_default());
                let role = move || plan.with(|p| p.people.get(i).map(|x| x.role.clone()).unwrap_or_default());
                let label = move || fill(pm.remove_named, &[&name()]);
                view! {
                    <li class="list-row">
                        <input type="text" aria-label=pm.person_name placeholder=pm.person_name prop:value=name
                            on:change=move |e| { let v = event_target_value(&e).trim().to_string(); plan.update(|p| if let Some(x) = p.people.get_mut(i) { x.name = v }) }/>
                        <input type="text" aria-label=pm.person_role placeholder=pm.person_role prop:value=role
                            on:change=move |e| { let v = event_target_value(&e).trim().to_string(); plan.update(|p| if let Some(x) = p.people.get_mut(i) { x.role = v }) }/>
                        <button type="button" class="btn btn-small btn-quiet" aria-label=label title=label
                            on:click=move |_| plan.update(|p| { if i < p.people.len() { p.people.remove(i); } })>
                            {pm.remove}
                        </button>
                        <Problems path=format!("people[{i}]")/>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="people-title">
            <h3 id="people-title">{move || m().people}</h3>
            <p class="field-hint">{move || m().people_hint}</p>
            <ul class="edit-list">{rows}</ul>
            <button type="button" class="btn btn-small"
                on:click=move |_| plan.update(|p| p.people.push(Person { name: String::new(), role: String::new() }))>
                "+ " {move || m().add_person}
            </button>
        </section>
    }
}

/// The lead units.
#[component]
pub(super) fn UnitsEditor() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::plan::msgs(app.lang.get());
    let plan = use_draft().plan;
    let n = Memo::new(move |_| plan.with(|p| p.units.len()));
    let rows = move || {
        let pm = m();
        n.get()
            .pipe_range()
            .map(|i| {
                let name = move || plan.with(|p| p.units.get(i).cloned().unwrap_or_default());
                let label = move || fill(pm.remove_named, &[&name()]);
                view! {
                    <li class="list-row">
                        <input type="text" aria-label=pm.unit_name placeholder=pm.unit_name prop:value=name
                            on:change=move |e| { let v = event_target_value(&e).trim().to_string(); plan.update(|p| if let Some(x) = p.units.get_mut(i) { *x = v }) }/>
                        <button type="button" class="btn btn-small btn-quiet" aria-label=label title=label
                            on:click=move |_| plan.update(|p| { if i < p.units.len() { p.units.remove(i); } })>
                            {pm.remove}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <section class="card" aria-labelledby="units-title">
            <h3 id="units-title">{move || m().units}</h3>
            <ul class="edit-list">{rows}</ul>
            <button type="button" class="btn btn-small" on:click=move |_| plan.update(|p| p.units.push(String::new()))>
                "+ " {move || m().add_unit}
            </button>
        </section>
    }
}

/// `0..n` as an iterator, for index-keyed rows.
trait PipeRange {
    fn pipe_range(self) -> std::ops::Range<usize>;
}

impl PipeRange for usize {
    fn pipe_range(self) -> std::ops::Range<usize> {
        0..self
    }
}
