//! The review of a proposal list: which proposals are accepted, and edits
//! to their figures, as the review screen makes them. Pure, so the screen
//! only shows it and forwards clicks.

use super::fields::{self, Field};
use super::{Note, Period, Proposal, ProposedSection};
use crate::plan::kind::{self, FieldError, Problem};

/// The proposals under review, each with whether it is accepted.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    /// The proposals, as sections.
    pub sections: Vec<ProposedSection>,
    /// Per section, per proposal: accepted.
    pub accepted: Vec<Vec<bool>>,
    /// The plan period: a proposal turned into a milestone without a date
    /// is due at its end.
    pub period: Period,
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
    /// Not a whole number above zero.
    #[error("\"{0}\" is not a whole number above 0")]
    NotWhole(String),
    /// Not a number above zero.
    #[error("\"{0}\" is not a number above 0")]
    NotNumber(String),
    /// Not a number at all.
    #[error("\"{0}\" is not a number")]
    NotDecimal(String),
    /// A range whose lower end is above its upper end.
    #[error("the lower end {0} is above the upper end {1}")]
    MinAboveMax(u32, u32),
    /// A ratio's line above 100%.
    #[error("\"{0}\": a rate is at most 100%")]
    RatioAbove100(String),
    /// The date is not YYYY-MM-DD.
    #[error("\"{0}\" is not a date YYYY-MM-DD")]
    BadDate(String),
    /// A milestone without a date.
    #[error("a milestone needs a due date")]
    DueRequired,
    /// A choice the menu does not offer.
    #[error("\"{0}\" is not one of the choices")]
    BadChoice(String),
    /// A field this kind of target does not have.
    #[error("this kind of target has no such field")]
    NoSuchField,
}

impl From<FieldError> for EditError {
    fn from(e: FieldError) -> EditError {
        match e {
            FieldError::NotWhole(t) => EditError::NotWhole(t),
            FieldError::NotNumber(t) => EditError::NotNumber(t),
            FieldError::NotDecimal(t) => EditError::NotDecimal(t),
            FieldError::RatioAbove100(t) => EditError::RatioAbove100(t),
            FieldError::BadDate(t) => EditError::BadDate(t),
            FieldError::DueRequired => EditError::DueRequired,
            FieldError::BadChoice(t) => EditError::BadChoice(t),
            FieldError::NoSuchField => EditError::NoSuchField,
        }
    }
}

impl EditError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            EditError::NoSuchProposal(s, i) => format!("没有第 {s}.{i} 项"),
            EditError::BadFigure(t) => format!("“{t}”不是该类目标可用的数值"),
            EditError::NotWhole(t) => format!("“{t}”不是大于 0 的整数"),
            EditError::NotNumber(t) => format!("“{t}”不是大于 0 的数"),
            EditError::NotDecimal(t) => format!("“{t}”不是数"),
            EditError::MinAboveMax(a, b) => format!("下限 {a} 大于上限 {b}"),
            EditError::RatioAbove100(t) => format!("“{t}”：比率不能超过 100%"),
            EditError::BadDate(t) => format!("“{t}”不是日期（年-月-日）"),
            EditError::DueRequired => "完成节点必须有时限".into(),
            EditError::BadChoice(t) => format!("“{t}”不是可选项"),
            EditError::NoSuchField => "该类目标没有这一项".into(),
        }
    }
}

impl Review {
    /// Every proposal accepted, for a plan over `period`, except those the
    /// text sets for a date outside it (they are not judged this period
    /// unless the reviewer takes them).
    pub fn new(sections: Vec<ProposedSection>, period: Period) -> Review {
        let accepted = sections
            .iter()
            .map(|s| {
                s.proposals
                    .iter()
                    .map(|p| !p.notes.iter().any(|n| matches!(n, Note::OutsidePeriod(_))))
                    .collect()
            })
            .collect();
        Review {
            sections,
            accepted,
            period,
        }
    }

    /// Proposal `i` of section `s`, if there is one.
    pub fn get(&self, s: usize, i: usize) -> Option<&Proposal> {
        self.sections.get(s).and_then(|x| x.proposals.get(i))
    }

