//! The progress report: the example ledger's report against a reviewed
//! text, every figure in it against the engine, natural wording for an
//! empty ledger and a completed plan, and the exports (Markdown round trip,
//! HTML, Word).

use chrono::NaiveDate;
use luoshi::engine::{evaluate, Detail, Measure, PlanProgress, Status};
use luoshi::fixed::Fixed;
use luoshi::frac::Frac;
use luoshi::period::periods_in;
use luoshi::plan::{
    Activity, ActivityId, Better, Document, Reading, ReadingId, ReadingValue, Stamp, TargetKind,
};
use luoshi::report::docx::render_docx;
use luoshi::report::html::render_html;
use luoshi::report::{
    build, parse_markdown, render_markdown, render_markdown_report, Report, ReportOptions, Scope,
    Variant,
};
use luoshi::seed::{default_document, example_document};

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn stamp() -> Stamp {
    "2026-01-01T09:00:00+08:00".parse().expect("test stamp")
}

fn pct(f: Frac) -> String {
    format!("{}%", f.percent_1dp())
}

/// The example ledger evaluated at 2026-11-27, and its report.
fn example() -> (Document, PlanProgress) {
    let doc = example_document(2026, d("2026-11-27"));
    let progress = evaluate(&doc, d("2026-11-27"));
    (doc, progress)
}

/// Compares a report with a reviewed fixture; `LUOSHI_BLESS=1` rewrites the
/// fixture (review the diff before committing it).
fn check_fixture(name: &str, got: &str) {
    let path = format!(
        "{}/tests/fixtures/report/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    if std::env::var_os("LUOSHI_BLESS").is_some() {
        std::fs::write(&path, got).expect("write fixture");
    }
    let expected = std::fs::read_to_string(&path).expect("fixture present");
    if expected != got {
        for (i, (e, g)) in expected.lines().zip(got.lines()).enumerate() {
            if e != g {
                panic!(
                    "{name} differs at line {}:\nexpected: {e}\n     got: {g}",
                    i + 1
                );
            }
        }
        panic!("{name} differs in length");
    }
}

#[test]
fn example_report_matches_the_reviewed_text() {
    let (doc, p) = example();
    check_fixture(
        "example-2026-11-27.md",
        &render_markdown(&doc, &p, &ReportOptions::default()),
    );
    let month = ReportOptions {
        scope: Scope::Plan,
        variant: Variant::Month,
    };
    check_fixture(
        "example-2026-11-month.md",
        &render_markdown(&doc, &p, &month),
    );
}

/// Every "12.3%" in the text.
fn percentages(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c != '%' {
            continue;
        }
        let mut j = i;
        while j > 0 && (chars[j - 1].is_ascii_digit() || chars[j - 1] == '.') {
            j -= 1;
        }
        if j < i {
            out.push(chars[j..=i].iter().collect());
        }
    }
    out
}

#[test]
fn every_percentage_is_an_engine_figure_or_a_stated_goal() {
    let (doc, p) = example();
    let report = build(&doc, &p, &ReportOptions::default());
    let text = report.lines().join("\n");
    let mut allowed = vec![pct(p.completion), pct(p.time_progress)];
    for t in &p.targets {
        allowed.extend([
            pct(t.completion),
            pct(t.raw_completion),
            pct(t.time_progress),
        ]);
        for m in [t.actual, t.goal] {
            match m {
                Measure::Percent(f) => allowed.push(pct(f)),
                Measure::Value(v) => allowed.push(format!("{v}%")),
                _ => {}
            }
        }
        if let Detail::Measured {
            latest: Some(v), ..
        } = t.detail
        {
            allowed.push(format!("{v}%"));
        }
    }
    // Goals as the plan states them ("90%以上" in a title, "不低于95%").
    for (_, t) in doc.plan.targets() {
        allowed.extend(percentages(&t.title));
        match &t.kind {
            TargetKind::Threshold { line, .. } | TargetKind::Ratio { line, .. } => {
                allowed.push(format!("{line}%"))
            }
            TargetKind::Improvement { percent, .. } => allowed.push(format!("{percent}%")),
            _ => {}
        }
    }
    let found = percentages(&text);
    assert!(found.len() > 40, "the report states its figures: {found:?}");
    for f in found {
        assert!(allowed.contains(&f), "{f} is not an engine figure");
    }
    // The opening states the plan's own totals.
    assert!(text.contains(&format!(
        "总体完成率{}，序时进度{}",
        pct(p.completion),
        pct(p.time_progress)
    )));
}

