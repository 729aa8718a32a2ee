//! The documents tell the truth: over generated plans, ledgers and
//! reporting histories, every claim of the monthly 督查通报, of the
//! 督办通知单 and of the progress report, read back from its Markdown,
//! agrees with the engine's figures, the 报送 page's table and a model of
//! the reporting cycle written from the rules (see `truth/mod.rs`).
//!
//! Each case: the default plan of 2026 with its targets' lead units drawn
//! among five units and the office (督查室, which keeps the copy), a sixth
//! unit listed in the middle of the year, a monthly or quarterly cycle with
//! any due day and grace, activities recorded by any unit on any day, and
//! for each unit and cycle a report on time, late within the grace, late
//! past it, or none. The 通报 is for any month, issued on any day from the
//! month's middle to well after its reports were due.

#[path = "truth/mod.rs"]
mod truth;

use chrono::{Datelike, Days, NaiveDate};
use luoshi::duban::notice;
use luoshi::engine::evaluate;
use luoshi::plan::{
    Activity, ActivityId, Document, NoticeId, PartKey, ReportId, Reporting, Stamp, UnitReport,
};
use proptest::prelude::*;

const UNITS: [&str; 5] = ["甲处", "乙处", "丙处", "丁处", "戊处"];
const OFFICE: &str = "督查室";
const LATECOMER: &str = "己处";

fn stamp(d: NaiveDate) -> Stamp {
    format!("{d}T09:00:00+08:00").parse().expect("stamp")
}

/// A small deterministic generator for the ledger's details.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn day_between(&mut self, from: NaiveDate, to: NaiveDate) -> NaiveDate {
        let span = (to - from).num_days().max(0) as u64;
        from + Days::new(self.below(span + 1))
    }
}

#[derive(Debug, Clone)]
struct Case {
    quarterly: bool,
    by_day: u32,
    grace: u32,
    joined_month: u32,
    month: u32,
    /// Days after the 15th of the month the 通报 is issued.
    issued_after: u64,
    seed: u64,
}

fn history(c: &Case) -> Document {
    let mut rng = Rng(c.seed | 1);
    let mut doc = luoshi::seed::default_document(2026, OFFICE);
    let by_day = c.by_day;
    doc.plan.rules.reporting = if c.quarterly {
        Reporting::Quarterly { by_day }
    } else {
        Reporting::Monthly { by_day }
    };
    doc.plan.rules.grace_days = c.grace;
    let mut units: Vec<String> = UNITS.iter().map(|u| u.to_string()).collect();
    units.push(OFFICE.into());
    units.push(LATECOMER.into());
    doc.plan.units = units.clone();
    let joined = NaiveDate::from_ymd_opt(2026, c.joined_month, 1 + rng.below(27) as u32).unwrap();
    doc.plan
        .stamps
        .0
        .insert(PartKey::Unit(LATECOMER.into()), stamp(joined));
    let leads: Vec<&str> = UNITS.iter().copied().chain([OFFICE]).collect();
    for s in &mut doc.plan.sections {
        for t in &mut s.targets {
            t.lead_unit = leads[rng.below(leads.len() as u64) as usize].into();
        }
    }
    let targets: Vec<_> = doc
        .plan
        .targets()
        .map(|(_, t)| (t.id.clone(), t.lead_unit.clone()))
        .collect();
    let recorders: Vec<&str> = units.iter().map(String::as_str).chain([""]).collect();
    for i in 0..(40 + rng.below(60)) {
        let (id, lead) = &targets[rng.below(targets.len() as u64) as usize];
        let date = rng.day_between(doc.plan.start, doc.plan.end);
        doc.activities.push(Activity {
            id: ActivityId(format!("a{i}")),
            date,
            title: format!("活动{i}"),
            targets: vec![id.clone()],
            quantity: 1 + rng.below(3) as u32,
            people: Vec::new(),
            lead_unit: lead.clone(),
            notes: String::new(),
            recorded_by: recorders[rng.below(recorders.len() as u64) as usize].into(),
            evidence: Vec::new(),
            updated_at: stamp(date),
        });
    }
    // Each unit, each cycle: on time, late within the grace, late past it,
    // or nothing; the latecomer only once listed.
    let mut n = 0;
    for (cycle, _) in truth::model_cycles(&doc) {
        for unit in UNITS.iter().chain([&LATECOMER]) {
            if *unit == LATECOMER && cycle.end < joined {
                continue;
            }
            let sent = match rng.below(4) {
                0 => rng.day_between(cycle.end + Days::new(1), cycle.due),
                1 => rng.day_between(
                    cycle.due + Days::new(1),
                    cycle.grace_end.max(cycle.due + Days::new(1)),
                ),
                2 => rng.day_between(
                    cycle.grace_end + Days::new(1),
                    cycle.grace_end + Days::new(20),
                ),
                _ => continue,
            };
            n += 1;
            doc.reports.push(UnitReport {
                id: ReportId(format!("r{n}")),
                unit: unit.to_string(),
                sent,
                covers_to: (rng.below(3) > 0).then_some(sent),
                file_name: format!("落实台账-{unit}-{sent}.json"),
                updated_at: stamp(sent),
            });
        }
    }
    doc
}

