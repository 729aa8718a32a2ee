//! The stored form's meta row: which save wrote the rows, in which
//! versions, when, and how many records (the summary row, the other row
//! about the document rather than of it, is [`super::summary`]).

use serde::{Deserialize, Serialize};

use super::{strict, to_text};
use crate::format::DecodeError;

/// The meta row: which save wrote the rows, in which versions, when, and
/// how many records the document held then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meta {
    /// The save's revision: one more than the revision it replaced.
    pub revision: u64,
    /// The exchange format's version the records are written in.
    pub format: u32,
    /// The stored form's layout version ([`super::LAYOUT`]).
    pub layout: u32,
    /// When it was saved (RFC 3339, passed in: the core reads no clock).
    pub saved_at: String,
    /// Records (activities, readings, reports, notices, tombstones) saved.
    pub records: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaRow {
    revision: u64,
    format: u32,
    layout: u32,
    #[serde(default)]
    saved_at: String,
    records: u64,
}

/// The meta row's text.
pub fn encode_meta(m: &Meta) -> String {
    to_text(&MetaRow {
        revision: m.revision,
        format: m.format,
        layout: m.layout,
        saved_at: m.saved_at.clone(),
        records: m.records,
    })
}

/// The meta row from its text.
pub fn decode_meta(text: &str) -> Result<Meta, DecodeError> {
    meta_from::<true>(text)
}

/// [`decode_meta`] for the first screen, its error without the field's path.
pub(crate) fn decode_meta_unexplained(text: &str) -> Result<Meta, DecodeError> {
    meta_from::<false>(text)
}

fn meta_from<const EXPLAIN: bool>(text: &str) -> Result<Meta, DecodeError> {
    let m: MetaRow = strict::<_, EXPLAIN>(text, "meta", "/none")?;
    Ok(Meta {
        revision: m.revision,
        format: m.format,
        layout: m.layout,
        saved_at: m.saved_at,
        records: m.records,
    })
}
