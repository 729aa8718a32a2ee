//! The dashboard: the plan's completion against 序时进度, what needs
//! attention, and every target of every section with its bar and status.

pub mod parts;

use leptos::prelude::*;

use crate::engine::Status;
use crate::plan::{SectionId, TargetId};
use crate::present::{
    attention_text, dashboard_groups, fill, fmt_date, fmt_percent, missed_periods_text,
    needs_attention, quick_dates, short_figure, status_counts, status_word, DashFilter, QuickDate,
};

use self::parts::{bar_width, status_class, ProgressBar, StatusBadge};
use crate::app::actions;
use crate::app::lazy::Part;
use crate::app::part_view::PartView;
use crate::app::route::Route;
use crate::app::state::use_app;

/// The dashboard view.
#[component]
pub fn DashboardView() -> impl IntoView {
    let app = use_app();
    let filter = RwSignal::new(DashFilter::default());

    let empty_ledger = Memo::new(move |_| {
        app.doc
            .with(|d| d.activities.is_empty() && d.readings.is_empty())
    });
    let has_targets = Memo::new(move |_| app.doc.with(|d| d.plan.targets().next().is_some()));

    view! {
        <section class="view view-dashboard" aria-labelledby="dash-title">
            <div class="view-head">
                // `elementtiming` (when the heading is first shown; ./x bench reads it) is
                // not one of the macro's attributes.
                {leptos::html::h2()
                    .id("dash-title")
                    .attr("elementtiming", "dashboard")
                    .child(move || app.msgs().dashboard.heading)}
                <super::history::HistoryLink/>
                <button type="button" class="btn btn-quiet no-print" on:click=move |_| print()>
                    {move || app.msgs().dashboard.print}
                </button>
            </div>
            <crate::app::unassigned_panel::UnassignedPanel/>
            <PlanSummary filter=filter/>
            <Show when=move || empty_ledger.get() && !app.first_open.get() && has_targets.get()>
                <EmptyLedger/>
            </Show>
            <Show
                when=move || has_targets.get()
                fallback=move || {
                    view! {
                        <p class="empty-note">
                            {move || app.msgs().dashboard.no_targets} " "
                            <a href="#/plan">{move || app.msgs().dashboard.edit_plan}</a>
                        </p>
                    }
                }
            >
                <Attention/>
                <Filters filter=filter/>
                <Sections filter=filter/>
                <div class="chart-slot" data-chart="dashboard">
                    <Charts/>
                </div>
            </Show>
        </section>
    }
}

