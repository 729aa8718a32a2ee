//! Starting Luoshi: the first screen before the app's code.
//!
//! This module (`luoshi-first`, src/first.rs) holds only what this needs:
//! reading the stored form's plan, meta and summary rows, the engine (for
//! the default plan of a first open), and the first screen's HTML
//! ([`present::first_screen_html`]).
//!
//! Where the first screen comes from:
//! - **The document kept in IndexedDB** (the localStorage marker
//!   `luoshi.store.v1` names it, [`super::docstore`]): its plan's rows and
//!   its summary row, read in one transaction without the ledger
//!   ([`super::docstore::read_first_screen`]). It is painted only when the
//!   summary is as of today and of the meta row's revision, and of that
//!   plan ([`crate::store::first_screen`]); any other summary is stale, and
//!   the app paints the first screen once it has loaded the document.
//!   Should IndexedDB not answer within a second, the app is fetched
//!   without waiting longer and nothing is painted after that.
//! - **Nothing stored** (a first open): the default plan under the welcome
//!   offer, evaluated here, as the app does.
//! - **A document still in localStorage** (no marker: the visit before the
//!   app moves it into IndexedDB, or a browser where IndexedDB cannot be
//!   used): the app paints the first screen; the whole document reader is
//!   kept off the critical path ([`paint_first_open`] says what it would
//!   weigh).
//!
//! Leptos and every view are the app's own module, fetched once that frame
//! is on screen: its own memory and allocator, so the app's work never
//! calls across a module boundary. When it has arrived the app mounts and
//! takes the painted copy's place in the same task, so nothing flickers.
//! The copy's controls are disabled until then; its links work.
//!
//! When the app's first screen is anything else (a
//! stored document that cannot be read or was kept aside, a plan without
//! targets, an empty ledger's offer, records without a target, storage
//! that cannot be read, a view other than the dashboard), or when the
//! stored summary is not today's or not of the stored revision, the page
//! keeps its loading note and the app paints its first screen itself.
//! Should the app's module not arrive, a notice says so and offers to try
//! again; the painted figures stay.
//!
//! `<html data-luoshi="ready">` is set once the app has mounted (tests
//! and tools wait for it).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use chrono::Datelike;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::engine::PlanProgress;
use crate::i18n;
use crate::present::{self, DashLinks, DashSource, FirstScreen, Notice, PlanCounts};

use super::route::Route;
use super::{clock, storage};

/// Paints the first screen when it can, then fetches the app's module and
/// mounts the app once it has arrived.
pub fn start() {
    console_error_panic_hook::set_once();
    if !paintable() {
        return load_app();
    }
    match super::docstore::marker() {
        Some(marker) => paint_stored_then_load(marker.doc),
        None if paint_first_open() => after_presented(load_app),
        None => load_app(),
    }
}

/// How long the first screen waits for IndexedDB before the app is
/// fetched without it (a database held by another tab's upgrade answers
/// only once that tab lets go).
const STORED_WAIT_MS: i32 = 1000;

/// Reads the first screen of the document kept in IndexedDB and paints it
/// when the rows allow, then loads the app. Should the read not have
/// settled within [`STORED_WAIT_MS`], the app is loaded without it and
/// nothing is painted after that.
fn paint_stored_then_load(doc_id: String) {
    let settled = Rc::new(Cell::new(false));
    let late = settled.clone();
    let give_up = Closure::once_into_js(move || {
        if !late.replace(true) {
            load_app();
        }
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            give_up.unchecked_ref(),
            STORED_WAIT_MS,
        );
    }
    wasm_bindgen_futures::spawn_local(async move {
        let today = clock::today();
        let read = super::docstore::read_first_screen(&doc_id, today).await;
        if settled.replace(true) {
            return;
        }
        // The app reads the whole document next: the browser reads it
        // while the app's module is fetched and compiled.
        super::idb::prefetch_prefix(&crate::store::RowKey::doc_prefix(&doc_id));
        match read {
            Ok(Ok(rows)) if paint_summary(&rows, today) => after_presented(load_app),
            _ => load_app(),
        }
    });
}

/// Runs `f` once the painted first screen is on the screen: when the browser
/// reports its heading (`elementtiming="dashboard"`) presented; where it
/// makes no such reports, in a task after its next frame. Either way after
/// 250 ms at the latest (a tab opened in the background renders nothing
/// until it is shown).
///
/// The app's module is large: fetched and compiled at once after the frame's
/// main-thread work, it took the cores from the threads that rasterise that
/// frame, and one returning visit in three showed its figures 100 ms later.
fn after_presented(f: fn()) {
    let ran = Rc::new(Cell::new(false));
    let once = move || {
        if !ran.replace(true) {
            f();
        }
    };
    let Some(window) = web_sys::window() else {
        return f();
    };
    let fallback = once.clone();
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
        Closure::once_into_js(fallback).unchecked_ref(),
        250,
    );
    if when_heading_presented(once.clone()) {
        return;
    }
    let after_frame = Closure::once_into_js(move || {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(Closure::once_into_js(once).unchecked_ref());
        }
    });
    let _ = window.request_animation_frame(after_frame.unchecked_ref());
}

