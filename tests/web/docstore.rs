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
    let id = doc.plan.id.as_str();
    let has_stale = |rows: Vec<(String, String)>| rows.iter().any(|(k, _)| *k == stale);
    assert!(has_stale(docstore::read_rows(id).await.unwrap()));

    docstore::migrate(&doc, &at(1)).await.unwrap();
    assert!(!has_stale(docstore::read_rows(id).await.unwrap()));
    let loaded = docstore::load(doc.plan.id.as_str()).await.unwrap().unwrap();
    assert_eq!(loaded.doc, store::stored_order(&doc));
    fresh().await;
}

#[wasm_bindgen_test]
async fn docstore_a_record_deleted_from_a_pack_stays_deleted_and_a_changed_one_changed() {
    fresh().await;
    let as_of = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let before = luoshi::seed::example_document(2026, as_of);
    assert!(
        before.activities.len() >= store::PACK_FROM,
        "the move writes packs"
    );
    let marker = docstore::migrate(&before, &at(1)).await.unwrap();
    let id = marker.doc.as_str();
    let stored_keys = idb::read_prefix(&store::RowKey::doc_prefix(id))
        .await
        .unwrap();
    assert!(
        stored_keys.len() < before.activities.len(),
        "records many to a row: {} rows for {} activities",
        stored_keys.len(),
        before.activities.len()
    );
    // One activity changed, one deleted: written as single rows over the
    // packs' copies.
    let mut after = before.clone();
    after.activities[0].title = "改过的活动".into();
    let gone = after.activities.remove(5);
    after.tombstones.push(luoshi::plan::Tombstone {
        kind: luoshi::plan::RecordKind::Activity,
        id: gone.id.as_str().to_string(),
        deleted_at: chrono::DateTime::parse_from_rfc3339("2026-11-27T09:00:00+08:00").unwrap(),
    });
    docstore::load(id).await.unwrap().expect("rows");
    docstore::save(Some(&before), &after, &at(2), Durability::Relaxed)
        .await
        .unwrap();
    let loaded = docstore::load(id).await.unwrap().expect("rows");
    assert!(loaded.unreadable.is_empty());
    assert_eq!(loaded.doc, store::stored_order(&after));
    assert!(loaded.doc.activities.iter().all(|a| a.id != gone.id));
    fresh().await;
}
