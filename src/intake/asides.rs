//! Figures said in passing, which no one is to reach: the copies of a form
//! (一式二份), the size of a list named by its examples (…等17个项目被确定为…), and a
//! figure in a clause that only hopes (尽可能…听一节课), what the work is
//! done to (检查对象包括22家商店…), a holiday's name (两节期间) and the
//! things said to go on (…22个市级重点项目顺利推进).

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
    // 确保…40个…重点项目顺利推进: the figure sizes the subject of work
    // that goes on, with no end to reach.
    let going_on = has_word(s, m.end, c.end, GOING_ON);
    // 具体措施五项：: the size of the list the colon announces; its items
    // follow, each its own.
    let announces = s.get(m.end) == Some(&'：');
    // 涉及34个牵头单位: the scope of a list of tasks, not work to count.
    let scope = m.start >= 2 && starts_with(s, m.start - 2, "涉及");
    copies
        || examples
        || objects
        || holidays
        || going_on
        || announces
        || scope
        || has_word(s, c.start, c.end, HEDGES)
}

/// An ongoing verb with its manner, after the things it is said of (…项目
/// 顺利推进): the things go on; nothing is counted.
const GOING_ON: &[&str] = &["顺利推进", "有序推进", "稳步推进", "顺利实施"];

/// Words that list what the work is done to (检查对象包括…, 服务对象为…).
const OBJECTS: &[&str] = &["对象包括", "对象为", "对象是", "对象有"];
