//! The `report` command's Markdown output: a heading, the plan totals and a
//! table with one row per target, in Chinese or in English.

use luoshi::contribution::TargetShares;
use luoshi::engine::{Detail, Measure, PlanProgress, TargetProgress};
use luoshi::frac::Frac;
use luoshi::plan::{Cadence, Direction, Document, Target, TargetKind};

use luoshi::escape::markdown as escape;
// Table cells hold user text as text, as in the report.
use luoshi::escape::markdown as cell;

use crate::render::{period_name, rows};

/// The language of the table's words (titles stay as the plan writes them).
#[derive(Clone, Copy, PartialEq)]
pub enum Lang {
    /// 中文 (the default).
    Zh,
    /// English.
    En,
}

/// The fixed words of the report in one language.
struct Words {
    /// Totals line: unit, as-of date, time progress, completion.
    totals: fn(&str, &str, &str, &str) -> String,
    header: &'static str,
    /// Cadence periods: week, month, quarter, year.
    periods: [&'static str; 4],
    met: &'static str,
    short: &'static str,
    done_on: fn(&str, &str) -> String,
    not_done: fn(&str) -> String,
    improved: &'static str,
    /// A ratio's sums: numerator label and count, denominator label and count.
    sums: fn(&str, u64, &str, u64) -> String,
    missed: &'static str,
    /// Opening and closing bracket and list separator.
    open: &'static str,
    close: &'static str,
    sep: &'static str,
}

const ZH: Words = Words {
    totals: |unit, as_of, time, done| {
        format!("{unit}截至 {as_of}：序时进度 {time}，总体完成率 {done}")
    },
    header: "| 部分 | 指标 | 完成/目标 | 完成率 | 序时进度 | 状态 |",
    periods: ["周", "个月", "个季度", "年"],
    met: "达标",
    short: "未达：",
    done_on: |date, due| format!("{date} 完成（截止 {due}）"),
    not_done: |due| format!("未完成（截止 {due}）"),
    improved: "提升",
    sums: |n_label, n, d_label, d| format!("（{n_label}{n}/{d_label}{d}）"),
    missed: "未达标：",
    open: "（",
    close: "）",
    sep: "、",
};

const EN: Words = Words {
    totals: |unit, as_of, time, done| {
        format!("{unit}As of {as_of}: time progress {time}, plan completion {done}")
    },
    header: "| Section | Target | Actual/target | Completion | Time progress | Status |",
    periods: [" weeks", " months", " quarters", " years"],
    met: " met",
    short: "short: ",
    done_on: |date, due| format!("done {date} (due {due})"),
    not_done: |due| format!("not done (due {due})"),
    improved: "improved ",
    sums: |n_label, n, d_label, d| format!(" ({n_label} {n}/{d_label} {d})"),
    missed: "missed: ",
    open: " (",
    close: ")",
    sep: ", ",
};

fn pct(f: Frac) -> String {
    format!("{}%", f.percent_1dp())
}

/// The section heading up to its first comma: "（一）强化理论武装".
fn short_section(title: &str) -> &str {
    title.split(['，', ',']).next().unwrap_or(title)
}

fn measure_text(m: &Measure, unit: &str) -> String {
    match m {
        Measure::Value(v) => format!("{v}{unit}"),
        Measure::Percent(f) => pct(*f),
        Measure::Count(n) => format!("{n}{unit}"),
        Measure::None => "—".to_string(),
    }
}

/// "actual/target" with units, in the words of the kind.
fn figures(target: &Target, p: &TargetProgress, w: &Words) -> String {
    let unit = target.unit.as_str();
    let (actual, goal) = (measure_text(&p.actual, ""), measure_text(&p.goal, ""));
    match &target.kind {
        TargetKind::Count { .. } => format!("{actual}/{goal}{unit}"),
        TargetKind::Range { min, max } => format!("{actual}/{min}-{max}{unit}"),
        TargetKind::PerPerson { .. } => {
            let short = p.people_short();
            let mut text = format!("{actual}/{goal}{unit}");
            if !short.is_empty() {
                text.push_str(&format!(
                    "{}{}{}{}",
                    w.open,
                    w.short,
                    short.join(w.sep),
                    w.close
                ));
            }
            text
        }
        TargetKind::Cadence { every, .. } => {
            let word = match every {
                Cadence::Week => w.periods[0],
                Cadence::Month => w.periods[1],
                Cadence::Quarter => w.periods[2],
                Cadence::Year => w.periods[3],
            };
            format!("{actual}/{goal}{word}{}", w.met)
        }
        TargetKind::Milestone { due } => match &p.detail {
            Detail::Milestone {
                done_on: Some(d), ..
            } => (w.done_on)(&d.to_string(), &due.to_string()),
            _ => (w.not_done)(&due.to_string()),
        },
        TargetKind::Threshold { direction, .. } => {
            let sign = match direction {
                Direction::AtLeast => "≥",
                Direction::AtMost => "≤",
            };
            format!(
                "{}/{sign}{}",
                measure_text(&p.actual, unit),
                measure_text(&p.goal, unit)
            )
        }
        TargetKind::Ratio {
            numerator,
            denominator,
            ..
        } => {
            let mut text = format!("{actual}/≥{goal}");
            if let Detail::Measured {
                sums: Some((n, d)), ..
            } = &p.detail
            {
                text.push_str(&(w.sums)(numerator, *n, denominator, *d));
            }
            text
        }
        TargetKind::Improvement { .. } => format!("{}{actual}/{goal}", w.improved),
    }
}

/// The Markdown report of the document's progress.
pub fn markdown(doc: &Document, progress: &PlanProgress, lang: Lang) -> String {
    let w = match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    };
    let unit = if doc.unit.is_empty() {
        String::new()
    } else {
        format!("{} · ", escape(&doc.unit))
    };
    let mut out = format!(
        "# {}\n\n{}\n\n{}\n|---|---|---|---:|---:|---|\n",
        escape(&doc.plan.title),
        (w.totals)(
            &unit,
            &progress.as_of.to_string(),
            &pct(progress.time_progress),
            &pct(progress.completion)
        ),
        w.header,
    );
    for (section, target, p) in rows(doc, progress) {
        let missed = p.missed_periods();
        let mut status = match lang {
            Lang::Zh => p.status.label_zh(),
            Lang::En => p.status.label_en(),
        }
        .to_string();
        if !missed.is_empty() {
            let names: Vec<String> = missed
                .iter()
                .map(|m| match lang {
                    Lang::Zh => period_name(m),
                    Lang::En => m.label_en(),
                })
                .collect();
            status.push_str(&format!(
                "{}{}{}{}",
                w.open,
                w.missed,
                names.join(w.sep),
                w.close
            ));
        }
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            cell(short_section(&section.title)),
            cell(&target.title),
            cell(&figures(target, p, w)),
            pct(p.completion),
            pct(p.time_progress),
            cell(&status),
        ));
    }
    out
}

