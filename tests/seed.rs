//! The default plan carries the seed report's figures; the example ledger is
//! deterministic, well-formed and shows a mix of statuses.

use std::collections::{BTreeMap, HashSet};

use chrono::{Datelike, NaiveDate};
use luoshi::engine::{evaluate, Status};
use luoshi::fixed::Fixed;
use luoshi::plan::{Better, Cadence, Direction, Document, Plan, TargetKind};
use luoshi::seed::{default_document, default_plan, example_document, LEADERS, UNITS};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn roster() -> Vec<String> {
    LEADERS.iter().map(|(n, _)| n.to_string()).collect()
}

fn pct(n: i64) -> Fixed {
    Fixed::from_int(n)
}

/// Each target's figures, unit and a fragment of its title, listed by hand
/// from "二、下一步工作打算" of the seed report.
fn expected(year: i32) -> Vec<(&'static str, TargetKind, &'static str, &'static str)> {
    let d = |m, day| date(year, m, day);
    let cad = |every| TargetKind::Cadence { every, at_least: 1 };
    vec![
        // （一）"建立“第一议题”学习制度"
        (
            "t1-01",
            TargetKind::Milestone { due: d(12, 31) },
            "",
            "“第一议题”学习制度",
        ),
        // "每月开展1次集中研讨"
        ("t1-02", cad(Cadence::Month), "次", "每月开展1次集中研讨"),
        // "班子成员每年领学专题不少于4个"
        (
            "t1-03",
            TargetKind::PerPerson {
                each: 4,
                roster: roster(),
            },
            "个",
            "不少于4个",
        ),
        // "撰写调研报告2篇"
        (
            "t1-04",
            TargetKind::PerPerson {
                each: 2,
                roster: roster(),
            },
            "篇",
            "调研报告2篇",
        ),
        // "周学习、月交流、季总结"
        ("t1-05", cad(Cadence::Week), "次", "周学习"),
        ("t1-06", cad(Cadence::Month), "次", "月交流"),
        ("t1-07", cad(Cadence::Quarter), "次", "季总结"),
        // "全年计划组织专题培训6次、实地研学4次"
        (
            "t1-08",
            TargetKind::Count { target: 6 },
            "次",
            "专题培训6次",
        ),
        (
            "t1-09",
            TargetKind::Count { target: 4 },
            "次",
            "实地研学4次",
        ),
        // （二）"修订《市政府办公室工作规则》"
        (
            "t2-01",
            TargetKind::Milestone { due: d(12, 31) },
            "",
            "《市政府办公室工作规则》",
        ),
        // "12项核心业务流程"
        (
            "t2-02",
            TargetKind::Count { target: 12 },
            "项",
            "12项核心业务流程",
        ),
        // "明确各岗位职责清单和负面清单"
        (
            "t2-03",
            TargetKind::Milestone { due: d(12, 31) },
            "",
            "职责清单和负面清单",
        ),
        // "建立“双随机一公开”督查机制"
        (
            "t2-04",
            TargetKind::Milestone { due: d(12, 31) },
            "",
            "“双随机一公开”督查机制",
        ),
        // "实行周调度、月通报"
        ("t2-05", cad(Cadence::Week), "次", "周调度"),
        ("t2-06", cad(Cadence::Month), "次", "月通报"),
        // "梳理岗位廉政风险点20个，制定防控措施35条"
        (
            "t2-07",
            TargetKind::Count { target: 20 },
            "个",
            "廉政风险点20个",
        ),
        (
            "t2-08",
            TargetKind::Count { target: 35 },
            "条",
            "防控措施35条",
        ),
        // "实行“季度评先、年度总评”"
        ("t2-09", cad(Cadence::Quarter), "次", "季度评先"),
        ("t2-10", cad(Cadence::Year), "次", "年度总评"),
        // （三）"全年计划完成专题调研15项"
        (
            "t3-01",
            TargetKind::Count { target: 15 },
            "项",
            "专题调研15项",
        ),
        // "“无纸化”办公覆盖率达90%以上"
        (
            "t3-02",
            TargetKind::Threshold {
                line: pct(90),
                direction: Direction::AtLeast,
            },
            "%",
            "覆盖率达90%以上",
        ),
        // "建立群众诉求快速响应机制"
        (
            "t3-03",
            TargetKind::Milestone { due: d(12, 31) },
            "",
            "群众诉求快速响应机制",
        ),
        // "办结率、满意率分别达95%、90%以上"
        (
            "t3-04",
            TargetKind::Ratio {
                line: pct(95),
                numerator: "办结".into(),
                denominator: "受理".into(),
            },
            "%",
            "办结率达95%以上",
        ),
        (
            "t3-05",
            TargetKind::Ratio {
                line: pct(90),
                numerator: "满意".into(),
                denominator: "回访".into(),
            },
            "%",
            "满意率达90%以上",
        ),
        // （四）"提升工作效率30%以上", measured as 公文平均流转时长, baseline 3.0 天
        (
            "t4-01",
            TargetKind::Improvement {
                baseline: Fixed::from_int(3),
                percent: pct(30),
                better: Better::Lower,
            },
            "天",
            "工作效率30%以上",
        ),
        // "每年安排10名年轻干部跨科室锻炼，选派5名业务骨干"
        (
            "t4-02",
            TargetKind::Count { target: 10 },
            "名",
            "年轻干部跨科室锻炼10名",
        ),
        ("t4-03", TargetKind::Count { target: 5 }, "名", "业务骨干"),
        // "设立“创新成果奖”"
        (
            "t4-04",
            TargetKind::Milestone { due: d(12, 31) },
            "",
            "“创新成果奖”",
        ),
        // "全年计划征集创新建议50条，落地实施优秀项目8-10个"
        (
            "t4-05",
            TargetKind::Count { target: 50 },
            "条",
            "创新建议50条",
        ),
        (
            "t4-06",
            TargetKind::Range { min: 8, max: 10 },
            "个",
            "优秀项目8-10个",
        ),
    ]
}