#[test]
fn each_target_sentence_carries_its_own_figures() {
    let (doc, p) = example();
    let text = build(&doc, &p, &ReportOptions::default())
        .lines()
        .join("\n");
    let mut checked = 0;
    for (_, t) in doc.plan.targets() {
        let f = p.get(&t.id).expect("figures of every target");
        let u = t.unit.as_str();
        let expect = match (&t.kind, f.actual, f.status) {
            (
                TargetKind::Count { .. } | TargetKind::Range { .. },
                Measure::Count(a),
                Status::Done,
            ) if !f.over_plan && f.raw_completion == Frac::ONE => {
                format!("已完成{a}{u}，完成率100.0%，已全面完成目标任务")
            }
            (
                TargetKind::Count { .. } | TargetKind::Range { .. },
                Measure::Count(a),
                Status::OnTrack | Status::Behind | Status::FarBehind,
            ) if a > 0 => format!(
                "已完成{a}{u}，完成率{}，序时进度{}",
                pct(f.completion),
                pct(f.time_progress)
            ),
            (TargetKind::PerPerson { .. }, Measure::Count(a), _)
                if a > 0 && f.status != Status::Done =>
            {
                format!(
                    "整体完成率{}，序时进度{}",
                    pct(f.completion),
                    pct(f.time_progress)
                )
            }
            (TargetKind::Cadence { .. }, Measure::Count(met), _) if met > 0 => {
                format!("{}的{}", periods_phrase(&t.kind, met), pct(f.completion))
            }
            (TargetKind::Ratio { numerator, .. }, Measure::Percent(r), _) => {
                format!("{numerator}率为{}", pct(r))
            }
            (
                TargetKind::Improvement {
                    better: Better::Lower,
                    ..
                },
                Measure::Percent(r),
                _,
            ) => {
                format!("较基线下降{}", pct(r))
            }
            (TargetKind::Threshold { .. }, Measure::Value(v), _) => format!("为{v}{u}"),
            (TargetKind::Milestone { .. }, _, Status::Done) => match f.detail {
                Detail::Milestone {
                    done_on: Some(on), ..
                } => format!("已于{}月{}日完成", on.format("%-m"), on.format("%-d")),
                _ => continue,
            },
            _ => continue,
        };
        assert!(
            text.contains(&expect),
            "{}: expected {expect:?} in the report",
            t.title
        );
        checked += 1;
    }
    assert!(checked >= 25, "only {checked} targets checked");
    // The opening's tallies add up to the targets of the plan.
    let counts = p.status_counts();
    assert_eq!(counts.total(), p.targets.len());
    let done = counts.get(Status::Done) + counts.get(Status::Met);
    assert!(text.contains(&format!("已完成（达标）{done}项")));
}

/// "12个月" for a monthly cadence of 12 periods, as the sentence counts
/// the plan's periods.
fn periods_phrase(kind: &TargetKind, _met: u64) -> String {
    match kind {
        TargetKind::Cadence { every, .. } => {
            let n = periods_in(*every, d("2026-01-01"), d("2026-12-31")).len();
            match every {
                luoshi::plan::Cadence::Week => format!("全年{n}周"),
                luoshi::plan::Cadence::Month => format!("全年{n}个月"),
                luoshi::plan::Cadence::Quarter => format!("全年{n}个季度"),
                luoshi::plan::Cadence::Year => format!("全年{n}个年度"),
            }
        }
        _ => String::new(),
    }
}

