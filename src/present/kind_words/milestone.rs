//! A milestone's words: "2026年6月30日前完成", "已于 6月15日完成（截止
//! 6月30日）…".

use chrono::NaiveDate;

use super::{measure_text, Fact, KindWords, TableWords};
use crate::engine::{Detail, Measure, TargetProgress};
use crate::i18n::Lang;
use crate::plan::Target;
use crate::present::format::{fill, fmt_date, fmt_date_short, status_in_sentence};

/// Done by `due`.
pub struct Words {
    /// The date it must be done by.
    pub due: NaiveDate,
}

/// The day it was done, if it was.
fn done_on(p: &TargetProgress) -> Option<NaiveDate> {
    match &p.detail {
        Detail::Milestone { done_on, .. } => *done_on,
        _ => None,
    }
}

impl KindWords for Words {
    fn goal(&self, _target: &Target, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        fill(m.goal_milestone, &[&fmt_date(self.due, lang)])
    }
    fn figure_sentence(&self, _target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let status = &status_in_sentence(p.status, lang);
        match done_on(p) {
            Some(d) => fill(
                m.fig_milestone_done,
                &[&fmt_date(d, lang), &fmt_date(self.due, lang), status],
            ),
            None => fill(m.fig_milestone_open, &[&fmt_date(self.due, lang), status]),
        }
    }
    fn short_figure(&self, _target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        match done_on(p) {
            Some(d) => fill(m.short_done_on, &[&fmt_date_short(d, lang)]),
            None => fill(m.short_due, &[&fmt_date_short(self.due, lang)]),
        }
    }
    fn table_figure(&self, _target: &Target, p: &TargetProgress, w: &TableWords) -> String {
        match done_on(p) {
            Some(d) => (w.done_on)(&d.to_string(), &self.due.to_string()),
            None => (w.not_done)(&self.due.to_string()),
        }
    }
    fn table_share(&self, _target: &Target, actual: &Measure, _w: &TableWords) -> String {
        measure_text(actual, "")
    }
    fn facts(&self, p: &TargetProgress) -> Vec<Fact> {
        let mut facts = vec![Fact::Due(self.due)];
        if let Detail::Milestone { done_on, .. } = &p.detail {
            facts.push(Fact::DoneOn(*done_on));
        }
        facts
    }
}
