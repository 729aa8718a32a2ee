//! When a stored evidence file may be deleted: the sweep's decision, pure.
//!
//! The browser keeps each evidence file once per SHA-256 (`app::filestore`).
//! A file no record names takes room, but "no record this tab can read
//! names it" is not "no record names it": the stored document may be of a
//! newer version or damaged, a snapshot or a recovery copy may name it, an
//! undo in another tab may bring its record back. So a file is never
//! deleted the moment it looks unnamed. Each sweep pass:
//!
//! - stops at once when any holder of references could not be read by this
//!   build (the stored document, a snapshot, a recovery copy), or when a
//!   recovery copy is kept at all: what such a document names is unknown
//!   ([`Stop`]). Nothing is then marked or deleted; files named by what was
//!   read are still un-marked, which only ever delays a deletion;
//! - marks a file named by nothing it read as unnamed since `now` (once:
//!   the mark keeps its first time);
//! - clears the mark of a file named again (an undo, a merge, a restored
//!   snapshot), and records the name and size it is named with, for the
//!   Data view's list;
//! - deletes a file only when its mark is older than [`UNNAMED_GRACE_DAYS`]
//!   and its bytes were not stored again in the last [`FRESH_MS`].
//!
//! The marks live with the files (not in a tab), so whichever tab sweeps
//! sees the same times. Every open tab counts its own undo entries as names
//! ([`Holder::Undo`]) and sweeps at start and then periodically, so an undo
//! kept in any open tab keeps clearing the mark. Nothing here reads a file
//! or the clock: `now` (ms since the Unix epoch) comes in.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::command::Command;
use crate::plan::{Document, Evidence};

mod words;

pub use words::stop_text;

/// A day in milliseconds.
pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// How many days a file must have been named by no record before a sweep
/// may delete it. Longer than every way a reference comes back: the daily
/// snapshots are kept 7 days (`web::storage::SNAPSHOT_DAYS`); an undo
/// entry lives in an open tab, which clears the mark at every pass while it
/// holds it (so the window only has to outlast a tab that stopped running,
/// a sleeping laptop's), and a month leaves time to notice a deletion made
/// by mistake and bring it back from a backup or a colleague's package.
pub const UNNAMED_GRACE_DAYS: i64 = 30;

/// [`UNNAMED_GRACE_DAYS`] in milliseconds.
pub const UNNAMED_GRACE_MS: i64 = UNNAMED_GRACE_DAYS * DAY_MS;

/// A file whose bytes were stored in the last ten minutes is neither marked
/// nor deleted: the tab that stored it may be saving the record that names
/// it.
pub const FRESH_MS: i64 = 10 * 60 * 1000;

/// A mark stamped more than a day after `now` came from a clock that was
/// wrong; it is stamped again with `now` rather than kept (it would never
/// expire) or trusted (it would let the file go early once the clock is
/// right).
pub const FUTURE_SLACK_MS: i64 = DAY_MS;

/// Something that can name files: where a reference could come back from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Holder {
    /// This tab's working document, saved or not.
    Working,
    /// The document in the browser's storage, as this build reads it now.
    Stored,
    /// This tab's undo entries.
    Undo,
    /// The daily snapshot of a day.
    Snapshot(NaiveDate),
    /// A recovery copy (a stored document this build could not read), by
    /// its storage key.
    Recovery(String),
}

/// The name and size a file is named with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Naming {
    /// The evidence's name (the first record's, in ledger order).
    pub name: String,
    /// The size the reference gives.
    pub size: u64,
}

/// How a holder was read by this build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reading {
    /// Read: the files it names.
    Read(BTreeMap<String, Naming>),
    /// Written by a newer version of the app: what it names is unknown.
    Newer,
    /// Could not be read (damaged, cut short, refused by the browser): why.
    Unreadable(String),
}

/// One holder and how it was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// What it is.
    pub holder: Holder,
    /// What it names, or why that is unknown.
    pub reading: Reading,
}

