//! The report's opening paragraph: what it covers, the completion against
//! 序时进度 in words, and how many targets stand where.

use chrono::Datelike;

use super::{Ctx, GROUPS};
use crate::frac::Frac;
use crate::report::sentences::{Item, Sentences};
use crate::report::words::{full_date, pct};
use crate::report::Scope;

/// The opening summary: what the report covers, the plan's completion
/// against 序时进度, and how many targets stand where.
pub(super) fn opening(
    ctx: &Ctx,
    say: &Sentences,
    all: &[&Item],
    unit: &str,
    scope: &Scope,
) -> String {
    let plan = &ctx.doc.plan;
    let plan_title = plan.title.trim();
    let mut s = String::new();
    let n = all.len();
    let what = match scope {
        Scope::Plan => format!("计划所列{n}项指标"),
        Scope::Section(_) => format!("本部分所列{n}项指标"),
        Scope::Unit(u) => format!("{}牵头的{n}项指标", u.trim()),
    };
    let subject = unit.to_string();
    let recorded = all
        .iter()
        .any(|i| !i.figures.activities.is_empty() || !i.figures.readings.is_empty());

    if ctx.as_of < plan.start {
        s.push_str(&format!(
            "《{plan_title}》计划期自{}起，{}尚未开始实施。",
            full_date(plan.start),
            ctx.as_of_words()
        ));
        if n > 0 {
            s.push_str(&format!("{what}均将按计划推进。"));
        }
        s.push_str("现将有关情况报告如下。");
        return s;
    }

    match &ctx.window {
        Some(w) => {
            let (acts, touched) = say.window_totals(all);
            if acts == 0 && touched == 0 {
                s.push_str(&format!(
                    "{}，{subject}对照《{plan_title}》确定的目标任务抓好落实，{}台账中暂无新登记的工作记录。",
                    w.label, w.this
                ));
            } else {
                s.push_str(&format!(
                    "{}，{subject}对照《{plan_title}》确定的目标任务，扎实推进各项工作",
                    w.label
                ));
            }
            if acts == 0 && touched == 0 {
            } else if acts == 0 {
                s.push_str(&format!("，{}更新监测数据涉及{touched}项指标。", w.this));
            } else {
                s.push_str(&format!(
                    "，{}共登记工作台账{acts}条，涉及{touched}项指标。",
                    w.this
                ));
            }
        }
        None => {
            let since = if ctx.whole == "全年" && ctx.as_of.year() == ctx.plan_year {
                "今年以来"
            } else {
                "计划实施以来"
            };
            if recorded {
                s.push_str(&format!(
                    "{since}，{subject}认真贯彻落实《{plan_title}》，对照计划确定的目标任务，实行台账化管理、清单化推进，各项工作有序开展。"
                ));
            } else {
                s.push_str(&format!(
                    "{since}，{subject}对照《{plan_title}》确定的目标任务抓好落实，台账中尚未登记工作进展。"
                ));
            }
        }
    }

    if n == 0 {
        s.push_str("本报告范围内暂无计划指标。现将有关情况报告如下。");
        return s;
    }

    let completion = scope_completion(ctx, all, scope);
    if ctx.ended() {
        s.push_str(&format!(
            "{}，计划期已结束，{what}总体完成率{}。",
            ctx.as_of_words(),
            pct(completion)
        ));
    } else {
        let tp = ctx.progress.time_progress;
        s.push_str(&format!(
            "{}，{what}总体完成率{}，序时进度{}，{}。",
            ctx.as_of_words(),
            pct(completion),
            pct(tp),
            pace(completion, tp, ctx.doc.plan.rules.far_behind_from)
        ));
    }

    let counts: Vec<(usize, String)> = GROUPS
        .iter()
        .enumerate()
        .filter_map(|(g, (statuses, label))| {
            let k = all
                .iter()
                .filter(|i| statuses.contains(&i.figures.status))
                .count();
            (k > 0).then(|| (g, format!("{label}{k}项")))
        })
        .collect();
    if counts.len() == 1 && counts[0].0 == 0 {
        s.push_str("各项指标均已完成（达标）。");
    } else {
        let words: Vec<&str> = counts.iter().map(|(_, w)| w.as_str()).collect();
        s.push_str(&format!("其中，{}。", words.join("，")));
    }
    s.push_str("现将有关情况报告如下。");
    s
}

/// Completion against 序时进度 in words: 明显滞后 only beyond the rules'
/// far-behind points (never when the rules have none).
pub(crate) fn pace(completion: Frac, tp: Frac, far_behind_from: Option<u32>) -> &'static str {
    if completion > tp {
        "快于序时进度"
    } else if completion == tp {
        "与序时进度持平"
    } else if far_behind_from
        .is_some_and(|far| completion.points_behind(tp) > Frac::new(u128::from(far), 100))
    {
        "明显滞后于序时进度"
    } else {
        "略滞后于序时进度"
    }
}

/// The completion of the targets in scope: the engine's plan total for the
/// whole plan, else the same weighted mean over the targets in scope.
fn scope_completion(ctx: &Ctx, all: &[&Item], scope: &Scope) -> Frac {
    if *scope == Scope::Plan {
        return ctx.progress.completion;
    }
    weighted_completion(all.iter().map(|i| i.figures))
}

/// The weighted mean of some targets' completions, as the engine totals
/// the plan: a section's, a unit's or a scope's completion. Zero for none.
pub(crate) fn weighted_completion<'a>(
    targets: impl IntoIterator<Item = &'a crate::engine::TargetProgress>,
) -> Frac {
    let mut sum = Frac::ZERO;
    let mut weights: u128 = 0;
    for t in targets {
        sum = sum.add(t.completion.mul_int(u128::from(t.weight)));
        weights += u128::from(t.weight);
    }
    sum.div(Frac::from_int(weights)).unwrap_or(Frac::ZERO)
}
