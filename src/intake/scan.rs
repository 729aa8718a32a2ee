//! Scanning a sentence: what is not a quantity (set phrases, names in
//! quotes, titles, years, dates, unit names), the quantities (a number with
//! a measure word or %), and the lead unit it names.

use super::dates::{deadlines, Deadline};
use super::lexicon::{is_han, starts_with, word_at, MEASURES, NOT_COUNTS, SET_PHRASES};
use super::numerals::{is_chinese_numeral, number_at, Number};

/// A number with its measure: 6次, 8-10个, 90%, 十二个.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Mention {
    /// First char of the number.
    pub start: usize,
    /// One past the measure and any 以上/以内/左右 after it.
    pub end: usize,
    /// The number (the lower end of a range).
    pub value: Number,
    /// The upper end of a range (8—10个).
    pub max: Option<Number>,
    /// The measure word, or "%" (or "‰", per mille).
    pub measure: String,
}

impl Mention {
    /// Whether it is a percentage (or a rate per mille: 4‰).
    pub fn percent(&self) -> bool {
        self.measure == "%" || self.measure == "‰"
    }
}

/// What a sentence holds before any reading of intent.
#[derive(Debug, Clone, Default)]
pub(crate) struct Scan {
    /// The quantities.
    pub mentions: Vec<Mention>,
    /// The deadlines.
    pub deadlines: Vec<Deadline>,
    /// Whether the sentence has a number that is a quantity, or an Arabic
    /// number that is not a date, year or name.
    pub has_number: bool,
}

/// Marks set phrases, quoted names with numerals, 《titles》, 第N, N+N,
/// years, unit names (秘书一处) as not quantities.
fn block(s: &[char]) -> Vec<bool> {
    let mut b = vec![false; s.len()];
    let mark = |b: &mut Vec<bool>, from: usize, to: usize| {
        for x in b.iter_mut().take(to.min(s.len())).skip(from) {
            *x = true;
        }
    };
    // Quoted short names with a numeral: “两个确立”, “1+1+N”.
    let mut i = 0;
    while i < s.len() {
        let close = match s[i] {
            '“' => '”',
            '《' => '》',
            '"' => '"',
            '「' => '」',
            _ => {
                i += 1;
                continue;
            }
        };
        let Some(len) = s[i + 1..].iter().position(|&c| c == close) else {
            break;
        };
        let inner = &s[i + 1..i + 1 + len];
        let numeral = inner
            .iter()
            .any(|&c| c.is_ascii_digit() || is_chinese_numeral(c));
        if s[i] == '《' || (numeral && len <= 12) {
            mark(&mut b, i + 1, i + 1 + len);
        }
        i += len + 2;
    }
    for i in 0..s.len() {
        if let Some(w) = word_at(s, i, SET_PHRASES) {
            mark(&mut b, i, i + w.chars().count());
        }
        let numeral_at = |j: usize| {
            s.get(j)
                .is_some_and(|&c| c.is_ascii_digit() || is_chinese_numeral(c))
        };
        // 第一, 第5卷.
        if s[i] == '第' && numeral_at(i + 1) {
            if let Some(n) = number_at(s, i + 1) {
                mark(&mut b, i, n.end);
            }
        }
        // 1+1+N and the like: the whole run.
        if s[i] == '+' {
            let mut a = i;
            while a > 0 && (s[a - 1].is_ascii_alphanumeric() || s[a - 1] == '+') {
                a -= 1;
            }
            let mut e = i;
            while e < s.len() && (s[e].is_ascii_alphanumeric() || s[e] == '+') {
                e += 1;
            }
            mark(&mut b, a, e);
        }
        if let Some(n) = number_at(s, i) {
            if i > 0 && (s[i - 1].is_ascii_digit() || is_chinese_numeral(s[i - 1])) {
                continue;
            }
            let after = s.get(n.end).copied();
            // Years and dates: 2025年, 7月1日; a number of years is a span.
            if matches!(after, Some('年') | Some('月') | Some('日') | Some('号'))
                && !starts_with(s, n.end, "年度")
            {
                mark(&mut b, i, n.end + 1);
            }
            // Unit names: 秘书一处, 综合二科, 教工四支部.
            if n.chinese
                && (matches!(after, Some('处') | Some('科') | Some('室') | Some('局'))
                    || starts_with(s, n.end, "支部"))
                && i > 0
                && is_han(s[i - 1])
                && !matches!(s[i - 1], '每' | '约' | '近' | '共' | '成' | '立' | '建')
            {
                mark(&mut b, i, n.end + 1);
            }
            // Sessions named by number: 十一届人大二次会议, 二十届三中全会,
            // 第四次会议 — a name, not a count of meetings.
            let session = ["次会议", "次全会", "中全会", "次全体会议", "次代表大会"]
                .iter()
                .any(|w| starts_with(s, n.end, w));
            let named = (i >= 1 && s[i - 1] == '第') || s[i.saturating_sub(6)..i].contains(&'届');
            // 七届二十三次区委会: a session right after its 届 is a name.
            if i >= 1 && s[i - 1] == '届' && after == Some('次') {
                mark(&mut b, i, n.end + 1);
            }
            if session && named {
                let w = ["次会议", "次全会", "中全会", "次全体会议", "次代表大会"]
                    .iter()
                    .find(|w| starts_with(s, n.end, w))
                    .map_or(0, |w| w.chars().count());
                mark(&mut b, i.saturating_sub(6), n.end + w);
            }
            // Phases of a project: 二期工程, 一期核心区, 改扩建二期.
            // and a phase in its own parenthesis after a name: …项目（三期）,
            // or in a list of phases (海电三期、…热电二期等).
            if n.chinese
                && after == Some('期')
                && (s.get(n.end + 1).is_some_and(|c| is_han(*c))
                    || (i > 0 && matches!(s[i - 1], '建' | '造' | '程' | '（'))
                    || s.get(n.end + 1) == Some(&'）')
                    || phase_listed(s, n.end + 1))
            {
                mark(&mut b, i, n.end + 1);
            }
            // Slogans named by their length: 六字方针, 八字要求.
            if n.chinese && after == Some('字') {
                mark(&mut b, i, n.end + 1);
            }
            // Hotlines and codes: 12345 (but 15000人 is a quantity, and
            // 99.93% has a decimal part).
            let code = s[n.start..n.end].iter().all(char::is_ascii_digit);
            if !n.chinese && code && n.end - n.start >= 5 && word_at(s, n.end, MEASURES).is_none() {
                mark(&mut b, i, n.end);
            }
        }
    }
    b
}

