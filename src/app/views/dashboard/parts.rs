//! Small pieces the dashboard, ledger and target pages share: the status
//! badge and the progress bar with its 序时进度 marker.

use leptos::prelude::*;

use crate::engine::{Status, TargetProgress};
use crate::plan::TargetKind;
pub use crate::present::{bar_width, status_class};
use crate::present::{fill, fmt_percent, shows_time_marker, status_word};

use crate::app::state::use_app;

/// A coloured status word. The word carries the meaning; the colour only
/// repeats it.
#[component]
pub fn StatusBadge(#[prop(into)] status: Signal<Status>) -> impl IntoView {
    let app = use_app();
    view! {
        <span class=move || format!("status-badge {}", status_class(status.get()))>
            {move || status_word(status.get(), app.lang.get())}
        </span>
    }
}

/// A target's progress bar: its completion, and where 序时进度 stands.
#[component]
pub fn ProgressBar(
    /// The target's figures.
    #[prop(into)]
    progress: Signal<Option<TargetProgress>>,
    /// The target's kind (the marker shows only where it means something).
    #[prop(into)]
    kind: Signal<Option<TargetKind>>,
) -> impl IntoView {
    let app = use_app();
    let marker = move || kind.with(|k| k.as_ref().is_some_and(shows_time_marker));
    let label = move || {
        let m = app.msgs().dashboard;
        progress.with(|p| match p {
            Some(p) if marker() => fill(
                m.bar_label,
                &[&fmt_percent(p.completion), &fmt_percent(p.time_progress)],
            ),
            Some(p) => fill(m.bar_label_plain, &[&fmt_percent(p.completion)]),
            None => String::new(),
        })
    };
    let fill_style = move || {
        progress.with(|p| {
            p.as_ref()
                .map(|p| bar_width(p.completion))
                .unwrap_or_else(|| "0%".into())
        })
    };
    let marker_style = move || {
        progress.with(|p| {
            p.as_ref()
                .map(|p| bar_width(p.time_progress))
                .unwrap_or_else(|| "0%".into())
        })
    };
    let colour = move || {
        progress.with(|p| {
            p.as_ref()
                .map(|p| status_class(p.status))
                .unwrap_or_else(|| "status-grey".into())
        })
    };
    view! {
        <div class=move || format!("bar {}", colour()) role="img" aria-label=label title=label>
            <div class="bar-fill" style:width=fill_style></div>
            <Show when=marker>
                <div class="bar-marker" style:left=marker_style></div>
            </Show>
        </div>
    }
}
