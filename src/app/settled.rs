//! The document as of its last quiet moment: a counter bumped
//! [`SETTLE_MS`] after the latest change to the document.
//!
//! What a view works out over the whole ledger but need not show in the
//! frame of the change itself (the names the add form offers, whether some
//! records lack a target) follows this counter instead of the document.
//! After a change, the page is then free sooner: it hears that the
//! change's write has committed, and shows the change, before those are
//! worked out again (at 100,000 activities, about 30 ms of such work).
//! Each such view reads the document untracked, so it is never stale by
//! more than that moment.

use leptos::prelude::*;

use crate::plan::Document;

/// How long after the latest change the counter moves.
pub const SETTLE_MS: u64 = 50;

/// The counter of quiet moments of `doc`.
pub(crate) fn follow(doc: RwSignal<Document>) -> RwSignal<u64> {
    let settled = RwSignal::new(0u64);
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    // The first run is the document as it starts: already quiet.
    Effect::new(move |first: Option<()>| {
        doc.track();
        if first.is_none() {
            return;
        }
        if let Some(h) = pending.try_update_value(Option::take).flatten() {
            h.clear();
        }
        let h = set_timeout_with_handle(
            move || {
                pending.try_set_value(None);
                settled.try_update(|n| *n += 1);
            },
            std::time::Duration::from_millis(SETTLE_MS),
        );
        pending.try_set_value(h.ok());
    });
    settled
}
