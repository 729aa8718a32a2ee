//! View-model logic of the dashboard, ledger and target pages: wording of
//! figures, ledger filters and sorting, the needs-attention list. Every
//! expected value is worked out by hand from the rules.

use chrono::{DateTime, NaiveDate};

use luoshi::engine::{
    Detail, Measure, PeriodState, PeriodTally, PersonTally, PlanProgress, Status, TargetProgress,
};
use luoshi::fixed::Fixed;
use luoshi::frac::Frac;
use luoshi::i18n::Lang;
use luoshi::period::Period;
use luoshi::plan::{
    Activity, ActivityId, Better, Cadence, Direction, Document, Person, Plan, Reading, ReadingId,
    ReadingValue, Section, SectionId, Stamp, Target, TargetId, TargetKind,
};
use luoshi::present::PAGE_SIZE;
use luoshi::present::{
    attention_text, dashboard_groups, figure_sentence, fill, fmt_date, fmt_date_short, fmt_percent,
    goal_text, ledger_rows, ledger_rows_indexed, needs_attention, next_year_date, next_year_plan,
    page_count, page_slice, parse_date, parse_people, quick_dates, search_targets, short_figure,
    status_counts, totals, with_unit, Attention, DashFilter, LedgerColumn, LedgerFilter,
    LedgerSort, QuickDate, SearchIndex, Totals,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn stamp() -> Stamp {
    DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").unwrap()
}

fn fx(s: &str) -> Fixed {
    s.parse().unwrap()
}

fn target(id: &str, title: &str, kind: TargetKind, unit: &str, lead: &str) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: title.to_string(),
        kind,
        unit: unit.to_string(),
        lead_unit: lead.to_string(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

/// A plan of 2026 with two sections and one target of every kind.
fn plan() -> Plan {
    Plan {
        id: Default::default(),
        rules: Default::default(),
        stamps: Default::default(),
        title: "2026年工作计划".to_string(),
        start: d(2026, 1, 1),
        end: d(2026, 12, 31),
        sections: vec![
            Section {
                id: SectionId::from("s1"),
                title: "（一）强化理论武装".to_string(),
                targets: vec![
                    target(
                        "train",
                        "组织专题培训",
                        TargetKind::Count { target: 6 },
                        "次",
                        "机关党委",
                    ),
                    target(
                        "study",
                        "中心组集中研讨",
                        TargetKind::Cadence {
                            every: Cadence::Month,
                            at_least: 1,
                        },
                        "次",
                        "机关党委",
                    ),
                    target(
                        "lead",
                        "班子成员领学专题",
                        TargetKind::PerPerson {
                            each: 4,
                            roster: ["甲", "乙", "丙", "丁", "戊"].map(String::from).to_vec(),
                        },
                        "个",
                        "综合处",
                    ),
                ],
            },
            Section {
                id: SectionId::from("s2"),
                title: "（二）提升服务效能".to_string(),
                targets: vec![
                    target(
                        "paperless",
                        "无纸化办公覆盖率",
                        TargetKind::Threshold {
                            line: fx("90"),
                            direction: Direction::AtLeast,
                        },
                        "%",
                        "信息中心",
                    ),
                    target(
                        "closed",
                        "群众诉求办结率",
                        TargetKind::Ratio {
                            line: fx("95"),
                            numerator: "办结".to_string(),
                            denominator: "受理".to_string(),
                        },
                        "%",
                        "政务服务科",
                    ),
                    target(
                        "speed",
                        "工作效率提升",
                        TargetKind::Improvement {
                            baseline: fx("10"),
                            percent: fx("30"),
                            better: Better::Lower,
                        },
                        "天",
                        "综合处",
                    ),
                    target(
                        "rules",
                        "修订工作规则",
                        TargetKind::Milestone {
                            due: d(2026, 6, 30),
                        },
                        "",
                        "综合处",
                    ),
                    target(
                        "projects",
                        "落地实施优秀项目",
                        TargetKind::Range { min: 8, max: 10 },
                        "个",
                        "督查室",
                    ),
                ],
            },
        ],
        people: ["甲", "乙", "丙", "丁", "戊"]
            .map(|n| Person {
                name: n.to_string(),
                role: String::new(),
            })
            .to_vec(),
        units: vec!["机关党委".into(), "综合处".into()],
        updated_at: stamp(),
    }
}

/// An activity; `place` is its lead unit and notes.
fn activity(
    id: &str,
    date: NaiveDate,
    title: &str,
    targets: &[&str],
    qty: u32,
    people: &[&str],
    place: (&str, &str),
) -> Activity {
    let (unit, notes) = place;
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId::from(id),
        date,
        title: title.to_string(),
        targets: targets.iter().map(|t| TargetId::from(*t)).collect(),
        quantity: qty,
        people: people.iter().map(|p| p.to_string()).collect(),
        lead_unit: unit.to_string(),
        notes: notes.to_string(),
        updated_at: stamp(),
    }
}

fn doc() -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".to_string(),
        plan: plan(),
        activities: vec![
            activity(
                "a1",
                d(2026, 1, 15),
                "专题培训：党章",
                &["train"],
                1,
                &["甲"],
                ("机关党委", "第一期"),
            ),
            activity(
                "a2",
                d(2026, 3, 2),
                "中心组研讨",
                &["study", "lead"],
                1,
                &["甲", "乙"],
                ("机关党委", ""),
            ),
            activity(
                "a3",
                d(2026, 3, 20),
                "Training on Rules",
                &["train"],
                2,
                &["丙"],
                ("综合处", "two sessions"),
            ),
            activity(
                "a4",
                d(2026, 5, 8),
                "项目验收",
                &["projects"],
                3,
                &[],
                ("督查室", "第二批"),
            ),
            activity(
                "a5",
                d(2026, 2, 10),
                "领学",
                &["lead"],
                1,
                &["乙"],
                ("综合处", ""),
            ),
        ],
        readings: vec![
            Reading {
                recorded_by: String::new(),
                evidence: Vec::new(),
                id: ReadingId::from("r1"),
                target: TargetId::from("paperless"),
                date: d(2026, 6, 30),
                value: ReadingValue::Value(fx("91")),
                notes: String::new(),
                updated_at: stamp(),
            },
            Reading {
                recorded_by: String::new(),
                evidence: Vec::new(),
                id: ReadingId::from("r2"),
                target: TargetId::from("speed"),
                date: d(2026, 6, 30),
                value: ReadingValue::Value(fx("7.2")),
                notes: String::new(),
                updated_at: stamp(),
            },
        ],
        tombstones: vec![],
    }
}

