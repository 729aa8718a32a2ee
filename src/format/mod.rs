//! The document's one JSON form: browser storage, export, import and the
//! native `report` command all read and write it through this module.
//!
//! Decoding goes in steps, each refusing a different kind of bad input with
//! its own error before the next one runs: size, nesting depth, JSON syntax,
//! the envelope (`"format": "luoshi"` and a version this build knows), the
//! strict shape of that version, then the values themselves. A file of an
//! earlier version is migrated forward one version at a time. The format is
//! written down in docs/FORMAT.md and docs/luoshi.schema.json.

mod day;
mod depth;
mod envelope;
mod error;
mod fault;
mod goal;
mod read;
mod salvage;
pub mod stored;
mod v1;
mod v2;
mod v3;
mod write;

use chrono::NaiveDate;
use serde::de::DeserializeOwned;

use crate::plan::{Document, Stamp};

pub use error::{DecodeError, Problem};
pub use fault::{Expected, Found, JsonFault};

/// The `format` field of every Luoshi file.
pub const FORMAT_NAME: &str = "luoshi";

/// The version this build writes, and the newest it reads.
pub const CURRENT_VERSION: u32 = 3;

/// The largest input accepted, in bytes (256 MB): four times a 督查室's
/// years (200,000 activities are about 60 MB, and their backup must open
/// again), small enough that a wrong file picked by mistake is refused at
/// once.
pub const MAX_INPUT_BYTES: usize = 256 * 1024 * 1024;

/// The deepest nesting of arrays and objects accepted. A real document
/// nests eight levels.
pub const MAX_DEPTH: usize = 64;

/// A decoded file with what the envelope said about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    /// The document, migrated to the current version.
    pub document: Document,
    /// The version the file was written in (before migration). A caller
    /// keeping the document in storage may rewrite it when this is older.
    pub version: u32,
    /// When the file was exported, if it says.
    pub exported_at: Option<Stamp>,
    /// The days the file's records cover, both ends counted, if it says
    /// (an export says: from the plan's start to the day of export).
    pub covers: Option<(NaiveDate, NaiveDate)>,
    /// Activities and readings that could not be read on their own, set
    /// aside with their text; only [`decode_file_salvaging`] returns any
    /// (every other reader refuses such a file).
    pub quarantined: Vec<Quarantined>,
}

/// A record that could not be read, set aside rather than refusing every
/// other record: which one, why (its field named), and its text as the
/// file held it, so that nothing of it is lost.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarantined {
    /// Activity or reading.
    pub kind: crate::plan::RecordKind,
    /// Its place in the file's list (`activities[12]`).
    pub index: usize,
    /// Its id as the file wrote it (may be empty).
    pub id: String,
    /// Why it could not be read; the path names the field.
    pub error: DecodeError,
    /// The record as JSON.
    pub text: String,
}

impl Quarantined {
    pub(crate) fn new<T: serde::Serialize>(
        kind: crate::plan::RecordKind,
        index: usize,
        record: &T,
        error: DecodeError,
    ) -> Quarantined {
        let value = serde_json::to_value(record).unwrap_or_default();
        let id = value
            .get("id")
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string();
        Quarantined {
            kind,
            index,
            id,
            error,
            // Plain strings and numbers: serde_json cannot fail on them.
            text: serde_json::to_string(&value).unwrap_or_default(),
        }
    }
}

/// Reads a document from any version this build knows. Never panics;
/// every refusal says why and, where it can, where.
pub fn decode(text: &str) -> Result<Document, DecodeError> {
    decode_file(text).map(|d| d.document)
}

/// Like [`decode`], keeping the file's version and export time.
pub fn decode_file(text: &str) -> Result<Decoded, DecodeError> {
    refuse_quarantined(decode_with::<true>(text))
}

