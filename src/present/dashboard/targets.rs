//! The dashboard's lists: what needs attention, the filters, and the
//! sections with their targets.

use std::fmt::Write as _;

use crate::engine::{Status, TargetProgress};
use crate::escape::markup as escape;
use crate::i18n::dashboard::DashboardMsgs;
use crate::plan::Target;

use super::super::attention::{attention_text, needs_attention};
use super::super::format::{fill, fmt_percent, missed_periods_text, status_word};
use super::super::kind_words::{short_figure, shows_time_marker};
use super::super::overview::{dashboard_groups, status_counts, DashFilter};
use super::{
    bar_width, off, status_class, Dashboard, CLEAR, FILTER_SECTION, FILTER_STATUS, FILTER_UNIT,
};

pub(super) fn attention(out: &mut String, d: &Dashboard, m: &DashboardMsgs) {
    let (plan, p) = (d.doc.plan(), d.progress);
    let items: Vec<(&Target, Status, String)> = needs_attention(plan, p)
        .into_iter()
        .filter_map(|item| {
            let t = plan.target(&item.target)?;
            let status = p.get(&item.target)?.status;
            let reasons: Vec<String> = item
                .reasons
                .iter()
                .map(|r| attention_text(r, p.as_of, d.lang))
                .collect();
            Some((t, status, reasons.join("；")))
        })
        .collect();
    let _ = write!(
        out,
        "<section class=\"card attention\" aria-labelledby=\"attention-title\">\
         <h3 id=\"attention-title\">{}<span class=\"count-pill\">{}</span></h3>",
        escape(m.attention_title),
        items.len()
    );
    if items.is_empty() {
        let _ = write!(out, "<p class=\"quiet\">{}</p>", escape(m.attention_none));
    } else {
        out.push_str("<ul class=\"attention-list\">");
        for (t, status, reasons) in items {
            let class = status_class(status);
            let _ = write!(
                out,
                "<li class=\"{class}\"><span class=\"status-badge {class}\">{}</span>\
                 <a href=\"{}\">{}</a><span class=\"reasons\">{}</span></li>",
                escape(status_word(status, d.lang)),
                escape(&(d.links.target)(&t.id)),
                escape(&t.title),
                escape(&reasons),
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

/// ` selected` on the option the filter has chosen.
fn selected(chosen: bool) -> &'static str {
    if chosen {
        " selected"
    } else {
        ""
    }
}

pub(super) fn filters(out: &mut String, d: &Dashboard, m: &DashboardMsgs) {
    let (plan, f) = (d.doc.plan(), d.filter);
    let _ = write!(
        out,
        "<div class=\"filters no-print\" role=\"group\" aria-label=\"{}\">\
         <label class=\"field\"><span>{}</span><select data-filter=\"{FILTER_SECTION}\"{}><option value=\"\">{}</option>",
        escape(m.filters_label),
        escape(m.filter_section),
        off(d),
        escape(m.all),
    );
    for sec in &plan.sections {
        let _ = write!(
            out,
            "<option value=\"{}\"{}>{}</option>",
            escape(sec.id.as_str()),
            selected(f.section.as_ref() == Some(&sec.id)),
            escape(&sec.title)
        );
    }
    let _ = write!(
        out,
        "</select></label><label class=\"field\"><span>{}</span><select data-filter=\"{FILTER_UNIT}\"{}><option value=\"\">{}</option>",
        escape(m.filter_unit),
        off(d),
        escape(m.all),
    );
    let mut units: Vec<&str> = plan.units.iter().map(String::as_str).collect();
    for (_, t) in plan.targets() {
        if !t.lead_unit.trim().is_empty() && !units.contains(&t.lead_unit.as_str()) {
            units.push(&t.lead_unit);
        }
    }
    for u in units {
        let _ = write!(
            out,
            "<option value=\"{0}\"{1}>{0}</option>",
            escape(u),
            selected(f.unit == u)
        );
    }
    let _ = write!(
        out,
        "</select></label><label class=\"field\"><span>{}</span><select data-filter=\"{FILTER_STATUS}\"{}><option value=\"\">{}</option>",
        escape(m.filter_status),
        off(d),
        escape(m.all),
    );
    for (status, _) in status_counts(d.progress) {
        let _ = write!(
            out,
            "<option value=\"{}\"{}>{}</option>",
            status.as_str(),
            selected(f.status == Some(status)),
            escape(status_word(status, d.lang))
        );
    }
    out.push_str("</select></label>");
    if *f != DashFilter::default() {
        let _ = write!(
            out,
            "<button class=\"btn btn-quiet\" type=\"button\" data-action=\"{CLEAR}\"{}>{}</button>",
            off(d),
            escape(m.clear_filters),
        );
    }
    out.push_str("</div>");
}

pub(super) fn sections(out: &mut String, d: &Dashboard, m: &DashboardMsgs) {
    let groups = dashboard_groups(d.doc.plan(), d.progress, d.filter);
    if groups.is_empty() {
        let _ = write!(out, "<p class=\"empty-note\">{}</p>", escape(m.no_match));
        return;
    }
    for g in groups {
        let id = escape(g.section.id.as_str());
        let _ = write!(
            out,
            "<section class=\"dash-section\" aria-labelledby=\"sec-{id}\"><h3 id=\"sec-{id}\">{}\
             <span class=\"quiet small\">{}</span></h3><ul class=\"target-rows\">",
            escape(&g.section.title),
            escape(&fill(m.target_count, &[&g.targets.len().to_string()])),
        );
        for (t, p) in g.targets {
            target_row(out, d, m, t, p);
        }
        out.push_str("</ul></section>");
    }
}

fn target_row(out: &mut String, d: &Dashboard, m: &DashboardMsgs, t: &Target, p: &TargetProgress) {
    let class = status_class(p.status);
    let lead = if t.lead_unit.trim().is_empty() {
        String::new()
    } else {
        fill(m.lead, &[&t.lead_unit])
    };
    let _ = write!(
        out,
        "<li class=\"target-row {class}\" data-target=\"{}\"><div class=\"target-row-main\">\
         <a class=\"target-title\" href=\"{}\">{}</a><span class=\"target-lead quiet small\">{}</span></div>\
         <span class=\"target-figure\" data-testid=\"target-figure\">{}</span>",
        escape(t.id.as_str()),
        escape(&(d.links.target)(&t.id)),
        escape(&t.title),
        escape(&lead),
        escape(&short_figure(t, p, d.lang)),
    );
    let marker = shows_time_marker(&t.kind);
    let label = if marker {
        fill(
            m.bar_label,
            &[&fmt_percent(p.completion), &fmt_percent(p.time_progress)],
        )
    } else {
        fill(m.bar_label_plain, &[&fmt_percent(p.completion)])
    };
    let _ = write!(
        out,
        "<div class=\"bar {class}\" role=\"img\" aria-label=\"{0}\" title=\"{0}\">\
         <div class=\"bar-fill\" data-w=\"{1}\"></div>",
        escape(&label),
        bar_width(p.completion),
    );
    if marker {
        let _ = write!(
            out,
            "<div class=\"bar-marker\" data-l=\"{}\"></div>",
            bar_width(p.time_progress)
        );
    }
    let _ = write!(
        out,
        "</div><span class=\"status-badge {class}\">{}</span>",
        escape(status_word(p.status, d.lang))
    );
    let periods = p.missed_periods();
    if !periods.is_empty() {
        let _ = write!(
            out,
            "<p class=\"target-missed small\">{}</p>",
            escape(&fill(
                m.att_missed_periods,
                &[&missed_periods_text(&periods, d.lang)]
            ))
        );
    }
    out.push_str("</li>");
}
