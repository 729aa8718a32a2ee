//! Text that is not a plan: a report of a meeting (会议举行, …人参加会议,
//! 讨论通过了…), a page's source, date and address lines, and a count that
//! only announces the list that follows (十件民生实事, 四项任务).

use super::lexicon::{has_word, starts_with};
use super::scan::Mention;

/// Words that only a report of a meeting or an event uses.
const MEETING: &[&str] = &[
    "参加会议",
    "参加了会议",
    "出席会议",
    "列席会议",
    "参会",
    "会议举行",
    "会议由",
    "会议听取",
    "会议审议",
    "会议传达",
    "会议指出",
    "会议强调",
    "会议要求",
    "会议认为",
    "会上",
    "讨论通过了",
    "审议通过了",
    "听取并讨论了",
    "听取了",
    "传达学习了",
    "主持召开",
    "主持会议",
    "本报讯",
    "记者",
];

/// Words that put an event in the future: a plan's, not a report's.
const FUTURE: &[&str] = &["将", "拟", "计划", "前", "要", "于", "确保", "力争", "预计"];

/// Whether the sentence reports a meeting or an event that took place: a
/// report's words, or 召开/举行 on a given day with nothing that puts it
/// ahead (3月9日下午，…会议在…召开).
pub(crate) fn reports_meeting(s: &[char]) -> bool {
    if has_word(s, 0, s.len(), MEETING) {
        return true;
    }
    let held = has_word(s, 0, s.len(), &["召开", "举行"]);
    let day = (1..s.len()).any(|i| s[i] == '日' && s[i - 1].is_ascii_digit())
        && (0..s.len()).any(|i| s[i] == '月');
    held && day && !has_word(s, 0, s.len(), FUTURE)
}

/// Labels of a page's lines that are not its text.
const META: &[&str] = &[
    "来源",
    "信息来源",
    "发布日期",
    "发布时间",
    "发布机构",
    "发布单位",
    "日期",
    "时间",
    "作者",
    "责任编辑",
    "编辑",
    "浏览",
    "点击",
    "字号",
    "打印",
    "索引号",
    "当前位置",
    "您的位置",
    "首页",
    "扫一扫",
    "分享",
];

/// Whether a line is a page's source, date, author or address line, which
/// gives nothing: 来源：…|作者：…, 发布日期：2024-03-13, a URL.
pub(crate) fn is_metadata(line: &[char]) -> bool {
    let t: String = line.iter().collect();
    let t = t.trim_start_matches(['（', '(', '[', '【', ' ']);
    if t.contains("http://") || t.contains("https://") || t.contains("www.") {
        return true;
    }
    let labelled = META
        .iter()
        .any(|w| t.starts_with(w) && t[w.len()..].trim_start().starts_with(['：', ':', '|', '>']));
    // 2020-01-22 16:06: a time stamp.
    let stamp = t.len() >= 16
        && t.as_bytes()[..10].iter().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                *b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    labelled || stamp
}

/// Nouns that make "N件/项 + noun" the size of a list that follows or is
/// named, not a count to reach.
const LIST_NOUNS: &[&str] = &[
    "民生实事",
    "实事",
    "大事",
    "民生大事",
    "民生",
    "任务",
    "行动",
    "工程",
    "举措",
    "措施",
    "方面",
    "工作",
    "重点",
    "内容",
    "事项",
];

/// Whether the quantity only announces a list: a number with 件, 项 or 个
/// right before a word such as 实事, 任务, 行动 (十件民生实事, 四项任务,
/// 26项行动) — the order of a name, where a count puts the noun first
/// (完成任务20项).
pub(crate) fn announces_list(s: &[char], m: &Mention) -> bool {
    matches!(m.measure.as_str(), "件" | "项" | "个" | "大")
        && LIST_NOUNS.iter().any(|w| starts_with(s, m.end, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(t: &str) -> Vec<char> {
        t.chars().collect()
    }

    #[test]
    fn meetings_and_page_lines() {
        assert!(reports_meeting(&chars(
            "区委会委员和各支部负责人30余人参加会议。"
        )));
        assert!(reports_meeting(&chars(
            "3月9日下午，民进长寿区委会七届二十三次区委（扩大）会议在区党派会议室召开。"
        )));
        assert!(!reports_meeting(&chars("3月31日前召开专题会议1次。")));
        assert!(is_metadata(&chars(
            "来源：民进长寿区委会|作者：龚秋源|时间：2021-03-11"
        )));
        assert!(is_metadata(&chars("发布日期：2024-03-13 14：37")));
        assert!(is_metadata(&chars(
            "2020-01-22 16：06  市民生办 [字号： ] 打印"
        )));
        assert!(!is_metadata(&chars("时间节点：6月底前完成")));
    }
}
