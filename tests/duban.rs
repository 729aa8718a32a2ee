//! The 督办 documents: numbering per year, the 督办通知单's figures against
//! the engine, its Word file, the monthly 督查通报's parts and the units it
//! names, and the iCalendar file's escaping, folding and content.

use chrono::{NaiveDate, NaiveDateTime};
use luoshi::command::Command;
use luoshi::duban::cycle::{last_closed_standings, Standing};
use luoshi::duban::{bulletin, ics, notice};
use luoshi::engine::{evaluate, Colour, PlanProgress};
use luoshi::plan::{
    Document, Notice, NoticeId, ReportId, Reporting, Stamp, TargetId, TargetKind, UnitReport,
};
use luoshi::report::markdown::render_markdown_report;
use luoshi::seed::example_document;
use luoshi::validate::validate_notice;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn stamp() -> Stamp {
    "2026-11-27T09:00:00+08:00".parse().expect("test stamp")
}

fn example() -> (Document, PlanProgress) {
    let doc = example_document(2026, d("2026-11-27"));
    let progress = evaluate(&doc, d("2026-11-27"));
    (doc, progress)
}

fn a_notice(year: i32, number: u32) -> Notice {
    Notice {
        id: NoticeId(format!("n-{year}-{number}")),
        year,
        number,
        unit: "秘书一处".into(),
        targets: vec![],
        request: String::new(),
        issued: NaiveDate::from_ymd_opt(year, 3, 1).unwrap(),
        reply_due: NaiveDate::from_ymd_opt(year, 3, 8).unwrap(),
        replied: None,
        reply: String::new(),
        updated_at: stamp(),
    }
}

#[test]
fn numbers_count_per_year_from_the_largest() {
    let list = vec![
        a_notice(2025, 7),
        a_notice(2026, 1),
        a_notice(2026, 3),
        a_notice(2025, 2),
    ];
    assert_eq!(notice::next_number(&list, 2026), 4);
    assert_eq!(notice::next_number(&list, 2025), 8);
    assert_eq!(notice::next_number(&list, 2027), 1);
    assert_eq!(notice::number_text(2026, 4), "督办〔2026〕4号");
}

/// The example's targets a notice may chase, as (target, colour).
fn chaseable(doc: &Document, progress: &PlanProgress) -> Vec<TargetId> {
    doc.plan
        .targets()
        .filter(|(_, t)| {
            progress
                .get(&t.id)
                .is_some_and(|f| notice::can_chase(f.status.colour()))
        })
        .map(|(_, t)| t.id.clone())
        .collect()
}

#[test]
fn one_draft_per_lead_unit_in_plan_order() {
    let (doc, progress) = example();
    let ids = chaseable(&doc, &progress);
    assert!(ids.len() >= 2, "the example has targets to chase");
    let drafts = notice::drafts(&doc, &ids, d("2026-11-27"), d("2026-12-04"));
    let mut units: Vec<&str> = ids
        .iter()
        .map(|id| doc.plan.target(id).unwrap().lead_unit.trim())
        .collect();
    units.dedup();
    let mut seen: Vec<&str> = Vec::new();
    for u in units {
        if !seen.contains(&u) {
            seen.push(u);
        }
    }
    assert_eq!(
        drafts.iter().map(|d| d.unit.as_str()).collect::<Vec<_>>(),
        seen
    );
    let total: usize = drafts.iter().map(|d| d.targets.len()).sum();
    assert_eq!(total, ids.len());
    for dr in &drafts {
        for id in &dr.targets {
            assert_eq!(doc.plan.target(id).unwrap().lead_unit.trim(), dr.unit);
        }
    }
}

