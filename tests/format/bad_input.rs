//! Every kind of bad input is refused with its own error, and says where.

use luoshi::format::{decode, DecodeError, Expected, Found, JsonFault, Problem, MAX_INPUT_BYTES};

use super::fixture;

/// A small valid document as text, with `from` replaced by `to`.
pub fn edited(from: &str, to: &str) -> String {
    let text = fixture("v1/complete.json");
    assert!(text.contains(from), "fixture lacks {from:?}");
    text.replacen(from, to, 1)
}

fn invalid(path: &str, problem: Problem) -> DecodeError {
    DecodeError::Invalid {
        path: path.to_string(),
        problem,
    }
}

fn check(input: &str, expected: DecodeError) {
    assert_eq!(decode(input), Err(expected), "input {input:.200}");
}

#[test]
fn input_over_the_size_limit_is_refused_before_parsing() {
    let big = " ".repeat(MAX_INPUT_BYTES + 1);
    check(&big, DecodeError::TooLarge { bytes: 268_435_457 });
}

#[test]
fn nesting_past_the_limit_is_refused_with_its_position() {
    let deep = format!("{}{}", "[".repeat(65), "]".repeat(65));
    check(
        &deep,
        DecodeError::TooDeep {
            line: 1,
            column: 65,
        },
    );
    let ok_depth = format!("{}{}", "[".repeat(64), "]".repeat(64));
    assert!(matches!(
        decode(&ok_depth),
        Err(DecodeError::NotLuoshi { found: None })
    ));
    // Brackets inside strings do not count.
    let in_string = edited("邀请党校专家授课", &"[".repeat(200));
    assert!(decode(&in_string).is_ok());
}

#[test]
fn text_that_is_not_json_says_where() {
    let not_json = |input: &str, line: usize, column: usize| {
        let got = decode(input);
        match got {
            Err(DecodeError::NotJson {
                line: l, column: c, ..
            }) => assert_eq!((l, c), (line, column), "input {input:?}"),
            other => panic!("input {input:?}: {other:?}"),
        }
    };
    // An empty file: the format counts columns from 1, so column 1.
    not_json("", 1, 1);
    not_json("hello", 1, 1);
    not_json("{\"format\": \"luoshi\",\n  \"version\": 1,,\n}", 2, 16);
    not_json("{\"format\": \"luoshi\"} trailing", 1, 22);
    let truncated = fixture("v1/complete.json");
    let cut = &truncated[..truncated.find("\"activities\"").unwrap()];
    let lines = cut.lines().count();
    assert!(matches!(
        decode(cut),
        Err(DecodeError::NotJson { line, .. }) if line == lines
    ));
}

#[test]
fn json_of_another_kind_is_not_a_luoshi_file() {
    check("[1, 2, 3]", DecodeError::NotLuoshi { found: None });
    check("\"luoshi\"", DecodeError::NotLuoshi { found: None });
    check("{}", DecodeError::NotLuoshi { found: None });
    check(
        r#"{"name": "my-package", "version": "1.0.0"}"#,
        DecodeError::NotLuoshi { found: None },
    );
    check(
        r#"{"format": "other", "version": 1}"#,
        DecodeError::NotLuoshi {
            found: Some("\"other\"".into()),
        },
    );
    check(
        r#"{"format": 1, "version": 1}"#,
        DecodeError::NotLuoshi {
            found: Some("1".into()),
        },
    );
}

