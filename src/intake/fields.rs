//! A proposal's kind and its figures, field by field, as the review screen
//! edits them: the fields are those of the kind's module
//! ([`crate::plan::kind`]) but the roster, which a proposal does not have
//! yet (building the plan gives it the plan's people). Every edit is
//! checked there; a refused edit changes nothing.

use chrono::NaiveDate;

use super::{Note, Proposal};
use crate::plan::kind::{self, Context, FieldError, Input, Switched};
pub use crate::plan::kind::{Field, FieldSpec};
use crate::plan::TargetKind;

/// The fields a proposal of this kind is edited by, in screen order.
pub fn fields(kind: &TargetKind) -> Vec<FieldSpec> {
    let k = kind::of(kind);
    let mut out: Vec<FieldSpec> = k
        .fields()
        .iter()
        .filter(|f| !matches!(f.input, Input::People))
        .copied()
        .collect();
    if k.has_due() {
        out.push(FieldSpec {
            field: Field::Due,
            input: Input::Date,
            label: |l| kind::words(l).due,
        });
    }
    out
}

/// The value of a field as its input shows it (empty when the kind has no
/// such field).
pub fn field_text(p: &Proposal, f: Field) -> String {
    kind::text(&p.kind, p.due, f)
}

/// Sets field `f` of `p` from `text`, or says why not and changes nothing.
pub(super) fn set_field(p: &mut Proposal, f: Field, text: &str) -> Result<(), FieldError> {
    kind::set(&mut p.kind, &mut p.due, f, text)?;
    if f == Field::Due && !kind::of(&p.kind).has_due() {
        // A milestone's date given: no longer the period's end by default.
        p.notes.retain(|n| *n != Note::DueAtPeriodEnd);
    }
    Ok(())
}

/// Turns `p` into a target of kind `key` (one of [`kind::KINDS`]) by the
/// plan's one switch ([`kind::switch_kind`]); a new milestone is due on
/// `end` unless `p` had a date. A rate takes the unit `%`.
pub(super) fn switch_kind(p: &mut Proposal, key: &str, end: NaiveDate) -> Result<(), FieldError> {
    let ctx = Context { end, people: &[] };
    let Switched { kind, due, unit } = kind::switch_kind(&p.kind, p.due, key, &ctx)?;
    p.kind = kind;
    p.due = due;
    if let Some(u) = unit {
        p.unit = u.to_string();
    }
    Ok(())
}
