//! Putting the report together: which targets, which stretch of time, and
//! the parts in the seed's order.

mod opening;

use opening::opening;
pub(crate) use opening::{pace, weighted_completion};

use std::collections::{HashMap, HashSet};

use super::context::Ctx;
use super::sentences::{Item, Sentences};
use super::words::{full_date, numeral, strip_number};
use super::{Paragraph, Part, Report, ReportOptions, Scope, Variant};
use crate::engine::{PlanProgress, Status, TargetProgress};
use crate::plan::Document;

/// The targets in scope, in plan order, grouped by section.
fn items<'a>(ctx: &Ctx<'a>, scope: &Scope) -> Vec<(&'a crate::plan::Section, Vec<Item<'a>>)> {
    let figures: HashMap<&str, &TargetProgress> = ctx
        .progress
        .targets
        .iter()
        .map(|t| (t.id.as_str(), t))
        .collect();
    let mut out = Vec::new();
    for section in &ctx.doc.plan.sections {
        if let Scope::Section(id) = scope {
            if &section.id != id {
                continue;
            }
        }
        let list: Vec<Item> = section
            .targets
            .iter()
            .filter(|t| match scope {
                Scope::Unit(unit) => t.lead_unit.trim() == unit.trim(),
                _ => true,
            })
            .filter_map(|t| {
                figures.get(t.id.as_str()).map(|tp| Item {
                    target: t,
                    figures: tp,
                })
            })
            .collect();
        if !list.is_empty() {
            out.push((section, list));
        }
    }
    out
}

/// How the report's targets stand, in the order the opening lists them.
const GROUPS: [(&[Status], &str); 11] = [
    (&[Status::Done, Status::Met], "已完成（达标）"),
    (&[Status::OnTrack, Status::Pending], "进度正常"),
    (&[Status::DueSoon], "临近到期"),
    (&[Status::Behind], "略滞后"),
    (&[Status::Near], "接近达标"),
    (&[Status::FarBehind], "严重滞后"),
    (&[Status::Missed], "未达标"),
    (&[Status::Overdue, Status::NotDone], "逾期未完成"),
    (&[Status::NoData], "暂无数据"),
    (&[Status::NotStarted], "尚未开始"),
    (&[Status::Annual], "按年考核"),
];

