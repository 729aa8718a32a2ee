//! The sentences of a news report that tell what happened, in a report
//! that carries a plan adopted (…项目票决产生): the plan's items propose,
//! the story of how they were chosen does not. A sentence that opens on a
//! date of its own and puts nothing ahead (2023年12月，…召开…征询会) tells
//! that day's event; one that opens on 这是 says what the event was.

use super::lexicon::{has_word, is_han, starts_with};
use super::news::{deadline_before, ADOPTED, FUTURE, NEWS_MARKS};
use super::text::sentences;

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

/// Whether the sentence opens on a day (11月7日，…) and tells an
/// inspection made that day (…组织人大代表40余人…进行实地视察): news of the
/// day, whether or not the text carries a news mark.
pub(crate) fn inspection_day(s: &[char]) -> bool {
    const INSPECT: &[&str] = &["视察", "察看", "实地查看", "督查"];
    if !has_word(s, 0, s.len(), INSPECT) {
        return false;
    }
    // The day, where a clause opens on it (为…，6月20日，…开展督查).
    let opens_on_day = |from: usize| {
        let a = (from..s.len()).find(|&i| is_han(s[i]) || s[i].is_ascii_digit());
        a.is_some_and(|a| {
            let mut j = a;
            while j < s.len() && s[j].is_ascii_digit() {
                j += 1;
            }
            j > a && s.get(j) == Some(&'月') && (j + 1..s.len().min(j + 4)).any(|k| s[k] == '日')
        }) && dated_event(&s[from..])
    };
    let at_clause = std::iter::once(0)
        .chain((0..s.len()).filter(|&i| s[i] == '，').map(|i| i + 1))
        .any(opens_on_day);
    // …于2019年6月13日上午9:00赴西秀区开展…督查: a day named with its year
    // and a time of day.
    let timed = (0..s.len()).any(|i| {
        s[i] == '日'
            && i > 0
            && s[i - 1].is_ascii_digit()
            && ["上午", "下午"].iter().any(|w| starts_with(s, i + 1, w))
            && s.get(i + 3).is_some_and(|c| c.is_ascii_digit())
    });
    at_clause || timed
}

/// Whether a sentence of news tells what happened rather than what is to
/// be done: a dated event, or what an event was (这是…首次开展…).
pub(crate) fn tells(s: &[char]) -> bool {
    let a = (0..s.len()).find(|&i| is_han(s[i])).unwrap_or(0);
    dated_event(s) || starts_with(s, a, "这是") || starts_with(s, a, "这也是")
}

/// Whether a sentence tells how a plan was adopted: a meeting held
/// (召开…会议) and its outcome (最终确定…清单, 票决, 审议通过) in one
/// sentence. The meeting is the story, not work of the plan.
pub(crate) fn tells_adoption(s: &[char]) -> bool {
    has_word(s, 0, s.len(), &["召开", "举行"])
        && (has_word(s, 0, s.len(), ADOPTED) || has_word(s, 0, s.len(), &["最终确定"]))
        && !has_word(s, 0, s.len(), FUTURE)
}

