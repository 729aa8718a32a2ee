//! Records kept many to a row: the rows the browser really holds, under
//! the logical rows the rest of the store works with ([`super::rows`]).
//!
//! A row per record is what a save of one change wants: one small row
//! written, nothing else. But the browser's cost of a row is mostly per
//! row, not per byte: reading 110,000 rows back takes IndexedDB about a
//! second on an office machine, 220 rows of 500 records each about a
//! seventh of that, and writing 30,000 rows at once costs most of a second
//! more than writing 60. So the store keeps the same logical rows in two
//! shapes:
//! - a *single*: one logical row under its own key, as a save of a few
//!   records writes it;
//! - a *pack*: a row of kind [`RowKind::Pack`] holding up to
//!   [`PACK_SIZE`] logical rows of records, as a large save (an import, a
//!   merge of the units' files, the move from localStorage) writes them,
//!   and as a load folds the singles into once they are many
//!   ([`Packed::tidy`]).
//!
//! Invariants (property-tested in `tests/store_pack.rs`):
//! - The logical rows are what [`unpack`] gives: a key's value is its
//!   single row's if there is one, else the one in the last pack, in key
//!   order, that holds it; an empty value (a single row or a pack's entry)
//!   says the row is deleted. A pack's key orders by the revision of the
//!   save that wrote it, so a later save's pack comes later.
//! - Writing [`Packed::write`]'s rows for a delta, then unpacking, gives
//!   the logical rows with the delta applied, whatever mix of singles and
//!   packs was there before; so does [`Packed::tidy`] (it changes the
//!   shape, never the rows).
//! - Only records' rows are packed (activities, readings, reports,
//!   notices, tombstones): the plan's rows, the meta and the summary rows
//!   stay single, so the first screen reads them without any pack.
//! - A pack that cannot be read is set aside whole ([`super::Why::Pack`])
//!   and never deleted or rewritten; a load that met one does not tidy.
//!
//! A pack's text is the line [`PACK_HEADER`], then each entry as two
//! lines, its key and its value. A record's row is compact JSON, which
//! never holds a line break; a key that does (an id from a file may hold
//! anything) is kept as a single row.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::key::{RowKey, RowKind};
use super::{Delta, Unreadable, Why};

/// The first line of every pack's text (its version).
pub const PACK_HEADER: &str = "luoshi-pack 1";
/// Logical rows a pack holds at most.
pub const PACK_SIZE: usize = 500;
/// A save writing at least this many records' rows writes them as packs.
pub const PACK_FROM: usize = 200;
/// Single rows of records beyond which a load folds them into packs.
pub const FOLD_AT: usize = 1_000;

/// The kinds of row that may be kept in a pack: the records'.
const RECORDS: [RowKind; 5] = [
    RowKind::Activity,
    RowKind::Reading,
    RowKind::Report,
    RowKind::Notice,
    RowKind::Tombstone,
];

/// Whether rows of `kind` may be kept in a pack: the records'.
pub fn packable(kind: RowKind) -> bool {
    RECORDS.contains(&kind)
}

/// What is stored of one document, as shapes: which records' rows are
/// single rows and which packs there are. Not the rows themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Packed {
    /// The document; `None`: nothing known of the store.
    doc: Option<String>,
    /// Keys of the records' rows stored single (deleted-row marks too).
    singles: HashSet<Box<str>>,
    /// Pack rows by key, with the entries each holds.
    packs: BTreeMap<String, usize>,
    /// Logical records' rows as last unpacked (what a tidy would write).
    live: usize,
    /// Everything unpacked was read and every entry's key was a record's
    /// of this document: a tidy may rewrite every pack.
    clean: bool,
}

/// The rows a write puts and deletes, as the browser holds them, and the
/// shapes once it has committed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Physical {
    /// Rows to write: key and text.
    pub puts: Vec<(String, String)>,
    /// Keys to delete.
    pub deletes: Vec<String>,
    /// Key prefixes whose every row is deleted, before `deletes` and
    /// `puts` (a fold's single rows: one request each kind, not one a row).
    pub delete_prefixes: Vec<String>,
    /// What [`Packed`] is once these are committed.
    pub after: Packed,
}

/// The logical rows of stored rows.
#[derive(Debug, Clone)]
pub struct Unpacked {
    /// The logical rows (key, value text), in no set order; rows of other
    /// documents are passed through as they are.
    pub rows: Vec<(String, String)>,
    /// The shapes they were read from.
    pub packed: Packed,
    /// Packs that cannot be read, kept whole.
    pub unreadable: Vec<Unreadable>,
}

/// A pack's key: after every pack of earlier revisions, unique to the
/// writer by `nonce`.
fn pack_key(doc: &str, rev: u64, i: usize, nonce: &str) -> String {
    RowKey::new(doc, RowKind::Pack, format!("{rev:020}.{i:06}.{nonce}")).encode()
}

