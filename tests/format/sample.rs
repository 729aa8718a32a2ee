//! The complete fixture written out by hand as the domain model, and the
//! small builders it uses.

use chrono::{DateTime, NaiveDate};
use luoshi::fixed::Fixed;
use luoshi::plan::{
    Activity, ActivityId, Better, Cadence, Direction, Document, Person, Plan, Reading, ReadingId,
    ReadingValue, RecordKind, Section, SectionId, Stamp, Target, TargetId, TargetKind, Tombstone,
};

pub fn stamp(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).unwrap()
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn strings(xs: &[&str]) -> Vec<String> {
    xs.iter().map(|s| s.to_string()).collect()
}

pub fn target(id: &str, title: &str, kind: TargetKind, unit: &str) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: title.to_string(),
        kind,
        unit: unit.to_string(),
        lead_unit: String::new(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

pub fn activity(id: &str, date: NaiveDate, title: &str, targets: &[&str], at: &str) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId::from(id),
        date,
        title: title.to_string(),
        targets: targets.iter().map(|t| TargetId::from(*t)).collect(),
        quantity: 1,
        people: Vec::new(),
        lead_unit: String::new(),
        notes: String::new(),
        updated_at: stamp(at),
    }
}

fn reading(id: &str, target: &str, date: NaiveDate, value: ReadingValue, at: &str) -> Reading {
    Reading {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ReadingId::from(id),
        target: TargetId::from(target),
        date,
        value,
        notes: String::new(),
        updated_at: stamp(at),
    }
}

/// tests/fixtures/v1/complete.json, written out by hand as the domain model.
pub fn complete() -> Document {
    let mut training = target(
        "t-training",
        "组织专题培训",
        TargetKind::Count { target: 6 },
        "次",
    );
    training.lead_unit = "秘书一处".into();
    training.owner = "张伟".into();
    training.due = Some(day(2026, 12, 15));
    let mut lead_study = target(
        "t-lead-study",
        "班子成员领学专题",
        TargetKind::PerPerson {
            each: 4,
            roster: strings(&["张伟", "李娜"]),
        },
        "个",
    );
    lead_study.weight = 2;
    let mut closure = target(
        "t-closure",
        "群众反映问题办结率",
        TargetKind::Ratio {
            line: Fixed::from_int(95),
            numerator: "办结".into(),
            denominator: "受理".into(),
        },
        "%",
    );
    closure.lead_unit = "督查室".into();

    let mut a1 = activity(
        "a1",
        day(2026, 1, 15),
        "中心组1月集中研讨暨专题培训",
        &["t-monthly", "t-training"],
        "2026-01-15T17:30:00+08:00",
    );
    a1.people = strings(&["张伟", "李娜"]);
    a1.lead_unit = "秘书一处".into();
    a1.notes = "邀请党校专家授课".into();
    let mut a2 = activity(
        "a2",
        day(2026, 2, 10),
        "班子成员领学专题",
        &["t-lead-study"],
        "2026-02-10T11:00:00+08:00",
    );
    a2.quantity = 2;
    a2.people = strings(&["张伟"]);
    let mut a4 = activity(
        "a4",
        day(2026, 6, 30),
        "优秀创新项目落地",
        &["t-projects"],
        "2026-06-30T02:00:00Z",
    );
    a4.quantity = 3;
    let mut r1 = reading(
        "r1",
        "t-paperless",
        day(2026, 3, 31),
        ReadingValue::Value(Fixed::from_int(82)),
        "2026-04-01T09:00:00+08:00",
    );
    r1.notes = "一季度统计".into();
    let mut r3 = reading(
        "r3",
        "t-closure",
        day(2026, 1, 31),
        ReadingValue::Counts {
            numerator: 115,
            denominator: 120,
        },
        "2026-02-01T09:00:00+08:00",
    );
    r3.notes = "市长热线1月".into();

    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan: Plan {
            id: Default::default(),
            rules: Default::default(),
            stamps: Default::default(),
            title: "2026年市政府办公室思想政治建设工作计划".into(),
            start: day(2026, 1, 1),
            end: day(2026, 12, 31),
            updated_at: stamp("2026-01-05T09:00:00+08:00"),
            units: strings(&["秘书一处", "督查室"]),
            people: vec![
                Person {
                    name: "张伟".into(),
                    role: "班子成员".into(),
                },
                Person {
                    name: "李娜".into(),
                    role: "班子成员".into(),
                },
                Person {
                    name: "王强".into(),
                    role: String::new(),
                },
            ],
            sections: vec![
                Section {
                    id: SectionId::from("s1"),
                    title: "（一）强化理论武装，筑牢思想根基".into(),
                    targets: vec![
                        training,
                        lead_study,
                        target(
                            "t-monthly",
                            "中心组集中研讨",
                            TargetKind::Cadence {
                                every: Cadence::Month,
                                at_least: 1,
                            },
                            "次",
                        ),
                        target(
                            "t-first-topic",
                            "建立“第一议题”学习制度",
                            TargetKind::Milestone {
                                due: day(2026, 3, 31),
                            },
                            "",
                        ),
                    ],
                },
                Section {
                    id: SectionId::from("s3"),
                    title: "（三）聚焦主责主业，增强服务效能".into(),
                    targets: vec![
                        target(
                            "t-paperless",
                            "“无纸化”办公覆盖率",
                            TargetKind::Threshold {
                                line: Fixed::from_int(90),
                                direction: Direction::AtLeast,
                            },
                            "%",
                        ),
                        closure,
                    ],
                },
                Section {
                    id: SectionId::from("s4"),
                    title: "（四）深化改革创新，激发队伍活力".into(),
                    targets: vec![
                        target(
                            "t-efficiency",
                            "工作效率提升（平均办理天数）",
                            TargetKind::Improvement {
                                baseline: Fixed::from_int(10),
                                percent: Fixed::from_int(30),
                                better: Better::Lower,
                            },
                            "天",
                        ),
                        target(
                            "t-projects",
                            "落地实施优秀项目",
                            TargetKind::Range { min: 8, max: 10 },
                            "个",
                        ),
                    ],
                },
            ],
        },
        activities: vec![
            a1,
            a2,
            activity(
                "a3",
                day(2026, 3, 20),
                "印发“第一议题”学习制度",
                &["t-first-topic"],
                "2026-03-20T16:45:12.5+08:00",
            ),
            a4,
        ],
        readings: vec![
            r1,
            reading(
                "r2",
                "t-paperless",
                day(2026, 6, 30),
                ReadingValue::Value(Fixed::from_raw(915_000)),
                "2026-07-01T09:00:00+08:00",
            ),
            r3,
            reading(
                "r4",
                "t-efficiency",
                day(2026, 6, 30),
                ReadingValue::Value(Fixed::from_raw(72_000)),
                "2026-07-01T10:00:00+08:00",
            ),
        ],
        tombstones: vec![
            Tombstone {
                kind: RecordKind::Activity,
                id: "a0".into(),
                deleted_at: stamp("2026-01-16T08:00:00+08:00"),
            },
            Tombstone {
                kind: RecordKind::Reading,
                id: "r0".into(),
                deleted_at: stamp("2026-04-02T08:00:00+08:00"),
            },
        ],
    }
}