/// Whether the text opens on a meeting held on a day it names with its
/// month (2月3日，…县召开2024年工作谋划会): news of a meeting, which tells
/// who met and what they heard and asked, and proposes nothing — unless
/// its head says a plan was adopted (…项目票决产生).
pub(crate) fn opens_on_meeting(text: &str) -> bool {
    let mut lines = text.lines().filter(|l| !l.trim().is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    let chars: Vec<char> = first.chars().collect();
    let Some(s) = sentences(&chars).into_iter().next().map(|s| s.chars) else {
        return false;
    };
    let Some(a) = (0..s.len()).find(|&i| s[i].is_ascii_digit()) else {
        return false;
    };
    let skip_digits = |mut j: usize| {
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        j
    };
    let leading = s[..a].iter().all(|c| !is_han(*c));
    let month = skip_digits(a);
    let day = (s.get(month) == Some(&'月')).then(|| skip_digits(month + 1));
    let dated = leading && day.is_some_and(|d| d > month + 1 && s.get(d) == Some(&'日'));
    let head: String = text.chars().take(300).collect();
    dated
        && dated_event(&s)
        && has_word(&s, 0, s.len(), &["召开", "举行"])
        && !ADOPTED.iter().any(|w| head.contains(w))
}

/// Whether a title names a summary first and the plan after it
/// (2025年…工作总结及2026年工作计划, …总结暨…打算): the text opens on the
/// summary, and a heading of the coming work opens the plan.
pub(crate) fn summary_then_plan(line: &str) -> bool {
    let Some(at) = line.find("总结") else {
        return false;
    };
    ["计划", "打算", "思路", "安排", "要点"]
        .iter()
        .filter_map(|w| line.find(w))
        .any(|p| p > at)
}

/// Whether a heading is a plan's own (2026年工作计划, 下一步工作打算, 工作
/// 思路): it ends on the plan's word or names the coming work.
pub(crate) fn plan_heading(heading: &str) -> bool {
    let h = heading.trim().trim_end_matches(['：', ':', '。']);
    ["计划", "打算", "思路", "安排", "要点", "目标"]
        .iter()
        .any(|w| h.ends_with(w))
        || ["下一步", "明年", "下阶段"].iter().any(|w| h.contains(w))
}

/// Whether the text opens as a call for proposals (现面向社会公开征集…项目):
/// its window and its requirements are the public's, not the office's
/// work, and it proposes nothing.
pub(crate) fn calls_for_proposals(text: &str) -> bool {
    let head: Vec<char> = text.chars().take(200).collect();
    let Some(first) = sentences(&head).into_iter().next() else {
        return false;
    };
    let s = first.chars;
    (0..s.len()).any(|i| starts_with(&s, i, "征集"))
        && ["公开征集", "面向社会", "广泛征集"]
            .iter()
            .any(|w| has_word(&s, 0, s.len(), &[w]))
}

/// Whether a headline reports a meeting held: …召开…会, …举行…会 (二九三大队
/// 党委召开2021年度…述职评议会).
pub(crate) fn headline_of_meeting(line: &[char]) -> bool {
    // …对…民生实事进展情况进行专项视察, …进度情况督查: an inspection made.
    let t: String = line.iter().collect();
    let t = t.trim_end().trim_end_matches("活动");
    if !t.contains(['，', '。', '；']) && ["视察", "督查", "调研"].iter().any(|w| t.ends_with(w))
    {
        return true;
    }
    let Some((at, w)) = super::lexicon::last_word(line, 0, line.len(), &["召开", "举行"])
    else {
        return false;
    };
    let after = at + w.chars().count();
    let t: String = line[after..].iter().collect();
    let t = t.trim_end();
    t.ends_with('会') || t.ends_with("会议") || t.ends_with("大会")
}

/// Words that open a report on a plan or on work done: what follows
/// describes, it does not commit (现将有关情况汇报如下, 现将主要内容解读如下).
const REPORT_OPENERS: &[&str] = &[
    "汇报如下",
    "通报如下",
    "解读如下",
    "报告如下",
    "情况如下",
    "说明如下",
];

/// Words of the plan itself: an opener that announces a plan (现将2024年
/// 工作计划报告如下) opens the plan, not a report.
const PLAN_WORDS: &[&str] = &["计划", "打算", "安排", "思路", "要点", "目标任务如下"];

/// Whether the sentence opens a report: what follows it describes a plan
/// or the work done, until a heading announces the plan.
pub(crate) fn opens_report(s: &[char]) -> bool {
    // …重点民生实事项目完成情况公示如下: the state of work, announced.
    let state = has_word(s, 0, s.len(), &["完成情况", "进展情况", "推进情况"])
        && has_word(s, 0, s.len(), &["如下"]);
    (state || has_word(s, 0, s.len(), REPORT_OPENERS)) && !has_word(s, 0, s.len(), PLAN_WORDS)
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

    #[test]
    fn meeting_opens_the_text() {
        assert!(opens_on_meeting(
            "2月3日，某县召开2024年工作谋划会。\n会议要求各乡镇制定方案。"
        ));
        // A plan's month, a meeting ahead, or a plan adopted at it: no.
        assert!(!opens_on_meeting("3月召开动员大会1次。"));
        assert!(!opens_on_meeting("3月8日前召开动员大会。"));
        assert!(!opens_on_meeting(
            "1月18日，区人大召开会议，十件民生实事项目票决产生。"
        ));
    }
}
