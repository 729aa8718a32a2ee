//! The summary row: made from the engine's figures when a save is stamped,
//! and read back with the plan's rows to paint the first screen without
//! the ledger.
//!
//! - [`summary_from`]: the summary from figures the saver already has (the
//!   app evaluates the document as of today for its dashboard): no second
//!   evaluation. [`summary`] evaluates, for a caller that has none.
//! - [`first_screen`]: the plan and the summary from the plan's rows, the
//!   meta row and the summary row ([`FirstKeys`]), read in one transaction;
//!   given only when the summary is of the meta row's revision, as of
//!   today, and of that plan's targets. Anything else is a
//!   [`NotPainted`]: the app paints the first screen once it has the
//!   document.

use chrono::NaiveDate;

use super::key::{RowKey, RowKind};
use super::{HEAD_ID, SECTION_PREFIX};
use crate::engine::PlanProgress;
use crate::format::stored::{self as form, Meta, Summary, LAYOUT, RECORD_VERSION};
use crate::format::DecodeError;
use crate::plan::{Document, Plan};

/// What the first screen shows of `doc` as of `as_of`, at `revision`,
/// evaluating the document here. A saver that has the figures of `doc` as
/// of that day makes it with [`summary_from`] instead.
pub fn summary(doc: &Document, as_of: NaiveDate, revision: u64) -> Summary {
    summary_from(doc, &crate::engine::evaluate(doc, as_of), revision)
}

/// What the first screen shows of `doc` at `revision`, from `progress`,
/// the engine's figures of that same document
/// (`engine::evaluate(doc, progress.as_of)`); the summary is as of
/// `progress.as_of`. It evaluates nothing: it copies the figures (not the
/// ids of the records counted) and counts the ledger's records, with one
/// pass over it for records naming a target the plan does not have.
pub fn summary_from(doc: &Document, progress: &PlanProgress, revision: u64) -> Summary {
    Summary {
        revision,
        title: doc.plan.title.clone(),
        activities: doc.activities.len() as u64,
        readings: doc.readings.len() as u64,
        unassigned: crate::unassigned::any(doc),
        progress: form::figures(progress),
    }
}

/// The summary of `doc` as of `as_of` at `revision`: from `progress` when
/// it is of that day and of `doc`'s targets, else evaluated.
fn summary_with(
    doc: &Document,
    as_of: NaiveDate,
    revision: u64,
    progress: Option<&PlanProgress>,
) -> Summary {
    match progress {
        Some(p) if p.as_of == as_of => {
            let s = summary_from(doc, p, revision);
            if s.fits(&doc.plan) {
                s
            } else {
                summary(doc, as_of, revision)
            }
        }
        _ => summary(doc, as_of, revision),
    }
}

/// The summary row alone of `doc`, stored at `revision`, as of `as_of`:
/// for a document loaded on a day after its last save, whose summary row
/// is of that earlier day (so that the next visit today paints at once).
/// From `progress` when it is of that day and of `doc`'s targets, else
/// evaluated. Written on its own, it is only ever stale, never wrong: if
/// another save has changed the revision meanwhile, [`first_screen`] finds
/// it of another revision.
pub fn summary_row(
    doc: &Document,
    as_of: NaiveDate,
    revision: u64,
    progress: Option<&PlanProgress>,
) -> super::Row {
    super::Row {
        key: RowKey::summary(doc.plan.id.as_str()),
        value: form::encode_summary(&summary_with(doc, as_of, revision, progress)),
    }
}

/// The summary row's value, for a first screen reading it alone.
pub fn read_summary(value: &str) -> Result<Summary, DecodeError> {
    form::decode_summary(value)
}

/// The rows the first screen reads of one document, in one transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FirstKeys {
    /// The meta row's key.
    pub meta: String,
    /// The summary row's key.
    pub summary: String,
    /// The prefix of the plan's rows (its head and its sections).
    pub plan_prefix: String,
}

