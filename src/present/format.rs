//! Wording of dates, numbers and figures in the user's language.

use chrono::{Datelike, NaiveDate};

use crate::engine::{Detail, Measure, PeriodState, Status, TargetProgress};
use crate::fixed::Fixed;
use crate::frac::Frac;
use crate::i18n::Lang;

/// Templates and dates in words, kept with the words (`i18n::text`) so that
/// the rules, below this module, can use them too.
pub use crate::i18n::text::{fill, fmt_date, iso_date};
use crate::period::Period;
use crate::plan::{Cadence, Direction, Target, TargetKind};

/// How many missed periods are named one by one before the list is
/// summarised: a weekly cadence can miss fifty weeks, and a line naming every
/// one of them is unreadable.
pub const MISSED_LISTED: usize = 4;

/// Missed periods in words: all of them when few ("2026年3月、2026年6月"),
/// else how many and the latest three ("共47个周期，最近：…").
pub fn missed_periods_text(periods: &[Period], lang: Lang) -> String {
    let m = crate::i18n::target::msgs(lang);
    let label = |p: &Period| match lang {
        Lang::Zh => p.label_zh(),
        Lang::En => p.label_en(),
    };
    if periods.len() <= MISSED_LISTED {
        return periods
            .iter()
            .map(label)
            .collect::<Vec<_>>()
            .join(m.list_sep);
    }
    let latest: Vec<String> = periods[periods.len() - 3..].iter().map(label).collect();
    fill(
        m.missed_many,
        &[&periods.len().to_string(), &latest.join(m.list_sep)],
    )
}

/// A date within a known year, for dense tables: "11月27日" / "11-27".
pub fn fmt_date_short(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}月{}日", date.month(), date.day()),
        Lang::En => format!("{:02}-{:02}", date.month(), date.day()),
    }
}

/// Parses a date as `<input type="date">` gives it ("2026-11-27").
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// A fraction of 1 as a percentage with one decimal: "49.9%".
pub fn fmt_percent(f: Frac) -> String {
    format!("{}%", f.percent_1dp())
}

/// A number followed by its unit: "6 次", but "90%" with no space.
pub fn with_unit(number: &str, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() {
        number.to_string()
    } else if unit == "%" || unit == "％" {
        format!("{number}%")
    } else {
        format!("{number} {unit}")
    }
}

/// A figure from the engine with its unit; "—" when there is none.
pub fn fmt_measure(m: Measure, unit: &str) -> String {
    match m {
        Measure::Count(n) => with_unit(&n.to_string(), unit),
        Measure::Value(v) => with_unit(&v.to_string(), unit),
        Measure::Percent(f) => fmt_percent(f),
        Measure::None => "—".to_string(),
    }
}

/// The status word: 完成, 正常, 滞后… / Done, On track, Behind…
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => status.label_zh(),
        Lang::En => status.label_en(),
    }
}

/// The status word as it reads inside a sentence (lower case in English).
fn status_in_sentence(status: Status, lang: Lang) -> String {
    match lang {
        Lang::Zh => status.label_zh().to_string(),
        Lang::En => status.label_en().to_lowercase(),
    }
}

/// The name of a kind of target: 数量, 区间, 每人… / Count, Range…
pub fn kind_name(kind: &TargetKind, lang: Lang) -> &'static str {
    crate::plan::kind::of(kind).name(lang)
}

/// 每周, 每月, 每季度, 每年 / weekly, monthly…
pub fn cadence_name(cadence: Cadence, lang: Lang) -> &'static str {
    let i = match cadence {
        Cadence::Week => 0,
        Cadence::Month => 1,
        Cadence::Quarter => 2,
        Cadence::Year => 3,
    };
    crate::i18n::target::msgs(lang).cadences[i]
}

/// Splits a typed list of names on 、，, ; and spaces, dropping blanks and
/// repeats, keeping the order typed.
pub fn parse_people(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in
        text.split(|c: char| matches!(c, '、' | '，' | ',' | ';' | '；') || c.is_whitespace())
    {
        let name = name.trim();
        if !name.is_empty() && !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    }
    out
}

fn line_text(line: Fixed, direction: Direction, unit: &str) -> String {
    let sign = match direction {
        Direction::AtLeast => "≥",
        Direction::AtMost => "≤",
    };
    format!("{sign} {}", with_unit(&line.to_string(), unit))
}