/// 182/365: 序时进度 at 2026-07-01.
fn tp_jul1() -> Frac {
    Frac::new(182, 365)
}

fn progress(
    id: &str,
    section: &str,
    status: Status,
    completion: Frac,
    actual: Measure,
    goal: Measure,
    detail: Detail,
) -> TargetProgress {
    TargetProgress {
        id: TargetId::from(id),
        section: SectionId::from(section),
        status,
        completion: completion.min(Frac::ONE),
        raw_completion: completion,
        time_progress: tp_jul1(),
        actual,
        goal,
        over_plan: false,
        remaining: None,
        detail,
        activities: vec![],
        readings: vec![],
        last_record: None,
        weight: 1,
    }
}

fn find<'a>(p: &'a Plan, id: &str) -> &'a Target {
    p.target(&TargetId::from(id)).unwrap()
}

#[test]
fn formats_dates_in_both_languages() {
    let check =
        |date: NaiveDate, lang: Lang, expected: &str| assert_eq!(fmt_date(date, lang), expected);
    check(d(2026, 11, 27), Lang::Zh, "2026年11月27日");
    check(d(2026, 11, 27), Lang::En, "2026-11-27");
    check(d(2026, 1, 5), Lang::Zh, "2026年1月5日");
    check(d(2026, 1, 5), Lang::En, "2026-01-05");
    assert_eq!(fmt_date_short(d(2026, 3, 9), Lang::Zh), "3月9日");
    assert_eq!(fmt_date_short(d(2026, 3, 9), Lang::En), "03-09");
    assert_eq!(parse_date(" 2026-02-28 "), Some(d(2026, 2, 28)));
    assert_eq!(parse_date("2026-02-30"), None);
    assert_eq!(parse_date(""), None);
}

#[test]
fn formats_numbers() {
    let check = |f: Frac, expected: &str| assert_eq!(fmt_percent(f), expected);
    check(Frac::new(182, 365), "49.9%");
    check(Frac::new(1, 3), "33.3%");
    check(Frac::new(2, 3), "66.7%");
    check(Frac::ONE, "100.0%");
    check(Frac::ZERO, "0.0%");
    assert_eq!(with_unit("6", "次"), "6 次");
    assert_eq!(with_unit("90", "%"), "90%");
    assert_eq!(with_unit("3", " "), "3");
}

#[test]
fn fills_templates_and_keeps_unknown_holes() {
    let check = |t: &str, args: &[&str], expected: &str| assert_eq!(fill(t, args), expected);
    check("{0} / {1}", &["3", "6"], "3 / 6");
    check("{1} before {0}", &["a", "b"], "b before a");
    check("{2} missing", &["a"], "{2} missing");
    check("{not a hole}", &[], "{not a hole}");
    check("no holes", &["x"], "no holes");
}

#[test]
fn splits_typed_names() {
    let check = |t: &str, expected: &[&str]| assert_eq!(parse_people(t), expected);
    check("张三、李四, 王五  张三", &["张三", "李四", "王五"]);
    check("  ", &[]);
    check("甲，乙；丙", &["甲", "乙", "丙"]);
}

