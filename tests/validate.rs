//! The validation pass: each impossible or doubtful plan or record gives
//! its own finding, at its own path and field, with its severity.

use chrono::{DateTime, NaiveDate};
use luoshi::fixed::Fixed;
use luoshi::plan::{
    Activity, ActivityId, Better, Cadence, Direction, Document, Person, Plan, Reading, ReadingId,
    ReadingValue, Section, SectionId, Stamp, Target, TargetId, TargetKind,
};
use luoshi::validate::{validate_document, validate_plan, Field, Issue, IssueCode, Severity};

fn at(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).expect("test stamp")
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("test date")
}

fn target(id: &str, kind: TargetKind) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: format!("指标{id}"),
        kind,
        unit: "次".into(),
        lead_unit: String::new(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

/// A plan with one target of every kind, free of findings.
fn plan() -> Plan {
    Plan {
        id: Default::default(),
        rules: Default::default(),
        stamps: Default::default(),
        title: "2026年工作计划".into(),
        start: day(2026, 1, 1),
        end: day(2026, 12, 31),
        sections: vec![
            Section {
                id: SectionId::from("s1"),
                title: "（一）".into(),
                targets: vec![
                    target("count", TargetKind::Count { target: 6 }),
                    target("range", TargetKind::Range { min: 8, max: 10 }),
                    target(
                        "pp",
                        TargetKind::PerPerson {
                            each: 4,
                            roster: vec!["张三".into(), "李四".into()],
                        },
                    ),
                    target(
                        "cad",
                        TargetKind::Cadence {
                            every: Cadence::Month,
                            at_least: 1,
                        },
                    ),
                ],
            },
            Section {
                id: SectionId::from("s2"),
                title: "（二）".into(),
                targets: vec![
                    target(
                        "thr",
                        TargetKind::Threshold {
                            line: Fixed::from_int(90),
                            direction: Direction::AtLeast,
                        },
                    ),
                    target(
                        "ratio",
                        TargetKind::Ratio {
                            line: Fixed::from_int(95),
                            numerator: "办结".into(),
                            denominator: "受理".into(),
                        },
                    ),
                    target(
                        "imp",
                        TargetKind::Improvement {
                            baseline: Fixed::from_int(10),
                            percent: Fixed::from_int(30),
                            better: Better::Lower,
                        },
                    ),
                    target(
                        "ms",
                        TargetKind::Milestone {
                            due: day(2026, 6, 30),
                        },
                    ),
                ],
            },
        ],
        people: ["张三", "李四", "王五"]
            .iter()
            .map(|n| Person {
                name: (*n).into(),
                role: "班子成员".into(),
            })
            .collect(),
        units: vec![],
        updated_at: at("2026-01-01T08:00:00+08:00"),
    }
}

fn issue(path: &str, field: Field, code: IssueCode) -> Issue {
    Issue {
        path: path.into(),
        field,
        code,
    }
}

/// Changes the valid plan with `edit` and checks the findings.
fn check(edit: impl FnOnce(&mut Plan), expected: Vec<Issue>) {
    let mut p = plan();
    edit(&mut p);
    assert_eq!(validate_plan(&p), expected);
}

fn kind(p: &mut Plan, s: usize, t: usize) -> &mut TargetKind {
    &mut p.sections[s].targets[t].kind
}

#[test]
fn a_sound_plan_has_no_findings() {
    check(|_| {}, vec![]);
}

#[test]
fn impossible_plans() {
    check(
        |p| p.title = " ".into(),
        vec![issue("title", Field::PlanTitle, IssueCode::EmptyTitle)],
    );
    check(
        |p| p.end = day(2025, 12, 31),
        vec![issue("end", Field::PlanEnd, IssueCode::EndBeforeStart)],
    );
    check(
        |p| p.sections[1].title.clear(),
        vec![issue(
            "sections[1].title",
            Field::SectionTitle,
            IssueCode::EmptyTitle,
        )],
    );
    check(
        |p| p.sections[0].targets[2].title.clear(),
        vec![issue(
            "sections[0].targets[2].title",
            Field::TargetTitle,
            IssueCode::EmptyTitle,
        )],
    );
    check(
        |p| *kind(p, 0, 0) = TargetKind::Count { target: 0 },
        vec![issue(
            "sections[0].targets[0].goal.target",
            Field::CountTarget,
            IssueCode::ZeroTarget,
        )],
    );
    check(
        |p| *kind(p, 0, 1) = TargetKind::Range { min: 10, max: 8 },
        vec![issue(
            "sections[0].targets[1].goal.min",
            Field::RangeMin,
            IssueCode::MinAboveMax { min: 10, max: 8 },
        )],
    );
    check(
        |p| *kind(p, 0, 1) = TargetKind::Range { min: 0, max: 8 },
        vec![issue(
            "sections[0].targets[1].goal.min",
            Field::RangeMin,
            IssueCode::RangeMinZero,
        )],
    );
    check(
        |p| {
            *kind(p, 0, 2) = TargetKind::PerPerson {
                each: 0,
                roster: vec!["张三".into(), "赵六".into(), "张三".into()],
            }
        },
        vec![
            issue(
                "sections[0].targets[2].goal.each",
                Field::PerPersonEach,
                IssueCode::ZeroTarget,
            ),
            issue(
                "sections[0].targets[2].goal.roster[1]",
                Field::PerPersonRoster,
                IssueCode::UnknownPerson("赵六".into()),
            ),
            issue(
                "sections[0].targets[2].goal.roster[2]",
                Field::PerPersonRoster,
                IssueCode::DuplicatePerson("张三".into()),
            ),
        ],
    );
    check(
        |p| {
            *kind(p, 0, 2) = TargetKind::PerPerson {
                each: 2,
                roster: vec![],
            }
        },
        vec![issue(
            "sections[0].targets[2].goal.roster",
            Field::PerPersonRoster,
            IssueCode::EmptyRoster,
        )],
    );
    check(
        |p| {
            *kind(p, 0, 3) = TargetKind::Cadence {
                every: Cadence::Week,
                at_least: 0,
            }
        },
        vec![issue(
            "sections[0].targets[3].goal.at_least",
            Field::CadenceAtLeast,
            IssueCode::ZeroTarget,
        )],
    );
    check(
        |p| {
            *kind(p, 1, 1) = TargetKind::Ratio {
                line: "100.5".parse().expect("decimal"),
                numerator: "办结".into(),
                denominator: "受理".into(),
            }
        },
        vec![issue(
            "sections[1].targets[1].goal.line",
            Field::Line,
            IssueCode::RatioLineOutOfRange,
        )],
    );
    check(
        |p| {
            *kind(p, 1, 2) = TargetKind::Improvement {
                baseline: Fixed::ZERO,
                percent: Fixed::ZERO,
                better: Better::Higher,
            }
        },
        vec![
            issue(
                "sections[1].targets[2].goal.baseline",
                Field::Baseline,
                IssueCode::BaselineZero,
            ),
            issue(
                "sections[1].targets[2].goal.percent",
                Field::Percent,
                IssueCode::ImprovementNotPositive,
            ),
        ],
    );
    check(
        |p| p.sections[1].targets[0].id = TargetId::from("count"),
        vec![issue(
            "sections[1].targets[0].id",
            Field::TargetId,
            IssueCode::DuplicateId("count".into()),
        )],
    );
    check(
        |p| p.sections[1].id = SectionId::from("s1"),
        vec![issue(
            "sections[1].id",
            Field::SectionId,
            IssueCode::DuplicateId("s1".into()),
        )],
    );
    check(
        |p| p.people[2].name = "张三".into(),
        vec![issue(
            "people[2].name",
            Field::PersonName,
            IssueCode::DuplicatePerson("张三".into()),
        )],
    );
}

#[test]
fn doubtful_plans_are_warnings() {
    let due = day(2027, 1, 15);
    check(
        |p| {
            *kind(p, 1, 3) = TargetKind::Milestone { due };
            p.sections[0].targets[0].due = Some(due);
            p.sections[0].targets[1].weight = 0;
        },
        vec![
            issue(
                "sections[0].targets[0].due",
                Field::Due,
                IssueCode::DueOutsidePeriod(due),
            ),
            issue(
                "sections[0].targets[1].weight",
                Field::Weight,
                IssueCode::WeightZero,
            ),
            issue(
                "sections[1].targets[3].goal.due",
                Field::Due,
                IssueCode::DueOutsidePeriod(due),
            ),
        ],
    );
    assert_eq!(
        IssueCode::DueOutsidePeriod(due).severity(),
        Severity::Warning
    );
    assert_eq!(IssueCode::WeightZero.severity(), Severity::Warning);
    assert_eq!(IssueCode::ZeroTarget.severity(), Severity::Error);
}

fn activity(targets: &[&str], date: NaiveDate) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId::from("a1"),
        date,
        title: "学习".into(),
        targets: targets.iter().map(|t| TargetId::from(*t)).collect(),
        quantity: 1,
        people: vec![],
        lead_unit: String::new(),
        notes: String::new(),
        updated_at: at("2026-03-05T10:00:00+08:00"),
    }
}

