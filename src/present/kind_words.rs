//! The words of each kind of target, one module per kind: what a target
//! asks for ("不少于 6 次"), its figures from the engine in a sentence and
//! in a few characters, whether its bar shows 序时进度, its cell and unit
//! share in the `report` command's table and the facts its JSON adds.
//!
//! [`ask`] is the one place of `present` that tells the kinds apart: it
//! hands a question with a target's kind and figures to the kind's module,
//! by static dispatch. The kind's name, fields and checks are
//! `plan::kind`'s; the progress report's sentences are `report`'s
//! (`report/sentences/kinds/`); how a kind's rule is explained is
//! `plan::kind::Kind::rule_card`.

mod cadence;
mod count;
mod improvement;
mod milestone;
mod per_person;
mod range;
mod ratio;
mod threshold;

use chrono::NaiveDate;

use crate::engine::{Measure, TargetProgress};
use crate::frac::Frac;
use crate::i18n::Lang;
use crate::period::Period;
use crate::plan::{Cadence, Target, TargetKind};

/// A question put to a target's kind, answered by the kind's words module.
/// It is answered by static dispatch, so that a module (the first screen's)
/// builds in only the words it asks for.
pub trait Ask {
    /// The answer.
    type Answer;
    /// The answer of the kind's words `w`.
    fn ask(self, w: &impl KindWords) -> Self::Answer;
}

/// Puts `question` to the words module of `kind`, with the kind's figures.
pub fn ask<A: Ask>(kind: &TargetKind, question: A) -> A::Answer {
    match kind {
        TargetKind::Count { target } => question.ask(&count::Words { target: *target }),
        TargetKind::Range { min, max } => question.ask(&range::Words {
            min: *min,
            max: *max,
        }),
        TargetKind::PerPerson { each, roster } => question.ask(&per_person::Words {
            each: *each,
            roster,
        }),
        TargetKind::Cadence { every, at_least } => question.ask(&cadence::Words {
            every: *every,
            at_least: *at_least,
        }),
        TargetKind::Threshold { line, direction } => question.ask(&threshold::Words {
            line: *line,
            direction: *direction,
        }),
        TargetKind::Ratio {
            line,
            numerator,
            denominator,
        } => question.ask(&ratio::Words {
            line: *line,
            numerator,
            denominator,
        }),
        TargetKind::Improvement {
            baseline,
            percent,
            better,
        } => question.ask(&improvement::Words {
            baseline: *baseline,
            percent: *percent,
            better: *better,
        }),
        TargetKind::Milestone { due } => question.ask(&milestone::Words { due: *due }),
    }
}

/// The figures of one target and the rule that judged them, in one
/// sentence: "已完成 3 次 / 6 次，完成率 50.0%，序时进度 49.9%，正常".
pub fn figure_sentence(target: &Target, p: &TargetProgress, lang: Lang) -> String {
    struct Q<'a>(&'a Target, &'a TargetProgress, Lang);
    impl Ask for Q<'_> {
        type Answer = String;
        fn ask(self, w: &impl KindWords) -> String {
            w.figure_sentence(self.0, self.1, self.2)
        }
    }
    ask(&target.kind, Q(target, p, lang))
}

/// The figure in a few characters, for the dashboard's rows: "3 / 6 次",
/// "4 / 12 个月", "94.5%（≥ 95%）", "截止 6月30日".
pub fn short_figure(target: &Target, p: &TargetProgress, lang: Lang) -> String {
    struct Q<'a>(&'a Target, &'a TargetProgress, Lang);
    impl Ask for Q<'_> {
        type Answer = String;
        fn ask(self, w: &impl KindWords) -> String {
            w.short_figure(self.0, self.1, self.2)
        }
    }
    ask(&target.kind, Q(target, p, lang))
}

/// Whether the 序时进度 marker means something on this target's bar: it
/// does for what accumulates over the period, not for a measured line or a
/// deadline.
pub fn shows_time_marker(kind: &TargetKind) -> bool {
    struct Q;
    impl Ask for Q {
        type Answer = bool;
        fn ask(self, w: &impl KindWords) -> bool {
            w.shows_time_marker()
        }
    }
    ask(kind, Q)
}

/// What a target asks for, in words: "不少于 6 次", "每月至少 1 次",
/// "办结 ÷ 受理 ≥ 95%", "2026年6月30日前完成".
pub fn goal_text(target: &Target, lang: Lang) -> String {
    struct Q<'a>(&'a Target, Lang);
    impl Ask for Q<'_> {
        type Answer = String;
        fn ask(self, w: &impl KindWords) -> String {
            w.goal(self.0, self.1)
        }
    }
    ask(&target.kind, Q(target, lang))
}

/// The "actual/target" cell of the `report` command's table, in the words
/// `w` of its language.
pub fn table_figure(target: &Target, p: &TargetProgress, w: &TableWords) -> String {
    struct Q<'a>(&'a Target, &'a TargetProgress, &'a TableWords);
    impl Ask for Q<'_> {
        type Answer = String;
        fn ask(self, w: &impl KindWords) -> String {
            w.table_figure(self.0, self.1, self.2)
        }
    }
    ask(&target.kind, Q(target, p, w))
}

