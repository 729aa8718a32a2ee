//! Component tests of the browser shell in headless Chromium: routes,
//! browser storage through gloo-storage, and the mounted app's DOM.
//!
//! Run by `./x test` (wasm-bindgen-test-runner drives Chromium).
#![cfg(target_arch = "wasm32")]

use chrono::NaiveDate;
use luoshi::app::route::{percent_decode, percent_encode, Route};
use luoshi::app::storage::{self, Settings, StoreError};
use luoshi::i18n::Lang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[path = "web/docstore.rs"]
mod docstore;
#[path = "web/idb.rs"]
mod idb;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits until `cond` holds, up to ten seconds (debug builds are slow).
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        sleep(20).await;
    }
    let body = document()
        .body()
        .map(|b| b.inner_text())
        .unwrap_or_default();
    let stored: Vec<String> = storage::keys();
    panic!("timed out waiting for: {what}\nstorage keys: {stored:?}\npage: {body}");
}

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn clear_storage() {
    storage::area().unwrap().clear().unwrap();
}

// ---------- routes ----------

fn check_route(hash: &str, expected: Route) {
    assert_eq!(Route::parse(hash), expected, "parsing {hash:?}");
}

#[wasm_bindgen_test]
fn routes_parse() {
    check_route("", Route::Dashboard);
    check_route("#", Route::Dashboard);
    check_route("#/", Route::Dashboard);
    check_route("#/dashboard", Route::Dashboard);
    check_route("#/ledger", Route::Ledger);
    check_route("#/ledger/", Route::Ledger);
    check_route("#/targets", Route::Targets);
    check_route("#/targets/t-3", Route::Target("t-3".into()));
    check_route("#/targets/%E5%9F%B9%E8%AE%AD", Route::Target("培训".into()));
    check_route("#/targets/%ZZ", Route::Targets);
    check_route("#/targets/a/b", Route::Dashboard);
    check_route("#/history", Route::History);
    check_route("#/plan", Route::Plan);
    check_route("#/data", Route::Data);
    check_route("#/report", Route::Report);
    check_route("#/help", Route::Help);
    check_route("#/help?x=1", Route::Help);
    check_route("#/intake", Route::Intake);
    check_route("#/reporting", Route::Reporting);
    check_route("#/duban", Route::Duban(None));
    check_route("#/duban/t-3", Route::Duban(Some("t-3".into())));
    check_route("#/nonsense", Route::Dashboard);
    check_route("#/LEDGER", Route::Dashboard);
    check_route("#main-content", Route::Dashboard);
}

#[wasm_bindgen_test]
fn routes_format_and_round_trip() {
    let all = [
        (Route::Dashboard, "#/dashboard"),
        (Route::Ledger, "#/ledger"),
        (Route::Targets, "#/targets"),
        (Route::Target("t-1".into()), "#/targets/t-1"),
        (
            Route::Target("专题 培训/1".into()),
            "#/targets/%E4%B8%93%E9%A2%98%20%E5%9F%B9%E8%AE%AD%2F1",
        ),
        (Route::History, "#/history"),
        (Route::Plan, "#/plan"),
        (Route::Data, "#/data"),
        (Route::Report, "#/report"),
        (Route::Help, "#/help"),
        (Route::Intake, "#/intake"),
        (Route::Reporting, "#/reporting"),
        (Route::Duban(None), "#/duban"),
        (Route::Duban(Some("t-1".into())), "#/duban/t-1"),
    ];
    for (route, hash) in all {
        assert_eq!(route.to_hash(), hash);
        assert_eq!(Route::parse(hash), route);
    }
    assert_eq!(Route::Target("x".into()).section(), Route::Targets);
    assert_eq!(Route::History.section(), Route::History);
    assert_eq!(Route::Intake.section(), Route::Intake);
    assert_eq!(Route::History.nav_section(), Route::Targets);
    assert_eq!(Route::Intake.nav_section(), Route::Plan);
    assert_eq!(Route::Target("x".into()).nav_section(), Route::Targets);
    assert_eq!(Route::Ledger.nav_section(), Route::Ledger);
    assert_eq!(percent_encode("a b"), "a%20b");
    assert_eq!(percent_decode("a%20b").as_deref(), Some("a b"));
    assert_eq!(percent_decode("%E4%B8"), None, "cut UTF-8 is refused");
    assert_eq!(percent_decode("%4"), None, "short escape is refused");
}

