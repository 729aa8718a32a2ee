//! Each kind of target in one module: its stable name and words, the
//! figures a new target of the kind starts with (and a constructor,
//! `count::target(6)`, for code that builds one), what carries over when
//! a target changes kind, its form fields as a pure description (label,
//! input, parse and check of each field's text: `kind/field.rs`,
//! re-exported here), the shared figures the engine and the chart both
//! use (`ratio::line_of_one`, `improvement::aim`) and what the rest of
//! the code asks of a kind instead of matching on it: whether it is done
//! once ([`Kind::is_once`]), paced against 序时进度 ([`Kind::paced`]) and
//! what it then counts to ([`Kind::count_goal`]), the unit its count is
//! worded in ([`Kind::counted_in`]), its own dates ([`Kind::move_dates`])
//! and its chart aim ([`Kind::aim`]).
//!
//! [`KINDS`] lists the kinds in menu order; [`of`] finds the module of a
//! target's kind. The plan editor and the intake review draw a kind's
//! fields from [`Kind::fields`] and change them through [`set`] and
//! [`switch_kind`], so neither matches on the kinds itself.
//!
//! The engine's evaluation (`engine.rs`, one entry per kind to its
//! family's file) and the file format's conversion (`format/goal.rs`, one
//! entry each way) name the variants: each holds code of its own for every
//! kind. The views, the chart, the workbook, the 督查 documents, the plan
//! copy and the seed ask the kind through this trait or build one with its
//! constructor. A new kind is a module here, a line in [`KINDS`], an arm
//! in [`of`], and the entries the compiler then names (a new file form
//! needs a new format version).
//!
//! A kind's words: its name and rule card ([`Kind::rule_card`]) here; what
//! it says of its figures in `present/kind_words/`, and its progress report
//! sentences in `report/sentences/kinds/`, one module per kind in each.

use chrono::NaiveDate;

use super::{Plan, TargetKind};
use crate::fixed::Fixed;
use crate::i18n::Lang;

mod field;

pub mod cadence;
pub mod count;
pub mod improvement;
pub mod milestone;
pub mod per_person;
pub mod range;
pub mod ratio;
mod rule_card;
pub mod threshold;

pub(crate) use field::{date, decimal, number, whole, zero};
pub use field::{Choice, Field, FieldError, FieldSpec, Input, Problem};
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
    // Data: what the engine, the chart, the workbook, the plan copy and the
    // views ask of a kind instead of matching on it.
    /// Whether it is done once, by its first activity, rather than counted
    /// (a milestone): it has no count to word and no 年度指标 judgement.
    fn is_once(&self) -> bool {
        false
    }
    /// Whether its completion is a count judged against 序时进度 (count,
    /// range, per person), so that being behind is a number of points;
    /// exactly the kinds with a [`Kind::count_goal`].
    fn paced(&self) -> bool {
        false
    }
    /// What a paced kind counts to, as its cumulative chart draws it;
    /// `None` for the kinds not counted toward one total.
    fn count_goal<'a>(&self, _kind: &'a TargetKind) -> Option<CountGoal<'a>> {
        None
    }
    /// The unit a count of it is worded in when not the target's own: a
    /// cadence counts the periods met (周, 个月, 个季度, 年).
    fn counted_in(&self, _kind: &TargetKind, _lang: Lang) -> Option<&'static str> {
        None
    }
    /// Moves the kind's own dates (a milestone's due date) by `f`, as a
    /// plan copied to the next year does; the target's due date is the
    /// caller's.
    fn move_dates(&self, _kind: &mut TargetKind, _f: &dyn Fn(NaiveDate) -> NaiveDate) {}

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

/// What a paced kind counts to ([`Kind::count_goal`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CountGoal<'a> {
    /// What the 序时进度 line rises to: a count's number, a range's lower
    /// end, each person's number times the people.
    pub goal: u64,
    /// A range's upper end, drawn as a second line.
    pub max: Option<u64>,
    /// A per-person target's number for each person, and its people
    /// sorted, each once: a person counts up to that number.
    pub each: Option<(u64, Vec<&'a str>)>,
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
