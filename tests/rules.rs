//! The office's rules (督办规则) against hand computation: each pace, each
//! preset, 年度指标, 0/0 readings, the checks of the form and the one-line
//! statement. Every expected figure is worked out in the comment beside it.

use chrono::{DateTime, NaiveDate};
use luoshi::engine::{evaluate, Colour, Detail, Measure, Status};
use luoshi::fixed::Fixed;
use luoshi::frac::Frac;
use luoshi::i18n::Lang;
use luoshi::plan::{
    Activity, ActivityId, Cadence, Direction, Document, Pace, Plan, Reading, ReadingId,
    ReadingValue, Reporting, Rules, Section, SectionId, Stamp, Target, TargetId, TargetKind,
};
use luoshi::rules::{
    check, pace_now, presets_text, statement, status_meaning, target_rule, threshold_example,
    Preset, RuleError, RuleField, RuleProblem, Thresholds, ThresholdsForm,
};

fn d(s: &str) -> NaiveDate {
    s.parse().expect("test date")
}

fn stamp() -> Stamp {
    DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").expect("test stamp")
}

fn target(id: &str, kind: TargetKind) -> Target {
    Target {
        annual: false,
        zero_readings: false,
        partners: Vec::new(),
        suggestion: String::new(),
        id: TargetId::from(id),
        title: format!("目标 {id}"),
        kind,
        unit: "次".into(),
        lead_unit: String::new(),
        owner: String::new(),
        weight: 1,
        due: None,
    }
}

/// A 2026 plan with these targets, judged by `rules`.
fn doc(rules: Rules, targets: Vec<Target>) -> Document {
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan: Plan {
            id: "p".into(),
            rules,
            stamps: Default::default(),
            title: "工作计划".into(),
            start: d("2026-01-01"),
            end: d("2026-12-31"),
            sections: vec![Section {
                id: SectionId::from("s1"),
                title: "（一）".into(),
                targets,
            }],
            people: Vec::new(),
            units: Vec::new(),
            updated_at: stamp(),
        },
        activities: Vec::new(),
        readings: Vec::new(),
        tombstones: Vec::new(),
    }
}

fn acts(doc: &mut Document, t: &str, dates: &[&str]) {
    for date in dates {
        let n = doc.activities.len();
        doc.activities.push(Activity {
            recorded_by: String::new(),
            evidence: Vec::new(),
            id: ActivityId(format!("a{n:04}")),
            date: d(date),
            title: format!("活动 {n}"),
            targets: vec![TargetId::from(t)],
            quantity: 1,
            people: Vec::new(),
            lead_unit: String::new(),
            notes: String::new(),
            updated_at: stamp(),
        });
    }
}

fn reading(doc: &mut Document, t: &str, date: &str, value: ReadingValue) {
    let n = doc.readings.len();
    doc.readings.push(Reading {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ReadingId(format!("r{n:04}")),
        target: TargetId::from(t),
        date: d(date),
        value,
        notes: String::new(),
        updated_at: stamp(),
    });
}

fn counts(numerator: u64, denominator: u64) -> ReadingValue {
    ReadingValue::Counts {
        numerator,
        denominator,
    }
}

fn with(pace: Pace, preset: Preset) -> Rules {
    preset.apply(Rules {
        pace,
        ..Rules::by_day()
    })
}

fn count12() -> Target {
    target("c", TargetKind::Count { target: 12 })
}

// ------------------------------------------------------------------ pace

#[test]
fn by_month_counts_months_ended() {
    // 12 次 in 2026, 5 done. By month at 06-30: 6 of 12 months ended =
    // 50%; completion 5/12 = 41.7%, 8.3 points behind → house rule 滞后.
    // At 07-15 still 6/12 = 50% (July has not ended). At 07-31: 7/12.
    let mut x = doc(with(Pace::Month, Preset::House), vec![count12()]);
    acts(
        &mut x,
        "c",
        &[
            "2026-01-10",
            "2026-02-10",
            "2026-03-10",
            "2026-04-10",
            "2026-05-10",
        ],
    );
    for (as_of, tp) in [
        ("2026-06-30", Frac::new(1, 2)),
        ("2026-07-15", Frac::new(1, 2)),
        ("2026-07-31", Frac::new(7, 12)),
    ] {
        let p = evaluate(&x, d(as_of));
        assert_eq!(p.time_progress, tp, "{as_of}");
        assert_eq!(p.targets[0].time_progress, tp, "{as_of}");
    }
    let t = &evaluate(&x, d("2026-07-15")).targets[0];
    assert_eq!(t.completion, Frac::new(5, 12));
    assert_eq!(t.status, Status::Behind);
    // At 07-31: 7/12 − 5/12 = 2/12 = 16.7 points > 10 → 严重滞后.
    assert_eq!(
        evaluate(&x, d("2026-07-31")).targets[0].status,
        Status::FarBehind
    );
    // 1—11月: 11/12 = 91.7%.
    assert_eq!(
        evaluate(&x, d("2026-11-30")).time_progress.percent_1dp(),
        "91.7"
    );
}

