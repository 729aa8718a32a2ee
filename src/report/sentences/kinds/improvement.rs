//! An improvement's sentences in the progress report: the latest reading
//! against the baseline, and the change against the change aimed at.

use super::super::{frac_gap, line_frac, Item, Sentences};
use super::KindSentences;
use crate::engine::Measure;
use crate::fixed::Fixed;
use crate::plan::Better;
use crate::report::words::{pct, value};

/// A change of `percent` against `baseline`, the `better` way.
pub(super) struct Words {
    /// The baseline value.
    pub baseline: Fixed,
    /// The improvement to reach, in percent of the baseline.
    pub percent: Fixed,
    /// Which way is better.
    pub better: Better,
}

impl<'a> Sentences<'_, 'a> {
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
}

impl KindSentences for Words {
    fn work<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.work_improvement(item, self.baseline, self.percent, self.better))
    }
    fn problem<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        s.measured_problem(item, || match item.figures.actual {
            Measure::Percent(p) => Some(format!(
                "较基线改善{}，距目标尚差{}",
                pct(p),
                frac_gap(line_frac(self.percent), p)
            )),
            _ => None,
        })
    }
    fn next_step<'a>(&self, s: &Sentences<'_, 'a>, item: &Item<'a>) -> Option<String> {
        Some(s.measured_next_step(item))
    }
}
