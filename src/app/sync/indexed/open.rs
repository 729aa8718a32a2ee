//! Finding the stored document before the app mounts, and taking it into
//! the app: from IndexedDB, moved there once from localStorage, or left in
//! localStorage where IndexedDB cannot be used.

use std::cell::RefCell;

use leptos::prelude::*;

use chrono::NaiveDate;

use crate::plan::Document;
use crate::store::restore::Snapshot;
use crate::store::{self, Saved, Unreadable};
use crate::web::docstore::{self, LoadError, Marker, MigrateError};
use crate::web::idb::{self, IdbError};

use super::super::super::clock;
use super::super::super::state::{AppState, SaveStatus, StorePlace, ToastKind};
use super::super::super::storage::{self, StoreError, DOC_KEY};
use super::super::{points, with_saver};
use super::save::{keep_points, listen, save_at};
use super::summary::summary_soon;
use super::with_rows;

/// What was found before the app mounted.
pub(crate) enum Opened {
    /// The document is kept in IndexedDB (`loaded` is `None` when nothing
    /// is stored yet: a first open).
    Rows {
        loaded: Option<Box<Loaded>>,
        /// It was moved from localStorage just now.
        migrated: bool,
        since: Option<NaiveDate>,
    },
    /// The marker names a document in IndexedDB that cannot be read now.
    Failed(IdbError),
    /// The document stays in localStorage, and why (`None`: nothing to
    /// say, e.g. a stored document that cannot be read, which the
    /// localStorage start keeps aside as it always has).
    Local(Option<LocalWhy>),
}

/// The document read from its rows.
pub(crate) struct Loaded {
    doc: Document,
    /// The index of the rows read.
    index: Saved,
    rev: u64,
    unreadable: Vec<Unreadable>,
    /// The day of the last save.
    saved_on: Option<NaiveDate>,
    /// The restore points.
    points: Vec<Snapshot>,
}

/// Why the document stays in localStorage.
pub(crate) enum LocalWhy {
    /// IndexedDB cannot be used in this context.
    Unavailable(IdbError),
    /// The move did not check out; nothing was removed.
    Migrate(MigrateError),
}

thread_local! {
    static OPENED: RefCell<Option<Opened>> = const { RefCell::new(None) };
}

/// Finds the stored document before the app mounts: from IndexedDB when
/// the marker names one there, else moved there from localStorage, else
/// (IndexedDB unusable, or the move not checked out) left in localStorage.
pub(crate) async fn open() {
    let opened = open_inner().await;
    OPENED.with(|o| *o.borrow_mut() = Some(opened));
}

async fn open_inner() -> Opened {
    if let Some(m) = docstore::marker() {
        return match docstore::load(&m.doc).await {
            Ok(Some(a)) => Opened::Rows {
                loaded: Some(Box::new(Loaded {
                    rev: a.meta.as_ref().map_or(0, |m| m.revision),
                    saved_on: a.meta.as_ref().and_then(|m| saved_day(&m.saved_at)),
                    points: points::list(&m.doc).await.unwrap_or_default(),
                    index: a.saved,
                    doc: a.doc,
                    unreadable: a.unreadable,
                })),
                migrated: false,
                since: m.since,
            },
            // The marker names rows that are not there: move the
            // localStorage document again, or start afresh.
            Ok(None) => from_local(m.since).await,
            Err(LoadError::Idb(e)) => Opened::Failed(e),
            Err(LoadError::Rows(e)) => Opened::Failed(IdbError::Opening(e.to_string())),
        };
    }
    if let Err(e) = idb::open().await {
        return Opened::Local(Some(LocalWhy::Unavailable(e)));
    }
    // Rows without a marker (localStorage cleared): name them again.
    if let Ok(Some(doc)) = docstore::any_document().await {
        let m = Marker {
            doc: doc.clone(),
            since: None,
        };
        if docstore::set_marker(&m).is_ok() {
            return Box::pin(open_inner()).await;
        }
    }
    from_local(None).await
}

