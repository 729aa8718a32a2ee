//! Writes: one readwrite transaction each, resolved once committed.
//!
//! - [`put_and_delete`]: the rows of a change, nothing checked.
//! - [`put_and_delete_guarded`] ([`begin`] and [`Begun::finish`]): a save,
//!   which reads the meta row as it was first, so that a tab learns that
//!   another wrote in between and merges. [`begin`] queues every request in
//!   the caller's task when the connection is open already: the write is
//!   under way before the page does anything else (renders the change),
//!   and a page closed right after does not lose it.
//! - [`put_and_delete_if`]: a write that is rolled back unless the guard
//!   row is as expected (a fold of the rows' shapes, which must not cross
//!   another tab's save).

use std::cell::Cell;
use std::rc::Rc;

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbObjectStore, IdbRequest, IdbTransaction};

use super::{
    as_text, open, prefix_range, request_done, transaction, transaction_done, Durability, IdbError,
    DB,
};

/// An abort's error as the caller sees it: a failure of the write.
fn aborted(e: &JsValue) -> IdbError {
    match IdbError::from_js(e) {
        IdbError::Other(what) => IdbError::Aborted(what),
        other => other,
    }
}

/// Queues the deletes, then the puts.
fn queue(
    st: &IdbObjectStore,
    puts: &[(String, String)],
    deletes: &[String],
) -> Result<(), JsValue> {
    for key in deletes {
        st.delete(&JsValue::from_str(key))?;
    }
    for (key, value) in puts {
        st.put_with_key(&JsValue::from_str(value), &JsValue::from_str(key))?;
    }
    Ok(())
}

/// Writes `puts` and deletes `deletes` in one readwrite transaction and
/// returns once it has committed. On any failure nothing of it is written.
pub async fn put_and_delete(
    puts: &[(String, String)],
    deletes: &[String],
    durability: Durability,
) -> Result<(), IdbError> {
    let db = open().await?;
    let (tx, st) = transaction(&db, Some(durability))?;
    let done = transaction_done(&tx);
    if let Err(e) = queue(&st, puts, deletes) {
        let _ = tx.abort();
        let _ = JsFuture::from(done).await;
        return Err(IdbError::from_js(&e));
    }
    commit_now(&tx);
    JsFuture::from(done)
        .await
        .map(|_| ())
        .map_err(|e| aborted(&e))
}

/// Asks a transaction whose requests are all queued to commit now, rather
/// than once this page's code next yields (where the browser has
/// `commit()`): a page closed meanwhile does not lose it.
fn commit_now(tx: &IdbTransaction) {
    if let Ok(commit) =
        Reflect::get(tx, &JsValue::from_str("commit")).and_then(|f| f.dyn_into::<Function>())
    {
        let _ = commit.call0(tx);
    }
}

/// What a checked write found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Guarded {
    /// The guard row was as expected: nobody wrote in between.
    Written,
    /// Written too, but the guard row had changed: another tab wrote since
    /// this one last read or wrote, and its rows must be merged.
    Overlapped,
}

/// A checked write whose requests are queued: [`Begun::finish`] waits for
/// its commit.
pub struct Begun {
    done: Promise,
    read: IdbRequest,
}

/// Queues a checked write (see [`put_and_delete_guarded`]) now, in this
/// task, when this tab's connection is open; `None` when it is not (the
/// caller opens it: [`put_and_delete_guarded`]).
pub fn begin(
    guard: &str,
    puts: &[(String, String)],
    deletes: &[String],
    durability: Durability,
) -> Option<Result<Begun, IdbError>> {
    let db = DB.with(|d| d.borrow().clone())?;
    Some(begin_on(&db, guard, puts, deletes, durability))
}

fn begin_on(
    db: &web_sys::IdbDatabase,
    guard: &str,
    puts: &[(String, String)],
    deletes: &[String],
    durability: Durability,
) -> Result<Begun, IdbError> {
    let (tx, st) = transaction(db, Some(durability))?;
    let done = transaction_done(&tx);
    let queued = st
        .get(&JsValue::from_str(guard))
        .and_then(|read| queue(&st, puts, deletes).map(|()| read));
    match queued {
        Ok(read) => {
            // Commit now rather than when this page's code next yields.
            commit_now(&tx);
            Ok(Begun { done, read })
        }
        Err(e) => {
            let _ = tx.abort();
            Err(IdbError::from_js(&e))
        }
    }
}

