//! Each kind of target in one module (`luoshi::plan::kind`): the one
//! switch between kinds, the fields' text, the shared figures and what
//! the chart, the workbook and the pages ask of a kind.

use chrono::NaiveDate;

use luoshi::fixed::Fixed;
use luoshi::i18n::Lang;
use luoshi::plan::kind::*;
use luoshi::plan::{Better, Cadence, Direction, TargetKind};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

const END: fn() -> NaiveDate = || d(2026, 12, 31);

fn switch(old: &TargetKind, due: Option<NaiveDate>, key: &str) -> Switched {
    let people = ["张三".to_string(), "李四".to_string()];
    let ctx = Context {
        end: END(),
        people: &people,
    };
    switch_kind(old, due, key, &ctx).unwrap()
}

#[test]
fn every_kind_is_listed_once_and_found_by_its_name() {
    let keys: Vec<&str> = KINDS.iter().map(|k| k.key()).collect();
    assert_eq!(
        keys,
        [
            "count",
            "range",
            "per_person",
            "cadence",
            "threshold",
            "ratio",
            "improvement",
            "milestone"
        ]
    );
    let one = TargetKind::Count { target: 1 };
    for k in KINDS {
        let made = switch(&one, None, k.key()).kind;
        assert_eq!(of(&made).key(), k.key());
        assert_eq!(made.as_str(), k.key());
        assert!(by_key(k.key()).is_some());
        // The name is the i18n table's, in both languages.
        assert!(!k.name(Lang::Zh).is_empty() && !k.name(Lang::En).is_empty());
    }
    assert!(by_key("poem").is_none());
}

/// The plan editor gave a count of 8 switched to a range 8–10, the intake
/// review 8–8. A range is now 8–8 in both: the upper end is the user's to
/// give, never a figure made up.
#[test]
fn a_count_switched_to_a_range_keeps_its_number_at_both_ends() {
    let s = switch(&TargetKind::Count { target: 8 }, None, "range");
    assert_eq!(s.kind, TargetKind::Range { min: 8, max: 8 });
}

#[test]
fn what_carries_over_between_kinds() {
    let due = Some(d(2026, 6, 30));
    let count = TargetKind::Count { target: 6 };
    // The number carries to every kind that counts; the due date to those
    // that take one, and to a milestone as its date.
    assert_eq!(
        switch(&count, due, "cadence").kind,
        TargetKind::Cadence {
            every: Cadence::Month,
            at_least: 6
        }
    );
    assert_eq!(switch(&count, due, "cadence").due, None);
    let pp = switch(&count, due, "per_person");
    assert_eq!(
        pp.kind,
        TargetKind::PerPerson {
            each: 6,
            roster: vec!["张三".into(), "李四".into()]
        }
    );
    assert_eq!(pp.due, due);
    assert_eq!(
        switch(&count, due, "milestone").kind,
        TargetKind::Milestone {
            due: d(2026, 6, 30)
        }
    );
    assert_eq!(
        switch(&count, None, "milestone").kind,
        TargetKind::Milestone { due: END() }
    );
    let back = switch(&TargetKind::Milestone { due: d(2026, 3, 1) }, None, "count");
    assert_eq!(back.kind, TargetKind::Count { target: 1 });
    assert_eq!(back.due, Some(d(2026, 3, 1)));
    // A line carries between the measured kinds, at most 100; a rate takes %.
    let th = TargetKind::Threshold {
        line: Fixed::from_int(120),
        direction: Direction::AtMost,
    };
    let r = switch(&th, None, "ratio");
    assert_eq!(
        r.kind,
        TargetKind::Ratio {
            line: Fixed::from_int(100),
            numerator: "完成".into(),
            denominator: "应完成".into()
        }
    );
    assert_eq!(r.unit, Some("%"));
    // No baseline is made up for an improvement.
    assert_eq!(
        switch(&count, None, "improvement").kind,
        TargetKind::Improvement {
            baseline: Fixed::ZERO,
            percent: Fixed::from_int(30),
            better: Better::Higher
        }
    );
    // The same kind is left as it is.
    assert_eq!(switch(&count, due, "count").kind, count);
    let ctx = Context {
        end: END(),
        people: &[],
    };
    assert_eq!(
        switch_kind(&count, None, "poem", &ctx),
        Err(FieldError::BadChoice("poem".into()))
    );
}