/// Whether a 、 at `k` (after a phase's 期) is followed, in the same
/// clause, by another phase written in Chinese numerals (…二期): a list
/// of named phases, not of counts.
fn phase_listed(s: &[char], k: usize) -> bool {
    if s.get(k) != Some(&'、') {
        return false;
    }
    let end = (k..s.len())
        .find(|&j| matches!(s[j], '，' | '。' | '；'))
        .unwrap_or(s.len());
    (k + 2..end).any(|j| s[j] == '期' && is_chinese_numeral(s[j - 1]))
}

/// Nouns of people counted in ten thousands without a measure word
/// (200万中小学生).
const PERSONS: &[&str] = &[
    "中小学生",
    "学生",
    "儿童",
    "青少年",
    "群众",
    "居民",
    "市民",
    "村民",
    "老人",
    "职工",
    "农民",
    "妇女",
];

const RANGE_MARKS: &[&str] = &["——", "—", "―", "–", "-", "~", "至", "到"];
const QUALIFIERS: &[&str] = &["及以上", "以上", "以内", "以下", "左右", "之内"];

/// Scans the sentence for a plan of calendar year `year`.
pub(crate) fn scan(s: &[char], year: i32) -> Scan {
    let mut blocked = block(s);
    let deadlines = deadlines(s, year);
    for d in &deadlines {
        for x in blocked.iter_mut().take(d.end).skip(d.start) {
            *x = true;
        }
    }
    let mut mentions = Vec::new();
    let mut has_number = false;
    let mut i = 0;
    while i < s.len() {
        let starts_here = i == 0
            || !(s[i - 1].is_ascii_digit() || is_chinese_numeral(s[i - 1]) || s[i - 1] == '.');
        let Some(n) = number_at(s, i).filter(|_| starts_here && !blocked[i]) else {
            i += 1;
            continue;
        };
        let mut j = n.end;
        let mut max = None;
        if let Some(r) = word_at(s, j, RANGE_MARKS) {
            let k = j + r.chars().count();
            if let Some(m) = number_at(s, k).filter(|m| m.chinese == n.chinese && !blocked[k]) {
                j = m.end;
                max = Some(m);
            }
        }
        while s.get(j) == Some(&' ') {
            j += 1;
        }
        // 270余座, 30多人: about the number, with its measure after.
        if matches!(s.get(j), Some('余') | Some('多')) && word_at(s, j + 1, MEASURES).is_some() {
            j += 1;
        }
        // 5万户, 20万个: ten thousand of any measure after 万 (money, 万元,
        // stays in the unit the text gives it in).
        let wan = s.get(j) == Some(&'万')
            && word_at(s, j, MEASURES).is_none()
            && word_at(s, j + 1, MEASURES).is_some_and(|w| !w.starts_with('元'));
        // 为200万中小学生开展…: ten thousand people named by their noun,
        // with no measure word between.
        let persons = s.get(j) == Some(&'万')
            && word_at(s, j + 1, MEASURES).is_none()
            && word_at(s, j + 1, PERSONS).is_some();
        let wan = wan || persons;
        let measure = if s.get(j) == Some(&'%') {
            Some("%")
        } else if s.get(j) == Some(&'‰') {
            Some("‰")
        } else if persons {
            // 万 is taken as the measure's place; the noun stays after it.
            Some("人")
        } else if wan {
            j += 1;
            word_at(s, j, MEASURES)
        } else {
            word_at(s, j, MEASURES)
        };
        let Some(measure) = measure else {
            if !n.chinese {
                has_number = true;
            }
            i = max.as_ref().map_or(n.end, |m| m.end);
            continue;
        };
        // A lone Chinese 一 with a measure (一项任务) is an article.
        if !(n.chinese && n.whole() == Some(1) && max.is_none()) {
            has_number = true;
        }
        j += measure.chars().count();
        if NOT_COUNTS.contains(&measure) {
            i = j;
            continue;
        }
        if let Some(q) = word_at(s, j, QUALIFIERS) {
            j += q.chars().count();
        }
        // 10万平方米, 7万人次: ten thousand of the measure after 万. Money
        // (万元) stays in the unit the text gives it in, as levels do.
        let (mut n, mut max, mut measure) = (n, max, measure);
        let ten_thousand = if wan {
            Some(measure)
        } else {
            measure.strip_prefix('万').filter(|r| *r != "元")
        };
        if let Some(rest) = ten_thousand {
            let times = |x: &Number| {
                let raw = x.value.raw().checked_mul(10_000)?;
                Some(Number {
                    value: crate::fixed::Fixed::from_raw(raw),
                    ..x.clone()
                })
            };
            let scaled_max = max.as_ref().map(times);
            if let (Some(v), false) = (times(&n), scaled_max.as_ref().is_some_and(Option::is_none))
            {
                n = v;
                max = scaled_max.flatten();
                measure = rest;
            }
        }
        mentions.push(Mention {
            start: i,
            end: j,
            value: n,
            max,
            measure: measure.to_string(),
        });
        i = j;
    }
    Scan {
        mentions,
        deadlines,
        has_number,
    }
}

