//! Levels and counts. A number the plan wants *reached* by something that
//! exists (全区高新技术企业突破75家, 到位资金达到2亿元, 人均预期寿命超82.8岁)
//! is a level, read from statistics: a threshold. A number of things the
//! office *does* (新增, 完成, 开展, 组织…) is a count. Shares and rates
//! (比重, 占比, 覆盖率) are levels too, never a change against a baseline.

use super::kinds;
use super::lexicon::{has_word, last_word, starts_with, AT_MOST};
use super::scan::Mention;
use crate::plan::{Direction, TargetKind};

/// Verbs that say a level is reached, longest first. The verb must stand
/// right before the number.
const LEVEL_VERBS: &[&str] = &[
    "保持在",
    "稳定在",
    "增加到",
    "增加至",
    "提高到",
    "提高至",
    "提升到",
    "提升至",
    "扩大到",
    "扩大至",
    "达到",
    "突破",
    "超过",
    "增至",
    "达",
    "超",
];

/// Verbs of doing: with one of these before the number, it counts what is
/// done (新增企业5家, 培育示范点达到10个), not a level.
pub(crate) const COUNT_VERBS: &[&str] = &[
    "新增",
    "新建",
    "新培育",
    "完成",
    "开展",
    "组织",
    "举办",
    "培训",
    "召开",
    "引进",
    "建设",
    "建成",
    "打造",
    "培育",
    "改造",
    "创建",
    "提供",
    "报送",
    "发布",
    "编发",
    "撰写",
    "实施",
    "申请",
    "推出",
    "建立",
    "评选",
    "招引",
    "招商",
    "帮助",
    "带动",
    "发放",
    "安装",
    "走访",
    "维修",
    "更换",
    "铺设",
    "硬化",
    "写",
];

/// Measures of money: a sum reached (完成投资145亿元, 到位资金2亿元) is a
/// level read from the accounts, in the unit the text gives it in.
pub(crate) const MONEY: &[&str] = &["元", "万元", "亿元"];

/// Measures of length, area, volume and weight: a figure with a decimal
/// part (16.66公里) is an amount of work to reach, not a whole count.
pub(crate) const AMOUNTS: &[&str] = &["公里", "千米", "米", "平方米", "立方米", "亩", "公顷", "吨"];

/// The threshold a sum of money or a fractional amount of work states: a
/// sum is a level (≥, or ≤ with 控制在, 以内); an amount with a decimal part
/// cannot be counted in whole units, so it is a line to reach.
pub(crate) fn amount_level(
    s: &[char],
    c: &std::ops::Range<usize>,
    m: &Mention,
) -> Option<TargetKind> {
    if m.percent() || m.max.is_some() {
        return None;
    }
    let money = MONEY.contains(&m.measure.as_str());
    let fraction = AMOUNTS.contains(&m.measure.as_str()) && m.value.whole().is_none();
    if !money && !fraction {
        return None;
    }
    let near = m.start.saturating_sub(8).max(c.start);
    let direction = if has_word(s, near, m.end, AT_MOST) {
        Direction::AtMost
    } else {
        Direction::AtLeast
    };
    Some(kinds::threshold(m.value.value, direction))
}

/// Nouns of a project's size: a figure right after one describes the
/// project (总投资2亿元, 占地3000亩), it is not a figure to reach.
const SIZE_NOUNS: &[&str] = &[
    "总投资",
    "投资总额",
    "总概算",
    "占地面积",
    "占地",
    "建筑面积",
    "总面积",
    "用地面积",
];

/// Whether the quantity states a project's size (总投资约2亿元, （占地
/// 3000亩）): a description of the project, not a target. 完成投资,
/// 计划投资 (an amount to reach) are not sizes.
pub(crate) fn describes_project(s: &[char], from: usize, m: &Mention) -> bool {
    let mut end = m.start;
    while end > from && matches!(s[end - 1], '约' | '为' | '达' | '近' | '超' | '过' | '逾')
    {
        end -= 1;
    }
    SIZE_NOUNS
        .iter()
        .any(|w| end >= from + w.chars().count() && starts_with(s, end - w.chars().count(), w))
}

