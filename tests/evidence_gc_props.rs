//! The evidence sweep's choice (`evidence_gc::sweep`) over random histories
//! of two tabs on one browser's storage: files attached to and detached from
//! records, records deleted, undos, a colleague's copy merged, daily
//! snapshots, the stored document made unreadable (kept as a recovery copy,
//! then put back or discarded), tabs reloaded, and time passing with every
//! open tab sweeping each hour as the app does. Whatever the history:
//!
//! - no file is ever deleted while a record of either tab, the stored
//!   document, a snapshot, an undo entry of either tab or a kept recovery
//!   copy names it;
//! - once the tabs are reloaded (their undo gone) and 40 days pass, every
//!   stored file the stored document does not name has been deleted, so
//!   the first property is not vacuous.
//!
//! Built on tests/fixtures/v1/complete.json (four activities).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, FixedOffset, NaiveDate};
use luoshi::command::Command;
use luoshi::evidence_gc::{self, Holder, Reading, Source, StoredFile, DAY_MS};
use luoshi::format::decode;
use luoshi::merge::merge;
use luoshi::plan::{Document, Evidence, FileRef, Stamp};
use proptest::prelude::*;

const FILES: usize = 4;
const HOUR_MS: i64 = 60 * 60 * 1000;
/// 2026-06-01T00:00:00Z.
const START_MS: i64 = 1_780_272_000_000;

fn base() -> Document {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1/complete.json"),
    )
    .expect("fixture");
    decode(&text).expect("fixture decodes")
}

fn hash(k: usize) -> String {
    format!("{k:x}").repeat(64)
}

#[derive(Debug, Clone)]
enum Op {
    Attach {
        tab: usize,
        record: usize,
        file: usize,
    },
    Detach {
        tab: usize,
        record: usize,
    },
    Delete {
        tab: usize,
        record: usize,
    },
    Undo {
        tab: usize,
    },
    /// The other tab's copy imported as a colleague's file.
    Merge {
        tab: usize,
    },
    /// The storage event of the other tab's save reaches this tab.
    Receive {
        tab: usize,
    },
    Reload {
        tab: usize,
    },
    Snapshot,
    /// The stored document becomes unreadable (a newer version wrote it,
    /// or it was cut short); the tabs keep it as a recovery copy.
    Spoil,
    /// The recovery copy put back as the stored document.
    PutBack,
    /// The user discards the recovery copy.
    Discard,
    Sweep {
        tab: usize,
    },
    /// Minutes pass; every open tab sweeps at each full hour.
    Wait {
        minutes: i64,
    },
}

fn op() -> impl Strategy<Value = Op> {
    let tab = 0..2usize;
    let record = 0..4usize;
    prop_oneof![
        4 => (tab.clone(), record.clone(), 0..FILES).prop_map(|(tab, record, file)| Op::Attach { tab, record, file }),
        2 => (tab.clone(), record.clone()).prop_map(|(tab, record)| Op::Detach { tab, record }),
        3 => (tab.clone(), record).prop_map(|(tab, record)| Op::Delete { tab, record }),
        3 => tab.clone().prop_map(|tab| Op::Undo { tab }),
        1 => tab.clone().prop_map(|tab| Op::Merge { tab }),
        2 => tab.clone().prop_map(|tab| Op::Receive { tab }),
        1 => tab.clone().prop_map(|tab| Op::Reload { tab }),
        1 => Just(Op::Snapshot),
        1 => Just(Op::Spoil),
        1 => Just(Op::PutBack),
        1 => Just(Op::Discard),
        2 => tab.prop_map(|tab| Op::Sweep { tab }),
        3 => prop_oneof![0..120i64, 0..(20 * 24 * 60i64)].prop_map(|minutes| Op::Wait { minutes }),
    ]
}

struct Tab {
    doc: Document,
    undo: Vec<Command>,
}

/// One browser: its localStorage, its IndexedDB file store, two tabs.
struct Browser {
    now: i64,
    /// The stored document; `None` while it cannot be read.
    stored: Option<Document>,
    /// The recovery copy: what it names is unknown to the app, known here.
    recovery: Option<Document>,
    snapshots: BTreeMap<NaiveDate, Document>,
    files: BTreeMap<String, StoredFile>,
    tabs: [Tab; 2],
    deleted: usize,
}

impl Browser {
    fn new() -> Browser {
        let doc = base();
        Browser {
            now: START_MS,
            stored: Some(doc.clone()),
            recovery: None,
            snapshots: BTreeMap::new(),
            files: BTreeMap::new(),
            tabs: [
                Tab {
                    doc: doc.clone(),
                    undo: Vec::new(),
                },
                Tab {
                    doc,
                    undo: Vec::new(),
                },
            ],
            deleted: 0,
        }
    }

    fn stamp(&mut self) -> Stamp {
        self.now += 1000;
        DateTime::from_timestamp_millis(self.now)
            .expect("in range")
            .with_timezone(&FixedOffset::east_opt(8 * 3600).expect("offset"))
    }

