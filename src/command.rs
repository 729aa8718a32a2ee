//! The one door for changes to a [`Document`]: every edit is a [`Command`],
//! checked before anything changes, and applying it returns the command that
//! undoes it, so the UI keeps an undo stack of inverses.
//!
//! Stamps only move forward. A change is stamped by the caller (the core
//! never reads the clock); if the record already carries a later stamp, for
//! instance from a colleague whose clock runs ahead, the change is stamped
//! one second after it so that a merge keeps the change. A deletion leaves a
//! tombstone at or after the record's stamp so that a merge does not bring
//! the record back; restoring removes the tombstone and stamps the record
//! after it, so that the restored record also wins over the tombstone in a
//! colleague's copy.

mod error;
mod ops;
mod touched;

use crate::plan::{
    Activity, ActivityId, Document, Notice, NoticeId, Plan, Reading, ReadingId, ReportId, Stamp,
    UnitReport,
};

pub use error::CommandError;
use ops::{add, delete, restore, set_plan, update};
pub use touched::{Changes, Touched};

/// A change to the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Adds an activity under a new id.
    AddActivity(Activity),
    /// Replaces the activity with the same id.
    UpdateActivity(Activity),
    /// Deletes an activity, leaving a tombstone stamped `at`.
    DeleteActivity {
        /// The activity to delete.
        id: ActivityId,
        /// When it is deleted.
        at: Stamp,
    },
    /// Brings a deleted activity back, stamped `at` (or just after its
    /// tombstone, if that is later).
    RestoreActivity {
        /// The activity as it should be restored.
        activity: Activity,
        /// When it is restored.
        at: Stamp,
    },
    /// Adds a reading under a new id.
    AddReading(Reading),
    /// Replaces the reading with the same id.
    UpdateReading(Reading),
    /// Deletes a reading, leaving a tombstone stamped `at`.
    DeleteReading {
        /// The reading to delete.
        id: ReadingId,
        /// When it is deleted.
        at: Stamp,
    },
    /// Brings a deleted reading back, stamped `at` (or just after its
    /// tombstone, if that is later).
    RestoreReading {
        /// The reading as it should be restored.
        reading: Reading,
        /// When it is restored.
        at: Stamp,
    },
    /// Records a unit's report received (one file imported from it).
    AddReport(UnitReport),
    /// Deletes a unit's report record, leaving a tombstone stamped `at`.
    DeleteReport {
        /// The report to delete.
        id: ReportId,
        /// When it is deleted.
        at: Stamp,
    },
    /// Brings a deleted report record back, stamped `at` (or just after its
    /// tombstone).
    RestoreReport {
        /// The report as it should be restored.
        report: UnitReport,
        /// When it is restored.
        at: Stamp,
    },
    /// Issues a 督办通知单 under a new id.
    AddNotice(Notice),
    /// Replaces the notice with the same id (a reply noted, a date moved).
    UpdateNotice(Notice),
    /// Deletes a notice, leaving a tombstone stamped `at`.
    DeleteNotice {
        /// The notice to delete.
        id: NoticeId,
        /// When it is deleted.
        at: Stamp,
    },
    /// Brings a deleted notice back, stamped `at` (or just after its
    /// tombstone).
    RestoreNotice {
        /// The notice as it should be restored.
        notice: Notice,
        /// When it is restored.
        at: Stamp,
    },
    /// Replaces the plan (sections, targets, roster, period). Refused if the
    /// plan has errors; records that point at a removed target are kept and
    /// reported by [`crate::validate::validate_document`].
    SetPlan(Plan),
    /// Renames the unit that keeps this copy.
    SetUnit(String),
    /// Replaces the whole document exactly (the undo of a merge).
    ReplaceDocument(Box<Document>),
    /// Replaces the whole document so that the replace holds wherever a
    /// copy of the old one is merged back (another tab): the new document
    /// with tombstones for what it drops and stamps after the old one's
    /// where they differ ([`crate::merge::supersede`]), stamped `at`. Its
    /// undo is the same command with the old document, stamped when undone.
    Supersede {
        /// The document that takes the place of this one.
        doc: Box<Document>,
        /// When it is replaced.
        at: Stamp,
    },
    /// Merges a colleague's document into this one by record id and stamp
    /// (see [`crate::merge`]).
    MergeDocument(Box<Document>),
    /// Several commands applied all or none, undone as one (a CSV import).
    Batch(Vec<Command>),
}