/// Like [`decode_file`], but an activity or reading that cannot be read on
/// its own (an impossible date, a quantity of 0) is set aside in
/// [`Decoded::quarantined`] with its field named and its text, and every
/// other record is read. For the callers that show what was set aside and
/// keep its text: the browser's stored document and the import preview.
pub fn decode_file_salvaging(text: &str) -> Result<Decoded, DecodeError> {
    match decode_with::<true>(text) {
        Err(e @ DecodeError::WrongField { .. }) => {
            let in_records = e
                .path()
                .is_some_and(|p| p.starts_with("activities[") || p.starts_with("readings["));
            let current = opened(text).is_ok_and(|(_, v)| v == CURRENT_VERSION);
            match (in_records && current)
                .then(|| salvage::without_bad_shapes(text))
                .flatten()
            {
                Some(decoded) => Ok(decoded),
                None => Err(e),
            }
        }
        other => other,
    }
}

/// The first record set aside refuses the file, as every reader but
/// [`decode_file_salvaging`] does.
fn refuse_quarantined(decoded: Result<Decoded, DecodeError>) -> Result<Decoded, DecodeError> {
    let mut d = decoded?;
    if d.quarantined.is_empty() {
        Ok(d)
    } else {
        Err(d.quarantined.swap_remove(0).error)
    }
}

/// Like [`decode_file`], but a file of the wrong shape is refused with the
/// JSON reader's message and position only (`WrongField` with the path
/// `?`): naming the field means reading the file again through a tracking
/// reader of every version's types, code the browser keeps out of its first
/// screen and runs ([`decode_file`]) only once a file has failed.
pub fn decode_file_unexplained(text: &str) -> Result<Decoded, DecodeError> {
    refuse_quarantined(decode_with::<false>(text))
}

/// Like [`decode_file_unexplained`], for a file in the current version
/// only: an older one is `Ok(None)`, unread. The browser paints its first
/// screen with it, so that the older versions' readers and migrations stay
/// out of that screen's code; the app, loaded next, reads and upgrades an
/// older document.
pub fn decode_current_unexplained(text: &str) -> Result<Option<Decoded>, DecodeError> {
    let (text, version) = opened(text)?;
    if version != CURRENT_VERSION {
        return Ok(None);
    }
    let file = strict::<v3::DocumentV3, false>(text)?;
    refuse_quarantined(finished(file, version)).map(Some)
}

fn decode_with<const EXPLAIN: bool>(text: &str) -> Result<Decoded, DecodeError> {
    let (text, version) = opened(text)?;
    let file = match version {
        1 => {
            let d = strict::<v1::DocumentV1, EXPLAIN>(text)?;
            v1::refuse_zero_of_zero(&d.readings, 1)?;
            AnyVersion::V1(d)
        }
        2 => {
            let d = strict::<v2::DocumentV2, EXPLAIN>(text)?;
            v1::refuse_zero_of_zero(&d.readings, 2)?;
            AnyVersion::V2(d)
        }
        3 => AnyVersion::V3(strict::<v3::DocumentV3, EXPLAIN>(text)?),
        newer => {
            return Err(DecodeError::NewerVersion {
                found: u64::from(newer),
            })
        }
    };
    finished(migrate(file), version)
}

/// The checks before reading: size, byte order mark, depth, and the
/// envelope's version (a newer one is refused here).
fn opened(text: &str) -> Result<(&str, u32), DecodeError> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(DecodeError::TooLarge { bytes: text.len() });
    }
    // Windows editors may put a byte order mark in front of UTF-8.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some((line, column)) = depth::too_deep_at(text, MAX_DEPTH) {
        return Err(DecodeError::TooDeep { line, column });
    }
    Ok((text, envelope::version(text)?))
}

fn finished(file: v3::DocumentV3, version: u32) -> Result<Decoded, DecodeError> {
    let read::Read {
        document,
        exported_at,
        covers,
        quarantined,
    } = read::to_domain(file)?;
    Ok(Decoded {
        document,
        version,
        exported_at,
        covers,
        quarantined,
    })
}

/// A day written `YYYY-MM-DD`, as the format and the browser's storage
/// write it; any other text, or a day that does not exist, is `None`.
/// (chrono's `parse_from_str` would also take `2026-1-5`, and its general
/// parser is the largest piece of chrono the first screen would carry.)
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let (year, month, day) = read::iso_shaped(text)?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The document as pretty-printed JSON, for export files. `exported_at` is
/// the moment of export, passed in because the core never reads the clock.
pub fn encode_pretty(doc: &Document, exported_at: Option<Stamp>) -> String {
    let file = write::from_domain(doc, exported_at.as_ref());
    // Plain structs with string keys and finite numbers: serde_json has no
    // way to fail on them.
    serde_json::to_string_pretty(&file).expect("the file types always serialise")
}

