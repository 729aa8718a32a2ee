//! Many units' files at once: the preview of each file, the document they
//! make, the reports recorded, one undo, and the bad cases the issue names
//! (a file again, another plan's file, a unit not in the plan, two files of
//! one unit at odds, an older file naming no recording unit).
//!
//! Every file here is made as a unit makes it: the default plan of 2026 in
//! the unit's copy, its records, exported through `format::encode_pretty`
//! and read back with `format::decode_file`.

use chrono::{DateTime, NaiveDate};
use luoshi::consolidate::{
    clash_text, preview, report_id, unit_from_file_name, Choices, Incoming, Outcome,
};
use luoshi::format::{decode_file, encode_pretty, export_file_name};
use luoshi::i18n::Lang;
use luoshi::merge::Side;
use luoshi::plan::{Activity, ActivityId, Document, RecordKind, Stamp, TargetId};
use luoshi::seed::default_document;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn at(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).expect("test stamp")
}

fn activity(id: &str, date: &str, title: &str, by: &str, updated: &str) -> Activity {
    Activity {
        id: ActivityId::from(id),
        date: d(date),
        title: title.into(),
        targets: vec![TargetId::from("t1-02")],
        quantity: 1,
        people: Vec::new(),
        lead_unit: "机关党委".into(),
        notes: String::new(),
        recorded_by: by.into(),
        evidence: Vec::new(),
        updated_at: at(updated),
    }
}

/// A unit's export made on `day`, with `n` activities of its own.
fn unit_file(unit: &str, day: &str, activities: Vec<Activity>) -> Incoming {
    let mut doc = default_document(2026, unit);
    doc.activities = activities;
    let text = encode_pretty(&doc, Some(at(&format!("{day}T17:30:00+08:00"))));
    Incoming {
        name: export_file_name(unit, d(day)),
        decoded: decode_file(&text).expect("an export reads back"),
    }
}

fn office() -> Document {
    default_document(2026, "督查室")
}

fn now() -> Stamp {
    at("2026-12-08T10:00:00+08:00")
}

fn choices() -> Choices {
    Choices {
        assign_unit: true,
        add_units: false,
        clock: None,
    }
}

fn three() -> Vec<Incoming> {
    vec![
        unit_file(
            "综合处",
            "2026-12-04",
            vec![activity(
                "z1",
                "2026-11-03",
                "综合处活动",
                "综合处",
                "2026-11-03T18:00:00+08:00",
            )],
        ),
        unit_file(
            "秘书一处",
            "2026-12-02",
            vec![
                activity(
                    "m1",
                    "2026-11-05",
                    "秘书一处活动一",
                    "秘书一处",
                    "2026-11-05T18:00:00+08:00",
                ),
                activity(
                    "m2",
                    "2026-11-20",
                    "秘书一处活动二",
                    "秘书一处",
                    "2026-11-20T18:00:00+08:00",
                ),
            ],
        ),
        unit_file("人事处", "2026-12-03", Vec::new()),
    ]
}

