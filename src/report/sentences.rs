//! One target in words: its sentence in "主要工作情况", its problem in
//! "存在的问题" and its clause in "下一步工作打算". Every figure printed is
//! one of the engine's figures for the target.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::compose::{pace, Ctx};
use super::words::{end_sentence, pct, period_word, periods_count, quoted, value};
use crate::engine::{Detail, Measure, PeriodState, Status, TargetProgress};
use crate::fixed::Fixed;
use crate::frac::Frac;
use crate::plan::{Activity, Better, Cadence, Direction, Target, TargetKind};

/// At most this many ledger entries are cited for one target.
const EXAMPLES: usize = 3;
/// At most this many names or periods are listed in one sentence.
const LISTED: usize = 6;
/// From this many alike, problems are named together.
const GROUP: usize = 3;

/// A target in scope with its figures.
pub(super) struct Item<'a> {
    pub target: &'a Target,
    pub figures: &'a TargetProgress,
}

/// Writes the sentences about single targets.
pub(super) struct Sentences<'c, 'a> {
    pub ctx: &'c Ctx<'a>,
}

fn count_of(m: &Measure) -> u64 {
    match m {
        Measure::Count(n) => *n,
        _ => 0,
    }
}

/// "3个", "张建国、李红梅等7人".
fn list_names(names: &[String]) -> String {
    if names.len() <= LISTED {
        names.join("、")
    } else {
        format!("{}等{}人", names[..LISTED].join("、"), names.len())
    }
}

/// People grouped by their figure, in order of first appearance:
/// "张建国、王志强各完成3个、刘海燕已完成1个". `say` gets the names, the
/// figure and whether there are several names.
fn by_count(people: &[(&str, u64)], say: impl Fn(&str, u64, bool) -> String) -> String {
    let mut groups: Vec<(u64, Vec<&str>)> = Vec::new();
    for &(name, n) in people {
        match groups.iter_mut().find(|(m, _)| *m == n) {
            Some((_, names)) => names.push(name),
            None => groups.push((n, vec![name])),
        }
    }
    groups
        .iter()
        .map(|(n, names)| say(&names.join("、"), *n, names.len() > 1))
        .collect::<Vec<_>>()
        .join("，")
}

/// A gap between a value and its line: "0.5个百分点" for percentages,
/// "0.3天" for other units.
fn gap_words(gap: Fixed, unit: &str) -> String {
    if unit.trim() == "%" {
        format!("{gap}个百分点")
    } else {
        format!("{gap}{unit}")
    }
}

/// The gap between two fractions of 1 in percentage points: "0.5个百分点".
fn frac_gap(line: Frac, actual: Frac) -> String {
    format!("{}个百分点", line.saturating_sub(actual).percent_1dp())
}

/// A percentage line written as a fraction of 1 (95 → 95/100).
fn line_frac(line: Fixed) -> Frac {
    Frac::new(u128::try_from(line.raw()).unwrap_or(0), 1_000_000)
}

