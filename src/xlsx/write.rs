//! Writing the workbook: the 台账 sheet (one row per activity) and the
//! 指标进度 sheet (one row per target, coloured by status).

use chrono::{Datelike, NaiveDate};
use rust_xlsxwriter::{DocProperties, ExcelDateTime, Workbook, Worksheet, XlsxError};

use crate::engine::{Detail, Measure, PlanProgress, TargetProgress};
use crate::frac::Frac;
use crate::i18n::xlsx::{msgs, XlsxMsgs};
use crate::i18n::Lang;
use crate::ledger_csv::{looks_like_formula, target_names, PEOPLE_SEPARATOR, TARGET_SEPARATOR};

/// Between the names of a record's evidence in the 佐证材料 column.
pub const EVIDENCE_SEPARATOR: &str = "; ";
use crate::plan::kind;
use crate::plan::{Activity, Document, Target};
use crate::present::{fmt_date, fmt_percent, goal_text, kind_name, shows_time_marker, status_word};

use super::style::Styles;
use super::width::{display_width, Widths};

/// Why the workbook could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WriteError {
    /// A value Excel cannot hold (text over 32,767 characters, a date
    /// before 1900, more than a million rows).
    #[error("sheet {sheet}, row {row}: Excel cannot hold this value ({reason})")]
    Cell {
        /// The sheet's name.
        sheet: String,
        /// The row, from 1 as Excel counts.
        row: u32,
        /// The writer's reason.
        reason: String,
    },
    /// The workbook as a whole could not be assembled.
    #[error("the workbook could not be written: {0}")]
    Workbook(String),
}

impl WriteError {
    /// The message in Chinese.
    pub fn message_zh(&self) -> String {
        match self {
            WriteError::Cell { sheet, row, reason } => {
                format!("工作表“{sheet}”第 {row} 行：Excel 无法容纳该值（{reason}）")
            }
            WriteError::Workbook(reason) => format!("无法生成工作簿：{reason}"),
        }
    }
}

/// Where a write failed, for [`WriteError::Cell`].
struct At<'a> {
    sheet: &'a str,
    row: u32,
}

impl At<'_> {
    fn err(&self, e: XlsxError) -> WriteError {
        WriteError::Cell {
            sheet: self.sheet.to_string(),
            row: self.row + 1,
            reason: e.to_string(),
        }
    }
}

/// Writes text, marking formula-looking text so it stays text.
fn text(
    ws: &mut Worksheet,
    at: &At,
    col: u16,
    value: &str,
    styles: &Styles,
    wrap: bool,
) -> Result<(), WriteError> {
    let format = match (looks_like_formula(value), wrap) {
        (true, true) => &styles.quoted_wrap,
        (true, false) => &styles.quoted,
        (false, true) => &styles.wrap,
        (false, false) => &styles.text,
    };
    ws.write_string_with_format(at.row, col, value, format)
        .map_err(|e| at.err(e))?;
    Ok(())
}

fn excel_date(date: NaiveDate) -> Result<ExcelDateTime, XlsxError> {
    let year =
        u16::try_from(date.year()).map_err(|_| XlsxError::DateTimeRangeError(date.to_string()))?;
    // Month and day always fit: 1..=12 and 1..=31.
    ExcelDateTime::from_ymd(year, date.month() as u8, date.day() as u8)
}

fn date(ws: &mut Worksheet, at: &At, col: u16, d: NaiveDate, s: &Styles) -> Result<(), WriteError> {
    let value = excel_date(d).map_err(|e| at.err(e))?;
    ws.write_datetime_with_format(at.row, col, value, &s.date)
        .map_err(|e| at.err(e))?;
    Ok(())
}

/// A fraction as the number Excel shows with "0.0%": rounded half-up to a
/// tenth of a percent exactly as the app shows it, so Excel's own rounding
/// of a binary fraction can never show another digit.
fn percent_value(f: Frac) -> f64 {
    let per_mille = u32::try_from(f.per_mille_rounded()).unwrap_or(u32::MAX);
    f64::from(per_mille) / 1000.0
}

