//! The help view.

use leptos::prelude::*;

/// The help view.
#[component]
pub fn HelpView() -> impl IntoView {
    view! { <section class="view view-help"></section> }
}
