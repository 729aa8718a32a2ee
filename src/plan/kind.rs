//! Each kind of target in one module: its stable name and words, the
//! figures a new target of the kind starts with, what carries over when a
//! target changes kind, its form fields as a pure description (label,
//! input, parse and check of each field's text) and the shared figures the
//! engine and the chart both use (`ratio::line_of_one`,
//! `improvement::aim`).
//!
//! [`KINDS`] lists the kinds in menu order; [`of`] finds the module of a
//! target's kind. The plan editor and the intake review draw a kind's
//! fields from [`Kind::fields`] and change them through [`set`] and
//! [`switch_kind`], so neither matches on the kinds itself. A new kind is
//! a module here, a line in [`KINDS`], and the places the compiler names
//! (its variant, the file format, the engine's evaluation, its words).
//! A kind's words: its name and rule card ([`Kind::rule_card`]) here; what
//! it says of its figures in `present/kind_words/`, and its progress report
//! sentences in `report/sentences/kinds/`, one module per kind in each.

use chrono::NaiveDate;

use super::{Plan, TargetKind};
use crate::fixed::Fixed;
use crate::i18n::Lang;

pub mod cadence;
pub mod count;
pub mod improvement;
pub mod milestone;
pub mod per_person;
pub mod range;
pub mod ratio;
mod rule_card;
pub mod threshold;

pub use rule_card::RuleParts;

/// Every kind, in the order menus list them.
pub const KINDS: &[&dyn Kind] = &[
    &count::Rule,
    &range::Rule,
    &per_person::Rule,
    &cadence::Rule,
    &threshold::Rule,
    &ratio::Rule,
    &improvement::Rule,
    &milestone::Rule,
];

/// The module of a target's kind.
pub fn of(kind: &TargetKind) -> &'static dyn Kind {
    match kind {
        TargetKind::Count { .. } => &count::Rule,
        TargetKind::Range { .. } => &range::Rule,
        TargetKind::PerPerson { .. } => &per_person::Rule,
        TargetKind::Cadence { .. } => &cadence::Rule,
        TargetKind::Threshold { .. } => &threshold::Rule,
        TargetKind::Ratio { .. } => &ratio::Rule,
        TargetKind::Improvement { .. } => &improvement::Rule,
        TargetKind::Milestone { .. } => &milestone::Rule,
    }
}

/// The kind with this stable name.
pub fn by_key(key: &str) -> Option<&'static dyn Kind> {
    KINDS.iter().copied().find(|k| k.key() == key)
}

/// What one kind of target knows about itself. Each method that takes a
/// `&TargetKind` expects a target of this kind and does nothing (or gives
/// nothing) for another.
pub trait Kind: Sync {
    /// The stable name, as files, CSS classes, menus and the `report`
    /// command's output write it: `count`, `range`, …
    fn key(&self) -> &'static str;
    /// The kind's name in `lang`: 数量, 区间… / Count, Range…
    fn name(&self, lang: Lang) -> &'static str;
    /// Whether readings, not activities, measure it.
    fn takes_readings(&self) -> bool {
        false
    }
    /// Whether a target of the kind may carry its own due date besides its
    /// figures (the cumulative kinds: its 序时进度 runs to that date).
    fn has_due(&self) -> bool {
        false
    }
    /// Whether its readings are counts (a numerator of a denominator)
    /// rather than measured values.
    fn counts_readings(&self) -> bool {
        false
    }
    /// The date the kind itself is due (a milestone's), apart from the
    /// due date a target may carry.
    fn own_due(&self, _kind: &TargetKind) -> Option<NaiveDate> {
        None
    }
    /// The unit a target switched to this kind takes (`%` for a rate).
    fn unit(&self) -> Option<&'static str> {
        None
    }
    /// The fields of the kind, in form order.
    fn fields(&self) -> &'static [FieldSpec];
    /// The figure that states the target in one word: a count's number,
    /// a range's two ends, a line, an improvement's percent; none for a
    /// milestone.
    fn headline(&self) -> &'static [Field];
    /// A target of this kind made from what carried over from another.
    fn make(&self, carry: &Carry, ctx: &Context<'_>) -> TargetKind;
    /// What carries over from a target of this kind to one of another.
    fn carry(&self, _kind: &TargetKind, _carry: &mut Carry) {}
    /// The text of field `f` as its input shows it.
    fn text(&self, kind: &TargetKind, f: Field) -> Option<String>;
    /// Sets field `f` from `text`, or says why not and changes nothing.
    fn set(&self, kind: &mut TargetKind, f: Field, text: &str) -> Result<(), FieldError>;
    /// What a readings chart draws against for a measured kind (`None`
    /// for the kinds measured by activities).
    fn aim(&self, _kind: &TargetKind) -> Option<Aim> {
        None
    }
    /// What is wrong with the figures taken together (each field's text
    /// is checked by [`Kind::set`]): the field and the problem.
    fn check(&self, _kind: &TargetKind) -> Vec<(Field, Problem)> {
        Vec::new()
    }
    /// What is wrong with the figures in `plan` (a file may hold any
    /// figures): [`Kind::check`]'s findings and those against the plan's
    /// roster and period, as validation reports them.
    fn check_in(&self, kind: &TargetKind, _plan: &Plan) -> Vec<(Field, Problem)> {
        self.check(kind)
    }

    // Words
    /// How a target of the kind is judged, as its 判定规则 card says it,
    /// from the words of the rules in force.
    fn rule_card(&self, parts: &RuleParts<'_>) -> String;
    /// Whether a 年度指标 of the kind is judged once, at the end of its
    /// period (a milestone keeps its own due date).
    fn judged_yearly(&self) -> bool {
        true
    }
}

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

/// The labels of the kinds' fields.
pub fn words(lang: Lang) -> &'static crate::i18n::kind::KindMsgs {
    crate::i18n::kind::msgs(lang)
}

