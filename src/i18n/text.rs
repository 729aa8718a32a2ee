//! Message templates filled and dates written in words: what every table
//! of words here needs to be said, and what the rules, the report and the
//! views use to say it (through `present`, which re-exports them).

use chrono::{Datelike, NaiveDate};

use super::Lang;

/// Fills the numbered holes `{0}`, `{1}`… of a message template. Holes
/// without an argument are left as written, so a mistake shows on screen
/// instead of vanishing.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let hole = after
            .find('}')
            .and_then(|close| after[..close].parse::<usize>().ok().map(|i| (i, close)));
        match hole.and_then(|(i, close)| args.get(i).map(|a| (a, close))) {
            Some((arg, close)) => {
                out.push_str(arg);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A calendar date: "2026年11月27日" in Chinese, "2026-11-27" in English.
pub fn fmt_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
        Lang::En => iso_date(date),
    }
}

/// "2026-11-27", as `<input type="date">` takes it. (Written out rather
/// than through chrono's formatter, whose machinery the first screen's
/// code would otherwise carry; years are 1000–9999, see `seed::MIN_YEAR`.)
pub fn iso_date(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}
