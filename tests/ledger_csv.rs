//! The ledger as CSV: what Excel and WPS open, formulas neutralised, and
//! spreadsheets read back with every bad row named by line and column.

use chrono::{DateTime, NaiveDate};
use luoshi::fixed::Fixed;
use luoshi::ledger_csv::{export_csv, import_csv, CsvImport, RowProblem};
use luoshi::plan::{
    Activity, ActivityId, Direction, Document, Plan, Section, SectionId, Stamp, Target, TargetId,
    TargetKind,
};

fn at(s: &str) -> Stamp {
    DateTime::parse_from_rfc3339(s).expect("test stamp")
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).expect("test date")
}

fn target(id: &str, title: &str, kind: TargetKind) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: title.into(),
        kind,
        unit: "次".into(),
        lead_unit: String::new(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

fn plan() -> Plan {
    let count = |n| TargetKind::Count { target: n };
    Plan {
        id: Default::default(),
        rules: Default::default(),
        stamps: Default::default(),
        title: "2026年工作计划".into(),
        start: day(1, 1),
        end: day(12, 31),
        sections: vec![
            Section {
                id: SectionId::from("s1"),
                title: "（一）强化理论武装".into(),
                targets: vec![
                    target("t-train", "组织专题培训", count(6)),
                    target("t-study", "实地研学", count(4)),
                    target("t-dup1", "撰写调研报告", count(2)),
                    target(
                        "t-paper",
                        "无纸化办公覆盖率",
                        TargetKind::Threshold {
                            line: Fixed::from_int(90),
                            direction: Direction::AtLeast,
                        },
                    ),
                ],
            },
            Section {
                id: SectionId::from("s2"),
                title: "（二）".into(),
                targets: vec![
                    target("t-dup2", "撰写调研报告", count(2)),
                    target("t-semi", "周学习；月交流", count(12)),
                ],
            },
        ],
        people: vec![],
        units: vec![],
        updated_at: at("2026-01-01T08:00:00+08:00"),
    }
}

fn act(id: &str, date: NaiveDate, title: &str, targets: &[&str]) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId::from(id),
        date,
        title: title.into(),
        targets: targets.iter().map(|t| TargetId::from(*t)).collect(),
        quantity: 1,
        people: vec![],
        lead_unit: String::new(),
        notes: String::new(),
        updated_at: at("2026-03-05T10:00:00+08:00"),
    }
}

fn doc(activities: Vec<Activity>) -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan: plan(),
        activities,
        readings: vec![],
        tombstones: vec![],
    }
}

fn import(text: &str) -> CsvImport {
    let mut n = 0;
    let mut new_id = || {
        n += 1;
        ActivityId(format!("new-{n}"))
    };
    import_csv(text, &plan(), at("2026-11-27T09:00:00+08:00"), &mut new_id)
}

#[test]
fn export_is_utf8_with_bom_and_chinese_headers() {
    let mut a = act("a2", day(3, 5), "专题培训", &["t-train", "t-study"]);
    a.quantity = 2;
    a.people = vec!["张三".into(), "李四".into()];
    a.lead_unit = "综合科".into();
    a.notes = "第一期, \"理论\"".into();
    let b = act("a1", day(1, 9), "调研", &["t-dup2"]);
    let got = export_csv(&doc(vec![a, b]));
    let expected = "\u{feff}序号,日期,事项,关联指标,数量,参与人员,牵头处室,备注\r\n\
        1,2026-01-09,调研,t-dup2,1,,,\r\n\
        2,2026-03-05,专题培训,组织专题培训；实地研学,2,张三、李四,综合科,\"第一期, \"\"理论\"\"\"\r\n";
    assert_eq!(got, expected);
}

