//! The activities of the example year, section by section of the plan.

use super::Year;
use crate::seed::calendar::{paced, shift, weeks, workday, ymd};
use crate::seed::default_plan::{LEADERS, UNITS};
use crate::seed::words::{
    EXCHANGES, IDEAS, PROCESSES, PROJECTS, QUARTERS, SPECIAL_TASKS, STUDY_TRIPS, SURVEYS, TOPICS,
    TRAININGS,
};

/// The first person of the roster: the party secretary chairs most meetings.
fn secretary() -> &'static str {
    LEADERS[0].0
}

impl Year {
    /// Section （一）: the study system, 中心组, 领学, reports, weekly to
    /// quarterly study, training and field study.
    pub(super) fn theory(&mut self) {
        let date = self.in_month(1, 15, 23);
        let a = self.add(
            date,
            "党组会议审议通过“第一议题”学习制度".into(),
            &["t1-01"],
            "机关党委",
        );
        a.people = vec![secretary()];

        // 中心组 meets every month but August, when the session was not held;
        // each session is led by one 班子成员 in turn.
        for (turn, month) in (1..=12u32).filter(|&m| m != 8).enumerate() {
            let (leader, _) = LEADERS[turn % LEADERS.len()];
            let topic = TOPICS[turn % TOPICS.len()];
            let date = self.in_month(month, 14, 22);
            let a = self.add(
                date,
                format!("党组理论学习中心组{month}月集中研讨：{topic}"),
                &["t1-02", "t1-03"],
                "机关党委",
            );
            a.people = vec![leader];
            a.notes = format!("{leader}领学；范围扩大至各党支部书记");
        }

        // 领学 outside 中心组: (leader, month, day).
        let extra: [(usize, u32, u32); 8] = [
            (2, 3, 12),
            (1, 4, 9),
            (3, 5, 14),
            (0, 6, 11),
            (4, 7, 16),
            (3, 9, 10),
            (1, 10, 15),
            (2, 12, 9),
        ];
        for (i, &(who, month, day)) in extra.iter().enumerate() {
            let (name, _) = LEADERS[who];
            let topic = TOPICS[(i * 5 + 3) % TOPICS.len()];
            let title = if i % 2 == 0 {
                format!("{name}在联系支部主题党日领学“{topic}”专题")
            } else {
                format!("{name}在党组会议“第一议题”学习中领学“{topic}”")
            };
            let a = self.add(
                workday(ymd(self.year, month, day)),
                title,
                &["t1-03"],
                "机关党委",
            );
            a.people = vec![name];
        }

        // 调研报告 of the 班子成员, which are also 专题调研: (leader, month, day).
        let reports: [(usize, u32, u32); 10] = [
            (3, 3, 25),
            (0, 4, 20),
            (1, 5, 18),
            (2, 6, 10),
            (4, 7, 14),
            (0, 9, 15),
            (1, 10, 20),
            (2, 11, 12),
            (4, 11, 20),
            (3, 12, 15),
        ];
        for (i, &(who, month, day)) in reports.iter().enumerate() {
            let (name, _) = LEADERS[who];
            let subject = SURVEYS[i];
            let a = self.add(
                workday(ymd(self.year, month, day)),
                format!("{name}牵头完成《关于{subject}的调研报告》"),
                &["t1-04", "t3-01"],
                "综合处",
            );
            a.people = vec![name];
            a.notes = "报市政府领导决策参考".into();
        }

        for (n, (_, _, late)) in weeks(self.year).into_iter().enumerate() {
            let title = if self.rng.below(4) == 0 {
                let topic = self.pick(&TOPICS, TOPICS[0]);
                format!("周学习：集中学习{topic}")
            } else {
                format!("周学习：集中学习《一周学习材料》（第{}期）", n + 1)
            };
            self.add(late, title, &["t1-05"], "机关党委");
        }

        for month in 1..=12 {
            let date = self.in_month(month, 23, 28);
            let kind = self.pick(&EXCHANGES, EXCHANGES[0]);
            self.add(
                date,
                format!("月交流：{month}月{kind}"),
                &["t1-06"],
                "机关党委",
            );
        }

        for q in 1..=4u32 {
            let date = self.in_month(q * 3, 20, 27);
            let title = format!("季总结：第{}季度理论学习总结", QUARTERS[q as usize - 1]);
            self.add(date, title, &["t1-07"], "机关党委");
        }

        for (k, date) in paced(self.year, 6, 125).into_iter().enumerate() {
            let people = 60 + self.rng.below(40);
            let a = self.add(
                date,
                TRAININGS[k % TRAININGS.len()].into(),
                &["t1-08"],
                "机关党委",
            );
            a.people = vec![secretary()];
            a.notes = format!("全体干部职工{people}人参加");
        }

        for (k, date) in paced(self.year, 4, 110).into_iter().enumerate() {
            let a = self.add(
                date,
                STUDY_TRIPS[k % STUDY_TRIPS.len()].into(),
                &["t1-09"],
                "机关党委",
            );
            a.people = vec![LEADERS[4].0];
        }
    }