/// Calls `f` when the browser's Element Timing reports the dashboard's
/// heading presented. False where the browser has no Element Timing.
fn when_heading_presented(f: impl Fn() + 'static) -> bool {
    let element = JsValue::from_str("element");
    let supported = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("PerformanceObserver")).ok())
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("supportedEntryTypes")).ok())
        .is_some_and(|types| js_sys::Array::from(&types).includes(&element, 0));
    if !supported {
        return false;
    }
    type Observed = dyn Fn(web_sys::PerformanceObserverEntryList, web_sys::PerformanceObserver);
    let callback = Closure::<Observed>::new(
        move |list: web_sys::PerformanceObserverEntryList,
              observer: web_sys::PerformanceObserver| {
            let heading = list.get_entries().iter().any(|entry| {
                js_sys::Reflect::get(&entry, &JsValue::from_str("identifier"))
                    .ok()
                    .and_then(|id| id.as_string())
                    .as_deref()
                    == Some("dashboard")
            });
            if heading {
                observer.disconnect();
                f();
            }
        },
    );
    let Ok(observer) = web_sys::PerformanceObserver::new(callback.as_ref().unchecked_ref()) else {
        return false;
    };
    // The observer keeps the callback for the life of the page; it is small.
    callback.forget();
    // The entry comes once the frame is presented, after this call: nothing
    // earlier needs to be asked for.
    observer.observe(&web_sys::PerformanceObserverInit::new(&js_sys::Array::of1(
        &element,
    )));
    true
}

/// Asks the page for the app (`luoshiStartApp` in start.js, or in the
/// single file): it fetches and starts the app's module, waits for `styles`
/// and mounts the app. Its promise fails if the module cannot be had.
fn start_app(styles: &JsValue) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let start = js_sys::Reflect::get(&window, &JsValue::from_str("luoshiStartApp")).ok()?;
    let start = start.dyn_into::<js_sys::Function>().ok()?;
    start.call1(&JsValue::NULL, styles).ok()?.dyn_into().ok()
}

fn load_app() {
    // The other views' rules first, so that a view opened at once is
    // never drawn unstyled (a stylesheet that fails still lets the app in).
    let styles = app_styles().map(JsValue::from).unwrap_or(JsValue::NULL);
    let Some(started) = start_app(&styles) else {
        show_failed();
        return;
    };
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(started).await.is_err() {
            show_failed();
        }
    });
}

