//! The ledgers the benchmarks measure: the default plan of 2026 with
//! activities and readings spread over the year, from a fixed seed so that
//! every run measures the same ledger.

use chrono::{DateTime, Days, NaiveDate};
use luoshi::fixed::Fixed;
use luoshi::plan::{
    Activity, ActivityId, Document, Reading, ReadingId, ReadingValue, TargetId, TargetKind,
};
use luoshi::seed::default_plan;

/// The words of each record: bare (a two-character title, nothing else),
/// or as an office writes them (a meeting's title, its unit, a note).
// Each benchmark is a crate of its own and may use one of the two.
#[allow(dead_code)]
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Words {
    Bare,
    Written,
}

/// A fixed-seed generator so that every run measures the same ledger.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The default plan with `activities` activities and `readings` readings.
pub fn ledger(activities: usize, readings: usize, words: Words) -> Document {
    let plan = default_plan(2026);
    let stamp = DateTime::parse_from_rfc3339("2026-01-01T09:00:00+08:00").unwrap_or_default();
    let start = plan.start;
    let days = plan.days().max(1) as usize;
    let people: Vec<String> = plan.people.iter().map(|p| p.name.clone()).collect();
    let mut by_activity: Vec<TargetId> = Vec::new();
    let mut by_reading: Vec<(TargetId, bool)> = Vec::new();
    for (_, t) in plan.targets() {
        match t.kind {
            TargetKind::Ratio { .. } => by_reading.push((t.id.clone(), true)),
            TargetKind::Threshold { .. } | TargetKind::Improvement { .. } => {
                by_reading.push((t.id.clone(), false))
            }
            _ => by_activity.push(t.id.clone()),
        }
    }
    let mut rng = Lcg(2026);
    let date = |rng: &mut Lcg| -> NaiveDate {
        start
            .checked_add_days(Days::new(rng.below(days) as u64))
            .unwrap_or(start)
    };
    let written = words == Words::Written;
    let activities = (0..activities)
        .map(|n| {
            let mut targets = vec![by_activity[rng.below(by_activity.len())].clone()];
            if rng.below(4) == 0 {
                targets.push(by_activity[rng.below(by_activity.len())].clone());
            }
            let who = (0..rng.below(3))
                .map(|_| people[rng.below(people.len())].clone())
                .collect();
            Activity {
                recorded_by: if written {
                    "督查室".into()
                } else {
                    String::new()
                },
                evidence: Vec::new(),
                id: ActivityId(format!("a{n:06}")),
                date: date(&mut rng),
                title: if written {
                    format!("第{n}次专题调度会暨重点任务推进情况督查")
                } else {
                    "活动".into()
                },
                targets,
                quantity: 1 + rng.below(2) as u32,
                people: who,
                lead_unit: if written {
                    "秘书一处".into()
                } else {
                    String::new()
                },
                notes: if written {
                    "会议纪要已印发，相关单位按分工抓好落实".into()
                } else {
                    String::new()
                },
                updated_at: stamp,
            }
        })
        .collect();
    let readings = (0..readings)
        .map(|n| {
            let (target, counts) = &by_reading[rng.below(by_reading.len())];
            let value = if *counts {
                let den = 50 + rng.below(100) as u64;
                ReadingValue::Counts {
                    numerator: den - rng.below(10) as u64,
                    denominator: den,
                }
            } else {
                ReadingValue::Value(Fixed::from_raw(50_000 + rng.below(1_000_000) as i64))
            };
            Reading {
                recorded_by: String::new(),
                evidence: Vec::new(),
                id: ReadingId(format!("r{n:05}")),
                target: target.clone(),
                date: date(&mut rng),
                value,
                notes: if written {
                    "月度统计".into()
                } else {
                    String::new()
                },
                updated_at: stamp,
            }
        })
        .collect();
    Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: "市政府办公室".into(),
        plan,
        activities,
        readings,
        tombstones: Vec::new(),
    }
}
