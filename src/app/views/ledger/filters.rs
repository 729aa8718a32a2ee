//! The ledger's filters: date range, target, section, person, unit, text.

use leptos::prelude::*;

use crate::plan::{SectionId, TargetId};
use crate::present::{parse_date, KnownNames, LedgerFilter};

use super::form::activity_targets;
use crate::app::state::use_app;

/// Filters: date range, target, section, person, unit, text.
#[component]
pub(super) fn Filters(
    filter: RwSignal<LedgerFilter>,
    /// The people and units the ledger knows, offered as choices.
    known: Memo<KnownNames>,
) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::ledger::msgs(app.lang.get());
    let targets = Memo::new(move |_| app.doc.with(|d| activity_targets(&d.plan)));
    let sections = Memo::new(move |_| {
        app.doc.with(|d| {
            d.plan
                .sections
                .iter()
                .map(|s| (s.id.clone(), s.title.clone()))
                .collect::<Vec<_>>()
        })
    });
    let people = Memo::new(move |_| known.with(|k| k.people.clone()));
    let units = Memo::new(move |_| known.with(|k| k.units.clone()));
    let date_value = |d: Option<chrono::NaiveDate>| {
        d.map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };

    view! {
        <fieldset class="ledger-filters no-print">
            <legend>{move || m().filters}</legend>
            <label class="field">
                <span>{move || m().from}</span>
                <input type="date" prop:value=move || filter.with(|f| date_value(f.from))
                    on:change=move |e| { let v = parse_date(&event_target_value(&e)); filter.update(|f| f.from = v); }/>
            </label>
            <label class="field">
                <span>{move || m().to}</span>
                <input type="date" prop:value=move || filter.with(|f| date_value(f.to))
                    on:change=move |e| { let v = parse_date(&event_target_value(&e)); filter.update(|f| f.to = v); }/>
            </label>
            <label class="field">
                <span>{move || m().targets}</span>
                <select
                    prop:value=move || filter.with(|f| f.target.as_ref().map(|t| t.to_string()).unwrap_or_default())
                    on:change=move |e| { let v = event_target_value(&e); filter.update(|f| f.target = (!v.is_empty()).then_some(TargetId(v))); }
                >
                    <option value="">{move || m().all}</option>
                    <For
                        each=move || targets.get()
                        key=|(id, t)| (id.clone(), t.clone())
                        children=move |(id, t)| {
                            let selected = filter.with_untracked(|f| f.target.as_ref() == Some(&id));
                            view! { <option value=id.to_string() selected=selected>{t}</option> }
                        }
                    />
                </select>
            </label>
            <label class="field">
                <span>{move || m().section}</span>
                <select
                    prop:value=move || filter.with(|f| f.section.as_ref().map(|t| t.to_string()).unwrap_or_default())
                    on:change=move |e| { let v = event_target_value(&e); filter.update(|f| f.section = (!v.is_empty()).then_some(SectionId(v))); }
                >
                    <option value="">{move || m().all}</option>
                    <For
                        each=move || sections.get()
                        key=|(id, t)| (id.clone(), t.clone())
                        children=move |(id, t)| {
                            let selected = filter.with_untracked(|f| f.section.as_ref() == Some(&id));
                            view! { <option value=id.to_string() selected=selected>{t}</option> }
                        }
                    />
                </select>
            </label>
            <label class="field">
                <span>{move || m().people}</span>
                <select
                    prop:value=move || filter.with(|f| f.person.clone())
                    on:change=move |e| { let v = event_target_value(&e); filter.update(|f| f.person = v); }
                >
                    <option value="">{move || m().all}</option>
                    <For each=move || people.get() key=|p| p.clone() let:p>
                        <option value=p.clone() selected=filter.with_untracked(|f| f.person == p)>{p.clone()}</option>
                    </For>
                </select>
            </label>
            <label class="field">
                <span>{move || m().unit}</span>
                <select
                    prop:value=move || filter.with(|f| f.unit.clone())
                    on:change=move |e| { let v = event_target_value(&e); filter.update(|f| f.unit = v); }
                >
                    <option value="">{move || m().all}</option>
                    <For each=move || units.get() key=|u| u.clone() let:u>
                        <option value=u.clone() selected=filter.with_untracked(|f| f.unit == u)>{u.clone()}</option>
                    </For>
                </select>
            </label>
            <label class="field f-search">
                <span>{move || m().search}</span>
                <input type="search" placeholder=move || m().search_placeholder
                    prop:value=move || filter.with(|f| f.text.clone())
                    on:input=move |e| { let v = event_target_value(&e); filter.update(|f| f.text = v); }/>
            </label>
            <Show when=move || !filter.with(LedgerFilter::is_empty)>
                <button type="button" class="btn btn-quiet" on:click=move |_| filter.set(LedgerFilter::default())>
                    {move || m().clear}
                </button>
            </Show>
        </fieldset>
    }
}
