//! A range: between `min` and `max` (落地实施优秀项目 8-10 个); reaching
//! `min` is done, above `max` is flagged as over the plan.

use super::{whole, Carry, Context, CountGoal, Field, FieldError, FieldSpec, Input, Kind, Problem};
use crate::i18n::Lang;
use crate::plan::TargetKind;

/// The range kind.
pub struct Rule;

const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        field: Field::Min,
        input: Input::Whole,
        label: |l| super::words(l).min,
    },
    FieldSpec {
        field: Field::Max,
        input: Input::Whole,
        label: |l| super::words(l).max,
    },
];

/// A range's kind and figures: between `min` and `max`.
pub fn target(min: u32, max: u32) -> TargetKind {
    TargetKind::Range { min, max }
}

impl Kind for Rule {
    fn key(&self) -> &'static str {
        "range"
    }
    fn name(&self, lang: Lang) -> &'static str {
        crate::i18n::target::msgs(lang).kinds[1]
    }
    fn has_due(&self) -> bool {
        true
    }
    fn fields(&self) -> &'static [FieldSpec] {
        FIELDS
    }
    fn headline(&self) -> &'static [Field] {
        &[Field::Min, Field::Max]
    }
    fn paced(&self) -> bool {
        true
    }
    fn count_goal<'a>(&self, kind: &'a TargetKind) -> Option<CountGoal<'a>> {
        match kind {
            TargetKind::Range { min, max } => Some(CountGoal {
                goal: u64::from(*min),
                max: Some(u64::from(*max)),
                each: None,
            }),
            _ => None,
        }
    }
    /// A range made from a number runs from it to itself: the upper end
    /// is the user's to give, never a figure made up.
    fn make(&self, c: &Carry, _: &Context<'_>) -> TargetKind {
        TargetKind::Range { min: c.n, max: c.n }
    }
    fn carry(&self, kind: &TargetKind, c: &mut Carry) {
        if let TargetKind::Range { min, .. } = kind {
            c.n = *min;
        }
    }
    fn text(&self, kind: &TargetKind, f: Field) -> Option<String> {
        match (kind, f) {
            (TargetKind::Range { min, .. }, Field::Min) => Some(min.to_string()),
            (TargetKind::Range { max, .. }, Field::Max) => Some(max.to_string()),
            _ => None,
        }
    }
    fn set(&self, kind: &mut TargetKind, f: Field, t: &str) -> Result<(), FieldError> {
        match (kind, f) {
            (TargetKind::Range { min, .. }, Field::Min) => *min = whole(t)?,
            (TargetKind::Range { max, .. }, Field::Max) => *max = whole(t)?,
            _ => return Err(FieldError::NoSuchField),
        }
        Ok(())
    }
    fn check(&self, kind: &TargetKind) -> Vec<(Field, Problem)> {
        let mut out = Vec::new();
        if let TargetKind::Range { min, max } = kind {
            if *min == 0 {
                out.push((Field::Min, Problem::MinZero));
            }
            if min > max {
                out.push((
                    Field::Min,
                    Problem::MinAboveMax {
                        min: *min,
                        max: *max,
                    },
                ));
            }
        }
        out
    }

    // Words
    fn rule_card(&self, parts: &super::RuleParts<'_>) -> String {
        (parts.cumulative)()
    }
}
