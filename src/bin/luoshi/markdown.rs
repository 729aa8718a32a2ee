//! The `report` command's Markdown output: a heading, the plan totals and a
//! table with one row per target, in Chinese or in English. A target's
//! figure cell and a unit's share are worded by the target's kind
//! (`luoshi::present::kind_words`).

use luoshi::contribution::TargetShares;
use luoshi::engine::PlanProgress;
use luoshi::frac::Frac;
use luoshi::plan::Document;
use luoshi::present::kind_words::{self, TableWords};

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
    missed: &'static str,
    /// The words a target's kind puts in its cells (brackets and list
    /// separator too, which the status cell shares).
    kind: TableWords,
}

const ZH: Words = Words {
    totals: |unit, as_of, time, done| {
        format!("{unit}截至 {as_of}：序时进度 {time}，总体完成率 {done}")
    },
    header: "| 部分 | 指标 | 完成/目标 | 完成率 | 序时进度 | 状态 |",
    missed: "未达标：",
    kind: TableWords {
        periods: ["周", "个月", "个季度", "年"],
        met: "达标",
        short: "未达：",
        done_on: |date, due| format!("{date} 完成（截止 {due}）"),
        not_done: |due| format!("未完成（截止 {due}）"),
        improved: "提升",
        sums: |n_label, n, d_label, d| format!("（{n_label}{n}/{d_label}{d}）"),
        open: "（",
        close: "）",
        sep: "、",
    },
};

const EN: Words = Words {
    totals: |unit, as_of, time, done| {
        format!("{unit}As of {as_of}: time progress {time}, plan completion {done}")
    },
    header: "| Section | Target | Actual/target | Completion | Time progress | Status |",
    missed: "missed: ",
    kind: TableWords {
        periods: [" weeks", " months", " quarters", " years"],
        met: " met",
        short: "short: ",
        done_on: |date, due| format!("done {date} (due {due})"),
        not_done: |due| format!("not done (due {due})"),
        improved: "improved ",
        sums: |n_label, n, d_label, d| format!(" ({n_label} {n}/{d_label} {d})"),
        open: " (",
        close: ")",
        sep: ", ",
    },
};

fn pct(f: Frac) -> String {
    format!("{}%", f.percent_1dp())
}

/// The section heading up to its first comma: "（一）强化理论武装".
fn short_section(title: &str) -> &str {
    title.split(['，', ',']).next().unwrap_or(title)
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
                w.kind.open,
                w.missed,
                names.join(w.kind.sep),
                w.kind.close
            ));
        }
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} |\n",
            cell(short_section(&section.title)),
            cell(&target.title),
            cell(&kind_words::table_figure(target, p, &w.kind)),
            pct(p.completion),
            pct(p.time_progress),
            cell(&status),
        ));
    }
    out
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
                cell(&kind_words::table_share(target, &s.actual, &w.kind)),
                s.activities
            ));
        }
    }
    out
}