/// The charts, whose code (plotters and the drawing) is a part of its own,
/// fetched once the figures above are painted.
#[component]
fn Charts() -> impl IntoView {
    let painted = super::after_paint();
    move || {
        painted
            .get()
            .then(|| view! { <PartView part=Part::Charts/> })
    }
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Plan completion, 序时进度, the tally of statuses and the quick dates.
#[component]
fn PlanSummary(filter: RwSignal<DashFilter>) -> impl IntoView {
    let app = use_app();
    let m = move || app.msgs().dashboard;
    let completion = move || app.progress.with(|p| fmt_percent(p.completion));
    let time = move || app.progress.with(|p| fmt_percent(p.time_progress));
    let as_of = move || fill(m().as_of, &[&fmt_date(app.as_of.get(), app.lang.get())]);
    let period = move || {
        let lang = app.lang.get();
        app.doc.with(|d| {
            fill(
                m().plan_period,
                &[&fmt_date(d.plan.start, lang), &fmt_date(d.plan.end, lang)],
            )
        })
    };
    let counts = move || {
        let lang = app.lang.get();
        app.progress.with(status_counts).into_iter().map(move |(status, n)| {
            let label = fill(m().count_item, &[status_word(status, lang), &n.to_string()]);
            let pressed = move || filter.with(|f| f.status == Some(status));
            view! {
                <li>
                    <button
                        type="button"
                        class=format!("chip {}", status_class(status))
                        aria-pressed=move || pressed().to_string()
                        on:click=move |_| {
                            filter.update(|f| {
                                f.status = if f.status == Some(status) { None } else { Some(status) };
                            })
                        }
                    >
                        {label}
                    </button>
                </li>
            }
        }).collect_view()
    };
    // The chips are buttons, which print hides: the tally in words instead.
    let tally = move || {
        let lang = app.lang.get();
        app.progress
            .with(status_counts)
            .into_iter()
            .map(|(status, n)| fill(m().count_item, &[status_word(status, lang), &n.to_string()]))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let quick = move || {
        let dm = m();
        quick_dates(app.today())
            .into_iter()
            .map(move |(which, date)| {
                let name = match which {
                    QuickDate::Today => dm.quick_today,
                    QuickDate::LastMonthEnd => dm.quick_month,
                    QuickDate::LastQuarterEnd => dm.quick_quarter,
                    QuickDate::LastYearEnd => dm.quick_year,
                };
                let title = fmt_date(date, app.lang.get());
                view! {
                    <button
                        type="button"
                        class="btn btn-small"
                        aria-pressed=move || (app.as_of.get() == date).to_string()
                        title=title
                        on:click=move |_| app.as_of.set(date)
                    >
                        {name}
                    </button>
                }
            })
            .collect_view()
    };
    // Coloured by the plan's status under the document's rules, as the
    // first screen colours it (present::first_screen).
    let plan_status = move || app.progress.with(|p| status_class(p.status));
    view! {
        <div class="summary">
            <div class="summary-figures">
                <div class="big-figure">
                    <span class="big-label">{move || m().plan_completion}</span>
                    <span class=move || format!("big-number {}", plan_status())
                        data-testid="plan-completion">{completion}</span>
                </div>
                <div class="big-figure">
                    <span class="big-label">{move || m().time_progress}</span>
                    <span class="big-number big-number-quiet" data-testid="plan-time-progress">{time}</span>
                </div>
                <div class="summary-bar">
                    <div
                        class=move || format!("bar bar-plan {}", plan_status())
                        role="img"
                        aria-label=move || fill(m().bar_label, &[&completion(), &time()])
                    >
                        <div class="bar-fill" style:width=move || app.progress.with(|p| bar_width(p.completion))></div>
                        <div class="bar-marker" style:left=move || app.progress.with(|p| bar_width(p.time_progress))></div>
                    </div>
                    <p class="summary-dates">
                        <span>{as_of}</span> " · " <span>{period}</span> " · " <span class="legend">{move || m().legend}</span>
                    </p>
                </div>
            </div>
            <ul class="chips" aria-label=move || m().counts_label>{counts}</ul>
            <p class="print-only">{tally}</p>
            <div class="quick-dates no-print" role="group" aria-label=move || m().quick_label>
                <span class="quick-label">{move || m().quick_label}</span>
                {quick}
            </div>
        </div>
    }
}

/// The offer shown while the ledger is empty.
#[component]
fn EmptyLedger() -> impl IntoView {
    let app = use_app();
    let m = move || app.msgs().dashboard;
    view! {
        <section class="card empty-ledger no-print" aria-labelledby="empty-ledger-title">
            <h3 id="empty-ledger-title">{move || m().empty_title}</h3>
            <p>{move || m().empty_body}</p>
            <div class="actions">
                <button type="button" class="btn btn-primary" on:click=move |_| actions::load_example(app)>
                    {move || m().empty_example}
                </button>
                <a class="btn" href="#/ledger">{move || m().empty_record}</a>
                <button type="button" class="btn btn-quiet" on:click=move |_| actions::start_blank(app)>
                    {move || m().empty_blank}
                </button>
            </div>
        </section>
    }
}

/// The needs-attention list.
#[component]
fn Attention() -> impl IntoView {
    let app = use_app();
    let m = move || app.msgs().dashboard;
    let items = Memo::new(move |_| {
        let lang = app.lang.get();
        app.doc.with(|d| {
            app.progress.with(|p| {
                needs_attention(&d.plan, p)
                    .into_iter()
                    .filter_map(|item| {
                        let t = d.plan.target(&item.target)?;
                        let status = p.get(&item.target)?.status;
                        let reasons: Vec<String> = item
                            .reasons
                            .iter()
                            .map(|r| attention_text(r, p.as_of, lang))
                            .collect();
                        Some((
                            item.target.clone(),
                            t.title.clone(),
                            status,
                            reasons.join("；"),
                        ))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <section class="card attention" aria-labelledby="attention-title">
            <h3 id="attention-title">
                {move || m().attention_title}
                <span class="count-pill">{move || items.with(|i| i.len())}</span>
            </h3>
            <Show
                when=move || items.with(|i| !i.is_empty())
                fallback=move || view! { <p class="quiet">{move || m().attention_none}</p> }
            >
                <ul class="attention-list">
                    <For
                        each=move || items.get()
                        key=|(id, title, status, reasons)| (id.clone(), title.clone(), *status, reasons.clone())
                        children=move |(id, title, status, reasons)| {
                            view! {
                                <li class=status_class(status)>
                                    <StatusBadge status=status/>
                                    <a href=Route::Target(id.to_string()).to_hash()>{title}</a>
                                    <span class="reasons">{reasons}</span>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </section>
    }
}

/// Filters by section, lead unit and status.
#[component]
fn Filters(filter: RwSignal<DashFilter>) -> impl IntoView {
    let app = use_app();
    let m = move || app.msgs().dashboard;
    let sections = move || {
        app.doc.with(|d| {
            d.plan
                .sections
                .iter()
                .map(|s| (s.id.to_string(), s.title.clone()))
                .collect::<Vec<_>>()
        })
    };
    let units = move || {
        app.doc.with(|d| {
            let mut units: Vec<String> = d.plan.units.clone();
            for (_, t) in d.plan.targets() {
                if !t.lead_unit.trim().is_empty() && !units.contains(&t.lead_unit) {
                    units.push(t.lead_unit.clone());
                }
            }
            units
        })
    };
    let statuses = move || {
        app.progress
            .with(status_counts)
            .into_iter()
            .map(|(s, _)| s)
            .collect::<Vec<_>>()
    };
    view! {
        <div class="filters no-print" role="group" aria-label=move || m().filters_label>
            <label class="field">
                <span>{move || m().filter_section}</span>
                <select
                    prop:value=move || filter.with(|f| f.section.as_ref().map(|s| s.to_string()).unwrap_or_default())
                    on:change=move |e| {
                        let v = event_target_value(&e);
                        filter.update(|f| f.section = (!v.is_empty()).then_some(SectionId(v)));
                    }
                >
                    <option value="">{move || m().all}</option>
                    {move || sections().into_iter().map(|(id, title)| {
                        let selected = filter.with_untracked(|f| f.section.as_ref().is_some_and(|s| s.as_str() == id));
                        view! { <option value=id selected=selected>{title}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || m().filter_unit}</span>
                <select
                    prop:value=move || filter.with(|f| f.unit.clone())
                    on:change=move |e| {
                        let v = event_target_value(&e);
                        filter.update(|f| f.unit = v);
                    }
                >
                    <option value="">{move || m().all}</option>
                    {move || units().into_iter().map(|u| {
                        let selected = filter.with_untracked(|f| f.unit == u);
                        view! { <option value=u.clone() selected=selected>{u.clone()}</option> }
                    }).collect_view()}
                </select>
            </label>
            <label class="field">
                <span>{move || m().filter_status}</span>
                <select
                    prop:value=move || filter.with(|f| f.status.map(|s| s.as_str().to_string()).unwrap_or_default())
                    on:change=move |e| {
                        let v = event_target_value(&e);
                        filter.update(|f| f.status = Status::from_name(&v));
                    }
                >
                    <option value="">{move || m().all}</option>
                    {move || {
                        let lang = app.lang.get();
                        statuses().into_iter().map(|s| {
                            let selected = filter.with_untracked(|f| f.status == Some(s));
                            view! { <option value=s.as_str() selected=selected>{status_word(s, lang)}</option> }
                        }).collect_view()
                    }}
                </select>
            </label>
            <Show when=move || filter.with(|f| *f != DashFilter::default())>
                <button type="button" class="btn btn-quiet" on:click=move |_| filter.set(DashFilter::default())>
                    {move || m().clear_filters}
                </button>
            </Show>
        </div>
    }
}

/// The sections and their targets after the filters.
#[component]
fn Sections(filter: RwSignal<DashFilter>) -> impl IntoView {
    let app = use_app();
    let m = move || app.msgs().dashboard;
    let groups = Memo::new(move |_| {
        app.doc.with(|d| {
            app.progress.with(|p| {
                filter.with(|f| {
                    dashboard_groups(&d.plan, p, f)
                        .into_iter()
                        .map(|g| {
                            (
                                g.section.id.clone(),
                                g.section.title.clone(),
                                g.targets
                                    .iter()
                                    .map(|(t, _)| t.id.clone())
                                    .collect::<Vec<_>>(),
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
        })
    });
    view! {
        <Show
            when=move || groups.with(|g| !g.is_empty())
            fallback=move || view! { <p class="empty-note">{move || m().no_match}</p> }
        >
            <For
                each=move || groups.get()
                key=|g| g.clone()
                children=move |(sid, title, ids)| {
                    let heading_id = format!("sec-{sid}");
                    let labelled_by = heading_id.clone();
                    let n = ids.len();
                    view! {
                        <section class="dash-section" aria-labelledby=labelled_by>
                            <h3 id=heading_id>
                                {title}
                                <span class="quiet small">{move || fill(m().target_count, &[&n.to_string()])}</span>
                            </h3>
                            <ul class="target-rows">
                                <For each=move || ids.clone() key=|id| id.clone() let:id>
                                    <TargetRow id=id/>
                                </For>
                            </ul>
                        </section>
                    }
                }
            />
        </Show>
    }
}

/// One target on the dashboard.
#[component]
fn TargetRow(id: TargetId) -> impl IntoView {
    let app = use_app();
    let target = {
        let id = id.clone();
        Memo::new(move |_| app.doc.with(|d| d.plan.target(&id).cloned()))
    };
    let progress = {
        let id = id.clone();
        Memo::new(move |_| app.progress.with(|p| p.get(&id).cloned()))
    };
    let kind = Signal::derive(move || target.with(|t| t.as_ref().map(|t| t.kind.clone())));
    let status = Signal::derive(move || {
        progress.with(|p| p.as_ref().map(|p| p.status).unwrap_or(Status::NoData))
    });
    let figure = move || {
        let lang = app.lang.get();
        target.with(|t| {
            progress.with(|p| match (t, p) {
                (Some(t), Some(p)) => short_figure(t, p, lang),
                _ => String::new(),
            })
        })
    };
    let title = move || target.with(|t| t.as_ref().map(|t| t.title.clone()).unwrap_or_default());
    let lead = move || {
        target.with(|t| match t {
            Some(t) if !t.lead_unit.trim().is_empty() => {
                fill(app.msgs().dashboard.lead, &[&t.lead_unit])
            }
            _ => String::new(),
        })
    };
    let missed = move || {
        let lang = app.lang.get();
        progress.with(|p| {
            let periods = p.as_ref().map(|p| p.missed_periods()).unwrap_or_default();
            if periods.is_empty() {
                return String::new();
            }
            fill(
                app.msgs().dashboard.att_missed_periods,
                &[&missed_periods_text(&periods, lang)],
            )
        })
    };
    let href = Route::Target(id.to_string()).to_hash();
    view! {
        <li class=move || format!("target-row {}", status_class(status.get())) data-target=id.to_string()>
            <div class="target-row-main">
                <a class="target-title" href=href>{title}</a>
                <span class="target-lead quiet small">{lead}</span>
            </div>
            <span class="target-figure" data-testid="target-figure">{figure}</span>
            <ProgressBar progress=progress kind=kind/>
            <StatusBadge status=status/>
            <Show when=move || !missed().is_empty()>
                <p class="target-missed small">{missed}</p>
            </Show>
        </li>
    }
}
