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
//! A new view goes behind a split point, never into the main part: a
//! [`Part`] variant, its place in `Part::ALL` (the prefetch order; before
//! `Part::PREFETCHED`'s mark if it is prefetched), one `split_point!` and
//! one arm each in `load` and `preload`; then its route shows
//! `<PartView part=Part::New/>`. Code that is not a view can be a part too,
//! loaded where it is used (`split_point!` is exported for that: the
//! dashboard's charts, the .xlsx reader and writer, the stored document's
//! explanation, the evidence sweep, the pretty JSON writer). Without the
//! `split` feature (component tests, `cargo check`) the same functions call
//! the code directly.

mod flight;

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use self::flight::fetch;
use super::state::{use_app, AppState};

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
/// `split_point!` below, and one arm each in `load` and `preload`.
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
    fn is_loaded(self) -> bool {
        !cfg!(feature = "split") || LOADED.load(Ordering::Relaxed) & self.bit() != 0
    }

    fn mark_loaded(self) {
        LOADED.fetch_or(self.bit(), Ordering::Relaxed);
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

// One split point per part. Each returns the part's view; calling it
// fetches the part's module first when it is not loaded yet. Without the
// `split` feature (component tests, `cargo check`) the same functions call
// the code directly: an unsplit module cannot resolve the loader's imports.
// Code that is not a view (the example ledger, the .xlsx writer and reader
// in app/views/data/xlsx.rs) uses the same macro; the result is wrapped in
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

split_point!(
    charts,
    preload_charts,
    fn charts_view() -> AnyView {
        Ok(super::views::chart_view::DashboardChart().into_any())
    }
);

split_point!(
    ledger,
    preload_ledger,
    fn ledger_view() -> AnyView {
        Ok(super::views::ledger::LedgerView().into_any())
    }
);

split_point!(
    targets,
    preload_targets,
    fn target_view() -> AnyView {
        Ok(super::views::target::TargetView().into_any())
    }
);

split_point!(
    plan,
    preload_plan,
    fn plan_view() -> AnyView {
        Ok(super::views::plan_editor::PlanEditorView().into_any())
    }
);

split_point!(
    data,
    preload_data,
    fn data_view() -> AnyView {
        Ok(super::views::data::DataView().into_any())
    }
);

split_point!(
    report,
    preload_report,
    fn report_view() -> AnyView {
        Ok(super::views::report::ReportView().into_any())
    }
);

split_point!(
    help,
    preload_help,
    fn help_view() -> AnyView {
        Ok(super::views::help::HelpView().into_any())
    }
);

split_point!(
    history,
    preload_history,
    fn history_view() -> AnyView {
        Ok(super::views::history::HistoryView().into_any())
    }
);

split_point!(
    reporting,
    preload_reporting,
    fn reporting_view() -> AnyView {
        Ok(super::views::reporting::ReportingView().into_any())
    }
);

split_point!(
    intake,
    preload_intake,
    fn intake_view() -> AnyView {
        Ok(super::views::intake::IntakeView().into_any())
    }
);

split_point!(
    duban,
    preload_duban,
    fn duban_view() -> AnyView {
        Ok(super::views::duban::DubanView().into_any())
    }
);

split_point!(
    unassigned,
    preload_unassigned,
    fn unassigned_view() -> AnyView {
        Ok(super::unassigned_panel::UnassignedNotice().into_any())
    }
);

// The example ledger for a year, built by code loaded on demand.
split_point!(
    example,
    preload_example,
    pub fn example_document(year: i32, today: chrono::NaiveDate) -> crate::plan::Document {
        Ok(crate::seed::example_document(year, today))
    }
);

/// Runs `then` with the example ledger for a year: at once in a module
/// that is not split, else when its code has arrived.
pub fn with_example_document(
    year: i32,
    today: chrono::NaiveDate,
    then: impl FnOnce(Result<crate::plan::Document, PartFailed>) + 'static,
) {
    let mut future = Box::pin(example_document(year, today));
    if !cfg!(feature = "split") {
        if let Poll::Ready(result) = future
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            then(result);
            return;
        }
    }
    leptos::task::spawn_local(async move { then(future.await) });
}

type ViewFuture = Pin<Box<dyn Future<Output = Result<AnyView, PartFailed>>>>;

