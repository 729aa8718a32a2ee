//! What lies behind a target's figures: the period grid, the per-person
//! table, and the activities or readings counted.

use leptos::prelude::*;

use crate::command::Command;
use crate::engine::{Detail, PeriodState, TargetProgress};
use crate::evidence::RecordRef;
use crate::i18n::Lang;
use crate::period::Period;
use crate::plan::kind;
use crate::plan::{Activity, Reading, ReadingId, ReadingValue, Target};
use crate::present::{fill, fmt_date, pick_in_order, with_unit};

use crate::app::state::{use_app, ToastKind};
use crate::app::views::evidence::{
    drag_over_record, drop_on_record, paste_on_record, EvidencePanel,
};

/// The period grid of a cadence target: every week, month or quarter,
/// coloured met, missed, current or future.
#[component]
pub(super) fn PeriodGrid(progress: Memo<Option<TargetProgress>>) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::target::msgs(app.lang.get());
    let cells = move || {
        let tm = m();
        let lang = app.lang.get();
        progress.with(|p| match p.as_ref().map(|p| &p.detail) {
            Some(Detail::Cadence(periods)) => periods
                .iter()
                .map(|x| {
                    let (class, word) = match x.state {
                        PeriodState::Met => ("period-met", tm.period_met),
                        PeriodState::Missed => ("period-missed", tm.period_missed),
                        PeriodState::Current => ("period-current", tm.period_current),
                        PeriodState::Future => ("period-future", tm.period_future),
                    };
                    let full = match lang {
                        Lang::Zh => x.period.label_zh(),
                        Lang::En => x.period.label_en(),
                    };
                    let tip = fill(tm.period_cell, &[&full, &x.count.to_string(), word]);
                    let short = short_period(&x.period, lang);
                    view! {
                        <li class=format!("period {class}") title=tip.clone() aria-label=tip>
                            <span class="period-name">{short}</span>
                            <span class="period-count">{x.count}</span>
                        </li>
                    }
                })
                .collect_view()
                .into_any(),
            _ => ().into_any(),
        })
    };
    view! {
        <section class="card periods" aria-labelledby="periods-title">
            <h3 id="periods-title">{move || m().periods_title}</h3>
            <ul class="period-grid">{cells}</ul>
            <ul class="period-legend" aria-hidden="true">
                <li class="period period-met">{move || m().period_met}</li>
                <li class="period period-missed">{move || m().period_missed}</li>
                <li class="period period-current">{move || m().period_current}</li>
                <li class="period period-future">{move || m().period_future}</li>
            </ul>
        </section>
    }
}

/// A period's name in a grid cell: "W14", "3月", "Q2", "2026".
pub(super) fn short_period(p: &Period, lang: Lang) -> String {
    match (*p, lang) {
        (Period::Week { week, .. }, _) => format!("W{week}"),
        (Period::Month { month, .. }, Lang::Zh) => format!("{month}月"),
        (Period::Month { .. }, Lang::En) => p.label_en().chars().take(3).collect(),
        (Period::Quarter { quarter, .. }, _) => format!("Q{quarter}"),
        (Period::Year(y), _) => y.to_string(),
    }
}