impl Document {
    /// Applies `cmd` and returns the command that undoes it. A refused
    /// command changes nothing.
    ///
    /// Before applying an inverse later, give it the current time with
    /// [`Command::stamped`] so that the undo is newer than what it undoes.
    pub fn apply(&mut self, cmd: Command) -> Result<Command, CommandError> {
        Ok(match cmd {
            Command::AddActivity(a) => {
                let id = a.id.clone();
                let at = add(self, a)?;
                Command::DeleteActivity { id, at }
            }
            Command::UpdateActivity(a) => Command::UpdateActivity(update(self, a)?),
            Command::DeleteActivity { id, at } => {
                let (activity, at) = delete::<Activity>(self, id.as_str(), at)?;
                Command::RestoreActivity { activity, at }
            }
            Command::RestoreActivity { activity, at } => {
                let id = activity.id.clone();
                let at = restore(self, activity, at)?;
                Command::DeleteActivity { id, at }
            }
            Command::AddReading(r) => {
                let id = r.id.clone();
                let at = add(self, r)?;
                Command::DeleteReading { id, at }
            }
            Command::UpdateReading(r) => Command::UpdateReading(update(self, r)?),
            Command::DeleteReading { id, at } => {
                let (reading, at) = delete::<Reading>(self, id.as_str(), at)?;
                Command::RestoreReading { reading, at }
            }
            Command::RestoreReading { reading, at } => {
                let id = reading.id.clone();
                let at = restore(self, reading, at)?;
                Command::DeleteReading { id, at }
            }
            Command::AddReport(r) => {
                let id = r.id.clone();
                let at = add(self, r)?;
                Command::DeleteReport { id, at }
            }
            Command::DeleteReport { id, at } => {
                let (report, at) = delete::<UnitReport>(self, id.as_str(), at)?;
                Command::RestoreReport { report, at }
            }
            Command::RestoreReport { report, at } => {
                let id = report.id.clone();
                let at = restore(self, report, at)?;
                Command::DeleteReport { id, at }
            }
            Command::AddNotice(n) => {
                let id = n.id.clone();
                let at = add(self, n)?;
                Command::DeleteNotice { id, at }
            }
            Command::UpdateNotice(n) => Command::UpdateNotice(update(self, n)?),
            Command::DeleteNotice { id, at } => {
                let (notice, at) = delete::<Notice>(self, id.as_str(), at)?;
                Command::RestoreNotice { notice, at }
            }
            Command::RestoreNotice { notice, at } => {
                let id = notice.id.clone();
                let at = restore(self, notice, at)?;
                Command::DeleteNotice { id, at }
            }
            Command::SetPlan(plan) => Command::SetPlan(set_plan(self, plan)?),
            Command::SetUnit(unit) => Command::SetUnit(std::mem::replace(&mut self.unit, unit)),
            Command::ReplaceDocument(doc) => {
                Command::ReplaceDocument(Box::new(std::mem::replace(self, *doc)))
            }
            Command::Supersede { doc, at } => {
                let new = crate::merge::supersede(self, *doc, at);
                Command::Supersede {
                    doc: Box::new(std::mem::replace(self, new)),
                    at,
                }
            }
            Command::MergeDocument(theirs) => {
                // One plan per document: another plan's file is refused.
                if let Some(other) = crate::merge::other_plan(self, &theirs) {
                    return Err(CommandError::OtherPlan {
                        ours: other.ours,
                        theirs: other.theirs,
                    });
                }
                let merged = crate::merge::merge(self, &theirs).doc;
                Command::ReplaceDocument(Box::new(std::mem::replace(self, merged)))
            }
            Command::Batch(cmds) => {
                let mut work = self.clone();
                let mut inverses = Vec::with_capacity(cmds.len());
                for (index, c) in cmds.into_iter().enumerate() {
                    let inverse = work.apply(c).map_err(|e| CommandError::InBatch {
                        index,
                        source: Box::new(e),
                    })?;
                    inverses.push(inverse);
                }
                *self = work;
                inverses.reverse();
                Command::Batch(inverses)
            }
        })
    }
}

