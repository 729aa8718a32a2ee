//! Exact decimal values for measured figures (percentages, days, scores).
//!
//! Readings and lines are entered with a few decimals ("91.5", "7.25"). They
//! are held as integers of ten-thousandths so that comparisons against a line
//! are exact and "90" is never 89.99999.

use std::fmt;
use std::str::FromStr;

/// A decimal with four places, held as an integer count of 1/10 000.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Fixed(i64);

/// How many units make 1.
pub const SCALE: i64 = 10_000;

/// Why a text is not a decimal this app accepts.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FixedError {
    /// Empty or not a number.
    #[error("not a number: {0:?}")]
    NotANumber(String),
    /// More than four decimal places.
    #[error("at most 4 decimal places: {0:?}")]
    TooPrecise(String),
    /// Too large to hold.
    #[error("number too large: {0:?}")]
    TooLarge(String),
}

impl Fixed {
    /// Zero.
    pub const ZERO: Fixed = Fixed(0);

    /// From a whole number.
    pub const fn from_int(n: i64) -> Fixed {
        Fixed(n * SCALE)
    }

    /// From a raw count of ten-thousandths.
    pub const fn from_raw(raw: i64) -> Fixed {
        Fixed(raw)
    }

    /// The raw count of ten-thousandths.
    pub const fn raw(self) -> i64 {
        self.0
    }

    /// The nearest `f64`, for charts only: never compare with it.
    pub fn to_f64(self) -> f64 {
        self.0 as f64 / SCALE as f64
    }

    /// From an `f64` as it came out of a JSON number, rounded to four places.
    /// Returns `None` for NaN, infinities and values out of range.
    pub fn from_f64(v: f64) -> Option<Fixed> {
        if !v.is_finite() {
            return None;
        }
        let scaled = (v * SCALE as f64).round();
        if scaled.abs() > 9.0e15 {
            return None;
        }
        Some(Fixed(scaled as i64))
    }
}

impl FromStr for Fixed {
    type Err = FixedError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let t = s.trim().trim_end_matches('%').trim();
        let bad = || FixedError::NotANumber(s.to_string());
        let (neg, body) = match t.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, t.strip_prefix('+').unwrap_or(t)),
        };
        let (int_part, frac_part) = match body.split_once('.') {
            Some((i, f)) => (i, f),
            None => (body, ""),
        };
        if int_part.is_empty() && frac_part.is_empty() {
            return Err(bad());
        }
        if !int_part.bytes().all(|b| b.is_ascii_digit())
            || !frac_part.bytes().all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        if frac_part.len() > 4 {
            return Err(FixedError::TooPrecise(s.to_string()));
        }
        let too_large = || FixedError::TooLarge(s.to_string());
        let int: i64 = if int_part.is_empty() {
            0
        } else {
            int_part.parse().map_err(|_| too_large())?
        };
        let mut frac: i64 = if frac_part.is_empty() {
            0
        } else {
            frac_part.parse().map_err(|_| bad())?
        };
        for _ in frac_part.len()..4 {
            frac *= 10;
        }
        let raw = int
            .checked_mul(SCALE)
            .and_then(|v| v.checked_add(frac))
            .ok_or_else(too_large)?;
        Ok(Fixed(if neg { -raw } else { raw }))
    }
}

impl fmt::Display for Fixed {
    /// Shortest exact form: "90", "91.5", "-0.25".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let int = abs / SCALE as u64;
        let frac = abs % SCALE as u64;
        if frac == 0 {
            write!(f, "{sign}{int}")
        } else {
            let digits = format!("{frac:04}");
            write!(f, "{sign}{int}.{}", digits.trim_end_matches('0'))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Result<&str, ()>) {
        let got = input
            .parse::<Fixed>()
            .map(|v| v.to_string())
            .map_err(|_| ());
        assert_eq!(got.as_deref(), expected.as_deref(), "input {input:?}");
    }

    #[test]
    fn parses_and_prints_exactly() {
        check("90", Ok("90"));
        check("91.5", Ok("91.5"));
        check(" 7.25 ", Ok("7.25"));
        check("95%", Ok("95"));
        check("-0.5", Ok("-0.5"));
        check(".5", Ok("0.5"));
        check("0.0001", Ok("0.0001"));
        check("1.00000", Err(()));
        check("abc", Err(()));
        check("", Err(()));
        check("1e3", Err(()));
        check("99999999999999999999", Err(()));
    }

    #[test]
    fn compares_without_float_error() {
        let a: Fixed = "0.3".parse().unwrap();
        let b: Fixed = "0.1".parse().unwrap();
        let c: Fixed = "0.2".parse().unwrap();
        assert_eq!(Fixed::from_raw(b.raw() + c.raw()), a);
        assert_eq!(Fixed::from_f64(91.5), Some("91.5".parse().unwrap()));
        assert_eq!(Fixed::from_f64(f64::NAN), None);
    }
}