fn full_plan_done() -> Document {
    let mut doc = default_document(2026, "市政府办公室");
    let plan = doc.plan.clone();
    let mut n = 0;
    let mut act = |doc: &mut Document,
                   date: NaiveDate,
                   t: &luoshi::plan::Target,
                   q: u32,
                   people: Vec<String>| {
        n += 1;
        doc.activities.push(Activity {
            recorded_by: String::new(),
            evidence: Vec::new(),
            id: ActivityId(format!("a{n}")),
            date,
            title: format!("{}（第{n}项）", t.title),
            targets: vec![t.id.clone()],
            quantity: q,
            people,
            lead_unit: t.lead_unit.clone(),
            notes: String::new(),
            updated_at: stamp(),
        });
    };
    for (_, t) in plan.targets() {
        let reading = |value| Reading {
            recorded_by: String::new(),
            evidence: Vec::new(),
            id: ReadingId(format!("r-{}", t.id)),
            target: t.id.clone(),
            date: d("2026-11-30"),
            value,
            notes: String::new(),
            updated_at: stamp(),
        };
        match &t.kind {
            TargetKind::Count { target } => act(&mut doc, d("2026-06-01"), t, *target, vec![]),
            TargetKind::Range { min, .. } => act(&mut doc, d("2026-06-01"), t, *min, vec![]),
            TargetKind::PerPerson { each, roster } => {
                act(&mut doc, d("2026-06-01"), t, *each, roster.clone())
            }
            TargetKind::Cadence { every, at_least } => {
                for period in periods_in(*every, plan.start, plan.end) {
                    act(
                        &mut doc,
                        period.start().max(plan.start),
                        t,
                        *at_least,
                        vec![],
                    );
                }
            }
            TargetKind::Milestone { due } => act(&mut doc, *due, t, 1, vec![]),
            TargetKind::Threshold { line, .. } => {
                doc.readings
                    .push(reading(ReadingValue::Value(Fixed::from_raw(
                        line.raw() + 10_000,
                    ))))
            }
            TargetKind::Ratio { .. } => doc.readings.push(reading(ReadingValue::Counts {
                numerator: 99,
                denominator: 100,
            })),
            TargetKind::Improvement { baseline, .. } => {
                doc.readings
                    .push(reading(ReadingValue::Value(Fixed::from_raw(
                        baseline.raw() / 2,
                    ))))
            }
        }
    }
    doc
}

/// Phrases that would betray a report written by a machine from zeros.
const AWKWARD: [&str; 6] = ["已完成0", "0次中", "完成0", "共0", "如：。", "，。"];

fn assert_reads_naturally(text: &str) {
    for bad in AWKWARD {
        assert!(!text.contains(bad), "{bad:?} in:\n{text}");
    }
    assert!(!text.contains("。。"));
    assert!(!text.contains("，，"));
}

#[test]
fn a_completed_plan_reads_naturally() {
    let doc = full_plan_done();
    let p = evaluate(&doc, d("2026-12-31"));
    assert!(p
        .targets
        .iter()
        .all(|t| matches!(t.status, Status::Done | Status::Met)));
    let text = render_markdown(&doc, &p, &ReportOptions::default());
    assert_reads_naturally(&text);
    assert!(
        text.contains("计划期已结束，计划所列30项指标总体完成率100.0%。各项指标均已完成（达标）。")
    );
    assert!(text.contains("计划所列各项目标任务均已完成（达标），未发现滞后事项。"));
    assert!(text.contains("计划所列各项目标任务均已完成。下一步，市政府办公室将认真总结经验做法"));
    for word in ["滞后于", "尚未", "剩余", "逾期"] {
        assert!(!text.contains(word), "{word} in a completed plan's report");
    }
}

