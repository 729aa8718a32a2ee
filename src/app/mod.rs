//! The browser shell (wasm32 only): Leptos components, browser storage,
//! file picking and downloads. Thin: every figure comes from the core.

pub mod views;
