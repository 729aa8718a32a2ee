//! The ledger table: which activities a filter keeps, in which order, and
//! what they add up to.

use std::collections::{HashMap, HashSet};
use std::hash::Hash;

use chrono::NaiveDate;

use super::ledger_order::{in_order, LedgerSort};
use crate::engine::BuildFnv;
use crate::plan::{Activity, Document, Plan, SectionId, TargetId};

/// Rows per page of the ledger table: enough to scan, few enough to draw
/// at once with ten thousand activities in the ledger.
pub const PAGE_SIZE: usize = 50;

/// What the ledger shows. Empty fields keep everything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LedgerFilter {
    /// First day shown (inclusive).
    pub from: Option<NaiveDate>,
    /// Last day shown (inclusive).
    pub to: Option<NaiveDate>,
    /// Only activities counting toward this target.
    pub target: Option<TargetId>,
    /// Only activities counting toward a target of this section.
    pub section: Option<SectionId>,
    /// Only activities naming this person (exact name).
    pub person: String,
    /// Only activities of this lead unit (exact name).
    pub unit: String,
    /// Words that must all appear somewhere in the row (title, notes,
    /// people, unit or target titles), ignoring case.
    pub text: String,
}

impl LedgerFilter {
    /// Whether the filter keeps everything.
    pub fn is_empty(&self) -> bool {
        *self == LedgerFilter::default()
    }
}

/// The count and total quantity of the rows shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Totals {
    /// Number of activities.
    pub count: usize,
    /// Sum of their quantities.
    pub quantity: u64,
}

/// Indices into `doc.activities` of the rows the filter keeps, in the
/// sort's order. Ties fall back to date then id, so the order never
/// jumps between renders.
pub fn ledger_rows(doc: &Document, filter: &LedgerFilter, sort: LedgerSort) -> Vec<usize> {
    ledger_rows_indexed(doc, filter, sort, None)
}

/// What the text filter searches, lower-cased once per activity: the title,
/// notes, people, lead unit and target titles. A view keeps one while the
/// document is unchanged, so that a keystroke in the search box only
/// searches.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    hay: Vec<String>,
}

impl SearchIndex {
    /// The index of every activity of `doc`, in ledger order.
    pub fn new(doc: &Document) -> Self {
        let titles = target_titles(&doc.plan);
        let hay = doc
            .activities
            .iter()
            .map(|a| {
                let mut hay = format!(
                    "{}\n{}\n{}\n{}",
                    a.title,
                    a.notes,
                    a.people.join(" "),
                    a.lead_unit
                );
                for t in &a.targets {
                    hay.push('\n');
                    hay.push_str(titles.get(t).copied().unwrap_or(t.as_str()));
                }
                hay.to_lowercase()
            })
            .collect();
        SearchIndex { hay }
    }
}

fn target_titles(plan: &crate::plan::Plan) -> HashMap<&TargetId, &str> {
    plan.targets()
        .map(|(_, t)| (&t.id, t.title.as_str()))
        .collect()
}

/// [`ledger_rows`] with the text searched in `index`, made from `doc`. An
/// index of another length (made before a change) is not trusted: one is
/// made here instead, as it is when none is given.
pub fn ledger_rows_indexed(
    doc: &Document,
    filter: &LedgerFilter,
    sort: LedgerSort,
    index: Option<&SearchIndex>,
) -> Vec<usize> {
    let plan = &doc.plan;
    let titles = target_titles(plan);
    let section_of: HashMap<&TargetId, &SectionId> =
        plan.targets().map(|(s, t)| (&t.id, &s.id)).collect();
    let words: Vec<String> = filter
        .text
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let made;
    let index = match index {
        Some(ix) if ix.hay.len() == doc.activities.len() => Some(ix),
        _ if !words.is_empty() => {
            made = SearchIndex::new(doc);
            Some(&made)
        }
        _ => None,
    };
    let person = filter.person.trim();
    let unit = filter.unit.trim();

    let keep = |i: usize, a: &Activity| -> bool {
        if filter.from.is_some_and(|d| a.date < d) || filter.to.is_some_and(|d| a.date > d) {
            return false;
        }
        if let Some(t) = &filter.target {
            if !a.targets.contains(t) {
                return false;
            }
        }
        if let Some(s) = &filter.section {
            if !a.targets.iter().any(|t| section_of.get(t) == Some(&s)) {
                return false;
            }
        }
        if !person.is_empty() && !a.people.iter().any(|p| p == person) {
            return false;
        }
        if !unit.is_empty() && a.lead_unit != unit {
            return false;
        }
        if !words.is_empty() {
            let Some(hay) = index.and_then(|ix| ix.hay.get(i)) else {
                return false;
            };
            if !words.iter().all(|w| hay.contains(w.as_str())) {
                return false;
            }
        }
        true
    };

    let rows = doc
        .activities
        .iter()
        .enumerate()
        .filter(|&(i, a)| keep(i, a))
        .map(|(i, _)| i);
    in_order(&doc.activities, rows, sort, &titles)
}

