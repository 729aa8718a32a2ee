//! The entries of "存在的问题" and the clauses of "下一步工作打算".

use super::{
    by_count, count_of, frac_gap, gap_words, line_frac, list_names, Item, Sentences, GROUP, LISTED,
};
use crate::engine::{Detail, Measure, PeriodState, Status};
use crate::fixed::Fixed;
use crate::plan::TargetKind;
use crate::report::words::{end_sentence, pct, period_word, periods_count, quoted, value};

impl<'a> Sentences<'_, 'a> {
    /// The entries of "二、存在的问题" (each to follow "一是"). Targets not
    /// begun at all, and targets without data, are named together when
    /// there are several, so that an early or empty ledger reads as one
    /// finding rather than a page of them.
    pub fn problems(&self, all: &[&Item<'a>]) -> Vec<String> {
        let not_begun = |i: &&&Item<'a>| {
            matches!(
                i.target.kind,
                TargetKind::Count { .. } | TargetKind::Range { .. } | TargetKind::PerPerson { .. }
            ) && matches!(i.figures.status, Status::Behind | Status::FarBehind)
                && count_of(&i.figures.actual) == 0
        };
        let no_data = |i: &&&Item<'a>| i.figures.status == Status::NoData;
        let begun: Vec<&&Item> = all.iter().filter(not_begun).collect();
        let empty: Vec<&&Item> = all.iter().filter(no_data).collect();
        let group_begun = begun.len() >= GROUP;
        let group_empty = empty.len() >= GROUP;
        let names = |list: &[&&Item]| -> String {
            let titles: Vec<String> = list.iter().map(|i| quoted(&i.target.title)).collect();
            if titles.len() <= LISTED {
                titles.concat()
            } else {
                format!("{}等", titles[..LISTED].concat())
            }
        };
        let mut out = Vec::new();
        if group_begun {
            out.push(format!(
                "{}{}项指标尚未开展，滞后于序时进度，需尽快启动、倒排工期。",
                names(&begun),
                begun.len()
            ));
        }
        for item in all {
            if (group_begun && not_begun(&item)) || (group_empty && no_data(&item)) {
                continue;
            }
            if let Some(p) = self.problem(item) {
                out.push(p);
            }
        }
        if group_empty {
            out.push(format!(
                "{}{}项指标尚未录入监测数据，无法评估进展。",
                names(&empty),
                empty.len()
            ));
        }
        out
    }

    /// The target's entry in "二、存在的问题" (after "一是"), if it has one.
    pub(super) fn problem(&self, item: &Item<'a>) -> Option<String> {
        let f = item.figures;
        let t = item.target;
        let q = quoted(&t.title);
        let u = t.unit.trim();
        let a = count_of(&f.actual);
        let rem = f.remaining.unwrap_or(0);
        let lag = match f.status {
            Status::Behind => "略滞后于序时进度",
            Status::FarBehind => "明显滞后于序时进度",
            _ => "",
        };
        let text = match (&t.kind, f.status) {
            (
                TargetKind::Count { .. } | TargetKind::Range { .. },
                Status::Behind | Status::FarBehind,
            ) => {
                let by = self.need_by(self.deadline(t));
                if a == 0 {
                    format!("{q}尚未开展，{lag}，剩余{rem}{u}，{by}")
                } else {
                    format!(
                        "{q}{lag}，已完成{a}{u}，完成率{}，低于序时进度{}，剩余{rem}{u}，{by}",
                        pct(f.completion),
                        frac_gap(f.time_progress, f.completion)
                    )
                }
            }
            (TargetKind::Count { .. } | TargetKind::Range { .. }, Status::NotDone) => {
                format!("{q}计划期内完成{a}{u}，尚差{rem}{u}，未完成目标任务")
            }
            (
                TargetKind::PerPerson { each, .. },
                Status::Behind | Status::FarBehind | Status::NotDone,
            ) => {
                let short: Vec<(&str, u64)> = match &f.detail {
                    Detail::PerPerson(list) => list
                        .iter()
                        .filter(|p| !p.met)
                        .map(|p| (p.name.as_str(), u64::from(*each).saturating_sub(p.count)))
                        .collect(),
                    _ => Vec::new(),
                };
                let head = if f.status == Status::NotDone {
                    format!("{q}计划期已结束，")
                } else {
                    format!("{q}{lag}，")
                };
                let mut s = format!("{head}尚有{}人未达到要求", short.len());
                if short.len() <= LISTED {
                    let words = by_count(&short, |names, n, each| {
                        if each {
                            format!("{names}各差{n}{u}")
                        } else {
                            format!("{names}还差{n}{u}")
                        }
                    });
                    s.push_str(&format!("，其中{words}"));
                }
                if f.status != Status::NotDone {
                    s.push_str(&format!("，{}", self.need_by(self.deadline(t))));
                }
                s
            }
            (TargetKind::Cadence { every, .. }, Status::Behind | Status::FarBehind) => {
                let missed: Vec<String> = f.missed_periods().iter().map(|p| p.label_zh()).collect();
                let mut s = format!("{q}有{}未达到要求", periods_count(*every, missed.len()));
                if missed.len() <= LISTED {
                    s.push_str(&format!("（{}）", missed.join("、")));
                }
                s.push_str("，出现断档");
                s
            }
            (
                TargetKind::Threshold { .. }
                | TargetKind::Ratio { .. }
                | TargetKind::Improvement { .. },
                Status::Near | Status::Missed,
            ) => {
                let word = if f.status == Status::Near {
                    "接近达标"
                } else {
                    "未达标"
                };
                let (latest, _) = self.latest(item);
                match (&t.kind, f.actual, latest) {
                    (TargetKind::Threshold { line, .. }, _, Some(v)) => format!(
                        "{q}{word}，最新监测数据为{}，距目标值尚差{}",
                        value(v, u),
                        gap_words(Fixed::from_raw((line.raw() - v.raw()).abs()), u)
                    ),
                    (
                        TargetKind::Ratio {
                            line, numerator, ..
                        },
                        Measure::Percent(p),
                        _,
                    ) => format!(
                        "{q}{word}，{}率为{}，距目标值尚差{}",
                        numerator.trim(),
                        pct(p),
                        frac_gap(line_frac(*line), p)
                    ),
                    (TargetKind::Improvement { percent, .. }, Measure::Percent(p), _) => format!(
                        "{q}{word}，较基线改善{}，距目标尚差{}",
                        pct(p),
                        frac_gap(line_frac(*percent), p)
                    ),
                    _ => format!("{q}{word}"),
                }
            }
            (_, Status::NoData) => format!("{q}尚未录入监测数据，无法评估进展"),
            (TargetKind::Milestone { due }, Status::Overdue) => format!(
                "{q}原定于{}前完成，已逾期{}天，尚未完成",
                self.ctx.date(*due),
                (self.ctx.as_of - *due).num_days()
            ),
            (TargetKind::Milestone { due }, Status::DueSoon) => {
                format!("{q}将于{}到期，目前尚未完成", self.ctx.date(*due))
            }
            _ => return None,
        };
        // The change is told once: in the target's work sentence, or here
        // when a monthly or quarterly report has no sentence for it.
        let silent = self.ctx.window.is_some() && !self.touched(item);
        match self.change(item).filter(|_| silent) {
            Some(c) => Some(end_sentence(&format!("{text}，{c}"))),
            None => Some(end_sentence(&text)),
        }
    }

    /// The target's clause in "三、下一步工作打算", if work remains.
    pub fn next_step(&self, item: &Item<'a>) -> Option<String> {
        let f = item.figures;
        let t = item.target;
        let q = quoted(&t.title);
        let u = t.unit.trim();
        let rem = f.remaining.unwrap_or(0);
        let by = self.ctx.date(self.deadline(t));
        match (&t.kind, f.status) {
            (_, Status::Done | Status::Met) => None,
            (TargetKind::Count { .. } | TargetKind::Range { .. }, Status::NotDone) => {
                Some(format!("{q}尚差{rem}{u}，抓紧补齐"))
            }
            (TargetKind::Count { .. } | TargetKind::Range { .. }, _) => {
                Some(format!("{q}剩余{rem}{u}，确保于{by}前完成"))
            }
            (TargetKind::PerPerson { .. }, _) => {
                let short: Vec<String> = f.people_short().iter().map(|s| s.to_string()).collect();
                if short.is_empty() {
                    return None;
                }
                if f.status == Status::NotDone {
                    Some(format!("{q}督促{}抓紧补齐", list_names(&short)))
                } else {
                    Some(format!("{q}督促{}于{by}前完成", list_names(&short)))
                }
            }
            (TargetKind::Cadence { every, at_least }, _) => {
                let tallies = match &f.detail {
                    Detail::Cadence(list) => list.as_slice(),
                    _ => &[],
                };
                let left = tallies
                    .iter()
                    .filter(|p| matches!(p.state, PeriodState::Current | PeriodState::Future))
                    .count();
                if left == 0 {
                    return None;
                }
                let current = tallies.iter().find(|p| p.state == PeriodState::Current);
                if let (1, Some(c)) = (left, current) {
                    let end = c.period.end().min(self.ctx.doc.plan.end);
                    return Some(format!("{q}确保于{}前完成", self.ctx.date(end)));
                }
                Some(format!(
                    "{q}严格落实每{}不少于{at_least}次的要求，确保剩余{}按要求开展",
                    period_word(*every),
                    periods_count(*every, left)
                ))
            }
            (_, Status::NoData) => Some(format!("{q}尽快采集并录入监测数据")),
            (
                TargetKind::Threshold { .. }
                | TargetKind::Ratio { .. }
                | TargetKind::Improvement { .. },
                _,
            ) => Some(format!("{q}持续跟踪监测，力争尽快达到目标要求")),
            (TargetKind::Milestone { .. }, Status::Overdue) => {
                Some(format!("{q}加快推进，尽快完成"))
            }
            (TargetKind::Milestone { .. }, _) => Some(format!("{q}确保于{by}前完成")),
        }
    }
}
