//! The status history: a target's row of month cells (on its page) and the
//! plan-wide grid of targets × months at `#/history`. Every cell is the
//! engine's status at that month's end, from [`crate::history`]; each shows
//! the status word, so the colour is never the only signal. The grid's body
//! is set as HTML in one piece ([`crate::present::history_rows_html`]).

use leptos::prelude::*;

use crate::engine::Colour;
use crate::history::{history, History};
use crate::i18n::history::msgs;
use crate::plan::TargetId;
use crate::present::{
    cell_label, fill, fmt_date, history_rows_html, month_full, month_short, status_word,
};

use super::dashboard::parts::status_class;
use crate::app::route::{percent_encode, Route};
use crate::app::state::use_app;

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
    // The body as one piece of HTML (see [`history_rows_html`]): the grid
    // is 360 cells and more, each with its words.
    let rows = move || {
        let lang = app.lang.get();
        let m = msgs(lang);
        app.doc.with(|d| {
            h.with(|h| {
                history_rows_html(
                    &d.plan,
                    h,
                    &|id| format!("#/targets/{}", percent_encode(id.as_str())),
                    m,
                    lang,
                )
            })
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
                        <tbody inner_html=rows></tbody>
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
