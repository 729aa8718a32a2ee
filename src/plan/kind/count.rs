//! A count: at least `target` in the plan period (专题培训 6 次).

use super::{whole, Carry, Context, CountGoal, Field, FieldError, FieldSpec, Input, Kind, Problem};
use crate::i18n::Lang;
use crate::plan::TargetKind;

/// The count kind.
pub struct Rule;

const FIELDS: &[FieldSpec] = &[FieldSpec {
    field: Field::Target,
    input: Input::Whole,
    label: |l| super::words(l).target,
}];

/// A count's kind and figure: at least `target` in the plan period.
pub fn target(target: u32) -> TargetKind {
    TargetKind::Count { target }
}

impl Kind for Rule {
    fn key(&self) -> &'static str {
        "count"
    }
    fn name(&self, lang: Lang) -> &'static str {
        crate::i18n::target::msgs(lang).kinds[0]
    }
    fn has_due(&self) -> bool {
        true
    }
    fn fields(&self) -> &'static [FieldSpec] {
        FIELDS
    }
    fn headline(&self) -> &'static [Field] {
        &[Field::Target]
    }
    fn paced(&self) -> bool {
        true
    }
    fn count_goal<'a>(&self, kind: &'a TargetKind) -> Option<CountGoal<'a>> {
        match kind {
            TargetKind::Count { target } => Some(CountGoal {
                goal: u64::from(*target),
                max: None,
                each: None,
            }),
            _ => None,
        }
    }
    fn make(&self, c: &Carry, _: &Context<'_>) -> TargetKind {
        TargetKind::Count { target: c.n }
    }
    fn carry(&self, kind: &TargetKind, c: &mut Carry) {
        if let TargetKind::Count { target } = kind {
            c.n = *target;
        }
    }
    fn text(&self, kind: &TargetKind, f: Field) -> Option<String> {
        match (kind, f) {
            (TargetKind::Count { target }, Field::Target) => Some(target.to_string()),
            _ => None,
        }
    }
    fn set(&self, kind: &mut TargetKind, f: Field, t: &str) -> Result<(), FieldError> {
        match (kind, f) {
            (TargetKind::Count { target }, Field::Target) => *target = whole(t)?,
            _ => return Err(FieldError::NoSuchField),
        }
        Ok(())
    }
    fn check(&self, kind: &TargetKind) -> Vec<(Field, Problem)> {
        match kind {
            TargetKind::Count { target } => super::zero(*target, Field::Target),
            _ => Vec::new(),
        }
    }

    // Words
    fn rule_card(&self, parts: &super::RuleParts<'_>) -> String {
        (parts.cumulative)()
    }
}
