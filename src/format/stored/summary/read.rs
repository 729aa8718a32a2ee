//! Reading the summary row: its JSON walked field by field, as strictly as
//! the other rows are read (every field of its type, no field it does not
//! have), each fault named by its path (`summary.targets[3].status`).

use chrono::NaiveDate;
use serde_json::{Map, Value};

use super::{Summary, STATES};
use crate::engine::{
    Detail, Measure, PeriodState, PeriodTally, PersonTally, PlanProgress, Status, TargetProgress,
};
use crate::format::{not_json, parse_iso_date, DecodeError, Expected, Found, JsonFault, Problem};
use crate::frac::Frac;
use crate::period::Period;
use crate::plan::{SectionId, TargetId};

type Object = Map<String, Value>;

/// Where a value is: a field of the row (`target` none) or of a target's
/// line.
#[derive(Clone, Copy)]
struct At<'a> {
    target: Option<usize>,
    field: &'a str,
}

fn row(field: &str) -> At<'_> {
    At {
        target: None,
        field,
    }
}

impl At<'_> {
    fn path(self) -> String {
        match self.target {
            Some(i) => format!("summary.targets[{i}].{}", self.field),
            None => format!("summary.{}", self.field),
        }
    }

    fn wrong(self, fault: JsonFault) -> DecodeError {
        DecodeError::WrongField {
            path: self.path(),
            fault,
            line: 0,
            column: 0,
        }
    }

    fn invalid(self, problem: Problem) -> DecodeError {
        DecodeError::Invalid {
            path: self.path(),
            problem,
        }
    }

    fn not_a(self, expected: Expected) -> DecodeError {
        self.wrong(JsonFault::WrongType {
            found: Found::Other,
            expected,
        })
    }

    fn not_one_of(self, text: &str, allowed: &[&str]) -> DecodeError {
        self.wrong(JsonFault::UnknownVariant {
            value: text.to_string(),
            allowed: allowed.iter().map(|a| a.to_string()).collect(),
        })
    }

    fn not_a_number(self, text: &str) -> DecodeError {
        self.invalid(Problem::NotADecimal {
            text: text.to_string(),
        })
    }
}

/// Refuses a field `o` has that is not in `known` (the row's own fields).
fn only(o: &Object, target: Option<usize>, known: &[&str]) -> Result<(), DecodeError> {
    match o.keys().find(|k| !known.contains(&k.as_str())) {
        Some(k) => Err(At { target, field: k }.wrong(JsonFault::UnknownField(k.clone()))),
        None => Ok(()),
    }
}

fn object<'v>(v: &'v Value, at: At) -> Result<&'v Object, DecodeError> {
    v.as_object().ok_or_else(|| at.not_a(Expected::Object))
}

/// The field `at.field` of `o`, if it is there and not null.
fn opt<'v>(o: &'v Object, at: At) -> Option<&'v Value> {
    o.get(at.field).filter(|v| !v.is_null())
}

fn get<'v>(o: &'v Object, at: At) -> Result<&'v Value, DecodeError> {
    opt(o, at).ok_or_else(|| at.wrong(JsonFault::MissingField(at.field.to_string())))
}

fn text<'v>(o: &'v Object, at: At) -> Result<&'v str, DecodeError> {
    get(o, at)?.as_str().ok_or_else(|| at.not_a(Expected::Text))
}

fn whole(v: &Value, at: At) -> Result<u64, DecodeError> {
    v.as_u64().ok_or_else(|| at.not_a(Expected::WholeNumber))
}

fn flag(o: &Object, at: At) -> Result<bool, DecodeError> {
    opt(o, at).map_or(Ok(false), |v| {
        v.as_bool().ok_or_else(|| at.not_a(Expected::TrueFalse))
    })
}

fn list<'v>(v: &'v Value, at: At) -> Result<&'v Vec<Value>, DecodeError> {
    v.as_array().ok_or_else(|| at.not_a(Expected::List))
}

fn status(text: &str, at: At) -> Result<Status, DecodeError> {
    Status::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = Status::ALL.iter().map(Status::as_str).collect();
        at.not_one_of(text, &names)
    })
}

