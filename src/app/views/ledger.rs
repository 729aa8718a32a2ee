//! The ledger: every activity in a table, a short form to record one,
//! editing in place, deleting with undo, filters, sorting and paging.

mod filters;
mod form;
mod rows;

use leptos::either::Either;
use leptos::prelude::*;

use crate::plan::{Activity, ActivityId};
use crate::present::{
    fill, known_names, ledger_rows_indexed, page_count, page_slice, totals, LedgerColumn,
    LedgerFilter, LedgerSort, SearchIndex, PAGE_SIZE,
};

use crate::app::state::use_app;

thread_local! {
    /// The ledger's filter and order, kept while the user looks at another view.
    static KEPT_VIEW: std::cell::RefCell<Option<(LedgerFilter, LedgerSort)>> = const { std::cell::RefCell::new(None) };
}

/// The ledger view.
#[component]
pub fn LedgerView() -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::ledger::msgs(app.lang.get());
    // The filter and order stay as they were when the user comes back from
    // a target page.
    let (kept_filter, kept_sort) = KEPT_VIEW.with(|k| k.borrow().clone()).unwrap_or_default();
    let filter = RwSignal::new(kept_filter);
    let sort = RwSignal::new(kept_sort);
    let page = RwSignal::new(0usize);
    on_cleanup(move || {
        let kept = (filter.get_untracked(), sort.get_untracked());
        KEPT_VIEW.with(|k| *k.borrow_mut() = Some(kept));
    });
    let editing = RwSignal::new(None::<ActivityId>);
    // The row whose evidence panel is open.
    let evidence = RwSignal::new(None::<ActivityId>);

    // The text each row is searched by, made when a search first needs it
    // and again only after the document changes.
    let index = Memo::new_with_compare(move |_| app.doc.with(SearchIndex::new), |_, _| true);
    // Made while the user looks at the table, before the first keystroke.
    let painted = super::after_paint();
    Effect::new(move |_| {
        if painted.get() {
            index.with_untracked(|_| ());
        }
    });
    let rows = Memo::new(move |_| {
        let s = sort.get();
        app.doc.with(|d| {
            filter.with(|f| {
                if f.text.trim().is_empty() {
                    ledger_rows_indexed(d, f, s, None)
                } else {
                    index.with(|ix| ledger_rows_indexed(d, f, s, Some(ix)))
                }
            })
        })
    });
    // A new filter or order starts from the first page.
    Effect::new(move |_| {
        filter.track();
        sort.track();
        page.set(0);
    });
    let shown = Memo::new(move |_| app.doc.with(|d| rows.with(|r| totals(d, r))));
    let pages = Memo::new(move |_| rows.with(|r| page_count(r.len(), PAGE_SIZE)));
    let visible = Memo::new(move |_| {
        app.doc.with(|d| {
            rows.with(|r| {
                page_slice(r, page.get(), PAGE_SIZE)
                    .iter()
                    .filter_map(|&i| d.activities.get(i).cloned())
                    .collect::<Vec<Activity>>()
            })
        })
    });
    // The people and units the add form and the filters offer: one walk
    // over the ledger a moment after a change (`app/settled.rs`), and the
    // lists built from it change only when a name comes or goes.
    let known = Memo::new(move |_| {
        app.settled.track();
        app.doc.with_untracked(known_names)
    });
    let all_count = Memo::new(move |_| app.doc.with(|d| d.activities.len()));
    // Target titles for the rows: they change only when the plan does.
    let titles = Memo::new(move |_| app.doc.with(|d| rows::target_names(&d.plan)));
    // Where the row being edited is on this page, if it is.
    let edit_at = Memo::new(move |_| {
        let id = editing.get()?;
        visible.with(|v| v.iter().position(|a| a.id == id))
    });
    // The page's rows as one piece of HTML, set in one call: all of them,
    // or those before or after the row being edited.
    let page_html = move |part: Rows| {
        let lang = app.lang.get();
        let at = edit_at.get();
        titles.with(|t| {
            visible.with(|v| {
                let shown: &[Activity] = match (part, at) {
                    (Rows::All, _) => &v[..],
                    (Rows::Before, Some(i)) => &v[..i.min(v.len())],
                    (Rows::After, Some(i)) => v.get(i + 1..).unwrap_or_default(),
                    _ => &[],
                };
                rows::rows_html(shown, t, lang)
            })
        })
    };
    // The table's body: the rows as read, with the row being edited (a
    // component of its own) in a body between those before and after it.
    // It stays open while its record changes (evidence dropped on it).
    let body = move || match edit_at.get() {
        None => Either::Left(view! { <tbody inner_html=move || page_html(Rows::All)/> }),
        Some(i) => {
            let a = visible.with_untracked(|v| v.get(i).cloned());
            Either::Right(view! {
                <tbody inner_html=move || page_html(Rows::Before)/>
                <tbody>{a.map(|a| view! { <rows::EditRow activity=a editing=editing/> })}</tbody>
                <tbody inner_html=move || page_html(Rows::After)/>
            })
        }
    };
    let totals_text = move || {
        let t = shown.get();
        let mut s = fill(m().totals, &[&t.count.to_string(), &t.quantity.to_string()]);
        if !filter.with(LedgerFilter::is_empty) {
            s.push_str(&fill(m().of_all, &[&all_count.get().to_string()]));
        }
        s
    };

    view! {
        <section class="view view-ledger" aria-labelledby="ledger-title">
            <div class="view-head">
                <h2 id="ledger-title">{move || m().heading}</h2>
                <button type="button" class="btn btn-quiet no-print" on:click=move |_| print()>
                    {move || m().print}
                </button>
            </div>
            <crate::app::unassigned_panel::UnassignedPanel/>
            <form::AddForm known=known/>
            <filters::Filters filter=filter known=known/>
            <p class="ledger-totals" role="status" data-testid="ledger-totals">{totals_text}</p>
            {move || evidence.get().map(|id| view! {
                <super::evidence::EvidencePanel
                    record=crate::evidence::RecordRef::Activity(id)
                    on_close=Callback::new(move |()| evidence.set(None))/>
            })}
            <Show
                when=move || shown.with(|t| t.count > 0)
                fallback=move || {
                    view! {
                        <p class="empty-note">
                            {move || if all_count.get() == 0 { m().empty } else { m().no_match }}
                        </p>
                    }
                }
            >
                <div class="table-wrap">
                    <table class="ledger-table" on:click=move |e| rows::on_table_click(app, editing, evidence, e)
                        on:dragover=move |e| rows::on_table_dragover(app, e)
                        on:drop=move |e| rows::on_table_drop(app, e)
                        on:paste=move |e| rows::on_table_paste(app, e)>
                        <caption class="visually-hidden">{move || m().table_caption}</caption>
                        <thead>
                            <tr>
                                {LedgerColumn::ALL
                                    .into_iter()
                                    .map(|c| view! { <SortHeader column=c sort=sort/> })
                                    .collect_view()}
                                <th scope="col" class="col-actions no-print">{move || m().actions}</th>
                            </tr>
                        </thead>
                        {body}
                    </table>
                </div>
                <Show when=move || { pages.get() > 1 }>
                    <nav class="pager no-print" aria-label=move || fill(m().page, &[&(page.get() + 1).to_string(), &pages.get().to_string()])>
                        <button
                            type="button"
                            class="btn btn-small"
                            disabled=move || page.get() == 0
                            on:click=move |_| page.update(|p| *p = p.saturating_sub(1))
                        >
                            {move || m().prev}
                        </button>
                        <span>{move || fill(m().page, &[&(page.get() + 1).to_string(), &pages.get().to_string()])}</span>
                        <button
                            type="button"
                            class="btn btn-small"
                            disabled=move || { page.get() + 1 >= pages.get() }
                            on:click=move |_| page.update(|p| *p = (*p + 1).min(pages.get_untracked().saturating_sub(1)))
                        >
                            {move || m().next}
                        </button>
                    </nav>
                </Show>
            </Show>
        </section>
    }
}

