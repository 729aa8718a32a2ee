//! Text that is not a plan: a report of a meeting (会议举行, …人参加会议,
//! 讨论通过了…), a report on a plan (现将…情况汇报如下, …解读如下), a
//! sentence in the perfect (印发了, 已按计划完成), a page's source, date and
//! address lines. A count that only announces or tallies a list is in
//! [`super::tallies`].

use super::lexicon::{has_word, is_han, starts_with, word_at, PAST_MARKERS};
use super::numerals::is_chinese_numeral;

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

/// Words that put an event in the future: a plan's, not a report's. A
/// deadline's 前 (3月31日前, 月底前) counts too, see [`deadline_before`].
pub(crate) const FUTURE: &[&str] = &["将", "拟", "计划", "要", "于", "确保", "力争", "预计"];

/// Whether the sentence has a deadline's 前: after a day, month or year
/// with its number (3月31日前, 6月前), or after 底 or 旬 (月底前, 上旬前) — not
/// the 前 of 当前, 目前 or a news report's 日前 (recently).
pub(crate) fn deadline_before(s: &[char]) -> bool {
    (1..s.len()).any(|i| {
        s[i] == '前'
            && match s[i - 1] {
                '底' | '旬' | '节' => true,
                '日' | '月' | '年' => {
                    i >= 2 && (s[i - 2].is_ascii_digit() || is_chinese_numeral(s[i - 2]))
                }
                _ => false,
            }
    })
}

/// Whether a word that puts an event in the future stands before `at`: not
/// the 要 of a word (主要领导参会, 重要讲话, 需要).
fn future_before(s: &[char], at: usize) -> bool {
    (0..at).any(|i| {
        word_at(s, i, FUTURE).is_some_and(|w| {
            w != "要"
                || !(i > 0
                    && matches!(
                        s[i - 1],
                        '主' | '重' | '需' | '纪' | '摘' | '提' | '只' | '必'
                    ))
        })
    })
}

/// Whether the sentence reports a meeting or an event that took place: a
/// report's words, or 召开/举行 on a given day with nothing that puts it
/// ahead (3月9日下午，…会议在…召开).
pub(crate) fn reports_meeting(s: &[char]) -> bool {
    // …领导将定期召开专题会议听取落实情况: a meeting put ahead is planned.
    if let Some(at) = (0..s.len()).find(|&i| word_at(s, i, MEETING).is_some()) {
        return !future_before(s, at);
    }
    // 召开, 举行, or what was done at it (在…会议上, 到会的…).
    let held = has_word(
        s,
        0,
        s.len(),
        &["召开", "举行", "开幕", "会议上", "大会上", "到会"],
    );
    let day = (1..s.len()).any(|i| s[i] == '日' && s[i - 1].is_ascii_digit())
        && (0..s.len()).any(|i| s[i] == '月');
    held && day && !has_word(s, 0, s.len(), FUTURE) && !deadline_before(s)
}

/// Marks of a news report at a text's head: 本报讯, 九龙融媒讯, （记者 …）,
/// 新华社北京1月20日电, （涉县融媒体中心）.
pub(crate) const NEWS_MARKS: &[&str] = &[
    "本报讯",
    "据了解",
    "融媒讯",
    "讯 ",
    "（记者",
    "记者 ",
    "日电",
    "通讯员",
    "融媒体中心）",
    "获悉",
];

/// Words of news that a plan was adopted or published (十件民生实事项目出炉,
/// 票选表决…): the news carries the plan.
pub(crate) const ADOPTED: &[&str] = &[
    "出炉",
    "票决",
    "票选",
    "公布",
    "印发",
    "出台",
    "正式确定",
    "审议通过",
];