/// The lead unit the sentence names: 由XX牵头, （牵头单位：XX）, （XX牵头）,
/// 责任单位：XX (the first named).
pub(crate) fn lead_unit(s: &[char]) -> Option<String> {
    let text: String = s.iter().collect();
    for label in [
        "牵头单位：",
        "牵头处室：",
        "牵头部门：",
        "牵头科室：",
        "责任单位：",
        "责任处室：",
        "责任部门：",
        "责任科室：",
        "牵头：",
    ] {
        if let Some(p) = text.find(label) {
            let rest = &text[p + label.len()..];
            let end = rest
                .find(['）', '；', '，', '。', '、', ' ', '\n'])
                .unwrap_or(rest.len());
            let unit = rest[..end].trim();
            if !unit.is_empty() {
                return Some(unit.to_string());
            }
        }
    }
    let p = text.find("牵头")?;
    let before = &text[..p];
    // 由XX牵头 or （XX牵头）: the unit is between the opener and 牵头.
    let open = before.rfind(['由', '（'])?;
    let unit = before[open + before[open..].chars().next()?.len_utf8()..].trim();
    let chars = unit.chars().count();
    if (2..=20).contains(&chars) && !unit.contains(['，', '。']) {
        Some(unit.to_string())
    } else {
        None
    }
}

