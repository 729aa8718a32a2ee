//! Which records a command may add, change or delete: what a save has to
//! look at ([`crate::store::Saved::delta`]) instead of the whole document.
//!
//! A command touches the records it names and nothing else: an add pushes
//! one record, an edit replaces one in place, a deletion removes one and
//! writes its tombstone, a restoration pushes one back and removes its
//! tombstone. A plan edit ([`Command::SetPlan`]) touches every plan row and
//! every plan part's tombstone (the command holds the new plan only, so the
//! parts it removes are not known from it). A replace or a merge touches
//! everything ([`Touched::All`]).
//!
//! The set of a command and the set of its inverse are the same records,
//! so an undo is covered by the inverse's own [`Command::touched`].
//! Touched sets [`Touched::merge`] across commands until a save commits: a
//! record touched at any step is in the union, and a record outside it is
//! the same, in the same order among the others, as when last saved.

use std::collections::BTreeSet;

use super::Command;
use crate::plan::RecordKind;

/// What a command, or several, may have changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touched {
    /// Only these records and plan rows.
    Only(Changes),
    /// Anything: the document was replaced or merged.
    All,
}

/// Records and plan rows touched, when not everything is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// Records by kind and id. For an activity, reading, report or notice:
    /// its row and its tombstone's row; for a plan part (section, target,
    /// person, unit): its tombstone's row.
    pub records: BTreeSet<(RecordKind, String)>,
    /// The plan's head row: the document's unit, the plan's own fields,
    /// its roster, units and sections' order.
    pub head: bool,
    /// Every plan row (the head and each section) and every plan part's
    /// tombstone.
    pub plan: bool,
}

impl Default for Touched {
    fn default() -> Self {
        Touched::none()
    }
}

impl Touched {
    /// Nothing touched.
    pub fn none() -> Touched {
        Touched::Only(Changes::default())
    }

    /// One record, by kind and id.
    pub fn record(kind: RecordKind, id: impl Into<String>) -> Touched {
        let mut c = Changes::default();
        c.records.insert((kind, id.into()));
        Touched::Only(c)
    }

    /// Whether nothing is touched.
    pub fn is_empty(&self) -> bool {
        match self {
            Touched::All => false,
            Touched::Only(c) => c.records.is_empty() && !c.head && !c.plan,
        }
    }

    /// Whether everything is.
    pub fn is_all(&self) -> bool {
        matches!(self, Touched::All)
    }

    /// Whether more than `n` records are touched (everything is more).
    pub fn more_than(&self, n: usize) -> bool {
        match self {
            Touched::All => true,
            Touched::Only(c) => c.records.len() > n,
        }
    }

    /// Adds what `other` touches.
    pub fn merge(&mut self, other: Touched) {
        match (&mut *self, other) {
            (Touched::All, _) => {}
            (me, Touched::All) => *me = Touched::All,
            (Touched::Only(a), Touched::Only(b)) => {
                if a.records.is_empty() {
                    a.records = b.records;
                } else {
                    a.records.extend(b.records);
                }
                a.head |= b.head;
                a.plan |= b.plan;
            }
        }
    }
}

impl Command {
    /// What applying this command may change. A refused command changes
    /// nothing, so merging its set in is harmless.
    pub fn touched(&self) -> Touched {
        let mut out = Touched::none();
        self.touch(&mut out);
        out
    }

    fn touch(&self, out: &mut Touched) {
        match self {
            Command::ReplaceDocument(_) | Command::Supersede { .. } | Command::MergeDocument(_) => {
                *out = Touched::All
            }
            Command::Batch(cmds) => {
                for cmd in cmds {
                    cmd.touch(out);
                }
            }
            _ => {
                if let Touched::Only(c) = out {
                    self.touch_one(c);
                }
            }
        }
    }

    /// A command that names its records (not a batch, not a whole document).
    fn touch_one(&self, c: &mut Changes) {
        let mut record = |kind: RecordKind, id: &str| {
            c.records.insert((kind, id.to_string()));
        };
        match self {
            Command::AddActivity(a)
            | Command::UpdateActivity(a)
            | Command::RestoreActivity { activity: a, .. } => {
                record(RecordKind::Activity, a.id.as_str())
            }
            Command::DeleteActivity { id, .. } => record(RecordKind::Activity, id.as_str()),
            Command::AddReading(r)
            | Command::UpdateReading(r)
            | Command::RestoreReading { reading: r, .. } => {
                record(RecordKind::Reading, r.id.as_str())
            }
            Command::DeleteReading { id, .. } => record(RecordKind::Reading, id.as_str()),
            Command::AddReport(r) | Command::RestoreReport { report: r, .. } => {
                record(RecordKind::Report, r.id.as_str())
            }
            Command::DeleteReport { id, .. } => record(RecordKind::Report, id.as_str()),
            Command::AddNotice(n)
            | Command::UpdateNotice(n)
            | Command::RestoreNotice { notice: n, .. } => record(RecordKind::Notice, n.id.as_str()),
            Command::DeleteNotice { id, .. } => record(RecordKind::Notice, id.as_str()),
            Command::SetPlan(_) => c.plan = true,
            Command::SetUnit(_) => c.head = true,
            // Whole documents and batches are [`Command::touch`]'s.
            Command::ReplaceDocument(_)
            | Command::Supersede { .. }
            | Command::MergeDocument(_)
            | Command::Batch(_) => {}
        }
    }
}
