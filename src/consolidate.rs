//! Many units' files at once (汇总): one preview of what each file adds,
//! changes and conflicts with, the document they make together, and one
//! [`UnitReport`] per file, applied as one command and undone as one.
//!
//! Each file is merged ([`merge::merge`]) into the running result in the
//! order of its export date (then name), so a file's line says what it
//! brings beyond the files before it; the result does not depend on that
//! order (merging is commutative). A file is refused, and nothing of it
//! taken, when its plan has an id and ours has another: two plans are never
//! mixed. A file that brings nothing new and whose report is already
//! recorded "changes nothing". Records of an older file that name no
//! recording unit may be given the file's unit (the preview offers it); the
//! records keep their stamps, since this says where they came from, it is
//! not an edit.
//!
//! A report's id is a hash of the unit, the file's name and what the file
//! holds ([`report_id`]), so importing the same file twice, here or in
//! another copy, on any day, records one report, and two different files
//! of one name never pass for one. Within one import, a file that holds
//! what an earlier file of the same unit holds ([`content_key`]: the same
//! file dropped twice, or its browser copy "… (1).json") is taken once:
//! its line names the earlier file and it records no second report.
//!
//! Invariant: pure — files come in decoded, "now" is a parameter.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::command::Command;
use crate::format::Decoded;
use crate::merge::record::Record;
use crate::merge::{self, Conflict, FutureStamps, MergeSummary, Side};
use crate::plan::{
    Activity, Document, Notice, PartKey, Plan, Reading, RecordKind, Stamp, Tombstone, UnitReport,
};

mod origin;
mod words;

pub use origin::{attribute, content_key, report_id, unit_from_file_name};
pub use words::clash_text;

/// One file to consolidate: its name as received and what it decoded to.
#[derive(Debug, Clone)]
pub struct Incoming {
    /// The file's name, e.g. "落实台账-秘书一处-2026-06-05.json".
    pub name: String,
    /// The decoded file.
    pub decoded: Decoded,
}

/// What the user chose in the preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Choices {
    /// Give records that name no recording unit their file's unit.
    pub assign_unit: bool,
    /// Add the files' units that the plan does not list to its units.
    pub add_units: bool,
    /// The importing machine's clock, against which a file's stamps from
    /// the future are judged ([`merge::tame`]); `None`: the `now` the
    /// preview is given. The native command stamps reports at its as-of
    /// day, which may be long past, and passes the clock here.
    pub clock: Option<Stamp>,
}

/// What becomes of one file.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Merged: what it adds, changes and conflicts with, against the files
    /// before it.
    Merged(MergeSummary),
    /// Already imported: it brings nothing new and its report is recorded.
    Unchanged,
    /// Refused: its plan is another plan.
    OtherPlan {
        /// The file's plan id.
        theirs: String,
        /// Our plan's id.
        ours: String,
    },
}

/// A conflict of one file with what was there before it, and whose
/// version stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Clash {
    /// The record in both.
    pub conflict: Conflict,
    /// The earlier file whose version it met (index into
    /// [`Consolidation::files`]), or `None` for this copy's own.
    pub against: Option<usize>,
}

/// One file's line of the preview.
#[derive(Debug, Clone, PartialEq)]
pub struct FileLine {
    /// The file's name.
    pub name: String,
    /// The unit it comes from: the file's own unit, or one guessed from its
    /// name when the file names none; empty when neither says.
    pub unit: String,
    /// Whether the unit was guessed from the file name.
    pub unit_from_name: bool,
    /// Whether the plan lists the unit (or it is this copy's own).
    pub listed: bool,
    /// The day the unit exported it, if the file says.
    pub exported: Option<NaiveDate>,
    /// The last day it covers, if the file says.
    pub covers_to: Option<NaiveDate>,
    /// Its activities and readings that name no recording unit.
    pub unattributed: usize,
    /// What becomes of it.
    pub outcome: Outcome,
    /// Its conflicts, each with the file it met.
    pub clashes: Vec<Clash>,
    /// The report recorded for it, if any (none for a refused or unchanged
    /// file, or one without a unit).
    pub report: Option<UnitReport>,
    /// The earlier file of this import that holds the same (index into
    /// [`Consolidation::files`]): this one is then taken no further
    /// ([`Outcome::Unchanged`], no report).
    pub same_as: Option<usize>,
    /// Its stamps from the future, set so that they outrank nothing of ours
    /// ([`merge::tame`]).
    pub future: FutureStamps,
}

/// The preview of many files and the document they make.
#[derive(Debug, Clone, PartialEq)]
pub struct Consolidation {
    /// One line per file, in the order merged.
    pub files: Vec<FileLine>,
    /// Units of the files that the plan does not list, by first seen.
    pub new_units: Vec<String>,
    /// What the user chose.
    pub choices: Choices,
    /// The document after every accepted file, with their reports.
    pub result: Document,
}

