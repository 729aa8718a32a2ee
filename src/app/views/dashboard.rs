//! The dashboard view.

use leptos::prelude::*;

/// The dashboard view.
#[component]
pub fn DashboardView() -> impl IntoView {
    view! { <section class="view view-dashboard"></section> }
}