fn percent(ws: &mut Worksheet, at: &At, col: u16, f: Frac, s: &Styles) -> Result<(), WriteError> {
    ws.write_number_with_format(at.row, col, percent_value(f), &s.percent)
        .map_err(|e| at.err(e))?;
    Ok(())
}

/// A number shown with its unit ("6 次") by a number format, so the cell
/// stays a number Excel can sum.
fn number_with_unit(
    ws: &mut Worksheet,
    at: &At,
    col: u16,
    value: f64,
    unit: &str,
    s: &Styles,
) -> Result<(), WriteError> {
    let unit = unit.trim();
    // A unit with a quote or backslash cannot sit in a format string.
    let format = if unit.is_empty() || unit.contains(['"', '\\']) {
        s.text.clone().set_num_format("General")
    } else if unit == "%" || unit == "％" {
        s.text.clone().set_num_format("General\"%\"")
    } else {
        s.text.clone().set_num_format(format!("General\" {unit}\""))
    };
    ws.write_number_with_format(at.row, col, value, &format)
        .map_err(|e| at.err(e))?;
    Ok(())
}

/// The header row, frozen with the title above it, with a filter.
fn header(
    ws: &mut Worksheet,
    title: &str,
    headers: &[&str],
    rows: usize,
    s: &Styles,
) -> Result<(), WriteError> {
    let at = At { sheet: "", row: 0 };
    let last = u16::try_from(headers.len().saturating_sub(1)).unwrap_or(0);
    ws.write_string_with_format(0, 0, title, &s.title)
        .map_err(|e| at.err(e))?;
    ws.set_row_height(0, 24).map_err(|e| at.err(e))?;
    for (i, h) in headers.iter().enumerate() {
        let col = u16::try_from(i).unwrap_or(0);
        ws.write_string_with_format(1, col, *h, &s.header)
            .map_err(|e| at.err(e))?;
    }
    ws.set_freeze_panes(2, 0).map_err(|e| at.err(e))?;
    let last_row = u32::try_from(rows + 1).unwrap_or(u32::MAX);
    ws.autofilter(1, 0, last_row, last).map_err(|e| at.err(e))?;
    // Printed: landscape, one page wide, the two top rows on every page.
    ws.set_landscape();
    ws.set_paper_size(9);
    ws.set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 1).map_err(|e| at.err(e))?;
    Ok(())
}

/// Wrapped text written in a row: (column, text).
type Wrapped = Vec<(usize, String)>;

/// Sets the column widths, and the height of each data row to the lines
/// its wrapped text takes at those widths: not every reader grows a row
/// for wrapped text by itself (LibreOffice, for one, draws it over the next
/// row).
fn set_widths(
    ws: &mut Worksheet,
    widths: &Widths,
    max: &[usize],
    rows: &[Wrapped],
) -> Result<(), WriteError> {
    let excel = widths.excel(max);
    for (i, w) in excel.iter().enumerate() {
        let col = u16::try_from(i).unwrap_or(0);
        ws.set_column_width(col, *w)
            .map_err(|e| WriteError::Workbook(e.to_string()))?;
    }
    for (i, wrapped) in rows.iter().enumerate() {
        let lines = wrapped
            .iter()
            .map(|(col, text)| {
                // Room for whole characters: the width less its margin.
                let room = max.get(*col).map_or(40, |cap| (*cap).max(4) - 1);
                let room = widths.room(*col).min(room).max(2);
                text.lines()
                    .map(|l| display_width(l).div_ceil(room).max(1))
                    .sum::<usize>()
            })
            .max()
            .unwrap_or(1);
        if lines > 1 {
            let row = u32::try_from(i + 2).unwrap_or(u32::MAX);
            let height = 15.0 * lines.min(20) as f64;
            ws.set_row_height(row, height)
                .map_err(|e| WriteError::Workbook(e.to_string()))?;
        }
    }
    Ok(())
}

/// The unit before the plan's title, unless the title already names it
/// (the default plan's title begins with the office's name).
fn unit_prefix(doc: &Document, lang: Lang) -> String {
    match (doc.unit.trim(), lang) {
        ("", _) => String::new(),
        (u, _) if doc.plan.title.contains(u) => String::new(),
        (u, Lang::Zh) => u.to_string(),
        (u, Lang::En) => format!("{u} · "),
    }
}

