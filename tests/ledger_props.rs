//! The ledger table's order, the names the add form and the filters offer,
//! and the unassigned records, over generated ledgers full of ties (one
//! date, one title, one id shared by several rows; texts that agree in
//! their first sixteen bytes and more): each is exactly what a plain,
//! obviously right reading of its rule gives.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Days, NaiveDate};
use proptest::prelude::*;

use luoshi::plan::{
    Activity, ActivityId, Document, Person, Plan, Reading, ReadingId, ReadingValue, Section,
    SectionId, Stamp, Target, TargetId, TargetKind,
};
use luoshi::present::{
    known_names, ledger_rows, LedgerColumn, LedgerFilter, LedgerSort, SearchIndex,
};
use luoshi::unassigned::{self, Unassigned};

/// Texts that tie, share long beginnings, end early, hold a NUL or are
/// written in Chinese (three bytes a character).
const TEXTS: [&str; 12] = [
    "",
    "a",
    "a\0",
    "ab",
    "B",
    "会",
    "会议",
    "会议纪要",
    "第一次专题调度会暨重点任务推进情况督查甲",
    "第一次专题调度会暨重点任务推进情况督查乙",
    "0123456789abcdef",
    "0123456789abcdef0",
];

/// Ids as the app makes them (`a-` and sixteen hex digits) and as files
/// bring them, several sharing their first sixteen bytes.
const IDS: [&str; 8] = [
    "a-0123456789abcdef",
    "a-0123456789abcdee",
    "a-0123456789abcd",
    "a-0123456789abcdef0",
    "a",
    "",
    "b\0",
    "b",
];

const PEOPLE: [&str; 5] = ["张三", "李四", "张三丰", "", "王五"];
const UNITS: [&str; 4] = ["", "办公室", "督查室", "办公室一处"];
/// Target ids: the first three are in the plan, the others are not.
const TARGETS: [&str; 5] = ["t1", "t2", "t3", "gone", "gone2"];

fn day(n: u64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1)
        .and_then(|d| d.checked_add_days(Days::new(n)))
        .unwrap_or(NaiveDate::MIN)
}

fn stamp() -> Stamp {
    DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").unwrap_or_default()
}

fn target(id: &str, title: &str) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: title.into(),
        kind: TargetKind::Count { target: 3 },
        unit: String::new(),
        lead_unit: String::new(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

fn doc(
    titles: [usize; 3],
    roster: Vec<usize>,
    units: Vec<usize>,
    activities: Vec<Activity>,
    readings: Vec<Reading>,
) -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: String::new(),
        plan: Plan {
            id: Default::default(),
            rules: Default::default(),
            stamps: Default::default(),
            title: "计划".into(),
            start: day(0),
            end: day(364),
            sections: vec![Section {
                id: SectionId::from("s"),
                title: String::new(),
                targets: (0..3)
                    .map(|n| target(TARGETS[n], TEXTS[titles[n]]))
                    .collect(),
            }],
            people: roster
                .into_iter()
                .map(|n| Person {
                    name: PEOPLE[n].into(),
                    role: String::new(),
                })
                .collect(),
            units: units.into_iter().map(|n| UNITS[n].into()).collect(),
            updated_at: stamp(),
        },
        activities,
        readings,
        tombstones: Vec::new(),
    }
}

#[allow(clippy::type_complexity)]
fn activity() -> impl Strategy<Value = Activity> {
    (
        (0..IDS.len(), 0u64..4, 0..TEXTS.len(), 1u32..4),
        prop::collection::vec(0..TARGETS.len(), 0..3),
        prop::collection::vec(0..PEOPLE.len(), 0..3),
        (0..UNITS.len(), 0..TEXTS.len()),
    )
        .prop_map(
            |((id, date, title, quantity), targets, people, (unit, notes))| Activity {
                recorded_by: String::new(),
                evidence: Vec::new(),
                id: ActivityId::from(IDS[id]),
                date: day(date),
                title: TEXTS[title].into(),
                targets: targets
                    .into_iter()
                    .map(|t| TargetId::from(TARGETS[t]))
                    .collect(),
                quantity,
                people: people.into_iter().map(|p| PEOPLE[p].to_string()).collect(),
                lead_unit: UNITS[unit].into(),
                notes: TEXTS[notes].into(),
                updated_at: stamp(),
            },
        )
}

fn reading() -> impl Strategy<Value = Reading> {
    (0..TARGETS.len(), 0u64..4).prop_map(|(t, date)| Reading {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ReadingId::from("r"),
        target: TargetId::from(TARGETS[t]),
        date: day(date),
        value: ReadingValue::Counts {
            numerator: 1,
            denominator: 2,
        },
        notes: String::new(),
        updated_at: stamp(),
    })
}

