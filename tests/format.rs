//! The file format from the outside: fixtures of every version still load,
//! documents survive a round trip unchanged, and every kind of bad input is
//! refused with its own error and the place it went wrong.

use std::path::Path;

use luoshi::format::{
    decode, decode_file, encode_compact, encode_pretty, export_file_name, CURRENT_VERSION,
    FORMAT_NAME,
};
use luoshi::plan::TargetKind;

#[path = "format/bad_input.rs"]
mod bad_input;
#[path = "format/props.rs"]
mod props;
#[path = "format/sample.rs"]
mod sample;

use bad_input::edited;
use sample::{activity, complete, complete_v3, day, stamp, target};

/// A fixture file's text, by its path under tests/fixtures.
pub fn fixture(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

#[test]
fn the_complete_fixture_reads_as_written() {
    let decoded = decode_file(&fixture("v1/complete.json")).unwrap();
    assert_eq!(decoded.document, complete());
    assert_eq!(decoded.version, 1);
    assert_eq!(
        decoded.exported_at,
        Some(stamp("2026-11-27T18:05:00+08:00"))
    );
}

#[test]
fn every_fixture_of_every_version_still_decodes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = 0;
    for version in 1..=CURRENT_VERSION {
        let dir = root.join(format!("v{version}"));
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let decoded = decode_file(&text);
            assert!(decoded.is_ok(), "{}: {decoded:?}", path.display());
            assert_eq!(decoded.unwrap().version, version, "{}", path.display());
            seen += 1;
        }
    }
    assert!(seen >= 2, "fixtures found: {seen}");
}

#[test]
fn the_minimal_fixture_defaults_every_optional_field() {
    let doc = decode(&fixture("v1/minimal.json")).unwrap();
    assert_eq!(doc.unit, "");
    assert_eq!(doc.plan.title, "空计划");
    assert!(doc.plan.sections.is_empty() && doc.plan.people.is_empty());
    assert!(doc.activities.is_empty() && doc.readings.is_empty() && doc.tombstones.is_empty());
}

#[test]
fn the_stored_form_is_frozen() {
    // Browser storage written by each version must read the same forever,
    // and this version must keep writing its own byte for byte.
    let stored = fixture("v1/storage-compact.json");
    assert_eq!(decode(&stored).unwrap(), complete());
    let stored = fixture("v2/storage-compact.json");
    assert_eq!(decode(&stored).unwrap(), complete());
    let stored = fixture("v3/storage-compact.json");
    assert_eq!(decode(&stored).unwrap(), complete_v3());
    assert_eq!(encode_compact(&complete_v3()), stored.trim_end());
}

#[test]
fn the_version_3_fixture_reads_as_written() {
    let decoded = decode_file(&fixture("v3/complete.json")).unwrap();
    assert_eq!(decoded.version, 3);
    assert_eq!(decoded.document, complete_v3());
    assert_eq!(
        decoded.exported_at,
        Some(stamp("2026-08-05T18:00:00+08:00"))
    );
    assert_eq!(decoded.covers, Some((day(2026, 1, 1), day(2026, 8, 5))));
}

#[test]
fn older_files_migrate_to_the_rules_they_were_judged_by() {
    use luoshi::plan::{Pace, Reporting, Rules};
    for path in ["v1/complete.json", "v2/complete.json", "v1/minimal.json"] {
        let doc = decode(&fixture(path)).unwrap();
        let rules = doc.plan.rules;
        assert_eq!(rules, Rules::by_day(), "{path}");
        assert_eq!(
            (
                rules.pace,
                rules.behind_from,
                rules.far_behind_from,
                rules.near_points,
                rules.due_soon_days,
                rules.reporting
            ),
            (Pace::Day, 0, Some(10), 5, 7, Reporting::None),
            "{path}"
        );
        assert_eq!(doc.plan.id, "", "{path}: an older plan's id is unknown");
        assert!(doc.reports.is_empty() && doc.notices.is_empty(), "{path}");
        for (_, t) in doc.plan.targets() {
            assert!(
                !t.annual && !t.zero_readings && t.partners.is_empty() && t.suggestion.is_empty()
            );
        }
        for a in &doc.activities {
            assert!(a.recorded_by.is_empty() && a.evidence.is_empty(), "{path}");
        }
    }
}