#[test]
fn words_each_kind_of_figure() {
    let doc = doc();
    let p = &doc.plan;
    let check = |id: &str, prog: TargetProgress, lang: Lang, expected: &str| {
        assert_eq!(
            figure_sentence(find(p, id), &prog, lang),
            expected,
            "target {id}"
        );
    };

    // Worked example 1: 3 of 6 by 2026-07-01.
    let count = progress(
        "train",
        "s1",
        Status::OnTrack,
        Frac::new(1, 2),
        Measure::Count(3),
        Measure::Count(6),
        Detail::None,
    );
    check(
        "train",
        count.clone(),
        Lang::Zh,
        "已完成 3 次 / 6 次，完成率 50.0%，序时进度 49.9%，正常",
    );
    check(
        "train",
        count,
        Lang::En,
        "3 次 of 6 次 done, 50.0% complete, time progress 49.9%, on track",
    );

    // Worked example 2: months Jan, Feb, Apr, May met; March missed.
    let month = |m: u32, count: u64, state: PeriodState| PeriodTally {
        period: Period::Month {
            year: 2026,
            month: m,
        },
        count,
        state,
    };
    let mut periods = vec![
        month(1, 1, PeriodState::Met),
        month(2, 1, PeriodState::Met),
        month(3, 0, PeriodState::Missed),
        month(4, 2, PeriodState::Met),
        month(5, 1, PeriodState::Met),
    ];
    periods.extend((6..=12).map(|m| month(m, 0, PeriodState::Future)));
    let cadence = progress(
        "study",
        "s1",
        Status::Behind,
        Frac::new(4, 12),
        Measure::Count(4),
        Measure::Count(12),
        Detail::Cadence(periods),
    );
    check(
        "study",
        cadence.clone(),
        Lang::Zh,
        "4 / 12 个周期达标（每月至少 1 次），完成率 33.3%；未达标周期：2026年3月，滞后",
    );
    check(
        "study",
        cadence,
        Lang::En,
        "4 of 12 periods met (monthly, at least 1 次), 33.3% complete; missed: Mar 2026, behind",
    );

    // Worked example 3: 4, 2, 0, 5, 1 against 4 each: 11/20.
    let tally = |name: &str, count: u64| PersonTally {
        name: name.to_string(),
        count,
        met: count >= 4,
    };
    let per = progress(
        "lead",
        "s1",
        Status::OnTrack,
        Frac::new(11, 20),
        Measure::Count(11),
        Measure::Count(20),
        Detail::PerPerson(vec![
            tally("甲", 4),
            tally("乙", 2),
            tally("丙", 0),
            tally("丁", 5),
            tally("戊", 1),
        ]),
    );
    check(
        "lead",
        per,
        Lang::Zh,
        "2 人 / 5 人已达到每人 4 个，完成率 55.0%，序时进度 49.9%，正常",
    );

    // Worked example 5: the latest reading, 91% on 06-30, against ≥ 90%.
    let threshold = progress(
        "paperless",
        "s2",
        Status::Met,
        Frac::ONE,
        Measure::Value(fx("91")),
        Measure::Value(fx("90")),
        Detail::Measured {
            latest_on: Some(d(2026, 6, 30)),
            sums: None,
            latest: Some(fx("91")),
        },
    );

    check(
        "paperless",
        threshold,
        Lang::Zh,
        "最新读数 91%（2026年6月30日），目标 ≥ 90%，达标",
    );

    // Worked example 4: 208 of 220 = 94.5%, near 95%.
    let ratio = progress(
        "closed",
        "s2",
        Status::Near,
        Frac::new(2288, 2299),
        Measure::Percent(Frac::new(208, 220)),
        Measure::Percent(Frac::new(95, 100)),
        Detail::Measured {
            latest_on: Some(d(2026, 2, 28)),
            sums: Some((208, 220)),
            latest: None,
        },
    );
    check(
        "closed",
        ratio.clone(),
        Lang::Zh,
        "办结 208 / 受理 220 = 94.5%，目标 ≥ 95%，接近达标",
    );
    check(
        "closed",
        ratio,
        Lang::En,
        "办结 208 / 受理 220 = 94.5%, target ≥ 95%, near",
    );
    let no_data = progress(
        "closed",
        "s2",
        Status::NoData,
        Frac::ZERO,
        Measure::None,
        Measure::None,
        Detail::Measured {
            latest_on: None,
            sums: None,
            latest: None,
        },
    );
    check(
        "closed",
        no_data,
        Lang::Zh,
        "暂无读数，目标 ≥ 95%，暂无数据",
    );

    // Baseline 10 days, lower is better, latest 7.2: 28% of the 30% asked.
    let improvement = progress(
        "speed",
        "s2",
        Status::Near,
        Frac::new(28, 30),
        Measure::Percent(Frac::new(28, 100)),
        Measure::Percent(Frac::new(30, 100)),
        Detail::Measured {
            latest_on: Some(d(2026, 6, 30)),
            sums: None,
            latest: Some(fx("7.2")),
        },
    );

    check(
        "speed",
        improvement,
        Lang::Zh,
        "基线 10 天，最新 7.2 天（2026年6月30日），改进 28.0%（目标改进 30%），接近达标",
    );

    // Worked example 7.
    let done = progress(
        "rules",
        "s2",
        Status::Done,
        Frac::ONE,
        Measure::None,
        Measure::None,
        Detail::Milestone {
            done_on: Some(d(2026, 5, 10)),
            due: d(2026, 6, 30),
        },
    );
    check(
        "rules",
        done,
        Lang::Zh,
        "已于 2026年5月10日完成（截止 2026年6月30日），完成",
    );
    let soon = progress(
        "rules",
        "s2",
        Status::DueSoon,
        Frac::ZERO,
        Measure::None,
        Measure::None,
        Detail::Milestone {
            done_on: None,
            due: d(2026, 6, 30),
        },
    );
    check(
        "rules",
        soon,
        Lang::En,
        "Due 2026-06-30, not done yet, due soon",
    );

    // Worked example 6: 11 against 8..10 is done and over the plan.
    let mut range = progress(
        "projects",
        "s2",
        Status::Done,
        Frac::new(11, 8),
        Measure::Count(11),
        Measure::Count(8),
        Detail::None,
    );
    range.time_progress = Frac::ONE;
    range.over_plan = true;
    check(
        "projects",
        range,
        Lang::Zh,
        "已完成 11 / 8–10 个，完成率 137.5%，序时进度 100.0%，完成（超出计划上限）",
    );
}

