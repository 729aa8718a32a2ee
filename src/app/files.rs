//! Reading a file the user picked or dropped, as text.

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

/// Reads a file for import: a package as bytes (refused unread over
/// [`crate::package::MAX_PACKAGE_BYTES`]), anything else as text
/// ([`read_file`]).
pub fn read_incoming(file: web_sys::File, done: impl FnOnce(Incoming) + 'static) {
    if !is_package(&file.name(), &file.type_()) {
        read_file(file, move |f| done(Incoming::Text(f)));
        return;
    }
    let name = file.name();
    let size = file.size().max(0.0) as u64;
    if size > crate::package::MAX_PACKAGE_BYTES {
        done(Incoming::Package {
            name,
            bytes: Err(ReadError::TooLarge(size)),
        });
        return;
    }
    read_file_bytes(&file, move |bytes| {
        done(Incoming::Package {
            name,
            bytes: bytes.ok_or(ReadError::Unreadable),
        })
    });
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

/// Reads `file` as text (see [`decode_text`]) and calls `done` with the result. A file
/// over the size limit is refused without being read.
pub fn read_file(file: web_sys::File, done: impl FnOnce(IncomingFile) + 'static) {
    let name = file.name();
    let size = file.size().max(0.0) as u64;
    if size > MAX_INPUT_BYTES as u64 {
        done(IncomingFile {
            name,
            size,
            text: Err(ReadError::TooLarge(size)),
        });
        return;
    }
    read_file_bytes(&file, move |bytes| {
        done(IncomingFile {
            name,
            size,
            text: bytes.map(decode_text).ok_or(ReadError::Unreadable),
        })
    });
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