#[test]
fn a_missing_or_malformed_version_is_its_own_error() {
    check(
        r#"{"format": "luoshi"}"#,
        DecodeError::BadVersion { found: None },
    );
    for (v, shown) in [("0", "0"), ("-1", "-1"), ("1.5", "1.5"), ("\"1\"", "\"1\"")] {
        check(
            &format!(r#"{{"format": "luoshi", "version": {v}}}"#),
            DecodeError::BadVersion {
                found: Some(shown.into()),
            },
        );
    }
}

#[test]
fn a_newer_version_is_refused_before_its_body_is_read() {
    let newer = edited("\"version\": 1", "\"version\": 4");
    check(&newer, DecodeError::NewerVersion { found: 4 });
    // Whatever a newer version's body looks like, it is not judged.
    check(
        r#"{"format": "luoshi", "version": 7, "plan": 12, "novel": true}"#,
        DecodeError::NewerVersion { found: 7 },
    );
    let err = decode(&newer).unwrap_err();
    assert_eq!(
        err.to_string(),
        "this file was made by a newer version of Luoshi: file version 4, this app reads up to version 3"
    );
    assert!(err.message_zh().contains("更新版本"));
}

fn wrong_field(input: &str, path: &str, want: JsonFault, line: usize) {
    match decode(input) {
        Err(DecodeError::WrongField {
            path: p,
            fault,
            line: l,
            ..
        }) => {
            assert_eq!(p, path, "input {input:.200}");
            assert_eq!(fault, want, "input {input:.200}");
            assert_eq!(l, line);
        }
        other => panic!("expected a wrong field at {path}, got {other:?}"),
    }
}

#[test]
fn a_field_of_the_wrong_type_names_its_path() {
    wrong_field(
        &edited("\"date\": \"2026-02-10\"", "\"date\": 20260210"),
        "activities[1].date",
        JsonFault::WrongType {
            found: Found::Integer("20260210".into()),
            expected: Expected::Text,
        },
        103,
    );
    wrong_field(
        &edited("\"quantity\": 2", "\"quantity\": -2"),
        "activities[1].quantity",
        JsonFault::WrongValue {
            found: Found::Integer("-2".into()),
            expected: Expected::WholeNumber,
        },
        106,
    );
    wrong_field(
        &edited("\"numerator\": 115", "\"numerator\": \"115\""),
        "readings[2].numerator",
        JsonFault::WrongType {
            found: Found::Text("115".into()),
            expected: Expected::WholeNumber,
        },
        146,
    );
}

#[test]
fn unknown_missing_and_mistyped_fields_are_refused() {
    wrong_field(
        &edited("\"notes\": \"一季度统计\"", "\"note\": \"一季度统计\""),
        "readings[0].note",
        JsonFault::UnknownField("note".into()),
        132,
    );
    wrong_field(
        &edited("\"exported_at\"", "\"exported\""),
        "exported",
        JsonFault::UnknownField("exported".into()),
        4,
    );
    wrong_field(
        r#"{"format":"luoshi","version":1}"#,
        ".",
        JsonFault::MissingField("plan".into()),
        1,
    );
    wrong_field(
        &edited("\"kind\": \"count\"", "\"kind\": \"tally\""),
        "plan.sections[0].targets[0].goal.kind",
        JsonFault::UnknownVariant {
            value: "tally".into(),
            allowed: [
                "count",
                "range",
                "per_person",
                "cadence",
                "threshold",
                "ratio",
                "improvement",
                "milestone",
            ]
            .map(String::from)
            .to_vec(),
        },
        25,
    );
    wrong_field(
        &edited("\"every\": \"month\"", "\"every\": \"fortnight\""),
        "plan.sections[0].targets[2].goal",
        JsonFault::UnknownVariant {
            value: "fortnight".into(),
            allowed: ["week", "month", "quarter", "year"]
                .map(String::from)
                .to_vec(),
        },
        41,
    );
    wrong_field(
        &edited("\"target\": 6 }", "\"target\": 6, \"extra\": 1 }"),
        "plan.sections[0].targets[0].goal",
        JsonFault::UnknownField("extra".into()),
        25,
    );
}

#[test]
fn values_that_make_no_sense_name_their_path() {
    check(
        &edited("\"date\": \"2026-02-10\"", "\"date\": \"2026-02-30\""),
        invalid(
            "activities[1].date",
            Problem::NotARealDate {
                text: "2026-02-30".into(),
            },
        ),
    );
    check(
        &edited("\"date\": \"2026-02-10\"", "\"date\": \"2026-2-10\""),
        invalid(
            "activities[1].date",
            Problem::NotADate {
                text: "2026-2-10".into(),
            },
        ),
    );
    check(
        &edited("\"min\": 8, \"max\": 10", "\"min\": 11, \"max\": 10"),
        invalid(
            "plan.sections[2].targets[1].goal.min",
            Problem::MinAboveMax { min: 11, max: 10 },
        ),
    );
    check(
        &edited("\"quantity\": 2", "\"quantity\": 0"),
        invalid("activities[1].quantity", Problem::ZeroQuantity),
    );
    check(
        &edited("\"denominator\": 120", "\"denominator\": 0"),
        invalid("readings[2].denominator", Problem::ZeroDenominator),
    );
    check(
        &edited("\"value\": 91.5", "\"value\": 100000000000"),
        invalid(
            "readings[1].value",
            Problem::OutOfRange {
                text: "100000000000".into(),
            },
        ),
    );
    check(
        &edited("\"value\": 91.5", "\"value\": 91.50001"),
        invalid(
            "readings[1].value",
            Problem::TooPrecise {
                text: "91.50001".into(),
            },
        ),
    );
    check(
        &edited("\"value\": \"7.2\"", "\"value\": \"七点二\""),
        invalid(
            "readings[3].value",
            Problem::NotADecimal {
                text: "七点二".into(),
            },
        ),
    );
    check(
        &edited(
            "\"updated_at\": \"2026-07-01T09:00:00+08:00\"",
            "\"updated_at\": \"2026-07-01 09:00\"",
        ),
        invalid(
            "readings[1].updated_at",
            Problem::NotAStamp {
                text: "2026-07-01 09:00".into(),
            },
        ),
    );
    check(
        &edited("\"end\": \"2026-12-31\"", "\"end\": \"2025-12-31\""),
        invalid(
            "plan.end",
            Problem::EndBeforeStart {
                start: "2026-01-01".into(),
                end: "2025-12-31".into(),
            },
        ),
    );
    check(
        &edited(
            "\"value\": 91.5,",
            "\"numerator\": 1, \"denominator\": 2, \"value\": 91.5,",
        ),
        invalid("readings[1]", Problem::ReadingForm),
    );
    check(
        &edited("\"id\": \"a2\"", "\"id\": \"a1\""),
        invalid("activities[1].id", Problem::DuplicateId { id: "a1".into() }),
    );
    check(
        &edited("\"id\": \"t-monthly\"", "\"id\": \"t-training\""),
        invalid(
            "plan.sections[0].targets[2].id",
            Problem::DuplicateId {
                id: "t-training".into(),
            },
        ),
    );
    check(
        &edited("\"id\": \"r1\"", "\"id\": \"\""),
        invalid("readings[0].id", Problem::EmptyId),
    );
}

#[test]
fn a_reference_to_a_missing_target_is_kept_not_refused() {
    // A target that left the plan never makes the file unreadable: the
    // records are kept as they are, and validation warns about them.
    let check_kept = |input: &str, path: &str, id: &str| {
        let doc = decode(input).expect("a dangling reference still decodes");
        let issues = luoshi::validate::validate_document(&doc);
        assert!(
            issues.iter().any(|i| i.path == path
                && i.code == luoshi::validate::IssueCode::UnknownTarget(id.into())),
            "{path}: {issues:?}"
        );
        assert_eq!(luoshi::unassigned::find(&doc).missing, vec![id.into()]);
    };
    check_kept(
        &edited("[\"t-projects\"]", "[\"t-nowhere\"]"),
        "activities[3].targets[0]",
        "t-nowhere",
    );
    check_kept(
        &edited("\"target\": \"t-closure\"", "\"target\": \"t-gone\""),
        "readings[2].target",
        "t-gone",
    );
}

#[test]
fn the_bad_fixture_files_give_their_own_errors() {
    type Expected = fn(&DecodeError) -> bool;
    let cases: [(&str, Expected); 9] = [
        ("not-json.json", |e| {
            matches!(e, DecodeError::NotJson { line: 4, .. })
        }),
        ("other-kind.json", |e| {
            matches!(e, DecodeError::NotLuoshi { .. })
        }),
        ("newer-version.json", |e| {
            matches!(e, DecodeError::NewerVersion { found: 4 })
        }),
        ("wrong-type.json", |e| {
            e.path() == Some("activities[0].date")
        }),
        ("too-deep.json", |e| {
            matches!(e, DecodeError::TooDeep { .. })
        }),
        ("not-a-real-date.json", |e| {
            matches!(
                e,
                DecodeError::Invalid {
                    problem: Problem::NotARealDate { .. },
                    ..
                }
            )
        }),
        ("min-above-max.json", |e| {
            matches!(
                e,
                DecodeError::Invalid {
                    problem: Problem::MinAboveMax { .. },
                    ..
                }
            )
        }),
        ("v1-zero-of-zero.json", |e| {
            matches!(
                e,
                DecodeError::Invalid {
                    problem: Problem::ZeroOfZeroBeforeV3 { version: 1, .. },
                    ..
                }
            )
        }),
        ("v2-zero-of-zero.json", |e| {
            matches!(
                e,
                DecodeError::Invalid {
                    problem: Problem::ZeroOfZeroBeforeV3 { version: 2, .. },
                    ..
                }
            )
        }),
    ];
    for (name, expected) in cases {
        let got = decode(&fixture(&format!("bad/{name}")));
        match got {
            Err(e) => assert!(expected(&e), "{name}: {e:?}"),
            Ok(_) => panic!("{name} decoded"),
        }
    }
}

/// docs/FORMAT.md: in version 1 and 2 "a ratio reading of 0 of 0 is
/// refused"; the message names the reading by its place and its id, in
/// both languages.
#[test]
fn a_version_1_or_2_reading_of_0_of_0_is_refused_by_name() {
    let err = decode(&fixture("bad/v2-zero-of-zero.json")).unwrap_err();
    assert_eq!(err.path(), Some("readings[1].denominator"));
    assert_eq!(
        err.to_string(),
        "readings[1].denominator: the reading \"r-feb\" counts 0 of 0, which a version 2 file cannot hold \
         (a month with nothing received is recorded from version 3 on, for a ratio target that allows 0/0)"
    );
    assert_eq!(
        err.message_zh(),
        "字段 readings[1].denominator 有误：读数“r-feb”为 0/0（分子、分母都为 0），第 2 版文件不能有这样的读数\
         （当月无受理记为 0/0 自第 3 版起才有，且须指标允许 0/0）"
    );
    let err = decode(&fixture("bad/v1-zero-of-zero.json")).unwrap_err();
    assert!(err.to_string().contains("version 1 file"), "{err}");
    // The same file as version 3 opens: 0 of 0 is a reading there.
    let v3 = fixture("bad/v2-zero-of-zero.json").replace("\"version\": 2", "\"version\": 3");
    assert!(decode(&v3).is_ok());
}

#[test]
fn errors_say_where_in_english_and_chinese() {
    let err = decode(&edited(
        "\"date\": \"2026-02-10\"",
        "\"date\": \"2026-02-30\"",
    ))
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "activities[1].date: 2026-02-30 is not a real date"
    );
    assert_eq!(
        err.message_zh(),
        "字段 activities[1].date 有误：2026-02-30 不是真实存在的日期"
    );
    assert_eq!(err.path(), Some("activities[1].date"));
    assert_eq!(err.line(), None);

    let err = decode("{\"format\": \"luoshi\",\n  \"version\": 1,,\n}").unwrap_err();
    assert_eq!(
        err.to_string(),
        "the file is not valid JSON: a field name in double quotes is expected here (or a comma before it is one too many) at line 2 column 16"
    );
    assert_eq!((err.line(), err.column()), (Some(2), Some(16)));
    assert_eq!(err.path(), None);

    let err = decode(&edited("\"date\": \"2026-02-10\"", "\"date\": 20260210")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "activities[1].date: expected text (in double quotes), found the whole number 20260210 (line 103 column 22)"
    );
    assert_eq!(
        err.message_zh(),
        "字段 activities[1].date 有误（第 103 行第 22 列）：应为文本（加英文双引号），实为整数 20260210"
    );
    assert_eq!(err.line(), Some(103));
}

