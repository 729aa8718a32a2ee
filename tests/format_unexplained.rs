//! The decoder's quick form, which the browser's first screen uses: it
//! refuses exactly the files `decode_file` refuses, and differs only in not
//! naming the bad field (that second, tracking reading is loaded later).

use std::path::Path;

use luoshi::format::{
    decode_current_unexplained, decode_file, decode_file_unexplained, DecodeError,
};

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
        fault,
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
            fault,
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
        "bad/v1-zero-of-zero.json",
        "bad/v2-zero-of-zero.json",
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

/// The first screen's reader (current version only) reads a current file
/// as the full decoder does, leaves an older one to the app, and refuses
/// what the full decoder refuses.
#[test]
fn the_current_version_reader_agrees_and_leaves_older_files_alone() {
    for path in ["v3/complete.json", "v3/storage-compact.json"] {
        let text = fixture(path);
        let full = decode_file_unexplained(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(decode_current_unexplained(&text), Ok(Some(full)), "{path}");
    }
    for path in [
        "v1/complete.json",
        "v2/complete.json",
        "v2/storage-compact.json",
    ] {
        let text = fixture(path);
        assert!(decode_file_unexplained(&text).is_ok(), "{path}");
        assert_eq!(decode_current_unexplained(&text), Ok(None), "{path}");
    }
    for path in [
        "bad/not-json.json",
        "bad/too-deep.json",
        "bad/newer-version.json",
        "bad/other-kind.json",
    ] {
        let text = fixture(path);
        let refused = decode_file_unexplained(&text).expect_err(path);
        assert_eq!(decode_current_unexplained(&text), Err(refused), "{path}");
    }
}

/// The browser keeps its own dates (the last export, the first save, the
/// snapshots' days) as `YYYY-MM-DD` and reads them back with the format's
/// strict reader, which the first screen carries instead of chrono's parser.
#[test]
fn storage_dates_read_back_exactly_as_written() {
    use chrono::NaiveDate;
    use luoshi::format::parse_iso_date;
    use luoshi::present::iso_date;
    for (y, m, d) in [
        (2026, 1, 5),
        (2026, 12, 31),
        (2024, 2, 29),
        (1000, 1, 1),
        (9999, 12, 31),
    ] {
        let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(parse_iso_date(&iso_date(day)), Some(day), "{day}");
        assert_eq!(iso_date(day), day.format("%Y-%m-%d").to_string());
    }
    assert_eq!(
        iso_date(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap()),
        "2026-01-05"
    );
    for bad in [
        "2026-1-5",
        "2026-02-30",
        "2025-02-29",
        " 2026-01-05",
        "2026-01-05 ",
        "2026/01/05",
        "",
        "20260105",
        "2026-13-01",
    ] {
        assert_eq!(parse_iso_date(bad), None, "{bad:?}");
    }
}
