//! The app's state, shared by every view through one Leptos context.
//!
//! Views read the document and the figures from here and change the
//! document only through [`AppState::dispatch`], so every change is
//! checked, undoable and saved. The clock and random ids are read here and
//! only here.

use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

use crate::command::{Command, CommandError};
use crate::engine::{self, PlanProgress};
use crate::i18n::{self, Lang, Msgs};
use crate::plan::{Document, Stamp};

use super::clock;
use super::files::Incoming;
use super::route::Route;
use super::storage::{Settings, StoreError, Usage};

/// How many changes can be undone; whole-document undos hold a copy of
/// the document, so the stack is bounded.
const UNDO_DEPTH: usize = 40;

/// What a toast says about the thing it reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ToastKind {
    /// A plain notice.
    Info,
    /// A change that was made and can be undone: the toast carries an
    /// "撤销 / Undo" button that undoes the latest change.
    Undoable,
    /// Something that needs the user's attention but changed nothing.
    Warning,
    /// A refusal or failure.
    Error,
}

/// A toast's words, made in whichever language is shown: a toast on screen
/// follows a switch of language, as every other text does.
#[derive(Clone)]
pub struct Words(std::sync::Arc<dyn Fn(Lang) -> String + Send + Sync>);

impl Words {
    /// The words `text` makes in each language.
    pub fn new(text: impl Fn(Lang) -> String + Send + Sync + 'static) -> Words {
        Words(std::sync::Arc::new(text))
    }

    /// The words in `lang`.
    pub fn get(&self, lang: Lang) -> String {
        (self.0)(lang)
    }
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Words").field(&self.get(Lang::Zh)).finish()
    }
}

/// A short message shown in the corner.
#[derive(Debug, Clone)]
pub struct Toast {
    /// Stable id for the list and for closing it.
    pub id: u64,
    /// The message, in the language shown.
    pub text: Words,
    /// Its kind.
    pub kind: ToastKind,
}

/// Whether the document in memory is safely in browser storage.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum SaveStatus {
    /// Nothing changed since the document was loaded or last saved.
    #[default]
    Saved,
    /// A change is being saved (under the save lock, or at once).
    Pending,
    /// The last save failed: the change is only in memory.
    Failed(StoreError),
}

/// Where the document is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorePlace {
    /// In localStorage, with why when IndexedDB could not be used (empty
    /// when nothing needs saying).
    Local {
        /// Why, in Chinese.
        zh: String,
        /// Why, in English.
        en: String,
    },
    /// In IndexedDB, record by record, since the day it moved there.
    Rows {
        /// The day it moved (or was first saved there).
        since: Option<NaiveDate>,
        /// It moved from localStorage on this start.
        migrated: bool,
    },
}

/// A stored document this build could not read, kept under its own key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// The storage key it is kept under (empty when it could not be kept).
    pub key: String,
    /// Why it could not be read, in the language of the moment it was found.
    pub reason_zh: String,
    /// Why it could not be read, in English.
    pub reason_en: String,
    /// The stored text itself, for the download button.
    pub raw: String,
    /// Whether it was written by a newer version of the app: only then
    /// does the notice suggest a newer version.
    pub newer: bool,
    /// Set when every other record was read and is in use: how many
    /// records were set aside (kept only here, in the stored text) and how
    /// many were loaded.
    pub set_aside: Option<(usize, usize)>,
}

/// What the saver (src/app/sync.rs) does when the document changes. The
/// saver gives it when it starts, so that the state, which every view and
/// the saver itself use, names no module above it.
#[derive(Clone, Copy)]
pub struct SaveHooks {
    /// Saves a committed change at once.
    pub commit: fn(AppState),
    /// Saves whatever is waiting, without waiting for the save lock.
    pub flush: fn(AppState),
}

