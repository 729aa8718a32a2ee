//! 落实 Luoshi: carry out a work plan and prove it.
//!
//! The crate is a functional core and a thin browser shell. Every module but
//! `app` and `web` is pure: it never imports leptos, web_sys, gloo or the clock, builds
//! natively and is tested natively. "Today" is always a parameter. See
//! ARCHITECTURE.md for the code map.

pub mod chart;
pub mod command;
pub mod consolidate;
pub mod contribution;
pub mod duban;
pub mod engine;
pub mod escape;
pub mod evidence;
pub mod evidence_gc;
pub mod fixed;
pub mod format;
pub mod frac;
pub mod history;
pub mod i18n;
pub mod intake;
pub mod ledger_csv;
pub mod merge;
pub mod package;
pub mod period;
pub mod plan;
pub mod present;
pub mod report;
pub mod reporting;
pub mod rules;
pub mod seed;
pub mod space;
pub mod store;
pub mod unassigned;
pub mod unzip;
pub mod validate;
pub mod xlsx;

/// The app: Leptos, the shell and every view (the `app` feature, on by
/// default; the first-screen module is built without it).
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod web;
