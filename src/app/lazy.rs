//! The parts of the app loaded on demand. The shell and the dashboard are
//! the app module's main part, fetched once the first module has painted
//! the first screen (src/web/first_paint.rs); every other view, and the example ledger, sits
//! behind a split point of its own (`wasm_split` from `wasm_split_helpers`, the
//! mechanism under Leptos's `#[lazy]`). The build (scripts/build.sh) runs
//! `wasm-split` on the linked module, which moves each split point's code,
//! and everything only it uses, into its own `.wasm` beside the main one.
//!
//! A part is fetched the first time it is needed, and every part is fetched
//! once the first screen is painted and the browser is idle, so a click on
//! a view rarely waits on the network. A part still on its way after
//! 100 ms shows a quiet note in its place; one that cannot be fetched says
//! so and offers to try again (a failed load is not remembered, so the
//! retry fetches afresh).
//!
//! This module is the machinery only and names no view: which view each
//! part holds is the table the app gives it once ([`install`], from
//! src/app/router.rs), and a part's place on the page, with its loading
//! note and its retry, is src/app/part_view.rs. So a view may show a part
//! (the dashboard its charts) without reaching every other view.
//!
//! A new view goes behind a split point, never into the main part: a
//! [`Part`] variant, its place in `Part::ALL` (the prefetch order; before
//! `Part::PREFETCHED`'s mark if it is prefetched), one `split_point!` and
//! one arm each in the router's `load` and `preload`; then its route shows
//! `<PartView part=Part::New/>`. Code that is not a view can be a part too,
//! loaded where it is used (`split_point!` is exported for that: the
//! dashboard's charts, the .xlsx reader and writer, the stored document's
//! explanation, the evidence sweep, the pretty JSON writer, the example
//! ledger). Without the `split` feature (component tests, `cargo check`)
//! the same functions call the code directly.

mod flight;

use std::cell::Cell;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

pub(crate) use self::flight::fetch;

/// A part's code could not be fetched or instantiated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartFailed;

impl From<SplitLoaderError> for PartFailed {
    fn from(_: SplitLoaderError) -> Self {
        PartFailed
    }
}

/// The parts whose code is loaded, one bit each.
static LOADED: AtomicU32 = AtomicU32::new(0);

/// A view whose code is loaded on demand.
///
/// Adding one: a variant here, its place in [`Part::ALL`], one
/// `split_point!` and one arm each in `load` and `preload` in
/// src/app/router.rs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The dashboard's charts, drawn after the first paint.
    Charts,
    Ledger,
    Targets,
    Plan,
    Data,
    Report,
    Help,
    History,
    Intake,
    Reporting,
    Duban,
    /// The notice of records whose target the plan no longer has.
    Unassigned,
}

impl Part {
    fn bit(self) -> u32 {
        1 << (self as u8)
    }

    /// Whether the part's code is known to be loaded (always, in a module
    /// that is not split).
    pub(crate) fn is_loaded(self) -> bool {
        !cfg!(feature = "split") || LOADED.load(Ordering::Relaxed) & self.bit() != 0
    }

    fn mark_loaded(self) {
        LOADED.fetch_or(self.bit(), Ordering::Relaxed);
    }

    /// Takes back [`Part::is_loaded`]: its loader was found not ready.
    pub(crate) fn mark_unloaded(self) {
        LOADED.fetch_and(!self.bit(), Ordering::Relaxed);
    }

    /// Every part: those of the navigation's views in the order they are
    /// fetched when the browser is idle (the ones used most first), then
    /// those fetched only when used ([`Part::PREFETCHED`]).
    pub const ALL: [Part; 12] = [
        Part::Charts,
        Part::Ledger,
        Part::Targets,
        Part::Report,
        Part::Data,
        Part::Reporting,
        Part::History,
        Part::Plan,
        Part::Help,
        Part::Duban,
        Part::Intake,
        Part::Unassigned,
    ];

    /// How many of [`Part::ALL`], from the first, are fetched when the
    /// browser is idle: every view of the navigation. The plan-from-text
    /// review (the spreadsheet and .docx readers, the largest part, opened
    /// from the plan editor now and then) and the unassigned records'
    /// notice (shown only when there are such records) are fetched when
    /// used; the service worker has their files either way.
    const PREFETCHED: usize = 10;
}

