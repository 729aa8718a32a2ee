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

/// The longest the views wait for a write: past it they show the change
/// anyway (another tab's long write ahead of this one, a slow disk).
pub const WAIT_MS: u64 = 50;

thread_local! {
    /// What is to happen once the views show the change
    /// ([`Hold::when_shown`]).
    static THEN: RefCell<Vec<Box<dyn FnOnce()>>> = RefCell::new(Vec::new());
}

/// Whether the document's views wait, and for which write.
#[derive(Debug, Default)]
struct Held {
    /// The document has changed without telling its views.
    waiting: bool,
    /// The write they wait for, by number.
    claim: Option<u64>,
    next: u64,
}

/// The document's views and the change they may wait to hear of.
#[derive(Clone, Copy)]
pub struct Hold {
    held: StoredValue<Held>,
    doc: RwSignal<Document>,
}

impl Hold {
    /// The hold of `doc`'s views: none wait yet.
    pub(crate) fn new(doc: RwSignal<Document>) -> Self {
        Hold {
            held: StoredValue::new(Held::default()),
            doc,
        }
    }

    /// Changes the document by `f` without telling its views; `f` says
    /// whether it changed anything. They are told by [`Hold::settle`] or
    /// [`Hold::release`].
    pub(crate) fn change<R>(&self, f: impl FnOnce(&mut Document) -> (bool, R)) -> Option<R> {
        let (changed, r) = self.doc.try_update_untracked(f)?;
        if changed {
            self.held.update_value(|h| h.waiting = true);
        }
        Some(r)
    }

    /// After a change: its views hear it now, unless a write has claimed
    /// them.
    pub(crate) fn settle(&self) {
        let now = self
            .held
            .try_update_value(|h| {
                let now = h.waiting && h.claim.is_none();
                if now {
                    h.waiting = false;
                }
                now
            })
            .unwrap_or(false);
        if now {
            self.tell();
        }
    }

    /// The saver has started the change's write, in its task: the views
    /// wait for it. `None` when no views wait (or they already wait for
    /// another write, which then tells them of both changes).
    pub(crate) fn claim(&self) -> Option<u64> {
        let k = self.held.try_update_value(|h| {
            if !h.waiting || h.claim.is_some() {
                return None;
            }
            h.next += 1;
            h.claim = Some(h.next);
            h.claim
        })??;
        let hold = *self;
        set_timeout(
            move || hold.release_now(k),
            std::time::Duration::from_millis(WAIT_MS),
        );
        Some(k)
    }

    /// The write claimed as `k` is done, committed or not: the views hear
    /// the change in a task of their own, after everything else that waits
    /// for that write has heard of it.
    pub(crate) fn release(&self, k: u64) {
        let hold = *self;
        set_timeout(move || hold.release_now(k), std::time::Duration::ZERO);
    }

    /// The views hear the change claimed as `k` (once, whichever of the
    /// write and the wait's end comes first).
    fn release_now(&self, k: u64) {
        let now = self
            .held
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
            self.tell();
        }
    }

    /// Whether the document has changed without telling its views yet:
    /// what is derived from it (`AppState::progress`) is then of the
    /// change before.
    pub(crate) fn waiting(&self) -> bool {
        self.held.try_with_value(|h| h.waiting).unwrap_or(false)
    }

    /// Does `f` once the views show the latest change: at once, or when
    /// they hear of it after its write. A toast, or the focus moved to a
    /// row, then comes with the change it tells of.
    pub(crate) fn when_shown(&self, f: impl FnOnce() + 'static) {
        if self.waiting() {
            THEN.with(|t| t.borrow_mut().push(Box::new(f)));
        } else {
            f();
        }
    }

    /// Tells the views, then does what waited for them.
    fn tell(&self) {
        self.doc.notify();
        for f in THEN.with(|t| std::mem::take(&mut *t.borrow_mut())) {
            f();
        }
    }
}
