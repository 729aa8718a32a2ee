//! The 督办 documents: numbering per year, the 督办通知单's figures against
//! the engine, its Word file, the monthly 督查通报's parts and the units it
//! names, and the iCalendar file's escaping, folding and content.

use chrono::{NaiveDate, NaiveDateTime};
use luoshi::command::Command;
use luoshi::duban::{bulletin, ics, notice};
use luoshi::engine::{evaluate, Colour, PlanProgress};
use luoshi::plan::{
    Document, Notice, NoticeId, ReportId, Reporting, Stamp, TargetId, TargetKind, UnitReport,
};
use luoshi::report::markdown::render_markdown_report;
use luoshi::reporting::{unit_status, State};
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
fn states_tell_on_time_late_missing_and_overdue() {
    // May's report is due 2026-06-05, overdue after five days' grace.
    let mut doc = luoshi::seed::default_document(2026, "督查室");
    doc.plan.rules.reporting = Reporting::Monthly { by_day: 5 };
    doc.plan.rules.grace_days = 5;
    let units: Vec<String> = ["甲处", "乙处", "丙处", "丁处"].map(String::from).to_vec();
    doc.plan.units = units.clone();
    doc.plan.units.push("督查室".into());
    doc.reports = vec![
        report("甲处", "2026-05-03"), // answered April's cycle, not May's
        report("甲处", "2026-06-04"),
        report("乙处", "2026-06-08"),
        report("丁处", "2026-05-04"),
    ];
    let on = |as_of: &str| -> Vec<(State, Option<NaiveDate>)> {
        let t = unit_status(&doc, d(as_of));
        let cycle = t.cycle.expect("a closed cycle");
        assert_eq!((cycle.end, cycle.due), (d("2026-05-31"), d("2026-06-05")));
        units
            .iter()
            .map(|u| t.row(u).map(|r| (r.state, r.answered)).expect("listed"))
            .collect()
    };
    assert_eq!(
        on("2026-06-09"),
        vec![
            (State::Reported, Some(d("2026-06-04"))),
            (State::Late, Some(d("2026-06-08"))),
            (State::NotReported, None),
            (State::NotReported, None)
        ]
    );
    assert_eq!(on("2026-06-11")[2].0, State::Overdue);
    // Seen before it was sent, 乙处's report does not count yet.
    assert_eq!(on("2026-06-07")[1].0, State::NotReported);
    // The office's own unit reports to nobody.
    let t = unit_status(&doc, d("2026-06-09"));
    assert_eq!(t.row("督查室").map(|r| r.state), Some(State::Own));
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
    // Issued on June's last day: June's reports are not yet due, so the
    // 通报 speaks of May's cycle, the last one closed by then.
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
    assert_eq!(
        r.parts[1].paragraphs.len(),
        luoshi::reporting::units(&doc).len()
    );
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
        reporting.contains(&format!("{}（6月9日报送）迟报", units[1])),
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
    let escaped = luoshi::escape::ics_text("学习,研讨;交流\\总结");
    assert_eq!(escaped, "学习\\,研讨\\;交流\\\\总结");
}

/// A plan of four units kept by 督查室 (which reports to nobody): 甲处,
/// 乙处 and 丙处 from the start, 丁处 listed on 2026-07-15; each target led
/// by one of the first three. Reports are due by the 5th, three days'
/// grace. 甲处 reports every cycle on the 3rd, 乙处 on the 7th (late,
/// within grace), 丙处 never, 丁处 on the 3rd for the cycles ending after
/// it was listed.
fn four_units(reporting: Reporting) -> Document {
    use luoshi::plan::PartKey;
    let mut doc = luoshi::seed::default_document(2026, "督查室");
    doc.plan.rules.reporting = reporting;
    doc.plan.rules.grace_days = 3;
    doc.plan.units = ["甲处", "乙处", "丙处", "丁处"].map(String::from).to_vec();
    let joined: Stamp = "2026-07-15T10:00:00+08:00".parse().unwrap();
    doc.plan
        .stamps
        .0
        .insert(PartKey::Unit("丁处".into()), joined);
    let leads = ["甲处", "乙处", "丙处"];
    let mut i = 0;
    for s in &mut doc.plan.sections {
        for t in &mut s.targets {
            t.lead_unit = leads[i % 3].into();
            i += 1;
        }
    }
    let months: u32 = match reporting {
        Reporting::Quarterly { .. } => 3,
        _ => 1,
    };
    let mut end = d("2026-01-01");
    let mut n = 0;
    while end < d("2026-12-31") {
        let start = end;
        let after = start
            .checked_add_months(chrono::Months::new(months))
            .unwrap();
        end = after.pred_opt().unwrap();
        let on = |day: u32| NaiveDate::from_ymd_opt(after.year(), after.month(), day).unwrap();
        let mut send = |unit: &str, day: u32| {
            n += 1;
            doc.reports.push(UnitReport {
                id: ReportId(format!("r{n}")),
                unit: unit.into(),
                sent: on(day),
                covers_to: Some(on(day)),
                file_name: format!("落实台账-{unit}-{}.json", on(day)),
                updated_at: stamp(),
            });
        };
        send("甲处", 3);
        send("乙处", 7);
        if end >= d("2026-07-15") {
            send("丁处", 3);
        }
        end = after;
    }
    doc
}