fn ids(doc: &Document, rows: &[usize]) -> Vec<String> {
    rows.iter()
        .map(|&i| doc.activities[i].id.to_string())
        .collect()
}

#[test]
fn filters_the_ledger() {
    let doc = doc();
    let check = |filter: LedgerFilter, expected: &[&str]| {
        let rows = ledger_rows(&doc, &filter, LedgerSort::default());
        assert_eq!(ids(&doc, &rows), expected, "filter {filter:?}");
    };
    // Newest first by default.
    check(LedgerFilter::default(), &["a4", "a3", "a2", "a5", "a1"]);
    // Both ends of a date range count.
    check(
        LedgerFilter {
            from: Some(d(2026, 2, 10)),
            to: Some(d(2026, 3, 20)),
            ..Default::default()
        },
        &["a3", "a2", "a5"],
    );
    check(
        LedgerFilter {
            target: Some(TargetId::from("train")),
            ..Default::default()
        },
        &["a3", "a1"],
    );
    check(
        LedgerFilter {
            section: Some(SectionId::from("s2")),
            ..Default::default()
        },
        &["a4"],
    );
    check(
        LedgerFilter {
            person: "乙".into(),
            ..Default::default()
        },
        &["a2", "a5"],
    );
    check(
        LedgerFilter {
            unit: "综合处".into(),
            ..Default::default()
        },
        &["a3", "a5"],
    );
    // Text matches notes, any case, and the titles of the targets counted.
    check(
        LedgerFilter {
            text: "SESSIONS".into(),
            ..Default::default()
        },
        &["a3"],
    );
    check(
        LedgerFilter {
            text: "专题培训".into(),
            ..Default::default()
        },
        &["a3", "a1"],
    );
    check(
        LedgerFilter {
            text: "培训 rules".into(),
            ..Default::default()
        },
        &["a3"],
    );
    check(
        LedgerFilter {
            text: "nothing like this".into(),
            ..Default::default()
        },
        &[],
    );
    // Filters combine.
    check(
        LedgerFilter {
            target: Some(TargetId::from("lead")),
            person: "甲".into(),
            ..Default::default()
        },
        &["a2"],
    );
}

#[test]
fn sorts_the_ledger_by_every_column() {
    let doc = doc();
    let check = |column: LedgerColumn, descending: bool, expected: &[&str]| {
        let rows = ledger_rows(
            &doc,
            &LedgerFilter::default(),
            LedgerSort { column, descending },
        );
        assert_eq!(
            ids(&doc, &rows),
            expected,
            "{column:?} descending={descending}"
        );
    };
    check(LedgerColumn::Date, false, &["a1", "a5", "a2", "a3", "a4"]);
    // Code point order: Latin first, then 专 U+4E13 < 中 U+4E2D < 项 U+9879 < 领 U+9886.
    check(LedgerColumn::Title, false, &["a3", "a1", "a2", "a4", "a5"]);
    // Quantity 1 ties fall back to date.
    check(
        LedgerColumn::Quantity,
        true,
        &["a4", "a3", "a2", "a5", "a1"],
    );
    check(
        LedgerColumn::Quantity,
        false,
        &["a1", "a5", "a2", "a3", "a4"],
    );
    // No people sorts first; then code point order: 丙 U+4E19 < 乙 U+4E59 < 甲 U+7532 < 甲、乙.
    check(LedgerColumn::People, false, &["a4", "a3", "a5", "a1", "a2"]);
    check(LedgerColumn::Notes, false, &["a5", "a2", "a3", "a1", "a4"]);
}

#[test]
fn a_kept_search_index_finds_what_a_fresh_search_finds() {
    let doc = doc();
    let filter = LedgerFilter {
        text: "专题培训".into(),
        ..Default::default()
    };
    let index = SearchIndex::new(&doc);
    let rows = ledger_rows_indexed(&doc, &filter, LedgerSort::default(), Some(&index));
    assert_eq!(ids(&doc, &rows), ["a3", "a1"]);
    // Without text the index is not consulted.
    let all = ledger_rows_indexed(&doc, &LedgerFilter::default(), LedgerSort::default(), None);
    assert_eq!(all.len(), 5);

    // An index made before an activity was added is not trusted: the new
    // activity is found all the same.
    let mut grown = doc.clone();
    let mut extra = grown.activities[0].clone();
    extra.id = ActivityId::from("a6");
    extra.date = d(2026, 12, 1);
    extra.title = "第二次专题培训".into();
    grown.activities.push(extra);
    let rows = ledger_rows_indexed(&grown, &filter, LedgerSort::default(), Some(&index));
    assert_eq!(ids(&grown, &rows), ["a6", "a3", "a1"]);
}

