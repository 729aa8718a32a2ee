//! The .xlsx workbook: written for the example ledger, read back with
//! calamine and by looking at the parts Excel reads (styles, panes), and
//! ledgers read from workbooks — our own export and one kept the way an
//! office keeps it (tests/fixtures/xlsx/office_ledger.xlsx, written by
//! make_office_ledger.py beside it).

use std::io::{Cursor, Read, Write};

use calamine::{Data, Reader, Xlsx};
use chrono::{DateTime, NaiveDate};
use luoshi::engine::{evaluate, Colour, PlanProgress};
use luoshi::i18n::Lang;
use luoshi::ledger_csv::RowProblem;
use luoshi::plan::{Activity, ActivityId, Document, Stamp};
use luoshi::seed;
use luoshi::xlsx::{read_workbook, write_workbook, Note, ReadError, XlsxImport, MAX_XLSX_BYTES};

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 7, 1).expect("date")
}

fn stamp() -> Stamp {
    DateTime::parse_from_rfc3339("2026-07-01T09:00:00+08:00").expect("stamp")
}

fn example() -> (Document, PlanProgress) {
    let doc = seed::example_document(2026, as_of());
    let progress = evaluate(&doc, as_of());
    (doc, progress)
}

fn workbook(doc: &Document, progress: &PlanProgress, lang: Lang) -> Vec<u8> {
    write_workbook(doc, progress, lang).expect("workbook written")
}

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    Xlsx::new(Cursor::new(bytes.to_vec())).expect("calamine opens the workbook")
}

fn sheet(bytes: &[u8], name: &str) -> calamine::Range<Data> {
    open(bytes).worksheet_range(name).expect("sheet present")
}

fn text(range: &calamine::Range<Data>, row: usize, col: usize) -> String {
    match range.get((row, col)) {
        Some(Data::String(s)) => s.clone(),
        other => panic!("cell ({row}, {col}) is not text: {other:?}"),
    }
}

fn number(range: &calamine::Range<Data>, row: usize, col: usize) -> f64 {
    match range.get((row, col)) {
        Some(Data::Float(f)) => *f,
        Some(Data::Int(i)) => *i as f64,
        other => panic!("cell ({row}, {col}) is not a number: {other:?}"),
    }
}

fn date(range: &calamine::Range<Data>, row: usize, col: usize) -> NaiveDate {
    match range.get((row, col)) {
        Some(Data::DateTime(dt)) if dt.is_datetime() => {
            let (y, m, d, ..) = dt.to_ymd_hms_milli();
            NaiveDate::from_ymd_opt(i32::from(y), u32::from(m), u32::from(d)).expect("date")
        }
        other => panic!("cell ({row}, {col}) is not a date: {other:?}"),
    }
}

// --- The parts of the file, read as Excel reads them ---

fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("zip");
    let mut file = zip.by_name(name).expect("part present");
    let mut out = String::new();
    file.read_to_string(&mut out).expect("utf-8 part");
    out
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = tag[start..].find('"')? + start;
    Some(tag[start..end].to_string())
}

/// The opening tag of the cell `r` (e.g. "F3") in a sheet part.
fn cell_tag(sheet_xml: &str, r: &str) -> String {
    let key = format!("<c r=\"{r}\"");
    let start = sheet_xml.find(&key).unwrap_or_else(|| panic!("cell {r}"));
    let end = sheet_xml[start..].find('>').expect("tag end") + start;
    sheet_xml[start..=end].to_string()
}

fn section<'a>(xml: &'a str, name: &str) -> &'a str {
    let start = xml
        .find(&format!("<{name}"))
        .unwrap_or_else(|| panic!("<{name}>"));
    let end = xml[start..].find(&format!("</{name}>")).expect("end") + start;
    &xml[start..end]
}

