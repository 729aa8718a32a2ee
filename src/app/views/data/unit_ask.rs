//! Asked on the first export when the copy names no unit (本单位名称): an
//! export says which unit sent it, and new records note their recording
//! unit, so the office can tell whose file and whose records it has.

use leptos::prelude::*;

use crate::command::Command;
use crate::i18n::reporting::msgs;

use crate::app::state::use_app;

/// The small dialog: a name, then "save and export" or "export without".
/// `then` runs the export either way, after the name is saved.
#[component]
pub fn UnitAsk(
    /// Whether the dialog is shown.
    open: RwSignal<bool>,
    /// The export to run once the user has answered.
    then: Callback<()>,
) -> impl IntoView {
    let app = use_app();
    let m = move || msgs(app.lang.get());
    let name = RwSignal::new(String::new());
    let save = move |_| {
        let unit = name.get_untracked().trim().to_string();
        if !unit.is_empty() {
            if let Err(e) = app.dispatch(Command::SetUnit(unit)) {
                app.notify_refused(&e);
                return;
            }
        }
        open.set(false);
        then.run(());
    };
    let skip = move |_| {
        open.set(false);
        then.run(());
    };
    view! {
        <Show when=move || open.get()>
            <div class="notice notice-info unit-ask" role="dialog" aria-labelledby="unit-ask-title" data-testid="unit-ask">
                <h4 id="unit-ask-title">{move || m().unit_ask_heading}</h4>
                <p class="small">{move || m().unit_ask_body}</p>
                <div class="field">
                    <input type="text" autocomplete="organization" data-testid="unit-ask-name"
                        aria-labelledby="unit-ask-title"
                        prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))/>
                </div>
                <div class="btn-row">
                    <button type="button" class="btn btn-primary" data-testid="unit-ask-ok" on:click=save>{move || m().unit_ask_ok}</button>
                    <button type="button" class="btn" on:click=skip>{move || m().unit_ask_skip}</button>
                </div>
            </div>
        </Show>
    }
}
