//! Exact fractions for completion, 序时进度 and ratios.

/// A non-negative exact fraction, always reduced, denominator > 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Frac {
    num: u128,
    den: u128,
}
