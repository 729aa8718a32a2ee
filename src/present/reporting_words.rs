//! 进度报送 in words, for the 报送 page and `luoshi consolidate` alike: the
//! reporting cycle, and each file's line of a many-file import (its unit
//! and what it does). A unit's state is [`crate::reporting::state_text`]
//! and a conflict [`crate::consolidate::clash_text`]; the words themselves
//! are the table [`crate::i18n::reporting`]. Only the way a date is written
//! differs (the page's 2026年12月8日, the command's 2026-12-08), so it comes in.

use chrono::NaiveDate;

use crate::consolidate::{clash_text, Consolidation, FileLine, Outcome};
use crate::i18n::reporting::{fill, msgs};
use crate::i18n::Lang;
use crate::plan::{Reporting, Rules};
use crate::reporting::UnitTable;

/// The cycle the rules set, and the last one closed by the table's day:
/// "每月报送，次月5日前报送，宽限5天。最近截止的周期：…".
pub fn cycle_text(
    rules: &Rules,
    table: &UnitTable,
    lang: Lang,
    date: impl Fn(NaiveDate) -> String,
) -> String {
    let m = msgs(lang);
    let grace = rules.grace_days.to_string();
    let mut out = match rules.reporting {
        Reporting::None => return m.says_none.to_string(),
        Reporting::Monthly { by_day } => fill(
            m.says_monthly,
            &[("day", &by_day.to_string()), ("grace", &grace)],
        ),
        Reporting::Quarterly { by_day } => fill(
            m.says_quarterly,
            &[("day", &by_day.to_string()), ("grace", &grace)],
        ),
    };
    out.push_str(&match table.cycle {
        Some(c) => fill(
            m.last_cycle,
            &[
                ("start", &date(c.start)),
                ("end", &date(c.end)),
                ("due", &date(c.due)),
            ],
        ),
        None => m.no_cycle_yet.to_string(),
    });
    out
}

/// The unit of a file's line: the unit the file names (or that none is),
/// whether it was read from the file's name, and whether the plan lists it.
pub fn file_unit_text(f: &FileLine, lang: Lang) -> String {
    let m = msgs(lang);
    let mut out = if f.unit.is_empty() {
        m.no_unit.to_string()
    } else {
        f.unit.clone()
    };
    if f.unit_from_name {
        out.push_str(m.from_name);
    }
    if !f.listed {
        out.push_str(&fill(m.aside, &[("text", m.not_listed)]));
    }
    out
}

/// What a file does: nothing new, the same as an earlier file, another
/// plan's (refused), or its merge; then its stamps from the future and
/// each conflict with the version that stands.
pub fn file_effect_text(c: &Consolidation, f: &FileLine, lang: Lang) -> String {
    let m = msgs(lang);
    let mut out = match (&f.outcome, f.same_as.and_then(|j| c.files.get(j))) {
        (_, Some(first)) => fill(m.same_file, &[("file", &first.name)]),
        (Outcome::Unchanged, None) => m.unchanged.to_string(),
        (Outcome::OtherPlan { theirs, ours }, None) => {
            fill(m.other_plan, &[("theirs", theirs), ("ours", ours)])
        }
        (Outcome::Merged(s), None) => match lang {
            Lang::Zh => s.describe_zh(),
            Lang::En => s.describe_en(),
        },
    };
    if !f.future.is_empty() {
        let latest = f
            .future
            .latest
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        out.push_str(m.then);
        out.push_str(&(crate::i18n::safety::msgs(lang).future_note)(
            f.future.total(),
            &latest,
        ));
    }
    for clash in &f.clashes {
        out.push_str(m.then);
        out.push_str(&clash_text(c, clash, lang));
    }
    out
}