thread_local! {
    /// Settles once `style/app.css` has loaded or failed.
    static STYLES: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Links `style/app.css` (every view's rules but the first screen's) before
/// `style/main.css`, keeping the order of the cascade the one stylesheet had,
/// once per page. `None` where the page carries its styles inline (the
/// single file).
fn app_styles() -> Option<js_sys::Promise> {
    if let Some(done) = STYLES.with(|s| s.borrow().clone()) {
        return Some(done);
    }
    let page = document()?;
    let main = page.query_selector("link[href='style/main.css']").ok()??;
    let link = page.create_element("link").ok()?;
    let _ = link.set_attribute("rel", "stylesheet");
    let _ = link.set_attribute("href", "style/app.css");
    let done = js_sys::Promise::new(&mut |resolve, _| {
        let settle = Closure::once_into_js(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
        let _ = link.add_event_listener_with_callback("load", settle.unchecked_ref());
        let _ = link.add_event_listener_with_callback("error", settle.unchecked_ref());
    });
    let parent = main.parent_node()?;
    parent.insert_before(&link, Some(&main)).ok()?;
    STYLES.with(|s| *s.borrow_mut() = Some(done.clone()));
    Some(done)
}

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Whether the first screen may be painted ahead of the app at all: the
/// dashboard is asked for and no unreadable document was kept aside (its
/// notice is the app's alone).
fn paintable() -> bool {
    Route::parse(&super::current_hash()) == Route::Dashboard
        && !storage::keys()
            .iter()
            .any(|k| k.starts_with(storage::RECOVERY_KEY))
}

/// Paints the first screen of a first open (nothing stored, no marker):
/// the default plan under the welcome offer; whether it did.
///
/// A document still in localStorage (no marker: the visit before the app
/// moves it into IndexedDB, or a browser where IndexedDB cannot be used)
/// is left to the app to paint. Decoding it here would put the whole
/// document reader beside the stored form's on the critical path: built
/// and optimised the same way, the first module weighed 145.6 KB brotli
/// with it against 125.0 KB without, which puts the critical path at
/// about 158 KB, over its 150 KB budget (`./x build`: 136.5 KB without).
fn paint_first_open() -> bool {
    if !matches!(storage::read(storage::DOC_KEY), Ok(None)) {
        return false;
    }
    // The document is kept in IndexedDB: localStorage holds at most the
    // copy from before the move, which is not the document.
    if storage::read(super::docstore::MARKER_KEY)
        .ok()
        .flatten()
        .is_some()
    {
        return false;
    }
    let today = clock::today();
    let doc = crate::seed::default_document(today.year(), "");
    if !present::can_paint_first(&doc, true) {
        return false;
    }
    let progress = crate::engine::evaluate(&doc, today);
    insert(&doc, &progress, today, true)
}

/// Paints the first screen from the plan's rows and the summary row of the
/// document kept in IndexedDB ([`crate::store::first_screen`] has checked
/// that the summary is of today, of the stored revision and of this plan);
/// whether it did.
fn paint_summary(rows: &crate::store::FirstRows, today: chrono::NaiveDate) -> bool {
    let s = &rows.summary;
    let counts = PlanCounts {
        plan: &rows.plan,
        activities: s.activities,
        readings: s.readings,
    };
    if !present::can_paint_first(&counts, false) || s.unassigned {
        return false;
    }
    insert(&counts, &s.progress, today, false)
}

/// Puts the first screen of `source` with `progress` (its figures as of
/// `today`) in the page, in place of the loading note; whether it did.
fn insert(
    source: &dyn DashSource,
    progress: &PlanProgress,
    today: chrono::NaiveDate,
    first_open: bool,
) -> bool {
    let Some(page) = document() else {
        return false;
    };
    let settings = storage::read_settings();
    let lang = settings.lang;
    let notice = if first_open {
        Notice::Welcome
    } else {
        match present::reminder_due(
            settings.reminder_days,
            settings.last_export,
            settings.since,
            source.has_records(),
            today,
        ) {
            Some(days) => Notice::Reminder(days),
            None => Notice::None,
        }
    };
    let shell = i18n::msgs(lang).shell;
    let nav: Vec<(String, &'static str)> = super::NAV
        .iter()
        .map(|r| (r.to_hash(), super::nav_name(r, shell)))
        .collect();
    let target_href = |id: &crate::plan::TargetId| Route::Target(id.to_string()).to_hash();
    let (history, ledger, plan) = (
        Route::History.to_hash(),
        Route::Ledger.to_hash(),
        Route::Plan.to_hash(),
    );
    let html = present::first_screen_html(&FirstScreen {
        doc: source,
        progress,
        today,
        lang,
        nav: &nav,
        links: &DashLinks {
            target: &target_href,
            history: &history,
            ledger: &ledger,
            plan: &plan,
        },
        notice,
    });
    let Some(body) = page.body() else {
        return false;
    };
    if let Some(root) = page.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    if let Some(note) = page.get_element_by_id("luoshi-loading") {
        note.remove();
    }
    let _ = body.insert_adjacent_html("beforeend", &html);
    if let Some(painted) = page.get_element_by_id("first-paint") {
        super::set_bar_lengths(&painted);
    }
    true
}

/// Called by the app once it is mounted: the painted copy and the loading
/// note go in the same task, and the page is marked ready.
pub fn app_mounted() {
    let Some(page) = document() else { return };
    for id in ["first-paint", "luoshi-loading", "app-failed"] {
        if let Some(el) = page.get_element_by_id(id) {
            el.remove();
        }
    }
    if let Some(root) = page.document_element() {
        let _ = root.set_attribute("data-luoshi", "ready");
    }
}

/// The app's module could not be fetched: says so above whatever is painted,
/// with a button that tries again.
fn show_failed() {
    let Some(page) = document() else { return };
    let Some(body) = page.body() else { return };
    if page.get_element_by_id("app-failed").is_some() {
        return;
    }
    let shell = i18n::msgs(storage::read_settings().lang).shell;
    let html = format!(
        "<section class=\"banner banner-danger part-failed\" id=\"app-failed\" role=\"alert\" data-testid=\"part-failed\">\
         <p>{}</p><div class=\"banner-actions\"><button type=\"button\" class=\"btn btn-primary\">{}</button></div></section>",
        crate::escape::markup(shell.part_failed),
        crate::escape::markup(shell.part_retry),
    );
    let _ = body.insert_adjacent_html("afterbegin", &html);
    let Some(button) = page.query_selector("#app-failed button").ok().flatten() else {
        return;
    };
    let retry = Closure::once_into_js(move || {
        if let Some(el) = document().and_then(|d| d.get_element_by_id("app-failed")) {
            el.remove();
        }
        load_app();
    });
    let _ = button.add_event_listener_with_callback("click", retry.unchecked_ref());
}
