//! Reading files the user picked, dropped or pasted: [`FilePick`], the one
//! file picker of the app, and [`read_all`], the one reader behind it and
//! behind every drop; a document or ledger as text, a package as bytes.

use std::cell::RefCell;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::format::MAX_INPUT_BYTES;

/// A file read from the user's computer, waiting to be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncomingFile {
    /// The file's name.
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its text, or why it could not be read.
    pub text: Result<String, ReadError>,
}

/// A file dropped on the page or picked for import: a document or ledger
/// as text, or a package (.zip) as bytes, which goes to the package import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Incoming {
    /// A JSON document, a CSV ledger, or anything else read as text.
    Text(IncomingFile),
    /// A package: its name and bytes, or why they could not be read.
    Package {
        /// The file's name.
        name: String,
        /// Its bytes.
        bytes: Result<Vec<u8>, ReadError>,
    },
}

/// Whether a file is a package (.zip), by its name or its type.
pub fn is_package(name: &str, mime: &str) -> bool {
    name.to_lowercase().ends_with(".zip")
        || matches!(
            mime,
            "application/zip" | "application/x-zip-compressed" | "application/x-zip"
        )
}

/// How large a file may be, by its name and type: a larger one is refused
/// unread ([`ReadError::TooLarge`]).
pub type Limit = fn(name: &str, mime: &str) -> u64;

/// A file read whole: its name, type and size, and its bytes or why not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picked {
    /// The file's name.
    pub name: String,
    /// Its type as the browser gives it (often empty).
    pub mime: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its bytes, or why they could not be read.
    pub bytes: Result<Vec<u8>, ReadError>,
}

/// The limit of a file for import: a package's or a document's.
pub fn incoming_limit(name: &str, mime: &str) -> u64 {
    if is_package(name, mime) {
        crate::package::MAX_PACKAGE_BYTES
    } else {
        MAX_INPUT_BYTES as u64
    }
}

/// A file read for import: a package as bytes, anything else as text
/// ([`decode_text`]).
pub fn incoming(p: Picked) -> Incoming {
    if is_package(&p.name, &p.mime) {
        return Incoming::Package {
            name: p.name,
            bytes: p.bytes,
        };
    }
    Incoming::Text(IncomingFile {
        name: p.name,
        size: p.size,
        text: p.bytes.map(decode_text),
    })
}

/// Reads a file for import (see [`incoming`]), refused unread over
/// [`incoming_limit`].
pub fn read_incoming(file: web_sys::File, done: impl FnOnce(Incoming) + 'static) {
    read_all(
        vec![file],
        incoming_limit,
        |_| {},
        move |mut picked| {
            if let Some(p) = picked.pop() {
                done(incoming(p));
            }
        },
    );
}

/// Reads every file whole, refusing unread one over its `limit`; calls
/// `progress` with the number read so far after each, then `done` once
/// with all of them in the order given.
pub fn read_all(
    files: Vec<web_sys::File>,
    limit: Limit,
    progress: impl Fn(usize) + 'static,
    done: impl FnOnce(Vec<Picked>) + 'static,
) {
    let all = files.len();
    type Slots = Rc<RefCell<Vec<Option<Picked>>>>;
    type Done = Box<dyn FnOnce(Vec<Picked>)>;
    let slots: Slots = Rc::new(RefCell::new(vec![None; all]));
    let done: Rc<RefCell<Option<Done>>> = Rc::new(RefCell::new(Some(Box::new(done))));
    let progress = Rc::new(progress);
    let finish = move |slots: &Slots| {
        let read = slots.borrow().iter().filter(|p| p.is_some()).count();
        progress(read);
        if read == all {
            let picked: Vec<Picked> = slots.borrow_mut().drain(..).flatten().collect();
            if let Some(done) = done.borrow_mut().take() {
                done(picked);
            }
        }
    };
    if all == 0 {
        finish(&slots);
        return;
    }
    for (i, file) in files.into_iter().enumerate() {
        let name = file.name();
        let mime = file.type_();
        let size = file.size().max(0.0) as u64;
        let max = limit(&name, &mime);
        let slots = slots.clone();
        let finish = finish.clone();
        let put = move |bytes: Result<Vec<u8>, ReadError>| {
            slots.borrow_mut()[i] = Some(Picked {
                name,
                mime,
                size,
                bytes,
            });
            finish(&slots);
        };
        if size > max {
            put(Err(ReadError::TooLarge(size)));
            continue;
        }
        read_file_bytes(&file, move |bytes| put(bytes.ok_or(ReadError::Unreadable)));
    }
}

