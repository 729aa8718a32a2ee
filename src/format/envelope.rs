//! The first look at a file: which version's types read it, or why it is
//! not a Luoshi file this build can read.
//!
//! Every file Luoshi writes opens `{"format":"luoshi","version":N`, and the
//! version is read from those first bytes alone: a document in storage is
//! read at every start, and reading the whole text once more just for its
//! version was about a sixth of decoding 10,000 activities.
//! Any other opening is read in full, the other fields skipped unread. The
//! reader that follows refuses a second `format` or `version` further on,
//! so both ways accept and refuse the same files; a file that the reader
//! refuses is then read whole too, so that each refusal is the same step's
//! either way (`docs/FORMAT.md`, "Reading a file").

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::{not_json, DecodeError, CURRENT_VERSION, FORMAT_NAME};

/// The first look at a file: just enough to know which version's types to
/// read it with. Other fields are skipped unread.
struct Envelope {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

impl<'de> Deserialize<'de> for Envelope {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Only an object can be a Luoshi file; a derived visitor would also
        // take an array of the fields in order.
        d.deserialize_map(EnvelopeVisitor)
    }
}

struct EnvelopeVisitor;

impl<'de> Visitor<'de> for EnvelopeVisitor {
    type Value = Envelope;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Envelope, A::Error> {
        let mut env = Envelope {
            format: None,
            version: None,
        };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => env.format = Some(map.next_value()?),
                "version" => env.version = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(env)
    }
}

/// The version of a Luoshi file, or why it is not one this build can read.
pub(super) fn version(text: &str) -> Result<u32, DecodeError> {
    // A file that opens as Luoshi writes one says its version in its first
    // bytes; the reader that follows reads the rest (and refuses a second
    // `format` or `version` further on). Any other opening is read in full.
    match written_version(text) {
        Some(version) => checked_version(version, || version.to_string()),
        None => read_whole(text),
    }
}

/// [`version`] by reading the whole file.
pub(super) fn read_whole(text: &str) -> Result<u32, DecodeError> {
    let env: Envelope = match serde_json::from_str(text) {
        Ok(env) => env,
        Err(e) if e.is_data() => return Err(DecodeError::NotLuoshi { found: None }),
        Err(e) => return Err(not_json(&e)),
    };
    match env.format {
        Some(serde_json::Value::String(f)) if f == FORMAT_NAME => {}
        other => {
            return Err(DecodeError::NotLuoshi {
                found: other.map(|v| v.to_string()),
            })
        }
    }
    match env.version {
        Some(serde_json::Value::Number(n)) => match n.as_u64() {
            Some(v) => checked_version(v, || n.to_string()),
            None => Err(DecodeError::BadVersion {
                found: Some(n.to_string()),
            }),
        },
        other => Err(DecodeError::BadVersion {
            found: other.map(|v| v.to_string()),
        }),
    }
}

/// A version number this build reads, or why not.
fn checked_version(v: u64, shown: impl FnOnce() -> String) -> Result<u32, DecodeError> {
    match v {
        v if v > u64::from(CURRENT_VERSION) => Err(DecodeError::NewerVersion { found: v }),
        v if v >= 1 => Ok(u32::try_from(v).unwrap_or(CURRENT_VERSION)),
        _ => Err(DecodeError::BadVersion {
            found: Some(shown()),
        }),
    }
}