fn check_plan(plan: &Plan, year: i32) {
    let want = expected(year);
    let got: Vec<_> = plan.targets().map(|(_, t)| t).collect();
    assert_eq!(got.len(), want.len(), "one target per quantified figure");
    for (t, (id, kind, unit, fragment)) in got.iter().zip(want.iter()) {
        assert_eq!(t.id.as_str(), *id);
        assert_eq!(&t.kind, kind, "{id}");
        assert_eq!(t.unit, *unit, "{id}");
        assert!(
            t.title.contains(fragment),
            "{id}: {:?} lacks {fragment:?}",
            t.title
        );
        assert_eq!(t.weight, 1, "{id}");
        assert!(
            UNITS.contains(&t.lead_unit.as_str()),
            "{id}: lead unit {:?}",
            t.lead_unit
        );
        assert!(
            plan.people.iter().any(|p| p.name == t.owner),
            "{id}: owner {:?}",
            t.owner
        );
    }
}

#[test]
fn default_plan_has_the_seed_figures() {
    for year in [2026, 2027, 2028] {
        check_plan(&default_plan(year), year);
    }
}

#[test]
fn default_plan_covers_the_year_in_the_seed_sections() {
    let plan = default_plan(2026);
    assert_eq!(plan.start, date(2026, 1, 1));
    assert_eq!(plan.end, date(2026, 12, 31));
    assert_eq!(plan.days(), 365);
    assert_eq!(default_plan(2028).days(), 366);
    assert!(plan.title.starts_with("2026年"), "{}", plan.title);
    let headings: Vec<&str> = plan.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        headings,
        [
            "（一）强化理论武装，筑牢思想根基",
            "（二）完善制度机制，提升规范水平",
            "（三）聚焦主责主业，增强服务效能",
            "（四）深化改革创新，激发队伍活力",
        ]
    );
    let counts: Vec<usize> = plan.sections.iter().map(|s| s.targets.len()).collect();
    assert_eq!(counts, [9, 10, 5, 6]);
    assert_eq!(plan.people.len(), 5);
    assert_eq!(plan.updated_at.to_rfc3339(), "2026-01-01T09:00:00+08:00");
}

#[test]
fn default_plan_uses_every_kind_and_unique_ids() {
    let plan = default_plan(2026);
    let kinds: HashSet<&str> = plan.targets().map(|(_, t)| t.kind.as_str()).collect();
    for kind in [
        "count",
        "range",
        "per_person",
        "cadence",
        "threshold",
        "ratio",
        "improvement",
        "milestone",
    ] {
        assert!(kinds.contains(kind), "{kind} missing");
    }
    let mut ids = HashSet::new();
    for (_, t) in plan.targets() {
        assert!(ids.insert(t.id.as_str().to_string()), "duplicate {}", t.id);
    }
    let sections: HashSet<&str> = plan.sections.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(sections.len(), 4);
}

#[test]
fn default_document_has_an_empty_ledger() {
    let doc = default_document(2026, "督查室");
    assert_eq!(doc.unit, "督查室");
    assert_eq!(doc.plan, default_plan(2026));
    assert!(doc.activities.is_empty() && doc.readings.is_empty() && doc.tombstones.is_empty());
}