impl Source {
    /// A holder read by this build, naming the files of `names`.
    pub fn read(holder: Holder, names: BTreeMap<String, Naming>) -> Source {
        Source {
            holder,
            reading: Reading::Read(names),
        }
    }
}

/// A stored file and what the store keeps beside its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredFile {
    /// Its SHA-256, the store's key.
    pub sha256: String,
    /// When its bytes were last stored (ms; 0 when the store does not say).
    pub stored_at: i64,
    /// Since when no record names it (ms), once a sweep has marked it.
    pub unnamed_since: Option<i64>,
    /// The name it was last named with, when known.
    pub name: Option<String>,
    /// Its size in bytes.
    pub size: u64,
}

/// Why a sweep must not run at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stop {
    /// A holder this build could not read.
    Unreadable {
        /// Which.
        holder: Holder,
        /// Why.
        reason: String,
    },
    /// A holder written by a newer version.
    Newer {
        /// Which.
        holder: Holder,
    },
    /// A recovery copy is kept: until the user has dealt with it (imported
    /// or discarded it), the files it may name are not unnamed.
    RecoveryKept {
        /// Its storage key.
        key: String,
    },
}

/// A file waiting to be deleted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// Its SHA-256.
    pub sha256: String,
    /// The name it was last named with (empty when never known).
    pub name: String,
    /// Its size in bytes.
    pub size: u64,
    /// Since when no record names it (ms).
    pub unnamed_since: i64,
    /// From when a sweep may delete it (ms).
    pub delete_after: i64,
}

/// A change to one file's marks: named again, with its name and size.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    /// Its SHA-256.
    pub sha256: String,
    /// The name and size it is named with now.
    pub naming: Naming,
}

/// What one sweep pass does.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sweep {
    /// Why nothing may be marked or deleted; empty when the sweep runs.
    pub stops: Vec<Stop>,
    /// Files to mark as unnamed since `now`.
    pub mark: Vec<String>,
    /// Files whose mark is stamped again with `now` (a stamp from the
    /// future).
    pub restamp: Vec<String>,
    /// Files named: their mark cleared and their name and size recorded.
    pub named: Vec<Named>,
    /// Files to delete.
    pub delete: Vec<String>,
    /// Files waiting to be deleted after this pass, soonest first.
    pub pending: Vec<Pending>,
}

impl Sweep {
    /// Whether the sweep may mark and delete.
    pub fn runs(&self) -> bool {
        self.stops.is_empty()
    }

    /// Whether the pass changes nothing in the store.
    pub fn is_empty(&self) -> bool {
        self.mark.is_empty()
            && self.restamp.is_empty()
            && self.named.is_empty()
            && self.delete.is_empty()
    }
}

/// When a file marked unnamed at `unnamed_since` may be deleted.
pub fn delete_after(unnamed_since: i64) -> i64 {
    unnamed_since.saturating_add(UNNAMED_GRACE_MS)
}

