//! What the report's sentences look up, built once per report: the
//! document, the figures, the stretch of time a monthly or quarterly report
//! covers, and the colours changed since last month. Its own module so
//! that the sentences ([`super::sentences`]) and the composition
//! ([`super::compose`]) both use it without using each other.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::words::{month_day, numeral};
use super::Variant;
use crate::engine::{Colour, PlanProgress};
use crate::history::changes_since_last_month;
use crate::period::Period;
use crate::plan::{Activity, Cadence, Document, Reading};

/// Everything the sentences need to look up, built once per report.
pub(super) struct Ctx<'a> {
    pub doc: &'a Document,
    pub progress: &'a PlanProgress,
    pub as_of: NaiveDate,
    /// The plan's own year: dates within it are written without the year.
    pub plan_year: i32,
    /// "全年" for a calendar-year plan, "计划期" otherwise.
    pub whole: &'static str,
    /// The stretch a monthly or quarterly report covers, both ends included.
    pub window: Option<Window>,
    pub activities: HashMap<&'a str, &'a Activity>,
    pub readings: HashMap<&'a str, &'a Reading>,
    /// Targets whose colour changed since the end of last month: before,
    /// after (from [`crate::history`], which asks the engine).
    pub changes: HashMap<String, (Colour, Colour)>,
}

/// The month or quarter a report covers.
#[derive(Debug, Clone)]
pub(super) struct Window {
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// "2026年11月", "2026年第四季度".
    pub label: String,
    /// "本月", "本季度".
    pub this: &'static str,
}

impl Window {
    pub fn contains(&self, date: NaiveDate) -> bool {
        self.start <= date && date <= self.end
    }
}

impl<'a> Ctx<'a> {
    pub(super) fn new(doc: &'a Document, progress: &'a PlanProgress, variant: Variant) -> Ctx<'a> {
        let plan = &doc.plan;
        let as_of = progress.as_of;
        let calendar_year = plan.start.year() == plan.end.year()
            && (plan.start.month(), plan.start.day()) == (1, 1)
            && (plan.end.month(), plan.end.day()) == (12, 31);
        let window = match variant {
            Variant::ToDate => None,
            Variant::Month => {
                let p = Period::containing(Cadence::Month, as_of);
                Some(Window {
                    start: p.start(),
                    end: as_of,
                    label: p.label_zh(),
                    this: "本月",
                })
            }
            Variant::Quarter => {
                let p = Period::containing(Cadence::Quarter, as_of);
                let q = (as_of.month() - 1) / 3 + 1;
                Some(Window {
                    start: p.start(),
                    end: as_of,
                    label: format!("{}年第{}季度", as_of.year(), numeral(q as usize)),
                    this: "本季度",
                })
            }
        };
        Ctx {
            doc,
            progress,
            as_of,
            plan_year: plan.start.year(),
            whole: if calendar_year { "全年" } else { "计划期" },
            window,
            activities: doc.activities.iter().map(|a| (a.id.as_str(), a)).collect(),
            readings: doc.readings.iter().map(|r| (r.id.as_str(), r)).collect(),
            changes: changes_since_last_month(doc, progress)
                .into_iter()
                .map(|c| (c.id.0, (c.before, c.after)))
                .collect(),
        }
    }

    /// "11月27日" (or with the year outside the plan's year).
    pub fn date(&self, d: NaiveDate) -> String {
        month_day(d, self.plan_year)
    }

    /// "截至11月27日".
    pub fn as_of_words(&self) -> String {
        format!("截至{}", self.date(self.as_of))
    }

    /// Whether the plan period is over at the as-of date.
    pub fn ended(&self) -> bool {
        self.as_of >= self.doc.plan.end
    }
}
