//! Reading one sentence of a plan: which of its quantities are targets, of
//! which kind, and which of its clauses are one-off commitments.

use std::ops::Range;

use chrono::NaiveDate;

use super::clause::{bare_cadence, cadence_list, dated_parts, milestone};
use super::counts::{count_kind, per_person};
use super::level::{is_share, stock_level, verb_is_noun};
use super::lexicon::{
    has_word, is_han, last_word, starts_with, word_at, AT_MOST, LEVEL_ENDINGS, LOWER_VERBS,
    RAISE_VERBS, RATIOS, TITLE_LEADS,
};
use super::news::announces_list;
use super::pairs::subjects;
use super::scan::{scan, Mention};
use super::text::clauses;
use super::Note;
use crate::fixed::Fixed;
use crate::plan::{Better, Direction, TargetKind};

/// A target read from a sentence, before it is placed in a section.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    pub title: String,
    pub kind: TargetKind,
    pub unit: String,
    pub due: Option<NaiveDate>,
    pub group: String,
    /// The phrase that produced it (chars of the sentence).
    pub span: Range<usize>,
    pub notes: Vec<Note>,
}

/// What one sentence gives.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reading {
    pub found: Vec<Found>,
    /// Whether it has a number at all (for the unmatched list).
    pub has_number: bool,
    /// The deadline in force at its end.
    pub due: Option<NaiveDate>,
    /// Per found target, the deadline in force in its clause (到2025年,
    /// 到2027年: each target its own horizon).
    pub horizons: Vec<Option<NaiveDate>>,
}

/// The text of `s[r]`, with leading connectives and a trailing 等 dropped;
/// returns the text and the range it covers.
fn title_of(s: &[char], r: Range<usize>) -> (String, Range<usize>) {
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
    // 除A项目在6月前完成…外: A's own commitment, without the frame.
    if b > a + 2 && s[a] == '除' && is_han(s[a + 1]) {
        a += 1;
    }
    if b > a + 2 && s[b - 1] == '外' && s[b - 2] == '成' {
        b -= 1;
    }
    (s[a..b].iter().collect(), a..b)
}

/// The ratio word ending at `end` (exclusive) and its counts.
fn ratio_ending(s: &[char], end: usize) -> Option<(usize, &'static str, &'static str)> {
    RATIOS.iter().find_map(|(w, num, den)| {
        let n = w.chars().count();
        (end >= n && starts_with(s, end - n, w)).then(|| (end - n, *num, *den))
    })
}

/// Positions (exclusive ends) of level words (覆盖率, 满意度, 占比) in
/// `s[from..to]`.
fn level_words(s: &[char], from: usize, to: usize) -> Vec<usize> {
    (from..to)
        .filter(|&i| LEVEL_ENDINGS.contains(&s[i]) && i > from && is_han(s[i - 1]))
        .filter(|&i| s[i] != '度' || ratio_ending(s, i + 1).is_some())
        .filter(|&i| s[i] != '比' || s[i - 1] == '占')
        .filter(|&i| s[i] != '重' || s[i - 1] == '比')
        .map(|i| i + 1)
        .collect()
}

/// Where the level word ending at `e` starts: a known rate word exactly,
/// else at most four characters back, never before `floor` or a 、.
fn level_start(s: &[char], e: usize, floor: usize) -> usize {
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
fn percent_kind(
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
        if !to_level && share.is_some() && after_share {
            return None;
        }
        if !to_level && share.is_none() {
            return Some(TargetKind::Improvement {
                baseline: Fixed::from_int(100),
                percent: line,
                better: if higher {
                    Better::Higher
                } else {
                    Better::Lower
                },
            });
        }
    }
    if let Some((_, num, den)) = level.and_then(|e| ratio_ending(s, e)) {
        return Some(TargetKind::Ratio {
            line,
            numerator: num.to_string(),
            denominator: den.to_string(),
        });
    }
    Some(TargetKind::Threshold {
        line,
        direction: direction(s, c.start, m),
    })
}

fn direction(s: &[char], from: usize, m: &Mention) -> Direction {
    let near = m.start.saturating_sub(8).max(from);
    if has_word(s, near, m.end, AT_MOST) {
        Direction::AtMost
    } else {
        Direction::AtLeast
    }
}