#[test]
fn formula_prefixes_are_neutralised() {
    let check = |text: &str, expected_cell: &str| {
        let mut a = act("a1", day(3, 5), text, &["t-train"]);
        a.notes = text.into();
        a.lead_unit = text.into();
        a.people = vec![text.into()];
        let csv = export_csv(&doc(vec![a]));
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(true)
            .from_reader(csv.as_bytes());
        let row = reader
            .records()
            .next()
            .expect("one row")
            .expect("readable row");
        for column in [2, 5, 6, 7] {
            assert_eq!(&row[column], expected_cell, "column {column} of {text:?}");
        }
    };
    check("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")");
    check("+8613800000000", "'+8613800000000");
    check("-2+3", "'-2+3");
    check("@SUM(A1:A9)", "'@SUM(A1:A9)");
    check("\t=1+1", "'\t=1+1");
    check("\r=1+1", "'\r=1+1");
    check("'quoted", "''quoted");
    check("平常文字 =1", "平常文字 =1");
    // OWASP's further cases: a leading line feed, whitespace before a
    // formula character, and the full-width forms.
    check("\n=1+1", "'\n=1+1");
    check("  =1+1", "'  =1+1");
    check(" @SUM(A1)", "' @SUM(A1)");
    check("＝1+1", "'＝1+1");
    check("＋86", "'＋86");
    check("－3", "'－3");
    check("＠SUM(A1)", "'＠SUM(A1)");
    check(" 平常文字", " 平常文字");
    // Invisible marks a spreadsheet skips before it looks for a formula: a
    // byte-order mark (text pasted from a file saved by Notepad), a
    // zero-width space or word joiner (text copied from a web page).
    check("\u{feff}=1+1", "'\u{feff}=1+1");
    check("\u{feff}\u{feff}=1+1", "'\u{feff}\u{feff}=1+1");
    check("\u{200b}=1+1", "'\u{200b}=1+1");
    check("\u{2060}+86", "'\u{2060}+86");
    check("\u{200e} ＝1", "'\u{200e} ＝1");
    check("\u{feff}平常文字", "\u{feff}平常文字");
}

#[test]
fn export_then_import_gives_the_same_activities() {
    let mut a = act("a1", day(3, 5), "=专题培训", &["t-train", "t-study"]);
    a.quantity = 3;
    a.people = vec!["张三".into(), "李四".into()];
    a.lead_unit = "-综合科".into();
    a.notes = "多行\n备注，含逗号, 与 \"引号\"".into();
    let mut b = act("a2", day(4, 1), "撰写报告", &["t-dup1", "t-dup2", "t-semi"]);
    b.notes = "@张三".into();
    let c = act("a3", day(12, 31), "无关联指标的活动", &[]);
    let original = vec![a, b, c];
    let got = import(&export_csv(&doc(original.clone())));
    assert_eq!(got.errors, vec![]);
    let strip = |list: &[Activity]| -> Vec<Activity> {
        list.iter()
            .map(|x| {
                let mut x = x.clone();
                x.id = ActivityId::from("");
                x.updated_at = at("2026-01-01T00:00:00+00:00");
                x
            })
            .collect()
    };
    assert_eq!(strip(&got.rows), strip(&original));
    let ids: Vec<&str> = got.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["new-1", "new-2", "new-3"]);
    assert!(got
        .rows
        .iter()
        .all(|r| r.updated_at == at("2026-11-27T09:00:00+08:00")));
}

#[test]
fn import_reads_the_forms_a_spreadsheet_holds() {
    // English headers in another order, no BOM, extra columns, 2026年 dates,
    // full-width separators, default quantity.
    let text = "notes,Title,date,extra,targets,people,quantity,unit\n\
        备注一,研讨,2026年3月5日,x,组织专题培训;实地研学,\"张三,李四，王五\",,综合科\n\
        ,调研,2026/4/1,,t-dup1,,2,\n";
    let got = import(text);
    assert_eq!(got.errors, vec![]);
    assert_eq!(got.rows.len(), 2);
    let r = &got.rows[0];
    assert_eq!(r.date, day(3, 5));
    assert_eq!(r.title, "研讨");
    assert_eq!(
        r.targets,
        [TargetId::from("t-train"), TargetId::from("t-study")]
    );
    assert_eq!(r.people, ["张三", "李四", "王五"]);
    assert_eq!(r.quantity, 1);
    assert_eq!(r.lead_unit, "综合科");
    assert_eq!(r.notes, "备注一");
    assert_eq!(got.rows[1].targets, [TargetId::from("t-dup1")]);
    assert_eq!(got.rows[1].quantity, 2);

    // A BOM, a 序号 column that is ignored, a title holding the separator,
    // blank rows skipped.
    let text =
        "\u{feff}序号,日期,事项,关联指标\r\n99,2026-05-06,周学习,周学习；月交流\r\n,,,\r\n7,,,\r\n";
    let got = import(text);
    assert_eq!(got.errors, vec![]);
    assert_eq!(got.rows.len(), 1);
    assert_eq!(got.rows[0].targets, [TargetId::from("t-semi")]);
}

