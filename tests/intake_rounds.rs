//! The plan-text extractor on the failure classes of plans from any
//! office, each on sentences of the published texts of the tuned set
//! (tests/fixtures/plans/, sources in SOURCES.md): reports that are not
//! plans, list sizes and breakdowns, levels of money and amounts, rates
//! that share a figure, and figures without a subject of their own.

use luoshi::intake::{extract, figure, Period, Why};

mod plan_texts;
use plan_texts::fixture;

/// Each proposal of `input` as "figure | title".
fn check(input: &str, expected: &[&str]) {
    let ex = extract(input, Period::year(2027).expect("year"));
    let got: Vec<String> = ex
        .proposals()
        .map(|p| format!("{} | {}", figure(&p.kind), p.title))
        .collect();
    assert_eq!(got, expected, "{input}");
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
        // 前三季度…加快推进: a headline opening on the quarters past.
        "tuned-gangcheng-2025-sanjidu",
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

/// News that a plan was issued (近日…印发, 某局近日印发…) carries the
/// plan's targets, but the issuing is done, not a target; a sentence that
/// opens on 其中 breaks the figure before into its parts (a city postal
/// bureau's and a provincial postal bureau's news, tuned with round 3).
#[test]
fn class_not_plan_news_of_a_plan_issued() {
    let ex = extract(
        &fixture("tuned-henan-2023-xiangcun"),
        Period::year(2027).expect("year"),
    );
    let got: Vec<String> = ex
        .proposals()
        .map(|p| format!("{} | {}", figure(&p.kind), p.title))
        .collect();
    assert_eq!(got, ["threshold >=75 | 实现农村寄递物流驻点率达到75%"]);
    check(
        "近日,河南省许昌市政府办公室印发市2023年重点民生实事考核办法,农村寄递物流体系建设被纳入市重点民生实事考核内容,市邮政管理局作为牵头部门负责组织实施。",
        &[],
    );
    check(
        "其中,禹州市468个,长葛市256个,鄢陵县266个,襄城县323个,建安区287个。",
        &[],
    );
    // A deadline's 日前 is no news word.
    check(
        "3月31日前召开专题会议1次。",
        &["count 1 | 3月31日前召开专题会议1次"],
    );
}

/// A date stated by an event's clause is the event's; the clauses after it
/// that state none are its details, not more events of that date (a
/// school's 春季学期 plan). Whose good a verb raises (提高…4万户居民的
/// 供热安全) is no count of work done (涉县 十件民生实事).
#[test]
fn class_date_binding_details_and_beneficiaries() {
    check(
        "6月启动“成长感恩月”,针对六年级开展“我的校园记忆”手账展、“给一年级学弟学妹的一封信”活动,低年级则通过“我为妈妈做件事”“感恩师长微行动”强化情感教育。",
        &["milestone 06-30 | 6月启动“成长感恩月”"],
    );
    check(
        "铺设将军大道(龙山电厂-状元街段)供热主管网,全长约4.3公里,有效提高城区4万户用热居民的供热安全。",
        &["threshold >=4.3 | 铺设将军大道（龙山电厂-状元街段）供热主管网全长约4.3公里"],
    );
}

/// Sentences written for the rules below, in the words plans of libraries,
/// societies and federations use (the published texts that exercise them
/// are in the held-out set, read only through its figures): one holding
/// of an event (举办一次…, …培训班一期), a quarter named by its ordinal, 组织
/// as a dated verb, ten thousand of any measure, a modifier's list (…等
/// 功能的…), the noun of the first of two figures, and a review's heading
/// on a line of its own.
#[test]
fn class_events_quarters_and_bare_headings() {
    check(
        "组织举办一次党建工作专题讨论会。",
        &["count 1 | 组织举办一次党建工作专题讨论会"],
    );
    check(
        "举办全市档案馆馆长培训班一期。",
        &["count 1 | 举办全市档案馆馆长培训班一期"],
    );
    check("实行一次性告知制度。", &[]);
    check(
        "在第一季度召开工作推进会议，讨论部署全年工作安排。",
        &["milestone 03-31 | 在第一季度召开工作推进会议"],
    );
    check(
        "下半年组织乡镇干部外出考察学习。",
        &["milestone 12-31 | 下半年组织乡镇干部外出考察学习"],
    );
    check(
        "6月底前完成党组织换届。",
        &["milestone 06-30 | 6月底前完成党组织换届"],
    );
    check(
        "拟新建各级“文明家庭”5万户。",
        &["count 50000 | 拟新建各级“文明家庭”5万户"],
    );
    check(
        "在全市建设80个具有综合服务、文化活动等功能的“邻里”驿站。",
        &["count 80 | 在全市建设80个具有综合服务、文化活动等功能的“邻里”驿站"],
    );
    check(
        "拟进入全市300个小区开展宣传活动600场。",
        &[
            "count 300 | 拟进入全市300个小区",
            "count 600 | 开展宣传活动600场",
        ],
    );
    check(
        "某局工作计划\n2026年工作回顾\n全年共受理各类信访件1200件，办结率98%。\n2027年工作目标\n全年办结率达到99%以上。",
        &["ratio 99 | 全年办结率达到99%以上"],
    );
}

/// A project's size (总投资, 占地) describes the project, it is no figure to
/// reach; an amount planned for the year is (三明日报 on 建设镇, tuned).
#[test]
fn class_level_project_sizes_are_descriptions() {
    check(
        "设镇小城镇建设在建重点项目共22项,项目总投资23.3亿元,年度计划投资4.59亿元。",
        &["threshold >=4.59 | 年度计划投资4.59亿元"],
    );
}

/// Plans of the smallest health services (a community's 健康监测 plan, a
/// village clinic's 慢性病 plan, tuned with round 3): a survey's 满意度 is
/// a level, not a ratio of two counts; a rate's rise against a year it
/// names is an improvement; 较去年 compares, it does not report; a floor
/// said of the people the work is done to counts them; an age (35岁以上)
/// and a figure inside a share's subject (每一年最少测1次…的比例) say who.
#[test]
fn class_level_health_service_rates() {
    check(
        "重点疾病(高血压、糖尿病、脑卒中、认知障碍等)控制达标率较2025年提高5%,居民健康满意度≥92%。",
        &[
            "improvement higher 5 | 重点疾病（高血压、糖尿病、脑卒中、认知障碍等）控制达标率较2025年提高5%",
            "threshold >=92 | 居民健康满意度≥92%",
        ],
    );
    check(
        "控制达标率较去年提高5%。",
        &["improvement higher 5 | 控制达标率较去年提高5%"],
    );
    check(
        "2、对最少700名以上的患者进行规范化管理,其血压控制率≥60%;",
        &[
            "count 700 | 对最少700名以上的患者进行规范化管理",
            "threshold >=60 | 其血压控制率≥60%",
        ],
    );
    check(
        "6、35岁以上居民每一年最少测1次血压的比例达60%;",
        &["threshold >=60 | 35岁以上居民每一年最少测1次血压的比例达60%"],
    );
}

/// A 人大's vote on a list of 民生实事 (仁化县, 南昌市, tuned with round 3):
/// what was done at the meeting (到会的174名代表…票决, 8个项目被确定) is news
/// of the day; a phase in its own parenthesis (（三期）) is a name; each
/// project a line carries out (实施…工程) is a commitment; 完成1000个…任务 is
/// work counted, not a list's size; 分别为A、B… names what was chosen.
#[test]
fn class_not_plan_votes_on_project_lists() {
    let ex = extract(
        &fixture("tuned-renhua-2025-shishi"),
        Period::year(2027).expect("year"),
    );
    let got: Vec<String> = ex
        .proposals()
        .map(|p| format!("{} | {}", figure(&p.kind), p.title))
        .collect();
    assert_eq!(
        got,
        [
            "milestone 12-31 | 完成城镇老旧小区改造项目（三期）",
            "milestone 12-31 | 完成城市管网基础设施提升改造项目",
            "milestone 12-31 | 启动塘村引水渠更新改造项目",
            "milestone 12-31 | 完成丹霞街道雨污分流基础配套设施项目建设",
            "milestone 12-31 | 省道S246线康溪至大岭段改线工程建成通车",
            "threshold >=51.5 | 实施51.5公里“四好农村路”提档升级",
            "milestone 12-31 | 实施农村生活污水改造提升工程",
            "milestone 12-31 | 实施第三批仁化县典型镇村建设项目",
        ]
    );
    check(
        "(2)新农村建设完成1000个左右新农村点整治任务。",
        &["count 1000 | 新农村建设完成1000个左右新农村点整治任务"],
    );
    check(
        "5月11日,2020年度南昌市民生实事项目票决结果公布,分别为南昌市市民中心建设工程、2020年度新农村建设、老旧小区改造工程。",
        &[],
    );
}

/// A progress report in prose (a city's key projects to October, tuned
/// with round 4): a sentence that measures what was done in a span already
/// past against the year's plan (1-10月…占年度投资计划的97.2%) makes the
/// text a report, and the frame before it (今年安排…444项, 年度投资计划
/// 647.4亿元) proposes nothing; each of its sentences says why.
#[test]
fn class_not_plan_progress_in_prose() {
    for name in [
        "tuned-jiangmen-zhongdian-jinzhan",
        "tuned-hanzhong-2018-qianbayue",
    ] {
        let ex = extract(&fixture(name), Period::year(2027).expect("year"));
        let got: Vec<String> = ex.proposals().map(|p| p.title.clone()).collect();
        assert!(got.is_empty(), "{name}: {got:?}");
        assert!(
            ex.unmatched.iter().all(|u| u.why == Why::Report),
            "{name}: {:?}",
            ex.unmatched
        );
    }
    // The same frame in a plan, with no progress measured, is a plan.
    check(
        "今年安排重点项目10项，年度计划投资20亿元以上。",
        &[
            "count 10 | 今年安排重点项目10项",
            "threshold >=20 | 年度计划投资20亿元以上",
        ],
    );
}

/// A semester's teaching-research plan (a primary school's, tuned): what
/// each teacher writes is named in one sentence (要求每位教师…写教学反思)
/// and counted in the next with no subject of its own (每周至少1篇，每学期
/// 不少于15篇). The figures are each teacher's; the weekly pace is the
/// rhythm of the semester's total, not a target of its own; and in a plan
/// of 本学期 the semester is the plan's period, not folded into a year.
#[test]
fn class_per_person_carried_to_the_next_sentence() {
    check(
        "本学期要求每位教师写教学反思。每周至少1篇，每学期不少于15篇。",
        &["per_person 15 | 本学期要求每位教师写教学反思，每学期不少于15篇"],
    );
    // Without 本学期 a semester is half of the year read: folded.
    check(
        "要求每位教师写教学反思。每学期不少于15篇。",
        &["per_person 30 | 要求每位教师写教学反思，每学期不少于15篇"],
    );
    // A sentence with its own subject is not the teachers'.
    check(
        "要求每位教师写教学反思。学校每月至少开展1次教研活动。",
        &["cadence month 1 | 学校每月至少开展1次教研活动"],
    );
}

/// A city's 民生实事 voted by its 人大 (南昌市, tuned with round 3), read
/// again: the perfect of a breakdown that opens on 其中 (其中，遴选了12件…)
/// is the breakdown's, and the total before it stays a commitment; an item
/// of the list numbered inline with no figure (（11）市图书馆延长…) is a
/// commitment for the period, as its neighbours with figures are targets.
#[test]
fn class_pair_breakdown_and_inline_items() {
    check(
        "2020年，南昌市积极筹集各类资金550亿元以上，实施100件左右的民生实事，其中，遴选了12件提请人大代表票决候选项目。",
        &["threshold >=550 | 南昌市积极筹集各类资金550亿元以上"],
    );
    // Without 其中 the whole sentence narrates.
    check("2020年，南昌市筹集了各类资金550亿元。", &[]);
    check(
        "某市十大民生实事项目票决结果公布\n（10）新建公厕326座。（11）市图书馆延长免费开放时间。",
        &[
            "count 326 | 新建公厕326座",
            "milestone 12-31 | 市图书馆延长免费开放时间",
        ],
    );
    // Outside a list of projects an inline item with no figure is no target.
    check("（11）市图书馆延长免费开放时间。", &[]);
}

/// A township's teaching-routine rules for its schools (tuned with round
/// 4): each leader's floor of lessons attended (每学期校长不少于6节、…教导
/// 主任不少于12节) is that leader's own figure, folded into the year read;
/// the copies of a form (一式二份) and a hedged clause (尽可能…听一节课)
/// give nothing.
#[test]
fn class_per_person_by_role() {
    check(
        "每学期校长不少于6节、分管教学副校长不少于10节、教导主任不少于12节，把评价结果一式二份。",
        &[
            "per_person 12 | 每学期校长不少于6节",
            "per_person 20 | 分管教学副校长不少于10节",
            "per_person 24 | 教导主任不少于12节",
        ],
    );
    // A floor of people is a count of them, not each one's figure.
    check("参训教师不少于20人。", &["count 20 | 参训教师不少于20人"]);
    check("学校领导每学期尽可能对全体教师随堂听一节课。", &[]);
}

/// News of a 人大's vote on a district's 民生实事 (虹口报, tuned with round
/// 4): the list adopted is sized by its example (…等17个项目被确定为…), and
/// the story of how it was made — each dated step, what the event was
/// (这是…首次开展…), and a step with neither figure nor date (…，形成
/// 民生实事建议项目) — proposes nothing; the items a colon announces
/// (这八件民生实事项目是：) stay commitments.
#[test]
fn class_not_plan_story_of_a_vote() {
    let ex = extract(
        &fixture("tuned-hongkou-2024-piaojue"),
        Period::year(2027).expect("year"),
    );
    let got: Vec<String> = ex.proposals().map(|p| p.title.clone()).collect();
    assert!(got.is_empty(), "{got:?}");
    check(
        "本报讯 某县民生实事项目票决产生。这八件民生实事项目是：\n完成城市管网基础设施提升改造项目；\n启动塘村引水渠更新改造项目。",
        &[
            "milestone 12-31 | 完成城市管网基础设施提升改造项目",
            "milestone 12-31 | 启动塘村引水渠更新改造项目",
        ],
    );
    // 细化…等12项核心业务流程: the work itself, counted.
    check(
        "细化公文处理、会议服务等12项核心业务流程。",
        &["count 12 | 细化公文处理、会议服务等12项核心业务流程"],
    );
}

/// A community culture centre's plan (tuned with round 4): an item's
/// deadline in a parenthesis of its own after the item (…。（5月前完成）)
/// dates the item, not a milestone titled by the parenthesis; a span of
/// months that opens a clause (6-7月继续开展…) is due at its last month's
/// end; a numbered heading that opens on a month (七、7-8月开展…活动) is
/// that month's event, not a section; a second event joined to one held
/// (组织一次晚会和放一次电影) is counted too.
#[test]
fn class_date_binding_items_dated_by_month() {
    check(
        "一、规范社区图书室藏书并编码造册，扩大阅览室宣传力度，吸引居民群众来观看图书。（5月前完成）",
        &["milestone 05-31 | 规范社区图书室藏书并编码造册"],
    );
    check(
        "六、6-7月继续开展“读书月”活动，发挥社区阅览室作用。",
        &["milestone 07-31 | 6-7月继续开展“读书月”活动"],
    );
    check(
        "七、7-8月开展暑期活动\n1、少儿歌唱赛",
        &["milestone 08-31 | 7-8月开展暑期活动"],
    );
    check(
        "三、2月份组织一次迎春晚会和放一次露天电影。",
        &[
            "count 1 | 2月份组织一次迎春晚会",
            "count 1 | 放一次露天电影",
        ],
    );
    // A heading of a summary that opens on a part of the year stays a
    // heading (一、2025年上半年工作总结).
    check("一、2025年上半年工作总结\n上半年新增企业14家。", &[]);
}

/// A ministry's plan carried by news (农垦 soybeans, tuned with round 4):
/// a figure bounded by 以上 right after a quantity noun, or after its 在
/// (种植面积在1460万亩以上, 托管大豆面积120万亩以上), is that quantity's line
/// to reach, not a place and not work counted; with a verb of doing before
/// it (新增绿化面积…) it stays counted.
#[test]
fn class_level_quantity_noun_lines() {
    check(
        "确保全国农垦大豆种植面积在1460万亩以上。",
        &["threshold >=14600000 | 全国农垦大豆种植面积在1460万亩以上"],
    );
    check(
        "推动社会化服务向垦区外延伸，生产托管大豆面积120万亩以上。",
        &["threshold >=1200000 | 生产托管大豆面积120万亩以上"],
    );
    check(
        "新增绿化面积5万平方米以上。",
        &["count 50000 | 新增绿化面积5万平方米以上"],
    );
}

/// A town's safety-inspection plan (tuned with round 4): the numbers of
/// what is checked (检查的对象包括：以22家个体商店、8家企业…) say what the
/// work is done to; a holiday's name (中秋、国庆两节期间) is no count; a
/// group that opens its clause with a period right before the figure
/// (班子成员…带队检查每年两次) counts each member's — but not 成员单位.
#[test]
fn class_period_checks_and_their_objects() {
    check(
        "安全生产监督检查的对象包括：以22家个体商店、8家企业等为主的辖区内所有经营个体。",
        &[],
    );
    check(
        "中秋、国庆两节期间，镇安委会将组织一次综合执法大检查。",
        &["count 1 | 镇安委会将组织一次综合执法大检查"],
    );
    check(
        "班子成员对分工范围内的安全生产带队检查每年两次。",
        &["per_person 2 | 班子成员对分工范围内的安全生产带队检查每年两次"],
    );
    check(
        "成员单位每季度报送工作进展1次。",
        &["cadence quarter 1 | 成员单位每季度报送工作进展1次"],
    );
}