#[test]
fn by_month_first_month_is_on_track_not_not_started() {
    // On 01-20 no month has ended: 序时进度 0. The plan has begun, so a
    // target with nothing done is 正常 (0 ≥ 0), not 未开始; before 01-01 it
    // is 未开始.
    let x = doc(with(Pace::Month, Preset::House), vec![count12()]);
    let p = evaluate(&x, d("2026-01-20"));
    assert_eq!(p.time_progress, Frac::ZERO);
    assert_eq!(p.targets[0].status, Status::OnTrack);
    assert_eq!(
        evaluate(&x, d("2025-12-31")).targets[0].status,
        Status::NotStarted
    );
}

#[test]
fn by_quarter_counts_quarters_ended() {
    // 12 次, 3 done. At 06-29 one quarter ended: 25%, completion 25% → 正常.
    // At 06-30 two: 50%, 25 points behind → 严重滞后 (house).
    let mut x = doc(with(Pace::Quarter, Preset::House), vec![count12()]);
    acts(&mut x, "c", &["2026-01-10", "2026-02-10", "2026-03-10"]);
    let p = evaluate(&x, d("2026-06-29"));
    assert_eq!(p.time_progress, Frac::new(1, 4));
    assert_eq!(p.targets[0].status, Status::OnTrack);
    let p = evaluate(&x, d("2026-06-30"));
    assert_eq!(p.time_progress, Frac::new(1, 2));
    assert_eq!(p.targets[0].status, Status::FarBehind);
}

#[test]
fn by_day_is_the_old_rule() {
    // 12 次, 5 done, at 07-15: 196/365 = 53.7%; 41.7% trails by 12.0 → 严重滞后.
    let mut x = doc(Rules::by_day(), vec![count12()]);
    acts(
        &mut x,
        "c",
        &[
            "2026-01-10",
            "2026-02-10",
            "2026-03-10",
            "2026-04-10",
            "2026-05-10",
        ],
    );
    let p = evaluate(&x, d("2026-07-15"));
    assert_eq!(p.time_progress, Frac::new(196, 365));
    assert_eq!(p.targets[0].status, Status::FarBehind);
}

#[test]
fn a_target_due_mid_year_paces_over_its_own_months() {
    // 6 次 due 2026-03-15: months Jan, Feb, Mar (to the 15th). At 02-28 two
    // of three ended: 66.7%; 3 done = 50% → 16.7 behind → house 严重滞后.
    let mut t = target("c", TargetKind::Count { target: 6 });
    t.due = Some(d("2026-03-15"));
    let mut x = doc(with(Pace::Month, Preset::House), vec![t]);
    acts(&mut x, "c", &["2026-01-10", "2026-01-20", "2026-02-10"]);
    let p = &evaluate(&x, d("2026-02-28")).targets[0];
    assert_eq!(p.time_progress, Frac::new(2, 3));
    assert_eq!(p.status, Status::FarBehind);
    // On the due day it is over: 3 of 6 → 未完成.
    assert_eq!(
        evaluate(&x, d("2026-03-15")).targets[0].status,
        Status::NotDone
    );
}

// --------------------------------------------------------------- presets

/// Status of a 100-次 target with `done` done at 07-15, by month (50%).
fn status_at_half(preset: Preset, done: usize) -> Status {
    let mut x = doc(
        with(Pace::Month, preset),
        vec![target("c", TargetKind::Count { target: 100 })],
    );
    let dates: Vec<&str> = std::iter::repeat_n("2026-03-01", done).collect();
    acts(&mut x, "c", &dates);
    evaluate(&x, d("2026-07-15")).targets[0].status
}

#[test]
fn house_preset_any_shortfall_yellow_more_than_ten_red() {
    // 序时进度 50%: 50 done on pace; 49 (1 behind) 滞后; 40 (10 behind, not
    // more than 10) 滞后; 39 (11 behind) 严重滞后.
    assert_eq!(status_at_half(Preset::House, 50), Status::OnTrack);
    assert_eq!(status_at_half(Preset::House, 49), Status::Behind);
    assert_eq!(status_at_half(Preset::House, 40), Status::Behind);
    assert_eq!(status_at_half(Preset::House, 39), Status::FarBehind);
}

