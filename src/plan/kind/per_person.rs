//! A per-person target: each person on the roster at least `each`
//! (领学专题不少于 4 个).

use super::{whole, Carry, Context, CountGoal, Field, FieldError, FieldSpec, Input, Kind, Problem};
use crate::i18n::Lang;
use crate::plan::{Plan, TargetKind};

/// The per-person kind.
pub struct Rule;

const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        field: Field::Each,
        input: Input::Whole,
        label: |l| super::words(l).each,
    },
    FieldSpec {
        field: Field::Roster,
        input: Input::People,
        label: |l| super::words(l).roster,
    },
];

/// A per-person target's kind and figures: each of `roster` at least
/// `each`.
pub fn target(each: u32, roster: Vec<String>) -> TargetKind {
    TargetKind::PerPerson { each, roster }
}

impl Kind for Rule {
    fn key(&self) -> &'static str {
        "per_person"
    }
    fn name(&self, lang: Lang) -> &'static str {
        crate::i18n::target::msgs(lang).kinds[2]
    }
    fn has_due(&self) -> bool {
        true
    }
    fn fields(&self) -> &'static [FieldSpec] {
        FIELDS
    }
    fn headline(&self) -> &'static [Field] {
        &[Field::Each]
    }
    fn paced(&self) -> bool {
        true
    }
    /// Each person counts up to `each`; a name twice on the roster is one
    /// person.
    fn count_goal<'a>(&self, kind: &'a TargetKind) -> Option<CountGoal<'a>> {
        match kind {
            TargetKind::PerPerson { each, roster } => {
                let mut names: Vec<&str> = roster.iter().map(String::as_str).collect();
                names.sort_unstable();
                names.dedup();
                Some(CountGoal {
                    goal: u64::from(*each) * names.len() as u64,
                    max: None,
                    each: Some((u64::from(*each), names)),
                })
            }
            _ => None,
        }
    }
    fn make(&self, c: &Carry, ctx: &Context<'_>) -> TargetKind {
        TargetKind::PerPerson {
            each: c.n,
            roster: ctx.people.to_vec(),
        }
    }
    fn carry(&self, kind: &TargetKind, c: &mut Carry) {
        if let TargetKind::PerPerson { each, .. } = kind {
            c.n = *each;
        }
    }
    fn text(&self, kind: &TargetKind, f: Field) -> Option<String> {
        match (kind, f) {
            (TargetKind::PerPerson { each, .. }, Field::Each) => Some(each.to_string()),
            (TargetKind::PerPerson { roster, .. }, Field::Roster) => Some(roster.join("、")),
            _ => None,
        }
    }
    fn set(&self, kind: &mut TargetKind, f: Field, t: &str) -> Result<(), FieldError> {
        match (kind, f) {
            (TargetKind::PerPerson { each, .. }, Field::Each) => *each = whole(t)?,
            (TargetKind::PerPerson { roster, .. }, Field::Roster) => *roster = names(t),
            _ => return Err(FieldError::NoSuchField),
        }
        Ok(())
    }
    fn check(&self, kind: &TargetKind) -> Vec<(Field, Problem)> {
        let mut out = Vec::new();
        if let TargetKind::PerPerson { each, roster } = kind {
            out = super::zero(*each, Field::Each);
            if roster.is_empty() {
                out.push((Field::Roster, Problem::EmptyRoster));
            }
        }
        out
    }
    /// Besides the figures: every name on the plan's roster, and once.
    fn check_in(&self, kind: &TargetKind, plan: &Plan) -> Vec<(Field, Problem)> {
        let mut out = self.check(kind);
        if let TargetKind::PerPerson { roster, .. } = kind {
            let mut seen = std::collections::HashSet::new();
            for (i, n) in roster.iter().enumerate() {
                if !plan.people.iter().any(|p| &p.name == n) {
                    out.push((Field::Roster, Problem::UnknownPerson(i, n.clone())));
                } else if !seen.insert(n.as_str()) {
                    out.push((Field::Roster, Problem::DuplicatePerson(i, n.clone())));
                }
            }
        }
        out
    }

    // Words
    fn rule_card(&self, parts: &super::RuleParts<'_>) -> String {
        format!(
            "{}{}{}",
            (parts.cumulative)(),
            parts.sep,
            parts.words.per_person
        )
    }
}

/// Names as a roster field writes them (joined by 、), in order, blanks
/// and repeats dropped.
fn names(t: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for n in t.split('、').map(str::trim).filter(|n| !n.is_empty()) {
        if !out.iter().any(|x| x == n) {
            out.push(n.to_string());
        }
    }
    out
}