/// What carries over when a target changes kind.
#[derive(Debug, Clone, PartialEq)]
pub struct Carry {
    /// The number it counted to (a count's target, a range's lower end,
    /// each person's number, a cadence's number per period); at least 1.
    pub n: u32,
    /// Its line, for a measured kind (a threshold's or ratio's line, an
    /// improvement's percent).
    pub line: Option<Fixed>,
    /// Its due date (a milestone's, or the target's own).
    pub due: Option<NaiveDate>,
}

/// What a new kind may start from besides the old kind.
#[derive(Debug, Clone, Copy)]
pub struct Context<'a> {
    /// The plan's last day: a new milestone without a date is due then.
    pub end: NaiveDate,
    /// The plan's roster: a new per-person target applies to all of it.
    pub people: &'a [String],
}

/// The line a measured target's readings are drawn against.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AimLine {
    /// A value in the target's unit (a threshold's line, the value an
    /// improvement aims at).
    Value(Fixed),
    /// A rate as a fraction of 1, reached by the running ratio of the sums.
    Ratio(crate::frac::Frac),
}

/// What a readings chart of a measured kind draws.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Aim {
    /// The line to reach.
    pub line: AimLine,
    /// The baseline, drawn as a second line (an improvement's).
    pub baseline: Option<Fixed>,
    /// Whether lower values are better.
    pub lower_is_better: bool,
}

/// A kind and due date after a switch, and the unit it suggests.
#[derive(Debug, Clone, PartialEq)]
pub struct Switched {
    /// The new kind with its figures.
    pub kind: TargetKind,
    /// The target's own due date (kept only by the kinds that take one).
    pub due: Option<NaiveDate>,
    /// The unit the new kind takes, if it takes a fixed one.
    pub unit: Option<&'static str>,
}

/// Turns a target of kind `old` (with its own due date `due`) into one of
/// kind `key`, carrying over the number it had where the new kind takes
/// one; no figure is made up beyond what a new target of the kind starts
/// with. The one switch the plan editor and the intake review share.
pub fn switch_kind(
    old: &TargetKind,
    due: Option<NaiveDate>,
    key: &str,
    ctx: &Context<'_>,
) -> Result<Switched, FieldError> {
    let to = by_key(key).ok_or_else(|| FieldError::BadChoice(key.to_string()))?;
    let from = of(old);
    if from.key() == key {
        return Ok(Switched {
            kind: old.clone(),
            due,
            unit: None,
        });
    }
    let mut carry = Carry {
        n: 1,
        line: None,
        due,
    };
    from.carry(old, &mut carry);
    carry.n = carry.n.max(1);
    carry.line = carry.line.map(|l| l.min(Fixed::from_int(100)));
    Ok(Switched {
        kind: to.make(&carry, ctx),
        due: if to.has_due() { carry.due } else { None },
        unit: to.unit(),
    })
}

/// The date a target of kind `kind` with its own due date `due` is due:
/// the kind's own (a milestone's), else the target's.
pub fn due_of(kind: &TargetKind, due: Option<NaiveDate>) -> Option<NaiveDate> {
    of(kind).own_due(kind).or(due)
}

/// The text of field `f` of a target of kind `kind` with its own due date
/// `due`; empty when the kind has no such field.
pub fn text(kind: &TargetKind, due: Option<NaiveDate>, f: Field) -> String {
    let k = of(kind);
    if f == Field::Due && k.has_due() {
        return due.map(|d| d.to_string()).unwrap_or_default();
    }
    k.text(kind, f).unwrap_or_default()
}

/// Sets field `f` of a target (its kind, and its own due date) from
/// `text`, or says why not and changes nothing.
pub fn set(
    kind: &mut TargetKind,
    due: &mut Option<NaiveDate>,
    f: Field,
    text: &str,
) -> Result<(), FieldError> {
    let k = of(kind);
    if f == Field::Due && k.has_due() {
        *due = date(text)?;
        return Ok(());
    }
    if !k.fields().iter().any(|s| s.field == f) {
        return Err(FieldError::NoSuchField);
    }
    k.set(kind, f, text.trim())
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
