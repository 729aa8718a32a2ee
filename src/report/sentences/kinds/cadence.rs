//! A cadence's sentences in the progress report: the periods met, the
//! periods missed, and what the periods left ask for.

use super::super::{Item, Sentences, LISTED};
use super::KindSentences;
use crate::engine::{Detail, PeriodState, Status};
use crate::plan::Cadence;
use crate::report::words::{pct, period_word, periods_count, quoted};

/// At least `at_least` in every period `every`.
pub(super) struct Words {
    /// The calendar period.
    pub every: Cadence,
    /// How many per period.
    pub at_least: u32,
}

impl<'a> Sentences<'_, 'a> {
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
}

impl KindSentences for Words {
    fn work<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.work_cadence(item, self.every))
    }
    fn problem<'a>(&self, _s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        let f = item.figures;
        if !matches!(f.status, Status::Behind | Status::FarBehind) {
            return None;
        }
        let q = quoted(&item.target.title);
        let missed: Vec<String> = f.missed_periods().iter().map(|p| p.label_zh()).collect();
        let mut text = format!("{q}有{}未达到要求", periods_count(self.every, missed.len()));
        if missed.len() <= LISTED {
            text.push_str(&format!("（{}）", missed.join("、")));
        }
        text.push_str("，出现断档");
        Some(text)
    }
    fn next_step<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        let f = item.figures;
        let q = quoted(&item.target.title);
        let (every, at_least) = (self.every, self.at_least);
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
            let end = c.period.end().min(s.ctx.doc.plan.end);
            return Some(format!("{q}确保于{}前完成", s.ctx.date(end)));
        }
        Some(format!(
            "{q}严格落实每{}不少于{at_least}次的要求，确保剩余{}按要求开展",
            period_word(every),
            periods_count(every, left)
        ))
    }
    /// Cadence entries repeat one another ("9月集中研讨", "10月集中研讨"):
    /// they are cited only in a monthly or quarterly report, and weekly ones
    /// never.
    fn cites_examples(&self, s: &Sentences<'_, '_>) -> bool {
        !(self.every == Cadence::Week || s.ctx.window.is_none())
    }
}
