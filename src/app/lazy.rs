//! The parts of the app loaded on demand. The dashboard and the shell are
//! in the main module; every other view, and the example ledger, sits
//! behind a split point (`wasm_split` from `wasm_split_helpers`, the
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

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::sync::atomic::{AtomicU32, Ordering};
use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

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

    /// Every part, in the order they are fetched when the browser is idle:
    /// the ones used most first.
    pub const ALL: [Part; 11] = [
        Part::Charts,
        Part::Ledger,
        Part::Targets,
        Part::Report,
        Part::Data,
        Part::Reporting,
        Part::History,
        Part::Plan,
        Part::Intake,
        Part::Help,
        Part::Duban,
    ];
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
    }
}

/// A fetch of a part's code under way, and who waits on it.
#[derive(Default)]
struct Flight {
    /// Whether it succeeded, once it has ended.
    done: Option<bool>,
    wakers: Vec<Waker>,
}

thread_local! {
    /// The fetches under way, by part: at most one each.
    static FLIGHTS: RefCell<Vec<(Part, Rc<RefCell<Flight>>)>> = const { RefCell::new(Vec::new()) };
}

/// Ends a flight when its fetch ends, or is dropped before it ends (then as
/// a failure), and wakes whoever joined it.
struct Landing {
    part: Part,
    flight: Rc<RefCell<Flight>>,
}

impl Landing {
    fn land(&self, ok: bool) {
        FLIGHTS.with(|f| f.borrow_mut().retain(|(p, _)| *p != self.part));
        let wakers = {
            let mut flight = self.flight.borrow_mut();
            if flight.done.is_some() {
                return;
            }
            flight.done = Some(ok);
            std::mem::take(&mut flight.wakers)
        };
        for w in wakers {
            w.wake();
        }
    }
}

impl Drop for Landing {
    fn drop(&mut self) {
        self.land(false);
    }
}

/// Waits for a flight another task started.
struct Joined(Rc<RefCell<Flight>>);

impl Future for Joined {
    type Output = Result<(), PartFailed>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut flight = self.0.borrow_mut();
        match flight.done {
            Some(true) => Poll::Ready(Ok(())),
            Some(false) => Poll::Ready(Err(PartFailed)),
            None => {
                if !flight.wakers.iter().any(|w| w.will_wake(cx.waker())) {
                    flight.wakers.push(cx.waker().clone());
                }
                Poll::Pending
            }
        }
    }
}

/// The fetch of a part under way, if there is one.
fn under_way(part: Part) -> Option<Rc<RefCell<Flight>>> {
    FLIGHTS.with(|f| {
        f.borrow()
            .iter()
            .find(|(p, _)| *p == part)
            .map(|(_, flight)| flight.clone())
    })
}

/// Fetches a part's code, one fetch per part at a time, so that the split
/// loader never has two callers waiting on the same part (see
/// docs/PERFORMANCE.md, "Known problem"). A view opened while the idle
/// prefetch is fetching its part waits for that fetch; if it fails, the
/// view makes one attempt of its own before it says the part is missing.
async fn fetch(part: Part) -> Result<(), PartFailed> {
    if part.is_loaded() {
        return Ok(());
    }
    if let Some(flight) = under_way(part) {
        if Joined(flight).await.is_ok() {
            return Ok(());
        }
    }
    if let Some(flight) = under_way(part) {
        return Joined(flight).await;
    }
    let landing = Landing {
        part,
        flight: Rc::default(),
    };
    FLIGHTS.with(|f| f.borrow_mut().push((part, landing.flight.clone())));
    let result = preload(part).await;
    landing.land(result.is_ok());
    result.map_err(PartFailed::from)
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

/// Once the first screen is painted, fetches every part one after another,
/// each when the browser is idle: compiling and instantiating a part never
/// lands in the middle of what the user is doing (a ledger page turning).
/// A part that cannot be fetched now is fetched again when it is opened.
pub fn prefetch_when_idle() {
    let painted = super::views::after_paint();
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) || !painted.get() {
            return done.unwrap_or(false);
        }
        when_idle(|| {
            leptos::task::spawn_local(async {
                for part in Part::ALL {
                    idle().await;
                    if fetch(part).await.is_err() {
                        // Offline on a first visit, or a file missing on the
                        // server: opening the view will say so and retry.
                        break;
                    }
                }
            })
        });
        true
    });
}

/// Resolves when the browser is next idle ([`when_idle`]).
async fn idle() {
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        when_idle(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
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
