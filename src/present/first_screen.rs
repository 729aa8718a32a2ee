//! The first screen as HTML text: the top bar and the dashboard, painted
//! by the first module (src/first.rs) from the stored document before the
//! app's own module (Leptos and every view, fetched at once) has arrived.
//!
//! It is the markup the app's `TopBar` and `DashboardView` draw for the
//! same document on opening (no filter, as of today), element for element,
//! so that the app takes the place of this copy without a visible change;
//! the end-to-end test `first paint matches the app` compares the two. Its
//! controls are `disabled` until then: a click or a keystroke is never
//! taken by a copy that cannot act on it. Links work as links (the app
//! reads the location when it starts).
//!
//! The page's policy forbids inline styles, so the bars' lengths are in
//! `data-w` (the fill's width) and `data-l` (the 序时进度 marker's left),
//! which the shell copies into the elements' style after inserting this.

use std::fmt::Write as _;

use chrono::NaiveDate;

use crate::engine::{PlanProgress, Status, TargetProgress};
use crate::escape::markup as escape;
use crate::frac::Frac;
use crate::i18n::dashboard::DashboardMsgs;
use crate::i18n::{history, msgs, Lang};
use crate::plan::{Document, Target, TargetId};

use super::attention::{attention_text, needs_attention};
use super::format::{
    fill, fmt_date, fmt_percent, iso_date, missed_periods_text, short_figure, shows_time_marker,
    status_word,
};
use super::overview::{dashboard_groups, quick_dates, status_counts, DashFilter, QuickDate};

/// What the first screen shows.
pub struct FirstScreen<'a> {
    /// The stored document.
    pub doc: &'a Document,
    /// The engine's figures for it as of `today`.
    pub progress: &'a PlanProgress,
    /// Today, the date the app opens on.
    pub today: NaiveDate,
    /// The interface language.
    pub lang: Lang,
    /// The navigation: each view's link and name, the dashboard first.
    pub nav: &'a [(String, &'static str)],
    /// The link to a target's page.
    pub target_href: &'a dyn Fn(&TargetId) -> String,
    /// The link to the status-history grid.
    pub history_href: &'a str,
    /// The notice under the top bar.
    pub notice: Notice,
}

/// The notice the app shows under the top bar on opening, if any. (A
/// failed save or an unreadable stored document has its own notice, which
/// only the app shows: the first screen is not painted then.)
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    /// None.
    None,
    /// First open with nothing stored: the offer of the example ledger, a
    /// blank plan or the default plan.
    Welcome,
    /// The reminder to export a backup ([`reminder_due`]).
    Reminder(Option<i64>),
}

/// Days since the last export when a reminder to export is due, `Some(None)`
/// when nothing was ever exported and the records began at least
/// `reminder_days` ago (`since`, the day records were first saved here);
/// `None` when no reminder is due, or there is nothing to lose, or
/// `reminder_days` is 0.
pub fn reminder_due(
    reminder_days: u32,
    last_export: Option<NaiveDate>,
    since: Option<NaiveDate>,
    has_records: bool,
    today: NaiveDate,
) -> Option<Option<i64>> {
    if reminder_days == 0 || !has_records {
        return None;
    }
    let days = i64::from(reminder_days);
    match last_export {
        None => {
            let since = since.unwrap_or(today);
            ((today - since).num_days() >= days).then_some(None)
        }
        Some(day) => {
            let ago = (today - day).num_days();
            (ago >= days).then_some(Some(ago))
        }
    }
}