#[test]
fn version_3_documents_round_trip_and_say_what_they_cover() {
    let doc = complete_v3();
    assert_eq!(decode(&encode_compact(&doc)).unwrap(), doc);
    let at = stamp("2026-08-05T18:00:00+08:00");
    let decoded = decode_file(&encode_pretty(&doc, Some(at))).unwrap();
    assert_eq!(decoded.document, doc);
    assert_eq!(decoded.covers, Some((day(2026, 1, 1), day(2026, 8, 5))));
    // Stored without an export time, a document says nothing of what it
    // covers.
    assert_eq!(decode_file(&encode_compact(&doc)).unwrap().covers, None);
    // An export after the plan's period covers up to its last day.
    let late = decode_file(&encode_pretty(
        &doc,
        Some(stamp("2027-02-01T09:00:00+08:00")),
    ));
    assert_eq!(
        late.unwrap().covers,
        Some((day(2026, 1, 1), day(2026, 12, 31)))
    );
}

#[test]
fn documents_round_trip_through_both_encodings() {
    let doc = complete();
    assert_eq!(decode(&encode_pretty(&doc, None)).unwrap(), doc);
    assert_eq!(decode(&encode_compact(&doc)).unwrap(), doc);
    let at = stamp("2026-11-27T18:05:00+08:00");
    let decoded = decode_file(&encode_pretty(&doc, Some(at))).unwrap();
    assert_eq!(decoded.document, doc);
    assert_eq!(decoded.exported_at, Some(at));
}