impl Command {
    /// The same command stamped `at`: every record, deletion, restoration
    /// and plan it carries. Whole-document commands are unchanged.
    pub fn stamped(self, at: Stamp) -> Command {
        match self {
            Command::AddActivity(mut a) => {
                a.updated_at = at;
                Command::AddActivity(a)
            }
            Command::UpdateActivity(mut a) => {
                a.updated_at = at;
                Command::UpdateActivity(a)
            }
            Command::DeleteActivity { id, .. } => Command::DeleteActivity { id, at },
            Command::RestoreActivity { activity, .. } => Command::RestoreActivity { activity, at },
            Command::AddReading(mut r) => {
                r.updated_at = at;
                Command::AddReading(r)
            }
            Command::UpdateReading(mut r) => {
                r.updated_at = at;
                Command::UpdateReading(r)
            }
            Command::DeleteReading { id, .. } => Command::DeleteReading { id, at },
            Command::RestoreReading { reading, .. } => Command::RestoreReading { reading, at },
            Command::AddReport(mut r) => {
                r.updated_at = at;
                Command::AddReport(r)
            }
            Command::DeleteReport { id, .. } => Command::DeleteReport { id, at },
            Command::RestoreReport { report, .. } => Command::RestoreReport { report, at },
            Command::AddNotice(mut n) => {
                n.updated_at = at;
                Command::AddNotice(n)
            }
            Command::UpdateNotice(mut n) => {
                n.updated_at = at;
                Command::UpdateNotice(n)
            }
            Command::DeleteNotice { id, .. } => Command::DeleteNotice { id, at },
            Command::RestoreNotice { notice, .. } => Command::RestoreNotice { notice, at },
            Command::SetPlan(mut p) => {
                p.updated_at = at;
                Command::SetPlan(p)
            }
            Command::Batch(cmds) => {
                Command::Batch(cmds.into_iter().map(|c| c.stamped(at)).collect())
            }
            Command::Supersede { doc, .. } => Command::Supersede { doc, at },
            c @ (Command::SetUnit(_) | Command::ReplaceDocument(_) | Command::MergeDocument(_)) => {
                c
            }
        }
    }

    /// A short Chinese name of the change, for an undo button or history.
    pub fn label_zh(&self) -> String {
        match self {
            Command::AddActivity(_) => "添加活动".into(),
            Command::UpdateActivity(_) => "修改活动".into(),
            Command::DeleteActivity { .. } => "删除活动".into(),
            Command::RestoreActivity { .. } => "恢复活动".into(),
            Command::AddReading(_) => "添加数值".into(),
            Command::UpdateReading(_) => "修改数值".into(),
            Command::DeleteReading { .. } => "删除数值".into(),
            Command::RestoreReading { .. } => "恢复数值".into(),
            Command::AddReport(_) => "登记报送".into(),
            Command::DeleteReport { .. } => "删除报送记录".into(),
            Command::RestoreReport { .. } => "恢复报送记录".into(),
            Command::AddNotice(_) => "印发督办单".into(),
            Command::UpdateNotice(_) => "修改督办单".into(),
            Command::DeleteNotice { .. } => "删除督办单".into(),
            Command::RestoreNotice { .. } => "恢复督办单".into(),
            Command::SetPlan(_) => "修改计划".into(),
            Command::SetUnit(_) => "修改单位".into(),
            Command::ReplaceDocument(_) | Command::Supersede { .. } => "替换全部数据".into(),
            Command::MergeDocument(_) => "合并导入数据".into(),
            Command::Batch(c) => format!("批量修改（{} 项）", c.len()),
        }
    }

    /// A short English name of the change, for an undo button or history.
    pub fn label_en(&self) -> String {
        match self {
            Command::AddActivity(_) => "Add activity".into(),
            Command::UpdateActivity(_) => "Edit activity".into(),
            Command::DeleteActivity { .. } => "Delete activity".into(),
            Command::RestoreActivity { .. } => "Restore activity".into(),
            Command::AddReading(_) => "Add reading".into(),
            Command::UpdateReading(_) => "Edit reading".into(),
            Command::DeleteReading { .. } => "Delete reading".into(),
            Command::RestoreReading { .. } => "Restore reading".into(),
            Command::AddReport(_) => "Record report".into(),
            Command::DeleteReport { .. } => "Delete report record".into(),
            Command::RestoreReport { .. } => "Restore report record".into(),
            Command::AddNotice(_) => "Issue notice".into(),
            Command::UpdateNotice(_) => "Edit notice".into(),
            Command::DeleteNotice { .. } => "Delete notice".into(),
            Command::RestoreNotice { .. } => "Restore notice".into(),
            Command::SetPlan(_) => "Edit plan".into(),
            Command::SetUnit(_) => "Rename unit".into(),
            Command::ReplaceDocument(_) | Command::Supersede { .. } => "Replace all data".into(),
            Command::MergeDocument(_) => "Merge imported data".into(),
            Command::Batch(c) => format!("{} changes", c.len()),
        }
    }
}
