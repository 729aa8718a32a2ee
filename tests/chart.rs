//! Chart series checked against hand computation, and the SVG smoke-tested:
//! present, well formed, scaled to its container, user text escaped.

use chrono::NaiveDate;
use luoshi::chart::data::{
    cadence_cells, cumulative, dashboard_rows, monthly, plan_trend, readings, Level, Step,
};
use luoshi::chart::svg::{
    cadence_svg, clean_label, cumulative_svg, dashboard_svg, monthly_svg, readings_svg, responsive,
    size_of, trend_svg,
};
use luoshi::engine::{evaluate, PeriodState};
use luoshi::fixed::Fixed;
use luoshi::frac::Frac;
use luoshi::i18n::report::{EN, ZH};
use luoshi::period::Period;
use luoshi::plan::{
    Activity, ActivityId, Document, Reading, ReadingId, ReadingValue, Stamp, Target, TargetId,
};
use luoshi::seed::{default_document, example_document};

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn stamp() -> Stamp {
    "2026-01-01T09:00:00+08:00".parse().expect("test stamp")
}

fn act(doc: &mut Document, target: &str, date: &str, quantity: u32, people: &[&str]) {
    let n = doc.activities.len();
    doc.activities.push(Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId(format!("a{n}")),
        date: d(date),
        title: format!("活动{n}"),
        targets: vec![TargetId::from(target)],
        quantity,
        people: people.iter().map(|p| p.to_string()).collect(),
        lead_unit: String::new(),
        notes: String::new(),
        updated_at: stamp(),
    });
}

fn reading(doc: &mut Document, target: &str, date: &str, value: ReadingValue) {
    let n = doc.readings.len();
    doc.readings.push(Reading {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ReadingId(format!("r{n}")),
        target: TargetId::from(target),
        date: d(date),
        value,
        notes: String::new(),
        updated_at: stamp(),
    });
}

fn target<'a>(doc: &'a Document, id: &str) -> &'a Target {
    doc.plan
        .target(&TargetId::from(id))
        .expect("target in the default plan")
}

fn step(date: &str, total: u64) -> Step {
    Step {
        date: d(date),
        total,
    }
}

/// 专题培训 6 次 with 1 on 01-15, 2 + 1 on 03-10 and 1 on 07-01.
fn training() -> Document {
    let mut doc = default_document(2026, "市政府办公室");
    act(&mut doc, "t1-08", "2026-01-15", 1, &[]);
    act(&mut doc, "t1-08", "2026-03-10", 2, &[]);
    act(&mut doc, "t1-08", "2026-03-10", 1, &[]);
    act(&mut doc, "t1-08", "2026-07-01", 1, &[]);
    doc
}

#[test]
fn cumulative_series_of_a_count() {
    let doc = training();
    let as_of = d("2026-07-01");
    let p = evaluate(&doc, as_of);
    let t = target(&doc, "t1-08");
    let f = p.get(&t.id).expect("figures");
    let c = cumulative(&doc, t, f, as_of).expect("a count has a cumulative chart");
    assert_eq!(
        c.steps,
        vec![
            step("2026-01-01", 0),
            step("2026-01-15", 1),
            step("2026-03-10", 4),
            step("2026-07-01", 5),
        ]
    );
    assert_eq!(
        (c.goal, c.max, c.start, c.end),
        (6, None, d("2026-01-01"), d("2026-12-31"))
    );
    assert_eq!(c.total_at(d("2026-03-09")), 1);
    assert_eq!(c.total_at(d("2026-03-10")), 4);
    // Plan line: 6 × 182/365 at 07-01; 6 × 365/365 at the end.
    assert_eq!(c.plan_at(d("2026-07-01")), Frac::new(1092, 365));
    assert_eq!(c.plan_at(d("2026-12-31")), Frac::from_int(6));
    // Sundays from 01-04 to 06-28 (26 of them), then the as-of date.
    let weekly = c.weekly();
    assert_eq!(weekly.len(), 27);
    assert_eq!(
        &weekly[..3],
        &[
            step("2026-01-04", 0),
            step("2026-01-11", 0),
            step("2026-01-18", 1)
        ]
    );
    assert_eq!(weekly[26], step("2026-07-01", 5));
    // The series ends where the engine's count does.
    assert_eq!(f.actual, luoshi::engine::Measure::Count(5));

    let bars: Vec<u64> = monthly(&doc, f, as_of).iter().map(|b| b.done).collect();
    assert_eq!(bars, vec![1, 0, 3, 0, 0, 0, 1]);
    assert_eq!(
        monthly(&doc, f, as_of)[2].month,
        Period::Month {
            year: 2026,
            month: 3
        }
    );
}

