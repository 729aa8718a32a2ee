//! A kind's figures as a form edits them: which figure ([`Field`]), how
//! it is entered ([`Input`], [`FieldSpec`]), its text read with full-width
//! digits taken or refused in words ([`FieldError`]), and what is wrong
//! with figures taken together ([`Problem`]). Shared by every kind's
//! module; re-exported from [`super`].

use chrono::NaiveDate;

use super::words;
use crate::fixed::Fixed;
use crate::i18n::Lang;

/// One figure of a kind of target, as a form edits it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// A count's number.
    Target,
    /// A range's lower end.
    Min,
    /// A range's upper end.
    Max,
    /// A per-person target's number for each person.
    Each,
    /// The people a per-person target applies to.
    Roster,
    /// A cadence's period: `week`, `month`, `quarter`, `year`.
    Every,
    /// A cadence's number per period.
    AtLeast,
    /// A threshold's good side: `>=` or `<=`.
    Direction,
    /// A threshold's or ratio's line.
    Line,
    /// A ratio's numerator label.
    Numerator,
    /// A ratio's denominator label.
    Denominator,
    /// An improvement's baseline.
    Baseline,
    /// An improvement's percent.
    Percent,
    /// An improvement's better way: `higher` or `lower`.
    Better,
    /// The due date, YYYY-MM-DD: a milestone's own; optional for the kinds
    /// that [`Kind::has_due`].
    Due,
}

impl Field {
    /// The field's name in the exchange format (the last part of the path
    /// a validation issue gives, e.g. `goal.min`).
    pub fn key(self) -> &'static str {
        match self {
            Field::Target => "target",
            Field::Min => "min",
            Field::Max => "max",
            Field::Each => "each",
            Field::Roster => "roster",
            Field::Every => "every",
            Field::AtLeast => "at_least",
            Field::Direction => "direction",
            Field::Line => "line",
            Field::Numerator => "numerator",
            Field::Denominator => "denominator",
            Field::Baseline => "baseline",
            Field::Percent => "percent",
            Field::Better => "better",
            Field::Due => "due",
        }
    }
}

/// How a field is entered.
#[derive(Debug, Clone, Copy)]
pub enum Input {
    /// A whole number above 0.
    Whole,
    /// A decimal number above 0 (at most four decimals).
    Decimal,
    /// A short text.
    Text,
    /// A date, YYYY-MM-DD.
    Date,
    /// One of a few choices.
    Choice(&'static [Choice]),
    /// People from the plan's roster.
    People,
}

/// A choice of a menu: its value and its words in a language.
pub type Choice = (&'static str, fn(Lang) -> &'static str);

/// One field of a kind's form.
#[derive(Debug, Clone, Copy)]
pub struct FieldSpec {
    /// Which figure.
    pub field: Field,
    /// How it is entered.
    pub input: Input,
    /// Its label in a language.
    pub label: fn(Lang) -> &'static str,
}

/// Two descriptions of the same figure are the same field (a form redraws
/// when the fields change, not when their words are looked up again).
impl PartialEq for FieldSpec {
    fn eq(&self, other: &FieldSpec) -> bool {
        self.field == other.field
    }
}

/// Why a field's text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FieldError {
    /// Not a whole number above zero.
    #[error("\"{0}\" is not a whole number above 0")]
    NotWhole(String),
    /// Not a number above zero.
    #[error("\"{0}\" is not a number above 0")]
    NotNumber(String),
    /// Not a number at all.
    #[error("\"{0}\" is not a number (at most 4 decimals)")]
    NotDecimal(String),
    /// A ratio's line above 100%.
    #[error("\"{0}\": a rate is at most 100%")]
    RatioAbove100(String),
    /// The date is not YYYY-MM-DD.
    #[error("\"{0}\" is not a date YYYY-MM-DD")]
    BadDate(String),
    /// A milestone without a date.
    #[error("a milestone needs a due date")]
    DueRequired,
    /// A choice the menu does not offer.
    #[error("\"{0}\" is not one of the choices")]
    BadChoice(String),
    /// A field this kind of target does not have.
    #[error("this kind of target has no such field")]
    NoSuchField,
}

impl FieldError {
    /// The message in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let m = words(lang);
        let fill = |template: &str, t: &str| template.replace("{0}", t);
        match self {
            FieldError::NotWhole(t) => fill(m.not_whole, t),
            FieldError::NotNumber(t) => fill(m.not_number, t),
            FieldError::NotDecimal(t) => fill(m.not_decimal, t),
            FieldError::RatioAbove100(t) => fill(m.ratio_above_100, t),
            FieldError::BadDate(t) => fill(m.bad_date, t),
            FieldError::DueRequired => m.due_required.to_string(),
            FieldError::BadChoice(t) => fill(m.bad_choice, t),
            FieldError::NoSuchField => m.no_such_field.to_string(),
        }
    }
}

/// What is wrong with a kind's figures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A number to reach of 0.
    Zero,
    /// A range's lower end of 0.
    MinZero,
    /// A range's lower end above its upper end.
    MinAboveMax {
        /// The lower end.
        min: u32,
        /// The upper end.
        max: u32,
    },
    /// A per-person target that applies to nobody.
    EmptyRoster,
    /// The `i`-th name of a roster is not on the plan's.
    UnknownPerson(usize, String),
    /// The `i`-th name of a roster is there twice.
    DuplicatePerson(usize, String),
    /// A rate's line outside 0–100.
    LineOutOfRange,
    /// An improvement's baseline of 0.
    BaselineZero,
    /// An improvement of 0 or less.
    NotPositive,
    /// A date outside the plan period.
    OutsidePeriod(NaiveDate),
}

/// A figure to reach of 0, at field `f`.
pub(crate) fn zero(n: u32, f: Field) -> Vec<(Field, Problem)> {
    if n == 0 {
        vec![(f, Problem::Zero)]
    } else {
        Vec::new()
    }
}

/// A whole number above 0, with full-width digits taken.
pub(crate) fn whole(t: &str) -> Result<u32, FieldError> {
    normalize(t.trim())
        .parse::<u32>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| FieldError::NotWhole(t.trim().to_string()))
}

/// A number above 0 (a trailing % allowed), with full-width digits taken.
pub(crate) fn number(t: &str) -> Result<Fixed, FieldError> {
    let n = normalize(t.trim());
    n.trim_end_matches('%')
        .parse::<Fixed>()
        .ok()
        .filter(|x| *x > Fixed::ZERO)
        .ok_or_else(|| FieldError::NotNumber(t.trim().to_string()))
}

/// Any number (a trailing % allowed), with full-width digits taken: a
/// threshold's line may be 0 (安全生产事故 ≤ 0 起).
pub(crate) fn decimal(t: &str) -> Result<Fixed, FieldError> {
    let n = normalize(t.trim());
    n.trim_end_matches('%')
        .parse::<Fixed>()
        .map_err(|_| FieldError::NotDecimal(t.trim().to_string()))
}

/// A date YYYY-MM-DD, or none when empty.
pub(crate) fn date(t: &str) -> Result<Option<NaiveDate>, FieldError> {
    let t = t.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| FieldError::BadDate(t.to_string()))
}

/// Full-width digits, point and percent sign as ASCII.
fn normalize(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '％' => '%',
            c => c,
        })
        .collect()
}