    /// Sets one figure of a proposal (see [`fields::fields`]); figures
    /// that do not hold together (a range's lower end above its upper end)
    /// are refused.
    pub fn set_field(&mut self, s: usize, i: usize, f: Field, text: &str) -> Result<(), EditError> {
        let p = self.proposal(s, i)?;
        let mut next = p.clone();
        fields::set_field(&mut next, f, text)?;
        let problems = kind::of(&next.kind).check(&next.kind);
        let contradiction = problems.iter().find_map(|(_, p)| match p {
            Problem::MinAboveMax { min, max } => Some((*min, *max)),
            _ => None,
        });
        if let Some((min, max)) = contradiction {
            return Err(EditError::MinAboveMax(min, max));
        }
        *p = next;
        Ok(())
    }

    /// Changes a proposal's kind (one of [`kind::KINDS`]), keeping the
    /// number it had where the new kind takes one.
    pub fn set_kind(&mut self, s: usize, i: usize, key: &str) -> Result<(), EditError> {
        let end = self.period.end;
        let p = self.proposal(s, i)?;
        let mut next = p.clone();
        fields::switch_kind(&mut next, key, end)?;
        *p = next;
        Ok(())
    }

    /// Sets the supporting units (配合处室) from a typed list.
    pub fn set_partners(&mut self, s: usize, i: usize, text: &str) -> Result<(), EditError> {
        self.proposal(s, i)?.partners = super::unit_names(text);
        Ok(())
    }

