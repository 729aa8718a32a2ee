//! The sentences of the progress report for each kind of target, one
//! module per kind (`kinds/`): its sentence in "主要工作情况", its entry in
//! "存在的问题" and its clause in "下一步工作打算", in the figures the engine
//! gives. [`of`] is the one place of the report that tells the kinds apart;
//! what the kinds share (the cumulative tail, a measured verdict, the
//! colour's change since last month) is here.

mod cadence;
mod count;
mod improvement;
mod milestone;
mod per_person;
mod range;
mod ratio;
mod threshold;

use chrono::NaiveDate;

use super::{count_of, Item, Sentences};
use crate::engine::{Detail, Status};
use crate::fixed::Fixed;
use crate::frac::Frac;
use crate::plan::TargetKind;
use crate::report::compose::pace;
use crate::report::words::{pct, quoted};

/// A target's kind with its figures, as its module words it.
pub(super) fn of(kind: &TargetKind) -> Box<dyn KindSentences + '_> {
    match kind {
        TargetKind::Count { target } => Box::new(count::Words { target: *target }),
        TargetKind::Range { min, max } => Box::new(range::Words {
            min: *min,
            max: *max,
        }),
        TargetKind::PerPerson { each, roster } => Box::new(per_person::Words {
            each: *each,
            roster,
        }),
        TargetKind::Cadence { every, at_least } => Box::new(cadence::Words {
            every: *every,
            at_least: *at_least,
        }),
        TargetKind::Threshold { line, direction } => Box::new(threshold::Words {
            line: *line,
            direction: *direction,
        }),
        TargetKind::Ratio {
            line,
            numerator,
            denominator,
        } => Box::new(ratio::Words {
            line: *line,
            numerator,
            denominator,
        }),
        TargetKind::Improvement {
            baseline,
            percent,
            better,
        } => Box::new(improvement::Words {
            baseline: *baseline,
            percent: *percent,
            better: *better,
        }),
        TargetKind::Milestone { due } => Box::new(milestone::Words { due: *due }),
    }
}

/// What the progress report says of a target of one kind.
pub(super) trait KindSentences {
    /// The target's sentence in "一、主要工作情况" (before the colour's
    /// change and the examples); `None` when there is nothing to say.
    fn work<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String>;
    /// The target's entry in "二、存在的问题" for its status, if the kind
    /// has one (a target without data is worded alike for every kind).
    fn problem<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String>;
    /// The target's clause in "三、下一步工作打算" while it is neither done
    /// nor met.
    fn next_step<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String>;
    /// Whether the target counts up to a number, so that one not begun at
    /// all is named with the others (count, range, per person).
    fn counts_up(&self) -> bool {
        false
    }
    /// Whether a few of its ledger entries are cited after its sentence.
    fn cites_examples(&self, _s: &Sentences<'_, '_>) -> bool {
        true
    }
    /// The people a per-person target credits for each activity.
    fn roster(&self) -> Option<&[String]> {
        None
    }
}

