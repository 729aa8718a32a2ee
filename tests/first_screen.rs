//! The first screen painted before the app's code (present::first_screen):
//! its figures worked out by hand, its text escaped, its controls disabled.
//! That it matches the app's own markup is checked in the browser
//! (tests/e2e/first_paint.test.mjs).

use chrono::{DateTime, NaiveDate};

use luoshi::engine::{evaluate, Status};
use luoshi::i18n::Lang;
use luoshi::plan::{
    Activity, ActivityId, Document, Plan, Section, SectionId, Stamp, Target, TargetId, TargetKind,
};
use luoshi::present::{
    can_paint_first, first_screen_html, reminder_due, DashLinks, FirstScreen, Notice,
};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn stamp() -> Stamp {
    DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").unwrap()
}

fn target(id: &str, title: &str, kind: TargetKind, lead: &str) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: title.to_string(),
        kind,
        unit: "次".to_string(),
        lead_unit: lead.to_string(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

fn activity(id: &str, date: NaiveDate, target: &str) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId::from(id),
        date,
        title: "培训".to_string(),
        targets: vec![TargetId::from(target)],
        quantity: 1,
        people: Vec::new(),
        lead_unit: String::new(),
        notes: String::new(),
        updated_at: stamp(),
    }
}

/// One section with a target of 12 sessions in 2026 (three held by March)
/// and one of 4, none held; a title and a unit that need escaping.
fn doc() -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".to_string(),
        plan: Plan {
            id: Default::default(),
            rules: Default::default(),
            stamps: Default::default(),
            title: "2026年<工作>计划".to_string(),
            start: d(2026, 1, 1),
            end: d(2026, 12, 31),
            sections: vec![Section {
                id: SectionId::from("s1"),
                title: "（一）学习 & 培训".to_string(),
                targets: vec![
                    target(
                        "train",
                        "专题培训 <b>\"12\"</b>",
                        TargetKind::Count { target: 12 },
                        "机关党委",
                    ),
                    target("visit", "走访", TargetKind::Count { target: 4 }, "A&B处"),
                ],
            }],
            units: vec!["机关党委".into()],
            people: Default::default(),
            updated_at: stamp(),
        },
        activities: vec![
            activity("a1", d(2026, 1, 15), "train"),
            activity("a2", d(2026, 2, 15), "train"),
            activity("a3", d(2026, 3, 15), "train"),
        ],
        readings: Vec::new(),
        tombstones: Vec::new(),
    }
}

const NAV: [(&str, &str); 2] = [("#/dashboard", "总览"), ("#/ledger", "台账")];

fn paint(doc: &Document, today: NaiveDate, lang: Lang) -> String {
    paint_with(doc, today, lang, Notice::None)
}

fn paint_with(doc: &Document, today: NaiveDate, lang: Lang, notice: Notice) -> String {
    let progress = evaluate(doc, today);
    let nav: Vec<(String, &'static str)> = NAV.iter().map(|(h, n)| (h.to_string(), *n)).collect();
    first_screen_html(&FirstScreen {
        doc,
        progress: &progress,
        today,
        lang,
        nav: &nav,
        links: &DashLinks {
            target: &|id| format!("#/targets/{id}"),
            history: "#/history",
            ledger: "#/ledger",
            plan: "#/plan",
        },
        notice,
    })
}

/// The text of the first element after `marker`, up to the next `<`.
fn text_after<'a>(html: &'a str, marker: &str) -> &'a str {
    let start = html
        .find(marker)
        .unwrap_or_else(|| panic!("{marker} not in the page"))
        + marker.len();
    let rest = &html[start..];
    let open = rest.find('>').unwrap() + 1;
    let rest = &rest[open..];
    &rest[..rest.find('<').unwrap()]
}