/// Reads the sentence `s` of a plan whose period ends on `period_end`;
/// `due` is a deadline an earlier part of the same sentence gave (到年底前，
/// A；B；C。 — the deadline holds until the 。). In a list of projects
/// (`projects`: 民生实事) every commitment is one for the period, dated or
/// not (完成…工程对外开放).
pub(crate) fn read(
    s: &[char],
    period_end: NaiveDate,
    due: Option<NaiveDate>,
    projects: bool,
) -> Reading {
    let year = chrono::Datelike::year(&period_end);
    let sc = scan(s, year);
    let mut found = Vec::new();
    let mut horizons = Vec::new();
    let mut due = due;
    let all = clauses(s);
    for (k, c) in all.iter().cloned().enumerate() {
        horizons.resize(found.len(), due);
        // A和B…实现“双倍增”，分别超过…: the clause names the subjects of the
        // figures that follow, it is not a commitment of its own.
        let names_pair = all
            .get(k + 1)
            .is_some_and(|n| starts_with(s, n.start, "分别"));
        if let Some(d) = sc
            .deadlines
            .iter()
            .find(|d| c.start <= d.start && d.start < c.end)
        {
            due = Some(d.date);
        }
        let ms: Vec<&Mention> = sc
            .mentions
            .iter()
            .filter(|m| c.start <= m.start && m.start < c.end)
            .collect();
        let before = found.len();
        // 成员一年必须完成…，2篇学习体会: a figure that opens its clause
        // belongs to the person of the clause before.
        let group = k
            .checked_sub(1)
            .and_then(|p| all.get(p))
            .and_then(|p| per_person(s, p, p.end));
        read_quantities(s, &c, &ms, due, group, &mut found);
        if found.len() > before {
            continue;
        }
        let list = cadence_list(s, &c);
        if !list.is_empty() {
            for (r, every) in list {
                let (title, span) = title_of(s, r);
                found.push(Found {
                    title,
                    kind: TargetKind::Cadence { every, at_least: 1 },
                    unit: "次".into(),
                    due: None,
                    group: String::new(),
                    span,
                    notes: Vec::new(),
                });
            }
            continue;
        }
        if let Some((r, every)) = bare_cadence(s, &c) {
            let (title, span) = title_of(s, r);
            found.push(Found {
                title,
                kind: TargetKind::Cadence { every, at_least: 1 },
                unit: "次".into(),
                due: None,
                group: String::new(),
                span,
                notes: Vec::new(),
            });
            continue;
        }
        // Several dated deliverables in one clause, 、 between them
        // (A明年7月份建成、B明年11月份建成): one milestone each.
        if let Some(each) = dated_parts(s, &c, &sc.deadlines) {
            for (r, date) in each {
                let (title, span) = title_of(s, r);
                found.push(Found {
                    title,
                    kind: TargetKind::Milestone { due: date },
                    unit: String::new(),
                    due: None,
                    group: String::new(),
                    span,
                    notes: Vec::new(),
                });
            }
            continue;
        }
        // 其余项目均在12月完成: the date of the rest of a list, not a target.
        let rest = {
            let a = (c.start..c.end).find(|&i| is_han(s[i])).unwrap_or(c.start);
            has_word(s, a, (a + 2).min(c.end), &["其余", "其他", "其它", "剩余"])
        };
        if let Some(r) =
            milestone(s, &c, due.is_some() || projects).filter(|_| !names_pair && !rest)
        {
            let (title, span) = title_of(s, r);
            let mut notes = Vec::new();
            let date = due.unwrap_or_else(|| {
                notes.push(Note::DueAtPeriodEnd);
                period_end
            });
            found.push(Found {
                title,
                kind: TargetKind::Milestone { due: date },
                unit: String::new(),
                due: None,
                group: String::new(),
                span,
                notes,
            });
        }
    }
    horizons.resize(found.len(), due);
    Reading {
        found,
        has_number: sc.has_number,
        due,
        horizons,
    }
}