/// tests/fixtures/v3/complete.json, written out by hand as the domain model:
/// the complete document with every field version 3 adds.
pub fn complete_v3() -> Document {
    use luoshi::plan::{
        Evidence, FileRef, Notice, NoticeId, Pace, ReportId, Reporting, Rules, UnitReport,
    };
    let mut doc = complete();
    doc.plan.id = "plan-2026-szfb".into();
    doc.plan.rules = Rules {
        pace: Pace::Month,
        behind_from: 10,
        far_behind_from: Some(30),
        near_points: 5,
        due_soon_days: 10,
        reporting: Reporting::Monthly { by_day: 5 },
        grace_days: 3,
    };
    for (_, t) in doc.plan.targets() {
        assert!(!t.annual, "{}", t.id);
    }
    let targets = doc
        .plan
        .sections
        .iter_mut()
        .flat_map(|s| s.targets.iter_mut());
    for t in targets {
        match t.id.as_str() {
            "t-projects" => {
                t.annual = true;
                t.partners = vec!["综合处".into(), "督查室".into()];
                t.suggestion = "原文只写“8—10个”，未写完成时限".into();
            }
            "t-closure" => t.zero_readings = true,
            _ => {}
        }
    }
    let pdf = Evidence {
        name: "学习会议纪要.pdf".into(),
        file: Some(FileRef {
            sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08".into(),
            mime: "application/pdf".into(),
            size: 48_213,
        }),
        added_at: stamp("2026-02-11T09:12:00+08:00"),
    };
    let reference = Evidence {
        name: "市府办〔2026〕12号".into(),
        file: None,
        added_at: stamp("2026-02-11T09:13:00+08:00"),
    };
    doc.activities[0].recorded_by = "秘书一处".into();
    doc.activities[0].evidence = vec![pdf.clone(), reference];
    doc.activities[1].evidence = vec![pdf];
    doc.readings[0].recorded_by = "督查室".into();
    doc.readings.push(Reading {
        recorded_by: "督查室".into(),
        evidence: Vec::new(),
        id: ReadingId::from("r5"),
        target: TargetId::from("t-closure"),
        date: day(2026, 7, 31),
        value: ReadingValue::Counts {
            numerator: 0,
            denominator: 0,
        },
        notes: "7月无受理".into(),
        updated_at: stamp("2026-08-01T09:00:00+08:00"),
    });
    doc.reports = vec![UnitReport {
        id: ReportId::from("rep-1"),
        unit: "秘书一处".into(),
        sent: day(2026, 7, 4),
        covers_to: Some(day(2026, 6, 30)),
        file_name: "落实台账-秘书一处-2026-07-04.json".into(),
        updated_at: stamp("2026-07-05T08:30:00+08:00"),
    }];
    doc.notices = vec![Notice {
        id: NoticeId::from("n-1"),
        year: 2026,
        number: 3,
        unit: "秘书一处".into(),
        targets: vec![TargetId::from("t-training")],
        request: "请于7月20日前报送整改措施".into(),
        issued: day(2026, 7, 10),
        reply_due: day(2026, 7, 20),
        replied: Some(day(2026, 7, 18)),
        reply: "已制定补课计划".into(),
        updated_at: stamp("2026-07-18T17:00:00+08:00"),
    }];
    doc.tombstones.push(Tombstone {
        kind: RecordKind::Notice,
        id: "n-0".into(),
        deleted_at: stamp("2026-07-09T08:00:00+08:00"),
    });
    doc
}
