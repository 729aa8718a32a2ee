//! The decoder's quick form, which the browser's first screen uses: it
//! refuses exactly the files `decode_file` refuses, and differs only in not
//! naming the bad field (that second, tracking reading is loaded later).

use std::path::Path;

use luoshi::format::{decode_file, decode_file_unexplained, DecodeError};

fn fixture(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

#[test]
fn a_good_file_reads_the_same_either_way() {
    for path in [
        "v1/complete.json",
        "v2/complete.json",
        "v2/storage-compact.json",
    ] {
        let text = fixture(path);
        assert_eq!(decode_file_unexplained(&text), decode_file(&text), "{path}");
        assert!(decode_file(&text).is_ok(), "{path}");
    }
}

#[test]
fn a_wrong_field_is_refused_at_the_same_place_without_its_path() {
    let text = fixture("bad/wrong-type.json");
    let Err(DecodeError::WrongField {
        path,
        message,
        line,
        column,
    }) = decode_file(&text)
    else {
        panic!("wrong-type.json should be a wrong field");
    };
    assert_eq!(path, "activities[0].date");
    assert_eq!(
        decode_file_unexplained(&text),
        Err(DecodeError::WrongField {
            path: "?".to_string(),
            message,
            line,
            column,
        })
    );
}

#[test]
fn every_other_refusal_is_the_same_either_way() {
    for path in [
        "bad/not-json.json",
        "bad/newer-version.json",
        "bad/too-deep.json",
        "bad/other-kind.json",
        "bad/not-a-real-date.json",
        "bad/min-above-max.json",
    ] {
        let text = fixture(path);
        let full = decode_file(&text);
        assert!(full.is_err(), "{path}");
        assert!(
            !matches!(full, Err(DecodeError::WrongField { .. })),
            "{path}"
        );
        assert_eq!(decode_file_unexplained(&text), full, "{path}");
    }
}