    /// Section （二）: work rules, processes, lists, the 督查 mechanism and its
    /// cadences, 廉政 risks, 评先.
    pub(super) fn rules(&mut self) {
        let date = self.in_month(6, 8, 16);
        let a = self.add(
            date,
            "党组会议审议通过修订后的《市政府办公室工作规则》".into(),
            &["t2-01"],
            "综合处",
        );
        a.people = vec![secretary(), LEADERS[1].0];

        let desks = ["秘书一处", "秘书二处", "督查室", "综合处"];
        for (k, date) in paced(self.year, 12, 95).into_iter().enumerate() {
            let process = PROCESSES[k % PROCESSES.len()];
            let title = format!("细化{process}业务流程并印发操作规程");
            self.add(date, title, &["t2-02"], desks[k % desks.len()]);
        }

        // Not yet done when it fell due: the example's overdue milestone.
        self.add(
            workday(ymd(self.year, 12, 8)),
            "印发各岗位职责清单和负面清单".into(),
            &["t2-03"],
            "人事处",
        );

        let date = self.in_month(4, 13, 20);
        self.add(
            date,
            "印发《“双随机一公开”督查工作办法》，建立督查机制".into(),
            &["t2-04"],
            "督查室",
        );

        for (w, early, _) in weeks(self.year) {
            let a = self.add(
                early,
                format!("重大决策部署落实情况周调度（第{w}周）"),
                &["t2-05"],
                "督查室",
            );
            a.people = vec![LEADERS[1].0];
        }

        for month in 1..=12 {
            let date = self.in_month(month, 3, 9);
            let title = format!(
                "印发《重大决策部署落实情况通报》（{}年第{month}期）",
                self.year
            );
            self.add(date, title, &["t2-06"], "督查室");
        }

        let points = [3, 3, 2, 3, 2, 3, 2, 2];
        for (i, (&unit, &q)) in UNITS.iter().zip(points.iter()).enumerate() {
            let date = workday(shift(ymd(self.year, 3, 2), 10 * i as i64));
            let a = self.add(
                date,
                format!("梳理{unit}岗位廉政风险点{q}个"),
                &["t2-07"],
                unit,
            );
            a.quantity = q;
        }

        let measures = [4, 4, 4, 4, 4, 4, 4, 3, 4];
        for (i, &q) in measures.iter().enumerate() {
            let unit = UNITS[i % UNITS.len()];
            let date = workday(shift(ymd(self.year, 4, 13), 30 * i as i64));
            let a = self.add(
                date,
                format!("制定{unit}廉政风险防控措施{q}条"),
                &["t2-08"],
                unit,
            );
            a.quantity = q;
        }

        for q in 1..=4u32 {
            let date = self.in_month(q * 3, 24, 28);
            let title = format!("开展第{}季度“季度评先”评选", QUARTERS[q as usize - 1]);
            let a = self.add(date, title, &["t2-09"], "人事处");
            a.people = vec![secretary()];
        }

        let date = self.in_month(12, 28, 30);
        let title = format!("开展{}年度考核“年度总评”", self.year);
        let a = self.add(date, title, &["t2-10"], "人事处");
        a.people = vec![secretary()];
    }

