//! The status history: a target's row of month cells (on its page) and the
//! plan-wide grid of targets × months at `#/history`. Every cell is the
//! engine's status at that month's end, from [`crate::history`]; each shows
//! the status word, so the colour is never the only signal.

use chrono::Datelike;
use leptos::prelude::*;

use crate::engine::{Colour, Status};
use crate::history::{history, Checkpoint, History};
use crate::i18n::history::{msgs, HistoryMsgs};
use crate::i18n::Lang;
use crate::plan::TargetId;
use crate::present::{fill, fmt_date, status_word};

use super::dashboard::parts::status_class;
use crate::app::route::{percent_encode, Route};
use crate::app::state::use_app;

/// "3月" / "Mar", with "（至15日）" / "(to 15)" for the as-of month.
fn month_short(c: &Checkpoint, m: &HistoryMsgs, lang: Lang) -> String {
    let name = match lang {
        Lang::Zh => fill(m.month, &[&c.at.month().to_string()]),
        Lang::En => fill(m.month, &[&c.at.format("%b").to_string()]),
    };
    if c.is_partial() {
        fill(m.month_partial, &[&name, &c.at.day().to_string()])
    } else {
        name
    }
}

/// "2026年3月" / "Mar 2026".
fn month_full(c: &Checkpoint, lang: Lang) -> String {
    match lang {
        Lang::Zh => c.month.label_zh(),
        Lang::En => c.month.label_en(),
    }
}

/// "2026年3月：滞后（黄）" / "Mar 2026: Behind (Yellow)".
fn cell_label(c: &Checkpoint, status: Status, m: &HistoryMsgs, lang: Lang) -> String {
    let month = month_full(c, lang);
    let colour = match lang {
        Lang::Zh => status.colour().label_zh(),
        Lang::En => status.colour().label_en(),
    };
    fill(m.cell_label, &[&month, status_word(status, lang), colour])
}

/// The history of the document as of the app's date.
fn use_history() -> Memo<History> {
    let app = use_app();
    Memo::new(move |_| {
        let as_of = app.as_of.get();
        app.doc.with(|d| history(d, as_of))
    })
}

/// One target's statuses month by month, as a row of labelled cells.
#[component]
pub fn MonthCells(
    /// The target.
    id: TargetId,
) -> impl IntoView {
    let app = use_app();
    let h = use_history();
    let id = StoredValue::new(id);
    let cells = move || {
        let lang = app.lang.get();
        let m = msgs(lang);
        h.with(|h| {
            let statuses = id
                .with_value(|id| h.get(id).map(|t| t.statuses.clone()))
                .unwrap_or_default();
            h.checkpoints
                .iter()
                .zip(statuses)
                .map(|(c, s)| {
                    view! {
                        <li class=format!("hcell {}", status_class(s)) title=cell_label(c, s, m, lang)
                            aria-label=cell_label(c, s, m, lang)>
                            <span class="hcell-month">{month_short(c, m, lang)}</span>
                            <span class="hcell-word">{status_word(s, lang)}</span>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let empty = move || h.with(|h| h.checkpoints.is_empty());
    view! {
        <section class="card month-cells" aria-labelledby="month-cells-title" data-testid="month-cells">
            <h3 id="month-cells-title">{move || msgs(app.lang.get()).cells_heading}</h3>
            <Show when=move || !empty() fallback=move || view! { <p class="empty-note">{move || msgs(app.lang.get()).empty}</p> }>
                <ol class="hcells">{cells}</ol>
            </Show>
            <p class="quiet small">
                {move || fill(msgs(app.lang.get()).cells_note, &[&fmt_date(app.as_of.get(), app.lang.get())])}
                " "<a href=Route::History.to_hash()>{move || msgs(app.lang.get()).grid_link}</a>
            </p>
        </section>
    }
}

/// A link to the grid, for the dashboard.
#[component]
pub fn HistoryLink() -> impl IntoView {
    let app = use_app();
    view! {
        <a class="history-link no-print" href=Route::History.to_hash()>{move || msgs(app.lang.get()).grid_link}</a>
    }
}

/// The plan-wide grid: every target, every month so far.
#[component]
pub fn HistoryView() -> impl IntoView {
    let app = use_app();
    let h = use_history();
    let m = move || msgs(app.lang.get());
    let head = move || {
        let lang = app.lang.get();
        let m = msgs(lang);
        h.with(|h| {
            h.checkpoints
                .iter()
                .map(|c| view! { <th scope="col" class="hgrid-month" title=month_full(c, lang)>{month_short(c, m, lang)}</th> })
                .collect_view()
        })
    };
    let rows = move || {
        let lang = app.lang.get();
        let m = msgs(lang);
        let titles: Vec<(TargetId, String)> = app.doc.with(|d| {
            d.plan
                .targets()
                .map(|(_, t)| (t.id.clone(), t.title.clone()))
                .collect()
        });
        h.with(|h| {
            titles
                .into_iter()
                .zip(&h.targets)
                .map(|((id, title), row)| {
                    let href = format!("#/targets/{}", percent_encode(id.as_str()));
                    let cells = h
                        .checkpoints
                        .iter()
                        .zip(&row.statuses)
                        .map(|(c, s)| {
                            view! {
                                <td class=format!("hcell {}", status_class(*s)) title=cell_label(c, *s, m, lang)>
                                    <span class="visually-hidden">{cell_label(c, *s, m, lang)}</span>
                                    <span aria-hidden="true">{status_word(*s, lang)}</span>
                                </td>
                            }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row" class="hgrid-target"><a href=href>{title}</a></th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let legend = move || {
        let m = m();
        Colour::ALL
            .iter()
            .zip(m.colours)
            .map(|(c, word)| {
                view! { <li><span class=format!("status-dot status-{}", c.as_str()) aria-hidden="true"></span>" "{word}</li> }
            })
            .collect_view()
    };
    let empty = move || h.with(|h| h.checkpoints.is_empty());
    view! {
        <section class="view view-history" aria-labelledby="history-title">
            <p class="no-print"><a href="#/targets">{move || m().back}</a></p>
            <h2 id="history-title">{move || m().grid_heading}</h2>
            <p class="quiet">{move || fill(m().grid_note, &[&fmt_date(app.as_of.get(), app.lang.get())])}</p>
            <Show when=move || !empty() fallback=move || view! { <p class="empty-note">{move || m().empty}</p> }>
                <div class="table-wrap" tabindex="0" role="group" aria-labelledby="history-title">
                    <table class="hgrid" data-testid="history-grid">
                        <thead><tr><th scope="col">{move || m().col_target}</th>{head}</tr></thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </Show>
            <section class="hlegend" aria-labelledby="hlegend-title">
                <h3 id="hlegend-title" class="small">{move || m().legend}</h3>
                <ul class="hlegend-list small">{legend}</ul>
            </section>
        </section>
    }
}
