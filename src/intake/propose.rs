//! Reading one sentence of a plan: which of its quantities are targets, of
//! which kind, and which of its clauses are one-off commitments.

use std::ops::Range;

use chrono::NaiveDate;

use super::asides::aside;
use super::clause::{bare_cadence, cadence_list, dated_parts, milestone};
use super::counts::{bare_lead, count_kind, noun_floor, per_person, period_in};
use super::level::{amount_level, describes_project, is_share, stock_level, COUNT_VERBS};
use super::lexicon::{has_word, is_han, starts_with, word_at, LEVEL_ENDINGS};
use super::pairs::{list_names, name_of, subjects};
use super::rates::{level_start, level_words, percent_kind};
use super::scan::{scan, Mention};
use super::subject::{done_to_each, lacks_subject, shared_rate, subject_of, title_of};
use super::tallies::{announces_list, breaks_down, place_or_gain};
use super::text::clauses;
use super::{kinds, Note};
use crate::plan::{Direction, TargetKind};

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
    /// The names of a list of rates paired by 分别, for a next sentence
    /// that names none (…；2020年分别达到98%、…).
    pub listed: Option<Vec<String>>,
}

/// Reads the sentence `s` of a plan whose period ends on `period_end`;
/// `due` is a deadline an earlier part of the same sentence gave (到年底前，
/// A；B；C。 — the deadline holds until the 。). In a list of projects
/// (`projects`: 民生实事) every commitment is one for the period, dated or
/// not (完成…工程对外开放). `group_in` is the group whose each member the
/// sentence before named (要求每位教师…): a figure that opens this sentence
/// with no subject of its own (每周至少1篇) is each member's.
pub(crate) fn read(
    s: &[char],
    period_end: NaiveDate,
    due: Option<NaiveDate>,
    projects: bool,
    group_in: Option<String>,
    carried: Option<&[String]>,
) -> Reading {
    let year = chrono::Datelike::year(&period_end);
    let sc = scan(s, year);
    let mut found = Vec::new();
    let mut horizons = Vec::new();
    let mut due = due;
    // Whether a clause before, in this sentence, was a milestone by the
    // date it stated itself: the clauses after it that state none are its
    // details (4月开展…月，组织…), not milestones of that date.
    let mut dated_before = false;
    let mut pace = Pace::default();
    let mut listed = None;
    let all = clauses(s);
    for (k, c) in all.iter().cloned().enumerate() {
        horizons.resize(found.len(), due);
        // A和B…实现“双倍增”，分别超过…: the clause names the subjects of the
        // figures that follow, it is not a commitment of its own.
        let names_pair = all
            .get(k + 1)
            .is_some_and(|n| starts_with(s, n.start, "分别"));
        let own = sc
            .deadlines
            .iter()
            .find(|d| c.start <= d.start && d.start < c.end);
        if let Some(d) = own {
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
        let group = match k.checked_sub(1) {
            Some(p) => per_person(s, &all[p], all[p].end).or_else(|| pace.group.clone()),
            None => group_in.clone(),
        };
        let named = list_names(s, &c, carried);
        let list = named.as_ref().map(|(at, l)| (*at, l.as_slice()));
        read_quantities(s, &c, &ms, due, (group.clone(), list), &mut found);
        listed = named.map(|(_, l)| l).or(listed);
        // 每周至少1篇，每学期不少于15篇: two bare clauses of one measure, a
        // shorter period's pace and a longer one's total; the total is the
        // target, the pace its rhythm.
        // 每个党员干部每周自学…不少于两小时，每年不少于80小时: the pace may
        // have a subject of its own; the total, bare, takes its title.
        let bare = ms.first().and_then(|m| bare_lead(s, c.start, m.start));
        let period = bare.or_else(|| ms.first().and_then(|m| period_in(s, c.start, m.start)));
        let here = (found.len() == before + 1).then(|| found[before].unit.clone());
        if let (Some(per_year), Some(unit)) = (period, here.clone()) {
            if let Some((at, earlier, u, own)) = pace.last.take().filter(|_| bare.is_some()) {
                if u == unit && earlier > per_year && at + 1 == before {
                    let pace_title = found.remove(at).title;
                    horizons.remove(at);
                    if own {
                        found[at].title = format!("{pace_title}，{}", found[at].title);
                    }
                }
            }
            pace.last = Some((found.len() - 1, per_year, unit, bare.is_none()));
        } else {
            pace.last = None;
        }
        pace.group = group.filter(|_| bare.is_some());
        if found.len() > before {
            // 全乡农村经济总收入完成5.6亿元，同比增长10%: a growth, length or
            // sum with no subject of its own is the clause before's.
            let subject = k
                .checked_sub(1)
                .filter(|_| lacks_subject(s, &c, &ms))
                .and_then(|p| subject_of(s, &all[p], &sc.mentions));
            if let Some(subject) = subject {
                for f in &mut found[before..] {
                    f.title = format!("{subject}{}", f.title);
                }
            }
            continue;
        }
        let list = cadence_list(s, &c);
        if !list.is_empty() {
            for (r, every) in list {
                let (title, span) = title_of(s, r);
                found.push(Found {
                    title,
                    kind: kinds::cadence(every, 1),
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
                kind: kinds::cadence(every, 1),
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
                    kind: kinds::milestone(date),
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
        let dated = (due.is_some() && (own.is_some() || !dated_before)) || projects;
        let found_here = milestone(s, &c, dated).or_else(|| {
            projects
                .then(|| super::projects::carried_out(s, &c))
                .flatten()
        });
        // 第一中学创建为四星级高中，实现高品质高中全覆盖: in a list of
        // projects, what a commitment achieves (实现…) is its result.
        let result = projects
            && found
                .last()
                .is_some_and(|f| matches!(f.kind, TargetKind::Milestone { .. }))
            && {
                let a = (c.start..c.end).find(|&i| is_han(s[i])).unwrap_or(c.start);
                starts_with(s, a, "实现")
            };
        if let Some(r) = found_here.filter(|_| !names_pair && !rest && !result) {
            dated_before |= own.is_some();
            let (title, span) = title_of(s, r);
            let mut notes = Vec::new();
            let date = due.unwrap_or_else(|| {
                notes.push(Note::DueAtPeriodEnd);
                period_end
            });
            found.push(Found {
                title,
                kind: kinds::milestone(date),
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
        listed,
    }
}

/// The last bare clause of a sentence (每周至少1篇): its proposal's place,
/// how many of its period fall in a year and its measure; and the group a
/// bare clause carried on (每位教师…，每周至少1篇，每学期不少于15篇).
#[derive(Default)]
struct Pace {
    /// The last figure of a clause with a period: its index, how many of
    /// the period fall in a year, its unit, and whether its clause had a
    /// subject of its own.
    last: Option<(usize, u32, String, bool)>,
    group: Option<String>,
}

/// The targets of the quantities `ms` of clause `c`.
fn read_quantities(
    s: &[char],
    c: &Range<usize>,
    ms: &[&Mention],
    due: Option<NaiveDate>,
    (group_before, named): (Option<String>, Option<(usize, &[String])>),
    found: &mut Vec<Found>,
) {
    // 十件民生实事, 四项任务: the size of a list, not a count; 5000万元
    // 以上的项目: a figure that qualifies a noun. Neither is a quantity.
    let ms: Vec<&Mention> = ms
        .iter()
        .copied()
        .filter(|m| {
            !announces_list(s, m)
                && !aside(s, c, m)
                && (m.percent() || s.get(m.end) != Some(&'的') || done_to_each(s, c, m))
        })
        // 全年…20次（含讲座）即一月不少于两次: 即 restates the figure before.
        .filter(|m| !(c.start..m.start).any(|i| s[i] == '即'))
        // （含25个子项目）: a total broken down; 在17个乡镇, 惠及…: where, for whom.
        .filter(|m| !breaks_down(s, m) && !place_or_gain(s, c.start, m))
        // 总投资2亿元, 占地3000亩: the size of a project named, not a target.
        .filter(|m| !describes_project(s, c.start, m))
        .collect();
    // 12月龄儿童…接种率达95%, 首针24小时及时接种率达90%: a figure inside the
    // subject of a rate that a percentage follows qualifies the rate.
    let ms: Vec<&Mention> = ms
        .iter()
        .copied()
        .filter(|m| {
            m.percent()
                || !ms.iter().any(|p| {
                    p.percent()
                        && p.start > m.end
                        && level_words(s, m.end, p.start)
                            .iter()
                            .any(|&e| is_share(s, e))
                })
        })
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
    // 城乡居民人均可支配收入分别增长7%、8%: each rate its own subject.
    let rate_pairs = (c.start..c.end)
        .find(|&i| starts_with(s, i, "分别"))
        .filter(|_| !respectively && percents.len() >= 2)
        .and_then(|at| Some((at, subjects(s, at, percents.len())?)));
    let mut ci = 0;
    let mut seg_start = c.start;
    let mut pi = 0;
    for (k, m) in ms.iter().enumerate() {
        // A segment ends at the 、 after this quantity, or the clause end.
        let next = ms.get(k + 1).map_or(c.end, |n| n.start);
        // A segment ends at the 、 (or 和, 及) before the next quantity, or
        // at the clause's end after the last.
        // 建设160个具有A、B等功能的驿站: the 、 of a list inside a
        // modifier (…等…的) does not end the segment.
        let modifier = has_word(s, m.end, next, &["等"])
            && (m.end..next).any(|i| s[i] == '的' && (m.end..i).any(|k| s[k] == '等'));
        let seg_end = if k + 1 == ms.len() {
            (m.end..next)
                .find(|&i| s[i] == '、')
                .filter(|_| !modifier)
                .unwrap_or(c.end)
        } else {
            (m.end..next)
                .find(|&i| s[i] == '、')
                .or_else(|| {
                    (m.end..next)
                        .rev()
                        .find(|&i| matches!(s[i], '和' | '及' | '与'))
                })
                // 进入300个社区开展活动600场: the first figure's noun runs to
                // the verb of the second.
                .or_else(|| {
                    let article = m.value.chinese && m.value.whole() == Some(1);
                    let noun = s
                        .get(m.end)
                        .is_some_and(|&x| is_han(x) && !"并和及与且再".contains(x));
                    (noun && !article)
                        .then(|| (m.end + 1..next).find(|&i| word_at(s, i, COUNT_VERBS).is_some()))
                        .flatten()
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

        let mut shared = None;
        let (mut title, mut span) = title_of(s, seg.clone());
        let (kind, notes, group, unit) = if m.percent() {
            let level = if respectively {
                levels.get(pi).copied()
            } else {
                levels.iter().rev().find(|&&e| e <= m.start).copied()
            };
            if !respectively {
                shared = level;
            }
            // 义务教育巩固率和高中阶段教育毛入学率分别达到…: each its own name.
            if let Some((at, name)) = named.and_then(|l| Some((l.0, name_of(s, l, m.start)?))) {
                let first = percents.first().map_or(m.start, |f| f.start);
                let verb: String = s[at + 2..first].iter().collect();
                title = format!(
                    "{name}{verb}{}",
                    s[m.start..m.end].iter().collect::<String>()
                );
                span = m.start..m.end;
            } else if respectively {
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
            } else if let Some((at, names)) = &rate_pairs {
                let first = percents.first().map_or(m.start, |f| f.start);
                let verb: String = s[at + 2..first].iter().collect();
                let figure: String = s[m.start..m.end].iter().collect();
                title = format!("{}{verb}{figure}", names[pi]);
                span = m.start..m.end;
            }
            pi += 1;
            let Some(kind) = percent_kind(s, c, m, level) else {
                continue;
            };
            let notes = if kinds::is_improvement(&kind) {
                vec![Note::BaselineNeeded]
            } else {
                Vec::new()
            };
            (kind, notes, String::new(), m.measure.clone())
        } else {
            // 分别超过90家和870家: the figure after 和 is read as the one before.
            let joined = m.start > c.start && matches!(s[m.start - 1], '和' | '、' | '及');
            let after_level = found
                .last()
                .is_some_and(|f| f.span.end <= m.start && kinds::is_threshold(&f.kind));
            let level = amount_level(s, c, m)
                .or_else(|| stock_level(s, c, m))
                .or_else(|| {
                    (joined && after_level)
                        .then(|| kinds::threshold(m.value.value, Direction::AtLeast))
                });
            let Some((mut kind, notes, mut group)) = level
                .map(|k| (k, Vec::new(), String::new()))
                .or_else(|| count_kind(s, c, m))
            else {
                continue;
            };
            let opens = bare_lead(s, c.start, m.start).is_some() || noun_floor(s, c.start, m.start);
            if let (true, Some(g), Some(target)) = (opens, &group_before, kinds::count_of(&kind)) {
                kind = kinds::per_person(target);
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
        let cumulative = kinds::is_tally(&kind);
        // 建卡、建证率均要求达98%以上: the rate's words joined by 、 share its
        // figure, one target each.
        let names = shared.and_then(|e| shared_rate(s, span.start.max(c.start), e));
        let Some(names) = names else {
            found.push(Found {
                title,
                kind,
                unit,
                due: if cumulative { due } else { None },
                group,
                span,
                notes,
            });
            continue;
        };
        let e = shared.unwrap_or(m.start);
        let ending = s[e - 1];
        let prefix: String = s[span.start..names[0].start].iter().collect();
        let tail: String = s[e..m.end].iter().collect();
        for (i, r) in names.iter().enumerate() {
            let name: String = s[r.clone()].iter().collect();
            let own_end = i + 1 == names.len() || LEVEL_ENDINGS.contains(&s[r.end - 1]);
            let end = if own_end {
                String::new()
            } else {
                ending.to_string()
            };
            found.push(Found {
                title: format!("{prefix}{name}{end}{tail}"),
                kind: kind.clone(),
                unit: unit.clone(),
                due: None,
                group: group.clone(),
                span: r.start..m.end,
                notes: notes.clone(),
            });
        }
    }
}
