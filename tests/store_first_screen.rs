//! The first screen painted from the stored form without the ledger: the
//! plan's rows and the summary row, written by a save and read back as
//! text, draw exactly the dashboard the whole document draws; a summary of
//! another day, revision or plan is never painted; the saver's own figures
//! make the same summary row as evaluating again.
//!
//! The documents are the seed's example ledger (src/seed/example.rs), the
//! one the welcome offer loads, at the end of every month of its year.

use chrono::{Days, NaiveDate};

use luoshi::engine::{evaluate, PlanProgress};
use luoshi::i18n::Lang;
use luoshi::plan::{Activity, ActivityId, Document, TargetId};
use luoshi::present::{
    can_paint_first, dashboard_html, first_screen_html, Controls, DashFilter, DashLinks, Dashboard,
    FirstScreen, Notice, PlanCounts,
};
use luoshi::seed::example_document;
use luoshi::store::{self, FirstKeys, FirstRows, NotPainted, Row, SaveAt};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// The last day of every month of 2026.
fn month_ends() -> Vec<NaiveDate> {
    (1..=12)
        .map(|m| {
            let next = if m == 12 {
                d(2027, 1, 1)
            } else {
                d(2026, m + 1, 1)
            };
            next.checked_sub_days(Days::new(1)).unwrap()
        })
        .collect()
}

fn at(revision: u64, as_of: NaiveDate) -> SaveAt {
    SaveAt {
        revision,
        saved_at: "2026-12-07T09:00:00+08:00".into(),
        as_of,
    }
}

/// The stored rows of a first save of `doc`, as key and value text.
fn stored(doc: &Document, at: &SaveAt) -> Vec<(String, String)> {
    store::save(None, doc, at)
        .put
        .into_iter()
        .map(|Row { key, value }| (key.encode(), value))
        .collect()
}

/// What the first module reads of `rows`: the meta and summary rows and
/// the plan's rows, by their keys alone.
struct Read {
    meta: Option<String>,
    summary: Option<String>,
    plan: Vec<(String, String)>,
}