/// Whether `key` is a record's row of the document whose keys start with
/// `prefix` (without decoding it into parts).
fn is_record_of(prefix: &str, key: &str) -> bool {
    key.strip_prefix(prefix)
        .and_then(|rest| rest.split_once('/'))
        .is_some_and(|(kind, _)| RECORDS.iter().any(|k| k.as_str() == kind))
}

/// Whether a row can go into a pack as two lines.
fn fits(key: &str, value: &str) -> bool {
    !key.contains('\n') && !value.contains('\n')
}

/// A pack's text.
fn pack_text<'a>(entries: impl Iterator<Item = (&'a str, &'a str)>) -> String {
    let mut out = String::from(PACK_HEADER);
    out.push('\n');
    for (k, v) in entries {
        out.push_str(k);
        out.push('\n');
        out.push_str(v);
        out.push('\n');
    }
    out
}

/// A pack's entries; `None` when its text is not a pack's.
fn parse(text: &str) -> Option<Vec<(&str, &str)>> {
    let body = text.strip_prefix(PACK_HEADER)?.strip_prefix('\n')?;
    let mut lines = body.split('\n');
    let mut out = Vec::new();
    loop {
        let key = lines.next()?;
        if key.is_empty() && lines.clone().next().is_none() {
            return Some(out);
        }
        out.push((key, lines.next()?));
    }
}

/// The logical rows of the rows stored for `doc` (key and text, any
/// order; rows of other documents are passed through).
pub fn unpack(doc: &str, stored: Vec<(String, String)>) -> Unpacked {
    let prefix = RowKey::doc_prefix(doc);
    let mut rows: Vec<(String, String)> = Vec::with_capacity(stored.len());
    let mut packs: Vec<(String, String)> = Vec::new();
    let mut singles: Vec<(String, String)> = Vec::new();
    for (key, value) in stored {
        let kind = key
            .starts_with(&prefix)
            .then(|| RowKey::decode(&key))
            .flatten()
            .filter(|k| k.doc == doc)
            .map(|k| k.kind);
        match kind {
            Some(RowKind::Pack) => packs.push((key, value)),
            Some(kind) if packable(kind) => singles.push((key, value)),
            _ => rows.push((key, value)),
        }
    }
    let passed = rows.len();
    packs.sort_by(|a, b| a.0.cmp(&b.0));
    let mut packed = Packed {
        doc: Some(doc.to_string()),
        clean: true,
        ..Packed::default()
    };
    let mut unreadable = Vec::new();
    let mut parsed: Vec<Vec<(&str, &str)>> = Vec::with_capacity(packs.len());
    for (key, text) in &packs {
        match parse(text) {
            Some(entries) => {
                packed.packs.insert(key.clone(), entries.len());
                parsed.push(entries);
            }
            None => {
                packed.clean = false;
                unreadable.push(Unreadable {
                    key: key.clone(),
                    value: text.clone(),
                    why: Why::Pack,
                });
            }
        }
    }
    // Later packs over earlier ones, then the single rows over every pack.
    let mut merged: HashMap<&str, &str> = HashMap::with_capacity(parsed.iter().map(Vec::len).sum());
    for (k, v) in parsed.into_iter().flatten() {
        packed.clean &= is_record_of(&prefix, k);
        merged.insert(k, v);
    }
    for (key, _) in &singles {
        merged.remove(key.as_str());
    }
    rows.reserve(merged.len() + singles.len());
    for (k, v) in merged {
        if !v.is_empty() {
            rows.push((k.to_string(), v.to_string()));
        }
    }
    for (key, value) in singles {
        packed.singles.insert(key.as_str().into());
        if !value.is_empty() {
            rows.push((key, value));
        }
    }
    packed.live = rows.len() - passed;
    Unpacked {
        rows,
        packed,
        unreadable,
    }
}

impl Packed {
    /// Nothing known of the store of `doc` (it holds nothing, or only
    /// single rows): a first save, a migration.
    pub fn new(doc: &str) -> Packed {
        Packed {
            doc: Some(doc.to_string()),
            clean: true,
            ..Packed::default()
        }
    }

    /// The document the shapes are of.
    pub fn doc(&self) -> Option<&str> {
        self.doc.as_deref()
    }

    /// How many single rows and packs of records are stored.
    pub fn counts(&self) -> (usize, usize) {
        (self.singles.len(), self.packs.len())
    }