#[test]
fn paints_the_plan_figures_worked_out_by_hand() {
    // As of 2026-07-01: 序时进度 182/365 = 49.86% → 49.9%; plan completion
    // is the mean of 3/12 = 25% and 0/4 = 0%, 12.5%.
    let html = paint(&doc(), d(2026, 7, 1), Lang::Zh);
    assert_eq!(
        text_after(&html, "data-testid=\"plan-completion\""),
        "12.5%"
    );
    assert_eq!(
        text_after(&html, "data-testid=\"plan-time-progress\""),
        "49.9%"
    );
    assert!(html.contains("aria-label=\"完成率 12.5%，序时进度 49.9%\""));
    // The bars' lengths, for the shell to set through the DOM.
    assert!(html.contains("<div class=\"bar-fill\" data-w=\"12.5%\"></div><div class=\"bar-marker\" data-l=\"49.9%\"></div>"));
    assert!(
        html.contains("data-w=\"25.0%\""),
        "the 12-session target is a quarter done"
    );
    assert!(html.contains("数据截至 2026年7月1日"));
    assert!(html.contains("计划期 2026年1月1日 至 2026年12月31日"));
    // Every target in plan order, each linked to its page.
    let train = html.find("data-target=\"train\"").unwrap();
    let visit = html.find("data-target=\"visit\"").unwrap();
    assert!(train < visit);
    assert!(html.contains("href=\"#/targets/visit\">走访</a>"));
    assert!(html.contains("<span class=\"quiet small\">2 项</span>"));
    // The dashboard is the current view; the as-of date is today.
    assert!(html.contains("<a href=\"#/dashboard\" aria-current=\"page\">总览</a>"));
    assert!(html.contains("<a href=\"#/ledger\">台账</a>"));
    assert!(html.contains("value=\"2026-07-01\""));
}

/// The plan's figure and bar take the colour of the plan's status under the
/// document's rules — yellow a few points behind under "any shortfall",
/// red far behind under the house rule — never the brand red for every
/// case. The app's dashboard sets the same class from the same
/// `PlanProgress::status` (src/app/views/dashboard.rs); the browser test
/// `first paint matches the app` compares the two element by element.
#[test]
fn colours_the_plan_figure_and_bar_by_the_plan_status() {
    use luoshi::plan::{Pace, Rules};
    use luoshi::rules::Preset;
    // One target of 20 in 2026, by month: 序时进度 on 07-15 is 6/12 = 50%.
    let with = |done: usize, preset: Preset| {
        let mut x = doc();
        x.plan.rules = preset.apply(Rules {
            pace: Pace::Month,
            ..Rules::by_day()
        });
        x.plan.sections[0].targets =
            vec![target("t", "培训", TargetKind::Count { target: 20 }, "A")];
        x.activities = (0..done)
            .map(|i| activity(&format!("a{i}"), d(2026, 3, 1), "t"))
            .collect();
        x
    };
    let classes = |x: &Document| {
        let html = paint(x, d(2026, 7, 15), Lang::Zh);
        let figure = html.contains("class=\"big-number status-");
        let colour = |marker: &str| {
            let at = html.find(marker).unwrap_or_else(|| panic!("{marker}")) + marker.len();
            html[at..].split('"').next().unwrap_or_default().to_string()
        };
        assert!(figure, "the plan's figure has a status class");
        (
            colour("class=\"big-number "),
            colour("class=\"bar bar-plan "),
            evaluate(x, d(2026, 7, 15)).status,
        )
    };
    // 9 of 20 = 45%: 5 points behind, yellow under "any shortfall".
    let (figure, bar, status) = classes(&with(9, Preset::AnyShortfall));
    assert_eq!(status, Status::Behind);
    assert_eq!(
        (figure.as_str(), bar.as_str()),
        ("status-yellow", "status-yellow")
    );
    // The same under the house rule (5 points, not more than 10): yellow.
    let (figure, _, _) = classes(&with(9, Preset::House));
    assert_eq!(figure, "status-yellow");
    // 7 of 20 = 35%: 15 points behind, red under the house rule, still
    // yellow under "any shortfall" (red only when overdue).
    let (figure, bar, status) = classes(&with(7, Preset::House));
    assert_eq!(status, Status::FarBehind);
    assert_eq!(
        (figure.as_str(), bar.as_str()),
        ("status-red", "status-red")
    );
    assert_eq!(classes(&with(7, Preset::AnyShortfall)).0, "status-yellow");
    // 10 of 20 = 50%: on pace, green.
    assert_eq!(classes(&with(10, Preset::House)).0, "status-green");
    // 9 of 20 under 10/30: 5 points behind is less than 10, on track.
    assert_eq!(classes(&with(9, Preset::TenThirty)).0, "status-green");
    // 8 of 20 = 40%: exactly 10 behind, yellow under 10/30 (以上).
    assert_eq!(classes(&with(8, Preset::TenThirty)).0, "status-yellow");
}

