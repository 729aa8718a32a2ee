//! The `history` command's output: every target's colour at the end of
//! each month, as JSON, as a Markdown page or as a bare Markdown table.

use luoshi::escape::markdown as escape;
use luoshi::history::{Checkpoint, History};
use luoshi::plan::Document;
use serde_json::{json, Value};

use crate::markdown::Lang;

/// A month's column heading: "2026年3月", the as-of month marked
/// "2026年5月（至10日）" when it is not over.
fn heading(c: &Checkpoint, lang: Lang) -> String {
    use chrono::Datelike;
    let day = c.at.day();
    match (lang, c.is_partial()) {
        (Lang::Zh, false) => c.month.label_zh(),
        (Lang::Zh, true) => format!("{}（至{day}日）", c.month.label_zh()),
        (Lang::En, false) => c.month.label_en(),
        (Lang::En, true) => format!("{} (to {day})", c.month.label_en()),
    }
}

/// The grid as a Markdown table, one row per target. With `words`, a cell
/// names the status after the colour ("黄 滞后"); else only the colour.
fn table(doc: &Document, h: &History, lang: Lang, words: bool) -> String {
    let first = match lang {
        Lang::Zh => "指标",
        Lang::En => "Target",
    };
    let mut out = format!("| {first} |");
    for c in &h.checkpoints {
        out.push_str(&format!(" {} |", heading(c, lang)));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(h.checkpoints.len()));
    out.push('\n');
    for ((_, target), row) in doc.plan.targets().zip(&h.targets) {
        out.push_str(&format!("| {} |", escape(&target.title)));
        for s in &row.statuses {
            let c = s.colour();
            let cell = match (lang, words) {
                (Lang::Zh, true) => format!("{} {}", c.label_zh(), s.label_zh()),
                (Lang::Zh, false) => c.label_zh().to_string(),
                (Lang::En, true) => format!("{} {}", c.label_en(), s.label_en()),
                (Lang::En, false) => c.label_en().to_string(),
            };
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    out
}

/// The bare grid, colours only: for pasting into a document.
pub fn grid(doc: &Document, h: &History, lang: Lang) -> String {
    table(doc, h, lang, false)
}

/// A Markdown page: the plan's title, what the grid shows, and the grid
/// with colour and status in each cell.
pub fn page(doc: &Document, h: &History, lang: Lang) -> String {
    let title = escape(&doc.plan.title);
    let intro = match lang {
        Lang::Zh => format!(
            "# {title}：指标状态历史\n\n截至 {}，各项指标每月末的状态（当月为截至当日）。\n\n",
            h.as_of
        ),
        Lang::En => format!(
            "# {title}: status history\n\nAs of {}, each target's status at the end of every month (this month: as of that day).\n\n",
            h.as_of
        ),
    };
    format!("{intro}{}", table(doc, h, lang, true))
}

/// The grid for machines: the months with the day each was evaluated, and
/// per target its statuses and colours in the same order.
pub fn json(doc: &Document, h: &History) -> String {
    let months: Vec<Value> = h
        .checkpoints
        .iter()
        .map(|c| json!({ "month": c.month.code(), "at": c.at.to_string() }))
        .collect();
    let targets: Vec<Value> = doc
        .plan
        .targets()
        .zip(&h.targets)
        .map(|((section, target), row)| {
            json!({
                "id": target.id.as_str(),
                "title": target.title,
                "section": section.id.as_str(),
                "statuses": row.statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                "colours": row.colours().iter().map(|c| c.as_str()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let value = json!({ "as_of": h.as_of.to_string(), "months": months, "targets": targets });
    serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".to_string())
}
