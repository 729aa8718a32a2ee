//! The plan-text extractor on the failure classes of plans from any
//! office, each on sentences of the published texts of the tuned set
//! (tests/fixtures/plans/, sources in SOURCES.md): reports that are not
//! plans, list sizes and breakdowns, levels of money and amounts, rates
//! that share a figure, and figures without a subject of their own.

use luoshi::intake::{extract, figure, Period, Why};

/// Each proposal of `input` as "figure | title".
fn check(input: &str, expected: &[&str]) {
    let ex = extract(input, Period::year(2027).expect("year"));
    let got: Vec<String> = ex
        .proposals()
        .map(|p| format!("{} | {}", figure(&p.kind), p.title))
        .collect();
    assert_eq!(got, expected, "{input}");
}

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/plans/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Reports on a plan, meetings and notices propose nothing: a 政策解读
/// (高唐县), a 督查 report (金寨县), a 督查室 notice (a district's 惠民实事),
/// a group's 推进会 and a company's meeting relaying its group's.
#[test]
fn class_not_plan_reports_propose_nothing() {
    for name in [
        "tuned-gaotang-2024-jiedu",
        "tuned-jinzhai-2025-ducha",
        "tuned-chengxiang-2020-ducha",
        "tuned-soe-2024-tuijin",
        "tuned-cehui-2025-chuanda",
    ] {
        let ex = extract(&fixture(name), Period::year(2027).expect("year"));
        let got: Vec<String> = ex.proposals().map(|p| p.title.clone()).collect();
        assert!(got.is_empty(), "{name}: {got:?}");
    }
    // 印发了, 已按计划完成: the perfect narrates, it does not commit.
    check(
        "2024年3月28日，高唐县人民政府印发了《2024年政府工作报告目标任务分工方案》的通知。",
        &[],
    );
    check(
        "目前，已按计划完成25项，其余重点工作任务均在有序推进中。",
        &[],
    );
    // 当前 is not a deadline's 前: the meeting on 1月23日 was held.
    check(
        "1月23日，某公司召开专题会议，深入分析公司当前面临形势及对策，部署2025年重点工作。",
        &[],
    );
    // A clause that announces what follows is not a commitment.
    check("现就全区2023年重点工作，制定分工方案如下。", &[]);
}

/// The size or tally of the plan's own items, the parts of a whole and a
/// breakdown in a parenthesis are not counts (金寨县, a district's 惠民实事,
/// 金华市, 高唐县, 三明市, a school's 教研 plan, a sub-district's plan).
#[test]
fn class_not_plan_list_sizes_and_breakdowns() {
    check(
        "2025年《政府工作报告》明确145项目标任务，经主办单位分解报分管领导审定细化为222个具体工作内容。",
        &[],
    );
    check(
        "今年，区委区政府共兴办17件惠民实事项目（含25个子项目）。",
        &[],
    );
    check("统筹推进三个“一号工程”、“十项重大工程”。", &[]);
    check(
        "分为“类别、任务内容、牵头领导、责任单位4个方面的内容，共149项。",
        &[],
    );
    check(
        "本学期学习内容分为学校推荐必读学习文章和教师自选文章两部分。",
        &[],
    );
    check(
        "全市整治125个村庄（包括63个省级补助村、62个市县级补助村），树立美丽乡村示范村12个。",
        &[
            "count 125 | 全市整治125个村庄",
            "count 12 | 树立美丽乡村示范村12个",
        ],
    );
    check(
        "明确网格内党建、民生、安全等7大类32项职责，全年解决网格内民生问题500件以上。",
        &["count 500 | 全年解决网格内民生问题500件以上"],
    );
}

/// Where the work is done and who gains are not how much is done; 10万
/// 平方米 is 100000; a fractional length is a line to reach; a figure
/// followed by 的 after a verb of doing is counted (涉县 十件民生实事).
#[test]
fn class_pair_places_ten_thousands_and_lengths() {
    check(
        "在17个乡镇（街道办）硬化道路10万平方米并安装太阳能路灯1000盏，惠及17个乡镇（街道办）。",
        &[
            "count 100000 | 在17个乡镇（街道办）硬化道路10万平方米",
            "count 1000 | 安装太阳能路灯1000盏",
        ],
    );
    check(
        "维修更换农村37处的机泵、阀门，有效改善9万人口的饮水安全问题。",
        &["count 37 | 维修更换农村37处的机泵"],
    );
    check(
        "在39个村改造升级10千伏线路16.66公里、0.4千伏线路200公里，新增、改造配变56台。",
        &[
            "threshold >=16.66 | 在39个村改造升级10千伏线路16.66公里",
            "count 200 | 0.4千伏线路200公里",
            "count 56 | 新增、改造配变56台",
        ],
    );
    check(
        "铺设将军大道供热主管网，全长约4.3公里。",
        &["threshold >=4.3 | 铺设将军大道供热主管网全长约4.3公里"],
    );
}