fn check_ledger(doc: &Document, as_of: NaiveDate) {
    let plan = &doc.plan;
    let mut ids = HashSet::new();
    for a in &doc.activities {
        assert!(ids.insert(a.id.as_str().to_string()), "duplicate {}", a.id);
        assert!(
            a.date >= plan.start && a.date <= as_of,
            "{} on {}",
            a.id,
            a.date
        );
        assert!(
            a.date.weekday().num_days_from_monday() < 5,
            "{} on a weekend",
            a.id
        );
        assert!(!a.targets.is_empty(), "{} counts toward nothing", a.id);
        for t in &a.targets {
            let target = plan
                .target(t)
                .unwrap_or_else(|| panic!("{}: no target {t}", a.id));
            assert!(!target.kind.takes_readings(), "{} names measured {t}", a.id);
        }
        assert!(a.quantity >= 1);
        for p in &a.people {
            assert!(plan.people.iter().any(|q| &q.name == p), "{}: {p}", a.id);
        }
        assert!(
            plan.units.contains(&a.lead_unit),
            "{}: {}",
            a.id,
            a.lead_unit
        );
        assert_eq!(a.updated_at.date_naive(), a.date);
    }
    for r in &doc.readings {
        assert!(ids.insert(r.id.as_str().to_string()), "duplicate {}", r.id);
        assert!(
            r.date >= plan.start && r.date <= as_of,
            "{} on {}",
            r.id,
            r.date
        );
        let target = plan
            .target(&r.target)
            .unwrap_or_else(|| panic!("{}: no target", r.id));
        assert!(target.kind.takes_readings(), "{} reads {}", r.id, r.target);
    }
}

#[test]
fn example_ledger_is_well_formed() {
    for (y, m, d) in [(2026, 11, 27), (2026, 3, 15), (2027, 12, 31), (2026, 1, 1)] {
        let as_of = date(y, m, d);
        check_ledger(&example_document(y, as_of), as_of);
    }
}

#[test]
fn example_ledger_is_deterministic_and_ids_are_stable() {
    let as_of = date(2026, 11, 27);
    let doc = example_document(2026, as_of);
    assert_eq!(doc, example_document(2026, as_of));
    assert_ne!(
        doc.activities,
        example_document(2027, date(2027, 11, 27)).activities
    );
    assert_eq!(
        doc.activities.first().map(|a| a.id.as_str()),
        Some("a-0001")
    );
    assert_eq!(doc.readings.first().map(|r| r.id.as_str()), Some("r-0001"));
    // Cut earlier, the ledger is a prefix of the later one, record for record.
    let june = example_document(2026, date(2026, 6, 30));
    assert!(june.activities.len() < doc.activities.len());
    assert_eq!(june.activities[..], doc.activities[..june.activities.len()]);
    assert_eq!(june.readings[..], doc.readings[..june.readings.len()]);
    // Before the year, nothing; over the year, a few hundred activities and
    // monthly readings for the four measured targets (to October).
    assert!(example_document(2026, date(2025, 12, 31))
        .activities
        .is_empty());
    assert!(
        (200..=400).contains(&doc.activities.len()),
        "{}",
        doc.activities.len()
    );
    assert_eq!(doc.readings.len(), 4 * 10);
}

#[test]
fn example_ledger_misses_only_august_of_the_study_group() {
    let doc = example_document(2026, date(2026, 12, 31));
    let months: Vec<u32> = doc
        .activities
        .iter()
        .filter(|a| a.targets.iter().any(|t| t.as_str() == "t1-02"))
        .map(|a| a.date.month())
        .collect();
    assert_eq!(months, [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]);
}

#[test]
fn example_ledger_holds_a_weekly_study_in_every_week_of_the_plan() {
    // 2026 has 53 ISO weeks, and W01 and W53 both have 4 days in the year.
    let doc = example_document(2026, date(2026, 12, 31));
    for target in ["t1-05", "t2-05"] {
        let weeks: HashSet<u32> = doc
            .activities
            .iter()
            .filter(|a| a.targets.iter().any(|t| t.as_str() == target))
            .map(|a| a.date.iso_week().week())
            .collect();
        assert_eq!(weeks, (1..=53).collect::<HashSet<u32>>(), "{target}");
    }
}

/// What the ledger holds on 2026-11-27, target by target (quantities
/// summed), as laid out by the example's schedule.
#[test]
fn example_ledger_tallies_at_the_end_of_november() {
    let doc = example_document(2026, date(2026, 11, 27));
    let mut got: BTreeMap<&str, u32> = BTreeMap::new();
    for a in &doc.activities {
        for t in &a.targets {
            *got.entry(t.as_str()).or_default() += a.quantity;
        }
    }
    let want: BTreeMap<&str, u32> = [
        ("t1-01", 1),
        ("t1-02", 10),
        ("t1-03", 17),
        ("t1-04", 9),
        ("t1-05", 48),
        ("t1-06", 11),
        ("t1-07", 3),
        ("t1-08", 6),
        ("t1-09", 4),
        ("t2-01", 1),
        ("t2-02", 10),
        ("t2-04", 1),
        ("t2-05", 48),
        ("t2-06", 11),
        ("t2-07", 20),
        ("t2-08", 31),
        ("t2-09", 3),
        ("t3-01", 14),
        ("t3-03", 1),
        ("t4-02", 7),
        ("t4-03", 5),
        ("t4-04", 1),
        ("t4-05", 48),
        ("t4-06", 8),
    ]
    .into_iter()
    .collect();
    assert_eq!(got, want);
}

