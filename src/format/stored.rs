//! The stored form: one record at a time, as the browser's record-by-record
//! store keeps them ([`crate::store`] decides the rows and their keys).
//!
//! Each record is written in the exchange format's own record encoding
//! (this version's activity, reading, report, notice and tombstone; the
//! plan's sections with their targets), so that every check and message of
//! the exchange format applies to a stored record too. Around it the stored
//! form adds what a file says by its order: `n`, the record's place among
//! the records of its kind on the same day (0 when left out). The plan's
//! head row holds the document's unit, the plan's own fields and the order
//! of its sections. The stored form is not the exchange format: nothing
//! outside the browser's store reads it (docs/FORMAT.md, "The stored form").
//!
//! Reading never panics: any text gives a record or a [`DecodeError`] whose
//! path names the record by its id (`activities["a-17"].date`).

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::read;
use super::v3::{ActivityV3, NoticeV3, PlanV3, ReadingV3, ReportV3, SectionV3, TombstoneV3};
use super::write;
use super::{not_json, DecodeError, JsonFault, CURRENT_VERSION};
use crate::plan::{Activity, Document, Notice, Plan, Reading, Tombstone, UnitReport};

mod meta;
mod summary;

pub(crate) use meta::decode_meta_unexplained;
pub use meta::{decode_meta, encode_meta, Meta};
pub use summary::{decode_summary, encode_summary, figures, Summary};

/// The version of the stored form's layout (rows, keys, the head and the
/// place `n`, records many to a row in packs); the records inside are of
/// the exchange format's [`CURRENT_VERSION`]. Both are in the meta row.
/// Layout 1 had no packs: this build reads it as it is (a layout-1 store
/// is a store of single rows) and writes 2; a build of layout 1 refuses a
/// layout-2 store (a newer version) rather than miss the packed records.
pub const LAYOUT: u32 = 2;

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// A record with its place among the records of its kind on its day.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Placed<T> {
    #[serde(default, skip_serializing_if = "is_zero")]
    n: u32,
    r: T,
}

/// The plan's head: the document's unit, the plan's own fields (its
/// `sections` left empty) and its sections' ids in order.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Head {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    unit: String,
    plan: PlanV3,
    #[serde(default)]
    sections: Vec<String>,
}

fn to_text<T: Serialize>(value: &T) -> String {
    // Plain structs with string keys and finite numbers: serde_json has no
    // way to fail on them.
    serde_json::to_string(value).expect("the stored types always serialise")
}

/// Reads `text` strictly as `T`, a stored record of `list`; when `EXPLAIN`,
/// a wrong field is named by the record's id (at `id_at` in the text, when
/// it has one) and its path inside the record. Without `EXPLAIN` (the
/// first screen, which only needs to know whether a row reads) the error
/// names the list alone, and the path-tracking reader is left out of the
/// first module.
fn strict<T: DeserializeOwned, const EXPLAIN: bool>(
    text: &str,
    list: &str,
    id_at: &str,
) -> Result<T, DecodeError> {
    let e = match serde_json::from_str(text) {
        Ok(value) => return Ok(value),
        Err(e) => e,
    };
    if EXPLAIN {
        return strict_with_path(text, list, id_at);
    }
    if !e.is_data() {
        return Err(not_json(&e));
    }
    Err(DecodeError::WrongField {
        path: format!("{list}[?]"),
        fault: JsonFault::of(&e),
        line: e.line(),
        column: e.column(),
    })
}

/// [`strict`]'s second reading: the same parse, with the path of a bad
/// field.
fn strict_with_path<T: DeserializeOwned>(
    text: &str,
    list: &str,
    id_at: &str,
) -> Result<T, DecodeError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let inner_path = e.path().to_string();
        let inner = e.into_inner();
        if !inner.is_data() {
            return not_json(&inner);
        }
        let id = serde_json::from_str::<serde_json::Value>(text)
            .ok()
            .and_then(|v| v.pointer(id_at).and_then(|x| x.as_str().map(String::from)));
        let prefix = match id {
            Some(id) => named(list, &id),
            None => format!("{list}[?]"),
        };
        let inside = inner_path.strip_prefix("r").unwrap_or(&inner_path);
        let inside = inside.trim_start_matches('.');
        let path = if inside.is_empty() {
            prefix
        } else {
            format!("{prefix}.{inside}")
        };
        DecodeError::WrongField {
            path,
            fault: JsonFault::of(&inner),
            line: inner.line(),
            column: inner.column(),
        }
    })?;
    de.end().map_err(|e| not_json(&e))?;
    Ok(value)
}

/// `list["id"]`, the path of a stored record.
fn named(list: &str, id: &str) -> String {
    format!("{list}[{}]", to_text(&id))
}

