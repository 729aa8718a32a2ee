//! A change is shown once its write has committed.
//!
//! A change of a few records is written at once, in the task of the change
//! (`sync/indexed/save.rs`), and IndexedDB commits it within a few
//! milliseconds. Its views (the ledger, the figures) would take the page
//! for longer than that at a large ledger, and the page would hear of the
//! commit only after them: at 100,000 activities, some 50 ms after the
//! change. So [`AppState::dispatch`](super::state::AppState::dispatch)
//! changes the document without telling its views, and the saver, when it
//! has started the change's write, keeps them waiting until that write has
//! committed or failed, and never longer than [`WAIT_MS`]. When no write
//! started (no IndexedDB, a save already under way, a large change), the
//! views are told at once, in the same task.

use std::cell::RefCell;

use leptos::prelude::*;

use crate::plan::Document;

use super::state::AppState;

/// The longest the views wait for a write: past it they show the change
/// anyway (another tab's long write ahead of this one, a slow disk).
pub const WAIT_MS: u64 = 50;

thread_local! {
    /// What is to happen once the views show the change
    /// ([`AppState::when_shown`]).
    static THEN: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
}

/// Tells the views of `doc`, then does what waited for them.
fn tell(doc: RwSignal<Document>) {
    doc.notify();
    for f in THEN.with(|t| std::mem::take(&mut *t.borrow_mut())) {
        f();
    }
}

/// Whether the document's views wait, and for which write.
#[derive(Debug, Default)]
pub(crate) struct Held {
    /// The document has changed without telling its views.
    waiting: bool,
    /// The write they wait for, by number.
    claim: Option<u64>,
    next: u64,
}

/// Changes `doc` by `f` without telling its views; `f` says whether it
/// changed anything. They are told by [`settle`] or [`release`].
pub(crate) fn change<R>(
    held: StoredValue<Held>,
    doc: RwSignal<Document>,
    f: impl FnOnce(&mut Document) -> (bool, R),
) -> Option<R> {
    let (changed, r) = doc.try_update_untracked(f)?;
    if changed {
        held.update_value(|h| h.waiting = true);
    }
    Some(r)
}

/// After a change: its views hear it now, unless a write has claimed them.
pub(crate) fn settle(held: StoredValue<Held>, doc: RwSignal<Document>) {
    let now = held
        .try_update_value(|h| {
            let now = h.waiting && h.claim.is_none();
            if now {
                h.waiting = false;
            }
            now
        })
        .unwrap_or(false);
    if now {
        tell(doc);
    }
}

/// The saver has started the change's write, in its task: the views wait
/// for it. `None` when no views wait (or they already wait for another
/// write, which then tells them of both changes).
pub(crate) fn claim(held: StoredValue<Held>, doc: RwSignal<Document>) -> Option<u64> {
    let k = held.try_update_value(|h| {
        if !h.waiting || h.claim.is_some() {
            return None;
        }
        h.next += 1;
        h.claim = Some(h.next);
        h.claim
    })??;
    set_timeout(
        move || release(held, doc, k),
        std::time::Duration::from_millis(WAIT_MS),
    );
    Some(k)
}

/// The write claimed as `k` has committed, failed, or waited too long: the
/// views hear the change (once, whichever comes first).
pub(crate) fn release(held: StoredValue<Held>, doc: RwSignal<Document>, k: u64) {
    let now = held
        .try_update_value(|h| {
            let now = h.claim == Some(k);
            if now {
                h.claim = None;
                h.waiting = false;
            }
            now
        })
        .unwrap_or(false);
    if now {
        tell(doc);
    }
}

/// Whether the document has changed without telling its views: what is
/// derived from it (`AppState::progress`) is then of the change before.
pub(crate) fn waiting(held: StoredValue<Held>) -> bool {
    held.try_with_value(|h| h.waiting).unwrap_or(false)
}

impl AppState {
    /// The saver has started the change's write in its task: the views
    /// wait for its commit (`held.rs`). `None` when none wait.
    pub(crate) fn claim_views(&self) -> Option<u64> {
        claim(self.held, self.doc)
    }

    /// The write claimed as `k` is done, committed or not: the views hear
    /// the change in a task of their own, after everything else that
    /// waits for that write has heard of it.
    pub(crate) fn release_views(&self, k: u64) {
        let (held, doc) = (self.held, self.doc);
        set_timeout(move || release(held, doc, k), std::time::Duration::ZERO);
    }

    /// Whether the document has changed without telling its views yet, so
    /// that [`AppState::progress`] is of the document before the change.
    pub(crate) fn views_waiting(&self) -> bool {
        waiting(self.held)
    }

    /// Does `f` once the views show the latest change: at once, or when
    /// they hear of it after its write (`held.rs`). A toast, or the focus
    /// moved to a row, then comes with the change it tells of.
    pub(crate) fn when_shown(&self, f: impl FnOnce() + 'static) {
        if waiting(self.held) {
            THEN.with(|t| t.borrow_mut().push(Box::new(f)));
        } else {
            f();
        }
    }
}
