//! Reading and writing single cells: formula neutralisation, dates,
//! quantities, lists.

use chrono::NaiveDate;

/// Characters that make Excel or WPS treat a cell as a formula, in ASCII
/// and in the full-width forms a Chinese input method types (OWASP,
/// "CSV Injection").
const FORMULA: [char; 8] = ['=', '+', '-', '@', '＝', '＋', '－', '＠'];

/// Characters that hide or start a formula when they open a cell (tab,
/// carriage return, line feed), plus the quote mark itself so that the
/// neutralising quote can always be told apart from one the user typed.
const OPENERS: [char; 4] = ['\t', '\r', '\n', '\''];

/// Whether `c` is invisible at the start of a cell and skipped by a
/// spreadsheet before it looks for a formula: whitespace, and the
/// zero-width and direction marks (U+FEFF, U+200B–U+200F, U+2060–U+2064,
/// U+202A–U+202E, U+061C, U+180E, U+00AD) that a pasted text can carry
/// unseen.
fn skipped(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{feff}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2060}'..='\u{2064}'
                | '\u{202a}'..='\u{202e}'
                | '\u{061c}'
                | '\u{180e}'
                | '\u{00ad}'
        )
}

/// Whether a spreadsheet could read `cell` as a formula: it opens with a
/// formula character, possibly after whitespace or invisible marks
/// (spreadsheets skip them, see [`skipped`]), or with a tab, carriage
/// return, line feed or quote.
pub(crate) fn looks_like_formula(cell: &str) -> bool {
    match cell.chars().next() {
        Some(c) if OPENERS.contains(&c) || FORMULA.contains(&c) => true,
        Some(c) if skipped(c) => cell
            .chars()
            .find(|&c| !skipped(c))
            .is_some_and(|c| FORMULA.contains(&c)),
        _ => false,
    }
}

/// The cell as written: with a leading `'` when a spreadsheet could take
/// it as a formula.
pub(crate) fn neutralise(cell: &str) -> String {
    if looks_like_formula(cell) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The cell as meant: without the quote [`neutralise`] put in front, and
/// nothing else: a quote is taken off only where export would have put it.
pub(crate) fn unneutralise(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if looks_like_formula(rest) => rest,
        _ => cell,
    }
}

/// Full-width digits (as typed with a Chinese input method) as ASCII.
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            other => other,
        })
        .collect()
}

/// A date as 2026-03-05, 2026/3/5, 2026.3.5 or 2026年3月5日; a time of day
/// after it, as spreadsheets add ("2026/3/5 0:00"), is ignored.
pub(crate) fn parse_date(cell: &str) -> Option<NaiveDate> {
    let s = ascii_digits(cell.trim());
    let mut words = s.split_whitespace();
    let date = words.next()?;
    for rest in words {
        if !rest.chars().all(|c| c.is_ascii_digit() || c == ':') {
            return None;
        }
    }
    let date = date.strip_suffix('日').unwrap_or(date);
    let parts: Vec<&str> = date.split(['-', '/', '.', '年', '月']).collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    let digits = |p: &str, lens: std::ops::RangeInclusive<usize>| {
        lens.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(y, 4..=4) || !digits(m, 1..=2) || !digits(d, 1..=2) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// Why a quantity cell cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuantityError {
    /// Not a whole number.
    NotANumber,
    /// Zero.
    Zero,
}

/// A quantity: a positive whole number, 1 when the cell is empty.
pub(crate) fn parse_quantity(cell: &str) -> Result<u32, QuantityError> {
    let s = ascii_digits(cell.trim());
    if s.is_empty() {
        return Ok(1);
    }
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(QuantityError::NotANumber);
    }
    match s.parse::<u32>() {
        Ok(0) => Err(QuantityError::Zero),
        Ok(n) => Ok(n),
        Err(_) => Err(QuantityError::NotANumber),
    }
}

/// The non-empty, trimmed pieces of a list cell.
pub(crate) fn split_list<'a>(cell: &'a str, separators: &'a [char]) -> Vec<&'a str> {
    cell.split(separators)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_the_forms_spreadsheets_write() {
        let check = |input: &str, expected: Option<(i32, u32, u32)>| {
            let want = expected.and_then(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d));
            assert_eq!(parse_date(input), want, "input {input:?}");
        };
        check("2026-03-05", Some((2026, 3, 5)));
        check("2026/3/5", Some((2026, 3, 5)));
        check("2026.3.5", Some((2026, 3, 5)));
        check("2026年3月5日", Some((2026, 3, 5)));
        check("２０２６年３月５日", Some((2026, 3, 5)));
        check(" 2026/3/5 0:00 ", Some((2026, 3, 5)));
        check("2026-02-30", None);
        check("26-3-5", None);
        check("2026-3", None);
        check("3/5/2026", None);
        check("2026/3/5 上午", None);
        check("", None);
    }

    #[test]
    fn quantities() {
        assert_eq!(parse_quantity(""), Ok(1));
        assert_eq!(parse_quantity(" 12 "), Ok(12));
        assert_eq!(parse_quantity("３"), Ok(3));
        assert_eq!(parse_quantity("0"), Err(QuantityError::Zero));
        assert_eq!(parse_quantity("1.5"), Err(QuantityError::NotANumber));
        assert_eq!(parse_quantity("-2"), Err(QuantityError::NotANumber));
        assert_eq!(parse_quantity("3次"), Err(QuantityError::NotANumber));
        assert_eq!(
            parse_quantity("99999999999"),
            Err(QuantityError::NotANumber)
        );
    }

    #[test]
    fn neutralising_round_trips() {
        for cell in [
            "=1+1",
            "+86",
            "-3",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "\nx",
            "\n=1+1",
            "  =1+1",
            "\u{3000}＝1",
            "\u{feff}=1+1",
            "\u{200b}\u{feff} +1",
            "\u{2060}@A1",
            "＝SUM(A1)",
            "＋86",
            "－3",
            "＠A1",
            " plain",
            "'quoted",
            "''",
            "' =x",
            "plain",
            "",
        ] {
            let written = neutralise(cell);
            assert_eq!(unneutralise(&written), cell, "cell {cell:?}");
        }
        // A quote a user typed before ordinary text is kept.
        assert_eq!(unneutralise("'abc"), "'abc");
        assert_eq!(unneutralise("' abc"), "' abc");
        // What export guards and what it leaves alone.
        let guarded = |c: &str| neutralise(c).starts_with('\'') && !c.starts_with('\'');
        for c in [
            "\n=1",
            "  =1",
            "\t+1",
            " @A1",
            "＝1",
            "＋1",
            "－1",
            "＠1",
            "\u{3000}＝1",
        ] {
            assert!(guarded(c), "{c:?} is guarded");
        }
        for c in [" plain", "1-2", "平常 =1", "a@b", "５－３"] {
            assert_eq!(neutralise(c), c, "{c:?} is left alone");
        }
    }
}