fn load(part: Part) -> ViewFuture {
    match part {
        Part::Charts => Box::pin(charts_view()),
        Part::Ledger => Box::pin(ledger_view()),
        Part::Targets => Box::pin(target_view()),
        Part::Plan => Box::pin(plan_view()),
        Part::Data => Box::pin(data_view()),
        Part::Report => Box::pin(report_view()),
        Part::Help => Box::pin(help_view()),
        Part::History => Box::pin(history_view()),
        Part::Intake => Box::pin(intake_view()),
        Part::Reporting => Box::pin(reporting_view()),
        Part::Duban => Box::pin(duban_view()),
        Part::Unassigned => Box::pin(unassigned_view()),
    }
}

/// Fetches a part's code without showing it.
async fn preload(part: Part) -> Result<(), SplitLoaderError> {
    match part {
        Part::Charts => preload_charts().await,
        Part::Ledger => preload_ledger().await,
        Part::Targets => preload_targets().await,
        Part::Plan => preload_plan().await,
        Part::Data => preload_data().await,
        Part::Report => preload_report().await,
        Part::Help => preload_help().await,
        Part::History => preload_history().await,
        Part::Intake => preload_intake().await,
        Part::Reporting => preload_reporting().await,
        Part::Duban => preload_duban().await,
        Part::Unassigned => preload_unassigned().await,
    }?;
    part.mark_loaded();
    Ok(())
}

/// How long a part may take before its place says it is loading.
const QUIET: Duration = Duration::from_millis(100);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Arrival {
    Waiting,
    Slow,
    Failed,
    Ready,
}

/// A part's view. When its code is loaded already the view is built at
/// once; otherwise its place stays empty for up to 100 ms, then says it is
/// loading, and says so plainly if the code cannot be fetched.
#[component]
pub fn PartView(part: Part) -> impl IntoView {
    let app = use_app();
    let attempt = RwSignal::new(0u32);
    move || {
        attempt.track();
        show(app, part, attempt)
    }
}

fn show(app: AppState, part: Part, attempt: RwSignal<u32>) -> AnyView {
    if part.is_loaded() {
        return build(app, part, attempt);
    }
    // Fetch the code first; the view is built afterwards, in this place,
    // where it finds the app's context.
    let arrival = RwSignal::new(Arrival::Waiting);
    leptos::task::spawn_local(async move {
        let next = match fetch(part).await {
            Ok(()) => Arrival::Ready,
            Err(_) => Arrival::Failed,
        };
        // The view may have been left meanwhile; then there is nothing to show.
        let _ = arrival.try_set(next);
    });
    set_timeout(
        move || {
            if arrival.try_get_untracked() == Some(Arrival::Waiting) {
                let _ = arrival.try_set(Arrival::Slow);
            }
        },
        QUIET,
    );
    (move || match arrival.get() {
        Arrival::Waiting => ().into_any(),
        Arrival::Slow => view! {
            <p class="part-loading" role="status" data-testid="part-loading">{app.msgs().shell.part_loading}</p>
        }
        .into_any(),
        Arrival::Failed => failed_view(app, attempt),
        Arrival::Ready => build(app, part, attempt),
    })
    .into_any()
}

/// The view of a part whose code is loaded: its split function answers on
/// the first poll, so the view is there in the same frame.
fn build(app: AppState, part: Part, attempt: RwSignal<u32>) -> AnyView {
    match load(part)
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(Ok(view)) => view,
        Poll::Ready(Err(PartFailed)) => failed_view(app, attempt),
        // Not reached: a loaded part's loader is ready. Should it ever not be,
        // the view still arrives through the asynchronous path.
        Poll::Pending => {
            LOADED.fetch_and(!part.bit(), Ordering::Relaxed);
            show(app, part, attempt)
        }
    }
}

fn failed_view(app: AppState, attempt: RwSignal<u32>) -> AnyView {
    view! {
        <section class="banner banner-danger part-failed" role="alert" data-testid="part-failed">
            <p>{move || app.msgs().shell.part_failed}</p>
            <div class="banner-actions">
                <button type="button" class="btn btn-primary" on:click=move |_| attempt.update(|n| *n += 1)>
                    {move || app.msgs().shell.part_retry}
                </button>
            </div>
        </section>
    }
    .into_any()
}

/// Once the first screen is painted, fetches the navigation's parts one
/// after another, each when the browser is next idle, so that no part's
/// arrival lands in the same task as another's or as the user's input. A
/// part that cannot be fetched now is fetched again when it is opened.
pub fn prefetch_when_idle() {
    let painted = super::views::after_paint();
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
