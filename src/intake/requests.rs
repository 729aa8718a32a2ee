//! A meeting's requests to others, as news of the meeting reports them
//! (会议强调，要…; 王彦…并强调：一是…要…; 周进提出七点工作要求：◆一是…).
//! 要 there is the speaker's demand on the units that heard it, told by
//! whoever wrote the news: it is not the pasting office's commitment, and
//! nothing in the request is proposed. The office's own next step, said in
//! the same news (…局表示，下一步，将…), is its plan and still speaks.

use super::genre;
use super::lexicon::{has_word, starts_with};
use super::narration;
use super::news;
use super::text::{self, Line};

/// Verbs that put a request to others (强调, 要求, 指出, 提出…要求).
const ASKING: &[&str] = &["强调", "要求", "指出", "提出", "部署"];

/// Who asks: the meeting itself, or someone speaking at it by title.
const ASKERS: &[&str] = &[
    "会议",
    "会上",
    "书记",
    "主任",
    "董事长",
    "总经理",
    "经理",
    "市长",
    "县长",
    "区长",
    "镇长",
    "局长",
    "厅长",
    "部长",
    "主席",
    "院长",
    "校长",
    "厂长",
];

/// Words of the office's own step ahead, which a request does not hold
/// (…表示，下一步，将…).
const OWN_STEP: &[&str] = &["下一步", "将", "拟"];

/// Whether the text is news of a meeting: its headline is one (…推进会召开)
/// or a sentence of its first lines reports one held (6月26日，集团在…召开…
/// 调度会; …主持会议). Not news of a plan adopted at it (票决, 印发 …): there
/// the plan is the news, and its items may follow a request's colon.
fn reports_a_meeting(lines: &[Line]) -> bool {
    let head: Vec<&Line> = lines
        .iter()
        .filter(|l| !news::is_metadata(&l.chars))
        .take(3)
        .collect();
    let adopted = head
        .iter()
        .any(|l| has_word(&l.chars, 0, l.chars.len(), news::ADOPTED));
    let held = head
        .first()
        .is_some_and(|l| narration::headline_of_meeting(&l.chars))
        || head.iter().any(|l| {
            text::sentences(&l.chars)
                .iter()
                .any(|s| news::reports_meeting(&s.chars))
        });
    held && !adopted
}

/// Whether the sentence puts a request: an asker, then a verb of asking
/// followed by the words asked (会议强调，; …并强调：; 提出七点工作要求：).
fn asks(s: &[char]) -> bool {
    (0..s.len()).any(|i| {
        ASKING.iter().any(|w| {
            let n = w.chars().count();
            starts_with(s, i, w)
                && matches!(s.get(i + n), Some('，' | '：'))
                && (has_word(s, 0, i, ASKERS) || (*w == "要求" && s.get(i + n) == Some(&'：')))
        })
    })
}

/// For each of `lines`, whether it stands in a meeting's requests: in news
/// of a meeting, from a line whose sentence asks to the end of its
/// passage (the items of 提出七点工作要求： are the request's words).
pub(crate) fn requested(lines: &[Line]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    if !reports_a_meeting(lines) {
        return out;
    }
    for span in genre::passages(lines) {
        let from = span.clone().find(|&i| {
            text::sentences(&lines[i].chars)
                .iter()
                .any(|s| asks(&s.chars))
        });
        if let Some(from) = from {
            out[from..span.end].iter_mut().for_each(|o| *o = true);
        }
    }
    out
}

/// Whether the sentence says the office's own step ahead (下一步，将…),
/// which a request does not hold.
pub(crate) fn own_step(s: &[char]) -> bool {
    has_word(s, 0, s.len(), OWN_STEP)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(t: &str) -> Vec<char> {
        t.chars().collect()
    }

    #[test]
    fn asks_by_meeting_or_speaker() {
        assert!(asks(&chars("会议强调，要尽最大努力实现半年目标。")));
        assert!(asks(&chars(
            "会上，王彦充分肯定了各企业一季度工作成效，并强调：一是…"
        )));
        assert!(asks(&chars("周进提出七点工作要求：")));
        // A document's requirement, and words with no request, do not ask.
        assert!(!asks(&chars(
            "考核办法要求，要改造提升农村寄递物流基础设施。"
        )));
        assert!(!asks(&chars("许昌局表示，下一步，将建立工作台账。")));
        assert!(own_step(&chars("许昌局表示，下一步，将建立工作台账。")));
    }

    #[test]
    fn requests_run_to_their_passage_end_unless_a_plan_was_adopted() {
        let held = "3月5日，县政府召开推进会。\n会议要求，各单位要抓好以下工作：\n一是新建公厕10座。\n二是改造道路5公里。";
        assert_eq!(requested(&text::lines(held)), [false, true, true, true]);
        let adopted = "3月5日，县人大召开会议，票决产生10件民生实事。\n会议要求，各单位要办好以下实事：\n一是新建公厕10座。";
        assert!(requested(&text::lines(adopted)).iter().all(|r| !r));
    }
}
