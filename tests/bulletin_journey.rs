//! The 督查室's month, end to end as `luoshi consolidate` and `luoshi
//! bulletin` go through it: ten files from the units, one of them late, two
//! units missing, one file of another plan (refused), two files of one unit
//! at odds, one file dropped twice (its browser copy), and a unit the plan
//! listed in July. The 督查通报 for November, issued on 10 December, must
//! say sentence by sentence what the 报送 table and the targets' figures
//! say (checked through `truth/mod.rs`, and the key sentences by hand).
//!
//! Every file is made as a unit's copy makes it: the default plan of 2026,
//! its own records, exported through `format::encode_pretty` and read back
//! with `format::decode_file`.

#[path = "truth/mod.rs"]
mod truth;

use chrono::NaiveDate;
use luoshi::command::Command;
use luoshi::consolidate::{preview, Choices, Incoming, Outcome};
use luoshi::duban::{bulletin, ics};
use luoshi::format::{decode_file, encode_pretty, export_file_name};
use luoshi::plan::{Activity, ActivityId, Document, Reporting, Stamp, TargetId};
use luoshi::report::render_markdown_report;
use luoshi::reporting::{unit_status, State};
use luoshi::seed::default_document;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn at(s: &str) -> Stamp {
    s.parse().expect("test stamp")
}

/// An activity of `target` dated `date`, recorded by `by` (led by the
/// target's lead unit in the default plan).
fn activity(id: &str, date: &str, target: &str, by: &str, title: &str) -> Activity {
    let plan = luoshi::seed::default_plan(2026);
    let lead = plan
        .target(&TargetId::from(target))
        .map(|t| t.lead_unit.clone())
        .unwrap_or_default();
    Activity {
        id: ActivityId::from(id),
        date: d(date),
        title: title.into(),
        targets: vec![TargetId::from(target)],
        quantity: 1,
        people: Vec::new(),
        lead_unit: lead,
        notes: String::new(),
        recorded_by: by.into(),
        evidence: Vec::new(),
        updated_at: at(&format!("{date}T18:00:00+08:00")),
    }
}

/// `unit`'s export of its copy on `day` holding `activities`.
fn export(unit: &str, day: &str, activities: Vec<Activity>) -> Incoming {
    let mut doc = default_document(2026, unit);
    doc.activities = activities;
    let text = encode_pretty(&doc, Some(at(&format!("{day}T17:30:00+08:00"))));
    Incoming {
        name: export_file_name(unit, d(day)),
        decoded: decode_file(&text).expect("an export reads back"),
    }
}

/// The office's copy, edited through the plan editor's command: monthly
/// reports by the 5th with three days' grace set on 5 January, 法制科
/// listed on 15 July, the grace changed to five days and back on 1
/// September (an edit of the plan's own rules after the unit was listed).
fn office() -> Document {
    let mut doc = default_document(2026, "督查室");
    let edit = |doc: &mut Document, day: &str, change: &dyn Fn(&mut luoshi::plan::Plan)| {
        let mut plan = doc.plan.clone();
        change(&mut plan);
        plan.updated_at = at(&format!("{day}T10:00:00+08:00"));
        doc.apply(Command::SetPlan(plan))
            .expect("the plan is edited");
    };
    edit(&mut doc, "2026-01-05", &|p| {
        p.rules.reporting = Reporting::Monthly { by_day: 5 };
        p.rules.grace_days = 3;
    });
    edit(&mut doc, "2026-07-15", &|p| p.units.push("法制科".into()));
    edit(&mut doc, "2026-09-01", &|p| p.rules.grace_days = 5);
    edit(&mut doc, "2026-09-01", &|p| p.rules.grace_days = 3);
    doc
}

fn files() -> Vec<Incoming> {
    let one = export(
        "秘书一处",
        "2026-12-02",
        vec![activity(
            "m1",
            "2026-11-06",
            "t2-02",
            "秘书一处",
            "细化流程",
        )],
    );
    let mut one_again = one.clone();
    one_again.name = "落实台账-秘书一处-2026-12-02 (1).json".into();
    let mut foreign = export(
        "外事办",
        "2026-12-03",
        vec![activity("w1", "2026-11-09", "t1-02", "外事办", "别的计划")],
    );
    foreign.decoded.document.plan.id = "another-plan-2026".into();
    vec![
        export(
            "机关党委",
            "2026-12-03",
            vec![
                activity("j1", "2026-11-03", "t1-02", "机关党委", "中心组研讨"),
                activity("j2", "2026-11-18", "t1-05", "机关党委", "专题培训"),
            ],
        ),
        one,
        one_again,
        // 秘书二处 leads nothing but records work of targets others lead.
        export(
            "秘书二处",
            "2026-12-04",
            vec![
                activity("s1", "2026-11-11", "t1-02", "秘书二处", "协办研讨"),
                activity("s2", "2026-11-25", "t3-01", "秘书二处", "协办调研"),
                activity("s3", "2026-10-25", "t3-01", "秘书二处", "十月调研"),
            ],
        ),
        // Late, within the grace.
        export(
            "综合处",
            "2026-12-08",
            vec![activity("z1", "2026-11-20", "t3-01", "综合处", "专题调研")],
        ),
        // 信息中心 sent October's only: November is missing.
        export(
            "信息中心",
            "2026-11-03",
            vec![activity(
                "x1",
                "2026-10-20",
                "t3-01",
                "信息中心",
                "十月调研",
            )],
        ),
        // Two files of 政务服务科 at odds over one record: the newer stands.
        export(
            "政务服务科",
            "2026-11-20",
            vec![activity(
                "g1",
                "2026-11-12",
                "t3-01",
                "政务服务科",
                "旧标题",
            )],
        ),
        export(
            "政务服务科",
            "2026-12-05",
            vec![Activity {
                title: "新标题".into(),
                updated_at: at("2026-12-01T09:00:00+08:00"),
                ..activity("g1", "2026-11-12", "t3-01", "政务服务科", "新标题")
            }],
        ),
        export(
            "法制科",
            "2026-12-01",
            vec![activity("f1", "2026-11-16", "t2-02", "法制科", "法规审查")],
        ),
        foreign,
    ]
}

