//! A ratio's words: "办结 ÷ 受理 ≥ 95%", "办结 190 / 受理 200 = 95.0%…".

use super::{measure_text, KindWords, TableWords};
use crate::engine::{Detail, TargetProgress};
use crate::fixed::Fixed;
use crate::frac::Frac;
use crate::i18n::Lang;
use crate::plan::Target;
use crate::present::format::{fill, fmt_percent, status_in_sentence, with_unit};

/// `numerator` ÷ `denominator` at least `line` percent.
pub struct Words<'a> {
    /// The line, in percent.
    pub line: Fixed,
    /// The numerator's label.
    pub numerator: &'a str,
    /// The denominator's label.
    pub denominator: &'a str,
}

impl Words<'_> {
    /// The line in percent: "95%".
    fn line_pct(&self) -> String {
        with_unit(&self.line.to_string(), "%")
    }
}

/// The summed numerator and denominator, when something was counted.
fn sums(p: &TargetProgress) -> Option<(u64, u64)> {
    match &p.detail {
        Detail::Measured {
            sums: Some((num, den)),
            ..
        } if *den > 0 => Some((*num, *den)),
        _ => None,
    }
}

impl KindWords for Words<'_> {
    fn goal(&self, _target: &Target, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        fill(
            m.goal_ratio,
            &[self.numerator, self.denominator, &self.line_pct()],
        )
    }
    fn figure_sentence(&self, _target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let status = &status_in_sentence(p.status, lang);
        let line_pct = self.line_pct();
        match sums(p) {
            Some((num, den)) => fill(
                m.fig_ratio,
                &[
                    self.numerator,
                    &num.to_string(),
                    self.denominator,
                    &den.to_string(),
                    &fmt_percent(Frac::new(u128::from(num), u128::from(den))),
                    &line_pct,
                    status,
                ],
            ),
            None => fill(m.fig_no_reading, &[&format!("≥ {line_pct}"), status]),
        }
    }
    fn short_figure(&self, _target: &Target, p: &TargetProgress, lang: Lang) -> String {
        let m = crate::i18n::target::msgs(lang);
        let value = match sums(p) {
            Some((num, den)) => fmt_percent(Frac::new(u128::from(num), u128::from(den))),
            None => "—".to_string(),
        };
        let line = format!("≥ {}", self.line_pct());
        fill(m.short_measured, &[&value, &line])
    }
    fn table_figure(&self, _target: &Target, p: &TargetProgress, w: &TableWords) -> String {
        let (actual, goal) = (measure_text(&p.actual, ""), measure_text(&p.goal, ""));
        let mut text = format!("{actual}/≥{goal}");
        if let Detail::Measured {
            sums: Some((n, d)), ..
        } = &p.detail
        {
            text.push_str(&(w.sums)(self.numerator, *n, self.denominator, *d));
        }
        text
    }
}