#[test]
fn any_shortfall_preset_never_far_behind_red_only_when_over() {
    // 0 done against 50%: 50 behind, still only 滞后 (yellow).
    assert_eq!(status_at_half(Preset::AnyShortfall, 49), Status::Behind);
    assert_eq!(status_at_half(Preset::AnyShortfall, 0), Status::Behind);
    assert_eq!(Status::Behind.colour(), Colour::Yellow);
    // After the year: 未完成 (red).
    let x = doc(with(Pace::Month, Preset::AnyShortfall), vec![count12()]);
    let p = &evaluate(&x, d("2026-12-31")).targets[0];
    assert_eq!(p.status, Status::NotDone);
    assert_eq!(p.status.colour(), Colour::Red);
}

#[test]
fn ten_thirty_preset() {
    // 以上 includes the number itself (银川: 低于序时进度10~30个百分点 黄灯,
    // 超过30个百分点 红灯): 41 (9 behind) on track; 40 (exactly 10) 滞后;
    // 39 (11) 滞后; 20 (30 behind, not more) 滞后; 19 (31) 严重滞后.
    assert_eq!(status_at_half(Preset::TenThirty, 41), Status::OnTrack);
    assert_eq!(status_at_half(Preset::TenThirty, 40), Status::Behind);
    assert_eq!(status_at_half(Preset::TenThirty, 39), Status::Behind);
    assert_eq!(status_at_half(Preset::TenThirty, 20), Status::Behind);
    assert_eq!(status_at_half(Preset::TenThirty, 19), Status::FarBehind);
}

/// The boundaries exactly, in fractions: `behind_from` points behind is
/// 滞后 (the number included), a hair less is on track; `far_behind_from`
/// points behind is not yet 严重滞后 (the number excluded), a hair more is.
/// A `behind_from` of 0 stays "any shortfall": level with 序时进度 is on
/// track, the least shortfall behind.
#[test]
fn the_boundaries_of_every_preset_and_a_custom_rule_are_exact() {
    use luoshi::engine::cumulative_status_by;
    let tp = Frac::new(1, 2);
    let behind_by = |num: u128, den: u128| tp.saturating_sub(Frac::new(num, den));
    let at = |rules: &Rules, completion: Frac| cumulative_status_by(completion, tp, true, rules);
    let hair = (1u128, 1_000_000u128); // a millionth of a point
    let custom = Rules {
        behind_from: 7,
        far_behind_from: Some(25),
        ..Rules::by_day()
    };
    let mut cases: Vec<Rules> = Preset::ALL
        .iter()
        .map(|p| p.apply(Rules::by_day()))
        .collect();
    cases.push(custom);
    cases.push(Rules {
        behind_from: 10,
        far_behind_from: Some(10),
        ..Rules::by_day()
    });
    for rules in &cases {
        let b = u128::from(rules.behind_from);
        // Level with 序时进度: on track under every rule.
        assert_eq!(at(rules, tp), Status::OnTrack, "{rules:?}");
        if b == 0 {
            // Any shortfall, however small, is 滞后 (0 stays strict).
            let least = tp.saturating_sub(Frac::new(hair.0, hair.1 * 100));
            assert_eq!(at(rules, least), Status::Behind, "{rules:?}");
        } else {
            // b points behind: 滞后; a hair less: on track.
            let exactly = behind_by(b, 100);
            assert_eq!(at(rules, exactly), Status::Behind, "{rules:?} at {b}");
            let less = exactly + Frac::new(hair.0, hair.1 * 100);
            assert_eq!(at(rules, less), Status::OnTrack, "{rules:?} below {b}");
        }
        if let Some(f) = rules.far_behind_from {
            let f = u128::from(f);
            let exactly = behind_by(f, 100);
            assert_eq!(at(rules, exactly), Status::Behind, "{rules:?} at far {f}");
            let more = exactly.saturating_sub(Frac::new(hair.0, hair.1 * 100));
            assert_eq!(at(rules, more), Status::FarBehind, "{rules:?} past far {f}");
        }
    }
}

