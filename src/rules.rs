//! The office's rules of judging progress (督办规则): named presets, which
//! preset a document's rules match, checking values typed into the form,
//! the one-line statement of the rules in force for the report, and (in
//! `explain`) every other explanation of the rules, generated from them.
//!
//! Where the colours change: a target `behind_from` points or more behind
//! 序时进度 is 滞后 (以上: the number itself included), more than
//! `far_behind_from` points is 严重滞后 (超过: the number itself
//! excluded); one level with 序时进度 is on track, so a `behind_from` of 0
//! is "any shortfall". The engine compares so
//! (`engine::cumulative_status_by`); every wording here says so.
//!
//! The rules themselves are [`crate::plan::Rules`], kept in the plan; the
//! engine reads them (`engine::evaluate`). Pure: no clock, no browser.

mod explain;

pub use explain::{
    pace_formula, pace_now, presets_text, status_meaning, target_rule, threshold_example,
};

use crate::i18n::rules::msgs;
use crate::i18n::text::fill;
use crate::i18n::Lang;
use crate::plan::{Pace, Reporting, Rules};

/// A named set of thresholds (behind, far behind, near band, due soon).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Preset {
    /// This house's rule: any shortfall 滞后, more than 10 points 严重滞后,
    /// near within 5 points, due soon within 7 days (0/10/5/7).
    House,
    /// Any shortfall yellow, red only when overdue (宿迁产发集团
    /// 三色督办单: 未达到序时进度 黄色单, 逾期未办结 红色单).
    AnyShortfall,
    /// Yellow from 10 points behind (10 included), red more than 30 (银川市
    /// 红黄绿灯: 低于序时进度10~30个百分点 黄灯, 超过30个百分点 红灯).
    TenThirty,
}

impl Preset {
    /// Every preset, in the order the form offers them.
    pub const ALL: [Preset; 3] = [Preset::House, Preset::AnyShortfall, Preset::TenThirty];

    /// The stable name, as the form's option value.
    pub fn as_str(self) -> &'static str {
        match self {
            Preset::House => "house",
            Preset::AnyShortfall => "any-shortfall",
            Preset::TenThirty => "ten-thirty",
        }
    }

    /// The preset named by [`Preset::as_str`].
    pub fn from_name(name: &str) -> Option<Preset> {
        Preset::ALL.into_iter().find(|p| p.as_str() == name)
    }

    /// Its name in `lang`.
    pub fn label(self, lang: Lang) -> &'static str {
        msgs(lang).presets[self.index()]
    }

    fn index(self) -> usize {
        match self {
            Preset::House => 0,
            Preset::AnyShortfall => 1,
            Preset::TenThirty => 2,
        }
    }

    /// Its thresholds.
    pub fn thresholds(self) -> Thresholds {
        let (behind_from, far_behind_from) = match self {
            Preset::House => (0, Some(10)),
            Preset::AnyShortfall => (0, None),
            Preset::TenThirty => (10, Some(30)),
        };
        Thresholds {
            behind_from,
            far_behind_from,
            near_points: 5,
            due_soon_days: 7,
        }
    }

    /// `rules` with this preset's thresholds; the pace and the reporting
    /// cycle are kept.
    pub fn apply(self, rules: Rules) -> Rules {
        self.thresholds().apply(rules)
    }

    /// The preset whose thresholds `rules` has, if any (else custom).
    pub fn of(rules: &Rules) -> Option<Preset> {
        let t = Thresholds::of(rules);
        Preset::ALL.into_iter().find(|p| p.thresholds() == t)
    }
}

/// The thresholds of a [`Rules`], the part a preset sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Thresholds {
    /// This many points behind or more is 滞后 (0: any shortfall).
    pub behind_from: u32,
    /// More than this many points behind is 严重滞后; `None`: red only
    /// when overdue.
    pub far_behind_from: Option<u32>,
    /// Near the line within this many points.
    pub near_points: u32,
    /// Due soon within this many days.
    pub due_soon_days: u32,
}

impl Thresholds {
    /// The thresholds of `rules`.
    pub fn of(rules: &Rules) -> Thresholds {
        Thresholds {
            behind_from: rules.behind_from,
            far_behind_from: rules.far_behind_from,
            near_points: rules.near_points,
            due_soon_days: rules.due_soon_days,
        }
    }

