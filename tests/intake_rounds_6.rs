//! The plan-text extractor on the failure classes met in the sixth round
//! of published texts (tests/fixtures/plans/, sources in SOURCES.md),
//! each on a text of the tuned set: a summary titled before its plan,
//! dates that are forecasts or slogans, haste and the work itself as no
//! deliverable, calls for proposals and inspections as news, projects
//! carried out in a list, names by their length, and a task breakdown
//! whose units line follows a new heading.

mod plan_texts;
use plan_texts::{figures, fixture, proposals};

/// 2025年中心医院工作总结及2026年工作计划 (max.book118.com): the title
/// names the summary first, so the text opens on results (全年门急诊量达
/// 182.6万人次); a heading of the coming work opens the plan.
#[test]
fn class_not_plan_summary_titled_before_its_plan() {
    let text = fixture("tuned-zhongxin-yiyuan-2025-zongjie");
    assert!(proposals(&text).is_empty(), "{:?}", proposals(&text));
    let with_plan = format!("{text}\n二、2026年工作计划\n全年开展义诊活动不少于12次。\n");
    assert_eq!(figures(&with_plan), vec!["count 12".to_string()]);
    // A summary's own headings may hold a plan's word (二、创新思路，努力推进
    // “三农”工作): they do not open the plan. 乡镇政府…下半年工作总结及年末工作
    // 计划 (haozongjie.com) and two more summaries titled before their plans.
    for name in [
        "tuned-xiangzhen-xiabannian-zongjie",
        "tuned-xiangzhen-zongjie-silu",
        "tuned-yexi-2010-zongjie",
    ] {
        let got = proposals(&fixture(name));
        assert!(got.is_empty(), "{name}: {got:?}");
    }
}

/// 雨花街道's online 督查 (yhrd.cn): 预计9月底可以完工 is a forecast, and
/// the clauses after it (概算文本已上报) take no date from it; 新河街道's
/// 该项目预计2026年建成投用 likewise. A date set is still a deadline.
#[test]
fn class_date_binding_forecasts_are_no_deadlines() {
    let text = fixture("tuned-yuhua-2020-yunducha");
    assert!(proposals(&text).is_empty(), "{:?}", proposals(&text));
    assert!(figures("该项目预计2026年建成投用。").is_empty());
    assert_eq!(
        figures("该项目年底前建成投用。"),
        vec!["milestone 12-31".to_string()]
    );
}

/// 杭州市人民政府办公厅's and 许昌市人民政府's notices: 第一时间制定…计划
/// 方案 and 尽快制定具体落实方案 set no date; 2020年是…收官之年 says what the
/// year is; 全面完成年度任务 is the work itself. 兴庆区's notice quotes its
/// principle “年初公布、年中检查、年底兑现” — a slogan, not a deadline —
/// and cites the 实事 list it does not hold.
#[test]
fn class_not_plan_notices_haste_slogans_and_the_work_itself() {
    for name in ["tuned-hangzhou-2020-fenjie", "tuned-xingqing-2018-tongzhi"] {
        let got = proposals(&fixture(name));
        assert!(got.is_empty(), "{name}: {got:?}");
    }
    assert!(figures("各责任单位要尽快制定具体落实方案。").is_empty());
    assert_eq!(
        figures("各责任单位要于6月底前制定具体落实方案。"),
        vec!["milestone 06-30".to_string()]
    );
    assert!(figures("年底前，开展综合督查，确保全面完成年度任务。")
        .iter()
        .all(|f| f == "milestone 12-31"));
    assert_eq!(
        figures("年底前，开展综合督查，确保全面完成年度任务。").len(),
        1
    );
}

/// 许昌市人民政府's 2020 task breakdown: the notice proposes, the first
/// heading's first item does not, and its 责任单位 line must name no line
/// of the section before (it panicked). The notice's quarterly 督查 and
/// its year-end 综合督查 are read.
#[test]
fn class_table_text_units_line_under_a_new_heading() {
    let got = proposals(&fixture("tuned-xuchang-2020-fenjie"));
    assert!(
        got.iter()
            .any(|p| p.starts_with("cadence quarter 1 |") && p.contains("督查汇总")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|p| p.starts_with("milestone 12-31 |") && p.contains("综合督查")),
        "{got:?}"
    );
    assert!(!got.iter().any(|p| p.contains("落实方案")), "{got:?}");
}

