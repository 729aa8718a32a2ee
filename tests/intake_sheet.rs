//! A plan from a 任务分解表: CSV and .xlsx (tests/fixtures/plans/task-table.*,
//! made by tools/make_task_table.py), column guessing, per-row problems.

use chrono::NaiveDate;
use luoshi::intake::sheet::{
    guess, guess_column, propose, read_csv, read_table, Column, RowIssue, SheetError,
};
use luoshi::intake::{figure, Period};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/plans/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn period() -> Period {
    Period::year(2027).expect("year")
}

#[test]
fn headers_are_guessed() {
    let check = |h: &str, want: Option<Column>| assert_eq!(guess_column(h), want, "{h}");
    check("序号", Some(Column::Number));
    check("工作任务", Some(Column::Task));
    check("重点任务", Some(Column::Task));
    check("目标/指标", Some(Column::Goal));
    check("目标任务", Some(Column::Goal));
    check("量化指标", Some(Column::Goal));
    check("责任领导", Some(Column::Leader));
    check("牵头领导", Some(Column::Leader));
    check("牵头处室", Some(Column::Lead));
    check("责任单位", Some(Column::Lead));
    check("配合处室", Some(Column::Partner));
    check("完成时限", Some(Column::Deadline));
    check("备注", None);
}

/// Each proposal as "section | figure | title | lead | owner | due".
fn lines(name: &str) -> (Vec<String>, Vec<String>) {
    let table = read_table(name, &fixture(name)).expect("table");
    assert_eq!(table.header_row, 2, "{name}");
    let mapping = guess(&table);
    let got = propose(&table, &mapping, period());
    let lines = got
        .sections
        .iter()
        .flat_map(|s| {
            s.proposals.iter().map(move |p| {
                let due = match (&p.kind, p.due) {
                    (luoshi::plan::TargetKind::Milestone { .. }, _) => String::new(),
                    (_, Some(d)) => d.to_string(),
                    (_, None) => String::new(),
                };
                format!(
                    "{} | {} | {} | {} | {} | {due}",
                    s.title,
                    figure(&p.kind),
                    p.title,
                    p.lead_unit,
                    p.owner
                )
            })
        })
        .collect();
    let problems = got.problems.iter().map(|p| p.message_zh()).collect();
    (lines, problems)
}

#[test]
fn a_task_table_gives_sections_targets_and_row_problems() {
    let want = [
        "强化理论武装 | cadence month 1 | 完善中心组学习机制：每月开展1次集中研讨 | 机关党委 | 张建国 | ",
        "强化理论武装 | count 6 | 全年组织专题培训6次 | 机关党委 | 陈晓东 | 2027-11-30",
        "强化理论武装 | milestone 03-31 | 建立“第一议题”学习制度 | 机关党委 | 张建国 | ",
        "增强服务效能 | ratio 95 | 群众反映问题办结率达95%以上 | 政务服务科 | 王志强 | ",
        "增强服务效能 | threshold >=90 | 推进无纸化办公：覆盖率达90%以上 | 信息中心 | 王志强 | ",
        "增强服务效能 | milestone 12-31 | 修订工作规则 | 综合处 | 李红梅 | ",
    ];
    let (got, problems) = lines("task-table.csv");
    assert_eq!(got, want);
    assert_eq!(
        problems,
        [
            "第 10 行：完成时限“尽快”无法识别为日期，按计划期末计",
            "第 10 行：目标“按要求完成修订”中未识别出指标，按完成节点处理",
        ]
    );
    // The .xlsx made from the same rows reads the same; its row 9 deadline
    // is a date cell.
    let (got, _) = lines("task-table.xlsx");
    assert_eq!(got, want);
    let xlsx = read_table("task-table.xlsx", &fixture("task-table.xlsx")).expect("xlsx");
    let row9 = xlsx.rows.iter().find(|(n, _)| *n == 9).expect("row 9");
    assert_eq!(row9.1[6], "2027-09-30");
}

#[test]
fn deadline_cells_read_as_dates() {
    let table = read_csv(&fixture("task-table.csv")).expect("table");
    let got = propose(&table, &guess(&table), period());
    let milestone = got.sections[0].proposals[2].clone();
    assert_eq!(
        milestone.kind,
        luoshi::plan::TargetKind::Milestone {
            due: NaiveDate::from_ymd_opt(2027, 3, 31).unwrap()
        }
    );
    assert!(matches!(got.problems[0].what, RowIssue::Deadline(_)));
}

#[test]
fn bad_spreadsheets_are_refused_each_in_its_words() {
    assert_eq!(read_csv(b""), Err(SheetError::Empty));
    assert!(matches!(
        read_csv("名称,数量\n甲,1\n".as_bytes()),
        Err(SheetError::NoColumns(h)) if h == "名称、数量"
    ));
    assert!(matches!(
        read_table("x.xlsx", b"PK\x03\x04 broken"),
        Err(SheetError::NotXlsx(_))
    ));
    // GB18030, as Excel saves CSV on a Chinese Windows.
    let (gb, _, _) = encoding_rs::GB18030.encode("工作任务,目标\n学习,每月开展1次\n");
    let table = read_csv(&gb).expect("gb18030");
    assert_eq!(table.headers, ["工作任务", "目标"]);
}
