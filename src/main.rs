//! The browser entry point: mounts the app. Everything else is in the
//! library; on a native build this only says where the app runs.

#[cfg(target_arch = "wasm32")]
fn main() {
    luoshi::app::first_paint::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("luoshi-web is the browser entry point: build it for wasm32 (./x build) and open it in a browser (./x serve).");
}
