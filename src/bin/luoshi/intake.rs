//! `luoshi plan-from-text`: a plan from a .txt, .docx or .pdf plan text, as a
//! document file or as a table to review.

use std::fmt::Write as _;

use chrono::Datelike;

use luoshi::escape::markdown as cell;
use luoshi::i18n::Lang;
use luoshi::intake::{build, docx, figure, sheet, Extraction, Period};
use luoshi::plan::{Document, Plan};

use super::{lang, say, warn, words};

/// `name: message`.
fn at(name: &str, message: &str) -> String {
    format!("{name}{}{message}", words().colon)
}

/// Reads `name`'s bytes into an extraction for the calendar `year`: a
/// .csv or .xlsx 任务分解表 row by row (its row problems go to stderr), any
/// other file as a plan's text.
pub fn read(name: &str, bytes: &[u8], year: i32) -> Result<(Extraction, Period), String> {
    let period = Period::year(year).ok_or_else(|| {
        say(
            words().not_a_year,
            &[
                ("text", &year.to_string()),
                ("min", &luoshi::seed::MIN_YEAR.to_string()),
                ("max", &luoshi::seed::MAX_YEAR.to_string()),
            ],
        )
    })?;
    let zh = lang() == Lang::Zh;
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".csv") || lower.ends_with(".xlsx") {
        let table = sheet::read_table(name, bytes)
            .map_err(|e| at(name, &if zh { e.message_zh() } else { e.to_string() }))?;
        let got = sheet::propose(&table, &sheet::guess(&table), period);
        for p in &got.problems {
            warn(&at(name, &if zh { p.message_zh() } else { p.message_en() }));
        }
        let ex = Extraction {
            title: None,
            sections: got.sections,
            unmatched: Vec::new(),
        };
        return Ok((ex, period));
    }
    let file = docx::plan_file(name, bytes)
        .map_err(|e| at(name, &if zh { e.message_zh() } else { e.to_string() }))?;
    let (ex, problems) = sheet::propose_file(&file, period);
    for p in &problems {
        warn(&at(name, &if zh { p.message_zh() } else { p.message_en() }));
    }
    Ok((ex, period))
}

/// The plan built from every proposal, as a document kept by `unit`; its
/// id is derived from the file's bytes (`build::text_id`), so the same
/// file gives the same document.
pub fn document(
    bytes: &[u8],
    ex: &Extraction,
    period: Period,
    fallback_title: &str,
    unit: &str,
) -> Result<Document, String> {
    let title = ex
        .title
        .clone()
        .unwrap_or_else(|| fallback_title.to_string());
    let stamp = period
        .start
        .and_hms_opt(0, 0, 0)
        .map(|t| t.and_utc().fixed_offset())
        .ok_or_else(|| say(words().no_stamp, &[("date", &period.start.to_string())]))?;
    let built = build::new_plan(
        &build::text_id(bytes, period.start.year()),
        &title,
        period,
        &ex.sections,
        stamp,
    )
    .map_err(|e| match lang() {
        Lang::Zh => e.message_zh(),
        Lang::En => e.to_string(),
    })?;
    Ok(Document {
        reports: Default::default(),
        notices: Default::default(),
        unit: unit.to_string(),
        plan: built.plan,
        activities: Vec::new(),
        readings: Vec::new(),
        tombstones: Vec::new(),
    })
}

/// A Markdown table of the proposals and the list of sentences that gave
/// nothing, for review in a terminal.
pub fn table(ex: &Extraction, plan: Option<&Plan>) -> String {
    let mut out = String::new();
    if let Some(t) = &ex.title {
        let _ = writeln!(out, "# {t}\n");
    }
    let m = words();
    let zh = lang() == Lang::Zh;
    let _ = writeln!(out, "{}", m.intake_header);
    let _ = writeln!(
        out,
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    );
    let mut n = 0;
    for s in &ex.sections {
        for p in &s.proposals {
            n += 1;
            let due = luoshi::plan::kind::due_of(&p.kind, p.due)
                .map(|d| d.to_string())
                .unwrap_or_default();
            let notes: Vec<String> = p
                .notes
                .iter()
                .map(|n| if zh { n.zh() } else { n.en() })
                .collect();
            let _ = writeln!(
                out,
                "| {n} | {} | {} | {} | {} | {} | {due} | {} | {} |",
                cell(&s.title),
                cell(&p.title),
                figure(&p.kind),
                cell(&p.unit),
                cell(&p.lead_unit),
                cell(p.source.phrase()),
                cell(&notes.join(m.note_sep)),
            );
        }
    }
    if n == 0 {
        let _ = writeln!(out, "\n{}", m.intake_none);
    }
    if let Some(plan) = plan {
        let _ = writeln!(
            out,
            "\n{}",
            say(
                m.intake_count,
                &[
                    ("sections", &plan.sections.len().to_string()),
                    ("targets", &plan.targets().count().to_string()),
                ],
            )
        );
    }
    if !ex.unmatched.is_empty() {
        let _ = writeln!(out, "\n## {}\n", m.intake_unmatched);
        for u in &ex.unmatched {
            let why = if zh { u.why.zh() } else { u.why.en() };
            let _ = writeln!(out, "- {}{}{why}{}", u.sentence, m.open, m.close);
        }
    }
    out
}