/// Moves the localStorage document into IndexedDB, or starts afresh there
/// when there is none.
async fn from_local(since: Option<NaiveDate>) -> Opened {
    let raw = match storage::read(DOC_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => {
            return Opened::Rows {
                loaded: None,
                migrated: false,
                since,
            }
        }
        // localStorage itself refuses: the localStorage start says so.
        Err(_) => return Opened::Local(None),
    };
    let Ok(decoded) = crate::format::decode_file_unexplained(&raw) else {
        return Opened::Local(None);
    };
    let doc = decoded.document;
    let at = save_at(storage::read_meta().rev + 1);
    match docstore::migrate(&doc, &at).await {
        Ok(m) => Opened::Rows {
            loaded: Some(Box::new(Loaded {
                index: Saved::of(&doc),
                doc: store::stored_order(&doc),
                rev: at.revision,
                unreadable: Vec::new(),
                saved_on: Some(at.as_of),
                points: Vec::new(),
            })),
            migrated: true,
            since: m.since,
        },
        Err(MigrateError::Idb(e)) if matches!(e, IdbError::Unavailable(_)) => {
            Opened::Local(Some(LocalWhy::Unavailable(e)))
        }
        Err(e) => Opened::Local(Some(LocalWhy::Migrate(e))),
    }
}

/// The local day of an RFC 3339 stamp.
fn saved_day(stamp: &str) -> Option<NaiveDate> {
    chrono::DateTime::parse_from_rfc3339(stamp)
        .ok()
        .map(|t| t.date_naive())
}

/// Takes what [`open`] found into the app; `false` when the document
/// stays in localStorage (the caller loads it from there).
pub(crate) fn start(app: AppState) -> bool {
    let Some(opened) = OPENED.with(|o| o.borrow_mut().take()) else {
        return false;
    };
    match opened {
        Opened::Local(why) => {
            if let Some(why) = why {
                let text = move |l| match &why {
                    LocalWhy::Unavailable(e) => {
                        format!("{}（{e}）", crate::i18n::store::msgs(l).unavailable)
                    }
                    LocalWhy::Migrate(e) => {
                        format!("{}（{e}）", crate::i18n::store::msgs(l).migration_failed)
                    }
                };
                let zh = text(crate::i18n::Lang::Zh);
                let en = text(crate::i18n::Lang::En);
                app.store_place.set(StorePlace::Local {
                    zh: zh.clone(),
                    en: en.clone(),
                });
                app.notify(
                    move |l| match l {
                        crate::i18n::Lang::Zh => zh.clone(),
                        crate::i18n::Lang::En => en.clone(),
                    },
                    ToastKind::Warning,
                );
            }
            false
        }
        Opened::Failed(why) => {
            with_saver(|s| s.blocked = true);
            with_rows(|s| s.active = true);
            app.first_open.set(false);
            let why = match why {
                IdbError::Superseded => IdbError::Superseded,
                other => IdbError::Opening(other.to_string()),
            };
            app.save_status
                .set(SaveStatus::Failed(StoreError::Indexed(why)));
            true
        }
        Opened::Rows {
            loaded,
            migrated,
            since,
        } => {
            let marker = docstore::marker();
            with_rows(|s| {
                s.active = true;
                s.marker = marker;
            });
            app.store_place.set(StorePlace::Rows { since, migrated });
            match loaded {
                None => {
                    let today = clock::today();
                    use chrono::Datelike;
                    app.doc.set(crate::seed::default_document(today.year(), ""));
                    app.first_open.set(true);
                    with_saver(|s| s.base_rev = 0);
                }
                Some(l) => {
                    let l = *l;
                    with_saver(|s| s.base_rev = l.rev);
                    points::show(app, l.points.clone());
                    // The first start of a day keeps the day before as a
                    // restore point: the document as loaded is as saved.
                    let taken = l.saved_on.and_then(|_| {
                        let doc_id = l.doc.plan.id.as_str().to_string();
                        points::at_save(
                            &doc_id,
                            clock::today(),
                            l.saved_on,
                            Some(&l.doc),
                            &l.points,
                        )
                    });
                    with_rows(|s| {
                        s.index = l.index;
                        s.saved_on = l.saved_on;
                        s.points = l.points;
                    });
                    if let Some(t) = taken {
                        keep_points(app, t);
                    }
                    app.doc.set(l.doc);
                    if !l.unreadable.is_empty() {
                        super::super::set_aside_rows(app, l.unreadable);
                    }
                }
            }
            if migrated {
                let day = since.map(crate::present::iso_date).unwrap_or_default();
                app.notify(
                    move |l| (crate::i18n::store::msgs(l).migrated)(&day),
                    ToastKind::Info,
                );
            }
            listen(app);
            summary_soon(app);
            true
        }
    }
}
