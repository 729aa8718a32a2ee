//! Findings about one ledger record against the plan.

use std::collections::HashSet;

use crate::plan::{Activity, Notice, Plan, Reading, ReadingValue};

use super::{in_period, Field, Findings, IssueCode};

/// Pushes the findings about activity `a`.
pub(super) fn check_activity(f: &mut Findings, plan: &Plan, a: &Activity) {
    if a.title.trim().is_empty() {
        f.push("title", Field::ActivityTitle, IssueCode::EmptyTitle);
    }
    if a.quantity == 0 {
        f.push("quantity", Field::ActivityQuantity, IssueCode::ZeroQuantity);
    }
    if plan.end >= plan.start && !in_period(plan, a.date) {
        f.push(
            "date",
            Field::ActivityDate,
            IssueCode::DateOutsidePeriod(a.date),
        );
    }
    let mut seen = HashSet::new();
    for (i, id) in a.targets.iter().enumerate() {
        let path = format!("targets[{i}]");
        let code = match plan.target(id) {
            None => IssueCode::UnknownTarget(id.clone()),
            Some(t) if t.kind.takes_readings() => IssueCode::TakesReadings(id.clone()),
            Some(_) if !seen.insert(id) => IssueCode::RepeatedTarget(id.clone()),
            Some(_) => continue,
        };
        f.push(&path, Field::ActivityTargets, code);
    }
}

/// Pushes the findings about reading `r`.
pub(super) fn check_reading(f: &mut Findings, plan: &Plan, r: &Reading) {
    if plan.end >= plan.start && !in_period(plan, r.date) {
        f.push(
            "date",
            Field::ReadingDate,
            IssueCode::DateOutsidePeriod(r.date),
        );
    }
    let id = || r.target.clone();
    match plan.target(&r.target) {
        None => f.push(
            "target",
            Field::ReadingTarget,
            IssueCode::UnknownTarget(id()),
        ),
        Some(t) if !t.kind.takes_readings() => f.push(
            "target",
            Field::ReadingTarget,
            IssueCode::TakesNoReadings(id()),
        ),
        Some(t) => {
            let is_ratio = crate::plan::kind::of(&t.kind).counts_readings();
            match r.value {
                ReadingValue::Counts { .. } if !is_ratio => f.push(
                    "value",
                    Field::ReadingValue,
                    IssueCode::CountsForNonRatio(id()),
                ),
                ReadingValue::Value(_) if is_ratio => {
                    f.push("value", Field::ReadingValue, IssueCode::ValueForRatio(id()))
                }
                ReadingValue::Counts {
                    numerator: 0,
                    denominator: 0,
                } if !t.zero_readings => f.push(
                    "value",
                    Field::ReadingValue,
                    IssueCode::ZeroReadingNotAllowed(id()),
                ),
                ReadingValue::Counts {
                    numerator,
                    denominator,
                } if numerator > denominator => f.push(
                    "value",
                    Field::ReadingValue,
                    IssueCode::NumeratorAboveDenominator,
                ),
                _ => {}
            }
        }
    }
}

/// Pushes the findings about notice `n`.
pub(super) fn check_notice(f: &mut Findings, plan: &Plan, n: &Notice) {
    if n.unit.trim().is_empty() {
        f.push("unit", Field::NoticeUnit, IssueCode::NoUnit);
    }
    if n.targets.is_empty() {
        f.push("targets", Field::NoticeTargets, IssueCode::NoTargets);
    }
    for (i, id) in n.targets.iter().enumerate() {
        if plan.target(id).is_none() {
            f.push(
                &format!("targets[{i}]"),
                Field::NoticeTargets,
                IssueCode::UnknownTarget(id.clone()),
            );
        }
    }
    if n.reply_due < n.issued {
        f.push(
            "reply_due",
            Field::NoticeReplyDue,
            IssueCode::ReplyDueBeforeIssued,
        );
    }
}