fn state(text: &str, at: At) -> Result<PeriodState, DecodeError> {
    match STATES.iter().find(|(_, t)| *t == text) {
        Some((s, _)) => Ok(*s),
        None => {
            let names: Vec<&str> = STATES.iter().map(|(_, t)| *t).collect();
            Err(at.not_one_of(text, &names))
        }
    }
}

fn frac(text: &str, at: At) -> Result<Frac, DecodeError> {
    let parts = text
        .split_once('/')
        .map(|(n, d)| (n.parse::<u128>(), d.parse::<u128>()));
    match parts {
        Some((Ok(n), Ok(d))) if d > 0 => Ok(Frac::new(n, d)),
        _ => Err(at.not_a_number(text)),
    }
}

fn date(text: &str, at: At) -> Result<NaiveDate, DecodeError> {
    parse_iso_date(text).ok_or_else(|| {
        at.invalid(Problem::NotADate {
            text: text.to_string(),
        })
    })
}

fn opt_date(o: &Object, at: At) -> Result<Option<NaiveDate>, DecodeError> {
    match opt(o, at) {
        None => Ok(None),
        Some(v) => date(v.as_str().ok_or_else(|| at.not_a(Expected::Text))?, at).map(Some),
    }
}

fn decimal(text: &str, at: At) -> Result<crate::fixed::Fixed, DecodeError> {
    text.parse().map_err(|_| at.not_a_number(text))
}

/// A period from its [`Period::code`] (and nothing else: the code read
/// back must be the text).
pub(super) fn parse_period(code: &str) -> Option<Period> {
    let number = |t: &str, range: std::ops::RangeInclusive<u32>| {
        t.parse::<u32>().ok().filter(|n| range.contains(n))
    };
    let p = if let Some((year, week)) = code.split_once("-W") {
        Period::Week {
            year: year.parse().ok()?,
            week: number(week, 1..=53)?,
        }
    } else if let Some((year, quarter)) = code.split_once('Q') {
        Period::Quarter {
            year: year.parse().ok()?,
            quarter: number(quarter, 1..=4)?,
        }
    } else {
        match code.rsplit_once('-') {
            Some((year, month)) if !year.is_empty() => Period::Month {
                year: year.parse().ok()?,
                month: number(month, 1..=12)?,
            },
            _ => Period::Year(code.parse().ok()?),
        }
    };
    (p.code() == code).then_some(p)
}

/// `{"count": 3}`, `{"value": "91.5"}`, `{"percent": "1/2"}` or `"none"`.
fn measure(o: &Object, at: At) -> Result<Measure, DecodeError> {
    let v = get(o, at)?;
    if v.as_str() == Some("none") {
        return Ok(Measure::None);
    }
    let bad = || {
        at.not_one_of(
            v.as_str().unwrap_or("{…}"),
            &["none", "count", "value", "percent"],
        )
    };
    let inner = v.as_object().filter(|m| m.len() == 1).ok_or_else(bad)?;
    let (kind, x) = inner.iter().next().ok_or_else(bad)?;
    let as_text = || x.as_str().ok_or_else(|| at.not_a(Expected::Text));
    match kind.as_str() {
        "count" => whole(x, at).map(Measure::Count),
        "value" => decimal(as_text()?, at).map(Measure::Value),
        "percent" => frac(as_text()?, at).map(Measure::Percent),
        _ => Err(bad()),
    }
}

