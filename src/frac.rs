//! Exact fractions for completion, 序时进度 and ratios.
//!
//! Every decision the engine takes (on track or behind, met or near) compares
//! two of these by cross-multiplication in 256-bit integers, so no rounding
//! can tip a status. Floating point appears only in [`Frac::to_f64`], for
//! charts.

use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Mul};

/// A non-negative exact fraction, always reduced, denominator > 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Frac {
    num: u128,
    den: u128,
}

impl Frac {
    /// 0.
    pub const ZERO: Frac = Frac { num: 0, den: 1 };
    /// 1 (100%).
    pub const ONE: Frac = Frac { num: 1, den: 1 };

    /// `num / den`, reduced. A zero denominator gives [`Frac::ZERO`]: a share
    /// of nothing is reported as none, never as a crash or an infinity.
    pub fn new(num: u128, den: u128) -> Frac {
        if den == 0 || num == 0 {
            return Frac::ZERO;
        }
        let g = gcd(num, den);
        Frac {
            num: num / g,
            den: den / g,
        }
    }

    /// A whole number.
    pub const fn from_int(n: u128) -> Frac {
        Frac { num: n, den: 1 }
    }

    /// `percent / 100`: 5 gives 1/20.
    pub fn from_percent(percent: u128) -> Frac {
        Frac::new(percent, 100)
    }

    /// The reduced numerator.
    pub const fn num(self) -> u128 {
        self.num
    }

    /// The reduced denominator (never 0).
    pub const fn den(self) -> u128 {
        self.den
    }

    /// Whether this is 0.
    pub const fn is_zero(self) -> bool {
        self.num == 0
    }

    /// The smaller of the two.
    pub fn min(self, other: Frac) -> Frac {
        if self <= other {
            self
        } else {
            other
        }
    }

    /// The larger of the two.
    pub fn max(self, other: Frac) -> Frac {
        if self >= other {
            self
        } else {
            other
        }
    }

    /// Capped at 1, as completions enter the plan total.
    pub fn capped(self) -> Frac {
        self.min(Frac::ONE)
    }

    /// `self + other` (the same as `+`; see there for exactness).
    #[allow(clippy::should_implement_trait)]
    pub fn add(self, other: Frac) -> Frac {
        self + other
    }

    /// `self × other` (the same as `*`; see there for exactness).
    #[allow(clippy::should_implement_trait)]
    pub fn mul(self, other: Frac) -> Frac {
        self * other
    }

    /// `self ÷ other`; `None` when `other` is 0 (the same as
    /// [`Frac::checked_div`]).
    #[allow(clippy::should_implement_trait)]
    pub fn div(self, other: Frac) -> Option<Frac> {
        self.checked_div(other)
    }

    /// `self − other`, or 0 when `other` is larger. Exact under the same
    /// terms as `+`.
    pub fn saturating_sub(self, other: Frac) -> Frac {
        if self <= other {
            return Frac::ZERO;
        }
        self.checked_sub(other).unwrap_or_else(|| {
            let (a, b) = (self.grid(), other.grid());
            Frac::new(a.saturating_sub(b), GRID)
        })
    }

    /// `self ÷ other`; `None` when `other` is 0.
    pub fn checked_div(self, other: Frac) -> Option<Frac> {
        if other.is_zero() {
            return None;
        }
        Some(
            self * (Frac {
                num: other.den,
                den: other.num,
            }),
        )
    }

    /// `self × n` for a whole `n` (a weight).
    pub fn mul_int(self, n: u128) -> Frac {
        self * Frac::from_int(n)
    }

    /// The nearest `f64`, for charts and JSON output only: never decide with it.
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// Tenths of a percent, rounded half up in integers: 182/365 gives 499
    /// (49.86… %), 1/2000 gives 1 (0.05 % rounds up).
    pub fn per_mille_rounded(self) -> u128 {
        // (num × 1000 + den / 2) / den, done as ⌊(num × 2000 + den) / (2 den)⌋
        // in 256 bits so that no input can overflow.
        let whole = self.num / self.den;
        let rem = self.num % self.den;
        let part = mul_div_round_half_up(rem, 1000, self.den);
        whole.saturating_mul(1000).saturating_add(part)
    }

    /// The percentage with one decimal, rounded half up: "49.9", "33.3",
    /// "100.0", "0.1". This is the text that goes into official reports.
    pub fn percent_1dp(self) -> String {
        let t = self.per_mille_rounded();
        format!("{}.{}", t / 10, t % 10)
    }

    /// How many percentage points `self` trails `other` by (0 when it does
    /// not trail), as a fraction of 1: 1/3 against 182/365 gives ≈ 0.165.
    pub fn points_behind(self, other: Frac) -> Frac {
        other.saturating_sub(self)
    }