    fn today(&self) -> NaiveDate {
        DateTime::from_timestamp_millis(self.now)
            .expect("in range")
            .date_naive()
    }

    /// A change in tab `t`, saved at once as the app does: merged with what
    /// another tab stored, or written over an unreadable document (the
    /// recovery copy already keeps it).
    fn dispatch(&mut self, t: usize, cmd: Command) {
        if let Ok(inverse) = self.tabs[t].doc.apply(cmd) {
            self.tabs[t].undo.push(inverse);
            self.save(t);
        }
    }

    fn save(&mut self, t: usize) {
        let saved = match &self.stored {
            Some(stored) => merge(&self.tabs[t].doc, stored).doc,
            None => self.tabs[t].doc.clone(),
        };
        self.tabs[t].doc = saved.clone();
        self.stored = Some(saved);
    }

    fn record(&self, t: usize, record: usize) -> Option<luoshi::plan::Activity> {
        self.tabs[t].doc.activities.get(record).cloned()
    }

    fn apply(&mut self, op: &Op) {
        match *op {
            Op::Attach { tab, record, file } => {
                // Stored first, then named, as the evidence panel does.
                let sha256 = hash(file);
                self.files.insert(
                    sha256.clone(),
                    StoredFile {
                        sha256: sha256.clone(),
                        stored_at: self.now,
                        unnamed_since: None,
                        name: None,
                        size: 10,
                    },
                );
                let at = self.stamp();
                if let Some(mut a) = self.record(tab, record) {
                    a.evidence.push(Evidence {
                        name: format!("佐证{file}.pdf"),
                        file: Some(FileRef {
                            sha256,
                            mime: "application/pdf".into(),
                            size: 10,
                        }),
                        added_at: at,
                    });
                    a.updated_at = at;
                    self.dispatch(tab, Command::UpdateActivity(a));
                }
            }
            Op::Detach { tab, record } => {
                let at = self.stamp();
                if let Some(mut a) = self.record(tab, record) {
                    if a.evidence.pop().is_some() {
                        a.updated_at = at;
                        self.dispatch(tab, Command::UpdateActivity(a));
                    }
                }
            }
            Op::Delete { tab, record } => {
                let at = self.stamp();
                if let Some(a) = self.record(tab, record) {
                    self.dispatch(tab, Command::DeleteActivity { id: a.id, at });
                }
            }
            Op::Undo { tab } => {
                let at = self.stamp();
                if let Some(inverse) = self.tabs[tab].undo.pop() {
                    if self.tabs[tab].doc.apply(inverse.stamped(at)).is_ok() {
                        self.save(tab);
                    }
                }
            }
            Op::Merge { tab } => {
                let theirs = self.tabs[1 - tab].doc.clone();
                self.dispatch(tab, Command::MergeDocument(Box::new(theirs)));
            }
            Op::Receive { tab } => {
                if let Some(stored) = &self.stored {
                    self.tabs[tab].doc = merge(&self.tabs[tab].doc, stored).doc;
                }
            }
            Op::Reload { tab } => {
                self.tabs[tab].undo.clear();
                // An unreadable document opens as the default plan (here
                // the fixture without its records) until it is put back.
                self.tabs[tab].doc = self.stored.clone().unwrap_or_else(|| {
                    let mut d = base();
                    d.activities.clear();
                    d
                });
            }
            Op::Snapshot => {
                if let Some(stored) = &self.stored {
                    self.snapshots.insert(self.today(), stored.clone());
                }
                while self.snapshots.len() > 7 {
                    let first = *self.snapshots.keys().next().expect("non-empty");
                    self.snapshots.remove(&first);
                }
            }
            Op::Spoil => {
                if self.recovery.is_none() {
                    if let Some(stored) = self.stored.take() {
                        self.recovery = Some(stored);
                    }
                }
            }
            Op::PutBack => {
                if let Some(recovery) = self.recovery.take() {
                    self.stored = Some(match &self.stored {
                        Some(stored) => merge(stored, &recovery).doc,
                        None => recovery,
                    });
                }
            }
            Op::Discard => {
                if self.stored.is_some() {
                    self.recovery = None;
                }
            }
            Op::Sweep { tab } => self.sweep(tab),
            Op::Wait { minutes } => {
                let until = self.now + minutes * 60 * 1000;
                let mut next = (self.now / HOUR_MS + 1) * HOUR_MS;
                while next <= until {
                    self.now = next;
                    self.sweep(0);
                    self.sweep(1);
                    next += HOUR_MS;
                }
                self.now = until;
            }
        }
    }

