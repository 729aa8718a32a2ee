//! One target in words: its sentence in "主要工作情况", its problem in
//! "存在的问题" and its clause in "下一步工作打算". Every figure printed is
//! one of the engine's figures for the target. What a kind of target says
//! is its module's in `sentences/kinds/`; this module words what all kinds
//! share (the goal phrase, deadlines, the window's work, the examples).

mod kinds;
mod problems;

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use super::context::Ctx;
use super::words::end_sentence;
use crate::engine::{Measure, TargetProgress};
use crate::fixed::Fixed;
use crate::frac::Frac;
use crate::plan::{Activity, Target};

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
        match kinds::of(&item.target.kind).roster() {
            Some(roster) => acts
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
            None => acts.iter().map(|a| u64::from(a.quantity)).sum(),
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
        crate::plan::kind::of(&t.kind)
            .own_due(&t.kind)
            .unwrap_or_else(|| t.due.filter(|d| *d < end).unwrap_or(end))
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
        if !kinds::of(&item.target.kind).cites_examples(self) {
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
        let body = kinds::of(&item.target.kind).work(self, item)?;
        Some(format!(
            "{}{}{}",
            end_sentence(&body),
            self.change(item)
                .map(|c| format!("该项指标{c}。"))
                .unwrap_or_default(),
            self.examples(item, cited)
        ))
    }
}