#[test]
fn presets_are_recognised_and_keep_the_rest() {
    assert_eq!(Preset::of(&Rules::by_day()), Some(Preset::House));
    let r = Rules {
        pace: Pace::Quarter,
        reporting: Reporting::Monthly { by_day: 5 },
        grace_days: 3,
        ..Rules::by_day()
    };
    let t = Preset::TenThirty.apply(r);
    assert_eq!((t.behind_from, t.far_behind_from), (10, Some(30)));
    assert_eq!(t.pace, Pace::Quarter);
    assert_eq!(t.reporting, Reporting::Monthly { by_day: 5 });
    assert_eq!(t.grace_days, 3);
    assert_eq!(Preset::of(&t), Some(Preset::TenThirty));
    assert_eq!(
        Preset::of(&Preset::AnyShortfall.apply(r)),
        Some(Preset::AnyShortfall)
    );
    let custom = Rules {
        behind_from: 5,
        ..t
    };
    assert_eq!(Preset::of(&custom), None);
    for p in Preset::ALL {
        assert_eq!(Preset::from_name(p.as_str()), Some(p));
    }
}

#[test]
fn near_band_and_due_soon_follow_the_rules() {
    // Ratio line 95%: 92 of 100 = 92%, 3 points short. Near band 5 → 接近;
    // near band 2 → 未达标.
    let ratio = target(
        "r",
        TargetKind::Ratio {
            line: Fixed::from_int(95),
            numerator: "办结".into(),
            denominator: "受理".into(),
        },
    );
    let milestone = target(
        "m",
        TargetKind::Milestone {
            due: d("2026-07-25"),
        },
    );
    let mut rules = Rules::by_day();
    let mut x = doc(rules, vec![ratio, milestone]);
    reading(&mut x, "r", "2026-06-30", counts(92, 100));
    // 07-15 is 10 days before 07-25: beyond 7 → 待完成.
    let p = evaluate(&x, d("2026-07-15"));
    assert_eq!(p.targets[0].status, Status::Near);
    assert_eq!(p.targets[1].status, Status::Pending);
    rules.near_points = 2;
    rules.due_soon_days = 10;
    x.plan.rules = rules;
    let p = evaluate(&x, d("2026-07-15"));
    assert_eq!(p.targets[0].status, Status::Missed);
    // 10 days left, within 10 → 临近到期.
    assert_eq!(p.targets[1].status, Status::DueSoon);
}

// ---------------------------------------------------------------- annual

#[test]
fn annual_target_is_judged_yearly_until_its_period_ends() {
    // 12 次 年度指标, 1 done. House rule by month at 07-15 would be 严重滞后
    // (1/12 = 8.3% against 50%); as 年度指标 it is 按年考核 (grey).
    let mut t = count12();
    t.annual = true;
    let mut x = doc(with(Pace::Month, Preset::House), vec![t]);
    acts(&mut x, "c", &["2026-03-01"]);
    let p = &evaluate(&x, d("2026-07-15")).targets[0];
    assert_eq!(p.status, Status::Annual);
    assert_eq!(p.status.colour(), Colour::Grey);
    assert_eq!(p.completion, Frac::new(1, 12));
    // Before the plan: 未开始; at the year's end: 未完成.
    assert_eq!(
        evaluate(&x, d("2025-12-31")).targets[0].status,
        Status::NotStarted
    );
    assert_eq!(
        evaluate(&x, d("2026-12-31")).targets[0].status,
        Status::NotDone
    );
    // Done early: 完成.
    let dates: Vec<&str> = std::iter::repeat_n("2026-04-01", 11).collect();
    acts(&mut x, "c", &dates);
    assert_eq!(
        evaluate(&x, d("2026-07-15")).targets[0].status,
        Status::Done
    );
}

#[test]
fn annual_measured_and_cadence_targets_are_never_red_before_the_end() {
    // Threshold ≥ 90, reading 70: 未达标 normally; 按年考核 while the year
    // runs, 未达标 on 12-31. A monthly cadence with Jan–Jun missed is 严重滞后
    // normally; 按年考核 while the year runs.
    let mut th = target(
        "th",
        TargetKind::Threshold {
            line: Fixed::from_int(90),
            direction: Direction::AtLeast,
        },
    );
    th.annual = true;
    let mut cad = target(
        "cad",
        TargetKind::Cadence {
            every: Cadence::Month,
            at_least: 1,
        },
    );
    cad.annual = true;
    let mut x = doc(Rules::by_day(), vec![th, cad]);
    reading(
        &mut x,
        "th",
        "2026-06-30",
        ReadingValue::Value(Fixed::from_int(70)),
    );
    let p = evaluate(&x, d("2026-07-15"));
    assert_eq!(p.targets[0].status, Status::Annual);
    assert_eq!(p.targets[1].status, Status::Annual);
    let p = evaluate(&x, d("2026-12-31"));
    assert_eq!(p.targets[0].status, Status::Missed);
    assert_eq!(p.targets[1].status, Status::FarBehind);
}

