//! Findings about one target of the plan: its title, weight and due date
//! here, its figures, roster and dates by its kind (`plan::kind`).

use crate::plan::kind::{self, Problem};
use crate::plan::{Plan, Target};

use super::{in_period, Field, Findings, IssueCode};

/// Pushes the findings about target `t`, found at path `tp`. Due dates are
/// judged only when the plan period itself makes sense.
pub(super) fn check_target(f: &mut Findings, tp: &str, plan: &Plan, period_ok: bool, t: &Target) {
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
    for (field, problem) in kind::of(&t.kind).check_in(&t.kind, plan) {
        let path = match &problem {
            Problem::UnknownPerson(i, _) | Problem::DuplicatePerson(i, _) => {
                format!("{kp}.{}[{i}]", field.key())
            }
            _ => format!("{kp}.{}", field.key()),
        };
        let code = match problem {
            Problem::Zero => IssueCode::ZeroTarget,
            Problem::MinZero => IssueCode::RangeMinZero,
            Problem::MinAboveMax { min, max } => IssueCode::MinAboveMax { min, max },
            Problem::EmptyRoster => IssueCode::EmptyRoster,
            Problem::UnknownPerson(_, n) => IssueCode::UnknownPerson(n),
            Problem::DuplicatePerson(_, n) => IssueCode::DuplicatePerson(n),
            Problem::LineOutOfRange => IssueCode::RatioLineOutOfRange,
            Problem::BaselineZero => IssueCode::BaselineZero,
            Problem::NotPositive => IssueCode::ImprovementNotPositive,
            // Judged only when the plan period itself makes sense.
            Problem::OutsidePeriod(_) if !period_ok => continue,
            Problem::OutsidePeriod(d) => IssueCode::DueOutsidePeriod(d),
        };
        f.push(&path, placed(field), code);
    }
}

/// Where the plan editor places a finding about a kind's figure.
fn placed(f: kind::Field) -> Field {
    match f {
        kind::Field::Target => Field::CountTarget,
        kind::Field::Min => Field::RangeMin,
        kind::Field::Max => Field::RangeMax,
        kind::Field::Each => Field::PerPersonEach,
        kind::Field::Roster => Field::PerPersonRoster,
        kind::Field::AtLeast => Field::CadenceAtLeast,
        kind::Field::Line
        | kind::Field::Direction
        | kind::Field::Numerator
        | kind::Field::Denominator => Field::Line,
        kind::Field::Baseline => Field::Baseline,
        kind::Field::Percent | kind::Field::Better => Field::Percent,
        kind::Field::Every => Field::CadenceAtLeast,
        kind::Field::Due => Field::Due,
    }
}
