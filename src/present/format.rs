//! Wording of dates, numbers and figures in the user's language. What
//! depends on a target's kind (its goal, its figures in a sentence or a
//! few characters, whether its bar shows 序时进度) is the kind's words
//! module's (`present/kind_words/`), which words its figures with these.

use chrono::{Datelike, NaiveDate};

use crate::engine::{Measure, Status};
use crate::frac::Frac;
use crate::i18n::Lang;

/// Templates and dates in words, kept with the words (`i18n::text`) so that
/// the rules, below this module, can use them too.
pub use crate::i18n::text::{fill, fmt_date, iso_date};
use crate::period::Period;
use crate::plan::{Cadence, TargetKind};

/// How many missed periods are named one by one before the list is
/// summarised: a weekly cadence can miss fifty weeks, and a line naming every
/// one of them is unreadable.
pub const MISSED_LISTED: usize = 4;

/// Missed periods in words: all of them when few ("2026年3月、2026年6月"),
/// else how many and the latest three ("共47个周期，最近：…").
pub fn missed_periods_text(periods: &[Period], lang: Lang) -> String {
    let m = crate::i18n::target::msgs(lang);
    let label = |p: &Period| match lang {
        Lang::Zh => p.label_zh(),
        Lang::En => p.label_en(),
    };
    if periods.len() <= MISSED_LISTED {
        return periods
            .iter()
            .map(label)
            .collect::<Vec<_>>()
            .join(m.list_sep);
    }
    let latest: Vec<String> = periods[periods.len() - 3..].iter().map(label).collect();
    fill(
        m.missed_many,
        &[&periods.len().to_string(), &latest.join(m.list_sep)],
    )
}

/// A date within a known year, for dense tables: "11月27日" / "11-27".
pub fn fmt_date_short(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}月{}日", date.month(), date.day()),
        Lang::En => format!("{:02}-{:02}", date.month(), date.day()),
    }
}

/// Parses a date as `<input type="date">` gives it ("2026-11-27").
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok()
}

/// A fraction of 1 as a percentage with one decimal: "49.9%".
pub fn fmt_percent(f: Frac) -> String {
    format!("{}%", f.percent_1dp())
}

/// A number followed by its unit: "6 次", but "90%" with no space.
pub fn with_unit(number: &str, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() {
        number.to_string()
    } else if unit == "%" || unit == "％" {
        format!("{number}%")
    } else {
        format!("{number} {unit}")
    }
}

/// A figure from the engine with its unit; "—" when there is none.
pub fn fmt_measure(m: Measure, unit: &str) -> String {
    match m {
        Measure::Count(n) => with_unit(&n.to_string(), unit),
        Measure::Value(v) => with_unit(&v.to_string(), unit),
        Measure::Percent(f) => fmt_percent(f),
        Measure::None => "—".to_string(),
    }
}

/// The status word: 完成, 正常, 滞后… / Done, On track, Behind…
pub fn status_word(status: Status, lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => status.label_zh(),
        Lang::En => status.label_en(),
    }
}

/// The status word as it reads inside a sentence (lower case in English).
pub(crate) fn status_in_sentence(status: Status, lang: Lang) -> String {
    match lang {
        Lang::Zh => status.label_zh().to_string(),
        Lang::En => status.label_en().to_lowercase(),
    }
}

/// The name of a kind of target: 数量, 区间, 每人… / Count, Range…
pub fn kind_name(kind: &TargetKind, lang: Lang) -> &'static str {
    crate::plan::kind::of(kind).name(lang)
}

/// 每周, 每月, 每季度, 每年 / weekly, monthly…
pub fn cadence_name(cadence: Cadence, lang: Lang) -> &'static str {
    let i = match cadence {
        Cadence::Week => 0,
        Cadence::Month => 1,
        Cadence::Quarter => 2,
        Cadence::Year => 3,
    };
    crate::i18n::target::msgs(lang).cadences[i]
}

/// Splits a typed list of names on 、，, ; and spaces, dropping blanks and
/// repeats, keeping the order typed.
pub fn parse_people(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in
        text.split(|c: char| matches!(c, '、' | '，' | ',' | ';' | '；') || c.is_whitespace())
    {
        let name = name.trim();
        if !name.is_empty() && !out.iter().any(|n| n == name) {
            out.push(name.to_string());
        }
    }
    out
}
