//! An improvement's words: "较基线 10 天提升 30% 以上", "基线 10 天，最新
//! 8 天…，已改善 20.0%…".

use super::{measure_text, KindWords, TableWords};
use crate::engine::{Detail, Measure, TargetProgress};
use crate::fixed::Fixed;
use crate::i18n::Lang;
use crate::plan::{Better, Target};
use crate::present::format::{
    fill, fmt_date, fmt_measure, fmt_percent, status_in_sentence, with_unit,
};

/// A change of `percent` against `baseline`, the `better` way.
pub struct Words {
    /// The baseline value.
    pub baseline: Fixed,
    /// The improvement to reach, in percent of the baseline.
    pub percent: Fixed,
    /// Which way is better.
    pub better: Better,
}

impl Words {
    /// The improvement aimed at: "提升 30%".
    fn aim(&self, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        fill(
            m.improve_goal,
            &[&with_unit(&self.percent.to_string(), "%")],
        )
    }
}

impl KindWords for Words {
    fn goal(&self, target: &Target, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let better = match self.better {
            Better::Higher => m.better[0],
            Better::Lower => m.better[1],
        };
        fill(
            m.goal_improvement,
            &[
                &with_unit(&self.baseline.to_string(), &target.unit),
                &with_unit(&self.percent.to_string(), "%"),
                better,
            ],
        )
    }
    fn figure_sentence(&self, target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let unit = target.unit.as_str();
        let status = &status_in_sentence(p.status, lang);
        let goal = self.aim(lang);
        match &p.detail {
            Detail::Measured {
                latest: Some(v),
                latest_on: Some(d),
                ..
            } => {
                let achieved = match p.actual {
                    Measure::Percent(f) => fmt_percent(f),
                    other => fmt_measure(other, "%"),
                };
                fill(
                    m.fig_improvement,
                    &[
                        &with_unit(&self.baseline.to_string(), unit),
                        &with_unit(&v.to_string(), unit),
                        &fmt_date(*d, lang),
                        &achieved,
                        &goal,
                        status,
                    ],
                )
            }
            _ => fill(m.fig_no_reading, &[&goal, status]),
        }
    }
    fn short_figure(&self, _target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let value = match (&p.detail, p.actual) {
            (
                Detail::Measured {
                    latest: Some(_), ..
                },
                Measure::Percent(f),
            ) => fmt_percent(f),
            _ => "—".to_string(),
        };
        fill(m.short_measured, &[&value, &self.aim(lang)])
    }
    fn table_figure(&self, _target: &Target, p: &TargetProgress, w: &TableWords) -> String {
        let (actual, goal) = (measure_text(&p.actual, ""), measure_text(&p.goal, ""));
        format!("{}{actual}/{goal}", w.improved)
    }
}
