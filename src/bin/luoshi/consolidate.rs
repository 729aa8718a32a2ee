//! The `consolidate` command: many units' files (or folders of them) merged
//! into one document, with the per-unit reporting table and the targets
//! behind by lead unit, from the same core modules as the reporting page.

use std::path::{Path, PathBuf};

use chrono::{FixedOffset, NaiveDate, TimeZone};
use luoshi::consolidate::{self, Choices, Consolidation, Incoming, Outcome};
use luoshi::engine::{self, Colour};
use luoshi::escape::markdown as escape;
use luoshi::format;
use luoshi::i18n::reporting::{fill, msgs, ReportingMsgs};
use luoshi::i18n::Lang;
use luoshi::plan::Document;
use luoshi::present::{cycle_text, file_effect_text, file_unit_text};
use luoshi::reporting::{self, state_text, UnitTable};
use serde_json::{json, Value};

use super::{cannot_read, decode_message, file_failure, say, words, Failure};

/// Output form of `consolidate`.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum ConsolidateForm {
    /// A Markdown page: the cycle, the files, the units, the targets behind.
    Page,
    /// The two bare Markdown tables.
    Table,
    /// JSON.
    Json,
}

/// The files named, each folder replaced by the `.json` files directly in
/// it, by name.
fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            let entries = std::fs::read_dir(path).map_err(|e| cannot_read(&path.display(), &e))?;
            let mut found: Vec<PathBuf> = Vec::new();
            for entry in entries {
                let entry = entry.map_err(|e| cannot_read(&path.display(), &e))?;
                let p = entry.path();
                if p.is_file()
                    && p.extension()
                        .is_some_and(|x| x.eq_ignore_ascii_case("json"))
                {
                    found.push(p);
                }
            }
            if found.is_empty() {
                return Err(Failure::File(say(
                    words().no_json_in_folder,
                    &[("name", &path.display().to_string())],
                )));
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn read(path: &Path) -> Result<Incoming, Failure> {
    let name = path.display();
    let bytes = std::fs::read(path).map_err(|e| cannot_read(&name, &e))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Failure::File(say(words().not_utf8, &[("name", &name.to_string())])))?;
    let decoded =
        format::decode_file(&text).map_err(|e| file_failure(&name, &decode_message(&e)))?;
    Ok(Incoming {
        name: path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| name.to_string()),
        decoded,
    })
}

/// Merges every file into a document holding the first file's plan and
/// none of its records, kept by `unit`; refuses the lot if one file cannot
/// be read or is another plan's.
pub(crate) fn run(
    paths: &[PathBuf],
    as_of: NaiveDate,
    unit: &str,
) -> Result<(Consolidation, UnitTable), Failure> {
    let files: Vec<Incoming> = expand(paths)?
        .iter()
        .map(|p| read(p))
        .collect::<Result<_, _>>()?;
    // The plan is the one most files hold (the first such file's copy), so
    // that a stray file of another plan is the one refused.
    let held = |id: &str| {
        files
            .iter()
            .filter(|f| f.decoded.document.plan.id.trim() == id.trim())
            .count()
    };
    let Some(first) = files
        .iter()
        .rev()
        .max_by_key(|f| held(&f.decoded.document.plan.id))
    else {
        return Err(super::usage::usage(words().at_least_one_file));
    };
    let base = Document {
        unit: unit.to_string(),
        plan: first.decoded.document.plan.clone(),
        activities: Vec::new(),
        readings: Vec::new(),
        tombstones: Vec::new(),
        reports: Vec::new(),
        notices: Vec::new(),
    };
    // The stamp of the reports: the as-of day, at midnight in China.
    let now = FixedOffset::east_opt(8 * 3600)
        .and_then(|tz| {
            tz.from_local_datetime(&as_of.and_time(chrono::NaiveTime::MIN))
                .single()
        })
        .ok_or_else(|| Failure::File(say(words().no_stamp, &[("date", &as_of.to_string())])))?;
    let choices = Choices {
        assign_unit: true,
        add_units: false,
        // Stamps from the future are judged by the machine's clock, not by
        // the as-of day the reports are stamped at.
        clock: Some(
            chrono::DateTime::<chrono::Utc>::from(std::time::SystemTime::now()).fixed_offset(),
        ),
    };
    let c = consolidate::preview(&base, &files, choices, as_of, now);
    let refused: Vec<String> = c
        .files
        .iter()
        .filter_map(|f| match &f.outcome {
            Outcome::OtherPlan { theirs, ours } => Some(say(
                words().other_plan,
                &[
                    ("name", &f.name),
                    ("theirs", &format!("{theirs:?}")),
                    ("ours", &format!("{ours:?}")),
                ],
            )),
            _ => None,
        })
        .collect();
    if !refused.is_empty() {
        return Err(Failure::File(say(
            words().nothing_written,
            &[("list", &refused.join(words().note_sep))],
        )));
    }
    let progress = engine::evaluate(&c.result, as_of);
    let table = reporting::unit_table(&c.result, &progress, as_of);
    Ok((c, table))
}

fn colour_counts(
    targets: &[(luoshi::plan::TargetId, engine::Status)],
    m: &ReportingMsgs,
    lang: Lang,
) -> String {
    let mut parts = Vec::new();
    for c in [
        Colour::Red,
        Colour::Yellow,
        Colour::Blue,
        Colour::Green,
        Colour::Grey,
    ] {
        let n = targets.iter().filter(|(_, s)| s.colour() == c).count();
        if n > 0 {
            let colour = match lang {
                Lang::Zh => c.label_zh(),
                Lang::En => c.label_en(),
            };
            parts.push(fill(
                m.colour_count,
                &[("colour", colour), ("n", &n.to_string())],
            ));
        }
    }
    if parts.is_empty() {
        "0".into()
    } else {
        fill(
            m.led_counts,
            &[
                ("n", &targets.len().to_string()),
                ("colours", &parts.join(m.list_sep)),
            ],
        )
    }
}

