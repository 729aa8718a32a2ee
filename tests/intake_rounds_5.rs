//! The plan-text extractor on the failure classes met in the fifth round
//! of published texts (tests/fixtures/plans/, sources in SOURCES.md),
//! each on sentences of the tuned set: progress reports that measure a
//! half year or "where things stand now" against the year's plan, news
//! that opens on a meeting held, phases of projects named in a list, the
//! projects said to go on, and capacities in 千瓦.

use luoshi::intake::{extract, figure, Period};

mod plan_texts;
use plan_texts::fixture;

fn year() -> Period {
    Period::year(2027).expect("year")
}

/// The figures of the proposals of `input`, in order.
fn figures(input: &str) -> Vec<String> {
    extract(input, year())
        .proposals()
        .map(|p| figure(&p.kind))
        .collect()
}

/// 上半年实际完成投资…，占全年计划投资的56.6% and 截至目前…占年度计划投资的
/// 54.49%: the text is a progress report, its frame and its projects'
/// sizes (2606个撤并村通公路（2013—2017年）) propose nothing.
#[test]
fn class_not_plan_progress_by_half_year_and_as_of_now() {
    for name in [
        "tuned-chongqing-2015-minsheng-jinzhan",
        "tuned-xuchang-2021-baicheng",
    ] {
        let ex = extract(&fixture(name), year());
        let got: Vec<String> = ex.proposals().map(|p| p.title.clone()).collect();
        assert!(got.is_empty(), "{name}: {got:?}");
    }
    // The sentence alone is enough; without 实际 it is a plan's line.
    assert!(figures(
        "2015年25件重点民生实事计划总投资277亿元，上半年实际完成投资156.92亿元，占全年计划投资的56.6%。"
    )
    .is_empty());
    assert!(!figures("上半年完成投资占年度计划的50%以上。").is_empty());
}

/// 2月3日，涿鹿县召开2024年工作谋划会…: news of a meeting held; what the
/// leaders asked (制定方案、完善措施) is not a deliverable of the text.
#[test]
fn class_not_plan_news_opening_on_a_meeting() {
    let ex = extract(&fixture("tuned-zhuolu-2024-mouhua"), year());
    let got: Vec<String> = ex.proposals().map(|p| p.title.clone()).collect();
    assert!(got.is_empty(), "{got:?}");
    // The same request in a plan is still read.
    assert_eq!(
        figures("各乡镇年底前制定方案。"),
        vec!["milestone 12-31".to_string()]
    );
}

/// 海电三期、蒙华泰热电二期等在建项目年内建成投产: phases named in a list
/// are names, and the sentence's date binds the projects; 151万千瓦 is a
/// capacity added, ten thousand of its measure.
#[test]
fn class_date_binding_phases_in_a_list() {
    assert_eq!(
        figures(
            "突出抓好电源点项目建设，海电三期、蒙华泰热电二期等在建项目年内建成投产，新增电力装机容量151万千瓦，同时力争再开工一批新的项目。"
        ),
        vec!["milestone 12-31".to_string(), "count 1510000".to_string()]
    );
}

/// 确保总投资454亿元的40个自治区级、22个市级重点项目顺利推进: the projects go
/// on, nothing is counted; the investment of the year is a level.
#[test]
fn class_pair_projects_said_to_go_on() {
    assert_eq!(
        figures(
            "继续保持工业固定资产投资的高速增长，确保总投资454亿元的40个自治区级、22个市级重点项目顺利推进，力争当年完成投资65亿元。"
        ),
        vec!["threshold >=65".to_string()]
    );
}

/// 截至2020年12月底，完成投资2.41亿元，占年度计划的97.6%: a date things stood
/// at, with its year, measured against the plan: the news of a vote that
/// reports last year's projects so proposes nothing. A report's title
/// that ends on its kind (…实施情况的报告) is whole, not a sentence going
/// on in the next line: the report's numbers are results.
#[test]
fn class_not_plan_dated_progress_and_report_titles() {
    for name in [
        "tuned-ninghai-2021-piaojue",
        "tuned-dachen-2021-shishi-baogao",
    ] {
        let ex = extract(&fixture(name), year());
        let got: Vec<String> = ex.proposals().map(|p| p.title.clone()).collect();
        assert!(got.is_empty(), "{name}: {got:?}");
    }
}

/// 城乡居民人均可支配收入分别增长7%、8%左右: 城乡 names two subjects at
/// once, each rate is its own.
#[test]
fn class_pair_contracted_subjects() {
    let ex = extract(
        "主要预期目标是：一般公共预算收入增长4%左右，城乡居民人均可支配收入分别增长7%、8%左右；居民消费价格涨幅3%左右。",
        year(),
    );
    let got: Vec<String> = ex
        .proposals()
        .map(|p| format!("{} | {}", figure(&p.kind), p.title))
        .collect();
    assert_eq!(got.len(), 4, "{got:?}");
    assert!(
        got[1].starts_with("improvement higher 7 | 城镇居民人均可支配收入"),
        "{got:?}"
    );
    assert!(
        got[2].starts_with("improvement higher 8 | 农村居民人均可支配收入"),
        "{got:?}"
    );
}

/// 每个党员干部每周自学…不少于两小时，每年不少于80小时: the week's floor is
/// the pace of the year's total, though its clause has a subject of its
/// own; the total takes the pace's title.
#[test]
fn class_period_pace_with_a_subject() {
    let ex = extract(
        "每个党员干部每周自学马克思主义、毛泽东思想、邓小平理论和科学发展观以及科技、法制及市场经济等知识不少于两小时，每年不少于80小时；",
        year(),
    );
    let got: Vec<String> = ex
        .proposals()
        .map(|p| format!("{} | {}", figure(&p.kind), p.title))
        .collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("per_person 80 | 每个党员干部每周自学"),
        "{got:?}"
    );
    assert!(got[0].ends_with("每年不少于80小时"), "{got:?}");
}

/// 倪光夏 联系教工四支部、教工六支部: branches named by number; 具体措施五项：
/// the size of the list the colon announces. Neither is counted.
#[test]
fn class_not_target_branch_names_and_announced_lists() {
    assert!(figures("倪光夏 联系教工四支部、教工六支部；联系人：孙志、陈昊").is_empty());
    assert!(figures(
        "领导班子要始终把思想政治建设放在首位，认真健全和落实中心组学习制度、班子务虚和调研制度，具体措施五项："
    )
    .is_empty());
    let ex = extract(&fixture("tuned-xueyuan-banzi-zhidu"), year());
    let got: Vec<String> = ex.proposals().map(|p| figure(&p.kind)).collect();
    assert!(got.contains(&"count 4".to_string()), "{got:?}");
    assert!(got.contains(&"count 2".to_string()), "{got:?}");
}

/// 领导班子成员每年深入基层调查研究不少于60天，调研课题不少于2个: a clause of
/// only a short noun and a floor has no subject of its own; the members
/// named before count it too.
#[test]
fn class_per_person_noun_and_floor() {
    assert_eq!(
        figures("七、领导班子成员每年深入基层调查研究不少于60天，调研课题不少于2个，每年至少撰写1—2篇有参考价值的调研报告。"),
        vec![
            "per_person 60".to_string(),
            "per_person 2".to_string(),
            "range 1-2".to_string()
        ]
    );
    // With a verb of its own the clause is counted work.
    assert_eq!(figures("新建公园不少于2个。"), vec!["count 2".to_string()]);
}
