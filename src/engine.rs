//! The progress engine: plan + ledger + as-of date → exact figures and a
//! status for every target. Pure; one linear pass over the ledger.
//!
//! The rules are written down in docs/RULES.md and in the help page.
//!
//! Every decision compares exact fractions ([`Frac`]) or exact decimals
//! ([`Fixed`]); floating point never decides a status.

mod cadence;
mod cumulative;
mod ledger;
mod measured;
mod status;

use chrono::NaiveDate;

use crate::fixed::Fixed;
use crate::frac::Frac;
use crate::period::{pace_progress, Period};
use crate::plan::{
    ActivityId, Document, ReadingId, Rules, Section, SectionId, Target, TargetId, TargetKind,
};

pub use cumulative::{cumulative_status, cumulative_status_by, target_end};
pub(crate) use ledger::BuildFnv;
pub use status::StatusCounts;

/// The status of a target as of a date, in the words of 督查督办 practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// 完成: a cumulative target reached.
    Done,
    /// 正常: on pace with 序时进度.
    OnTrack,
    /// 滞后: trails 序时进度 by 10 points or less (cadence: one missed period).
    Behind,
    /// 严重滞后: trails by more than 10 points (cadence: two or more missed).
    FarBehind,
    /// 未开始: the as-of date is before the plan period.
    NotStarted,
    /// 未完成: the period ended short of the target.
    NotDone,
    /// 达标: a measured target meets its line.
    Met,
    /// 接近达标: within 5 points of the line.
    Near,
    /// 未达标: a measured target misses its line.
    Missed,
    /// 暂无数据: no reading yet.
    NoData,
    /// 临近到期: a milestone due within 7 days and not done.
    DueSoon,
    /// 逾期: a milestone past its due date and not done.
    Overdue,
    /// 待完成: a milestone not yet due.
    Pending,
    /// 按年考核: a 年度指标 before the end of its period, judged only then.
    Annual,
}

/// The three colours of 三色督办, plus blue for a deadline drawing near and
/// grey where there is nothing to judge yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Colour {
    /// On pace or done.
    Green,
    /// Behind 序时进度 or near the line.
    Yellow,
    /// Far behind, overdue, missed or not done.
    Red,
    /// A deadline drawing near.
    Blue,
    /// Not started, no data, pending.
    Grey,
}

/// What a figure counts: a number of things, a measured value, or a percentage.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Measure {
    /// A count of activities (quantities summed).
    Count(u64),
    /// A measured value (threshold, improvement baseline or latest reading).
    Value(Fixed),
    /// A percentage held as an exact fraction of 1 (ratio, improvement achieved).
    Percent(Frac),
    /// Nothing to show (no reading yet).
    None,
}

/// One person's tally for a per-person target.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonTally {
    /// The person's name.
    pub name: String,
    /// What they have done (quantities summed).
    pub count: u64,
    /// Whether they reached the per-person figure.
    pub met: bool,
}

/// The state of one calendar period of a cadence target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PeriodState {
    /// Reached `at_least` (may still be running).
    Met,
    /// Ended short.
    Missed,
    /// Running and not yet reached.
    Current,
    /// Not begun yet.
    Future,
}

/// One calendar period of a cadence target.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodTally {
    /// The period.
    pub period: Period,
    /// What was done in it.
    pub count: u64,
    /// Its state as of the date.
    pub state: PeriodState,
}

/// Kind-specific detail behind the figures.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// Count and range targets need nothing more.
    None,
    /// Who has met a per-person target and who has not, in roster order.
    PerPerson(Vec<PersonTally>),
    /// Every period of the plan for a cadence target, in order.
    Cadence(Vec<PeriodTally>),
    /// A milestone: the day it was done, if it was.
    Milestone {
        /// Date of the earliest activity recorded for it, on or before the as-of date.
        done_on: Option<NaiveDate>,
        /// Its due date.
        due: NaiveDate,
    },
    /// A measured target: the latest reading and, for ratios, the sums.
    Measured {
        /// Date of the latest reading counted.
        latest_on: Option<NaiveDate>,
        /// Summed numerator and denominator for a ratio target.
        sums: Option<(u64, u64)>,
        /// The latest measured value (threshold and improvement targets),
        /// shown beside the improvement it makes.
        latest: Option<Fixed>,
    },
}

