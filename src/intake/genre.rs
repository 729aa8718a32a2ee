//! What a passage is about: the work ahead or the work done. Chinese marks
//! tense on few sentences (将, 要, 力争, 到2025年; 已, 了, 累计, 截至), and
//! an unmarked sentence takes the time of the sentences around it: in a
//! review (…全年完成投资100亿元。新增公路100公里。) the bare figures are
//! results as much as the marked ones, in a plan they are work to do.
//!
//! Each sentence is judged by its own marks into [`Orientation`]; each
//! passage (the lines from one heading, bare heading or announcing colon
//! to the next) is judged by its sentences. A passage told as done — at
//! least two sentences marked done and more than twice those marked
//! ahead — proposes nothing from its unmarked sentences; a sentence
//! marked ahead still speaks for itself.

use super::lexicon::{has_word, is_han, starts_with};
use super::narration;
use super::news;
use super::text::{self, Line};

/// The time a sentence's own words put it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Orientation {
    /// A commitment: 将, 要, 力争, 确保, 计划, 目标, a deadline (6月底前, 到
    /// 2025年).
    Ahead,
    /// What happened: the perfect (已, 了), a tally (累计, 共计), a span
    /// already past (1-6月, 截至9月底), a meeting or a visit reported, words
    /// said or a fact cited (表示，…; 据悉). Not 同比: a plan's growth is
    /// measured against last year as often as a report's.
    Done,
    /// No mark either way.
    Open,
}

/// Words that put a sentence ahead. 要 and 计划 are judged apart, see
/// [`ahead_word`].
const AHEAD: &[&str] = &[
    "将",
    "拟",
    "力争",
    "确保",
    "争取",
    "预计",
    "目标",
    "下一步",
    "明年",
    "今后",
    "努力实现",
];

/// Verbs that report what someone said, before the words said (…表示，;
/// 并强调：), or what a source shows (会议信息显示，): news and minutes
/// tell them, plans do not.
const SAYING: &[&str] = &["强调", "表示", "指出", "介绍", "透露", "显示"];

/// Words that cite what a source said (据悉, 据介绍, 记者获悉).
const CITED: &[&str] = &["据悉", "据介绍", "据统计", "获悉"];

/// Words of a review announced (回顾一年来的工作与成绩，主要体现在以下八个方
/// 面：): the passage it opens tells what was done.
const REVIEW: &[&str] = &["回顾", "成绩", "成效", "工作总结"];

/// Whether the sentence reports words said or cited: a verb of saying
/// followed by its words (他表示，…; 会议强调：…), or a source cited.
pub(crate) fn said(s: &[char]) -> bool {
    let saying = (0..s.len()).any(|i| {
        SAYING.iter().any(|w| {
            starts_with(s, i, w) && matches!(s.get(i + w.chars().count()), Some('，' | '：'))
        })
    });
    saying || has_word(s, 0, s.len(), CITED)
}

/// Whether the sentence announces a review (…主要体现在以下八个方面：).
fn announces_review(s: &[char]) -> bool {
    s.last() == Some(&'：')
        && has_word(s, 0, s.len(), REVIEW)
        && orientation(s) != Orientation::Ahead
}

/// Whether 要 or 计划 at `i` is the word of a commitment: not 主要, 重要,
/// 需要, 纪要, 要求, 要点, 要素 (要), nor a plan measured against (占年度计
/// 划的, 计划投资), which progress reports name.
fn ahead_word(s: &[char], i: usize) -> bool {
    if starts_with(s, i, "要") {
        let before = i.checked_sub(1).map(|j| s[j]);
        let after = s.get(i + 1).copied();
        return !matches!(
            before,
            Some('主' | '重' | '需' | '纪' | '摘' | '提' | '只' | '必')
        ) && !matches!(after, Some('求' | '点' | '素' | '闻' | '件'));
    }
    if starts_with(s, i, "计划") {
        let before = i.checked_sub(1).map(|j| s[j]);
        let after = s.get(i + 2).copied();
        return !matches!(before, Some('度' | '年' | '划'))
            && !matches!(after, Some('的' | '投' | '数' | '任'));
    }
    false
}

/// The time the sentence's own words put it in.
pub(crate) fn orientation(s: &[char]) -> Orientation {
    let ahead = has_word(s, 0, s.len(), AHEAD)
        || (0..s.len()).any(|i| ahead_word(s, i))
        || news::deadline_before(s)
        || news::horizon(s);
    if ahead {
        return Orientation::Ahead;
    }
    let done = said(s)
        || news::past_marked(s)
        || news::perfect(s)
        || news::elapsed(s)
        || news::recent(s)
        || news::reports_meeting(s)
        || narration::inspection_day(s);
    if done {
        Orientation::Done
    } else {
        Orientation::Open
    }
}