/// Whether the text is news of work or of a meeting: its head (the first
/// four lines with text, at most 300 characters) has a news mark and no
/// word of a plan adopted. Such a text reports; it proposes nothing.
pub(crate) fn reports_news(text: &str) -> bool {
    // A caption set one character a line (本\n文\n摘\n要) is not a line of
    // the head.
    let head: String = text
        .lines()
        .filter(|l| l.trim().chars().count() > 1)
        .take(4)
        .collect::<Vec<_>>()
        .join("\n")
        .chars()
        .take(300)
        .collect();
    NEWS_MARKS.iter().any(|w| head.contains(w)) && !ADOPTED.iter().any(|w| head.contains(w))
}

/// Words of a title that heads a summary or a report, not a plan.
const SUMMARY_TITLES: &[&str] = &[
    "总结",
    "稳步推进",
    "提前完成",
    "进展顺利",
    "解读",
    "通报",
    "进度表",
    "述职",
    "汇报",
    "情况的报告",
    "情况报告",
    "完成情况",
    "进展情况",
    "推进情况",
];

/// Whether a title line heads a summary of work done or a report on a plan
/// (工作总结, 述职报告, 政策解读, …进展情况的通报, 项目建设稳步推进).
pub(crate) fn summary_title(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    // 2023年大连重点民生工程最新进展（4月）: a title whose head is 进展.
    let t = line.trim_end();
    let head = match t.rfind('（') {
        Some(i) if t.ends_with('）') => &t[..i],
        _ => t,
    };
    SUMMARY_TITLES.iter().any(|w| line.contains(w))
        || head.ends_with("进展")
        || elapsed(&chars)
        || first_quarters(&chars)
}

/// Whether the line opens on the first quarters or months of a year, a
/// span already past (前三季度…, 前10个月…): a progress report's headline.
fn first_quarters(s: &[char]) -> bool {
    let a = (0..s.len())
        .find(|&i| is_han(s[i]) || s[i].is_ascii_digit())
        .unwrap_or(0);
    if !starts_with(s, a, "前") {
        return false;
    }
    let mut j = a + 1;
    while j < s.len() && (s[j].is_ascii_digit() || is_chinese_numeral(s[j])) {
        j += 1;
    }
    j > a + 1 && (starts_with(s, j, "季度") || starts_with(s, j, "个月"))
}

/// Whether a word of the past stands in the sentence (去年, 累计, 已完成…),
/// but not a comparison's year (较去年提高5%, 比去年增长), nor the 累计 of a
/// stock a horizon sets (到2024年，全市累计建成5G基站1万个).
pub(crate) fn past_marked(s: &[char]) -> bool {
    let stock = horizon(s);
    (0..s.len()).any(|i| {
        word_at(s, i, PAST_MARKERS).is_some_and(|w| {
            let compared = w == "去年" && i > 0 && matches!(s[i - 1], '较' | '比' | '于');
            let stock_total = w == "累计" && stock;
            !compared && !stock_total
        })
    })
}

/// Whether the sentence names a year ahead as its horizon (到2025年, 到
/// 2025年底): a plan's goal.
pub(crate) fn horizon(s: &[char]) -> bool {
    (0..s.len()).any(|i| {
        matches!(s[i], '到' | '至')
            && s.get(i + 1..i + 5)
                .is_some_and(|d| d.iter().all(|c| c.is_ascii_digit()))
            && s.get(i + 5) == Some(&'年')
    })
}

/// Whether the sentence tells what was done recently, as news does (日前，
/// 某局印发《…》; 某局近日印发…): 近日, or a 日前 that is not a date's
/// deadline (3月31日前, 三十日前) — but not 近日将… (soon).
pub(crate) fn recent(s: &[char]) -> bool {
    (0..s.len()).any(|i| {
        let date = i > 0 && (s[i - 1].is_ascii_digit() || is_chinese_numeral(s[i - 1]));
        let word = starts_with(s, i, "近日") || (starts_with(s, i, "日前") && !date);
        word && !starts_with(s, i + 2, "将")
    })
}

