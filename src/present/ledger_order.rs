//! The order of the ledger table: by the column chosen, ties by date, then
//! by id, so that the order never jumps between renders.
//!
//! The table is put in order again after every change to the document, so
//! the order is worked out on compact keys made once per row: the first
//! sixteen bytes of each text as a number, which settles nearly every
//! comparison, then the texts' lengths or the rest of their bytes. The
//! result is exactly the order of comparing the texts themselves.

use std::cmp::Ordering;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::ledger::{LedgerColumn, LedgerSort};
use crate::plan::{Activity, TargetId};

/// One row as it is sorted.
struct Key<'a> {
    /// The column's number, or the first bytes of its text.
    head: u128,
    /// The column's whole text (empty for a column of numbers).
    text: &'a [u8],
    /// The row's date.
    date: NaiveDate,
    /// The first bytes of the row's id.
    id_head: u128,
    /// The row's id.
    id: &'a [u8],
    /// The row's index in the ledger: two rows of one id keep ledger order.
    at: usize,
}

/// How many of a text's first bytes its head holds.
const HEAD: usize = 16;

/// The first sixteen bytes of `s` as a big-endian number, zeros after its
/// end. Where two texts' heads differ, they compare as the texts do (a
/// text that ends first is a prefix of the other, hence the smaller).
fn head(s: &[u8]) -> u128 {
    let mut bytes = [0u8; HEAD];
    let n = s.len().min(HEAD);
    bytes[..n].copy_from_slice(&s[..n]);
    u128::from_be_bytes(bytes)
}

/// Two texts compared as `str` compares them, given their heads. Equal
/// heads and a text of at most sixteen bytes: that text is the other's
/// beginning, so the shorter is the smaller. Equal heads and both longer:
/// the first sixteen bytes are equal, and the rest decides.
fn text_cmp(a_head: u128, a: &[u8], b_head: u128, b: &[u8]) -> Ordering {
    a_head.cmp(&b_head).then_with(|| {
        if a.len().min(b.len()) <= HEAD {
            a.len().cmp(&b.len())
        } else {
            a[HEAD..].cmp(&b[HEAD..])
        }
    })
}

/// The text a row sorts by in a column of words made from several values.
fn joined_key(a: &Activity, column: LedgerColumn, titles: &HashMap<&TargetId, &str>) -> String {
    match column {
        LedgerColumn::Targets => a
            .targets
            .iter()
            .map(|t| titles.get(t).copied().unwrap_or(t.as_str()))
            .collect::<Vec<_>>()
            .join("、"),
        LedgerColumn::People => a.people.join("、"),
        _ => String::new(),
    }
}

/// `rows` (indices into `acts`, in ledger order) in the order of `sort`:
/// the column, ties by date, the two reversed when descending, then by id
/// (ascending either way), then in ledger order. `titles` names the
/// targets for the targets column.
pub(super) fn in_order(
    acts: &[Activity],
    rows: Vec<usize>,
    sort: LedgerSort,
    titles: &HashMap<&TargetId, &str>,
) -> Vec<usize> {
    let column = sort.column;
    let joined: Vec<String> = match column {
        LedgerColumn::Targets | LedgerColumn::People => rows
            .iter()
            .map(|&i| joined_key(&acts[i], column, titles))
            .collect(),
        _ => Vec::new(),
    };
    let mut keys: Vec<Key<'_>> = rows
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            let a = &acts[i];
            let text: &str = match column {
                LedgerColumn::Date | LedgerColumn::Quantity => "",
                LedgerColumn::Title => &a.title,
                LedgerColumn::Unit => &a.lead_unit,
                LedgerColumn::Notes => &a.notes,
                LedgerColumn::Targets | LedgerColumn::People => &joined[n],
            };
            let first = match column {
                LedgerColumn::Quantity => u128::from(a.quantity),
                _ => head(text.as_bytes()),
            };
            let id = a.id.as_str().as_bytes();
            Key {
                head: first,
                text: text.as_bytes(),
                date: a.date,
                id_head: head(id),
                id,
                at: i,
            }
        })
        .collect();
    let descending = sort.descending;
    keys.sort_unstable_by(|a, b| compare(a, b, descending));
    keys.into_iter().map(|k| k.at).collect()
}

/// The table's order of two rows. Total (the ledger index settles what
/// nothing else does), so an unstable sort gives the one order there is.
fn compare(a: &Key<'_>, b: &Key<'_>, descending: bool) -> Ordering {
    let primary = text_cmp(a.head, a.text, b.head, b.text).then_with(|| a.date.cmp(&b.date));
    let primary = if descending {
        primary.reverse()
    } else {
        primary
    };
    primary
        .then_with(|| text_cmp(a.id_head, a.id, b.id_head, b.id))
        .then_with(|| a.at.cmp(&b.at))
}