impl Consolidation {
    /// Whether applying it would change nothing.
    pub fn changes_nothing(&self) -> bool {
        let adds_units = self.choices.add_units && !self.new_units.is_empty();
        self.files.iter().all(|f| f.report.is_none()) && !adds_units && {
            self.files.iter().all(|f| match &f.outcome {
                Outcome::Merged(s) => s.changes_nothing(),
                _ => true,
            })
        }
    }

    /// How many files were refused as another plan's.
    pub fn refused(&self) -> usize {
        self.files
            .iter()
            .filter(|f| matches!(f.outcome, Outcome::OtherPlan { .. }))
            .count()
    }

    /// The one command that applies it, undone as one.
    pub fn command(&self) -> Command {
        Command::ReplaceDocument(Box::new(self.result.clone()))
    }
}

/// Where each record's standing version came from: a file's index, or
/// `None` for ours.
type Origins = HashMap<(RecordKind, String), Option<usize>>;

fn note_origins(origins: &mut Origins, doc: &Document, from: Option<usize>) {
    let keys = doc
        .activities
        .iter()
        .map(|a| (RecordKind::Activity, a.id.as_str()))
        .chain(
            doc.readings
                .iter()
                .map(|r| (RecordKind::Reading, r.id.as_str())),
        );
    for (kind, id) in keys {
        origins.entry((kind, id.to_string())).or_insert(from);
    }
}

/// The records and plan the files before have made, kept by id so that a
/// file is merged against only the records it names: merging settles each
/// id by its own versions and tombstones, so this gives the same as merging
/// the whole document, in time proportional to the file.
struct Running {
    plan: Plan,
    tombstones: Vec<Tombstone>,
    activities: HashMap<String, Activity>,
    readings: HashMap<String, Reading>,
    reports: HashMap<String, UnitReport>,
    notices: HashMap<String, Notice>,
}

fn by_id<R: Record>(records: &[R]) -> HashMap<String, R> {
    records
        .iter()
        .map(|r| (r.id_str().to_string(), r.clone()))
        .collect()
}

/// The ids of one kind a file names (records and tombstones), and our
/// versions of them.
fn named<R: Record>(map: &HashMap<String, R>, theirs: &Document) -> (Vec<String>, Vec<R>) {
    let mut ids: Vec<String> = R::list(theirs)
        .iter()
        .map(|r| r.id_str().to_string())
        .chain(
            theirs
                .tombstones
                .iter()
                .filter(|t| t.kind == R::KIND)
                .map(|t| t.id.clone()),
        )
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let ours = ids.iter().filter_map(|id| map.get(id).cloned()).collect();
    (ids, ours)
}

fn put_back<R: Record>(map: &mut HashMap<String, R>, ids: &[String], merged: &Document) {
    for id in ids {
        map.remove(id);
    }
    for r in R::list(merged) {
        map.insert(r.id_str().to_string(), r.clone());
    }
}

impl Running {
    fn new(doc: &Document) -> Running {
        Running {
            plan: doc.plan.clone(),
            tombstones: doc.tombstones.clone(),
            activities: by_id(&doc.activities),
            readings: by_id(&doc.readings),
            reports: by_id(&doc.reports),
            notices: by_id(&doc.notices),
        }
    }

    /// Merges `theirs` in; what it did against the records before it.
    fn merge(&mut self, theirs: &Document) -> MergeSummary {
        let (a_ids, activities) = named(&self.activities, theirs);
        let (r_ids, readings) = named(&self.readings, theirs);
        let (p_ids, reports) = named(&self.reports, theirs);
        let (n_ids, notices) = named(&self.notices, theirs);
        let part = Document {
            unit: String::new(),
            plan: self.plan.clone(),
            activities,
            readings,
            tombstones: std::mem::take(&mut self.tombstones),
            reports,
            notices,
        };
        let merged = merge::merge(&part, theirs);
        put_back(&mut self.activities, &a_ids, &merged.doc);
        put_back(&mut self.readings, &r_ids, &merged.doc);
        put_back(&mut self.reports, &p_ids, &merged.doc);
        put_back(&mut self.notices, &n_ids, &merged.doc);
        self.plan = merged.doc.plan;
        self.tombstones = merged.doc.tombstones;
        merged.summary
    }
}