#[test]
fn cumulative_series_of_a_per_person_target_caps_each_person() {
    let mut doc = default_document(2026, "市政府办公室");
    act(&mut doc, "t1-03", "2026-01-10", 3, &["张建国", "李红梅"]);
    act(&mut doc, "t1-03", "2026-02-10", 3, &["张建国"]);
    act(&mut doc, "t1-03", "2026-02-20", 5, &["路人甲"]);
    let as_of = d("2026-03-01");
    let p = evaluate(&doc, as_of);
    let t = target(&doc, "t1-03");
    let f = p.get(&t.id).expect("figures");
    let c = cumulative(&doc, t, f, as_of).expect("per person is cumulative");
    // 张建国 3 then capped at 4 (+1); 李红梅 3: 6, then 7; a stranger adds nothing.
    assert_eq!(
        c.steps,
        vec![
            step("2026-01-01", 0),
            step("2026-01-10", 6),
            step("2026-02-10", 7)
        ]
    );
    assert_eq!(c.goal, 20);
    assert_eq!(f.actual, luoshi::engine::Measure::Count(7));
}

#[test]
fn cadence_cells_follow_the_calendar() {
    let mut doc = default_document(2026, "市政府办公室");
    for date in [
        "2026-01-15",
        "2026-02-10",
        "2026-04-08",
        "2026-04-22",
        "2026-05-06",
    ] {
        act(&mut doc, "t1-02", date, 1, &[]);
    }
    let p = evaluate(&doc, d("2026-05-20"));
    let cells = cadence_cells(p.get(&TargetId::from("t1-02")).expect("figures"));
    let states: Vec<PeriodState> = cells.iter().map(|c| c.state).collect();
    use PeriodState::*;
    assert_eq!(
        states,
        vec![Met, Met, Missed, Met, Met, Future, Future, Future, Future, Future, Future, Future]
    );
    assert_eq!(cells[3].count, 2);
    // Weekly: 53 cells in 2026.
    let p = evaluate(&doc, d("2026-05-20"));
    assert_eq!(
        cadence_cells(p.get(&TargetId::from("t1-05")).expect("figures")).len(),
        53
    );
}