/// Whether the sentence opens on a span of the year already past or a
/// date things stood at (今年1至6月, 1-6月, 截至9月底, 截至10月31日): a
/// progress report's figures.
pub(crate) fn elapsed(s: &[char]) -> bool {
    let mut a = (0..s.len())
        .find(|&i| is_han(s[i]) || s[i].is_ascii_digit())
        .unwrap_or(0);
    for lead in ["据了解", "今年", "全年"] {
        if starts_with(s, a, lead) {
            a += lead.chars().count();
        }
    }
    let month = |i: usize| {
        let mut j = i;
        while j < s.len() && (s[j].is_ascii_digit() || is_chinese_numeral(s[j])) {
            j += 1;
        }
        (j > i && s.get(j) == Some(&'月')).then_some(j + 1)
    };
    if starts_with(s, a, "截至") || starts_with(s, a, "截止") {
        return month(a + 2).is_some() || stood_at_year_end(s);
    }
    if stood_at_year_end(s) {
        return true;
    }
    // 1至6月, 1-6月, 1—9月: a span from the year's first month.
    let Some(k) = (a < s.len() && s[a] == '1').then_some(a + 1) else {
        return false;
    };
    let k = match s.get(k) {
        Some('至' | '-' | '—' | '~' | '–') => k + 1,
        Some('月') if matches!(s.get(k + 1), Some('至' | '-' | '—' | '~' | '–')) => k + 2,
        _ => return false,
    };
    month(k).is_some()
}

/// Whether a clause opens on the end of a year things stood at and the
/// sentence says they were already so (在…方面，截至2023年底，…已优化形成…):
/// a result, as 截至9月底 is. Without 已 or a tally, 截至2027年底 may be a
/// plan's horizon.
fn stood_at_year_end(s: &[char]) -> bool {
    let opens = |i: usize| i == 0 || matches!(s[i - 1], '，' | '：' | '；');
    (0..s.len()).any(|i| {
        if !(opens(i) && (starts_with(s, i, "截至") || starts_with(s, i, "截止"))) {
            return false;
        }
        let mut j = i + 2;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        let year_end = j == i + 6 && (starts_with(s, j, "年底") || starts_with(s, j, "年末"));
        year_end && has_word(s, j, s.len(), &["已", "累计", "共有"])
    })
}

/// Characters before 了 that make a word of it, not the perfect: 为了, 除了,
/// 不了, 明了, 罢了, 受不了.
const NOT_PERFECT_BEFORE: &[char] = &['为', '除', '不', '明', '罢', '得', '末', '终'];
/// Characters after 了 that make a word of it: 了解, 了结, 了如指掌.
const NOT_PERFECT_AFTER: &[char] = &['解', '结', '如', '却'];

/// Words of the perfect with 已: what is already done (已按计划完成25项,
/// 已于3月印发, 已全部完成).
const ALREADY: &[&str] = &[
    "已按",
    "已于",
    "已全部",
    "已提前",
    "已投入",
    "已竣工",
    "已开工",
    "已启动",
    "已实现",
    "已达到",
    "已交付",
    "已开展",
    "已召开",
    "已印发",
    "已出台",
    "已取得",
    "已完成",
    "已建成",
];

/// Whether the sentence says what has been done: a verb in the perfect
/// (印发了, 进行了督查) or with 已 (已按计划完成). A plan commits; it does
/// not narrate.
pub(crate) fn perfect(s: &[char]) -> bool {
    let le = (1..s.len()).any(|i| {
        s[i] == '了'
            && is_han(s[i - 1])
            && !NOT_PERFECT_BEFORE.contains(&s[i - 1])
            && !s.get(i + 1).is_some_and(|c| NOT_PERFECT_AFTER.contains(c))
    });
    le || has_word(s, 0, s.len(), ALREADY)
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
    // （此件公开发布）, （此件主动公开）: how the notice is published.
    let publishing = t.starts_with("此件") && t.chars().count() <= 12;
    labelled || stamp || publishing
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
        // 当前 is not a deadline: the company's meeting on 1月23日 was held.
        assert!(reports_meeting(&chars(
            "1月23日，某公司召开专题会议，深入分析公司当前面临形势及对策，部署2025年重点工作。"
        )));
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
