//! Properties of the progress engine over generated plans and ledgers.

use chrono::{DateTime, Days, NaiveDate};
use proptest::prelude::*;

use luoshi::engine::{cumulative_status, evaluate, Status};
use luoshi::fixed::Fixed;
use luoshi::frac::Frac;
use luoshi::plan::{
    Activity, ActivityId, Better, Cadence, Direction, Document, Plan, Reading, ReadingId,
    ReadingValue, Section, SectionId, Stamp, Target, TargetId, TargetKind,
};

const PEOPLE: [&str; 4] = ["甲", "乙", "丙", "丁"];

fn start() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// Day `n` counted from 2026-01-01 (day 0); the 2026 plan is days 0..=364.
fn day(n: u64) -> NaiveDate {
    start()
        .checked_add_days(Days::new(n))
        .unwrap_or(NaiveDate::MAX)
}

fn stamp() -> Stamp {
    DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").unwrap_or_default()
}

fn target(id: String, kind: TargetKind, weight: u32) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId(id),
        title: "目标".into(),
        kind,
        unit: String::new(),
        lead_unit: String::new(),
        owner: String::new(),
        weight,
        due: None,
    }
}

fn doc(targets: Vec<Target>, activities: Vec<Activity>, readings: Vec<Reading>) -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: String::new(),
        plan: Plan {
            id: Default::default(),
            rules: Default::default(),
            stamps: Default::default(),
            title: "计划".into(),
            start: start(),
            end: day(364),
            sections: vec![Section {
                id: SectionId::from("s"),
                title: String::new(),
                targets,
            }],
            people: Vec::new(),
            units: Vec::new(),
            updated_at: stamp(),
        },
        activities,
        readings,
        tombstones: Vec::new(),
    }
}

fn activity(
    n: usize,
    date: u64,
    targets: Vec<String>,
    quantity: u32,
    people: Vec<String>,
) -> Activity {
    Activity {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ActivityId(format!("a{n}")),
        date: day(date),
        title: String::new(),
        targets: targets.into_iter().map(TargetId).collect(),
        quantity,
        people,
        lead_unit: String::new(),
        notes: String::new(),
        updated_at: stamp(),
    }
}

fn fixed(raw: i64) -> Fixed {
    Fixed::from_raw(raw)
}

/// Any kind of target, with figures in the ranges plans use (and zeros,
/// which validation would flag but the engine must survive).
fn kind() -> impl Strategy<Value = TargetKind> {
    prop_oneof![
        (0u32..20).prop_map(|target| TargetKind::Count { target }),
        (0u32..10, 0u32..10).prop_map(|(min, extra)| TargetKind::Range {
            min,
            max: min + extra
        }),
        (0u32..5, 0usize..=4).prop_map(|(each, n)| TargetKind::PerPerson {
            each,
            roster: PEOPLE[..n].iter().map(|s| s.to_string()).collect(),
        }),
        (0usize..4, 0u32..3).prop_map(|(c, at_least)| TargetKind::Cadence {
            every: [
                Cadence::Week,
                Cadence::Month,
                Cadence::Quarter,
                Cadence::Year
            ][c],
            at_least,
        }),
        (-1_000_000i64..2_000_000, any::<bool>()).prop_map(|(line, up)| {
            TargetKind::Threshold {
                line: fixed(line),
                direction: if up {
                    Direction::AtLeast
                } else {
                    Direction::AtMost
                },
            }
        }),
        (0i64..1_200_000).prop_map(|line| TargetKind::Ratio {
            line: fixed(line),
            numerator: "办结".into(),
            denominator: "受理".into(),
        }),
        (-10_000i64..500_000, -100_000i64..1_000_000, any::<bool>()).prop_map(
            |(baseline, percent, lower)| TargetKind::Improvement {
                baseline: fixed(baseline),
                percent: fixed(percent),
                better: if lower { Better::Lower } else { Better::Higher },
            }
        ),
        (0u64..400).prop_map(|due| TargetKind::Milestone { due: day(due) }),
    ]
}

type ActSpec = (u64, Vec<usize>, u32, Vec<usize>);
type ReadSpec = (usize, u64, bool, i64, u64, u64);

fn act_spec() -> impl Strategy<Value = ActSpec> {
    (
        0u64..420,
        prop::collection::vec(0usize..12, 1..3),
        0u32..4,
        prop::collection::vec(0usize..5, 0..3),
    )
}

fn read_spec() -> impl Strategy<Value = ReadSpec> {
    (
        0usize..12,
        0u64..420,
        any::<bool>(),
        -2_000_000i64..2_000_000,
        0u64..1000,
        0u64..1000,
    )
}