    /// The rows to write for `delta` (of [`super::Saved::save`] or
    /// [`super::save`]) at revision `rev`; `nonce` tells this writer's
    /// packs from another tab's of the same revision.
    pub fn write(&self, delta: &Delta, rev: u64, nonce: &str) -> Physical {
        let mut after = self.clone();
        let mut puts: Vec<(String, String)> = Vec::new();
        let mut deletes: Vec<String> = Vec::new();
        let ours = |k: &RowKey| self.doc.as_deref() == Some(k.doc.as_str());
        // The stored document is dropped (a replace by another plan's):
        // every row of it goes, packs and singles with it.
        let dropped = delta
            .delete
            .iter()
            .any(|k| ours(k) && k.kind == RowKind::PlanPart && k.id == super::HEAD_ID);
        if dropped {
            deletes.extend(self.singles.iter().map(|k| k.to_string()));
            deletes.extend(self.packs.keys().cloned());
            after = Packed::default();
        }
        for key in &delta.delete {
            if !ours(key) || !packable(key.kind) {
                deletes.push(key.encode());
            } else if dropped {
                // Deleted with the rest above.
            } else if self.packs.is_empty() {
                let k = key.encode();
                after.singles.remove(k.as_str());
                deletes.push(k);
            } else {
                // A pack may hold it: a mark over it.
                let k = key.encode();
                after.singles.insert(k.as_str().into());
                puts.push((k, String::new()));
            }
        }
        let doc = delta.put.first().map(|r| r.key.doc.clone());
        if let Some(doc) = &doc {
            if after.doc.as_deref() != Some(doc.as_str()) {
                after = Packed::new(doc);
            }
        }
        let mut packing: Vec<(String, &str)> = Vec::new();
        for row in &delta.put {
            let key = row.key.encode();
            let record = packable(row.key.kind) && after.doc.as_deref() == Some(&row.key.doc);
            if record && fits(&key, &row.value) {
                packing.push((key, row.value.as_str()));
            } else {
                if record {
                    after.singles.insert(key.as_str().into());
                }
                puts.push((key, row.value.clone()));
            }
        }
        if packing.len() >= PACK_FROM {
            let doc = after.doc.clone().unwrap_or_default();
            for (i, chunk) in packing.chunks(PACK_SIZE).enumerate() {
                let key = pack_key(&doc, rev, i, nonce);
                for (k, _) in chunk {
                    if after.singles.remove(k.as_str()) {
                        deletes.push(k.clone());
                    }
                }
                after.packs.insert(key.clone(), chunk.len());
                puts.push((key, pack_text(chunk.iter().map(|(k, v)| (k.as_str(), *v)))));
            }
        } else {
            for (k, v) in packing {
                after.singles.insert(k.as_str().into());
                puts.push((k, v.to_string()));
            }
        }
        Physical {
            puts,
            deletes,
            delete_prefixes: Vec::new(),
            after,
        }
    }

    /// Whether the shapes want folding: many single rows, or packs
    /// holding more old entries than live ones.
    pub fn wants_tidy(&self) -> bool {
        let entries: usize = self.packs.values().sum();
        self.clean && (self.singles.len() > FOLD_AT || entries > 2 * self.live + PACK_SIZE)
    }

    /// The rows that fold every record's row into new packs at revision
    /// `rev` (`rows`: the logical rows [`unpack`] gave with these
    /// shapes); `None` when [`Packed::wants_tidy`] says no.
    pub fn tidy(&self, rows: &[(String, String)], rev: u64, nonce: &str) -> Option<Physical> {
        if !self.wants_tidy() {
            return None;
        }
        let doc = self.doc.clone()?;
        let prefix = RowKey::doc_prefix(&doc);
        let mut entries: Vec<(&str, &str)> = rows
            .iter()
            .filter(|(k, v)| {
                k.starts_with(&prefix)
                    && fits(k, v)
                    && RowKey::decode(k).is_some_and(|r| r.doc == doc && packable(r.kind))
            })
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        entries.sort_unstable();
        // Every single row of a record goes (by its kind's prefix), but
        // one whose record is live and cannot be packed, which is written
        // again; marks of deleted rows go with their packs.
        let mut after = Packed::new(&doc);
        let mut puts = Vec::new();
        for (k, v) in rows {
            if self.singles.contains(k.as_str()) && !fits(k, v) {
                after.singles.insert(k.as_str().into());
                puts.push((k.clone(), v.clone()));
            }
        }
        let kinds: std::collections::BTreeSet<&str> = self
            .singles
            .iter()
            .filter_map(|k| k.strip_prefix(prefix.as_str())?.split_once('/'))
            .map(|(kind, _)| kind)
            .collect();
        let delete_prefixes = kinds.iter().map(|k| format!("{prefix}{k}/")).collect();
        let deletes: Vec<String> = self.packs.keys().cloned().collect();
        for (i, chunk) in entries.chunks(PACK_SIZE).enumerate() {
            let key = pack_key(&doc, rev, i, nonce);
            after.packs.insert(key.clone(), chunk.len());
            puts.push((key, pack_text(chunk.iter().copied())));
        }
        after.live = entries.len() + after.singles.len();
        Some(Physical {
            puts,
            deletes,
            delete_prefixes,
            after,
        })
    }
}