#[test]
fn the_months_bulletin_says_what_the_reporting_table_and_the_figures_say() {
    let mut doc = office();
    let files = files();
    assert_eq!(files.len(), 10);
    let choices = Choices {
        assign_unit: true,
        add_units: false,
        clock: None,
    };
    let c = preview(
        &doc,
        &files,
        choices,
        d("2026-12-10"),
        at("2026-12-10T09:00:00+08:00"),
    );
    // The other plan's file is refused, the copy taken once, the pair's
    // newer version stands.
    assert_eq!(c.refused(), 1);
    let line = |name: &str| c.files.iter().find(|f| f.name == name).expect(name);
    assert!(matches!(
        line("落实台账-外事办-2026-12-03.json").outcome,
        Outcome::OtherPlan { .. }
    ));
    let copy = line("落实台账-秘书一处-2026-12-02.json");
    assert!(copy.same_as.is_some() && copy.report.is_none());
    let newer = line("落实台账-政务服务科-2026-12-05.json");
    assert_eq!(newer.clashes.len(), 1);
    doc.apply(c.command()).expect("the import applies");
    assert_eq!(
        doc.activities
            .iter()
            .find(|a| a.id.as_str() == "g1")
            .map(|a| a.title.as_str()),
        Some("新标题")
    );
    assert_eq!(doc.reports.len(), 8, "{:?}", doc.reports);

    // The 报送 page on the day of issue.
    let page = unit_status(&doc, d("2026-12-10"));
    let states: Vec<(&str, State)> = page
        .rows
        .iter()
        .map(|r| (r.unit.as_str(), r.state))
        .collect();
    assert_eq!(
        states,
        [
            ("机关党委", State::Reported),
            ("秘书一处", State::Reported),
            ("秘书二处", State::Reported),
            ("综合处", State::Late),
            ("督查室", State::Own),
            ("人事处", State::Overdue),
            ("信息中心", State::Overdue),
            ("政务服务科", State::Reported),
            ("法制科", State::Reported),
        ]
    );

    // The 通报: every claim against the figures, the table and the model.
    for (month, issued) in [
        (11, "2026-12-10"),
        (10, "2026-11-10"),
        (6, "2026-07-10"),
        (12, "2027-01-10"),
    ] {
        let wrong = truth::check_bulletin(&doc, 2026, month, d(issued));
        assert!(wrong.is_empty(), "{month}月 issued {issued}: {wrong:#?}");
    }
    let r = bulletin::build(&doc, 2026, 11, d("2026-12-10"));
    let text = render_markdown_report(&r);
    assert!(
        text.contains("按照每月5日前报送上月进展的要求，2026年11月进展应于12月5日前报送。截至12月10日，机关党委、秘书一处、秘书二处、政务服务科、法制科按时报送；综合处（12月8日报送）迟报；人事处、信息中心逾期未报。"),
        "{text}"
    );
    // 秘书二处 leads nothing and recorded two November records itself.
    assert!(
        text.contains("**（三）秘书二处。**未牵头指标；2026年11月本单位记录工作和数据2条。"),
        "{text}"
    );
    assert_eq!(page.row("秘书二处").map(|r| r.records), Some(2));
    assert!(text.trim_end().ends_with("2026年12月10日"), "{text}");
    // Before 法制科 was listed, its cycles are not due.
    let june = render_markdown_report(&bulletin::build(&doc, 2026, 6, d("2026-07-10")));
    assert!(
        june.contains("法制科（7月15日列入计划）本期无需报送"),
        "{june}"
    );

    // The calendar: a deadline for each unit that reports, none for the office.
    let cal = ics::calendar(
        &doc,
        d("2026-12-10"),
        "2026-12-10T00:00:00".parse().unwrap(),
    );
    let deadlines = cal.matches("SUMMARY:【报送】").count();
    assert_eq!(deadlines, 8);
    assert!(!cal.contains("【报送】督查室"));
}