/// The targets of the quantities `ms` of clause `c`.
fn read_quantities(
    s: &[char],
    c: &Range<usize>,
    ms: &[&Mention],
    due: Option<NaiveDate>,
    group_before: Option<String>,
    found: &mut Vec<Found>,
) {
    // 十件民生实事, 四项任务: the size of a list, not a count; 5000万元
    // 以上的项目: a figure that qualifies a noun. Neither is a quantity.
    let ms: Vec<&Mention> = ms
        .iter()
        .copied()
        .filter(|m| !announces_list(s, m) && (m.percent() || s.get(m.end) != Some(&'的')))
        // 全年…20次（含讲座）即一月不少于两次: 即 restates the figure before.
        .filter(|m| !(c.start..m.start).any(|i| s[i] == '即'))
        .collect();
    let ms = &ms[..];
    let percents: Vec<&&Mention> = ms.iter().filter(|m| m.percent()).collect();
    let levels = level_words(s, c.start, percents.first().map_or(c.start, |m| m.start));
    // 办结率、满意率分别达95%、90%以上: pair the words with the figures.
    let respectively = has_word(s, c.start, c.end, &["分别"]) && levels.len() == percents.len();
    let subject_end = levels
        .first()
        .map(|&e| level_start(s, e, c.start))
        .unwrap_or(c.start);
    // A和B…分别超过90家和870家: each count or level its own subject.
    let counts: Vec<&&Mention> = ms.iter().filter(|m| !m.percent()).collect();
    let pairs = (c.start..c.end)
        .find(|&i| starts_with(s, i, "分别"))
        .filter(|_| counts.len() >= 2)
        .and_then(|at| Some((at, subjects(s, at, counts.len())?)));
    let mut ci = 0;
    let mut seg_start = c.start;
    let mut pi = 0;
    for (k, m) in ms.iter().enumerate() {
        // A segment ends at the 、 after this quantity, or the clause end.
        let next = ms.get(k + 1).map_or(c.end, |n| n.start);
        // A segment ends at the 、 (or 和, 及) before the next quantity, or
        // at the clause's end after the last.
        let seg_end = if k + 1 == ms.len() {
            (m.end..next).find(|&i| s[i] == '、').unwrap_or(c.end)
        } else {
            (m.end..next)
                .find(|&i| s[i] == '、')
                .or_else(|| {
                    (m.end..next)
                        .rev()
                        .find(|&i| matches!(s[i], '和' | '及' | '与'))
                })
                .unwrap_or(m.end)
        };
        let seg = seg_start..seg_end.max(m.end);
        seg_start = match s.get(seg_end) {
            Some('、' | '和' | '及' | '与') => seg_end + 1,
            _ => seg_end,
        };
        // 每次活动应有一、二个重点: a rule for each occasion, not a target.
        if has_word(s, c.start, m.start, &["每次", "每场", "每期"]) {
            continue;
        }

        let (mut title, mut span) = title_of(s, seg.clone());
        let (kind, notes, group, unit) = if m.percent() {
            let level = if respectively {
                levels.get(pi).copied()
            } else {
                levels.iter().rev().find(|&&e| e <= m.start).copied()
            };
            if respectively {
                let word_start = level
                    .map(|e| level_start(s, e, subject_end))
                    .unwrap_or(m.start);
                let subject: String = title_of(s, c.start..subject_end).0;
                let word: String = s[word_start..level.unwrap_or(word_start)].iter().collect();
                let figure: String = s[m.start..m.end].iter().collect();
                let last_says_above = ms.last().is_some_and(|l| {
                    s[l.start..l.end]
                        .iter()
                        .collect::<String>()
                        .ends_with("以上")
                });
                let tail = if !figure.ends_with("以上") && last_says_above {
                    "以上"
                } else {
                    ""
                };
                title = format!("{subject}{word}达{figure}{tail}");
                span = word_start..m.end;
            }
            pi += 1;
            let Some(kind) = percent_kind(s, c, m, level) else {
                continue;
            };
            let notes = match kind {
                TargetKind::Improvement { .. } => vec![Note::BaselineNeeded],
                _ => Vec::new(),
            };
            (kind, notes, String::new(), "%".to_string())
        } else {
            // 分别超过90家和870家: the figure after 和 is read as the one before.
            let joined = m.start > c.start && matches!(s[m.start - 1], '和' | '、' | '及');
            let after_level = found.last().is_some_and(|f| {
                f.span.end <= m.start && matches!(f.kind, TargetKind::Threshold { .. })
            });
            let level = stock_level(s, c, m).or_else(|| {
                (joined && after_level).then_some(TargetKind::Threshold {
                    line: m.value.value,
                    direction: Direction::AtLeast,
                })
            });
            let Some((mut kind, notes, mut group)) = level
                .map(|k| (k, Vec::new(), String::new()))
                .or_else(|| count_kind(s, c, m))
            else {
                continue;
            };
            let opens = (c.start..m.start).all(|i| !is_han(s[i]));
            if let (true, Some(g), TargetKind::Count { target }) = (opens, &group_before, &kind) {
                kind = TargetKind::PerPerson {
                    each: *target,
                    roster: Vec::new(),
                };
                group = g.clone();
            }
            if let Some((at, names)) = &pairs {
                let first = counts.first().map_or(m.start, |f| f.start);
                let verb: String = s[at + 2..first].iter().collect();
                let figure: String = s[m.start..m.end].iter().collect();
                title = format!("{}{verb}{figure}", names[ci]);
                span = m.start..m.end;
            }
            ci += 1;
            let unit = m.measure.trim_start_matches('个').to_string();
            let unit = if unit.is_empty() {
                m.measure.clone()
            } else {
                unit
            };
            (kind, notes, group, unit)
        };
        let cumulative = matches!(
            kind,
            TargetKind::Count { .. } | TargetKind::Range { .. } | TargetKind::PerPerson { .. }
        );
        found.push(Found {
            title,
            kind,
            unit,
            due: if cumulative { due } else { None },
            group,
            span,
            notes,
        });
    }
}
