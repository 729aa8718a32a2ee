//! What the reading of a plan's text gives: the period it is read for,
//! each proposal with its source, the sections, and the sentences with a
//! number that gave nothing.

use std::ops::Range;

use chrono::NaiveDate;

use super::{Note, Why};
use crate::plan::TargetKind;

/// The plan period the text is read for: deadlines without a year fall in
/// the year of `end`; commitments without a date are due on `end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

impl Period {
    /// The calendar year `year`, or `None` outside chrono's range.
    pub fn year(year: i32) -> Option<Period> {
        Some(Period {
            start: NaiveDate::from_ymd_opt(year, 1, 1)?,
            end: NaiveDate::from_ymd_opt(year, 12, 31)?,
        })
    }
}

/// Where a proposal came from: its sentence and the phrase in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The sentence, in the normalised text's characters.
    pub sentence: String,
    /// The phrase, as a char range of `sentence`.
    pub chars: Range<usize>,
    /// The phrase, as a byte range of `sentence`.
    pub bytes: Range<usize>,
}

impl Source {
    pub(crate) fn new(chars: &[char], span: Range<usize>) -> Source {
        let byte = |i: usize| chars[..i].iter().map(|c| c.len_utf8()).sum::<usize>();
        Source {
            sentence: chars.iter().collect(),
            bytes: byte(span.start)..byte(span.end),
            chars: span,
        }
    }

    /// The phrase that produced the proposal.
    pub fn phrase(&self) -> &str {
        self.sentence.get(self.bytes.clone()).unwrap_or("")
    }
}

/// One proposed target.
#[derive(Debug, Clone, PartialEq)]
pub struct Proposal {
    /// The target's title, in the text's words.
    pub title: String,
    /// Its kind and figures (a per-person roster is filled when built).
    pub kind: TargetKind,
    /// Unit of measure: 次, 个, %.
    pub unit: String,
    /// Lead unit, when the text names one (由XX牵头).
    pub lead_unit: String,
    /// Supporting units (配合处室), when the text or table names them.
    pub partners: Vec<String>,
    /// Responsible person (责任领导), when a spreadsheet names one.
    pub owner: String,
    /// A 年度指标: judged at the end of the year, never prorated. Set only
    /// when the text says so (年度指标, 年终考核); 全年N次 alone is a count
    /// for the year, prorated like any other.
    pub annual: bool,
    /// Due date of a count, range or per-person target, when the text
    /// gives one (milestones carry theirs in `kind`).
    pub due: Option<NaiveDate>,
    /// Who a per-person target applies to, as the text says (班子成员).
    pub group: String,
    /// Where it came from.
    pub source: Source,
    /// What the reviewer should check.
    pub notes: Vec<Note>,
}

/// A proposed section: a heading of the text and its targets.
#[derive(Debug, Clone, PartialEq)]
pub struct ProposedSection {
    /// The heading as written (normalised).
    pub title: String,
    /// Its proposals in text order.
    pub proposals: Vec<Proposal>,
}

/// A sentence with a number that produced nothing.
#[derive(Debug, Clone, PartialEq)]
pub struct Unmatched {
    /// The sentence.
    pub sentence: String,
    /// The heading it stands under, if any.
    pub section: String,
    /// Why nothing was proposed.
    pub why: Why,
}

/// What the text gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// The plan's title, when the text opens with one.
    pub title: Option<String>,
    /// Sections with at least one proposal, in text order.
    pub sections: Vec<ProposedSection>,
    /// Sentences with a number that produced nothing.
    pub unmatched: Vec<Unmatched>,
}

impl Extraction {
    /// All proposals in order.
    pub fn proposals(&self) -> impl Iterator<Item = &Proposal> {
        self.sections.iter().flat_map(|s| s.proposals.iter())
    }

    /// Whether the text gave no target at all.
    pub fn is_empty(&self) -> bool {
        self.sections.iter().all(|s| s.proposals.is_empty())
    }
}

/// Title of the section that holds targets before any heading.
pub const UNTITLED_SECTION: &str = "目标任务";
