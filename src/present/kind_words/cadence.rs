//! A cadence's words: "每月至少 1 次", "12 个月中 10 个月达到每月 1 次…".

use super::{measure_text, period_index, Fact, KindWords, TableWords};
use crate::engine::{Detail, Measure, PeriodState, TargetProgress};
use crate::i18n::Lang;
use crate::plan::{Cadence, Target};
use crate::present::format::{
    cadence_name, fill, fmt_percent, missed_periods_text, status_in_sentence, with_unit,
};

/// At least `at_least` in every period `every`.
pub struct Words {
    /// The calendar period.
    pub every: Cadence,
    /// How many per period.
    pub at_least: u32,
}

/// The periods met, of how many.
fn met(p: &TargetProgress) -> (usize, usize) {
    match &p.detail {
        Detail::Cadence(t) => (
            t.iter().filter(|x| x.state == PeriodState::Met).count(),
            t.len(),
        ),
        _ => (0, 0),
    }
}

impl KindWords for Words {
    fn goal(&self, target: &Target, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        fill(
            m.goal_cadence,
            &[
                cadence_name(self.every, lang),
                &with_unit(&self.at_least.to_string(), &target.unit),
            ],
        )
    }
    fn figure_sentence(&self, target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let (met, n) = met(p);
        let missed = match &p.detail {
            Detail::Cadence(_) => p.missed_periods(),
            _ => Vec::new(),
        };
        let missed = if missed.is_empty() {
            String::new()
        } else {
            fill(m.fig_missed_periods, &[&missed_periods_text(&missed, lang)])
        };
        fill(
            m.fig_cadence,
            &[
                &met.to_string(),
                &n.to_string(),
                cadence_name(self.every, lang),
                &with_unit(&self.at_least.to_string(), &target.unit),
                &fmt_percent(p.completion),
                &missed,
                &status_in_sentence(p.status, lang),
            ],
        )
    }
    fn short_figure(&self, _target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let (met, all) = met(p);
        format!("{met} / {all} {}", m.period_units[period_index(self.every)])
    }
    fn shows_time_marker(&self) -> bool {
        true
    }
    fn table_figure(&self, _target: &Target, p: &TargetProgress, w: &TableWords) -> String {
        let (actual, goal) = (measure_text(&p.actual, ""), measure_text(&p.goal, ""));
        let word = w.periods[period_index(self.every)];
        format!("{actual}/{goal}{word}{}", w.met)
    }
    fn table_share(&self, _target: &Target, actual: &Measure, w: &TableWords) -> String {
        let word = w.periods[period_index(self.every)];
        format!("{}{word}{}", measure_text(actual, ""), w.met)
    }
    fn facts(&self, p: &TargetProgress) -> Vec<Fact> {
        vec![Fact::MissedPeriods(p.missed_periods())]
    }
}
