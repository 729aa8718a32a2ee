//! The document's IndexedDB adapter (`luoshi::web::idb`) in Chromium: one
//! transaction per change, reads by prefix, the other tabs' notice, and a
//! newer build taking the database.

use luoshi::web::idb::{self, Announcement, Durability, IdbError};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;

use super::{sleep, until};

fn row(k: &str, v: &str) -> (String, String) {
    (k.to_string(), v.to_string())
}

async fn delete_database() {
    idb::close();
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let req = factory.delete_database(idb::DB_NAME).unwrap();
    let _ = JsFuture::from(idb::request_done(&req)).await;
}

#[wasm_bindgen_test]
async fn idb_writes_a_change_in_one_transaction_and_reads_by_prefix() {
    delete_database().await;
    idb::put_and_delete(
        &[
            row("t-a/act/2", "二"),
            row("t-a/act/1", "一"),
            row("t-a/meta", "{\"rev\":1}"),
            row("t-b/act/1", "另一计划"),
        ],
        &[],
        Durability::Strict,
    )
    .await
    .unwrap();
    assert_eq!(
        idb::read_prefix("t-a/").await.unwrap(),
        vec![
            row("t-a/act/1", "一"),
            row("t-a/act/2", "二"),
            row("t-a/meta", "{\"rev\":1}")
        ],
        "the document's rows in key order, none of the other document's"
    );
    idb::put_and_delete(
        &[row("t-a/act/2", "二改"), row("t-a/act/3", "三")],
        &["t-a/act/1".to_string()],
        Durability::Relaxed,
    )
    .await
    .unwrap();
    assert_eq!(
        idb::read_prefix("t-a/act/").await.unwrap(),
        vec![row("t-a/act/2", "二改"), row("t-a/act/3", "三")]
    );
    assert_eq!(idb::read_one("t-a/act/1").await.unwrap(), None);
    assert_eq!(
        idb::read_one("t-b/act/1").await.unwrap().as_deref(),
        Some("另一计划")
    );
    delete_database().await;
}

#[wasm_bindgen_test]
async fn idb_announces_a_write_to_the_other_listeners() {
    let heard = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = heard.clone();
    let stop = idb::listen(move |a| sink.borrow_mut().push(a)).expect("BroadcastChannel");
    let sent = Announcement {
        rev: 7,
        keys: vec!["t-a/act/1".into(), "t-a/meta".into()],
    };
    idb::announce(&sent);
    until("announcement", || !heard.borrow().is_empty()).await;
    assert_eq!(heard.borrow().as_slice(), &[sent]);
    stop();
}

#[wasm_bindgen_test]
async fn idb_a_newer_build_in_another_tab_takes_the_database_and_writes_stop() {
    delete_database().await;
    idb::put_and_delete(&[row("t-a/meta", "1")], &[], Durability::Strict)
        .await
        .unwrap();
    // "Another tab" with a newer build opens the database at the next
    // version: this tab's connection must let it (or the open would block).
    let factory = web_sys::window().unwrap().indexed_db().unwrap().unwrap();
    let req = factory
        .open_with_u32(idb::DB_NAME, idb::VERSION + 1)
        .unwrap();
    let newer: web_sys::IdbDatabase = JsFuture::from(idb::request_done(&req))
        .await
        .expect("the newer build's open is not blocked")
        .unchecked_into();
    assert!(idb::superseded(), "this tab knows at once");
    let refused = idb::put_and_delete(&[row("t-a/meta", "2")], &[], Durability::Relaxed).await;
    assert_eq!(refused, Err(IdbError::Superseded));
    assert_eq!(
        idb::read_one("t-a/meta").await,
        Err(IdbError::Superseded),
        "reads are refused too"
    );
    newer.close();
    sleep(10).await;
    delete_database().await;
}
