//! Every message a bad file gives is Luoshi's own, in the user's language:
//! the Chinese one carries no English sentence of a library (zip, calamine,
//! serde_json) and the English one is English. The place stays: the entry,
//! the sheet, the field path, the line and column.
//!
//! The bad files: the damaged packages and the bzip2 workbook of
//! tests/fixtures/zip/ (written by Python's zipfile; make.py there says how
//! each was made), the real workbook tests/fixtures/xlsx/office_ledger.xlsx
//! cut short here, text that is not an archive, and JSON broken in each way
//! a hand edit or a cut-off copy breaks it.

use std::io::{Cursor, Write};
use std::path::PathBuf;

use luoshi::format::decode;
use luoshi::plan::{ActivityId, Stamp};
use luoshi::{package, seed, xlsx};

fn fixture(parts: &[&str]) -> Vec<u8> {
    let mut path = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    path.push("tests");
    path.push("fixtures");
    for p in parts {
        path.push(p);
    }
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text with every quoted part (“…”, "…", `…`) taken out: what is
/// quoted is the user's own (a file name, a value, a field).
fn unquoted(text: &str) -> String {
    let mut out = String::new();
    let mut closing: Option<char> = None;
    for c in text.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '“' => closing = Some('”'),
                '"' => closing = Some('"'),
                '`' => closing = Some('`'),
                c => out.push(c),
            },
        }
    }
    out
}

/// Words of Latin letters a Chinese message may hold: names of formats and
/// programs, and JSON's own words.
const KNOWN: &[&str] = &[
    "JSON", "zip", "xlsx", "Excel", "WPS", "CRC", "UTF", "SHA", "MB", "GiB", "deflate", "XML",
    "null", "true", "false", "RFC", "YYYY", "MM", "DD",
];

/// The Latin words of a Chinese message that are neither known nor part of
/// a path or a file name (`activities[1].date`, `files/…`, `luoshi.json`).
fn foreign_words(zh: &str) -> Vec<String> {
    unquoted(zh)
        .split(|c: char| c.is_whitespace() || !c.is_ascii() || "（），：；。、".contains(c))
        .filter(|t| t.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|t| !t.contains(['.', '/', '[', '_']))
        .flat_map(|t| {
            t.split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| w.len() > 1)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|w| !KNOWN.contains(&w.as_str()))
        .collect()
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3000}'..='\u{303f}').contains(&c)
}

/// Sentences the libraries write, none of which may reach a user.
const LIBRARY: &[&str] = &[
    "EOCD",
    "invalid Zip archive",
    "declared uncompressed",
    "Invalid checksum",
    "Compression method",
    "Zip error",
    "Xml error",
    "invalid type",
    "invalid value",
    "missing field",
    "unknown field",
    "unknown variant",
    "EOF while parsing",
    "expected value",
    "key must be a string",
    "trailing",
    "found while parsing a string",
];

fn check(what: &str, zh: &str, en: &str) {
    let foreign = foreign_words(zh);
    assert!(foreign.is_empty(), "{what}: {foreign:?} in {zh}");
    assert!(zh.chars().any(is_cjk), "{what}: not Chinese: {zh}");
    assert!(
        !unquoted(en).chars().any(is_cjk),
        "{what}: Chinese in the English message: {en}"
    );
    let words: Vec<&str> = en.split_whitespace().collect();
    assert!(
        words
            .iter()
            .any(|w| ["is", "the", "not", "be", "a", "its", "has"].contains(w)),
        "{what}: not English: {en}"
    );
    for sentence in LIBRARY {
        assert!(!zh.contains(sentence), "{what}: {sentence:?} in {zh}");
        assert!(!en.contains(sentence), "{what}: {sentence:?} in {en}");
    }
}

/// A package of the v3 fixture document and `manifest`, written here with
/// the zip crate.
fn package_of(document: &[u8], manifest: &[u8]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("luoshi.json", opts).unwrap();
    zip.write_all(document).unwrap();
    zip.start_file("manifest.json", opts).unwrap();
    zip.write_all(manifest).unwrap();
    zip.finish().unwrap().into_inner()
}

#[test]
fn bad_packages_are_told_in_luoshis_words() {
    let mut cases: Vec<(String, Vec<u8>)> = [
        "duplicate.zip",
        "duplicate-document.zip",
        "truncated.zip",
        "bomb.zip",
        "crc.zip",
        "bzip2.zip",
    ]
    .iter()
    .map(|n| (n.to_string(), fixture(&["zip", n])))
    .collect();
    cases.push(("not a zip".into(), b"hello, not an archive".to_vec()));
    cases.push(("PK but nothing else".into(), b"PK\x03\x04".to_vec()));
    let doc = fixture(&["v3", "complete.json"]);
    let manifest = br#"{"format":"luoshi-package","version":1,"files":[]}"#;
    cases.push((
        "a document that is not JSON".into(),
        package_of(b"{\"format\": \"luoshi\",", manifest),
    ));
    cases.push((
        "a manifest that is not JSON".into(),
        package_of(&doc, b"{\"format\": "),
    ));
    for (what, bytes) in cases {
        let err = package::read(&bytes).expect_err(&what);
        check(&what, &err.message_zh(), &err.to_string());
    }
}