/// A unit's share in the words of the kind: "2次", "3个月达标", "1".
fn share_text(target: &Target, actual: &Measure, w: &Words) -> String {
    match &target.kind {
        TargetKind::Cadence { every, .. } => {
            let word = match every {
                Cadence::Week => w.periods[0],
                Cadence::Month => w.periods[1],
                Cadence::Quarter => w.periods[2],
                Cadence::Year => w.periods[3],
            };
            format!("{}{word}{}", measure_text(actual, ""), w.met)
        }
        TargetKind::Milestone { .. } => measure_text(actual, ""),
        _ => measure_text(actual, &target.unit),
    }
}

/// Each target's figure by contributing unit (see [`luoshi::contribution`]), as a second table: one row per target
/// and unit that has activities counted toward it.
pub fn by_unit(doc: &Document, shares: &[TargetShares], lang: Lang) -> String {
    let (heading, header, none) = match lang {
        Lang::Zh => (
            "## 各单位完成情况",
            "| 指标 | 单位 | 完成 | 台账记录 |",
            "（未注明）",
        ),
        Lang::En => (
            "## By unit",
            "| Target | Unit | Done | Activities |",
            "(none named)",
        ),
    };
    let w = match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    };
    let mut out = format!("{heading}\n\n{header}\n|---|---|---:|---:|\n");
    for ((_, target), row) in doc.plan.targets().zip(shares) {
        for s in &row.shares {
            let unit = if s.unit.is_empty() {
                none.to_string()
            } else {
                cell(&s.unit)
            };
            out.push_str(&format!(
                "| {} | {unit} | {} | {} |\n",
                cell(&target.title),
                cell(&share_text(target, &s.actual, w)),
                s.activities
            ));
        }
    }
    out
}
