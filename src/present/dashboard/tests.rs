//! The one dashboard renderer: the first screen paints exactly what the app
//! shows (on documents generated from the seed at many dates, in both
//! languages), every control's attributes read back as its action, and the
//! filters, quick dates and offers follow what is chosen.

use chrono::NaiveDate;

use crate::engine::{evaluate, Status};
use crate::i18n::Lang;
use crate::plan::{Document, SectionId, TargetId};
use crate::present::{first_screen_html, FirstScreen, Notice};
use crate::seed::{default_document, example_document};

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn target_href(id: &TargetId) -> String {
    format!("#/targets/{id}")
}

const LINKS: DashLinks<'static> = DashLinks {
    target: &target_href,
    history: "#/history",
    ledger: "#/ledger",
    plan: "#/plan",
};

/// The dashboard of `doc` as of `as_of`, opened on `today`.
fn render(
    doc: &Document,
    as_of: NaiveDate,
    today: NaiveDate,
    lang: Lang,
    filter: &DashFilter,
    controls: Controls,
    first_open: bool,
) -> String {
    let progress = evaluate(doc, as_of);
    dashboard_html(&Dashboard {
        doc,
        progress: &progress,
        today,
        lang,
        filter,
        controls,
        first_open,
        links: &LINKS,
    })
}

fn app(doc: &Document, as_of: NaiveDate, filter: &DashFilter) -> String {
    render(
        doc,
        as_of,
        as_of,
        Lang::Zh,
        filter,
        Controls::Enabled,
        false,
    )
}

/// Every `data-action` in `html` with the `data-value` of the same tag.
fn actions(html: &str) -> Vec<(String, Option<String>)> {
    html.split('<')
        .filter_map(|tag| {
            let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
            let attr = |name: &str| {
                let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
                Some(tag[at..at + tag[at..].find('"')?].to_string())
            };
            Some((attr("data-action")?, attr("data-value")))
        })
        .collect()
}

/// The documents the tests run on: the seed's example ledger at the end of
/// every month of a year, and the default plan with nothing recorded.
fn documents() -> Vec<(Document, NaiveDate)> {
    let mut docs: Vec<_> = (1..=12)
        .map(|m| {
            let as_of = d(2026, m, 28);
            (example_document(2026, as_of), as_of)
        })
        .collect();
    docs.push((default_document(2027, ""), d(2027, 3, 10)));
    docs
}

#[test]
fn the_first_screen_paints_the_apps_own_dashboard_with_its_controls_off() {
    for (doc, today) in documents() {
        for lang in [Lang::Zh, Lang::En] {
            let first_open = doc.activities.is_empty();
            let progress = evaluate(&doc, today);
            let nav = [("#/dashboard".to_string(), "总览")];
            let notice = if first_open {
                Notice::Welcome
            } else {
                Notice::None
            };
            let page = first_screen_html(&FirstScreen {
                doc: &doc,
                progress: &progress,
                today,
                lang,
                nav: &nav,
                links: &LINKS,
                notice,
            });
            let off = DashFilter::default();
            let painted = render(
                &doc,
                today,
                today,
                lang,
                &off,
                Controls::Disabled,
                first_open,
            );
            assert!(page.contains(&painted), "{today} {lang:?}");
            // The app's copy differs only in its controls answering.
            let app = render(
                &doc,
                today,
                today,
                lang,
                &off,
                Controls::Enabled,
                first_open,
            );
            assert!(painted.contains(" disabled>"));
            assert_eq!(painted.replace(" disabled>", ">"), app, "{today} {lang:?}");
            // The app's two parts are the copy's, in its places.
            let d = Dashboard {
                doc: &doc,
                progress: &progress,
                today,
                lang,
                filter: &off,
                controls: Controls::Enabled,
                first_open,
                links: &LINKS,
            };
            let (head, body) = (dashboard_head_html(&d), dashboard_body_html(&d));
            assert!(app.contains(&format!(
                "<div class=\"view-head\">{head}</div><div class=\"dash-body\">{body}</div>"
            )));
        }
    }
}

