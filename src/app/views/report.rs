//! The report view.

use leptos::prelude::*;

/// The report view.
#[component]
pub fn ReportView() -> impl IntoView {
    view! { <section class="view view-report"></section> }
}