#[test]
fn a_byte_order_mark_is_allowed() {
    let text = format!("\u{feff}{}", fixture("v1/minimal.json"));
    assert!(decode(&text).is_ok());
}

#[test]
fn the_module_names_its_limits() {
    assert_eq!(MAX_INPUT_BYTES, 256 * 1024 * 1024);
    assert_eq!(luoshi::format::MAX_DEPTH, 64);
}

#[test]
fn every_error_has_an_english_and_a_chinese_message() {
    let all = [
        DecodeError::TooLarge { bytes: 60_000_000 },
        DecodeError::TooDeep { line: 3, column: 7 },
        DecodeError::NotJson {
            fault: JsonFault::Eof,
            line: 1,
            column: 0,
        },
        DecodeError::NotLuoshi { found: None },
        DecodeError::NotLuoshi {
            found: Some("\"other\"".into()),
        },
        DecodeError::BadVersion { found: None },
        DecodeError::BadVersion {
            found: Some("0".into()),
        },
        DecodeError::NewerVersion { found: 4 },
        DecodeError::WrongField {
            path: "activities[0].date".into(),
            fault: JsonFault::Other,
            line: 5,
            column: 9,
        },
        invalid("activities[0].quantity", Problem::ZeroQuantity),
    ];
    let is_cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let mut seen = std::collections::HashSet::new();
    for e in &all {
        let (en, zh) = (e.to_string(), e.message_zh());
        assert!(!en.chars().any(is_cjk), "{en}");
        assert!(zh.chars().any(is_cjk), "{zh}");
        assert!(seen.insert(en.clone()), "two errors read {en:?}");
    }
    assert_eq!(all[1].message_zh(), "文件嵌套超过 64 层（第 3 行第 7 列）");
    assert_eq!(
        all[5].to_string(),
        "the file's version is not valid: it has no \"version\""
    );
    assert_eq!(all[8].line(), Some(5));
    assert_eq!(all[8].column(), Some(9));
    assert_eq!(all[0].path(), None);
}
