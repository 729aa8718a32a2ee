//! A milestone: done or not by a due date; done when an activity is
//! recorded for it.

use chrono::NaiveDate;

use super::{date, Carry, Context, Field, FieldError, FieldSpec, Input, Kind, Problem};
use crate::i18n::Lang;
use crate::plan::{Plan, TargetKind};

/// The milestone kind.
pub struct Rule;

const FIELDS: &[FieldSpec] = &[FieldSpec {
    field: Field::Due,
    input: Input::Date,
    label: |l| super::words(l).milestone_due,
}];

/// A milestone's kind and figure: done by `due`.
pub fn target(due: NaiveDate) -> TargetKind {
    TargetKind::Milestone { due }
}

impl Kind for Rule {
    fn key(&self) -> &'static str {
        "milestone"
    }
    fn name(&self, lang: Lang) -> &'static str {
        crate::i18n::target::msgs(lang).kinds[7]
    }
    fn own_due(&self, kind: &TargetKind) -> Option<NaiveDate> {
        match kind {
            TargetKind::Milestone { due } => Some(*due),
            _ => None,
        }
    }
    fn fields(&self) -> &'static [FieldSpec] {
        FIELDS
    }
    fn headline(&self) -> &'static [Field] {
        &[]
    }
    fn is_once(&self) -> bool {
        true
    }
    fn move_dates(&self, kind: &mut TargetKind, f: &dyn Fn(NaiveDate) -> NaiveDate) {
        if let TargetKind::Milestone { due } = kind {
            *due = f(*due);
        }
    }
    /// Due on the date the target had, else at the end of the plan.
    fn make(&self, c: &Carry, ctx: &Context<'_>) -> TargetKind {
        TargetKind::Milestone {
            due: c.due.unwrap_or(ctx.end),
        }
    }
    fn carry(&self, kind: &TargetKind, c: &mut Carry) {
        if let TargetKind::Milestone { due } = kind {
            c.due = Some(*due);
        }
    }
    fn text(&self, kind: &TargetKind, f: Field) -> Option<String> {
        match (kind, f) {
            (TargetKind::Milestone { due }, Field::Due) => Some(due.to_string()),
            _ => None,
        }
    }
    fn set(&self, kind: &mut TargetKind, f: Field, t: &str) -> Result<(), FieldError> {
        match (kind, f) {
            (TargetKind::Milestone { due }, Field::Due) => {
                *due = date(t)?.ok_or(FieldError::DueRequired)?
            }
            _ => return Err(FieldError::NoSuchField),
        }
        Ok(())
    }
    fn check_in(&self, kind: &TargetKind, plan: &Plan) -> Vec<(Field, Problem)> {
        match kind {
            TargetKind::Milestone { due } if *due < plan.start || *due > plan.end => {
                vec![(Field::Due, Problem::OutsidePeriod(*due))]
            }
            _ => Vec::new(),
        }
    }

    // Words
    fn rule_card(&self, parts: &super::RuleParts<'_>) -> String {
        crate::i18n::text::fill(parts.words.milestone, &[&parts.due_soon_days.to_string()])
    }
    fn judged_yearly(&self) -> bool {
        false
    }
}
