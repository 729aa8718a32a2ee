//! Clauses without a quantity: lists of cadences (周学习、月交流), a period
//! with no number (每月张榜公布), and one-off commitments (建立…制度,
//! 修订《…》, or any commitment verb when a deadline is given).

use std::ops::Range;

use super::lexicon::{
    has_word, is_han, starts_with, word_at, CONCRETE, DATED_VERBS, MILESTONE_VERBS, ONGOING, VAGUE,
};
use crate::plan::Cadence;

/// Lists of cadences without numbers: 周学习、月交流、季总结; 季度评先、年度总评.
pub(crate) fn cadence_list(s: &[char], c: &Range<usize>) -> Vec<(Range<usize>, Cadence)> {
    let word = |i: usize| -> Option<(Cadence, usize)> {
        for (w, cad) in [
            ("季度", Cadence::Quarter),
            ("年度", Cadence::Year),
            ("月度", Cadence::Month),
            ("周", Cadence::Week),
            ("月", Cadence::Month),
            ("季", Cadence::Quarter),
        ] {
            if starts_with(s, i, w) {
                return Some((cad, w.chars().count()));
            }
        }
        None
    };
    // An item is a period word and a two-character verb.
    let item = |i: usize| -> Option<(Range<usize>, Cadence)> {
        let (cad, n) = word(i)?;
        let v = i + n;
        (v + 2 <= s.len() && is_han(s[v]) && is_han(s[v + 1])).then_some((i..v + 2, cad))
    };
    let mut parts = Vec::new();
    let mut start = c.start;
    // “月度盘点+季度研判”: a regime's parts joined by +.
    for (i, &ch) in s.iter().enumerate().take(c.end).skip(c.start) {
        if matches!(ch, '、' | '+' | '＋') {
            parts.push(start..i);
            start = i + 1;
        }
    }
    parts.push(start..c.end);
    if parts.len() < 2 {
        return Vec::new();
    }
    let strip = |r: &Range<usize>| {
        let (mut a, mut b) = (r.start, r.end);
        while a < b && matches!(s[a], '“' | '”' | '"') {
            a += 1;
        }
        while b > a && matches!(s[b - 1], '“' | '”' | '"') {
            b -= 1;
        }
        a..b
    };
    let mut out = Vec::new();
    let last = parts.len() - 1;
    for (k, p) in parts.iter().enumerate() {
        let p = strip(p);
        let found = if k == 0 {
            // The first item ends the part: 实行周调度, 形成“周学习.
            (p.start..p.end)
                .rev()
                .take(4)
                .find_map(|i| item(i).filter(|(r, _)| r.end == p.end))
                .filter(|(r, _)| r.start == p.start || !s[r.start - 1].is_ascii_digit())
                .filter(|(r, _)| r.start == p.start || s[r.start - 1] != '每')
        } else if k == last {
            item(p.start)
        } else {
            item(p.start).filter(|(r, _)| r.end == p.end)
        };
        match found {
            Some(f) => out.push(f),
            None => return Vec::new(),
        }
    }
    out
}

/// A period without a number (每月张榜公布, 每季度通报): once in each. Not
/// 每年, which in a yearly plan says no more than the plan itself; but
/// 每学年 (每学年参与审议…计划), a school year, is once a year.
pub(crate) fn bare_cadence(s: &[char], c: &Range<usize>) -> Option<(Range<usize>, Cadence)> {
    let words = [
        "每季度",
        "每个季度",
        "每季",
        "每个月",
        "每月",
        "每周",
        "每学年",
    ];
    let (at, w) = (c.start..c.end).find_map(|i| word_at(s, i, &words).map(|w| (i, w)))?;
    let every = match w {
        "每周" => Cadence::Week,
        "每月" | "每个月" => Cadence::Month,
        "每学年" => Cadence::Year,
        _ => Cadence::Quarter,
    };
    let after = at + w.chars().count();
    let next = *s.get(after)?;
    // 每季度末向市政府报告: once a period, at its end.
    let at_end = matches!(next, '底' | '末') && s.get(after + 1) == Some(&'向');
    if !at_end && (!is_han(next) || matches!(next, '都' | '均' | '的' | '底' | '末' | '初')) {
        return None;
    }
    Some((c.start..c.end, every))
}