/// A contributing unit's figure `actual` in the `report` command's table:
/// "2次", "3个月达标", "1".
pub fn table_share(target: &Target, actual: &Measure, w: &TableWords) -> String {
    struct Q<'a>(&'a Target, &'a Measure, &'a TableWords);
    impl Ask for Q<'_> {
        type Answer = String;
        fn ask(self, w: &impl KindWords) -> String {
            w.table_share(self.0, self.1, self.2)
        }
    }
    ask(&target.kind, Q(target, actual, w))
}

/// What the `report` command's JSON adds for the target's kind, in order.
pub fn facts(target: &Target, p: &TargetProgress) -> Vec<Fact> {
    struct Q<'a>(&'a TargetProgress);
    impl Ask for Q<'_> {
        type Answer = Vec<Fact>;
        fn ask(self, w: &impl KindWords) -> Vec<Fact> {
            w.facts(self.0)
        }
    }
    ask(&target.kind, Q(p))
}

/// What one kind of target says of itself and of its figures. `target` is
/// the target whose kind this is, `p` the engine's figures for it.
pub trait KindWords {
    /// What the target asks for: "不少于 6 次", "每月至少 1 次",
    /// "办结 ÷ 受理 ≥ 95%", "2026年6月30日前完成".
    fn goal(&self, target: &Target, lang: Lang) -> String;
    /// The figures and the rule that judged them in one sentence:
    /// "已完成 3 次 / 6 次，完成率 50.0%，序时进度 49.9%，正常".
    fn figure_sentence(&self, target: &Target, p: &TargetProgress, lang: Lang) -> String;
    /// The figure in a few characters, for the dashboard's rows: "3 / 6 次",
    /// "4 / 12 个月", "94.5%（≥ 95%）", "截止 6月30日".
    fn short_figure(&self, target: &Target, p: &TargetProgress, lang: Lang) -> String;
    /// Whether the 序时进度 marker means something on the target's bar: it
    /// does for what accumulates over the period, not for a measured line or
    /// a deadline.
    fn shows_time_marker(&self) -> bool {
        false
    }
    /// The "actual/target" cell of the `report` command's table.
    fn table_figure(&self, target: &Target, p: &TargetProgress, w: &TableWords) -> String;
    /// A contributing unit's share in the `report` command's table: "2次",
    /// "3个月达标", "1".
    fn table_share(&self, target: &Target, actual: &Measure, _w: &TableWords) -> String {
        measure_text(actual, &target.unit)
    }
    /// What the `report` command's JSON adds for the kind, in order.
    fn facts(&self, _p: &TargetProgress) -> Vec<Fact> {
        Vec::new()
    }
}

/// The words of the `report` command's table that depend on a kind, in one
/// language (the command holds one set per language).
pub struct TableWords {
    /// Cadence periods: week, month, quarter, year.
    pub periods: [&'static str; 4],
    /// After a count of periods: "达标".
    pub met: &'static str,
    /// Before the people short of a per-person target: "未达：".
    pub short: &'static str,
    /// A milestone done: the date done, the due date.
    pub done_on: fn(&str, &str) -> String,
    /// A milestone not done: the due date.
    pub not_done: fn(&str) -> String,
    /// Before an improvement's figures: "提升".
    pub improved: &'static str,
    /// A ratio's sums: numerator label and count, denominator label and count.
    pub sums: fn(&str, u64, &str, u64) -> String,
    /// Opening and closing bracket and list separator.
    pub open: &'static str,
    /// The closing bracket.
    pub close: &'static str,
    /// The list separator.
    pub sep: &'static str,
}

/// A fact the `report` command's JSON gives for some kinds of target.
#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    /// The periods a cadence missed (`missed_periods`).
    MissedPeriods(Vec<Period>),
    /// The people short of a per-person target (`people_short`).
    PeopleShort(Vec<String>),
    /// Whether a range went above its upper end (`over_plan`).
    OverPlan(bool),
    /// A milestone's due date (`due`).
    Due(NaiveDate),
    /// The day a milestone was done, if it was (`done_on`).
    DoneOn(Option<NaiveDate>),
}

/// A fraction of 1 as the command's table writes it: "49.9%".
fn table_pct(f: Frac) -> String {
    format!("{}%", f.percent_1dp())
}

/// A figure of the engine as the command's table writes it: "3次", "90%",
/// "—".
fn measure_text(m: &Measure, unit: &str) -> String {
    match m {
        Measure::Value(v) => format!("{v}{unit}"),
        Measure::Percent(f) => table_pct(*f),
        Measure::Count(n) => format!("{n}{unit}"),
        Measure::None => "—".to_string(),
    }
}

/// The count a cumulative figure holds; 0 for any other.
fn count_of(m: Measure) -> u64 {
    match m {
        Measure::Count(n) => n,
        _ => 0,
    }
}

/// The place of a cadence's period in the lists of period words (week,
/// month, quarter, year).
fn period_index(c: Cadence) -> usize {
    match c {
        Cadence::Week => 0,
        Cadence::Month => 1,
        Cadence::Quarter => 2,
        Cadence::Year => 3,
    }
}