fn ledger() -> impl Strategy<Value = Document> {
    (
        [0..TEXTS.len(), 0..TEXTS.len(), 0..TEXTS.len()],
        prop::collection::vec(0..PEOPLE.len(), 0..4),
        prop::collection::vec(0..UNITS.len(), 0..3),
        prop::collection::vec(activity(), 0..60),
        prop::collection::vec(reading(), 0..6),
    )
        .prop_map(|(titles, roster, units, activities, readings)| {
            doc(titles, roster, units, activities, readings)
        })
}

fn sorts() -> Vec<LedgerSort> {
    LedgerColumn::ALL
        .into_iter()
        .flat_map(|column| [false, true].map(|descending| LedgerSort { column, descending }))
        .collect()
}

/// The ledger's order as its rule says, with owned texts compared in a
/// stable sort of the rows in ledger order.
fn reference_rows(doc: &Document, from: Option<NaiveDate>, sort: LedgerSort) -> Vec<usize> {
    let titles: HashMap<&TargetId, &str> = doc
        .plan
        .targets()
        .map(|(_, t)| (&t.id, t.title.as_str()))
        .collect();
    let acts = &doc.activities;
    let text = |a: &Activity| -> String {
        match sort.column {
            LedgerColumn::Title => a.title.clone(),
            LedgerColumn::Unit => a.lead_unit.clone(),
            LedgerColumn::Notes => a.notes.clone(),
            LedgerColumn::People => a.people.join("、"),
            LedgerColumn::Targets => a
                .targets
                .iter()
                .map(|t| titles.get(t).copied().unwrap_or(t.as_str()))
                .collect::<Vec<_>>()
                .join("、"),
            LedgerColumn::Date | LedgerColumn::Quantity => String::new(),
        }
    };
    let mut rows: Vec<usize> = (0..acts.len())
        .filter(|&i| from.is_none_or(|d| acts[i].date >= d))
        .collect();
    rows.sort_by(|&i, &j| {
        let (a, b) = (&acts[i], &acts[j]);
        let column = match sort.column {
            LedgerColumn::Quantity => a.quantity.cmp(&b.quantity),
            LedgerColumn::Date => Ordering::Equal,
            _ => text(a).cmp(&text(b)),
        };
        let primary = column.then(a.date.cmp(&b.date));
        let primary = if sort.descending {
            primary.reverse()
        } else {
            primary
        };
        primary.then(a.id.0.cmp(&b.id.0))
    });
    rows
}

/// Each name once, in the order first met, by looking through the list.
fn first_met<'a>(start: Vec<String>, found: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut out = start;
    for name in found {
        if !out.contains(name) {
            out.push(name.clone());
        }
    }
    out
}

/// The records naming a target the plan lacks, by asking the plan each time.
fn reference_unassigned(doc: &Document) -> Unassigned {
    let has = |id: &TargetId| doc.plan.targets().any(|(_, t)| &t.id == id);
    let activities: Vec<usize> = (0..doc.activities.len())
        .filter(|&i| doc.activities[i].targets.iter().any(|t| !has(t)))
        .collect();
    let readings: Vec<usize> = (0..doc.readings.len())
        .filter(|&i| !has(&doc.readings[i].target))
        .collect();
    let missing: BTreeSet<TargetId> = doc
        .activities
        .iter()
        .flat_map(|a| a.targets.iter())
        .chain(doc.readings.iter().map(|r| &r.target))
        .filter(|t| !has(t))
        .cloned()
        .collect();
    Unassigned {
        activities,
        readings,
        missing: missing.into_iter().collect(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_table_is_in_the_order_its_rule_gives(doc in ledger(), from in prop::option::of(0u64..4)) {
        let from = from.map(day);
        let filter = LedgerFilter { from, ..LedgerFilter::default() };
        for sort in sorts() {
            prop_assert_eq!(ledger_rows(&doc, &filter, sort), reference_rows(&doc, from, sort), "{:?}", sort);
        }
    }

    #[test]
    fn the_names_offered_are_each_name_once_in_the_order_first_met(doc in ledger()) {
        let known = known_names(&doc);
        let roster: Vec<String> = doc.plan.people.iter().map(|p| p.name.clone()).collect();
        let people = first_met(roster, doc.activities.iter().flat_map(|a| a.people.iter()));
        let units = first_met(
            doc.plan.units.clone(),
            doc.activities.iter().map(|a| &a.lead_unit).filter(|u| !u.is_empty()),
        );
        prop_assert_eq!(known.people, people);
        prop_assert_eq!(known.units, units);
    }

    #[test]
    fn unassigned_records_are_those_the_plan_does_not_know(doc in ledger()) {
        let found = unassigned::find(&doc);
        prop_assert_eq!(unassigned::any(&doc), !found.is_empty());
        prop_assert_eq!(found, reference_unassigned(&doc));
    }
}

fn act(id: &str, date: u64, title: &str) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId::from(id),
        date: day(date),
        title: title.into(),
        targets: vec![TargetId::from("t1")],
        quantity: 1,
        people: Vec::new(),
        lead_unit: String::new(),
        notes: String::new(),
        updated_at: stamp(),
    }
}

