//! The rows of the touched records of one list ([`Touched::Only`]): new
//! records appended, stored ones changed or deleted in place, and the
//! general case that compares the touched records' days whole.
//!
//! [`Touched::Only`]: crate::command::Touched::Only

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::super::{Entry, Saved, LISTS};
use super::{Few, List, FEW};
use crate::format::stored as form;
use crate::plan::{Document, RecordKind};
use crate::store::key::RowKey;
use crate::store::saved::row_hash;
use crate::store::{tombstone_id, Delta, Row};

impl Saved {
    /// The rows of one list's touched records (`ids`), and of the other
    /// records of their days (as stored and as they are now) whose place
    /// changed.
    pub(super) fn list_touched<R>(
        &self,
        doc: &Document,
        l: List<'_, R>,
        ids: &[&str],
        out: &mut Delta,
    ) {
        let index = &self.lists[l.slot];
        let id = doc.plan.id.as_str();
        let stored: Vec<Option<&Entry>> = ids.iter().map(|id| index.get(*id)).collect();
        let done = if stored.iter().all(Option::is_none) {
            self.appended(id, &l, ids, out)
        } else if let Some(at) = stored
            .iter()
            .copied()
            .collect::<Option<Vec<&Entry>>>()
            .filter(|_| ids.len() <= FEW)
        {
            self.in_place(doc, &l, ids, &at, out)
        } else {
            false
        };
        if !done {
            self.list_general(id, &l, ids, out);
        }
    }

    /// Every touched record is new to the store (added, imported, or
    /// restored after its deletion was saved): no stored record left its
    /// place, and the new ones are the list's last records (a record is
    /// added and restored at the end; every record before them is
    /// untouched, hence stored). Each new one's place is the count stored
    /// on its day and the new ones before it on that day. Writes them and
    /// says `true`; `false` if a touched record is not where this expects
    /// it (the caller then compares the touched records' days whole).
    fn appended<R>(&self, doc: &str, l: &List<'_, R>, ids: &[&str], out: &mut Delta) -> bool {
        let index = &self.lists[l.slot];
        let kind = LISTS[l.slot].0;
        let mut want: Few<&str> = Few::new();
        for id in ids {
            want.insert(id);
        }
        let tail = l
            .items
            .iter()
            .rev()
            .take_while(|r| want.contains(&(l.id)(r)))
            .count();
        let start = l.items.len() - tail;
        if l.items[..start]
            .last()
            .is_some_and(|r| !index.contains_key((l.id)(r)))
        {
            return false;
        }
        let mut more: BTreeMap<NaiveDate, u32> = BTreeMap::new();
        for r in &l.items[start..] {
            let d = (l.day)(r);
            let extra = more.entry(d).or_insert(0);
            let n = self.per_day[l.slot].get(&d).copied().unwrap_or(0) + *extra;
            *extra += 1;
            out.put.push(Row {
                key: RowKey::new(doc, kind, (l.id)(r)),
                value: (l.encode)(r, n),
            });
        }
        true
    }

