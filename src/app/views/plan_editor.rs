//! The plan_editor view.

use leptos::prelude::*;

/// The plan_editor view.
#[component]
pub fn PlanEditorView() -> impl IntoView {
    view! { <section class="view view-plan_editor"></section> }
}