/// A one-off commitment in the clause: 建立…制度, 修订《…》, or any
/// commitment verb when the sentence gives a deadline.
pub(crate) fn milestone(s: &[char], c: &Range<usize>, dated: bool) -> Option<Range<usize>> {
    let verbs = if dated { DATED_VERBS } else { MILESTONE_VERBS };
    // Verbs inside a 《title》 name a document, not a commitment.
    let mut depth = 0i32;
    let mut v = None;
    for i in c.start..c.end {
        match s[i] {
            '《' => depth += 1,
            '》' => depth = (depth - 1).max(0),
            _ if depth == 0 && word_at(s, i, verbs).is_some() => {
                v = Some(i);
                break;
            }
            _ => {}
        }
    }
    let v = v?;
    let w = word_at(s, v, verbs)?;
    // 分别为A、B、C: the names of what was chosen, not a commitment; 涵盖
    // 基础设施建设、…等领域: the fields a list covers.
    let lead = (c.start..c.end).find(|&i| is_han(s[i])).unwrap_or(c.start);
    if ["分别为", "分别是", "涵盖", "覆盖", "包括"]
        .iter()
        .any(|w| starts_with(s, lead, w))
    {
        return None;
    }
    // 线上线下 is not 上线; 党组织, 组织建设 are the noun, not the verb.
    if w == "上线" && v > 0 && s[v - 1] == '线' {
        return None;
    }
    if w == "组织" && organisation(s, v) {
        return None;
    }
    let after = v + w.chars().count();
    let before_ongoing = v >= c.start + 2 && ONGOING.iter().any(|o| starts_with(s, v - 2, o));
    // 特制定本方案: the text speaks of itself.
    let itself = (v > c.start && s[v - 1] == '特')
        || s.get(after) == Some(&'本')
        || starts_with(s, after, "如下")
        || starts_with(s, after, "以下")
        // 制定分工方案如下: the clause announces what follows.
        || has_word(s, after, c.end, &["如下"]);
    if word_at(s, after, ONGOING).is_some() || before_ongoing || itself {
        return None;
    }
    // 尽快制定…, 第一时间制定…: haste is no date, and the clause sets none.
    let hasty = (c.start..v).any(|i| word_at(s, i, HASTE).is_some());
    // 2020年是…收官之年: what a year is, not what is done in it.
    let of_year = ["之年", "一年"].iter().any(|w| ends_with_word(s, c, w));
    // 圆满完成任务, 组织实施, 确保各项目标任务如期完成: the work itself, no
    // product named.
    let han = |r: Range<usize>| -> String {
        let t: String = s[r].iter().filter(|ch| is_han(**ch)).collect();
        let mut t = t.as_str();
        for w in ["确保", "各项", "如期", "按期", "按时", "全面", "圆满"] {
            t = t.strip_prefix(w).unwrap_or(t);
            t = t.strip_suffix(w).unwrap_or(t);
        }
        t.to_string()
    };
    let object = han(after..c.end);
    let subject = han(c.start..v);
    // 印发…行动计划（2023—2025年）的通知: the notice that carries the plan;
    // 现将《…》印发给你们: the notice's own act of sending it.
    let notice = object.ends_with("的通知") || object.ends_with("给你们");
    let bare = notice
        || BARE_OBJECTS.contains(&object.as_str())
        || (object.is_empty() && BARE_OBJECTS.contains(&subject.as_str()));
    // 该项目预计2026年建成投用: a forecast, not a commitment.
    let forecast = (c.start..v).any(|i| starts_with(s, i, "预计"));
    if hasty || of_year || bare || forecast {
        return None;
    }
    if dated {
        let vague = has_word(s, c.start, c.end, VAGUE);
        return (!vague).then(|| c.clone());
    }
    let end = (after..c.end)
        .rev()
        .find_map(|i| word_at(s, i, CONCRETE).map(|w| i + w.chars().count()))?;
    let mut end = end;
    while end < c.end && matches!(s[end], '”' | '》' | '"') {
        end += 1;
    }
    Some(v..end)
}