    /// Every touched record is stored, and each is either gone (its
    /// tombstone is new since the save: only a deletion writes one, a
    /// restoration removes it and an add is refused while it is there, so
    /// the record is not in the document) or, if still on its stored day
    /// at its stored place, unmoved: then no record came to any day and
    /// the untouched ones kept their order, so only the touched rows and
    /// the records after a gone one on its day can differ. Looks at the
    /// touched records' days only (up to the last touched record when none
    /// is gone). Writes the rows that differ and says `true`; `false` if a
    /// touched record moved (the caller then compares the touched records'
    /// days whole).
    fn in_place<R>(
        &self,
        doc: &Document,
        l: &List<'_, R>,
        ids: &[&str],
        stored: &[&Entry],
        out: &mut Delta,
    ) -> bool {
        let (kind, rec) = LISTS[l.slot];
        let index = &self.lists[l.slot];
        let mut days: Few<NaiveDate> = Few::new();
        for e in stored {
            match e.day {
                Some(d) => days.insert(d),
                None => return false,
            }
        }
        let gone: Vec<bool> = ids
            .iter()
            .map(|id| self.newly_deleted(doc, rec, id))
            .collect();
        let any_gone = gone.contains(&true);
        let mut left = gone.iter().filter(|g| !**g).count();
        let mut count: BTreeMap<NaiveDate, u32> = BTreeMap::new();
        let mut found: Vec<bool> = vec![false; ids.len()];
        let mut rows = Vec::new();
        let id_of = doc.plan.id.as_str();
        for r in l.items {
            if left == 0 && !any_gone {
                break;
            }
            let d = (l.day)(r);
            if !days.contains(&d) {
                continue;
            }
            let slot = count.entry(d).or_insert(0);
            let n = *slot;
            *slot += 1;
            let id = (l.id)(r);
            match ids.iter().position(|x| *x == id) {
                Some(i) => {
                    if gone[i] || found[i] || stored[i].day != Some(d) || stored[i].n != n {
                        return false;
                    }
                    found[i] = true;
                    left -= 1;
                    let value = (l.encode)(r, n);
                    if stored[i].hash != row_hash(&value) {
                        rows.push(Row {
                            key: RowKey::new(id_of, kind, id),
                            value,
                        });
                    }
                }
                None if any_gone => {
                    let e = index.get(id);
                    if e.is_none_or(|e| (e.day, e.n) != (Some(d), n)) {
                        let value = (l.encode)(r, n);
                        if e.map(|e| e.hash) != Some(row_hash(&value)) {
                            rows.push(Row {
                                key: RowKey::new(id_of, kind, id),
                                value,
                            });
                        }
                    }
                }
                None => {}
            }
        }
        if left > 0 {
            return false;
        }
        out.put.extend(rows);
        out.delete.extend(
            ids.iter()
                .zip(&gone)
                .filter(|(_, g)| **g)
                .map(|(id, _)| RowKey::new(id_of, kind, *id)),
        );
        true
    }

    /// Whether `doc` holds a tombstone of `id` other than the one stored:
    /// the record was deleted since the save and is not in `doc`.
    fn newly_deleted(&self, doc: &Document, kind: RecordKind, id: &str) -> bool {
        let Some(t) = doc
            .tombstones
            .iter()
            .filter(|t| t.kind == kind && t.id == id)
            .max_by_key(|t| t.deleted_at)
        else {
            return false;
        };
        let text = form::encode_tombstone(t);
        self.tombstones.get(tombstone_id(t).as_str()) != Some(&row_hash(&text))
    }

    /// The general case: finds where the touched records are now, then
    /// goes through the records of every day they were or are on.
    fn list_general<R>(&self, doc: &str, l: &List<'_, R>, ids: &[&str], out: &mut Delta) {
        let index = &self.lists[l.slot];
        let kind = LISTS[l.slot].0;
        let mut want: Few<&str> = Few::new();
        let mut days: Few<NaiveDate> = Few::new();
        for id in ids {
            want.insert(id);
            if let Some(d) = index.get(*id).and_then(|e| e.day) {
                days.insert(d);
            }
        }
        // Where the touched records are now.
        let mut here: Few<&str> = Few::new();
        for r in l.items {
            let id = (l.id)(r);
            if want.contains(&id) {
                days.insert((l.day)(r));
                here.insert(id);
            }
        }
        // Their days' records in order, each with its place.
        let mut count: BTreeMap<NaiveDate, u32> = BTreeMap::new();
        for r in l.items {
            let d = (l.day)(r);
            if !days.contains(&d) {
                continue;
            }
            let slot = count.entry(d).or_insert(0);
            let n = *slot;
            *slot += 1;
            let id = (l.id)(r);
            let stored = index.get(id);
            let moved = stored.is_none_or(|e| (e.day, e.n) != (Some(d), n));
            if moved || want.contains(&id) {
                let value = (l.encode)(r, n);
                if stored.map(|e| e.hash) != Some(row_hash(&value)) {
                    out.put.push(Row {
                        key: RowKey::new(doc, kind, id),
                        value,
                    });
                }
            }
        }
        for id in ids {
            if !here.contains(id) && index.contains_key(*id) {
                out.delete.push(RowKey::new(doc, kind, *id));
            }
        }
    }
}