#[test]
fn each_file_is_previewed_and_recorded_as_its_units_report() {
    let ours = office();
    let c = preview(&ours, &three(), choices(), d("2026-12-08"), now());
    // Merged in the order of export: 秘书一处 12-02, 人事处 12-03, 综合处 12-04.
    let names: Vec<_> = c.files.iter().map(|f| f.unit.as_str()).collect();
    assert_eq!(names, ["秘书一处", "人事处", "综合处"]);
    let added: Vec<usize> = c
        .files
        .iter()
        .map(|f| match &f.outcome {
            Outcome::Merged(s) => s.activities.added,
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(added, [2, 0, 1]);
    assert!(c.files.iter().all(|f| f.listed && !f.unit_from_name));
    // A file with no records still says the unit reported.
    let sent: Vec<_> = c
        .files
        .iter()
        .map(|f| f.report.as_ref().map(|r| (r.sent, r.covers_to)))
        .collect();
    assert_eq!(
        sent,
        [
            Some((d("2026-12-02"), Some(d("2026-12-02")))),
            Some((d("2026-12-03"), Some(d("2026-12-03")))),
            Some((d("2026-12-04"), Some(d("2026-12-04")))),
        ]
    );
    assert_eq!(c.result.activities.len(), 3);
    assert_eq!(c.result.reports.len(), 3);
    assert_eq!(c.result.unit, "督查室");
    let r = &c.result.reports[0];
    assert_eq!(r.id, report_id("秘书一处", &three()[1]));
    assert_eq!(r.updated_at, now());
}

#[test]
fn applying_is_one_command_and_one_undo() {
    let mut doc = office();
    let before = doc.clone();
    let c = preview(&doc, &three(), choices(), d("2026-12-08"), now());
    let undo = doc.apply(c.command()).expect("the consolidation applies");
    assert_eq!(doc, c.result);
    doc.apply(undo).expect("the undo applies");
    assert_eq!(doc, before);
}

#[test]
fn the_same_files_again_change_nothing() {
    let ours = office();
    let first = preview(&ours, &three(), choices(), d("2026-12-08"), now());
    let again = preview(&first.result, &three(), choices(), d("2026-12-09"), now());
    assert!(again.files.iter().all(|f| f.outcome == Outcome::Unchanged));
    assert!(again.files.iter().all(|f| f.report.is_none()));
    assert!(again.changes_nothing());
    assert_eq!(again.result, first.result);
    assert!(!first.changes_nothing());
}

/// A unit's file as saved without an export (no export time, no period
/// covered), under the name `name`.
fn saved_file(unit: &str, name: &str, activities: Vec<Activity>) -> Incoming {
    let mut doc = default_document(2026, unit);
    doc.activities = activities;
    let decoded = decode_file(&encode_pretty(&doc, None)).expect("a saved file reads back");
    assert_eq!(decoded.exported_at, None);
    Incoming {
        name: name.into(),
        decoded,
    }
}

fn reported(c: &luoshi::consolidate::Consolidation) -> Vec<(String, String)> {
    let mut out: Vec<_> = c
        .result
        .reports
        .iter()
        .map(|r| (r.unit.clone(), r.file_name.clone()))
        .collect();
    out.sort();
    out
}

#[test]
fn files_of_one_name_are_distinct_reports_and_the_same_file_is_one() {
    let ours = office();
    let october = activity(
        "m10",
        "2026-10-20",
        "十月活动",
        "秘书一处",
        "2026-10-20T18:00:00+08:00",
    );
    let november = activity(
        "m11",
        "2026-11-20",
        "十一月活动",
        "秘书一处",
        "2026-11-20T18:00:00+08:00",
    );
    // One unit's October and November, both saved as "台账.json" and given
    // no export date: two reports, though imported on the same day.
    let oct = saved_file("秘书一处", "台账.json", vec![october.clone()]);
    let nov = saved_file("秘书一处", "台账.json", vec![october, november]);
    let first = preview(
        &ours,
        std::slice::from_ref(&oct),
        choices(),
        d("2026-11-05"),
        now(),
    );
    let second = preview(
        &first.result,
        std::slice::from_ref(&nov),
        choices(),
        d("2026-11-05"),
        now(),
    );
    assert!(second.files[0].report.is_some(), "{:?}", second.files[0]);
    assert_eq!(second.result.reports.len(), 2);
    // The same October file again, a month later: already imported.
    let again = preview(
        &second.result,
        std::slice::from_ref(&oct),
        choices(),
        d("2026-12-08"),
        now(),
    );
    assert_eq!(again.files[0].outcome, Outcome::Unchanged);
    assert!(again.changes_nothing());
    assert_eq!(again.result.reports.len(), 2);
    // Two units' files of one name, in one import: one report each.
    let a = saved_file("综合处", "台账.json", Vec::new());
    let b = saved_file("人事处", "台账.json", Vec::new());
    let both = preview(&ours, &[a, b], choices(), d("2026-12-08"), now());
    assert_eq!(
        reported(&both),
        [
            ("人事处".to_string(), "台账.json".to_string()),
            ("综合处".to_string(), "台账.json".to_string())
        ]
    );
    // An export is the same report however often it is read back.
    let export = unit_file("综合处", "2026-12-04", Vec::new());
    assert_eq!(
        report_id("综合处", &export),
        report_id("综合处", &unit_file("综合处", "2026-12-04", Vec::new()))
    );
    assert_ne!(report_id("综合处", &export), report_id("人事处", &export));
}

#[test]
fn a_file_of_another_plan_is_refused_and_nothing_of_it_taken() {
    let mut files = three();
    let mut foreign = unit_file(
        "信息中心",
        "2026-12-01",
        vec![activity(
            "x1",
            "2026-11-01",
            "别的计划",
            "信息中心",
            "2026-11-01T18:00:00+08:00",
        )],
    );
    foreign.decoded.document.plan.id = "another-plan-2026".into();
    files.push(foreign);
    let c = preview(&office(), &files, choices(), d("2026-12-08"), now());
    let refused = &c.files[0];
    assert_eq!(refused.name, "落实台账-信息中心-2026-12-01.json");
    assert_eq!(
        refused.outcome,
        Outcome::OtherPlan {
            theirs: "another-plan-2026".into(),
            ours: "luoshi-default-2026".into()
        }
    );
    assert_eq!(refused.report, None);
    assert_eq!(c.refused(), 1);
    assert!(c.result.activities.iter().all(|a| a.id.as_str() != "x1"));
    assert!(c.result.reports.iter().all(|r| r.unit != "信息中心"));
}

#[test]
fn a_unit_not_in_the_plan_is_offered_and_added_when_chosen() {
    let files = vec![unit_file("外事办", "2026-12-02", Vec::new())];
    let c = preview(&office(), &files, choices(), d("2026-12-08"), now());
    assert!(!c.files[0].listed);
    assert_eq!(c.new_units, ["外事办"]);
    // Again, the units left out: the file is already imported, nothing changes.
    let again = preview(&c.result, &files, choices(), d("2026-12-09"), now());
    assert!(again.changes_nothing());
    assert!(!c.result.plan.units.contains(&"外事办".to_string()));
    let add = Choices {
        add_units: true,
        ..choices()
    };
    let c = preview(&office(), &files, add, d("2026-12-08"), now());
    assert_eq!(
        c.result.plan.units.last().map(String::as_str),
        Some("外事办")
    );
    // The new unit is stamped now, so a merge elsewhere keeps it.
    let mut doc = office();
    doc.apply(c.command()).expect("applies");
    assert!(doc.plan.units.contains(&"外事办".to_string()));
}

#[test]
fn two_files_of_one_unit_at_odds_show_both_and_the_newer_wins() {
    let old = unit_file(
        "秘书一处",
        "2026-11-05",
        vec![activity(
            "m1",
            "2026-11-02",
            "旧标题",
            "秘书一处",
            "2026-11-02T18:00:00+08:00",
        )],
    );
    let new = unit_file(
        "秘书一处",
        "2026-12-05",
        vec![activity(
            "m1",
            "2026-11-02",
            "新标题",
            "秘书一处",
            "2026-11-20T09:00:00+08:00",
        )],
    );
    for files in [vec![old.clone(), new.clone()], vec![new, old]] {
        let c = preview(&office(), &files, choices(), d("2026-12-08"), now());
        assert_eq!(c.files[0].name, "落实台账-秘书一处-2026-11-05.json");
        assert!(c.files[0].clashes.is_empty());
        let clash = &c.files[1].clashes;
        assert_eq!(clash.len(), 1);
        assert_eq!(clash[0].conflict.kind, RecordKind::Activity);
        assert_eq!(clash[0].conflict.id, "m1");
        assert_eq!(clash[0].conflict.winner, Side::Theirs);
        assert_eq!(clash[0].against, Some(0));
        assert_eq!(c.result.activities[0].title, "新标题");
        assert_eq!(c.result.reports.len(), 2);
    }
}

#[test]
fn an_older_files_records_may_take_the_unit_from_its_name() {
    let mut file = unit_file(
        "",
        "2026-06-05",
        vec![activity(
            "o1",
            "2026-05-10",
            "旧记录",
            "",
            "2026-05-10T18:00:00+08:00",
        )],
    );
    file.name = "落实台账-秘书一处-2026-06-05.json".into();
    let c = preview(
        &office(),
        std::slice::from_ref(&file),
        choices(),
        d("2026-12-08"),
        now(),
    );
    let line = &c.files[0];
    assert_eq!(
        (line.unit.as_str(), line.unit_from_name),
        ("秘书一处", true)
    );
    assert_eq!(line.unattributed, 1);
    assert_eq!(c.result.activities[0].recorded_by, "秘书一处");
    // Given, not edited: the record keeps its stamp.
    assert_eq!(
        c.result.activities[0].updated_at,
        at("2026-05-10T18:00:00+08:00")
    );
    assert_eq!(c.result.reports[0].unit, "秘书一处");
    let keep = Choices {
        assign_unit: false,
        ..choices()
    };
    let c = preview(&office(), &[file], keep, d("2026-12-08"), now());
    assert_eq!(c.result.activities[0].recorded_by, "");
}

#[test]
fn the_unit_is_read_from_an_export_files_name() {
    let cases = [
        ("落实台账-秘书一处-2026-06-05.json", Some("秘书一处")),
        ("落实台账-秘书一处-2026-06-05 (1).json", Some("秘书一处")),
        (
            "downloads/落实台账-综合-处-2026-06-05.json",
            Some("综合-处"),
        ),
        ("落实台账-2026-06-05.json", None),
        ("落实台账-秘书一处-2026-02-30.json", None),
        ("秘书一处.json", None),
    ];
    for (name, unit) in cases {
        assert_eq!(unit_from_file_name(name).as_deref(), unit, "{name}");
    }
}

#[test]
fn the_result_is_every_file_merged_in_turn() {
    // Three units, one of which also deletes a record another sent, and
    // two versions of one record: the preview merges each file against
    // only the records it names, which must equal merging whole documents.
    let mut files = three();
    let mut deleting = unit_file(
        "综合处",
        "2026-12-06",
        vec![activity(
            "z2",
            "2026-11-21",
            "综合处活动二",
            "综合处",
            "2026-11-21T18:00:00+08:00",
        )],
    );
    deleting
        .decoded
        .document
        .tombstones
        .push(luoshi::plan::Tombstone {
            kind: RecordKind::Activity,
            id: "m2".into(),
            deleted_at: at("2026-12-06T09:00:00+08:00"),
        });
    files.push(deleting);
    files.push(unit_file(
        "秘书一处",
        "2026-12-07",
        vec![activity(
            "m1",
            "2026-11-05",
            "秘书一处活动一（改）",
            "秘书一处",
            "2026-12-07T09:00:00+08:00",
        )],
    ));
    let ours = office();
    let c = preview(&ours, &files, choices(), d("2026-12-08"), now());
    let folded = files.iter().fold(ours.clone(), |doc, f| {
        luoshi::merge::merge(&doc, &f.decoded.document).doc
    });
    assert_eq!(c.result.activities, folded.activities);
    assert_eq!(c.result.readings, folded.readings);
    assert_eq!(c.result.tombstones, folded.tombstones);
    assert_eq!(c.result.plan, folded.plan);
    let ids: Vec<&str> = c.result.activities.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["z1", "m1", "z2"]);
    assert_eq!(c.result.activities[1].title, "秘书一处活动一（改）");
    // The deleting file's line counts the deletion.
    let line = c
        .files
        .iter()
        .find(|f| f.name.ends_with("综合处-2026-12-06.json"))
        .expect("line");
    match &line.outcome {
        Outcome::Merged(s) => assert_eq!((s.activities.added, s.activities.deleted), (1, 1)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn the_same_file_twice_in_one_import_is_taken_once_and_says_so() {
    // One export dropped twice, once as the browser's second download.
    let file = unit_file(
        "秘书一处",
        "2026-12-02",
        vec![activity(
            "m1",
            "2026-11-05",
            "秘书一处活动一",
            "秘书一处",
            "2026-11-05T18:00:00+08:00",
        )],
    );
    let mut copy = file.clone();
    copy.name = "落实台账-秘书一处-2026-12-02 (1).json".into();
    for files in [
        vec![file.clone(), copy.clone()],
        vec![file.clone(), file.clone()],
    ] {
        let c = preview(&office(), &files, choices(), d("2026-12-08"), now());
        assert_eq!(c.result.reports.len(), 1, "{:?}", c.result.reports);
        assert_eq!(c.result.activities.len(), 1);
        assert!(c.files[0].report.is_some() && c.files[0].same_as.is_none());
        assert_eq!(c.files[1].same_as, Some(0));
        assert_eq!(c.files[1].report, None);
        assert_eq!(c.files[1].outcome, Outcome::Unchanged);
    }
    // Its line names the file it repeats (the copy sorts first by name).
    let c = preview(&office(), &[file, copy], choices(), d("2026-12-08"), now());
    let j = c.files[1].same_as.expect("a repeat");
    let said = luoshi::i18n::reporting::fill(
        luoshi::i18n::reporting::ZH.same_file,
        &[("file", &c.files[j].name)],
    );
    assert_eq!(
        said,
        "与本次导入的 落实台账-秘书一处-2026-12-02 (1).json 内容相同，只计一次，不重复记录报送"
    );
    // Two units' files that hold the same records are not one file.
    let a = saved_file("综合处", "台账.json", Vec::new());
    let b = saved_file("人事处", "台账 (1).json", Vec::new());
    let both = preview(&office(), &[a, b], choices(), d("2026-12-08"), now());
    assert!(both.files.iter().all(|f| f.same_as.is_none()));
    assert_eq!(both.result.reports.len(), 2);
}

/// The preview names a conflicting record by its date and title and says
/// truly which version stands: the one changed later. It said "以较早版本为准"
/// with the record's internal id, while the newer edit was kept.
#[test]
fn a_conflict_is_named_by_date_and_title_and_the_later_version_stands() {
    let mut ours = office();
    ours.activities = vec![activity(
        "a-e5814c6491e25dc9",
        "2026-11-02",
        "走访企业（已更正）",
        "秘书一处",
        "2026-11-25T09:00:00+08:00",
    )];
    let file = unit_file(
        "秘书一处",
        "2026-12-05",
        vec![activity(
            "a-e5814c6491e25dc9",
            "2026-11-02",
            "走访企业",
            "秘书一处",
            "2026-11-20T09:00:00+08:00",
        )],
    );
    let c = preview(&ours, &[file], choices(), d("2026-12-08"), now());
    let clash = &c.files[0].clashes[0];
    assert_eq!(clash.conflict.winner, Side::Ours);
    assert_eq!(
        clash_text(&c, clash, Lang::Zh),
        "2026-11-02「走访企业（已更正）」两边内容不同，以已有版本（修改时间较晚）为准（已有版本为本台账原有）"
    );
    assert_eq!(
        clash_text(&c, clash, Lang::En),
        "2026-11-02 “走访企业（已更正）” differs; the version already here (changed later) is kept (the version already here was this copy's own)"
    );

    // Stamped alike: neither is later, and the text does not say so.
    let mut same = ours.clone();
    same.activities[0].updated_at = at("2026-11-20T09:00:00+08:00");
    let file = unit_file(
        "秘书一处",
        "2026-12-05",
        vec![activity(
            "a-e5814c6491e25dc9",
            "2026-11-02",
            "走访企业",
            "秘书一处",
            "2026-11-20T09:00:00+08:00",
        )],
    );
    let c = preview(&same, &[file], choices(), d("2026-12-08"), now());
    let text = clash_text(&c, &c.files[0].clashes[0], Lang::Zh);
    assert!(text.contains("两版修改时间相同"), "{text}");
    assert!(!text.contains("a-e5814c6491e25dc9"), "{text}");
}

/// A unit's file stamped in 2099 deletes nothing of the office's and says so.
#[test]
fn a_file_from_the_future_outranks_nothing_in_the_consolidation() {
    let mut ours = office();
    ours.activities = vec![activity(
        "k1",
        "2026-11-02",
        "保留",
        "秘书一处",
        "2026-11-25T09:00:00+08:00",
    )];
    let file = unit_file(
        "秘书一处",
        "2026-12-05",
        vec![activity(
            "k1",
            "2026-11-02",
            "来自2099年的修改",
            "秘书一处",
            "2099-01-01T00:00:00+08:00",
        )],
    );
    let c = preview(&ours, &[file], choices(), d("2026-12-08"), now());
    assert_eq!(c.files[0].future.records, 1);
    assert_eq!(c.result.activities[0].title, "保留");
}
