//! The sentences of a news report that tell what happened, in a report
//! that carries a plan adopted (…项目票决产生): the plan's items propose,
//! the story of how they were chosen does not. A sentence that opens on a
//! date of its own and puts nothing ahead (2023年12月，…召开…征询会) tells
//! that day's event; one that opens on 这是 says what the event was.

use super::lexicon::{has_word, is_han, starts_with};
use super::news::{deadline_before, FUTURE, NEWS_MARKS};

/// Whether the text's head (its first four lines with text, at most 300
/// characters) has a news mark (本报讯, （记者 …）).
pub(crate) fn news_head(text: &str) -> bool {
    let head: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(4)
        .collect::<Vec<_>>()
        .join("\n")
        .chars()
        .take(300)
        .collect();
    NEWS_MARKS.iter().any(|w| head.contains(w))
}

/// Whether the sentence opens on a date with its month (1月19日，…;
/// 2023年12月，…) and has no word that puts its event ahead.
fn dated_event(s: &[char]) -> bool {
    let Some(a) = (0..s.len()).find(|&i| is_han(s[i]) || s[i].is_ascii_digit()) else {
        return false;
    };
    let digits = |from: usize| {
        let mut j = from;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        (j > from).then_some(j)
    };
    let Some(mut j) = digits(a) else {
        return false;
    };
    if s.get(j) == Some(&'年') {
        let Some(k) = digits(j + 1) else {
            return false;
        };
        j = k;
    }
    s.get(j) == Some(&'月') && !has_word(s, 0, s.len(), FUTURE) && !deadline_before(s)
}

/// Whether a sentence of news tells what happened rather than what is to
/// be done: a dated event, or what an event was (这是…首次开展…).
pub(crate) fn tells(s: &[char]) -> bool {
    let a = (0..s.len()).find(|&i| is_han(s[i])).unwrap_or(0);
    dated_event(s) || starts_with(s, a, "这是") || starts_with(s, a, "这也是")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(t: &str) -> Vec<char> {
        t.chars().collect()
    }

    #[test]
    fn events_told() {
        assert!(tells(&chars("2023年12月，召开民生实事项目意见征询会。")));
        assert!(tells(&chars("1月18日下午，全体代表通过差额票决。")));
        assert!(tells(&chars("这是该区首次开展票决制工作。")));
        // A date ahead, a deadline, or a year alone: not told.
        assert!(!tells(&chars("6月底前完成老旧小区改造。")));
        assert!(!tells(&chars("3月将开展义诊活动2次。")));
        assert!(!tells(&chars("2024年新建公厕10座。")));
    }
}
