//! The target view.

use leptos::prelude::*;

/// The target view.
#[component]
pub fn TargetView() -> impl IntoView {
    view! { <section class="view view-target"></section> }
}