#[test]
fn readings_series_of_measured_targets() {
    let mut doc = default_document(2026, "市政府办公室");
    let counts = |numerator, denominator| ReadingValue::Counts {
        numerator,
        denominator,
    };
    reading(&mut doc, "t3-04", "2026-02-28", counts(93, 100));
    reading(&mut doc, "t3-04", "2026-01-31", counts(115, 120));
    let v = |s: &str| ReadingValue::Value(s.parse::<Fixed>().expect("fixed"));
    reading(&mut doc, "t4-01", "2026-03-31", v("2.8"));
    reading(&mut doc, "t4-01", "2026-06-30", v("2.4"));
    reading(&mut doc, "t3-02", "2026-03-31", v("82"));
    let p = evaluate(&doc, d("2026-07-01"));

    let t = target(&doc, "t3-04");
    let r = readings(&doc, t, p.get(&t.id).expect("figures")).expect("ratio");
    assert_eq!(
        r.points,
        vec![
            (d("2026-01-31"), Level::Ratio(Frac::new(115, 120))),
            (d("2026-02-28"), Level::Ratio(Frac::new(208, 220))),
        ]
    );
    assert_eq!(r.line, Level::Ratio(Frac::new(95, 100)));

    let t = target(&doc, "t4-01");
    let r = readings(&doc, t, p.get(&t.id).expect("figures")).expect("improvement");
    // Baseline 3.0 days, 30% lower: aim at 2.1 days.
    assert_eq!(r.line, Level::Value("2.1".parse().expect("fixed")));
    assert_eq!(r.baseline, Some(Fixed::from_int(3)));
    assert!(r.lower_is_better);
    assert_eq!(r.points.len(), 2);
    assert_eq!(
        r.points[1],
        (d("2026-06-30"), Level::Value("2.4".parse().expect("fixed")))
    );

    let t = target(&doc, "t3-02");
    let r = readings(&doc, t, p.get(&t.id).expect("figures")).expect("threshold");
    assert_eq!(r.line, Level::Value(Fixed::from_int(90)));
    assert_eq!(
        r.points,
        vec![(d("2026-03-31"), Level::Value(Fixed::from_int(82)))]
    );
    // Other kinds have no readings chart.
    let t = target(&doc, "t1-08");
    assert!(readings(&doc, t, p.get(&t.id).expect("figures")).is_none());
}

#[test]
fn dashboard_rows_and_plan_trend() {
    let doc = training();
    let p = evaluate(&doc, d("2026-03-15"));
    let rows = dashboard_rows(&doc, &p);
    assert_eq!(rows.len(), 30);
    assert_eq!(rows[7].title, "全年组织专题培训6次");
    assert_eq!(rows[7].completion, Frac::new(4, 6));
    assert_eq!(rows[7].time_progress, Frac::new(74, 365));

    // Only 专题培训 moves: 1/6 then 4/6 of one target among 30.
    let trend = plan_trend(&doc, d("2026-03-15"));
    assert_eq!(
        trend,
        vec![
            (d("2026-01-31"), Frac::new(1, 180), Frac::new(31, 365)),
            (d("2026-02-28"), Frac::new(1, 180), Frac::new(59, 365)),
            (d("2026-03-15"), Frac::new(1, 45), Frac::new(74, 365)),
        ]
    );
}

// ---- SVG smoke tests ----

/// Checks that `xml` is well formed: tags balance, attributes are quoted,
/// entities are known. Returns the text content.
fn well_formed(xml: &str) -> String {
    let mut stack: Vec<String> = Vec::new();
    let mut text = String::new();
    let mut rest = xml;
    while let Some(lt) = rest.find('<') {
        let chunk = &rest[..lt];
        assert!(!chunk.contains('>'), "stray > in text {chunk:?}");
        check_entities(chunk);
        text.push_str(chunk);
        let gt = rest[lt..].find('>').expect("tag closes") + lt;
        let tag = &rest[lt + 1..gt];
        assert!(!tag.contains('<'), "stray < in tag {tag}");
        assert_eq!(tag.matches('"').count() % 2, 0, "quotes balance in {tag}");
        check_entities(tag);
        if tag.starts_with('?') || tag.starts_with('!') {
        } else if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(stack.pop().as_deref(), Some(name.trim()), "closing {name}");
        } else if !tag.ends_with('/') {
            stack.push(tag.split_whitespace().next().expect("tag name").to_string());
        }
        rest = &rest[gt + 1..];
    }
    assert!(rest.trim().is_empty(), "text after the root");
    assert!(stack.is_empty(), "unclosed {stack:?}");
    text
}

fn check_entities(s: &str) {
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        let semi = rest[amp..].find(';').expect("entity ends") + amp;
        let name = &rest[amp + 1..semi];
        assert!(
            ["amp", "lt", "gt", "quot", "apos"].contains(&name) || name.starts_with('#'),
            "unknown entity {name}"
        );
        rest = &rest[semi + 1..];
    }
}

