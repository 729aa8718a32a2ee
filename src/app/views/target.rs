//! The target pages: the list of all targets, and everything about one
//! target — its definition, its figures with the rule that judged them, the
//! records behind every figure, per-person and per-period tables, and the
//! forms for readings and milestone completion.

mod duban;
mod forms;
mod list;
mod tables;

use leptos::prelude::*;

use crate::engine::{Detail, Status};
use crate::i18n::Lang;
use crate::plan::{Target, TargetId};
use crate::present::{figure_sentence, fill, fmt_date, goal_text, kind_name, with_unit};

use super::chart_view::TargetChart;
use super::dashboard::parts::{status_class, ProgressBar, StatusBadge};
use crate::app::route::Route;
use crate::app::state::use_app;

/// The target view: the list at `#/targets`, one target at `#/targets/<id>`.
#[component]

pub fn TargetView() -> impl IntoView {
    let app = use_app();
    let which = Memo::new(move |_| match app.route.get() {
        Route::Target(id) => Some(TargetId(id)),
        _ => None,
    });
    move || match which.get() {
        Some(id) => view! { <TargetPage id=id/> }.into_any(),
        None => view! { <list::TargetList/> }.into_any(),
    }
}

/// Everything about one target.
#[component]
fn TargetPage(id: TargetId) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::target::msgs(app.lang.get());
    let target = {
        let id = id.clone();
        Memo::new(move |_| app.doc.with(|d| d.plan.target(&id).cloned()))
    };
    let section = {
        let id = id.clone();
        Memo::new(move |_| {
            app.doc.with(|d| {
                d.plan
                    .targets()
                    .find(|(_, t)| t.id == id)
                    .map(|(s, _)| s.title.clone())
                    .unwrap_or_default()
            })
        })
    };
    let progress = {
        let id = id.clone();
        Memo::new(move |_| app.progress.with(|p| p.get(&id).cloned()))
    };
    let kind = Signal::derive(move || target.with(|t| t.as_ref().map(|t| t.kind.clone())));
    let status =
        Signal::derive(move || progress.with(|p| p.as_ref().map_or(Status::NoData, |p| p.status)));
    let sentence = move || {
        let lang = app.lang.get();
        target.with(|t| {
            progress.with(|p| match (t, p) {
                (Some(t), Some(p)) => figure_sentence(t, p, lang),
                _ => String::new(),
            })
        })
    };
    let remaining = move || {
        let unit = target.with(|t| t.as_ref().map(|t| t.unit.clone()).unwrap_or_default());
        progress.with(|p| match p.as_ref().and_then(|p| p.remaining) {
            Some(n) if n > 0 => fill(m().remaining, &[&with_unit(&n.to_string(), &unit)]),
            _ => String::new(),
        })
    };
    // Worded from the document's rules, at the as-of date.
    let rule = move || {
        let lang = app.lang.get();
        let as_of = app.as_of.get();
        target.with(|t| {
            t.as_ref().map_or_else(String::new, |t| {
                app.doc
                    .with(|d| crate::rules::target_rule(t, &d.plan, as_of, lang))
            })
        })
    };
    let takes_readings =
        move || target.with(|t| t.as_ref().is_some_and(|t| t.kind.takes_readings()));
    let is_once = move || {
        target.with(|t| {
            t.as_ref()
                .is_some_and(|t| crate::plan::kind::of(&t.kind).is_once())
        })
    };
    let milestone_open = move || {
        is_once()
            && progress.with(|p| {
                matches!(
                    p.as_ref().map(|p| &p.detail),
                    Some(Detail::Milestone { done_on: None, .. })
                )
            })
    };
    let is_per_person = move || {
        progress.with(|p| matches!(p.as_ref().map(|p| &p.detail), Some(Detail::PerPerson(_))))
    };
    let is_cadence = move || {
        progress.with(|p| matches!(p.as_ref().map(|p| &p.detail), Some(Detail::Cadence(_))))
    };
    let title = move || target.with(|t| t.as_ref().map(|t| t.title.clone()).unwrap_or_default());
    let tid = StoredValue::new(id.clone());

    view! {
        <section class="view view-target" aria-labelledby="target-title">
            <p class="no-print"><a href="#/targets">{move || m().back}</a></p>
            <Show
                when=move || target.with(Option::is_some)
                fallback=move || view! { <p class="empty-note">{move || m().not_found}</p> }
            >
                <div class=move || format!("target-head {}", status_class(status.get()))>
                    <p class="quiet small">{move || section.get()}</p>
                    <h2 id="target-title">{title}</h2>
                    <div class="target-head-figures">
                        <StatusBadge status=status/>
                        <ProgressBar progress=progress kind=kind/>
                    </div>
                    <p class="figure-sentence" data-testid="figure-sentence">{sentence}</p>
                    <p class="quiet">{remaining}</p>
                    <p class="quiet small">{move || fill(m().as_of, &[&fmt_date(app.as_of.get(), app.lang.get())])}" "{move || m().after_as_of}</p>
                </div>
                <div class="target-grid">
                    <Definition target=target section=section/>
                    <section class="card rule" aria-labelledby="rule-title">
                        <h3 id="rule-title">{move || m().rule_title}</h3>
                        <p data-testid="target-rule">{rule}</p>
                    </section>
                </div>
                <super::history::MonthCells id=tid.get_value()/>
                <super::contribution::UnitShares id=tid.get_value()/>
                <super::evidence::TargetEvidence id=tid.get_value()/>
                <duban::TargetNotices id=tid.get_value()/>
                <div class="chart-slot" data-chart="target" data-target=move || tid.get_value().to_string()>
                    <TargetChart id=tid.get_value()/>
                </div>
                <Show when=is_cadence>
                    <tables::PeriodGrid progress=progress/>
                </Show>
                <Show when=is_per_person>
                    <tables::PeopleTable progress=progress target=target/>
                </Show>
                <Show when=milestone_open>
                    <forms::MilestoneForm id=tid.get_value() target=target/>
                </Show>
                <Show when=takes_readings fallback=move || view! { <tables::ActivityTable progress=progress target=target/> }>
                    <forms::ReadingForm id=tid.get_value() target=target/>
                    <tables::ReadingTable progress=progress target=target/>
                </Show>
            </Show>
        </section>
    }
}

