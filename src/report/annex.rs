//! The report's annex: 附件：佐证材料清单, the evidence behind each target
//! the report covers (file names and references with their records'
//! dates), from `evidence::annex`. A part of its own, so Markdown, HTML and
//! Word render it as they render the others, and an edited draft keeps it.

use chrono::NaiveDate;

use super::words::full_date;
use super::{Paragraph, Part};
use crate::evidence::annex;
use crate::plan::{Document, TargetId};

/// The heading of the annex.
pub const HEADING: &str = "附件：佐证材料清单";

/// The annex for `targets` over the records dated `from`..=`to`; `None`
/// when none of their records has evidence.
pub(super) fn part(
    doc: &Document,
    targets: &[TargetId],
    from: NaiveDate,
    to: NaiveDate,
) -> Option<Part> {
    let list = annex(doc, targets, from, to);
    if list.is_empty() {
        return None;
    }
    let paragraphs = list
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let items: Vec<String> = t
                .items
                .iter()
                .map(|item| {
                    let kept = if item.elsewhere {
                        "（原件另存）"
                    } else {
                        ""
                    };
                    let record = item.record.trim();
                    let record = if record.is_empty() {
                        String::new()
                    } else {
                        format!("（{record}）")
                    };
                    format!("{} {}{kept}{record}", full_date(item.date), item.name)
                })
                .collect();
            Paragraph {
                lead: Some(format!("{}. {}：", i + 1, t.title.trim())),
                text: format!("{}。", items.join("；")),
            }
        })
        .collect();
    Some(Part {
        heading: HEADING.to_string(),
        paragraphs,
    })
}