/// Handle to the app's state; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The working document: plan and ledger. Change it with
    /// [`AppState::dispatch`], never by writing the signal.
    pub doc: RwSignal<Document>,
    /// The date figures are computed for; today unless the user picks
    /// another day.
    pub as_of: RwSignal<NaiveDate>,
    /// Interface language; remembered across reloads.
    pub lang: RwSignal<Lang>,
    /// The engine's figures for `doc` as of `as_of`.
    pub progress: Memo<PlanProgress>,
    /// The current view, kept in step with the location hash.
    pub route: RwSignal<Route>,
    /// Export reminder and other small preferences (language aside).
    pub settings: RwSignal<Settings>,
    /// Toasts on screen.
    pub toasts: RwSignal<Vec<Toast>>,
    /// Inverses of the latest changes, newest last.
    pub undo_stack: RwSignal<Vec<Command>>,
    /// Whether the document is saved.
    pub save_status: RwSignal<SaveStatus>,
    /// How much browser storage is used, measured after each save.
    pub usage: RwSignal<Usage>,
    /// First open with nothing stored: offer the example ledger or a
    /// blank plan until the user chooses.
    pub first_open: RwSignal<bool>,
    /// Stored documents that could not be read, offered for download.
    pub recovery: RwSignal<Vec<Recovery>>,
    /// A file dropped on the page or picked, waiting for the Data view's
    /// import preview (a package goes to the package import).
    pub incoming: RwSignal<Option<Incoming>>,
    /// A file is being dragged over the page.
    pub dragging: RwSignal<bool>,
    /// The export reminder was put off for this visit.
    pub reminder_snoozed: RwSignal<bool>,
    /// The site's size at which the browser refused to store a file (the
    /// site's usage then plus the file), learnt on a refusal: the quota in
    /// force is below it, whatever the browser reports
    /// (`evidence::quota_in_force`).
    pub quota_refused_at: RwSignal<Option<u64>>,
    /// Where the document is kept.
    pub store_place: RwSignal<StorePlace>,
    /// The restore points of the document kept in IndexedDB.
    pub restore_points: RwSignal<Vec<crate::store::restore::Snapshot>>,
    /// Counts local changes; the saver watches it.
    pub(crate) changes: RwSignal<u64>,
    /// Moves a moment after the document last changed (`settled.rs`): for
    /// views that may lag a change by that moment.
    pub settled: RwSignal<u64>,
    /// The records the changes since the last committed save touched
    /// (`Command::touched`, merged): what the saver writes.
    touched: StoredValue<crate::command::Touched>,
    next_toast: StoredValue<u64>,
    /// The saver's hooks, once it has started.
    save_hooks: StoredValue<Option<SaveHooks>>,
    /// Whether the document's views wait for a change's write (`held.rs`).
    pub(crate) hold: super::held::Hold,
}

/// Creates the app state and provides it as context. Call once, in the
/// root component, and start the saver right after (`sync::start`), which
/// loads the document and settings from storage.
pub fn provide_app_state() -> AppState {
    let today = clock::today();
    let doc = RwSignal::new(crate::seed::default_document(today.year(), ""));
    let as_of = RwSignal::new(today);
    let progress = Memo::new(move |_| doc.with(|d| engine::evaluate(d, as_of.get())));
    let app = AppState {
        doc,
        as_of,
        lang: RwSignal::new(Lang::Zh),
        progress,
        route: RwSignal::new(Route::Dashboard),
        settings: RwSignal::new(Settings::default()),
        toasts: RwSignal::new(Vec::new()),
        undo_stack: RwSignal::new(Vec::new()),
        save_status: RwSignal::new(SaveStatus::Saved),
        usage: RwSignal::new(Usage::default()),
        first_open: RwSignal::new(false),
        recovery: RwSignal::new(Vec::new()),
        incoming: RwSignal::new(None),
        dragging: RwSignal::new(false),
        reminder_snoozed: RwSignal::new(false),
        quota_refused_at: RwSignal::new(None),
        store_place: RwSignal::new(StorePlace::Local {
            zh: String::new(),
            en: String::new(),
        }),
        restore_points: RwSignal::new(Vec::new()),
        changes: RwSignal::new(0),
        settled: super::settled::follow(doc),
        touched: StoredValue::new(crate::command::Touched::none()),
        next_toast: StoredValue::new(0),
        save_hooks: StoredValue::new(None),
        hold: super::held::Hold::new(doc),
    };
    provide_context(app);
    app
}

