//! Saving a file to the user's computer: a Blob, an object URL and a
//! temporary link with a `download` name.

use wasm_bindgen::{JsCast, JsValue};

/// Why a download could not be started.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the download could not be started: {0}")]
pub struct DownloadError(pub String);

fn err(e: JsValue) -> DownloadError {
    DownloadError(format!("{e:?}"))
}

/// Offers `text` as a file named `name` with the MIME type `mime`.
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), DownloadError> {
    download_bytes(name, mime, text.as_bytes())
}

/// Offers `bytes` as a file named `name` with the MIME type `mime`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), DownloadError> {
    // Text goes to the Blob as its UTF-8 bytes: making a JS string of a
    // document of several megabytes first would decode and re-encode it.
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    click_link(&url, name)
}

/// Clicks a temporary link to `url` with the download name `name`, and
/// revokes the object URL a minute later.
pub fn click_link(url: &str, name: &str) -> Result<(), DownloadError> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| DownloadError("no document".into()))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(err)?
        .dyn_into()
        .map_err(|_| DownloadError("not a link".into()))?;
    a.set_href(url);
    a.set_download(name);
    a.set_attribute("hidden", "").map_err(err)?;
    let body = document
        .body()
        .ok_or_else(|| DownloadError("no body".into()))?;
    body.append_child(&a).map_err(err)?;
    a.click();
    a.remove();
    // The browser has taken its own reference by now; revoke a little
    // later so slow browsers still find the data.
    let url = url.to_string();
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// MIME type of exported documents.
pub const JSON_MIME: &str = "application/json;charset=utf-8";
/// MIME type of exported ledgers.
pub const CSV_MIME: &str = "text/csv;charset=utf-8";