    /// Section （三）: 专题调研 led by 处室 and the 群众诉求 mechanism.
    pub(super) fn service(&mut self) {
        // 专题调研 led by 处室, beside the 班子成员's reports.
        let surveys: [(&'static str, u32, u32); 6] = [
            ("秘书一处", 2, 26),
            ("督查室", 4, 8),
            ("政务服务科", 6, 24),
            ("秘书二处", 8, 19),
            ("信息中心", 10, 14),
            ("人事处", 12, 9),
        ];
        for (i, &(unit, month, day)) in surveys.iter().enumerate() {
            let subject = SURVEYS[10 + i];
            let date = workday(ymd(self.year, month, day));
            self.add(
                date,
                format!("{unit}完成“{subject}”专题调研"),
                &["t3-01"],
                unit,
            );
        }

        let date = self.in_month(5, 18, 22);
        let a = self.add(
            date,
            "建立群众诉求快速响应机制，整合市长热线、政务平台等渠道".into(),
            &["t3-03"],
            "政务服务科",
        );
        a.people = vec![LEADERS[2].0];
    }

    /// Section （四）: cadres on rotation, 业务骨干, the innovation award,
    /// suggestions and projects.
    pub(super) fn reform(&mut self) {
        let trainees: [(u32, u32); 4] = [(3, 2), (6, 3), (9, 2), (12, 3)];
        for &(month, q) in &trainees {
            let date = self.in_month(month, 2, 10);
            let unit = self.pick(&UNITS, UNITS[0]);
            let a = self.add(
                date,
                format!("安排{q}名年轻干部到{unit}跨科室锻炼"),
                &["t4-02"],
                "人事处",
            );
            a.quantity = q;
        }

        let picked: [(u32, u32); 3] = [(2, 2), (5, 1), (8, 2)];
        for (i, &(month, q)) in picked.iter().enumerate() {
            let date = self.in_month(month, 10, 20);
            let task = SPECIAL_TASKS[i % SPECIAL_TASKS.len()];
            let a = self.add(
                date,
                format!("选派{q}名业务骨干参与{task}专项工作"),
                &["t4-03"],
                "人事处",
            );
            a.quantity = q;
        }

        let date = self.in_month(3, 16, 20);
        self.add(
            date,
            "印发《“创新成果奖”评选办法》，设立“创新成果奖”".into(),
            &["t4-04"],
            "人事处",
        );

        for (k, date) in paced(self.year, 50, 105).into_iter().enumerate() {
            let unit = self.pick(&UNITS, UNITS[0]);
            let idea = IDEAS[k % IDEAS.len()];
            self.add(
                date,
                format!("{unit}提出创新建议：{idea}"),
                &["t4-05"],
                "综合处",
            );
        }

        let projects: [(u32, u32); 9] = [
            (4, 20),
            (5, 25),
            (6, 22),
            (7, 20),
            (8, 24),
            (9, 21),
            (10, 26),
            (11, 16),
            (12, 14),
        ];
        for (k, &(month, day)) in projects.iter().enumerate() {
            let date = workday(ymd(self.year, month, day));
            let lead = if k % 2 == 0 {
                "信息中心"
            } else {
                "综合处"
            };
            self.add(
                date,
                format!("落地实施优秀项目：{}", PROJECTS[k]),
                &["t4-06"],
                lead,
            );
        }
    }
}