pub(super) fn compose(doc: &Document, progress: &PlanProgress, opts: &ReportOptions) -> Report {
    let ctx = Ctx::new(doc, progress, opts.variant);
    let groups = items(&ctx, &opts.scope);
    let all: Vec<&Item> = groups.iter().flat_map(|(_, l)| l.iter()).collect();
    let say = Sentences { ctx: &ctx };
    let plan_title = doc.plan.title.trim();
    let unit = match &opts.scope {
        Scope::Unit(u) => u.trim().to_string(),
        _ => doc.unit.trim().to_string(),
    };

    let title = {
        let what = match &opts.scope {
            Scope::Section(_) => match groups.first() {
                Some((s, _)) => format!("“{}”部分", strip_number(&s.title)),
                None => String::new(),
            },
            _ => String::new(),
        };
        let when = ctx
            .window
            .as_ref()
            .map(|w| w.label.clone())
            .unwrap_or_default();
        let by = match &opts.scope {
            Scope::Unit(u) => u.trim().to_string(),
            _ => String::new(),
        };
        format!("{by}关于《{plan_title}》{what}{when}落实情况的报告")
    };

    // The overview, then the rules its figures follow, in one line.
    let opening = vec![
        Paragraph::plain(opening(&ctx, &say, &all, &unit, &opts.scope)),
        Paragraph::plain(format!(
            "（{}）",
            crate::rules::statement(&doc.plan.rules, crate::i18n::Lang::Zh).trim_end_matches('。')
        )),
    ];

    let mut parts = Vec::new();

    // 一、主要工作情况
    let mut work = Vec::new();
    let mut n = 0;
    for (section, list) in &groups {
        let mut cited: HashSet<&str> = HashSet::new();
        let sentences: Vec<String> = list
            .iter()
            .filter_map(|item| say.work(item, &mut cited))
            .collect();
        if sentences.is_empty() {
            continue;
        }
        n += 1;
        work.push(Paragraph {
            lead: Some(format!(
                "（{}）{}。",
                numeral(n),
                strip_number(&section.title)
            )),
            text: sentences.concat(),
        });
    }
    if work.is_empty() {
        let text = match &ctx.window {
            Some(w) => format!("{}台账中暂无新登记的工作记录。", w.this),
            None if all.is_empty() => "本报告范围内暂无计划指标。".to_string(),
            None => "台账中暂无已登记的工作记录。".to_string(),
        };
        work.push(Paragraph::plain(text));
    }
    parts.push(Part {
        heading: "一、主要工作情况".to_string(),
        paragraphs: work,
    });

    // 二、存在的问题
    let problems = say.problems(&all);
    let mut paragraphs = Vec::new();
    if problems.is_empty() {
        let all_done = !all.is_empty()
            && all
                .iter()
                .all(|i| matches!(i.figures.status, Status::Done | Status::Met));
        paragraphs.push(Paragraph::plain(if all_done {
            "计划所列各项目标任务均已完成（达标），未发现滞后事项。"
        } else {
            "对照计划目标和序时进度，各项工作总体推进顺利，暂未发现明显滞后的指标。"
        }));
    } else {
        paragraphs.push(Paragraph::plain("对照计划目标和序时进度，还存在以下问题："));
        for (i, p) in problems.iter().enumerate() {
            paragraphs.push(Paragraph::plain(format!(
                "{}{}",
                super::words::ordinal_is(i + 1),
                p
            )));
        }
    }
    parts.push(Part {
        heading: "二、存在的问题".to_string(),
        paragraphs,
    });

    // 三、下一步工作打算
    let mut paragraphs = Vec::new();
    let mut steps = Vec::new();
    let mut m = 0;
    for (section, list) in &groups {
        let clauses: Vec<String> = list.iter().filter_map(|item| say.next_step(item)).collect();
        if clauses.is_empty() {
            continue;
        }
        m += 1;
        steps.push(Paragraph {
            lead: Some(format!(
                "（{}）{}。",
                numeral(m),
                strip_number(&section.title)
            )),
            text: format!("{}。", clauses.join("；")),
        });
    }
    let subject = if unit.is_empty() {
        String::new()
    } else {
        format!("{unit}将")
    };
    if steps.is_empty() {
        paragraphs.push(Paragraph::plain(format!(
            "计划所列各项目标任务均已完成。下一步，{subject}认真总结经验做法，巩固拓展工作成效，科学谋划下一阶段工作。"
        )));
    } else if ctx.ended() {
        paragraphs.push(Paragraph::plain(format!(
            "计划期已结束。下一步，{subject}对未完成事项逐项分析原因、明确责任，纳入下一年度工作统筹推进："
        )));
        paragraphs.extend(steps);
    } else {
        paragraphs.push(Paragraph::plain(format!(
            "下一步，{subject}坚持问题导向，对照计划目标和序时进度，逐项明确责任、倒排工期，重点抓好以下工作："
        )));
        paragraphs.extend(steps);
        paragraphs.push(Paragraph::plain(
            "同时，加强统筹调度和督促检查，及时登记工作台账，确保计划各项目标任务按期全面完成。",
        ));
    }
    parts.push(Part {
        heading: "三、下一步工作打算".to_string(),
        paragraphs,
    });

    // 附件：佐证材料清单
    let ids: Vec<_> = all.iter().map(|i| i.target.id.clone()).collect();
    let (from, to) = match &ctx.window {
        Some(w) => (w.start, w.end.min(ctx.as_of)),
        None => (doc.plan.start, ctx.as_of),
    };
    parts.extend(super::annex::part(doc, &ids, from, to));

    let mut signature = Vec::new();
    if !unit.is_empty() {
        signature.push(unit.clone());
    }
    signature.push(full_date(ctx.as_of));

    Report {
        title,
        opening,
        parts,
        signature,
    }
}

/// The report's words on one target as of the figures' date: its entry in
/// "存在的问题" (none for a target without a problem) and its clause in
/// "下一步工作打算", so that a 督办通知单 quotes the target exactly as the
/// report does (`crate::duban::notice`).
pub(super) fn target_words(
    doc: &Document,
    progress: &PlanProgress,
    id: &crate::plan::TargetId,
) -> (Option<String>, Option<String>) {
    let ctx = Ctx::new(doc, progress, Variant::ToDate);
    let (Some(target), Some(figures)) = (doc.plan.target(id), progress.get(id)) else {
        return (None, None);
    };
    let item = Item { target, figures };
    let say = Sentences { ctx: &ctx };
    let problem = say.problems(&[&item]).into_iter().next();
    (problem, say.next_step(&item))
}
