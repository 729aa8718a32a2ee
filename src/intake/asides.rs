//! Figures said in passing, which no one is to reach: the copies of a form
//! (一式二份), the size of a list named by its examples (…等17个项目被确定为…), and a
//! figure in a clause that only hopes (尽可能…听一节课).

use std::ops::Range;

use super::lexicon::{has_word, starts_with};
use super::scan::Mention;

/// Words that hedge a clause: what it asks is hoped for, not committed.
const HEDGES: &[&str] = &["尽可能", "尽量"];

/// Whether the quantity `m` of clause `c` is said in passing.
pub(crate) fn aside(s: &[char], c: &Range<usize>, m: &Mention) -> bool {
    let copies = m.start >= 2 && starts_with(s, m.start - 2, "一式");
    // …等17个项目被确定为…: the list is the subject, sized in passing;
    // 细化…等12项核心业务流程 is the work, counted.
    let examples = m.start >= 1
        && s[m.start - 1] == '等'
        && matches!(m.measure.as_str(), "个" | "项" | "件")
        && has_word(
            s,
            m.end,
            (m.end + 8).min(c.end),
            &["被", "确定为", "列为", "入选"],
        );
    copies || examples || has_word(s, c.start, c.end, HEDGES)
}
