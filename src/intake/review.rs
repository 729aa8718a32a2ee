//! The review of a proposal list: which proposals are accepted, and edits
//! to their figures, as the review screen makes them. Pure, so the screen
//! only shows it and forwards clicks.

use chrono::NaiveDate;

use super::{Proposal, ProposedSection};
use crate::fixed::Fixed;
use crate::plan::TargetKind;

/// The proposals under review, each with whether it is accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// The proposals, as sections.
    pub sections: Vec<ProposedSection>,
    /// Per section, per proposal: accepted.
    pub accepted: Vec<Vec<bool>>,
}

/// Why an edit was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// No such proposal.
    #[error("no proposal {0}.{1}")]
    NoSuchProposal(usize, usize),
    /// The figure is not a number this kind takes.
    #[error("\"{0}\" is not a figure for this kind of target")]
    BadFigure(String),
    /// The date is not YYYY-MM-DD.
    #[error("\"{0}\" is not a date YYYY-MM-DD")]
    BadDate(String),
}

impl EditError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            EditError::NoSuchProposal(s, i) => format!("没有第 {s}.{i} 项"),
            EditError::BadFigure(t) => format!("“{t}”不是该类目标可用的数值"),
            EditError::BadDate(t) => format!("“{t}”不是日期（年-月-日）"),
        }
    }
}

impl Review {
    /// Every proposal accepted.
    pub fn new(sections: Vec<ProposedSection>) -> Review {
        let accepted = sections
            .iter()
            .map(|s| vec![true; s.proposals.len()])
            .collect();
        Review { sections, accepted }
    }

    fn proposal(&mut self, s: usize, i: usize) -> Result<&mut Proposal, EditError> {
        self.sections
            .get_mut(s)
            .and_then(|x| x.proposals.get_mut(i))
            .ok_or(EditError::NoSuchProposal(s, i))
    }

    /// Accepts or skips proposal `i` of section `s`.
    pub fn set_accepted(&mut self, s: usize, i: usize, yes: bool) {
        if let Some(a) = self.accepted.get_mut(s).and_then(|x| x.get_mut(i)) {
            *a = yes;
        }
    }

    /// How many are accepted, of how many.
    pub fn count(&self) -> (usize, usize) {
        let all: Vec<bool> = self.accepted.iter().flatten().copied().collect();
        (all.iter().filter(|a| **a).count(), all.len())
    }

    /// The accepted proposals only, sections without any dropped.
    pub fn accepted_sections(&self) -> Vec<ProposedSection> {
        self.sections
            .iter()
            .zip(&self.accepted)
            .map(|(s, a)| ProposedSection {
                title: s.title.clone(),
                proposals: s
                    .proposals
                    .iter()
                    .zip(a)
                    .filter(|(_, yes)| **yes)
                    .map(|(p, _)| p.clone())
                    .collect(),
            })
            .filter(|s| !s.proposals.is_empty())
            .collect()
    }

    /// Sets the title.
    pub fn set_title(&mut self, s: usize, i: usize, title: &str) -> Result<(), EditError> {
        self.proposal(s, i)?.title = title.trim().to_string();
        Ok(())
    }

    /// Sets the unit of measure.
    pub fn set_unit(&mut self, s: usize, i: usize, unit: &str) -> Result<(), EditError> {
        self.proposal(s, i)?.unit = unit.trim().to_string();
        Ok(())
    }

    /// Sets the lead unit.
    pub fn set_lead(&mut self, s: usize, i: usize, lead: &str) -> Result<(), EditError> {
        self.proposal(s, i)?.lead_unit = lead.trim().to_string();
        Ok(())
    }

    /// Sets the due date (a milestone's own, or a count's); empty clears a
    /// count's.
    pub fn set_due(&mut self, s: usize, i: usize, text: &str) -> Result<(), EditError> {
        let t = text.trim();
        let date = if t.is_empty() {
            None
        } else {
            Some(
                NaiveDate::parse_from_str(t, "%Y-%m-%d")
                    .map_err(|_| EditError::BadDate(t.to_string()))?,
            )
        };
        let p = self.proposal(s, i)?;
        match (&mut p.kind, date) {
            (TargetKind::Milestone { due }, Some(d)) => *due = d,
            (TargetKind::Milestone { .. }, None) => return Err(EditError::BadDate(String::new())),
            (_, d) => p.due = d,
        }
        Ok(())
    }