fn units_table(t: &UnitTable, m: &ReportingMsgs, lang: Lang) -> String {
    let mut out = format!(
        "| {} | {} | {} | {} | {} |\n|---|---|---|---:|---|\n",
        m.col_unit, m.col_state, m.col_last, m.col_records, m.col_targets
    );
    for r in &t.rows {
        let last = match &r.last_report {
            Some((day, _)) => day.to_string(),
            None => m.never.to_string(),
        };
        out.push_str(&format!(
            "| {} | {} | {last} | {} | {} |\n",
            escape(&r.unit),
            state_text(m, r, |d| d.to_string()),
            r.records,
            colour_counts(&r.targets, m, lang)
        ));
    }
    out
}

/// The targets yellow or red, by lead unit (in the reporting table's
/// order), as a Markdown table.
fn behind_table(doc: &Document, t: &UnitTable, m: &ReportingMsgs, lang: Lang) -> String {
    let mut out = String::new();
    for r in &t.rows {
        for (id, status) in &r.targets {
            if matches!(status.colour(), Colour::Red | Colour::Yellow) {
                let title = doc.plan.target(id).map(|t| t.title.as_str()).unwrap_or("");
                out.push_str(&format!(
                    "| {} | {} | {} |\n",
                    escape(&r.unit),
                    escape(title),
                    match lang {
                        Lang::Zh => status.label_zh(),
                        Lang::En => status.label_en(),
                    }
                ));
            }
        }
    }
    if out.is_empty() {
        return format!("{}\n", m.none_behind);
    }
    format!(
        "| {} | {} | {} |\n|---|---|---|\n{out}",
        m.col_lead, m.col_target, m.col_status
    )
}

/// One line per file, worded as the 报送 page words it.
fn files_table(c: &Consolidation, m: &ReportingMsgs, lang: Lang) -> String {
    let mut out = format!(
        "| {} | {} | {} |\n|---|---|---|\n",
        m.col_file, m.col_unit, m.col_effect
    );
    for f in &c.files {
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            escape(&f.name),
            escape(&file_unit_text(f, lang)),
            escape(&file_effect_text(c, f, lang))
        ));
    }
    out
}

/// The command's output in `form`, its words in `lang` (JSON has none).
pub(crate) fn render(
    c: &Consolidation,
    t: &UnitTable,
    form: ConsolidateForm,
    lang: Lang,
) -> String {
    let m = msgs(lang);
    let doc = &c.result;
    match form {
        ConsolidateForm::Table => format!(
            "{}\n{}",
            units_table(t, m, lang),
            behind_table(doc, t, m, lang)
        ),
        ConsolidateForm::Page => format!(
            "# {}\n\n{}\n\n## {}\n\n{}\n## {}\n\n{}\n## {}\n\n{}",
            fill(
                m.titled,
                &[("heading", m.heading), ("date", &t.as_of.to_string())]
            ),
            escape(&cycle_text(&doc.plan.rules, t, lang, |d| d.to_string())),
            m.files_heading,
            files_table(c, m, lang),
            m.units_heading,
            units_table(t, m, lang),
            m.behind_heading,
            behind_table(doc, t, m, lang)
        ),
        ConsolidateForm::Json => {
            let status =
                |s: &engine::Status| json!({"status": s.as_str(), "colour": s.colour().as_str()});
            let units: Vec<Value> = t
                .rows
                .iter()
                .map(|r| {
                    json!({
                        "unit": r.unit,
                        "listed": r.listed,
                        "state": r.state.as_str(),
                        "answered": r.answered.map(|d| d.to_string()),
                        "last_report": r.last_report.as_ref().map(|(d, _)| d.to_string()),
                        "last_file": r.last_report.as_ref().map(|(_, f)| f.clone()),
                        "reports": r.reports,
                        "records": r.records,
                        "targets": r.targets.iter().map(|(id, s)| {
                            let mut v = status(s);
                            v["id"] = json!(id.as_str());
                            v
                        }).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let files: Vec<Value> = c
                .files
                .iter()
                .map(|f| {
                    let (outcome, added, changed, conflicts) = match &f.outcome {
                        Outcome::Merged(s) => (
                            "merged",
                            s.activities.added + s.readings.added,
                            s.activities.changed + s.readings.changed,
                            s.conflicts().count(),
                        ),
                        Outcome::Unchanged => ("unchanged", 0, 0, 0),
                        Outcome::OtherPlan { .. } => ("other_plan", 0, 0, 0),
                    };
                    json!({
                        "name": f.name, "unit": f.unit, "listed": f.listed,
                        "outcome": outcome, "added": added, "changed": changed,
                        "conflicts": conflicts,
                        "same_as": f.same_as.map(|j| c.files[j].name.clone()),
                    })
                })
                .collect();
            let cycle = t.cycle.map(|c| {
                json!({"start": c.start.to_string(), "end": c.end.to_string(),
                       "due": c.due.to_string(), "grace_end": c.grace_end.to_string()})
            });
            serde_json::to_string_pretty(&json!({
                "as_of": t.as_of.to_string(),
                "cycle": cycle,
                "files": files,
                "units": units,
            }))
            .unwrap_or_default()
        }
    }
}
