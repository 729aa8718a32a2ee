//! The default plan: "二、下一步工作打算" of the seed report, one target per
//! quantified figure, for a chosen calendar year.

use chrono::NaiveDate;

use super::calendar::{clamp_year, stamp, ymd};
use super::OFFICE;
use crate::fixed::Fixed;
use crate::plan::{
    Better, Cadence, Direction, Document, Person, Plan, Section, SectionId, Target, TargetId,
    TargetKind,
};

/// The 班子成员 of the office: the roster of the per-person targets, with
/// their posts.
pub const LEADERS: [(&str, &str); 5] = [
    ("张建国", "党组书记、主任"),
    ("李红梅", "党组成员、副主任"),
    ("王志强", "党组成员、副主任"),
    ("刘海燕", "党组成员、副主任"),
    ("陈晓东", "党组成员、机关党委书记"),
];

/// The lead units (牵头处室) of the office.
pub const UNITS: [&str; 8] = [
    "机关党委",
    "秘书一处",
    "秘书二处",
    "综合处",
    "督查室",
    "人事处",
    "信息中心",
    "政务服务科",
];

/// The names of the roster, in order.
fn roster() -> Vec<String> {
    LEADERS.iter().map(|(name, _)| name.to_string()).collect()
}

/// A target with weight 1 and no due date of its own.
fn target(id: &str, title: &str, kind: TargetKind, unit: &str, lead: &str, owner: &str) -> Target {
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
        owner: owner.to_string(),
        weight: 1,
        due: None,
    }
}

fn count(target: u32) -> TargetKind {
    TargetKind::Count { target }
}

fn every(every: Cadence) -> TargetKind {
    TargetKind::Cadence { every, at_least: 1 }
}

/// A commitment the seed states without a date: due at the end of the
/// plan's period (年底前), never on a date the text does not give.
fn milestone(due: NaiveDate) -> TargetKind {
    TargetKind::Milestone { due }
}

fn section(id: &str, title: &str, targets: Vec<Target>) -> Section {
    Section {
        id: SectionId::from(id),
        title: title.to_string(),
        targets,
    }
}