fn read(doc_id: &str, rows: &[(String, String)]) -> Read {
    let keys = FirstKeys::of(doc_id);
    let value = |k: &str| {
        rows.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let mut plan: Vec<(String, String)> = rows
        .iter()
        .filter(|(k, _)| k.starts_with(&keys.plan_prefix))
        .cloned()
        .collect();
    plan.sort();
    Read {
        meta: value(&keys.meta),
        summary: value(&keys.summary),
        plan,
    }
}

fn first(doc_id: &str, r: &Read, today: NaiveDate) -> Result<FirstRows, NotPainted> {
    store::first_screen(
        doc_id,
        r.meta.as_deref(),
        r.summary.as_deref(),
        &r.plan,
        today,
    )
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

fn screen(
    source: &dyn luoshi::present::DashSource,
    progress: &PlanProgress,
    today: NaiveDate,
    lang: Lang,
) -> String {
    let nav = [
        ("#/dashboard".to_string(), "总览"),
        ("#/ledger".to_string(), "台账"),
    ];
    first_screen_html(&FirstScreen {
        doc: source,
        progress,
        today,
        lang,
        nav: &nav,
        links: &LINKS,
        notice: Notice::Reminder(Some(9)),
    })
}

fn dashboard(
    source: &dyn luoshi::present::DashSource,
    progress: &PlanProgress,
    today: NaiveDate,
    lang: Lang,
    controls: Controls,
) -> String {
    dashboard_html(&Dashboard {
        doc: source,
        progress,
        today,
        lang,
        filter: &DashFilter::default(),
        controls,
        first_open: false,
        links: &LINKS,
    })
}

#[test]
fn the_plan_rows_and_summary_row_draw_the_dashboard_of_the_whole_document() {
    for today in month_ends() {
        let doc = example_document(2026, today);
        let id = doc.plan.id.as_str().to_string();
        let rows = first(&id, &read(&id, &stored(&doc, &at(5, today))), today)
            .unwrap_or_else(|why| panic!("{today}: {why:?}"));
        assert_eq!(rows.plan, doc.plan, "{today}");
        let s = &rows.summary;
        assert!(!s.unassigned);
        let counts = PlanCounts {
            plan: &rows.plan,
            activities: s.activities,
            readings: s.readings,
        };
        assert!(can_paint_first(&counts, false), "{today}");
        let progress = evaluate(&doc, today);
        for lang in [Lang::Zh, Lang::En] {
            for controls in [Controls::Disabled, Controls::Enabled] {
                assert_eq!(
                    dashboard(&counts, &s.progress, today, lang, controls),
                    dashboard(&doc, &progress, today, lang, controls),
                    "{today} {lang:?} {controls:?}"
                );
            }
            assert_eq!(
                screen(&counts, &s.progress, today, lang),
                screen(&doc, &progress, today, lang),
                "{today} {lang:?}"
            );
        }
    }
}

#[test]
fn the_summary_keeps_every_figure_and_none_of_the_records_counted() {
    let today = d(2026, 11, 30);
    let doc = example_document(2026, today);
    let progress = evaluate(&doc, today);
    let summary = store::summary_from(&doc, &progress, 3);
    let text = luoshi::format::stored::encode_summary(&summary);
    let back = store::read_summary(&text).unwrap();
    assert_eq!(back, summary);
    assert_eq!(back.progress, luoshi::format::stored::figures(&progress));
    // Every figure is there: only the lists of records counted are not.
    assert!(progress.targets.iter().any(|t| !t.activities.is_empty()));
    let mut without = progress.clone();
    for t in &mut without.targets {
        t.activities.clear();
        t.readings.clear();
    }
    assert_eq!(back.progress, without);
    assert_eq!(back.activities, doc.activities.len() as u64);
    assert_eq!(back.readings, doc.readings.len() as u64);
    for a in doc.activities.iter().take(50) {
        assert!(
            !text.contains(&format!("\"{}\"", a.id)),
            "the summary holds the activity {}",
            a.id
        );
    }
    // Every kind of detail is in the example ledger, and read back.
    let kinds: Vec<&str> = text
        .split("\"detail\":{\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect();
    for kind in ["per_person", "cadence", "milestone", "measured"] {
        assert!(kinds.contains(&kind), "{kind} in {kinds:?}");
    }
}

#[test]
fn the_savers_figures_make_the_same_summary_row_without_evaluating_again() {
    for today in [d(2026, 3, 31), d(2026, 11, 30)] {
        let doc = example_document(2026, today);
        let progress = evaluate(&doc, today);
        assert_eq!(
            store::summary_from(&doc, &progress, 9),
            store::summary(&doc, today, 9)
        );
        let at = at(9, today);
        assert_eq!(
            store::save_with(None, &doc, &at, Some(&progress)),
            store::save(None, &doc, &at)
        );
        // Figures of another day, or of another plan, are not taken for
        // today's: the document is evaluated then.
        let yesterday = evaluate(&doc, today.pred_opt().unwrap());
        assert_eq!(
            store::save_with(None, &doc, &at, Some(&yesterday)),
            store::save(None, &doc, &at)
        );
        let mut other = progress.clone();
        other.targets.pop();
        assert_eq!(
            store::save_with(None, &doc, &at, Some(&other)),
            store::save(None, &doc, &at)
        );
        let mut before = doc.clone();
        before.activities.pop();
        assert_eq!(
            store::save_with(Some(&before), &doc, &at, Some(&progress)),
            store::save(Some(&before), &doc, &at)
        );
    }
}

#[test]
fn a_summary_of_another_day_revision_or_plan_is_never_painted() {
    let today = d(2026, 9, 30);
    let doc = example_document(2026, today);
    let id = doc.plan.id.as_str().to_string();
    let keys = FirstKeys::of(&id);
    let rows = stored(&doc, &at(5, today));
    let good = read(&id, &rows);
    assert!(first(&id, &good, today).is_ok());

    // The next day: yesterday's figures are stale.
    let tomorrow = today.succ_opt().unwrap();
    assert!(matches!(
        first(&id, &good, tomorrow),
        Err(NotPainted::Stale {
            revision: 5,
            stored: 5,
            ..
        })
    ));
    // A later save whose summary row is not the meta row's revision.
    let later = stored(&doc, &at(6, today));
    let value = |rows: &[(String, String)], k: &str| {
        rows.iter()
            .find(|(key, _)| key == k)
            .map(|(_, v)| v.clone())
    };
    let mixed = Read {
        meta: value(&later, &keys.meta),
        ..read(&id, &rows)
    };
    assert!(matches!(
        first(&id, &mixed, today),
        Err(NotPainted::Stale {
            revision: 5,
            stored: 6,
            ..
        })
    ));
    // The plan's rows of a plan without its last target, beside a summary
    // of the plan with it.
    let mut fewer = doc.clone();
    let last = fewer
        .plan
        .sections
        .iter_mut()
        .rev()
        .find(|s| !s.targets.is_empty())
        .unwrap();
    last.targets.pop();
    let misfit = Read {
        plan: read(&id, &stored(&fewer, &at(5, today))).plan,
        ..read(&id, &rows)
    };
    assert!(matches!(
        first(&id, &misfit, today),
        Err(NotPainted::Misfit)
    ));
    // A section's row missing, or unreadable.
    let mut gone = read(&id, &rows);
    gone.plan
        .retain(|(k, _)| !k.ends_with(&format!("/s:{}", doc.plan.sections[1].id)));
    assert!(matches!(
        first(&id, &gone, today),
        Err(NotPainted::PlanIncomplete)
    ));
    let mut broken = read(&id, &rows);
    let at_section = broken
        .plan
        .iter()
        .position(|(k, _)| k.contains("/s:"))
        .unwrap();
    broken.plan[at_section].1 = "{\"id\":".into();
    assert!(matches!(
        first(&id, &broken, today),
        Err(NotPainted::PlanIncomplete)
    ));
    broken.plan.retain(|(k, _)| k.contains("/s:"));
    assert!(matches!(
        first(&id, &broken, today),
        Err(NotPainted::NoPlan)
    ));
    // No meta row, no summary row, or either unreadable.
    let none = Read {
        meta: None,
        ..read(&id, &rows)
    };
    assert!(matches!(first(&id, &none, today), Err(NotPainted::NoMeta)));
    let none = Read {
        summary: None,
        ..read(&id, &rows)
    };
    assert!(matches!(
        first(&id, &none, today),
        Err(NotPainted::NoSummary)
    ));
    let bad = Read {
        summary: Some("{\"revision\":5}".into()),
        ..read(&id, &rows)
    };
    assert!(matches!(
        first(&id, &bad, today),
        Err(NotPainted::Summary(_))
    ));
    let bad = Read {
        meta: Some("[]".into()),
        ..read(&id, &rows)
    };
    assert!(matches!(first(&id, &bad, today), Err(NotPainted::Meta(_))));
    // Rows of a newer layout: the app's to read or refuse.
    let newer = Read {
        meta: good
            .meta
            .as_ref()
            .map(|m| m.replace("\"layout\":2", "\"layout\":3")),
        ..read(&id, &rows)
    };
    assert!(matches!(
        first(&id, &newer, today),
        Err(NotPainted::OtherVersion { layout: 3, .. })
    ));
    // Rows of layout 1 (before records were packed): the first screen's
    // rows are the same, and it is painted.
    let older = Read {
        meta: good
            .meta
            .as_ref()
            .map(|m| m.replace("\"layout\":2", "\"layout\":1")),
        ..read(&id, &rows)
    };
    assert!(first(&id, &older, today).is_ok());
}

#[test]
fn records_of_no_target_and_an_empty_ledger_leave_the_first_screen_to_the_app() {
    let today = d(2026, 6, 30);
    let mut doc = example_document(2026, today);
    let id = doc.plan.id.as_str().to_string();
    let mut stray: Activity = doc.activities[0].clone();
    stray.id = ActivityId::from("stray-1");
    stray.targets = vec![TargetId::from("no-such-target")];
    doc.activities.push(stray);
    let rows = first(&id, &read(&id, &stored(&doc, &at(2, today))), today).unwrap();
    assert!(rows.summary.unassigned);

    let mut empty = example_document(2026, today);
    empty.activities.clear();
    empty.readings.clear();
    let rows = first(&id, &read(&id, &stored(&empty, &at(2, today))), today).unwrap();
    assert!(!rows.summary.has_records());
    let counts = PlanCounts {
        plan: &rows.plan,
        activities: rows.summary.activities,
        readings: rows.summary.readings,
    };
    assert!(!can_paint_first(&counts, false));
    // The app's dashboard of it offers the example: the same from the rows.
    let progress = evaluate(&empty, today);
    assert_eq!(
        dashboard(
            &counts,
            &rows.summary.progress,
            today,
            Lang::Zh,
            Controls::Enabled
        ),
        dashboard(&empty, &progress, today, Lang::Zh, Controls::Enabled)
    );
}

#[test]
fn a_summary_row_made_on_a_later_day_paints_that_day_and_never_a_later_revision() {
    let saved = d(2026, 10, 30);
    let today = d(2026, 11, 2);
    let doc = example_document(2026, saved);
    let id = doc.plan.id.as_str().to_string();
    let rows = stored(&doc, &at(5, saved));
    assert!(matches!(
        first(&id, &read(&id, &rows), today),
        Err(NotPainted::Stale { .. })
    ));
    let progress = evaluate(&doc, today);
    let row = store::summary_row(&doc, today, 5, Some(&progress));
    assert_eq!(row, store::summary_row(&doc, today, 5, None));
    let refreshed = Read {
        summary: Some(row.value.clone()),
        ..read(&id, &rows)
    };
    let painted = first(&id, &refreshed, today).unwrap();
    assert_eq!(painted.summary.progress.as_of, today);
    assert_eq!(
        dashboard(
            &PlanCounts {
                plan: &painted.plan,
                activities: painted.summary.activities,
                readings: painted.summary.readings,
            },
            &painted.summary.progress,
            today,
            Lang::Zh,
            Controls::Disabled
        ),
        dashboard(&doc, &progress, today, Lang::Zh, Controls::Disabled)
    );
    // Another tab saved revision 6 meanwhile: the row made for 5 is stale.
    let later = stored(&doc, &at(6, today));
    let keys = FirstKeys::of(&id);
    let raced = Read {
        meta: later
            .iter()
            .find(|(k, _)| *k == keys.meta)
            .map(|(_, v)| v.clone()),
        ..refreshed
    };
    assert!(matches!(
        first(&id, &raced, today),
        Err(NotPainted::Stale {
            revision: 5,
            stored: 6,
            ..
        })
    ));
}
