//! A threshold's words: "≥ 90%", "最新 92%（2026年11月20日），≥ 90%…".

use super::{measure_text, KindWords, TableWords};
use crate::engine::{Detail, TargetProgress};
use crate::fixed::Fixed;
use crate::i18n::Lang;
use crate::plan::{Direction, Target};
use crate::present::format::{fill, fmt_date, status_in_sentence, with_unit};

/// A measured value on the good side of `line`.
pub struct Words {
    /// The line.
    pub line: Fixed,
    /// Which side is good.
    pub direction: Direction,
}

/// The side's sign: "≥" or "≤".
fn sign(direction: Direction) -> &'static str {
    match direction {
        Direction::AtLeast => "≥",
        Direction::AtMost => "≤",
    }
}

impl Words {
    /// The line with its side and unit: "≥ 90%", "≤ 3 天".
    fn line_text(&self, unit: &str) -> String {
        format!(
            "{} {}",
            sign(self.direction),
            with_unit(&self.line.to_string(), unit)
        )
    }
}

impl KindWords for Words {
    fn goal(&self, target: &Target, _lang: Lang) -> String {
        self.line_text(&target.unit)
    }
    fn figure_sentence(&self, target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let unit = target.unit.as_str();
        let status = &status_in_sentence(p.status, lang);
        let line = self.line_text(unit);
        match &p.detail {
            Detail::Measured {
                latest: Some(v),
                latest_on: Some(d),
                ..
            } => fill(
                m.fig_threshold,
                &[
                    &with_unit(&v.to_string(), unit),
                    &fmt_date(*d, lang),
                    &line,
                    status,
                ],
            ),
            _ => fill(m.fig_no_reading, &[&line, status]),
        }
    }
    fn short_figure(&self, target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let unit = target.unit.as_str();
        let value = match &p.detail {
            Detail::Measured {
                latest: Some(v), ..
            } => with_unit(&v.to_string(), unit),
            _ => "—".to_string(),
        };
        fill(m.short_measured, &[&value, &self.line_text(unit)])
    }
    fn table_figure(&self, target: &Target, p: &TargetProgress, _w: &TableWords) -> String {
        format!(
            "{}/{}{}",
            measure_text(&p.actual, &target.unit),
            sign(self.direction),
            measure_text(&p.goal, &target.unit)
        )
    }
}