/// The cell format (`<xf …>` of cellXfs) of cell `r`.
fn xf(styles: &str, sheet_xml: &str, r: &str) -> String {
    let s: usize = attr(&cell_tag(sheet_xml, r), "s")
        .map(|s| s.parse().expect("style index"))
        .unwrap_or(0);
    section(styles, "cellXfs")
        .split("<xf ")
        .nth(s + 1)
        .map(|x| format!("<xf {}", &x[..x.find('>').expect("xf end")]))
        .expect("xf present")
}

fn num_format(styles: &str, xf: &str) -> String {
    let id = attr(xf, "numFmtId").unwrap_or_default();
    section(styles, "numFmts")
        .split("<numFmt ")
        .find(|t| attr(&format!(" {t}"), "numFmtId").as_deref() == Some(id.as_str()))
        .and_then(|t| attr(&format!(" {t}"), "formatCode"))
        .unwrap_or_else(|| format!("builtin {id}"))
}

fn fill_rgb(styles: &str, xf: &str) -> Option<String> {
    let id: usize = attr(xf, "fillId")?.parse().ok()?;
    let fill = section(styles, "fills").split("<fill>").nth(id + 1)?;
    let fg = &fill[fill.find("<fgColor")?..];
    attr(fg, "rgb")
}

// --- Writing ---

#[test]
fn sheets_and_headers_in_chinese_and_english() {
    let (doc, progress) = example();
    let zh = workbook(&doc, &progress, Lang::Zh);
    assert_eq!(open(&zh).sheet_names(), vec!["台账", "指标进度"]);
    let ledger = sheet(&zh, "台账");
    let headers: Vec<String> = (0..9).map(|c| text(&ledger, 1, c)).collect();
    assert_eq!(
        headers,
        [
            "序号",
            "日期",
            "事项",
            "计入指标",
            "数量",
            "人员",
            "牵头处室",
            "备注",
            "佐证材料"
        ]
    );
    assert!(text(&ledger, 0, 0).contains("工作台账（截至 2026年7月1日）"));
    let figures = sheet(&zh, "指标进度");
    let headers: Vec<String> = (0..8).map(|c| text(&figures, 1, c)).collect();
    assert_eq!(
        headers,
        [
            "部分",
            "指标",
            "类型",
            "目标",
            "实际",
            "完成率",
            "序时进度",
            "状态"
        ]
    );

    let en = workbook(&doc, &progress, Lang::En);
    assert_eq!(open(&en).sheet_names(), vec!["Ledger", "Progress"]);
    let figures = sheet(&en, "Progress");
    assert_eq!(text(&figures, 1, 7), "Status");
    assert_eq!(text(&sheet(&en, "Ledger"), 1, 3), "Counts toward");
}