impl Begun {
    /// Waits until the write has committed; `expected` judges the guard
    /// row as it was before it.
    pub async fn finish(
        self,
        expected: impl FnOnce(Option<String>) -> bool,
    ) -> Result<Guarded, IdbError> {
        let read = JsFuture::from(request_done(&self.read)).await;
        JsFuture::from(self.done).await.map_err(|e| aborted(&e))?;
        let stored = read
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
            .map(|v| as_text(&v));
        Ok(if expected(stored) {
            Guarded::Written
        } else {
            Guarded::Overlapped
        })
    }
}

/// Writes `puts` and deletes `deletes` in one readwrite transaction, and
/// reads the row at `guard` in it first, as it was before these writes;
/// `expected` judges that row. Every request is queued in this task and
/// the transaction asked to commit at once, so a tab closed (or a browser
/// killed) right after the change does not depend on this page running any
/// more code for the write to be complete. IndexedDB runs readwrite
/// transactions on one store one after another: another tab's rows
/// written in between stay, and the guard tells this tab to merge them
/// ([`Guarded::Overlapped`]).
pub async fn put_and_delete_guarded(
    guard: &str,
    expected: impl FnOnce(Option<String>) -> bool,
    puts: Vec<(String, String)>,
    deletes: Vec<String>,
    durability: Durability,
) -> Result<Guarded, IdbError> {
    let db = open().await?;
    begin_on(&db, guard, &puts, &deletes, durability)?
        .finish(expected)
        .await
}

/// Deletes every row whose key starts with one of `prefixes`, then
/// `deletes`, and writes `puts`, in one readwrite transaction, only if the
/// row at `guard`, read first in it, is as `expected` says: else the
/// transaction is rolled back and `Ok(false)` returned. Nothing else can
/// write between the read and the writes.
pub async fn put_and_delete_if(
    guard: &str,
    expected: impl FnOnce(Option<String>) -> bool + 'static,
    prefixes: &[String],
    puts: &[(String, String)],
    deletes: &[String],
    durability: Durability,
) -> Result<bool, IdbError> {
    let db = open().await?;
    let (tx, st) = transaction(&db, Some(durability))?;
    let done = transaction_done(&tx);
    let read = st
        .get(&JsValue::from_str(guard))
        .map_err(|e| IdbError::from_js(&e))?;
    let matched = Rc::new(Cell::new(false));
    let (m, r, t) = (matched.clone(), read.clone(), tx.clone());
    // The transaction cannot commit before this runs: its own requests
    // are not all done until the read's success event is dispatched.
    let judge = Closure::once_into_js(move |_: JsValue| {
        let stored = r
            .result()
            .ok()
            .filter(|v| !v.is_undefined() && !v.is_null())
            .map(|v| as_text(&v));
        if expected(stored) {
            m.set(true);
        } else {
            let _ = t.abort();
        }
    });
    read.set_onsuccess(Some(judge.unchecked_ref()));
    let ranges = prefixes
        .iter()
        .map(|p| prefix_range(p))
        .collect::<Result<Vec<JsValue>, IdbError>>();
    let queued = match ranges {
        Ok(ranges) => ranges
            .iter()
            .try_for_each(|r| st.delete(r).map(|_| ()))
            .and_then(|()| queue(&st, puts, deletes)),
        Err(e) => {
            let _ = tx.abort();
            let _ = JsFuture::from(done).await;
            return Err(e);
        }
    };
    if let Err(e) = queued {
        let _ = tx.abort();
        let _ = JsFuture::from(done).await;
        return Err(IdbError::from_js(&e));
    }
    match JsFuture::from(done).await {
        Ok(_) => Ok(matched.get()),
        Err(_) if !matched.get() => Ok(false),
        Err(e) => Err(aborted(&e)),
    }
}
