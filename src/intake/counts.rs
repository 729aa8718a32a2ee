//! Counts, cadences and per-person figures: how many times, in which
//! period (每月, 每学期, 每天), and whether each person of a group carries
//! the figure (班子成员每年…, 个人自学…, 组织教师参加…).

use std::ops::Range;

use super::lexicon::{
    has_word, is_han, last_word, starts_with, word_at, AT_LEAST, AT_MOST, GROUPS,
};
use super::scan::Mention;
use super::{kinds, Note};
use crate::plan::{Cadence, Direction, TargetKind};

/// Periods a plan counts in, with the model's cadence where it has one
/// and how many fall in a year. 每学期 and 每两周, which the model does not
/// count in, and 每天 are folded into a yearly number (the note says so).
const CADENCES: &[(&str, Option<Cadence>, u32)] = &[
    ("每半年", None, 2),
    ("每个学期", None, 2),
    ("每学期", None, 2),
    ("每两周", None, 26),
    ("每半月", None, 24),
    ("每个工作日", None, 250),
    ("每天", None, 365),
    ("每日", None, 365),
    ("每季度", Some(Cadence::Quarter), 4),
    ("每个季度", Some(Cadence::Quarter), 4),
    ("每季", Some(Cadence::Quarter), 4),
    ("每个月", Some(Cadence::Month), 12),
    ("每月", Some(Cadence::Month), 12),
    ("每周", Some(Cadence::Week), 52),
    ("每年", Some(Cadence::Year), 1),
];

fn cadence_words() -> Vec<&'static str> {
    CADENCES.iter().map(|c| c.0).collect()
}

/// The group a per-person target applies to (班子成员, 党员), if the
/// clause before `at` says each of them.
pub(crate) fn per_person(s: &[char], c: &Range<usize>, at: usize) -> Option<String> {
    // 个人自学不少于160小时: each person.
    let first = (c.start..at).find(|&i| is_han(s[i])).unwrap_or(at);
    if starts_with(s, first, "个人") {
        return Some("个人".to_string());
    }
    // 班子成员对分工范围内的…带队检查每年两次: the group that opens the
    // clause, with a period right before the figure, counts each member's.
    if let Some(g) = word_at(s, first, GROUPS) {
        let k = first + g.chars().count();
        let period_before =
            last_word(s, k, at, &cadence_words()).is_some_and(|(p, w)| p + w.chars().count() == at);
        if period_before && !starts_with(s, k, "单位") {
            return Some(g.to_string());
        }
    }
    for i in c.start..at {
        // 组织教师参加各类培训不少于2次: each of them takes part.
        if let Some(g) = word_at(s, i, GROUPS) {
            let k = i + g.chars().count();
            let org = i >= 2 && has_word(s, i.saturating_sub(4), i, &["组织", "安排", "要求"]);
            if org && has_word(s, k, (k + 3).min(at), &["参加", "参与", "接受"]) {
                return Some(g.to_string());
            }
        }
        if starts_with(s, i, "每人") || starts_with(s, i, "人均") {
            let g = last_word(s, c.start, i, GROUPS).map(|(_, g)| g.to_string());
            return Some(g.unwrap_or_else(|| "每人".to_string()));
        }
        let each = ["每一个", "每一位", "每一名", "每名", "每位", "每个"]
            .iter()
            .find(|w| starts_with(s, i, w))
            .map(|w| w.chars().count());
        if let Some(n) = each.filter(|n| i + n <= at) {
            let name: String = s[i + n..at]
                .iter()
                .take_while(|&&c| is_han(c) && c != '每')
                .take(6)
                .collect();
            if let Some(g) = GROUPS.iter().find(|g| name.starts_with(*g)) {
                return Some(g.to_string());
            }
        }
        if let Some(g) = word_at(s, i, GROUPS) {
            let k = i + g.chars().count();
            // 校长不少于6节: each holder's floor — but not 教师不少于20人,
            // a number of people.
            let floor = word_at(s, k, AT_LEAST).is_some_and(|w| k + w.chars().count() == at);
            if floor && !counts_people(s, at) {
                return Some(g.to_string());
            }
            let yearly = ["全年", "年均", "一年", "每年"]
                .iter()
                .any(|w| starts_with(s, k, w));
            if k < at && (s[k] == '每' || yearly) {
                return Some(g.to_string());
            }
        }
    }
    None
}

/// Whether the number at `at` counts people (20人, 5名, 3位).
fn counts_people(s: &[char], at: usize) -> bool {
    let mut j = at;
    while j < s.len() && (s[j].is_ascii_digit() || super::numerals::is_chinese_numeral(s[j])) {
        j += 1;
    }
    matches!(s.get(j), Some('人' | '名' | '位'))
}

/// Whether the words before a figure in its clause are only a period and
/// a floor (每周至少1篇, 每学期不少于15篇): the clause has no subject of its
/// own and counts what the sentence before named. Gives how many of the
/// period fall in a year (1 without a period).
pub(crate) fn bare_lead(s: &[char], from: usize, to: usize) -> Option<u32> {
    let mut i = from;
    while i < to && !is_han(s[i]) {
        i += 1;
    }
    let mut per_year = 1;
    if let Some(w) = word_at(s, i, &cadence_words()) {
        per_year = CADENCES.iter().find(|x| x.0 == w).map_or(1, |x| x.2);
        i += w.chars().count();
    }
    if let Some(w) = word_at(s, i, AT_LEAST) {
        i += w.chars().count();
    }
    (i..to).all(|j| !is_han(s[j])).then_some(per_year)
}