/// Adverbs of haste (尽快, 第一时间): no deadline of their own.
const HASTE: &[&str] = &["尽快", "第一时间", "抓紧", "及早"];

/// Objects that name only the work itself (完成任务, 组织实施): a
/// commitment to do the plan, not a deliverable of it.
const BARE_OBJECTS: &[&str] = &[
    "任务",
    "工作",
    "实施",
    "年度任务",
    "各项任务",
    "全年任务",
    "目标任务",
    "工作任务",
    "各项工作",
    "年度目标任务",
    "各项目标任务",
];

/// Whether the clause's text, its closing marks left out, ends on `w`.
fn ends_with_word(s: &[char], c: &Range<usize>, w: &str) -> bool {
    let mut end = c.end;
    while end > c.start && !is_han(s[end - 1]) {
        end -= 1;
    }
    let n = w.chars().count();
    end >= c.start + n && starts_with(s, end - n, w)
}

/// Whether 组织 at `v` is the noun (党组织, 基层组织, 组织建设, 组织生活).
fn organisation(s: &[char], v: usize) -> bool {
    let before = v > 0 && matches!(s[v - 1], '党' | '团' | '级' | '层' | '各' | '织');
    let after = [
        "建设", "生活", "体系", "力", "关系", "架构", "机构", "领导", "部",
    ]
    .iter()
    .any(|w| starts_with(s, v + 2, w));
    before || after
}

/// A clause with two or more deadlines whose parts between 、 each hold
/// one deadline and a dated deliverable: each part's span and date.
pub(crate) fn dated_parts(
    s: &[char],
    c: &Range<usize>,
    deadlines: &[super::dates::Deadline],
) -> Option<Vec<(Range<usize>, chrono::NaiveDate)>> {
    let dated: Vec<_> = deadlines
        .iter()
        .filter(|d| c.start <= d.start && d.start < c.end)
        .collect();
    if dated.len() < 2 {
        return None;
    }
    let mut parts = Vec::new();
    let mut start = c.start;
    for (i, ch) in s.iter().enumerate().take(c.end).skip(c.start) {
        if *ch == '、' {
            parts.push(start..i);
            start = i + 1;
        }
    }
    parts.push(start..c.end);
    let each: Vec<_> = parts
        .iter()
        .filter_map(|p| {
            let mut ds = dated
                .iter()
                .filter(|d| p.start <= d.start && d.start < p.end);
            match (ds.next(), ds.next()) {
                (Some(d), None) => Some((p.clone(), d.date)),
                _ => None,
            }
        })
        .filter_map(|(p, date)| milestone(s, &p, true).map(|r| (r, date)))
        .collect();
    (each.len() == parts.len()).then_some(each)
}

/// Where a sentence's last part opens on 其中 (…筹集资金550亿元以上，实施
/// 100件民生实事，其中，遴选了12件…): the part that breaks the work down
/// and may narrate how its items were chosen. The perfect there (遴选了)
/// is that part's, not the commitments before it.
pub(crate) fn breakdown_start(s: &[char]) -> Option<usize> {
    super::text::clauses(s).into_iter().skip(1).find_map(|c| {
        let a = (c.start..c.end).find(|&i| is_han(s[i]))?;
        starts_with(s, a, "其中").then_some(c.start)
    })
}

/// Whether a sentence is an item of a list numbered inline, （11）…: its
/// marker's end, after which the item's text begins.
pub(crate) fn inline_item(s: &[char]) -> Option<usize> {
    let a = s.iter().position(|c| !c.is_whitespace())?;
    if s[a] != '（' {
        return None;
    }
    let mut j = a + 1;
    while j < s.len() && s[j].is_ascii_digit() {
        j += 1;
    }
    (j > a + 1 && s.get(j) == Some(&'）')).then_some(j + 1)
}
