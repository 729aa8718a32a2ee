//! The plan-text extractor on the faults left by the seventh round and met
//! again in the eighth (tests/fixtures/plans/, sources in SOURCES.md),
//! each on a text of the tuned set — round 7's texts, tuned on since
//! round 8 was collected: a meeting's requests to others, which news of
//! the meeting reports and the pasting office does not commit to; results
//! a news item states as at a year's end or as a source shows them; a
//! half year's plan, whose 每学期 is its own period; and a list's own
//! heading, its notice and its rooms.

mod plan_texts;
use plan_texts::{figures, fixture, proposals};

/// 市国资委's news of its 2024年一季度重点工作推进会 (tuned-shi-guozi-2024-
/// tuijinhui, gzw.cngy.gov.cn): 会上，王彦…并强调：一是…各企业要…。二是要…
/// 建立国企改革深化提升行动工作台账… — the director's requests to the
/// enterprises, told by the news: no commitment of the office that pastes
/// it. The same request written by an office as its own plan still
/// proposes.
#[test]
fn class_not_plan_requests_of_a_meeting() {
    let text = fixture("tuned-shi-guozi-2024-tuijinhui");
    assert!(text.contains("建立国企改革深化提升行动工作台账"));
    assert!(proposals(&text).is_empty(), "{:?}", proposals(&text));
    assert_eq!(
        figures("二是要做好改革后半篇文章，6月底前建立国企改革深化提升行动工作台账。"),
        vec!["milestone 06-30".to_string()]
    );
}

/// A construction group's 1-5月经济运行调度会 (tuned-jituan-2023-diaoduhui,
/// bvmbusiness.com): 周进提出七点工作要求： and its items (◆一是…◆七是…),
/// the deputy's 部署安排：要…, then 所属5家子公司主要领导作交流发言 — all the
/// meeting's; and 24家所属单位主要领导参会 is who attended (主要 is no 要 of
/// the future).
#[test]
fn class_not_plan_listed_requests_and_who_attended() {
    let text = fixture("tuned-jituan-2023-diaoduhui");
    assert!(text.contains("周进提出七点工作要求"));
    assert!(proposals(&text).is_empty(), "{:?}", proposals(&text));
    assert!(figures("集团相关部门负责人、24家所属单位主要领导参会。").is_empty());
}

/// A postal bureau's news of the city's 考核办法 (tuned-xuchang-2023-jidi):
/// the bureau's own next step, said in the news (许昌局表示，下一步，将…建立
/// 工作台账), is its plan and still speaks, as the 75% the 办法 sets does.
#[test]
fn own_next_step_in_news_still_proposes() {
    let got = proposals(&fixture("tuned-xuchang-2023-jidi"));
    assert!(
        got.iter()
            .any(|p| p.starts_with("milestone 12-31 | 建立工作台账")),
        "{got:?}"
    );
    assert!(
        got.iter().any(|p| p.starts_with("threshold >=75 |")),
        "{got:?}"
    );
}

/// 锤子财富's news of 国务院国资委's 专题推进会 (tuned-guoziwei-2024-
/// tuijinhui): 截至2023年底，央企已优化形成…201个方向…、…66个、…835个 states
/// where things stood at a year's end; 会议信息显示，…投资分别为2.18万亿元… is
/// what a source shows. Neither proposes; a plan's horizon with no 已
/// (截至2027年底，建成…) still does.
#[test]
fn class_not_plan_stood_at_a_year_end_and_shown() {
    let text = fixture("tuned-guoziwei-2024-tuijinhui");
    assert!(text.contains("截至2023年底") && text.contains("会议信息显示"));
    assert!(proposals(&text).is_empty(), "{:?}", proposals(&text));
    assert!(!figures("截至2027年底，全区建成口袋公园20个。").is_empty());
}

/// 下半年幼儿园家长的工作计划 (tuned-kindergarten-jiazhang-jihua): a half
/// year's plan is a semester's, so 每学期展开1―2次全体委员会议 is its own
/// range (― a dash too), and 每学年参与审议…计划 is once a school year.
#[test]
fn class_period_half_year_plan_is_a_semester() {
    let got = figures(&fixture("tuned-kindergarten-jiazhang-jihua"));
    assert!(got.contains(&"range 1-2".to_string()), "{got:?}");
    assert!(got.contains(&"cadence year 1".to_string()), "{got:?}");
    // In a year's plan the same semester's range is a range of the year.
    assert_eq!(
        figures("2027年工作计划\n每学期展开1―2次全体委员会议。"),
        vec!["range 2-4".to_string()]
    );
}