    fn checked_add(self, other: Frac) -> Option<Frac> {
        let g = gcd(self.den, other.den);
        let (da, db) = (self.den / g, other.den / g);
        let den = da.checked_mul(other.den)?;
        let num = self
            .num
            .checked_mul(db)?
            .checked_add(other.num.checked_mul(da)?)?;
        Some(Frac::new(num, den))
    }

    fn checked_sub(self, other: Frac) -> Option<Frac> {
        let g = gcd(self.den, other.den);
        let (da, db) = (self.den / g, other.den / g);
        let den = da.checked_mul(other.den)?;
        let num = self
            .num
            .checked_mul(db)?
            .checked_sub(other.num.checked_mul(da)?)?;
        Some(Frac::new(num, den))
    }

    /// `self` rounded down to a multiple of 2⁻⁶⁴, as a count of 2⁻⁶⁴ (the
    /// fallback when an exact result would not fit in 128 bits).
    fn grid(self) -> u128 {
        mul_div(self.num, GRID, self.den).unwrap_or(u128::MAX)
    }
}

/// 2⁶⁴: the denominator of the fallback grid.
const GRID: u128 = 1 << 64;

impl Add for Frac {
    type Output = Frac;

    /// `self + other`. Exact whenever the reduced result fits in 128 bits,
    /// which it does for any plan a person writes; beyond that the sum is
    /// rounded down to a multiple of 2⁻⁶⁴ (and held below 2⁶⁴), far below the
    /// 0.1 % that reports show.
    fn add(self, other: Frac) -> Frac {
        self.checked_add(other).unwrap_or_else(|| {
            let (a, b) = (self.grid(), other.grid());
            Frac::new(a.saturating_add(b), GRID)
        })
    }
}

impl Mul for Frac {
    type Output = Frac;

    /// `self × other`. Exact under the same terms as `+`.
    fn mul(self, other: Frac) -> Frac {
        if self.is_zero() || other.is_zero() {
            return Frac::ZERO;
        }
        // Cross-reduce first so that the products stay as small as they can.
        let g1 = gcd(self.num, other.den);
        let g2 = gcd(other.num, self.den);
        let (an, bd) = (self.num / g1, other.den / g1);
        let (bn, ad) = (other.num / g2, self.den / g2);
        match (an.checked_mul(bn), ad.checked_mul(bd)) {
            (Some(n), Some(d)) => Frac::new(n, d),
            _ => {
                let (a, b) = (self.grid(), other.grid());
                let n = mul_div(a, b, GRID).unwrap_or(u128::MAX);
                Frac::new(n, GRID)
            }
        }
    }
}

impl Default for Frac {
    fn default() -> Self {
        Frac::ZERO
    }
}