/// A plan of several targets of every kind with a ledger; ids t0, t1, …;
/// ledger records may also name t10 and t11, which need not exist.
fn build(kinds: Vec<(TargetKind, u32)>, acts: Vec<ActSpec>, reads: Vec<ReadSpec>) -> Document {
    let targets = kinds
        .into_iter()
        .enumerate()
        .map(|(i, (k, w))| target(format!("t{i}"), k, w))
        .collect();
    let activities = acts
        .into_iter()
        .enumerate()
        .map(|(n, (date, ts, q, ps))| {
            let people = ps
                .into_iter()
                .map(|p| PEOPLE.get(p).unwrap_or(&"外人").to_string())
                .collect();
            activity(
                n,
                date,
                ts.into_iter().map(|t| format!("t{t}")).collect(),
                q,
                people,
            )
        })
        .collect();
    let readings = reads
        .into_iter()
        .enumerate()
        .map(|(n, (t, date, is_value, v, num, den))| Reading {
            recorded_by: String::new(),
            evidence: Vec::new(),
            id: ReadingId(format!("r{n}")),
            target: TargetId(format!("t{t}")),
            date: day(date),
            value: if is_value {
                ReadingValue::Value(fixed(v))
            } else {
                ReadingValue::Counts {
                    numerator: num,
                    denominator: den,
                }
            },
            notes: String::new(),
            updated_at: stamp(),
        })
        .collect();
    doc(targets, activities, readings)
}

/// The cumulative rule written out afresh over whole numbers: `actual` of
/// `goal` done, `elapsed` of `total` days gone.
fn expected_count_status(actual: u64, goal: u64, elapsed: u64, total: u64) -> Status {
    let (a, n, e, t) = (
        u128::from(actual),
        u128::from(goal),
        u128::from(elapsed),
        u128::from(total),
    );
    if e == 0 {
        Status::NotStarted
    } else if a >= n {
        Status::Done
    } else if e == t {
        Status::NotDone
    } else if a * t >= e * n {
        Status::OnTrack
    } else if (e * n - a * t) * 10 > n * t {
        // tp − completion = (e·n − a·t) / (n·t) > 1/10
        Status::FarBehind
    } else {
        Status::Behind
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// The plan total and every target's completion stay within 0..=1.
    #[test]
    fn completion_never_exceeds_one(
        kinds in prop::collection::vec((kind(), 0u32..5), 0..12),
        acts in prop::collection::vec(act_spec(), 0..60),
        reads in prop::collection::vec(read_spec(), 0..30),
        as_of in 0u64..420,
    ) {
        let d = build(kinds, acts, reads);
        let p = evaluate(&d, day(as_of));
        prop_assert!(p.completion <= Frac::ONE, "plan total {}", p.completion);
        for t in &p.targets {
            prop_assert!(t.completion <= Frac::ONE, "{} at {}", t.id, t.completion);
            prop_assert!(t.time_progress <= Frac::ONE);
        }
        prop_assert!(p.time_progress <= Frac::ONE);
    }

    /// One more activity never lowers a count target's completion.
    #[test]
    fn adding_an_activity_never_lowers_a_count(
        goal in 0u32..20,
        acts in prop::collection::vec(act_spec(), 0..40),
        extra in act_spec(),
        as_of in 0u64..420,
    ) {
        let kinds = vec![(TargetKind::Count { target: goal }, 1)];
        let before = build(kinds.clone(), acts.clone(), Vec::new());
        let mut more = acts;
        // Make sure the new activity names the count target.
        let (date, mut ts, q, ps) = extra;
        ts.push(0);
        more.push((date, ts, q, ps));
        let after = build(kinds, more, Vec::new());
        let id = TargetId::from("t0");
        let b = evaluate(&before, day(as_of));
        let a = evaluate(&after, day(as_of));
        let (Some(b), Some(a)) = (b.get(&id), a.get(&id)) else {
            return Err(TestCaseError::fail("count target missing"));
        };
        prop_assert!(a.completion >= b.completion);
        prop_assert!(a.raw_completion >= b.raw_completion);
    }

    /// A count target's status follows from its completion and 序时进度
    /// alone: it equals the rule recomputed from the two figures.
    #[test]
    fn count_status_is_a_function_of_completion_and_time(
        goal in 1u32..20,
        acts in prop::collection::vec(act_spec(), 0..40),
        as_of in 0u64..420,
    ) {
        let d = build(vec![(TargetKind::Count { target: goal }, 1)], acts, Vec::new());
        let p = evaluate(&d, day(as_of));
        let Some(t) = p.get(&TargetId::from("t0")) else {
            return Err(TestCaseError::fail("count target missing"));
        };
        // Recover the two figures as whole numbers from the fractions.
        let c = t.raw_completion;
        let tp = t.time_progress;
        prop_assert_eq!(365 % tp.den(), 0);
        let elapsed = tp.num() * (365 / tp.den());
        let actual = c.num() * u128::from(goal) / c.den();
        prop_assert_eq!(Frac::new(actual, u128::from(goal)), c);
        let want = expected_count_status(
            u64::try_from(actual).unwrap_or(u64::MAX),
            u64::from(goal),
            u64::try_from(elapsed).unwrap_or(u64::MAX),
            365,
        );
        prop_assert_eq!(t.status, want);
        prop_assert_eq!(t.status, cumulative_status(c, tp));
    }
}