fn hostile_doc() -> Document {
    let mut doc = example_document(2026, d("2026-11-27"));
    doc.plan.sections[0].targets[7].title = "<script>alert(1)</script>".to_string();
    doc.plan.sections[0].targets[8].title = "</text><image href=x onerror=alert(1)>".to_string();
    doc.plan.sections[0].targets[7].unit = "<b>".to_string();
    doc
}

#[test]
fn every_chart_is_well_formed_svg_with_user_text_escaped() {
    let doc = hostile_doc();
    let as_of = d("2026-11-27");
    let p = evaluate(&doc, as_of);
    let mut svgs = Vec::new();
    for msgs in [&ZH, &EN] {
        svgs.push(dashboard_svg(&dashboard_rows(&doc, &p), msgs));
        svgs.push(trend_svg(
            &plan_trend(&doc, as_of),
            doc.plan.start,
            doc.plan.end,
            msgs,
        ));
        for (_, t) in doc.plan.targets() {
            let f = p.get(&t.id).expect("figures");
            if let Some(c) = cumulative(&doc, t, f, as_of) {
                svgs.push(cumulative_svg(&c, &t.unit, msgs));
                svgs.push(monthly_svg(&monthly(&doc, f, as_of), &t.unit, msgs));
            }
            let cells = cadence_cells(f);
            if !cells.is_empty() {
                svgs.push(cadence_svg(&cells, msgs));
            }
            if let Some(r) = readings(&doc, t, f) {
                svgs.push(readings_svg(&r, &t.unit, msgs));
            }
        }
    }
    assert!(svgs.len() > 40);
    // For a look at the charts: LUOSHI_CHART_DIR=/tmp/charts cargo test --test chart
    if let Some(dir) = std::env::var_os("LUOSHI_CHART_DIR") {
        for (i, svg) in svgs.iter().enumerate() {
            let path = std::path::Path::new(&dir).join(format!("chart-{i:02}.svg"));
            std::fs::write(path, svg).expect("write chart");
        }
    }
    for svg in &svgs {
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(svg.contains("xmlns=\"http://www.w3.org/2000/svg\""));
        well_formed(svg);
        for bad in ["<script", "<image", "<b>"] {
            assert!(!svg.contains(bad), "{bad} unescaped");
        }
        let scaled = responsive(svg, "<script>x</script> 图表");
        well_formed(&scaled);
        let head = &scaled[..scaled.find('>').expect("root tag")];
        assert!(head.contains("width=\"100%\""));
        assert!(!head.contains(" height=\""), "the height follows the width");
        assert!(scaled.contains("<title>&lt;script&gt;x&lt;/script&gt; 图表</title>"));
        let (w, h) = size_of(svg).expect("a viewBox");
        assert_eq!(w, 720);
        assert!(h >= 100);
    }
    // The dashboard names its targets, escaped, in the page's font stack.
    let dash = &svgs[0];
    let text = well_formed(dash);
    assert!(text.contains("&lt;script&gt;alert(1)&lt;/s…"));
    assert!(text.contains("&lt;/text&gt;&lt;image href=…"));
    assert!(dash.contains("font-family=\"PingFang SC, Microsoft YaHei, Noto Sans CJK SC"));
    assert!(text.contains("建立“第一议题”学习制度"));
    assert!(text.contains("83.3%"), "the 12 processes' completion");
}

#[test]
fn labels_are_cleaned_and_shortened() {
    let check = |input: &str, max, expected: &str| assert_eq!(clean_label(input, max), expected);
    check("  全年组织\n专题培训6次 ", 20, "全年组织 专题培训6次");
    check("a\u{1}b\u{7f}c", 20, "abc");
    check("一二三四五六七八九十", 5, "一二三四…");
    check("一二三四五", 5, "一二三四五");
}