/// Renames the path of an error the file reader gave for the record it
/// read as `list[0]` to the stored record's own name.
fn renamed(e: DecodeError, list: &str, id: &str) -> DecodeError {
    let was = format!("{list}[0]");
    let rename = |path: String| match path.strip_prefix(&was) {
        Some(rest) => format!("{}{rest}", named(list, id)),
        None => path,
    };
    match e {
        DecodeError::Invalid { path, problem } => DecodeError::Invalid {
            path: rename(path),
            problem,
        },
        other => other,
    }
}

/// An activity's stored text at place `n` of its day.
pub fn encode_activity(a: &Activity, n: u32) -> String {
    to_text(&Placed {
        n,
        r: write::activity_file(a),
    })
}

/// An activity and its place from its stored text.
pub fn decode_activity(text: &str) -> Result<(Activity, u32), DecodeError> {
    let p: Placed<ActivityV3> = strict::<_, true>(text, "activities", "/r/id")?;
    let id = p.r.id.clone();
    let checked = read::activity(0, &p.r).map_err(|e| renamed(e, "activities", &id))?;
    Ok((checked.build(p.r), p.n))
}

/// A reading's stored text at place `n` of its day.
pub fn encode_reading(r: &Reading, n: u32) -> String {
    to_text(&Placed {
        n,
        r: write::reading_file(r),
    })
}

/// A reading and its place from its stored text.
pub fn decode_reading(text: &str) -> Result<(Reading, u32), DecodeError> {
    let p: Placed<ReadingV3> = strict::<_, true>(text, "readings", "/r/id")?;
    let id = p.r.id.clone();
    let checked = read::reading(0, &p.r).map_err(|e| renamed(e, "readings", &id))?;
    Ok((checked.build(p.r), p.n))
}

/// A unit's report's stored text at place `n` of its day.
pub fn encode_report(r: &UnitReport, n: u32) -> String {
    to_text(&Placed {
        n,
        r: write::report_file(r),
    })
}

/// A unit's report and its place from its stored text.
pub fn decode_report(text: &str) -> Result<(UnitReport, u32), DecodeError> {
    let p: Placed<ReportV3> = strict::<_, true>(text, "reports", "/r/id")?;
    let id = p.r.id.clone();
    let mut list = read::office::reports(vec![p.r]).map_err(|e| renamed(e, "reports", &id))?;
    list.pop()
        .map(|r| (r, p.n))
        .ok_or_else(|| DecodeError::Invalid {
            path: named("reports", &id),
            problem: super::Problem::EmptyId,
        })
}

/// A notice's stored text at place `n` of its day.
pub fn encode_notice(x: &Notice, n: u32) -> String {
    to_text(&Placed {
        n,
        r: write::notice_file(x),
    })
}

/// A notice and its place from its stored text.
pub fn decode_notice(text: &str) -> Result<(Notice, u32), DecodeError> {
    let p: Placed<NoticeV3> = strict::<_, true>(text, "notices", "/r/id")?;
    let id = p.r.id.clone();
    let mut list = read::office::notices(vec![p.r]).map_err(|e| renamed(e, "notices", &id))?;
    list.pop()
        .map(|x| (x, p.n))
        .ok_or_else(|| DecodeError::Invalid {
            path: named("notices", &id),
            problem: super::Problem::EmptyId,
        })
}

/// A tombstone's stored text: the exchange format's, as it is.
pub fn encode_tombstone(t: &Tombstone) -> String {
    to_text(&write::tombstone_file(t))
}

/// A tombstone from its stored text.
pub fn decode_tombstone(text: &str) -> Result<Tombstone, DecodeError> {
    let t: TombstoneV3 = strict::<_, true>(text, "tombstones", "/id")?;
    let id = t.id.clone();
    read::tombstone(0, t).map_err(|e| renamed(e, "tombstones", &id))
}

/// The head row's text: the document's unit, the plan's own fields, its
/// roster and units, and the ids of its sections in order.
pub fn encode_head(doc: &Document) -> String {
    let mut plan = write::plan_file(&doc.plan);
    plan.sections = Vec::new();
    to_text(&Head {
        unit: doc.unit.clone(),
        plan,
        sections: doc.plan.sections.iter().map(|s| s.id.0.clone()).collect(),
    })
}

/// One section's text, with its targets.
pub fn encode_section(plan: &Plan, section: &crate::plan::Section) -> String {
    to_text(&write::section_file(plan, section))
}

