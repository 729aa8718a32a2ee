//! The browser shell (wasm32 only): Leptos components, browser storage,
//! file picking and downloads. Thin: every figure comes from the core.
//!
//! The shell is the top bar (plan title, navigation, as-of date, language,
//! save state), the notices under it (storage failures, unreadable stored
//! data, the first-open offer, the export reminder), the current view and
//! the toasts. Navigation is by location hash, so the back button works on
//! any static host.

pub mod actions;
pub mod banners;
pub mod download;
pub mod explain;
pub mod files;
pub mod filestore;
pub(crate) mod held;
pub mod lazy;
pub mod part_view;
pub mod router;
pub mod settled;
pub mod state;
pub mod sync;
pub mod toasts;
pub mod unassigned_panel;
pub mod views;

pub use crate::web::{clock, current_hash, nav_name, route, storage, NAV};

use chrono::NaiveDate;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::Lang;

use self::route::Route;
use self::state::{provide_app_state, use_app, SaveStatus};

/// Mounts the app on the page's `<body>`, in place of the painted first
/// screen (src/web/first_paint.rs). The app module's `mount` export
/// (src/main.rs), called by the page once the module and the app's
/// stylesheet have arrived. The stored document is read first
/// (IndexedDB is asynchronous): the painted first screen stays meanwhile.
pub fn mount() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        sync::indexed::open().await;
        leptos::mount::mount_to_body(App);
        crate::web::first_paint::app_mounted();
    });
}

/// Sets the location hash, adding a history entry.
pub fn set_hash(hash: &str) {
    if let Some(w) = web_sys::window() {
        if current_hash() != hash {
            let _ = w.location().set_hash(hash);
        }
    }
}

/// The whole app: state, shell and the current view.
#[component]
pub fn App() -> impl IntoView {
    router::install();
    let app = provide_app_state();
    sync::start(app);
    app.route.set(Route::parse(&current_hash()));

    let hash = window_event_listener_untyped("hashchange", move |_| {
        let route = Route::parse(&current_hash());
        if app.route.get_untracked() != route {
            app.route.set(route);
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    });
    let keys = window_event_listener_untyped("keydown", move |e| on_keydown(app, e));
    lazy::prefetch_when_idle(views::after_paint());
    filestore::sweep_when_idle(app);
    on_cleanup(move || {
        hash.remove();
        keys.remove();
    });

    // <html lang> and the window title follow the language and the view.
    Effect::new(move |_| {
        let lang = app.lang.get();
        let shell = app.msgs().shell;
        let section = app.route.get().section();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(html) = doc.document_element() {
                let _ = html.set_attribute("lang", lang.code());
            }
            // The tab names the view, so history entries can be told apart.
            let title = match section {
                Route::Dashboard => shell.app_name.to_string(),
                other => format!("{} · {}", nav_name(&other, shell), shell.app_name),
            };
            doc.set_title(&title);
        }
    });

    let page = Memo::new(move |_| app.route.get().section());
    // A view is drawn afresh when the language changes, so that words drawn
    // once (table rows, labels) are never left in the other language.
    // Every view but the dashboard is loaded on demand (see router.rs).
    let current = move || {
        app.lang.track();
        router::page(page.get())
    };

    view! {
        <div
            class="app"
            on:dragover=move |e| banners::on_dragover(app, e)
            on:dragleave=move |e| banners::on_dragleave(app, e)
            on:drop=move |e| banners::on_drop(app, e)
        >
            <a class="skip-link" href="#main-content" on:click=skip_to_main>
                {move || app.msgs().shell.skip_to_content}
            </a>
            <TopBar/>
            <banners::Banners/>
            <main id="main-content" class="main" tabindex="-1">
                {current}
            </main>
            <toasts::Toasts/>
            <banners::DropOverlay/>
        </div>
    }
}