#[test]
fn each_bad_row_is_reported_with_line_and_column() {
    let text = "日期,事项,关联指标,数量\n\
        2026-13-01,甲,,\n\
        2026-03-05,,,\n\
        2026-03-05,乙,不存在的指标,\n\
        2026-03-05,丙,撰写调研报告,\n\
        2026-03-05,丁,无纸化办公覆盖率,\n\
        2026-03-05,戊,组织专题培训；组织专题培训,\n\
        2026-03-05,己,,1.5\n\
        2026-03-05,庚,,0\n\
        2026-03-05,好的一行,组织专题培训,2\n\
        \"2026-03-05\",\"多行\n事项\",,x\n";
    let got = import(text);
    let errors: Vec<(usize, &str, RowProblem)> = got
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_str(), e.problem.clone()))
        .collect();
    assert_eq!(
        errors,
        vec![
            (2, "日期", RowProblem::BadDate("2026-13-01".into())),
            (3, "事项", RowProblem::EmptyTitle),
            (
                4,
                "关联指标",
                RowProblem::UnknownTarget("不存在的指标".into())
            ),
            (
                5,
                "关联指标",
                RowProblem::AmbiguousTarget("撰写调研报告".into())
            ),
            (
                6,
                "关联指标",
                RowProblem::TakesReadings("无纸化办公覆盖率".into())
            ),
            (
                7,
                "关联指标",
                RowProblem::RepeatedTarget("组织专题培训".into())
            ),
            (8, "数量", RowProblem::BadQuantity("1.5".into())),
            (9, "数量", RowProblem::ZeroQuantity),
            (11, "数量", RowProblem::BadQuantity("x".into())),
        ]
    );
    assert_eq!(got.rows.len(), 1);
    assert_eq!(got.rows[0].title, "好的一行");
    assert_eq!(got.rows[0].quantity, 2);
    assert_eq!(
        got.errors[0].message_zh,
        "无法识别日期“2026-13-01”，请写成 2026-03-05、2026/3/5 或 2026年3月5日"
    );
    assert_eq!(
        got.errors[8].message_en,
        "The quantity \"x\" is not a positive whole number"
    );
}

#[test]
fn an_empty_date_is_called_empty_with_its_line_and_column() {
    // A row whose date was left out (and one holding only spaces), as a
    // colleague's sheet has when the date is merged into the row above.
    let got = import("日期,事项,关联指标\n2026-03-05,调研,\n,专题培训,\n  ,座谈,\n");
    let errors: Vec<(usize, &str, RowProblem)> = got
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_str(), e.problem.clone()))
        .collect();
    assert_eq!(
        errors,
        [
            (3, "日期", RowProblem::EmptyDate),
            (4, "日期", RowProblem::EmptyDate)
        ]
    );
    assert_eq!(
        got.errors[0].message_zh,
        "第3行的“日期”为空：请填写日期，如 2026-03-05、2026/3/5 或 2026年3月5日"
    );
    assert_eq!(
        got.errors[1].message_en,
        "Line 4: the \"日期\" cell is empty; write a date such as 2026-03-05, 2026/3/5 or 2026年3月5日"
    );
    assert!(got
        .errors
        .iter()
        .all(|e| !e.message_zh.contains("无法识别")));
    assert_eq!(got.rows.len(), 1);
}

#[test]
fn several_problems_in_one_row_are_all_reported() {
    let got = import("日期,事项,数量\n昨天,,0\n");
    let columns: Vec<&str> = got.errors.iter().map(|e| e.column.as_str()).collect();
    assert_eq!(columns, ["日期", "事项", "数量"]);
    assert!(got.errors.iter().all(|e| e.line == 2));
    assert!(got.rows.is_empty());
}

#[test]
fn a_file_without_the_required_columns_reads_nothing() {
    let got = import("事项,备注\n培训,\n");
    assert_eq!(got.rows, vec![]);
    assert_eq!(got.errors.len(), 1);
    assert_eq!(
        (got.errors[0].line, got.errors[0].column.as_str()),
        (1, "日期")
    );
    assert_eq!(got.errors[0].problem, RowProblem::MissingColumn);
    assert_eq!(got.errors[0].message_zh, "缺少“日期”列");

    let got = import("title,notes\nx,y\n");
    assert_eq!(got.errors[0].column, "date");
    assert_eq!(got.errors[0].message_en, "The column \"date\" is missing");

    let got = import("日期,事项,日期\n");
    assert_eq!(got.errors[0].problem, RowProblem::DuplicateColumn);

    let got = import("\u{feff}\n\n");
    assert_eq!(got.errors[0].problem, RowProblem::Empty);
}