/// The figures of one target and the rule that judged them, in one
/// sentence: "已完成 3 次 / 6 次，完成率 50.0%，序时进度 49.9%，正常".
pub fn figure_sentence(target: &Target, p: &TargetProgress, lang: Lang) -> String {
    let m = crate::i18n::target::msgs(lang);
    let status = &status_in_sentence(p.status, lang);
    let unit = target.unit.as_str();
    let count = |n: u64| with_unit(&n.to_string(), unit);
    let measure_count = |x: Measure| match x {
        Measure::Count(n) => n,
        _ => 0,
    };
    let tp = fmt_percent(p.time_progress);
    match &target.kind {
        TargetKind::Count { target: goal } => fill(
            m.fig_count,
            &[
                &count(measure_count(p.actual)),
                &count(u64::from(*goal)),
                &fmt_percent(p.raw_completion),
                &tp,
                status,
            ],
        ),
        TargetKind::Range { min, max } => {
            let mut s = fill(
                m.fig_range,
                &[
                    &with_unit(&measure_count(p.actual).to_string(), ""),
                    &min.to_string(),
                    &count(u64::from(*max)),
                    &fmt_percent(p.raw_completion),
                    &tp,
                    status,
                ],
            );
            if p.over_plan {
                s.push_str(m.fig_over_plan);
            }
            s
        }
        TargetKind::PerPerson { each, roster } => {
            let (met, n) = match &p.detail {
                Detail::PerPerson(t) => (t.iter().filter(|x| x.met).count(), t.len()),
                _ => (0, roster.len()),
            };
            fill(
                m.fig_per_person,
                &[
                    &met.to_string(),
                    &n.to_string(),
                    &count(u64::from(*each)),
                    &fmt_percent(p.completion),
                    &tp,
                    status,
                ],
            )
        }
        TargetKind::Cadence { every, at_least } => {
            let (met, n, missed) = match &p.detail {
                Detail::Cadence(t) => (
                    t.iter().filter(|x| x.state == PeriodState::Met).count(),
                    t.len(),
                    p.missed_periods(),
                ),
                _ => (0, 0, Vec::new()),
            };
            let missed = if missed.is_empty() {
                String::new()
            } else {
                fill(m.fig_missed_periods, &[&missed_periods_text(&missed, lang)])
            };
            fill(
                m.fig_cadence,
                &[
                    &met.to_string(),
                    &n.to_string(),
                    cadence_name(*every, lang),
                    &count(u64::from(*at_least)),
                    &fmt_percent(p.completion),
                    &missed,
                    status,
                ],
            )
        }
        TargetKind::Threshold { line, direction } => {
            let line = line_text(*line, *direction, unit);
            match &p.detail {
                Detail::Measured {
                    latest: Some(v),
                    latest_on: Some(d),
                    ..
                } => fill(
                    m.fig_threshold,
                    &[
                        &with_unit(&v.to_string(), unit),
                        &fmt_date(*d, lang),
                        &line,
                        status,
                    ],
                ),
                _ => fill(m.fig_no_reading, &[&line, status]),
            }
        }
        TargetKind::Ratio {
            line,
            numerator,
            denominator,
        } => {
            let line_pct = with_unit(&line.to_string(), "%");
            match &p.detail {
                Detail::Measured {
                    sums: Some((num, den)),
                    ..
                } if *den > 0 => fill(
                    m.fig_ratio,
                    &[
                        numerator,
                        &num.to_string(),
                        denominator,
                        &den.to_string(),
                        &fmt_percent(Frac::new(u128::from(*num), u128::from(*den))),
                        &line_pct,
                        status,
                    ],
                ),
                _ => fill(m.fig_no_reading, &[&format!("≥ {line_pct}"), status]),
            }
        }
        TargetKind::Improvement {
            baseline, percent, ..
        } => {
            let goal = fill(m.improve_goal, &[&with_unit(&percent.to_string(), "%")]);
            match &p.detail {
                Detail::Measured {
                    latest: Some(v),
                    latest_on: Some(d),
                    ..
                } => {
                    let achieved = match p.actual {
                        Measure::Percent(f) => fmt_percent(f),
                        other => fmt_measure(other, "%"),
                    };
                    fill(
                        m.fig_improvement,
                        &[
                            &with_unit(&baseline.to_string(), unit),
                            &with_unit(&v.to_string(), unit),
                            &fmt_date(*d, lang),
                            &achieved,
                            &goal,
                            status,
                        ],
                    )
                }
                _ => fill(m.fig_no_reading, &[&goal, status]),
            }
        }
        TargetKind::Milestone { due } => match &p.detail {
            Detail::Milestone {
                done_on: Some(d), ..
            } => fill(
                m.fig_milestone_done,
                &[&fmt_date(*d, lang), &fmt_date(*due, lang), status],
            ),
            _ => fill(m.fig_milestone_open, &[&fmt_date(*due, lang), status]),
        },
    }
}

