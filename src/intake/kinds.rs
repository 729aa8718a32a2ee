//! The target kinds as the extractor makes and inspects them. This is the
//! one file of the intake that names a variant of [`TargetKind`]: the
//! readers build kinds through the constructors here and ask of them
//! through the questions here (or through the kind's own module,
//! [`crate::plan::kind`]), so a new kind touches this file, not the
//! readers.

use chrono::NaiveDate;

use crate::fixed::Fixed;
use crate::plan::{kind, Better, Cadence, Direction, TargetKind};

/// At least `target` in the plan period.
pub(crate) fn count(target: u32) -> TargetKind {
    TargetKind::Count { target }
}

/// Between `min` and `max`, or at least `min` when `max` is not above it.
pub(crate) fn count_or_range(min: u32, max: Option<u32>) -> TargetKind {
    match max {
        Some(max) if max > min => TargetKind::Range { min, max },
        _ => count(min),
    }
}

/// `each` for every person on a roster still to be named.
pub(crate) fn per_person(each: u32) -> TargetKind {
    TargetKind::PerPerson {
        each,
        roster: Vec::new(),
    }
}

/// At least `at_least` in every `every`.
pub(crate) fn cadence(every: Cadence, at_least: u32) -> TargetKind {
    TargetKind::Cadence { every, at_least }
}

/// A level to stay on the good side of.
pub(crate) fn threshold(line: Fixed, direction: Direction) -> TargetKind {
    TargetKind::Threshold { line, direction }
}

/// A rate of two counted figures to reach.
pub(crate) fn ratio(line: Fixed, numerator: &str, denominator: &str) -> TargetKind {
    TargetKind::Ratio {
        line,
        numerator: numerator.to_string(),
        denominator: denominator.to_string(),
    }
}

/// A change of `percent` against a baseline the text does not give (100,
/// for the reviewer to replace).
pub(crate) fn improvement(percent: Fixed, better: Better) -> TargetKind {
    TargetKind::Improvement {
        baseline: Fixed::from_int(100),
        percent,
        better,
    }
}

/// Done by `due`.
pub(crate) fn milestone(due: NaiveDate) -> TargetKind {
    TargetKind::Milestone { due }
}

/// A milestone's date; none for the other kinds.
pub(crate) fn due_of(k: &TargetKind) -> Option<NaiveDate> {
    kind::of(k).own_due(k)
}

/// Whether `k` is done by a date rather than measured by a figure.
pub(crate) fn is_milestone(k: &TargetKind) -> bool {
    due_of(k).is_some()
}

/// A rate, level or improvement: measured by readings, what a heading
/// may state as a target.
pub(crate) fn is_level(k: &TargetKind) -> bool {
    k.takes_readings()
}

/// A figure of things done, added up over the period (a count, a range,
/// each person's count): the kinds that may carry a due date of their own.
pub(crate) fn is_tally(k: &TargetKind) -> bool {
    kind::of(k).has_due()
}

/// Whether `k` is a level to stay on one side of.
pub(crate) fn is_threshold(k: &TargetKind) -> bool {
    matches!(k, TargetKind::Threshold { .. })
}

/// Whether `k` is a change against a baseline.
pub(crate) fn is_improvement(k: &TargetKind) -> bool {
    matches!(k, TargetKind::Improvement { .. })
}

/// A plain count's number.
pub(crate) fn count_of(k: &TargetKind) -> Option<u32> {
    match k {
        TargetKind::Count { target } => Some(*target),
        _ => None,
    }
}

/// A count's or each person's number, to change (a figure folded into a
/// yearly number that the plan's own period unfolds).
pub(crate) fn tally_mut(k: &mut TargetKind) -> Option<&mut u32> {
    match k {
        TargetKind::Count { target } => Some(target),
        TargetKind::PerPerson { each, .. } => Some(each),
        _ => None,
    }
}

/// A range's two ends, to change.
pub(crate) fn range_mut(k: &mut TargetKind) -> Option<(&mut u32, &mut u32)> {
    match k {
        TargetKind::Range { min, max } => Some((min, max)),
        _ => None,
    }
}

/// A milestone's date, to change.
pub(crate) fn due_mut(k: &mut TargetKind) -> Option<&mut NaiveDate> {
    match k {
        TargetKind::Milestone { due } => Some(due),
        _ => None,
    }
}