#[test]
fn annual_status_has_words_and_a_place() {
    assert_eq!(Status::Annual.label_zh(), "按年考核");
    assert_eq!(Status::Annual.label_en(), "Judged yearly");
    assert_eq!(Status::from_name("annual"), Some(Status::Annual));
    assert!(Status::ALL.contains(&Status::Annual));
}

// ------------------------------------------------------------------- 0/0

#[test]
fn zero_readings_add_nothing_and_alone_give_no_figure() {
    // 办结率 ≥ 95%: Jan 0/0, Feb 0/0 → no figure (暂无数据), no division.
    // Then Mar 19/20: 19/20 = 95% → 达标; the 0/0 months change nothing.
    let mut t = target(
        "r",
        TargetKind::Ratio {
            line: Fixed::from_int(95),
            numerator: "办结".into(),
            denominator: "受理".into(),
        },
    );
    t.zero_readings = true;
    let mut x = doc(Rules::by_day(), vec![t]);
    reading(&mut x, "r", "2026-01-31", counts(0, 0));
    reading(&mut x, "r", "2026-02-28", counts(0, 0));
    let p = &evaluate(&x, d("2026-03-15")).targets[0];
    assert_eq!(p.status, Status::NoData);
    assert_eq!(p.actual, Measure::None);
    assert_eq!(p.completion, Frac::ZERO);
    assert_eq!(p.readings.len(), 2);
    match &p.detail {
        Detail::Measured { sums, .. } => assert_eq!(*sums, Some((0, 0))),
        other => panic!("{other:?}"),
    }
    reading(&mut x, "r", "2026-03-31", counts(19, 20));
    let p = &evaluate(&x, d("2026-04-15")).targets[0];
    assert_eq!(p.actual, Measure::Percent(Frac::new(19, 20)));
    assert_eq!(p.status, Status::Met);
    match &p.detail {
        Detail::Measured { sums, .. } => assert_eq!(*sums, Some((19, 20))),
        other => panic!("{other:?}"),
    }
}

// ------------------------------------------------------------- the form

fn form(b: &str, f: &str, n: &str, s: &str) -> ThresholdsForm {
    ThresholdsForm {
        behind_from: b.into(),
        far_behind_from: f.into(),
        near_points: n.into(),
        due_soon_days: s.into(),
    }
}

fn problems(r: Result<Thresholds, Vec<RuleError>>) -> Vec<(RuleField, RuleProblem)> {
    r.expect_err("refused")
        .into_iter()
        .map(|e| (e.field, e.problem))
        .collect()
}

#[test]
fn the_form_reads_good_values() {
    let t = form("10", "30", "5", "7").parse().expect("fine");
    assert_eq!(t, Preset::TenThirty.thresholds());
    // Empty far-behind: red only when overdue.
    let t = form(" 0 ", "", "5", "7").parse().expect("fine");
    assert_eq!(t, Preset::AnyShortfall.thresholds());
    assert_eq!(ThresholdsForm::of(t).parse(), Ok(t));
}

#[test]
fn the_form_refuses_each_bad_value_with_its_own_message() {
    assert_eq!(
        problems(form("10", "5", "5", "7").parse()),
        vec![(
            RuleField::FarBehindFrom,
            RuleProblem::FarBeforeBehind { far: 5, behind: 10 }
        )]
    );
    assert_eq!(
        problems(form("-3", "10", "5", "-1").parse()),
        vec![
            (RuleField::BehindFrom, RuleProblem::Negative("-3".into())),
            (RuleField::DueSoonDays, RuleProblem::Negative("-1".into())),
        ]
    );
    assert_eq!(
        problems(form("0", "101", "abc", "400").parse()),
        vec![
            (RuleField::FarBehindFrom, RuleProblem::Over100(101)),
            (RuleField::NearPoints, RuleProblem::NotNumber("abc".into())),
            (RuleField::DueSoonDays, RuleProblem::OverYear(400)),
        ]
    );
    // Both said at once: the contradiction and the negative days.
    assert_eq!(
        problems(form("10", "5", "5", "-3").parse()),
        vec![
            (
                RuleField::FarBehindFrom,
                RuleProblem::FarBeforeBehind { far: 5, behind: 10 }
            ),
            (RuleField::DueSoonDays, RuleProblem::Negative("-3".into())),
        ]
    );
    let e = &form("10", "5", "5", "7").parse().expect_err("refused")[0];
    assert_eq!(
        e.message(Lang::Zh),
        "严重滞后的界限（5）不能小于滞后的界限（10）"
    );
    assert_eq!(
        e.message(Lang::En),
        "Far behind (5) cannot come before behind (10)"
    );
    let e = &form("-3", "10", "5", "7").parse().expect_err("refused")[0];
    assert_eq!(e.message(Lang::Zh), "“-3”是负数，这里只能填 0 或正整数");
}

