//! The example ledger: a believable year of work on the default plan.
//!
//! The whole year is laid out first and cut at the as-of date afterwards, so
//! that a record keeps its id whatever the as-of date, and ledgers cut at
//! different dates merge cleanly. Counts follow a set pace (some targets run
//! ahead of 序时进度, some behind); the generator only varies days within a
//! stretch, titles and amounts, never whether a target is on pace.

mod activities;

use chrono::NaiveDate;

use super::calendar::{clamp_year, last_day, stamp, workday, ymd};
use super::default_plan::default_document;
use super::rng::SplitMix64;
use super::OFFICE;
use crate::fixed::Fixed;
use crate::plan::{Activity, ActivityId, Document, Reading, ReadingId, ReadingValue, TargetId};

/// An activity before it has an id.
struct Draft {
    date: NaiveDate,
    title: String,
    targets: Vec<&'static str>,
    quantity: u32,
    people: Vec<&'static str>,
    lead: &'static str,
    notes: String,
}

/// A reading before it has an id.
struct DraftReading {
    date: NaiveDate,
    target: &'static str,
    value: ReadingValue,
    notes: String,
}

/// The year being laid out.
struct Year {
    year: i32,
    rng: SplitMix64,
    acts: Vec<Draft>,
    readings: Vec<DraftReading>,
}

impl Year {
    fn new(year: i32) -> Self {
        Year {
            year,
            // The year's bits, spread so that neighbouring years differ.
            rng: SplitMix64::new(u64::from(year.unsigned_abs()) ^ 0x4C55_4F53_4849_0000),
            acts: Vec::new(),
            readings: Vec::new(),
        }
    }

    /// A workday of `month` between day `from` and day `to`.
    fn in_month(&mut self, month: u32, from: u32, to: u32) -> NaiveDate {
        let last = last_day(self.year, month);
        let (from, to) = (from.min(last), to.min(last));
        let day = from + self.rng.below(u64::from(to.saturating_sub(from)) + 1) as u32;
        workday(ymd(self.year, month, day))
    }

    /// Adds an activity counting once, and returns it to set its quantity,
    /// people or notes.
    fn add(
        &mut self,
        date: NaiveDate,
        title: String,
        targets: &[&'static str],
        lead: &'static str,
    ) -> &mut Draft {
        let i = self.acts.len();
        self.acts.push(Draft {
            date,
            title,
            targets: targets.to_vec(),
            quantity: 1,
            people: Vec::new(),
            lead,
            notes: String::new(),
        });
        &mut self.acts[i]
    }

    fn pick<T: Copy>(&mut self, items: &[T], fallback: T) -> T {
        self.rng.pick(items).copied().unwrap_or(fallback)
    }

    /// Monthly readings, dated the last day of each month.
    fn measures(&mut self) {
        // 无纸化办公覆盖率 in tenths of a percent: crosses 90% in August.
        let paperless = [785, 802, 820, 846, 863, 879, 891, 904, 912, 918, 925, 931];
        // 公文平均流转时长 in hundredths of a day, against a baseline of 3.0.
        let flow = [295, 290, 280, 275, 265, 260, 250, 245, 235, 220, 215, 205];
        for month in 1..=12u32 {
            let date = ymd(self.year, month, last_day(self.year, month));
            let i = month as usize - 1;
            self.readings.push(DraftReading {
                date,
                target: "t3-02",
                value: ReadingValue::Value(Fixed::from_raw(paperless[i] * 1000)),
                notes: "信息中心统计：OA系统线上办文占比".into(),
            });
            // About 96.5% of 受理 are 办结 within the month.
            let taken = 105 + self.rng.below(40);
            let closed = taken - (taken * 35).div_ceil(1000);
            self.readings.push(DraftReading {
                date,
                target: "t3-04",
                value: ReadingValue::Counts {
                    numerator: closed,
                    denominator: taken,
                },
                notes: "市长热线、政务服务平台月度统计".into(),
            });
            // About 87.5% of 回访 are 满意: just short of the line.
            let visited = 60 + self.rng.below(30);
            let pleased = visited - (visited * 12).div_ceil(100);
            self.readings.push(DraftReading {
                date,
                target: "t3-05",
                value: ReadingValue::Counts {
                    numerator: pleased,
                    denominator: visited,
                },
                notes: "政务服务科电话回访统计".into(),
            });
            self.readings.push(DraftReading {
                date,
                target: "t4-01",
                value: ReadingValue::Value(Fixed::from_raw(flow[i] * 100)),
                notes: "信息中心统计：OA系统公文平均流转时长（天）".into(),
            });
        }
    }
}

/// A believable ledger for the default plan of `year`, holding every
/// activity and reading dated from 1 January up to and including `as_of`.
///
/// The same year and date always give the same document, and a record has
/// the same id whatever the as-of date. At the end of November the ledger
/// shows targets done and on pace, some behind, a 中心组 month missed
/// (August), a milestone still open (岗位职责清单, due at the year's end), and monthly readings for
/// the measured targets, one of them near its line.
pub fn example_document(year: i32, as_of: NaiveDate) -> Document {
    let year = clamp_year(year);
    let mut y = Year::new(year);
    y.theory();
    y.rules();
    y.service();
    y.reform();
    y.measures();

    let mut doc = default_document(year, OFFICE);
    let start = doc.plan.start;
    // A stable sort keeps the order of a day's records as laid out above.
    y.acts.sort_by_key(|a| a.date);
    y.readings.sort_by_key(|r| r.date);
    doc.activities = y
        .acts
        .into_iter()
        .enumerate()
        .filter(|(_, a)| a.date >= start && a.date <= as_of)
        .map(|(i, a)| Activity {
            recorded_by: String::new(),
            evidence: Vec::new(),
            id: ActivityId(format!("a-{:04}", i + 1)),
            date: a.date,
            title: a.title,
            targets: a.targets.into_iter().map(TargetId::from).collect(),
            quantity: a.quantity,
            people: a.people.into_iter().map(String::from).collect(),
            lead_unit: a.lead.to_string(),
            notes: a.notes,
            updated_at: stamp(a.date, 18),
        })
        .collect();
    doc.readings = y
        .readings
        .into_iter()
        .enumerate()
        .filter(|(_, r)| r.date >= start && r.date <= as_of)
        .map(|(i, r)| Reading {
            recorded_by: String::new(),
            evidence: Vec::new(),
            id: ReadingId(format!("r-{:04}", i + 1)),
            target: TargetId::from(r.target),
            date: r.date,
            value: r.value,
            notes: r.notes,
            updated_at: stamp(r.date, 17),
        })
        .collect();
    doc
}
