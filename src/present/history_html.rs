//! The status history's words, and the plan-wide grid's rows as HTML text,
//! set in one piece: thirty targets × twelve months cost one call into the
//! page instead of a view (and its closures) per cell. Every cell keeps
//! its month and status in words (its label and its visible word), so the
//! colour is never the only signal; every title is escaped.

use std::collections::HashMap;
use std::fmt::Write as _;

use chrono::Datelike;

use crate::engine::Status;
use crate::escape::markup as escape;
use crate::history::{Checkpoint, History};
use crate::i18n::history::HistoryMsgs;
use crate::i18n::Lang;
use crate::plan::{Plan, TargetId};

use super::format::{fill, status_word};

/// "3月" / "Mar", with "（至15日）" / "(to 15)" for the as-of month.
pub fn month_short(c: &Checkpoint, m: &HistoryMsgs, lang: Lang) -> String {
    let name = match lang {
        Lang::Zh => fill(m.month, &[&c.at.month().to_string()]),
        Lang::En => fill(m.month, &[&c.at.format("%b").to_string()]),
    };
    if c.is_partial() {
        fill(m.month_partial, &[&name, &c.at.day().to_string()])
    } else {
        name
    }
}

/// "2026年3月" / "Mar 2026".
pub fn month_full(c: &Checkpoint, lang: Lang) -> String {
    match lang {
        Lang::Zh => c.month.label_zh(),
        Lang::En => c.month.label_en(),
    }
}

/// "2026年3月：滞后（黄）" / "Mar 2026: Behind (Yellow)".
pub fn cell_label(c: &Checkpoint, status: Status, m: &HistoryMsgs, lang: Lang) -> String {
    let month = month_full(c, lang);
    let colour = match lang {
        Lang::Zh => status.colour().label_zh(),
        Lang::En => status.colour().label_en(),
    };
    fill(m.cell_label, &[&month, status_word(status, lang), colour])
}

/// The `<tr>` rows of the grid's body: per target of `h`, in its order, a
/// row header linking to the target's page (`href`) and one cell per
/// checkpoint with its full label (hidden but read out, and as the
/// tooltip) and its status word. A target no longer in `plan` is left out.
pub fn history_rows_html(
    plan: &Plan,
    h: &History,
    href: &dyn Fn(&TargetId) -> String,
    m: &HistoryMsgs,
    lang: Lang,
) -> String {
    let titles: HashMap<&TargetId, &str> = plan
        .targets()
        .map(|(_, t)| (&t.id, t.title.as_str()))
        .collect();
    // The label of each (checkpoint, status) pair is the same in every row:
    // a handful of distinct strings, escaped once.
    let mut labels: HashMap<(usize, Status), String> = HashMap::new();
    let mut out = String::with_capacity(h.targets.len() * (120 + h.checkpoints.len() * 160));
    for row in &h.targets {
        let Some(title) = titles.get(&row.id) else {
            continue;
        };
        let _ = write!(
            out,
            "<tr><th scope=\"row\" class=\"hgrid-target\"><a href=\"{}\">{}</a></th>",
            escape(&href(&row.id)),
            escape(title)
        );
        for (i, (c, s)) in h.checkpoints.iter().zip(&row.statuses).enumerate() {
            let label = labels
                .entry((i, *s))
                .or_insert_with(|| escape(&cell_label(c, *s, m, lang)));
            let _ = write!(
                out,
                "<td class=\"hcell status-{}\" title=\"{label}\"><span class=\"visually-hidden\">{label}</span><span aria-hidden=\"true\">{}</span></td>",
                s.colour().as_str(),
                escape(status_word(*s, lang)),
            );
        }
        out.push_str("</tr>");
    }
    out
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::history::history;
    use crate::i18n::history::msgs;
    use crate::plan::Document;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn doc() -> Document {
        let mut doc = crate::seed::example_document(2026, date(2026, 3, 15));
        doc.activities.clear();
        doc
    }

    #[test]
    fn one_row_per_target_one_cell_per_month_with_words_and_links() {
        let doc = doc();
        let h = history(&doc, date(2026, 3, 15));
        let html = history_rows_html(
            &doc.plan,
            &h,
            &|id| format!("#/targets/{}", id.as_str()),
            msgs(Lang::Zh),
            Lang::Zh,
        );
        let targets = doc.plan.targets().count();
        assert!(targets > 0);
        assert_eq!(html.matches("<tr>").count(), targets);
        assert_eq!(html.matches("<td ").count(), targets * 3);
        let (_, first) = doc.plan.targets().next().unwrap();
        let row = &h.targets[0];
        let expected_cell = format!(
            "<td class=\"hcell status-{}\" title=\"{}\"><span class=\"visually-hidden\">{}</span><span aria-hidden=\"true\">{}</span></td>",
            row.statuses[2].colour().as_str(),
            escape(&cell_label(&h.checkpoints[2], row.statuses[2], msgs(Lang::Zh), Lang::Zh)),
            escape(&cell_label(&h.checkpoints[2], row.statuses[2], msgs(Lang::Zh), Lang::Zh)),
            status_word(row.statuses[2], Lang::Zh),
        );
        assert!(html.contains(&expected_cell), "{html}");
        assert!(html.starts_with(&format!(
            "<tr><th scope=\"row\" class=\"hgrid-target\"><a href=\"#/targets/{}\">{}</a></th>",
            escape(first.id.as_str()),
            escape(&first.title)
        )));
        // The as-of month's label says it is partial: "2026年3月：…".
        assert!(
            cell_label(&h.checkpoints[2], row.statuses[2], msgs(Lang::Zh), Lang::Zh)
                .starts_with("2026年3月：")
        );
        assert_eq!(
            month_short(&h.checkpoints[2], msgs(Lang::Zh), Lang::Zh),
            "3月（至15日）"
        );
        assert_eq!(
            month_short(&h.checkpoints[0], msgs(Lang::En), Lang::En),
            "Jan"
        );
    }

    #[test]
    fn titles_and_links_are_escaped() {
        let mut doc = doc();
        doc.plan.sections[0].targets[0].title = "<b>\"完成\" & 验收</b>".into();
        let h = history(&doc, date(2026, 2, 28));
        let html = history_rows_html(
            &doc.plan,
            &h,
            &|_| "#/targets/a\"b<c".into(),
            msgs(Lang::En),
            Lang::En,
        );
        assert!(!html.contains("<b>"));
        assert!(
            html.contains("&lt;b&gt;&quot;完成&quot; &amp; 验收&lt;/b&gt;"),
            "{html}"
        );
        assert!(html.contains("href=\"#/targets/a&quot;b&lt;c\""));
        assert!(html.contains("Feb 2026: "));
    }

    #[test]
    fn a_target_gone_from_the_plan_is_left_out() {
        let doc = doc();
        let h = history(&doc, date(2026, 2, 28));
        let mut smaller = doc.clone();
        smaller.plan.sections[0].targets.remove(0);
        let html = history_rows_html(
            &smaller.plan,
            &h,
            &|_| String::new(),
            msgs(Lang::Zh),
            Lang::Zh,
        );
        assert_eq!(html.matches("<tr>").count(), doc.plan.targets().count() - 1);
    }
}
