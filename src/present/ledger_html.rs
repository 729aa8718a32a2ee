//! The cells of a ledger row as HTML text, set in one piece: a row costs a
//! few calls into the page instead of thirty. Every piece of user text is
//! escaped; the buttons carry `data-action` and the table answers their
//! clicks in one place.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::escape::markup as escape;
use crate::i18n::ledger::LedgerMsgs;
use crate::i18n::Lang;
use crate::plan::{Activity, TargetId};

use super::format::{fill, fmt_date};

/// What a row's buttons do, as written in their `data-action`.
pub const EDIT_ACTION: &str = "edit";
/// See [`EDIT_ACTION`].
pub const DELETE_ACTION: &str = "delete";
/// See [`EDIT_ACTION`]: the paperclip, opening the row's evidence.
pub const EVIDENCE_ACTION: &str = "evidence";

/// The `<td>` cells of a row showing `a`. `titles` names the targets;
/// `href` gives a target's link.
pub fn ledger_row_cells_html(
    a: &Activity,
    titles: &HashMap<TargetId, String>,
    href: &dyn Fn(&TargetId) -> String,
    m: &LedgerMsgs,
    lang: Lang,
) -> String {
    let mut out = String::with_capacity(1200);
    write_cells(&mut out, a, titles, href, m, lang);
    out
}

/// The `<tr>` rows of a page of the ledger, each with its activity's id in
/// `data-id`, as one piece of HTML: a page is set in one call into the page
/// and parsed at once, as fast as building the same rows with the DOM.
pub fn ledger_rows_html(
    rows: &[Activity],
    titles: &HashMap<TargetId, String>,
    href: &dyn Fn(&TargetId) -> String,
    m: &LedgerMsgs,
    lang: Lang,
) -> String {
    let mut out = String::with_capacity(1200 * rows.len());
    for a in rows {
        let _ = write!(out, "<tr data-id=\"{}\">", escape(a.id.as_str()));
        write_cells(&mut out, a, titles, href, m, lang);
        out.push_str("</tr>");
    }
    out
}