/// The supporting units the sentence names: 配合单位：XX、YY (and the like),
/// or the units after the first of a 责任单位 list, which the first leads;
/// when a 牵头单位 is named too, every 责任单位 supports it.
pub(crate) fn partners(s: &[char]) -> Vec<String> {
    let text: String = s.iter().collect();
    let list = |label: &str| -> Option<Vec<String>> {
        let p = text.find(label)?;
        let rest = &text[p + label.len()..];
        let end = rest
            .find(['）', ')', ']', '】', '；', '。', '\n'])
            .unwrap_or(rest.len());
        let names = rest[..end]
            .split(['、', '，', ',', '/', ' '])
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect();
        Some(names)
    };
    for label in [
        "配合单位：",
        "配合处室：",
        "配合部门：",
        "配合科室：",
        "协办单位：",
    ] {
        if let Some(names) = list(label) {
            return names;
        }
    }
    let led = ["牵头单位：", "牵头处室：", "牵头部门：", "牵头科室："]
        .iter()
        .any(|l| text.contains(l));
    for label in ["责任单位：", "责任处室：", "责任部门：", "责任科室："] {
        if let Some(names) = list(label) {
            return if led {
                names
            } else {
                names.into_iter().skip(1).collect()
            };
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let s: Vec<char> = input.chars().collect();
        let got: Vec<String> = scan(&s, 2027)
            .mentions
            .iter()
            .map(|m| s[m.start..m.end].iter().collect())
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn quantities() {
        check("全年计划组织专题培训6次、实地研学4次", &["6次", "4次"]);
        check("落地实施优秀项目8-10个", &["8-10个"]);
        check("每季度开展1—2次", &["1—2次"]);
        check("组织六次、两次、十二个", &["六次", "两次", "十二个"]);
        check("覆盖率达90%以上", &["90%以上"]);
        check("坚定拥护“两个确立”、增强四个意识", &[]);
        check("严格落实“第一议题”制度，立足三服务", &[]);
        check("推进“1+1+N”模式，落实十四五规划和二十大精神", &[]);
        check("由秘书一处牵头，学习《习近平谈治国理政》第五卷", &[]);
        check("2025年6月底前完成", &[]);
        check("整合12345热线", &[]);
        check("压缩至5个工作日以内", &["5个工作日以内"]);
        check("根据区十一届人大二次会议通过的报告，召开2次会议", &["2次"]);
        check("贯彻二十届三中全会精神", &[]);
        check("推进改扩建二期、一期核心区建设，编发简报12期", &["12期"]);
    }

    #[test]
    fn lead_units() {
        let lead = |t: &str| lead_unit(&t.chars().collect::<Vec<_>>());
        assert_eq!(lead("由督查室牵头，每月通报"), Some("督查室".into()));
        assert_eq!(
            lead("每月通报1次（责任单位：督查室、秘书一处）"),
            Some("督查室".into())
        );
        assert_eq!(lead("每月通报1次（综合处牵头）"), Some("综合处".into()));
        assert_eq!(lead("每月通报1次"), None);
    }

    #[test]
    fn partner_units() {
        let of = |t: &str| partners(&t.chars().collect::<Vec<_>>());
        assert_eq!(
            of("每月通报1次（责任单位：督查室、秘书一处、综合处）"),
            ["秘书一处", "综合处"]
        );
        assert_eq!(
            of("牵头单位：区发改局 责任单位：开发区，各街道"),
            ["开发区", "各街道"]
        );
        assert_eq!(
            of("由督查室牵头，配合单位：人事处、信息中心。"),
            ["人事处", "信息中心"]
        );
        assert!(of("由督查室牵头，每月通报").is_empty());
    }
}