impl PartialOrd for Frac {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Frac {
    /// a/b against c/d as a·d against c·b, in 256 bits.
    fn cmp(&self, other: &Self) -> Ordering {
        mul_wide(self.num, other.den).cmp(&mul_wide(other.num, self.den))
    }
}

impl fmt::Display for Frac {
    /// "num/den", or the whole number when the denominator is 1.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

fn gcd(mut a: u128, mut b: u128) -> u128 {
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

/// The full 256-bit product as (high, low) halves; tuples compare in the
/// right order for unsigned 256-bit numbers.
fn mul_wide(a: u128, b: u128) -> (u128, u128) {
    const MASK: u128 = u64::MAX as u128;
    let (a1, a0) = (a >> 64, a & MASK);
    let (b1, b0) = (b >> 64, b & MASK);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    let mid = (p00 >> 64) + (p01 & MASK) + (p10 & MASK);
    let lo = (p00 & MASK) | (mid << 64);
    let hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    (hi, lo)
}

/// ⌊(hi·2¹²⁸ + lo) / d⌋ and the remainder, by binary long division; `None`
/// when the quotient does not fit in 128 bits or `d` is 0.
fn div_wide(hi: u128, lo: u128, d: u128) -> Option<(u128, u128)> {
    if d == 0 || hi >= d {
        return None;
    }
    let mut r = hi;
    let mut q: u128 = 0;
    for i in (0..128).rev() {
        let carry = r >> 127;
        r = (r << 1) | ((lo >> i) & 1);
        q <<= 1;
        // r < d before the shift, so 2r + 1 < 2d: one subtraction suffices.
        if carry == 1 || r >= d {
            r = r.wrapping_sub(d);
            q |= 1;
        }
    }
    Some((q, r))
}

/// ⌊a·b / d⌋, or `None` when it does not fit in 128 bits or `d` is 0.
fn mul_div(a: u128, b: u128, d: u128) -> Option<u128> {
    let (hi, lo) = mul_wide(a, b);
    div_wide(hi, lo, d).map(|(q, _)| q)
}

/// a·b / d rounded half up, for `a < d` (so the result is at most `b`).
fn mul_div_round_half_up(a: u128, b: u128, d: u128) -> u128 {
    let (hi, lo) = mul_wide(a, b);
    match div_wide(hi, lo, d) {
        Some((q, r)) => {
            // Round up when 2r ≥ d, written so that it cannot overflow.
            if r >= d - r {
                q + 1
            } else {
                q
            }
        }
        None => b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_pct(num: u128, den: u128, expected: &str) {
        assert_eq!(Frac::new(num, den).percent_1dp(), expected, "{num}/{den}");
    }

    #[test]
    fn percent_rounds_half_up_in_integers() {
        check_pct(182, 365, "49.9"); // 49.863…
        check_pct(1, 3, "33.3"); // 33.333…
        check_pct(2, 3, "66.7"); // 66.666…
        check_pct(1, 2000, "0.1"); // 0.05 exactly rounds up
        check_pct(1, 2001, "0.0"); // 0.04997…
        check_pct(208, 220, "94.5"); // 94.545…
        check_pct(11, 20, "55.0");
        check_pct(1, 1, "100.0");
        check_pct(3, 2, "150.0");
        check_pct(0, 7, "0.0");
        check_pct(5, 0, "0.0"); // zero denominator is zero
        check_pct(9995, 100_000, "10.0"); // 9.995 rounds up to 10.0
        check_pct(u128::MAX - 1, u128::MAX, "100.0");
    }

    #[test]
    fn reduces_and_compares_exactly() {
        assert_eq!(Frac::new(6, 12), Frac::new(1, 2));
        assert_eq!(Frac::new(6, 12).num(), 1);
        assert_eq!(Frac::new(6, 12).den(), 2);
        assert!(Frac::new(1, 3) < Frac::new(182, 365));
        assert!(Frac::new(3, 6) > Frac::new(182, 365));
        assert_eq!(Frac::new(2, 4).cmp(&Frac::new(1, 2)), Ordering::Equal);
        assert!(Frac::new(u128::MAX, u128::MAX - 1) > Frac::ONE);
        assert!(Frac::new(u128::MAX - 1, u128::MAX) < Frac::ONE);
        assert_eq!(Frac::new(7, 5).min(Frac::ONE), Frac::ONE);
        assert_eq!(Frac::new(7, 5).capped(), Frac::ONE);
        assert_eq!(Frac::new(2, 5).max(Frac::new(1, 5)), Frac::new(2, 5));
    }

    #[test]
    fn arithmetic_is_exact() {
        assert_eq!(Frac::new(1, 3) + Frac::new(1, 6), Frac::new(1, 2));
        assert_eq!(Frac::new(1, 3).saturating_sub(Frac::new(1, 2)), Frac::ZERO);
        assert_eq!(
            Frac::new(1, 2).saturating_sub(Frac::new(1, 3)),
            Frac::new(1, 6)
        );
        assert_eq!(Frac::new(2, 3) * Frac::new(3, 4), Frac::new(1, 2));
        assert_eq!(Frac::new(2, 3).mul_int(3), Frac::from_int(2));
        assert_eq!(
            Frac::new(1, 2).checked_div(Frac::new(1, 4)),
            Some(Frac::from_int(2))
        );
        assert_eq!(Frac::ONE.checked_div(Frac::ZERO), None);
        assert_eq!(Frac::from_percent(5), Frac::new(1, 20));
        // 182/365 − 1/3 = (546 − 365)/1095 = 181/1095 ≈ 16.5 points.
        let behind = Frac::new(1, 3).points_behind(Frac::new(182, 365));
        assert_eq!(behind, Frac::new(181, 1095));
        assert_eq!(behind.percent_1dp(), "16.5");
        assert_eq!(
            Frac::new(1, 2).points_behind(Frac::new(182, 365)),
            Frac::ZERO
        );
    }

    #[test]
    fn huge_operands_fall_back_without_overflow() {
        let a = Frac::new(1, u128::MAX);
        let b = Frac::new(1, u128::MAX - 2);
        // Each is below 2⁻⁶⁴, so the rounded-down sum is 0.
        assert_eq!(a + b, Frac::ZERO);
        let over_one = Frac::new(u128::MAX, u128::MAX - 1);
        assert_eq!(over_one * over_one, Frac::ONE);
        let half = Frac::new(1, 2);
        let third = Frac::new(1, u128::MAX / 3 * 3);
        assert_eq!((half + third).percent_1dp(), "50.0");
    }

    #[test]
    fn wide_helpers_are_right() {
        assert_eq!(mul_wide(u128::MAX, u128::MAX), (u128::MAX - 1, 1));
        assert_eq!(mul_div(u128::MAX, u128::MAX, u128::MAX), Some(u128::MAX));
        assert_eq!(mul_div(10, 10, 3), Some(33));
        assert_eq!(mul_div(u128::MAX, 2, 1), None);
        assert_eq!(Frac::new(1, 3).to_f64(), 1.0 / 3.0);
        assert_eq!(Frac::new(3, 4).to_string(), "3/4");
        assert_eq!(Frac::from_int(2).to_string(), "2");
    }
}
