//! `luoshi consolidate` words the cycle, each file's line and each unit's
//! state with the functions the 报送 page calls (`present::cycle_text`,
//! `present::file_unit_text`, `present::file_effect_text`,
//! `reporting::state_text`), over the same consolidation: the
//! command's page holds exactly their words, in Chinese and in English.
//!
//! The folder holds the office's copy (督查室, monthly reports by the 5th,
//! five days' grace, one activity corrected on 11-25), 秘书一处's export
//! with the same activity as it was before the correction (a conflict the
//! office's version wins), and an export of 外事办, a unit the plan does
//! not list. Every file is made as the app makes it (`encode_pretty`).

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{FixedOffset, NaiveDate, TimeZone};
use luoshi::consolidate::{clash_text, preview, Choices, Incoming};
use luoshi::escape::markdown;
use luoshi::i18n::reporting::msgs;
use luoshi::i18n::Lang;
use luoshi::plan::{Activity, ActivityId, Document, Reporting, TargetId};
use luoshi::present::{cycle_text, file_effect_text, file_unit_text};
use luoshi::reporting::state_text;

fn stamp(s: &str) -> luoshi::plan::Stamp {
    chrono::DateTime::parse_from_rfc3339(s).expect("test stamp")
}

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 8).expect("date")
}

fn visit(title: &str, updated: &str) -> Activity {
    Activity {
        id: ActivityId::from("a-visit-1102"),
        date: NaiveDate::from_ymd_opt(2026, 11, 2).expect("date"),
        title: title.into(),
        targets: vec![TargetId::from("t1-02")],
        quantity: 1,
        people: Vec::new(),
        lead_unit: "秘书一处".into(),
        notes: String::new(),
        recorded_by: "秘书一处".into(),
        evidence: Vec::new(),
        updated_at: stamp(updated),
    }
}

fn folder() -> PathBuf {
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "cli-consolidate-words"]
        .iter()
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    let mut office = luoshi::seed::default_document(2026, "督查室");
    office.plan.rules.reporting = Reporting::Monthly { by_day: 5 };
    office.plan.rules.grace_days = 5;
    office.activities = vec![visit("走访企业（已更正）", "2026-11-25T09:00:00+08:00")];
    let office_at = stamp("2026-12-01T09:00:00+08:00");
    office.plan.updated_at = office_at;
    std::fs::write(
        dir.join("落实台账-督查室-2026-12-01.json"),
        luoshi::format::encode_pretty(&office, Some(office_at)),
    )
    .expect("write");
    for (unit, day, activities) in [
        (
            "秘书一处",
            "2026-12-03",
            vec![visit("走访企业", "2026-11-20T09:00:00+08:00")],
        ),
        ("外事办", "2026-12-04", Vec::new()),
    ] {
        let mut doc = luoshi::seed::default_document(2026, unit);
        doc.activities = activities;
        let text =
            luoshi::format::encode_pretty(&doc, Some(stamp(&format!("{day}T17:00:00+08:00"))));
        let name = luoshi::format::export_file_name(unit, day.parse().expect("date"));
        std::fs::write(dir.join(&name), &text).expect("write");
    }
    dir
}

fn run(dir: &Path, lang: &str) -> String {
    let out_file = dir.with_extension("merged.json");
    let out = Command::new(env!("CARGO_BIN_EXE_luoshi"))
        .args([
            "consolidate",
            &dir.to_string_lossy(),
            "--as-of",
            "2026-12-08",
            "--out",
            &out_file.to_string_lossy(),
            "--unit",
            "督查室",
            "--format",
            "md",
            "--lang",
            lang,
        ])
        .output()
        .expect("the luoshi binary runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The folder's files consolidated as the command does: by name, into a
/// document of the office's plan and no records, kept by 督查室.
fn consolidated(dir: &Path) -> luoshi::consolidate::Consolidation {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("folder")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    let files: Vec<Incoming> = paths
        .iter()
        .map(|p| Incoming {
            name: p.file_name().expect("name").to_string_lossy().into_owned(),
            decoded: luoshi::format::decode_file(&std::fs::read_to_string(p).expect("read"))
                .expect("an export reads back"),
        })
        .collect();
    let base = Document {
        unit: "督查室".into(),
        plan: files[0].decoded.document.plan.clone(),
        activities: Vec::new(),
        readings: Vec::new(),
        tombstones: Vec::new(),
        reports: Vec::new(),
        notices: Vec::new(),
    };
    let now = FixedOffset::east_opt(8 * 3600)
        .and_then(|tz| {
            tz.from_local_datetime(&as_of().and_time(chrono::NaiveTime::MIN))
                .single()
        })
        .expect("midnight");
    let choices = Choices {
        assign_unit: true,
        add_units: false,
        clock: None,
    };
    preview(&base, &files, choices, as_of(), now)
}

#[test]
fn the_command_words_the_reporting_page_as_the_page_does() {
    let dir = folder();
    let c = consolidated(&dir);
    let progress = luoshi::engine::evaluate(&c.result, as_of());
    let table = luoshi::reporting::unit_table(&c.result, &progress, as_of());
    let iso = |d: NaiveDate| d.to_string();
    // The conflict is there to be worded: 秘书一处's older version loses.
    let clashed = c
        .files
        .iter()
        .find(|f| !f.clashes.is_empty())
        .expect("a file with a conflict");
    for lang in [Lang::Zh, Lang::En] {
        let page = run(&dir, if lang == Lang::Zh { "zh" } else { "en" });
        let m = msgs(lang);
        let cycle = cycle_text(&c.result.plan.rules, &table, lang, iso);
        assert!(page.contains(&markdown(&cycle)), "{cycle}\n{page}");
        assert!(
            page.contains(&format!(
                "| {} | {} | {} |",
                m.col_file, m.col_unit, m.col_effect
            )),
            "{page}"
        );
        for f in &c.files {
            let line = format!(
                "| {} | {} | {} |",
                markdown(&f.name),
                markdown(&file_unit_text(f, lang)),
                markdown(&file_effect_text(&c, f, lang))
            );
            assert!(page.contains(&line), "{line}\n{page}");
        }
        let clash = clash_text(&c, &clashed.clashes[0], lang);
        assert!(page.contains(&markdown(&clash)), "{clash}\n{page}");
        assert!(!page.contains("{record}"), "{page}");
        assert!(
            page.contains(&format!(
                "| {} | {} | {} | {} | {} |",
                m.col_unit, m.col_state, m.col_last, m.col_records, m.col_targets
            )),
            "{page}"
        );
        for r in &table.rows {
            let row = format!("| {} | {} |", markdown(&r.unit), state_text(m, r, iso));
            assert!(page.contains(&row), "{row}\n{page}");
        }
        let unlisted = file_unit_text(
            c.files
                .iter()
                .find(|f| f.unit == "外事办")
                .expect("外事办's file"),
            lang,
        );
        assert!(unlisted.contains(m.not_listed), "{unlisted}");
    }
}