fn skip_to_main(e: web_sys::MouseEvent) {
    // A plain `#main-content` link would change the route.
    e.prevent_default();
    if let Some(main) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main-content"))
        .and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

/// Ctrl+Z (⌘Z) outside a text field undoes the latest change.
fn on_keydown(app: state::AppState, e: web_sys::Event) {
    let Ok(k) = e.dyn_into::<web_sys::KeyboardEvent>() else {
        return;
    };
    if !(k.ctrl_key() || k.meta_key()) || k.shift_key() || k.alt_key() {
        return;
    }
    if !k.key().eq_ignore_ascii_case("z") {
        return;
    }
    let in_field = k
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            matches!(tag.as_str(), "input" | "textarea" | "select")
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false);
    if in_field || !app.undo_stack.with_untracked(|s| !s.is_empty()) {
        return;
    }
    k.prevent_default();
    app.undo();
}

/// Plan title, navigation, as-of date, save state and language.
#[component]
fn TopBar() -> impl IntoView {
    let app = use_app();
    let title = Memo::new(move |_| app.doc.with(|d| d.plan.title.trim().to_string()));
    let section = Memo::new(move |_| app.route.get().nav_section());

    let links = NAV
        .iter()
        .map(|r| {
            let r = r.clone();
            let href = r.to_hash();
            let here = r.clone();
            let current = move || (section.get() == here).then_some("page");
            let name = {
                let r = r.clone();
                move || nav_name(&r, app.msgs().shell)
            };
            view! {
                <li><a href=href aria-current=current>{name}</a></li>
            }
        })
        .collect_view();

    let switch_lang = move |_| {
        let next = match app.lang.get_untracked() {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        };
        app.set_lang(next);
    };

    let on_date = move |e: web_sys::Event| {
        let value = event_target_value(&e);
        let date = NaiveDate::parse_from_str(&value, "%Y-%m-%d").unwrap_or_else(|_| app.today());
        app.as_of.set(date);
    };
    let not_today = move || app.as_of.get() != app.today();

    let save_text = move || {
        let shell = app.msgs().shell;
        match app.save_status.get() {
            SaveStatus::Saved => shell.saved,
            SaveStatus::Pending => shell.saving,
            SaveStatus::Failed(_) => shell.not_saved,
        }
    };
    let save_class = move || match app.save_status.get() {
        SaveStatus::Saved => "save-state save-ok",
        SaveStatus::Pending => "save-state save-pending",
        SaveStatus::Failed(_) => "save-state save-failed",
    };

    view! {
        <header class="topbar">
            <div class="topbar-head">
                <a class="brand" href="#/dashboard">{move || app.msgs().shell.app_name}</a>
                <h1 class="plan-title">
                    {move || {
                        let t = title.get();
                        if t.is_empty() { app.msgs().shell.untitled_plan.to_string() } else { t }
                    }}
                </h1>
                <div class="topbar-tools">
                    <span class=save_class role="status">{save_text}</span>
                    <button
                        type="button"
                        class="btn btn-quiet lang-switch"
                        lang=move || match app.lang.get() { Lang::Zh => "en", Lang::En => "zh-CN" }
                        title=move || app.msgs().shell.lang_button_title
                        on:click=switch_lang
                    >
                        {move || app.msgs().shell.lang_button}
                    </button>
                </div>
            </div>
            <div class="topbar-row">
                <nav class="nav" aria-label=move || app.msgs().shell.nav_label>
                    <ul>{links}</ul>
                </nav>
                <div class="as-of" class:as-of-past=not_today>
                    <label for="as-of-date">{move || app.msgs().shell.as_of_label}</label>
                    <input
                        id="as-of-date"
                        type="date"
                        prop:value=move || app.as_of.get().format("%Y-%m-%d").to_string()
                        on:change=on_date
                    />
                    <Show when=not_today>
                        <button
                            type="button"
                            class="btn btn-small"
                            title=move || app.msgs().shell.as_of_past
                            on:click=move |_| app.as_of.set(app.today())
                        >
                            {move || app.msgs().shell.as_of_today}
                        </button>
                    </Show>
                </div>
            </div>
        </header>
    }
}