fn ledger_sheet(
    doc: &Document,
    as_of: NaiveDate,
    lang: Lang,
    s: &Styles,
) -> Result<Worksheet, WriteError> {
    let m: &XlsxMsgs = msgs(lang);
    let mut ws = Worksheet::new();
    ws.set_name(m.sheet_ledger)
        .map_err(|e| WriteError::Workbook(e.to_string()))?;
    let names = target_names(&doc.plan);
    let mut activities: Vec<&Activity> = doc.activities.iter().collect();
    activities.sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    let title = (m.ledger_title)(
        &unit_prefix(doc, lang),
        &doc.plan.title,
        &fmt_date(as_of, lang),
    );
    header(&mut ws, &title, &m.ledger_headers, activities.len(), s)?;
    let mut widths = Widths::new(&m.ledger_headers);
    widths.see(1, "2026-01-01");
    let mut wrapped_rows = Vec::with_capacity(activities.len());
    for (i, a) in activities.iter().enumerate() {
        let at = At {
            sheet: m.sheet_ledger,
            row: u32::try_from(i + 2).unwrap_or(u32::MAX),
        };
        let n = i + 1;
        ws.write_number_with_format(at.row, 0, n as f64, &s.integer)
            .map_err(|e| at.err(e))?;
        widths.see(0, &n.to_string());
        date(&mut ws, &at, 1, a.date, s)?;
        let targets: Vec<&str> = a
            .targets
            .iter()
            .map(|id| names.get(id).copied().unwrap_or(id.as_str()))
            .collect();
        let evidence: Vec<&str> = a.evidence.iter().map(|e| e.name.as_str()).collect();
        let cells = [
            (2, a.title.clone(), true),
            (3, targets.join(TARGET_SEPARATOR), true),
            (5, a.people.join(PEOPLE_SEPARATOR), true),
            (6, a.lead_unit.clone(), false),
            (7, a.notes.clone(), true),
            (8, evidence.join(EVIDENCE_SEPARATOR), true),
        ];
        let mut wrapped = Wrapped::new();
        for (col, value, wrap) in cells {
            text(&mut ws, &at, col, &value, s, wrap)?;
            widths.see(usize::from(col), &value);
            if wrap {
                wrapped.push((usize::from(col), value));
            }
        }
        wrapped_rows.push(wrapped);
        ws.write_number_with_format(at.row, 4, f64::from(a.quantity), &s.integer)
            .map_err(|e| at.err(e))?;
        widths.see(4, &a.quantity.to_string());
    }
    let max = [6, 12, 44, 32, 8, 24, 16, 40, 24];
    set_widths(&mut ws, &widths, &max, &wrapped_rows)?;
    Ok(ws)
}

/// The section heading up to its first comma: "（一）强化理论武装".
fn section_heading(title: &str) -> &str {
    title.split(['，', ',']).next().unwrap_or(title)
}

/// The actual figure: a number with its unit, a percentage, the day a
/// milestone was done, or a word.
fn actual(
    ws: &mut Worksheet,
    at: &At,
    target: &Target,
    p: &TargetProgress,
    lang: Lang,
    s: &Styles,
) -> Result<String, WriteError> {
    const COL: u16 = 4;
    let none = "—";
    match (p.actual, &p.detail) {
        (_, Detail::Milestone { done_on, .. }) => match done_on {
            Some(d) => {
                date(ws, at, COL, *d, s)?;
                Ok("2026-01-01".into())
            }
            None => {
                let word = msgs(lang).not_done;
                text(ws, at, COL, word, s, false)?;
                Ok(word.into())
            }
        },
        (Measure::Count(n), _) => {
            let unit = kind::of(&target.kind)
                .counted_in(&target.kind, lang)
                .unwrap_or(&target.unit);
            number_with_unit(ws, at, COL, n as f64, unit, s)?;
            Ok(format!("{n} {unit}"))
        }
        (Measure::Value(v), _) => {
            number_with_unit(ws, at, COL, v.to_f64(), &target.unit, s)?;
            Ok(format!("{v} {}", target.unit))
        }
        (Measure::Percent(f), _) => {
            percent(ws, at, COL, f, s)?;
            Ok(fmt_percent(f))
        }
        (Measure::None, _) => {
            ws.write_string_with_format(at.row, COL, none, &s.dash)
                .map_err(|e| at.err(e))?;
            Ok(none.into())
        }
    }
}