#[test]
fn a_notice_quotes_the_engines_figures_and_the_reports_words() {
    let (doc, progress) = example();
    // A behind count target: its completion and gap are printed.
    let (id, f) = doc
        .plan
        .targets()
        .filter(|(_, t)| matches!(t.kind, TargetKind::Count { .. }))
        .filter_map(|(_, t)| progress.get(&t.id).map(|f| (t.id.clone(), f)))
        .find(|(_, f)| {
            matches!(f.status.colour(), Colour::Yellow | Colour::Red)
                && f.completion > luoshi::frac::Frac::ZERO
        })
        .expect("a behind count target with some work");
    let drafts = notice::drafts(
        &doc,
        std::slice::from_ref(&id),
        d("2026-11-27"),
        d("2026-12-04"),
    );
    assert_eq!(drafts.len(), 1);
    let n = notice::issue(&drafts[0], &doc.notices, NoticeId("n1".into()), stamp());
    assert!(validate_notice(&doc.plan, &n).is_empty());
    assert_eq!((n.year, n.number), (2026, 1));
    let text = notice::compose(&doc, &progress, &n);
    let item = &text.items[0].1;
    let (problem, _) = luoshi::report::target_words(&doc, &progress, &id);
    assert_eq!(Some(item.clone()), problem);
    let pct = |x: luoshi::frac::Frac| format!("{}%", x.percent_1dp());
    assert!(
        item.contains(&format!("完成率{}", pct(f.completion))),
        "{item}"
    );
    let gap = f.time_progress.saturating_sub(f.completion);
    assert!(
        item.contains(&format!("低于序时进度{}个百分点", gap.percent_1dp())),
        "{item}"
    );
    assert_eq!(text.number, "督办〔2026〕1号");
    assert_eq!(text.addressee, format!("{}：", n.unit));
    assert!(text.closing.iter().any(|l| l.contains("2026年12月4日前")));
    // The Word file holds the same words (the package is stored, not deflated).
    let docx = notice::render_docx(&text);
    let xml = String::from_utf8_lossy(&docx);
    for needle in [&text.number, &text.addressee, item, &text.signature[1]] {
        assert!(xml.contains(needle.as_str()), "{needle} in document.xml");
    }
}

#[test]
fn notices_issued_together_take_consecutive_numbers() {
    let (doc, progress) = example();
    let ids = chaseable(&doc, &progress);
    let drafts = notice::drafts(&doc, &ids, d("2026-11-27"), d("2026-12-04"));
    assert!(
        drafts.len() >= 2,
        "the example's lagging targets have several lead units"
    );
    let existing = vec![a_notice(2026, 4), a_notice(2025, 9)];
    let ids = (0..drafts.len()).map(|i| NoticeId(format!("new-{i}")));
    let issued = notice::issue_all(&drafts, &existing, ids, stamp());
    let numbers: Vec<u32> = issued.iter().map(|n| n.number).collect();
    assert_eq!(numbers, (5..5 + drafts.len() as u32).collect::<Vec<_>>());
    assert!(issued
        .iter()
        .zip(&drafts)
        .all(|(n, d)| n.unit == d.unit && n.targets == d.targets));
}

#[test]
fn issuing_goes_through_a_command_and_undoes() {
    let (mut doc, progress) = example();
    let ids = chaseable(&doc, &progress);
    let drafts = notice::drafts(&doc, &ids[..1], d("2026-11-27"), d("2026-12-04"));
    let n = notice::issue(&drafts[0], &doc.notices, NoticeId("n1".into()), stamp());
    let undo = doc.apply(Command::AddNotice(n.clone())).expect("issued");
    assert_eq!(notice::about_target(&doc, &ids[0]).len(), 1);
    assert_eq!(notice::next_number(&doc.notices, 2026), 2);
    // Marked replied, then that undone.
    let mut replied = n.clone();
    replied.replied = Some(d("2026-12-01"));
    replied.reply = "已制定整改措施".into();
    replied.updated_at = "2026-12-01T09:00:00+08:00".parse().unwrap();
    let back = doc.apply(Command::UpdateNotice(replied)).expect("replied");
    assert_eq!(
        notice::state(&doc.notices[0], d("2026-12-10")),
        notice::State::Replied(d("2026-12-01"))
    );
    doc.apply(back.stamped("2026-12-01T09:01:00+08:00".parse().unwrap()))
        .expect("undo reply");
    assert_eq!(
        notice::state(&doc.notices[0], d("2026-12-10")),
        notice::State::Overdue
    );
    doc.apply(undo.stamped("2026-12-01T09:02:00+08:00".parse().unwrap()))
        .expect("undo issue");
    assert!(doc.notices.is_empty());
}

fn report(unit: &str, sent: &str) -> UnitReport {
    UnitReport {
        id: ReportId(format!("r-{unit}-{sent}")),
        unit: unit.into(),
        sent: d(sent),
        covers_to: None,
        file_name: format!("落实台账-{unit}-{sent}.json"),
        updated_at: stamp(),
    }
}