use chrono::Datelike;

/// The 通报's sentence on reporting (part 五, first paragraph).
fn reporting_line(r: &luoshi::report::Report) -> String {
    r.parts[4].paragraphs[0].text.clone()
}

#[test]
fn a_bulletin_speaks_of_the_cycle_its_month_closes_for_every_month() {
    // Issued on the 10th of the next month: after the due day (5th) and
    // the grace (8th). Written out by hand for each month and cycle.
    let monthly = four_units(Reporting::Monthly { by_day: 5 });
    let quarterly = four_units(Reporting::Quarterly { by_day: 5 });
    for month in 1..=12u32 {
        let next = NaiveDate::from_ymd_opt(2026, month, 1)
            .unwrap()
            .checked_add_months(chrono::Months::new(1))
            .unwrap();
        let issued = next.with_day(10).unwrap();
        let md = |day: u32| {
            if next.year() == 2026 {
                format!("{}月{day}日", next.month())
            } else {
                format!("{}年{}月{day}日", next.year(), next.month())
            }
        };
        let joined_late = month < 7;
        let mut said = vec![
            if joined_late {
                "甲处按时报送".to_string()
            } else {
                "甲处、丁处按时报送".to_string()
            },
            format!("乙处（{}报送）迟报", md(7)),
            "丙处逾期未报".to_string(),
        ];
        if joined_late {
            said.push("丁处（7月15日列入计划）本期无需报送".into());
        }
        let want = format!(
            "按照每月5日前报送上月进展的要求，2026年{month}月进展应于{}前报送。截至{}，{}。",
            md(5),
            md(10),
            said.join("；")
        );
        let r = bulletin::build(&monthly, 2026, month, issued);
        assert_eq!(reporting_line(&r), want, "monthly, month {month}");
        assert_eq!(r.signature[1], luoshi_full_date(issued));

        // Quarterly: the last quarter ended by the month's end.
        let r = bulletin::build(&quarterly, 2026, month, issued);
        let line = reporting_line(&r);
        if month < 3 {
            assert_eq!(
                line,
                format!(
                    "按照每季度结束后次月5日前报送上季度进展的要求，截至{}尚无截止的报送周期，本期不通报报送情况。",
                    md(10)
                ),
                "quarterly, month {month}"
            );
            continue;
        }
        let q = month / 3;
        let due_month = q * 3 + 1;
        let due = if due_month > 12 {
            "2027年1月5日".to_string()
        } else {
            format!("{due_month}月5日")
        };
        let late = if due_month > 12 {
            "2027年1月7日".to_string()
        } else {
            format!("{due_month}月7日")
        };
        // On the 10th of the month after a quarter the grace is over; a
        // month or two later, still.
        let q_late = q <= 2;
        let mut said = vec![
            if q_late {
                "甲处按时报送".to_string()
            } else {
                "甲处、丁处按时报送".to_string()
            },
            format!("乙处（{late}报送）迟报"),
            "丙处逾期未报".to_string(),
        ];
        if q_late {
            said.push("丁处（7月15日列入计划）本期无需报送".into());
        }
        let want = format!(
            "按照每季度结束后次月5日前报送上季度进展的要求，2026年第{q}季度进展应于{due}前报送。截至{}，{}。",
            md(10),
            said.join("；")
        );
        assert_eq!(line, want, "quarterly, month {month}");
    }
}