#[test]
fn an_empty_ledger_reads_naturally() {
    let doc = default_document(2026, "市政府办公室");
    let p = evaluate(&doc, d("2026-03-01"));
    let text = render_markdown(&doc, &p, &ReportOptions::default());
    assert_reads_naturally(&text);
    assert!(text.contains("今年以来，市政府办公室对照《2026年市政府办公室党组思想政治建设工作计划》确定的目标任务抓好落实，台账中尚未登记工作进展。"));
    assert!(text.contains(
        "截至3月1日，计划所列30项指标总体完成率0.0%，序时进度16.4%，明显滞后于序时进度。"
    ));
    assert!(text.contains(
        "全年计划组织专题培训6次，截至3月1日尚未开展，序时进度16.4%，明显滞后于序时进度。"
    ));
    assert!(text.contains("等12项指标尚未开展，滞后于序时进度"));
    assert!(text.contains("4项指标尚未录入监测数据，无法评估进展。"));
    assert!(!text.contains("如："));

    // Before the plan starts, and a month with nothing in it.
    let p = evaluate(&doc, d("2025-12-20"));
    let text = render_markdown(&doc, &p, &ReportOptions::default());
    assert_reads_naturally(&text);
    assert!(text.contains("计划期自2026年1月1日起，截至2025年12月20日尚未开始实施。"));
    let p = evaluate(&doc, d("2026-04-30"));
    let month = ReportOptions {
        scope: Scope::Plan,
        variant: Variant::Month,
    };
    let text = render_markdown(&doc, &p, &month);
    assert_reads_naturally(&text);
    assert!(text
        .contains("# 关于《2026年市政府办公室党组思想政治建设工作计划》2026年4月落实情况的报告"));
    assert!(text.contains("本月台账中暂无新登记的工作记录。"));
}

#[test]
fn scopes_cover_their_targets_only() {
    let (doc, p) = example();
    let unit = ReportOptions {
        scope: Scope::Unit("政务服务科".to_string()),
        variant: Variant::ToDate,
    };
    let r = build(&doc, &p, &unit);
    assert!(r.title.starts_with("政务服务科关于《"));
    let text = r.lines().join("\n");
    assert!(text.contains("政务服务科牵头的3项指标"));
    assert!(!text.contains("专题培训"));
    assert_eq!(r.signature[0], "政务服务科");
    // The section is renumbered as the first of the report.
    assert!(text.contains("（一）聚焦主责主业，增强服务效能。"));

    let section = ReportOptions {
        scope: Scope::Section("s4".into()),
        variant: Variant::Quarter,
    };
    let r = build(&doc, &p, &section);
    assert_eq!(
        r.title,
        "关于《2026年市政府办公室党组思想政治建设工作计划》“深化改革创新，激发队伍活力”部分2026年第四季度落实情况的报告"
    );
    assert!(r.lines().join("\n").contains("本部分所列6项指标"));
}

fn sample_report() -> Report {
    let (doc, p) = example();
    build(&doc, &p, &ReportOptions::default())
}

#[test]
fn markdown_round_trips_and_user_text_stays_text() {
    let report = sample_report();
    assert_eq!(parse_markdown(&render_markdown_report(&report)), report);

    let mut doc = default_document(2026, "<b>办</b>");
    doc.plan.title = "</text><image href=x> *计划* <script>alert(1)</script>".to_string();
    doc.plan.sections[0].targets[7].title = "<script>组织专题培训</script>".to_string();
    let p = evaluate(&doc, d("2026-07-01"));
    let report = build(&doc, &p, &ReportOptions::default());
    let md = render_markdown_report(&report);
    assert!(!md.contains("<script>"));
    assert!(md.contains("\\<script\\>"));
    assert_eq!(parse_markdown(&md), report);
    let html = render_html(&report);
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<image"));
    assert!(html.contains("&lt;/text&gt;&lt;image href=x&gt; *计划* &lt;script&gt;"));
}

// ---- A minimal reader for the stored ZIP of the .docx ----

fn u16_at(b: &[u8], i: usize) -> usize {
    usize::from(u16::from_le_bytes([b[i], b[i + 1]]))
}