#[test]
fn fields_are_read_and_set_by_their_text() {
    let mut k = TargetKind::Range { min: 8, max: 8 };
    let mut due = None;
    set(&mut k, &mut due, Field::Max, "１２").unwrap();
    assert_eq!(text(&k, due, Field::Max), "12");
    assert_eq!(
        set(&mut k, &mut due, Field::Min, "0"),
        Err(FieldError::NotWhole("0".into()))
    );
    set(&mut k, &mut due, Field::Min, "13").unwrap();
    assert_eq!(
        of(&k).check(&k),
        [(Field::Min, Problem::MinAboveMax { min: 13, max: 12 })]
    );
    set(&mut k, &mut due, Field::Due, "2026-09-30").unwrap();
    assert_eq!(due, Some(d(2026, 9, 30)));
    assert_eq!(
        set(&mut k, &mut due, Field::Line, "5"),
        Err(FieldError::NoSuchField)
    );
    let mut r = TargetKind::Ratio {
        line: Fixed::from_int(90),
        numerator: String::new(),
        denominator: String::new(),
    };
    assert_eq!(
        set(&mut r, &mut due, Field::Line, "120"),
        Err(FieldError::RatioAbove100("120".into()))
    );
    set(&mut r, &mut due, Field::Line, "95.5%").unwrap();
    set(&mut r, &mut due, Field::Numerator, "办结").unwrap();
    assert_eq!(text(&r, None, Field::Line), "95.5");
    assert_eq!(text(&r, None, Field::Numerator), "办结");
    let mut m = TargetKind::Milestone { due: END() };
    assert_eq!(
        set(&mut m, &mut due, Field::Due, ""),
        Err(FieldError::DueRequired)
    );
    let mut c = TargetKind::Cadence {
        every: Cadence::Month,
        at_least: 1,
    };
    set(&mut c, &mut due, Field::Every, "quarter").unwrap();
    assert_eq!(
        set(&mut c, &mut due, Field::Every, "fortnight"),
        Err(FieldError::BadChoice("fortnight".into()))
    );
    assert_eq!(text(&c, None, Field::Every), "quarter");
    // Every field a kind lists can be read back.
    for k in KINDS {
        let made = switch(&TargetKind::Count { target: 3 }, None, k.key()).kind;
        for f in k.fields() {
            assert!(
                k.text(&made, f.field).is_some(),
                "{} {:?}",
                k.key(),
                f.field
            );
            assert!(!(f.label)(Lang::Zh).is_empty());
        }
    }
}

#[test]
fn refusals_are_worded_in_both_languages() {
    let e = FieldError::NotWhole("x".into());
    assert_eq!(e.message(Lang::Zh), "“x”不是大于 0 的整数");
    assert_eq!(e.message(Lang::En), e.to_string());
}

#[test]
fn an_improvement_aims_at_its_baseline_moved_by_its_percent() {
    // 10 days lowered by 30% aims at 7 days; 80 raised by 12.5% at 90.
    assert_eq!(
        improvement::aim(Fixed::from_int(10), Fixed::from_int(30), Better::Lower),
        Fixed::from_int(7)
    );
    assert_eq!(
        improvement::aim(
            Fixed::from_int(80),
            Fixed::from_raw(125_000),
            Better::Higher
        ),
        Fixed::from_int(90)
    );
}

/// A threshold's line may be 0 (安全生产事故 ≤ 0 起), as the plan editor
/// took it; a rate's line and an improvement must be above 0.
#[test]
fn a_threshold_line_may_be_zero() {
    let mut due = None;
    let mut k = TargetKind::Threshold {
        line: Fixed::from_int(90),
        direction: Direction::AtLeast,
    };
    set(&mut k, &mut due, Field::Direction, "<=").unwrap();
    set(&mut k, &mut due, Field::Line, "0").unwrap();
    assert_eq!(
        k,
        TargetKind::Threshold {
            line: Fixed::ZERO,
            direction: Direction::AtMost
        }
    );
    assert_eq!(
        set(&mut k, &mut due, Field::Line, "几"),
        Err(FieldError::NotDecimal("几".into()))
    );
    let mut r = TargetKind::Ratio {
        line: Fixed::from_int(90),
        numerator: String::new(),
        denominator: String::new(),
    };
    assert_eq!(
        set(&mut r, &mut due, Field::Line, "0"),
        Err(FieldError::NotNumber("0".into()))
    );
}