fn reading(id: &str, target: &str, value: ReadingValue) -> Reading {
    Reading {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ReadingId::from(id),
        target: TargetId::from(target),
        date: day(2026, 3, 31),
        value,
        notes: String::new(),
        updated_at: at("2026-03-31T10:00:00+08:00"),
    }
}

#[test]
fn ledger_records_against_the_plan() {
    let mut outside = activity(&["count"], day(2027, 1, 3));
    outside.id = ActivityId::from("a2");
    outside.quantity = 0;
    outside.title.clear();
    let doc = Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan: plan(),
        activities: vec![
            activity(&["count", "gone", "thr", "count"], day(2026, 3, 5)),
            outside,
            activity(&["cad"], day(2026, 3, 6)),
        ],
        readings: vec![
            reading("r1", "count", ReadingValue::Value(Fixed::from_int(1))),
            reading(
                "r2",
                "thr",
                ReadingValue::Counts {
                    numerator: 1,
                    denominator: 2,
                },
            ),
            reading("r3", "ratio", ReadingValue::Value(Fixed::from_int(95))),
            reading(
                "r4",
                "ratio",
                ReadingValue::Counts {
                    numerator: 120,
                    denominator: 115,
                },
            ),
            reading("r5", "nowhere", ReadingValue::Value(Fixed::from_int(1))),
            reading("r5", "imp", ReadingValue::Value(Fixed::from_int(8))),
        ],
        tombstones: vec![],
    };
    let t = TargetId::from;
    assert_eq!(
        validate_document(&doc),
        vec![
            issue(
                "activities[0].targets[1]",
                Field::ActivityTargets,
                IssueCode::UnknownTarget(t("gone"))
            ),
            issue(
                "activities[0].targets[2]",
                Field::ActivityTargets,
                IssueCode::TakesReadings(t("thr"))
            ),
            issue(
                "activities[0].targets[3]",
                Field::ActivityTargets,
                IssueCode::RepeatedTarget(t("count"))
            ),
            issue(
                "activities[1].title",
                Field::ActivityTitle,
                IssueCode::EmptyTitle
            ),
            issue(
                "activities[1].quantity",
                Field::ActivityQuantity,
                IssueCode::ZeroQuantity
            ),
            issue(
                "activities[1].date",
                Field::ActivityDate,
                IssueCode::DateOutsidePeriod(day(2027, 1, 3))
            ),
            issue(
                "activities[2].id",
                Field::ActivityId,
                IssueCode::DuplicateId("a1".into())
            ),
            issue(
                "readings[0].target",
                Field::ReadingTarget,
                IssueCode::TakesNoReadings(t("count"))
            ),
            issue(
                "readings[1].value",
                Field::ReadingValue,
                IssueCode::CountsForNonRatio(t("thr"))
            ),
            issue(
                "readings[2].value",
                Field::ReadingValue,
                IssueCode::ValueForRatio(t("ratio"))
            ),
            issue(
                "readings[3].value",
                Field::ReadingValue,
                IssueCode::NumeratorAboveDenominator
            ),
            issue(
                "readings[4].target",
                Field::ReadingTarget,
                IssueCode::UnknownTarget(t("nowhere"))
            ),
            issue(
                "readings[5].id",
                Field::ReadingId,
                IssueCode::DuplicateId("r5".into())
            ),
        ]
    );
}

