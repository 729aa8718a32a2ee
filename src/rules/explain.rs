//! Explanations of a document's rules, generated from the rules' values:
//! the target page's 判定规则 card ([`target_rule`]), the formula and the
//! figure of 序时进度 ([`pace_formula`], [`pace_now`]), and the help page's
//! worked example ([`threshold_example`]), status meanings
//! ([`status_meaning`]) and presets ([`presets_text`]). No explanation of a
//! rule is a fixed string: each number comes from `plan::Rules`, and every
//! figure of an example from the engine (`engine::cumulative_status_by`,
//! `period::pace_parts`), so a sentence cannot disagree with the figure
//! beside it. Pure: the as-of date is a parameter. How each kind of
//! target is judged is told by its module (`plan::kind::Kind::rule_card`)
//! from the parts made here.

use chrono::NaiveDate;

use super::{colours, pace_index, Preset};
use crate::engine::{cumulative_status_by, target_end, Status};
use crate::frac::Frac;
use crate::i18n::explain::msgs;
use crate::i18n::text::{fill, fmt_date};
use crate::i18n::Lang;
use crate::period::pace_parts;
use crate::plan::kind::RuleParts;
use crate::plan::{Pace, Plan, Rules, Target};

/// The formula of 序时进度 under `pace`.
pub fn pace_formula(pace: Pace, lang: Lang) -> &'static str {
    msgs(lang).pace_formula[pace_index(pace)]
}

/// 序时进度 of a period from `start` to `end` at `as_of`, with the two counts
/// the engine divides: "截至2026年11月30日，期间共 12 个月，已结束 11 个月，
/// 序时进度 = 11 ÷ 12 = 91.7%".
pub fn pace_now(
    pace: Pace,
    start: NaiveDate,
    end: NaiveDate,
    as_of: NaiveDate,
    lang: Lang,
) -> String {
    let (done, total) = pace_parts(pace, start, end, as_of);
    let share = if total == 0 {
        Frac::ZERO
    } else {
        Frac::new(u128::from(done), u128::from(total))
    };
    fill(
        msgs(lang).pace_now[pace_index(pace)],
        &[
            &fmt_date(as_of, lang),
            &done.to_string(),
            &total.to_string(),
            &format!("{}%", share.percent_1dp()),
        ],
    )
}

/// The near band in words: percentage points, or the target's own unit for
/// a threshold that is not a percentage.
fn near_words(rules: &Rules, unit: Option<&str>, lang: Lang) -> String {
    let m = msgs(lang);
    let n = rules.near_points.to_string();
    match unit {
        Some(u) if !u.trim().is_empty() && u.trim() != "%" => fill(m.amount, &[&n, u.trim()]),
        _ => fill(m.points, &[&n]),
    }
}

/// The 判定规则 card of `target` in `plan`, from the plan's rules: how its
/// kind is judged, with the thresholds, near band and due-soon days in
/// force, and for a cumulative target the formula of 序时进度 and its
/// figure over the target's own period at `as_of`.
pub fn target_rule(target: &Target, plan: &Plan, as_of: NaiveDate, lang: Lang) -> String {
    let m = msgs(lang);
    let rules = &plan.rules;
    let sep = if lang == Lang::Zh { "" } else { " " };
    let cumulative = || {
        let end = target_end(target, plan.start, plan.end);
        let formula = pace_formula(rules.pace, lang);
        let now = pace_now(rules.pace, plan.start, end, as_of, lang);
        let pace = match lang {
            Lang::Zh => format!("{formula}；{now}。"),
            Lang::En => format!("{formula}; {now}."),
        };
        format!(
            "{}{sep}{pace}",
            fill(m.cumulative, &[&colours(rules, lang)])
        )
    };
    let kind = crate::plan::kind::of(&target.kind);
    let near = |in_unit: bool| near_words(rules, in_unit.then_some(target.unit.as_str()), lang);
    let mut text = kind.rule_card(&RuleParts {
        words: m,
        sep,
        cumulative: &cumulative,
        near: &near,
        due_soon_days: rules.due_soon_days,
    });
    if target.annual && kind.judged_yearly() {
        text.push_str(sep);
        text.push_str(m.annual);
    }
    text
}

/// The status a count of `done` out of 100 has under `rules` when 序时进度
/// is 50% — the engine's own answer, so the example is the rule.
fn status_at_half(done: u128, rules: &Rules) -> Status {
    cumulative_status_by(Frac::new(done, 100), Frac::new(1, 2), true, rules)
}

fn status_word(status: Status, lang: Lang) -> String {
    match lang {
        Lang::Zh => status.label_zh().to_string(),
        Lang::En => status.label_en().to_lowercase(),
    }
}

/// The help page's worked example of the thresholds: a target of 100 at
/// 序时进度 50%, every count from 0 to 100 judged by the engine under
/// `rules` and told as bands ("0 至 39 次为严重滞后，40 至 49 次为滞后，50
/// 至 99 次为正常，100 次为完成").
pub fn threshold_example(rules: &Rules, lang: Lang) -> String {
    let m = msgs(lang);
    let mut bands: Vec<(u128, u128, Status)> = Vec::new();
    for done in 0..=100u128 {
        let s = status_at_half(done, rules);
        match bands.last_mut() {
            Some((_, hi, last)) if *last == s => *hi = done,
            _ => bands.push((done, done, s)),
        }
    }
    let words: Vec<String> = bands
        .iter()
        .map(|&(lo, hi, s)| {
            if lo == hi {
                fill(m.band_one, &[&lo.to_string(), &status_word(s, lang)])
            } else {
                fill(
                    m.band_range,
                    &[&lo.to_string(), &hi.to_string(), &status_word(s, lang)],
                )
            }
        })
        .collect();
    fill(m.help_example, &[&words.join(m.band_sep)])
}

/// What `status` means under `rules`, for the statuses the rules set
/// (滞后, 严重滞后, 接近达标, 临近到期); `None` for the others, whose
/// meaning does not depend on the rules.
pub fn status_meaning(status: Status, rules: &Rules, lang: Lang) -> Option<String> {
    let m = msgs(lang);
    let b = rules.behind_from.to_string();
    let text = match status {
        Status::Behind => match (rules.behind_from, rules.far_behind_from) {
            (0, Some(f)) => fill(m.behind_any_far, &[&f.to_string()]),
            (0, None) => m.behind_any_none.to_string(),
            (_, Some(f)) => fill(m.behind_from_far, &[&b, &f.to_string()]),
            (_, None) => fill(m.behind_from_none, &[&b]),
        },
        Status::FarBehind => match rules.far_behind_from {
            Some(f) => fill(m.far_some, &[&f.to_string()]),
            None => m.far_none.to_string(),
        },
        Status::Near => fill(m.near, &[&rules.near_points.to_string()]),
        Status::DueSoon => fill(m.due_soon, &[&rules.due_soon_days.to_string()]),
        _ => return None,
    };
    Some(text)
}

/// The help page's list of presets: each one's name (which states its
/// thresholds) and where it comes from, and the near band and due-soon days
/// they share.
pub fn presets_text(lang: Lang) -> String {
    let m = msgs(lang);
    let items: Vec<String> = Preset::ALL
        .iter()
        .zip(m.preset_sources)
        .map(|(p, source)| fill(m.preset_item, &[p.label(lang), source]))
        .collect();
    let shared = Preset::House.thresholds();
    fill(
        m.presets,
        &[
            &items.join(m.preset_sep),
            &shared.near_points.to_string(),
            &shared.due_soon_days.to_string(),
        ],
    )
}