/// The target's definition as the plan states it.
#[component]
fn Definition(target: Memo<Option<Target>>, section: Memo<String>) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::target::msgs(app.lang.get());
    let field = move |f: fn(&Target, Lang) -> String| {
        move || {
            let lang = app.lang.get();
            target.with(|t| {
                t.as_ref()
                    .map(|t| f(t, lang))
                    .filter(|s| !s.trim().is_empty())
                    .unwrap_or_else(|| crate::i18n::target::msgs(app.lang.get()).none.to_string())
            })
        }
    };
    let period = move || {
        let lang = app.lang.get();
        app.doc.with(|d| {
            fill(
                m().period,
                &[&fmt_date(d.plan.start, lang), &fmt_date(d.plan.end, lang)],
            )
        })
    };
    view! {
        <section class="card definition" aria-labelledby="def-title">
            <h3 id="def-title">{move || m().definition}</h3>
            <dl class="def-list">
                <dt>{move || m().section}</dt><dd>{move || section.get()}</dd>
                <dt>{move || m().kind}</dt><dd>{field(|t, l| kind_name(&t.kind, l).to_string())}</dd>
                <dt>{move || m().goal}</dt><dd>{field(goal_text)}</dd>
                <dt>{move || m().unit}</dt><dd>{field(|t, _| t.unit.clone())}</dd>
                <dt>{move || m().lead}</dt><dd>{field(|t, _| t.lead_unit.clone())}</dd>
                <dt>{move || m().owner}</dt><dd>{field(|t, _| t.owner.clone())}</dd>
                <dt>{move || m().due}</dt><dd>{field(|t, l| t.due.map(|d| fmt_date(d, l)).unwrap_or_default())}</dd>
                <dt>{move || m().weight}</dt><dd>{field(|t, _| t.weight.to_string())}</dd>
                <dt>{move || m().period_label}</dt><dd>{period}</dd>
            </dl>
        </section>
    }
}
