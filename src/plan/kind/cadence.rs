//! A cadence: at least `at_least` in every calendar period (每月 1 次).

use super::{whole, Carry, Choice, Context, Field, FieldError, FieldSpec, Input, Kind, Problem};
use crate::i18n::Lang;
use crate::plan::{Cadence, TargetKind};

/// The cadence kind.
pub struct Rule;

/// The periods by stable name, in menu order.
pub const PERIODS: [(&str, Cadence); 4] = [
    ("week", Cadence::Week),
    ("month", Cadence::Month),
    ("quarter", Cadence::Quarter),
    ("year", Cadence::Year),
];

/// The stable name of a period.
pub fn period_key(c: Cadence) -> &'static str {
    PERIODS
        .iter()
        .find(|(_, x)| *x == c)
        .map(|(k, _)| *k)
        .unwrap_or("month")
}

const CHOICES: &[Choice] = &[
    ("week", |l| crate::i18n::target::msgs(l).cadences[0]),
    ("month", |l| crate::i18n::target::msgs(l).cadences[1]),
    ("quarter", |l| crate::i18n::target::msgs(l).cadences[2]),
    ("year", |l| crate::i18n::target::msgs(l).cadences[3]),
];

const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        field: Field::Every,
        input: Input::Choice(CHOICES),
        label: |l| super::words(l).every,
    },
    FieldSpec {
        field: Field::AtLeast,
        input: Input::Whole,
        label: |l| super::words(l).at_least,
    },
];

/// A cadence's kind and figures: at least `at_least` in every period
/// `every`.
pub fn target(every: Cadence, at_least: u32) -> TargetKind {
    TargetKind::Cadence { every, at_least }
}

impl Kind for Rule {
    fn key(&self) -> &'static str {
        "cadence"
    }
    fn name(&self, lang: Lang) -> &'static str {
        crate::i18n::target::msgs(lang).kinds[3]
    }
    fn fields(&self) -> &'static [FieldSpec] {
        FIELDS
    }
    fn headline(&self) -> &'static [Field] {
        &[Field::AtLeast]
    }
    fn counted_in(&self, kind: &TargetKind, lang: Lang) -> Option<&'static str> {
        match kind {
            TargetKind::Cadence { every, .. } => {
                let i = PERIODS.iter().position(|(_, c)| c == every)?;
                Some(crate::i18n::target::msgs(lang).period_units[i])
            }
            _ => None,
        }
    }
    fn make(&self, c: &Carry, _: &Context<'_>) -> TargetKind {
        TargetKind::Cadence {
            every: Cadence::Month,
            at_least: c.n,
        }
    }
    fn carry(&self, kind: &TargetKind, c: &mut Carry) {
        if let TargetKind::Cadence { at_least, .. } = kind {
            c.n = *at_least;
        }
    }
    fn text(&self, kind: &TargetKind, f: Field) -> Option<String> {
        match (kind, f) {
            (TargetKind::Cadence { every, .. }, Field::Every) => Some(period_key(*every).into()),
            (TargetKind::Cadence { at_least, .. }, Field::AtLeast) => Some(at_least.to_string()),
            _ => None,
        }
    }
    fn set(&self, kind: &mut TargetKind, f: Field, t: &str) -> Result<(), FieldError> {
        match (kind, f) {
            (TargetKind::Cadence { every, .. }, Field::Every) => {
                *every = PERIODS
                    .iter()
                    .find(|(k, _)| *k == t)
                    .map(|(_, c)| *c)
                    .ok_or_else(|| FieldError::BadChoice(t.to_string()))?
            }
            (TargetKind::Cadence { at_least, .. }, Field::AtLeast) => *at_least = whole(t)?,
            _ => return Err(FieldError::NoSuchField),
        }
        Ok(())
    }
    fn check(&self, kind: &TargetKind) -> Vec<(Field, Problem)> {
        match kind {
            TargetKind::Cadence { at_least, .. } => super::zero(*at_least, Field::AtLeast),
            _ => Vec::new(),
        }
    }

    // Words
    fn rule_card(&self, parts: &super::RuleParts<'_>) -> String {
        parts.words.cadence.to_string()
    }
}