fn figures_sheet(
    doc: &Document,
    progress: &PlanProgress,
    lang: Lang,
    s: &Styles,
) -> Result<Worksheet, WriteError> {
    let m = msgs(lang);
    let mut ws = Worksheet::new();
    ws.set_name(m.sheet_figures)
        .map_err(|e| WriteError::Workbook(e.to_string()))?;
    let title = (m.figures_title)(
        &unit_prefix(doc, lang),
        &doc.plan.title,
        &fmt_date(progress.as_of, lang),
        &fmt_percent(progress.time_progress),
        &fmt_percent(progress.completion),
    );
    let rows: Vec<_> = doc.plan.targets().zip(progress.targets.iter()).collect();
    header(&mut ws, &title, &m.figure_headers, rows.len(), s)?;
    let mut widths = Widths::new(&m.figure_headers);
    let mut wrapped_rows = Vec::with_capacity(rows.len());
    for (i, ((section, target), p)) in rows.into_iter().enumerate() {
        let at = At {
            sheet: m.sheet_figures,
            row: u32::try_from(i + 2).unwrap_or(u32::MAX),
        };
        let words = [
            (0, section_heading(&section.title).to_string(), true),
            (1, target.title.clone(), true),
            (2, kind_name(&target.kind, lang).to_string(), false),
            (3, goal_text(target, lang), true),
        ];
        let mut wrapped = Wrapped::new();
        for (col, value, wrap) in words {
            text(&mut ws, &at, col, &value, s, wrap)?;
            widths.see(usize::from(col), &value);
            if wrap {
                wrapped.push((usize::from(col), value));
            }
        }
        wrapped_rows.push(wrapped);
        let shown = actual(&mut ws, &at, target, p, lang, s)?;
        widths.see(4, &shown);
        percent(&mut ws, &at, 5, p.completion, s)?;
        // As on the target's page: 序时进度 means something for what
        // accumulates over the period, not for a measured line or a deadline.
        if shows_time_marker(&target.kind) {
            percent(&mut ws, &at, 6, p.time_progress, s)?;
        } else {
            ws.write_string_with_format(at.row, 6, "—", &s.dash)
                .map_err(|e| at.err(e))?;
        }
        widths.see(5, "100.0%");
        let word = status_word(p.status, lang);
        ws.write_string_with_format(at.row, 7, word, s.status(p.status.colour()))
            .map_err(|e| at.err(e))?;
        widths.see(7, word);
    }
    let max = [22, 36, 10, 30, 16, 10, 10, 12];
    set_widths(&mut ws, &widths, &max, &wrapped_rows)?;
    Ok(ws)
}

/// The workbook of `doc` with its figures `progress` (from
/// [`crate::engine::evaluate`] as of the date the figures are for), in the
/// words of `lang`: sheet 台账 then sheet 指标进度, as .xlsx bytes.
pub fn write_workbook(
    doc: &Document,
    progress: &PlanProgress,
    lang: Lang,
) -> Result<Vec<u8>, WriteError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    let created = excel_date(progress.as_of).map_err(|e| WriteError::Workbook(e.to_string()))?;
    let mut properties = DocProperties::new()
        .set_title(doc.plan.title.as_str())
        .set_creation_datetime(&created);
    if !doc.unit.trim().is_empty() {
        properties = properties
            .set_company(doc.unit.trim())
            .set_author(doc.unit.trim());
    }
    workbook.set_properties(&properties);
    workbook.push_worksheet(ledger_sheet(doc, progress.as_of, lang, &styles)?);
    workbook.push_worksheet(figures_sheet(doc, progress, lang, &styles)?);
    workbook
        .save_to_buffer()
        .map_err(|e| WriteError::Workbook(e.to_string()))
}
