//! A count's sentences in the progress report: "全年计划组织专题培训6次，截至
//! 11月27日已完成3次，完成率50.0%…".

use super::super::{Item, Sentences};
use super::KindSentences;

/// A count of `target`.
pub(super) struct Words {
    /// The number to reach.
    pub target: u32,
}

impl KindSentences for Words {
    fn work<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.work_count(item, &[self.target]))
    }
    fn problem<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        s.cumulative_problem(item)
    }
    fn next_step<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.cumulative_next_step(item))
    }
    fn counts_up(&self) -> bool {
        true
    }
}
