//! The default plan: "二、下一步工作打算" of the seed report, one target per
//! quantified figure, for a chosen calendar year. Each target's kind is
//! built by its kind's constructor (`kind::count::target(6)`).

use super::calendar::{clamp_year, stamp, ymd};
use super::OFFICE;
use crate::fixed::Fixed;
use crate::plan::kind::{
    cadence, count, improvement, milestone, per_person, range, ratio, threshold,
};
use crate::plan::{
    Better, Cadence, Direction, Document, Pace, Person, Plan, Rules, Section, SectionId, Target,
    TargetId, TargetKind,
};
use crate::rules::Preset;

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

fn every(every: Cadence) -> TargetKind {
    cadence::target(every, 1)
}

/// `t` marked with what the plan adds to the seed's text.
fn suggested(mut t: Target, what: &str) -> Target {
    t.suggestion = what.to_string();
    t
}

/// What a date the text does not give is marked with: a commitment the
/// seed states without a date is due at the end of the plan's period
/// (年底前), never on a date the text does not give.
const DUE_AT_YEAR_END: &str = "原文未写完成时限，按年底前完成";

/// What a cadence the text names without a number is marked with.
fn once_per(words: &str, period: &str) -> String {
    format!("原文只写“{words}”，未写次数，按每{period}至少1次计")
}