/// 崇明区's notice of its 2025年区政府实事项目和重点工程 (tuned-chongming-
/// 2025-shishi): 现将《…》印发给你们 is the notice's own act, 一、实事项目
/// over （一）老有所享 heads the list and names no project of it, and 30间…
/// 休息室 counts rooms. 重庆's news of the 政府工作报告 (tuned-chongqing-
/// 2025-shishi): 1月19日，…会议开幕，市长…作政府工作报告 is the day of the
/// meeting, no deadline.
#[test]
fn class_table_text_notice_list_heading_and_rooms() {
    let got = proposals(&fixture("tuned-chongming-2025-shishi"));
    assert!(!got.iter().any(|p| p.contains("印发给你们")), "{got:?}");
    assert!(!got.iter().any(|p| p.ends_with("| 实事项目")), "{got:?}");
    assert!(
        got.iter()
            .any(|p| p.starts_with("count 30 |") && p.contains("休息室")),
        "{got:?}"
    );
    let got = proposals(&fixture("tuned-chongqing-2025-shishi"));
    assert!(
        !got.iter().any(|p| p.starts_with("milestone 01-19")),
        "{got:?}"
    );
}

/// A city's 中长期教育改革和发展规划纲要 (tuned-shi-jiaoyu-gangyao-mubiao,
/// fsou.com): 2015年学前三年幼儿教育毛入园率、义务教育巩固率、…和新增劳动力人均
/// 受教育年限分别达到90%、99%、92%、45%和13.5年 — each rate is titled by its
/// own name (the second had been 学前三年幼儿教育育巩固率), 劳动力 is not cut at
/// its 力, and the next sentence, 2020年分别达到98%、…, pairs its figures with
/// the same names. Bare rate words after a subject still share it.
#[test]
fn class_pair_list_of_rates_each_its_own_name() {
    let got = proposals(&fixture("tuned-shi-jiaoyu-gangyao-mubiao"));
    for want in [
        "threshold >=90 | 学前三年幼儿教育毛入园率达到90%",
        "threshold >=99 | 义务教育巩固率达到99%",
        "threshold >=92 | 高中阶段教育毛入学率达到92%",
        "threshold >=45 | 高等教育毛入学率达到45%",
        "threshold >=98 | 学前三年幼儿教育毛入园率达到98%",
        "threshold >=60 | 高等教育毛入学率达到60%以上",
    ] {
        assert!(got.iter().any(|p| p == want), "{want}: {got:?}");
    }
    assert_eq!(
        proposals("新增城镇就业和转移农村劳动力分别为5000人和8000人。")[1],
        "count 8000 | 转移农村劳动力为8000人"
    );
    assert_eq!(
        proposals("政务服务事项办结率、满意率分别达到95%、90%以上。"),
        vec![
            "ratio 95 | 政务服务事项办结率达95%以上".to_string(),
            "ratio 90 | 政务服务事项满意率达90%以上".to_string()
        ]
    );
}

/// 重庆's 15 livelihood projects (tuned-chongqing-2025-shishi): 为200万中小学生
/// 开展心理健康测评 counts people in ten thousands with no measure word
/// between the figure and its noun (it had been read as a commitment with
/// no figure).
#[test]
fn class_level_people_in_ten_thousands() {
    let got = proposals(&fixture("tuned-chongqing-2025-shishi"));
    assert!(
        got.iter()
            .any(|p| p == "count 2000000 | 为200万中小学生开展心理健康测评"),
        "{got:?}"
    );
    // A population stated, with no verb of work, is no count.
    assert!(figures("全县常住人口50万。").is_empty());
}

/// 六盘水's 新型基础设施建设三年行动方案 (tuned-liupanshui-2022-xinjijian):
/// 到2024年，全市累计建成5G基站1万个，累计新建…创新平台50个以上 — the 累计 of a
/// stock a horizon sets is no mark of the past (it had silenced the
/// sentence); the total it reaches is a level. A progress report's 累计
/// with no horizon still tells what was done.
#[test]
fn class_horizon_stock_reached_by_a_year() {
    let got = proposals(&fixture("tuned-liupanshui-2022-xinjijian"));
    for want in [
        "threshold >=10000 | 全市累计建成5G基站1万个",
        "threshold >=50 | 累计新建市级及以上创新平台50个以上",
    ] {
        assert!(got.iter().any(|p| p == want), "{want}: {got:?}");
    }
    assert!(figures("今年以来，全市累计建成5G基站1万个。").is_empty());
}