/// The default plan for calendar year `year` (1 January to 31 December).
///
/// Years outside [`MIN_YEAR`](super::MIN_YEAR)..=[`MAX_YEAR`](super::MAX_YEAR)
/// are brought to the nearer bound.
pub fn default_plan(year: i32) -> Plan {
    let year = clamp_year(year);
    let d = |month, day| ymd(year, month, day);
    let [zhang, li, wang, liu, chen] = LEADERS.map(|(name, _)| name);

    let theory = section(
        "s1",
        "（一）强化理论武装，筑牢思想根基",
        vec![
            target(
                "t1-01",
                "建立“第一议题”学习制度",
                milestone(d(12, 31)),
                "",
                "机关党委",
                zhang,
            ),
            target(
                "t1-02",
                "中心组每月开展1次集中研讨",
                every(Cadence::Month),
                "次",
                "机关党委",
                zhang,
            ),
            target(
                "t1-03",
                "班子成员每年领学专题不少于4个",
                TargetKind::PerPerson {
                    each: 4,
                    roster: roster(),
                },
                "个",
                "机关党委",
                zhang,
            ),
            target(
                "t1-04",
                "班子成员每年撰写调研报告2篇",
                TargetKind::PerPerson {
                    each: 2,
                    roster: roster(),
                },
                "篇",
                "综合处",
                zhang,
            ),
            target(
                "t1-05",
                "周学习：干部职工每周集中学习",
                every(Cadence::Week),
                "次",
                "机关党委",
                chen,
            ),
            target(
                "t1-06",
                "月交流：每月开展学习交流",
                every(Cadence::Month),
                "次",
                "机关党委",
                chen,
            ),
            target(
                "t1-07",
                "季总结：每季度开展学习总结",
                every(Cadence::Quarter),
                "次",
                "机关党委",
                chen,
            ),
            target(
                "t1-08",
                "全年组织专题培训6次",
                count(6),
                "次",
                "机关党委",
                chen,
            ),
            target(
                "t1-09",
                "全年组织实地研学4次",
                count(4),
                "次",
                "机关党委",
                chen,
            ),
        ],
    );

    let rules = section(
        "s2",
        "（二）完善制度机制，提升规范水平",
        vec![
            target(
                "t2-01",
                "修订《市政府办公室工作规则》",
                milestone(d(12, 31)),
                "",
                "综合处",
                li,
            ),
            target(
                "t2-02",
                "细化公文处理、会议服务、督查落实等12项核心业务流程",
                count(12),
                "项",
                "秘书一处",
                li,
            ),
            target(
                "t2-03",
                "明确各岗位职责清单和负面清单",
                milestone(d(12, 31)),
                "",
                "人事处",
                li,
            ),
            target(
                "t2-04",
                "建立“双随机一公开”督查机制",
                milestone(d(12, 31)),
                "",
                "督查室",
                li,
            ),
            target(
                "t2-05",
                "重大决策部署落实情况周调度",
                every(Cadence::Week),
                "次",
                "督查室",
                li,
            ),
            target(
                "t2-06",
                "重大决策部署落实情况月通报",
                every(Cadence::Month),
                "次",
                "督查室",
                li,
            ),
            target(
                "t2-07",
                "梳理岗位廉政风险点20个",
                count(20),
                "个",
                "机关党委",
                chen,
            ),
            target(
                "t2-08",
                "制定廉政风险防控措施35条",
                count(35),
                "条",
                "机关党委",
                chen,
            ),
            target(
                "t2-09",
                "考核激励实行“季度评先”",
                every(Cadence::Quarter),
                "次",
                "人事处",
                zhang,
            ),
            target(
                "t2-10",
                "考核激励实行“年度总评”",
                every(Cadence::Year),
                "次",
                "人事处",
                zhang,
            ),
        ],
    );

    let service = section(
        "s3",
        "（三）聚焦主责主业，增强服务效能",
        vec![
            target(
                "t3-01",
                "全年完成专题调研15项",
                count(15),
                "项",
                "综合处",
                wang,
            ),
            target(
                "t3-02",
                "“无纸化”办公覆盖率达90%以上",
                TargetKind::Threshold {
                    line: Fixed::from_int(90),
                    direction: Direction::AtLeast,
                },
                "%",
                "信息中心",
                wang,
            ),
            target(
                "t3-03",
                "建立群众诉求快速响应机制",
                milestone(d(12, 31)),
                "",
                "政务服务科",
                wang,
            ),
            target(
                "t3-04",
                "群众反映问题办结率达95%以上",
                TargetKind::Ratio {
                    line: Fixed::from_int(95),
                    numerator: "办结".to_string(),
                    denominator: "受理".to_string(),
                },
                "%",
                "政务服务科",
                wang,
            ),
            target(
                "t3-05",
                "群众反映问题满意率达90%以上",
                TargetKind::Ratio {
                    line: Fixed::from_int(90),
                    numerator: "满意".to_string(),
                    denominator: "回访".to_string(),
                },
                "%",
                "政务服务科",
                wang,
            ),
        ],
    );

    let reform = section(
        "s4",
        "（四）深化改革创新，激发队伍活力",
        vec![
            target(
                "t4-01",
                "提升工作效率30%以上（以公文平均流转时长计，基线3.0天）",
                TargetKind::Improvement {
                    baseline: Fixed::from_int(3),
                    percent: Fixed::from_int(30),
                    better: Better::Lower,
                },
                "天",
                "信息中心",
                liu,
            ),
            target(
                "t4-02",
                "每年安排年轻干部跨科室锻炼10名",
                count(10),
                "名",
                "人事处",
                liu,
            ),
            target(
                "t4-03",
                "选派业务骨干参与重大专项工作5名",
                count(5),
                "名",
                "人事处",
                liu,
            ),
            target(
                "t4-04",
                "设立“创新成果奖”",
                milestone(d(12, 31)),
                "",
                "人事处",
                liu,
            ),
            target(
                "t4-05",
                "全年征集创新建议50条",
                count(50),
                "条",
                "综合处",
                liu,
            ),
            target(
                "t4-06",
                "落地实施优秀项目8-10个",
                TargetKind::Range { min: 8, max: 10 },
                "个",
                "综合处",
                liu,
            ),
        ],
    );

    Plan {
        id: format!("luoshi-default-{year}"),
        rules: Default::default(),
        stamps: Default::default(),
        title: format!("{year}年{OFFICE}党组思想政治建设工作计划"),
        start: d(1, 1),
        end: d(12, 31),
        sections: vec![theory, rules, service, reform],
        people: LEADERS
            .iter()
            .map(|(name, role)| Person {
                name: name.to_string(),
                role: role.to_string(),
            })
            .collect(),
        units: UNITS.iter().map(|u| u.to_string()).collect(),
        updated_at: stamp(d(1, 1), 9),
    }
}

/// The default plan for `year` with an empty ledger, kept by `unit`.
pub fn default_document(year: i32, unit: &str) -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: unit.to_string(),
        plan: default_plan(year),
        activities: Vec::new(),
        readings: Vec::new(),
        tombstones: Vec::new(),
    }
}
