//! The plan-text extractor on the failure classes met in the seventh
//! round of published texts (tests/fixtures/plans/, sources in
//! SOURCES.md), each on a text of the tuned set: passages told as done,
//! whose unmarked sentences are results as much as the marked ones; a
//! review announced, which runs through the headings of its list; and
//! facts cited or words said, which a plan does not report.

mod plan_texts;
use plan_texts::{figures, fixture, proposals};

/// `name`'s text without its first line (the title that says what kind of
/// text it is), so that only its passages speak.
fn untitled(name: &str) -> String {
    fixture(name).lines().skip(1).collect::<Vec<_>>().join("\n")
}

/// 钢城's 前三季度我市民生实事加快推进 (a progress report) and 新建区's
/// 2020年区政府民生实事项目完成情况, without their titles: each passage
/// marks most of its sentences done (已提前完成, 截至三季度末, 已竣工), so
/// its unmarked ones (省政府民生实事共有12类45件53个事项; 该项目计划投资…) are
/// results too. A plan's passage after them still proposes.
#[test]
fn class_not_plan_passages_told_as_done() {
    for name in [
        "tuned-gangcheng-2025-sanjidu",
        "tuned-xinjian-2020-wancheng",
    ] {
        let text = untitled(name);
        assert!(
            proposals(&text).is_empty(),
            "{name}: {:?}",
            proposals(&text)
        );
        let with_plan = format!("{text}\n二、2027年工作计划\n全年新建公厕10座。\n");
        assert_eq!(figures(&with_plan), vec!["count 10".to_string()], "{name}");
    }
}

/// A town's year-end summary (tuned-town-20xx-zongjie) under its heading
/// 一、20xx年工作总结 alone: 回顾一年来的工作与成绩，主要体现在以下八个方面：
/// announces a review, and its items (建立…五级联动体系, 出台《…》) are what
/// was done, through the items' own headings, until a plan's heading.
#[test]
fn class_not_plan_review_announced_runs_through_its_list() {
    let text = untitled("tuned-town-20xx-zongjie");
    assert!(proposals(&text).is_empty(), "{:?}", proposals(&text));
    let with_plan = format!("{text}\n二、2027年工作打算\n全年新建公厕10座。\n");
    assert_eq!(figures(&with_plan), vec!["count 10".to_string()]);
}

/// 宝安区's news of its major projects (tuned-baoan-2012-shicha): 记者…获悉，
/// 2012年宝安区共安排重大建设项目43个 cites a fact; the same figures stated
/// by the office itself are its plan's.
#[test]
fn class_not_plan_facts_cited() {
    assert!(fixture("tuned-baoan-2012-shicha").contains("记者昨日从宝安区获悉"));
    assert!(figures(
        "记者昨日从宝安区获悉，2012年宝安区共安排重大建设项目43个，年度投资39.2亿元。"
    )
    .is_empty());
    assert_eq!(
        figures("2012年宝安区共安排重大建设项目43个，年度投资39.2亿元。").len(),
        2
    );
}
