//! The dashboard's top: the plan's figures, the tally of statuses, the
//! quick dates, and the empty ledger's offer.

use std::fmt::Write as _;

use crate::escape::markup as escape;
use crate::i18n::dashboard::DashboardMsgs;

use super::super::format::{fill, fmt_date, fmt_percent, iso_date, status_word};
use super::super::overview::{quick_dates, status_counts, QuickDate};
use super::{bar_width, off, status_class, Dashboard, AS_OF, LOAD_EXAMPLE, START_BLANK, STATUS};

pub(super) fn summary(out: &mut String, d: &Dashboard, m: &DashboardMsgs) {
    let p = d.progress;
    let completion = fmt_percent(p.completion);
    let time = fmt_percent(p.time_progress);
    // Coloured by the plan's status under the document's rules.
    let status = status_class(p.status);
    let plan = d.doc.plan();
    let _ = write!(
        out,
        "<div class=\"summary\"><div class=\"summary-figures\">\
         <div class=\"big-figure\"><span class=\"big-label\">{}</span>\
         <span class=\"big-number {status}\" data-testid=\"plan-completion\">{completion}</span></div>\
         <div class=\"big-figure\"><span class=\"big-label\">{}</span>\
         <span class=\"big-number big-number-quiet\" data-testid=\"plan-time-progress\">{time}</span></div>\
         <div class=\"summary-bar\"><div class=\"bar bar-plan {status}\" role=\"img\" aria-label=\"{}\">\
         <div class=\"bar-fill\" data-w=\"{}\"></div><div class=\"bar-marker\" data-l=\"{}\"></div></div>\
         <p class=\"summary-dates\"><span>{}</span> · <span>{}</span> · <span class=\"legend\">{}</span></p>\
         </div></div>",
        escape(m.plan_completion),
        escape(m.time_progress),
        escape(&fill(m.bar_label, &[&completion, &time])),
        bar_width(p.completion),
        bar_width(p.time_progress),
        escape(&fill(m.as_of, &[&fmt_date(p.as_of, d.lang)])),
        escape(&fill(
            m.plan_period,
            &[&fmt_date(plan.start, d.lang), &fmt_date(plan.end, d.lang)]
        )),
        escape(m.legend),
    );
    let counts = status_counts(p);
    let _ = write!(
        out,
        "<ul class=\"chips\" aria-label=\"{}\">",
        escape(m.counts_label)
    );
    let mut tally = Vec::with_capacity(counts.len());
    for (status, n) in &counts {
        let item = fill(
            m.count_item,
            &[status_word(*status, d.lang), &n.to_string()],
        );
        let _ = write!(
            out,
            "<li><button class=\"chip {}\" type=\"button\" aria-pressed=\"{}\" data-action=\"{STATUS}\" data-value=\"{}\"{}>{}</button></li>",
            status_class(*status),
            d.filter.status == Some(*status),
            status.as_str(),
            off(d),
            escape(&item),
        );
        tally.push(item);
    }
    // The chips are buttons, which print hides: the tally in words instead.
    let _ = write!(
        out,
        "</ul><p class=\"print-only\">{}</p>\
         <div class=\"quick-dates no-print\" role=\"group\" aria-label=\"{}\"><span class=\"quick-label\">{}</span>",
        escape(&tally.join(" · ")),
        escape(m.quick_label),
        escape(m.quick_label),
    );
    for (which, date) in quick_dates(d.today) {
        let name = match which {
            QuickDate::Today => m.quick_today,
            QuickDate::LastMonthEnd => m.quick_month,
            QuickDate::LastQuarterEnd => m.quick_quarter,
            QuickDate::LastYearEnd => m.quick_year,
        };
        let _ = write!(
            out,
            "<button class=\"btn btn-small\" type=\"button\" aria-pressed=\"{}\" title=\"{}\" data-action=\"{AS_OF}\" data-value=\"{}\"{}>{}</button>",
            date == p.as_of,
            escape(&fmt_date(date, d.lang)),
            iso_date(date),
            off(d),
            escape(name),
        );
    }
    out.push_str("</div></div>");
}

/// The offer shown while the ledger is empty.
pub(super) fn empty_ledger(out: &mut String, d: &Dashboard, m: &DashboardMsgs) {
    let _ = write!(
        out,
        "<section class=\"card empty-ledger no-print\" aria-labelledby=\"empty-ledger-title\">\
         <h3 id=\"empty-ledger-title\">{}</h3><p>{}</p><div class=\"actions\">\
         <button class=\"btn btn-primary\" type=\"button\" data-action=\"{LOAD_EXAMPLE}\"{}>{}</button>\
         <a class=\"btn\" href=\"{}\">{}</a>\
         <button class=\"btn btn-quiet\" type=\"button\" data-action=\"{START_BLANK}\"{}>{}</button>\
         </div></section>",
        escape(m.empty_title),
        escape(m.empty_body),
        off(d),
        escape(m.empty_example),
        escape(d.links.ledger),
        escape(m.empty_record),
        off(d),
        escape(m.empty_blank),
    );
}