/// Measures of events and time: always counted, never a level.
const EVENT_MEASURES: &[&str] = &[
    "次",
    "场",
    "期",
    "篇",
    "人次",
    "万人次",
    "场次",
    "批次",
    "家次",
    "篇次",
    "期次",
    "轮",
    "堂",
    "节",
    "课时",
    "学时",
    "小时",
    "分钟",
    "天",
    "个工作日",
    "工作日",
];

/// The threshold a quantity states when it is a level of a stock, if it is
/// one: a level verb right before it, no verb of doing before that, and a
/// measure that is not an event's.
pub(crate) fn stock_level(
    s: &[char],
    c: &std::ops::Range<usize>,
    m: &Mention,
) -> Option<TargetKind> {
    if m.percent() || m.max.is_some() || EVENT_MEASURES.contains(&m.measure.as_str()) {
        return None;
    }
    // 到2024年，全市累计建成5G基站1万个: the total the stock reaches by then.
    if has_word(s, c.start, m.start, &["累计"]) {
        return Some(kinds::threshold(m.value.value, Direction::AtLeast));
    }
    let Some((at, w)) = last_word(s, c.start, m.start, LEVEL_VERBS) else {
        return quantity_line(s, c, m);
    };
    if at + w.chars().count() != m.start || has_word(s, c.start, at, COUNT_VERBS) {
        return quantity_line(s, c, m);
    }
    let direction = if has_word(s, at, m.end, AT_MOST) {
        Direction::AtMost
    } else {
        Direction::AtLeast
    };
    Some(kinds::threshold(m.value.value, direction))
}

/// Nouns of a quantity that a figure right after them bounds (种植面积在
/// 1460万亩以上, 托管面积120万亩以上).
const QUANTITY_NOUNS: &[&str] = &["面积", "规模", "总量", "产量"];

/// Whether the quantity noun ends right before `at`, or before a 在 or 为
/// there (面积在1460万亩): the figure is that quantity's line, not a place.
pub(crate) fn after_quantity_noun(s: &[char], at: usize) -> bool {
    let at = if at > 0 && matches!(s[at - 1], '在' | '为') {
        at - 1
    } else {
        at
    };
    QUANTITY_NOUNS
        .iter()
        .any(|w| at >= 2 && starts_with(s, at - 2, w))
}

/// The line a figure bounded by 以上 or 以下 draws under a quantity noun
/// (大豆种植面积在1460万亩以上), with no verb of doing before it.
fn quantity_line(s: &[char], c: &std::ops::Range<usize>, m: &Mention) -> Option<TargetKind> {
    let bounded = has_word(s, m.start, m.end, &["以上", "以下", "以内"]);
    if !bounded || !after_quantity_noun(s, m.start) || has_word(s, c.start, m.start, COUNT_VERBS) {
        return None;
    }
    let direction = if has_word(s, m.start, m.end, AT_MOST) {
        Direction::AtMost
    } else {
        Direction::AtLeast
    };
    Some(kinds::threshold(m.value.value, direction))
}

/// Whether the raise or lower verb at `at` is part of a noun: 增加值 (value
/// added), 增长率 (a rate), 降低率.
pub(crate) fn verb_is_noun(s: &[char], at: usize, verb: &str) -> bool {
    matches!(s.get(at + verb.chars().count()), Some('值') | Some('率'))
}

/// Whether the level word ending at `end` (exclusive) is a share or a rate
/// (比重, 占比, 比例, 覆盖率, 满意度): a level of its own. 效率 and 频率 are
/// qualities, not shares.
pub(crate) fn is_share(s: &[char], end: usize) -> bool {
    if end < 2 {
        return false;
    }
    let (a, b) = (s[end - 2], s[end - 1]);
    match b {
        '重' => a == '比',
        '比' => a == '占',
        '例' => a == '比',
        '率' => !matches!(a, '效' | '频'),
        '度' => end >= 3 && starts_with(s, end - 3, "满意度"),
        _ => false,
    }
}
