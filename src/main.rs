//! The app's module: Leptos, the shell and every view. The page mounts it
//! (its `mount` export) once the first module has painted the first screen
//! (src/first.rs) and the app's stylesheet has arrived. On a native build
//! this only says where the app runs.

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Mounts the app in place of the painted first screen.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount() {
    luoshi::app::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("luoshi-web is the browser's app module: build it for wasm32 (./x build) and open it in a browser (./x serve).");
}