#[test]
fn a_round_trip_keeps_the_offset_and_fraction_of_stamps() {
    let text = encode_compact(&complete());
    assert!(text.contains(r#""updated_at":"2026-03-20T16:45:12.500+08:00""#));
    assert!(text.contains(r#""updated_at":"2026-06-30T02:00:00+00:00""#));
}

#[test]
fn decimals_are_written_as_exact_json_numbers() {
    let text = encode_compact(&complete());
    assert!(text.contains(r#""value":91.5,"#), "{text}");
    assert!(text.contains(r#""value":7.2,"#), "{text}");
    assert!(
        text.contains(r#""line":90,"direction":"at_least""#),
        "{text}"
    );
    assert!(text.contains(r#""baseline":10,"percent":30,"#), "{text}");
}

#[test]
fn the_compact_form_leaves_out_empty_and_default_fields() {
    let mut doc = complete();
    doc.plan.sections.truncate(1);
    doc.plan.sections[0].targets.truncate(1);
    doc.plan.sections[0].targets[0] = target("t", "培训", TargetKind::Count { target: 6 }, "");
    doc.plan.people.clear();
    doc.plan.units.clear();
    doc.unit.clear();
    doc.activities = vec![activity(
        "a",
        day(2026, 5, 1),
        "培训",
        &["t"],
        "2026-05-01T10:00:00+08:00",
    )];
    doc.readings.clear();
    doc.tombstones.clear();
    let expected = concat!(
        r#"{"format":"luoshi","version":3,"plan":{"title":"2026年市政府办公室思想政治建设工作计划","#,
        r#""start":"2026-01-01","end":"2026-12-31","updated_at":"2026-01-05T09:00:00+08:00","#,
        r#""rules":{"pace":"day","behind_from":0,"far_behind_from":10,"near_points":5,"#,
        r#""due_soon_days":7,"reporting":{"cycle":"none"},"grace_days":5},"#,
        r#""sections":[{"id":"s1","title":"（一）强化理论武装，筑牢思想根基","#,
        r#""targets":[{"id":"t","title":"培训","goal":{"kind":"count","target":6}}]}]},"#,
        r#""activities":[{"id":"a","date":"2026-05-01","title":"培训","targets":["t"],"#,
        r#""updated_at":"2026-05-01T10:00:00+08:00"}],"readings":[]}"#
    );
    assert_eq!(encode_compact(&doc), expected);
}

#[test]
fn the_pretty_form_opens_with_the_envelope() {
    let text = encode_pretty(&complete(), Some(stamp("2026-11-27T18:05:00+08:00")));
    let expected_start = "{\n  \"format\": \"luoshi\",\n  \"version\": 3,\n  \"exported_at\": \"2026-11-27T18:05:00+08:00\",\n  \"unit\": \"市政府办公室\",\n  \"covers\": {\n    \"from\": \"2026-01-01\",\n    \"to\": \"2026-11-27\"\n  },\n  \"plan\": {";
    assert!(text.starts_with(expected_start), "{text}");
    assert_eq!(FORMAT_NAME, "luoshi");
}

#[test]
fn export_file_names_carry_the_unit_and_date() {
    let d = day(2026, 11, 27);
    let check = |unit: &str, expected: &str| assert_eq!(export_file_name(unit, d), expected);
    check("市政府办公室", "落实台账-市政府办公室-2026-11-27.json");
    check("", "落实台账-2026-11-27.json");
    check("  ", "落实台账-2026-11-27.json");
    check(
        "督查室/秘书一处",
        "落实台账-督查室_秘书一处-2026-11-27.json",
    );
    check(
        "a:b*c?\"d<e>f|g\\h",
        "落实台账-a_b_c_d_e_f_g_h-2026-11-27.json",
    );
    check(" 综合 处 ", "落实台账-综合_处-2026-11-27.json");
    check("..//..", "落实台账-2026-11-27.json");
    check("x\ny", "落实台账-x_y-2026-11-27.json");
}

fn doc_file(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn the_schema_names_every_goal_kind_the_model_has() {
    let schema: serde_json::Value = serde_json::from_str(&doc_file("luoshi.schema.json")).unwrap();
    let in_schema: Vec<&str> = schema["$defs"]["goal"]["oneOf"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["properties"]["kind"]["const"].as_str().unwrap())
        .collect();
    let in_model: Vec<&str> = complete()
        .plan
        .targets()
        .map(|(_, t)| t.kind.as_str())
        .collect();
    let mut sorted_model = in_model.clone();
    sorted_model.sort_unstable();
    sorted_model.dedup();
    assert_eq!(
        sorted_model.len(),
        8,
        "the complete fixture uses every kind"
    );
    let mut sorted_schema = in_schema.clone();
    sorted_schema.sort_unstable();
    assert_eq!(sorted_schema, sorted_model);
    assert_eq!(schema["properties"]["version"]["const"], CURRENT_VERSION);
    assert_eq!(schema["properties"]["format"]["const"], FORMAT_NAME);
}

#[test]
fn the_documented_messages_are_the_ones_given() {
    let doc = doc_file("FORMAT.md");
    let cases = [
        ("\"date\": \"2026-02-10\"", "\"date\": \"2026-2-10\""),
        ("\"date\": \"2026-02-10\"", "\"date\": \"2026-02-30\""),
        ("\"value\": \"7.2\"", "\"value\": \"七点二\""),
        ("\"value\": 91.5", "\"value\": 91.50001"),
        ("\"value\": 91.5", "\"value\": 100000000000"),
        ("\"min\": 8, \"max\": 10", "\"min\": 11, \"max\": 10"),
        ("\"end\": \"2026-12-31\"", "\"end\": \"2025-12-31\""),
        ("\"quantity\": 2", "\"quantity\": 0"),
        ("\"denominator\": 120", "\"denominator\": 0"),
        (
            "\"value\": 91.5,",
            "\"value\": 91.5, \"numerator\": 1, \"denominator\": 2,",
        ),
        ("\"id\": \"r1\"", "\"id\": \"\""),
        ("\"id\": \"a2\"", "\"id\": \"a1\""),
    ];
    for (from, to) in cases {
        let message = decode(&edited(from, to)).unwrap_err().to_string();
        assert!(
            doc.contains(&format!("`{message}`")),
            "FORMAT.md lacks `{message}`"
        );
    }
    let newer = decode(&edited("\"version\": 1", "\"version\": 4")).unwrap_err();
    assert!(doc.contains(&newer.to_string()));
}

#[test]
fn the_version_2_fixture_carries_stamps_and_tombstones_of_plan_parts() {
    use luoshi::plan::{PartKey, RecordKind, SectionId, TargetId};
    let decoded = decode_file(&fixture("v2/complete.json")).unwrap();
    assert_eq!(decoded.version, 2);
    let doc = decoded.document;
    let plan_stamp = stamp("2026-01-05T09:00:00+08:00");
    let p = &doc.plan;
    let check = |part: PartKey, at: &str| assert_eq!(p.stamp_of(&part), stamp(at), "{part:?}");
    check(
        PartKey::Target(TargetId::from("t-training")),
        "2026-04-10T15:20:00+08:00",
    );
    check(PartKey::Person("王强".into()), "2026-02-01T08:00:00+08:00");
    check(PartKey::Unit("督查室".into()), "2026-03-01T10:00:00+08:00");
    // A part without a stamp of its own, or with the plan's, has the plan's.
    assert_eq!(p.stamp_of(&PartKey::Unit("秘书一处".into())), plan_stamp);
    assert_eq!(
        p.stamp_of(&PartKey::Section(SectionId::from("s1"))),
        plan_stamp
    );
    assert_eq!(
        p.stamps.0.len(),
        3,
        "only stamps other than the plan's are held"
    );
    let kinds: Vec<RecordKind> = doc.tombstones.iter().map(|t| t.kind).collect();
    assert_eq!(
        kinds,
        [
            RecordKind::Activity,
            RecordKind::Reading,
            RecordKind::Section,
            RecordKind::Target,
            RecordKind::Person,
            RecordKind::Unit
        ]
    );
    // Apart from the stamps and tombstones, it says what the v1 fixture says.
    let v1 = complete();
    assert!(doc.plan.same_content(&v1.plan));
    assert_eq!(doc.activities, v1.activities);
    assert_eq!(doc.readings, v1.readings);
    // And it is written back as read.
    assert_eq!(decode(&encode_pretty(&doc, None)).unwrap(), doc);
}

#[test]
fn a_version_1_file_migrates_with_every_part_at_the_plan_stamp() {
    let doc = decode(&fixture("v1/complete.json")).unwrap();
    assert!(doc.plan.stamps.0.is_empty());
    for part in doc.plan.parts() {
        assert_eq!(doc.plan.stamp_of(&part), doc.plan.updated_at);
    }
}

#[test]
fn the_documented_messages_of_version_3_are_the_ones_given() {
    let doc = doc_file("FORMAT.md");
    let v3 = fixture("v3/complete.json");
    let edit = |from: &str, to: &str| {
        assert!(v3.contains(from), "the fixture lacks {from:?}");
        v3.replacen(from, to, 1)
    };
    let hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    let cases = [
        (
            edit("\"far_behind_from\": 30", "\"far_behind_from\": 5"),
            "plan.rules.far_behind_from: far behind from 5 points comes before behind from 10 points",
        ),
        (
            edit("\"behind_from\": 10", "\"behind_from\": 120"),
            "plan.rules.behind_from: 120 points is more than 100",
        ),
        (
            edit("\"by_day\": 5", "\"by_day\": 31"),
            "plan.rules.reporting.by_day: day 31 of the month is not between 1 and 28",
        ),
        (
            edit(&format!("\"sha256\": \"{hash}\""), "\"sha256\": \"abc\""),
            "activities[0].evidence[0].sha256: \"abc\" is not a SHA-256 hash (64 lowercase hexadecimal digits)",
        ),
        (
            edit("\"mime\": \"application/pdf\",", ""),
            "activities[0].evidence[0].sha256: a file needs \"sha256\", \"mime\" and \"size\" together; a reference has none of them",
        ),
        (
            edit("\"replied\": \"2026-07-18\"", "\"replied\": \"2026-07-01\""),
            "notices[0].replied: the reply (2026-07-01) is dated before the notice was issued (2026-07-10)",
        ),
    ];
    for (text, expected) in cases {
        let message = decode(&text).unwrap_err().to_string();
        assert_eq!(message, expected);
        assert!(
            doc.contains(&format!("`{message}`")),
            "FORMAT.md lacks `{message}`"
        );
    }
    // 0 of 0 reads; more than 0 of 0 does not.
    assert!(v3.contains("\"numerator\": 0,\n      \"denominator\": 0"));
    let more = edit("\"numerator\": 0,", "\"numerator\": 2,");
    assert_eq!(
        decode(&more).unwrap_err().to_string(),
        "readings[4].denominator: the denominator must be at least 1 when the numerator is above 0"
    );
}