/// A plan read from its rows.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRows {
    /// The document's unit.
    pub unit: String,
    /// The plan, with every section that could be read.
    pub plan: Plan,
    /// Sections that could not be read, by the id their row was stored
    /// under, with why.
    pub unreadable: Vec<(String, DecodeError)>,
    /// Sections the head lists that have no row.
    pub missing: Vec<String>,
}

/// The plan from its head row and its section rows (`(id, text)`, the id
/// the row is stored under). A section that cannot be read on its own, or
/// not beside the sections before it (a target id used twice), is set
/// aside; a head that cannot be read refuses the plan.
pub fn decode_plan(head: &str, sections: &[(String, String)]) -> Result<PlanRows, DecodeError> {
    plan_from_rows::<true>(head, sections)
}

/// [`decode_plan`] for the first screen: a row that does not read is named
/// by its list alone ([`strict`]).
pub(crate) fn decode_plan_unexplained(
    head: &str,
    sections: &[(String, String)],
) -> Result<PlanRows, DecodeError> {
    plan_from_rows::<false>(head, sections)
}

fn plan_from_rows<const EXPLAIN: bool>(
    head: &str,
    sections: &[(String, String)],
) -> Result<PlanRows, DecodeError> {
    let head: Head = strict::<_, EXPLAIN>(head, "plan", "/plan/id")?;
    let mut base = head.plan;
    let own = std::mem::take(&mut base.sections);
    read::plan::plan(&base)?;
    let mut order: Vec<(String, Result<SectionV3, DecodeError>)> =
        own.into_iter().map(|s| (s.id.clone(), Ok(s))).collect();
    let mut missing = Vec::new();
    let mut used = vec![false; sections.len()];
    for id in &head.sections {
        match sections.iter().position(|(k, _)| k == id) {
            Some(i) if !used[i] => {
                used[i] = true;
                order.push((id.clone(), section::<EXPLAIN>(id, &sections[i].1)));
            }
            _ => missing.push(id.clone()),
        }
    }
    // Rows the head does not list are kept after the others: nothing
    // stored is dropped for a head written without it.
    for (i, (id, text)) in sections.iter().enumerate() {
        if !used[i] {
            order.push((id.clone(), section::<EXPLAIN>(id, text)));
        }
    }
    let mut unreadable = Vec::new();
    let mut plan = read::plan::plan(&base)?;
    for (id, s) in order {
        let s = match s {
            Ok(s) => s,
            Err(e) => {
                unreadable.push((id, e));
                continue;
            }
        };
        base.sections.push(s);
        match read::plan::plan(&base) {
            Ok(p) => plan = p,
            Err(e) => {
                base.sections.pop();
                let was = format!("plan.sections[{}]", base.sections.len());
                let e = match e {
                    DecodeError::Invalid { path, problem } => DecodeError::Invalid {
                        path: match path.strip_prefix(&was) {
                            Some(rest) => format!("{}{rest}", named("plan.sections", &id)),
                            None => path,
                        },
                        problem,
                    },
                    other => other,
                };
                unreadable.push((id, e));
            }
        }
    }
    Ok(PlanRows {
        unit: head.unit,
        plan,
        unreadable,
        missing,
    })
}

fn section<const EXPLAIN: bool>(id: &str, text: &str) -> Result<SectionV3, DecodeError> {
    strict::<_, EXPLAIN>(text, "plan.sections", "/id").map_err(|e| match e {
        DecodeError::WrongField {
            path,
            fault,
            line,
            column,
        } if path.starts_with("plan.sections[?]") => DecodeError::WrongField {
            path: path.replacen("plan.sections[?]", &named("plan.sections", id), 1),
            fault,
            line,
            column,
        },
        other => other,
    })
}

/// The day and place of a stored activity, reading, report or notice,
/// read without the rest of the record: its `n` and its `date` (an
/// activity or a reading), `sent` (a report) or `issued` (a notice).
/// `None` for text that does not say them.
pub fn peek_place(text: &str) -> Option<(chrono::NaiveDate, u32)> {
    #[derive(Deserialize)]
    struct Day<'a> {
        #[serde(default, borrow)]
        date: Option<&'a str>,
        #[serde(default, borrow)]
        sent: Option<&'a str>,
        #[serde(default, borrow)]
        issued: Option<&'a str>,
    }
    #[derive(Deserialize)]
    struct Peek<'a> {
        #[serde(default)]
        n: u32,
        #[serde(borrow)]
        r: Day<'a>,
    }
    let p: Peek = serde_json::from_str(text).ok()?;
    let day = p.r.date.or(p.r.sent).or(p.r.issued)?;
    Some((super::parse_iso_date(day)?, p.n))
}

/// The exchange format's version of the records the stored form holds.
pub const RECORD_VERSION: u32 = CURRENT_VERSION;