impl FirstKeys {
    /// The keys of document `doc` (its plan's id).
    pub fn of(doc: &str) -> FirstKeys {
        FirstKeys {
            meta: RowKey::meta(doc).encode(),
            summary: RowKey::summary(doc).encode(),
            plan_prefix: RowKey::new(doc, RowKind::PlanPart, "").encode(),
        }
    }
}

/// What the first screen is painted from, read without the ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstRows {
    /// The document's unit.
    pub unit: String,
    /// The plan, every section of it read.
    pub plan: Plan,
    /// The summary, fresh for today and the stored revision, of this plan.
    pub summary: Summary,
}

/// Why the stored rows give no first screen; the app paints it once it
/// has loaded the document (and says what is wrong, if anything is).
#[derive(Debug, Clone, PartialEq)]
pub enum NotPainted {
    /// No meta row: nothing saved, or not in this store.
    NoMeta,
    /// The meta row cannot be read.
    Meta(DecodeError),
    /// Rows of another version than this build's: the app upgrades them or
    /// refuses them.
    OtherVersion {
        /// The records' format version.
        format: u32,
        /// The layout's version.
        layout: u32,
    },
    /// No summary row.
    NoSummary,
    /// The summary row cannot be read.
    Summary(DecodeError),
    /// The summary is of another day or revision.
    Stale {
        /// The day it is as of.
        as_of: NaiveDate,
        /// The revision it was made at.
        revision: u64,
        /// The stored revision.
        stored: u64,
    },
    /// The plan's head row is missing.
    NoPlan,
    /// The plan cannot be read.
    Plan(DecodeError),
    /// A section of the plan is missing or cannot be read: the app sets it
    /// aside with a notice.
    PlanIncomplete,
    /// The summary's targets are not the plan's.
    Misfit,
}

/// The plan and the summary for the first screen on `today`, from the rows
/// of document `doc` read in one transaction: the meta row's and the
/// summary row's values (if stored) and the rows under
/// [`FirstKeys::plan_prefix`] (key and value). A row that does not read
/// is not explained field by field (the app, loading the document, says
/// what is wrong): the reader that tracks paths stays out of the first
/// module.
pub fn first_screen(
    doc: &str,
    meta: Option<&str>,
    summary: Option<&str>,
    plan_rows: &[(String, String)],
    today: NaiveDate,
) -> Result<FirstRows, NotPainted> {
    let meta: Meta =
        form::decode_meta_unexplained(meta.ok_or(NotPainted::NoMeta)?).map_err(NotPainted::Meta)?;
    // The first screen's rows (the plan's, the meta and the summary) are
    // the same in every layout up to this build's.
    if meta.format != RECORD_VERSION || meta.layout > LAYOUT {
        return Err(NotPainted::OtherVersion {
            format: meta.format,
            layout: meta.layout,
        });
    }
    let summary =
        form::decode_summary(summary.ok_or(NotPainted::NoSummary)?).map_err(NotPainted::Summary)?;
    if !summary.fresh_for(today, meta.revision) {
        return Err(NotPainted::Stale {
            as_of: summary.as_of(),
            revision: summary.revision,
            stored: meta.revision,
        });
    }
    let mut head = None;
    let mut sections = Vec::new();
    for (key, value) in plan_rows {
        let k = RowKey::decode(key).filter(|k| k.doc == doc && k.kind == RowKind::PlanPart);
        match k {
            Some(k) if k.id == HEAD_ID => head = Some(value.as_str()),
            Some(k) if k.id.starts_with(SECTION_PREFIX) => {
                sections.push((k.id[SECTION_PREFIX.len()..].to_string(), value.clone()))
            }
            _ => return Err(NotPainted::PlanIncomplete),
        }
    }
    let read = form::decode_plan_unexplained(head.ok_or(NotPainted::NoPlan)?, &sections)
        .map_err(NotPainted::Plan)?;
    if !read.unreadable.is_empty() || !read.missing.is_empty() {
        return Err(NotPainted::PlanIncomplete);
    }
    if !summary.fits(&read.plan) {
        return Err(NotPainted::Misfit);
    }
    Ok(FirstRows {
        unit: read.unit,
        plan: read.plan,
        summary,
    })
}