#[test]
fn counts_and_sums_what_is_shown() {
    let doc = doc();
    let all = ledger_rows(&doc, &LedgerFilter::default(), LedgerSort::default());
    assert_eq!(
        totals(&doc, &all),
        Totals {
            count: 5,
            quantity: 8
        }
    );
    let train = ledger_rows(
        &doc,
        &LedgerFilter {
            target: Some(TargetId::from("train")),
            ..Default::default()
        },
        LedgerSort::default(),
    );
    assert_eq!(
        totals(&doc, &train),
        Totals {
            count: 2,
            quantity: 3
        }
    );
    assert_eq!(
        totals(&doc, &[]),
        Totals {
            count: 0,
            quantity: 0
        }
    );
}

#[test]
fn pages_long_tables() {
    let check = |rows: usize, per: usize, expected: usize| {
        assert_eq!(page_count(rows, per), expected, "{rows} rows")
    };
    check(0, 100, 1);
    check(100, 100, 1);
    check(101, 100, 2);
    check(10_000, 100, 100);
    let rows: Vec<usize> = (0..250).collect();
    assert_eq!(page_slice(&rows, 0, 100), &rows[0..100]);
    assert_eq!(page_slice(&rows, 2, 100), &rows[200..250]);
    // A page past the end (after a filter shrank the table) shows the last.
    assert_eq!(page_slice(&rows, 9, 100), &rows[200..250]);
    assert!(page_slice::<usize>(&[], 3, 100).is_empty());
}

#[test]
fn finds_targets_by_part_of_their_name() {
    let p = plan();
    let check = |q: &str, expected: &[&str]| {
        let got: Vec<&str> = search_targets(&p, q)
            .into_iter()
            .map(|t| t.as_str())
            .collect();
        assert_eq!(got, expected, "query {q:?}");
    };
    check("培训", &["train"]);
    // 效率 holds 率 too.
    check("率", &["paperless", "closed", "speed"]);
    // A word of the section title finds its targets.
    check("服务效能 规则", &["rules"]);
    check(
        "",
        &[
            "train",
            "study",
            "lead",
            "paperless",
            "closed",
            "speed",
            "rules",
            "projects",
        ],
    );
    check("没有", &[]);
}

fn plan_progress(as_of: NaiveDate, targets: Vec<TargetProgress>) -> PlanProgress {
    PlanProgress {
        as_of,
        time_progress: tp_jul1(),
        completion: Frac::ZERO,
        status: Status::FarBehind,
        targets,
    }
}

#[test]
fn lists_what_needs_attention_most_urgent_first() {
    let p = plan();
    let as_of = d(2026, 7, 1);
    let month = |m: u32, state: PeriodState| PeriodTally {
        period: Period::Month {
            year: 2026,
            month: m,
        },
        count: 0,
        state,
    };
    let mut paperless = progress(
        "paperless",
        "s2",
        Status::Met,
        Frac::ONE,
        Measure::None,
        Measure::None,
        Detail::None,
    );
    // Last reading 2026-05-01: 61 days before 07-01, more than 45.
    paperless.last_record = Some(d(2026, 5, 1));
    let mut closed = progress(
        "closed",
        "s2",
        Status::Missed,
        Frac::new(4, 5),
        Measure::None,
        Measure::None,
        Detail::None,
    );
    closed.last_record = Some(d(2026, 6, 20));
    let targets = vec![
        // 1/3 against 182/365: 16.5 points behind.
        progress(
            "train",
            "s1",
            Status::FarBehind,
            Frac::new(1, 3),
            Measure::Count(2),
            Measure::Count(6),
            Detail::None,
        ),
        progress(
            "study",
            "s1",
            Status::Behind,
            Frac::new(5, 12),
            Measure::None,
            Measure::None,
            Detail::Cadence(vec![
                month(1, PeriodState::Met),
                month(3, PeriodState::Missed),
                month(7, PeriodState::Current),
            ]),
        ),
        progress(
            "lead",
            "s1",
            Status::OnTrack,
            Frac::new(1, 2),
            Measure::None,
            Measure::None,
            Detail::None,
        ),
        paperless,
        closed,
        // Never read, and the plan has run 181 days.
        progress(
            "speed",
            "s2",
            Status::NoData,
            Frac::ZERO,
            Measure::None,
            Measure::None,
            Detail::None,
        ),
        progress(
            "rules",
            "s2",
            Status::Overdue,
            Frac::ZERO,
            Measure::None,
            Measure::None,
            Detail::Milestone {
                done_on: None,
                due: d(2026, 6, 30),
            },
        ),
        progress(
            "projects",
            "s2",
            Status::OnTrack,
            Frac::new(1, 2),
            Measure::None,
            Measure::None,
            Detail::None,
        ),
    ];
    let items = needs_attention(&p, &plan_progress(as_of, targets));
    let got: Vec<(&str, Vec<Attention>)> = items
        .iter()
        .map(|i| (i.target.as_str(), i.reasons.clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            (
                "rules",
                vec![Attention::Overdue {
                    due: d(2026, 6, 30)
                }]
            ),
            (
                "train",
                vec![Attention::FarBehind {
                    behind: Frac::new(182, 365).saturating_sub(Frac::new(1, 3))
                }]
            ),
            ("closed", vec![Attention::Missed]),
            (
                "study",
                vec![Attention::MissedPeriods(vec![Period::Month {
                    year: 2026,
                    month: 3
                }])]
            ),
            (
                "paperless",
                vec![Attention::Stale {
                    last: Some(d(2026, 5, 1))
                }]
            ),
            ("speed", vec![Attention::Stale { last: None }]),
        ]
    );
    let text = |a: &Attention, lang: Lang| attention_text(a, as_of, lang);
    assert_eq!(
        text(&items[0].reasons[0], Lang::Zh),
        "已逾期（截止 2026年6月30日）"
    );
    assert_eq!(
        text(&items[1].reasons[0], Lang::Zh),
        "落后序时进度 16.5 个百分点"
    );
    assert_eq!(
        text(&items[1].reasons[0], Lang::En),
        "16.5 points behind time progress"
    );
    assert_eq!(
        text(&items[3].reasons[0], Lang::Zh),
        "未达标周期：2026年3月"
    );
    assert_eq!(text(&items[4].reasons[0], Lang::Zh), "已 61 天没有读数");
    assert_eq!(text(&items[5].reasons[0], Lang::En), "no reading yet");
}

