//! Percentages: the rate or share a clause names (覆盖率, 占比, 满意度),
//! and whether its figure is a level, a ratio of two counts or a change
//! against a baseline.

use std::ops::Range;

use super::kinds;
use super::level::{is_share, verb_is_noun};
use super::lexicon::{
    has_word, is_han, last_word, starts_with, AT_MOST, LEVEL_ENDINGS, LOWER_VERBS, RAISE_VERBS,
    RATIOS,
};
use super::scan::Mention;
use crate::plan::{Better, Direction, TargetKind};

/// The ratio word ending at `end` (exclusive) and its counts.
pub(crate) fn ratio_ending(s: &[char], end: usize) -> Option<(usize, &'static str, &'static str)> {
    RATIOS.iter().find_map(|(w, num, den)| {
        let n = w.chars().count();
        (end >= n && starts_with(s, end - n, w)).then(|| (end - n, *num, *den))
    })
}

/// Positions (exclusive ends) of level words (覆盖率, 满意度, 占比) in
/// `s[from..to]`.
pub(crate) fn level_words(s: &[char], from: usize, to: usize) -> Vec<usize> {
    (from..to)
        .filter(|&i| LEVEL_ENDINGS.contains(&s[i]) && i > from && is_han(s[i - 1]))
        .filter(|&i| {
            s[i] != '度'
                || ratio_ending(s, i + 1).is_some()
                || (i >= 2 && starts_with(s, i - 2, "满意"))
        })
        .filter(|&i| s[i] != '例' || s[i - 1] == '比')
        .filter(|&i| s[i] != '比' || s[i - 1] == '占')
        .filter(|&i| s[i] != '重' || s[i - 1] == '比')
        .map(|i| i + 1)
        .collect()
}

/// Where the level word ending at `e` starts: a known rate word exactly,
/// else at most four characters back, never before `floor` or a 、.
pub(crate) fn level_start(s: &[char], e: usize, floor: usize) -> usize {
    if let Some((start, _, _)) = ratio_ending(s, e) {
        return start.max(floor);
    }
    let mut a = e - 1;
    while a > floor && e - a < 4 && is_han(s[a - 1]) && s[a - 1] != '、' {
        a -= 1;
    }
    a
}

/// The kind of a percentage at `m`, with the level word ending before it
/// at `level` if the clause names one; `None` when a share or rate is
/// said to rise by a percentage (覆盖率提高10%): its baseline is not a
/// figure the text gives, and 100 would be invented.
pub(crate) fn percent_kind(
    s: &[char],
    c: &Range<usize>,
    m: &Mention,
    level: Option<usize>,
) -> Option<TargetKind> {
    let line = m.value.value;
    let from = m.start.saturating_sub(16).max(c.start);
    let verb_at = |words: &[&'static str]| {
        let mut to = m.start;
        while let Some((at, w)) = last_word(s, from, to, words) {
            if !verb_is_noun(s, at, w) {
                return Some((at, w));
            }
            to = at;
        }
        None
    };
    let raise = verb_at(RAISE_VERBS);
    let lower = verb_at(LOWER_VERBS);
    // A share or rate names the level: a verb before it belongs to its
    // subject (增加值占…比重超38%).
    let share = level.filter(|&e| is_share(s, e));
    let verb = match (raise, lower) {
        (Some(r), Some(l)) => Some(if r.0 > l.0 { (r, true) } else { (l, false) }),
        (Some(r), None) => Some((r, true)),
        (None, Some(l)) => Some((l, false)),
        (None, None) => None,
    };
    if let Some(((at, w), higher)) = verb {
        let after = at + w.chars().count();
        let to_level = matches!(
            s.get(after),
            Some('至') | Some('到') | Some('为') | Some('达')
        );
        let after_share = share.is_none_or(|e| at >= e);
        // 控制达标率较2025年提高5%: a rate's change against the rate of a
        // year it names is a change on a baseline, as any improvement.
        let compared = share.is_some_and(|e| {
            (e..at).any(|i| matches!(s[i], '较' | '比')) && !has_word(s, at, m.end, &["百分点"])
        });
        if !to_level && share.is_some() && after_share && !compared {
            return None;
        }
        if !to_level && (share.is_none() || compared) {
            let better = if higher {
                Better::Higher
            } else {
                Better::Lower
            };
            return Some(kinds::improvement(line, better));
        }
    }
    if let Some((_, num, den)) = level.and_then(|e| ratio_ending(s, e)) {
        return Some(kinds::ratio(line, num, den));
    }
    Some(kinds::threshold(line, direction(s, c.start, m)))
}

pub(crate) fn direction(s: &[char], from: usize, m: &Mention) -> Direction {
    let near = m.start.saturating_sub(8).max(from);
    if has_word(s, near, m.end, AT_MOST) {
        Direction::AtMost
    } else {
        Direction::AtLeast
    }
}