    /// Marks a proposal as a 年度指标 or not.
    pub fn set_annual(&mut self, s: usize, i: usize, yes: bool) -> Result<(), EditError> {
        self.proposal(s, i)?.annual = yes;
        Ok(())
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

    /// How sure the extractor is of proposal `i` of section `s`.
    pub fn sureness(&self, s: usize, i: usize) -> Option<super::doubt::Sureness> {
        self.get(s, i).map(super::doubt::sureness)
    }

    /// How many proposals the extractor is not sure of.
    pub fn doubtful(&self) -> usize {
        self.sections
            .iter()
            .flat_map(|s| &s.proposals)
            .filter(|p| super::doubt::sureness(p) == super::doubt::Sureness::Check)
            .count()
    }

    /// Accepts every proposal the extractor is sure of and leaves the ones
    /// to check unticked, for the reviewer to take one by one.
    pub fn accept_sure_only(&mut self) {
        for (s, sec) in self.sections.iter().enumerate() {
            for (i, p) in sec.proposals.iter().enumerate() {
                self.accepted[s][i] = super::doubt::sureness(p) == super::doubt::Sureness::Sure;
            }
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
        let p = self.proposal(s, i)?;
        let k = kind::of(&p.kind);
        let own_date = k.fields().iter().any(|f| f.field == Field::Due);
        if own_date && text.trim().is_empty() {
            return Err(EditError::DueRequired);
        } else if !own_date && !k.has_due() && text.trim().is_empty() {
            // Kinds judged by their period carry no due date of their own.
            p.due = None;
            return Ok(());
        }
        self.set_field(s, i, Field::Due, text)
    }

    /// Sets the figure from text: a whole number for counts, per-person
    /// and cadence targets, `min-max` for ranges, a number for the line of
    /// a threshold or ratio and the percent of an improvement: the kind's
    /// first figure, or its two ends.
    pub fn set_figure(&mut self, s: usize, i: usize, text: &str) -> Result<(), EditError> {
        let t = super::normalize(text.trim());
        let bad = |_| EditError::BadFigure(text.trim().to_string());
        let p = self.proposal(s, i)?;
        let k = kind::of(&p.kind);
        let mut next = p.kind.clone();
        let mut due = p.due;
        match *k.headline() {
            [one] => kind::set(&mut next, &mut due, one, &t).map_err(bad)?,
            [low, high] => {
                let (a, b) = t
                    .split_once(['-', '—', '~', '至'])
                    .ok_or(EditError::BadFigure(text.trim().to_string()))?;
                kind::set(&mut next, &mut due, low, a).map_err(bad)?;
                kind::set(&mut next, &mut due, high, b).map_err(bad)?;
                if k.check(&next)
                    .iter()
                    .any(|(_, p)| matches!(p, Problem::MinAboveMax { .. }))
                {
                    return Err(EditError::BadFigure(text.trim().to_string()));
                }
            }
            _ => return Err(EditError::BadFigure(text.trim().to_string())),
        }
        p.kind = next;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::{extract, figure, Period};

    fn review() -> Review {
        let text =
            "每月开展1次集中研讨。落地实施优秀项目8-10个。办结率达95%以上。修订《工作规则》。";
        let period = Period::year(2027).unwrap();
        Review::new(extract(text, period).sections, period)
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
    fn the_sure_ones_accepted_the_doubtful_left_to_tick() {
        use crate::intake::doubt::{doubts, Doubt, Sureness};
        // The seed's 提升工作效率30%以上 needs a baseline; 制定出台…办法
        // has no date; 办结率 and 每月1次 are plain.
        let text = "每月开展1次集中研讨。提升工作效率30%以上。制定出台考核办法。办结率达95%以上。";
        let period = Period::year(2027).unwrap();
        let mut r = Review::new(extract(text, period).sections, period);
        let words: Vec<&str> = (0..4)
            .map(|i| r.sureness(0, i).map_or("", Sureness::as_str))
            .collect();
        assert_eq!(words, ["sure", "check", "check", "sure"]);
        assert_eq!(doubts(r.get(0, 1).unwrap()), [Doubt::Noted]);
        assert_eq!(doubts(r.get(0, 2).unwrap()), [Doubt::NoDate]);
        assert_eq!(r.doubtful(), 2);
        assert_eq!(r.count(), (4, 4));
        r.accept_sure_only();
        assert_eq!(r.count(), (2, 4));
        assert_eq!(r.accepted[0], [true, false, false, true]);
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

    #[test]
    fn kind_and_figures_field_by_field() {
        let mut r = review();
        // 每月开展1次集中研讨 → a cadence; make it quarterly, twice.
        r.set_field(0, 0, Field::Every, "quarter").unwrap();
        r.set_field(0, 0, Field::AtLeast, "2").unwrap();
        assert_eq!(figure(&r.get(0, 0).unwrap().kind), "cadence quarter 2");
        // The range: each end on its own; a lower end above the upper refused.
        r.set_field(0, 1, Field::Max, "12").unwrap();
        assert_eq!(
            r.set_field(0, 1, Field::Min, "13"),
            Err(EditError::MinAboveMax(13, 12))
        );
        assert_eq!(figure(&r.get(0, 1).unwrap().kind), "range 8-12");
        // A rate's line stays at most 100.
        assert_eq!(
            r.set_field(0, 2, Field::Line, "120"),
            Err(EditError::RatioAbove100("120".into()))
        );
        // The milestone becomes a count of 3, then an improvement, lower better.
        r.set_kind(0, 3, "count").unwrap();
        r.set_field(0, 3, Field::Target, "３").unwrap();
        assert_eq!(figure(&r.get(0, 3).unwrap().kind), "count 3");
        r.set_kind(0, 3, "improvement").unwrap();
        r.set_field(0, 3, Field::Better, "lower").unwrap();
        r.set_field(0, 3, Field::Percent, "20").unwrap();
        assert_eq!(figure(&r.get(0, 3).unwrap().kind), "improvement lower 20");
        // Back to a milestone: due at the end of the period.
        r.set_kind(0, 3, "milestone").unwrap();
        assert_eq!(figure(&r.get(0, 3).unwrap().kind), "milestone 12-31");
        assert_eq!(
            r.set_kind(0, 3, "poem"),
            Err(EditError::BadChoice("poem".into()))
        );
        assert_eq!(
            r.set_field(0, 3, Field::Due, ""),
            Err(EditError::DueRequired)
        );
        assert_eq!(
            r.set_field(0, 3, Field::Line, "5"),
            Err(EditError::NoSuchField)
        );
        r.set_partners(0, 3, "综合处、 人事处，综合处").unwrap();
        r.set_annual(0, 3, true).unwrap();
        let p = r.get(0, 3).unwrap();
        assert_eq!(p.partners, ["综合处", "人事处"]);
        assert!(p.annual);
    }
}
