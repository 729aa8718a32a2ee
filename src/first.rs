//! The first module the page starts: paints the dashboard from the stored
//! document before the app's code has arrived, then fetches the app
//! (src/web/first_paint.rs). Built without the `app` feature, so it holds
//! no Leptos and no view.

#[cfg(target_arch = "wasm32")]
fn main() {
    luoshi::web::first_paint::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("luoshi-first is the browser's first module: build it for wasm32 (./x build) and open the app in a browser (./x serve).");
}
