//! Tests of the calendar periods and 序时进度.

use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn check_bounds(p: Period, start: &str, end: &str, zh: &str, en: &str) {
    assert_eq!((p.start(), p.end()), (d(start), d(end)), "{p:?}");
    assert_eq!(p.label_zh(), zh);
    assert_eq!(p.label_en(), en);
}

#[test]
fn bounds_and_labels() {
    check_bounds(
        Period::Week {
            year: 2026,
            week: 14,
        },
        "2026-03-30",
        "2026-04-05",
        "2026年第14周",
        "2026-W14",
    );
    check_bounds(
        Period::Week {
            year: 2026,
            week: 53,
        },
        "2026-12-28",
        "2027-01-03",
        "2026年第53周",
        "2026-W53",
    );
    check_bounds(
        Period::Week {
            year: 2025,
            week: 1,
        },
        "2024-12-30",
        "2025-01-05",
        "2025年第1周",
        "2025-W01",
    );
    check_bounds(
        Period::Month {
            year: 2028,
            month: 2,
        },
        "2028-02-01",
        "2028-02-29",
        "2028年2月",
        "Feb 2028",
    );
    check_bounds(
        Period::Month {
            year: 2026,
            month: 3,
        },
        "2026-03-01",
        "2026-03-31",
        "2026年3月",
        "Mar 2026",
    );
    check_bounds(
        Period::Quarter {
            year: 2026,
            quarter: 2,
        },
        "2026-04-01",
        "2026-06-30",
        "2026年第2季度",
        "2026Q2",
    );
    check_bounds(
        Period::Year(2026),
        "2026-01-01",
        "2026-12-31",
        "2026年",
        "2026",
    );
    assert_eq!(
        Period::Month {
            year: 2026,
            month: 3
        }
        .code(),
        "2026-03"
    );
    assert_eq!(Period::Year(2028).days(), 366);
}

#[test]
fn containing_uses_iso_week_years() {
    let check = |c: Cadence, date: &str, expected: Period| {
        assert_eq!(Period::containing(c, d(date)), expected, "{date}");
        assert!(expected.contains(d(date)));
    };
    check(
        Cadence::Week,
        "2027-01-01",
        Period::Week {
            year: 2026,
            week: 53,
        },
    );
    check(
        Cadence::Week,
        "2024-12-31",
        Period::Week {
            year: 2025,
            week: 1,
        },
    );
    check(
        Cadence::Month,
        "2026-02-28",
        Period::Month {
            year: 2026,
            month: 2,
        },
    );
    check(
        Cadence::Quarter,
        "2026-10-01",
        Period::Quarter {
            year: 2026,
            quarter: 4,
        },
    );
    check(Cadence::Year, "2026-12-31", Period::Year(2026));
}

#[test]
fn periods_of_a_plan() {
    let weeks = periods_in(Cadence::Week, d("2026-01-01"), d("2026-12-31"));
    // 2026-01-01 is a Thursday: W01 (12-29..01-04) has 4 days in 2026.
    // 2026-W53 runs 12-28..2027-01-03 with 4 days in 2026: it belongs.
    assert_eq!(weeks.len(), 53);
    assert_eq!(
        weeks[0],
        Period::Week {
            year: 2026,
            week: 1
        }
    );
    assert_eq!(
        weeks[52],
        Period::Week {
            year: 2026,
            week: 53
        }
    );

    // 2025-01-01 is a Wednesday: 2025-W01 (2024-12-30..2025-01-05) has 5
    // days in 2025; 2025-12-29 (Mon) starts 2026-W01 with 3 days in 2025.
    let weeks = periods_in(Cadence::Week, d("2025-01-01"), d("2025-12-31"));
    assert_eq!(weeks.len(), 52);
    assert_eq!(
        weeks[0],
        Period::Week {
            year: 2025,
            week: 1
        }
    );
    assert_eq!(
        weeks[51],
        Period::Week {
            year: 2025,
            week: 52
        }
    );

    // 2027-01-01 is a Friday: 2026-W53 has only 3 days in 2027.
    let weeks = periods_in(Cadence::Week, d("2027-01-01"), d("2027-12-31"));
    assert_eq!(
        weeks[0],
        Period::Week {
            year: 2027,
            week: 1
        }
    );
    assert_eq!(weeks.len(), 52);

    let months = periods_in(Cadence::Month, d("2026-03-15"), d("2026-05-01"));
    assert_eq!(
        months,
        vec![
            Period::Month {
                year: 2026,
                month: 3
            },
            Period::Month {
                year: 2026,
                month: 4
            },
            Period::Month {
                year: 2026,
                month: 5
            },
        ]
    );
    let quarters = periods_in(Cadence::Quarter, d("2026-01-01"), d("2026-12-31"));
    assert_eq!(quarters.len(), 4);
    let years = periods_in(Cadence::Year, d("2026-07-01"), d("2027-06-30"));
    assert_eq!(years, vec![Period::Year(2026), Period::Year(2027)]);
    assert!(periods_in(Cadence::Month, d("2026-02-01"), d("2026-01-01")).is_empty());
}

