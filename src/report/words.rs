//! Small pieces of official Chinese wording: dates, numerals, percentages,
//! quoted titles.

use chrono::{Datelike, NaiveDate};

use crate::fixed::Fixed;
use crate::frac::Frac;
use crate::plan::Cadence;

/// "11月27日" within the plan's own year, "2027年1月5日" outside it, as
/// reports leave out the year everyone already knows.
pub(crate) fn month_day(date: NaiveDate, plan_year: i32) -> String {
    if date.year() == plan_year {
        format!("{}月{}日", date.month(), date.day())
    } else {
        full_date(date)
    }
}

/// "2026年11月27日", for the signature and dates outside the plan year.
pub(crate) fn full_date(date: NaiveDate) -> String {
    format!("{}年{}月{}日", date.year(), date.month(), date.day())
}

/// Chinese numerals for part and section numbers: 1 → 一, 12 → 十二,
/// 20 → 二十, 35 → 三十五; beyond 99 the digits themselves.
pub(crate) fn numeral(n: usize) -> String {
    const DIGITS: [&str; 10] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0 => DIGITS[0].to_string(),
        1..=9 => DIGITS[n].to_string(),
        10..=19 => format!("十{}", if n == 10 { "" } else { DIGITS[n - 10] }),
        20..=99 => format!(
            "{}十{}",
            DIGITS[n / 10],
            if n.is_multiple_of(10) {
                ""
            } else {
                DIGITS[n % 10]
            }
        ),
        _ => n.to_string(),
    }
}

/// "一是", "二是", … for listing problems the way reports do.
pub(crate) fn ordinal_is(n: usize) -> String {
    format!("{}是", numeral(n))
}

/// "83.3%": the engine's fraction as reports print it.
pub(crate) fn pct(f: Frac) -> String {
    format!("{}%", f.percent_1dp())
}

/// A measured value with its unit: "92.5%", "2.2天".
pub(crate) fn value(v: Fixed, unit: &str) -> String {
    format!("{v}{unit}")
}

/// The section heading without its own number, so that a report covering
/// part of the plan can number its sections afresh:
/// "（一）强化理论武装，筑牢思想根基" → "强化理论武装，筑牢思想根基".
pub(crate) fn strip_number(title: &str) -> &str {
    let t = title.trim();
    for (open, close) in [('（', '）'), ('(', ')')] {
        if let Some(rest) = t.strip_prefix(open) {
            if let Some(idx) = rest.find(close) {
                let inner = &rest[..idx];
                if !inner.is_empty() && inner.chars().all(is_numeral_char) {
                    return rest[idx + close.len_utf8()..].trim_start();
                }
            }
        }
    }
    if let Some(idx) = t.find('、') {
        let head = &t[..idx];
        if !head.is_empty() && head.chars().all(is_numeral_char) {
            return t[idx + '、'.len_utf8()..].trim_start();
        }
    }
    t
}

fn is_numeral_char(c: char) -> bool {
    c.is_ascii_digit() || "〇一二三四五六七八九十百".contains(c)
}

/// A title in quotation marks, its own “double” quotes turned to ‘single’
/// ones as nested quotations are written: 建立“第一议题”学习制度 →
/// “建立‘第一议题’学习制度”.
pub(crate) fn quoted(title: &str) -> String {
    let inner: String = title
        .trim()
        .chars()
        .map(|c| match c {
            '“' => '‘',
            '”' => '’',
            c => c,
        })
        .collect();
    format!("“{inner}”")
}

/// A sentence ends with exactly one full stop, whatever the user typed.
pub(crate) fn end_sentence(s: &str) -> String {
    let t = s
        .trim_end()
        .trim_end_matches(['。', '；', '，', '.', ';', ',']);
    format!("{t}。")
}

/// How many periods, as counted: "12个月", "53周", "4个季度", "1个年度".
pub(crate) fn periods_count(cadence: Cadence, n: usize) -> String {
    match cadence {
        Cadence::Week => format!("{n}周"),
        Cadence::Month => format!("{n}个月"),
        Cadence::Quarter => format!("{n}个季度"),
        Cadence::Year => format!("{n}个年度"),
    }
}

/// The period word as in "每月": "周", "月", "季度", "年度".
pub(crate) fn period_word(cadence: Cadence) -> &'static str {
    match cadence {
        Cadence::Week => "周",
        Cadence::Month => "月",
        Cadence::Quarter => "季度",
        Cadence::Year => "年度",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numerals() {
        let check = |n, s: &str| assert_eq!(numeral(n), s, "{n}");
        check(1, "一");
        check(4, "四");
        check(10, "十");
        check(12, "十二");
        check(20, "二十");
        check(35, "三十五");
        check(100, "100");
    }

    #[test]
    fn strips_section_numbers() {
        let check = |t, s: &str| assert_eq!(strip_number(t), s, "{t}");
        check(
            "（一）强化理论武装，筑牢思想根基",
            "强化理论武装，筑牢思想根基",
        );
        check("(12)其他", "其他");
        check("三、聚焦主责主业", "聚焦主责主业");
        check("（注）说明", "（注）说明");
        check("制度建设、机制完善", "制度建设、机制完善");
    }

    #[test]
    fn quotes_and_dates() {
        assert_eq!(quoted("建立“第一议题”学习制度"), "“建立‘第一议题’学习制度”");
        assert_eq!(end_sentence("已完成；"), "已完成。");
        let d = |s: &str| s.parse::<NaiveDate>().expect("date");
        assert_eq!(month_day(d("2026-11-27"), 2026), "11月27日");
        assert_eq!(month_day(d("2027-01-05"), 2026), "2027年1月5日");
    }
}