/// A target's detail: absent for none; people as `[name, count, met]`,
/// periods as `[code, count, state]`.
fn detail(o: &Object, at: At) -> Result<Detail, DecodeError> {
    let Some(v) = opt(o, at) else {
        return Ok(Detail::None);
    };
    const KINDS: [&str; 4] = ["per_person", "cadence", "milestone", "measured"];
    let bad = || at.not_one_of(v.as_str().unwrap_or("{…}"), &KINDS);
    let inner = v.as_object().filter(|m| m.len() == 1).ok_or_else(bad)?;
    let (kind, x) = inner.iter().next().ok_or_else(bad)?;
    let triple = |item| -> Result<(&Value, &Value, &Value), DecodeError> {
        match list(item, at)?.as_slice() {
            [a, b, c] => Ok((a, b, c)),
            _ => Err(at.not_a(Expected::List)),
        }
    };
    let as_text = |v: &Value| -> Result<String, DecodeError> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| at.not_a(Expected::Text))
    };
    Ok(match kind.as_str() {
        "per_person" => {
            let mut people = Vec::new();
            for item in list(x, at)? {
                let (name, count, met) = triple(item)?;
                people.push(PersonTally {
                    name: as_text(name)?,
                    count: whole(count, at)?,
                    met: met.as_bool().ok_or_else(|| at.not_a(Expected::TrueFalse))?,
                });
            }
            Detail::PerPerson(people)
        }
        "cadence" => {
            let mut periods = Vec::new();
            for item in list(x, at)? {
                let (code, count, st) = triple(item)?;
                let code = as_text(code)?;
                periods.push(PeriodTally {
                    period: parse_period(&code).ok_or_else(|| at.not_one_of(&code, &[]))?,
                    count: whole(count, at)?,
                    state: state(&as_text(st)?, at)?,
                });
            }
            Detail::Cadence(periods)
        }
        "milestone" => {
            let m = object(x, at)?;
            only(m, at.target, &["done_on", "due"])?;
            Detail::Milestone {
                done_on: opt_date(
                    m,
                    At {
                        field: "done_on",
                        ..at
                    },
                )?,
                due: date(text(m, At { field: "due", ..at })?, at)?,
            }
        }
        "measured" => {
            let m = object(x, at)?;
            only(m, at.target, &["latest_on", "sums", "latest"])?;
            let sums = match opt(
                m,
                At {
                    field: "sums",
                    ..at
                },
            ) {
                None => None,
                Some(s) => match list(s, at)?.as_slice() {
                    [n, d] => Some((whole(n, at)?, whole(d, at)?)),
                    _ => return Err(at.not_a(Expected::List)),
                },
            };
            let latest = match opt(
                m,
                At {
                    field: "latest",
                    ..at
                },
            ) {
                None => None,
                Some(l) => Some(decimal(
                    l.as_str().ok_or_else(|| at.not_a(Expected::Text))?,
                    at,
                )?),
            };
            Detail::Measured {
                latest_on: opt_date(
                    m,
                    At {
                        field: "latest_on",
                        ..at
                    },
                )?,
                sums,
                latest,
            }
        }
        _ => return Err(bad()),
    })
}

const TARGET_FIELDS: [&str; 13] = [
    "id",
    "section",
    "status",
    "completion",
    "raw_completion",
    "time_progress",
    "actual",
    "goal",
    "over_plan",
    "remaining",
    "detail",
    "last",
    "weight",
];

fn target(i: usize, v: &Value) -> Result<TargetProgress, DecodeError> {
    let at = |field| At {
        target: Some(i),
        field,
    };
    let o = object(v, row("targets"))?;
    only(o, Some(i), &TARGET_FIELDS)?;
    let fraction = |field| frac(text(o, at(field))?, at(field));
    Ok(TargetProgress {
        id: TargetId(text(o, at("id"))?.to_string()),
        section: SectionId(text(o, at("section"))?.to_string()),
        status: status(text(o, at("status"))?, at("status"))?,
        completion: fraction("completion")?,
        raw_completion: fraction("raw_completion")?,
        time_progress: fraction("time_progress")?,
        actual: measure(o, at("actual"))?,
        goal: measure(o, at("goal"))?,
        over_plan: flag(o, at("over_plan"))?,
        remaining: opt(o, at("remaining"))
            .map(|v| whole(v, at("remaining")))
            .transpose()?,
        detail: detail(o, at("detail"))?,
        activities: Vec::new(),
        readings: Vec::new(),
        last_record: opt_date(o, at("last"))?,
        weight: u32::try_from(whole(get(o, at("weight"))?, at("weight"))?)
            .map_err(|_| at("weight").not_a(Expected::WholeNumber))?,
    })
}

