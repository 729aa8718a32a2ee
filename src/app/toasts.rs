//! Toasts: short notices in a corner, some with an undo button. Their words
//! follow a switch of language (`state::Words`), and they stand in the
//! first corner of the window where they cover no control
//! (`present::place_toasts`), measured again whenever a toast comes or goes
//! and when the page scrolls or the window changes size. Where every corner
//! would cover one, clicks pass through them but for their own buttons.

use js_sys::{Function, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::present::{place_toasts, Corner, Rect, Screen};

use super::state::{use_app, ToastKind};

/// What the toasts must not cover.
const CONTROLS: &str = "button, a[href], input, select, textarea, summary, [role=button], \
                        [tabindex]:not([tabindex='-1'])";

/// The gap kept from the window's edges, in CSS pixels (1rem).
const MARGIN: f64 = 16.0;

/// `el.getBoundingClientRect()`, through JavaScript (no web-sys feature).
fn rect_of(el: &JsValue) -> Option<Rect> {
    let f: Function = Reflect::get(el, &JsValue::from_str("getBoundingClientRect"))
        .ok()?
        .dyn_into()
        .ok()?;
    let r = f.call0(el).ok()?;
    let num = |k: &str| Reflect::get(&r, &JsValue::from_str(k)).ok()?.as_f64();
    Some(Rect {
        left: num("left")?,
        top: num("top")?,
        width: num("width")?,
        height: num("height")?,
    })
}

/// Measures the window, the top bar and every control on screen outside
/// the toasts, and the stack's size; where the stack should stand.
fn measure(stack: &web_sys::Element) -> Option<(Corner, bool, f64)> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let width = window.inner_width().ok()?.as_f64()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let top_inset = document
        .query_selector(".topbar")
        .ok()
        .flatten()
        .and_then(|t| rect_of(&t))
        .map_or(0.0, |r| (r.top + r.height).max(0.0));
    let own = rect_of(stack)?;
    let list = document.query_selector_all(CONTROLS).ok()?;
    let mut controls = Vec::new();
    for i in 0..list.length() {
        let Some(node) = list.item(i) else { continue };
        let Ok(el) = node.dyn_into::<web_sys::Element>() else {
            continue;
        };
        if el.closest(".toasts").ok().flatten().is_some() {
            continue;
        }
        if let Some(r) = rect_of(&el) {
            let on_screen = r.width > 0.0
                && r.height > 0.0
                && r.top < height
                && r.top + r.height > 0.0
                && r.left < width
                && r.left + r.width > 0.0;
            if on_screen {
                controls.push(r);
            }
        }
    }
    let screen = Screen {
        width,
        height,
        top_inset,
        margin: MARGIN,
        controls,
    };
    let (corner, clear) = place_toasts(own.width, own.height, &screen);
    Some((corner, clear, top_inset + MARGIN))
}

/// The toast area, announced politely to screen readers.
#[component]
pub fn Toasts() -> impl IntoView {
    let app = use_app();
    let stack = NodeRef::<leptos::html::Div>::new();
    // Where the stack stands, whether it is clear of every control, and the
    // top of a top corner (below the top bar).
    let place = RwSignal::new((Corner::BottomRight, true, MARGIN));
    let pending = StoredValue::new(false);
    let schedule = move || {
        if pending.get_value() || app.toasts.with_untracked(Vec::is_empty) {
            return;
        }
        pending.set_value(true);
        request_animation_frame(move || {
            pending.set_value(false);
            let Some(el) = stack.get_untracked() else {
                return;
            };
            if let Some(p) = measure(&el) {
                if place.get_untracked() != p {
                    place.set(p);
                }
            }
        });
    };
    Effect::new(move |_| {
        app.toasts.track();
        app.route.track();
        schedule();
    });
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| schedule());
    let on_resize = window_event_listener(leptos::ev::resize, move |_| schedule());
    on_cleanup(move || {
        on_scroll.remove();
        on_resize.remove();
    });
    let class = move || {
        let (corner, clear, _) = place.get();
        let through = if clear { "" } else { " toasts-through" };
        format!("toasts {}{through}", corner.as_str())
    };
    let top = move || {
        let (corner, _, top) = place.get();
        matches!(corner, Corner::TopRight | Corner::TopLeft).then(|| format!("{top}px"))
    };
    view! {
        <div node_ref=stack class=class style:top=top role="status" aria-live="polite" aria-label=move || app.msgs().shell.notices_label>
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
                            // Worded anew on a switch of language.
                            <span class="toast-text">{
                                let text = toast.text.clone();
                                move || text.get(app.lang.get())
                            }</span>
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