#[test]
fn ledger_rows_hold_the_activities_with_real_dates_and_numbers() {
    let (doc, progress) = example();
    let bytes = workbook(&doc, &progress, Lang::Zh);
    let ledger = sheet(&bytes, "台账");
    let mut activities: Vec<&Activity> = doc.activities.iter().collect();
    activities.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    assert!(activities.len() > 50, "the example has a real ledger");
    assert_eq!(ledger.height(), activities.len() + 2);
    for (i, a) in activities.iter().enumerate() {
        let row = i + 2;
        assert_eq!(number(&ledger, row, 0), (i + 1) as f64);
        assert_eq!(date(&ledger, row, 1), a.date, "row {row}");
        assert_eq!(text(&ledger, row, 2), a.title);
        assert_eq!(number(&ledger, row, 4), f64::from(a.quantity));
        if !a.people.is_empty() {
            assert_eq!(text(&ledger, row, 5), a.people.join("、"));
        }
    }
    let styles = part(&bytes, "xl/styles.xml");
    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    assert_eq!(num_format(&styles, &xf(&styles, &xml, "B3")), "yyyy-mm-dd");
    // Header rows frozen: the title and the header stay in view.
    assert!(xml.contains(r#"ySplit="2""#) && xml.contains(r#"state="frozen""#));
    assert!(xml.contains("<autoFilter"));
}

#[test]
fn column_widths_fit_chinese_text() {
    let (doc, progress) = example();
    let bytes = workbook(&doc, &progress, Lang::Zh);
    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    let width = |col: usize| -> f64 {
        let tag = xml
            .split("<col ")
            .find(|t| attr(&format!(" {t}"), "min") == Some(col.to_string()))
            .unwrap_or_else(|| panic!("column {col}"));
        attr(&format!(" {tag}"), "width")
            .expect("width")
            .parse()
            .expect("number")
    };
    // 牵头处室 is four Chinese characters: eight Latin ones wide at least.
    assert!(width(7) >= 8.0, "牵头处室 {}", width(7));
    // 事项 holds long titles: as wide as the cap, and wider than 序号.
    assert!(width(3) >= 30.0 && width(3) > width(1), "事项 {}", width(3));
    assert!(width(3) <= 45.0, "long titles wrap instead: {}", width(3));
}

#[test]
fn figures_come_from_the_engine_with_percent_formats_and_status_fills() {
    let (doc, progress) = example();
    let bytes = workbook(&doc, &progress, Lang::Zh);
    let figures = sheet(&bytes, "指标进度");
    let styles = part(&bytes, "xl/styles.xml");
    let xml = part(&bytes, "xl/worksheets/sheet2.xml");
    let targets: Vec<_> = doc.plan.targets().collect();
    assert_eq!(figures.height(), targets.len() + 2);
    let mut colours_seen = Vec::new();
    for (i, ((_, target), p)) in targets.iter().zip(&progress.targets).enumerate() {
        let row = i + 2;
        assert_eq!(text(&figures, row, 1), target.title);
        let completion = number(&figures, row, 5);
        assert_eq!(
            completion,
            p.completion.per_mille_rounded() as f64 / 1000.0,
            "{}",
            target.title
        );
        // 序时进度 where it means something (see present::shows_time_marker).
        if luoshi::present::shows_time_marker(&target.kind) {
            assert_eq!(
                number(&figures, row, 6),
                p.time_progress.per_mille_rounded() as f64 / 1000.0
            );
            let r = row + 1;
            assert_eq!(
                num_format(&styles, &xf(&styles, &xml, &format!("G{r}"))),
                "0.0%"
            );
        } else {
            assert_eq!(text(&figures, row, 6), "—", "{}", target.title);
        }
        assert_eq!(text(&figures, row, 7), p.status.label_zh());
        let r = row + 1;
        assert_eq!(
            num_format(&styles, &xf(&styles, &xml, &format!("F{r}"))),
            "0.0%"
        );
        let fill = fill_rgb(&styles, &xf(&styles, &xml, &format!("H{r}")));
        let want = match p.status.colour() {
            Colour::Green => "FFC6EFCE",
            Colour::Yellow => "FFFFEB9C",
            Colour::Red => "FFFFC7CE",
            Colour::Blue => "FFDDEBF7",
            Colour::Grey => "FFEDEDED",
        };
        assert_eq!(
            fill.as_deref(),
            Some(want),
            "status fill of {}",
            target.title
        );
        if !colours_seen.contains(&p.status.colour()) {
            colours_seen.push(p.status.colour());
        }
    }
    // The example as of 1 July shows green, yellow and red targets.
    for c in [Colour::Green, Colour::Yellow, Colour::Red] {
        assert!(colours_seen.contains(&c), "{c:?} among {colours_seen:?}");
    }
    // The default plan counts 序时进度 by month: six of twelve months have
    // ended on 1 July, 50.0% (by day it would be 182/365 = 49.9%).
    assert!(text(&figures, 0, 0).contains("序时进度 50.0%"));
}

#[test]
fn text_that_looks_like_a_formula_stays_text() {
    let (mut doc, _) = example();
    let risky = [
        "=HYPERLINK(\"http://x.example\",\"点我\")",
        "+86 10 1234",
        "@SUM(A1)",
        "-负责人",
    ];
    for (a, t) in doc.activities.iter_mut().zip(risky) {
        a.title = t.to_string();
    }
    let progress = evaluate(&doc, as_of());
    let bytes = workbook(&doc, &progress, Lang::Zh);
    let mut book = open(&bytes);
    let ledger = book.worksheet_range("台账").expect("sheet");
    let formulas = book.worksheet_formula("台账").expect("formulas");
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no cell is a formula"
    );
    let styles = part(&bytes, "xl/styles.xml");
    let xml = part(&bytes, "xl/worksheets/sheet1.xml");
    let mut found = 0;
    for row in 2..ledger.height() {
        let title = text(&ledger, row, 2);
        if risky.contains(&title.as_str()) {
            found += 1;
            let tag = xf(&styles, &xml, &format!("C{}", row + 1));
            assert_eq!(attr(&tag, "quotePrefix").as_deref(), Some("1"), "{title}");
        }
    }
    assert_eq!(found, risky.len());
}

#[test]
fn the_workbook_depends_only_on_its_inputs() {
    let (doc, progress) = example();
    assert_eq!(
        workbook(&doc, &progress, Lang::Zh),
        workbook(&doc, &progress, Lang::Zh)
    );
    let core = part(&workbook(&doc, &progress, Lang::Zh), "docProps/core.xml");
    assert!(core.contains("2026-07-01T00:00:00Z"), "{core}");
}

// --- Reading ---

fn read(bytes: &[u8], doc: &Document) -> Result<XlsxImport, ReadError> {
    let mut n = 0;
    read_workbook(bytes, &doc.plan, stamp(), &mut || {
        n += 1;
        ActivityId(format!("x{n}"))
    })
}

/// An activity as the ledger shows it, without id and stamp.
fn shown(
    a: &Activity,
) -> (
    NaiveDate,
    String,
    Vec<String>,
    u32,
    Vec<String>,
    String,
    String,
) {
    (
        a.date,
        a.title.clone(),
        a.targets.iter().map(|t| t.0.clone()).collect(),
        a.quantity,
        a.people.clone(),
        a.lead_unit.clone(),
        a.notes.clone(),
    )
}

#[test]
fn export_then_import_gives_the_same_activities() {
    for lang in [Lang::Zh, Lang::En] {
        let (doc, progress) = example();
        let bytes = workbook(&doc, &progress, lang);
        let got = read(&bytes, &doc).expect("own workbook reads");
        assert_eq!(got.import.errors, vec![], "{lang:?}");
        assert_eq!(got.header_row, 2);
        assert_eq!(got.notes, vec![Note::OtherSheets(vec![got_other(lang)])]);
        let mut want: Vec<_> = doc.activities.iter().map(shown).collect();
        want.sort();
        let mut have: Vec<_> = got.import.rows.iter().map(shown).collect();
        have.sort();
        assert_eq!(have, want, "{lang:?}");
    }
}

fn got_other(lang: Lang) -> String {
    match lang {
        Lang::Zh => "指标进度".into(),
        Lang::En => "Progress".into(),
    }
}

fn office_ledger() -> Vec<u8> {
    std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/xlsx/office_ledger.xlsx"
    ))
    .expect("fixture")
}