fn luoshi_full_date(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

#[test]
fn before_the_grace_is_over_a_missing_unit_has_not_yet_reported() {
    let doc = four_units(Reporting::Monthly { by_day: 5 });
    // November's 通报 issued on 12-04: nobody is late yet; on 12-06 乙处
    // has not yet sent; on 12-08 it has, late.
    let line = |day: &str| reporting_line(&bulletin::build(&doc, 2026, 11, d(day)));
    assert_eq!(
        line("2026-12-04"),
        "按照每月5日前报送上月进展的要求，2026年11月进展应于12月5日前报送。截至12月4日，甲处、丁处按时报送；乙处、丙处尚未报送。"
    );
    assert!(line("2026-12-08")
        .ends_with("截至12月8日，甲处、丁处按时报送；乙处（12月7日报送）迟报；丙处尚未报送。"));
    // Issued before November is out, the 通报 speaks of October's cycle,
    // the last closed that day.
    assert!(line("2026-11-20").contains("2026年10月进展应于11月5日前报送。截至11月20日，"));
}

#[test]
fn the_bulletin_takes_its_figures_at_the_months_end_and_is_signed_on_its_day() {
    let doc = example_document(2026, d("2026-12-10"));
    let r = bulletin::build(&doc, 2026, 11, d("2026-12-10"));
    let progress = evaluate(&doc, d("2026-11-30"));
    let opening = r.opening[0].full_text();
    assert!(opening.contains("截至11月30日"), "{opening}");
    assert!(
        opening.contains(&format!(
            "加权平均完成率{}%",
            progress.completion.percent_1dp()
        )),
        "{opening}"
    );
    assert_eq!(r.signature, ["市政府办公室", "2026年12月10日"]);
}

#[test]
fn a_units_records_are_the_ones_it_recorded_as_on_the_reporting_page() {
    let mut doc = four_units(Reporting::Monthly { by_day: 5 });
    let t = doc.plan.sections[0].targets[0].clone();
    assert_eq!(t.lead_unit, "甲处");
    // 乙处 records two activities of a target 甲处 leads, 甲处 none.
    for (i, day) in ["2026-11-03", "2026-11-20"].iter().enumerate() {
        doc.activities.push(luoshi::plan::Activity {
            id: luoshi::plan::ActivityId(format!("x{i}")),
            date: d(day),
            title: format!("活动{i}"),
            targets: vec![t.id.clone()],
            quantity: 1,
            people: Vec::new(),
            lead_unit: "甲处".into(),
            notes: String::new(),
            recorded_by: "乙处".into(),
            evidence: Vec::new(),
            updated_at: stamp(),
        });
    }
    let r = bulletin::build(&doc, 2026, 11, d("2026-12-10"));
    let para = |unit: &str| {
        r.parts[1]
            .paragraphs
            .iter()
            .find(|p| {
                p.lead
                    .as_deref()
                    .is_some_and(|l| l.ends_with(&format!("{unit}。")))
            })
            .map(|p| p.text.clone())
            .expect("a paragraph per unit")
    };
    assert!(
        para("乙处").ends_with("2026年11月本单位记录工作和数据2条。"),
        "{}",
        para("乙处")
    );
    assert!(
        para("甲处").ends_with("2026年11月本单位记录工作和数据0条。"),
        "{}",
        para("甲处")
    );
    // The same count as the 报送 page's 本期本单位记录 on the day of issue.
    let page = unit_status(&doc, d("2026-12-10"));
    assert_eq!(page.row("乙处").map(|r| r.records), Some(2));
    assert_eq!(page.row("甲处").map(|r| r.records), Some(0));
}

#[test]
fn the_calendar_gives_the_office_no_reporting_deadline() {
    // 督查室 keeps the copy and is among the plan's units.
    let mut doc = luoshi::seed::default_document(2026, "督查室");
    doc.plan.rules.reporting = Reporting::Monthly { by_day: 5 };
    assert!(doc.plan.units.iter().any(|u| u == "督查室"));
    let text = ics::calendar(
        &doc,
        d("2026-11-27"),
        "2026-11-27T00:00:00".parse().unwrap(),
    );
    let lines = unfold(&text);
    let reports: Vec<&String> = lines
        .iter()
        .filter(|l| l.starts_with("SUMMARY:【报送】"))
        .collect();
    assert_eq!(reports.len(), doc.plan.units.len() - 1, "{reports:?}");
    assert!(reports.iter().all(|l| !l.contains("督查室")), "{reports:?}");
}

#[test]
fn a_notice_says_your_unit_leads_only_when_it_does() {
    let (doc, progress) = example();
    let ids = chaseable(&doc, &progress);
    let drafts = notice::drafts(&doc, &ids[..1], d("2026-11-27"), d("2026-12-04"));
    let n = notice::issue(&drafts[0], &doc.notices, NoticeId("n1".into()), stamp());
    let text = notice::compose(&doc, &progress, &n);
    assert!(
        text.opening.contains("你单位牵头的以下1项指标"),
        "{}",
        text.opening
    );
    // Addressed, in the form, to a unit that does not lead the target.
    let mut other = n.clone();
    other.unit = "外事办".into();
    let text = notice::compose(&doc, &progress, &other);
    assert!(!text.opening.contains("牵头"), "{}", text.opening);
    assert!(text
        .opening
        .contains("截至2026年11月27日，以下1项指标进度需加快推进"));
}
