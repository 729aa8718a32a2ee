//! The validation pass: impossible or doubtful plans and ledger records,
//! each finding placed at its field with a message in Chinese and English.
//!
//! Validation never changes anything; it reports. [`crate::command`] refuses
//! a change that would bring in an error, and the import preview shows the
//! findings of a file before it is merged.

mod issue;
mod record;
mod target;

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::plan::{Activity, Document, Notice, Plan, Reading};

use record::{check_activity, check_notice, check_reading};
use target::check_target;

pub use issue::{Field, Issue, IssueCode, Severity};

/// Collects findings under a common path prefix.
struct Findings {
    prefix: String,
    issues: Vec<Issue>,
}

impl Findings {
    fn new(prefix: impl Into<String>) -> Self {
        Findings {
            prefix: prefix.into(),
            issues: Vec::new(),
        }
    }

    fn push(&mut self, path: &str, field: Field, code: IssueCode) {
        let path = match (self.prefix.is_empty(), path.is_empty()) {
            (true, _) => path.to_string(),
            (false, true) => self.prefix.clone(),
            (false, false) => format!("{}.{path}", self.prefix),
        };
        self.issues.push(Issue { path, field, code });
    }
}

fn in_period(plan: &Plan, d: NaiveDate) -> bool {
    plan.start <= d && d <= plan.end
}

/// Every finding about the plan alone: titles, figures, ids, roster, dates.
pub fn validate_plan(plan: &Plan) -> Vec<Issue> {
    let mut f = Findings::new("");
    if plan.title.trim().is_empty() {
        f.push("title", Field::PlanTitle, IssueCode::EmptyTitle);
    }
    // Due dates are only judged against a period that makes sense.
    let period_ok = plan.end >= plan.start;
    if !period_ok {
        f.push("end", Field::PlanEnd, IssueCode::EndBeforeStart);
    }
    let mut names = HashSet::new();
    for (i, p) in plan.people.iter().enumerate() {
        let path = format!("people[{i}].name");
        if p.name.trim().is_empty() {
            f.push(&path, Field::PersonName, IssueCode::EmptyTitle);
        } else if !names.insert(p.name.as_str()) {
            f.push(
                &path,
                Field::PersonName,
                IssueCode::DuplicatePerson(p.name.clone()),
            );
        }
    }
    let mut section_ids = HashSet::new();
    let mut target_ids = HashSet::new();
    for (si, s) in plan.sections.iter().enumerate() {
        let sp = format!("sections[{si}]");
        if !section_ids.insert(&s.id) {
            f.push(
                &format!("{sp}.id"),
                Field::SectionId,
                IssueCode::DuplicateId(s.id.0.clone()),
            );
        }
        if s.title.trim().is_empty() {
            f.push(
                &format!("{sp}.title"),
                Field::SectionTitle,
                IssueCode::EmptyTitle,
            );
        }
        for (ti, t) in s.targets.iter().enumerate() {
            let tp = format!("{sp}.targets[{ti}]");
            if !target_ids.insert(&t.id) {
                f.push(
                    &format!("{tp}.id"),
                    Field::TargetId,
                    IssueCode::DuplicateId(t.id.0.clone()),
                );
            }
            check_target(&mut f, &tp, plan, period_ok, t);
        }
    }
    f.issues
}

/// Findings about one activity against the plan, with paths relative to the
/// activity (`title`, `targets[1]`).
pub fn validate_activity(plan: &Plan, a: &Activity) -> Vec<Issue> {
    let mut f = Findings::new("");
    check_activity(&mut f, plan, a);
    f.issues
}

/// Findings about one reading against the plan, with paths relative to the
/// reading (`target`, `value`).
pub fn validate_reading(plan: &Plan, r: &Reading) -> Vec<Issue> {
    let mut f = Findings::new("");
    check_reading(&mut f, plan, r);
    f.issues
}

/// Findings about one 督办通知单 against the plan, with paths relative to
/// the notice (`unit`, `targets[0]`).
pub fn validate_notice(plan: &Plan, n: &Notice) -> Vec<Issue> {
    let mut f = Findings::new("");
    check_notice(&mut f, plan, n);
    f.issues
}

/// Every finding about the document: the plan's, then each activity's and
/// each reading's, with paths from the document root as the file writes
/// them (`plan.title`, `activities[12].date`).
pub fn validate_document(doc: &Document) -> Vec<Issue> {
    let mut issues: Vec<Issue> = validate_plan(&doc.plan)
        .into_iter()
        .map(|i| Issue {
            path: format!("plan.{}", i.path),
            ..i
        })
        .collect();
    let mut ids = HashSet::new();
    for (i, a) in doc.activities.iter().enumerate() {
        let mut f = Findings::new(format!("activities[{i}]"));
        if !ids.insert(&a.id) {
            f.push(
                "id",
                Field::ActivityId,
                IssueCode::DuplicateId(a.id.0.clone()),
            );
        }
        check_activity(&mut f, &doc.plan, a);
        issues.extend(f.issues);
    }
    let mut ids = HashSet::new();
    for (i, r) in doc.readings.iter().enumerate() {
        let mut f = Findings::new(format!("readings[{i}]"));
        if !ids.insert(&r.id) {
            f.push(
                "id",
                Field::ReadingId,
                IssueCode::DuplicateId(r.id.0.clone()),
            );
        }
        check_reading(&mut f, &doc.plan, r);
        issues.extend(f.issues);
    }
    for (i, n) in doc.notices.iter().enumerate() {
        let mut f = Findings::new(format!("notices[{i}]"));
        check_notice(&mut f, &doc.plan, n);
        issues.extend(f.issues);
    }
    issues
}
