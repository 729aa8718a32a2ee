//! The ledger view.

use leptos::prelude::*;

/// The ledger view.
#[component]
pub fn LedgerView() -> impl IntoView {
    view! { <section class="view view-ledger"></section> }
}
