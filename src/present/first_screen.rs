//! The first screen as HTML text: the top bar and the dashboard, painted
//! by the first module (src/first.rs) from the stored document before the
//! app's own module (Leptos and every view, fetched at once) has arrived.
//!
//! The dashboard is the app's own ([`super::dashboard`]: one renderer for
//! both) on opening (no filter, as of today); the top bar is the markup the
//! app's `TopBar` draws, element for element, so that the app takes the
//! place of this copy without a visible change; the end-to-end test
//! `first paint matches the app` compares the two. Its controls are
//! `disabled` until then: a click or a keystroke is never taken by a copy
//! that cannot act on it. Links work as links (the app reads the location
//! when it starts).

use std::fmt::Write as _;

use chrono::NaiveDate;

use super::dashboard::{
    dashboard_html, plan_has_targets, Controls, DashLinks, DashSource, Dashboard,
};
use super::format::iso_date;
use super::overview::DashFilter;
use crate::engine::PlanProgress;
use crate::escape::markup as escape;
use crate::i18n::{msgs, Lang};

/// What the first screen shows.
pub struct FirstScreen<'a> {
    /// The stored document, or its plan with the stored summary's counts.
    pub doc: &'a dyn DashSource,
    /// The engine's figures for it as of `today`.
    pub progress: &'a PlanProgress,
    /// Today, the date the app opens on.
    pub today: NaiveDate,
    /// The interface language.
    pub lang: Lang,
    /// The navigation: each view's link and name, the dashboard first.
    pub nav: &'a [(String, &'static str)],
    /// The dashboard's links.
    pub links: &'a DashLinks<'a>,
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
pub fn can_paint_first(doc: &dyn DashSource, first_open: bool) -> bool {
    plan_has_targets(doc.plan()) && (first_open || doc.has_records())
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
    out.push_str(&dashboard_html(&Dashboard {
        doc: s.doc,
        progress: s.progress,
        today: s.today,
        lang: s.lang,
        filter: &DashFilter::default(),
        controls: Controls::Disabled,
        first_open: s.notice == Notice::Welcome,
        links: s.links,
    }));
    out.push_str("</main></div>");
    out
}

fn top_bar(out: &mut String, s: &FirstScreen) {
    let shell = msgs(s.lang).shell;
    let title = s.doc.plan().title.trim();
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
