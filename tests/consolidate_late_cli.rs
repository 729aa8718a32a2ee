//! `luoshi consolidate` says 迟报 with the day sent, as the 报送 page does
//! (both through `reporting::state_text` over the same row), and
//! names the file a repeated file repeats.
//!
//! The folder holds the office's copy (督查室, monthly reports by the 5th,
//! five days' grace) and units' exports of the default plan 2026, named as
//! the app names them: 秘书一处 on 12-03 (on time), 综合处 on 12-07 (late,
//! within the grace), and 综合处's file again as a browser copy.

use std::path::{Path, PathBuf};
use std::process::Command;

use luoshi::plan::Reporting;
use serde_json::Value;

fn stamp(s: &str) -> luoshi::plan::Stamp {
    chrono::DateTime::parse_from_rfc3339(s).expect("test stamp")
}

fn folder() -> PathBuf {
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "cli-consolidate-late"]
        .iter()
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp folder");
    let mut office = luoshi::seed::default_document(2026, "督查室");
    office.plan.rules.reporting = Reporting::Monthly { by_day: 5 };
    office.plan.rules.grace_days = 5;
    let office_at = stamp("2026-12-01T09:00:00+08:00");
    office.plan.updated_at = office_at;
    std::fs::write(
        dir.join("落实台账-督查室-2026-12-01.json"),
        luoshi::format::encode_pretty(&office, Some(office_at)),
    )
    .expect("write");
    for (unit, day) in [("秘书一处", "2026-12-03"), ("综合处", "2026-12-07")] {
        let doc = luoshi::seed::default_document(2026, unit);
        let text =
            luoshi::format::encode_pretty(&doc, Some(stamp(&format!("{day}T17:00:00+08:00"))));
        let name = luoshi::format::export_file_name(unit, day.parse().expect("date"));
        std::fs::write(dir.join(&name), &text).expect("write");
        if unit == "综合处" {
            std::fs::write(dir.join(name.replace(".json", " (1).json")), &text).expect("write");
        }
    }
    dir
}

fn run(dir: &Path, form: &str, lang: Option<&str>) -> String {
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
            form,
        ])
        .args(lang.map(|l| ["--lang", l]).into_iter().flatten())
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

#[test]
fn consolidate_says_late_with_the_day_and_takes_a_copy_once() {
    let dir = folder();
    let zh = run(&dir, "md", Some("zh"));
    assert!(
        zh.contains("| 综合处 | 迟报（2026-12-07报送） | 2026-12-07 | 0 |"),
        "{zh}"
    );
    assert!(
        zh.contains("| 秘书一处 | 已报送 | 2026-12-03 | 0 |"),
        "{zh}"
    );
    assert!(
        zh.contains("与本次导入的 落实台账-综合处-2026-12-07 (1).json 内容相同"),
        "{zh}"
    );
    assert!(zh.contains("| 本期本单位记录 |"), "{zh}");
    let en = run(&dir, "md", Some("en"));
    assert!(
        en.contains("| 综合处 | Late (sent 2026-12-07) | 2026-12-07 | 0 |"),
        "{en}"
    );
    let json: Value = serde_json::from_str(&run(&dir, "json", None)).expect("JSON");
    let unit = json["units"]
        .as_array()
        .and_then(|u| u.iter().find(|u| u["unit"] == "综合处"))
        .cloned()
        .expect("综合处");
    assert_eq!(
        (unit["state"].as_str(), unit["answered"].as_str()),
        (Some("late"), Some("2026-12-07"))
    );
    let reports = json["files"]
        .as_array()
        .map(|f| f.iter().filter(|f| !f["same_as"].is_null()).count());
    assert_eq!(reports, Some(1));
}