#[test]
fn flags_cumulative_targets_with_a_near_due_date() {
    let mut p = plan();
    p.sections[0].targets[0].due = Some(d(2026, 7, 5));
    let as_of = d(2026, 7, 1);
    let check = |status: Status, expected: Vec<Attention>| {
        let targets = vec![progress(
            "train",
            "s1",
            status,
            Frac::new(1, 2),
            Measure::None,
            Measure::None,
            Detail::None,
        )];
        let items = needs_attention(&p, &plan_progress(as_of, targets));
        let got = items
            .into_iter()
            .next()
            .map(|i| i.reasons)
            .unwrap_or_default();
        assert_eq!(got, expected, "{status:?}");
    };
    check(
        Status::OnTrack,
        vec![Attention::DueSoon { due: d(2026, 7, 5) }],
    );
    // Done targets are not chased.
    check(Status::Done, vec![]);
}

#[test]
fn filters_the_dashboard() {
    let p = plan();
    let prog = |id: &str, s: &str, st: Status| {
        progress(
            id,
            s,
            st,
            Frac::ZERO,
            Measure::None,
            Measure::None,
            Detail::None,
        )
    };
    let pp = plan_progress(
        d(2026, 7, 1),
        vec![
            prog("train", "s1", Status::OnTrack),
            prog("study", "s1", Status::Behind),
            prog("lead", "s1", Status::OnTrack),
            prog("paperless", "s2", Status::Met),
            prog("closed", "s2", Status::Near),
            prog("speed", "s2", Status::OnTrack),
            prog("rules", "s2", Status::Pending),
            prog("projects", "s2", Status::OnTrack),
        ],
    );
    let check = |f: DashFilter, expected: Vec<(&str, Vec<&str>)>| {
        let got: Vec<(&str, Vec<&str>)> = dashboard_groups(&p, &pp, &f)
            .iter()
            .map(|g| {
                (
                    g.section.id.as_str(),
                    g.targets.iter().map(|(t, _)| t.id.as_str()).collect(),
                )
            })
            .collect();
        assert_eq!(got, expected, "{f:?}");
    };
    check(
        DashFilter {
            status: Some(Status::OnTrack),
            ..Default::default()
        },
        vec![
            ("s1", vec!["train", "lead"]),
            ("s2", vec!["speed", "projects"]),
        ],
    );
    check(
        DashFilter {
            unit: "综合处".into(),
            ..Default::default()
        },
        vec![("s1", vec!["lead"]), ("s2", vec!["speed", "rules"])],
    );
    check(
        DashFilter {
            section: Some(SectionId::from("s1")),
            status: Some(Status::Behind),
            ..Default::default()
        },
        vec![("s1", vec!["study"])],
    );
    check(
        DashFilter {
            status: Some(Status::Done),
            ..Default::default()
        },
        vec![],
    );
    assert_eq!(
        status_counts(&pp),
        vec![
            (Status::OnTrack, 4),
            (Status::Behind, 1),
            (Status::Met, 1),
            (Status::Near, 1),
            (Status::Pending, 1)
        ]
    );
}

#[test]
fn states_each_goal_in_words() {
    let p = plan();
    let check = |id: &str, lang: Lang, expected: &str| {
        assert_eq!(goal_text(find(&p, id), lang), expected, "target {id}");
    };
    check("train", Lang::Zh, "不少于 6 次");
    check("projects", Lang::Zh, "8–10 个");
    check("lead", Lang::Zh, "每人不少于 4 个（5 人）");
    check("study", Lang::Zh, "每月至少 1 次");
    check("study", Lang::En, "monthly, at least 1 次");
    check("paperless", Lang::Zh, "≥ 90%");
    check("closed", Lang::Zh, "办结 ÷ 受理 ≥ 95%");
    check("speed", Lang::Zh, "较基线 10 天 改进 30%（越低越好）");
    check("rules", Lang::Zh, "2026年6月30日前完成");
    check("rules", Lang::En, "done by 2026-06-30");
}