/// Figures and status of one target as of a date.
#[derive(Debug, Clone, PartialEq)]
pub struct TargetProgress {
    /// The target.
    pub id: TargetId,
    /// Its section.
    pub section: SectionId,
    /// Its status.
    pub status: Status,
    /// Completion as a fraction in 0..=1 (capped), as it enters the plan total.
    pub completion: Frac,
    /// Uncapped completion for cumulative kinds (actual ÷ target may exceed 1).
    pub raw_completion: Frac,
    /// 序时进度 at the as-of date of the target's period: the plan period,
    /// or for a count, range or per-person target with its own due date, the
    /// plan start through that date.
    pub time_progress: Frac,
    /// What was achieved.
    pub actual: Measure,
    /// What is to be achieved.
    pub goal: Measure,
    /// A range target above its maximum.
    pub over_plan: bool,
    /// What remains for cumulative kinds (goal − actual, never negative).
    pub remaining: Option<u64>,
    /// Kind-specific detail.
    pub detail: Detail,
    /// The activities counted, in date order: every figure traces to these.
    pub activities: Vec<ActivityId>,
    /// The readings counted, in date order (for threshold and improvement
    /// targets the last of them gives the figure).
    pub readings: Vec<ReadingId>,
    /// Date of the latest activity or reading counted.
    pub last_record: Option<NaiveDate>,
    /// The target's weight in the plan total.
    pub weight: u32,
}

/// Figures of the whole plan as of a date.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanProgress {
    /// The as-of date.
    pub as_of: NaiveDate,
    /// 序时进度 of the plan period.
    pub time_progress: Frac,
    /// Weighted mean of target completions.
    pub completion: Frac,
    /// The plan's own status: its completion against its 序时进度 under the
    /// document's rules, judged as a cumulative target is
    /// ([`cumulative_status_by`]): a plan a few points behind is 滞后
    /// (yellow) under "any shortfall", not red. The dashboard colours the
    /// plan's figure and bar by it.
    pub status: Status,
    /// Every target in plan order.
    pub targets: Vec<TargetProgress>,
}

/// Evaluates every target of the document as of `as_of`.
///
/// Activities and readings count when dated within the plan period and on or
/// before `as_of`. Records that name a target the plan does not have are
/// ignored here (validation reports them). The ledger is indexed by target
/// once, so the cost is one pass over it plus a sort per target.
pub fn evaluate(doc: &Document, as_of: NaiveDate) -> PlanProgress {
    let plan = &doc.plan;
    let ctx = Ctx::new(plan.start, plan.end, as_of, plan.rules);
    let targets: Vec<(&Section, &Target)> = plan.targets().collect();
    let ledger = ledger::index(doc, &targets, ctx.start, ctx.end.min(as_of));
    assemble(&targets, ledger.into_iter(), ctx)
}

/// Evaluates the document at each of `dates`, in order: the same figures as
/// [`evaluate`] at each date, with the ledger indexed and sorted once for
/// them all rather than once per date (the status history asks for twelve).
pub fn evaluate_each(doc: &Document, dates: &[NaiveDate]) -> Vec<PlanProgress> {
    let plan = &doc.plan;
    let Some(&latest) = dates.iter().max() else {
        return Vec::new();
    };
    let targets: Vec<(&Section, &Target)> = plan.targets().collect();
    let ledger = ledger::index(doc, &targets, plan.start, plan.end.min(latest));
    dates
        .iter()
        .map(|&as_of| {
            let ctx = Ctx::new(plan.start, plan.end, as_of, plan.rules);
            let upto = plan.end.min(as_of);
            let records = ledger.iter().map(|r| r.up_to(upto));
            assemble(&targets, records, ctx)
        })
        .collect()
}

/// Every target evaluated from its records, and the weighted plan total.
fn assemble<'a>(
    targets: &[(&Section, &Target)],
    ledger: impl Iterator<Item = ledger::Records<'a>>,
    ctx: Ctx,
) -> PlanProgress {
    let mut out = Vec::with_capacity(targets.len());
    let mut weighted = Frac::ZERO;
    let mut weights: u128 = 0;
    for ((section, target), records) in targets.iter().zip(ledger) {
        let progress = evaluate_target(section, target, records, &ctx);
        weighted = weighted + progress.completion.mul_int(u128::from(target.weight));
        weights += u128::from(target.weight);
        out.push(progress);
    }
    let completion = weighted
        .checked_div(Frac::from_int(weights))
        .unwrap_or(Frac::ZERO);
    PlanProgress {
        as_of: ctx.as_of,
        time_progress: ctx.time_progress,
        completion,
        status: cumulative_status_by(
            completion,
            ctx.time_progress,
            ctx.as_of >= ctx.start,
            &ctx.rules,
        ),
        targets: out,
    }
}

/// The plan period and the as-of date, shared by every target.
struct Ctx {
    start: NaiveDate,
    end: NaiveDate,
    as_of: NaiveDate,
    /// 序时进度 of the plan period.
    time_progress: Frac,
    /// The document's rules (督办规则).
    rules: Rules,
}