fn u32_at(b: &[u8], i: usize) -> usize {
    u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]) as usize
}

fn crc32(data: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for &byte in data {
        c ^= u32::from(byte);
        for _ in 0..8 {
            c = if c & 1 != 0 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
        }
    }
    !c
}

/// Reads every entry through the central directory, checking signatures,
/// the stored method and each CRC.
fn unzip(zip: &[u8]) -> Vec<(String, Vec<u8>)> {
    let end = zip.len() - 22;
    assert_eq!(&zip[end..end + 4], b"PK\x05\x06");
    let count = u16_at(zip, end + 10);
    let mut at = u32_at(zip, end + 16);
    let mut out = Vec::new();
    for _ in 0..count {
        assert_eq!(&zip[at..at + 4], b"PK\x01\x02");
        assert_eq!(u16_at(zip, at + 10), 0, "stored");
        let crc = u32_at(zip, at + 16) as u32;
        let size = u32_at(zip, at + 24);
        let name_len = u16_at(zip, at + 28);
        let extra = u16_at(zip, at + 30) + u16_at(zip, at + 32);
        let local = u32_at(zip, at + 42);
        let name =
            String::from_utf8(zip[at + 46..at + 46 + name_len].to_vec()).expect("utf-8 name");
        assert_eq!(&zip[local..local + 4], b"PK\x03\x04");
        let data_at = local + 30 + u16_at(zip, local + 26) + u16_at(zip, local + 28);
        let data = zip[data_at..data_at + size].to_vec();
        assert_eq!(crc32(&data), crc, "crc of {name}");
        out.push((name, data));
        at += 46 + name_len + extra;
    }
    out
}

/// Checks that `xml` is well formed (tags balance, entities known) and
/// returns its text content.
fn xml_text(xml: &str) -> String {
    let mut stack: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        text.push_str(&unescape_xml(&rest[..lt]));
        let gt = rest[lt..].find('>').expect("tag closes") + lt;
        let tag = &rest[lt + 1..gt];
        assert!(!tag.contains('<'), "stray < in {tag}");
        if tag.starts_with('?') {
        } else if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name.trim()), "closing {name}");
        } else if !tag.ends_with('/') {
            let name = tag.split_whitespace().next().expect("tag name").to_string();
            stack.push(name);
        }
        rest = &rest[gt + 1..];
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    text
}

fn unescape_xml(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let semi = rest[amp..].find(';').expect("entity ends") + amp;
        out.push(match &rest[amp + 1..semi] {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            other => panic!("unknown entity {other}"),
        });
        rest = &rest[semi + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_docx_opens_and_holds_the_same_text() {
    let report = sample_report();
    let bytes = render_docx(&report);
    // For a look in Word or WPS: LUOSHI_DOCX_OUT=/tmp/report.docx cargo test --test report
    if let Some(path) = std::env::var_os("LUOSHI_DOCX_OUT") {
        std::fs::write(path, &bytes).expect("write docx");
    }
    let files = unzip(&bytes);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    for needed in [
        "[Content_Types].xml",
        "_rels/.rels",
        "word/_rels/document.xml.rels",
        "word/document.xml",
        "word/styles.xml",
    ] {
        assert!(names.contains(&needed), "{needed} in {names:?}");
    }
    for (name, data) in &files {
        let xml = std::str::from_utf8(data).expect("utf-8 xml");
        let text = xml_text(xml);
        if name == "word/document.xml" {
            assert_eq!(text, report.lines().concat());
        }
        if name == "word/styles.xml" {
            assert!(xml.contains("仿宋_GB2312"));
        }
    }

    // User text with markup stays text in the XML too.
    let mut hostile = report.clone();
    hostile.title = "</w:t><w:p>&\u{1}".to_string();
    let files = unzip(&render_docx(&hostile));
    let (_, doc) = files
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .expect("document part");
    let text = xml_text(std::str::from_utf8(doc).expect("utf-8"));
    assert!(text.starts_with("</w:t><w:p>&"));
}
