//! The `report` command's JSON output, one object per target, for machines.
//! What a kind adds to its object (a cadence's missed periods, a
//! milestone's dates, …) is the kind's (`luoshi::present::kind_words`).

use luoshi::contribution::TargetShares;
use luoshi::engine::{Measure, PlanProgress, TargetProgress};
use luoshi::period::Period;
use luoshi::plan::{Document, Section, Target};
use luoshi::present::kind_words::{self, Fact};
use serde_json::{json, Map, Value};

/// A missed period by the name the rules use: "2026年3月" for months,
/// "2026-W14" for weeks, "2026Q2" for quarters, "2026" for years.
pub fn period_name(p: &Period) -> String {
    match p {
        Period::Month { .. } => p.label_zh(),
        _ => p.code(),
    }
}

fn number(m: &Measure) -> Value {
    match m {
        Measure::Count(n) => json!(n),
        Measure::Value(v) => json!(v.to_f64()),
        Measure::Percent(f) => json!(f.to_f64()),
        Measure::None => Value::Null,
    }
}

/// What the numbers of `actual` and `target` are: a count, a value in the
/// target's unit, or a fraction of 1.
fn measure_name(goal: &Measure) -> Value {
    match goal {
        Measure::Count(_) => json!("count"),
        Measure::Value(_) => json!("value"),
        Measure::Percent(_) => json!("fraction"),
        Measure::None => Value::Null,
    }
}

/// Each target's progress with its section and definition, in plan order.
pub fn rows<'a>(
    doc: &'a Document,
    progress: &'a PlanProgress,
) -> impl Iterator<Item = (&'a Section, &'a Target, &'a TargetProgress)> + 'a {
    doc.plan
        .targets()
        .zip(progress.targets.iter())
        .map(|((s, t), p)| (s, t, p))
}

/// One object per target, in plan order, as a pretty JSON array; with
/// `shares`, each object has `by_unit`: the unit, its figure and how many
/// of its activities count.
pub fn json(doc: &Document, progress: &PlanProgress, shares: Option<&[TargetShares]>) -> String {
    let items: Vec<Value> = rows(doc, progress)
        .enumerate()
        .map(|(i, (section, target, p))| {
            let mut o = Map::new();
            o.insert("id".into(), json!(target.id.as_str()));
            o.insert("title".into(), json!(target.title));
            o.insert("section".into(), json!(section.id.as_str()));
            o.insert("section_title".into(), json!(section.title));
            o.insert("kind".into(), json!(target.kind.as_str()));
            o.insert("unit".into(), json!(target.unit));
            o.insert("actual".into(), number(&p.actual));
            o.insert("target".into(), number(&p.goal));
            o.insert("measure".into(), measure_name(&p.goal));
            o.insert("completion".into(), json!(p.completion.to_f64()));
            o.insert("time_progress".into(), json!(p.time_progress.to_f64()));
            o.insert("status".into(), json!(p.status.as_str()));
            for fact in kind_words::facts(target, p) {
                let (key, value) = match fact {
                    Fact::MissedPeriods(missed) => {
                        let names: Vec<String> = missed.iter().map(period_name).collect();
                        ("missed_periods", json!(names))
                    }
                    Fact::PeopleShort(names) => ("people_short", json!(names)),
                    Fact::OverPlan(over) => ("over_plan", json!(over)),
                    Fact::Due(due) => ("due", json!(due.to_string())),
                    Fact::DoneOn(done_on) => ("done_on", json!(done_on.map(|d| d.to_string()))),
                };
                o.insert(key.into(), value);
            }
            if let Some(row) = shares.and_then(|s| s.get(i)) {
                let units: Vec<Value> = row
                    .shares
                    .iter()
                    .map(|s| json!({ "unit": s.unit, "actual": number(&s.actual), "activities": s.activities }))
                    .collect();
                o.insert("by_unit".into(), Value::Array(units));
            }
            Value::Object(o)
        })
        .collect();
    serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string())
}
