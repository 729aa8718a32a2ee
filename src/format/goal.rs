//! A target's kind and figures, both ways between the domain's
//! [`TargetKind`] and the file's `goal` object: one entry per kind in
//! [`goal_file`] (writing) and in [`kind`] (reading), the one place of the
//! format that names the kinds. A new kind is a new variant of `GoalV1`
//! (a new format version) and an entry in each.

use super::day::date_text;
use super::read::{date, decimal, invalid};
use super::v1::{BetterV1, CadenceV1, Decimal, DirectionV1, GoalV1};
use super::{DecodeError, Problem};
use crate::plan::{Better, Cadence, Direction, TargetKind};

/// The file form of a target's kind and figures.
pub(super) fn goal_file(kind: &TargetKind) -> GoalV1 {
    match kind {
        TargetKind::Count { target } => GoalV1::Count { target: *target },
        TargetKind::Range { min, max } => GoalV1::Range {
            min: *min,
            max: *max,
        },
        TargetKind::PerPerson { each, roster } => GoalV1::PerPerson {
            each: *each,
            roster: roster.clone(),
        },
        TargetKind::Cadence { every, at_least } => GoalV1::Cadence {
            every: match every {
                Cadence::Week => CadenceV1::Week,
                Cadence::Month => CadenceV1::Month,
                Cadence::Quarter => CadenceV1::Quarter,
                Cadence::Year => CadenceV1::Year,
            },
            at_least: *at_least,
        },
        TargetKind::Threshold { line, direction } => GoalV1::Threshold {
            line: Decimal::Exact(*line),
            direction: match direction {
                Direction::AtLeast => DirectionV1::AtLeast,
                Direction::AtMost => DirectionV1::AtMost,
            },
        },
        TargetKind::Ratio {
            line,
            numerator,
            denominator,
        } => GoalV1::Ratio {
            line: Decimal::Exact(*line),
            numerator: numerator.clone(),
            denominator: denominator.clone(),
        },
        TargetKind::Improvement {
            baseline,
            percent,
            better,
        } => GoalV1::Improvement {
            baseline: Decimal::Exact(*baseline),
            percent: Decimal::Exact(*percent),
            better: match better {
                Better::Higher => BetterV1::Higher,
                Better::Lower => BetterV1::Lower,
            },
        },
        TargetKind::Milestone { due } => GoalV1::Milestone {
            due: date_text(*due),
        },
    }
}

/// The kind and figures a file's `goal` gives, or the field (`at("goal.…")`)
/// that cannot be read and why. Only what no plan can mean is refused here
/// (a range whose lower end is above its upper end); the rest is left to
/// validation, which the plan editor shows.
pub(super) fn kind(goal: &GoalV1, at: &dyn Fn(&str) -> String) -> Result<TargetKind, DecodeError> {
    Ok(match goal {
        GoalV1::Count { target } => TargetKind::Count { target: *target },
        GoalV1::Range { min, max } => {
            if min > max {
                return Err(invalid(
                    at("goal.min"),
                    Problem::MinAboveMax {
                        min: *min,
                        max: *max,
                    },
                ));
            }
            TargetKind::Range {
                min: *min,
                max: *max,
            }
        }
        GoalV1::PerPerson { each, roster } => TargetKind::PerPerson {
            each: *each,
            roster: roster.clone(),
        },
        GoalV1::Cadence { every, at_least } => TargetKind::Cadence {
            every: match every {
                CadenceV1::Week => Cadence::Week,
                CadenceV1::Month => Cadence::Month,
                CadenceV1::Quarter => Cadence::Quarter,
                CadenceV1::Year => Cadence::Year,
            },
            at_least: *at_least,
        },
        GoalV1::Threshold { line, direction } => TargetKind::Threshold {
            line: decimal(|| at("goal.line"), line)?,
            direction: match direction {
                DirectionV1::AtLeast => Direction::AtLeast,
                DirectionV1::AtMost => Direction::AtMost,
            },
        },
        GoalV1::Ratio {
            line,
            numerator,
            denominator,
        } => TargetKind::Ratio {
            line: decimal(|| at("goal.line"), line)?,
            numerator: numerator.clone(),
            denominator: denominator.clone(),
        },
        GoalV1::Improvement {
            baseline,
            percent,
            better,
        } => TargetKind::Improvement {
            baseline: decimal(|| at("goal.baseline"), baseline)?,
            percent: decimal(|| at("goal.percent"), percent)?,
            better: match better {
                BetterV1::Higher => Better::Higher,
                BetterV1::Lower => Better::Lower,
            },
        },
        GoalV1::Milestone { due } => TargetKind::Milestone {
            due: date(|| at("goal.due"), due)?,
        },
    })
}
