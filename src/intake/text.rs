//! The shape of a plan's text: normalised characters, paragraphs, headings
//! (一、 （一） 1. （1）), sentences and clauses.

use super::lexicon::{is_han, starts_with, PAST_HEADINGS, PLAN_HEADINGS};
use super::numerals::{chinese_digit, is_chinese_numeral};

/// Brings the text to one form: full-width digits and percent signs to
/// ASCII, ASCII punctuation that Chinese text uses to its full-width form,
/// line ends to `\n`. Spans in proposals refer to this form.
pub fn normalize(text: &str) -> String {
    let mapped: Vec<char> = text
        .chars()
        .filter(|&c| c != '\u{feff}')
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '％' => '%',
            ',' => '，',
            ';' => '；',
            '(' => '（',
            ')' => '）',
            ':' => '：',
            '!' => '！',
            '?' => '？',
            '．' => '.',
            '～' => '~',
            '\r' => '\n',
            '\u{3000}' | '\t' | '\u{a0}' => ' ',
            _ => c,
        })
        .collect();
    // Text copied from PDFs spaces figures off: "2023 年底", "15 分钟".
    let mut out = String::with_capacity(text.len());
    for (i, &c) in mapped.iter().enumerate() {
        if c == ' ' && i > 0 && i + 1 < mapped.len() {
            let (a, b) = (mapped[i - 1], mapped[i + 1]);
            let figure = |x: char| x.is_ascii_digit() || x == '%';
            if (figure(a) && is_han(b)) || (is_han(a) && figure(b)) {
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// Level of a heading: 一、 is 1, （一） is 2, 1. is 3, （1） is 4.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Level(pub u8);

/// Where a heading's marker ends, and its level, if the line starts with
/// one.
pub(crate) fn heading_marker(line: &[char]) -> Option<(Level, usize)> {
    let cn_run = |from: usize| {
        let mut i = from;
        while i < line.len() && is_chinese_numeral(line[i]) && line[i] != '万' {
            i += 1;
        }
        i
    };
    let digit_run = |from: usize| {
        let mut i = from;
        while i < line.len() && line[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    let first = *line.first()?;
    if chinese_digit(first).is_some() || first == '十' {
        let e = cn_run(0);
        if e > 0 && e <= 3 && line.get(e) == Some(&'、') {
            return Some((Level(1), e + 1));
        }
    }
    if first == '（' {
        let e = cn_run(1);
        if e > 1 && e <= 4 && line.get(e) == Some(&'）') {
            return Some((Level(2), e + 1));
        }
        let e = digit_run(1);
        if e > 1 && e <= 3 && line.get(e) == Some(&'）') {
            return Some((Level(4), e + 1));
        }
    }
    if first.is_ascii_digit() {
        let e = digit_run(0);
        let sep = line.get(e).copied();
        let next = line.get(e + 1).copied();
        // 1.5倍 is a number; 2、2024年度…项目 is item 2.
        if e <= 2
            && matches!(sep, Some('.') | Some('、') | Some('）'))
            && !(sep == Some('.') && next.is_some_and(|c| c.is_ascii_digit()))
        {
            return Some((Level(3), e + 1));
        }
    }
    None
}

/// Whether a section heading announces a summary of what was done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    /// A summary: its numbers are results, never targets.
    Past,
    /// The plan itself (or nothing said).
    Plan,
}

/// The tense a heading announces, if it announces one.
pub(crate) fn heading_tense(title: &str) -> Option<Tense> {
    let plan = PLAN_HEADINGS.iter().any(|w| title.contains(w));
    let past = PAST_HEADINGS.iter().any(|w| title.contains(w));
    match (past, plan) {
        // "完成情况" or "存在问题" beside "目标任务": the summary word wins
        // unless the heading is about the coming work ("下一步", "打算").
        (true, true) if title.contains("下一步") || title.contains("打算") => {
            Some(Tense::Plan)
        }
        (true, _) => Some(Tense::Past),
        (false, true) => Some(Tense::Plan),
        (false, false) => None,
    }
}

/// Whether a heading announces the coming work (下一步, 计划): in a report
/// on a plan, only such a heading opens the plan again.
pub(crate) fn forward(heading: &str) -> bool {
    ["打算", "计划", "思路", "下一步", "要点", "安排", "目标"]
        .iter()
        .any(|w| heading.contains(w))
}

/// The tense of a line without a number that ends in a heading's word
/// (2024年工作回顾, 2025年工作目标, 完成情况): a heading set on a line of
/// its own.
pub(crate) fn bare_heading_tense(line: &str) -> Option<Tense> {
    let l = line.trim().trim_end_matches(['：', ':']);
    let ends = PLAN_HEADINGS
        .iter()
        .chain(PAST_HEADINGS)
        .any(|w| l.ends_with(w));
    if ends {
        heading_tense(l)
    } else {
        None
    }
}

/// Whether a line is only the title of a list or table a notice issues
/// (2.2025年十五件民盼实事任务分解, 2025年县政府工作报告任务清单): no
/// sentence marks and a list's kind at its end. Its numbers are names.
pub(crate) fn list_title(line: &[char]) -> bool {
    let t: String = line.iter().collect();
    let t = t.trim();
    !t.contains(['。', '，', '；', ',', ';'])
        && t.chars().count() <= 60
        && ["任务分解", "分解表", "清单", "一览表", "责任表", "任务表"]
            .iter()
            .any(|w| t.ends_with(w))
}

/// One sentence: its text and where it starts in its paragraph (chars).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Sentence {
    /// The characters of the sentence, its end mark included.
    pub chars: Vec<char>,
}

impl Sentence {
    /// The sentence as text.
    pub fn text(&self) -> String {
        self.chars.iter().collect()
    }
}

/// Splits a paragraph into sentences at 。！？； (kept at the end).
pub(crate) fn sentences(paragraph: &[char]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32; // inside （…） a 。 does not end the sentence
    for (i, &c) in paragraph.iter().enumerate() {
        match c {
            '（' => depth += 1,
            '）' => depth = (depth - 1).max(0),
            '。' | '！' | '？' | '；' if depth == 0 => {
                push_sentence(&mut out, &paragraph[start..=i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    if start < paragraph.len() {
        push_sentence(&mut out, &paragraph[start..]);
    }
    // …观看图书。（5月前完成）: a deadline in a parenthesis of its own dates
    // the sentence before; it is read at that sentence's head.
    let mut merged: Vec<Sentence> = Vec::new();
    for s in out {
        match merged.last_mut() {
            Some(prev) if dates_before(&s.chars) => {
                let mut chars = s.chars.clone();
                chars.extend(prev.chars.iter().copied());
                prev.chars = chars;
            }
            _ => merged.push(s),
        }
    }
    merged
}

/// Whether a sentence is only a deadline in a parenthesis (（5月前完成）,
/// （9月底前）).
fn dates_before(s: &[char]) -> bool {
    let t: String = s.iter().collect();
    let t = t.trim_end_matches(['。', '；']);
    let inner = t.strip_prefix('（').and_then(|t| t.strip_suffix('）'));
    inner.is_some_and(|x| {
        x.chars().count() <= 12
            && x.contains('月')
            && (x.contains('前') || x.contains('底'))
            && !x.contains(['，', '：'])
    })
}

fn push_sentence(out: &mut Vec<Sentence>, chars: &[char]) {
    let trimmed = trim(chars);
    if !trimmed.is_empty() {
        out.push(Sentence {
            chars: trimmed.to_vec(),
        });
    }
}

fn trim(chars: &[char]) -> &[char] {
    let mut a = 0;
    let mut b = chars.len();
    while a < b && chars[a].is_whitespace() {
        a += 1;
    }
    while b > a && chars[b - 1].is_whitespace() {
        b -= 1;
    }
    &chars[a..b]
}

/// Clauses of a sentence as char ranges: split at ，：and before 一是、二是….
pub(crate) fn clauses(s: &[char]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quote = false;
    for i in 0..s.len() {
        match s[i] {
            '“' => quote = true,
            '”' => quote = false,
            _ => {}
        }
        let cut_after = !quote && matches!(s[i], '，' | '：' | '。' | '；' | '！' | '？');
        let enum_start = !quote
            && i > start
            && chinese_digit(s[i]).is_some()
            && s.get(i + 1) == Some(&'是')
            && (i == 0 || !is_han(s[i - 1]) || s[i - 1] == '；');
        if enum_start {
            out.push(start..i);
            start = i;
        }
        if cut_after {
            out.push(start..i);
            start = i + 1;
        }
    }
    if start < s.len() {
        out.push(start..s.len());
    }
    out.retain(|r| r.end > r.start);
    out
}

/// Splits the text into lines with their heading, if any.
pub(crate) struct Line {
    /// The characters of the line, trimmed.
    pub chars: Vec<char>,
    /// The heading's level and where its marker ends.
    pub heading: Option<(Level, usize)>,
}

/// The non-empty lines of the text. A long line that stops mid-sentence
/// (text copied from a PDF wraps at the page width) is joined to the next
/// unless that one starts a heading.
pub(crate) fn lines(text: &str) -> Vec<Line> {
    let raw: Vec<Vec<char>> = text
        .split('\n')
        .map(|l| trim(&l.chars().collect::<Vec<_>>()).to_vec())
        .collect();
    // Text from a PDF wraps at the page's width: many lines of nearly the
    // widest line's length. Such a full line goes on in the next one even
    // when it ends in ” or ）or starts with a heading's marker.
    let widest = raw.iter().map(Vec::len).max().unwrap_or(0);
    let full = |n: usize| widest >= 20 && n * 100 >= widest * 85;
    let wrapped = raw.iter().filter(|l| full(l.len())).count() >= 3;
    let mut out: Vec<Line> = Vec::new();
    let mut open = false;
    for chars in raw {
        if chars.is_empty() {
            open = false;
            continue;
        }
        let heading = heading_marker(&chars);
        let line_len = chars.len();
        match out.last_mut() {
            Some(last) if open && heading.is_none() && !news_lead(&chars) => {
                last.chars.extend(chars)
            }
            _ => out.push(Line { chars, heading }),
        }
        let last = out.last().map(|l| &l.chars[..]).unwrap_or(&[]);
        let ends = last
            .last()
            .is_some_and(|c| matches!(c, '。' | '：' | '！' | '？' | '）' | '”'));
        let stops = last
            .last()
            .is_some_and(|c| matches!(c, '。' | '：' | '！' | '？' | '；'))
            || last.ends_with(&['。', '”']);
        open = (!ends
            && last.len() >= 24
            && out.last().is_some_and(|l| l.heading.is_none())
            && !names_document(last))
            || (wrapped && full(line_len) && !stops);
    }
    out
}

/// Whether a line opens as news does, on a day and a comma (5月16日，…;
/// 12月11日下午，…): a headline before it is whole.
fn news_lead(line: &[char]) -> bool {
    let digits = |mut j: usize| {
        let from = j;
        while j < line.len() && line[j].is_ascii_digit() {
            j += 1;
        }
        (j > from).then_some(j)
    };
    let Some(m) = digits(0).filter(|&m| line.get(m) == Some(&'月')) else {
        return false;
    };
    let Some(d) = digits(m + 1).filter(|&d| line.get(d) == Some(&'日')) else {
        return false;
    };
    let mut k = d + 1;
    for w in ["上午", "下午", "晚"] {
        if starts_with(line, k, w) {
            k += w.chars().count();
            break;
        }
    }
    line.get(k) == Some(&'，')
}

/// Words that end a document's title (…实施情况的报告, …工作计划): a long
/// line that ends on one is whole, not a sentence going on in the next.
const DOCUMENT_KINDS: &[&str] = &[
    "报告", "计划", "方案", "通知", "要点", "总结", "意见", "办法", "规划", "安排",
];

/// Whether the line ends on a document's kind, as a title does, or on an
/// inspection, as a headline of one does (…四季度进度情况督查).
fn names_document(line: &[char]) -> bool {
    DOCUMENT_KINDS
        .iter()
        .chain(&["视察", "督查", "调研"])
        .any(|w| {
            let w: Vec<char> = w.chars().collect();
            line.ends_with(&w)
        })
}

/// A heading's title: the line up to its first 。 (a seed-style heading
/// with its body on the same line) or the whole line when short.
pub(crate) fn heading_title(line: &[char]) -> (String, usize) {
    let end = line
        .iter()
        .position(|&c| c == '。' || c == '；')
        .unwrap_or(line.len());
    let title: String = line[..end].iter().collect();
    let body = if end < line.len() { end + 1 } else { end };
    (title.trim().to_string(), body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_heading(line: &str, expected: Option<(u8, usize)>) {
        let chars: Vec<char> = normalize(line).chars().collect();
        assert_eq!(
            heading_marker(&chars).map(|(l, e)| (l.0, e)),
            expected,
            "{line}"
        );
    }

    #[test]
    fn headings() {
        check_heading("一、主要工作情况", Some((1, 2)));
        check_heading("十二、其他", Some((1, 3)));
        check_heading("(一)强化理论武装", Some((2, 3)));
        check_heading("（三）聚焦主责主业", Some((2, 3)));
        check_heading("1.每月开展1次", Some((3, 2)));
        check_heading("12、完善制度", Some((3, 3)));
        check_heading("（1）建立机制", Some((4, 3)));
        check_heading("1.5倍", None);
        check_heading("2、2024年度项目", Some((3, 2)));
        check_heading("一是加强学习", None);
        check_heading("2025年工作要点", None);
    }

    #[test]
    fn tenses() {
        assert_eq!(heading_tense("一、主要工作情况"), Some(Tense::Past));
        assert_eq!(heading_tense("二、下一步工作打算"), Some(Tense::Plan));
        assert_eq!(heading_tense("二、存在的问题"), Some(Tense::Past));
        assert_eq!(heading_tense("（一）强化理论武装"), None);
    }

    #[test]
    fn splits() {
        let s: Vec<char> = "一是加强学习，每月1次；二是完善制度。".chars().collect();
        let ss = sentences(&s);
        assert_eq!(ss.len(), 2);
        let c: Vec<char> = "建立制度，一是每月1次二是每周1次".chars().collect();
        let parts: Vec<String> = clauses(&c)
            .into_iter()
            .map(|r| c[r].iter().collect())
            .collect();
        assert_eq!(parts, ["建立制度", "一是每月1次二是每周1次"]);
    }
}