// ---------- storage ----------

#[wasm_bindgen_test]
fn settings_round_trip_through_gloo_storage() {
    clear_storage();
    assert_eq!(storage::read_settings(), Settings::default());
    let s = Settings {
        lang: Lang::En,
        last_export: Some(d("2026-11-20")),
        reminder_days: 14,
        since: Some(d("2026-03-02")),
    };
    storage::write_settings(&s).unwrap();
    assert_eq!(storage::read_settings(), s);
    // Written as plain JSON that gloo-storage can read back too.
    let raw: serde_json::Value =
        <gloo_storage::LocalStorage as gloo_storage::Storage>::get(storage::SETTINGS_KEY).unwrap();
    assert_eq!(raw["lang"], "en");
    assert_eq!(raw["reminder_days"], 14);
    // A damaged value falls back to the defaults instead of failing.
    storage::write_verified(storage::SETTINGS_KEY, "{not json").unwrap();
    assert_eq!(storage::read_settings(), Settings::default());
}

#[wasm_bindgen_test]
fn document_round_trip_and_meta() {
    clear_storage();
    let doc = luoshi::seed::default_document(2026, "办公室");
    let raw = luoshi::format::encode_compact(&doc);
    storage::write_document(&raw).unwrap();
    let back = storage::read(storage::DOC_KEY).unwrap().unwrap();
    assert_eq!(luoshi::format::decode(&back).unwrap(), doc);

    assert_eq!(storage::read_meta().rev, 0);
    let meta = storage::Meta {
        rev: 7,
        saved_on: Some(d("2026-11-27")),
        saved_at: "2026-11-27T09:30:00+08:00".into(),
    };
    storage::write_meta(&meta).unwrap();
    assert_eq!(storage::read_meta(), meta);
}

#[wasm_bindgen_test]
fn snapshots_keep_the_last_seven_days() {
    clear_storage();
    for day in 1..=9 {
        let date = d(&format!("2026-11-{day:02}"));
        storage::keep_snapshot(date, &format!("state of day {day}")).unwrap();
    }
    let days: Vec<NaiveDate> = storage::snapshots().iter().map(|s| s.day).collect();
    let expected: Vec<NaiveDate> = (3..=9).map(|n| d(&format!("2026-11-{n:02}"))).collect();
    assert_eq!(days, expected);
    let third = storage::read(&storage::snapshot_key(d("2026-11-03"))).unwrap();
    assert_eq!(third.as_deref(), Some("state of day 3"));
    // Each snapshot's size: key and value in UTF-16, two bytes a unit.
    let s = &storage::snapshots()[0];
    assert_eq!(
        s.bytes,
        2 * (s.key.len() as u64 + "state of day 3".len() as u64)
    );
}

#[wasm_bindgen_test]
fn usage_counts_document_and_snapshots() {
    clear_storage();
    storage::write_document("文档").unwrap();
    storage::keep_snapshot(d("2026-11-01"), "ab").unwrap();
    let u = storage::usage();
    assert_eq!(u.document, 2 * (storage::DOC_KEY.len() as u64 + 2));
    let snap_key = storage::snapshot_key(d("2026-11-01"));
    assert_eq!(u.snapshots, 2 * (snap_key.len() as u64 + 2));
    assert_eq!(u.total, u.document + u.snapshots);
    assert_eq!(u.budget, 10 * 1024 * 1024);
}

