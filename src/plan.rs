//! The plan model: a work plan, its sections and targets, and the ledger of
//! activities and readings that count toward them.
//!
//! These are the in-memory domain types. They carry no serde derives: the
//! on-disk form lives in [`crate::format`] and changes only with a version
//! bump. Nothing here reads the clock or touches the browser.

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::fixed::Fixed;

pub mod kind;
mod office;

pub use office::{Evidence, FileRef, Notice, Pace, Reporting, Rules, UnitReport};

macro_rules! id_newtype {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub String);

        impl $name {
            /// The id as text, as written in files and used as a list key.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_string())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_newtype!(
    /// Stable id of a section of the plan.
    SectionId
);
id_newtype!(
    /// Stable id of a target.
    TargetId
);
id_newtype!(
    /// Stable id of a ledger activity.
    ActivityId
);
id_newtype!(
    /// Stable id of a reading of a measured target.
    ReadingId
);
id_newtype!(
    /// Stable id of a unit's report received by the office (进度报送).
    ReportId
);
id_newtype!(
    /// Stable id of a 督办通知单 issued by the office.
    NoticeId
);

/// A change stamp: when a record was last changed, with its UTC offset.
/// Merging keeps the record with the newer stamp.
pub type Stamp = DateTime<FixedOffset>;

/// The whole working document: one plan and its ledger.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The unit (处室/单位) that keeps this copy; written into exports.
    pub unit: String,
    /// The plan being carried out.
    pub plan: Plan,
    /// The ledger: what was done, as evidence for targets.
    pub activities: Vec<Activity>,
    /// Dated measurements for threshold, ratio and improvement targets.
    pub readings: Vec<Reading>,
    /// Records deleted here, kept so that a merge does not bring them back.
    pub tombstones: Vec<Tombstone>,
    /// Units' reports received (进度报送): one per file imported from a unit.
    pub reports: Vec<UnitReport>,
    /// 督办通知单 issued to lead units, with their replies.
    pub notices: Vec<Notice>,
}

/// An annual (or any-period) work plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The plan's identity, shared by every copy made from it, so that a
    /// file of another plan is refused rather than merged. Empty for a plan
    /// from a file older than version 3 (unknown: merges with any).
    pub id: String,
    /// The plan's title, e.g. "2026年市政府办公室思想政治建设工作计划".
    pub title: String,
    /// First day of the plan period.
    pub start: NaiveDate,
    /// Last day of the plan period (inclusive).
    pub end: NaiveDate,
    /// Sections in order, each with its targets.
    pub sections: Vec<Section>,
    /// The roster: people that per-person targets and activities name.
    pub people: Vec<Person>,
    /// Lead units (牵头处室) that targets and activities may name.
    pub units: Vec<String>,
    /// How progress is judged and reported (督办规则). Goes with the plan's
    /// own stamp, like its title.
    pub rules: Rules,
    /// When the plan's own fields (title, period) were last changed; also
    /// the stamp of every part that [`Plan::stamps`] does not name.
    pub updated_at: Stamp,
    /// When each section, target, roster entry and unit was last changed,
    /// for the parts whose stamp differs from `updated_at`. Merging settles
    /// each part by its own stamp (see [`crate::merge`]).
    pub stamps: PartStamps,
}

/// A part of the plan that is merged on its own: a section, a target, a
/// person on the roster (by name) or a lead unit (by name).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartKey {
    /// A section, by id.
    Section(SectionId),
    /// A target, by id.
    Target(TargetId),
    /// A person on the roster, by name.
    Person(String),
    /// A lead unit, by name.
    Unit(String),
}

impl PartKey {
    /// The kind of tombstone that stands for this part once deleted, and
    /// the id it holds.
    pub fn tombstone_key(&self) -> (RecordKind, &str) {
        match self {
            PartKey::Section(id) => (RecordKind::Section, id.as_str()),
            PartKey::Target(id) => (RecordKind::Target, id.as_str()),
            PartKey::Person(name) => (RecordKind::Person, name.as_str()),
            PartKey::Unit(name) => (RecordKind::Unit, name.as_str()),
        }
    }
}

/// The change stamps of a plan's parts, where they differ from the plan's
/// own stamp. Kept in that normal form, so that two plans that say the same
/// compare equal.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PartStamps(pub std::collections::BTreeMap<PartKey, Stamp>);

/// A section of the plan, such as "（一）强化理论武装，筑牢思想根基".
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// Stable id.
    pub id: SectionId,
    /// The heading as written in the plan.
    pub title: String,
    /// Targets in order.
    pub targets: Vec<Target>,
}

