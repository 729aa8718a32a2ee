//! A ratio: two counts summed over the period whose ratio, in percent,
//! must reach a line (办结率 = 办结 ÷ 受理 ≥ 95%).

use super::{
    number, Aim, AimLine, Carry, Context, Field, FieldError, FieldSpec, Input, Kind, Problem,
};
use crate::fixed::{Fixed, SCALE};
use crate::frac::Frac;
use crate::i18n::Lang;
use crate::plan::{Reading, ReadingValue, TargetKind};

/// The ratio kind.
pub struct Rule;

const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        field: Field::Numerator,
        input: Input::Text,
        label: |l| super::words(l).numerator,
    },
    FieldSpec {
        field: Field::Denominator,
        input: Input::Text,
        label: |l| super::words(l).denominator,
    },
    FieldSpec {
        field: Field::Line,
        input: Input::Decimal,
        label: |l| super::words(l).line_percent,
    },
];

/// A ratio's labels: what its numerator and its denominator count
/// (办结, 受理); `None` for another kind.
pub fn labels(kind: &TargetKind) -> Option<(&str, &str)> {
    match kind {
        TargetKind::Ratio {
            numerator,
            denominator,
            ..
        } => Some((numerator, denominator)),
        _ => None,
    }
}

/// A line in percent (95 for 95%) as a fraction of 1; a negative line is 0.
pub fn line_of_one(percent: Fixed) -> Frac {
    Frac::new(
        u128::try_from(percent.raw()).unwrap_or(0),
        100 * SCALE as u128,
    )
}

/// The numerators and denominators of the ratio readings among
/// `readings`, summed in order: after each such reading, its date and the
/// sums so far. The engine judges by the last; the chart draws them all.
pub fn running_sums<'a>(
    readings: impl IntoIterator<Item = &'a Reading>,
) -> impl Iterator<Item = (&'a Reading, u64, u64)> {
    let (mut num, mut den) = (0u64, 0u64);
    readings.into_iter().filter_map(move |r| match r.value {
        ReadingValue::Counts {
            numerator,
            denominator,
        } => {
            num = num.saturating_add(numerator);
            den = den.saturating_add(denominator);
            Some((r, num, den))
        }
        ReadingValue::Value(_) => None,
    })
}

/// A ratio's kind and figures: `numerator` ÷ `denominator` (their labels)
/// reaching `line` percent.
pub fn target(line: Fixed, numerator: &str, denominator: &str) -> TargetKind {
    TargetKind::Ratio {
        line,
        numerator: numerator.to_string(),
        denominator: denominator.to_string(),
    }
}

impl Kind for Rule {
    fn key(&self) -> &'static str {
        "ratio"
    }
    fn name(&self, lang: Lang) -> &'static str {
        crate::i18n::target::msgs(lang).kinds[5]
    }
    fn takes_readings(&self) -> bool {
        true
    }
    fn counts_readings(&self) -> bool {
        true
    }
    fn unit(&self) -> Option<&'static str> {
        Some("%")
    }
    fn fields(&self) -> &'static [FieldSpec] {
        FIELDS
    }
    fn headline(&self) -> &'static [Field] {
        &[Field::Line]
    }
    /// A new ratio counts 完成 of 应完成 until its labels are given (the
    /// labels are the plan's own words, as the plan's text is Chinese).
    fn make(&self, c: &Carry, _: &Context<'_>) -> TargetKind {
        TargetKind::Ratio {
            line: c.line.unwrap_or(Fixed::from_int(90)),
            numerator: "完成".into(),
            denominator: "应完成".into(),
        }
    }
    fn carry(&self, kind: &TargetKind, c: &mut Carry) {
        if let TargetKind::Ratio { line, .. } = kind {
            c.line = Some(*line);
        }
    }
    fn aim(&self, kind: &TargetKind) -> Option<Aim> {
        match kind {
            TargetKind::Ratio { line, .. } => Some(Aim {
                line: AimLine::Ratio(line_of_one(*line)),
                baseline: None,
                lower_is_better: false,
            }),
            _ => None,
        }
    }
    fn text(&self, kind: &TargetKind, f: Field) -> Option<String> {
        match (kind, f) {
            (TargetKind::Ratio { line, .. }, Field::Line) => Some(line.to_string()),
            (TargetKind::Ratio { numerator, .. }, Field::Numerator) => Some(numerator.clone()),
            (TargetKind::Ratio { denominator, .. }, Field::Denominator) => {
                Some(denominator.clone())
            }
            _ => None,
        }
    }
    fn set(&self, kind: &mut TargetKind, f: Field, t: &str) -> Result<(), FieldError> {
        match (kind, f) {
            (TargetKind::Ratio { line, .. }, Field::Line) => {
                let n = number(t)?;
                if n > Fixed::from_int(100) {
                    return Err(FieldError::RatioAbove100(t.to_string()));
                }
                *line = n;
            }
            (TargetKind::Ratio { numerator, .. }, Field::Numerator) => *numerator = t.into(),
            (TargetKind::Ratio { denominator, .. }, Field::Denominator) => *denominator = t.into(),
            _ => return Err(FieldError::NoSuchField),
        }
        Ok(())
    }
    fn check(&self, kind: &TargetKind) -> Vec<(Field, Problem)> {
        match kind {
            TargetKind::Ratio { line, .. }
                if *line <= Fixed::ZERO || *line > Fixed::from_int(100) =>
            {
                vec![(Field::Line, Problem::LineOutOfRange)]
            }
            _ => Vec::new(),
        }
    }

    // Words
    fn rule_card(&self, parts: &super::RuleParts<'_>) -> String {
        crate::i18n::text::fill(parts.words.ratio, &[&(parts.near)(false)])
    }
}