#[test]
fn check_refuses_a_report_day_outside_the_month() {
    let r = Rules {
        reporting: Reporting::Monthly { by_day: 31 },
        ..Rules::by_day()
    };
    let e = check(&r).expect_err("refused");
    assert_eq!(e[0].field, RuleField::ReportDay);
    assert_eq!(e[0].message(Lang::Zh), "报送日 31 不在 1 至 28 日之间");
    assert_eq!(check(&Rules::by_day()), Ok(()));
}

// ------------------------------------------------------------ statement

#[test]
fn the_rules_in_one_line() {
    assert_eq!(
        statement(&Rules::by_day(), Lang::Zh),
        "序时进度按日计算；未达到序时进度的为滞后，落后超过10个百分点为严重滞后；\
         指标差距5个百分点以内为接近达标，距截止7天以内为临近到期。"
    );
    assert_eq!(
        statement(&with(Pace::Month, Preset::AnyShortfall), Lang::Zh),
        "序时进度按月计算；未达到序时进度的为滞后（黄），到期未完成的为红；\
         指标差距5个百分点以内为接近达标，距截止7天以内为临近到期。"
    );
    assert_eq!(
        statement(&with(Pace::Quarter, Preset::TenThirty), Lang::Zh),
        "序时进度按季度计算；落后序时进度不到10个百分点视为正常，落后10个百分点及以上为滞后，\
         超过30个百分点为严重滞后；指标差距5个百分点以内为接近达标，距截止7天以内为临近到期。"
    );
    assert_eq!(
        statement(&with(Pace::Month, Preset::House), Lang::En),
        "Time elapsed is counted by month; any shortfall is behind, more than 10 points is far \
         behind; an indicator within 5 points of its line is near, a deadline within 7 days is \
         due soon."
    );
}

#[test]
fn a_zero_reading_is_taken_only_where_the_target_allows_it() {
    use luoshi::command::Command;
    let ratio = |id: &str, allow: bool| {
        let mut t = target(
            id,
            TargetKind::Ratio {
                line: Fixed::from_int(95),
                numerator: "办结".into(),
                denominator: "受理".into(),
            },
        );
        t.zero_readings = allow;
        t
    };
    let mut x = doc(
        Rules::by_day(),
        vec![ratio("yes", true), ratio("no", false)],
    );
    let zero = |t: &str| Reading {
        recorded_by: String::new(),
        evidence: Vec::new(),
        id: ReadingId(format!("z-{t}")),
        target: TargetId::from(t),
        date: d("2026-01-31"),
        value: counts(0, 0),
        notes: String::new(),
        updated_at: stamp(),
    };
    assert!(x.apply(Command::AddReading(zero("yes"))).is_ok());
    let before = x.clone();
    assert!(x.apply(Command::AddReading(zero("no"))).is_err());
    assert_eq!(x, before, "a refused 0/0 reading changes nothing");
}

#[test]
fn the_report_states_the_rules_and_speaks_of_annual_targets() {
    use luoshi::report::{render_markdown, ReportOptions};
    // 年度指标 12 次 with 1 done, and a monthly count 12 次 with 5 done, by
    // month on 07-15 (50%) under "any shortfall yellow": the annual one is
    // 按年考核, the other 41.7% → 略滞后 (never 明显滞后 under these rules).
    let mut annual = count12();
    annual.id = TargetId::from("a");
    annual.title = "年度指标".into();
    annual.annual = true;
    let mut x = doc(
        with(Pace::Month, Preset::AnyShortfall),
        vec![annual, count12()],
    );
    acts(&mut x, "a", &["2026-03-01"]);
    acts(
        &mut x,
        "c",
        &[
            "2026-01-10",
            "2026-02-10",
            "2026-03-10",
            "2026-04-10",
            "2026-05-10",
        ],
    );
    let p = evaluate(&x, d("2026-07-15"));
    let text = render_markdown(&x, &p, &ReportOptions::default());
    assert!(
        text.contains("（序时进度按月计算；未达到序时进度的为滞后（黄），到期未完成的为红；"),
        "{text}"
    );
    assert!(text.contains("完成率8.3%，为年度指标，年底考核"), "{text}");
    assert!(text.contains("按年考核1项"), "{text}");
    assert!(
        text.contains("完成率41.7%，序时进度50.0%，略滞后于序时进度"),
        "{text}"
    );
    assert!(!text.contains("明显滞后"), "{text}");
}