/// Sums of money are levels; a growth or sum without a subject takes the
/// clause before's; 4‰ is a rate; a price rise is kept under its line
/// (a township's 2015 plan, 金华市, 三明市).
#[test]
fn class_level_money_growth_and_rates() {
    check(
        "全乡农村经济总收入完成5.6亿元，同比增长10%；人口自然增长率控制在4‰以内。",
        &[
            "threshold >=5.6 | 全乡农村经济总收入完成5.6亿元",
            "improvement higher 10 | 全乡农村经济总收入同比增长10%",
            "threshold <=4 | 人口自然增长率控制在4‰以内",
        ],
    );
    check(
        "居民消费价格指数涨幅3%左右；研发投入强度达到2.9%以上。",
        &[
            "threshold <=3 | 居民消费价格指数涨幅3%左右",
            "threshold >=2.9 | 研发投入强度达到2.9%以上",
        ],
    );
    check(
        "2018年，完成投资力争超过145亿元；开展农村人居环境整治，完成投资25亿元。",
        &[
            "threshold >=145 | 2018年完成投资力争超过145亿元",
            "threshold >=25 | 开展农村人居环境整治完成投资25亿元",
        ],
    );
    // 控制在, 保持在: a level's verb before the figure, not a place.
    check(
        "党员活动参与率要保持在85%以上。城镇调查失业率控制在5%以内。",
        &[
            "ratio 85 | 党员活动参与率要保持在85%以上",
            "threshold <=5 | 城镇调查失业率控制在5%以内",
        ],
    );
}

/// Rates joined by 、 share their figure, one target each; a figure inside
/// a rate's subject qualifies it (计划免疫自查方案); a teacher's share
/// followed by 的 is each teacher's (a school's 教研 plan).
#[test]
fn class_pair_rates_sharing_a_figure_and_per_person() {
    check(
        "以街（镇）为单位12月龄儿童建卡、建证率均要求达98%以上。",
        &[
            "threshold >=98 | 以街（镇）为单位12月龄儿童建卡率均要求达98%以上",
            "threshold >=98 | 以街（镇）为单位12月龄儿童建证率均要求达98%以上",
        ],
    );
    check(
        "确保首针24小时及时接种率达90%以上。",
        &["threshold >=90 | 首针24小时及时接种率达90%以上"],
    );
    check(
        "每一个教师一学期要写5000字的学习笔记。",
        &["per_person 5000 | 教师一学期要写5000字的学习笔记"],
    );
}

/// News of work done, opened by a news mark with no plan adopted, proposes
/// nothing and says why for each sentence with a number (三明日报 on
/// 建设镇, 甘州融媒 on 沙井镇); a headline of progress (稳步推进) does the
/// same (周家镇). News that a plan was adopted (出炉, 票选) still carries it
/// (涉县 十件民生实事).
#[test]
fn class_not_plan_news_of_work_done_says_why() {
    for name in [
        "tuned-jianshe-2012-xiaochengzhen",
        "tuned-shajing-xiangmu-news",
        "tuned-zhoujia-xiangmu-jinzhan",
    ] {
        let ex = extract(&fixture(name), Period::year(2027).expect("year"));
        let got: Vec<String> = ex.proposals().map(|p| p.title.clone()).collect();
        assert!(got.is_empty(), "{name}: {got:?}");
        assert!(!ex.unmatched.is_empty(), "{name}: no sentence kept");
        assert!(
            ex.unmatched
                .iter()
                .all(|u| matches!(u.why, Why::Report | Why::Meeting | Why::PastResult)),
            "{name}: {:?}",
            ex.unmatched
        );
    }
    let ex = extract(
        &fixture("tuned-jianshe-2012-xiaochengzhen"),
        Period::year(2027).expect("year"),
    );
    assert!(ex.unmatched.iter().any(|u| u.why == Why::Report));
    let ex = extract(
        &fixture("tuned-shexian-2025-shishi"),
        Period::year(2027).expect("year"),
    );
    assert!(ex.proposals().count() >= 10);
}

/// A progress report (今年1至6月…, 1-6月…, 截至9月底…) and the headline of a
/// meeting held (…党委召开…述职评议会) propose nothing: 丹棱县's half-year
/// news, 二九三大队's and a school's 述职 meetings.
#[test]
fn class_not_plan_progress_spans_and_meeting_headlines() {
    for name in [
        "tuned-danling-2019-banian",
        "tuned-gh293-2021-shuzhi",
        "tuned-school-2021-shuangshu",
        "tuned-huichang-2023-10-tongbao",
        "tuned-xiaoxian-2025-09-jinzhan",
    ] {
        let ex = extract(&fixture(name), Period::year(2027).expect("year"));
        let got: Vec<String> = ex.proposals().map(|p| p.title.clone()).collect();
        assert!(got.is_empty(), "{name}: {got:?}");
    }
    check(
        "今年1至6月，丹棱民生工程项目112个小项，全面完成全年目标任务的有46项。",
        &[],
    );
    check(
        "1-6月，民生工程资金到位4978.82万元，预算执行进度47.06%。",
        &[],
    );
    // A plan's own date is not a span already past.
    check(
        "6月底前完成专项督查2次。",
        &["count 2 | 6月底前完成专项督查2次"],
    );
}
