//! The monthly 督查通报: the month's figures by section and by unit, the
//! targets completed ahead of time, those behind with their lead units, and
//! the units that reported late or not at all — as a [`Report`], so that
//! the report's Markdown, HTML and Word writers render it unchanged.
//!
//! The order follows published 督查通报: an opening that says what was
//! checked and ends "现将有关情况通报如下。", then 基本情况, what went well,
//! what lags (naming the units), and the requirements that follow (see
//! "关于重点工作督查督办平台使用情况的通报",
//! <http://www.cedoc.cn/info/link/503.html>, and the rule that "好的要总结
//! 经验…差的要查明原因，通报批评" in a 督查通报制度,
//! <http://www.fymate.net/html/text/lar/168342/16834225_2.html>).
//!
//! Two days matter: the figures are the engine's at the month's end (or
//! the day of issue while the month runs, [`as_of_for`]); who reported is
//! judged on the day of issue, for the reporting cycle the month closes
//! ([`Cycle::closed_by_month`]): issued on 12-10 for November, it speaks of
//! November's reports, due in December. Every statement about a unit —
//! its led targets and their statuses, whether it reported, late or not at
//! all — is read from the reporting page's own table
//! ([`reporting::unit_table_for`]), and the records it made (本单位记录)
//! are counted by the function that fills the page's column
//! ([`records_by`]), so the 通报 and the 报送 page cannot differ. The
//! signature bears the day of issue.

use chrono::{Datelike, NaiveDate};

use super::cycle::period_of;
use super::notice::{state, State as NoticeState};
use crate::engine::{evaluate, Colour, Detail, PlanProgress, Status, StatusCounts, TargetProgress};
use crate::i18n::Lang;
use crate::plan::{Cadence, Document, Reporting, Target};
use crate::present::short_figure;
use crate::report::{
    full_date, month_day, numeral, pace, pct, quoted, strip_number, weighted_completion, Paragraph,
    Part, Report,
};
use crate::reporting::{self, records_by, Cycle, State, UnitTable};

/// The day a bulletin for `year`-`month` takes its figures at: the month's
/// last day, or `today` while the month is still running. `None` for a
/// month that does not exist or has not begun.
pub fn as_of_for(year: i32, month: u32, today: NaiveDate) -> Option<NaiveDate> {
    let start = NaiveDate::from_ymd_opt(year, month, 1)?;
    if start > today {
        return None;
    }
    let end = crate::period::Period::containing(Cadence::Month, start).end();
    Some(end.min(today))
}

/// "完成2项、正常3项、滞后1项", in the order of [`Status::ALL`].
fn counts_words(c: &StatusCounts) -> String {
    let parts: Vec<String> = c
        .nonzero()
        .iter()
        .map(|(s, n)| format!("{}{n}项", s.label_zh()))
        .collect();
    if parts.is_empty() {
        "暂无指标".to_string()
    } else {
        parts.join("、")
    }
}

fn issuer(doc: &Document) -> String {
    match doc.unit.trim() {
        "" => "督查室".to_string(),
        u => u.to_string(),
    }
}

/// Whether a done target was done before its deadline (a milestone's own
/// due date, as the engine's detail gives it; else its due date, or the
/// plan's end).
fn ahead_of_time(t: &Target, f: &TargetProgress, plan_end: NaiveDate, as_of: NaiveDate) -> bool {
    if f.status != Status::Done {
        return false;
    }
    match &f.detail {
        Detail::Milestone { done_on, due } => done_on.is_some_and(|d| d < *due),
        _ => as_of < t.due.unwrap_or(plan_end),
    }
}

/// The month's 督查通报 on `doc` for `year`-`month`, issued on `issued`:
/// the engine's figures at [`as_of_for`] (the month's end once it is over),
/// the reports of the cycle the month closes as they stand on `issued`.
pub fn build(doc: &Document, year: i32, month: u32, issued: NaiveDate) -> Report {
    let as_of = as_of_for(year, month, issued).unwrap_or(issued);
    let progress = evaluate(doc, as_of);
    compose(doc, &progress, year, month, issued)
}

/// The reporting table a bulletin for `year`-`month` issued on `issued`
/// states: the cycle the month closes, judged on `issued`, with the led
/// targets' statuses of `progress` (the bulletin's figures).
pub fn unit_table(
    doc: &Document,
    progress: &PlanProgress,
    year: i32,
    month: u32,
    issued: NaiveDate,
) -> UnitTable {
    let cycle = Cycle::closed_by_month(doc, year, month, issued);
    reporting::unit_table_for(doc, progress, cycle, issued)
}

