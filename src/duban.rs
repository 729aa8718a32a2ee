//! The 督查室's documents, pure: the 督办通知单 (`notice`), the monthly
//! 督查通报 (`bulletin`), the calendar of deadlines (`ics`) and the
//! reporting cycle they all read (`cycle`: which report is due when, and
//! which units reported late or not at all).
//!
//! Every figure comes from [`crate::engine::evaluate`] and is worded as the
//! progress report words it ([`crate::report::target_words`]); the Word
//! files are written by the report's own writer ([`crate::report::docx`]),
//! so the documents look like the report. No clock: the day of issue, the
//! as-of date and the calendar's stamp are parameters.

pub mod bulletin;
pub mod cycle;
pub mod ics;
pub mod notice;