#[test]
fn shortens_figures_for_the_dashboard() {
    let p = plan();
    let check = |id: &str, prog: TargetProgress, expected: &str| {
        assert_eq!(
            short_figure(find(&p, id), &prog, Lang::Zh),
            expected,
            "target {id}"
        );
    };
    check(
        "train",
        progress(
            "train",
            "s1",
            Status::OnTrack,
            Frac::new(1, 2),
            Measure::Count(3),
            Measure::Count(6),
            Detail::None,
        ),
        "3 / 6 次",
    );
    check(
        "projects",
        progress(
            "projects",
            "s2",
            Status::Done,
            Frac::new(9, 8),
            Measure::Count(9),
            Measure::Count(8),
            Detail::None,
        ),
        "9 / 8–10 个",
    );
    let month = |m: u32, state: PeriodState| PeriodTally {
        period: Period::Month {
            year: 2026,
            month: m,
        },
        count: 1,
        state,
    };
    check(
        "study",
        progress(
            "study",
            "s1",
            Status::OnTrack,
            Frac::new(2, 3),
            Measure::None,
            Measure::None,
            Detail::Cadence(vec![
                month(1, PeriodState::Met),
                month(2, PeriodState::Met),
                month(3, PeriodState::Current),
            ]),
        ),
        "2 / 3 个月",
    );
    check(
        "closed",
        progress(
            "closed",
            "s2",
            Status::Near,
            Frac::ZERO,
            Measure::None,
            Measure::None,
            Detail::Measured {
                latest_on: Some(d(2026, 2, 28)),
                sums: Some((208, 220)),
                latest: None,
            },
        ),
        "94.5%（≥ 95%）",
    );
    check(
        "paperless",
        progress(
            "paperless",
            "s2",
            Status::NoData,
            Frac::ZERO,
            Measure::None,
            Measure::None,
            Detail::Measured {
                latest_on: None,
                sums: None,
                latest: None,
            },
        ),
        "—（≥ 90%）",
    );
    check(
        "rules",
        progress(
            "rules",
            "s2",
            Status::Pending,
            Frac::ZERO,
            Measure::None,
            Measure::None,
            Detail::Milestone {
                done_on: None,
                due: d(2026, 6, 30),
            },
        ),
        "截止 6月30日",
    );
}

#[test]
fn offers_the_usual_reporting_dates() {
    let check = |today: NaiveDate, expected: [NaiveDate; 4]| {
        let got = quick_dates(today);
        assert_eq!(got.map(|(_, date)| date), expected, "today {today}");
        assert_eq!(
            got.map(|(q, _)| q),
            [
                QuickDate::Today,
                QuickDate::LastMonthEnd,
                QuickDate::LastQuarterEnd,
                QuickDate::LastYearEnd
            ]
        );
    };
    check(
        d(2026, 11, 27),
        [
            d(2026, 11, 27),
            d(2026, 10, 31),
            d(2026, 9, 30),
            d(2025, 12, 31),
        ],
    );
    // In January the last month and quarter ended last year.
    check(
        d(2026, 1, 15),
        [
            d(2026, 1, 15),
            d(2025, 12, 31),
            d(2025, 12, 31),
            d(2025, 12, 31),
        ],
    );
    check(
        d(2024, 3, 1),
        [
            d(2024, 3, 1),
            d(2024, 2, 29),
            d(2023, 12, 31),
            d(2023, 12, 31),
        ],
    );
}