#[test]
fn a_ledger_kept_the_way_an_office_keeps_it() {
    let doc = seed::default_document(2026, seed::OFFICE);
    let got = read(&office_ledger(), &doc).expect("reads");
    assert_eq!(got.sheet, "2026年台账");
    assert_eq!(got.header_row, 3);
    let rows: Vec<_> = got.import.rows.iter().map(shown).collect();
    let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).expect("date");
    let titles: Vec<(&NaiveDate, &str, u32)> =
        rows.iter().map(|r| (&r.0, r.1.as_str(), r.3)).collect();
    assert_eq!(
        titles,
        vec![
            (
                &d(3, 5),
                "中心组集中研讨：学习贯彻党的二十届四中全会精神",
                1
            ),
            // Text date; quantity from the formula's cached value.
            (&d(3, 15), "周学习：《习近平谈治国理政》第五卷", 2),
            // A bare serial number in the date column.
            (&d(4, 1), "月交流：青年干部读书分享会", 1),
            // Formula-looking text typed as text stays that text.
            (&d(6, 2), "=学习强国积分通报", 1),
        ]
    );
    assert_eq!(rows[2].4, vec!["刘海燕", "王志强"]);
    assert_eq!(rows[0].2, vec!["t1-02"]);
    let errors: Vec<(usize, &str, &RowProblem)> = got
        .import
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_str(), &e.problem))
        .collect();
    assert_eq!(
        errors,
        vec![
            (
                7,
                "D 关联指标",
                &RowProblem::UnknownTarget("廉政教育参观".into())
            ),
            (8, "C 日期", &RowProblem::BadDate("四月中旬".into())),
            (9, "F 数量", &RowProblem::CellError("#N/A".into())),
        ]
    );
    assert_eq!(
        got.notes,
        vec![
            Note::OtherSheets(vec!["统计".into()]),
            Note::HiddenSheets(vec!["说明".into()]),
            Note::Formulas {
                count: 1,
                cells: vec!["F5".into()]
            },
            Note::SerialDates {
                count: 1,
                first: ("C6".into(), d(4, 1))
            },
        ]
    );
    // Every note says where, in both languages.
    assert!(got.notes[2].message_zh().contains("F5"));
    assert!(got.notes[3].message_en().contains("C6"));
    assert!(got.notes[1].message_zh().contains("说明"));
}

