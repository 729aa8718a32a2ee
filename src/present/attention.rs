//! The needs-attention list at the top of the dashboard: the targets a
//! supervisor must act on this week, the most urgent first.

use chrono::NaiveDate;

use crate::engine::{Detail, PeriodState, PlanProgress, Status, TargetProgress};
use crate::frac::Frac;
use crate::i18n::{msgs, Lang};
use crate::period::Period;
use crate::plan::{Plan, Target, TargetId};

use super::format::{fill, fmt_date, missed_periods_text};

/// A measured target with no reading for this many days is flagged: the
/// office reports monthly, so six weeks without a figure means one is missing.
pub const STALE_DAYS: i64 = 45;

/// Why a target needs attention. Ordered from the most to the least urgent.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Attention {
    /// Past its due date and not done.
    Overdue {
        /// The due date.
        due: NaiveDate,
    },
    /// The plan period ended short of the target.
    NotDone,
    /// Far behind 序时进度 (by more than the rules' far-behind points).
    FarBehind {
        /// Points behind, as a fraction of 1.
        behind: Frac,
    },
    /// A measured target below its line.
    Missed,
    /// A cadence target with ended periods that fell short.
    MissedPeriods(Vec<Period>),
    /// Due within the rules' due-soon days (a week by default) and not done.
    DueSoon {
        /// The due date.
        due: NaiveDate,
    },
    /// A measured target without a reading for [`STALE_DAYS`] days (or
    /// none at all once the plan has run that long).
    Stale {
        /// The latest reading, if any.
        last: Option<NaiveDate>,
    },
}

/// One target that needs attention, with every reason that applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttentionItem {
    /// The target.
    pub target: TargetId,
    /// Why, most urgent first (never empty).
    pub reasons: Vec<Attention>,
}

fn reasons_for(plan: &Plan, t: &Target, p: &TargetProgress, as_of: NaiveDate) -> Vec<Attention> {
    let mut out = Vec::new();
    match p.status {
        Status::NotDone => out.push(Attention::NotDone),
        Status::FarBehind if crate::plan::kind::of(&t.kind).paced() => {
            out.push(Attention::FarBehind {
                behind: p.completion.points_behind(p.time_progress),
            })
        }
        Status::Missed => out.push(Attention::Missed),
        _ => {}
    }
    let due = crate::plan::kind::due_of(&t.kind, t.due);
    let finished = matches!(p.status, Status::Done | Status::Met | Status::NotDone);
    if let Some(due) = due.filter(|_| !finished) {
        let days_left = (due - as_of).num_days();
        if days_left < 0 {
            out.push(Attention::Overdue { due });
        } else if days_left <= i64::from(plan.rules.due_soon_days) {
            out.push(Attention::DueSoon { due });
        }
    }
    if let Detail::Cadence(periods) = &p.detail {
        let missed: Vec<Period> = periods
            .iter()
            .filter(|x| x.state == PeriodState::Missed)
            .map(|x| x.period)
            .collect();
        if !missed.is_empty() {
            out.push(Attention::MissedPeriods(missed));
        }
    }
    let running = plan.start <= as_of && as_of <= plan.end;
    if t.kind.takes_readings() && running {
        let since = p.last_record.unwrap_or(plan.start);
        if (as_of - since).num_days() >= STALE_DAYS {
            out.push(Attention::Stale {
                last: p.last_record,
            });
        }
    }
    out.sort();
    out
}

/// The targets that need attention as of `progress.as_of`, the most urgent
/// first (ties in plan order): overdue, not done, far behind, below the
/// line, missed periods, due soon, no reading for a long time.
pub fn needs_attention(plan: &Plan, progress: &PlanProgress) -> Vec<AttentionItem> {
    let mut items: Vec<(usize, AttentionItem)> = plan
        .targets()
        .filter_map(|(_, t)| {
            progress
                .targets
                .iter()
                .find(|p| p.id == t.id)
                .map(|p| (t, p))
        })
        .enumerate()
        .filter_map(|(order, (t, p))| {
            let reasons = reasons_for(plan, t, p, progress.as_of);
            (!reasons.is_empty()).then(|| {
                (
                    order,
                    AttentionItem {
                        target: t.id.clone(),
                        reasons,
                    },
                )
            })
        })
        .collect();
    items.sort_by(|(oa, a), (ob, b)| rank(a).cmp(&rank(b)).then(oa.cmp(ob)));
    items.into_iter().map(|(_, item)| item).collect()
}

/// The urgency of an item: the rank of its most urgent reason.
fn rank(item: &AttentionItem) -> u8 {
    match item.reasons.first() {
        Some(Attention::Overdue { .. }) => 0,
        Some(Attention::NotDone) => 1,
        Some(Attention::FarBehind { .. }) => 2,
        Some(Attention::Missed) => 3,
        Some(Attention::MissedPeriods(_)) => 4,
        Some(Attention::DueSoon { .. }) => 5,
        Some(Attention::Stale { .. }) => 6,
        None => 7,
    }
}

/// One reason in words: "已逾期（截止 2026年6月30日）".
pub fn attention_text(reason: &Attention, as_of: NaiveDate, lang: Lang) -> String {
    let m = msgs(lang).dashboard;
    match reason {
        Attention::Overdue { due } => fill(m.att_overdue, &[&fmt_date(*due, lang)]),
        Attention::NotDone => m.att_not_done.to_string(),
        Attention::FarBehind { behind } => fill(m.att_far_behind, &[&behind.percent_1dp()]),
        Attention::Missed => m.att_missed.to_string(),
        Attention::MissedPeriods(periods) => {
            fill(m.att_missed_periods, &[&missed_periods_text(periods, lang)])
        }
        Attention::DueSoon { due } => fill(m.att_due_soon, &[&fmt_date(*due, lang)]),
        Attention::Stale { last: Some(d) } => {
            fill(m.att_stale, &[&(as_of - *d).num_days().to_string()])
        }
        Attention::Stale { last: None } => m.att_never.to_string(),
    }
}