    /// `rules` with these thresholds; everything else kept.
    pub fn apply(self, rules: Rules) -> Rules {
        Rules {
            behind_from: self.behind_from,
            far_behind_from: self.far_behind_from,
            near_points: self.near_points,
            due_soon_days: self.due_soon_days,
            ..rules
        }
    }
}

/// A field of the rules form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleField {
    /// Behind from (points, included).
    BehindFrom,
    /// Far behind from (points, empty = none).
    FarBehindFrom,
    /// Near band (points).
    NearPoints,
    /// Due-soon days.
    DueSoonDays,
    /// The reporting cycle's day of the month (set elsewhere, checked here).
    ReportDay,
}

impl RuleField {
    /// The stable name, used as the form field's id suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleField::BehindFrom => "behind-from",
            RuleField::FarBehindFrom => "far-behind-from",
            RuleField::NearPoints => "near-points",
            RuleField::DueSoonDays => "due-soon-days",
            RuleField::ReportDay => "report-day",
        }
    }
}

/// What is wrong with a value of the rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleProblem {
    /// Not a whole number (the text typed).
    NotNumber(String),
    /// A negative number (the text typed).
    Negative(String),
    /// More than 100 points.
    Over100(u64),
    /// More than 366 days.
    OverYear(u64),
    /// Far behind set below behind.
    FarBeforeBehind {
        /// The far-behind figure.
        far: u32,
        /// The behind figure.
        behind: u32,
    },
    /// A reporting day outside 1–28.
    ReportDay(u32),
}

/// One bad value: where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// The field it belongs next to.
    pub field: RuleField,
    /// What is wrong.
    pub problem: RuleProblem,
}

impl RuleError {
    /// The message shown next to the field.
    pub fn message(&self, lang: Lang) -> String {
        let m = msgs(lang);
        match &self.problem {
            RuleProblem::NotNumber(t) => fill(m.not_number, &[t]),
            RuleProblem::Negative(t) => fill(m.negative, &[t]),
            RuleProblem::Over100(n) => fill(m.over_100, &[&n.to_string()]),
            RuleProblem::OverYear(n) => fill(m.over_year, &[&n.to_string()]),
            RuleProblem::FarBeforeBehind { far, behind } => fill(
                m.far_before_behind,
                &[&far.to_string(), &behind.to_string()],
            ),
            RuleProblem::ReportDay(d) => fill(m.report_day, &[&d.to_string()]),
        }
    }
}

/// The thresholds as typed into the form, before checking.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ThresholdsForm {
    /// Behind from (points).
    pub behind_from: String,
    /// Far behind from (points); empty = red only when overdue.
    pub far_behind_from: String,
    /// Near band (points).
    pub near_points: String,
    /// Due-soon days.
    pub due_soon_days: String,
}

impl ThresholdsForm {
    /// The form filled from thresholds.
    pub fn of(t: Thresholds) -> ThresholdsForm {
        ThresholdsForm {
            behind_from: t.behind_from.to_string(),
            far_behind_from: t.far_behind_from.map(|f| f.to_string()).unwrap_or_default(),
            near_points: t.near_points.to_string(),
            due_soon_days: t.due_soon_days.to_string(),
        }
    }

    /// The thresholds, or every bad field with its own message.
    pub fn parse(&self) -> Result<Thresholds, Vec<RuleError>> {
        let mut errors = Vec::new();
        let behind = whole(&self.behind_from, RuleField::BehindFrom, 100, &mut errors);
        let far = if self.far_behind_from.trim().is_empty() {
            Some(None)
        } else {
            whole(
                &self.far_behind_from,
                RuleField::FarBehindFrom,
                100,
                &mut errors,
            )
            .map(Some)
        };
        // Far behind before behind is said whatever else is wrong.
        if let (Some(behind), Some(Some(far))) = (behind, far) {
            if far < behind {
                errors.push(RuleError {
                    field: RuleField::FarBehindFrom,
                    problem: RuleProblem::FarBeforeBehind { far, behind },
                });
            }
        }
        let near = whole(&self.near_points, RuleField::NearPoints, 100, &mut errors);
        let due = whole(
            &self.due_soon_days,
            RuleField::DueSoonDays,
            366,
            &mut errors,
        );
        match (behind, far, near, due) {
            (Some(behind_from), Some(far_behind_from), Some(near_points), Some(due_soon_days))
                if errors.is_empty() =>
            {
                Ok(Thresholds {
                    behind_from,
                    far_behind_from,
                    near_points,
                    due_soon_days,
                })
            }
            _ => Err(errors),
        }
    }
}

