//! A milestone's sentences in the progress report: done on a day, due, due
//! soon or overdue.

use chrono::NaiveDate;

use super::super::{Item, Sentences};
use super::KindSentences;
use crate::engine::{Detail, Status};
use crate::report::words::quoted;

/// Done by `due`.
pub(super) struct Words {
    /// The date it must be done by.
    pub due: NaiveDate,
}

impl<'a> Sentences<'_, 'a> {
    fn work_milestone(&self, item: &Item<'a>, due: NaiveDate) -> Option<String> {
        let f = item.figures;
        let title = item.target.title.trim();
        let done_on = match f.detail {
            Detail::Milestone { done_on, .. } => done_on,
            _ => None,
        };
        let due_words = self.ctx.date(due);
        Some(match (f.status, done_on) {
            (_, Some(d)) => {
                if self.ctx.window.as_ref().is_some_and(|w| !w.contains(d)) {
                    return None;
                }
                let how = self
                    .activities(item)
                    .into_iter()
                    .find(|a| a.date == d)
                    .map(|a| {
                        a.title
                            .trim()
                            .trim_end_matches(['。', '；', '，'])
                            .to_string()
                    })
                    .filter(|a| !a.is_empty() && a != title)
                    .map(|a| format!("（{a}）"))
                    .unwrap_or_default();
                format!("{title}，已于{}完成{how}", self.ctx.date(d))
            }
            (Status::Overdue, None) => format!(
                "{title}，原定于{due_words}前完成，已逾期{}天，尚未完成",
                (self.ctx.as_of - due).num_days()
            ),
            (Status::DueSoon, None) => {
                format!("{title}，计划于{due_words}前完成，临近到期，尚未完成")
            }
            (Status::Pending, None) => format!("{title}，计划于{due_words}前完成，正在推进中"),
            _ => format!("{title}，计划于{due_words}前完成"),
        })
    }
}

impl KindSentences for Words {
    fn work<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        s.work_milestone(item, self.due)
    }
    fn problem<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        let q = quoted(&item.target.title);
        let due = self.due;
        match item.figures.status {
            Status::Overdue => Some(format!(
                "{q}原定于{}前完成，已逾期{}天，尚未完成",
                s.ctx.date(due),
                (s.ctx.as_of - due).num_days()
            )),
            Status::DueSoon => Some(format!("{q}将于{}到期，目前尚未完成", s.ctx.date(due))),
            _ => None,
        }
    }
    fn next_step<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        let q = quoted(&item.target.title);
        Some(match item.figures.status {
            Status::NoData => s.no_data_step(item),
            Status::Overdue => format!("{q}加快推进，尽快完成"),
            _ => format!("{q}确保于{}前完成", s.ctx.date(s.deadline(item.target))),
        })
    }
    /// A milestone's entry is the milestone itself: no examples.
    fn cites_examples(&self, _s: &Sentences<'_, '_>) -> bool {
        false
    }
}