/// A person on the roster.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// The name as written in the ledger; activities refer to people by name.
    pub name: String,
    /// Optional role, e.g. "班子成员".
    pub role: String,
}

/// One quantified target of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Stable id.
    pub id: TargetId,
    /// What is to be done, e.g. "组织专题培训".
    pub title: String,
    /// The kind of target and its figures.
    pub kind: TargetKind,
    /// Unit of measure shown after numbers: 次, 篇, 个, %.
    pub unit: String,
    /// Lead unit (牵头处室), if named.
    pub lead_unit: String,
    /// Responsible person, if named.
    pub owner: String,
    /// Weight in the plan total (default 1).
    pub weight: u32,
    /// Optional due date for cumulative kinds (counts, ranges, per person);
    /// milestones carry their own.
    pub due: Option<NaiveDate>,
    /// 年度指标: judged only at the end of its period, never prorated
    /// against 序时进度 (before then it is done or 按年考核, never behind).
    pub annual: bool,
    /// Ratio targets only: whether a reading of 0 of 0 (a month with
    /// nothing received) may be recorded; it adds nothing to either sum.
    pub zero_readings: bool,
    /// Co-operating units (配合处室), as a 任务分解表 names them.
    pub partners: Vec<String>,
    /// What the plan adds that its source text does not say (a figure or a
    /// date proposed, not written), shown as a suggestion; empty when the
    /// target is as the text states it.
    pub suggestion: String,
}

/// Calendar period of a cadence target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Cadence {
    /// ISO week, Monday to Sunday.
    Week,
    /// Calendar month.
    Month,
    /// Calendar quarter.
    Quarter,
    /// Calendar year.
    Year,
}

/// Which side of a line is good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    /// The value must be at or above the line (≥).
    AtLeast,
    /// The value must be at or below the line (≤).
    AtMost,
}

/// Which way a measured value should move for an improvement target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Better {
    /// Higher values are better (e.g. items per day).
    Higher,
    /// Lower values are better (e.g. processing days).
    Lower,
}

/// The kinds of target a government work plan states.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetKind {
    /// At least `target` in the plan period (专题培训 6 次).
    Count {
        /// The number to reach.
        target: u32,
    },
    /// Between `min` and `max` (落地实施优秀项目 8-10 个).
    Range {
        /// Reaching this is done.
        min: u32,
        /// Above this is still done, flagged as over the plan.
        max: u32,
    },
    /// Each person on the roster at least `each` (领学专题不少于 4 个).
    PerPerson {
        /// The number each person must reach.
        each: u32,
        /// Names of the people it applies to (from the plan roster).
        roster: Vec<String>,
    },
    /// At least `at_least` in every calendar period (每月 1 次).
    Cadence {
        /// The calendar period.
        every: Cadence,
        /// How many per period.
        at_least: u32,
    },
    /// A measured value that must stay on the good side of a line; the
    /// latest reading counts (无纸化办公覆盖率 ≥ 90%).
    Threshold {
        /// The line.
        line: Fixed,
        /// Which side is good.
        direction: Direction,
    },
    /// Two counts accumulated over the period whose ratio, in percent, must
    /// reach a line (办结率 = 办结 ÷ 受理 ≥ 95%).
    Ratio {
        /// The line, in percent.
        line: Fixed,
        /// Label of the numerator, e.g. "办结".
        numerator: String,
        /// Label of the denominator, e.g. "受理".
        denominator: String,
    },
    /// Change against a baseline, in percent of the baseline
    /// (工作效率提升 30% 以上).
    Improvement {
        /// The baseline value.
        baseline: Fixed,
        /// The improvement to reach, in percent of the baseline.
        percent: Fixed,
        /// Which way is better.
        better: Better,
    },
    /// Done or not by a due date; done when an activity is recorded for it.
    Milestone {
        /// The date it must be done by.
        due: NaiveDate,
    },
}

impl TargetKind {
    /// The kind's stable name, as used in files, CSS classes and the
    /// `report` command's output.
    pub fn as_str(&self) -> &'static str {
        kind::of(self).key()
    }

    /// Whether the target is measured by readings rather than activities.
    pub fn takes_readings(&self) -> bool {
        kind::of(self).takes_readings()
    }
}