/// 胥口镇's call for 2025 民生实事 proposals (现面向社会公开征集…): its window
/// and its requirements (当年实施、当年完成) are the public's; and 醪桥镇人大's
/// inspection (11月7日，…组织…人大代表40余人…进行实地视察) is that day's news.
#[test]
fn class_not_plan_calls_and_inspections() {
    for name in ["tuned-xukou-2025-zhengji", "tuned-laoqiao-2024-shicha"] {
        let got = proposals(&fixture(name));
        assert!(got.is_empty(), "{name}: {got:?}");
    }
    // A planned inspection, with no day of its own, is still counted.
    assert_eq!(
        figures("每季度组织人大代表开展视察活动不少于1次。").len(),
        1
    );
}

/// 新河街道确定2025年民生实事项目 (chujupifa.com): 二是推进…综合环境整治工程
/// and …小区将实施外墙防水改造…及楼体粉刷工程 carry out projects the list
/// names, as do 四是对…便道进行标准化提升 and 五是在…安装健身器材 (items that
/// open on the work done to a thing); 中梁山街道将实施十件民生实事项目 sizes
/// the list and is none.
#[test]
fn class_projects_carried_out_in_a_list() {
    let got = proposals(&fixture("tuned-xinhe-2025-shishi"));
    for phrase in [
        "综合环境整治",
        "外墙防水",
        "农产品交易中心",
        "便道",
        "健身器材",
    ] {
        assert!(
            got.iter()
                .any(|p| p.starts_with("milestone 12-31 |") && p.contains(phrase)),
            "{phrase}: {got:?}"
        );
    }
    assert!(got.iter().any(|p| p.starts_with("range 3-5 |")), "{got:?}");
    // 涵盖基础设施建设、…等领域 names the fields the list covers; the
    // meeting that adopted the list (组织召开…会商会议，最终确定…) is its story.
    assert!(!got.iter().any(|p| p.contains("涵盖")), "{got:?}");
    assert!(!got.iter().any(|p| p.contains("会商会议")), "{got:?}");
    let list = "2024年民生实事项目\n2024年，街道将实施十件民生实事项目。";
    assert!(proposals(list).is_empty(), "{:?}", proposals(list));
}

/// 2026年春季学期学校工作计划 (renrendoc.com): “巩固、深化、突破”六字方针 is a
/// name; the teachers' share that reaches the standard is a level. 静安区's
/// notice, whose title is longer than a line, proposes nothing.
#[test]
fn class_level_names_by_length_and_long_titles() {
    let got = proposals(&fixture("tuned-school-2026-shenggeng"));
    assert!(!got.iter().any(|p| p.contains("六字")), "{got:?}");
    assert!(
        got.iter()
            .any(|p| p.starts_with("threshold >=90 |") && p.contains("达标率")),
        "{got:?}"
    );
    let got = proposals(&fixture("tuned-jingan-2018-xingdong"));
    assert!(got.is_empty(), "{got:?}");
}

