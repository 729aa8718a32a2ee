//! The browser's side without the app (wasm32 only, no Leptos): browser
//! storage (localStorage, and the document's IndexedDB database in
//! [`idb`]), the clock, routes, and the first screen painted before the
//! app's code has arrived.
//!
//! The page starts two modules. The first, `luoshi-first` (src/first.rs),
//! holds only this module and the pure core it uses: it reads the stored
//! document and paints the dashboard ([`first_paint`]). The app
//! (`luoshi-web`, src/main.rs: Leptos, the shell and every view) is fetched
//! once that frame is on screen and takes the painted copy's place. Both
//! use [`storage`], [`clock`] and [`route`], so they read and name things
//! the same way.

pub mod clock;
pub mod docstore;
pub mod first_paint;
pub mod idb;
pub mod route;
pub mod storage;

use self::route::Route;

/// The location hash now, e.g. `#/ledger`.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Copies the bars' lengths in markup set from a string (`data-w`, a
/// fill's width; `data-l`, a marker's left; see `present::dashboard`) into
/// their style under `root`: the page's policy refuses inline style
/// attributes, not styles set through the DOM.
pub fn set_bar_lengths(root: &web_sys::Element) {
    use wasm_bindgen::JsCast;
    let Ok(list) = root.query_selector_all("[data-w], [data-l]") else {
        return;
    };
    for i in 0..list.length() {
        let Some(el) = list
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let style = el.style();
        if let Some(w) = el.get_attribute("data-w") {
            let _ = style.set_property("width", &w);
        }
        if let Some(l) = el.get_attribute("data-l") {
            let _ = style.set_property("left", &l);
        }
    }
}

/// The name of a top-level view in the navigation.
pub fn nav_name(route: &Route, shell: &crate::i18n::shell::ShellMsgs) -> &'static str {
    match route {
        Route::Dashboard => shell.nav_dashboard,
        Route::Ledger => shell.nav_ledger,
        Route::Targets | Route::Target(_) | Route::History => shell.nav_targets,
        Route::Plan | Route::Intake => shell.nav_plan,
        Route::Data => shell.nav_data,
        Route::Report | Route::Duban(_) => shell.nav_report,
        Route::Help => shell.nav_help,
        Route::Reporting => shell.nav_reporting,
    }
}

/// The views in navigation order.
pub const NAV: [Route; 8] = [
    Route::Dashboard,
    Route::Ledger,
    Route::Targets,
    Route::Plan,
    Route::Data,
    Route::Reporting,
    Route::Report,
    Route::Help,
];