#[test]
fn the_status_history_follows_the_rules() {
    // 12 次, one on the 10th of each month, seen on 03-31. By day: Jan 31
    // 1/12 = 8.33% < 31/365 = 8.49% → 滞后; Feb 28 2/12 = 16.67% ≥ 59/365 =
    // 16.16% → 正常; Mar 31 3/12 = 25% ≥ 90/365 = 24.66% → 正常. By month
    // each month's end has k of 12 months ended and k done → 正常 throughout.
    let mut x = doc(Rules::by_day(), vec![count12()]);
    acts(&mut x, "c", &["2026-01-10", "2026-02-10", "2026-03-10"]);
    let h = luoshi::history::history(&x, d("2026-03-31"));
    assert_eq!(
        h.targets[0].statuses,
        vec![Status::Behind, Status::OnTrack, Status::OnTrack]
    );
    x.plan.rules = with(Pace::Month, Preset::House);
    let h = luoshi::history::history(&x, d("2026-03-31"));
    assert_eq!(
        h.targets[0].statuses,
        vec![Status::OnTrack, Status::OnTrack, Status::OnTrack]
    );
}

// ---------------------------------------------------- explanations

/// The words of every preset and of the form say where the boundary is,
/// as the engine draws it (以上 and 及以上 include the number, 超过 and 不到
/// exclude it).
#[test]
fn every_preset_is_named_as_it_judges() {
    assert_eq!(
        Preset::TenThirty.label(Lang::Zh),
        "落后10个百分点及以上为黄，超过30个百分点为红"
    );
    assert_eq!(
        Preset::TenThirty.label(Lang::En),
        "Yellow at 10 points behind or more, red beyond 30"
    );
    // The engine's own bands at 序时进度 50%, target 100, for each preset.
    let bands = |p: Preset| threshold_example(&with(Pace::Month, p), Lang::Zh);
    assert_eq!(
        bands(Preset::House),
        "例（按本文档的规则，序时进度 50%、目标 100 次）：0 至 39 次为严重滞后，40 至 49 次为滞后，\
         50 至 99 次为正常，100 次为完成。"
    );
    assert_eq!(
        bands(Preset::AnyShortfall),
        "例（按本文档的规则，序时进度 50%、目标 100 次）：0 至 49 次为滞后，50 至 99 次为正常，100 次为完成。"
    );
    assert_eq!(
        bands(Preset::TenThirty),
        "例（按本文档的规则，序时进度 50%、目标 100 次）：0 至 19 次为严重滞后，20 至 40 次为滞后，\
         41 至 99 次为正常，100 次为完成。"
    );
    assert_eq!(
        threshold_example(&with(Pace::Month, Preset::TenThirty), Lang::En),
        "Example (this document's rules, time progress 50%, target 100): 0 to 19 is far behind, \
         20 to 40 is behind, 41 to 99 is on track, 100 is done."
    );
    // The help page's list of presets names each by its label.
    let list = presets_text(Lang::Zh);
    for p in Preset::ALL {
        assert!(list.contains(p.label(Lang::Zh)), "{list}");
    }
    assert!(list.contains("低于序时进度10~30个百分点为黄灯"), "{list}");
    // Every preset shares the near band and due-soon days the list states.
    for p in Preset::ALL {
        let t = p.thresholds();
        assert_eq!((t.near_points, t.due_soon_days), (5, 7), "{p:?}");
    }
}

