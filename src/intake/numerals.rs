//! Numbers as plans write them: Arabic (`6`, `8-10`, `3.5`) and Chinese
//! (`六`, `两`, `十二`, `一百二十`).

use crate::fixed::Fixed;

/// The value of one Chinese digit character, if it is one.
pub(crate) fn chinese_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral.
pub(crate) fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '万')
}

/// The value of a whole Chinese numeral (`十二` → 12, `一百零五` → 105,
/// `两千` → 2000), or `None` when the characters do not form one.
pub(crate) fn parse_chinese(s: &[char]) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    let mut total: u64 = 0; // completed 万 groups
    let mut section: u64 = 0; // below 万
    let mut digit: Option<u64> = None;
    for &c in s {
        if let Some(d) = chinese_digit(c) {
            if digit.is_some() && d != 0 {
                // Two digits in a row ("一二") is not a numeral.
                return None;
            }
            digit = if d == 0 { None } else { Some(d) };
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => {
                section += digit.take().unwrap_or(0);
                total = (total + section).checked_mul(10_000)?;
                section = 0;
                continue;
            }
            _ => return None,
        };
        section += digit.take().unwrap_or(1) * unit;
    }
    section += digit.unwrap_or(0);
    Some(total + section)
}

/// A number found in text: where it is (char indices) and its value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Number {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The value, exact.
    pub value: Fixed,
    /// Written in Chinese characters.
    pub chinese: bool,
}

impl Number {
    /// The value as a whole count, when it is one and fits.
    pub fn whole(&self) -> Option<u32> {
        let raw = self.value.raw();
        if raw % crate::fixed::SCALE != 0 || raw < 0 {
            return None;
        }
        u32::try_from(raw / crate::fixed::SCALE).ok()
    }
}

/// The number starting exactly at `i`, if any. Arabic numbers may carry a
/// decimal part; Chinese numerals are read whole.
pub(crate) fn number_at(s: &[char], i: usize) -> Option<Number> {
    let c = *s.get(i)?;
    if c.is_ascii_digit() {
        let mut end = i;
        while end < s.len() && s[end].is_ascii_digit() {
            end += 1;
        }
        if end + 1 < s.len() && s[end] == '.' && s[end + 1].is_ascii_digit() {
            end += 1;
            while end < s.len() && s[end].is_ascii_digit() {
                end += 1;
            }
        }
        let text: String = s[i..end].iter().collect();
        let value = text.parse::<Fixed>().ok()?;
        return Some(Number {
            start: i,
            end,
            value,
            chinese: false,
        });
    }
    if is_chinese_numeral(c) && c != '万' && c != '百' && c != '千' {
        let mut end = i;
        while end < s.len() && is_chinese_numeral(s[end]) {
            end += 1;
        }
        // Take the longest prefix that reads as a numeral.
        while end > i {
            if let Some(v) = parse_chinese(&s[i..end]) {
                let v = i64::try_from(v).ok()?;
                return Some(Number {
                    start: i,
                    end,
                    value: Fixed::from_int(v),
                    chinese: true,
                });
            }
            end -= 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<u64>) {
        let chars: Vec<char> = input.chars().collect();
        assert_eq!(parse_chinese(&chars), expected, "{input}");
    }

    #[test]
    fn chinese_numerals() {
        check("六", Some(6));
        check("两", Some(2));
        check("十", Some(10));
        check("十二", Some(12));
        check("二十", Some(20));
        check("二十五", Some(25));
        check("一百零五", Some(105));
        check("一百二十", Some(120));
        check("两千", Some(2000));
        check("三万五千", Some(35000));
        check("一二", None);
        check("", None);
    }

    #[test]
    fn numbers_in_text() {
        let s: Vec<char> = "达90.5%以上".chars().collect();
        let n = number_at(&s, 1).unwrap();
        assert_eq!((n.start, n.end), (1, 5));
        assert_eq!(n.value, "90.5".parse().unwrap());
        assert_eq!(n.whole(), None);
        let s: Vec<char> = "十二个".chars().collect();
        assert_eq!(number_at(&s, 0).unwrap().whole(), Some(12));
        assert_eq!(number_at(&s, 2), None);
    }
}