#[test]
fn standings_tell_on_time_late_missing_and_overdue() {
    // May's report is due 2026-06-05, overdue after five days' grace.
    let mut doc = luoshi::seed::default_document(2026, "督查室");
    doc.plan.rules.reporting = Reporting::Monthly { by_day: 5 };
    doc.plan.rules.grace_days = 5;
    let units: Vec<String> = ["甲处", "乙处", "丙处", "丁处"].map(String::from).to_vec();
    doc.plan.units = units.clone();
    doc.reports = vec![
        report("甲处", "2026-05-03"), // answered April's cycle, not May's
        report("甲处", "2026-06-04"),
        report("乙处", "2026-06-08"),
        report("丁处", "2026-05-04"),
    ];
    let on = |as_of: &str| -> Vec<Standing> {
        let (cycle, all) = last_closed_standings(&doc, d(as_of)).expect("a closed cycle");
        assert_eq!((cycle.end, cycle.due), (d("2026-05-31"), d("2026-06-05")));
        units
            .iter()
            .map(|u| all.iter().find(|s| &s.unit == u).expect("listed").standing)
            .collect()
    };
    assert_eq!(
        on("2026-06-09"),
        vec![
            Standing::OnTime(d("2026-06-04")),
            Standing::Late(d("2026-06-08")),
            Standing::Missing,
            Standing::Missing
        ]
    );
    assert_eq!(on("2026-06-11")[2], Standing::Overdue);
    // Seen before it was sent, 乙处's report does not count yet.
    assert_eq!(on("2026-06-07")[1], Standing::Missing);
    // The office's own unit reports to nobody.
    let (_, all) = last_closed_standings(&doc, d("2026-06-09")).expect("cycle");
    assert!(all.iter().all(|s| s.unit != "督查室"));
}

#[test]
fn the_bulletin_names_sections_units_and_who_reported_late() {
    let mut doc = example_document(2026, d("2026-06-30"));
    doc.plan.rules.reporting = Reporting::Monthly { by_day: 5 };
    let units = luoshi::duban::cycle::reporting_units(&doc);
    doc.reports = vec![
        report(&units[0], "2026-06-03"),
        report(&units[1], "2026-06-09"),
    ];
    let as_of = bulletin::as_of_for(2026, 6, d("2026-11-27")).unwrap();
    assert_eq!(as_of, d("2026-06-30"));
    let r = bulletin::build(&doc, 2026, 6, as_of);
    let headings: Vec<&str> = r.parts.iter().map(|p| p.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "一、总体进展情况",
            "二、各单位落实情况",
            "三、提前完成的指标",
            "四、进度滞后的指标",
            "五、报送和督办情况",
            "六、下一步工作要求"
        ]
    );
    assert!(r.title.contains("2026年6月"), "{}", r.title);
    // One paragraph per section with targets, one per unit.
    assert_eq!(r.parts[0].paragraphs.len(), doc.plan.sections.len());
    assert_eq!(r.parts[1].paragraphs.len(), units.len());
    // The opening's figures are the engine's.
    let progress = evaluate(&doc, as_of);
    let opening = r.opening[0].full_text();
    assert!(opening.contains(&format!(
        "加权平均完成率{}%",
        progress.completion.percent_1dp()
    )));
    // Every behind target is counted under its lead unit.
    let mut behind: Vec<(String, usize)> = Vec::new();
    for (_, t) in doc.plan.targets() {
        let f = progress.get(&t.id).unwrap();
        if matches!(f.status.colour(), Colour::Yellow | Colour::Red) {
            let u = t.lead_unit.trim().to_string();
            match behind.iter_mut().find(|(x, _)| *x == u) {
                Some((_, n)) => *n += 1,
                None => behind.push((u, 1)),
            }
        }
    }
    assert!(!behind.is_empty(), "the example lags somewhere in June");
    let listed: Vec<(String, bool)> = r.parts[3]
        .paragraphs
        .iter()
        .map(|p| (p.lead.clone().unwrap_or_default(), p.text.clone()))
        .zip(&behind)
        .map(|((lead, text), (u, n))| {
            (
                lead.clone(),
                lead == format!("{u}：") && text.ends_with(&format!("共{n}项。")),
            )
        })
        .collect();
    assert_eq!(r.parts[3].paragraphs.len(), behind.len());
    assert!(listed.iter().all(|(_, ok)| *ok), "{listed:?}");
    let reporting = r.parts[4].paragraphs[0].text.clone();
    assert!(
        reporting.contains("2026年5月进展应于6月5日前报送"),
        "{reporting}"
    );
    assert!(
        reporting.contains(&format!("{}按时报送", units[0])),
        "{reporting}"
    );
    assert!(
        reporting.contains(&format!("{}（6月9日报送）未按时报送", units[1])),
        "{reporting}"
    );
    assert!(
        reporting.contains(units[2].as_str()) && reporting.contains("逾期未报"),
        "{reporting}"
    );
    // The three renderings carry the same text.
    let md = render_markdown_report(&r);
    assert!(md.contains("## 五、报送和督办情况"));
    let html = luoshi::report::html::render_html(&r);
    assert!(html.contains("四、进度滞后的指标"));
    let docx = luoshi::report::docx::render_docx(&r);
    assert!(String::from_utf8_lossy(&docx).contains("督查通报"));
}

