//! How sure the extractor is of a proposal, in a plain word for the
//! reviewer (较确定 / 待核实), and why it doubts: a figure it had to supply,
//! a commitment the text gives no date, a phrase too long to be a title,
//! a title that is only its number.

use super::{kinds, Note, Proposal};

/// How sure the extractor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sureness {
    /// The text states the target and its figure plainly.
    Sure,
    /// The reviewer should look at it before taking it.
    Check,
}

impl Sureness {
    /// A stable name for CSS and tests.
    pub fn as_str(self) -> &'static str {
        match self {
            Sureness::Sure => "sure",
            Sureness::Check => "check",
        }
    }
}

/// Why a proposal is to be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Doubt {
    /// One of its notes: a figure supplied, a period folded, a date
    /// outside the period.
    Noted,
    /// A commitment the text gives no date: is it one for this period?
    NoDate,
    /// The phrase is long: the title may hold more than the target.
    LongPhrase,
    /// The title is little more than its number (870家).
    NoSubject,
}

impl Doubt {
    /// In Chinese.
    pub fn zh(&self) -> &'static str {
        match self {
            Doubt::Noted => "含推定的数值或期限，见提示",
            Doubt::NoDate => "原文未写时限，是否为本期目标请核实",
            Doubt::LongPhrase => "原文短语较长，请核实标题",
            Doubt::NoSubject => "标题只有数字，请补充所指事项",
        }
    }

    /// In English.
    pub fn en(&self) -> &'static str {
        match self {
            Doubt::Noted => "a figure or date was supplied: see the note",
            Doubt::NoDate => "no date in the text: is it a target for this period?",
            Doubt::LongPhrase => "a long phrase: check the title",
            Doubt::NoSubject => "the title is only its number: say what it counts",
        }
    }
}

/// Why the extractor doubts `p` (empty when it is sure).
pub fn doubts(p: &Proposal) -> Vec<Doubt> {
    let mut out = Vec::new();
    let supplied = p.notes.iter().any(|n| {
        matches!(
            n,
            Note::BaselineNeeded
                | Note::RosterNeeded
                | Note::CadenceFolded(_)
                | Note::RangeFloor
                | Note::OutsidePeriod(_)
                | Note::DueMoved(_)
        )
    });
    if supplied {
        out.push(Doubt::Noted);
    }
    if kinds::is_milestone(&p.kind) && p.notes.contains(&Note::DueAtPeriodEnd) {
        out.push(Doubt::NoDate);
    }
    if p.title.chars().count() > 40 {
        out.push(Doubt::LongPhrase);
    }
    let words = p
        .title
        .chars()
        .filter(|c| super::lexicon::is_han(*c))
        .count();
    if words <= 2 && !kinds::is_milestone(&p.kind) {
        out.push(Doubt::NoSubject);
    }
    out
}

/// How sure the extractor is of `p`.
pub fn sureness(p: &Proposal) -> Sureness {
    if doubts(p).is_empty() {
        Sureness::Sure
    } else {
        Sureness::Check
    }
}