fn write_cells(
    out: &mut String,
    a: &Activity,
    titles: &HashMap<TargetId, String>,
    href: &dyn Fn(&TargetId) -> String,
    m: &LedgerMsgs,
    lang: Lang,
) {
    let _ = write!(
        out,
        "<td class=\"col-date\">{}</td><td class=\"col-title\">{}</td><td class=\"col-targets\">",
        fmt_date(a.date, lang),
        escape(&a.title),
    );
    for id in &a.targets {
        match titles.get(id) {
            Some(t) => {
                let _ = write!(
                    out,
                    "<a class=\"tgt\" href=\"{}\">{}</a>",
                    escape(&href(id)),
                    escape(t)
                );
            }
            None => {
                let _ = write!(
                    out,
                    "<span class=\"tgt quiet\">{}</span>",
                    escape(&fill(m.unknown_target, &[id.as_str()]))
                );
            }
        }
    }
    let n = a.evidence.len();
    let clip_label = escape(&fill(
        crate::i18n::evidence::msgs(lang).paperclip,
        &[&n.to_string()],
    ));
    let clip_count = if n > 0 { n.to_string() } else { String::new() };
    let edit_label = escape(&fill(m.edit_row, &[&a.title]));
    let delete_label = escape(&fill(m.delete_row, &[&a.title]));
    let _ = write!(
        out,
        "</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"col-notes\">{}</td>\
         <td class=\"row-actions no-print\">\
         <button type=\"button\" class=\"btn btn-small\" data-action=\"{EDIT_ACTION}\" aria-label=\"{edit_label}\" title=\"{edit_label}\">{}</button>\
         <button type=\"button\" class=\"btn btn-small btn-danger\" data-action=\"{DELETE_ACTION}\" aria-label=\"{delete_label}\" title=\"{delete_label}\">{}</button>\
         <button type=\"button\" class=\"btn btn-small btn-clip\" data-action=\"{EVIDENCE_ACTION}\" aria-label=\"{clip_label}\" title=\"{clip_label}\">{clip_count}</button>\
         </td>",
        a.quantity,
        escape(&a.people.join("、")),
        escape(&a.lead_unit),
        escape(&a.notes),
        escape(m.edit),
        escape(m.delete),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::ledger::{EN, ZH};
    use crate::plan::ActivityId;
    use chrono::{DateTime, NaiveDate};

    fn activity(title: &str, targets: &[&str]) -> Activity {
        Activity {
            recorded_by: String::new(),
            evidence: Vec::new(),
            id: ActivityId::from("a\"1<"),
            date: NaiveDate::from_ymd_opt(2026, 3, 5).unwrap(),
            title: title.into(),
            targets: targets.iter().map(|t| TargetId::from(*t)).collect(),
            quantity: 3,
            people: vec!["张三".into(), "<b>李四</b>".into()],
            lead_unit: "督查室 & 办公室".into(),
            notes: "'引号' \"双引号\"".into(),
            updated_at: DateTime::parse_from_rfc3339("2026-03-05T09:00:00+08:00").unwrap(),
        }
    }

    fn href(id: &TargetId) -> String {
        format!("#/targets/{}", id.as_str())
    }

    #[test]
    fn writes_a_row_as_the_table_shows_it() {
        let titles = HashMap::from([(TargetId::from("t1"), "组织专题培训".to_string())]);
        let html = ledger_row_cells_html(
            &activity("专题培训", &["t1", "gone"]),
            &titles,
            &href,
            &ZH,
            Lang::Zh,
        );
        assert_eq!(
            html,
            "<td class=\"col-date\">2026年3月5日</td>\
             <td class=\"col-title\">专题培训</td><td class=\"col-targets\">\
             <a class=\"tgt\" href=\"#/targets/t1\">组织专题培训</a>\
             <span class=\"tgt quiet\">（已删除的指标 gone）</span></td>\
             <td class=\"num\">3</td><td>张三、&lt;b&gt;李四&lt;/b&gt;</td><td>督查室 &amp; 办公室</td>\
             <td class=\"col-notes\">&#39;引号&#39; &quot;双引号&quot;</td>\
             <td class=\"row-actions no-print\">\
             <button type=\"button\" class=\"btn btn-small\" data-action=\"edit\" aria-label=\"编辑：专题培训\" title=\"编辑：专题培训\">编辑</button>\
             <button type=\"button\" class=\"btn btn-small btn-danger\" data-action=\"delete\" aria-label=\"删除：专题培训\" title=\"删除：专题培训\">删除</button>\
             <button type=\"button\" class=\"btn btn-small btn-clip\" data-action=\"evidence\" aria-label=\"佐证材料：0\" title=\"佐证材料：0\"></button>\
             </td>"
        );
    }

    #[test]
    fn writes_a_page_as_rows_keyed_by_their_ids() {
        let titles = HashMap::from([(TargetId::from("t1"), "组织专题培训".to_string())]);
        let mut second = activity("第二条", &["t1"]);
        second.id = ActivityId::from("a-2");
        let first = activity("专题培训", &["t1"]);
        let html = ledger_rows_html(
            &[first.clone(), second.clone()],
            &titles,
            &href,
            &ZH,
            Lang::Zh,
        );
        let one = ledger_row_cells_html(&first, &titles, &href, &ZH, Lang::Zh);
        let two = ledger_row_cells_html(&second, &titles, &href, &ZH, Lang::Zh);
        // The id "a\"1<" is escaped inside its attribute.
        assert_eq!(
            html,
            format!("<tr data-id=\"a&quot;1&lt;\">{one}</tr><tr data-id=\"a-2\">{two}</tr>")
        );
        assert_eq!(ledger_rows_html(&[], &titles, &href, &ZH, Lang::Zh), "");
    }

    #[test]
    fn the_paperclip_counts_the_evidence() {
        use crate::plan::{Evidence, FileRef};
        let mut a = activity("专题培训", &[]);
        let stamp = a.updated_at;
        a.evidence = vec![
            Evidence {
                name: "纪要.pdf".into(),
                file: Some(FileRef {
                    sha256: "0".repeat(64),
                    mime: "application/pdf".into(),
                    size: 9,
                }),
                added_at: stamp,
            },
            Evidence {
                name: "市府办〔2026〕12号".into(),
                file: None,
                added_at: stamp,
            },
        ];
        let html = ledger_row_cells_html(&a, &HashMap::new(), &href, &ZH, Lang::Zh);
        assert!(
            html.contains("aria-label=\"佐证材料：2\" title=\"佐证材料：2\">2</button>"),
            "{html}"
        );
    }

    #[test]
    fn no_user_text_can_open_markup() {
        let hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        let titles = HashMap::from([(TargetId::from("t1"), hostile.to_string())]);
        let mut a = activity(hostile, &["t1", hostile]);
        a.notes = hostile.into();
        a.lead_unit = hostile.into();
        a.people = vec![hostile.into()];
        let html = ledger_row_cells_html(&a, &titles, &|_| hostile.to_string(), &EN, Lang::En);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        // Every element is one the row writes itself.
        let tags: Vec<&str> = html
            .split('<')
            .skip(1)
            .map(|t| t.split([' ', '>']).next().unwrap_or(""))
            .collect();
        for t in &tags {
            assert!(
                ["td", "/td", "a", "/a", "span", "/span", "button", "/button"].contains(t),
                "unexpected tag {t} in {html}"
            );
        }
        assert!(html.contains("2026-03-05"));
        assert!(html.contains(">Edit</button>"));
    }
}