    /// Sets the figure from text: a whole number for counts, per-person
    /// and cadence targets, `min-max` for ranges, a number for the line of
    /// a threshold or ratio and the percent of an improvement.
    pub fn set_figure(&mut self, s: usize, i: usize, text: &str) -> Result<(), EditError> {
        let t = super::normalize(text.trim());
        let bad = || EditError::BadFigure(text.trim().to_string());
        let whole = |x: &str| x.trim().parse::<u32>().ok().filter(|n| *n > 0);
        let p = self.proposal(s, i)?;
        match &mut p.kind {
            TargetKind::Count { target } => *target = whole(&t).ok_or_else(bad)?,
            TargetKind::PerPerson { each, .. } => *each = whole(&t).ok_or_else(bad)?,
            TargetKind::Cadence { at_least, .. } => *at_least = whole(&t).ok_or_else(bad)?,
            TargetKind::Range { min, max } => {
                let (a, b) = t.split_once(['-', '—', '~', '至']).ok_or_else(bad)?;
                let (a, b) = (whole(a).ok_or_else(bad)?, whole(b).ok_or_else(bad)?);
                if a > b {
                    return Err(bad());
                }
                (*min, *max) = (a, b);
            }
            TargetKind::Threshold { line, .. } | TargetKind::Ratio { line, .. } => {
                *line = t.parse::<Fixed>().map_err(|_| bad())?;
            }
            TargetKind::Improvement { percent, .. } => {
                *percent = t.parse::<Fixed>().map_err(|_| bad())?;
            }
            TargetKind::Milestone { .. } => return Err(bad()),
        }
        Ok(())
    }
}

/// The figure of a proposal as the review screen's field shows it.
pub fn figure_text(kind: &TargetKind) -> String {
    match kind {
        TargetKind::Count { target } => target.to_string(),
        TargetKind::PerPerson { each, .. } => each.to_string(),
        TargetKind::Cadence { at_least, .. } => at_least.to_string(),
        TargetKind::Range { min, max } => format!("{min}-{max}"),
        TargetKind::Threshold { line, .. } | TargetKind::Ratio { line, .. } => line.to_string(),
        TargetKind::Improvement { percent, .. } => percent.to_string(),
        TargetKind::Milestone { .. } => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::{extract, figure, Period};

    fn review() -> Review {
        let text =
            "每月开展1次集中研讨。落地实施优秀项目8-10个。办结率达95%以上。修订《工作规则》。";
        Review::new(extract(text, Period::year(2027).unwrap()).sections)
    }

    #[test]
    fn accept_skip_and_edit() {
        let mut r = review();
        assert_eq!(r.count(), (4, 4));
        r.set_accepted(0, 0, false);
        assert_eq!(r.count(), (3, 4));
        r.set_figure(0, 1, "9—12").unwrap();
        r.set_figure(0, 2, "98.5").unwrap();
        r.set_due(0, 3, "2027-06-30").unwrap();
        r.set_title(0, 3, " 修订工作规则 ").unwrap();
        let got: Vec<String> = r.accepted_sections()[0]
            .proposals
            .iter()
            .map(|p| format!("{} | {}", figure(&p.kind), p.title))
            .collect();
        assert_eq!(
            got,
            [
                "range 9-12 | 落地实施优秀项目8-10个",
                "ratio 98.5 | 办结率达95%以上",
                "milestone 06-30 | 修订工作规则",
            ]
        );
    }

    #[test]
    fn bad_edits_change_nothing() {
        let mut r = review();
        let before = r.clone();
        assert_eq!(
            r.set_figure(0, 0, "0"),
            Err(EditError::BadFigure("0".into()))
        );
        assert_eq!(
            r.set_figure(0, 1, "10-8"),
            Err(EditError::BadFigure("10-8".into()))
        );
        assert_eq!(
            r.set_figure(0, 3, "5"),
            Err(EditError::BadFigure("5".into()))
        );
        assert_eq!(
            r.set_due(0, 3, "6月底"),
            Err(EditError::BadDate("6月底".into()))
        );
        assert_eq!(r.set_title(9, 0, "x"), Err(EditError::NoSuchProposal(9, 0)));
        assert_eq!(r, before);
    }
}