/// Whether a line starts a passage: a heading (一、, （一）), a short line
/// with no sentence in it (2023年工作回顾, a title), or a line that ends on
/// a colon and announces what follows (以下是…：, 具体包括：).
fn opens_passage(line: &Line) -> bool {
    let sentence = line.chars.iter().any(|c| matches!(c, '。' | '，' | '；'));
    let colon = line.chars.last() == Some(&'：');
    line.heading.is_some_and(|(level, _)| level.0 <= 2)
        || (!sentence && line.chars.len() <= 30)
        || colon
}

/// The passages of `lines`: the lines from one opener to the next.
pub(crate) fn passages(lines: &[Line]) -> Vec<std::ops::Range<usize>> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, line) in lines.iter().enumerate() {
        if i > start && opens_passage(line) {
            spans.push(start..i);
            start = i;
        }
    }
    spans.push(start..lines.len());
    spans
}

/// How a passage's sentences lean.
#[derive(Debug, Clone, Copy, Default)]
struct Lean {
    ahead: usize,
    done: usize,
    /// It tells that a plan was adopted or issued (…票决结果公布, 印发).
    adopted: bool,
    /// It opens on a review announced.
    review: bool,
}

impl Lean {
    /// Told as done: at least two sentences marked done and more than
    /// twice those marked ahead. News of a plan adopted (…项目票决结果公布,
    /// …出炉) carries the plan: its items are the work ahead, however the
    /// story is told.
    fn told(&self) -> bool {
        (self.review || (self.done >= 2 && self.done > 2 * self.ahead)) && !self.adopted
    }
}

fn lean(lines: &[Line]) -> Lean {
    let mut out = Lean::default();
    for line in lines {
        if news::is_metadata(&line.chars) {
            continue;
        }
        out.adopted |= has_word(&line.chars, 0, line.chars.len(), news::ADOPTED);
        // What a sentence ahead announces (…预期发展目标是：…同比增长10%；…)
        // is ahead with it, to the line's end.
        let mut announced = false;
        for s in text::sentences(&line.chars) {
            if !s.chars.iter().any(|c| is_han(*c)) {
                continue;
            }
            let o = if announced {
                Orientation::Ahead
            } else {
                orientation(&s.chars)
            };
            match o {
                Orientation::Ahead => out.ahead += 1,
                Orientation::Done => out.done += 1,
                Orientation::Open => {}
            }
            out.review |= out.ahead + out.done == 0 && announces_review(&s.chars);
            announced |= o == Orientation::Ahead && s.chars.last() == Some(&'：');
        }
    }
    out
}

/// For each of `lines`, whether the passage or the paragraph it stands in
/// is told as done.
pub(crate) fn passages_done(lines: &[Line]) -> Vec<bool> {
    let spans = passages(lines);
    let leans: Vec<Lean> = spans.iter().map(|r| lean(&lines[r.clone()])).collect();
    let mut out = vec![false; lines.len()];
    // A review announced (…主要体现在以下八个方面：) goes on through the
    // headings of its list, until a plan's heading or a passage that
    // leans ahead.
    let mut reviewing = false;
    for (r, l) in spans.into_iter().zip(leans) {
        let plan_heading = lines.get(r.start).is_some_and(|first| {
            let heading = text::heading_title(&first.chars).0;
            text::heading_tense(&heading) == Some(text::Tense::Plan)
        });
        if plan_heading || l.ahead > l.done || l.adopted {
            reviewing = false;
        }
        reviewing |= l.review;
        let told = l.told() || reviewing;
        out[r].iter_mut().for_each(|o| *o = told);
    }
    // A paragraph is a passage too: one told as done within a passage
    // that is not (a review's paragraph before the plan's) is told.
    for (o, line) in out.iter_mut().zip(lines) {
        *o |= lean(std::slice::from_ref(line)).told();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(t: &str) -> Vec<char> {
        t.chars().collect()
    }

    #[test]
    fn sentences_by_their_marks() {
        use Orientation::*;
        assert_eq!(orientation(&chars("力争全年新增就业500人。")), Ahead);
        assert_eq!(orientation(&chars("到2025年，建成示范社区100个。")), Ahead);
        assert_eq!(orientation(&chars("6月底前完成改造。")), Ahead);
        assert_eq!(orientation(&chars("全年累计完成投资3.5亿元。")), Done);
        assert_eq!(orientation(&chars("他介绍，全镇共有学校12所。")), Done);
        assert_eq!(orientation(&chars("新建公厕10座。")), Open);
        // 主要, 需要 and a plan measured against are not commitments.
        assert_eq!(orientation(&chars("主要内容如下。")), Open);
        assert_eq!(orientation(&chars("占年度计划的56.6%。")), Open);
    }
}