impl<'a> Sentences<'_, 'a> {
    /// "较上月由黄转绿" when the target's colour changed since the end of
    /// last month.
    pub(super) fn change(&self, item: &Item<'a>) -> Option<String> {
        let (before, after) = self.ctx.changes.get(item.target.id.as_str())?;
        Some(format!(
            "较上月由{}转{}",
            before.label_zh(),
            after.label_zh()
        ))
    }

    /// The sentence of a count or a range: `figures` are its number, or
    /// its two ends.
    pub(super) fn work_count(&self, item: &Item<'a>, figures: &[u32]) -> String {
        let f = item.figures;
        let u = item.target.unit.trim();
        let a = count_of(&f.actual);
        let phrase = self.goal_phrase(item.target, figures, u);
        let asof = self.ctx.as_of_words();
        let mut s = match &self.ctx.window {
            Some(w) => format!(
                "{phrase}，{}完成{}{u}，{asof}累计完成{a}{u}",
                w.this,
                self.window_quantity(item)
            ),
            None if a == 0 => format!("{phrase}，{asof}尚未开展"),
            None => format!("{phrase}，{asof}已完成{a}{u}"),
        };
        s.push_str(&self.cumulative_tail(item, a, u, figures.get(1).copied().unwrap_or(0)));
        s
    }

    /// Completion, 序时进度 and the verdict of a cumulative target; `max`
    /// is a range's upper end, told when the target went above it.
    pub(super) fn cumulative_tail(&self, item: &Item<'a>, a: u64, u: &str, max: u32) -> String {
        let f = item.figures;
        let rem = f.remaining.unwrap_or(0);
        let far = self.ctx.doc.plan.rules.far_behind_from;
        match f.status {
            Status::Done => {
                if f.over_plan {
                    format!("，超出计划上限{max}{u}，超额完成目标任务")
                } else if f.raw_completion > Frac::ONE {
                    format!(
                        "，完成目标任务的{}，超额完成目标任务",
                        pct(f.raw_completion)
                    )
                } else {
                    format!("，完成率{}，已全面完成目标任务", pct(f.completion))
                }
            }
            Status::NotDone if a == 0 => "，计划期内未开展，未完成目标任务".to_string(),
            Status::NotDone => format!(
                "，完成率{}，计划期已结束，尚差{rem}{u}，未完成目标任务",
                pct(f.completion)
            ),
            Status::NotStarted => "，计划期尚未开始".to_string(),
            Status::Annual => format!("，完成率{}，为年度指标，年底考核", pct(f.completion)),
            _ if a == 0 => format!(
                "，序时进度{}，{}",
                pct(f.time_progress),
                pace(f.completion, f.time_progress, far)
            ),
            _ => format!(
                "，完成率{}，序时进度{}，{}",
                pct(f.completion),
                pct(f.time_progress),
                pace(f.completion, f.time_progress, far)
            ),
        }
    }

    /// The latest reading and its date, as the engine took them.
    pub(super) fn latest(&self, item: &Item<'a>) -> (Option<Fixed>, Option<NaiveDate>) {
        match item.figures.detail {
            Detail::Measured {
                latest, latest_on, ..
            } => (latest, latest_on),
            _ => (None, None),
        }
    }

    pub(super) fn verdict(&self, status: Status, gap: String) -> String {
        match status {
            Status::Met => "已达标".to_string(),
            Status::Near => format!("接近达标，尚差{gap}"),
            _ => format!("未达标，尚差{gap}"),
        }
    }

    /// A count's or a range's entry in "存在的问题": behind 序时进度, or
    /// not done when the period has ended.
    pub(super) fn cumulative_problem(&self, item: &Item<'a>) -> Option<String> {
        let f = item.figures;
        let t = item.target;
        let q = quoted(&t.title);
        let u = t.unit.trim();
        let a = count_of(&f.actual);
        let rem = f.remaining.unwrap_or(0);
        let lag = lag_words(f.status);
        Some(match f.status {
            Status::Behind | Status::FarBehind => {
                let by = self.need_by(self.deadline(t));
                if a == 0 {
                    format!("{q}尚未开展，{lag}，剩余{rem}{u}，{by}")
                } else {
                    format!(
                        "{q}{lag}，已完成{a}{u}，完成率{}，低于序时进度{}，剩余{rem}{u}，{by}",
                        pct(f.completion),
                        super::frac_gap(f.time_progress, f.completion)
                    )
                }
            }
            Status::NotDone => format!("{q}计划期内完成{a}{u}，尚差{rem}{u}，未完成目标任务"),
            _ => return None,
        })
    }

    /// A count's or a range's clause in "下一步工作打算".
    pub(super) fn cumulative_next_step(&self, item: &Item<'a>) -> String {
        let f = item.figures;
        let t = item.target;
        let q = quoted(&t.title);
        let u = t.unit.trim();
        let rem = f.remaining.unwrap_or(0);
        if f.status == Status::NotDone {
            format!("{q}尚差{rem}{u}，抓紧补齐")
        } else {
            format!(
                "{q}剩余{rem}{u}，确保于{}前完成",
                self.ctx.date(self.deadline(t))
            )
        }
    }

    /// A measured target's entry in "存在的问题" when it is near or short
    /// of its line: the verdict, then `gap` (how far it is, in the kind's
    /// words) when the kind can say it.
    pub(super) fn measured_problem(
        &self,
        item: &Item<'a>,
        gap: impl FnOnce() -> Option<String>,
    ) -> Option<String> {
        let word = match item.figures.status {
            Status::Near => "接近达标",
            Status::Missed => "未达标",
            _ => return None,
        };
        let q = quoted(&item.target.title);
        Some(match gap() {
            Some(gap) => format!("{q}{word}，{gap}"),
            None => format!("{q}{word}"),
        })
    }

    /// A measured target's clause in "下一步工作打算".
    pub(super) fn measured_next_step(&self, item: &Item<'a>) -> String {
        let q = quoted(&item.target.title);
        if item.figures.status == Status::NoData {
            self.no_data_step(item)
        } else {
            format!("{q}持续跟踪监测，力争尽快达到目标要求")
        }
    }

    /// The clause for a target without data.
    pub(super) fn no_data_step(&self, item: &Item<'a>) -> String {
        format!("{}尽快采集并录入监测数据", quoted(&item.target.title))
    }
}

/// How far behind 序时进度 a status says the target is.
pub(super) fn lag_words(status: Status) -> &'static str {
    match status {
        Status::Behind => "略滞后于序时进度",
        Status::FarBehind => "明显滞后于序时进度",
        _ => "",
    }
}