#[test]
fn time_progress_counts_both_ends() {
    let check = |start: &str, end: &str, as_of: &str, num: u128, den: u128| {
        assert_eq!(
            time_progress(d(start), d(end), d(as_of)),
            Frac::new(num, den),
            "{as_of}"
        );
    };
    check("2026-01-01", "2026-12-31", "2026-07-01", 182, 365);
    check("2026-01-01", "2026-12-31", "2026-01-01", 1, 365);
    check("2026-01-01", "2026-12-31", "2025-12-31", 0, 1);
    check("2026-01-01", "2026-12-31", "2027-01-05", 1, 1);
    check("2028-01-01", "2028-12-31", "2028-02-29", 60, 366);
    check("2026-02-01", "2026-01-01", "2026-01-15", 0, 1);
}

#[test]
fn pace_by_month_and_quarter_counts_ended_periods() {
    let check = |pace: Pace, start: &str, end: &str, as_of: &str, num: u128, den: u128| {
        assert_eq!(
            pace_progress(pace, d(start), d(end), d(as_of)),
            Frac::new(num, den),
            "{pace:?} {as_of}"
        );
    };
    let (y0, y1) = ("2026-01-01", "2026-12-31");
    // By month: June ends on 06-30, so 6 of 12 from then until July ends.
    check(Pace::Month, y0, y1, "2026-06-29", 5, 12);
    check(Pace::Month, y0, y1, "2026-06-30", 6, 12);
    check(Pace::Month, y0, y1, "2026-07-15", 6, 12);
    check(Pace::Month, y0, y1, "2026-07-30", 6, 12);
    check(Pace::Month, y0, y1, "2026-07-31", 7, 12);
    // 1—11月: 11 of 12 = 91.7%.
    check(Pace::Month, y0, y1, "2026-11-30", 11, 12);
    check(Pace::Month, y0, y1, "2026-01-15", 0, 1);
    check(Pace::Month, y0, y1, "2025-12-31", 0, 1);
    check(Pace::Month, y0, y1, "2026-12-31", 1, 1);
    check(Pace::Month, y0, y1, "2027-03-01", 1, 1);
    // A period ending mid-month: its last month ends with it.
    check(Pace::Month, y0, "2026-03-15", "2026-02-28", 2, 3);
    check(Pace::Month, y0, "2026-03-15", "2026-03-14", 2, 3);
    check(Pace::Month, y0, "2026-03-15", "2026-03-15", 1, 1);
    // A plan across a year end: Jul 2026 .. Jun 2027.
    check(Pace::Month, "2026-07-01", "2027-06-30", "2027-01-31", 7, 12);
    // By quarter: Q2 ends on 06-30.
    check(Pace::Quarter, y0, y1, "2026-06-29", 1, 4);
    check(Pace::Quarter, y0, y1, "2026-06-30", 2, 4);
    check(Pace::Quarter, y0, y1, "2026-09-29", 2, 4);
    check(Pace::Quarter, y0, y1, "2026-09-30", 3, 4);
    check(Pace::Quarter, y0, y1, "2026-03-30", 0, 1);
    // By day is the day count.
    check(Pace::Day, y0, y1, "2026-07-01", 182, 365);
    check(Pace::Month, "2026-02-01", "2026-01-01", "2026-01-15", 0, 1);
}
