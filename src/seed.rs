//! The default plan and the example ledger.
//!
//! The default plan is part "二、下一步工作打算" of the 市政府办公室党组
//! report on 思想政治建设: every quantified figure it states becomes a target
//! of its own, in the report's own words, for a chosen calendar year. The
//! example ledger fills that plan with a believable year of work so that a
//! new user sees the app alive. Both are pure functions of their inputs: no
//! clock, no randomness beyond a generator seeded by the year.

mod calendar;
mod default_plan;
mod example;
mod rng;
mod words;

pub use default_plan::{default_document, default_plan, office_rules, LEADERS, UNITS};
pub use example::example_document;

/// The earliest year a plan can be made for; earlier years are raised to it.
pub const MIN_YEAR: i32 = 1000;
/// The latest year a plan can be made for; later years are lowered to it.
pub const MAX_YEAR: i32 = 9999;

/// The unit that keeps the default and example documents.
pub const OFFICE: &str = "市政府办公室";
