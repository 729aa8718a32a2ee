//! The sentence of "主要工作情况" for each kind of target: what was done
//! against the goal, in the figures the engine gives, and the colour's
//! change since last month.

use chrono::NaiveDate;

use super::{by_count, count_of, frac_gap, gap_words, line_frac, Item, Sentences, LISTED};
use crate::engine::{Detail, Measure, PeriodState, Status};
use crate::fixed::Fixed;
use crate::frac::Frac;
use crate::plan::{Better, Cadence, Direction, TargetKind};
use crate::report::compose::pace;
use crate::report::words::{pct, period_word, periods_count, value};

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
        s.push_str(&self.cumulative_tail(item, a, u));
        s
    }

    /// Completion, 序时进度 and the verdict of a cumulative target.
    pub(super) fn cumulative_tail(&self, item: &Item<'a>, a: u64, u: &str) -> String {
        let f = item.figures;
        let rem = f.remaining.unwrap_or(0);
        let far = self.ctx.doc.plan.rules.far_behind_from;
        match f.status {
            Status::Done => {
                if f.over_plan {
                    let max = match item.target.kind {
                        TargetKind::Range { max, .. } => max,
                        _ => 0,
                    };
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

    pub(super) fn work_per_person(&self, item: &Item<'a>, each: u32) -> String {
        let f = item.figures;
        let t = item.target;
        let u = t.unit.trim();
        let tallies = match &f.detail {
            Detail::PerPerson(list) => list.as_slice(),
            _ => &[],
        };
        let n = tallies.len();
        let met = tallies.iter().filter(|p| p.met).count();
        let a = count_of(&f.actual);
        // A per-person target names its people first ("班子成员每年……"):
        // it reads without the "计划" a count opens with.
        let phrase = if t.title.contains(&each.to_string()) {
            t.title.trim().to_string()
        } else {
            format!("{}（每人{each}{u}）", t.title.trim())
        };
        let asof = self.ctx.as_of_words();
        let mut s = match &self.ctx.window {
            Some(w) => format!(
                "{phrase}，{}新增{}{u}，{asof}，",
                w.this,
                self.window_quantity(item)
            ),
            None if a == 0 => {
                return format!(
                    "{phrase}，{asof}尚未开展{}",
                    self.cumulative_tail(item, 0, u)
                )
            }
            None => format!("{phrase}，{asof}，"),
        };
        if met == n {
            s.push_str(&format!("{n}人均已达到要求"));
        } else {
            if met == 0 {
                s.push_str(&format!("{n}人中尚无人达到要求"));
            } else {
                s.push_str(&format!("{n}人中已有{met}人达到要求"));
            }
            let short: Vec<(&str, u64)> = tallies
                .iter()
                .filter(|p| !p.met)
                .map(|p| (p.name.as_str(), p.count))
                .collect();
            if short.len() <= LISTED {
                let words = by_count(&short, |names, n, each| match (n, each) {
                    (0, _) => format!("{names}尚未开展"),
                    (n, false) => format!("{names}已完成{n}{u}"),
                    (n, true) => format!("{names}各完成{n}{u}"),
                });
                s.push_str(&format!("，{words}"));
            }
        }
        let tail = self
            .cumulative_tail(item, a, u)
            .replacen("，完成率", "，整体完成率", 1);
        s.push_str(&tail);
        s
    }

    pub(super) fn work_cadence(&self, item: &Item<'a>, every: Cadence) -> String {
        let f = item.figures;
        let t = item.target;
        let tallies = match &f.detail {
            Detail::Cadence(list) => list.as_slice(),
            _ => &[],
        };
        let total = tallies.len();
        let met = tallies
            .iter()
            .filter(|p| p.state == PeriodState::Met)
            .count();
        let missed: Vec<String> = tallies
            .iter()
            .filter(|p| p.state == PeriodState::Missed)
            .map(|p| p.period.label_zh())
            .collect();
        let current = tallies.iter().find(|p| p.state == PeriodState::Current);
        let title = t.title.trim();
        let asof = self.ctx.as_of_words();
        let whole = self.ctx.whole;
        if f.status == Status::NotStarted {
            return format!("{title}，计划期尚未开始");
        }
        let mut s = match &self.ctx.window {
            Some(w) => format!(
                "{title}，{}开展{}次，{asof}",
                w.this,
                self.window_quantity(item)
            ),
            None => format!("{title}，{asof}"),
        };
        if met == 0 && missed.is_empty() {
            s.push_str("尚未开展");
            if let Some(c) = current {
                s.push_str(&format!(
                    "，本{}须于{}前完成",
                    period_word(every),
                    self.ctx.date(c.period.end().min(self.ctx.doc.plan.end))
                ));
            }
            return s;
        }
        s.push_str(&format!(
            "已有{}达到要求，占{whole}{}的{}",
            periods_count(every, met),
            periods_count(every, total),
            pct(f.completion)
        ));
        if f.status == Status::Done {
            s.push_str("，已全面完成目标任务");
        } else if missed.is_empty() {
            s.push_str("，未出现断档");
        } else if missed.len() <= LISTED {
            s.push_str(&format!("，其中{}未达到要求", missed.join("、")));
        } else {
            s.push_str(&format!(
                "，其中{}未达到要求",
                periods_count(every, missed.len())
            ));
        }
        s
    }

    pub(super) fn work_milestone(&self, item: &Item<'a>, due: NaiveDate) -> Option<String> {
        let f = item.figures;
        let title = item.target.title.trim();
        let done_on = match f.detail {
            Detail::Milestone { done_on, .. } => done_on,
            _ => None,
        };
        let due_words = self.ctx.date(due);
        Some(match (f.status, done_on) {
            (_, Some(d)) => {
                if self.ctx.window.as_ref().is_some_and(|w| !w.contains(d)) {
                    return None;
                }
                let how = self
                    .activities(item)
                    .into_iter()
                    .find(|a| a.date == d)
                    .map(|a| {
                        a.title
                            .trim()
                            .trim_end_matches(['。', '；', '，'])
                            .to_string()
                    })
                    .filter(|a| !a.is_empty() && a != title)
                    .map(|a| format!("（{a}）"))
                    .unwrap_or_default();
                format!("{title}，已于{}完成{how}", self.ctx.date(d))
            }
            (Status::Overdue, None) => format!(
                "{title}，原定于{due_words}前完成，已逾期{}天，尚未完成",
                (self.ctx.as_of - due).num_days()
            ),
            (Status::DueSoon, None) => {
                format!("{title}，计划于{due_words}前完成，临近到期，尚未完成")
            }
            (Status::Pending, None) => format!("{title}，计划于{due_words}前完成，正在推进中"),
            _ => format!("{title}，计划于{due_words}前完成"),
        })
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

    pub(super) fn work_threshold(
        &self,
        item: &Item<'a>,
        line: Fixed,
        direction: Direction,
    ) -> String {
        let t = item.target;
        let u = t.unit.trim();
        let title = t.title.trim();
        let (latest, on) = self.latest(item);
        let (Some(v), Some(on)) = (latest, on) else {
            return format!("{title}，{}尚未录入监测数据", self.ctx.as_of_words());
        };
        let side = match direction {
            Direction::AtLeast => "不低于",
            Direction::AtMost => "不高于",
        };
        let gap = Fixed::from_raw((line.raw() - v.raw()).abs());
        format!(
            "{title}，最新监测数据（{}）为{}，目标值为{side}{}，{}",
            self.ctx.date(on),
            value(v, u),
            value(line, u),
            self.verdict(item.figures.status, gap_words(gap, u))
        )
    }

    pub(super) fn work_ratio(&self, item: &Item<'a>, line: Fixed, num: &str, den: &str) -> String {
        let f = item.figures;
        let title = item.target.title.trim();
        let (num, den) = (num.trim(), den.trim());
        let sums = match f.detail {
            Detail::Measured { sums, .. } => sums,
            _ => None,
        };
        let (Some((n, d)), Measure::Percent(actual)) = (sums, f.actual) else {
            return format!("{title}，{}尚未录入统计数据", self.ctx.as_of_words());
        };
        let mut s = format!("{title}，");
        if let Some(w) = &self.ctx.window {
            let (wn, wd) = self
                .window_readings(item)
                .iter()
                .fold((0u64, 0u64), |acc, r| match r.value {
                    crate::plan::ReadingValue::Counts {
                        numerator,
                        denominator,
                    } => (acc.0 + numerator, acc.1 + denominator),
                    _ => acc,
                });
            s.push_str(&format!("{}{den}{wd}件、{num}{wn}件，", w.this));
        }
        s.push_str(&format!(
            "{}累计{den}{d}件、{num}{n}件，{num}率为{}，目标值为不低于{line}%，{}",
            self.ctx.as_of_words(),
            pct(actual),
            self.verdict(f.status, frac_gap(line_frac(line), actual))
        ));
        s
    }

    pub(super) fn work_improvement(
        &self,
        item: &Item<'a>,
        baseline: Fixed,
        percent: Fixed,
        better: Better,
    ) -> String {
        let f = item.figures;
        let u = item.target.unit.trim();
        let title = item.target.title.trim();
        let (latest, on) = self.latest(item);
        let (Some(v), Some(on), Measure::Percent(achieved)) = (latest, on, f.actual) else {
            return format!("{title}，{}尚未录入监测数据", self.ctx.as_of_words());
        };
        let way = match better {
            Better::Lower => "下降",
            Better::Higher => "提升",
        };
        let change = if achieved.is_zero() {
            "较基线未见改善".to_string()
        } else {
            format!("较基线{way}{}", pct(achieved))
        };
        let base = if title.contains("基线") {
            String::new()
        } else {
            format!("基线值为{}，", value(baseline, u))
        };
        format!(
            "{title}，{base}最新监测数据（{}）为{}，{change}，目标为{way}{percent}%以上，{}",
            self.ctx.date(on),
            value(v, u),
            self.verdict(f.status, frac_gap(line_frac(percent), achieved))
        )
    }
}
