//! The calendar of deadlines as an iCalendar file (RFC 5545): milestones,
//! targets' due dates, each reporting unit's next deadline (not the copy's own unit, which
//! reports to nobody) and the reply
//! dates of open 督办通知单, as all-day events any calendar imports.
//!
//! Lines end in CRLF and are folded at 75 octets (RFC 5545 §3.1, never
//! inside a UTF-8 character); TEXT values escape `\`, `;`, `,` and line
//! breaks (§3.3.11, [`crate::escape::ics_text`]). Each event's UID is made of the plan id and the
//! record's id, so importing the file again updates the same events.
//! DTSTAMP is a parameter: the core never reads the clock.

use chrono::{Days, NaiveDate, NaiveDateTime};

use super::cycle::{next_due, reporting_units};
use super::notice::number_text;
use crate::escape::ics_text;
use crate::plan::Document;

/// The MIME type of an .ics file, for downloads.
pub const MIME: &str = "text/calendar;charset=utf-8";

/// One all-day event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    /// Stable unique id.
    pub uid: String,
    /// The day.
    pub date: NaiveDate,
    /// The title.
    pub summary: String,
    /// More words, may be empty.
    pub description: String,
}

/// Folds one content line into lines of at most 75 octets, continuation
/// lines starting with a space, each ending in CRLF.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut used = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if used + n > 75 {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += n;
    }
    out.push_str("\r\n");
    out
}

/// A value safe in a UID: ASCII letters, digits, '-' and '.', anything
/// else as its bytes in hex.
fn uid_part(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'.' {
            out.push(b as char);
        } else {
            out.push_str(&format!("_{b:02x}"));
        }
    }
    out
}

/// The events of `doc` seen on `as_of`: every milestone and due date of the
/// plan, each reporting unit's next deadline on or after `as_of` (the
/// units of the reporting page but the copy's own), and the
/// reply date of each notice not yet replied to; by date, then uid.
pub fn events(doc: &Document, as_of: NaiveDate) -> Vec<Event> {
    let plan_key = match doc.plan.id.trim() {
        "" => "plan".to_string(),
        id => uid_part(id),
    };
    let mut out = Vec::new();
    for (_, t) in doc.plan.targets() {
        let by = match t.lead_unit.trim() {
            "" => String::new(),
            u => format!("（牵头：{u}）"),
        };
        let own = crate::plan::kind::of(&t.kind).own_due(&t.kind);
        let (date, what, kind) = match (own, t.due) {
            (Some(due), _) => (due, "节点", "milestone"),
            (None, Some(due)) => (due, "截止", "due"),
            (None, None) => continue,
        };
        out.push(Event {
            uid: format!("{plan_key}-{kind}-{}@luoshi", uid_part(t.id.as_str())),
            date,
            summary: format!("【{what}】{}{by}", t.title.trim()),
            description: doc.plan.title.trim().to_string(),
        });
    }
    if let Some(cycle) = next_due(&doc.plan.rules, as_of) {
        for unit in reporting_units(doc) {
            out.push(Event {
                uid: format!(
                    "{plan_key}-report-{}-{}@luoshi",
                    cycle.period.code(),
                    uid_part(&unit)
                ),
                date: cycle.due,
                summary: format!("【报送】{unit}报送{}进展", cycle.period.label_zh()),
                description: doc.plan.title.trim().to_string(),
            });
        }
    }
    for n in doc.notices.iter().filter(|n| n.replied.is_none()) {
        out.push(Event {
            uid: format!("{plan_key}-notice-{}@luoshi", uid_part(n.id.as_str())),
            date: n.reply_due,
            summary: format!(
                "【督办反馈】{}{}",
                number_text(n.year, n.number),
                n.unit.trim()
            ),
            description: n.request.trim().to_string(),
        });
    }
    out.sort_by(|a, b| (a.date, &a.uid).cmp(&(b.date, &b.uid)));
    out
}

fn ymd(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

/// The events as an iCalendar file, stamped `stamp` (UTC).
pub fn render(name: &str, events: &[Event], stamp: NaiveDateTime) -> String {
    let mut out = String::new();
    let mut line = |s: &str| out.push_str(&fold(s));
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line("PRODID:-//Luoshi//Luoshi deadlines//ZH");
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    line(&format!("X-WR-CALNAME:{}", ics_text(name)));
    let dtstamp = stamp.format("%Y%m%dT%H%M%SZ").to_string();
    for e in events {
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", e.uid));
        line(&format!("DTSTAMP:{dtstamp}"));
        line(&format!("DTSTART;VALUE=DATE:{}", ymd(e.date)));
        let end = e.date.checked_add_days(Days::new(1)).unwrap_or(e.date);
        line(&format!("DTEND;VALUE=DATE:{}", ymd(end)));
        line(&format!("SUMMARY:{}", ics_text(&e.summary)));
        if !e.description.is_empty() {
            line(&format!("DESCRIPTION:{}", ics_text(&e.description)));
        }
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// The calendar of `doc` on `as_of`, stamped `stamp`.
pub fn calendar(doc: &Document, as_of: NaiveDate, stamp: NaiveDateTime) -> String {
    let name = match doc.plan.title.trim() {
        "" => "落实 deadlines".to_string(),
        t => format!("{t}（节点与报送）"),
    };
    render(&name, &events(doc, as_of), stamp)
}

/// A file name for the calendar, without extension.
pub fn file_stem(as_of: NaiveDate) -> String {
    format!("落实日程-{}", as_of.format("%Y-%m-%d"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_never_splits_a_character_and_keeps_75_octets() {
        let line = format!("SUMMARY:{}", "督办".repeat(40));
        let folded = fold(&line);
        for l in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let joined: String = folded.trim_end_matches("\r\n").replace("\r\n ", "");
        assert_eq!(joined, line);
    }
}