/// The document as compact JSON, for browser storage.
pub fn encode_compact(doc: &Document) -> String {
    let file = write::from_domain(doc, None);
    serde_json::to_string(&file).expect("the file types always serialise")
}

/// The name of an export file: `落实台账-<unit>-2026-11-27.json`, or
/// `落实台账-2026-11-27.json` without a unit. Characters that some file
/// system refuses are replaced, so the name is safe on Windows too.
pub fn export_file_name(unit: &str, date: NaiveDate) -> String {
    let date = date.format("%Y-%m-%d");
    let unit = sanitise(unit);
    if unit.is_empty() {
        format!("落实台账-{date}.json")
    } else {
        format!("落实台账-{unit}-{date}.json")
    }
}

/// The longest unit part of a file name, in characters.
const MAX_UNIT_CHARS: usize = 40;

fn sanitise(unit: &str) -> String {
    let mut out = String::new();
    for c in unit.chars() {
        let bad = c.is_control()
            || c.is_whitespace()
            || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|');
        let c = if bad { '_' } else { c };
        if !(c == '_' && out.ends_with('_')) {
            out.push(c);
        }
    }
    let trimmed: String = out
        .trim_matches(|c| c == '_' || c == '.')
        .chars()
        .take(MAX_UNIT_CHARS)
        .collect();
    trimmed.trim_end_matches(['_', '.']).to_string()
}

/// A file as read, in the version it was written in.
enum AnyVersion {
    V1(v1::DocumentV1),
    V2(v2::DocumentV2),
    V3(v3::DocumentV3),
}

/// The current version's form of a file of any version. Each version adds
/// one step: version 4 would turn the arm for V3 into
/// `V3(d) => migrate(V4(v4::from_v3(d)))` and add `V4(d) => d`, so every
/// earlier version passes through every later step in order.
fn migrate(file: AnyVersion) -> v3::DocumentV3 {
    match file {
        AnyVersion::V1(d) => migrate(AnyVersion::V2(v2::from_v1(d))),
        AnyVersion::V2(d) => migrate(AnyVersion::V3(v3::from_v2(d))),
        AnyVersion::V3(d) => d,
    }
}

pub(crate) fn not_json(e: &serde_json::Error) -> DecodeError {
    DecodeError::NotJson {
        fault: JsonFault::of(e),
        line: e.line(),
        // serde_json says column 0 before the first character (an empty
        // file); the format counts columns from 1.
        column: e.column().max(1),
    }
}

/// Reads a whole file strictly as `T`, naming the path of a bad field.
///
/// Tracking the path of every field costs as much again as the parse, so a
/// file is first read without it; only a file that fails is read a second
/// time, with tracking, to say where it went wrong.
///
/// A file whose version was read from its first bytes alone has not been
/// read whole as JSON yet; when it fails here it is, so that a fault of an
/// earlier step (not JSON, not a Luoshi file) is reported as that step's,
/// before any wrong field.
fn strict<T: DeserializeOwned, const EXPLAIN: bool>(text: &str) -> Result<T, DecodeError> {
    let e = match serde_json::from_str(text) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    envelope::read_whole(text)?;
    match e {
        _ if EXPLAIN => strict_with_path(text),
        e if e.is_data() => Err(DecodeError::WrongField {
            path: String::from("?"),
            fault: JsonFault::of(&e),
            line: e.line(),
            column: e.column(),
        }),
        e => Err(not_json(&e)),
    }
}

/// [`strict`]'s second reading: the same parse, with the path of a bad field.
fn strict_with_path<T: DeserializeOwned>(text: &str) -> Result<T, DecodeError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if inner.is_data() {
            DecodeError::WrongField {
                path,
                fault: JsonFault::of(&inner),
                line: inner.line(),
                column: inner.column(),
            }
        } else {
            not_json(&inner)
        }
    })?;
    de.end().map_err(|e| not_json(&e))?;
    Ok(value)
}