fn case() -> impl Strategy<Value = Case> {
    (
        any::<bool>(),
        1u32..=28,
        0u32..=10,
        2u32..=11,
        1u32..=12,
        0u64..=60,
        any::<u64>(),
    )
        .prop_map(
            |(quarterly, by_day, grace, joined_month, month, issued_after, seed)| Case {
                quarterly,
                by_day,
                grace,
                joined_month,
                month,
                issued_after,
                seed,
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn every_claim_of_the_documents_is_the_figures(c in case()) {
        let doc = history(&c);
        let issued = NaiveDate::from_ymd_opt(2026, c.month, 15).unwrap() + Days::new(c.issued_after);
        let wrong = truth::check_bulletin(&doc, 2026, c.month, issued);
        prop_assert!(wrong.is_empty(), "通报 {}-{} issued {issued}: {wrong:#?}", 2026, c.month);

        // The progress report and the 督办通知单 at the 通报's figures.
        let as_of = luoshi::duban::bulletin::as_of_for(2026, c.month, issued).unwrap();
        let p = evaluate(&doc, as_of);
        let wrong = truth::check_report(&doc, &p);
        prop_assert!(wrong.is_empty(), "report at {as_of}: {wrong:#?}");
        let chase: Vec<_> = doc
            .plan
            .targets()
            .filter(|(_, t)| p.get(&t.id).is_some_and(|f| notice::can_chase(f.status.colour())))
            .map(|(_, t)| t.id.clone())
            .collect();
        let drafts = notice::drafts(&doc, &chase, as_of, as_of + Days::new(7));
        let mut issued_notices = notice::issue_all(
            &drafts,
            &[],
            (0..drafts.len()).map(|i| NoticeId(format!("n{i}"))),
            stamp(as_of),
        );
        // One notice addressed elsewhere than its targets' lead unit.
        if let Some(first) = issued_notices.first_mut() {
            if c.seed % 2 == 0 {
                first.unit = "外事办".into();
            }
        }
        for n in &issued_notices {
            let wrong = truth::check_notice(&doc, &p, n);
            prop_assert!(wrong.is_empty(), "{}: {wrong:#?}", notice::number_text(n.year, n.number));
        }
        prop_assert_eq!(as_of.year(), 2026);
    }
}

#[test]
fn a_fixed_history_reads_true_every_month_and_cycle() {
    // Every month of the year and both cycles, issued on the 10th of the
    // next month and on the month's last day.
    for quarterly in [false, true] {
        for month in 1..=12 {
            let c = Case {
                quarterly,
                by_day: 5,
                grace: 3,
                joined_month: 7,
                month,
                issued_after: 0,
                seed: 20_261_210,
            };
            let doc = history(&c);
            let next = NaiveDate::from_ymd_opt(2026, month, 1)
                .unwrap()
                .checked_add_months(chrono::Months::new(1))
                .unwrap();
            for issued in [next.with_day(10).unwrap(), next.pred_opt().unwrap()] {
                let wrong = truth::check_bulletin(&doc, 2026, month, issued);
                assert!(wrong.is_empty(), "{month} issued {issued}: {wrong:#?}");
            }
        }
    }
}