// --- Bad input: a clear refusal, nothing read ---

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    {
        let mut w = zip::ZipWriter::new(&mut out);
        for (name, data) in files {
            w.start_file(*name, zip::write::SimpleFileOptions::default())
                .expect("entry");
            w.write_all(data).expect("write");
        }
        w.finish().expect("finish");
    }
    out.into_inner()
}

#[test]
fn refuses_what_is_not_a_workbook_and_says_why() {
    let doc = seed::default_document(2026, seed::OFFICE);
    let check = |bytes: &[u8], zh: &str, en: &str| {
        let e = read(bytes, &doc).expect_err("refused");
        assert!(e.message_zh().contains(zh), "{}", e.message_zh());
        assert!(e.to_string().contains(en), "{e}");
    };
    check(
        "日期,事项\n2026-03-05,学习\n".as_bytes(),
        "不是 Excel 工作簿（.xlsx），或已损坏：文件开头不是 zip 压缩包",
        "not an Excel workbook",
    );
    check(
        &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
        "另存为 .xlsx",
        "(.xls)",
    );
    let huge = vec![b'P'; 200 * 1024 * 1024];
    check(
        &huge,
        "文件过大",
        &format!("limit for an .xlsx workbook is {MAX_XLSX_BYTES}"),
    );
    check(
        &zip_of(&[("word/document.xml", b"<w:document/>")]),
        "没有工作簿",
        "holds no workbook",
    );
    // A zip whose directory says a part unzips to 3 GB.
    let mut bomb = zip_of(&[("xl/workbook.xml", b"<workbook/>")]);
    let at = bomb
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .expect("central directory");
    bomb[at + 24..at + 28].copy_from_slice(&3_000_000_000u32.to_le_bytes());
    check(
        &bomb,
        "解压后有 3000000000 字节",
        "unzip to 3000000000 bytes",
    );
}

