//! The dashboard as HTML text, the one renderer of it: the first module
//! paints it before the app has arrived (inside [`super::first_screen_html`],
//! its controls disabled), and the app's dashboard
//! (src/app/views/dashboard.rs) sets the same text in its view and answers
//! its controls. The two cannot differ: they are one function.
//!
//! The view is a `<section class="view view-dashboard">` holding, in this
//! order: the head ([`dashboard_head_html`], inside `<div class="view-head">`),
//! the app's notice of records without a target (the app's own; the first
//! screen is never painted when there are such records), the body
//! ([`dashboard_body_html`], inside `<div class="dash-body">`) and the
//! charts' slot, which the charts fill after the first paint.
//!
//! Every control carries what it does in its attributes, so that one handler
//! on the view answers them all: a button's `data-action` and `data-value`
//! ([`DashAction::read`]), a filter's `data-filter` with the chosen option's
//! value ([`choose_filter`]). Every text from the document or the message
//! tables is escaped.
//!
//! The page's policy forbids inline styles, so the bars' lengths are in
//! `data-w` (the fill's width) and `data-l` (the 序时进度 marker's left),
//! which the shell copies into the elements' style after inserting this.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::engine::{PlanProgress, Status};
use crate::escape::markup as escape;
use crate::frac::Frac;
use crate::i18n::{history, msgs, Lang};
use crate::plan::{Document, Plan, SectionId, TargetId};

use super::overview::DashFilter;

mod summary;
mod targets;
#[cfg(test)]
mod tests;

/// What the dashboard draws besides the engine's figures: the plan, and
/// whether the ledger holds any record (the empty ledger's offer when it
/// holds none). The app's [`Document`] is one; the first screen painted
/// from the stored summary is another ([`PlanCounts`]): the dashboard never
/// needs the ledger itself.
pub trait DashSource {
    /// The plan.
    fn plan(&self) -> &Plan;
    /// Whether the ledger holds an activity or a reading.
    fn has_records(&self) -> bool;
}

impl DashSource for Document {
    fn plan(&self) -> &Plan {
        &self.plan
    }

    fn has_records(&self) -> bool {
        !(self.activities.is_empty() && self.readings.is_empty())
    }
}

/// A plan with the ledger's counts alone (the stored summary's).
#[derive(Debug, Clone, Copy)]
pub struct PlanCounts<'a> {
    /// The plan.
    pub plan: &'a Plan,
    /// Activities in the ledger.
    pub activities: u64,
    /// Readings in the ledger.
    pub readings: u64,
}

impl DashSource for PlanCounts<'_> {
    fn plan(&self) -> &Plan {
        self.plan
    }

    fn has_records(&self) -> bool {
        self.activities > 0 || self.readings > 0
    }
}

/// What the dashboard shows, and how.
pub struct Dashboard<'a> {
    /// The plan and the ledger's counts: the document, or the plan with the
    /// stored summary's counts ([`DashSource`]).
    pub doc: &'a dyn DashSource,
    /// The engine's figures for it, as of the date they were evaluated for.
    pub progress: &'a PlanProgress,
    /// Today, from which the quick dates are counted.
    pub today: NaiveDate,
    /// The interface language.
    pub lang: Lang,
    /// The filters chosen.
    pub filter: &'a DashFilter,
    /// Whether the controls answer yet.
    pub controls: Controls,
    /// First open with nothing stored (the welcome offer is shown instead
    /// of the empty ledger's).
    pub first_open: bool,
    /// Where the links go.
    pub links: &'a DashLinks<'a>,
}

/// The links the dashboard holds (the routes are the shell's).
pub struct DashLinks<'a> {
    /// A target's page.
    pub target: &'a dyn Fn(&TargetId) -> String,
    /// The status-history grid.
    pub history: &'a str,
    /// The ledger.
    pub ledger: &'a str,
    /// The plan editor.
    pub plan: &'a str,
}

/// Whether the dashboard's controls can be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Controls {
    /// The app's dashboard.
    Enabled,
    /// The first screen's copy: every button and list is `disabled` until the
    /// app has mounted (a click is never taken by a copy that cannot act).
    Disabled,
}

/// What a button of the dashboard asks for, read from its `data-action` and
/// `data-value`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DashAction {
    /// Print the dashboard.
    Print,
    /// Show only the targets of this status, or all again if it is the one
    /// shown ([`toggle_status`]).
    Status(Status),
    /// Figures as of this date.
    AsOf(NaiveDate),
    /// Clear the filters.
    ClearFilters,
    /// The empty ledger's offer: load the example ledger.
    LoadExample,
    /// The empty ledger's offer: start a blank plan.
    StartBlank,
}

const PRINT: &str = "print";
const STATUS: &str = "status";
const AS_OF: &str = "as-of";
const CLEAR: &str = "clear-filters";
const LOAD_EXAMPLE: &str = "load-example";
const START_BLANK: &str = "start-blank";

/// The filter lists' `data-filter`: by section.
pub const FILTER_SECTION: &str = "section";
/// See [`FILTER_SECTION`]: by lead unit.
pub const FILTER_UNIT: &str = "unit";
/// See [`FILTER_SECTION`]: by status.
pub const FILTER_STATUS: &str = "status";