/// The figure in a few characters, for the dashboard's rows: "3 / 6 次",
/// "4 / 12 个月", "94.5%（≥ 95%）", "截止 6月30日".
pub fn short_figure(target: &Target, p: &TargetProgress, lang: Lang) -> String {
    let m = crate::i18n::target::msgs(lang);
    let unit = target.unit.as_str();
    let n = |x: Measure| match x {
        Measure::Count(n) => n,
        _ => 0,
    };
    match &target.kind {
        TargetKind::Count { target: goal } => with_unit(&format!("{} / {goal}", n(p.actual)), unit),
        TargetKind::Range { min, max } => {
            with_unit(&format!("{} / {min}–{max}", n(p.actual)), unit)
        }
        TargetKind::PerPerson { roster, .. } => {
            let (met, all) = match &p.detail {
                Detail::PerPerson(t) => (t.iter().filter(|x| x.met).count(), t.len()),
                _ => (0, roster.len()),
            };
            fill(m.short_people, &[&met.to_string(), &all.to_string()])
        }
        TargetKind::Cadence { every, .. } => {
            let (met, all) = match &p.detail {
                Detail::Cadence(t) => (
                    t.iter().filter(|x| x.state == PeriodState::Met).count(),
                    t.len(),
                ),
                _ => (0, 0),
            };
            let i = match every {
                Cadence::Week => 0,
                Cadence::Month => 1,
                Cadence::Quarter => 2,
                Cadence::Year => 3,
            };
            format!("{met} / {all} {}", m.period_units[i])
        }
        TargetKind::Threshold { line, direction } => {
            let value = match &p.detail {
                Detail::Measured {
                    latest: Some(v), ..
                } => with_unit(&v.to_string(), unit),
                _ => "—".to_string(),
            };
            fill(
                m.short_measured,
                &[&value, &line_text(*line, *direction, unit)],
            )
        }
        TargetKind::Ratio { line, .. } => {
            let value = match &p.detail {
                Detail::Measured {
                    sums: Some((num, den)),
                    ..
                } if *den > 0 => fmt_percent(Frac::new(u128::from(*num), u128::from(*den))),
                _ => "—".to_string(),
            };
            let line = format!("≥ {}", with_unit(&line.to_string(), "%"));
            fill(m.short_measured, &[&value, &line])
        }
        TargetKind::Improvement { percent, .. } => {
            let value = match (&p.detail, p.actual) {
                (
                    Detail::Measured {
                        latest: Some(_), ..
                    },
                    Measure::Percent(f),
                ) => fmt_percent(f),
                _ => "—".to_string(),
            };
            let goal = fill(m.improve_goal, &[&with_unit(&percent.to_string(), "%")]);
            fill(m.short_measured, &[&value, &goal])
        }
        TargetKind::Milestone { due } => match &p.detail {
            Detail::Milestone {
                done_on: Some(d), ..
            } => fill(m.short_done_on, &[&fmt_date_short(*d, lang)]),
            _ => fill(m.short_due, &[&fmt_date_short(*due, lang)]),
        },
    }
}

/// Whether the 序时进度 marker means something on this target's bar: it
/// does for what accumulates over the period, not for a measured line or a
/// deadline.
pub fn shows_time_marker(kind: &TargetKind) -> bool {
    matches!(
        kind,
        TargetKind::Count { .. }
            | TargetKind::Range { .. }
            | TargetKind::PerPerson { .. }
            | TargetKind::Cadence { .. }
    )
}

/// What a target asks for, in words: "不少于 6 次", "每月至少 1 次",
/// "办结 ÷ 受理 ≥ 95%", "2026年6月30日前完成".
pub fn goal_text(target: &Target, lang: Lang) -> String {
    let m = crate::i18n::target::msgs(lang);
    let unit = target.unit.as_str();
    let count = |n: u32| with_unit(&n.to_string(), unit);
    match &target.kind {
        TargetKind::Count { target: n } => fill(m.goal_count, &[&count(*n)]),
        TargetKind::Range { min, max } => fill(m.goal_range, &[&min.to_string(), &count(*max)]),
        TargetKind::PerPerson { each, roster } => fill(
            m.goal_per_person,
            &[&count(*each), &roster.len().to_string()],
        ),
        TargetKind::Cadence { every, at_least } => fill(
            m.goal_cadence,
            &[cadence_name(*every, lang), &count(*at_least)],
        ),
        TargetKind::Threshold { line, direction } => line_text(*line, *direction, unit),
        TargetKind::Ratio {
            line,
            numerator,
            denominator,
        } => fill(
            m.goal_ratio,
            &[numerator, denominator, &with_unit(&line.to_string(), "%")],
        ),
        TargetKind::Improvement {
            baseline,
            percent,
            better,
        } => {
            let better = match better {
                crate::plan::Better::Higher => m.better[0],
                crate::plan::Better::Lower => m.better[1],
            };
            fill(
                m.goal_improvement,
                &[
                    &with_unit(&baseline.to_string(), unit),
                    &with_unit(&percent.to_string(), "%"),
                    better,
                ],
            )
        }
        TargetKind::Milestone { due } => fill(m.goal_milestone, &[&fmt_date(*due, lang)]),
    }
}
