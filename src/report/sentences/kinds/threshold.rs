//! A threshold's sentences in the progress report: the latest reading
//! against the line.

use super::super::{gap_words, Item, Sentences};
use super::KindSentences;
use crate::fixed::Fixed;
use crate::plan::Direction;
use crate::report::words::value;

/// A measured value on the good side of `line`.
pub(super) struct Words {
    /// The line.
    pub line: Fixed,
    /// Which side is good.
    pub direction: Direction,
}

impl<'a> Sentences<'_, 'a> {
    fn work_threshold(&self, item: &Item<'a>, line: Fixed, direction: Direction) -> String {
        let t = item.target;
        let u = t.unit.trim();
        let title = t.title.trim();
        let (latest, on) = self.latest(item);
        let (Some(v), Some(on)) = (latest, on) else {
            return format!("{title}，{}尚未录入监测数据", self.ctx.as_of_words());
        };
        let side = match direction {
            Direction::AtLeast => "不低于",
            Direction::AtMost => "不高于",
        };
        let gap = Fixed::from_raw((line.raw() - v.raw()).abs());
        format!(
            "{title}，最新监测数据（{}）为{}，目标值为{side}{}，{}",
            self.ctx.date(on),
            value(v, u),
            value(line, u),
            self.verdict(item.figures.status, gap_words(gap, u))
        )
    }
}

impl KindSentences for Words {
    fn work<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.work_threshold(item, self.line, self.direction))
    }
    fn problem<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        let u = item.target.unit.trim();
        s.measured_problem(item, || {
            let (latest, _) = s.latest(item);
            latest.map(|v| {
                format!(
                    "最新监测数据为{}，距目标值尚差{}",
                    value(v, u),
                    gap_words(Fixed::from_raw((self.line.raw() - v.raw()).abs()), u)
                )
            })
        })
    }
    fn next_step<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.measured_next_step(item))
    }
}
