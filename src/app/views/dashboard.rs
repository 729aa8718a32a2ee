//! The dashboard: the plan's completion against 序时进度, what needs
//! attention, and every target of every section with its bar and status.
//!
//! Its markup is [`crate::present::dashboard_html`]'s, the one renderer the
//! first screen paints too, so the two cannot differ. This view sets it
//! (drawn again when the document, the figures' date, the language or the
//! filters change), copies the bars' lengths into their style, and answers
//! every control with one handler on the view: a button's `data-action`
//! ([`DashAction`]), a filter list's `data-filter` ([`choose_filter`]). The
//! focused control keeps the focus across a redraw.
//!
//! Two parts stay components beside the markup, neither of them in the
//! first screen: the notice of records that name no target (a panel with
//! its own forms, shared with the ledger; the first screen is not painted
//! when there are such records) and the charts (a split part fetched after
//! the first paint).

pub mod parts;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::plan::TargetId;
use crate::present::{
    choose_filter, dashboard_body_html, dashboard_head_html, has_targets, toggle_status, Controls,
    DashAction, DashFilter, DashLinks, Dashboard,
};

use crate::app::actions;
use crate::app::lazy::Part;
use crate::app::part_view::PartView;
use crate::app::route::Route;
use crate::app::state::{use_app, AppState};

/// The dashboard view.
#[component]
pub fn DashboardView() -> impl IntoView {
    let app = use_app();
    let filter = RwSignal::new(DashFilter::default());
    let head = NodeRef::<leptos::html::Div>::new();
    let body = NodeRef::<leptos::html::Div>::new();
    // What each part holds now: the same text is not set again.
    let shown = StoredValue::new((String::new(), String::new()));
    let targets = Memo::new(move |_| app.doc.with(has_targets));

    Effect::new(move |_| {
        let (head_html, body_html) = markup(app, filter);
        let (Some(head), Some(body)) = (head.get(), body.get()) else {
            return;
        };
        let (old_head, old_body) = shown.get_value();
        if head_html != old_head {
            set_markup(&head, &head_html);
        }
        if body_html != old_body {
            set_markup(&body, &body_html);
        }
        shown.set_value((head_html, body_html));
    });

    let on_click = move |e: web_sys::MouseEvent| on_click(app, filter, e);
    let on_change = move |e: web_sys::Event| {
        let Some(list) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
        else {
            return;
        };
        if let Some(which) = list.get_attribute("data-filter") {
            let value = list.value();
            filter.update(|f| *f = choose_filter(f, &which, &value));
        }
    };

    view! {
        <section class="view view-dashboard" aria-labelledby="dash-title">
            <div class="view-head" node_ref=head on:click=on_click></div>
            <crate::app::unassigned_panel::UnassignedPanel/>
            <div class="dash-body" node_ref=body on:click=on_click on:change=on_change></div>
            <Show when=move || targets.get()>
                <div class="chart-slot" data-chart="dashboard">
                    <Charts/>
                </div>
            </Show>
        </section>
    }
}

/// The head's and the body's markup for what the app shows now.
fn markup(app: AppState, filter: RwSignal<DashFilter>) -> (String, String) {
    let lang = app.lang.get();
    let first_open = app.first_open.get();
    let target = |id: &TargetId| Route::Target(id.to_string()).to_hash();
    let (history, ledger, plan) = (
        Route::History.to_hash(),
        Route::Ledger.to_hash(),
        Route::Plan.to_hash(),
    );
    let links = DashLinks {
        target: &target,
        history: &history,
        ledger: &ledger,
        plan: &plan,
    };
    app.doc.with(|doc| {
        app.progress.with(|progress| {
            filter.with(|filter| {
                let d = Dashboard {
                    doc,
                    progress,
                    today: app.today(),
                    lang,
                    filter,
                    controls: Controls::Enabled,
                    first_open,
                    links: &links,
                };
                (dashboard_head_html(&d), dashboard_body_html(&d))
            })
        })
    })
}

/// Sets `html` as what `el` holds, with its bars' lengths; a control of it
/// that had the focus gives it to the same control drawn anew.
fn set_markup(el: &web_sys::Element, html: &str) {
    let focused = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .filter(|a| a != el && el.contains(Some(a)))
        .map(|a| control_key(&a));
    el.set_inner_html(html);
    crate::web::set_bar_lengths(el);
    let Some(key) = focused else { return };
    let Ok(controls) = el.query_selector_all("a, button, select") else {
        return;
    };
    // Compared one by one rather than queried by selector: a link holds a
    // target's id, which may be any text.
    for i in 0..controls.length() {
        let Some(c) = controls
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        if control_key(&c) == key {
            let _ = c.focus();
            return;
        }
    }
}

/// What tells a control from the others across a redraw: its element, class,
/// action and value, filter list and link.
fn control_key(el: &web_sys::Element) -> [Option<String>; 6] {
    [
        Some(el.tag_name()),
        el.get_attribute("class"),
        el.get_attribute("data-action"),
        el.get_attribute("data-value"),
        el.get_attribute("data-filter"),
        el.get_attribute("href"),
    ]
}

/// A click on the dashboard: the button it was on, if any, does its action.
fn on_click(app: AppState, filter: RwSignal<DashFilter>, e: web_sys::MouseEvent) {
    let Some(button) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button[data-action]").ok().flatten())
    else {
        return;
    };
    let action = button.get_attribute("data-action").unwrap_or_default();
    let value = button.get_attribute("data-value");
    match DashAction::read(&action, value.as_deref()) {
        Some(DashAction::Print) => print(),
        Some(DashAction::Status(status)) => filter.update(|f| *f = toggle_status(f, status)),
        Some(DashAction::AsOf(date)) => app.as_of.set(date),
        Some(DashAction::ClearFilters) => filter.set(DashFilter::default()),
        Some(DashAction::LoadExample) => actions::load_example(app),
        Some(DashAction::StartBlank) => actions::start_blank(app),
        None => {}
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
