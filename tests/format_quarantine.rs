//! One bad record is set aside, not the whole file: a stored document with
//! one impossible date (or one field of the wrong type) reads every other
//! record, names the bad one's field and keeps its text.

use chrono::NaiveDate;
use luoshi::format::{decode_file, decode_file_salvaging, encode_compact, DecodeError};
use luoshi::plan::RecordKind;
use luoshi::seed::example_document;

/// The example ledger of 2026 as stored, with the 13th activity's date
/// replaced by `bad` (a JSON value).
fn stored_with(field: &str, bad: &str) -> (String, usize, usize) {
    let doc = example_document(2026, NaiveDate::from_ymd_opt(2026, 11, 30).expect("date"));
    let text = encode_compact(&doc);
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
    value["activities"][12][field] = serde_json::from_str(bad).expect("bad value");
    (value.to_string(), doc.activities.len(), doc.readings.len())
}

#[test]
fn an_impossible_date_sets_one_record_aside() {
    let (text, n, r) = stored_with("date", "\"2026-02-30\"");
    // Every reader that cannot show what it sets aside refuses, as before.
    let e = decode_file(&text).expect_err("refused");
    assert_eq!(e.path(), Some("activities[12].date"));

    let d = decode_file_salvaging(&text).expect("the rest is read");
    assert_eq!(d.document.activities.len(), n - 1);
    assert_eq!(d.document.readings.len(), r);
    assert_eq!(d.quarantined.len(), 1);
    let q = &d.quarantined[0];
    assert_eq!((q.kind, q.index), (RecordKind::Activity, 12));
    assert_eq!(q.error.path(), Some("activities[12].date"));
    assert!(
        q.error.message_zh().contains("2026-02-30"),
        "{}",
        q.error.message_zh()
    );
    // The record's text is kept whole: fixed by hand, it reads again.
    assert!(q.text.contains("\"date\":\"2026-02-30\""), "{}", q.text);
    assert!(!q.id.is_empty() && q.text.contains(&q.id));
}

#[test]
fn a_field_of_the_wrong_type_sets_one_record_aside() {
    let (mut text, n, _) = stored_with("quantity", "\"三\"");
    // And a second bad record after it, whose place must still be right.
    let mut value: serde_json::Value = serde_json::from_str(&text).expect("json");
    value["activities"][20]["date"] = serde_json::json!("2026-13-01");
    text = value.to_string();
    assert!(matches!(
        decode_file(&text),
        Err(DecodeError::WrongField { .. })
    ));
    let d = decode_file_salvaging(&text).expect("the rest is read");
    assert_eq!(d.document.activities.len(), n - 2);
    let paths: Vec<&str> = d
        .quarantined
        .iter()
        .filter_map(|q| q.error.path())
        .collect();
    assert_eq!(paths, ["activities[12].quantity", "activities[20].date"]);
    assert!(d.quarantined[0].text.contains("\"quantity\":\"三\""));
}

#[test]
fn a_bad_plan_still_refuses_the_file() {
    let doc = example_document(2026, NaiveDate::from_ymd_opt(2026, 11, 30).expect("date"));
    let mut value: serde_json::Value = serde_json::from_str(&encode_compact(&doc)).expect("json");
    value["plan"]["start"] = serde_json::json!("2026-02-30");
    assert!(decode_file_salvaging(&value.to_string()).is_err());
}