/// The preview of consolidating `files` into `ours`, as of `today` (the
/// day sent of a file that does not say), stamped `now`.
pub fn preview(
    ours: &Document,
    files: &[Incoming],
    choices: Choices,
    today: NaiveDate,
    now: Stamp,
) -> Consolidation {
    let mut order: Vec<usize> = (0..files.len()).collect();
    order.sort_by(|&a, &b| {
        let key = |i: usize| (files[i].decoded.exported_at, files[i].name.as_str());
        key(a).cmp(&key(b))
    });
    let mut running = Running::new(ours);
    // Every accepted file's records, merged into ours once at the end.
    let mut union = Document {
        unit: String::new(),
        plan: ours.plan.clone(),
        activities: Vec::new(),
        readings: Vec::new(),
        tombstones: Vec::new(),
        reports: Vec::new(),
        notices: Vec::new(),
    };
    let mut added: Vec<UnitReport> = Vec::new();
    let mut origins: Origins = HashMap::new();
    note_origins(&mut origins, ours, None);
    let mut lines: Vec<FileLine> = Vec::with_capacity(files.len());
    let mut new_units: Vec<String> = Vec::new();
    // Each accepted file's content key and line, to know a file seen twice.
    let mut contents: Vec<(u64, usize)> = Vec::new();
    let own = ours.unit.trim();
    let listed = |u: &str, plan: &Plan| u == own || plan.units.iter().any(|l| l.trim() == u);
    for i in order {
        let file = &files[i];
        let theirs = &file.decoded.document;
        let (unit, unit_from_name) = match theirs.unit.trim() {
            "" => match unit_from_file_name(&file.name) {
                Some(u) => (u, true),
                None => (String::new(), false),
            },
            u => (u.to_string(), false),
        };
        let exported = file.decoded.exported_at.map(|at| at.date_naive());
        let covers_to = file.decoded.covers.map(|(_, to)| to);
        let unattributed = theirs
            .activities
            .iter()
            .filter(|a| a.recorded_by.trim().is_empty())
            .count()
            + theirs
                .readings
                .iter()
                .filter(|r| r.recorded_by.trim().is_empty())
                .count();
        let is_listed = unit.is_empty() || listed(&unit, &running.plan);
        let mut line = FileLine {
            name: file.name.clone(),
            unit: unit.clone(),
            unit_from_name,
            listed: is_listed,
            exported,
            covers_to,
            unattributed,
            outcome: Outcome::Unchanged,
            clashes: Vec::new(),
            report: None,
            same_as: None,
            future: FutureStamps::default(),
        };
        if let Some(other) = merge::other_plan(ours, theirs) {
            line.outcome = Outcome::OtherPlan {
                theirs: other.theirs,
                ours: other.ours,
            };
            lines.push(line);
            continue;
        }
        let key = content_key(&unit, file);
        if let Some(&(_, j)) = contents.iter().find(|(k, _)| *k == key) {
            line.same_as = Some(j);
            lines.push(line);
            continue;
        }
        contents.push((key, lines.len()));
        // Stamps from the future outrank nothing of ours.
        let (tamed, future) = merge::tame(ours, theirs, choices.clock.unwrap_or(now));
        line.future = future;
        let theirs = &tamed;
        let attributed;
        let theirs = if choices.assign_unit && unattributed > 0 && !unit.is_empty() {
            let mut doc = theirs.clone();
            attribute(&mut doc, &unit);
            attributed = doc;
            &attributed
        } else {
            theirs
        };
        let summary = running.merge(theirs);
        union.activities.extend(theirs.activities.iter().cloned());
        union.readings.extend(theirs.readings.iter().cloned());
        union.tombstones.extend(theirs.tombstones.iter().cloned());
        union.reports.extend(theirs.reports.iter().cloned());
        union.notices.extend(theirs.notices.iter().cloned());
        let index = lines.len();
        for c in summary.conflicts() {
            let key = (c.kind, c.id.clone());
            let against = origins.get(&key).copied().flatten();
            line.clashes.push(Clash {
                conflict: c.clone(),
                against,
            });
            if c.winner == Side::Theirs {
                origins.insert(key, Some(index));
            }
        }
        note_origins(&mut origins, theirs, Some(index));
        if !unit.is_empty() && unit != own {
            let sent = exported.unwrap_or(today);
            let id = report_id(&unit, file);
            if !running.reports.contains_key(id.as_str()) && !added.iter().any(|r| r.id == id) {
                let report = UnitReport {
                    id,
                    unit: unit.clone(),
                    sent,
                    covers_to,
                    file_name: file.name.clone(),
                    updated_at: now,
                };
                added.push(report.clone());
                line.report = Some(report);
            }
        }
        line.outcome = if summary.changes_nothing() && line.report.is_none() {
            Outcome::Unchanged
        } else {
            Outcome::Merged(summary)
        };
        if !is_listed && !new_units.contains(&unit) {
            new_units.push(unit);
        }
        lines.push(line);
    }
    union.plan = running.plan;
    let mut result = merge::merge(ours, &union).doc;
    result.reports.extend(added);
    result
        .reports
        .sort_by(|a, b| (a.sent, &a.id).cmp(&(b.sent, &b.id)));
    if choices.add_units && !new_units.is_empty() {
        let before = result.plan.clone();
        result.plan.units.extend(new_units.iter().cloned());
        result.plan.set_stamps(|part| match part {
            PartKey::Unit(u) if new_units.contains(u) => Some(now),
            other => Some(before.stamp_of(other)),
        });
    }
    Consolidation {
        files: lines,
        new_units,
        choices,
        result,
    }
}
