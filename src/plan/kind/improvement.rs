//! An improvement: a change against a baseline, in percent of the
//! baseline (工作效率提升 30% 以上).

use super::{
    number, Aim, AimLine, Carry, Choice, Context, Field, FieldError, FieldSpec, Input, Kind,
    Problem,
};
use crate::fixed::{Fixed, SCALE};
use crate::i18n::Lang;
use crate::plan::{Better, TargetKind};

/// The improvement kind.
pub struct Rule;

const WAYS: &[Choice] = &[
    ("higher", |l| crate::i18n::target::msgs(l).better[0]),
    ("lower", |l| crate::i18n::target::msgs(l).better[1]),
];

const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        field: Field::Baseline,
        input: Input::Decimal,
        label: |l| super::words(l).baseline,
    },
    FieldSpec {
        field: Field::Percent,
        input: Input::Decimal,
        label: |l| super::words(l).percent,
    },
    FieldSpec {
        field: Field::Better,
        input: Input::Choice(WAYS),
        label: |l| super::words(l).better,
    },
];

/// The value an improvement aims at: `baseline × (1 ∓ percent ÷ 100)`,
/// truncated to the ten-thousandth (drawn as the chart's line).
pub fn aim(baseline: Fixed, percent: Fixed, better: Better) -> Fixed {
    let b = i128::from(baseline.raw());
    let p = i128::from(percent.raw());
    let change = b * p / (100 * i128::from(SCALE));
    let aim = match better {
        Better::Lower => b - change,
        Better::Higher => b + change,
    };
    Fixed::from_raw(aim as i64)
}

/// An improvement's kind and figures: `percent` of `baseline`, in the
/// `better` direction.
pub fn target(baseline: Fixed, percent: Fixed, better: Better) -> TargetKind {
    TargetKind::Improvement {
        baseline,
        percent,
        better,
    }
}

impl Kind for Rule {
    fn key(&self) -> &'static str {
        "improvement"
    }
    fn name(&self, lang: Lang) -> &'static str {
        crate::i18n::target::msgs(lang).kinds[6]
    }
    fn takes_readings(&self) -> bool {
        true
    }
    fn fields(&self) -> &'static [FieldSpec] {
        FIELDS
    }
    fn headline(&self) -> &'static [Field] {
        &[Field::Percent]
    }
    /// A new improvement has no baseline until one is given (validation
    /// asks for it): a made-up baseline would be judged as if true.
    fn make(&self, c: &Carry, _: &Context<'_>) -> TargetKind {
        TargetKind::Improvement {
            baseline: Fixed::ZERO,
            percent: c.line.unwrap_or(Fixed::from_int(30)),
            better: Better::Higher,
        }
    }
    fn carry(&self, kind: &TargetKind, c: &mut Carry) {
        if let TargetKind::Improvement { percent, .. } = kind {
            c.line = Some(*percent);
        }
    }
    fn aim(&self, kind: &TargetKind) -> Option<Aim> {
        match kind {
            TargetKind::Improvement {
                baseline,
                percent,
                better,
            } => Some(Aim {
                line: AimLine::Value(aim(*baseline, *percent, *better)),
                baseline: Some(*baseline),
                lower_is_better: *better == Better::Lower,
            }),
            _ => None,
        }
    }
    fn text(&self, kind: &TargetKind, f: Field) -> Option<String> {
        match (kind, f) {
            (TargetKind::Improvement { baseline, .. }, Field::Baseline) => {
                Some(baseline.to_string())
            }
            (TargetKind::Improvement { percent, .. }, Field::Percent) => Some(percent.to_string()),
            (TargetKind::Improvement { better, .. }, Field::Better) => Some(
                match better {
                    Better::Higher => "higher",
                    Better::Lower => "lower",
                }
                .into(),
            ),
            _ => None,
        }
    }
    fn set(&self, kind: &mut TargetKind, f: Field, t: &str) -> Result<(), FieldError> {
        match (kind, f) {
            (TargetKind::Improvement { baseline, .. }, Field::Baseline) => *baseline = number(t)?,
            (TargetKind::Improvement { percent, .. }, Field::Percent) => *percent = number(t)?,
            (TargetKind::Improvement { better, .. }, Field::Better) => {
                *better = match t {
                    "higher" => Better::Higher,
                    "lower" => Better::Lower,
                    _ => return Err(FieldError::BadChoice(t.to_string())),
                }
            }
            _ => return Err(FieldError::NoSuchField),
        }
        Ok(())
    }
    /// A baseline of 0 is no baseline; an improvement of 0 or less none.
    /// Neither is refused in an intake review (building the plan notes a
    /// missing baseline), only when the plan is checked.
    fn check_in(&self, kind: &TargetKind, _: &crate::plan::Plan) -> Vec<(Field, Problem)> {
        let mut out = Vec::new();
        if let TargetKind::Improvement {
            baseline, percent, ..
        } = kind
        {
            if *baseline == Fixed::ZERO {
                out.push((Field::Baseline, Problem::BaselineZero));
            }
            if *percent <= Fixed::ZERO {
                out.push((Field::Percent, Problem::NotPositive));
            }
        }
        out
    }

    // Words
    fn rule_card(&self, parts: &super::RuleParts<'_>) -> String {
        crate::i18n::text::fill(parts.words.improvement, &[&(parts.near)(false)])
    }
}
