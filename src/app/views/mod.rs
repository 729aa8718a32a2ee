//! One module per view; each exports one `#[component]`.

pub mod chart_view;
pub mod contribution;
pub mod dashboard;
pub mod data;
pub mod duban;
pub mod evidence;
pub mod help;
pub mod history;
pub mod intake;
pub mod ledger;
pub mod plan_editor;
pub mod report;
pub mod reporting;
pub mod target;

use leptos::prelude::*;

/// False until the view being built now has been painted: the first frame
/// lays it out, the second is after it is on screen.
pub(crate) fn after_paint() -> ReadSignal<bool> {
    let (ready, set_ready) = signal(false);
    request_animation_frame(move || {
        request_animation_frame(move || {
            set_timeout(
                move || {
                    // The view may be gone by now; then there is nothing to draw.
                    let _ = set_ready.try_set(true);
                },
                std::time::Duration::ZERO,
            );
        });
    });
    ready
}