/// The names the add form and the filters offer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownNames {
    /// People: the roster, then names found in activities, each once, in
    /// the order first met.
    pub people: Vec<String>,
    /// Lead units: the plan's, then those found in activities (never an
    /// empty one), each once, in the order first met.
    pub units: Vec<String>,
}

/// The people and lead units the ledger knows, in one walk over the
/// activities. The roster and the plan's units are kept as written.
pub fn known_names(doc: &Document) -> KnownNames {
    let mut people: Vec<String> = doc.plan.people.iter().map(|p| p.name.clone()).collect();
    let mut units: Vec<String> = doc.plan.units.clone();
    let mut seen_people: HashSet<&str, BuildFnv> = HashSet::default();
    seen_people.extend(doc.plan.people.iter().map(|p| p.name.as_str()));
    let mut seen_units: HashSet<&str, BuildFnv> = HashSet::default();
    seen_units.extend(doc.plan.units.iter().map(String::as_str));
    // A ledger names the same unit row after row: the last one is the
    // cheap first check.
    let mut last_unit: Option<&str> = None;
    for a in &doc.activities {
        for p in &a.people {
            if seen_people.insert(p.as_str()) {
                people.push(p.clone());
            }
        }
        let unit = a.lead_unit.as_str();
        if unit.is_empty() || last_unit == Some(unit) {
            continue;
        }
        last_unit = Some(unit);
        if seen_units.insert(unit) {
            units.push(a.lead_unit.clone());
        }
    }
    KnownNames { people, units }
}

/// The count and total quantity of `rows` (indices into `doc.activities`).
pub fn totals(doc: &Document, rows: &[usize]) -> Totals {
    Totals {
        count: rows.len(),
        quantity: rows
            .iter()
            .filter_map(|&i| doc.activities.get(i))
            .map(|a| u64::from(a.quantity))
            .sum(),
    }
}

/// The records named by `ids`, in the order of `ids` (the engine lists the
/// evidence behind a figure in date order): one pass over the records, not
/// a search of the whole ledger per id. Ids with no record are left out.
pub fn pick_in_order<'a, R, K, F>(records: &'a [R], ids: &[K], key: F) -> Vec<&'a R>
where
    K: Eq + Hash + 'a,
    F: Fn(&'a R) -> &'a K,
{
    let wanted: HashSet<&K> = ids.iter().collect();
    let found: HashMap<&K, &R> = records
        .iter()
        .filter(|r| wanted.contains(key(r)))
        .map(|r| (key(r), r))
        .collect();
    ids.iter().filter_map(|id| found.get(id).copied()).collect()
}

/// How many pages `rows` rows fill (at least one, so "1 / 1" shows for an
/// empty table).
pub fn page_count(rows: usize, per_page: usize) -> usize {
    if per_page == 0 {
        return 1;
    }
    rows.div_ceil(per_page).max(1)
}

/// Page `page` (from 0) of `rows`; a page past the end gives the last one.
pub fn page_slice<T>(rows: &[T], page: usize, per_page: usize) -> &[T] {
    let per_page = per_page.max(1);
    let last = page_count(rows.len(), per_page) - 1;
    let start = page.min(last) * per_page;
    let end = (start + per_page).min(rows.len());
    &rows[start.min(rows.len())..end]
}

/// Targets whose title (or section title) holds every word typed, ignoring
/// case, in plan order: the choices offered while typing a target's name.
/// An empty query offers every target.
pub fn search_targets<'a>(plan: &'a Plan, query: &str) -> Vec<&'a TargetId> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    plan.targets()
        .filter(|(s, t)| {
            let hay = format!("{}\n{}", t.title, s.title).to_lowercase();
            words.iter().all(|w| hay.contains(w.as_str()))
        })
        .map(|(_, t)| &t.id)
        .collect()
}