/// A per-person target's roster while it is still empty.
pub(crate) fn empty_roster(k: &mut TargetKind) -> Option<&mut Vec<String>> {
    match k {
        TargetKind::PerPerson { roster, .. } if roster.is_empty() => Some(roster),
        _ => None,
    }
}

/// An improvement's baseline while it is still zero (not given).
pub(crate) fn unset_baseline(k: &mut TargetKind) -> Option<&mut Fixed> {
    match k {
        TargetKind::Improvement { baseline, .. } if *baseline == Fixed::ZERO => Some(baseline),
        _ => None,
    }
}

/// A kind and its figures in one short, stable line, as the label files
/// of `tests/fixtures/plans/` and the native command's table write them:
/// `count 6`, `range 8-10`, `per_person 4`, `cadence month 1`,
/// `threshold >=90`, `ratio 95`, `improvement higher 30`,
/// `milestone 12-31`.
pub fn figure(kind: &TargetKind) -> String {
    match kind {
        TargetKind::Count { target } => format!("count {target}"),
        TargetKind::Range { min, max } => format!("range {min}-{max}"),
        TargetKind::PerPerson { each, .. } => format!("per_person {each}"),
        TargetKind::Cadence { every, at_least } => {
            let every = match every {
                Cadence::Week => "week",
                Cadence::Month => "month",
                Cadence::Quarter => "quarter",
                Cadence::Year => "year",
            };
            format!("cadence {every} {at_least}")
        }
        TargetKind::Threshold { line, direction } => {
            let d = match direction {
                Direction::AtLeast => ">=",
                Direction::AtMost => "<=",
            };
            format!("threshold {d}{line}")
        }
        TargetKind::Ratio { line, .. } => format!("ratio {line}"),
        TargetKind::Improvement {
            percent, better, ..
        } => {
            let b = match better {
                Better::Higher => "higher",
                Better::Lower => "lower",
            };
            format!("improvement {b} {percent}")
        }
        TargetKind::Milestone { due } => format!("milestone {}", due.format("%m-%d")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, d).expect("date")
    }

    /// The questions agree with the kinds the constructors make.
    #[test]
    fn questions_answer_for_each_kind() {
        let all = [
            count(3),
            count_or_range(8, Some(10)),
            per_person(4),
            cadence(Cadence::Month, 1),
            threshold(Fixed::from_int(90), Direction::AtLeast),
            ratio(Fixed::from_int(95), "办结", "受理"),
            improvement(Fixed::from_int(30), Better::Higher),
            milestone(day(6, 30)),
        ];
        let tally: Vec<bool> = all.iter().map(is_tally).collect();
        assert_eq!(tally, [true, true, true, false, false, false, false, false]);
        let level: Vec<bool> = all.iter().map(is_level).collect();
        assert_eq!(level, [false, false, false, false, true, true, true, false]);
        assert_eq!(due_of(&all[7]), Some(day(6, 30)));
        assert!(all[..7].iter().all(|k| !is_milestone(k)));
        assert_eq!(count_of(&all[0]), Some(3));
        assert_eq!(count_of(&all[1]), None);
        assert_eq!(figure(&count_or_range(8, Some(8))), "count 8");
        assert_eq!(figure(&all[1]), "range 8-10");
        assert_eq!(figure(&all[7]), "milestone 06-30");
    }

    /// The parts a plan fills in are reachable only while they are unset.
    #[test]
    fn unset_parts_are_reachable_once() {
        let mut k = per_person(2);
        empty_roster(&mut k).expect("empty").push("张三".into());
        assert!(empty_roster(&mut k).is_none());
        let mut k = TargetKind::Improvement {
            baseline: Fixed::ZERO,
            percent: Fixed::from_int(5),
            better: Better::Lower,
        };
        *unset_baseline(&mut k).expect("zero") = Fixed::from_int(100);
        assert!(unset_baseline(&mut k).is_none());
        let mut m = milestone(day(3, 31));
        *due_mut(&mut m).expect("milestone") = day(12, 31);
        assert_eq!(due_of(&m), Some(day(12, 31)));
        assert!(due_mut(&mut count(1)).is_none());
    }
}