/// Whether the first screen can be painted ahead of the app: a plan with
/// targets and either records or, on a first open, the welcome offer
/// above it. A plan without targets, or an empty ledger after the first
/// open, shows offers of its own, which the app paints itself.
pub fn can_paint_first(doc: &Document, first_open: bool) -> bool {
    doc.plan.targets().next().is_some()
        && (first_open || !(doc.activities.is_empty() && doc.readings.is_empty()))
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

/// The whole first screen: `<div class="app">` with the top bar, an empty
/// notices area and the dashboard.
pub fn first_screen_html(s: &FirstScreen) -> String {
    let shell = msgs(s.lang).shell;
    let mut out = String::with_capacity(16 * 1024 + 600 * s.progress.targets.len());
    let _ = write!(
        out,
        "<div class=\"app\" id=\"first-paint\" aria-busy=\"true\">\
         <a class=\"skip-link\" href=\"#main-content\">{}</a>",
        escape(shell.skip_to_content)
    );
    top_bar(&mut out, s);
    out.push_str("<div class=\"banners\">");
    notice(&mut out, s);
    out.push_str("</div><main class=\"main\" id=\"main-content\" tabindex=\"-1\">");
    dashboard(&mut out, s);
    out.push_str("</main></div>");
    out
}

fn top_bar(out: &mut String, s: &FirstScreen) {
    let shell = msgs(s.lang).shell;
    let title = s.doc.plan.title.trim();
    let title = if title.is_empty() {
        shell.untitled_plan
    } else {
        title
    };
    // The button offers the other language, in that language.
    let other_lang = match s.lang {
        Lang::Zh => "en",
        Lang::En => "zh-CN",
    };
    let _ = write!(
        out,
        "<header class=\"topbar\"><div class=\"topbar-head\">\
         <a class=\"brand\" href=\"#/dashboard\">{}</a><h1 class=\"plan-title\">{}</h1>\
         <div class=\"topbar-tools\"><span class=\"save-state save-ok\" role=\"status\">{}</span>\
         <button class=\"btn btn-quiet lang-switch\" type=\"button\" lang=\"{}\" title=\"{}\" disabled>{}</button>\
         </div></div><div class=\"topbar-row\"><nav class=\"nav\" aria-label=\"{}\"><ul>",
        escape(shell.app_name),
        escape(title),
        escape(shell.saved),
        other_lang,
        escape(shell.lang_button_title),
        escape(shell.lang_button),
        escape(shell.nav_label),
    );
    for (i, (href, name)) in s.nav.iter().enumerate() {
        let current = if i == 0 { " aria-current=\"page\"" } else { "" };
        let _ = write!(
            out,
            "<li><a href=\"{}\"{current}>{}</a></li>",
            escape(href),
            escape(name)
        );
    }
    let _ = write!(
        out,
        "</ul></nav><div class=\"as-of\"><label for=\"as-of-date\">{}</label>\
         <input id=\"as-of-date\" type=\"date\" value=\"{}\" disabled></div></div></header>",
        escape(shell.as_of_label),
        iso_date(s.today),
    );
}

fn notice(out: &mut String, s: &FirstScreen) {
    let shell = msgs(s.lang).shell;
    match s.notice {
        Notice::None => {}
        Notice::Welcome => {
            let _ = write!(
                out,
                "<section class=\"banner banner-welcome\" aria-labelledby=\"welcome-title\">\
                 <h2 class=\"banner-title\" id=\"welcome-title\">{}</h2><p>{}</p><div class=\"banner-actions\">\
                 <button class=\"btn btn-primary\" type=\"button\" disabled>{}</button>\
                 <button class=\"btn\" type=\"button\" disabled>{}</button>\
                 <button class=\"btn btn-quiet\" type=\"button\" disabled>{}</button></div></section>",
                escape(shell.welcome_title),
                escape(shell.welcome_body),
                escape(shell.load_example),
                escape(shell.start_blank),
                escape(shell.keep_default),
            );
        }
        Notice::Reminder(days) => {
            let text = match days {
                Some(d) => (shell.reminder_days)(d),
                None => shell.reminder_never.to_string(),
            };
            let _ = write!(
                out,
                "<section class=\"banner banner-reminder\" role=\"note\"><p>{}</p><div class=\"banner-actions\">\
                 <button class=\"btn btn-primary\" type=\"button\" disabled>{}</button>\
                 <button class=\"btn btn-quiet\" type=\"button\" disabled>{}</button></div></section>",
                escape(&text),
                escape(shell.export_now),
                escape(shell.remind_later),
            );
        }
    }
}

fn dashboard(out: &mut String, s: &FirstScreen) {
    let m = msgs(s.lang).dashboard;
    let _ = write!(
        out,
        "<section class=\"view view-dashboard\" aria-labelledby=\"dash-title\">\
         <div class=\"view-head\"><h2 id=\"dash-title\" elementtiming=\"dashboard\">{}</h2>\
         <a class=\"history-link no-print\" href=\"{}\">{}</a>\
         <button class=\"btn btn-quiet no-print\" type=\"button\" disabled>{}</button></div>",
        escape(m.heading),
        escape(s.history_href),
        escape(history::msgs(s.lang).grid_link),
        escape(m.print),
    );
    summary(out, s, m);
    attention(out, s, m);
    filters(out, s, m);
    sections(out, s, m);
    out.push_str("<div class=\"chart-slot\" data-chart=\"dashboard\"></div></section>");
}

fn summary(out: &mut String, s: &FirstScreen, m: &DashboardMsgs) {
    let p = s.progress;
    let completion = fmt_percent(p.completion);
    let time = fmt_percent(p.time_progress);
    // Coloured by the plan's status under the document's rules, as the
    // app's dashboard colours it.
    let status = status_class(p.status);
    let plan = &s.doc.plan;
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
        escape(&fill(m.as_of, &[&fmt_date(p.as_of, s.lang)])),
        escape(&fill(
            m.plan_period,
            &[&fmt_date(plan.start, s.lang), &fmt_date(plan.end, s.lang)]
        )),
        escape(m.legend),
    );
    let counts = status_counts(p);
    let _ = write!(
        out,
        "<ul class=\"chips\" aria-label=\"{}\">",
        escape(m.counts_label)
    );
    for (status, n) in &counts {
        let _ = write!(
            out,
            "<li><button class=\"chip {}\" type=\"button\" aria-pressed=\"false\" disabled>{}</button></li>",
            status_class(*status),
            escape(&fill(m.count_item, &[status_word(*status, s.lang), &n.to_string()])),
        );
    }
    let tally: Vec<String> = counts
        .iter()
        .map(|(status, n)| {
            fill(
                m.count_item,
                &[status_word(*status, s.lang), &n.to_string()],
            )
        })
        .collect();
    let _ = write!(
        out,
        "</ul><p class=\"print-only\">{}</p>\
         <div class=\"quick-dates no-print\" role=\"group\" aria-label=\"{}\"><span class=\"quick-label\">{}</span>",
        escape(&tally.join(" · ")),
        escape(m.quick_label),
        escape(m.quick_label),
    );
    for (which, date) in quick_dates(s.today) {
        let name = match which {
            QuickDate::Today => m.quick_today,
            QuickDate::LastMonthEnd => m.quick_month,
            QuickDate::LastQuarterEnd => m.quick_quarter,
            QuickDate::LastYearEnd => m.quick_year,
        };
        let _ = write!(
            out,
            "<button class=\"btn btn-small\" type=\"button\" aria-pressed=\"{}\" title=\"{}\" disabled>{}</button>",
            date == p.as_of,
            escape(&fmt_date(date, s.lang)),
            escape(name),
        );
    }
    out.push_str("</div></div>");
}