#[test]
fn copies_a_plan_into_next_year() {
    assert_eq!(next_year_date(d(2028, 2, 29)), d(2029, 2, 28));
    assert_eq!(next_year_date(d(2026, 6, 30)), d(2027, 6, 30));
    let mut p = plan();
    p.sections[0].targets[0].due = Some(d(2026, 9, 30));
    let next = next_year_plan(&p);
    assert_eq!(next.title, "2027年工作计划");
    assert_eq!((next.start, next.end), (d(2027, 1, 1), d(2027, 12, 31)));
    assert_eq!(next.sections[0].targets[0].due, Some(d(2027, 9, 30)));
    assert_eq!(
        find(&next, "rules").kind,
        TargetKind::Milestone {
            due: d(2027, 6, 30)
        }
    );
    // The structure is kept: same sections, targets and ids, in order.
    let ids = |p: &Plan| {
        p.targets()
            .map(|(s, t)| (s.id.clone(), t.id.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&next), ids(&p));
    assert_eq!(next.people, p.people);
}

#[test]
fn filters_and_sorts_ten_thousand_activities() {
    let mut doc = doc();
    doc.activities = (0..10_000u32)
        .map(|i| {
            // Every third activity counts toward 专题培训, with quantity 1, 2 or 3 by turn.
            let target = if i % 3 == 0 { "train" } else { "lead" };
            let date = d(2026, 1, 1) + chrono::Days::new(u64::from(i % 365));
            activity(
                &format!("x{i:05}"),
                date,
                "事项",
                &[target],
                i % 3 + 1,
                &["甲"],
                ("机关党委", ""),
            )
        })
        .collect();
    let train = LedgerFilter {
        target: Some(TargetId::from("train")),
        ..Default::default()
    };
    let rows = ledger_rows(
        &doc,
        &train,
        LedgerSort {
            column: LedgerColumn::Targets,
            descending: false,
        },
    );
    // i = 0, 3, …, 9999: 3334 activities, each of quantity 1 (i % 3 == 0).
    assert_eq!(
        totals(&doc, &rows),
        Totals {
            count: 3334,
            quantity: 3334
        }
    );
    let all = ledger_rows(
        &doc,
        &LedgerFilter::default(),
        LedgerSort {
            column: LedgerColumn::Targets,
            descending: false,
        },
    );
    // 班子成员领学专题 sorts before 组织专题培训 (班 U+73ED < 组 U+7EC4), then by date.
    assert_eq!(doc.activities[all[0]].targets, vec![TargetId::from("lead")]);
    assert_eq!(
        doc.activities[all[9_999]].targets,
        vec![TargetId::from("train")]
    );
    assert!(all.windows(2).all(|w| {
        let (a, b) = (&doc.activities[w[0]], &doc.activities[w[1]]);
        a.targets != b.targets || a.date <= b.date
    }));
    // 10,000 rows at 50 a page: 200 full pages.
    assert_eq!(PAGE_SIZE, 50);
    assert_eq!(page_slice(&all, 199, PAGE_SIZE).len(), 50);
    assert_eq!(page_count(all.len(), PAGE_SIZE), 200);
}

#[test]
fn names_few_missed_periods_and_summarises_many() {
    use luoshi::present::missed_periods_text;
    let months: Vec<Period> = [3, 6]
        .iter()
        .map(|&month| Period::Month { year: 2026, month })
        .collect();
    assert_eq!(
        missed_periods_text(&months, Lang::Zh),
        "2026年3月、2026年6月"
    );
    // Weeks 1..=47 of 2026 all missed: 47 in all, the last three named.
    let weeks: Vec<Period> = (1..=47)
        .map(|week| Period::Week { year: 2026, week })
        .collect();
    assert_eq!(
        missed_periods_text(&weeks, Lang::Zh),
        "共47个周期，最近：2026年第45周、2026年第46周、2026年第47周"
    );
    assert_eq!(
        missed_periods_text(&weeks, Lang::En),
        "47 periods, the latest: 2026-W45, 2026-W46, 2026-W47"
    );
    assert_eq!(missed_periods_text(&[], Lang::Zh), "");
}

#[test]
fn picks_records_in_the_order_of_the_ids() {
    use luoshi::present::pick_in_order;
    // Records in ledger order; the ids ask for them in another order, one
    // missing ("x") and one asked twice ("b").
    let records = [("a", 1), ("b", 2), ("c", 3)];
    let ids = ["c", "x", "a", "b", "b"];
    let picked: Vec<i32> = pick_in_order(&records, &ids, |r| &r.0)
        .into_iter()
        .map(|r| r.1)
        .collect();
    assert_eq!(picked, vec![3, 1, 2, 2]);
}

/// A preview lists at most the first few of a long list of skipped rows,
/// says how many more there are, and lists all when asked; a list one
/// longer than the limit is shown whole (a count of 1 saves nothing).
#[test]
fn a_long_list_is_shortened_with_a_count() {
    use luoshi::present::{shortened, SHORT_LIST};
    assert_eq!(shortened(0, false), (0, 0));
    assert_eq!(shortened(SHORT_LIST, false), (SHORT_LIST, 0));
    assert_eq!(shortened(SHORT_LIST + 1, false), (SHORT_LIST + 1, 0));
    assert_eq!(shortened(1000, false), (SHORT_LIST, 1000 - SHORT_LIST));
    assert_eq!(shortened(1000, true), (1000, 0));
}

/// The toasts stand in the first corner where they cover no control: at
/// 1280×1000 with the ledger's 登记 button in the bottom right, they go to
/// the bottom left; with controls in every corner, the one covering fewest.
#[test]
fn toasts_stand_where_they_cover_no_control() {
    use luoshi::present::{place_toasts, stack_at, Corner, Rect, Screen};
    let rect = |left, top, width, height| Rect {
        left,
        top,
        width,
        height,
    };
    let mut screen = Screen {
        width: 1280.0,
        height: 1000.0,
        top_inset: 96.0,
        margin: 16.0,
        // The 登记 button, bottom right.
        controls: vec![rect(1150.0, 900.0, 70.0, 36.0)],
    };
    let (w, h) = (420.0, 112.0);
    assert_eq!(place_toasts(w, h, &screen), (Corner::BottomLeft, true));
    // The stack there is clear of it.
    let at = stack_at(Corner::BottomLeft, w, h, &screen);
    assert_eq!((at.left, at.top), (16.0, 1000.0 - 16.0 - 112.0));
    // Nothing in the way: the usual corner.
    screen.controls.clear();
    assert_eq!(place_toasts(w, h, &screen), (Corner::BottomRight, true));
    // Controls in all four corners, two in the bottom right: the top left
    // (below the top bar) covers as few as any and is tried last, the
    // bottom left first among the fewest.
    screen.controls = vec![
        rect(1200.0, 950.0, 40.0, 30.0),
        rect(1100.0, 950.0, 40.0, 30.0),
        rect(20.0, 950.0, 40.0, 30.0),
        rect(1200.0, 120.0, 40.0, 30.0),
        rect(20.0, 120.0, 40.0, 30.0),
    ];
    assert_eq!(place_toasts(w, h, &screen), (Corner::BottomLeft, false));
    // A control just outside the stack is not covered.
    screen.controls = vec![rect(1280.0 - 16.0 - 420.0 - 10.0, 900.0, 10.0, 30.0)];
    assert_eq!(place_toasts(w, h, &screen), (Corner::BottomRight, true));
}
