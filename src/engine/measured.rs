//! Measured targets: threshold, ratio and improvement, judged by readings.
//! Each is met, near (within the rules' near band of its line, 5 points by
//! default, on the wrong side), missed, or without data.

use super::ledger::Records;
use super::{Detail, Measure, Status, TargetProgress};
use crate::fixed::{Fixed, SCALE};
use crate::frac::Frac;
use crate::plan::kind::ratio;
use crate::plan::{Better, Direction, Reading, ReadingValue};

/// Raw [`Fixed`] units in one whole percent-of-1: a line of 95 (%) held as
/// 950 000 raw is 950 000 / 1 000 000 of 1.
const PERCENT_RAW: u128 = 100 * SCALE as u128;

// A percentage written as a `Fixed` (95 for 95%) as a fraction of 1; a
// negative figure is 0: the ratio kind's own reading of its line.
use crate::plan::kind::ratio::line_of_one as percent_of_one;

/// The readings that carry a measured value, and the latest of them: by
/// date, then by the newer change stamp, then by id.
fn values<'a>(records: &Records<'a>) -> (Vec<&'a Reading>, Option<(&'a Reading, Fixed)>) {
    let mut list = Vec::new();
    let mut latest: Option<(&Reading, Fixed)> = None;
    for r in &records.readings {
        if let ReadingValue::Value(v) = r.value {
            list.push(*r);
            let newer = match latest {
                None => true,
                Some((l, _)) => (r.date, r.updated_at, &r.id) > (l.date, l.updated_at, &l.id),
            };
            if newer {
                latest = Some((*r, v));
            }
        }
    }
    (list, latest)
}

fn record_readings(p: &mut TargetProgress, list: &[&Reading]) {
    p.readings = list.iter().map(|r| r.id.clone()).collect();
    p.last_record = list.iter().map(|r| r.date).max();
}

/// A threshold target: the latest reading against the line.
pub(super) fn threshold(
    p: &mut TargetProgress,
    line: Fixed,
    direction: Direction,
    records: &Records<'_>,
    near: u32,
) {
    let (list, latest) = values(records);
    record_readings(p, &list);
    p.goal = Measure::Value(line);
    p.detail = Detail::Measured {
        latest_on: latest.map(|(r, _)| r.date),
        sums: None,
        latest: latest.map(|(_, v)| v),
    };
    let Some((_, value)) = latest else {
        p.status = Status::NoData;
        return;
    };
    p.actual = Measure::Value(value);
    let (v, l) = (i128::from(value.raw()), i128::from(line.raw()));
    // How far the value is on the wrong side of the line (≤ 0 when met).
    let short = match direction {
        Direction::AtLeast => l - v,
        Direction::AtMost => v - l,
    };
    p.status = if short <= 0 {
        Status::Met
    } else if short <= i128::from(near) * i128::from(SCALE) {
        Status::Near
    } else {
        Status::Missed
    };
    // value ÷ line for an at-least line, line ÷ value for an at-most line.
    let completion = if short <= 0 {
        Frac::ONE
    } else {
        let (part, whole) = match direction {
            Direction::AtLeast => (v, l),
            Direction::AtMost => (l, v),
        };
        if part <= 0 || whole <= 0 {
            Frac::ZERO
        } else {
            Frac::new(part as u128, whole as u128)
        }
    };
    p.raw_completion = completion;
    p.completion = completion.capped();
}

/// A ratio target: numerators and denominators summed over the period.
pub(super) fn ratio(p: &mut TargetProgress, line: Fixed, records: &Records<'_>, near: u32) {
    let mut list = Vec::new();
    let (mut num, mut den) = (0u64, 0u64);
    for (r, n, d) in ratio::running_sums(records.readings.iter().copied()) {
        (num, den) = (n, d);
        list.push(r);
    }
    record_readings(p, &list);
    let goal = percent_of_one(line);
    p.goal = Measure::Percent(goal);
    p.detail = Detail::Measured {
        latest_on: list.last().map(|r| r.date),
        sums: if list.is_empty() {
            None
        } else {
            Some((num, den))
        },
        latest: None,
    };
    // Nothing received yet (or only months of 0 of 0): no ratio to judge.
    if den == 0 {
        p.status = Status::NoData;
        return;
    }
    let value = Frac::new(u128::from(num), u128::from(den));
    p.actual = Measure::Percent(value);
    p.status = judge_percent(value, goal, near);
    let completion = if value >= goal {
        Frac::ONE
    } else {
        value.checked_div(goal).unwrap_or(Frac::ONE)
    };
    p.raw_completion = completion;
    p.completion = completion.capped();
}

/// Met at or above the line, near within `near` percentage points below it.
fn judge_percent(value: Frac, line: Frac, near: u32) -> Status {
    if value >= line {
        Status::Met
    } else if value.points_behind(line) <= Frac::from_percent(u128::from(near)) {
        Status::Near
    } else {
        Status::Missed
    }
}

/// An improvement target: the latest reading against the baseline, as a
/// percentage of the baseline, in the better direction.
pub(super) fn improvement(
    p: &mut TargetProgress,
    baseline: Fixed,
    percent: Fixed,
    better: Better,
    records: &Records<'_>,
    near: u32,
) {
    let (list, latest) = values(records);
    record_readings(p, &list);
    let goal = percent_of_one(percent);
    p.goal = Measure::Percent(goal);
    p.detail = Detail::Measured {
        latest_on: latest.map(|(r, _)| r.date),
        sums: None,
        latest: latest.map(|(_, v)| v),
    };
    let b = i128::from(baseline.raw());
    // Without a reading, or against a baseline of zero or less, there is no
    // improvement to measure.
    let Some((_, value)) = latest.filter(|_| b > 0) else {
        p.status = Status::NoData;
        return;
    };
    let l = i128::from(value.raw());
    let gain = match better {
        Better::Lower => b - l,
        Better::Higher => l - b,
    };
    // gain ÷ b against percent ÷ 100, cross-multiplied in integers; the
    // scale of `percent` is PERCENT_RAW per 1.
    let target = i128::from(percent.raw()) * b;
    let scaled_gain = gain * PERCENT_RAW as i128;
    let near = i128::from(near) * i128::from(SCALE) * b;
    p.status = if scaled_gain >= target {
        Status::Met
    } else if target - scaled_gain <= near {
        Status::Near
    } else {
        Status::Missed
    };
    // A change the wrong way is shown as no improvement.
    let achieved = if gain > 0 {
        Frac::new(gain as u128, b as u128)
    } else {
        Frac::ZERO
    };
    p.actual = Measure::Percent(achieved);
    let completion = if scaled_gain >= target {
        Frac::ONE
    } else {
        achieved.checked_div(goal).unwrap_or(Frac::ONE)
    };
    p.raw_completion = completion;
    p.completion = completion.capped();
}