/// The app state provided by the root component.
///
/// Panics only when called outside the app's component tree, which is a
/// programming error, not something a user or a file can cause.
pub fn use_app() -> AppState {
    use_context::<AppState>().expect("use_app called outside the app: provide_app_state first")
}

impl AppState {
    /// The message tables in the current language (reactive).
    pub fn msgs(&self) -> Msgs {
        i18n::msgs(self.lang.get())
    }

    /// The message tables in the current language, without tracking.
    pub fn msgs_untracked(&self) -> Msgs {
        i18n::msgs(self.lang.get_untracked())
    }

    /// Today's local date from the computer's clock.
    pub fn today(&self) -> NaiveDate {
        clock::today()
    }

    /// The current time with the local UTC offset: the stamp for a change.
    pub fn now(&self) -> Stamp {
        clock::now()
    }

    /// A new random id such as `a-3f9c0b1e7d2a4c68`.
    pub fn new_id(&self, prefix: &str) -> String {
        clock::new_id(prefix)
    }

    /// Applies a change to the document. On success the change's inverse
    /// goes onto the undo stack and the document is saved shortly; on
    /// refusal nothing changed and the error says why.
    pub fn dispatch(&self, cmd: Command) -> Result<(), CommandError> {
        let touched = cmd.touched();
        let result = self
            .hold
            .change(|d| match d.apply(cmd) {
                Ok(inverse) => (true, Ok(inverse)),
                Err(e) => (false, Err(e)),
            })
            .unwrap_or_else(|| Err(CommandError::Invalid(Vec::new())));
        let inverse = result?;
        self.touch(touched);
        self.undo_stack.update(|s| {
            s.push(inverse);
            if s.len() > UNDO_DEPTH {
                s.remove(0);
            }
        });
        self.first_open.set(false);
        self.mark_changed();
        self.hold.settle();
        Ok(())
    }

    /// Undoes the latest change, if any, and says so in a toast.
    pub fn undo(&self) {
        let Some(inverse) = self.undo_stack.try_update(|s| s.pop()).flatten() else {
            return;
        };
        let (label_zh, label_en) = (inverse.label_zh(), inverse.label_en());
        // The change is undone: its toast no longer offers undo.
        self.toasts.update(|t| {
            for old in t.iter_mut().filter(|x| x.kind == ToastKind::Undoable) {
                old.kind = ToastKind::Info;
            }
        });
        let inverse = inverse.stamped(self.now());
        let touched = inverse.touched();
        let result = self
            .hold
            .change(|d| match d.apply(inverse) {
                Ok(_) => (true, Ok(())),
                Err(e) => (false, Err(e)),
            })
            .unwrap_or(Ok(()));
        match result {
            Ok(()) => {
                self.touch(touched);
                self.mark_changed();
                self.hold.settle();
                self.notify(
                    move |lang| {
                        let label = if lang == Lang::Zh {
                            &label_zh
                        } else {
                            &label_en
                        };
                        format!("{}{label}", i18n::msgs(lang).shell.undone)
                    },
                    ToastKind::Info,
                );
            }
            Err(e) => self.notify(
                move |lang| {
                    let why = if lang == Lang::Zh {
                        e.message_zh()
                    } else {
                        e.to_string()
                    };
                    format!("{}{why}", i18n::msgs(lang).shell.undo_failed)
                },
                ToastKind::Error,
            ),
        }
    }

    /// Whether there is a change to undo (reactive).
    pub fn can_undo(&self) -> bool {
        self.undo_stack.with(|s| !s.is_empty())
    }

    /// Why a change was refused, in the language the user reads now.
    pub fn error_text(&self, e: &CommandError) -> String {
        match self.lang.get_untracked() {
            Lang::Zh => e.message_zh(),
            Lang::En => e.to_string(),
        }
    }