#[test]
fn messages_in_both_languages() {
    let check = |code: IssueCode, zh: &str, en: &str| {
        let i = issue("x", Field::PlanTitle, code);
        assert_eq!(i.message_zh(), zh);
        assert_eq!(i.message_en(), en);
    };
    check(
        IssueCode::MinAboveMax { min: 10, max: 8 },
        "区间下限 10 大于上限 8",
        "The lower end 10 is above the upper end 8",
    );
    check(
        IssueCode::DateOutsidePeriod(day(2027, 1, 3)),
        "日期 2027-01-03 不在计划期内，不计入进度",
        "The date 2027-01-03 is outside the plan period and counts for nothing",
    );
    check(
        IssueCode::UnknownPerson("赵六".into()),
        "“赵六”不在计划人员名单中",
        "赵六 is not on the plan roster",
    );
}

#[test]
fn the_default_and_example_documents_have_no_errors() {
    let as_of = day(2026, 11, 27);
    for doc in [
        luoshi::seed::default_document(2026, "市政府办公室"),
        luoshi::seed::example_document(2026, as_of),
    ] {
        let errors: Vec<Issue> = validate_document(&doc)
            .into_iter()
            .filter(Issue::is_error)
            .collect();
        assert_eq!(errors, vec![]);
    }
}

#[test]
fn document_paths_start_at_the_root() {
    let mut p = plan();
    *kind(&mut p, 0, 1) = TargetKind::Range { min: 10, max: 8 };
    let doc = Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: String::new(),
        plan: p,
        activities: vec![],
        readings: vec![],
        tombstones: vec![],
    };
    assert_eq!(
        validate_document(&doc),
        vec![issue(
            "plan.sections[0].targets[1].goal.min",
            Field::RangeMin,
            IssueCode::MinAboveMax { min: 10, max: 8 },
        )]
    );
}
