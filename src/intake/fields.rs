//! A proposal's kind and its figures, field by field, as the review screen
//! edits them: a count has its target; a range its min and max; a
//! per-person target each person's number; a cadence its period and how
//! many per period; a threshold or ratio its line (a threshold also its
//! side); an improvement its percent and which way is better; a milestone
//! its due date. Counts, ranges and per-person targets may carry a due date
//! too. Every edit is checked here; a refused edit changes nothing.

use chrono::NaiveDate;

use super::edit_error::EditError;
use super::{normalize, Proposal};
use crate::fixed::Fixed;
use crate::plan::{Better, Cadence, Direction, TargetKind};

/// The kinds in the order the review screen lists them, by stable name.
pub const KINDS: [&str; 8] = [
    "count",
    "range",
    "per_person",
    "cadence",
    "threshold",
    "ratio",
    "improvement",
    "milestone",
];

/// The stable name of a kind (one of [`KINDS`]).
pub fn kind_key(kind: &TargetKind) -> &'static str {
    match kind {
        TargetKind::Count { .. } => "count",
        TargetKind::Range { .. } => "range",
        TargetKind::PerPerson { .. } => "per_person",
        TargetKind::Cadence { .. } => "cadence",
        TargetKind::Threshold { .. } => "threshold",
        TargetKind::Ratio { .. } => "ratio",
        TargetKind::Improvement { .. } => "improvement",
        TargetKind::Milestone { .. } => "milestone",
    }
}

/// One editable figure of a proposal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A count's number.
    Target,
    /// A range's lower end.
    Min,
    /// A range's upper end.
    Max,
    /// A per-person target's number for each person.
    Each,
    /// A cadence's period: `week`, `month`, `quarter`, `year`.
    Every,
    /// A cadence's number per period.
    AtLeast,
    /// A threshold's or ratio's line.
    Line,
    /// A threshold's good side: `>=` or `<=`.
    Direction,
    /// An improvement's percent.
    Percent,
    /// An improvement's better way: `higher` or `lower`.
    Better,
    /// The due date, YYYY-MM-DD (a milestone's own; optional for counts,
    /// ranges and per-person targets).
    Due,
}

/// The fields a kind is edited by, in screen order.
pub fn fields(kind: &TargetKind) -> &'static [Field] {
    match kind {
        TargetKind::Count { .. } => &[Field::Target, Field::Due],
        TargetKind::Range { .. } => &[Field::Min, Field::Max, Field::Due],
        TargetKind::PerPerson { .. } => &[Field::Each, Field::Due],
        TargetKind::Cadence { .. } => &[Field::Every, Field::AtLeast],
        TargetKind::Threshold { .. } => &[Field::Direction, Field::Line],
        TargetKind::Ratio { .. } => &[Field::Line],
        TargetKind::Improvement { .. } => &[Field::Better, Field::Percent],
        TargetKind::Milestone { .. } => &[Field::Due],
    }
}

/// The stable names of the cadences, in order.
pub const CADENCES: [&str; 4] = ["week", "month", "quarter", "year"];

fn cadence_key(c: Cadence) -> &'static str {
    match c {
        Cadence::Week => "week",
        Cadence::Month => "month",
        Cadence::Quarter => "quarter",
        Cadence::Year => "year",
    }
}

/// The value of a field as its input shows it (empty when the kind has no
/// such field).
pub fn field_text(p: &Proposal, f: Field) -> String {
    match (&p.kind, f) {
        (TargetKind::Count { target }, Field::Target) => target.to_string(),
        (TargetKind::Range { min, .. }, Field::Min) => min.to_string(),
        (TargetKind::Range { max, .. }, Field::Max) => max.to_string(),
        (TargetKind::PerPerson { each, .. }, Field::Each) => each.to_string(),
        (TargetKind::Cadence { every, .. }, Field::Every) => cadence_key(*every).into(),
        (TargetKind::Cadence { at_least, .. }, Field::AtLeast) => at_least.to_string(),
        (TargetKind::Threshold { line, .. } | TargetKind::Ratio { line, .. }, Field::Line) => {
            line.to_string()
        }
        (TargetKind::Threshold { direction, .. }, Field::Direction) => match direction {
            Direction::AtLeast => ">=".into(),
            Direction::AtMost => "<=".into(),
        },
        (TargetKind::Improvement { percent, .. }, Field::Percent) => percent.to_string(),
        (TargetKind::Improvement { better, .. }, Field::Better) => match better {
            Better::Higher => "higher".into(),
            Better::Lower => "lower".into(),
        },
        (TargetKind::Milestone { due }, Field::Due) => due.to_string(),
        (_, Field::Due) => p.due.map(|d| d.to_string()).unwrap_or_default(),
        _ => String::new(),
    }
}

fn whole(t: &str) -> Result<u32, EditError> {
    normalize(t.trim())
        .parse::<u32>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| EditError::NotWhole(t.trim().to_string()))
}

fn number(t: &str) -> Result<Fixed, EditError> {
    let n = normalize(t.trim());
    n.trim_end_matches('%')
        .parse::<Fixed>()
        .ok()
        .filter(|x| *x > Fixed::ZERO)
        .ok_or_else(|| EditError::NotNumber(t.trim().to_string()))
}