/// A part's view, on its way: its split function's answer.
pub type ViewFuture = Pin<Box<dyn Future<Output = Result<AnyView, PartFailed>>>>;

/// A part's code, on its way.
pub type PreloadFuture = Pin<Box<dyn Future<Output = Result<(), SplitLoaderError>>>>;

/// The table from part to code: each part's split function, which builds
/// its view, and the one that only fetches its code. The app gives it once
/// (src/app/router.rs), before the first view is drawn, so that this module
/// names no view.
#[derive(Clone, Copy)]
pub struct Table {
    /// Builds the part's view, fetching its code first if needed.
    pub load: fn(Part) -> ViewFuture,
    /// Fetches the part's code without building anything.
    pub preload: fn(Part) -> PreloadFuture,
}

thread_local! {
    static TABLE: Cell<Option<Table>> = const { Cell::new(None) };
}

/// Gives the table from part to code; the app calls it once, at its start.
pub fn install(table: Table) {
    TABLE.with(|t| t.set(Some(table)));
}

/// A part's view: from the table, or a failure to load (not reached: the
/// app installs the table before it draws any part).
pub(crate) fn load(part: Part) -> ViewFuture {
    match TABLE.with(Cell::get) {
        Some(table) => (table.load)(part),
        None => Box::pin(async { Err(PartFailed) }),
    }
}

/// Fetches a part's code without showing it.
async fn preload(part: Part) -> Result<(), PartFailed> {
    let Some(table) = TABLE.with(Cell::get) else {
        return Err(PartFailed);
    };
    (table.preload)(part).await?;
    part.mark_loaded();
    Ok(())
}

// One split point per part, made by this macro (the views' in
// src/app/router.rs). Each returns the part's view; calling it
// fetches the part's module first when it is not loaded yet. Without the
// `split` feature (component tests, `cargo check`) the same functions call
// the code directly: an unsplit module cannot resolve the loader's imports.
// Code that is not a view (the example ledger in app/actions.rs, the .xlsx
// writer and reader in app/views/data/xlsx.rs) uses the same macro; the result is wrapped in
// `Result<_, PartFailed>`.
macro_rules! split_point {
    ($module:ident, $preload:ident, $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($module, wasm_split_path = ::leptos::wasm_split, preload($preload), fallible)]
        $vis fn $name($($arg: $ty),*) -> Result<$ret, $crate::app::lazy::PartFailed> $body

        #[cfg(not(feature = "split"))]
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::app::lazy::PartFailed> $body

        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        async fn $preload() -> Result<(), ::leptos::wasm_split::SplitLoaderError> {
            Ok(())
        }
    };
}
pub(crate) use split_point;

/// Once the first screen is painted, fetches the navigation's parts one
/// after another, each when the browser is next idle, so that no part's
/// arrival lands in the same task as another's or as the user's input. A
/// part that cannot be fetched now is fetched again when it is opened.
/// `painted` turns true once the first screen is on screen.
pub fn prefetch_when_idle(painted: ReadSignal<bool>) {
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || !painted.get() {
            return done.unwrap_or(false);
        }
        leptos::task::spawn_local(async {
            for part in &Part::ALL[..Part::PREFETCHED] {
                idle().await;
                if fetch(*part).await.is_err() {
                    // Offline on a first visit, or a file missing on the
                    // server: opening the view will say so and retry.
                    break;
                }
            }
        });
        true
    });
}

/// Resolves when the browser is next idle.
async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        when_idle(move || {
            let _ = resolve.call0(&JsValue::NULL);
        })
    });
    // The promise only resolves; there is no error to handle.
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Runs `f` when the browser is idle (`requestIdleCallback`), or after a
/// short timeout where there is no such thing.
fn when_idle(f: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let has_idle = js_sys::Reflect::has(&window, &"requestIdleCallback".into()).unwrap_or(false);
    let callback = Closure::once_into_js(f);
    let scheduled = if has_idle {
        window
            .request_idle_callback(callback.unchecked_ref())
            .is_ok()
    } else {
        false
    };
    if !scheduled {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 200);
    }
}
