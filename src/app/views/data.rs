//! The data view.

use leptos::prelude::*;

/// The data view.
#[component]
pub fn DataView() -> impl IntoView {
    view! { <section class="view view-data"></section> }
}
