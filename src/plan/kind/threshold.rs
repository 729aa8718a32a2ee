//! A threshold: a measured value that must stay on the good side of a
//! line; the latest reading counts (无纸化办公覆盖率 ≥ 90%).

use super::{
    decimal, Aim, AimLine, Carry, Choice, Context, Field, FieldError, FieldSpec, Input, Kind,
};
use crate::fixed::Fixed;
use crate::i18n::Lang;
use crate::plan::{Direction, TargetKind};

/// The threshold kind.
pub struct Rule;

const SIDES: &[Choice] = &[
    (">=", |l| super::words(l).at_least_dir),
    ("<=", |l| super::words(l).at_most_dir),
];

const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        field: Field::Direction,
        input: Input::Choice(SIDES),
        label: |l| super::words(l).direction,
    },
    FieldSpec {
        field: Field::Line,
        input: Input::Decimal,
        label: |l| super::words(l).line,
    },
];

/// A threshold's kind and figures: on the `direction` side of `line`.
pub fn target(line: Fixed, direction: Direction) -> TargetKind {
    TargetKind::Threshold { line, direction }
}

impl Kind for Rule {
    fn key(&self) -> &'static str {
        "threshold"
    }
    fn name(&self, lang: Lang) -> &'static str {
        crate::i18n::target::msgs(lang).kinds[4]
    }
    fn takes_readings(&self) -> bool {
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
    fn make(&self, c: &Carry, _: &Context<'_>) -> TargetKind {
        TargetKind::Threshold {
            line: c.line.unwrap_or(Fixed::from_int(90)),
            direction: Direction::AtLeast,
        }
    }
    fn carry(&self, kind: &TargetKind, c: &mut Carry) {
        if let TargetKind::Threshold { line, .. } = kind {
            c.line = Some(*line);
        }
    }
    fn aim(&self, kind: &TargetKind) -> Option<Aim> {
        match kind {
            TargetKind::Threshold { line, direction } => Some(Aim {
                line: AimLine::Value(*line),
                baseline: None,
                lower_is_better: *direction == Direction::AtMost,
            }),
            _ => None,
        }
    }
    fn text(&self, kind: &TargetKind, f: Field) -> Option<String> {
        match (kind, f) {
            (TargetKind::Threshold { line, .. }, Field::Line) => Some(line.to_string()),
            (TargetKind::Threshold { direction, .. }, Field::Direction) => Some(
                match direction {
                    Direction::AtLeast => ">=",
                    Direction::AtMost => "<=",
                }
                .into(),
            ),
            _ => None,
        }
    }
    fn set(&self, kind: &mut TargetKind, f: Field, t: &str) -> Result<(), FieldError> {
        match (kind, f) {
            (TargetKind::Threshold { line, .. }, Field::Line) => *line = decimal(t)?,
            (TargetKind::Threshold { direction, .. }, Field::Direction) => {
                *direction = match t {
                    ">=" => Direction::AtLeast,
                    "<=" => Direction::AtMost,
                    _ => return Err(FieldError::BadChoice(t.to_string())),
                }
            }
            _ => return Err(FieldError::NoSuchField),
        }
        Ok(())
    }

    // Words
    fn rule_card(&self, parts: &super::RuleParts<'_>) -> String {
        crate::i18n::text::fill(parts.words.threshold, &[&(parts.near)(true)])
    }
}
