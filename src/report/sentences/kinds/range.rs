//! A range's sentences in the progress report: its count against both ends,
//! and how far above the upper end a target over the plan went.

use super::super::{Item, Sentences};
use super::KindSentences;

/// A range from `min` to `max`.
pub(super) struct Words {
    /// Reaching this is done.
    pub min: u32,
    /// Above this is over the plan.
    pub max: u32,
}

impl KindSentences for Words {
    fn work<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.work_count(item, &[self.min, self.max]))
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
