//! The line under a shortened list: how many entries are not listed, and a
//! button that shows them all (and one that shortens the list again). How
//! much is shown is `present::shortened`.

use leptos::prelude::*;

use crate::present::{fill, shortened};

use crate::app::state::use_app;

/// "另有 N 条未列出……  [显示全部 M 条]" under a list of `total` entries,
/// or "[只显示前几条]" once it is shown whole; nothing for a short list.
#[component]
pub fn MoreLine(
    /// Entries in the whole list.
    total: usize,
    /// Whether the list is shown whole.
    all: RwSignal<bool>,
    /// The test id of the line.
    #[prop(into)]
    testid: String,
) -> impl IntoView {
    let app = use_app();
    let m = move || crate::i18n::data::msgs(app.lang.get());
    let long = shortened(total, false).1 > 0;
    long.then(|| {
        view! {
            <p class="more-line" data-testid=testid>
                {move || {
                    let hidden = shortened(total, all.get()).1;
                    (hidden > 0).then(|| view! {
                        <span class="more-count">{fill(m().more_unlisted, &[&hidden.to_string()])}</span>" "
                    })
                }}
                <button type="button" class="btn btn-small" aria-expanded=move || all.get().to_string()
                    on:click=move |_| all.update(|a| *a = !*a)>
                    {move || if all.get() { m().show_fewer.to_string() } else { fill(m().show_all, &[&total.to_string()]) }}
                </button>
            </p>
        }
    })
}