/// The 判定规则 card is the document's rule: 序时进度 by month says months,
/// with the same 11/12 the figure beside it shows; by quarter, quarters; by
/// day, days; the thresholds and the near and due-soon bands are the
/// document's numbers.
#[test]
fn the_rule_card_is_worded_from_the_document_rules() {
    let count = target("c", TargetKind::Count { target: 12 });
    let month = doc(with(Pace::Month, Preset::House), vec![count.clone()]);
    let card = target_rule(&count, &month.plan, d("2026-11-30"), Lang::Zh);
    assert_eq!(
        card,
        "完成率 = 已完成 ÷ 目标。完成率不低于序时进度为“正常”；未达到序时进度的为滞后，落后超过10个百分点为严重滞后；\
         达到目标为“完成”；期间结束仍未达到为“未完成”。\
         序时进度按月计算：已结束的月数 ÷ 期间的月数（一个月到月末最后一天才算结束）；\
         截至2026年11月30日，期间共 12 个月，已结束 11 个月，序时进度 = 11 ÷ 12 = 91.7%。"
    );
    // The figure beside it, from the engine, is the same 11/12.
    assert_eq!(
        evaluate(&month, d("2026-11-30")).targets[0].time_progress,
        Frac::new(11, 12)
    );
    assert!(!card.contains("天数"), "{card}");

    let quarter = doc(with(Pace::Quarter, Preset::TenThirty), vec![count.clone()]);
    let card = target_rule(&count, &quarter.plan, d("2026-07-15"), Lang::Zh);
    assert!(card.contains("序时进度按季度计算"), "{card}");
    assert!(
        card.contains("期间共 4 个季度，已结束 2 个季度，序时进度 = 2 ÷ 4 = 50.0%"),
        "{card}"
    );
    assert!(
        card.contains("落后10个百分点及以上为滞后，超过30个百分点为严重滞后"),
        "{card}"
    );

    let day = doc(Rules::by_day(), vec![count.clone()]);
    let card = target_rule(&count, &day.plan, d("2026-07-01"), Lang::En);
    assert!(card.contains("counted by day"), "{card}");
    assert!(
        card.contains("182 of the period's 365 days have passed: 182 ÷ 365 = 49.9%"),
        "{card}"
    );

    // A target due 03-15, by month, on 02-28: 2 of its 3 months.
    let mut due = count.clone();
    due.due = Some(d("2026-03-15"));
    let card = target_rule(&due, &month.plan, d("2026-02-28"), Lang::Zh);
    assert!(
        card.contains("期间共 3 个月，已结束 2 个月，序时进度 = 2 ÷ 3 = 66.7%"),
        "{card}"
    );

    // Measured targets and milestones take the document's bands.
    let rules = Rules {
        near_points: 3,
        due_soon_days: 10,
        ..Rules::by_day()
    };
    let x = doc(rules, vec![]);
    let ratio = target(
        "r",
        TargetKind::Ratio {
            line: Fixed::from_int(95),
            numerator: "办结".into(),
            denominator: "受理".into(),
        },
    );
    let card = target_rule(&ratio, &x.plan, d("2026-07-01"), Lang::Zh);
    assert!(card.contains("差距不超过 3 个百分点为“接近达标”"), "{card}");
    let mut days = target(
        "t",
        TargetKind::Threshold {
            line: Fixed::from_int(5),
            direction: Direction::AtMost,
        },
    );
    days.unit = "天".into();
    let card = target_rule(&days, &x.plan, d("2026-07-01"), Lang::Zh);
    assert!(card.contains("差距不超过 3天为“接近达标”"), "{card}");
    let ms = target(
        "m",
        TargetKind::Milestone {
            due: d("2026-06-30"),
        },
    );
    let card = target_rule(&ms, &x.plan, d("2026-06-01"), Lang::Zh);
    assert!(
        card.contains("距截止日期 10 天以内（含第 10 天）"),
        "{card}"
    );

    // An annual target says it is judged at the end.
    let mut annual = count;
    annual.annual = true;
    let card = target_rule(&annual, &month.plan, d("2026-07-15"), Lang::Zh);
    assert!(card.ends_with("期间结束时再判定完成或未完成。"), "{card}");
}

#[test]
fn the_help_page_says_what_this_document_counts() {
    assert_eq!(
        pace_now(
            Pace::Month,
            d("2026-01-01"),
            d("2026-12-31"),
            d("2026-11-30"),
            Lang::Zh
        ),
        "截至2026年11月30日，期间共 12 个月，已结束 11 个月，序时进度 = 11 ÷ 12 = 91.7%"
    );
    let r = with(Pace::Month, Preset::TenThirty);
    assert_eq!(
        status_meaning(Status::Behind, &r, Lang::Zh).as_deref(),
        Some("完成率落后序时进度 10 个百分点及以上、不超过 30 个百分点（本文档的规则；周期类指标：漏了 1 个周期）。")
    );
    assert_eq!(
        status_meaning(Status::FarBehind, &with(Pace::Month, Preset::AnyShortfall), Lang::Zh)
            .as_deref(),
        Some("本文档的规则不设严重滞后：累计类指标在期间内最多为滞后（周期类指标：漏了 2 个或更多周期）。")
    );
    assert_eq!(
        status_meaning(Status::DueSoon, &Rules { due_soon_days: 3, ..r }, Lang::En).as_deref(),
        Some("A milestone is due within 3 days (the last of them included) and not done (this document's rules).")
    );
    assert_eq!(status_meaning(Status::Done, &r, Lang::Zh), None);
}
