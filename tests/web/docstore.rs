//! The document moved from localStorage into IndexedDB and saved there
//! change by change (`luoshi::web::docstore`), in Chromium.

use chrono::NaiveDate;
use luoshi::app::storage;
use luoshi::plan::{Activity, ActivityId};
use luoshi::store::{self, SaveAt};
use luoshi::web::docstore;
use luoshi::web::idb::{self, Durability};
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

async fn fresh() {
    idb::close();
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let req = factory.delete_database(idb::DB_NAME).unwrap();
    let _ = JsFuture::from(idb::request_done(&req)).await;
    storage::area().unwrap().clear().unwrap();
}

fn at(revision: u64) -> SaveAt {
    SaveAt {
        revision,
        saved_at: "2026-11-27T09:00:00+08:00".into(),
        as_of: NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
    }
}

#[wasm_bindgen_test]
async fn docstore_moves_the_localstorage_document_keeping_every_record_and_the_old_keys() {
    fresh().await;
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let doc = luoshi::seed::example_document(2026, as_of);
    assert!(doc.activities.len() > 100, "a real ledger");
    let raw = luoshi::format::encode_compact(&doc);
    storage::write_document(&raw).unwrap();

    let marker = docstore::migrate(&doc, &at(1)).await.unwrap();
    assert_eq!(marker.doc, doc.plan.id.as_str());
    assert_eq!(docstore::marker(), Some(marker.clone()));
    assert_eq!(
        storage::read(storage::DOC_KEY).unwrap().as_deref(),
        Some(raw.as_str()),
        "the localStorage document stays as the backup"
    );
    let loaded = docstore::load(&marker.doc).await.unwrap().expect("rows");
    assert!(loaded.unreadable.is_empty());
    assert_eq!(loaded.doc, store::stored_order(&doc), "every record back");
    assert_eq!(loaded.meta.map(|m| m.revision), Some(1));
    assert_eq!(
        loaded.summary.map(|s| s.activities),
        Some(doc.activities.len() as u64)
    );
    fresh().await;
}

#[wasm_bindgen_test]
async fn docstore_saves_an_added_activity_as_its_row_with_meta_and_summary() {
    fresh().await;
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let before = luoshi::seed::example_document(2026, as_of);
    docstore::migrate(&before, &at(1)).await.unwrap();
    let mut after = before.clone();
    let mut added: Activity = after.activities[0].clone();
    added.id = ActivityId::from("added-1");
    added.title = "新增的一次培训".into();
    after.activities.push(added);

    let keys = docstore::save(Some(&before), &after, &at(2), Durability::Relaxed)
        .await
        .unwrap();
    assert_eq!(
        keys.len(),
        3,
        "the activity, meta and summary rows: {keys:?}"
    );
    let id = before.plan.id.as_str();
    let loaded = docstore::load(id).await.unwrap().expect("rows");
    assert_eq!(loaded.doc, store::stored_order(&after));
    assert_eq!(loaded.meta.map(|m| m.revision), Some(2));
    fresh().await;
}

#[wasm_bindgen_test]
async fn docstore_a_move_over_stale_rows_of_an_earlier_move_still_checks_out() {
    fresh().await;
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let doc = luoshi::seed::example_document(2026, as_of);
    // An earlier move wrote a row the document no longer has, and did not
    // switch (no marker).
    let stale = luoshi::store::RowKey::new(
        doc.plan.id.as_str(),
        luoshi::store::RowKind::Activity,
        "gone-1",
    )
    .encode();
    let mut with_gone = doc.clone();
    let mut gone = with_gone.activities[0].clone();
    gone.id = ActivityId::from("gone-1");
    with_gone.activities.push(gone);
    docstore::save(None, &with_gone, &at(1), Durability::Strict)
        .await
        .unwrap();
    assert!(idb::read_one(&stale).await.unwrap().is_some());

    docstore::migrate(&doc, &at(1)).await.unwrap();
    assert_eq!(idb::read_one(&stale).await.unwrap(), None);
    let loaded = docstore::load(doc.plan.id.as_str()).await.unwrap().unwrap();
    assert_eq!(loaded.doc, store::stored_order(&doc));
    fresh().await;
}