/// Which of the page's rows a body of the table holds.
#[derive(Clone, Copy)]
enum Rows {
    All,
    Before,
    After,
}

fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// The name of a column in the current language.
fn column_name(c: LedgerColumn, m: &crate::i18n::ledger::LedgerMsgs) -> &'static str {
    match c {
        LedgerColumn::Date => m.date,
        LedgerColumn::Title => m.title_col,
        LedgerColumn::Targets => m.targets,
        LedgerColumn::Quantity => m.quantity,
        LedgerColumn::People => m.people,
        LedgerColumn::Unit => m.unit,
        LedgerColumn::Notes => m.notes,
    }
}

/// A column header that sorts the table: first click ascending (dates
/// newest first), a second click the other way.
#[component]
fn SortHeader(column: LedgerColumn, sort: RwSignal<LedgerSort>) -> impl IntoView {
    let app = use_app();
    let state = move || sort.with(|s| (s.column == column).then_some(s.descending));
    let aria = move || match state() {
        Some(true) => "descending",
        Some(false) => "ascending",
        None => "none",
    };
    let arrow = move || match state() {
        Some(true) => "▼",
        Some(false) => "▲",
        None => "",
    };
    let click = move |_| {
        sort.update(|s| {
            if s.column == column {
                s.descending = !s.descending;
            } else {
                *s = LedgerSort {
                    column,
                    descending: column == LedgerColumn::Date,
                };
            }
        })
    };
    let class = match column {
        LedgerColumn::Date => "col-date",
        LedgerColumn::Title => "col-title",
        LedgerColumn::Targets => "col-targets",
        LedgerColumn::Quantity => "col-qty",
        LedgerColumn::People => "col-people",
        LedgerColumn::Unit => "col-unit",
        LedgerColumn::Notes => "col-notes",
    };
    view! {
        <th scope="col" aria-sort=aria class=class>
            <button
                type="button"
                class="sort-button"
                title=move || fill(crate::i18n::ledger::msgs(app.lang.get()).sort_by, &[column_name(column, crate::i18n::ledger::msgs(app.lang.get()))])
                on:click=click
            >
                {move || column_name(column, crate::i18n::ledger::msgs(app.lang.get()))}
                <span class="sort-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}