/// One ledger entry: something done, as evidence toward targets.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// Stable id.
    pub id: ActivityId,
    /// Local calendar date it happened (never a UTC instant).
    pub date: NaiveDate,
    /// What was done.
    pub title: String,
    /// Targets it counts toward (one activity may count toward several).
    pub targets: Vec<TargetId>,
    /// How many it counts for (default 1).
    pub quantity: u32,
    /// Names of the people involved; per-person targets credit each of them.
    pub people: Vec<String>,
    /// Lead unit.
    pub lead_unit: String,
    /// Free notes.
    pub notes: String,
    /// The unit whose copy created the record (the document's unit then);
    /// empty for records older than version 3. Kept through every merge.
    pub recorded_by: String,
    /// The evidence (佐证材料) behind it.
    pub evidence: Vec<Evidence>,
    /// Last change.
    pub updated_at: Stamp,
}

/// The value of a reading.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ReadingValue {
    /// A measured value (threshold and improvement targets).
    Value(Fixed),
    /// Counts for a ratio target over some stretch of time, accumulated
    /// over the period: `numerator` of `denominator` (115 办结 of 120 受理).
    Counts {
        /// e.g. 办结.
        numerator: u64,
        /// e.g. 受理.
        denominator: u64,
    },
}

/// A dated measurement for a threshold, ratio or improvement target.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Stable id.
    pub id: ReadingId,
    /// The target measured.
    pub target: TargetId,
    /// Local calendar date of the measurement.
    pub date: NaiveDate,
    /// The value.
    pub value: ReadingValue,
    /// Free notes (source of the figure).
    pub notes: String,
    /// The unit whose copy created the record; empty before version 3.
    pub recorded_by: String,
    /// The evidence (佐证材料) behind it.
    pub evidence: Vec<Evidence>,
    /// Last change.
    pub updated_at: Stamp,
}

/// What kind of record a tombstone stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordKind {
    /// An [`Activity`].
    Activity,
    /// A [`Reading`].
    Reading,
    /// A [`Section`] of the plan.
    Section,
    /// A [`Target`] of the plan.
    Target,
    /// A [`Person`] on the plan's roster, by name.
    Person,
    /// A lead unit of the plan, by name.
    Unit,
    /// A [`UnitReport`].
    Report,
    /// A [`Notice`].
    Notice,
}

/// A deleted record: its id and when it was deleted.
#[derive(Debug, Clone, PartialEq)]
pub struct Tombstone {
    /// The kind of record deleted.
    pub kind: RecordKind,
    /// The deleted record's id.
    pub id: String,
    /// When it was deleted.
    pub deleted_at: Stamp,
}

impl Plan {
    /// All targets in plan order, with the section each belongs to.
    pub fn targets(&self) -> impl Iterator<Item = (&Section, &Target)> {
        self.sections
            .iter()
            .flat_map(|s| s.targets.iter().map(move |t| (s, t)))
    }

    /// The target with this id.
    pub fn target(&self, id: &TargetId) -> Option<&Target> {
        self.targets().map(|(_, t)| t).find(|t| &t.id == id)
    }

    /// Number of days in the plan period, both ends counted.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// When `part` was last changed.
    pub fn stamp_of(&self, part: &PartKey) -> Stamp {
        self.stamps.0.get(part).copied().unwrap_or(self.updated_at)
    }

    /// Every part of the plan, in plan order: sections, targets, people,
    /// units.
    pub fn parts(&self) -> Vec<PartKey> {
        let mut out: Vec<PartKey> = Vec::new();
        for s in &self.sections {
            out.push(PartKey::Section(s.id.clone()));
            out.extend(s.targets.iter().map(|t| PartKey::Target(t.id.clone())));
        }
        out.extend(self.people.iter().map(|p| PartKey::Person(p.name.clone())));
        out.extend(self.units.iter().map(|u| PartKey::Unit(u.clone())));
        out
    }

    /// Sets the stamps of the plan's parts from `stamp` (a part missing
    /// from it keeps the plan's own stamp), in normal form: only those that
    /// differ from `updated_at`, and only of parts the plan has.
    pub fn set_stamps(&mut self, stamp: impl Fn(&PartKey) -> Option<Stamp>) {
        let mut map = std::collections::BTreeMap::new();
        for part in self.parts() {
            if let Some(at) = stamp(&part) {
                if at != self.updated_at || at.offset() != self.updated_at.offset() {
                    map.insert(part, at);
                }
            }
        }
        self.stamps = PartStamps(map);
    }

    /// Whether two plans say the same, whenever their parts were stamped.
    pub fn same_content(&self, other: &Plan) -> bool {
        self.id == other.id
            && self.title == other.title
            && self.rules == other.rules
            && self.start == other.start
            && self.end == other.end
            && self.sections == other.sections
            && self.people == other.people
            && self.units == other.units
    }
}