#[test]
fn a_sheet_without_ledger_columns_is_named() {
    let mut book = rust_xlsxwriter::Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name("工资表").expect("name");
    ws.write_string(0, 0, "姓名").expect("cell");
    ws.write_string(0, 1, "金额").expect("cell");
    ws.write_number(1, 1, 3000.0).expect("cell");
    let bytes = book.save_to_buffer().expect("saved");
    let doc = seed::default_document(2026, seed::OFFICE);
    let e = read(&bytes, &doc).expect_err("refused");
    assert_eq!(
        e,
        ReadError::NoLedgerSheet {
            sheets: "\"工资表\"".into()
        }
    );
    assert!(e.message_zh().contains("“日期”和“事项”"));
}

// --- The native command ---

fn cli_fixture(name: &str) -> String {
    format!("{}/tests/fixtures/cli/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn export_xlsx_writes_the_merged_files_workbook() {
    let out = std::env::temp_dir().join(format!("luoshi-xlsx-{}.xlsx", std::process::id()));
    let out_arg = out.to_string_lossy().into_owned();
    let (a, b) = (cli_fixture("unit-a.json"), cli_fixture("unit-b.json"));
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_luoshi"))
        .args([
            "export-xlsx",
            &a,
            &b,
            "--as-of",
            "2026-07-01",
            "--out",
            &out_arg,
            "--lang",
            "en",
        ])
        .output()
        .expect("the luoshi binary runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let written = std::fs::read(&out).expect("the workbook was written");
    let _ = std::fs::remove_file(&out);

    let decode = |p: &str| {
        luoshi::format::decode(&std::fs::read_to_string(p).expect("fixture")).expect("decodes")
    };
    let merged = luoshi::merge::merge(&decode(&a), &decode(&b)).doc;
    let progress = evaluate(&merged, as_of());
    assert_eq!(written, workbook(&merged, &progress, Lang::En));
    assert_eq!(open(&written).sheet_names(), vec!["Ledger", "Progress"]);
}

#[test]
fn export_xlsx_needs_its_arguments() {
    let a = cli_fixture("unit-a.json");
    for args in [
        vec!["export-xlsx", a.as_str(), "--as-of", "2026-07-01"],
        vec!["export-xlsx", "--as-of", "2026-07-01", "--out", "x.xlsx"],
        vec!["export-xlsx", a.as_str(), "--out", "x.xlsx"],
        vec![
            "export-xlsx",
            a.as_str(),
            "--as-of",
            "2026-07-01",
            "--out",
            "x.xlsx",
            "--lang",
            "fr",
        ],
    ] {
        let run = std::process::Command::new(env!("CARGO_BIN_EXE_luoshi"))
            .args(&args)
            .output()
            .expect("the luoshi binary runs");
        assert_eq!(run.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&run.stderr).contains("export-xlsx"),
            "{args:?}"
        );
    }
}

#[test]
fn csv_import_reads_the_workbook_headers_too() {
    // A sheet saved from the workbook as CSV keeps the workbook's headers.
    let doc = seed::default_document(2026, seed::OFFICE);
    for text in [
        "序号,日期,事项,计入指标,数量,人员,牵头处室,备注,佐证材料\n1,2026-03-05,集中研讨,中心组每月开展1次集中研讨,1,张建国、李红梅,机关党委,,会议记录\n",
        "No.,Date,Activity,Counts toward,Quantity,People,Lead unit,Notes,Evidence\n1,2026-03-05,集中研讨,中心组每月开展1次集中研讨,1,张建国、李红梅,机关党委,,\n",
    ] {
        let got = luoshi::ledger_csv::import_csv(text, &doc.plan, stamp(), &mut || {
            ActivityId("c1".into())
        });
        assert_eq!(got.errors, vec![], "{text}");
        let rows: Vec<_> = got.rows.iter().map(shown).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].2, vec!["t1-02"]);
        assert_eq!(rows[0].4, vec!["张建国", "李红梅"]);
        assert_eq!(rows[0].5, "机关党委");
    }
}
