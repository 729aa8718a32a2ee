//! Titles and subjects: a proposal's title from its words, the subject a
//! clause without one takes from the clause before (同比增长10%), the words
//! that share one rate's figure (建卡、建证率), and a figure followed by 的
//! that is still counted (维修更换农村37处的机泵).

use std::ops::Range;

use super::level::{COUNT_VERBS, MONEY};
use super::lexicon::{has_word, is_han, last_word, word_at, TITLE_LEADS};
use super::scan::Mention;

/// The text of `s[r]`, with leading connectives and a trailing 等 dropped;
/// returns the text and the range it covers.
pub(crate) fn title_of(s: &[char], r: Range<usize>) -> (String, Range<usize>) {
    let (mut a, mut b) = (r.start, r.end);
    loop {
        while a < b && matches!(s[a], ' ' | '、' | '，' | '：') {
            a += 1;
        }
        match word_at(s, a, TITLE_LEADS) {
            Some(w) if a + w.chars().count() < b => a += w.chars().count(),
            _ => break,
        }
    }
    while b > a && matches!(s[b - 1], '。' | '；' | '，' | '、' | ' ' | '：') {
        b -= 1;
    }
    // （9月前完成）继续抓好…: the item's deadline, read at its head, is the
    // figure's date, not its title.
    if s.get(a) == Some(&'（') {
        if let Some(close) = (a..b).find(|&i| s[i] == '）').filter(|&c| c + 2 < b) {
            let inner: String = s[a + 1..close].iter().collect();
            if inner.contains('月') && (inner.contains('前') || inner.contains('底')) {
                a = close + 1;
            }
        }
    }
    // 除A项目在6月前完成…外: A's own commitment, without the frame.
    if b > a + 2 && s[a] == '除' && is_han(s[a + 1]) {
        a += 1;
    }
    if b > a + 2 && s[b - 1] == '外' && s[b - 2] == '成' {
        b -= 1;
    }
    // 全市整治125个村庄（包括63个…: the breakdown is not part of the title.
    let breakdown = (a..b).find(|&i| {
        s[i] == '（' && has_word(s, i + 1, (i + 3).min(b), &["含", "包括", "其中", "包含"])
    });
    if let Some(open) = breakdown.filter(|&o| o > a && !(o..b).any(|i| s[i] == '）')) {
        b = open;
    }
    (s[a..b].iter().collect(), a..b)
}

/// The words that share the rate word ending at `e`, joined by 、 before
/// it (建卡、建证率; 单苗、全程接种率; 及时率、准确率), each as a range with the
/// rate's own word last; `None` when the rate stands alone. Each word is
/// at most eight characters of Chinese (or a space a PDF left), back to
/// `from`.
pub(crate) fn shared_rate(s: &[char], from: usize, e: usize) -> Option<Vec<Range<usize>>> {
    let word = |end: usize, most: usize| {
        let mut a = end;
        while a > from
            && end - a < most
            && (is_han(s[a - 1]) || s[a - 1] == ' ')
            && s[a - 1] != '、'
        {
            a -= 1;
        }
        (a < end).then_some(a)
    };
    let last = word(e, 8)?;
    let mut names: Vec<Range<usize>> = Vec::new();
    names.push(last..e);
    let mut at = last;
    while at > from && s[at - 1] == '、' {
        // 建卡、建证率: a word before is as long as the rate's, less the
        // ending it shares (12月龄儿童建卡 is 建卡); 及时率、准确率: as long.
        let own_ending = at >= 2 && s[at - 2] == s[e - 1];
        let most = (e - last).saturating_sub(usize::from(!own_ending)).max(2);
        let a = word(at - 1, most)?;
        names.insert(0, a..at - 1);
        at = a;
    }
    (names.len() > 1).then_some(names)
}

/// Whether a figure followed by 的 is still counted: what is done to each
/// of its things (维修更换农村37处的机泵, 每一个教师…写5000字的学习笔记) — a verb
/// of doing or a person's share right before it, and not a sum of money or
/// a bound (5000万元以上的项目 qualifies the projects).
pub(crate) fn done_to_each(s: &[char], c: &Range<usize>, m: &Mention) -> bool {
    if MONEY.contains(&m.measure.as_str()) || m.max.is_some() {
        return false;
    }
    let bound = s[m.start..m.end]
        .iter()
        .collect::<String>()
        .ends_with(['上', '下', '内', '右']);
    let near = m.start.saturating_sub(6).max(c.start);
    // 对最少700名以上的患者进行管理: a floor said of the things the work is
    // done to counts them.
    if has_word(s, near, m.start, &["最少", "至少", "不少于"]) {
        return true;
    }
    !bound
        && (has_word(s, near, m.start, COUNT_VERBS)
            || super::counts::per_person(s, c, m.start).is_some())
}

/// Words that open a clause whose figure has no subject of its own: a
/// growth (同比增长10%), a length (全长约4.3公里), an investment (完成投资25亿元).
const SUBJECTLESS: &[&str] = &[
    "同比",
    "比上年",
    "较上年",
    "比去年",
    "较去年",
    "年均",
    "全长",
    "总长",
    "长约",
    "完成投资",
    "总投资",
    "增长",
    "增幅",
    "提高",
    "下降",
    "降低",
    "覆盖",
];

/// Whether clause `c` opens on a figure's verb with no subject before it.
pub(crate) fn lacks_subject(s: &[char], c: &Range<usize>, ms: &[&Mention]) -> bool {
    let Some(first) = ms.iter().find(|m| c.start <= m.start && m.start < c.end) else {
        return false;
    };
    let mut a = (c.start..first.start)
        .find(|&i| is_han(s[i]))
        .unwrap_or(first.start);
    // 全年覆盖党员1500人次: a time word is not a subject.
    if let Some(w) = word_at(s, a, &["全年", "年内", "今年", "当年"]) {
        a += w.chars().count();
    }
    word_at(s, a, SUBJECTLESS).is_some()
}

/// The subject of clause `p`: the words before its verb when it states a
/// figure (全乡农村经济总收入完成5.6亿元 → 全乡农村经济总收入), else the whole
/// clause (开展农村人居环境整治).
pub(crate) fn subject_of(s: &[char], p: &Range<usize>, mentions: &[Mention]) -> Option<String> {
    let first = mentions
        .iter()
        .find(|m| p.start <= m.start && m.start < p.end);
    let end = match first {
        Some(m) => last_word(
            s,
            p.start,
            m.start,
            &[
                "完成",
                "达到",
                "突破",
                "超过",
                "实现",
                "保持在",
                "控制在",
                "增长",
                "达",
            ],
        )
        .map_or(m.start, |(at, _)| at),
        None => p.end,
    };
    let (title, _) = title_of(s, p.start..end);
    (!title.is_empty() && title.chars().count() <= 30).then_some(title)
}