/// Whether the words before a figure in its clause are only a short noun
/// and a floor (调研课题不少于2个): no verb of its own, so a group the
/// clause before named (领导班子成员每年…) counts it too.
pub(crate) fn noun_floor(s: &[char], from: usize, to: usize) -> bool {
    let Some(a) = (from..to).find(|&i| is_han(s[i])) else {
        return false;
    };
    let Some(f) =
        (a..to).find(|&i| word_at(s, i, AT_LEAST).is_some_and(|w| i + w.chars().count() == to))
    else {
        return false;
    };
    f > a
        && f - a <= 6
        && (a..f).all(|i| is_han(s[i]))
        && !super::lexicon::has_word(s, a, f, super::level::COUNT_VERBS)
}

/// How many of the first period named between `from` and `to` (每周…)
/// fall in a year, if one is named.
pub(crate) fn period_in(s: &[char], from: usize, to: usize) -> Option<u32> {
    let words = cadence_words();
    (from..to).find_map(|i| {
        let w = word_at(s, i, &words)?;
        CADENCES.iter().find(|x| x.0 == w).map(|x| x.2)
    })
}

/// Whether the text is a semester's plan (本学期): its 每学期 is the plan's
/// own period, not a part of a year to fold.
pub(crate) fn semester_plan(text: &str) -> bool {
    // 下半年…工作计划: a half year's plan is a semester's.
    let title = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    text.contains("本学期")
        || (["上半年", "下半年"].iter().any(|w| title.starts_with(w)) && title.contains("计划"))
}

/// Words of a semester, which a semester's plan does not fold.
pub(crate) const SEMESTER: &[&str] = &["每学期", "每个学期"];

/// Verbs of holding an event.
const HOLD_VERBS: &[&str] = &["举办", "召开", "组织", "开展", "举行", "进行"];

/// Measures of one holding of an event.
const OCCASIONS: &[&str] = &["次", "期", "场", "轮"];

/// Whether a Chinese 一 counts one holding of an event: right after a verb
/// of holding (举办一次研讨会), or ending a clause that holds one (举办
/// 培训班一期) — not the adjective 一次性.
fn one_event(s: &[char], c: &Range<usize>, m: &Mention) -> bool {
    if !OCCASIONS.contains(&m.measure.as_str()) || s.get(m.end) == Some(&'性') {
        return false;
    }
    let after_verb = HOLD_VERBS
        .iter()
        .any(|v| m.start >= c.start + 2 && starts_with(s, m.start - 2, v));
    let ends = (m.end..c.end).all(|i| !is_han(s[i]));
    let holds = has_word(s, c.start, m.start, HOLD_VERBS);
    // 组织一次晚会和放一次电影: a second event joined to one held.
    let joined = m.start >= c.start + 2 && matches!(s[m.start - 2], '和' | '并' | '再' | '、');
    after_verb || (ends && holds) || (holds && joined)
}

/// The target a quantity stands for, if any.
pub(crate) fn count_kind(
    s: &[char],
    c: &Range<usize>,
    m: &Mention,
) -> Option<(TargetKind, Vec<Note>, String)> {
    let n = m.value.whole()?;
    let max = match &m.max {
        Some(x) => Some(x.whole()?),
        None => None,
    };
    let group = per_person(s, c, m.start);
    let cadence = last_word(s, c.start, m.start, &cadence_words())
        .and_then(|(_, w)| CADENCES.iter().find(|x| x.0 == w));
    let near = m.start.saturating_sub(6).max(c.start);
    let at_least = has_word(s, near, m.start, AT_LEAST);
    // A Chinese 一 is usually an article (一批, 一个平台): a target only
    // when a period, a person or 至少 says it is counted.
    if m.value.chinese
        && n == 1
        && max.is_none()
        && group.is_none()
        && cadence.is_none()
        && !at_least
        && !one_event(s, c, m)
    {
        return None;
    }
    let mut notes = Vec::new();
    if max.is_some() && (group.is_some() || cadence.is_some()) {
        notes.push(Note::RangeFloor);
    }
    if let Some(g) = group {
        let factor = match cadence {
            Some((w, Some(every), k)) if *every != Cadence::Year => {
                notes.push(Note::CadenceFolded(w.to_string()));
                *k
            }
            Some((w, None, k)) => {
                notes.push(Note::CadenceFolded(w.to_string()));
                *k
            }
            _ => 1,
        };
        let each = n.checked_mul(factor)?;
        let kind = kinds::per_person(each);
        return Some((kind, notes, g));
    }
    match cadence {
        Some((_, Some(every), _)) if *every != Cadence::Year => {
            let kind = kinds::cadence(*every, n);
            return Some((kind, notes, String::new()));
        }
        // 每学期展开1―2次: a semester's range is a range of the year, each
        // end folded, so that a semester's plan can unfold it whole.
        Some((w, None, k)) if SEMESTER.contains(w) && max.is_some() => {
            notes.retain(|x| *x != Note::RangeFloor);
            notes.push(Note::CadenceFolded(w.to_string()));
            let max = max.and_then(|x| x.checked_mul(*k));
            let kind = kinds::count_or_range(n.checked_mul(*k)?, max);
            return Some((kind, notes, String::new()));
        }
        Some((w, None, k)) => {
            notes.push(Note::CadenceFolded(w.to_string()));
            let kind = kinds::count(n.checked_mul(*k)?);
            return Some((kind, notes, String::new()));
        }
        _ => {}
    }
    if has_word(s, near, m.end, AT_MOST) {
        let kind = kinds::threshold(m.value.value, Direction::AtMost);
        return Some((kind, notes, String::new()));
    }
    Some((kinds::count_or_range(n, max), notes, String::new()))
}