impl Ctx {
    fn new(start: NaiveDate, end: NaiveDate, as_of: NaiveDate, rules: Rules) -> Ctx {
        Ctx {
            start,
            end,
            as_of,
            time_progress: pace_progress(rules.pace, start, end, as_of),
            rules,
        }
    }

    /// 序时进度 of `start..=end` by the rules' pace.
    fn pace(&self, end: NaiveDate) -> Frac {
        pace_progress(self.rules.pace, self.start, end, self.as_of)
    }
}

/// One target's figures. The match on its kind is the engine's one
/// dispatch, an entry per kind to its family's file; anything else the
/// engine asks of a kind goes through [`crate::plan::kind`].
fn evaluate_target(
    section: &Section,
    target: &Target,
    records: ledger::Records<'_>,
    ctx: &Ctx,
) -> TargetProgress {
    let mut p = TargetProgress {
        id: target.id.clone(),
        section: section.id.clone(),
        status: Status::NoData,
        completion: Frac::ZERO,
        raw_completion: Frac::ZERO,
        time_progress: ctx.time_progress,
        actual: Measure::None,
        goal: Measure::None,
        over_plan: false,
        remaining: None,
        detail: Detail::None,
        activities: Vec::new(),
        readings: Vec::new(),
        last_record: None,
        weight: target.weight,
    };
    let near = ctx.rules.near_points;
    match &target.kind {
        TargetKind::Count { target: n } => {
            cumulative::count(&mut p, target, u64::from(*n), None, records, ctx)
        }
        TargetKind::Range { min, max } => cumulative::count(
            &mut p,
            target,
            u64::from(*min),
            Some(u64::from(*max)),
            records,
            ctx,
        ),
        TargetKind::PerPerson { each, roster } => {
            cumulative::per_person(&mut p, target, u64::from(*each), roster, records, ctx)
        }
        TargetKind::Cadence { every, at_least } => {
            cadence::cadence(&mut p, *every, u64::from(*at_least), records, ctx)
        }
        TargetKind::Milestone { due } => cadence::milestone(&mut p, *due, records, ctx),
        TargetKind::Threshold { line, direction } => {
            measured::threshold(&mut p, *line, *direction, &records, near)
        }
        TargetKind::Ratio { line, .. } => measured::ratio(&mut p, *line, &records, near),
        TargetKind::Improvement {
            baseline,
            percent,
            better,
        } => measured::improvement(&mut p, *baseline, *percent, *better, &records, near),
    }
    if target.annual {
        judge_yearly(&mut p, target, ctx);
    }
    p
}

/// A 年度指标 is judged once, at the end of its period: before then (from
/// the plan's start) it is done (or met) or 按年考核, never behind, near or
/// missed. A kind done once (a milestone) keeps its own due date and is
/// not affected.
fn judge_yearly(p: &mut TargetProgress, target: &Target, ctx: &Ctx) {
    if crate::plan::kind::of(&target.kind).is_once() {
        return;
    }
    let end = cumulative::period_end(target, ctx);
    let running = ctx.start <= ctx.as_of && ctx.as_of < end;
    let judged = matches!(
        p.status,
        Status::OnTrack | Status::Behind | Status::FarBehind | Status::Near | Status::Missed
    );
    if running && judged {
        p.status = Status::Annual;
    }
}

impl PlanProgress {
    /// The progress of one target, if the plan has it.
    pub fn get(&self, id: &TargetId) -> Option<&TargetProgress> {
        self.targets.iter().find(|t| &t.id == id)
    }

    /// How many targets stand at each status.
    pub fn status_counts(&self) -> StatusCounts {
        StatusCounts::of(&self.targets)
    }

    /// The targets of one section, in plan order.
    pub fn in_section<'a>(
        &'a self,
        section: &'a SectionId,
    ) -> impl Iterator<Item = &'a TargetProgress> + 'a {
        self.targets.iter().filter(move |t| &t.section == section)
    }
}

impl TargetProgress {
    /// The periods of a cadence target that ended short, in order (empty for
    /// other kinds).
    pub fn missed_periods(&self) -> Vec<Period> {
        match &self.detail {
            Detail::Cadence(periods) => periods
                .iter()
                .filter(|p| p.state == PeriodState::Missed)
                .map(|p| p.period)
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The people of a per-person target who have not yet met it, in roster
    /// order (empty for other kinds).
    pub fn people_short(&self) -> Vec<&str> {
        match &self.detail {
            Detail::PerPerson(people) => people
                .iter()
                .filter(|p| !p.met)
                .map(|p| p.name.as_str())
                .collect(),
            _ => Vec::new(),
        }
    }
}
