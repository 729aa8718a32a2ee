//! A count that only announces or tallies a list, not a target: the size
//! of a list that follows or is named (十件民生实事, 145项目标任务), a
//! place or a gain it is measured by, and a total broken down (共149项).

use super::lexicon::{has_word, is_han, starts_with};
use super::numerals::is_chinese_numeral;
use super::scan::Mention;

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

/// Nouns of a plan's own items, which end the name of a list a number
/// sizes even with words between (17件惠民实事项目, 145项目标任务, 222个具体
/// 工作内容, 三个“一号工程”).
const ITEM_NOUNS: &[&str] = &[
    "实事项目",
    "实事",
    "任务",
    "内容",
    "事项",
    "工程",
    "行动",
    "举措",
    "措施",
    "方面",
];

/// Whether the quantity only announces or tallies a list: a number with
/// 件, 项 or 个 right before a word such as 实事, 任务, 行动 (十件民生实事,
/// 四项任务, 26项行动) — the order of a name, where a count puts the noun
/// first (完成任务20项); or before a short noun phrase that ends in a plan's
/// item noun (145项目标任务, 三个“一号工程”); or a total after 共 that ends
/// its phrase (共149项。); or the parts a whole is divided into (分为两部分).
pub(crate) fn announces_list(s: &[char], m: &Mention) -> bool {
    let listed = matches!(m.measure.as_str(), "件" | "项" | "个" | "大");
    if listed && LIST_NOUNS.iter().any(|w| starts_with(s, m.end, w)) {
        return true;
    }
    if listed {
        // The noun phrase after the measure: Chinese characters and quotes.
        let mut e = m.end;
        while e < s.len() && e - m.end < 10 && (is_han(s[e]) || matches!(s[e], '“' | '”')) {
            e += 1;
        }
        let words: String = s[m.end..e].iter().filter(|c| is_han(**c)).collect();
        // 完成1000个左右新农村点整治任务: work done, counted.
        let done = m.start >= 2 && starts_with(s, m.start - 2, "完成");
        if ITEM_NOUNS.iter().any(|w| words.ends_with(w)) && words.chars().count() <= 8 && !done {
            return true;
        }
        let tally = m.start > 0 && s[m.start - 1] == '共';
        if tally && !s.get(m.end).copied().is_some_and(is_han) {
            return true;
        }
    }
    // 7大类32项职责: the items of a list already sized by its kinds.
    let kinds = m.start >= 2
        && s[m.start - 1] == '类'
        && (s[m.start - 2] == '大'
            || s[m.start - 2].is_ascii_digit()
            || is_chinese_numeral(s[m.start - 2]));
    if kinds {
        return true;
    }
    // 两部分, 三个部分: the parts of a whole.
    let parts = m.measure == "部" && s.get(m.end) == Some(&'分')
        || m.measure == "个" && starts_with(s, m.end, "部分");
    parts
        || m.start >= 2
            && (starts_with(s, m.start - 2, "分为") || starts_with(s, m.start - 2, "分成"))
}

/// Whether the quantity says where the work is done or who gains from it,
/// not how much is done: 在17个乡镇…, 惠及17个乡镇, 受益群众5万人.
pub(crate) fn place_or_gain(s: &[char], from: usize, m: &Mention) -> bool {
    let at = m.start > 0 && s[m.start - 1] == '在';
    // 控制在5%, 保持在85%: a level's verb, not a place.
    let verb = m.start > 1 && matches!(s[m.start - 2], '制' | '持' | '定' | '达' | '至' | '放');
    // 9万人口: a population served, not work done; 35岁以上居民: who.
    let people = (m.measure == "人" && s.get(m.end) == Some(&'口'))
        || (m.measure == "岁" && s[m.start..m.end].ends_with(&['以', '上'][..]))
        || (m.measure == "岁" && s[m.start..m.end].ends_with(&['以', '下'][..]));
    // 提高4万户居民的供热安全: whose good is raised, not work done.
    let whose = !m.percent()
        && has_word(s, from, m.start, &["提高", "提升", "改善", "保障"])
        && s[m.end..]
            .iter()
            .take_while(|c| !matches!(c, '，' | '。' | '；' | '、'))
            .any(|&c| c == '的');
    let measured = super::level::after_quantity_noun(s, m.start);
    (!m.percent() && at && !verb && !measured)
        || people
        || whose
        || has_word(s, from, m.start, &["惠及", "受益", "受惠", "惠益"])
}

/// Whether the quantity breaks down a total in a parenthesis: （含25个子项目）,
/// （包括63个省级补助村、62个市县级补助村）, （其中…）, or in a sentence that
/// opens on 其中 (其中，禹州市468个，…: the parts of the figure before).
pub(crate) fn breaks_down(s: &[char], m: &Mention) -> bool {
    let lead = (0..s.len()).find(|&i| is_han(s[i])).unwrap_or(0);
    if starts_with(s, lead, "其中") && lead < m.start {
        return true;
    }
    let Some(open) = (0..m.start).rev().find(|&i| matches!(s[i], '（' | '）')) else {
        return false;
    };
    s[open] == '（'
        && has_word(
            s,
            open + 1,
            (open + 3).min(s.len()),
            &["含", "包括", "其中", "包含"],
        )
}