/// Decides one sweep pass over `stored` from every holder of references in
/// `sources`, at `now` (ms).
pub fn sweep(sources: &[Source], stored: &[StoredFile], now: i64) -> Sweep {
    let mut out = Sweep::default();
    let mut sources: Vec<&Source> = sources.iter().collect();
    sources.sort_by(|a, b| a.holder.cmp(&b.holder));
    let mut named: BTreeMap<&str, &Naming> = BTreeMap::new();
    for s in &sources {
        match &s.reading {
            Reading::Read(names) => {
                for (hash, naming) in names {
                    named.entry(hash.as_str()).or_insert(naming);
                }
            }
            Reading::Newer => out.stops.push(Stop::Newer {
                holder: s.holder.clone(),
            }),
            Reading::Unreadable(reason) => out.stops.push(Stop::Unreadable {
                holder: s.holder.clone(),
                reason: reason.clone(),
            }),
        }
        if let Holder::Recovery(key) = &s.holder {
            out.stops.push(Stop::RecoveryKept { key: key.clone() });
        }
    }
    let runs = out.stops.is_empty();
    let mut seen = BTreeSet::new();
    for f in stored {
        if !seen.insert(f.sha256.as_str()) {
            continue;
        }
        if let Some(naming) = named.get(f.sha256.as_str()) {
            if f.unnamed_since.is_some()
                || f.name.as_deref() != Some(naming.name.as_str())
                || f.size != naming.size
            {
                out.named.push(Named {
                    sha256: f.sha256.clone(),
                    naming: (*naming).clone(),
                });
            }
            continue;
        }
        let fresh = now.saturating_sub(f.stored_at) < FRESH_MS;
        let since = match f.unnamed_since {
            Some(t) if t > now.saturating_add(FUTURE_SLACK_MS) => {
                if runs {
                    out.restamp.push(f.sha256.clone());
                    Some(now)
                } else {
                    Some(t)
                }
            }
            Some(t) => Some(t),
            None if runs && !fresh => {
                out.mark.push(f.sha256.clone());
                Some(now)
            }
            None => None,
        };
        let Some(since) = since else { continue };
        if runs && !fresh && now >= delete_after(since) {
            out.delete.push(f.sha256.clone());
            continue;
        }
        out.pending.push(Pending {
            sha256: f.sha256.clone(),
            name: f.name.clone().unwrap_or_default(),
            size: f.size,
            unnamed_since: since,
            delete_after: delete_after(since),
        });
    }
    out.pending
        .sort_by(|a, b| (a.delete_after, &a.sha256).cmp(&(b.delete_after, &b.sha256)));
    out
}

/// Every file `doc` names, once per hash, with the name the first record
/// (in ledger order) gives it.
pub fn names_in(doc: &Document) -> BTreeMap<String, Naming> {
    let mut out = BTreeMap::new();
    for (_, evidence) in crate::evidence::records(doc) {
        add_names(&mut out, evidence);
    }
    out
}

/// Every file the undo entries in `commands` would name again if undone:
/// the records and documents they carry.
pub fn names_in_commands<'a>(
    commands: impl IntoIterator<Item = &'a Command>,
) -> BTreeMap<String, Naming> {
    let mut out = BTreeMap::new();
    for c in commands {
        command_names(c, &mut out);
    }
    out
}

fn command_names(c: &Command, out: &mut BTreeMap<String, Naming>) {
    match c {
        Command::AddActivity(a)
        | Command::UpdateActivity(a)
        | Command::RestoreActivity { activity: a, .. } => add_names(out, &a.evidence),
        Command::AddReading(r)
        | Command::UpdateReading(r)
        | Command::RestoreReading { reading: r, .. } => add_names(out, &r.evidence),
        Command::ReplaceDocument(d)
        | Command::MergeDocument(d)
        | Command::Supersede { doc: d, .. } => {
            for (hash, naming) in names_in(d) {
                out.entry(hash).or_insert(naming);
            }
        }
        Command::Batch(cs) => {
            for c in cs {
                command_names(c, out);
            }
        }
        Command::DeleteActivity { .. }
        | Command::DeleteReading { .. }
        | Command::AddReport(_)
        | Command::DeleteReport { .. }
        | Command::RestoreReport { .. }
        | Command::AddNotice(_)
        | Command::UpdateNotice(_)
        | Command::DeleteNotice { .. }
        | Command::RestoreNotice { .. }
        | Command::SetPlan(_)
        | Command::SetUnit(_) => {}
    }
}