/// Who has met a per-person target and who has not.
#[component]
pub(super) fn PeopleTable(
    progress: Memo<Option<TargetProgress>>,
    target: Memo<Option<Target>>,
) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::target::msgs(app.lang.get());
    let rows = move || {
        let tm = m();
        let (each, unit) = target
            .with(|t| {
                let t = t.as_ref()?;
                let (each, _) = kind::of(&t.kind).count_goal(&t.kind)?.each?;
                Some((each, t.unit.clone()))
            })
            .unwrap_or((0, String::new()));
        progress.with(|p| match p.as_ref().map(|p| &p.detail) {
            Some(Detail::PerPerson(people)) => people
                .iter()
                .map(|x| {
                    let (class, word) = if x.met {
                        ("status-green", tm.person_met.to_string())
                    } else {
                        (
                            "status-yellow",
                            fill(
                                tm.person_short,
                                &[&with_unit(&each.saturating_sub(x.count).to_string(), &unit)],
                            ),
                        )
                    };
                    view! {
                        <tr>
                            <td>{x.name.clone()}</td>
                            <td class="num">{with_unit(&x.count.to_string(), &unit)}</td>
                            <td><span class=format!("status-badge {class}")>{word}</span></td>
                        </tr>
                    }
                })
                .collect_view()
                .into_any(),
            _ => ().into_any(),
        })
    };
    view! {
        <section class="card" aria-labelledby="people-title">
            <h3 id="people-title">{move || m().people_title}</h3>
            <table class="people-table">
                <thead>
                    <tr>
                        <th scope="col">{move || m().col_person}</th>
                        <th scope="col" class="num">{move || m().col_count}</th>
                        <th scope="col">{move || m().col_status}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// The activities behind the figures, oldest first, with a running total.
#[component]
pub(super) fn ActivityTable(
    progress: Memo<Option<TargetProgress>>,
    target: Memo<Option<Target>>,
) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::target::msgs(app.lang.get());
    let records = Memo::new(move |_| {
        app.doc.with(|d| {
            progress.with(|p| {
                let Some(p) = p else { return Vec::new() };
                let mut total = 0u64;
                pick_in_order(&d.activities, &p.activities, |a| &a.id)
                    .into_iter()
                    .map(|a| {
                        total += u64::from(a.quantity);
                        (a.clone(), total)
                    })
                    .collect::<Vec<(Activity, u64)>>()
            })
        })
    });
    let unit = move || target.with(|t| t.as_ref().map(|t| t.unit.clone()).unwrap_or_default());
    view! {
        <section class="card records" aria-labelledby="acts-title">
            <div class="view-head">
                <h3 id="acts-title">{move || fill(m().activities_title, &[&records.with(Vec::len).to_string()])}</h3>
                <a class="btn btn-small no-print" href="#/ledger">{move || m().open_ledger}</a>
            </div>
            <Show when=move || records.with(|r| !r.is_empty()) fallback=move || view! { <p class="quiet">{move || m().no_records}</p> }>
                // Focusable, so that a table wider than a phone can be
                // scrolled from the keyboard: its rows hold no link or button.
                <div class="table-wrap" tabindex="0" role="group" aria-labelledby="acts-title">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{move || m().col_date}</th>
                                <th scope="col">{move || m().col_title}</th>
                                <th scope="col" class="num">{move || m().col_qty}</th>
                                <th scope="col" class="num">{move || m().col_running}</th>
                                <th scope="col">{move || m().col_people}</th>
                                <th scope="col">{move || m().col_notes}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || records.get()
                                key=|(a, total)| (a.id.clone(), a.updated_at, *total)
                                children=move |(a, total)| {
                                    let date = a.date;
                                    view! {
                                        <tr>
                                            <td class="nowrap">{move || fmt_date(date, app.lang.get())}</td>
                                            <td>{a.title.clone()}</td>
                                            <td class="num">{a.quantity}</td>
                                            <td class="num">{move || with_unit(&total.to_string(), &unit())}</td>
                                            <td>{a.people.join("、")}</td>
                                            <td>{a.notes.clone()}</td>
                                        </tr>
                                    }
                                }
                            />
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}

/// The readings behind a measured target, newest first, each deletable.
#[component]
pub(super) fn ReadingTable(
    progress: Memo<Option<TargetProgress>>,
    target: Memo<Option<Target>>,
) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::target::msgs(app.lang.get());
    let records = Memo::new(move |_| {
        app.doc.with(|d| {
            progress.with(|p| {
                let Some(p) = p else { return Vec::new() };
                let mut rs: Vec<Reading> = pick_in_order(&d.readings, &p.readings, |r| &r.id)
                    .into_iter()
                    .cloned()
                    .collect();
                rs.reverse();
                rs
            })
        })
    });
    let value_text = move |r: &Reading| {
        target.with(|t| {
            let unit = t.as_ref().map(|t| t.unit.clone()).unwrap_or_default();
            let labels = t.as_ref().and_then(|t| kind::ratio::labels(&t.kind));
            match (&r.value, labels) {
                (ReadingValue::Value(v), _) => with_unit(&v.to_string(), &unit),
                (
                    ReadingValue::Counts {
                        numerator,
                        denominator,
                    },
                    Some((nl, dl)),
                ) => {
                    format!("{nl} {numerator} / {dl} {denominator}")
                }
                (
                    ReadingValue::Counts {
                        numerator,
                        denominator,
                    },
                    _,
                ) => format!("{numerator} / {denominator}"),
            }
        })
    };
    // The reading whose evidence panel is open.
    let evidence = RwSignal::new(None::<ReadingId>);
    let em = move || crate::i18n::evidence::msgs(app.lang.get());
    view! {
        <section class="card records" aria-labelledby="reads-title">
            <h3 id="reads-title">{move || fill(m().readings_title, &[&records.with(Vec::len).to_string()])}</h3>
            {move || evidence.get().map(|id| view! {
                <EvidencePanel record=RecordRef::Reading(id) on_close=Callback::new(move |()| evidence.set(None))/>
            })}
            <Show when=move || records.with(|r| !r.is_empty()) fallback=move || view! { <p class="quiet">{move || m().no_records}</p> }>
                <div class="table-wrap" tabindex="0" role="group" aria-labelledby="reads-title">
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{move || m().col_date}</th>
                                <th scope="col" class="num">{move || m().col_value}</th>
                                <th scope="col">{move || m().col_notes}</th>
                                <th scope="col" class="no-print">{move || em().title}</th>
                                <th scope="col" class="no-print"><span class="visually-hidden">{move || m().delete}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For
                                each=move || records.get()
                                key=|r| (r.id.clone(), r.updated_at)
                                children=move |r| {
                                    let date = r.date;
                                    let id = r.id.clone();
                                    let value = value_text(&r);
                                    let label = move || fill(m().delete_reading, &[&fmt_date(date, app.lang.get())]);
                                    let delete = move |_| {
                                        let cmd = Command::DeleteReading { id: id.clone(), at: app.now() };
                                        if app.dispatch(cmd).is_ok() {
                                            app.notify(move |l| crate::i18n::target::msgs(l).reading_deleted.to_string(), ToastKind::Undoable);
                                        }
                                    };
                                    let n = r.evidence.len();
                                    let clip = move || fill(em().paperclip, &[&n.to_string()]);
                                    let (open_id, drop_id, paste_id) = (r.id.clone(), r.id.clone(), r.id.clone());
                                    view! {
                                        <tr data-reading=r.id.to_string()
                                            on:dragover=move |e| drag_over_record(app, &e)
                                            on:drop=move |e| drop_on_record(app, RecordRef::Reading(drop_id.clone()), &e)
                                            on:paste=move |e| paste_on_record(app, RecordRef::Reading(paste_id.clone()), &e)>
                                            <td class="nowrap">{move || fmt_date(date, app.lang.get())}</td>
                                            <td class="num">{value}</td>
                                            <td>{r.notes.clone()}</td>
                                            <td class="no-print">
                                                <button type="button" class="btn btn-small btn-clip" data-action="evidence" aria-label=clip title=clip
                                                    on:click=move |_| evidence.set(Some(open_id.clone()))>
                                                    {(n > 0).then(|| n.to_string())}
                                                </button>
                                            </td>
                                            <td class="no-print">
                                                <button type="button" class="btn btn-small btn-danger" aria-label=label title=label on:click=delete>
                                                    {move || m().delete}
                                                </button>
                                            </td>
                                        </tr>
                                    }
                                }
                            />
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