#[wasm_bindgen_test]
fn a_full_storage_gives_way_to_the_document_and_then_reports_quota() {
    clear_storage();
    storage::keep_snapshot(d("2026-11-01"), &"x".repeat(1_000_000)).unwrap();
    storage::keep_snapshot(d("2026-11-02"), &"y".repeat(1_000_000)).unwrap();
    // Fill what is left with a key the app does not own.
    let area = storage::area().unwrap();
    let block = "z".repeat(250_000);
    let mut n = 0;
    while area.set_item(&format!("filler{n}"), &block).is_ok() {
        n += 1;
    }
    // A document of 1.5 M characters fits only once both snapshots are gone.
    let big = "d".repeat(1_500_000);
    // Too big even with both snapshots gone: they are written back.
    let huge = "h".repeat(4_000_000);
    assert_eq!(storage::write_document(&huge), Err(StoreError::Quota));
    assert_eq!(
        storage::snapshots().len(),
        2,
        "no snapshot dropped for nothing"
    );
    // The days dropped are returned, for the user to be told.
    assert_eq!(
        storage::write_document(&big).unwrap(),
        vec![d("2026-11-01"), d("2026-11-02")]
    );
    assert!(
        storage::snapshots().is_empty(),
        "snapshots dropped for the document"
    );
    assert_eq!(
        storage::read(storage::DOC_KEY).unwrap().unwrap().len(),
        big.len()
    );
    // Nothing left to drop: the write fails loudly and the old document stays.
    let bigger = "e".repeat(4_000_000);
    assert_eq!(storage::write_document(&bigger), Err(StoreError::Quota));
    assert_eq!(storage::read(storage::DOC_KEY).unwrap().unwrap(), big);
    clear_storage();
}

// ---------- the mounted app ----------

/// `root.querySelectorAll`, without the NodeList binding.
fn query_all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let f: js_sys::Function = js_sys::Reflect::get(root, &"querySelectorAll".into())
        .unwrap()
        .unchecked_into();
    let list = f.call1(root, &selector.into()).unwrap();
    js_sys::Array::from(&list)
        .iter()
        .map(|n| n.unchecked_into::<web_sys::Element>())
        .collect()
}

fn nav_texts(host: &web_sys::Element) -> Vec<String> {
    query_all(host, "nav a")
        .into_iter()
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

fn button_with_text(host: &web_sys::Element, text: &str) -> Option<web_sys::HtmlElement> {
    query_all(host, "button")
        .into_iter()
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
}

#[wasm_bindgen_test]
async fn app_shows_navigation_title_and_switches_language() {
    clear_storage();
    let _ = web_sys::window().unwrap().location().set_hash("#/help");
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), luoshi::app::App);

    until("navigation", || nav_texts(&host).len() == 8).await;
    assert_eq!(
        nav_texts(&host),
        ["总览", "台账", "指标", "计划", "数据", "报送", "报告", "帮助"]
    );
    let h1 = host.query_selector("h1").unwrap().unwrap();
    assert!(
        h1.text_content().unwrap().contains("工作"),
        "plan title in h1: {:?}",
        h1.text_content()
    );
    let current = host
        .query_selector("nav a[aria-current=page]")
        .unwrap()
        .unwrap();
    assert_eq!(current.text_content().unwrap(), "帮助");
    // The help page states 序时进度.
    assert!(host.text_content().unwrap().contains("序时进度"));
    // First open: the offer of the example ledger.
    assert!(button_with_text(&host, "载入示例台账").is_some());

    button_with_text(&host, "English").unwrap().click();
    until("English navigation", || nav_texts(&host)[0] == "Dashboard").await;
    assert_eq!(
        nav_texts(&host),
        [
            "Dashboard",
            "Ledger",
            "Targets",
            "Plan",
            "Data",
            "Reporting",
            "Report",
            "Help"
        ]
    );
    assert!(button_with_text(&host, "中文").is_some());
    let html = document().document_element().unwrap();
    assert_eq!(html.get_attribute("lang").as_deref(), Some("en"));
    until("settings saved", || {
        storage::read_settings().lang == Lang::En
    })
    .await;

    // Navigating by hash changes the view.
    let _ = web_sys::window().unwrap().location().set_hash("#/data");
    until("data view", || {
        host.query_selector(".view-data").unwrap().is_some()
    })
    .await;
    let current = host
        .query_selector("nav a[aria-current=page]")
        .unwrap()
        .unwrap();
    assert_eq!(current.text_content().unwrap(), "Data");

    button_with_text(&host, "中文").unwrap().click();
    until("Chinese again", || nav_texts(&host)[0] == "总览").await;
    until("settings saved", || {
        storage::read_settings().lang == Lang::Zh
    })
    .await;
    drop(handle);
    host.remove();
    let _ = web_sys::window().unwrap().location().set_hash("");
    clear_storage();
}