/// [`build`] from figures already evaluated at the bulletin's day.
pub fn compose(
    doc: &Document,
    progress: &PlanProgress,
    year: i32,
    month: u32,
    issued: NaiveDate,
) -> Report {
    let as_of = progress.as_of;
    let plan = &doc.plan;
    let plan_year = plan.start.year();
    let month_start = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(as_of);
    let in_month = |d: NaiveDate| month_start <= d && d <= as_of;
    let label = format!("{year}年{month}月");
    let date = |d: NaiveDate| month_day(d, plan_year);
    let issuer = issuer(doc);
    let figures = |t: &Target| progress.get(&t.id);
    let table = unit_table(doc, progress, year, month, issued);

    let ended = as_of >= plan.end;
    let pace_words = if ended {
        "计划期已结束".to_string()
    } else {
        format!(
            "序时进度{}，{}",
            pct(progress.time_progress),
            pace(
                progress.completion,
                progress.time_progress,
                plan.rules.far_behind_from
            )
        )
    };
    let opening = Paragraph::plain(format!(
        "为推动《{}》各项任务落到实处，{issuer}对{label}各单位落实情况进行了督查。截至{}，计划{}项指标中，{}；全部指标加权平均完成率{}，{pace_words}。现将有关情况通报如下。",
        plan.title.trim(),
        date(as_of),
        progress.targets.len(),
        counts_words(&progress.status_counts()),
        pct(progress.completion),
    ));

    // 一、总体进展情况: by section.
    let mut by_section = Vec::new();
    for (i, s) in plan.sections.iter().enumerate() {
        let list: Vec<&TargetProgress> = progress.in_section(&s.id).collect();
        if list.is_empty() {
            continue;
        }
        let owned: Vec<TargetProgress> = list.iter().map(|t| (*t).clone()).collect();
        let ids: Vec<&str> = list.iter().map(|t| t.id.as_str()).collect();
        let done_here = doc
            .activities
            .iter()
            .filter(|a| in_month(a.date) && a.targets.iter().any(|t| ids.contains(&t.as_str())))
            .count();
        by_section.push(Paragraph {
            lead: Some(format!(
                "（{}）{}。",
                numeral(i + 1),
                strip_number(&s.title)
            )),
            text: format!(
                "共{}项指标，{}，加权平均完成率{}；{label}登记涉及本部分指标的工作{done_here}项。",
                list.len(),
                counts_words(&StatusCounts::of(&owned)),
                pct(weighted_completion(list.iter().copied())),
            ),
        });
    }

    // 二、各单位落实情况: the reporting page's rows, its led targets and
    // the records it made itself in the month.
    let mut by_unit = Vec::new();
    for (i, row) in table.rows.iter().enumerate() {
        let led: Vec<&TargetProgress> = row
            .targets
            .iter()
            .filter_map(|(id, _)| progress.get(id))
            .collect();
        let owned: Vec<TargetProgress> = led.iter().map(|t| (*t).clone()).collect();
        let recorded = records_by(doc, &row.unit, month_start, as_of);
        let records = format!("{label}本单位记录工作和数据{recorded}条");
        let text = if led.is_empty() {
            format!("未牵头指标；{records}。")
        } else {
            format!(
                "牵头指标{}项，{}，加权平均完成率{}；{records}。",
                led.len(),
                counts_words(&StatusCounts::of(&owned)),
                pct(weighted_completion(led.iter().copied())),
            )
        };
        by_unit.push(Paragraph {
            lead: Some(format!("（{}）{}。", numeral(i + 1), row.unit)),
            text,
        });
    }

    // 三、提前完成的指标.
    let ahead: Vec<String> = plan
        .targets()
        .filter_map(|(_, t)| figures(t).map(|f| (t, f)))
        .filter(|(t, f)| ahead_of_time(t, f, plan.end, as_of))
        .map(|(t, f)| {
            let by = match t.lead_unit.trim() {
                "" => String::new(),
                u => format!("（牵头单位：{u}）"),
            };
            format!("{}{by}，完成率{}", quoted(&t.title), pct(f.raw_completion))
        })
        .collect();
    let ahead_paras = if ahead.is_empty() {
        vec![Paragraph::plain("本期暂无提前完成目标任务的指标。")]
    } else {
        vec![Paragraph::plain(format!(
            "{}等{}项指标已提前完成目标任务，予以通报表扬。",
            ahead.join("；"),
            ahead.len()
        ))]
    };

    // 四、进度滞后的指标, by lead unit.
    let mut behind_units: Vec<(String, Vec<String>)> = Vec::new();
    for (_, t) in plan.targets() {
        let Some(f) = figures(t) else { continue };
        if !matches!(f.status.colour(), Colour::Yellow | Colour::Red) {
            continue;
        }
        let unit = match t.lead_unit.trim() {
            "" => "未明确牵头单位".to_string(),
            u => u.to_string(),
        };
        let line = format!(
            "{}{}（{}）",
            quoted(&t.title),
            f.status.label_zh(),
            short_figure(t, f, Lang::Zh)
        );
        match behind_units.iter_mut().find(|(u, _)| *u == unit) {
            Some((_, l)) => l.push(line),
            None => behind_units.push((unit, vec![line])),
        }
    }
    let behind_paras: Vec<Paragraph> = if behind_units.is_empty() {
        vec![Paragraph::plain("本期各项指标均未滞后于序时进度。")]
    } else {
        behind_units
            .into_iter()
            .map(|(u, l)| Paragraph {
                lead: Some(format!("{u}：")),
                text: format!("{}，共{}项。", l.join("；"), l.len()),
            })
            .collect()
    };

    // 五、报送情况和督办情况.
    let mut reporting = vec![Paragraph::plain(reporting_sentence(doc, &table, issued))];
    let issued_here: Vec<_> = doc.notices.iter().filter(|n| in_month(n.issued)).collect();
    let open_overdue = doc
        .notices
        .iter()
        .filter(|n| state(n, as_of) == NoticeState::Overdue)
        .count();
    if !issued_here.is_empty() || open_overdue > 0 {
        let replied = issued_here
            .iter()
            .filter(|n| matches!(state(n, as_of), NoticeState::Replied(_)))
            .count();
        reporting.push(Paragraph::plain(format!(
            "{label}共印发督办通知单{}份，已反馈{replied}份；截至{}，逾期未反馈的督办通知单{open_overdue}份。",
            issued_here.len(),
            date(as_of)
        )));
    }

    let next = vec![
        Paragraph::plain("进度滞后的牵头单位要认真分析原因，制定整改措施，倒排工期、挂图作战，确保按期完成目标任务。"),
        Paragraph::plain("各单位要严格按照报送要求按时报送工作进展，做到数据真实准确、佐证材料齐全。"),
        Paragraph::plain(format!("{issuer}将持续跟踪问效，对连续滞后的指标下发督办通知单，跟踪督办、直至办结。")),
    ];

    let heading = |n: usize, s: &str| format!("{}、{s}", numeral(n));
    Report {
        title: format!("关于{label}《{}》落实情况的督查通报", plan.title.trim()),
        opening: vec![opening],
        parts: vec![
            Part {
                heading: heading(1, "总体进展情况"),
                paragraphs: by_section,
            },
            Part {
                heading: heading(2, "各单位落实情况"),
                paragraphs: by_unit,
            },
            Part {
                heading: heading(3, "提前完成的指标"),
                paragraphs: ahead_paras,
            },
            Part {
                heading: heading(4, "进度滞后的指标"),
                paragraphs: behind_paras,
            },
            Part {
                heading: heading(5, "报送和督办情况"),
                paragraphs: reporting,
            },
            Part {
                heading: heading(6, "下一步工作要求"),
                paragraphs: next,
            },
        ],
        signature: vec![issuer, full_date(issued)],
    }
}