/// The files of a picker, a drop or a paste, in order.
pub fn list_files(list: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(list) = list else {
        return Vec::new();
    };
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// The app's file picker: a hidden `<input type="file">` whose visible
/// button is a `<label for=id>` the caller words (the native picker speaks
/// the browser's language, not the app's). Each pick reads the files whole
/// ([`read_all`]) and hands them to `on_read`; the input is emptied, so
/// that picking the same file again reads it again.
#[component]
pub fn FilePick(
    /// The input's id, which its label names in `for`.
    id: &'static str,
    /// The types offered (`accept`); any when empty.
    #[prop(optional)]
    accept: &'static str,
    /// Whether several files may be picked at once.
    #[prop(optional)]
    multiple: bool,
    /// Whether a folder is picked, where the browser can (its files).
    #[prop(optional)]
    folder: bool,
    /// The input's `data-testid`, for tests.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// Which picked files are read, by name (all when not given).
    #[prop(optional)]
    keep: Option<fn(&str) -> bool>,
    /// How large a file may be: a larger one comes back refused, unread.
    limit: Limit,
    /// Called with (files read, files picked) as reading goes on.
    #[prop(optional)]
    on_progress: Option<Callback<(usize, usize)>>,
    /// Called once per pick with the files read, in the order picked.
    on_read: Callback<Vec<Picked>>,
) -> impl IntoView {
    let input_ref = NodeRef::<leptos::html::Input>::new();
    // webkitdirectory is not among the element's typed attributes.
    Effect::new(move |_| {
        if let (true, Some(input)) = (folder, input_ref.get()) {
            let _ = input.set_attribute("webkitdirectory", "");
        }
    });
    let on_change = move |e: web_sys::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let mut files = list_files(input.files());
        // Picking the same file again must fire `change` again.
        input.set_value("");
        if let Some(keep) = keep {
            files.retain(|f| keep(&f.name()));
        }
        let all = files.len();
        if let Some(p) = on_progress {
            p.run((0, all));
        }
        read_all(
            files,
            limit,
            move |n| {
                if let Some(p) = on_progress {
                    p.run((n, all));
                }
            },
            move |picked| on_read.run(picked),
        );
    };
    view! {
        <input id=id class="file-input" type="file" accept=(!accept.is_empty()).then_some(accept)
            multiple=multiple data-testid=testid node_ref=input_ref on:change=on_change/>
    }
}

/// Why a file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    /// Larger than any real document: refused before reading.
    #[error("the file is too large: {0} bytes")]
    TooLarge(u64),
    /// The browser could not read it.
    #[error("the file could not be read")]
    Unreadable,
}

/// Text from bytes: UTF-8 when it is (the app's own files always are),
/// otherwise GB18030, the encoding Excel and WPS on Chinese Windows use
/// for "CSV" files. Decoding GB18030 is left to the browser.
pub fn decode_text(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let bytes = e.into_bytes();
            gb18030(&bytes).unwrap_or_else(|| String::from_utf8_lossy(&bytes).into_owned())
        }
    }
}

fn gb18030(bytes: &[u8]) -> Option<String> {
    use wasm_bindgen::JsValue;
    let global = js_sys::global();
    let ctor: js_sys::Function = js_sys::Reflect::get(&global, &JsValue::from_str("TextDecoder"))
        .ok()?
        .dyn_into()
        .ok()?;
    let args = js_sys::Array::of1(&JsValue::from_str("gb18030"));
    let decoder = js_sys::Reflect::construct(&ctor, &args).ok()?;
    let decode: js_sys::Function = js_sys::Reflect::get(&decoder, &JsValue::from_str("decode"))
        .ok()?
        .dyn_into()
        .ok()?;
    let view = js_sys::Uint8Array::from(bytes);
    decode.call1(&decoder, &view).ok()?.as_string()
}

/// Reads `file` whole and calls `done` once with its bytes, or `None` when
/// the browser cannot read it. The one place the app drives a `FileReader`.
pub fn read_file_bytes(file: &web_sys::File, done: impl FnOnce(Option<Vec<u8>>) + 'static) {
    let Ok(reader) = web_sys::FileReader::new() else {
        done(None);
        return;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let finish = {
        let reader = reader.clone();
        let done = done.clone();
        move |_e: web_sys::Event| {
            let bytes = reader
                .result()
                .ok()
                .filter(|v| v.is_object())
                .map(|buf| js_sys::Uint8Array::new(&buf).to_vec());
            if let Some(done) = done.borrow_mut().take() {
                done(bytes);
            }
        }
    };
    let onload = Closure::<dyn FnMut(web_sys::Event)>::new(finish.clone());
    let onerror = Closure::<dyn FnMut(web_sys::Event)>::new(finish);
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    reader.set_onerror(Some(onerror.as_ref().unchecked_ref()));
    // The reader calls back once; the closures live as long as the page,
    // which is a few hundred bytes per file read.
    onload.forget();
    onerror.forget();
    if reader.read_as_array_buffer(file).is_err() {
        if let Some(done) = done.borrow_mut().take() {
            done(None);
        }
    }
}
