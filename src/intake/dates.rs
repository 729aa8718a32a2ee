//! Deadlines as plans write them: 6月底前, 3月31日前, 年底前, 上半年,
//! 三季度末, 年内.

use chrono::NaiveDate;

use super::lexicon::starts_with;
use super::numerals::number_at;

/// A deadline phrase: where it is (chars) and the date it means.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Deadline {
    /// First char of the phrase.
    pub start: usize,
    /// One past its last char.
    pub end: usize,
    /// The last day it allows.
    pub date: NaiveDate,
}

fn last_day(year: i32, month: u32) -> Option<NaiveDate> {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
}

/// Skips a trailing 前/以前/之前/底前/内 after a date.
fn tail(s: &[char], mut i: usize) -> usize {
    for w in ["以前", "之前", "前", "内"] {
        if starts_with(s, i, w) {
            i += w.chars().count();
            break;
        }
    }
    i
}

/// The deadline starting at `i` in a plan for `year`, if one starts there.
fn deadline_at(s: &[char], i: usize, year: i32) -> Option<Deadline> {
    let mut j = i;
    // An explicit year: 2026年6月底前.
    if let Some(n) = number_at(s, i).filter(|n| !n.chinese) {
        if n.end - n.start == 4 && s.get(n.end) == Some(&'年') {
            let y = n.whole()? as i32;
            // 2023年底 (the 年 is part of 年底) or 2026年9月底.
            if let Some(rest) = deadline_at(s, n.end, y).or_else(|| deadline_at(s, n.end + 1, y)) {
                return Some(Deadline { start: i, ..rest });
            }
            // 到2025年, 至2027年, 2025年前: a horizon, by the end of that year.
            let by = i > 0 && matches!(s[i - 1], '到' | '至');
            let before = ["前", "以前", "之前"]
                .iter()
                .any(|w| starts_with(s, n.end + 1, w));
            if by || before {
                return Some(Deadline {
                    start: i,
                    end: tail(s, n.end + 1),
                    date: NaiveDate::from_ymd_opt(y, 12, 31)?,
                });
            }
            return None;
        }
    }
    let found = |end: usize, date: Option<NaiveDate>| {
        date.map(|date| Deadline {
            start: i,
            end: tail(s, end),
            date,
        })
    };
    // 明年 in a plan written the year before, 今年 in one written in its
    // year: both the plan's year.
    if ["明年", "今年"].iter().any(|w| starts_with(s, j, w)) {
        let rest = deadline_at(s, j + 2, year)?;
        return Some(Deadline { start: i, ..rest });
    }
    for (w, m) in [
        ("年底", 12),
        ("年末", 12),
        ("年内", 12),
        ("上半年", 6),
        ("下半年", 12),
    ] {
        if starts_with(s, j, w) {
            return found(j + w.chars().count(), last_day(year, m));
        }
    }
    let named = s.get(j) == Some(&'第');
    if named {
        j += 1;
    }
    let n = number_at(s, j)?;
    let v = n.whole()?;
    j = n.end;
    if starts_with(s, j, "季度") {
        let k = j + 2;
        let has_end = ["末", "底", "前", "内"]
            .iter()
            .any(|w| starts_with(s, k, w));
        // 第一季度召开: a quarter named by its ordinal is a time to act in,
        // by its end, as 第一季度内 is (从第一季度开始 is when a routine
        // starts, not a deadline).
        let starts = ["开始", "起"].iter().any(|w| starts_with(s, k, w));
        if !(1..=4).contains(&v) || !(has_end || (named && !starts)) {
            return None;
        }
        let k = if starts_with(s, k, "末") || starts_with(s, k, "底") {
            k + 1
        } else {
            k
        };
        return found(k, last_day(year, v * 3));
    }
    if !(1..=12).contains(&v) {
        return None;
    }
    // 6-7月继续开展…: a span of months that opens its clause, due at the
    // end of its last month.
    let opens = i == 0 || matches!(s[i - 1], '，' | '；' | '：' | '。' | ' ' | '\n');
    if matches!(s.get(j), Some('-' | '—' | '–' | '~' | '至')) {
        let last = number_at(s, j + 1).filter(|w| !w.chinese && s.get(w.end) == Some(&'月'));
        if let Some(w) = last {
            let m = w.whole()?;
            let then_verb = s
                .get(w.end + 1)
                .is_some_and(|c| super::lexicon::is_han(*c) && *c != '份');
            if opens && !n.chinese && v < m && m <= 12 && then_verb {
                return found(w.end + 1, last_day(year, m));
            }
        }
        return None;
    }
    // 7月份建成: by the end of the month.
    if starts_with(s, j, "月份") {
        return found(j + 2, last_day(year, v));
    }
    if s.get(j) != Some(&'月') {
        return None;
    }
    j += 1;
    for (w, day) in [
        ("底", 0),
        ("末", 0),
        ("下旬", 0),
        ("中旬", 20),
        ("上旬", 10),
    ] {
        if starts_with(s, j, w) {
            let date = if day == 0 {
                last_day(year, v)
            } else {
                NaiveDate::from_ymd_opt(year, v, day)
            };
            return found(j + w.chars().count(), date);
        }
    }
    if let Some(d) = number_at(s, j) {
        let day = d.whole()?;
        if matches!(s.get(d.end), Some('日') | Some('号')) {
            return found(d.end + 1, NaiveDate::from_ymd_opt(year, v, day));
        }
        return None;
    }
    // "6月前": by the end of the month before? Offices mean the end of
    // the month named, as 督查 bulletins read it.
    if ["前", "以前", "之前"].iter().any(|w| starts_with(s, j, w)) {
        return found(j, last_day(year, v));
    }
    // A month on its own is "in that month" where it opens a clause (3月开展
    // …活动；4月结合…) or follows 在, 于 or a year (在今年12月完成).
    let placed = i > 0
        && (matches!(s[i - 1], '在' | '于')
            || (s[i - 1] == '年' && i > 1 && matches!(s[i - 2], '今' | '明')));
    if (opens || placed) && !n.chinese && s.get(j).is_some_and(|c| super::lexicon::is_han(*c)) {
        return found(j, last_day(year, v));
    }
    None
}