/// The rules offices use (see docs/RULES.md): 序时进度 by month, as
/// bulletins count it ("截至6月底" 50%), and the 三色督办单 of 督查 practice:
/// short of 序时进度 yellow, red only when overdue; near within 5 points,
/// due soon within 7 days.
pub fn office_rules() -> Rules {
    Preset::AnyShortfall.apply(Rules {
        pace: Pace::Month,
        ..Rules::by_day()
    })
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
            suggested(
                target(
                    "t1-01",
                    "建立“第一议题”学习制度",
                    milestone::target(d(12, 31)),
                    "",
                    "机关党委",
                    zhang,
                ),
                DUE_AT_YEAR_END,
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
                per_person::target(4, roster()),
                "个",
                "机关党委",
                zhang,
            ),
            target(
                "t1-04",
                "班子成员每年撰写调研报告2篇",
                per_person::target(2, roster()),
                "篇",
                "综合处",
                zhang,
            ),
            suggested(
                target(
                    "t1-05",
                    "周学习：干部职工每周集中学习",
                    every(Cadence::Week),
                    "次",
                    "机关党委",
                    chen,
                ),
                &once_per("周学习", "周"),
            ),
            suggested(
                target(
                    "t1-06",
                    "月交流：每月开展学习交流",
                    every(Cadence::Month),
                    "次",
                    "机关党委",
                    chen,
                ),
                &once_per("月交流", "月"),
            ),
            suggested(
                target(
                    "t1-07",
                    "季总结：每季度开展学习总结",
                    every(Cadence::Quarter),
                    "次",
                    "机关党委",
                    chen,
                ),
                &once_per("季总结", "季度"),
            ),
            target(
                "t1-08",
                "全年组织专题培训6次",
                count::target(6),
                "次",
                "机关党委",
                chen,
            ),
            target(
                "t1-09",
                "全年组织实地研学4次",
                count::target(4),
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
            suggested(
                target(
                    "t2-01",
                    "修订《市政府办公室工作规则》",
                    milestone::target(d(12, 31)),
                    "",
                    "综合处",
                    li,
                ),
                DUE_AT_YEAR_END,
            ),
            target(
                "t2-02",
                "细化公文处理、会议服务、督查落实等12项核心业务流程",
                count::target(12),
                "项",
                "秘书一处",
                li,
            ),
            suggested(
                target(
                    "t2-03",
                    "明确各岗位职责清单和负面清单",
                    milestone::target(d(12, 31)),
                    "",
                    "人事处",
                    li,
                ),
                DUE_AT_YEAR_END,
            ),
            suggested(
                target(
                    "t2-04",
                    "建立“双随机一公开”督查机制",
                    milestone::target(d(12, 31)),
                    "",
                    "督查室",
                    li,
                ),
                DUE_AT_YEAR_END,
            ),
            suggested(
                target(
                    "t2-05",
                    "重大决策部署落实情况周调度",
                    every(Cadence::Week),
                    "次",
                    "督查室",
                    li,
                ),
                &once_per("周调度", "周"),
            ),
            suggested(
                target(
                    "t2-06",
                    "重大决策部署落实情况月通报",
                    every(Cadence::Month),
                    "次",
                    "督查室",
                    li,
                ),
                &once_per("月通报", "月"),
            ),
            target(
                "t2-07",
                "梳理岗位廉政风险点20个",
                count::target(20),
                "个",
                "机关党委",
                chen,
            ),
            target(
                "t2-08",
                "制定廉政风险防控措施35条",
                count::target(35),
                "条",
                "机关党委",
                chen,
            ),
            suggested(
                target(
                    "t2-09",
                    "考核激励实行“季度评先”",
                    every(Cadence::Quarter),
                    "次",
                    "人事处",
                    zhang,
                ),
                &once_per("季度评先", "季度"),
            ),
            suggested(
                target(
                    "t2-10",
                    "考核激励实行“年度总评”",
                    every(Cadence::Year),
                    "次",
                    "人事处",
                    zhang,
                ),
                &once_per("年度总评", "年"),
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
                count::target(15),
                "项",
                "综合处",
                wang,
            ),
            target(
                "t3-02",
                "“无纸化”办公覆盖率达90%以上",
                threshold::target(Fixed::from_int(90), Direction::AtLeast),
                "%",
                "信息中心",
                wang,
            ),
            suggested(
                target(
                    "t3-03",
                    "建立群众诉求快速响应机制",
                    milestone::target(d(12, 31)),
                    "",
                    "政务服务科",
                    wang,
                ),
                DUE_AT_YEAR_END,
            ),
            target(
                "t3-04",
                "群众反映问题办结率达95%以上",
                ratio::target(Fixed::from_int(95), "办结", "受理"),
                "%",
                "政务服务科",
                wang,
            ),
            suggested(
                target(
                    "t3-05",
                    "群众反映问题满意率达90%以上",
                    ratio::target(Fixed::from_int(90), "满意", "回访"),
                    "%",
                    "政务服务科",
                    wang,
                ),
                "原文只写满意率达90%以上，以“满意”数比“回访”数计为建议口径",
            ),
        ],
    );

    let reform = section(
        "s4",
        "（四）深化改革创新，激发队伍活力",
        vec![
            suggested(
                target(
                    "t4-01",
                    "提升工作效率30%以上（以公文平均流转时长计，基线3.0天）",
                    improvement::target(Fixed::from_int(3), Fixed::from_int(30), Better::Lower),
                    "天",
                    "信息中心",
                    liu,
                ),
                "原文只写“提升工作效率30%以上”，以公文平均流转时长计、基线3.0天为建议值",
            ),
            target(
                "t4-02",
                "每年安排年轻干部跨科室锻炼10名",
                count::target(10),
                "名",
                "人事处",
                liu,
            ),
            target(
                "t4-03",
                "选派业务骨干参与重大专项工作5名",
                count::target(5),
                "名",
                "人事处",
                liu,
            ),
            suggested(
                target(
                    "t4-04",
                    "设立“创新成果奖”",
                    milestone::target(d(12, 31)),
                    "",
                    "人事处",
                    liu,
                ),
                DUE_AT_YEAR_END,
            ),
            target(
                "t4-05",
                "全年征集创新建议50条",
                count::target(50),
                "条",
                "综合处",
                liu,
            ),
            target(
                "t4-06",
                "落地实施优秀项目8-10个",
                range::target(8, 10),
                "个",
                "综合处",
                liu,
            ),
        ],
    );

    Plan {
        id: format!("luoshi-default-{year}"),
        rules: office_rules(),
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