fn add_names(out: &mut BTreeMap<String, Naming>, evidence: &[Evidence]) {
    for e in evidence {
        let Some(file) = &e.file else { continue };
        out.entry(file.sha256.clone()).or_insert_with(|| Naming {
            name: e.name.clone(),
            size: file.size,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const H1: &str = "1111111111111111111111111111111111111111111111111111111111111111";
    const H2: &str = "2222222222222222222222222222222222222222222222222222222222222222";
    const NOW: i64 = 1_800_000_000_000;

    fn naming(name: &str) -> Naming {
        Naming {
            name: name.to_string(),
            size: 10,
        }
    }

    fn names(list: &[(&str, &str)]) -> BTreeMap<String, Naming> {
        list.iter()
            .map(|(h, n)| (h.to_string(), naming(n)))
            .collect()
    }

    fn file(hash: &str, stored_at: i64, unnamed_since: Option<i64>) -> StoredFile {
        StoredFile {
            sha256: hash.to_string(),
            stored_at,
            unnamed_since,
            name: Some("纪要.pdf".to_string()),
            size: 10,
        }
    }

    fn check(sources: &[Source], stored: &[StoredFile], now: i64, expect: (&[&str], &[&str])) {
        let s = sweep(sources, stored, now);
        assert_eq!(s.mark, expect.0, "marked");
        assert_eq!(s.delete, expect.1, "deleted");
    }

    #[test]
    fn an_unnamed_file_is_marked_first_and_deleted_only_after_the_grace() {
        let doc = [Source::read(Holder::Working, BTreeMap::new())];
        let old = NOW - DAY_MS;
        check(&doc, &[file(H1, old, None)], NOW, (&[H1], &[]));
        let day_29 = NOW + 29 * DAY_MS;
        check(&doc, &[file(H1, old, Some(NOW))], day_29, (&[], &[]));
        check(
            &doc,
            &[file(H1, old, Some(NOW))],
            NOW + UNNAMED_GRACE_MS,
            (&[], &[H1]),
        );
    }

    #[test]
    fn a_named_file_is_never_marked_and_its_mark_is_cleared() {
        let sources = [
            Source::read(Holder::Working, BTreeMap::new()),
            Source::read(Holder::Undo, names(&[(H1, "纪要.pdf")])),
        ];
        let s = sweep(&sources, &[file(H1, 0, Some(0))], NOW);
        assert!(s.mark.is_empty() && s.delete.is_empty() && s.pending.is_empty());
        assert_eq!(s.named[0].sha256, H1);
    }

    #[test]
    fn a_newer_or_unreadable_document_or_a_recovery_copy_stops_the_sweep() {
        let stored = [file(H1, 0, Some(0)), file(H2, 0, None)];
        for (holder, reading) in [
            (Holder::Stored, Reading::Newer),
            (Holder::Stored, Reading::Unreadable("cut short".into())),
            (
                Holder::Snapshot(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()),
                Reading::Newer,
            ),
            (
                Holder::Recovery("luoshi.recovery.v1".into()),
                Reading::Read(BTreeMap::new()),
            ),
        ] {
            let sources = [
                Source::read(Holder::Working, BTreeMap::new()),
                Source { holder, reading },
            ];
            let s = sweep(&sources, &stored, NOW);
            assert!(!s.runs());
            assert!(s.mark.is_empty() && s.delete.is_empty(), "{s:?}");
            // What was marked before still shows as waiting.
            assert_eq!(s.pending.len(), 1);
        }
    }

    #[test]
    fn a_fresh_file_is_left_alone() {
        let doc = [Source::read(Holder::Working, BTreeMap::new())];
        check(&doc, &[file(H1, NOW - 60_000, None)], NOW, (&[], &[]));
        // Stored again just now under an old mark: not deleted yet.
        check(&doc, &[file(H1, NOW - 60_000, Some(0))], NOW, (&[], &[]));
    }

    #[test]
    fn a_mark_from_the_future_is_stamped_again() {
        let doc = [Source::read(Holder::Working, BTreeMap::new())];
        let s = sweep(&doc, &[file(H1, 0, Some(NOW + 365 * DAY_MS))], NOW);
        assert_eq!(s.restamp, [H1]);
        assert_eq!(s.pending[0].delete_after, NOW + UNNAMED_GRACE_MS);
    }

    #[test]
    fn an_old_value_without_a_name_is_named_from_the_records() {
        let doc = [Source::read(Holder::Working, names(&[(H1, "签到表.png")]))];
        let mut old = file(H1, 0, None);
        old.name = None;
        let s = sweep(&doc, &[old], NOW);
        assert_eq!(s.named[0].naming, naming("签到表.png"));
    }
}