/// The sentence on who reported for the table's cycle, as the table
/// judges it on the day of issue: 按时报送, 迟报 with the day sent, 尚未报送,
/// 逾期未报, and the units the plan listed after the cycle.
fn reporting_sentence(doc: &Document, table: &UnitTable, issued: NaiveDate) -> String {
    let plan = &doc.plan;
    let date = |d: NaiveDate| month_day(d, plan.start.year());
    let rule = match plan.rules.reporting {
        Reporting::None => return "计划未设定进展报送周期，本期不通报报送情况。".to_string(),
        Reporting::Quarterly { by_day } => format!("每季度结束后次月{by_day}日前报送上季度进展"),
        Reporting::Monthly { by_day } => format!("每月{by_day}日前报送上月进展"),
    };
    let Some(cycle) = table.cycle else {
        return format!(
            "按照{rule}的要求，截至{}尚无截止的报送周期，本期不通报报送情况。",
            date(issued)
        );
    };
    let names = |want: State| -> Vec<String> {
        table
            .rows
            .iter()
            .filter(|r| r.state == want)
            .map(|r| r.unit.clone())
            .collect()
    };
    let late: Vec<String> = table
        .rows
        .iter()
        .filter(|r| r.state == State::Late)
        .filter_map(|r| r.answered.map(|d| format!("{}（{}报送）", r.unit, date(d))))
        .collect();
    let not_due: Vec<String> = table
        .rows
        .iter()
        .filter(|r| r.state == State::NotDue)
        .filter_map(|r| {
            r.joined
                .map(|d| format!("{}（{}列入计划）", r.unit, date(d)))
        })
        .collect();
    let mut said = Vec::new();
    for (list, what) in [
        (names(State::Reported), "按时报送"),
        (late, "迟报"),
        (names(State::NotReported), "尚未报送"),
        (names(State::Overdue), "逾期未报"),
        (not_due, "本期无需报送"),
    ] {
        if !list.is_empty() {
            said.push(format!("{}{what}", list.join("、")));
        }
    }
    let mut s = format!(
        "按照{rule}的要求，{}进展应于{}前报送。截至{}，",
        period_of(&plan.rules, &cycle)
            .map(|p| p.label_zh())
            .unwrap_or_default(),
        date(cycle.due),
        date(issued)
    );
    if said.is_empty() {
        s.push_str("暂无应报送单位。");
    } else {
        s.push_str(&said.join("；"));
        s.push('。');
    }
    s
}

/// A file name for a bulletin, without extension: "督查通报-2026-06".
pub fn file_stem(year: i32, month: u32) -> String {
    format!("督查通报-{year}-{month:02}")
}
