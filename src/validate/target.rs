//! Findings about one target of the plan: its title, figures, roster and
//! dates.

use std::collections::HashSet;

use crate::fixed::Fixed;
use crate::plan::{Plan, Target, TargetKind};

use super::{in_period, Field, Findings, IssueCode};

/// Pushes the findings about target `t`, found at path `tp`. Due dates are
/// judged only when the plan period itself makes sense.
pub(super) fn check_target(
    f: &mut Findings,
    tp: &str,
    plan: &Plan,
    period_ok: bool,
    t: &Target,
    roster: &HashSet<&str>,
) {
    if t.title.trim().is_empty() {
        f.push(
            &format!("{tp}.title"),
            Field::TargetTitle,
            IssueCode::EmptyTitle,
        );
    }
    if t.weight == 0 {
        f.push(
            &format!("{tp}.weight"),
            Field::Weight,
            IssueCode::WeightZero,
        );
    }
    if let Some(due) = t.due {
        if period_ok && !in_period(plan, due) {
            f.push(
                &format!("{tp}.due"),
                Field::Due,
                IssueCode::DueOutsidePeriod(due),
            );
        }
    }
    let kp = format!("{tp}.goal");
    match &t.kind {
        TargetKind::Count { target } => {
            if *target == 0 {
                f.push(
                    &format!("{kp}.target"),
                    Field::CountTarget,
                    IssueCode::ZeroTarget,
                );
            }
        }
        TargetKind::Range { min, max } => {
            if *min == 0 {
                f.push(
                    &format!("{kp}.min"),
                    Field::RangeMin,
                    IssueCode::RangeMinZero,
                );
            }
            if min > max {
                f.push(
                    &format!("{kp}.min"),
                    Field::RangeMin,
                    IssueCode::MinAboveMax {
                        min: *min,
                        max: *max,
                    },
                );
            }
        }
        TargetKind::PerPerson {
            each,
            roster: names,
        } => {
            if *each == 0 {
                f.push(
                    &format!("{kp}.each"),
                    Field::PerPersonEach,
                    IssueCode::ZeroTarget,
                );
            }
            if names.is_empty() {
                f.push(
                    &format!("{kp}.roster"),
                    Field::PerPersonRoster,
                    IssueCode::EmptyRoster,
                );
            }
            let mut seen = HashSet::new();
            for (i, n) in names.iter().enumerate() {
                let path = format!("{kp}.roster[{i}]");
                if !roster.contains(n.as_str()) {
                    f.push(
                        &path,
                        Field::PerPersonRoster,
                        IssueCode::UnknownPerson(n.clone()),
                    );
                } else if !seen.insert(n.as_str()) {
                    f.push(
                        &path,
                        Field::PerPersonRoster,
                        IssueCode::DuplicatePerson(n.clone()),
                    );
                }
            }
        }
        TargetKind::Cadence { at_least, .. } => {
            if *at_least == 0 {
                f.push(
                    &format!("{kp}.at_least"),
                    Field::CadenceAtLeast,
                    IssueCode::ZeroTarget,
                );
            }
        }
        TargetKind::Threshold { .. } => {}
        TargetKind::Ratio { line, .. } => {
            if *line <= Fixed::ZERO || *line > Fixed::from_int(100) {
                f.push(
                    &format!("{kp}.line"),
                    Field::Line,
                    IssueCode::RatioLineOutOfRange,
                );
            }
        }
        TargetKind::Improvement {
            baseline, percent, ..
        } => {
            if *baseline == Fixed::ZERO {
                f.push(
                    &format!("{kp}.baseline"),
                    Field::Baseline,
                    IssueCode::BaselineZero,
                );
            }
            if *percent <= Fixed::ZERO {
                f.push(
                    &format!("{kp}.percent"),
                    Field::Percent,
                    IssueCode::ImprovementNotPositive,
                );
            }
        }
        TargetKind::Milestone { due } => {
            if period_ok && !in_period(plan, *due) {
                f.push(
                    &format!("{kp}.due"),
                    Field::Due,
                    IssueCode::DueOutsidePeriod(*due),
                );
            }
        }
    }
}
