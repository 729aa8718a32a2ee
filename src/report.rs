//! The progress report in the seed's own style, pure.
//!
//! [`build`] turns the engine's figures into a structured [`Report`]:
//! 《关于〈plan〉落实情况的报告》 with an opening summary, "一、主要工作情况"
//! section by section, "二、存在的问题" and "三、下一步工作打算". Every number
//! in it is one of the engine's figures, printed with [`Frac::percent_1dp`]
//! or as the count the engine gave. The same structure renders to Markdown
//! (which the report page lets the user edit and parses back), HTML and
//! a Word document, so an edited draft exports the same way as a fresh one.
//!
//! [`Frac::percent_1dp`]: crate::frac::Frac::percent_1dp

mod annex;
mod compose;
mod context;
pub mod docx;
pub mod html;
pub mod markdown;
mod sentences;
mod words;
mod zip;

use chrono::NaiveDate;

use crate::engine::PlanProgress;
use crate::plan::{Document, SectionId};

/// Completion against 序时进度 in words (快于 / 与…持平 / 略滞后于 / 明显滞后于序时进度),
/// as the report's opening says it, and the weighted mean completion of some
/// targets as the report computes a scope's: the 督查通报 says both the same way.
pub(crate) use compose::{pace, weighted_completion};
pub use markdown::{parse_markdown, render_markdown_report};
pub(crate) use words::{full_date, month_day, numeral, pct, quoted, strip_number};

/// Which targets a report covers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Scope {
    /// The whole plan.
    #[default]
    Plan,
    /// One section of the plan.
    Section(SectionId),
    /// The targets a lead unit (牵头处室) is responsible for.
    Unit(String),
}

/// Which stretch of time the report's "主要工作情况" covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Variant {
    /// Everything from the start of the plan up to the as-of date.
    #[default]
    ToDate,
    /// Only the calendar month of the as-of date, up to the as-of date.
    Month,
    /// Only the calendar quarter of the as-of date, up to the as-of date.
    Quarter,
}

impl Variant {
    /// Stable name, as used in the view's select and file names.
    pub fn as_str(self) -> &'static str {
        match self {
            Variant::ToDate => "to_date",
            Variant::Month => "month",
            Variant::Quarter => "quarter",
        }
    }

    /// Parses [`Variant::as_str`]; anything unknown is [`Variant::ToDate`].
    pub fn from_str_or_default(s: &str) -> Variant {
        match s {
            "month" => Variant::Month,
            "quarter" => Variant::Quarter,
            _ => Variant::ToDate,
        }
    }
}

/// What to report on. The as-of date is the one the figures were evaluated
/// at ([`PlanProgress::as_of`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportOptions {
    /// The targets covered.
    pub scope: Scope,
    /// The stretch of time covered.
    pub variant: Variant,
}

/// A paragraph, optionally opening with a bold lead such as
/// "（一）强化理论武装，筑牢思想根基。".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// The bold lead, printed inline before the text.
    pub lead: Option<String>,
    /// The body text.
    pub text: String,
}

impl Paragraph {
    /// A paragraph without a lead.
    pub fn plain(text: impl Into<String>) -> Paragraph {
        Paragraph {
            lead: None,
            text: text.into(),
        }
    }

    /// The paragraph as one line of text, lead included.
    pub fn full_text(&self) -> String {
        match &self.lead {
            Some(lead) => format!("{lead}{}", self.text),
            None => self.text.clone(),
        }
    }
}

/// A numbered part of the report: "一、主要工作情况" and its paragraphs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The heading, number included.
    pub heading: String,
    /// The paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
}

/// A report, ready to render.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Report {
    /// The title, e.g. "关于《2026年……工作计划》落实情况的报告".
    pub title: String,
    /// The paragraphs before the first part.
    pub opening: Vec<Paragraph>,
    /// The parts in order.
    pub parts: Vec<Part>,
    /// The closing lines printed right-aligned: the unit, then the date.
    pub signature: Vec<String>,
}

impl Report {
    /// Every line of text in reading order (title, paragraphs, signature):
    /// what a reader sees, whatever the output format.
    pub fn lines(&self) -> Vec<String> {
        let mut out = vec![self.title.clone()];
        out.extend(self.opening.iter().map(Paragraph::full_text));
        for part in &self.parts {
            out.push(part.heading.clone());
            out.extend(part.paragraphs.iter().map(Paragraph::full_text));
        }
        out.extend(self.signature.iter().cloned());
        out
    }
}

/// Builds the report on `doc` from its figures `progress` (the engine's
/// output for `doc` at the report's as-of date).
pub fn build(doc: &Document, progress: &PlanProgress, opts: &ReportOptions) -> Report {
    compose::compose(doc, progress, opts)
}

/// The report's words on one target: its "存在的问题" entry, if it has a
/// problem, and its "下一步工作打算" clause, if work remains. The 督办通知单
/// quotes these, so a notice and the report never word a target differently.
pub fn target_words(
    doc: &Document,
    progress: &PlanProgress,
    id: &crate::plan::TargetId,
) -> (Option<String>, Option<String>) {
    compose::target_words(doc, progress, id)
}

/// The report as Markdown: what the native `report --format md` command
/// prints and what the report page lets the user edit.
pub fn render_markdown(doc: &Document, progress: &PlanProgress, opts: &ReportOptions) -> String {
    render_markdown_report(&build(doc, progress, opts))
}

/// A file name for a downloaded report, without extension:
/// "落实情况报告-2026-11-27".
pub fn file_stem(as_of: NaiveDate, variant: Variant) -> String {
    let what = match variant {
        Variant::ToDate => "落实情况报告",
        Variant::Month => "月度落实情况报告",
        Variant::Quarter => "季度落实情况报告",
    };
    format!("{what}-{}", as_of.format("%Y-%m-%d"))
}