/// The version of a file that opens `{"format":"luoshi","version":N`, as
/// every file Luoshi writes does (compact in storage, with spaces and
/// newlines in an export), read from those first bytes alone; `None` for
/// any other opening.
fn written_version(text: &str) -> Option<u64> {
    const SPACE: &[char] = &[' ', '\t', '\n', '\r'];
    fn token<'a>(rest: &'a str, t: &str) -> Option<&'a str> {
        rest.trim_start_matches(SPACE).strip_prefix(t)
    }
    let rest = token(text, "{")?;
    let rest = token(rest, "\"format\"")?;
    let rest = token(rest, ":")?;
    let rest = token(rest, "\"")?
        .strip_prefix(FORMAT_NAME)?
        .strip_prefix('"')?;
    let rest = token(rest, ",")?;
    let rest = token(rest, "\"version\"")?;
    let rest = token(rest, ":")?;
    let rest = rest.trim_start_matches(SPACE);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    // A plain JSON integer of a few digits, then the next field or the end.
    if digits == 0 || digits > 9 || (digits > 1 && rest.starts_with('0')) {
        return None;
    }
    let after = rest[digits..].trim_start_matches(SPACE);
    if !after.starts_with([',', '}']) {
        return None;
    }
    rest[..digits].parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn both(text: &str) -> (String, String) {
        (
            format!("{:?}", version(text)),
            format!("{:?}", read_whole(text)),
        )
    }

    #[test]
    fn reads_the_version_from_the_opening_luoshi_writes() {
        let compact = r#"{"format":"luoshi","version":3,"unit":"x","plan":{}}"#;
        let pretty = "{\n  \"format\": \"luoshi\",\n  \"version\": 3,\n  \"unit\": \"x\"\n}";
        assert_eq!(written_version(compact), Some(3));
        assert_eq!(written_version(pretty), Some(3));
        assert_eq!(
            written_version(r#"{"format":"luoshi","version":1}"#),
            Some(1)
        );
        assert_eq!(
            written_version(r#" {"format":"luoshi","version":12 ,"#),
            Some(12)
        );
        // Any other opening is left to the full reading.
        for other in [
            r#"{"version":3,"format":"luoshi"}"#,
            r#"{"format":"luoshi","unit":"x","version":3}"#,
            r#"{"format":"luoshi","version":03,"#,
            r#"{"format":"luoshi","version":3.0,"#,
            r#"{"format":"luoshi","version":"3","#,
            r#"{"format":"luoshi","version":-1,"#,
            r#"{"format":"luoshi","version":3"#,
            r#"{"format":"luoshi","version":1234567890,"#,
            r#"{"format":"luoshi2","version":3,"#,
            r#"{"format":"Luoshi","version":3,"#,
            r#"{"format": "luoshi" ,"version":3 x"#,
            "[1]",
            "",
        ] {
            assert_eq!(written_version(other), None, "{other}");
        }
    }

    /// What this build writes, for storage and for export, is read the
    /// quick way: the writer keeps `format` and `version` first.
    #[test]
    fn what_luoshi_writes_opens_with_its_version() {
        let doc = crate::seed::default_document(2026, "");
        let current = u64::from(CURRENT_VERSION);
        assert_eq!(
            written_version(&super::super::encode_compact(&doc)),
            Some(current)
        );
        assert_eq!(
            written_version(&super::super::encode_pretty(&doc, None)),
            Some(current)
        );
    }

    /// The quick look and the full reading agree on every file the tests
    /// keep: each version's fixtures, the refused ones, the command's.
    #[test]
    fn agrees_with_the_full_reading_on_every_fixture() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut seen = 0;
        let mut quick = 0;
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("fixtures") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "json") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    let (fast, full) = both(&text);
                    assert_eq!(fast, full, "{}", path.display());
                    seen += 1;
                    quick += usize::from(written_version(&text).is_some());
                }
            }
        }
        assert!(seen >= 15, "only {seen} fixtures");
        // Most fixtures are files Luoshi wrote, read the quick way.
        assert!(
            quick * 2 > seen,
            "{quick} of {seen} read from their opening"
        );
    }

    /// The fullest version-3 fixture, pretty-printed as an export is.
    fn complete_v3() -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(path.join("tests/fixtures/v3/complete.json")).expect("fixture")
    }

    /// A second `version` further on: the full reading takes the last one,
    /// the quick look the first; the file is refused either way, naming the
    /// field, by the reader that follows.
    #[test]
    fn a_second_version_further_on_is_refused() {
        let text = complete_v3();
        let twice = text.replacen("\"version\": 3,", "\"version\": 3,\n  \"version\": 2,", 1);
        assert_ne!(twice, text);
        let err = super::super::decode(&twice).expect_err("refused");
        assert!(err.to_string().contains("version"), "{err}");
    }

    /// A file that opens right, has a field no version knows, and is cut
    /// short: refused as not JSON (the earlier step), as when read whole.
    #[test]
    fn an_earlier_steps_fault_is_reported_first() {
        let text = complete_v3();
        let bad = text.replacen("\"version\": 3,", "\"version\": 3,\n  \"bogus\": 1,", 1);
        let cut = &bad[..bad.trim_end().len() - 1];
        assert!(written_version(cut).is_some());
        for err in [
            super::super::decode(cut).expect_err("refused"),
            super::super::decode_file_unexplained(cut).expect_err("refused"),
            super::super::decode_current_unexplained(cut).expect_err("refused"),
        ] {
            assert!(matches!(err, DecodeError::NotJson { .. }), "{err:?}");
        }
        // Whole, the same file is refused for its field.
        let err = super::super::decode(&bad).expect_err("refused");
        assert!(err.to_string().contains("bogus"), "{err}");
    }

    proptest! {
        /// Openings of every shape: the fields in either order, spaces or
        /// none, versions good, old, newer, zero, padded, fractional or
        /// quoted, the right name or another.
        #[test]
        fn agrees_with_the_full_reading_on_any_opening(
            space in prop::sample::select(vec!["", " ", "\n  ", "\t"]),
            version_first in any::<bool>(),
            name in prop::sample::select(vec!["\"luoshi\"", "\"luoshi2\"", "1", "null"]),
            number in prop::sample::select(vec!["1", "2", "3", "4", "0", "03", "3.0", "\"3\"", "-1", "99999999999", "null"]),
            rest in prop::sample::select(vec!["", ",\"unit\":\"x\"", ",\"plan\":{\"a\":[1,2]}"]),
        ) {
            let s = space;
            let format = format!("{s}\"format\"{s}:{s}{name}{s}");
            let version = format!("{s}\"version\"{s}:{s}{number}{s}");
            let (a, b) = if version_first { (version, format) } else { (format, version) };
            let text = format!("{s}{{{a},{b}{rest}}}{s}");
            let (fast, full) = both(&text);
            prop_assert_eq!(fast, full, "{}", text);
        }
    }
}
