//! Toasts: short notices in the corner, some with an undo button.

use leptos::prelude::*;

use super::state::{use_app, ToastKind};

/// The toast area, announced politely to screen readers.
#[component]
pub fn Toasts() -> impl IntoView {
    let app = use_app();
    view! {
        <div class="toasts" role="status" aria-live="polite" aria-label=move || app.msgs().shell.notices_label>
            <For each=move || app.toasts.get() key=|t| (t.id, t.kind) let:toast>
                {
                    let id = toast.id;
                    let class = match toast.kind {
                        ToastKind::Info => "toast toast-info",
                        ToastKind::Undoable => "toast toast-done",
                        ToastKind::Warning => "toast toast-warning",
                        ToastKind::Error => "toast toast-error",
                    };
                    let undoable = toast.kind == ToastKind::Undoable;
                    view! {
                        <div class=class>
                            <span class="toast-text">{toast.text.clone()}</span>
                            {undoable.then(|| view! {
                                <button type="button" class="btn btn-small toast-undo"
                                    on:click=move |_| { app.dismiss(id); app.undo(); }>
                                    {move || app.msgs().shell.undo}
                                </button>
                            })}
                            <button type="button" class="toast-close"
                                aria-label=move || app.msgs().shell.close
                                title=move || app.msgs().shell.close
                                on:click=move |_| app.dismiss(id)>
                                "×"
                            </button>
                        </div>
                    }
                }
            </For>
        </div>
    }
}