/// One target of each kind, as the kinds' constructors build them, in the
/// order of `KINDS`.
fn one_of_each() -> Vec<TargetKind> {
    vec![
        count::target(6),
        range::target(8, 10),
        per_person::target(4, vec!["张三".into(), "李四".into()]),
        cadence::target(Cadence::Quarter, 1),
        threshold::target(Fixed::from_int(90), Direction::AtLeast),
        ratio::target(Fixed::from_int(95), "办结", "受理"),
        improvement::target(Fixed::from_int(3), Fixed::from_int(30), Better::Lower),
        milestone::target(d(2026, 6, 30)),
    ]
}

#[test]
fn each_constructor_builds_its_own_kind_with_its_figures() {
    let made = one_of_each();
    let keys: Vec<&str> = made.iter().map(|k| of(k).key()).collect();
    let listed: Vec<&str> = KINDS.iter().map(|k| k.key()).collect();
    assert_eq!(keys, listed);
    assert_eq!(made[1], TargetKind::Range { min: 8, max: 10 });
    assert_eq!(
        made[5],
        TargetKind::Ratio {
            line: Fixed::from_int(95),
            numerator: "办结".into(),
            denominator: "受理".into()
        }
    );
    assert_eq!(ratio::labels(&made[5]), Some(("办结", "受理")));
    assert_eq!(ratio::labels(&made[0]), None);
}

/// The chart's cumulative line and the page's per-person table ask the
/// kind what it counts to; being far behind is a number of points for
/// exactly those kinds.
#[test]
fn the_paced_kinds_say_what_they_count_to() {
    let made = one_of_each();
    for k in &made {
        let rule = of(k);
        assert_eq!(rule.paced(), rule.count_goal(k).is_some(), "{}", rule.key());
    }
    fn goal(k: &TargetKind) -> Option<CountGoal<'_>> {
        of(k).count_goal(k)
    }
    assert_eq!(
        goal(&made[0]),
        Some(CountGoal {
            goal: 6,
            max: None,
            each: None
        })
    );
    assert_eq!(
        goal(&made[1]),
        Some(CountGoal {
            goal: 8,
            max: Some(10),
            each: None
        })
    );
    // A name twice on the roster is one person; the people come sorted.
    let twice = per_person::target(4, vec!["李四".into(), "张三".into(), "李四".into()]);
    assert_eq!(
        goal(&twice),
        Some(CountGoal {
            goal: 8,
            max: None,
            each: Some((4, vec!["张三", "李四"]))
        })
    );
    let paced: Vec<&str> = KINDS
        .iter()
        .filter(|k| k.paced())
        .map(|k| k.key())
        .collect();
    assert_eq!(paced, ["count", "range", "per_person"]);
}

#[test]
fn a_cadence_counts_periods_and_a_milestone_is_done_once() {
    let made = one_of_each();
    let units: Vec<Option<&str>> = made.iter().map(|k| of(k).counted_in(k, Lang::Zh)).collect();
    assert_eq!(
        units,
        [None, None, None, Some("个季度"), None, None, None, None]
    );
    let week = cadence::target(Cadence::Week, 2);
    assert_eq!(of(&week).counted_in(&week, Lang::En), Some("weeks"));
    let once: Vec<&str> = KINDS
        .iter()
        .filter(|k| k.is_once())
        .map(|k| k.key())
        .collect();
    assert_eq!(once, ["milestone"]);
}

/// A plan copied to the next year moves each kind's own dates: a
/// milestone's due date, and nothing of the other kinds.
#[test]
fn only_a_milestone_has_dates_of_its_own_to_move() {
    let later = |x: NaiveDate| x + chrono::Duration::days(365);
    for k in one_of_each() {
        let mut moved = k.clone();
        of(&k).move_dates(&mut moved, &later);
        if of(&k).key() == "milestone" {
            assert_eq!(moved, milestone::target(d(2027, 6, 30)));
        } else {
            assert_eq!(moved, k);
        }
    }
}