#[test]
fn every_button_says_what_it_does_and_every_action_is_offered() {
    let today = d(2026, 7, 15);
    let example = example_document(2026, today);
    let mut empty = example.clone();
    empty.activities.clear();
    empty.readings.clear();
    let filter = DashFilter {
        unit: "机关党委".to_string(),
        ..DashFilter::default()
    };
    let mut read = Vec::new();
    for html in [app(&example, today, &filter), app(&empty, today, &filter)] {
        let found = actions(&html);
        assert!(found.len() > 8, "{found:?}");
        for (action, value) in found {
            let a = DashAction::read(&action, value.as_deref());
            assert!(a.is_some(), "{action} {value:?} reads as no action");
            read.extend(a);
        }
    }
    let has = |f: fn(&DashAction) -> bool| read.iter().any(f);
    assert!(has(|a| *a == DashAction::Print));
    assert!(has(|a| matches!(a, DashAction::Status(_))));
    assert!(read.contains(&DashAction::AsOf(today)));
    assert!(read.contains(&DashAction::AsOf(d(2026, 6, 30))));
    assert!(has(|a| *a == DashAction::ClearFilters));
    assert!(has(|a| *a == DashAction::LoadExample));
    assert!(has(|a| *a == DashAction::StartBlank));
    // Anything else is no action.
    assert_eq!(DashAction::read("status", Some("purple")), None);
    assert_eq!(DashAction::read("as-of", Some("2026-02-30")), None);
    assert_eq!(DashAction::read("as-of", None), None);
    assert_eq!(DashAction::read("edit", None), None);
}

#[test]
fn a_status_chip_filters_the_rows_and_shows_it_is_pressed() {
    let today = d(2026, 11, 27);
    let doc = example_document(2026, today);
    let all = app(&doc, today, &DashFilter::default());
    assert!(!all.contains("aria-pressed=\"true\" data-action=\"status\""));
    assert!(!all.contains("data-action=\"clear-filters\""));
    let rows = |html: &str| html.matches("<li class=\"target-row ").count();
    let total = rows(&all);
    assert_eq!(total, doc.plan.targets().count());

    let behind = toggle_status(&DashFilter::default(), Status::Behind);
    assert_eq!(behind.status, Some(Status::Behind));
    let html = app(&doc, today, &behind);
    let n = evaluate(&doc, today)
        .targets
        .iter()
        .filter(|p| p.status == Status::Behind)
        .count();
    assert!(n > 0 && n < total, "{n} of {total} behind");
    assert_eq!(rows(&html), n);
    assert!(html.contains("aria-pressed=\"true\" data-action=\"status\" data-value=\"behind\">"));
    assert!(html.contains("<option value=\"behind\" selected>"));
    assert!(html.contains("data-action=\"clear-filters\""));
    // Pressed again: every status.
    assert_eq!(
        toggle_status(&behind, Status::Behind),
        DashFilter::default()
    );
    assert_eq!(
        toggle_status(&behind, Status::OnTrack).status,
        Some(Status::OnTrack)
    );
}

#[test]
fn the_filter_lists_choose_and_show_their_choice() {
    let today = d(2026, 11, 27);
    let doc = example_document(2026, today);
    let none = DashFilter::default();
    let section = doc.plan.sections[1].id.to_string();
    let f = choose_filter(&none, FILTER_SECTION, &section);
    assert_eq!(f.section, Some(SectionId(section.clone())));
    let html = app(&doc, today, &f);
    assert_eq!(html.matches("<section class=\"dash-section\"").count(), 1);
    assert!(html.contains(&format!("<option value=\"{section}\" selected>")));
    assert_eq!(choose_filter(&f, FILTER_SECTION, ""), none);

    let f = choose_filter(&none, FILTER_UNIT, "人事处");
    assert_eq!(f.unit, "人事处");
    let html = app(&doc, today, &f);
    assert!(html.contains("<option value=\"人事处\" selected>人事处</option>"));
    assert!(html.matches("<li class=\"target-row ").count() > 0);
    assert!(!html.contains("牵头：机关党委"));

    let f = choose_filter(&none, FILTER_STATUS, "on_track");
    assert_eq!(f.status, Some(Status::OnTrack));
    assert_eq!(choose_filter(&f, FILTER_STATUS, ""), none);
    // A status no longer known, or a list that is not one: unchanged.
    assert_eq!(choose_filter(&f, FILTER_STATUS, "purple"), f);
    assert_eq!(choose_filter(&f, "colour", "green"), f);
    // Nothing kept: the note, no section.
    let f = DashFilter {
        unit: "无此单位".to_string(),
        ..none
    };
    let html = app(&doc, today, &f);
    assert!(
        html.contains("<p class=\"empty-note\">没有符合筛选条件的指标。</p>"),
        "{html}"
    );
    assert!(!html.contains("dash-section"));
}

