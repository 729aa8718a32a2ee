//! A part's place on the page: its view at once when its code is loaded,
//! else a quiet note after 100 ms and a plain failure with a retry (see
//! src/app/lazy.rs for the machinery, src/app/router.rs for which view each
//! part holds). Views show parts through it (the dashboard its charts, the
//! unassigned notice) without naming the router, so no view reaches
//! another through it.

use std::task::{Context, Poll, Waker};
use std::time::Duration;

use leptos::prelude::*;

use super::lazy::{fetch, load, Part, PartFailed};
use super::state::{use_app, AppState};

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
            part.mark_unloaded();
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
