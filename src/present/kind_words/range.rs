//! A range's words: "8–10 个", "已完成 9 个（目标 8–10 个）…".

use super::{count_of, measure_text, Fact, KindWords, TableWords};
use crate::engine::TargetProgress;
use crate::i18n::Lang;
use crate::plan::Target;
use crate::present::format::{fill, fmt_percent, status_in_sentence, with_unit};

/// A range from `min` to `max`.
pub struct Words {
    /// Reaching this is done.
    pub min: u32,
    /// Above this is over the plan.
    pub max: u32,
}

impl KindWords for Words {
    fn goal(&self, target: &Target, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        fill(
            m.goal_range,
            &[
                &self.min.to_string(),
                &with_unit(&self.max.to_string(), &target.unit),
            ],
        )
    }
    fn figure_sentence(&self, target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let mut s = fill(
            m.fig_range,
            &[
                &with_unit(&count_of(p.actual).to_string(), ""),
                &self.min.to_string(),
                &with_unit(&self.max.to_string(), &target.unit),
                &fmt_percent(p.raw_completion),
                &fmt_percent(p.time_progress),
                &status_in_sentence(p.status, lang),
            ],
        );
        if p.over_plan {
            s.push_str(m.fig_over_plan);
        }
        s
    }
    fn short_figure(&self, target: &Target, p: &TargetProgress, _lang: Lang) -> String {
        with_unit(
            &format!("{} / {}–{}", count_of(p.actual), self.min, self.max),
            &target.unit,
        )
    }
    fn shows_time_marker(&self) -> bool {
        true
    }
    fn table_figure(&self, target: &Target, p: &TargetProgress, _w: &TableWords) -> String {
        let actual = measure_text(&p.actual, "");
        format!("{actual}/{}-{}{}", self.min, self.max, target.unit)
    }
    fn facts(&self, p: &TargetProgress) -> Vec<Fact> {
        vec![Fact::OverPlan(p.over_plan)]
    }
}
