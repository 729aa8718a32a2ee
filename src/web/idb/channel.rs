//! Other tabs told of a committed write, on the BroadcastChannel
//! [`CHANNEL`](super::CHANNEL): its revision and the keys it wrote.

use std::cell::RefCell;

use js_sys::{Array, Function, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::CHANNEL;

/// What a tab announces after a committed write.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Announcement {
    /// The revision the write made.
    pub rev: u64,
    /// The keys it put or deleted.
    pub keys: Vec<String>,
}

impl Announcement {
    /// The message as sent: `{"rev":…,"keys":[…]}`.
    pub fn to_json(&self) -> String {
        serde_json::json!({ "rev": self.rev, "keys": self.keys }).to_string()
    }

    /// A message read back; `None` for anything not of this shape.
    pub fn from_json(raw: &str) -> Option<Announcement> {
        let v: serde_json::Value = serde_json::from_str(raw).ok()?;
        let rev = v.get("rev")?.as_u64()?;
        let keys = v
            .get("keys")?
            .as_array()?
            .iter()
            .map(|k| k.as_str().map(str::to_string))
            .collect::<Option<Vec<String>>>()?;
        Some(Announcement { rev, keys })
    }
}

thread_local! {
    static CHANNEL_OUT: RefCell<Option<JsValue>> = const { RefCell::new(None) };
}

/// A new BroadcastChannel on [`CHANNEL`], where the browser has one.
fn channel() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let class: Function = Reflect::get(&window, &JsValue::from_str("BroadcastChannel"))
        .ok()?
        .dyn_into()
        .ok()?;
    Reflect::construct(&class, &Array::of1(&JsValue::from_str(CHANNEL))).ok()
}

/// Tells the other tabs of a committed write. Where the browser has no
/// BroadcastChannel nothing is sent (the other tabs still find the newer
/// revision before their next write).
pub fn announce(message: &Announcement) {
    let Some(ch) = CHANNEL_OUT.with(|c| {
        if c.borrow().is_none() {
            *c.borrow_mut() = channel();
        }
        c.borrow().clone()
    }) else {
        return;
    };
    if let Ok(post) =
        Reflect::get(&ch, &JsValue::from_str("postMessage")).and_then(|f| f.dyn_into::<Function>())
    {
        let _ = post.call1(&ch, &JsValue::from_str(&message.to_json()));
    }
}

/// Listens for other tabs' announcements (a tab does not hear its own).
/// Returns a function that stops listening, which holds the handler: keep
/// it for as long as the tab listens. `None` where the browser has no
/// BroadcastChannel.
pub fn listen(mut on: impl FnMut(Announcement) + 'static) -> Option<impl FnOnce()> {
    let ch = channel()?;
    let handler = Closure::<dyn FnMut(JsValue)>::new(move |e: JsValue| {
        let data = Reflect::get(&e, &JsValue::from_str("data"))
            .ok()
            .and_then(|d| d.as_string());
        if let Some(message) = data.as_deref().and_then(Announcement::from_json) {
            on(message);
        }
    });
    Reflect::set(&ch, &JsValue::from_str("onmessage"), handler.as_ref()).ok()?;
    Some(move || {
        if let Ok(close) =
            Reflect::get(&ch, &JsValue::from_str("close")).and_then(|f| f.dyn_into::<Function>())
        {
            let _ = close.call0(&ch);
        }
        drop(handler);
    })
}
