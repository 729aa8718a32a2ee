//! A plan from a 任务分解表: CSV and .xlsx (tests/fixtures/plans/task-table.*,
//! made by tools/make_task_table.py), column guessing, per-row problems.

use chrono::NaiveDate;
use luoshi::intake::sheet::{
    assign, check_mapping, guess, guess_column, propose, read_csv, read_table, Column, RowIssue,
    SheetError,
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

/// A published 任务分解表 (咸安区 2023, tests/fixtures/plans/SOURCES.md):
/// its own headers (责任领导, 牵头单位, 责任单位 beside 牵头 = supporting
/// units), no 目标 column, the task text read by the extractor.
#[test]
fn a_published_task_table_reads_with_its_own_headers() {
    let csv = read_table("x.csv", &fixture("xianan-2023-fenjie.csv")).expect("csv");
    let mapping = guess(&csv);
    assert_eq!(
        mapping,
        [
            Some(Column::Number),
            Some(Column::Task),
            Some(Column::Leader),
            Some(Column::Lead),
            Some(Column::Partner),
        ]
    );
    let got = propose(&csv, &mapping, Period::year(2023).unwrap());
    let all: Vec<String> = got
        .sections
        .iter()
        .flat_map(|s| s.proposals.iter())
        .map(|p| {
            format!(
                "{} | {} | {} | {}",
                figure(&p.kind),
                p.title,
                p.lead_unit,
                p.partners.join("、")
            )
        })
        .collect();
    for line in &all {
        println!("{line}");
    }
    assert_eq!(got.sections.len(), 2);
    assert_eq!(all.len(), 12);
    assert_eq!(
        all[0],
        "improvement higher 8 | 地区生产总值增长8%以上 | 区发改局 | "
    );
    assert_eq!(
        all[5],
        "improvement higher 12 | 一般公共预算收入增长12%以上 | 区财政局 | 区税务局"
    );
    assert_eq!(
        all[7],
        "threshold <=4.5 | 城镇登记失业率控制在4.5%以内 | 区人社局 | "
    );
    // 改扩建二期 is a phase of a road, not a count.
    assert!(!all[11].contains("count"), "{}", all[11]);
    assert!(all[11].ends_with("区发改局、区自然资源和规划局、区林业局、区经发集团、相关乡镇办"));
    // Rows whose task gives no figure are said so, by row number.
    let rows: Vec<usize> = got.problems.iter().map(|p| p.row).collect();
    assert!(rows.contains(&10), "{rows:?}");
    // The .xlsx of the same rows (序号 as number cells) reads the same.
    let xlsx = read_table("x.xlsx", &fixture("xianan-2023-fenjie.xlsx")).expect("xlsx");
    assert_eq!(xlsx.rows, csv.rows);
    assert_eq!(guess(&xlsx), mapping);
}

#[test]
fn the_mapping_step_moves_a_role_and_needs_a_task_or_target() {
    let table = read_table("x.csv", &fixture("xianan-2023-fenjie.csv")).expect("csv");
    let mut mapping = guess(&table);
    // 责任单位 read as the lead: 牵头单位 loses the role.
    assign(&mut mapping, 4, Some(Column::Lead));
    assert_eq!(mapping[3], None);
    assert_eq!(mapping[4], Some(Column::Lead));
    assert_eq!(check_mapping(&mapping), Ok(()));
    assign(&mut mapping, 1, None);
    assert_eq!(check_mapping(&mapping), Err(SheetError::NoTaskColumn));
    assert_eq!(
        SheetError::NoTaskColumn.message_zh(),
        "请指定哪一列是“工作任务”或“目标/指标”"
    );
}

/// A Word document as offices write it: headings numbered by Word's
/// automatic numbering (二、 and （一）… drawn from numbering.xml, not typed)
/// and a 任务分解表 as a Word table. seed-numbered.docx, written by
/// tools/make_plan_docx.py with python-docx: the seed's part 二 and rows 1–2
/// of 钟楼区's 2021年重大民生实事项目目标任务责任分解表.
#[test]
fn a_docx_with_numbered_headings_and_a_task_table() {
    use luoshi::intake::{docx, extract, sheet::propose_file};
    let file = docx::plan_file("seed-numbered.docx", &fixture("seed-numbered.docx")).expect("docx");
    assert!(file
        .text
        .starts_with("二、下一步工作打算\n（一）强化理论武装,筑牢思想根基。"));
    assert_eq!(file.tables.len(), 1);
    let (ex, problems) = propose_file(&file, period());
    assert!(problems.is_empty(), "{problems:?}");
    // The text reads as the typed seed does: the same sections, the same
    // targets.
    let seed = std::fs::read_to_string(format!(
        "{}/tests/fixtures/plans/seed.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("seed");
    let typed = extract(&seed, period());
    let shape = |e: &luoshi::intake::Extraction| -> Vec<(String, Vec<String>)> {
        e.sections
            .iter()
            .map(|s| {
                let figs = s.proposals.iter().map(|p| figure(&p.kind)).collect();
                (luoshi::intake::normalize(&s.title), figs)
            })
            .collect()
    };
    let got = shape(&ex);
    assert_eq!(got[..4], shape(&typed)[..]);
    // The table by its columns: 主要内容 read for figures, 牵头单位 leads.
    assert_eq!(got[4].0, "任务分解表");
    let table: Vec<String> = ex.sections[4]
        .proposals
        .iter()
        .map(|p| format!("{} | {} | {}", figure(&p.kind), p.title, p.lead_unit))
        .collect();
    assert_eq!(table.len(), 15);
    assert_eq!(table[1], "count 3 | 增加教育资源供给：竣工3个 | 教育局");
    assert_eq!(
        table[11],
        "threshold <=3 | 城镇登记失业率控制在3%以内 | 人社局"
    );
    assert_eq!(ex.sections[4].proposals[11].owner, "何海平");
}

/// A text PDF (seed.pdf: the seed's part 二 printed to PDF by headless
/// Chromium, tools/make_plan_pdf.py) reads as the typed text does; a
/// scanned PDF and an old binary .doc each say what to do instead, in both
/// languages.
#[test]
fn a_text_pdf_reads_and_a_scan_or_an_old_doc_says_what_to_do() {
    use luoshi::intake::{docx, extract};
    let file = docx::plan_file("seed.pdf", &fixture("seed.pdf")).expect("pdf");
    let seed = std::fs::read_to_string(format!(
        "{}/tests/fixtures/plans/seed.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("seed");
    let figures = |text: &str| -> Vec<String> {
        extract(text, period())
            .proposals()
            .map(|p| format!("{} | {}", figure(&p.kind), p.title))
            .collect()
    };
    assert_eq!(figures(&file.text), figures(&seed));
    let scan = docx::plan_file("scan.pdf", &fixture("scan.pdf")).expect_err("a scan");
    assert_eq!(scan, docx::InputError::ScannedPdf { pages: 1 });
    assert!(scan.message_zh().contains("OCR"), "{}", scan.message_zh());
    assert!(scan.to_string().contains("OCR"));
    let doc = docx::plan_file("计划.doc", &fixture("bad-old-word.doc")).expect_err("old .doc");
    assert_eq!(doc, docx::InputError::OldDoc);
    assert!(doc.message_zh().contains("另存为"));
    assert!(doc.to_string().contains("save it as .docx"));
}