/// 沁县人民政府办公室's notice issuing its 2025 task breakdowns
/// (m.ltwz.net): 涉及34个牵头单位 is the scope of a list, the attachments'
/// titles (2.2025年十五件民盼实事任务分解) are names, “月度盘点+季度研判” names
/// two cadences, and a meeting put ahead (县政府领导将定期召开专题会议听取落实
/// 情况) is planned, not reported. The list's items are read.
#[test]
fn class_table_text_a_notice_and_its_task_list() {
    let got = proposals(&fixture("tuned-qinxian-2025-fenjie"));
    assert!(!got.iter().any(|p| p.contains("涉及")), "{got:?}");
    assert!(!got.iter().any(|p| p.contains("民盼实事")), "{got:?}");
    for want in [
        "cadence month 1 | 月度盘点",
        "cadence quarter 1 | 季度研判",
        "count 3 | 建设3个劳动密集型产业园",
    ] {
        assert!(got.iter().any(|p| p.starts_with(want)), "{want}: {got:?}");
    }
    // 每季度末向市政府报告 is once a quarter, at its end; 年底前向市政府报告…
    // is due at the year's end (许昌市人民政府's 2020 notice).
    let got = proposals(&fixture("tuned-xuchang-2020-fenjie"));
    assert!(
        got.iter()
            .any(|p| p.starts_with("cadence quarter 1 |") && p.contains("进展情况")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .any(|p| p.starts_with("milestone 12-31 |") && p.contains("全年落实情况")),
        "{got:?}"
    );
    // The same meeting, reported, is still news.
    assert!(figures("会议听取了各单位落实情况汇报，部署月度盘点、季度研判工作。").is_empty());
}

/// News of inspections and progress, each from the tuned set: 舞钢市人大's
/// headline …进行专项视察 stands before 5月16日，… and is whole; 锡山区人大's
/// …进度情况督查 likewise, and its 确保各项目标任务如期完成 is the work
/// itself; 宝安区's 记者昨日从宝安区获悉 marks news; 高港's article, its
/// caption one character a line, opens on 据了解; a 浏阳 office's
/// …完成情况公示如下 opens a report and its table proposes nothing.
#[test]
fn class_not_plan_inspections_progress_and_completion() {
    for name in [
        "tuned-wugang-2025-shicha",
        "tuned-xishan-2024-rd-ducha",
        "tuned-baoan-2012-shicha",
        "tuned-gaogang-shishi-jinzhan",
        "tuned-liuyang-2024-wancheng",
        "tuned-meixian-2023-diaoyan",
        "tuned-chanhe-2020-tuijinhui",
        "tuned-huangshi-2023-jinzhan",
    ] {
        let got = proposals(&fixture(name));
        assert!(got.is_empty(), "{name}: {got:?}");
    }
    // The work itself gives nothing; a deliverable beside it is read.
    assert_eq!(
        figures("年底前建成社区服务中心2个，确保各项目标任务如期完成。"),
        vec!["count 2".to_string()]
    );
}

/// 濮阳 示范区督查办 (为全面掌握…，6月20日，…开展督查), 西秀区 (…于2019年6月13日
/// 上午9:00赴西秀区开展…督查) and 大连本地宝's …最新进展（4月）: an inspection
/// on a day a clause opens on or named with its time, and a title whose
/// head is 进展, tell what happened.
#[test]
fn class_not_plan_inspection_days_and_progress_titles() {
    for name in [
        "tuned-pydc-2017-ducha",
        "tuned-xixiu-2019-ducha",
        "tuned-dalian-2023-jinzhan",
    ] {
        let got = proposals(&fixture(name));
        assert!(got.is_empty(), "{name}: {got:?}");
    }
    // An inspection a plan sets, by a deadline, is still read.
    assert_eq!(
        figures("为推进项目建设，6月20日前完成专项督查。"),
        vec!["milestone 06-20".to_string()]
    );
}

/// 南方财经's news of 健康杭州三年行动计划 (002121.zt1388.com): 10月30日电 is a
/// dateline, 印发…的通知 the notice that carries the plan, 二次供水 a term,
/// 健康中国示范区目标基本实现 an aspiration; 99.93% has a decimal part and
/// is no code: each rate of the pair is read.
#[test]
fn class_level_datelines_terms_and_two_decimals() {
    let got = proposals(&fixture("tuned-hangzhou-2023-jiankang"));
    assert_eq!(
        got.iter()
            .map(|p| p.split(" | ").next().unwrap_or("").to_string())
            .collect::<Vec<_>>(),
        vec![
            "threshold >=99.93".to_string(),
            "threshold >=96".to_string()
        ],
        "{got:?}"
    );
    // A hotline is still no figure.
    assert!(figures("服务热线12345全天受理。").is_empty());
}

/// 《祖国》's report of the 2025 政府工作报告 (zgzzs.com.cn): the review of
/// 2024 gives nothing; of the 预期目标, 城镇调查失业率 5.5%左右 is a rate of
/// harm kept under its line, as 居民消费价格涨幅 2%左右 is.
#[test]
fn class_level_rates_of_harm_kept_under() {
    assert_eq!(
        proposals(&fixture("tuned-zuguo-2025-zhengfu-baogao"))
            .iter()
            .map(|p| p.split(" | ").next().unwrap_or("").to_string())
            .collect::<Vec<_>>(),
        vec![
            "improvement higher 5".to_string(),
            "threshold <=5.5".to_string(),
            "count 12000000".to_string(),
            "threshold <=2".to_string(),
        ]
    );
    // A rate of good stays a floor.
    assert_eq!(
        figures("就业率95%左右。"),
        vec!["threshold >=95".to_string()]
    );
}

/// 海门 教育体育局2020年为民办实事 (hm.nantong.gov.cn): 实施校舍安全工程 frames
/// the figures that follow it (完成加固校舍3.03万平方米…) and is no project of
/// its own; 第一中学创建为四星级高中 is a deliverable, and 实现高品质高中全覆盖
/// after it is its result.
#[test]
fn class_projects_frames_and_results() {
    let got = proposals(&fixture("tuned-haimen-2020-jiaoyu-shishi"));
    assert!(!got.iter().any(|p| p.contains("校舍安全工程")), "{got:?}");
    assert!(!got.iter().any(|p| p.contains("全覆盖")), "{got:?}");
    assert!(
        got.iter()
            .any(|p| p.starts_with("milestone 12-31 |") && p.contains("四星级高中")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|p| p.starts_with("count 30300 |")),
        "{got:?}"
    );
    assert_eq!(got.len(), 11, "{got:?}");
}