/// Whether the text opens on a month's number (7-8月开展…, 3月8日开展…),
/// not a word for a part of the year (上半年).
pub(crate) fn opens_on_date(s: &[char], year: i32) -> bool {
    let a = s.iter().position(|c| !c.is_whitespace()).unwrap_or(0);
    s.get(a).is_some_and(|c| c.is_ascii_digit())
        && deadlines(s, year)
            .first()
            .is_some_and(|d| d.start == a && s[d.start..d.end].contains(&'月'))
}

/// Every deadline in the sentence, in order, not overlapping.
pub(crate) fn deadlines(s: &[char], year: i32) -> Vec<Deadline> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut quoted = false;
    while i < s.len() {
        // “年初公布、年中检查、年底兑现”: a slogan's words name no date.
        match s[i] {
            '“' => quoted = true,
            '”' => quoted = false,
            _ => {}
        }
        if quoted {
            i += 1;
            continue;
        }
        // A date starts where a number starts, never inside one (13月底).
        if i > 0 && s[i - 1].is_ascii_digit() && s[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        match deadline_at(s, i, year) {
            Some(d) if d.end > i => {
                i = d.end;
                // 南方财经10月30日电: a news item's dateline.
                let dateline = s.get(d.end) == Some(&'电');
                if !forecast(s, d.start) && !dateline {
                    out.push(d);
                }
            }
            _ => i += 1,
        }
    }
    out
}

/// Whether the clause holding `i` forecasts before it (预计9月底可以完工,
/// 该项目预计2026年建成投用): a date someone expects, not a deadline set.
fn forecast(s: &[char], i: usize) -> bool {
    let from = (0..i)
        .rev()
        .find(|&k| matches!(s[k], '，' | '；' | '。' | '：'))
        .map_or(0, |k| k + 1);
    (from..i).any(|k| starts_with(s, k, "预计"))
}

/// The date a deadline cell of a spreadsheet means, for a plan whose
/// deadlines fall in `year`: 6月底前, 2027年6月30日, 2027-06-30, 2027/6/30.
/// `None` when it names no date (长期坚持, 持续推进) or cannot be read.
pub fn deadline_of(text: &str, year: i32) -> Option<NaiveDate> {
    let t = super::text::normalize(text.trim());
    for f in ["%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(&t, f) {
            return Some(d);
        }
    }
    let s: Vec<char> = t.chars().collect();
    deadlines(&s, year).last().map(|d| d.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let s: Vec<char> = input.chars().collect();
        let got: Vec<String> = deadlines(&s, 2027)
            .iter()
            .map(|d| {
                let phrase: String = s[d.start..d.end].iter().collect();
                format!("{phrase}={}", d.date)
            })
            .collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn deadline_phrases() {
        check("6月底前完成", &["6月底前=2027-06-30"]);
        check("年底前出台", &["年底前=2027-12-31"]);
        check("上半年启动", &["上半年=2027-06-30"]);
        check("三季度末建成", &["三季度末=2027-09-30"]);
        check("第一季度内召开", &["第一季度内=2027-03-31"]);
        check("在第三季度召开", &["第三季度=2027-09-30"]);
        // 蔡甸区's 责任分解方案: the quarter a routine starts in.
        check("从2023年第一季度开始，各责任单位要在每季度最后一个月", &[]);
        check("3月31日前报送", &["3月31日前=2027-03-31"]);
        // A span of months that opens its clause: due at its last month's end.
        check("6-7月继续开展读书月活动", &["6-7月=2027-07-31"]);
        check("，7—8月开展暑期活动", &["7—8月=2027-08-31"]);
        check("2026年9月底前", &["2026年9月底前=2026-09-30"]);
        check("到2023年底", &["2023年底=2023-12-31"]);
        check("十月中旬前", &["十月中旬前=2027-10-20"]);
        check("年内建成", &["年内=2027-12-31"]);
        check("2月前", &["2月前=2027-02-28"]);
        check("每季度至少1次", &[]);
        check("6个月", &[]);
        check("13月底", &[]);
        check("明年7月份建成", &["明年7月份=2027-07-31"]);
        check("今年年底前", &["今年年底前=2027-12-31"]);
        check("到2025年，全区", &["2025年=2025-12-31"]);
        check("2030年前建成", &["2030年前=2030-12-31"]);
        check("2025年工作要点", &[]);
        check("其余项目均计划在今年12月完成", &["今年12月=2027-12-31"]);
        check("3月开展“文明礼仪月”活动", &["3月=2027-03-31"]);
        check("1至3月份", &["3月份=2027-03-31"]);
        check("每3月一次", &[]);
    }
}