/// The summary row from its text.
pub fn decode_summary(text_: &str) -> Result<Summary, DecodeError> {
    let v: Value = serde_json::from_str(text_).map_err(|e| not_json(&e))?;
    let o = object(&v, row("summary"))?;
    only(
        o,
        None,
        &[
            "revision",
            "as_of",
            "title",
            "activities",
            "readings",
            "unassigned",
            "completion",
            "time_progress",
            "status",
            "targets",
        ],
    )?;
    let number = |field| whole(get(o, row(field))?, row(field));
    let fraction = |field| frac(text(o, row(field))?, row(field));
    let lines = list(get(o, row("targets"))?, row("targets"))?;
    let mut targets = Vec::with_capacity(lines.len());
    for (i, t) in lines.iter().enumerate() {
        targets.push(target(i, t)?);
    }
    Ok(Summary {
        revision: number("revision")?,
        title: text(o, row("title"))?.to_string(),
        activities: number("activities")?,
        readings: number("readings")?,
        unassigned: flag(o, row("unassigned"))?,
        progress: PlanProgress {
            as_of: date(text(o, row("as_of"))?, row("as_of"))?,
            time_progress: fraction("time_progress")?,
            completion: fraction("completion")?,
            status: status(text(o, row("status"))?, row("status"))?,
            targets,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_period_code_reads_back_and_nothing_else_does() {
        for p in [
            Period::Week {
                year: 2026,
                week: 1,
            },
            Period::Week {
                year: 2020,
                week: 53,
            },
            Period::Month {
                year: 2026,
                month: 12,
            },
            Period::Quarter {
                year: 2027,
                quarter: 4,
            },
            Period::Year(2026),
        ] {
            assert_eq!(parse_period(&p.code()), Some(p));
        }
        for bad in [
            "2026-W00", "2026-W54", "2026-13", "2026-00", "2026Q5", "2026-3", "26Q1x", "", "W",
            "2026-W1",
        ] {
            assert_eq!(parse_period(bad), None, "{bad:?}");
        }
    }

    fn row_with(status: &str, completion: &str, extra: &str) -> String {
        format!(
            r#"{{"revision":1,"as_of":"2026-03-01","title":"t","activities":0,"readings":0,"completion":"0/1","time_progress":"1/6","status":"on_track","targets":[{{"id":"t1","section":"s1","status":"{status}","completion":"{completion}","raw_completion":"0/1","time_progress":"1/6","actual":{{"count":0}},"goal":"none","weight":1{extra}}}]}}"#
        )
    }

    #[test]
    fn a_wrong_word_number_or_field_is_named_by_its_path() {
        let bad = |text: &str| decode_summary(text).unwrap_err().to_string();
        let ok = decode_summary(&row_with("behind", "1/3", "")).unwrap();
        assert_eq!(ok.progress.targets[0].completion, Frac::new(1, 3));
        let e = bad(&row_with("purple", "1/3", ""));
        assert!(
            e.contains("summary.targets[0].status") && e.contains("purple"),
            "{e}"
        );
        let e = bad(&row_with("behind", "1/0", ""));
        assert!(e.contains("summary.targets[0].completion"), "{e}");
        let e = bad(&row_with("behind", "a third", ""));
        assert!(e.contains("a third"), "{e}");
        let e = bad(&row_with("behind", "1/3", r#","colour":"red""#));
        assert!(e.contains("summary.targets[0].colour"), "{e}");
        let e = bad(&row_with(
            "behind",
            "1/3",
            r#","detail":{"cadence":[["2026-13",1,"met"]]}"#,
        ));
        assert!(
            e.contains("summary.targets[0].detail") && e.contains("2026-13"),
            "{e}"
        );
        let e = bad(&row_with(
            "behind",
            "1/3",
            r#","detail":{"cadence":[["2026-03",1,"late"]]}"#,
        ));
        assert!(e.contains("late"), "{e}");
        let e = bad(&row_with("behind", "1/3", r#","remaining":-1"#));
        assert!(e.contains("summary.targets[0].remaining"), "{e}");
        let e = bad("{\"revision\":1}");
        assert!(
            e.contains("summary.targets") && e.contains("missing"),
            "{e}"
        );
        assert!(decode_summary("[1,").is_err());
    }
}
