//! 进度报送 at `#/reporting`: the reporting cycle, the import of many
//! units' files at once (`reporting/import.rs`), and each unit's line —
//! last report, records this period, targets it leads and their colours,
//! 已报送 / 迟报 / 未报送 / 逾期未报 — from [`crate::reporting::unit_table`].

mod import;

use leptos::prelude::*;

use crate::command::Command;
use crate::i18n::reporting::msgs;
use crate::i18n::Lang;
use crate::plan::{Document, Reporting};
use crate::present::{cycle_text, fmt_date, status_word};
use crate::reporting::{state_text, unit_table, State, UnitTable};

use super::dashboard::parts::status_class;
use crate::app::route::percent_encode;
use crate::app::state::{use_app, ToastKind};

/// The 进度报送 page.
#[component]
pub fn ReportingView() -> impl IntoView {
    let app = use_app();
    let m = move || msgs(app.lang.get());
    let table = Memo::new(move |_| {
        let progress = app.progress.get();
        let as_of = app.as_of.get();
        app.doc.with(|d| unit_table(d, &progress, as_of))
    });
    let cycle = move || {
        let lang = app.lang.get();
        table.with(|t| {
            app.doc
                .with(|d| cycle_text(&d.plan.rules, t, lang, |day| fmt_date(day, lang)))
        })
    };
    let missing = move || {
        table.with(|t| {
            t.rows
                .iter()
                .filter(|r| matches!(r.state, State::NotReported | State::Overdue))
                .map(|r| r.unit.clone())
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="view view-reporting" aria-labelledby="reporting-title">
            <h2 id="reporting-title" class="view-title">{move || m().heading}</h2>
            <p class="muted">{move || m().intro}</p>
            <p data-testid="reporting-cycle">{cycle}</p>
            {move || {
                let units = missing();
                (!units.is_empty()).then(|| view! {
                    <p class="notice notice-warn" data-testid="not-reported">
                        <strong>{move || m().state_not_reported}"："</strong>{units.join("、")}
                    </p>
                })
            }}
            <import::ImportFiles/>
            <UnitTableView table=table/>
            <CycleSettings/>
        </section>
    }
}

/// One unit's targets as coloured links, each titled with its status.
fn target_dots(
    ids: &[(crate::plan::TargetId, crate::engine::Status)],
    doc: &Document,
    lang: Lang,
) -> AnyView {
    ids.iter()
        .map(|(id, s)| {
            let title = doc
                .plan
                .target(id)
                .map(|t| t.title.clone())
                .unwrap_or_default();
            let label = format!("{title}：{}", status_word(*s, lang));
            let href = format!("#/targets/{}", percent_encode(id.as_str()));
            let title = label.clone();
            view! {
                <a class=format!("unit-target {}", status_class(*s)) href=href title=title>
                    <span class="visually-hidden">{label}</span>
                    <span aria-hidden="true">{status_word(*s, lang)}</span>
                </a>
            }
        })
        .collect_view()
        .into_any()
}

#[component]
fn UnitTableView(table: Memo<UnitTable>) -> impl IntoView {
    let app = use_app();
    let m = move || msgs(app.lang.get());
    let rows = move || {
        let lang = app.lang.get();
        let m = msgs(lang);
        table.with(|t| {
            app.doc.with(|doc| {
                t.rows
                    .iter()
                    .map(|r| {
                        let last = match &r.last_report {
                            Some((day, file)) => view! {
                                <span title=file.clone()>{fmt_date(*day, lang)}</span>
                            }
                            .into_any(),
                            None => view! { <span class="muted">{m.never}</span> }.into_any(),
                        };
                        let unlisted = (!r.listed && r.state != State::Own)
                            .then(|| view! { <span class="small muted">" （"{m.not_listed}"）"</span> });
                        view! {
                            <tr data-unit=r.unit.clone() data-state=r.state.as_str()>
                                <th scope="row">{r.unit.clone()}{unlisted}</th>
                                <td><span class=format!("report-state report-{}", r.state.as_str())>{state_text(m, r, |d| fmt_date(d, lang))}</span></td>
                                <td>{last}</td>
                                <td class="num">{r.records}</td>
                                <td><div class="unit-targets">{target_dots(&r.targets, doc, lang)}</div></td>
                            </tr>
                        }
                    })
                    .collect_view()
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="units-title">
            <h3 id="units-title">{move || m().units_heading}</h3>
            <div class="table-wrap" tabindex="0" role="group" aria-labelledby="units-title">
                <table class="unit-table" data-testid="unit-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || m().col_unit}</th>
                            <th scope="col">{move || m().col_state}</th>
                            <th scope="col">{move || m().col_last}</th>
                            <th scope="col" class="num" title=move || m().records_hint>{move || m().col_records}</th>
                            <th scope="col">{move || m().col_targets}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="small muted" data-testid="records-hint">{move || m().records_hint}</p>
        </section>
    }
}

/// The cycle's form: none, monthly or quarterly, by day N, grace days.
/// Saving changes only these two rules of the plan.
#[component]
fn CycleSettings() -> impl IntoView {
    let app = use_app();
    let m = move || msgs(app.lang.get());
    let rules = app.doc.with_untracked(|d| d.plan.rules);
    let (kind0, day0) = match rules.reporting {
        Reporting::None => ("none", 5),
        Reporting::Monthly { by_day } => ("monthly", by_day),
        Reporting::Quarterly { by_day } => ("quarterly", by_day),
    };
    let kind = RwSignal::new(kind0.to_string());
    let day = RwSignal::new(day0.to_string());
    let grace = RwSignal::new(rules.grace_days.to_string());
    let error = RwSignal::new(None::<&'static str>);
    let save = move |_| {
        let m = msgs(app.lang.get_untracked());
        let by_day = match day.get_untracked().trim().parse::<u32>() {
            Ok(d) if (1..=28).contains(&d) => d,
            _ => return error.set(Some(m.bad_day)),
        };
        let grace_days = match grace.get_untracked().trim().parse::<u32>() {
            Ok(g) if g <= 60 => g,
            _ => return error.set(Some(m.bad_grace)),
        };
        error.set(None);
        let reporting = match kind.get_untracked().as_str() {
            "monthly" => Reporting::Monthly { by_day },
            "quarterly" => Reporting::Quarterly { by_day },
            _ => Reporting::None,
        };
        let mut plan = app.doc.with_untracked(|d| d.plan.clone());
        plan.rules.reporting = reporting;
        plan.rules.grace_days = grace_days;
        plan.updated_at = app.now();
        match app.dispatch(Command::SetPlan(plan)) {
            Ok(()) => app.notify(|l| msgs(l).saved.to_string(), ToastKind::Undoable),
            Err(e) => app.notify_refused(&e),
        }
    };
    view! {
        <section class="card" aria-labelledby="cycle-title">
            <h3 id="cycle-title">{move || m().cycle_heading}</h3>
            <div class="form-row">
                <label class="field">
                    <span>{move || m().cycle_label}</span>
                    <select data-testid="cycle-kind" prop:value=move || kind.get() on:change=move |e| kind.set(event_target_value(&e))>
                        <option value="none">{move || m().cycle_none}</option>
                        <option value="monthly">{move || m().cycle_monthly}</option>
                        <option value="quarterly">{move || m().cycle_quarterly}</option>
                    </select>
                </label>
                <label class="field">
                    <span>{move || m().by_day_label}</span>
                    <input type="number" min="1" max="28" data-testid="cycle-day" prop:value=move || day.get()
                        on:change=move |e| day.set(event_target_value(&e))/>
                </label>
                <label class="field">
                    <span>{move || m().grace_label}</span>
                    <input type="number" min="0" max="60" data-testid="cycle-grace" prop:value=move || grace.get()
                        on:change=move |e| grace.set(event_target_value(&e))/>
                </label>
            </div>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
            <div class="btn-row">
                <button type="button" class="btn btn-primary" data-testid="cycle-save" on:click=save>{move || m().save}</button>
            </div>
        </section>
    }
}