impl<'c, 'a> Sentences<'c, 'a> {
    fn activities(&self, item: &Item<'a>) -> Vec<&'a Activity> {
        item.figures
            .activities
            .iter()
            .filter_map(|id| self.ctx.activities.get(id.as_str()).copied())
            .collect()
    }

    /// The activities counted for the target within the report's window
    /// (all of them for a report to date).
    fn window_activities(&self, item: &Item<'a>) -> Vec<&'a Activity> {
        let mut acts = self.activities(item);
        if let Some(w) = &self.ctx.window {
            acts.retain(|a| w.contains(a.date));
        }
        acts
    }

    /// What the window added to the target's count: quantities summed, and
    /// for a per-person target each roster person credited.
    fn window_quantity(&self, item: &Item<'a>) -> u64 {
        let acts = self.window_activities(item);
        match &item.target.kind {
            TargetKind::PerPerson { roster, .. } => acts
                .iter()
                .map(|a| {
                    let mut seen: Vec<&str> = Vec::new();
                    for p in &a.people {
                        if roster.iter().any(|r| r == p) && !seen.contains(&p.as_str()) {
                            seen.push(p.as_str());
                        }
                    }
                    u64::from(a.quantity) * seen.len() as u64
                })
                .sum(),
            _ => acts.iter().map(|a| u64::from(a.quantity)).sum(),
        }
    }

    fn window_readings(&self, item: &Item<'a>) -> Vec<&'a crate::plan::Reading> {
        item.figures
            .readings
            .iter()
            .filter_map(|id| self.ctx.readings.get(id.as_str()).copied())
            .filter(|r| self.ctx.window.as_ref().is_none_or(|w| w.contains(r.date)))
            .collect()
    }

    /// Whether anything happened for the target within the window.
    fn touched(&self, item: &Item<'a>) -> bool {
        !self.window_activities(item).is_empty() || !self.window_readings(item).is_empty()
    }

    /// Ledger entries and targets touched within the window.
    pub fn window_totals(&self, all: &[&Item<'a>]) -> (usize, usize) {
        let mut ids = HashSet::new();
        let mut touched = 0;
        for item in all {
            let acts = self.window_activities(item);
            ids.extend(acts.iter().map(|a| a.id.as_str()));
            if self.touched(item) {
                touched += 1;
            }
        }
        (ids.len(), touched)
    }

    /// The last day the target's work counts: its own due date, else the
    /// plan's end.
    fn deadline(&self, t: &Target) -> NaiveDate {
        let end = self.ctx.doc.plan.end;
        match t.kind {
            TargetKind::Milestone { due } => due,
            _ => t.due.filter(|d| *d < end).unwrap_or(end),
        }
    }

    /// "需于12月完成" when what remains falls due at the end of next month,
    /// else "需于12月15日前完成".
    fn need_by(&self, deadline: NaiveDate) -> String {
        let as_of = self.ctx.as_of;
        if deadline < as_of {
            return "需尽快完成".to_string();
        }
        let month_end = deadline
            .succ_opt()
            .is_none_or(|d| d.month() != deadline.month());
        let next = if as_of.month() == 12 {
            (as_of.year() + 1, 1)
        } else {
            (as_of.year(), as_of.month() + 1)
        };
        if month_end && (deadline.year(), deadline.month()) == next {
            if deadline.year() == self.ctx.plan_year {
                format!("需于{}月完成", deadline.month())
            } else {
                format!("需于{}年{}月完成", deadline.year(), deadline.month())
            }
        } else {
            format!("需于{}前完成", self.ctx.date(deadline))
        }
    }

    /// The goal as the sentence opens with it: "全年计划组织专题培训6次".
    fn goal_phrase(&self, t: &Target, figures: &[u32], unit: &str) -> String {
        let title = t.title.trim();
        let base = if let Some(rest) = title.strip_prefix("全年") {
            if rest.starts_with("计划") {
                title.to_string()
            } else {
                format!("全年计划{rest}")
            }
        } else if title.starts_with("计划") {
            title.to_string()
        } else {
            format!("计划{title}")
        };
        let stated = figures.iter().any(|n| title.contains(&n.to_string()));
        match figures.first() {
            Some(n) if !stated => format!("{base}（目标{n}{unit}）"),
            _ => base,
        }
    }

    /// "如：3月15日邀请……；6月18日举办……等。" citing a few of the
    /// latest entries not yet cited in the section.
    fn examples(&self, item: &Item<'a>, cited: &mut HashSet<&'a str>) -> String {
        // Cadence entries repeat one another ("9月集中研讨", "10月集中研讨"):
        // cite them only in a monthly or quarterly report, and weekly ones never.
        let skip = match item.target.kind {
            TargetKind::Cadence { every, .. } => {
                every == Cadence::Week || self.ctx.window.is_none()
            }
            TargetKind::Milestone { .. } => true,
            _ => false,
        };
        if skip {
            return String::new();
        }
        let acts = self.window_activities(item);
        let mut picked: Vec<&Activity> = Vec::new();
        let mut titles: HashSet<&str> = HashSet::new();
        for a in acts.iter().rev() {
            let title = a.title.trim();
            if title.is_empty() || cited.contains(title) || titles.contains(title) {
                continue;
            }
            titles.insert(title);
            picked.push(a);
            if picked.len() == EXAMPLES {
                break;
            }
        }
        if picked.is_empty() {
            return String::new();
        }
        cited.extend(titles);
        picked.sort_by_key(|a| a.date);
        let list: Vec<String> = picked
            .iter()
            .map(|a| {
                let t = a.title.trim().trim_end_matches(['。', '；', '，']);
                format!("{}{}", self.ctx.date(a.date), t)
            })
            .collect();
        let more = if acts.len() > picked.len() { "等" } else { "" };
        format!("如：{}{more}。", list.join("；"))
    }

    /// The target's sentence in "一、主要工作情况", followed by a few of
    /// its ledger entries; `None` when a monthly or quarterly report has
    /// nothing to say about it.
    pub fn work(&self, item: &Item<'a>, cited: &mut HashSet<&'a str>) -> Option<String> {
        if self.ctx.window.is_some() && !self.touched(item) {
            return None;
        }
        let body = match &item.target.kind {
            TargetKind::Count { target } => self.work_count(item, &[*target]),
            TargetKind::Range { min, max } => self.work_count(item, &[*min, *max]),
            TargetKind::PerPerson { each, .. } => self.work_per_person(item, *each),
            TargetKind::Cadence { every, .. } => self.work_cadence(item, *every),
            TargetKind::Milestone { due } => self.work_milestone(item, *due)?,
            TargetKind::Threshold { line, direction } => {
                self.work_threshold(item, *line, *direction)
            }
            TargetKind::Ratio {
                line,
                numerator,
                denominator,
            } => self.work_ratio(item, *line, numerator, denominator),
            TargetKind::Improvement {
                baseline,
                percent,
                better,
            } => self.work_improvement(item, *baseline, *percent, *better),
        };
        Some(format!(
            "{}{}{}",
            end_sentence(&body),
            self.change(item)
                .map(|c| format!("该项指标{c}。"))
                .unwrap_or_default(),
            self.examples(item, cited)
        ))
    }

    /// "较上月由黄转绿" when the target's colour changed since the end of
    /// last month.
    fn change(&self, item: &Item<'a>) -> Option<String> {
        let (before, after) = self.ctx.changes.get(item.target.id.as_str())?;
        Some(format!(
            "较上月由{}转{}",
            before.label_zh(),
            after.label_zh()
        ))
    }

    fn work_count(&self, item: &Item<'a>, figures: &[u32]) -> String {
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
    fn cumulative_tail(&self, item: &Item<'a>, a: u64, u: &str) -> String {
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

    fn work_per_person(&self, item: &Item<'a>, each: u32) -> String {
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

    fn work_cadence(&self, item: &Item<'a>, every: Cadence) -> String {
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

    fn work_milestone(&self, item: &Item<'a>, due: NaiveDate) -> Option<String> {
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
    fn latest(&self, item: &Item<'a>) -> (Option<Fixed>, Option<NaiveDate>) {
        match item.figures.detail {
            Detail::Measured {
                latest, latest_on, ..
            } => (latest, latest_on),
            _ => (None, None),
        }
    }

    fn verdict(&self, status: Status, gap: String) -> String {
        match status {
            Status::Met => "已达标".to_string(),
            Status::Near => format!("接近达标，尚差{gap}"),
            _ => format!("未达标，尚差{gap}"),
        }
    }

    fn work_threshold(&self, item: &Item<'a>, line: Fixed, direction: Direction) -> String {
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

    fn work_ratio(&self, item: &Item<'a>, line: Fixed, num: &str, den: &str) -> String {
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

    fn work_improvement(
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
    fn problem(&self, item: &Item<'a>) -> Option<String> {
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
