//! The native `luoshi` command, run as a user runs it, on small fixture files
//! whose figures are worked out by hand.
//!
//! Fixtures (tests/fixtures/cli/), plan 2026-01-01..2026-12-31, as of
//! 2026-07-01 (序时进度 182/365):
//! - unit-a.json: c1 count 6 with three activities by 07-01 and one after;
//!   m1 monthly cadence met in Jan, Feb, Apr, May; q1 ratio ≥ 95% with 115/120
//!   and 93/100; k1 milestone due 06-30 with nothing recorded.
//! - unit-b.json: the same plan; a-1 again (the same record), two more
//!   trainings, a March session, k1 done on 06-25, and 190/200 for q1.
//! - bad-date.json: unit-a.json with activities[1].date = 2026-02-30.

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

fn fixture(name: &str) -> String {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "fixtures", "cli", name]
        .iter()
        .collect();
    path.to_string_lossy().into_owned()
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn luoshi(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_luoshi"))
        .args(args)
        .output()
        .expect("the luoshi binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The JSON report of `files` as of 2026-07-01, parsed.
fn report(files: &[&str]) -> Vec<Value> {
    let paths: Vec<String> = files.iter().map(|f| fixture(f)).collect();
    let mut args: Vec<&str> = vec!["report"];
    args.extend(paths.iter().map(String::as_str));
    args.extend(["--as-of", "2026-07-01", "--format", "json"]);
    let run = luoshi(&args);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    match serde_json::from_str(&run.stdout) {
        Ok(Value::Array(items)) => items,
        other => panic!("not a JSON array: {other:?}\n{}", run.stdout),
    }
}

/// Figures of one target as the report must print them.
struct Want {
    id: &'static str,
    kind: &'static str,
    actual: f64,
    target: f64,
    completion: f64,
    status: &'static str,
    missed: Option<&'static [&'static str]>,
}

const TIME_PROGRESS: f64 = 182.0 / 365.0;

fn close(got: &Value, want: f64, what: &str) {
    let got = got
        .as_f64()
        .unwrap_or_else(|| panic!("{what}: {got} is not a number"));
    assert!((got - want).abs() < 1e-12, "{what}: got {got}, want {want}");
}

fn check(items: &[Value], want: &[Want]) {
    assert_eq!(items.len(), want.len());
    for (item, w) in items.iter().zip(want) {
        let id = w.id;
        assert_eq!(item["id"], w.id);
        assert_eq!(item["kind"], w.kind, "{id}");
        assert_eq!(item["section"], "s1", "{id}");
        assert_eq!(item["status"], w.status, "{id}");
        close(&item["actual"], w.actual, &format!("{id} actual"));
        close(&item["target"], w.target, &format!("{id} target"));
        close(
            &item["completion"],
            w.completion,
            &format!("{id} completion"),
        );
        close(
            &item["time_progress"],
            TIME_PROGRESS,
            &format!("{id} time_progress"),
        );
        match w.missed {
            Some(names) => {
                let got: Vec<&str> = item["missed_periods"]
                    .as_array()
                    .unwrap_or_else(|| panic!("{id}: no missed_periods"))
                    .iter()
                    .filter_map(Value::as_str)
                    .collect();
                assert_eq!(got, names, "{id}");
            }
            None => assert!(item.get("missed_periods").is_none(), "{id}"),
        }
    }
}

#[test]
fn reports_one_file_with_hand_computed_figures() {
    check(
        &report(&["unit-a.json"]),
        &[
            // 3 of 6 by 07-01 (the 07-15 one not yet): 50.0% ≥ 49.86%.
            Want {
                id: "c1",
                kind: "count",
                actual: 3.0,
                target: 6.0,
                completion: 0.5,
                status: "on_track",
                missed: None,
            },
            // Jan, Feb, Apr, May met; March and June ended short.
            Want {
                id: "m1",
                kind: "cadence",
                actual: 4.0,
                target: 12.0,
                completion: 4.0 / 12.0,
                status: "far_behind",
                missed: Some(&["2026年3月", "2026年6月"]),
            },
            // 208/220 = 94.5%, within 5 points of 95%; completion 208/209.
            Want {
                id: "q1",
                kind: "ratio",
                actual: 208.0 / 220.0,
                target: 0.95,
                completion: 208.0 / 209.0,
                status: "near",
                missed: None,
            },
            // Due 06-30, nothing recorded.
            Want {
                id: "k1",
                kind: "milestone",
                actual: 0.0,
                target: 1.0,
                completion: 0.0,
                status: "overdue",
                missed: None,
            },
        ],
    );
}

fn merged_figures() -> [Want; 4] {
    [
        // a-1, a-2, a-3, b-1, b-2: a-1 is in both files and counts once.
        Want {
            id: "c1",
            kind: "count",
            actual: 5.0,
            target: 6.0,
            completion: 5.0 / 6.0,
            status: "on_track",
            missed: None,
        },
        // March now met; only June missed: one period = behind.
        Want {
            id: "m1",
            kind: "cadence",
            actual: 5.0,
            target: 12.0,
            completion: 5.0 / 12.0,
            status: "behind",
            missed: Some(&["2026年6月"]),
        },
        // (115 + 93 + 190) / (120 + 100 + 200) = 398/420 = 94.76%.
        Want {
            id: "q1",
            kind: "ratio",
            actual: 398.0 / 420.0,
            target: 0.95,
            completion: 398.0 / 399.0,
            status: "near",
            missed: None,
        },
        Want {
            id: "k1",
            kind: "milestone",
            actual: 1.0,
            target: 1.0,
            completion: 1.0,
            status: "done",
            missed: None,
        },
    ]
}

#[test]
fn reports_two_files_merged_by_record_id() {
    check(&report(&["unit-a.json", "unit-b.json"]), &merged_figures());
    // The order of the files does not change a figure.
    check(&report(&["unit-b.json", "unit-a.json"]), &merged_figures());
}

#[test]
fn reports_a_markdown_table() {
    let run = luoshi(&[
        "report",
        &fixture("unit-a.json"),
        &fixture("unit-b.json"),
        "--as-of",
        "2026-07-01",
        "--format",
        "table",
    ]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let md = run.stdout;
    assert!(md.starts_with("# 2026年命令行测试计划\n"), "{md}");
    // (5/6 + 5/12 + 398/399 + 1) / 4 = 81.19%.
    assert!(
        md.contains("截至 2026-07-01：序时进度 49.9%，总体完成率 81.2%"),
        "{md}"
    );
    for row in [
        "| （一）测试 | 组织专题培训 | 5/6次 | 83.3% | 49.9% | 正常 |",
        "| （一）测试 | 中心组集中研讨 | 5/12个月达标 | 41.7% | 49.9% | 滞后（未达标：2026年6月） |",
        "| （一）测试 | 群众诉求办结率 | 94.8%/≥95.0%（办结398/受理420） | 99.7% | 49.9% | 接近达标 |",
        "| （一）测试 | 修订工作规则 | 2026-06-25 完成（截止 2026-06-30） | 100.0% | 49.9% | 完成 |",
    ] {
        assert!(md.contains(row), "missing {row}\n{md}");
    }
}

#[test]
fn reports_a_markdown_table_in_english() {
    let run = luoshi(&[
        "report",
        &fixture("unit-a.json"),
        &fixture("unit-b.json"),
        "--as-of",
        "2026-07-01",
        "--format",
        "table",
        "--lang",
        "en",
    ]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let md = run.stdout;
    assert!(
        md.contains("As of 2026-07-01: time progress 49.9%, plan completion 81.2%"),
        "{md}"
    );
    for row in [
        "| Section | Target | Actual/target | Completion | Time progress | Status |",
        "| （一）测试 | 中心组集中研讨 | 5/12 months met | 41.7% | 49.9% | Behind (missed: Jun 2026) |",
        "| （一）测试 | 群众诉求办结率 | 94.8%/≥95.0% (办结 398/受理 420) | 99.7% | 49.9% | Near |",
        "| （一）测试 | 修订工作规则 | done 2026-06-25 (due 2026-06-30) | 100.0% | 49.9% | Done |",
    ] {
        assert!(md.contains(row), "missing {row}\n{md}");
    }
}

#[test]
fn a_bad_file_is_named_with_the_field_at_fault() {
    let run = luoshi(&[
        "report",
        &fixture("unit-a.json"),
        &fixture("bad-date.json"),
        "--as-of",
        "2026-07-01",
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty(), "{}", run.stdout);
    assert!(run.stderr.contains("bad-date.json"), "{}", run.stderr);
    assert!(run.stderr.contains("activities[1].date"), "{}", run.stderr);
    assert!(run.stderr.contains("2026-02-30"), "{}", run.stderr);
}

#[test]
fn a_missing_file_is_named() {
    let run = luoshi(&[
        "report",
        &fixture("no-such-file.json"),
        "--as-of",
        "2026-07-01",
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no-such-file.json"), "{}", run.stderr);
}

/// Runs `args` with `--lang en` after the command word.
fn luoshi_en(args: &[&str]) -> Run {
    let mut with: Vec<&str> = args.iter().take(1).copied().collect();
    with.extend(["--lang", "en"]);
    with.extend(args.iter().skip(1).copied());
    luoshi(&with)
}

#[test]
fn bad_arguments_print_the_usage_and_exit_2() {
    let a = fixture("unit-a.json");
    // Each case: the arguments, the Chinese message (the default) and the
    // English one (`--lang en`).
    let cases: [(&[&str], &str, &str); 14] = [
        (
            &["report", &a, "--as-of", "2026-07-01", "--variant", "week"],
            "请用 to_date、month 或 quarter",
            "use to_date, month or quarter",
        ),
        (
            &[
                "report",
                &a,
                "--as-of",
                "2026-07-01",
                "--format",
                "json",
                "--variant",
                "month",
            ],
            "--variant 只适用于 --format md",
            "--variant applies to --format md",
        ),
        (&[], "没有给出命令", "no command"),
        (&["frobnicate"], "未知命令", "unknown command"),
        (
            &["report", "--as-of", "2026-07-01"],
            "至少一个 FILE.json",
            "at least one FILE",
        ),
        (&["report", &a], "需要 --as-of", "needs --as-of"),
        (
            &["report", &a, "--as-of", "2026-02-30"],
            "2026-02-30 不是真实存在的日期",
            "2026-02-30 is not a real date",
        ),
        (
            &["report", &a, "--as-of", "2026-2-3"],
            "不是 YYYY-MM-DD 格式的日期",
            "not a date YYYY-MM-DD",
        ),
        (
            &["report", &a, "--as-of", "2026-07-01", "--format", "xml"],
            "请用 json、md 或 table",
            "use json, md or table",
        ),
        (&["report", &a, "--as-of"], "需要一个值", "needs a value"),
        (&["example", "--year", "2026"], "需要 --as-of", "--as-of"),
        (
            &["template", "--year", "twenty"],
            "不是 1000 至 9999 之间的年份",
            "not a year",
        ),
        (
            &[
                "report",
                &a,
                "--as-of",
                "2026-07-01",
                "--format",
                "md",
                "--by-unit",
            ],
            "--by-unit 只适用于 --format json 或 table",
            "--by-unit applies to --format json or table",
        ),
        (
            &["report", &a, "--as-of", "2026-07-01", "--unit", "x"],
            "--unit 不适用于 `report`",
            "--unit does not apply to `report`",
        ),
    ];
    for (args, zh, en) in cases {
        let run = luoshi(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains(zh), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("用法："), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("USAGE"), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}");
        if args.is_empty() {
            continue;
        }
        let run = luoshi_en(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains(en), "{args:?}: {}", run.stderr);
        assert!(run.stderr.contains("USAGE"), "{args:?}: {}", run.stderr);
        assert!(!run.stderr.contains("用法"), "{args:?}: {}", run.stderr);
    }
    // An unknown language is refused in the default one.
    let run = luoshi(&["report", &a, "--as-of", "2026-07-01", "--lang", "fr"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--lang \"fr\"：请用 zh 或 en"),
        "{}",
        run.stderr
    );
}

#[test]
fn help_prints_the_usage() {
    for flag in ["--help", "-h"] {
        let run = luoshi(&[flag]);
        assert_eq!(run.code, 0);
        assert!(
            run.stdout.contains("luoshi report FILE.json"),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains("--as-of 必须给出"), "{}", run.stdout);
        let run = luoshi(&[flag, "--lang", "en"]);
        assert_eq!(run.code, 0);
        assert!(run.stdout.contains("--as-of is required"), "{}", run.stdout);
    }
}

#[test]
fn template_and_example_write_the_seed_documents() {
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).expect("a real date");
    let run = luoshi(&["template", "--year", "2026", "--unit", "督查室"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let doc = luoshi::format::decode(&run.stdout).expect("the template decodes");
    assert_eq!(doc, luoshi::seed::default_document(2026, "督查室"));

    let out = std::env::temp_dir().join(format!("luoshi-cli-example-{}.json", std::process::id()));
    let out_arg = out.to_string_lossy().into_owned();
    let run = luoshi(&[
        "example",
        "--year",
        "2026",
        "--as-of",
        "2026-11-27",
        "--out",
        &out_arg,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let text = std::fs::read_to_string(&out).expect("the example was written");
    let _ = std::fs::remove_file(&out);
    let doc = luoshi::format::decode(&text).expect("the example decodes");
    assert_eq!(doc, luoshi::seed::example_document(2026, as_of));
}

/// `--format md` prints the same report the app's 报告 page writes: for the
/// committed example ledger, the reviewed text of the report fixtures.
#[test]
fn reports_the_progress_report_text() {
    let example = format!(
        "{}/docs/examples/example-2026.json",
        env!("CARGO_MANIFEST_DIR")
    );
    for (variant, fixture) in [
        ("to_date", "example-2026-11-27.md"),
        ("month", "example-2026-11-month.md"),
    ] {
        let run = luoshi(&[
            "report",
            &example,
            "--as-of",
            "2026-11-27",
            "--format",
            "md",
            "--variant",
            variant,
        ]);
        assert_eq!(run.code, 0, "stderr: {}", run.stderr);
        let path = format!(
            "{}/tests/fixtures/report/{fixture}",
            env!("CARGO_MANIFEST_DIR")
        );
        let expected = std::fs::read_to_string(&path).expect("the reviewed report text");
        assert_eq!(run.stdout.trim_end(), expected.trim_end(), "{variant}");
    }
}

#[test]
fn a_file_with_records_of_a_removed_target_reports_with_a_warning() {
    // tests/fixtures/v1/unassigned.json: activity a1 names t1 and t9, and
    // the plan has no t9.
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "fixtures",
        "v1",
        "unassigned.json",
    ]
    .iter()
    .collect();
    let run = luoshi(&["report", &path.to_string_lossy(), "--as-of", "2026-07-01"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("luoshi：警告："), "{}", run.stderr);
    assert!(run.stderr.contains("t9"), "{}", run.stderr);
    assert!(run.stderr.contains("未归属记录保留"), "{}", run.stderr);
    assert!(!run.stderr.contains("warning"), "{}", run.stderr);
    let en = luoshi_en(&["report", &path.to_string_lossy(), "--as-of", "2026-07-01"]);
    assert!(en.stderr.contains("luoshi: warning: "), "{}", en.stderr);
    assert!(en.stderr.contains("kept as unassigned"), "{}", en.stderr);
    assert_eq!(en.stdout, run.stdout, "--lang changes no figure");
    let items: Vec<Value> = serde_json::from_str(&run.stdout).unwrap();
    let t1 = items.iter().find(|v| v["id"] == "t1").unwrap();
    assert_eq!(t1["actual"], 1, "a1 still counts toward t1: {t1}");
}

// ------------------------------------------------------------ history
//
// unit-a.json as of 2026-03-15, worked by hand (序时进度: Jan 31 31/365 =
// 8.5%, Feb 28 59/365 = 16.2%, Mar 15 74/365 = 20.3%):
// - c1 count 6, one done 02-10: Jan 0 → 8.5 points behind → 滞后 (yellow);
//   Feb 1/6 = 16.7% ≥ 16.2% → 正常 (green); Mar 16.7% < 20.3% by 3.6 →
//   滞后 (yellow).
// - m1 monthly: Jan and Feb met, March still running → 正常 (green) ×3.
// - q1 ratio ≥ 95%: Jan 115/120 = 95.8% → 达标 (green); Feb and Mar
//   208/220 = 94.5%, within 5 points → 接近达标 (yellow).
// - k1 milestone due 06-30, nothing recorded → 待完成 (grey) ×3.

fn history(format: &str, extra: &[&str]) -> Run {
    let a = fixture("unit-a.json");
    let mut args = vec!["history", &a, "--as-of", "2026-03-15", "--format", format];
    args.extend(extra);
    luoshi(&args)
}

#[test]
fn history_prints_the_grid_worked_by_hand() {
    let run = history("table", &[]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let want = "\
| 指标 | 2026年1月 | 2026年2月 | 2026年3月（至15日） |
|---|---|---|---|
| 组织专题培训 | 黄 | 绿 | 黄 |
| 中心组集中研讨 | 绿 | 绿 | 绿 |
| 群众诉求办结率 | 绿 | 黄 | 黄 |
| 修订工作规则 | 灰 | 灰 | 灰 |
";
    assert_eq!(run.stdout.trim_end(), want.trim_end());

    let run = history("md", &["--lang", "en"]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert!(
        run.stdout
            .starts_with("# 2026年命令行测试计划: status history\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("| Target | Jan 2026 | Feb 2026 | Mar 2026 (to 15) |"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("| 群众诉求办结率 | Green Met | Yellow Near | Yellow Near |"),
        "{}",
        run.stdout
    );
}

#[test]
fn history_as_json() {
    let run = history("json", &[]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(v["as_of"], "2026-03-15");
    let at: Vec<&str> = v["months"]
        .as_array()
        .expect("months")
        .iter()
        .filter_map(|m| m["at"].as_str())
        .collect();
    assert_eq!(at, ["2026-01-31", "2026-02-28", "2026-03-15"]);
    let c1 = &v["targets"][0];
    assert_eq!(c1["id"], "c1");
    assert_eq!(
        c1["statuses"],
        serde_json::json!(["behind", "on_track", "behind"])
    );
    assert_eq!(
        c1["colours"],
        serde_json::json!(["yellow", "green", "yellow"])
    );
}

#[test]
fn history_refuses_bad_arguments() {
    let a = fixture("unit-a.json");
    let cases: [(&[&str], &str); 3] = [
        (&["history", "--as-of", "2026-03-15"], "at least one FILE"),
        (&["history", &a, "--as-of", "2026-02-30"], "not a real date"),
        (
            &["history", &a, "--as-of", "2026-03-15", "--format", "csv"],
            "md, json or table",
        ),
    ];
    for (args, message) in cases {
        let run = luoshi_en(args);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{args:?}");
    }
}

/// A copy of unit-a.json with a target and the plan titled in Markdown, in
/// a fresh folder under the target directory.
fn markup_titled_file() -> PathBuf {
    let text = std::fs::read_to_string(fixture("unit-a.json")).expect("fixture");
    let mut v: Value = serde_json::from_str(&text).expect("fixture JSON");
    v["plan"]["title"] = Value::from("**计划** <b>");
    v["plan"]["sections"][0]["targets"][0]["title"] = Value::from("*培训* | [链接](x) `代码`");
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "cli-markup"].iter().collect();
    std::fs::create_dir_all(&dir).expect("temp folder");
    let path = dir.join("markup.json");
    std::fs::write(&path, v.to_string()).expect("write temp file");
    path
}

#[test]
fn tables_escape_markdown_in_titles() {
    let path = markup_titled_file();
    let file = path.to_string_lossy();
    let escaped_title = "\\*培训\\* \\| \\[链接\\](x) \\`代码\\`";
    let run = luoshi(&[
        "report",
        &file,
        "--as-of",
        "2026-07-01",
        "--format",
        "table",
    ]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    assert!(
        run.stdout.starts_with("# \\*\\*计划\\*\\* \\<b\\>\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(&format!("| {escaped_title} | 5/6次"))
            || run.stdout.contains(&format!("| {escaped_title} |")),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("*培训*"), "{}", run.stdout);
    for format in ["table", "md"] {
        let run = luoshi(&[
            "history",
            &file,
            "--as-of",
            "2026-07-01",
            "--format",
            format,
        ]);
        assert_eq!(run.code, 0, "stderr: {}", run.stderr);
        assert!(
            run.stdout.contains(&format!("| {escaped_title} |")),
            "{}",
            run.stdout
        );
        assert!(!run.stdout.contains("*培训*"), "{}", run.stdout);
    }
}

#[test]
fn an_empty_file_is_placed_at_column_1() {
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "cli-empty"].iter().collect();
    std::fs::create_dir_all(&dir).expect("temp folder");
    let path = dir.join("empty.json");
    std::fs::write(&path, "").expect("write temp file");
    let run = luoshi(&["report", &path.to_string_lossy(), "--as-of", "2026-07-01"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("empty.json"), "{}", run.stderr);
    assert!(run.stderr.contains("第 1 行第 1 列"), "{}", run.stderr);
    assert!(run.stderr.contains("意外结束"), "{}", run.stderr);
    let run = luoshi_en(&["report", &path.to_string_lossy(), "--as-of", "2026-07-01"]);
    assert!(run.stderr.contains("line 1 column 1"), "{}", run.stderr);
    assert!(!run.stderr.contains("column 0"), "{}", run.stderr);
    assert!(!run.stderr.contains("EOF while parsing"), "{}", run.stderr);
}

/// unit-a.json with lead units on the trainings: a-1 (02-10) and a-3
/// (06-20) by 秘书一处, a-2 (04-15) by 综合处; the July one and the
/// monthly sessions name none.
fn units_file() -> PathBuf {
    let text = std::fs::read_to_string(fixture("unit-a.json")).expect("fixture");
    let mut v: Value = serde_json::from_str(&text).expect("fixture JSON");
    for (i, unit) in [(0, "秘书一处"), (1, "综合处"), (2, "秘书一处")] {
        v["activities"][i]["lead_unit"] = Value::from(unit);
    }
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), "cli-units"].iter().collect();
    std::fs::create_dir_all(&dir).expect("temp folder");
    let path = dir.join("units.json");
    std::fs::write(&path, v.to_string()).expect("write temp file");
    path
}

// As of 2026-07-01, units the plan lists (综合处, 督查室) first, then others:
// c1 综合处 1 次 from 1 activity, 秘书一处 2 次 from 2;
// m1's five sessions name no unit and meet Jan, Feb, Apr and May: 4 months;
// q1 is measured (no breakdown); k1 has no activity.
#[test]
fn report_by_unit_as_json_and_table() {
    let path = units_file();
    let file = path.to_string_lossy();
    let run = luoshi(&["report", &file, "--as-of", "2026-07-01", "--by-unit"]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let v: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(
        v[0]["by_unit"],
        serde_json::json!([
            { "unit": "综合处", "actual": 1, "activities": 1 },
            { "unit": "秘书一处", "actual": 2, "activities": 2 },
        ])
    );
    assert_eq!(
        v[1]["by_unit"],
        serde_json::json!([{ "unit": "", "actual": 4, "activities": 5 }])
    );
    assert_eq!(v[2]["by_unit"], serde_json::json!([]));
    assert_eq!(v[3]["by_unit"], serde_json::json!([]));

    let run = luoshi(&[
        "report",
        &file,
        "--as-of",
        "2026-07-01",
        "--format",
        "table",
        "--by-unit",
    ]);
    assert_eq!(run.code, 0, "stderr: {}", run.stderr);
    let want = "\
## 各单位完成情况

| 指标 | 单位 | 完成 | 台账记录 |
|---|---|---:|---:|
| 组织专题培训 | 综合处 | 1次 | 1 |
| 组织专题培训 | 秘书一处 | 2次 | 2 |
| 中心组集中研讨 | （未注明） | 4个月达标 | 5 |
";
    assert!(run.stdout.contains(want), "{}", run.stdout);

    // Without the option, neither form has the breakdown.
    let run = luoshi(&["report", &file, "--as-of", "2026-07-01"]);
    assert!(!run.stdout.contains("by_unit"), "{}", run.stdout);
    let run = luoshi(&[
        "report",
        &file,
        "--as-of",
        "2026-07-01",
        "--format",
        "md",
        "--by-unit",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("--by-unit 只适用于 --format json 或 table"),
        "{}",
        run.stderr
    );
}

fn plan_fixture(name: &str) -> String {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "tests",
        "fixtures",
        "plans",
        name,
    ]
    .iter()
    .collect();
    path.to_string_lossy().into_owned()
}

/// A plan from the seed's text (.txt and the .docx python-docx made of it)
/// is a document `report` reads: 30 targets, none started on 2027-01-05.
#[test]
fn plan_from_text_writes_a_document_report_reads() {
    let dir = std::env::temp_dir().join(format!("luoshi-intake-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    for source in ["seed.txt", "seed.docx"] {
        let out = dir.join(format!("{source}.json"));
        let out = out.to_string_lossy().into_owned();
        let run = luoshi(&[
            "plan-from-text",
            &plan_fixture(source),
            "--year",
            "2027",
            "--out",
            &out,
        ]);
        assert_eq!(run.code, 0, "{source}: {}", run.stderr);
        let run = luoshi(&["report", &out, "--as-of", "2027-01-05"]);
        assert_eq!(run.code, 0, "{source}: {}", run.stderr);
        let items: Vec<Value> = serde_json::from_str(&run.stdout).expect("json");
        assert_eq!(items.len(), 30, "{source}");
        let kinds = items.iter().filter(|i| i["kind"] == "milestone").count();
        assert_eq!(kinds, 6, "{source}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// The plan's id derives from the file and the year: the same input gives
/// the same document; another year gives another plan.
#[test]
fn plan_from_text_gives_a_plan_id_from_its_input() {
    let id = |year: &str| {
        let run = luoshi(&["plan-from-text", &plan_fixture("seed.txt"), "--year", year]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let doc: Value = serde_json::from_str(&run.stdout).expect("json");
        doc["plan"]["id"].as_str().expect("id").to_string()
    };
    let first = id("2027");
    assert!(first.starts_with("plan-") && first.len() == 21, "{first}");
    assert_eq!(id("2027"), first);
    assert_ne!(id("2028"), first);
}

#[test]
fn plan_from_text_reads_a_task_table() {
    let run = luoshi(&[
        "plan-from-text",
        &plan_fixture("task-table.xlsx"),
        "--year",
        "2027",
        "--format",
        "table",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("共 2 个分节、6 个目标。"),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("task-table.xlsx：第 10 行：完成时限“尽快”无法识别为日期"),
        "{}",
        run.stderr
    );
    let run = luoshi_en(&[
        "plan-from-text",
        &plan_fixture("task-table.xlsx"),
        "--year",
        "2027",
        "--format",
        "table",
    ]);
    assert!(run
        .stderr
        .contains("row 10: deadline \"尽快\" is not a date"));
    assert!(
        run.stdout.contains("2 sections, 6 targets."),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("| # | Section | Target |"),
        "{}",
        run.stdout
    );
}

#[test]
fn plan_from_text_prints_a_table_to_review() {
    let run = luoshi(&[
        "plan-from-text",
        &plan_fixture("seed.txt"),
        "--year",
        "2027",
        "--format",
        "table",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains(
        "| 23 | （三）聚焦主责主业，增强服务效能 | 群众反映问题办结率达95%以上 | ratio 95 | % |"
    ));
    assert!(run.stdout.contains("共 4 个分节、30 个目标。"));
    assert!(run.stdout.contains("原文未写时限，按计划期末计"));
}

#[test]
fn plan_from_text_refuses_bad_files_each_in_its_words() {
    let cases = [
        ("bad-binary.txt", "二进制文件", "binary, not text"),
        (
            "bad-not-zip.docx",
            "不是 zip 压缩包，或已损坏",
            "not a zip archive",
        ),
        (
            "guanxian-2021-zwgk.txt",
            "未识别出任何目标",
            "no target found",
        ),
    ];
    for (name, zh, en) in cases {
        let args = ["plan-from-text", &plan_fixture(name), "--year", "2027"];
        let run = luoshi(&args);
        assert_eq!(run.code, 1, "{name}");
        assert!(run.stderr.contains(zh), "{name}: {}", run.stderr);
        assert!(run.stdout.is_empty(), "{name}");
        let run = luoshi_en(&args);
        assert!(run.stderr.contains(en), "{name}: {}", run.stderr);
        assert!(
            !run.stderr.contains("Zip archive"),
            "{name}: {}",
            run.stderr
        );
    }
    let run = luoshi(&["plan-from-text", &plan_fixture("seed.txt")]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("需要 --year"), "{}", run.stderr);
}

/// `luoshi report` judges by the rules kept in the file: unit-a.json (by day,
/// as every file before format 3) and the same document set to count
/// 序时进度 by month with no near band, as of 2026-07-14.
#[test]
fn report_follows_the_rules_in_the_file() {
    let text = std::fs::read_to_string(fixture("unit-a.json")).expect("fixture");
    let mut doc = luoshi::format::decode(&text).expect("fixture decodes");
    let run_json = |path: &str| -> Vec<Value> {
        let run = luoshi(&["report", path, "--as-of", "2026-07-14", "--format", "json"]);
        assert_eq!(run.code, 0, "stderr: {}", run.stderr);
        match serde_json::from_str(&run.stdout) {
            Ok(Value::Array(items)) => items,
            other => panic!("not a JSON array: {other:?}"),
        }
    };
    // By day: 195/365 = 53.4%; c1 3 of 6 = 50% trails → behind; q1 94.5%
    // is within 5 points of 95% → near.
    let by_day = run_json(&fixture("unit-a.json"));
    assert_eq!(by_day[0]["status"], "behind");
    close(&by_day[0]["time_progress"], 195.0 / 365.0, "c1 by day");
    assert_eq!(by_day[2]["status"], "near");

    doc.plan.rules = luoshi::plan::Rules {
        pace: luoshi::plan::Pace::Month,
        near_points: 0,
        ..luoshi::plan::Rules::by_day()
    };
    let dir = std::env::temp_dir().join(format!("luoshi-cli-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp folder");
    let path = dir.join("by-month.json");
    std::fs::write(&path, luoshi::format::encode_pretty(&doc, None)).expect("write temp file");
    // By month: six of twelve months ended = 50%; c1 at 50% → on track;
    // q1 94.5% below 95% with no near band → missed.
    let by_month = run_json(&path.to_string_lossy());
    assert_eq!(by_month[0]["status"], "on_track");
    close(&by_month[0]["time_progress"], 0.5, "c1 by month");
    assert_eq!(by_month[2]["status"], "missed");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A folder of units' files for `consolidate`, made as the app exports
/// them: the office's copy (督查室, monthly reports due by the 5th with 5
/// days' grace) and two units' exports of the default plan 2026 —
/// 秘书一处 on 12-03 with one activity, 综合处 on 11-28 with one — named as
/// the app names them.
fn consolidate_folder(name: &str) -> PathBuf {
    use luoshi::plan::{Activity, ActivityId, Reporting, TargetId};
    let stamp = |s: &str| chrono::DateTime::parse_from_rfc3339(s).expect("test stamp");
    let dir: PathBuf = [env!("CARGO_TARGET_TMPDIR"), name].iter().collect();
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("in")).expect("temp folder");
    let mut office = luoshi::seed::default_document(2026, "督查室");
    office.plan.rules.reporting = Reporting::Monthly { by_day: 5 };
    office.plan.rules.grace_days = 5;
    let office_at = stamp("2026-12-01T09:00:00+08:00");
    office.plan.updated_at = office_at;
    std::fs::write(
        dir.join("in").join("落实台账-督查室-2026-12-01.json"),
        luoshi::format::encode_pretty(&office, Some(office_at)),
    )
    .expect("write");
    for (unit, day, id) in [
        ("秘书一处", "2026-12-03", "m1"),
        ("综合处", "2026-11-28", "z1"),
    ] {
        let mut doc = luoshi::seed::default_document(2026, unit);
        doc.activities.push(Activity {
            id: ActivityId::from(id),
            date: "2026-11-10".parse().expect("date"),
            title: format!("{unit}的活动"),
            targets: vec![TargetId::from("t1-02")],
            quantity: 1,
            people: Vec::new(),
            lead_unit: "机关党委".into(),
            notes: String::new(),
            recorded_by: unit.into(),
            evidence: Vec::new(),
            updated_at: stamp("2026-11-10T18:00:00+08:00"),
        });
        let at = stamp(&format!("{day}T17:00:00+08:00"));
        let file = luoshi::format::export_file_name(unit, day.parse().expect("date"));
        std::fs::write(
            dir.join("in").join(file),
            luoshi::format::encode_pretty(&doc, Some(at)),
        )
        .expect("write");
    }
    dir
}

fn unit_states(v: &Value) -> Vec<(String, String)> {
    v["units"]
        .as_array()
        .expect("units")
        .iter()
        .map(|u| {
            (
                u["unit"].as_str().unwrap_or("").to_string(),
                u["state"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

#[test]
fn consolidate_merges_a_folder_and_says_who_has_reported() {
    let dir = consolidate_folder("cli-consolidate");
    let out = dir.join("merged.json");
    let (input, merged) = (dir.join("in"), out.to_string_lossy().to_string());
    let input = input.to_string_lossy().to_string();
    let args = |as_of: &'static str| {
        let mut a = vec!["consolidate".to_string(), input.clone()];
        for s in [
            "--as-of",
            as_of,
            "--out",
            &merged,
            "--unit",
            "督查室",
            "--format",
            "json",
        ] {
            a.push(s.to_string());
        }
        a
    };
    let run = |as_of| {
        let a = args(as_of);
        luoshi(&a.iter().map(String::as_str).collect::<Vec<_>>())
    };
    // November closed; its report is due 12-05, overdue after 12-10. 秘书一处's
    // file of 12-03 covers November; 综合处's of 11-28 does not.
    let on_time = run("2026-12-08");
    assert_eq!(on_time.code, 0, "{}", on_time.stderr);
    let v: Value = serde_json::from_str(&on_time.stdout).expect("JSON");
    assert_eq!(v["cycle"]["due"], "2026-12-05");
    let states = unit_states(&v);
    let state = |u: &str| {
        states
            .iter()
            .find(|(n, _)| n == u)
            .map(|(_, s)| s.clone())
            .unwrap_or_default()
    };
    assert_eq!(state("秘书一处"), "reported");
    assert_eq!(state("综合处"), "not_reported");
    assert_eq!(state("机关党委"), "not_reported");
    assert_eq!(state("督查室"), "own");
    let doc = luoshi::format::decode(&std::fs::read_to_string(&out).expect("merged written"))
        .expect("the merged file reads");
    assert_eq!(doc.unit, "督查室");
    assert_eq!(doc.activities.len(), 2);
    let mut reported: Vec<&str> = doc.reports.iter().map(|r| r.unit.as_str()).collect();
    reported.sort();
    assert_eq!(reported, ["秘书一处", "综合处"]);
    assert_eq!(doc.plan.rules.grace_days, 5);
    let late = run("2026-12-11");
    let v: Value = serde_json::from_str(&late.stdout).expect("JSON");
    let states = unit_states(&v);
    assert!(
        states.contains(&("综合处".into(), "overdue".into())),
        "{states:?}"
    );
    assert!(
        states.contains(&("秘书一处".into(), "reported".into())),
        "{states:?}"
    );
}

#[test]
fn consolidate_prints_the_tables_in_markdown() {
    let dir = consolidate_folder("cli-consolidate-md");
    let out = dir.join("merged.json");
    let run = luoshi(&[
        "consolidate",
        &dir.join("in").to_string_lossy(),
        "--as-of",
        "2026-12-11",
        "--out",
        &out.to_string_lossy(),
        "--unit",
        "督查室",
        "--format",
        "table",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains("| 综合处 | 逾期未报 | 2026-11-28 | 1 |"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("| 秘书一处 | 已报送 | 2026-12-03 | 1 |"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("| 督查室 | 本单位 |"), "{}", run.stdout);
    assert!(
        run.stdout.contains("| 牵头单位 | 指标 | 状态 |"),
        "{}",
        run.stdout
    );
}

#[test]
fn consolidate_speaks_english_with_lang_en() {
    let dir = consolidate_folder("cli-consolidate-en");
    let out = dir.join("merged.json");
    let run = |form: &str, lang: &str| {
        luoshi(&[
            "consolidate",
            &dir.join("in").to_string_lossy(),
            "--as-of",
            "2026-12-11",
            "--out",
            &out.to_string_lossy(),
            "--unit",
            "督查室",
            "--format",
            form,
            "--lang",
            lang,
        ])
    };
    let page = run("md", "en");
    assert_eq!(page.code, 0, "{}", page.stderr);
    let text = &page.stdout;
    for expected in [
        "# Reporting (2026-12-11)",
        "5 days' grace. Last closed cycle: 2026-11-01 to 2026-11-30, due by 2026-12-05.",
        "## Files imported",
        "| File | Unit | Content |",
        "## Units' reports",
        "| 综合处 | Overdue | 2026-11-28 | 1 |",
        "| 秘书一处 | Reported | 2026-12-03 | 1 |",
        "| 督查室 | This unit |",
        "## Targets behind, by lead unit",
        "| Lead unit | Target | Status |",
        "activities +1, 0 changed, 0 deleted",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    // No Chinese word of the command's own is left; only the data (units,
    // titles, file names) keep theirs.
    let zh = &luoshi::i18n::reporting::ZH;
    for word in [
        zh.heading,
        zh.files_heading,
        zh.units_heading,
        zh.behind_heading,
        zh.col_file,
        zh.col_state,
        zh.col_lead,
        zh.state_reported,
        zh.state_overdue,
        zh.state_not_reported,
        zh.state_own,
        "无变化",
        "每月报送",
    ] {
        assert!(!text.contains(word), "{word:?} in:\n{text}");
    }
    let table = run("table", "en");
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(
        table.stdout.starts_with("| Unit | Status | Last report |"),
        "{}",
        table.stdout
    );
    // JSON has no words; --lang is taken (for the messages) and changes none.
    let json = run("json", "en");
    assert_eq!(json.code, 0, "{}", json.stderr);
    assert_eq!(json.stdout, run("json", "zh").stdout);
}

#[test]
fn consolidate_refuses_another_plans_file_and_writes_nothing() {
    let dir = consolidate_folder("cli-consolidate-other");
    let mut other = luoshi::seed::default_document(2026, "信息中心");
    other.plan.id = "another-plan".into();
    let stray = dir.join("in").join("落实台账-信息中心-2026-12-02.json");
    std::fs::write(&stray, luoshi::format::encode_pretty(&other, None)).expect("write");
    let out = dir.join("merged.json");
    let run = luoshi(&[
        "consolidate",
        &dir.join("in").to_string_lossy(),
        "--as-of",
        "2026-12-08",
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("落实台账-信息中心-2026-12-02.json"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("该文件属于另一份计划"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("未写出任何文件"), "{}", run.stderr);
    assert!(!run.stderr.contains("another plan"), "{}", run.stderr);
    assert!(!out.exists());
    let run = luoshi(&[
        "consolidate",
        &dir.join("in").to_string_lossy(),
        "--as-of",
        "2026-12-08",
        "--out",
        &out.to_string_lossy(),
        "--lang",
        "en",
    ]);
    assert!(run.stderr.contains("another plan"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert!(!out.exists());

    std::fs::remove_file(&stray).expect("remove");
    let broken = dir.join("in").join("broken.json");
    std::fs::write(&broken, "{\"format\": \"luoshi\",").expect("write");
    let run = luoshi(&[
        "consolidate",
        &dir.join("in").to_string_lossy(),
        "--as-of",
        "2026-12-08",
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("broken.json"), "{}", run.stderr);
    assert!(run.stderr.contains("文件在此处意外结束"), "{}", run.stderr);
    assert!(!out.exists());
}

/// The example ledger as of 2026-06-30 with a monthly reporting cycle, two
/// units' reports and one 督办通知单 (督办〔2026〕1号), written to a
/// temporary file for the 督办 commands.
fn duban_file(tag: &str) -> (String, luoshi::plan::Document) {
    use luoshi::duban::notice;
    use luoshi::plan::{NoticeId, ReportId, Reporting, UnitReport};
    let as_of: chrono::NaiveDate = "2026-06-30".parse().unwrap();
    let mut doc = luoshi::seed::example_document(2026, as_of);
    doc.plan.rules.reporting = Reporting::Monthly { by_day: 5 };
    let units = luoshi::duban::cycle::reporting_units(&doc);
    let stamp: luoshi::plan::Stamp = "2026-06-30T09:00:00+08:00".parse().unwrap();
    doc.reports = vec![UnitReport {
        id: ReportId("r1".into()),
        unit: units[0].clone(),
        sent: "2026-06-08".parse().unwrap(),
        covers_to: None,
        file_name: String::new(),
        updated_at: stamp,
    }];
    let progress = luoshi::engine::evaluate(&doc, as_of);
    let red = doc
        .plan
        .targets()
        .find(|(_, t)| {
            progress
                .get(&t.id)
                .is_some_and(|f| notice::can_chase(f.status.colour()))
        })
        .map(|(_, t)| t.id.clone())
        .expect("a target to chase");
    let drafts = notice::drafts(&doc, &[red], as_of, "2026-07-07".parse().unwrap());
    let n = notice::issue(&drafts[0], &doc.notices, NoticeId("n1".into()), stamp);
    doc.notices.push(n);
    let path = std::env::temp_dir().join(format!(
        "luoshi-cli-duban-{tag}-{}.json",
        std::process::id()
    ));
    std::fs::write(&path, luoshi::format::encode_pretty(&doc, None)).unwrap();
    (path.to_string_lossy().into_owned(), doc)
}

#[test]
fn notice_lists_and_writes_a_numbered_notice() {
    let (file, doc) = duban_file("notice");
    let n = &doc.notices[0];
    let run = luoshi(&["notice", &file, "--as-of", "2026-07-08"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .contains(&format!("| 督办〔2026〕1号 | {} |", n.unit)),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("逾期未反馈"), "{}", run.stdout);
    let run = luoshi(&["notice", &file, "--as-of", "2026-06-30", "--number", "1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("# 督办通知单"));
    assert!(run.stdout.contains(&format!("{}：", n.unit)));
    assert!(run.stdout.contains("请于2026年7月7日前将办理情况书面反馈"));
    let out = std::env::temp_dir().join(format!("luoshi-cli-notice-{}.docx", std::process::id()));
    let out_s = out.to_string_lossy().into_owned();
    let run = luoshi(&[
        "notice",
        &file,
        "--as-of",
        "2026-06-30",
        "--number",
        "2026-1",
        "--out",
        &out_s,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK"));
    assert!(String::from_utf8_lossy(&bytes).contains("督办〔2026〕1号"));
    let run = luoshi(&["notice", &file, "--as-of", "2026-06-30", "--number", "7"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("文件中没有督办通知单 督办〔2026〕7号"),
        "{}",
        run.stderr
    );
    let run = luoshi_en(&["notice", &file, "--as-of", "2026-06-30", "--number", "7"]);
    assert!(
        run.stderr
            .contains("no 督办通知单 督办〔2026〕7号 in the files"),
        "{}",
        run.stderr
    );
    // The list is a table of the command's: its words follow --lang.
    let run = luoshi_en(&["notice", &file, "--as-of", "2026-07-10"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("| Number | To | Targets | Issued | Reply due | State |"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("reply overdue"), "{}", run.stdout);
    let _ = std::fs::remove_file(out);
    let _ = std::fs::remove_file(file);
}

#[test]
fn bulletin_writes_the_months_draft_in_three_forms() {
    let (file, doc) = duban_file("bulletin");
    let units = luoshi::duban::cycle::reporting_units(&doc);
    let run = luoshi(&["bulletin", &file, "--month", "2026-06"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("# 关于2026年6月《"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("## 四、进度滞后的指标"));
    assert!(
        run.stdout
            .contains(&format!("{}（6月8日报送）迟报", units[0])),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("逾期未报"));
    assert!(run.stdout.contains("2026年6月共印发督办通知单1份"));
    let run = luoshi(&["bulletin", &file, "--month", "2026-06", "--format", "html"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("<h2>五、报送和督办情况</h2>"));
    let run = luoshi(&["bulletin", &file, "--month", "2026-06", "--format", "docx"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("需要 --out"), "{}", run.stderr);
    for bad in ["2026-6", "2026-13", "June"] {
        let run = luoshi(&["bulletin", &file, "--month", bad]);
        assert_eq!(run.code, 2, "{bad}");
        assert!(
            run.stderr.contains("不是 YYYY-MM 格式的月份"),
            "{bad}: {}",
            run.stderr
        );
        let run = luoshi_en(&["bulletin", &file, "--month", bad]);
        assert!(
            run.stderr.contains("is not a month YYYY-MM"),
            "{bad}: {}",
            run.stderr
        );
    }
    let _ = std::fs::remove_file(file);
}

#[test]
fn ics_writes_a_calendar_stamped_with_the_date() {
    let (file, _) = duban_file("ics");
    let run = luoshi(&["ics", &file, "--as-of", "2026-06-30"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(run.stdout.contains("DTSTAMP:20260630T000000Z\r\n"));
    assert!(
        run.stdout.contains("DTSTART;VALUE=DATE:20260705\r\n"),
        "the June report is due 07-05"
    );
    assert!(
        run.stdout.contains("DTSTART;VALUE=DATE:20260707\r\n"),
        "the notice's reply"
    );
    let run = luoshi(&["ics", &file, "--as-of", "2026-02-30"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("不是真实存在的日期"), "{}", run.stderr);
    let run = luoshi_en(&["ics", &file, "--as-of", "2026-06-30", "--month", "2026-06"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--month does not apply to `ics`"),
        "{}",
        run.stderr
    );
    let _ = std::fs::remove_file(file);
}