#[test]
fn the_quick_date_of_the_figures_is_the_pressed_one() {
    let today = d(2026, 8, 12);
    let doc = example_document(2026, today);
    let none = DashFilter::default();
    let pressed = |html: &str| {
        html.split("<button class=\"btn btn-small\" type=\"button\" aria-pressed=\"true\"")
            .skip(1)
            .map(|rest| {
                let at = rest.find("data-value=\"").unwrap() + 12;
                rest[at..at + 10].to_string()
            })
            .collect::<Vec<_>>()
    };
    let on = |as_of| {
        render(
            &doc,
            as_of,
            today,
            Lang::Zh,
            &none,
            Controls::Enabled,
            false,
        )
    };
    assert_eq!(pressed(&on(today)), ["2026-08-12"]);
    assert_eq!(pressed(&on(d(2026, 7, 31))), ["2026-07-31"]);
    assert_eq!(pressed(&on(d(2026, 6, 30))), ["2026-06-30"]);
    assert_eq!(pressed(&on(d(2025, 12, 31))), ["2025-12-31"]);
    assert!(pressed(&on(d(2026, 5, 1))).is_empty());
    assert!(on(d(2026, 6, 30)).contains("数据截至 2026年6月30日"));
}

#[test]
fn the_offers_follow_the_ledger_and_the_plan() {
    let today = d(2026, 3, 1);
    let none = DashFilter::default();
    let fresh = default_document(2026, "");
    let on = |doc: &Document, first_open| {
        render(
            doc,
            today,
            today,
            Lang::Zh,
            &none,
            Controls::Enabled,
            first_open,
        )
    };
    // An empty ledger after the first open: the offer, with the ledger's link.
    let html = on(&fresh, false);
    assert!(html.contains("<section class=\"card empty-ledger no-print\""));
    assert!(html.contains("<a class=\"btn\" href=\"#/ledger\">"));
    // On the first open the welcome offer is the app's, not the dashboard's.
    assert!(!on(&fresh, true).contains("empty-ledger"));
    assert!(!on(&example_document(2026, today), false).contains("empty-ledger"));
    // No target: a link to the plan editor, and no lists or charts.
    let mut bare = fresh.clone();
    for s in &mut bare.plan.sections {
        s.targets.clear();
    }
    assert!(!has_targets(&bare));
    let html = on(&bare, false);
    assert!(html.contains("<a href=\"#/plan\">"), "{html}");
    for part in [
        "attention",
        "filters",
        "dash-section",
        "chart-slot",
        "empty-ledger",
    ] {
        assert!(!html.contains(part), "{part}");
    }
    assert!(on(&fresh, false).contains("<div class=\"chart-slot\" data-chart=\"dashboard\">"));
}

#[test]
fn escapes_every_text_of_the_document_in_the_apps_markup_too() {
    let today = d(2026, 7, 1);
    let mut doc = example_document(2026, today);
    doc.plan.sections[0].title = "<script>alert(1)</script>".to_string();
    doc.plan.sections[0].targets[0].title = "\"><img src=x onerror=alert(2)>".to_string();
    doc.plan.sections[0].targets[0].lead_unit = "A&B<i>".to_string();
    doc.plan.sections[0].id = SectionId("s\"1".to_string());
    let filter = DashFilter {
        unit: "A&B<i>".to_string(),
        ..DashFilter::default()
    };
    let html = app(&doc, today, &filter);
    assert!(!html.contains("<script"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("<i>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("<option value=\"A&amp;B&lt;i&gt;\" selected>"));
    assert!(html.contains("id=\"sec-s&quot;1\""));
}

#[test]
fn bars_are_capped_and_coloured_by_status() {
    use crate::frac::Frac;
    assert_eq!(bar_width(Frac::new(1, 8)), "12.5%");
    assert_eq!(bar_width(Frac::new(3, 2)), "100.0%");
    assert_eq!(status_class(Status::FarBehind), "status-red");
    assert_eq!(status_class(Status::DueSoon), "status-blue");
}