    /// A toast saying why a change was refused, in the language shown.
    pub fn notify_refused(&self, e: &CommandError) {
        let e = e.clone();
        self.notify(
            move |lang| match lang {
                Lang::Zh => e.message_zh(),
                Lang::En => e.to_string(),
            },
            ToastKind::Error,
        );
    }

    /// Shows a toast; `text` words it in the language shown, now and after
    /// a switch. [`ToastKind::Undoable`] adds an "撤销 / Undo" button that
    /// undoes the latest change.
    pub fn notify(&self, text: impl Fn(Lang) -> String + Send + Sync + 'static, kind: ToastKind) {
        let text = Words::new(text);
        // A toast of a change comes with the change on screen.
        let app = *self;
        self.hold.when_shown(move || app.show_toast(text, kind));
    }

    fn show_toast(&self, text: Words, kind: ToastKind) {
        let id = self.next_toast.try_update_value(|n| {
            *n += 1;
            *n
        });
        let Some(id) = id else { return };
        self.toasts.update(|t| {
            // Undo always undoes the latest change, so only the toast of
            // the latest change may offer it.
            if kind == ToastKind::Undoable {
                for old in t.iter_mut().filter(|x| x.kind == ToastKind::Undoable) {
                    old.kind = ToastKind::Info;
                }
            }
            t.push(Toast { id, text, kind });
            // Only the latest few stay on screen.
            if t.len() > 4 {
                t.remove(0);
            }
        });
        let toasts = self.toasts;
        let stay = match kind {
            ToastKind::Info => 5,
            ToastKind::Undoable => 10,
            ToastKind::Warning | ToastKind::Error => 12,
        };
        set_timeout(
            move || {
                let _ = toasts.try_update(|t| t.retain(|x| x.id != id));
            },
            std::time::Duration::from_secs(stay),
        );
    }

    /// Closes a toast.
    pub fn dismiss(&self, id: u64) {
        self.toasts.update(|t| t.retain(|x| x.id != id));
    }

    /// Goes to `route`, adding a history entry so the back button returns.
    pub fn navigate(&self, route: Route) {
        super::set_hash(&route.to_hash());
        self.route.set(route);
    }

    /// Switches the interface language; remembered across reloads.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
    }

    /// Replaces the whole document, undoably (load example, blank plan,
    /// restore a snapshot, replace by an imported file).
    ///
    /// The replace holds in every tab: the new document carries tombstones
    /// for what it drops ([`Command::Supersede`]), so another tab still
    /// holding the old records does not merge them back.
    pub fn replace_document(&self, doc: Document) -> Result<(), CommandError> {
        self.dispatch(Command::Supersede {
            doc: Box::new(doc),
            at: self.now(),
        })
    }

    /// Notes a local change and saves it at once.
    /// Adds to what the next save writes.
    pub(crate) fn touch(&self, t: crate::command::Touched) {
        self.touched.update_value(|all| all.merge(t));
    }

    /// Whether the changes since the last save touched more than `n`
    /// records (or everything).
    pub(crate) fn touched_more_than(&self, n: usize) -> bool {
        self.touched
            .try_with_value(|t| t.more_than(n))
            .unwrap_or(false)
    }

    /// What the changes since the last save touched, leaving nothing.
    pub(crate) fn take_touched(&self) -> crate::command::Touched {
        self.touched
            .try_update_value(std::mem::take)
            .unwrap_or_else(crate::command::Touched::none)
    }

    pub(crate) fn mark_changed(&self) {
        self.changes.update(|n| *n += 1);
        if let Some(hooks) = self.save_hooks.try_get_value().flatten() {
            (hooks.commit)(*self);
        }
    }

    /// Saves now whatever is waiting, without waiting for the save lock.
    pub fn save_now(&self) {
        if let Some(hooks) = self.save_hooks.try_get_value().flatten() {
            (hooks.flush)(*self);
        }
    }

    /// Gives the saver's hooks: the saver calls it first when it starts.
    pub(crate) fn set_save_hooks(&self, hooks: SaveHooks) {
        self.save_hooks.set_value(Some(hooks));
    }
}
