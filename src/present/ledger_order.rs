//! The order of the ledger table: by the column chosen, ties by date, then
//! by id, so that the order never jumps between renders.
//!
//! The table is put in order again after every change to the document, so
//! the rows are first sorted by numbers made once per row (the first
//! sixteen bytes of the column's text, the date, the first bytes of the
//! id), and only rows those do not tell apart by their whole keys. The
//! result is exactly the order of comparing the texts themselves.

use std::cmp::Ordering;
use std::collections::HashMap;
use std::hash::Hash;

use chrono::{Datelike, NaiveDate};

use crate::engine::BuildFnv;
use crate::plan::{Activity, TargetId};

/// A column of the ledger table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LedgerColumn {
    /// 日期.
    Date,
    /// 事项.
    Title,
    /// 计入指标 (sorted by the first target's title).
    Targets,
    /// 数量.
    Quantity,
    /// 人员.
    People,
    /// 牵头处室.
    Unit,
    /// 备注.
    Notes,
}

impl LedgerColumn {
    /// Every column, in table order.
    pub const ALL: [LedgerColumn; 7] = [
        LedgerColumn::Date,
        LedgerColumn::Title,
        LedgerColumn::Targets,
        LedgerColumn::Quantity,
        LedgerColumn::People,
        LedgerColumn::Unit,
        LedgerColumn::Notes,
    ];
}

/// The order of the ledger table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LedgerSort {
    /// The column sorted on.
    pub column: LedgerColumn,
    /// Largest (latest, last in order) first.
    pub descending: bool,
}

impl Default for LedgerSort {
    /// Newest first: what was recorded last is what one checks first.
    fn default() -> Self {
        LedgerSort {
            column: LedgerColumn::Date,
            descending: true,
        }
    }
}

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
    // A copy of a length known when compiled is a few loads; one of a
    // length known only now is a call to a byte-by-byte copy in wasm.
    if let Some(first) = s.first_chunk::<HEAD>() {
        return u128::from_be_bytes(*first);
    }
    let mut out = 0u128;
    for i in 0..HEAD {
        out = (out << 8) | u128::from(s.get(i).copied().unwrap_or(0));
    }
    out
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

/// The rows, each with the index in `texts` of its text: a list of values
/// joined with 、 (the targets' titles, the people). A ledger repeats a few
/// lists over and over, so each list is joined once.
fn joined<'a, T: Hash + Eq + 'a>(
    rows: impl Iterator<Item = usize>,
    list: impl Fn(usize) -> &'a [T],
    join: impl Fn(&[T]) -> String,
) -> (Vec<(usize, usize)>, Vec<String>) {
    let mut texts = Vec::new();
    let mut seen: HashMap<&[T], usize, BuildFnv> = HashMap::default();
    let rows = rows
        .map(|i| {
            let values = list(i);
            let n = *seen.entry(values).or_insert_with(|| {
                texts.push(join(values));
                texts.len() - 1
            });
            (i, n)
        })
        .collect();
    (rows, texts)
}

/// The key of row `at` of the ledger, sorted by `text` (or its quantity).
fn key<'a>(a: &'a Activity, at: usize, column: LedgerColumn, text: &'a str) -> Key<'a> {
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
        at,
    }
}

/// The text a row sorts by in a column of one value ("" for numbers).
fn plain_text(a: &Activity, column: LedgerColumn) -> &str {
    match column {
        LedgerColumn::Title => &a.title,
        LedgerColumn::Unit => &a.lead_unit,
        LedgerColumn::Notes => &a.notes,
        _ => "",
    }
}

/// `rows` (indices into `acts`, in ledger order) in the order of `sort`:
/// the column, ties by date, the two reversed when descending, then by id
/// (ascending either way), then in ledger order. `titles` names the
/// targets for the targets column.
pub(super) fn in_order(
    acts: &[Activity],
    rows: impl Iterator<Item = usize>,
    sort: LedgerSort,
    titles: &HashMap<&TargetId, &str>,
) -> Vec<usize> {
    let column = sort.column;
    let (joined, texts) = match column {
        LedgerColumn::Targets => joined(
            rows,
            |i| acts[i].targets.as_slice(),
            |targets| {
                targets
                    .iter()
                    .map(|t| titles.get(t).copied().unwrap_or(t.as_str()))
                    .collect::<Vec<_>>()
                    .join("、")
            },
        ),
        LedgerColumn::People => joined(
            rows,
            |i| acts[i].people.as_slice(),
            |people| people.join("、"),
        ),
        _ => (rows.map(|i| (i, usize::MAX)).collect(), Vec::new()),
    };
    let keys: Vec<Key<'_>> = joined
        .iter()
        .map(|&(i, n)| {
            let text = texts
                .get(n)
                .map_or_else(|| plain_text(&acts[i], column), String::as_str);
            key(&acts[i], i, column, text)
        })
        .collect();
    let descending = sort.descending;
    // First by numbers that order the rows as their keys do wherever they
    // differ: numbers sort fast. Rows they do not tell apart are then put
    // in order by their whole keys.
    let mut coarse: Vec<(u128, u128, u32)> = keys
        .iter()
        .enumerate()
        .map(|(n, k)| {
            let (column_part, rest) = coarse_key(k, column, descending);
            (column_part, rest, n as u32)
        })
        .collect();
    coarse.sort_unstable();
    let full = |a: &(u128, u128, u32), b: &(u128, u128, u32)| {
        compare(&keys[a.2 as usize], &keys[b.2 as usize], descending)
    };
    for run in runs(&mut coarse, |a, b| a.0 == b.0) {
        // The second number speaks only where the texts are equal, not
        // merely their first bytes.
        let first = &keys[run[0].2 as usize];
        if run.iter().any(|c| {
            text_cmp(
                first.head,
                first.text,
                keys[c.2 as usize].head,
                keys[c.2 as usize].text,
            )
            .is_ne()
        }) {
            run.sort_unstable_by(full);
        } else {
            for tie in runs(run, |a, b| a.1 == b.1) {
                tie.sort_unstable_by(full);
            }
        }
    }
    coarse
        .into_iter()
        .map(|(_, _, n)| keys[n as usize].at)
        .collect()
}

/// The runs of two or more neighbours that `same` does not tell apart.
fn runs<T>(all: &mut [T], same: impl Fn(&T, &T) -> bool) -> impl Iterator<Item = &mut [T]> {
    all.chunk_by_mut(move |a, b| same(a, b))
        .filter(|run| run.len() > 1)
}

/// A date as a number in the order of dates.
fn day_number(date: NaiveDate) -> u32 {
    (date.num_days_from_ce() as u32) ^ 0x8000_0000
}

/// Two numbers that order two rows as [`compare`] does wherever they
/// differ, the second only between rows of one text: the column's number
/// or the first sixteen bytes of its text; then the date and the first
/// twelve bytes of the id. Each is reversed where the order is.
fn coarse_key(k: &Key<'_>, column: LedgerColumn, descending: bool) -> (u128, u128) {
    let column_part = match column {
        LedgerColumn::Date => 0,
        _ if descending => !k.head,
        _ => k.head,
    };
    let day = day_number(k.date);
    let day = if descending { !day } else { day };
    (column_part, (u128::from(day) << 96) | (k.id_head >> 32))
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