/// A whole number in 0..=max, or an error for `field`.
fn whole(text: &str, field: RuleField, max: u64, errors: &mut Vec<RuleError>) -> Option<u32> {
    let t = text.trim();
    let problem = if t.starts_with('-') && t[1..].trim().parse::<u64>().is_ok() {
        RuleProblem::Negative(t.to_string())
    } else {
        match t.parse::<u64>() {
            Ok(n) if n <= max => return u32::try_from(n).ok(),
            Ok(n) if max == 100 => RuleProblem::Over100(n),
            Ok(n) => RuleProblem::OverYear(n),
            Err(_) => RuleProblem::NotNumber(t.to_string()),
        }
    };
    errors.push(RuleError { field, problem });
    None
}

/// Checks rules that are already numbers: far behind not below behind,
/// points at most 100, days at most 366, a reporting day 1–28.
pub fn check(rules: &Rules) -> Result<(), Vec<RuleError>> {
    let mut errors = Vec::new();
    let mut push = |field, problem| errors.push(RuleError { field, problem });
    if rules.behind_from > 100 {
        push(
            RuleField::BehindFrom,
            RuleProblem::Over100(rules.behind_from.into()),
        );
    }
    if let Some(far) = rules.far_behind_from {
        if far > 100 {
            push(RuleField::FarBehindFrom, RuleProblem::Over100(far.into()));
        } else if far < rules.behind_from {
            push(
                RuleField::FarBehindFrom,
                RuleProblem::FarBeforeBehind {
                    far,
                    behind: rules.behind_from,
                },
            );
        }
    }
    if rules.near_points > 100 {
        push(
            RuleField::NearPoints,
            RuleProblem::Over100(rules.near_points.into()),
        );
    }
    if rules.due_soon_days > 366 {
        push(
            RuleField::DueSoonDays,
            RuleProblem::OverYear(rules.due_soon_days.into()),
        );
    }
    if let Reporting::Monthly { by_day } | Reporting::Quarterly { by_day } = rules.reporting {
        if !(1..=28).contains(&by_day) {
            push(RuleField::ReportDay, RuleProblem::ReportDay(by_day));
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The pace's position in the form's and the statement's word lists.
pub fn pace_index(pace: Pace) -> usize {
    match pace {
        Pace::Day => 0,
        Pace::Month => 1,
        Pace::Quarter => 2,
    }
}

/// Every pace, in the form's order.
pub const PACES: [Pace; 3] = [Pace::Day, Pace::Month, Pace::Quarter];

/// The stable name of a pace, as the form's option value.
pub fn pace_name(pace: Pace) -> &'static str {
    match pace {
        Pace::Day => "day",
        Pace::Month => "month",
        Pace::Quarter => "quarter",
    }
}

/// Where the colours change under `rules`, in words: "未达到序时进度的为
/// 滞后，落后超过10个百分点为严重滞后", "落后序时进度不到10个百分点视为正常，
/// 落后10个百分点及以上为滞后，超过30个百分点为严重滞后". The statement, the
/// target page's card and the help page all say it with these words.
pub fn colours(rules: &Rules, lang: Lang) -> String {
    let m = msgs(lang);
    let b = rules.behind_from.to_string();
    match (rules.behind_from, rules.far_behind_from) {
        (0, Some(f)) => fill(m.line_any_far, &[&f.to_string()]),
        (0, None) => m.line_any_overdue.to_string(),
        (_, Some(f)) => fill(m.line_from_far, &[&b, &f.to_string()]),
        (_, None) => fill(m.line_from_overdue, &[&b]),
    }
}

/// The rules in force in one line, as a report states them: "序时进度按月
/// 计算；未达到序时进度的为滞后（黄），到期未完成的为红；指标差距5个百分点
/// 以内为接近达标，距截止7天以内为临近到期。"
pub fn statement(rules: &Rules, lang: Lang) -> String {
    let m = msgs(lang);
    let pace = fill(m.line_pace, &[m.line_paces[pace_index(rules.pace)]]);
    let colours = colours(rules, lang);
    let near = fill(
        m.line_near_due,
        &[
            &rules.near_points.to_string(),
            &rules.due_soon_days.to_string(),
        ],
    );
    match lang {
        Lang::Zh => format!("{pace}；{colours}；{near}。"),
        Lang::En => format!("{pace}; {colours}; {near}."),
    }
}