fn ids(doc: &Document, rows: &[usize]) -> Vec<String> {
    rows.iter()
        .map(|&i| doc.activities[i].id.to_string())
        .collect()
}

#[test]
fn ties_are_settled_by_date_then_by_id_ascending_either_way() {
    let long = "第一次专题调度会暨重点任务推进情况督查";
    let doc = doc(
        [0, 1, 2],
        Vec::new(),
        Vec::new(),
        vec![
            act("a-0123456789abcdef1", 1, long),
            act("a-0123456789abcdef0", 1, long),
            act("a-0123456789abcdef", 1, long),
            act("b", 0, long),
            act("a", 2, &format!("{long}甲")),
        ],
        Vec::new(),
    );
    let by = |column, descending| {
        ids(
            &doc,
            &ledger_rows(
                &doc,
                &LedgerFilter::default(),
                LedgerSort { column, descending },
            ),
        )
    };
    assert_eq!(
        by(LedgerColumn::Title, false),
        [
            "b",
            "a-0123456789abcdef",
            "a-0123456789abcdef0",
            "a-0123456789abcdef1",
            "a"
        ]
    );
    assert_eq!(
        by(LedgerColumn::Title, true),
        [
            "a",
            "a-0123456789abcdef",
            "a-0123456789abcdef0",
            "a-0123456789abcdef1",
            "b"
        ]
    );
    assert_eq!(
        by(LedgerColumn::Date, true),
        [
            "a",
            "a-0123456789abcdef",
            "a-0123456789abcdef0",
            "a-0123456789abcdef1",
            "b"
        ]
    );
}

#[test]
fn rows_of_one_id_keep_ledger_order() {
    let mut first = act("x", 0, "同");
    first.notes = "first".into();
    let mut second = act("x", 0, "同");
    second.notes = "second".into();
    let doc = doc(
        [0, 1, 2],
        Vec::new(),
        Vec::new(),
        vec![first, second],
        Vec::new(),
    );
    for sort in sorts() {
        if sort.column == LedgerColumn::Notes {
            continue;
        }
        assert_eq!(
            ledger_rows(&doc, &LedgerFilter::default(), sort),
            [0, 1],
            "{sort:?}"
        );
    }
}

#[test]
fn a_searched_ledger_is_in_the_same_order() {
    let doc = doc(
        [0, 1, 2],
        Vec::new(),
        Vec::new(),
        vec![
            act("c", 0, "会议纪要"),
            act("b", 0, "会议"),
            act("a", 1, "会议"),
        ],
        Vec::new(),
    );
    let index = SearchIndex::new(&doc);
    let filter = LedgerFilter {
        text: "会议".into(),
        ..LedgerFilter::default()
    };
    let sort = LedgerSort {
        column: LedgerColumn::Title,
        descending: false,
    };
    let rows = luoshi::present::ledger_rows_indexed(&doc, &filter, sort, Some(&index));
    assert_eq!(ids(&doc, &rows), ["b", "a", "c"]);
}

#[test]
fn names_offered_keep_the_roster_as_written() {
    let mut a = act("a", 0, "x");
    a.people = vec!["李四".into(), "张三".into(), "李四".into()];
    a.lead_unit = "督查室".into();
    let mut b = act("b", 0, "x");
    b.people = vec!["王五".into()];
    b.lead_unit = "办公室".into();
    let mut c = act("c", 0, "x");
    c.lead_unit = "督查室".into();
    let doc = doc(
        [0, 1, 2],
        vec![0, 0, 3],
        vec![1, 0],
        vec![a, b, c],
        Vec::new(),
    );
    let known = known_names(&doc);
    assert_eq!(known.people, ["张三", "张三", "", "李四", "王五"]);
    assert_eq!(known.units, ["办公室", "", "督查室"]);
}