/// Statuses on 2026-11-27, worked out by hand from the example's schedule,
/// under the default plan's rules: 序时进度 by month, 10 of 12 months ended
/// (November has not) = 83.3%; any shortfall 滞后, red only when overdue.
#[test]
fn example_ledger_shows_a_mix_of_statuses() {
    use Status::*;
    let doc = example_document(2026, date(2026, 11, 27));
    let progress = evaluate(&doc, date(2026, 11, 27));
    let want = [
        ("t1-01", Done),
        ("t1-02", Behind),  // 2026年8月 missed
        ("t1-03", OnTrack), // 3+4+3+4+3 = 17 of 20 = 85% ≥ 83.3%
        ("t1-04", OnTrack), // 9 of 10 = 90% ≥ 83.3%
        ("t1-05", OnTrack), // every week
        ("t1-06", OnTrack), // every month
        ("t1-07", OnTrack), // Q1–Q3, Q4 running
        ("t1-08", Done),    // 6 of 6
        ("t1-09", Done),    // 4 of 4
        ("t2-01", Done),    // done in the first half
        ("t2-02", OnTrack), // 10 of 12 = 10/12, equal to 序时进度
        ("t2-03", Pending), // due 12-31 (no date in the seed), not done yet
        ("t2-04", Done),    // done in spring
        ("t2-05", OnTrack), // every week
        ("t2-06", OnTrack), // every month
        ("t2-07", Done),    // 20 of 20
        ("t2-08", OnTrack), // 31 of 35 = 88.6% ≥ 83.3%
        ("t2-09", OnTrack), // Q1–Q3, Q4 running
        ("t2-10", OnTrack), // the year is still running
        ("t3-01", OnTrack), // 14 of 15 = 93.3%
        ("t3-02", Met),     // 91.8% in October
        ("t3-03", Done),    // done in spring
        ("t3-04", Met),     // about 96.5%
        ("t3-05", Near),    // about 87.5%
        ("t4-01", Near),    // 3.0 → 2.2 days = 26.7%
        ("t4-02", Behind),  // 7 of 10 = 70%, 13.3 behind: yellow, never far
        ("t4-03", Done),    // 5 of 5
        ("t4-04", Done),    // done in the first half
        ("t4-05", OnTrack), // 48 of 50 = 96%
        ("t4-06", Done),    // 8, the range's minimum
    ];
    let got: Vec<(&str, Status)> = progress
        .targets
        .iter()
        .map(|t| (t.id.as_str(), t.status))
        .collect();
    assert_eq!(got, want);
}

#[test]
fn seed_documents_pass_validation_without_a_finding() {
    for doc in [
        default_document(2026, "市政府办公室"),
        example_document(2026, date(2026, 11, 27)),
        example_document(2028, date(2028, 12, 31)),
    ] {
        let issues = luoshi::validate::validate_document(&doc);
        let messages: Vec<String> = issues
            .iter()
            .map(|i| format!("{}: {}", i.path, i.message_zh()))
            .collect();
        assert!(messages.is_empty(), "{}: {messages:#?}", doc.plan.title);
    }
}

#[test]
fn seed_documents_survive_the_file_format() {
    for doc in [
        default_document(2026, "市政府办公室"),
        example_document(2026, date(2026, 11, 27)),
    ] {
        let text = luoshi::format::encode_pretty(&doc, None);
        assert_eq!(luoshi::format::decode(&text).as_ref(), Ok(&doc));
    }
}

/// The committed example files are what the seed makes: regenerate them with
/// `luoshi template --year 2026` and `luoshi example --year 2026 --as-of
/// 2026-11-27` when the seed changes.
#[test]
fn committed_example_files_match_the_seed() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    let cases = [
        (
            "default-plan-2026.json",
            default_document(2026, luoshi::seed::OFFICE),
        ),
        (
            "example-2026.json",
            example_document(2026, date(2026, 11, 27)),
        ),
    ];
    for (name, want) in cases {
        let text = std::fs::read_to_string(dir.join(name)).expect("example file present");
        assert_eq!(luoshi::format::decode(&text).as_ref(), Ok(&want), "{name}");
        assert_eq!(
            text.trim_end(),
            luoshi::format::encode_pretty(&want, None),
            "{name}"
        );
    }
}
