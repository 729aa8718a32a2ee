//! A count's words: "不少于 6 次", "已完成 3 次 / 6 次，完成率 50.0%…".

use super::{count_of, measure_text, KindWords, TableWords};
use crate::engine::TargetProgress;
use crate::i18n::Lang;
use crate::plan::Target;
use crate::present::format::{fill, fmt_percent, status_in_sentence, with_unit};

/// A count of `target`.
pub struct Words {
    /// The number to reach.
    pub target: u32,
}

impl KindWords for Words {
    fn goal(&self, target: &Target, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        fill(
            m.goal_count,
            &[&with_unit(&self.target.to_string(), &target.unit)],
        )
    }
    fn figure_sentence(&self, target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let count = |n: u64| with_unit(&n.to_string(), &target.unit);
        fill(
            m.fig_count,
            &[
                &count(count_of(p.actual)),
                &count(u64::from(self.target)),
                &fmt_percent(p.raw_completion),
                &fmt_percent(p.time_progress),
                &status_in_sentence(p.status, lang),
            ],
        )
    }
    fn short_figure(&self, target: &Target, p: &TargetProgress, _lang: Lang) -> String {
        with_unit(
            &format!("{} / {}", count_of(p.actual), self.target),
            &target.unit,
        )
    }
    fn shows_time_marker(&self) -> bool {
        true
    }
    fn table_figure(&self, target: &Target, p: &TargetProgress, _w: &TableWords) -> String {
        let (actual, goal) = (measure_text(&p.actual, ""), measure_text(&p.goal, ""));
        format!("{actual}/{goal}{}", target.unit)
    }
}
