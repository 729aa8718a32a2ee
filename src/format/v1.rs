//! Version 1 of the file format, as serde types.
//!
//! These types mirror the JSON exactly and nothing more: dates, stamps and
//! decimals are kept as written so that [`super::read`] can say precisely
//! what is wrong with a value and where. Every struct denies unknown fields,
//! because a field this version does not know means the file is not what it
//! claims to be. Empty optional fields are left out when writing and taken
//! as empty when reading, which keeps a ledger of thousands of activities
//! small.
//!
//! This module is frozen once released: a change to the format is a new
//! version module with a migration from this one.

use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::fixed::{Fixed, SCALE};

/// The whole document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct DocumentV1 {
    pub format: String,
    pub version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    pub plan: PlanV1,
    #[serde(default)]
    pub activities: Vec<ActivityV1>,
    #[serde(default)]
    pub readings: Vec<ReadingV1>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tombstones: Vec<TombstoneV1>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PlanV1 {
    pub title: String,
    pub start: String,
    pub end: String,
    pub updated_at: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub units: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<PersonV1>,
    #[serde(default)]
    pub sections: Vec<SectionV1>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PersonV1 {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SectionV1 {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub targets: Vec<TargetV1>,
}

fn one() -> u32 {
    1
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TargetV1 {
    pub id: String,
    pub title: String,
    pub goal: GoalV1,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead_unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub weight: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
}

/// The kind of a target and its figures, tagged by `kind`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub(crate) enum GoalV1 {
    Count {
        target: u32,
    },
    Range {
        min: u32,
        max: u32,
    },
    PerPerson {
        each: u32,
        #[serde(default)]
        roster: Vec<String>,
    },
    Cadence {
        every: CadenceV1,
        at_least: u32,
    },
    Threshold {
        line: Decimal,
        direction: DirectionV1,
    },
    Ratio {
        line: Decimal,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        numerator: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        denominator: String,
    },
    Improvement {
        baseline: Decimal,
        percent: Decimal,
        better: BetterV1,
    },
    Milestone {
        due: String,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum CadenceV1 {
    Week,
    Month,
    Quarter,
    Year,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum DirectionV1 {
    AtLeast,
    AtMost,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum BetterV1 {
    Higher,
    Lower,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActivityV1 {
    pub id: String,
    pub date: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub targets: Vec<String>,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub quantity: u32,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead_unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    pub updated_at: String,
}

/// A reading carries either `value` (threshold, improvement) or
/// `numerator` and `denominator` (ratio); [`super::read`] checks which.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReadingV1 {
    pub id: String,
    pub target: String,
    pub date: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub numerator: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub denominator: Option<u64>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    pub updated_at: String,
}

/// Refuses a ratio reading of 0 of 0 in a file of `version` 1 or 2: those
/// versions had no such reading (docs/FORMAT.md, "Versions and migration"),
/// so one found there is a damaged or hand-made file, not a month with
/// nothing received. The error names the reading by its place and its id.
pub(crate) fn refuse_zero_of_zero(
    readings: &[ReadingV1],
    version: u32,
) -> Result<(), super::DecodeError> {
    match readings
        .iter()
        .position(|r| r.numerator == Some(0) && r.denominator == Some(0))
    {
        Some(i) => Err(super::DecodeError::Invalid {
            path: format!("readings[{i}].denominator"),
            problem: super::Problem::ZeroOfZeroBeforeV3 {
                id: readings[i].id.clone(),
                version,
            },
        }),
        None => Ok(()),
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TombstoneV1 {
    pub kind: RecordKindV1,
    pub id: String,
    pub deleted_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RecordKindV1 {
    Activity,
    Reading,
}

/// The largest magnitude, in ten-thousandths, that a decimal may have: 15
/// significant digits, so that it survives a trip through a JSON number
/// read as an f64 by any reader, this one included.
pub(crate) const MAX_DECIMAL_RAW: i64 = 999_999_999_999_999;

/// A decimal as written: a JSON number or a string. Reading keeps the exact
/// decimal text; writing puts out a JSON number in [`Fixed`]'s shortest form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Decimal {
    /// Parsed already (writing, or an integer read).
    Exact(Fixed),
    /// Text to be parsed by [`super::read`]: a string as written, or a
    /// JSON fraction in its shortest decimal form.
    Text(String),
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Decimal::Exact(v) if v.raw() % SCALE == 0 => s.serialize_i64(v.raw() / SCALE),
            // Within the format's range (15 significant digits at most) the
            // shortest form of the nearest f64 is exactly Fixed's Display.
            Decimal::Exact(v) => s.serialize_f64(v.to_f64()),
            Decimal::Text(t) => s.serialize_str(t),
        }
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(DecimalVisitor)
    }
}

struct DecimalVisitor;

impl Visitor<'_> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a decimal number, as a JSON number or a string")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Decimal, E> {
        Ok(Decimal::Text(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Decimal, E> {
        Ok(Decimal::Text(v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Decimal, E> {
        // Rust prints the shortest decimal that reads back as the same f64,
        // without exponent: for any number of at most 15 significant digits
        // that is the number as the file wrote it.
        Ok(Decimal::Text(format!("{v}")))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Decimal, E> {
        Ok(Decimal::Text(v.to_string()))
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn written(v: Fixed) -> String {
        serde_json::to_string(&Decimal::Exact(v)).unwrap()
    }

    fn read(json: &str) -> Decimal {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn writes_the_shortest_exact_form() {
        let check = |raw: i64, expected: &str| assert_eq!(written(Fixed::from_raw(raw)), expected);
        check(915_000, "91.5");
        check(900_000, "90");
        check(1, "0.0001");
        check(-2_500, "-0.25");
        check(72_000, "7.2");
        check(0, "0");
        check(MAX_DECIMAL_RAW, "99999999999.9999");
        check(-MAX_DECIMAL_RAW, "-99999999999.9999");
    }

    #[test]
    fn reads_numbers_and_strings_as_their_decimal_text() {
        let check = |json: &str, expected: &str| {
            assert_eq!(read(json), Decimal::Text(expected.to_string()), "{json}")
        };
        check("91.5", "91.5");
        check("90", "90");
        check("-3", "-3");
        check("0.1", "0.1");
        check("1e2", "100");
        check("1.5E-3", "0.0015");
        check("\"91.50\"", "91.50");
        check("18446744073709551615", "18446744073709551615");
        assert!(serde_json::from_str::<Decimal>("true").is_err());
        assert!(serde_json::from_str::<Decimal>("null").is_err());
        assert!(serde_json::from_str::<Decimal>("[1]").is_err());
    }

    proptest! {
        #[test]
        fn every_decimal_in_range_is_written_as_display_and_read_back_exactly(
            raw in -MAX_DECIMAL_RAW..=MAX_DECIMAL_RAW
        ) {
            let v = Fixed::from_raw(raw);
            let text = written(v);
            prop_assert_eq!(&text, &v.to_string());
            match read(&text) {
                Decimal::Text(t) => prop_assert_eq!(t.parse::<Fixed>(), Ok(v)),
                Decimal::Exact(_) => prop_assert!(false, "read gives text"),
            }
        }
    }
}