#[test]
fn bad_workbooks_are_told_in_luoshis_words() {
    let ledger = fixture(&["xlsx", "office_ledger.xlsx"]);
    let doc = seed::default_document(2026, "");
    let stamp: Stamp = "2026-07-01T09:00:00+08:00".parse().unwrap();
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("cut in half", ledger[..ledger.len() / 2].to_vec()),
        (
            "cut before its last 10 bytes",
            ledger[..ledger.len() - 10].to_vec(),
        ),
        ("CSV named .xlsx", "日期,事项\n2026-03-01,培训\n".into()),
        ("a package, not a workbook", fixture(&["zip", "crc.zip"])),
        ("worksheets in bzip2", fixture(&["zip", "bzip2.xlsx"])),
    ];
    for (what, bytes) in cases {
        let mut n = 0;
        let err = xlsx::read_workbook(&bytes, &doc.plan, stamp, &mut || {
            n += 1;
            ActivityId(format!("x{n}"))
        })
        .expect_err(what);
        check(what, &err.message_zh(), &err.to_string());
        if what == "worksheets in bzip2" {
            // The sheet is named and the unzipper's fault told, not "damaged".
            assert_eq!(
                err,
                xlsx::ReadError::Sheet {
                    sheet: "2026年台账".into(),
                    fault: xlsx::BookFault::Zip(luoshi::unzip::ZipFault::Method(12)),
                },
            );
        }
    }
}

#[test]
fn bad_json_is_told_in_luoshis_words_with_its_place() {
    let good = String::from_utf8(fixture(&["v1", "complete.json"])).unwrap();
    let edited = |from: &str, to: &str| {
        assert!(good.contains(from), "{from}");
        good.replacen(from, to, 1)
    };
    let cases: Vec<(&str, String)> = vec![
        ("empty", String::new()),
        ("a word", "hello".into()),
        ("cut off", good[..good.len() / 2].to_string()),
        (
            "a trailing comma",
            edited("\"quantity\": 2", "\"quantity\": 2,"),
        ),
        (
            "a missing colon",
            edited("\"quantity\": 2", "\"quantity\" 2"),
        ),
        (
            "a missing comma",
            edited("\"quantity\": 2,", "\"quantity\": 2"),
        ),
        ("a bad escape", edited("一季度统计", "一季度\\q统计")),
        (
            "a raw line break in a text",
            edited("一季度统计", "一季度\n统计"),
        ),
        (
            "a key without quotes",
            edited("\"quantity\": 2", "quantity: 2"),
        ),
        ("more after the end", format!("{good} {{}}")),
        (
            "a bare word as a value",
            edited("\"quantity\": 2", "\"quantity\": two"),
        ),
        (
            "a date as a number",
            edited("\"date\": \"2026-02-10\"", "\"date\": 20260210"),
        ),
        (
            "a negative count",
            edited("\"quantity\": 2", "\"quantity\": -2"),
        ),
        (
            "a count as text",
            edited("\"numerator\": 115", "\"numerator\": \"115\""),
        ),
        (
            "a list for a text",
            edited("\"date\": \"2026-02-10\"", "\"date\": []"),
        ),
        (
            "null for a count",
            edited("\"quantity\": 2", "\"quantity\": null"),
        ),
        (
            "an unknown field",
            edited("\"notes\": \"一季度统计\"", "\"note\": \"一季度统计\""),
        ),
        (
            "a missing field",
            r#"{"format":"luoshi","version":1}"#.into(),
        ),
        (
            "an unknown kind",
            edited("\"kind\": \"count\"", "\"kind\": \"tally\""),
        ),
        (
            "a field twice",
            edited("\"quantity\": 2", "\"quantity\": 2, \"quantity\": 3"),
        ),
    ];
    for (what, text) in cases {
        let err = decode(&text).expect_err(what);
        let (zh, en) = (err.message_zh(), err.to_string());
        check(what, &zh, &en);
        // The place stays: a line and column, or the field's path.
        if let Some(line) = err.line() {
            assert!(zh.contains(&format!("第 {line} 行")), "{what}: {zh}");
            assert!(en.contains(&format!("line {line}")), "{what}: {en}");
        }
        if let Some(path) = err.path() {
            assert!(
                zh.contains(path) && en.contains(path),
                "{what}: {zh} / {en}"
            );
        }
        assert!(err.line().is_some() || err.path().is_some(), "{what}: {en}");
    }
}