fn date(t: &str) -> Result<Option<NaiveDate>, EditError> {
    let t = t.trim();
    if t.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(t, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| EditError::BadDate(t.to_string()))
}

/// Sets field `f` of `p` from `text`, or says why not and changes nothing.
pub(super) fn set_field(p: &mut Proposal, f: Field, text: &str) -> Result<(), EditError> {
    let t = text.trim();
    let choice = || EditError::BadChoice(t.to_string());
    match (&mut p.kind, f) {
        (TargetKind::Count { target }, Field::Target) => *target = whole(t)?,
        (TargetKind::Range { min, max }, Field::Min) => {
            let n = whole(t)?;
            if n > *max {
                return Err(EditError::MinAboveMax(n, *max));
            }
            *min = n;
        }
        (TargetKind::Range { min, max }, Field::Max) => {
            let n = whole(t)?;
            if *min > n {
                return Err(EditError::MinAboveMax(*min, n));
            }
            *max = n;
        }
        (TargetKind::PerPerson { each, .. }, Field::Each) => *each = whole(t)?,
        (TargetKind::Cadence { every, .. }, Field::Every) => {
            *every = match t {
                "week" => Cadence::Week,
                "month" => Cadence::Month,
                "quarter" => Cadence::Quarter,
                "year" => Cadence::Year,
                _ => return Err(choice()),
            }
        }
        (TargetKind::Cadence { at_least, .. }, Field::AtLeast) => *at_least = whole(t)?,
        (TargetKind::Threshold { line, .. }, Field::Line) => *line = number(t)?,
        (TargetKind::Ratio { line, .. }, Field::Line) => {
            let n = number(t)?;
            if n > Fixed::from_int(100) {
                return Err(EditError::RatioAbove100(t.to_string()));
            }
            *line = n;
        }
        (TargetKind::Threshold { direction, .. }, Field::Direction) => {
            *direction = match t {
                ">=" => Direction::AtLeast,
                "<=" => Direction::AtMost,
                _ => return Err(choice()),
            }
        }
        (TargetKind::Improvement { percent, .. }, Field::Percent) => *percent = number(t)?,
        (TargetKind::Improvement { better, .. }, Field::Better) => {
            *better = match t {
                "higher" => Better::Higher,
                "lower" => Better::Lower,
                _ => return Err(choice()),
            }
        }
        (TargetKind::Milestone { due }, Field::Due) => {
            *due = date(t)?.ok_or(EditError::DueRequired)?;
            p.notes.retain(|n| *n != super::Note::DueAtPeriodEnd);
        }
        (
            TargetKind::Count { .. } | TargetKind::Range { .. } | TargetKind::PerPerson { .. },
            Field::Due,
        ) => p.due = date(t)?,
        _ => return Err(EditError::NoSuchField),
    }
    Ok(())
}

/// Turns `p` into a target of kind `key` (one of [`KINDS`]), carrying over
/// the number it had where the new kind takes one; a new milestone is due
/// on `end` unless `p` had a date.
pub(super) fn switch_kind(p: &mut Proposal, key: &str, end: NaiveDate) -> Result<(), EditError> {
    if kind_key(&p.kind) == key {
        return Ok(());
    }
    let n = match &p.kind {
        TargetKind::Count { target } => *target,
        TargetKind::Range { min, .. } => *min,
        TargetKind::PerPerson { each, .. } => *each,
        TargetKind::Cadence { at_least, .. } => *at_least,
        _ => 1,
    }
    .max(1);
    let line = match &p.kind {
        TargetKind::Threshold { line, .. } | TargetKind::Ratio { line, .. } => *line,
        TargetKind::Improvement { percent, .. } => *percent,
        _ => Fixed::from_int(90),
    }
    .min(Fixed::from_int(100));
    let due = match &p.kind {
        TargetKind::Milestone { due } => Some(*due),
        _ => p.due,
    };
    p.kind = match key {
        "count" => TargetKind::Count { target: n },
        "range" => TargetKind::Range { min: n, max: n },
        "per_person" => TargetKind::PerPerson {
            each: n,
            roster: Vec::new(),
        },
        "cadence" => TargetKind::Cadence {
            every: Cadence::Month,
            at_least: n,
        },
        "threshold" => TargetKind::Threshold {
            line,
            direction: Direction::AtLeast,
        },
        "ratio" => TargetKind::Ratio {
            line,
            numerator: "完成".into(),
            denominator: "应完成".into(),
        },
        "improvement" => TargetKind::Improvement {
            baseline: Fixed::ZERO,
            percent: line,
            better: Better::Higher,
        },
        "milestone" => TargetKind::Milestone {
            due: due.unwrap_or(end),
        },
        other => return Err(EditError::BadChoice(other.to_string())),
    };
    p.due = match p.kind {
        TargetKind::Count { .. } | TargetKind::Range { .. } | TargetKind::PerPerson { .. } => due,
        _ => None,
    };
    Ok(())
}