impl DashAction {
    /// The action a button's `data-action` and `data-value` name; `None` for
    /// anything else.
    pub fn read(action: &str, value: Option<&str>) -> Option<DashAction> {
        match action {
            PRINT => Some(DashAction::Print),
            STATUS => value.and_then(Status::from_name).map(DashAction::Status),
            AS_OF => value
                .and_then(|v| NaiveDate::parse_from_str(v, "%Y-%m-%d").ok())
                .map(DashAction::AsOf),
            CLEAR => Some(DashAction::ClearFilters),
            LOAD_EXAMPLE => Some(DashAction::LoadExample),
            START_BLANK => Some(DashAction::StartBlank),
            _ => None,
        }
    }
}

/// The filter after a status chip is pressed: that status alone, or every
/// status again when it was the one shown.
pub fn toggle_status(filter: &DashFilter, status: Status) -> DashFilter {
    DashFilter {
        status: (filter.status != Some(status)).then_some(status),
        ..filter.clone()
    }
}

/// The filter after the list named `which` (its `data-filter`) is set to
/// `value` (the chosen option's value; empty keeps everything). An unknown
/// list, or a status no longer known, leaves that filter unchanged.
pub fn choose_filter(filter: &DashFilter, which: &str, value: &str) -> DashFilter {
    let mut f = filter.clone();
    match which {
        FILTER_SECTION => f.section = (!value.is_empty()).then(|| SectionId(value.to_string())),
        FILTER_UNIT => f.unit = value.to_string(),
        FILTER_STATUS if value.is_empty() => f.status = None,
        FILTER_STATUS => {
            if let Some(s) = Status::from_name(value) {
                f.status = Some(s);
            }
        }
        _ => {}
    }
    f
}

/// The CSS class of a status's colour: `status-green` …
pub fn status_class(status: Status) -> String {
    format!("status-{}", status.colour().as_str())
}

/// Width of a bar for a fraction of 1, capped at 100%, as a CSS length.
pub fn bar_width(f: Frac) -> String {
    let per_mille = f.min(Frac::ONE).per_mille_rounded();
    format!("{}.{}%", per_mille / 10, per_mille % 10)
}

/// Whether the plan has a target: without one, the body says so and links
/// to the plan editor, and there are no charts.
pub fn has_targets(doc: &Document) -> bool {
    plan_has_targets(&doc.plan)
}

/// [`has_targets`] of a plan.
pub fn plan_has_targets(plan: &Plan) -> bool {
    plan.targets().next().is_some()
}

/// The whole view: `<section class="view view-dashboard">` with the head,
/// the body and the charts' empty slot.
pub fn dashboard_html(d: &Dashboard) -> String {
    let mut out = String::with_capacity(16 * 1024 + 600 * d.progress.targets.len());
    out.push_str(
        "<section class=\"view view-dashboard\" aria-labelledby=\"dash-title\"><div class=\"view-head\">",
    );
    head(&mut out, d);
    out.push_str("</div><div class=\"dash-body\">");
    body(&mut out, d);
    out.push_str("</div>");
    if plan_has_targets(d.doc.plan()) {
        out.push_str("<div class=\"chart-slot\" data-chart=\"dashboard\"></div>");
    }
    out.push_str("</section>");
    out
}

/// What `<div class="view-head">` holds: the heading, the link to the
/// status-history grid and the print button.
pub fn dashboard_head_html(d: &Dashboard) -> String {
    let mut out = String::with_capacity(512);
    head(&mut out, d);
    out
}

/// What `<div class="dash-body">` holds: the plan's figures, the empty
/// ledger's offer, what needs attention, the filters and the sections.
pub fn dashboard_body_html(d: &Dashboard) -> String {
    let mut out = String::with_capacity(16 * 1024 + 600 * d.progress.targets.len());
    body(&mut out, d);
    out
}

/// ` disabled` where the controls wait for the app.
fn off(d: &Dashboard) -> &'static str {
    match d.controls {
        Controls::Enabled => "",
        Controls::Disabled => " disabled",
    }
}

fn head(out: &mut String, d: &Dashboard) {
    let m = msgs(d.lang).dashboard;
    let _ = write!(
        out,
        "<h2 id=\"dash-title\" elementtiming=\"dashboard\">{}</h2>\
         <a class=\"history-link no-print\" href=\"{}\">{}</a>\
         <button class=\"btn btn-quiet no-print\" type=\"button\" data-action=\"{PRINT}\"{}>{}</button>",
        escape(m.heading),
        escape(d.links.history),
        escape(history::msgs(d.lang).grid_link),
        off(d),
        escape(m.print),
    );
}

fn body(out: &mut String, d: &Dashboard) {
    let m = msgs(d.lang).dashboard;
    summary::summary(out, d, m);
    let targets = plan_has_targets(d.doc.plan());
    if targets && !d.first_open && !d.doc.has_records() {
        summary::empty_ledger(out, d, m);
    }
    if !targets {
        let _ = write!(
            out,
            "<p class=\"empty-note\">{} <a href=\"{}\">{}</a></p>",
            escape(m.no_targets),
            escape(d.links.plan),
            escape(m.edit_plan),
        );
        return;
    }
    targets::attention(out, d, m);
    targets::filters(out, d, m);
    targets::sections(out, d, m);
}