#[wasm_bindgen_test]
async fn loading_the_example_is_saved_and_undoable() {
    clear_storage();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), luoshi::app::App);
    until("offer", || {
        button_with_text(&host, "载入示例台账").is_some()
    })
    .await;
    button_with_text(&host, "载入示例台账").unwrap().click();
    until("saved", || {
        storage::read(storage::DOC_KEY).ok().flatten().is_some()
    })
    .await;
    let stored =
        luoshi::format::decode(&storage::read(storage::DOC_KEY).unwrap().unwrap()).unwrap();
    assert!(
        !stored.activities.is_empty(),
        "the example ledger was saved"
    );
    assert_eq!(storage::read_meta().rev, 1);

    // The toast's undo puts the empty ledger back, and that is saved too.
    until("undo button", || button_with_text(&host, "撤销").is_some()).await;
    button_with_text(&host, "撤销").unwrap().click();
    until("undo saved", || storage::read_meta().rev == 2).await;
    let stored =
        luoshi::format::decode(&storage::read(storage::DOC_KEY).unwrap().unwrap()).unwrap();
    assert!(
        stored.activities.is_empty(),
        "undo restored the empty ledger"
    );
    drop(handle);
    host.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn an_unreadable_stored_document_is_kept_and_reported() {
    clear_storage();
    storage::write_verified(storage::DOC_KEY, "{\"format\":\"luoshi\",\"version\":99}").unwrap();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), luoshi::app::App);
    until("recovery notice", || {
        host.text_content()
            .unwrap_or_default()
            .contains("浏览器中保存的数据无法读取")
    })
    .await;
    assert!(
        host.text_content().unwrap().contains("更新版本"),
        "the reason is shown"
    );
    assert_eq!(
        storage::read(storage::RECOVERY_KEY).unwrap().as_deref(),
        Some("{\"format\":\"luoshi\",\"version\":99}"),
        "the unreadable document is kept as it was"
    );
    drop(handle);
    host.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn a_save_that_finds_another_tabs_newer_save_merges_both() {
    use chrono::Datelike;
    use luoshi::plan::{Activity, ActivityId, TargetId};
    clear_storage();
    let host = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), luoshi::app::App);
    until("offer", || {
        button_with_text(&host, "载入示例台账").is_some()
    })
    .await;

    // "Another tab" saves the default plan with one activity of its own
    // under a newer revision, and this tab has not heard of it (no storage
    // event reaches the tab that wrote); then this tab loads the example.
    // A change is saved at once, so its save finds the other's and merges.
    let today = luoshi::app::clock::today();
    let mut theirs = luoshi::seed::default_document(today.year(), "");
    let first_target = theirs.plan.sections[0].targets[7].id.clone();
    assert_eq!(first_target, TargetId::from("t1-08"));
    theirs.activities.push(Activity {
        id: ActivityId::from("other-tab-1"),
        date: NaiveDate::from_ymd_opt(today.year(), 2, 3).unwrap(),
        title: "另一个窗口登记的培训".into(),
        targets: vec![first_target],
        quantity: 1,
        people: Vec::new(),
        lead_unit: String::new(),
        notes: String::new(),
        recorded_by: String::new(),
        evidence: Vec::new(),
        updated_at: luoshi::app::clock::now(),
    });
    storage::write_document(&luoshi::format::encode_compact(&theirs)).unwrap();
    storage::write_meta(&storage::Meta {
        rev: 5,
        saved_on: Some(today),
        saved_at: String::new(),
    })
    .unwrap();
    button_with_text(&host, "载入示例台账").unwrap().click();

    until("merged save", || storage::read_meta().rev == 6).await;
    let stored =
        luoshi::format::decode(&storage::read(storage::DOC_KEY).unwrap().unwrap()).unwrap();
    let example = luoshi::seed::example_document(today.year(), today);
    assert_eq!(stored.activities.len(), example.activities.len() + 1);
    assert!(stored
        .activities
        .iter()
        .any(|a| a.id.as_str() == "other-tab-1"));
    until("told", || {
        host.text_content()
            .unwrap_or_default()
            .contains("另一个窗口也保存了修改")
    })
    .await;
    drop(handle);
    host.remove();
    clear_storage();
}