#[test]
fn the_example_ledger_survives_a_round_trip() {
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
    let doc = luoshi::seed::example_document(2026, as_of);
    assert!(!doc.activities.is_empty());
    let mut n = 0;
    let mut new_id = || {
        n += 1;
        ActivityId(format!("new-{n}"))
    };
    let stamp = at("2026-11-27T09:00:00+08:00");
    let got = import_csv(&export_csv(&doc), &doc.plan, stamp, &mut new_id);
    assert_eq!(got.errors, vec![]);
    let mut expected = doc.activities.clone();
    expected.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    assert_eq!(got.rows.len(), expected.len());
    for (row, original) in got.rows.iter().zip(&expected) {
        let mut original = original.clone();
        original.id = row.id.clone();
        original.updated_at = stamp;
        // The sheet has no recording unit: the app gives imported rows
        // its own copy's unit.
        original.recorded_by = String::new();
        assert_eq!(row, &original);
    }
}

#[test]
fn tab_and_semicolon_separated_files_are_read_too() {
    for text in [
        "日期\t事项\t关联指标\n2026/3/5\t研讨\t组织专题培训\n",
        "日期;事项;关联指标\n2026/3/5;研讨;组织专题培训\n",
    ] {
        let got = import(text);
        assert_eq!(got.errors, vec![], "{text:?}");
        assert_eq!(got.rows.len(), 1);
        assert_eq!(got.rows[0].targets, [TargetId::from("t-train")]);
    }
}

// ---- any text survives export and import; any input is read without panic ----

use proptest::prelude::*;

/// Text made of the characters that trouble spreadsheets and CSV.
fn tricky() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            '=', '+', '-', '@', '\t', '\r', '\n', '\'', '"', ',', ';', '；', '、', ' ', '学', '习',
            'a', '1',
        ]),
        0..8,
    )
    .prop_map(|cs| cs.into_iter().collect::<String>())
}

/// Trimmed and not empty, as import keeps cells.
fn cell() -> impl Strategy<Value = String> {
    tricky().prop_filter_map("blank", |s| {
        let t = s.trim();
        (!t.is_empty()).then(|| t.to_string())
    })
}

/// A name that does not hold a separator of the people column.
fn name() -> impl Strategy<Value = String> {
    cell().prop_filter("separator", |s| !s.contains(['、', ',', '，']))
}

proptest! {
    #[test]
    fn any_text_survives_a_round_trip(
        title in cell(),
        notes in tricky().prop_map(|s| s.trim().to_string()),
        unit in tricky().prop_map(|s| s.trim().to_string()),
        people in prop::collection::vec(name(), 0..3),
    ) {
        let mut a = act("a1", day(3, 5), &title, &["t-train", "t-semi"]);
        a.notes = notes;
        a.lead_unit = unit;
        a.people = people;
        let got = import(&export_csv(&doc(vec![a.clone()])));
        prop_assert_eq!(got.errors, vec![]);
        prop_assert_eq!(got.rows.len(), 1);
        let mut expected = a;
        expected.id = ActivityId::from("new-1");
        expected.updated_at = at("2026-11-27T09:00:00+08:00");
        prop_assert_eq!(&got.rows[0], &expected);
    }

    #[test]
    fn any_input_is_read_without_panic(text in "\\PC{0,200}", tricky_text in tricky()) {
        for input in [text.clone(), format!("日期,事项,关联指标,数量\n{tricky_text}\n{text}")] {
            let got = import(&input);
            // Whatever was read is a sound activity; whatever was not is placed.
            prop_assert!(got.rows.iter().all(|r| r.quantity >= 1 && !r.title.is_empty()));
            let lines = input.split('\n').count().max(1);
            prop_assert!(got.errors.iter().all(|e| e.line >= 1 && e.line <= lines));
        }
    }
}

#[test]
fn the_wider_formula_guards_round_trip() {
    // Cells that export now guards, read back as they were. Import trims
    // each cell as it always has, so these have no outer whitespace.
    let mut a = act("a1", day(3, 5), "＝专题培训", &["t-train"]);
    a.lead_unit = "－综合科".into();
    a.notes = "＠张三\n=1+1".into();
    a.people = vec!["＋张三".into()];
    let mut b = act("a2", day(3, 6), "'引号开头", &["t-train"]);
    b.notes = "@1".into();
    let original = vec![a, b];
    let csv = export_csv(&doc(original.clone()));
    assert!(csv.contains("'＝专题培训"), "{csv}");
    let got = import(&csv);
    assert_eq!(got.errors, vec![]);
    let pairs: Vec<(&str, &str, &str)> = got
        .rows
        .iter()
        .map(|r| (r.title.as_str(), r.lead_unit.as_str(), r.notes.as_str()))
        .collect();
    assert_eq!(
        pairs,
        [
            ("＝专题培训", "－综合科", "＠张三\n=1+1"),
            ("'引号开头", "", "@1")
        ]
    );
    assert_eq!(got.rows[0].people, vec!["＋张三".to_string()]);
}