fn attention(out: &mut String, s: &FirstScreen, m: &DashboardMsgs) {
    let (plan, p) = (&s.doc.plan, s.progress);
    let items: Vec<(&Target, Status, String)> = needs_attention(plan, p)
        .into_iter()
        .filter_map(|item| {
            let t = plan.target(&item.target)?;
            let status = p.get(&item.target)?.status;
            let reasons: Vec<String> = item
                .reasons
                .iter()
                .map(|r| attention_text(r, p.as_of, s.lang))
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
                status_word(status, s.lang),
                escape(&(s.target_href)(&t.id)),
                escape(&t.title),
                escape(&reasons),
            );
        }
        out.push_str("</ul>");
    }
    out.push_str("</section>");
}

fn filters(out: &mut String, s: &FirstScreen, m: &DashboardMsgs) {
    let plan = &s.doc.plan;
    let _ = write!(
        out,
        "<div class=\"filters no-print\" role=\"group\" aria-label=\"{}\">\
         <label class=\"field\"><span>{}</span><select disabled><option value=\"\">{}</option>",
        escape(m.filters_label),
        escape(m.filter_section),
        escape(m.all),
    );
    for sec in &plan.sections {
        let _ = write!(
            out,
            "<option value=\"{}\">{}</option>",
            escape(sec.id.as_str()),
            escape(&sec.title)
        );
    }
    let _ = write!(
        out,
        "</select></label><label class=\"field\"><span>{}</span><select disabled><option value=\"\">{}</option>",
        escape(m.filter_unit),
        escape(m.all),
    );
    let mut units: Vec<&str> = plan.units.iter().map(String::as_str).collect();
    for (_, t) in plan.targets() {
        if !t.lead_unit.trim().is_empty() && !units.contains(&t.lead_unit.as_str()) {
            units.push(&t.lead_unit);
        }
    }
    for u in units {
        let _ = write!(out, "<option value=\"{0}\">{0}</option>", escape(u));
    }
    let _ = write!(
        out,
        "</select></label><label class=\"field\"><span>{}</span><select disabled><option value=\"\">{}</option>",
        escape(m.filter_status),
        escape(m.all),
    );
    for (status, _) in status_counts(s.progress) {
        let _ = write!(
            out,
            "<option value=\"{}\">{}</option>",
            status.as_str(),
            status_word(status, s.lang)
        );
    }
    out.push_str("</select></label></div>");
}

fn sections(out: &mut String, s: &FirstScreen, m: &DashboardMsgs) {
    let groups = dashboard_groups(&s.doc.plan, s.progress, &DashFilter::default());
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
            target_row(out, s, m, t, p);
        }
        out.push_str("</ul></section>");
    }
}

fn target_row(
    out: &mut String,
    s: &FirstScreen,
    m: &DashboardMsgs,
    t: &Target,
    p: &TargetProgress,
) {
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
        escape(&(s.target_href)(&t.id)),
        escape(&t.title),
        escape(&lead),
        escape(&short_figure(t, p, s.lang)),
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
        status_word(p.status, s.lang)
    );
    let periods = p.missed_periods();
    if !periods.is_empty() {
        let _ = write!(
            out,
            "<p class=\"target-missed small\">{}</p>",
            escape(&fill(
                m.att_missed_periods,
                &[&missed_periods_text(&periods, s.lang)]
            ))
        );
    }
    out.push_str("</li>");
}
