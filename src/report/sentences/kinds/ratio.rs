//! A ratio's sentences in the progress report: the sums so far (and within
//! a monthly or quarterly report's window) and their rate against the line.

use super::super::{frac_gap, line_frac, Item, Sentences};
use super::KindSentences;
use crate::engine::{Detail, Measure};
use crate::fixed::Fixed;
use crate::report::words::pct;

/// `numerator` ÷ `denominator` at least `line` percent.
pub(super) struct Words<'k> {
    /// The line, in percent.
    pub line: Fixed,
    /// The numerator's label.
    pub numerator: &'k str,
    /// The denominator's label.
    pub denominator: &'k str,
}

impl<'a> Sentences<'_, 'a> {
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
}

impl KindSentences for Words<'_> {
    fn work<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.work_ratio(item, self.line, self.numerator, self.denominator))
    }
    fn problem<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        s.measured_problem(item, || match item.figures.actual {
            Measure::Percent(p) => Some(format!(
                "{}率为{}，距目标值尚差{}",
                self.numerator.trim(),
                pct(p),
                frac_gap(line_frac(self.line), p)
            )),
            _ => None,
        })
    }
    fn next_step<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.measured_next_step(item))
    }
}