#[test]
fn a_month_not_begun_has_no_bulletin() {
    assert_eq!(bulletin::as_of_for(2026, 12, d("2026-11-27")), None);
    assert_eq!(
        bulletin::as_of_for(2026, 11, d("2026-11-27")),
        Some(d("2026-11-27"))
    );
    assert_eq!(bulletin::as_of_for(2026, 13, d("2026-11-27")), None);
}

/// Unfolds an iCalendar text (RFC 5545 §3.1) into its content lines.
fn unfold(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in text.split("\r\n") {
        if let Some(rest) = l.strip_prefix(' ') {
            out.last_mut().expect("a line to continue").push_str(rest);
        } else if !l.is_empty() {
            out.push(l.to_string());
        }
    }
    out
}

#[test]
fn the_calendar_lists_deadlines_with_stable_uids() {
    let (mut doc, progress) = example();
    doc.plan.rules.reporting = Reporting::Monthly { by_day: 5 };
    doc.plan.sections[0].targets[0].title = "学习,研讨;交流\\总结".into();
    let ids = chaseable(&doc, &progress);
    let drafts = notice::drafts(&doc, &ids[..1], d("2026-11-27"), d("2026-12-04"));
    let n = notice::issue(&drafts[0], &doc.notices, NoticeId("n1".into()), stamp());
    doc.apply(Command::AddNotice(n)).unwrap();
    let at: NaiveDateTime = "2026-11-27T01:02:03".parse().unwrap();
    let text = ics::calendar(&doc, d("2026-11-27"), at);
    assert!(
        !text.replace("\r\n", "").contains('\n'),
        "every line ends in CRLF"
    );
    assert!(text.ends_with("END:VCALENDAR\r\n"));
    for l in text.split("\r\n") {
        assert!(l.len() <= 75, "{} octets: {l}", l.len());
    }
    let lines = unfold(&text);
    let events = lines.iter().filter(|l| *l == "BEGIN:VEVENT").count();
    let milestones_and_dues = doc
        .plan
        .targets()
        .filter(|(_, t)| matches!(t.kind, TargetKind::Milestone { .. }) || t.due.is_some())
        .count();
    let units = luoshi::duban::cycle::reporting_units(&doc).len();
    assert_eq!(events, milestones_and_dues + units + 1);
    assert!(lines.iter().any(|l| l == "DTSTART;VALUE=DATE:20261204"));
    assert!(lines
        .iter()
        .any(|l| l.starts_with("SUMMARY:【督办反馈】督办〔2026〕1号")));
    assert!(
        lines.iter().any(|l| l == "DTSTART;VALUE=DATE:20261205"),
        "the next report is due 12-05"
    );
    assert!(lines
        .iter()
        .all(|l| !l.starts_with("DTSTAMP") || l == "DTSTAMP:20261127T010203Z"));
    let uids: Vec<&String> = lines.iter().filter(|l| l.starts_with("UID:")).collect();
    let mut unique = uids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), uids.len(), "UIDs are unique");
    // The same document gives the same UIDs on another day.
    let again = ics::calendar(
        &doc,
        d("2026-11-27"),
        "2026-11-28T00:00:00".parse().unwrap(),
    );
    let uids_again: Vec<String> = unfold(&again)
        .into_iter()
        .filter(|l| l.starts_with("UID:"))
        .collect();
    assert_eq!(uids.into_iter().cloned().collect::<Vec<_>>(), uids_again);
    let escaped = ics::escape_text("学习,研讨;交流\\总结");
    assert_eq!(escaped, "学习\\,研讨\\;交流\\\\总结");
}