    /// What tab `t` reads when it sweeps.
    fn sources(&self, t: usize) -> Vec<Source> {
        let mut out = vec![
            Source::read(Holder::Working, evidence_gc::names_in(&self.tabs[t].doc)),
            Source::read(
                Holder::Undo,
                evidence_gc::names_in_commands(&self.tabs[t].undo),
            ),
            match &self.stored {
                Some(d) => Source::read(Holder::Stored, evidence_gc::names_in(d)),
                None => Source {
                    holder: Holder::Stored,
                    reading: Reading::Newer,
                },
            },
        ];
        for (day, d) in &self.snapshots {
            out.push(Source::read(
                Holder::Snapshot(*day),
                evidence_gc::names_in(d),
            ));
        }
        if self.recovery.is_some() {
            out.push(Source {
                holder: Holder::Recovery("luoshi.recovery.v1".into()),
                reading: Reading::Unreadable("unreadable".into()),
            });
        }
        out
    }

    /// Every hash anything could still bring back.
    fn named_anywhere(&self) -> BTreeSet<String> {
        let mut all: Vec<&Document> = self.tabs.iter().map(|t| &t.doc).collect();
        all.extend(self.stored.iter());
        all.extend(self.recovery.iter());
        all.extend(self.snapshots.values());
        let mut out: BTreeSet<String> = all
            .into_iter()
            .flat_map(|d| evidence_gc::names_in(d).into_keys())
            .collect();
        for t in &self.tabs {
            out.extend(evidence_gc::names_in_commands(&t.undo).into_keys());
        }
        out
    }

    /// One pass of tab `t`, applied to the file store as the app does.
    fn sweep(&mut self, t: usize) {
        let stored: Vec<StoredFile> = self.files.values().cloned().collect();
        let plan = evidence_gc::sweep(&self.sources(t), &stored, self.now);
        let named = self.named_anywhere();
        for h in &plan.delete {
            assert!(
                !named.contains(h),
                "{h} deleted while still named (tab {t}, at {})",
                self.now
            );
            self.files.remove(h);
            self.deleted += 1;
        }
        for h in plan.mark.iter().chain(&plan.restamp) {
            if let Some(f) = self.files.get_mut(h) {
                f.unnamed_since = Some(self.now);
            }
        }
        for n in &plan.named {
            if let Some(f) = self.files.get_mut(&n.sha256) {
                f.unnamed_since = None;
                f.name = Some(n.naming.name.clone());
                f.size = n.naming.size;
            }
        }
    }

    /// The tabs reloaded, the recovery copy put back, 40 days with a
    /// snapshot and both tabs' hourly passes each day.
    fn settle(&mut self) {
        self.apply(&Op::PutBack);
        self.apply(&Op::Reload { tab: 0 });
        self.apply(&Op::Reload { tab: 1 });
        for _ in 0..40 {
            self.apply(&Op::Snapshot);
            self.apply(&Op::Wait { minutes: 24 * 60 });
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn no_named_file_is_deleted_and_unnamed_ones_go(ops in prop::collection::vec(op(), 1..40)) {
        let mut b = Browser::new();
        for op in &ops {
            b.apply(op);
        }
        b.settle();
        let stored_names: BTreeSet<String> = evidence_gc::names_in(b.stored.as_ref().expect("put back"))
            .into_keys()
            .collect();
        let left: BTreeSet<String> = b.files.keys().cloned().collect();
        let named_left: BTreeSet<String> = stored_names.intersection(&left).cloned().collect();
        prop_assert_eq!(left, named_left, "every unnamed file deleted after 40 days, every named one kept");
    }
}

/// A history where the property's second half has something to do: a file
/// attached in one tab, its record deleted in the other, undone after the
/// other tab swept for three weeks, deleted again and gone 30 days later.
#[test]
fn an_undo_after_weeks_keeps_the_file_and_a_final_delete_lets_it_go() {
    let mut b = Browser::new();
    b.apply(&Op::Attach {
        tab: 0,
        record: 0,
        file: 1,
    });
    b.apply(&Op::Receive { tab: 1 });
    b.apply(&Op::Delete { tab: 0, record: 0 });
    b.apply(&Op::Wait {
        minutes: 21 * 24 * 60,
    });
    b.apply(&Op::Reload { tab: 1 });
    b.apply(&Op::Sweep { tab: 1 });
    b.apply(&Op::Undo { tab: 0 });
    b.apply(&Op::Sweep { tab: 0 });
    assert!(b.files.contains_key(&hash(1)));
    assert_eq!(b.files[&hash(1)].unnamed_since, None);
    b.apply(&Op::Delete { tab: 0, record: 0 });
    b.apply(&Op::Reload { tab: 0 });
    b.apply(&Op::Wait {
        minutes: 29 * 24 * 60,
    });
    assert!(b.files.contains_key(&hash(1)), "kept for 30 days");
    b.apply(&Op::Wait {
        minutes: 2 * 24 * 60,
    });
    assert!(!b.files.contains_key(&hash(1)), "gone after 30 days");
    assert_eq!(b.deleted, 1);
    let _ = DAY_MS;
}