#[test]
fn escapes_every_text_from_the_document() {
    let html = paint(&doc(), d(2026, 7, 1), Lang::Zh);
    assert!(!html.contains("<b>"), "a title's markup is shown as text");
    assert!(html.contains("专题培训 &lt;b&gt;&quot;12&quot;&lt;/b&gt;"));
    assert!(html.contains("<h1 class=\"plan-title\">2026年&lt;工作&gt;计划</h1>"));
    assert!(html.contains("（一）学习 &amp; 培训"));
    assert!(html.contains("<option value=\"A&amp;B处\">A&amp;B处</option>"));
}

#[test]
fn every_control_waits_for_the_app() {
    let html = paint(&doc(), d(2026, 7, 1), Lang::Zh);
    for tag in ["<button", "<select", "<input"] {
        let n = html.matches(tag).count();
        assert!(n > 0, "the first screen has {tag}");
        let disabled = html
            .split(tag)
            .skip(1)
            .filter(|rest| rest[..rest.find('>').unwrap()].ends_with(" disabled"))
            .count();
        assert_eq!(
            disabled, n,
            "every {tag} is disabled until the app has mounted"
        );
    }
    // No inline style: the page's policy would refuse it.
    assert!(!html.contains("style="));
}

#[test]
fn speaks_english_when_asked() {
    let html = paint(&doc(), d(2026, 7, 1), Lang::En);
    assert!(html.contains("Plan completion"), "{html}");
    assert!(
        html.contains("lang=\"zh-CN\""),
        "the language button offers Chinese"
    );
    assert!(!html.contains("计划完成率"));
}

#[test]
fn leaves_the_offers_to_the_app() {
    let mut empty_ledger = doc();
    empty_ledger.activities.clear();
    assert!(
        !can_paint_first(&empty_ledger, false),
        "the empty ledger's offer"
    );
    assert!(
        can_paint_first(&empty_ledger, true),
        "a first open: the welcome offer"
    );
    let mut no_targets = doc();
    no_targets.plan.sections[0].targets.clear();
    assert!(!can_paint_first(&no_targets, false));
    assert!(!can_paint_first(&no_targets, true));
    assert!(can_paint_first(&doc(), false));
}

#[test]
fn paints_the_notice_the_app_shows_on_opening() {
    let today = d(2026, 7, 1);
    let welcome = paint_with(&doc(), today, Lang::Zh, Notice::Welcome);
    assert!(welcome.contains("<div class=\"banners\"><section class=\"banner banner-welcome\""));
    assert!(welcome.contains(">载入示例台账</button>"));
    let reminder = paint_with(&doc(), today, Lang::Zh, Notice::Reminder(Some(9)));
    assert!(reminder.contains("class=\"banner banner-reminder\""));
    assert!(reminder.contains("9"), "{reminder}");
    let none = paint(&doc(), today, Lang::Zh);
    assert!(none.contains("<div class=\"banners\"></div>"));
}

#[test]
fn reminds_to_export_after_the_chosen_days() {
    let today = d(2026, 7, 10);
    // Exported on 1 July, reminded every 7 days: due on the 8th, 9 days on the 10th.
    assert_eq!(
        reminder_due(7, Some(d(2026, 7, 1)), None, true, today),
        Some(Some(9))
    );
    assert_eq!(
        reminder_due(7, Some(d(2026, 7, 4)), None, true, today),
        None,
        "6 days"
    );
    assert_eq!(
        reminder_due(7, Some(d(2026, 7, 3)), None, true, today),
        Some(Some(7))
    );
    // Never exported: due once records are 7 days old.
    assert_eq!(
        reminder_due(7, None, Some(d(2026, 7, 3)), true, today),
        Some(None)
    );
    assert_eq!(
        reminder_due(7, None, Some(d(2026, 7, 4)), true, today),
        None
    );
    assert_eq!(
        reminder_due(7, None, None, true, today),
        None,
        "records from today"
    );
    // Nothing to lose, or reminders off.
    assert_eq!(
        reminder_due(7, Some(d(2026, 1, 1)), None, false, today),
        None
    );
    assert_eq!(
        reminder_due(0, Some(d(2026, 1, 1)), None, true, today),
        None
    );
}
