//! Figures said in passing, which no one is to reach: the copies of a form
//! (一式二份), the size of a list named by its examples (…等17个项目被确定为…), and a
//! figure in a clause that only hopes (尽可能…听一节课), what the work is
//! done to (检查对象包括22家商店…) and a holiday's name (两节期间).

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
    // 检查的对象包括：22家个体商店…: what the work is done to, not how much.
    let objects = has_word(s, 0, m.start, OBJECTS);
    // 中秋、国庆两节期间: the holidays' name, not a count.
    let holidays = m.measure == "节" && starts_with(s, m.end, "期间");
    copies || examples || objects || holidays || has_word(s, c.start, c.end, HEDGES)
}

/// Words that list what the work is done to (检查对象包括…, 服务对象为…).
const OBJECTS: &[&str] = &["对象包括", "对象为", "对象是", "对象有"];
